"""The twelve heldout56 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the shared value helpers of heldout14 and the page
helpers of heldout53 to heldout55 (rupees, cards, stamps, taxes, totals, ways to pay, people, places) are reused.
``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed). Every
receipt prints at most one transaction id (a booking's reference, an order's number or a document's own number; a
lane, a room, a vehicle registration, a seat, a member or a customer number beside it is never the id), at
most one date of payment (the other dates are named for other events: a collection, a sailing, a session, a
pick-up or return, a concert, a delivery or fitting), and names one party that was paid, on top.
"""

from __future__ import annotations

import datetime as dt
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
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER, _later, _stamp
from bench.receipt_sets.heldout54_families import _grouping, _money_of, _patterns
from bench.receipt_sets.heldout55_families import _irish, _method, _person, _place, _tax, _total


IRISH_DATES = (["%d/%m/%Y", "{d} %B %Y"], False)  # Irish euro pages: day first, no dots


def _outcome(rng: random.Random, p_shown: float, pending: bool = True) -> tuple[str | None, str | None]:
    """An outcome line in a share of pages: success in two of five, else failed (or pending)."""
    if not shown(rng, 1 - p_shown):
        return None, None
    roll = rng.random()
    status = "success" if roll < 0.4 else ("failed" if roll < 0.72 or not pending else "pending")
    words = {
        "success": ["Payment Successful", "Payment successful"],
        "failed": ["Payment Failed", "Payment failed"],
        "pending": ["Payment Pending"],
    }[status]
    return status, rng.choice(words)


def _lines(
    rng: random.Random, rows: list[tuple], grouping: str, items: list[tuple[str, float]], k: int
) -> float:
    """``k`` item lines drawn from ``items`` (name, unit price) with a quantity in a share; their sum."""
    subtotal = 0.0
    for name, unit in rng.sample(items, k):
        qty = rng.choice([1, 1, 1, 2, 3])
        line = round(unit * qty, 2)
        rows.append(("pair", f"{name} x{qty}" if qty > 1 else name, money(line, grouping)))
        subtotal += line
    return round(subtotal, 2)


def _till_end(rng, rows, fmt, currency, total, patterns, twelve, ids, methods, cash=True):
    """A till's foot: TOTAL, its number in a share, a tender in a share, a date in a share; (txn, method, when)."""
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["TOTAL", "Total"], [])
    ref = digits(rng, rng.choice([5, 6, 7]))
    txn = ref if optional_pair(rng, rows, ids, ref, 0.2) else None
    method = _method(rng, rows, currency, None, methods, 0.2, cash=cash, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date", _stamp(rng, when, patterns, twelve)))
    return txn, method, when if dated else None


# ---------------------------------------------------------------- 1 phone screen repair invoice


def phone_repair(rng: random.Random, font: str):
    """A phone repair shop's invoice: Mobile Clinic / Fixxo Repairs in rupees, iSmash in pounds, uBreakiFix
    in dollars: Customer, Device, Fault, a screen and a battery or a back glass, a screen guard,
    GST 18% / VAT included / sales tax, Total / Amount Paid, Invoice No. / Invoice # in a share, Paid by / Payment
    Mode in a share, Date / Invoice Date in a share, Ready for collection (never the day paid); no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    shop = rng.choice(
        {
            "INR": ["Mobile Clinic", "Fixxo Phone Repairs"],
            "GBP": ["iSmash"],
            "USD": ["uBreakiFix"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    rows = [
        ("title", shop),
        ("center", _place(currency, rng)),
        ("center", "TAX INVOICE" if currency == "INR" else "INVOICE"),
    ]
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Customer", "Name"]), _person(rng, currency)))
    rows.append(
        (
            "pair",
            "Device",
            rng.choice(["iPhone 13", "Samsung Galaxy S22", "OnePlus 11R", "Pixel 7a", "iPhone 14 Pro"]),
        )
    )
    rows.append(("pair", "Fault", rng.choice(["Cracked screen", "Battery drains fast", "Touch not working"])))
    rows.append(("rule",))
    items = {
        "INR": [
            ("Display replacement", 8500.0),
            ("Battery replacement", 2400.0),
            ("Back glass", 3200.0),
            ("Tempered glass", 499.0),
        ],
        "GBP": [
            ("Screen repair", 129.0),
            ("Battery replacement", 69.0),
            ("Back glass", 89.0),
            ("Screen protector", 15.0),
        ],
        "USD": [
            ("Screen repair", 199.99),
            ("Battery replacement", 89.99),
            ("Back glass", 119.99),
            ("Screen protector", 24.99),
        ],
    }[currency]
    subtotal = _lines(rng, rows, grouping, items, rng.randint(1, 3))
    tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, None, ["Total", "Total Amount"], ["Amount Paid"])
    ref = rng.choice(["INV-", "R", ""]) + digits(rng, 5)
    txn = ref if optional_pair(rng, rows, ["Invoice No.", "Invoice #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Mode"])
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Date", "Invoice Date"]), _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.5):
        rows.append(
            ("pair", "Ready for collection", date_text(_later(when, rng, 1, 4), rng.choice(patterns)))
        )
    rows.append(("small", "90-day warranty on parts. Water damage not covered."))
    truth = truth_fields(shop, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=640)


# ---------------------------------------------------------------- 2 hardware store till


def hardware_till(rng: random.Random, font: str):
    """A hardware store's till: Sri Balaji Hardware in rupees, Robert Dyas in pounds, Ace Hardware in dollars, Gamma
    in euros: screws, a hammer, paint, tape and bulbs, GST / VAT included / sales tax, TOTAL, Receipt # / Receipt No in
    a share, Tender / Paid by in a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    shop = {
        "INR": "Sri Balaji Hardware & Paints",
        "GBP": "Robert Dyas",
        "USD": "Ace Hardware",
        "EUR": "GAMMA Utrecht",
    }[currency]
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    rows = [
        ("title", shop),
        ("center", _place(currency, rng) if currency != "EUR" else "Vleutenseweg 250, Utrecht"),
        ("rule",),
    ]
    unit = {"INR": 1.0, "GBP": 0.012, "USD": 0.014, "EUR": 0.013}[currency]
    base = [
        ("Wood screws 4x40 (100)", 180),
        ("Claw hammer 16oz", 650),
        ("Masking tape 48mm", 120),
        ("Wall putty 1kg", 240),
        ("LED bulb 9W", 150),
        ("Emulsion paint 1L", 520),
        ("Wall plugs (50)", 90),
    ]
    items = [(name, round(value * unit, 2) if currency != "INR" else float(value)) for name, value in base]
    subtotal = _lines(rng, rows, grouping, items, rng.randint(2, 5))
    tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    txn, method, when = _till_end(
        rng, rows, fmt, currency, total, patterns, twelve, ["Receipt #", "Receipt No"], ["Tender", "Paid by"]
    )
    rows.append(("small", "Returns within 30 days with receipt."))
    truth = truth_fields(shop, total, currency, txn, when, method, None)
    return rows, truth, dict(PAPER, width=460, size=18, paper=(250, 250, 246))


# ---------------------------------------------------------------- 3 stationery shop till


def stationery_till(rng: random.Random, font: str):
    """A stationery shop's till: Sapna Stationery Mart / Sri Ganesh Stationers in rupees, Ryman in
    pounds, Staples in dollars: notebooks, pens, a geometry box, files and glue, GST / VAT included / sales tax,
    TOTAL, Receipt # / Bill No in a share, Tender / Paid by in a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    shop = rng.choice(
        {
            "INR": ["Sapna Stationery Mart", "Sri Ganesh Stationers"],
            "GBP": ["Ryman Stationery"],
            "USD": ["Staples"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    rows = [("title", shop), ("center", _place(currency, rng)), ("rule",)]
    items = {
        "INR": [
            ("Classmate notebook 172pg", 65.0),
            ("Reynolds gel pen", 20.0),
            ("Camlin geometry box", 185.0),
            ("Fevistik glue 15g", 35.0),
            ("Clear file A4", 25.0),
            ("A4 copier 500 sh", 340.0),
        ],
        "GBP": [
            ("A4 refill pad", 3.49),
            ("Gel pens 4pk", 4.99),
            ("Lever arch file", 5.5),
            ("Glue stick", 1.99),
            ("Highlighters 6pk", 5.99),
            ("Envelopes C5 50", 6.49),
        ],
        "USD": [
            ("Composition book", 2.99),
            ("Ballpoint pens 12ct", 8.49),
            ("Binder 1in", 4.79),
            ("Glue sticks 4ct", 3.99),
            ("Copy paper ream", 9.99),
            ("Sticky notes 6pk", 7.49),
        ],
    }[currency]
    subtotal = _lines(rng, rows, grouping, items, rng.randint(2, 5))
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.12)
    total = round(subtotal + tax, 2)
    ids = ["Bill No", "Receipt #"] if currency == "INR" else ["Receipt #", "Receipt No"]
    txn, method, when = _till_end(
        rng, rows, fmt, currency, total, patterns, twelve, ids, ["Tender", "Paid by"]
    )
    rows.append(("small", "No exchange on opened packs."))
    truth = truth_fields(shop, total, currency, txn, when, method, None)
    return rows, truth, dict(PAPER, width=440, size=18, paper=(254, 253, 249))


# ---------------------------------------------------------------- 4 sweet shop (mithai) bill


def sweet_shop(rng: random.Random, font: str):
    """A sweet shop's bill: Anand Sweets / Haldiram's / Kanti Sweets in rupees, Ambala Sweets Southall in pounds: the
    sweets by weight (kaju katli, motichoor laddoo, soan papdi, rasgulla tins), a gift box, GST 5% / VAT included,
    Total / Net Amount / Amount Paid, Bill No / Bill # in a share, Payment Mode / Paid by in a share, Date in a share,
    a customer's name in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "INR", "GBP"])
    shop = rng.choice(
        {
            "INR": ["Anand Sweets & Savouries", "Kanti Sweets", "Haldiram's Sweets Corner"],
            "GBP": ["Ambala Sweets Southall"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = "The Broadway, Southall UB1 1JY" if currency == "GBP" else _place(currency, rng)
    rows = [("title", shop), ("center", place), ("center", "BILL"), ("rule",)]
    if shown(rng, 0.6):
        rows.append(("pair", "Customer", _person(rng, currency)))
    per_kg = {
        "INR": [
            ("Kaju Katli", 1100.0),
            ("Motichoor Laddoo", 560.0),
            ("Soan Papdi", 420.0),
            ("Milk Cake", 640.0),
            ("Mysore Pak", 720.0),
        ],
        "GBP": [("Kaju Katli", 24.0), ("Motichoor Laddoo", 12.0), ("Barfi Mix", 14.0), ("Jalebi", 9.0)],
    }[currency]
    subtotal = 0.0
    for name, rate in rng.sample(per_kg, rng.randint(1, 3)):
        grams = rng.choice([250, 500, 750, 1000])
        line = round(rate * grams / 1000, 2)
        rows.append(("pair", f"{name} {grams}g", money(line, grouping)))
        subtotal += line
    if rng.random() < 0.4:
        box = {"INR": 60.0, "GBP": 1.5}[currency]
        rows.append(("pair", "Gift box", money(box, grouping)))
        subtotal += box
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.05)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Net Amount"], ["Amount Paid"])
    ref = digits(rng, rng.choice([4, 5, 6]))
    txn = ref if optional_pair(rng, rows, ["Bill No", "Bill #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.25, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date", _stamp(rng, when, patterns, twelve)))
    rows.append(("small", "Best before 7 days. Keep in a cool, dry place."))
    truth = truth_fields(shop, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=480, size=19)


# ---------------------------------------------------------------- 5 car rental return receipt


def car_rental(rng: random.Random, font: str):
    """A car rental's return receipt e-mail: Zoomcar / Revv in rupees, Enterprise Rent-A-Car in dollars or pounds, Sixt
    in euros: Renter, Vehicle and its registration (never the id), Pick-up and Return (never the day paid), days at a
    rate, fuel, insurance or a young driver's fee in a share, GST / VAT included / sales tax, Total / Amount Paid,
    Rental ID / Reservation No in a share, Payment Method / Charged to in a share, Payment Date in a share, Payment
    Successful / Failed in a share."""
    currency = rng.choice(["INR", "USD", "GBP", "EUR"])
    firm = rng.choice(
        {
            "INR": ["Zoomcar Bengaluru", "Revv Self Drive Cars"],
            "USD": ["Enterprise Rent-A-Car Austin Airport"],
            "GBP": ["Enterprise Rent-A-Car Bristol"],
            "EUR": ["Sixt Dublin Airport"],
        }[currency]
    )
    fmt, grouping = _irish(_money_of(rng, font, currency), currency)
    patterns, twelve = _patterns(currency) if currency != "EUR" else IRISH_DATES
    status, words = _outcome(rng, 0.5, pending=False)
    rows = [("title", firm), ("center", "Rental Return Receipt"), ("rule",)]
    rows.append(("pair", "Renter", _person(rng, currency)))
    car = {
        "INR": ["Maruti Swift", "Hyundai Creta", "Tata Nexon"],
        "USD": ["Toyota Corolla", "Nissan Rogue"],
        "GBP": ["Ford Fiesta", "VW Golf"],
        "EUR": ["Skoda Octavia", "Opel Corsa"],
    }[currency]
    rows.append(("pair", "Vehicle", rng.choice(car)))
    when = day(rng)
    start = when - dt.timedelta(days=rng.randint(1, 6))
    days = (when - start).days
    rows.append(("pair", "Pick-up", date_text(start, rng.choice(patterns))))
    rows.append(("pair", "Return", date_text(when, rng.choice(patterns))))
    rows.append(("rule",))
    rate = price(
        rng, *{"INR": (1800, 3600, 50), "USD": (39, 79, 1), "GBP": (32, 65, 1), "EUR": (35, 70, 1)}[currency]
    )
    subtotal = round(rate * days, 2)
    rows.append(("pair", f"{days} day(s) x {money(rate, grouping)}", money(subtotal, grouping)))
    for name, value, share in [
        ("Fuel refill", {"INR": 900.0, "USD": 42.5, "GBP": 35.0, "EUR": 38.0}, 0.4),
        ("Damage waiver", {"INR": 499.0, "USD": 24.99, "GBP": 18.0, "EUR": 21.0}, 0.5),
    ]:
        if rng.random() < share:
            rows.append(("pair", name, money(value[currency], grouping)))
            subtotal += value[currency]
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.23)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    ref = code(rng, 2, UPPER) + digits(rng, 7)
    txn = ref if optional_pair(rng, rows, ["Rental ID", "Reservation No"], ref, 0.2) else None
    method = _method(rng, rows, currency, status, ["Payment Method", "Charged to"], 0.2, cash=False)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", "Payment Date", _stamp(rng, when, patterns, twelve)))
    if status:
        rows.append(("center", words))
    rows.append(("small", "Fuel policy: full to full. Tolls billed separately."))
    truth = truth_fields(firm, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(EMAIL)


# ---------------------------------------------------------------- 6 ferry ticket booking e-mail


def ferry_ticket(rng: random.Random, font: str):
    """A ferry operator's ticket e-mail: Makruzz (Andaman) in rupees, Red Funnel / Wightlink in pounds, Irish Ferries in
    euros: Lead passenger, Route, Sailing with its time (never the day paid), passengers and a vehicle in a share, a
    booking fee, GST / VAT included, Total / Amount Paid, Booking Reference / Booking ID in a share, Payment Method
    / Paid with in a share, Booking Date / Booked on in a share, Payment Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "GBP", "GBP", "EUR"])
    operator = rng.choice(
        {"INR": ["Makruzz"], "GBP": ["Red Funnel Ferries", "Wightlink"], "EUR": ["Irish Ferries"]}[currency]
    )
    route = {
        "Makruzz": ["Port Blair - Swaraj Dweep", "Swaraj Dweep - Shaheed Dweep"],
        "Red Funnel Ferries": ["Southampton - East Cowes"],
        "Wightlink": ["Portsmouth - Fishbourne", "Lymington - Yarmouth"],
        "Irish Ferries": ["Dublin - Holyhead", "Rosslare - Pembroke"],
    }[operator]
    fmt, grouping = _irish(_money_of(rng, font, currency), currency)
    patterns, twelve = _patterns(currency) if currency != "EUR" else IRISH_DATES
    status, words = _outcome(rng, 0.8)
    rows = [("title", operator), ("center", "Your ferry booking"), ("rule",)]
    if status and rng.random() < 0.5:
        rows.append(("big", words))
    rows.append(("pair", "Lead passenger", _person(rng, currency)))
    rows.append(("pair", "Route", rng.choice(route)))
    when = day(rng)
    sailing = _later(when, rng, 2, 40)
    rows.append(
        (
            "pair",
            "Sailing",
            date_text(sailing, rng.choice(patterns)) + rng.choice([" 08:15", " 13:30", " 17:45"]),
        )
    )
    adults = rng.randint(1, 4)
    fare = price(rng, *{"INR": (1350, 1900, 50), "GBP": (12, 28, 0.5), "EUR": (35, 75, 1)}[currency])
    rows.append(("rule",))
    rows.append(("pair", f"Adult x{adults}", money(fare * adults, grouping)))
    subtotal = fare * adults
    if currency != "INR" and rng.random() < 0.5:
        car = price(rng, *{"GBP": (45, 90, 1), "EUR": (95, 160, 1)}[currency])
        rows.append(("pair", "Car (up to 5m)", money(car, grouping)))
        subtotal += car
    fee = {"INR": 100.0, "GBP": 2.5, "EUR": 5.0}[currency]
    rows.append(("pair", "Booking fee", money(fee, grouping)))
    subtotal = round(subtotal + fee, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.05, euro_rate=0.23)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    ref = code(rng, 3, UPPER) + digits(rng, 5) if currency != "INR" else "MKZ" + digits(rng, 7)
    txn = ref if optional_pair(rng, rows, ["Booking Reference", "Booking ID"], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid with"], 0.2, cash=False)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Booking Date", "Booked on"]), _stamp(rng, when, patterns, twelve)))
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Check-in closes 30 minutes before departure."))
    truth = truth_fields(operator, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(EMAIL)


# ---------------------------------------------------------------- 7 bowling alley till


def bowling_till(rng: random.Random, font: str):
    """A bowling alley's till: Smaaash / Amoeba in rupees, Hollywood Bowl / Tenpin in pounds, Bowlero in dollars: Lane
    (never the id), games for a number of bowlers, shoe hire, a pitcher or nachos in a share, GST 18% / VAT included
    / sales tax, TOTAL, Receipt # / Check No in a share, Tender / Paid by in a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "GBP", "GBP", "USD"])
    venue = rng.choice(
        {
            "INR": ["Smaaash", "Amoeba Bowling"],
            "GBP": ["Hollywood Bowl", "Tenpin"],
            "USD": ["Bowlero"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    rows = [("title", venue), ("center", _place(currency, rng)), ("rule",)]
    rows.append(("pair", "Lane", str(rng.randint(1, 24))))
    bowlers, games = rng.randint(2, 6), rng.choice([1, 2, 3])
    per = price(rng, *{"INR": (300, 450, 25), "GBP": (6.5, 9.5, 0.25), "USD": (6.99, 9.99, 1)}[currency])
    line = round(per * bowlers * games, 2)
    rows.append(("pair", f"{games} game(s) x {bowlers} bowlers", money(line, grouping)))
    subtotal = line
    if rng.random() < 0.6:
        shoes = {"INR": 50.0, "GBP": 1.5, "USD": 5.5}[currency]
        rows.append(("pair", f"Shoe hire x{bowlers}", money(shoes * bowlers, grouping)))
        subtotal += shoes * bowlers
    if rng.random() < 0.4:
        snack, value = rng.choice(
            [
                ("Nachos", {"INR": 220.0, "GBP": 5.95, "USD": 9.99}),
                ("Soft drink pitcher", {"INR": 180.0, "GBP": 7.5, "USD": 12.5}),
            ]
        )
        rows.append(("pair", snack, money(value[currency], grouping)))
        subtotal += value[currency]
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    txn, method, when = _till_end(
        rng, rows, fmt, currency, total, patterns, twelve, ["Receipt #", "Check No"], ["Tender", "Paid by"]
    )
    rows.append(("small", "Please return your shoes to the counter."))
    truth = truth_fields(venue, total, currency, txn, when, method, None)
    return rows, truth, dict(PAPER, width=460, size=18, paper=(251, 251, 248))


# ---------------------------------------------------------------- 8 karaoke room booking screen


def karaoke_booking(rng: random.Random, font: str):
    """A karaoke room's booking screen: The Sing Song Room / Hammer & Tongs in rupees, Lucky Voice / Karaoke Box in
    pounds, Sing Sing in dollars: Booked by, Room and guests, Session date with its time (never the day paid), hours
    at a rate, a drinks package in a share, GST 18% / VAT included / sales tax, Total / Amount Paid, Booking ID /
    Order ID in a share, Payment Method / Paid via in a share, Booking Date in a share, Payment Successful / Failed /
    Pending in a share."""
    currency = rng.choice(["INR", "GBP", "GBP", "USD"])
    venue = rng.choice(
        {
            "INR": ["The Sing Song Room Koramangala"],
            "GBP": ["Lucky Voice Soho", "Karaoke Box Smithfield"],
            "USD": ["Sing Sing Karaoke Austin"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    status, words = _outcome(rng, 0.8)
    rows = [("title", venue), ("center", "Booking summary"), ("rule",)]
    if status and rng.random() < 0.6:
        rows.append(("big", words))
    rows.append(("pair", "Booked by", _person(rng, currency)))
    rows.append(
        ("pair", "Room", rng.choice(["Room 3 (up to 8)", "Disco Room (up to 12)", "Booth B (up to 6)"]))
    )
    rows.append(("pair", "Guests", str(rng.randint(4, 12))))
    when = day(rng)
    rows.append(
        (
            "pair",
            "Session",
            date_text(_later(when, rng, 1, 21), rng.choice(patterns))
            + rng.choice([", 7pm - 9pm", ", 9pm - 11pm", ", 8pm - 10pm"]),
        )
    )
    hours = 2
    rate = price(rng, *{"INR": (1500, 2500, 100), "GBP": (40, 75, 5), "USD": (50, 90, 5)}[currency])
    rows.append(("rule",))
    rows.append(("pair", f"{hours} hours x {money(rate, grouping)}", money(rate * hours, grouping)))
    subtotal = rate * hours
    if rng.random() < 0.4:
        drinks = {"INR": 2400.0, "GBP": 60.0, "USD": 80.0}[currency]
        rows.append(("pair", "Drinks package", money(drinks, grouping)))
        subtotal += drinks
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    ref = ("KR" if currency == "INR" else "") + code(rng, 6, UPPER + "23456789")
    txn = ref if optional_pair(rng, rows, ["Booking ID", "Order ID"], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid via"], 0.2, cash=False)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", "Booking Date", _stamp(rng, when, patterns, twelve)))
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    truth = truth_fields(venue, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(SCREEN)


# ---------------------------------------------------------------- 9 plant nursery till


def plant_nursery(rng: random.Random, font: str):
    """A plant nursery's or garden centre's till: Lalbagh Green Nursery / Ugaoo Garden Store in rupees, Dobbies Garden
    Centre in pounds, Armstrong Garden Centers in dollars: plants by pot size, pots, potting mix and plant food, a
    loyalty or member number in a share (never the id), VAT included / sales tax (no tax line on the rupee plants),
    TOTAL, Receipt # / Bill No in a share, Tender / Paid by in a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    shop = rng.choice(
        {
            "INR": ["Lalbagh Green Nursery", "Ugaoo Garden Store"],
            "GBP": ["Dobbies Garden Centre"],
            "USD": ["Armstrong Garden Centers"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    rows = [("title", shop), ("center", _place(currency, rng)), ("rule",)]
    items = {
        "INR": [
            ("Money plant 6in", 199.0),
            ("Snake plant 8in", 449.0),
            ("Areca palm 10in", 799.0),
            ("Terracotta pot 8in", 180.0),
            ("Potting mix 5kg", 250.0),
            ("Vermicompost 2kg", 120.0),
        ],
        "GBP": [
            ("Monstera 17cm", 18.99),
            ("Lavender 2L", 7.99),
            ("Peace lily 12cm", 9.99),
            ("Glazed pot 20cm", 14.99),
            ("Compost 40L", 6.5),
            ("Plant feed 1L", 5.49),
        ],
        "USD": [
            ("Fiddle leaf fig 10in", 39.99),
            ("Pothos 6in", 14.99),
            ("Succulent 4in", 6.99),
            ("Ceramic pot 8in", 24.99),
            ("Potting soil 1cf", 12.99),
            ("Plant food 8oz", 8.49),
        ],
    }[currency]
    subtotal = _lines(rng, rows, grouping, items, rng.randint(2, 4))
    tax = 0.0 if currency == "INR" else _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    if currency != "INR" and shown(rng, 0.6):
        rows.append(("pair", "Member", digits(rng, 8)))
    ids = ["Bill No", "Receipt #"] if currency == "INR" else ["Receipt #", "Receipt No"]
    txn, method, when = _till_end(
        rng, rows, fmt, currency, total, patterns, twelve, ids, ["Tender", "Paid by"]
    )
    rows.append(("small", "Water twice a week. Keep in bright indirect light."))
    truth = truth_fields(shop, total, currency, txn, when, method, None)
    return rows, truth, dict(PAPER, width=460, size=18, paper=(250, 252, 246))


# ---------------------------------------------------------------- 10 bridal and saree shop invoice


def saree_invoice(rng: random.Random, font: str):
    """A saree and bridal wear shop's invoice: Nalli Silks / Pothys / Kankatala in rupees, Nalli Southall in pounds:
    Customer, silk sarees, a lehenga, blouse stitching and fall-and-pico in a share, a discount in a share, GST 5% or
    12% / VAT included, Grand Total / Amount Paid, Invoice No. / Invoice # in a share, Payment Mode in a share,
    Invoice Date / Date in a share, Fitting / Delivery on (never the day paid) in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "INR", "GBP"])
    shop = rng.choice(
        {
            "INR": ["Nalli Silks T. Nagar", "Pothys Chennai", "Kankatala Sarees"],
            "GBP": ["Nalli Silks Southall"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = "The Broadway, Southall UB1 1LS" if currency == "GBP" else "T. Nagar, Chennai 600017"
    rows = [("title", shop), ("center", place), ("center", "TAX INVOICE" if currency == "INR" else "INVOICE")]
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Customer", "Name"]), _person(rng, currency)))
    rows.append(("rule",))
    scale = 1.0 if currency == "INR" else 0.011
    items = [
        ("Kanjivaram silk saree", 28500.0),
        ("Banarasi silk saree", 18900.0),
        ("Bridal lehenga", 64000.0),
        ("Mysore crepe silk saree", 9800.0),
        ("Chanderi cotton saree", 3450.0),
    ]
    subtotal = 0.0
    for name, value in rng.sample(items, rng.randint(1, 3)):
        value = value if currency == "INR" else round(value * scale)
        rows.append(("pair", name, money(value, grouping)))
        subtotal += value
    if rng.random() < 0.5:
        stitch = 1500.0 if currency == "INR" else 25.0
        rows.append(("pair", "Blouse stitching", money(stitch, grouping)))
        subtotal += stitch
    if rng.random() < 0.4:
        off = round(subtotal * 0.1, 2)
        rows.append(("pair", "Discount 10%", "-" + money(off, grouping)))
        subtotal -= off
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=rng.choice([0.05, 0.12]))
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Grand Total", "Total"], ["Amount Paid"])
    ref = rng.choice(["TN/", "INV-", ""]) + digits(rng, 6)
    txn = ref if optional_pair(rng, rows, ["Invoice No.", "Invoice #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode"], 0.2, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Invoice Date", "Date"]), _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                rng.choice(["Fitting on", "Delivery on"]),
                date_text(_later(when, rng, 5, 30), rng.choice(patterns)),
            )
        )
    rows.append(("small", "Silk sarees: dry clean only. No exchange on sale items."))
    truth = truth_fields(shop, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=640)


# ---------------------------------------------------------------- 11 art supplies store till


def art_supplies(rng: random.Random, font: str):
    """An art supplies store's till: Itsy Bitsy in rupees, Cass Art in pounds, Utrecht Art Supplies in dollars, Van Beek
    in euros: acrylics, canvases, brushes and a sketchbook, a student discount in a share, GST 12% / VAT included /
    sales tax, TOTAL, Receipt # / Order No in a share, Tender / Paid by in a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    shop = {
        "INR": "Itsy Bitsy",
        "GBP": "Cass Art",
        "USD": "Utrecht Art Supplies",
        "EUR": "Van Beek Art Supplies",
    }[currency]
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = "Stadhouderskade 63, Amsterdam" if currency == "EUR" else _place(currency, rng)
    rows = [("title", shop), ("center", place), ("rule",)]
    unit = {"INR": 1.0, "GBP": 0.011, "USD": 0.013, "EUR": 0.012}[currency]
    base = [
        ("Acrylic paint 75ml", 450),
        ("Stretched canvas 40x50", 990),
        ("Brush set 10pc", 780),
        ("Sketchbook A4", 560),
        ("Watercolour pans 12", 1250),
        ("Palette knife", 240),
    ]
    items = [(name, round(value * unit, 2) if currency != "INR" else float(value)) for name, value in base]
    subtotal = _lines(rng, rows, grouping, items, rng.randint(2, 4))
    if rng.random() < 0.3:
        off = round(subtotal * 0.1, 2)
        rows.append(("pair", "Student discount 10%", "-" + money(off, grouping)))
        subtotal = round(subtotal - off, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.12)
    total = round(subtotal + tax, 2)
    txn, method, when = _till_end(
        rng, rows, fmt, currency, total, patterns, twelve, ["Receipt #", "Order No"], ["Tender", "Paid by"]
    )
    rows.append(("small", "Keep your receipt for exchanges."))
    truth = truth_fields(shop, total, currency, txn, when, method, None)
    return rows, truth, dict(PAPER, width=460, size=18, paper=(253, 252, 248))


# ---------------------------------------------------------------- 12 concert ticket e-mail


def concert_tickets(rng: random.Random, font: str):
    """A concert venue's ticket e-mail: NCPA Mumbai in rupees, Royal Albert Hall / O2 Academy Brixton in pounds, The
    Fillmore in dollars, Ziggo Dome in euros: Ticket holder, Event, Show date with its time (never the day paid),
    Seats, tickets at a price, a booking fee, GST 18% / VAT included / sales tax, Total / Order Total / Amount Paid,
    Order No. / Order ID in a share, Payment Method in a share, Order Date in a share, Payment Successful / Failed /
    Pending in a share."""
    currency = rng.choice(["INR", "GBP", "GBP", "USD", "EUR"])
    venue = rng.choice(
        {
            "INR": ["NCPA Mumbai"],
            "GBP": ["Royal Albert Hall", "O2 Academy Brixton"],
            "USD": ["The Fillmore Philadelphia"],
            "EUR": ["Ziggo Dome Amsterdam"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    status, words = _outcome(rng, 0.8)
    rows = [("title", venue), ("center", "Your tickets"), ("rule",)]
    rows.append(("pair", "Ticket holder", _person(rng, currency)))
    rows.append(
        (
            "pair",
            "Event",
            rng.choice(
                [
                    "Symphony Orchestra of India",
                    "An Evening of Jazz",
                    "Indie Nights Live",
                    "Film Music in Concert",
                ]
            ),
        )
    )
    when = day(rng)
    rows.append(
        (
            "pair",
            "Show",
            date_text(_later(when, rng, 7, 90), rng.choice(patterns))
            + rng.choice([", 7:30 PM", ", 8:00 PM"]),
        )
    )
    count = rng.randint(1, 4)
    first = rng.randint(5, 30)
    seats = f"{rng.choice(['Stalls', 'Circle', 'Block C'])}, Row {rng.choice('DEFGHK')}, " + (
        f"{first}-{first + count - 1}" if count > 1 else str(first)
    )
    rows.append(("pair", "Seats", seats))
    each = price(
        rng,
        *{"INR": (800, 3500, 100), "GBP": (25, 85, 0.5), "USD": (35, 120, 0.5), "EUR": (45, 95, 0.5)}[
            currency
        ],
    )
    rows.append(("rule",))
    rows.append(("pair", f"Tickets x{count}", money(each * count, grouping)))
    fee = {"INR": 60.0, "GBP": 3.5, "USD": 6.75, "EUR": 4.0}[currency] * count
    rows.append(("pair", "Booking fee", money(fee, grouping)))
    subtotal = round(each * count + fee, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows) if currency != "USD" else 0.0
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Order Total"], ["Amount Paid"])
    ref = digits(rng, 8) if currency != "EUR" else code(rng, 2, UPPER) + digits(rng, 6)
    txn = ref if optional_pair(rng, rows, ["Order No.", "Order ID"], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Payment Method"], 0.2, cash=False)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", "Order Date", _stamp(rng, when, patterns, twelve)))
    if status:
        rows.append(("center", words))
    rows.append(("small", "Doors open 60 minutes before the show."))
    truth = truth_fields(venue, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(EMAIL)
