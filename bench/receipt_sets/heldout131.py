"""heldout131: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a seventeenth random day's proofs of payment, as a mobile phone and electronics shop with
a repair counter (in Siliguri, Jamshedpur, Ajmer, Kolhapur, Tirunelveli, Hubli, Bareilly and Kottayam) receives them
from customers and lenders in 2026 and pays its own distributors, service centres and customers. One payment per
page, no lists or threads.

* ``customer_upi``: a customer's UPI app paying the shop's QR at the counter (PhonePe, Google Pay, Paytm, CRED, BHIM,
  Amazon Pay, Navi, MobiKwik; dark on CRED and some others): heldout125's result screen, the shop (its repair
  counter on some) under Paid to / To / Sent to, a note of what it paid for on most.
* ``finance_disbursal``: a consumer-durable lender's disbursement advice to the dealer (Bajaj Finserv, HDB, Home
  Credit, TVS Credit, IDFC FIRST; e-mail, dealer portal, paper): the lender on top (the payer), Dealer Name / Paid to
  / Beneficiary Name the shop, Dealer Code, borrower, Loan A/c No. / Agreement No., the phone, invoice value, Less:
  down payment, dealer subvention, processing fee, Net disbursed amount, NEFT / RTGS, Disbursement Ref No. / ID, UTR,
  Disbursement Date / Disbursed on / Value Date; Status Disbursed / Credited to dealer / Returned / In process.
* ``emi_slip``: the counter terminal's card EMI charge slip (Pine Labs, HDFC, ICICI, SBI Payments, Axis, Mswipe,
  Worldline, Ezetap; monospace): the shop under the terminal's name, MID, TID, DATE, BATCH, INVOICE NO, EMI SALE /
  BANK EMI / BRAND EMI, the issuer and card masked, the product, item price and instant discount on some, TXN
  AMOUNT, TENURE, INTEREST RATE, EMI AMOUNT, TOTAL PAYABLE; APPR CODE, RRN; APPROVED / DECLINED / TXN PENDING.
* ``phone_invoice``: the shop's TAX INVOICE for a phone with IMEI 1 / IMEI 2 and serial number, accessories on some,
  taxable value, CGST / SGST @ 9%, Total, Amount received (a part with Balance due on two), cash / UPI / card; PAID /
  PART PAID / UPI PAYMENT FAILED / PAYMENT PENDING in a row and in the shop's rubber stamp.
* ``job_sheet``: the repair counter's JOB SHEET (an advance: Estimate, Advance paid, Balance on delivery, Expected
  delivery) or SERVICE / DELIVERY RECEIPT (Final bill, Less: Advance paid earlier, Balance received): Job No., Date /
  Received on / Delivered on, customer, device, IMEI, fault; cash / UPI / card; ADVANCE RECEIVED / PAID - DELIVERED /
  UPI PAYMENT FAILED / UPI NOT CONFIRMED - PENDING.
* ``service_invoice``: a brand's authorised service centre's invoice for an out-of-warranty repair the shop took
  there (Samsung, Xiaomi, Apple authorised, OnePlus, vivo; paper or a portal's page): the brand's service name on
  top, the centre's business under it, Service Request No. / Job No., Invoice No., Invoice Date, Customer the shop,
  model, IMEI, parts, labour, CGST / SGST, Total, card (approval code, RRN) or UPI; Payment Status Paid / Payment
  received / Payment failed / Payment pending / Awaiting confirmation.
* ``distributor_payment``: the shop paying its distributor for stock: its bank's NEFT / RTGS / IMPS acknowledgement
  (HDFC NetBanking, Kotak's app, OnlineSBI corporate: heldout124's page, the distributor under Beneficiary Name /
  Payee) or the distributor's PAYMENT RECEIPT (paper or e-mail: Receipt No., Received from M/s the shop, Towards,
  Outstanding before, Amount received, NEFT / RTGS, UTR, Credited on; Payment received / NEFT returned / Credit
  awaited).
* ``buyback_voucher``: the shop buying a customer's old phone: BUYBACK VOUCHER (the shop on top, the payer), Voucher
  No., Date, Paid to / Payee / Seller name the customer, ID proof, the old phone and IMEI, Quoted price, Less:
  deductions for its condition, Amount paid, UPI / IMPS / cash; PAID / UPI PAYOUT FAILED / PAYOUT PENDING, the stamp.
* ``recharge_receipt``: a prepaid mobile or DTH recharge from the shop's retailer app (PayNearby, Spice Money, Airtel
  Mitra, Jio POS Plus, Roinet Xpresso, Vi Smart Connect; dark on some): the outcome, the sum large, Operator /
  Biller, the customer's mobile or subscriber id, the plan, Paid from the app's wallet, Txn ID, Operator Ref No.,
  the day, the retailer's margin and wallet balance; Recharge Successful / Failed / Pending.
* ``protection_plan``: a customer's extended-warranty or device-protection plan (Onsitego, OneAssist, Servify Care,
  Acko, ICICI Lombard, Digit; e-mail, app, browser): the provider on top, the plan, device, IMEI, customer, Policy /
  Membership No., Purchased at the shop, plan price, GST @ 18%, Amount paid, card / UPI, Order ID, Transaction ID /
  Payment ID, a bank or UPI reference on some, Payment date, Valid till.
* ``pickup_link``: a customer paying the repair counter's pickup-and-drop charge by a payment link (Razorpay, PayU,
  Cashfree, Easebuzz, PhonePe PG, CCAvenue; browser or phone): Paying / Payment to the shop, what for, the outcome,
  the sum large (Amount, Convenience fee and Total on some cards), the way, the gateway's ids, a UPI or bank
  reference on some, the day, a pickup slot on some.
* ``return_refund``: the shop refunding a returned phone (paper or e-mail): REFUND VOUCHER / CREDIT NOTE - REFUND,
  Refund Voucher No. / Credit Note No., Date / Refund date, Refund to / Paid to / Payee Name the customer, the phone
  and IMEI, the reason, Bill value, Less: restocking fee on some, Refund amount, UPI / reversal to card / NEFT / cash
  with UPI Ref No. / ARN / RRN / UTR; REFUNDED / REFUND FAILED / REFUND INITIATED.

Outcomes: a failed and a pending page in every family. Absent fields: each family leaves out the id on one page (no
UTR, UPI reference, RRN, ARN, approval code, operator, bank, gateway, disbursement or transaction id, order, job,
service request, invoice, receipt, voucher or credit note number; dealer, loan, agreement, policy, membership,
subscriber, MID, TID, IMEI and serial numbers stay) and the day on one (no date anywhere: an e-mail's hour at most).
Sums: ₹ (faces that draw it), Rs., Rs, RS., INR, /- on counter paper, none on some slips; lakh grouping on most,
western and plain on some. Faces: heldout119's lists. Frames: heldout121's ``compose`` (its rubber stamp on invoices
and buyback vouchers). Seeds ``heldout131-<i>``.

Truth conventions (README "Receipt fields"; *settled* where this set chose):

* merchant_name: the one paid, as printed: the shop (its company or its repair counter on some) on customers' UPI
  screens, under a lender's Dealer Name / Paid to / Beneficiary Name, under the terminal's name on an EMI slip, on
  top of its invoices and job sheets, on a payment link's page; the authorised service centre's business on its
  invoice (never the brand's service name over it, nor the shop under Customer); the distributor under Beneficiary
  Name / Payee on the shop's bank page and on top of its own receipt (never M/s the shop under Received from); the
  plan provider on top of its receipt or on its app's band. Never a bank, app, terminal maker, gateway, lender or
  the payer. *settled*: a buyback voucher and a refund voucher are payments the shop makes: their payee is the
  customer under Paid to / Payee / Seller name / Refund to / Payee Name, and the shop on top is the payer.
  *settled*: a recharge's payee is the operator under Operator / Biller (Airtel Prepaid, Jio Prepaid, Tata Play …),
  as a bill's biller is; the retailer app is only the way.
* amount / currency: the sum this payment moved, INR everywhere. *settled*: a lender's Net disbursed amount to the
  dealer (after the down payment, subvention and processing fee), never the invoice value; a card EMI slip's TXN
  AMOUNT (the sum charged to the card, after an instant discount where one is printed), never the monthly EMI nor
  the total payable with interest (what the cardholder owes the issuer later); a PART PAID invoice's Amount received
  (never its Total or Balance due); a job sheet's Advance paid, or at delivery its Balance received (never the
  estimate, the final bill or the advance paid earlier); a buyback's Amount paid after deductions (never the quoted
  price); a refund's Refund amount (never the bill value or the restocking fee); a link's large total (with its
  convenience fee); a recharge's sum (never the margin or the wallet balance); a plan's Amount paid with GST; a
  distributor's Amount received (never the outstanding before).
* status: as printed (Payment Successful, Paid, Money sent, Transaction Successful, Disbursed, Credited to dealer,
  APPROVED, EMI APPROVED, PAID, PAID - THANK YOU, PART PAID, ADVANCE RECEIVED, RECEIVED, PAID - DELIVERED, Payment
  received, Credited, Funds transferred successfully, Recharge Successful, Plan activated - payment received, Premium
  received, REFUNDED, REFUND PAID success; Payment Failed, Returned - dealer a/c details mismatch, DECLINED, UPI
  PAYMENT FAILED, Payment failed, NEFT returned - credit not received, UPI PAYOUT FAILED, Recharge Failed, REFUND
  FAILED failed; Payment Pending, In process, Disbursal in process, TXN PENDING, PAYMENT PENDING, UPI NOT CONFIRMED
  - PENDING, Awaiting confirmation, Credit awaited - under verification, PAYOUT PENDING, Recharge Pending, REFUND
  INITIATED - CREDIT IN 5-7 DAYS, Refund pending pending). *settled*: PART PAID a success (money moved: the part); a
  refund INITIATED is pending (the customer has not been credited yet).
* date: the day paid (a slip's, invoice's, job sheet's, voucher's Date; Disbursement Date, Disbursed on, Value Date,
  Credited on, NEFT / RTGS received on, Payment date, Paid on, Date & Time, Recharged on, Received on, Delivered on,
  Refund date; Attempted on, Initiated on, Returned on on the failures and the waits). Never Expected delivery /
  Ready by, Valid till, a pickup slot, an e-mail's hour.
* payment_method: UPI, card (an EMI slip, a card's reversal), cash, "netbanking" for NEFT / RTGS / IMPS / Net
  Banking and a lender's disbursal; wallet for a wallet on a link. *settled*: a recharge paid from the retailer app's
  own balance (Main wallet, Retailer balance) is "wallet".
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference (*settled*: a card
  refund's ARN ranks with them), then a bank reference (Bank Ref No., Reference No.; *settled*: a recharge's Operator
  Ref No. / Operator Txn ID, the biller's reference as a BBPS one is), then a transaction / payment / disbursement id
  (Transaction ID, Txn ID, Payment ID, Disbursement Ref No., Disbursal ID), then an approval code, an order's number
  (Order ID; *settled*: a repair Job No. / Job Sheet No. / Job ID and a service centre's Service Request No. / SR No.
  name the repair order: the order family), then a document's own number (Invoice / Inv / Bill / Receipt / Voucher /
  Buyback / Refund Voucher / Credit Note No., INVOICE NO). Never an IMEI or serial number, a loan, agreement, dealer,
  supplier, policy, membership, subscriber, VC, customer, MID, TID, batch or account number, GSTIN, ID proof.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout131_families import (
    buyback_voucher,
    compose,
    customer_upi,
    distributor_payment,
    emi_slip,
    finance_disbursal,
    job_sheet,
    phone_invoice,
    pickup_link,
    protection_plan,
    recharge_receipt,
    return_refund,
    service_invoice,
)

SPLIT = "heldout131"

FAMILIES: list[Family] = [
    ("customer_upi", customer_upi, SCREEN_FACES),
    ("finance_disbursal", finance_disbursal, PAGE_FACES),
    ("emi_slip", emi_slip, SLIP_FACES),
    ("phone_invoice", phone_invoice, BILL_FACES),
    ("job_sheet", job_sheet, BILL_FACES),
    ("service_invoice", service_invoice, PAGE_FACES),
    ("distributor_payment", distributor_payment, PAGE_FACES),
    ("buyback_voucher", buyback_voucher, BILL_FACES),
    ("recharge_receipt", recharge_receipt, SCREEN_FACES),
    ("protection_plan", protection_plan, SCREEN_FACES),
    ("pickup_link", pickup_link, SCREEN_FACES),
    ("return_refund", return_refund, PAGE_FACES),
]


def make_heldout131_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout131 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
