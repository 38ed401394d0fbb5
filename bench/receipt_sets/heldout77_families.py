"""The twelve heldout77 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: India-first everyday payments with Gulf, Singapore
and UK pages (a local cable operator's monthly bill, a tent house's booking advance, a drinking-water tanker's trip
slip, a school van's fee receipt, a student bus pass counter's receipt, a festival idol maker's booking or collection,
a wedding invitation printer's bill, an atta chakki's grinding slip, a Gulf typing centre's receipt, an aircon
servicing invoice, a domestic helper agency's placement receipt, a girls' uniformed unit's term subs). Pages are in
English with Hindi words romanised where natural; the page and value helpers of heldout14 to heldout75 are reused (a
money mark chosen once per page with lakh grouping on most rupee pages, one date pattern per page). ``truth_fields``
states the fields exactly as the page prints them (``None`` where a field is not printed). The payee is the
business on top; subscribers, students, drivers, applicants, employers, helpers, parents and collection boys are
never it. A page prints at most one date of payment; the other days (a month's period, a function's or delivery
day, a pass's validity, a next due day, a next service, an earlier deposit's day) are never it. The amount is what
this page took now (an advance where one is taken, a balance where an earlier advance is taken off, else the total
with tax, arrears and round-off). On rupee pages paid by UPI a printed UTR or UPI reference is the id, else the
page's own number; subscriber, set-top box, vehicle, roll, pass, ID card, application, Emirates ID, FIN, passport,
licence, job sheet and member numbers are never the id.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import digits, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _earlier, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import _m
from bench.receipt_sets.heldout68_families import _terms
from bench.receipt_sets.heldout72_families import _cash72
from bench.receipt_sets.heldout73_families import _d73, _id73, _who73
from bench.receipt_sets.heldout74_families import (
    _dated74,
    _outcome74,
    _pro74,
    _status74,
    _tax74,
    _total74,
    _way74,
)
from bench.receipt_sets.heldout75_families import _discount, _head, _other, _setup, _style

EN = "en"

# ---------------------------------------------------------------- shared pieces


def _open(rng, font, table, places, p_tax=0.5):
    """The business on top with its address; (rows, currency, name, key, fmt, grouping, pattern, day paid)."""
    currency, name, _lang, key, fmt, grouping, pattern, when = _setup(rng, font, table)
    rows: list[tuple] = []
    _head(rng, rows, name, places[name], key, p_tax)
    return rows, currency, name, key, fmt, grouping, pattern, when


def _no(rng, rows, labels, value, p_absent=0.15):
    return _id73(rng, rows, labels, value, p_absent, None)


def _date(rng, rows, when, pattern, currency, labels, p_absent=0.15):
    return _dated74(rng, rows, when, pattern, currency, EN, {EN: labels}, p_absent, 0.4)


def _settle(
    rng, rows, fmt, grouping, total, key, currency, words, bill, p_out=0.5, totals=None, online=False
):
    """The sum taken now, how it was paid (cash with change in a share), a UTR beside UPI on rupee pages in a share
    (then the id), and the outcome in a share; (status, method, id)."""
    status, said = _outcome74(
        rng, p_out, EN, {EN: dict(zip(("success", "failed", "pending"), words, strict=True))}
    )
    _total74(rng, rows, fmt, total, status, EN, {EN: totals} if totals else None)
    if status in (None, "success") and not online and rng.random() < 0.3:
        method = _cash72(rng, rows, EN, grouping, total, currency)
    else:
        method = _way74(rng, rows, key, EN, 0.2, status, online)
    txn = bill
    if method == "UPI" and shown(rng, 0.35):
        txn = digits(rng, 12)
        rows.append(("pair", rng.choice(["UTR", "UTR No", "UPI Ref No", "UPI Txn ID"]), txn))
    _status74(rng, rows, said, EN)
    return status, method, txn


def _items(rng, rows, grouping, items, k) -> float:
    """``k`` of ``items`` ((name, price)) with their prices; their sum."""
    net = 0.0
    for name, price in rng.sample(items, min(k, len(items))):
        rows.append(("pair", name, _m(price, grouping)))
        net += price
    return round(net, 2)


def _split(rng, rows, fmt, total, share):
    """A booking's total over the advance taken now; (advance, balance) with the total line printed."""
    advance = float(round(total * share / 100 / 100) * 100) or round(total / 2)
    rows.append(("pair", rng.choice(["Total", "Total amount", "Booking amount"]), fmt(total)))
    return advance, round(total - advance, 2)


# ---------------------------------------------------------------- 1 a local cable operator's monthly bill


CABLES = {
    "INR": [("Om Sai Cable Network", EN), ("Shree Cable Vision & Broadband", EN), ("Star Cable Services", EN)]
}
CABLE_PLACES = {
    "Om Sai Cable Network": "Shop 7, Ramdaspeth, Nagpur 440010",
    "Shree Cable Vision & Broadband": "Gali No 4, Laxmi Nagar, Delhi 110092",
    "Star Cable Services": "Near Bus Stand, Hadapsar, Pune 411028",
}
CABLE_WORDS = (["Payment received - thank you", "Paid"], ["UPI payment failed"], ["Payment pending"])


def cable_tv_bill(rng: random.Random, font: str):
    """A local cable operator's monthly bill or collection receipt (Nagpur, Delhi, Pune): the operator on top (the
    payee), the subscriber (never) with a subscriber ID and a set-top box's STB/VC number (never the id), the month
    billed (never the date), a base pack, an NCF and add-ons, GST 18% in halves on a share, arrears added on a share,
    a next due date (never), the collection boy (never); the receipt's number is the id unless a UTR is printed, the
    bill's date the day paid; the amount is the total with GST and arrears."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, CABLES, CABLE_PLACES)
    rows.append(
        ("center", rng.choice(["CABLE TV BILL / RECEIPT", "Monthly Subscription Receipt", "Cash Memo"]))
    )
    bill = _no(
        rng, rows, ["Receipt No", "Bill No", "Rcpt No."], f"{rng.choice(['', 'R', 'CT/'])}{digits(rng, 5)}"
    )
    dated = _date(rng, rows, when, pattern, currency, ["Date", "Bill Date", "Collection Date"])
    rows.append(("pair", rng.choice(["Subscriber", "Name", "Grahak"]), _who73(rng, currency, EN)))
    rows.append(("pair", rng.choice(["Subscriber ID", "Cust ID", "Account No"]), f"{digits(rng, 6)}"))
    rows.append(
        ("pair", rng.choice(["STB No", "VC No", "Set-top Box No"]), f"{digits(rng, 4)}{digits(rng, 8)}")
    )
    rows.append(
        ("pair", rng.choice(["Month", "Period", "Bill for"]), when.strftime(rng.choice(["%B %Y", "%b-%y"])))
    )
    rows.append(("rule",))
    net = _items(
        rng,
        rows,
        grouping,
        [
            ("Basic pack (Hindi)", 199.0),
            ("Network capacity fee", 130.0),
            ("Sports add-on", 89.0),
            ("HD pack", 150.0),
        ],
        rng.choice([2, 3]),
    )
    total = _tax74(rng, rows, grouping, net, key, EN) if shown(rng, 0.4) else net
    if shown(rng, 0.6):
        arrears = float(rng.choice([150, 250, 354, 420]))
        rows.append(("pair", rng.choice(["Arrears", "Previous due", "Pichhla baki"]), _m(arrears, grouping)))
        total = round(total + arrears, 2)
    status, method, txn = _settle(
        rng,
        rows,
        fmt,
        grouping,
        total,
        key,
        currency,
        CABLE_WORDS,
        bill,
        0.45,
        ["Total", "Net Payable", "Amount"],
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Next due date", _other(when, rng, pattern, EN, 25, 35)))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Collected by", "Collection boy"]), _pro74(rng, currency, EN)))
    _terms(rng, rows, EN, 1, en=["Connection will be cut after 10th.", "Pay on time, avoid disconnection."])
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [THERMAL, _sized(PAPER, 18), A4])


# ---------------------------------------------------------------- 2 a tent house's booking advance


TENTS = {"INR": [("Shri Balaji Tent House", EN), ("Royal Shamiana & Light Decorators", EN)]}
TENT_PLACES = {
    "Shri Balaji Tent House": "Station Road, Sikar, Rajasthan 332001",
    "Royal Shamiana & Light Decorators": "Main Bazar, Karnal, Haryana 132001",
}
TENT_ITEMS = [
    ("Shamiana 40x60 ft", 12000.0),
    ("Plastic chairs 200 @ 12", 2400.0),
    ("Gadde-takiye set", 3500.0),
    ("Stage with backdrop", 9500.0),
    ("Halogen & jhalar lighting", 4800.0),
    ("Generator 25 KVA (6 hrs)", 6500.0),
    ("Cooler 6 nos", 3000.0),
]
TENT_WORDS = (
    ["Advance received - booking confirmed"],
    ["UPI failed - booking not confirmed"],
    ["Advance pending"],
)


def tent_house_booking(rng: random.Random, font: str):
    """A tent house's booking for a function (Sikar, Karnal): the tent house on top (the payee), the host (never),
    the function's date and venue (never the date), shamiana, chairs, lighting and a generator, a booking total, the
    advance taken now and the balance due on the day; the booking's receipt number is the id unless a UTR is printed,
    the booking's date the day paid; the amount is the advance, never the total or the balance."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, TENTS, TENT_PLACES, 0.3)
    rows.append(("center", rng.choice(["BOOKING RECEIPT", "Advance Receipt", "Booking Slip"])))
    bill = _no(rng, rows, ["Receipt No", "Booking No", "Sr. No."], digits(rng, 4))
    dated = _date(rng, rows, when, pattern, currency, ["Date", "Booking Date"])
    rows.append(("pair", rng.choice(["Party Name", "Shriman", "Customer"]), _who73(rng, currency, EN)))
    rows.append(
        ("pair", rng.choice(["Function date", "Karyakram tithi"]), _other(when, rng, pattern, EN, 10, 60))
    )
    rows.append(("pair", "Occasion", rng.choice(["Shaadi", "Sagai", "Jagran", "Birthday", "Griha pravesh"])))
    rows.append(("rule",))
    total = _items(rng, rows, grouping, TENT_ITEMS, rng.choice([3, 4, 5]))
    advance, balance = _split(rng, rows, fmt, total, rng.choice([25, 30, 50]))
    status, method, txn = _settle(
        rng,
        rows,
        fmt,
        grouping,
        advance,
        key,
        currency,
        TENT_WORDS,
        bill,
        0.5,
        ["Advance", "Advance amount"],
    )
    rows.append(("pair", rng.choice(["Balance", "Baki", "Balance on function day"]), fmt(balance)))
    _terms(rng, rows, EN, 1, en=["Advance not refundable.", "Damage to be paid by party."])
    truth = truth_fields(name, advance, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [_sized(PAPER, 18), A4, THERMAL])


# ---------------------------------------------------------------- 3 a drinking-water tanker's trip slip


TANKERS = {"INR": [("Jai Hanuman Water Suppliers", EN), ("Aqua Fresh Tanker Services", EN)]}
TANKER_PLACES = {
    "Jai Hanuman Water Suppliers": "Survey No 41, Wagholi, Pune 412207",
    "Aqua Fresh Tanker Services": "Varthur Main Road, Bengaluru 560087",
}
TANKER_WORDS = (["Paid - thank you"], ["Payment failed"], ["Payment pending - society to pay"])


def water_tanker(rng: random.Random, font: str):
    """A drinking-water tanker's trip slip to a housing society (Pune, Bengaluru): the supplier on top (the payee),
    the society and its secretary or the flat (never), the tanker's vehicle number and the driver (never), litres,
    trips at a rate per trip, a late-night charge on a share; the slip's number is the id unless a UTR is printed,
    its date the day paid; the amount is the slip's total."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, TANKERS, TANKER_PLACES, 0.3)
    rows.append(("center", rng.choice(["WATER SUPPLY SLIP", "Tanker Delivery Challan", "Trip Bill"])))
    bill = _no(rng, rows, ["Slip No", "Bill No", "Challan No"], digits(rng, 5))
    dated = _date(rng, rows, when, pattern, currency, ["Date", "Delivery date"])
    rows.append(
        ("pair", "Society", rng.choice(["Green Valley CHS", "Sai Residency", "Prestige Lakeview Apts"]))
    )
    rows.append(
        (
            "pair",
            "Vehicle No",
            f"{rng.choice(['MH12', 'MH14', 'KA03', 'KA51'])} "
            f"{rng.choice(UPPER)}{rng.choice(UPPER)} {digits(rng, 4)}",
        )
    )
    rows.append(("pair", rng.choice(["Driver", "Tanker driver"]), _pro74(rng, currency, EN)))
    litres = rng.choice([6000, 10000, 12000])
    trips = rng.choice([1, 2, 3, 4])
    rate = {6000: 900.0, 10000: 1400.0, 12000: 1650.0}[litres]
    rows.append(("left", f"Capacity {litres:,} L  x {trips} trip(s)"))
    total = round(rate * trips, 2)
    rows.append(("pair", f"{trips} x {_m(rate, grouping)}", _m(total, grouping)))
    if shown(rng, 0.7):
        extra = 200.0 * trips
        rows.append(("pair", "Night delivery charge", _m(extra, grouping)))
        total = round(total + extra, 2)
    status, method, txn = _settle(rng, rows, fmt, grouping, total, key, currency, TANKER_WORDS, bill, 0.4)
    _terms(rng, rows, EN, 1, en=["Water tested, potable.", "Receiver to sign on delivery."])
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [THERMAL, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 4 a school van's fee receipt


VANS = {"INR": [("Sunrise School Van Service", EN), ("Anand Travels - School Transport", EN)]}
VAN_PLACES = {
    "Sunrise School Van Service": "Plot 22, Kothrud, Pune 411038",
    "Anand Travels - School Transport": "B-14, Vaishali Nagar, Jaipur 302021",
}
VAN_WORDS = (["Fees received with thanks"], ["UPI payment failed - please retry"], ["Payment pending"])


def school_van_fees(rng: random.Random, font: str):
    """A school van's fee receipt (Pune, Jaipur): the van service on top (the payee), the student, class and roll
    number, the parent (never; the roll number never the id), the route and stop, the months paid for (never the
    date), a monthly fee times months, a late fee on a share, a sibling's discount on a share, a next due date
    (never); the receipt's number is the id unless a UTR is printed, its date the day paid; the amount is the total."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, VANS, VAN_PLACES, 0.2)
    rows.append(("center", rng.choice(["FEE RECEIPT", "Van Fees Receipt"])))
    bill = _no(rng, rows, ["Receipt No", "Rcpt No."], f"SV/{when.year % 100}/{digits(rng, 4)}")
    dated = _date(rng, rows, when, pattern, currency, ["Date", "Paid on", "Receipt Date"])
    student = _who73(rng, currency, EN)
    rows.append(("pair", "Student", student))
    rows.append(("pair", "Class", f"{rng.choice(['III', 'V', 'VII', 'IX', 'UKG'])}-{rng.choice('ABCD')}"))
    rows.append(("pair", "Roll No", str(rng.randrange(1, 48))))
    rows.append(("pair", rng.choice(["Parent", "Father's name"]), _who73(rng, currency, EN, student)))
    rows.append(
        (
            "pair",
            "Route / Stop",
            rng.choice(["R-3 / Karve Nagar", "R-7 / Malviya Nagar", "R-1 / Kothrud Depot"]),
        )
    )
    months = rng.choice([1, 2, 3])
    first = _earlier(when, rng, 0, 20)
    rows.append(("pair", "Months", first.strftime("%b %Y") + (f" (+{months - 1})" if months > 1 else "")))
    fee = float(rng.choice([1200, 1500, 1800, 2200]))
    net = round(fee * months, 2)
    rows.append(("pair", f"Van fee {months} x {_m(fee, grouping)}", _m(net, grouping)))
    if shown(rng, 0.7):
        rows.append(("pair", "Late fee", _m(100.0, grouping)))
        net += 100.0
    if shown(rng, 0.7):
        net = _discount(rng, rows, grouping, net, EN, {EN: ["Sibling discount"]})
    status, method, txn = _settle(rng, rows, fmt, grouping, net, key, currency, VAN_WORDS, bill, 0.45)
    if shown(rng, 0.5):
        rows.append(("pair", "Next due by", _other(when, rng, pattern, EN, 25, 95)))
    truth = truth_fields(name, net, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [_sized(PAPER, 18), A4, THERMAL])


# ---------------------------------------------------------------- 5 a student bus pass counter's receipt


PASSES = {"INR": [("Nagar Parivahan Pass Counter", EN), ("Metro City Bus Services Ltd", EN)]}
PASS_PLACES = {
    "Nagar Parivahan Pass Counter": "Swargate Depot, Pune 411042",
    "Metro City Bus Services Ltd": "Shantinagar TTMC, Bengaluru 560027",
}
PASS_WORDS = (
    ["Pass issued - payment successful"],
    ["Payment failed - pass not issued"],
    ["Payment processing"],
)


def student_bus_pass(rng: random.Random, font: str):
    """A student's monthly or quarterly bus pass at a depot counter or its app (Pune, Bengaluru): the bus operator on
    top (the payee), the student, the college and its ID card number, the pass's number (never the id), the route,
    the pass valid from and to (never the date), the pass fee and an ID card or processing fee; the receipt's or the
    order's number is the id unless a UTR is printed, the issue date the day paid; the amount is the total."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, PASSES, PASS_PLACES, 0.0)
    online = shown(rng, 0.5)
    rows.append(("center", rng.choice(["STUDENT PASS RECEIPT", "Student Bus Pass"])))
    bill = _no(
        rng,
        rows,
        ["Order ID", "Txn No"] if online else ["Receipt No", "Counter Rcpt No"],
        f"{rng.choice(['SP', 'BP'])}{digits(rng, 9)}",
    )
    dated = _date(rng, rows, when, pattern, currency, ["Issue Date", "Date", "Txn Date"])
    rows.append(("pair", "Student", _who73(rng, currency, EN)))
    rows.append(("pair", "College ID No", f"{rng.choice(['FY', 'SY', 'TY'])}{digits(rng, 5)}"))
    rows.append(("pair", "Pass No", f"{digits(rng, 8)}"))
    quarter = shown(rng, 0.6)
    rows.append(
        (
            "pair",
            "Valid",
            f"{_d73(when, pattern, EN)} to {_other(when, rng, pattern, EN, 29, 31 if not quarter else 92)}",
        )
    )
    rows.append(
        (
            "pair",
            "Route",
            rng.choice(["Katraj - Shivajinagar", "Majestic - Jayanagar", "All routes (ordinary)"]),
        )
    )
    rows.append(("rule",))
    fee = float(rng.choice([500, 750, 1050]) * (3 if quarter else 1))
    rows.append(("pair", "Quarterly pass" if quarter else "Monthly pass", _m(fee, grouping)))
    total = fee
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["ID card fee", "Processing fee"]), _m(50.0, grouping)))
        total += 50.0
    status, method, txn = _settle(
        rng, rows, fmt, grouping, total, key, currency, PASS_WORDS, bill, 0.5, None, online
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    styles = [SCREEN, DARK, EMAIL] if online else [THERMAL, _sized(PAPER, 18)]
    return rows, truth, _style(rng, font, rows, name, styles)


# ---------------------------------------------------------------- 6 a festival idol maker's booking or collection


IDOLS = {"INR": [("Kalakar Murti Kendra", EN), ("Shri Siddhivinayak Murti Kala", EN)]}
IDOL_PLACES = {
    "Kalakar Murti Kendra": "Lalbaug Market, Parel, Mumbai 400012",
    "Shri Siddhivinayak Murti Kala": "Kumbharwada, Pen, Raigad 402107",
}
IDOL_WORDS = (["Received with thanks - Ganpati Bappa Morya!"], ["Payment failed"], ["Payment pending"])


def idol_booking(rng: random.Random, font: str):
    """A festival idol maker's booking or collection slip (Mumbai, Pen): the workshop on top (the payee), the devotee
    or mandal (never), the idol's height and clay, a decoration and a booking number (never the id), the pickup day
    (never the date). At booking: the total and the advance taken now, the balance at pickup; the amount is the
    advance. At collection: the total less the advance paid on an earlier day (never the date); the amount is the
    balance paid. The receipt's number is the id unless a UTR is printed, its date the day paid."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, IDOLS, IDOL_PLACES, 0.3)
    collect = shown(rng, 0.5)
    rows.append(
        ("center", "COLLECTION RECEIPT" if collect else rng.choice(["BOOKING RECEIPT", "Murti Booking"]))
    )
    bill = _no(rng, rows, ["Receipt No", "Pavti No"], digits(rng, 4))
    dated = _date(rng, rows, when, pattern, currency, ["Date", "Dinank"])
    rows.append(("pair", rng.choice(["Name", "Mandal / Devotee"]), _who73(rng, currency, EN)))
    rows.append(("pair", "Booking No", f"G-{digits(rng, 3)}"))
    height = rng.choice([1.5, 2, 3, 5])
    clay = rng.choice(["Shadu mati", "Eco-friendly clay", "POP"])
    price = float({1.5: 3500, 2: 5500, 3: 11000, 5: 28000}[height])
    rows.append(("pair", f"Ganesh murti {height:g} ft ({clay})", _m(price, grouping)))
    total = price
    if shown(rng, 0.6):
        rows.append(("pair", "Zari & stone work", _m(1500.0, grouping)))
        total += 1500.0
    if collect:
        advance = float(round(total * 0.3 / 100) * 100)
        rows.append(("pair", "Total", fmt(total)))
        rows.append(
            (
                "pair",
                "Less advance paid " + _d73(_earlier(when, rng, 20, 60), pattern, EN),
                "-" + _m(advance, grouping),
            )
        )
        paid = round(total - advance, 2)
        status, method, txn = _settle(
            rng,
            rows,
            fmt,
            grouping,
            paid,
            key,
            currency,
            IDOL_WORDS,
            bill,
            0.5,
            ["Balance", "Balance amount"],
        )
    else:
        paid, balance = _split(rng, rows, fmt, total, rng.choice([25, 30, 50]))
        status, method, txn = _settle(
            rng,
            rows,
            fmt,
            grouping,
            paid,
            key,
            currency,
            IDOL_WORDS,
            bill,
            0.5,
            ["Advance", "Advance amount"],
        )
        rows.append(("pair", "Balance at pickup", fmt(balance)))
        rows.append(("pair", "Pickup on", _other(when, rng, pattern, EN, 15, 60)))
    _terms(rng, rows, EN, 1, en=["Bring this slip at pickup.", "Advance not refundable."])
    truth = truth_fields(name, paid, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [_sized(PAPER, 18), THERMAL])


# ---------------------------------------------------------------- 7 a wedding invitation printer's bill


PRINTERS = {"INR": [("Shubh Vivah Card Printers", EN), ("Navrang Printing Press", EN)]}
PRINTER_PLACES = {
    "Shubh Vivah Card Printers": "Chaura Rasta, Jaipur 302003",
    "Navrang Printing Press": "Ring Road, Surat, Gujarat 395002",
}
PRINTER_WORDS = (["Paid in full - shubh vivah!"], ["Payment declined"], ["Payment pending"])


def invitation_printing(rng: random.Random, font: str):
    """A wedding invitation printer's tax invoice at delivery (Jaipur, Surat): the press on top (the payee), the
    family (never), the card's design code and quantity, envelopes and printing in two scripts, a discount, GST 12%
    or 18% in halves, a round-off to whole rupees, a proof date and a delivery date (never the date); the invoice's
    number is the id unless a UTR is printed, its date the day paid; the amount is the rounded total."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, PRINTERS, PRINTER_PLACES, 0.8)
    rows.append(("center", rng.choice(["TAX INVOICE", "Invoice"])))
    bill = _no(rng, rows, ["Invoice No", "Bill No"], f"{rng.choice(['SV', 'NP'])}/{digits(rng, 3)}")
    dated = _date(rng, rows, when, pattern, currency, ["Invoice Date", "Date"])
    rows.append(("pair", "Party", _who73(rng, currency, EN)))
    if shown(rng, 0.5):
        rows.append(("pair", "Proof approved", _d73(_earlier(when, rng, 5, 15), pattern, EN)))
    qty = rng.choice([200, 300, 500, 750])
    rate = float(rng.choice([18, 25, 35, 48]))
    net = round(qty * rate, 2)
    rows.append(("pair", f"Card design D-{digits(rng, 3)}  {qty} x {_m(rate, grouping)}", _m(net, grouping)))
    if shown(rng, 0.6):
        extra = round(qty * 4.0, 2)
        rows.append(("pair", f"Envelopes {qty} x 4.00", _m(extra, grouping)))
        net += extra
    rows.append(("pair", "Printing (Hindi + English)", _m(1200.0, grouping)))
    net += 1200.0
    if shown(rng, 0.5):
        net = _discount(rng, rows, grouping, net, EN, {EN: ["Discount", "Shaadi season offer"]})
    taxed = _tax74(rng, rows, grouping, net, key, EN, rng.choice([0.12, 0.18]))
    total = float(round(taxed))
    if total != taxed:
        off = round(total - taxed, 2)
        rows.append(("pair", "Round off", ("+" if off > 0 else "-") + _m(abs(off), grouping)))
    status, method, txn = _settle(
        rng,
        rows,
        fmt,
        grouping,
        total,
        key,
        currency,
        PRINTER_WORDS,
        bill,
        0.45,
        ["Grand Total", "Net Amount"],
    )
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [A4, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 8 an atta chakki's grinding slip


CHAKKIS = {"INR": [("Annapurna Atta Chakki", EN), ("Maa Durga Flour Mill & Masala", EN)]}
CHAKKI_PLACES = {
    "Annapurna Atta Chakki": "Gandhi Chowk, Indore 452002",
    "Maa Durga Flour Mill & Masala": "Ward 12, Bhagalpur, Bihar 812001",
}
GRAINS = [
    ("Gehun pisai", 3.0),
    ("Bajra pisai", 4.0),
    ("Jowar pisai", 4.0),
    ("Besan (chana dal)", 8.0),
    ("Mirchi powder", 20.0),
    ("Haldi powder", 25.0),
]


def atta_chakki(rng: random.Random, font: str):
    """An atta chakki's grinding slip (Indore, Bhagalpur): the mill on top (the payee), the customer (never), grains
    by the kilo at a grinding rate per kilo, a cleaning charge on a share, a token number (never the id), a ready-by
    time; the slip's number is the id unless a UTR is printed, its date the day paid; the amount is the slip's total.
    No outcome on most."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, CHAKKIS, CHAKKI_PLACES, 0.0)
    bill = _no(rng, rows, ["Slip No", "Parchi No", "Bill No"], digits(rng, 4), 0.3)
    dated = _date(rng, rows, when, pattern, currency, ["Date", "Dt."], 0.25)
    rows.append(("pair", "Token", f"{rng.randrange(1, 90)}"))
    rows.append(("pair", "Customer", _who73(rng, currency, EN)))
    total = 0.0
    for grain, rate in rng.sample(GRAINS, rng.choice([1, 2, 3])):
        kilos = rng.choice([2, 5, 10, 15, 20]) if rate < 8 else rng.choice([1, 2, 3])
        line = round(kilos * rate, 2)
        rows.append(("pair", f"{grain} {kilos} kg @ {rate:g}", _m(line, grouping)))
        total += line
    if shown(rng, 0.6):
        rows.append(("pair", "Safai (cleaning)", _m(10.0, grouping)))
        total += 10.0
    status, method, txn = _settle(
        rng,
        rows,
        fmt,
        grouping,
        round(total, 2),
        key,
        currency,
        (["Paid"], ["UPI failed"], ["Payment pending"]),
        bill,
        0.25,
    )
    rows.append(("small", f"Ready by {rng.choice(['5 pm', '6:30 pm', 'tomorrow 11 am'])}"))
    truth = truth_fields(name, round(total, 2), currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [THERMAL, _sized(THERMAL, 17)])


# ---------------------------------------------------------------- 9 a Gulf typing centre's receipt


TYPING = {"AED": [("Al Noor Typing Centre", EN), ("Sharjah Star Typing & Documents Clearing", EN)]}
TYPING_PLACES = {
    "Al Noor Typing Centre": "Shop 12, Al Muraqqabat Road, Deira, Dubai",
    "Sharjah Star Typing & Documents Clearing": "Rolla Street, Al Ghuwair, Sharjah",
}
TYPING_SERVICES = [
    ("Residence visa renewal - typing", 70.0, 1150.0),
    ("Emirates ID renewal (2 yrs)", 70.0, 370.0),
    ("Labour contract typing", 50.0, 250.0),
    ("Medical fitness application", 40.0, 320.0),
    ("Tenancy contract attestation", 45.0, 220.0),
]
TYPING_WORDS = (
    ["Transaction successful"],
    ["Payment declined - please try another card"],
    ["Payment processing"],
)


def typing_centre(rng: random.Random, font: str):
    """A Gulf typing centre's receipt (Dubai, Sharjah): the centre on top (the payee), the applicant and the sponsor
    (never), an application number and an Emirates ID number (never the id), a service's government fees collected
    on behalf (no VAT) beside the centre's service charge with VAT 5% added, knowledge and innovation fees on a
    share; the receipt's or transaction's number is the id, its date the day paid; the amount is the total with the
    government fees."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, TYPING, TYPING_PLACES, 0.6)
    rows.append(("center", rng.choice(["RECEIPT", "Tax Invoice / Receipt"])))
    bill = _no(
        rng, rows, ["Receipt No", "Transaction No", "Invoice No"], f"{digits(rng, 2)}-{digits(rng, 6)}"
    )
    dated = _date(rng, rows, when, pattern, currency, ["Date", "Transaction Date"])
    applicant = _who73(rng, currency, EN)
    rows.append(("pair", "Applicant", applicant))
    if shown(rng, 0.5):
        rows.append(("pair", "Sponsor", _who73(rng, currency, EN, applicant)))
    rows.append(("pair", "Application No", f"{digits(rng, 3)}{digits(rng, 8)}"))
    rows.append(
        ("pair", "Emirates ID", f"784-{rng.randrange(1970, 2004)}-{digits(rng, 7)}-{rng.randrange(1, 10)}")
    )
    rows.append(("rule",))
    service, charge, govt = rng.choice(TYPING_SERVICES)
    rows.append(("left", service))
    rows.append(("pair", "Government fees", _m(govt, grouping)))
    total = govt
    if shown(rng, 0.5):
        rows.append(("pair", "Knowledge & Innovation fee", _m(20.0, grouping)))
        total += 20.0
    rows.append(("pair", "Service charge", _m(charge, grouping)))
    vat = round(charge * 0.05, 2)
    rows.append(("pair", "VAT 5% (on service)", _m(vat, grouping)))
    total = round(total + charge + vat, 2)
    status, method, txn = _settle(rng, rows, fmt, grouping, total, key, currency, TYPING_WORDS, bill, 0.5)
    _terms(rng, rows, EN, 1, en=["Government fees are non-refundable.", "Keep this receipt for follow-up."])
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [THERMAL, A4])


# ---------------------------------------------------------------- 10 an aircon servicing invoice


AIRCONS = {
    "SGD": [("CoolBreeze Aircon Services Pte Ltd", EN), ("ChillPro Aircon Works", EN)],
    "AED": [("Frost AC Maintenance LLC", EN)],
}
AIRCON_PLACES = {
    "CoolBreeze Aircon Services Pte Ltd": "10 Ubi Crescent #03-21, Singapore 408564",
    "ChillPro Aircon Works": "Blk 3015 Bedok North Ave 4 #05-02, Singapore 489947",
    "Frost AC Maintenance LLC": "Warehouse 7, Al Quoz 3, Dubai",
}
AIRCON_WORDS = (["Paid - thank you!"], ["Card declined"], ["Awaiting PayNow confirmation"])


def aircon_servicing(rng: random.Random, font: str):
    """An aircon servicing invoice (Singapore, Dubai): the company on top (the payee), the customer and an HDB or
    villa address (never), the technician (never), a job sheet number (never the id), units at a general servicing
    rate, a chemical wash or gas top-up on a share, a package discount on a share, GST 9% or VAT 5% added, a next
    servicing due (never the date); the invoice's number is the id, its date the day paid; the amount is the total."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, AIRCONS, AIRCON_PLACES, 0.5)
    rows.append(("center", rng.choice(["TAX INVOICE", "Service Invoice"])))
    bill = _no(
        rng,
        rows,
        ["Invoice No", "Inv #"],
        f"{rng.choice(['CB', 'CP', 'FR'])}{when.year % 100}{digits(rng, 5)}",
    )
    dated = _date(rng, rows, when, pattern, currency, ["Invoice Date", "Date"])
    customer = _who73(rng, currency, EN)
    rows.append(("pair", "Customer", customer))
    rows.append(("pair", "Job Sheet", f"JS{digits(rng, 5)}"))
    rows.append(("pair", "Technician", _pro74(rng, currency, EN, customer)))
    units = rng.choice([2, 3, 4, 5])
    rate = 30.0 if currency == "SGD" else 90.0
    net = round(units * rate, 2)
    rows.append(("pair", f"General servicing {units} units x {_m(rate, grouping)}", _m(net, grouping)))
    if shown(rng, 0.5):
        wash = 80.0 if currency == "SGD" else 250.0
        rows.append(("pair", "Chemical wash (1 unit)", _m(wash, grouping)))
        net += wash
    if shown(rng, 0.6):
        net = _discount(rng, rows, grouping, net, EN, {EN: ["Package discount", "Returning customer"]})
    total = _tax74(rng, rows, grouping, net, key, EN)
    status, method, txn = _settle(rng, rows, fmt, grouping, total, key, currency, AIRCON_WORDS, bill, 0.5)
    if shown(rng, 0.6):
        rows.append(("pair", "Next servicing due", _other(when, rng, pattern, EN, 85, 100)))
    truth = truth_fields(name, total, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [A4, EMAIL, _sized(PAPER, 18)])


# ---------------------------------------------------------------- 11 a domestic helper agency's placement receipt


AGENCIES = {
    "SGD": [("Sunshine Maid Employment Agency", EN), ("HomeCare Helpers Pte Ltd", EN)],
    "AED": [("Al Dana Domestic Workers Services", EN)],
}
AGENCY_PLACES = {
    "Sunshine Maid Employment Agency": "101 Upper Cross Street #04-18, People's Park Centre, Singapore 058357",
    "HomeCare Helpers Pte Ltd": "1 Rochor Canal Road #03-44, Sim Lim Square, Singapore 188504",
    "Al Dana Domestic Workers Services": "Office 204, Al Nahda 2, Dubai",
}
AGENCY_WORDS = (["Payment received"], ["Payment failed - placement on hold"], ["Pending bank confirmation"])


def helper_agency(rng: random.Random, font: str):
    """A domestic helper agency's placement receipt (Singapore, Dubai): the agency on top (the payee) with its
    licence number (never the id), the employer and the helper (never), the helper's FIN or passport number (never),
    an agency fee, a medical check-up, insurance and a work permit fee, GST 9% on the agency fee in Singapore or VAT
    5% in Dubai; on a share a deposit paid on an earlier day (never the date) is taken off and the balance is paid;
    the receipt's number is the id, its date the day paid; the amount is what this receipt took: the balance where a
    deposit is taken off, else the total."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, AGENCIES, AGENCY_PLACES, 0.0)
    if currency == "SGD":
        rows.append(("small", f"EA Licence No: {rng.randrange(10, 26)}C{digits(rng, 4)}"))
    rows.append(("center", rng.choice(["OFFICIAL RECEIPT", "Receipt"])))
    bill = _no(rng, rows, ["Receipt No", "OR No."], f"OR-{digits(rng, 5)}")
    dated = _date(rng, rows, when, pattern, currency, ["Date", "Receipt Date"])
    employer = _who73(rng, currency, EN)
    rows.append(("pair", "Employer", employer))
    rows.append(
        (
            "pair",
            "Helper",
            rng.choice(["Maria Santos Dela Cruz", "Siti Aminah", "Nilmini Perera", "Ma Thida"]),
        )
    )
    rows.append(
        (
            "pair",
            "FIN" if currency == "SGD" else "Passport No",
            f"G{digits(rng, 7)}{rng.choice(UPPER)}" if currency == "SGD" else f"P{digits(rng, 7)}",
        )
    )
    rows.append(("rule",))
    fee = 1200.0 if currency == "SGD" else 6500.0
    rows.append(("pair", "Agency fee", _m(fee, grouping)))
    extras = [
        ("Medical check-up", 120.0 if currency == "SGD" else 350.0),
        ("Insurance (26 months)", 380.0 if currency == "SGD" else 900.0),
        ("Work permit fee", 35.0 if currency == "SGD" else 1200.0),
    ]
    net = round(fee + _items(rng, rows, grouping, extras, rng.choice([2, 3])), 2)
    rate = 0.09 if currency == "SGD" else 0.05
    tax = round(fee * rate, 2)
    rows.append(("pair", f"{'GST 9%' if currency == 'SGD' else 'VAT 5%'} on agency fee", _m(tax, grouping)))
    total = round(net + tax, 2)
    paid = total
    if shown(rng, 0.5):
        deposit = 500.0 if currency == "SGD" else 2000.0
        rows.append(("pair", "Total", fmt(total)))
        rows.append(
            (
                "pair",
                f"Less deposit paid {_d73(_earlier(when, rng, 10, 40), pattern, EN)}",
                "-" + _m(deposit, grouping),
            )
        )
        paid = round(total - deposit, 2)
        labels = ["Balance", "Balance amount"]
    else:
        labels = None
    status, method, txn = _settle(
        rng, rows, fmt, grouping, paid, key, currency, AGENCY_WORDS, bill, 0.5, labels
    )
    _terms(
        rng, rows, EN, 1, en=["Fees are subject to the service agreement.", "Replacement within 6 months."]
    )
    truth = truth_fields(name, paid, currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [A4, _sized(PAPER, 18), EMAIL])


# ---------------------------------------------------------------- 12 a girls' uniformed unit's term subs


UNITS = {
    "GBP": [("1st Harrow Weald Brownies", EN), ("3rd Didsbury Guides", EN)],
    "SGD": [("Girl Guides Unit 12 Tampines", EN)],
}
UNIT_PLACES = {
    "1st Harrow Weald Brownies": "St Michael's Church Hall, Harrow HA3 6JW",
    "3rd Didsbury Guides": "Emmanuel Parish Centre, Manchester M20 6RL",
    "Girl Guides Unit 12 Tampines": "Tampines Secondary School, Singapore 529567",
}
UNIT_WORDS = (["Subs paid - thank you!"], ["Payment failed - please update your card"], ["Payment pending"])


def guides_subs(rng: random.Random, font: str):
    """A girls' uniformed unit's term subs (Harrow, Manchester, Tampines), an e-mail or printed receipt: the unit on
    top (the payee), the member and the parent (never), a membership number (never the id), the term and its weeks
    (never the date), subs, a badge or a camp deposit on a share, a second sister's discount on a share; the
    payment's reference is the id where printed, else the receipt's number; its date the day paid; the amount is
    the total."""
    rows, currency, name, key, fmt, grouping, pattern, when = _open(rng, font, UNITS, UNIT_PLACES, 0.0)
    rows.append(("center", rng.choice(["Subs receipt", "Payment receipt"])))
    bill = _no(rng, rows, ["Receipt No", "Receipt #"], f"{digits(rng, 5)}", 0.3)
    dated = _date(rng, rows, when, pattern, currency, ["Date", "Paid on", "Payment date"])
    member = _who73(rng, currency, EN)
    rows.append(("pair", "Member", member))
    rows.append(("pair", "Parent/carer", _who73(rng, currency, EN, member)))
    rows.append(("pair", "Membership No", f"{digits(rng, 8)}"))
    rows.append(
        ("pair", "Term", rng.choice(["Spring term (12 weeks)", "Summer term (11 weeks)", "Autumn term"]))
    )
    subs = 48.0 if currency == "GBP" else 60.0
    rows.append(("pair", "Term subs", _m(subs, grouping)))
    net = subs + _items(
        rng,
        rows,
        grouping,
        [("Badges", 6.5), ("Camp deposit", 25.0), ("Sweatshirt", 18.0)],
        rng.choice([0, 1, 2]),
    )
    if shown(rng, 0.6):
        net = _discount(rng, rows, grouping, net, EN, {EN: ["Sister discount"]})
    status, method, txn = _settle(
        rng, rows, fmt, grouping, round(net, 2), key, currency, UNIT_WORDS, bill, 0.5, None, True
    )
    if shown(rng, 0.5):
        txn = f"pi_{''.join(rng.choice('abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789') for _ in range(14))}"
        rows.append(("pair", "Payment ref", txn))
    truth = truth_fields(name, round(net, 2), currency, txn, dated, method, status)
    return rows, truth, _style(rng, font, rows, name, [EMAIL, SCREEN, A4])
