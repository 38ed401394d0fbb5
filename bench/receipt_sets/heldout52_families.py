"""The twelve heldout52 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; only the shared value helpers of heldout14 are
reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
Every receipt prints at most one transaction id (a reference, a payment's id or an order's own number, never two of
them), and names one party that was paid (no app, gateway, platform or seller line beside it), so no receipt asks
which of two printed ids or two printed parties is the payment's.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from bench.receipt_sets.heldout14_values import (
    PEOPLE,
    clock,
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    price,
    rupee,
    shown,
    truth_fields,
)

# codes leave out I and O, which a page's face may not tell from 1 and 0
UPPER = "".join(letter for letter in string.ascii_uppercase if letter not in "IO")
ALNUM = UPPER + string.digits
SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 20}
EMAIL = {"paper": (255, 255, 255), "width": 640, "size": 19}
US_DATES = ["%m/%d/%Y", "%b {d}, %Y", "%B {d}, %Y"]
INDIAN_DATES = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "{d} %b %Y", "%d %B %Y"]
UK_DATES = ["%d/%m/%Y", "{d} %B %Y", "%d %b %Y"]
EURO_DATES = ["%d.%m.%Y", "%d/%m/%Y", "{d} %b %Y"]
NAMED_DATES = ["{d} %b %Y", "%d %B %Y", "%b {d}, %Y"]  # the month named: pages whose currency sets no day order
INDIAN_PEOPLE = PEOPLE[:6]
WESTERN_PEOPLE = PEOPLE[6:]


def _outcome(rng: random.Random, words: dict[str, list[str]]) -> tuple[str, str]:
    """An outcome (success mostly, else failed or pending where the layout has words for it) and its wording."""
    roll = rng.random()
    status = "success" if roll < 0.62 else ("failed" if roll < 0.82 else "pending")
    if status not in words:
        status = "success"
    return status, rng.choice(words[status])


def _inr(rng: random.Random, font: str, value: float) -> str:
    """Rupees with the lakh grouping, marked ₹ (where the face has it), Rs. or INR."""
    return rng.choice([rupee(font), rupee(font), "Rs. ", "INR "]) + money(value, "indian")


def _card(rng: random.Random) -> str:
    """A card's scheme and last four digits (never the id)."""
    return rng.choice(["Visa", "Mastercard", "Amex", "VISA"]) + rng.choice([" •••• ", " ending ", " **** "]) + digits(rng, 4)


def _stamp(rng: random.Random, when: dt.date, patterns: list[str], twelve_hour: bool) -> str:
    """A date in one of ``patterns``, with a time in a share."""
    text = date_text(when, rng.choice(patterns))
    return text + (", " + clock(rng, twelve_hour) if rng.random() < 0.5 else "")


# Western currencies: (ISO code, how an amount is printed, the date patterns, a 12-hour clock)
def _western(rng: random.Random, markets: list[str]):
    market = rng.choice(markets)
    if market == "US":
        mark = rng.choice(["$", "US$"])
        return "USD", lambda v: mark + money(v, "western") + " USD", US_DATES, True
    if market == "UK":
        return "GBP", lambda v: "£" + money(v, "western"), UK_DATES, False
    if market == "EU":
        style = rng.randrange(3)
        return "EUR", lambda v: [money(v, "european") + " €", "€" + money(v, "western"),
                                 "EUR " + money(v, "european")][style], EURO_DATES, False
    return "INR", None, INDIAN_DATES, True


# ---------------------------------------------------------------- 1 MobiKwik / Freecharge recharge screen


def recharge_screen(rng: random.Random, font: str):
    """A MobiKwik / Freecharge mobile or DTH recharge screen in rupees: the operator on top (Airtel Prepaid, Jio
    Prepaid, Vi Prepaid, Tata Play DTH, Airtel Digital TV), the outcome (Recharge Successful, Recharge Failed,
    Recharge Pending), the number or subscriber id recharged (never the id), the plan, Amount / Recharge Amount,
    Paid via / Payment Mode (MobiKwik Wallet / Freecharge Balance, UPI, a card, Net Banking), Transaction ID /
    Order ID in a share, Date / Transaction Date day first in a share."""
    app = rng.choice(["MobiKwik", "Freecharge"])
    operator, mobile = rng.choice([("Airtel Prepaid", True), ("Jio Prepaid", True), ("Vi Prepaid", True),
                                   ("Tata Play DTH", False), ("Airtel Digital TV", False)])
    status, words = _outcome(rng, {"success": ["Recharge Successful", "Recharge successful"],
                                   "failed": ["Recharge Failed"], "pending": ["Recharge Pending"]})
    amount = float(rng.choice([199, 239, 299, 349, 479, 666, 719, 859, 2999] if mobile else [250, 350, 453, 599]))
    rows = [("title", operator), ("big", _inr(rng, font, amount)), ("center", words)]
    if mobile:
        rows.append(("pair", "Mobile Number", "+91 " + rng.choice("6789") + digits(rng, 9)))
        rows.append(("pair", "Plan", f"{rng.choice(['1.5GB/day', '2GB/day', 'Unlimited'])}, "
                                     f"{rng.choice([28, 56, 84])} days"))
    else:
        rows.append(("pair", "Subscriber ID", digits(rng, 10)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Amount", "Recharge Amount"]), _inr(rng, font, amount)))
    pay, method = rng.choice([(f"{app} Wallet" if app == "MobiKwik" else "Freecharge Balance", "wallet"),
                              ("UPI", "UPI"), ("Debit Card", "card"), ("Credit Card", "card"),
                              ("Net Banking", "netbanking")])
    printed = optional_pair(rng, rows, ["Paid via", "Payment Mode"], pay, 0.15)
    txn = None
    ref = ("MK" if app == "MobiKwik" else "FC") + digits(rng, 12) if rng.random() < 0.5 else digits(rng, 14)
    if optional_pair(rng, rows, ["Transaction ID", "Order ID"], ref, 0.2):
        txn = ref
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Transaction Date"]), _stamp(rng, when, INDIAN_DATES, True)))
    rows.append(("small", "Recharges reflect on your number within a few minutes."))
    truth = truth_fields(operator, amount, "INR", txn, when, method if printed else None, status)
    accent = (0, 90, 200) if app == "MobiKwik" else (230, 90, 20)
    return rows, truth, dict(SCREEN, accent=accent)


# ---------------------------------------------------------------- 2 Instamojo / CCAvenue / Easebuzz payment link


def paylink_email(rng: random.Random, font: str):
    """A payment-link receipt e-mail in the wording of Instamojo / CCAvenue / Easebuzz, in rupees: the business
    that sent the link on top, Payment Receipt / Payment Confirmation, Hi <payer>, the purpose, Amount / Amount
    Paid / Total Amount, Payment ID / Tracking ID / Transaction ID in a share, Payment Method / Paid using (UPI, a
    card, Net Banking, a wallet), Date / Payment Date day first in a share, Status: Success / Paid in a share."""
    kind = rng.choice(["Instamojo", "CCAvenue", "Easebuzz"])
    business, purpose = rng.choice([("Sharma Tutorials", "Class 10 Maths - Monthly Fee"),
                                     ("Green Leaf Yoga Studio", "Yoga Batch - 12 Sessions"),
                                     ("Kaveri Handlooms", "Order: 2 Ikat Cotton Sarees"),
                                     ("Pixel Perfect Photography", "Pre-wedding Shoot Advance"),
                                     ("Bake My Day Cakes", "Custom Birthday Cake 1 kg"),
                                     ("Nirmaan Architects LLP", "Site Visit Consultation")])
    amount = price(rng, 450, 48000, rng.choice([1, 0.5, 50]))
    rows = [("title", business), ("center", rng.choice(["Payment Receipt", "Payment Confirmation"])),
            ("left", f"Hi {rng.choice(INDIAN_PEOPLE).split()[0]},"),
            ("left", "Here are the details of your payment:"), ("rule",),
            ("pair", "Purpose", purpose),
            ("pair", rng.choice(["Amount", "Amount Paid", "Total Amount"]), _inr(rng, font, amount))]
    txn = None
    ref = {"Instamojo": "MOJO" + code(rng, 4, UPPER) + digits(rng, 10), "CCAvenue": digits(rng, 12),
           "Easebuzz": "E" + digits(rng, 9) + code(rng, 5, UPPER)}[kind]
    label = {"Instamojo": "Payment ID", "CCAvenue": "Tracking ID", "Easebuzz": "Transaction ID"}[kind]
    if optional_pair(rng, rows, [label, "Transaction ID"], ref, 0.15):
        txn = ref
    pay, method = rng.choice([("UPI", "UPI"), ("Credit Card", "card"), ("Debit Card", "card"),
                              ("Net Banking", "netbanking"), ("UPI", "UPI")])
    printed = optional_pair(rng, rows, ["Payment Method", "Paid using"], pay, 0.15)
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Payment Date"]), _stamp(rng, when, INDIAN_DATES, True)))
    status = None
    if shown(rng, 0.4):
        status = "success"
        rows.append(("pair", "Status", rng.choice(["Success", "Paid"])))
    rows.append(("small", f"For any questions, reply to this e-mail to reach {business}."))
    truth = truth_fields(business, amount, "INR", txn, when, method if printed else None, status)
    return rows, truth, dict(EMAIL, accent=(40, 40, 120), screen=rng.random() < 0.4)


# ---------------------------------------------------------------- 3 WhatsApp UPI payment screen


def whatsapp_pay(rng: random.Random, font: str):
    """A WhatsApp UPI payment screen in rupees: the shop's name on top with its UPI ID (never the id), the amount
    large, the outcome always (Paid / Payment successful, Payment failed, Payment pending), Paid to, UPI
    transaction ID in a share, the day and time in a share, Payment method / Paid with UPI always (the UPI ID alone
    names it)."""
    shop = rng.choice(["Lakshmi Fruits & Vegetables", "Hotel Annapoorna", "Sri Sai Medicals", "Classic Tailors",
                       "Mehta Dairy Farm", "Royal Footwear", "New Kamal Stores", "Zaika Biryani House"])
    amount = price(rng, 40, 6500, rng.choice([1, 0.5]))
    status, words = _outcome(rng, {"success": ["Paid", "Payment successful"], "failed": ["Payment failed"],
                                   "pending": ["Payment pending"]})
    handle = shop.lower().replace(" ", "").replace("&", "")[:12] + rng.choice(["@okaxis", "@ybl", "@paytm", "@oksbi"])
    rows = [("title", shop), ("small", handle), ("big", _inr(rng, font, amount)), ("center", words), ("rule",),
            ("pair", "Paid to", shop)]
    rows.append(("pair", rng.choice(["Payment method", "Paid with"]), rng.choice(["UPI", "UPI (Bank a/c)"])))
    txn = None
    ref = digits(rng, 12)
    if optional_pair(rng, rows, ["UPI transaction ID", "UPI Ref No."], ref, 0.15):
        txn = ref
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("left", date_text(when, rng.choice(["{d} %b %Y", "%d %B %Y"])) + ", " + clock(rng, True)))
    rows.append(("small", "Tap the shop's name to view your chat."))
    truth = truth_fields(shop, amount, "INR", txn, when, "UPI", status)
    return rows, truth, dict(SCREEN, accent=(7, 94, 84), paper=(240, 242, 245))


# ---------------------------------------------------------------- 4 UPI AutoPay debit screen


def upi_autopay(rng: random.Random, font: str):
    """A UPI AutoPay (recurring mandate) debit screen in rupees, as a bank's UPI app shows it: the subscription on
    top (Netflix, Spotify, JioHotstar, YouTube Premium, ZEE5, Amazon Prime), AutoPay payment successful / AutoPay
    payment failed, Amount, Frequency, Payment method / Mode UPI always (AutoPay alone would hint at it), UPI Ref
    No. / UPI transaction ID in a share, Date / Transaction Date day first in a share (no next debit date)."""
    merchant, plans = rng.choice([("Netflix", [149, 199, 499, 649]), ("Spotify", [119, 139, 179]),
                                  ("JioHotstar", [149, 299, 499]), ("YouTube Premium", [149, 219]),
                                  ("ZEE5", [99, 199, 699]), ("Amazon Prime", [299, 599, 1499])])
    amount = float(rng.choice(plans))
    status, words = _outcome(rng, {"success": ["AutoPay payment successful", "Payment Successful"],
                                   "failed": ["AutoPay payment failed", "Payment Failed"]})
    rows = [("title", merchant), ("center", words), ("big", _inr(rng, font, amount)), ("rule",),
            ("pair", "Frequency", rng.choice(["Monthly", "As presented", "Yearly"]))]
    rows.append(("pair", "Amount", _inr(rng, font, amount)))
    rows.append(("pair", rng.choice(["Payment method", "Mode"]), "UPI"))  # always: AutoPay alone hints at UPI
    txn = None
    ref = digits(rng, 12)
    if optional_pair(rng, rows, ["UPI Ref No.", "UPI transaction ID"], ref, 0.15):
        txn = ref
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Transaction Date"]), _stamp(rng, when, INDIAN_DATES, True)))
    rows.append(("small", "Manage your AutoPay mandates under Settings."))
    truth = truth_fields(merchant, amount, "INR", txn, when, "UPI", status)
    return rows, truth, dict(SCREEN, accent=(60, 20, 120))


# ---------------------------------------------------------------- 5 digital gold purchase


def digital_gold(rng: random.Random, font: str):
    """A digital gold purchase receipt from MMTC-PAMP / SafeGold / Augmont in rupees: the seller on top, Gold
    Purchased (grams, never a sum), Gold Rate (per gram), Gold Value, GST 3%, Total Amount / Amount Paid, Payment
    Mode (UPI, a card, Net Banking), Transaction ID / Order ID in a share, Purchase Date / Date day first in a share,
    an outcome in a share (Purchase Successful / Payment Successful, Payment Failed, Payment Pending)."""
    seller = rng.choice(["MMTC-PAMP India Pvt. Ltd.", "SafeGold", "Augmont Goldtech"])
    rate = price(rng, 7200, 9900, 0.01)
    grams = round(rng.uniform(0.05, 4.0), 4)
    value = round(grams * rate, 2)
    gst = round(value * 0.03, 2)
    total = round(value + gst, 2)
    status = None
    rows = [("title", seller), ("center", "Digital Gold 24K 99.9%")]
    if shown(rng, 0.35):
        status, words = _outcome(rng, {"success": ["Purchase Successful", "Payment Successful"],
                                       "failed": ["Payment Failed"], "pending": ["Payment Pending"]})
        rows.append(("big", words))
    rows += [("pair", "Gold Purchased", f"{grams:.4f} gm"), ("pair", "Gold Rate", money(rate, "indian") + " /gm"),
             ("pair", "Gold Value", money(value, "indian")), ("pair", "GST (3%)", money(gst, "indian")),
             ("pair", "Total Amount" if status in ("failed", "pending") else rng.choice(["Total Amount",
                                                                                        "Amount Paid"]),
              _inr(rng, font, total))]
    pay, method = rng.choice([("UPI", "UPI"), ("Debit Card", "card"), ("Net Banking", "netbanking"), ("UPI", "UPI")])
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid via"], pay, 0.2)
    txn = None
    ref = rng.choice(["GLD", "SG", "AUG"]) + digits(rng, 11)
    if optional_pair(rng, rows, ["Transaction ID", "Order ID"], ref, 0.15):
        txn = ref
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Purchase Date", "Date"]), _stamp(rng, when, INDIAN_DATES, True)))
    rows.append(("small", "Gold is stored in insured vaults on your behalf."))
    truth = truth_fields(seller, total, "INR", txn, when, method if printed else None, status)
    return rows, truth, dict(SCREEN, accent=(160, 110, 0), screen=rng.random() < 0.6)


# ---------------------------------------------------------------- 6 BigBasket / JioMart order e-mail


def grocery_order_email(rng: random.Random, font: str):
    """A BigBasket / JioMart order payment e-mail in rupees: the store on top, Order Summary, items with
    quantities, Delivery Charges in a share, a discount in a share, Order Total / Total Paid / Amount Paid, Payment
    Method (UPI, a card, Net Banking, Cash on Delivery), Order ID / Order No. in a share, Order Date / Date day
    first in a share (no delivery slot's date), Payment Successful in a share."""
    store = rng.choice(["bigbasket", "JioMart"])
    catalogue = [("Aashirvaad Atta 5 kg", 285.0), ("Amul Butter 500 g", 285.0), ("Tata Salt 1 kg", 28.0),
                 ("Fortune Sunflower Oil 1 L", 165.0), ("Toor Dal 1 kg", 179.0), ("Basmati Rice 5 kg", 649.0),
                 ("Onion 2 kg", 78.0), ("Surf Excel 1 kg", 145.0), ("Maggi Noodles 12 pack", 168.0)]
    rows = [("title", store), ("center", "Order Summary"), ("rule",)]
    total = 0.0
    for name, value in rng.sample(catalogue, rng.randint(2, 5)):
        qty = rng.randint(1, 3)
        rows.append(("pair", f"{name} x {qty}", money(value * qty, "indian")))
        total += value * qty
    if rng.random() < 0.5:
        rows.append(("pair", "Delivery Charges", money(30.0, "indian")))
        total += 30.0
    if rng.random() < 0.4:
        off = float(rng.choice([25, 50, 75, 100]))
        rows.append(("pair", "Coupon Discount", "-" + money(off, "indian")))
        total -= off
    total = round(total, 2)
    rows += [("rule",), ("pair", rng.choice(["Order Total", "Total Paid", "Amount Paid"]), _inr(rng, font, total))]
    pay, method = rng.choice([("UPI", "UPI"), ("Credit Card", "card"), ("Debit Card", "card"),
                              ("Net Banking", "netbanking"), ("Cash on Delivery", "cash")])
    printed = optional_pair(rng, rows, ["Payment Method", "Payment Mode"], pay, 0.15)
    txn = None
    ref = rng.choice(["BB", "OD", ""]) + digits(rng, 12)
    if optional_pair(rng, rows, ["Order ID", "Order No."], ref, 0.15):
        txn = ref
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Order Date", "Date"]), _stamp(rng, when, INDIAN_DATES, True)))
    status = None
    if printed and method != "cash" and shown(rng, 0.5):
        status = "success"
        rows.append(("center", "Payment Successful"))
    rows.append(("small", "Questions? Visit Help in the app."))
    truth = truth_fields(store, total, "INR", txn, when, method if printed else None, status)
    return rows, truth, dict(EMAIL, accent=(90, 140, 20) if store == "bigbasket" else (0, 70, 160),
                             screen=rng.random() < 0.4)


# ---------------------------------------------------------------- 7 Steam / PlayStation / Xbox / Epic purchase


def game_store_email(rng: random.Random, font: str):
    """A game store's purchase receipt e-mail from Steam / PlayStation Store / Microsoft Store (Xbox) / Epic Games
    Store, in dollars, pounds, euros or rupees: the store on top, Purchase receipt / Receipt, the game,
    Subtotal and tax in a share, Total / Order Total / Amount charged, Payment method (a card, PayPal, the store's
    wallet, UPI on rupee pages), Order number / Transaction ID / Order ID in a share, Date / Purchase date in a
    share."""
    store = rng.choice(["Steam", "PlayStation Store", "Microsoft Store", "Epic Games Store"])
    currency, fmt, patterns, twelve = _western(rng, ["US", "UK", "EU", "IN"])
    if fmt is None:
        def fmt(value: float) -> str:
            return _inr(rng, font, value)
    base = price(rng, 4, 70, 0.01) if currency != "INR" else float(rng.choice([399, 799, 1299, 2999, 3999, 4999]))
    rows = [("title", store), ("center", rng.choice(["Purchase receipt", "Receipt"])), ("rule",),
            ("pair", rng.choice(["Elden Ring", "Hades II", "Stardew Valley", "Forza Horizon 5",
                                 "Cyberpunk 2077: Phantom Liberty", "Hollow Knight", "EA SPORTS FC 25"]), fmt(base))]
    total = base
    if currency == "USD" and rng.random() < 0.6:
        tax = round(base * rng.choice([0.0625, 0.07, 0.0825]), 2)
        rows += [("pair", "Subtotal", fmt(base)), ("pair", "Tax", fmt(tax))]
        total = round(base + tax, 2)
    rows.append(("pair", rng.choice(["Total", "Order Total", "Amount charged"]), fmt(total)))
    wallet = {"Steam": "Steam Wallet", "PlayStation Store": "PlayStation Wallet", "Microsoft Store":
              "Microsoft account balance", "Epic Games Store": "Epic Wallet"}[store]
    pays = [(_card(rng), "card"), (_card(rng), "card"), (wallet, "wallet")]
    pays.append(("UPI", "UPI") if currency == "INR" else ("PayPal", "wallet"))
    pay, method = rng.choice(pays)
    printed = optional_pair(rng, rows, ["Payment method", "Paid with"], pay, 0.15)
    txn = None
    ref = digits(rng, rng.choice([16, 18])) if store == "Steam" else code(rng, 10, ALNUM)
    if optional_pair(rng, rows, ["Order number", "Transaction ID", "Order ID"], ref, 0.15):
        txn = ref
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Purchase date"]), _stamp(rng, when, patterns, twelve)))
    if currency == "USD":
        rows.append(("small", rng.choice(["Bellevue, WA 98004", "Seattle, WA 98101", "San Mateo, CA 94404",
                                          "Cary, NC 27518"])))
    rows.append(("small", "Your content is ready in your library."))
    truth = truth_fields(store, total, currency, txn, when, method if printed else None, None)
    return rows, truth, dict(EMAIL, accent=(23, 26, 33), screen=rng.random() < 0.4)


# ---------------------------------------------------------------- 8 Airalo / Holafly / Saily eSIM purchase


def esim_email(rng: random.Random, font: str):
    """An eSIM purchase receipt e-mail from Airalo / Holafly / Saily in dollars, euros or pounds: the seller on top,
    Receipt / Order receipt, the plan (a country, data, days), Total / Total paid / Amount paid, Payment
    method (a card, Apple Pay, Google Pay, PayPal), Order ID / Order number in a share, Date paid / Order date in
    a share, Paid in a share."""
    seller = rng.choice(["Airalo", "Holafly", "Saily"])
    currency, fmt, patterns, twelve = _western(rng, ["US", "UK", "EU"])
    plan = f"{rng.choice(['Japan', 'Turkey', 'Thailand', 'USA', 'Europe (39 countries)', 'India', 'UAE'])} - " \
           f"{rng.choice(['1 GB', '3 GB', '5 GB', '10 GB', 'Unlimited'])} / {rng.choice([7, 10, 15, 30])} days"
    total = round(price(rng, 4.5, 79, 0.5) - 0.01, 2)
    rows = [("title", seller), ("center", rng.choice(["Receipt", "Order receipt"])), ("rule",),
            ("pair", "Plan", plan), ("pair", rng.choice(["Total", "Total paid", "Amount paid"]), fmt(total))]
    pay, method = rng.choice([(_card(rng), "card"), ("Apple Pay", "wallet"), ("Google Pay", "wallet"),
                              ("PayPal", "wallet"), (_card(rng), "card")])
    printed = optional_pair(rng, rows, ["Payment method", "Paid with"], pay, 0.15)
    txn = None
    ref = code(rng, 3, UPPER) + "-" + digits(rng, 8)
    if optional_pair(rng, rows, ["Order ID", "Order number"], ref, 0.15):
        txn = ref
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date paid", "Order date"]), _stamp(rng, when, patterns, twelve)))
    status = None
    if shown(rng, 0.6):
        status = "success"
        rows.append(("center", "PAID"))
    if currency == "USD":
        rows.append(("small", "Customer support: 2261 Market St, San Francisco, CA 94114"))
    rows.append(("small", "Scan the QR code in the app to install your eSIM."))
    truth = truth_fields(seller, total, currency, txn, when, method if printed else None, status)
    return rows, truth, dict(EMAIL, accent=(20, 120, 200), screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 9 AliExpress / Temu / SHEIN order e-mail


def marketplace_order_email(rng: random.Random, font: str):
    """An AliExpress / Temu / SHEIN order payment e-mail in dollars, pounds or euros: the shop on top, Payment
    confirmed / Payment successful in a share, a few items, Shipping (Free or a fee), a coupon in a share, Order
    total / Total / Total paid, Payment method (a card, PayPal, Apple Pay), Order number / Order ID
    in a share, Order date / Payment date in a share (no delivery estimate's date)."""
    shop = rng.choice(["AliExpress", "Temu", "SHEIN"])
    currency, fmt, patterns, twelve = _western(rng, ["US", "UK", "EU"])
    catalogue = ["Wireless Earbuds", "Phone Case", "LED Strip Lights 5 m", "Summer Dress", "Storage Baskets (3)",
                 "USB-C Cable 2 m", "Kitchen Scale", "Yoga Mat", "Sunglasses"]
    rows = [("title", shop)]
    status = None
    if shown(rng, 0.4):
        status = "success"
        rows.append(("center", rng.choice(["Payment confirmed", "Payment successful"])))
    rows.append(("rule",))
    total = 0.0
    for name in rng.sample(catalogue, rng.randint(1, 4)):
        value = price(rng, 1.5, 29, 0.01)
        rows.append(("pair", name, fmt(value)))
        total += value
    if rng.random() < 0.5:
        rows.append(("pair", "Shipping", "Free"))
    else:
        fee = rng.choice([1.99, 2.99, 3.49])
        rows.append(("pair", "Shipping", fmt(fee)))
        total += fee
    if rng.random() < 0.4:
        off = rng.choice([2.0, 3.0, 5.0])
        if off < total - 1:
            rows.append(("pair", "Coupon", "-" + fmt(off)))
            total -= off
    total = round(total, 2)
    rows.append(("pair", rng.choice(["Order total", "Total", "Total paid"]), fmt(total)))
    pay, method = rng.choice([(_card(rng), "card"), ("PayPal", "wallet"), ("Apple Pay", "wallet"), (_card(rng), "card")])
    printed = optional_pair(rng, rows, ["Payment method", "Paid with"], pay, 0.15)
    txn = None
    ref = {"AliExpress": digits(rng, 16), "Temu": "PO-" + digits(rng, 3) + "-" + digits(rng, 17),
           "SHEIN": "G" + code(rng, 3, UPPER) + digits(rng, 8) + code(rng, 2, UPPER)}[shop]
    if optional_pair(rng, rows, ["Order number", "Order ID"], ref, 0.15):
        txn = ref
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Order date", "Payment date"]), _stamp(rng, when, patterns, twelve)))
    if currency == "USD":
        rows.append(("small", "Ship to: " + rng.choice(WESTERN_PEOPLE) + ", Columbus, OH 43215"))
    rows.append(("small", "Track your parcel in the app."))
    truth = truth_fields(shop, total, currency, txn, when, method if printed else None, status)
    return rows, truth, dict(EMAIL, accent=(230, 60, 20), screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 10 Lime / Voi / Bird / Yulu e-scooter ride


def scooter_ride(rng: random.Random, font: str):
    """An e-scooter or e-bike ride receipt from Lime / Voi / Bird (dollars, pounds, euros) or Yulu (rupees): the
    operator on top, Ride receipt / Trip summary, Duration and Distance, Unlock fee and per-minute charges,
    Total / Total charged / Amount paid, Payment method (a card, Apple Pay, Google Pay, PayPal; the Yulu wallet or
    UPI in rupees), Ride ID / Trip ID / Receipt No. in a share, Date / Receipt date in a share."""
    operator = rng.choice(["Lime", "Voi", "Bird", "Yulu"])
    if operator == "Yulu":
        currency, fmt, patterns, twelve = "INR", (lambda v: _inr(rng, font, v)), INDIAN_DATES, True
        unlock, per_min = 10.0, rng.choice([2.0, 2.5, 3.0])
    else:
        currency, fmt, patterns, twelve = _western(rng, ["US", "UK", "EU"])
        unlock, per_min = 1.0, rng.choice([0.25, 0.29, 0.35, 0.39, 0.45])
    minutes = rng.randint(4, 38)
    ride = round(minutes * per_min, 2)
    total = round(unlock + ride, 2)
    rows = [("title", operator), ("center", rng.choice(["Ride receipt", "Trip summary"])),
            ("pair", "Duration", f"{minutes} min"), ("pair", "Distance", f"{round(minutes * 0.23, 1)} km"),
            ("rule",), ("pair", "Unlock fee", fmt(unlock)),
            ("pair", f"Ride {minutes} min x {fmt(per_min)}", fmt(ride)),
            ("pair", rng.choice(["Total", "Total charged", "Amount paid"]), fmt(total))]
    pays = ([("Yulu Wallet", "wallet"), ("UPI", "UPI")] if currency == "INR" else
            [(_card(rng), "card"), ("Apple Pay", "wallet"), ("Google Pay", "wallet"), ("PayPal", "wallet")])
    pay, method = rng.choice(pays)
    printed = optional_pair(rng, rows, ["Payment method", "Paid with"], pay, 0.15)
    txn = None
    ref = code(rng, 8, ALNUM)
    if optional_pair(rng, rows, ["Ride ID", "Trip ID", "Receipt No."], ref, 0.2):
        txn = ref
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Receipt date"]), _stamp(rng, when, patterns, twelve)))
    if currency == "USD":
        rows.append(("small", rng.choice(["Austin, TX 78701", "Washington, DC 20001", "Denver, CO 80202"])))
    rows.append(("small", "Park considerately and end your ride in the app."))
    truth = truth_fields(operator, total, currency, txn, when, method if printed else None, None)
    accent = {"Lime": (0, 170, 70), "Voi": (240, 50, 90), "Bird": (20, 20, 20), "Yulu": (0, 120, 200)}[operator]
    return rows, truth, dict(SCREEN, accent=accent, screen=rng.random() < 0.7)


# ---------------------------------------------------------------- 11 noon / Namshi order e-mail (UAE)


def uae_order_email(rng: random.Random, font: str):
    """A noon / Namshi order e-mail in UAE dirhams (AED before or after the sum): the shop on top, Order Summary,
    items, Shipping fee or FREE, VAT 5% included, Total / Order total /
    Total (Incl. VAT), Payment method (a card, Apple Pay, Cash on Delivery), Order No. / Order ID in a share,
    Order date with the month named in a share (a numeric date would need a day order the dirham does not set),
    Payment successful in a share."""
    shop = rng.choice(["noon", "Namshi"])
    catalogue = [("Men's Running Shoes", 189.0), ("Abaya Crepe Open Front", 245.0), ("Air Fryer 4.2 L", 329.0),
                 ("Baby Diapers Size 4, 2 x 52", 119.0), ("Arabic Coffee 500 g", 48.5), ("Sunglasses UV400", 79.0),
                 ("Bluetooth Speaker", 149.0)]
    rows = [("title", shop), ("center", "Order Summary"), ("rule",)]
    total = 0.0
    for name, value in rng.sample(catalogue, rng.randint(1, 3)):
        rows.append(("pair", name, money(value, "western")))
        total += value
    if rng.random() < 0.5:
        rows.append(("pair", "Shipping fee", "FREE"))
    else:
        rows.append(("pair", "Shipping fee", money(10.0, "western")))
        total += 10.0
    total = round(total, 2)
    amount = rng.choice(["AED ", "AED"]) + money(total, "western") if rng.random() < 0.6 else \
        money(total, "western") + " AED"
    rows += [("pair", rng.choice(["Total", "Order total", "Total (Incl. VAT)"]), amount),
             ("small", f"VAT 5% included: AED {money(round(total * 5 / 105, 2), 'western')}")]
    pay, method = rng.choice([(_card(rng), "card"), ("Apple Pay", "wallet"), ("Cash on Delivery", "cash"),
                              (_card(rng), "card")])
    printed = optional_pair(rng, rows, ["Payment method", "Payment Method"], pay, 0.15)
    txn = None
    ref = ("N" + digits(rng, 10) + code(rng, 1, UPPER)) if shop == "noon" else digits(rng, 9)
    if optional_pair(rng, rows, ["Order No.", "Order ID"], ref, 0.15):
        txn = ref
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", "Order date", _stamp(rng, when, NAMED_DATES, True)))
    status = None
    if printed and method != "cash" and shown(rng, 0.5):
        status = "success"
        rows.append(("center", "Payment successful"))
    rows.append(("small", "Dubai, United Arab Emirates"))
    truth = truth_fields(shop, total, "AED", txn, when, method if printed else None, status)
    return rows, truth, dict(EMAIL, accent=(40, 40, 40), paper=(255, 253, 240) if shop == "noon" else (255, 255, 255),
                             screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 12 GetYourGuide / Klook / Viator booking e-mail


def activity_booking_email(rng: random.Random, font: str):
    """An activity booking e-mail from GetYourGuide / Klook / Viator in euros, pounds, dollars or rupees: the
    seller on top, Your booking / Booking details, the activity and its Activity date (never the day paid), Participants, Total
    price / Total paid / Amount paid, Payment method (a card, PayPal, Apple Pay, Google Pay; UPI on rupee pages),
    Booking reference / Booking ID in a share, Booked on / Booking date in a share, Payment successful / Paid in
    a share."""
    seller = rng.choice(["GetYourGuide", "Klook", "Viator"])
    currency, fmt, patterns, twelve = _western(rng, ["US", "UK", "EU", "IN"])
    if fmt is None:
        def fmt(value: float) -> str:
            return _inr(rng, font, value)
    activity = rng.choice(["Louvre Museum Timed Entry Ticket", "Dubai Desert Safari with BBQ Dinner",
                           "Edinburgh Castle Guided Tour", "Statue of Liberty Ferry", "Old Goa Heritage Walk",
                           "Vatican Museums Skip-the-Line", "Universal Studios Singapore 1-Day"])
    people = rng.randint(1, 4)
    unit = price(rng, 18, 140, 0.5) if currency != "INR" else float(rng.choice([1499, 2199, 3499, 5600]))
    total = round(unit * people, 2)
    booked = day(rng)
    rows = [("title", seller), ("center", rng.choice(["Your booking", "Booking details"])), ("rule",),
            ("left", activity),
            ("pair", "Activity date", date_text(booked + dt.timedelta(days=rng.randint(3, 40)),
                                                rng.choice(NAMED_DATES[:2]))),
            ("pair", "Participants", f"{people} x Adult ({fmt(unit)})"),
            ("pair", rng.choice(["Total price", "Total paid", "Amount paid"]), fmt(total))]
    pays = [(_card(rng), "card"), ("PayPal", "wallet"), ("Apple Pay", "wallet"), ("Google Pay", "wallet")]
    if currency == "INR":
        pays = [(_card(rng), "card"), ("UPI", "UPI")]
    pay, method = rng.choice(pays)
    printed = optional_pair(rng, rows, ["Payment method", "Paid with"], pay, 0.15)
    txn = None
    ref = code(rng, 3, UPPER) + code(rng, 6, ALNUM)
    if optional_pair(rng, rows, ["Booking reference", "Booking ID"], ref, 0.15):
        txn = ref
    when = None
    if shown(rng, 0.2):
        when = booked
        rows.append(("pair", rng.choice(["Booked on", "Booking date"]), _stamp(rng, when, NAMED_DATES, twelve)))
    status = None
    if printed and shown(rng, 0.5):
        status = "success"
        rows.append(("center", rng.choice(["Payment successful", "PAID"])))
    if currency == "USD":
        rows.append(("small", "Support: 300 Park Ave, New York, NY 10022"))
    rows.append(("small", "Show your voucher on your phone at the meeting point."))
    truth = truth_fields(seller, total, currency, txn, when, method if printed else None, status)
    return rows, truth, dict(EMAIL, accent=(255, 85, 50), screen=rng.random() < 0.5)
