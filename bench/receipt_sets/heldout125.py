"""heldout125: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an eleventh random day's proofs of payment, as an automobile dealership and its service
workshop in Indian cities (Pune, Bengaluru, Hyderabad, Gurugram, Thane, Chennai, Kochi, Ahmedabad; the group's branches
in Dubai and Singapore on two card slips) receive them in 2026: booking amounts, down payments, car-loan disbursals,
motor insurance premiums, FASTag recharges, workshop bills, card slips, accessories and extended warranties, RTO
registration and road tax, refunds of cancelled bookings and payouts for exchange cars, payment links and the car
makers' online bookings, from Rs 150 to Rs 25,00,000, paid by UPI, cards (an EMI sale on one slip), net banking,
NEFT, RTGS and IMPS, wallets, cash and cheques. One payment per page, no lists or threads.

* ``booking_upi``: a customer's UPI app paying the dealer (PhonePe, Google Pay, Paytm, CRED, BHIM, Amazon Pay,
  WhatsApp Pay, MobiKwik; dark on CRED and some others, an iPhone's bars or an Android navigation bar, a
  notification banner on one): the outcome, the sum large, Paid to / To / Sent to (Paying to / Payment to on a
  failure or a wait) over the dealer, its handle, UPI Ref No / UPI Reference No. / UTR / UPI Transaction ID and the
  app's own id on some, the day, Debited from, a note ("Booking amount Creta", "Service bill").
* ``oem_booking``: a car maker's app or site after an online booking (Maruti Suzuki, Hyundai Click to Buy, Tata
  Motors, Mahindra, Kia India, Toyota, MG Motor India, Honda): Booking confirmed / Payment failed - booking not
  confirmed / Booking on hold - payment pending, the booking amount (large on apps), Booking ID / Booking Reference /
  Booking No, Model, Colour, Paid to / Booking amount received by / Dealer (payee) / Payee over the dealer, the
  customer, a masked mobile, Payment mode, Transaction ID / Payment ID / Txn ID, UPI Ref No / Bank Ref No on some,
  Booking date / Paid on / Booked on, Expected delivery (weeks, or a later day).
* ``down_payment``: a customer's net banking or bank app after an NEFT, RTGS or IMPS of the down payment to the
  dealer's company (Bank of Baroda bob World, PNB ONE, Union Bank, FedMobile, Karur Vysya Bank, Canara ai1, South
  Indian Bank, RBL MoBank): the outcome, Amount, Beneficiary Name / Payee / Beneficiary / To, account and IFSC,
  Transfer Mode, UTR / IMPS Ref No / RRN and the bank's Reference No. / Transaction ID / Txn Ref No on some, the
  day, Debit Account, Purpose, Remarks, Charges, GST on Charges and Total Amount Debited on some.
* ``loan_disbursal``: a lender's advice of a car loan paid to the dealer (HDFC Bank, Mahindra Finance, Chola, SBI
  RACPC, Tata Capital, Kotak Prime, Sundaram Finance, Toyota Financial Services; e-mail, letter, portal PDF): the
  lender on top, Dealer / Beneficiary / Paid to / Dealer Name, Borrower, Loan A/c No / Agreement No, the vehicle,
  Sanction date (another day), Loan amount sanctioned, Less: processing fee, documentation, stamp duty, Net
  disbursement / Amount disbursed / Amount paid to dealer, Mode RTGS / NEFT, the dealer's account, UTR and Payment
  Ref No / Reference No. on some, Disbursement date / Disbursed on / Value date, First EMI date (later), Status.
* ``insurance_receipt``: a new car's premium receipt from the insurer (ICICI Lombard, Bajaj Allianz, Tata AIG, HDFC
  ERGO, Go Digit, New India Assurance, SBI General, Royal Sundaram; paper or a PDF): the insurer on top (IRDAI and
  CIN), PREMIUM RECEIPT / Receipt cum Tax Invoice, Receipt No, Receipt Date, Received from, Policy No, vehicle,
  registration (NEW on some), engine and chassis numbers, Period of insurance, OD / TP / add-on premiums, GST, Total
  premium, the way and its reference (UPI Ref No, Bank Ref No, Transaction ID), the dealer as Intermediary / Dealer /
  MISP, Premium received / PAYMENT RECEIVED, CHEQUE DISHONOURED - POLICY CANCELLED AB INITIO, PAYMENT PENDING
  REALISATION.
* ``fastag_recharge``: a FASTag recharge in a UPI app's bill payment (PhonePe, Paytm, Google Pay, Amazon Pay, CRED)
  or the issuing bank's portal (ICICI, IDFC FIRST, Axis): the outcome, the sum, Biller / FASTag issuer / Paid to /
  Biller Name over the issuer, Vehicle Number, Tag ID on some, the customer, Tag balance on some, the way,
  Transaction ID / Txn ID / Order ID, UPI Ref No / UTR or B-Connect Txn ID / BBPS Ref No / Bharat BillPay Ref, the day.
* ``jobcard_invoice``: the workshop's job-card invoice (paper or the DMS portal's PDF): the dealer on top with the
  workshop's address and GSTIN, TAX INVOICE / SERVICE INVOICE, Invoice No / Bill No, Invoice Date / Date / Bill Date,
  Job Card No / JC No. and Job card date / Vehicle in (an earlier day), Reg. No., VIN, odometer, service type, parts
  and labour, CGST / SGST, Grand Total, Less: Advance received and Balance paid / Net payable on some, the way (card
  with Appr Code and RRN, UPI with its reference, cash), Next service due (a later day or a distance), PAID / PAYMENT
  RECEIVED - THANK YOU, PAYMENT FAILED, UNPAID.
* ``pos_slip``: a card terminal's customer copy at the service desk (Pine Labs, Ezetap, Mswipe, Paytm EDC, HDFC
  Bank, Worldline, ICICI Bank; Network International in Dubai in AED, NETS in Singapore in SGD), monospace: DATE,
  TIME, MID, TID, BATCH, INVOICE NO / INV NO / BILL NO, the card, APPR / AUTH CODE and RRN / REF NO on approved
  slips, an EMI SALE with tenure, rate and EMI AMOUNT on one, TOTAL / AMOUNT / SALE AMOUNT, APPROVED / DECLINED.
* ``accessories_invoice``: the dealer's accessories or extended-warranty invoice (paper or a PDF in a browser): the
  dealer on top with GSTIN, Invoice No / Inv No, Date, Customer / Bill to / Buyer, vehicle and VIN, items with HSN,
  Taxable value, CGST / SGST (14% or 9%), Total, Amount received / Received (Total payable on the failure and the
  wait), the way and its reference, Cover from (a later day) on warranties, PAID / ** PAID **, PAYMENT DECLINED,
  UNPAID (Payable at delivery).
* ``rto_receipt``: the transport department's receipt for registration and road tax as the dealer's RTO desk pays
  it (Vahan's e-payment receipt in a browser, a state's printed receipt): the department on top, Registering
  Authority, Application No, Registration No / NEW / TEMP, Owner, chassis, vehicle class, Dealer, fee heads, Total,
  Payment Mode (through SBI ePay, PayU, GRAS), Transaction No / Txn ID, Bank Ref No, Receipt No, Receipt Date /
  Payment Date, Tax valid upto (15 years on), Transaction Status / Payment Status / Status.
* ``payout_refund``: money the dealer pays out: a cancelled booking's refund (the dealer's accounts e-mail, a
  gateway's refund tracker in Razorpay's or PayU's name) or an exchange car's PAYMENT ADVICE from the dealer's
  pre-owned arm: the dealer (Refunded by / Dealer / Merchant, or on top), the customer (Refund to / Customer / Paid to
  / Seller / Beneficiary), Booking ID of the cancelled booking and its day, the old car, its agreed price, the loan
  foreclosed and RC transfer charges taken off, Refund amount / Net amount paid, the way, UTR / UPI Ref No / Refund
  ID, Voucher No / Advice No, Refund date / Paid on (Initiated on on the failure and the wait), Status.
* ``payment_link``: a payment link's page after paying the dealer (Razorpay, PayU, Cashfree, CCAvenue, Easebuzz,
  PhonePe PG, Paytm Payment Links; browser or phone): the dealer on top or under Paying / Payment to, what for, the
  outcome, the sum large, Amount + Convenience fee + Total paid on some card payments, Paid via, Payment ID
  (``pay_…``) / PayU ID / CF Payment ID / Tracking ID / Easebuzz ID / Transaction ID / Txn ID and Order ID / Order
  No, UPI Ref No / Bank RRN / Bank Ref No on some, the day, the customer's e-mail, Secured by the gateway.

Outcomes: one failed and one pending in every family but the card slips (two declined, none pending). Absent fields:
each family leaves the id out on one page (no UPI, bank or gateway reference, no booking, receipt, invoice, voucher,
transaction or refund number; a flat loan account, a policy, tag, application, job card, VIN, chassis, engine and
registration number, a MID / TID / batch, a cancelled booking's ID on a refund stay), and the day on one (no date
anywhere: delivery in weeks, a warranty's cover in years, lifetime tax, no CIN with a year, no sanction or EMI day;
an e-mail's header gives an hour only). Sums: rupees as ₹ (only in faces that draw it), Rs., Rs or INR, lakh grouping
mostly and western on some; AED and SGD on two slips. Days: heldout121's PATS and SLIP_PATS, with an hour on
screens. Faces: heldout119's SCREEN_FACES for app and bank screens, PAGE_FACES for the lender's advice, insurance,
RTO, refunds and the accessories invoice, SLIP_FACES for the card slips, BILL_FACES for the job-card invoice; every
text checked glyph by glyph. Frames are heldout121's ``compose``. Degraded copies by ``heldout14_render.degrade``:
every screen is photographed off the display; invoices, advices, receipts and slips are paper. Seeds are
``heldout125-<i>`` (``heldout14_render.family_set``).

Truth conventions (README "Receipt fields"; heldout124's, heldout123's and heldout122's where the README is silent;
those this set had to settle are marked *settled*):

* amount: the sum this payment moved (or tried to move), as "1234.50": a UPI or app screen's large sum, a
  transfer's Amount (never the Total Amount Debited with charges), a slip's TOTAL (never an EMI AMOUNT), a premium
  receipt's Total premium with GST (never OD, TP, add-ons or Net premium), an RTO receipt's Total (never a fee
  head), a FASTag's recharge (never the Tag balance). *settled*: a loan disbursal's Net disbursement (what reached
  the dealer), never the Loan amount sanctioned or the deductions; a job-card invoice with an advance taken off is
  the Balance paid / Net payable (README: a part paid before is never the amount), never the Grand Total; an
  accessories invoice's Total with GST received; a payment link's Total paid with its convenience fee (heldout113's
  fee_added); a refund's Refund amount (the booking amount less cancellation charges) and an exchange payout's Net
  amount paid (the agreed price less the loan foreclosed and RC transfer charges). On the failed and pending pages
  the sum tried (an unpaid invoice's Total payable).
* currency: INR on every page but the Dubai slip (AED) and the Singapore slip (SGD).
* status: the outcome as printed. Success: Payment Successful, Paid successfully, Transaction Successful, Money
  sent, Booking confirmed, <mode> transfer successful, Funds transferred successfully, Status Disbursed / Paid /
  Credited to dealer, Premium received, PAYMENT RECEIVED, Recharge Successful, Bill paid successfully, PAID, Paid in
  full, APPROVED, Success, Refund processed / credited, Payment released. Failed: Payment Failed, Payment declined,
  Payment failed - booking not confirmed, Returned by beneficiary bank, <mode> transfer failed, Returned - A/c name
  mismatch, CHEQUE DISHONOURED - POLICY CANCELLED AB INITIO, Recharge Failed, PAYMENT FAILED, Card declined,
  DECLINED, PAYMENT DECLINED, Failed / Failure, Refund failed, Payment returned by beneficiary bank. Pending:
  Payment Pending / processing, Booking on hold - payment pending, Payment awaiting confirmation, Pending at
  beneficiary bank, <mode> under process, Under process, Initiated - awaiting credit, PAYMENT PENDING REALISATION,
  Recharge Pending, UNPAID, Payment pending, Pending - double verification, Refund initiated / in progress.
  *settled*: a loan's Status Disbursed is a success (the money reached the dealer); the footers' terms ("Cover is
  subject to realisation", "refundable as per the cancellation policy") state no outcome.
* date: the payment's day, ISO. Never an Expected delivery / Tentative delivery date, a Sanction date, a First EMI
  date, a Period of insurance, a Job card date / Vehicle in, a Next service due, a warranty's Cover from, a Tax
  valid upto, a cancelled booking's Booked on / Cancelled on, an e-mail header's hour, the status bar's clock.
  *settled*: an OEM's Booking date / Booked on is the day paid (the amount is paid to book); a job-card or
  accessories invoice's own Date / Invoice Date is the day paid; a disbursal's Disbursement date / Disbursed on /
  Value date; a premium receipt's Receipt Date; a refund's Refund date / Refunded on, and on a failed or initiated
  one its Initiated on (heldout124).
* merchant_name: the one paid, as printed: the dealer (after Paid to / To / Sent to / Paying to / Payment to, under
  Beneficiary Name / Payee / Beneficiary / Dealer / Dealer Name / Booking amount received by / Dealer (payee) on an
  OEM's page, on top of its own invoice, slip or payment link), the insurer on top of its receipt, the FASTag issuer
  after Biller / FASTag issuer / Paid to / Biller Name, the transport department on top of its receipt. Never a UPI
  app, a bank or its app, a car maker whose app or site it is, a lender on top of its advice, a payment gateway, the
  customer, borrower, insured or owner, the dealer named as an insurer's Intermediary / MISP or as the Dealer on an
  RTO receipt, the terminal's vendor on a slip. *settled*: a loan disbursal is paid to the dealer (never the
  lender, nor the borrower whose loan it is); a refund or an exchange car's payout is recorded with the dealer
  that pays it (heldout123's and heldout124's refunds: the party that refunds), never the customer who receives it;
  an RTO receipt's payee is the department on top (the Registering Authority under it names its office).
* payment_method: "UPI" on UPI screens, a gateway's UPI and UPI at a counter or through a government gateway; "card"
  on slips, card payments and a refund to the original card; "netbanking" for NEFT, RTGS and IMPS (bank apps, a
  lender's disbursal, a dealer's payout), Net Banking; "wallet" for Amazon Pay Balance, Paytm Wallet, MobiKwik
  Wallet; "cash" for cash. A cheque is none: None; an unpaid invoice names no way: None.
* transaction_id: at most one, as printed, the highest family printed: a UPI reference, UTR, RRN, IMPS Ref No; then
  a bank's reference (Bank Ref No, Reference No., Txn Ref No, Payment Ref No, B-Connect Txn ID, BBPS Ref No, a card
  refund's ARN); then a transaction or payment id (Transaction ID, Txn ID, Payment ID, PayU ID, CF Payment ID,
  Tracking ID, Easebuzz ID, Refund ID, Transaction No); then an approval code; then an order's or booking's number
  (Booking ID, Order ID, Order No); then a document's own (Receipt No, Invoice No, Bill No, INVOICE NO on a slip,
  Voucher No / Advice No). A gateway's ``pay_…`` and ``rfnd_…`` ids keep their case. *settled*: a refund's Booking ID
  is the cancelled booking's number, never the refund's id; never a Loan A/c No or Agreement No, a Policy No, a Tag
  ID, an Application No, a Job Card No, a VIN, chassis, engine or registration number, a MID, TID or batch, an
  IRDAI or GSTIN number, an HSN code, a mobile number or an account.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout125_families import (
    accessories_invoice,
    booking_upi,
    compose,
    down_payment,
    fastag_recharge,
    insurance_receipt,
    jobcard_invoice,
    loan_disbursal,
    oem_booking,
    payment_link,
    payout_refund,
    pos_slip,
    rto_receipt,
)

SPLIT = "heldout125"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), heldout119's lists; ₹, • and the ticks
# are printed only in faces that draw them, and every text is checked against its face.
FAMILIES: list[Family] = [
    ("booking_upi", booking_upi, SCREEN_FACES),
    ("oem_booking", oem_booking, SCREEN_FACES),
    ("down_payment", down_payment, SCREEN_FACES),
    ("loan_disbursal", loan_disbursal, PAGE_FACES),
    ("insurance_receipt", insurance_receipt, PAGE_FACES),
    ("fastag_recharge", fastag_recharge, SCREEN_FACES),
    ("jobcard_invoice", jobcard_invoice, BILL_FACES),
    ("pos_slip", pos_slip, SLIP_FACES),
    ("accessories_invoice", accessories_invoice, PAGE_FACES),
    ("rto_receipt", rto_receipt, PAGE_FACES),
    ("payout_refund", payout_refund, PAGE_FACES),
    ("payment_link", payment_link, SCREEN_FACES),
]


def make_heldout125_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout125 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
