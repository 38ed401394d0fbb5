"""heldout123: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a ninth random day's proofs of payment, as a multi-speciality hospital, its diagnostic
lab and its pharmacy in a mid-size city (Nashik, Mysuru, Guntur, Jabalpur, Siliguri, Kollam, Udaipur, Bilaspur)
receive them in 2026 from patients and their families, from insurers' TPAs, lenders and donors paying for a
patient's care, and as the hospital refunds an unused advance: sums from ₹150 to ₹4,50,000, paid by UPI, by card at
the counter's terminal, in cash, by NEFT, IMPS and RTGS, through a medical loan, a crowdfunding platform or a charity
trust. One payment per page, no lists or threads; every page is a payment to or from the hospital about a patient's
care.

* ``upi_patient``: a patient's or relative's UPI app's result screen (PhonePe, Google Pay, Paytm, CRED, BHIM, Amazon
  Pay, Navi, super.money; dark on CRED and Navi and on some others, an iPhone's bars or an Android navigation bar, a
  notification banner on one): the outcome (a tick on some), the sum, Paid to / To / Sent to / Payment to (Paying to
  / Payment to on a failure or a wait) and the hospital, its handle (godavarihospital@…, gmh.billing@…), PhonePe's
  "Banking name: <the hospital's company>" on some, UPI Ref No / UPI Reference No. / UTR / UPI Transaction ID / UPI
  Ref. No. and the app's own id on some (PhonePe's Transaction ID, Google transaction ID, Paytm's Order ID, CRED
  transaction ID, Amazon Pay's, Navi's, super.money's), the day, Debited from / Paid from, a Note ("Advance for
  Papa", "Mummy ka hospital bill").
* ``ipd_deposit``: the admission counter's IPD advance deposit receipt printed from the hospital's HIS (paper): the
  hospital on top, IP ADVANCE RECEIPT / ADVANCE DEPOSIT RECEIPT / ADMISSION DEPOSIT RECEIPT, Receipt No, Date /
  Receipt Date, UHID / MRN, IP No / IPD No, the patient, Ward / Bed, Consultant / Admitting Doctor, Admission Date /
  DOA (another day) on some, Received from (the relative), Amount Received / Deposit Amount, the sum in words,
  Payment Mode (cash, UPI, a card, NEFT) with its UPI Ref No / UTR / Approval Code and RRN, Previous deposits and
  Total Deposit till date, Estimated cost on some, the outcome line (RECEIVED WITH THANKS; CARD DECLINED - DEPOSIT
  NOT RECEIVED; UPI CREDIT AWAITED - PROVISIONAL RECEIPT), the cashier, a "Powered by" HIS line (KareXpert, Insta
  HMS, Birlamedisoft …), the cash counter's violet stamp (RECEIVED / PAID) on some successes.
* ``final_settlement``: the discharge counter's final bill settlement receipt (paper, or the HIS's print preview in
  a browser): Receipt No and the Final Bill No / Against Bill No it settles, Date / Settled on, UHID, IP No, the
  patient, Admitted on / DOA and Discharged on / DOD, the consultant, the payer (an insurer "(TPA: Medi Assist)"
  with the TPA's Claim No / CCN / Claim ID and AL No / Pre-auth No, or Self), then Gross Bill Amount, Less:
  Discount, Less: Approved by TPA / Insurer's share / Payable by Insurance, Patient's share / Payable by patient
  (Net Bill Amount on a self-pay bill), Less: Advance deposit adjusted / Deposits received, Amount paid now /
  Balance paid at discharge / Amount Received (Balance payable / Amount on the failure and the wait), Balance Due /
  Refund due NIL, Paid by with its reference, the outcome.
* ``tpa_settlement``: a TPA's settlement advice of a cashless claim to the hospital (Medi Assist, Paramount, MD
  India, Health India, Vidal Health, FHPL, Raksha, Ericson; an e-mail, the provider portal in a browser, a printed
  letter): the TPA, CLAIM SETTLEMENT ADVICE / Payment Advice - Cashless Claim, Hospital Name / Payee / Paid to /
  Provider Name, City, Claim ID / CCN / Claim No, AL No / Pre-auth No / Authorisation No, Policy No, the insurer,
  the patient, Member ID / Card No, DOA / DOD, Treating Doctor, Claimed Amount, Deductions (non-payable) / Co-pay,
  Hospital discount, Approved / Settled Amount, TDS u/s 194J, Net Amount Paid / Amount Transferred / Net Paid to
  Hospital (Net Payable / Net Amount on the failure and the wait), Mode NEFT, UTR (a Payment Ref No. on the one
  under process), Payment Date / Transfer Date / Date of Payment (Approved on under process), the hospital's
  account and IFSC, Claim Status / Payment Status / Status.
* ``card_slip``: the counter's card terminal charge slip (Pine Labs, Ezetap, Mswipe, Paytm EDC, HDFC Bank, ICICI
  Bank, SBI Payments, Axis Bank; paper, monospace): the brand, the hospital or its lab as the terminal was set up
  (26 characters at most), the counter (OPD BILLING COUNTER, IPD CASH COUNTER, DIALYSIS UNIT, LAB COLLECTION
  CENTRE …), SALE / CHARGE SLIP / CARD SALE / EMI SALE, DATE / DT and TIME, MID, TID, BATCH NO, INVOICE NO / INV NO
  / BILL NO, the scheme, the masked card, NAME (the relative) on some, REF: UHID … on some approved slips, TOTAL /
  AMOUNT / SALE AMOUNT (an EMI sale's BASE AMOUNT with TENURE, INTEREST RATE, EMI AMOUNT and TOTAL WITH INTEREST),
  APPR CODE / AUTH CODE / APPROVAL CODE and RRN on approved slips (RRN on some declined ones), APPROVED, DECLINED with
  its RESP CODE, TRANSACTION PENDING with HOST TIMEOUT - DO NOT RETRY, the footer (POWERED BY EZETAP, Paytm for
  Business, Mswipe Technologies …).
* ``lab_slip``: a lab's bill cum receipt or an OPD consultation receipt (paper: thermal monospace or serif A5): the
  hospital or "<Short> Diagnostics" (A unit of <the hospital> / NABL Accredited Laboratory / Department of
  Laboratory Medicine), Bill No / Receipt No, Date / Date/Time, UHID / MRN, the patient with age and sex, Ref. By /
  Consultant (a doctor), the tests or fees with bare prices, Gross Amount / Total / Bill Amount, a discount (Sr.
  Citizen, staff) with Net Amount, Amount Paid / Paid Amt / Received (a part with Balance / Balance Due on some;
  Amount on the failure and the wait), Mode with its UPI Ref No / UTR / Approval Code and RRN, Reports on / Report
  Date (another day) on labs, the outcome (PAID; UPI PAYMENT FAILED - BILL NOT PAID; PAYMENT PENDING - PAY AT CASH
  COUNTER), the user, an LIS or HIS line.
* ``bank_transfer``: a family's bank app or net banking after an IMPS, NEFT or RTGS to the hospital (YONO SBI, HDFC
  Bank NetBanking, iMobile Pay, Canara ai1, Federal Bank FedNet, SIB Mirror+, bob World, Axis Bank Internet Banking;
  dark on some apps): the outcome, the sum, Beneficiary Name / Payee / Transferred to, the account, IFSC, Transfer
  Mode / Payment Type / Mode, IMPS Ref No / RRN / UTR and the bank's Transaction Reference / Reference No. / Txn ID
  on some, the day, Debit Account, Purpose (Medical treatment) and Remarks ("Deposit Shankar"), Charges, GST on
  Charges and Total Amount Debited on some NEFT and RTGS pages.
* ``health_emi``: a treatment financed by a medical loan: the down payment to the hospital in the lender's app
  (Bajaj Finserv Health's Health EMI Network Card, SaveIN, CarePay: the outcome, the down payment large, Paid to /
  Hospital / Partner hospital, the patient, the treatment, Treatment cost / Estimated bill, Loan amount / Amount
  financed, EMI "X x n months", Processing fee, Paid via / Payment mode, Loan ID / Loan A/c No, UPI Ref No / UTR or
  Transaction ID, Date / Paid on / Booked on, First EMI on / EMI starts) or on the hospital's HEALTH EMI - DOWN
  PAYMENT RECEIPT (paper, Financier, Down payment received); and the lender's disbursement advice to the hospital
  (Bajaj Finserv's and QubeHealth's e-mails, Arogya Finance's and Medfin's letters: Disbursed to / Partner hospital /
  Beneficiary, Borrower / Customer, the patient, Loan Account No / Agreement No, Bill amount, Down payment collected
  by hospital, Loan amount, Less: Subvention / Partner MDR, Net amount disbursed / Amount disbursed to hospital
  (Disbursement amount on the failure and the wait), Mode NEFT, UTR, Sanctioned on / Loan booked on, Disbursement
  Date, Disbursement Status).
* ``pharmacy_invoice``: the hospital pharmacy's GST invoice (paper: thermal monospace or serif A5): the pharmacy
  ("<SHORT> HOSPITAL PHARMACY", "<Short> Medicals (Hospital Pharmacy)"), "(A unit of <company>)" on some, address,
  GSTIN, D.L. No., TAX INVOICE / GST INVOICE - CASH MEMO / RETAIL INVOICE, Invoice No / Bill No, Date, the patient,
  Dr. / Prescribed by, UHID / IP No on some, the items with Batch and Exp, Gross Amt / Total MRP, Less Disc, CGST
  and SGST @6%, Round off, Net Amount / NET PAYABLE / Bill Amount, then Cash Tendered / Cash Received and Change /
  Change Returned / Balance Returned, or the card with its Appr Code (and RRN), or UPI with its reference, or Mode
  IP Credit; PAID / PAYMENT RECEIVED, CARD DECLINED - BILL NOT PAID, CREDIT BILL - PAYABLE AT DISCHARGE.
* ``advance_refund``: the hospital's refund of an unused IPD advance: its refund voucher (paper: REFUND VOUCHER /
  REFUND OF ADVANCE - PAYMENT VOUCHER, Voucher No, Refund Date / Refunded on / Date, UHID, IP No, the patient,
  Refund to / Payee Name / Refunded to (the relative), Total advance deposited, Final bill (patient's share),
  Refund amount / Amount refunded / Refund due, Refund mode (NEFT to the relative's account with its UTR, cash with
  the receiver's signature), Refund Status), the accounts department's e-mail (the sentence, Refunded by /
  Hospital, Refund Ref No, the same table), or the hospital's patient app's Refund status screen (Refund credited /
  initiated, the sum large, Refund from / Hospital, Refunded to (UPI, a card reversal), Refund ID, UPI Ref No /
  RRN, the day, Deposits and Bill amount).
* ``crowdfund_payout``: a crowdfunding platform's or a charity's payout to the hospital for a patient: Ketto's,
  Milaap's and ImpactGuru's e-mail to the campaigner and their fundraiser dashboard's withdrawal screen (the
  outcome, Transferred to / Hospital / Beneficiary account name, Fundraiser ("Help Kamala fight kidney failure"),
  Fundraiser ID / Campaign ID, the patient, Campaigner / Organiser, Amount raised / Funds raised, Goal, Platform
  fee, Amount transferred / Payout amount, Mode, UTR / Transaction reference (UTR) / Bank reference, Transferred on
  / Requested on, Status), and Shri Sai Seva Trust's and a Rotary medical aid fund's printed letter (the trust, Ref,
  To The Medical Superintendent, Hospital / Payee / Paid to, Sub: Medical aid for <patient>, Sanctioned amount,
  Amount released / Amount paid now, Mode, UTR, Date of transfer, Status).
* ``whatsapp_forward``: a relative's payment screenshot sent to the hospital's billing desk on WhatsApp
  (heldout118's chat: the relative's name, "(Patient attendant)" on some, a day divider, the relative's text, the
  screenshot in a bubble, the desk's reply; no sum, number or other day in any text): ``upi_patient``'s rows
  (PhonePe, Google Pay, Paytm, BHIM, CRED) or a bank app's IMPS (SIB Mirror+, Canara ai1, YONO SBI: Beneficiary
  Name / Payee, Mode IMPS, IMPS Ref No / RRN, the day, From A/c).

Outcomes: one failed and one pending in every family (a declined card, a failed UPI, a returned NEFT, a returned
disbursement or payout, a failed refund; a UPI credit awaited, a terminal's timeout, a bill on the IP credit account,
a claim approved with its payment under process, a refund initiated, a payout scheduled). Absent fields: each family
leaves the id out on one page (nothing of any id family printed there: no UPI, IMPS or bank reference, UTR, RRN,
approval code, app's, gateway's, refund's or lender's id, no receipt, bill, invoice, voucher or letter number, no
claim, CCN, AL, pre-authorisation, policy, member, loan, fundraiser or campaign number, no medicine batch; a UHID /
MRN and an IP No, a masked account or card, IFSC, MID, TID, a terminal's BATCH NO, a cashier's code, GSTIN and D.L.
No. stay) and the day on one (no date anywhere on that page: no admission, discharge, report, expiry, first-EMI,
sanction or divider day, no financial year in a document's or an IP number; a chat divider says Today or Yesterday,
an e-mail's header gives an hour only, a slip prints only its TIME, the stamp carries no day). Sums: rupees as ₹
(only in faces that draw it), Rs., Rs, INR or none (a lab's and a pharmacy's item lines, a slip's sums), lakh
grouping mostly and western on some, whole rupees on many pages (deposits in ₹500s, a trust's release in ₹1,000s).
Days: heldout121's PATS with an hour on screens, SLIP_PATS on paper, heldout116's slip formats on terminals (08-DEC-
2026, 08/12/26 …). Faces: heldout119's SCREEN_FACES for app screens and the chat, PAGE_FACES (with Noto Serif, DejaVu
Serif, Liberation Serif) for the settlement receipt, the TPA's advice, the refund and the payout, LOAN_FACES for the
medical loan, SLIP_FACES for the card slip, PAPER_FACES (monospace and serif) for the lab's and the pharmacy's paper,
heldout122's BOOK_FACES (the serif faces, Noto Sans, Liberation Sans) for the deposit receipt; every text (e-mail
headers, chat texts, the stamp's lines too) checked glyph by glyph. Frames are heldout121's ``compose``
(heldout119's: heldout106's phone, browser, e-mail and crop frames with heldout118's iPhone bars or heldout117's
Android bars and banner; heldout121's violet stamp, here the hospital's cash counter's, under the footer) and
heldout118's WhatsApp chat round a forwarded screenshot. Degraded copies by ``heldout14_render.degrade``: every
screen (the chat too) is photographed off the display; receipts, slips, invoices, vouchers and letters are paper.
Seeds are ``heldout123-<i>`` (``heldout14_render.family_set``), so no page repeats an earlier set's.

Truth conventions (README "Receipt fields"; heldout122's, heldout121's and heldout119's where the README is silent;
those this set had to settle are marked *settled*):

* amount: the sum this payment moved (or tried to move), as "1234.50": a UPI or app screen's large sum, a
  transfer's Amount (never with its Charges and GST on Charges, the Total Amount Debited: heldout119), a slip's
  TOTAL / AMOUNT / SALE AMOUNT (an EMI sale's BASE AMOUNT, never the EMI AMOUNT or TOTAL WITH INTEREST: heldout119),
  a deposit receipt's Amount Received / Deposit Amount (never the Total Deposit till date, the Previous deposits or
  the Estimated cost), a lab's or OPD receipt's Amount Paid / Paid Amt / Received (never the Gross, the Discount,
  the Net Amount before a part paid, the Balance: heldout121's counter receipt). *settled*: the final bill's
  settlement receipt's is the sum paid at discharge (Amount paid now / Balance paid at discharge / Amount
  Received), never the Gross Bill Amount, the discount, the insurer's or TPA's share, the Patient's share, the
  advance deposit adjusted (money paid before, README) or a refund due; a TPA's advice's is the Net Amount Paid /
  Amount Transferred after the deductions and TDS, never the Claimed or Approved Amount; a medical loan's down
  payment page's is the down payment the patient paid, never the treatment cost, the loan amount, the EMI or the
  processing fee (heldout119's down payment), and a disbursement advice's is the Net amount disbursed to the
  hospital after the subvention, never the loan amount, the bill or the down payment collected; the pharmacy's is
  the Net Amount / NET PAYABLE after the discount and round-off, never the Gross, the GST, the Cash Tendered or the
  Change (the payment moved the bill's sum: tendered less change); a refund's is the Refund amount (what the
  refund moved), never the deposits or the final bill; a payout's is the Amount transferred / Payout amount /
  Amount released, never the Amount raised, the Goal, the Platform fee or a trust's Sanctioned amount. On the
  failed and pending pages the sum tried.
* currency: INR on every page.
* status: the outcome as printed. Success: Payment Successful, Paid successfully, Transaction Successful, Money
  sent, Funds transferred successfully, <mode> transfer successful, RECEIVED WITH THANKS, DEPOSIT RECEIVED, PAID,
  ** PAID **, PAYMENT RECEIVED, FINAL BILL SETTLED - PAID, Payment Status: Paid / PAID, APPROVED / TXN APPROVED,
  Claim Status Settled / Paid / Payment processed, Down payment received, Loan booked - down payment paid,
  Disbursement Status Disbursed / Successful, Refund processed / credited, REFUND PAID, Transferred to hospital,
  Payout successful, Transfer successful. Failed: Payment Failed, Transaction failed, Payment declined, Transaction
  Failed, <mode> transfer failed, Transfer rejected, CARD DECLINED - DEPOSIT NOT RECEIVED, CARD DECLINED - BILL NOT
  SETTLED / PAID, Payment Status: Failed (- card declined), DECLINED / TXN DECLINED / NOT APPROVED, UPI PAYMENT
  FAILED - BILL NOT PAID, Returned - beneficiary account invalid, Returned by beneficiary bank, Refund failed -
  account details invalid, REFUND FAILED - NEFT RETURNED, Payout failed - hospital account could not be verified.
  Pending: Payment Pending, Payment processing, Transaction pending, Transaction in process, Pending at beneficiary
  bank, <mode> under process, UPI CREDIT AWAITED - PROVISIONAL RECEIPT, PAYMENT PENDING CONFIRMATION -
  PROVISIONAL, NEFT CREDIT AWAITED - DISCHARGE ON UNDERTAKING, Payment Status: Pending - credit awaited, TRANSACTION
  PENDING (HOST TIMEOUT - DO NOT RETRY), PAYMENT PENDING - PAY AT CASH COUNTER, Payment Status: PENDING (UPI),
  Approved - payment under process, Awaiting credit confirmation, Refund initiated, Refund under process, Payout
  scheduled - under process, Transfer under process. *settled*: a pharmacy bill put on the patient's IP account
  (CREDIT BILL - PAYABLE AT DISCHARGE, Mode IP Credit) is pending: nothing was paid yet (README's UNPAID); a lab
  bill paid in part (RECEIVED WITH THANKS over a Balance Due) is a success of the part paid; on a refund the
  refund's own outcome (heldout87); a disbursement's "Disbursed" is a success (heldout121's loan advice); the
  footers' terms ("Unused advance is refunded by NEFT only", "do not collect the approved amount from the
  patient") and a chat's texts state no outcome.
* date: the payment's day, ISO, numeric days day first, two-digit years 20yy. Never an Admission Date / DOA /
  Admitted on, a DOD / Discharged on, a Reports on / Report Date, a medicine's Exp, a First EMI on / EMI starts, a
  Sanctioned on / Loan booked on, a chat divider's Today / Yesterday, an e-mail header's hour, the status bar's
  clock, a chat bubble's hour. *settled*: a receipt's, bill's, voucher's or invoice's own Date is the day paid (the
  counter prints it when the money is taken); a TPA's advice's Payment Date / Transfer Date / Date of Payment, and
  on the one under process its Approved on; a disbursement's Disbursement Date / Date of Disbursement / Value Date
  (heldout121); a refund's Refund Date / Refunded on, and on a failed or initiated refund its Refund initiated on
  (heldout87); a payout's Transferred on / Date of transfer, and on a failed or scheduled payout its Requested on;
  a down payment's Date / Paid on / Booked on.
* merchant_name: the hospital (or its lab or pharmacy) as printed, capitals where so printed: after Paid to / To /
  Sent to / Payment to / Paying to, under Beneficiary Name / Payee / Transferred to, on top of its own receipt,
  bill, invoice, voucher and counter paper, the terminal's merchant line under the brand, Hospital Name / Payee /
  Paid to / Provider Name on a TPA's advice, Hospital / Partner hospital / Paid to / Disbursed to / Beneficiary on a
  loan's page, Transferred to / Hospital / Beneficiary account name / Payee on a payout. Never the app, bank,
  terminal brand or its "POWERED BY" footer, the HIS's or LIS's "Powered by" line, the TPA, the insurer, the lender,
  the platform or trust, the patient, the relative (Received from, NAME on a slip, Campaigner, Borrower, the chat's
  contact), a doctor, the cashier or pharmacist. *settled*: PhonePe's "Banking name: <company>" under the payee's
  handle is the account's name, not the payee's (the name under Paid to stays); a pharmacy's "(A unit of
  <company>)" and a lab's "A unit of <hospital>" are the owner, not the payee (the name on top); on the refund of an
  advance the hospital that refunds (the name on top of its voucher, Refunded by / Hospital, Refund from), never
  the relative under Refund to / Payee Name / Refunded to, who receives it (heldout87's refund: the business the
  refund is with); a loan's down payment and its disbursement are both paid to the hospital (heldout119's dealer,
  heldout121's institution); a TPA, a platform or a trust pays the hospital for the patient.
* payment_method: "UPI" on UPI screens and every counter page paid by UPI (UPI (Google Pay), UPI - QR, Paytm UPI)
  and a refund to a UPI handle; "card" on a terminal's slip, a counter's Debit Card / Credit Card (Visa) / Card -
  RuPay / Mastercard with its last digits, and a refund by card reversal; "cash" for Cash / CASH / By Cash at a
  counter, a cash down payment and a cash refund; "netbanking" for NEFT, IMPS and RTGS (bank apps, net banking, a
  deposit or settlement by NEFT, a TPA's, lender's, platform's or trust's transfer, a refund by NEFT). The payer's
  account under Debited from / Paid from names no card (heldout115). *settled*: a pharmacy bill on the IP account
  (Mode IP Credit) is paid by none of the ways: None; the method of a failed or pending page is the way tried.
* transaction_id: at most one, as printed, the highest family printed: a UPI reference, UTR, RRN, IMPS Ref No;
  then a bank's reference (Transaction Reference, Reference No., a TPA's Payment Ref No. / Payment Batch Ref);
  then a transaction, payment or refund id (Transaction ID, Txn ID, an app's own id, Refund ID, Refund Ref No);
  then an approval code (Appr Code, APPROVAL CODE, AUTH CODE); then an order's number (Paytm's Order ID); then a
  document's own (Receipt No, Rcpt No, Settlement Receipt No, Bill No / Invoice No / INV NO of the page itself,
  Voucher No, a trust letter's Ref). *settled*: a patient's numbers are never the payment's id and may stay on the
  page with no id (UHID, MRN, IP No / IPD No, also when a terminal's REF: field carries the UHID); nor are a
  claim's or an authorisation's numbers (Claim No, Claim ID, CCN, AL No, Pre-auth No, Authorisation No), a Policy
  No, a Member ID / Card No, a Loan ID / Loan A/c No / Loan Account No / Agreement No, a Fundraiser ID / Campaign
  ID, a medicine's batch; nor the number of the bill a settlement receipt settles (Final Bill No / Against Bill No
  / IP Bill No: heldout122's bill against which a payment is made; the receipt's own number stands under the
  UTR or RRN); nor a MID, TID, terminal BATCH NO, a cashier's or user code, GSTIN, D.L. No., an account, card,
  IFSC, handle or phone number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import LOAN_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout122 import BOOK_FACES
from bench.receipt_sets.heldout123_families import (
    advance_refund,
    bank_transfer,
    card_slip,
    compose,
    crowdfund_payout,
    final_settlement,
    fresh,
    health_emi,
    ipd_deposit,
    lab_slip,
    pharmacy_invoice,
    tpa_settlement,
    upi_patient,
    whatsapp_forward,
)

SPLIT = "heldout123"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), heldout119's and heldout122's lists; ₹,
# • and the ticks are printed only in faces that draw them, and every text is checked against its face.
FAMILIES: list[Family] = [
    ("upi_patient", upi_patient, SCREEN_FACES),
    ("ipd_deposit", ipd_deposit, BOOK_FACES),
    ("final_settlement", final_settlement, PAGE_FACES),
    ("tpa_settlement", tpa_settlement, PAGE_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("lab_slip", lab_slip, PAPER_FACES),
    ("bank_transfer", bank_transfer, SCREEN_FACES),
    ("health_emi", health_emi, LOAN_FACES),
    ("pharmacy_invoice", pharmacy_invoice, PAPER_FACES),
    ("advance_refund", advance_refund, PAGE_FACES),
    ("crowdfund_payout", crowdfund_payout, PAGE_FACES),
    ("whatsapp_forward", whatsapp_forward, SCREEN_FACES),
]


def make_heldout123_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout123 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
