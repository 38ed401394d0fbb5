"""heldout121: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a seventh random day's proofs of payment, as a coaching institute and a school in a
tier-2 Indian city (Kota, Patna, Dehradun, Mysuru, Nashik, Ranchi, Guntur, Jalandhar) receive them in 2026 from
parents and students: fees from ₹1,500 to ₹2,50,000, paid by UPI, through fee portals and gateways, by an education
loan, in instalments, at the bank's branch and at the office counter. One payment per page, no lists or threads.

* ``upi_fee``: a UPI app's result screen (PhonePe, Google Pay, Paytm, CRED, BHIM, Amazon Pay; dark on CRED and on
  some others; an iPhone's bars or an Android navigation bar, a notification banner on one): the outcome (a tick on
  some), the sum, Paid to / To / Sent to / Paid to: / Payment to (Paying to on a failure or a wait) and the school,
  its handle, Transaction details (UPI Ref No, UPI Reference No., UTR, UPI Transaction ID, UPI Ref. No., UTR No; the
  app's own id on some), the day, Debited from / Paid from / From / Bank account, a Note / Message / Remarks /
  Purpose ("Term 1 fee Aarav 9B") on most; a failed and a pending one.
* ``erp_receipt``: a school ERP's online fee receipt in a browser (Entab CampusCare, Fedena, MyClassboard,
  Teachmint, Edunext, a school's own, NLET, Classplus): the school on top, its address, affiliation, ONLINE FEE
  RECEIPT / Fee Receipt (Online) / E-RECEIPT - FEE PAYMENT, Receipt No / Rcpt No, Receipt Date / Date / Payment
  Date, the student, Admission No / Adm. No. / Scholar No (a Roll No on the page without an id), class, father's
  name, Fee Period / Installment (Term I, Quarter 1 …), the fee heads, Total / Total Fee / Gross Amount, a
  Concession on some, Amount Paid / Net Amount Paid / Total Paid, the sum in words on some, Payment Mode (Online -
  UPI, a card, Net Banking), Transaction ID / Txn ID / Gateway Txn ID and Bank Ref No on some, Payment Status.
* ``fee_gateway``: a fee-collection gateway's result page in a browser: SBI Collect's e-Receipt (Category
  Educational Institutions, Institution Name, SB Collect Reference No DU…), ICICI Eazypay (Eazypay Transaction ID,
  ICICI Reference No), Easebuzz (Easepay ID), Razorpay (Payment ID pay_…), PayU (PayU ID, Bank Ref No), Paytm PG
  (Order ID, Transaction ID), CCAvenue (Tracking ID, Bank Ref. No.), Cashfree (CF Payment ID, Bank Reference No):
  Payment to / You are paying and the institute, the outcome, Amount / Amount Paid / Transaction Amount, the
  student, Enrollment No / Student ID / Registration No, Paid via / Payment Mode / Mode, the day, a masked mobile.
* ``loan_disbursal``: an education loan's disbursement advice as the lender's e-mail (four) or its printed letter
  (four) (SBI Scholar Loan, HDFC Credila, Avanse, Baroda Vidya, Canara Vidya Turant, PNB, Auxilo, Union Bank): the
  sentence (disbursed, returned by the beneficiary bank, awaiting credit confirmation), Loan Account No, the
  student, the course, Disbursed to / Institution / Beneficiary, Sanctioned Amount, Amount Disbursed /
  Disbursement Amount / This Disbursement, Total disbursed till date on some, Mode NEFT / RTGS "to institution's
  account", UTR (a Transaction Reference No on the returned one), Date of Disbursement / Disbursement Date / Value
  Date, the rate and the moratorium.
* ``instalment_plan``: a course fee's instalment paid in an institute's own app, Classplus or Teachmint, or through
  a 0% fee plan (GrayQuest, Propelld, Eduvanz, Jodo), on a phone or in a browser: "Instalment 2 of 3 paid" /
  "EMI 1 of 4 paid" / Payment Successful, the sum, Paid to / Institute / Institute Name, the student, the course,
  Total course fee / Plan amount, This instalment, Paid till date, Balance outstanding, Next instalment due / Next
  due date / Next EMI on (with its sum on some), Payment mode, Transaction ID / Payment ID, a UPI Ref No / UTR and
  a Receipt No on some, Paid on / Date / Payment date.
* ``scholarship_receipt``: the school's printed counter receipt (paper, serif): the school in capitals, FEE RECEIPT /
  MONEY RECEIPT, Receipt No. / Sl. No., Date, the student, class, Adm. No / S.R. No, the fee heads, Gross / Total
  Fee, "Less: Merit Scholarship (25%)" (a state scholarship, a sibling, staff-ward, EWS or sports concession),
  Net Fee Payable, Amount Received (a part with its Balance Due on some), the sum in words, Mode of Payment (Cash,
  UPI with its reference, Debit Card (POS), Cheque / DD No.), the outcome line, the cashier.
* ``bank_challan``: a bank's fee-collection challan, the student's or depositor's copy, printed and stamped at the
  branch (paper, monospace or serif; SBI, Canara, PNB, Union Bank, Bank of Baroda, Indian Bank, HDFC, Punjab &
  Sind): CHALLAN NO, DATE / DATE OF DEPOSIT, CREDIT TO / INSTITUTION / NAME OF INSTITUTION and the collection
  account, the student, father, class, roll number, the fee heads (bare sums), TOTAL / TOTAL RS. / TOTAL AMOUNT,
  the sum in words, DEPOSITED BY / DEPOSITOR, PAID IN: CASH or a cheque, JOURNAL NO / TXN REF NO / SCROLL NO, the
  outcome line, the cashier, and the branch's violet rubber stamp (the bank, the branch, the day, CASH RECEIVED /
  PAID / RETURNED / FOR COLLECTION) tilted over the lower part.
* ``parent_sms``: one alert in a messages app from a parent's bank: Bank of Maharashtra's "debited by Rs.X on
  <day> for UPI to <NAME> Ref No …", IOB's "towards NEFT-<UTR>-<NAME>", UCO Bank's failed UPI "to <NAME>", Central
  Bank of India's IMPS with no day (the divider says Today or Yesterday), Federal Bank's "sent via UPI … to VPA
  <handle>" (no name), Karnataka Bank's "towards NEFT to <NAME>, UTR …", Punjab & Sind Bank's IMPS "is under
  process", IDFC FIRST's credit card "spent … at <NAME>" (no reference); the balance or limit after on some.
* ``card_slip``: the fee office's card terminal's charge slip (Pine Labs, Ezetap, Paytm Card Machine, Mswipe,
  BharatPe Swipe, Worldline, PhonePe Smart POS, Innoviti; paper, monospace): the school in capitals, its road and
  city with the PIN code, SALE / CHARGE SLIP, DATE and TIME, MID, TID, BATCH, INVOICE NO / BILL NO / INV NO, the
  scheme and CHIP / TAP / CONTACTLESS, the masked card, the card holder, AMOUNT / TOTAL / SALE AMOUNT / BASE AMOUNT,
  APPR CODE / AUTH CODE and RRN / RRN NO on approved slips, APPROVED, DECLINED with its response code, or
  TRANSACTION PENDING with "HOST NOT RESPONDING - DO NOT RETRY".
* ``group_chat``: a class's parents' WhatsApp group (its name and members on the header, a day divider, other
  parents' texts with their names in their bubbles, one parent's forwarded UPI screenshot with a word under it,
  a reply from another parent or the School Office; no sum and no other day in any text): the screenshot as
  ``upi_fee``'s rows (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay, CRED), its app's band cropped off on two.
* ``bbps_education``: an education fee paid through Bharat BillPay in an app (PhonePe, Paytm, Google Pay, Amazon
  Pay, bob World, Airtel Thanks, MobiKwik, CRED; dark on some): Education Fees, the outcome, the sum, Biller Name /
  Biller / Institute, Category, Student ID / Enrollment No / Admission Number, the student, B-Connect Txn ID /
  BBPS Transaction ID / Bharat BillPay Ref No and a UPI Ref No / UTR on some, Paid via / Payment mode / Paid using
  (UPI from a bank account, Amazon Pay Balance, MobiKwik Wallet, Net Banking, a credit card), the day.
* ``bank_transfer``: a parent's bank app after an IMPS, NEFT or RTGS transfer to the institute's fee account
  (Kotak, IDFC FIRST, IndusInd, FedMobile, AU 0101, BOI Mobile, IndOASIS, IOB Mobile; dark on some, iOS on some):
  the outcome, the sum, Sent to / Beneficiary / Payee name, the account (a virtual account on some), IFSC, Transfer
  type / Mode / Payment mode, IMPS Ref No / Reference ID (RRN) / UTR / UTR No. and the bank's Transaction ID / Txn
  ID / Reference No. on some, the day, From A/c, Remarks / Purpose, the balance after on some.

Outcomes: one failed and one pending in every family. Absent fields: each family leaves the id out on one page
(nothing of any id family printed there: no UPI reference, UTR, RRN, app's, gateway's, bank's, BBPS or lender's id,
journal or scroll number, approval code, order, receipt, challan, invoice or bill number, nor an admission,
enrollment or loan account number; a slip's MID and TID, an account or a masked mobile stay) and the day on one (no
date anywhere on that page: no due, next-instalment, disbursement or divider day either; an SMS or chat divider says
Today or Yesterday, an e-mail's header gives an hour only, a slip prints only its TIME, the stamp carries no day).
Sums: rupees as ₹ (only in faces that draw it), Rs., Rs, RS., INR or no mark (a challan's fee heads), lakh grouping
mostly and western on some, whole rupees on most pages. Days: as heldout119's (05 Mar 2026, 5 March 2026,
05-03-2026, 05/03/2026, 05.03.2026, 05-Mar-2026, Thu, 5 Mar 2026, Mar 5, 2026, 2026-03-05, 5 Mar '26 …, and
Thursday, 5 March 2026), with an hour on most screens; 05-03-2026, 05-MAR-26, 05/03/26 in SMS alerts; DD/MM/YYYY,
DD-MM-YYYY, DD-MON-YYYY, DD.MM.YYYY, DD/MM/YY and DD Mon YYYY on paper. Faces: Noto Sans and Sans Display, DejaVu
Sans and Sans Condensed, Liberation Sans, FreeSans for screens; Noto Serif, DejaVu Serif and Liberation Serif
besides for the ERP receipt and the loan advice; DejaVu Sans Mono, Liberation Mono, FreeMono and Noto Sans Mono
for slips, with DejaVu Serif, Liberation Serif and FreeSerif besides for challans; DejaVu Serif, Liberation Serif,
FreeSerif and Noto Serif for the counter receipt; every text (chat texts and the stamp's lines too) checked glyph
by glyph. Frames are heldout119's ``compose`` (heldout106's frames with heldout118's and heldout117's marks: an
iPhone's bars, an Android navigation bar, a notification banner; a messages app, an e-mail client, a browser, the
rows alone), with this set's two: a branch's rubber stamp over a challan and a WhatsApp group chat (senders' names
in the bubbles, "Forwarded" over the screenshot). Degraded copies by ``heldout14_render.degrade``: every screen
(the group chat too) is photographed off the display; the challan, the counter receipt, the charge slip and the
printed loan letters are paper. Seeds are ``heldout121-<i>``.

Truth conventions (README "Receipt fields"; heldout119's and the sets it follows where the README is silent; those
this set had to settle are marked *settled*):

* amount: the sum the payment moved (or tried to move), as "1234.50": a UPI or app screen's large sum, an ERP
  receipt's Amount Paid / Net Amount Paid after a concession, a gateway's Amount, a transfer's sum, an alert's sum
  debited, spent or sent, a slip's AMOUNT / SALE AMOUNT, a challan's TOTAL. Never a fee head, a Total / Gross
  Amount before a concession, a balance or limit after paying, a charge. *settled*: a loan advice's amount is the
  sum disbursed now (Amount Disbursed / This Disbursement), never the Sanctioned Amount or the Total disbursed till
  date; an instalment's is the instalment paid on this page, never the Total course fee / Plan amount, the Paid
  till date, the Balance outstanding or the next instalment; a counter receipt's is the Amount Received, never the
  Gross Fee, the scholarship taken off, the Net Fee Payable (equal to it unless a part was paid) or the Balance Due.
* currency: INR on every page.
* status: the outcome as printed (the outcome line, a Status / Payment Status / Transaction Status row, an alert's
  or the loan advice's sentence, a slip's APPROVED / DECLINED). *settled*: "Paid", "Instalment 2 of 3 paid", "EMI 1
  of 4 paid", "Fee paid successfully", "Received with thanks", "FEE RECEIVED - THANK YOU", "RECEIVED", "CASH
  RECEIVED - FEE CREDITED", "PAID", "APPROVED - PIN VERIFIED" and a disbursement "made directly to your
  institution" are successes; "FAILURE", "Fee payment failed", "Instalment 1 payment failed", "Bill payment
  failed", "CHEQUE DISHONOURED - RECEIPT CANCELLED", "CHEQUE RETURNED UNPAID - CHALLAN CANCELLED", "Transfer
  rejected" and a disbursement "returned by the beneficiary bank" are failures; "Awaited", "In Process", "Awaiting
  confirmation from biller", "Pending at beneficiary bank", "Subject to realisation of DD / cheque", "PROVISIONAL -
  SUBJECT TO REALISATION", "CHEQUE ACCEPTED FOR COLLECTION - SUBJECT TO REALISATION", "HOST NOT RESPONDING" under
  TRANSACTION PENDING and a disbursement "awaiting credit confirmation" are pending. The stamp repeats the outcome
  line and never changes it; chat texts never change the receipt's outcome.
* date: the payment's day, ISO, numeric days day first, two-digit years 20yy. Never a next instalment's due day,
  an SMS or chat divider's Today / Yesterday, an e-mail header's hour, a chat bubble's hour, the status bar's clock.
  *settled*: a loan's Date of Disbursement / Value Date is the payment's (the lender paid the institute that day);
  a challan's DATE / DATE OF DEPOSIT is the deposit's, and the stamp's day is the same.
* merchant_name: the payee as printed: the school or institute (or its trust's or company's name) after Paid to /
  To / Sent to / Payment to / Paying to, under Institution Name / Institute / Biller Name / Biller / Beneficiary /
  Payee name / Disbursed to / Institution / CREDIT TO / NAME OF INSTITUTION, on top of its own receipt, slip or
  gateway page, an alert's "for UPI to <NAME>", "NEFT-<UTR>-<NAME>", "to <NAME> on", "for IMPS to <NAME>", "towards
  NEFT to <NAME>", "at <NAME> on" (truncated as printed). Never the app, bank, lender, gateway, ERP, fee financier,
  terminal vendor, the student, the parent or depositor, a group's members. Federal Bank's "to VPA <handle>" names
  no payee: None. *settled*: a loan advice's payee is the institution disbursed to (the lender paid it for the
  student); a fee financier's page's is the institute under Paid to / Institute, never the financier; the BBPS
  biller is the school.
* payment_method: "UPI" on UPI screens and alerts, an ERP or gateway paid by UPI, a BBPS fee paid by UPI, a counter
  receipt paid by UPI; "netbanking" for NEFT / IMPS / RTGS (a bank app, an alert, the loan's disbursement, a
  gateway's or ERP's Net Banking, e-NACH (Net Banking)); "card" for a charge slip, a card alert, a gateway's or ERP's
  card, a BBPS fee on a credit card, Debit Card (POS) at the counter; "cash" for a challan PAID IN CASH and a counter
  receipt in Cash; "wallet" for Amazon Pay Balance and MobiKwik Wallet. A cheque or DD is none of the ways: None
  (heldout119). The parent's bank account under Debited from / Paid from names no card.
* transaction_id: at most one, as printed, the highest family printed: a UPI reference, UTR, RRN, IMPS Ref No / an
  alert's Ref No or UTR, then a bank's reference (Bank Ref No, ICICI Reference No, SB Collect Reference No, a
  B-Connect Txn ID / BBPS Transaction ID / Bharat BillPay Ref No, JOURNAL NO / TXN REF NO / SCROLL NO, a bank app's
  Reference No., a Transaction Reference No), then a transaction or payment id (Transaction ID, Txn ID, Gateway Txn
  ID, Eazypay Transaction ID, Easepay ID, Payment ID pay_…, PayU ID, CF Payment ID, Tracking ID, an app's own id),
  then an approval code, then an order's number (Paytm PG's Order ID), then a document's own (Receipt No, Rcpt No,
  Sl. No., CHALLAN NO, INVOICE NO / BILL NO / INV NO). *settled*: a challan's SCROLL NO is the bank's reference for
  the deposit, as heldout119's JOURNAL NO; a B-Connect Txn ID is a bank reference (README's family) and yields to a
  UPI Ref No on the same page. Never an Admission / Enrollment / Scholar / S.R. No or Student ID, a Loan Account
  No, a Roll No, an affiliation number or school code, a cheque's or DD's number, an account, card or mobile
  number, IFSC, MID, TID, BATCH, a cashier's id, a handle, a helpline.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout121_families import (
    bank_challan,
    bank_transfer,
    bbps_education,
    card_slip,
    compose,
    erp_receipt,
    fee_gateway,
    fresh,
    group_chat,
    instalment_plan,
    loan_disbursal,
    parent_sms,
    scholarship_receipt,
    upi_fee,
)

SPLIT = "heldout121"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); ₹, • and the ticks are printed only
# in faces that draw them, and every text is checked against its face.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
PAGE_FACES = SCREEN_FACES + ["noto/NotoSerif-Regular.ttf", "dejavu/DejaVuSerif.ttf",
                             "liberation2/LiberationSerif-Regular.ttf"]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
CHALLAN_FACES = SLIP_FACES + ["dejavu/DejaVuSerif.ttf", "liberation2/LiberationSerif-Regular.ttf",
                              "freefont/FreeSerif.ttf"]
BILL_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
]
LETTER_FACES = PAGE_FACES
FAMILIES: list[Family] = [
    ("upi_fee", upi_fee, SCREEN_FACES),
    ("erp_receipt", erp_receipt, PAGE_FACES),
    ("fee_gateway", fee_gateway, SCREEN_FACES),
    ("loan_disbursal", loan_disbursal, LETTER_FACES),
    ("instalment_plan", instalment_plan, SCREEN_FACES),
    ("scholarship_receipt", scholarship_receipt, BILL_FACES),
    ("bank_challan", bank_challan, CHALLAN_FACES),
    ("parent_sms", parent_sms, SCREEN_FACES),
    ("card_slip", card_slip, SLIP_FACES),
    ("group_chat", group_chat, SCREEN_FACES),
    ("bbps_education", bbps_education, SCREEN_FACES),
    ("bank_transfer", bank_transfer, SCREEN_FACES),
]


def make_heldout121_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout121 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
