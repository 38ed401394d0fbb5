"""heldout107: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each), drawn away from heldout2 to heldout104's layouts: Indian UPI, wallet and bank-app payment
screens in dark and coloured themes, their text in several colours (sums in green, white or the brand's colour,
outcomes in green / red / amber, labels in grey or an accent, secondary lines in low-contrast grey), each under a
phone's status bar and an app bar, on some over a row of buttons: PhonePe dark (near-black or dark grey) or light
under its purple band (the outcome with "<hour> on <day>" in the band, a card with Paid to / To, the payee and the
sum, the UPI id, a card of Transfer Details: Transaction ID T…, Debited from, "UTR: …"); Google Pay dark (the
payee's initial in a disc, To <payee>, the sum in large white type, Completed / Payment failed / Payment pending in
a coloured pill, the day, a card with the bank, UPI transaction ID, To:, From: the payer, Google transaction ID);
Paytm under a navy-to-cyan band (Paid Successfully to / Payment Failed to / Payment Pending to over the payee and
the UPI ID in white, the sum in the brand's blue on a white or navy card, UPI Ref No:, Order ID:, Date & Time:,
From:); BHIM on a dark navy gradient under a saffron-to-green band (Sent to, Payee VPA, Amount in green, Date,
Time, UPI Ref. No / RRN / UPI Transaction ID in amber, From A/c, Remarks, Status); CRED's black screen in lower
case (the outcome, paid to, the payee in cream, the sum in gold, coins won, UPI reference ID, CRED txn ID, paid via
a bank or a RuPay credit card, UPI ID, date); Amazon Pay under its squid-ink band (Paid to, the sum in orange, UPI
Ref ID, Transaction ID P0…, Paid from a bank or the Amazon Pay balance, Date), light or dark; a bank app's UPI
payment in dark mode under the bank's gradient band (YONO SBI, HDFC Bank, iMobile Pay, Axis Mobile, Kotak Bank:
Payee Name, Payee VPA, Amount, Debit Account, Transaction Date, UPI RRN / UPI Ref No / RRN, the bank's own
Reference No., Remarks, Status); a wallet's payment (MobiKwik on a dark blue gradient, Freecharge under its orange
band: Paid to the shop, the sum, SuperCash / cashback earned, Paid using the wallet or UPI, UPI Ref No, Wallet Txn
ID / Transaction ID / Txn ID, Date & Time); a Bharat BillPay bill payment in a festive, teal or dark plum theme
(a greeting, a drawn BillPay mark, the outcome, Biller, the consumer's number, Bill Amount / Amount Paid, Due Date
on some, Payment Date / Paid on / Date & Time, BBPS Ref No / Bharat BillPay Ref / B-Connect Txn ID, the app's
Transaction ID, Payment Mode on most); a UPI history entry on a dark page with labels in an accent colour (Money
sent, the sum in red or white, an outcome chip, Paid to / To, UPI ID, Date & Time or "Today" / "Yesterday" with
the hour, UTR No / UPI Ref. No, Txn ID, Account, Category); a shop's QR paid in a festive gradient (a greeting, the
shop in large white type over "Verified merchant", the sum in yellow, the outcome pill, a light card: UPI Ref No,
Bill No on some, Transaction ID, Paid on / Time, Debited from, the shop's QR UPI ID); and a transfer to a bank
account in a coloured theme (the outcome and the sum in white on a gradient band, cards: Sent to, A/c No., IFSC,
Bank, Transfer Mode IMPS / NEFT / UPI, IMPS Ref No / UTR / UPI Ref No, Transaction ID, Debited from, Date). One in
eight of each family failed and one in eight pending.

Sums in rupees only (₹ only where the regular and the bold face both draw it, else Rs., Rs or INR; lakh, western
or plain grouping; whole rupees without paise on a share). Days day first when numeric (dd/mm/yyyy, dd-mm-yyyy,
dd.mm.yyyy, 12 Mar 2026, 12-Mar-2026, 12 March 2026, Mar 12, 2026 on Google Pay and Amazon Pay), an hour beside
each. Faces: Noto Sans, Noto Sans Display, DejaVu Sans, DejaVu Sans Condensed, Liberation Sans, Liberation Sans
Narrow, FreeSans, each with its bold face for names, sums and outcomes (Google Pay leaves out Liberation
Sans Narrow and FreeSans, CRED the two Liberation faces). Drawn by ``heldout107_families.compose`` (flat or gradient grounds, bands, rounded cards, icons drawn
as shapes); every screen is photographed off the display when degraded (``heldout14_render.degrade`` with
``screen``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* merchant_name: the payee as printed (Paid to / To / Sent to / Paying to / Payee Name / Biller, the shop on top
  of a QR screen over "Verified merchant"), a person's name too, in the case printed (CRED's lower case and
  capitals kept). Never the payer (Google Pay's From:), the app, the bank, a greeting. *settled*: a bill payment's
  payee is the biller under Biller (never the app or Bharat BillPay); a transfer to a bank account's payee is the
  account holder under Sent to, never the Bank row; the bank app's name in the app bar is the page's title.
* amount: the sum paid or attempted, as "1234.50", currency INR. *settled*: SuperCash / cashback earned, CRED coins
  and a Due Date's bill are not the sum; the sum beside PhonePe's Debited from is the same sum.
* status: success / failed / pending from the outcome printed: Transaction Successful, Completed, Paid
  Successfully to, payment successful, Payment successful / Successful, Bill Payment Successful, Money Sent
  Successfully, Paid successfully, Status Success / SUCCESS; Transaction Failed / Declined, Payment failed /
  Unsuccessful, Bill Payment Failed, Transfer Failed, Failed; Transaction Pending, Payment pending / processing,
  Payment Under Process, Transfer in Process, Pending. *settled*: Payment Under Process and Transfer in Process
  are pending; a failed screen's refund note ("Any amount debited will be refunded …") leaves it failed.
* transaction_id: the UPI reference as printed (UTR / UPI Ref No / UPI Ref. No / UPI Ref ID / UPI transaction ID /
  UPI reference ID / UPI RRN / RRN / UTR No / IMPS Ref No, 12 digits; a NEFT UTR as printed) wherever the screen
  prints one; else, on a bill payment, the BBPS Ref No / Bharat BillPay Ref / B-Connect Txn ID; else the app's or
  bank's own id (PhonePe's Transaction ID T…, Paytm's Order ID, Amazon Pay's Transaction ID P0…, a wallet's Wallet
  Txn ID / Transaction ID / Txn ID, a bank app's Reference No., a history's Txn ID, a QR screen's Transaction ID, a
  transfer's Transaction ID, a bill payment's Transaction ID when no BBPS reference is printed). None where the
  screen prints no id (a failed BHIM screen). *settled*: Google's transaction ID, CRED's txn ID, a wallet's own id
  and a bank's own Reference No. lose to the UPI reference beside them; a BBPS reference beats the app's
  Transaction ID (bank-reference family over transaction family); a failed or pending screen's reference is the
  attempt's id. Never a Bill No typed on a QR payment (printed only beside a UPI Ref No), a consumer / CA / BP /
  K No. / subscriber / mobile number, a UPI id, an account number, an IFSC.
* date: the day printed beside the hour, ISO. *settled*: a history entry that prints only "Today" or "Yesterday"
  with the hour, and a QR screen that prints only a Time, carry None (the image does not say which day; the status
  bar's clock is the phone's); a bill's Due Date is never the day paid.
* payment_method: "UPI" on UPI screens (PhonePe, Google Pay, Paytm, BHIM, CRED, a bank app's UPI payment, a QR
  payment, a history entry, Amazon Pay from a bank account, a wallet's Paid using UPI, a transfer by UPI);
  "wallet" for Paid from Amazon Pay balance and a wallet's Paid using <app> Wallet / Wallet Balance; on a bill
  payment what Payment Mode says (UPI, a masked Debit / Credit Card: card, Wallet / Paytm Wallet: wallet), None where
  no Payment Mode is printed (nothing on such a page names a way). *settled*: a RuPay credit card paid through
  CRED UPI is UPI (the payment travelled over UPI; the card is the account it drew on); a transfer by IMPS or
  NEFT in a bank or payments app is "netbanking", by UPI to an account number and IFSC it is "UPI".
"""

from __future__ import annotations

from pathlib import Path

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import FONT_DIR, Family, check_fonts, family_set
from bench.receipt_sets.heldout107_families import (
    BOLD,
    amazon_pay,
    bank_app,
    bhim,
    bill_pay,
    compose,
    cred,
    fresh,
    gpay,
    history,
    paytm,
    phonepe,
    qr_merchant,
    to_account,
    wallet,
)

SPLIT = "heldout107"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), each drawn with its bold face
# (heldout107_families.BOLD) for sums, names and outcomes; ₹ is printed only where both faces draw it, and every
# screen checks each glyph it prints.
FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("phonepe", phonepe, FACES),
    ("gpay", gpay, FACES[:5]),
    ("paytm", paytm, FACES),
    ("bhim", bhim, FACES),
    ("cred", cred, FACES[:4] + FACES[6:]),
    ("amazon_pay", amazon_pay, FACES),
    ("bank_app", bank_app, FACES),
    ("wallet", wallet, FACES),
    ("bill_pay", bill_pay, FACES),
    ("history", history, FACES),
    ("qr_merchant", qr_merchant, FACES),
    ("to_account", to_account, FACES),
]


def make_heldout107_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout107 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    missing = [BOLD[face] for face in FACES if not Path(FONT_DIR, BOLD[face]).is_file()]
    if missing:
        raise FileNotFoundError(f"{SPLIT} draws in bold faces this machine lacks: {missing}")
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
