"""heldout171: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a private coaching institute's day in 2026 (Abhyas Career Institute, run by Abhyas
Eduventures Pvt Ltd, its classroom centres at Kota and Patna, its girls' hostel Abhyas Residency and the hostel's
mess), told by the proofs of payment it receives (parents' UPI and the fee payment links for students' instalments,
parents' NEFT / RTGS / IMPS, NRI parents' SWIFT wires and Wise transfers in US dollars, euros and pounds, fee-financing
lenders' disbursals, a CSR foundation's and a partner school's payment advices, the state's coaching scheme, its own
fee receipts and hostel fee receipts, the fee counter's card slips) and those it makes (faculty pay, the mess caterer,
the gas agency, the hostel building's rent, the presses printing its study material, the online test platform and the
software behind the classes, electricity, property tax and the leased line, refunds of fees to students who withdrew,
the bank's debit alerts). One payment per page. Each family: six successes, one failure, one wait; one page prints no
transaction id and one no day (truth None for those fields; the page that prints no day prints no other day either,
no financial year in a number, and moves bank money by IMPS, whose reference does not spell the day).

* ``fee_upi``: six UPI app screens (Google Pay, PhonePe, Paytm, BHIM, CRED, Amazon Pay) and two fee payment links
  (Razorpay, Easebuzz). ``fee_transfers``: four parents' net-banking acknowledgements (OnlineSBI, HDFC Bank
  NetBanking, PNB, ICICI Bank), two inward remittance advices (Axis Bank's e-mail, SBI's paper) and two Wise transfers
  (app, e-mail). ``fee_finance``: five fee-financing lenders' disbursal advices (e-mail, portal, letter), a CSR
  foundation's and a partner school's payment advice e-mails and the Mukhyamantri Anuprati Coaching Yojana's printed
  payment advice. ``fee_receipts``: the institute's FEE RECEIPT / FEE RECEIPT CUM TAX INVOICE / MONEY RECEIPT (serif,
  rubber stamp). ``desk_slips``: card terminal slips at the fee counter and at suppliers' counters (monospace; a bank
  EMI slip and a UPI QR slip among them). ``faculty_pay``: corporate banking single-payment pages, bulk payout rows and
  printed professional fee vouchers. ``hostel_mess``: hostel fee receipts, the caterer's mess bills, the gas agency's
  cash memos and the hostel building's rent receipts. ``study_print``: presses' invoices with the payment block (and
  their e-mails). ``test_platform``: software receipts (TestNexus, Zoom Workplace, Amazon Web Services, Vimeo,
  Exotel, ProctorLens, Google Workspace). ``utilities``: Bharat Connect in business banking apps, the boards' own
  pages (KEDL, SBPDCL), the municipal corporations' tax pages and the internet providers' receipts. ``fee_refunds``:
  refund vouchers, the accounts desk's refund e-mails and a business banking app's IMPS screens. ``bank_alerts``: the
  bank's SMS and e-mail debit alerts. The families' docstrings list each layout's labels.

Truth conventions (heldout167's, kept where they say *settled*; heldout152's where this set meets the same papers):

* merchant_name: the one paid, as printed (capitals where so printed). A parent's UPI screen pays the institute (its
  trade name, its centre's or its company's as printed) under Paid to / To / Sent to / Paying to, never the UPI ID or
  the app; a payment link's institute on top, never the Student / Paid by / Payer or the gateway's footer. A parent's
  net-banking page pays the institute under Beneficiary name / Payee / Credit to / Beneficiary, never the portal on
  top or the Remitter name / Debit account name. *settled* (heldout155, heldout161): a bank's inward remittance
  advice pays the company under Beneficiary / Beneficiary name, never the bank on top, the Remitter / Ordering
  customer or the Remitting bank; *settled* (heldout157): Wise's receipt pays the company under To / Recipient, never
  Wise. *settled* (heldout167's brand owner's advice, heldout152's partner school's): a payer's payment advice (here
  a CSR foundation's and a partner school's) pays the institute under Payee / Vendor / Beneficiary, never the payer
  on top. *settled* (new here): a fee-financing lender's disbursal advice pays the institute under Institute /
  Disbursed to / Beneficiary / Partner institute, never the lender on top, its company line, or the Student /
  Applicant / Borrower whose loan it is. *settled* (new here): the state coaching scheme's payment advice pays the
  institute under Coaching institute / Beneficiary institute, never the Government of Rajasthan or the Department on
  top. The institute's fee receipt the institute on top, never the student under Received from / Student name, the
  parent (S/o / D/o / Parent) or the "A unit of" company line; *settled* (new here): the hostel's receipt pays
  Abhyas Residency on top, never the company in its "managed by" line or the Student. A slip's counter name line in
  capitals, never the terminal's maker or the area line. *settled* (heldout150, heldout161; heldout152's teachers): a
  faculty payment voucher pays the teacher under Paid to / Name of faculty, never the institute on top; a bulk
  payout or a single payment the Payee name / Beneficiary / Beneficiary name, never the Debit account name. A
  caterer's, gas agency's or press's name on top of its own paper or e-mail, never M/s the institute under To / Bill
  to / Buyer / Customer / Consumer. *settled* (heldout152): a landlord's rent receipt pays the landlord under
  Landlord / Owner / Lessor (here at its foot), never M/s the company in "Received with thanks from". *settled*
  (heldout152): the software product on top (TestNexus, Zoom Workplace, Amazon Web Services, Vimeo, Exotel,
  ProctorLens, Google Workspace), never the company line under it nor the institute under Bill to / Account /
  Customer. A Bharat Connect page's board under Biller / Electricity board (short or long as printed), never the
  app, Bharat Connect or the Consumer name; a board's own page the board on top; a municipal corporation's page the
  corporation on top, never the Owner / Occupier; an internet provider the provider on top, never the Account name.
  *settled* (heldout152): a refund of fees is a payment the institute makes: its payee is the student or parent under
  Refund to / Payee / Student / Refunded to / Beneficiary / Paid to, never the institute on top of its voucher,
  e-mail or app. An SMS alert's payee as the bank sends it ("to CHAMBAL OFFSET PRINTE": *settled*, the truncated name
  as printed), never the bank or the sender id; *settled* (new here): the bank's e-mail alert likewise ("to <payee>"
  as printed), never the bank in the sender line or the sign-off.
* amount / currency: the sum this payment moved. *settled* (heldout155): a wire counts the Remittance amount /
  Foreign currency amount in the currency remitted (USD, EUR, GBP; $ / US$ / USD, EUR / euro sign, GBP / pound
  sign), never the INR equivalent, the Bank charges or the Amount credited (INR); Wise's sum large / You sent in the
  parent's currency, never the Wise fee, the Amount converted or Recipient gets (INR). A UPI screen's and a link's
  sum large; a net-banking page's Amount / Transfer amount / Amount (INR), never the Charges (incl. GST). *settled*
  (new here): a lender's Net disbursal amount / Amount disbursed / Net amount transferred (the Loan amount less the
  Subvention and the GST on it), never the Course fee, the Down payment, the Loan amount or the EMI. *settled*
  (heldout152): a payment advice's Net amount paid / Amount remitted (after TDS), never an invoice's sum or the Gross
  invoice value. The scheme's Amount (students x amount per student), never the Amount per student. The fee
  receipt's Amount received / Received / Fee received (the instalment with its GST) or its Cheque received / Cheque
  amount, never the Tuition fee, the Taxable value or the Balance fee due. A slip's AMOUNT: / TOTAL:; *settled* (new
  here): a bank EMI slip's SALE AMOUNT:, never the MONTHLY EMI: or the TOTAL PAYABLE (EMI):. A faculty voucher's Net
  amount paid (after TDS u/s 194J), never the Gross professional fee or the lectures; a bank page's or bulk row's
  Amount. The hostel's Amount received / Received / Cheque received (room, mess, electricity and the refundable
  deposit together: the sum it took), never a line. The caterer's
  Net received / Amount received (net of TDS), never the Bill total. The gas agency's Total / Amount paid / Amount
  due. The rent receipt's Amount received (after TDS u/s 194-I), never the Monthly rent. The press's Received /
  Amount received / Net received (after TDS) / Cheque received / Cheque amount, never the Invoice total where TDS is
  deducted, a line or the Printed books / Job work subtotals. A software receipt's Total / Amount paid / Total
  charged (with IGST), never the Subtotal; in US dollars on Zoom's, Vimeo's and ProctorLens's (*settled*, heldout152:
  USD, Tax (0%) and the reverse-charge note adding nothing). A Bharat Connect page's sum large; a board's Amount paid / Amount; a corporation's Amount paid, never the
  Tax or the Rebate; a provider's Amount paid. *settled* (heldout152): a fee refund's Net refund / Amount refunded /
  Refund amount or sum large (the Fee paid less the deductions), never the fee paid or a deduction. An alert's sum
  debited, never the Avl Bal / Available balance. Currency INR everywhere but the wires, Wise and the three dollar
  pages.
* status: as printed. *settled*: Credited / Credited to your account / Wise's Your transfer is complete / Money
  sent / The money has arrived successes; Received - pending disposal (purpose code and invoice awaited) and We're
  processing your transfer pending; Returned to remitting bank - beneficiary name mismatch and Transfer cancelled -
  refund on its way failed. A payer's advice's Status: Paid / Processed successes. CHEQUE DEPOSITED - SUBJECT TO
  CLEARANCE and CHEQUE RECEIVED - SUBJECT TO REALISATION pending. *settled* (new here): CHEQUE DISHONOURED - FEE
  OUTSTANDING and CHEQUE RETURNED - ACCOUNT BLOCKED failed; UPI DECLINED - CYLINDERS NOT RELEASED failed (the memo
  prints the Amount due). *settled* (new here): a lender's Status: Disbursed / Loan disbursed successes, Disbursal
  scheduled - awaiting e-NACH registration pending, Disbursal failed - beneficiary account mismatch failed. A slip's
  DECLINED (RESP CODE ...) failed, TXN TIMEOUT - STATUS UNKNOWN pending. Transaction in process, In process, Bill
  payment in process and Payment processing - awaiting bank confirmation (heldout152) pending; *settled* (new here):
  Refund initiated - will be credited in 5-7 working days pending. Transaction failed - beneficiary account
  inoperative, Failed - account closed, Transfer failed - beneficiary account closed (heldout152), Charge failed -
  card declined (heldout152), Payment failed - amount if debited will be refunded, Transaction declined by bank
  failed. PAID, PAYMENT RELEASED, FEE RECEIVED, RECEIVED, RECEIVED WITH THANKS, RENT RECEIVED, REFUNDED, REFUND PAID,
  Refund processed, Tax paid successes. An SMS or e-mail alert that says the payment "has failed" failed, "is
  pending" (or "is pending with the beneficiary bank") pending, a debit alert a success.
* date: the day paid (Payment date, Paid on, Date & time, Completed, Attempted on, Transaction date, Value date,
  Initiated on, Failed on, Credited on, Received on, Sent on, Arrived on, Disbursed on, Disbursal date, a receipt's,
  voucher's, bill's or memo's Date / Receipt date / Bill date / Invoice date / Memo date, a slip's DATE: / DT:,
  Processed on, Charged on, Date of payment, Refunded on, the alert's day). *settled* (new here): a lender's
  Scheduled for is the pending disbursal's day and Failed on the failed one's. Never a Bill date / Due date, a Bill
  month, a Billing period, For the month of, a hostel's Period, Withdrawn on, the Balance fee due's day, a Session
  or Financial year, the rent's month, an invoice number's financial year or an e-mail's hour.
* payment_method: "netbanking" for NEFT / RTGS / IMPS, a SWIFT wire (heldout155), Wise's Paid with Bank transfer
  (heldout157), a lender's, payer's or the scheme's NEFT / RTGS / e-Payment (NEFT), a Bharat Connect bill from a
  Current A/c, a board's, a corporation's or a provider's Net banking, a link's Net banking; UPI for UPI apps, a
  link's UPI, a slip's MODE: UPI (heldout152), a Bharat Connect bill paid by UPI, the boards' and corporations' UPI;
  card on card slips (the EMI slip too), a link's card, a receipt's Card, software charged to a card, a
  corporation's Debit card; cheque for a cheque received, returned or paid out; cash for a cash receipt or memo.
  *settled* (new here): wallet for a provider paid via Paytm Wallet.
* transaction_id: the highest family printed (heldout152's order, as heldout167): a UPI reference / UTR / RRN / IMPS
  reference (UPI transaction ID, UPI Ref No., UPI RRN, UTR, UTR No., UTR / Ref No., IMPS Ref No., a slip's RRN: /
  UPI REF NO:, an alert's UTR / UPI Ref No / IMPS Ref No / "Your UPI transaction reference number is"), then a bank
  reference (*settled* heldout155: a wire advice's Inward ref No. / Our reference / Transaction reference; Reference
  No., Txn Ref No., Bank Ref No., Bank ref no., B-Connect Txn ID / Bharat Connect Ref. No.), then a transaction /
  payment id (Wise's Transfer #, Payment ID pay_..., Easepay ID, an app's own id (Google transaction ID, Transaction
  ID, CRED transaction ID), *settled* (new here) a lender's Disbursal ID, a Refund ID / Refund ref., the Transaction
  ID / Payment ID on software, Bharat Connect, municipal, provider and banking app pages), then an approval code
  (APPR CODE: / AUTH CODE:, Auth code), then a document's own number (Receipt No. / Rcpt. No., Voucher No. / Refund
  voucher No., Invoice No. / Inv. No. / Invoice #, Bill No., Memo No., a slip's INVOICE NO: / ROC NO:, a payment
  advice's Payment document / Payment voucher No., the scheme's Voucher No., a board's or corporation's Receipt No.).
  *settled*: never a UETR (printed here only beside an Inward ref No., which outranks it), Against invoice or the
  invoices listed on an advice, Vendor code, Job No., Shipping bill No., BL / HBL No., Container, E-way bill No.,
  ARN, Drawback scroll No., IEC, Port code, Call No. / Ticket No., Machine Sr. No., Establishment ID, Employer code,
  Consumer No. / Service No., Token No., a bulk File name, MID, TID, BATCH NO, a card, account or mobile number, a
  UPI ID, BIC, GSTIN, IFSC or a cheque number. *settled* (heldout152): never a Student ID / Enrolment No. / Roll No.
  (here Form No. too), a PAN or an Account ID. *settled* (new here): never a Loan account No., a lender's Partner
  code, the scheme's Institute code, a Room No., a Property ID / Holding No., a K No. / CA No., an Account No. on a
  provider's page, Maker / Checker or the EMI line.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout123_families import fresh
from bench.receipt_sets.heldout171_families import (
    bank_alerts,
    compose,
    desk_slips,
    faculty_pay,
    fee_finance,
    fee_receipts,
    fee_refunds,
    fee_transfers,
    fee_upi,
    hostel_mess,
    study_print,
    test_platform,
    utilities,
)

SPLIT = "heldout171"

FAMILIES: list[Family] = [
    ("fee_upi", fee_upi, SCREEN_FACES),
    ("fee_transfers", fee_transfers, PAGE_FACES),
    ("fee_finance", fee_finance, PAGE_FACES),
    ("fee_receipts", fee_receipts, BILL_FACES),
    ("desk_slips", desk_slips, SLIP_FACES),
    ("faculty_pay", faculty_pay, PAGE_FACES),
    ("hostel_mess", hostel_mess, PAPER_FACES),
    ("study_print", study_print, PAPER_FACES),
    ("test_platform", test_platform, PAGE_FACES),
    ("utilities", utilities, SCREEN_FACES),
    ("fee_refunds", fee_refunds, PAGE_FACES),
    ("bank_alerts", bank_alerts, SCREEN_FACES),
]


def make_heldout171_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout171 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
