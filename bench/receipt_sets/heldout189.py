"""heldout189: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a veterinary hospital and pet pharmacy chain's day in 2026 (Anbagam Veterinary Hospitals
Pvt Ltd, its hospital at Anna Nagar and its pet pharmacy at Velachery, Chennai), told by the proofs of payment it
receives (pet insurers' cashless claim settlement advices, pet owners' UPI and payment links, its own OPD, deposit and
surgery receipts, its online pharmacy's orders, its counters' card slips) and those it makes (veterinary drug
distributors' invoices, corporate net-banking transfers to lab reagent and diagnostics suppliers, outward wires for
imported ultrasound, endoscopy, analysers, dental and anaesthesia equipment in euros, US dollars and pounds, Greater
Chennai Corporation's, the Tamil Nadu Animal Welfare Board's, the pollution control board's and the veterinary
council's fee pages, locum vets', groomers' and drivers' payouts, the branches' electricity, water, broadband and LPG,
the bank's debit alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields).

* ``insurer_claims``: pet insurers' claim settlement e-mails, printed CLAIM SETTLEMENT ADVICE / PAYMENT ADVICE -
  CASHLESS CLAIM and provider portal pages. ``owner_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, Amazon
  Pay, BHIM, MobiKwik) paying the chain and two of its payment pages (Razorpay, Easebuzz). ``hospital_receipts``: the
  hospital's and pharmacy's own OPD RECEIPT / IN-PATIENT DEPOSIT RECEIPT / SURGERY ADVANCE RECEIPT / MONEY RECEIPT
  (paper, rubber stamp) and its front desk's receipt e-mails. ``pharmacy_orders``: the online pet pharmacy's order
  e-mails, order pages and a checkout's thank-you page. ``drug_invoices``: veterinary drug distributors' TAX INVOICE
  / INVOICE CUM RECEIPT with drug licence, batch and expiry, the payment block and a rubber stamp (paper).
  ``reagent_transfers``: corporate net-banking acknowledgements (Indian Bank, IOB, KVB, CUB) and the bank's
  beneficiary payment advice e-mails. ``equipment_wires``: outward remittance advices (e-mail, browser, printed).
  ``authority_fees``: Greater Chennai Corporation's trade licence, TNAWB's pet shop registration, TNPCB's bio-medical
  waste authorisation and TNSVC's registration renewal fee pages (browser). ``staff_payouts``: printed LOCUM FEE /
  PAYMENT / CASH VOUCHERs and a bank's bulk payment row. ``counter_slips``: the chain's own card terminal slips
  (monospace). ``utility_bills``: Bharat Connect in banking and UPI apps and two boards' own pages (TNPDCL, CMWSSB).
  ``bank_alerts``: the bank's SMS debit alerts (one a debit card spend) and two e-mail transaction alerts. The
  families' docstrings list each layout's labels.

Truth conventions (heldout187's, heldout183's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout179, heldout183,
  heldout187): a payer's payment advice pays the payee under Payee / Beneficiary / Payee name, never the payer on top;
  *settled* (new here) a pet insurer's claim settlement advice pays the hospital under Network hospital / Payee
  (network provider) / Settled in favour of (its full, capital or short name with its branch as printed), never the
  insurer on top, the Policyholder or the Pet. A UPI screen's payee under Paid to / To / Sent to / Paying to (here
  the chain, its hospital's or pharmacy's name as printed), never the UPI ID or the app; a payment link's payee on
  top, never Paid by / *settled* (new here) Pet parent or the gateway's footer (Razorpay, Easebuzz). *settled*
  (heldout175, heldout179, heldout183, heldout187): the business's own receipt pays it on top, never the party under
  Received from; *settled* (new here) so a hospital receipt pays the chain or its pharmacy on top, never the Pet
  parent, the Patient or the Attending vet; its front desk's e-mail likewise. *settled* (new here): an online
  pharmacy's order e-mail, order page or thank-you page pays the store on top, never Ship to or Prescription
  verified by. A distributor's name on top of its own paper, never M/s the chain under Bill to / Buyer / Sold to. A
  corporate banking page pays the supplier under Beneficiary name / Payee name / Credit to, *settled* (new here) or
  Beneficiary account name, never the portal on top or the Debit account; the bank's beneficiary payment advice
  e-mail the Beneficiary, never the bank on top or the Remitter. *settled* (heldout175, heldout187): an outward
  remittance advice pays the maker abroad under Beneficiary / Beneficiary name, *settled* (new here) or Name of the
  beneficiary, never the bank on top, the Remitter or the Beneficiary bank. *settled* (heldout183, heldout187): a
  fee page pays the authority on top, *settled* (new here) Greater Chennai Corporation, Tamil Nadu Animal Welfare
  Board, Tamil Nadu Pollution Control Board, Tamil Nadu State Veterinary Council (capitals where so printed), never
  the service line under it (Online Civic Services, OCMMS), the gateway (SBI ePay, BillDesk) or the Licensee /
  Establishment name / Applicant. *settled* (heldout150, heldout161, heldout179, heldout183): a voucher pays the
  payee under Paid to / Name of payee, *settled* (new here) or Payee (locum), never the chain on top or Checked by;
  a bulk row the Beneficiary name, never the Debit account name. *settled* (new here): the chain's own card slip
  pays the counter's name line in capitals (ANBAGAM PET PHARMACY ...), never the acquirer above it or the area
  line. A Bharat Connect page's biller under Biller / Biller name / Service provider (short or long as printed),
  never the app, Bharat Connect or the Customer name; a board's own page the board on top. An SMS alert's payee as
  the bank sends it ("to CHENNAI DIAGNOSTIC REA": *settled*, the truncated name as printed), *settled* (new here) a
  debit card spend's "at AMAZON PAY INDIA" likewise, never the bank or the sender id; an e-mail alert's Beneficiary
  / To.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187): a payment advice's
  net sum; *settled* (new here) a claim settlement's Net amount settled / Amount paid to hospital / Settled amount
  (the Admissible amount less Co-payment @ 10% / 20% and a Deductible), never the Amount claimed, the Non-payable
  items or the Admissible amount. A UPI screen's and a link's sum large. *settled* (heldout175, heldout183,
  heldout187): a receipt counts the sum received even where it is part of the job, *settled* (new here) Deposit
  received / Amount received / Cash received / Received by UPI / Paid by card / Cheque received, never the Estimate
  (incl. GST) or the Balance at discharge. *settled* (new here): an order's Total paid / Amount paid / Order total
  (the Subtotal less the Discount and with the Delivery), or the failed or pending one's Amount due, never an item,
  the Subtotal or the Discount; the thank-you page's sum large under You paid. A distributor's Amount received /
  Payment received / Cheque received (the rounded Invoice total with GST @ 5%), *settled* (new here) where a credit
  note for expiry returns is taken off (Less: Credit note adjusted) the Balance received, never the Invoice total,
  the Trade discount or a line. A corporate banking page's Transfer amount / Amount / Debit amount, never the
  Charges (incl. GST). *settled* (heldout175, heldout187): an outward remittance counts the remittance in its
  currency (EUR, USD, GBP), *settled* (new here) Amount remitted (FCY) and FCY amount, never the Equivalent INR, the
  Bank charges, GST on forex conversion or the Total amount debited (INR). A fee page's Total amount paid / Amount
  paid / *settled* (new here) Total remitted (the heads x count), never a head. A voucher's Net paid / Amount paid /
  *settled* (new here) Net amount disbursed, never the Gross amount, the count x rate line, Less: TDS u/s 194J @ 10%
  / 194C @ 1% or Less: Advance paid; a bulk row's Amount. A slip's BASE AMT: / TOTAL AMT: / *settled* (new here)
  TXN AMT:. A Bharat Connect page's sum large; a board's Amount paid. An alert's sum debited or spent, never the Avl
  Bal. Currency INR everywhere but the wires.
* status: as printed. *settled* (new here): Claim settled - payment released and Payment status: Paid successes on
  an insurer's advice, Approved - payment under process pending (approved, not yet paid), EFT rejected - hospital
  account details mismatch failed. Payment successful / Payment received / Payment Successful / Paid successfully /
  Money sent successes, Payment Pending / Payment processing / Payment pending - awaiting bank update pending,
  Payment Failed / Transaction failed / Payment failed - amount not debited failed. RECEIVED WITH THANKS, *settled*
  (new here) DEPOSIT RECEIVED, PAID, RECEIVED - THANK YOU, PAYMENT RECEIVED successes; CHEQUE RECEIVED - SUBJECT TO
  REALISATION and CHEQUE DEPOSITED - SUBJECT TO CLEARANCE pending; CHEQUE RETURNED - ... failed (*settled*,
  heldout167), so CHEQUE RETURNED - ACCOUNT CLOSED and *settled* (new here) CHEQUE RETURNED UNPAID - EXCEEDS
  ARRANGEMENT failed. *settled* (new here): Payment received - order confirmed / Order confirmed / Payment successful
  - order confirmed successes, Payment pending - order on hold pending, Payment failed - order not placed failed.
  Transaction successful / Status: Success successes, *settled* (new here) Pending for checker authorisation pending
  (a transfer awaiting its second signatory) and Rejected by beneficiary bank - invalid account number failed.
  *settled* (heldout175, heldout183): Remittance processed - MT103 sent success, *settled* (new here) SWIFT message
  sent - funds remitted success, Pending - Form A1 and proforma invoice awaited pending, Returned by correspondent
  bank - beneficiary account closed failed. Payment successful / Fee paid successes, *settled* (new here) Payment
  status: Pending - verification with bank pending, Transaction failed - amount if debited will be refunded failed
  (*settled*, heldout179). Processed / Status: Processed successes, Status: In process pending, *settled* (new here)
  Returned - invalid beneficiary account failed. A slip's APPROVED success, *settled* (new here) TRANSACTION
  DECLINED (55 INCORRECT PIN) failed and HOST TIMEOUT - CHECK STATUS pending (as heldout179's TXN TIMEOUT and
  heldout187's RESPONSE TIMED OUT). Bill paid successfully / Payment successful / Status: Success successes, Bill
  payment in process / Pending with bank pending, Bill payment failed / Payment failed failed. An SMS that says the
  payment "has FAILED" failed, "is PENDING" pending, a debit alert and *settled* (new here) a card spend alert a
  success; Status: Debited a success.
* date: the day paid (Settlement date / Date of payment on an insurer's advice, *settled* (new here) the pending
  claim's Approved on and the failed one's Returned on; Date & time, Paid on, Completed, Payment date, a receipt's,
  invoice's or voucher's Date / Receipt date / Dated / Invoice date / Voucher date, *settled* (new here) an order's
  Order placed on / Order date / Paid on, Transaction date, Value date, *settled* (new here) the pending transfer's
  Initiated on, Date of remittance, *settled* (heldout175) the pending wire's Request date, Returned on, Processed
  on, Date of payment, a slip's DATE:, the SMS's day, an e-mail alert's Transaction date / Date). *settled*: never a
  Bill date, a Due date, a Bill month or an e-mail's hour; *settled* (new here) never a Date of treatment, a Review
  on, a batch's Exp. or an invoice number's financial year.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire either way (heldout155), a Bharat Connect bill
  from a Current A/c, a fee, a board or an order paid by Net banking, a bulk row's IMPS; UPI for UPI apps, a link's,
  an order's, a board's, a fee's, a bill's, a receipt's or a voucher's UPI; card on slips, a link's, an order's or a
  receipt's card (*settled* (new here) Paid by card with its Card approval code), a fee paid by Debit card, a debit
  card spend alert; cheque for a cheque received, deposited or returned; cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179, heldout183 and
  heldout187): a UPI reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UPI Ref. No., UPI RRN,
  Bank RRN, UTR, UTR No., NEFT UTR, IMPS Ref No., RRN, a slip's RRN:, an SMS's UTR: / UPI Ref: / IMPS Ref:,
  *settled* (new here) Amazon Pay's Bank Reference ID and Easebuzz's Bank Ref. No. beside UPI), then a bank reference
  (an outward advice's Remittance ref No. / Transaction reference, Bank Ref No., Bank Ref. No., Transaction ref No.,
  Reference No., *settled* (new here) a corporate page's Host Ref. No. and a fee page's Gateway reference No.,
  Bharat Connect Ref. No. / B-Connect Txn ID), then a transaction / payment id (Razorpay's Payment ID pay_...,
  *settled* (new here) Easebuzz Txn ID and Cashfree's CF Payment ID on an order, an app's own Transaction ID, a fee
  page's Transaction ID), then an approval code (Auth code, APPR CODE:, *settled* (new here) a receipt's Card
  approval code), then an order's number (*settled* (new here) an online order's Order # / Order No. / Order ID),
  then a document's own number (*settled* (new here) an insurer's Settlement No., Receipt No. / Rcpt No. / Receipt
  Ref., Invoice No. / Inv. No., PV No. / Voucher No. / V. No., a slip's INVOICE NO:, a board's Receipt No., a fee
  page's Receipt No. / Challan No.). *settled*: never a UETR, MID, TID, BATCH NO, a card, account or mobile number,
  a UPI ID, IFSC, BIC, IBAN, IEC, GSTIN, Maker / Checker, a cheque number, Proforma invoice No., a bulk File name or
  Row, a consumer number (here Service No., Consumer No., Telephone No., LPG ID) or the invoice a transfer is for
  (Payment for invoice). *settled* (new here): never a Policy No., Claim No., Pet ID / UHID, DL No. 20B/21B, a
  drug's batch (B.), AD code, Trade licence No., Assessment No., Zone - Ward, Application No. or Registration No. on
  a fee page.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout189_families import (
    authority_fees,
    bank_alerts,
    compose,
    counter_slips,
    drug_invoices,
    equipment_wires,
    hospital_receipts,
    insurer_claims,
    owner_upi,
    pharmacy_orders,
    reagent_transfers,
    staff_payouts,
    utility_bills,
)

SPLIT = "heldout189"

FAMILIES: list[Family] = [
    ("insurer_claims", insurer_claims, PAGE_FACES),
    ("owner_upi", owner_upi, SCREEN_FACES),
    ("hospital_receipts", hospital_receipts, PAPER_FACES),
    ("pharmacy_orders", pharmacy_orders, PAGE_FACES),
    ("drug_invoices", drug_invoices, BILL_FACES),
    ("reagent_transfers", reagent_transfers, PAGE_FACES),
    ("equipment_wires", equipment_wires, PAGE_FACES),
    ("authority_fees", authority_fees, PAGE_FACES),
    ("staff_payouts", staff_payouts, PAPER_FACES),
    ("counter_slips", counter_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout189_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout189 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
