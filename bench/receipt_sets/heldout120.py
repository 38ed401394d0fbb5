"""heldout120: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a sixth random day's proofs of payment, as a wholesale textile and saree trader in Surat
receives them in 2026 from retailers across India (Kolkata, Hyderabad, Pune, Guwahati, Ludhiana, Kochi, Raipur,
Varanasi): B2B sums (₹15,000 to ₹6,00,000; a transporter's freight from about ₹12,000) paid from business current
accounts and business apps, on paper as much as on screens. One payment per page, no lists or threads.

* ``biz_upi``: a business UPI app's result screen (BHIM SBI Pay, Paytm for Business, HDFC SmartHub Vyapar, ICICI
  InstaBIZ, Axis neo for business, YONO Business, Kotak FYN Mobile; dark on some, an iPhone's or an Android's bars,
  a notification banner on one): the outcome (Payment completed, Amount paid successfully, Paid; Payment
  unsuccessful, Transaction declined by bank; Payment in progress, Awaiting confirmation from bank), the sum (₹15,000
  to ₹1,00,000), Payee / Paid to / Beneficiary (over or beside the name) and the trader's UPI ID, UPI Ref. No. / UPI
  RRN / Bank Ref No. (UTR) / UPI Reference ID and the app's Txn ID / Transaction ID on some, Date & Time / Paid on /
  Txn Date, Debited from / Paid from a current account, Remarks / Purpose ("Against inv 1260" on some), the
  per-transaction limit's line on some; a failed and a pending one.
* ``biz_transfer``: NEFT, RTGS or IMPS from a current account in a business banking app (InstaBIZ, neo for business,
  YONO Business, Kotak FYN Mobile, IDFC FIRST Business, FedMobile, IndusInd Business, bob World): the outcome, the
  sum, Beneficiary Name / Transfer to / Payee Name, the account, IFSC, Payment Type / Transfer Mode / Mode, UTR /
  UTR No. / IMPS Ref No. / RRN and the bank's Txn Ref No. / Reference No. on some, Value Date / Transaction Date,
  Debit A/c, Purpose, Initiated by (Maker) and Approved by (Checker) on some; the pending one "Pending for approval"
  / "Sent for authorisation" with Approved by Pending; a failed one returned.
* ``bulk_ack``: one record of a bulk vendor-payment file in a bank's corporate net banking (a browser: HDFC ENet,
  ICICI CIB, Kotak FYN, YONO Business, Axis neo for Corporates, YES CONNECT, FedCorp, bob World Business): Bulk
  Upload Ref / Batch Reference / File Reference, File Name (the day in it on some), Record n of m, the debit
  account, Remitter / Corporate Name, Beneficiary Name / Vendor Name / Payee Name, the account, IFSC, Payment Type /
  Product / Txn Type, Amount / Amount (INR) / Payment Amount, Value Date / Payment Date, Maker ID with the day and
  hour it was made, Checker ID, Authorisation Status (Authorised; Pending with Checker), Transaction Status /
  Payment Status / Status, UTR No. / UTR / UTR / RRN and Transaction Reference / Bank Ref No. on some, Customer Ref
  No.; a failed one (Authorised, then Rejected by beneficiary bank) and a pending one.
* ``cheque_status``: a cheque the retailer wrote: its net banking's Cheque Status Enquiry (a browser), a Positive
  Pay confirmation in an app with the cheque's status after it, the trader's bank's credit advice (realised), a
  cheque deposit acknowledgement (under clearing), a cheque return memo (paper): Payee / Payee Name or CREDIT TO /
  ACCOUNT NAME / A/C HOLDER, Drawn on / DRAWER, Cheque No. / CHQ NO and the cheque's own date, Amount, Paid on /
  Clearing Date / DATE, Inward Clg Ref No. / PPS Ack No. / JOURNAL NO / CLG REF NO / TRAN ID, the status; a failed
  and a pending one.
* ``demand_draft``: a demand draft bought for the trader, payable at Surat: the purchaser's counterfoil or DD issue
  advice (paper), a DD request in net banking, the bank's e-mail that it was issued, one cancelled and refunded: In
  favour of / Favouring / Payee, Payable at, DD No. / Draft No., DD Amount / Amount, Commission, GST @18%, Total
  Debited / Total Amount, Applicant / Purchaser, Date of Issue / Issue Date / Request Date, Request Ref No. /
  Transaction Ref No., Status / DD Status, "Valid for three months from the date of issue."; a failed and a pending
  one.
* ``gst_invoice``: the trader's own GST tax invoice (paper or a PDF on screen): the trader in capitals on top, the
  market's shop with the PIN code, GSTIN, TAX INVOICE, Invoice No. / Inv No. (SAT/26-27/1234), Invoice Date /
  Dated, Bill To / Buyer and Place of Supply, the fabric with its HSN, pieces x rate, Taxable Value, IGST @5%, Round
  Off, Invoice Total / Grand Total / Total Amount in figures and words; then PAID / ** PAID ** / PAID IN FULL with
  Paid on / Payment received on, Mode / Payment Mode and UTR (success), UNPAID / PAYMENT DUE with a Due Date and the
  interest note (pending), or RTGS RETURNED - UNPAID with RTGS received on and the UTR (failed).
* ``dalal_advice``: a textile broker's (dalal's) payment advice to the trader for a retailer it brought (paper): the
  dalal's firm, its market and mobile, PAYMENT ADVICE / PAYMENT SLIP, Advice No., Date, Party (the retailer), Paid
  to / Supplier / Payee (the trader), one or two bills with their numbers and days, Less: G.R., Less: Dhara /
  Discount n%, Net Amount / Amount Paid / Net Payment, By RTGS / NEFT with its UTR or By Cheque No. …, the outcome
  (PAYMENT RELEASED, PAID; RTGS RETURNED - PLEASE CONFIRM A/C DETAILS; PAYMENT UNDER PROCESS); a failed and a
  pending one.
* ``freight_receipt``: a transporter's money receipt for the freight on the trader's bales, paid by the retailer at
  its city and forwarded (paper): the transport company on top, its head office and branch, MONEY RECEIPT /
  FREIGHT RECEIPT, M.R. No. / MR No, Date, "Received from M/s <retailer>", L.R. No. and its day, From / To, Bales /
  Weight, Freight, Hamali, Door Delivery, Statistical Chg., Total / Total Amount / Amount Received, By / Mode (Cash,
  UPI with its UPI Ref, NEFT with its UTR, Cheque No. …), the reverse-charge note, the outcome (RECEIVED WITH
  THANKS, FREIGHT PAID; CHEQUE BOUNCED - RECEIPT CANCELLED; UPI PAYMENT AWAITING CONFIRMATION); a failed and a
  pending one.
* ``ledger_part``: a part payment against the trader's bills in the retailer's accounting software: Vyapar's or
  myBillBook's Payment-Out (phone), Zoho Books' Payment Made (a browser), a Tally Prime, Busy or Marg voucher
  printed (the retailer on top): Payment No. / Voucher No., Payment Date / Date, Party / Vendor / Account, Payment
  Type / Paid Through / Through (<bank> - NEFT / RTGS, Bank - NEFT / IMPS, UPI, Cash, Cheque), Reference# / Ref No.
  / Bank Ref, Cheque No., Paid / Amount Paid / Amount, "Against bills" with the bill's number, day and sum, Balance
  Due / Bill Balance, a Narration on some; a Cheque bounced tag (failed) and a cheque not cleared (pending) on two,
  no outcome on the rest.
* ``statement_extract``: a current account statement's extract with the one debit to the trader (a PDF printed or on
  screen, monospaced): the bank, STATEMENT OF ACCOUNT, A/c Name (the retailer), the account, Period, the columns
  Date, Narration, Chq/Ref No., Amount, Dr/Cr, the row (NEFT DR-<IFSC>-<NAME>-NETBANK, RTGS DR-…-<UTR>,
  IMPS/P2A/<ref>/<NAME>/SURAT, UPI/DR/<ref>/<NAME>/<bank>/Payment, CLG/<NAME>/CTS) wrapped at 24 characters as the
  bank cuts it, the closing balance; the failed one with NEFT RETURN-… credited back under it, the pending one under
  UNPOSTED / PENDING TRANSACTIONS with "Status: Pending - will be posted on settlement".
* ``bank_alert``: one debit alert in a messages app from banks the earlier sets used least: Federal Bank "… debited
  from your A/c XX1234 on <day> for NEFT to <NAME>. UTR …", UCO Bank "… debited by … through RTGS to <NAME>, UTR …",
  Indian Bank's RTGS "has been returned by the beneficiary bank" (failed), Bank of India "… sent via IMPS … to <NAME>
  … IMPS Ref …", Central Bank of India's NEFT with no day (the divider says Today or Yesterday), IDBI Bank's NEFT
  request "is pending for processing. Ref No …" (pending), South Indian Bank's "by transfer to <NAME>" with no
  reference, IndusInd Bank "towards UPI to <NAME>. UPI Ref …"; the balance after on some.
* ``branch_counterfoil``: a branch's counterfoil, photographed (paper; UCO Bank in Kolkata, Bank of Maharashtra and
  Cosmos Co-op Bank in Pune, Punjab & Sind Bank in Ludhiana, Indian Overseas Bank in Guwahati, Karur Vysya Bank in
  Kochi, Baroda U.P. Bank in Varanasi, Chhattisgarh Rajya Gramin Bank in Raipur): an RTGS / NEFT application's
  (REMITTER / APPLICANT, BENEFICIARY / BENE NAME, BENE A/C, IFSC, MODE, COMMISSION, UTR) or a cash deposit into the
  trader's account (A/C NAME / CREDIT A/C OF, DEPOSITOR, PAN, MODE CASH, the notes counted; under ₹2,00,000), DATE /
  TRAN DATE, AMOUNT / TOTAL, TRAN ID / JOURNAL NO, the stamp (PROCESSED, RECEIVED, CASH RECEIVED; RETURNED - INVALID
  A/C NO. AMOUNT CREDITED BACK; RECEIVED FOR PROCESSING - UTR AWAITED), TELLER; a failed and a pending one.

Outcomes: one failed and one pending in every family. Absent fields: each family leaves the id out on one page
(nothing of any id family is printed there: no UTR, UPI or IMPS reference, RRN, bank's, app's, clearing, PPS,
journal or request reference, no advice, voucher, payment, M.R., invoice, bill, L.R., batch or customer reference,
no cheque or DD number; a statement's Chq/Ref No. column left blank) and the day on one (no date anywhere on that
page: no invoice, bill, L.R., cheque, maker's, due or period day either, no day in a file name or an invoice
number's financial year; an SMS divider says Today or Yesterday, an e-mail's header gives an hour only). Sums:
rupees as ₹ (only in faces that draw it), Rs., Rs, RS., INR or no mark (a slip's and a statement's bare sums, a
bill's lines), lakh grouping mostly and western on some, whole rupees on many pages. Days: PATS and SLIP_PATS of
heldout119 (05 Mar 2026, 05-03-2026, 05/03/2026, 5 March 2026, 05-Mar-2026, 05.03.2026, Thu, 5 Mar 2026, Mar 5,
2026, 2026-03-05, 5 Mar '26, 05/03/26 …) with an hour on most screens; 05-03-2026, 05/03/26, 05.03.2026, 05-Mar-2026,
05-MAR-2026 and 05-Mar-26 in SMS alerts; 05/03/26 and 05-03-26 in a statement's Date column. Faces: heldout119's
lists: Noto Sans and Sans Display, DejaVu Sans and Sans Condensed, Liberation Sans, FreeSans for app screens and
alerts, with Noto Serif, DejaVu Serif and Liberation Serif besides for net banking, DD pages; DejaVu Serif and
Liberation Serif besides for cheques and accounting pages; DejaVu Sans Mono, Liberation Mono, FreeMono and Noto
Sans Mono for statements, with DejaVu Serif, Liberation Serif and FreeSerif besides for the dalal's advice, the
freight receipt and the branch counterfoils; the serif faces, Noto Sans and Liberation Sans for the invoice; every
text checked glyph by glyph. Frames are heldout119's ``compose`` (heldout106's phone, browser, e-mail and messages
frames with heldout118's iPhone bars or heldout117's Android bars and banner); paper pages are the rows alone.
Degraded copies by ``heldout14_render.degrade``: every screen (browser pages and a PDF on screen too) is
photographed off the display; counterfoils, advices, memos, invoices printed, vouchers and freight receipts are
paper. Seeds are ``heldout120-<i>`` (``heldout14_render.family_set``), so no page repeats an earlier set's.

Truth conventions (README "Receipt fields"; heldout119's, heldout97's, heldout92's, heldout89's and heldout84's
where the README is silent; those this set had to settle are marked *settled*):

* amount: the sum the payment moved (or tried to move), as "1234.50": a UPI screen's large sum, a transfer's
  Amount, a bulk record's Amount / Payment Amount (never the file's other records), a cheque's Amount / CHEQUE
  AMOUNT, a DD's DD Amount / Amount (never the Commission, its GST or the Total Debited; heldout89), a counterfoil's
  AMOUNT / TOTAL (never the COMMISSION or the notes counted), an alert's sum, a statement row's Amount (never the
  closing balance or the return row's credit, which is the same sum). Never a balance after paying, a limit, a
  return or cheque charge, a Less: G.R. or Dhara, a freight line (Freight, Hamali, Door Delivery), a bill's sum or
  balance, the Positive Pay note's Rs.50,000. *settled*: a paid GST invoice's is its Invoice Total / Grand Total
  (paid in full); an unpaid one's and a returned one's the same total (heldout97: what is due or was tried); a
  dalal's advice's the Net Amount / Amount Paid / Net Payment (the bills less goods returned and dhara; never a
  bill's sum); a freight receipt's the Total / Total Amount / Amount Received (every line in; the transporter is
  paid the whole); a ledger page's the part paid now (Paid / Amount Paid / Amount; never the bill or the Balance
  Due).
* currency: INR on every page.
* status: the outcome as printed. Success: Payment completed, Amount paid successfully, Transaction Successful,
  Paid, Funds transferred to beneficiary, RTGS / NEFT / IMPS successful, Processed, Credited to beneficiary,
  Executed, Paid - Inward clearing, Cleared, CHEQUE REALISED - CREDITED, STATUS: REALISED, DD Issued, Issued,
  PAID, ** PAID **, PAID IN FULL, PAYMENT RELEASED, RECEIVED WITH THANKS, FREIGHT PAID, PROCESSED, TRANSACTION
  PROCESSED, RECEIVED, CASH RECEIVED, an alert's "debited", "sent via IMPS". Failed: Payment unsuccessful,
  Transaction declined by bank, Payment failed, Transaction Failed, Returned by beneficiary bank, RTGS / NEFT /
  IMPS failed, Rejected by beneficiary bank, Returned - A/c closed, RETURNED UNPAID - FUNDS INSUFFICIENT, CHEQUE
  DISHONOURED: EXCEEDS ARRANGEMENT, RTGS RETURNED - UNPAID, RTGS RETURNED - PLEASE CONFIRM A/C DETAILS, CHEQUE
  BOUNCED - RECEIPT CANCELLED, Cheque bounced, CHEQUE RETURNED - ENTRY REVERSED, RETURNED - INVALID A/C NO. …, an
  alert's "has been returned by the beneficiary bank", a statement's NEFT RETURN row under the debit. Pending:
  Payment in progress, Awaiting confirmation from bank, Transaction pending, Pending for approval, Sent for
  authorisation, Transaction in process, Pending for authorisation, Awaiting authorisation, UNDER CLEARING, SENT
  FOR CLEARING - CTS, Pending at branch for issue, UNPAID, PAYMENT DUE (README), PAYMENT UNDER PROCESS, UPI PAYMENT
  AWAITING CONFIRMATION, Cheque deposited - not cleared, Status: Cheque pending clearance, "Status: Pending - will
  be posted on settlement", RECEIVED FOR PROCESSING - UTR AWAITED, an alert's "is pending for processing".
  *settled*: a bulk record's Transaction Status / Payment Status / Status is the payment's; its Authorisation Status
  (Authorised, Pending with Checker) is the maker-checker step's, so "Authorised" beside "Rejected by beneficiary
  bank" is failed; "Cancelled - amount refunded to A/c" on a DD is failed (the draft will never pay the trader); a
  posted statement row, a ledger or voucher entry with no tag and a Positive Pay line alone state no outcome: None
  (heldout92's statement); "Credit subject to realisation" is a term, not an outcome (heldout89).
* date: the payment's day, ISO, numeric days day first, two-digit years 20yy. *settled*: a bulk record's Value Date
  / Payment Date (never the Maker ID's day or the file name's); a cheque's Paid on / Clearing Date, a credit
  advice's CREDIT DATE / DATE, a deposit acknowledgement's DATE OF DEPOSIT, a return memo's DATE (never the
  cheque's own date, CHQ DATE / Cheque Date); a DD's Date of Issue / Issue Date or, on a request, its Request Date;
  a paid invoice's Paid on / Payment received on, a returned one's RTGS received on (never its Invoice Date / Dated,
  a bill's day, which is earlier), and an unpaid invoice's own Invoice Date / Dated (heldout97: a page not paid
  counts its own day; never its Due Date); a dalal's advice's Date (the day it releases the payment; never a bill's
  day); a freight receipt's Date (never the L.R.'s day); a ledger page's Payment Date / Date (never a bill's day); a
  statement row's Date (never the Period); a counterfoil's DATE / TRAN DATE; an alert's day in its sentence. Never
  an SMS divider's Today / Yesterday or a weekday, an e-mail's hour, the status bar's clock.
* merchant_name: the trader paid, as printed (capitals where so printed): after Payee / Paid to / Beneficiary
  (over or beside it), Beneficiary Name / Transfer to / Payee Name / Vendor Name, Payee / Payee Name on a cheque's
  enquiry or Positive Pay, CREDIT TO / ACCOUNT NAME / A/C HOLDER / A/C NAME / CREDIT A/C OF on the trader's bank's
  papers (truncated at 26 characters as printed), In favour of / Favouring / Payee on a DD, BENEFICIARY / BENE NAME
  on a counterfoil, an alert's "to <NAME>" (22 characters as printed), a statement narration's name as the bank
  cut it (16 characters in NEFT and RTGS, 14 in IMPS and UPI, 20 in a clearing row; across the wrap). *settled*:
  the trader on top of its own invoice; the supplier under Paid to / Supplier / Payee on a dalal's advice (never the
  dalal's firm on top or the Party); the transport company on top of its freight receipt (the freight is paid to
  it, not to the trader); the Party / Vendor / Account on a ledger page (never the software on top or the retailer).
  Never the app, bank, remitter, corporate name, drawer, applicant, purchaser, depositor, A/c Name of a statement
  (the retailer), a handle.
* payment_method: "UPI" on every UPI screen, a UPI alert, a UPI statement row, an invoice or freight receipt paid
  by UPI / PhonePe UPI / GPay, a ledger's UPI; "netbanking" for NEFT, RTGS and IMPS (a business app, a bulk
  record's Payment Type, a counterfoil's MODE, an alert's NEFT / RTGS / IMPS, a statement's NEFT DR- / RTGS DR- /
  IMPS/P2A/ row, an invoice's or ledger's NEFT / RTGS / IMPS, a dalal's By RTGS / NEFT); "cash" for a cash deposit
  and a freight, invoice or ledger paid in Cash. A cheque (every cheque page, a clearing row, By Cheque, Mode
  Cheque) and a demand draft are none of the ways: None (heldout89, heldout119). *settled*: South Indian Bank's
  "by transfer to <NAME>" names no way: None.
* transaction_id: at most one, as printed, the highest family printed (README): a UTR, UPI or IMPS reference, RRN, an
  alert's UTR / IMPS Ref / UPI Ref, a statement row's reference in its narration or Chq/Ref No. column; then a bank's
  reference (Txn Ref No., Reference No., Transaction Reference, Bank Ref No., Inward Clg Ref No., CLG REF NO,
  JOURNAL NO, TRAN ID, Request Ref No., Transaction Ref No., an alert's Ref No); then an app's Txn ID /
  Transaction ID; then a document's own number (Invoice No., Advice No., M.R. No., Payment No. / Voucher No.).
  *settled*: a Positive Pay acknowledgement (PPS Ack No. / Acknowledgement No.) is the bank's reference for the
  cheque; a Bulk Upload Ref / Batch Reference / File Reference and a Customer Ref No. are never the payment's
  (heldout89's batch and customer references); a ledger's bill number, a dalal's Bill No., an L.R. number, a
  remark's invoice number, a Cheque No. / CHQ NO and a DD No. / Draft No. are never (heldout89, heldout100), nor
  an account, IFSC, GSTIN, PAN, HSN, a mobile or a helpline.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES, SLIP_FACES
from bench.receipt_sets.heldout120_families import (
    bank_alert,
    biz_transfer,
    biz_upi,
    branch_counterfoil,
    bulk_ack,
    cheque_status,
    compose,
    dalal_advice,
    demand_draft,
    freight_receipt,
    fresh,
    gst_invoice,
    ledger_part,
    statement_extract,
)

SPLIT = "heldout120"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), heldout119's lists; ₹, • and the
# ticks are printed only in faces that draw them, and every text is checked against its face.
MIXED_FACES = SCREEN_FACES + ["dejavu/DejaVuSerif.ttf", "liberation2/LiberationSerif-Regular.ttf"]
FAMILIES: list[Family] = [
    ("biz_upi", biz_upi, SCREEN_FACES),
    ("biz_transfer", biz_transfer, SCREEN_FACES),
    ("bulk_ack", bulk_ack, PAGE_FACES),
    ("cheque_status", cheque_status, MIXED_FACES),
    ("demand_draft", demand_draft, PAGE_FACES),
    ("gst_invoice", gst_invoice, BILL_FACES + ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf"]),
    ("dalal_advice", dalal_advice, PAPER_FACES),
    ("freight_receipt", freight_receipt, PAPER_FACES),
    ("ledger_part", ledger_part, MIXED_FACES),
    ("statement_extract", statement_extract, SLIP_FACES),
    ("bank_alert", bank_alert, SCREEN_FACES),
    ("branch_counterfoil", branch_counterfoil, PAPER_FACES),
]


def make_heldout120_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout120 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
