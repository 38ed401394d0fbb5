"""heldout122: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): an eighth random day's proofs of payment, as a wholesale pharmaceutical distributor (a
stockist) in a tier-3 town (Bareilly, Jalgaon, Sambalpur, Karimnagar, Hoshiarpur, Sivakasi, Bhilwara, Tezpur)
receives them in 2026 from chemists, clinics and nursing homes: sums from ₹2,000 to ₹3,00,000, paid by UPI, from
business apps, by NEFT, IMPS and RTGS, by cheque and post-dated cheque, in cash at a branch, a machine or a banking
correspondent, through a B2B pharma ordering app and a gateway, and to the stockist's representative. One payment
per page, no lists or threads.

* ``upi_chemist``: a chemist's UPI app's result screen (PhonePe, Google Pay, Navi, Paytm, super.money, BHIM,
  WhatsApp's payments, MobiKwik; dark on Navi and some others, an iPhone's bars or an Android navigation bar, a
  notification banner on one): the outcome (a tick on some), the sum, Paid to / To / Sent to (Paying to / Payment
  to on a failure or a wait) and the stockist, its handle, Transaction details (UPI Ref No, UPI Reference No., UTR,
  UPI Transaction ID, UPI Ref. No., Bank Ref. No.; the app's own id on some: PhonePe's Transaction ID, Google
  transaction ID, Navi transaction ID, Paytm's Order ID, MobiKwik Txn ID), the day, Debited from / Paid from, a
  Note / Remarks / Add a note ("Against invoice").
* ``supplier_pay``: the chemist's business app paying its supplier (Khatabook's and OkCredit's supplier ledger,
  BharatPe, Paytm for Business, PhonePe Business; the chemist's business name under the app's): Payment to
  supplier / Supplier payment, the outcome, the sum, Supplier / Paid to / Supplier name, the supplier's UPI ID (its
  bank account and IMPS on two), Due before payment / Outstanding before and Balance due now / Remaining balance,
  Against bill / Bill no. on some, UPI Ref No / UTR / Bank reference no. / IMPS Ref No and a Payment ID /
  Transaction ID / Txn ID on some, Paid on / Date, Paid from.
* ``bank_sms``: one debit alert in a messages app from banks the earlier sets used least: Uttar Pradesh Gramin
  Bank's "debited Rs.X on <day> and transferred to <NAME> via UPI. Ref …", Rajasthan Gramin Bank's "by NEFT in
  favour of <NAME>. UTR No …", Odisha Grameen Bank's IMPS "to <NAME> on <day> has failed", Telangana Grameena
  Bank's "for NEFT to <NAME>" with no day (the divider says Today or Yesterday), Capital Small Finance Bank's "paid to <NAME> …
  via UPI (Ref …)", Tamil Nadu Grama Bank's NEFT request "is being processed", Assam Gramin Vikash Bank's "by
  transfer to <NAME>" with no reference, Jalgaon Janata Sahakari Bank's "for IMPS to <NAME>. IMPS Ref No …"; the
  balance after on some.
* ``alert_mail``: one e-mail alert of the chemist's transfer from a small finance or co-operative bank (Utkarsh,
  Jana, Equitas, Saraswat, ESAF, Suryoday, The Nainital Bank, Ujjivan): the sentence (has been debited with X on
  <day> towards NEFT / IMPS / RTGS / UPI to <NAME>; has been returned by the beneficiary bank; is under process),
  then on most a table (Beneficiary Name / Beneficiary / Payee, Amount / Transaction Amount, Transfer Mode / Mode /
  Channel, Beneficiary A/c, UTR / UTR No. / UTR Number / IMPS Ref No / RRN / UPI Ref No / UPI Reference Number and
  a Reference No. / Txn Ref No on some, Transaction Date / Value Date / Date, the balance on some), a toll-free
  number, the header's hour.
* ``neft_imps``: the chemist's bank app or net banking after an IMPS, NEFT or RTGS to the stockist (TMB mConnect+,
  Saraswat Bank's net banking, Jana Bank, Capital Bank's net banking, Utkarsh Bank, Nainital Bank's net banking,
  ESAF Bank, Equitas Mobile; dark on some apps): Fund Transfer Acknowledgement on the browsers, the outcome, the
  sum, Beneficiary Name / Payee / Transferred to, the account, IFSC, Transfer Mode / Payment Type / Mode, UTR /
  UTR No. / UTR Number / IMPS Ref No / RRN and the bank's Transaction Reference / Reference No. / Txn ID on some,
  the day, Debit Account, Remarks / Purpose, Charges on some.
* ``cheque_pages``: a chemist's cheque to the stockist: the cheque leaf photographed (two: the drawee bank, IFSC,
  the date in boxes, A/C PAYEE, "Pay M/s <NAME>", the sum in words and in figures, the drawer's account and
  signatory, the MICR band; no outcome), the stockist's ACKNOWLEDGEMENT OF POST DATED CHEQUES (Ack No., Date,
  Party, Cheque No., Cheque Date later, Drawn on, Amount, "PDC RECEIVED - TO BE PRESENTED ON CHEQUE DATE"), the
  stockist's bank's CHEQUE RETURN MEMO (DATE OF RETURN, A/C NAME, CHQ NO, CHQ DATE, DRAWER, DRAWN ON, AMOUNT, CLG
  REF NO, CHEQUE RETURNED UNPAID, REASON: 01 - FUNDS INSUFFICIENT, RETURN CHARGES), a credit advice of the cheque
  realised (paper and an e-mail: CREDIT TO / A/C HOLDER, DRAWER, CHEQUE NO, CHEQUE DATE, CREDIT DATE / CLEARING
  DATE, AMOUNT, TRAN ID / CLG REF NO, STATUS: REALISED), the drawer's net banking's Cheque Status Enquiry (Payee
  Name, Amount, Paid on, Inward Clg Ref No., Status Paid - Inward clearing).
* ``cash_deposit``: cash paid into the stockist's account (paper): a pay-in-slip counterfoil at a regional rural
  or co-operative bank's branch (Uttar Pradesh Gramin Bank, Odisha Grameen Bank, Jalgaon Janata Sahakari Bank,
  Rajasthan Gramin Bank: DATE / DT, CREDIT A/C OF / A/C NAME, A/C NO, DEPOSITED BY / DEPOSITOR, MODE CASH, the
  notes counted, TOTAL / TOTAL RS., the sum in words, JOURNAL NO / SCROLL NO / TXN ID, CASH RECEIVED, TELLER, and
  heldout121's violet branch stamp), a cash deposit machine's slip (Bank of India, Indian Bank: DATE, TIME, CDM ID,
  A/C NO, A/C NAME, TXN CASH DEPOSIT, RRN / TXN NO, the notes, DEPOSIT AMOUNT / AMOUNT, TRANSACTION SUCCESSFUL or
  TRANSACTION FAILED with the notes returned), a banking correspondent's receipt (Fino Payments Bank, a Bank of
  Baroda BC point: Agent ID, Date / Txn Date, Beneficiary Name / A/c Holder, Depositor, Mode Cash Deposit, Amount,
  RRN / Bank RRN, Txn ID / Transaction ID, Status).
* ``b2b_order``: a B2B pharma ordering app's payment confirmation for an order the chemist placed with the stockist
  (Pharmarack, Retailio, Saveo, Medikabazaar; on a phone or in a browser): the outcome, the sum, Order ID / Order
  No., Distributor / Supplier / Sold by, the SKUs and units, Order value / Cart value, Scheme discount / Trade
  discount, Credit note applied on some, Amount paid / Paid amount (Total payable unpaid), Payment mode / Paid via
  / Payment method (UPI, Net Banking, a card), Payment ID / Transaction ID and a UPI Ref No / Bank Ref No on some,
  Paid on / Order date / Date, the expected delivery day on some.
* ``credit_note``: a payment against the stockist's invoice with credit notes adjusted: a nursing home's or
  hospital's vendor payment advice (an e-mail, or its PDF opened in a browser: Vendor / Paid to / Vendor Name,
  Invoice No., Invoice Amt, Less: Credit Note CN/…, Less: TDS u/s 194Q on some, Net Amount Paid / Net Payable /
  Amount Paid, Payment Mode NEFT / RTGS, UTR / UTR No. or a Payment Ref No., Payment Date / Value Date, Status) or
  the stockist's own receipt voucher printed from Marg, Tally, BUSY or EasySol (the stockist on top, GSTIN, RECEIPT
  VOUCHER / PAYMENT RECEIPT / MONEY RECEIPT, Rcpt No. / Voucher No., Date / Dated, Received from / Party, Bill No.
  with its sum, Less: CN/… (Expiry return, Breakage, Rate difference …), Amount Received / Net Received, By / Mode /
  Through (NEFT, RTGS, IMPS, UPI, Cash, a cheque) with its UTR / UPI Ref, the closing balance, the outcome line).
* ``mr_receipt``: a page of the stockist's collection receipt book filled by its medical representative at the
  chemist's counter (paper, a tinted carbon copy): the stockist on top, its trade line, address, D.L. No. and
  GSTIN, COLLECTION RECEIPT / MONEY RECEIPT / RECEIPT, No. / Receipt No., Date, "Received with thanks from M/s …",
  "the sum of Rupees …", by Cash / by UPI with its UPI Ref No. / by Cheque No. … dated … drawn on …, against Bill
  No. …, the sum in figures (₹ 45,600/-), Collected by / Received by the representative; CHEQUE BOUNCED - RECEIPT
  CANCELLED on one, CHEQUE UNDER CLEARING - PROVISIONAL on one.
* ``gateway_order``: a payment gateway's result page for an order on the stockist's own ordering site (Razorpay,
  PayU, Cashfree, PhonePe PG, Instamojo, Easebuzz, BillDesk, Juspay): Paying / Merchant / You are paying and the
  stockist, the outcome, Amount / Amount Paid / Transaction Amount, Order ID / Order No., Payment ID pay_…, PayU ID,
  CF Payment ID, PhonePe Transaction ID, a MOJO Payment ID, Easepay ID, BillDesk's Transaction Reference No,
  Juspay's Transaction ID, a UPI RRN / Bank Ref No on some, Paid via / Payment Mode / Payment Method, the day, a
  masked mobile.
* ``whatsapp_forward``: a chemist's payment screenshot forwarded to the stockist on WhatsApp (heldout118's chat:
  the chemist's name on the header, a day divider, the chemist's text, the screenshot in a bubble, the stockist's
  reply; no sum, number or other day in any text): ``upi_chemist``'s rows (PhonePe, Google Pay, Paytm, BHIM) or a
  bank app's IMPS (Jana Bank, TMB mConnect+, Utkarsh Bank: Beneficiary Name / Payee, Mode IMPS, IMPS Ref No / RRN,
  the day, From A/c).

Outcomes: one failed and one pending in every family (``cheque_pages``: the return memo and the post-dated
cheques' acknowledgement). Absent fields: each family leaves the id out on one page (nothing of any id family
printed there: no UPI, IMPS or bank reference, UTR, RRN, app's, gateway's or marketplace's id, order, bill,
invoice, credit note, receipt, voucher, acknowledgement, journal, scroll or clearing number, no cheque number; a
masked account, IFSC, a CDM's or agent's id, a GSTIN or drug licence, a toll-free number and the notes counted
stay) and the day on one (no date anywhere on that page: no cheque, due, bill or delivery day, no financial year in
a bill's number, no day on the stamp; an SMS or chat divider says Today or Yesterday, an e-mail's header gives an
hour only, a machine's slip prints only its TIME). Sums: rupees as ₹ (only in faces that draw it), Rs., Rs, RS.,
INR or no mark (a slip's, a counterfoil's and a memo's bare sums), lakh grouping mostly and western on some
(alerts' and cheques' lakh as heldout120's ``lakh``), whole rupees on many pages, "/-" after a cheque's and a
receipt book's figures. Days: heldout121's PATS with an hour on most screens, SLIP_PATS on paper, 05-03-26,
05/03/2026, 05-Mar-2026, 05.03.2026 and 05-MAR-26 in SMS alerts, a cheque's boxes spaced digit by digit (0 5 0 3
2 0 2 6). Faces: Noto Sans and Sans Display, DejaVu Sans and Sans Condensed, Liberation Sans, FreeSans for screens;
Noto Serif, DejaVu Serif and Liberation Serif besides for e-mails, browsers and advices; DejaVu Sans Mono,
Liberation Mono, FreeMono and Noto Sans Mono with DejaVu Serif, Liberation Serif and FreeSerif for counterfoils,
machine slips and memos; the serif faces, Noto Sans and Liberation Sans for cheques, vouchers and the receipt book;
every text (chat texts, e-mail headers, the stamp's lines too) checked glyph by glyph. Frames are heldout121's
``compose`` (heldout119's: heldout106's phone, browser, e-mail, messages and crop frames with heldout118's iPhone
bars or heldout117's Android bars and banner; heldout121's branch stamp over a counterfoil) and heldout118's
WhatsApp chat round a forwarded screenshot. Degraded copies by ``heldout14_render.degrade``: every screen (the chat
too) is photographed off the display; cheques, counterfoils, machine and BC slips, memos, paper advices, vouchers
and receipt books are paper. Seeds are ``heldout122-<i>`` (``heldout14_render.family_set``), so no page repeats an
earlier set's.

Truth conventions (README "Receipt fields"; heldout121's, heldout120's and heldout119's where the README is silent;
those this set had to settle are marked *settled*):

* amount: the sum the payment moved (or tried to move), as "1234.50": a screen's large sum, a transfer's Amount,
  an alert's sum debited, paid, transferred or tried, a cheque's figures, a memo's or advice's AMOUNT, a
  counterfoil's TOTAL (never the notes counted), a machine's DEPOSIT AMOUNT, a gateway's Amount. Never a balance,
  a limit, a charge (return charges, NEFT charges), the supplier's due before or after paying. *settled*: a B2B
  order's is the sum paid (the big sum, Amount paid / Total payable), never the Order value before the scheme
  discount and the credit note; a payment advice's is the Net Amount Paid after the credit note and TDS, and a
  receipt voucher's the Amount Received / Net Received, never the Invoice Amt / Bill sum, the credit note or the
  TDS (the credit note is goods returned, not money moved); the post-dated cheques' acknowledgement's is its
  Amount (what the cheque will pay).
* currency: INR on every page.
* status: the outcome as printed. Success: Payment Successful, Paid successfully, Transaction Successful, Money
  sent, Payment successful, Payment sent to supplier, Paid, Funds transferred successfully, <mode> transfer
  successful, Payment received, Order placed & paid, Processed, STATUS: REALISED, CHEQUE REALISED - CREDITED, Paid
  - Inward clearing, CASH RECEIVED (- CREDITED), RECEIVED, TRANSACTION SUCCESSFUL, STATUS: SUCCESS, Status: Success,
  RECEIVED WITH THANKS, PAYMENT RECEIVED, a receipt book's "Received with thanks from", an alert's "debited",
  "paid to", "has been debited". Failed: Payment Failed, Transaction failed, Payment declined, Payment could not be
  completed, Transfer rejected, <mode> transfer failed, Payment unsuccessful - order not placed, Payment was not
  successful, CHEQUE RETURNED UNPAID, TRANSACTION FAILED (notes returned), CHEQUE BOUNCED - RECEIPT REVERSED /
  CANCELLED, Returned by beneficiary bank, an alert's "has failed" and "has been returned by the beneficiary
  bank". Pending: Payment Pending, Payment processing, Transaction pending, Payment under process, Transaction in
  process, Pending at beneficiary bank, <mode> under process, Payment confirmation awaited, Awaiting confirmation
  from bank, Payment is being processed, Status: Pending - …, Initiated - pending with bank, an alert's "is being
  processed" and "is under process". *settled*: a cheque leaf states no outcome: None (heldout120's ledger entry
  with no tag); "PDC RECEIVED - TO BE PRESENTED ON CHEQUE DATE" is pending (nothing is paid until the cheque's day;
  heldout97's page not yet paid); "CHEQUE UNDER CLEARING - PROVISIONAL" and "UPI CREDIT AWAITED - PROVISIONAL
  RECEIPT" are pending; a receipt book's or voucher's stamped outcome (bounced, under clearing) overrides its
  printed "Received with thanks from"; the footer's "Cheques are subject to realisation" is a term, not an outcome
  (heldout89).
* date: the payment's day, ISO, numeric days day first, two-digit years 20yy. Never a divider's Today / Yesterday
  or weekday, an e-mail's hour, a chat's hour, the status bar's clock, an expected delivery day. *settled*: a
  cheque leaf's date is the cheque's own (the only day it prints; the day it is payable); on every other cheque
  page the day of the event printed (the return memo's DATE OF RETURN, the advice's CREDIT DATE / CLEARING DATE,
  the enquiry's Paid on, heldout120), never the CHQ DATE / CHEQUE DATE; the post-dated cheques' acknowledgement's
  own Date (the day the cheques were received), never the later Cheque Date; a receipt book's Date, never the
  cheque's "dated"; a payment advice's Payment Date / Value Date and a voucher's Date, never an invoice's day.
* merchant_name: the stockist paid, as printed (capitals where so printed): after Paid to / To / Sent to / Paying
  to / Payment to, Supplier / Supplier name, Beneficiary Name / Beneficiary / Payee / Transferred to / Payee Name,
  Distributor / Supplier / Sold by on a B2B order, Vendor / Vendor Name on a payment advice, CREDIT TO / A/C
  HOLDER / A/C NAME / CREDIT A/C OF (26 characters as printed), Beneficiary Name / A/c Holder at a BC point, "Pay
  M/s <NAME>" on a cheque (without the M/s), an alert's "transferred to <NAME> via", "in favour of <NAME>", "to
  <NAME> on", "for NEFT to <NAME>", "paid to <NAME> from", "by transfer to <NAME>", "for IMPS to <NAME>" (24
  characters as printed), the e-mail alert's "to <NAME>" (whole). Never the app, bank, marketplace, gateway,
  billing software, the chemist, nursing home or depositor, the representative. *settled*: the stockist on top of
  its own receipt voucher, receipt book and post-dated cheques' acknowledgement (heldout120's invoice); a B2B
  marketplace's distributor (the marketplace only carries the order), a gateway's merchant on its own ordering
  site.
* payment_method: "UPI" on UPI screens and alerts, a business app's UPI, a B2B order, gateway or voucher paid by
  UPI, a receipt book's "by UPI"; "netbanking" for NEFT, IMPS and RTGS (bank apps and net banking, alerts, a
  business app's IMPS to the supplier's account, payment advices, vouchers' NEFT / RTGS / IMPS), a B2B or gateway
  order paid by Net Banking; "card" for a B2B or gateway order paid by card; "cash" for a counterfoil's MODE CASH,
  a machine's CASH DEPOSIT, a BC point's Cash Deposit, a voucher's Cash, a receipt book's "by Cash". A cheque is
  none of the ways: None (heldout119, heldout120); Assam Gramin Vikash Bank's "by transfer to <NAME>" names no way:
  None (heldout120's South Indian Bank).
* transaction_id: at most one, as printed, the highest family printed: a UPI reference, UTR, RRN, IMPS Ref No / an
  alert's Ref / UTR No / IMPS Ref No, a UPI RRN; then a bank's reference (Bank Ref No, Reference No., Transaction
  Reference, Txn Ref No, CLG REF NO, TRAN ID, Inward Clg Ref No., JOURNAL NO / SCROLL NO / TXN ID / TXN NO on
  paper, BillDesk's Transaction Reference No, a Payment Ref No. on an advice); then a transaction or payment id
  (Transaction ID, Txn ID, Payment ID, PayU ID, CF Payment ID, PhonePe Transaction ID, Easepay ID, an app's own
  id); then an order's number (Order ID / Order No., Paytm's Order ID); then a document's own (Rcpt No. / Voucher
  No., No. / Receipt No., Ack No.). *settled*: a bill's or invoice's number the payment is against (Against bill,
  Bill No., Invoice No.) and a credit note's number are never the payment's id (heldout120's ledger bills), nor a
  cheque's number, a CDM ID, an Agent ID, an account, IFSC, GSTIN, D.L. No., a mobile or a toll-free number.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119 import BILL_FACES, PAGE_FACES, PAPER_FACES, SCREEN_FACES
from bench.receipt_sets.heldout122_families import (
    alert_mail,
    b2b_order,
    bank_sms,
    cash_deposit,
    cheque_pages,
    compose,
    credit_note,
    fresh,
    gateway_order,
    mr_receipt,
    neft_imps,
    supplier_pay,
    upi_chemist,
    whatsapp_forward,
)

SPLIT = "heldout122"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), heldout119's lists; ₹, • and the
# ticks are printed only in faces that draw them, and every text is checked against its face.
BOOK_FACES = BILL_FACES + ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf"]
FAMILIES: list[Family] = [
    ("upi_chemist", upi_chemist, SCREEN_FACES),
    ("supplier_pay", supplier_pay, SCREEN_FACES),
    ("bank_sms", bank_sms, SCREEN_FACES),
    ("alert_mail", alert_mail, PAGE_FACES),
    ("neft_imps", neft_imps, SCREEN_FACES),
    ("cheque_pages", cheque_pages, BOOK_FACES),
    ("cash_deposit", cash_deposit, PAPER_FACES),
    ("b2b_order", b2b_order, SCREEN_FACES),
    ("credit_note", credit_note, PAGE_FACES),
    ("mr_receipt", mr_receipt, BOOK_FACES),
    ("gateway_order", gateway_order, SCREEN_FACES),
    ("whatsapp_forward", whatsapp_forward, SCREEN_FACES),
]


def make_heldout122_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout122 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
