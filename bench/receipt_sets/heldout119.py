"""heldout119: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): a fifth random day's proofs of payment, as a furniture and home-appliance seller in a
tier-2 Indian city (Indore, Nagpur, Coimbatore, Lucknow, Vadodara, Bhopal, Jaipur, Surat) receives them in 2026:
larger sums (₹8,000 to ₹4,50,000), an advance or the balance for one order, transfers more than app payments. One
payment per page, no lists or threads.

* ``upi_advance``: a UPI app's result screen (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay, CRED, PhonePe, Google
  Pay; dark on some; an iPhone's status bar and home indicator or an Android navigation bar, a notification banner
  on some): the outcome (a tick on some), the sum (₹8,000 to ₹1,00,000), Paid to / To / Sent to / Paid to: (Paying to
  / Payment to on a failure or a wait) and the payee, its handle, Transaction details (UPI Ref No, UPI Reference
  No., UTR, UTR No, UPI Transaction ID, RRN; the app's own Transaction ID T…, Google transaction ID, Paytm's Order
  ID, CRED's or Amazon Pay's id on some), Date & Time / Paid on / Transaction Date / Date / Completed on, Debited
  from / Paid from / From / Bank account, a Note / Message / Remarks / Purpose ("Advance for sofa set", "Balance for
  fridge") on most, the UPI limit's lines on some ("UPI daily limit: ₹1,00,000", "You can send ₹X more today",
  "Payment of ₹1,80,000 split across two days"); a failed and a pending one.
* ``netbank_rtgs``: an RTGS or NEFT acknowledgement in a bank's net banking, in a browser (OnlineSBI, PNB, HDFC
  Bank, bob World, ICICI, Axis, Canara, Union Bank): the outcome line or a Transaction Status / Status row
  (Processed, In Process, Rejected; "Sent to beneficiary bank"), Beneficiary Name / Payee Name / Beneficiary, the
  account masked, IFSC, the beneficiary's bank, Transfer Mode / Payment Mode / Channel, Amount / Transfer Amount /
  Amount (INR) / Txn Amount, Charges / Service Charges / Commission and GST on Charges with a Total Amount Debited
  / Total Debit Amount on some, UTR No / UTR / UTR Number (…N26… for NEFT, …R5/6… for RTGS) and the bank's Reference
  No / Transaction Reference Number / Txn Ref No on some, Transaction Date / Transfer Date / Date & Time / Value
  Date, the debit account, Remarks / Purpose / Narration; a failed and a pending one.
* ``imps_app``: an IMPS transfer in a bank's app (YONO SBI, HDFC Bank, iMobile Pay, Axis Mobile, Kotak, bob World,
  Canara ai1, PNB ONE; dark on some, iOS or Android): the outcome, the sum, Beneficiary / To / Payee Name, the
  account, IFSC, Mode / Transfer Mode / Transfer Type IMPS, IMPS Ref No / RRN / IMPS Reference Number / Reference No
  (RRN) and the bank's Transaction ID / Txn ID on some, the day, From A/c, Remarks, the Available Balance after on
  some successes; a failed and a pending one.
* ``deposit_slip``: a bank's printed paper, photographed (printed faces only, no handwriting): a branch's cash
  deposit counterfoil / pay-in slip copy (SBI, Canara) and a CDM receipt (HDFC, Axis) with the notes counted (500 x
  n, 200 x n, 100 x n) and the total (cash under ₹2,00,000), a cheque deposit acknowledgement "under clearing -
  subject to realisation" (ICICI), a branch's NEFT / RTGS customer counterfoil (Bank of Baroda), a cheque return
  memo (PNB), a cheque clearing advice (Union Bank): ACCOUNT NAME / CREDIT TO / A/C HOLDER or BENEFICIARY NAME (the
  seller), DEPOSITED BY / DEPOSITOR / DRAWER / REMITTER (the buyer), the account, CHQ NO and the drawee bank,
  TOTAL / AMOUNT DEPOSITED / CHEQUE AMOUNT / AMOUNT CREDITED and the sum in words on some, JOURNAL NO / TXN REF NO
  / REF NO / TXN ID / TRANS ID or a UTR, the return charges on the memo, the teller; a failed and a pending one.
* ``emi_downpayment``: a consumer-durable loan's down-payment receipt (Bajaj Finserv, HDB Financial Services, TVS
  Credit, Home Credit, IDFC FIRST Bank), printed at the dealer on five and in the lender's app on three: DOWN
  PAYMENT RECEIPT / Loan Booking Confirmation, the outcome, Dealer / Dealer Name / Store, the customer, the
  product, Invoice value / Product price, Down payment / Down Payment Received / Amount Paid, Loan amount / Amount
  financed, EMI "₹X x n", First EMI date / EMI start date, Loan Account No / Agreement No, Payment mode / Paid by /
  Down payment mode (Cash, UPI (<app>), Debit Card XX1234), UPI Ref No / UTR on UPI successes, DP Receipt No /
  Receipt No, Date / Receipt Date / Booking date; a failed and a pending one.
* ``bank_sms``: one debit alert for a large transfer in a messages app: SBI "Rs.X debited from A/c XX1234 on
  12Mar26 by NEFT to <NAME>. UTR SBINN…", HDFC "… for RTGS to <NAME>, UTR HDFCR…", ICICI "debited with INR X … & Acct
  XX456 credited. IMPS:…" (no name), Axis "INR X debited / A/c no. XX1234 / … / UPI/P2M/<ref>/<NAME>", Kotak "towards
  NEFT to <NAME>" (no reference), PNB's failed IMPS naming the payee, Canara's NEFT with no day (the divider says
  Today or Yesterday), Bank of Baroda's RTGS "is under process"; the balance after on some.
* ``transfer_mail``: a bank's e-mail after a funds transfer, in a mail client (HDFC, ICICI, SBI, Axis, Kotak, Yes
  Bank, Bank of Baroda, IDFC FIRST; NEFT, RTGS, IMPS): the subject, a greeting, the outcome's sentence ("… has been
  processed successfully", "… could not be completed because the beneficiary bank rejected it", "… has been received
  and is being processed"), From Account, Beneficiary Name / Payee / Beneficiary, its account, IFSC, Amount /
  Transaction Amount / Amount (INR), Mode / Transfer Mode / Payment Type, UTR / UTR Number / UTR No. or IMPS
  Reference No / Reference Number / RRN, Date / Transaction Date / Date & Time, charges on some; the header gives
  the hour only; a failed and a pending one.
* ``pos_slip``: the store's card terminal's charge slip, photographed (Pine Labs, Ezetap, Paytm EDC, Mswipe, HDFC
  Bank Pine Labs, Worldline; paper, monospace): the vendor, the store in capitals, its street and city with the PIN
  code, SALE / CHARGE SLIP / CARD SALE / EMI SALE, DATE and TIME, MID, TID, BATCH NO, INVOICE NO / INV NO, the
  scheme and CHIP / TAP / SWIPE, the masked card, AMOUNT / TOTAL / TOTAL AMT / SALE AMOUNT or on an EMI sale BASE
  AMOUNT / SALE AMOUNT / AMOUNT with TENURE, INTEREST RATE / ROI (0% no-cost on some), EMI AMOUNT / MONTHLY EMI,
  TOTAL WITH INTEREST / TOTAL PAYABLE and a BRAND CASHBACK on some, APPR CODE / AUTH CODE / APPROVAL CODE and RRN /
  RRN NO on approved slips, APPROVED / TXN APPROVED, DECLINED with its response code, or TRANSACTION PENDING with
  "RESPONSE TIMED OUT - DO NOT RETRY"; a failed and a pending one.
* ``advance_voucher``: the store's own printed advance receipt / receipt voucher (paper, serif): the store in
  capitals, its address with the PIN code, GSTIN, phone, ADVANCE RECEIPT / RECEIPT VOUCHER / PAYMENT RECEIPT,
  Receipt No / Voucher No, Date / Dated / Receipt Date, "Received with thanks from <buyer> the sum of Rupees … Only by
  <way> towards advance (or balance payment) for <goods>, Order No. SO/26-27/123." (on the failed and pending ones
  "Cheque of Rupees … from …" / "NEFT of Rupees … from …"), Order Value / Total Order Value / Invoice Value, Less:
  Advance paid earlier on a balance, Advance Received / Amount Received / Balance Received / Amount, Balance Due /
  Balance Payable (NIL on a balance), Payment Mode / Mode of Payment / Paid by, UTR No / UPI Ref No on UPI and
  NEFT successes, Delivery by on some, the outcome (PAID - THANK YOU, ** RECEIVED **; CHEQUE RETURNED UNPAID - THIS
  RECEIPT STANDS CANCELLED; PAYMENT AWAITED - PROVISIONAL RECEIPT), the signatory; a failed and a pending one.
* ``payment_link``: a payment link's page after paying, in a browser (Razorpay links and pages, PayU, Cashfree,
  Instamojo): "Payment request from" on some, the store on top, what it was for ("Balance for …", "Advance for …"),
  the outcome, the sum, Payment ID pay_… / Transaction ID / PayU ID / CF Payment ID / Payment ID MOJO…, a Reference
  / Receipt / Order ID on some, a UPI Ref No / UTR / Bank Reference on some UPI successes, Paid via / Payment
  Method / Method (UPI, a card ending, Net Banking - <bank>, a wallet), Paid on / Date / Payment Date, "Link
  expires on" on some unpaid ones, the buyer's masked mobile; a failed and a pending one.
* ``whatsapp_forward``: a UPI screen (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay) forwarded on WhatsApp (five:
  the chat's header with the buyer's name, a day divider (Today, Yesterday or the receipt's day), a text from the
  buyer, the screenshot in a bubble with its hour, the seller's reply with blue ticks; no sum written) or saved and
  cropped tightly (three: the app's name cut off the top on two, the day and account cut off the bottom on one);
  the rows as ``upi_advance``'s; a failed and a pending one.
* ``paylater_cod``: part of an order paid in an app from a pay-later account (Paytm Postpaid, Amazon Pay Later,
  LazyPay) or a wallet (Amazon Pay balance): the outcome, the sum, Paid to / To, Paid using / Payment source / Paid
  from, Transaction ID / Txn ID and Order ID / Order No. on some, the day, Order total and "Balance ₹X to be paid on
  delivery", Available limit / Limit left and Bill due on / Repay by (or Balance left) — four; and a delivery
  partner's cash-on-delivery receipt for the balance in a browser (Delhivery, Ekart Logistics, Shadowfax,
  Xpressbees): the courier, Cash on Delivery - Payment Receipt, the outcome, Amount collected / COD amount collected
  / Amount, Payment mode / Mode (Cash, UPI (QR at door)), Sold by / Seller, the item, AWB No / Tracking No, Order
  ID / Order No., Order placed on (on some) and Collected on / Delivered on / Date, the delivery executive — four;
  a failed and a pending one.

Outcomes: one failed and one pending in every family. Absent fields: each family leaves the id out on one page
(nothing of any id family is printed there: no UPI reference, UTR, RRN, app's, bank's, gateway's, lender's or
courier's id, journal number, approval code, order, receipt, voucher, invoice or loan number, AWB or cheque number)
and the day on one (no date anywhere on that page: no due, EMI, delivery, expiry or order day either; an SMS
divider says Today or Yesterday, an e-mail's header gives an hour only, a slip prints only its TIME, a crop lost its
bottom). Sums: rupees as ₹ (only in faces that draw it), Rs., Rs, RS., INR or no mark (a slip's bare sums, the
notes counted, a card slip's EMI lines), lakh grouping mostly and western on some, whole rupees on many pages.
Days: 05 Mar 2026, 5 Mar 2026, 05-03-2026, 05/03/2026, 5 March 2026, 05 March 2026, 05-Mar-2026, 05.03.2026, Thu, 5
Mar 2026, Mar 5, 2026, 05 Mar, 2026, 2026-03-05 and 5 Mar '26, with an hour on most screens; 05Mar26, 05-03-26,
05-Mar-26 and 05-03-2026 in SMS alerts; DD/MM/YYYY, DD-MM-YYYY, DD-MON-YYYY, DD.MM.YYYY and DD/MM/YY
on paper. Faces: Noto Sans and Sans Display, DejaVu Sans and Sans Condensed, Liberation Sans, FreeSans for screens;
Noto Serif, DejaVu Serif and Liberation Serif besides for net-banking pages, e-mails and loan receipts; DejaVu Sans
Mono, Liberation Mono, FreeMono and Noto Sans Mono for charge slips, with DejaVu Serif, Liberation Serif and
FreeSerif besides for deposit papers; DejaVu Serif, Liberation Serif, FreeSerif and Noto Serif for the advance
voucher; every text checked glyph by glyph. Frames are heldout106's with heldout118's marks
(``heldout118_families.compose``: an iPhone's status bar and home indicator, a WhatsApp chat round a receipt image)
or heldout117's (``heldout117_families.compose``: an Android navigation bar, a notification banner); the rows alone
(a crop, paper), a messages app, an e-mail client, a browser. Degraded copies by ``heldout14_render.degrade``:
every screen (the chat and crops too) is photographed off the display; deposit papers, loan receipts printed at the
dealer, charge slips and the advance voucher are paper.

Truth conventions (README "Receipt fields"; heldout118's, heldout117's, heldout116's, heldout113's, heldout108's,
heldout106's, heldout104's, heldout100's, heldout87's and heldout84's where the README is silent; those this set had
to settle are marked *settled*):

* amount: the sum the payment moved (or tried to move), as "1234.50": a UPI screen's large sum, a transfer's
  Amount / Transfer Amount / Txn Amount, never with its Charges and GST on Charges nor the Total Amount Debited
  (heldout114, heldout116, heldout117, heldout118), an alert's sum debited, an e-mail's Amount, a charge slip's
  AMOUNT / TOTAL / SALE AMOUNT, a link's sum, the sum collected at the door. Never a balance after paying
  (Available Balance, Avl Bal, Total Avail.bal, Balance left), a limit (UPI daily limit, "You can send ₹X more
  today", Available limit, Limit left), the total a split payment makes ("split across two days"), a charge or
  commission, a cheque's return charges (heldout100), the notes counted (500 x n), an order's total, a brand
  cashback. *settled*: an advance receipt's amount is the advance (or balance) received on this page (Advance
  Received / Amount Received / Balance Received, the sum in the sentence), never the Order Value, the advance paid
  earlier or the Balance Due; a down-payment receipt's is the down payment paid at the store, never the product's
  price, the loan amount or an EMI (heldout118's down payment); a card EMI slip's is the sum charged now (BASE
  AMOUNT / SALE AMOUNT / AMOUNT), never the monthly EMI or the total with interest (heldout118's card EMI); a
  deposit paper's is the sum deposited, cheque's or credited; on a pay-later or wallet page the part paid on this
  page, never the order total or the balance to pay on delivery; on the failed and pending pages the sum tried.
* currency: INR on every page.
* status: the outcome as printed: the outcome line, a Status / Transaction Status / STATUS row, an alert's or
  e-mail's sentence (debited: success; has failed / could not be completed: failed; is under process / is being
  processed: pending), a slip's APPROVED / DECLINED. A failed page's refund "if debited" leaves it failed; "please
  do not pay again" leaves a pending page pending (heldout106, heldout113); "Transaction is under process" is
  pending, "Returned" failed (README); "Sent to beneficiary bank" is pending (heldout115); "Processed" after a
  status label is a success (README). *settled*: "Rejected", "rejected by beneficiary bank", "IMPS transaction
  declined", "CHEQUE RETURNED UNPAID", "STATUS: RETURNED - FUNDS INSUFFICIENT", "Down payment failed", "DOWN PAYMENT
  NOT RECEIVED - UPI DECLINED", "UPI payment failed at doorstep", "Payment not collected" and "CHEQUE RETURNED
  UNPAID - THIS RECEIPT STANDS CANCELLED" are failures; "In Process", "Status awaited from beneficiary bank",
  "CHEQUE RECEIVED FOR CLEARING", "STATUS: UNDER CLEARING - SUBJECT TO REALISATION", "Loan approved - down payment
  pending", "TRANSACTION PENDING" / "TXN STATUS: PENDING" (a terminal's timed-out response), "PAYMENT AWAITED -
  PROVISIONAL RECEIPT", "STATUS: PENDING - CREDIT NOT YET RECEIVED", "Payment verification pending" and "UPI payment
  pending confirmation" are pending; "CASH RECEIVED", "RECEIVED - THANK YOU", "TRANSACTION SUCCESSFUL", "FUNDS
  TRANSFERRED", "CHEQUE CLEARED - AMOUNT CREDITED", "STATUS: CREDITED", "Down payment received", "Loan booked - down
  payment paid", "PAID - THANK YOU", "** RECEIVED **", "Received with thanks", "Payment collected", "Delivered -
  payment received" and "Funds transferred" are successes. A chat's texts ("Advance sent for the sofa", "Will check
  and confirm") never change the receipt's outcome.
* date: the payment's day, ISO, numeric days day first, two-digit years 20yy (also "5 Mar '26"). Never an SMS or
  chat divider's Today / Yesterday or a weekday (a divider's day, where printed, is the alert's own or the
  receipt's), an e-mail header's sent hour, the status bar's clock, a chat bubble's hour, a First EMI date / EMI
  start date, a Bill due on / Repay by, a Delivery by, a "Link expires on" (README: due, validity, expiry and
  delivery dates are never the day paid). *settled*: a transfer's Value Date is its day (NEFT and RTGS settle the
  same day); an advance voucher's Date / Dated / Receipt Date is the day received (it prints no due date, only a
  Delivery by); a down-payment receipt's Date / Receipt Date / Booking date is the day the down payment was paid; on
  a cash-on-delivery receipt the day collected (Collected on / Delivered on / Date) is the payment's, never Order
  placed on (README makes them rivals for a reader; the money changed hands at the door); a deposit paper's DATE /
  TXN DATE is the deposit's, also on a cheque under clearing.
* merchant_name: the payee as printed: after Paid to / To / Sent to / Paid to: / Paying to / Payment to (on its
  line or over it), under Beneficiary Name / Payee Name / Beneficiary / Payee / BENEFICIARY NAME / BENE NAME, an
  SMS's "by NEFT to <NAME>", "for RTGS to <NAME>", "towards NEFT to <NAME>", "of Rs X to <NAME> from", "request of
  Rs X to <NAME> on", "UPI/P2M/<ref>/<NAME>" (truncated as printed); the store on top of its own voucher, of a
  charge slip and of a payment link's page (heldout106, heldout116, heldout118's gateway); Sold by / Seller on a
  courier's COD receipt. Never the app, bank, gateway, lender, courier, terminal vendor, the payer (Deposited by,
  Depositor, Drawer, Remitter, Customer, From, the chat's contact, a greeting), the delivery executive, a handle.
  ICICI's "& Acct XX456 credited" names no payee: None (heldout106: an account or handle is an address, not a
  name). *settled*: a deposit paper's payee is the account credited, as printed under ACCOUNT NAME / CREDIT TO /
  A/C HOLDER (the seller, paid into its own account by the buyer, truncated as the bank prints it); a down-payment
  receipt's is the Dealer / Dealer Name / Store (the down payment is paid to the dealer; the lender only finances
  the rest, as heldout118's EMI checkout); a pay-later or wallet page's is the store under Paid to / To, never the
  pay-later provider.
* payment_method: "UPI" on every UPI page (a handle, a UPI reference), a UPI alert, a down payment, advance, link
  or COD paid by UPI ("UPI (QR at door)"); "netbanking" for an RTGS, NEFT or IMPS transfer (net banking, a bank's
  app, an alert, an e-mail, a branch's NEFT / RTGS counterfoil, an advance paid by NEFT / RTGS / IMPS) and a link's
  Net Banking - <bank>; "card" for a charge slip (the masked card), a debit card down payment, an advance paid by
  Credit Card and a link paid by a card; "cash" for a cash deposit, a CDM deposit, a down payment or advance in Cash
  and a COD paid in Cash; "wallet" for an Amazon Pay balance and a link's wallet. The buyer's bank account under
  Debited from / Paid from / From on a UPI page names no card (heldout115). A cheque is none of the ways: None on a
  cheque's acknowledgement, return memo or clearing advice and on an advance paid by cheque (heldout84, heldout100);
  a pay-later account (Paytm Postpaid, Amazon Pay Later, LazyPay) is none of the ways: None (heldout87, heldout104).
* transaction_id: at most one, as printed, the highest family printed (README): a UPI reference, UTR, RRN, IMPS Ref
  No, an alert's UTR / IMPS: / IMPS Ref No / narration reference and a NEFT / RTGS UTR, then a bank's reference
  (Reference No, Transaction Reference Number, Txn Ref No, JOURNAL NO, TXN REF NO, REF NO), then a transaction or
  payment id (an app's, a bank app's or a CDM's Transaction ID / Txn ID / TXN ID / TRANS ID, Google transaction ID,
  Payment ID pay_… / MOJO…, PayU ID, CF Payment ID, a pay-later app's Transaction ID), then an approval code (APPR
  CODE, AUTH CODE, APPROVAL CODE), then an order's number (Order ID, Order No., Paytm's Order ID, a link's Reference /
  Receipt / Order ID, the voucher's Order No. in its sentence), then a document's own (Receipt No, Voucher No, DP
  Receipt No, INVOICE NO / INV NO). *settled*: a branch's JOURNAL NO / TXN REF NO / REF NO is the bank's reference
  for the deposit; a charge slip's RRN beats its APPR CODE and INVOICE NO (heldout118's store bill); an advance
  voucher's UTR beats its Order No., which beats its Receipt No; a down-payment receipt's UPI Ref No beats its DP
  Receipt No. Never a Cheque No / CHQ NO (heldout100: README's `Check No` is a bill's), a Loan Account No or
  Agreement No (heldout84, heldout118), an AWB or tracking number, an account, card or mobile number, IFSC, GSTIN,
  MID, TID, BATCH NO, a CDM's id, a teller or user id, a handle, a helpline.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout119_families import (
    advance_voucher,
    bank_sms,
    compose,
    deposit_slip,
    emi_downpayment,
    fresh,
    imps_app,
    netbank_rtgs,
    payment_link,
    paylater_cod,
    pos_slip,
    transfer_mail,
    upi_advance,
    whatsapp_forward,
)

SPLIT = "heldout119"

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
PAPER_FACES = SLIP_FACES + [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
]
BILL_FACES = [
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "noto/NotoSerif-Regular.ttf",
]
LOAN_FACES = SCREEN_FACES + ["dejavu/DejaVuSerif.ttf", "liberation2/LiberationSerif-Regular.ttf"]
FAMILIES: list[Family] = [
    ("upi_advance", upi_advance, SCREEN_FACES),
    ("netbank_rtgs", netbank_rtgs, PAGE_FACES),
    ("imps_app", imps_app, SCREEN_FACES),
    ("deposit_slip", deposit_slip, PAPER_FACES),
    ("emi_downpayment", emi_downpayment, LOAN_FACES),
    ("bank_sms", bank_sms, SCREEN_FACES),
    ("transfer_mail", transfer_mail, PAGE_FACES),
    ("pos_slip", pos_slip, SLIP_FACES),
    ("advance_voucher", advance_voucher, BILL_FACES),
    ("payment_link", payment_link, SCREEN_FACES),
    ("whatsapp_forward", whatsapp_forward, SCREEN_FACES),
    ("paylater_cod", paylater_cod, SCREEN_FACES),
]


def make_heldout119_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout119 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
