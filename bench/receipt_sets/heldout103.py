"""heldout103: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each), drawn away from heldout2 to heldout102's layouts: the UPI payment screens Indian buyers
upload most, in new designs, one family per app or app kind, each under a phone's status bar (clock, network,
battery) and an app bar (a drawn back arrow, the page's title, a drawn share icon), on some over Share / Done
buttons, in light and dark themes: PhonePe's transaction screen (a purple band, "Transaction Successful" with "<hour>
on <day>", Paid to / To over the payee and the sum, the payee's @ybl / @ibl / @axl id, Transfer Details, Transaction
ID T…, Debited from the bank and masked account, "UTR: <12 digits>"; one pending, one failed with its refund
line, the UTR left off on half the failed); Google Pay's detail ("To <payee>", the handle, the sum in large type,
Completed / Payment failed / Payment pending, the day and hour, UPI transaction ID, To:, From: the payer and bank,
Google transaction ID CICAgO…); Paytm's receipt ("Paid Successfully to" over the payee, UPI ID:, the sum, UPI Ref
No:, Order ID:, Date:, From:; pending and failed ones often without the UPI Ref No); BHIM's transaction summary
(Sent to, Payee VPA, Amount, Date & Time, UPI Transaction ID, Customer Ref No, From, Remarks); CRED's dark screen
in lower case ("payment successful", "paid to", coins won, UPI reference ID, CRED transaction ID, paid via CRED
UPI, date); Amazon Pay UPI (Payment successful / failed, Paid to, UPI Ref ID, Transaction ID P0n-…, Paid from,
Date); WhatsApp's payment details ("Payment to <person>", their phone, Completed / Pending / Failed, UPI
transaction ID, To the UPI id, From the bank, the day); Navi UPI or super.money (the outcome over the sum, "Paid
to <payee>", a cashback won on some, UPI Ref. No., Navi txn ID / super.money Txn ID, Paid from, Date & time); a
bank app's UPI acknowledgement (YONO SBI, HDFC Bank MobileBanking, iMobile Pay, open by Axis Bank, Kotak811: Payee
Name, Payee VPA, Amount, Debit Account, Transaction Date, UPI RRN / UPI Ref No / RRN, the bank's own Reference
No.); the screen after scanning a shop's QR (the shop, "Verified merchant", its QR handle, Paid successfully /
Payment failed, UPI Ref No, a Bill No on some, Date or, on two in eight, only a Time, Debited from); a UPI
transfer to a bank account (Money sent successfully / Transfer pending / Transfer failed, Sent to, A/c No., IFSC,
Bank, UTR, Transaction ID, Debited from, Date); and a transaction history's detail page (Debit, the sum, Status,
Date & Time, Paid to / To, UPI ID, Txn ID, UTR No on three in four, Account, Category).

Sums in rupees only (₹ only in faces that draw it, else Rs. or INR; lakh, western or plain grouping; whole rupees
without paise on a share of app screens). Days as the apps print them (day first when numeric), an hour after
most. Faces: sans faces. Every screen is photographed off the display when degraded (``heldout14_render.degrade``
with ``screen``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* transaction_id: the UPI reference as printed (UTR / UPI Ref No / UPI transaction ID / UPI reference ID / UPI
  RRN / RRN, 12 digits) whenever the screen prints it; else the app's own id (PhonePe's Transaction ID T…,
  Paytm's Order ID, Amazon Pay's Transaction ID P0n-…, a history page's Txn ID). *settled*: Google's transaction
  ID, CRED's and Navi's / super.money's own ids, BHIM's Customer Ref No, a bank app's own Reference No. and a
  transfer app's Transaction ID always lose to the UPI reference printed beside them; a failed or pending
  screen's reference is the attempt's id. Never a Bill No typed into a QR payment (the shop's bill, not the
  payment), a UPI id, an account number (masked or whole), an IFSC, a phone.
* merchant_name: the payee as printed (after Paid to / To / Sent to / Payment to / Payee Name, or the shop on top
  of a QR screen), a person's name too when paid to a person, in the case printed (CRED's lower case kept).
  *settled*: on a transfer to a bank account the account holder under "Sent to" (never the payee's bank under
  "Bank"); never the payer under Google Pay's "From:", the app, the bank app's bank, "Verified merchant".
* payment_method: "UPI" on every screen (they are UPI payments; a bank app's debit account and a transfer to an
  account number and IFSC are still sent over UPI). *settled*: a transfer to an account by account number and
  IFSC through a UPI app is UPI, not a bank transfer.
* status: "success" / "pending" / "failed" from the words: Transaction Successful, Completed, Paid Successfully,
  payment successful, Money sent successfully, Paid successfully, Status Success; Transaction Pending, Payment
  pending / processing, Transaction Under Process, Transfer pending, Pending; Transaction Failed / Declined,
  Payment failed, Transfer failed, Failed. *settled*: "Money will be refunded … if debited" on a failed screen
  leaves it failed (no refund stated as made).
* date: the payment's day (or the attempt's), ISO, as the screen prints it beside its hour. *settled*: a QR
  screen printing only a Time has None (the status bar's clock is the phone's, never a date).
* amount: the sum paid, as "1234.50", currency INR. *settled*: a cashback won (Navi / super.money) or CRED coins
  are not the sum; the sum beside PhonePe's "Debited from" is the same sum.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout103_families import (
    amazon_pay,
    bank_app,
    bhim,
    compose,
    cred,
    fresh,
    gpay,
    history,
    navi_super,
    paytm,
    phonepe,
    qr_merchant,
    to_account,
    whatsapp,
)

SPLIT = "heldout103"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens in sans faces; ₹ is
# printed only in faces that draw it, and every screen checks each glyph it prints.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("phonepe", phonepe, SCREEN_FACES),
    ("gpay", gpay, SCREEN_FACES),
    ("paytm", paytm, SCREEN_FACES),
    ("bhim", bhim, SCREEN_FACES),
    ("cred", cred, SCREEN_FACES),
    ("amazon_pay", amazon_pay, SCREEN_FACES),
    ("whatsapp", whatsapp, SCREEN_FACES),
    ("navi_super", navi_super, SCREEN_FACES),
    ("bank_app", bank_app, SCREEN_FACES),
    ("qr_merchant", qr_merchant, SCREEN_FACES),
    ("to_account", to_account, SCREEN_FACES),
    ("history", history, SCREEN_FACES),
]


def make_heldout103_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout103 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
