"""heldout41: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout41).

Families (8 receipts each), the most ordinary proof of payment a marketplace in India, the US and the UK receives, in
layouts drawn away from heldout39 and heldout40, in rupees, dollars, pounds and euros: a BHIM UPI screen (green band,
"BHIM" and "Bharat Interface for Money" / "BHIM UPI", Transaction Successful / Money sent successfully / Payment
Success / Transaction Failed / Transaction Declined / Transaction Pending / Request Pending, big amount, a stamp
"05 Mar 2025, 10:42 AM" under it or under Date & Time / Transaction Date, To / Paid To / Beneficiary, UPI ID / VPA,
From / Debited From a masked bank account, UPI Transaction ID / UPI Ref No. / Transaction Ref. No., Remarks), an
Amazon Pay (India) screen ("amazon pay", Payment successful / Paid successfully / Payment failed / Payment
unsuccessful / Payment pending / Payment is being processed, big amount, "to" / "Paid to" the payee, Paid using /
Payment method: UPI with a bank, Amazon Pay UPI, Amazon Pay Balance or an Amazon Pay ICICI Credit Card, UPI
transaction ID / UPI Ref No, Amazon Pay Transaction ID / Order ID "P01-...", Date / Paid on / Date & time), a Paytm for
Business payment-received screen on the shop's phone (the shop under the band, big amount, Payment Received /
Received Successfully / Money Received / Payment Failed / Payment not received / Payment Pending / Awaiting
confirmation from bank, From / Received from / Customer, Customer UPI ID, Received in / Settled to the shop's bank,
Payment Mode / Paid via UPI or Paytm UPI, UPI Ref No / RRN / Bank Ref No., Order ID / Transaction ID, Date & Time /
Received on / Date), a PhonePe Business notification card forwarded as text (sender code, "Dear <shop>,", Payment
received! / You have received a payment. / Payment failed. / Payment pending., Amount:, From:, On: / Date:, UPI Ref: /
UTR: / UPI Ref No.), an SBI YONO fund-transfer receipt (YONO SBI, Transaction Successful / Transfer Successful / Your
fund transfer is successful / Transaction Failed / Transfer Unsuccessful / Transaction Pending / Transaction under
process, big amount, Debit / From Account, Beneficiary / Payee Name, Beneficiary / Credit Account, IFSC, Amount /
Amount (INR) / Transfer Amount, Transfer Type / Payment Mode / Mode IMPS, NEFT, RTGS or UPI, IMPS Ref No. / UPI Ref
No. / UTR No. / UTR Number, Transaction Reference Number / Txn Ref No. "IR...", Date & Time / Transaction Date /
Initiated on, Remarks), an Indian supermarket till (DMART, RELIANCE SMART, MORE SUPERMARKET, SPENCER'S, STAR BAZAAR;
GSTIN, TAX INVOICE / CASH MEMO / RETAIL INVOICE, BILL NO / INVOICE NO, DATE / BILL DT / DT, CASHIER, items with
"2 x 162.00", TOTAL ITEMS, GROSS AMOUNT, DISCOUNT / YOU SAVED, ROUND OFF, NET AMOUNT / NET PAYABLE / BILL AMOUNT /
TOTAL, CASH TENDERED and CHANGE or the tender CARD / HDFC CARD / UPI / PAYTM UPI with UPI REF / RRN or CARD NO and
APPR CODE / AUTH CODE), an Indian courier booking receipt (DTDC, Blue Dart, Delhivery, The Professional Couriers,
India Post Speed Post; BOOKING RECEIPT / Customer Copy / Consignment Note, AWB No. / Consignment No. / Docket No. /
Tracking No., Booking Date / Booked on / Date, From and To with PIN codes, Weight, Sender Mobile, Freight / Basic
Charges / Tariff, Fuel Surcharge, GST @18%, Total / Total Amount / Net Payable / Amount Paid, Payment Mode / Paid by
/ Mode of Payment, UPI Ref No. / UTR, GSTIN), a US Square receipt e-mail (the business, big "$" total, items,
Subtotal, Sales Tax / Tax, Tip, Total, the card and its last four or Cash and Change or Apple Pay, Contactless / Chip
/ Swiped with Auth code / Authorization / Approval, "Mar 5 2025 at 10:42 AM", Receipt / Receipt No. "#1Q7K",
"Powered by Square"), a Venmo payment or a Zelle transfer in a US bank app (Venmo: "You paid" the payee, "-$" amount,
the note, Status / Payment status Completed / Payment complete / Sent / Failed / Payment failed / Pending / Payment
pending, Payment method / Funding source / Paid with Venmo balance, a bank or a Visa Debit, Transaction ID / Payment
ID of 19 digits, Date / Date and time; Zelle: Chase, Bank of America, Wells Fargo or Capital One, Completed / Money
sent / Delivered / Failed / Canceled - payment not sent / Pending / Processing, To / Recipient / Sent to, Email/Mobile,
From / From account / Pay from a checking account, Confirmation number / Confirmation # / Transaction number, Date /
Sent on / Send on, Memo), a UK bank-app payment confirmation (Monzo, Barclays, Starling Bank, NatWest, Nationwide;
Payment sent / Payment successful / Money sent / "You've paid <payee>" / Payment failed / Payment unsuccessful /
Payment pending / Payment being processed, big "£" amount, To / Payee / Paid to, Sort code, Account number, Reference
/ Payee reference, Payment type / Sent by / Type Faster Payment(s) or Bank transfer, Transaction ID / Payment ID /
Confirmation number, Date / Payment date / When), a UK online order confirmation e-mail (Argos, John Lewis, Currys,
Screwfix, Boots, ASOS; Thanks for your order / Your order is confirmed / We've got your order / Your payment was
unsuccessful / Payment declined / Your payment is being processed / Payment pending, Order number / Order no. / Your
order number, Order date / Date ordered / Placed on, items, Subtotal / Items, Delivery / Standard delivery / Click &
Collect or FREE, Total / Order total / Total (inc. VAT), VAT included, Payment method / Paid with / Payment) and a
Stripe-hosted receipt e-mail (the business on top, "Receipt from" it (or "Payment to" it when failed or pending), big amount in USD, GBP, EUR or INR, Paid /
Payment successful / Payment failed / Payment processing or no outcome words, Receipt number / Receipt #
"1234-5678", Invoice number, Date paid / Paid on (Date / Attempted on when not paid), Payment method / Paid with a card "Visa - 4242", Link or UPI, the
plan, Amount paid / Total, "Powered by stripe"). Faces as heldout40: DejaVu Sans, Liberation Sans Regular, FreeSans,
Noto Sans Regular and Liberation Sans Narrow for screens, cards and e-mails; DejaVu Sans Mono Bold, FreeMono Bold,
Liberation Mono Bold and Noto Mono for the supermarket till; DejaVu Serif Condensed, FreeSerif and Liberation Serif
(with DejaVu Sans) for the courier receipt and the transfer receipt. A face without a currency's sign prints its ISO
code ("Rs." for the rupee); no layout prints ●, • or →. Degradations as heldout14's (one to three of blur, rotation,
perspective, low contrast, noise and uneven light, then JPEG q20–60; the BHIM, Amazon Pay, Paytm, PhonePe card, YONO,
Venmo / Zelle and UK bank screens always photographed off the display).

Truth conventions (heldout39's and heldout40's, with each family's specifics):

* amount: the amount paid on this document, fees, taxes, surcharges and tips included, discounts and savings off, a
  till's round-off applied (for a failed or pending payment the amount attempted), as "1234.50"; currency its ISO
  code (INR for the Indian layouts, USD for Square and Venmo / Zelle, GBP for the UK layouts, Stripe's as printed).
  The screens' big amount (Venmo's "-$" without the minus); the card's Amount:; the YONO Amount (equal to the big
  amount); the till's NET AMOUNT / NET PAYABLE / BILL AMOUNT / TOTAL (never GROSS AMOUNT, the cash tendered or the
  change); the courier's Total / Total Amount / Net Payable / Amount Paid (freight, fuel surcharge and GST in it);
  Square's Total (tip and tax in it); the order's Total / Order total / Total (inc. VAT) with delivery (never
  Subtotal or the VAT included); Stripe's big amount / Amount paid / Total.
* date: the payment date, ISO, only where printed: the screens' stamp or Date & Time / Transaction Date / Date /
  Paid on / Received on / Initiated on / Date and time / Sent on / Send on / Payment date / When; the card's On: /
  Date:; the till's DATE / BILL DT / DT; the courier's Booking Date / Booked on / Date (paid at booking); Square's
  "... at 10:42 AM" line; the order's Order date / Date ordered / Placed on; Stripe's Date paid / Paid on / Date / Attempted on. Indian and
  UK layouts day first or with a month name, US month first or with a month name; Stripe in USD month first.
* payment_method: "UPI" (every BHIM screen: its UPI ID / VPA with a handle is always printed; Amazon Pay's "UPI - <bank>"
  or Amazon Pay UPI, or a UPI transaction ID / UPI Ref No printed; on the Paytm and PhonePe Business screens and the
  YONO receipt wherever the word UPI is printed, as a mode, a UPI ID or a UPI Ref label; UPI / PAYTM UPI / PhonePe UPI
  tenders), "card" (credit and debit cards, CARD, HDFC CARD, Card, Visa / Mastercard / Amex with the last four, a
  Visa Debit), "wallet" (Amazon Pay Balance, Apple Pay, Venmo balance, PayPal, Stripe's Link), "netbanking" (IMPS /
  NEFT / RTGS on the YONO receipt, as its mode or an IMPS Ref No. label; a bank or checking account as Venmo's or
  Zelle's funding; the UK Payment type / Sent by / Type Faster Payment(s) or Bank transfer), "cash" (CASH, Cash);
  None when no way to pay is printed (a PhonePe Business card naming no UPI, a Paytm screen naming no UPI, a YONO
  receipt naming no mode, a courier receipt without its mode line, a Zelle screen without its From line, a UK bank
  screen without its payment type, an order or Stripe e-mail without its method). Tills and Square always show their
  tender.
* status: only where words state it. Success: Transaction Successful, Money sent successfully, Payment Success,
  Payment successful, Paid successfully, Payment Received, Received Successfully, Money Received, Payment received!,
  You have received a payment., Transfer Successful, Your fund transfer is successful, Completed, Payment complete,
  Sent, Money sent, Delivered, Payment sent, You've paid <payee>, Thanks for your order, Your order is confirmed,
  We've got your order, Paid. Failed: Transaction Failed, Transaction Declined, Payment failed / Payment Failed,
  Payment unsuccessful, Payment not received, Transfer Unsuccessful, Failed, Canceled - payment not sent, Your payment
  was unsuccessful, Payment declined. Pending: Transaction Pending, Request Pending, Payment pending, Payment is being
  processed, Payment Pending, Awaiting confirmation from bank, Payment pending., Transaction under process, Pending,
  Processing, Payment being processed, Your payment is being processed, Payment processing. None otherwise (the
  supermarket till, the courier receipt, Square's receipt, a Stripe receipt without outcome words).
* transaction_id: as printed, the strongest kind printed: UPI / bank reference (UPI Transaction ID / UPI Ref No. /
  UPI Ref No / Transaction Ref. No. on BHIM; Amazon Pay's UPI transaction ID / UPI Ref No; Paytm's UPI Ref No / RRN /
  Bank Ref No.; the card's UPI Ref: / UTR: / UPI Ref No.; YONO's IMPS Ref No. / UPI Ref No. / UTR No. / UTR Number;
  the till's UPI REF / RRN; the courier's UPI Ref No. / UTR) > card approval (the till's APPR CODE / AUTH CODE;
  Square's Auth code / Authorization / Approval) > payment / transaction reference (Amazon Pay Transaction ID;
  YONO's Transaction Reference Number / Txn Ref No.; Venmo's Transaction ID / Payment ID; Zelle's Confirmation
  number / Confirmation # / Transaction number; the UK Transaction ID / Payment ID / Confirmation number) > receipt /
  order numbers (Amazon Pay's Order ID; Paytm's Order ID / Transaction ID; the till's BILL NO / INVOICE NO; the
  courier's AWB No. / Consignment No. / Docket No. / Tracking No.; Square's Receipt / Receipt No. without its "#"; the
  UK Order number / Order no. / Your order number; Stripe's Receipt number / Receipt #). Never a UPI ID / VPA, a
  masked account or card, an IFSC, a sort code or account number, a UK Reference / Payee reference (the text the
  payee sees), Remarks / Memo / the note, a GSTIN, a CASHIER, a Sender Mobile or PIN code, a sender code, Stripe's
  Invoice number. None when none is printed (a failed payment prints no UPI, bank or payment reference; an order,
  bill, AWB or receipt number it still prints is then the truth).
* merchant_name: who was paid, as printed: the BHIM payee (To / Paid To / Beneficiary); Amazon Pay's payee after
  "to" / "Paid to"; on the merchant-side Paytm and PhonePe Business screens the shop receiving the money (under the
  band, after "Dear"), never the paying customer; YONO's Beneficiary / Payee Name; the supermarket in capitals; the
  courier company as printed on top (not the franchise or branch); the Square business; the Venmo or Zelle
  recipient (not the bank or Venmo); the UK payee (To / Payee / Paid to, or in "You've paid <payee>"), not the bank;
  the UK retailer; the business on the Stripe receipt (not Stripe).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, family_set
from bench.receipt_sets.heldout41_families import (
    amazon_pay_upi,
    bhim_upi,
    courier_booking,
    in_supermarket,
    paytm_received,
    phonepe_biz_sms,
    square_email,
    stripe_receipt,
    uk_bank_app,
    uk_order_email,
    venmo_zelle,
    yono_transfer,
)

SPLIT = "heldout41"

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
    ("bhim_upi", bhim_upi, SANS),
    ("amazon_pay_upi", amazon_pay_upi, SANS),
    ("paytm_received", paytm_received, SANS),
    ("phonepe_biz_sms", phonepe_biz_sms, SANS),
    ("yono_transfer", yono_transfer, SERIF + SANS[:1]),
    ("in_supermarket", in_supermarket, MONO),
    ("courier_booking", courier_booking, SERIF + SANS[:1]),
    ("square_email", square_email, SANS),
    ("venmo_zelle", venmo_zelle, SANS),
    ("uk_bank_app", uk_bank_app, SANS),
    ("uk_order_email", uk_order_email, SANS),
    ("stripe_receipt", stripe_receipt, SANS),
]


def make_heldout41_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout41 (96 make eight of each family)."""
    return family_set(SPLIT, FAMILIES, n)
