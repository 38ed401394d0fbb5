"""heldout31: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout31).

Families (8 receipts each), the ordinary payment documents a marketplace's users upload, in the four currencies the
product takes: a PhonePe-style UPI transaction detail (status head with "10:42 am on 20 Nov 2024", Paid to, Transaction
ID "T…", UTR), a Google Pay-style UPI detail (big amount first, "Completed", UPI transaction ID and Google transaction
ID), a Paytm-style payment screen (UPI or Paytm Wallet, payee mobile, cashback, UPI Ref No, Order ID, balance), a
card-reader e-mail receipt (Square / SumUp / Stripe style; items, sales tax, tip, Apple Pay or card, auth code,
receipt number), an app-store / subscription receipt e-mail (Apple, Google Play, Spotify, Netflix; order id, tax or
VAT included, renewal date), a ride-hailing trip receipt (Uber, Ola, Rapido, Lyft, Bolt, FREENOW; fare, fees, promo,
tip, distance, trip id), a food-delivery order receipt (Swiggy, Zomato, DoorDash, Uber Eats, Lieferando, Wolt,
Deliveroo, Just Eat; item total, fees, discount, tip, order id), a neobank transfer confirmation (Revolut, Wise,
N26, Monzo; amount, fee, total, exchange rate and "Recipient gets" in another currency, balance), a PayPal payment
e-mail or Venmo payment detail, a Bharat BillPay electricity / water bill payment acknowledgement (consumer number,
bill and due dates, convenience fee, B-Connect Txn ID), a fuel-station slip (Indian pump with nozzle, rate, volume,
vehicle no; US pump; UK / euro forecourt) and a hotel guest folio at checkout (nightly charges, taxes, payment line,
zero balance). Faces are DejaVu cuts earlier sets draw least (Sans Bold Oblique, Sans Oblique, Sans Condensed Bold
Oblique, Sans ExtraLight, Serif Condensed Bold Italic, Serif Bold Italic, Serif Condensed Italic, Sans Mono Oblique,
Sans Mono Bold Oblique). Each receipt is drawn clean and degraded with heldout14's steps (one to three of blur,
rotation, perspective, low contrast, noise, uneven light; screens and e-mails are always photographed off the
display; then JPEG q20–60).

Truth conventions (the product's, as heldout30 states them):

* amount: the amount paid on this document (taxes, fees, tips included, discounts and promotions off; for a
  failed or pending payment the amount attempted), as "1234.50"; currency its ISO code ("₹"/"Rs"/"INR" INR, "$"
  USD, "€"/"EUR" EUR, "£" GBP). A UPI screen's large amount (never the Avl Bal / Wallet Balance or a cashback); an
  e-mail receipt's Total / Amount paid / Total charged (tax and tip in; never the Subtotal, an item or the
  "incl. VAT" / "inkl. MwSt." share); an app-store receipt's Total / Amount charged (never "Includes GST/VAT");
  a trip's Total / Amount paid / Total fare (never the Trip fare before fees, distance or duration); a food order's
  Grand Total / Total paid / Order Total / Bill Total (never the Item Total); a neobank transfer's Total when a fee
  is printed, else the amount sent (never "Recipient gets", the exchange rate or the Balance); PayPal's Total /
  the "You sent" amount, Venmo's large amount; a BBPS acknowledgement's Total Amount where a convenience fee is
  printed, else the Bill Amount; a fuel slip's AMOUNT / TOTAL / Sale Amt (never the rate, volume or Cash
  Tendered); a folio's Total Charges (= the payment line; never a night's room charge or the Balance 0.00).
* date: the payment date, ISO: a slip's printed date line (fuel slip always has one); on screens and e-mails only
  a printed payment / order date: PhonePe's "… on 20 Nov 2024" status line, Google Pay's date line under the
  amount, "Date & Time", "Paid on", "Date", "Order date", "Billed on", "Trip on" / "Ride on" / the bare trip date
  under the greeting, "Ordered on", "Order placed", "Sent on", "Completed on", "Transaction date", "Transaction Date
  & Time", "Payment Date", a card e-mail's "<date> at <time>" line, a folio's "Paid on" / "Payment date". None
  when only other dates are printed: a renewal date, a Bill Date, a Due Date, a folio's Arrival / Departure, a
  per-night date.
* payment_method: "UPI" (every PhonePe / Google Pay screen, Paytm from a bank, Mode / Payment Mode / Paid via UPI),
  "wallet" (Paytm Wallet, Amazon Pay, PayPal — every PayPal and Venmo receipt is "wallet" whatever funds it —,
  Apple Pay / Google Pay on a card e-mail or pump, Wallet on BBPS), "card" (Visa / Mastercard / Amex / Discover /
  RuPay endings, Debit Card, VISA / MASTERCARD / DEBIT on a slip or folio), "netbanking" (every neobank transfer,
  Net Banking on BBPS), "cash" (Cash, CASH, Cash on Delivery); None when not printed.
* status: only where words state it. Success: "Transaction Successful", "Payment Successful", "Completed",
  "Payment successful", "Paid Successfully", "Transfer complete", "Money sent", "Payment sent", "Complete",
  "APPROVED". Failed: "Transaction Failed", "Failed", "Payment failed", "Payment Failed", "Transfer failed",
  "Declined", "Payment declined", "DECLINED". Pending: "Transaction Pending", "Pending", "Processing", "Payment
  Pending", "Payment is in progress", "Transfer scheduled", "Payment Awaited", "PRE-AUTH PENDING". None otherwise:
  card e-mail, app-store, trip, food order and folio receipts carry no outcome words ("Your receipt", "Thanks for
  riding" and "Thanks for your purchase!" state none); a PhonePe head reading "Transaction details" is None.
* transaction_id: as printed, the strongest kind printed: UPI reference / UTR / RRN (UTR, UTR No., UPI transaction
  ID, UPI Ref No, UPI Reference No, UPI Ref, RRN) > card approval (Auth code, Authorization, AUTH #, AUTH CODE,
  Approval) > payment / transaction reference (PhonePe's Transaction ID "T…", Google transaction ID, Wallet Txn ID,
  Transaction ID, Transfer #, Reference number, B-Connect Txn ID, BBPS Transaction ID, Transaction Ref ID) >
  receipt / order / trip / bill numbers (Receipt / Receipt number with its "#", Order ID / Order number / Order #
  / Order No / Invoice, Trip ID / Ride ID / Booking ID / CRN…, a fuel slip's Bill No, a folio's Folio No / Bill No /
  Invoice No). Never a phone or mobile number, card or account ending, IBAN, consumer / CA / K number, Agent ID,
  GSTIN, VAT number, PayPal Invoice ID, vehicle number, e-mail address or VPA. None when none is printed.
* merchant_name: the payee as printed: the "Paid to" / "To" payee on a UPI screen (not PhonePe / Google Pay /
  Paytm), the shop titling a card e-mail, the store (Apple, Google Play, Spotify, Netflix — not the app bought),
  the ride brand, the delivery platform in the title (not the restaurant in "Order from"), the neobank transfer's
  recipient (not the bank), the PayPal / Venmo payee, the BBPS Biller Name (not "Bharat BillPay"), the station in
  a fuel slip's title, the hotel.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout31_families import (
    app_store_receipt,
    bbps_bill_receipt,
    card_email_receipt,
    food_delivery_receipt,
    fuel_slip,
    gpay_screen,
    hotel_folio,
    neobank_transfer,
    paypal_venmo,
    paytm_screen,
    phonepe_screen,
    ride_receipt,
)

SPLIT = "heldout31"

D = "dejavu/DejaVu"
MONO = [f"{D}SansMono-Oblique.ttf", f"{D}SansMono-BoldOblique.ttf"]
SANS = [
    f"{D}Sans-BoldOblique.ttf",
    f"{D}Sans-Oblique.ttf",
    f"{D}SansCondensed-BoldOblique.ttf",
    f"{D}Sans-ExtraLight.ttf",
]
SERIF = [f"{D}SerifCondensed-BoldItalic.ttf", f"{D}Serif-BoldItalic.ttf", f"{D}SerifCondensed-Italic.ttf"]

FAMILIES: list[Family] = [
    ("phonepe_screen", phonepe_screen, SANS),
    ("gpay_screen", gpay_screen, SANS),
    ("paytm_screen", paytm_screen, SANS),
    ("card_email_receipt", card_email_receipt, SANS + SERIF[:1]),
    ("app_store_receipt", app_store_receipt, SANS[:3] + SERIF[1:2]),
    ("ride_receipt", ride_receipt, SANS),
    ("food_delivery_receipt", food_delivery_receipt, SANS + SERIF[2:]),
    ("neobank_transfer", neobank_transfer, SANS),
    ("paypal_venmo", paypal_venmo, SANS[:3] + SERIF[:1]),
    ("bbps_bill_receipt", bbps_bill_receipt, SANS + SERIF[2:]),
    ("fuel_slip", fuel_slip, MONO),
    ("hotel_folio", hotel_folio, SERIF + MONO[:1]),
]


def make_heldout31_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout31 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)
