"""The twelve heldout54 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the shared value helpers of heldout14 and the pure
page helpers of heldout53 (rupees, cards, stamps, outcomes, later days) are reused. ``truth_fields`` states the
fields exactly as the page prints them (``None`` where a field is not printed). Every receipt prints at most one
transaction id (a reference, a payment's id or a document's own number; a job, bib, booking-slot, lorry, pet's
microchip or equipment number beside it is never the id), at most one date of payment (the other dates are named
for other events: delivery, slot, darshan, move, hire, collection, race, next visit), and names one party that was
paid, on top.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import (
    PEOPLE,
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
    INDIAN_DATES,
    PAPER,
    SCREEN,
    UK_DATES,
    UPPER,
    US_DATES,
    _card,
    _inr,
    _later,
    _outcome,
    _stamp,
)

INDIAN_PEOPLE = PEOPLE[:6]
WESTERN_PEOPLE = PEOPLE[6:]
EURO_DATES = ["%d.%m.%Y", "%d/%m/%Y"]


def _money_of(rng: random.Random, font: str, currency: str):
    """A formatter of amounts in ``currency`` with its usual mark (₹/Rs./INR, £, $, €)."""
    if currency == "INR":
        return lambda v: _inr(rng, font, v)
    if currency == "GBP":
        return lambda v: "£" + money(v, "western")
    if currency == "USD":
        return lambda v: "$" + money(v, "western")
    return lambda v: money(v, "european") + " €" if rng.random() < 0.6 else "EUR " + money(v, "european")


def _grouping(currency: str) -> str:
    return {"INR": "indian", "EUR": "european"}.get(currency, "western")


def _pay(rng: random.Random, currency: str) -> tuple[str, str]:
    """A way to pay as printed beside a method label, and its truth."""
    if currency == "INR":
        return rng.choice(
            [
                ("UPI", "UPI"),
                (_card(rng), "card"),
                ("Credit Card", "card"),
                ("Debit Card", "card"),
                ("Net Banking", "netbanking"),
                ("Cash", "cash"),
            ]
        )
    return rng.choice(
        [
            (_card(rng, india=False), "card"),
            ("Debit Card", "card"),
            ("Credit Card", "card"),
            ("Apple Pay", "wallet"),
            ("Cash", "cash"),
        ]
    )


US_ADDRESSES = [
    "2150 W Irving Park Rd, Chicago, IL 60618",
    "918 Congress Ave, Austin, TX 78701",
    "4410 Roosevelt Way NE, Seattle, WA 98105",
    "63 Atlantic Ave, Brooklyn, NY 11201",
]


def _patterns(currency: str) -> tuple[list[str], bool]:
    return {
        "INR": (INDIAN_DATES, True),
        "GBP": (UK_DATES, False),
        "USD": (US_DATES, True),
        "EUR": (EURO_DATES, False),
    }[currency]


# ---------------------------------------------------------------- 1 flower delivery order


def flower_order(rng: random.Random, font: str):
    """A flower and gift delivery order's payment confirmation e-mail: Ferns N Petals / IGP in rupees, Interflora /
    Moonpig in pounds, 1-800-Flowers / FTD in dollars: the shop on top, the recipient and a gift message, the
    bouquet and an add-on in a share, Delivery Charges (a midnight or fixed-time slot), Order Total / Amount Paid,
    Order No. / Order # in a share, Order Date in a share, Delivery Date (never the day paid), Payment Method in a
    share, Payment Successful / Payment Failed in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    shop = {
        "INR": ["Ferns N Petals", "IGP.com"],
        "GBP": ["Interflora", "Moonpig"],
        "USD": ["1-800-Flowers.com", "FTD Flowers"],
    }[currency]
    shop = rng.choice(shop)
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    bouquets = {
        "INR": [
            ("Red Roses Bouquet (12)", 899.0),
            ("Mixed Lilies Basket", 1249.0),
            ("Orchid Bunch Premium", 1899.0),
        ],
        "GBP": [
            ("The Classic Rose Bouquet", 39.99),
            ("Sunshine Gerbera Hand-tied", 34.0),
            ("Luxury Lily & Rose", 55.0),
        ],
        "USD": [
            ("Two Dozen Red Roses", 79.99),
            ("Sunflower Smiles Bouquet", 54.99),
            ("Peony Garden Arrangement", 89.99),
        ],
    }[currency]
    extras = {
        "INR": [("Chocolate Truffle Cake 500g", 649.0), ("Greeting Card", 99.0)],
        "GBP": [("Thorntons Chocolates", 9.99), ("Birthday Balloon", 6.5)],
        "USD": [("Godiva Chocolates", 24.99), ("Mylar Balloon", 9.99)],
    }[currency]
    rows = [
        ("title", shop),
        ("center", "Your order details"),
        ("rule",),
        ("pair", "Deliver to", rng.choice(WESTERN_PEOPLE if currency != "INR" else INDIAN_PEOPLE)),
        (
            "left",
            "Message: "
            + rng.choice(["Happy Birthday!", "With love", "Congratulations on the new job", "Get well soon"]),
        ),
    ]
    name, total = rng.choice(bouquets)
    rows.append(("pair", name, money(total, grouping)))
    if rng.random() < 0.5:
        extra, value = rng.choice(extras)
        rows.append(("pair", extra, money(value, grouping)))
        total += value
    charge = {"INR": [0.0, 99.0, 249.0], "GBP": [0.0, 5.99, 9.99], "USD": [0.0, 14.99, 19.99]}[currency]
    fee = rng.choice(charge)
    rows.append(
        ("pair", rng.choice(["Delivery Charges", "Delivery"]), money(fee, grouping) if fee else "FREE")
    )
    total = round(total + fee, 2)
    status = None
    if shown(rng, 0.45):
        status, words = _outcome(rng, {"success": ["Payment Successful"], "failed": ["Payment Failed"]})
    total_label = "Order Total" if status == "failed" else rng.choice(["Order Total", "Amount Paid"])
    rows.append(("pair", total_label, fmt(total)))
    txn = None
    ref = {
        "INR": ("FNP" if shop.startswith("Ferns") else "IGP") + digits(rng, 9),
        "GBP": digits(rng, 9),
        "USD": "W" + digits(rng, 10),
    }[currency]
    if optional_pair(rng, rows, ["Order No.", "Order #"], ref, 0.15):
        txn = ref
    pay, method = _pay(rng, currency)
    if pay == "Cash":
        pay, method = ("UPI", "UPI") if currency == "INR" else ("PayPal", "wallet")
    printed = optional_pair(
        rng,
        rows,
        ["Payment Method", "Paid with"] if status in (None, "success") else ["Payment Method"],
        pay,
        0.2,
    )
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Order Date", _stamp(rng, when, patterns, twelve)))
    slot = rng.choice(["Midnight 11 PM - 12 AM", "Fixed time 4 PM - 6 PM", "Standard", "Same day"])
    rows.append(
        ("pair", "Delivery Date", date_text(_later(when, rng, 0, 6), rng.choice(patterns)) + ", " + slot)
    )
    if status:
        rows.append(("center", words))
    if currency == "USD":
        rows.append(("small", "One Old Country Road, Carle Place, NY 11514"))
    rows.append(("small", "Flowers are natural; shades may vary slightly from the picture."))
    truth = truth_fields(
        shop, total, currency, txn, when if dated else None, method if printed else None, status
    )
    return rows, truth, dict(EMAIL, accent=(170, 20, 70), screen=rng.random() < 0.4)


# ---------------------------------------------------------------- 2 sports court booking


def court_booking(rng: random.Random, font: str):
    """A sports venue's court or pitch booking receipt, issued by the venue's operator itself: Game Theory / Play
    Arena / Hudle Sports Centre in rupees (badminton, turf, padel), Powerleague / Goals in pounds (5-a-side): the
    venue on top, Sport / Court / Pitch, Slot Date and Slot time (never the day paid), Players, Court Fee, a
    Convenience Fee in a share, GST 18% on Indian pages, Total / Amount Paid, Booking ID / Booking Reference in a
    share, Paid via in a share, Booked on / Payment Date in a share, Payment Successful / Payment Pending in a
    share."""
    india = rng.random() < 0.65
    currency = "INR" if india else "GBP"
    venue = rng.choice(
        ["Game Theory - Koramangala", "Play Arena Sarjapur", "PadelPark Gurugram"]
        if india
        else ["Powerleague Shoreditch", "Goals Manchester", "Powerleague Glasgow Central"]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    sport, court = (
        rng.choice(
            [
                ("Badminton", "Court 3"),
                ("Football Turf 5v5", "Turf A"),
                ("Padel", "Court 2"),
                ("Box Cricket", "Arena 1"),
            ]
        )
        if india
        else rng.choice([("5-a-side Football", "Pitch 4"), ("7-a-side Football", "Pitch 1")])
    )
    hours = rng.choice([1, 1, 2])
    rate = float(rng.choice([500, 800, 1200, 1800])) if india else price(rng, 55, 95, 0.5)
    fee = round(rate * hours, 2)
    when = day(rng)
    slot = _later(when, rng, 0, 10)
    start = rng.randrange(6, 22)
    rows = [
        ("title", venue),
        ("center", "Booking Receipt"),
        ("rule",),
        ("pair", "Sport", sport),
        ("pair", "Court" if "Pitch" not in court else "Pitch", court),
        ("pair", "Slot Date", date_text(slot, rng.choice(patterns))),
        ("pair", "Slot", f"{start:02d}:00 - {start + hours:02d}:00"),
        ("pair", "Players", str(rng.choice([2, 4] if sport in ("Badminton", "Padel") else [10, 12, 14]))),
        ("rule",),
        ("pair", "Court Fee" if india else "Pitch Hire", money(fee, grouping)),
    ]
    total = fee
    if shown(rng, 0.5):
        conv = float(rng.choice([20, 30, 49])) if india else 1.5
        rows.append(("pair", "Convenience Fee", money(conv, grouping)))
        total += conv
    if india:
        gst = round(total * 0.18, 2)
        rows.append(("pair", "GST 18%", money(gst, grouping)))
        total += gst
    else:
        rows.append(("pair", "VAT (incl.)", money(round(total / 6, 2), grouping)))
    total = round(total, 2)
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(rng, {"success": ["Payment Successful"], "pending": ["Payment Pending"]})
    rows.append(
        ("pair", "Total" if status == "pending" else rng.choice(["Total", "Amount Paid"]), fmt(total))
    )
    txn = None
    ref = (
        ("".join(word[0] for word in venue.split()[:2]).upper() + code(rng, 6, ALNUM))
        if india
        else (("PL-" if venue.startswith("Powerleague") else "GS-") + digits(rng, 7))
    )
    if optional_pair(rng, rows, ["Booking ID", "Booking Reference"], ref, 0.15):
        txn = ref
    pay, method = _pay(rng, currency)
    if pay == "Cash":
        pay, method = ("UPI", "UPI") if india else ("Debit Card", "card")
    printed = optional_pair(
        rng, rows, ["Paid via", "Payment Mode"] if status in (None, "success") else ["Payment Mode"], pay, 0.2
    )
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Booked on", "Payment Date"]), _stamp(rng, when, patterns, twelve)))
    if status:
        rows.append(("center", words))
    rows.append(("small", "Please arrive 10 minutes before your slot. Non-marking shoes only."))
    truth = truth_fields(
        venue, total, currency, txn, when if dated else None, method if printed else None, status
    )
    return rows, truth, dict(SCREEN, accent=(20, 110, 60), screen=rng.random() < 0.6)


# ---------------------------------------------------------------- 3 pet grooming and boarding invoice


def pet_grooming(rng: random.Random, font: str):
    """A pet grooming or boarding invoice: Heads Up For Tails spa / Scoobies in rupees, Pets at Home Groom Room in
    pounds, Petco Grooming in dollars: the salon on top, Pet, Breed, Microchip No (never the id), services (bath,
    haircut, nail trim, boarding nights), GST / tax, Total / Amount Paid, Invoice No. / Invoice # in a share,
    Payment Mode / Paid by in a share, Date / Invoice Date in a share, Next Grooming / Next Visit (never the day
    paid) in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    salon = {
        "INR": ["Heads Up For Tails Spa - Indiranagar", "Scoobies Pet Spa, Bandra"],
        "GBP": ["The Groom Room at Pets at Home", "Barking Mad Dog Grooming"],
        "USD": ["Petco Grooming Salon", "Wag N' Wash Pet Spa"],
    }[currency]
    salon = rng.choice(salon)
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    services = {
        "INR": [
            ("Full Grooming Package", 1899.0),
            ("Bath & Blow Dry", 899.0),
            ("Nail Clipping", 299.0),
            ("Tick Treatment", 499.0),
            ("Boarding (per night)", 1200.0),
        ],
        "GBP": [
            ("Full Groom", 52.0),
            ("Bath & Brush", 32.0),
            ("Nail Trim", 10.0),
            ("De-shedding Treatment", 18.0),
        ],
        "USD": [
            ("Full Service Groom", 78.0),
            ("Bath & Brush", 45.0),
            ("Nail Trim", 15.0),
            ("Teeth Brushing", 12.0),
            ("Overnight Boarding", 55.0),
        ],
    }[currency]
    rows = [
        ("title", salon),
        ("center", rng.choice(["INVOICE", "Tax Invoice" if currency == "INR" else "Receipt"])),
        ("rule",),
        ("pair", "Pet", rng.choice(["Bruno", "Coco", "Simba", "Luna", "Max", "Milo"])),
        (
            "pair",
            "Breed",
            rng.choice(["Golden Retriever", "Shih Tzu", "Labrador", "Beagle", "Cocker Spaniel"]),
        ),
        ("pair", "Owner", rng.choice(INDIAN_PEOPLE if currency == "INR" else WESTERN_PEOPLE)),
    ]
    if shown(rng, 0.4):
        rows.append(("pair", "Microchip No", digits(rng, 15)))
    rows.append(("rule",))
    subtotal = 0.0
    for item, value in rng.sample(services, rng.randint(1, 3)):
        nights = rng.randint(2, 5) if ("night" in item.lower() or "boarding" in item.lower()) else 1
        label = item if nights == 1 else f"{item} x{nights}"
        rows.append(("pair", label, money(value * nights, grouping)))
        subtotal += value * nights
    subtotal = round(subtotal, 2)
    if currency == "INR":
        gst = round(subtotal * 0.18, 2)
        rows += [("pair", "Subtotal", money(subtotal, grouping)), ("pair", "GST 18%", money(gst, grouping))]
        total = round(subtotal + gst, 2)
    elif currency == "USD":
        tax = round(subtotal * 0.0625, 2)
        rows += [("pair", "Subtotal", money(subtotal, grouping)), ("pair", "Sales Tax", money(tax, grouping))]
        total = round(subtotal + tax, 2)
    else:
        total = subtotal
        rows.append(("pair", "VAT included", money(round(total / 6, 2), grouping)))
    rows.append(("pair", rng.choice(["Total", "Amount Paid"]), fmt(total)))
    txn = None
    ref = {"INR": "HUFT/" + digits(rng, 6), "GBP": "GR" + digits(rng, 7), "USD": digits(rng, 8)}[currency]
    if currency == "INR" and "Scoobies" in salon:
        ref = "SPS-" + digits(rng, 5)
    if optional_pair(
        rng, rows, ["Invoice No.", "Invoice #" if currency == "USD" else "Invoice No"], ref, 0.15
    ):
        txn = ref
    pay, method = _pay(rng, currency)
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid by"], pay, 0.2)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Date", "Invoice Date"]), _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                rng.choice(["Next Grooming", "Next Visit"]),
                date_text(_later(when, rng, 28, 60), rng.choice(patterns)),
            )
        )
    if currency == "USD":
        rows.append(("small", rng.choice(US_ADDRESSES)))
    rows.append(("small", "Please keep your pet's vaccinations up to date."))
    truth = truth_fields(
        salon, total, currency, txn, when if dated else None, method if printed else None, None
    )
    return rows, truth, PAPER


# ---------------------------------------------------------------- 4 print and copy shop receipt


def print_shop(rng: random.Random, font: str):
    """A print and copy shop's receipt: Printo / Print Express in rupees, FedEx Office / The UPS Store print in
    dollars, Ryman / Snappy Snaps in pounds: the shop on top, a Job No / Job Ticket (a print job's number: never the
    id, printed only beside the receipt's own number), the jobs (colour and black-and-white copies, binding, lamination,
    passport photos, business cards) with quantities, tax, Total / Amount Paid, Receipt No. / Bill No in a share,
    Payment Mode / Tender in a share, Date in a share, Ready by / Collect on (never the day paid) in a share."""
    currency = rng.choice(["INR", "INR", "USD", "GBP"])
    shop = {
        "INR": ["Printo - HSR Layout", "Print Express Xerox & Binding", "Printo Document Services"],
        "USD": ["FedEx Office Print & Ship Center", "The UPS Store #4721"],
        "GBP": ["Ryman Stationery", "Snappy Snaps"],
    }[currency]
    shop = rng.choice(shop)
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    jobs = {
        "INR": [
            ("B/W Print A4", 2.0),
            ("Colour Print A4", 10.0),
            ("Spiral Binding", 60.0),
            ("Lamination A4", 40.0),
            ("Passport Photos (8)", 150.0),
            ("Visiting Cards (100)", 349.0),
        ],
        "USD": [
            ("B&W Copies 8.5x11", 0.19),
            ("Color Copies 8.5x11", 0.89),
            ("Coil Binding", 5.99),
            ("Lamination Letter", 2.49),
            ("Passport Photos (2)", 16.99),
        ],
        "GBP": [
            ("Mono A4 Print", 0.15),
            ("Colour A4 Print", 0.75),
            ("Comb Binding", 4.5),
            ("Passport Photos", 12.99),
            ("Photo Print 6x4", 0.35),
        ],
    }[currency]
    ref = {"INR": rng.choice(["", "PR/"]) + digits(rng, 6), "USD": digits(rng, 6), "GBP": digits(rng, 6)}[
        currency
    ]
    numbered = shown(rng, 0.2)
    rows = [
        ("title", shop),
        ("center", rng.choice(["CASH MEMO", "RECEIPT"]) if currency == "INR" else "RECEIPT"),
    ]
    if numbered and rng.random() < 0.6:
        rows.append(("pair", rng.choice(["Job No", "Job Ticket"]), digits(rng, 4)))
    rows.append(("rule",))
    subtotal = 0.0
    for item, unit in rng.sample(jobs, rng.randint(2, 4)):
        qty = rng.choice([1, 2]) if unit > 3 else rng.choice([12, 25, 40, 60, 120])
        value = round(unit * qty, 2)
        rows.append(("pair", f"{item} x{qty}", money(value, grouping)))
        subtotal += value
    subtotal = round(subtotal, 2)
    if currency == "INR":
        gst = round(subtotal * 0.18, 2)
        rows += [
            ("pair", "Taxable Amt", money(subtotal, grouping)),
            ("pair", "GST 18%", money(gst, grouping)),
        ]
        total = round(subtotal + gst, 2)
    elif currency == "USD":
        tax = round(subtotal * 0.0825, 2)
        rows += [("pair", "Subtotal", money(subtotal, grouping)), ("pair", "Tax 8.25%", money(tax, grouping))]
        total = round(subtotal + tax, 2)
    else:
        total = subtotal
        rows.append(("pair", "VAT 20% incl.", money(round(total / 6, 2), grouping)))
    rows.append(("pair", rng.choice(["Total", "Amount Paid"]), fmt(total)))
    txn = None
    if numbered:
        rows.append(
            ("pair", rng.choice(["Receipt No.", "Bill No"] if currency == "INR" else ["Receipt No."]), ref)
        )
        txn = ref
    pay, method = _pay(rng, currency)
    printed = optional_pair(rng, rows, ["Payment Mode", "Tender"], pay, 0.2)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date", _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                rng.choice(["Ready by", "Collect on"]),
                date_text(_later(when, rng, 1, 4), rng.choice(patterns)),
            )
        )
    if currency == "USD":
        rows.append(("small", rng.choice(US_ADDRESSES)))
    rows.append(("small", "Files are deleted from our systems after 7 days."))
    truth = truth_fields(
        shop, total, currency, txn, when if dated else None, method if printed else None, None
    )
    return rows, truth, dict(PAPER, width=540)


# ---------------------------------------------------------------- 5 packers and movers invoice


def packers_movers(rng: random.Random, font: str):
    """A packers and movers' invoice in rupees (Agarwal Packers & Movers, Leo Packers, PM Relocations) or a
    moving-truck rental's receipt in dollars (U-Haul, Penske): the mover on top, From / To cities, the Lorry No or
    Truck # and a GC / Consignment Note No or Contract # (never the id), Move Date / Pick-up (never the day paid),
    packing, transport, loading, transit insurance, GST 18% or sales tax, Total / Amount Paid, Invoice No. /
    Receipt # in a share, Payment Mode in a share, Invoice Date / Date in a share (no due date)."""
    india = rng.random() < 0.65
    currency = "INR" if india else "USD"
    mover = rng.choice(
        ["Agarwal Packers & Movers", "Leo Packers and Movers", "PM Relocations Pvt Ltd"]
        if india
        else ["U-Haul Moving & Storage", "Penske Truck Rental"]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    when = day(rng)
    move = _later(when, rng, 0, 12)
    if india:
        cities = rng.sample(["Bengaluru", "Pune", "Hyderabad", "Chennai", "Gurugram", "Mumbai"], 2)
        rows = [
            ("title", mover),
            ("center", "TAX INVOICE"),
            ("rule",),
            ("pair", "From", cities[0]),
            ("pair", "To", cities[1]),
            (
                "pair",
                "Lorry No",
                f"{rng.choice(['KA', 'MH', 'HR'])} {rng.randrange(1, 60):02d} "
                f"{code(rng, 2, UPPER)} {digits(rng, 4)}",
            ),
            ("pair", rng.choice(["GC No", "Consignment Note No"]), digits(rng, 6)),
            ("pair", "Move Date", date_text(move, rng.choice(patterns))),
            ("rule",),
        ]
        charges = [
            ("Packing Charges", price(rng, 3000, 9000, 100)),
            ("Transportation", price(rng, 9000, 38000, 500)),
            ("Loading & Unloading", price(rng, 1500, 4000, 100)),
        ]
        if shown(rng, 0.5):
            charges.append(("Transit Insurance (3%)", price(rng, 600, 2400, 10)))
    else:
        rows = [
            ("title", mover),
            ("small", rng.choice(US_ADDRESSES)),
            ("center", "RECEIPT"),
            ("rule",),
            ("pair", "Truck #", rng.choice(["TM", "AA", "DC"]) + digits(rng, 4)),
            ("pair", "Contract #", digits(rng, 9)),
            ("pair", "Pick-up", date_text(move, rng.choice(patterns)) + " 9:00 AM"),
            ("rule",),
        ]
        miles = rng.randrange(40, 400)
        charges = [
            (rng.choice(["15' Truck", "20' Truck", "26' Truck"]), float(rng.choice([39.95, 49.95, 59.95]))),
            (f"Mileage {miles} mi", round(miles * 1.29, 2)),
            ("Furniture Pads (12)", 10.0),
        ]
        if shown(rng, 0.5):
            charges.append(("Safemove Coverage", 30.0))
    subtotal = 0.0
    for item, value in charges:
        rows.append(("pair", item, money(value, grouping)))
        subtotal += value
    subtotal = round(subtotal, 2)
    if india:
        tax = round(subtotal * 0.18, 2)
        rows += [
            ("pair", "Taxable Value", money(subtotal, grouping)),
            ("pair", "GST 18%", money(tax, grouping)),
        ]
    else:
        tax = round(subtotal * 0.0725, 2)
        rows += [("pair", "Subtotal", money(subtotal, grouping)), ("pair", "Sales Tax", money(tax, grouping))]
    total = round(subtotal + tax, 2)
    rows.append(("pair", rng.choice(["Total", "Amount Paid"]), fmt(total)))
    txn = None
    ref = ("".join(word[0] for word in mover.split()[:2]) + "/" if india else "") + digits(
        rng, rng.choice([6, 8])
    )
    if optional_pair(rng, rows, ["Invoice No."] if india else ["Receipt #", "Invoice No."], ref, 0.15):
        txn = ref
    pay, method = _pay(rng, currency)
    if pay == "Apple Pay":
        pay, method = "Debit Card", "card"
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid by"], pay, 0.2)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Invoice Date", "Date"]), _stamp(rng, when, patterns, twelve)))
    rows.append(("small", "Goods are carried at owner's risk unless insured."))
    truth = truth_fields(
        mover, total, currency, txn, when if dated else None, method if printed else None, None
    )
    return rows, truth, PAPER


# ---------------------------------------------------------------- 6 temple seva / darshan booking


def temple_seva(rng: random.Random, font: str):
    """A temple's seva or darshan booking receipt in rupees, issued by the temple trust (Tirumala Tirupati
    Devasthanams, Shri Saibaba Sansthan Trust Shirdi, Shree Siddhivinayak Temple Trust, Sri Kashi Vishwanath
    Temple Trust): the trust on top, the seva, Darshan Date / Seva Date and reporting time (never the day paid),
    the devotees and an ID proof masked (never the id), Persons, Amount per person, Total Amount / Amount Paid,
    Booking ID / Transaction ID in a share, Payment Mode in a share, Booked on / Payment Date in a share, Payment
    Successful / Payment Failed in a share."""
    trust = rng.choice(
        [
            "Tirumala Tirupati Devasthanams",
            "Shri Saibaba Sansthan Trust, Shirdi",
            "Shree Siddhivinayak Temple Trust",
            "Sri Kashi Vishwanath Temple Trust",
        ]
    )
    seva, rate = rng.choice(
        [
            ("Special Entry Darshan", 300.0),
            ("Suprabhatam Seva", 120.0),
            ("Kalyanotsavam", 1000.0),
            ("Aarti Pass", 600.0),
            ("Rudrabhishek", 450.0),
        ]
    )
    persons = rng.randint(1, 4)
    total = round(rate * persons, 2)
    when = day(rng)
    visit = _later(when, rng, 3, 60)
    rows = [
        ("title", trust),
        ("center", rng.choice(["Seva Booking Receipt", "e-Darshan Ticket"])),
        ("rule",),
        ("pair", "Seva", seva),
        ("pair", rng.choice(["Darshan Date", "Seva Date"]), date_text(visit, rng.choice(INDIAN_DATES))),
        ("pair", "Reporting Time", rng.choice(["06:00 AM", "10:00 AM", "03:00 PM"])),
        ("pair", "Devotee", rng.choice(INDIAN_PEOPLE)),
        ("pair", "ID Proof", "Aadhaar XXXX XXXX " + digits(rng, 4)),
        ("pair", "Persons", str(persons)),
        ("pair", "Amount per person", money(rate, "indian")),
        ("rule",),
    ]
    status = None
    if shown(rng, 0.4):
        status, words = _outcome(rng, {"success": ["Payment Successful"], "failed": ["Payment Failed"]})
    rows.append(
        (
            "pair",
            "Total Amount" if status == "failed" else rng.choice(["Total Amount", "Amount Paid"]),
            _inr(rng, font, total),
        )
    )
    if status:
        rows.append(("center", words))
    txn = None
    ref = "".join(word[0] for word in trust.split() if word[0].isupper())[:4] + digits(
        rng, rng.choice([10, 12])
    )
    if optional_pair(rng, rows, ["Booking ID", "Transaction ID"], ref, 0.15):
        txn = ref
    pay, method = rng.choice(
        [("UPI", "UPI"), ("Net Banking", "netbanking"), ("Debit Card", "card"), ("Credit Card", "card")]
    )
    printed = optional_pair(
        rng,
        rows,
        ["Payment Mode", "Paid through"] if status in (None, "success") else ["Payment Mode"],
        pay,
        0.2,
    )
    dated = shown(rng, 0.15)
    if dated:
        rows.append(
            ("pair", rng.choice(["Booked on", "Payment Date"]), _stamp(rng, when, INDIAN_DATES, True))
        )
    rows.append(("small", "Carry the original ID proof. Mobile phones are not allowed inside."))
    truth = truth_fields(
        trust, total, "INR", txn, when if dated else None, method if printed else None, status
    )
    return rows, truth, dict(SCREEN, accent=(150, 60, 0), screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 7 co-working day pass / meeting room


def coworking_booking(rng: random.Random, font: str):
    """A co-working space's day pass or meeting room booking receipt: 91springboard / Awfis / WeWork India in
    rupees, Regus / Spaces in pounds or euros: the space on top, Location, the product (Day Pass, Meeting Room for
    hours), Booking For / Visit date (never the day paid), Member / Company, a Credits applied line in a share, GST
    18% or VAT, Total / Amount Paid, Booking Reference / Receipt No. in a share, Paid with in a share, Payment Date /
    Paid on in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "EUR"])
    space = {
        "INR": ["91springboard", "Awfis", "WeWork India"],
        "GBP": ["Regus", "Spaces"],
        "EUR": ["Regus", "Spaces"],
    }[currency]
    space = rng.choice(space)
    location = {
        "INR": ["Koramangala 7th Block, Bengaluru", "Cyber City, Gurugram", "BKC, Mumbai"],
        "GBP": ["London Liverpool Street", "Manchester Piccadilly"],
        "EUR": ["Amsterdam Zuidas", "Rotterdam Centraal", "Utrecht Papendorp"],
    }[currency]
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    if rng.random() < 0.5:
        passes = rng.choice([1, 2])
        base = {"INR": 599.0, "GBP": 35.0, "EUR": 39.0}[currency] * passes
        detail = f"Day Pass x{passes}"
    else:
        hours = rng.choice([1, 2, 3])
        base = {"INR": 900.0, "GBP": 45.0, "EUR": 52.0}[currency] * hours
        detail = f"Meeting Room ({rng.choice(['4', '6', '8'])} seats) {hours} h"
    when = day(rng)
    visit = _later(when, rng, 0, 14)
    rows = [
        ("title", space),
        ("small", rng.choice(location)),
        ("center", "Booking Receipt"),
        ("rule",),
        ("pair", "Member", rng.choice(INDIAN_PEOPLE if currency == "INR" else WESTERN_PEOPLE)),
        ("pair", rng.choice(["Booking For", "Visit date"]), date_text(visit, rng.choice(patterns))),
        ("rule",),
        ("pair", detail, money(base, grouping)),
    ]
    total = base
    if rng.random() < 0.3:
        credit = round(base * 0.25, 2)
        rows.append(("pair", "Credits applied", "-" + money(credit, grouping)))
        total -= credit
    total = round(total, 2)
    if currency == "INR":
        gst = round(total * 0.18, 2)
        rows.append(("pair", "GST 18%", money(gst, grouping)))
        total = round(total + gst, 2)
    else:
        rate = 0.2 if currency == "GBP" else 0.21
        vat = round(total * rate, 2)
        rows.append(("pair", f"VAT {int(rate * 100)}%", money(vat, grouping)))
        total = round(total + vat, 2)
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(rng, {"success": ["Payment successful"], "failed": ["Payment failed"]})
    rows.append(("pair", "Total" if status == "failed" else rng.choice(["Total", "Amount Paid"]), fmt(total)))
    txn = None
    ref = code(rng, 3, UPPER) + "-" + digits(rng, 6)
    if optional_pair(rng, rows, ["Booking Reference", "Receipt No."], ref, 0.15):
        txn = ref
    pay, method = _pay(rng, currency)
    if pay == "Cash":
        pay, method = ("UPI", "UPI") if currency == "INR" else ("Credit Card", "card")
    printed = optional_pair(
        rng,
        rows,
        ["Paid with", "Payment Mode"] if status in (None, "success") else ["Payment Mode"],
        pay,
        0.2,
    )
    dated = shown(rng, 0.15)
    if dated:
        rows.append(
            (
                "pair",
                "Payment Date" if status == "failed" else rng.choice(["Payment Date", "Paid on"]),
                _stamp(rng, when, patterns, twelve),
            )
        )
    if status:
        rows.append(("center", words))
    rows.append(("small", "Show this receipt at the front desk on arrival."))
    truth = truth_fields(
        space, total, currency, txn, when if dated else None, method if printed else None, status
    )
    return rows, truth, dict(EMAIL, accent=(40, 40, 40), screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 8 key cutting and shoe repair till


def key_cobbler(rng: random.Random, font: str):
    """A key-cutting, shoe-repair and watch-battery counter's till receipt: Timpson in pounds, Mister Minit in
    euros (Belgium, the Netherlands, in Dutch): the shop on top with its branch, a repair Ticket No / Afhaalnr
    for collection (never the id, printed only beside the receipt's own number), the jobs, VAT / BTW included,
    TOTAL / Totaal, Receipt No / Bonnummer in a share, the tender (Card, Contactless, Cash; Bancontact, Maestro,
    Contant) in a share, Date / Datum in a share, Collect from / Ophalen vanaf (never the day paid) in a share."""
    uk = rng.random() < 0.6
    currency = "GBP" if uk else "EUR"
    shop = rng.choice(
        ["Timpson Leeds Briggate", "Timpson Bristol Broadmead", "Timpson Reading Oracle"]
        if uk
        else ["Mister Minit Gent Zuid", "Mister Minit Utrecht Centraal", "Mister Minit Antwerpen"]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = (UK_DATES, False) if uk else (EURO_DATES, False)
    jobs = (
        [
            ("Key cut - Yale", 6.99),
            ("Key cut - Mortice", 9.99),
            ("Heels (pair)", 18.99),
            ("Full soles", 39.99),
            ("Watch battery", 12.99),
            ("Watch strap", 19.99),
            ("Shoe polish", 5.49),
        ]
        if uk
        else [
            ("Sleutel kopie", 6.5),
            ("Veiligheidssleutel", 24.9),
            ("Hakken (paar)", 19.9),
            ("Zolen", 39.9),
            ("Horlogebatterij", 11.9),
            ("Horlogeband", 22.5),
        ]
    )
    repairs = ("Heels (pair)", "Full soles", "Hakken (paar)", "Zolen")
    ref = digits(rng, rng.choice([5, 6]))
    numbered = shown(rng, 0.25)
    rows = [("title", shop), ("center", "RECEIPT" if uk else "KASSABON"), ("rule",)]
    repair = False
    subtotal = 0.0
    for item, value in rng.sample(jobs, rng.randint(1, 3)):
        qty = rng.choice([1, 1, 2]) if item.startswith(("Key", "Sleutel")) else 1
        rows.append(("pair", f"{item} x{qty}" if qty > 1 else item, money(value * qty, grouping)))
        subtotal += value * qty
        repair = repair or item in repairs
    total = round(subtotal, 2)
    rows.append(
        (
            "pair",
            "VAT 20% incl." if uk else "BTW 21% incl.",
            money(round(total * (0.2 / 1.2 if uk else 0.21 / 1.21), 2), grouping),
        )
    )
    rows.append(
        ("pair", rng.choice(["TOTAL", "Total"]) if uk else rng.choice(["TOTAAL", "Totaal"]), fmt(total))
    )
    if numbered and repair:
        rows.append(("pair", "Ticket No" if uk else "Afhaalnr", digits(rng, 3)))
    txn = None
    if numbered:
        rows.append(("pair", "Receipt No" if uk else "Bonnummer", ref))
        txn = ref
    pays = (
        [("Card", "card"), ("Contactless Visa", "card"), ("Cash", "cash"), ("Debit Mastercard", "card")]
        if uk
        else [("Bancontact", "card"), ("Maestro", "card"), ("Contant", "cash"), ("Visa", "card")]
    )
    pay, method = rng.choice(pays)
    printed = optional_pair(
        rng, rows, ["Tender", "Paid by"] if uk else ["Betaalwijze", "Betaald met"], pay, 0.2
    )
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date" if uk else "Datum", _stamp(rng, when, patterns, twelve)))
    if repair and shown(rng, 0.3):
        rows.append(
            (
                "pair",
                rng.choice(["Collect from", "Ready"]) if uk else "Ophalen vanaf",
                date_text(_later(when, rng, 1, 3), rng.choice(patterns)),
            )
        )
    rows.append(
        (
            "small",
            "Please keep this receipt for your guarantee."
            if uk
            else "Bewaar deze kassabon als garantiebewijs.",
        )
    )
    truth = truth_fields(
        shop, total, currency, txn, when if dated else None, method if printed else None, None
    )
    return rows, truth, dict(PAPER, width=500, size=19)


# ---------------------------------------------------------------- 9 tool hire


def tool_hire(rng: random.Random, font: str):
    """A tool and equipment hire receipt: HSS Hire / Speedy Hire in pounds, The Home Depot Tool Rental in dollars:
    the hire company on top, the branch, Account / Customer No (never the id), the equipment with its Asset No (never
    the id), Hire Start (booked ahead in a share) and Hire End / Due back (never the day paid), days, damage waiver in a share, VAT or tax,
    Total / Amount Paid, Invoice No. / Rental # in a share, Paid by in a share, Date / Invoice Date in a share."""
    uk = rng.random() < 0.6
    currency = "GBP" if uk else "USD"
    company = rng.choice(["HSS Hire", "Speedy Hire"] if uk else ["The Home Depot Tool Rental"])
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    kit = (
        [
            ("SDS Breaker 11kg", 45.0),
            ("Carpet Cleaner", 32.0),
            ("Tile Cutter", 28.0),
            ("Pressure Washer", 39.0),
            ("Floor Sander", 55.0),
        ]
        if uk
        else [
            ("Carpet Cleaner", 39.0),
            ("Tile Saw 10in", 62.0),
            ("Demolition Hammer", 79.0),
            ("Pressure Washer 3100 PSI", 89.0),
            ("Floor Sander", 65.0),
        ]
    )
    when = day(rng)
    days = rng.randint(1, 4)
    rows = [
        ("title", company),
        (
            "small",
            rng.choice(["Branch: Croydon", "Branch: Leeds Kirkstall", "Branch: Glasgow"])
            if uk
            else rng.choice(US_ADDRESSES),
        ),
        ("center", rng.choice(["HIRE RECEIPT", "RENTAL RECEIPT"]) if uk else "RENTAL RECEIPT"),
        ("rule",),
        ("pair", rng.choice(["Account No", "Customer No"]), digits(rng, 7)),
    ]
    subtotal = 0.0
    for item, rate in rng.sample(kit, rng.randint(1, 2)):
        rows.append(("left", item))
        rows.append(("pair", "  Asset No", code(rng, 2, UPPER) + digits(rng, 6)))
        value = round(rate * days, 2)
        rows.append(("pair", f"  {days} day(s) @ {money(rate, grouping)}", money(value, grouping)))
        subtotal += value
    start = _later(when, rng, 0, 5)
    rows += [
        ("pair", "Hire Start", date_text(start, rng.choice(patterns))),
        (
            "pair",
            rng.choice(["Hire End", "Due back"]),
            date_text(_later(start, rng, days, days + 1), rng.choice(patterns)),
        ),
    ]
    if shown(rng, 0.5):
        waiver = round(subtotal * 0.12, 2)
        rows.append(("pair", "Damage Waiver", money(waiver, grouping)))
        subtotal += waiver
    subtotal = round(subtotal, 2)
    if uk:
        vat = round(subtotal * 0.2, 2)
        rows += [("pair", "Net", money(subtotal, grouping)), ("pair", "VAT 20%", money(vat, grouping))]
    else:
        vat = round(subtotal * 0.07, 2)
        rows += [("pair", "Subtotal", money(subtotal, grouping)), ("pair", "Tax", money(vat, grouping))]
    total = round(subtotal + vat, 2)
    rows.append(("pair", rng.choice(["Total", "Amount Paid"]), fmt(total)))
    txn = None
    ref = ("H" if uk else "") + digits(rng, 8)
    if optional_pair(rng, rows, ["Invoice No."] if uk else ["Rental #", "Invoice No."], ref, 0.15):
        txn = ref
    pay, method = rng.choice([(_card(rng, india=False), "card"), ("Debit Card", "card"), ("Cash", "cash")])
    printed = optional_pair(rng, rows, ["Paid by", "Payment method"], pay, 0.2)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Date", "Invoice Date"]), _stamp(rng, when, patterns, twelve)))
    rows.append(("small", "Return equipment clean to avoid a cleaning charge."))
    truth = truth_fields(
        company, total, currency, txn, when if dated else None, method if printed else None, None
    )
    return rows, truth, PAPER


# ---------------------------------------------------------------- 10 self-drive scooter / bike rental


def bike_rental(rng: random.Random, font: str):
    """A self-drive scooter or motorbike rental invoice in rupees (Royal Brothers, ONN Bikes, Vogo, Wicked Ride):
    the rental company on top, the vehicle and its registration (never the id), Pickup and Drop date-times (never
    the day paid), the hub, Rental Charges for the days, an Unlimited km Pack in a share, Helmet, a coupon discount in a share,
    GST 28%, Total Amount / Amount Paid, Booking ID in a share, Payment Mode in a share, Booking
    Date / Paid on in a share, Payment Successful / Payment Pending in a share."""
    company = rng.choice(["Royal Brothers", "ONN Bikes", "Vogo Rentals", "Wicked Ride"])
    bike, rate = rng.choice(
        [
            ("Honda Activa 6G", 449.0),
            ("Royal Enfield Classic 350", 1299.0),
            ("TVS Jupiter", 399.0),
            ("KTM Duke 390", 1899.0),
            ("Bajaj Pulsar 150", 699.0),
        ]
    )
    days = rng.randint(1, 4)
    when = day(rng)
    pickup = _later(when, rng, 0, 10)
    drop = _later(pickup, rng, days, days + 1)
    reg = f"{rng.choice(['KA', 'GA', 'RJ', 'HP'])} {rng.randrange(1, 60):02d} {code(rng, 2, UPPER)} {digits(rng, 4)}"
    rows = [
        ("title", company),
        ("center", rng.choice(["Rental Invoice", "Booking Invoice"])),
        ("rule",),
        ("pair", "Vehicle", bike),
        ("pair", "Reg. No", reg),
        (
            "pair",
            "Hub",
            rng.choice(["Indiranagar", "Calangute", "Manali Mall Road", "Jaipur Railway Station"]),
        ),
        ("pair", "Pickup", date_text(pickup, rng.choice(INDIAN_DATES)) + " 10:00 AM"),
        ("pair", "Drop", date_text(drop, rng.choice(INDIAN_DATES)) + " 10:00 AM"),
        ("rule",),
        ("pair", f"Rental Charges ({days} day{'s' if days > 1 else ''})", money(rate * days, "indian")),
    ]
    subtotal = rate * days
    if rng.random() < 0.35:
        extra = float(rng.choice([60, 120, 240]))
        rows.append(("pair", "Unlimited km Pack", money(extra, "indian")))
        subtotal += extra
    helmet = float(rng.choice([0, 50, 100]))
    rows.append(("pair", "Extra Helmet", money(helmet, "indian") if helmet else "FREE"))
    subtotal += helmet
    if rng.random() < 0.35:
        off = round(subtotal * 0.1, 2)
        rows.append(("pair", "Coupon Discount", "-" + money(off, "indian")))
        subtotal -= off
    subtotal = round(subtotal, 2)
    gst = round(subtotal * 0.28, 2)
    rows.append(("pair", "GST 28%", money(gst, "indian")))
    total = round(subtotal + gst, 2)
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(rng, {"success": ["Payment Successful"], "pending": ["Payment Pending"]})
    rows.append(
        (
            "pair",
            "Total Amount" if status == "pending" else rng.choice(["Total Amount", "Amount Paid"]),
            _inr(rng, font, total),
        )
    )
    if status:
        rows.append(("center", words))
    txn = None
    ref = {"Royal Brothers": "RB", "ONN Bikes": "ONN", "Vogo Rentals": "VG", "Wicked Ride": "WR"}[
        company
    ] + digits(rng, 8)
    if optional_pair(rng, rows, ["Booking ID"], ref, 0.15):
        txn = ref
    pay, method = rng.choice(
        [("UPI", "UPI"), ("Credit Card", "card"), ("Debit Card", "card"), ("Net Banking", "netbanking")]
    )
    printed = optional_pair(
        rng, rows, ["Payment Mode", "Paid via"] if status in (None, "success") else ["Payment Mode"], pay, 0.2
    )
    dated = shown(rng, 0.15)
    if dated:
        rows.append(
            (
                "pair",
                "Booking Date" if status == "pending" else rng.choice(["Booking Date", "Paid on"]),
                _stamp(rng, when, INDIAN_DATES, True),
            )
        )
    rows.append(("small", "Carry your original driving licence at pickup."))
    truth = truth_fields(
        company, total, "INR", txn, when if dated else None, method if printed else None, status
    )
    return rows, truth, dict(SCREEN, accent=(230, 120, 0), screen=rng.random() < 0.6)


# ---------------------------------------------------------------- 11 pest control service invoice


def pest_control(rng: random.Random, font: str):
    """A pest control service invoice: HiCare / Rentokil PCI / Godrej HiCare partner in rupees, Orkin / Terminix in
    dollars, Rentokil in pounds: the company on top, Service Address, Contract No / Account # (never the id), the
    treatment with its area, Technician, GST 18% / sales tax / VAT,
    Total / Amount Paid, Invoice No. / Invoice # in a share, Payment Mode in a share, Payment Date in a share, Next
    Service Due (never the day paid) in a share."""
    currency = rng.choice(["INR", "INR", "USD", "GBP"])
    company = {
        "INR": ["HiCare Services", "Rentokil PCI Pest Control"],
        "USD": ["Orkin Pest Control", "Terminix"],
        "GBP": ["Rentokil Pest Control UK", "Cleankill Pest Control"],
    }[currency]
    company = rng.choice(company)
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    treatments = {
        "INR": [
            ("Cockroach Gel Treatment 2BHK", 1299.0),
            ("Termite Treatment 3BHK", 6499.0),
            ("Bed Bug Treatment 2BHK", 2999.0),
            ("General Pest Control 1BHK", 899.0),
        ],
        "USD": [
            ("Quarterly Pest Service", 139.0),
            ("Termite Inspection & Treatment", 449.0),
            ("Rodent Exclusion", 289.0),
        ],
        "GBP": [
            ("Rat Treatment (3 visits)", 195.0),
            ("Wasp Nest Removal", 85.0),
            ("Bed Bug Heat Treatment", 420.0),
        ],
    }[currency]
    rows = [
        ("title", company),
        ("center", "TAX INVOICE" if currency == "INR" else "INVOICE"),
        ("rule",),
        ("pair", "Customer", rng.choice(INDIAN_PEOPLE if currency == "INR" else WESTERN_PEOPLE)),
        ("pair", "Contract No" if currency != "USD" else "Account #", digits(rng, 8)),
        ("pair", "Technician", rng.choice(["Suresh K", "Manoj P", "D. Alvarez", "K. Brown"])),
        ("rule",),
    ]
    subtotal = 0.0
    for item, value in rng.sample(treatments, rng.randint(1, 2)):
        rows.append(("pair", item, money(value, grouping)))
        subtotal += value
    subtotal = round(subtotal, 2)
    if currency == "INR":
        tax = round(subtotal * 0.18, 2)
        rows += [
            ("pair", "Taxable Value", money(subtotal, grouping)),
            ("pair", "GST 18%", money(tax, grouping)),
        ]
    elif currency == "USD":
        tax = round(subtotal * 0.06, 2)
        rows += [
            ("pair", "Subtotal", money(subtotal, grouping)),
            ("pair", "Sales Tax 6%", money(tax, grouping)),
        ]
    else:
        tax = round(subtotal * 0.2, 2)
        rows += [("pair", "Net", money(subtotal, grouping)), ("pair", "VAT 20%", money(tax, grouping))]
    total = round(subtotal + tax, 2)
    rows.append(("pair", rng.choice(["Total", "Amount Paid"]), fmt(total)))
    txn = None
    ref = {
        "INR": ("HC" if company.startswith("HiCare") else "RPCI") + digits(rng, 9),
        "USD": digits(rng, 9),
        "GBP": "INV-" + digits(rng, 7),
    }[currency]
    if optional_pair(
        rng, rows, ["Invoice No.", "Invoice #"] if currency == "USD" else ["Invoice No."], ref, 0.15
    ):
        txn = ref
    pay, method = _pay(rng, currency)
    if pay == "Apple Pay":
        pay, method = "Credit Card", "card"
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid by"], pay, 0.2)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Payment Date", _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.4):
        rows.append(("pair", "Next Service Due", date_text(_later(when, rng, 80, 120), rng.choice(patterns))))
    if currency == "USD":
        rows.append(("small", rng.choice(US_ADDRESSES)))
    rows.append(("small", "Keep children and pets away from treated areas for 4 hours."))
    truth = truth_fields(
        company, total, currency, txn, when if dated else None, method if printed else None, None
    )
    return rows, truth, PAPER


# ---------------------------------------------------------------- 12 race entry


def race_entry(rng: random.Random, font: str):
    """A running race's entry confirmation e-mail with its payment, issued by the race's organiser: Tata Mumbai
    Marathon / TCS World 10K Bengaluru / Vedanta Delhi Half Marathon in rupees, Great Run / Brighton Marathon in
    pounds, Berlin-Marathon / Rotterdam in euros: the race on top, Runner, Category (10K, Half, Full), Race Day
    (never the day paid), Bib No (never the id), T-shirt size, Entry Fee, a Processing / Booking fee in a share,
    GST 18% on Indian pages, Total / Amount Paid, Registration ID / Order No. in a share, Payment Method in a share,
    Registration Date / Payment Date in a share, Payment Successful / Payment Failed / Payment Pending in a
    share."""
    currency = rng.choice(["INR", "INR", "GBP", "EUR"])
    race = {
        "INR": ["Tata Mumbai Marathon", "TCS World 10K Bengaluru", "Vedanta Delhi Half Marathon"],
        "GBP": ["Brighton Marathon Weekend", "Great North Run"],
        "EUR": ["BMW Berlin-Marathon", "NN Marathon Rotterdam"],
    }[currency]
    race = rng.choice(race)
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    category, fee = rng.choice(
        {
            "INR": [
                ("Full Marathon", 2850.0),
                ("Half Marathon", 1950.0),
                ("10K Run", 1250.0),
                ("Dream Run 6K", 650.0),
            ],
            "GBP": [("Marathon", 76.0), ("Half Marathon", 59.0), ("10K", 34.0)],
            "EUR": [("Marathon", 139.0), ("Half Marathon", 69.0), ("Inline Skating", 95.0)],
        }[currency]
    )
    when = day(rng)
    race_day = _later(when, rng, 40, 200)
    rows = [
        ("title", race),
        ("center", "Registration Summary"),
        ("rule",),
        ("pair", "Runner", rng.choice(INDIAN_PEOPLE if currency == "INR" else WESTERN_PEOPLE)),
        ("pair", "Category", category),
        ("pair", "Race Day", date_text(race_day, rng.choice(patterns))),
    ]
    status = None
    if shown(rng, 0.4):
        status, words = _outcome(
            rng,
            {"success": ["Payment Successful"], "failed": ["Payment Failed"], "pending": ["Payment Pending"]},
        )
    if status in (None, "success") and shown(rng, 0.4):
        rows.append(("pair", "Bib No", str(rng.randrange(1000, 49999))))
    rows += [
        ("pair", "T-shirt size", rng.choice(["S", "M", "L", "XL"])),
        ("rule",),
        ("pair", "Entry Fee", money(fee, grouping)),
    ]
    total = fee
    if shown(rng, 0.5):
        extra = {"INR": 75.0, "GBP": 3.5, "EUR": 4.9}[currency]
        rows.append(("pair", rng.choice(["Processing Fee", "Booking fee"]), money(extra, grouping)))
        total += extra
    if currency == "INR":
        gst = round(total * 0.18, 2)
        rows.append(("pair", "GST 18%", money(gst, grouping)))
        total += gst
    total = round(total, 2)
    rows.append(
        (
            "pair",
            "Total" if status in ("failed", "pending") else rng.choice(["Total", "Amount Paid"]),
            fmt(total),
        )
    )
    if status:
        rows.append(("center", words))
    txn = None
    ref = code(rng, 2, UPPER) + digits(rng, 8)
    if optional_pair(rng, rows, ["Registration ID", "Order No."], ref, 0.15):
        txn = ref
    pay, method = _pay(rng, currency)
    if pay == "Cash":
        pay, method = ("UPI", "UPI") if currency == "INR" else ("Credit Card", "card")
    printed = optional_pair(
        rng,
        rows,
        ["Payment Method", "Paid with"] if status in (None, "success") else ["Payment Method"],
        pay,
        0.2,
    )
    dated = shown(rng, 0.15)
    if dated:
        rows.append(
            ("pair", rng.choice(["Registration Date", "Payment Date"]), _stamp(rng, when, patterns, twelve))
        )
    rows.append(("small", "Bib collection at the expo; bring a photo ID."))
    truth = truth_fields(
        race, total, currency, txn, when if dated else None, method if printed else None, status
    )
    return rows, truth, dict(EMAIL, accent=(0, 90, 160), screen=rng.random() < 0.5)
