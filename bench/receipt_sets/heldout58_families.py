"""The twelve heldout58 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the shared value helpers of heldout14 and the page
helpers of heldout53 to heldout57 (rupees, stamps, taxes, totals, ways to pay, outcomes, people, places, till feet)
are reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not
printed). Every receipt prints at most one transaction id (a document's own number or a booking's reference; a tag,
job, licence, membership, wristband, certificate, register, berth or file number beside it is never the id), at most
one date of payment (the other dates are named for other events: a ready day, a birth date, a check-up, a rental's
or a stay's days, a collection day, a commission's expiry, a membership period, a festival's days, a tour, a lesson
or a test), and names the party that was paid: on top, or, where a booking or club app's name is on top, under the
label that names the business lower on the page. Other amounts (a rate, a refundable deposit, cash tendered and
change, a stamp's face value inside the total, a discount) are printed beside the total as real pages print them.
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
    phone,
    price,
    shown,
    truth_fields,
)
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER, _later, _stamp
from bench.receipt_sets.heldout54_families import _grouping, _money_of, _patterns
from bench.receipt_sets.heldout55_families import _irish, _method, _person, _place, _tax, _total
from bench.receipt_sets.heldout56_families import IRISH_DATES, _lines, _outcome

STAFF_INDIA = ["Ramesh Gowda", "Salim Qureshi", "Priya Menon", "Suresh Yadav", "Lakshmi Iyer", "Manoj Thakur"]
STAFF_WEST = ["Gemma Hollis", "Declan Walsh", "Marcus Reed", "Isabel Moreau", "Tyler Grant", "Niamh Kelly"]
OTHERS_INDIA = ["Rekha Sharma", "Harish Patil", "Zoya Khan", "Sanjay Reddy"]
OTHERS_WEST = ["Peter Lang", "Grace Fitzgerald", "Ben Okafor", "Julia Novak"]


def _staff(rng: random.Random, currency: str) -> str:
    """A name on the payee's side (a technician, piercer, instructor, skipper of the yard, notary's clerk)."""
    return rng.choice(STAFF_INDIA if currency == "INR" else STAFF_WEST)


def _other(rng: random.Random, currency: str) -> str:
    """Another person on the customer's side (a guardian, a second party, a family member, a co-traveller)."""
    return rng.choice(OTHERS_INDIA if currency == "INR" else OTHERS_WEST)


def _earlier(when: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    """Another event's day, ``low`` to ``high`` days before ``when``."""
    return when - dt.timedelta(days=rng.randrange(low, high))


def _page_money(rng: random.Random, font: str, currency: str, irish: bool):
    """The formatter, grouping and date patterns of a page: Irish euro pages print €1,234.50 and no dotted dates."""
    fmt = _money_of(rng, font, currency)
    fmt, grouping = _irish(fmt, currency) if irish else (fmt, _grouping(currency))
    patterns, twelve = IRISH_DATES if irish else _patterns(currency)
    return fmt, grouping, patterns, twelve


def _scaled(items: list[tuple[str, float]], currency: str, unit: dict[str, float]) -> list[tuple[str, float]]:
    """Rupee prices turned into the page's currency at a rough rate, rounded to whole cents."""
    rate = unit[currency]
    return [(name, float(value) if currency == "INR" else round(value * rate, 2)) for name, value in items]


def _cash_change(
    rng: random.Random, rows: list[tuple], grouping: str, method: str | None, total: float
) -> None:
    """Cash tendered and change under a cash payment in a share (other amounts, never the total)."""
    if method == "cash" and shown(rng, 0.4):
        step = 500.0 if total > 200 else 20.0
        tendered = (int(total // step) + 1) * step
        rows.append(("pair", rng.choice(["Cash tendered", "Tendered"]), money(tendered, grouping)))
        rows.append(("pair", "Change", money(round(tendered - total, 2), grouping)))


def _date_line(rng, rows, when, patterns, twelve, labels, p_absent) -> dt.date | None:
    """The day paid under one of ``labels`` in a share; the date, or None where not printed."""
    if not shown(rng, p_absent):
        return None
    rows.append(("pair", rng.choice(labels), _stamp(rng, when, patterns, twelve)))
    return when


# ---------------------------------------------------------------- 1 dry-cleaning and laundry ticket


def laundry_ticket(rng: random.Random, font: str):
    """A dry cleaner's or laundry's ticket: UClean / Tumbledry in rupees, Johnsons the Cleaners in pounds, Hallak
    Cleaners in dollars, Bennetts Dry Cleaners Dublin in euros: Customer, a mobile in a share, tag numbers (never the
    id), garments at piece rates, an express surcharge and pickup & delivery in a share, GST 18% / VAT included (23%
    in Ireland) / sales tax, Total / Net Amount / Amount Paid, cash tendered and change in a share, Ticket No / Order
    No / Receipt No in a share, Paid by / Payment Mode in a share, Date in a share, Ready by (never the day paid) in a
    share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    shop = rng.choice(
        {
            "INR": ["UClean Koramangala", "Tumbledry HSR Layout"],
            "GBP": ["Johnsons the Cleaners"],
            "USD": ["Hallak Cleaners"],
            "EUR": ["Bennetts Dry Cleaners Dublin"],
        }[currency]
    )
    irish = currency == "EUR"
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, irish)
    place = {
        "INR": "80 Feet Road, Koramangala, Bengaluru 560034"
        if "UClean" in shop
        else "HSR Layout, Bengaluru 560102",
        "USD": "1232 2nd Ave, New York, NY 10065",
        "EUR": "41 Baggot Street Lower, Dublin 2",
    }.get(currency) or _place(currency, rng)
    rows = [
        ("title", shop),
        ("center", place),
        ("center", rng.choice(["CUSTOMER TICKET", "LAUNDRY RECEIPT"])),
    ]
    rows.append(("rule",))
    rows.append(("pair", "Customer", _person(rng, currency)))
    if currency == "INR" and shown(rng, 0.4):
        rows.append(("pair", "Mobile", phone(rng)))
    pieces = rng.randint(2, 9)
    if shown(rng, 0.4):
        first = rng.randint(100, 900)
        rows.append(("pair", "Tag Nos", f"{code(rng, 1, 'ABCDEFGH')}{first}-{first + pieces - 1}"))
    rows.append(("rule",))
    unit = {"INR": 1.0, "GBP": 0.028, "USD": 0.034, "EUR": 0.03}
    garments = [
        ("Shirt wash & iron", 90),
        ("Trousers dry clean", 160),
        ("Suit 2 pc dry clean", 450),
        ("Silk saree dry clean" if currency == "INR" else "Silk dress dry clean", 380),
        ("Duvet (double)", 650),
        ("Woollen coat", 520),
    ]
    subtotal = _lines(rng, rows, grouping, _scaled(garments, currency, unit), rng.randint(1, 4))
    if shown(rng, 0.6):
        extra, cost = rng.choice([("Express (24 hr) surcharge", 0.5), ("Pickup & delivery", 0.0)])
        cost = (
            round(subtotal * cost, 2)
            if cost
            else {"INR": 49.0, "GBP": 3.95, "USD": 5.0, "EUR": 4.5}[currency]
        )
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal = round(subtotal + cost, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.23)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Net Amount"], ["Amount Paid"])
    ref = rng.choice(
        [{"UClean Koramangala": "UC", "Tumbledry HSR Layout": "TD"}.get(shop, "T"), ""]
    ) + digits(rng, rng.choice([5, 6]))
    txn = ref if optional_pair(rng, rows, ["Ticket No", "Order No", "Receipt No"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Mode"], 0.2, counter=True)
    _cash_change(rng, rows, grouping, method, total)
    when = day(rng)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    if shown(rng, 0.35):
        rows.append(
            (
                "pair",
                rng.choice(["Ready by", "Delivery on"]),
                date_text(_later(when, rng, 1, 5), rng.choice(patterns)),
            )
        )
    rows.append(("small", "Not responsible for buttons or trims."))
    truth = truth_fields(shop, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=520, size=18, paper=(254, 252, 240))


# ---------------------------------------------------------------- 2 passport-photo studio receipt


def photo_studio(rng: random.Random, font: str):
    """A passport-photo studio's receipt: Studio Click / Ramesh Studio & Colour Lab in rupees, Max Spielmann in
    pounds, Passport Photo Express in dollars, Fotostudio Lichtblick in euros: Customer, Photos for (a country's
    passport, a visa or an OCI card and its size), copies, a digital copy and lamination in a share, an urgent fee in a
    share, a passport file number or an appointment day (never the id, never the day paid) in a share, GST 18% / VAT
    included / sales tax, Total / Amount Paid, Bill No / Receipt # in a share, Payment Mode / Paid by in a share, Date
    in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    studio = rng.choice(
        {
            "INR": ["Studio Click Passport Photos", "Ramesh Studio & Colour Lab"],
            "GBP": ["Max Spielmann"],
            "USD": ["Passport Photo Express"],
            "EUR": ["Fotostudio Lichtblick Berlin"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    place = {
        "INR": rng.choice(
            ["Opp. Passport Seva Kendra, Lalbagh Road, Bengaluru", "Chandni Chowk, Delhi 110006"]
        ),
        "USD": "918 Congress Ave, Austin, TX 78701",
        "EUR": "Kastanienallee 12, 10435 Berlin",
    }.get(currency) or _place(currency, rng)
    rows = [("title", studio), ("center", place), ("rule",)]
    rows.append(("pair", rng.choice(["Customer", "Name"]), _person(rng, currency)))
    kind = rng.choice(
        {
            "INR": [
                "Indian passport 35x45 mm",
                "US visa 2x2 in",
                "OCI card 35x35 mm",
                "Schengen visa 35x45 mm",
            ],
            "GBP": ["UK passport 35x45 mm", "US visa 2x2 in", "Indian e-visa 35x35 mm"],
            "USD": ["US passport 2x2 in", "Canadian passport 50x70 mm", "Indian visa 2x2 in"],
            "EUR": ["Reisepass biometrisch 35x45 mm", "US visa 2x2 in", "UK passport 35x45 mm"],
        }[currency]
    )
    rows.append(("pair", "Photos for", kind))
    when = day(rng)
    if shown(rng, 0.5):
        if currency == "INR" and shown(rng, 0.4):
            rows.append(("pair", "File No", code(rng, 2, UPPER) + digits(rng, 10)))
        else:
            rows.append(("pair", "Appointment", date_text(_later(when, rng, 1, 20), rng.choice(patterns))))
    rows.append(("rule",))
    copies = rng.choice([4, 6, 8, 12])
    base = {"INR": (120, 300, 10), "GBP": (8, 16, 1), "USD": (13, 18, 1), "EUR": (12, 20, 1)}[currency]
    each = price(rng, *base)
    rows.append(("pair", f"{copies} prints (set)", money(each, grouping)))
    subtotal = each
    extras = {"INR": 50.0, "GBP": 4.0, "USD": 5.0, "EUR": 5.0}[currency]
    for extra, cost in rng.sample(
        [("Digital copy (e-mail)", extras), ("Lamination", extras / 2), ("Urgent 10 min", extras * 1.5)],
        rng.randint(0, 2),
    ):
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.19)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "TOTAL"], ["Amount Paid"])
    ref = digits(rng, rng.choice([3, 4, 5]))
    ids = ["Bill No", "Bill #"] if currency == "INR" else ["Receipt #", "Receipt No"]
    txn = ref if optional_pair(rng, rows, ids, ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.25, counter=True)
    _cash_change(rng, rows, grouping, method, total)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    rows.append(("small", "Acceptance is decided by the issuing office."))
    truth = truth_fields(studio, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=560, size=19)


# ---------------------------------------------------------------- 3 locksmith call-out invoice


def locksmith_invoice(rng: random.Random, font: str):
    """A locksmith's call-out invoice: Bharat Key & Lock Works in rupees, London Lock & Key in pounds, Pop-A-Lock
    Austin in dollars, Dublin Locksmiths 24/7 Emergency Services Ltd in euros: Customer, Site address, Technician,
    Job No (never the id), Arrived and Completed times, a call-out fee (out of hours in a share), labour, a cylinder
    or a lock, GST 18% / VAT (added, 13.5% in Ireland) / sales tax, Total / Amount Due / Amount Paid, Invoice No /
    Invoice # in a share, Payment Method / Paid by in a share, Invoice Date / Date in a share, Warranty on parts; no
    outcome."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    firm = {
        "INR": "Bharat Key & Lock Works",
        "GBP": "London Lock & Key Ltd",
        "USD": "Pop-A-Lock Austin",
        "EUR": "Dublin Locksmiths 24/7 Emergency Services Ltd",
    }[currency]
    irish = currency == "EUR"
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, irish)
    place = {
        "INR": "Lamington Road, Mumbai 400007",
        "GBP": "Unit 3, 27 Holloway Road, London N7 8JP",
        "USD": "2420 S Lamar Blvd, Austin, TX 78704",
        "EUR": "Unit 9, Ballymount Industrial Estate, Dublin 12",
    }[currency]
    rows = [
        ("title", firm),
        ("center", place),
        ("center", rng.choice(["INVOICE", "CALL-OUT INVOICE"])),
        ("rule",),
    ]
    rows.append(("pair", rng.choice(["Customer", "Bill to"]), _person(rng, currency)))
    rows.append(
        (
            "pair",
            "Site",
            {
                "INR": "Flat 1203, Lodha Splendora, Thane",
                "GBP": "14 Elm Grove, London N8 9AH",
                "USD": "5107 Duval St, Austin, TX 78751",
                "EUR": "7 Ranelagh Road, Dublin 6",
            }[currency],
        )
    )
    rows.append(("pair", rng.choice(["Technician", "Engineer"]), _staff(rng, currency)))
    if shown(rng, 0.5):
        rows.append(("pair", "Job No", "J" + digits(rng, 5)))
    hour = rng.choice([8, 13, 19, 22, 23])
    minute = rng.choice([5, 20, 40, 55])
    rows.append(
        (
            "pair",
            "Arrived / Completed",
            f"{hour:02d}:{minute:02d} / {(hour + 1) % 24:02d}:{(minute + 35) % 60:02d}",
        )
    )
    rows.append(("rule",))
    unit = {"INR": 1.0, "GBP": 0.011, "USD": 0.014, "EUR": 0.013}
    callout = ("Call-out (out of hours)", 1500) if hour >= 19 else ("Call-out fee", 800)
    parts = [
        ("Lock opening (non-destructive)", 1200),
        ("Euro cylinder 6-pin anti-snap", 2800),
        ("Mortice deadlock BS3621", 4500),
        ("Godrej 7-lever lock" if currency == "INR" else "Night latch", 2200),
        ("Labour 1 hr", 900),
        ("Spare keys x3", 450),
    ]
    items = _scaled([callout] + parts, currency, unit)
    rows.append(("pair", items[0][0], money(items[0][1], grouping)))
    subtotal = round(items[0][1] + _lines(rng, rows, grouping, items[1:], rng.randint(1, 3)), 2)
    if currency in ("GBP", "EUR"):
        rate = 0.2 if currency == "GBP" else 0.135
        tax = round(subtotal * rate, 2)
        rows.append(("pair", "Subtotal", money(subtotal, grouping)))
        rows.append(("pair", f"VAT {rate * 100:g}%", money(tax, grouping)))
    else:
        tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Amount Due"], ["Amount Paid"])
    ref = rng.choice(["INV-", "BKL/" if currency == "INR" else "", ""]) + digits(rng, rng.choice([4, 5]))
    txn = ref if optional_pair(rng, rows, ["Invoice No", "Invoice #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Method", "Paid by"], 0.2)
    when = day(rng)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Invoice Date", "Date"], 0.15)
    rows.append(("small", "Parts carry a 12-month warranty."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=660, size=19)


# ---------------------------------------------------------------- 4 piercing studio receipt


def piercing_receipt(rng: random.Random, font: str):
    """A body-piercing studio's receipt: Kraayonz / Needle Point in rupees, Rock N Roll Piercing Camden in pounds,
    Cold Steel Piercing in dollars, Piercing Atelier Amsterdam in euros: Client, Date of birth (never the day paid),
    a Parent / Guardian for a minor in a share, Piercer, Consent form No (never the id), piercings with jewellery,
    aftercare spray in a share, GST 18% / VAT included / sales tax, a US tip in a share, Total / Amount Paid, Receipt
    No / Receipt # in a share, Payment Mode / Paid by in a share, Date in a share, Check-up after (never the day paid)
    in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    studio = rng.choice(
        {
            "INR": ["Kraayonz Tattoo & Piercing Pune", "Needle Point Piercing Delhi"],
            "GBP": ["Rock N Roll Piercing Camden"],
            "USD": ["Cold Steel Piercing"],
            "EUR": ["Piercing Atelier Amsterdam"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    place = {
        "INR": "Koregaon Park, Pune 411001" if "Pune" in studio else "Hauz Khas Village, New Delhi 110016",
        "GBP": "42 Camden High Street, London NW1 0JH",
        "USD": "1783 Haight St, San Francisco, CA 94117",
        "EUR": "Haarlemmerdijk 88, Amsterdam",
    }[currency]
    rows = [("title", studio), ("center", place), ("rule",)]
    rows.append(("pair", "Client", _person(rng, currency)))
    when = day(rng)
    minor = shown(rng, 0.7)
    born = when.replace(
        year=when.year - (rng.randint(14, 17) if minor else rng.randint(19, 40)), day=min(when.day, 28)
    )
    rows.append(("pair", rng.choice(["Date of birth", "DOB"]), date_text(born, rng.choice(patterns))))
    if minor:
        rows.append(("pair", rng.choice(["Parent / Guardian", "Guardian"]), _other(rng, currency)))
    rows.append(("pair", "Piercer", _staff(rng, currency)))
    if shown(rng, 0.5):
        rows.append(("pair", "Consent form No", digits(rng, 4)))
    rows.append(("rule",))
    unit = {"INR": 1.0, "GBP": 0.012, "USD": 0.015, "EUR": 0.013}
    work = [
        ("Helix + titanium labret 16G", 2500),
        ("Nostril + titanium stud", 1800),
        ("Conch + titanium labret", 2800),
        ("Lobe pair + studs", 1500),
        ("Septum + clicker", 3200),
    ]
    subtotal = _lines(rng, rows, grouping, _scaled(work, currency, unit), rng.randint(1, 2))
    if shown(rng, 0.5):
        spray = {"INR": 450.0, "GBP": 8.0, "USD": 12.0, "EUR": 9.5}[currency]
        rows.append(("pair", "Aftercare saline spray", money(spray, grouping)))
        subtotal = round(subtotal + spray, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    if currency == "USD" and shown(rng, 0.5):
        tip = round(total * 0.2, 2)
        rows.append(("pair", "Subtotal", money(total, grouping)))
        rows.append(("pair", "Gratuity", money(tip, grouping)))
        total = round(total + tip, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "TOTAL"], ["Amount Paid"])
    ref = rng.choice(["P", ""]) + digits(rng, rng.choice([4, 5]))
    txn = ref if optional_pair(rng, rows, ["Receipt No", "Receipt #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.2, counter=True)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    if shown(rng, 0.5):
        rows.append(("pair", "Check-up after", date_text(_later(when, rng, 28, 60), rng.choice(patterns))))
    rows.append(("small", "Do not twist or remove jewellery. Clean twice daily with saline."))
    truth = truth_fields(studio, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=580, paper=(248, 248, 250))


# ---------------------------------------------------------------- 5 ski pass and ski rental desk


def ski_rental(rng: random.Random, font: str):
    """A ski pass and ski rental desk's receipt: Gulmarg Ski Shop & Rentals in rupees, Cairngorm Mountain in pounds,
    Christy Sports Vail in dollars, Intersport Rent Ischgl in euros: Skier, height, weight, boot size and DIN
    (numbers, never amounts), Rental from and Rental until (never the day paid), days of skis and boots, a helmet, a
    lift pass, damage waiver in a share, a refundable deposit held in a share (not part of the total), GST 18% / VAT
    included (10% in Austria) / sales tax, Total / Amount Paid, Rental No / Receipt No in a share, Paid by / Payment
    Mode in a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    desk = {
        "INR": "Gulmarg Ski Shop & Rentals",
        "GBP": "Cairngorm Mountain",
        "USD": "Christy Sports Vail",
        "EUR": "Intersport Rent Ischgl",
    }[currency]
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    place = {
        "INR": "Gondola Road, Gulmarg, J&K 193403",
        "GBP": "Aviemore, Inverness-shire PH22 1RB",
        "USD": "293 Bridge St, Vail, CO 81657",
        "EUR": "Dorfstrasse 64, 6561 Ischgl",
    }[currency]
    rows = [
        ("title", desk),
        ("center", place),
        ("center", rng.choice(["RENTAL RECEIPT", "SKI HIRE"])),
        ("rule",),
    ]
    rows.append(("pair", "Skier", _person(rng, currency)))
    if shown(rng, 0.6):
        rows.append(("pair", "Height / Weight", f"{rng.randint(155, 190)} cm / {rng.randint(50, 95)} kg"))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Boot / DIN",
                f"{rng.choice(['26.5', '27.0', '28.5', '24.5'])} / {rng.choice(['5.5', '6', '7.5'])}",
            )
        )
    when = day(rng)
    days = rng.choice([1, 2, 3, 5, 6])
    start = _later(when, rng, 0, 3)
    rows.append(("pair", "Rental from", date_text(start, rng.choice(patterns))))
    rows.append(
        ("pair", "Rental until", date_text(start + dt.timedelta(days=days - 1), rng.choice(patterns)))
    )
    rows.append(("rule",))
    unit = {"INR": 1.0, "GBP": 0.0105, "USD": 0.014, "EUR": 0.0125}
    per_day = _scaled(
        [("Skis & boots (sport)", 2200), ("Snowboard & boots", 2400), ("Helmet", 400), ("Lift pass", 3500)],
        currency,
        unit,
    )
    subtotal = 0.0
    for name, rate in [per_day[rng.randrange(2)]] + rng.sample(per_day[2:], rng.randint(0, 2)):
        line = round(rate * days, 2)
        rows.append(("pair", f"{name} {days} d x {money(rate, grouping)}", money(line, grouping)))
        subtotal += line
    if shown(rng, 0.5):
        waiver = round(subtotal * 0.1, 2)
        rows.append(("pair", "Damage waiver", money(waiver, grouping)))
        subtotal += waiver
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.1)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "TOTAL"], ["Amount Paid"])
    if shown(rng, 0.4):
        deposit = {"INR": 5000.0, "GBP": 100.0, "USD": 200.0, "EUR": 150.0}[currency]
        rows.append(("pair", "Deposit held (refundable)", money(deposit, grouping)))
    ref = rng.choice(["R", "SR-", ""]) + digits(rng, rng.choice([5, 6]))
    txn = ref if optional_pair(rng, rows, ["Rental No", "Receipt No"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Mode"], 0.2, counter=True)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    rows.append(("small", "Return equipment by 17:00 on the last day."))
    truth = truth_fields(desk, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=600, size=19, paper=(246, 249, 252))


# ---------------------------------------------------------------- 6 marina berth fee


def marina_berth(rng: random.Random, font: str):
    """A marina's visitor berth invoice: Kochi International Marina in rupees, Premier Marinas Brighton in pounds,
    Annapolis City Marina in dollars, Dun Laoghaire Marina in euros; on a share of pages a berth-booking app (Dockwa)
    on top and the marina lower under Marina: Vessel, LOA, Skipper, Pontoon / Berth, Arrival and Departure (never the
    day paid), nights at a rate per metre or foot, shore power by meter, water, a pump-out, GST 18% / VAT included
    (13.5% in Ireland) / sales tax, Total / Amount Paid, Invoice No / Booking Ref in a share, Payment Method / Paid by
    in a share, Date in a share, Payment Successful / Failed on the app pages in a share."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    marina = {
        "INR": "Kochi International Marina",
        "GBP": "Premier Marinas Brighton",
        "USD": "Annapolis City Marina",
        "EUR": "Dun Laoghaire Marina",
    }[currency]
    irish = currency == "EUR"
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, irish)
    app = currency != "INR" and shown(rng, 0.5)
    status, words = _outcome(rng, 0.8) if app else (None, None)
    if app:
        rows = [("title", "Dockwa"), ("center", "Reservation receipt"), ("rule",)]
        if status and shown(rng, 0.5):
            rows.append(("big", words))
        rows.append(("pair", "Marina", marina))
    else:
        rows = [
            ("title", marina),
            (
                "center",
                {
                    "INR": "Bolgatty Island, Mulavukad, Kochi 682504",
                    "GBP": "Brighton Marina, Brighton BN2 5UF",
                    "USD": "410 Severn Ave, Annapolis, MD 21403",
                    "EUR": "Harbour Road, Dun Laoghaire, Co. Dublin",
                }[currency],
            ),
            ("center", "VISITOR BERTH INVOICE"),
            ("rule",),
        ]
    rows.append(
        ("pair", "Vessel", rng.choice(["S/Y Kestrel", "M/Y Blue Heron", "Sea Breeze II", "Tranquila"]))
    )
    feet = currency == "USD"
    length = rng.randint(28, 48) if feet else round(rng.uniform(8.5, 14.5), 1)
    rows.append(("pair", "LOA", f"{length} ft" if feet else f"{length} m"))
    rows.append(("pair", rng.choice(["Skipper", "Owner"]), _person(rng, currency)))
    rows.append(("pair", "Berth", f"{rng.choice('ABCDEFG')}-{rng.randint(1, 40)}"))
    when = day(rng)
    nights = rng.choice([1, 2, 3, 5, 7])
    arrive = when if app is False and shown(rng, 0.3) else _later(when, rng, 1, 30)
    rows.append(("pair", "Arrival", date_text(arrive, rng.choice(patterns))))
    rows.append(("pair", "Departure", date_text(arrive + dt.timedelta(days=nights), rng.choice(patterns))))
    rows.append(("rule",))
    rate = {"INR": 220.0, "GBP": 4.1, "USD": 3.0, "EUR": 4.5}[currency]
    per = "ft" if feet else "m"
    berth = round(rate * length * nights, 2)
    rows.append(
        ("pair", f"{nights} nt x {length} {per} @ {money(rate, grouping)}/{per}", money(berth, grouping))
    )
    subtotal = berth
    if shown(rng, 0.6):
        kwh = rng.randint(8, 60)
        power = round(kwh * {"INR": 12.0, "GBP": 0.45, "USD": 0.3, "EUR": 0.4}[currency], 2)
        rows.append(("pair", f"Shore power {kwh} kWh", money(power, grouping)))
        subtotal += power
    if shown(rng, 0.4):
        extra = {"INR": 600.0, "GBP": 15.0, "USD": 25.0, "EUR": 15.0}[currency]
        rows.append(("pair", rng.choice(["Pump-out", "Water & showers"]), money(extra, grouping)))
        subtotal += extra
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.135)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    if app:
        ref = code(rng, 3, UPPER) + digits(rng, 6)
        txn = ref if optional_pair(rng, rows, ["Booking Ref", "Reservation #"], ref, 0.15) else None
    else:
        ref = rng.choice(["KIM/" if currency == "INR" else "MB", ""]) + digits(rng, 5)
        txn = ref if optional_pair(rng, rows, ["Invoice No", "Invoice #"], ref, 0.2) else None
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid by"], 0.2, cash=not app)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "Invoice Date"], 0.2)
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Channel 80 for berthing assistance. Speed limit 3 knots in the basin."))
    truth = truth_fields(marina, total, currency, txn, dated, method, status)
    return rows, truth, dict(SCREEN if app and shown(rng, 0.5) else (EMAIL if app else PAPER), width=620)


# ---------------------------------------------------------------- 7 pottery-painting café receipt


def pottery_cafe(rng: random.Random, font: str):
    """A paint-your-own-pottery café's receipt: Clay Station / The Pottery Studio in rupees, The Pottery Café Fulham
    in pounds, Color Me Mine in dollars, Ceramic Café Galway in euros: Table and Painters (a count), a studio fee per
    painter, bisque pieces, glaze and firing in a share, drinks and a cake in a share, a birthday party's name in a
    share, GST 18% / VAT included (23% in Ireland) / sales tax, a US tip in a share, Total / Amount Paid, Receipt No /
    Order # in a share, Paid by / Payment Mode in a share, Date in a share, Collect from (never the day paid) in a
    share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    cafe = rng.choice(
        {
            "INR": ["Clay Station Bengaluru", "The Pottery Studio Gurugram"],
            "GBP": ["The Pottery Café Fulham"],
            "USD": ["Color Me Mine Austin"],
            "EUR": ["Ceramic Café Galway"],
        }[currency]
    )
    irish = currency == "EUR"
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, irish)
    place = {
        "INR": "Indiranagar, Bengaluru 560038"
        if "Bengaluru" in cafe
        else "Galleria Market, DLF Phase IV, Gurugram",
        "GBP": "735 Fulham Road, London SW6 5UL",
        "USD": "3201 Bee Caves Rd, Austin, TX 78746",
        "EUR": "12 Shop Street, Galway H91 X2Y4",
    }[currency]
    rows = [("title", cafe), ("center", place), ("rule",)]
    painters = rng.randint(1, 6)
    rows.append(("pair", "Table", str(rng.randint(1, 14))))
    rows.append(("pair", "Painters", str(painters)))
    if shown(rng, 0.4):
        rows.append(
            ("pair", "Party for", _other(rng, currency) + rng.choice([" (7th birthday)", " (10)", ""]))
        )
    else:
        rows.append(("pair", "Guest", _person(rng, currency)))
    rows.append(("rule",))
    unit = {"INR": 1.0, "GBP": 0.011, "USD": 0.013, "EUR": 0.012}
    fee = {"INR": 300.0, "GBP": 3.5, "USD": 7.0, "EUR": 4.0}[currency]
    rows.append(("pair", f"Studio fee {painters} x {money(fee, grouping)}", money(fee * painters, grouping)))
    subtotal = fee * painters
    pieces = [
        ("Mug", 650),
        ("Dinner plate", 950),
        ("Piggy bank", 800),
        ("Tile 6x6", 450),
        ("Bowl", 700),
        ("Unicorn figurine", 900),
    ]
    subtotal += _lines(rng, rows, grouping, _scaled(pieces, currency, unit), rng.randint(1, 3))
    if shown(rng, 0.5):
        drinks = [("Flat white", 220), ("Babyccino", 90), ("Lemon drizzle cake", 260), ("Masala chai", 120)]
        subtotal += _lines(rng, rows, grouping, _scaled(drinks, currency, unit), rng.randint(1, 2))
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.23)
    total = round(subtotal + tax, 2)
    if currency == "USD" and shown(rng, 0.4):
        tip = round(total * 0.15, 2)
        rows.append(("pair", "Subtotal", money(total, grouping)))
        rows.append(("pair", "Tip", money(tip, grouping)))
        total = round(total + tip, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "TOTAL"], ["Amount Paid"])
    ref = digits(rng, rng.choice([4, 5, 6]))
    txn = ref if optional_pair(rng, rows, ["Receipt No", "Order #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Mode"], 0.2, counter=True)
    _cash_change(rng, rows, grouping, method, total)
    when = day(rng)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                rng.choice(["Collect from", "Ready for pickup"]),
                date_text(_later(when, rng, 5, 10), rng.choice(patterns)),
            )
        )
    rows.append(("small", "Pieces are glazed and kiln-fired on site. Uncollected pieces kept 30 days."))
    truth = truth_fields(cafe, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=540, size=19, paper=(255, 250, 244))


# ---------------------------------------------------------------- 8 notary and stamp-paper receipt


def notary_receipt(rng: random.Random, font: str):
    """A notary's or stamp-paper vendor's receipt: Sri Lakshmi Stamp Vendor & Notary Services in rupees (an e-stamp
    certificate, never the id, its stamp duty part of the total), Cheeswrights Notaries in pounds, The UPS Store #4512
    in dollars (a notary's commission expiry, never the day paid), Notaris Kantoor Verhoeven in euros: Client or
    Executant, Document, First and Second party in a share, Notary with a registration number (never the id), Register
    entry No in a share (never the id), stamp duty, notary fee, apostille and copies in a share, no tax on duty,
    Total / Amount Received / Amount Paid, Receipt No / Receipt # in a share, Payment Mode / Paid by in a share, Date
    in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    office = {
        "INR": "Sri Lakshmi Stamp Vendor & Notary Services",
        "GBP": "Cheeswrights Notaries",
        "USD": "The UPS Store #4512",
        "EUR": "Notariskantoor Verhoeven",
    }[currency]
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    place = {
        "INR": "Near City Civil Court, Mayo Hall, Bengaluru 560025",
        "GBP": "Bankside House, 107 Leadenhall Street, London EC3A 4AF",
        "USD": "4410 Roosevelt Way NE, Seattle, WA 98105",
        "EUR": "Maliebaan 74, 3581 CV Utrecht",
    }[currency]
    rows = [("title", office), ("center", place), ("rule",)]
    rows.append(("pair", rng.choice(["Client", "Executant"]), _person(rng, currency)))
    document = rng.choice(
        {
            "INR": ["Rental agreement (11 months)", "Affidavit - name change", "General power of attorney"],
            "GBP": ["Power of attorney (Spain)", "Certified passport copy", "Company resolution"],
            "USD": ["Vehicle title transfer", "Affidavit", "Power of attorney"],
            "EUR": ["Volmacht", "Verklaring van erfrecht", "Certified copy of diploma"],
        }[currency]
    )
    rows.append(("pair", "Document", document))
    if shown(rng, 0.5):
        rows.append(("pair", "Second party", _other(rng, currency)))
    when = day(rng)
    if currency == "INR":
        rows.append(("pair", "e-Stamp Cert. No", "IN-KA" + digits(rng, 11) + code(rng, 1, UPPER)))
    notary = _staff(rng, currency)
    rows.append(("pair", "Notary", ("Adv. " if currency == "INR" else "") + notary))
    if currency == "USD":
        rows.append(
            ("pair", "Commission expires", date_text(_later(when, rng, 200, 1200), rng.choice(patterns)))
        )
    elif shown(rng, 0.5):
        rows.append(("pair", "Reg. No", code(rng, 2, UPPER) + "/" + digits(rng, 4)))
    if shown(rng, 0.4):
        rows.append(("pair", "Register entry", digits(rng, 4) + "/" + str(when.year)))
    rows.append(("rule",))
    subtotal = 0.0
    if currency == "INR":
        duty = float(rng.choice([20, 50, 100, 200, 500]))
        rows.append(("pair", "Stamp duty (e-stamp)", money(duty, grouping)))
        subtotal += duty
    fee = price(
        rng, *{"INR": (100, 300, 50), "GBP": (95, 175, 5), "USD": (10, 15, 5), "EUR": (45, 95, 5)}[currency]
    )
    signatures = rng.randint(1, 3) if currency == "USD" else 1
    label = f"Notarial fee x{signatures}" if signatures > 1 else "Notarial fee"
    rows.append(("pair", label, money(fee * signatures, grouping)))
    subtotal += fee * signatures
    extras = {
        "INR": [("Drafting & typing", 250.0), ("Xerox copies", 20.0)],
        "GBP": [("Apostille (FCDO) & courier", 65.0), ("Certified copies", 20.0)],
        "USD": [("Copies", 2.5)],
        "EUR": [("Apostille", 25.0), ("Kopie gewaarmerkt", 12.5)],
    }[currency]
    for extra, cost in rng.sample(extras, rng.randint(0, len(extras))):
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    subtotal = round(subtotal, 2)
    tax = 0.0
    if currency in ("GBP", "EUR"):
        rate = 0.2 if currency == "GBP" else 0.21
        tax = round(subtotal * rate, 2)
        rows.append(("pair", f"VAT {rate * 100:g}%", money(tax, grouping)))
    elif currency == "INR" and shown(rng, 0.5):
        rows.append(("small", "Stamp duty is not subject to GST."))
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "TOTAL"], ["Amount Received", "Amount Paid"])
    ref = rng.choice(["N", "SLV-" if currency == "INR" else "", ""]) + digits(rng, rng.choice([3, 4, 5]))
    txn = ref if optional_pair(rng, rows, ["Receipt No", "Receipt #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.2, counter=True)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    rows.append(("small", "The notary attests the signature only, not the contents of the document."))
    truth = truth_fields(office, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=680, size=19)


# ---------------------------------------------------------------- 9 sports club membership renewal e-mail


def club_renewal(rng: random.Random, font: str):
    """A sports club's membership renewal e-mail; on a share a club app's name on top (Playo, ClubSpark, TeamSnap,
    ClubZap) and the club lower under Club: Bangalore Rowing & Tennis Club in rupees, Wimbledon Park Lawn Tennis Club
    in pounds, Austin Rowing Club in dollars, Kilmacud Crokes GAA Club in euros: Member, Membership No (never the
    id), Category, family members in a share, Period from and to and Renews on (never the day paid), a fee, a locker
    and a levy in a share, an early-renewal discount in a share, GST 18% in India only, Total / Amount Paid, Payment
    Reference / Order ID in a share, Payment Method / Paid with in a share, Date / Payment Date in a share, Payment
    Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    club = {
        "INR": "Bangalore Rowing & Tennis Club",
        "GBP": "Wimbledon Park Lawn Tennis Club",
        "USD": "Austin Rowing Club",
        "EUR": "Kilmacud Crokes GAA Club",
    }[currency]
    irish = currency == "EUR"
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, irish)
    app = (
        {"INR": "Playo", "GBP": "ClubSpark", "USD": "TeamSnap", "EUR": "ClubZap"}[currency]
        if shown(rng, 0.5)
        else None
    )
    status, words = _outcome(rng, 0.75)
    if app:
        rows = [("title", app), ("center", "Membership renewal"), ("rule",), ("pair", "Club", club)]
    else:
        rows = [
            ("title", club),
            (
                "center",
                rng.choice(
                    [
                        "Membership renewal",
                        "Your membership is renewed" if status in (None, "success") else "Renewal",
                    ]
                ),
            ),
            ("rule",),
        ]
    if status and shown(rng, 0.5):
        rows.append(("big", words))
    rows.append(("pair", rng.choice(["Member", "Member name"]), _person(rng, currency)))
    rows.append(("pair", rng.choice(["Membership No", "Member ID"]), code(rng, 2, UPPER) + digits(rng, 5)))
    category = rng.choice(["Adult", "Family", "Student", "Senior"])
    rows.append(("pair", "Category", category))
    if category == "Family" and shown(rng, 0.3):
        rows.append(
            (
                "pair",
                "Family members",
                f"{_other(rng, currency)}, {_other(rng, currency).split()[0]} (junior)",
            )
        )
    when = day(rng)
    start = _later(when, rng, 1, 40)
    end = start + dt.timedelta(days=364)
    rows.append(
        (
            "pair",
            "Period",
            f"{date_text(start, rng.choice(patterns))} - {date_text(end, rng.choice(patterns))}",
        )
    )
    if shown(rng, 0.4):
        rows.append(("pair", "Renews on", date_text(end + dt.timedelta(days=1), rng.choice(patterns))))
    rows.append(("rule",))
    fee = {
        "INR": {"Adult": 24000.0, "Family": 42000.0, "Student": 9000.0, "Senior": 15000.0},
        "GBP": {"Adult": 520.0, "Family": 985.0, "Student": 180.0, "Senior": 390.0},
        "USD": {"Adult": 650.0, "Family": 1100.0, "Student": 250.0, "Senior": 450.0},
        "EUR": {"Adult": 150.0, "Family": 280.0, "Student": 60.0, "Senior": 90.0},
    }[currency][category]
    rows.append(("pair", f"Annual subscription ({category})", money(fee, grouping)))
    subtotal = fee
    if shown(rng, 0.4):
        extra, cost = rng.choice(
            [
                ("Locker", {"INR": 3000.0, "GBP": 45.0, "USD": 60.0, "EUR": 20.0}[currency]),
                ("Development levy", {"INR": 2500.0, "GBP": 30.0, "USD": 50.0, "EUR": 25.0}[currency]),
            ]
        )
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    if shown(rng, 0.3):
        off = round(fee * 0.05, 2)
        rows.append(("pair", "Early renewal -5%", "-" + money(off, grouping)))
        subtotal -= off
    subtotal = round(subtotal, 2)
    tax = 0.0
    if currency == "INR":
        tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total due"], ["Amount Paid"])
    ref = rng.choice(["PAY-", "ORD", ""]) + code(rng, 8, UPPER + "0123456789")
    txn = ref if optional_pair(rng, rows, ["Payment Reference", "Order ID"], ref, 0.2) else None
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid with"], 0.2, cash=False)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "Payment Date"], 0.25)
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Cards are issued at the club office. Sign guests in."))
    truth = truth_fields(club, total, currency, txn, dated, method, status)
    return rows, truth, dict(EMAIL, width=660) if shown(rng, 0.5) else dict(SCREEN)


# ---------------------------------------------------------------- 10 music festival wristband order e-mail


def festival_order(rng: random.Random, font: str):
    """A music festival's ticket and wristband order e-mail: Sunburn Festival Goa / NH7 Weekender Pune in rupees,
    Boardmasters / Green Man in pounds, Austin City Limits in dollars, Electric Picnic in euros: Ticket holder and a
    second holder in a share, the festival's days (never the day paid), Wristbands dispatched by (never the day paid)
    in a share, tickets at a price, camping, a car park pass or a refundable cup deposit (part of the total) in a
    share, a booking fee, GST 18% in India, Total / Order Total / Amount Paid, Order No / Order Reference in a share,
    wristband numbers (never the id) in a share, Payment Method / Paid with in a share, Order Date in a share, Payment
    Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    fest = rng.choice(
        {
            "INR": ["Sunburn Festival Goa", "NH7 Weekender Pune"],
            "GBP": ["Boardmasters Festival", "Green Man Festival"],
            "USD": ["Austin City Limits Music Festival"],
            "EUR": ["Electric Picnic"],
        }[currency]
    )
    irish = currency == "EUR"
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, irish)
    status, words = _outcome(rng, 0.7)
    rows = [
        ("title", fest),
        ("center", rng.choice(["Your order", "Order confirmation", "Tickets & wristbands"])),
        ("rule",),
    ]
    if status and shown(rng, 0.5):
        rows.append(("big", words))
    holders = rng.randint(1, 3)
    rows.append(("pair", "Ticket holder", _person(rng, currency)))
    if holders > 1:
        rows.append(
            (
                "pair",
                "Also on this order",
                _other(rng, currency) + (f" +{holders - 2}" if holders > 2 else ""),
            )
        )
    when = day(rng)
    start = _later(when, rng, 20, 200)
    rows.append(
        (
            "pair",
            "Festival dates",
            f"{date_text(start, rng.choice(patterns))} - {date_text(start + dt.timedelta(days=rng.choice([2, 3])), rng.choice(patterns))}",
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Wristbands dispatched by",
                date_text(start - dt.timedelta(days=rng.randint(7, 14)), rng.choice(patterns)),
            )
        )
    rows.append(("rule",))
    ticket = price(
        rng,
        *{"INR": (5500, 14000, 250), "GBP": (180, 285, 5), "USD": (335, 475, 5), "EUR": (250, 325, 5)}[
            currency
        ],
    )
    rows.append(
        ("pair", f"Weekend ticket {holders} x {money(ticket, grouping)}", money(ticket * holders, grouping))
    )
    subtotal = ticket * holders
    extras = {
        "INR": [("Shuttle pass", 1200.0), ("Cup deposit (refundable)", 100.0)],
        "GBP": [("Campervan pass", 95.0), ("Car park pass", 40.0)],
        "USD": [("Shuttle wristband", 75.0)],
        "EUR": [("Campervan pass", 140.0), ("Car park pass", 35.0), ("Cup deposit (refundable)", 2.0)],
    }[currency]
    for extra, cost in rng.sample(extras, rng.randint(0, min(2, len(extras)))):
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    booking = round(subtotal * 0.06, 2)
    rows.append(("pair", "Booking fee", money(booking, grouping)))
    subtotal = round(subtotal + booking, 2)
    tax = 0.0
    if currency == "INR":
        tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Order Total"], ["Amount Paid"])
    ref = code(rng, 2, UPPER) + digits(rng, 7)
    txn = ref if optional_pair(rng, rows, ["Order No", "Order Reference"], ref, 0.15) else None
    if status in (None, "success") and shown(rng, 0.5):
        rows.append(("pair", "Wristband No", "WB " + digits(rng, 9)))
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid with"], 0.2, cash=False)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Order Date"], 0.25)
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Wristbands are non-transferable once activated. No re-entry without a wristband."))
    truth = truth_fields(fest, total, currency, txn, dated, method, status)
    return rows, truth, dict(EMAIL, width=660, band=(40, 20, 70), band_ink=(255, 255, 255))


# ---------------------------------------------------------------- 11 river boat tour booking


def river_tour(rng: random.Random, font: str):
    """A river boat tour's booking e-mail or screen; on a share an activity app's name on top (Thrillophilia,
    GetYourGuide, Klook) and the operator lower under Operator / Activity provider: Varanasi Ganga Boat Rides /
    Kerala Backwater Shikara Tours in rupees, Thames River Sightseeing in pounds, Chicago River Architecture Cruises
    in dollars, Bateaux Parisiens in euros: Lead traveller, Travellers, Tour date with its time (never the day paid),
    a meeting point, Boat, prices per adult and child, a service fee in a share, GST 5% in India / VAT included (10%
    in France) / sales tax, Total / Amount Paid, Booking ID / Booking Reference in a share, Payment Method / Paid with
    in a share, Booked on in a share, Payment Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    operator = rng.choice(
        {
            "INR": ["Varanasi Ganga Boat Rides", "Kerala Backwater Shikara Tours"],
            "GBP": ["Thames River Sightseeing"],
            "USD": ["Chicago River Architecture Cruises"],
            "EUR": ["Bateaux Parisiens"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    app = (
        {"INR": "Thrillophilia", "GBP": "GetYourGuide", "USD": "Klook", "EUR": "GetYourGuide"}[currency]
        if shown(rng, 0.5)
        else None
    )
    status, words = _outcome(rng, 0.7)
    if app:
        rows = [
            ("title", app),
            ("center", "Booking confirmed" if status in (None, "success") else "Your booking"),
            ("rule",),
        ]
        rows.append(("pair", rng.choice(["Operator", "Activity provider"]), operator))
    else:
        rows = [("title", operator), ("center", rng.choice(["E-ticket", "Booking confirmation"])), ("rule",)]
    if status and shown(rng, 0.5):
        rows.append(("big", words))
    rows.append(("pair", "Lead traveller", _person(rng, currency)))
    adults, children = rng.randint(1, 4), rng.choice([0, 0, 1, 2])
    rows.append(
        (
            "pair",
            "Travellers",
            f"{adults} adult{'s' if adults > 1 else ''}" + (f", {children} child" if children else ""),
        )
    )
    when = day(rng)
    tour_day = _later(when, rng, 0, 60)
    rows.append(
        (
            "pair",
            "Tour date",
            date_text(tour_day, rng.choice(patterns))
            + rng.choice([", 06:00 (sunrise)", ", 17:30", ", 11:00 AM", ", 2:15 PM"]),
        )
    )
    rows.append(
        (
            "pair",
            "Meeting point",
            {
                "Varanasi Ganga Boat Rides": "Dashashwamedh Ghat",
                "Kerala Backwater Shikara Tours": "Finishing Point jetty, Alappuzha",
                "Thames River Sightseeing": "Westminster Pier, Gate 2",
                "Chicago River Architecture Cruises": "Michigan Ave Bridge, lower level",
                "Bateaux Parisiens": "Port de la Bourdonnais, Pont d'Iéna",
            }[operator],
        )
    )
    if shown(rng, 0.4):
        rows.append(
            ("pair", "Boat", rng.choice(["Ganga Darshan", "Kingfisher", "Chicago's First Lady", "Etoile"]))
        )
    rows.append(("rule",))
    adult = price(
        rng, *{"INR": (600, 2200, 50), "GBP": (14, 22, 0.5), "USD": (49, 59, 1), "EUR": (17, 22, 1)}[currency]
    )
    child = round(adult * 0.6, 2)
    rows.append(("pair", f"Adult {adults} x {money(adult, grouping)}", money(adult * adults, grouping)))
    subtotal = adult * adults
    if children:
        rows.append(
            ("pair", f"Child {children} x {money(child, grouping)}", money(child * children, grouping))
        )
        subtotal += child * children
    if app and shown(rng, 0.5):
        fee = round(subtotal * 0.04, 2)
        rows.append(("pair", "Service fee", money(fee, grouping)))
        subtotal += fee
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.05, euro_rate=0.1)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    ref = (code(rng, 3, UPPER) if app else "") + digits(rng, rng.choice([6, 7, 8]))
    txn = ref if optional_pair(rng, rows, ["Booking ID", "Booking Reference"], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid with"], 0.2, cash=False)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Booked on"], 0.25)
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Please arrive 15 minutes before departure. Life jackets are provided."))
    truth = truth_fields(operator, total, currency, txn, dated, method, status)
    return rows, truth, dict(SCREEN) if app and shown(rng, 0.6) else dict(EMAIL, width=640)


# ---------------------------------------------------------------- 12 driving school lesson package receipt


def driving_school(rng: random.Random, font: str):
    """A driving school's receipt for a lesson package: Maruti Suzuki Driving School / Sai Motor Training School in
    rupees, RED Driving School in pounds, A-1 Driving School in dollars, Irish School of Motoring in euros: Learner,
    Learner licence No (never the id), Instructor, Vehicle, a package of lessons at a rate, a test-day car hire, an RTO
    or theory test fee in a share, an advance already paid taken off in a share, Balance due 0.00 in a share, GST 18%
    / VAT included (23% in Ireland) / sales tax none, Total / Amount Paid, Receipt No / Receipt # in a share, Payment
    Mode / Paid by in a share, Date in a share, First lesson or Test date (never the day paid) in a share; no
    outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    school = rng.choice(
        {
            "INR": ["Maruti Suzuki Driving School", "Sai Motor Training School"],
            "GBP": ["RED Driving School"],
            "USD": ["A-1 Driving School"],
            "EUR": ["Irish School of Motoring"],
        }[currency]
    )
    irish = currency == "EUR"
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, irish)
    place = {
        "INR": "Sector 18, Noida 201301" if "Maruti" in school else "Kothrud, Pune 411038",
        "USD": "2150 W Irving Park Rd, Chicago, IL 60618",
        "EUR": "Tallaght Cross West, Dublin 24",
    }.get(currency) or _place(currency, rng)
    rows = [
        ("title", school),
        ("center", place),
        ("center", "FEE RECEIPT" if currency == "INR" else "RECEIPT"),
        ("rule",),
    ]
    rows.append(("pair", rng.choice(["Learner", "Student", "Pupil"]), _person(rng, currency)))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                {"INR": "LL No", "GBP": "Provisional licence", "USD": "Permit #", "EUR": "Learner permit No"}[
                    currency
                ],
                {
                    "INR": "MH12/" + digits(rng, 7) + "/2025",
                    "GBP": code(rng, 5, UPPER) + digits(rng, 6) + code(rng, 2, UPPER),
                }.get(currency, digits(rng, 9)),
            )
        )
    rows.append(("pair", "Instructor", _staff(rng, currency)))
    rows.append(
        (
            "pair",
            "Vehicle",
            rng.choice(
                [
                    "Manual",
                    "Automatic",
                    "Swift Dzire (manual)" if currency == "INR" else "Ford Fiesta (manual)",
                ]
            ),
        )
    )
    rows.append(("rule",))
    lessons = rng.choice([5, 10, 15, 20, 21])
    rate = price(
        rng, *{"INR": (250, 450, 10), "GBP": (38, 45, 1), "USD": (55, 75, 5), "EUR": (40, 50, 5)}[currency]
    )
    rows.append(("pair", f"{lessons} lessons x {money(rate, grouping)}", money(rate * lessons, grouping)))
    subtotal = rate * lessons
    if shown(rng, 0.5):
        extra, cost = {
            "INR": ("RTO licence fee (DL)", 1000.0),
            "GBP": ("Test day car hire", 80.0),
            "USD": ("Road test vehicle", 95.0),
            "EUR": ("Pre-test lesson", 55.0),
        }[currency]
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    subtotal = round(subtotal, 2)
    tax = 0.0 if currency == "USD" else _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.23)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Total Amount"], ["Amount Paid", "Amount Received"])
    if shown(rng, 0.3):
        rows.append(("pair", "Balance due", money(0.0, grouping)))
    ref = rng.choice(["DS", "R-", ""]) + digits(rng, rng.choice([4, 5, 6]))
    txn = ref if optional_pair(rng, rows, ["Receipt No", "Receipt #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.2, counter=True)
    when = day(rng)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    if shown(rng, 0.5):
        label = rng.choice(["First lesson", "Test date", "Next lesson"])
        rows.append(
            (
                "pair",
                label,
                date_text(_later(when, rng, 2, 60), rng.choice(patterns))
                + rng.choice(["", ", 7:30 AM", ", 16:00"]),
            )
        )
    rows.append(("small", "Lessons cancelled at short notice are charged."))
    truth = truth_fields(school, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=620, size=19)
