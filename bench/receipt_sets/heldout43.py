"""heldout43: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout43).

Families (8 receipts each), drawn away from heldout41 and heldout42, in rupees, dollars, pounds and euros: a PhonePe
"Transaction Successful" screen in dark mode (Paid to / Sent to, Transaction ID "T..." / Txn ID, UTR / UTR No. /
Bank Reference No., Debited from / Paid from, time "on" date), a Paytm UPI Lite payment (Paid Successfully / Payment
Successful / Payment Failed / Payment Processing, From UPI Lite Balance, UPI Ref No / UPI Reference No., Order ID /
Paytm Order ID), an HDFC / ICICI credit-card payment acknowledgement (Payment Successful / Your payment has been
received / Payment Unsuccessful / Transaction Failed / Payment under process, masked card, Amount Paid / Payment
Amount, Reference Number, Payment Date / Transaction Date, Paid from / Debit Account a savings account), an LIC /
insurer premium receipt (Policy No., Premium, GST, Late Fee, Total Amount / Amount Received, Receipt No., Mode of
Payment / Paid by, Receipt Date / Date of Payment, Next Due Date, "Premium received" in a share), a school's online
fee receipt (fee heads, Total Paid / Amount Paid / Net Amount, Gateway Ref / Transaction ID "pay_...", Receipt No,
Payment Mode), a BookMyShow booking (Booking Confirmed / Failed / Pending, film, cinema, show time, Convenience fees,
Amount Paid / Total Amount, Booking ID, Payment Mode / Paid using, Booked on / Booking Date), a US Target / Walmart
till (items with N, SUBTOTAL, TAX, TOTAL, VISA / DEBIT / CASH TEND, APPROVAL # / AUTH CODE, APPROVED in a share, TC#,
CHANGE DUE), an Amazon.com order e-mail (Order Confirmation, Order # / Order number, Order placed / Ordered on,
Arriving, Items, Shipping & Handling, Estimated tax, Order Total / Grand Total, Visa ending in, payment words in a
share), a DoorDash receipt (Subtotal, Delivery / Service Fee, Estimated Tax, Dasher Tip, Total / Total Charged,
Payment / Charged to a card, PayPal or Apple Pay, Order ID), a UK Boots / Superdrug till (VAT No., TOTAL / BALANCE
DUE, CONTACTLESS / VISA DEBIT / CASH, AUTH CODE, AUTHORISED in a share, Points earned), a UK Deliveroo receipt
(Subtotal, Delivery fee, Service fee, Rider tip, Total / Total paid, Paid with a card, Apple Pay or Google Pay, Order
number "#1234") and a French Carrefour till (SIRET, TOTAL A PAYER / TOTAL / MONTANT DU, CB / CB SANS CONTACT /
ESPECES, TVA 5,50%, N° AUTORISATION / No AUTO, PAIEMENT ACCEPTE / TRANSACTION ACCEPTEE, TICKET N°). Faces and
degradations as heldout42 (sans for screens and e-mails, mono for tills, serif for the acknowledgement, the premium
and the school receipt).

Truth conventions (heldout42's, with each family's specifics):

* amount: the amount paid, fees, taxes, tips and late fees included, as "1234.50"; currency its ISO code. PhonePe's
  and Paytm's big amount; the card acknowledgement's Amount Paid; the premium's Total Amount / Amount Received (never
  the premium alone); the school's total; BookMyShow's Amount Paid / Total Amount; the tills' TOTAL / BALANCE DUE /
  TOTAL A PAYER (never the cash tendered or the TVA); Amazon's Order Total / Grand Total; DoorDash's and Deliveroo's
  Total. For a failed or pending payment the amount attempted.
* date: the payment date, ISO, only where printed: PhonePe's "time on date" line, Paytm's Date / Paid on, the
  acknowledgement's Payment / Transaction Date, the premium's Receipt Date / Date of Payment (never Next Due Date),
  the school's Payment Date / Paid On, BookMyShow's Booked on / Booking Date (never the show), the tills' date line,
  Amazon's Order placed / Ordered on (never Arriving), DoorDash's Ordered / Order date, Deliveroo's Ordered on / Date.
* payment_method: "UPI" (PhonePe, Paytm UPI Lite, a printed UPI mode), "card" (credit / debit cards, VISA / DEBIT TEND,
  CONTACTLESS, CB, a card with its last four), "wallet" (Paytm Wallet, PayPal, Apple Pay, Google Pay on a UK page),
  "netbanking" (Net Banking, a savings account debited), "cash" (CASH, CASH TEND, ESPECES); None where no method
  line is printed on the acknowledgement, premium, school, BookMyShow, Amazon, DoorDash and Deliveroo pages.
* status: only where words state the outcome. Success: Transaction Successful, Payment Successful, Paid Successfully,
  Your payment has been received, Premium received, Payment Success, Fee Paid, Booking Confirmed, APPROVED, Payment
  confirmed, Payment complete, AUTHORISED, Payment successful, PAIEMENT ACCEPTE, TRANSACTION ACCEPTEE. Failed:
  Transaction Failed, Payment Failed, Payment Unsuccessful, Booking Failed, Payment declined, Payment failed. Pending:
  Transaction Pending, Payment Pending, Payment Processing, Payment under process, Booking Pending, Payment pending,
  Payment processing. None otherwise (a till without its approval words, an e-mail without payment words).
* transaction_id: as printed, the strongest printed: UTR / UPI Ref No / bank reference > card approval (APPROVAL # /
  AUTH CODE / N° AUTORISATION) > transaction / gateway reference (PhonePe's Transaction ID, the acknowledgement's
  Reference Number, the school's Gateway Ref / Transaction ID) > order, booking, receipt and ticket numbers (Paytm's
  Order ID, the premium's Receipt No., the school's Receipt No, BookMyShow's Booking ID, the till's TC# / TICKET N°,
  Amazon's Order #, DoorDash's Order ID, Deliveroo's Order number with its "#"). Never a masked card or account, a
  policy number, a VAT No., a SIRET, a store / operator line. None when none is printed (a failed UPI payment prints
  no UTR or UPI reference).
* merchant_name: who was paid, as printed: PhonePe's and Paytm's payee; the card's bank (HDFC Bank / ICICI Bank); the
  insurer; the school; "BookMyShow" (not the cinema); the till's chain as printed on top; "amazon.com" as printed;
  "DoorDash" and "Deliveroo" (not the restaurant); "Carrefour" as printed on top.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout43_families import (
    amazon_email,
    bookmyshow,
    cc_payment_ack,
    deliveroo,
    doordash,
    fr_till,
    insurance_premium,
    paytm_lite,
    phonepe_dark,
    school_fee,
    uk_chemist_till,
    us_till,
)

SPLIT = "heldout43"

SANS = [
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
MONO = [
    "dejavu/DejaVuSansMono-Bold.ttf",
    "freefont/FreeMonoBold.ttf",
    "liberation/LiberationMono-Bold.ttf",
    "noto/NotoMono-Regular.ttf",
]
SERIF = [
    "dejavu/DejaVuSerifCondensed.ttf",
    "freefont/FreeSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
]

FAMILIES: list[Family] = [
    ("phonepe_dark", phonepe_dark, SANS),
    ("paytm_lite", paytm_lite, SANS),
    ("cc_payment_ack", cc_payment_ack, SERIF + SANS[:1]),
    ("insurance_premium", insurance_premium, SERIF + SANS[:1]),
    ("school_fee", school_fee, SERIF + SANS[:1]),
    ("bookmyshow", bookmyshow, SANS),
    ("us_till", us_till, MONO),
    ("amazon_email", amazon_email, SANS),
    ("doordash", doordash, SANS),
    ("uk_chemist_till", uk_chemist_till, MONO),
    ("deliveroo", deliveroo, SANS),
    ("fr_till", fr_till, MONO),
]


def make_heldout43_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout43 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)
