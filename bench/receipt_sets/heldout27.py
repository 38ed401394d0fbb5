"""heldout27: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout27).

Families (8 receipts each), all in the four currencies the product takes, documents a marketplace's buyers and
sellers or a payments company would see: an Indian seed, fertiliser and pesticide dealer's bill (batch numbers,
mfg and expiry dates per item), an Indian e-Stamp certificate (non-judicial stamp paper), an Indian Pollution
Under Control (PUC) certificate with its fee, a US pawn shop's loan renewal or redemption receipt, a US tattoo
studio's card-reader e-receipt with a deposit applied and a tip (Square-style), a US public-lands campsite
reservation receipt (Recreation.gov-style), a German Bürgeramt pay-kiosk fee receipt, a European car-sharing
app's trip receipt (per-minute rate), a UK TV Licensing payment confirmation, a UK shoe-repair and key-cutting
kiosk's till receipt (Timpson-style), an auction house's buyer's invoice with buyer's premium (INR, USD, EUR or
GBP) and a crowdfunding pledge receipt (Wishberry INR, Kickstarter USD, Ulule EUR, Crowdfunder GBP). Faces are
italic, oblique, narrow and bold cuts earlier sets draw least (Liberation 2 Mono Bold, FreeMono Bold, DejaVu Sans
Mono Oblique, Noto Sans Display Italic, Noto Sans Italic, Liberation Sans Narrow Regular, DejaVu Sans Condensed
Oblique, Liberation 2 Sans Bold, Liberation 2 Serif, Liberation Serif Bold, Noto Serif Display Italic, DejaVu
Serif Condensed Italic). Each receipt is drawn clean and degraded with heldout14's steps (one to three of blur,
rotation, perspective, low contrast, noise, uneven light; screens are always photographed off the display; then
JPEG q20–60).

Truth conventions (the product's):

* amount: the amount paid on this document (the grand total, taxes, fees, premiums, shipping and tips included,
  deposits, discounts and promo minutes taken off; for a failed or pending payment the amount attempted), as
  "1234.50"; currency: its ISO code. "₹"/"Rs."/"INR" is INR, "$" USD, "€"/"EUR" EUR, "£" GBP. An e-Stamp's
  amount is the Stamp Duty Amount, never the Consideration Price; a pawn receipt's is the Total / Amount Paid
  (charges only on a renewal, principal and charges on a redemption), never the printed Principal / Amount
  Financed alone; a TV licence's is the amount paid now (a quarterly or monthly instalment), not the annual
  Licence fee; an auction invoice's is the invoice total, not the hammer price or the estimate; a pledge's is the
  total pledge (reward, shipping and bonus support). Cash tendered and change, rates per minute or per night,
  CO/HC readings, quantities, backer and paddle numbers are never the amount.
* date: the payment date, ISO "YYYY-MM-DD": the bill / certificate issued / test / till / kiosk / transaction
  date on a paper bill, e-Stamp, PUC certificate, pawn receipt, Bürgeramt receipt or key-cutting till receipt;
  on a screen or e-mail only a printed payment, order, booking, trip or charge date ("Booked on", "Order date",
  "Trip date", "Payment date", "Charged on", "Paid on", the date line of a tattoo e-receipt). None when only other
  dates are printed: mfg / expiry dates, Valid Upto, original loan and new maturity dates, check-in / check-out,
  cancel-by, next session, pickup (Abholung), next payment, licence expiry, auction sale date, campaign end,
  estimated delivery. An auction invoice's date is its "Paid on" date only (the sale date is not).
* payment_method: "UPI" (PhonePe, Paytm UPI), "card" (girocard, Kreditkarte, debit, contactless / chip card),
  "netbanking" (bank or wire transfer, Direct Debit), "wallet" (PayPal, Apple Pay) or "cash" (Cash, Bar gegeben);
  None when not printed. A tattoo e-receipt is always "card" (its card line).
* status: "success", "failed" or "pending" only where the text states it in words ("Payment successful",
  "Payment complete", "Approved", "Paid", "Paid in full", "PAID IN FULL", "Paid with thanks", "Zahlung erfolgt",
  "Betrag bezahlt", "your payment has been received", "successfully collected", "Payment collected" are success;
  "declined", "failed", "not successful", "abgelehnt", "fehlgeschlagen" failed; "pending", "processing", "being
  processed" pending); None otherwise (a bill, certificate or till slip with no such words is None even when
  it names a payment mode).
* transaction_id: as printed without a leading "#", the strongest kind printed: UPI reference / UTR > card
  approval / auth code > payment / transaction reference > trip / rental, pledge, order / reservation id >
  e-Stamp certificate number, PUC certificate serial > bill / invoice / receipt / trans / Beleg number. Never a
  batch, licence, centre code, account reference, unique doc. reference, vehicle or plate number, pawn ticket /
  loan number, Vorgangs- / Antrags-Nr., TV licence number, repair ticket, TID / MID, paddle, lot or backer
  number, customer number, card or phone number. None when none is printed.
* merchant_name: the payee as printed in the title: the dealer, PUC centre, pawn shop, studio, booking platform
  (not the campground), city / district office, car-sharing app, "TV Licensing", repair kiosk brand, auction
  house or crowdfunding platform (not the project's creator); on an e-Stamp the state government named under
  "INDIA NON JUDICIAL" (not Stock Holding Corporation of India).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout27_families import (
    agri_input_bill,
    auction_invoice,
    buergeramt_fee,
    campground_reservation,
    car_sharing_trip,
    crowdfunding_pledge,
    estamp_certificate,
    key_cutting_till,
    pawn_loan_receipt,
    puc_certificate,
    tattoo_studio_receipt,
    tv_licence_payment,
)

SPLIT = "heldout27"

MONO = ["liberation2/LiberationMono-Bold.ttf", "freefont/FreeMonoBold.ttf", "dejavu/DejaVuSansMono-Oblique.ttf"]
SANS = ["noto/NotoSansDisplay-Italic.ttf", "noto/NotoSans-Italic.ttf", "liberation/LiberationSansNarrow-Regular.ttf",
        "dejavu/DejaVuSansCondensed-Oblique.ttf", "liberation2/LiberationSans-Bold.ttf"]
SERIF = ["liberation2/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf",
         "noto/NotoSerifDisplay-Italic.ttf", "dejavu/DejaVuSerifCondensed-Italic.ttf"]

FAMILIES: list[Family] = [
    ("agri_input_bill", agri_input_bill, SERIF + MONO[:1]),
    ("estamp_certificate", estamp_certificate, SERIF[:2] + SANS[2:4]),
    ("puc_certificate", puc_certificate, MONO + SANS[2:3]),
    ("pawn_loan_receipt", pawn_loan_receipt, MONO),
    ("tattoo_studio_receipt", tattoo_studio_receipt, SANS),
    ("campground_reservation", campground_reservation, SANS),
    ("buergeramt_fee", buergeramt_fee, MONO + SANS[4:]),
    ("car_sharing_trip", car_sharing_trip, SANS),
    ("tv_licence_payment", tv_licence_payment, SANS),
    ("key_cutting_till", key_cutting_till, MONO),
    ("auction_invoice", auction_invoice, SERIF),
    ("crowdfunding_pledge", crowdfunding_pledge, SANS + SERIF[2:3]),
]


def make_heldout27_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout27 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)
