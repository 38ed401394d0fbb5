"""heldout25: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout25).

Families (8 receipts each), all in the four currencies the product takes: an Indian coworking space's GST tax
invoice, an Indian metro rail app's QR ticket purchase screen, an Indian photo studio's thermal bill, a US
state wildlife agency's online hunting/fishing licence purchase confirmation, a US bowling alley's
card-terminal slip with a tip line, a Portuguese Multibanco ATM service-payment slip (entidade/referência), a
French motorway toll (péage) receipt, an Austrian ASFINAG digital vignette purchase screen, a UK river-crossing
charge (Dart Charge and the like) payment confirmation, a UK boarding kennels / cattery invoice, an airport
duty-free till receipt (Delhi INR, JFK USD, Dublin EUR, Heathrow GBP) and a bike-share app's ride receipt
(Yulu INR, Citi Bike USD, Vélib' EUR, Santander Cycles GBP). Faces are ones earlier sets do not draw (bold
monospace, Liberation Sans Narrow, Noto Serif, DejaVu Serif Condensed, FreeSans Bold, Noto Sans Bold). Each
receipt is drawn clean and degraded with heldout14's steps (one to three of blur, rotation, perspective, low
contrast, noise, uneven light; screens are always photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total, taxes, tips and fees included, discounts taken off; for a failed
  or pending payment the amount attempted), as "1234.50"; currency: its ISO code. "₹"/"Rs." is INR, "$" USD,
  "€"/"EUR" EUR, "£"/"GBP" GBP. The kennel's amount is the balance paid on collection where a deposit paid
  earlier is shown ("Balance paid"), else the invoice total; a photo studio's cash tendered and change are not
  the amount.
* date: the payment date, ISO "YYYY-MM-DD" (the bill / invoice / slip / receipt date on a counter bill, an
  invoice, an ATM or terminal slip, a toll receipt or a till receipt; the ride date on a bike-share receipt);
  None when only other dates (ticket validity, licence expiry, vignette start, crossing date, stay, delivery,
  billing period) are printed.
* payment_method: "UPI", "card" (a Multibanco ATM payment is by card), "netbanking" (NEFT/IMPS/RTGS, BACS
  bank transfer, eps-/Sofortüberweisung), "wallet" (Paytm Wallet, Yulu Money, PayPal, Apple Pay, Google Pay)
  or "cash"; None when not printed (an unpaid invoice that only gives bank details has None).
* status: "success", "failed" or "pending" only where the text states it in words ("Payment successful",
  "PAID - Thank you", "Payment received with thanks", "APPROVED", "OPERAÇÃO EFECTUADA", "Zahlung erfolgreich",
  "Vielen Dank für Ihren Kauf!", "Kauf abgeschlossen", "Transaction Approved", "Thanks for riding!", "Paid"
  count as success; "failed", "declined", "unsuccessful", "abgelehnt", "fehlgeschlagen" as failed; "pending",
  "processing", "Awaiting bank confirmation", "wird verarbeitet" as pending); None otherwise.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI bank
  reference > card RRN > bank/transaction reference (a payment reference, a Multibanco movement number, a
  Transaktions-ID) > transaction, ride or payment id > approval / auth code > order / booking id (a metro
  order id, a licence order or confirmation number, a bowling check number, a vignette Bestellnummer) >
  invoice / bill / receipt / ticket number (a Multibanco Referência, a toll ticket number, a metro ticket
  number); never a terminal, merchant (MID/TID), member, customer, account, tax (GSTIN, SAC, VAT), licence,
  vehicle / bike / plate, entity, slip (talão), flight, seat, card or phone number. None when none is printed.
* merchant_name: the payee as printed (the agency, operator or scheme on a screen; the duty-free shop; the
  beneficiary on a Multibanco slip, None there when only the ATM's bank is printed).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout25_families import (
    austrian_vignette,
    bike_share_ride,
    bowling_slip,
    coworking_invoice,
    dart_charge_payment,
    duty_free_receipt,
    french_toll_ticket,
    kennel_invoice,
    metro_qr_ticket,
    multibanco_receipt,
    photo_studio_bill,
    us_fishing_license,
)

SPLIT = "heldout25"

MONO = ["dejavu/DejaVuSansMono-Bold.ttf", "liberation/LiberationMono-Bold.ttf", "freefont/FreeMonoBold.ttf",
        "noto/NotoMono-Regular.ttf"]
SANS = ["liberation/LiberationSansNarrow-Regular.ttf", "freefont/FreeSansBold.ttf", "noto/NotoSans-Bold.ttf",
        "dejavu/DejaVuSansCondensed-Bold.ttf"]
SERIF = ["noto/NotoSerif-Regular.ttf", "dejavu/DejaVuSerifCondensed.ttf", "liberation/LiberationSerif-Bold.ttf"]
SCREEN_FONTS = ["noto/NotoSans-Bold.ttf", "liberation/LiberationSansNarrow-Regular.ttf", "freefont/FreeSans.ttf",
                "dejavu/DejaVuSans-Bold.ttf"]

FAMILIES: list[Family] = [
    ("coworking_invoice", coworking_invoice, SANS + SERIF[:2]),
    ("metro_qr_ticket", metro_qr_ticket, SCREEN_FONTS),
    ("photo_studio_bill", photo_studio_bill, MONO),
    ("us_fishing_license", us_fishing_license, SCREEN_FONTS),
    ("bowling_slip", bowling_slip, MONO),
    ("multibanco_receipt", multibanco_receipt, MONO),
    ("french_toll_ticket", french_toll_ticket, MONO + SANS[:1]),
    ("austrian_vignette", austrian_vignette, SCREEN_FONTS),
    ("dart_charge_payment", dart_charge_payment, SCREEN_FONTS),
    ("kennel_invoice", kennel_invoice, SERIF + SANS[:2]),
    ("duty_free_receipt", duty_free_receipt, MONO + SANS[:1]),
    ("bike_share_ride", bike_share_ride, SCREEN_FONTS),
]


def make_heldout25_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout25 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)
