"""The twelve heldout55 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the shared value helpers of heldout14 and the pure
page helpers of heldout53 and heldout54 (rupees, cards, stamps, outcomes, later days, money marks, ways to pay) are
reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
Every receipt prints at most one transaction id (a booking's reference or a document's own number; a student,
member, batch, work order, pitch, serial or session number beside it is never the id), at most one date of payment
(the other dates are named for other events: a lesson, visit, game, event, arrival, departure, course start, jump
session, collection, first delivery or next tuning), and names one party that was paid, on top. People's names (a
student, a swimmer's parent, an instructor, a guest, a client) are printed as real pages print them.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import (
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    price,
    shown,
    truth_fields,
)
from bench.receipt_sets.heldout53_families import (
    ALNUM,
    EMAIL,
    PAPER,
    SCREEN,
    UPPER,
    _later,
    _stamp,
)
from bench.receipt_sets.heldout54_families import (
    INDIAN_PEOPLE,
    US_ADDRESSES,
    WESTERN_PEOPLE,
    _grouping,
    _money_of,
    _pay,
    _patterns,
)

MORE_INDIAN = [
    "Kavya Iyer",
    "Siddharth Bose",
    "Nisha Agarwal",
    "Aditya Deshpande",
    "Pooja Nair",
    "Karan Malhotra",
]
MORE_WESTERN = [
    "Olivia Bennett",
    "James O'Connor",
    "Chloe Martin",
    "Daniel Brooks",
    "Hannah Kowalski",
    "Tom Ridley",
]
IRISH_ADDRESSES = ["Unit 4, Sandyford Business Park, Dublin 18", "12 Shop Street, Galway H91 X2Y4"]
UK_TOWNS = ["Leeds LS1 6PU", "Bristol BS1 3XD", "Manchester M4 1HN", "Brighton BN1 4GH", "Newquay TR7 1DU"]


def _irish(fmt, currency: str):
    """Irish euro pages print the euro before the amount with a decimal point (€1,234.50)."""
    if currency != "EUR":
        return fmt, _grouping(currency)
    return (lambda v: "€" + money(v, "western")), "western"


def _person(rng: random.Random, currency: str) -> str:
    """A customer's, student's or guest's name of the page's country."""
    return rng.choice(INDIAN_PEOPLE + MORE_INDIAN if currency == "INR" else WESTERN_PEOPLE + MORE_WESTERN)


def _place(currency: str, rng: random.Random) -> str:
    """An address line under the name on top (a US page's carries its state and ZIP; euro pages are Irish)."""
    return {
        "USD": rng.choice(US_ADDRESSES),
        "GBP": rng.choice(UK_TOWNS),
        "EUR": rng.choice(IRISH_ADDRESSES),
        "INR": rng.choice(
            ["Indiranagar, Bengaluru 560038", "Bandra West, Mumbai 400050", "Sector 29, Gurugram"]
        ),
    }[currency]


def _tax(
    rng: random.Random,
    currency: str,
    base: float,
    grouping: str,
    rows: list[tuple],
    india_rate: float = 0.18,
    euro_rate: float = 0.21,
) -> float:
    """A tax line on ``base`` (GST in India, sales tax in the US, VAT in the UK and the euro area; in a share
    only a VAT-included note, at ``euro_rate`` in the euro area); the tax added to the total."""
    if currency == "INR":
        tax = round(base * india_rate, 2)
        if rng.random() < 0.5:
            rows.append(("pair", f"CGST {india_rate * 50:g}%", money(round(tax / 2, 2), grouping)))
            rows.append(("pair", f"SGST {india_rate * 50:g}%", money(round(tax / 2, 2), grouping)))
        else:
            rows.append(("pair", f"GST {india_rate * 100:g}%", money(tax, grouping)))
        return tax
    if currency == "USD":
        rate = rng.choice([0.0625, 0.0825, 0.1025])
        tax = round(base * rate, 2)
        rows.append(("pair", f"Sales Tax {rate * 100:g}%", money(tax, grouping)))
        return tax
    rate = 0.2 if currency == "GBP" else euro_rate
    rows.append(("pair", f"VAT {rate * 100:g}% incl.", money(round(base * rate / (1 + rate), 2), grouping)))
    return 0.0


def _status(rng: random.Random, p_shown: float, pending: bool = True) -> tuple[str | None, str | None]:
    """An outcome line in a share of pages: Payment Successful mostly, else failed or pending (a share larger than
    heldout53's ``_outcome`` draws)."""
    if not shown(rng, 1 - p_shown):
        return None, None
    roll = rng.random()
    status = "success" if roll < 0.6 else ("failed" if roll < 0.85 or not pending else "pending")
    words = {
        "success": ["Payment Successful", "Payment successful"],
        "failed": ["Payment Failed", "Payment failed"],
        "pending": ["Payment Pending"],
    }[status]
    return status, rng.choice(words)


def _total(
    rng: random.Random,
    rows: list[tuple],
    fmt,
    total: float,
    status: str | None,
    totals: list[str],
    paid: list[str],
) -> None:
    """The total line: an amount-paid wording only where the payment went through (or no outcome is printed)."""
    labels = totals if status in ("failed", "pending") else totals + paid
    rows.append(("pair", rng.choice(labels), fmt(total)))


def _method(
    rng: random.Random,
    rows: list[tuple],
    currency: str,
    status: str | None,
    labels: list[str],
    p_absent: float = 0.2,
    cash: bool = True,
    counter: bool = False,
) -> str | None:
    """A way to pay under one of ``labels`` in a share (never cash for a payment that failed or is pending, nor
    where the layout takes none; no "Paid ..." wording for those; no net banking at a shop's counter); its truth, or None where not printed."""
    if status in ("failed", "pending"):
        labels = [label for label in labels if not label.startswith("Paid")] or ["Payment Method"]
    pay, method = _pay(rng, currency)
    if pay == "Cash" and (status in ("failed", "pending") or not cash):
        pay, method = ("UPI", "UPI") if currency == "INR" else ("Debit Card", "card")
    if counter and method == "netbanking":
        pay, method = "UPI", "UPI"
    return method if optional_pair(rng, rows, labels, pay, p_absent) else None


# ---------------------------------------------------------------- 1 music or dance class fee receipt


def music_class(rng: random.Random, font: str):
    """A music or dance school's fee receipt: Furtados School of Music / Shiamak Davar International in rupees, Pineapple
    Dance Studios / Dance Attic in pounds, School of Rock / Fred Astaire Dance Studios in dollars: the school on top,
    Student, Student ID (never the id), Course and Instructor, the month or term the fee is for, Tuition Fee and a
    registration or instrument fee in a share, GST 18% in India or sales tax, Total / Amount Paid / Fee Paid,
    Receipt No. / Receipt # in a share, Payment Mode / Paid by in a share, Date / Receipt Date in a share, Classes
    begin (never the day paid) in a share, Payment Successful / Failed in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    school = rng.choice(
        {
            "INR": ["Furtados School of Music", "Shiamak Davar International"],
            "GBP": ["Pineapple Dance Studios", "Dance Attic Studios"],
            "USD": ["School of Rock Lakeview", "Fred Astaire Dance Studios"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    dance = "Dance" in school or "Shiamak" in school
    courses = (
        ["Bollywood Jazz - Juniors", "Contemporary - Level 2", "Hip Hop Beginners", "Ballet Grade 3"]
        if dance
        else ["Guitar Grade 2 (Trinity)", "Piano Foundation", "Drums - Rock 101", "Western Vocals"]
    )
    teachers = [
        "Ms. Rhea D'Souza",
        "Mr. Arvind Shetty",
        "Ms. Laura Hughes",
        "Mr. Kevin Marsh",
        "Ms. Priya Menon",
    ]
    base = {"INR": (2500, 6500, 50), "GBP": (60, 160, 1), "USD": (150, 380, 5)}[currency]
    place = {
        "Pineapple Dance Studios": "7 Langley Street, London WC2H 9JA",
        "Dance Attic Studios": "368 North End Road, London SW6 1LY",
        "School of Rock Lakeview": "2150 W Irving Park Rd, Chicago, IL 60618",
    }.get(school) or _place(currency, rng)
    rows = [("title", school), ("center", place), ("center", "FEE RECEIPT"), ("rule",)]
    status, words = _status(rng, 0.45, pending=False)
    when = day(rng)
    rows.append(("pair", "Student", _person(rng, currency)))
    if shown(rng, 0.4):
        rows.append(("pair", "Student ID", code(rng, 3, UPPER) + digits(rng, 4)))
    rows.append(("pair", rng.choice(["Course", "Class"]), rng.choice(courses)))
    optional_pair(rng, rows, ["Instructor", "Teacher", "Faculty"], rng.choice(teachers), 0.25)
    period = (_later(when, rng, 3, 20)).strftime("%B %Y")
    rows.append(("pair", rng.choice(["Fee for", "Month", "Term"]), period))
    rows.append(("rule",))
    fee = price(rng, *base[:2], base[2])
    rows.append(("pair", "Tuition Fee", money(fee, grouping)))
    subtotal = fee
    if rng.random() < 0.4:
        extra_name, extra = rng.choice(
            [
                ("Registration Fee", {"INR": 1000.0, "GBP": 25.0, "USD": 50.0}[currency]),
                ("Costume / Material", {"INR": 750.0, "GBP": 18.0, "USD": 35.0}[currency]),
            ]
        )
        rows.append(("pair", extra_name, money(extra, grouping)))
        subtotal += extra
    tax = _tax(rng, currency, subtotal, grouping, rows) if currency != "USD" else 0.0
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid", "Fee Paid"])
    ref = rng.choice(["FR/", "R-", ""]) + digits(rng, 5)
    txn = ref if optional_pair(rng, rows, ["Receipt No.", "Receipt #"], ref, 0.2) else None
    method = _method(rng, rows, currency, status, ["Payment Mode", "Paid by"])
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Date", "Receipt Date"]), _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.5):
        rows.append(("pair", "Classes begin", date_text(_later(when, rng, 3, 15), rng.choice(patterns))))
    if status:
        rows.append(("center", words))
    rows.append(("small", "Fees once paid are not refundable or transferable."))
    truth = truth_fields(school, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(PAPER, width=620)


# ---------------------------------------------------------------- 2 piano tuning invoice


def piano_tuning(rng: random.Random, font: str):
    """An independent piano tuner's invoice: in pounds (UK), dollars (US) or euros (Ireland): the tuner's business
    on top with the technician's name, Customer and address, the instrument with its Serial No (never the id),
    Tuning (A440), a pitch raise, a string or hammer repair and call-out in a share, VAT in the UK and Ireland,
    Total / Amount Paid, Invoice No. / Invoice # in a share, Paid by / Payment Method in a share, Date / Invoice
    Date in a share, Next tuning due (never the day paid) in a share; no outcome line."""
    currency = rng.choice(["GBP", "GBP", "USD", "EUR"])
    tuner = rng.choice(
        {
            "GBP": ["Harrow Piano Services", "Fenwick & Daughters Piano Tuning"],
            "USD": ["Lakeview Piano Service", "Keystone Piano Tuning & Repair"],
            "EUR": ["Liffey Piano Tuning", "Claddagh Piano Services"],
        }[currency]
    )
    fmt, grouping = _irish(_money_of(rng, font, currency), currency)
    patterns, twelve = _patterns(currency) if currency != "EUR" else (["%d/%m/%Y", "{d} %B %Y"], False)
    place = IRISH_ADDRESSES[tuner.startswith("Claddagh")] if currency == "EUR" else _place(currency, rng)
    rows = [("title", tuner), ("center", place), ("center", "INVOICE"), ("rule",)]
    optional_pair(
        rng, rows, ["Technician", "Tuner"], rng.choice(["Graham Lowe", "Martin Pryce", "Ellen Shaw"]), 0.3
    )
    rows.append(("pair", rng.choice(["Customer", "Client", "Bill to"]), _person(rng, currency)))
    piano = rng.choice(
        ["Yamaha U1 upright", "Kawai K-300 upright", "Steinway Model M grand", "Broadwood upright"]
    )
    rows.append(("pair", "Instrument", piano))
    if shown(rng, 0.5):
        rows.append(("pair", "Serial No", digits(rng, rng.choice([6, 7]))))
    rows.append(("rule",))
    services = {
        "GBP": [
            ("Pitch raise", 45.0),
            ("Replace bass string", 38.0),
            ("Regulate hammers", 60.0),
            ("Call-out", 15.0),
        ],
        "USD": [
            ("Pitch raise", 75.0),
            ("Replace string", 55.0),
            ("Sticky key repair", 40.0),
            ("Travel fee", 25.0),
        ],
        "EUR": [
            ("Pitch raise", 50.0),
            ("Replace string", 40.0),
            ("Regulate hammers", 65.0),
            ("Call-out", 20.0),
        ],
    }[currency]
    tuning = {"GBP": (75, 110, 5), "USD": (130, 195, 5), "EUR": (85, 120, 5)}[currency]
    value = price(rng, *tuning)
    rows.append(("pair", "Tuning (A440)", money(value, grouping)))
    subtotal = value
    for name, extra in rng.sample(services, rng.randint(0, 2)):
        rows.append(("pair", name, money(extra, grouping)))
        subtotal += extra
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.23)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, None, ["Total"], ["Amount Paid"])
    ref = rng.choice(["", "INV-"]) + digits(rng, 4)
    txn = ref if optional_pair(rng, rows, ["Invoice No.", "Invoice #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Method"], 0.25)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Date", "Invoice Date"]), date_text(when, rng.choice(patterns))))
    if shown(rng, 0.4):
        rows.append(("pair", "Next tuning due", date_text(_later(when, rng, 170, 200), rng.choice(patterns))))
    rows.append(("small", "Tuning twice a year keeps your piano at pitch."))
    truth = truth_fields(tuner, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=600, paper=(250, 249, 244))


# ---------------------------------------------------------------- 3 amusement or water park e-ticket


def theme_park(rng: random.Random, font: str):
    """An amusement or water park's e-ticket e-mail: Wonderla / Imagicaa in rupees, LEGOLAND Windsor Resort / Thorpe
    Park in pounds, Six Flags Great America in dollars, Efteling in euros: the park on top, Lead guest, Visit Date
    (never the day paid), Adult and Child tickets with quantities, a fast-track add-on in a share, Convenience Fee on
    Indian pages, GST included on Indian pages, Total / Amount Paid, Booking ID / Booking Reference in a share,
    Payment Method in a share, Booked on / Booking Date in a share, Payment Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    park = rng.choice(
        {
            "INR": ["Wonderla Bengaluru", "Imagicaa Khopoli"],
            "GBP": ["LEGOLAND Windsor Resort", "Thorpe Park Resort"],
            "USD": ["Six Flags Great America"],
            "EUR": ["Efteling"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    rows = [("title", park)]
    if currency == "USD":
        rows.append(("center", "1 Great America Pkwy, Gurnee, IL 60031"))
    rows += [("center", "Ticket booking summary"), ("rule",)]
    status, words = _status(rng, 0.7)
    if status and rng.random() < 0.5:
        rows.append(("big", words))
    rows.append(("pair", rng.choice(["Lead guest", "Guest name", "Booked by"]), _person(rng, currency)))
    when = day(rng)
    visit = _later(when, rng, 1, 40)
    rows.append(("pair", "Visit Date", date_text(visit, rng.choice(patterns))))
    adult = {"INR": (1299, 1899, 1), "GBP": (39, 69, 1), "USD": (59.99, 89.99, 1), "EUR": (45, 52, 0.5)}[
        currency
    ]
    adult_price = price(rng, *adult)
    adults, children = rng.randint(1, 3), rng.randint(0, 2)
    child_price = round(adult_price * 0.8, 2)
    rows.append(("pair", f"Adult x {adults}", money(adult_price * adults, grouping)))
    subtotal = adult_price * adults
    if children:
        rows.append(("pair", f"Child x {children}", money(child_price * children, grouping)))
        subtotal += child_price * children
    if rng.random() < 0.35:
        name, extra = {
            "INR": ("Fast Track", 599.0),
            "GBP": ("Reserve & Ride", 25.0),
            "USD": ("Flash Pass", 80.0),
            "EUR": ("Parking", 12.0),
        }[currency]
        rows.append(("pair", name, money(extra, grouping)))
        subtotal += extra
    if currency == "INR":
        fee = rng.choice([0.0, 49.0, 99.0])
        if fee:
            rows.append(("pair", "Convenience Fee", money(fee, grouping)))
            subtotal += fee
        rows.append(("pair", "GST 18% (included)", money(round(subtotal * 18 / 118, 2), grouping)))
    total = round(subtotal, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Order Total"], ["Amount Paid"])
    ref = {
        "INR": ("WL" if park.startswith("Wonderla") else "IMG") + digits(rng, 8),
        "GBP": code(rng, 8, ALNUM),
        "USD": digits(rng, 10),
        "EUR": "EF" + digits(rng, 7),
    }[currency]
    txn = ref if optional_pair(rng, rows, ["Booking ID", "Booking Reference"], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Payment Method"], 0.25, cash=False)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", rng.choice(["Booked on", "Booking Date"]), _stamp(rng, when, patterns, twelve)))
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Show the QR code on your phone at the gate. Gates open 10:30."))
    truth = truth_fields(park, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(EMAIL, width=620)


# ---------------------------------------------------------------- 4 milk subscription payment


def milk_subscription(rng: random.Random, font: str):
    """A daily milk and essentials subscription's payment screen or e-mail: Country Delight / Akshayakalpa / Milkbasket
    in rupees (an app screen), Milk & More in pounds (an e-mail): the dairy on top, Customer and the delivery area, the
    month's products with their quantities, Delivery Charges in a share, Discount in a share, Total / Amount Paid,
    Order ID / Transaction ID in a share, Payment Method / Paid via in a share, Paid on / Payment Date in a share,
    First delivery / Deliveries from (never the day paid) in a share, Payment Successful / Failed / Pending in a
    share."""
    currency = rng.choice(["INR", "INR", "INR", "GBP"])
    dairy = rng.choice(
        ["Country Delight", "Akshayakalpa Organic", "Milkbasket"] if currency == "INR" else ["Milk & More"]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    status, words = _status(rng, 0.7)
    rows = [
        ("title", dairy),
        ("center", "Subscription payment" if currency == "INR" else "Your weekly order"),
    ]
    if status:
        rows.append(("big", words))
    rows.append(("rule",))
    rows.append(("pair", "Customer", _person(rng, currency)))
    rows.append(
        (
            "pair",
            "Delivery area",
            rng.choice(["HSR Layout", "Powai", "Koramangala", "Whitefield"])
            if currency == "INR"
            else rng.choice(["Headingley, Leeds", "Clifton, Bristol"]),
        )
    )
    products = (
        [
            ("Cow Milk 500 ml", 37.0),
            ("Buffalo Milk 1 L", 84.0),
            ("Curd 400 g", 45.0),
            ("Paneer 200 g", 95.0),
            ("Brown Bread", 50.0),
            ("Farm Eggs (6)", 72.0),
        ]
        if currency == "INR"
        else [
            ("Semi-skimmed milk 1 pint", 0.99),
            ("Whole milk 1 pint", 0.99),
            ("Free-range eggs x6", 2.35),
            ("Orange juice 1 L", 2.49),
            ("Sourdough loaf", 3.2),
        ]
    )
    subtotal = 0.0
    for name, unit in rng.sample(products, rng.randint(2, 3)):
        qty = rng.choice([26, 30, 31, 15, 8]) if currency == "INR" else rng.choice([2, 3, 4, 7])
        rows.append(("pair", f"{name} x {qty}", money(unit * qty, grouping)))
        subtotal += unit * qty
    if currency == "GBP" or rng.random() < 0.3:
        fee = 0.75 if currency == "GBP" else 99.0
        rows.append(("pair", "Delivery Charges", money(fee, grouping)))
        subtotal += fee
    if rng.random() < 0.3:
        off = round(subtotal * 0.05, 2)
        rows.append(("pair", "Discount", "-" + money(off, grouping)))
        subtotal -= off
    total = round(subtotal, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    ref = (
        ("CD" if dairy == "Country Delight" else "") + digits(rng, 10)
        if currency == "INR"
        else digits(rng, 8)
    )
    txn = ref if optional_pair(rng, rows, ["Order ID", "Transaction ID"], ref, 0.2) else None
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid via"], 0.25, cash=False)
    when = day(rng)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", rng.choice(["Paid on", "Payment Date"]), _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                rng.choice(["First delivery", "Deliveries from"]),
                date_text(_later(when, rng, 1, 4), rng.choice(patterns)),
            )
        )
    rows.append(("small", "Deliveries arrive before 7 AM." if currency == "INR" else "Delivered before 7am."))
    truth = truth_fields(dairy, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(SCREEN if currency == "INR" else EMAIL)


# ---------------------------------------------------------------- 5 surf school lesson booking


def surf_school(rng: random.Random, font: str):
    """A surf school's lesson booking e-mail: Fistral Beach Surf School / Saltrock Surf School in pounds, Ericeira Surf
    School in euros, Surf Diva in dollars, Shaka Surf Club in rupees: the school on top, Surfer, Lesson (group or
    private, board and wetsuit hire), Level, Instructor in a share, Lesson Date (never the day paid) with a meeting
    time, VAT or GST, Total / Amount Paid, Booking Reference / Booking ID in a share, Paid with / Payment Method in a
    share, Booked on in a share, Payment Successful / Failed in a share."""
    currency = rng.choice(["GBP", "GBP", "EUR", "USD", "INR"])
    school = rng.choice(
        {
            "GBP": ["Fistral Beach Surf School", "Saltrock Surf School"],
            "EUR": ["Ericeira Surf School"],
            "USD": ["Surf Diva Surf School"],
            "INR": ["Shaka Surf Club Mulki"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    rows = [("title", school)]
    place = {
        "GBP": "Newquay, Cornwall TR7 1HY",
        "EUR": "Rua do Norte 14, 2655-319 Ericeira",
        "USD": "2160 Avenida de la Playa, La Jolla, CA 92037",
        "INR": "Sasihithlu Beach, Mulki 574154",
    }
    rows += [("center", place[currency]), ("rule",), ("center", "Lesson booking")]
    status, words = _status(rng, 0.6, pending=False)
    rows.append(("pair", rng.choice(["Surfer", "Student", "Name"]), _person(rng, currency)))
    lesson, cost = rng.choice(
        {
            "GBP": [
                ("Group lesson 2.5 hrs", 45.0),
                ("Private lesson 1.5 hrs", 95.0),
                ("Family lesson x3", 120.0),
            ],
            "EUR": [("Group lesson 2 h", 35.0), ("3-day surf pack", 95.0), ("Private lesson", 70.0)],
            "USD": [("Group lesson 2 hrs", 110.0), ("Private lesson 90 min", 175.0)],
            "INR": [("Beginner lesson 90 min", 2500.0), ("3-day course", 7000.0)],
        }[currency]
    )
    people = rng.randint(1, 2)
    rows.append(("pair", "Lesson", lesson + (f" x{people}" if people > 1 else "")))
    rows.append(("pair", "Level", rng.choice(["Beginner", "Improver", "Intermediate"])))
    optional_pair(
        rng,
        rows,
        ["Instructor", "Coach"],
        rng.choice(["Jack Penrose", "Marta Silva", "Kai Moreno", "Ramesh Poojary"]),
        0.4,
    )
    when = day(rng)
    lesson_day = _later(when, rng, 2, 30)
    rows.append(("pair", "Lesson Date", date_text(lesson_day, rng.choice(patterns))))
    rows.append(("pair", "Meet at", rng.choice(["9:00 AM", "11:30 AM", "2:00 PM"]) + " - beach hut"))
    rows.append(("pair", "Board & wetsuit", "Included"))
    rows.append(("rule",))
    subtotal = cost * people
    rows.append(("pair", "Lesson fee", money(subtotal, grouping)))
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.23) if currency != "USD" else 0.0
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total"], ["Amount Paid"])
    ref = rng.choice(["SB-", "BK"]) + code(rng, 6, ALNUM)
    txn = ref if optional_pair(rng, rows, ["Booking Reference", "Booking ID"], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Paid with", "Payment Method"], 0.2, cash=False)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", "Booked on", _stamp(rng, when, patterns, twelve)))
    if status:
        rows.append(("center", words))
    rows.append(("small", "Lessons run whatever the weather; we call you if the sea is unsafe."))
    truth = truth_fields(school, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(EMAIL, band=(20, 90, 140), accent=(20, 90, 140))


# ---------------------------------------------------------------- 6 escape room booking


def escape_room(rng: random.Random, font: str):
    """An escape room's booking confirmation: Mystery Rooms / Breakout in rupees, clueQuest in pounds, The Escape Game
    in dollars, Sherlocked in euros: the venue on top, Booked by, Room, Players, Game Date and time (never the day
    paid), price per player, booking fee in a share, a voucher in a share, GST on Indian pages, Total / Amount Paid,
    Booking No. / Booking ID in a share, Payment Method in a share, Booking Date in a share, Payment Successful /
    Failed / Pending in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    venue = rng.choice(
        {
            "INR": ["Mystery Rooms Koramangala", "Breakout Escape Rooms Andheri"],
            "GBP": ["clueQuest London"],
            "USD": ["The Escape Game Austin"],
            "EUR": ["Sherlocked Amsterdam"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = {
        "Mystery Rooms Koramangala": "80 Feet Road, Koramangala, Bengaluru 560034",
        "Breakout Escape Rooms Andheri": "Veera Desai Road, Andheri West, Mumbai 400053",
        "clueQuest London": "1 Gasholder Place, London SE11 5QR",
        "The Escape Game Austin": "11410 Century Oaks Terrace, Austin, TX 78758",
        "Sherlocked Amsterdam": "Rokin 75, 1012 KL Amsterdam",
    }[venue]
    rows = [("title", venue), ("center", place), ("rule",), ("center", "Booking details")]
    status, words = _status(rng, 0.6)
    rows.append(("pair", rng.choice(["Booked by", "Team captain", "Name"]), _person(rng, currency)))
    rooms = {
        "INR": ["The Heist", "Prison Break", "Haunted Haveli"],
        "GBP": ["Plan 52", "Revolution", "Mission Manhattan"],
        "USD": ["Prison Break", "Gold Rush", "Special Ops"],
        "EUR": ["The Vault", "Catacombs"],
    }[currency]
    rows.append(("pair", "Room", rng.choice(rooms)))
    players = rng.randint(2, 6)
    rows.append(("pair", "Players", str(players)))
    when = day(rng)
    rows.append(
        (
            "pair",
            "Game Date",
            date_text(_later(when, rng, 1, 21), rng.choice(patterns))
            + ", "
            + rng.choice(["6:30 PM", "8:00 PM", "3:15 PM"]),
        )
    )
    rows.append(("rule",))
    per = {"INR": (799, 1199, 50), "GBP": (25, 35, 1), "USD": (39.99, 44.99, 1), "EUR": (27.5, 35, 2.5)}[
        currency
    ]
    each = price(rng, *per)
    subtotal = each * players
    rows.append(("pair", f"{players} x {money(each, grouping)}", money(subtotal, grouping)))
    if rng.random() < 0.35:
        fee = {"INR": 59.0, "GBP": 1.5, "USD": 3.99, "EUR": 1.95}[currency]
        rows.append(("pair", "Booking fee", money(fee, grouping)))
        subtotal += fee
    if rng.random() < 0.25:
        off = round(subtotal * 0.1, 2)
        rows.append(("pair", "Voucher " + code(rng, 6, UPPER), "-" + money(off, grouping)))
        subtotal -= off
    tax = _tax(rng, currency, subtotal, grouping, rows) if currency in ("INR", "USD") else 0.0
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    ref = code(rng, 2, UPPER) + digits(rng, 6)
    txn = ref if optional_pair(rng, rows, ["Booking No.", "Booking ID"], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Payment Method"], 0.25, cash=False)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", "Booking Date", _stamp(rng, when, patterns, twelve)))
    if status:
        rows.append(("center", words))
    rows.append(("small", "Arrive 15 minutes before your game. Late teams lose play time."))
    truth = truth_fields(venue, total, currency, txn, when if dated else None, method, status)
    style = SCREEN if rng.random() < 0.4 else EMAIL
    return rows, truth, dict(style, band=(40, 30, 60), accent=(90, 40, 120))


# ---------------------------------------------------------------- 7 picture framing counter receipt


def framing_shop(rng: random.Random, font: str):
    """A picture framing shop's counter receipt: Frame Kraft in rupees, Fix-a-Frame in pounds, Blick Custom Framing in
    dollars: the shop on top, Customer, Work Order (never the id, printed only beside the receipt's own number), the
    artwork's size, moulding, mount, glazing and fitting, GST 12%, VAT included or sales tax, TOTAL / Amount Paid,
    Receipt No / Receipt # in a share, Tender / Paid by in a share, Date in a share, Ready on (never the day paid)
    in a share; no outcome line."""
    currency = rng.choice(["INR", "GBP", "GBP", "USD"])
    shop = rng.choice(
        {
            "INR": ["Frame Kraft Indiranagar"],
            "GBP": ["Fix-a-Frame Camden", "Fix-a-Frame Clifton"],
            "USD": ["Blick Custom Framing"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    rows = [("title", shop)]
    if currency == "USD":
        rows.append(("center", "1755 N Milwaukee Ave, Chicago, IL 60647"))
    rows += [("center", "CUSTOM FRAMING RECEIPT"), ("rule",)]
    rows.append(("pair", "Customer", _person(rng, currency)))
    size = rng.choice(["30x40 cm", "40x50 cm", "A3", "16x20 in", "11x14 in"])
    rows.append(("left", f"Artwork: {rng.choice(['Print', 'Canvas', 'Photo', 'Certificate'])} {size}"))
    items = {
        "INR": [
            ("Moulding - teak 2in", 1450.0),
            ("Mount board", 350.0),
            ("Glass", 420.0),
            ("Fitting", 200.0),
            ("Anti-glare glass", 780.0),
        ],
        "GBP": [
            ("Moulding - oak", 48.0),
            ("Double mount", 22.0),
            ("Glass", 18.0),
            ("Fitting", 12.0),
            ("Museum glass", 65.0),
        ],
        "USD": [
            ("Moulding - walnut", 89.0),
            ("Mat board", 32.0),
            ("Acrylic glazing", 28.0),
            ("Fitting", 20.0),
        ],
    }[currency]
    picked = rng.sample(items, rng.randint(2, 4))
    subtotal = 0.0
    for name, value in picked:
        rows.append(("pair", name, money(value, grouping)))
        subtotal += value
    if currency == "INR":
        tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.12)
    else:
        tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["TOTAL", "Total"], ["Amount Paid"])
    ref = digits(rng, 6)
    numbered = shown(rng, 0.25)
    if numbered and rng.random() < 0.6:
        rows.append(("pair", "Work Order", "WO-" + digits(rng, 4)))
    txn = None
    if numbered:
        rows.append(("pair", rng.choice(["Receipt No", "Receipt #"]), ref))
        txn = ref
    method = _method(rng, rows, currency, None, ["Tender", "Paid by"], 0.2, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date", _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.4):
        rows.append(("pair", "Ready on", date_text(_later(when, rng, 3, 12), rng.choice(patterns))))
    rows.append(("small", "Please bring this receipt when you collect."))
    truth = truth_fields(shop, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=480, size=18)


# ---------------------------------------------------------------- 8 swimming lessons


def swim_lessons(rng: random.Random, font: str):
    """A swim school's or leisure centre's lesson booking receipt: Aqua Sports Academy in rupees, Everyone Active /
    Better in pounds, Goldfish Swim School in dollars, Aura Leisure in euros (Ireland): the centre on top, Swimmer
    (a child) and Parent / Account holder, Membership No (never the id) in a share, Stage and the weekly slot, the
    term's lessons, Course starts (never the day paid), a membership or registration fee in a share, GST 18% in
    India, Total / Amount Paid, Receipt No. / Transaction ID in a share, Payment Method in a share, Date / Payment
    Date in a share, Payment Successful / Failed in a share."""
    currency = rng.choice(["INR", "GBP", "GBP", "USD", "EUR"])
    centre = rng.choice(
        {
            "INR": ["Aqua Sports Academy Powai"],
            "GBP": ["Everyone Active Westway", "Better Leeds Aquatics Centre"],
            "USD": ["Goldfish Swim School"],
            "EUR": ["Aura Leisure Galway"],
        }[currency]
    )
    fmt, grouping = _irish(_money_of(rng, font, currency), currency)
    patterns, twelve = _patterns(currency)
    place = {
        "Aqua Sports Academy Powai": "Hiranandani Gardens, Powai, Mumbai 400076",
        "Everyone Active Westway": "1 Crowthorne Road, London W10 6RP",
        "Better Leeds Aquatics Centre": "Quarry Hill, Leeds LS2 7ED",
        "Aura Leisure Galway": "Headford Road, Galway H91 T2YN",
    }.get(centre) or _place(currency, rng)
    rows = [("title", centre), ("center", place), ("center", "Swimming Lessons - Receipt"), ("rule",)]
    status, words = _status(rng, 0.55, pending=False)
    rows.append(
        (
            "pair",
            "Swimmer",
            rng.choice(["Aarav", "Isla", "Leo", "Maya", "Finn", "Zara"])
            + " "
            + _person(rng, currency).split()[-1],
        )
    )
    optional_pair(rng, rows, ["Parent", "Account holder"], _person(rng, currency), 0.3)
    if shown(rng, 0.5):
        rows.append(("pair", "Membership No", digits(rng, 8)))
    rows.append(
        ("pair", rng.choice(["Stage", "Level"]), rng.choice(["Stage 2", "Stage 4", "Seahorse", "Level 3"]))
    )
    rows.append(("pair", "Slot", rng.choice(["Sat 09:30", "Wed 17:00", "Sun 10:15", "Tue 16:30"])))
    when = day(rng)
    weeks = rng.choice([8, 10, 12])
    rows.append(("pair", "Course starts", date_text(_later(when, rng, 5, 30), rng.choice(patterns))))
    rows.append(("rule",))
    per = {"INR": (450, 650, 50), "GBP": (7.5, 10.5, 0.05), "USD": (24, 32, 1), "EUR": (9, 12, 0.5)}[currency]
    each = price(rng, *per)
    subtotal = round(each * weeks, 2)
    rows.append(("pair", f"{weeks} lessons x {money(each, grouping)}", money(subtotal, grouping)))
    if rng.random() < 0.3:
        fee = {"INR": 1500.0, "GBP": 15.0, "USD": 25.0, "EUR": 20.0}[currency]
        rows.append(("pair", rng.choice(["Membership fee", "Registration fee"]), money(fee, grouping)))
        subtotal += fee
    tax = _tax(rng, currency, subtotal, grouping, rows) if currency == "INR" else 0.0
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    ref = digits(rng, 7) if currency != "INR" else "ASA/" + digits(rng, 5)
    txn = ref if optional_pair(rng, rows, ["Receipt No.", "Transaction ID"], ref, 0.2) else None
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid by"], 0.25)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Date", "Payment Date"]), _stamp(rng, when, patterns, twelve)))
    if status:
        rows.append(("center", words))
    rows.append(("small", "Missed lessons cannot be refunded or carried over."))
    truth = truth_fields(centre, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(PAPER, width=600, paper=(248, 251, 253))


# ---------------------------------------------------------------- 9 catering order invoice


def catering_order(rng: random.Random, font: str):
    """An event caterer's invoice: Annapoorna Caterers / Sri Krishna Caterers in rupees, Mange Tout Catering in pounds,
    Lulu's Catering in dollars: the caterer on top, Client, Event and Event Date (never the day paid), Guests with the
    per-plate menu, service staff and delivery in a share, GST 5% / VAT 20% / sales tax, Grand Total / Amount Paid,
    Invoice No. / Invoice # in a share, Payment Mode / Paid by in a share, Invoice Date / Date in a share; no outcome
    line and no due date."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    caterer = rng.choice(
        {
            "INR": ["Annapoorna Caterers", "Sri Krishna Caterers"],
            "GBP": ["Mange Tout Catering"],
            "USD": ["Lulu's Catering Co."],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    rows = [
        ("title", caterer),
        ("center", _place(currency, rng)),
        ("center", "TAX INVOICE" if currency == "INR" else "INVOICE"),
        ("rule",),
    ]
    rows.append(("pair", rng.choice(["Client", "Bill to", "Customer"]), _person(rng, currency)))
    rows.append(
        (
            "pair",
            "Event",
            rng.choice(["Birthday party", "Office lunch", "Housewarming", "Anniversary dinner"]),
        )
    )
    when = day(rng)
    rows.append(("pair", "Event Date", date_text(_later(when, rng, 2, 30), rng.choice(patterns))))
    guests = rng.choice([25, 40, 60, 80, 120])
    rows.append(("pair", "Guests", str(guests)))
    rows.append(("rule",))
    menus = {
        "INR": [
            ("Veg thali per plate", 350.0),
            ("Premium buffet per plate", 650.0),
            ("South Indian meals", 280.0),
        ],
        "GBP": [("Finger buffet per head", 14.5), ("Hot fork buffet per head", 22.0)],
        "USD": [("Taco bar per person", 18.95), ("BBQ buffet per person", 26.5)],
    }[currency]
    name, plate = rng.choice(menus)
    subtotal = plate * guests
    rows.append(("pair", f"{name} x {guests}", money(subtotal, grouping)))
    extras = {
        "INR": [("Service staff (4)", 3200.0), ("Transport", 1500.0)],
        "GBP": [("Waiting staff", 120.0), ("Delivery & set-up", 35.0)],
        "USD": [("Servers (2) x 4 hrs", 240.0), ("Delivery", 45.0)],
    }[currency]
    for extra, value in rng.sample(extras, rng.randint(0, 2)):
        rows.append(("pair", extra, money(value, grouping)))
        subtotal += value
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.05)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, None, ["Grand Total", "Total"], ["Amount Paid"])
    ref = ({"Sri Krishna Caterers": "SKC/", "Annapoorna Caterers": "AC/"}.get(caterer, "")) + digits(rng, 4)
    txn = ref if optional_pair(rng, rows, ["Invoice No.", "Invoice #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.25)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Invoice Date", "Date"]), date_text(when, rng.choice(patterns))))
    rows.append(("small", "Final guest count to be confirmed 48 hours before the event."))
    truth = truth_fields(caterer, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=620)


# ---------------------------------------------------------------- 10 campsite booking


def campsite_booking(rng: random.Random, font: str):
    """A campsite or glamping site's booking confirmation: Camp Riverside Rishikesh in rupees, Lakeside Meadows Campsite
    in pounds, Yosemite Pines RV Resort in dollars, Camping De Lakens in euros: the site on top, Guest, Pitch type and
    Pitch No (never the id) in a share, Arrival and Departure (never the day paid), nights, adults and children, extras
    (electric hook-up, a dog, firewood), GST 12% in India, Total / Amount Paid, Booking Reference in a share, Payment
    Method in a share, Booking Date in a share, Payment Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "GBP", "GBP", "USD", "EUR"])
    site = rng.choice(
        {
            "INR": ["Camp Riverside Rishikesh"],
            "GBP": ["Lakeside Meadows Campsite"],
            "USD": ["Yosemite Pines RV Resort"],
            "EUR": ["Camping De Lakens"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = {
        "INR": "Shivpuri, Rishikesh 249192",
        "GBP": "Keswick, Cumbria CA12 5TW",
        "USD": "20450 Old Hwy 120, Groveland, CA 95321",
        "EUR": "Zeeweg 21, Bloemendaal",
    }[currency]
    rows = [("title", site), ("center", place), ("rule",), ("center", "Booking summary")]
    status, words = _status(rng, 0.6)
    rows.append(("pair", rng.choice(["Guest", "Lead guest", "Name"]), _person(rng, currency)))
    pitches = {
        "INR": [("Swiss tent", 3200.0), ("Riverside cottage", 5400.0)],
        "GBP": [("Grass pitch", 28.0), ("Hardstanding pitch", 34.0), ("Bell tent", 85.0)],
        "USD": [("Full hook-up RV site", 72.0), ("Tent site", 39.0), ("Camping cabin", 119.0)],
        "EUR": [("Comfort pitch", 42.5), ("Safari tent", 95.0)],
    }[currency]
    pitch, nightly = rng.choice(pitches)
    rows.append(("pair", "Pitch type", pitch))
    if shown(rng, 0.5):
        rows.append(("pair", "Pitch No", str(rng.randrange(1, 140))))
    when = day(rng)
    arrive = _later(when, rng, 3, 60)
    nights = rng.randint(1, 5)
    rows.append(("pair", "Arrival", date_text(arrive, rng.choice(patterns))))
    rows.append(
        ("pair", "Departure", date_text(_later(arrive, rng, nights, nights + 1), rng.choice(patterns)))
    )
    rows.append(("pair", "Guests", f"{rng.randint(1, 4)} adults, {rng.randint(0, 3)} children"))
    rows.append(("rule",))
    subtotal = nightly * nights
    rows.append(
        (
            "pair",
            f"{nights} night{'s' if nights > 1 else ''} x {money(nightly, grouping)}",
            money(subtotal, grouping),
        )
    )
    extras = {
        "INR": [("Bonfire", 800.0), ("Rafting (2)", 2400.0)],
        "GBP": [("Electric hook-up", 6.0 * nights), ("Dog", 3.0 * nights)],
        "USD": [("Firewood bundle", 9.0), ("Extra vehicle", 10.0 * nights)],
        "EUR": [("Electricity", 4.5 * nights), ("Tourist tax", 1.85 * nights)],
    }[currency]
    for extra, value in rng.sample(extras, rng.randint(0, 2)):
        rows.append(("pair", extra, money(value, grouping)))
        subtotal += value
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.12) if currency == "INR" else 0.0
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    ref = code(rng, 3, UPPER) + "-" + digits(rng, 5)
    txn = ref if optional_pair(rng, rows, ["Booking Reference", "Booking ID"], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Payment Method"], 0.25, cash=False)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", "Booking Date", _stamp(rng, when, patterns, twelve)))
    if status:
        rows.append(("center", words))
    rows.append(("small", "Arrive after 2 pm; leave your pitch by 11 am. Quiet time from 10 pm."))
    truth = truth_fields(site, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(EMAIL, band=(46, 94, 52), accent=(46, 94, 52))


# ---------------------------------------------------------------- 11 language course fee receipt


def language_course(rng: random.Random, font: str):
    """A language school's course fee receipt: Goethe-Institut Max Mueller Bhavan / Alliance Française in rupees,
    Instituto Cervantes London in pounds, Alliance Française de Chicago in dollars: the institute on top,
    Participant, Batch / Course Code (never the id), the course and its level, Course starts (never the day paid),
    Course fee, books in a share, GST 18% in India, Total / Amount Paid, Receipt No. / Receipt Number in a share,
    Payment Mode in a share, Receipt Date / Date in a share, Payment Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    school = rng.choice(
        {
            "INR": ["Goethe-Institut Max Mueller Bhavan New Delhi", "Alliance Française de Bangalore"],
            "GBP": ["Instituto Cervantes London"],
            "USD": ["Alliance Française de Chicago"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = {
        "INR": "3 Kasturba Gandhi Marg, New Delhi 110001"
        if "Goethe" in school
        else "Thimmaiah Road, Vasanth Nagar, Bengaluru 560052",
        "GBP": "102 Eaton Square, London SW1W 9AN",
        "USD": "54 W Chicago Ave, Chicago, IL 60654",
    }[currency]
    rows = [("title", school), ("center", place), ("center", "Course Fee Receipt"), ("rule",)]
    status, words = _status(rng, 0.55)
    rows.append(("pair", rng.choice(["Participant", "Student", "Name"]), _person(rng, currency)))
    german = "Goethe" in school
    spanish = "Cervantes" in school
    course = rng.choice(["A1.1", "A1.2", "A2.1", "B1.1"]) + (
        " German" if german else " Spanish" if spanish else " French"
    )
    rows.append(("pair", "Course", course + rng.choice([" - Intensive", " - Extensive", " - Evening"])))
    if shown(rng, 0.4):
        rows.append(
            ("pair", rng.choice(["Batch", "Course Code"]), code(rng, 2, UPPER) + "-" + digits(rng, 4))
        )
    when = day(rng)
    rows.append(("pair", "Course starts", date_text(_later(when, rng, 4, 40), rng.choice(patterns))))
    rows.append(("rule",))
    fee = {"INR": (14500, 24500, 500), "GBP": (260, 420, 5), "USD": (320, 480, 5)}[currency]
    value = price(rng, *fee)
    rows.append(("pair", "Course fee", money(value, grouping)))
    subtotal = value
    if rng.random() < 0.4:
        books = {"INR": 1850.0, "GBP": 32.0, "USD": 45.0}[currency]
        rows.append(("pair", "Course book", money(books, grouping)))
        subtotal += books
    tax = _tax(rng, currency, subtotal, grouping, rows) if currency == "INR" else 0.0
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    ref = digits(rng, 6) if currency != "INR" else ("MMB" if german else "AFB") + digits(rng, 6)
    txn = ref if optional_pair(rng, rows, ["Receipt No.", "Receipt Number"], ref, 0.2) else None
    method = _method(rng, rows, currency, status, ["Payment Mode", "Payment Method"], 0.2)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Receipt Date", "Date"]), _stamp(rng, when, patterns, twelve)))
    if status:
        rows.append(("center", words))
    rows.append(("small", "Please bring this receipt to your first class."))
    truth = truth_fields(school, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(PAPER, width=640, size=19)


# ---------------------------------------------------------------- 12 trampoline park till


def trampoline_park(rng: random.Random, font: str):
    """A trampoline park's till receipt: Skyjumper Trampoline Park in rupees, Flip Out / Oxygen Freejumping in pounds,
    Sky Zone in dollars, Jump XL in euros: the park on top, Jumper names on the waiver in a share, jump sessions
    with a time slot (Session, never a date) and a Jump date (never the day paid) in a share, grip socks, GST 18% /
    VAT included / sales tax, TOTAL, Order No / Receipt # in a share, Tender / Paid by in a share, Date in a share;
    no outcome line."""
    currency = rng.choice(["INR", "GBP", "GBP", "USD", "EUR"])
    park = rng.choice(
        {
            "INR": ["Skyjumper Trampoline Park"],
            "GBP": ["Flip Out Coventry", "Oxygen Freejumping Acton"],
            "USD": ["Sky Zone Austin"],
            "EUR": ["Jump XL Amsterdam"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    rows = [("title", park)]
    place = {
        "USD": "9900 S Interstate 35, Austin, TX 78748",
        "EUR": "Johan Huizingalaan 763, Amsterdam",
        "GBP": "Coventry CV1 4FS" if "Coventry" in park else "Acton, London W3 7QE",
        "INR": "Sector 29, Gurugram 122001",
    }[currency]
    rows.append(("center", place))
    rows.append(("rule",))
    if shown(rng, 0.5):
        rows.append(("left", "Waiver: " + _person(rng, currency)))
    jumpers = rng.randint(1, 4)
    session = {
        "INR": (600, 900, 50),
        "GBP": (12.5, 16.5, 0.5),
        "USD": (21.99, 29.99, 1),
        "EUR": (13.5, 17.5, 0.5),
    }
    each = price(rng, *session[currency])
    minutes = rng.choice([60, 90, 120])
    rows.append(("pair", f"{minutes} min jump x{jumpers}", money(each * jumpers, grouping)))
    subtotal = each * jumpers
    socks = {"INR": 100.0, "GBP": 2.5, "USD": 3.5, "EUR": 2.5}[currency]
    sock_count = rng.randint(0, jumpers)
    if sock_count:
        rows.append(("pair", f"Grip socks x{sock_count}", money(socks * sock_count, grouping)))
        subtotal += socks * sock_count
    if rng.random() < 0.3:
        drink = {"INR": 80.0, "GBP": 2.2, "USD": 3.25, "EUR": 2.75}[currency]
        rows.append(("pair", "Slush", money(drink, grouping)))
        subtotal += drink
    tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["TOTAL", "Total"], [])
    ref = digits(rng, rng.choice([5, 6, 7]))
    txn = ref if optional_pair(rng, rows, ["Order No", "Receipt #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Tender", "Paid by"], 0.2, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date", _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.4):
        rows.append(("pair", "Jump date", date_text(_later(when, rng, 1, 10), rng.choice(patterns))))
    rows.append(("pair", "Session", rng.choice(["10:00-11:00", "14:30-15:30", "17:00-18:30"])))
    rows.append(("small", "Arrive 15 min early. Grip socks must be worn."))
    truth = truth_fields(park, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=460, size=18, paper=(253, 253, 250))
