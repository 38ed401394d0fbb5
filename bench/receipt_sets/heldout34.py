"""heldout34: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout34).

Families (8 receipts each), ordinary payment documents a marketplace's users upload that earlier sets drew least:
a merchant's UPI QR collection screen on the shop's phone (Paytm for Business / PhonePe Business / BharatPe; the shop
name under the app, big amount, "• Payment Received" / "Payment Pending" / "Payment Failed", "Received from" the
customer with a masked phone, UPI Ref No / UTR, the app's Order ID / Transaction ID, settlement bank, today's
collection), a payment-gateway result page of an Indian website (Razorpay / PayU / Cashfree; site name, big amount,
Payment Successful / Failed / Pending, Payment ID (pay_…, cf_…) and the site's Order ID, Paid via, date, mobile,
"Secured by"), an Indian electricity board's counter receipt (BESCOM, MSEDCL, TANGEDCO, TPDDL, UHBVN, APSPDCL;
Receipt No, Consumer No, bill month, Bill Amount, Due Date, Amount Paid which may be part of the bill, Mode, Receipt
Date, counter), an Indian school / college fee receipt (Receipt No, Adm. No, fee heads, Gross Total, Concession,
Total Paid / Net Amount Paid / Amount Received, Payment Mode, Date), a US utility's online payment confirmation
(PG&E, Con Edison, Duke Energy, Xcel, Georgia Power, Xfinity; Account Number, Payment Amount, Confirmation Number,
card or checking account / ACH, Payment Date, Remaining Balance, Next Bill Due), a US city parking citation or DMV
payment receipt (Citation #, Plate, Fine Amount, Convenience Fee, Total Charged, card, Auth Code / Approval,
Confirmation # / Receipt #, Date Paid, APPROVED / DECLINED / Processing), a US restaurant card slip with the tip
(Check #, server, table, Subtotal, Tax, Amount, + Tip, = Total, card, Auth Code, APPROVED, suggested tips), a UK
council-tax or TV Licence payment confirmation e-mail (account / licence number, Amount paid, Payment reference /
Transaction reference, card or Apple Pay, Date of payment, balance for the year), a Trainline booking e-mail (route,
travel date, ticket, Fare, Railcard discount, Booking fee, Total paid, Booking reference / Transaction ID, Paid with,
Booked on), a French / Spanish / Italian supermarket till (Carrefour Market, Mercadona, Coop; items in euro
comma decimals, TOTAL / TOTAL (€) / TOTALE COMPLESSIVO, TVA / IVA / di cui IVA, CB / TARJETA BANCARIA / PAGAMENTO
ELETTRONICO or ESPECES / EFECTIVO / CONTANTI with RENDU / CAMBIO / RESTO, Ticket / Factura simplificada /
Documento n.), a Wise or Revolut card payment detail screen (merchant, big "-" amount in the shop's currency,
Completed / Pending / Declined, amount taken from another currency's balance, exchange rate, card ending, date,
Transaction ID / Reference, balance) and a Google Play or Apple receipt e-mail of a family member's purchase in
rupees (Order number GPA.… / Order ID M…, Document No., item, GST included, Total, UPI / card / Play or Apple
balance, Order date, GSTIN). Faces are ones earlier sets drew least: DejaVu Sans Mono Oblique, FreeMono Oblique,
Liberation Mono Italic (liberation2) and Liberation Mono Bold Italic (liberation) for tills, counter and card slips;
DejaVu Sans Bold Oblique, DejaVu Sans Condensed Oblique, Liberation Sans Italic (liberation2), Noto Sans Bold Italic
and Liberation Sans Narrow Bold Italic for screens and e-mails; Liberation Serif Bold Italic, Noto Serif Display Bold
Italic, DejaVu Serif Condensed Bold, DejaVu Serif Italic and FreeSerif Bold Italic for fee receipts, counter
receipts and e-mails. Liberation and FreeFont faces print "Rs." for the rupee (no ₹ glyph); no layout prints ● or →
(Noto lacks them). Each receipt is drawn clean and degraded with heldout14's steps (one to three of blur, rotation,
perspective, low contrast, noise, uneven light; app screens are always photographed off the display; then JPEG
q20–60).

Truth conventions (heldout33's, with each family's specifics):

* amount: the amount paid on this document (taxes, fees, tip included, discounts and concessions off; for a failed
  or pending payment the amount attempted), as "1234.50"; currency its ISO code ("₹"/"Rs."/"INR" INR, "$"/"USD"
  USD, "€"/"EUR" EUR, "£"/"GBP" GBP). A merchant QR screen's big amount (never today's collection); a gateway page's
  big amount; an electricity receipt's Amount Paid (never the Bill Amount); a fee receipt's Total Paid / Net Amount
  Paid / Amount Received (never a fee head or the Gross Total); a utility's Payment Amount (never the Remaining
  Balance); a citation's Total Charged (never the Fine Amount); a restaurant slip's "= Total" with the tip (never
  the Subtotal, Amount or suggested tips); a council / TV Licence e-mail's Amount paid (never the balance for the
  year); Trainline's Total paid (never the Fare); a till's TOTAL (never the cash handed over, change or VAT); a
  Wise / Revolut screen's big amount in the shop's currency (never the converted amount taken from the balance, nor
  the balance); a Play / Apple receipt's Total (never the GST share).
* date: the payment date, ISO, only where printed as it: a QR screen's time-and-date line, a gateway's Date, a
  Receipt Date (never the Due Date or Bill Month), a fee receipt's Date, a utility's Payment Date (never Next Bill
  Due), a Date Paid, a slip's date line, a Date of payment, Trainline's Booked on (never the Travel date), a till's
  date line, a Wise / Revolut Date, an Order date. None when only those other dates are printed; formats include
  dd/mm/yyyy, dd-mm-yyyy, dd-Mon-yyyy, dd-Mon-yy, dd.mm.yy, dd.mm.yyyy, dd/mm/yy, "05 Mar 2025", "5 March 2025",
  "Mar 5, 2025", "March 5, 2025", mm/dd/yyyy, mm-dd-yy, yyyy-mm-dd.
* payment_method: "UPI" (every merchant QR screen; UPI, "UPI: name@okaxis"), "card" (Card, Debit Card, Visa /
  Mastercard / Amex / Discover / MC with endings, Visa Debit, CB, TARJETA BANCARIA, PAGAMENTO ELETTRONICO; every
  citation, restaurant slip and Wise / Revolut screen), "netbanking" (Netbanking, Net Banking, a US checking account
  or "Bank account (ACH)"), "wallet" (Wallet - Paytm, Apple Pay, PayPal, Google Pay, Google Play balance, Apple
  Account Balance), "cash" (Cash, ESPECES, EFECTIVO, CONTANTI); None when no mode is printed.
* status: only where words state it. Success: "Payment Received", "Received Successfully", "Payment Successful",
  "Thank you! Your payment was received", "APPROVED", "your payment was successful", "Completed". Failed: "Payment
  Failed", "DECLINED", "Declined". Pending: "Payment Pending", "Processing", "Pending". None otherwise: electricity and
  fee receipts, tills, Trainline and store receipts carry no outcome words, nor does a council e-mail that only says
  "Thank you for your payment".
* transaction_id: as printed, the strongest kind printed: UPI reference (UPI Ref No, UTR No, UPI Transaction ID) >
  card approval (Auth Code, AUTH, Approval) > payment / transaction reference (the QR app's Order ID / Transaction
  ID; a gateway's Payment ID / Transaction ID, else its Order ID; a utility's Confirmation Number; a council Payment
  / Transaction reference; a Wise / Revolut Transaction ID / Reference) > receipt / order / booking numbers (a
  Receipt No / Rcpt No, a citation's Confirmation # / Receipt #, a slip's Check # / Chk, Trainline's Booking
  reference, a till's Ticket / Factura simplificada / Documento n., a Play Order number / Apple Order ID). Never a
  phone number, Consumer No, Adm. No, account / licence number, Citation #, plate, card or account ending, SIRET /
  NIF / P.IVA, GSTIN, Apple Document No., the ticket collection code or a counter. None when none is printed (a
  failed QR payment prints no UTR; a failed or pending citation no auth code; a failed utility payment no
  confirmation).
* merchant_name: the payee as printed: the shop under the QR app's title (not the app, not the customer), the
  website at a gateway page's top (not Razorpay / PayU / Cashfree), the electricity board, the school, the utility,
  the city / DMV in the title, the restaurant without its store number, the council or "TV Licensing", "Trainline",
  the supermarket, the merchant on a Wise / Revolut screen (not Wise / Revolut), "Google Play" or "Apple" (not the
  app bought).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout34_families import (
    card_spend_notification,
    electricity_counter_receipt,
    eu_supermarket_till,
    fee_receipt_in,
    gateway_success_page,
    merchant_qr_received,
    restaurant_check_tip,
    store_family_purchase,
    trainline_email,
    uk_council_payment_email,
    us_citation_payment,
    us_utility_payment,
)

SPLIT = "heldout34"

MONO = [
    "dejavu/DejaVuSansMono-Oblique.ttf",
    "freefont/FreeMonoOblique.ttf",
    "liberation2/LiberationMono-Italic.ttf",
    "liberation/LiberationMono-BoldItalic.ttf",
]
SANS = [
    "dejavu/DejaVuSans-BoldOblique.ttf",
    "dejavu/DejaVuSansCondensed-Oblique.ttf",
    "liberation2/LiberationSans-Italic.ttf",
    "noto/NotoSans-BoldItalic.ttf",
    "liberation/LiberationSansNarrow-BoldItalic.ttf",
]
SERIF = [
    "liberation/LiberationSerif-BoldItalic.ttf",
    "noto/NotoSerifDisplay-BoldItalic.ttf",
    "dejavu/DejaVuSerifCondensed-Bold.ttf",
    "dejavu/DejaVuSerif-Italic.ttf",
    "freefont/FreeSerifBoldItalic.ttf",
]

FAMILIES: list[Family] = [
    ("merchant_qr_received", merchant_qr_received, SANS),
    ("gateway_success_page", gateway_success_page, SANS),
    ("electricity_counter_receipt", electricity_counter_receipt, MONO + SERIF[2:3]),
    ("fee_receipt_in", fee_receipt_in, SERIF),
    ("us_utility_payment", us_utility_payment, SANS),
    ("us_citation_payment", us_citation_payment, MONO + SANS[:2]),
    ("restaurant_check_tip", restaurant_check_tip, MONO),
    ("uk_council_payment_email", uk_council_payment_email, SANS + SERIF[3:4]),
    ("trainline_email", trainline_email, SANS),
    ("eu_supermarket_till", eu_supermarket_till, MONO),
    ("card_spend_notification", card_spend_notification, SANS),
    ("store_family_purchase", store_family_purchase, SANS + SERIF[1:2]),
]


def make_heldout34_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout34 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)
