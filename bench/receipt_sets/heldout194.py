"""heldout194: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a private skill training institute's day in 2026 (Ganga Kaushal Skill Institute Pvt Ltd,
its training centre on Boring Road and its workshop at Bihta, Patna, Bihar), told by the proofs of payment it
receives (the Bihar Skill Development Mission's and JEEViKA's fund release advices for the batches it trains, CSR
funders' payment advices, students' and parents' course fees by UPI apps and payment links, its own fee receipts)
and those it makes (equipment and book suppliers' invoices, corporate net-banking transfers to its guards, the
hostel mess, the landlord of the Bihta shed, housekeeping and suppliers, guest faculty's honorarium vouchers and
payouts, outward wires to certification bodies and equipment makers abroad in pounds, US dollars and euros, the
online classroom's and drawing lab's software billed in US dollars, euros and pounds, the office's card slips,
electricity, fibre, phones and property tax through Bharat Connect and the power board's own page, the bank's SMS and
e-mail alerts, and NCVET's, a sector skill council's, the Labour Resources Department's and Patna Municipal
Corporation's accreditation, affiliation, registration and trade licence fees). One payment per page. Each family:
six successes, one failure, one wait; one page prints no transaction id and one no day (truth None for those
fields).

* ``funder_advices``: the skill mission's PFMS e-payment advice, a CSR funder's e-mail, printed FUND RELEASE ADVICE
  / PAYMENT ADVICE - IMPLEMENTING PARTNER and a funder's partner portal. ``student_upi``: six UPI app screens
  (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay, CRED) paying the institute and two of its payment pages (Razorpay,
  Cashfree). ``fee_receipts``: the institute's own FEE RECEIPT / MONEY RECEIPT / ADMISSION FEE RECEIPT (paper,
  rubber stamp) and its accounts desk's fee receipt e-mails. ``supplier_invoices``: suppliers' TAX INVOICE / BILL
  OF SUPPLY (books, exempt) with the payment block and a rubber stamp (paper). ``netbank_transfers``: corporate net
  banking's transfer acknowledgements (UCO eBanking - Corporate, Canara ai1 Corporate, BOI Corporate Internet
  Banking, Cent Corporate Internet Banking, OnlineSBI Corporate) and the banks' funds transfer advice e-mails.
  ``trainer_payouts``: printed HONORARIUM VOUCHER / GUEST FACULTY PAYMENT VOUCHER / RESOURCE PERSON PAYMENT
  VOUCHER, Cashfree Payouts' transfer pages, ICICI Bank CIB's bulk record and a Google Pay screen. ``cert_wires``:
  outward remittance advices (browser, e-mail, printed). ``software_bills``: software vendors' receipt e-mails and
  billing pages in USD, EUR and GBP. ``office_slips``: card terminal slips (monospace). ``utility_bills``: Bharat
  Connect in banking and UPI apps and SBPDCL's own receipt page. ``bank_alerts``: the bank's SMS debit alerts and
  two e-mail transaction alerts. ``accreditation_fees``: NCVET's (Skill India Digital Hub), ASDC's, the Labour
  Resources Department's (OGRAS Bihar) and Patna Municipal Corporation's payment pages (browser). The families'
  docstrings list each layout's labels.

Truth conventions (heldout191's, heldout187's, heldout179's and heldout167's, kept where they say *settled*):

* merchant_name: the one paid, as printed (capitals where so printed). *settled* (heldout167, heldout175,
  heldout179, heldout187, heldout191): a payer's payment advice (here the skill mission's, JEEViKA's or a CSR
  funder's) pays the institute under its payee label, *settled* (new here) Training partner / Project Implementing
  Agency (PIA) / Implementing partner / Payee, never the mission, society or funder on top, the department or CSR
  line, the Scheme / Project or PFMS. A UPI screen's payee under Paid to / To / Sent to / Paying to, *settled* (new
  here) or Paytm's Paid successfully to (here the institute), never the UPI ID or the app; a payment page's payee
  on top (here the institute), never Paid by / Customer / *settled* (new here) Student or the gateway's footer.
  *settled* (heldout175, heldout179, heldout191): the institute's own receipt pays the institute on top (its full,
  capital or short name as printed), never the party under Received with thanks from / *settled* (new here) Student
  name; its accounts desk's receipt e-mail likewise. A supplier's name on top of its own paper, never M/s the
  institute under *settled* (new here) Buyer (bill to) / Consignee (ship to). A corporate banking page pays the
  payee under Beneficiary name / Credit to / *settled* (new here) Beneficiary name (as per bank records), never the
  portal or bank on top, the Debit account or the Payee nickname; the bank's funds transfer advice e-mail the
  Beneficiary / Beneficiary name, never the bank on top. *settled* (heldout150, heldout161, heldout179, heldout191):
  a voucher pays the payee, *settled* (new here) an honorarium voucher the trainer under Name of trainer / Resource
  person / Paid to (guest faculty), never the institute on top; *settled* (new here) Cashfree Payouts' page the
  Beneficiary name, never Cashfree Payments on top; a bulk record the Beneficiary name, never the bank's portal on
  top or the Debit account; a transfer screen the payee under Paid to / To. *settled* (heldout175, heldout187,
  heldout191): a bank's outward remittance advice pays the payee abroad under Beneficiary name, *settled* (new here)
  or Name of beneficiary / Payee (overseas), never the bank on top, the Remitter or the Beneficiary bank. *settled*
  (new here): a foreign software vendor's receipt or billing page pays the vendor on top, its legal name as printed
  (Zoom Communications, Inc.; Visual Education Ltd; Miro (RealtimeBoard, Inc.)), never the Billed to line or the
  plan. A slip's counter name line in capitals, never the terminal's brand or the place line. A Bharat Connect
  page's biller under Biller / Operator / *settled* (new here) Service provider (short or long as printed), never
  the app, Bharat Connect or the Customer name; a board's own page the board on top (SBPDCL, short, long or capital
  as printed), *settled* (new here) never the A Government of Bihar undertaking line. An SMS alert's payee as the
  bank sends it ("to SWACHH SEVA FACILITY": *settled*, the truncated name as printed), never the bank or the sender
  id; the bank's e-mail alert the Credited to / *settled* (new here) Beneficiary account name, never the bank on
  top. *settled* (heldout179, heldout191, new here for these): an accreditation, affiliation, registration or
  licence fee page pays the authority on top (National Council for Vocational Education and Training, Automotive
  Skills Development Council, Labour Resources Department, Bihar, Patna Municipal Corporation; capitals where so
  printed), never the Skill India Digital Hub or OGRAS line or the Training Provider (TP) name / Name of institute /
  Training partner / Remitter name / Name of establishment / Trade name / Name of the applicant.
* amount / currency: the sum this payment moved. *settled* (heldout152, heldout183, heldout187, heldout191): a
  payment advice's net sum, *settled* (new here) Net amount transferred / Net payable to PIA / Amount credited to TP
  (the tranche less TDS u/s 194C @ 2% and a Recovery - dropouts or a Penalty - biometric attendance below 80%),
  never the tranche's sum. A UPI screen's and a payment page's sum large. *settled* (heldout175, heldout179,
  heldout187, heldout191): a receipt counts the sum received even where it is part of the fee, *settled* (new here)
  Instalment paid / Fee received / By UPI / By NEFT / Cash received / Cheque for, never the Total course fee /
  Course fee, the Fee paid earlier or the Balance fee due. A supplier's sum received (the rounded Invoice total with
  GST, a bill of supply's total without it), *settled* (new here) Amount settled / Payment received, or after Less:
  Advance adjusted the Balance settled, or the Cheque deposited, never the Taxable value. A banking page's Amount /
  Transfer amount / Payment amount, its e-mail's Amount debited. *settled* (heldout157's honorarium,
  heldout191's voucher): a voucher's Net honorarium paid / Net amount paid (after Less: TDS u/s 194J @ 10%), never
  the Gross honorarium or the Sessions line; a payout page's or bulk record's Amount; a transfer screen's sum large.
  *settled* (heldout175, heldout183, heldout187, heldout191): an outward remittance counts the remittance in its
  currency (GBP, USD, EUR), *settled* (new here) Amount in foreign currency / FCY amount / Remittance amount (FCY),
  never the INR equivalent, the Bank charges, the GST on forex or the Total debit (INR). *settled* (heldout141): a
  foreign subscription counts its sum in the currency billed (USD, EUR, GBP), the Tax / VAT 0% (reverse charge)
  0.00 line adding nothing; the Amount due on the failure and the wait. A slip's AMOUNT: / TOTAL: / *settled* (new
  here) AMT INR: / SALE AMOUNT:, never the RATE: or the VOLUME:. A Bharat Connect page's sum large; a board's Amount
  paid. An alert's sum debited, never the Avl Bal. *settled* (heldout187, heldout191): a fee page's total (the heads
  and GST), *settled* (new here) Total amount paid / Amount paid / Challan amount, never a head. Currency INR but on
  the wires and the software bills.
* status: as printed. *settled* (new here): Payment status: Credited to beneficiary and Status: Released successes
  on a payer's advice, Sanctioned - awaiting fund release from treasury pending (sanctioned, not yet released),
  Payment failed - beneficiary account dormant failed. Payment Successful / Transaction successful / Paid successes,
  *settled* (new here) Transaction declined failed and Payment processing - do not pay again pending. *settled*
  (heldout167, heldout179, heldout191): a cheque received and not yet cleared pending, a cheque returned failed, so
  *settled* (new here) CHEQUE RECEIVED - SUBJECT TO CLEARANCE and CHEQUE DEPOSITED - AWAITING CLEARANCE pending,
  CHEQUE DISHONOURED - FEE UNPAID and CHEQUE BOUNCED - PAYMENT DUE failed; FEE RECEIVED, RECEIVED WITH THANKS,
  PAID, FULLY PAID, PAYMENT RECEIVED - THANK YOU, RECEIVED PAYMENT successes. *settled* (new here): Transaction
  successful / Status: Processed successes, Sent to beneficiary bank - awaiting credit confirmation pending,
  Rejected - daily transaction limit exceeded failed; Transfer status: SUCCESS / Transfer successful / Record
  status: Paid / Credited to beneficiary successes, Record status: Sent to bank - awaiting response pending,
  Transfer status: FAILED - invalid beneficiary account failed; Funds remitted - SWIFT MT103 sent and Status:
  Remittance effected successes, Pending at forex desk - Form A2 under verification pending, Returned unpaid -
  beneficiary account closed failed; a software bill's Paid / Payment successful successes, Payment pending -
  awaiting authorisation from your bank pending (the card's additional authentication not yet given), Payment
  failed - card declined (no standing instruction registered) failed; a slip's APPROVED / TRANSACTION APPROVED
  successes, DECLINED - 51 INSUFFICIENT FUNDS failed, HOST NOT RESPONDING - STATUS UNKNOWN pending (as heldout167's
  TXN TIMEOUT - STATUS UNKNOWN); Bill paid successfully / Payment successful / Recharge successful / Transaction
  status: Success successes, Awaiting biller confirmation pending, Payment failed - money will be refunded in 3-5
  days failed (the payment failed, whatever the refund); Fee paid successfully / Challan paid successes, Payment
  status: Awaiting bank confirmation (do not pay again) pending, Payment unsuccessful - transaction cancelled by
  bank failed. An SMS that says the payment "was UNSUCCESSFUL" failed, "is PENDING with the beneficiary bank"
  pending (*settled*, new here, as heldout179's "has failed" and "is pending"), a debit alert a success;
  Transaction status: Success a success.
* date: the day paid (Date of release, Credit date, Payment date, *settled* (new here) the held advice's Sanction
  date and the returned one's Returned on; Date & time, Paid on, Completed on, Payment date; a receipt's, invoice's
  or voucher's Date / Receipt date / Dated / Invoice date / Voucher date; Transaction date, Value date, Processed
  on, Transfer date, Initiated on, Rejected on; Remittance date, *settled* (heldout175, heldout187, heldout191) the
  pending wire's Request date, Returned on; Date paid, *settled* (heldout141) Attempted on on the failed or waiting
  bill; a slip's DATE: / DT: / TXN DT:; Date of payment, Date of transaction, the SMS's day). *settled*: never a
  Bill month, a Bill date, a Due date or an e-mail's hour; *settled* (new here) never a Batch start date / Batch
  start or a Billing period.
* payment_method: "netbanking" for NEFT / RTGS / IMPS (*settled* (new here) PFMS - NEFT / PFMS - RTGS too), a
  SWIFT wire (heldout155), a Bharat Connect bill from a Current A/c, a fee or a board paid by Net banking, a payout
  page's or bulk record's IMPS / NEFT; UPI for UPI apps, a payment page's, a fee's, a board's, a bill's, a
  receipt's, an invoice's or a voucher's UPI; card on slips, a payment page's card, a software bill's Visa /
  Mastercard, a fee or a board paid by Debit card; cheque for a cheque received, deposited, dishonoured or bounced;
  cash for a cash receipt or voucher.
* transaction_id: the highest family printed (heldout152's order, as heldout167, heldout179, heldout187 and
  heldout191): a UPI reference / UTR / RRN / IMPS reference (UPI transaction ID, UPI Ref No., UTR, UTR No., IMPS
  Ref No., a slip's RRN: / REF NO:, an SMS's UPI Ref / UTR / IMPS Ref No, *settled* (new here) Razorpay's UPI
  reference (RRN), Cashfree's Bank reference and the payout's Bank reference (UTR)), then a bank reference
  (*settled* (new here) a banking page's Transaction ref. ID / Bank reference No., an outward advice's Remittance
  ref No. / Transaction ref No., a board's Bank transaction ID, a council's or bulk record's Payment reference No.,
  Bharat Connect Reference ID / B-Connect Ref ID; Bank CIN), then a transaction / payment id (PFMS's e-Payment ID
  (heldout167), Razorpay's Payment ID pay_..., *settled* (new here) Cashfree's CF Payment ID and Cashfree reference
  ID, Google transaction ID; PhonePe's and Paytm's own Transaction ID, SIDH's, ASDC's and Patna Municipal
  Corporation's Transaction ID, a failed Bharat Connect page's Transaction ID), then an approval code (Auth code, a
  slip's APPR CODE: / AUTH CODE:), then an order's number (*settled* (new here) Cashfree's Order ID, the payout's
  Transfer ID, Autodesk's Order number), then a document's own number (*settled* (new here) Payment advice No. /
  Release advice No. on a payer's advice; Receipt No. / Fee receipt No., Invoice No. / Bill No. / Tax invoice No.,
  Voucher No. / V. No., *settled* (heldout141) Receipt number / Receipt # over Invoice number / Invoice #, a slip's
  INVOICE: / BILL NO:, GRN, a board's Receipt No.). *settled*: never a UETR, MID, TID, BATCH:, a card, account or
  mobile number, a UPI ID, BIC, IBAN, GSTIN, PAN, IFSC, a cheque number, Maker ID / Checker ID, a consumer number
  (here CA Number, Account No., Service ID, Holding No., Consumer No.), E-way bill No., a bulk upload's File / Batch
  No. *settled* (new here): never a TP ID / PIA code / Partner code, a Sanction order No., a Batch / Batch code, an
  Enrolment No., a Buyer's order No., a Beneficiary ID, a TP ID / Centre ID, an Application ID or a Registration
  No.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout194_families import (
    accreditation_fees,
    bank_alerts,
    cert_wires,
    compose,
    fee_receipts,
    funder_advices,
    netbank_transfers,
    office_slips,
    software_bills,
    student_upi,
    supplier_invoices,
    trainer_payouts,
    utility_bills,
)

SPLIT = "heldout194"

FAMILIES: list[Family] = [
    ("funder_advices", funder_advices, PAGE_FACES),
    ("student_upi", student_upi, SCREEN_FACES),
    ("fee_receipts", fee_receipts, PAPER_FACES),
    ("supplier_invoices", supplier_invoices, BILL_FACES),
    ("netbank_transfers", netbank_transfers, PAGE_FACES),
    ("trainer_payouts", trainer_payouts, PAPER_FACES),
    ("cert_wires", cert_wires, PAGE_FACES),
    ("software_bills", software_bills, PAGE_FACES),
    ("office_slips", office_slips, SLIP_FACES),
    ("utility_bills", utility_bills, SCREEN_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
    ("accreditation_fees", accreditation_fees, PAGE_FACES),
]


def make_heldout194_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout194 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
