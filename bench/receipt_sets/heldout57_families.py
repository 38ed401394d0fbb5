"""The twelve heldout57 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the shared value helpers of heldout14 and the page
helpers of heldout53 to heldout56 (rupees, stamps, taxes, totals, ways to pay, outcomes, people, places, till feet)
are reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not
printed). Every receipt prints at most one transaction id (a booking's reference or a document's own number; a
patient, member, kart, job card, case, serial, licence or excise number beside it is never the id), at most one
date of payment (the other dates are named for other events: a next appointment, a touch-up, a waiver, a class, a
flight, a voucher's expiry, a check-in or check-out, a warranty's end, a trial's end, a ready day), and names one
party that was paid, on top. Other amounts (a rate, a per-kilo price, a tip's base, a refundable deposit due on
arrival, a discount) are printed beside the total as real pages print them.
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
from bench.receipt_sets.heldout56_families import IRISH_DATES, _lines, _outcome, _till_end

STAFF_INDIA = [
    "Dr. Sneha Kamath",
    "Dr. Rahul Varghese",
    "Ms. Divya Rao",
    "Mr. Imran Sheikh",
    "Dr. Tanvi Joshi",
]
STAFF_WEST = ["Sarah Whitfield", "Liam Doyle", "Megan Price", "Aoife Byrne", "Jake Morrison", "Ruth Adler"]


def _staff(rng: random.Random, currency: str) -> str:
    """A therapist's, artist's, audiologist's or chef's name (someone on the payee's side, never the payee)."""
    return rng.choice(STAFF_INDIA if currency == "INR" else STAFF_WEST)


def _earlier(when: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    """Another event's day, ``low`` to ``high`` days before ``when``."""
    return when - dt.timedelta(days=rng.randrange(low, high))


CITY_ADDRESSES = {
    "Delhi": "Hauz Khas Village, New Delhi 110016",
    "Mumbai": "Bandra West, Mumbai 400050",
    "Bengaluru": "100 Feet Road, Indiranagar, Bengaluru 560038",
    "Indiranagar": "100 Feet Road, Indiranagar, Bengaluru 560038",
    "Jayanagar": "11th Main, 4th Block, Jayanagar, Bengaluru 560011",
    "Kochi": "Broadway, Ernakulam, Kochi 682031",
    "Bina": "Chawri Bazar, Delhi 110006",
    "Sur Sangam": "FC Road, Shivajinagar, Pune 411004",
    "Equilibrium": "HSR Layout, Bengaluru 560102",
    "Dublin": "Unit 4, Sandyford Business Park, Dublin 18",
}


def _address(name: str, currency: str, rng: random.Random) -> str:
    """The address under a name on top: the city the name carries where it carries one, else one of the page's
    country (``_place``)."""
    for word, address in CITY_ADDRESSES.items():
        if word in name:
            return address
    return _place(currency, rng)


def _money_irish(rng: random.Random, font: str, currency: str, irish: bool):
    """The formatter and grouping of a page: Irish euro pages print €1,234.50, other euro pages 1.234,50 €."""
    fmt = _money_of(rng, font, currency)
    return _irish(fmt, currency) if irish else (fmt, _grouping(currency))


def _dates(currency: str, irish: bool) -> tuple[list[str], bool]:
    return IRISH_DATES if irish else _patterns(currency)


# ---------------------------------------------------------------- 1 physiotherapy clinic invoice


def physio_invoice(rng: random.Random, font: str):
    """A physiotherapy clinic's invoice: Physiotattva / ReLiva in rupees, Six Physio in pounds, Athletico in dollars,
    Sports Physio Clinic Dublin in euros: Patient, Patient ID in a share (never the id), Physiotherapist, Condition,
    an initial assessment in a share, sessions at a rate, taping in a share, no tax (healthcare), Total / Total Amount
    / Amount Paid / Amount Received, Invoice No. / Invoice # / Receipt No. in a share, Payment Mode / Paid by in a
    share, Invoice Date / Date in a share, Next appointment (never the day paid) in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    clinic = rng.choice(
        {
            "INR": ["Physiotattva Indiranagar", "ReLiva Physiotherapy & Rehab"],
            "GBP": ["Six Physio Moorgate"],
            "USD": ["Athletico Physical Therapy"],
            "EUR": ["Sports Physio Clinic Dublin"],
        }[currency]
    )
    irish = currency == "EUR"
    fmt, grouping = _money_irish(rng, font, currency, irish)
    patterns, twelve = _dates(currency, irish)
    place = "12 Moorgate, London EC2R 6DA" if currency == "GBP" else _address(clinic, currency, rng)
    rows = [
        ("title", clinic),
        ("center", place),
        ("center", rng.choice(["INVOICE", "PATIENT INVOICE", "RECEIPT"])),
    ]
    rows.append(("rule",))
    rows.append(("pair", "Patient", _person(rng, currency)))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Patient ID", "UHID"]), code(rng, 2, UPPER) + digits(rng, 5)))
    rows.append(("pair", rng.choice(["Physiotherapist", "Therapist", "Treated by"]), _staff(rng, currency)))
    rows.append(
        (
            "pair",
            "Condition",
            rng.choice(["Lower back pain", "ACL rehab (R knee)", "Frozen shoulder", "Neck strain"]),
        )
    )
    rows.append(("rule",))
    rate = price(
        rng, *{"INR": (900, 1800, 50), "GBP": (55, 85, 5), "USD": (90, 160, 5), "EUR": (55, 80, 5)}[currency]
    )
    subtotal = 0.0
    if shown(rng, 0.5):
        assess = {"INR": 1200.0, "GBP": 75.0, "USD": 150.0, "EUR": 70.0}[currency]
        rows.append(("pair", "Initial assessment", money(assess, grouping)))
        subtotal += assess
    sessions = rng.choice([1, 1, 3, 5, 6, 10])
    rows.append(("pair", f"Sessions {sessions} x {money(rate, grouping)}", money(rate * sessions, grouping)))
    subtotal += rate * sessions
    if shown(rng, 0.7):
        tape = {"INR": 350.0, "GBP": 10.0, "USD": 15.0, "EUR": 10.0}[currency]
        rows.append(("pair", "Kinesio taping", money(tape, grouping)))
        subtotal += tape
    total = round(subtotal, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Total Amount"], ["Amount Paid", "Amount Received"])
    ref = rng.choice(["PT/", "INV-", ""]) + digits(rng, rng.choice([5, 6]))
    txn = ref if optional_pair(rng, rows, ["Invoice No.", "Invoice #", "Receipt No."], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.2, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Invoice Date", "Date"]), _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.45):
        rows.append(("pair", "Next appointment", date_text(_later(when, rng, 2, 15), rng.choice(patterns))))
    note = (
        "Healthcare services are exempt from GST."
        if currency == "INR"
        else "Please give 24 hours' notice to cancel."
    )
    rows.append(("small", note))
    truth = truth_fields(clinic, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=640)


# ---------------------------------------------------------------- 2 tattoo studio receipt


def tattoo_receipt(rng: random.Random, font: str):
    """A tattoo studio's receipt: Devil'z Tattooz / Aliens Tattoo in rupees, Frith Street Tattoo in pounds, Bang Bang
    NYC in dollars: Client, Artist, Design and placement, hours at a rate, a design fee and an aftercare balm in a
    share, GST 18% / VAT included / sales tax, a tip on the US pages in a share (part of the total), Total / Amount
    Paid, Receipt # / Receipt No in a share, Paid by / Payment Mode in a share, Date in a share, ID checked with a
    licence's last digits in a share (never the id), Free touch-up before (never the day paid) in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    studio = rng.choice(
        {
            "INR": ["Devil'z Tattooz Delhi", "Aliens Tattoo Mumbai"],
            "GBP": ["Frith Street Tattoo"],
            "USD": ["Bang Bang NYC"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = {
        "GBP": "18 Frith Street, London W1D 4RQ",
        "USD": "328 Broome St, New York, NY 10002",
    }.get(currency) or _address(studio, currency, rng)
    rows = [("title", studio), ("center", place), ("rule",)]
    rows.append(("pair", "Client", _person(rng, currency)))
    rows.append(("pair", "Artist", _staff(rng, currency).replace("Dr. ", "")))
    rows.append(
        ("pair", "Design", rng.choice(["Fine-line peony", "Mandala", "Script: 'Amor fati'", "Koi sleeve"]))
    )
    rows.append(("pair", "Placement", rng.choice(["Left forearm", "Right shoulder", "Ankle", "Upper back"])))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "ID checked",
                rng.choice(
                    [
                        "Driving licence",
                        "Passport",
                        {"INR": "Aadhaar", "GBP": "PASS card", "USD": "State ID"}[currency],
                    ]
                )
                + " ..."
                + digits(rng, 4),
            )
        )
    rows.append(("rule",))
    hours = rng.choice([1, 2, 3, 4])
    rate = price(rng, *{"INR": (3000, 6000, 500), "GBP": (120, 180, 10), "USD": (180, 250, 10)}[currency])
    rows.append(("pair", f"{hours} hr x {money(rate, grouping)}", money(rate * hours, grouping)))
    subtotal = rate * hours
    if shown(rng, 0.5):
        design = {"INR": 1500.0, "GBP": 50.0, "USD": 75.0}[currency]
        rows.append(("pair", "Custom design fee", money(design, grouping)))
        subtotal += design
    if shown(rng, 0.5):
        balm = {"INR": 450.0, "GBP": 12.0, "USD": 18.0}[currency]
        rows.append(("pair", "Aftercare balm", money(balm, grouping)))
        subtotal += balm
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    if currency == "USD" and shown(rng, 0.4):
        tip = round(total * rng.choice([0.15, 0.2]), 2)
        rows.append(("pair", "Subtotal", money(total, grouping)))
        rows.append(("pair", "Tip", money(tip, grouping)))
        total = round(total + tip, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "TOTAL"], ["Amount Paid"])
    ref = rng.choice(["T-", ""]) + digits(rng, rng.choice([4, 5, 6]))
    txn = ref if optional_pair(rng, rows, ["Receipt #", "Receipt No"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Mode"], 0.2, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date", _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.45):
        rows.append(
            ("pair", "Free touch-up before", date_text(_later(when, rng, 30, 90), rng.choice(patterns)))
        )
    rows.append(("small", "Deposits are non-refundable. Keep it clean, keep it moist."))
    truth = truth_fields(studio, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=600, paper=(250, 249, 245))


# ---------------------------------------------------------------- 3 climbing and bouldering gym till


def climbing_till(rng: random.Random, font: str):
    """A climbing or bouldering gym's till: Equilibrium Bouldering in rupees, The Climbing Hangar in pounds, Brooklyn
    Boulders in dollars, Monk Bouldergym in euros: Climber, Member No in a share (never the id), Waiver signed on an
    earlier day in a share (never the day paid), day passes, shoe hire, chalk, an intro session, GST 18% / VAT
    included (9% in the Netherlands) / sales tax, TOTAL / Total, Receipt # / Sale No in a share, Tender / Paid by in a
    share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    gym = {
        "INR": "Equilibrium Bouldering",
        "GBP": "The Climbing Hangar",
        "USD": "Brooklyn Boulders",
        "EUR": "Monk Bouldergym Amsterdam",
    }[currency]
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = {
        "USD": "575 Degraw St, Brooklyn, NY 11217",
        "EUR": "Contactweg 36, Amsterdam",
    }.get(currency) or _address(gym, currency, rng)
    rows = [("title", gym), ("center", place), ("rule",)]
    rows.append(("pair", "Climber", _person(rng, currency)))
    when = day(rng)
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Member No", "Member #"]), digits(rng, rng.choice([6, 7]))))
    if shown(rng, 0.5):
        rows.append(("pair", "Waiver signed", date_text(_earlier(when, rng, 20, 400), rng.choice(patterns))))
    rows.append(("rule",))
    unit = {"INR": 1.0, "GBP": 0.0125, "USD": 0.016, "EUR": 0.0145}[currency]
    base = [
        ("Day pass adult", 900),
        ("Day pass student", 700),
        ("Shoe hire", 200),
        ("Chalk bag hire", 100),
        ("Loose chalk 250g", 450),
        ("Intro to bouldering", 1500),
    ]
    items = [(name, round(value * unit, 2) if currency != "INR" else float(value)) for name, value in base]
    subtotal = _lines(rng, rows, grouping, items, rng.randint(1, 4))
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.09)
    total = round(subtotal + tax, 2)
    txn, method, dated = _till_end(
        rng, rows, fmt, currency, total, patterns, twelve, ["Receipt #", "Sale No"], ["Tender", "Paid by"]
    )
    rows.append(("small", "Climb within your ability. Spot your friends."))
    truth = truth_fields(gym, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=460, size=18, paper=(249, 250, 247))


# ---------------------------------------------------------------- 4 butcher and fish shop bill


def butcher_bill(rng: random.Random, font: str):
    """A meat and fish shop's bill: Bhavani Chicken & Mutton Centre / Sea Fresh Fish Mart in rupees, Turner & George
    / Parsons Family Butchers in pounds, Paulina Meat Market in dollars: cuts by weight at a price per kilo or pound,
    cleaning and cutting in a share, no tax (fresh meat), a customer's mobile and a scale number in a share (never the
    id), Net Amount / Total / TOTAL / Amount Paid, Bill No / Bill # / Receipt No in a share, Payment Mode / Paid by in
    a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    shop = rng.choice(
        {
            "INR": ["Bhavani Chicken & Mutton Centre", "Sea Fresh Fish Mart Kochi"],
            "GBP": ["Turner & George", "Parsons Family Butchers"],
            "USD": ["Paulina Meat Market"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = "3501 N Lincoln Ave, Chicago, IL 60657" if currency == "USD" else _address(shop, currency, rng)
    rows = [
        ("title", shop),
        ("center", place),
        ("center", "CASH BILL" if currency == "INR" else "RECEIPT"),
        ("rule",),
    ]
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("pair", "Cust. Mobile", phone(rng)))
    if shown(rng, 0.5):
        rows.append(("pair", "Scale", str(rng.randint(1, 4))))
    cuts = {
        "INR": [
            ("Mutton curry cut", 780.0),
            ("Chicken skinless", 260.0),
            ("Seer fish slices", 1100.0),
            ("Prawns medium", 640.0),
            ("Pomfret", 900.0),
            ("Chicken boneless", 340.0),
        ],
        "GBP": [
            ("Ribeye steak", 42.0),
            ("Lamb shoulder", 16.5),
            ("Pork sausages", 11.8),
            ("Chicken thighs", 9.9),
            ("Beef mince 15%", 12.4),
        ],
        "USD": [("Ribeye", 24.99), ("Bratwurst", 8.99), ("Pork chops", 7.49), ("Smoked bacon", 10.99)],
    }[currency]
    unit = "lb" if currency == "USD" else "kg"
    subtotal = 0.0
    for name, rate in rng.sample(cuts, rng.randint(1, 3)):
        weight = (
            rng.choice([0.25, 0.5, 0.75, 1.0, 1.2, 1.5, 2.0])
            if unit == "kg"
            else rng.choice([0.5, 1.0, 1.5, 2.25])
        )
        line = round(rate * weight, 2)
        rows.append(("left", name))
        rows.append(
            ("pair", f"  {weight:.3f} {unit} @ {money(rate, grouping)}/{unit}", money(line, grouping))
        )
        subtotal += line
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("pair", "Cleaning & cutting", money(30.0, grouping)))
        subtotal += 30.0
    total = round(subtotal, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Net Amount", "Total", "TOTAL"], ["Amount Paid"])
    ref = digits(rng, rng.choice([4, 5, 6]))
    ids = ["Bill No", "Bill #"] if currency == "INR" else ["Receipt No", "Receipt #"]
    txn = ref if optional_pair(rng, rows, ids, ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.25, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date", _stamp(rng, when, patterns, twelve)))
    rows.append(("small", "Keep refrigerated. Cook thoroughly."))
    truth = truth_fields(shop, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=480, size=18)


# ---------------------------------------------------------------- 5 wine and spirits shop till


def wine_till(rng: random.Random, font: str):
    """A wine and spirits shop's till: Tonique / Living Liquidz in rupees (prices MRP with taxes, an excise licence
    number, never the id), Majestic Wine in pounds (a mix-six discount in a share), Total Wine & More in dollars (sales
    tax), Gall & Gall in euros (a bottle deposit in a share, VAT 21% included): bottles, an age check line in a share,
    TOTAL / Total, Receipt # / Receipt No / Bill No in a share, Tender / Paid by in a share, Date in a share; no
    outcome."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    shop = rng.choice(
        {
            "INR": ["Tonique Bengaluru", "Living Liquidz Mumbai"],
            "GBP": ["Majestic Wine"],
            "USD": ["Total Wine & More"],
            "EUR": ["Gall & Gall Amsterdam"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = "Ferdinand Bolstraat 56, Amsterdam" if currency == "EUR" else _address(shop, currency, rng)
    rows = [("title", shop), ("center", place)]
    if currency == "INR":
        rows.append(("center", f"Excise Licence No: CL-{rng.choice(['2', '9', '7'])}/{digits(rng, 4)}"))
    rows.append(("rule",))
    items = {
        "INR": [
            ("Sula Rasa Shiraz 750ml", 1450.0),
            ("Amrut Fusion 750ml", 4200.0),
            ("Kingfisher Ultra 650ml", 220.0),
            ("Fratelli Sette 750ml", 1950.0),
            ("Old Monk XXX 750ml", 520.0),
        ],
        "GBP": [
            ("Rioja Reserva 75cl", 12.99),
            ("Picpoul de Pinet 75cl", 9.99),
            ("Malbec Mendoza 75cl", 10.49),
            ("Prosecco DOC 75cl", 11.99),
            ("Sipsmith Gin 70cl", 34.0),
        ],
        "USD": [
            ("Napa Cabernet 750ml", 24.99),
            ("Sauvignon Blanc 750ml", 12.99),
            ("Bourbon 750ml", 32.99),
            ("IPA 6pk", 11.99),
            ("Rose 750ml", 14.99),
        ],
        "EUR": [
            ("Hertog Jan 6x30cl", 6.49),
            ("Primitivo 75cl", 8.99),
            ("Jonge jenever 70cl", 15.99),
            ("Cava Brut 75cl", 9.49),
            ("Vinho Verde 75cl", 6.99),
        ],
    }[currency]
    picked = rng.sample(items, rng.randint(1, 4))
    subtotal = _lines(rng, rows, grouping, picked, len(picked))
    bottles = len(picked)
    if currency == "GBP" and shown(rng, 0.5):
        off = round(subtotal * 0.1, 2)
        rows.append(("pair", "Mix six save 10%", "-" + money(off, grouping)))
        subtotal = round(subtotal - off, 2)
    if currency == "EUR" and any("Hertog" in name for name, _ in picked):
        rows.append(("pair", "Statiegeld", money(0.6, grouping)))
        subtotal = round(subtotal + 0.6, 2)
    if currency == "INR":
        rows.append(("pair", f"Items {bottles}", "MRP incl. taxes"))
        tax = 0.0
    else:
        tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.21)
    total = round(subtotal + tax, 2)
    if currency != "INR" and shown(rng, 0.5):
        rows.append(
            ("left", rng.choice(["Challenge 25: ID seen", "Age verified 21+", "Leeftijd gecontroleerd"]))
        )
    ids = ["Bill No", "Receipt #"] if currency == "INR" else ["Receipt #", "Receipt No"]
    txn, method, dated = _till_end(
        rng, rows, fmt, currency, total, patterns, twelve, ids, ["Tender", "Paid by"]
    )
    rows.append(("small", "Please drink responsibly."))
    truth = truth_fields(shop, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=460, size=18, paper=(251, 250, 247))


# ---------------------------------------------------------------- 6 musical instrument store invoice


def instrument_invoice(rng: random.Random, font: str):
    """A musical instrument store's invoice: Bina Musical Stores / Sur Sangam Music House in rupees, Andertons Music
    Co in pounds, Sam Ash Music in dollars, Music Maker Dublin in euros: Customer, an instrument with its Serial No
    (never the id), strings, a capo, a gig bag, a setup in a share, GST 18% / VAT included (23% in Ireland) / sales
    tax, Grand Total / Total / Amount Paid, Invoice No. / Invoice # in a share, Payment Mode / Paid by in a share,
    Invoice Date / Date in a share, Warranty until (never the day paid) in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    shop = rng.choice(
        {
            "INR": ["Bina Musical Stores", "Sur Sangam Music House"],
            "GBP": ["Andertons Music Co"],
            "USD": ["Sam Ash Music"],
            "EUR": ["Music Maker Dublin"],
        }[currency]
    )
    irish = currency == "EUR"
    fmt, grouping = _money_irish(rng, font, currency, irish)
    patterns, twelve = _dates(currency, irish)
    place = {
        "GBP": "58-59 Woodbridge Road, Guildford GU1 4RF",
        "EUR": "29 Exchequer Street, Dublin 2",
    }.get(currency) or _address(shop, currency, rng)
    rows = [
        ("title", shop),
        ("center", place),
        ("center", "TAX INVOICE" if currency == "INR" else "INVOICE"),
        ("rule",),
    ]
    rows.append(("pair", rng.choice(["Customer", "Bill to"]), _person(rng, currency)))
    rows.append(("rule",))
    unit = {"INR": 1.0, "GBP": 0.0105, "USD": 0.0125, "EUR": 0.012}[currency]
    instruments = [
        ("Yamaha F310 acoustic guitar", 10990),
        ("Casio CT-S300 keyboard", 12490),
        ("Fender Player Stratocaster", 74000),
        ("Roland TD-02K e-drum kit", 38500),
    ]
    if currency == "INR":
        instruments += [("Harmonium 3.5 oct, 9 stopper", 16500), ("Tabla set (brass bayan)", 8900)]
    name, value = rng.choice(instruments)
    value = float(value) if currency == "INR" else round(value * unit) - 0.01
    rows.append(("pair", name, money(value, grouping)))
    if shown(rng, 0.4):
        rows.append(("pair", "  Serial No", rng.choice(["HSK", "MX2", "JT"]) + digits(rng, 7)))
    subtotal = value
    extras = [("Strings set", 650), ("Capo", 550), ("Padded gig bag", 1800), ("Setup & restring", 1200)]
    for extra, cost in rng.sample(extras, rng.randint(0, 3)):
        cost = float(cost) if currency == "INR" else round(cost * unit, 2)
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.23)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Grand Total", "Total"], ["Amount Paid"])
    prefix = {"Bina Musical Stores": "BMS/", "Sur Sangam Music House": "SSM/"}.get(shop, "INV")
    ref = rng.choice([prefix, ""]) + digits(rng, rng.choice([5, 6]))
    txn = ref if optional_pair(rng, rows, ["Invoice No.", "Invoice #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.2, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Invoice Date", "Date"]), _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.5):
        until = (
            when.replace(year=when.year + rng.choice([1, 2])) if (when.month, when.day) != (2, 29) else when
        )
        rows.append(("pair", "Warranty until", date_text(until, rng.choice(patterns))))
    rows.append(("small", "Goods once sold will be exchanged within 7 days with this invoice."))
    truth = truth_fields(shop, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=640)


# ---------------------------------------------------------------- 7 hearing care centre invoice


def hearing_invoice(rng: random.Random, font: str):
    """A hearing care centre's invoice for hearing aids: Amplifon / Ear Care Hearing Clinic in rupees (lakh amounts),
    Specsavers Hearing in pounds, HearingLife in dollars, Hidden Hearing Dublin in euros: Patient, Patient No in a
    share (never the id), Audiologist, a pair or one aid with each side's serial number (never the id), charger and
    domes, a hearing test, a second-aid discount in a share, no tax (medical devices), Total / Total Amount / Amount
    Paid, Invoice No. / Invoice # in a share, Payment Mode / Paid by in a share, Date / Invoice Date in a share, Trial
    ends (never the day paid) in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    centre = rng.choice(
        {
            "INR": ["Amplifon Hearing Centre Jayanagar", "Ear Care Hearing Clinic"],
            "GBP": ["Specsavers Hearing"],
            "USD": ["HearingLife"],
            "EUR": ["Hidden Hearing Dublin"],
        }[currency]
    )
    irish = currency == "EUR"
    fmt, grouping = _money_irish(rng, font, currency, irish)
    patterns, twelve = _dates(currency, irish)
    rows = [("title", centre), ("center", _address(centre, currency, rng)), ("center", "INVOICE"), ("rule",)]
    rows.append(("pair", "Patient", _person(rng, currency)))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Patient No", "Client No"]), digits(rng, 7)))
    rows.append(("pair", "Audiologist", _staff(rng, currency)))
    rows.append(("rule",))
    unit = {"INR": 1.0, "GBP": 0.0115, "USD": 0.0135, "EUR": 0.013}[currency]
    model, each = rng.choice(
        [("Phonak Audeo L90-R", 185000), ("Signia Pure C&G 7IX", 160000), ("Oticon Intent 2", 135000)]
    )
    each = float(each) if currency == "INR" else round(each * unit / 5) * 5.0
    sides = rng.choice([["Left", "Right"], ["Left", "Right"], [rng.choice(["Left", "Right"])]])
    subtotal = 0.0
    for side in sides:
        rows.append(("pair", f"{model} ({side})", money(each, grouping)))
        if shown(rng, 0.4):
            rows.append(("pair", "  S/N", digits(rng, 7) + code(rng, 1, UPPER)))
        subtotal += each
    if len(sides) == 2 and shown(rng, 0.5):
        off = round(each * 0.2, 2)
        rows.append(("pair", "Second aid discount 20%", "-" + money(off, grouping)))
        subtotal -= off
    extras = [("Charger", 9500), ("Domes & wax guards", 1200), ("Hearing test", 1500)]
    for extra, cost in rng.sample(extras, rng.randint(1, 3)):
        cost = float(cost) if currency == "INR" else round(cost * unit)
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    total = round(subtotal, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Total Amount"], ["Amount Paid"])
    ref = rng.choice(["HC", "INV-", ""]) + digits(rng, 6)
    txn = ref if optional_pair(rng, rows, ["Invoice No.", "Invoice #"], ref, 0.2) else None
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.2, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Date", "Invoice Date"]), _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.5):
        rows.append(("pair", "Trial ends", date_text(_later(when, rng, 28, 46), rng.choice(patterns))))
    rows.append(("small", "Hearing aids carry a 3-year manufacturer warranty."))
    truth = truth_fields(centre, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=640, paper=(253, 253, 250))


# ---------------------------------------------------------------- 8 cooking class booking e-mail or screen


def cooking_class(rng: random.Random, font: str):
    """A cookery school's class booking e-mail or screen: APB Cook Studio / Lavonne in rupees, The Cookery School /
    Leiths in pounds, Sur La Table in dollars, Ballymaloe Cookery School in euros: Booked by, Class, Chef, Class date
    with its time (never the day paid), Guests, a price per guest, an apron or recipe kit in a share, a booking fee in a
    share, GST 18% / VAT included (13.5% in Ireland) / sales tax, Total / Order Total / Amount Paid, Booking Reference /
    Booking ID in a share, Payment Method / Paid with in a share, Booked on / Booking Date in a share, Payment
    Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    school = rng.choice(
        {
            "INR": ["APB Cook Studio Mumbai", "Lavonne Academy Bengaluru"],
            "GBP": ["The Cookery School at Little Portland Street", "Leiths School of Food and Wine"],
            "USD": ["Sur La Table Seattle"],
            "EUR": ["Ballymaloe Cookery School"],
        }[currency]
    )
    irish = currency == "EUR"
    fmt, grouping = _money_irish(rng, font, currency, irish)
    patterns, twelve = _dates(currency, irish)
    status, words = _outcome(rng, 0.7)
    rows = [
        ("title", school),
        ("center", rng.choice(["Your class booking", "Booking confirmation"])),
        ("rule",),
    ]
    if status and rng.random() < 0.5:
        rows.append(("big", words))
    rows.append(("pair", "Booked by", _person(rng, currency)))
    rows.append(
        (
            "pair",
            "Class",
            rng.choice(
                ["Thai Street Food", "Fresh Pasta Masterclass", "Sourdough Basics", "Regional Indian Thalis"]
            ),
        )
    )
    optional_pair(rng, rows, ["Chef", "Instructor"], _staff(rng, currency).replace("Dr. ", "Chef "), 0.4)
    when = day(rng)
    rows.append(
        (
            "pair",
            "Class date",
            date_text(_later(when, rng, 3, 45), rng.choice(patterns))
            + rng.choice([", 10:00-13:30", ", 6:30 PM", ", 18:00"]),
        )
    )
    guests = rng.randint(1, 4)
    rows.append(("pair", "Guests", str(guests)))
    rows.append(("rule",))
    each = price(
        rng,
        *{"INR": (2500, 5500, 250), "GBP": (75, 145, 5), "USD": (89, 149, 10), "EUR": (95, 195, 5)}[currency],
    )
    rows.append(("pair", f"{guests} x {money(each, grouping)}", money(each * guests, grouping)))
    subtotal = each * guests
    if shown(rng, 0.6):
        kit = {"INR": 650.0, "GBP": 18.0, "USD": 24.0, "EUR": 20.0}[currency]
        rows.append(("pair", rng.choice(["Apron", "Recipe kit"]), money(kit, grouping)))
        subtotal += kit
    if shown(rng, 0.6):
        fee = {"INR": 99.0, "GBP": 2.5, "USD": 4.0, "EUR": 3.0}[currency]
        rows.append(("pair", "Booking fee", money(fee, grouping)))
        subtotal += fee
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.135)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Order Total"], ["Amount Paid"])
    ref = (code(rng, 3, UPPER) + "-" if currency != "USD" else "") + digits(rng, 6)
    txn = ref if optional_pair(rng, rows, ["Booking Reference", "Booking ID"], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid with"], 0.2, cash=False)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", rng.choice(["Booked on", "Booking Date"]), _stamp(rng, when, patterns, twelve)))
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Please tell us about allergies 48 hours before your class."))
    truth = truth_fields(school, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(SCREEN) if shown(rng, 0.6) else dict(EMAIL)


# ---------------------------------------------------------------- 9 hot-air balloon flight booking e-mail


def balloon_flight(rng: random.Random, font: str):
    """A hot-air balloon operator's flight booking e-mail: Sky Waltz Jaipur in rupees, Virgin Balloon Flights in pounds,
    Rainbow Ryders in dollars, Ballonvaart Utrecht in euros: Lead passenger, passengers with their weights, Launch
    site, Flight date with a sunrise time (never the day paid), Voucher valid until (never the day paid) in a share, a
    fare per passenger, a champagne toast or a flight certificate and weather cover in a share, GST 18% / VAT included
    (9% in the Netherlands) / sales tax, Total / Order Total / Amount Paid, Booking Reference / Booking No. in a share,
    Payment Method in a share, Booking Date in a share, Payment Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    firm = {
        "INR": "Sky Waltz Jaipur",
        "GBP": "Virgin Balloon Flights",
        "USD": "Rainbow Ryders Albuquerque",
        "EUR": "Ballonvaart Utrecht",
    }[currency]
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    status, words = _outcome(rng, 0.75)
    rows = [("title", firm), ("center", "Flight booking"), ("rule",)]
    if status and rng.random() < 0.5:
        rows.append(("big", words))
    count = rng.randint(1, 4)
    rows.append(("pair", "Lead passenger", _person(rng, currency)))
    unit = "lbs" if currency == "USD" else "kg"
    weights = [rng.randint(52, 95) if unit == "kg" else rng.randint(115, 210) for _ in range(count)]
    rows.append(("pair", f"Passengers ({count})", ", ".join(f"{w} {unit}" for w in weights)))
    site = {
        "INR": "Amer Fort meadow, Jaipur",
        "GBP": rng.choice(["Ashton Court, Bristol", "York Racecourse"]),
        "USD": "5601 Eagle Rock Ave NE, Albuquerque, NM 87113",
        "EUR": "Sportpark Maarschalkerweerd, Utrecht",
    }[currency]
    rows.append(("pair", "Launch site", site))
    when = day(rng)
    rows.append(
        (
            "pair",
            "Flight date",
            date_text(_later(when, rng, 5, 120), rng.choice(patterns))
            + rng.choice([", 05:45", ", 6:15 AM", ", sunrise"]),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            ("pair", "Voucher valid until", date_text(_later(when, rng, 300, 400), rng.choice(patterns)))
        )
    rows.append(("rule",))
    fare = price(
        rng,
        *{"INR": (14000, 19000, 500), "GBP": (129, 249, 10), "USD": (229, 329, 10), "EUR": (189, 239, 5)}[
            currency
        ],
    )
    rows.append(("pair", f"Fare {count} x {money(fare, grouping)}", money(fare * count, grouping)))
    subtotal = fare * count
    if shown(rng, 0.5):
        extra, cost = rng.choice(
            [
                ("Champagne toast", {"INR": 1500.0, "GBP": 15.0, "USD": 25.0, "EUR": 12.5}[currency]),
                ("Weather cover", {"INR": 999.0, "GBP": 19.0, "USD": 29.0, "EUR": 15.0}[currency]),
            ]
        )
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.09)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Order Total"], ["Amount Paid"])
    ref = {"INR": "SW", "GBP": "VBF", "USD": "RR", "EUR": "BU"}[currency] + digits(rng, 6)
    txn = ref if optional_pair(rng, rows, ["Booking Reference", "Booking No."], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Payment Method"], 0.2, cash=False)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", "Booking Date", _stamp(rng, when, patterns, twelve)))
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Flights depend on the weather; we will call you the evening before."))
    truth = truth_fields(firm, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(EMAIL)


# ---------------------------------------------------------------- 10 go-karting track till


def kart_till(rng: random.Random, font: str):
    """A go-karting track's till: Meco Kartopia in rupees, TeamSport Go Karting in pounds, K1 Speed in dollars, Race
    Planet in euros: Driver, Kart No, Heat with its time, laps and a best lap time in a share (never an amount or the
    id), races, a licence fee, a balaclava, a drink, GST 18% / VAT included / sales tax, TOTAL / Total, Receipt # /
    Order No in a share, Tender / Paid by in a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    track = {
        "INR": "Meco Kartopia Bengaluru",
        "GBP": "TeamSport Go Karting",
        "USD": "K1 Speed",
        "EUR": "Race Planet Amsterdam",
    }[currency]
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = "Herwijk 29, Amsterdam" if currency == "EUR" else _address(track, currency, rng)
    rows = [("title", track), ("center", place), ("rule",)]
    rows.append(("pair", "Driver", _person(rng, currency)))
    rows.append(("pair", "Kart No", str(rng.randint(2, 28))))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Heat",
                f"{rng.randint(4, 19)} @ {rng.randint(11, 21)}:{rng.choice(['00', '15', '30', '45'])}",
            )
        )
    if shown(rng, 0.5):
        rows.append(("pair", "Best lap", f"0:{rng.randint(31, 58)}.{digits(rng, 3)}"))
    rows.append(("rule",))
    unit = {"INR": 1.0, "GBP": 0.0105, "USD": 0.0135, "EUR": 0.012}[currency]
    races = [("Grand Prix 10 laps", 1300), ("Arrive & Drive 14 min", 2000), ("Junior race 8 min", 900)]
    extras = [("Licence fee", 500), ("Balaclava", 150), ("Sports drink", 120)]
    race = [rng.choice(races)]
    items = [
        (name, round(value * unit, 2) if currency != "INR" else float(value)) for name, value in race + extras
    ]
    subtotal = _lines(rng, rows, grouping, items[:1], 1)
    subtotal = round(subtotal + _lines(rng, rows, grouping, items[1:], rng.randint(0, 3)), 2)
    tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    txn, method, dated = _till_end(
        rng, rows, fmt, currency, total, patterns, twelve, ["Receipt #", "Order No"], ["Tender", "Paid by"]
    )
    rows.append(("small", "Closed-toe shoes only. Helmets are provided."))
    truth = truth_fields(track, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=460, size=18, paper=(250, 250, 250))


# ---------------------------------------------------------------- 11 houseboat and canal boat booking e-mail


def houseboat_booking(rng: random.Random, font: str):
    """A houseboat or canal boat holiday's booking e-mail: Rainbow Cruises / Lakes & Lagoons in Alleppey in rupees,
    Anglo Welsh / Drifters in pounds, Le Boat in euros: Lead guest, Boat, Check-in and Check-out (never the day paid),
    Guests, nights at a rate, meals or a fuel package or a pet fee in a share, GST 12% / VAT included (20% in France),
    Total / Total Amount / Amount Paid, a refundable security deposit due on arrival in a share (not part of the
    total), Booking Reference / Booking ID in a share, Payment Method / Paid with in a share, Booking Date / Booked on
    in a share, Payment Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "EUR"])
    firm = rng.choice(
        {
            "INR": ["Rainbow Cruises Alleppey", "Lakes & Lagoons Houseboats"],
            "GBP": ["Anglo Welsh Waterway Holidays", "Drifters Waterway Holidays"],
            "EUR": ["Le Boat Castelnaudary"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    status, words = _outcome(rng, 0.7)
    rows = [("title", firm), ("center", "Booking confirmation"), ("rule",)]
    if status and rng.random() < 0.4:
        rows.append(("big", words))
    rows.append(("pair", rng.choice(["Lead guest", "Guest name"]), _person(rng, currency)))
    boat = {
        "INR": ["Premium 2-bedroom AC houseboat", "Deluxe 3-bedroom houseboat"],
        "GBP": ["Narrowboat 'Kingfisher' (6 berth)", "Narrowboat 'Heron' (4 berth)"],
        "EUR": ["Horizon 4 (8 berth)", "Caprice (4 berth)"],
    }[currency]
    rows.append(("pair", "Boat", rng.choice(boat)))
    when = day(rng)
    start = _later(when, rng, 10, 150)
    nights = rng.choice([1, 2, 3] if currency == "INR" else [3, 4, 7])
    rows.append(
        (
            "pair",
            "Check-in",
            date_text(start, rng.choice(patterns)) + (", 12:00 noon" if currency == "INR" else ""),
        )
    )
    rows.append(("pair", "Check-out", date_text(start + dt.timedelta(days=nights), rng.choice(patterns))))
    rows.append(("pair", "Guests", f"{rng.randint(2, 6)} adults"))
    rows.append(("rule",))
    rate = price(rng, *{"INR": (9000, 18000, 500), "GBP": (160, 260, 5), "EUR": (190, 340, 5)}[currency])
    rows.append(
        (
            "pair",
            f"{nights} night{'s' if nights > 1 else ''} x {money(rate, grouping)}",
            money(rate * nights, grouping),
        )
    )
    subtotal = rate * nights
    if shown(rng, 0.5):
        extra, cost = {
            "INR": ("All meals (Kerala cuisine)", 1800.0 * nights),
            "GBP": ("Pet fee", 40.0),
            "EUR": ("Fuel package", 25.0 * nights),
        }[currency]
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.12, euro_rate=0.2)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    if shown(rng, 0.5):
        deposit = {"INR": 5000.0, "GBP": 150.0, "EUR": 400.0}[currency]
        rows.append(("pair", "Security deposit (refundable, on arrival)", money(deposit, grouping)))
    ref = {"INR": "HB", "GBP": "AW", "EUR": "LB"}[currency] + code(rng, 2, UPPER) + digits(rng, 5)
    txn = ref if optional_pair(rng, rows, ["Booking Reference", "Booking ID"], ref, 0.15) else None
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid with"], 0.2, cash=False)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("pair", rng.choice(["Booking Date", "Booked on"]), _stamp(rng, when, patterns, twelve)))
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Free cancellation up to 30 days before check-in."))
    truth = truth_fields(firm, total, currency, txn, when if dated else None, method, status)
    return rows, truth, dict(EMAIL, width=660)


# ---------------------------------------------------------------- 12 watch repair service receipt


def watch_repair(rng: random.Random, font: str):
    """A watchmaker's service receipt: Johnson Watch Co. / Kamal Watch Co. in rupees, The Watch Workshop in pounds,
    Brooklyn Watch Repair in dollars: Customer, Watch, Case No (never the id), a Job Card No only beside the receipt's
    own number (never the id), a service, a crystal, a battery, a gasket and a water test, GST 18% / VAT included /
    sales tax, Total / Amount Paid, Receipt No / Receipt # in a share, Paid by / Payment Mode in a share, Date in a
    share, Ready on (never the day paid) in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD"])
    shop = rng.choice(
        {
            "INR": ["Johnson Watch Co.", "Kamal Watch Co."],
            "GBP": ["The Watch Workshop"],
            "USD": ["Brooklyn Watch Repair"],
        }[currency]
    )
    fmt, grouping = _money_of(rng, font, currency), _grouping(currency)
    patterns, twelve = _patterns(currency)
    place = {
        "INR": "Janpath, New Delhi 110001" if "Johnson" in shop else "Colaba Causeway, Mumbai 400005",
        "USD": "63 Atlantic Ave, Brooklyn, NY 11201",
    }.get(currency) or _address(shop, currency, rng)
    rows = [("title", shop), ("center", place), ("center", "SERVICE RECEIPT"), ("rule",)]
    rows.append(("pair", "Customer", _person(rng, currency)))
    rows.append(
        (
            "pair",
            "Watch",
            rng.choice(["Seiko 5 SNK809", "Titan Edge 1595", "Omega Seamaster 300", "Casio G-Shock GA-2100"]),
        )
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Case No", digits(rng, 6)))
    ref = rng.choice(["SR", ""]) + digits(rng, rng.choice([4, 5, 6]))
    with_ref = shown(rng, 0.2)
    if with_ref and shown(rng, 0.5):
        rows.append(("pair", "Job Card No", "J" + digits(rng, 4)))
    rows.append(("rule",))
    unit = {"INR": 1.0, "GBP": 0.025, "USD": 0.03}[currency]
    base = [
        ("Full service (automatic)", 6500),
        ("Sapphire crystal", 4800),
        ("Mineral crystal", 1200),
        ("Battery replacement", 350),
        ("Case gasket", 450),
        ("Water resistance test", 500),
        ("Strap adjustment", 150),
    ]
    items = [(name, round(value * unit, 2) if currency != "INR" else float(value)) for name, value in base]
    subtotal = _lines(rng, rows, grouping, items, rng.randint(1, 3))
    tax = _tax(rng, currency, subtotal, grouping, rows)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "TOTAL"], ["Amount Paid"])
    txn = None
    if with_ref:
        rows.append(("pair", rng.choice(["Receipt No", "Receipt #"]), ref))
        txn = ref
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Mode"], 0.2, counter=True)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date", _stamp(rng, when, patterns, twelve)))
    if shown(rng, 0.5):
        rows.append(("pair", "Ready on", date_text(_later(when, rng, 3, 21), rng.choice(patterns))))
    rows.append(("small", "12 months' warranty on service. Not responsible after 90 days."))
    truth = truth_fields(shop, total, currency, txn, when if dated else None, method, None)
    return rows, truth, dict(PAPER, width=600)
