"""heldout42: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout42).

Families (8 receipts each), an ordinary marketplace mix in India, the US, the UK and the euro area, in layouts drawn
away from heldout40 and heldout41, in rupees, dollars, pounds and euros: a Google Pay (India) "Payment to merchant"
screen (the QR merchant's registered name in capitals, Verified merchant / Business account / Merchant QR, big
amount, Payment done / Paid to merchant / Payment to merchant successful / Payment declined / Couldn't complete
payment / Payment in progress / Waiting for bank confirmation, a stamp "5 Mar 2025, 10:42 am" under it or under Paid
on / Date and time, Merchant UPI ID / Paid to UPI ID / To UPI, Paid from / Bank account, UPI Ref. ID / UPI reference
no. / UPI transaction ID, Google transaction ID / Google Pay ID "CICAgM...", "Powered by UPI"), a CRED bill-payment
receipt (dark screen, lower-case words: bill paid / payment successful / payment received by biller / payment failed
/ bill payment unsuccessful / payment in progress / awaiting biller confirmation, biller / paid to / biller name,
consumer no. / CA number / account no., due date, paid via UPI or a credit card, BBPS Txn Ref ID / Bharat BillPay Ref
/ B-Connect Txn ID, CRED reference / order id "CRD...", paid on / payment date, CRED coins), an IRCTC e-ticket payment
summary (Payment Summary / E-Ticket Payment Details / Booking Payment Receipt, Payment Status / Transaction Status
Success / Payment Successful / Failed / Payment Failed / Pending / Awaiting bank confirmation, PNR / PNR No., train,
Date of Journey, Class / Quota, Transaction ID / IRCTC Txn ID, Bank Ref No. / Bank Transaction No., Booking Date /
Transaction Date / Date of Booking, Ticket Fare, IRCTC Convenience Fee (incl. GST), Travel Insurance Premium, Agent
Service Charge, Total Fare (all inclusive) / Total Amount Paid / Amount Debited, Payment Mode / Paid through /
Payment Gateway), a Swiggy or Zomato order summary screen (the restaurant and its area under the band, Order ID /
Order # / Order No., Order placed on / Ordered on / Date, items, Item Total, Delivery Fee / Delivery partner fee,
Platform fee, GST and Restaurant Charges / Taxes & Charges, Item Discount / Coupon, Grand Total / To Pay / Bill Total
/ Order Total, Paid via / Payment method / Payment mode UPI, a card, Cash on Delivery or Swiggy / Zomato Money, "You
saved"), an Indian pharmacy bill (APOLLO PHARMACY, MEDPLUS, WELLNESS FOREVER, NOBLE PLUS PHARMACY, TRUST CHEMISTS;
D.L.No, TAX INVOICE / PHARMACY BILL / RETAIL INVOICE, Bill No / Memo No / Inv No, Bill Date / Date / Dt, Patient,
Dr., TAXABLE AMT, CGST 6% + SGST 6%, GROSS TOTAL, LESS DISC / DISCOUNT, ROUNDING, NET PAYABLE / AMT PAYABLE / BILL
AMOUNT, PAYMODE / PAID BY / TENDER, UPI TXN ID / UTR), a US CVS or Walgreens till (STORE REG TRN line, ExtraCare /
myWalgreens card, items with a tax letter, COUPON, SUBTOTAL / SUB TOTAL, TAX / SALES TAX, TOTAL / BALANCE DUE, VISA
CREDIT / MASTERCARD DEBIT / APPLE PAY with ACCT # and AUTH CODE: / APPROVAL #: / AUTH #, APPROVED, or CASH and
CHANGE, "03/05/2025 10:42 AM", RECEIPT #), a US Uber or Lyft ride receipt e-mail (the trip date on top, "Thanks for
riding, <rider>", Total, Trip fare / Ride fare / Base fare, Booking Fee / Service fee, Tolls, Promotion, Tip,
Payments / Charged to / Payment with the card and its last four, Apple Pay or PayPal, Lyft's Ride ID, Your payment
was declined / Payment failed / Payment pending / Your payment is processing), a US utility bill paid online (DTE
Energy, Dominion Energy, SoCalGas, Eversource, Austin Water, Spectrum; Payment Received / Thank you! Your payment was
successful / Payment confirmed / Payment could not be processed / Payment declined / Your payment has been scheduled
/ Payment in process, Account ending in, Service address, Payment amount, Convenience / Processing fee, Total
charged / Total payment, Payment method / Pay from / Paid with a checking or ACH bank account or a card,
Confirmation number / Confirmation code / Reference #, Payment date / Date submitted / Submitted on, Next bill due), a
UK Tesco or Sainsbury's online grocery e-mail (We've taken your payment / Payment taken / Payment successful / We
couldn't take your payment / Payment failed / Your payment will be taken on delivery / Payment pending or no payment
words, Order number / Order ref / Order no, Order placed / Date placed / Ordered on, Delivery slot / Your slot,
Groceries / Items total / Shopping, Clubcard / Nectar Prices / Multibuy savings, Delivery charge, Bag charge /
Carrier bags, Total to pay / Amount charged / Total paid / Order total, Paid with / Payment card / Payment method), a
UK council-tax or TfL payment confirmation (a city council's Council Tax payment or Transport for London's Congestion
Charge / ULEZ; Your payment was successful / Payment complete / Payment authorised / Your payment was not successful
/ Payment rejected / Your payment is being processed / Payment pending, Council Tax account number / Account
reference, or Vehicle registration, Charge date / Day of travel and Days paid, Amount paid / Payment amount / Total
paid / Amount, Card used / Paid by / Payment type, Payment reference / Transaction reference / Receipt number,
Authorisation code / Auth code, Date of payment / Payment date / Paid on), a German REWE, dm or EDEKA till in euros
(UID Nr., items with tax letters A / B, SUMME / SUMME EUR / Zu zahlen, Geg. girocard / Geg. VISA / Kartenzahlung /
Geg. BAR with Rückgeld BAR, a Steuer / MwSt table, Kundenbeleg with Terminal-ID, Karte, Genehmigungs-Nr. /
Autorisierungsnr., Zahlung erfolgt / Transaktion erfolgreich, Beleg-Nr. / Bon-Nr., "05.03.25 10:42 Kasse 3") and a
PayPal "you sent a payment" e-mail (You sent a payment / You sent £12.34 GBP to <payee> / Payment sent / Your payment
didn't go through / Payment declined / Your payment is pending / Payment pending, a greeting, "You sent" / "Amount"
line, Sent to / Paid to / Recipient, Note, Transaction ID / Transaction number of 17 characters, Transaction date /
Date sent / Date, Amount sent / Payment, Funding source / Paid with / Payment method PayPal balance, a card "Visa
x-1234" or a bank account). Faces as heldout41: DejaVu Sans, Liberation Sans Regular, FreeSans, Noto Sans Regular
and Liberation Sans Narrow for screens and e-mails; DejaVu Sans Mono Bold, FreeMono Bold, Liberation Mono Bold and
Noto Mono for the pharmacy bill and the US and German tills; DejaVu Serif Condensed, FreeSerif and Liberation Serif
(with DejaVu Sans) for the IRCTC summary and the council / TfL confirmation. A face without a currency's sign prints
its ISO code ("Rs." for the rupee); no layout prints ●, • or →. Degradations as heldout14's (one to three of blur,
rotation, perspective, low contrast, noise and uneven light, then JPEG q20–60; the Google Pay, CRED and Swiggy /
Zomato screens always photographed off the display).

Truth conventions (heldout41's, with each family's specifics):

* amount: the amount paid on this document, fees, taxes, tolls and tips included, discounts, coupons, promotions and
  savings off, a till's rounding applied (for a failed or pending payment the amount attempted), as "1234.50";
  currency its ISO code (INR for the Indian layouts, USD for the US ones, GBP for the UK ones, EUR for the German
  till, PayPal's as printed). Google Pay's and CRED's big amount; the IRCTC Total Fare (all inclusive) / Total Amount
  Paid / Amount Debited (convenience fee, insurance and agent charge in it); the order's Grand Total / To Pay / Bill
  Total / Order Total (never Item Total); the pharmacy's NET PAYABLE / AMT PAYABLE / BILL AMOUNT (never GROSS TOTAL or
  TAXABLE AMT); the drugstore's TOTAL / BALANCE DUE (never the cash given or the change); the ride's Total; the
  utility's Total charged / Total payment where a fee is printed, else its Payment amount; the grocery's Total to pay
  / Amount charged / Total paid / Order total; the council's Amount paid / Payment amount and TfL's Total paid /
  Amount; the German SUMME / Zu zahlen (never the MwSt table); PayPal's amount sent.
* date: the payment date, ISO, only where printed: Google Pay's stamp or Paid on / Date and time; CRED's paid on /
  payment date (never the due date); IRCTC's Booking Date / Transaction Date / Date of Booking (never the Date of
  Journey); the order's Order placed on / Ordered on / Date; the pharmacy's Bill Date / Date / Dt; the tills' date
  line; the ride's date on top; the utility's Payment date / Date submitted / Submitted on (never Next bill due); the
  grocery's Order placed / Date placed / Ordered on (never the delivery slot); the council / TfL Date of payment /
  Payment date / Paid on (never the Charge date / Day of travel); PayPal's Transaction date / Date sent / Date.
  Indian, UK and German layouts day first or with a month name, US layouts month first or with a month name, PayPal
  in USD with a month name.
* payment_method: "UPI" (every Google Pay screen: the merchant's UPI ID is always printed; CRED's "UPI - <bank>";
  IRCTC's BHIM/UPI; the order's UPI (GPay / PhonePe / Paytm); the pharmacy's UPI / GPAY UPI), "card" (credit and
  debit cards, CARD, VISA CREDIT / MASTERCARD DEBIT, a card with its last four, girocard / VISA / Kartenzahlung),
  "wallet" (IRCTC eWallet, Swiggy / Zomato Money, Apple Pay, PayPal, Google Pay on a page in pounds, PayPal balance;
  and a PayPal e-mail without its funding line, the payment having gone through PayPal), "netbanking" (IRCTC's Net
  Banking, a checking or ACH bank account, PayPal funded by a bank account), "cash" (CASH, Cash on Delivery, Geg.
  BAR); None when no way to pay is printed (a CRED, IRCTC, order, pharmacy, ride, utility, grocery or council / TfL
  page without its method line). The US and German tills always show their tender.
* status: only where words state the payment's outcome. Success: Payment done, Paid to merchant, Payment to merchant
  successful, bill paid, payment successful, payment received by biller, Success, Payment Successful, Paid, APPROVED,
  Payment Received, Thank you! Your payment was successful, Payment confirmed, We've taken your payment, Payment taken,
  Your payment was successful, Payment complete, Payment authorised, Zahlung erfolgt, Transaktion erfolgreich, You
  sent a payment, You sent ... to <payee>, Payment sent. Failed: Payment declined, Couldn't complete payment, payment
  failed / Payment failed / Failed, bill payment unsuccessful, Payment unsuccessful, Your payment was declined,
  Payment could not be processed, We couldn't take your payment, Your payment was not successful, Payment rejected,
  Your payment didn't go through. Pending: Payment in progress, Waiting for bank confirmation, payment in progress,
  awaiting biller confirmation, Pending, Awaiting bank confirmation, Payment pending, Payment under verification, Your
  payment is processing, Your payment has been scheduled, Payment in process, Your payment will be taken on delivery,
  Your payment is being processed, Your payment is pending. None otherwise (an IRCTC summary, an order summary or a
  grocery e-mail without payment words, the pharmacy bill, a till without APPROVED / Zahlung erfolgt, a ride receipt
  that was charged: "Thanks for riding" and a total are no outcome words).
* transaction_id: as printed, the strongest kind printed: UPI / bank / BBPS reference (Google Pay's UPI Ref. ID / UPI
  reference no. / UPI transaction ID; CRED's BBPS Txn Ref ID / Bharat BillPay Ref / B-Connect Txn ID; IRCTC's Bank
  Ref No. / Bank Transaction No.; the pharmacy's UPI TXN ID / UTR) > card approval (the drugstore's AUTH CODE /
  APPROVAL # / AUTH #; the German Genehmigungs-Nr. / Autorisierungsnr.; the council / TfL Authorisation code / Auth
  code) > payment / transaction reference (Google transaction ID / Google Pay ID, kept in its printed case; CRED
  reference / order id; IRCTC's Transaction ID / IRCTC Txn ID; the utility's Confirmation number / Confirmation code /
  Reference #; the council / TfL Payment reference / Transaction reference / Receipt number; PayPal's Transaction ID /
  Transaction number) > booking, order and receipt numbers (IRCTC's PNR; the order's Order ID / Order # / Order No.;
  the pharmacy's Bill No / Memo No / Inv No; the drugstore's RECEIPT #; Lyft's Ride ID; the grocery's Order number /
  Order ref / Order no; the German Beleg-Nr. / Bon-Nr.). Never a UPI ID, a masked account or card, a consumer / CA /
  account number, a D.L.No, a Terminal-ID, a STORE / REG / TRN line, an ExtraCare / myWalgreens number, the train
  number, a Council Tax account number or account reference, a vehicle registration, a UID Nr., a Note. None when
  none is printed (a failed payment prints no UPI, bank or BBPS reference and IRCTC no PNR; a reference or order
  number it still prints is then the truth; an Uber receipt prints none).
* merchant_name: who was paid, as printed: Google Pay's QR merchant name (never its UPI ID); CRED's biller (not CRED);
  "IRCTC"; the app on the order summary (Swiggy or Zomato, which takes the payment; not the restaurant under it); the
  pharmacy in capitals; the drugstore as printed on top ("CVS pharmacy" / "CVS PHARMACY", "Walgreens" /
  "WALGREENS"); Uber or Lyft; the utility; Tesco or Sainsbury's; the council or "Transport for London" (not "TfL");
  the German chain as printed on top (REWE, dm-drogerie markt, EDEKA); PayPal's payee (Sent to / Paid to /
  Recipient, or in "You sent ... to <payee>"), not PayPal.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout42_families import (
    cred_bill,
    de_till,
    food_order_summary,
    gpay_merchant,
    in_pharmacy,
    irctc_summary,
    paypal_sent,
    ride_email,
    uk_council_tfl,
    uk_grocery_email,
    us_drugstore,
    us_utility_online,
)

SPLIT = "heldout42"

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
    ("gpay_merchant", gpay_merchant, SANS),
    ("cred_bill", cred_bill, SANS),
    ("irctc_summary", irctc_summary, SERIF + SANS[:1]),
    ("food_order_summary", food_order_summary, SANS),
    ("in_pharmacy", in_pharmacy, MONO),
    ("us_drugstore", us_drugstore, MONO),
    ("ride_email", ride_email, SANS),
    ("us_utility_online", us_utility_online, SANS),
    ("uk_grocery_email", uk_grocery_email, SANS),
    ("uk_council_tfl", uk_council_tfl, SERIF + SANS[:1]),
    ("de_till", de_till, MONO),
    ("paypal_sent", paypal_sent, SANS),
]


def make_heldout42_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout42 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)
