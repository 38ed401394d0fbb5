"""The twelve heldout31 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random

import functools

from bench.receipt_sets.heldout14_render import SCALE
from bench.receipt_sets.heldout14_values import clock, code, date_text, day, digits
from bench.receipt_sets.heldout14_values import money, optional_pair, phone, shown
from bench.receipt_sets.heldout18_families import SCREEN, _outcome, _truth
from bench.receipt_sets.heldout26_families import ALNUM, UPPER, _shown_in
from bench.receipt_sets.heldout30_families import DATES, IN_DATES, rupee

LONG_DATES = {
    "INR": ["%d %b %Y", "{d} %B %Y"],
    "USD": ["%b {d}, %Y", "%B {d}, %Y"],
    "EUR": ["{d} %b %Y", "%d.%m.%Y"],
    "GBP": ["{d} %B %Y", "%d %b %Y"],
}
GROUPING = {"INR": "indian", "USD": "plain", "EUR": "european", "GBP": "plain"}


def _iso(amount: float, currency: str) -> str:
    """An amount written with its ISO code ("INR 1,23,456.00", "EUR 1.234,50", "USD 1,234.50")."""
    grouping = GROUPING[currency] if currency != "USD" else "western"
    return currency + " " + money(amount, "western" if grouping == "plain" else grouping)


def _amount(rng: random.Random, amount: float, currency: str, font: str) -> str:
    """An amount with its sign (mostly) or its ISO code."""
    return _iso(amount, currency) if rng.random() < 0.25 else _shown_in(amount, currency, font)


UPI_PAYEES = [
    "Sharma General Store",
    "Hotel Saravana Bhavan",
    "Fresh Mart Wakad",
    "Guru Kripa Medicos",
    "Om Sai Vegetables",
    "Patel Dairy Farm",
    "Anand Sweets",
    "Royal Tailors",
]
PAYTM_WORDS = {
    "success": ["Paid Successfully", "Payment Successful"],
    "failed": ["Payment Failed"],
    "pending": ["Payment Pending", "Payment is in progress"],
}
BBPS_WORDS = {
    "success": ["Transaction Successful", "Payment Successful"],
    "failed": ["Transaction Failed"],
    "pending": ["Transaction Pending", "Payment Awaited"],
}


def _clear_band(build):
    """Push any row that would straddle a screen's coloured top band below it (a gap row before it), so no text
    is drawn half on the band in the band's ink and half on the page."""

    @functools.wraps(build)
    def drawn(rng: random.Random, font: str):
        rows, truth, style = build(rng, font)
        if not style.get("band"):
            return rows, truth, style
        line = int(style.get("size", 22) * 1.55)
        bottom, y, out = 34 + int(line * 2.6), 34, []
        for row in rows:
            step = int(line * SCALE.get(row[0], 1.0)) if row[0] != "pair" else line
            while row[0] not in ("gap", "rule") and y < bottom < y + step:
                out.append(("gap",))
                y += line
            out.append(row)
            y += step
        return out, truth, style

    return drawn


def _tel(rng: random.Random, currency: str) -> str:
    """A phone number as the receipt's country writes it (a decoy, never an id)."""
    return {
        "INR": "+91 " + phone(rng),
        "USD": "(" + digits(rng, 3) + ") " + digits(rng, 3) + "-" + digits(rng, 4),
        "EUR": "+49 30 " + digits(rng, 8),
        "GBP": "020 " + digits(rng, 4) + " " + digits(rng, 4),
    }[currency]


CARD_MENU = [
    ("Oat Latte", 5.25),
    ("Tune-up", 65.0),
    ("Drop-in class", 22.0),
    ("Bouquet", 38.0),
    ("Croissant", 3.75),
    ("Gift card", 25.0),
    ("Haircut", 30.0),
]
FOOD_MENU = [
    ("Chicken Biryani", 320),
    ("Paneer Tikka", 260),
    ("Margherita", 299),
    ("Veg Burger", 149),
    ("Hakka Noodles", 210),
    ("Gulab Jamun (2)", 90),
]


def _item_rows(
    rng: random.Random, rows: list, menu: list, most: int, scale: float, currency: str, font: str, name
) -> float:
    """One to three items of ``menu`` (each 1 to ``most`` times, prices times ``scale``) as rows; their sum."""
    total = 0.0
    for item, price in rng.sample(menu, rng.randint(1, 3)):
        qty = rng.randint(1, most)
        line = round(qty * price * scale, 2)
        total += line
        rows.append(("pair", name(item, qty), _shown_in(line, currency, font)))
    return round(total, 2)


def _upi_payee(rng: random.Random) -> str:
    """A UPI payee: a shop, stall or clinic paid by QR."""
    return rng.choice(UPI_PAYEES)


@_clear_band
def phonepe_screen(rng: random.Random, font: str):
    """A PhonePe-style transaction detail: status head with time and date, Paid to, Transaction ID (T…) and UTR."""
    payee = _upi_payee(rng)
    when = day(rng)
    amount = round(
        rng.choice([rng.uniform(20, 600), rng.uniform(600, 24000)]), 0 if rng.random() < 0.5 else 2
    )
    status, words = _outcome(
        rng,
        {
            "success": ["Transaction Successful", "Payment Successful"],
            "failed": ["Transaction Failed"],
            "pending": ["Transaction Pending"],
        },
        0.05,
    )
    mark = rupee(font)
    rows = [("title", words or "Transaction details")]
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "center",
                clock(rng, True).lower() + " on " + date_text(when, rng.choice(["%d %b %Y", "{d} %b %Y"])),
            )
        )
    rows += [
        ("gap",),
        ("left", rng.choice(["Paid to", "Sent to"])),
        ("pair", payee, mark + money(amount, "indian")),
        ("small", payee.split()[0].lower() + "." + digits(rng, 4) + "@" + rng.choice(["ybl", "axl", "ibl"])),
        ("rule",),
        ("left", "Transfer Details"),
    ]
    tid = "T" + date_text(when, "%y%m%d") + digits(rng, 10) + digits(rng, 6)
    tid_printed = optional_pair(rng, rows, ["Transaction ID"], tid, 0.15)
    rows.append(("pair", "Debited from", "XXXXXXXX" + digits(rng, 4)))
    utr = digits(rng, 12)
    utr_printed = status != "failed" and optional_pair(rng, rows, ["UTR", "UTR No."], utr, 0.2)
    if status == "failed":
        rows.append(("small", "Money debited will be refunded within 3-5 working days"))
    rows += [("rule",), ("center", "Powered by UPI  |  Contact PhonePe Support")]
    txn = utr if utr_printed else tid if tid_printed else None
    return (
        rows,
        _truth(payee, amount, "INR", txn, when if date_printed else None, "UPI", status),
        dict(SCREEN, band=rng.choice([(95, 37, 159), (103, 58, 183)])),
    )


@_clear_band
def gpay_screen(rng: random.Random, font: str):
    """A Google Pay-style payment detail: big amount first, To / From, UPI transaction ID and Google transaction ID."""
    payee = _upi_payee(rng)
    when = day(rng)
    amount = round(rng.uniform(10, 9000), rng.choice([0, 2]))
    status, words = _outcome(
        rng,
        {
            "success": ["Completed", "Payment successful"],
            "failed": ["Failed", "Payment failed"],
            "pending": ["Pending", "Processing"],
        },
        0.05,
    )
    mark = rupee(font)
    rows = [
        ("title", "To " + payee),
        ("small", "Banking name: " + payee.upper()),
        ("gap",),
        ("big", mark + money(amount, "indian" if amount >= 1000 else "plain")),
    ]
    if words:
        rows.append(("center", words))
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            ("center", date_text(when, rng.choice(["{d} %b %Y", "%d %b %Y"])) + ", " + clock(rng, True))
        )
    rows += [
        ("rule",),
        (
            "pair",
            "From",
            rng.choice(["HDFC Bank", "State Bank of India", "ICICI Bank"]) + " ••••" + digits(rng, 4),
        ),
        ("pair", "To", payee.split()[0].lower() + digits(rng, 2) + "@okicici"),
    ]
    upi = digits(rng, 12)
    upi_printed = status != "failed" and optional_pair(rng, rows, ["UPI transaction ID"], upi, 0.2)
    gid = "CICAgO" + code(rng, 10, ALNUM) + code(rng, 4, "abcdefghijkmnpqrstuvwxyz")
    gid_printed = optional_pair(rng, rows, ["Google transaction ID"], gid, 0.3)
    rows.append(("small", "Having issues? Call 1800 419 0157"))
    txn = upi if upi_printed else gid if gid_printed else None
    return (
        rows,
        _truth(payee, amount, "INR", txn, when if date_printed else None, "UPI", status),
        dict(SCREEN, band=(255, 255, 255), band_ink=(32, 33, 36), paper=(255, 255, 255)),
    )


@_clear_band
def paytm_screen(rng: random.Random, font: str):
    """A Paytm-style payment screen: UPI or Paytm Wallet, payee mobile number, UPI Ref No, Order ID, cashback decoy."""
    payee = _upi_payee(rng)
    when = day(rng)
    amount = round(rng.uniform(15, 7000), rng.choice([0, 2]))
    status, words = _outcome(rng, PAYTM_WORDS, 0.1)
    mark = rupee(font)
    wallet = rng.random() < 0.3
    rows = [("title", "paytm"), ("gap",)]
    if words:
        rows.append(("center", words + (" to" if status == "success" else "")))
    rows += [("center", payee), ("small", "+91 " + phone(rng)), ("big", mark + " " + money(amount, "indian"))]
    if status == "success" and shown(rng, 0.5):
        rows.append(("center", "You won " + mark + str(rng.randint(1, 50)) + " Cashback"))
    date_printed = shown(rng, 0.25)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Date & Time", "Paid on"]),
                date_text(when, rng.choice(IN_DATES + ["%d %b %Y"])) + ", " + clock(rng, True),
            )
        )
    rows.append(
        (
            "pair",
            "Paid from",
            "Paytm Wallet"
            if wallet
            else rng.choice(["Kotak Bank", "SBI", "Axis Bank"]) + " - " + digits(rng, 4),
        )
    )
    ref = digits(rng, 12)
    ref_printed = (
        not wallet
        and status != "failed"
        and optional_pair(rng, rows, ["UPI Ref No", "UPI Reference No"], ref, 0.2)
    )
    wtx = digits(rng, 11)
    wtx_printed = wallet and status != "failed" and optional_pair(rng, rows, ["Wallet Txn ID"], wtx, 0.2)
    order = digits(rng, 14)
    order_printed = optional_pair(rng, rows, ["Order ID"], order, 0.4)
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Wallet Balance" if wallet else "Avl Bal",
                mark + " " + money(round(rng.uniform(50, 40000), 2), "indian"),
            )
        )
    rows.append(("small", "24x7 Help: 0120 4456 456"))
    txn = ref if ref_printed else wtx if wtx_printed else order if order_printed else None
    return (
        rows,
        _truth(
            payee, amount, "INR", txn, when if date_printed else None, "wallet" if wallet else "UPI", status
        ),
        dict(SCREEN, band=(0, 46, 110)),
    )


@_clear_band
def card_email_receipt(rng: random.Random, font: str):
    """A card-reader e-mail receipt (Square / SumUp / Stripe style): items, tax, tip, card, receipt number, auth code."""
    currency = rng.choice(["USD", "USD", "EUR", "GBP"])
    shop = rng.choice(
        {
            "USD": ["Blue Bottle Kiosk", "Mission Cycles", "Lotus Yoga Studio", "Corner Slice Pizza"],
            "EUR": ["Café Central", "Bloemen de Vries", "Barberia Lopez"],
            "GBP": ["Dough & Co Bakery", "Hackney Flowers", "The Fix Bike Repair"],
        }[currency]
    )
    when = day(rng)
    rows = [
        ("title", shop),
        ("center", rng.choice(["Your receipt", "Receipt from " + shop, "Thanks for your purchase!"])),
        ("gap",),
    ]
    subtotal = _item_rows(
        rng, rows, CARD_MENU, 2, 1.0, currency, font, lambda item, qty: f"{item} × {qty}" if qty > 1 else item
    )
    rows.append(("pair", "Subtotal", _shown_in(subtotal, currency, font)))
    tax = round(subtotal * 0.0875, 2) if currency == "USD" else 0.0
    if tax:
        rows.append(("pair", "Sales Tax", _shown_in(tax, currency, font)))
    tip = (
        rng.choice([0.0, round(subtotal * 0.18, 2), round(subtotal * 0.2, 2)])
        if currency == "USD"
        else rng.choice([0.0, 0.0, 2.0])
    )
    if tip:
        rows.append(("pair", "Tip", _shown_in(tip, currency, font)))
    total = round(subtotal + tax + tip, 2)
    rows.append(
        ("pair", rng.choice(["Total", "Amount paid", "Total charged"]), _shown_in(total, currency, font))
    )
    if currency != "USD" and shown(rng, 0.5):
        vat = round(total - total / 1.2, 2) if currency == "GBP" else round(total - total / 1.19, 2)
        rows.append(
            ("pair", "incl. VAT" if currency == "GBP" else "inkl. MwSt.", _shown_in(vat, currency, font))
        )
    wallet = rng.random() < 0.3
    pay = (
        (rng.choice(["Apple Pay", "Google Pay"]) + " (Visa •••• " + digits(rng, 4) + ")")
        if wallet
        else (rng.choice(["Visa", "Mastercard", "Amex", "Discover"]) + " •••• " + digits(rng, 4))
    )
    rows.append(("pair", rng.choice(["Card", "Payment", "Paid with"]), pay))
    auth = digits(rng, 6)
    auth_printed = optional_pair(rng, rows, ["Auth code", "Authorization"], auth, 0.5)
    receipt = "#" + code(rng, 4, ALNUM) if rng.random() < 0.5 else digits(rng, 4) + "-" + digits(rng, 4)
    receipt_printed = optional_pair(rng, rows, ["Receipt", "Receipt number"], receipt, 0.3)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "left",
                date_text(when, rng.choice(LONG_DATES[currency])) + " at " + clock(rng, currency == "USD"),
            )
        )
    rows.append(("small", shop + " · " + _tel(rng, currency)))
    rows.append(("small", rng.choice(["Powered by Square", "Powered by SumUp", "Powered by Stripe"])))
    txn = auth if auth_printed else receipt if receipt_printed else None
    return (
        rows,
        _truth(
            shop, total, currency, txn, when if date_printed else None, "wallet" if wallet else "card", None
        ),
        dict(SCREEN, width=600, paper=(255, 255, 255), band=(245, 245, 245), band_ink=(20, 20, 20)),
    )


@_clear_band
def app_store_receipt(rng: random.Random, font: str):
    """An app-store / subscription receipt e-mail (Apple, Google Play, Spotify, Netflix): order id, tax, renewal date."""
    currency = rng.choice(["INR", "USD", "EUR", "GBP"])
    store = rng.choice(["Apple", "Google Play", "Spotify", "Netflix"])
    when = day(rng)
    price = {
        "INR": rng.choice([119.0, 199.0, 649.0, 1499.0]),
        "USD": rng.choice([2.99, 9.99, 15.49, 99.99]),
        "EUR": rng.choice([4.99, 10.99, 13.99]),
        "GBP": rng.choice([3.49, 11.99, 17.99]),
    }[currency]
    item = {
        "Apple": rng.choice(["iCloud+ 200 GB (Monthly)", "Apple Music (Monthly)", "Procreate"]),
        "Google Play": rng.choice(["Google One 100 GB", "YouTube Premium", "Clash of Clans: 500 Gems"]),
        "Spotify": "Premium Individual",
        "Netflix": rng.choice(["Standard plan", "Premium plan"]),
    }[store]
    rows = [
        ("title", store),
        ("center", rng.choice(["Your receipt", "Your order receipt", "Payment receipt"])),
        ("gap",),
    ]
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Date", "Order date", "Billed on"]),
                date_text(when, rng.choice(LONG_DATES[currency] + DATES[currency][:1])),
            )
        )
    order = {
        "Apple": "M" + code(rng, 9, UPPER + "0123456789"),
        "Google Play": "GPA."
        + digits(rng, 4)
        + "-"
        + digits(rng, 4)
        + "-"
        + digits(rng, 4)
        + "-"
        + digits(rng, 5),
        "Spotify": digits(rng, 10),
        "Netflix": digits(rng, 12),
    }[store]
    order_printed = optional_pair(rng, rows, ["Order ID", "Order number", "Invoice"], order, 0.3)
    rows += [
        (
            "pair",
            "Account",
            rng.choice(["priya.k", "j.smith", "lukas.m", "emma.w"]) + digits(rng, 2) + "@gmail.com",
        ),
        ("rule",),
        ("pair", item, _shown_in(price, currency, font)),
    ]
    if store in ("Apple", "Google Play") and rng.random() < 0.4:
        rows.append(
            ("small", "Renews " + date_text(when + dt.timedelta(days=30), rng.choice(LONG_DATES[currency])))
        )
    total = price
    if currency == "USD" and rng.random() < 0.5:
        tax = round(price * 0.07, 2)
        total = round(price + tax, 2)
        rows += [
            ("pair", "Subtotal", _shown_in(price, currency, font)),
            ("pair", "Tax", _shown_in(tax, currency, font)),
        ]
    elif currency != "USD":
        vat = round(price - price / {"INR": 1.18, "EUR": 1.19, "GBP": 1.2}[currency], 2)
        rows.append(
            (
                "pair",
                {"INR": "Includes GST", "EUR": "incl. VAT", "GBP": "Includes VAT"}[currency],
                _shown_in(vat, currency, font),
            )
        )
    rows.append(
        ("pair", rng.choice(["Total", "TOTAL", "Amount charged"]), _amount(rng, total, currency, font))
    )
    method = rng.choice(["card", "card", "wallet"] + (["UPI"] if currency == "INR" else []))
    pay = {
        "card": rng.choice(["Visa", "Mastercard", "RuPay" if currency == "INR" else "Amex"])
        + " ···· "
        + digits(rng, 4),
        "wallet": "PayPal",
        "UPI": "UPI: " + rng.choice(["priya", "rahul", "anita"]) + digits(rng, 2) + "@okhdfcbank",
    }[method]
    rows += [("pair", rng.choice(["Payment method", "Billed to"]), pay), ("gap",)]
    rows.append(
        (
            "small",
            {
                "Apple": "Apple Distribution International Ltd.",
                "Google Play": "Google LLC, 1600 Amphitheatre Pkwy",
                "Spotify": "Spotify AB, Regeringsgatan 19",
                "Netflix": "Netflix, Inc.",
            }[store],
        )
    )
    return (
        rows,
        _truth(
            store,
            total,
            currency,
            order if order_printed else None,
            when if date_printed else None,
            method,
            None,
        ),
        dict(SCREEN, width=600, paper=(255, 255, 255), band=(248, 248, 248), band_ink=(20, 20, 20)),
    )


@_clear_band
def ride_receipt(rng: random.Random, font: str):
    """A ride-hailing trip receipt (Uber, Ola, Lyft, Bolt): fare breakdown, promo, tip, distance, duration, trip id."""
    currency = rng.choice(["INR", "USD", "EUR", "GBP"])
    brand = {
        "INR": rng.choice(["Uber", "Ola", "Rapido"]),
        "USD": rng.choice(["Uber", "Lyft"]),
        "EUR": rng.choice(["Uber", "Bolt", "FREENOW"]),
        "GBP": rng.choice(["Uber", "Bolt"]),
    }[currency]
    when = day(rng)
    fare = round(rng.uniform(90, 900) if currency == "INR" else rng.uniform(7, 60), 2)
    rows = [
        ("title", brand),
        (
            "center",
            rng.choice(["Thanks for riding, ", "Here's your receipt, "])
            + rng.choice(["Priya", "Sam", "Lena", "Tom"]),
        ),
    ]
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "center",
                rng.choice(["Trip on ", "Ride on ", ""]) + date_text(when, rng.choice(LONG_DATES[currency])),
            )
        )
    rows += [("gap",), ("pair", "Trip fare", _shown_in(fare, currency, font))]
    total = fare
    fee = round(fare * 0.08, 2) if rng.random() < 0.5 else 0.0
    if fee:
        rows.append(("pair", rng.choice(["Booking fee", "Service fee"]), _shown_in(fee, currency, font)))
        total += fee
    if rng.random() < 0.35:
        promo = round(fare * 0.2, 2)
        rows.append(("pair", "Promotion", "-" + _shown_in(promo, currency, font)))
        total -= promo
    if currency != "INR" and rng.random() < 0.4:
        tip = rng.choice([1.0, 2.0, 3.0, 5.0])
        rows.append(("pair", "Tip", _shown_in(tip, currency, font)))
        total += tip
    total = round(total, 2)
    rows += [
        ("rule",),
        ("pair", rng.choice(["Total", "Amount paid", "Total fare"]), _amount(rng, total, currency, font)),
        ("pair", "Distance", f"{rng.uniform(1.5, 28):.1f} " + ("mi" if currency == "USD" else "km")),
        ("pair", "Duration", f"{rng.randint(6, 70)} min"),
    ]
    method = rng.choice(["card", "cash", "wallet"] + (["UPI"] if currency == "INR" else ["card"]))
    pay = {
        "card": rng.choice(["Visa", "Mastercard"]) + " ••••" + digits(rng, 4),
        "cash": "Cash",
        "wallet": rng.choice(
            ["Paytm Wallet", "Amazon Pay"] if currency == "INR" else ["PayPal", "Apple Pay", "Google Pay"]
        ),
        "UPI": "UPI",
    }[method]
    rows.append(("pair", rng.choice(["Paid with", "Payment"]), pay))
    trip = {"Ola": "CRN" + digits(rng, 10), "Rapido": "RD" + digits(rng, 14)}.get(
        brand, code(rng, 8, "0123456789abcdef") + "-" + code(rng, 4, "0123456789abcdef")
    )
    trip_printed = optional_pair(rng, rows, ["Trip ID", "Ride ID", "Booking ID"], trip, 0.4)
    rows += [
        (
            "left",
            "Pickup  "
            + rng.choice(["MG Road Metro", "Union Square", "Alexanderplatz", "King's Cross"])
            + "  "
            + clock(rng, currency == "USD"),
        ),
        (
            "small",
            "Driver: "
            + rng.choice(["Ravi", "Carlos", "Ahmed", "Marek"])
            + "  Vehicle "
            + code(rng, 2, UPPER)
            + digits(rng, 2)
            + code(rng, 2, UPPER)
            + digits(rng, 4),
        ),
    ]
    return (
        rows,
        _truth(
            brand,
            total,
            currency,
            trip if trip_printed else None,
            when if date_printed else None,
            method,
            None,
        ),
        dict(SCREEN, width=580, paper=(255, 255, 255), band=(0, 0, 0)),
    )


@_clear_band
def food_delivery_receipt(rng: random.Random, font: str):
    """A food-delivery order receipt (Swiggy, Zomato, DoorDash, Deliveroo, Lieferando): item total, fees, tip, order id."""
    currency = rng.choice(["INR", "INR", "USD", "EUR", "GBP"])
    brand = {
        "INR": rng.choice(["Swiggy", "Zomato"]),
        "USD": rng.choice(["DoorDash", "Uber Eats"]),
        "EUR": rng.choice(["Lieferando", "Wolt"]),
        "GBP": rng.choice(["Deliveroo", "Just Eat"]),
    }[currency]
    restaurant = rng.choice(["Meghana Foods", "Burger Barn", "Pizza Napoli", "Wok Express", "Biryani Blues"])
    when = day(rng)
    scale = 1.0 if currency == "INR" else 0.05
    rows = [("title", brand), ("center", "Order from " + restaurant), ("gap",)]
    item_total = _item_rows(
        rng, rows, FOOD_MENU, 3, scale, currency, font, lambda item, qty: f"{qty} x {item}"
    )
    rows.append(("pair", "Item Total", _shown_in(item_total, currency, font)))
    total = item_total
    for label, value in [
        ("Delivery Fee", round(rng.choice([0, 25, 40]) * scale * (2 if currency != "INR" else 1), 2)),
        ("Platform fee", round(rng.choice([0, 5, 10]) * scale, 2)),
        ("Taxes & Charges" if currency == "INR" else "Service fee", round(item_total * 0.05, 2)),
    ]:
        if value:
            rows.append(("pair", label, _shown_in(value, currency, font)))
            total += value
    if rng.random() < 0.4:
        off = round(item_total * 0.15, 2)
        rows.append(("pair", "Discount", "-" + _shown_in(off, currency, font)))
        total -= off
    if rng.random() < 0.3:
        tip = round(rng.choice([20, 30, 50]) * scale, 2)
        rows.append(
            (
                "pair",
                "Delivery partner tip" if currency == "INR" else "Rider tip",
                _shown_in(tip, currency, font),
            )
        )
        total += tip
    total = round(total, 2)
    rows += [
        ("rule",),
        (
            "pair",
            rng.choice(["Grand Total", "Total paid", "Order Total", "Bill Total"]),
            _amount(rng, total, currency, font),
        ),
    ]
    method = rng.choice(
        ["UPI", "card", "wallet", "cash"] if currency == "INR" else ["card", "card", "wallet"]
    )
    pay = {
        "UPI": "UPI",
        "card": rng.choice(["Visa", "Mastercard"]) + " ending " + digits(rng, 4),
        "cash": "Cash on Delivery",
        "wallet": rng.choice(
            ["Amazon Pay", "Paytm Wallet"] if currency == "INR" else ["PayPal", "Apple Pay"]
        ),
    }[method]
    rows.append(("pair", rng.choice(["Paid via", "Payment method"]), pay))
    order = digits(rng, rng.choice([11, 12, 15]))
    order_printed = optional_pair(rng, rows, ["Order ID", "Order #", "Order No"], order, 0.2)
    date_printed = shown(rng, 0.25)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Ordered on", "Order placed", "Date"]),
                date_text(when, rng.choice(DATES[currency])) + " " + clock(rng, currency != "EUR"),
            )
        )
    rows.append(
        (
            "small",
            "Delivered to "
            + rng.choice(["Flat 402, Koramangala", "221 Oak St", "Hauptstr. 5", "12 Elm Road"])
            + "  Ph "
            + phone(rng),
        )
    )
    return (
        rows,
        _truth(
            brand,
            total,
            currency,
            order if order_printed else None,
            when if date_printed else None,
            method,
            None,
        ),
        dict(
            SCREEN,
            width=600,
            paper=(255, 255, 255),
            band=rng.choice([(252, 128, 25), (226, 55, 68), (0, 204, 188), (255, 48, 8)]),
        ),
    )


@_clear_band
def neobank_transfer(rng: random.Random, font: str):
    """A neobank transfer confirmation (Revolut, Wise, N26, Monzo): amount sent, fee, total, recipient gets, rate."""
    currency = rng.choice(["EUR", "GBP", "USD"])
    bank = rng.choice(
        ["Revolut", "Wise", "N26", "Monzo"] if currency == "GBP" else ["Revolut", "Wise", "N26"]
    )
    payee = rng.choice(
        ["Anna Müller", "James O'Connor", "Lucía Fernández", "Landlord - K. Patel", "Priya Nair"]
    )
    when = day(rng)
    sent = round(rng.uniform(20, 2500), 2)
    fee = rng.choice([0.0, 0.0, round(sent * 0.0045 + 0.3, 2)])
    total = round(sent + fee, 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Transfer complete", "Money sent", "Completed"],
            "failed": ["Transfer failed", "Declined"],
            "pending": ["Processing", "Transfer scheduled"],
        },
        0.1,
    )
    rows = [("title", bank)]
    if words:
        rows.append(("center", words))
    rows += [
        ("center", "To " + payee),
        ("big", _shown_in(total if fee and bank == "Wise" else sent, currency, font)),
        ("gap",),
        ("pair", rng.choice(["You sent", "Amount"]), _iso(sent, currency)),
    ]
    if fee:
        rows += [
            ("pair", rng.choice(["Fee", "Our fee", "Transfer fee"]), _iso(fee, currency)),
            ("pair", "Total", _iso(total, currency)),
        ]
    target = rng.choice([c for c in ["EUR", "GBP", "USD", "INR"] if c != currency])
    if rng.random() < 0.5:
        rate = {"EUR": 1.08, "GBP": 1.27, "USD": 1.0}[currency] / {
            "EUR": 1.08,
            "GBP": 1.27,
            "USD": 1.0,
            "INR": 0.012,
        }[target]
        rows += [
            ("pair", "Exchange rate", f"1 {currency} = {rate:.4f} {target}"),
            ("pair", "Recipient gets", _iso(round(sent * rate, 2), target)),
        ]
    rows.append(
        ("pair", "Reference", rng.choice(["Rent", "Dinner split", "Invoice " + digits(rng, 4), "Deposit"]))
    )
    rows.append(
        (
            "pair",
            "IBAN" if currency == "EUR" else "Account",
            "DE" + digits(rng, 2) + " " + digits(rng, 4) + " **** " + digits(rng, 4)
            if currency == "EUR"
            else digits(rng, 2) + "-" + digits(rng, 2) + "-" + digits(rng, 2) + " " + digits(rng, 8),
        )
    )
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Date", "Sent on", "Completed on"]),
                date_text(when, rng.choice(DATES[currency] + LONG_DATES[currency]))
                + ", "
                + clock(rng, currency == "USD"),
            )
        )
    ref = {
        "Wise": digits(rng, 9),
        "Revolut": code(rng, 8, "0123456789abcdef") + "-" + code(rng, 4, "0123456789abcdef"),
        "N26": code(rng, 6, ALNUM) + digits(rng, 6),
        "Monzo": "tx_" + code(rng, 16, ALNUM),
    }[bank]
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["Transfer #" if bank == "Wise" else "Transaction ID", "Reference number"], ref, 0.3
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Balance", _shown_in(round(rng.uniform(50, 8000), 2), currency, font)))
    rows.append(("small", "Questions? Chat with us in the app"))
    txn, paid = (ref if ref_printed else None), (when if date_printed else None)
    return (
        rows,
        _truth(payee, total, currency, txn, paid, "netbanking", status),
        dict(
            SCREEN,
            band={
                "Revolut": (0, 0, 0),
                "Wise": (159, 232, 112),
                "N26": (54, 161, 139),
                "Monzo": (20, 35, 60),
            }[bank],
            band_ink=(255, 255, 255) if bank != "Wise" else (20, 20, 20),
        ),
    )


@_clear_band
def paypal_venmo(rng: random.Random, font: str):
    """A PayPal payment e-mail or Venmo payment detail: Transaction ID, funding source, status word, seller note."""
    venmo = rng.random() < 0.35
    currency = "USD" if venmo else rng.choice(["USD", "EUR", "GBP"])
    payee = rng.choice(
        [
            "Etsy seller VintageHive",
            "Ray's Guitar Lessons",
            "Green Leaf Landscaping",
            "@Maria-Lopez-7",
            "Kettle & Crumb",
        ]
        if venmo
        else [
            "VintageHive Shop",
            "Ray's Guitar Lessons",
            "Pixel Print Studio",
            "Le Petit Marché",
            "Northern Knits Ltd",
        ]
    )
    when = day(rng)
    subtotal = round(rng.uniform(5, 400), 2)
    shipping = rng.choice([0.0, 0.0, 4.99, 7.5]) if not venmo else 0.0
    total = round(subtotal + shipping, 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Completed", "Payment sent", "Complete"],
            "pending": ["Pending"],
            "failed": ["Failed", "Payment declined"],
        },
        0.2,
    )
    rows = [("title", "Venmo" if venmo else "PayPal")]
    rows.append(
        (
            "center",
            ("You paid " + payee)
            if venmo
            else ("You sent " + _shown_in(total, currency, font) + " " + currency + " to " + payee),
        )
    )
    if venmo:
        rows.append(("big", "-" + _shown_in(total, currency, font)))
    if words:
        rows.append(("pair", "Status", words))
    rows.append(("gap",))
    if shipping:
        rows += [
            ("pair", "Subtotal", _shown_in(subtotal, currency, font)),
            ("pair", "Shipping", _shown_in(shipping, currency, font)),
        ]
    if not venmo:
        rows.append(("pair", "Total", _shown_in(total, currency, font) + " " + currency))
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Transaction date", "Date"]),
                date_text(when, rng.choice(LONG_DATES[currency])),
            )
        )
    ref = code(rng, 17, UPPER + "0123456789") if not venmo else digits(rng, 19)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["Transaction ID"], ref, 0.2)
    rows.append(
        (
            "pair",
            rng.choice(["Paid with", "Funding source", "Payment method"]),
            rng.choice(
                ["PayPal balance", "Visa x-" + digits(rng, 4), "Bank account x-" + digits(rng, 4)]
                if not venmo
                else ["Venmo balance", "Chase Checking ••" + digits(rng, 4)]
            ),
        )
    )
    if not venmo and shown(rng, 0.5):
        rows.append(("pair", "Invoice ID", "INV-" + digits(rng, 6)))
    rows.append(
        (
            "small",
            ("Note: " + rng.choice(["lesson 3/4", "thanks!", "order 2291"]))
            if venmo
            else "PayPal Purchase Protection may apply.",
        )
    )
    txn, paid = (ref if ref_printed else None), (when if date_printed else None)
    return (
        rows,
        _truth(payee, total, currency, txn, paid, "wallet", status),
        dict(SCREEN, width=600, paper=(255, 255, 255), band=(0, 140, 255) if venmo else (0, 48, 135)),
    )


@_clear_band
def bbps_bill_receipt(rng: random.Random, font: str):
    """A Bharat BillPay electricity / water bill payment acknowledgement: biller, consumer no, bill and due dates, fees."""
    biller = rng.choice(
        [
            "BESCOM",
            "MSEDCL",
            "Tata Power - Delhi",
            "TNPDCL",
            "Delhi Jal Board",
            "BWSSB",
            "Adani Electricity Mumbai",
        ]
    )
    when = day(rng)
    bill = round(rng.uniform(180, 9800), rng.choice([0, 2]))
    fee = rng.choice([0.0, 0.0, 5.0, 10.0])
    total = round(bill + fee, 2)
    status, words = _outcome(rng, BBPS_WORDS, 0.1)
    mark = rupee(font)
    rows = [("title", "Bharat BillPay"), ("center", "Payment Acknowledgement"), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", "Biller Name", biller),
        ("pair", rng.choice(["Consumer Number", "CA Number", "K No"]), digits(rng, rng.choice([10, 12]))),
        ("pair", "Customer Name", rng.choice(["RAMESH KUMAR", "S LAKSHMI", "ANIL D PATIL"])),
        ("pair", "Bill Date", date_text(when - dt.timedelta(days=rng.randint(8, 20)), "%d-%m-%Y")),
        ("pair", "Due Date", date_text(when + dt.timedelta(days=rng.randint(1, 10)), "%d-%m-%Y")),
        ("pair", "Bill Amount", mark + " " + money(bill, "indian")),
    ]
    if fee:
        rows += [
            ("pair", "Customer Convenience Fee", mark + " " + money(fee, "plain")),
            ("pair", "Total Amount", mark + " " + money(total, "indian")),
        ]
    method = rng.choice(["UPI", "netbanking", "card", "wallet"])
    rows.append(
        (
            "pair",
            "Payment Mode",
            {"UPI": "UPI", "netbanking": "Net Banking", "card": "Debit Card", "wallet": "Wallet"}[method],
        )
    )
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Transaction Date & Time", "Payment Date"]),
                date_text(when, rng.choice(IN_DATES)) + " " + clock(rng, False),
            )
        )
    bref = rng.choice(["CC0", "OU0", "PT0"]) + digits(rng, 2) + code(rng, 4, UPPER) + digits(rng, 11)
    bref_printed = optional_pair(
        rng, rows, ["B-Connect Txn ID", "BBPS Transaction ID", "Transaction Ref ID"], bref, 0.2
    )
    utr = digits(rng, 12)
    utr_printed = (
        method == "UPI" and status != "failed" and optional_pair(rng, rows, ["UPI Ref No"], utr, 0.5)
    )
    rows += [
        ("pair", "Mobile No", phone(rng)),
        ("small", "BBPS complaint: 1800 419 1800  |  Agent ID " + code(rng, 4, UPPER) + digits(rng, 6)),
    ]
    truth = _truth(
        biller,
        total,
        "INR",
        utr if utr_printed else bref if bref_printed else None,
        when if date_printed else None,
        method,
        status,
    )
    return rows, truth, dict(SCREEN, band=(0, 83, 159))


@_clear_band
def fuel_slip(rng: random.Random, font: str):
    """A fuel-station slip (IndianOil / BPCL / HP, a US pump, a UK forecourt): volume, rate, pump, vehicle, auth."""
    currency = rng.choice(["INR", "INR", "USD", "GBP", "EUR"])
    station = {
        "INR": rng.choice(["IndianOil - Sai Service Stn", "BPCL - Highway Fuels", "HP - Shree Petroleum"]),
        "USD": rng.choice(["Shell #4471", "Chevron Valley Blvd", "Circle K 2210"]),
        "GBP": rng.choice(["BP Chiswick", "Esso Tesco Express", "Shell Croydon"]),
        "EUR": rng.choice(["Aral Tankstelle", "TotalEnergies Lyon Sud", "Q8 Roma Est"]),
    }[currency]
    when = day(rng)
    rate = {
        "INR": rng.choice([94.72, 102.63, 89.97]),
        "USD": rng.choice([3.459, 3.899, 4.299]),
        "GBP": rng.choice([1.429, 1.519]),
        "EUR": rng.choice([1.749, 1.859]),
    }[currency]
    volume = round(rng.uniform(5, 45) if currency != "USD" else rng.uniform(4, 18), 2)
    amount = round(volume * rate, 2)
    unit = "gal" if currency == "USD" else "L"
    rows = [("title", station), ("small", "Tel " + _tel(rng, currency)), ("rule",)]
    if currency == "INR":
        rows += [
            ("pair", "Bill No", digits(rng, 6)),
            ("pair", "Nozzle", str(rng.randint(1, 8))),
            ("pair", "Product", rng.choice(["PETROL", "DIESEL", "XP95"])),
            ("pair", "Rate (Rs/L)", f"{rate:.2f}"),
            ("pair", "Volume (L)", f"{volume:.2f}"),
            (
                "pair",
                "Vehicle No",
                rng.choice(["MH12", "KA05", "DL3C"]) + code(rng, 2, UPPER) + digits(rng, 4),
            ),
        ]
    else:
        rows += [
            ("pair", "PUMP #" if currency == "USD" else "Pump", str(rng.randint(1, 12))),
            ("pair", rng.choice(["UNLEADED", "Diesel", "Super E10"]), f"{volume:.3f} {unit}"),
            (
                "pair",
                "PRICE/GAL" if currency == "USD" else "Price/L",
                _shown_in(rate, currency, font).replace(f"{rate:.2f}", f"{rate:.3f}"),
            ),
        ]
    status = None
    method = rng.choice(["cash", "card", "UPI"] if currency == "INR" else ["card", "card", "wallet"])
    total_row = (
        "pair",
        rng.choice(["AMOUNT", "TOTAL", "Sale Amt"]),
        (rupee(font) + " " + money(amount, "plain"))
        if currency == "INR"
        else _amount(rng, amount, currency, font),
    )
    rows.append(total_row)
    txn = None
    if method == "cash":
        rows += [
            ("pair", "Mode", "CASH"),
            (
                "pair",
                "Cash Tendered",
                rupee(font) + " " + money(float(round(amount / 100 + 0.5) * 100), "plain"),
            ),
        ]
    elif method == "UPI":
        rows.append(("pair", "Mode", "UPI"))
        if optional_pair(rng, rows, ["UPI Ref", "RRN"], digits(rng, 12), 0.3):
            txn = rows[-1][2]
    else:
        rows.append(
            (
                "pair",
                rng.choice(["VISA", "MASTERCARD", "DEBIT"]) if method == "card" else "APPLE PAY",
                "************" + digits(rng, 4),
            )
        )
        status, words = _outcome(
            rng, {"success": ["APPROVED"], "failed": ["DECLINED"], "pending": ["PRE-AUTH PENDING"]}, 0.3
        )
        if words:
            rows.append(("center", words))
        if status != "failed" and optional_pair(
            rng, rows, ["AUTH #", "AUTH CODE"], code(rng, 6, ALNUM), 0.25
        ):
            txn = rows[-1][2]
    if txn is None and currency == "INR":
        txn = next(row[2] for row in rows if row[0] == "pair" and row[1] == "Bill No")
    if currency == "INR":
        rows += [
            ("left", "Date: " + date_text(when, rng.choice(IN_DATES)) + "  Time: " + clock(rng, False)),
            ("small", "GSTIN 27" + code(rng, 5, UPPER) + digits(rng, 4) + "A1Z" + digits(rng, 1)),
        ]
    else:
        rows += [
            ("left", date_text(when, DATES[currency][0]) + "  " + clock(rng, currency == "USD")),
            ("small", "THANK YOU - PLEASE COME AGAIN"),
        ]
    return (
        rows,
        _truth(station, amount, currency, txn, when, method, status),
        {"width": 400, "size": 18, "paper": (248, 247, 242)},
    )


@_clear_band
def hotel_folio(rng: random.Random, font: str):
    """A hotel guest folio at checkout: nightly charges, taxes, a payment line, zero balance, arrival / departure dates."""
    currency = rng.choice(["INR", "USD", "EUR", "GBP"])
    hotel = {
        "INR": rng.choice(["Lemon Tree Hotel Pune", "Ginger Goa Panjim", "Treebo Trend Sapphire"]),
        "USD": rng.choice(["Hampton Inn Austin", "Holiday Inn Express Denver"]),
        "EUR": rng.choice(["Hotel Adler München", "Ibis Paris Gare du Nord"]),
        "GBP": rng.choice(["Premier Inn Manchester", "The Grand Hotel Brighton"]),
    }[currency]
    nights = rng.randint(1, 4)
    arrive = day(rng)
    depart = arrive + dt.timedelta(days=nights)
    rate = rng.choice([2800.0, 4200.0, 6500.0]) if currency == "INR" else rng.choice([89.0, 129.0, 165.0])
    grouping = "indian" if currency == "INR" else GROUPING[currency]
    rows = [
        ("title", hotel),
        ("center", "GUEST FOLIO"),
        ("rule",),
        ("pair", "Guest", rng.choice(["Mr. A. Verma", "Ms. J. Carter", "Herr T. Becker"])),
        ("pair", "Room", str(rng.randint(101, 812))),
        ("pair", "Arrival", date_text(arrive, DATES[currency][0])),
        ("pair", "Departure", date_text(depart, DATES[currency][0])),
    ]
    folio = digits(rng, 6)
    folio_printed = optional_pair(rng, rows, ["Folio No", "Bill No", "Invoice No"], folio, 0.2)
    rows.append(("rule",))
    total = 0.0
    for night in range(nights):
        rows.append(
            (
                "pair",
                date_text(arrive + dt.timedelta(days=night), "%m/%d" if currency == "USD" else "%d/%m")
                + " Room Charge",
                money(rate, grouping),
            )
        )
        total += rate
    if rng.random() < 0.5:
        extra = round(rng.uniform(300, 2500) if currency == "INR" else rng.uniform(12, 80), 2)
        rows.append(("pair", rng.choice(["Restaurant", "Minibar", "Laundry"]), money(extra, grouping)))
        total += extra
    tax = round(total * {"INR": 0.12, "USD": 0.15, "EUR": 0.07, "GBP": 0.0}[currency], 2)
    if tax:
        rows.append(
            (
                "pair",
                {"INR": "CGST 6% + SGST 6%", "USD": "Occupancy Tax", "EUR": "MwSt. 7%"}[currency],
                money(tax, grouping),
            )
        )
    total = round(total + tax, 2)
    rows.append(("pair", "Total Charges", _shown_in(total, currency, font)))
    method = rng.choice(["card", "card", "cash"] + (["UPI"] if currency == "INR" else []))
    pay = {
        "card": rng.choice(["VISA", "MASTERCARD", "AMEX"]) + " XXXX" + digits(rng, 4),
        "cash": "Cash",
        "UPI": "UPI",
    }[method]
    rows.append(("pair", "Payment " + pay, "-" + money(total, grouping)))
    txn = folio if folio_printed else None
    if method == "card" and optional_pair(rng, rows, ["Auth Code", "Approval"], digits(rng, 6), 0.5):
        txn = rows[-1][2]
    rows.append(("pair", "Balance", money(0.0, grouping)))
    date_printed = shown(rng, 0.35)
    if date_printed:
        rows.append(
            ("pair", rng.choice(["Paid on", "Payment date"]), date_text(depart, rng.choice(DATES[currency])))
        )
    tax_id = {
        "INR": "GSTIN 27" + code(rng, 5, UPPER) + digits(rng, 4) + "B1Z5",
        "USD": "Tax ID " + digits(rng, 2) + "-" + digits(rng, 7),
        "EUR": "USt-IdNr. DE" + digits(rng, 9),
        "GBP": "VAT Reg " + digits(rng, 9),
    }[currency]
    rows.append(("small", "Reservations " + _tel(rng, currency) + "  " + tax_id))
    return (
        rows,
        _truth(hotel, total, currency, txn, depart if date_printed else None, method, None),
        {"width": 560, "size": 19, "paper": (253, 253, 250)},
    )
