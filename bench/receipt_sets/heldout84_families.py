"""The twelve heldout84 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: payments that end badly or not yet, and receipts
that change hands twice, in India, the UK, the US and the euro area (Ireland, Germany, the Netherlands, France): a
terminal's paper roll with a declined slip and the retry under it, a UPI payment debited but not credited with its
refund timeline, a merchant's e-mail about a reversed or refunded card charge, a bank's notice of a transfer
returned by the beneficiary's bank, a biller's letter about a direct debit returned unpaid with a fee, a bank app's
cheque deposit still clearing, a receipt for a part payment with a balance outstanding, an order's deposit with the
rest due on delivery, a till receipt paid with two cards, a pay-later plan's first instalment, a voided card sale
with the reprint of the sale, and an online order paid with a gift card and a card. The money and date helpers come
from heldout82's (rupees) and heldout83's (dollars, pounds, euros) modules; the page's mark, grouping and date
pattern are chosen once; ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field
is not printed).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout82_families import Rupees
from bench.receipt_sets.heldout82_families import when_text as india_text
from bench.receipt_sets.heldout83_families import (
    ALNUM,
    BANDS,
    DE_MONTH,
    EMAIL,
    FR_MONTH,
    NL_MONTH,
    PAYERS,
    SCREEN,
    THERMAL,
    Money,
    bar,
    clock,
    later,
    masked,
    pattern_for,
    wrap,
)
from bench.receipt_sets.heldout83_families import when_text as world_text

DARK = {"screen": True, "paper": (22, 22, 28), "ink": (236, 236, 240), "accent": (255, 196, 90),
        "label_ink": (150, 150, 165), "width": 540, "size": 20}
WEB = {"screen": True, "paper": (246, 247, 249), "ink": (30, 33, 40), "accent": (10, 80, 140), "width": 740,
       "size": 17}
LETTER = {"paper": (255, 255, 255), "width": 760, "size": 17}

IN_PATTERNS = ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "{d} %b %Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y", "%d/%m/%y"]
IN_PAYERS = ["Aditi Sharma", "Karthik Subramanian", "Ritu Malhotra", "Imran Qureshi", "Shreya Deshpande",
             "Manoj Tiwari", "Divya Menon", "Harsh Vardhan Rao", "Swati Chatterjee", "Nikhil Agarwal"]
IN_BANKS = ["HDFC Bank", "State Bank of India", "ICICI Bank", "Axis Bank", "Kotak Mahindra Bank", "Bank of Baroda",
            "Punjab National Bank", "Canara Bank", "IDFC FIRST Bank", "Federal Bank"]
LANG = {"UK": "en", "US": "en", "IE": "en", "IN": "en", "DE": "de", "NL": "nl", "FR": "fr"}
MONTHS = {"DE": DE_MONTH, "NL": NL_MONTH, "FR": FR_MONTH}


# ---------------------------------------------------------------- values


class Cash:
    """A page's currency: rupees on Indian pages (₹ only in faces that hold it), else heldout83's marks."""

    def __init__(self, rng: random.Random, country: str, font: str, p_whole: float = 0.0):
        if country == "IN":
            self.inner = Rupees(rng, font, p_whole=p_whole)
            self.ccy = "INR"
        else:
            self.inner = Money(rng, country)
            self.ccy = self.inner.ccy

    def __call__(self, value: float, sign: str = "") -> str:
        return self.inner(value, sign)

    def bare(self, value: float) -> str:
        return self.inner.bare(value)


def pattern(rng: random.Random, country: str) -> str:
    return rng.choice(IN_PATTERNS) if country == "IN" else pattern_for(rng, country)


def stamp(date: dt.date, pat: str, country: str, upper: bool = False) -> str:
    """``date`` in the page's pattern (Indian pages in English month names, euro pages in their language)."""
    if country == "IN":
        return india_text(date, pat, upper)
    return world_text(date, pat, MONTHS.get(country), upper)


def hour(rng: random.Random, country: str, seconds: bool = False) -> str:
    return clock(rng, "US" if country in ("US", "IN") else "UK", seconds)


def done(name, total, ccy, txn, dated, method, status) -> dict:
    return truth_fields(name, round(total, 2), ccy, txn, dated, method, status)


def sum_in(rng: random.Random, country: str, low: float, high: float) -> float:
    """A sum in the page's currency (rupee sums about eighty times larger, whole rupees on a share)."""
    if country == "IN":
        value = rng.uniform(low * 80, high * 80)
        return float(round(value)) if rng.random() < 0.5 else round(value, 2)
    return round(rng.uniform(low, high), 2)


def payer(rng: random.Random, country: str) -> str:
    return rng.choice(IN_PAYERS if country == "IN" else PAYERS[country])


def screen_style(rng: random.Random, base: dict, p_dark: float = 0.25, p_band: float = 0.35) -> dict:
    roll = rng.random()
    if roll < p_dark:
        return dict(DARK, width=base.get("width", 540), size=base.get("size", 20))
    if roll < p_dark + p_band:
        return dict(base, band=rng.choice(BANDS), band_ink=(255, 255, 255))
    return dict(base)


# ---------------------------------------------------------------- 1 a declined slip and its retry on one roll


RETRY_SHOPS = {
    "UK": [("THE OLD FORGE DELI", "2 BRIDGE STREET", "HEBDEN BRIDGE HX7 8EX"),
           ("NORTHCOTE CYCLES", "41 NORTHCOTE RD", "LONDON SW11 1NJ"),
           ("SEASALT & SAGE", "18 FORE STREET", "ST IVES TR26 1HE")],
    "US": [("LONE PINE OUTFITTERS", "210 E MAIN ST", "BOZEMAN MT 59715"),
           ("PARK SLOPE PANTRY", "488 7TH AVE", "BROOKLYN NY 11215"),
           ("DESERT BLOOM NURSERY", "3120 N CAMPBELL AVE", "TUCSON AZ 85719")],
    "IE": [("THE GRAIN STORE", "QUAY STREET", "WESTPORT CO MAYO"), ("BRIDGE ST BOOKS", "9 BRIDGE ST", "CORK")],
    "DE": [("WEINHANDLUNG KORK & CO", "Schillerstr. 12", "04109 Leipzig"),
           ("FAHRRADLADEN SPEICHE", "Wilhelmstr. 5", "72074 Tübingen")],
    "NL": [("SLAGERIJ DE HAAN", "Voorstraat 33", "3512 AK Utrecht"),
           ("BOEKHANDEL VAN ROSSUM", "Oudegracht 140", "3511 AZ Utrecht")],
    "IN": [("MODERN BAZAAR", "VASANT VIHAR", "NEW DELHI 110057"), ("NILGIRI OPTICALS", "BRIGADE ROAD",
           "BENGALURU 560025"), ("SHREE GANESH ELECTRONICS", "FC ROAD", "PUNE 411005")],
}
RETRY_WORDS = {
    "en": {"sale": ["SALE", "PURCHASE"], "amt": ["AMOUNT", "TOTAL", "AMT"], "no": ["RECEIPT", "TXN NO", "INV NO"],
           "auth": ["AUTH CODE", "APPR CODE", "AUTH NO"], "ref": ["RRN", "REF NO"], "tid": "TID", "mid": "MID",
           "declined": ["DECLINED", "CARD DECLINED", "NOT AUTHORISED"], "approved": ["APPROVED", "AUTHORISED",
           "APPROVED - THANK YOU"], "why": ["RESP 51 INSUFFICIENT FUNDS", "RESP 05 DO NOT HONOUR",
           "65 PLEASE INSERT CARD", "55 INCORRECT PIN", "PLEASE TRY ANOTHER CARD"],
           "cvm": ["PIN VERIFIED", "NO CVM REQUIRED"], "copy": ["CUSTOMER COPY", "CARDHOLDER COPY"]},
    "de": {"sale": ["Kartenzahlung", "Zahlung"], "amt": ["Betrag", "BETRAG"], "no": ["Beleg-Nr.", "Beleg"],
           "auth": ["Genehmigungs-Nr.", "Autorisierungs-Nr."], "ref": ["Trace-Nr."], "tid": "Terminal-ID",
           "mid": "VU-Nr.", "declined": ["Zahlung abgelehnt", "ABGELEHNT"], "approved": ["Zahlung erfolgt",
           "GENEHMIGT"], "why": ["Limit überschritten", "Bitte Karte stecken", "PIN falsch"],
           "cvm": ["PIN ok", "Kontaktlos"], "copy": ["KUNDENBELEG", "Kundenbeleg"]},
    "nl": {"sale": ["BETALING", "Betaling"], "amt": ["Bedrag", "BEDRAG"], "no": ["Transactienr.", "Volgnr."],
           "auth": ["Autorisatiecode"], "ref": ["Referentie"], "tid": "Terminal", "mid": "Merchant",
           "declined": ["Geweigerd", "BETALING MISLUKT"], "approved": ["Akkoord", "BETALING GESLAAGD"],
           "why": ["Saldo ontoereikend", "Steek kaart in", "Onjuiste pincode"], "cvm": ["Pincode ok"],
           "copy": ["KLANTTICKET", "Klantticket"]},
}
SCHEMES = ["VISA", "VISA DEBIT", "MASTERCARD", "DEBIT MASTERCARD", "MAESTRO", "AMEX"]
IN_SCHEMES = ["VISA", "MASTERCARD", "RUPAY", "RUPAY DEBIT", "VISA CREDIT"]


def declined_retry_slip(rng: random.Random, font: str):
    """A card terminal's paper roll as the customer took it: the declined slip (DECLINED / ABGELEHNT / Geweigerd with
    a response code or a reason, no approval code) and under it the retry's slip a minute later, on the same or
    another card, for the same sum: approved on most (its approval code on a share, its RRN or reference, its own
    slip number), declined again on a share. Both slips print the shop on top, MID and TID, the date and time, the
    scheme, the masked card, the entry mode and the sum. The truth is the retry's, the last attempt on the paper."""
    country = rng.choice(["UK", "UK", "US", "US", "IE", "DE", "NL", "IN", "IN"])
    lang = LANG[country] if country in ("DE", "NL") and rng.random() < 0.7 else "en"
    w = RETRY_WORDS[lang]
    name, street, city = rng.choice(RETRY_SHOPS[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    total = sum_in(rng, country, 9.0, 420.0)
    schemes = IN_SCHEMES if country == "IN" else SCHEMES
    mid, tid = digits(rng, rng.choice([9, 12, 15])), code(rng, 8, "0123456789")
    dated_shown = shown(rng, 0.1)
    sale = rng.choice(w["sale"])
    amt = rng.choice(w["amt"])
    hh, mm = rng.randrange(8, 21), rng.randrange(0, 57)
    first_card = (rng.choice(schemes), masked(rng, rng.choice(["stars", "x"]))[1])
    same = rng.random() < 0.5
    second_card = first_card if same else (rng.choice(schemes), masked(rng, rng.choice(["stars", "x"]))[1])
    retry_ok = rng.random() < 0.75
    no_label = rng.choice(w["no"])
    first_no = rng.randrange(100, 9000)
    rows: list[tuple] = []
    txn = None
    for attempt in (1, 2):
        rows.append(("title", name))
        rows.append(("center", street))
        rows.append(("center", city))
        rows.append(("center", rng.choice(w["copy"])) if attempt == 1 or rng.random() < 0.6 else ("gap",))
        rows.append(("pair", w["mid"], mid))
        rows.append(("pair", w["tid"], tid))
        minute = mm + attempt - 1
        time_text = (f"{(hh - 1) % 12 + 1}:{minute:02d} {'PM' if hh >= 12 else 'AM'}" if country in ("US", "IN")
                     else f"{hh:02d}:{minute:02d}")
        if dated_shown:
            rows.append(("left", f"{stamp(when, pat, country, upper=lang == 'en')}  {time_text}"))
        else:
            rows.append(("left", time_text))
        scheme, pan = first_card if attempt == 1 else second_card
        rows.append(("left", f"{sale}  {scheme}"))
        rows.append(("left", pan))
        entry = {"en": ["CONTACTLESS", "CHIP", "TAP"], "de": ["kontaktlos", "Chip"], "nl": ["Contactloos", "Chip"]}
        if attempt == 1:
            rows.append(("left", entry[lang][0]))
        else:
            rows.append(("left", rng.choice(entry[lang][1:] if same else entry[lang])))
        rows.append(("pair", amt, m(total)))
        number = str(first_no + attempt - 1).zfill(6)
        rows.append(("pair", no_label, number))
        ok = attempt == 2 and retry_ok
        if attempt == 2:
            txn = number
        if attempt == 2 or shown(rng, 0.5):
            ref = digits(rng, 12)
            rows.append(("pair", rng.choice(w["ref"]), ref))
            if attempt == 2:
                txn = ref
        if ok:
            if shown(rng, 0.4):
                appr = digits(rng, 6)
                rows.append(("pair", rng.choice(w["auth"]), appr))
                txn = appr
            rows.append(("center", rng.choice(w["cvm"])))
            rows.append(("big" if lang == "en" else "title", rng.choice(w["approved"])))
        else:
            rows.append(("big" if lang == "en" else "title", rng.choice(w["declined"])))
            rows.append(("center", rng.choice(w["why"])))
        if attempt == 1:
            rows.append(("rule",))
            rows.append(("gap",))
            rows.append(("rule",))
    if country == "IN":
        rows.append(("small", rng.choice(["Powered by Pine Labs", "Mswipe - HDFC Bank", "ICICI Bank Merchant Services"])))
    else:
        rows.append(("small", rng.choice(["Ingenico Desk/3500", "Verifone V240m", "PAX A80", "Castles S1F2"])))
    status = "success" if retry_ok else "failed"
    dated = when if dated_shown else None
    return rows, done(name, total, m.ccy, txn, dated, "card", status), dict(THERMAL)


# ---------------------------------------------------------------- 2 a UPI payment debited but not credited


UPI_APPS = ["WhatsApp", "CRED", "Amazon Pay", "Airtel Thanks", "Fi Money", "slice", "Groww"]
UPI_PAYEES = ["Sai Krishna Tiffin Centre", "Lakshmi Stores", "Janta Medical Hall", "Royal Enfield Service Point",
              "Green Leaf Salon", "Metro Cash & Carry", "Balaji Travels", "Udupi Grand", "Apna Bazaar", "Zudio"]
UPI_WORDS = {
    "pending": ["Payment pending", "Money debited - awaiting confirmation", "Payment processing",
                "Waiting for bank confirmation"],
    "failed": ["Payment failed", "Transaction failed", "Payment failed - refund initiated"],
    "success": ["Payment successful", "Payment successful after bank re-check"],
}


def upi_pending_refund(rng: random.Random, font: str):
    """A UPI payment's detail in an app (WhatsApp, CRED, Amazon Pay, Airtel Thanks, Fi, slice, Groww) after the
    money left the payer's account but the payee's bank has not confirmed: the outcome as a heading (pending on most,
    failed or confirmed on a share), the sum, the payee and their UPI id, the payer's bank and masked account, the
    day paid, a refund timeline (debited, awaiting the payee's bank, auto-refund by a later day), the UPI reference
    and the app's own id, and on a share a raised complaint's ticket and its day. The id is the UPI reference, else
    the app's transaction id."""
    app = rng.choice(UPI_APPS)
    m = Cash(rng, "IN", font, p_whole=0.4)
    when = day(rng)
    pat = rng.choice(IN_PATTERNS)
    payee = rng.choice(UPI_PAYEES)
    total = sum_in(rng, "IN", 1.5, 90.0)
    roll = rng.random()
    status = "pending" if roll < 0.6 else ("failed" if roll < 0.88 else "success")
    words = rng.choice(UPI_WORDS[status])
    style = screen_style(rng, SCREEN)
    rows: list[tuple] = [bar(rng, "IN"), ("left", f"<  {app}" + ("" if app.endswith("Pay") else " UPI"))]
    rows.append(("gap",))
    rows.append(("title" if len(words) < 26 else "center", words))
    rows.append(("big", m(total)))
    rows.append(("center", f"to {payee}"))
    slug = "".join(ch for ch in payee.lower() if ch.isalnum())[:12]
    rows.append(("small", rng.choice([f"{slug}@okicici", f"{slug}.{digits(rng, 2)}@ybl", f"q{digits(rng, 9)}@axl",
                                      f"paytmqr{digits(rng, 8)}@paytm"])))
    rows.append(("rule",))
    bank = rng.choice(IN_BANKS)
    who = payer(rng, "IN")
    label = rng.choice(["Debited from", "From", "Paid from"])
    rows.append(("pair", label, f"{bank} XX{digits(rng, 4)}"))
    if shown(rng, 0.5):
        rows.append(("pair", "Account holder", who))
    time = hour(rng, "IN")
    date_text = stamp(when, pat, "IN")
    dated = None
    if shown(rng, 0.08):
        kind = rng.choice(["Paid on", "Initiated on", "Date & time", "Date"])
        rows.append(("pair", kind, f"{date_text}, {time}"))
        dated = when
    refund_by = later(when, rng, 2, 5)
    txn = None
    app_id = code(rng, rng.choice([16, 20]), ALNUM)
    if shown(rng, 0.15):
        utr = digits(rng, 12)
        rows.append(("pair", rng.choice(["UPI Ref No.", "UPI transaction ID", "UTR"]), utr))
        txn = utr
    if shown(rng, 0.4):
        rows.append(("pair", f"{app} txn ID" if len(app) < 12 else "Transaction ID", app_id))
        txn = txn or app_id
    rows.append(("rule",))
    rows.append(("left", "Status updates"))
    rows.append(("left", f"o  {m(total)} debited from your account"))
    if status == "pending":
        rows.append(("left", f"o  Waiting for {payee[:18]}'s bank"))
        rows.append(("left", f"o  Refund by {stamp(refund_by, pat, 'IN')} if not credited"))
        wrap(rows, "Don't pay again. If the payee's bank does not confirm, the money is returned to your account "
             "automatically.", 48, "small")
    elif status == "failed":
        rows.append(("left", "x  Payee's bank did not respond"))
        rows.append(("left", f"o  Refund expected by {stamp(refund_by, pat, 'IN')}"))
    else:
        rows.append(("left", f"o  Credited to {payee[:20]}"))
    if shown(rng, 0.55):
        ticket = f"{rng.choice(['CMP', 'TKT', 'SR'])}{digits(rng, 9)}"
        rows.append(("rule",))
        rows.append(("pair", "Complaint ID", ticket))
        rows.append(("pair", "Raised on", stamp(later(when, rng, 0, 1), pat, "IN")))
    rows.append(("center", rng.choice(["Need help?  Raise a dispute", "Contact support", "Share receipt"])))
    return rows, done(payee, total, "INR", txn, dated, "UPI", status), style


# ---------------------------------------------------------------- 3 a reversed or refunded card charge's e-mail


REVERSAL_SHOPS = {
    "UK": ["Hotel Chocolat", "Trainline", "Oliver Bonas", "Wiggle", "Cotswold Outdoor", "Ryman"],
    "US": ["REI Co-op", "Chewy", "Warby Parker", "Allbirds", "StubHub", "Crate & Barrel"],
    "IE": ["Irish Rail", "Brown Thomas", "Littlewoods Ireland"],
    "DE": ["Tchibo", "Otto", "Deutsche Bahn"],
    "NL": ["HEMA", "Wehkamp", "NS International"],
    "FR": ["Decathlon", "SNCF Connect", "La Redoute"],
    "IN": ["Myntra", "BigBasket", "MakeMyTrip", "Croma", "BookMyShow"],
}
REVERSAL_WORDS = {
    "en": {"failed": ["Payment reversed - you have not been charged", "Your payment didn't go through",
                      "Payment not completed - the hold on your card has been released"],
           "refund": ["Your refund is on its way", "Refund issued", "We've refunded your payment"],
           "try": ["Attempted on", "Order date", "Date"], "paid": ["Charged on", "Original payment date",
           "Paid on"], "amount": ["Amount", "Payment amount", "Original charge", "Order total"],
           "refund_amt": ["Refund amount", "Amount refunded"], "refunded_on": ["Refunded on", "Refund date"],
           "expect": ["Expect it by", "Should reach you by"], "id": ["Transaction ID", "Payment reference",
           "Payment ID"], "order": ["Order number", "Order #", "Booking reference"], "rid": ["Refund ID", "ARN",
           "Refund reference"], "method": ["Payment method", "Paid with", "Card"], "hi": "Hi"},
    "de": {"failed": ["Zahlung storniert - Ihnen wurde nichts berechnet",
                      "Ihre Zahlung konnte nicht abgeschlossen werden"],
           "refund": ["Ihre Erstattung ist unterwegs", "Betrag erstattet"], "try": ["Datum", "Bestelldatum"],
           "paid": ["Belastet am", "Zahlungsdatum"], "amount": ["Betrag", "Bestellsumme"],
           "refund_amt": ["Erstatteter Betrag", "Erstattung"], "refunded_on": ["Erstattet am"],
           "expect": ["Gutschrift bis"], "id": ["Transaktions-ID", "Zahlungsreferenz"],
           "order": ["Bestellnummer"], "rid": ["Erstattungs-ID"], "method": ["Zahlungsart", "Bezahlt mit"],
           "hi": "Hallo"},
    "nl": {"failed": ["Betaling teruggedraaid - er is niets afgeschreven", "Je betaling is niet gelukt"],
           "refund": ["Je terugbetaling is onderweg", "Bedrag terugbetaald"], "try": ["Datum", "Besteldatum"],
           "paid": ["Afgeschreven op", "Betaaldatum"], "amount": ["Bedrag", "Totaalbedrag"],
           "refund_amt": ["Terugbetaald bedrag"], "refunded_on": ["Terugbetaald op"], "expect": ["Verwacht op"],
           "id": ["Transactie-ID", "Betalingskenmerk"], "order": ["Bestelnummer"], "rid": ["Terugbetalings-ID"],
           "method": ["Betaalmethode", "Betaald met"], "hi": "Hoi"},
    "fr": {"failed": ["Paiement annulé - aucun montant n'a été débité", "Votre paiement n'a pas abouti"],
           "refund": ["Votre remboursement est en route", "Remboursement effectué"], "try": ["Date",
           "Date de commande"], "paid": ["Débité le", "Date du paiement"], "amount": ["Montant", "Total TTC"],
           "refund_amt": ["Montant remboursé"], "refunded_on": ["Remboursé le"], "expect": ["Crédit prévu le"],
           "id": ["ID de transaction", "Référence de paiement"], "order": ["N° de commande"],
           "rid": ["Référence du remboursement"], "method": ["Moyen de paiement", "Payé avec"], "hi": "Bonjour"},
}


def charge_reversal_email(rng: random.Random, font: str):
    """A shop's, a railway's or a ticket seller's e-mail about a card charge that did not stand, in English (UK, US,
    Ireland, India) or in German, Dutch or French: on most a payment that was authorised and then reversed before it
    was taken (heading words say it did not go through or that nothing was charged; the hold's release day), on a
    share a payment that went through and was refunded in full (the original charge and its day beside the refund's
    sum, day, ID or ARN and the day it should reach the card). The shop on top, the customer greeted, the order's
    number, the payment's transaction id on a share, the way paid. The amount is the sum tried or charged; the id
    the payment's own, else the order's number."""
    country = rng.choice(["UK", "UK", "US", "US", "IE", "DE", "NL", "FR", "IN", "IN"])
    lang = LANG[country]
    w = REVERSAL_WORDS[lang]
    shop = rng.choice(REVERSAL_SHOPS[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    total = sum_in(rng, country, 12.0, 380.0)
    refund = rng.random() < 0.4
    rows: list[tuple] = [("small", f"From: {shop} <{rng.choice(['noreply', 'orders', 'payments'])}@"
                                   f"{''.join(ch for ch in shop.lower() if ch.isalnum())[:14]}.com>")]
    greeted = payer(rng, country).split()[0]
    rows.append(("small", f"To: {greeted.lower()}{digits(rng, 2)}@gmail.com"))
    rows.append(("rule",))
    rows.append(("title", shop))
    status = None
    if refund:
        rows.append(("center", rng.choice(w["refund"])))
    else:
        status = "failed"
        rows.append(("center", rng.choice(w["failed"])))
    rows.append(("gap",))
    rows.append(("left", f"{w['hi']} {greeted},"))
    method_kind = rng.choice(["card", "card", "card", "wallet"] if country != "IN" else ["card", "UPI", "card"])
    if lang == "en":
        if refund:
            wrap(rows, "We've processed your refund. It can take a few working days to show on your statement.", 62)
        else:
            wrap(rows, "Your bank approved the payment but we couldn't confirm your order, so we cancelled it. "
                 + ("If the money left your account it will come back automatically." if method_kind == "UPI" else
                    "If you see a pending charge it will drop off your statement."), 62)
    rows.append(("rule",))
    order = {"US": f"{digits(rng, 3)}-{digits(rng, 7)}", "IN": f"OD{digits(rng, 14)}"}.get(
        country, code(rng, 8, ALNUM))
    txn = None
    if shown(rng, 0.2):
        rows.append(("pair", rng.choice(w["order"]), order))
        txn = order
    dated = None
    if shown(rng, 0.1):
        rows.append(("pair", rng.choice(w["paid"] if refund else w["try"]), stamp(when, pat, country)))
        dated = when
    labels = [label for label in w["amount"] if refund or label != "Original charge"]
    rows.append(("pair", rng.choice(labels), m(total)))
    if shown(rng, 0.15):
        if method_kind == "card":
            scheme = rng.choice(["Visa", "Mastercard", "Amex"] if country != "IN" else ["HDFC Visa", "RuPay",
                                                                                        "ICICI Mastercard"])
            value = f"{scheme} {masked(rng, rng.choice(['dots', 'ending', 'short']))[1]}"
        elif method_kind == "wallet":
            value = rng.choice(["PayPal", "Apple Pay", "Google Pay"])
        else:
            value = f"UPI ({payer(rng, 'IN').split()[0].lower()}@okaxis)"
        rows.append(("pair", rng.choice(w["method"]), value))
        method = method_kind
    else:
        method = None
    if shown(rng, 0.4):
        tid = (f"pay_{code(rng, 14, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}" if country == "IN"
               and rng.random() < 0.5 else code(rng, rng.choice([10, 12, 17]), ALNUM))
        rows.append(("pair", rng.choice(w["id"]), tid))
        txn = tid
    rows.append(("rule",))
    if refund:
        rows.append(("pair", rng.choice(w["refund_amt"]), m(total)))
        rows.append(("pair", rng.choice(w["refunded_on"]), stamp(later(when, rng, 2, 12), pat, country)))
        if shown(rng, 0.4):
            rows.append(("pair", rng.choice(w["rid"]), digits(rng, 23) if rng.random() < 0.4 else
                         f"RF{code(rng, 10, ALNUM)}"))
        rows.append(("pair", rng.choice(w["expect"]), stamp(later(when, rng, 14, 20), pat, country)))
    else:
        release = later(when, rng, 3, 7)
        if lang == "en":
            rows.append(("left", f"{'Refund by' if method_kind == 'UPI' else 'Hold released by'} "
                                 f"{stamp(release, pat, country)}"))
        if shown(rng, 0.5):
            rows.append(("pair", "Case" if lang == "en" else "Vorgang" if lang == "de" else "Dossier" if lang == "fr"
                         else "Zaak", f"{digits(rng, 8)}"))
    rows.append(("gap",))
    rows.append(("small", {"en": "Questions? Reply to this e-mail or visit our help centre.",
                           "de": "Fragen? Antworten Sie einfach auf diese E-Mail.",
                           "nl": "Vragen? Beantwoord deze e-mail.", "fr": "Des questions ? Répondez à cet e-mail."
                           }[lang]))
    return rows, done(shop, total, m.ccy, txn, dated, method, status), screen_style(rng, EMAIL, 0.15, 0.35)


# ---------------------------------------------------------------- 4 a transfer returned by the beneficiary's bank


RETURN_BANKS = {
    "IN": ["HDFC Bank NetBanking", "SBI Online", "ICICI Bank Internet Banking", "Axis Bank Internet Banking"],
    "UK": ["Lloyds Bank", "NatWest", "Barclays", "Nationwide", "Santander UK"],
    "US": ["Chase", "Bank of America", "Wells Fargo", "PNC Bank"],
    "IE": ["AIB", "Bank of Ireland", "PTSB"],
    "DE": ["Sparkasse KölnBonn", "Commerzbank", "DKB", "Volksbank Mittelhessen"],
    "NL": ["ING", "Rabobank", "ABN AMRO"],
    "FR": ["Crédit Agricole", "BNP Paribas", "Société Générale"],
}
BENEFICIARIES = {
    "IN": ["Saraswati Builders", "Vikas Kumar Jain", "Anand Hostel Mess", "Orchid Interiors", "Meenakshi Iyer"],
    "UK": ["Greenway Lettings Ltd", "J Pritchard Plumbing", "Amelia Watts", "Harbour Tutors Ltd"],
    "US": ["Summit Roofing LLC", "Maria Lopez", "Oakridge Property Mgmt", "Bright Path Daycare"],
    "IE": ["Corrib Kitchens Ltd", "Sean Gallagher", "Dublin Dance Academy"],
    "DE": ["Malerbetrieb Krause", "Sabine Vogel", "Hausverwaltung Nord GmbH"],
    "NL": ["Aannemersbedrijf Bos", "Pieter Kuipers", "VvE Parkzicht"],
    "FR": ["SARL Menuiserie Petit", "Claire Fontaine", "Syndic Lumière"],
}
RETURN_WORDS = {
    "en": {"head": ["Payment returned", "Transfer returned", "Returned by beneficiary bank",
                    "Payment returned - not credited to the payee"],
           "to": ["To", "Beneficiary", "Payee", "Paid to"], "amt": ["Amount", "Transfer amount", "Payment amount"],
           "date": ["Transfer date", "Date", "Payment date"], "back": ["Returned on", "Credited back on"],
           "why": ["Reason", "Return reason"], "fee": ["Return fee", "Charges"],
           "acct": ["Account number", "Account no.", "A/c no."]},
    "de": {"head": ["Überweisung zurückgekommen", "Rücküberweisung - nicht gutgeschrieben"],
           "to": ["Empfänger"], "amt": ["Betrag"], "date": ["Ausführungsdatum", "Datum"],
           "back": ["Gutschrift der Rückbuchung"], "why": ["Grund"], "fee": ["Entgelt"], "acct": ["IBAN"]},
    "nl": {"head": ["Overboeking teruggestort", "Betaling geweigerd door bank begunstigde"],
           "to": ["Begunstigde", "Naar"], "amt": ["Bedrag"], "date": ["Datum", "Uitvoerdatum"],
           "back": ["Teruggestort op"], "why": ["Reden"], "fee": ["Kosten"], "acct": ["IBAN"]},
    "fr": {"head": ["Virement rejeté", "Virement retourné par la banque du bénéficiaire"],
           "to": ["Bénéficiaire"], "amt": ["Montant"], "date": ["Date d'exécution", "Date"],
           "back": ["Recrédité le"], "why": ["Motif"], "fee": ["Frais"], "acct": ["IBAN"]},
}
RETURN_REASONS = {
    "IN": ["Account closed", "Invalid account number", "Beneficiary name mismatch", "Account frozen"],
    "UK": ["Account closed", "Beneficiary account name does not match", "Account not found"],
    "US": ["R03 - No account / unable to locate", "R02 - Account closed", "R04 - Invalid account number"],
    "IE": ["AC04 Account closed", "AC01 Incorrect account number"], "DE": ["AC04 Konto erloschen",
    "AC01 IBAN fehlerhaft"], "NL": ["AC04 Rekening opgeheven", "MD07 Begunstigde overleden"],
    "FR": ["AC04 Compte clôturé", "AC01 IBAN incorrect"],
}


def returned_transfer(rng: random.Random, font: str):
    """A bank's web page (under its address bar) about a transfer the beneficiary's bank sent back: NEFT or IMPS in
    India, Faster Payments in the UK, ACH or a wire in the US, a SEPA transfer in Ireland, Germany, the Netherlands
    or France (in the country's words): the returned outcome as a heading, the beneficiary and their masked account
    or IBAN, the sum, the transfer's day, the day it came back and the reason (an ISO or NACHA code on a share), a
    return fee on a share, the transfer's UTR or reference and the return's own reference. The sum is the transfer's
    (never the fee or the sum credited back less it); the id is the transfer's UTR / reference."""
    country = rng.choice(["IN", "IN", "IN", "UK", "UK", "US", "IE", "DE", "NL", "FR"])
    lang = LANG[country]
    w = RETURN_WORDS[lang]
    bank = rng.choice(RETURN_BANKS[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    total = sum_in(rng, country, 40.0, 2400.0)
    benef = rng.choice(BENEFICIARIES[country])
    host = "".join(ch for ch in bank.lower() if ch.isalnum())[:14]
    rows: list[tuple] = [("small", f"https://www.{host}.{'co.in' if country == 'IN' else 'com'}/payments/history")]
    rows.append(("title", bank))
    rows.append(("rule",))
    head = rng.choice(w["head"])
    rows.append(("big" if len(head) < 30 else "title" if len(head) < 40 else "center", head))
    if country == "IN":
        rail = rng.choice(["NEFT", "IMPS", "RTGS"])
    else:
        rail = {"UK": "Faster Payment", "US": rng.choice(["ACH transfer", "Wire transfer"])}.get(country,
                                                                                                "SEPA")
    rows.append(("center", {"en": f"{rail} to {benef}", "de": f"SEPA-Überweisung an {benef}",
                            "nl": f"SEPA-overboeking naar {benef}", "fr": f"Virement SEPA à {benef}"}[lang]))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(w["to"]), benef))
    acct = {"IN": f"XXXXXX{digits(rng, 4)}", "UK": f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} "
            f"****{digits(rng, 4)}", "US": f"****{digits(rng, 4)}"}.get(
        country, f"{country if country != 'FR' else 'FR'}{digits(rng, 2)} **** **** {digits(rng, 4)}")
    rows.append(("pair", rng.choice(w["acct"]), acct))
    if country == "IN" and shown(rng, 0.4):
        rows.append(("pair", "IFSC", f"{rng.choice(['SBIN', 'UTIB', 'KKBK', 'PUNB'])}0{digits(rng, 6)}"))
    rows.append(("pair", rng.choice(w["amt"]), m(total)))
    dated = None
    if shown(rng, 0.08):
        rows.append(("pair", rng.choice(w["date"]), stamp(when, pat, country)))
        dated = when
    rows.append(("pair", rng.choice(w["back"]), stamp(later(when, rng, 1, 4), pat, country)))
    rows.append(("pair", rng.choice(w["why"]), rng.choice(RETURN_REASONS[country])))
    if shown(rng, 0.55):
        fee = {"IN": rng.choice([5.90, 11.80, 17.70]), "US": rng.choice([15.0, 25.0])}.get(country,
                                                                                         rng.choice([2.5, 5.0, 8.0]))
        rows.append(("pair", rng.choice(w["fee"]), m(fee)))
    txn = None
    if shown(rng, 0.1):
        if country == "IN":
            ref = (f"{rng.choice(['N', 'HDFCN', 'SBIN'])}{digits(rng, 12)}" if rail == "NEFT" else digits(rng, 12))
            label = rng.choice(["UTR No.", "UTR Number", "IMPS Ref No." if rail == "IMPS" else "UTR"])
        elif country == "UK":
            ref, label = code(rng, 18, "0123456789ABCDEF"), rng.choice(["Payment reference", "Transaction ID"])
        elif country == "US":
            ref, label = digits(rng, 15), rng.choice(["Trace number", "Confirmation number"])
        else:
            ref = code(rng, 16, ALNUM)
            label = {"en": "Transaction reference", "de": "Transaktionsreferenz", "nl": "Transactiereferentie",
                     "fr": "Référence de l'opération"}[lang]
        rows.append(("pair", label, ref))
        txn = ref
    if shown(rng, 0.5):
        label = {"en": "Return reference", "de": "Referenz Rückbuchung", "nl": "Kenmerk terugboeking",
                 "fr": "Référence du rejet"}[lang]
        rows.append(("pair", label, f"RT{digits(rng, 10)}"))
    rows.append(("gap",))
    who = payer(rng, country)
    rows.append(("small", {"en": f"Logged in as {who}", "de": f"Angemeldet: {who}", "nl": f"Ingelogd als {who}",
                           "fr": f"Connecté : {who}"}[lang]))
    return rows, done(benef, total, m.ccy, txn, dated, "netbanking", "failed"), dict(WEB)


# ---------------------------------------------------------------- 5 a direct debit returned unpaid, with a fee


DD_BILLERS = {
    "UK": ["PureGym", "Bristol City Council", "Octopus Energy", "Admiral Insurance", "Thames Water"],
    "US": ["Planet Fitness", "Santander Consumer USA", "Comcast Xfinity", "Geico"],
    "IE": ["Flogas", "Laya Healthcare", "Virgin Media Ireland"],
    "DE": ["Stadtwerke München", "Fitness First", "Allianz Versicherung"],
    "NL": ["Vitens", "Basic-Fit", "Zilveren Kruis"],
    "IN": ["Bajaj Finance Ltd", "Tata Capital", "HDB Financial Services", "ICICI Home Finance"],
}
DD_WORDS = {
    "en": {"head": ["Unpaid Direct Debit", "Your Direct Debit was returned unpaid", "Payment returned unpaid"],
           "status": ["Direct Debit returned unpaid", "Unpaid - insufficient funds", "Payment returned by your bank"],
           "amt": ["Amount", "Amount collected", "Payment amount"], "date": ["Collection date",
           "Date of collection", "Presented on"], "fee": ["Returned payment fee", "Admin charge", "Late fee"],
           "retry": ["We will try again on", "Next collection attempt", "Please pay by"],
           "ref": ["Payment reference", "Collection reference", "Transaction ref"],
           "mandate": ["Mandate reference", "DDI reference", "Account number", "Customer number"],
           "letter": "Date of letter"},
    "de": {"head": ["Rücklastschrift", "Ihre Lastschrift wurde zurückgegeben"],
           "status": ["Lastschrift zurückgegeben", "Nicht eingelöst - keine Deckung"],
           "amt": ["Betrag"], "date": ["Abbuchungsdatum", "Einzug am"], "fee": ["Rücklastschriftgebühr"],
           "retry": ["Erneuter Einzug am", "Bitte überweisen bis"], "ref": ["Zahlungsreferenz"],
           "mandate": ["Mandatsreferenz", "Kundennummer", "Vertragsnummer"], "letter": "Datum"},
    "nl": {"head": ["Incasso gestorneerd", "Uw incasso is teruggeboekt"],
           "status": ["Incasso gestorneerd", "Niet betaald - storno door uw bank"],
           "amt": ["Bedrag"], "date": ["Incassodatum", "Afgeschreven op"], "fee": ["Administratiekosten"],
           "retry": ["Nieuwe incasso op", "Betaal voor"], "ref": ["Betalingskenmerk"],
           "mandate": ["Machtigingskenmerk", "Klantnummer"], "letter": "Datum"},
}


def bounced_direct_debit(rng: random.Random, font: str):
    """A biller's letter or e-mail about a direct debit the payer's bank returned unpaid: a gym, a council, an
    energy, water or insurance company in the UK, the US (a returned ACH payment) and the euro area (a SEPA
    Lastschrift or incasso in German or Dutch), an NBFC's notice of a NACH-mandated EMI that bounced in India. The
    biller on top, the letter's own date, the customer, the mandate or DDI reference and account or loan numbers
    (never the id), the sum tried and the collection day, the outcome words, a fee for the return (a separate
    charge, never the sum), the retry day or the day to pay by, and a payment's own reference on a share (the id)."""
    country = rng.choice(["UK", "UK", "UK", "US", "IE", "DE", "NL", "IN", "IN"])
    lang = LANG[country] if country in ("DE", "NL") else "en"
    w = DD_WORDS[lang]
    biller = rng.choice(DD_BILLERS[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    total = sum_in(rng, country, 14.0, 160.0) if country != "IN" else float(rng.randrange(1800, 42000))
    rows: list[tuple] = [("title", biller)]
    rows.append(("small", rng.choice(["Customer Services", "Billing team", "Collections"]) if lang == "en"
                 else "Kundenservice" if lang == "de" else "Klantenservice"))
    rows.append(("rule",))
    who = payer(rng, country)
    rows.append(("left", who))
    rows.append(("pair", w["letter"], stamp(later(when, rng, 2, 5), pat, country)))
    mandate_label = rng.choice(w["mandate"])
    if country == "IN":
        rows.append(("pair", "Loan account no.", f"{rng.choice(['P4', 'TC', 'HL'])}{digits(rng, 11)}"))
        rows.append(("pair", "UMRN", f"{rng.choice(['HDFC', 'ICIC', 'UTIB'])}{digits(rng, 16)}"))
    else:
        rows.append(("pair", mandate_label, code(rng, 10, ALNUM) if "ref" in mandate_label.lower() else digits(rng, 9)))
    rows.append(("gap",))
    rows.append(("big" if lang == "en" and rng.random() < 0.5 else "title", rng.choice(w["head"])))
    if lang == "en":
        thing = {"IN": "your EMI presented under NACH", "US": "your scheduled ACH payment"}.get(
            country, "your Direct Debit")
        wrap(rows, f"Your bank has returned {thing} unpaid. This is usually because there was not enough money in "
             "the account on the day.", 80)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(w["amt"]) if country != "IN" else rng.choice(["EMI amount", "Instalment amount"]),
                 m(total)))
    dated = None
    if shown(rng, 0.08):
        rows.append(("pair", rng.choice(w["date"]), stamp(when, pat, country)))
        dated = when
    rows.append(("pair", "Status", rng.choice(w["status"]) if country != "IN" else rng.choice(["Bounced - insufficient funds",
                                                                             "NACH returned unpaid"])))
    if shown(rng, 0.25):
        fee = {"IN": rng.choice([590.0, 472.0, 708.0]), "US": rng.choice([25.0, 30.0, 35.0])}.get(
            country, rng.choice([5.0, 10.0, 12.0, 15.0]))
        rows.append(("pair", rng.choice(w["fee"]) if country != "IN" else "Bounce charges (incl. GST)", m(fee)))
    txn = None
    if shown(rng, 0.5):
        ref = f"{code(rng, 3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(rng, 9)}"
        rows.append(("pair", rng.choice(w["ref"]) if country != "IN" else "Presentation ref no.", ref))
        txn = ref
    rows.append(("pair", rng.choice(w["retry"]), stamp(later(when, rng, 7, 14), pat, country)))
    rows.append(("gap",))
    if lang == "en":
        wrap(rows, "If you have already paid, please ignore this letter. To update your bank details call us or "
             "log in to your account.", 80, "small")
    return rows, done(biller, total, m.ccy, txn, dated, "netbanking", "failed"), dict(LETTER)


# ---------------------------------------------------------------- 6 a cheque deposit still clearing


CHEQUE_APPS = {
    "IN": ["SBI YONO", "HDFC Bank MobileBanking", "ICICI iMobile Pay", "Kotak811", "Axis Mobile"],
    "UK": ["Lloyds Bank", "Halifax", "Barclays", "Monzo", "Starling Bank"],
    "US": ["Chase", "Wells Fargo", "Capital One", "Citizens", "TD Bank"],
    "IE": ["AIB", "Bank of Ireland"],
    "FR": ["Crédit Mutuel", "LCL", "Caisse d'Epargne"],
}
CHEQUE_WORDS = {
    "en": {"pending": ["Sent for clearing", "Awaiting clearance of funds", "Deposit pending review", "In clearing",
                       "Pending"],
           "success": ["Cheque cleared", "Deposit accepted", "Credited to your account"],
           "failed": ["Cheque returned - funds insufficient", "Deposit rejected", "Cheque bounced"],
           "date": ["Deposited on", "Paid in on", "Date", "Deposit date"], "amt": ["Amount", "Deposit amount",
           "Total deposited"], "avail": ["Funds available by", "Expected credit by", "Available from"],
           "chq": ["Cheque no.", "Check #", "Cheque number"], "cdate": ["Cheque date", "Dated"],
           "ref": ["Reference", "Deposit ID", "Confirmation #", "Ack No."], "acct": ["To account", "Deposit to",
           "Credit account"], "drawer": ["Drawn on", "Drawee bank"]},
    "fr": {"pending": ["En cours d'encaissement", "Remise en attente"], "success": ["Chèque crédité"],
           "failed": ["Chèque rejeté"], "date": ["Date de remise", "Remis le"], "amt": ["Montant",
           "Montant de la remise"], "avail": ["Disponible le"], "chq": ["N° de chèque"], "cdate": ["Date du chèque"],
           "ref": ["N° de remise"], "acct": ["Compte crédité"], "drawer": ["Banque émettrice"]},
}


def cheque_clearing(rng: random.Random, font: str):
    """A bank app's detail of a cheque paid in and not yet cleared (India's CTS clearing, a UK cheque image, a US
    mobile check deposit, an Irish lodgement, a French remise de chèque): the state as a heading (pending on most;
    cleared or returned on a share), the sum deposited (one cheque or two), the cheques' numbers, own dates and drawee
    banks, the account credited (its holder named on a share), the day paid in, the day funds are expected, the
    deposit's own reference. As heldout73: no way paid, the holder credited as the payee where named."""
    country = rng.choice(["IN", "IN", "IN", "UK", "UK", "US", "US", "IE", "FR"])
    lang = "fr" if country == "FR" else "en"
    w = CHEQUE_WORDS[lang]
    app = rng.choice(CHEQUE_APPS[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    cheques = [sum_in(rng, country, 30.0, 1800.0) for _ in range(1 if rng.random() < 0.7 else 2)]
    total = round(sum(cheques), 2)
    roll = rng.random()
    status = "pending" if roll < 0.65 else ("success" if roll < 0.82 else "failed")
    style = screen_style(rng, SCREEN)
    rows: list[tuple] = [bar(rng, "US" if country == "US" else "UK"), ("left", f"<  {app}"), ("gap",)]
    rows.append(("center", {"IN": "Cheque status", "UK": "Cheque details", "US": "Mobile deposit", "IE": "Lodgement",
                            "FR": "Remise de chèque"}[country]))
    rows.append(("big", m(total)))
    pending = {"IN": ["Sent for clearing", "In clearing", "Pending"], "UK": ["Awaiting clearance of funds", "Pending"],
               "IE": ["Awaiting clearance of funds", "Pending"], "US": ["Deposit pending review", "Pending"]}
    rows.append(("title", rng.choice(pending.get(country, w["pending"]) if status == "pending" else w[status])))
    rows.append(("rule",))
    holder = payer(rng, country)
    merchant = None
    kinds = {"IN": ["Savings", "Current"], "UK": ["Current account", "Savings"], "US": ["Checking", "Savings"],
             "IE": ["Current account"], "FR": ["Compte courant"]}[country]
    acct = f"{rng.choice(kinds)} ••{digits(rng, 4)}"
    rows.append(("pair", rng.choice(w["acct"]), acct))
    if shown(rng, 0.45):
        rows.append(("pair", "Account holder" if lang == "en" else "Titulaire", holder))
        merchant = holder
    dated = None
    if shown(rng, 0.08):
        rows.append(("pair", rng.choice(w["date"]), stamp(when, pat, country)))
        dated = when
    if status != "failed":
        rows.append(("pair", rng.choice(w["avail"]), stamp(later(when, rng, 1, 5), pat, country)))
    for index, value in enumerate(cheques, 1):
        rows.append(("rule",))
        if len(cheques) > 1:
            rows.append(("left", f"{'Cheque' if lang == 'en' and country != 'US' else 'Check' if lang == 'en' else 'Chèque'}"
                                 f" {index} of {len(cheques)}" if lang == "en" else f"Chèque {index}/{len(cheques)}"))
            rows.append(("pair", "Amount" if lang == "en" else "Montant", m(value)))
        rows.append(("pair", rng.choice(w["chq"]), digits(rng, 6)))
        rows.append(("pair", rng.choice(w["cdate"]), stamp(when - dt.timedelta(days=rng.randrange(1, 20)), pat,
                                                           country)))
        if shown(rng, 0.5):
            drawee = rng.choice(IN_BANKS if country == "IN" else ["HSBC", "NatWest", "Bank of America", "AIB",
                                                                  "BNP Paribas"])
            rows.append(("pair", rng.choice(w["drawer"]), drawee))
        if country == "IN" and shown(rng, 0.5):
            rows.append(("pair", "MICR", digits(rng, 9)))
    rows.append(("rule",))
    txn = None
    if shown(rng, 0.3):
        ref = f"{rng.choice(['CTS', 'DEP', 'CHQ', ''])}{digits(rng, 10)}"
        rows.append(("pair", rng.choice(w["ref"]), ref))
        txn = ref
    if status == "failed":
        rows.append(("small", "Return charges may apply" if lang == "en" else "Des frais de rejet peuvent s'appliquer"))
    else:
        rows.append(("small", "Credit subject to realisation" if country == "IN" else
                     "Keep your cheque until the money is available" if lang == "en" else
                     "Sous réserve d'encaissement"))
    return rows, done(merchant, total, m.ccy, txn, dated, None, status), style


# ---------------------------------------------------------------- 7 a part payment with a balance outstanding


PART_BUSINESSES = {
    "IN": [("Sunrise Multispeciality Hospital", "Final Bill"), ("Little Scholars Play School", "Term Fee"),
           ("Kaveri Interiors", "Invoice"), ("Dr. Mehta's Dental Clinic", "Treatment Plan")],
    "UK": [("Harcourt & Lowe Solicitors", "Invoice"), ("Willow Vets", "Invoice"), ("Bright Smile Dental Care",
           "Treatment estimate")],
    "US": [("Lakeside Family Dentistry", "Statement"), ("Northside Auto Repair", "Invoice"),
           ("Riverbend Orthodontics", "Treatment plan")],
    "DE": [("Zahnarztpraxis Dr. Lehmann", "Rechnung"), ("Autohaus Berger", "Rechnung")],
    "FR": [("Garage du Centre", "Facture"), ("Cabinet dentaire Roux", "Devis")],
}
PART_WORDS = {
    "en": {"title": ["PAYMENT RECEIPT", "Receipt for part payment", "Payment on account"],
           "total": ["Invoice total", "Total billed", "Bill amount"], "before": ["Previously paid", "Paid to date",
           "Less: earlier payments"], "now": ["This payment", "Amount paid today", "Amount received"],
           "left": ["Balance outstanding", "Balance due", "Remaining balance"], "date": ["Payment date",
           "Date received", "Date"], "inv": ["Invoice No.", "Bill No.", "Statement #"], "rcpt": ["Receipt No.",
           "Receipt #"], "by": ["Paid by", "Payment method", "Mode"], "due": ["Balance due by", "Next payment due"],
           "status": ["Part payment received", "Partially paid"], "status_label": "Status"},
    "de": {"title": ["QUITTUNG", "Zahlungsbestätigung (Teilzahlung)"], "total": ["Rechnungsbetrag"],
           "before": ["Bereits gezahlt"], "now": ["Teilzahlung heute", "Erhaltener Betrag"],
           "left": ["Offener Restbetrag", "Restbetrag"], "date": ["Zahlungsdatum", "Datum"], "inv": ["Rechnungs-Nr."],
           "rcpt": ["Quittungs-Nr.", "Beleg-Nr."], "by": ["Zahlart", "Bezahlt mit"], "due": ["Restbetrag fällig am"],
           "status": ["Teilweise bezahlt"], "status_label": "Zahlungsstatus"},
    "fr": {"title": ["REÇU DE PAIEMENT", "Reçu - acompte sur facture"], "total": ["Total facture"],
           "before": ["Déjà réglé"], "now": ["Montant réglé ce jour", "Montant reçu"], "left": ["Reste à payer",
           "Solde restant dû"], "date": ["Date du paiement", "Date"], "inv": ["Facture n°"], "rcpt": ["Reçu n°"],
           "by": ["Mode de paiement", "Réglé par"], "due": ["Solde à régler avant le"],
           "status": ["Partiellement réglé"], "status_label": "Statut"},
}


def partial_payment(rng: random.Random, font: str):
    """A business's receipt for a part payment against a bill (a hospital, a play school, an interior designer, a
    dentist in India; solicitors, vets and dentists in the UK; dentists and a garage in the US; a German dentist and
    car dealer, a French garage and dentist in their words): the business on top, the patient or client, the bill's
    number and day, its total, what was paid before, this payment, the balance outstanding and the day it is due,
    the way paid (cash, a card with its auth code, UPI, a bank transfer, a cheque), the receipt's number; on a share a
    status that says a part payment was received or the bill is partly paid (the payment taken, counted success).
    The amount is this payment; the id the card's auth code or the UPI reference, else the receipt's number."""
    country = rng.choice(["IN", "IN", "IN", "UK", "UK", "US", "US", "DE", "FR"])
    lang = {"DE": "de", "FR": "fr"}.get(country, "en")
    w = PART_WORDS[lang]
    name, bill_kind = rng.choice(PART_BUSINESSES[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    bill = sum_in(rng, country, 300.0, 4200.0)
    before = round(bill * rng.choice([0.0, 0.0, 0.2, 0.25, 0.4]), 2)
    now = round((bill - before) * rng.choice([0.25, 0.3, 0.5, 0.6]), 0 if country == "IN" else 2)
    left = round(bill - before - now, 2)
    rows: list[tuple] = [("title", name)]
    rows.append(("center", {"IN": f"{rng.choice(['MG Road', 'Anna Nagar', 'Sector 18'])}, "
                                  f"{rng.choice(['Bengaluru', 'Chennai', 'Noida'])}",
                            "UK": rng.choice(["12 Market Place, Ludlow SY8 1AP", "4 Castle Street, Exeter EX4 3PT"]),
                            "US": rng.choice(["1450 Lake Shore Dr, Madison WI 53703", "88 Elm St, Dayton OH 45402"]),
                            "DE": "Hauptstraße 40, 69117 Heidelberg", "FR": "14 avenue Foch, 54000 Nancy"}[country]))
    rows.append(("rule",))
    rows.append(("title", rng.choice(w["title"])))
    client = payer(rng, country)
    rows.append(("pair", {"en": rng.choice(["Patient", "Client", "Received from", "Customer"]), "de": "Patient/Kunde",
                          "fr": "Client"}[lang], client))
    rows.append(("pair", rng.choice(w["inv"]), f"{bill_kind[:3].upper()}-{digits(rng, 5)}"))
    inv_day = when - dt.timedelta(days=rng.randrange(3, 40))
    rows.append(("pair", {"en": f"{bill_kind} date", "de": "Rechnungsdatum", "fr": "Date de facture"}[lang],
                 stamp(inv_day, pat, country)))
    dated = None
    if shown(rng, 0.08):
        rows.append(("pair", rng.choice(w["date"]), stamp(when, pat, country)))
        dated = when
    rows.append(("rule",))
    rows.append(("pair", rng.choice(w["total"]), m(bill)))
    if before:
        rows.append(("pair", rng.choice(w["before"]), m(before)))
    rows.append(("pair", rng.choice(w["now"]), m(now)))
    rows.append(("pair", rng.choice(w["left"]), m(left)))
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(w["due"]), stamp(later(when, rng, 14, 45), pat, country)))
    rows.append(("rule",))
    kinds = {"IN": ["cash", "card", "UPI", "cheque"], "UK": ["card", "card", "netbanking", "cash"],
             "US": ["card", "card", "cash", "cheque"], "DE": ["card", "netbanking", "cash"],
             "FR": ["card", "cheque", "netbanking"]}[country]
    kind = rng.choice(kinds)
    txn = None
    method = None
    if shown(rng, 0.15):
        method = None if kind == "cheque" else kind
        value = {
            "cash": {"en": "Cash", "de": "Bar", "fr": "Espèces"}[lang],
            "card": f"{rng.choice(['Visa', 'Mastercard', 'Debit card'])} {masked(rng, 'short')[1]}",
            "UPI": f"UPI - {client.split()[0].lower()}@ok{rng.choice(['axis', 'hdfcbank', 'sbi'])}",
            "netbanking": {"en": rng.choice(["Bank transfer", "Faster Payment"]), "de": "Überweisung",
                           "fr": "Virement"}[lang],
            "cheque": {"en": f"{'Check' if country == 'US' else 'Cheque'} no. {digits(rng, 6)}",
                       "fr": f"Chèque n° {digits(rng, 7)}", "de": "Scheck"}[lang],
        }[kind]
        rows.append(("pair", rng.choice(w["by"]), value))
        if kind == "card" and shown(rng, 0.4):
            appr = digits(rng, 6)
            rows.append(("pair", {"en": "Auth code", "de": "Genehmigungs-Nr.", "fr": "N° autorisation"}[lang], appr))
            txn = appr
        if kind == "UPI" and shown(rng, 0.4):
            utr = digits(rng, 12)
            rows.append(("pair", "UPI Ref No.", utr))
            txn = utr
    if shown(rng, 0.2):
        number = f"{rng.choice(['R', 'RC', 'RCT'])}{digits(rng, 5)}"
        rows.append(("pair", rng.choice(w["rcpt"]), number))
        txn = txn or number
    status = None
    if shown(rng, 0.5):
        words = rng.choice(w["status"])
        if rng.random() < 0.5:
            rows.append(("pair", w["status_label"], words))
        else:
            rows.append(("center", words))
        status = "success"
    rows.append(("gap",))
    rows.append(("right", {"en": "Authorised signatory", "de": "Unterschrift", "fr": "Signature"}[lang]))
    return rows, done(name, now, m.ccy, txn, dated, method, status), dict(LETTER)


# ---------------------------------------------------------------- 8 a deposit now, the rest on delivery


DEPOSIT_SHOPS = {
    "IN": ["Durian Furniture", "Royaloak Furniture", "Vijay Sales", "Hometown", "Nilkamal Furniture"],
    "UK": ["DFS", "Furniture Village", "Barker and Stonehouse", "Wren Kitchens"],
    "US": ["Raymour & Flanigan", "Ashley HomeStore", "Bob's Discount Furniture", "Mattress Firm"],
    "DE": ["Küchenstudio Weber", "Möbel Höffner", "porta Möbel"],
    "FR": ["Cuisines Schmidt", "Maisons du Monde", "Roche Bobois"],
    "NL": ["Keukenconcurrent", "Montèl", "Leen Bakker"],
}
DEPOSIT_ITEMS = {
    "en": ["3 seater sofa - Ocean Blue", "6 seater dining set", "King bed with storage", "Corner sofa, left hand",
           "Recliner armchair", "Wardrobe 3 door", "Fitted kitchen - Shaker Sage"],
    "de": ["Einbauküche L-Form", "Ecksofa Stoff grau", "Boxspringbett 180x200"],
    "fr": ["Canapé d'angle 5 places", "Cuisine équipée", "Lit coffre 160x200"],
    "nl": ["Hoekbank Velvet", "Keuken recht 360 cm", "Boxspring 160x200"],
}
DEPOSIT_WORDS = {
    "en": {"title": ["Order confirmation", "Sales order", "ORDER & DEPOSIT RECEIPT", "Advance receipt"],
           "total": ["Order total", "Total price", "Order value"], "dep": ["Deposit paid", "Deposit", "Paid today",
           "Advance received"], "left": ["Balance due on delivery", "Balance payable on delivery",
           "Balance to pay"], "date": ["Order date", "Date", "Date of sale"], "deliv": ["Delivery date",
           "Estimated delivery", "Delivery week commencing"], "order": ["Order No.", "Order number", "Sales order #"],
           "by": ["Paid by", "Payment method", "Tender"], "status": ["Deposit received", "Deposit received - thank you"],
           "auth": "Auth code", "cust": "Customer"},
    "de": {"title": ["Auftragsbestätigung"], "total": ["Gesamtpreis"], "dep": ["Anzahlung", "Anzahlung geleistet"],
           "left": ["Restbetrag bei Lieferung"], "date": ["Auftragsdatum", "Datum"], "deliv": ["Liefertermin",
           "Lieferung voraussichtlich"], "order": ["Auftragsnummer", "Auftrags-Nr."], "by": ["Zahlart", "Bezahlt mit"],
           "status": ["Anzahlung erhalten"], "auth": "Genehmigungs-Nr.", "cust": "Kunde"},
    "fr": {"title": ["Bon de commande"], "total": ["Total TTC"], "dep": ["Acompte versé", "Acompte"],
           "left": ["Solde à la livraison"], "date": ["Date de commande", "Date"], "deliv": ["Livraison prévue"],
           "order": ["N° de commande"], "by": ["Mode de paiement", "Réglé par"], "status": ["Acompte reçu"],
           "auth": "N° autorisation", "cust": "Client"},
    "nl": {"title": ["Orderbevestiging"], "total": ["Totaalbedrag"], "dep": ["Aanbetaling", "Aanbetaald"],
           "left": ["Restant bij levering"], "date": ["Orderdatum", "Datum"], "deliv": ["Leverdatum",
           "Verwachte levering"], "order": ["Ordernummer"], "by": ["Betaalmethode", "Betaald met"],
           "status": ["Aanbetaling ontvangen"], "auth": "Autorisatiecode", "cust": "Klant"},
}


def deposit_on_delivery(rng: random.Random, font: str):
    """A furniture, kitchen or appliance shop's order with a deposit taken now and the rest due on delivery (India's
    advance receipts, UK and US sales orders, German, French and Dutch kitchens and sofas in their words): the shop
    on top, the customer and delivery address, the items and their prices, the order's total, the deposit paid now,
    the balance due on delivery and the delivery day, the way the deposit was paid (an auth code on a card share),
    the order's number, and on a share words that the deposit was received. The amount is the deposit (never the
    order's total or the balance); the id the card's auth code or UPI reference, else the order number."""
    country = rng.choice(["IN", "IN", "UK", "UK", "US", "US", "DE", "FR", "NL"])
    lang = {"DE": "de", "FR": "fr", "NL": "nl"}.get(country, "en")
    w = DEPOSIT_WORDS[lang]
    shop = rng.choice(DEPOSIT_SHOPS[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    rows: list[tuple] = [("title", shop)]
    rows.append(("center", rng.choice(w["title"])))
    rows.append(("rule",))
    cust = payer(rng, country)
    rows.append(("pair", w["cust"], cust))
    dated = None
    if shown(rng, 0.08):
        rows.append(("pair", rng.choice(w["date"]), stamp(when, pat, country)))
        dated = when
    order = f"{rng.choice(['SO', 'ORD', 'A', ''])}{digits(rng, rng.choice([6, 7, 8]))}"
    txn = None
    if shown(rng, 0.2):
        rows.append(("pair", rng.choice(w["order"]), order))
        txn = order
    rows.append(("rule",))
    items = rng.sample(DEPOSIT_ITEMS[lang], rng.randrange(1, 3))
    order_total = 0.0
    for item in items:
        price = sum_in(rng, country, 350.0, 2600.0)
        order_total += price
        rows.append(("pair", item, m.bare(price)))
    if shown(rng, 0.5):
        fee = {"IN": 0.0, "US": 149.0}.get(country, 49.0)
        if fee:
            rows.append(("pair", {"en": "Delivery", "de": "Lieferung", "fr": "Livraison", "nl": "Bezorging"}[lang],
                         m.bare(fee)))
            order_total += fee
    order_total = round(order_total, 2)
    share = rng.choice([0.1, 0.2, 0.25, 0.3, 0.5])
    deposit = round(order_total * share, 0 if country == "IN" or rng.random() < 0.5 else 2)
    left = round(order_total - deposit, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(w["total"]), m(order_total)))
    rows.append(("pair", rng.choice(w["dep"]), m(deposit)))
    rows.append(("pair", rng.choice(w["left"]), m(left)))
    rows.append(("pair", rng.choice(w["deliv"]), stamp(later(when, rng, 10, 60), pat, country)))
    rows.append(("rule",))
    kind = rng.choice(["card", "card", "cash", "UPI"] if country == "IN" else ["card", "card", "card", "cash"])
    method = None
    if shown(rng, 0.15):
        method = kind
        value = {"card": f"{rng.choice(['VISA', 'Mastercard', 'Debit card', 'Amex'])} {masked(rng, 'stars')[1][-8:]}",
                 "cash": {"en": "Cash", "de": "Bar", "fr": "Espèces", "nl": "Contant"}[lang],
                 "UPI": "UPI"}[kind]
        rows.append(("pair", rng.choice(w["by"]), value))
        if kind == "card" and shown(rng, 0.5):
            appr = digits(rng, 6)
            rows.append(("pair", w["auth"], appr))
            txn = appr
        if kind == "UPI" and shown(rng, 0.3):
            utr = digits(rng, 12)
            rows.append(("pair", "UPI Ref No.", utr))
            txn = utr
    status = None
    if shown(rng, 0.55):
        rows.append(("center", rng.choice(w["status"])))
        status = "success"
    rows.append(("gap",))
    if lang == "en":
        wrap(rows, "The balance must be paid before or on delivery. Deposits are non-refundable on made-to-order "
             "items.", 80, "small")
    return rows, done(shop, deposit, m.ccy, txn, dated, method, status), dict(LETTER)


# ---------------------------------------------------------------- 9 a till receipt paid with two cards


SPLIT_STORES = {
    "US": ["BEST BUY", "THE HOME DEPOT", "BARNES & NOBLE", "DICK'S SPORTING GOODS", "IKEA BROOKLYN"],
    "UK": ["CURRYS", "JOHN LEWIS", "HALFORDS", "SCREWFIX", "ARGOS"],
    "IN": ["CROMA", "RELIANCE DIGITAL", "SHOPPERS STOP", "DECATHLON"],
    "DE": ["MEDIAMARKT", "SATURN", "OBI"],
    "NL": ["COOLBLUE", "GAMMA", "HEMA"],
}
SPLIT_ITEMS = {
    "US": ["65in 4K SMART TV", "SOUNDBAR 3.1", "CORDLESS DRILL KIT", "ROBOT VACUUM", "HDMI CABLE 6FT",
           "PROTECTION PLAN 2YR", "AIR FRYER 6QT", "OFFICE CHAIR"],
    "UK": ["LAPTOP 15.6in", "WIRELESS EARBUDS", "BIKE CARRIER", "COFFEE MACHINE", "USB-C HUB", "CARE PLAN 3YR",
           "KETTLE 1.7L", "GAMING HEADSET"],
    "IN": ["REFRIGERATOR 340L", "WASHING MACHINE 7KG", "SMARTPHONE 128GB", "AIR PURIFIER", "EXT WARRANTY 2Y",
           "MIXER GRINDER"],
    "DE": ["Waschmaschine 8kg", "Staubsauger", "Kaffeevollautomat", "HDMI-Kabel 2m", "Garantieverlängerung"],
    "NL": ["Wasdroger 8kg", "Stofzuiger", "Koffiemachine", "Verlengsnoer", "Garantie 3 jaar"],
}


def split_two_cards(rng: random.Random, font: str):
    """A store's till receipt for one sale paid with two cards (US, UK and Indian retailers, German and Dutch ones in
    their words): the store in capitals on top, the items, a subtotal, US sales tax or an Indian GST line or VAT
    included, the TOTAL, then two card tenders each with its scheme, masked number, sum, auth code and on a share
    APPROVED, a zero balance or change line, the store, register and transaction numbers, the date and time. The
    amount is the TOTAL both cards paid now; the method card; the id the receipt's own transaction number (two auth
    codes are printed, neither the sale's)."""
    country = rng.choice(["US", "US", "US", "UK", "UK", "IN", "IN", "DE", "NL"])
    lang = LANG[country] if country in ("DE", "NL") else "en"
    store = rng.choice(SPLIT_STORES[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    rows: list[tuple] = [("title", store)]
    rows.append(("center", {"US": f"STORE #{rng.randrange(100, 2000)}", "UK": f"Branch {rng.randrange(10, 900)}",
                            "IN": f"GSTIN 27{code(rng, 5, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(rng, 4)}A1Z{rng.randrange(1, 9)}",
                            "DE": f"Markt {rng.randrange(100, 999)}", "NL": f"Winkel {rng.randrange(100, 999)}"}[country]))
    rows.append(("rule",))
    sub = 0.0
    for item in rng.sample(SPLIT_ITEMS[country], rng.randrange(2, 5)):
        price = sum_in(rng, country, 15.0, 900.0)
        sub += price
        rows.append(("pair", item, m.bare(price)))
    sub = round(sub, 2)
    rows.append(("rule",))
    rows.append(("pair", {"en": "SUBTOTAL", "de": "Zwischensumme", "nl": "Subtotaal"}[lang], m.bare(sub)))
    if country == "US":
        tax = round(sub * rng.choice([0.0625, 0.07, 0.08875, 0.0725]), 2)
        rows.append(("pair", "SALES TAX", m.bare(tax)))
        total = round(sub + tax, 2)
    else:
        total = sub
    rows.append(("pair", {"en": rng.choice(["TOTAL", "TOTAL DUE", "NET AMOUNT"]), "de": "SUMME",
                          "nl": "TOTAAL"}[lang], m(total)))
    first = round(total * rng.choice([0.3, 0.4, 0.5, 0.6]), 0 if country == "IN" else 2)
    if country != "IN" and rng.random() < 0.5:
        first = float(round(first, -1)) or first
    parts = [first, round(total - first, 2)]
    rows.append(("rule",))
    any_approved = False
    for value in parts:
        scheme = rng.choice(IN_SCHEMES if country == "IN" else SCHEMES)
        tender = {"en": scheme, "de": rng.choice(["Girocard", "Kreditkarte " + scheme]), "nl": rng.choice(
            ["PIN " + scheme, "Pinbetaling"])}[lang]
        rows.append(("pair", tender, m(value)))
        rows.append(("left", f"  {masked(rng, rng.choice(['stars', 'x']))[1]}"))
        rows.append(("left", f"  {({'en': 'AUTH', 'de': 'Genehmigung', 'nl': 'Autorisatie'})[lang]} {digits(rng, 6)}"))
        if rng.random() < 0.6:
            rows.append(("left", "  " + {"en": "APPROVED", "de": "Zahlung erfolgt", "nl": "Akkoord"}[lang]))
            any_approved = True
    rows.append(("pair", {"en": rng.choice(["BALANCE", "CHANGE", "AMOUNT DUE"]), "de": "Rest", "nl": "Restant"}[lang],
                 m.bare(0.0)))
    rows.append(("rule",))
    number = digits(rng, rng.choice([4, 5, 6]))
    txn = None
    if shown(rng, 0.1):
        label = {"en": rng.choice(["TRANS #", "TRANS NO", "RECEIPT NO", "INVOICE NO"]), "de": "Bon-Nr.",
                 "nl": "Bonnr."}[lang]
        rows.append(("left", f"REG {rng.randrange(1, 30):02d}  {label} {number}" if lang == "en" else
                     f"Kasse {rng.randrange(1, 30)}  {label} {number}"))
        txn = number
    dated = None
    if shown(rng, 0.06):
        rows.append(("left", f"{stamp(when, pat, country, upper=lang == 'en')}  {hour(rng, country)}"))
        dated = when
    rows.append(("center", {"en": rng.choice(["THANK YOU FOR SHOPPING", "KEEP RECEIPT FOR RETURNS"]),
                            "de": "Vielen Dank für Ihren Einkauf", "nl": "Bedankt voor uw aankoop"}[lang]))
    status = "success" if any_approved else None
    return rows, done(store, total, m.ccy, txn, dated, "card", status), dict(THERMAL, width=460)


# ---------------------------------------------------------------- 10 a pay-later plan's first instalment


BNPL = {
    "UK": [("Klarna", "Pay in 3"), ("Clearpay", "Pay in 4"), ("PayPal", "Pay in 3")],
    "US": [("Affirm", "4 interest-free payments"), ("Afterpay", "Pay in 4"), ("Klarna", "Pay in 4"),
           ("Zip", "Pay in 4")],
    "IN": [("Simpl", "Pay-in-3"), ("Snapmint", "Pay in 3 EMIs"), ("LazyPay", "Pay in 3")],
    "DE": [("Klarna", "In 3 Raten")], "NL": [("in3", "Betaal in 3 termijnen"), ("Klarna", "Betaal in 3")],
    "FR": [("Alma", "Paiement en 3 fois"), ("Oney", "Paiement en 3x")],
}
BNPL_SHOPS = {
    "UK": ["ASOS", "Dunelm", "JD Sports", "Ninja Kitchen"], "US": ["Peloton", "Wayfair", "Target", "Nike"],
    "IN": ["Myntra", "boAt", "Urbanic", "Croma"], "DE": ["Zalando", "About You"], "NL": ["bol", "Coolblue"],
    "FR": ["Boulanger", "Fnac", "Sézane"],
}
BNPL_WORDS = {
    "en": {"success": ["First payment successful", "Payment 1 of {n} paid", "You've paid your first instalment"],
           "failed": ["First payment failed - your order was not placed", "Payment declined"],
           "pending": ["Payment processing"], "today": ["Paid today", "Due today", "Payment 1 - today"],
           "total": ["Order total", "Purchase amount", "Total"], "date": ["Purchase date", "Date", "Ordered on"],
           "at": ["Merchant", "Purchased at", "Store"], "id": ["Payment ID", "Transaction ID", "Payment reference"],
           "plan": ["Plan ID", "Agreement no.", "Loan ID"], "order": ["Merchant order #", "Order ref"],
           "by": ["Paid with", "Payment method", "First payment from"], "sched": "Your payment schedule",
           "fee": "Processing fee"},
    "de": {"success": ["Erste Rate bezahlt"], "failed": ["Zahlung fehlgeschlagen"], "pending": ["Zahlung in Bearbeitung"],
           "today": ["Heute bezahlt", "1. Rate - heute"], "total": ["Gesamtbetrag"], "date": ["Kaufdatum", "Datum"],
           "at": ["Händler", "Gekauft bei"], "id": ["Zahlungs-ID", "Transaktions-ID"], "plan": ["Vertragsnummer"],
           "order": ["Bestellnummer"], "by": ["Bezahlt mit", "Zahlungsart"], "sched": "Dein Ratenplan",
           "fee": "Gebühr"},
    "nl": {"success": ["Eerste termijn betaald"], "failed": ["Betaling mislukt"], "pending": ["Betaling wordt verwerkt"],
           "today": ["Vandaag betaald", "Termijn 1 - vandaag"], "total": ["Totaalbedrag"], "date": ["Aankoopdatum",
           "Datum"], "at": ["Winkel", "Gekocht bij"], "id": ["Betalings-ID", "Transactie-ID"], "plan": ["Contractnummer"],
           "order": ["Bestelnummer"], "by": ["Betaald met", "Betaalmethode"], "sched": "Je betaalschema",
           "fee": "Kosten"},
    "fr": {"success": ["Première échéance payée"], "failed": ["Paiement refusé"], "pending": ["Paiement en cours"],
           "today": ["Payé aujourd'hui", "Échéance 1 - aujourd'hui"], "total": ["Montant total"],
           "date": ["Date d'achat", "Date"], "at": ["Marchand", "Acheté chez"], "id": ["ID de paiement",
           "Référence de paiement"], "plan": ["N° de contrat"], "order": ["N° de commande"], "by": ["Payé avec",
           "Moyen de paiement"], "sched": "Votre échéancier", "fee": "Frais"},
}


def bnpl_first_instalment(rng: random.Random, font: str):
    """A pay-later provider's screen or e-mail after a purchase split into instalments (Klarna, Clearpay, PayPal Pay
    in 3, Affirm, Afterpay, Zip, Simpl, Snapmint, LazyPay, in3, Alma, Oney; German, Dutch and French pages in their
    words): the provider on top (the payee, as heldout73), the shop bought from, the order's total, the schedule
    with the first instalment paid today and the later ones with their days, a fee added to today's payment on a
    share, the way the first instalment was paid, the purchase day, the provider's payment ID (the id), a plan or
    agreement number and the shop's order number (never). The amount is what was charged today."""
    country = rng.choice(["UK", "UK", "US", "US", "IN", "IN", "DE", "NL", "FR"])
    lang = LANG[country]
    w = BNPL_WORDS[lang]
    provider, product = rng.choice(BNPL[country])
    shop = rng.choice(BNPL_SHOPS[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    n = 4 if "4" in product else 3
    total = sum_in(rng, country, 60.0, 900.0)
    cents = int(round(total * 100))
    each = cents // n
    parts = [(cents - each * (n - 1)) / 100] + [each / 100] * (n - 1)
    fee = 0.0
    if country in ("IN", "FR") and rng.random() < 0.5:
        fee = {"IN": rng.choice([49.0, 99.0, 149.0]), "FR": rng.choice([2.5, 4.9, 7.2])}[country]
    today = round(parts[0] + fee, 2)
    roll = rng.random()
    status = "success" if roll < 0.7 else ("failed" if roll < 0.88 else "pending")
    style = screen_style(rng, SCREEN, 0.2, 0.5)
    rows: list[tuple] = [bar(rng, "US" if country == "US" else "UK"), ("title", provider), ("gap",)]
    rows.append(("center", product))
    words = rng.choice(w[status]).replace("{n}", str(n))
    rows.append(("center" if len(words) > 30 else "title", words))
    rows.append(("big", m(today)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(w["at"]), shop))
    rows.append(("pair", rng.choice(w["total"]), m(total)))
    dated = None
    if shown(rng, 0.08):
        rows.append(("pair", rng.choice(w["date"]), stamp(when, pat, country)))
        dated = when
    rows.append(("rule",))
    rows.append(("left", w["sched"]))
    today_label = rng.choice([label for label in w["today"] if status == "success" or not any(
        word in label.lower() for word in ("paid", "bezahlt", "betaald", "payé"))])
    rows.append(("pair", today_label, m(parts[0])))
    for index, value in enumerate(parts[1:], 1):
        rows.append(("pair", stamp(when + dt.timedelta(days=14 * index if n == 4 else 30 * index), pat, country),
                     m(value)))
    if fee:
        rows.append(("pair", w["fee"], m(fee)))
        rows.append(("pair", {"en": "Total charged today", "fr": "Total débité aujourd'hui"}.get(lang, "Total"),
                     m(today)))
    rows.append(("rule",))
    method = None
    if shown(rng, 0.15):
        kind = rng.choice(["card", "card", "UPI"] if country == "IN" else ["card", "card", "wallet"])
        value = {"card": f"{rng.choice(['Visa', 'Mastercard', 'Debit card'])} {masked(rng, 'dots')[1]}",
                 "UPI": f"UPI - {payer(rng, 'IN').split()[0].lower()}@ybl", "wallet": "Apple Pay"}[kind]
        rows.append(("pair", rng.choice(w["by"]), value))
        method = kind
    txn = None
    if shown(rng, 0.35):
        pid = code(rng, rng.choice([10, 12, 14]), ALNUM)
        rows.append(("pair", rng.choice(w["id"]), pid))
        txn = pid
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(w["plan"]), f"{code(rng, 4, ALNUM)}-{code(rng, 4, ALNUM)}"))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(w["order"]), digits(rng, 9)))
    if status == "failed":
        rows.append(("small", {"en": "No later payments will be taken.", "de": "Es werden keine Raten eingezogen.",
                               "nl": "Er worden geen termijnen afgeschreven.",
                               "fr": "Aucune autre échéance ne sera prélevée."}[lang]))
    return rows, done(provider, today, m.ccy, txn, dated, method, status), style


# ---------------------------------------------------------------- 11 a voided card sale with its reprint


VOID_SHOPS = {
    "IN": ["KALYAN SILKS", "BATA SHOE STORE", "TANISHQ", "APOLLO PHARMACY", "THE CHOCOLATE ROOM"],
    "US": ["ACE HARDWARE #1142", "PETCO", "TRADER JOE'S #552", "GNC"],
    "UK": ["SCREWFIX BRISTOL", "PETS AT HOME", "WATERSTONES YORK"],
    "DE": ["DM-DROGERIE MARKT", "THALIA", "ROSSMANN"],
    "FR": ["FNAC LILLE", "PHARMACIE CENTRALE", "CAVE DES VIGNERONS"],
}
VOID_WORDS = {
    "en": {"reprint": ["** REPRINT **", "DUPLICATE COPY", "*** DUPLICATE ***"], "sale": "SALE",
           "void": ["VOID SALE", "SALE VOID", "VOID"], "voided": ["TRANSACTION VOIDED", "VOIDED",
           "VOID - AMOUNT NOT CHARGED"], "amt": ["AMOUNT", "TOTAL", "AMT"], "auth": ["APPR CODE", "AUTH CODE"],
           "ref": ["RRN", "REF NO"], "inv": ["INVOICE NO", "TRACE NO", "STAN"], "batch": "BATCH NO",
           "ok": "APPROVED"},
    "de": {"reprint": ["** KOPIE **", "Duplikat"], "sale": "Kartenzahlung", "void": ["STORNO", "Storno Zahlung"],
           "voided": ["Storniert", "Zahlung storniert"], "amt": ["Betrag"], "auth": ["Genehmigungs-Nr."],
           "ref": ["Trace-Nr."], "inv": ["Beleg-Nr."], "batch": "Buchungsperiode", "ok": "Zahlung erfolgt"},
    "fr": {"reprint": ["** DUPLICATA **"], "sale": "DEBIT", "void": ["ANNULATION"], "voided": ["OPERATION ANNULEE",
           "ANNULE"], "amt": ["MONTANT"], "auth": ["No AUTO"], "ref": ["Ref."], "inv": ["No ticket"],
           "batch": "No remise", "ok": "PAIEMENT ACCEPTE"},
}


def voided_sale_slip(rng: random.Random, font: str):
    """A card terminal's roll with a sale the shop then voided: a reprint of the sale's slip (REPRINT / DUPLICATE /
    KOPIE / DUPLICATA over it, its approval words) and the void's slip under it (VOID SALE / STORNO / ANNULATION and
    VOIDED words), in India, the US, the UK, Germany and France. Both print the shop, MID and TID, the date and time,
    the masked card, the sum, the sale's approval code and RRN, each slip's own invoice or trace number, the batch.
    A void cancels the sale before it settles: the outcome is failed; the amount the sale's; the id the sale's
    approval code printed on both slips, else its RRN."""
    country = rng.choice(["IN", "IN", "IN", "US", "US", "UK", "UK", "DE", "FR"])
    lang = {"DE": "de", "FR": "fr"}.get(country, "en")
    w = VOID_WORDS[lang]
    shop = rng.choice(VOID_SHOPS[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    total = sum_in(rng, country, 8.0, 350.0)
    mid, tid = digits(rng, 15), code(rng, 8, "0123456789")
    scheme = rng.choice(IN_SCHEMES if country == "IN" else SCHEMES)
    pan = masked(rng, rng.choice(["stars", "x"]))[1]
    appr = digits(rng, 6) if rng.random() < 0.7 else code(rng, 6, "0123456789ABCDEF")
    rrn = digits(rng, 12)
    show_appr = shown(rng, 0.15)
    show_rrn = shown(rng, 0.2)
    dated_shown = shown(rng, 0.08)
    inv = rng.randrange(10, 900)
    batch = f"{rng.randrange(1, 999):06d}"
    hh, mm = rng.randrange(9, 20), rng.randrange(0, 40)
    rows: list[tuple] = []
    for part, minute in (("sale", mm), ("void", mm + rng.randrange(2, 15))):
        rows.append(("title", shop))
        if part == "sale":
            rows.append(("center", rng.choice(w["reprint"])))
        rows.append(("pair", "MID", mid))
        rows.append(("pair", "TID", tid))
        clock_text = (f"{(hh - 1) % 12 + 1}:{minute:02d} {'PM' if hh >= 12 else 'AM'}" if country == "US"
                      else f"{hh:02d}:{minute:02d}")
        if dated_shown:
            rows.append(("left", f"{stamp(when, pat, country, upper=lang == 'en')}  {clock_text}"))
        else:
            rows.append(("left", clock_text))
        rows.append(("pair", w["batch"], batch))
        rows.append(("pair", rng.choice(w["inv"]), f"{inv + (part == 'void'):06d}"))
        rows.append(("title", w["sale"] if part == "sale" else rng.choice(w["void"])))
        rows.append(("left", f"{scheme}  {pan}"))
        if show_appr:
            rows.append(("pair", w["auth"][0], appr))
        if show_rrn:
            rows.append(("pair", w["ref"][0], rrn))
        rows.append(("pair", w["amt"][0], m(total, "-" if part == "void" and lang == "de" else "")))
        if part == "sale":
            rows.append(("center", w["ok"]))
            rows.append(("rule",))
            rows.append(("gap",))
            rows.append(("rule",))
        else:
            voided = rng.choice(w["voided"])
            rows.append(("big" if len(voided) < 14 else "title" if len(voided) < 22 else "center", voided))
            if lang == "en" and rng.random() < 0.5:
                rows.append(("center", "CARDHOLDER COPY"))
    rows.append(("small", {"IN": "Pine Labs - HDFC Bank", "US": "Clover Flex", "UK": "Worldpay - Ingenico",
                           "DE": "CCV Mobile", "FR": "Ingenico Desk/5000"}[country]))
    txn = appr if show_appr else (rrn if show_rrn else None)
    dated = when if dated_shown else None
    return rows, done(shop, total, m.ccy, txn, dated, "card", "failed"), dict(THERMAL)


# ---------------------------------------------------------------- 12 an online order paid with a gift card and a card


GIFT_SHOPS = {
    "US": [("Barnes & Noble", "Barnes & Noble Gift Card"), ("Sephora", "Sephora Gift Card"),
           ("Nordstrom", "Nordstrom Gift Card"), ("Apple", "Apple Gift Card")],
    "UK": [("Waterstones", "Waterstones Gift Card"), ("Marks & Spencer", "M&S Gift Card"),
           ("Boots", "Boots Gift Card"), ("Currys", "Currys Gift Card")],
    "IN": [("Lifestyle", "Lifestyle Gift Card"), ("Tata CLiQ", "CLiQ Cash Gift Card"),
           ("Shoppers Stop", "Shoppers Stop Gift Voucher"), ("Nykaa", "Nykaa Gift Card")],
    "DE": [("Douglas", "Douglas Geschenkkarte"), ("Thalia", "Thalia Geschenkkarte")],
    "NL": [("Bijenkorf", "de Bijenkorf cadeaukaart"), ("Rituals", "Rituals cadeaukaart")],
}
GIFT_ITEMS = ["Hardback novel", "Gift set", "Moisturiser 50ml", "Scented candle", "Wireless mouse", "Jumper",
              "Perfume 100ml", "Board game", "Notebook", "Headphones"]
GIFT_WORDS = {
    "en": {"head": ["Thanks for your order", "Order confirmed", "Your order receipt"], "order": ["Order number",
           "Order #", "Order ID"], "date": ["Order date", "Placed on", "Date"], "sub": "Subtotal",
           "ship": "Delivery", "tax": "Tax", "total": ["Order total", "Total", "Grand total"],
           "pay": "Payment", "gc": "Gift card", "left": "Remaining gift card balance", "deliv": "Arriving",
           "auth": "Auth code", "txn": "Transaction ID", "paid": ["Payment received", "Paid in full"]},
    "de": {"head": ["Vielen Dank für deine Bestellung"], "order": ["Bestellnummer"], "date": ["Bestelldatum"],
           "sub": "Zwischensumme", "ship": "Versand", "tax": "MwSt.", "total": ["Gesamtsumme"], "pay": "Zahlung",
           "gc": "Geschenkkarte", "left": "Restguthaben", "deliv": "Voraussichtliche Lieferung",
           "auth": "Genehmigungs-Nr.", "txn": "Transaktions-ID", "paid": ["Zahlung erhalten", "Bezahlt"]},
    "nl": {"head": ["Bedankt voor je bestelling"], "order": ["Bestelnummer"], "date": ["Besteldatum"],
           "sub": "Subtotaal", "ship": "Verzending", "tax": "Btw", "total": ["Totaal"], "pay": "Betaling",
           "gc": "Cadeaukaart", "left": "Resterend saldo cadeaukaart", "deliv": "Verwachte levering",
           "auth": "Autorisatiecode", "txn": "Transactie-ID", "paid": ["Betaling ontvangen", "Betaald"]},
}


def giftcard_with_card(rng: random.Random, font: str):
    """A shop's order confirmation e-mail for an order paid partly with the shop's gift card and the rest with a
    bank card (US, UK, Indian, German and Dutch shops in their words): the shop on top, the order's number and day,
    the items, delivery, US tax, the order total, the payment split into the gift card (its masked number, the part
    it paid, its balance left) and the card (scheme, last digits, its part, an auth code or a transaction id on a
    share), the delivery day, and on a share words that the payment was received. The amount is the order total both
    paid now; the method the bank card; the id the card's auth code or transaction id, else the order number."""
    country = rng.choice(["US", "US", "US", "UK", "UK", "IN", "IN", "DE", "NL"])
    lang = LANG[country] if country in ("DE", "NL") else "en"
    w = GIFT_WORDS[lang]
    shop, gift = rng.choice(GIFT_SHOPS[country])
    m = Cash(rng, country, font)
    when = day(rng)
    pat = pattern(rng, country)
    rows: list[tuple] = [("title", shop), ("center", rng.choice(w["head"])), ("gap",)]
    rows.append(("left", f"{ {'en': 'Hi', 'de': 'Hallo', 'nl': 'Hoi'}[lang]} {payer(rng, country).split()[0]},"))
    rows.append(("rule",))
    order = {"US": f"{digits(rng, 3)}{digits(rng, 7)}", "IN": f"{rng.choice(['OD', 'ORD', ''])}{digits(rng, 12)}"}.get(
        country, f"{code(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(rng, 8)}")
    txn = None
    if shown(rng, 0.15):
        rows.append(("pair", rng.choice(w["order"]), order))
        txn = order
    dated = None
    if shown(rng, 0.08):
        rows.append(("pair", rng.choice(w["date"]), stamp(when, pat, country)))
        dated = when
    rows.append(("rule",))
    sub = 0.0
    for item in rng.sample(GIFT_ITEMS, rng.randrange(1, 4)):
        price = sum_in(rng, country, 8.0, 140.0)
        sub += price
        rows.append(("pair", item, m(price)))
    sub = round(sub, 2)
    rows.append(("pair", w["sub"], m(sub)))
    ship = 0.0 if rng.random() < 0.5 else {"IN": 49.0, "US": 5.99}.get(country, 3.95)
    rows.append(("pair", w["ship"], m(ship) if ship else {"en": "FREE", "de": "Kostenlos", "nl": "Gratis"}[lang]))
    total = round(sub + ship, 2)
    if country == "US":
        tax = round(sub * rng.choice([0.06, 0.0725, 0.08875]), 2)
        rows.append(("pair", w["tax"], m(tax)))
        total = round(total + tax, 2)
    rows.append(("pair", rng.choice(w["total"]), m(total)))
    rows.append(("rule",))
    rows.append(("left", w["pay"]))
    gift_part = round(min(total - 1.0, rng.choice([10, 20, 25, 50, 100]) * (80 if country == "IN" else 1)), 2)
    gift_part = gift_part if gift_part > 0 else round(total / 2, 2)
    card_part = round(total - gift_part, 2)
    rows.append(("pair", f"{gift} ****{digits(rng, 4)}", m(gift_part, "-")))
    if shown(rng, 0.4):
        rows.append(("pair", w["left"], m(round(rng.uniform(0, 60) * (80 if country == "IN" else 1), 2))))
    scheme = rng.choice(["Visa", "Mastercard", "American Express", "Discover"] if country == "US" else
                        ["Visa", "Mastercard", "RuPay"] if country == "IN" else ["Visa", "Mastercard", "Maestro"])
    rows.append(("pair", f"{scheme} {masked(rng, rng.choice(['ending', 'dots']))[1]}", m(card_part, "-")))
    if shown(rng, 0.5):
        if rng.random() < 0.5:
            appr = digits(rng, 6)
            rows.append(("pair", w["auth"], appr))
        else:
            appr = code(rng, rng.choice([12, 16]), ALNUM)
            rows.append(("pair", w["txn"], appr))
        txn = appr
    status = None
    if shown(rng, 0.6):
        rows.append(("center", rng.choice(w["paid"])))
        status = "success"
    rows.append(("rule",))
    rows.append(("pair", w["deliv"], stamp(later(when, rng, 2, 8), pat, country)))
    rows.append(("small", {"en": "Returns: refunds go back to the gift card and card used.",
                           "de": "Rückgaben werden auf Geschenkkarte und Karte erstattet.",
                           "nl": "Retouren worden terugbetaald op cadeaukaart en kaart."}[lang]))
    return rows, done(shop, total, m.ccy, txn, dated, "card", status), screen_style(rng, EMAIL, 0.1, 0.4)
