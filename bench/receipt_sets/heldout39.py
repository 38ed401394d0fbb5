"""heldout39: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout39).

Families (8 receipts each), the most ordinary proof of payment a marketplace receives, in layouts drawn fresh, in
rupees, dollars, pounds and euros only: a PhonePe-style UPI screen (purple band; "Transaction Successful" / "Payment
Successful" / "Paid Successfully" / "Transaction Failed" / "Payment Failed" / "Transaction Pending" / "Payment
Pending" on top, a time-and-date stamp "10:42 AM on 05 Mar 2025", Paid to / Sent to / To with the payee and maybe
a UPI ID, big rupee amount, Transaction ID "T..." (22 characters), UTR / UTR No. / UPI Ref. No., Debited from / Paid
from a masked bank account with the amount again, Payment mode UPI, "Powered by UPI"), a Google Pay (India) screen
(To / Paid to / To: the payee, maybe a phone number, big amount, Completed / Paid / Payment successful / Failed /
Payment failed / Processing / Pending, a stamp "5 Mar 2025, 10:42 AM", the bank and its last digits, UPI transaction
ID / UPI Ref ID, To a UPI ID, From the payer, Google transaction ID "CICAgO...", "Powered by UPI"), a Paytm screen
(cyan band, "Paytm", Paid Successfully / Payment Successful / Money Sent / Payment Failed / Transaction Failed /
Payment Pending / Payment in Progress, big amount, To / Paid to the shop, UPI ID, From the bank, UPI Ref No / RRN,
Order ID / Paytm Order ID, Date & Time / Paid on / Date, Cashback won, Paid via UPI / Paytm UPI, Balance), a
net-banking fund-transfer acknowledgement (HDFC, ICICI, SBI, Axis, Kotak, Bank of Baroda; NEFT, IMPS, RTGS or UPI;
Transaction Successful / Your transfer was successful / Funds transferred successfully / Transaction Failed /
Transfer could not be completed / Transaction under process / Transfer Pending, From Account, Beneficiary Name /
Payee Name / To, Beneficiary A/c, IFSC in any order, Amount / Transfer Amount / Amount (INR), Charges, Transfer Mode /
Payment Mode / Mode, UTR No. / IMPS Ref No. / UPI Ref No. / Reference No., Transaction ID / Txn Ref No., Transaction
Date / Date & Time / Value Date, Available Balance, Remarks), an Indian marketplace tax invoice (Flipkart, Amazon.in,
Meesho, Myntra, Nykaa; "Sold by" the seller, GSTIN, Order ID, Invoice No / Invoice Number, Order Date, Invoice Date,
items, Shipping, Discount, IGST 18% (incl.) / GST included, Grand Total / Total / Total Amount, Payment Method / Mode
of Payment, "Sold on <platform>"), an Indian restaurant or cafe bill (Saravana Bhavan, CCD, Punjab Grill, Chaayos;
GSTIN, Bill No / Invoice No, Table, Steward in any order, Date / Dt / Bill Date, items "Masala Dosa 2 x 120", Sub
Total / Food Total, Service Charge 5%, CGST 2.5%, SGST 2.5%, Round Off, Grand Total / Net Amount / TOTAL, Paid by /
Settlement / Payment Mode), a card terminal slip (Indian shops in INR or US shops in dollars; SALE / CHARGE SLIP /
PURCHASE, TID, MID, BATCH, INVOICE / INV NO / TRACE, DATE / DATE/TIME, CARD with the network and ending, ENTRY,
RRN / REF NO, AUTH CODE / APPR CODE / AUTH, SUBTOTAL and TIP, AMOUNT / TOTAL / BASE AMOUNT, APPROVED / TXN APPROVED /
APPROVED - THANK YOU / DECLINED / TXN DECLINED, CUSTOMER COPY), a US online order receipt e-mail (Target, Best Buy,
Etsy, Chewy, Walmart.com, REI; "Thanks for your order!" / Order confirmed / "Your order has been placed" / "There was a
problem with your payment" / Payment declined / Payment pending / "We're processing your payment", Order # / Order
number / Order No., Order date / Placed on / Ordered, Estimated delivery, items, Subtotal / Merchandise subtotal,
Shipping, Estimated tax / Sales tax / Tax, Order total / Total / Total charged, Payment method / Paid with / Billed
to, Rewards member ID), a UK shop till receipt (Tesco Express, Sainsbury's Local, Boots, Co-op Food, WHSmith, Greggs;
VAT No., items, BALANCE DUE / TOTAL / TOTAL TO PAY, the tender line CONTACTLESS / VISA DEBIT / MASTERCARD / CASH /
APPLE PAY with its amount, the masked card, AID, AUTH CODE / AUTH, CHANGE, VAT 20%, Clubcard points, the
"ST 1234 OP 5 TE 2 TRN 4567" line and a date-and-time line at the foot), a euro-area shop or restaurant receipt
(German, Dutch or Spanish: items, SUMME / Summe EUR / Gesamt / TOTAAL / Te betalen / TOTAL / TOTAL EUR, the tender
Bar / EC-Karte / Girocard / Kartenzahlung / PIN / Contant / Maestro / Efectivo / Tarjeta / Visa contactless with what
was given, Rückgeld / Wisselgeld / Cambio, MwSt 19% / BTW 9% / IVA 10%, Bon-Nr. / Bonnr. / Ticket n., Datum / Fecha,
USt-IdNr. / BTW / CIF), a PayPal or Stripe receipt e-mail (PayPal: "You sent a payment" / Payment received / Payment
failed / "Your payment was declined" / Payment pending / "Your payment is pending", big amount, You paid / Paid to /
Merchant: the merchant, Transaction ID, Transaction date / Date, Funding source / Paid with, Invoice ID; Stripe: the
merchant on top, the same words or plain "Receipt", big amount, Receipt # / Receipt number "1234-5678", Invoice
number, Date paid, Payment method / Paid with, Amount paid / Total, "Billing period through", "Powered by Stripe")
and a utility or phone bill payment confirmation (India: BESCOM, Tata Power, Airtel Postpaid, Jio Fiber, MSEDCL,
Mahanagar Gas; UK: British Gas, Octopus Energy, EE, Thames Water, Vodafone UK, BT; Payment Successful / "Thanks,
we've received your payment" / Bill paid / Payment Failed / "Your payment didn't go through" / Payment Pending /
Payment being processed, Consumer No. / Account number / Customer ID / Mobile Number, Bill Number / Bill reference,
Due Date, Bill Amount, Amount Paid / Payment amount / Amount, Payment Mode / Paid by / Payment method, Transaction ID /
B-Connect Txn ID / Payment reference / Confirmation number, Payment Date / Paid on / Date, Outstanding balance /
Balance remaining). Faces, plain weights earlier sets drew least: DejaVu Sans, Liberation Sans Regular
(liberation2), FreeSans, Noto Sans Regular and Liberation Sans Narrow Regular for screens and e-mails; DejaVu Sans
Mono Bold, FreeMono Bold, Liberation Mono Bold (liberation) and Noto Mono for slips and till receipts; DejaVu Serif
Condensed, FreeSerif and Liberation Serif Regular (liberation2) for invoices, bills and acknowledgements. Faces
without a ₹ glyph print "Rs." or "INR" for the rupee (slips always "INR"); no layout prints ●, • or →. Each receipt
is drawn clean and degraded with heldout14's steps (one to three of blur, rotation, perspective, low contrast, noise,
uneven light; the three UPI screens are always photographed off the display; then JPEG q20–60).

Truth conventions (heldout34's, with each family's specifics):

* amount: the amount paid on this document (fees, tips, taxes, service charges and shipping included, discounts
  off; for a failed or pending payment the amount attempted), as "1234.50"; currency its ISO code ("₹"/"Rs."/"INR"
  INR, "$"/"USD" USD, "€"/"EUR" EUR, "£"/"GBP" GBP). The UPI screens' big amount (the same figure beside the debited
  bank; never Paytm's Cashback won or Balance); the transfer's Amount / Transfer Amount (never Charges nor the
  Available Balance); the invoice's Grand Total / Total / Total Amount (never an item, Shipping, Discount or the
  included GST); the restaurant's Grand Total / Net Amount / TOTAL after Round Off (never Sub Total, Service Charge,
  CGST or SGST); the slip's AMOUNT / TOTAL / BASE AMOUNT (never the US SUBTOTAL); the e-mail's Order total / Total /
  Total charged (never Subtotal, Shipping or tax); the UK BALANCE DUE / TOTAL / TOTAL TO PAY (never the cash handed
  over, CHANGE or VAT); the euro total word's amount (never the cash given, the change or the tax); PayPal's big
  amount, Stripe's big amount / Amount paid / Total; the bill's Amount Paid / Payment amount / Amount (equal to the
  Bill Amount when printed; never the Outstanding balance).
* date: the payment date, ISO, only where printed as it: PhonePe's stamp; Google Pay's stamp; Paytm's Date & Time /
  Paid on / Date; the transfer's Transaction Date / Date & Time / Value Date; the invoice's Order Date (never the
  Invoice Date; None when only that is printed); the restaurant's Date / Dt / Bill Date; the slip's DATE / DATE/TIME;
  the e-mail's Order date / Placed on / Ordered (never Estimated delivery); the UK receipt's foot date line; the
  euro receipt's Datum / Fecha; PayPal's Transaction date / Date, Stripe's Date paid (never "Billing period
  through"); the bill's Payment Date / Paid on / Date (never the Due Date). Formats include dd/mm/yyyy, dd-mm-yyyy,
  dd-Mon-yyyy, dd.mm.yy, dd.mm.yyyy, dd/mm/yy, "05 Mar 2025", "5 March 2025", "05-Mar-25", "Mar 5, 2025", "March 5,
  2025", mm/dd/yyyy, mm/dd/yy, mm-dd-yy, yyyy-mm-dd (US layouts month first; Indian, UK and euro-area day first),
  sometimes followed by a time.
* payment_method: "UPI" (UPI, Paytm UPI, PhonePe, "Powered by UPI" on a UPI app's screen, the UPI transfer mode),
  "card" (Credit Card, Debit Card, Card, the slip's CARD line, Visa / Mastercard / Amex with endings, CONTACTLESS,
  VISA DEBIT, MASTERCARD, EC-Karte, Girocard, Kartenzahlung, PIN, Maestro, Tarjeta, Visa contactless), "netbanking"
  (NEFT, IMPS, RTGS, Net Banking, Bank account, Direct Debit), "wallet" (Apple Pay, APPLE PAY, PayPal, PayPal
  balance, Link, Wallet), "cash" (Cash, CASH, Cash on Delivery, Bar, Contant, Efectivo); None when no mode is printed
  or only "Paid Online". A PhonePe screen counts as UPI only where "Payment mode UPI" is printed; Google Pay only
  with "Powered by UPI". UK and euro receipts always show their tender.
* status: only where words state it. Success: "Transaction Successful", "Payment Successful", "Paid Successfully",
  "Completed", "Paid", "Payment successful", "Money Sent", "Your transfer was successful", "Funds transferred
  successfully", "APPROVED", "TXN APPROVED", "APPROVED - THANK YOU", "Thanks for your order!", "Order confirmed",
  "Your order has been placed", "You sent a payment", "Payment received", "Thanks, we've received your payment",
  "Bill paid". Failed: "Transaction Failed", "Payment Failed", "Failed", "Payment failed", "Transfer could not be
  completed", "DECLINED", "TXN DECLINED", "There was a problem with your payment", "Payment declined", "Your payment
  was declined", "Your payment didn't go through". Pending: "Transaction Pending", "Payment Pending", "Processing",
  "Pending", "Payment in Progress", "Transaction under process", "Transfer Pending", "Payment pending", "We're
  processing your payment", "Your payment is pending", "Payment being processed". None otherwise: marketplace
  invoices, restaurant bills, UK and euro till receipts and a Stripe receipt headed only "Receipt" carry no outcome
  words.
* transaction_id: as printed, the strongest kind printed: UPI / bank reference (PhonePe's UTR / UTR No. / UPI Ref.
  No.; Google Pay's UPI transaction ID / UPI Ref ID; Paytm's UPI Ref No / RRN; the transfer's UTR No. / IMPS Ref No. /
  UPI Ref No. / Reference No.; the slip's RRN / REF NO) > card approval (the slip's AUTH CODE / APPR CODE / AUTH, the
  UK receipt's AUTH CODE / AUTH) > payment / transaction reference (PhonePe's Transaction ID "T..."; Google
  transaction ID; the transfer's Transaction ID / Txn Ref No.; PayPal's Transaction ID; the bill's Transaction ID /
  B-Connect Txn ID / Payment reference / Confirmation number) > receipt / order numbers (Paytm's Order ID; the
  marketplace Order ID (never the Invoice No); the restaurant's Bill No / Invoice No; the e-mail's Order # / Order
  number / Order No.; the UK receipt's TRN number in the foot line; the euro Bon-Nr. / Bonnr. / Ticket n.; Stripe's
  Receipt # / Receipt number). Never a GSTIN, IFSC, TID, MID, BATCH, INVOICE / TRACE on a slip, a masked account or
  card, a UPI ID, a phone number, a Table or Steward, a Rewards member ID, an AID, a VAT / USt-IdNr. / BTW / CIF
  number, PayPal's Invoice ID, Stripe's Invoice number, a Consumer No. / Account number / Customer ID / Mobile
  Number, a Bill Number / Bill reference. None when none is printed (a failed payment prints no UPI, bank or payment
  reference; a failed slip no RRN or AUTH; a receipt, order or app number it still prints is then the truth).
* merchant_name: the payee as printed: the person or shop paid on the UPI screens; the transfer's beneficiary; the
  marketplace seller after "Sold by" (not the platform); the restaurant; the shop on the slip, in capitals as
  printed; the online shop; the UK shop; the euro-area shop; the merchant paid through PayPal (not "PayPal") or the
  merchant on the Stripe receipt (not Stripe); the biller.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout39_families import (
    bank_transfer_ack,
    bill_payment,
    card_terminal_slip,
    eu_shop_receipt,
    gpay_upi,
    in_ecommerce_invoice,
    in_restaurant_bill,
    paypal_stripe_email,
    paytm_upi,
    phonepe_upi,
    uk_shop_receipt,
    us_order_email,
)

SPLIT = "heldout39"

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
    ("phonepe_upi", phonepe_upi, SANS),
    ("gpay_upi", gpay_upi, SANS),
    ("paytm_upi", paytm_upi, SANS),
    ("bank_transfer_ack", bank_transfer_ack, SERIF + SANS[:2]),
    ("in_ecommerce_invoice", in_ecommerce_invoice, SERIF + SANS[1:2]),
    ("in_restaurant_bill", in_restaurant_bill, MONO + SERIF[:1]),
    ("card_terminal_slip", card_terminal_slip, MONO),
    ("us_order_email", us_order_email, SANS),
    ("uk_shop_receipt", uk_shop_receipt, MONO),
    ("eu_shop_receipt", eu_shop_receipt, MONO + SANS[3:4]),
    ("paypal_stripe_email", paypal_stripe_email, SANS + SERIF[2:]),
    ("bill_payment", bill_payment, SANS + SERIF),
]


def make_heldout39_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout39 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)
