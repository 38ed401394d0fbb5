"""heldout86: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout86).

Families (8 receipts each), drawn away from heldout2 to heldout85's layouts: the commonest Indian uploads in
designs no earlier set drew, all in rupees (₹ only in faces that draw it, else Rs., Rs or INR; lakh grouping
(1,23,456.00) on most pages, Western or plain on the rest, whole rupees without paise on a share of app
screens): PhonePe's transaction detail opened from its history (the outcome as a heading over "08:32 pm on 14
Mar 2025", Paid to / Sent to / Money sent to / Received from over the other party's name with the sum on the
same row, a Transfer Details block with PhonePe's Transaction ID (T and 22 digits), the account debited or
credited with the sum again and the UTR; PhonePe Wallet payments print no UTR), a Google Pay receipt (an
avatar's initial, To / From <name> and a UPI id or phone, the sum large, Completed / Paid / Failed / Pending /
Processing, a details block with the payer's bank and last digits, UPI transaction ID, To:, From:, the
mixed-case Google transaction ID, POWERED BY UPI), the share card Paytm or BHIM makes (the app on a band, the
outcome, Paid to / Sent to, UPI ID, From / Paid from, UPI Ref. No. / UPI Transaction ID, Paytm's Order ID or
BHIM's 35-character Transaction ID, Paytm Wallet on a share), an Amazon Pay, CRED (dark, lower case),
MobiKwik, Navi or super.money screen cropped by its sender (the top with the status bar, app and outcome cut
off on half, the foot with the ids and day on half; Amazon Pay Balance and MobiKwik Wallet on a share;
cashback, CRED coins and SuperCash lines), a bank app's money-sent screen (YONO SBI, HDFC Bank, iMobile Pay,
Axis Mobile, Kotak 811) by UPI, IMPS or NEFT with stacked From and To blocks (the payer's account and name,
the payee in capitals on a share with a UPI id or a masked account and IFSC), Mode, Remarks, the UPI Ref No /
UTR No. / RRN / IMPS Ref No. and the bank's Transaction ID / Reference No. / Bank reference no., a net banking
NEFT / RTGS / IMPS e-receipt as a PDF page (printed and photographed, or on a PDF viewer's screen) with
Remitter, Beneficiary and Transaction Details sections, a Generated on day, the amount in words, charges with
GST, a Value Date, the UTR (16 characters for NEFT, 22 for RTGS, 12 digits for IMPS; Awaited on a pending
NEFT) and the bank's reference, a Bharat BillPay receipt in an app (PhonePe, Paytm, Amazon Pay, Google Pay,
CRED, HDFC Bank, iMobile Pay) for electricity (BESCOM, Tata Power-DDL, MSEDCL, Adani Electricity, BSES,
TNPDCL, UPPCL), piped gas (Mahanagar Gas, IGL, Gujarat Gas, Adani Total Gas), broadband (ACT, Airtel Xstream
Fiber, JioFiber, BSNL), DTH (Tata Play, Airtel Digital TV, Dish TV, Sun Direct), a FASTag recharge (ICICI,
IDFC FIRST, Kotak, SBI) or a credit card's bill (HDFC Bank, SBI Card, ICICI, Axis) with the biller's own
number label, a Biller ID on a share, a bill's dates and number or the card's total and minimum due, a
convenience fee on a share and the BBPS reference, a biller's e-mail that states the payment in sentences (a
subject, the sender, "to me" and the mail's own day, Dear <customer>, the sum, the biller and the customer's
number, the day paid and the outcome in a sentence, a details block on most), a POS terminal's slip printed
two fields to a line (Pine Labs, Paytm EDC, Razorpay POS, Mswipe on an acquiring bank's slip: MID beside TID,
DATE beside TIME, BATCH beside INV, APPR beside RRN; a card SALE or a UPI SALE with the payer's masked VPA; a
BASE AMT and TIP over the TOTAL on a share), a shop's GST bill with the terminal's slip torn off under it
(Bill No beside the date, CGST and SGST, a round off, the NET AMOUNT / GRAND TOTAL, then the slip with its own
capitals, TID, MID, AMT, APPR CODE and RRN or UPI REF NO), a WhatsApp chat (the contact's saved name and
"online" on a green or dark band, a day divider, then a UPI app's screenshot shared in an outgoing bubble with
a caption and the time and ticks, or a WhatsApp payment's own bubble, and the contact's reply) and a bank's
SMS alert (HDFC Bank, SBI, ICICI Bank, Axis Bank, Kotak in their own words: a UPI debit, a card spend, an IMPS
debit, a failed UPI debit or its reversal, a pending UPI transaction) in a messages thread (the sender id, a
day without its year, an OTP before it on a share) or in the phone's notification shade among other apps'
notifications. Their pages print, besides the truths, people who are not the payee (payers under From /
Remitter / Customer Name / Consumer Name / Dear, the chat's contact under a saved name such as "Ramesh
Plumber", an account holder), companies that are not the payee (the app or bank on top, Bharat BillPay, the
acquirer and the terminal's vendor, a beneficiary's bank), other days (a Generated on day, a bill's date and
due date, an e-mail's own day, a chat's divider over a shared screenshot and an image file's name, a thread's
or a shade's day without its year), other numbers (mobile numbers, UPI ids such as name@okhdfcbank, masked and
full account numbers, IFSCs, customer and CIF ids, CA, BP, consumer, account, service, subscriber, VC and
smart-card numbers, vehicle numbers, Biller IDs, masked cards, bill numbers, a biller's helpline, TID, MID,
BATCH and INV numbers, GSTINs, OTPs, BLOCK numbers and helplines in alerts, an app's own id beside a UPI
reference) and other sums (cashback, CRED coins, SuperCash, a bill's amount before its fee, a card's total and
minimum due, charges and their GST, sub totals, GST lines, a round off, You saved, a base amount before a tip,
an available balance or limit), and word outcomes as successes, failures (a debit refunded or reversed,
declined, "payment failed, money will be refunded in 3-5 working days") and waits (processing, awaiting bank
confirmation, pending) on a share each, or none. Dates: day first (slashes, dashes, dots, two-digit years,
month names, SBI's 14Mar25), ISO and a month first ("Mar 14, 2025") on a share; a bill and its slip, a chat
and its screenshot, an e-mail and its header each print theirs in patterns of their own. Faces: the project's
installed faces (Noto Sans and Sans Display, DejaVu Sans, Liberation Sans and Sans Narrow, FreeSans on screens
and chats; Noto Sans, Liberation Sans, DejaVu Sans, FreeSans on e-mails; DejaVu Sans Mono, Liberation Mono,
FreeMono, Noto Sans Mono on slips and bills; Noto Serif, Liberation Serif, FreeSerif, DejaVu Serif, Liberation
Sans on PDF receipts). Degradations as heldout66 (``heldout14_render.degrade``; screens, chats, e-mails and
PDF viewers are always photographed off the display, ``_screen_photo``).

Each page is built as rows that carry the facts they print (``heldout86_families.Page``), so a cropped page's
truth is read from the rows left on it.

Truth conventions (README "Receipt fields"):

* amount: what this page's payment moved (or tried to move), as "1234.50" (whole rupees printed without paise
  are "450.00"): an app screen's sum (large, or on PhonePe's payee row; the same sum again beside the account
  debited), never a cashback, CRED coins, SuperCash or a balance; a bank app's or a PDF receipt's Amount /
  Transaction Amount / Amount (INR) (never the charges or their GST); a BillPay receipt's large sum: the Total
  Amount / Amount Paid with a convenience or platform fee, else the Bill Amount / Amount Paid / Recharge
  Amount (never the bill before its fee, a card's Total Amount Due or Minimum Amount Due); an e-mail's sum in
  its sentence (and Amount in its details); a POS slip's AMOUNT / AMT / TOTAL, with a tip its TOTAL (never the
  BASE AMT); a bill's NET AMOUNT / GRAND TOTAL / Net Payable after GST and a round off, the same as its slip's
  AMT (never the Sub Total, a GST line or You saved); a chat's screenshot or payment bubble's sum; an alert's
  sum sent, debited, spent, reversed or pending (never Avl Bal or Avl Limit). currency: always INR.
* date: the day paid (or tried), ISO: PhonePe's "<time> on <day>" line; Google Pay's day under the outcome; a
  share card's day line; a cropped app's Date & time / Paid on / Date; a bank app's Date & Time / Transaction
  date / Date; a PDF receipt's Transaction Date / Date of Transaction / Txn Date & Time and its Value Date
  (the same day); a BillPay receipt's Payment Date / Paid on / Transaction Date; an e-mail's day in its
  sentence and its Payment Date / Transaction Date; a slip's DATE:; a bill's Date: and its slip's DATE: (the
  same day); a chat's screenshot's own day, or the divider over a WhatsApp payment's bubble where it prints a
  date; the day inside an alert (14/03/25, 14Mar25, 14-Mar-25, 2025-03-14:18:22:11, "failed UPI txn dated
  14-03-25"). None where not printed (cut off by a crop, left off). Never a Generated on day, a Bill Date or
  Due Date, an e-mail's own day beside "to me", a chat's divider over a shared screenshot (Today, Yesterday, a
  weekday, or a day on or after the payment), an image file's name, a thread's or a shade's day without its
  year.
* payment_method: "UPI", "card", "wallet", "netbanking", "cash" from the printed way paid (UPI as the earlier
  sets count it, a way of its own); a line that names the way (Mode / Transfer mode / Payment mode, Paid using
  / Paid via / paid via / Paid from / Debited from, a tender, a slip's SALE line) beats a keyword. UPI: Mode
  UPI, UPI - <bank> XX1234, UPI · <bank> XX1234, Amazon Pay UPI, <bank> UPI, PhonePe UPI, UPI SALE / UPI QR
  SALE / SALE (UPI), an alert's UPI words (Dear UPI user, BLOCK UPI, UPI:, UPI/P2A/, UPI Ref, UPI txn), and,
  where no line names the way, a UPI id (name@handle), a UPI-labelled reference (UPI Ref No, UPI transaction
  ID, UPI REF NO) or Powered by UPI / POWERED BY UPI. card: a SALE / CARD SALE with a masked card, Debit Card
  XX1234, Card / CARD under Paid by / Mode, an alert's spend on a card. wallet: PhonePe Wallet, Paytm Wallet,
  Amazon Pay Balance, MobiKwik Wallet, Wallet (such payments print no UPI id or UPI reference). netbanking:
  NEFT, RTGS, IMPS (a transfer mode or an IMPS alert), Net Banking - <bank>, Net Banking, and a bank app's
  bill paid from its own account (Debited from / Paid from Savings A/c XXXXXX1234). cash: Cash under an
  e-mail's Payment Mode. A bank account a UPI app debited, printed alone (Paid from Yes Bank XX5577, HDFC Bank
  5396), names no way; a credit card whose bill is paid is never the way. None where no way is printed (a crop
  that cut it off, a received page that prints only the payer's phone).
* status: only where words state the outcome; None otherwise. Success: Transaction Successful, Payment
  Successful, Received Successfully, Completed, Payment successful, Paid, Paid Successfully, Money Sent
  Successfully, payment successful, Paid successfully, Transfer successful, Money sent successfully, Transfer
  Successful, Success, Successful, Processed successfully, Bill payment successful, Bill Paid Successfully,
  Recharge successful, FASTag recharge successful, a subject's Payment received - …, "has been received
  successfully", "We have successfully received your payment", APPROVED, TXN APPROVED, TRANSACTION SUCCESSFUL
  (✓ before it where the face has one). Failed: Transaction Failed, Payment Failed, Failed, Payment failed,
  Transaction Declined, payment failed, Transfer failed, Transaction declined by beneficiary bank, Rejected,
  Returned by beneficiary bank, Unsuccessful, Bill payment failed, "Your payment could not be processed", "has
  failed", DECLINED, TXN DECLINED, an alert's reversal of a failed UPI txn, and a note that the debit has been
  or will be refunded or reversed ("Payment failed. Money will be refunded in 3-5 working days.", "<sum>
  debited from your account has been refunded.", "If money was debited, it will be refunded …", "Money
  debited, if any, will be refunded …", "Amount debited, if any, will be reversed …": the payment did not go
  through). Pending: Transaction Pending, Payment Pending, Processing, Payment Processing, payment processing,
  Pending, Payment pending, Awaiting bank confirmation, Transaction under process, In Process, Under Process,
  Awaiting settlement, Awaiting confirmation from biller, "Your payment is being processed", "is pending
  confirmation from your bank", "is pending", TXN PENDING, and a note that the bank or biller has yet to
  confirm ("Awaiting confirmation from your bank.", "Your bank is taking longer than usual to confirm this
  payment.", "Please do not retry. We will update you shortly.", "Please do not retry. Check the status after
  some time.", "Do not pay again. We will confirm the status with the biller …"). None: Paid to / Sent to /
  Money sent to / Received from (labels of the other party), Transaction Details, Payment details, Payment
  Receipt, a bill payment's category heading, an e-mail that only gives "the details of your payment", an
  alert's Sent / debited / spent / trf to / Transaction of … done, PIN VERIFIED OK, SIGNATURE NOT REQUIRED,
  CUSTOMER COPY, a biller's update time, a thanks, a chat's caption or reply.
* transaction_id: at most one, as printed, the highest kind printed as README orders the families: a UTR or
  UPI reference (UTR, UTR No., UTR Number, UPI Ref No, UPI Ref. No., UPI Reference No / Number, UPI
  transaction ID, UPI Transaction ID, UPI REF NO, an alert's Ref / Refno / UPI: / UPI/P2A/<UTR>/ / UPI Ref),
  then an RRN (RRN, RRN:), then a bank reference (IMPS Ref No., Reference No., Bank reference no., Bank
  Reference ID, Reference ID, Reference Number, Transaction Reference No., Ref. No., B-Connect Txn ID, BBPS
  Txn ID, Bharat BillPay Ref No, BBPS Reference No., BBPS Transaction ID, Payment Reference Number, "Your
  transaction reference number is …", an alert's IMPS Ref No / Ref No), then an app's or bank's transaction id
  (PhonePe's Transaction ID, the Google transaction ID in its mixed case, BHIM's Transaction ID, Transaction
  ID / transaction ID, TXN ID), then an approval code (APPR, APPR CODE), then an Order ID, then a bill's or
  receipt's number (Bill No, Receipt No.). So PhonePe's UTR beats its Transaction ID, Google Pay's UPI
  transaction ID beats the Google transaction ID, a slip's RRN beats its approval code and a bill's Bill No, a
  BillPay receipt's UPI Ref No beats its BBPS reference. None where none is printed (a wallet payment that
  prints none, a card alert, a crop that cut the ids off, a WhatsApp payment's bubble, "UTR No.: Awaited"
  alone). Never a mobile number, a UPI id, a masked or full account number, an IFSC, a customer or CIF id, a
  consumer, CA, BP, account, service, subscriber, VC or smart-card number, a vehicle number, a Biller ID, a
  masked card, a bill's Bill Number on a BillPay receipt, TID, MID, BATCH, INV, a GSTIN, an OTP, a helpline or
  BLOCK number.
* merchant_name: the payee as printed: the name on PhonePe's row under Paid to / Sent to / Money sent to (None
  on a Received from page, which prints the account credited only masked); Google Pay's To <name> and To: (the
  account holder's own name under To: on money received; never From:); a share card's name under Paid to / To
  / Sent to; a cropped app's paid to / Money sent to line (None where cut off); a bank app's name under To (in
  capitals where so printed); a PDF receipt's Beneficiary Name (never the remitter, the nickname or the bank);
  a BillPay receipt's biller under Biller / Paid to / Biller Name (never the app, Bharat BillPay, the category
  or the consumer); the biller that sends an e-mail and names itself in its sentence and signature; a slip's
  shop on top in capitals (never the acquirer, the vendor or the town); a bill's shop on top as printed (its
  slip prints it in capitals, cut to the slip's width); a chat's payee printed in the screenshot (Paid to …)
  or in a WhatsApp payment's bubble (Payment to …), never the contact's saved name on the band; an alert's
  payee after To / trf to / to / At / at / on, as printed (in capitals).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout86_families import (
    app_pay_cropped,
    bank_app_transfer,
    bbps_app_receipt,
    bill_with_slip,
    biller_email,
    chat_shared,
    gpay_receipt,
    netbanking_ereceipt,
    phonepe_history,
    pos_slip_paired,
    share_card,
    sms_alert,
)

SPLIT = "heldout86"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens, chats and messages
# in sans faces (Noto Sans Display and Liberation Sans Narrow among them), e-mails in sans faces, slips and
# bills in monospaced ones, PDF receipts in serif and sans faces; ₹ is printed only in faces that draw it
# (heldout86_families.has_glyph), else Rs., Rs or INR, and ✓ only where the face holds it.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
MAIL_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
]
SLIP_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
PDF_FACES = [
    "noto/NotoSerif-Regular.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSerif.ttf",
    "liberation2/LiberationSans-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("phonepe_history", phonepe_history, SCREEN_FACES),
    ("gpay_receipt", gpay_receipt, SCREEN_FACES),
    ("share_card", share_card, SCREEN_FACES),
    ("app_pay_cropped", app_pay_cropped, SCREEN_FACES),
    ("bank_app_transfer", bank_app_transfer, SCREEN_FACES),
    ("netbanking_ereceipt", netbanking_ereceipt, PDF_FACES),
    ("bbps_app_receipt", bbps_app_receipt, SCREEN_FACES),
    ("biller_email", biller_email, MAIL_FACES),
    ("pos_slip_paired", pos_slip_paired, SLIP_FACES),
    ("bill_with_slip", bill_with_slip, SLIP_FACES),
    ("chat_shared", chat_shared, SCREEN_FACES),
    ("sms_alert", sms_alert, SCREEN_FACES),
]


def make_heldout86_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout86 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
