"""heldout132: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a seventeenth+1 random day's proofs of payment, as a jewellery shop with a gold-savings
scheme and a gold-loan desk (in Thrissur, Coimbatore, Rajkot, Madurai, Nashik, Belagavi, Guntur and Cuttack) receives
them from customers in 2026 and pays its own bullion dealer, hallmarking centre, karigars and customers. One payment
per page, no lists or threads.

* ``customer_upi``: a customer's UPI app paying the shop's QR at the counter (Google Pay, PhonePe, super.money,
  Paytm, WhatsApp, BHIM, CRED, MobiKwik; dark on CRED and some others): heldout125's result screen, the shop (its
  company on some) under Paid to / To / Sent to, a note of what it paid for on most (Chain balance, Scheme inst).
* ``scheme_instalment``: the gold-savings scheme's monthly instalment receipt (the counter's paper, an e-mail, the
  scheme's portal in a browser): the shop on top, GOLD SAVINGS SCHEME - INSTALMENT RECEIPT, Receipt No. / Rcpt No.,
  Date / Paid on / Received on / Attempted on, Scheme (Swarnanidhi 11+1, Bangaru Podupu Scheme …), Member No. / Card
  No. / Scheme A/c No., the member, Instalment No. x of 11, the monthly instalment, Add: Late fee and Total received
  on some, Board rate 22K per g, gold booked, Total paid so far, cash / UPI / card / Net Banking, the portal's
  Transaction ID / Payment ID, UPI Ref No. / Approval Code / Bank Ref No., Next due on; INSTALMENT RECEIVED / PAID /
  UPI PAYMENT FAILED - NOT CREDITED TO SCHEME / PAYMENT PENDING - WILL BE CREDITED ON CONFIRMATION.
* ``jewellery_invoice``: the shop's TAX INVOICE / RETAIL INVOICE - GOLD ORNAMENTS: Invoice / Inv / Bill No., Date,
  the customer, Gold rate 22K (916) per g, each ornament with its HUID, Gross / Net wt, Gold value, Making charges
  (x%) / VA (x%) / Making @ n/g, Stone value, Taxable value, CGST / SGST @ 1.5%, Round off, Invoice total, Less: Old
  gold exchange (n g) and Net payable on some, Amount received (a part with Balance due on two), cash / UPI / card /
  NEFT / RTGS, Customer PAN on large bills, UPI Ref No. / Auth Code / RRN / UTR; PAID / PART PAID / UPI PAYMENT
  FAILED / PAYMENT PENDING - NEFT CREDIT AWAITED in a row and in the shop's rubber stamp.
* ``card_slip``: the counter terminal's charge slip (Pine Labs, HDFC, ICICI, Axis, SBI Payments, Paytm EDC, Mswipe,
  Worldline; monospace): the shop in capitals, MID, TID, DATE, TIME, BATCH, INVOICE NO, SALE / CARD SALE (BASE
  AMOUNT, SURCHARGE 1-2% / CONV FEE and TOTAL AMOUNT on some) or EMI SALE / BANK EMI (TXN AMOUNT, TENURE, ROI, EMI
  AMOUNT, TOTAL PAYABLE), the card masked, APPR CODE / AUTH CODE, RRN / REF NO; APPROVED / DECLINED / TXN PENDING.
* ``old_gold_voucher``: the shop buying a customer's old gold: OLD GOLD PURCHASE / URD PURCHASE VOUCHER, the shop on
  top (the payer), Voucher / URD Voucher / Purchase No., Date, Paid to / Seller / Payee the customer, KYC (PAN or
  Aadhaar masked), the ornament, gross weight, Less: stones / dust, net weight, purity tested (91.6% (22K) …), fine
  gold, the 24K buying rate, its value, Less: Melting loss (x%), Amount paid, IMPS / NEFT to seller's a/c, UPI,
  cash, IMPS Ref No. / UTR / UPI Ref No.; PAID / UPI PAYOUT FAILED / PAYOUT PENDING - NEFT IN PROCESS, the stamp.
* ``gold_loan``: the shop's gold-loan desk, a licensed pawn broker (paper or e-mail): GOLD LOAN / INTEREST /
  REPAYMENT RECEIPT (the desk on top, the payee; Receipt No., Date / Paid on, Loan No. / Pledge No. / Loan A/c No.,
  the borrower, Loan date / Pledged on, the ornaments pledged, Principal, Interest rate x% p.m., Interest (n days),
  Principal repaid on some, Total received / Amount paid, Principal outstanding; RECEIVED / INTEREST PAID / LOAN
  CLOSED - ORNAMENTS RELEASED / UPI NOT CONFIRMED - PENDING) or a DISBURSEMENT VOUCHER (the desk on top, the payer;
  Voucher No., Paid to / Borrower / Payee Name the customer, Loan No., net weight, Appraised / Market value, Loan
  sanctioned (75% LTV), Less: Processing fee + GST, Net amount paid, IMPS to borrower's a/c or cash, IMPS Ref No. /
  RRN / UTR; DISBURSED / PAID / IMPS FAILED - LOAN NOT DISBURSED).
* ``bullion_payment``: the shop paying its bullion dealer by RTGS / NEFT: its bank's acknowledgement (ICICI Bank CIB,
  Axis Bank's app, OnlineSBI - Corporate: heldout124's page, the dealer under Beneficiary Name / Payee /
  Beneficiary) or the dealer's RECEIPT / RECEIPT VOUCHER (paper or e-mail: Receipt / Voucher No., Received from M/s
  the shop, Towards gold bars, Outstanding before, Amount received, RTGS / NEFT, UTR, Credited on / RTGS received on
  / Initiated on; Payment received / Credited / Credit awaited - under verification).
* ``hallmark_invoice``: a BIS-recognised assaying and hallmarking centre's invoice for the shop's consignment (paper
  or its billing page in a browser): the centre on top, its BIS Recognition No., TAX INVOICE / HALLMARKING INVOICE,
  Request No. / Job No. / Consignment No., Invoice No., Invoice Date, Jeweller / Customer / Billed to the shop and
  its BIS Regn No., Gold articles n x 45.00, Silver articles n x 35.00, XRF testing on some, the HUIDs issued,
  CGST / SGST @ 9%, Total, UPI / NEFT / cash / card and its reference; Paid / Payment received / Payment failed /
  Payment pending / Awaiting confirmation.
* ``karigar_voucher``: the shop paying a karigar for job work: KARIGAR / LABOUR / JOB WORK PAYMENT VOUCHER, the shop
  on top (the payer), Voucher / Vr. No., Date, Paid to / Karigar / Payee the artisan or workshop, the work, gold
  issued, ornaments received, wastage allowed, labour / majuri rate per g, labour charges, Less: TDS u/s 194C @ 1%
  on bills over 30,000, Net paid, cash / UPI / IMPS, UPI Ref No. / IMPS Ref No. / RRN; PAID / LABOUR PAID / UPI
  PAYMENT FAILED / IMPS PENDING - CREDIT AWAITED, the stamp.
* ``gold_gateway``: a customer paying the shop's web store through a gateway (Razorpay, PayU, Cashfree, CCAvenue,
  Easebuzz, PhonePe PG; browser or phone, dark on some): the shop on top (Paying / Payment to on some), a gold-rate
  booking advance (Rate locked per g, grams booked, the advance) or a digital-gold purchase (grams of 24K 999, rate,
  value, GST @ 3%), the outcome, the sum large, a card's convenience fee and Total on some, the way, the gateway's
  ids (Payment ID pay_…, Order ID, PayU ID, CF Payment ID, Tracking ID, Easebuzz ID, Transaction ID), a UPI Ref No /
  Bank RRN / Bank Ref No on some, the day.
* ``customer_transfer``: a customer's bank app or net banking after an IMPS, NEFT or RTGS to the shop for a wedding
  order (FedMobile, YONO SBI, HDFC Bank NetBanking, Canara ai1, iMobile Pay, Axis Bank Internet Banking, Karnataka
  Bank Moby, SIB Mirror+): heldout124's page, the shop (its company on many) under Beneficiary Name / Payee /
  Beneficiary, the account, IFSC, the mode, UTR / IMPS Ref No and the bank's Reference No. / Transaction ID / Txn Ref
  No on some, the day, the debit account, Purpose / Remarks.
* ``booking_refund``: the shop refunding a cancelled gold-rate booking (paper or e-mail): REFUND VOUCHER / ADVANCE
  BOOKING CANCELLATION - REFUND, the shop on top (the payer), Refund Voucher / Voucher No., Date / Refund date, Refund
  to / Paid to / Payee Name the customer, Booking No. / Rate Booking No., Booked on, the rate and grams booked, the
  reason, Advance paid, Less: Cancellation charges / Rate difference on some, Refund amount, NEFT / UPI / reversal to
  card / cash with UTR / UPI Ref No. / ARN / RRN; REFUNDED / REFUND PAID / REFUND FAILED / REFUND INITIATED - CREDIT
  IN 2-3 DAYS / Refund pending.

Outcomes: a failed and a pending page in every family. Absent fields: each family leaves out the id on one page (no
UTR, UPI reference, RRN, IMPS reference, ARN, approval code, bank reference, gateway, payment or transaction id,
order, request, job, consignment or booking number, invoice, bill, receipt, voucher or purchase number; member,
card, scheme, loan, pledge, licence, BIS, HUID, MID, TID, batch, PAN and account numbers stay) and the day on one
(no date anywhere: no due, loan, pledge or booking day either; an e-mail's hour at most). Sums: ₹ (faces that draw
it), Rs., Rs, RS., INR, /- on counter paper, none on some slips; lakh grouping on most, western and plain on some;
rates as "<sum> per g". Faces: heldout119's lists. Frames: heldout121's ``compose`` (its rubber stamp on invoices,
old-gold and karigar vouchers). Seeds ``heldout132-<i>``.

Truth conventions (README "Receipt fields"; *settled* where this set chose):

* merchant_name: the one paid, as printed: the shop (its company on some) on customers' UPI screens and bank
  transfers (Paid to / To / Sent to; Beneficiary Name / Payee / Beneficiary), on top of its scheme receipts and
  invoices, under the terminal's name on a charge slip, on top of its web store's gateway page; the bullion dealer
  under Beneficiary Name / Payee on the shop's bank page and on top of its own receipt (never M/s the shop under
  Received from); the hallmarking centre on top of its invoice (never the "BIS Recognised …" line over it, nor the
  shop under Jeweller / Customer / Billed to). Never a bank, app, terminal maker, gateway, BIS or the payer.
  *settled*: an old-gold purchase voucher, a karigar's voucher, a gold-loan disbursement voucher and a booking
  refund are payments the shop (or its desk) makes: their payee is the customer, karigar, workshop or borrower under
  Paid to / Seller / Payee / Karigar / Borrower / Payee Name / Refund to, and the name on top is the payer.
  *settled*: on the gold-loan desk's interest / repayment receipt the desk on top (… Gold Loans, … Gold Loan Desk,
  … Loan Counter) is the payee: a lender paid interest is the one paid, never the borrower.
* amount / currency: the sum this payment moved, INR everywhere. *settled*: a scheme receipt's instalment, or its
  Total received where a late fee is added (never the total paid so far); an invoice's Amount received (after an
  old-gold exchange: the Net payable, never the Invoice total; a PART PAID bill's part, never its Balance due); a
  charge slip's TOTAL AMOUNT with the card surcharge (never the BASE AMOUNT), an EMI slip's TXN AMOUNT (never the EMI
  or the total payable with interest); an old-gold voucher's Amount paid after the melting loss (never the gold
  value); a loan receipt's Total received / Amount paid (interest plus any principal repaid; never the principal or
  what is outstanding); a disbursal's Net amount paid after the processing fee (never the loan sanctioned or the
  appraised value); a karigar's Net paid after TDS (never the labour charges); a gateway page's large sum (digital
  gold with its GST, a card's convenience fee included); a refund's Refund amount (never the advance paid); a dealer's
  Amount received (never the outstanding before).
* status: as printed (Payment Successful, Paid successfully, Money sent, INSTALMENT RECEIVED, PAID, Payment received,
  PAID - THANK YOU, PART PAID, APPROVED, TXN APPROVED, RECEIVED, INTEREST PAID, LOAN CLOSED - ORNAMENTS RELEASED,
  DISBURSED, Transaction Successful, Funds transferred successfully, RTGS transfer successful, Credited, LABOUR PAID,
  REFUNDED, REFUND PAID success; Transaction failed, Payment declined, UPI PAYMENT FAILED - NOT CREDITED TO SCHEME,
  UPI PAYMENT FAILED, DECLINED, UPI PAYOUT FAILED, IMPS FAILED - LOAN NOT DISBURSED, Returned by beneficiary bank,
  IMPS transfer failed, Payment failed, REFUND FAILED - UPI ID INACTIVE failed; Payment processing, PAYMENT PENDING -
  WILL BE CREDITED ON CONFIRMATION, PAYMENT PENDING - NEFT CREDIT AWAITED, TXN PENDING, PAYOUT PENDING - NEFT IN
  PROCESS, UPI NOT CONFIRMED - PENDING, Credit awaited - under verification, Awaiting confirmation, IMPS PENDING -
  CREDIT AWAITED, Pending at beneficiary bank, NEFT under process, REFUND INITIATED - CREDIT IN 2-3 DAYS pending).
  *settled*: PART PAID a success (money moved: the part); LOAN CLOSED - ORNAMENTS RELEASED a success; a refund
  INITIATED is pending (the customer has not been credited yet).
* date: the day paid (a receipt's, invoice's, slip's, voucher's Date / Dated / Invoice Date / DATE; Paid on,
  Received on, Disbursed on, Refund date, Credited on, RTGS / NEFT received on, Transaction Date, Value Date, Date &
  Time, Transferred on, Payment date; Attempted on, Returned on, Initiated on on the failures and the waits). Never
  Next due on / Next instalment due, Loan date / Pledged on, Booked on, an e-mail's hour.
* payment_method: UPI, card (a charge slip, an EMI slip, a debit card at the loan counter, a card's reversal),
  cash, "netbanking" for NEFT / RTGS / IMPS and Net Banking; wallet for a wallet on a gateway page. *settled*: the
  shop's payouts "IMPS / NEFT to seller's a/c", "IMPS to borrower's a/c" and a karigar's IMPS are "netbanking".
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / ARN, then a bank
  reference (Bank Ref No., Bank Reference, Reference No., Txn Ref No), then a transaction / payment id (Transaction
  ID, Payment ID, pay_…, PayU ID, CF Payment ID, Tracking ID, Easebuzz ID), then an approval code (APPR / AUTH CODE,
  Approval / Auth Code), then an order's number (Order ID, Order No; *settled*: a hallmarking Request No. / Job No. /
  Consignment No. names the hallmarking order, and a rate booking's Booking No. / Rate Booking No. names the order a
  refund is for: the order family, above the voucher's number), then a document's own number (Invoice / Inv / Bill
  No., INVOICE NO, Receipt / Rcpt / Voucher / URD Voucher / Purchase / Vr. / Disbursal Voucher / Refund Voucher No.).
  Never an HUID, a BIS Recognition No. or BIS Regn No., a scheme member, card or scheme account number, a loan,
  pledge or loan account number, a pawn broker's licence number, MID, TID, batch, PAN, Aadhaar, GSTIN, account
  number, IFSC, mobile number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout132_families import (
    booking_refund,
    bullion_payment,
    card_slip,
    compose,
    customer_transfer,
    customer_upi,
    gold_gateway,
    gold_loan,
    hallmark_invoice,
    jewellery_invoice,
    karigar_voucher,
    old_gold_voucher,
    scheme_instalment,
)

SPLIT = "heldout132"

FAMILIES: list[Family] = [
    ("customer_upi", customer_upi, SCREEN_FACES),
    ("scheme_instalment", scheme_instalment, PAGE_FACES),
    ("jewellery_invoice", jewellery_invoice, BILL_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("old_gold_voucher", old_gold_voucher, BILL_FACES),
    ("gold_loan", gold_loan, PAGE_FACES),
    ("bullion_payment", bullion_payment, PAGE_FACES),
    ("hallmark_invoice", hallmark_invoice, PAGE_FACES),
    ("karigar_voucher", karigar_voucher, BILL_FACES),
    ("gold_gateway", gold_gateway, SCREEN_FACES),
    ("customer_transfer", customer_transfer, SCREEN_FACES),
    ("booking_refund", booking_refund, PAGE_FACES),
]


def make_heldout132_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout132 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
