"""heldout52: 96 receipts in twelve layouts written apart from the parser, scored once (--split heldout52).

Families (8 receipts each), drawn away from heldout50 and heldout51 and mostly the payment-app and online-payment
screens and e-mails a marketplace's payment team sees, in rupees, euros, pounds, US dollars and UAE dirhams: a
MobiKwik / Freecharge mobile or DTH recharge screen (the operator on top: Airtel Prepaid, Jio Prepaid, Vi Prepaid,
Tata Play DTH, Airtel Digital TV; Recharge Successful / Failed / Pending, Mobile Number or Subscriber ID, Amount /
Recharge Amount, Paid via / Payment Mode with the app's wallet, UPI, a card or Net Banking, Transaction ID / Order ID,
Date / Transaction Date), a payment-link receipt e-mail in Instamojo / CCAvenue / Easebuzz wording (the business that
sent the link on top, Purpose, Amount / Amount Paid / Total Amount, Payment ID / Tracking ID / Transaction ID,
Payment Method / Paid using, Date / Payment Date, Status Success / Paid in a share), a WhatsApp UPI payment screen
(the shop and its UPI ID, the amount large, Paid / Payment successful / Payment failed / Payment pending, Paid to,
Payment method / Paid with UPI always, UPI transaction ID / UPI Ref No., the day and time unlabelled), a UPI AutoPay
subscription debit screen (Netflix, Spotify, JioHotstar, YouTube Premium, ZEE5, Amazon Prime; AutoPay payment
successful / failed, Frequency, Amount, Payment method / Mode UPI always, UPI Ref No. / UPI transaction ID, Date /
Transaction Date), an MMTC-PAMP / SafeGold / Augmont digital gold purchase (grams, Gold Rate, Gold Value, GST 3%, Total
Amount / Amount Paid, Payment Mode / Paid via, Transaction ID / Order ID, Purchase Date / Date, Purchase Successful /
Payment Successful / Failed / Pending in a share), a bigbasket / JioMart order e-mail (items, Delivery Charges and a
Coupon Discount in a share, Order Total / Total Paid / Amount Paid, Payment Method / Payment Mode with UPI, a card,
Net Banking or Cash on Delivery, Order ID / Order No., Order Date / Date, Payment Successful in a share), a Steam /
PlayStation Store / Microsoft Store / Epic Games Store purchase receipt e-mail (the game, Subtotal and Tax on US
pages in a share, Total / Order Total / Amount charged, Payment method / Paid with: a card, the store's wallet or
account balance, PayPal, UPI on rupee pages, Order number / Transaction ID / Order ID, Date / Purchase date), an
Airalo / Holafly / Saily eSIM receipt e-mail (Plan, Total / Total paid / Amount paid, a card, Apple Pay, Google Pay
or PayPal, Order ID / Order number, Date paid / Order date, PAID in a share), an AliExpress / Temu / SHEIN order
e-mail (Payment confirmed / Payment successful in a share, items, Shipping, a Coupon in a share, Order total /
Total / Total paid, a card, PayPal or Apple Pay, Order number / Order ID, Order date / Payment date), a Lime / Voi /
Bird / Yulu e-scooter ride receipt (Duration, Distance, Unlock fee, the minutes' charge, Total / Total charged /
Amount paid, a card, Apple Pay, Google Pay, PayPal, or the Yulu Wallet / UPI in rupees, Ride ID / Trip ID /
Receipt No., Date / Receipt date), a noon / Namshi order e-mail in AED (items, Shipping fee, Total / Order total /
Total (Incl. VAT) with VAT 5% included, a card, Apple Pay or Cash on Delivery, Order No. / Order ID, Order date with
the month named, Payment successful in a share) and a GetYourGuide / Klook / Viator activity booking e-mail (the
activity and its Activity date (never the day paid), Participants, Total price / Total paid / Amount paid, a card,
PayPal, Apple Pay, Google Pay or UPI on rupee pages, Booking reference / Booking ID, Booked on / Booking date,
Payment successful / PAID in a share).
Faces: every family is drawn, at least in part, in the faces the project installs besides DejaVu (``make
system-deps``: fonts-liberation, fonts-liberation2, fonts-freefont-ttf, fonts-noto-core, fonts-noto-mono): the
recharge screen in Noto Sans, Liberation Sans and FreeSans, the payment-link e-mail in Liberation Serif, Noto Serif
and DejaVu Sans, the WhatsApp screen in Noto Sans, Liberation Sans Narrow and FreeSans, the AutoPay screen in
Liberation Sans Bold, Noto Sans and DejaVu Sans, the gold purchase in Noto Serif, FreeSerif and Liberation Sans, the
grocery e-mail in Liberation Sans, FreeSans and Noto Sans Bold, the game store e-mail in Noto Sans, Liberation Sans
Narrow and DejaVu Sans, the eSIM e-mail in FreeSans, Noto Sans and Liberation Sans, the marketplace e-mail in
Liberation Sans, Noto Sans and FreeSans Bold, the ride receipt in Noto Sans Bold, Liberation Sans and FreeSans, the
UAE order e-mail in Noto Sans, Liberation Serif and DejaVu Sans, the activity booking in FreeSerif, Noto Sans and
Liberation Sans Narrow. The rupee pages print ₹ only in faces that hold it (``heldout14_values.rupee``), else Rs.
(or INR); a face missing from the machine stops the set with its package named, never a fallback.
Degradations as heldout51 (``heldout14_render.degrade``: JPEG quality, blur, rotation, perspective, low contrast,
noise, uneven light, a photo of the screen for screens and for e-mails read off a display).

Truth conventions (README "Receipt fields", with each family's specifics):

* amount: the amount paid, taxes, fees, delivery and shipping included, discounts and coupons taken off, as
  "1234.50"; currency its ISO code (US pages print "USD" beside the dollar and a US city with its state and ZIP;
  the UAE pages print AED). The Total / Order Total / Amount Paid / Total Amount / Recharge Amount line (never a
  subtotal, a tax or VAT line, a gold value, an item, a fee or a unit price). For a failed or pending payment the
  amount attempted.
* date: the payment date, ISO, only where printed: Date / Transaction Date / Payment Date / Purchase Date / Order
  Date / Date paid / Purchase date / Receipt date / Booked on / Booking date, or the WhatsApp screen's unlabelled
  day (never an activity's date, no due, delivery or next debit date printed). Day first on Indian, UK and euro
  pages, month first on US pages, the month named on the UAE pages and for the day booked.
* payment_method: "card" (a card scheme with its last digits, Debit / Credit Card), "wallet" (the MobiKwik Wallet,
  Freecharge Balance, a game store's wallet or account balance, the Yulu Wallet, PayPal, Apple Pay, Google Pay on
  pages in euros, pounds, dollars or dirhams), "UPI", "netbanking" (Net Banking), "cash" (Cash on Delivery); None
  where no method line is printed (the AutoPay and WhatsApp screens always print UPI).
* status: only where words state the outcome. Success: Recharge Successful, Paid, PAID, Payment successful /
  Successful, AutoPay payment successful, Purchase Successful, Payment confirmed, Status Success / Paid. Failed:
  Recharge Failed, Payment failed / Failed, AutoPay payment failed. Pending: Recharge Pending, Payment pending /
  Pending. None otherwise (no page thanks for a payment or order or calls a booking confirmed, and the advice and
  footer lines name no way to pay and no outcome); the WhatsApp and recharge screens always print one.
* transaction_id: as printed; each receipt prints at most one: a reference (Transaction ID, UPI transaction ID,
  UPI Ref No., Payment ID, Tracking ID) or an order's or booking's own number (Order ID, Order No., Order number,
  Booking reference, Booking ID, Ride ID, Trip ID, Receipt No.). Never a mobile number, subscriber id, UPI ID or
  masked card. None when none is printed.
* merchant_name: who was paid, as printed on top: the operator recharged, the business that sent the payment link,
  the shop paid on WhatsApp (also under Paid to), the subscription, the gold seller, the grocery store, the game
  store, the eSIM seller, the marketplace, the ride operator, the UAE shop, the activity seller; no page names
  another party as payee (no app, gateway, seller, operator of an activity or legal-entity line).
"""

from __future__ import annotations

from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout52_families import (
    activity_booking_email,
    digital_gold,
    esim_email,
    game_store_email,
    grocery_order_email,
    marketplace_order_email,
    paylink_email,
    recharge_screen,
    scooter_ride,
    uae_order_email,
    upi_autopay,
    whatsapp_pay,
)

SPLIT = "heldout52"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype), as ``load_font`` opens them.
RECHARGE_SANS = ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf"]
PAYLINK_FACES = ["liberation2/LiberationSerif-Regular.ttf", "noto/NotoSerif-Regular.ttf", "dejavu/DejaVuSans.ttf"]
WHATSAPP_SANS = ["noto/NotoSans-Regular.ttf", "liberation/LiberationSansNarrow-Regular.ttf", "freefont/FreeSans.ttf"]
AUTOPAY_SANS = ["liberation2/LiberationSans-Bold.ttf", "noto/NotoSans-Regular.ttf", "dejavu/DejaVuSans.ttf"]
GOLD_FACES = ["noto/NotoSerif-Regular.ttf", "freefont/FreeSerif.ttf", "liberation2/LiberationSans-Regular.ttf"]
GROCERY_SANS = ["liberation2/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf", "noto/NotoSans-Bold.ttf"]
GAME_SANS = ["noto/NotoSans-Regular.ttf", "liberation/LiberationSansNarrow-Regular.ttf", "dejavu/DejaVuSans.ttf"]
ESIM_SANS = ["freefont/FreeSans.ttf", "noto/NotoSans-Regular.ttf", "liberation2/LiberationSans-Regular.ttf"]
MARKETPLACE_SANS = ["liberation2/LiberationSans-Regular.ttf", "noto/NotoSans-Regular.ttf", "freefont/FreeSansBold.ttf"]
RIDE_SANS = ["noto/NotoSans-Bold.ttf", "liberation2/LiberationSans-Regular.ttf", "freefont/FreeSans.ttf"]
UAE_FACES = ["noto/NotoSans-Regular.ttf", "liberation2/LiberationSerif-Regular.ttf", "dejavu/DejaVuSans.ttf"]
ACTIVITY_FACES = ["freefont/FreeSerif.ttf", "noto/NotoSans-Regular.ttf", "liberation/LiberationSansNarrow-Regular.ttf"]
FAMILIES: list[Family] = [
    ("recharge_screen", recharge_screen, RECHARGE_SANS),
    ("paylink_email", paylink_email, PAYLINK_FACES),
    ("whatsapp_pay", whatsapp_pay, WHATSAPP_SANS),
    ("upi_autopay", upi_autopay, AUTOPAY_SANS),
    ("digital_gold", digital_gold, GOLD_FACES),
    ("grocery_order_email", grocery_order_email, GROCERY_SANS),
    ("game_store_email", game_store_email, GAME_SANS),
    ("esim_email", esim_email, ESIM_SANS),
    ("marketplace_order_email", marketplace_order_email, MARKETPLACE_SANS),
    ("scooter_ride", scooter_ride, RIDE_SANS),
    ("uae_order_email", uae_order_email, UAE_FACES),
    ("activity_booking_email", activity_booking_email, ACTIVITY_FACES),
]


def make_heldout52_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout52 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    return family_set(SPLIT, FAMILIES, n)
