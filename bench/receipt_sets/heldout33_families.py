"""The twelve heldout33 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import (
    clock,
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    phone,
    shown,
)
from bench.receipt_sets.heldout18_families import SCREEN, _outcome, _truth
from bench.receipt_sets.heldout26_families import ALNUM, UPPER, _shown_in
from bench.receipt_sets.heldout30_families import DATES, IN_DATES
from bench.receipt_sets.heldout31_families import _clear_band
from bench.receipt_sets.heldout32_families import _gstin

IN_LONG = ["%d %b %Y", "{d} %B %Y", "%d-%b-%y", "%b {d}, %Y"]
DE_MONTHS = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
NL_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def _inr(rng: random.Random, amount: float, font: str) -> str:
    """A rupee amount: the mark (Indian grouping, from heldout26's helper) or "INR " with Indian or plain grouping."""
    if rng.random() < 0.25:
        return "INR " + money(amount, rng.choice(["indian", "indian", "plain"]))
    return _shown_in(amount, "INR", font)


def _iso_or_sign(rng: random.Random, amount: float, currency: str, font: str) -> str:
    """An amount with its sign (mostly) or its ISO code."""
    if rng.random() < 0.2:
        grouping = {"INR": "indian", "USD": "western", "EUR": "european", "GBP": "western"}[currency]
        return currency + " " + money(amount, grouping)
    return _shown_in(amount, currency, font)


def _local_date(rng: random.Random, when: dt.date, language: str) -> str:
    """A date as a German or Dutch page writes it."""
    months = DE_MONTHS if language == "de" else NL_MONTHS
    return rng.choice(
        [
            date_text(when, "%d.%m.%Y") if language == "de" else date_text(when, "%d-%m-%Y"),
            f"{when.day}. {months[when.month - 1]} {when.year}"
            if language == "de"
            else f"{when.day} {months[when.month - 1]} {when.year}",
        ]
    )


# ---------------------------------------------------------------- 1 UPI app screen, amount on top


@_clear_band
def upi_amount_top(rng: random.Random, font: str):
    """A BHIM / Amazon Pay / WhatsApp Pay / CRED UPI screen: the amount first, a status badge under it, the payee with
    its UPI handle, then the UPI transaction id and the app's own id."""
    app = rng.choice(["BHIM", "Amazon Pay", "WhatsApp", "CRED"])
    payee = rng.choice(
        [
            "Shree Ganesh Kirana",
            "Lakshmi Medicals",
            "Balaji Fruits",
            "Mehta Hardware",
            "Cafe Coffee Day",
            "Kumar Auto Works",
        ]
    )
    handle = (
        payee.split()[0].lower()
        + digits(rng, 2)
        + "@"
        + rng.choice(["ybl", "okicici", "oksbi", "axl", "upi"])
    )
    amount = round(rng.choice([rng.uniform(20, 900), rng.uniform(900, 48000)]), rng.choice([0, 2]))
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "Paid", "Money sent"],
            "failed": ["Payment Failed", "Transaction declined"],
            "pending": ["Payment Pending", "Processing"],
        },
        0.1,
    )
    rows = [("title", app), ("gap",), ("big", _inr(rng, amount, font))]
    if words:
        rows.append(("center", "• " + words if rng.random() < 0.5 else "[ " + words + " ]"))
    rows += [("rule",), ("left", "To: " + payee), ("small", handle)]
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(("left", date_text(when, rng.choice(IN_LONG + IN_DATES)) + ", " + clock(rng, True)))
    if shown(rng, 0.4):
        rows.append(("pair", "From", rng.choice(["SBI", "HDFC Bank", "Kotak Bank"]) + " XX" + digits(rng, 4)))
    utr = digits(rng, 12)
    utr_printed = status != "failed" and optional_pair(
        rng, rows, ["UPI Transaction ID", "UPI Ref No", "UTR"], utr, 0.25
    )
    own = (
        {"Amazon Pay": "AP", "WhatsApp": "WA", "CRED": "CR"}[app] + code(rng, 10, ALNUM)
        if app != "BHIM"
        else "BHIM" + digits(rng, 12)
    )
    own_printed = optional_pair(rng, rows, [app + " Transaction ID", "Order ID", "Transaction ID"], own, 0.4)
    if status == "failed":
        rows.append(("small", "Money debited, if any, will be refunded within 5 days"))
    if app == "Amazon Pay" and status == "success" and shown(rng, 0.5):
        rows.append(("small", "You earned " + _inr(rng, 5.0, font) + " cashback"))
    rows.append(("small", "Powered by UPI  |  Help: 1800 " + digits(rng, 3) + " " + digits(rng, 4)))
    txn = utr if utr_printed else own if own_printed else None
    truth = _truth(payee, amount, "INR", txn, when if date_printed else None, "UPI", status)
    band = rng.choice([(0, 102, 82), (35, 47, 62), (18, 140, 126), (20, 20, 20)])
    return rows, truth, dict(SCREEN, band=band)


# ---------------------------------------------------------------- 2 IMPS / NEFT acknowledgement


@_clear_band
def bank_transfer_in(rng: random.Random, font: str):
    """An Indian bank's IMPS / NEFT transfer acknowledgement (net-banking page or app): beneficiary, masked account,
    IFSC, amount, charges, reference / UTR, status, available balance."""
    bank = rng.choice(
        ["State Bank of India", "HDFC Bank", "ICICI Bank", "Punjab National Bank", "Canara Bank"]
    )
    kind = rng.choice(["IMPS", "NEFT"])
    payee = rng.choice(
        ["Ramesh Kumar", "Sunrise Properties", "Anita Desai", "Green Valley School", "Vijay Traders"]
    )
    amount = round(rng.uniform(500, 250000), rng.choice([0, 2]))
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Transaction Successful", "Transfer Successful"],
            "failed": ["Transaction Failed"],
            "pending": ["Transaction Pending", "Transaction under process"],
        },
        0.15,
    )
    rows = [("title", bank), ("center", kind + " Fund Transfer - Acknowledgement"), ("rule",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", "Beneficiary Name", payee),
        ("pair", "Beneficiary A/c", "XXXXXX" + digits(rng, 4)),
        ("pair", "IFSC", code(rng, 4, UPPER) + "0" + digits(rng, 6)),
        ("pair", "Debit A/c", "XXXXXXXX" + digits(rng, 4)),
        ("pair", "Amount", _inr(rng, amount, font)),
    ]
    charge = rng.choice([0.0, 2.95, 5.9, 17.7])
    if charge:
        rows.append(("pair", "Charges (incl. GST)", _inr(rng, charge, font)))
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Transaction Date", "Date & Time", "Value Date"]),
                date_text(when, rng.choice(IN_DATES + IN_LONG)) + " " + clock(rng, False),
            )
        )
    channel_printed = shown(rng, 0.5)
    if channel_printed:
        rows.append(("pair", "Channel", rng.choice(["Internet Banking", "Net Banking"])))
    ref = digits(rng, 12) if kind == "IMPS" else code(rng, 4, UPPER) + "N" + digits(rng, 11)
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["IMPS Ref No", "UTR No", "UTR"] if kind == "IMPS" else ["UTR No", "UTR Number"], ref, 0.2
    )
    seq = digits(rng, 10)
    seq_printed = optional_pair(rng, rows, ["Reference Number", "Transaction ID"], seq, 0.4)
    if status == "success" and shown(rng, 0.5):
        rows.append(("pair", "Available Balance", _inr(rng, round(rng.uniform(1000, 400000), 2), font)))
    rows.append(("small", "Remarks: " + rng.choice(["rent", "fees", "invoice 2291", "advance"])))
    rows.append(("small", "Customer care 1800 " + digits(rng, 3) + " " + digits(rng, 4)))
    txn = ref if ref_printed else seq if seq_printed else None
    method = "netbanking" if channel_printed else None
    truth = _truth(payee, amount, "INR", txn, when if date_printed else None, method, status)
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 3 Indian pharmacy bill

MEDICINES = [
    ("Dolo 650 Tab 15s", 33.6),
    ("Pan 40 Tab 15s", 178.5),
    ("Azithral 500 Tab 5s", 122.4),
    ("Cetzine 10mg 10s", 21.9),
    ("Telma 40 Tab 30s", 254.0),
    ("Volini Gel 30g", 145.0),
    ("ORS Electral 21g", 22.0),
]


def pharmacy_bill_in(rng: random.Random, font: str):
    """An Indian pharmacy bill (Apollo / MedPlus / Wellness Forever style): batch and expiry per item, MRP, discount,
    GSTIN, DL No, Bill No, Net Amount, mode of payment."""
    shop = rng.choice(
        ["Apollo Pharmacy", "MedPlus", "Wellness Forever", "Netmeds Store", "Frank Ross Pharmacy"]
    )
    when = day(rng)
    rows = [
        ("title", shop),
        ("center", rng.choice(["Shop 12, MG Road, Pune", "Jubilee Hills, Hyderabad", "Salt Lake, Kolkata"])),
        ("small", "GSTIN: " + _gstin(rng) + "  DL No: 20B/" + digits(rng, 5)),
        ("small", "Ph: " + phone(rng)),
        ("rule",),
    ]
    bill = rng.choice(["", "CB", "AP"]) + digits(rng, 8)
    bill_printed = optional_pair(rng, rows, ["Bill No", "Invoice No", "Bill No."], bill, 0.15)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            ("pair", "Date", date_text(when, rng.choice(IN_DATES)) + " " + clock(rng, rng.random() < 0.5))
        )
    rows.append(("left", "Patient: " + rng.choice(["Mr. S Iyer", "Mrs. R Gupta", "Walk-in", "A Khan"])))
    rows.append(("rule",))
    gross = 0.0
    for name, mrp in rng.sample(MEDICINES, rng.randint(1, 4)):
        qty = rng.randint(1, 3)
        line = round(mrp * qty, 2)
        gross += line
        expiry = f"{rng.randint(1, 12):02d}/{rng.randint(26, 29)}"
        rows.append(("pair", f"{name} x{qty}", money(line, "indian")))
        rows.append(
            ("small", f"Batch {code(rng, 2, UPPER)}{digits(rng, 5)}  Exp {expiry}  MRP {money(mrp, 'plain')}")
        )
    gross = round(gross, 2)
    discount = round(gross * rng.choice([0.0, 0.1, 0.15, 0.2]), 2)
    net = round(gross - discount, 0) if rng.random() < 0.5 else round(gross - discount, 2)
    rows += [("rule",), ("pair", "Gross Amount", money(gross, "indian"))]
    if discount:
        rows.append(("pair", rng.choice(["Discount", "Less Discount"]), money(discount, "indian")))
        rows.append(("small", "You saved " + _inr(rng, discount, font) + " on this bill"))
    if net != round(gross - discount, 2):
        rows.append(("pair", "Round Off", money(round(net - (gross - discount), 2), "plain")))
    rows.append(("pair", rng.choice(["Net Amount", "Net Payable", "Total Amount"]), _inr(rng, net, font)))
    rows.append(("small", "Incl. GST 12%: " + money(round(net - net / 1.12, 2), "indian")))
    mode, method = rng.choice(
        [("Cash", "cash"), ("Card", "card"), ("UPI", "UPI"), ("Paytm", "wallet"), ("Credit Card", "card")]
    )
    method_printed = shown(rng, 0.2)
    if method_printed:
        rows.append(("pair", rng.choice(["Mode of Payment", "Paid by", "Payment"]), mode))
    rows.append(("small", "Get well soon! Goods once sold will not be taken back."))
    truth = _truth(
        shop,
        net,
        "INR",
        bill if bill_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 560, "size": 18}


# ---------------------------------------------------------------- 4 quick-commerce order summary

GROCERIES = [
    ("Amul Taaza Milk 1 L", 68.0, 70.0),
    ("Aashirvaad Atta 5 kg", 245.0, 289.0),
    ("Onion 1 kg", 42.0, 55.0),
    ("Lays Magic Masala 52 g", 20.0, 20.0),
    ("Surf Excel Matic 1 kg", 215.0, 245.0),
    ("Britannia Bread 400 g", 50.0, 50.0),
    ("Banana Robusta 6 pcs", 49.0, 62.0),
]


@_clear_band
def quick_commerce_order(rng: random.Random, font: str):
    """A Blinkit / Zepto / Swiggy Instamart order summary: items with MRP struck, item total, savings, delivery,
    handling and small-cart fees, tip, Bill Total / Grand Total, Order ID, payment."""
    shop = rng.choice(["Blinkit", "Zepto", "Swiggy Instamart", "BigBasket BB Now"])
    when = day(rng)
    rows = [
        ("title", shop),
        ("center", rng.choice(["Order Summary", "Order details", "Your order"])),
        ("gap",),
    ]
    status, words = _outcome(
        rng, {"success": ["Delivered"], "failed": ["Payment Failed"], "pending": ["Payment Pending"]}, 0.3
    )
    if words:
        rows.append(("center", words))
    if status == "success":
        status = None  # "Delivered" is a delivery state, not a payment outcome
    total_mrp, items = 0.0, 0.0
    for name, price, mrp in rng.sample(GROCERIES, rng.randint(2, 4)):
        qty = rng.randint(1, 2)
        items += price * qty
        total_mrp += mrp * qty
        rows.append(("pair", f"{name} x {qty}", _inr(rng, price * qty, font)))
    items, total_mrp = round(items, 2), round(total_mrp, 2)
    delivery = rng.choice([0.0, 15.0, 25.0, 30.0])
    handling = rng.choice([2.0, 4.0, 5.99, 9.0])
    tip = rng.choice([0.0, 0.0, 10.0, 20.0])
    coupon = rng.choice([0.0, 0.0, 25.0, 50.0])
    total = round(items + delivery + handling + tip - coupon, 2)
    rows += [("rule",), ("pair", "Item Total", _inr(rng, items, font))]
    rows.append(("pair", "Delivery Fee", "FREE" if not delivery else _inr(rng, delivery, font)))
    rows.append(("pair", rng.choice(["Handling Charge", "Handling Fee"]), _inr(rng, handling, font)))
    if tip:
        rows.append(("pair", "Delivery Partner Tip", _inr(rng, tip, font)))
    if coupon:
        rows.append(("pair", "Coupon Discount", "-" + _inr(rng, coupon, font)))
    rows.append(("pair", rng.choice(["Bill Total", "Grand Total", "To Pay"]), _inr(rng, total, font)))
    if total_mrp > items:
        rows.append(("small", "Your total savings " + _inr(rng, round(total_mrp - items + coupon, 2), font)))
    order = (
        (rng.choice(["", "ORD"]) + digits(rng, 14))
        if shop != "Zepto"
        else code(rng, 4, UPPER) + digits(rng, 8)
    )
    order_printed = optional_pair(rng, rows, ["Order ID", "Order id", "Order No"], order, 0.15)
    mode, method = rng.choice(
        [("UPI", "UPI"), ("Cash on Delivery", "cash"), ("Credit Card", "card"), ("Paytm Wallet", "wallet")]
    )
    method_printed = shown(rng, 0.25)
    if method_printed:
        rows.append(("pair", rng.choice(["Payment", "Paid via", "Payment method"]), mode))
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Order placed", "Placed on"]),
                date_text(when, rng.choice(IN_LONG + IN_DATES)) + ", " + clock(rng, True),
            )
        )
    rows.append(
        (
            "small",
            "Deliver to: Flat "
            + digits(rng, 3)
            + ", "
            + rng.choice(["Koramangala", "Andheri W", "Sector 62"]),
        )
    )
    rows.append(("small", "Customer ph " + phone(rng)))
    truth = _truth(
        shop,
        total,
        "INR",
        order if order_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return (
        rows,
        truth,
        dict(SCREEN, band=rng.choice([(248, 203, 70), (90, 30, 140), (252, 128, 25)]), band_ink=(20, 20, 20)),
    )


# ---------------------------------------------------------------- 5 Ola / Rapido ride receipt


def ride_receipt_in(rng: random.Random, font: str):
    """An Ola / Rapido / Uber India / BluSmart ride receipt in rupees: ride fare, taxes, toll, discount, Total,
    CRN / Ride ID, distance, payment."""
    brand = rng.choice(["Ola", "Rapido", "Uber", "BluSmart"])
    when = day(rng)
    vehicle = rng.choice(["Auto", "Bike", "Mini", "Prime Sedan", "Cab Economy"])
    fare = round(rng.uniform(38, 780), rng.choice([0, 2]))
    tax = round(fare * 0.05, 2)
    toll = rng.choice([0.0, 0.0, 45.0, 75.0])
    discount = rng.choice([0.0, 0.0, 20.0, round(fare * 0.1, 0)])
    total = round(fare + tax + toll - discount, 2)
    rows = [
        ("title", brand),
        ("center", rng.choice(["Ride receipt", "Thanks for riding with " + brand, "Invoice"])),
        ("rule",),
    ]
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(("left", date_text(when, rng.choice(IN_LONG + IN_DATES)) + " · " + clock(rng, True)))
    rows.append(("big", _inr(rng, total, font)))
    rows += [
        (
            "left",
            vehicle
            + " · "
            + str(round(rng.uniform(1.5, 38), 1))
            + " km · "
            + str(rng.randint(6, 95))
            + " min",
        ),
        ("small", "Pickup: " + rng.choice(["HSR Layout", "Baner Road", "Gachibowli", "Salt Lake Sec V"])),
        ("small", "Drop: " + rng.choice(["Airport T2", "Whitefield", "Hitech City", "Howrah Stn"])),
        ("rule",),
        ("pair", "Ride Fare", _inr(rng, fare, font)),
        ("pair", "Taxes (GST 5%)", _inr(rng, tax, font)),
    ]
    if toll:
        rows.append(("pair", "Toll / Parking", _inr(rng, toll, font)))
    if discount:
        rows.append(("pair", rng.choice(["Discount", "Promo applied"]), "-" + _inr(rng, discount, font)))
    rows.append(("pair", rng.choice(["Total", "Total Bill", "Amount Paid"]), _inr(rng, total, font)))
    mode, method = rng.choice(
        [
            ("Cash", "cash"),
            ("UPI", "UPI"),
            ("Ola Money", "wallet"),
            ("Paytm UPI", "UPI"),
            ("Visa ••" + digits(rng, 4), "card"),
        ]
    )
    method_printed = shown(rng, 0.15)
    if method_printed:
        rows.append(("pair", rng.choice(["Paid by", "Payment"]), mode))
    ride = (
        ("CRN" + digits(rng, 10))
        if brand == "Ola"
        else ("RD" + digits(rng, 14))
        if brand == "Rapido"
        else code(rng, 8, ALNUM)
    )
    ride_printed = optional_pair(
        rng, rows, ["CRN", "Ride ID", "Booking ID"] if brand == "Ola" else ["Ride ID", "Trip ID"], ride, 0.2
    )
    rows.append(
        (
            "small",
            "Captain: "
            + rng.choice(["Suresh", "Manoj", "Imran", "Ravi"])
            + "  "
            + rng.choice(["KA", "MH", "TS"])
            + digits(rng, 2)
            + code(rng, 2, UPPER)
            + digits(rng, 4),
        )
    )
    truth = _truth(
        brand,
        total,
        "INR",
        ride if ride_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 580, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 6 US coffee shop Square / Toast receipt

COFFEE = [
    ("Latte 16oz", 5.45),
    ("Cold Brew", 4.75),
    ("Cappuccino", 4.95),
    ("Blueberry Muffin", 3.95),
    ("Avocado Toast", 9.5),
    ("Chai Latte", 5.25),
    ("Almond Croissant", 4.5),
]


def coffee_receipt_us(rng: random.Random, font: str):
    """A US coffee-shop receipt printed by Square or Toast: items, Subtotal, Tax, Tip, Total, card and entry mode,
    Auth code, check / order number, a suggested-tip line."""
    shop = rng.choice(
        ["Ritual Coffee Roasters", "Bluebird Cafe", "Daily Grind", "Stumptown Annex", "Java Junction"]
    )
    when = day(rng)
    rows = [
        ("title", shop),
        (
            "center",
            rng.choice(
                ["1428 Valencia St, San Francisco CA", "210 SE 8th Ave, Portland OR", "77 Main St, Austin TX"]
            ),
        ),
        ("center", "(" + digits(rng, 3) + ") " + digits(rng, 3) + "-" + digits(rng, 4)),
        ("rule",),
    ]
    check = str(rng.randint(100, 9999))
    check_printed = optional_pair(rng, rows, ["Order #", "Check #", "Ticket"], check, 0.2)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "left",
                date_text(when, rng.choice(["%m/%d/%y", "%m/%d/%Y", "%b {d}, %Y"])) + " " + clock(rng, True),
            )
        )
    subtotal = 0.0
    for name, price in rng.sample(COFFEE, rng.randint(1, 3)):
        qty = rng.randint(1, 2)
        subtotal += price * qty
        rows.append(("pair", (f"{qty} " if qty > 1 else "") + name, money(price * qty, "western")))
    subtotal = round(subtotal, 2)
    tax = round(subtotal * rng.choice([0.0825, 0.08625, 0.0]), 2)
    tip = rng.choice([0.0, 1.0, round(subtotal * 0.15, 2), round(subtotal * 0.2, 2)])
    total = round(subtotal + tax + tip, 2)
    rows += [("rule",), ("pair", "Subtotal", _iso_or_sign(rng, subtotal, "USD", font))]
    if tax:
        rows.append(("pair", "Tax", _iso_or_sign(rng, tax, "USD", font)))
    rows.append(("pair", "Tip", _iso_or_sign(rng, tip, "USD", font)))
    rows.append(("pair", rng.choice(["Total", "TOTAL", "Amount"]), _iso_or_sign(rng, total, "USD", font)))
    card = rng.choice(["VISA", "MASTERCARD", "AMEX", "DISCOVER"])
    wallet = rng.random() < 0.25
    rows.append(
        (
            "left",
            ("Apple Pay " if wallet else "")
            + card
            + " XXXX"
            + digits(rng, 4)
            + (" (Contactless)" if not wallet else ""),
        )
    )
    status, words = _outcome(
        rng, {"success": ["APPROVED"], "failed": ["DECLINED"], "pending": ["APPROVED"]}, 0.4
    )
    if status == "pending":
        status, words = "success", "APPROVED"
    if words:
        rows.append(("left", words))
    auth = code(rng, 6, "0123456789ABCDEF") if rng.random() < 0.3 else digits(rng, 6)
    auth_printed = status != "failed" and optional_pair(
        rng, rows, ["Auth code", "AUTH", "Approval"], auth, 0.3
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                "Suggested tip: 18% "
                + money(round(subtotal * 0.18, 2), "western")
                + "  20% "
                + money(round(subtotal * 0.2, 2), "western"),
            )
        )
    rows.append(("small", rng.choice(["Powered by Square", "Powered by Toast", "Thank you! Come again"])))
    txn = auth if auth_printed else check if check_printed else None
    truth = _truth(
        shop, total, "USD", txn, when if date_printed else None, "wallet" if wallet else "card", status
    )
    return rows, truth, {"width": 540, "size": 19}


# ---------------------------------------------------------------- 7 US Amazon order invoice


def amazon_us_invoice(rng: random.Random, font: str):
    """An Amazon.com order summary / invoice page: Order #, Order Placed, items, Items Subtotal, Shipping, Total
    before tax, Estimated tax, Grand Total, Visa ending, gift card balance."""
    when = day(rng)
    rows = [
        ("title", "amazon.com"),
        ("center", rng.choice(["Final Details for Order", "Order Summary", "Invoice"])),
        ("rule",),
    ]
    order = "1" + digits(rng, 2) + "-" + digits(rng, 7) + "-" + digits(rng, 7)
    order_printed = optional_pair(
        rng, rows, ["Order #", "Amazon.com order number", "Order Number"], order, 0.1
    )
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            ("pair", "Order Placed", date_text(when, rng.choice(["%B {d}, %Y", "%b {d}, %Y", "%m/%d/%Y"])))
        )
    rows.append(
        ("left", "Shipped on " + date_text(when + dt.timedelta(days=rng.randint(1, 3)), "%B {d}, %Y"))
    )
    items = 0.0
    for name, price in rng.sample(
        [
            ("Anker USB-C Charger 65W", 35.99),
            ("Kindle Paperwhite", 149.99),
            ("Hydro Flask 32 oz", 44.95),
            ("Lodge Cast Iron Skillet", 24.9),
            ("Crayola 64 Crayons", 6.49),
            ("AAA Batteries 24-pack", 15.99),
        ],
        rng.randint(1, 3),
    ):
        qty = rng.randint(1, 2)
        items += price * qty
        rows.append(("pair", f"{qty} of: {name}", "$" + money(price * qty, "western")))
    items = round(items, 2)
    ship = rng.choice([0.0, 5.99, 6.99])
    promo = ship if ship and rng.random() < 0.5 else 0.0
    before = round(items + ship - promo, 2)
    tax = round(before * rng.choice([0.06, 0.0725, 0.0875]), 2)
    gift = rng.choice([0.0, 0.0, 0.0, 10.0])
    total = round(before + tax - gift, 2)
    rows += [
        ("rule",),
        ("pair", "Item(s) Subtotal:", "$" + money(items, "western")),
        ("pair", "Shipping & Handling:", "$" + money(ship, "western")),
    ]
    if promo:
        rows.append(("pair", "Free Shipping:", "-$" + money(promo, "western")))
    rows += [
        ("pair", "Total before tax:", "$" + money(before, "western")),
        ("pair", "Estimated tax to be collected:", "$" + money(tax, "western")),
    ]
    if gift:
        rows.append(("pair", "Gift Card Amount:", "-$" + money(gift, "western")))
    rows.append(("pair", rng.choice(["Grand Total:", "Order Total:"]), _iso_or_sign(rng, total, "USD", font)))
    mode, method = rng.choice(
        [
            ("Visa ending in " + digits(rng, 4), "card"),
            ("Mastercard ending in " + digits(rng, 4), "card"),
            ("Amazon Store Card ending in " + digits(rng, 4), "card"),
        ]
    )
    method_printed = shown(rng, 0.15)
    if method_printed:
        rows.append(("pair", "Payment Method:", mode))
    rows.append(
        (
            "small",
            "Ship to: "
            + rng.choice(
                ["Jane Doe, Columbus OH 43215", "R. Patel, Edison NJ 08817", "M. Chen, Seattle WA 98109"]
            ),
        )
    )
    truth = _truth(
        "Amazon.com",
        total,
        "USD",
        order if order_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 660, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 8 UK Deliveroo / Just Eat order e-mail


def uk_food_order_email(rng: random.Random, font: str):
    """A UK Deliveroo / Just Eat / Uber Eats order confirmation e-mail: restaurant, items, Subtotal, delivery fee,
    service fee, rider tip, voucher, Total, card / Apple Pay / PayPal, order number."""
    app = rng.choice(["Deliveroo", "Just Eat", "Uber Eats"])
    place = rng.choice(["Dishoom", "Honest Burgers", "Wagamama", "Franco Manca", "Tayyabs", "Pho Cafe"])
    when = day(rng)
    rows = [
        ("title", app),
        ("center", rng.choice(["Your order's confirmed", "Thanks for your order!", "Order receipt"])),
        ("left", "From " + place),
        ("rule",),
    ]
    subtotal = 0.0
    for name, price in rng.sample(
        [
            ("Chicken Ruby", 13.5),
            ("Classic Burger", 11.95),
            ("Chicken Katsu Curry", 14.25),
            ("Margherita Pizza", 8.95),
            ("Lamb Chops (4)", 16.0),
            ("Pho Bo", 12.5),
            ("Fries", 3.95),
        ],
        rng.randint(1, 3),
    ):
        qty = rng.randint(1, 2)
        subtotal += price * qty
        rows.append(("pair", f"{qty}x {name}", "£" + money(price * qty, "western")))
    subtotal = round(subtotal, 2)
    delivery = rng.choice([0.0, 1.99, 2.49, 3.49])
    service = round(min(max(subtotal * 0.1, 0.5), 3.99), 2)
    tip = rng.choice([0.0, 0.0, 1.0, 2.0])
    voucher = rng.choice([0.0, 0.0, 5.0])
    total = round(subtotal + delivery + service + tip - voucher, 2)
    rows += [
        ("rule",),
        ("pair", "Subtotal", "£" + money(subtotal, "western")),
        ("pair", "Delivery fee", "£" + money(delivery, "western") if delivery else "Free"),
        ("pair", "Service fee", "£" + money(service, "western")),
    ]
    if tip:
        rows.append(("pair", "Rider tip", "£" + money(tip, "western")))
    if voucher:
        rows.append(("pair", "Voucher", "-£" + money(voucher, "western")))
    rows.append(
        ("pair", rng.choice(["Total", "Total paid", "Order total"]), _iso_or_sign(rng, total, "GBP", font))
    )
    mode, method = rng.choice(
        [
            ("Visa •••• " + digits(rng, 4), "card"),
            ("Mastercard ending " + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
            ("PayPal", "wallet"),
            ("Cash", "cash"),
        ]
    )
    method_printed = shown(rng, 0.2)
    if method_printed:
        rows.append(("pair", rng.choice(["Paid with", "Payment"]), mode))
    order = (
        digits(rng, 9)
        if app == "Just Eat"
        else "#" + digits(rng, 4)
        if app == "Deliveroo"
        else code(rng, 5, UPPER)
    )
    order_printed = optional_pair(rng, rows, ["Order number", "Order", "Order ID"], order, 0.15)
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "left",
                "Ordered "
                + date_text(when, rng.choice(["%d/%m/%Y", "{d} %B %Y", "%d %b %Y"]))
                + " at "
                + clock(rng, False),
            )
        )
    rows.append(
        (
            "small",
            "Delivering to "
            + rng.choice(["E1 6AN", "SW9 8HE", "M14 5TQ", "LS6 2AB"])
            + " · Need help? 020 "
            + digits(rng, 4)
            + " "
            + digits(rng, 4),
        )
    )
    truth = _truth(
        app,
        total,
        "GBP",
        order if order_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 9 euro-area e-commerce order confirmation

EU_LABELS = {
    "de": {
        "head": ["Bestellbestätigung", "Vielen Dank für deine Bestellung"],
        "order": ["Bestellnummer", "Bestell-Nr."],
        "date": ["Bestelldatum", "Bestellt am"],
        "sub": "Zwischensumme",
        "ship": "Versand",
        "total": ["Gesamtsumme", "Gesamt (inkl. MwSt.)", "Summe"],
        "vat": "enthaltene MwSt. 19%",
        "pay": "Zahlungsart",
        "modes": [
            ("PayPal", "wallet"),
            ("Kreditkarte Visa **" + "{d}", "card"),
            ("Mastercard **" + "{d}", "card"),
            ("Lastschrift", "netbanking"),
        ],
        "free": "kostenlos",
        "deliver": "Voraussichtliche Lieferung",
    },
    "nl": {
        "head": ["Bevestiging van je bestelling", "Bedankt voor je bestelling"],
        "order": ["Bestelnummer", "Ordernummer"],
        "date": ["Besteldatum", "Besteld op"],
        "sub": "Subtotaal",
        "ship": "Verzendkosten",
        "total": ["Totaal", "Totaalbedrag", "Totaal (incl. btw)"],
        "vat": "waarvan btw 21%",
        "pay": "Betaalmethode",
        "modes": [
            ("PayPal", "wallet"),
            ("Creditcard Visa **" + "{d}", "card"),
            ("Mastercard **" + "{d}", "card"),
        ],
        "free": "gratis",
        "deliver": "Verwachte levering",
    },
}


def eu_order_confirmation(rng: random.Random, font: str):
    """A Zalando / bol.com / Otto / Coolblue order confirmation in German or Dutch: Bestellnummer / Bestelnummer,
    items, Zwischensumme / Subtotaal, Versand / Verzendkosten, total, VAT share, payment method, delivery date."""
    language = rng.choice(["de", "nl"])
    lab = EU_LABELS[language]
    shop = rng.choice(
        ["Zalando", "Otto", "MediaMarkt"] if language == "de" else ["bol.com", "Coolblue", "Zalando"]
    )
    when = day(rng)
    rows = [("title", shop), ("center", rng.choice(lab["head"])), ("rule",)]
    order = digits(rng, rng.choice([8, 10, 12])) if shop != "bol.com" else "A" + digits(rng, 9)
    order_printed = optional_pair(rng, rows, lab["order"], order, 0.1)
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(("pair", rng.choice(lab["date"]), _local_date(rng, when, language)))
    sub = 0.0
    for name, price in rng.sample(
        [
            ("Nike Air Max SC, 42", 89.95),
            ("Levi's 501 W32/L32", 79.99),
            ("Philips Airfryer XL", 119.0),
            ("JBL Flip 6", 99.0),
            ("Tommy Hilfiger T-Shirt M", 34.95),
            ("Bosch Akkuschrauber", 64.99),
        ],
        rng.randint(1, 2),
    ):
        qty = rng.randint(1, 2)
        sub += price * qty
        rows.append(("pair", f"{qty}x {name}", money(price * qty, "european") + " €"))
    sub = round(sub, 2)
    ship = rng.choice([0.0, 0.0, 3.95, 4.9])
    total = round(sub + ship, 2)
    rows += [
        ("rule",),
        ("pair", lab["sub"], money(sub, "european") + " €"),
        ("pair", lab["ship"], money(ship, "european") + " €" if ship else lab["free"]),
        ("pair", rng.choice(lab["total"]), _iso_or_sign(rng, total, "EUR", font)),
        (
            "small",
            lab["vat"]
            + ": "
            + money(round(total - total / (1.19 if language == "de" else 1.21), 2), "european")
            + " €",
        ),
    ]
    mode, method = rng.choice(lab["modes"])
    mode = mode.replace("{d}", digits(rng, 4))
    method_printed = shown(rng, 0.2)
    if method_printed:
        rows.append(("pair", lab["pay"], mode))
    rows.append(
        (
            "left",
            lab["deliver"] + ": " + _local_date(rng, when + dt.timedelta(days=rng.randint(1, 4)), language),
        )
    )
    rows.append(("small", ("Kundennummer " if language == "de" else "Klantnummer ") + digits(rng, 9)))
    truth = _truth(
        shop,
        total,
        "EUR",
        order if order_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 10 SEPA instant transfer in a bank app


@_clear_band
def sepa_instant_transfer(rng: random.Random, font: str):
    """A German or Dutch bank app's SEPA (instant) transfer confirmation: big amount, status words, recipient and
    IBAN, purpose, execution date, end-to-end / transaction reference, available balance."""
    language = rng.choice(["de", "nl"])
    bank = rng.choice(
        ["Sparkasse", "Deutsche Bank", "ING", "Commerzbank", "N26"]
        if language == "de"
        else ["ING", "Rabobank", "ABN AMRO", "bunq"]
    )
    payee = rng.choice(
        ["Hausverwaltung Meyer GmbH", "Stadtwerke Köln", "Fitnessstudio Aktiv", "Vattenfall"]
        if language == "de"
        else ["Jan de Vries", "Kinderopvang Zonnetje", "Vattenfall", "Woonstichting De Key"]
    )
    amount = round(rng.uniform(5, 3500), 2)
    when = day(rng)
    words_by = {
        "de": {
            "success": ["Echtzeitüberweisung ausgeführt", "Überweisung erfolgreich"],
            "failed": ["Überweisung fehlgeschlagen"],
            "pending": ["Überweisung in Bearbeitung", "Auftrag vorgemerkt"],
        },
        "nl": {
            "success": ["Overboeking geslaagd", "Betaling gelukt"],
            "failed": ["Overboeking mislukt"],
            "pending": ["Overboeking in behandeling"],
        },
    }
    status, words = _outcome(rng, words_by[language], 0.15)
    rows = [("title", bank), ("gap",), ("big", _iso_or_sign(rng, amount, "EUR", font))]
    if words:
        rows.append(("center", words))
    iban = (
        ("DE" if language == "de" else "NL")
        + digits(rng, 2)
        + " "
        + (
            " ".join(digits(rng, 4) for _ in range(4)) + " " + digits(rng, 2)
            if language == "de"
            else code(rng, 4, UPPER) + " " + " ".join(digits(rng, 4) for _ in range(2)) + " " + digits(rng, 2)
        )
    )
    rows += [
        ("rule",),
        ("pair", "Empfänger" if language == "de" else "Naar", payee),
        ("pair", "IBAN", iban),
        (
            "pair",
            "Verwendungszweck" if language == "de" else "Omschrijving",
            rng.choice(
                [
                    "Miete " + str(when.month) + "/" + str(when.year),
                    "Rechnung " + digits(rng, 6),
                    "Abschlag Strom",
                ]
                if language == "de"
                else [
                    "Huur " + str(when.month) + "/" + str(when.year),
                    "Factuur " + digits(rng, 7),
                    "Termijn energie",
                ]
            ),
        ),
    ]
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Ausführungsdatum", "Datum"])
                if language == "de"
                else rng.choice(["Datum", "Uitvoerdatum"]),
                _local_date(rng, when, language),
            )
        )
    ref = code(rng, 2, UPPER) + digits(rng, 14)
    ref_printed = status != "failed" and optional_pair(
        rng,
        rows,
        ["End-to-End-Referenz", "Transaktions-ID"]
        if language == "de"
        else ["Transactiereferentie", "Kenmerk"],
        ref,
        0.3,
    )
    if status == "success" and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Verfügbarer Betrag" if language == "de" else "Beschikbaar saldo",
                money(round(rng.uniform(100, 9000), 2), "european") + " €",
            )
        )
    rows.append(("small", ("Von Konto " if language == "de" else "Van rekening ") + "•••• " + digits(rng, 4)))
    truth = _truth(
        payee, amount, "EUR", ref if ref_printed else None, when if date_printed else None, None, status
    )
    return rows, truth, dict(SCREEN, band=rng.choice([(230, 0, 0), (255, 98, 0), (0, 40, 95), (0, 120, 110)]))


# ---------------------------------------------------------------- 11 hotel / Airbnb payment receipt


def stay_payment_receipt(rng: random.Random, font: str):
    """An Airbnb / Booking.com-paid hotel / hotel folio payment receipt: nights x rate, cleaning and service fees,
    taxes, Total, check-in and check-out dates, confirmation code, card, payment date."""
    currency = rng.choice(["USD", "EUR", "GBP", "INR"])
    brand = rng.choice(["Airbnb", "Airbnb", "Marriott", "Premier Inn", "Taj Hotels", "Hilton"])
    when = day(rng)
    nights = rng.randint(1, 6)
    rate = round(
        {
            "USD": rng.uniform(90, 320),
            "EUR": rng.uniform(70, 240),
            "GBP": rng.uniform(60, 210),
            "INR": rng.uniform(2500, 14000),
        }[currency],
        2,
    )
    stay = round(rate * nights, 2)
    cleaning = round(rate * 0.3, 2) if brand == "Airbnb" else 0.0
    service = round((stay + cleaning) * 0.14, 2) if brand == "Airbnb" else 0.0
    tax = round((stay + cleaning) * {"USD": 0.12, "EUR": 0.07, "GBP": 0.0, "INR": 0.12}[currency], 2)
    total = round(stay + cleaning + service + tax, 2)
    rows = [
        ("title", brand),
        ("center", rng.choice(["Payment receipt", "Your receipt", "Receipt"])),
        ("rule",),
    ]
    check_in = when + dt.timedelta(days=rng.randint(0, 40))
    fmt = rng.choice(DATES[currency])
    rows += [
        ("pair", "Check-in", date_text(check_in, fmt)),
        ("pair", "Check-out", date_text(check_in + dt.timedelta(days=nights), fmt)),
        (
            "pair",
            f"{_shown_in(rate, currency, font)} x {nights} night" + ("s" if nights > 1 else ""),
            _shown_in(stay, currency, font),
        ),
    ]
    if cleaning:
        rows.append(("pair", "Cleaning fee", _shown_in(cleaning, currency, font)))
    if service:
        rows.append(("pair", "Airbnb service fee", _shown_in(service, currency, font)))
    if tax:
        rows.append(
            (
                "pair",
                rng.choice(["Taxes", "Occupancy taxes", "GST 12%" if currency == "INR" else "VAT"]),
                _shown_in(tax, currency, font),
            )
        )
    rows.append(
        (
            "pair",
            rng.choice(["Total", "Total (" + currency + ")", "Amount paid"]),
            _iso_or_sign(rng, total, currency, font),
        )
    )
    code_ = code(rng, 10, UPPER) if brand == "Airbnb" else digits(rng, 9)
    code_printed = optional_pair(
        rng, rows, ["Confirmation code", "Reservation number", "Booking reference"], code_, 0.15
    )
    method_printed = shown(rng, 0.15)
    mode, method = rng.choice(
        [
            ("VISA •••• " + digits(rng, 4), "card"),
            ("Mastercard •••• " + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("Google Pay", "wallet"),
        ]
    )
    if currency == "INR" and rng.random() < 0.4:
        mode, method = "UPI", "UPI"
    date_printed = shown(rng, 0.2)
    if method_printed:
        rows.append(("pair", "Payment", mode))
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Paid on", "Payment date", "Charged"]),
                date_text(when, rng.choice(DATES[currency])),
            )
        )
    rows.append(
        (
            "small",
            rng.choice(["Guest: 2 adults", "Guests: 3", "Room: Deluxe King"])
            + "  ·  "
            + rng.choice(["Listing #" + digits(rng, 8), "Folio " + digits(rng, 6)]),
        )
    )
    truth = _truth(
        brand,
        total,
        currency,
        code_ if code_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 12 Stripe-hosted invoice marked paid


def stripe_invoice_paid(rng: random.Random, font: str):
    """A Stripe-hosted invoice / receipt: "Invoice paid" or "Paid" badge, Invoice number, Receipt number, Date paid,
    Date due, line items, Subtotal, Tax, Total, Amount paid, card brand and last four."""
    currency = rng.choice(["USD", "USD", "EUR", "GBP", "INR"])
    company = rng.choice(
        [
            "Acme Analytics Inc.",
            "Figbird Studio Ltd",
            "Notion Labs",
            "Linear Orbit GmbH",
            "Kiteworks Software Pvt Ltd",
        ]
    )
    when = day(rng)
    rows = [("title", company)]
    words = rng.choice(["Invoice paid", "Paid", ""])
    status = "success" if words else None  # "Invoice paid" / a "Paid" badge
    if words:
        rows.append(("center", words))
    rows.append(("big", _iso_or_sign(rng, 0.0, currency, font)))  # placeholder, replaced below
    rows.append(("rule",))
    invoice = code(rng, 8, "ABCDEF0123456789").upper() + "-" + f"{rng.randint(1, 30):04d}"
    invoice_printed = optional_pair(rng, rows, ["Invoice number", "Invoice #"], invoice, 0.1)
    receipt = f"{rng.randint(1000, 2999)}-{rng.randint(1000, 9999)}"
    receipt_printed = optional_pair(rng, rows, ["Receipt number", "Receipt #"], receipt, 0.5)
    date_printed = shown(rng, 0.15)
    fmt = rng.choice(DATES[currency])
    if date_printed:
        rows.append(("pair", "Date paid", date_text(when, fmt)))
    rows.append(("pair", "Date due", date_text(when + dt.timedelta(days=rng.randint(0, 30)), fmt)))
    sub = 0.0
    for name, price in rng.sample(
        [
            ("Pro plan (monthly)", 49.0),
            ("Seats x 5", 60.0),
            ("Consulting - 3 hrs", 450.0),
            ("API usage overage", 12.4),
        ],
        rng.randint(1, 2),
    ):
        scale = 80.0 if currency == "INR" else 1.0
        sub += price * scale
        rows.append(("pair", name, _shown_in(price * scale, currency, font)))
    sub = round(sub, 2)
    rate = {"USD": 0.0, "EUR": 0.19, "GBP": 0.2, "INR": 0.18}[currency]
    tax = round(sub * rate, 2)
    total = round(sub + tax, 2)
    rows.append(("pair", "Subtotal", _shown_in(sub, currency, font)))
    if tax:
        rows.append(
            (
                "pair",
                {"EUR": "VAT (19%)", "GBP": "VAT (20%)", "INR": "IGST (18%)"}[currency],
                _shown_in(tax, currency, font),
            )
        )
    rows.append(("pair", "Total", _shown_in(total, currency, font)))
    rows.append(("pair", "Amount paid", _iso_or_sign(rng, total, currency, font)))
    rows[[i for i, r in enumerate(rows) if r[0] == "big"][0]] = (
        "big",
        _iso_or_sign(rng, total, currency, font),
    )
    mode, method = rng.choice(
        [
            ("Visa - " + digits(rng, 4), "card"),
            ("Mastercard - " + digits(rng, 4), "card"),
            ("Amex - " + digits(rng, 4), "card"),
            ("Link", "wallet"),
            ("SEPA Direct Debit", "netbanking"),
        ]
    )
    if currency != "EUR" and method == "netbanking":
        mode, method = "Visa - " + digits(rng, 4), "card"
    method_printed = shown(rng, 0.15)
    if method_printed:
        rows.append(("pair", "Payment method", mode))
    rows.append(
        (
            "small",
            "Questions? billing@"
            + company.split()[0].lower()
            + ".com  ·  "
            + {
                "EUR": "VAT DE" + digits(rng, 9),
                "GBP": "VAT GB" + digits(rng, 9),
                "USD": "EIN " + digits(rng, 2) + "-" + digits(rng, 7),
                "INR": "GSTIN " + _gstin(rng),
            }[currency],
        )
    )
    rows.append(("small", "Powered by stripe"))
    txn = receipt if receipt_printed else invoice if invoice_printed else None
    truth = _truth(
        company,
        total,
        currency,
        txn,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}
