"""The twelve heldout60 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the shared value helpers of heldout14 and the page
helpers of heldout53 to heldout59 (rupees, stamps, taxes, totals, ways to pay, outcomes, people, places, staff) are
reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
Every receipt prints at most one transaction id (a document's own number, a booking's reference or a slip's
approval code; an IMEI, job, bay, machine, member, diver, hallmark, student or roll number beside it is never the
id), at most one date of payment (the other dates are named for other events: an event, a delivery or a collection,
a lesson, a class, a dive, a fitting, a ready day, a wedding, a warranty's end), and names the party that was paid:
on top, or, where a booking app's name is on top, under the label that names the business lower on the page. Other
amounts (a rate, a refundable deposit inside the total, a venue's full hire and the balance still owed beside a
deposit, cash tendered and change, a subtotal before tax, a range card's balance left) are printed beside the total
as real pages print them.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_render import SCALE, load_font
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
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER, _later
from bench.receipt_sets.heldout55_families import _method, _person, _place, _tax, _total
from bench.receipt_sets.heldout56_families import _lines, _outcome
from bench.receipt_sets.heldout58_families import (
    _cash_change,
    _date_line,
    _earlier,
    _other,
    _page_money,
    _scaled,
    _staff,
)
from bench.receipt_sets.heldout59_families import _added_vat

UNIT = {"INR": 1.0, "GBP": 0.0095, "USD": 0.012, "EUR": 0.011}


def _tight(font: str, name: str, size: int, width: int) -> int:
    """The page's width; where the name on top is long, only just wider than it (its text runs near the edges)."""
    need = int(load_font(font, int(size * SCALE["title"])).getlength(name)) + 30
    return need if need > width - 60 else width


def _pick(rng: random.Random, table: dict[str, list[str]]) -> tuple[str, str]:
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    return currency, rng.choice(table[currency])


def _ref(rng: random.Random, prefixes: list[str]) -> str:
    return rng.choice(prefixes) + digits(rng, rng.choice([4, 5, 6]))


def _id(rng: random.Random, rows: list[tuple], labels: list[str], ref: str, p_absent: float) -> str | None:
    return ref if optional_pair(rng, rows, labels, ref, p_absent) else None


def _other_day(rng, rows, labels, when, patterns, low, high, before=False) -> None:
    other = _earlier(when, rng, low, high) if before else _later(when, rng, low, high)
    rows.append(("pair", rng.choice(labels), date_text(other, rng.choice(patterns))))


# ---------------------------------------------------------------- 1 bouncy castle / party equipment hire invoice


def party_hire(rng: random.Random, font: str):
    """A bouncy castle or party equipment hire invoice: Jumpin Joy Bouncy Castles Pune / Party Hire Hub Hyderabad in
    rupees, Bounce Around Inflatables Ltd in pounds, Jump Masters Party Rentals in dollars, Kildare Bouncy Castle &
    Party Hire in euros: Hirer, Party for (a child), Event date, Delivery / Collection slots, castle, tables, chairs,
    a popcorn machine, a refundable damage deposit inside the total, Total / Grand Total / Amount Paid, Invoice No /
    Booking No in a share, Paid by / Payment Mode in a share, Date / Invoice Date in a share; no outcome."""
    currency, firm = _pick(
        rng,
        {
            "INR": ["Jumpin Joy Bouncy Castles Pune", "Party Hire Hub Hyderabad"],
            "GBP": ["Bounce Around Inflatables Ltd"],
            "USD": ["Jump Masters Party Rentals"],
            "EUR": ["Kildare Bouncy Castle & Party Hire"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    when = day(rng)
    rows = [
        ("title", firm),
        ("center", _place(currency, rng)),
        ("center", rng.choice(["INVOICE", "Hire Invoice"])),
    ]
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Hirer", "Customer", "Booked by"]), _person(rng, currency)))
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(["Party for", "Birthday child"]), _other(rng, currency)))
    _other_day(rng, rows, ["Event date", "Party date"], when, patterns, 2, 30)
    rows.append(("pair", "Delivery", rng.choice(["8:00-9:30 am", "09:00-10:00", "Fri evening"])))
    rows.append(("rule",))
    items = _scaled(
        [
            ("Bouncy castle 12x12 ft", 3500),
            ("Princess castle with slide", 4800),
            ("Soft play set", 2500),
            ("Trestle tables", 400),
            ("Kids' chairs x20", 600),
            ("Popcorn machine", 1500),
            ("Candy floss machine", 1500),
            ("Generator", 1800),
        ],
        currency,
        UNIT,
    )
    subtotal = _lines(rng, rows, grouping, items, rng.choice([2, 3, 4]))
    deposit = {"INR": 2000.0, "GBP": 50.0, "USD": 75.0, "EUR": 60.0}[currency]
    rows.append(
        (
            "pair",
            rng.choice(["Refundable damage deposit", "Security deposit (refundable)"]),
            money(deposit, grouping),
        )
    )
    total = round(subtotal + deposit, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Grand Total"], ["Amount Paid"])
    txn = _id(rng, rows, ["Invoice No", "Booking No", "Invoice #"], _ref(rng, ["BC-", "PH", ""]), 0.2)
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Mode"], 0.25)
    _cash_change(rng, rows, grouping, method, total)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "Invoice Date"], 0.2)
    if shown(rng, 0.5):
        rows.append(("pair", "Driver", _staff(rng, currency)))
    rows.append(("small", "Deposit returned within 3 days of collection if no damage."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_tight(font, firm, 19, 620), size=19)


# ---------------------------------------------------------------- 2 horse-riding lesson receipt


def riding_lesson(rng: random.Random, font: str):
    """A riding school's lesson receipt: Embassy International Riding School Bengaluru / Pune Equestrian Centre in
    rupees, Hyde Park Stables in pounds, Lakeside Equestrian Center in dollars, Kilternan Equestrian Centre in euros:
    Rider, Parent / Guardian, Instructor, Horse / Pony (a horse's name), Lesson on (never the day paid), lessons at a
    rate, hat hire, Total / Amount / Amount Received, Receipt No / Ref No in a share, Method / Paid via in a share,
    Date / Paid on in a share, Rider level and a BHS membership number; no outcome."""
    currency, firm = _pick(
        rng,
        {
            "INR": ["Embassy International Riding School", "Pune Equestrian Centre"],
            "GBP": ["Hyde Park Stables"],
            "USD": ["Lakeside Equestrian Center"],
            "EUR": ["Kilternan Equestrian Centre"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    when = day(rng)
    rows = [
        ("title", firm),
        ("center", _place(currency, rng)),
        ("center", rng.choice(["RECEIPT", "Lesson receipt"])),
    ]
    rows.append(("rule",))
    rows.append(("pair", "Rider", _person(rng, currency)))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Parent / Guardian", "Account holder"]), _other(rng, currency)))
    rows.append(("pair", rng.choice(["Instructor", "Coach"]), _staff(rng, currency)))
    rows.append(
        ("pair", rng.choice(["Horse", "Pony"]), rng.choice(["Duke", "Toffee", "Bella", "Sultan", "Misty"]))
    )
    _other_day(rng, rows, ["Lesson on", "Ride date"], when, patterns, 0, 14)
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["BHS member no", "Member No"]), digits(rng, 7)))
    rows.append(("rule",))
    lessons = rng.choice([1, 4, 5])
    rate = {"INR": 1500.0, "GBP": 95.0, "USD": 85.0, "EUR": 45.0}[currency]
    rows.append(("pair", f"{lessons} x lesson @ {money(rate, grouping)}", money(rate * lessons, grouping)))
    total = rate * lessons
    if shown(rng, 0.5):
        hat = {"INR": 200.0, "GBP": 5.0, "USD": 10.0, "EUR": 5.0}[currency]
        rows.append(("pair", "Hat & body protector hire", money(hat, grouping)))
        total += hat
    if currency == "INR":
        total += _tax(rng, currency, total, grouping, rows)
    total = round(total, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Amount"], ["Amount Received"])
    txn = _id(rng, rows, ["Receipt No", "Ref No", "Receipt #"], _ref(rng, ["R", "LS-", ""]), 0.2)
    method = _method(rng, rows, currency, None, ["Method", "Paid via"], 0.25)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "Paid on"], 0.2)
    rows.append(("small", "Riders must wear boots with a heel. Cancel 24 h ahead."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_tight(font, firm, 19, 600), size=19)


# ---------------------------------------------------------------- 3 phone-accessory kiosk till


def phone_kiosk(rng: random.Random, font: str):
    """A phone-accessory kiosk's till: Mobile Planet Accessories Lajpat Rai Market / Gadget Zone Phone Accessories in
    rupees, Case Mania Kiosk Westfield in pounds, Cellular Outfitters Kiosk in dollars, Handy Shop Alexanderplatz in
    euros: cases, tempered glass fitted, chargers, cables, IMEI (never the id), Warranty till (never the day paid),
    Bill No / Beleg-Nr. / Receipt # in a share, Total / TOTAL / Net Amount, Payment / Paid by, change, Served by;
    no outcome."""
    currency, firm = _pick(
        rng,
        {
            "INR": ["Mobile Planet Accessories", "Gadget Zone Phone Accessories"],
            "GBP": ["Case Mania Kiosk Westfield"],
            "USD": ["Cellular Outfitters Kiosk"],
            "EUR": ["Handy Shop Alexanderplatz"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    when = day(rng)
    rows = [
        ("title", firm),
        ("center", _place(currency, rng) if currency != "EUR" else "Alexanderplatz 1, 10178 Berlin"),
    ]
    if shown(rng, 0.5):
        rows.append(("center", "Ph " + phone(rng)))
    rows.append(("rule",))
    items = _scaled(
        [
            ("Silicone case", 299),
            ("Tempered glass + fitting", 249),
            ("20W USB-C charger", 899),
            ("Type-C cable 1m", 199),
            ("Pop socket", 149),
            ("Car mount", 549),
            ("Earphones", 399),
        ],
        currency,
        UNIT,
    )
    subtotal = _lines(rng, rows, grouping, items, rng.choice([2, 3]))
    tax = (
        _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.19)
        if currency in ("USD", "GBP", "EUR")
        else 0.0
    )
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["TOTAL", "Total", "Net Amount"]), fmt(total)))
    method = _method(rng, rows, currency, None, ["Payment", "Paid by"], 0.2)
    _cash_change(rng, rows, grouping, method, total)
    if shown(rng, 0.5):
        rows.append(("pair", "IMEI", digits(rng, 15)))
    if shown(rng, 0.5):
        _other_day(rng, rows, ["Warranty till", "Replacement until"], when, patterns, 30, 180)
    txn = _id(
        rng,
        rows,
        ["Bill No", "Receipt #", "Beleg-Nr." if currency == "EUR" else "Bill #"],
        _ref(rng, ["", "K"]),
        0.25,
    )
    dated = _date_line(
        rng, rows, when, patterns, twelve, ["Date", "Datum" if currency == "EUR" else "Date"], 0.2
    )
    rows.append(("pair", "Served by", _staff(rng, currency)))
    rows.append(("small", "No refund on fitted screen guards."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_tight(font, firm, 20, rng.choice([460, 500])), size=20)


# ---------------------------------------------------------------- 4 driving-range ball dispenser slip


def range_slip(rng: random.Random, font: str):
    """A golf driving range's ball-dispenser slip: KGA Driving Range Bengaluru / DLF Golf Range Gurugram in rupees,
    Drivezone Golf Range in pounds, Chelsea Piers Golf Club in dollars, Elm Park Driving Range in euros: Machine,
    Bay, balls per bucket, Range card and its balance left (never the total), AMOUNT / TOTAL / Amount Charged, card
    wording, Auth Code / Trans No in a share, Date, APPROVED / DECLINED in a share."""
    currency, firm = _pick(
        rng,
        {
            "INR": ["KGA Driving Range", "DLF Golf Range Gurugram"],
            "GBP": ["Drivezone Golf Range"],
            "USD": ["Chelsea Piers Golf Club"],
            "EUR": ["Elm Park Driving Range"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    when = day(rng)
    status, words = None, None
    if shown(rng, 0.35):
        status = "success" if rng.random() < 0.6 else "failed"
        words = "APPROVED" if status == "success" else "DECLINED"
    rows = [("title", firm), ("center", rng.choice(["BALL DISPENSER", "Range Ball Machine"]))]
    rows.append(("pair", rng.choice(["Machine", "Dispenser"]), str(rng.randint(1, 4))))
    if shown(rng, 0.5):
        rows.append(("pair", "Bay", str(rng.randint(1, 60))))
    rows.append(("rule",))
    buckets = rng.choice([1, 2, 3])
    per = {"INR": 300.0, "GBP": 7.5, "USD": 12.0, "EUR": 6.0}[currency]
    balls = rng.choice([50, 60, 100])
    rows.append(
        ("pair", f"{buckets} x {balls} balls @ {money(per, grouping)}", money(per * buckets, grouping))
    )
    total = round(per * buckets, 2)
    _total(rng, rows, fmt, total, status, ["AMOUNT", "TOTAL"], ["Amount Charged"])
    method = None
    if shown(rng, 0.3):
        card_no = "Range card **" + digits(rng, 4)
        rows.append(("pair", "Range card", card_no[-6:]))
        if status != "failed":
            rows.append(
                ("pair", "Card balance left", money(price(rng, 50, 2000, 10) * UNIT[currency] * 10, grouping))
            )
    else:
        method = _method(rng, rows, currency, status, ["Payment", "Tender"], 0.2, cash=False)
    txn = _id(rng, rows, ["Auth Code", "Trans No", "Approval Code"], code(rng, 6, UPPER + "0123456789"), 0.3)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "DATE"], 0.15)
    if words:
        rows.append(("center", words))
    rows.append(("small", "Balls remain property of the range."))
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    return rows, truth, dict(PAPER, width=_tight(font, firm, 20, 440), size=20)


# ---------------------------------------------------------------- 5 glass and glazing repair invoice


def glazing_invoice(rng: random.Random, font: str):
    """A glass and glazing repair invoice: Modern Glass House Karol Bagh / Sharma Glass & Aluminium Works in rupees,
    Crystal Clear Glazing Ltd in pounds, City Glass & Mirror Co. in dollars, Dublin Glass & Glazing Repairs in euros:
    Customer, Site address, Fitter, Job ref (never the id), panes by size at a rate per sq ft or m², boarding-up,
    disposal, Subtotal and GST / VAT added, Total / Balance Paid / Amount Paid, Invoice No in a share, Paid by in a
    share, Invoice Date / Date in a share, Fitted on (never the day paid); no outcome."""
    currency, firm = _pick(
        rng,
        {
            "INR": ["Modern Glass House Karol Bagh", "Sharma Glass & Aluminium Works"],
            "GBP": ["Crystal Clear Glazing Ltd"],
            "USD": ["City Glass & Mirror Co."],
            "EUR": ["Dublin Glass & Glazing Repairs"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    when = day(rng)
    rows = [
        ("title", firm),
        ("center", _place(currency, rng)),
        ("center", "TAX INVOICE" if currency == "INR" else "INVOICE"),
    ]
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Customer", "Bill to"]), _person(rng, currency)))
    rows.append(("pair", rng.choice(["Site address", "Property"]), _place(currency, rng)))
    rows.append(("pair", rng.choice(["Fitter", "Glazier"]), _staff(rng, currency)))
    if shown(rng, 0.5):
        rows.append(("pair", "Job ref", "J" + digits(rng, 5)))
    _other_day(rng, rows, ["Fitted on", "Work done"], when, patterns, 0, 10, before=True)
    rows.append(("rule",))
    area = rng.choice([6, 8, 12, 15, 24])
    rate = {"INR": 180.0, "GBP": 9.5, "USD": 14.0, "EUR": 11.0}[currency]
    unit = "sq ft"
    pane = rng.choice(["Toughened glass 8mm", "Double-glazed unit", "Frosted glass 5mm", "Mirror 6mm"])
    rows.append(("pair", f"{pane} {area} {unit} @ {money(rate, grouping)}", money(rate * area, grouping)))
    subtotal = rate * area
    for label, value in rng.sample(
        [("Emergency boarding-up", 1200.0), ("Old glass disposal", 300.0), ("Labour", 900.0)], 2
    ):
        value = round(value * UNIT[currency], 2)
        rows.append(("pair", label, money(value, grouping)))
        subtotal += value
    subtotal = round(subtotal, 2)
    tax = _added_vat(rng, rows, currency, subtotal, grouping, 0.2 if currency == "GBP" else 0.135)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Total Due"], ["Amount Paid"])
    txn = _id(rng, rows, ["Invoice No", "Invoice #", "Inv No"], _ref(rng, ["GL", "INV-", ""]), 0.2)
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Method"], 0.25)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Invoice Date", "Date"], 0.2)
    rows.append(("small", "Glass guaranteed 12 months against seal failure."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_tight(font, firm, 19, 640), size=19)


# ---------------------------------------------------------------- 6 goldsmith's repair slip


def goldsmith_slip(rng: random.Random, font: str):
    """A goldsmith's repair slip: Sri Lakshmi Jewellery Works T. Nagar / Soni Gold Repair Centre Zaveri Bazaar in
    rupees, Hatton Garden Jewellery Repairs in pounds, Diamond District Jewelry Repair in dollars, Goldschmiede am
    Markt in euros: Customer, Item, weight in grams, HUID / hallmark (never the id), Goldsmith, Ready on (never the
    day paid), soldering, resizing, polishing, gold added by weight, Total / Net Amount / Amount Paid, Slip No /
    Receipt No in a share, Payment Mode / Paid by in a share, Date in a share; no outcome."""
    currency, firm = _pick(
        rng,
        {
            "INR": ["Sri Lakshmi Jewellery Works", "Soni Gold Repair Centre"],
            "GBP": ["Hatton Garden Jewellery Repairs"],
            "USD": ["Diamond District Jewelry Repair"],
            "EUR": ["Goldschmiede am Markt"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    when = day(rng)
    rows = [
        ("title", firm),
        ("center", _place(currency, rng) if currency != "EUR" else "Marktplatz 4, 97070 Würzburg"),
    ]
    rows.append(("center", rng.choice(["REPAIR SLIP", "Repair receipt"])))
    rows.append(("rule",))
    rows.append(("pair", "Customer", _person(rng, currency)))
    item = rng.choice(["Gold chain 22K", "Ring 18K", "Bangle pair 22K", "Silver anklet", "Earring studs"])
    rows.append(("pair", "Item", item))
    rows.append(("pair", "Weight", f"{rng.uniform(2, 40):.3f} g"))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["HUID", "Hallmark"]), code(rng, 6, UPPER + "0123456789")))
    rows.append(
        (
            "pair",
            rng.choice(["Goldsmith", "Karigar" if currency == "INR" else "Jeweller"]),
            _staff(rng, currency),
        )
    )
    _other_day(rng, rows, ["Ready on", "Collect after"], when, patterns, 2, 12)
    rows.append(("rule",))
    work = _scaled(
        [
            ("Soldering", 350),
            ("Ring resizing", 800),
            ("Polishing", 400),
            ("Clasp replacement", 600),
            ("Stone setting", 900),
        ],
        currency,
        UNIT,
    )
    subtotal = _lines(rng, rows, grouping, work, 2)
    if shown(rng, 0.5):
        grams = rng.choice([0.2, 0.35, 0.5])
        per_g = {"INR": 9200.0, "GBP": 95.0, "USD": 110.0, "EUR": 105.0}[currency]
        rows.append(
            (
                "pair",
                f"Gold added {grams} g @ {money(per_g, grouping)}",
                money(round(grams * per_g, 2), grouping),
            )
        )
        subtotal = round(subtotal + grams * per_g, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.05, euro_rate=0.19)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Net Amount"], ["Amount Paid"])
    txn = _id(
        rng,
        rows,
        ["Slip No", "Receipt No", "Beleg-Nr." if currency == "EUR" else "Receipt #"],
        _ref(rng, ["", "RS"]),
        0.2,
    )
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.25)
    _cash_change(rng, rows, grouping, method, total)
    dated = _date_line(
        rng, rows, when, patterns, twelve, ["Date", "Datum" if currency == "EUR" else "Dated"], 0.2
    )
    rows.append(("small", "Items not collected in 90 days are at owner's risk."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_tight(font, firm, 19, 540), size=19)


# ---------------------------------------------------------------- 7 bookbinding shop invoice


def bookbinding(rng: random.Random, font: str):
    """A bookbinder's invoice for thesis binding: Sai Thesis Binding Centre near Pune University / Student Point
    Binding & Lamination in rupees, Bound Thesis Binding Co. Cardiff in pounds, Campus Bindery Ann Arbor in dollars,
    Buchbinderei Hoffmann in euros: Student / Customer, University (never the payee), Roll No / Student ID (never the
    id), copies hard-bound with gold lettering, spine text, CD pocket, Ready by (never the day paid), Total / Amount /
    Rechnungsbetrag, Invoice No / Order No in a share, Paid by / Mode in a share, Date in a share; no outcome."""
    currency, firm = _pick(
        rng,
        {
            "INR": ["Sai Thesis Binding Centre", "Student Point Binding & Lamination"],
            "GBP": ["Bound Thesis Binding Co. Cardiff"],
            "USD": ["Campus Bindery Ann Arbor"],
            "EUR": ["Buchbinderei Hoffmann"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    when = day(rng)
    uni = {
        "INR": ["Savitribai Phule Pune University", "COEP Technological University"],
        "GBP": ["Cardiff University"],
        "USD": ["University of Michigan"],
        "EUR": ["Universität Würzburg"],
    }[currency]
    rows = [("title", firm)]
    if shown(rng, 0.5):
        rows.append(("center", "Binding · Lamination · Printing"))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Student", "Customer"]), _person(rng, currency)))
    rows.append(("pair", rng.choice(["University", "Institute"]), rng.choice(uni)))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Roll No", "Student ID"]), digits(rng, 8)))
    _other_day(rng, rows, ["Ready by", "Collection"], when, patterns, 1, 6)
    rows.append(("rule",))
    copies = rng.choice([2, 3, 4, 5])
    each = {"INR": 450.0, "GBP": 32.0, "USD": 38.0, "EUR": 29.0}[currency]
    rows.append(("pair", f"Hard binding, gold letters x{copies}", money(each * copies, grouping)))
    subtotal = each * copies
    extras = _scaled(
        [("Spine lettering", 100), ("CD pocket", 50), ("Colour print pages", 240), ("Express service", 300)],
        currency,
        UNIT,
    )
    subtotal = round(subtotal + _lines(rng, rows, grouping, extras, rng.choice([1, 2])), 2)
    tax = (
        _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.19)
        if currency != "INR" or shown(rng, 0.5)
        else 0.0
    )
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(
        rng,
        rows,
        fmt,
        total,
        None,
        ["Total", "Amount"] + (["Rechnungsbetrag"] if currency == "EUR" else []),
        ["Amount Paid"],
    )
    txn = _id(rng, rows, ["Invoice No", "Order No", "Bill No"], _ref(rng, ["TB", ""]), 0.2)
    method = _method(rng, rows, currency, None, ["Paid by", "Mode"], 0.25)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "Dated"], 0.2)
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_tight(font, firm, 19, 560), size=19)


# ---------------------------------------------------------------- 8 farm-shop till


def farm_shop(rng: random.Random, font: str):
    """A farm shop's till: Green Acres Farm Store Nashik / Kisan Organic Farm Shop in rupees, Cheshire Hollow Farm
    Shop in pounds, Stokes Orchard Farm Market in dollars, Hofladen Gut Sonnenfeld in euros: produce by weight at a
    rate, eggs by the dozen, honey, milk with a bottle deposit, loyalty card and points (never the amount), TOTAL /
    BALANCE DUE / Summe, tender and change, Till / Trans in a share, Date in a share, Cashier; no outcome."""
    currency, firm = _pick(
        rng,
        {
            "INR": ["Green Acres Farm Store Nashik", "Kisan Organic Farm Shop"],
            "GBP": ["Cheshire Hollow Farm Shop"],
            "USD": ["Stokes Orchard Farm Market"],
            "EUR": ["Hofladen Gut Sonnenfeld"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    when = day(rng)
    rows = [
        ("title", firm),
        ("center", _place(currency, rng) if currency != "EUR" else "Sonnenfeld 2, 24576 Bad Bramstedt"),
    ]
    rows.append(("rule",))
    subtotal = 0.0
    for name, rate in rng.sample(
        [("Tomatoes", 80), ("Apples", 180), ("Potatoes", 40), ("Spinach", 60), ("Carrots", 50)], 2
    ):
        kg = rng.choice([0.5, 0.75, 1.2, 2.0])
        rate = rate if currency == "INR" else round(rate * UNIT[currency] * 3, 2)
        line = round(kg * rate, 2)
        rows.append(("pair", f"{name} {kg} kg @ {money(rate, grouping)}/kg", money(line, grouping)))
        subtotal += line
    other = _scaled(
        [
            ("Free-range eggs 12", 150),
            ("Wildflower honey 340g", 420),
            ("Sourdough loaf", 180),
            ("Milk 1L glass", 90),
        ],
        currency,
        UNIT,
    )
    subtotal = round(subtotal + _lines(rng, rows, grouping, other, 2), 2)
    if shown(rng, 0.5):
        dep = {"INR": 20.0, "GBP": 0.5, "USD": 1.0, "EUR": 0.5}[currency]
        rows.append(("pair", "Bottle deposit", money(dep, grouping)))
        subtotal = round(subtotal + dep, 2)
    total = subtotal
    rows.append(("rule",))
    rows.append(
        ("pair", rng.choice(["TOTAL", "BALANCE DUE", "Summe" if currency == "EUR" else "Total"]), fmt(total))
    )
    method = _method(rng, rows, currency, None, ["Tender", "Paid by"], 0.2)
    _cash_change(rng, rows, grouping, method, total)
    if shown(rng, 0.5):
        rows.append(("pair", "Loyalty card", "****" + digits(rng, 4)))
        rows.append(("pair", "Points earned", str(int(total // (1 if currency != "INR" else 10)))))
    txn = None
    if shown(rng, 0.4):
        txn = digits(rng, 4)
        rows.append(("left", f"TILL {rng.randint(1, 3)} TRANS {txn}"))
    dated = _date_line(
        rng, rows, when, patterns, twelve, ["Date", "Datum" if currency == "EUR" else "Date"], 0.2
    )
    rows.append(("pair", rng.choice(["Cashier", "Served by"]), _staff(rng, currency)))
    rows.append(("small", "Grown here, sold here. Thank you!"))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_tight(font, firm, 20, 480), size=20)


# ---------------------------------------------------------------- 9 school uniform shop till


def uniform_shop(rng: random.Random, font: str):
    """A school uniform shop's bill: Sri Balaji School Uniforms Dadar / Raghav Uniform House in rupees, Stevensons
    School Outfitters in pounds, Dennis Uniform Store Portland in dollars, Kilkenny Schoolwear Centre in euros:
    Student, School (never the payee), Class / Year, sizes, blazer, shirts, tie, PE kit, name tapes, Total / Net
    Amount / Amount Paid, Bill No / Receipt No in a share, Payment Mode / Paid by in a share, Date in a share; no
    outcome."""
    currency, firm = _pick(
        rng,
        {
            "INR": ["Sri Balaji School Uniforms", "Raghav Uniform House"],
            "GBP": ["Stevensons School Outfitters"],
            "USD": ["Dennis Uniform Store Portland"],
            "EUR": ["Kilkenny Schoolwear Centre"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    when = day(rng)
    school = {
        "INR": ["St. Xavier's High School", "Podar International School"],
        "GBP": ["Harrow Way Academy"],
        "USD": ["Lincoln Elementary"],
        "EUR": ["Presentation Secondary School"],
    }[currency]
    rows = [("title", firm), ("center", _place(currency, rng)), ("rule",)]
    rows.append(("pair", "Student", _other(rng, currency)))
    rows.append(("pair", "School", rng.choice(school)))
    rows.append(("pair", rng.choice(["Class", "Year", "Grade"]), str(rng.randint(1, 10))))
    rows.append(("rule",))
    items = _scaled(
        [
            ("Blazer size 32", 1850),
            ("Shirt white size 30", 420),
            ("Trousers grey 28", 650),
            ("Tie", 180),
            ("PE T-shirt", 350),
            ("Name tapes x50", 250),
        ],
        currency,
        UNIT,
    )
    subtotal = _lines(rng, rows, grouping, items, rng.choice([3, 4]))
    tax = (
        _tax(rng, currency, subtotal, grouping, rows, india_rate=0.05)
        if currency in ("INR", "USD") and shown(rng, 0.5)
        else 0.0
    )
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Net Amount"], ["Amount Paid"])
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.2, counter=True)
    _cash_change(rng, rows, grouping, method, total)
    txn = _id(rng, rows, ["Bill No", "Receipt No"], _ref(rng, ["", "SU"]), 0.2)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "Bill Date"], 0.2)
    rows.append(("small", "Exchange within 7 days with tags and this bill."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_tight(font, firm, 19, 520), size=19)


# ---------------------------------------------------------------- 10 scuba-dive centre booking


def dive_booking(rng: random.Random, font: str):
    """A scuba-dive booking; in half a booking app's name on top (Thrillophilia, GetYourGuide, Viator) and the dive
    centre under Dive centre / Activity provider / Operated by, else the centre's own e-mail: Dive India Havelock /
    Barracuda Diving Goa in rupees, London School of Diving in pounds, Key Largo Dive Center in dollars, Sirena
    Diving Malta in euros: Diver, Buddy, Instructor, Course, Dive date (never the day paid), PADI no (never the id),
    equipment, marine park fee, Total / Total Amount / Amount Paid, Booking ID / Booking Reference in a share,
    Payment Method / Paid with in a share, Booked on in a share, Payment Successful / Failed / Pending in a share."""
    currency, centre = _pick(
        rng,
        {
            "INR": ["Dive India Havelock", "Barracuda Diving Goa"],
            "GBP": ["London School of Diving"],
            "USD": ["Key Largo Dive Center"],
            "EUR": ["Sirena Diving Malta"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    when = day(rng)
    app = (
        rng.choice(["Thrillophilia"] if currency == "INR" else ["GetYourGuide", "Viator"])
        if shown(rng, 0.5)
        else None
    )
    status, words = _outcome(rng, 0.5)
    rows = [("title", app or centre), ("center", rng.choice(["Booking confirmation", "Your booking"]))]
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    if app:
        rows.append(("pair", rng.choice(["Dive centre", "Activity provider", "Operated by"]), centre))
    rows.append(("pair", rng.choice(["Diver", "Lead traveller"]), _person(rng, currency)))
    if shown(rng, 0.5):
        rows.append(("pair", "Buddy", _other(rng, currency)))
    rows.append(("pair", "Instructor", _staff(rng, currency)))
    rows.append(
        (
            "pair",
            "Course",
            rng.choice(["PADI Open Water", "Discover Scuba Diving", "Advanced Open Water", "2 boat dives"]),
        )
    )
    _other_day(rng, rows, ["Dive date", "First dive"], when, patterns, 3, 60)
    if shown(rng, 0.4):
        rows.append(("pair", "PADI no", digits(rng, 10)))
    rows.append(("rule",))
    items = _scaled(
        [
            ("Course fee", 24000),
            ("Equipment hire", 3000),
            ("Marine park fee", 1000),
            ("Nitrox upgrade", 2500),
        ],
        currency,
        UNIT,
    )
    subtotal = _lines(rng, rows, grouping, items, rng.choice([2, 3]))
    fee = 0.0
    if app:
        fee = round(subtotal * 0.03, 2)
        rows.append(("pair", "Booking fee", money(fee, grouping)))
    total = round(subtotal + fee, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    txn = _id(rng, rows, ["Booking ID", "Booking Reference"], code(rng, 8, UPPER + "0123456789"), 0.2)
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid with"], 0.25, cash=False)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Booked on", "Order Date"], 0.25)
    truth = truth_fields(centre, total, currency, txn, dated, method, status)
    style = SCREEN if app and shown(rng, 0.5) else EMAIL
    return rows, truth, dict(style, width=_tight(font, app or centre, style["size"], style["width"]))


# ---------------------------------------------------------------- 11 wedding venue deposit receipt


def venue_deposit(rng: random.Random, font: str):
    """A wedding venue's deposit receipt: Shree Ganesh Banquet Hall Thane / Royal Orchid Lawns Jaipur in rupees, The
    Barn at Bury Court in pounds, Hudson Valley Barn Weddings in dollars, Tankardstown House in euros: Couple / Booked
    by, Coordinator, Wedding date (never the day paid), guests, Total hire / Package value (never the amount), Deposit
    received / Advance paid / Booking deposit (the amount), Balance due by (a date) and Balance remaining, Receipt No
    in a share, Payment Mode / Paid by in a share, Date / Date received in a share; no outcome."""
    currency, firm = _pick(
        rng,
        {
            "INR": ["Shree Ganesh Banquet Hall", "Royal Orchid Lawns Jaipur"],
            "GBP": ["The Barn at Bury Court"],
            "USD": ["Hudson Valley Barn Weddings"],
            "EUR": ["Tankardstown House"],
        },
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    when = day(rng)
    rows = [
        ("title", firm),
        ("center", _place(currency, rng)),
        ("center", rng.choice(["DEPOSIT RECEIPT", "Booking receipt"])),
    ]
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(["Couple", "Booked by", "Client"]),
            f"{_person(rng, currency)} & {_other(rng, currency)}",
        )
    )
    rows.append(("pair", rng.choice(["Coordinator", "Events manager"]), _staff(rng, currency)))
    _other_day(rng, rows, ["Wedding date", "Event date"], when, patterns, 90, 400)
    rows.append(("pair", "Guests", str(rng.choice([80, 120, 250, 400]))))
    full = {
        "INR": price(rng, 300000, 1200000, 5000),
        "GBP": price(rng, 8000, 18000, 250),
        "USD": price(rng, 12000, 30000, 500),
        "EUR": price(rng, 9000, 22000, 250),
    }[currency]
    share = rng.choice([0.2, 0.25, 0.3])
    deposit = round(full * share, 2)
    rows.append(("pair", rng.choice(["Total hire", "Package value"]), money(full, grouping)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Deposit received", "Advance paid", "Booking deposit"]), fmt(deposit)))
    rows.append(("pair", "Balance remaining", money(round(full - deposit, 2), grouping)))
    if shown(rng, 0.5):
        _other_day(rng, rows, ["Balance due by"], when, patterns, 30, 60)
    txn = _id(rng, rows, ["Receipt No", "Receipt #"], _ref(rng, ["WV", "", "DEP-"]), 0.2)
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.25)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "Date received"], 0.2)
    rows.append(("small", "Deposit is non-refundable and secures the date."))
    truth = truth_fields(firm, deposit, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_tight(font, firm, 19, 600), size=19)


# ---------------------------------------------------------------- 12 dance-class app booking


def dance_app(rng: random.Random, font: str):
    """A dance class booked in an app: the app's name on top (Cult.fit, ClassPass, Mindbody) and the studio under
    Studio / Hosted by / Class by: Nritya Dance Academy Koramangala / Groove Studio Andheri in rupees, Salsa
    Soho Studio in pounds, Broadway Dance Works in dollars, Tanzhaus Mitte in euros: Class, Teacher, Class time (never the day paid), Member, credits, Total / Amount Charged, Booking ID in a
    share, Paid with in a share, Booked on / Payment Date in a share, Payment Successful / Failed / Pending in a
    share."""
    currency, studio = _pick(
        rng,
        {
            "INR": ["Nritya Dance Academy Koramangala", "Groove Studio Andheri"],
            "GBP": ["Salsa Soho Studio"],
            "USD": ["Broadway Dance Works"],
            "EUR": ["Tanzhaus Mitte"],
        },
    )
    app = "Cult.fit" if currency == "INR" and shown(rng, 0.5) else rng.choice(["ClassPass", "Mindbody"])
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    when = day(rng)
    status, words = _outcome(rng, 0.7)
    rows = [("title", app), ("center", rng.choice(["Class booked", "Receipt"]))]
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Studio", "Hosted by", "Class by"]), studio))
    rows.append(
        (
            "pair",
            "Class",
            rng.choice(["Bollywood Beginners", "Salsa Level 1", "Hip-Hop Drop-in", "Contemporary"]),
        )
    )
    rows.append(("pair", rng.choice(["Teacher", "Instructor"]), _staff(rng, currency)))
    _other_day(rng, rows, ["Class time", "Class date"], when, patterns, 0, 10)
    rows.append(("pair", "Member", _person(rng, currency)))
    rows.append(("rule",))
    each = {"INR": 450.0, "GBP": 12.0, "USD": 22.0, "EUR": 14.0}[currency]
    classes = rng.choice([1, 1, 5, 10])
    rows.append(
        ("pair", f"{classes} class pack" if classes > 1 else "Drop-in class", money(each * classes, grouping))
    )
    total = each * classes
    if currency == "INR":
        total += _tax(rng, currency, total, grouping, rows)
    total = round(total, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Amount Charged"], ["Amount Paid"])
    txn = _id(rng, rows, ["Booking ID", "Order ID"], code(rng, 10, UPPER + "0123456789"), 0.25)
    method = _method(rng, rows, currency, status, ["Paid with", "Payment Method"], 0.25, cash=False)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Booked on", "Payment Date"], 0.25)
    truth = truth_fields(studio, total, currency, txn, dated, method, status)
    return rows, truth, dict(SCREEN, width=_tight(font, studio, 20, 560))
