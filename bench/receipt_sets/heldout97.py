"""heldout97: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout97).

Families (8 receipts each, four not paid or not yet and four paid, alternating: ``heldout97_families.turn``),
drawn away from heldout2 to heldout96's layouts: pages that look like proof of payment but are not (yet), beside
the same kind of page once it is paid, as buyers and sellers upload them to a marketplace's support when a payment
is in doubt: an Indian firm's QUOTATION or PROFORMA INVOICE (GSTIN, Quotation No. / Proforma No., Date, Valid
till / Valid until / Validity, Quotation for, items, Taxable Value, CGST / SGST or IGST, Total Amount, terms, the
firm's bank details with A/c and IFSC, "This is not a tax invoice") beside the TAX INVOICE raised against it
(Invoice No., Invoice Date, Against Quotation, Grand Total, a PAID stamp, "Payment received on … via NEFT / RTGS /
IMPS / UPI", a UTR No. or UPI Ref No.; in a PDF viewer or on a desk); an invoice from a US, UK, euro-area or Indian
firm, printed or hosted in a browser (Xero, QuickBooks, Zoho, FreshBooks), with Invoice # / No. / number, Invoice
date / Date of issue / Issued, Due date / Payment due / Due, items, sales tax / VAT / GST, Total, Amount due /
Balance due and UNPAID / OVERDUE / Payment due, a "Pay … now" button or a request to pay by bank transfer, beside
the same invoice with Amount paid, a zero balance, PAID / Paid in full / PAID - Thank you and Paid on / Paid with a
card and an Auth code, or "Payment received … by bank transfer" and a Payment reference; a hosted payment link in
a browser (Razorpay's rzp.io, PayU, Stripe's buy.stripe.com: the seller, Payment request / Payment link, For,
Amount payable, Issued on / Created on / Date, Link expires on / Valid till, Status: Awaiting payment / Payment
pending / Unpaid, a "Pay ₹…" button, the ways offered, Link ID plink_…; or Expired on and Link expired) beside the
paid link (Paid on, Payment successful / Paid / Payment received, Payment ID pay_… / pi_… / PayU's digits, Method
UPI and UPI Ref No., or Paid with a card); a UPI collect request in PhonePe, Google Pay, Paytm or BHIM (Request
from the requester, its UPI id, the sum, a note, Requested on, Expires in … / Expires on, Awaiting your approval /
Pending / Payment pending, DECLINE and PAY; or Request expired, or Request declined) beside the paid request's
detail (Payment Successful / Paid / Request paid, Paid to, UPI Ref No / UPI transaction ID / UTR, Debited from); a
shop's checkout in an app or a browser (Nykaa, Croma, Pepperfry, FabIndia, Lenskart, Target, Best Buy, Etsy, Argos,
John Lewis, Zalando, Decathlon: Review your order / Checkout / Order summary, Deliver to, Delivery by / Arriving /
Estimated delivery, items, Order total / Amount payable / Total to pay, a payment method chosen or "Choose a
payment method", Place order / Pay … / Proceed to pay) beside its confirmation (Order confirmed / Order placed,
Payment successful / received, Order # / ID / number, Order date / Placed on, Total paid, Paid via / Paid with); a
cash-on-delivery order in Meesho, Flipkart, Snapdeal, Shopsy or Ajio (Order placed / confirmed, Ordered on, Order
ID, Expected delivery, Payment method Cash on Delivery / Pay on Delivery (Cash) / COD, Amount to pay / Total
payable / Amount to be collected, "Payment pending - pay at the time of delivery", "Nothing has been charged
online") beside the delivered order paid at the door (Delivered on, Paid on delivery Cash or UPI with its UPI Ref
No, Amount paid, Payment received / collected successfully); a bank app's transfer in India (NEFT, IMPS, RTGS),
the US (ACH), the UK (Faster Payment) or the euro area (SEPA): Transfer initiated / Request submitted / Payment
initiated, Under processing / Transfer in process / "Your payment is being processed", Payment scheduled /
Transfer scheduled with Set up on and Scheduled for / Will be sent on / Payment date, beside Transfer successful /
Transaction Successful / Payment completed / Money sent; To / Beneficiary / Payee, A/c No. and IFSC, sort code,
IBAN, Mode, UTR No. / IMPS Ref No / Reference / Confirmation number / Transaction reference; an Indian bank's
"Beneficiary added successfully" / "Payee added" (Beneficiary Name, Account Number, IFSC, Bank, Added on / Date,
Reference No., a first-day transfer limit or cooling period, "No amount has been transferred") beside the first
transfer to the new beneficiary; a firm's cheque (check) payment acknowledgement printed and lying on a desk (Ack
No. / Receipt No., Received on / Date, Received from, Cheque No., Cheque date, Drawn on, Amount, Towards) PENDING
CLEARANCE / Subject to realisation / In clearing, beside CLEARED / Cheque cleared / Realised - thank you with its
Cleared on / Realised on day; a pay-later or EMI plan (Simpl, LazyPay, Bajaj Finserv EMI, ZestMoney, Affirm,
Klarna, Clearpay: Purchased at, Order total, You're approved! / EMI approved / Plan approved, Approved on / Purchase
date, Plan, First instalment due, Due date, Status: Payment due / First payment pending / Nothing paid yet, a Plan
ID) beside the first instalment paid (First payment successful / Payment 1 of n paid / Instalment paid, Amount
paid, Paid on, Paid with a card, Payment ID, Next payment); a failed payment with its refund note ("If money was
debited … refunded in 5-7 working days", "auto-reversed", "the hold will be released") beside a successful retry
(IRCTC, BookMyShow, Zomato, MakeMyTrip, Urban Company, Ticketmaster, DoorDash, Trainline, Ryanair …: Amount, Date &
Time / Attempted on / Paid on, UPI with a UPI Ref No or a card with a Transaction ID); and a refund initiated /
in progress / on its way (Refund amount, Order ID, Paid on, Refund initiated on, Refund ID rfnd_…, Original
payment, Payment ID / UPI Ref No) beside the order's paid receipt (Payment receipt / Order receipt, Payment
successful / received, Order ID, Paid on, Amount paid, Paid with / Payment mode, Payment ID / UPI Ref No, Returns
accepted until).

Countries and sums: India first (₹ only in faces that draw it, else Rs. or INR, lakh grouping on most pages),
then the US ($, USD), the UK (£, GBP) and the euro area (€, EUR, grouped the English or the German, Dutch and
French way); every page in English. Dates: Indian pages 14/03/2025, 14-03-2025, 14 Mar 2025, 14-Mar-2025, 14 March
2025; US pages Mar 14, 2025, March 14, 2025 and 03/14/2025 (month first); UK pages 14 Mar 2025, 14 March 2025,
14/03/2025; euro pages 14.03.2025, 14 March 2025, 14/03/2025; a time after some. Faces: the project's installed
sans faces on app screens and web pages, serif or sans faces on printed pages. Degradations as heldout95
(``heldout14_render.degrade``; screens and web pages are photographed off the display; the frames are
``heldout93_families.compose``'s: a browser's window, a PDF viewer, paper lying on a desk, turned at most 1.5°).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* status: only where words state the outcome of this payment. Success where words state the money moved: PAID /
  PAID IN FULL / Paid in full / PAID - Thank you, Payment successful / Payment Successful / Paid / Payment
  received / Payment complete / Payment confirmed, Request paid, Payment received / collected successfully (paid
  at the door), Transfer successful / Transaction Successful / Payment completed / Money sent / Funds transferred,
  CLEARED / Cheque cleared / Realised - thank you, First payment successful / Payment 1 of n paid / Instalment
  paid. Pending where the page says the money is awaited, processing, scheduled, due or not paid yet: UNPAID,
  OVERDUE, Payment due, Status: Awaiting payment / Payment pending / Unpaid, Awaiting your approval / Pending,
  "Payment pending - pay at the time of delivery" / "Not paid yet - pay on delivery" / "Please keep … ready at
  delivery", Transfer initiated / Request submitted / Payment initiated / Under processing / Transfer in process /
  "Your payment is being processed" / Payment scheduled / Transfer scheduled, PENDING CLEARANCE / Subject to
  realisation / In clearing, Status: Payment due / First payment pending / Nothing paid yet. Failed: Link expired /
  This link has expired, Request expired, Request declined, Payment failed / Transaction failed / Payment
  unsuccessful (a refund note beside a failure keeps it failed). *settled*: a quotation or proforma invoice states
  no outcome (None: it asks for nothing yet, and "This is not a tax invoice" is no outcome); a checkout's review
  page before paying states none (None: Place order / Proceed to pay are buttons); a beneficiary added states none
  (None: "added successfully" is the payee's registration, not a payment's, and no money moved); a
  cash-on-delivery order is pending (its own words say the sum is still to be paid at delivery); "Order placed",
  "Order confirmed", "Your order is confirmed", "Delivered", "You're approved!", "EMI approved" and "Plan approved"
  are no payment's outcome; a refund initiated / in progress / on its way states none (None, heldout84's, heldout93's
  and heldout95's convention for a refund after a payment that went through). A failed payment's retry page
  ("Your earlier attempt failed; this retry went through") is the retry's: success.
* amount: the sum paid or, on a page not paid, the sum asked for, as "1234.50": Total Amount (a quotation's or
  proforma's total with its GST), Grand Total, an invoice's Total (the same as its Amount due / Balance due or
  Amount paid; never a zero balance due, the subtotal or the tax), a link's Amount payable / Amount / Amount due /
  Amount paid, the collect request's or payment's large sum, a checkout's Order total / Amount payable / Total to
  pay and a confirmation's Order total / Total paid / Amount paid (never an item, the Items subtotal or the delivery
  charge), a COD order's Amount to pay / Total payable / Amount to be collected and the delivered order's Amount
  paid, a transfer's large sum, a cheque's Amount, a failed or retried payment's Amount, a refund page's Refund
  amount (the payment refunded in full) and the paid receipt's Amount paid. currency: INR, USD, GBP or EUR as the
  page prints it. *settled*: a pay-later page's amount is the instalment the page asks for or took now (First
  instalment due on an approved plan, Amount paid on the paid one), never the Order total or a later instalment
  (heldout84); a beneficiary added moves no money and asks for none: amount and currency None (a first-day
  transfer limit or a cooling period's threshold is no sum asked).
* date: the day paid (or tried), or on a page not paid the page's own day as printed, ISO; None where no such day
  is printed (every checkout's review page prints only a delivery day: None). Paid pages: Payment received on … (a
  tax invoice; its Invoice Date only where it is that day), Paid on / Payment received … (an invoice, a link, a
  pay-later instalment, a retry, a refund's original payment), the paid request's day line, Order date / Placed on
  (a confirmation), Delivered on (a COD order paid at the door), Date / Initiated on / Date & Time (a transfer),
  Received on / Date (a cheque). Pages not paid: a quotation's Date, an invoice's Invoice date / Date of issue /
  Issued, a link's Issued on / Created on / Date, Requested on, a COD order's Ordered on / Order date, Set up on /
  Created on or Initiated on / Date & Time / Date (a transfer), Added on / Date (a beneficiary), Approved on /
  Purchase date (a pay-later plan), Attempted on / Date & Time (a failure). Never Valid till / Valid until /
  Validity, Due date / Payment due / Due, Link expires on / Valid till / Expired on, Expires on, Delivery by /
  Arriving / Estimated delivery / Expected delivery, Scheduled for / Will be sent on / Payment date (the day a
  scheduled transfer is to be sent: heldout90), an earlier Ordered on on a delivered order, a Cheque date, Cleared
  on / Realised on, a pay-later Due date or Next payment day, Refund initiated on, Returns accepted until, a
  tax invoice's Invoice Date where the payment's day is another. *settled*: a page not paid counts its own day
  (issued, requested, ordered, set up, added, approved), as heldout96 counted an UNPAID bill's Bill Date; a
  cheque counts the day it was received (heldout84's Deposited on), not the day it cleared; a refund page counts
  the payment's Paid on, not the refund's day (heldout95).
* payment_method: "UPI", "card", "netbanking", "cash" or None, from the way the page names for this payment, paid
  or to be paid: via UPI / UPI Ref No. / Payment mode UPI / Paid via UPI / Paid on delivery UPI (scan at door) and
  a UPI collect request or payment (the requester's or payee's UPI id) UPI; a masked card (Visa / Mastercard /
  RuPay / Amex ending …) under Paid with / Payment method / Card / Original payment card; NEFT / RTGS / IMPS, ACH
  transfer, Faster Payment, SEPA transfer, "by bank transfer" netbanking (heldout84); Cash on Delivery / Pay on
  Delivery (Cash) / COD and Paid on delivery Cash cash. *settled*: a way chosen before paying counts (a
  checkout's Payment method, a COD order's Cash on Delivery, an unpaid invoice's "Please pay by bank transfer"),
  but the list of ways a link offers (UPI | Cards | Netbanking | Wallets, Card | Apple Pay | Google Pay), "Choose a
  payment method", and a quotation's bank details (A/c, IFSC) name none: None; a beneficiary added names none
  (None: no payment); a cheque is none of the five (None, heldout73 and heldout84); an approved pay-later plan
  names none (None); a refund page names the refunded payment's way (Original payment).
* merchant_name: the payee as printed: the firm, seller, shop or merchant in large type on top (a quotation's and
  tax invoice's firm, an invoice's firm, a link's seller, a checkout's or order's shop, a failed payment's
  merchant, a refund's shop, the cheque acknowledgement's firm); a collect request's requester under Request from
  and the paid request's payee after Paid to; a transfer's payee under To / Beneficiary / Payee / Beneficiary Name.
  Never the client under Quotation for / Bill to / Deliver to / Received from, the bank app on top, a beneficiary's
  bank, the drawee bank under Drawn on, the gateway (Razorpay, PayU, Stripe) in "Secured by". *settled*: a
  beneficiary added names its payee under Beneficiary Name (the party the money will go to), though no money moved;
  a pay-later page's payee is the provider on top, not the shop under Purchased at (heldout73, heldout84).
* transaction_id: at most one, as printed, the payment's own reference, the highest kind printed as README orders
  the families: a UTR (UTR No., UTR, an RTGS or NEFT UTR), then a UPI reference (UPI Ref No. / UPI transaction ID),
  then a bank's reference (IMPS Ref No, Payment reference, Reference, Confirmation number, Transaction reference),
  then a payment's id (Payment ID pay_… / pi_… keeping their case, Transaction ID), then an approval code (Auth
  code), then an order's number (Order # / ID / number), then a document's own number (Invoice No. / # / number,
  Ack No. / Receipt No.). *settled*: a document's own number counts only where money moved (a paid invoice's
  number, a confirmation's or delivered order's Order ID): a quotation's or proforma's number, an unpaid invoice's
  number and a COD order's Order ID before delivery name only the document, no payment: None; a payment link's Link
  ID (plink_…, PL…) names the request, never a payment; a beneficiary's Reference No. names its registration, never
  a payment; a transfer in process or initiated has its reference already (its UTR, IMPS Ref No or Reference is
  the id), and a scheduled one its instruction's Reference No. / Reference where printed (else None); a failed payment's UPI Ref No or Transaction ID is the attempt's
  id; a cheque acknowledgement's Ack No. / Receipt No. is the id, pending or cleared (the receipt of a cheque handed
  over, heldout84's Ack No.), never the Cheque No.; a refund page's id is the refunded payment's Payment ID / UPI
  Ref No, never the Refund ID (rfnd_…) or the Order ID under it; a pay-later page's Plan ID is never the id. Never a
  GSTIN, phone, account number, IFSC, sort code, IBAN, masked card, UPI id, a cheque's number.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout93_families import compose
from bench.receipt_sets.heldout97_families import (
    bank_transfer,
    beneficiary,
    checkout,
    cheque,
    cod_order,
    failed_payment,
    fresh,
    invoice_due,
    pay_later,
    payment_link,
    quotation,
    refund,
    upi_collect,
)

SPLIT = "heldout97"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens and web pages in sans
# faces, printed pages in sans or serif faces; ₹ is printed only in faces that draw it (heldout86_families.Rs),
# and the page's truth checks every glyph.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("quotation", quotation, PAPER_FACES),
    ("invoice_due", invoice_due, PAPER_FACES[3:] + SCREEN_FACES[:3]),
    ("payment_link", payment_link, SCREEN_FACES[:4]),
    ("upi_collect", upi_collect, SCREEN_FACES),
    ("checkout", checkout, SCREEN_FACES),
    ("cod_order", cod_order, SCREEN_FACES),
    ("bank_transfer", bank_transfer, SCREEN_FACES),
    ("beneficiary", beneficiary, SCREEN_FACES),
    ("cheque", cheque, PAPER_FACES),
    ("pay_later", pay_later, SCREEN_FACES),
    ("failed_payment", failed_payment, SCREEN_FACES),
    ("refund", refund, SCREEN_FACES),
]


def make_heldout97_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout97 (96 make eight of each family, four unpaid and four paid)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
