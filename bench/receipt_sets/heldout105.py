"""heldout105: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each), drawn away from heldout2 to heldout104's layouts: paying a shop by scanning its QR
code, and sending money to a bank account, in Indian UPI apps, each under a phone's status bar and an app bar (a
drawn back arrow, the page's title: "Scan & Pay", "Pay Merchant", "To Bank A/c", "Pay to A/c + IFSC", "Transfer to
self" …, a drawn help icon), on some over two buttons, light or dark: PhonePe after a QR scan (a purple band with
Payment Successful / Failed / Pending "at <hour> on <day>", on one only "at <hour>", "Paid to" / "Paying to" with
the shop and the sum on one row, a drawn "Verified merchant" badge, the QR handle, Transfer Details: Transaction ID
T…, Debited from, "UTR: …" left off on the failed one); Google Pay paying a business ("To" over the shop in a big
heading, a drawn "Verified business" badge, the handle, on some "Banking name: <owner>", the sum, Completed /
Payment failed / Processing, the day and hour, UPI transaction ID (none on the pending one), "To: <shop>", "From:
<payer> (<bank>)" over the payer's own UPI id, Google transaction ID); Paytm's Scan & Pay (the shop as a title
under the app bar, in capitals on some, Verified Merchant, a paytmqr handle, Paid Successfully / Payment Failed /
Payment Pending, UPI Ref No: on the successful ones only, Order ID:, From: the bank, Date: or on two only Time:,
"Paid from <payer>'s Paytm UPI"); BHIM's Pay Merchant summary (a band with the outcome and "BHIM UPI", Merchant
Name, Merchant VPA, Amount, Remarks, From: the payer's UPI id, Date & Time, UPI Ref No,
Txn ID BHIM…); CRED's dark "scan & pay" in lower case (payment successful, paid to the shop, CRED coins
won, UPI reference ID, CRED transaction ID, paid via CRED UPI) or Amazon Pay's "Scan any QR" (Payment successful,
Paid to with a drawn Verified merchant badge, UPI Ref ID on the successful ones, Transaction ID P0…, Paid from,
Date); a bank app's Scan & Pay acknowledgement (YONO SBI, iMobile Pay, HDFC Bank MobileBanking, Axis Mobile, Kotak
Mobile Banking: Merchant Name, Merchant UPI ID, Amount (INR), Remitter Name (the payer), Debit Account, Date &
Time, UPI Ref No / RRN / UPI RRN (none on the failed one), Transaction Reference No.); a transfer "To bank
account" in PhonePe, Google Pay or Paytm (Money sent successfully / Transfer failed / Transfer pending, the sum,
the weekday and day, To: the beneficiary or on one only "A/c ending …", A/c No., IFSC, Bank, UPI Ref No / UTR /
UPI transaction ID (none on the failed one), the app's Transaction ID / Google transaction ID / Order ID, "From:
<payer>" over the account debited); a self transfer between the payer's own accounts (Self Transfer, Transfer to
self, Self Account Transfer: From and To each with the payer's name and a bank's masked account, on three in
eight the To side with the bank and account only, UPI Ref No / UTR No, the app's id, Date & Time); a bank app's
"Pay to A/c + IFSC" acknowledgement (Beneficiary Name, Beneficiary A/c No., IFSC, Bank Name, Amount, Remarks,
Debit Account, Transfer Mode UPI / BHIM UPI, on two in eight IMPS with an IMPS Ref No, Date, UPI Ref No / UTR No
(none on the failed one), the bank's Transaction ID); a history's detail view (Debit / Sent, the sum, Status:
Success / Completed / Failed / Pending / In progress, a shop (Paid to, UPI ID) or a bank account (Sent to, A/c,
IFSC), Date & Time or on one only Time, From: the payer and their UPI id, UPI Ref No / UTR (left off on two), Txn
ID, Category); a shared payment-receipt card (PhonePe, Paytm, super.money, MobiKwik, Navi UPI: the app's name
small on a band over the shop in a heading and a drawn Verified badge, "Paid <sum>" or the sum, Transaction
successful / Payment failed / Payment pending, "Paid on <day>, <hour>" / "On <day>, <hour>", UPI Ref (left off
on two), From: the payer's name and UPI id, To: the shop's handle); and a newer UPI app after paying a shop (Navi,
super.money, MobiKwik, Jupiter, Fi Money, WhatsApp: the outcome over the sum, "to <shop>" with its handle, a
cashback badge on some, Paid to / To the shop, Debited from, Payer: the payer (with their UPI id on some), UPI Ref.
No. (left off on one failed), the app's own id, "Date & time" with the weekday). In every family one receipt
failed and one is pending (12 of 96 each).

Sums in rupees only (₹ only in faces that draw it, else Rs., Rs or INR; lakh or western grouping; whole rupees
without paise on a share of screens), every page in English; days the Indian ways (dd/mm/yyyy, dd-mm-yyyy,
dd.mm.yyyy, 12 Mar 2026, 12 Mar, 2026, 12-Mar-2026, 12 March 2026, Tue, 12 Mar 2026), an hour after each (12- or
24-hour). Faces: sans faces of four families (Noto Sans and Noto Sans Display, DejaVu Sans, Liberation Sans,
FreeSans; DejaVu Sans Condensed and Liberation Sans Narrow also for the tables of BHIM and the bank apps); every
text is checked against its face. Every screen is photographed off the display when degraded
(``heldout14_render.degrade`` with ``screen``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* merchant_name: the payee as printed, in the case printed: for a QR payment the shop's name wherever the screen
  puts it (a title under the app bar, a heading over a "Verified merchant" / "Verified business" badge, the
  "Paid to" row beside the sum, Merchant Name, "to <shop>"); for a transfer to a bank account the beneficiary
  (To, Beneficiary Name, Sent to). *settled*: never the payer (From:, Payer, Remitter Name, "Paid from <payer>'s
  Paytm UPI", Debited from), the app, the bank app's bank, the beneficiary's bank (Bank / Bank Name) nor a badge's
  words; a shop's "Banking name: <owner>" on Google Pay is the account's owner under the shop, not the name paid
  (the shop is). A transfer that prints no name for the account credited ("To A/c ending 1234"; a self transfer
  whose To side prints only the bank and masked account) has None: a bank and an account number are no payee. A
  self transfer whose To side prints the payer's own name has that name: the account holder credited, who on a
  self transfer is the payer (the only case where the payer is the payee).
* transaction_id: at most one, as printed, the highest kind printed as README orders the families: the UPI
  reference (UTR / UTR No / UPI Ref No / UPI Ref. No. / UPI Ref / UPI Ref ID / UPI reference ID / UPI transaction
  ID / RRN / UPI RRN / IMPS Ref No, 12 digits) whenever the screen prints it; else the bank app's Transaction
  Reference No. (bank-reference family); else the app's own transaction id (PhonePe's Transaction ID T…, Google
  transaction ID CICAgO…, BHIM's Txn ID, Amazon Pay's Transaction ID P0…, the newer apps' ids, a bank's
  Transaction ID, a history's Txn ID); else Paytm's Order ID (order family). *settled*: when a UPI Ref No and the
  app's own transaction id are both printed, the UPI reference wins (it names the payment on both banks' books;
  the app's id is the app's); a failed or pending screen's id is the attempt's; a shared receipt card printing
  no UPI Ref has None (its handles are no id). Never a UPI id, an account number (masked or not), an IFSC, a
  cashback, a phone.
* payment_method: "UPI" for every QR payment and every transfer made in a UPI app or a bank app's UPI (Transfer
  Mode UPI / BHIM UPI). *settled*: a transfer to a bank account by account number and IFSC made from a UPI app is
  UPI, not netbanking, whether the page prints a UPI reference / UPI transaction id or only a UTR and the app's
  own id (the app sends it over UPI; the README counts Google Pay in rupees as UPI); a self transfer likewise. Only
  where the page names another rail, a bank app's "Transfer Mode IMPS" with its IMPS Ref No, is it "netbanking"
  (the README's lexicon counts IMPS there). The account debited ("Debited from", "Debit Account") never makes it
  netbanking.
* status: "success" / "failed" / "pending" from the words: Payment Successful, Completed, Paid Successfully,
  Transaction Successful, payment successful, Money sent successfully, Transfer Successful, Transaction
  successful, Status Success / Successful / Completed; Payment Failed / failed, Transaction Failed, Transfer
  failed / Failed, Status Failed; Payment Pending / pending, Processing, payment processing, Transaction Pending,
  Transaction Under Process, Transfer pending, Transfer in Progress, Payment processing, Status Pending / In
  progress. *settled*: "Amount, if debited, will be refunded …" on a failed screen leaves it failed; a cashback
  or CRED coins won say nothing more than the success beside them.
* date: the day of the payment (or the attempt), ISO, as printed beside its hour. *settled*: a screen printing
  only the hour ("at 09:04 PM", "Time:") has None: the status bar's clock is the phone's, never a day.
* amount: the sum paid or sent (or attempted), as "1234.50", currency INR. *settled*: a cashback won ("You won ₹
  14.00 cashback") and CRED coins are not the sum; the history's "- ₹…" is the sum without its sign.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout105_families import (
    bank_qr,
    bank_transfer,
    bhim_merchant,
    compose,
    cred_amazon,
    fresh,
    gpay_business,
    history_detail,
    neo_qr,
    paytm_scan,
    phonepe_qr,
    self_transfer,
    shared_receipt,
    to_bank_account,
)

SPLIT = "heldout105"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): every page is an app screen, drawn
# in sans faces of five families (Noto, DejaVu, Liberation, FreeFont; condensed and narrow cuts for the bank
# apps' tables); ₹ is printed only in faces that draw it, and every text is checked against its face.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
TABLE_FACES = SCREEN_FACES[:4] + [
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("phonepe_qr", phonepe_qr, SCREEN_FACES),
    ("gpay_business", gpay_business, SCREEN_FACES),
    ("paytm_scan", paytm_scan, SCREEN_FACES),
    ("bhim_merchant", bhim_merchant, TABLE_FACES),
    ("cred_amazon", cred_amazon, SCREEN_FACES),
    ("bank_qr", bank_qr, TABLE_FACES),
    ("to_bank_account", to_bank_account, SCREEN_FACES),
    ("self_transfer", self_transfer, SCREEN_FACES),
    ("bank_transfer", bank_transfer, TABLE_FACES),
    ("history_detail", history_detail, SCREEN_FACES),
    ("shared_receipt", shared_receipt, SCREEN_FACES),
    ("neo_qr", neo_qr, SCREEN_FACES),
]


def make_heldout105_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout105 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
