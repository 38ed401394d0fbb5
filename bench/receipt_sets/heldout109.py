"""heldout109: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each), drawn away from the earlier sets' layouts: bank alerts that buyers and sellers in India
forward as proof of payment, in the wordings real banks use. A bank's UPI debit SMS alone in a messages app
(the sender id such as AX-HDFCBK on top, a day divider "Today" / "Wednesday, 5 November" / "5 Nov 2026", the
bubble and its hour), in twelve banks' sentence shapes: HDFC "Sent Rs… From HDFC Bank A/C *1234 To <NAME> On
05/11/26 Ref …", SBI "A/C X1234 debited by 250.0 on date 05Nov26 trf to <NAME> Refno …", ICICI "… debited for …
on 05-Nov-26; <NAME> credited. UPI:<ref>", Axis "INR … debited / A/c no. XX… / 05-11-26, 10:32:11 /
UPI/P2M/<ref>/<truncated NAME>", Kotak "Sent Rs… from Kotak Bank a/c XX… to <vpa> on ….UPI Ref …", PNB "…
thru UPI:<ref>.Bal INR …", Bank of Baroda "… transferred from A/c ...1234 to:UPI/<ref>. Total Bal:… Avlbl Amt:…",
Canara "… paid thru A/C …", Union "Debited for Rs:… by UPI ref no …", IndusInd "towards UPI/<ref>/<NAME>", YES
BANK, IDFC FIRST; the reference on the next line on some. A card's spend SMS (HDFC "Spent Rs… On HDFC Bank Card
1234 At <MERCHANT> On 2026-11-05:10:32:11", ICICI "spent using ICICI Bank Card XX… on … on <MERCHANT>. Avl Limit",
SBI Card, Axis's stacked lines with "Avl Lmt", a Kotak debit card, IDFC FIRST, YES BANK; one declined). An IMPS /
NEFT / RTGS debit SMS to a beneficiary (IMPS Ref No, a NEFT or RTGS UTR; SBI's naming no payee; a NEFT "accepted
and under process"; an IMPS failed). The seller's credit SMS (HDFC "Credit Alert! … credited to … from VPA …
(UPI …)", SBI "credited by … by (Ref no …)", ICICI "from <PAYER>. UPI:…", Axis UPI/P2A/<ref>/<PAYER>, Kotak
"Received …", PNB, a Canara IMPS credit, a Union NEFT credit; a loan promo above on half). A bank's SMS thread
scrolled to its newest (a promotional message, a balance message with sums on earlier days, a login OTP, then the
alert). A thread with two alerts of one account, one bubble selected to forward it (tinted; the app bar turned
into "1 selected"; on some the other bubble is the failed first try of the same payment). A lock screen with
the alert's notification (the phone's clock and its day without a year, "now" / "5m ago" / an hour), collapsed to
two or three lines ending in "…" or expanded, beside another app's notification. A bank's UPI debit e-mail in a
mail app (HDFC's "… has been debited from account **1234 to VPA … <NAME> on …" with "Your UPI transaction
reference number is …", Kotak's "towards UPI/<ref>/<NAME>", SBI's "debit by transfer", IDFC FIRST's table,
YES BANK's "Info: UPI/P2M/<ref>/<truncated NAME>", IndusInd's table with a Narration). A card's spend e-mail
(HDFC with its Authorization code, ICICI "has been used for a transaction of … Info: <MERCHANT>." with the
available and total credit limits, Axis's table, SBI Card, a Kotak debit card with its RRN; one declined). A
WhatsApp chat (an unsaved number on top) where the buyer forwarded the bank's SMS ("Forwarded" over it) between
chat lines in Hinglish (Latin letters). The alerts of a payment gone wrong or late: a debit reversed, a failed one
to be refunded, one "could not be completed" and not debited, pending with the beneficiary bank, under process,
and a pending one "now successful" (three failed, three pending, two successful). A wallet's debit SMS (Paytm
Wallet, MobiKwik Wallet, Amazon Pay balance, Freecharge, Airtel Payments Bank Wallet, PhonePe Wallet, with the
wallet's own Txn ID and the balance left).

About one in eight failed and one in eight pending where the family allows (the credit SMS are all credits; the
card families have a declined one and no pending; the outcome family is three and three). Sums in rupees: Rs.,
Rs, Rs:, INR, and ₹ only in e-mails in faces that draw it; lakh, western or plain grouping; whole rupees without
paise on some; balances and limits beside most. Days as the banks print them: 05-11-26, 05/11/26, 05Nov26,
05-Nov-26, 05-NOV-2026, 05-11-2026, 05/11/2026, 5 Nov 2026, 2026-11-05:10:32:11, Nov 05, 2026; an hour beside
most. Faces: Noto Sans, Noto Sans Display, DejaVu Sans, DejaVu Sans Condensed, Liberation Sans, FreeSans (every
text checked glyph by glyph). Every page is a screen and is photographed off the display when degraded
(``heldout14_render.degrade`` with ``screen``).

Truth conventions (README "Receipt fields", heldout106 and heldout108; those this set had to settle are marked
*settled*):

* amount: the sum of the payment the alert reports, as "1234.50", currency INR. Never an "Avl Bal", "Avbl Amt",
  "Total Bal", "Available balance", "Avl Lmt", "Available Credit Limit", "Total Credit Limit", a wallet balance,
  a loan offer's or cashback's sum, a balance message's sum. A failed or pending alert carries the sum it tried.
  *settled*: SBI's bare "debited by 250.0" is INR: UPI moves only rupees and the page is an Indian bank's UPI
  alert (the only pages whose currency is not printed beside the sum).
* status: a debit alert's verb states success (heldout106: "Sent Rs…", "debited by", "debited for … credited",
  "has been debited", "debited from"), and so do *settled* "transferred" (Bank of Baroda), "paid thru"
  (Canara), "spent", "has been spent", "was used for", "has been used for a transaction" (cards), "Paid … from
  <wallet>", "IMPS … successful", "has been credited to the beneficiary account", "is successful", a "Status
  Success" row. A credit SMS's "credited" / "Received" / "CREDITED" is success (heldout108). Failed: "has failed",
  "declined", "failed", "has been declined", "was declined", "Status Failed", *settled* "could not be completed",
  and "has been reversed" (a reversal says the payment did not go through; the debit's day is the date).
  Pending: "is under process", "is pending", "accepted and under process", "Status Pending". *settled*: "Your
  pending UPI txn … is now successful" is success.
* date: the day the alert states for the payment, ISO; two-digit years are 20yy, numeric days day first. The day
  divider and the e-mail's sent day agree with it (heldout106). *settled*: the lock screen's day is the phone's
  and never the payment's; a day, a hour or anything else the notification cut off is not printed (None); in a
  thread the alert's day, never the balance message's "as on" day; in the WhatsApp chat the alert's own day, not
  the chat's "Today"; a wallet SMS printing no day takes the divider's day only where it prints the year
  ("5 Nov 2026"), else None.
* merchant_name: the payee as printed, in the case printed: "To <NAME>", "trf to <NAME>", "<NAME> credited",
  "paid thru … to <NAME>", a narration's last part (UPI/P2M/<ref>/<NAME>, UPI/<ref>/<NAME>, truncated as
  printed), "to VPA <vpa> <NAME>", "for UPI txn to <NAME>", "Transferred to <NAME>", Beneficiary, a card alert's
  "At / at / on <MERCHANT>", "Info: <MERCHANT>.", Merchant Name, a transfer's beneficiary ("to <NAME> A/c XX…",
  "beneficiary account of <NAME>"), a wallet's "to <NAME>". An alert naming the payee only by a UPI id has None
  (heldout106), also where the id stands in a narration's name place. A credit alert names the payer and the
  seller's own masked account only, so its merchant is None (heldout108: "from <PAYER>", "by VPA …", UPI/P2A/…/
  <PAYER> are the one who paid). Never the bank, the sender id, the wallet, the chat's contact. *settled*: an alert
  that names no payee at all (PNB, Bank of Baroda, Union, SBI's IMPS "a/c XXXX credited") has None.
* payment_method: "UPI" where the page shows UPI (the word, a UPI id, "UPI:", a UPI/… narration, HDFC's "SMS
  BLOCK UPI"); "card" on card alerts; "netbanking" for IMPS / NEFT / RTGS (heldout106/108); "wallet" on wallet
  alerts. *settled*: a notification cut before any of these has None (a 12-digit "Ref" alone names no way).
* transaction_id: the one reference the alert prints, as printed: Ref / Refno / Ref No / UPI Ref / UPI: /
  UPI/<ref>/ / (UPI <ref>) / UPI transaction reference number / UPI Reference No / Reference No. / IMPS Ref No /
  NEFT or RTGS UTR / RRN; a wallet's Txn ID / Transaction ID. *settled*: a card SMS prints none (None); HDFC's card
  e-mail "Authorization code:- 123456" is the id (the approval family; the only code of the payment); a failed
  or pending alert's reference is the attempt's. Never an account or card's last digits, a phone or helpline
  (18002586161, 9215676766), an OTP, a UPI id, a Cust ID.
* which message is the proof: *settled*: in a thread, the payment alert (the promo, the balance message and the
  OTP state no payment); in a thread with two alerts, the bubble selected to be forwarded (tinted, "1 selected");
  in a chat, the forwarded alert.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout109_families import (
    card_mail,
    card_sms,
    compose,
    credit_sms,
    fresh,
    lock,
    mail_alert,
    outcome_sms,
    selected,
    sms_debit,
    thread,
    transfer_sms,
    wallet_sms,
    whatsapp,
)

SPLIT = "heldout109"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); ₹ is printed only in faces that draw
# it, and every text is checked against its face.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
]
FAMILIES: list[Family] = [
    ("sms_debit", sms_debit, SCREEN_FACES),
    ("card_sms", card_sms, SCREEN_FACES),
    ("transfer_sms", transfer_sms, SCREEN_FACES),
    ("credit_sms", credit_sms, SCREEN_FACES),
    ("thread", thread, SCREEN_FACES),
    ("selected", selected, SCREEN_FACES),
    ("lock", lock, SCREEN_FACES),
    ("mail_alert", mail_alert, SCREEN_FACES),
    ("card_mail", card_mail, SCREEN_FACES),
    ("whatsapp", whatsapp, SCREEN_FACES),
    ("outcome_sms", outcome_sms, SCREEN_FACES),
    ("wallet_sms", wallet_sms, SCREEN_FACES),
]


def make_heldout109_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout109 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
