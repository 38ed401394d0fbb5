"""heldout102: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each), drawn away from heldout2 to heldout101's layouts: subscriptions, renewals and in-app
purchases as users forward them: an Apple App Store / iTunes e-mailed receipt ("Fwd: Your receipt from Apple",
Apple on top, Receipt, Apple Account, Date, Order ID M…, Document No., the app and its plan, "Renews <day>",
Billed to a card or UPI, Subtotal / Tax or "Includes GST / VAT of", Total); a Google Play order e-mail (Google
Play, "Your subscription from Google Play has been renewed" or, on one in eight, "Your payment is pending",
Order number: GPA.…, Order date:, Your account:, the
app with its developer in brackets, "Auto-renewing monthly subscription", Next payment:, Total (incl. GST / VAT),
Payment method: UPI or a card); a game's coin top-up in a reseller's or game's shop (Midasbuy, Codashop, Garena
Shop …: the outcome in large type, Game, Item (UC, Diamonds, Coins, Gems), Player ID / User ID / Character ID,
Server, Date / Purchase date, Transaction ID / Txn ID, Payment method, sometimes a UPI Ref No, Total / Amount
paid; some failed or pending); a streaming service's monthly invoice e-mail (Netflix, Spotify, JioCinema, Disney+
Hotstar, YouTube Premium, SonyLIV, Hulu, NOW, Deezer: Invoice No. / number / Receipt No, Payment date / Date paid
/ Billed on, Plan, Service period, GST / VAT included or US sales tax, Amount charged / Total / Amount paid,
Payment method / Charged to / Paid with, Next billing date); a SaaS invoice printed and lying on a desk (Notion,
Figma, Atlassian, Zoho, Freshworks, Canva, Personio: Invoice number, Date paid, Bill to, the period, seats x
price, on half of them a proration credit for removed seats, Subtotal, IGST / VAT, Total, Amount paid, Payment
method, Next billing date, sometimes "Paid - thank you."); a gym's or club's membership renewal receipt (Receipt
No, Date, Member, Member ID, Plan, Valid from / Valid till, fee, CGST / SGST, Amount Paid, Payment Mode UPI with
its UPI Ref No, Cash or a card, "Payment received - thank you"); a UPI AutoPay mandate executed in a bank's or
UPI app (the sum in large type, "Mandate executed successfully" / "AutoPay payment successful", one pending and
one failed per eight, Paid to / Merchant, Merchant UPI ID, Debited on / Executed on / Date (Presented on /
Initiated on / Attempted on when not executed), UMN (the mandate's
32-character number @ a handle), UPI Ref No / UPI Transaction ID, Frequency, Next debit, Debited from); a card
standing instruction's debit SMS (the sender id AX-HDFCBK-S / VM-ICICIB on top, "Rs.199.00 debited from your
HDFC Bank Credit Card XX1234 on 12-03-2026 towards standing instruction for NETFLIX. Ref No … Next debit on
12-04-2026. Not you? Call 1800…"); a free trial's start e-mail (Amazon Prime, Audible, Zee5, LinkedIn Premium,
Peacock, Paramount+, Apple TV+, Storytel: "Your free trial has started", Order ID / Order #, Order date / Date,
Plan "<n>-day free trial, then <price>/month", Charged today ₹0.00 / $0.00, First charge on / Trial ends / Your
first payment, Payment method, "Cancel before …"); a failed renewal e-mail ("We couldn't process your payment" /
"Your payment didn't go through" / "Payment failed", Amount, Attempted on, Payment method, sometimes an Invoice
number, We'll retry on / Next attempt / Retry on, Update payment method); a cancelled annual subscription with
its prorated refund (Cancellation confirmed, Plan, Subscribed on, Cancelled on / Date, Original payment,
Prorated refund, Credit note No. / Refund Receipt No, Refunded to, "The refund has been issued to your card …");
and a plan upgrade with the unused plan's credit applied (Spotify / YouTube Premium / Google One / Microsoft 365 /
Dropbox / Apple One / Deezer: Previous plan and New plan with their monthly prices, "Credit for unused <plan>
plan -…", Charged today / Amount paid today / Total charged, Paid with / Payment method, Order ID / Order number,
Next billing date / Renews on, sometimes "Payment successful").

Countries and sums: India first (₹ only in faces that draw it, else Rs. or INR; lakh or western grouping), then
the US ($, USD), the UK (£, GBP) and the euro area (€, EUR, grouped the English way: every page is in English).
Dates as heldout97 prints them per currency (US month first; the SMS dd-mm-yyyy, dd-Mon-yy or dd/mm/yy), a time
after some. Faces: sans faces on e-mails and app screens, serif or sans faces on printed pages. E-mails and app
screens are photographed off the display when degraded; printed pages lie on a desk (``heldout93_families
.compose``'s frame, turned at most 1.5°). Degradations as heldout97 (``heldout14_render.degrade``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* date: the day of this charge (or of this attempt, or of this refund), ISO, under Date / Order date / Payment
  date / Date paid / Billed on / Purchase date / Transaction date / Debited on / Executed on / Attempted on /
  Cancelled on / Presented on / Initiated on, or in an SMS the day after "on". Never a Renews / Renews on / Next
  payment / Next billing date / Next debit / Next attempt / We'll retry on / Retry on day, a Service period or a
  printed period, Valid from / Valid till, First charge on / Trial ends / Cancel before, Subscribed on, an SMS's
  "Next debit on". *settled*: a
  free trial's day is the day it started (its Order date / Date, the zero charge's), never the first charge's; a
  cancellation's is the day it was cancelled and refunded (Cancelled on / Date), never the earlier Subscribed on;
  a failed renewal's is the day tried (Attempted on); a gym renewal's is the receipt's Date, never Valid from
  (the new term may start days later); an SMS's thread heading day (the same day, or "Today") carries the same
  day. A streaming invoice's Service period opens on the payment's day: the day is still read from its own label.
* amount: the sum charged now, as "1234.50". *settled*: a free trial counts zero (Charged today 0.00: "0.00"
  with the page's currency), never the price after the trial; a proration credit is taken off (a SaaS invoice's
  Amount paid after the credit for removed seats and its tax, never the seats' gross or the Subtotal); an upgrade
  counts the sum charged today (the new plan's price less the unused plan's credit), never either plan's monthly
  price; a cancellation counts the prorated refund (the only money moving on that page), never the original
  payment; a failed renewal counts the sum tried; a US page counts the total with its sales tax, elsewhere the
  tax-inclusive price (never "Includes GST / VAT of"); an in-app purchase counts the pack's price; an AutoPay or
  standing instruction the sum debited. currency: INR, USD, GBP or EUR as the page prints it.
* status: success where words state the money moved (Top-up successful / Purchase successful / Payment
  Successful, Mandate executed successfully / AutoPay payment successful, "debited … towards standing
  instruction" in an SMS, Payment received - thank you / Paid / Payment Successful on a gym's receipt, "Paid -
  thank you." on some SaaS invoices, "Payment successful" on some upgrades); failed on Payment failed / Top-up
  failed / Mandate execution failed / "We couldn't process your payment" / "Your payment didn't go through";
  pending on Payment pending / Payment processing / Mandate execution pending / Google Play's "Your payment is
  pending" (its Order number is still the id: the order exists, its payment awaited). *settled*: None where no words
  state an outcome: Apple's and Google Play's receipts ("has been renewed" is the subscription's, and neither
  prints a payment outcome word), a streaming invoice, a SaaS invoice without its "Paid" line, a free trial's start
  ("free trial has started" moves no money and states no payment's outcome), an upgrade without its "Payment
  successful" line; a prorated refund is None (heldout84's, heldout95's and heldout97's convention: a refund
  after a payment that went through states none of the three).
* payment_method: "UPI", "card", "cash" or None from the way the page names for this charge: a masked card (Visa
  / Mastercard / RuPay / Amex …. / ending / **** 1234) under Billed to / Payment method / Charged to / Paid with /
  Payment Mode / Refunded to, a card in an SMS ("Credit Card XX1234", "Debit Card XX1234"): card; UPI / UPI
  AutoPay / a UPI id under those labels, an AutoPay's Merchant UPI ID: UPI; Payment Mode Cash: cash. *settled*: a
  free trial's card or UPI on file counts (the way the zero charge was authorised on); a refund counts the way
  refunded to (the payment's own way).
* merchant_name: the service or seller billed, as printed in large type on top (or after "Paid to" / "Merchant" on
  an AutoPay screen, or after "standing instruction for" in an SMS: NETFLIX, APPLE.COM/BILL as printed).
  *settled*: an App Store or Google Play receipt's merchant is the store ("Apple", "Google Play"), never the app or
  its developer (the store sells the subscription and bills the card under its own name; the developer in
  brackets on a Play receipt is the app's maker); a game top-up's is the shop on top (Midasbuy, Codashop …),
  never the game; a gym's is the club on top with its branch as printed. Never the customer, the Apple Account or
  Google account, the bank or UPI app on top of an AutoPay screen, an SMS's sender id, Bill to, Member.
* transaction_id: at most one, as printed, the highest kind printed as README orders the families: a UPI Ref No /
  UPI Transaction ID, then a bank's Ref No (an SMS's), then a Transaction ID / Txn ID, then an order's number
  (Order ID / Order # / Order number GPA.…, kept with its dots and any "..n" renewal suffix), then a document's own
  number (Invoice No. / number, Receipt No, Document No., Credit note No., Refund Receipt No). *settled*: Apple's
  Order ID wins over its Document No. (order family above the invoice/bill family); a free trial's Order ID is its
  id (the zero order is the page's charge); a UMN names the AutoPay mandate, never one payment (like a plan's id):
  never the id, so a pending mandate execution with no UPI Ref No has None; a failed renewal's Invoice number
  names the unpaid invoice, never a payment (heldout97's unpaid invoice): None; a cancellation's id is its Credit
  note No. / Refund Receipt No (the refund's own document). Never a Player ID / User ID / Character ID, Member
  ID, an Apple Account or e-mail, a masked card, a UPI id, a phone or helpline.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout93_families import compose
from bench.receipt_sets.heldout102_families import (
    apple,
    autopay,
    cancelled_refund,
    failed_renewal,
    free_trial,
    fresh,
    game_coins,
    google_play,
    gym,
    saas,
    si_sms,
    streaming,
    upgrade,
)

SPLIT = "heldout102"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): e-mails and app screens in sans
# faces, printed pages in sans or serif faces; ₹ is printed only in faces that draw it, and the page's truth checks
# every glyph.
SCREEN_FACES = [
    "noto/NotoSans-Regular.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "freefont/FreeSans.ttf",
    "noto/NotoSansDisplay-Regular.ttf",
    "liberation/LiberationSansNarrow-Regular.ttf",
]
PAPER_FACES = [
    "liberation2/LiberationSerif-Regular.ttf",
    "noto/NotoSerif-Regular.ttf",
    "freefont/FreeSerif.ttf",
    "dejavu/DejaVuSans.ttf",
    "liberation2/LiberationSans-Regular.ttf",
    "noto/NotoSans-Regular.ttf",
]
FAMILIES: list[Family] = [
    ("apple", apple, SCREEN_FACES[:4]),
    ("google_play", google_play, SCREEN_FACES[:4]),
    ("game_coins", game_coins, SCREEN_FACES),
    ("streaming", streaming, SCREEN_FACES),
    ("saas", saas, PAPER_FACES),
    ("gym", gym, PAPER_FACES),
    ("autopay", autopay, SCREEN_FACES),
    ("si_sms", si_sms, SCREEN_FACES),
    ("free_trial", free_trial, SCREEN_FACES),
    ("failed_renewal", failed_renewal, SCREEN_FACES),
    ("cancelled_refund", cancelled_refund, SCREEN_FACES),
    ("upgrade", upgrade, SCREEN_FACES),
]


def make_heldout102_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout102 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
