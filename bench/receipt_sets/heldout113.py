"""heldout113: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each): the single-payment success screens Indian buyers upload most, with everything around
them in 2026. One payment per page, no lists or threads: the result screen of a UPI or bank app right after paying
(PhonePe, Google Pay, Paytm, BHIM, CRED, Amazon Pay, MobiKwik, Navi, super.money, Jupiter, Fi, slice, HDFC PayZapp,
ICICI iMobile, YONO SBI, open by Axis Bank, Kotak 811) under a phone's status bar and app bar, the outcome, the sum,
the payee and "Payment to <handle>", Transaction Details (a UPI reference, the app's own number on some, the day,
the account debited), then the cards apps now put around it, each with its own sums, and rows of buttons (Split
this bill | Share receipt | Pay again) and a rating prompt.

* ``reward_below``: a reward card under the success: "You won ₹X cashback!", a scratch card's "Win up to ₹X",
  "Earn 2% back on your next 3 payments above ₹X", coins "Redeem for ₹X off"; a failed and a pending one (no
  reward).
* ``offer_banner``: one to three ads above and under the result: "Get ₹100 off on your next recharge" with a minimum
  recharge, "Pre-approved loan up to ₹2,00,000", "Personal loan up to ₹5,00,000" with its rate, a bill discount, gold
  from ₹10; a failed and a pending one.
* ``balance_after``: a bank app's UPI result showing the account's balance after paying ("Balance:", "Available
  Balance", "A/c balance", "Balance after payment") above or below the details; a loan ad on some; a failed and a
  pending one.
* ``fee_added``: rent, fee and card-bill payments that add a Convenience / Platform / Processing fee (GST on the fee
  on some): Amount (Rent amount, Bill amount, Payment amount), the fee, Total Amount / Total paid / Amount Paid; the
  large sum is the total on most, the amount before the fee on the rest; a failed and a pending one.
* ``pay_later``: a payment drawn on a pay-later or credit line on UPI (ICICI Bank PayLater, slice's, Navi's,
  super.money's credit line, Kotak PayLater, a bank's Credit Line on UPI in PhonePe, Google Pay, Paytm) under
  Debited from / Paid from, Available limit, Repay by a later day, interest-free days; a failed and a pending one.
* ``rupay_credit_upi``: a shop's QR paid with a RuPay credit card on UPI (Debited from / Paid from "<bank> RuPay
  Credit Card XX1234"), reward points earned, Available credit; a failed and a pending one.
* ``merchant_badge``: a verified shop: its trade name in large type over "Verified merchant", "Payment to <handle>",
  "Registered name: <legal name>" lower down; a reward card on some; a failed and a pending one.
* ``dark_mode``: Google Pay, CRED, Jupiter, Fi, PhonePe, slice, Paytm, Kotak 811 in a dark theme with a reward, an
  offer or an EMI / pay-later upsell ("Convert to EMI: ₹X/month", "Pay later: limit up to ₹X"); a failed and a
  pending one.
* ``cropped_top``: a result screenshot cut at the top (no status bar, app bar or app name); on two in eight the
  outcome line and a day under it are cut too; a reward or offer card on most; a failed and a pending one.
* ``failed_with_retry``: every one failed: the cause (wrong UPI PIN, the bank's server, declined by the bank), "Money,
  if debited, will be refunded in 3-5 days", Retry / Try again; no reference on two.
* ``pending_with_timer``: every one pending: a countdown ("Checking with your bank 03:41"), "Please do not pay
  again", Check status / Refresh; no reference on two.
* ``international_upi``: UPI abroad at a shop in the UAE, Singapore or France: "International payment successful",
  the sum in the local currency large (AED 45.00, S$12.80 or SGD 12.80, €18.50 or EUR 18.50) with "≈ ₹X" under it,
  Exchange rate "1 AED = 22.7312 INR", Amount in INR, a Forex markup (incl. GST) and Total debited on most,
  "UPI International is active till …"; a failed and a pending one.

Outcomes: one failed and one pending in each of the nine mixed families, all failed in ``failed_with_retry``, all
pending in ``pending_with_timer``. Absent fields: each family leaves the UPI reference out on one or two pages
(then the app's own number is printed) and the day out on one; the cropped pages whose outcome line is cut print no
status. Sums in rupees (₹ only in faces that draw it, else Rs. or Rs; lakh or western grouping; whole rupees on a
share of screens); the foreign sums with two decimals. Days as Indian apps print them (05 Nov 2026, 5 Nov 2026,
05-11-2026, 05/11/2026, 5 November 2026, 5 Nov, 2026, 05-Nov-2026) with an hour. Faces: Noto Sans and Sans Display,
DejaVu Sans and Sans Condensed, Liberation Sans, FreeSans, every text checked glyph by glyph. Frames are
heldout106's (``heldout106_families.compose``); every page is a screen and is photographed off the display when
degraded (``heldout14_render.degrade`` with ``screen``).

Truth conventions (README "Receipt fields", heldout94's for UPI International, credit lines and RuPay cards on UPI,
heldout106's for UPI screens; those this set had to settle are marked *settled*):

* amount: the sum the payment moved (or tried to move), as "1234.50": the screen's large sum. A failed or pending
  page carries the sum it tried. *settled*: never a cashback, a scratch card's "Win up to", an "Earn X% back"
  threshold, coins or their rupee value, an offer's discount or minimum ("₹100 off", "Min. recharge ₹199"), a loan's
  "up to" sum or rate, gold's price, an EMI's monthly sum, a pay-later or credit line's limit, a card's available
  credit, a balance after paying (whatever its label), a forex markup. Where a fee is added (``fee_added``) the
  amount is the total charged under Total Amount / Total paid / Amount Paid (the README's total labels; the fee and
  the amount before it are never it), also where the large sum on top is the amount before the fee. A UPI
  International payment's amount is the foreign sum the merchant was paid, in its currency (heldout94), never
  Amount in INR, the "≈ ₹X" line or Total debited (the README rivals them on a page with an exchange rate without
  naming the truth).
* currency: INR everywhere but ``international_upi``: AED (AED), SGD (S$, SGD), EUR (€, EUR). *settled*: the rupee
  marks of the conversion lines never decide it.
* status: the outcome line: Payment Successful, Paid Successfully, Transaction Successful, International payment
  successful (with or without a tick) are success; Payment / Transaction Failed, International payment failed are
  failed; Payment Pending, Payment Processing, Transaction Pending, International payment pending are pending.
  *settled*: a reward, "Pay again", "Retry", "Check status", a countdown, "will be refunded in 3-5 days" and
  "Please do not pay again" never change it (a refund promised if debited leaves a failed page failed); a cropped
  page whose outcome line is cut states none: None (a UPI handle on it does not print one).
* date: the payment's day, ISO, under the outcome or under Date & Time / Paid on / Date; numeric days day first.
  *settled*: never a Repay by day, a scratch card's or offer's expiry, "UPI International is active till …", a
  countdown, the status bar's clock; a page that prints no day (left out, or cut with the outcome line) has None.
* merchant_name: the payee as printed: after Paid to / Paying to / To / paid to (on its line or over it), or the
  verified shop's trade name over "Verified merchant". *settled*: never the app, the bank, the credit line or card,
  the badge's words, the handle after "Payment to" (an address, not a name), the shop's registered name
  ("Registered name: …"), an ad's advertiser.
* payment_method: "UPI" on every page (a UPI handle, a UPI reference, "Payment to <handle>"), including a payment on
  a pay-later or credit line on UPI (heldout94: a loan account linked to UPI, no card, no wallet). *settled*: "card"
  where the page names a RuPay credit card as the way paid (Debited from / Paid from "<bank> RuPay Credit Card
  XX1234", heldout94); a wallet's cashback or coins name no way.
* transaction_id: at most one, as printed, the highest kind printed: the UPI reference (UPI Ref No, UPI Reference
  No., UTR, UPI transaction ID, UPI Ref. No.), else the app's own number (PhonePe's Transaction ID T…, Google
  transaction ID CICAgO…, CRED transaction ID, Transaction ID, a bank app's Transaction Ref No), else Paytm's Order
  ID. *settled*: never an offer's code (RECH42), a card's, account's or credit line's last digits, a phone number,
  the handle.
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout113_families import (
    balance_after,
    compose,
    cropped_top,
    dark_mode,
    failed_with_retry,
    fee_added,
    fresh,
    international_upi,
    merchant_badge,
    offer_banner,
    pay_later,
    pending_with_timer,
    reward_below,
    rupay_credit_upi,
)

SPLIT = "heldout113"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype); ₹, € and ≈ are printed only in faces
# that draw them, and every text is checked against its face.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "dejavu/DejaVuSansCondensed.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
]
FAMILIES: list[Family] = [
    ("reward_below", reward_below, SCREEN_FACES),
    ("offer_banner", offer_banner, SCREEN_FACES),
    ("balance_after", balance_after, SCREEN_FACES),
    ("fee_added", fee_added, SCREEN_FACES),
    ("pay_later", pay_later, SCREEN_FACES),
    ("rupay_credit_upi", rupay_credit_upi, SCREEN_FACES),
    ("merchant_badge", merchant_badge, SCREEN_FACES),
    ("dark_mode", dark_mode, SCREEN_FACES),
    ("cropped_top", cropped_top, SCREEN_FACES),
    ("failed_with_retry", failed_with_retry, SCREEN_FACES),
    ("pending_with_timer", pending_with_timer, SCREEN_FACES),
    ("international_upi", international_upi, SCREEN_FACES),
]


def make_heldout113_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout113 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
