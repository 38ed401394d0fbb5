"""heldout48: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout48).

Families (8 receipts each), drawn away from heldout46 and heldout47, in rupees, US dollars, pounds and dirhams: a
Flipkart / Myntra tax invoice (GSTIN, Order ID "OD" + 18 digits / Order No., Invoice No. / Invoice Number /
Invoice #, Order Date / Ordered on, Ship to, products x1, HSN, Shipping / Delivery Charges, Discount / Coupon Discount,
Grand Total / Total / Total Amount, Mode of Payment / Payment Method / Paid by: Cash on Delivery, UPI, PhonePe UPI, a
credit or debit card, Net Banking), a DMart / Big Bazaar / Reliance SMART till (the company under the chain, GSTIN,
TAX INVOICE, Bill No / BILL NO. / Inv No, Date / Bill Dt, Cashier, items "2x52.00", Total Qty, You Saved Rs., NET
AMOUNT / BILL AMOUNT / Total Payable / TOTAL in lakh grouping, a tender line CASH and Change / BALANCE RETURNED, CARD
with APPR CODE / Auth Code, UPI / PAYTM UPI with UPI Ref No / RRN), an Uber / Ola ride receipt (Uber in rupees,
dollars or pounds, OLA in rupees: a date line on top, the total in large type, Trip fare / Ride Fare / Base Fare,
Booking fee / Access Fee / Platform fee, Tolls, Tip, Total / Total Fare / Total Bill, a Payments / Paid by heading over
the card, Cash, UPI, Paytm Wallet, Uber Cash, Ola Money or PayPal with the sum, pickup and drop, a lower-case
hexadecimal Trip ID / Ride ID or Ola's CRN / Booking ID), a BookMyShow booking summary (Payment Successful / Payment
Status: Success / Payment Failed / Payment Pending in a share, movie, cinema, Show Date / Showtime (never the day
paid), Seats, Ticket(s) price, Convenience fees / Internet handling fees, Food & Beverage, Total Amount / Amount Paid /
Order Total, Booking ID of seven capitals and digits, Paid via / Payment Mode / Payment Type, Booking Date / Booked
on), an electricity bill payment receipt (Tata Power / Adani Electricity / BESCOM / MSEDCL: Status / Payment Status
Success / Failed / Pending or an outcome line in a share, Consumer No. / CA Number / Account ID, Bill Month, Due Date
(never the day paid), Amount Paid / Paid Amount / Total Amount, Transaction ID / Transaction Ref No. / Txn No.,
Receipt No., Payment Mode / Mode of Payment / Paid Through, Payment Date / Transaction Date / Date of Payment), a
credit-card bill payment through CRED (a dark screen) or PhonePe (the amount, Paid to / Bill paid for "HDFC Bank
Credit Card", the card paid off masked, Paid from / Debited from / Payment method a UPI bank or Net Banking, UTR /
UPI Ref No., Transaction ID / Payment ID, a date line, outcome words in a share), a Google Pay / PhonePe "money sent"
screen to a person (To / Paid to / Sent to, the person's UPI ID, From / Debited from a bank, UPI transaction ID / UPI
Ref. No. / UTR, a mixed-case Google transaction ID or PhonePe's "T" + 22 digits, a Note, a date line, Completed /
Money sent / Failed / Processing in a share, a dark screen in a share), a Starbucks / McDonald's till (in the US with
the store's state and ZIP, or in India with GSTIN, CGST and SGST: Order # / ORDER / Check #, items, Subtotal, Tax /
Sales Tax, Total / Eat-In Total / Take-Out Total, the tender with its sum: Visa, Mastercard, Amex, Apple Pay, UPI,
PhonePe UPI, or Cash and Change, AUTH CODE / Approval / Auth #, APPROVED in a share, a date line), a Walmart / Target
till (ST# OP# TE#, items with UPC, SUBTOTAL, TAX 1 7.000 %, TOTAL, DEBIT TEND / VISA TEND / MCARD TEND / DEBIT / CASH
TEND and CHANGE DUE, APPROVAL # / AUTH CODE, REF #, TERMINAL #, APPROVED / 00 APPROVED in a share, # ITEMS SOLD,
Walmart's TC#, a "03/03/26 14:22:05" line), a Tesco / Sainsbury's till in pounds (VAT Number, Clubcard / Nectar
Price Saving, TOTAL / BALANCE DUE / TOTAL TO PAY, VISA DEBIT / MASTERCARD / CONTACTLESS / Visa / CASH and CHANGE, AID,
PAN SEQ NO, AUTH CODE / Auth No, MERCHANT, APPROVED / AUTHORISED in a share, Clubcard points or a Nectar card, a
"03/03/26 14:22" line with the store's till numbers), a hospital / clinic payment receipt (Apollo Hospitals / Fortis /
Dr Lal PathLabs / Manipal in rupees, Aster Clinic / Mediclinic / NMC in dirhams: UHID / MRN / Patient ID, Patient
Name, Consultant / Ref. Doctor, Receipt No. / Bill No., Date / Receipt Date / Bill Date, services, Discount /
Concession, VAT 5%, Net Amount / Total Amount / Amount Received / Total, Payment Mode / Mode of Payment / Paid By,
Approval Code / Card Auth No., UPI Ref No. / Txn Ref, PAID / Payment Received in a share) and a school or college fee
receipt (an Indian school or university in rupees, a Dubai school in dirhams: Student Name, Admission No. / Roll No. /
Enrolment No. / Student ID, Class / Course / Grade, Term / Fee Period / Installment, Receipt No. / Fee Receipt No.,
Date / Receipt Date / Date of Payment, fee heads, Late Fee / Fine, Total / Total Amount Paid / Amount Received / Grand
Total, Payment Mode / Mode of Payment / Paid by: Cash, Online - Net Banking, UPI, a card, Bank Ref No. / Transaction
Ref. / UPI Ref No. / UTR No.).
Faces: eleven of the twelve families are drawn, at least in part, in the faces the project installs besides DejaVu
(``make system-deps``: fonts-liberation, fonts-liberation2, fonts-freefont-ttf, fonts-noto-core, fonts-noto-mono): the
e-commerce invoice in Liberation Sans and Noto Sans, the Indian supermarket till in FreeMono and Noto Sans Mono, the
ride receipt in Noto Sans and FreeSans, the electricity receipt in Liberation Serif and Noto Serif, the card bill
payment in Noto Sans Bold and DejaVu Sans, the money-sent screen in Noto Sans and DejaVu Sans Condensed, the coffee
till in Liberation Mono and DejaVu Sans Mono, the US till in FreeMono Bold and Noto Sans Mono, the UK till in
Liberation Mono and FreeMono, the clinic receipt in FreeSerif and Liberation Sans Narrow, the fee receipt in DejaVu
Serif and FreeSerif; the BookMyShow summary (DejaVu Sans) keeps DejaVu. The rupee families print ₹ only in faces that
hold it (``heldout14_values.rupee``: Liberation and FreeFont print "Rs."); a face missing from the machine stops the
set with its package named, never a fallback.
Degradations as heldout47 (``heldout14_render.degrade``: JPEG quality, blur, rotation, perspective, low contrast,
noise, uneven light, a photo of the screen for screens).

Truth conventions (heldout47's and README "Receipt fields", with each family's specifics):

* amount: the amount paid, fees, taxes, tolls, tips and late fees included, discounts and savings taken off, as
  "1234.50"; currency its ISO code (a US till's or an Uber e-mail's "$" beside a US address is USD, a Dubai clinic's or
  school's AED). The invoice's Grand Total / Total; the Indian till's NET AMOUNT / BILL AMOUNT (never the cash
  given, Change, You Saved or Total Qty); the ride's Total (never the Trip fare); BookMyShow's Total Amount (never
  the Ticket(s) price); the electricity Amount Paid; the card bill's amount paid (never a statement sum); the money
  sent; the coffee till's Total (never Subtotal, Tax, Cash or Change); the US till's TOTAL (never SUBTOTAL, TAX,
  CASH TEND given or CHANGE DUE); the UK till's TOTAL / BALANCE DUE after savings; the clinic's Net Amount / Total
  after concession and VAT; the fee receipt's Total. For a failed or pending payment the amount attempted.
* date: the payment date, ISO, only where printed: the invoice's Order Date; the tills' date line / Date / Bill Dt;
  the ride's date line (never the pickup or drop time); BookMyShow's Booking Date / Booked on (never the Show Date);
  the electricity Payment Date / Transaction Date (never the Due Date or the Bill Month); the card bill's and the money
  screen's date line; the clinic's Date / Receipt Date / Bill Date; the fee receipt's Date / Receipt Date (never the
  Term). Day first on Indian, UK and Dubai pages, month first on US tills.
* payment_method: "UPI" (UPI, PhonePe UPI, PAYTM UPI, Google Pay UPI, UPI - bank XX1234, <bank> UPI, every money-sent
  screen: its payee's UPI ID and UPI transaction ID say so), "card" (Credit / Debit Card, CARD, Card, Visa /
  Mastercard with or without digits, Amex, DEBIT TEND, VISA TEND, MCARD TEND, DEBIT, VISA DEBIT, MASTERCARD,
  CONTACTLESS, ICICI Debit Card), "wallet" (Paytm Wallet, Wallet - Paytm, Uber Cash, Ola Money, Amazon Pay, PayPal,
  Apple Pay), "netbanking" (Net Banking, Net Banking - bank, Online - Net Banking), "cash" (Cash on Delivery, CASH,
  Cash, CASH TEND); None where no method line or tender is printed. The credit card a CRED / PhonePe bill pays off
  is never the way to pay.
* status: only where words state the outcome. Success: Payment Successful, Payment Status: Success, Status Success /
  Successful, Transaction Successful, Thank you! Your payment was successful, payment successful, Bill paid
  successfully, Completed, Money sent, APPROVED, Approved, 00 APPROVED, *** APPROVED ***, AUTHORISED, PAID, ** PAID **,
  Payment Received. Failed: Payment Failed, payment failed, Transaction Failed, Status Failed, Failed. Pending: Payment
  Pending, Status Pending, Transaction under process, payment in progress, Payment Processing, Processing. None
  otherwise (the invoices, the Indian till, the ride receipt and the fee receipt never print one; "PLEASE KEEP THIS
  RECEIPT" is none).
* transaction_id: as printed, the strongest printed: UTR / UPI Ref No / RRN / UPI transaction ID > card approval
  (APPR CODE / Auth Code / AUTH CODE / Approval / Auth # / APPROVAL # / Auth No / Approval Code / Card Auth No.) >
  transaction reference (the electricity Transaction ID / Txn No., CRED's or PhonePe's Transaction ID / Payment ID,
  Google transaction ID in its mixed case, the US till's REF #, the fee receipt's Bank Ref No. / Transaction Ref.) >
  order, booking, trip, bill, invoice and receipt numbers (the invoice's Order ID over its Invoice No., the Indian
  till's Bill No, the ride's Trip ID in its lower case or CRN, BookMyShow's Booking ID, the electricity Receipt No.,
  the coffee till's Order # / Check #, Walmart's TC# with its spaces, the clinic's Receipt No. / Bill No., the fee
  receipt's Receipt No.). Never a GSTIN, TRN, VAT number, consumer / CA / account number, UHID / MRN / patient ID,
  admission / roll / enrolment / student number, ST# / OP# / TE#, TERMINAL #, MERCHANT, AID, PAN SEQ, store number, a
  till's unlabelled store / register / transaction digits, a masked card, a UPI ID or the Note. None when none is
  printed.
* merchant_name: who was paid, as printed: the marketplace on top of its invoice ("Flipkart", "Myntra"), the chain on
  top of the till ("DMart", not the company under it), "Uber" / "OLA", "BookMyShow" (not the cinema), the power
  utility, the card being paid off as Paid to / Bill paid for prints it ("HDFC Bank Credit Card", not CRED or
  PhonePe), the person the money was sent to (not Google Pay / PhonePe), "STARBUCKS" / "McDonald's", "Walmart" /
  "TARGET", "TESCO" / "Sainsbury's", the hospital, clinic or lab, the school or college.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout48_families import (
    card_bill_payment,
    clinic_receipt,
    coffee_till,
    ecommerce_invoice,
    electricity_payment,
    fee_receipt,
    indian_supermarket_till,
    movie_ticket,
    ride_receipt,
    uk_supermarket_till,
    upi_money_sent,
    us_big_box_till,
)

SPLIT = "heldout48"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
INVOICE_SANS = ["liberation2/LiberationSans-Regular.ttf", "noto/NotoSans-Regular.ttf"]
TILL_MONO = ["freefont/FreeMono.ttf", "noto/NotoSansMono-Regular.ttf"]
RIDE_SANS = ["noto/NotoSans-Regular.ttf", "freefont/FreeSans.ttf"]
DEJAVU_SANS = ["dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"]
UTILITY_SERIF = ["liberation2/LiberationSerif-Regular.ttf", "noto/NotoSerif-Regular.ttf"]
CARD_BILL_SANS = ["noto/NotoSans-Bold.ttf", "dejavu/DejaVuSans.ttf"]
MONEY_SENT_SANS = ["noto/NotoSans-Regular.ttf", "dejavu/DejaVuSansCondensed.ttf"]
COFFEE_MONO = ["liberation2/LiberationMono-Regular.ttf", "dejavu/DejaVuSansMono.ttf"]
US_TILL_MONO = ["freefont/FreeMonoBold.ttf", "noto/NotoSansMono-Regular.ttf"]
UK_TILL_MONO = ["liberation2/LiberationMono-Regular.ttf", "freefont/FreeMono.ttf"]
CLINIC_FACES = ["freefont/FreeSerif.ttf", "liberation/LiberationSansNarrow-Regular.ttf"]
FEE_SERIF = ["dejavu/DejaVuSerif.ttf", "freefont/FreeSerif.ttf"]
FAMILIES: list[Family] = [
    ("ecommerce_invoice", ecommerce_invoice, INVOICE_SANS),
    ("indian_supermarket_till", indian_supermarket_till, TILL_MONO),
    ("ride_receipt", ride_receipt, RIDE_SANS),
    ("movie_ticket", movie_ticket, DEJAVU_SANS),
    ("electricity_payment", electricity_payment, UTILITY_SERIF),
    ("card_bill_payment", card_bill_payment, CARD_BILL_SANS),
    ("upi_money_sent", upi_money_sent, MONEY_SENT_SANS),
    ("coffee_till", coffee_till, COFFEE_MONO),
    ("us_big_box_till", us_big_box_till, US_TILL_MONO),
    ("uk_supermarket_till", uk_supermarket_till, UK_TILL_MONO),
    ("clinic_receipt", clinic_receipt, CLINIC_FACES),
    ("fee_receipt", fee_receipt, FEE_SERIF),
]


def make_heldout48_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout48 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
