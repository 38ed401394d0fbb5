"""heldout136: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a rooftop-solar installer's day in 2026 (in Rajkot, Aurangabad, Hubballi, Bareilly,
Thrissur, Raipur, Karnal and Madurai), told by the proofs of payment that pass through it: what homeowners and small
businesses pay it (booking tokens, a project's milestones, AMC renewals), what it pays (the electricity distribution
company's fees, module, inverter and cable suppliers, structure fabricators), what a bank pays it for a customer's
solar loan, the subsidy credited to its customer, refunds of cancelled bookings and a finance company's EMI
receipts. One payment per page, no lists or threads.

* ``booking_upi``: a homeowner's UPI app paying a booking token or a site-survey fee (Google Pay, super.money,
  PhonePe, WhatsApp, Paytm, BHIM, Amazon Pay, CRED; dark on CRED and some others): heldout125's result screen, the
  installer (its company on some) under Paid to / To / Sent to (Paying to / Payment to on a failure or a wait), a
  note (Solar booking token, Site survey fee, Token for PM Surya Ghar) on most; Payment Successful / Paid
  successfully / Transaction Successful / Money sent / Payment Failed / Transaction failed / Payment declined /
  Payment Pending / Payment processing / Transaction pending.
* ``milestone_transfer``: a homeowner's or small business's bank app or net banking after an NEFT, RTGS or IMPS for a
  milestone (Kotak Mobile Banking, FedMobile, IDFC FIRST Bank NetBanking, IndusInd Mobile, OnlineSBI Corporate, KBL
  Mobile Plus, SIBerNet, Yes Bank IRIS): heldout124's page, the installer under Beneficiary / Credited to / Payee
  Name, the account and IFSC, the mode, UTR / RRN / IMPS Ref No and the bank's Bank Reference No. / Txn No. /
  Reference ID on some, the day, the debit account, Purpose / Remarks / Narration (Solar 2nd instalment, 10 kW
  rooftop - 60%); Transaction Successful / Funds transferred successfully / <mode> transfer successful / Transaction
  Failed / Returned by beneficiary bank / <mode> transfer failed / Pending at beneficiary bank / <mode> under
  process / Transaction in process.
* ``milestone_invoice``: the installer's TAX INVOICE CUM MILESTONE RECEIPT / MILESTONE INVOICE - ROOFTOP SOLAR /
  RECEIPT - PROJECT MILESTONE (paper): Invoice / Receipt / Inv. No., Invoice Dt. / Receipt Date / Dated, Customer /
  Client / Billed to (a homeowner or M/s a business), Consumer No. / Service Conn. No., Application No. (NP-…), the
  system (n x Wp modules = kWp) and the inverter, Contract value (incl. GST) / Project value, the three milestones
  with their shares and sums, Received earlier / Less: received till date, This milestone / Milestone n value,
  Amount received / Received now / Paid (a part with Balance of this milestone on two), Amount due / Milestone n
  payable on an unpaid one, Balance contract value / Balance payable, the GST @ 8.9% composite note, cash / UPI /
  NEFT / card and UPI Ref / UTR / Auth Code / Approval No. / RRN; PAID / MILESTONE PAID / RECEIVED WITH THANKS /
  PART PAID / <way> FAILED - MILESTONE UNPAID / NEFT RETURNED - MILESTONE UNPAID / PAYMENT DUE (- <milestone>) in a
  row and in the installer's rubber stamp.
* ``discom_fee``: the electricity distribution company's receipt for the fees the installer pays on a consumer's
  behalf (PGVCL, MSEDCL, HESCOM, MVVNL, KSEB, CSPDCL, UHBVN, TNPDCL): its portal's ONLINE PAYMENT RECEIPT /
  e-RECEIPT - ROOFTOP SOLAR FEES / Payment Acknowledgement (a browser; BillDesk Txn ID / Transaction Ref No.,
  SBIePay Ref ID, PayU ID, Payment ID pay_…, Bank Ref. No. / Bank Reference or UPI Ref No / Bank RRN on some) or its
  sub-division's CASH RECEIPT / MONEY RECEIPT - RTS / RECEIPT (CONSUMER COPY) (paper): the DISCOM on top (its long or
  short name), Receipt No. / Receipt Number / e-Receipt No., Application No., Consumer / Service No., Consumer Name,
  Paid by / Vendor the installer, the fee heads (net metering application, registration, bi-directional meter
  testing or cost, feasibility, grid connectivity, meter change), GST @ 18% on some, Total Amount Paid / Amount
  Paid / Total, Payment Mode / Paid through, Gateway, Payment Date / Txn Date / Date & Time / Attempted on / Receipt
  Date / Date, Cashier / Counter; Payment Successful / Transaction Successful / Transaction Failed / Payment Failed
  / Payment Pending - status will be updated / Transaction Pending / PAID / RECEIVED.
* ``supplier_payment``: the installer paying a module, inverter or cable supplier or a structure fabricator (Waaree,
  Vikram Solar, Premier Energies, Sungrow, Havells, a cable distributor, two fabricators): the supplier's PAYMENT
  RECEIPT / PARTNER PAYMENT ACKNOWLEDGEMENT / RECEIPT VOUCHER / MONEY RECEIPT (e-mail, partner portal or paper):
  Receipt / Voucher / Collection No., Against PO No. / Sales Order No., Received from / Partner / Party M/s the
  installer, Partner / Customer Code, Towards (540 Wp modules x 60 nos, 5 kW inverters x 4, GI structure - 4 sites),
  Amount received / Amount, RTGS / NEFT / IMPS / UPI / cash and UTR / RTGS UTR / NEFT Ref / IMPS Ref / UPI Ref, Value
  date / Received on / Date / Returned on / Initiated on, Outstanding after this receipt / Balance outstanding;
  Payment received / Credited to partner account / RECEIVED WITH THANKS / <mode> returned - not credited / Under
  reconciliation - credit awaited.
* ``card_slip``: the installer's experience centre's card terminal slip (Razorpay POS, Ezetap, BharatPe, Kotak Bank,
  Federal Bank, Yes Bank, IDFC FIRST Bank, Pine Labs; monospace): the installer in capitals and its town, MERCHANT ID
  / MID, TERMINAL ID / TID, DATE/TIME or DT and TM, BATCH#, INV# / BILL#, SALE or EMI SALE (TENURE, INTEREST and EMI
  AMT), TXN AMOUNT / SALE AMT / AMOUNT, the card, APPROVAL CODE / APPR, RRN / REF#; APPROVED / TRANSACTION APPROVED /
  DECLINED / TRANSACTION DECLINED / PENDING (NO RESPONSE FROM HOST).
* ``loan_disbursement``: a bank's LOAN DISBURSEMENT ADVICE / ADVICE OF DISBURSEMENT - ROOFTOP SOLAR LOAN / PAYMENT
  ADVICE TO VENDOR paying the installer a customer's solar loan (SBI, Bank of Baroda, Canara Bank, PNB, Union Bank of
  India, Indian Bank, Bank of India, Central Bank of India; paper or e-mail): the bank and branch on top, Advice No.
  / Ref. No., Borrower / Name of borrower, Loan A/c No. / Loan Account, Application No., Scheme, System, Project cost
  / Cost of system, Margin paid by borrower, Loan sanctioned / Sanctioned limit, Sanctioned on / Sanction date,
  Disbursed earlier on a final tranche, Amount disbursed to vendor / Disbursement amount / Amount released / Amount,
  Vendor / Dealer / Beneficiary the installer, its account and IFSC, NEFT / RTGS, UTR / UTR No., Journal No. / Txn
  Journal on some, Date of disbursement / Value date / Disbursed on / Returned on / Initiated on; DISBURSED (-
  CREDITED TO VENDOR A/C) / CREDITED TO VENDOR / DISBURSEMENT RETURNED - A/C NAME MISMATCH / RETURNED BY BENEFICIARY
  BANK / DISBURSEMENT UNDER PROCESS / PENDING - AWAITING INSPECTION REPORT.
* ``subsidy_credit``: the central subsidy (CFA: 30,000 a kW for two kW, 18,000 for the third) credited to the
  installer's customer under PM Surya Ghar: the customer's bank's SMS ("Dear <NAME>, your A/c XX1234 is credited
  with Rs.78,000.00 on … by NEFT from PFMS-MNRE towards PM Surya Ghar CFA. UTR …"; heldout106's messages screen), the
  national portal's Subsidy Status / CFA Release Details / Track Application - Subsidy page (a browser) or its
  e-mail: Application No., Consumer No., DISCOM, Beneficiary Name / Name of applicant, Vendor / Installed by the
  installer, Capacity, Installed / Commissioned on and Inspected on / DISCOM inspection, Project cost / System cost
  on some, CFA amount released / Subsidy amount / CFA credited, the bank account credited, DBT - NEFT (PFMS), UTR /
  UTR No. / Bank UTR, PFMS Txn ID / EPS No., Credited on / Released on / Date of credit / Returned on / Initiated
  on; Credited / Subsidy released - credited / Released to beneficiary / Payment failed - account validation failed
  / Rejected by bank - name mismatch / Sent to bank for payment / Under process at PFMS.
* ``amc_gateway``: a homeowner renewing the system's AMC through the installer's payment link (Cashfree, PayU,
  Razorpay, Easebuzz, CCAvenue, Instamojo, Paytm Payment Links, PhonePe PG; browser or phone, dark on some): the
  installer's service desk on top (Merchant / Pay to on some), the outcome, the sum large, Plant / Site ID, the
  system, the plan's lines (comprehensive AMC, panel cleaning visits, inverter extended warranty, remote monitoring,
  earthing check), GST @ 18%, Total payable / Total, AMC valid till / Cover up to, the way, the gateway's ids (pay_…
  and order_…, PayU ID / Transaction ID, Order ID and CF Payment ID, Easebuzz ID, Tracking ID and Order No, MOJO…
  Payment ID and Payment Request ID, Order ID and Txn ID, OM… Transaction ID), UPI Ref No / UPI RRN / Bank Ref No on
  some, the day; Payment Successful / AMC renewed - payment received / Payment successful / Payment Failed /
  Payment failed - AMC not renewed / Payment Pending / Payment in progress.
* ``cheque_collection``: a customer's cheque the installer's bank collected (Rajkot Nagarik Sahakari Bank, Deogiri
  Nagari Sahakari Bank, Karnataka Bank, Bank of India, Dhanlaxmi Bank, Chhattisgarh Rajya Gramin Bank, Punjab
  National Bank, Karur Vysya Bank): OUTWARD CLEARING - CREDIT ADVICE / INSTRUMENT REALISATION ADVICE, RETURNED
  INSTRUMENT ADVICE, INSTRUMENT LODGED FOR CLEARING (paper) or its net banking's Outward Cheque Status (a browser):
  the bank and branch on top, Value Date / Realised on / Return Date / Returned on / Lodged on / Presented on,
  Beneficiary A/c Name / Credited to / Customer the installer, its account, Remitter / Drawer / Issued by, Instrument
  No. / Instr. No., Instrument Dt. / Instr. Date, Drawn on / Drawee, Clearing (CTS), Lodgement / Slip No. on some,
  Instrument Amount / Amount, Credit Txn ID / Journal Ref, Return charges (incl. GST) on a returned one; REALISED /
  CREDITED / STATUS: REALISED - CREDITED / RETURNED - SIGNATURE DIFFERS / RETURNED - PAYMENT STOPPED BY DRAWER / IN
  CLEARING / AWAITING REALISATION.
* ``refund_voucher``: the installer refunding a cancelled booking (paper or e-mail): BOOKING CANCELLATION - REFUND
  VOUCHER / REFUND ADVICE - CANCELLED ORDER / REFUND VOUCHER, the installer on top (the payer), Voucher / Refund
  Voucher No., Refund Ref / Refund Reference on the e-mail, Date / Refunded on / Attempted on / Initiated on, Refund
  to / Payee / Customer the customer, Booking Ref / Booking receipt No., Booked on / Booking date, Reason /
  Cancelled due to, Booking amount paid / Amount received at booking, Less: site survey, DISCOM fee already paid,
  cancellation charges, Net refund / Refund amount, UPI / NEFT / IMPS / reversal to card / cash with UPI Ref / UTR /
  IMPS Ref / ARN / Reversal RRN; REFUNDED / REFUND PAID / Refund completed / REFUND FAILED - ACCOUNT CLOSED / REFUND
  FAILED - INVALID UPI ID / REFUND UNDER PROCESS / REFUND INITIATED - CREDIT IN 5-7 DAYS.
* ``emi_receipt``: a finance company's receipt for a customer's solar loan EMI (Bajaj Finance, Tata Capital, Ecofy,
  L&T Finance, Cholamandalam, Shriram Finance, HDB Financial Services, IIFL; its app, its field officer's COLLECTION
  RECEIPT on paper, or its e-mail): the company on top, EMI Payment Receipt / Instalment Receipt / Repayment
  Acknowledgement / EMI PAYMENT RECEIPT, the outcome and the sum large on the app, Receipt No. / Receipt Number, Loan
  No. / Agreement No. / Loan A/c, Customer / Borrower / Customer Name, Product, EMI No. n of 36, EMI amount,
  Overdue / Bounce charges and Total paid / Total received on some, UPI / cash / NACH / NEFT / debit card, UMRN on a
  NACH debit, UPI Ref / UTR / Debit Ref / NACH Ref No. / Auth Code / RRN, Collected by / Field officer on cash,
  Paid on / Received on / Collected on / Date / Attempted on / Presented on / Initiated on, Principal outstanding /
  Loan balance, Next due date / Next EMI on; Payment Successful / EMI paid successfully / Payment Failed / UPI
  payment failed / Payment Pending / Payment processing on the app, EMI received / Paid / Received with thanks /
  UPI payment failed / Payment failed / NACH presented - awaiting clearance / Payment under process on paper and
  e-mail.

Outcomes: a failed and a pending page in every family. Absent fields: each family leaves out the id on one page (no
UTR, UPI reference, RRN, IMPS reference, ARN, approval or auth code, bank reference, journal, credit or debit
reference, PFMS or EPS number, gateway, payment, refund or transaction id, order, sales order or PO number, invoice,
receipt, voucher, advice, collection, lodgement or slip number; application, consumer and service-connection numbers,
loan accounts, agreement and UMRN numbers, plant and site ids, partner and customer codes, booking references,
instrument numbers, employee codes, MID, TID, batch, GSTIN, IFSC and account numbers stay) and the day on one (no
date anywhere: no installation, inspection, sanction, booking, instrument, AMC validity or next-EMI day either, no
financial year in a number, no RTGS UTR (it carries the day), no gateway id that carries one; an e-mail's hour and
a slip's TM at most). Sums: ₹ (faces that draw it), Rs., Rs, RS, INR, /- on counter paper, none on some slips; lakh
grouping on most, western and plain on some. Days: dd/mm/yyyy, d Month yyyy,
dd-mm-yy, yyyy-mm-dd, dd.mm.yyyy, dd Mon yyyy, Mon d, yyyy, dd-Mon-yy on paper, heldout121's PATS with an hour on
screens, DD/MM/YY, DDMONYY, MON DD,YYYY and DD-MM-YYYY on slips, dd-mm-yy, dd/mm/yy, ddMonyy and dd-Mon-yyyy in an
SMS. Faces: heldout119's lists (SLIP_FACES for the charge slip, PAPER_FACES for the cheque pages, BILL_FACES for the
milestone invoice). Frames: heldout121's ``compose`` (heldout129's rubber stamp on the milestone invoice, heldout106's
messages screen for the SMS). Seeds ``heldout136-<i>``.

Truth conventions (README "Receipt fields", as heldout134 quotes them; *settled* where this set chose):

* merchant_name: the one paid, as printed: the installer (its company or its service desk on some) on homeowners'
  UPI screens (Paid to / To / Sent to), on customers' transfers (Beneficiary / Credited to / Payee Name), on top of
  its milestone invoices, under the terminal's name on a charge slip, on top of its AMC payment link (Merchant / Pay
  to); the installer under Beneficiary A/c Name / Credited to / Customer on its bank's cheque pages (never the bank
  on top, nor the drawer); the DISCOM on top of its fee receipt (never the consumer whose connection it is, nor the
  installer under Paid by / Vendor, nor the gateway); the supplier or fabricator on top of its receipt (never M/s
  the installer under Received from / Partner / Party); the finance company on top of its EMI receipt (never the
  borrower). Never a bank, app, terminal maker, gateway, portal or the payer. *settled*: a bank's loan disbursement
  pays the installer for its customer: the payee is the installer under Vendor / Dealer / Beneficiary, never the
  bank on top nor the borrower. *settled*: a subsidy credit pays the installer's customer: the payee is the
  customer (Dear <NAME> in the SMS, Beneficiary Name / Name of applicant on the portal), never the ministry, the
  portal, PFMS, the bank or the installer under Vendor / Installed by. *settled*: a refund of a cancelled booking is
  a payment the installer makes: its payee is the customer under Refund to / Payee / Customer, and the name on top is
  the payer.
* amount / currency: the sum this payment moved, INR everywhere. *settled*: a paid milestone invoice's Amount
  received / Received now / Paid (a PART PAID page's part, never This milestone, the Contract value, the milestone
  lines, Received earlier or the balances); an unpaid (failed or due) milestone's Amount due / Milestone n payable
  (what was tried or is due; heldout120); a DISCOM receipt's Total Amount Paid / Amount Paid / Total with its GST
  (never one fee head); a charge slip's TXN AMOUNT / SALE AMT / AMOUNT (never an EMI slip's EMI AMT); a loan
  advice's Amount disbursed to vendor / Disbursement amount / Amount released (never the project cost, the margin,
  the sanctioned loan or what was disbursed earlier); a subsidy's CFA amount released / Subsidy amount / CFA
  credited or the SMS's credited sum (never the project or system cost, never the balance after); an AMC page's
  large sum with GST (never a plan line); a cheque's Instrument Amount (never the return charges); a refund's Net
  refund / Refund amount after the deductions (never the booking amount paid); an EMI receipt's EMI amount, or its
  Total paid where overdue charges are added (never the principal outstanding).
* status: as printed (the words listed with each family above). *settled*: PART PAID a success (money moved: the
  part); a milestone's PAYMENT DUE is pending (invoiced, nothing paid yet); a cheque IN CLEARING / AWAITING
  REALISATION is pending and a returned one failed; a loan DISBURSEMENT UNDER PROCESS / AWAITING INSPECTION REPORT
  is pending; a subsidy Sent to bank for payment / Under process at PFMS is pending and one whose account validation
  failed is failed; a NACH debit presented and not yet cleared is pending; a refund UNDER PROCESS / INITIATED is
  pending; the DISCOM's paper receipt's PAID / RECEIVED a success.
* date: the day paid (an invoice's, slip's, receipt's, voucher's, advice's Invoice Dt. / Receipt Date / Dated /
  Date / DT / DATE/TIME; Paid on, Received on, Collected on, Payment Date, Txn Date, Value date, Value Date,
  Transferred on, Date of disbursement, Disbursed on, Credited on, Released on, Date of credit, Refunded on; Attempted
  on, Returned on, Initiated on on the failures and the waits). *settled*: a due milestone's day is its invoice
  date. *settled*: a cheque's day is the bank's Value Date / Realised on, its Return Date / Returned on when it
  bounced, and its Lodged on / Presented on while in clearing; never the Instrument Dt. written on it. *settled*: a
  NACH debit's Presented on is its day. Never an Installed on / Commissioned on, Inspected on, Sanctioned on,
  Booked on / Booking date, AMC valid till / Cover up to, Next due date / Next EMI on, Instrument Dt., an e-mail's
  hour or an SMS's day divider alone.
* payment_method: UPI, card (a charge slip, a card on a page, a card's reversal), cash, "netbanking" for NEFT / RTGS /
  IMPS and Net Banking, wallet for a wallet on a gateway page. *settled*: a NACH / e-NACH auto-debit is
  "netbanking"; a loan disbursement's NEFT / RTGS credit and a subsidy's DBT - NEFT (PFMS) credit are "netbanking"; a
  cheque page names no way to pay (heldout120), nor does a due milestone invoice.
* transaction_id: the highest family printed: UPI reference / UTR / RRN / IMPS reference / ARN / Reversal RRN, then
  a bank reference (Bank Reference No., Reference ID, Bank Ref. No., Bank Ref No; *settled*: a bank's Journal No. /
  Txn Journal on a loan advice, its Credit Txn ID / Journal Ref on a cheque page, a NACH debit's Debit Ref / NACH Ref
  No.), then a transaction / payment / refund id (Txn No., Transaction ID, BillDesk Txn ID / Transaction Ref No.,
  SBIePay Ref ID, PayU ID, pay_…, CF Payment ID, Tracking ID, Easebuzz ID, MOJO…, Txn ID; *settled*: a subsidy's PFMS
  Txn ID / EPS No.; a refund's Refund Ref / Refund Reference), then an approval code (APPROVAL CODE / APPR, Auth
  Code / Approval No.), then an order's number (Order ID, Order No, Payment Request ID; *settled*: the supplier's
  Against PO No. / Sales Order No. names the order the payment is for), then a document's own number (Invoice /
  Receipt / Inv. No., INV# / BILL#, Receipt / Voucher / Collection No., Advice No. / Ref. No., Refund Voucher No.;
  *settled*: a bank's Lodgement / Slip No. on a cheque page). Never an Instrument No. (the cheque's own number
  names the instrument; heldout120), an Application No., Consumer / Service / Service Conn. No., Loan A/c No. / Loan
  No. / Agreement No., UMRN, Plant / Site ID, Partner / Customer Code, *settled*: the Booking Ref / Booking receipt
  No. on a refund (the booking's document, not this refund's), an employee code, MID, TID, batch, GSTIN, IFSC,
  account or mobile number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout136_families import (
    amc_gateway,
    booking_upi,
    card_slip,
    cheque_collection,
    compose,
    discom_fee,
    emi_receipt,
    loan_disbursement,
    milestone_invoice,
    milestone_transfer,
    refund_voucher,
    subsidy_credit,
    supplier_payment,
)

SPLIT = "heldout136"

FAMILIES: list[Family] = [
    ("booking_upi", booking_upi, SCREEN_FACES),
    ("milestone_transfer", milestone_transfer, SCREEN_FACES),
    ("milestone_invoice", milestone_invoice, BILL_FACES),
    ("discom_fee", discom_fee, PAGE_FACES),
    ("supplier_payment", supplier_payment, PAGE_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("loan_disbursement", loan_disbursement, PAGE_FACES),
    ("subsidy_credit", subsidy_credit, SCREEN_FACES),
    ("amc_gateway", amc_gateway, SCREEN_FACES),
    ("cheque_collection", cheque_collection, PAPER_FACES),
    ("refund_voucher", refund_voucher, PAGE_FACES),
    ("emi_receipt", emi_receipt, PAGE_FACES),
]


def make_heldout136_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout136 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
