"""heldout106: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each), drawn away from heldout2 to heldout104's layouts: the proofs of payment buyers upload to
a marketplace to show they paid a seller directly, the mix a support team really sees, most of it UPI. The four big
UPI apps' full success screens in their current designs, each under a phone's status bar and app bar, light or
dark, over Share / Done buttons on most: PhonePe (a purple band with "Transaction Successful" and "<hour> on
<day>", Paid to over the payee and the sum, the @ybl / @ibl / @axl id, a "Banking Name" on some, Transfer Details,
Transaction ID T…, Debited from with the sum again, "UTR: <12 digits>"); Google Pay (the payee's initial, "To
<payee>", the handle, the sum, Completed / Failed / Pending, "<day>, <hour>", UPI transaction ID, To:, From: the
payer and bank, Google transaction ID CICAgO…); Paytm (a navy band, the outcome, the sum with its words when
whole, To / UPI ID / From / UPI Ref. No. / Date); BHIM (the outcome, the sum, Paid to, the handle, UPI Transaction
ID or UPI Ref No, Date and Time on separate rows, Debited from, Remarks). The same four screens cropped to the
middle (no status bar, app bar, header or footer; on four in eight the outcome line is cut off too, with
PhonePe's day under it). A bank's SMS
alert in a messages app (sender id such as AX-HDFCBK on top, a day divider "Today" / "Wednesday, 5 November" / "5
Nov 2026", the message in a bubble, its hour): HDFC's "Sent Rs… From … To <NAME> On dd/mm/yy Ref …", SBI's "A/C X…
debited by … on date 05Nov26 trf to <NAME> Refno …", ICICI's "… debited for … on 05-Nov-26; <NAME> credited.
UPI:…", Axis's "UPI/P2M/<ref>/<NAME>" narration, the plain "… debited from A/c XX… on … to VPA <id>. UPI Ref …",
a failed one and a pending one. A bank's e-mail alert in a mail app (From the alerts address, the subject, the
day sent): HDFC's sentence "… has been debited from account **1234 to VPA <id> <NAME> on dd-mm-yy" with "Your UPI
transaction reference number is …", ICICI's "Info: UPI-<ref>-<NAME>" with the available balance after, Axis's
table (Amount Debited, Account Number, Date & Time, Transaction Info UPI/P2M/…, Status). A net-banking IMPS /
NEFT acknowledgement in a browser (the bank on its band, Transaction Status, Transfer Mode, Beneficiary Name,
account, IFSC, Amount, charges on some, Debit Account, Transaction Date, IMPS Ref No / Reference No. / UTR No.,
Remarks; a NEFT "In Process" one). A payment gateway's result page in a browser (the seller on top; Razorpay's
Payment ID pay_… with Paid via; PayU's Merchant, Transaction ID TXN…, Bank Ref No, Payment Mode; Cashfree's Order
ID order_… and numeric Payment ID; a masked Visa / Mastercard / RuPay card mostly, UPI or Net Banking on some). A
wallet's money-sent screen (MobiKwik, Amazon Pay balance, Freecharge, Airtel Payments Bank wallet: Sent to with a
mobile number, Paid from the wallet, Wallet Txn ID / Transaction ID, Date & Time on most, the Wallet Balance left
on some). A UPI app's transaction opened from its history (History > Details, Paid to, the handle beside the sum,
a Status chip, a timeline with the day in its heading and hours only on its steps, UPI Transaction ID on most, the
app's own id, Debited from, Note). And a screenshot with the notification shade pulled partly over it (the
phone's clock and a day without its year, quick-settings tiles, two notifications that print no sum) hiding the
status bar, app bar and header of one of the four apps' screens; the outcome and all under it in view.

About one in eight failed and one in eight pending (one of each per family). Sums in rupees only (₹ only in faces
that draw it, else Rs., Rs or INR; lakh, western or plain grouping; whole rupees on a share of app screens). Days
as Indian pages print them: dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy, 05 Nov 2026, 5 Nov 2026, 05-Nov-2026, 5 November
2026, and in SMS and e-mail alerts two-digit years (05-11-26, 05/11/26, 05Nov26, 05-Nov-26), an hour beside most.
Faces: Noto Sans, Noto Sans Display, DejaVu Sans and DejaVu Sans Condensed, Liberation Sans, FreeSans; net-banking
pages also in Liberation Serif and Noto Serif (every text checked glyph by glyph). Every page is a screen and is
photographed off the display when degraded (``heldout14_render.degrade`` with ``screen``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* amount: the sum paid, as "1234.50", currency INR. Never a wallet's or account's balance left, a transfer's
  charges, a cashback. PhonePe's sum beside "Debited from" is the same sum. *settled*: a failed or pending page
  carries the sum it tried to pay.
* status: "success" / "failed" / "pending" from the words: Transaction Successful, Completed, Paid Successfully,
  Payment Successful, Money sent successfully, Successful / Success (a status label or chip), Status: Success;
  Transaction / Payment Failed, "has failed", "was not debited" (an e-mail whose subject says declined), Failed;
  Transaction / Payment Pending, Payment Processing, In Process, "is pending", "is under process", Pending.
  *settled*: a bank's debit alert (SMS "Sent Rs…", "debited by", "debited for … credited", "debited from"; an
  e-mail's "has been debited") states success: the money left the account for the payee. A cropped screen whose
  outcome line was cut off prints none: None (a UPI handle on it does not print one). A reversal promised "if
  debited" leaves a failed page failed; a pending page's "please do not pay again" leaves it pending.
* date: the payment's day as the page prints it, ISO; a two-digit year is 20yy, numeric days are day first.
  *settled*: the notification shade's day (the phone's, without a year, on the day of the screenshot, sometimes
  later) is never the payment's; the SMS thread's day divider and the e-mail's sent day are the same day as the
  alert's own and agree with it; a history page's day is the timeline heading's (its steps print hours only); a
  screen printing no day (a crop that cut PhonePe's "<hour> on <day>" line, a wallet screen without Date & Time)
  has None; a status bar's clock is never a day.
* merchant_name: the payee (shop or person paid) as printed, in the case printed: after Paid to / Paying to / To
  / To: / Sent to / Beneficiary Name, an SMS's "To <NAME>" / "trf to <NAME>" / "<NAME> credited", a narration's
  last part (UPI/P2M/<ref>/<NAME>, Info: UPI-<ref>-<NAME>), an e-mail's name after the VPA, a gateway page's seller
  on top (also under PayU's Merchant). *settled*: an SMS or e-mail that names the payee only by a VPA ("to VPA
  shop@ybl") has None: a handle is an address, not a name, and its user part is not the name a bookkeeper would
  write; a failed SMS naming only the VPA likewise. A narration's name is the truncated name as printed. Never the
  payer (Google Pay's From:, a UPI handle under "UPI -" on a gateway), PhonePe's "Banking Name" (the account
  holder's name at the payee's bank, not the name paid), the app, the bank, the wallet, the sender id, the
  gateway (Razorpay, PayU, Cashfree).
* payment_method: "UPI" on every UPI app screen, crop, shade, history page, UPI SMS and e-mail alert (a UPI id, a
  UPI reference or the narration's UPI/ says so); "wallet" on a wallet's screen (Paid from <wallet>); on a gateway
  page the way under Paid via / Payment Mode / Payment Method: a masked card "card", "UPI - <id>" UPI, "Net
  Banking - <bank>" "netbanking". *settled*: an IMPS or NEFT transfer from net banking is "netbanking" (the
  README's lexicon reads NEFT / IMPS as such).
* transaction_id: the highest kind printed, as printed: a UTR / UPI reference (UTR:, UPI transaction ID, UPI Ref.
  No., UPI Ref No, UPI Transaction ID, an SMS's Ref / Refno / UPI: / UPI Ref, an e-mail's "UPI transaction
  reference number", a narration's 12 digits, a NEFT UTR No.), then a bank reference (an IMPS Ref No / Reference
  No., PayU's Bank Ref No), then a transaction or payment id (PhonePe's Transaction ID T…, Razorpay's pay_… in its
  printed case, Cashfree's Payment ID, PayU's Transaction ID when the Bank Ref No reads NA, a wallet's Txn ID, a
  history page's Transaction ID / Txn ID / Google transaction ID), then an order's number (Cashfree's Order ID,
  Paytm history's Order ID). *settled*: Google's transaction ID loses to the UPI transaction ID printed beside it;
  a failed or pending screen's reference is the attempt's id; a failed screen without the UTR carries the app's
  own id. Never an account number (masked or whole), an IFSC, a phone or helpline, a UPI id, a masked card.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout106_families import (
    bank_mail,
    bhim,
    compose,
    cropped,
    fresh,
    gateway,
    gpay,
    history,
    netbank_ack,
    paytm,
    phonepe,
    shade,
    sms,
    wallet,
)

SPLIT = "heldout106"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): screens in sans faces, net-banking
# pages also in serif ones; ₹ is printed only in faces that draw it, and every page checks each glyph it prints.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
PAGE_FACES = SCREEN_FACES[:4] + ["liberation2/LiberationSerif-Regular.ttf", "noto/NotoSerif-Regular.ttf"]
FAMILIES: list[Family] = [
    ("phonepe", phonepe, SCREEN_FACES),
    ("gpay", gpay, SCREEN_FACES),
    ("paytm", paytm, SCREEN_FACES),
    ("bhim", bhim, SCREEN_FACES),
    ("cropped", cropped, SCREEN_FACES),
    ("sms", sms, SCREEN_FACES),
    ("bank_mail", bank_mail, SCREEN_FACES[:4]),
    ("netbank_ack", netbank_ack, PAGE_FACES),
    ("gateway", gateway, SCREEN_FACES),
    ("wallet", wallet, SCREEN_FACES),
    ("history", history, SCREEN_FACES),
    ("shade", shade, SCREEN_FACES),
]


def make_heldout106_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout106 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
