"""Labels and the values they point at, on any layout: the lexicon per field and the geometry.

A label is matched fuzzily: case-blind, with or without the spaces and dots between its
words (PP-OCR often drops spaces), and with the letters OCR confuses with digits (o/0, i/l/1,
s/5, b/8) accepted either way. Its value is the text after it on the same visual row, else
the text on the next line that starts under it (a label stacked above its value) or in the
column the row's values use. A label found with no readable value next to it is reported, so
the receipt goes to a person rather than ending with the field silently empty. Each field also has
cues wider than its lexicon (``*_unsure``): with no value read, a cue on the page means the field
is unread, not absent.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from tasks.receipts.parser import (
    _ADDRESS_BAR,
    _CARD_BILL,
    BANK_RAILS,
    CAMEL_JOIN,
    ENGLISH_MONTH,
    RAIL_PAYMENT_NOTE,
    RAIL_RECEIPT_NOTE,
    RECEIVED_BY,
    PageLine,
    _conf,
    _evidence,
    below_status_bar,
    dates_in_text,
    fix_digits,
    indian_page,
    spelled_apart,
    text_before,
)
from tasks.receipts.schema import FieldValue, PaymentStatus
from workers.engines.ocr import OcrWord

_CONFUSABLE = {"o": "[o0óòôö]", "0": "[o0]", "i": "[il1|!íìîï]", "l": "[il1|]", "1": "[il1|]", "s": "[s5]", "b": "[b8]",
               # a label's accented letters, printed or as OCR drops the accent ("Référence", "Reférence", "Numéro")
               "e": "[eéèêë]", "a": "[aáàâä]", "u": "[uúùûü]", "c": "[cç]"}


# "No" and "Nr" as the euro area abbreviates its words for number ("Ticket n°", "Operazione n.", "Factura nº")
_NUMBER_ABBREVIATION = r"(?:n[o0](?![a-z])|nr(?![a-z])|n\s?[°º]|n(?=\.))"


def _word_pattern(word: str) -> str:
    if word.lower() in ("no", "nr"):
        return _NUMBER_ABBREVIATION
    out = []
    for ch in word.lower():
        if ch in _CONFUSABLE:
            out.append(_CONFUSABLE[ch])
        elif ch.isalnum() or not any(c.isalnum() for c in word):
            out.append(re.escape(ch))
        else:
            out.append(re.escape(ch) + "?")
    return "".join(out)


# a label's wording abbreviated in brackets after it ("Bank Reference No.(BRN)")
LABEL_ABBREVIATION = r"\(\s*[A-Z]{2,6}\s*\)"


def phrase_pattern(phrase: str) -> str:
    """A regex for a label phrase: words may run together or be split by spaces, dots, colons (and a possessive's
    apostrophe: "Child's name")."""
    words = re.findall(r"[A-Za-z0-9#&/]+", phrase)
    return r"[\s.:\-'’]*".join(_word_pattern(w) for w in words)


@dataclass(frozen=True)
class LabelFamily:
    """One family of wordings for a field (e.g. the UTR family of the transaction id)."""

    field: str
    name: str
    phrases: tuple[str, ...]
    priority: int  # higher wins when a page prints labels of several families
    digits_only: bool = False  # ids under this label are all digits (look-alike letters are read as digits)

    def regex(self) -> re.Pattern[str]:
        alts = sorted((phrase_pattern(p) for p in self.phrases), key=len, reverse=True)
        return re.compile(rf"(?<![A-Za-z0-9])(?:{'|'.join(alts)})(?![A-Za-z])", re.I)


_NO = ("no", "number", "num", "id", "#", "code")

TRANSACTION_ID_LABELS: tuple[LabelFamily, ...] = (
    # (an invoice's "UTR ref." over the RTGS reference)
    # (a gateway's "UPI UTR" over the payment's twelve digits, OCR running it together: "UPIUTR")
    # (and Fedwire's own reference for a US wire, its IMAD: "Fed Reference 20260127B1Q8KZYB663000")
    LabelFamily("transaction_id", "utr", ("UTR", "UTR No", "UTR Number", "UTR Ref No", "UTR Ref", "UTR Reference",
                                          "UTR Reference No", "UPI UTR", "Unique Transaction Reference",
                                          "Fed Reference", "Fed Reference No", "Fed Ref", "Fed Ref No", "IMAD",
                                          "Fedwire Reference", "Fedwire Ref"), 90,
                digits_only=False),
    LabelFamily("transaction_id", "upi_ref", ("UPI Ref No", "UPI Ref ID", "UPI Ref", "UPI Reference No",
                                              "UPI Reference Number", "UPI Reference ID", "UPI Transaction ID",
                                              "UPI Txn ID", "UPI Txn No", "UPI Transaction No"), 90, digits_only=True),
    # (a UPI app's "UPI RRN", run together too: "UPIRRN 605313543326")
    LabelFamily("transaction_id", "rrn", ("RRN", "RRN No", "UPI RRN", "Retrieval Reference No", "Retrieval Ref No"), 85,
                digits_only=True),
    LabelFamily("transaction_id", "bank_ref", (
        "Transaction Reference No", "Transaction Reference Number", "Transaction Reference ID", "Transaction Ref No",
        "Txn Ref No", "Txn Reference No", "IMPS Ref No", "IMPS Reference No", "IMPS Reference Number",
        "NEFT Ref No", "NEFT Reference No", "RTGS Ref No", "Reference No", "Reference Number", "Reference ID",
        "Ref No", "Ref Number", "Ref ID", "Ref #", "Transfer Ref No", "BBPS Ref No", "BBPS Reference No",
        "BBPS Txn ID", "Biller Ref No", "Bharat BillPay Ref", "Bharat BillPay Ref No", "B-Connect Txn ID",
        "B-Connect ID", "B-Connect Ref", "B-Connect Txn Ref", "Bharat Connect ID", "Bharat Connect Ref",
        "Bharat Connect Ref ID", "Bharat Connect Txn ID", "BBPS Ref ID",
        "Payment Ref No", "Payment Reference No",
        # the reference of State Bank's collection portal a government body's fee page prints ("SBI Collect ref DU…")
        "SBI Collect Ref", "SBI Collect Ref No", "SBI Collect Reference",
        # the same wordings without their "No.", as app screens and e-mails print them
        "Transaction Reference", "Transaction Ref", "Txn Ref", "Payment Reference", "Payment Ref", "UPI Reference",
        "Bank Reference", "Bank Reference No", "Bank Ref No", "Bank Ref", "Confirmation Number", "Confirmation No",
        "Confirmation Code", "Confirmation #",
        # a wire's own reference on a corporate bank's page ("Wire Reference: BOFA 101056678429")
        "Wire Reference", "Wire Reference No", "Wire Ref", "Wire Ref No",
        # a tax challan's bank reference, beside its CIN and CRN ("BRN 568392791590")
        "BRN", "Bank Reference Number",
        # (an insurer's "Bank txn No." beside its own "Online payment ref.": the bank's number for the payment)
        "Bank Txn No", "Bank Txn ID", "Bank Transaction No", "Bank Transaction ID", "Bank Transaction Ref",
        # the euro area's wordings (German, Italian), as printed or as OCR spells them without their accents
        "Zahlungsreferenz", "Referenznummer", "Riferimento pagamento", "Codice riferimento",
        # ... and Dutch, French and Spanish, and a BACS transfer's
        "Betalingskenmerk", "Betalingsreferentie", "Referentie", "Referenz", "Reference de paiement",
        "Reference du paiement", "Reference de l'operation", "Referencia de pago", "Referencia de la operacion",
        "Riferimento operazione", "BACS reference", "BACS ref"), 80),
    LabelFamily("transaction_id", "txn_id", (
        "Transaction ID", "Transaction No", "Transaction Number", "Txn ID", "Txn No", "Trans ID", "Trans No",
        "Wallet Txn ID", "Wallet Transaction ID", "Payment ID", "Payment No", "Lenden ID", "Transaction #", "Txn #",
        "Trans #", "Txn Number", "Tran #", "Tran No", "Charge ID",
        # a lender's, a platform's or a gateway's own id for the money it sent (ranked under a UTR printed beside it)
        "Disbursal ID", "Disbursement ID", "Settlement ID", "Payout ID", "Remittance ID",
        "Transaktionsnummer", "Transaktions-ID", "ID transazione", "Codice transazione", "Numero transazione",
        "IUV", "Operazione No", "Operacion No", "Transactienummer", "Transactie ID", "Transactie Nr",
        "ID de transaction", "Identifiant de transaction", "No de transaction", "Numero operazione", "ID operazione",
        "Numero de operacion", "No de operacion", "Buchungsnummer", "Zahlungs ID", "Transfer ID", "Transaktions Nr"),
        75),
    LabelFamily("transaction_id", "approval", ("Approval Code", "Approval No", "Approval #", "Appr Code", "APPR",
                                               "Auth Code", "Auth No", "Auth #", "Authorisation Code",
                                               "Authorization Code", "Auth ID", "Genehmigungsnummer",
                                               "Genehmigungs-Nr", "Approval", "Codice autorizzazione",
                                               # the euro area's and the Nordics' wordings on a card slip
                                               "Autorisatie", "Autorisatiecode", "Autorisation",
                                               "No d autorisation", "Code d autorisation", "Autorizacion",
                                               "Cod autorizacion", "Codigo de autorizacion", "Autorizzazione",
                                               "Cod autorizzazione", "Autorisierungs Nr", "Autorisierungsnummer",
                                               "Kod autoryzacji", "Godkannandekod", "Auktoriseringskod",
                                               "Godkendelseskode", "Autorisasjonskode", "Hyvaksymiskoodi"), 70),
    LabelFamily("transaction_id", "order", ("Order ID", "Order No", "Order Number", "Order #", "Booking ID",
                                            "Booking No", "Booking Number", "Booking Reference", "Booking Ref",
                                            "PNR", "PNR No", "Reservation No", "Reservation Code",
                                            "Reservation #", "Reservation Number", "Reservation ID", "Rental ID",
                                            "Rental No", "Pledge ID", "Pledge No", "Pledge Reference",
                                            "Auftragsnummer", "Bestellnummer", "Numero ordine", "Booking #",
                                            "Order Reference", "Ticket ID", "Ticket Serial", "Ticketnummer",
                                            "Appointment ID", "Voucher Number", "Commande No", "Ordine No",
                                            "Pedido No", "No de commande", "Numero de commande", "Bestell Nr",
                                            "Bestelnummer", "Numero de orden", "Numero de pedido", "No de pedido",
                                            "Auftrags Nr"), 65),
    LabelFamily("transaction_id", "invoice", ("Invoice No", "Invoice Number", "Invoice #", "Inv No", "Bill No",
                                              "Bill Number", "Bill #", "Receipt No", "Receipt Number", "Receipt #",
                                              "Voucher No", "Folio No", "Folio Number", "Folio", "Folio #", "Folio ID", "Slip No", "Memo No", "Sale No", "Sale #",
                                              "Document No", "Doc No", "Check No", "Ticket No", "Ticket Number",
                                              "Ticket #", "Trip ID", "Ride ID", "Receipt ID",
                                              "Rechnungsnummer", "Rechnungs-Nr", "Belegnummer", "Beleg-Nr",
                                              "Numero fattura", "Numero scontrino", "Codice avviso",
                                              "Quittungs-Nr", "Quittungsnummer", "Certificate No",
                                              "Certificate Number", "Chit No", "Docket No", "Docket Number",
                                              "Check #", "Bon-Nr", "Bonnummer",
                                              # the euro area's wordings before their "n°" / "n." / "nº"
                                              "Facture No", "Recu No", "Bon No", "Fattura No", "Ricevuta No",
                                              "Scontrino No", "Nota No", "Factura No", "Recibo No", "Factuur Nr",
                                              "Factuurnummer", "Kwitantie Nr", "Kwitantienummer", "Notanummer",
                                              "Quittung Nr", "No de document", "No de facture", "Numero de factura",
                                              "Numero de documento", "No de documento", "No de trajet", "ID corsa",
                                              "Numero de recibo"), 60),
    # a till's footer counts its transactions ("ST 8105 TILL 498 TRANS 5759"): the id only where no other is labelled
    LabelFamily("transaction_id", "till_trans", ("Trans",), 55),
    # a workshop's job number stands for the payment only where the page prints no bill or invoice number
    LabelFamily("transaction_id", "job", ("Job Card", "Job Card No", "Job No", "Job Number", "Job Sheet No",
                                          "Work Order No", "Reparatie Nr", "Reparatienummer", "Reparatur Nr"), 55),
)
# labels of numbers that are not the transaction's id: a value under one of these is never taken
NOT_TRANSACTION_ID = re.compile(
    r"\b(?:tid|mid|terminal\s*id|merchant\s*id|consumer\s*(?:no|number|id)|customer\s*(?:no|id|number)|"
    r"ca\s*number|account\s*(?:no|number|id)|"
    # a utility's number for the connection billed ("Service Number", "Connection No", BESCOM's "RR Number"), a
    # biller's for its customer ("Relationship No")
    r"service\s*(?:no|number)|connection\s*(?:no|number|id)|rr\s*(?:no|number)|relationship\s*(?:no|number)|"
    r"user\s*id|subscriber\s*(?:id|no|number)|a/c|acct|card\s*no|batch|gstin|"
    r"gst\s*no|pan|abn|mobile|phone|ph|"
    # a card's application id on a slip (EMV "AID A0000000031010"), not the payment's
    r"aid|"
    r"cust(?:omer)?\s*care|help(?:\s*line|\s*desk)?|hot\s*line|call\s*(?:us|cent(?:re|er))|contact\s*(?:us|no|number)|tel|fax|"
    r"vpa|upi\s*id|ifsc|iban|bic|swift|table|covers|stan|trace|inv|licen[cs]e\s*(?:no|number)|loan\s*(?:no|number)|"
    # a business's tax or company registration (Japan's invoice registration "T" and 13 digits), not a payment's
    # (abbreviated: a broker's "RERA Agent Reg. No.", a society's "Regd. No.")
    r"(?:registration|regd?\.?)\s*(?:no|number|nr)|pawn\s*ticket|"
    # the offence a fine is paid for, not the payment
    r"citation|pcn|violation|"
    # an application's number (a registering office's "Appl. No."), a vehicle's own ("Chassis No", "Engine No", "VIN"),
    # a phone's ("IMEI 1", "Serial No"), a plan member's ("Membership No.")
    r"appl(?:ication)?\.?\s*(?:no|number|id)|chassis\s*(?:no|number)?|engine\s*(?:no|number)|vin|"
    r"imei\s*\d?|serial\s*(?:no|number)|membership\s*(?:no|number|id)|"
    # the goods' transport permit a supplier's bill prints ("E-way bill No. 917278521053")
    r"e\s*-?\s*way\.?\s*bill(?:\s*(?:no|number))?|"
    # a parcel's own number on a courier's paper ("AWB No. 145896504250", "Consignment No.", "Article No. EM…IN"): the
    # sets count the booking's payment, never the parcel
    r"awb(?:\s*(?:no|number))?|air\s*way\s*bill(?:\s*(?:no|number))?|consignment\s*(?:no|number)|"
    r"article\s*(?:no|number)|"
    # an export's customs papers a forwarder's receipt cites ("Shipping bill No. 3862785", "Bill of lading", "BL No.")
    # and a provident fund's or ESI's number for the employer ("Establishment ID RWVHL5891492000", "Employer code")
    r"shipping\s*bill(?:\s*(?:no|number))?|bill\s*of\s*(?:lading|entry)|b/?l\s*(?:no|number)|"
    r"(?:establishment|employer'?s?)\s*(?:id|code|no|number)|"
    # a direct debit's standing mandate and its creditor, not one payment's
    r"(?:unique\s*)?mandate\s*ref\w*|creditor\s*id|"
    # an account's "A/c" with its slash read as a letter ("Loan Alc No.")
    r"a[l1i|]c\s*(?:no|number))\b"
    # (a licence's number also run into "TV", an account's into "Loan": "LoanA/cNo.")
    r"\s*[:.#]?|(?<=[a-z])(?:licen[cs]e\s*(?:no|number)|a/c(?:no)?)\b", re.I)

MERCHANT_LABELS: tuple[LabelFamily, ...] = (
    LabelFamily("merchant_name", "payee", ("Paid to", "Sent to", "Payment to", "Paying to", "Paying", "To", "Credited to", "Credit to",
                                           "Transferred to", "Transfer to", "You paid", "Your payment to", "You are paying",
                                           "You're paying",
                                           # a payment app's outcome stacked over the payee ("Payment Successful to")
                                           "Payment Successful to", "Paid Successfully to", "Sent Successfully to",
                                           "Money sent to",
                                           # a platform's payout to its partner ("Settled to Orange Press Drycleaners")
                                           "Settled to",
                                           # a UPI AutoPay mandate's debit, paid to whom the mandate was given
                                           "Mandate to",
                                           # a business bank's transfer screen ("Pay to MEWAR INFRASTRUCTURE LLP")
                                           "Pay to",
                                           # (ICICI's iMobile Pay: "Payment made to" over the payee)
                                           "Payment made to",
                                           # (Navi's and other apps' "To merchant" over the shop paid)
                                           "To merchant", "Paid to merchant", "Sent to merchant",
                                           "Payment to merchant"), 80),
    LabelFamily("merchant_name", "merchant", ("Merchant Name", "Merchant", "Store", "Store Name", "Shop Name",
                                              # a merchant app's own screen ("Business name" over the shop paid)
                                              "Business Name",
                                              "Outlet", "Restaurant", "Restaurant Name",
                                              # a card's purchase where it was made ("Transaction at SABARMATI
                                              # YATRA SERVICES PVT LTD" on a bank's EMI conversion)
                                              "Transaction at", "Txn at", "Purchase at", "Spent at"), 80),
    LabelFamily("merchant_name", "beneficiary", ("Beneficiary Name", "Beneficiary", "Payee Name", "Payee",
                                                 "To Account Name", "Account Name", "Receiver", "Receiver name",
                                                 "Received by",
                                                 # (Paytm's and other apps' transfer screens: "Recipient" over the
                                                 # payee)
                                                 "Recipient", "Recipient name",
                                                 "Beneficiary A/c Name", "Beneficiary Account Name",
                                                 "Payee Account Name",
                                                 # (a corporate bank's page: "Beneficiary registered as" over the
                                                 # payee; a UPI screen's bare "Registered as" is its KYC name)
                                                 "Beneficiary registered as", "Payee registered as",
                                                 # (a payer's advice's remittance block: "Payment in favour of
                                                 # Pampa Kannadi")
                                                 "Payment in favour of", "Remittance in favour of",
                                                 # (a corporate bank's page and a wire's, the label's words turned:
                                                 # "Name of payee", "Name of beneficiary")
                                                 "Name of payee", "Name of the payee", "Name of beneficiary",
                                                 "Name of the beneficiary",
                                                 # a platform's payout statement to its partner, the label opening
                                                 # its line ("Partner KINETIC REPUBLIC PANAMPILLY"; not a "Payment
                                                 # partner")
                                                 "Partner", "Partner Name", "Fleet partner",
                                                 # a business paying its supplier (a firm's vendor payment advice,
                                                 # a ledger app's "Payment to supplier")
                                                 "Supplier Name", "Supplier", "Vendor Name", "Vendor",
                                                 # (PP-OCR runs them together: "Beneficiaryvendor")
                                                 "Beneficiary vendor", "Beneficiary supplier",
                                                 # (Paytm for Business's payout page)
                                                 "Payout beneficiary",
                                                 # a corporate bank's transfer: the party its credit leg goes to
                                                 "Credit party", "Credit party name", "Credit account name",
                                                 "Prapt Karta",
                                                 # German, Dutch (as printed, and as OCR drops the umlaut)
                                                 "Empfänger", "Empfanger", "Zahlungsempfänger", "Begunstigde",
                                                 "Ontvanger"), 80),
    # (a bill-payment app's "Billed by MPPKVVCL": the board that issued the bill is the one paid)
    LabelFamily("merchant_name", "biller", ("Biller Name", "Biller", "Billed by", "Operator", "Service Provider",
                                            "Service Provider Name"), 80),
    # a housing society's app: the society its member pays ("Society" over "Skyline Towers Co-op Housing Society")
    LabelFamily("merchant_name", "society", ("Society Name", "Society"), 80),
    # a rent receipt's landlord is the one paid; under a broker's or a society's name on top, either may be
    LabelFamily("merchant_name", "landlord", ("Landlord's Name", "Landlords Name", "Landlord Name", "Name of Landlord",
                                              "Name of the Landlord", "Landlord"), 80),
    # (a receipt "from" a shop that a delivery service or marketplace sends: either may be the one paid)
    LabelFamily("merchant_name", "seller", ("Sold by", "Seller", "Seller Name", "Shipped by", "Sold By",
                                            "Receipt from", "Your receipt from"), 80),
)

def _compile(families: tuple[LabelFamily, ...]) -> list[tuple[LabelFamily, re.Pattern[str]]]:
    """One regex per phrase, longest phrase first, so "To Account Name" wins over "To"."""
    pairs = [(f, p) for f in families for p in f.phrases]
    pairs.sort(key=lambda fp: -len(fp[1]))
    # a one-word label must end its word ("To" is not the start of "Total"); a longer one may run into
    # its value, as PP-OCR prints "Paidto:Anand" or "PaidtoIndian"; a bare "To" opens its line ("To Anand
    # Stores"): inside one it is prose or a value's first word ("Waivers  to sign on arrival")
    return [(f, re.compile((_LINE_START if p in _LINE_OPENERS else "")
                           + rf"(?<![A-Za-z0-9])(?:{phrase_pattern(p)})"
                           + (r"(?![A-Za-z])" if " " not in p.strip() else "")
                           # (a run-on "to" is not a word that opens with it: "Payment towards", "Paid today"; nor
                           # one after a dash, a stamp's note: "PAID - TOYS PACKED AND HANDED OVER")
                           + (r"(?!(?:wards?|day|gether|morrow)\b)(?:(?<![-–]to)(?<![-–]\sto)|(?![A-Za-z]))"
                              if p.lower().endswith(" to") else "")
                           + (r"(?=\s*:?\s*$)" if p in _ALONE_ON_LINE else "")
                           # (a sentence's word that opens with a label's last: "The payment reflects against your
                           # consumer number"; a reference's fate after its name: "Completed - UTR generated")
                           + (r"(?-i:(?![a-z]{3}))" if p.lower().endswith(" ref") else "")
                           + (r"(?!\s*(?:of\b|\(\s*(?:billed|bill\s*to|buyer|consignee|sold)))" if p in _BUYER_WHEN_QUALIFIED
                              else "")
                           # (nor a desk's name: "Vendor Payments, Commercial Street" under a payer's name, nor a
                           # party's kind: "Beneficiary type Employee")
                           + r"(?!\s+(?:generated|issued|awaited|payments|payables|type|category)\b)"
                           # (nor a party's account, bank or number in a one-word label's table header: "Beneficiary
                           # A/c" beside "Beneficiary", "Payee bank")
                           + (r"(?!\s*(?:a\s*[/l|]\s*c|acc(?:oun)?t|acct|bank|ifsc|mobile|address|code|id)\b)"
                              if " " not in p.strip() and p.lower() != "to" else ""), re.I))
            for f, p in pairs]


# (and "Recipient" over a transfer's payee, not a buyer's label's note: "Billed to (recipient)" on a GST invoice)
_LINE_OPENERS = {"To", "Partner", "Partner Name", "Fleet partner", "Recipient", "Recipient name"}
# a word that is a label only alone on its line, stacked over its value ("Society" over the society's name; not
# "Society dues", a heading)
_ALONE_ON_LINE = {"Society"}
# a word that is no label where a phrase opens with it and "of", or where a bracket names the buyer (GST's "Recipient
# of supply" and "Recipient (billed to)" on an invoice are its buyer, no payee's label)
_BUYER_WHEN_QUALIFIED = {"Recipient"}
_LINE_START = r"(?:(?<![\s\S])|(?<=^\W)|(?<=^\W\W))"


_COMPILED: dict[str, list[tuple[LabelFamily, re.Pattern[str]]]] = {
    "transaction_id": _compile(TRANSACTION_ID_LABELS),
    "merchant_name": _compile(MERCHANT_LABELS),
}


@dataclass(frozen=True)
class LabelHit:
    family: LabelFamily
    line_index: int
    start: int
    end: int  # end of the label and its separator (":", "#", "-") in the line's text

    @property
    def text(self) -> str:
        return self.family.name


def find_labels(lines: list[PageLine], field: str) -> list[LabelHit]:
    """Every label of ``field`` on the page, best family first, then top to bottom."""
    hits: list[LabelHit] = []
    for li, line in enumerate(lines):
        taken: list[tuple[int, int]] = []
        for family, pattern in _COMPILED[field]:
            for m in pattern.finditer(line.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                if field == "transaction_id" and _after_other_label(line.text, m.start()):
                    continue
                if family.name == "invoice" and _names_another_document(lines, line.text, m.start()):
                    continue
                if field == "merchant_name" and not _starts_row(line, m.start()):
                    continue  # "to" inside a sentence is not a label
                if field == "merchant_name" and line.text[:m.start()].strip() and not line.text[m.end():].strip(" :.-"):
                    continue  # a cell that ends its row after another's label is that label's value ("Kind of Business   Restaurant")
                if _WEB_ADDRESS_AFTER.match(line.text, m.end()):
                    continue  # a word of a web address ("merchant.cashfree.com/pg/txns" in a dashboard's address bar)
                if _POSSESSIVE_AFTER.match(line.text, m.end()):
                    continue  # a word that owns the next ("Receiver's signature For the store"): no label
                if field == "merchant_name" and _not_the_payee_here(lines, m.group(0), line.text[m.end():]):
                    continue
                end = m.end()
                # the separator, and a second wording joined by a slash ("UTR / Ref :", "Txn ID/UTR:"), or the word
                # "number" after a wording the lexicon holds without it ("Payment reference number"), or the
                # wording's abbreviation in brackets ("Bank Reference No.(BRN) YG3100267486")
                sep = re.match(r"[\s.:#\-=|]*(?:/\s*[A-Za-z][A-Za-z.]{1,12}(?:\s*No\.?)?[\s.:#\-=|]*|"
                               rf"number(?![A-Za-z0-9])[\s.:#\-=|]*|{LABEL_ABBREVIATION}[\s.:#\-=|]*)?", line.text[end:],
                               re.I)
                end += sep.end() if sep else 0
                # (the abbreviation in brackets is this label's, no label of its own)
                taken.append((m.start(), end if sep and "(" in sep.group(0) else m.end()))
                hits.append(LabelHit(family, li, m.start(), end))
    hits.sort(key=lambda h: (-h.family.priority, h.line_index, h.start))
    return hits


# a page about a parcel (a courier's booking): its "Receiver" is the consignee, not the one paid
_SHIPMENT = re.compile(r"\b(?:consignor|consignee|docket|awb|air\s*way\s*bill|waybill|consignment|"
                       r"chargeable\s*w(?:eigh)?t)\b", re.I)
# a page that loads the payer's own tag, wallet or card ("FASTag Recharge receipt", "Tag wallet top-up"): its
# "Account name" is the payer's, and the issuer loading it is paid
_TOP_UP = re.compile(r"\b(?:recharge|top[\s\-]?up|wallet\s*load|add\s*money)\b", re.I)


# a provider's receipt to its customer for a plan or a bill ("Thank you for your payment", "Bill period", "Plan")
_PROVIDERS_RECEIPT = re.compile(r"thank\s*you\s*for\s*your\s*payment|\bbill(?:ing)?\s*period\b|^\W*plan\b", re.I)


# a bill's or memo's own title ("LAUNDRY BILL", "TAX INVOICE", "CASH MEMO", "TAX INVOICE CUM RECEIPT"; its copy named
# after it, "TAX INVOICE - ORIGINAL", "Tax Invoice / Original for the Recipient"): its "To M/s …" is the customer billed
# (not a payment page's heading: "Pay Invoice", "Payment against Invoice")
BILL_TITLE = re.compile(r"^\W*(?!pay)(?:[A-Za-z]+\s+){0,2}(?:bill|invoice|memo|estimate)"
                        r"(?:\s*(?:cum|&|and)\s*(?:[A-Za-z]+\s+)?(?:receipt|bill|invoice|challan))?"
                        r"(?:\s*[-–—/(]?\s*(?:original|duplicate|triplicate)"
                        r"(?:\s+(?:copy|for\s+(?:the\s+)?[A-Za-z]+))?\W*)?\W*$", re.I)


def invoice_title(lines: list[PageLine]) -> bool:
    """Whether the page is titled as an invoice or a cash memo ("TAX INVOICE - ORIGINAL", "CASH MEMO"), or as a bare
    "BILL": its customer is named on it, never paid by it (a bill's title with its kind may be a bill-payment page's:
    "Electricity Bill", paid "To" its biller)."""
    return any(BILL_TITLE.match(line.text) and re.search(r"invoice|memo", line.text, re.I)
               or re.fullmatch(r"\W*bill\W*", line.text, re.I) for line in lines)


def _signed_by_the_name_on_top(lines: list[PageLine], addressee: str) -> bool:
    """Whether the page's foot signs for a name printed alone near its top, other than the one it is addressed to."""
    tops = {fold(line.text) for line in lines[:8]}
    return any((signed := SIGNED_FOR.match(line.text)) is not None and fold(signed.group(1)) in tops
               and fold(signed.group(1)) not in fold(addressee) for line in lines[8:])


def _not_the_payee_here(lines: list[PageLine], label: str, after: str) -> bool:
    """A payee's label word that names another party on this page: a parcel's receiver, a topped-up account's holder,
    the customer a bill is addressed to ("To M/s Tea Valley Homestay" under "LAUNDRY BILL", any "To" under an
    invoice's title)."""
    if re.fullmatch(r"to", label.strip(), re.I):
        if any(_SHIPMENT.search(line.text) for line in lines) and any(re.match(r"\W*from\b", line.text, re.I)
                                                                      for line in lines):
            return True  # a parcel's "From … To …" on a courier's booking: its sender and its receiver
        if re.match(r"\s*,", after):
            return True  # a letter's address ("To, The Centre Head, Nidaan Diagnostics, Udaipur"): a role and a town
        if re.match(r"\W*(?:m\s?[/il1|]\s?s\b|messrs\b)", after, re.I):
            return any(BILL_TITLE.match(line.text) for line in lines)
        # an invoice's "To URJAGATI CHARGE NETWORKS PRIVATE LIMITED" under "TAX INVOICE": the customer it bills, with
        # or without its "M/s"; so is the "To" of a page its issuer signs for, the name on top ("For SVS Fuels" at the
        # foot of SVS Fuels' bill "To Kongu Vel Poultry & Feeds Pvt Ltd")
        return invoice_title(lines) or _signed_by_the_name_on_top(lines, after)
    if re.fullmatch(r"receiver(?:\s*name)?", label.strip(), re.I):
        return any(_SHIPMENT.search(line.text) for line in lines)
    if re.match(r"\s*(?-i:supplier|vendor|creditor|beneficiary|partner)s?\s*(?:[-–—:]|$)", after):
        return True  # a heading of the payment's kind ("Payment to supplier - sikki craft"), no party named
    if re.fullmatch(r"recipient(?:\s*name)?", label.strip(), re.I):
        # GST's recipient of supply under an invoice's title ("TAX INVOICE CUM RECEIPT" over "Recipient SIVAKAMI
        # PANCHALOHA BRONZES PVT LTD"): the customer billed, however the label is cut
        return invoice_title(lines)
    if re.fullmatch(r"account\s*name", label.strip(), re.I):
        # (and on a provider's own receipt to its customer, "Thank you for your payment" over the plan and the bill
        # period: the customer's account)
        return any(_TOP_UP.search(line.text) or _PROVIDERS_RECEIPT.search(line.text) for line in lines)
    return False


# a possessive's ending glued to a word ("Receiver's", "Customer’s", "Payees'")
_POSSESSIVE_AFTER = re.compile(r"[’'`](?:s\b|(?=\s))", re.I)


# the rest of a host name glued to a word ("merchant" in "merchant.cashfree.com")
_WEB_ADDRESS_AFTER = re.compile(r"\.[A-Za-z][\w\-]*(?:\.[A-Za-z][\w\-]*)*\.(?:com|in|co|io|net|org|me|app|ai|uk|eu)\b",
                                re.I)


# whose number a label names when it is no payment's: "Merchant ID", "Consumer No", "Customer reference number"
# (and a pollution board's "Consent order No.": the consent's number, no order's)
_OTHER_PARTY = (r"(?:merchant|terminal|consumer|customer|account|card|batch|application|pawn|loan|licen[cs]e|consent|"
                # what a bill or a booking pays for: a gas connection, a policy, a tag, a meter ("LPG ID", "Policy No")
                r"lpg|connection|subscriber|policy|vehicle|fastag|meter|member|student|patient|employer|"
                # the customer's own reference in the euro area's wordings ("Ihre Referenz", "Uw referentie")
                r"ihre|uw|votre|vostr[oa]|kunden|klant)")


def _after_other_label(text: str, start: int) -> bool:
    """True when a non-id label sits right before this one ("Merchant ID", "Consumer No", an applicant's
    "Application Ref. No.", a pawn shop's "Pawn Ticket #", the loan's)."""
    before = text[max(0, start - 14):start]
    return bool(re.search(rf"{_OTHER_PARTY}\s*$", before, re.I))


# a document's number that is not this page's: the bill a payment settles or a refund undoes ("Against Bill No.",
# "Original Invoice", "Payment for Invoice#"), a supplier's own invoice ("Vendor Invoice No."); "Your Invoice No." on a
# payer's advice, whose reader is the payee (on a shop's receipt "Your bill" is the receipt's own); the goods' transport
# permit ("E-way bill No.", never an id: ``NOT_TRANSACTION_ID``), an export's customs "Shipping bill No.", the weighing
# of the goods ("Weighbridge slip No. WB-43896", "Weighment ticket No.")
_OTHER_DOCUMENTS = (r"\b(?:against|original|orig\.|vendor'?s?|supplier'?s?|e\s*-?\s*way\.?|shipping|"
                    r"weigh\s*(?:bridge|ment)|"
                    # (the bill a receipt is for: "Payment for Invoice# INV-000776", "Towards Inv.")
                    r"towards|(?:payment|paid)\s*(?:for|towards))")
_ANOTHER_DOCUMENT = re.compile(rf"{_OTHER_DOCUMENTS}\s*$", re.I)
_ANOTHER_DOCUMENTS_LABEL = re.compile(rf"{_OTHER_DOCUMENTS}\s*(?:bill|invoice|inv|slip|ticket)\b", re.I)
_YOUR_DOCUMENTS_LABEL = re.compile(r"\byour\s*(?:bill|invoice|inv)\b", re.I)


def _names_another_document(lines: list[PageLine], text: str, start: int) -> bool:
    """True when the document number's label starting at ``start`` names another document than the page."""
    before = text[max(0, start - 12):start]
    if _ANOTHER_DOCUMENT.search(before):
        return True
    if re.match(r"bill\b", text[start:], re.I) and _bill_network_page(lines):
        return True
    return bool(re.search(r"\byour\s*$", before, re.I)) and _payers_page(lines)


def another_documents_line(lines: list[PageLine], line: PageLine) -> bool:
    """A line that prints another document's number ("Against Bill No. GST-6826"): no code of this payment's."""
    return bool(_ANOTHER_DOCUMENTS_LABEL.search(line.text)) or (
        bool(_YOUR_DOCUMENTS_LABEL.search(line.text)) and _payers_page(lines)) or (
        bool(re.match(r"\W*bill\s*(?:no|number|#)", line.text, re.I)) and _bill_network_page(lines))


def _bill_network_page(lines: list[PageLine]) -> bool:
    """A bill-payment network's page (Bharat Connect, BBPS): its biller is paid, its "Bill No." the bill it settles."""
    return any(_BILL_NETWORK.search(line.text) for line in lines)


def _payers_page(lines: list[PageLine]) -> bool:
    """A document its issuer sends when it pays someone (a payment advice or voucher, or a firm's record of what it paid
    one of its people)."""
    return any(_PAYERS_DOCUMENT.match(line.text) or _PEOPLES_PAY_LINE.search(line.text) or _PAYERS_LETTER.search(line.text)
               for line in lines)


# a list's number before a row ("3.", "(iv)", "b)")
_LIST_NUMBER = re.compile(r"\s*\(?(?:\d{1,2}|[ivx]{1,4}|[a-h])[.)]\s*", re.I)


def _starts_row(line: PageLine, start: int) -> bool:
    """A merchant label begins its row or a cell of it (a wide gap before it)."""
    if not line.text[:start].strip() or _LIST_NUMBER.fullmatch(line.text[:start]):
        return True  # (a numbered row's label: "3. Beneficiary name Pragati Expo Fabricators")
    words = line.words_after(start)
    before = [w for w, (a, _) in zip(line.words, line.spans, strict=True) if a < start]
    if not words or not before:
        return False
    return words[0].left - (before[-1].left + before[-1].width) > 2.5 * line.height


# a label that heads a row's next cell: the party on the other side, the account, the day
_ANOTHER_CELLS_LABEL = re.compile(r"\W*(?:from|to|sender|receiver|payer|payee|(?:paid|debited|credited)\s*(?:from|to)|"
                                  r"upi\s*id|date(?:\s*(?:&|and)\s*time)?|time|amount)\W*", re.I)


# a post a letter is addressed to, its body named on the line under it ("The Secretary,", "The Manager (Accounts),")
_ADDRESSEE_POST = re.compile(r"\W*the\s+(?:[a-z]+\s+)?(?:secretary|manager|proprietor|director|principal|chairman|"
                             r"chairperson|president|treasurer|partner|owner|accountant|officer)(?:\s*\([^)]*\))?\s*,?\s*",
                             re.I)


def value_words(lines: list[PageLine], hit: LabelHit) -> tuple[list[OcrWord], str]:
    """The words printed as this label's value, and where they were found ("row" or "below")."""
    line = lines[hit.line_index]
    after = line.words_after(hit.end)
    # a label glued to its value ("UPIRefNo.:609085797815", "Paidto:Anand") leaves the value's start
    # inside the label's last word
    glued = [w for w, (a, b) in zip(line.words, line.spans, strict=True) if a < hit.end < b]
    if glued:
        return glued + after, "row"
    # a row of labels over a row of their values ("To  From" over "Khovar Haat  Rohit - Indian Bank"): the label's
    # value is under it, not the next label
    # (or by the next label with its own value after a colon: "Paid To:  Date: 12/07/2026" over "BAGHINI PRINT GHAR")
    rest = " ".join(w.text for w in after)
    header_row = bool(after) and bool(_ANOTHER_CELLS_LABEL.fullmatch(rest) or (
        (cell := _ANOTHER_CELLS_LABEL.match(rest)) and re.search(r"[:：]\s*$", cell.group())))
    if after and not header_row:
        return after, "row"
    if hit.line_index + 1 < len(lines):
        label_words = line.words_in(hit.start, hit.end)
        if label_words:
            left = min(w.left for w in label_words)
            right = max(w.left + w.width for w in label_words)
            nxt = lines[hit.line_index + 1]
            gap = nxt.top - (line.top + line.height)
            if gap < 2.5 * max(line.height, nxt.height):
                alone = not line.text[: hit.start].strip() and not header_row
                if alone:
                    # a label alone on its row: the next line is its value (stacked, or centred under it); a letter's
                    # addressee, its post over its body's name ("To" over "The Secretary," over "Raghurajpur … Ltd"):
                    # the body's
                    if _ADDRESSEE_POST.fullmatch(nxt.text) and hit.line_index + 2 < len(lines):
                        return list(lines[hit.line_index + 2].words), "below"
                    return list(nxt.words), "below"
                # a label in a row of cells: the value starts in its column on the next line
                below = [w for w in nxt.words if abs(w.left - left) < 2 * line.height
                         or (w.left < right and w.left + w.width > left)]
                if below:
                    first = nxt.words.index(below[0])
                    # (in a row of labels, the value's cell ends where the next label's starts)
                    end = after[0].left if header_row else None
                    return [w for w in nxt.words[first:] if end is None or w.left < end], "below"
    return [], "row"


# ---------------------------------------------------------------- transaction id

CASE_SENSITIVE = re.compile(r"[a-z].*[a-z]")  # an id with two lower-case letters keeps its case
_ID_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9\-/_]{3,39}")  # "_": gateways' ids ("pay_6UXKS8MDXG8RHE")
_DIGIT_MAP = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "l": "1", "I": "1", "|": "1", "i": "1",
                            "S": "5", "s": "5", "B": "8", "Z": "2", "z": "2", "G": "6", "g": "9"})
# characters one engine may read as another in a code (the id's letters and digits look alike)
CONFUSABLE_ID_CHARS = set("0ODQ1IL58B2Z6G9")


def _joined(words: list[OcrWord]) -> str:
    """Words' text; digits split by a gap narrower than a character are one token ("OD572 108631")."""
    out = words[0].text if words else ""
    for prev, w in pairwise(words):
        gap = w.left - (prev.left + prev.width)
        close = gap < 0.45 * max(prev.height, w.height)
        # (not after a word of small letters: "reference number is 613008320390" set tight)
        glue = close and prev.text[-1:].isalnum() and w.text[:1].isdigit() and not re.fullmatch(r"[a-z]{2,}", prev.text)
        out += ("" if glue else " ") + w.text
    return out


def _value_text(line: PageLine, hit: LabelHit, words: list[OcrWord]) -> str:
    """The value's text; a word the label is glued into keeps only the part after the label."""
    first = words[0]
    for w, (a, b) in zip(line.words, line.spans, strict=True):
        if w is first and a < hit.end < b:
            rest = line.text[hit.end:b]
            return " ".join([rest] + [x.text for x in words[1:]])
    return _joined(words)


# the separators and marks OCR leaves around a label's value ("UTR : 6123…", "Ref No.- 4907…", "Txn # 81…")
_VALUE_EDGE = " :#.-=|+>—–"


# a NEFT or RTGS UTR whole: its bank's four letters, N and eleven digits, or N or an RTGS's R and seventeen
WHOLE_UTR = re.compile(r"[A-Z]{4}N\d{11}|[A-Z]{4}[NR]\d{17}")
# the head of one OCR broke off short of a whole ("YESBN2621" of "YESBN2621 15882430")
_UTR_HEAD = re.compile(r"[A-Z]{4}[NR]\d{1,10}")


def clean_id(text: str, *, digits_only: bool) -> str | None:
    """The id in a value's text (its first token, digit groups joined), or None if it is not id-shaped."""
    tokens = text.strip(_VALUE_EDGE).split()
    if not tokens:
        return None
    first = tokens[0].strip(".,;:")
    joined = first
    # a reference printed in digit groups ("4123 4567 8901") is one id, past 12 digits where its groups are even
    # ("4359 2074 4050 9203", a Dutch payment reference)
    if re.fullmatch(r"[\dOolI|]{3,6}", first):
        for tok in tokens[1:]:
            if re.fullmatch(r"[\dOolI|]{3,6}", tok) and (len(joined) < 12 or (len(tok) == len(first)
                                                                              and len(joined) < 24)):
                joined += tok
            else:
                break
    if len(tokens) > 1 and WHOLE_UTR.fullmatch(first + tokens[1].strip(".,;:")):
        # a NEFT or RTGS UTR OCR broke at a gap: "PUNBN2604 4100477", "KKBKN320260505 12923983"
        joined = first + tokens[1].strip(".,;:")
    elif len(tokens) > 1 and _UTR_HEAD.fullmatch(first) and re.fullmatch(r"\d{3,}", tokens[1].strip(".,;:")):
        return None  # a UTR's head and digits that make no whole one with it: which part is the id is a person's call
    candidate = joined.upper() if not digits_only else joined
    if digits_only:
        mapped = joined.translate(_DIGIT_MAP)
        if mapped.isdigit():
            candidate = mapped
        else:
            candidate = joined.upper()
    elif sum(c.isdigit() for c in joined) / max(1, len(joined)) >= 0.75:
        # a look-alike letter among digits is a digit, but a leading letter is the id's prefix ("B28406")
        candidate = (joined[0] + fix_digits(joined)[1:]).upper()
    if CASE_SENSITIVE.search(joined) and candidate == joined.upper():
        # ids printed in both cases ("ch_3NqX…", a UUID) are case-sensitive where they are looked up: keep the
        # printed case (one lower-case letter among capitals is more likely a misread capital)
        candidate = joined
    candidate = candidate.strip(".,;:-/")
    # an id that starts with a word ("ORD123") where Tesseract read the O as a zero
    candidate = re.sub(r"^0(?=[A-Z]{2})", "O", candidate)
    if not _ID_TOKEN.fullmatch(candidate.upper()):
        return None
    if not re.search(r"\d", candidate) and (not re.fullmatch(r"[A-Z]{8,40}", joined) or _A_WORD.search(joined)):
        return None  # a word, not a code (an all-letter code is printed in capitals and is no receipt word)
    if dates_in_text(candidate) or re.match(r"(RS|INR|USD|EUR|GBP)\d", candidate):
        return None
    return _t_restored(candidate)


def _t_restored(candidate: str) -> str:
    """A PhonePe transaction id ("T", its yymmddHHMMSS, ten digits) whose T Tesseract read as a 7 or a 1."""
    if len(candidate) == 23 and candidate.isdigit() and candidate[0] in "71":
        stamp = candidate[1:13]
        try:
            dt.datetime.strptime(stamp, "%y%m%d%H%M%S")
        except ValueError:
            return candidate
        return "T" + candidate[1:]
    return candidate


_A_WORD = re.compile(r"TRANSACTION|SUCCESS|COMPLETE|PROCESSING|APPROVED|DECLINED|REFERENCE|CUSTOMER|MERCHANT|"
                     r"PAYMENT|PENDING|FAILED|RECEIPT|INVOICE|NUMBER|BALANCE|ACCOUNT|WALLET|CONFIRM|TRANSFER|"
                     r"BENEFICIARY|STATUS|AMOUNT|TOTAL|VERIFIED|COPY|"
                     # (a paid stamp's word under the label whose own value OCR lost: "RECEIVED BY NEFT")
                     r"RECEIVED|CREDITED|DEBITED|SETTLED|REALI[SZ]ED|COLLECTED|DEPOSITED|REMITTED|TRANSFERRED|"
                     r"AUTHORI[SZ]ED|CANCELLED|REVERSED|REFUNDED|ACCEPTED")
_FORMAT_ID = re.compile(r"(?<![A-Za-z0-9])([A-Z]{0,5}\d{10,22})(?![A-Za-z0-9])")


def _never_id_line(line: PageLine) -> bool:
    """A line of numbers that are never the id: a "never" label's, or one with a masked card or account."""
    return bool(NOT_TRANSACTION_ID.search(line.text) or re.search(r"X{3,}|\*{3,}", line.text))


def _labelled_as_other(lines: list[PageLine], index: int, word: OcrWord) -> bool:
    """Whether a number has a label of its own that is no id's: before it on its row ("Microchip:"), or alone on
    the line above, the number alone on its own ("Handelaar" over "2677732396")."""
    line = lines[index]
    start = line.spans[line.words.index(word)][0]
    before = line.text[:start]
    if before.strip():
        label = before
        if index and re.fullmatch(r"\W*(?:no|number|#)\W*", before, re.I) and (above := lines[index - 1].text.split()):
            label = f"{above[-1]} {before}"  # a label wrapped after its first word ("… for Policy" over "No. 75485…")
    else:
        label = lines[index - 1].text if index and len(line.words) == 1 else ""
        if re.search(r"\d", label):
            return False
    if not _ROW_LABEL.fullmatch(label):
        return False
    # a label that calls its value a number, a reference or a code ("PUCC No.", "Cert. No") may name an id, unless
    # it says whose number it is ("Customer reference number", run together as OCR may print it)
    return not _NUMBER_WORD.search(label) or bool(re.match(rf"\W*{_OTHER_PARTY}\s*(?:ref|no|nr|num|id|code)", label, re.I))


# a label's shape: a few words, no digits, perhaps a colon or number sign after them
_ROW_LABEL = re.compile(r"\W*[A-Za-z][A-Za-z .'/()&\-]{1,30}?\s*[:.#]?\s*")
_NUMBER_WORD = re.compile(r"#|\b(?:no|nr|num|number|ref\w*|id|code|serial|sl)\b|(?<=[a-z])(?:no|number|id|ref)\b", re.I)


# an id's first token, a gap, then its rest opened by a separator and a digit ("KU/26 -27/646")
_RUN_ON = re.compile(r"\S+\s+([-/]\d[\w\-/]*)")
# ... or broken after its separator ("CPV/25- 26/8932")
_RUN_ON_AFTER = re.compile(r"(\S+[-/])\s+(\d[\w\-/]*)")
# ... or a gateway's id in both cases broken by a gap, its last letters alone after it ("pout_9TLVRhNvJmt xGC")
_CASED_TAIL = re.compile(r"\S+\s+([A-Za-z0-9]{1,6})")
# ... or a code of letters and digits with a run of digits alone after a gap, ending the value or its sentence
# ("USG2608148 633402": Tesseract read a space into the code); not a day beside it ("IDFB26020891570529 08 Feb 2026",
# "… 20/05/2026", "… 20 May")
_DIGIT_TAIL = re.compile(rf"(\S*[A-Za-z]\S*\d)\s+(\d{{2,8}})(?=[.,;]?(?:\s|$))(?!\s*{ENGLISH_MONTH}\b)", re.I)


def read_transaction_id(lines: list[PageLine], *, engine: str = "tesseract", ranked: bool = False
                        ) -> tuple[FieldValue[str], bool]:
    """The transaction id and whether a label of it was printed without a readable value (``ranked``: a second
    engine reads the page too, so on an Indian page a lower-ranked payment reference is no rival of the id, and the
    engines must agree on it)."""
    hits = find_labels(lines, "transaction_id")
    if _in_pounds(lines):
        # in Britain a UTR is the taxpayer's Unique Taxpayer Reference (an accountant's or HMRC's page), not a bank
        # transfer's Unique Transaction Reference
        hits = [hit for hit in hits if hit.family.name != "utr"]
    unreadable = False
    ranked = ranked and indian_page(lines)
    skipped: list[str] = []  # what a better label printed that no id could be read from
    readings = [(hit, *_label_value(lines, hit, engine)) for hit in hits]
    for index, (hit, words, text, value) in enumerate(readings):
        line = lines[hit.line_index]
        if value is None:
            unreadable = True
            skipped.append(f"{line.text[hit.start:hit.end].strip()} {text.strip()}".strip())
            continue
        used = _words_for(words, value)
        conf = min(w.conf for w in used) / 100.0
        if engine == "tesseract" and re.search(r"[A-Z]", value) and re.search(r"\d", value):
            # Tesseract reads 8/B, 0/O, 1/I in a mixed code with full confidence: trust it less
            conf *= 0.85 ** min(3, sum(c in CONFUSABLE_ID_CHARS for c in value))
        alternatives = _look_alike_rivals(value)
        if re.search(r"id$", line.text[hit.start:hit.end], re.I) and line.text[hit.end:hit.end + 1].isalpha():
            # a label's "ID" run into a code that starts with letters ("Txn Reference IDIB2610189427394"): the "ID"
            # may be the code's own first letters
            alternatives.append(line.text[hit.end - 2:hit.end] + value)
        if run_on := _RUN_ON.match(text.strip(_VALUE_EDGE)):
            # an id OCR broke at a gap before a separator ("Bill No. KU/26 -27/646"): it may run on past the gap
            alternatives.append(value + run_on.group(1))
        elif (run_on := _RUN_ON_AFTER.match(text.strip(_VALUE_EDGE))) and \
                (longer := clean_id("".join(run_on.groups()), digits_only=hit.family.digits_only)):
            alternatives.append(longer)  # ... or after one ("Voucher No. CPV/25- 26/8932")
        elif CASE_SENSITIVE.search(value) and (tail := _CASED_TAIL.fullmatch(text.strip(_VALUE_EDGE))) and \
                re.search(r"[A-Z0-9]", tail.group(1)):
            alternatives.append(value + tail.group(1))
        elif (tail := _DIGIT_TAIL.match(text.strip(_VALUE_EDGE))) and tail.group(1).upper() == value.upper() and \
                any(w in line.words for w in used):  # (on the label's row: a column's cell under it may end mid-row)
            alternatives.append(value + tail.group(2))
        # which of two labelled ids is "the" transaction's (an exchange's order id or the bank's UTR) is the
        # issuer's convention: a person picks, except among an Indian page's payment references
        alternatives += _other_labelled_ids(readings, hit, value, ranked=ranked)
        if hit.family.name == "bank_ref" and _BARE_REFERENCE.fullmatch(line.text[hit.start:hit.end]) \
                and not re.fullmatch(r"\d{12}", value):
            # ... but a reference that says nothing of whose it is, holding no network's twelve digits, outranks no
            # payment system's own id ("Reference ID GCPL-JIG-297476" under "Decentro txn ID DCTRTX557256656304"),
            # nor one OCR broke with a gap ("Payout ID pout_MHWaOCQc JUwvbm" over "Reference ID LS-REEL-983004")
            alternatives += [other or rest.strip() for other_hit, _, rest, other in readings
                             if other_hit.family.name == "txn_id" and (other or rest.strip())
                             and fold(other or rest) != fold(value)]
        # a label of a surer family printed with nothing we could read: its value may be the id
        alternatives += [text for text in skipped if text]
        # ... and so may one of a rival family printed with a value we could not read as an id ("Bank Ref No. HMW
        # 1866123298" under "Transaction ref. No. NMUP13084456998": Tesseract read a gap into the code)
        alternatives += [f"{lines[other.line_index].text[other.start:other.end].strip()} {rest.strip()}"
                         for other, _, rest, unread in readings[index + 1:]
                         if unread is None and rest.strip() and (
                             _rival_family(hit, other, ranked=ranked) if other.family.name != hit.family.name
                             else other.line_index != hit.line_index)]
        if hit.family.name in _STRONGER_WORDING:
            # a document's own number is the id only when no stronger kind of id is printed, whatever its wording
            alternatives += [t for t in _stronger_codes(lines, hit) if fold(t) != fold(value)]
        if not _GATEWAYS_ID.search(line.text):
            # a gateway's own id beside the one read ("PayU ID" over "21584700699", "Txn ID TBK260710765" below): which
            # is the payment's the issuer's convention says
            alternatives += [t for t in _codes_worded(lines, hit.line_index, _GATEWAYS_ID) if fold(t) != fold(value)]
        if hit.family.name in ("bank_ref", "txn_id", "order"):
            # a bank's own reference (or an app's transfer id, or its order id) beside a network's twelve digits whose
            # label OCR lost ("e 600719449626" over "Reference No 75167819423", "614021108201 20 May 2026" over "Paytm
            # Order ID …"): the UPI or IMPS reference may be the payment's id
            alternatives += [w.text for i, line in enumerate(lines) if i != hit.line_index and not _never_id_line(line)
                             for w, (start, _) in zip(line.words, line.spans, strict=True)
                             if re.fullmatch(r"\d{12}", w.text) and w.text != value
                             and len(re.sub(r"[^A-Za-z]", "", line.text[:start])) <= 2]
        if hit.family.name == "invoice":
            # ... nor shaped like one with no wording at all ("Folio KD88213" under "NEFT/N54201655562/CLOVE DENTAL")
            alternatives += [t for _, t in _shaped_ids(lines, skip=hit.line_index) if fold(t) != fold(value)]
        if hit.family.name in _ID_ONLY_WHEN_ALONE:
            # an approval code (a job number) is the id only when the page shows no other code: the payment's
            # own reference may be printed under a wording the lexicon lacks
            alternatives += [t for t in dict.fromkeys(_code_tokens(lines)) if fold(value) not in fold(t)]
        if hit.family.name == "invoice" and re.match(r"\W*folio", line.text[hit.start:hit.end], re.I) and any(
                _TERMINAL_ID.search(other.text) for other in lines):
            # a hotel's folio on a card terminal's slip ("FOLIO NO: 330987" under its MID and TID) numbers the room's
            # bill, which the sets count as the slip's id or as none: never a sure reading
            conf *= 0.5
        if hit.family.name == "job":
            # ... and whether a workshop's job number is the payment's id at all is an issuer's convention the sets
            # count either way (heldout150's tyre shop: no id): never a sure reading
            conf *= 0.5
        return FieldValue[str](value=value, confidence=round(max(0.0, min(1.0, conf)), 3),
                               evidence=_evidence(list(dict.fromkeys(line.words_in(hit.start, hit.end) + used))),
                               basis=f"label:{hit.family.name}", alternatives=alternatives), unreadable
    if hits:
        return FieldValue[str](), True
    # no label anywhere: an id by its own shape (a UTR, a bank reference in a statement narration)
    shaped = next(_shaped_ids(lines), None)
    if shaped is None:
        return FieldValue[str](), _page_shows_a_code(lines)
    word, value = shaped
    # no label says which code is the payment's: any other code on the page may be it instead
    others = [t for t in dict.fromkeys(_code_tokens(lines)) if fold(value) not in fold(t)]
    return FieldValue[str](value=value, confidence=_conf([word], 0.8), evidence=_evidence([word]),
                           basis="format", alternatives=others), False


def _in_pounds(lines: list[PageLine]) -> bool:
    """A page priced in pounds that names nothing Indian (no rupee, GST or UPI)."""
    return any(re.search(r"£|\bGBP\b", line.text) for line in lines) and not indian_page(lines)


# India's toll-free and shared-cost numbers (also of twelve digits, "1800 425 00000": no UPI reference's, whose
# second to fourth digits are a day of the year)
_TOLL_FREE = re.compile(r"18[06]0\d{6,8}")
# (also after a card's "SMS BLOCK 6885", its "to" lost or run into the number)
_PHONED = re.compile(r"\b(?:call|dial|sms|whatsapp|contact|helpline|care|toll[\s-]*free|missed\s*call|to)\W*$|"
                     r"\bbl[o0]ck\s*\d{3,6}\W*$", re.I)


def _number_to_call(digits: str, lines: list[PageLine], index: int, start: int) -> bool:
    """A number to call or text ("Not you? Call 18602662666", "SMS BLOCK … to 919951860002"): no id, nor a code to doubt."""
    return bool(_TOLL_FREE.fullmatch(digits) or _PHONED.search(text_before(lines, index, start)))


# a web address's domain and the slash of its path ("payouts.idfc.in/batch/55916275")
_WEB_PATH = re.compile(r"[A-Za-z][\w\-]*\.\s?[A-Za-z]{2,}[\w.\-]*/")


# a number's owner named right before it in a sentence, with or without its "No." ("for policy 20587198743")
_PARTYS_NUMBER = re.compile(rf"\b{_OTHER_PARTY}\s*(?:no\.?|number|#|id)?\s*[:.\-]?\s*$", re.I)


def _shaped_ids(lines: list[PageLine], skip: int | None = None) -> Iterator[tuple[OcrWord, str]]:
    """Words shaped like a bank's reference (a UTR, a statement narration's code) outside the "never" lines."""
    for index, line in enumerate(lines):
        above = lines[index - 1].text if index else ""
        if index == skip or _never_id_line(line) or (NOT_TRANSACTION_ID.search(above) and not re.search(r"\d", above)):
            continue  # a "never" label's number, on its row or stacked under it ("Licence number" over "5701632773")
        if another_documents_line(lines, line):
            continue  # another document's number ("Bill No. FT9070705803" on a bill payment's page)
        if _ADDRESS_BAR.match(line.text):
            continue  # a browser's address bar: the page's link, whatever number it ends in, is no printed id
        # ... nor a link printed on the page ("corp.pnbibanking.in/payments/status/3217034617", its domain's last dot
        # read with a space after it: "yesconnect.yesbank. in/payments/status/2050909867")
        link = _WEB_PATH.search(line.text)
        for word, (start, end) in zip(line.words, line.spans, strict=True):
            if link and end > link.start():
                continue
            for part in re.split(r"[/|]", word.text):
                m = _FORMAT_ID.fullmatch(part.strip(".,:;"))
                if not m or NOT_TRANSACTION_ID.fullmatch(m.group(1).rstrip("0123456789")):
                    continue  # (the letters before the digits may be a "never" label run into them: "ABN2018…")
                digits = re.sub(r"\D", "", m.group(1))
                if len(digits) == 10 and digits[0] in "6789" and m.group(1).isdigit():
                    continue  # an Indian mobile number
                if _number_to_call(digits, lines, index, start):
                    continue
                if _PARTYS_NUMBER.search(line.text[:start]):
                    # a sentence's number named by whose it is ("… via Net Banking for policy 20587198743"; on its own
                    # line only: a column's heading ends the line above, "Reference From account")
                    continue
                if _labelled_as_other(lines, index, word):
                    continue  # its own label names it, and no id label: a microchip's, a merchant's number
                yield word, m.group(1)


def _label_value(lines: list[PageLine], hit: LabelHit, engine: str) -> tuple[list[OcrWord], str, str | None]:
    """An id label's value: its words, their text, and the id in it (None when nothing id-shaped is there)."""
    words, where = value_words(lines, hit)
    if not words:
        return [], "", None
    line = lines[hit.line_index]
    value_line = line if where == "row" else lines[hit.line_index + 1]
    text = _value_text(value_line, hit, words) if where == "row" else _joined(words)
    if engine == "rapidocr" and where == "row" and ":" not in line.text[hit.start:hit.end]:
        # PP-OCR reads a colon before the value as an "X" glued to it ("reference X180193745879026"); an
        # id that does start with X is still read with it by Tesseract, and the two then disagree
        text = re.sub(r"^\s*[Xx](?=[A-Z0-9]{6})", "", text)
    value = clean_id(text, digits_only=hit.family.digits_only)
    if where == "below" and value is not None:
        # a UTR broken at a gap on the line under a label that ends a sentence's line ("… bank. UTR:" over
        # "BKIDR520261 12197968912."): the value under the label is its tail, the whole is the two parts joined
        tokens = [t.strip(".,;:") for t in value_line.text.split()]
        for head, tail in zip(tokens, tokens[1:], strict=False):
            if tail == value and WHOLE_UTR.fullmatch(head + tail):
                return value_line.words_in(0, len(value_line.text)), head + tail, head + tail
    return words, text, value


def _other_labelled_ids(readings: list[tuple[LabelHit, list[OcrWord], str, str | None]], chosen: LabelHit,
                        value: str, *, ranked: bool) -> list[str]:
    """Ids printed under a label of another family than the chosen one (an order id beside a UTR), or under the same
    label on another line (two slips on one roll, a declined sale and its retry, each with its own "REF NO")."""
    return list(dict.fromkeys(
        other for hit, _, _, other in readings
        if other and fold(other) != fold(value) and (
            (hit.family.name != chosen.family.name and _rival_family(chosen, hit, ranked=ranked))
            or (hit.family.name == chosen.family.name and hit.line_index != chosen.line_index))))


# a reference that says nothing of whose it is ("Reference ID", "Ref No."): a payout platform prints its client's own
# reference for the payout under it as often as a bank prints its own, so beside a payment system's id (Decentro's
# "Decentro txn ID") it is a rival, not the surer id
_BARE_REFERENCE = re.compile(r"\W*ref(?:erence)?\W*(?:no|number|id|#)?\W*", re.I)
# the families that name the payment itself: a network's, a bank's or a payment system's own reference
_PAYMENT_REFERENCES = {"utr", "upi_ref", "rrn", "bank_ref", "txn_id"}
# an Indian page's references in the order every set since heldout86 counts them and the README states: the
# network's (a UTR, a UPI reference, a card's RRN), then the bank's, then a payment system's own id, then an approval
# code. The network's reference is the one both banks' books and a card's acquirer carry
_INDIAN_REFERENCE_RANK = {"utr": 4, "upi_ref": 4, "rrn": 3, "bank_ref": 2, "txn_id": 1, "approval": 0}


def _rival_family(chosen: LabelHit, hit: LabelHit, *, ranked: bool) -> bool:
    """Whether an id under ``hit``'s label may be the payment's instead of the one under ``chosen``'s (``ranked``: on
    an Indian page, where a lower-ranked payment reference never is)."""
    if ranked and _INDIAN_REFERENCE_RANK.get(hit.family.name, 9) < _INDIAN_REFERENCE_RANK.get(chosen.family.name, -1):
        return False
    # which of a card slip's approval code and its till's transaction, reference, retrieval or own receipt number is
    # "the" id ("AUTH CODE 159029" over "Trans No 138137", "APPR 608319" over "REF # 3887255967", "RRN" beside "AUTH
    # CODE", "Bon-Nr." beside "Genehmigungs-Nr.") is the issuer's convention, and the sets count it either way
    if chosen.family.name in {"utr", "upi_ref"} and hit.family.name == "bank_ref":
        # a UTR (or UPI reference) beside the bank's own "Transaction Reference": the UTR is the payment's id across
        # banks, the README's convention
        return False
    if chosen.family.name in _PAYMENT_REFERENCES and hit.family.name == "invoice":
        # a document's own number (an invoice's, a receipt's, a voucher's) beside a payment's reference: it numbers
        # the issuer's paper, not the payment, and is the id only where no stronger kind is printed
        return False
    return hit.family.name not in _ID_ONLY_WHEN_ALONE or (
        hit.family.name == "approval" and chosen.family.name in {"txn_id", "bank_ref", "rrn", "invoice"})


# a code-like token: six characters or more, with five digits or with letters and digits mixed. Any such token
# may be the id under a label the lexicon lacks ("Check No: 308139", "Folio S-984794"), so with no id read it
# keeps the id from being positively absent; a pin code or a vehicle number costs a review, not a wrong value.
_CODE_SHAPE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/_]{5,}")


# a payment gateway's object id, its kind's prefix and a mixed-case key ("pay_QMvhCNwbMnRVid", "pout_K41ejpDkNMLV29")
_GATEWAY_ID = re.compile(r"[a-z]{2,8}_[A-Za-z0-9]{10,}")
# a UUID as banking apps print a payment's reference, in lower-case hex
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def _code_like(token: str) -> bool:
    if _UUID.fullmatch(token) or _GATEWAY_ID.fullmatch(token):
        return True
    if not _CODE_SHAPE.fullmatch(token) or re.search(r"[a-z]{3}", token.rsplit("_", 1)[-1]):
        return False  # a code is capitals and digits after any "pay_"-style prefix; "616MainStreet" is an address
    digits = sum(c.isdigit() for c in token)
    letters = sum(c.isalpha() for c in token)
    return digits >= 5 or (digits >= 2 and letters >= 1)


# words of a reference's label in any wording: on their line a code OCR garbled ("APBNAPNKMS7BA\\V") still counts
# (inside a word too: PP-OCR and Tesseract drop the space in "Paymentreference")
_ID_WORD = re.compile(r"ref|txn|transaction|utr|rrn|trace|confirmation|booking|auth|approval|receipt|invoice|"
                      r"bill|folio|order|voucher|slip|ticket|pnr|identifier|\bid\b|\bcode\b|number|\bno\b", re.I)


# an address line's end: a place's name after a comma (or alone on the line), then a six-digit PIN code (a look-alike O
# read for a zero)
_PIN_CODE_END = re.compile(r"(?:[,，]\s*[A-Z][A-Za-z .]{2,30}?[\s\-–]*|^\s*[A-Z][a-z]{3,}(?:\s+[A-Z][a-z]+)?\s*[\-–]\s*)"
                           r"[1-8][\dOo]{5}\W*$")
# a word in capitals with a word's share of vowels ("DONATION", "CLINIC", "SIGNATURE"), not letters of a garbled code
_SPOKEN = re.compile(r"(?=(?:[^AEIOU]*[AEIOU]){2})(?!.*[^AEIOUY]{5})[A-Z]{6,14}")


# a sum glued to its currency's sign or code, as a price prints it ("Rs.8,000", "INR5000", "₹1,499.00")
_PRICE_WITH_CURRENCY = re.compile(r"(?:rs\.?|inr|₹|\$|€|£)\d[\d,]*(?:\.\d{1,2})?(?:/-)?", re.I)


def _code_tokens(lines: list[PageLine]) -> list[str]:
    """Every id-shaped token on the page outside the lines of numbers that are never the id."""
    found = []
    for index, line in enumerate(lines):
        if _never_id_line(line):
            continue
        labelled = _ID_WORD.search(line.text)
        # an Indian address's PIN code at the end of its line ("Powai, Mumbai 400076", "Door No. 149, Police Bazar,
        # Shillong - 793001", a town alone: "Alappuzha - 688011")
        pin_code = None if not _PIN_CODE_END.search(line.text) else line.text.rstrip(" .")
        for part in re.split(r"[\s|]+", line.text):
            part = part.strip(".,:;()[]")  # (a bracket a box's edge left: "[609317325951")
            if (re.fullmatch(r"\+?(?:91)?[6-9]\d{9}|[\d,]*\d[.,]\d{2}|\d{1,3}(?:,\d{2,3})+", part)
                    or _PRICE_WITH_CURRENCY.fullmatch(part)):
                continue  # a mobile number, a price, a grouped amount, a sum glued to its currency
            if part.isdigit() and _number_to_call(part, lines, index, max(0, line.text.find(part))):
                continue
            if part.isdigit() and re.search(re.escape(part) + r"[.,]\s\d{2}(?!\d)", line.text):
                continue  # a sum OCR broke at its decimal point ("Taxable value % 120540. 00")
            if dates_in_text(part) or re.search(r"\d{1,2}:\d{2}", part) or "@" in part:
                continue  # a date, a time, an e-mail address or a UPI handle
            if re.match(r"(?:[Xx*]{2,})", part):
                continue  # a masked card or account number
            if pin_code is not None and pin_code.endswith(part):
                continue
            if labelled and len(part) >= 6 and sum(c.isalnum() for c in part) >= 5 and (
                    re.search(r"\d", part) or (re.fullmatch(r"[A-Z\W]+", part) and not _SPOKEN.fullmatch(part))) \
                    and not _A_WORD.search(part.upper()):
                found.append(part)
            elif _code_like(part):
                found.append(part)
    return found


# a payment's own reference in any wording, even one the lexicon lacks ("Auth" over its code, "Txn Code"), or a
# booking's ("Locator"): a document's number (an order's, a receipt's) is weaker, so beside one it is not surely
# the id
_PAYMENT_REFERENCE_WORD = r"ref|txn|utr|rrn|\btrans|\bauth(?!ori[sz]ed)|\bappr(?!oved)|\bconf(?!irmed)"  # not outcomes
# a gateway's or an app's own id under its name ("Easebuzz ID" beside a "Docket No.", "PayU ID" beside an "Order
# No."; not a party's number, "Client ID", nor a place's or a thing's, "Station ID"; the lines of a customer's, a
# merchant's, a handle's ... id, NOT_TRANSACTION_ID's, are never read here at all)
_NAMED_ID = (r"(?<![A-Za-z])(?!(?:client|cust|patient|member|student|employee|e-?mail|login|vendor|supplier|device|"
             r"policy|claim|admission|enrol?ment|roll|station|store|shop|outlet|branch|site|location|vehicle|charger|"
             r"meter|asset|product|item|seller|agent|dealer|partner|operator|order|booking)\b)[A-Za-z]{3,}\s+(?-i:ID|Id)\b")
# the wordings of a stronger kind of id than each document number's
_STRONGER_WORDING = {"order": re.compile(_PAYMENT_REFERENCE_WORD + "|" + _NAMED_ID, re.I),
                     "invoice": re.compile(_PAYMENT_REFERENCE_WORD + r"|\bpnr|\bbooking|\border|\breservation|"
                                           r"\blocator|" + _NAMED_ID, re.I)}


def _stronger_codes(lines: list[PageLine], hit: LabelHit) -> list[str]:
    """Codes on, or just under, a line worded as a stronger kind of id than the document number ``hit``."""
    return _codes_worded(lines, hit.line_index, _STRONGER_WORDING[hit.family.name])


def _codes_worded(lines: list[PageLine], label_line: int, wording: re.Pattern[str]) -> list[str]:
    """Codes on, or just under, a line (not ``label_line``) worded as ``wording`` says."""
    found: list[str] = []
    for i, line in enumerate(lines):
        if i == label_line or _never_id_line(line) or not wording.search(line.text):
            continue
        below = lines[i + 1 : i + 2] if i + 1 != label_line else []
        found += _code_tokens([line, *below])
    return list(dict.fromkeys(found))


def _page_shows_a_code(lines: list[PageLine]) -> bool:
    """True when the page shows a token shaped like an id, a number under a label of a numbered thing the
    lexicon lacks ("KOT No 407"), a document's name with its number alone on a line ("ORDER 8420"), or a slip's
    invoice number on its terminal's line ("TID:35785706 INV: 007711"): the id is then not positively absent."""
    lines = [line for line in lines if not another_documents_line(lines, line)]
    return bool(_code_tokens(lines)) or any(_numbered_label(lines, i) or _NAMED_NUMBER.match(line.text)
                                            or _SLIP_INVOICE.search(line.text) for i, line in enumerate(lines))


# a card slip's invoice (or ROC) number, printed on the line of its terminal's id, which no code on it may be read from
# (its colon read as a semicolon, its O as a zero: "INV0ICE ; 007712")
_SLIP_INVOICE = re.compile(r"\b(?:INV(?:[O0]ICE)?|ROC)\b\s*(?:NO\.?)?\s*[:;.#]?\s*\d{4,}")


# a label of something numbered ("KOT No", "Token #", "Chit Number"), its number on its row or alone under it
_NUMBERED = re.compile(r"^\W*([A-Za-z][A-Za-z.&/\- ]{0,24}?)\s*(?:(?<![A-Za-z])(?:no\b\.?|number|nr\b\.?)|#)"
                       r"\s*[:.\-]?\s*(\S*)\s*$", re.I)
# a document's number printed after its name alone, a line of its own ("ORDER 8420", "Check 1187"), or after a bare
# "No." or "#" (a ticket's "No. 17176")
_NAMED_NUMBER = re.compile(r"^\W*(?:order|check|chk|ticket|token|bill|receipt|invoice|no\b\.?|nr\b\.?|#)\s*[:.\-]?\s*"
                           r"\d{3,}[\w\-/]*\s*$", re.I)
# numbered places and things that are never a payment's id: where one sat, slept or parked
_NUMBERED_PLACE = re.compile(r"\b(?:table|seat|room|coach|berth|flat|house|door|plot|platform|gate|pump|nozzle|lane|"
                             r"bay|ward|bed|floor|unit|counter|vehicle|reg|odometer|page|item|qty|sl|s\.?)\s*\.?$",
                             re.I)


def _numbered_label(lines: list[PageLine], index: int) -> bool:
    """Whether line ``index`` is such a label with a number (the line under it when it ends its row)."""
    line = lines[index]
    m = _NUMBERED.match(line.text)
    if not m or _never_id_line(line) or _after_other_label(m.group(1), len(m.group(1))) or \
            _NUMBERED_PLACE.search(m.group(1)):
        return False
    value = m.group(2) or (lines[index + 1].text.strip() if index + 1 < len(lines) else "")
    return bool(re.fullmatch(r"[A-Za-z]{0,3}[\-/]?\d[\w\-/]*", value))


# an approval code or a workshop's job number is the id only where the page shows no other code, and never rivals
# the id of a surer label
_ID_ONLY_WHEN_ALONE = {"approval", "job", "till_trans"}


def fold(text: str) -> str:
    """A name's or code's letters and digits in capitals, as two readings of one compare."""
    return re.sub(r"[^A-Z0-9]", "", text.upper())


def _look_alike_rivals(value: str) -> list[str]:
    """The spellings of a code that both engines may have misread the same way, a glyph read after the letters or
    digits around it: a code mixing letters and digits with an O among its letters, where a zero printed there reads
    as O to both ("CC0UPK…" read "CCOUPK…"), and its converses below."""
    # a code of eight or more capitals and no digit is itself suspect: random codes hold digits
    if (re.search(r"\d", value) or re.fullmatch(r"[A-Z]{8,}", value)) and re.search(r"(?<=[A-Z])O|O(?=[A-Z])", value):
        return [re.sub(r"(?<=[A-Z])O|O(?=[A-Z])", "0", value)]
    # ... and the other way round, a single letter's prefix and a round glyph after it read as a zero by both
    # ("PO851760324043", a payout's purchase-order number, read "P0851760324043")
    if re.fullmatch(r"[A-Z]0\d{6,}", value):
        return [value[0] + "O" + value[2:]]
    # ... and a one before the letters that open a bank's reference, an I to the other reader ("IGA5438973366" read
    # "1GA5438973366")
    if re.fullmatch(r"1[A-Z]{2,4}\d{6,}", value):
        return ["I" + value[1:]]
    return []


def _words_for(words: list[OcrWord], value: str) -> list[OcrWord]:
    """The leading words that spell ``value`` (digit groups span several words)."""
    used, length = [], 0
    target = len(re.sub(r"[^A-Za-z0-9]", "", value))
    for w in words:
        used.append(w)
        length += len(re.sub(r"[^A-Za-z0-9]", "", w.text))
        if length >= target:
            break
    return used


# ---------------------------------------------------------------- merchant

# the payment apps a payer uses ("super.money" as its own screen spells it): never the one paid
_MONEY_APPS = (r"google\s*pay|g\s*pay|phone\s*pe|paytm|bhim|mobikwik|amazon\s*pay|freecharge|super\s*\.?\s*money|"
               r"i\s*mobile\s*pay")
_NOT_A_NAME = re.compile(
    # (a bank's portal by its channel's name: "TMB Corporate Net Banking")
    r"\b(bank|netbanking|(?:net|internet|online|corporate|mobile|retail)\s*banking|" + _MONEY_APPS + r"|upi\s*id|vpa|upi|receipt|"
    r"invoice|tax|cash\s*memo|bill|billpay|sale|purchase|payment|re-?payment|transaction|(?:un)?successful|success|failed|failure|pending|"
    r"processing|completed|authori[sz]ed|approved|declined|rejected|accepted|"
    r"details|transfer|customer|copy|thank|welcome|statement|confirmation|summary|order|checkout|"
    r"acknowledg\w*|debited|credited|account|a/c|wallet|balance|date|amount|total|status|ref|reference|txn|"
    r"visit|again|share|split|done|recharge|booking|ticket|trip|ride|challan|donation|fees?|activity|payouts?|"
    r"subscriptions?|refund(?:s|ed)?|"
    # a document's title after a party's label word ("Beneficiary Credit Advice", "Payment intimation")
    r"advices?|intimation|"
    # the short name a payer's bank keeps for its payee, under the payee's label word ("Beneficiary nickname LINEN
    # BLR", "Payee short name SGLSMTP", "Payee alias"): the bank's alias, not the name
    r"nick\s*names?|short\s*names?|alias(?:es)?|"
    # a bank's message about the payment, its e-mail's subject on top ("Debit alert", "Transaction alert")
    r"alerts?|"
    # a returned transfer's reason ("Return reason  Beneficiary name mismatch"), no name
    r"mismatch(?:ed)?|"
    # a way to address the payee, not its name ("Pay to mobile number" on Paytm's screen)
    r"mobile\s*(?:number|no)|phone\s*(?:number|no)|"
    # the people a receipt names besides its payee, and table headings ("From  To  Passenger")
    r"passenger|guest|patient|policy\s*holder|insured|proposer|cashier|driver|traveller|member|pax|"
    # a role in a sentence, not a name ("Status Credited to beneficiary", a lender's "Credited to provider")
    r"beneficiary|payee|providers?|"
    # a signature block under a firm's sign-off ("Partner / Authorised signatory")
    r"signatory|signature)\b", re.I)


# the words an alert's next sentence opens with after its payee ("… TUSSAR BAS. Avl Bal", "…, UTR", ". Not you?")
_ALERT_SENTENCE_WORDS = r"bal|avl|avbl|avail\w*|ref|not|call|info|utr|rrn|txn|upi|imps|neft|rtgs"


def _name(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip(" :-|,;_")  # ("_": a mark OCR read beside the name)
    # a typographic apostrophe as OCR reads one ("Producers’"), and the honorific before a firm's name ("M/s Cosmo
    # Films Ltd", "Messrs."): the name is the firm's
    text = re.sub(r"^(?:M/s|M/S|Messrs)\.?\s+(?=[A-Z0-9])", "", text.replace("’", "'").replace("‘", "'"))
    # a quote mark OCR read before the name out of a field's edge ("‘Aangan Studio")
    text = re.sub(r"^['\"“”`]+(?=[A-Z0-9])", "", text)
    # the label's own word for the party, run on in small letters before the name ("Paid to clinic Sutra Oral Care")
    # (a platform's "Partner store Marudhar General Stores")
    # (a treasury's "Payee department Drugs Control Department")
    # (a wage voucher's "Paid to karigar Shakeel Ahmad")
    text = re.sub(r"^(?:clinic|hospital|merchant|vendor|supplier|provider|partner|beneficiary|dealer|biller|store|shop|"
                  r"outlet|department|karigar|karagir|artisan|worker|workman|labou?rer|weaver)\s+(?=[A-Z])", "", text)
    # the close of a bracketed label word before the name ("Dealer (payee) Periyar Honda")
    text = re.sub(r"^[)\]}]+[,;:]?\s*", "", text)
    # a "Name" label under a section's heading, before its value ("Beneficiary" over "Name Sonam Wangchuk Lachungpa")
    text = re.sub(r"^Name\s*[:\-]?\s+(?=[A-Z])", "", text)
    # a label's own aside in brackets and small letters before the name ("Vendor name (as per portal) SURYAKIRAN …")
    # (or alone, the name under it: "Vendor name (as per portal)" over "Suryakiran Solar")
    # (a mark OCR read after its bracket too: "Transferred to (beneficiary), Kesar Analytical Lab")
    text = re.sub(r"^\([a-z][a-z .'/-]*\)[,;:]?(?:\s+(?=[A-Z0-9])|$)", "", text)
    # an app's back arrow before its page's title, and a badge after it ("< Subscription ©")
    text = re.sub(r"^[<‹←]\s*|\s+[©®]$", "", text)
    # an app's verified badge or avatar before the name, read as a sign of its own ("© KHANDESH MEDICAL AGENCIES"),
    # after the back arrow too ("< ® AX-AXISBK-S")
    text = re.sub(r"^[©®™•·*°✓✔]\s+", "", text)
    # ... or its avatar's initials, the first letters of the name's words ("KH KHOVAR HAAT")
    if (first := re.match(r"([A-Z]{2,3})\s+", text)) and \
            "".join(word[:1] for word in text[first.end():].split()[:len(first.group(1))]).upper() == first.group(1):
        text = text[first.end():]
    # an alert's next sentence, its line wrapped after the name ("to NAWAB FURNITURE MART. Bal" / "Rs.301,547.85")
    # ("… APARTMENT OWN. UTR" / "YESBN26149742213": its reference's sentence)
    # (or after a comma: "for NEFT to MAA TARINI TUSSAR BAS, UTR" / "SBINN261846335053")
    text = re.sub(rf"(?:\.\s+|,\s*)(?:{_ALERT_SENTENCE_WORDS})\b.*$", "", text, flags=re.I)
    # the rail a bank's narration names before its payee, under a bare "To" (Bank of Baroda's "to:NEFT/DASARA
    # EXHIBITION ST.", its reference between too: "to:IMPS/615713677584/SABU VARGHESE.")
    text = re.sub(r"^(?:neft|imps|rtgs|upi)\s*/\s*(?:\d{6,}\s*/\s*)?(?=[A-Za-z])", "", text, flags=re.I)
    # the rail an alert names after its payee ("To TGSPDCL by UPI.", PP-OCR's "by UPl"), under a bare "To"
    text = re.sub(r"\s+by\s+(?:up[il1|]|imps|neft|rtgs)\.?$", "", text, flags=re.I)
    # (also a company form in initials: "Van Dijk Logistics B.V.", "Rossi S.p.A."; and a person's last initial: "SAJEESH
    # K." in "…; SAJEESH K. credited.", "Sai Kiran Ch.")
    if not re.search(r"\b(?:Co|Ltd|Dept|Bros|Inc|Pvt|Corp|Ltda|Est|St|LLC|PLC|GmbH)\.$|(?:[A-Za-z]\.){2,}$|"
                     r"(?<=\s)(?-i:[A-Z][a-z]?)\.$",
                     text, re.I):
        text = text.rstrip(".")  # a sentence's full stop, not an abbreviation's ("Motor Vehicles Dept.", "Co.")
    # the rail an alert names in brackets after the payee ("to ARABIAN SEA SHIPPING A (NEFT).")
    text = re.sub(r"\s*\((?:neft|imps|rtgs|upi|nach|ecs)\)$", "", text, flags=re.I)
    text = re.sub(r"\s*\S+@\S+$", "", text)  # a VPA printed after the name
    text = re.sub(r"(?:\s+|(?<=[a-z]))via(?:\s+|(?=[A-Z]))\S.*$", "", text)  # the way it was paid ("X via Card")
    # a sentence's verb after the name, its line wrapped there ("Your payment to Monmouth Coffee Company is")
    text = re.sub(r"(?<=[A-Za-z])\s+(?:is|was|has\s+been|have\s+been|are|were)$", "", text)
    # ... or its own verb in small letters after a name in capitals ("to MOHANTY PANDA AND CO initiated on 05-09-2026")
    text = re.sub(r"(?<=[A-Z])\s+(?:initiated|sent|transferred|credited|debited|processed|made|received|scheduled|"
                  r"paid)$", "", text)
    # ... or the small word that leads its next part, the line wrapped after it ("to SHREE GANESH RANG BHAN on" /
    # "18/02/2026 could not be completed")
    text = re.sub(r"(?<=[A-Z]{2})\s+(?:on|at|dated|for|from|towards|with)$", "", text)
    words = text.split(" ")
    if len(words) > 1 and all(w[:1].isupper() or w.startswith("l") for w in words):
        # a Title-Case name: a word starting with a small "l" is a capital I OCR read as l ("Sneha lyer")
        text = " ".join("I" + w[1:] if w.startswith("l") and w[1:2].islower() else w for w in words)
    return text


# the little words a business's name keeps in lower case ("Bank of Baroda", "Crème de la Crème", "Haus am See")
_NAME_CONNECTORS = {"of", "and", "the", "de", "la", "le", "les", "du", "des", "au", "aux", "sur", "da", "di", "del",
                    "della", "delle", "dello", "degli", "dei", "do", "dos", "das", "von", "van", "der", "den", "het",
                    "aan", "op", "zu", "zum", "zur", "am", "im", "y", "e", "et", "und", "en", "on", "upon", "at", "by",
                    "for", "in", "an", "a", "&"}


def split_word(name: str) -> bool:
    """Whether a name holds a word that opens in lower case and is none of a name's little words ("Wine ry"): a
    word OCR broke in two."""
    return any(word[:1].islower() and word.isalpha() and word not in _NAME_CONNECTORS for word in name.split()[1:])


# "Pvt" or "Private" before anything but "Ltd" or "Limited" at a name's end: the form's letters misread ("Pvt Lid")
_MISREAD_COMPANY_FORM = re.compile(r"\b(?:pvt|private)\.?\s+(?!ltd\b|limited\b)[a-z]{2,4}\.?$|"
                                   # (or its dot read as a comma: "… DISTRIBUTION CO, LTD")
                                   r"\bco,\s*(?:ltd|limited)\b", re.I)


def stray_bracket(name: str) -> bool:
    """Whether a name holds a bracket without its partner ("ICICI] BANK FASTAG"): a mark OCR read into a word."""
    # (and a bar glued to a word's letter: an "I" or "l" OCR read as "|", "SAYAJ| WORKSPACE"; or alone between two
    # words, a mark or an "I" Tesseract read there: "MORADABAD CARGO | MOVE")
    return name.count("(") != name.count(")") or name.count("[") != name.count("]") or \
        bool(re.search(r"[A-Za-z]\||\|[A-Za-z]|\w\s+\|\s+\w", name))


def proper_name(text: str) -> bool:
    """Whether a value reads as a party's name: no word of plain lower-case letters outside the little words a name
    keeps ("signed online", "Last quarter" are a label's values, not a business; "eBay", "bol.com" are names)."""
    return not any(word.isalpha() and word.islower() and word not in _NAME_CONNECTORS
                   for word in re.split(r"[\s,]+", text) if len(word) >= 2)


def plausible_name(text: str) -> bool:
    if _PARTY_WORD.fullmatch(text):
        return False  # a word for the party, not its name ("Payment to merchant")
    if _WAY_PAID.fullmatch(text):
        return False  # the way it was paid after a label of who received it ("Received by IMPS")
    if _COLUMN_HEADING.fullmatch(text):
        return False  # the next column's heading in a table's header row ("Amount  Beneficiary  Mode")
    compact = text.replace(" ", "")
    letters = sum(c.isalpha() for c in compact)
    spaced = CAMEL_JOIN.sub(" ", text)  # "AxisBank", "ICICIBank"
    address = bool(re.search(r"\d", text) and "," in text)  # "Shop No. 34, Station Road, Lucknow"
    sentence = bool(re.search(r"[!?]|\b(?:your|you|are|we|our)\b", text, re.I)  # "Your tickets are booked!"
                    # ... or money moving to someone, in small letters: a mail's subject ("Funds sent to Sindhurang
                    # Textiles")
                    or re.search(r"\b(?:sent|paid|transferred|remitted|credited)\s+to\b", text)  # (case-sensitive)
                    # ... or a clause after the label word it was the subject of ("Receiver to sign on delivery")
                    or _CLAUSE_OPENER.match(text))
    # a name may open with a number joined to a word ("7-Eleven Makati"), not with a number alone ("12 Main St")
    numbered = bool(re.match(r"\d+-[A-Za-z]{3}", text))
    return (len(compact) >= 3 and letters / max(1, len(compact)) >= 0.75 and (numbered or not text[0].isdigit())
            and not address
            and not sentence
            and "@" not in text and not _NOT_A_NAME.search(text) and not _NOT_A_NAME.search(spaced)
            and not dates_in_text(text) and not _PERIOD_ONLY.fullmatch(text)
            # a list of a business's trades under its name ("Upholstery | Curtains | Rugs"): no name (one bar may be
            # a mark OCR read inside a name)
            and text.count("|") < 2)


# a period named by its months alone ("April-June", "Jan to Mar 2026", a fee's quarter): no name
_PERIOD_ONLY = re.compile(rf"\W*{ENGLISH_MONTH}\.?(?:\s*(?:-|–|/|to|&|and)\s*{ENGLISH_MONTH}\.?)*(?:\s*'?\d{{2,4}})?\W*",
                          re.I)


# a clause's first word in lower case: a name never opens with one, a sentence after its subject's word does
_CLAUSE_OPENER = re.compile(r"(?:to|must|will|shall|should|may|can|is|be|has|have|not|needs?)\b")
# (and a letter's addressee by role: "To: The Billing Manager,")
# (and a platform's programme for them: "Merchant partners" under magicpin's name)
_PARTY_WORD = re.compile(r"(?:the\s+|a\s+|your\s+)?(?:merchant|business|shop|store|seller|payee|recipient|vendor|partner|"
                         # (a firm's people, "Received by worker" at a wage voucher's foot)
                         r"worker|workman|labou?rer|employee|staff|karigar|artisan|"
                         r"biller|supplier|distributor|hospital|clinic|school|college|institut(?:e|ion)|"
                         r"(?:[a-z]+\s+)?(?:manager|officer|in-?charge|superintendent|"
                         r"administrator|secretary|president|treasurer|proprietor|director))s?", re.I)


# another field's heading alone, where a table's header row puts it beside a payee's label
_COLUMN_HEADING = re.compile(r"\W*(?:mode|amount|amt|status|date|time|utr|remarks?|narration|ref(?:erence)?|"
                             r"details|particulars|channel|a\s*[/l|]\s*c|account|ifsc)\W*", re.I)


# a way of paying, alone where a name may stand
_WAY_PAID = re.compile(r"(?:by\s+|via\s+)?(?:upi|imps|neft|rtgs|nach|cash|cheque|check|dd|demand\s+draft|(?:credit|debit)?\s*card|"
                       r"net\s*-?\s*banking|bank\s+transfer|wallet)", re.I)


# a lone capital glued to the end of a word: a name's space OCR may have lost ("PretA Manger"); a capital
# that starts a word part ("MedPlus") is how some names are spelled. A run of 15 letters is longer than a
# name's words: its spaces were lost ("SRIBALAJIPROVISIONSTORES"); so may an initial's dot glued to the next word
# ("K.SARAVANAN" read off "K. SARAVANAN"); and a shop's trade word in capitals run into the word before it
# ("CHITTARAANGADI SAGARA" read off "CHITTARA ANGADI SAGARA")
LOST_SPACE = re.compile(r"[a-z][A-Z](?![a-z])|[A-Za-z]{15}|\b[A-Z]\.[A-Z][A-Za-z]{2,}|"
                        # (a person's two initials opening a firm's name in capitals: "MK SALVI AND SONS" read off
                        # "M K SALVI AND SONS")
                        r"^[A-Z]{2}\s+[A-Z]{3,}(?:\s+[A-Z&]+)*$|"
                        r"\b[A-Z]{3,}(?:ANGADI|STORES|TRADERS|ENTERPRISES|AGENCIES|BHANDAR|KENDRA|EMPORIUM|TEXTILES|"
                        r"JEWELLERS|MEDICALS|HARDWARE|PROVISIONS)\b")
# a name ending in an initial and its dot ("NAKSHATRA AVIATION S.", "SASIDHARAN K."): the dot may be a speck or a
# sentence's full stop
INITIAL_AT_END = re.compile(r"\s[A-Z]\.$")
# a name in capitalised words whose first word is all in small letters: its start cut off at the page's edge or
# by a coloured band ("war Municipal Corporation" read off "Bhubaneswar Municipal Corporation")
CUT_START = re.compile(r"^[a-z]+\s+(?:\S+\s+)*[A-Z]")


# a person's honorific before the name paid ("Mrs Ann Whitely", "Sri Mallikarjun S. Hiremath", "Dr. R. K. Gupta"):
# issuers and readers differ on whether it is part of the name, so the name without it stays a rival; "Sri", "Shri"
# or "Dr" before a firm's name, with no initial of a person's in it, is the name's own ("Sri Balaji Provision Stores",
# "Dr Lal PathLabs")
# (in capitals only with its dot: "MR PACKAGING" is a firm's initials)
_SRI = r"Sri|Shri|Shree|SRI|SHRI|SHREE"
_HONORIFIC = re.compile(r"^(?:(?:Mr|Mrs|Ms|Miss|Smt|Shrimati|Kumari)\.?\s+|(?:MR|MRS|MS|SMT)\.\s*|"
                        rf"(?:{_SRI}|Dr|DR)\.?\s+(?=.*\b[A-Z]\.(?:\s|$)))(?=[A-Z])")
# ... and under a landlord's label "Shri" with no initial after it too ("Name of landlord  Shri Ramesh Gowda"): a
# landlord is most often a person (a firm's own "Shree" there, "Shree Balaji Estates", is left to a reader as well)
_LANDLORDS_SRI = re.compile(rf"^(?:{_SRI})\.?\s+(?=[A-Z])")


def read_merchant(lines: list[PageLine], median_height: float) -> FieldValue[str]:
    """The payee: under a payee/merchant/beneficiary/biller/seller label, a statement narration, or the header."""
    found = _read_merchant(lines, median_height)
    if found.basis in ("header", "sender") and tax_challan(lines):
        # a GST or income-tax challan names no payee (the sets count it so, but for the tax named on top of a GST
        # receipt: see ``merchant_unsure``): the name on top is the bank's or its app's that carried it ("YONO
        # Business" over "e-Tax - Direct tax (ITNS 281)")
        return FieldValue[str]()
    if found.value is not None and (LOST_SPACE.search(found.value) or CUT_START.match(found.value)):
        return found.model_copy(update={"confidence": round(found.confidence * 0.6, 3)})
    if found.value is not None and not (found.basis or "").startswith("label:") and _MISREAD_COMPANY_FORM.search(found.value):
        # a name on top whose company form OCR misread ("SEAHORSE CLEARING & FORWARDING PVT LID"), as under a label
        return found.model_copy(update={"confidence": round(found.confidence * 0.5, 3)})
    landlord = found.basis == "label:landlord"
    if found.value is not None and (honorific := (_HONORIFIC.match(found.value)
                                                  or (_LANDLORDS_SRI.match(found.value) if landlord else None))):
        bare = found.value[honorific.end():]
        return found.model_copy(update={"alternatives": list(dict.fromkeys([*found.alternatives, bare]))})
    if found.value is not None and found.basis in ("header", "sender") and (
            spelled := _signed_otherwise(found.value, lines)):
        # the page's sign-off spells the name on top a letter otherwise ("SIVAKAMI VAARPU PATTARAT" over "For Sivakami
        # Vaarpu Pattarai - Accountant"): one of them is misread
        return found.model_copy(update={"alternatives": list(dict.fromkeys([*found.alternatives, spelled]))})
    if found.value is not None and (spaced := _spaced_otherwise(found.value, lines)):
        # the page prints the name again with its words split otherwise ("Beneficiary : PIXELLOOM WEB STUDIO" under "to
        # the account of PIXEL LOOM WEB STUDIO"): which spelling is the account's the page does not say
        return found.model_copy(update={"alternatives": list(dict.fromkeys([*found.alternatives, spaced]))})
    if found.value is not None and found.evidence and _FIRM_HONORIFIC.fullmatch(found.evidence[0].text):
        # a firm's "M/s" printed before the name, which ``_name`` drops: the sets disagree on whether it is part of
        # the name (heldout139: no; heldout151: yes), so the name as printed is a rival
        printed = f"{found.evidence[0].text} {found.value}"
        return found.model_copy(update={"alternatives": list(dict.fromkeys([*found.alternatives, printed]))})
    return found


_FIRM_HONORIFIC = re.compile(r"M/s\.?|Messrs\.?", re.I)


def _spaced_otherwise(name: str, lines: list[PageLine]) -> str | None:
    """The name as another line prints it with a space the name lacks (the same letters in more words): the name may
    be the one OCR ran together."""
    target = re.sub(r"\W", "", name).lower()
    count = len(name.split())
    if len(target) < 6:
        return None
    for line in lines:
        # each word with its letters and digits alone (a mark on its own is no word)
        words = [(w, letters) for w in line.text.split() if (letters := re.sub(r"\W", "", w).lower())]
        for start in range(len(words)):
            run = ""
            for end in range(start, len(words)):
                run += words[end][1]
                if len(run) >= len(target):
                    if run == target and end + 1 - start > count:
                        return " ".join(w for w, _ in words[start:end + 1]).strip(" ,.;:()")
                    break
    return None


def _signed_otherwise(name: str, lines: list[PageLine]) -> str | None:
    """The name as a sign-off ("For <name>") spells it, where its words differ from ``name`` by a letter or two."""
    count = len(name.split())
    for line in lines:
        if (signed := SIGNED_FOR.match(line.text)) is None:
            continue
        spelled = " ".join(signed.group(1).split()[:count])
        a, b = fold(name), fold(spelled)
        if a != b and len(a) == len(b) and 0 < sum(x != y for x, y in zip(a, b, strict=True)) <= 2:
            return spelled
    return None


# a bank's FASTag, the toll account a recharge pays ("Paid to AXIS BANK FASTAG", "Biller Name Bank of Baroda FASTag"):
# a bank's name, but here the payee
_FASTAG_ACCOUNT = re.compile(r"[A-Za-z][A-Za-z .&]{1,40}?\s*fas\s*tag", re.I)
# a verb after "to" ("to pay", "to be refunded"): the sentence goes on, no one is named
_INFINITIVE = re.compile(r"(?:pay|be|make|receive|get|use|avail|claim|redeem|cancel|confirm|contact|call|know|view|"
                         r"check|report|raise|visit|download|track)\b", re.I)


def _labelled_names(lines: list[PageLine], *, rejected: list[str] | None = None, branches: list[str] | None = None
                    ) -> list[tuple[str, list[OcrWord], LabelFamily]]:
    """Every plausible name printed under a payee, merchant, beneficiary, biller or seller label, best first
    (and into ``rejected`` the name-shaped values no rule takes for a shop's name: "ICICI Bank Credit Card"; into
    ``branches`` those under a bare "Store", "Outlet" or "Branch", which may name a chain's branch)."""
    names, in_subject = [], []
    for hit in _payee_labels(lines):
        label_line = lines[hit.line_index]
        if rejected is not None and hit.line_index and not label_line.text[:hit.start].strip() and \
                not label_line.text[hit.end:].strip(" :") and plausible_name(above := _name(lines[hit.line_index - 1].text)) \
                and not re.search(r"\d", above):
            # a label alone under a name, as a caption ("Dhola Maru Kathputli Ghar" over "Paid to" on Tata Neu's
            # screen, each value over its label): that name may be the payee
            rejected.append(above)
        words, where = value_words(lines, hit)
        if not words:
            continue
        index = hit.line_index if where == "row" else hit.line_index + 1
        line = lines[index]
        text = _value_text(line, hit, words) if where == "row" else " ".join(w.text for w in words)
        # a row may carry a second cell after a wide gap ("Paid to  Anand Sweets      XX1234")
        if sent := _SUM_THEN_TO.match(text):
            text = sent.group(1)  # "You paid  $45.00 USD to Ray's Guitar Lessons": the payee follows the sum
        elif where == "below" and (paid := _NAME_THEN_SUM.match(text) or _NAME_THEN_WHOLE_SUM.match(text)):
            text = paid.group(1)  # the sum on the row under "Paid to" ("Hotel Saravana Bhavan   ₹13,045.00")
        elif where == "below" and (paid := _NAME_THEN_NUMBER.match(text)) and _printed_elsewhere(paid.group(2), lines, line):
            text = paid.group(1)  # ... its rupee sign lost ("Abdul Rahman 15070"), the same sum printed again below
        if where == "row" and (tail := _LAST_LABEL_WORD.search(line.text[hit.start:hit.end])) and \
                re.match(r"[a-z]", line.text[hit.end:hit.end + 1]):
            text = tail.group(0) + text  # "Merchant Namecheap,Inc.": a label does not end inside a word
        if (more := _name_runs_on(lines, index, text, words[0].left, in_column=where == "row" and _in_a_column(
                lines[hit.line_index], hit, words[0]))) is not None:
            text, words = f"{text} {more.text}", [*words, *more.words]
        name = _name(text)
        if _INFINITIVE.match(name) and re.fullmatch(r"\W*to\W*", lines[hit.line_index].text[hit.start:hit.end], re.I):
            continue  # a sentence's "to" before its verb, its line broken there ("I AGREE" / "TO PAY AS PER CARD …")
        if _BANK_AND_ACCOUNT.fullmatch(CAMEL_JOIN.sub(" ", name)):
            continue  # "To" over "Union Bank of India XX2838": the account credited, no payee's name
        if re.fullmatch(r"\W*[A-Za-z]+\W*", lines[hit.line_index].text[hit.start:hit.end]) and re.fullmatch(r"[a-z]+", name):
            # a one-word label before one word in small letters is a word of a phrase ("Designation  Store helper",
            # "Maker  store.accounts", an e-mail's "Vendor payments" heading): no payee's label
            continue
        if name and (plausible_name(name) or _FASTAG_ACCOUNT.fullmatch(name)):
            # (a mail's subject over its sender comes after the names its body prints: "Payment to Mukurthi Hill
            # Growers" over "Chamundi Payables <accounts@…>" shortens the "Beneficiary supplier" printed whole below)
            (in_subject if where == "row" and _mail_subject(lines, index) else names).append((name, words, hit.family))
            if branches is not None and _BRANCH_LABEL.fullmatch(lines[hit.line_index].text[hit.start:hit.end]):
                branches.append(name)
        elif rejected is not None and re.fullmatch(r"[A-Z][A-Za-z&'.\-]*[!|]?(?:\s+[A-Za-z&'.\-]+[!|]?){1,5}", name):
            # (also with a mark OCR read at a word's end: "CHITARA PACHEDI! KALA KEN")
            rejected.append(name)
    return names + in_subject


def _mail_subject(lines: list[PageLine], index: int) -> bool:
    """Whether a line near the top is a mail's subject: the sender's line under it ("Chamundi Payables
    <accounts@chamundiheritage.in>", ``_MAIL_SENDER``)."""
    return index <= 2 and index + 1 < len(lines) and bool(_MAIL_SENDER.match(lines[index + 1].text))


# a name broken after a joining mark ("BOUNDARY LINE SPORTS ACADEMY -" over "VIJAYANAGAR"), and the words that may end it
_RUNS_ON = re.compile(r"(?:\s[-–&]|,)\s*$")
_NAME_END = re.compile(r"[A-Z][A-Za-z'.]*(?:\s+[A-Z(][A-Za-z'.()]*){0,3}")


# the closing words of an organisation's name, wrapped onto the line under it ("Hyderabad Metropolitan Water Supply and
# Sewerage" over "Board", "Southern Power Distribution Company of Telangana" over "Ltd"): never a town or a street
_ORGANISATION_END = re.compile(r"(?:[A-Z][A-Za-z&'.]*\s+){0,2}(?i:ltd|limited|board|corporation|company|council|"
                               r"society|trust|authority|llp)\.?")


def _in_a_column(line: PageLine, hit: LabelHit, first: OcrWord) -> bool:
    """Whether a value beside its label stands in a column of its own: a wide gap after the label (a form's), not a
    sentence's space ("paid to Zuno General Insurance Ltd.")."""
    label = line.words_in(hit.start, hit.end)
    return bool(label) and first.left - (label[-1].left + label[-1].width) >= line.height


def _name_runs_on(lines: list[PageLine], index: int, text: str, left: int, *, in_column: bool = False
                  ) -> PageLine | None:
    """The line under a payee's name (whose first word starts at ``left``) that holds the rest of the name: a few
    capitalised words in the same type, close under it, where the name ends in a joining mark, or the closing words of
    an organisation's name, wrapped under its start; or, for a name in a column beside its label (``in_column``),
    capitalised words alone under the name in its column, the next label's row under them."""
    if index + 1 >= len(lines):
        return None
    line, below = lines[index], lines[index + 1]
    if below.top - (line.top + line.height) > 1.5 * line.height or not 0.75 < below.height / line.height < 1.35:
        return None
    if _RUNS_ON.search(text):
        return below if _NAME_END.fullmatch(below.text.strip()) else None
    wrapped = abs(below.words[0].left - left) <= 0.5 * line.height
    if wrapped and _ORGANISATION_END.fullmatch(below.text.strip()):
        return below
    return below if wrapped and in_column and _wrapped_in_its_column(lines, index, text, left) else None


# the rest of a name wrapped in a value column: capitalised words (an all-capital name's in capitals), no digits, no
# bank's or app's words ("KUTHAMPULLY KASAVU" over "KENDRAM", "... Handloom" over "Weavers' Co-operative Society Ltd.")
_WRAPPED_REST = re.compile(r"[A-Z][A-Za-z'’.&\-]*(?:\s+(?:[A-Z][A-Za-z'’.&\-]*|of|and|&)){0,4}")


def _wrapped_in_its_column(lines: list[PageLine], index: int, text: str, left: int) -> bool:
    """Whether the line under a name printed beside its label holds the name's rest: nothing left of the name's column
    on it, capitalised words in the name's case, and the line under it a row that starts left of that column again
    (the next label), so the column holds one value per label."""
    below = lines[index + 1].text.strip()
    if re.search(r"\s(?:ltd|limited|inc|llp|plc|corp|corporation|company)\.?$", text, re.I):
        return False  # a name closed by its company's form is whole
    if not _WRAPPED_REST.fullmatch(below) or (text.isupper() and not below.isupper()) or \
            _BANK_WORDS.search(below) or _NOT_A_NAME.search(below) or re.fullmatch(r"[A-Z]{2,4}", below):
        return False  # (nor a bank's initials alone: "SBI" under the name)
    after = lines[index + 2] if index + 2 < len(lines) else None
    return after is not None and after.words[0].left < left - 2 * lines[index].height


def _payee_labels(lines: list[PageLine]) -> list[LabelHit]:
    """The payee, merchant, beneficiary, biller and seller labels printed, less a journey's bare "To" ("From KSR
    Bengaluru  To Indiranagar" on a fare slip: a destination, not a payee)."""
    journey = any(_JOURNEY.search(line.text) for line in lines)
    return [hit for hit in find_labels(lines, "merchant_name")
            if not (journey and re.fullmatch(r"\W*to\W*", lines[hit.line_index].text[hit.start:hit.end], re.I))]


_BRANCH_LABEL = re.compile(r"\W*(?:store|outlet|branch)\W*", re.I)
# a bank's name and a masked account number ("Union Bank of India XX2838", "HDFC Bank A/c ••4417")
_BANK_AND_ACCOUNT = re.compile(r".*\bbank\b.*?(?:a/c\s*)?[Xx*•·]{2,}\s?\d{3,4}", re.I)
# a label's last word, after a space: where the text runs on into a lower-case letter it began the value instead
_LAST_LABEL_WORD = re.compile(r"(?<=\s)[A-Za-z]+$")
# a company's form, which names no other party ("Nykaa" and "Nykaa Pvt. Ltd." are one)
_COMPANY_FORM = re.compile(r"\b(?:pvt|private|ltd|limited|inc|llc|llp|plc|gmbh|co|corp|corporation|company|pty)\b\.?",
                           re.I)
# a journey's wordings: beside them a bare "To" names where the trip went
_JOURNEY = re.compile(r"\b(?:distance|kms?|fare|journey|trip|pick\s*-?\s*up|drop|destination|route|boarding)\b", re.I)
# a "From" label over or before a sender's name (not an e-mail's sender line)
_SENT_FROM = re.compile(r"^\W*(?i:from)\W*(?:$|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\W*$)")
# an e-mail's sender ("From: Steam <no-reply@steam.com>"): the shop that sent the receipt
_SENDER = re.compile(r"^\s*from\s*:\s*([^<@]{2,60}?)\s*<[^>]*@", re.I)


# an e-mail's sender line as a mail app shows it ("Royal Footwear House <no-reply@royalfootwearh.shop>")
_MAIL_SENDER = re.compile(r"^\W*(?:from\s*:\s*)?([^<@]{3,60}?)\s*<[^>\s]+@[^>\s]+>\s*$", re.I)


def _shop_sender(lines: list[PageLine]) -> FieldValue[str] | None:
    """A shop's e-mailed receipt: the sender's name on one of the top lines, printed again alone on the page (the
    shop's name over its receipt), when it is no bank's, card's or platform's (a bank's alert, a gateway's mail)."""
    for line in lines[:4]:
        if not (m := _MAIL_SENDER.match(line.text)):
            continue
        name = _name(m.group(1))
        if not plausible_name(name) or _BANK_WORDS.search(name) or _PLATFORM.search(name):
            return None
        if _payers_page(lines):
            return None  # an advice of a payment the sender made (an insurer's to a clinic): the sender is the payer
        again = [other for other in lines if other is not line and fold(other.text) == fold(name)]
        if again:
            words = again[0].words_in(0, len(again[0].text))
            # the company's whole name printed under the mail's head ("Delhivery <billing@…>" over "Delhivery Ltd"):
            # which of the two the payee's name is, the page does not say
            whole = [text for text in (other.text.strip() for other in lines[:8])
                     if text.lower().startswith(name.lower()) and _COMPANY_FORMS_ONLY.fullmatch(text[len(name):])]
            # ... or a company's name of other words beside the brand's printed again, as the mail's letterhead
            # ("Reliance Jio Infocomm Ltd." over "JioFiber", its sender "JioFiber <jiofiber@jio.com>"; not a row's
            # label and value, "Dealer Name M/s … Traders Pvt Ltd")
            at = lines.index(again[0])
            whole += [text for other in lines[max(0, at - 1):at + 2] if other is not again[0] and other is not line
                      and ":" not in other.text and plausible_name(text := _name(other.text))
                      and _COMPANY_FORM.search(text) and fold(name) not in fold(text) and text not in whole]
            return FieldValue[str](value=name, confidence=_conf(words), evidence=_evidence(words), basis="sender",
                                   alternatives=whole[:1])
        return None
    return None


# what is left of a name after the sender's: its company form alone (" Ltd", " Pvt. Ltd.", " Limited")
_COMPANY_FORMS_ONLY = re.compile(r"(?:\s+(?:pvt|private|ltd|limited|inc|llp|plc|corp|corporation|company)\.?)+", re.I)


# the words that close a company's whole name after its brand, where no company form follows them
_LINE_OF_BUSINESS = re.compile(r"\b(?:insurance|assurance|finance|financial|securities|industries|enterprises|"
                               r"services|society|trust|foundation)\b", re.I)


_BANK_WORDS = re.compile(r"\bbank\b|\bcard\b|alerts?\b|\bpayments?\b|stripe|razorpay|paypal|cashfree|payu|instamojo",
                         re.I)


# a public office, paid a fee or a licence's charge ("Patna Municipal Corporation", "Legal Metrology Department")
PUBLIC_OFFICE = re.compile(r"(?i:\boffice\b|department|\bdept\b|\brto\b|authority|municipal|nigam|ministry|registry|"
                           r"directorate|commission|treasury|government|panchayat|\bboard\b|local\s*body|"
                           # (a state's e-challan portal by its name alone: Maharashtra's, West Bengal's)
                           r"\bgras\b|\bgrips\b)")
# the bill-payment network ("Bill Payments - Bharat Connect", "BBPS"): its page names the biller paid under its label,
# and what is on top is the app or bank the payer used
_BILL_NETWORK = re.compile(r"\bbharat\s*connect\b|\bbbps\b|\bb-?connect\b", re.I)


def _rival_names(name: str, family: LabelFamily, named: list[tuple[str, list[OcrWord], LabelFamily]],
                 lines: list[PageLine], *, branch: bool = False) -> list[str]:
    """Other parties the page names as its payee: a second labelled name; beside a seller, the shop that
    sent the receipt (a marketplace sells for its sellers); beside an operator, biller or seller, or a chain's
    branch (``branch``), a name on the page's top lines (a toll plaza and the company that runs it, a brand over
    "Store: Connaught Place, New Delhi"): which one was paid is a reader's call."""
    key = fold(name)
    others = [other for other, _, _ in named]
    if family.name == "seller":
        others += [_name(m.group(1)) for line in lines[:4] if (m := _SENDER.match(line.text))]
    bill_network = family.name == "biller" and _bill_network_page(lines)
    # (a digit run into a name's letters is part of it, "M62 Vehicle Recovery Ltd"; a number alone is not)
    top = [_name(line.text) for line in below_status_bar(lines)[:3]
           if plausible_name(_name(line.text)) and not re.search(r"(?<![A-Za-z\d])\d", line.text)]
    if (family.name in ("seller", "biller", "landlord") and not bill_network) or branch:
        others += top
    elif not PUBLIC_OFFICE.search(name):
        # a public office on top of its own fee page, and a business under a payee's label ("Jaipur Vidyut Vitran Nigam
        # Ltd" over "Vendor Suryakiran Rooftop Energy": the installer the applicant chose): the office may be the one paid
        # (not a firm's own branch line under its name: "Jaipur office")
        others += [other for other in top if PUBLIC_OFFICE.search(other) and not re.search(r"\boffice$", other, re.I)]
    rivals = []
    for other in others:
        other_key = fold(other)
        if not other_key or (key in other_key and not (
                family.name == "seller" and fold(_COMPANY_FORM.sub(" ", other)) == key)):
            # the same name, or it with more around it; but a sender's name on top with its company's form ("Notion
            # Labs, Inc." over "Receipt from Notion Labs"): the sets write one or the other
            continue
        if other_key in key and (family.name != "seller" or
                                 fold(_COMPANY_FORM.sub(" ", other)) == fold(_COMPANY_FORM.sub(" ", name))):
            # a seller's name with a shorter one inside it is the same party only where the rest is its company's
            # form: "Nykaa" on top and "Sold by: Nykaa E-Retail Pvt. Ltd." may be the brand or the company
            continue
        rivals.append(other)
    return list(dict.fromkeys(rivals))


# a line that names what the payment was for ("paid for Airtel Xstream Fiber" under an app's sum)
# (or a bare "for" in small letters under the sum: "for Airtel Xstream Fiber"; a signature's "For <shop>" is none)
_PAID_FOR = re.compile(r"^\W*(?:paid\s+)?for\s+([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5})\s*$")
# ... and a brand written in small letters after it ("for d2h", "for jio"), on a short line of its own
_FOR_A_BRAND = re.compile(r"^\W*(?:paid\s+)?for\s+[a-z][a-z0-9]{1,11}\W*$")
# a firm's "AND" before its "CO" or "SONS", run onto a word of four or more letters ("BHUTIAAND CO"; not "ANAND CO")
# (a second name between too: "SINHAAND PRASAD ASSOCIATES")
_GLUED_AND = re.compile(r"\b([A-Z]{4,})(AND)\s+(?:[A-Z]{3,}\s+)?(?:CO|SONS|COMPANY|ASSOCIATES|BROTHERS|BROS)\b")


# the rest of a narration's payee in capitals at the next line's start, up to the alert's next sentence
# (not a sentence of its own: "REF. NO …", "INFO. …")
# (or up to the narration's next field: "…UPI/DILIP" over "KUTUM/604509987600.")
_NAME_WRAPPED = re.compile(rf"^(?!(?i:{_ALERT_SENTENCE_WORDS})\b)([A-Z][A-Z&' ]*?[A-Z])(?:\.\s+(?=[A-Za-z])|/)")


def _read_merchant(lines: list[PageLine], median_height: float) -> FieldValue[str]:
    unplaced: list[str] = []
    branches: list[str] = []
    named = _labelled_names(lines, rejected=unplaced, branches=branches)
    if named:
        name, words, family = named[0]
        rivals = _rival_names(name, family, named, lines, branch=name in branches)
        if glued := _GLUED_AND.search(name):
            # a firm's "and" OCR ran into the word before it ("MUKHERJEE BHUTIAAND CO"): the name may be either
            rivals.append(name[:glued.start(2)] + " " + name[glued.start(2):])
        if family.name == "payee" and any(_SENT_FROM.match(line.text) for line in lines):
            # "From" one person "To" another under a shop's name on top: a gift's sender and recipient, or a
            # transfer's; which of the shop and the person was paid is a reader's call
            top = [_name(line.text) for line in below_status_bar(lines)[:1] if plausible_name(_name(line.text))]
            rivals += [other for other in top if fold(other) and fold(other) not in fold(name)
                       and fold(name) not in fold(other)]
        # a word OCR broke in two ("Residents Welfare As ition"): the name is not surely read (a name printed all in
        # small letters, as CRED prints "sai ram auto works", breaks no word)
        # (nor is one with a stray bracket in it, or a company's form OCR misread: "Pvt Lid")
        factor = 0.5 if (split_word(name) and name[:1].isupper()) or stray_bracket(name) or \
            _MISREAD_COMPANY_FORM.search(name) else 1.0
        return FieldValue[str](value=name, confidence=_conf(words, factor), evidence=_evidence(words),
                               basis=f"label:{family.name}", alternatives=list(dict.fromkeys(rivals)))
    for line in below_status_bar(lines)[:2]:
        # a payee label OCR ran into the name on a payment app's top line ("ToRoyalTailors")
        if (glued := _GLUED_PAYEE.match(line.text)) and plausible_name(name := _name(glued.group(1))):
            words = line.words_in(glued.start(1), glued.end(1))
            return FieldValue[str](value=name, confidence=_conf(words), evidence=_evidence(words), basis="label:payee")
    if badged := _over_badge(lines):
        return badged
    if over_handle := _over_upi_id(lines):
        return over_handle
    for index, line in enumerate(lines):
        m = re.search(r"(?:UPI|IMPS|NEFT|RTGS|POS|TRF)/(?:[^/\s]+/)*([A-Za-z][A-Za-z .&']+?)"
                      r"(?=[\s_|~.,:;\-]+(?:[₹$€£%]|Rs\b|INR\b|\d)|\s*$)", line.text)
        if m:
            name = _name(m.group(1))
            if plausible_name(name):
                words = line.words_in(m.start(1), m.end(1))
                if not line.text[m.end(1):].strip() and (nxt := lines[index + 1:index + 2]) and \
                        (wrapped := _NAME_WRAPPED.match(nxt[0].text)) and name.isupper():
                    # the name wrapped onto the next line, up to its sentence's end ("…/GOUR BANGA" over "RESHAM
                    # SUTA. Avl Bal …")
                    name = f"{name} {wrapped.group(1)}"
                    words = words + nxt[0].words_in(wrapped.start(1), wrapped.end(1))
                return FieldValue[str](value=name, confidence=_conf(words, 0.9), evidence=_evidence(words),
                                       basis="narration")
    if sender := _shop_sender(lines):
        return sender
    # a shop receipt or card slip puts its name on top, in larger type than the body
    page = below_status_bar(lines)
    for line in _past_headings(page)[:1]:
        text = _name(line.text)
        under_top = page[page.index(line) + 1:]  # the page below the name on top
        if _PLATFORM.search(line.text) or _PAY_ACTION.fullmatch(line.text) or _BUSINESS_APP.fullmatch(text) or \
                _GATEWAY.fullmatch(text) or any(_APP_TAGLINE.fullmatch(other.text) for other in under_top[:2]):
            # (or a business's own ledger or billing app, "OkCredit" over the entry: the business it keeps books for,
            # payer or payee, is named under it; or a gateway's, "easebuzz" over "Payment link from Mandana Ghar")
            # a payment portal's name on top, not its payee's, or an app bar's "Scan & Pay": a person reads which
            return FieldValue[str]()
        if _SMS_SENDER.fullmatch(line.text.strip()) or _SMS_SENDER.fullmatch(text):
            return FieldValue[str]()  # an SMS alert's sender (the bank that wrote it), not its payee
        if any(_CHAT_MEMBERS.fullmatch(other.text) for other in under_top[:1]):
            return FieldValue[str]()  # a group chat's name over its members ("Bikram, Sonam, Nimkit, You"), not a payee
        # (the maker's name may share its line with the slip's own words after a bar: "Razorpay Pos | e-charge slip")
        maker = re.split(r"\s*\|\s*", text)[0]
        if _TERMINAL_BRAND.fullmatch(maker) or (_TERMINAL_BRAND_FIRST.match(maker) and len(maker.split()) <= 4) or (
                _ACQUIRER.fullmatch(text) and any(_TERMINAL_ID.search(other.text) for other in lines)) or \
                _MERCHANT_EDITION.fullmatch(maker):
            # a card terminal's maker on top of its slip ("EZETAP", "PAYTM EDC", "WORLDLINE"), or the bank that
            # gave the shop the terminal ("STATE BANK OF INDIA" over a slip with its "TID"): the business it
            # belongs to is printed on the line under it
            # (past the slip's own heading or copy banner under the maker: "PAYTM EDC" over "CHARGE SLIP"; and past
            # the maker under the bank: "CITY UNION BANK" over "Pine Labs Plutus")
            under = [other for other in under_top[:3] if not (
                _COPY_BANNER.search(other.text) or _HEADING.fullmatch(other.text) or _SLIP_WORDING.search(other.text)
                or _TERMINAL_BRAND_FIRST.match(_name(other.text)))][:1]
            # (never a locality, the shop's name over it lost: "KADAVANTHRA, KOCHI")
            if under and plausible_name(name := _name(under[0].text)) and not re.search(r"[\d,，;]", under[0].text):
                # (a branch after a dash, "Baghini Print Ghar - Race Course Road": the sets name the shop with it or
                # without it)
                shop = re.split(r"\s+[-–]\s+", name)[0]
                return FieldValue[str](value=name, confidence=_conf(under[0].words, 0.9),
                                       evidence=_evidence(under[0].words), basis="under_terminal",
                                       alternatives=[shop] if shop != name else [])
            return FieldValue[str]()
        if _FASTAG_ACCOUNT.fullmatch(text) and any(_TOP_UP.search(other.text) for other in under_top[:4]):
            # a bank's own FASTag page of a recharge ("ICICI Bank FASTag" over "NETC FASTag | Recharge"): the tag's
            # issuer is paid, its prepaid wallet the bank's (the sets since heldout125)
            return FieldValue[str](value=text, confidence=_conf(line.words, 0.9), evidence=_evidence(line.words),
                                   basis="header")
        if _FUEL_BRAND.fullmatch(text) and (outlet := _outlet_under(lines)) is not None:
            return outlet
        sure = min(w.conf for w in line.words) >= 60 and sum(c.isalpha() for c in text) >= 4
        if sure and plausible_name(text) and line.height < 1.08 * median_height and _signed_for(text, lines):
            # a receipt's letterhead in body type, which its foot signs for ("CORAL RESIDENCY FLAT OWNERS
            # ASSOCIATION" on top, "For Coral Residency" over the signature): the one who received the money
            return FieldValue[str](value=text, confidence=_conf(line.words, 0.9), evidence=_evidence(line.words),
                                   basis="header+signed")
        if sure and plausible_name(text) and line.height >= 1.08 * median_height and len(text) <= 60:
            # an app's name on top of a payment to someone the page names after a verb ("Paid Brooklyn Roasting")
            payees = [m.group(1) for other in lines
                      if (m := _VERB_AND_NAME.match(other.text) or _SUM_SENT_TO.match(other.text))
                      and plausible_name(m.group(1)) and not _STATUS_CUE.search(m.group(1))
                      and _name(m.group(1)) != text]
            # a payout the issuer makes (a dairy society to its member, a firm to its supplier): the name on top
            # is the payer's, not surely the payee's
            payout = _payers_page(lines) or any(_PAYOUT_PARTY.search(other.text) or _PAYOUT_LINE.match(other.text)
                                                for other in lines)
            # ... and so is a bank's portal, its bank's name under it ("FedNet Corporate" over "Federal Bank")
            payout = payout or any(_ACQUIRER.fullmatch(other.text.strip()) for other in below_status_bar(lines)[1:2])
            # ... and so is a letter's sender, its letterhead on top, addressed "To, The Medical Superintendent,"
            # (its "To," alone on its line over the addressee: "To," over "The Secretary,")
            payout = payout or any(
                (to := _ADDRESSED_TO.match(other.text)) and _PARTY_WORD.fullmatch(to.group(1).strip(" ,.:")
                                                                                  or under.text.strip(" ,.:"))
                for other, under in zip(lines, [*lines[1:], lines[-1]], strict=True))
            # a name in larger type just under it: the name on top may be the app's or bank's ("Revolut" over the
            # shop paid)
            # (a money app's card or transfer screen names the shop or person under its own name, in whatever
            # type size: "Wise" over "Pret A Manger")
            money_app = _MONEY_APP.fullmatch(text)
            payees += [name for k, other in enumerate(below_status_bar(lines)[1:5])
                       if (other.height >= 1.15 * line.height or (money_app and k < 2))
                       and plausible_name(name := _name(other.text))
                       and not re.search(r"\d", name) and not _STATUS_CUE.search(name) and name != text]
            # a payee label's name no rule takes for a shop's ("Paid to ICICI Bank Credit Card": a card bill) still
            # says the name on top may be the app's
            payees += [name for name in unplaced if name != text]
            # what the payment was "paid for", named (an app's "Airtel Thanks" on top, "paid for Airtel Xstream Fiber"
            # under the sum): the biller's service may be the one paid
            payees += [m.group(1) for other in lines if (m := _PAID_FOR.match(other.text)) and m.group(1) != text]
            # the same name printed whole further down ("Niva Bupa" on top, "Niva Bupa Health Insurance Co. Ltd" under
            # the sum), or a public office named under it ("Intellectual Property India" over "Geographical Indications
            # Registry"): which of them the payment names is a reader's call
            # (or its line of business: "Bajaj Allianz" over "Bajaj Allianz General Insurance")
            payees += [name for other in under_top if plausible_name(name := _name(other.text))
                       and fold(name).startswith(fold(text)) and fold(name) != fold(text)
                       and (_COMPANY_FORM.search(name) or _LINE_OF_BUSINESS.search(name[len(text):])
                            # (or its government after a comma: "Transport Department" over "Transport Department,
                            # Government of Telangana")
                            or re.match(r"\W*(?:govt\.?|government)\s+of\b", name[len(text):], re.I))]
            # ... or a company's whole name just under it that shares no word with it: an app's name or the company's
            # initials on top ("IL TakeCare" or "MSPDCL" over "… General Insurance Co. Ltd.", "… Company Ltd.")
            # (a name alone on its line: not one under a label, "Consumer name: Tarangini Seafoods Pvt Ltd")
            payees += [name for other in under_top[:3] if ":" not in other.text and plausible_name(name := _name(other.text))
                       and _COMPANY_FORM.search(name) and not set(fold(name).split()) & set(fold(text).split())
                       and not any(fold(payee) in fold(name) for payee in payees)]
            # (a line or two down too, a group's name between: "Bijli Mitra" over "Rajasthan Discoms" over "Ajmer
            # Vidyut Vitran Nigam Ltd"; its government after a comma: "Transport Department, Government of West Bengal";
            # not where a public body on top names its ministry so: "Employees' Provident Fund Organisation" over
            # "Ministry of Labour & Employment, Government of India", nor a parent body "Under the Ministry of Textiles")
            public_on_top = PUBLIC_OFFICE.search(text) or re.search(r"\b(?:organi[sz]ation|council|corporation|agency)\b",
                                                                    text, re.I)
            payees += [name for k, other in enumerate(under_top[:3])
                       if plausible_name(name := _name(other.text)) and PUBLIC_OFFICE.search(name.split(",")[0])
                       and not re.match(r"\W*under\b", name, re.I)
                       and ((k == 0 and "," not in name) or not public_on_top)
                       # (not the body's own office on an address line: "Divisional Office, Fort, Mumbai")
                       and not re.search(r"\d|\boffice\b", name, re.I) and fold(name) not in fold(text)]
            # a shop greeting its customer names itself ("BHARAT PETROLEUM" over "WELCOME TO Krishna Filling
            # Station"): a fuel brand or franchise on top may not be the business paid
            payees += [name for name in _welcomed(lines) if fold(name) not in fold(text) and fold(text) not in fold(name)]
            # a platform's or software's name on top, which the page's foot says it runs on ("Zoho Books" over a
            # vendor payment, "Generated by Zoho Books"): the first name under it may be the business paid (a card
            # terminal's maker never is the payee: read above)
            if any((m := _POWERED_BY.search(other.text)) and fold(m.group(1)) == fold(text) for other in lines):
                payees += _first_name_under(lines, text, depth=3)
            # a bank app's transfer screen ("SIB Mirror+" over "Fund Transfer" … "Debit Account"): the name on top is
            # the payer's bank, the first name under it (past the sum and the account) may be the payee whose label
            # OCR lost
            if any(_OWN_BANK_TRANSFER.search(other.text) for other in lines):
                payees += _first_name_under(lines, text, depth=5, skip_numbered=True)
            # (an acronym OCR broke in its brackets, "… Company Ltd (H ESCOM)": the name is not surely read)
            payout = payout or bool(re.search(r"\([A-Z]{1,2}\s+[A-Z]{2,}\)", text))
            return FieldValue[str](value=text, confidence=_conf(line.words, 0.45 if payout else 0.9),
                                   evidence=_evidence(line.words), basis="header",
                                   alternatives=list(dict.fromkeys(payees)))
    return _slip_name(lines) or FieldValue[str]()


# a card sale's own numbers on its slip (the terminal's are ``_TERMINAL_ID``)
_SLIP_SALE = re.compile(r"\b(?:APPR(?:OVAL)?\.?\s*CODE|AUTH(?:ORI[SZ]ATION)?\.?\s*(?:CODE|NO)|BATCH|RRN|ROC|STAN)\b"
                        r"\s*(?:NO\.?)?\s*[:.#]?\s*[A-Z0-9]{3,}", re.I)
# a slip's own wordings, never the shop's name ("CONTACTLESS SALE", "POS", "CHARGE SLIP"), and the acquiring bank's
# or its arm's ("ICICI MERCHANT SERVICES", "HDFC BANK"; the terminal's maker is ``_TERMINAL_BRAND``)
_SLIP_WORDING = re.compile(r"\b(?:sale|void|refund|pre-?auth|settlement|charge\s*slip|pos|edc|swipe|terminal|"
                           # (a phone turned terminal: "Tap to Pay on phone" under "Razorpay POS")
                           r"tap\s*(?:to|&|and|n)\s*pay|"
                           r"tax\s*invoice|receipt|merchant\s*services?|acquir\w*|payment\s*solutions?|"
                           r"icici|hdfc|sbi|axis|kotak|yes|idfc|rbl|indusind|federal|canara|pnb|citi|hsbc|amex)\b", re.I)


# what a counter's name on a slip says it sells or is ("HARDWARE & PAINTS", "PETROLEUM - BPCL", "HOTEL", "SHIP
# CHANDLERS"): no terminal maker's name says so, nor a mall's or a food court's ("CITY CENTRE MALL" over "LENSKART
# OPTICIANS")
_SHOP_TRADE = re.compile(r"\b(?:hardware|paints?|petroleum|fuels?|filling|service\s*station|hotel|restaurant|stores?|"
                         r"traders?|trading|chandlers?|mart|medicals?|pharma\w*|chemists?|enterprises?|agenc(?:y|ies)|"
                         r"tiles|studio|motors|automobiles?|auto|spares|garage|tyres?|lodge|mess|tiffins?|bakery|"
                         r"sweets|textiles?|emporium|jewell?er[sy]?|electricals?|electronics|opticals?|opticians?|"
                         r"cafe|dhaba|provisions|hpcl|bpcl|iocl?)\b",
                         re.I)


def _slip_name(lines: list[PageLine]) -> FieldValue[str] | None:
    """A card terminal's slip prints the shop's name on its first line in capitals, in the slip's own type ("THE
    BACKWATER HUB" over its locality and town): read there when nothing else names the payee. Never one word alone,
    a line with a comma (a locality, the name above it lost), a bank's, payment firm's or terminal maker's name, or
    the name the slip's foot says it runs on ("POWERED BY RAZORPAY POS"); a second name under it is a rival."""
    if not (any(_TERMINAL_ID.search(line.text) for line in lines) and any(_SLIP_SALE.search(line.text)
                                                                         for line in lines)):
        return None
    top = _past_headings(below_status_bar(lines))
    if not top:
        return None
    line, text = top[0], _name(top[0].text)
    runs_on = [fold(m.group(1)) for other in lines if (m := _POWERED_BY.search(other.text))]
    # (a single word on top may be the town, the shop's name over it lost: "PUNE")
    if not (text.isupper() and plausible_name(text) and len(text.split()) >= 2
            and min(w.conf for w in line.words) >= 60) or re.search(r"[\d,，;]", line.text) \
            or _BANK_WORDS.search(text) or _ACQUIRER.fullmatch(text) or _TERMINAL_BRAND.search(text) \
            or _SLIP_WORDING.search(text) or _PLATFORM.search(text) or fold(text) in runs_on:
        return None
    # (a second name of words in capitals under it, too: the top line may be a terminal maker the lexicon lacks, "EZY
    # SWIPE" over "BHILAI TILES & BATH STUDIO"; a single word there is the town, and so are two under a top line that
    # names its trade, "KAMAT HARDWARE & PAINTS" over "MAPUSA GOA")
    trade = bool(_SHOP_TRADE.search(text))
    rivals = [name for other in top[1:2] if (_COMPANY_FORM.search(other.text) or (
              other.text.isupper() and len(other.text.split()) >= 2 and not re.search(r"[\d,，;]", other.text)
              and (not trade or _SHOP_TRADE.search(other.text))))
              and plausible_name(name := _name(other.text)) and fold(name) != fold(text)]
    return FieldValue[str](value=text, confidence=_conf(line.words, 0.85), evidence=_evidence(line.words),
                           basis="slip_header", alternatives=rivals)


# a receipt's sign-off at its foot, for the one who issued it ("For Coral Residency" over the signature)
SIGNED_FOR = re.compile(r"^\W*for\s*,?\s+(?:m/s\.?\s*)?([A-Za-z][\w.&'\- ]{2,60}?)\W*$", re.I)
# a page that says it is a receipt for money received (not a payer's voucher)
_RECEIPT_OF_MONEY = re.compile(r"\breceived\s+with\s+thanks\b|^\W*(?:[A-Za-z]+\s+)?receipt(?:\s+voucher)?\W*$", re.I)


def _signed_for(top: str, lines: list[PageLine]) -> bool:
    """Whether a receipt of money received signs for the name on top (the sign-off's words open it) and pays no one."""
    if not any(_RECEIPT_OF_MONEY.search(line.text) for line in lines) or any(_PAYOUT_PARTY.search(line.text)
                                                                              for line in lines):
        return False
    signed = [fold(m.group(1)) for line in lines[1:] if (m := SIGNED_FOR.match(line.text))]
    return any(len(name) >= 6 and fold(top).startswith(name) for name in signed)


def _first_name_under(lines: list[PageLine], top: str, *, depth: int, skip_numbered: bool = False) -> list[str]:
    """The first name-like line among the ``depth`` under the page's top line (``skip_numbered``: none with a digit),
    as a list of at most one."""
    return [name for other in below_status_bar(lines)[1:1 + depth]
            if plausible_name(name := _name(other.text)) and name != top
            and not (skip_numbered and re.search(r"\d", other.text)) and not _STATUS_CUE.search(name)][:1]


_ADDRESSED_TO = re.compile(r"^\W*to\b[\s,:]*(.+?)[\s,.:]*$", re.I)
# (and a rail's transfer screen: "IMPS transfer" under FedMobile's name)
_OWN_BANK_TRANSFER = re.compile(r"\bfund\s*transfer\b|\bdebit\s*(?:account|a/?c)\b|\bbeneficiary\s*(?:a/?c|account)\b|"
                                r"^\W*(?:imps|neft|rtgs)\s*transfer\W*$", re.I)
# (and the accounting software a voucher was made in: "Zoho Books" on top, "Generated by Zoho Books" at its foot)
_POWERED_BY = re.compile(r"\b(?:powered|generated|created)\s*(?:by|with|using|in)\s*:?\s*([A-Za-z][\w .&]*?)\W*$",
                         re.I)


def _over_badge(lines: list[PageLine]) -> FieldValue[str] | None:
    """The shop a payment app scanned, printed over its verification badge in type no smaller than the badge's."""
    for above, badge in zip(lines, lines[1:]):
        if not _BADGE.fullmatch(badge.text) or above.height < badge.height:
            continue
        # (the sum on the name's row is no part of it: "Ayyappa Tea Stall INR 3,092.03")
        name = _name(paid.group(1) if (paid := _NAME_THEN_SUM.match(above.text)) else above.text).strip("\"'“”‘’ ")
        # (a digit or a semicolon left in it is a row OCR ran into the name: "Lakshmi Paidto Fancy Stores ; ws Rs 206")
        if plausible_name(name) and not re.search(r"[\d;]", name) and not _PAY_ACTION.fullmatch(above.text) \
                and not _SENT_FROM.match(above.text) and not _STATUS_CUE.search(name):
            return FieldValue[str](value=name, confidence=_conf(above.words, 0.9), evidence=_evidence(above.words),
                                   basis="badge")
    return None


def _over_upi_id(lines: list[PageLine]) -> FieldValue[str] | None:
    """The one paid, named alone over its "UPI ID:" on a payment app's receipt (Paytm's "Payment Pending" / "Rohit
    Malhotra" / "UPI ID: rohitmalhotr97@paytm"), or over a bare handle that begins with the name's first word (FamApp's
    "Navalgund Jamkhana Mane" / "navalgund.mahila@okicici", under the app's own name on top); not under a label of its
    own ("From", "Received from": the payer)."""
    for index, (name_line, below) in enumerate(pairwise(lines)):
        bare = _BARE_HANDLE_LINE.fullmatch(below.text)
        if not (_UPI_ID_LINE.match(below.text) or (bare and _handle_begins(bare.group(1), name_line.text))):
            continue
        above = lines[index - 1].text if index else ""
        name = _name(name_line.text)
        if plausible_name(name) and proper_name(name) and not re.search(r"[\d:;@]", name) \
                and not _STATUS_CUE.search(name) and not _SENT_FROM.match(above) and not _PAYER_ABOVE.search(above):
            return FieldValue[str](value=name, confidence=_conf(name_line.words, 0.9),
                                   evidence=_evidence(name_line.words), basis="upi_id")
        return None
    return None


_UPI_ID_LINE = re.compile(r"^\W*(?:UPI\s*ID|VPA)\s*:?\s*[\w.\-]+@\s?[A-Za-z]{2,}\W*$", re.I)
_PAYER_ABOVE = re.compile(r"\b(?:from|received|by|sender|payer|debited)\W*$", re.I)
# a UPI ID (or an e-mail address) anywhere on a line, and one alone on its line (marks around it)
_HANDLE = re.compile(r"(?<![\w.\-])([A-Za-z][\w.\-]*)@\s?[A-Za-z]{2,}")
_BARE_HANDLE_LINE = re.compile(r"\W*([A-Za-z][\w.\-]*)@\s?[A-Za-z]{2,}\W*")


def _handle_begins(handle: str, name: str) -> bool:
    """Whether a UPI handle's letters begin with the first word of ``name`` (four letters or more)."""
    first = re.sub(r"[^a-z]", "", (name.split() or [""])[0].casefold())
    return len(first) >= 4 and handle.casefold().startswith(first)


def handle_spells_otherwise(name: str, lines: list[PageLine]) -> str | None:
    """A UPI ID on the page whose name part spells the payee's name with one letter otherwise ("raunaqband.lko@okicici"
    under "Raunag Band"): one of the two was misread, and which is a reader's call."""
    own = re.sub(r"[^a-z]", "", name.casefold())
    if len(own) < 5:
        return None
    for line in lines:
        for m in _HANDLE.finditer(line.text):
            letters = re.match(r"[a-z]*", m.group(1).casefold()).group(0)
            if len(letters) == len(own) and sum(a != b for a, b in zip(letters, own, strict=True)) == 1:
                return m.group(0)
    return None


# a payment app's badge under the shop it scanned ("Verified merchant", "✓ Verified business"; its tick read "V")
_BADGE = re.compile(r"\W*(?:[v✓✔]\s?(?=verified))?verified(?:\s*(?:merchant|business|seller|payee))?\W*", re.I)
# an app bar's title naming the act of paying ("← Scan & Pay", "Pay merchant"): no payee's name
_PAY_ACTION = re.compile(r"\W*(?:scan\s*(?:&|and)?\s*pay|scan\s*any\s*qr(?:\s*code)?|pay(?:ing)?(?:\s*(?:to\s*)?merchant)?|"
                         r"payment)\W*", re.I)


def _welcomed(lines: list[PageLine]) -> list[str]:
    """The business each "Welcome to" line names, on its row or alone on the line under it."""
    return [name for index in range(len(lines))
            if (found := _welcome_at(lines, index)) is not None and plausible_name(name := found[0])]


def _welcome_at(lines: list[PageLine], index: int) -> tuple[str, list[OcrWord]] | None:
    """The business line ``index`` welcomes its customer to, on its row or alone on the line under it ("" when
    neither prints one), with its words; None when the line is no "Welcome to"."""
    if not (m := _WELCOME.match(lines[index].text)):
        return None
    if m.group(1):
        return _name(m.group(1)), lines[index].words_in(m.start(1), m.end(1))
    under = lines[index + 1] if index + 1 < len(lines) else None
    return (_name(under.text), under.words) if under is not None else ("", [])


_WELCOME = re.compile(r"^\W*welcome\s*t[o0]\b\W*(.*?)\W*$", re.I)

# an oil company's name on top of a fuel station's slip or a gas distributor's cash memo, with its fleet card's, its LPG
# brand's or its form ("INDIANOIL XTRAPOWER", "HPCL DriveTrack Plus", "Indane (IndianOil)", "HP GAS"): the station or
# the distributor is a dealer's, the business paid
_FUEL_BRAND = re.compile(r"(?:indian\s*oil|iocl?|hp(?:cl)?|hindustan\s*petroleum|bpcl|bharat\s*petroleum|nayara(?:\s*energy)?|"
                         r"jio[\s\-]*bp|indane|hp\s*gas|bharat\s*gas)(?:\s+(?:xtra\s*power|drive\s*track(?:\s*plus)?|"
                         r"smart\s*fleet|fleet(?:\s*card)?|corporation|corp|ltd|limited|\(\s*indian\s*oil\s*\)))*", re.I)
# a fuel station's own name ("GURU NANAK FILLING STATION", "NEW HIGHWAY SERVICE STN", "Shree Ram Petroleum", "Balaji
# Fuels", "M/S AMBIKA PETRO CENTRE", "Kisan Seva Kendra"), or a gas distributor's ("UTKAL GAS AGENCY")
_OUTLET = re.compile(r"\b(?:filling|service|fuel|petrol|diesel)\s*(?:station|stn|point|centre|center|pump)\b|\bfuels?\b|"
                     r"\bpetroleums?\b|\bpetro\s*(?:centre|center|point|station)\b|\bkisan\s*seva\s*kendra\b|"
                     r"\bgas\s*(?:agency|agencies|service|distributors?|enterprises?)\b", re.I)


def _outlet_under(lines: list[PageLine]) -> FieldValue[str] | None:
    """The fuel station named on one of the two lines under an oil company's name on top, or welcoming its customer
    there ("WELCOME TO" over "NEW INDIA AUTOMOBILES"), if one is."""
    top = below_status_bar(lines)[1:4]
    for index in range(len(top)):
        if (found := _welcome_at(top, index)) is not None and found[0]:
            name, words = found
            if plausible_name(name) and not re.search(r"\d", name):
                return FieldValue[str](value=name, confidence=_conf(words, 0.9), evidence=_evidence(words),
                                       basis="under_fuel_brand")
            return None
    for under in top[:2]:
        name = _name(under.text)
        if _OUTLET.search(name) and not _WELCOME.match(under.text) and not _FUEL_BRAND.fullmatch(name) and plausible_name(name) \
                and not re.search(r"\d", name):
            return FieldValue[str](value=name, confidence=_conf(under.words, 0.9), evidence=_evidence(under.words),
                                   basis="under_fuel_brand")
    return None

# money apps whose own name heads their card-payment and transfer screens
# the firms whose card terminals print the slips ("WORLDLINE", "Pine Labs", "Mswipe") and name themselves on top
_TERMINAL_BRAND = re.compile(r"worldline|pine\s*labs|ezetap|mswipe|innoviti|ingenico|verifone|bharat\s*pe|mosambee|"
                             r"getepay|sbi\s*payments|"
                             r"(?:razorpay|paytm|phonepe)\s*(?:pos|edc)", re.I)
# ... and one named first on a short line, a whole word ("EZETAP BY RAZORPAY"; "Bharat Petroleum" is no "BharatPe")
_TERMINAL_BRAND_FIRST = re.compile(rf"(?:{_TERMINAL_BRAND.pattern})\b", re.I)
# a bank's name alone, in any case ("STATE BANK OF INDIA", "HDFC BANK", "Bank of Baroda"), and a card terminal's own
# numbers on its slip ("TID: 39939092", "MID: 234881893734585")
_ACQUIRER = re.compile(r"(?:[A-Za-z&.]+\s+){0,3}bank(?:\s+of\s+[A-Za-z]+)?(?:\s+(?:ltd|limited))?\.?", re.I)
# (also spelled "T.ID", "M.ID", "TER ID", "MER ID", "TERMINAL ID", "MERCHANT ID", a terminal's id with letters in it)
_TERMINAL_ID = re.compile(r"\b(?:T\.?\s?ID|M\.?\s?ID|TER(?:MINAL)?\.?\s*ID|MER(?:CHANT)?\.?\s*ID)\b\s*(?:NO\.?)?\s*[:.#：]?"
                          r"\s*(?=[A-Z0-9]*\d)[A-Z0-9]{6,}", re.I)
_MONEY_APP = re.compile(r"wise|revolut|monzo|n26|starling|paypal|venmo|cash\s*app|chime|curve|bunq", re.I)
# a business's ledger or billing app on top of its entry ("OkCredit", "Khatabook", "Vyapar", "myBillBook")
_BUSINESS_APP = re.compile(r"ok\s*credit|khata\s*book|(?:smart\s*hub\s*)?vyapar|my\s*bill\s*book", re.I)
# a payment app's edition for the shops it collects for, on top of a payment received ("YONO Merchant", "PhonePe
# Business"): the shop is named under it, as under a card terminal's maker (not a bank's app for businesses that pay
# their suppliers: "YONO Business")
_MERCHANT_EDITION = re.compile(r"yono\s*merchant|(?:paytm|phone\s*pe|google\s*pay|g\s*pay|amazon\s*pay|mobikwik|bhim)\s*"
                               r"(?:for\s*)?(?:business|merchants?)(?:\s*app)?", re.I)
# ... or known by the tagline under its name ("Swipe" over "Billing & Invoicing")
_APP_TAGLINE = re.compile(r"\W*(?:gst\s*)?(?:billing|invoicing|accounting|bookkeeping)(?:\s*(?:&|and)\s*(?:billing|invoicing|"
                          r"accounting|inventory|payments))?(?:\s*(?:app|software))?\W*", re.I)
# ... or a payment gateway's own page (a payment link's, a checkout's): it collects for the business it names below
_GATEWAY = re.compile(r"easebuzz|razorpay|cashfree(?:\s*payments)?|payu|instamojo|cc\s*avenue|paytm\s*payment\s*gateway|"
                      r"phonepe\s*payment\s*gateway|juspay|billdesk", re.I)
# (its id: "PayU ID", "Cashfree Payment ID")
_GATEWAYS_ID = re.compile(rf"\b(?:{_GATEWAY.pattern})\s*(?:payment\s*)?id\b", re.I)
# a payment platform's name ("MyLease Portal", "Payments by PropertyNet", "ResidentPay"): it collects for the payee
_PLATFORM = re.compile(r"(?i:\bportal\b|\bpayments?\s*by\b|\bpowered\s*by\b)|(?<=[a-z])Pay\b")
# an SMS sender id as India's registry issues them ("AD-KOTAKB", "VM-HDFCBK", "JD-SBIINB-S") over an alert
_SMS_SENDER = re.compile(r"[A-Z]{2}-[A-Z0-9]{6}(?:-[A-Z])?")
# ... and one among other marks on its line ("< @ VK-HESCOM")
_SMS_SENDER_ON_LINE = re.compile(rf"(?<![\w-]){_SMS_SENDER.pattern}(?![\w-])")
# a group chat's members under its name, the reader last ("Bikram, Sonam, Nimkit, You")
_CHAT_MEMBERS = re.compile(r"\W*(?:[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*)?\s*,\s*)+You\W*")
# a title's section or qualifier after a dash ("… VOUCHER - CUTTING SECTION", "… VOUCHER - DAILY RATED")
# (its commas, PP-OCR's full-width one too, a bracket and a count: "… WAGES - DOUBLE IKAT, PER SAREE", "- PER SAREE
# (PIT LOOM)", "- PER 100 METRES")
_TITLE_SECTION = r"(?:\s*[-–]\s*[A-Za-z0-9 ,，()]{1,30})?"
# a day's or the piece's wages in Hindi ("majuri", "mazdoori") and in the south ("kooli")
_WAGE_WORD = r"(?:wages?|majuri|majoori|mazdoori|mazduri|kooli|coolie)"
# what a firm pays its people for their work
# (and what a firm gives its people for a festival: "EIDI VOUCHER", a "BONUS VOUCHER")
_PEOPLES_PAY = rf"(?:stipend|salary|{_WAGE_WORD}|commission|incentive|honorarium|bata|payout|bonus|eidi)"
# the title of a document its issuer sends when it pays someone ("Payment Advice" from a lender to a dealer, "PAYMENT
# VOUCHER - EXCHANGE VEHICLE", a title line naming what it pays for: "JOB WORK PAYMENT VOUCHER", a platform's "Settlement
# advice - fleet partner"): the name on top is the payer's
_PAYERS_DOCUMENT = re.compile(r"^\W*(?:payment|remittance|disbursement|disbursal|settlement|payout)\s*(?:advice|voucher)\b|"
                              r"^\W*(?:[A-Za-z]+'?\s+){1,3}(?:payment|remittance|disbursement|disbursal|settlement|payout)\s*(?:advice|voucher)"
                              # (a bus operator's "CREW TRIP SETTLEMENT VOUCHER" to its cleaner, a band's "MUSICIANS'
                              # PAYMENT VOUCHER", a tea garden's "WAGE PAYMENT VOUCHER - DAILY RATED")
                              + _TITLE_SECTION + r"\W*$|"
                              # an employer's payslip ("Payslip for September 2026", "SALARY SLIP")
                              r"^\W*(?:pay|salary|wage)\s*slip\b|"
                              # a platform's statement of what it paid its partner ("Your weekly payout statement")
                              r"^\W*(?:[A-Za-z]+\s+){0,3}payout\s*statement\W*$|"
                              # a billing app's record of money paid out ("Payment Out")
                              r"^\W*payment\s*out\W*$|"
                              # ... or an accounts system's numbered record of a bill it paid ("Bill Payment #BP-65996")
                              r"^\W*bill\s*payment\s*#\s*[A-Z0-9][\w/-]*\W*$|"
                              # a gallery's or a shop's account of its consignor's works sold ("CONSIGNMENT SALES
                              # STATEMENT"): what it pays the consignor
                              r"^\W*(?:[A-Za-z]+\s+){0,2}consignment\s*(?:sales\s*)?(?:statement|settlement|account)\W*$|"
                              # a brand's or an insurer's settlement of the claims a partner made ("ASP claim settlement")
                              r"^\W*(?:[A-Za-z]+\s+){0,3}claims?\s*settlement\W*$|"
                              # a voucher for what a firm refunds, makes good or advances ("REFUND VOUCHER", "COMPENSATION
                              # VOUCHER"; not a receipt voucher or a gift voucher)
                              r"^\W*(?:expense|refund|"
                              # (a brand's "PROFESSIONAL FEE VOUCHER" to the creator it paid)
                              r"compensation|(?:professional\s*|consultancy\s*|content\s*)?fees?|"
                              # (a showroom's "STAFF ADVANCE VOUCHER" to an employee)
                              r"(?:staff\s*|salary\s*)?advance)\s*"
                              r"voucher\W*$|"
                              # (and the slip of an advance to a worker: "ADVANCE SLIP"; a fee slip is a school's own)
                              r"^\W*(?:staff\s*|salary\s*|wages?\s*)?advance\s*slip\W*$|"
                              # ... or for what it pays its people, with up to two words before the pay or a second pay
                              # after an ampersand ("STIPEND VOUCHER", "PIECE-RATE WAGES VOUCHER", "SALARY & INCENTIVE
                              # VOUCHER"; not a fee's with words before it: a "TUITION FEE VOUCHER" is the school's own)
                              # (and a section after a dash: "KARIGAR WAGE VOUCHER - CUTTING SECTION")
                              rf"^\W*(?:[A-Za-z'\-]+\s+){{0,2}}{_PEOPLES_PAY}(?:\s*(?:&|and|\+)\s*{_PEOPLES_PAY})?\s*voucher"
                              + _TITLE_SECTION + r"\W*$|"
                              # ... or a title of what it pays its people for a period or by the piece ("WEEKLY
                              # WAGES - POLISHING FLOOR", "MONTHLY SALARY"; a workshop's karigars' pay sheet)
                              rf"^\W*(?:weekly|monthly|fortnightly|daily|piece[\s-]*(?:rate|work)?)\s+{_PEOPLES_PAY}"
                              rf"(?:\s*(?:&|and)\s*{_PEOPLES_PAY})?{_TITLE_SECTION}\W*$|"
                              # ... or for the work it pays, its slip's own word after it ("BLOCK PRINTING WAGES - PER
                              # METRE PRINTED", "CHHAPAI MAZDOORI PARCHI - BAGRU", "ASU KOOLI CHITTI - INTI PANI";
                              # no law's "MINIMUM WAGES")
                              rf"^\W*(?!minimum\b)(?:[A-Za-z'\-]+\s+){{0,3}}{_WAGE_WORD}"
                              r"(?:\s+(?:slip|parchi|chitti|rasid|receipt|card))?" + _TITLE_SECTION + r"\W*$|"
                              # ... or a job worker's for the piece ("PIECE WORK PAYMENT SLIP - HANDLOOM RUGS")
                              r"^\W*(?:piece[\s-]*(?:rate|work)|job[\s-]*work)\s+(?:payment\s+)?(?:slip|voucher)"
                              + _TITLE_SECTION + r"\W*$|"
                              # ... or its slip ("STAFF COMMISSION PAYOUT SLIP", "SALARY SLIP", "PAY SLIP", a fish
                              # plant's "WAGE SLIP CUM VOUCHER")
                              r"^\W*(?:[A-Za-z]+\s+){0,3}(?:payout|salary|wages?|commission|stipend|incentive|pay)\s*"
                              r"slip(?:\s*cum\s*(?:voucher|receipt))?\W*$",
                              re.I)
# a person a firm pays for their work, who signs its record of the pay
_PAID_PERSON = r"(?:artist|worker|workman|labou?rer|karigar|artisan|weaver|painter|payee)"
# a firm's record of what it paid one of its people, known by its lines whatever its title ("SEASON SETTLEMENT - AGARIYA
# ACCOUNT" over "Net wages paid", "KANI WEAVING - MAZDOORI VOUCHER" over "Gross mazdoori" and "Net paid to karigar"; PP-OCR:
# "Netwagespaid") or by the foot the one paid signs ("Signature / thumb impression of karigar")
_PEOPLES_PAY_LINE = re.compile(rf"^\W*(?:gross|net|total)\s*{_PEOPLES_PAY}(?!(?!paid)[a-z]{{3}})|^\W*net\s*(?:amount\s*)?paid\s*to(?!tal)|"
                               # (the sum "paid to weaver (net)", "paid to karigar")
                               r"\bpaid\s*to\s*(?:the\s*)?(?:weaver|worker|workman|labou?rer|karigar|artisan|winder)s?\b|"
                               # (or "Thumb / signature of the worker", "Angootha / hastakshar (thumb / signature)")
                               r"\bthumb\s*(?:impression\b|[/&]|(?:and|or)\b)|"
                               # (or the one paid signs it by their trade: "Artist's signature", "Signature of weaver")
                               rf"\b{_PAID_PERSON}['’]?s?\s*signature\b|\bsignature\s*of\s*(?:the\s*)?{_PAID_PERSON}\b", re.I)
# the party a payout slip pays, by its label ("Member Name", "Producer No.", "Farmer", "Supplier Code")
_PAYOUT_PARTY = re.compile(r"\b(?:member|producer|farmer|supplier)\s*(?:name|no\b|code|id)", re.I)
# a platform's page of what it pays its partner, by its own labels ("Payout initiated", "Net payout", "Payout ID")
_PAYOUT_LINE = re.compile(r"^\W*(?:net\s*)?payouts?\b", re.I)
# a payer's letter of what it paid ("We have made the payment below against your bills", "Sub: Payment against your
# invoices")
_PAYERS_LETTER = re.compile(r"\bwe\s+have\s+(?:today\s+)?(?:made|released|remitted|transferred)\s+(?:the\s+|our\s+)?"
                            # (or the sum itself: "We have released Rs. 1,34,000/- towards the durries")
                            r"(?:payment|remittance|an?\s+(?:sum|amount)\b|(?:rs\.?|inr|₹)\s*\d)|"
                            r"\bpayments?\s+(?:made\s+|released\s+)?against\s+your\s+(?:bills?|invoices?)\b|"
                            # (a payables mail: "the details of a payment made to your bank account")
                            r"\bpayments?\s+made\s+to\s+your\s+(?:bank\s+)?(?:account|a/c)\b", re.I)
# a payee named after the payment's verb alone, no label's "to" ("Paid Brooklyn Roasting Co", "Sent Asha K"); not a
# stamp's words after it ("PAID IN FULL", "PAID WITH THANKS", "PAID BY UPI"): how or how much, no one named
_VERB_AND_NAME = re.compile(r"^\s*(?i:paid|sent|pay)\s+"
                            r"(?!(?i:in|by|via|with|on|at|for|from|through|using|up|out|back|off|full)\b)"
                            r"([A-Z][\w&'.-]*(?:\s+[A-Z][\w&'.-]*){0,5})\s*$")
# a sum and the "to" after it ("£127.66 GBP to")
_SUM_TO = r"(?i:[₹$€£]|rs\.?|inr|usd|eur|gbp)?\s*\d[\d,.]*\s*(?:[A-Z]{3})?\s*(?i:to)\s*"
_SUM_THEN_TO = re.compile(rf"^\s*{_SUM_TO}([A-Z].*)$")
_GLUED_PAYEE = re.compile(r"^\s*(?:Paid\s?to|Sent\s?to|To)([A-Z][a-z][\w&'.\- ]*?)\s*$")
# a whole sum with its mark ("Vinod Rawat Rs.13548"), or a bare number, which is the sum only if the page prints it
# again ("Debited from XXXXXX1998 15070")
_NAME_THEN_WHOLE_SUM = re.compile(r"^(.*?[A-Za-z].*?)\s+(?i:[₹$€£]|rs\.?|inr)\s*\d[\d,]*\s*$")
_NAME_THEN_NUMBER = re.compile(r"^(.*?[A-Za-z].*?)\s+(\d[\d,]{2,})\s*$")


def _printed_elsewhere(number: str, lines: list[PageLine], own: PageLine) -> bool:
    digits = number.replace(",", "")
    return any(re.search(rf"(?<![\w.]){digits}(?!\w)", line.text.replace(",", "")) for line in lines
               if line is not own)


_NAME_THEN_SUM = re.compile(r"^(.*?[A-Za-z].*?)\s+(?i:[₹$€£]|rs\.?|inr)?\s*\d[\d,.]*[.,]\d{2}\s*$")  # (OCR's "5.740.36" too)
# ... or after the sum and "to", in a wallet's sentence ("You sent £127.66 GBP to Northern Knits Ltd"; run together)
_SUM_SENT_TO = re.compile(rf"^\s*(?i:you\s*)?(?i:sent|paid|transferred)\s*{_SUM_TO}"
                          r"([A-Z][\w&'.-]*(?:\s*[A-Z&][\w&'.-]*){0,5})\s*$")


# wordings that point at a payee, a shop or a business name in any layout, wider than the label lexicon: with
# no merchant read, a page that prints one of them names a merchant we could not read
_MERCHANT_CUE = re.compile(
    r"\b(?:(?:paid|sent|payment|transfer(?:red)?|credited|money\s*sent|you\s*paid|receipt|invoice)\s*(?:to|from)|"
    r"you\s*paid|payee|recipient|beneficiary|merchant|(?:store|shop|outlet)(?!\s*(?:no\.?|#)?\s*\d)|seller|sold\s*by|"
    r"biller|billed\s*by|"
    r"vendor|supplier|restaurant|hotel|pharmacy|chemists?|medicos?|medical|stores|mart|bazaar|cafe|bhavan|"
    r"ltd|limited|pvt|inc|llc|gmbh|plc|s\.?a\.?r\.?l|station|airlines?|railways?|insurance|hospital|clinic)\b",
    re.I)


_DOCUMENT_KIND = re.compile(r"(?:e-?)?(?:ticket|receipt|invoice|bill|recharge|booking|order|statement|confirmation|"
                            r"summary|slip|memo|voucher|acknowledg\w*|alert)s?", re.I)


# a heading that only names the document ("Order receipt", "Tax Invoice", "Your e-receipt")
# (also an app's page title under its back arrow: "< Order details", "Transaction details")
_HEADING = re.compile(rf"(?:\W*(?:your|order|tax|payments?|sales|cash|transactions?|details|notifications?|history|debit|credit|(?:e-?)?charge|"
                      rf"{_DOCUMENT_KIND.pattern})\b)+\W*",
                      re.I)
# a page paying a bank: a card bill (the parser's wordings for it, or any "credit card"), a loan or its EMI
_PAYS_THE_BANK = re.compile(_CARD_BILL.pattern + r"|credit\s*card|\bloan\b|\bemi\b", re.I)
_BANK_NAME = re.compile(r"(?:[A-Z][A-Za-z&.]*\s+){1,3}Bank(?:\s+(?:Ltd|Limited|plc|N\.?A\.?))?\.?")


_COPY_BANNER = re.compile(r"\b(?:customer|merchant|cardholder|card\s*holder)\s*copy\b|^\W*(?:duplicate|original|copy)\W*$",
                          re.I)


def _past_headings(lines: list[PageLine]) -> list[PageLine]:
    """The lines from the first that is neither a slip's copy banner ("*** CUSTOMER COPY ***") nor a heading that only
    names the document ("Order receipt"), nor a mail's subject over its sender's line ("Renewal premium received" over
    "PNB MetLife <noreply@…>"): where a name on top would be."""
    while lines and (_COPY_BANNER.search(lines[0].text) or _HEADING.fullmatch(lines[0].text) or (
            _mail_subject(lines, 0))):
        lines = lines[1:]
    return lines


# an app's buttons and dividers ("Done", "Today", "Home")
_UI_WORD = re.compile(r"done|today|yesterday|home|close|back|next|help|support|share|download|view|more|menu|ok(?:ay)?|"
                      r"history|details|search|settings|profile|offers|rewards", re.I)
# a payment app's name alone on its line: the apps never a payee, and those whose name may also be a word or a place
# ("Navi Mumbai"), which no name rule holds
_PAYMENT_APP = re.compile(r"\W*(?:" + _MONEY_APPS + r"|bhim\s*upi|cred|navi|pop\s*upi|kiwi)\W*", re.I)


# a GST or income-tax challan's own page: the GST portal's or the Income Tax Department's name alone on a line, its
# form (GST PMT-06, ITNS 281)
_TAX_CHALLAN = re.compile(r"^\W*(?:goods\s*and\s*services\s*tax|income\s*tax\s*department)\W*$|"
                          r"\bPMT\s*-?\s*06\b|\bITNS\s*2\d\d\b", re.I)


def tax_challan(lines: list[PageLine]) -> bool:
    """Whether the page is a GST or income-tax challan's receipt, which names no payee."""
    return any(_TAX_CHALLAN.search(line.text) for line in lines)


_TAX_ON_TOP = re.compile(r"\W*(?:goods\s*(?:and|&)\s*services\s*tax|income\s*tax\s*department)\W*", re.I)


def merchant_unsure(lines: list[PageLine], median_height: float) -> bool:
    """With no merchant read: does the page still show something that may be one (a name-like first line,
    a statement narration, a payee or business wording)? Then the merchant is not positively absent."""
    challan = tax_challan(lines)
    lines = _past_headings(below_status_bar(lines))
    if challan:
        # a GST or income-tax challan names no payee: absent, not unread; but the tax named on top of its receipt
        # ("Goods and Services Tax" over a PMT-06) is the payee to heldout262 and heldout284, absent to heldout147 to
        # heldout154: a person's to read
        return any(_TAX_ON_TOP.fullmatch(line.text) for line in lines[:2])
    if not lines:
        return False
    first = _name(lines[0].text)
    if plausible_name(first) and not re.search(r"\d", first):
        return True
    # an SMS's sender on top after the phone's back arrow and an icon OCR read as marks ("< @ VK-HESCOM"): a biller's
    # message names it
    if _SMS_SENDER_ON_LINE.search(lines[0].text):
        return True
    # a period on top ("April-June" on a fee counterfoil): the heading that names the payee was not read above it
    if _PERIOD_ONLY.fullmatch(lines[0].text):
        return True
    # a bank's name on top: the bank is the payee of its own card bill or loan ("HDFC Bank" over "Credit Card
    # Payment Acknowledgement"), not only the app that moved the money
    if _BANK_NAME.fullmatch(CAMEL_JOIN.sub(" ", first)) and any(_PAYS_THE_BANK.search(line.text) for line in lines):
        return True
    # a web address on top ("MotorTax.ie", "shop.example.com"): the payee's site
    if re.fullmatch(r"(?:www\.)?[A-Za-z][\w\-]*(?:\.[A-Za-z][\w\-]*)*\.[A-Za-z]{2,4}", lines[0].text.strip()):
        return True
    # one capitalised word on top ("RideKaro"): the words a brand's camel case joins ("Ride") name the brand,
    # not a heading, so only the whole word is checked against the heading wordings
    if first.isalpha() and len(first) >= 3 and first[:1].isupper() and not _NOT_A_NAME.search(first):
        return True
    # a name before the document's kind ("BusKaro e-Ticket", "Uber Receipt"; not "ICICI Bank")
    words = first.split()
    while words and _DOCUMENT_KIND.fullmatch(words[-1]):
        words.pop()
    if 0 < len(words) < len(first.split()) and all(w[:1].isupper() and w.isalpha() for w in words):
        return True
    # a brand and the page's section on one header line ("Airtel · My Account", "Vi | Recharge")
    brand = _name(re.split(r"\s[·|•\-–]\s|\s·|·\s", lines[0].text)[0])
    if brand != first and len(brand.replace(" ", "")) >= 2 and brand[:1].isupper() and not re.search(r"\d", brand) \
            and not _NOT_A_NAME.search(brand):
        return True
    # a name with digits in it, on top in larger type ("24HourFitness", "7-Eleven")
    if re.search(r"\d", first) and plausible_name(re.sub(r"[\d\-]", "", first)) \
            and lines[0].height >= 1.08 * median_height:
        return True
    for line in lines[:8]:
        # a Title-Case name of two words or more near the top ("Tata Play DTH" under a status heading; run
        # together by OCR: "NewJantaDairy")
        name = _name(line.text if _NOT_A_NAME.search(line.text) else CAMEL_JOIN.sub(" ", line.text))
        # (an icon beside it read as a mark and a letter: "Farzana Begum @t")
        name = re.sub(r"\s+(?=\S{0,2}[^\w\s])\S{1,3}$", "", name)
        words = name.split()
        if 2 <= len(words) <= 6 and plausible_name(name) and not re.search(r"\d", name) and sum(
                w[:1].isupper() for w in words) >= 0.7 * len(words):
            return True
    # a payee label whose value no rule takes for a name ("To" over "Union Bank of India XX2838")
    if _payee_labels(lines):
        return True
    # a service named "for" in small letters under an app's sum ("for Tata Play"; a brand in small letters too, "for
    # d2h"): the biller paid, unread
    if any(_PAID_FOR.match(line.text) or _FOR_A_BRAND.match(line.text) for line in lines):
        return True
    # a payee's UPI handle on an app's screen: the name printed over it was lost ("Paid" over "VPA: studiosaanjh72@…")
    if any(_UPI_HANDLE.search(line.text) for line in lines):
        return True
    # a payee's "to" OCR ran into the name after it, under the sum ("toVodafoneIdeaLimited")
    if any(re.match(r"\s*(?i:(?:paid|sent)\s?)?to(?=[A-Z][a-z])", line.text) for line in lines):
        return True
    # on a payment app's screen (its own name near the top, "super.money" over "Money sent"), a capitalised word alone on
    # its line ("Panampilly"): what OCR kept of the payee's name
    if any(_PAYMENT_APP.fullmatch(line.text) for line in lines[:4]) and any(
            re.fullmatch(r"[A-Z][a-z]{3,}", line.text.strip()) and not _NOT_A_NAME.search(line.text)
            and not _PAYMENT_APP.fullmatch(line.text) and not _UI_WORD.fullmatch(line.text.strip()) for line in lines):
        return True
    return any(re.search(r"[A-Za-z]{2,}/[A-Za-z0-9]+/", line.text) or _MERCHANT_CUE.search(line.text)
               for line in lines)


# ---------------------------------------------------------------- status

_STATUS_PHRASES: dict[str, PaymentStatus] = {
    "successful": PaymentStatus.SUCCESS, "success": PaymentStatus.SUCCESS, "completed": PaymentStatus.SUCCESS,
    "complete": PaymentStatus.SUCCESS, "approved": PaymentStatus.SUCCESS, "paid successfully": PaymentStatus.SUCCESS,
    "paid": PaymentStatus.SUCCESS, "received": PaymentStatus.SUCCESS, "safal": PaymentStatus.SUCCESS,
    "successfully": PaymentStatus.SUCCESS, "sent successfully": PaymentStatus.SUCCESS,
    "transferred successfully": PaymentStatus.SUCCESS, "money sent": PaymentStatus.SUCCESS,
    "paid with thanks": PaymentStatus.SUCCESS, "fully paid": PaymentStatus.SUCCESS,
    # a payment gateway's dashboard: a payment taken ("Status Captured"; "Authorized" there is only a hold, but a
    # card slip's AUTHORISED is its approval, so that one stays as it was)
    "captured": PaymentStatus.SUCCESS,
    # after their subject ("Payout credited", "Mandate executed"): the money moved
    "credited": PaymentStatus.SUCCESS, "executed": PaymentStatus.SUCCESS,
    # a lender's loan paid out to the payee, as its advice's badge says ("Disbursed", "Loan disbursed")
    "disbursed": PaymentStatus.SUCCESS,
    # with their subject only: a bare "Done" is an app's button, a bare "Confirmed" may be a booking's
    "payment done": PaymentStatus.SUCCESS, "payment confirmed": PaymentStatus.SUCCESS,
    # a payer's portal saying it paid ("Payment released" on a brand's claim settlement to its service partner)
    "payment released": PaymentStatus.SUCCESS,
    # ... and its banking page's ("Payment processed - credited to beneficiary"), a buyer's advice's ("Payment credited
    # to your account")
    "payment processed": PaymentStatus.SUCCESS, "payment remitted": PaymentStatus.SUCCESS,
    "payment credited": PaymentStatus.SUCCESS, "payment transferred": PaymentStatus.SUCCESS,
    # a bill-payment app's, a payment app's and a tax page's words for the money arrived ("Payment received by the
    # biller", "Payment delivered", Vahan's "Dues received")
    "received by the biller": PaymentStatus.SUCCESS, "received by biller": PaymentStatus.SUCCESS,
    "payment delivered": PaymentStatus.SUCCESS, "dues received": PaymentStatus.SUCCESS,
    # ... and after the biller answered, or the payee's own receipt issued ("Biller has confirmed your payment",
    # a discom's "Receipt issued - thank you")
    "biller has confirmed your payment": PaymentStatus.SUCCESS, "biller has confirmed the payment": PaymentStatus.SUCCESS,
    "confirmed by the biller": PaymentStatus.SUCCESS, "confirmed by biller": PaymentStatus.SUCCESS,
    "receipt issued": PaymentStatus.SUCCESS,
    # ("Successfully paid"; "Payment received by merchant" on an app's screen, as by the biller; a bill's "ACCOUNT
    # SETTLED" stamp)
    "successfully paid": PaymentStatus.SUCCESS, "received by merchant": PaymentStatus.SUCCESS,
    "received by the merchant": PaymentStatus.SUCCESS, "received by payee": PaymentStatus.SUCCESS,
    "received by the payee": PaymentStatus.SUCCESS, "account settled": PaymentStatus.SUCCESS,
    "failed": PaymentStatus.FAILED, "failure": PaymentStatus.FAILED, "declined": PaymentStatus.FAILED,
    "unsuccessful": PaymentStatus.FAILED, "asafal": PaymentStatus.FAILED, "rejected": PaymentStatus.FAILED,
    "cancelled": PaymentStatus.FAILED, "reversed": PaymentStatus.FAILED,
    # a bank transfer sent back by the payee's bank ("Status Returned by beneficiary bank", "Payment bounced back -
    # beneficiary account dormant")
    "returned": PaymentStatus.FAILED, "bounced": PaymentStatus.FAILED, "bounced back": PaymentStatus.FAILED,
    # (its "rn" read as an "m" by either engine: "Payment retumed - beneficiary account frozen at bank", PP-OCR's
    # "Paymentreturmed-…")
    "retumed": PaymentStatus.FAILED, "returmed": PaymentStatus.FAILED,
    # a card sale voided on its terminal ("SALE VOID", "TRANSACTION VOIDED"; German "STORNO", French "ANNULATION")
    "voided": PaymentStatus.FAILED, "void": PaymentStatus.FAILED, "storno": PaymentStatus.FAILED,
    "annulation": PaymentStatus.FAILED,
    "pending": PaymentStatus.PENDING, "processing": PaymentStatus.PENDING, "in progress": PaymentStatus.PENDING,
    "awaiting confirmation": PaymentStatus.PENDING, "under process": PaymentStatus.PENDING,
    "initiated": PaymentStatus.PENDING,
    # money expected, not yet in ("PAYMENT AWAITED - MATERIAL RELEASED ON CREDIT", "UTR awaited")
    "awaited": PaymentStatus.PENDING, "under verification": PaymentStatus.PENDING,
    # a payer's advice held back ("On hold - bank details under verification")
    "on hold": PaymentStatus.PENDING,
    # a cheque taken, its money not yet in ("PAYMENT PENDING REALISATION" on an insurer's receipt)
    "pending realisation": PaymentStatus.PENDING, "pending realization": PaymentStatus.PENDING,
    "pending clearance": PaymentStatus.PENDING,
    # a banking page's maker-checker wait ("Pending for approval" on a corporate app's transfer)
    "pending for approval": PaymentStatus.PENDING, "pending approval": PaymentStatus.PENDING,
    "pending for authorisation": PaymentStatus.PENDING, "pending for authorization": PaymentStatus.PENDING,
    # a bill not yet paid: its stamp or banner ("UNPAID", "OVERDUE", "Payment overdue") says nothing was paid yet
    "unpaid": PaymentStatus.PENDING, "not paid": PaymentStatus.PENDING, "overdue": PaymentStatus.PENDING,
    "past due": PaymentStatus.PENDING,
}
_PHRASE_ALT = "|".join(phrase_pattern(p) for p in sorted(_STATUS_PHRASES, key=len, reverse=True))
# (a transfer named by its rail: "NEFT transfer successful", "NEFT successful"; an insurer's "Premium received")
_SUBJECT = (r"(?:(?:neft|imps|rtgs|upi)(?:[\s.]*(?:payment|transfer|transaction|txn))?|payment|transfer|transaction|txn|"
            r"funds(?:[\s.]*transfer)?|bhugtan|order|bill(?:[\s.]*payment)?|money|sale|settlement|premium|"
            # a platform's payout, a tax challan, a UPI AutoPay mandate's debit ("Payout credited", "Challan paid",
            # "Mandate executed", "AutoPay debit failed")
            # ... and a lender's paying out a loan ("Disbursal failed - beneficiary name mismatch")
            r"payout|challan|mandate(?:[\s.]*execution)?|auto[\s.]*pay(?:[\s.]*(?:debit|payment))?|"
            r"disburs(?:al|ement))")
_STATUS_LABEL = re.compile(
    rf"(?<![A-Za-z]){_SUBJECT}?[\s.]*status[\s:.\-]*(?:{_SUBJECT}[\s.]*)?({_PHRASE_ALT})(?![A-Za-z])", re.I)
# a transfer carried out, a cheque paid, after its status label only ("Transaction Status Processed", a cheque's
# "Status Cleared" or "Realised"; a sentence's "is being processed" is pending)
# (a lender's "Status Credited to dealer", "Status Disbursed"; a payer's advice's "Payment status Remitted")
# (a bank's e-mailed debit alert: "Status: Debited", the money gone from the account)
# (a payer's advice: "Status: Released - credited to supplier account", the money let go to the payee)
_AFTER_A_STATUS_LABEL = ("processed", "cleared", "realised", "realized", "credited", "disbursed", "remitted", "debited",
                         "released")
# (not with the money's undoing on the same line: "Status: Debited - transaction failed", "Debited, reversal initiated")
_PROCESSED = re.compile(rf"(?<![A-Za-z]){_SUBJECT}?[\s.]*status[\s:.\-]*(?:{_SUBJECT}[\s.]*)?"
                        rf"({'|'.join(_AFTER_A_STATUS_LABEL)})(?![A-Za-z])"
                        r"(?!.*\b(?:fail\w*|revers\w*|refund\w*|pending|await\w*|returned|declined|rejected)\b)", re.I)
# a bill's stamp that it was paid, and how ("** PAID BY UPI **", "PAID - CASH", "PAID VIA UPI (BHIM)"; in capitals:
# "Paid via UPI" is the way paid): its outcome, not a method's label
# (a wage voucher's "PAID IN CASH BEFORE WITNESS": a few more words in capitals after the way)
# (and an invoice's "SETTLED BY RTGS", "RECEIVED BY UPI", "RECEIVED VIA NEFT", "CLEARED BY NEFT": never a cheque only
# received, which is not yet money in)
_PAID_STAMP = re.compile(r"^\s*(?:[*=#~]+\s*)?(PAID|(?:RECEIVED|SETTLED|CLEARED)(?!\s*(?:BY|VIA|IN|-|–|:|\()\s*CHEQUE))\s*"
                         r"(?:BY|VIA|IN|-|–|:|\()\s*(?:UPI|CASH|CARD|GPAY|PHONEPE|PAYTM|BHIM|NEFT|"
                         r"IMPS|RTGS|CHEQUE)\s*\)?(?:\s+[A-Z]+|\s*\([A-Z]+\)){0,3}\s*(?:[*=#~]+)?\s*$")
# an outcome that also names a flow: on the screen's title line ("< Money Sent" over "Payment Failed") it names the
# flow, below it the outcome
_FLOW_NAME = re.compile(r"money\s*sent", re.I)
# (after an app's tick, which OCR reads as a letter on its own: "v Payment successful", "v Paid")
# (and a receipt's stamp thanking the payer: "PAID - THANK YOU")
_STATUS_LINE = re.compile(rf"^\W*(?:[vVJ]\s)?\W*(?:{_SUBJECT}[\s.]*)?({_PHRASE_ALT})(?:[\s.]*{_SUBJECT})?"
                          r"(?:\W+thank\s*you)?\W*$", re.I)
# an outcome line with words before it that say what was paid ("Vendor payment successful", "Rent paid successfully",
# "Electricity bill paid", "FULL & FINAL PAYMENT RECEIVED"), or a sentence that a bill or payment is paid ("Your bill is
# paid"): a payment's subject or an outcome word that is never a label's ("successful", "failed"), and none of the words
# that make it another payment's ("Last payment successful", "Balance payment pending")
# (nor a refund's: the sets disagree on whether a refund page states the payment's outcome)
_OTHER_PAYMENTS = r"last|previous|next|earlier|prior|balance|remaining|outstanding|upcoming|future|due|emi|instal+ment|refund\w*"
_OUTCOME_WORD = r"paid\s*successfully|successful(?:ly)?|failed|declined|unsuccessful|rejected|pending"
_QUALIFIED_OUTCOME = re.compile(
    rf"^\W*(?:[vVJ]\s)?\W*(?:(?!(?:{_OTHER_PAYMENTS})\b)[A-Za-z&]+\s+){{1,3}}"
    rf"(?:{_SUBJECT}[\s.]*({_PHRASE_ALT})|({_OUTCOME_WORD}))\W*$|"
    r"^\W*(?:[vVJ]\s)?\W*(?:your\s+)?(?:bill|payment|order|fees?|rent|challan|recharge)\s+(?:is|has\s+been|was)\s+"
    r"(paid|received|successful|completed?)\W*$", re.I)
# a fee page's own words for a fee paid in
_FEE_PAID_IN = ("remitted", "deposited")
# a school's or an institute's outcome: a fee paid with its success, or stamped received with thanks ("Fee paid
# successfully", "FEE RECEIVED - THANK YOU"; a bare "Fee Paid" or "Fee Received" may be a column's label)
_FEE_OUTCOME = re.compile(r"^\W*(?:[vVJ]\s)?\W*fees?[\s.]*(?:payment[\s.]*|(?:paid|received)\s*)(successful(?:ly)?)\W*$|"
                          r"^\W*fees?[\s.]*(paid|received)\W+thank\s*you\W*$|"
                          # (a fee page's "Fee remitted - challan closed", "Fee deposited - thank you": remitted,
                          # whatever its note after the dash)
                          rf"^\W*(?:[vVJ]\s)?\W*fees?[\s.]*({'|'.join(_FEE_PAID_IN)})(?:\s*[-–:,].*)?\W*$", re.I)
# a cheque's fate stamped on a receipt or a bank's memo ("CHEQUE BOUNCED - RECEIPT CANCELLED", "CHEQUE UNDER CLEARING -
# PROVISIONAL", "CHEQUE RETURNED UNPAID"): it outweighs the receipt's printed "Received with thanks"
_CHEQUE_FATES: dict[str, PaymentStatus] = {
    "bounced": PaymentStatus.FAILED, "dishonoured": PaymentStatus.FAILED, "dishonored": PaymentStatus.FAILED,
    "returned": PaymentStatus.FAILED, "under clearing": PaymentStatus.PENDING, "sent for clearing": PaymentStatus.PENDING,
    "in clearing": PaymentStatus.PENDING, "realised": PaymentStatus.SUCCESS, "realized": PaymentStatus.SUCCESS,
    "cleared": PaymentStatus.SUCCESS,
}
_CHEQUE_FATE = re.compile(r"^\W*(?:cheque|chq)s?[\s.]*(?:has\s*been\s*|is\s*|was\s*)?"
                          rf"({'|'.join(phrase_pattern(fate) for fate in _CHEQUE_FATES)})(?![A-Za-z])"
                          # (not a statement's row of the charges for it: "CHQ RETURNED CHGS 590.00")
                          r"(?!\W*(?:chgs?|charges?|fees?|commission|date|amount|amt|reason)\b)", re.I)
# a card terminal's line that its bank never answered ("NO RESPONSE FROM HOST", "HOST NOT RESPONDING - STATUS UNKNOWN",
# "TXN TIMEOUT", "RESPONSE TIMED OUT - STATUS AWAITED", "NO REPLY FROM ACQUIRER - CONFIRM STATUS"): the sale's outcome
# is not known yet, a pending payment (a bare "TIMED OUT" under a failure's line is that failure's reason)
# (after the terminal's own word for it too: "TIMEOUT - NO REPLY FROM ISSUER, CHECK BEFORE RETRY")
_NO_ANSWER = re.compile(r"^\W*(?:time\s*d?\s*out\s*[-–:,]?\s*)?"
                        r"(?:no\s*(?:response|reply)\s*from\s*(?:the\s*)?(?:host|issuer|acquirer|bank|switch|server)|"
                        r"(?:host|issuer|switch|server)\s*not\s*responding|"
                        r"(?:txn|transaction|host|response|request)\s*(?:time[sd]?\s*out|timeout)|"
                        # ("TIMEOUT - TXN STATUS UNKNOWN, VERIFY")
                        r"(?<=out)\s*[-–:,]\s*(?:txn\s*|transaction\s*)?status\s*(?:unknown|not\s*known))\b", re.I)
# a cheque taken in, its money not yet cleared ("CHEQUE ACCEPTED - SUBJECT TO CLEARANCE", "CHEQUE LODGED - AWAITING
# CLEARANCE"): pending, whatever the receipt's title says ("INVOICE - PAID")
# (or whatever the stamp says it waits for after its dash: "CHEQUE DEPOSITED - CREDIT AWAITED", "CHEQUE RECEIVED - COVER
# SUBJECT TO CLEARANCE", "CHEQUE DEPOSITED - CYCLES RELEASED AFTER CLEARING")
_CHEQUE_TAKEN = re.compile(r"^\W*(?:cheque|chq)s?\s*(?:accepted|received|deposited|lodged|taken|collected)\s*[-–:,]?\s*"
                           r"(?:(?:subject\s*to|awaiting|pending)\s*(?:clearance|clearing|realis\w*|realiz\w*|collection)|"
                           r"[-–:,]?(?!.*\b(?:return\w*|bounce\w*|dishono\w*|fail\w*|cleared|realised|realized)\b)"
                           r".*\b(?:clearance|clearing|realis\w*|realiz\w*|awaited|awaiting\s*credit)\b)", re.I)
# a money receipt's opening, the payee's own word that it was paid ("Received with thanks from M/s Arogya Medicals")
_RECEIVED_FROM = re.compile(r"^\W*(received)\s*with\s*thanks\s*from\b", re.I)
# a payment app's outcome ending in the "to" of the payee stacked under it ("Payment Successful to")
_OUTCOME_TO = re.compile(r"^(.*\bsuccessful(?:ly)?)\s*to\W*$", re.I)
# a payer's page saying where its payment went ("Payment released to vendor account", "Payment processed - credited
# to beneficiary", "Payment credited to your account", "Amount credited to supplier's bank account", "Paid to your
# account - please acknowledge", an app's tick before "Payment transferred to your bank account"; PP-OCR:
# "Paymentprocessed-credited tobeneficiary")
# (a payer's "Funds released to your bank", an inward advice's "Proceeds realised and credited to your current
# account", "Payment settled to your Indian account", an app's "Money reached the shop's account")
# (an app's "Money credited to the showroom", "Amount sent to merchant"; a payer's "Payment sent to your bank account")
_RELEASED_TO = re.compile(r"^\W*(?:[vVJ]\s)?\W*(?:((?:payment|funds|proceeds)\s*(?:released|processed|remitted|credited|"
                          r"transferred|settled|sent|made|realis[ez]d(?:\s*and\s*credited)?)|amount\s*credited|paid)"
                          # (the way it went between: "Payment made by international bank transfer (SWIFT) to your
                          # account.")
                          r"(?:\s*(?:by|via|through)\s*[^.]{1,50}?)?"
                          r"(?:\s*[-–]\s*credited)?\s*to\s*(?:the\s*)?(?:vendor|supplier|beneficiary|payee|seller|your)|"
                          r"((?:money|amount)\s*(?:credited|sent))\s*to\s*(?:the\s*)?(?:merchant|shop|showroom|store)|"
                          r"((?:money|amount|funds|payment)\s*(?:has\s*)?(?:reached|arrived\s*(?:in|at)))\s*(?:the\s*)?"
                          r"(?:merchant|shop|payee|seller|supplier|vendor|beneficiary|biller|your))"
                          r"(?:'s)?\s*(?:(?:bank|current|savings|indian)\s*)?(?:account|a/?c)?\W*$", re.I)

# a payee's line that the money came in by a bank's rail ("Payment received by NEFT, UTR …", "Received via UPI"; not by
# a cheque, which may not clear)
# (an insurer's "PREMIUM RECEIVED BY NEFT, UTR …", a fee's or a rent's likewise)
_RECEIVED_BY_WIRE = re.compile(rf"^\W*(?:(?:full\s*|balance\s*)?(?:payment|amount|money|sum|premium|fees?|rent)\s*)?"
                               rf"{RECEIVED_BY}"
                               rf"(?:{BANK_RAILS}|(?:credit\s*|debit\s*)?card|phonepe|google\s*pay|gpay|paytm|bhim)\b", re.I)


def _status_of(text: str) -> PaymentStatus | None:
    key = re.sub(r"\s+", " ", text.lower().replace("0", "o").replace("1", "l"))
    if key in _AFTER_A_STATUS_LABEL or key in _FEE_PAID_IN:
        return PaymentStatus.SUCCESS  # (read after a status label only, ``_PROCESSED``, or a fee's, ``_FEE_OUTCOME``)
    for phrase, status in _STATUS_PHRASES.items():
        if re.fullmatch(phrase_pattern(phrase), key, re.I):
            return status
    return None


_SENTENCE_END = re.compile(r"(?<=[a-z)][.!?])\s*(?=[A-Z])")


def _sentences(text: str) -> list[tuple[int, str]]:
    """The line whole, then each of its sentences with its offset, where it holds more than one."""
    starts = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    if len(starts) == 1:
        return [(0, text)]
    ends = [*starts[1:], len(text)]
    return [(0, text), *((a, text[a:b]) for a, b in zip(starts, ends, strict=True))]


# a dash between an outcome and what it means ("APPROVED - PIN VERIFIED", "Payment failed - order not placed",
# "BOOKED - PAID"; OCR reads a long dash as "一" too)
_DASH = re.compile(r"\s+[-–—一]\s*|\s*[-–—一]\s+")
# (PP-OCR runs the dash into its words: "Successful-creditedtobeneficiaryaccount", "Failed-beneficiary account frozen")
_GLUED_DASH = re.compile(r"(?:(?<=^successful)|(?<=^failed)|(?<=^pending))-(?=[a-z])", re.I)


def _dash_outcome(text: str) -> tuple[int, re.Match[str], PaymentStatus] | None:
    """A line of parts joined by dashes, one of them only an outcome: that outcome (its offset, match and status),
    where no other part states a different one ("Approved - payment under process", "UPI DECLINED - BILL UNPAID" are a
    person's to read) and the line holds no sum (a terminal's response code, "DECLINED - 51 INSUFFICIENT FUNDS", and
    a wait's hours, "up to 48 hours", are none)."""
    if _SUM_LIKE.search(text):
        return None
    seps = list(_DASH.finditer(text)) or list(_GLUED_DASH.finditer(text))
    if not seps:
        return None
    starts = [0, *(sep.end() for sep in seps)]
    ends = [*(sep.start() for sep in seps), len(text)]
    parts = [(a, text[a:b]) for a, b in zip(starts, ends, strict=True)]
    outcomes = []
    for a, part in parts:
        if m := _STATUS_LINE.search(part):
            outcomes.append((a, m, _status_of(m.group(m.lastindex or 1))))
        elif m := _RELEASED_TO.match(part):
            outcomes.append((a, m, PaymentStatus.SUCCESS))
        elif m := _BARE_OUTCOME.fullmatch(part):
            outcomes.append((a, m, _BARE_OUTCOMES[m.group(1).lower()]))
        elif found := _stem_with_its_party(part):
            outcomes.append((a, *found))
        elif arrived := _MONEY_ARRIVED.fullmatch(part):
            outcomes.append((a, arrived, PaymentStatus.SUCCESS))
    statuses = {status for *_, status in outcomes}
    if len(statuses) != 1 or None in statuses:
        return None
    status = statuses.pop()
    if any(other != status and stem.search(part) for a, part in parts for other, stem in _STATUS_STEMS):
        return None
    if status != PaymentStatus.FAILED and _MONEY_BACK.search(text):
        return None  # (money coming back beside a wait: "Bill not paid - biller system down, refund in 3 to 5 days")
    return outcomes[0]


# money coming back to the payer
_MONEY_BACK = re.compile(r"\brefund\w*|\brevers\w*|\bcredited\s+back\b|\bmoney\s+(?:is\s+)?back\b", re.I)
# a sum on a line (a currency's sign, decimals, a grouping comma, four digits or more): not a two-digit response code
# or a wait's hours
_SUM_LIKE = re.compile(r"[₹$€£]|\b(?:rs|inr)\b\.?\s*\d|\d[\d,]*\.\d|\d,\d|\d{4}", re.I)
# the parties and subjects an outcome names beside its word in a dashed line's part ("Rejected by beneficiary bank",
# "Awaiting biller confirmation", "Premium accepted")
_OUTCOME_PARTY = re.compile(r"\b(?:biller|merchant|payee|premium|tax|fees?|payout|bill|challan|proceeds|approver|"
                            r"authori[sz]er|checker|contributions?|subscriptions?|dues|rent|approval|"
                            r"authori[sz]ation)\b(?:'s)?", re.I)
# a dashed line's part of one word that says what the payer did with the money ("Released - credited to the society's
# account", "Withheld - leather test report awaited", "Held - quality inspection report pending"); alone on a line
# it may be a column's label ("Amount withheld")
# ("Sent - the payee's bank has confirmed"; a part saying otherwise, "Sent - awaiting credit", leaves it unread)
_BARE_OUTCOMES = {"released": PaymentStatus.SUCCESS, "sent": PaymentStatus.SUCCESS, "held": PaymentStatus.PENDING,
                  "withheld": PaymentStatus.PENDING}
_BARE_OUTCOME = re.compile(rf"\W*(?:payment\s*|funds\s*|amount\s*)?({'|'.join(_BARE_OUTCOMES)})\W*", re.I)
# the money arrived, said after a dash as the outcome's meaning ("Done - amount credited to the merchant", "Sent -
# amount credited to the shop's account", "Remitted - amount sent to your bank account", "Paid to the shop - money
# received by the payee"): a sentence with its subject, never a payee's label ("Credited to")
# (or with no subject, an account named: "Released - credited to the society's account", "Credited to the exporter's
# account - IRM generated and reported")
_MONEY_ARRIVED = re.compile(r"\W*(?:the\s*)?(?:amount|money|funds|sum)\s*(?:is\s*|has\s*been\s*)?(?:credited|sent|received|"
                            r"transferred)\s*(?:to|by|in(?:to)?)\s*(?:the\s*|your\s*)?(?:merchant|shop|payee|biller|"
                            r"supplier|vendor|beneficiary)?(?:'s)?\s*(?:bank\s*)?(?:account|a/?c)?\W*|"
                            r"\W*credited\s*to\s*(?:the\s*|your\s*)?(?:[a-z]+(?:'s)?\s*)?(?:(?:bank|current|savings)\s*)?"
                            r"(?:account|a/?c)\W*|"
                            # (a fee page's "Amount deposited - thank you for paying on time")
                            r"\W*(?:the\s*)?(?:amount|fees?|sum)\s*(?:has\s*been\s*)?deposited\W*", re.I)


def _stem_with_its_party(part: str) -> tuple[re.Match[str], PaymentStatus] | None:
    """A dashed line's part that is an outcome's stem and only words around it that name its subject or party
    ("Rejected by beneficiary bank - invalid account, debit reversed", "Pending at the bank - we will update you",
    "Queued - will be sent in the next batch"), as ``_status_by_stem`` reads a whole line."""
    for status, stem in _STATUS_STEMS:
        if (m := stem.search(part)) and _STATUS_FILLER.fullmatch(
                _OUTCOME_PARTY.sub(" ", part[: m.start()] + " " + part[m.end():])):
            return m, status
    return None


# a standing rule about a kind of payment, not this one's outcome ("Records rejected by the beneficiary bank are
# credited back to the debit account", "Reversed payouts are credited back to your balance", "Rejected payments are
# credited back to the debit account on the same working day" in a banking page's small print)
# (any verb's past before "back", a letter misread in it too: "are credlited back"; PP-OCR runs the words together)
# (and in the singular, after an indefinite article, its "A" run into the next word by Tesseract: "A returned transfer
# is credited back to the debit account", "Arejected transfer is reversed to the debit account within one working day";
# its money named: "A rejected transfer's debit is reversed to the debit account")
STANDING_RULE = re.compile(r"(?:\b|(?<=[a-z]))are\s*(?:[a-z]{2,12}ed|sent)\s*back|"
                           r"^\W*an?\s*(?:[a-z]{3,12}\s+){0,2}(?:transfers?|payments?|payouts?|transactions?|txns?|"
                           r"remittances?|credits?)(?:['’]s\s+[a-z]{3,8})?\s+(?:is|gets?)\s+[a-z]{2,12}ed\s+"
                           r"(?:back|to\s+the\s+debit)\b|"
                           # (a rail's timetable: "NEFT is settled in half-hourly batches")
                           r"\b(?:is|are)\s*[a-z]{2,12}ed\s*in\s*(?:[a-z\-]{3,14}\s*)?batch(?:es)?\b", re.I)


def read_status(lines: list[PageLine]) -> FieldValue[PaymentStatus]:
    """The payment status: after a "Status" label, or a short line that is only a status phrase; failing both,
    an outcome stem after a "Status" label, on a line that only states the outcome, or as a sentence's verb."""
    lines = [line for line in lines if not STANDING_RULE.search(line.text)]
    found: list[tuple[PaymentStatus, list[OcrWord], str]] = []
    title = next(iter(below_status_bar(lines)), None)
    formula: PageLine | None = None  # a money receipt's "Received with thanks from …"
    for index, line in enumerate(lines):
        if index and _wrapped_condition(lines[index - 1], line):
            continue  # "It goes to the bank once" over "approved.": what will happen, not what did
        if fate := _CHEQUE_FATE.match(line.text):
            status = next(v for k, v in _CHEQUE_FATES.items() if re.fullmatch(phrase_pattern(k), fate.group(1), re.I))
            found.append((status, line.words_in(fate.start(1), fate.end(1)), "stamp"))
            continue
        if no_answer := _NO_ANSWER.match(line.text):
            found.append((PaymentStatus.PENDING, line.words_in(*no_answer.span()), "keyword"))
            continue
        if taken := _CHEQUE_TAKEN.match(line.text):
            found.append((PaymentStatus.PENDING, line.words_in(*taken.span()), "stamp"))
            continue
        m = _STATUS_LABEL.search(line.text) or _PROCESSED.search(line.text)
        basis, offset = "label:status", 0
        known_status: PaymentStatus | None = None  # a status its match decides itself (a stamp, a dashed part)
        if not m and (m := _PAID_STAMP.match(line.text)):
            basis, known_status = "keyword", PaymentStatus.SUCCESS
        elif not m:
            # the line, or one of its sentences where OCR ran two onto one line ("Payment failed.Ticket not
            # generated")
            for offset, sentence in _sentences(line.text):
                m = _STATUS_LINE.search(to.group(1) if (to := _OUTCOME_TO.match(sentence)) else sentence)
                if m:
                    break
            else:
                if (dashed := _dash_outcome(line.text)) is not None:
                    offset, m, known_status = dashed
                elif qualified := _QUALIFIED_OUTCOME.match(line.text):
                    offset, m = 0, qualified
                elif released := _RELEASED_TO.match(line.text) or _RECEIVED_BY_WIRE.match(line.text):
                    offset, m, known_status = 0, released, PaymentStatus.SUCCESS
                else:
                    offset, m = 0, _FEE_OUTCOME.match(line.text) or _RECEIVED_FROM.match(line.text)
                if m is not None and m.re is _RECEIVED_FROM:
                    formula = line
            basis = "keyword"
        if not m:
            continue
        # the group that holds the outcome (``_FEE_OUTCOME`` has one in each branch; a status known already, none)
        k = m.lastindex or (0 if known_status is not None else 1)
        status = known_status or _status_of(m.group(k))
        if status is None or (line is title and _FLOW_NAME.fullmatch(m.group(k))):
            continue
        words = line.words_in(offset + m.start(k), offset + m.end(k))
        found.append((status, words, basis))
    if formula is not None and len(found) == 1:
        # the receipt's formula is printed whatever happened next: an outcome stated on another line in words of
        # its own ("PAYMENT PENDING - UPI CREDIT AWAITED" stamped on a donation's receipt) holds it low
        found += [(status, other.words, "keyword") for other in lines if other is not formula
                  and _states_an_outcome(other.text)
                  for status, stem in _STATUS_STEMS if status != found[0][0] and stem.search(other.text)][:1]
    if not found:
        found = _status_by_stem(lines)
    if not found:
        return FieldValue[PaymentStatus]()
    status, words, basis = next((f for f in found if f[2] != "keyword"), found[0])
    factor = 1.0 if len({f[0] for f in found}) == 1 else 0.5  # two different statuses printed: unsure
    return FieldValue[PaymentStatus](value=status, confidence=_conf(words, factor), evidence=_evidence(words),
                                     basis=basis)


# words that state a payment's outcome in any wording, wider than the phrases read above: with no status
# read, a page that prints one of them has a status we could not read ("Rejected by bank", "In process").
# "paid", "received" and "sent" count only where they are not a label's verb ("Amount paid", "Paid by", "Deposit
# paid"; a "Date paid" does count: some issuers' only word on the outcome), nor "booked" and "delivered" a date's
# ("Booked on"), nor "refund" a term ("Refundable")
# a failure in Dutch, French, Spanish and German: the failed status's stem (``_STATUS_STEMS``) and, with no status
# read, a cue that the page states one
# (and in Swedish, Danish, Norwegian, Finnish and Polish)
_FAILED_ABROAD = (r"geweigerd|mislukt|refus[ée]e?|[ée]chou[ée]e?|rechazad[oa]|abgelehnt|fehlgeschlagen|"
                  r"misslyckad\w*|mislykke\w*|mislykte\w*|ep[äa]onnistu\w*|nieudan[aey]|odrzucon[aey]")
# a success in Dutch (a slip's "BETALING GELUKT"), Swedish, Danish, Norwegian, Finnish and Polish
_SUCCEEDED_NORTH = (r"gelukt|genomf(?:[öo]|oe)rd|gennemf(?:[øo]|oe)rt|fullf(?:[øo]|oe)rt|suoritettu|"
                    r"zrealizowan[aey]|godk(?:[äa]|ae)nd|godkendt|godkjent|hyv(?:[äa]|ae)ksytty")
# a bill's mark that nothing was paid yet ("UNPAID", "OVERDUE", "Past due"): a pending payment
_NOT_YET_PAID = r"unpaid|overdue|past\s*due"
_STATUS_CUE = re.compile(
    r"\b(?:success\w*|succeed\w*|completed?|approved|authori[sz]ed|declined|fail\w*|rejected|pending|"
    r"processing|processed|in\s*process|under\s*process|cancell?ed|reversed|bounced|refund(?!able)\w*|initiated|on\s*hold|held|"
    r"awaiting|waiting\s*for|confirmed|settled|accepted|unsuccessful|error|expired|voided|done|delivered(?!\s*on\b)|booked(?!\s*on\b)|"
    # a payment set up for later is not yet made ("Payment scheduled", "Scheduled for 21 Nov"; not works scheduled)
    r"(?:payment|transfer|transaction)\s*(?:is\s*|has\s*been\s*)?scheduled|scheduled\s*(?:payment|transfer|for)|"
    r"(?:vend|txn|trans(?:action)?|payment)\s*ok|"
    r"under\s*review|awaited|queued|under\s*reconciliation|not\s*yet\s*(?:reflected|credited)|"
    # a bill not yet paid (not a sum "due": a till prints its total as "BALANCE DUE" over the cash taken)
    rf"{_NOT_YET_PAID}|not\s*(?:yet\s*)?paid)\b"
    r"(?!\s*(?:signatory|signature|dealer|person|agent|by|service|partner|distributor|reseller|retailer|centre|"
    r"center)\b)|"
    r"(?<!amount\s)(?<!total\s)(?<!sum\s)(?<!you\s)(?<!deposit\s)(?<!advance\s)(?<!retainer\s)"
    r"\b(?:paid|received|sent|credited|transferred|remitted|deposited)\b"
    r"(?!\s*(?:by|via|using|with|through|to|from|on|at|amount)\b)|"
    # a sum debited, said in a sentence ("Amt Rs 92,107.00 debited from a/c ending 5254", "Your A/c is debited"; not a
    # label's "Debited from")
    # (or withdrawn, or paid from an account: "Rs 47,470.00 withdrawn from CA ..6421", "INR 1,87,460.00 paid from A/c")
    r"\d\s*(?:has\s*been\s*|is\s*|was\s*)?(?:debited|withdrawn|paid\s*from)\b|\b(?:has\s*been|is|was)\s*(?:debited|withdrawn)\b|"
    # a terminal its bank never answered ("TIMEOUT - NO REPLY FROM ISSUER"): an outcome not known yet
    r"\bno\s*(?:response|reply)\s*from\b|\btime[sd]?\s*out\b|"
    # ... but a payment received by whom it was for, or with thanks, run together too ("Receivedwith thanks")
    r"\b(?:payment|money|funds|amount)\s*received\s*by\s*(?:the\s*)?(?:biller|merchant|payee|bank)\b|"
    r"(?:paid|received|recd\.?)\s*with\s*thanks|"
    # a loan paid out to the payee ("The amount below has been disbursed to the institution")
    r"\b(?:has|have)\s*been\s*disbursed\b|\bdisbursed\s*successfully\b|"
    # a secured loan repaid in full ("LOAN CLOSED - ORNAMENTS RELEASED"): the loan's state, which a receipt prints
    # for the payment that closed it
    r"\bloan\s*(?:a/?c\s*|account\s*)?closed\b|\b(?:ornaments?|jewel(?:le)?ry|pledged?\s*(?:gold|items?))\s*released\b|"
    # a payment still under way ("Adding money - this may take a few minutes"), also run together by OCR
    r"\b(?:this|it)\s*(?:may|might|can|could)\s*take\s*(?:up\s*to\s*)?(?:a\s*(?:few|couple)|some|\d)|"
    # other languages' outcome words, also run into their subject ("Uberweisungfehlgeschlagen")
    rf"(?:{_FAILED_ABROAD}|{_SUCCEEDED_NORTH}|erfolgreich|ausstehend|bezahlt|erfolgt|geslaagd|aprobad[oa]|"
    r"pendiente|rifiutat[oa]|"
    r"riuscit[oa]|"
    # ... and their words for "cancelled" and "refund(ed)", as in English (an order's cancellation and its refund)
    r"storniert|geannuleerd|annul[ée]e?|annullat[oa]|cancelad[oa]|anulad[oa]|erstatt(?:ung|et)|terugbetal|"
    r"rembours(?!able)|reembols(?!able)|rimbors(?!abile))",
    re.I)


# a "Status" label with a worded value ("Status  Charged"): the page states an outcome in words we do not know
_STATUS_LABEL_VALUE = re.compile(r"\bstatus\s*[:\-]?\s*[A-Za-z]{3,}", re.I)


# "Paid to X via Wallet" is a sentence, not the "Paid to" label of a payee: it tells the payment was made
_PAID_SENTENCE = re.compile(r"\bpaid\s*to\s*\S.*?(?:\s|(?<=[a-z]))(?:via|using|with|through)(?:\s|(?=[A-Z]))", re.I)
# a note that the bill was paid, and how or when, its "Paid" misread ("Poid NEFT 23.05.26", "Pald by UPI")
_PAID_MISREAD = re.compile(r"^\W*p(?:[o0]i|a[l1]|[o0][l1])d\s+(?:(?:by|via|on)\s+)?(?:neft|rtgs|imps|upi|cash|card|"
                           r"cheque|\d)|"
                           # (and a receipt's "Recd. Rs. 2,000/- ... from", its "Recd." read "Reed.")
                           r"^\W*re[ec]d\.?\s+(?:rs\.?|inr|₹)\s*\d", re.I)


# a sentence stating the business's terms, not what happened to this payment: a condition, a rule or a warranty
# ("Fees once paid are not refundable.", "Final guest count to be confirmed 48 hours before the event.", "Orders
# cannot be cancelled once cut.", "No refund on fitted screen guards.", "Lessons cancelled at short notice are
# charged.", "Glass guaranteed 12 months against seal failure.")
_TERMS = re.compile(r"\b(?:once|to\s*be|cannot|can\s*not|can't|must|if|unless|against)\b|\bno\s*(?:refunds?|returns?|cancell?ations?)\b|"
                    r"\b(?:are|is)\s*(?:charged|payable|non-?\s*refundable|not\s*refundable)\b", re.I)
# a job's event over its hour ("Arrived/Completed 19:20"): when the work was done, not the payment's outcome. (Not
# over a day: the date reader takes "Work done on 31/10/25" for the day paid, and the cue is what keeps that page
# from passing; nor "Date paid", which some issuers' e-mails print as their outcome's column.)
_EVENT_TIME = re.compile(r"(?<!payment\s)(?<!transaction\s)(?<!transfer\s)(?<!order\s)"
                         r"\b(?:done|completed|booked)\s*(?:at\s*)?(?=\d{1,2}[:.]\d{2}(?!\d|[:.]\d{3}))", re.I)


_PAYMENT_SUBJECT = re.compile(r"\b(?:payment|transaction|txn|transfer|amount|money|funds)\b", re.I)
# a clause that opens with a condition or a time to come ("Works will be scheduled once payment is received.",
# "Sobald die Zahlung eingegangen ist"): what follows in it is what will happen, even about the payment itself
_CONDITION = re.compile(r"\b(?:once|when|whenever|until|unless|if|upon|as\s*soon\s*as|sobald|wenn|falls|"
                        r"d[eè]s\s*que|lorsque|une\s*fois|zodra|quando|cuando|una\s*(?:vez|volta))\b", re.I)


def _conditional(before: str) -> bool:
    """Whether the clause a cue ends (the text before it, back to a comma, a semicolon or a full stop) opens with a
    condition or a time to come."""
    return bool(_CONDITION.search(re.split(r"[,;.!?]\s", before + " ")[-1]))


def _wrapped_condition(above: PageLine, line: PageLine) -> bool:
    """Whether a line in small letters goes on with a sentence the line above left open in a clause of condition."""
    return line.text.lstrip()[:1].islower() and not re.search(r"[.!?:]\W*$", above.text) and _conditional(above.text)


def _states_an_outcome(text: str) -> bool:
    """Whether a status cue on this line may state the payment's outcome: not one inside a sentence of terms, nor a
    service's event over its time."""
    for _, sentence in _sentences(text)[1:] or [(0, text)]:
        # (a sentence about the payment itself states its outcome, whatever its wording: "Your payment cannot be
        # processed")
        terms = len(sentence.split()) >= 5 and bool(_TERMS.search(sentence)) and not _PAYMENT_SUBJECT.search(sentence)
        events = [m.span() for m in _EVENT_TIME.finditer(sentence)]
        for cue in _STATUS_CUE.finditer(sentence):
            if not (terms or _conditional(sentence[: cue.start()]) or any(start <= cue.start() < end for start, end in events)):
                return True
    return False


def status_unsure(lines: list[PageLine]) -> bool:
    """With no status read: does the page still state an outcome? Then the status is not positively absent.

    A UPI app's payment screen (a payee's UPI handle on it) always states one, so one read with none has lost it
    (printed across a coloured header's edge, in a badge OCR skipped): not absent either; nor is it on a bill-payment
    network's page (Bharat Connect's "Paid to biller") or a tax challan's receipt, which the sets always word; nor on a
    payment app's own screen, its name alone near the top (Paytm's bill payment paid from its wallet), nor on a card
    terminal's slip."""
    if any(_PAYMENT_APP.fullmatch(line.text) for line in lines[:4]):
        return True
    if any(_TERMINAL_ID.search(line.text) for line in lines) and any(_SLIP_SALE.search(line.text) for line in lines):
        return True  # a card terminal's slip of a sale (its TID, its approval code or RRN) prints the sale's outcome
    # (its title may share a line with the firm's name after a bar: "NAQSH KARKHANA | EIDI VOUCHER")
    if any(_PAYERS_DOCUMENT.match(part) for line in lines[:4] for part in re.split(r"\s*\|\s*", line.text)):
        return True  # a payer's voucher or advice records a payment made: its outcome (paid, signed for) is unread
    if any(_PAYERS_LETTER.search(line.text) for line in lines):
        return True  # ... and so does a payer's letter ("We have today released a sum of Rs. 3,100/- to your account")
    if any(_TENDER_BY_RAIL.match(line.text) and _RAIL_REFERENCE.match(under.text) for line, under in zip(lines, lines[1:])):
        return True  # ... and a bill's tender by a rail over that payment's reference ("TENDER :UPI" over "UPI
        # REF:622305681373"): the bill settled to some readers, its way to pay alone to others
    if _SUM_RECEIVED.search(" ".join(line.text for line in lines)):
        return True  # ... and a biller's SMS of a payment received, its sentence wrapped ("payment of Rs.4,908.00 for RR"
        # / "No. HBL793555 received through UPI")
    # (also with the words OCR ran together split apart: "ReceivedSuccessfully")
    return any(_states_an_outcome(text) or _STATUS_LABEL_VALUE.search(text) or _PAID_SENTENCE.search(text)
               or _OUTCOME_HINT.search(text) or _UPI_HANDLE.search(text) or _BILL_NETWORK.search(text)
               or _TAX_CHALLAN.search(text) or _PAID_MISREAD.match(text) for text in spelled_apart(lines))


# a bill's way to pay, a rail ("TENDER :UPI", "PAYMODE : UPI", "Paid by: NEFT"), and a reference of that rail on the
# line under it
_TENDER_BY_RAIL = re.compile(r"\W*(?:tender|paid\s*by|(?:pay(?:ment)?\s*)?mode(?:\s*of\s*payment)?)\W*(?:upi|neft|imps|rtgs)\W*$",
                            re.I)
_RAIL_REFERENCE = re.compile(r"\W*(?:upi|neft|imps|rtgs)?\s*(?:ref|utr|rrn)\b\W*\w*\d{6}", re.I)
# a payment "of" its sum that the sentence says was received, a few words on
# (or a premium's: "premium of Rs.6790.00 for Policy No. … received on 12/12/2026 via UPI")
_SUM_RECEIVED = re.compile(r"\b(?:payment|premium)\s+of\s+(?:rs\.?|inr|₹)\s*\d[\d,]*(?:\.\d+)?\b(?:\s+\S+){0,6}?\s+(?:received|credited)\b",
                           re.I)


def status_label_printed(lines: list[PageLine]) -> bool:
    """Whether a status label with a worded value is printed ("Payment status NEFT returmed - name mismatch")."""
    return any(_STATUS_LABEL_VALUE.search(line.text) for line in lines)


def app_screen(lines: list[PageLine]) -> bool:
    """Whether the page is a payment app's result screen, which prints its sum alone in large type: a payee's UPI
    handle on it, or its outcome on a short line of its own ("Payment Successful"); not a statement, a bill, a mail."""
    return any(_UPI_HANDLE.search(text) or (len(text.split()) <= 4 and _states_an_outcome(text))
               for text in spelled_apart(lines))


# any PSP's handle ("@ybl", "@okhdfcbank", super.money's "@superyes", "@ybI" as OCR reads it): a name or number, "@" and
# one word with no domain's dot after it (an e-mail address has one); OCR may split it after the "@"
_UPI_HANDLE = re.compile(r"\b[\w.\-]+@\s?[A-Za-z][A-Za-z0-9]{1,20}\b(?!\s?\.\s?[A-Za-z])", re.I)


# "Amount received" over a signature, with no amount of its own: an acknowledgement that may state the outcome;
# so may thanks for a payment, a payment confirmation's title, a payment submitted, "Your payment has been made", an
# order confirmed ("We've got your order", "Thanks for your order") (read as success by some, as no statement by
# others: a person decides). A method's "Paid by Visa Debit ****1468" with its card is none: it says how, not whether;
# alone on its line the sets disagree (below)
_OUTCOME_HINT = re.compile(r"^\W*(?:amount|sum|payment)\s*received\W*$|thanks?\s*(?:you\s*)?for\s*your\s*"
                           r"(?:payment|purchase|order)|thanks?\s*(?:you\s*)?for\s*paying\b|\bwe\W?ve\s*(?:got|received)\s*your\s*(?:order|payment)\b|"
                           r"\b(?:order|booking|payment)\s*(?:is\s*|has\s*been\s*)?confirmed\b|^\W*(?:payment|transaction)\s*confirmation\W*$|"
                           r"\bsubmitted\b|\b(?:order|booking)\s*(?:has\s*been\s*)?placed\b|"
                           # a bill's note of the rail it was paid by and the payment's reference ("By NEFT, UTR
                           # CNRBN261881989400")
                           # (its "paid" shortened too: "Pd. by UPI, Ref 608508573350")
                           rf"^\W*(?:(?:paid|pd\.?)\s*)?{RAIL_PAYMENT_NOTE}|"
                           # (... or of the money received by it: "NEFT recd. 11.12.2026, UTR PUNBN263452835389")
                           rf"^\W*{RAIL_RECEIPT_NOTE}\b|"
                           # a khata app's entry "You paid" alone over its sum: the entry's kind to some, its outcome to
                           # others
                           r"^\W*you\s*paid\W*$|"
                           # an insurer's app's word of what the premium bought ("Policy issued" over "Rs.2,105")
                           r"^\W*(?:your\s*)?policy\s*(?:is\s*|has\s*been\s*)?(?:issued|renewed|generated)\W*$|"
                           # a payer's letter's sum "released" ("Net amount released INR 90,740.00")
                           r"\b(?:amount|sum)\s*(?:released|remitted)\b|"
                           r"\b(?:payment|transfer|transaction)\s*(?:has\s*been|was)\s*(?:made|sent|received|processed)\b|"
                           # (a payer's letter: "an amount of Rs. 77,582.00 has been paid to …")
                           r"\b(?:amount|sum)\s*of\s*(?:rs\.?|inr|₹)\s*\d[\d,.]*(?:/-)?\s*(?:has\s*been|was)\s*(?:paid|remitted|"
                           r"transferred|released|credited)\b|"
                           # (a line that opens with it: "Payment made by bank transfer …", a "PAYMENTS MADE" record)
                           r"^\W*(?:payments?|money|funds)\s*(?:made|sent|received|transferred)\b|"
                           # a payment sent, also run together ("Yousentapayment"); one still to be taken ("Your
                           # payment will be taken on delivery": pending to some, no statement to others)
                           r"you\s*sent\s*(?:a\s*)?payment|"
                           # (a bank app's shared card: "Rs.1,47,940.00" over "sent to MALLICK PACKERS AND MOVERS")
                           r"^\W*sent\s+to\s+(?=[A-Z])|"
                           # (... and its "paid to" in small letters, a sentence under the sum, not a label: JioFinance's
                           # shared card "INR 23,429.73" over "paid to VANAMALA NAKASHI CHITRAK")
                           r"(?-i:^\W*paid\s+to\s+[A-Z])|"
                           r"\b(?:payment|amount)\s*will\s*be\s*(?:taken|charged|debited|collected)\b|"
                           # a bare "Fee paid" on a line of its own: a fee page's outcome or a column's label, a
                           # person's to read (``_FEE_OUTCOME`` takes it only with its success or thanks)
                           r"^\W*fees?\s*(?:paid|received)\W*$|"
                           # an accounting entry's state alone on its line ("Posted" under a payment's number in an
                           # accounting app): the entry recorded, to some readers the payment made
                           r"^\W*(?:posted|reconciled)\W*$|"
                           # a payslip's or a bill's "Paid on 10/10/2026" as its only word of the outcome: that it was
                           # paid to some readers, the day's label to others
                           r"^\W*paid\s*on\b|"
                           # a bare "RECEIPT" or a fee's receipt ("STALL FEE RECEIPT") over its fields, no word of the
                           # outcome: money received to heldout288 and heldout290, a document's kind to the sets whose
                           # "Online Transaction Receipt" or "COLLECTION RECEIPT" records none; and an accounts
                           # system's "BILL PAYMENT" record, a payment made to some, a form's name to others
                           # (a tax's too, a mark of the emblem before it, "f/ UD TAX RECEIPT", or its title in the
                           # region's script before a slash, which Tesseract reads as letters: "sirdta fetenra / UD TAX
                           # RECEIPT")
                           r"(?:^\W*|\s/\s*)(?:(?:[A-Za-z/]+\s+){0,3}(?:fees?|tax)\s+)?receipt\W*$|^\W*bill\s*payment\W*$|"
                           # ... and a receipt of money by its kind ("PREMIUM RECEIPT", "MONEY RECEIPT"), a "CASH MEMO"
                           # and a receipt's "Subject to realisation" of the cheque or transfer it records
                           # (also as a tax invoice: "PREMIUM RECEIPT CUM TAX INVOICE")
                           # (after a bar or slash too: "Group Personal Accident | Premium Receipt")
                           r"(?:^\W*|\s[|/]\s*)(?:premium|money|cash|rent|donation|deposit|advance)\s*receipt"
                           r"(?:\s*(?:cum|&|and)\s*(?:tax\s*)?invoice)?\W*$|^\W*cash\s*memo\W*$|"
                           r"\bsubject\s*to\s*reali[sz]ation\b|"
                           # a ticket's or bill's "Paid by UPI" (or cash, a bank rail, a card) on a line of its own,
                           # nothing else said of the outcome: that it was paid to heldout289 and heldout290, how it was
                           # paid to heldout55 to heldout61 (a till's "Paid by Debit Card"); a person's to read
                           # (and a receipt's "Recd. in cash" under its sum, as an agent writes it)
                           r"^\W*(?:paid|re[ec]d\.?|rcvd\.?|received)\s*(?:by|via|using|through|with|in)\s+"
                           r"(?:upi|cash|neft|imps|rtgs|bank\s*transfer|card|"
                           r"(?:credit|debit)\s*card|visa|mastercard|rupay|amex)\W*$|"
                           # a receipt's "Total paid 9,367" ("Amount received - Rs. 1,218.00") as its only word of the
                           # outcome: paid to some readers, a bill's column to others; a person's to read (also with
                           # the rail it came by: "Amount received (IMPS) INR 30,565.50" on a tax invoice)
                           r"^\W*(?:total|amount|sum|net\s*amount)\s*(?:paid|received)"
                           r"(?:\s*\(\s*(?:upi|neft|imps|rtgs|cash|card|cheque)\s*\))?\W*(?:rs\.?|inr|₹)?\s*\d|"
                           # a sum debited, its alert's masked account misread ("Your Afe XX3101 |s debited with INR
                           # 49,309.14"): the alert's outcome, unread
                           r"\bdebited\s*(?:with|by|for)\s*(?:rs\.?|inr|₹)\s*\d|"
                           # (an alert opening with its kind and sum: Axis Bank's "Debit INR 21,963.00 A/c no. XX5883")
                           r"^\W*(?:debit|credit)\s*(?:rs\.?|inr|₹)\s*\d|"
                           # (or the other way round, a billing app's "Received Amount Rs.2,415.00")
                           r"^\W*(?:paid|received)\s*amount\W*(?:rs\.?|inr|₹)?\s*\d|"
                           # a stamp of one or two words in capitals the stems lack ("REMITTED"): an outcome, unread;
                           # not a company's form wrapped onto its own line
                           r"(?-i:^\W*(?:[A-Z]+\s+)?(?!(?:LIMITED|INCORPORATED|REGISTERED|RESERVED|CERTIFIED)\b)[A-Z]{3,}ED\W*$)",
                           re.I)


# the stems of outcome words, for wordings the phrases above lack ("Payment accepted", "** AUTHORISED **",
# "Rejected by bank", "In process", an SMS's "... is pending.")
_STATUS_STEMS: tuple[tuple[PaymentStatus, re.Pattern[str]], ...] = (
    (PaymentStatus.FAILED, re.compile(r"\b(?:declined|fail(?:ed|ure)|rejected|unsuccessful|cancell?ed|reversed|bounced|"
                                      rf"{_FAILED_ABROAD}|[ée]chec|rejet[ée]e?|fallit[oa]|rifiutat[oa]|"
                                      r"non\s*riuscit[oa]|fallid[oa]|denegad[oa]|"
                                      r"could\s*not\s*be\s*(?:processed|completed)|"
                                      # a transfer the payee's bank sent back ("has been returned by the beneficiary
                                      # bank"; a till's change "returned to customer" is none), its "rn" read as an
                                      # "m" too ("Retumed by beneficiary bank - account closed")
                                      r"ret(?:urn|um|urm)ed\s*by\s*(?:the\s*)?"
                                      r"(?:beneficiary|payee|remitter|receiving|destination)|"
                                      # ... or an inward wire sent back ("Refunded to remitting bank - beneficiary
                                      # details incomplete")
                                      r"(?:returned|refunded)\s*to\s*(?:the\s*)?(?:remitter|remitting\s*bank|sender|"
                                      r"ordering\s*(?:bank|customer))|"
                                      r"could\s*not\s*(?:add|send|pay|complete|process)\b|"
                                      # a payment held for a payee's details that are wrong, which some issuers count
                                      # a failure ("ON HOLD - BANK DETAILS WRONG"; details "under verification" are not)
                                      r"(?:details?|account|a/c|ifsc)\s*(?:wrong|invalid|incorrect)|"
                                      # a success word negated ("Your payment was not successful"; not one
                                      # still to come: "Pending authorisation - checker has not approved yet")
                                      r"(?:not|n't)\s+(?:been\s+)?(?:successful(?:ly)?|completed?|approved|processed|"
                                      r"received|authori[sz]ed)(?!\s+yet))\b", re.I)),
    (PaymentStatus.PENDING, re.compile(r"\b(?:pending|processing|in\s*process|under\s*process|under\s*review|awaiting|"
                                       # money expected, not yet in, or a transfer in the bank's queue ("Received -
                                       # purpose code confirmation awaited", "Queued for next NEFT batch", "CREDIT NOT
                                       # YET REFLECTED - UNDER RECONCILIATION")
                                       r"awaited|queued(?:\s*(?:for|with|in)\s*(?:the\s*)?(?:next\s*)?(?:\w+\s*)?"
                                       r"(?:batch|bank|queue))?|under\s*reconciliation|"
                                       r"not\s*yet\s*(?:reflected|credited|realis\w*|realiz\w*)|"
                                       rf"waiting\s*for|{_NOT_YET_PAID}|"
                                       r"initiated|on\s*hold|in\s*progress|being\s*processed|en\s*attente|"
                                       # (a payout's "In queue - awaiting bank confirmation")
                                       r"in\s*(?:the\s*)?queue|"
                                       # (a banking page's maker-checker wait: "Sent for approval - second authoriser
                                       # yet to approve", "authoriser yet to release")
                                       r"sent\s*for\s*(?:approval|authori[sz]ation)|"
                                       r"yet\s*to\s*(?:be\s*)?(?:approved?|released?|authori[sz]ed?)|"
                                       r"in\s*behandeling|pendiente|ausstehend|"
                                       # a payout approved, not yet paid ("Approved - in next payment run")
                                       r"(?:next|coming)\s*pay(?:ment)?\s*run|"
                                       # (the euro area's: "Paiement en cours de traitement", "In attesa di conferma",
                                       # "Zahlung wird geprüft", "Wacht op betaling")
                                       r"en\s*cours|in\s*attesa|in\s*elaborazione|in\s*lavorazione|"
                                       r"wird\s*gepr(?:[üu]|ue)ft|in\s*bearbeitung|wacht\s*op|en\s*proceso|"
                                       r"en\s*tr[áa]mite)\b", re.I)),
    (PaymentStatus.SUCCESS, re.compile(r"\b(?:success(?:ful(?:ly)?)?|completed?|approved|authori[sz]ed|accepted|captured|"
                                       # (a distributor's collection receipt: "PAYMENT COLLECTED", "COLLECTED")
                                       r"collected|"
                                       # (an insurer's "Premium realised - policy issued"; "not yet realised" is a
                                       # wait, read first)
                                       r"realis[ez]d|"
                                       r"settled|bezahlt|erfolgreich|erfolgt|accept[ée]e?|geaccepteerd|goedgekeurd|"
                                       r"r[ée]ussie?|effectu[ée]e?|effettuat[oa]|eseguit[oa]|riuscit[oa]|"
                                       r"completat[oa]|abgeschlossen|ausgef(?:[üu]|ue)hrt|eingegangen|geslaagd|"
                                       r"uitgevoerd|voltooid|completad[oa]|realizad[oa]|exitos[oa]|"
                                       rf"{_SUCCEEDED_NORTH}|"
                                       # paid with thanks, and a payment confirmed, in the euro area's words
                                       # ("Réglé, merci"; "Zahlung bestätigt", never a booking's)
                                       r"(?:r[ée]gl[ée]|pay[ée])e?(?=\W*merci)|pagad[oa](?=\W*gracias)|"
                                       r"pagat[oa](?=\W*grazie)|betaald(?=\W*bedankt)|"
                                       r"(?<=zahlung\s)best(?:[äa]|ae)tigt|(?<=paiement\s)confirm[ée]e?|"
                                       r"(?<=pagamento\s)confermat[oa]|(?<=pago\s)confirmad[oa]|(?<=betaling\s)bevestigd|"
                                       # "PAID - Thank you", "Paid in full": not a label's verb ("Paid by"), nor
                                       # a label alone over its value ("Paid" over "Bank transfer")
                                       r"paid(?=\W*thank|\s*in\s*full))(?!\s*(?:signatory|signature|dealer|person|agent|by)\b)|"
                                       # "Payment received", "Received with thanks", "Credited": not a label's verb
                                       # (money "credited back" to the payer is a payment undone, not made)
                                       # (nor a negated one: "Gram Panchayat account not credited", "not yet credited")
                                       r"(?<!amount\s)(?<!total\s)(?<!sum\s)(?<!not\s)(?<!yet\s)\b(?:received|credited)\b"
                                       r"(?!\s*(?:by|from|to|on|at|amount|back)\b)", re.I)),
)
_STATUS_WORD_LABEL = re.compile(r"(?:status|statut|stato|estado|esito|[ée]tat\s*du\s*paiement)\s*[:\-]?", re.I)
# words that state a payment's outcome only after a status label: alone, "Reçu" titles a French receipt and
# "Betaald" may label a sum ("Statut: Paiement reçu", "Esito: Saldato", "Betaalstatus: Voldaan")
_LABELLED_SUCCESS = re.compile(r"\b(?:r[ée]gl[ée]e?|pay[ée]e?|re[çc]ue?|confirm[ée]e?|ex[ée]cut[ée]e?|pagat[oa]|"
                               r"pagad[oa]|betaald|ontvangen|saldat[oa]|confermat[oa]|confirmad[oa]|voldaan|"
                               r"ejecutad[oa]|bezahlt)\b", re.I)
# what may stand beside an outcome word on a line that only states the outcome; "Cards accepted" or
# "No refund once cancelled" say something else
_STATUS_FILLER = re.compile(
    r"(?:\W|\b(?:payment|transaction|txn|transfer|funds|money|order|booking|recharge|deposit|purchase|sale|"
    r"withdrawal|top[\s\-]?up|subscription|renewal|charge|settlement|your|the|was|is|has|have|been|"
    # a forex card's load, a card payment's EMI conversion, funds transferred ("Load Successful", "EMI conversion
    # successful", "Funds transferred successfully")
    r"load(?:ed)?|forex|emi|conversion|transferred|"
    r"by|from|bank|with|thanks?|you|successfully|confirmation|status|request|at|beneficiary|added|aufladung|still|"
    r"[üu]berweisung|"
    r"betrag|zahlung|ihre|vielen|dank|paiement|betaling(?:en)?|transactie|pago|in\s*full|thank\s*you|pagamento|"
    r"betalning(?:en)?|transaktion(?:en)?|maksu|transakcja|p(?:ł|l)atno(?:ś|s)(?:ć|c)|przelew|"
    r"virement|bonifico|transferencia|overboeking|operazione|operaci[óo]n|op[ée]ration|merci|grazie|gracias|"
    r"bedankt|de|di|du|della|del|dalla|la|le|het|uw|votre|il|el|traitement|conferma|banca|banque|"
    # (a rail's transfer: "NEFT in process")
    r"direct\s*debit|neft|rtgs|imps)\b)*", re.I)
# (and other languages': "Betrag bezahlt - vielen Dank", "Paiement accepté")
# a payment's subject run into its outcome by OCR ("DirectDebitfailed", "Paiementaccepté"): read apart
_GLUED_SUBJECT = re.compile(r"(?i:(payment|paiement|betaling|transaction|transactie|zahlung|[üu]berweisung|aufladung|"
                            r"debit|pago))(?=[a-z])(?!en\b)")  # (Danish and Norwegian "Betalingen": the word whole)
# (not a negated one: "was NOT CREDITED - beneficiary bank rejected it")
_OUTCOME_VERB = re.compile(r"\b(?:is|was|has\s*been|been|got|has|have)\s+(?:(?!not\b|never\b)\w+\s+)?$", re.I)


def _status_by_stem(lines: list[PageLine]) -> list[tuple[PaymentStatus, list[OcrWord], str]]:
    """Statuses worded by outcome stems: after a "Status" label, alone on a short line, or as a sentence's verb."""
    found: list[tuple[PaymentStatus, list[OcrWord], str]] = []
    for i, line in enumerate(lines):
        if i and _wrapped_condition(lines[i - 1], line):
            continue
        text = _GLUED_SUBJECT.sub(r"\1 ", line.text)
        label = _STATUS_WORD_LABEL.search(text)
        after = label.end() if label else 0
        if label and not text[after:].strip() and i + 1 < len(lines):
            # a status label alone on its line, its value stacked under it ("Etat du paiement" over "Réglé, merci")
            line = lines[i + 1]
            text, after = _GLUED_SUBJECT.sub(r"\1 ", line.text), 0
        stems = [*_STATUS_STEMS, (PaymentStatus.SUCCESS, _LABELLED_SUCCESS)] if label else _STATUS_STEMS
        stated_before = False  # an outcome the line states first, its subject on the line above
        for status, stem in stems:
            m = stem.search(text, after)
            if not m:
                continue
            if label:
                basis = "label:status"
            elif _STATUS_FILLER.fullmatch(text[: m.start()] + " " + text[m.end():]):
                basis = "keyword"  # a line that only states the outcome ("** AUTHORISED **", "Rejected by bank")
            elif _OUTCOME_VERB.search(text[: m.start()]) and not _conditional(text[: m.start()]) and not stated_before:
                basis = "sentence"
            else:
                # (a failure wrapped onto its line, then what followed it: "could not be processed; the amount is
                # credited" / "back to your A/c." -- the money's way back is no success)
                stated_before = True
                continue
            words = line.words_in(*m.span()) if text == line.text else line.words
            found.append((status, words, basis))
            break  # the first outcome class a line states (failed before success: "could not be completed")
    return found
