"""heldout24: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout24).

Families (8 receipts each), all in the four currencies the product takes: an Indian florist's thermal bill, an
Indian motor driving school's fee receipt, an Indian sports-turf slot booking confirmation screen, a US city
water & sewer utility's online payment confirmation, a US quick-lube oil change invoice, a US nonprofit's
donation receipt e-mail, an Italian street parking-meter (parcometro) ticket, an Italian pagoPA payment
receipt, a German tradesman's invoice (Handwerkerrechnung), a UK council's penalty charge notice (PCN)
payment confirmation, a UK school payments app confirmation and a UK fish and chip shop's till receipt. Each
receipt is drawn clean and degraded with heldout14's steps (one to three of blur, rotation, perspective, low
contrast, noise, uneven light; screens are always photographed off the display; then JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid (the grand total, taxes included; for a failed or pending payment the amount
  attempted), as "1234.50"; currency: its ISO code, None when no currency is printed or it cannot be told.
  "₹"/"Rs." is INR, "$" on the US pages USD, "€"/"EUR"/"Euro" EUR, "£"/"GBP" GBP. The driving school's
  amount is the instalment received (not the course fee or the balance); the utility's and the turf
  booking's include the convenience fee (and its GST).
* date: the payment date, ISO "YYYY-MM-DD" (the bill date on a counter bill or invoice, the issue date on a
  parking ticket, the receipt date on the driving school's receipt); None when only other dates (bill due,
  contravention, slot, next gift, order, next service, payment due) are printed.
* payment_method: "UPI", "card", "netbanking" (any bank transfer: net banking, ACH/eCheck, MyBank,
  Überweisung), "wallet" (Paytm Wallet, Amazon Pay balance, PayPal, Venmo, Satispay, a school app's account
  credit) or "cash"; a German invoice that only asks for a transfer, not marked paid, has None; None when not
  printed or none of these.
* status: "success", "failed" or "pending" only where the text states it in words ("Booking Confirmed",
  "Payment received", "Pagamento eseguito", "Esito: positivo", "APPROVED", "Bezahlt", "Betrag bar erhalten"
  count as success; "declined", "non riuscito", "Esito: negativo" as failed; "processing", "in corso",
  "Scheduled" as pending); None otherwise.
* transaction_id: as printed without a leading "#" or "No.", the strongest kind printed: UTR / UPI
  reference > card RRN > bank/transaction reference > transaction or payment id (a pagoPA IUV) > approval /
  auth code > order / booking id (a chip shop's order number) > invoice / bill / receipt / ticket / confirmation
  number (a pagoPA notice code, a Rechnungsnummer); never a terminal, meter, merchant, customer, donor,
  account, tax (GSTIN, EIN, VAT No, USt-IdNr, codice fiscale), licence, application, PCN, vehicle (VIN,
  plate), card or phone number. None when none is printed.
* merchant_name: the payee as printed (the venue on a booking app, the school on a school payments app, the
  creditor body on a pagoPA receipt); None when no payee is printed.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14 import MONO, SANS, SCREEN_FONTS, SERIF
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout24_families import (
    chip_shop_till,
    driving_school_receipt,
    florist_bill,
    german_trade_invoice,
    italian_parking_meter,
    pagopa_receipt,
    parentpay_screen,
    quick_lube_invoice,
    turf_booking_screen,
    uk_pcn_payment,
    us_donation_email,
    us_water_utility,
)

SPLIT = "heldout24"

FAMILIES: list[Family] = [
    ("florist_bill", florist_bill, MONO),
    ("driving_school_receipt", driving_school_receipt, SERIF + SANS[:2]),
    ("turf_booking_screen", turf_booking_screen, SCREEN_FONTS),
    ("us_water_utility", us_water_utility, SCREEN_FONTS),
    ("quick_lube_invoice", quick_lube_invoice, MONO + SANS[:1]),
    ("us_donation_email", us_donation_email, SANS + SERIF[:1]),
    ("italian_parking_meter", italian_parking_meter, MONO),
    ("pagopa_receipt", pagopa_receipt, SCREEN_FONTS),
    ("german_trade_invoice", german_trade_invoice, SANS + SERIF),
    ("uk_pcn_payment", uk_pcn_payment, SCREEN_FONTS),
    ("parentpay_screen", parentpay_screen, SCREEN_FONTS),
    ("chip_shop_till", chip_shop_till, MONO),
]


def make_heldout24_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout24 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)
