"""heldout104: 96 receipts in twelve layouts written apart from the parser (not registered).

Families (8 receipts each), drawn away from heldout2 to heldout102's layouts: Indian quick-commerce, food-delivery
and online-shopping orders with many sums: a food-delivery app's order details (Swiggy, Zomato, Eatsure: the
platform on top, Order ID #…, the restaurant and its area, Order placed, Delivered at <time>, the dishes, Bill
Details: Item Total, Delivery Fee | <n> kms, Extra discount for you, Platform fee, GST and Restaurant Charges,
Delivery Tip, sometimes a Round off, Bill Total / To Pay / Grand Total, Paid Via / Payment mode UPI, a card or the
app's Money, sometimes a UPI Ref No / Transaction ID / Payment ID, "Payment Successful" on two in eight); a food
order's e-mail (Zomato, Swiggy, Magicpin: "Your <app> order from <restaurant>", Order ID:, Ordered on: / Order Date:,
Delivered to:, Item total, Taxes, Delivery charge, Platform fee, Packaging charge, Gold / Membership discount, Feeding
India donation, Tip for your delivery partner, Total paid / Grand Total / Order Total, Paid using: UPI, a card, the
app's Money or Cash on delivery, "Payment status: Paid" on two in eight); a 10-minute grocery app's order summary
(Zepto, Blinkit, Swiggy Instamart, BB Now, Flipkart Minutes: Arrived in <n> minutes, Order ID, Order placed on /
Placed on, items, MRP, Item total, Handling charge, Small cart fee, Delivery fee FREE or a sum, Late night fee /
Surge fee / Rain fee, a coupon, Tip for delivery partner, Bill total, "You saved", on two in eight the app's own
cash and the UPI part each with its sum and a UPI Ref No); a grocery chain's printed tax invoice lying on a desk
(bigbasket, JioMart, DMart Ready, Spencer's Online: TAX INVOICE, the firm and GSTIN, Invoice No., Order No., Order
Date, then Delivery slot when prepaid or Delivered on when cash on delivery, items "n x price", Total (incl. taxes),
of which CGST / SGST, Delivery charges, Packaging charge, Product discount, Membership savings (bbstar), Round off,
Amount Paid / Invoice Total / Amount Payable, Payment Mode, "PAID" or "Cash collected on delivery. Payment received -
thank you." on some); a marketplace's order confirmation e-mail (Flipkart, Shopsy, Snapdeal, Tata CLiQ: "your order
has been placed", Order ID OD…, Ordered on, Delivery by, items with their Seller, Price details: Price (n items),
Discount, Coupons for you, SuperCoins used, Platform Fee, Delivery Charges, Secured Packaging Fee, Total Amount or,
cash on delivery, Amount to be paid with "Payment pending - pay on delivery"; Payment method UPI, a card, Cash on
Delivery or Pay Later); a marketplace's order details page in a browser (amazon.in: Order placed, Order number
40x-…, Shipping Address, the item Sold by a seller, Delivered <day>, Item(s) Subtotal:, Shipping:, Marketplace Fee:,
Promotion Applied:, Grand Total:, Payment Method: Amazon Pay UPI, a card, Amazon Pay balance, or the balance and
UPI or a card each with its sum, sometimes a Transaction ID); a fashion or beauty app's order (Myntra, Nykaa, AJIO,
Nykaa Fashion: Order No, Placed on, items, sometimes Sold by, PRICE DETAILS: Total MRP, Discount on MRP, Coupon
Discount, Platform Fee, Shipping Fee, Gift Wrap, Total Amount, Payment Mode, or Paid from <app credit> beside Paid
by UPI / a card with a UPI Ref No, one Pay on Delivery (Cash) "Not paid yet - pay on delivery"); an order tracker
with cash on delivery (JioMart, Meesho, Blinkit, bigbasket, Dunzo Daily, Shopsy: Order #, Ordered on, the steps,
Arriving by <day> and "Cash to be collected" / "Amount to pay" / "Total payable" with "Payment pending …" / "Not
paid yet …" on four in eight, Delivered on, Amount paid and Paid on delivery Cash or UPI with its UPI Ref No, on two
of those "Payment received", on the other four); a cancelled order with its full refund (Swiggy, Zomato, Zepto,
Blinkit, Flipkart, Myntra, Swiggy Instamart; app screen or e-mail: Order cancelled, Order ID, Order placed on,
Cancelled on, the bill, Amount paid, Paid via, Refund amount, Refund ID RF…, "Refund initiated / processed …"); an
order with a refund for a missing item (Zepto, Blinkit, Swiggy Instamart, BB Now: Order ID, Placed on, items, the
bill, Total paid, Paid via, Missing item, Refund, "Refund of … credited to <app cash / your original payment
method>", Refund ref R…); a pick-up-and-drop errand (Dunzo, Swiggy Genie, Porter, Borzo, Rapido Parcel: Task ID /
Order ID / Booking ID, Date, Pickup, Drop, Package, Distance fee (n km), Partner fee, Surge (high demand), Waiting
charge, GST, Promo, Tip for partner, Round off, Total / Total fare / Amount paid, Payment UPI / a wallet / a card /
Cash, "Payment successful" on two in eight); and a food order's tax invoice PDF in a viewer (Zomato, Swiggy: Order
Invoice, Order ID, Invoice No., Order Date, A. Restaurant bill with its GSTIN, dishes, Restaurant discount,
Packaging charges, CGST / SGST and its total, B. Service charges by <app>: Delivery fee, Platform fee, IGST 18% and
its total, Tip for delivery partner, Grand Total (A + B), Customer, Payment method, "Status: Paid" on two in eight).

Sums in rupees only (₹ only in faces that draw it, else Rs., Rs or INR; lakh or western grouping), every page in
English; days as heldout97 prints Indian ones (dd/mm/yyyy, dd-mm-yyyy, 12 Mar 2026, 12-Mar-2026, 12 March 2026), a
time after most. Faces: sans faces on app screens, e-mails and browser pages, serif or sans faces on printed pages
and PDFs. App screens, e-mails and browser pages are photographed off the display when degraded; the printed
invoice lies on a desk (``heldout93_families.compose``'s frame, turned at most 1.5°) and the PDF sits in a viewer's
window. Degradations as heldout97 (``heldout14_render.degrade``).

Truth conventions (README "Receipt fields"; those this set had to settle are marked *settled*):

* amount: the sum the buyer paid (or is asked to pay) for this order, as "1234.50", with the page's every charge in
  it and every discount out: Bill Total / To Pay / Grand Total / Total paid / Order Total / Bill total / Amount
  Paid / Invoice Total / Amount Payable / Total Amount / Grand Total: / Amount paid / Total fare / Grand Total (A +
  B). Never the Item Total, the MRP, Total MRP, Price (n items), Item(s) Subtotal, a fee, a tax, a discount, "You
  saved", a refund, a part paid from a wallet or the UPI part. *settled*: a tip for the delivery partner added at
  checkout, a donation and a gift wrap are in the sum paid (they are in the printed total); a Round off is applied
  (the whole-rupee total); membership savings, coupons, SuperCoins and wallet points are taken off (they are in the
  printed total too). A split between the platform's own balance or credit (Zepto Cash, Amazon Pay balance, Myntra
  Credit, Nykaa Wallet …) and UPI or a card counts the whole order (both parts: the buyer paid both for this order),
  never either part. Cash on delivery not yet paid counts the sum to be collected (Amount to be paid / Cash to be
  collected / Amount to pay / Total payable / Amount Payable); paid at the door, the Amount paid. A cancelled order
  counts the sum paid for it (its Amount paid, equal to the Refund amount); an order with a refund for a missing
  item counts the Total paid, never the refund nor the total less the refund (the refund is a later, separate
  movement). A tax invoice split into the restaurant's bill and the platform's service charges counts the Grand
  Total (A + B), never either part's total. currency: INR everywhere.
* status: only where words state this payment's outcome. Success: Payment Successful / Payment successful /
  Payment status: Paid / Status: Paid / PAID / "Cash collected on delivery. Payment received - thank you." /
  Payment received. Pending: "Payment pending - pay on delivery" / "Payment pending - pay at the time of delivery."
  / "Not paid yet - pay …" (a cash-on-delivery order not yet delivered, heldout97's convention). *settled*: None
  elsewhere: "Paid Via" / "Paid using" / "Paid by" / "Paid on delivery" / "Payment Mode" name the way, never an
  outcome (README's reading of "Paid by Visa"); "Amount paid" / "Total paid" name the sum; "your order has been
  placed", "Delivered", "Delivered at", "Arrived in <n> minutes", "Order cancelled" are the order's, not the
  payment's; a cancelled order refunded and an order with a refund for a missing item are None (heldout84's,
  heldout97's and heldout102's convention: a refund after a payment that went through states none of the three;
  the page's "Order cancelled" is the order's and its payment went through).
* date: the day of the payment, ISO. *settled*: a prepaid order is paid when placed: Order placed / Ordered on /
  Order Date / Order placed on / Placed on / Order placed (amazon) / Date (an errand), never Delivered <day>,
  Delivery by, Delivery slot, Arriving by, Cancelled on (a cancelled order's day is the day it was paid, the order's
  placing), nor the refund's day. Cash on delivery not yet paid carries the day ordered (Ordered on / Order Date:
  the page's own day, heldout97's convention); cash on delivery paid at the door carries the day delivered
  (Delivered on on the tracker and on the printed invoice), never the Order Date printed beside it: cash or UPI
  changed hands at delivery. A food order's e-mail paid with Cash on delivery prints only Ordered on: food comes
  within the hour, so that day is the day paid.
* payment_method: "UPI", "card", "wallet", "cash" or None from the way the page names under Paid Via / Payment
  mode / Paid using: / Payment method / Payment Mode / Payment Method / Paid on delivery / Payment, or a split's
  row (Paid by UPI, Paid by <card>, UPI <sum>, Amazon Pay UPI (…) <sum>). UPI, an app's UPI or a UPI id: UPI; a
  masked card: card; the app's Money / Wallet, Paytm / Mobikwik Wallet, Amazon Pay balance alone: wallet; Cash on
  delivery / COD / Pay on Delivery / Cash: cash. *settled*: a split counts the way of the part outside the
  platform's own balance or credit (UPI or the card), never the balance (the platform's own credit, as heldout99
  counts a gift card); cash on delivery not yet paid counts cash (the way chosen, as heldout97); a pay-later account
  (Flipkart Pay Later, LazyPay Pay Later) is none of the five ways (a credit the buyer pays later): None.
* merchant_name: the platform on top, as printed (Swiggy, Zomato, Eatsure, Magicpin, Zepto, Blinkit, Swiggy
  Instamart, BB Now, Flipkart Minutes, bigbasket, JioMart, DMart Ready, Spencer's Online, Flipkart, Shopsy,
  Snapdeal, Tata CLiQ, amazon.in, Myntra, Nykaa, AJIO, Nykaa Fashion, Meesho, Dunzo Daily, Dunzo, Swiggy Genie,
  Porter, Borzo, Rapido Parcel). *settled*: the platform, never the restaurant (in the e-mail's subject line, under
  the order id, or "A. Restaurant bill: <name>"), the seller (Seller:, Sold by:), the legal firm under a chain's
  name or the delivery partner: the platform takes the buyer's money for the whole order (one payment, one
  checkout) and passes the restaurant's or seller's part on. Never the customer (Delivered to, Deliver to,
  Customer, Shipping Address), nor the bank or the UPI app.
* transaction_id: at most one, as printed (without a leading "#"), the highest kind printed as README orders the
  families: a UPI Ref No / UPI Ref. No. / UPI Transaction ID / UTR, then a Transaction ID / Payment ID, then the
  order's number (Order ID / Order No / Order No. / Order # / Order number / Task ID / Booking ID), then a
  document's own number (Invoice No.). *settled*: the order's number wins over the invoice's (order family above
  the invoice/bill family), so a printed grocery invoice and a food order's invoice PDF carry their Order No. /
  Order ID; a cancelled order's and a missing item's Refund ID / Refund ref name the refund, never this order's
  payment: the id stays the payment's (its UPI Ref No where printed, else the Order ID). Never a GSTIN, a phone or
  helpline, a UPI id, a masked card, the PDF's file name, an amount.
"""

from __future__ import annotations


from bench.receipt_eval_set import EvalReceipt
from bench.receipt_sets.heldout14_render import Family, check_fonts, family_set
from bench.receipt_sets.heldout93_families import compose
from bench.receipt_sets.heldout104_families import (
    amazon_page,
    cancelled,
    cod_tracker,
    fashion,
    food_app,
    food_mail,
    fresh,
    grocery_invoice,
    invoice_pdf,
    market_mail,
    part_refund,
    pickup_drop,
    quick_commerce,
)

SPLIT = "heldout104"

# Faces as paths under heldout14_render.FONT_DIR (/usr/share/fonts/truetype): app screens, e-mails and browser
# pages in sans faces, printed pages and PDFs in sans or serif faces; ₹ is printed only in faces that draw it, and
# the page's truth checks every glyph.
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
    ("food_app", food_app, SCREEN_FACES),
    ("food_mail", food_mail, SCREEN_FACES[:4]),
    ("quick_commerce", quick_commerce, SCREEN_FACES),
    ("grocery_invoice", grocery_invoice, PAPER_FACES),
    ("market_mail", market_mail, SCREEN_FACES[:4]),
    ("amazon_page", amazon_page, SCREEN_FACES[:4]),
    ("fashion", fashion, SCREEN_FACES),
    ("cod_tracker", cod_tracker, SCREEN_FACES),
    ("cancelled", cancelled, SCREEN_FACES),
    ("part_refund", part_refund, SCREEN_FACES),
    ("pickup_drop", pickup_drop, SCREEN_FACES),
    ("invoice_pdf", invoice_pdf, PAPER_FACES),
]


def make_heldout104_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout104 (96 make eight of each family)."""
    check_fonts(SPLIT, FAMILIES)
    fresh()
    return family_set(SPLIT, FAMILIES, n, draw=compose)
