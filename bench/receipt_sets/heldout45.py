"""heldout45: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout45).

Families (8 receipts each), drawn away from heldout43 and heldout44, in rupees, dollars, pounds and euros: a German
Rewe / Edeka till (SUMME / SUMME EUR / Zu zahlen, decimal commas, VAT letters A / B, Geg. girocard / Geg.
Kartenzahlung / Geg. VISA / Geg. BAR, Rückgeld, Terminal-ID, Genehmigungs-Nr. / Autorisierungs-Nr., Zahlung erfolgt /
erfolgreich in a share, MwSt table, Bon-Nr., dotted dates), an Irish Applegreen / Circle K / Maxol forecourt slip
(PUMP, litres @ EUR/L, TOTAL EUR / TOTAL / AMOUNT DUE, VISA DEBIT / MASTERCARD / VISA CONTACTLESS / CASH, AID, AUTH
CODE / AUTH NO, APPROVED / TRANSACTION APPROVED / DECLINED in a share, RECEIPT NO), a US CVS / Walgreens till (tax
flags, SUBTOTAL, TAX 6.25%, TOTAL / BALANCE DUE, VISA CREDIT / DEBIT / MASTERCARD / CASH, APPROVAL# / AUTH#, APPROVED
in a share, ExtraCare / myWalgreens number, RETURNS ... THRU date, TRANS#), a BESCOM / MSEDCL electricity bill
payment (Account ID / Consumer No., Bill Month, Due Date, Bill Amount, Convenience Fee, Amount Paid / Total Amount
Paid / Paid Amount in lakh grouping, Transaction Ref. No. / Bank Transaction ID, Receipt No., Payment Mode, Payment /
Transaction Date), an IRCTC e-ticket (PNR No., train, Date of Journey, Ticket Fare, IRCTC Convenience Fee, Travel
Insurance, Total Fare, Transaction ID, Payment Mode / Paid through, Booking Date / Date of Booking), an Indian café
till (Chaayos / Cafe Coffee Day / Third Wave: GSTIN, Bill No / Invoice No, items x qty, Sub Total, CGST / SGST @2.5%,
Round Off, Grand Total / Net Payable / TOTAL, Settled By / Payment Mode / Paid via), a BHIM UPI screen (Transaction
Successful / Payment Successful / Money sent successfully / Transaction Failed / Payment Declined by bank /
Transaction Pending / Awaiting bank response, big amount often without paise, Paid to / To, UPI ID, From / Debited
from, UPI Ref. No / UPI Transaction ID / Reference ID, BHIM Txn ID, a dark screen in a share), an SNCF Connect order
confirmation in French (Paiement accepté / refusé / en cours de validation in a share, trip, "Aller le 12 mars
2026", Référence de dossier, Montant total / Total payé / Montant payé "1.234,50 €", N° de transaction / Référence de
paiement, Moyen de paiement / Payé avec, Date de paiement / Payé le / Date de commande), a US utility payment
confirmation (Con Edison / Duke Energy / PG&E: Account Number, Service Address, Bill Due Date, Payment Amount / Amount
Paid, Confirmation Number / #, Payment Method / Pay From a checking account or a card, Payment Date / Date Submitted),
a UK hotel folio (Arrival, Departure, dated charge lines, Total Charges / Total, VAT included, Payment - / Paid by
Visa / Amex / Cash / BACS transfer, Balance £0.00, Auth Code, Folio No., Payment Date / Date Paid, PAID in a share), a
UK car-park pay-machine ticket (NCP / Q-Park / Euro Car Parks: TARIFF, ENTRY time, AMOUNT PAID / TOTAL PAID / FEE,
VAT INCL, CONTACTLESS / VISA / MASTERCARD / COINS / CASH, AUTH CODE, PAYMENT ACCEPTED / APPROVED in a share, TICKET
NO / TKT, DATE) and a UK Monzo / Starling card-payment detail screen (the shop on top, "-£" amount, Status Completed /
Declined / Pending in a share, Paid with / Payment method, a mixed-case "tx_0000..." Transaction ID / Reference).
Faces: two thirds of the families are drawn in the faces the project installs besides DejaVu (``make system-deps``:
fonts-liberation, fonts-liberation2, fonts-freefont-ttf, fonts-noto-core, fonts-noto-mono): the German till in
Liberation Mono, the forecourt slip in FreeMono, the pharmacy till in Noto Sans Mono, the electricity bill in Noto
Serif and FreeSerif, the BHIM screen in Noto Sans and FreeSans, the utility page in Liberation Sans and Sans Narrow
(its list ends in Liberation Serif where it had DejaVu Serif; no receipt of the 96 draws it), the hotel folio in
Liberation Serif and FreeSerif, the Monzo screen in Liberation Sans and Noto Sans; the IRCTC e-ticket (DejaVu Serif),
the café till and the car park (DejaVu Sans Mono) and the SNCF page (DejaVu Sans) keep DejaVu. Every face holds every
character its family prints (Liberation has no ₹, so no rupee family uses it; Noto Sans has no →, so not the SNCF
page); a face missing from the machine stops the set with its package named, never a fallback. Each family keeps as
many faces as it had when the set was written with DejaVu alone, so the font draw takes the same numbers from each
receipt's seed and the text, truth, layout and degradations are unchanged.
Degradations as heldout44 (``heldout14_render.degrade``: JPEG quality, blur, rotation, perspective, low contrast,
noise, uneven light, a photo of the screen for screens).

Truth conventions (heldout44's, with each family's specifics):

* amount: the amount paid, fees, taxes and rounding included, as "1234.50"; currency its ISO code. The tills' SUMME /
  TOTAL (never the cash given, Rückgeld or CHANGE, never the MwSt / VAT / TAX lines); the bill's Amount Paid (never the
  Bill Amount alone when a fee is added); IRCTC's Total Fare (never the Ticket Fare); the café's Grand Total after
  Round Off (never Sub Total); BHIM's big amount; SNCF's Montant total; the utility's Payment Amount; the folio's
  Total Charges (never the Balance); the car park's AMOUNT PAID; Monzo's amount without its minus. For a failed or
  pending payment the amount attempted.
* date: the payment date, ISO, only where printed: the tills' and the pay machine's date line; the bill's Payment /
  Transaction Date (never the Due Date or Bill Month); IRCTC's Booking Date (never the Date of Journey); SNCF's Date
  de paiement / Payé le / Date de commande (never the travel date); the utility's Payment Date / Date Submitted
  (never the Bill Due Date); the folio's Payment Date / Date Paid (never Arrival, Departure or a charge line's day);
  the CVS till's date line (never the RETURNS ... THRU date).
* payment_method: "UPI" (every BHIM screen, UPI, PAYTM (UPI)), "card" (girocard, Kartenzahlung, VISA, VISA DEBIT,
  MASTERCARD, CONTACTLESS, DEBIT, Credit / Debit Card, CARD, Carte bancaire, Visa / Amex on a folio, Contactless /
  Chip & PIN with last four), "wallet" (IRCTC eWallet, PayPal, Apple Pay, Google Pay on a UK screen), "netbanking"
  (Net Banking, a checking / savings account, a BACS transfer), "cash" (BAR, CASH, Cash, COINS); None where no method
  line is printed (the bill, IRCTC, the café, SNCF, the utility and Monzo pages).
* status: only where words state the outcome. Success: Zahlung erfolgt, Zahlung erfolgreich, APPROVED, TRANSACTION
  APPROVED, APPROVED - THANK YOU, Payment Successful, Transaction Successful, Booking Confirmed, Money sent
  successfully, Paiement accepté, Votre paiement a été accepté, Payment Received, Your payment was successful, PAID,
  PAID IN FULL, PAYMENT ACCEPTED, Completed, Payment complete. Failed: DECLINED, Payment Failed, Transaction
  Unsuccessful, Booking Failed, Transaction Failed, Payment Declined by bank, Paiement refusé, Payment Unsuccessful,
  Your payment could not be processed, Declined. Pending: Payment Pending, Transaction is being processed,
  Transaction Pending, Awaiting bank response, Paiement en cours de validation, Payment Processing, Pending. None
  otherwise (the café till never prints one).
* transaction_id: as printed, the strongest printed: UPI Ref. No / UPI Transaction ID / Reference ID (BHIM) > card
  approval (Genehmigungs-Nr. / Autorisierungs-Nr., AUTH CODE / AUTH NO / AUTH, APPROVAL# / AUTH#, Auth Code /
  Authorisation) > transaction reference (the bill's Transaction Ref. No. / Bank Transaction ID, IRCTC's Transaction
  ID, BHIM's Txn ID, SNCF's N° de transaction / Référence de paiement, the utility's Confirmation Number, Monzo's
  Transaction ID / Reference, kept in its mixed case) > order, booking, bill, receipt and ticket numbers (Bon-Nr.,
  RECEIPT NO, TRANS#, the bill's Receipt No., IRCTC's PNR, the café's Bill No / Invoice No, SNCF's Référence de
  dossier, the folio's Folio No. / Invoice No., TICKET NO / TKT). Never a Terminal-ID, AID, masked card, loyalty card
  number, consumer / account number, UPI ID, GSTIN, VAT or UID number, STORE / REG number. None when none is printed.
* merchant_name: who was paid, as printed on top: the till's chain, the forecourt's brand, the board ("BESCOM" /
  "MSEDCL"), "IRCTC", the café, BHIM's payee under Paid to / To (not BHIM or the bank), "SNCF Connect", the utility,
  the hotel, the car-park operator (not the site), the shop on top of the Monzo / Starling screen (not the bank).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout45_families import (
    bhim_upi,
    de_supermarket_till,
    electricity_bill,
    ie_fuel_slip,
    in_cafe_till,
    irctc_eticket,
    monzo_card_payment,
    sncf_connect,
    uk_car_park,
    uk_hotel_folio,
    us_pharmacy_till,
    us_utility_payment,
)

SPLIT = "heldout45"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them; each
# family's list keeps the length its DejaVu list had (see the docstring).
DEJAVU_SANS = [
    "dejavu/DejaVuSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "dejavu/DejaVuSans-Bold.ttf",
    "dejavu/DejaVuSansCondensed-Bold.ttf",
]
DEJAVU_MONO = ["dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"]
DEJAVU_SERIF = ["dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerifCondensed.ttf"]
LIBERATION_MONO = ["liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"]
FREE_MONO = ["freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf"]
NOTO_MONO = ["noto/NotoSansMono-Regular.ttf", "noto/NotoSansMono-Bold.ttf"]
BILL_SERIF = [
    "noto/NotoSerif-Regular.ttf",
    "noto/NotoSerif-Bold.ttf",
    "freefont/FreeSerif.ttf",
    "freefont/FreeSerifBold.ttf",
]
UPI_SANS = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSans-Bold.ttf",
    "freefont/FreeSans.ttf",
    "freefont/FreeSansBold.ttf",
]
UTILITY_FACES = [
    "liberation2/LiberationSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "liberation2/LiberationSans-Bold.ttf",
    "liberation/LiberationSansNarrow-Bold.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]
FOLIO_SERIF = ["liberation2/LiberationSerif-Regular.ttf", "freefont/FreeSerif.ttf"]
BANK_APP_SANS = [
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Bold.ttf",
    "noto/NotoSans-Bold.ttf",
]
FAMILIES: list[Family] = [
    ("de_supermarket_till", de_supermarket_till, LIBERATION_MONO),
    ("ie_fuel_slip", ie_fuel_slip, FREE_MONO),
    ("us_pharmacy_till", us_pharmacy_till, NOTO_MONO),
    ("electricity_bill", electricity_bill, BILL_SERIF),
    ("irctc_eticket", irctc_eticket, DEJAVU_SERIF),
    ("in_cafe_till", in_cafe_till, DEJAVU_MONO),
    ("bhim_upi", bhim_upi, UPI_SANS),
    ("sncf_connect", sncf_connect, DEJAVU_SANS),
    ("us_utility_payment", us_utility_payment, UTILITY_FACES),
    ("uk_hotel_folio", uk_hotel_folio, FOLIO_SERIF),
    ("uk_car_park", uk_car_park, DEJAVU_MONO),
    ("monzo_card_payment", monzo_card_payment, BANK_APP_SANS),
]


def make_heldout45_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout45 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
