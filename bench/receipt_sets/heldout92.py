"""heldout92: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout92).

Families (8 receipts each), drawn away from heldout2 to heldout89's layouts: payment proofs as buyers actually
send them to a marketplace's support, messy screenshots of ordinary successful, failed and pending payments,
most from Indian UPI and bank apps (PhonePe, Google Pay, Paytm, BHIM, Amazon Pay, CRED, Navi, super.money,
iMobile Pay, YONO SBI, Kotak 811, Axis Mobile), some card and wallet pages (a credit card or a wallet balance
paid through an app), a few money apps and e-mails in dollars, pounds and euros (PayPal, Revolut, Wise, Monzo,
Stripe): an app's receipt with a notification banner drawn over its top (a WhatsApp message, an OTP SMS with a
card's sum, a cricket score, a delivery update with an order number and a price, a bank's credit SMS with its
own day and Ref no, a food order on its way; the card ends just above a row, so the rows under it are wholly
covered: the status bar, the app's header, the outcome, the payee on a share), a screenshot of a screenshot (a
gallery viewer's black frame round the shrunken receipt, the file's name with its own day and time,
Screenshot_20250314-203214_PhonePe.jpg or IMG_…, the photo's own day and time above the picture, the viewer's
actions under it; a quarter are money apps in $, £ or €), a split screen (the app over or under, in landscape
beside, a chat with the seller or support, "Order 4471 total ₹1,349", "Pls send UTR, … not credited", or the
marketplace's order page with its Order #, Placed on day, item total, delivery, Order total and its own state,
"Payment not received"; the app's half shows only the rows that fit, its foot cut on a share), a receipt
zoomed before the screenshot (large type, the left, right or both edges cutting labels and values, the status
bar or the foot cut on a share), a receipt with the buyer's scribbles (a red hand-drawn ring round the sum, a
yellow highlighter over the reference or a red arrow at it, a red line under the payee, a typed note in red or
blue such as "paid for order 4471 pls check", "Order 6843 - paid INR 8,765.29, still showing unpaid??", "paid
2 times!! refund … pls"), a tablet's landscape layout (the tablet's status bar with a weekday and day without
a year, the head across with the outcome and the sum, then two columns: payee, UPI ID, From (the payer) and
the account or wallet or card on the left; day and time, references and Mode on the right; a note and buttons
across the foot), dark mode in low-contrast greys (bank apps, wallets, CRED; a quarter are Revolut, Wise,
PayPal or Monzo pages in £, € or $), a long scrolling screenshot stitched over the app's recent transactions
(a second status bar where the capture scrolled, Recent transactions / Payment History with other payees,
signed sums, days as Today, Yesterday, 27 Jun or 06/07, and Paid, Received, Failed or Pending), a payment
e-mail forwarded to support ("Fwd: …" subject, the buyer's name and address, "to support@…" with the
forwarding day, a note with an order number, the forwarded-message divider with From / Date / Subject / To,
then the original: a Razorpay, PayU or Paytm receipt in rupees with the payee on top, the outcome, the sum,
Payment ID pay_… in mixed case, PayU ID or Order ID, a UPI or bank reference on a share, Paid On / Date,
Method / Payment Mode, Mobile, Email; or a Stripe receipt "Receipt from …" with Amount paid, Date paid,
Payment method Visa - 4242 and Receipt number; or a PayPal receipt "You paid $… to …" with Merchant, Status,
Transaction date, Transaction ID and Paid with), an app's Share receipt image (the app on top, the receipt,
"You won ₹25 cashback" on a share, a promotion card "Refer & Earn · Get ₹201 when a friend makes their first
payment · Use code AARAV4471 · Offer valid till …" and the app's referral link; a quarter are Revolut or Wise
shares in £ or €), a bank statement's page with the one transaction highlighted in yellow, green or orange
among others (a PDF viewer's screenshot with its file name, page and zoom, or the page printed and
photographed; the bank, Statement of Account, account number, branch, IFSC, the holder's name and CIF, the
period and Currency : INR; Date, Narration over two lines, Chq/Ref No., Withdrawal, Deposit, Balance;
UPI/DR/<UTR>/<name>, NEFT DR-<UTR> with the name under it, IMPS/P2A/<UTR>/ with the name under it, POS with a
masked card and the shop under it, ATM withdrawals and UPI/CR credits; a red arrow at the row on a share) and
a phone's photo of a laptop showing a net banking acknowledgement (the browser's address, the bank, Welcome
<holder> with the last login's day, Transaction Acknowledgement / Funds Transfer - Acknowledgement / Third
Party Transfer Receipt, the outcome, From Account, Beneficiary Name / Payee Name, Beneficiary Account No.,
IFSC, the amount, Charges + GST on a share, Transfer Mode NEFT or IMPS, the day with seconds, UTR No. (Awaited
on a pending NEFT), IMPS Ref No. or RRN, the bank's Reference Number / Bank Ref No., Remarks with the buyer's
order number; the black bezel, the hinge and a desk round it). Rupees as ₹ (only in faces that draw it,
heldout86_families.has_glyph), Rs., Rs or INR, lakh grouping on most pages, Western or plain on the rest,
whole rupees without paise on a share of app screens; dollars, pounds and euros as $1,234.50, £12.40, €32.07,
32,07 € or with the ISO code after. Dates: day first on rupee pages (14 Mar 2025, 14 Mar, 2025, 14/03/2025,
14-03-2025, 14 March 2025, 14-Mar-2025, on statements also 14.03.2025 and 14 Mar 25; Mar 14, 2025 with the
month's name on a share; every numeric date day first), month names on dollar, pound and euro pages (Mar 14,
2025 on dollar pages, 14 Mar 2025 on the others). Faces: the project's installed faces (Noto Sans and Sans
Display, DejaVu Sans, Liberation Sans and Sans Narrow, FreeSans on app screens, split screens, galleries and
tablets; Noto Sans, Liberation Sans, DejaVu Sans, FreeSans and Noto Serif on e-mails; DejaVu Sans Mono,
Liberation Mono, FreeMono and Noto Sans Mono on statements; Noto Sans, Liberation Sans and Serif, DejaVu Sans
and Serif, FreeSans on net banking pages). Degradations as heldout66 (heldout14_render.degrade; everything but
a printed statement is a screen, always photographed off the display, _screen_photo, which also gives the
laptop its moiré and glare).

Each page is built as rows that carry the facts they print (heldout92_families.Shot, heldout86's Page), the
covers, cuts and crops are decided from the rows' geometry, and a fact whose printed value is covered, cut off
or cropped is None. The drawing goes through heldout14_render.family_set: make_heldout92_set has it draw with
heldout92_families.compose (heldout14_render.render, then the page's marks and frame), restoring render after.

Truth conventions (README "Receipt fields"): the truth is the payment the proof is about: the one receipt (on
a statement, the highlighted row), never the banner, the other half of a split screen, the gallery's frame,
the history under a stitched receipt, the forwarder's header or note, the promotion, the buyer's note or the
other rows of a statement.

* amount: what that payment moved (or tried to move), as "1234.50" (whole rupees printed without paise are
  "450.00"): an app's large sum (with a minus on some money apps); a tablet's sum in its head; an e-mail's
  large sum, Amount paid or "You paid $… to …" / "Your payment of $… to …"; a statement's highlighted row's
  Withdrawal; a net banking page's Amount / Amount (INR) / Transfer Amount. Never a banner's sum (an OTP's, a
  delivery's, a credit SMS's), the order page's Items, Delivery or Order total, a chat's sums, a note's sum, a
  history's sums, a cashback won, a referral reward, the other rows' sums and the balances of a statement,
  Charges. currency: INR on rupee pages; USD, GBP, EUR from $, £, € or the code.
* date: the day paid (or tried), ISO: an app's "<day>, <time>" / "<time> on <day>" / "<day> at <time>" line; a
  money app's day line; a tablet's Date & time / Paid on / Date; an e-mail's original Date: header (the mail
  the payment sent that day) and its Paid On / Date / Date paid / Transaction date (the same day); a
  statement's highlighted row's Date; a net banking page's Transaction Date / Date & Time / Transaction Date &
  Time. None where covered or cut off. Never a status bar's time or a tablet's status-bar day, a gallery file
  name's day or the photo's day and time, a banner's day (a credit SMS's 12Sep26), the order page's Placed on,
  a chat's divider, a history's days, the forwarding day, a promotion's Offer valid till, a statement's Period
  or other rows' days, a last login's day.
* payment_method: "UPI", "card", "wallet", "netbanking" from the printed way paid (UPI is its own way, as the
  earlier sets count it; Google Pay on a rupee page is UPI); a line that names the way beats a keyword. UPI:
  Paid using UPI - <bank> XX1234, Mode UPI, Method UPI, Payment Mode Paytm UPI, a statement's UPI/DR/
  narration, and where no line names the way, a payee's UPI id (name@handle, q…@ybl, paytmqr…@paytm), a
  UPI-labelled reference (UPI Ref No, UPI Ref. No., UPI Reference No, UPI transaction ID, UPI Transaction ID,
  UPI Ref ID, UPI ref no) or Powered by UPI / POWERED BY UPI. card: <bank> Credit Card XX1234 or <bank> Card
  XX1234 under Paid using / Paid via, Visa Debit ••1234, Mastercard ending 1234 or Card ••1234 under Paid with
  / Payment method, Visa - 4242 (Stripe), Visa Credit x-1234 (PayPal), Method Card, a statement's POS <masked
  card> narration. wallet: PhonePe Wallet, Paytm Wallet, Amazon Pay Balance under Paid from / Debited from /
  Paid from, Method Wallet, Payment Mode Paytm Wallet, PayPal balance, Revolut balance, Wise balance under
  Paid with / Payment method. netbanking: Method Netbanking, Transfer Mode / Payment Mode / Mode NEFT or IMPS,
  a statement's NEFT DR- and IMPS/P2A/ narrations. A UTR or RRN label alone and a bank account printed alone
  (From / Debited from HDFC Bank XX1234) name no way: None where nothing else is printed or it is covered or
  cut off.
* status: only where words state that payment's outcome; None otherwise. Success: Payment Successful,
  Transaction Successful, Paid Successfully, Completed, Money Sent Successfully, Payment successful, Transfer
  Successful, Payment sent, Paid, Funds Transferred Successfully, "Your transaction has been processed
  successfully", an e-mail's Status Completed. Failed: Payment Failed, Transaction Failed, Failed, Transaction
  Declined, Payment failed, Payment declined, Transaction could not be processed, Rejected by beneficiary
  bank, Status Declined, and a note that the debit will be refunded or reversed ("Payment failed. Money will
  be refunded in 3-5 working days.", "If money was debited, it will be refunded …", "Amount debited, if any,
  will be reversed …"). Pending: Payment Pending, Processing, Transaction Pending, Awaiting bank confirmation,
  Payment Processing, Payment processing, Pending, Transaction In Process, Pending for authorisation, Status
  Pending, and a note that the bank has yet to confirm ("Awaiting confirmation from your bank. …", "Please do
  not retry. We will update you shortly.", "Your bank is taking longer than usual to confirm this payment.").
  An outcome covered by a banner or cut by a zoom states none (a note still visible does). None also: a Stripe
  receipt (Amount paid, Receipt from), a statement, the order page's state (Payment not received, Awaiting
  payment), a chat's words, a history's Paid / Received / Failed / Pending, a note's "still showing unpaid", a
  banner's text, "You won … cashback", an e-mail's subject (it agrees with its body where it states one).
* transaction_id: at most one, as printed (Razorpay's pay_… and the Google transaction ID keep their case),
  the highest kind printed as README orders the families: a UTR or UPI reference (UTR, UTR No., UPI Ref No,
  UPI Ref. No., UPI Reference No, UPI transaction ID, UPI Transaction ID, UPI Ref ID, UPI ref no, IMPS Ref
  No., a statement narration's UPI, NEFT or IMPS reference, the same in its Chq/Ref No. column), then an RRN
  (Axis Mobile's, a net banking IMPS page's), then a bank reference (Bank Reference ID, YONO SBI's Reference
  No., Reference Number / Bank Ref No., PayU's Bank Ref No, a POS row's Chq/Ref No.), then an app's
  transaction id (PhonePe's Transaction ID T…, the Google transaction ID, Transaction ID / transaction ID,
  Payment ID, PayU ID, a money app's Transaction ID), then an Order ID (Paytm's, super.money's, a Paytm
  e-mail's), then a receipt's number (Stripe's Receipt number, also in the subject). So a UTR beats the app's
  own id, a net banking page's UTR its bank reference (which stands where the UTR is Awaited). None where none
  is printed or all are covered or cut off. Never an OTP, a referral code or link, the buyer's order number (a
  note, a chat, a remark, a forwarder's note, a Stripe Order row), the marketplace's Order #, a credit SMS's
  Ref no in a banner, a delivery's OD number, an order's number in a banner, a history, a file name, a mobile,
  a UPI id, a masked card or account, an account number, an IFSC, a CIF.
* merchant_name: the payee as printed (in capitals on iMobile Pay, YONO SBI, Kotak 811, Axis Mobile and on
  half the net banking pages): the name under or beside Paid to / Sent to / To, or run into "Paid to <name>" /
  "To <name>" on one line; a tablet's left column's Paid to / To / Sent to; a Razorpay, PayU or Paytm e-mail's
  payee on top; Stripe's "Receipt from <name>"; PayPal's Merchant; a money app's "To <name>"; a statement's
  highlighted row's name in its narration as the bank cut it (14 characters after UPI/DR/<UTR>/, 20 on the
  line under NEFT, IMPS and POS); a net banking page's Beneficiary Name / Payee Name. None where covered by a
  banner or cut by a zoom (the payee's UPI id still printed is no name). Never the app, the bank, the payer
  (From, the statement's holder, Welcome), the chat's contact, the order page's Sold by, the history's names,
  a banner's sender, the forwarder, the marketplace.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout92_families import (
    banner_app,
    compose,
    dark_lowcontrast,
    forwarded_email,
    gallery_reshot,
    laptop_netbanking,
    scribbled,
    share_promo,
    split_screen,
    stitched_history,
    statement_highlight,
    tablet_columns,
    zoomed_cut,
)

SPLIT = "heldout92"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens, galleries, split
# screens and tablets in sans faces (Noto Sans Display and Liberation Sans Narrow among them), e-mails in sans
# faces and Noto Serif, statements in monospaced faces, net banking pages in sans and serif faces; ₹ is printed
# only in faces that draw it (heldout86_families.has_glyph, through heldout86_families.Rs), else Rs., Rs or INR.
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
    "noto/NotoSerif-Regular.ttf",
]
MONO_FACES = [
    "dejavu/DejaVuSansMono.ttf",
    "liberation2/LiberationMono-Regular.ttf",
    "freefont/FreeMono.ttf",
    "noto/NotoSansMono-Regular.ttf",
]
WEB_FACES = [
    "noto/NotoSans-Regular.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "freefont/FreeSans.ttf",
    "liberation2/LiberationSerif-Regular.ttf",
    "dejavu/DejaVuSerif.ttf",
]
FAMILIES: list[Family] = [
    ("banner_app", banner_app, SCREEN_FACES),
    ("gallery_reshot", gallery_reshot, SCREEN_FACES),
    ("split_screen", split_screen, SCREEN_FACES),
    ("zoomed_cut", zoomed_cut, SCREEN_FACES),
    ("scribbled", scribbled, SCREEN_FACES),
    ("tablet_columns", tablet_columns, SCREEN_FACES),
    ("dark_lowcontrast", dark_lowcontrast, SCREEN_FACES),
    ("stitched_history", stitched_history, SCREEN_FACES),
    ("forwarded_email", forwarded_email, MAIL_FACES),
    ("share_promo", share_promo, SCREEN_FACES),
    ("statement_highlight", statement_highlight, MONO_FACES),
    ("laptop_netbanking", laptop_netbanking, WEB_FACES),
]


def make_heldout92_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout92 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n, draw=compose)
