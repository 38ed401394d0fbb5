"""The twelve heldout59 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the shared value helpers of heldout14 and the page
helpers of heldout53 to heldout58 (rupees, stamps, taxes, totals, ways to pay, outcomes, people, places, staff) are
reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
Every receipt prints at most one transaction id (a document's own number, a booking's reference or a kiosk's
approval code; a kiosk, job, locker, wristband, member, charity, certificate, catalogue or PO number beside it is
never the id), at most one date of payment (the other dates are named for other events: an assignment, a walk's
days, an event, a wedding or a trial, a session, a visit, a collection, a delivery or the next sweep), and names the
party that was paid: on top, or, where a booking or pet-care app's name is on top, under the label that names the
business lower on the page. Other amounts (a rate per word, hour, walk, letter or metre, an advance's balance still
owed, cash tendered and change, a refundable deposit inside the total, a Gift Aid donation, a subtotal before VAT)
are printed beside the total as real pages print them.
"""

from __future__ import annotations

import datetime as dt
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

UNIT = {"INR": 1.0, "GBP": 0.0095, "USD": 0.012, "EUR": 0.011}


def _added_vat(
    rng: random.Random, rows: list[tuple], currency: str, subtotal: float, grouping: str, rate: float
):
    """A Subtotal and a tax added over it (GST 18% in India, VAT at ``rate`` elsewhere, US sales tax); the tax."""
    rows.append(("pair", rng.choice(["Subtotal", "Sub-total", "Net"]), money(subtotal, grouping)))
    if currency == "INR":
        tax = round(subtotal * 0.18, 2)
        rows.append(("pair", "GST 18%", money(tax, grouping)))
    elif currency == "USD":
        tax = round(subtotal * 0.0825, 2) if shown(rng, 0.5) else 0.0
        if tax:
            rows.append(("pair", "Sales Tax 8.25%", money(tax, grouping)))
    else:
        tax = round(subtotal * rate, 2)
        rows.append(("pair", f"VAT {rate * 100:g}%", money(tax, grouping)))
    return tax


def _fit(font: str, name: str, size: int, width: int) -> int:
    """The page's width, widened where a long name on top would run past the margins (it then nearly fills them)."""
    return max(width, int(load_font(font, int(size * SCALE["title"])).getlength(name)) + 84)


def _id_line(
    rng: random.Random, rows: list[tuple], labels: list[str], ref: str, p_absent: float
) -> str | None:
    return ref if optional_pair(rng, rows, labels, ref, p_absent) else None


# ---------------------------------------------------------------- 1 translation or sign-language interpreting invoice


def translation_invoice(rng: random.Random, font: str):
    """A translation or sign-language interpreting agency's invoice: Bhasha Setu / Lingua Global in rupees, Deaf
    Umbrella / The Translation People in pounds, Day Translations in dollars, Irish Translation & Sign Language
    Interpreting Services Ltd in euros (a long name): Client / Bill to, Translator / Interpreter / Linguist, Language
    pair, an assignment's or delivery's day (never the day paid), Your PO No (never the id) in a share, words at a
    rate or hours at a rate, certification or travel, Subtotal with GST / VAT added, Total / Amount Due / Amount Paid,
    Invoice No / Invoice # in a share, Paid by / Payment received via in a share, Invoice Date / Date in a share; no
    outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    firm = rng.choice(
        {
            "INR": ["Bhasha Setu Translation Services", "Lingua Global Translations Pvt Ltd"],
            "GBP": ["Deaf Umbrella BSL Interpreting", "The Translation People"],
            "USD": ["Day Translations, Inc."],
            "EUR": ["Irish Translation & Sign Language Interpreting Services Ltd"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    signing = "BSL" in firm or "Sign" in firm or (currency != "INR" and shown(rng, 0.6))
    rows = [
        ("title", firm),
        ("center", _place(currency, rng)),
        ("center", "TAX INVOICE" if currency == "INR" else rng.choice(["INVOICE", "Invoice"])),
        ("rule",),
    ]
    client = rng.choice(
        {
            "INR": ["Apollo Hospitals, Greams Road", _person(rng, currency), "Infosys BPM Ltd"],
            "GBP": ["Leeds City Council", _person(rng, currency), "Pinsent Masons LLP"],
            "USD": ["Travis County Court", _person(rng, currency), "Dell Medical School"],
            "EUR": ["HSE Dublin North", _person(rng, currency), "Arthur Cox LLP"],
        }[currency]
    )
    rows.append(("pair", rng.choice(["Client", "Bill to", "Customer"]), client))
    if shown(rng, 0.5):
        rows.append(
            ("pair", rng.choice(["Your PO No", "Client ref", "Purchase order"]), "PO-" + digits(rng, 6))
        )
    when = day(rng)
    if signing:
        rows.append(("pair", "Interpreter", _staff(rng, currency)))
        pair = {"GBP": "BSL <> English", "USD": "ASL <> English", "EUR": "ISL <> English"}.get(
            currency, "ISL <> Hindi"
        )
        rows.append(("pair", "Language", pair))
        rows.append(
            (
                "pair",
                rng.choice(["Assignment", "Session date"]),
                date_text(_earlier(when, rng, 1, 20), rng.choice(patterns)),
            )
        )
    else:
        rows.append(("pair", rng.choice(["Translator", "Linguist"]), _staff(rng, currency)))
        rows.append(
            (
                "pair",
                "Language pair",
                rng.choice(["Hindi > English", "Tamil > English", "English > German", "Marathi > English"]),
            )
        )
        rows.append(("pair", "Delivered on", date_text(_earlier(when, rng, 0, 10), rng.choice(patterns))))
    rows.append(("rule",))
    if signing:
        hours = rng.choice([2, 3, 4, 6])
        rate = price(
            rng,
            *{"INR": (900, 1500, 50), "GBP": (45, 60, 1), "USD": (65, 95, 5), "EUR": (55, 75, 5)}[currency],
        )
        rows.append(
            ("pair", f"Interpreting {hours} hrs @ {money(rate, grouping)}", money(rate * hours, grouping))
        )
        subtotal = rate * hours
        if shown(rng, 0.5):
            travel = {"INR": 450.0, "GBP": 28.5, "USD": 40.0, "EUR": 32.0}[currency]
            rows.append(("pair", "Travel time & mileage", money(travel, grouping)))
            subtotal += travel
    else:
        words = rng.randint(4, 60) * 50
        per = {"INR": 1.6, "GBP": 0.11, "USD": 0.14, "EUR": 0.12}[currency]
        rows.append(
            ("pair", f"Translation {words:,} words @ {per:.2f}", money(round(words * per, 2), grouping))
        )
        subtotal = round(words * per, 2)
        if shown(rng, 0.6):
            cert = {"INR": 500.0, "GBP": 25.0, "USD": 30.0, "EUR": 30.0}[currency]
            rows.append(
                ("pair", rng.choice(["Certification & stamp", "Certified copy"]), money(cert, grouping))
            )
            subtotal += cert
    subtotal = round(subtotal, 2)
    tax = _added_vat(rng, rows, currency, subtotal, grouping, 0.2 if currency == "GBP" else 0.23)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Amount Due"], ["Amount Paid"])
    ref = rng.choice(["INV-", "TR", ""]) + digits(rng, rng.choice([4, 5, 6]))
    txn = _id_line(rng, rows, ["Invoice No", "Invoice #", "Invoice Number"], ref, 0.2)
    method = _method(rng, rows, currency, None, ["Paid by", "Payment received via"], 0.25, cash=False)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Invoice Date", "Date"], 0.2)
    rows.append(("small", "Thank you. Interpreters' notes are destroyed after 30 days."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, firm, 19, rng.choice([620, 660])), size=19)


# ---------------------------------------------------------------- 2 dog-walking app receipt


def dog_walk_app(rng: random.Random, font: str):
    """A dog-walking booking receipt; in a share a pet-care app's name on top (Petsfolio, Rover, Wag!) and the
    walking business lower under Walking service / Provided by / Care provider; else the business's own e-mail:
    Doggo Walkers Indiranagar / Pawfect Strolls Bandra in rupees, Bark & Stroll Dog Walkers in pounds, Happy Tails
    Dog Walking Co. in dollars, Wag & Wander Pet Care Dublin in euros: Walker (staff), Owner, Dog and its breed and
    weight, the walks' days (never the day paid), walks at a rate, a service fee and a US tip in a share, GST 18%,
    Total / Total charged / Amount Paid, Booking ID / Order ID in a share, Payment Method / Paid with in a share,
    Payment Date / Booked on in a share, Payment Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    walker_firm = rng.choice(
        {
            "INR": ["Doggo Walkers Indiranagar", "Pawfect Strolls Bandra"],
            "GBP": ["Bark & Stroll Dog Walkers"],
            "USD": ["Happy Tails Dog Walking Co."],
            "EUR": ["Wag & Wander Pet Care Dublin"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    app = (
        rng.choice(
            {"INR": ["Petsfolio"], "GBP": ["Rover"], "USD": ["Rover", "Wag!"], "EUR": ["Rover"]}[currency]
        )
        if shown(rng, 0.4)
        else None
    )
    status, words = _outcome(rng, 0.6)
    if app:
        rows = [
            ("title", app),
            ("center", rng.choice(["Payment receipt", "Your booking", "Receipt"])),
            ("rule",),
        ]
        rows.append(("pair", rng.choice(["Walking service", "Provided by", "Care provider"]), walker_firm))
    else:
        rows = [
            ("title", walker_firm),
            ("center", rng.choice(["Booking receipt", "Walk package receipt"])),
            ("rule",),
        ]
    if status and shown(rng, 0.5):
        rows.append(("big", words))
    rows.append(("pair", rng.choice(["Walker", "Your walker", "Assigned walker"]), _staff(rng, currency)))
    rows.append(("pair", rng.choice(["Owner", "Pet parent", "Booked by"]), _person(rng, currency)))
    dog = rng.choice(["Bruno", "Coco", "Maple", "Simba", "Biscuit", "Luna"])
    breed = rng.choice(["Labrador, 28 kg", "Beagle, 11 kg", "Indie, 17 kg", "Cockapoo, 9 kg", "Husky, 23 kg"])
    rows.append(("pair", "Dog", f"{dog} ({breed})"))
    when = day(rng)
    first = _later(when, rng, 1, 10)
    walks = rng.choice([5, 10, 12, 20])
    walk_pattern = rng.choice(patterns)
    rows.append(
        (
            "pair",
            rng.choice(["Walk dates", "Service period"]),
            f"{date_text(first, walk_pattern)} - {date_text(first + dt.timedelta(days=walks + 2), walk_pattern)}",
        )
    )
    rows.append(("pair", "Slot", rng.choice(["7:00 AM, 30 min", "18:00, 45 min", "12:30 PM, 60 min"])))
    rows.append(("rule",))
    rate = price(
        rng, *{"INR": (180, 350, 10), "GBP": (12, 18, 0.5), "USD": (20, 30, 1), "EUR": (14, 20, 1)}[currency]
    )
    rows.append(("pair", f"{walks} walks x {money(rate, grouping)}", money(rate * walks, grouping)))
    subtotal = rate * walks
    if app and shown(rng, 0.6):
        fee = round(subtotal * 0.07, 2)
        rows.append(("pair", "Service fee", money(fee, grouping)))
        subtotal += fee
    if currency == "USD" and shown(rng, 0.5):
        tip = round(subtotal * rng.choice([0.1, 0.15]), 2)
        rows.append(("pair", "Tip for walker", money(tip, grouping)))
        subtotal += tip
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows) if currency == "INR" else 0.0
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, status, ["Total", "Total charged"], ["Amount Paid"])
    ref = (code(rng, 2, UPPER) if app else "BK") + digits(rng, rng.choice([6, 7, 8]))
    txn = _id_line(rng, rows, ["Booking ID", "Order ID"], ref, 0.2)
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid with"], 0.2, cash=False)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Payment Date", "Booked on"], 0.25)
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Meet & greet is free. Cancel 24 hours before a walk for a full refund."))
    truth = truth_fields(walker_firm, total, currency, txn, dated, method, status)
    return rows, truth, dict(SCREEN) if app and shown(rng, 0.5) else dict(EMAIL, width=640)


# ---------------------------------------------------------------- 3 photo-printing kiosk slip


def photo_kiosk(rng: random.Random, font: str):
    """A self-service photo-printing kiosk's slip: Printo Self-Service Kiosk in rupees, Photo-Me in pounds, Snapbox
    Photo Kiosks in dollars, Photomaton in euros (France), its host store under Site / Location (a place, never the
    payee), a kiosk number (never the id), prints by size at a rate, a photo book or ID photos in a share, GST 18% /
    VAT included / sales tax, TOTAL / AMOUNT, one of Receipt No / Trans No / Auth Code in a share, Card / UPI QR
    under Payment / Paid by in a share, Date in a share, APPROVED / DECLINED in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    operator = {
        "INR": "Printo Self-Service Kiosk",
        "GBP": "Photo-Me",
        "USD": "Snapbox Photo Kiosks",
        "EUR": "Photomaton",
    }[currency]
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    site = rng.choice(
        {
            "INR": ["Phoenix Marketcity, Whitefield", "Reliance Smart, Andheri East"],
            "GBP": ["Tesco Extra Cheshunt", "Sainsbury's Clapham Junction"],
            "USD": ["Walmart Supercenter #2271, Round Rock TX", "Target T-1094 Chicago"],
            "EUR": ["Carrefour Montreuil", "Gare de Lyon, Hall 2"],
        }[currency]
    )
    roll = rng.random()
    status = None if roll < 0.6 else ("success" if roll < 0.8 else "failed")
    rows = [
        ("title", operator),
        ("center", rng.choice(["PRINT ORDER", "CUSTOMER COPY", "RECEIPT"])),
        ("rule",),
    ]
    rows.append(("pair", rng.choice(["Site", "Location"]), site))
    rows.append(
        ("pair", rng.choice(["Kiosk", "Kiosk ID", "Machine"]), code(rng, 2, UPPER) + "-" + digits(rng, 5))
    )
    rows.append(("rule",))
    sizes = {
        "INR": [("4x6 gloss", 12), ("5x7 matte", 25), ("8x10 print", 60), ("Wallet size", 8)],
        "GBP": [("6x4 gloss", 0.35), ("7x5 lustre", 0.75), ("8x6 print", 1.5), ("Square 5x5", 0.6)],
        "USD": [("4x6 gloss", 0.39), ("5x7 print", 1.49), ("8x10 print", 3.99), ("Wallet x4", 1.29)],
        "EUR": [("10x15 brillant", 0.39), ("13x18 mat", 0.89), ("20x30 poster", 3.5), ("Carré 10x10", 0.49)],
    }[currency]
    subtotal = 0.0
    for name, unit in rng.sample(sizes, rng.randint(1, 3)):
        qty = rng.choice([4, 6, 10, 12, 24, 36])
        rows.append(
            ("pair", f"{name} {qty} @ {money(unit, grouping)}", money(round(unit * qty, 2), grouping))
        )
        subtotal += round(unit * qty, 2)
    if shown(rng, 0.7):
        extra, cost = rng.choice(
            {
                "INR": [("Photo book 20 pg", 699.0), ("Passport photos x8", 150.0)],
                "GBP": [("Photo book A5", 14.99), ("ID photos x4", 7.0)],
                "USD": [("Photo book 8x8", 19.99), ("Passport photos x2", 16.99)],
                "EUR": [("Livre photo A5", 17.9), ("Photos d'identité x4", 7.0)],
            }[currency]
        )
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.2)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    labels = ["TOTAL", "AMOUNT"] if status in ("failed",) else ["TOTAL", "AMOUNT", "Amount Paid"]
    rows.append(("pair", rng.choice(labels), fmt(total)))
    kind = rng.choice(["receipt", "trans", "auth", None])
    txn = None
    if kind == "receipt":
        txn = _id_line(rng, rows, ["Receipt No", "Receipt #"], digits(rng, 6), 0.0)
    elif kind == "trans":
        txn = _id_line(rng, rows, ["Trans No", "Transaction ID"], code(rng, 2, UPPER) + digits(rng, 8), 0.0)
    elif kind == "auth" and status != "failed":
        txn = _id_line(rng, rows, ["Auth Code", "Approval Code"], code(rng, 6, UPPER + "0123456789"), 0.0)
    if currency == "INR" and shown(rng, 0.5):
        pay, method = "UPI QR", "UPI"
    else:
        pay, method = rng.choice(
            [(f"VISA **** {digits(rng, 4)}", "card"), ("Contactless card", "card"), ("Apple Pay", "wallet")]
        )
    method = method if optional_pair(rng, rows, ["Payment", "Paid by"], pay, 0.2) else None
    when = day(rng)
    dated = None
    if shown(rng, 0.15):
        rows.append(
            (
                "pair",
                "Date",
                date_text(when, rng.choice(patterns)) + " " + rng.choice(["10:42", "16:05", "19:31"]),
            )
        )
        dated = when
    if status:
        rows.append(("big", "APPROVED" if status == "success" else "DECLINED"))
    rows.append(("small", "Collect prints from the tray. Keep this slip."))
    truth = truth_fields(operator, total, currency, txn, dated, method, status)
    return rows, truth, dict(PAPER, width=rng.choice([440, 480]), size=17, paper=(250, 250, 250))


# ---------------------------------------------------------------- 4 community hall hire invoice


def hall_hire(rng: random.Random, font: str):
    """A community or church hall's hire invoice: Karnataka Sangha Community Hall / Rotary Community Hall Jayanagar
    in rupees, St Barnabas Church Hall & Community Centre Trust (a long name) / Kingsbury Village Hall in pounds,
    Lakeview Park Community Center in dollars, Ranelagh Community Centre in euros: Hirer, Organisation, Event and its
    day and hours (never the day paid), Bookings secretary / Caretaker / Hall manager (staff), a registered charity
    number (never the id) in a share, hours at a rate, kitchen or stage, a refundable damage deposit inside the total,
    Total / Total Paid / Amount Received, Invoice No / Booking No in a share, Payment Method / Paid by in a share,
    Date / Date paid in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "GBP", "USD", "EUR"])
    hall = rng.choice(
        {
            "INR": ["Karnataka Sangha Community Hall", "Rotary Community Hall Jayanagar"],
            "GBP": ["St Barnabas Church Hall & Community Centre Trust", "Kingsbury Village Hall"],
            "USD": ["Lakeview Park Community Center"],
            "EUR": ["Ranelagh Community Centre"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    rows = [
        ("title", hall),
        ("center", _place(currency, rng)),
        ("center", rng.choice(["HIRE INVOICE", "Hall Hire Receipt"])),
    ]
    if currency == "GBP" and shown(rng, 0.6):
        rows.append(("small", f"Registered charity no. {digits(rng, 7)}"))
    rows.append(("rule",))
    rows.append(("pair", "Hirer", _person(rng, currency)))
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                rng.choice(["Organisation", "On behalf of"]),
                rng.choice(
                    [
                        "Natya Bharathi Dance Academy",
                        "Little Acorns Toddler Group",
                        "Sunday Chess Circle",
                        "WI Lakeside",
                    ]
                ),
            )
        )
    rows.append(
        (
            "pair",
            "Event",
            rng.choice(["Birthday party", "Dance recital", "Wedding reception", "Yoga class", "AGM"]),
        )
    )
    when = day(rng)
    event = _later(when, rng, 5, 90)
    start = rng.choice([9, 10, 14, 17, 18])
    hours = rng.choice([2, 3, 4, 5])
    rows.append(
        ("pair", "Event date", date_text(event, rng.choice(patterns)) + f", {start}:00-{start + hours}:00")
    )
    rows.append(
        ("pair", rng.choice(["Bookings secretary", "Caretaker", "Hall manager"]), _staff(rng, currency))
    )
    rows.append(("rule",))
    rate = price(
        rng, *{"INR": (800, 2500, 100), "GBP": (18, 35, 1), "USD": (45, 85, 5), "EUR": (30, 50, 5)}[currency]
    )
    room = rng.choice(["Main hall", "Small hall", "Upper hall"])
    rows.append(("pair", f"{room} {hours} hrs @ {money(rate, grouping)}", money(rate * hours, grouping)))
    subtotal = rate * hours
    for extra, cost in rng.sample(
        [("Kitchen use", 0.6), ("Stage & PA", 1.2), ("Extra cleaning", 0.8)], rng.randint(0, 2)
    ):
        cost = round(rate * cost, 2)
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    if currency == "INR":
        subtotal = round(subtotal, 2)
        tax = round(subtotal * 0.18, 2)
        rows.append(("pair", "GST 18%", money(tax, grouping)))
        subtotal += tax
    if shown(rng, 0.5):
        deposit = {"INR": 5000.0, "GBP": 100.0, "USD": 150.0, "EUR": 100.0}[currency]
        rows.append(
            (
                "pair",
                rng.choice(["Damage deposit (refundable)", "Refundable deposit"]),
                money(deposit, grouping),
            )
        )
        subtotal += deposit
    total = round(subtotal, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "TOTAL"], ["Total Paid", "Amount Received"])
    ref = rng.choice(["H", "HB-", ""]) + digits(rng, rng.choice([3, 4, 5]))
    txn = _id_line(rng, rows, ["Invoice No", "Booking No", "Invoice #"], ref, 0.2)
    method = _method(rng, rows, currency, None, ["Payment Method", "Paid by"], 0.25, counter=False)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "Date paid"], 0.2)
    if shown(rng, 0.5):
        rows.append(("pair", "Keys from", date_text(event, rng.choice(patterns)) + f", {start - 1}:30"))
    rows.append(("small", "Deposit returned within 14 days if the hall is left clean and undamaged."))
    truth = truth_fields(hall, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, hall, 19, 660), size=19)


# ---------------------------------------------------------------- 5 bridal makeup artist's advance receipt


def bridal_makeup(rng: random.Random, font: str):
    """A bridal makeup artist's advance or deposit receipt: Glam by Ritika Bridal Studio / Kavya's Bridal Artistry
    & Hair Studio in rupees (lakh amounts), Blush & Bloom Bridal Hair and Makeup in pounds, Glow Bridal Beauty Co. in
    dollars, Ciara Walsh Bridal Makeup Artistry in euros: Bride, Mother of the bride or bridesmaids in a share, Wedding
    date and a trial date (never the day paid), Venue, Package and its price, the advance or deposit paid (the
    amount), the balance still owed on the day, Receipt No / Receipt # in a share, Payment Mode / Paid by in a share,
    Date in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "INR", "GBP", "USD", "EUR"])
    artist = rng.choice(
        {
            "INR": ["Glam by Ritika Bridal Studio", "Kavya's Bridal Artistry & Hair Studio"],
            "GBP": ["Blush & Bloom Bridal Hair and Makeup"],
            "USD": ["Glow Bridal Beauty Co."],
            "EUR": ["Ciara Walsh Bridal Makeup Artistry"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    rows = [("title", artist), ("center", _place(currency, rng))]
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("center", "Mob. " + phone(rng)))
    rows += [("center", rng.choice(["ADVANCE RECEIPT", "Booking Deposit Receipt", "Receipt"])), ("rule",)]
    rows.append(("pair", rng.choice(["Bride", "Client", "Bride's name"]), _person(rng, currency)))
    if shown(rng, 0.5):
        rows.append(
            ("pair", rng.choice(["Mother of the bride", "Booked by", "Contact"]), _other(rng, currency))
        )
    when = day(rng)
    wedding = _later(when, rng, 30, 300)
    rows.append(
        ("pair", rng.choice(["Wedding date", "Event date"]), date_text(wedding, rng.choice(patterns)))
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Trial", date_text(_later(when, rng, 7, 25), rng.choice(patterns))))
    rows.append(
        (
            "pair",
            "Venue",
            {
                "INR": rng.choice(
                    ["ITC Gardenia, Bengaluru", "The Leela Palace, Udaipur", "Shubh Mangal Lawns, Pune"]
                ),
                "GBP": "Hedsor House, Taplow",
                "USD": "The Driskill, Austin TX",
                "EUR": "Ballymagarvey Village, Co. Meath",
            }[currency],
        )
    )
    rows.append(("rule",))
    package = rng.choice(
        [
            "Bridal HD makeup + hair + draping",
            "Airbrush bridal + 2 guests",
            "Bridal makeup, trial & touch-up kit",
        ]
    )
    rows.append(("pair", "Package", package))
    full = price(
        rng,
        *{"INR": (35000, 185000, 1000), "GBP": (450, 950, 25), "USD": (650, 1400, 50), "EUR": (500, 900, 25)}[
            currency
        ],
    )
    if shown(rng, 0.5):
        guests = rng.randint(1, 4)
        each = round(full * 0.12, 0)
        rows.append(("pair", f"Bridesmaids / family x{guests}", money(each * guests, grouping)))
        full += each * guests
    full = round(full, 2)
    rows.append(
        (
            "pair",
            rng.choice(["Package total", "Total package price", "Total booking value"]),
            money(full, grouping),
        )
    )
    advance = round(full * rng.choice([0.25, 0.3, 0.5]), 0 if currency == "INR" else 2)
    label = rng.choice(
        {
            "INR": ["Advance received", "Advance Paid", "Booking amount received", "Amount Paid"],
            "GBP": ["Deposit paid", "Booking deposit received", "Amount Paid"],
            "USD": ["Retainer paid", "Deposit received", "Amount Paid"],
            "EUR": ["Deposit paid", "Booking deposit", "Amount Paid"],
        }[currency]
    )
    rows.append(("pair", label, fmt(advance)))
    rows.append(
        (
            "pair",
            rng.choice(["Balance on wedding day", "Remaining (pay on the day)", "Still to pay"]),
            money(round(full - advance, 2), grouping),
        )
    )
    ref = rng.choice(["", "GR-", "B"]) + digits(rng, rng.choice([3, 4]))
    txn = _id_line(rng, rows, ["Receipt No", "Receipt #"], ref, 0.25)
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.25, counter=True)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    rows.append(("small", "Advance is non-refundable; the date is held on receipt of it."))
    truth = truth_fields(artist, advance, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, artist, 19, 620), size=19, paper=(255, 248, 246))


# ---------------------------------------------------------------- 6 sauna or hammam entry till


def hammam_till(rng: random.Random, font: str):
    """A sauna's or hammam's entry till receipt: Jiva Steam & Hammam Koramangala in rupees, Porchester Spa in pounds,
    Russian & Turkish Baths in dollars, Allas Sea Pool Helsinki in euros (dotted dates, decimal commas): entries per
    adult and session times, towel and robe hire, a scrub or massage in a share, a wristband or locker number (never
    the id), GST 18% / VAT included / sales tax, TOTAL / Total / Amount Paid, cash tendered and change in a share,
    Bill No / Receipt No / Trans in a share, Cashier, Paid by / Tender in a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    spa = {
        "INR": "Jiva Steam & Hammam Koramangala",
        "GBP": "Porchester Spa",
        "USD": "Russian & Turkish Baths",
        "EUR": "Allas Sea Pool Helsinki",
    }[currency]
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    place = {
        "INR": "5th Block, Koramangala, Bengaluru 560095",
        "GBP": "225 Queensway, London W2 5HS",
        "USD": "268 E 10th St, New York, NY 10009",
        "EUR": "Katajanokanlaituri 2, 00160 Helsinki",
    }[currency]
    rows = [("title", spa), ("center", place), ("rule",)]
    entries = rng.randint(1, 3)
    base = {"INR": (900, 1800, 50), "GBP": (26, 34, 0.5), "USD": (58, 62, 1), "EUR": (18, 22, 1)}[currency]
    adult = price(rng, *base)
    rows.append(
        ("pair", f"{entries} x Entry 3 hr @ {money(adult, grouping)}", money(adult * entries, grouping))
    )
    subtotal = adult * entries
    extras = _scaled(
        [
            ("Towel & robe hire", 250),
            ("Kese scrub 20 min", 1400),
            ("Platza oak-leaf", 2600),
            ("Locker padlock", 120),
        ],
        currency,
        UNIT,
    )
    subtotal += _lines(rng, rows, grouping, extras, rng.randint(0, 2))
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.1)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["TOTAL", "Total"], ["Amount Paid"])
    method = _method(rng, rows, currency, None, ["Paid by", "Tender"], 0.2, counter=True)
    _cash_change(rng, rows, grouping, method, total)
    rows.append(("rule",))
    if shown(rng, 0.6):
        rows.append(("pair", rng.choice(["Wristband", "Locker", "Key No"]), digits(rng, 3)))
    start = rng.choice(["10:00", "13:30", "16:00", "19:00"])
    rows.append(("pair", "Session", f"{start} - {int(start[:2]) + 3}:{start[3:]}"))
    rows.append(("pair", "Cashier", _staff(rng, currency).split()[0]))
    ref = digits(rng, rng.choice([4, 5, 6]))
    txn = _id_line(rng, rows, ["Bill No", "Receipt No", "Trans"], ref, 0.2)
    when = day(rng)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    rows.append(("small", "Drink water between rounds."))
    truth = truth_fields(spa, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=500, size=18, paper=(253, 253, 248))


# ---------------------------------------------------------------- 7 model-railway or hobby shop till


def hobby_till(rng: random.Random, font: str):
    """A model-railway or hobby shop's till receipt: Hobby Ideas / Toy Junction Model Trains in rupees, Hattons Model
    Railways / Rails of Sheffield in pounds, Trainland in dollars, Modellbahnshop Lippe in euros: items with
    catalogue numbers (never the id), a loyalty card and its points in a share, a member discount in a share, GST
    18% / VAT included / sales tax, TOTAL / Total / Amount Paid, cash tendered and change in a share, Receipt No /
    Txn No / Bill No in a share, Staff, Paid by / Payment in a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "GBP", "GBP", "USD", "EUR"])
    shop = rng.choice(
        {
            "INR": ["Hobby Ideas", "Toy Junction Model Trains"],
            "GBP": ["Hattons Model Railways", "Rails of Sheffield"],
            "USD": ["Trainland"],
            "EUR": ["Modellbahnshop Lippe"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    place = {
        "INR": "Linking Road, Bandra West, Mumbai" if shop == "Hobby Ideas" else "Sadar Bazaar, Delhi 110006",
        "USD": "293 Sunrise Hwy, Lynbrook, NY 11563",
        "EUR": "Bielefelder Str. 34, 32758 Detmold",
    }.get(currency) or _place(currency, rng)
    rows = [("title", shop), ("center", place)]
    if currency in ("GBP", "EUR") and shown(rng, 0.5):
        rows.append(("center", ("VAT Reg " if currency == "GBP" else "USt-IdNr. DE") + digits(rng, 9)))
    rows.append(("rule",))
    items = [
        ("Hornby R3960 Class 66", 14500),
        ("Peco SL-100 track", 1050),
        ("Bachmann 38-150 wagon", 3200),
        ("Airfix A55200 starter set", 2900),
        ("Humbrol enamel x3", 540),
        ("Faller 130245 station kit", 4300),
        ("Woodland T44 trees", 1300),
    ]
    subtotal = _lines(rng, rows, grouping, _scaled(items, currency, UNIT), rng.randint(2, 4))
    if shown(rng, 0.3):
        off = round(subtotal * 0.1, 2)
        rows.append(("pair", "Club member 10% off", "-" + money(off, grouping)))
        subtotal = round(subtotal - off, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.19)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["TOTAL", "Total"], ["Amount Paid"])
    method = _method(rng, rows, currency, None, ["Paid by", "Payment"], 0.2, counter=True)
    _cash_change(rng, rows, grouping, method, total)
    if shown(rng, 0.4):
        rows.append(("pair", "Loyalty card", "**** " + digits(rng, 4)))
        rows.append(("pair", "Points earned", str(int(total // (10 if currency == "INR" else 1)))))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Staff", "Served by"]), _staff(rng, currency).split()[0]))
    ref = digits(rng, rng.choice([5, 6]))
    txn = _id_line(rng, rows, ["Receipt No", "Txn No", "Bill No"], ref, 0.2)
    when = day(rng)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    rows.append(("small", "Exchanges within 28 days with this receipt."))
    truth = truth_fields(shop, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=540, size=18, paper=(255, 255, 252))


# ---------------------------------------------------------------- 8 chimney sweep invoice


def chimney_invoice(rng: random.Random, font: str):
    """A chimney sweep's invoice, or in India a kitchen-chimney deep-cleaning service's: Sri Sai Kitchen Chimney
    Service Centre / Hi-Tech Chimney & Hob Services Authorised Service Partner in rupees, The Sweep Chimney
    Sweeping Co. in pounds, Ashbusters Chimney Service in dollars, Dublin Chimney Sweeps & Stove Services Ltd in
    euros: Customer, Property, Sweep / Technician (staff), Appliance, flues swept, a CCTV survey, a smoke test, a
    bird's nest, filters, a sweeping certificate's serial (never the id) in a share, Next sweep due (never the day
    paid) in a share, Subtotal and GST / VAT (13.5% in Ireland) added, Total / Amount Paid / Total Due, Invoice No /
    Invoice # in a share, Paid by / Payment Method in a share, Date / Invoice Date in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    firm = rng.choice(
        {
            "INR": [
                "Sri Sai Kitchen Chimney Service Centre",
                "Hi-Tech Chimney & Hob Services Authorised Service Partner",
            ],
            "GBP": ["The Sweep Chimney Sweeping Co."],
            "USD": ["Ashbusters Chimney Service"],
            "EUR": ["Dublin Chimney Sweeps & Stove Services Ltd"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    rows = [
        ("title", firm),
        ("center", _place(currency, rng)),
        ("center", rng.choice(["INVOICE", "Service Invoice"])),
        ("rule",),
    ]
    rows.append(("pair", rng.choice(["Customer", "Bill to"]), _person(rng, currency)))
    rows.append(
        (
            "pair",
            rng.choice(["Property", "Site address"]),
            {
                "INR": "B-1104, Prestige Shantiniketan, Whitefield",
                "GBP": "The Old Rectory, Church Lane, Ripley",
                "USD": "1824 W Cortland St, Chicago, IL 60622",
                "EUR": "12 Leinster Road, Rathmines, Dublin 6",
            }[currency],
        )
    )
    rows.append(("pair", rng.choice(["Sweep", "Technician", "Engineer"]), _staff(rng, currency)))
    appliance = (
        rng.choice(["Elica 90 cm baffle filter chimney", "Faber 60 cm auto-clean hood"])
        if currency == "INR"
        else rng.choice(["Open fire", "Wood burning stove", "Multi-fuel stove", "Inglenook fireplace"])
    )
    rows.append(("pair", "Appliance", appliance))
    rows.append(("rule",))
    jobs = (
        [
            ("Deep cleaning (dismantle & wash)", 1200),
            ("Filter replacement", 950),
            ("Motor servicing", 800),
            ("Duct cleaning per metre x3", 600),
        ]
        if currency == "INR"
        else [
            ("Sweep flue", 8000),
            ("Second flue", 4500),
            ("CCTV flue survey", 9000),
            ("Smoke test", 4000),
            ("Bird's nest removal", 6500),
        ]
    )
    subtotal = _lines(rng, rows, grouping, _scaled(jobs, currency, UNIT), rng.randint(1, 3))
    tax = _added_vat(rng, rows, currency, subtotal, grouping, 0.2 if currency == "GBP" else 0.135)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Total Due"], ["Amount Paid"])
    ref = rng.choice(["", "SW", "INV"]) + digits(rng, rng.choice([4, 5]))
    txn = _id_line(rng, rows, ["Invoice No", "Invoice #"], ref, 0.2)
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Method"], 0.2, counter=True)
    when = day(rng)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "Invoice Date"], 0.15)
    if currency != "INR" and shown(rng, 0.6):
        rows.append(("pair", "Sweeping certificate", "S-" + digits(rng, 6)))
    if shown(rng, 0.5):
        rows.append(("pair", "Next sweep due", date_text(_later(when, rng, 180, 365), rng.choice(patterns))))
    rows.append(("small", "Keep this invoice with your home insurance papers."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, firm, 19, rng.choice([640, 680])), size=19)


# ---------------------------------------------------------------- 9 ice rink session booking


def ice_rink(rng: random.Random, font: str):
    """An ice rink's session booking e-mail or screen; in a share a ticketing app's name on top (BookMyShow,
    Fever, Eventbrite) and the rink under Venue / Rink / Organiser: Arctic Ice Rink Gurugram / iSkate Phoenix
    Marketcity in rupees, Queens Ice & Bowl in pounds, The Rink at Rockefeller Center in dollars, Jaap Eden IJsbaan
    in euros: Skaters and their names, skate sizes, the session's day and time (never the day paid), skate hire and a
    skate aid in a share, a convenience fee in a share, GST 18% / VAT included / sales tax, Total / Total Amount /
    Amount Paid, Booking ID / Order # in a share, Payment Method / Paid with in a share, Booked on / Order Date in a
    share, Payment Successful / Failed / Pending in a share."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    rink = rng.choice(
        {
            "INR": ["Arctic Ice Rink Gurugram", "iSkate Phoenix Marketcity"],
            "GBP": ["Queens Ice & Bowl"],
            "USD": ["The Rink at Rockefeller Center"],
            "EUR": ["Jaap Eden IJsbaan"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    app = (
        {"INR": "BookMyShow", "GBP": "Fever", "USD": "Eventbrite", "EUR": "Fever"}[currency]
        if shown(rng, 0.5)
        else None
    )
    status, words = _outcome(rng, 0.7)
    if app:
        rows = [("title", app), ("center", rng.choice(["Booking summary", "Your tickets"])), ("rule",)]
        rows.append(("pair", rng.choice(["Venue", "Rink", "Organiser"]), rink))
    else:
        rows = [("title", rink), ("center", rng.choice(["Session booking", "Skate tickets"])), ("rule",)]
    if status and shown(rng, 0.5):
        rows.append(("big", words))
    skaters = rng.randint(1, 4)
    rows.append(("pair", rng.choice(["Lead booker", "Name", "Booked by"]), _person(rng, currency)))
    if skaters > 1:
        rows.append(("pair", "Skaters", f"{skaters} ({_other(rng, currency).split()[0]} + {skaters - 1})"))
    if shown(rng, 0.5):
        sizes = ", ".join(str(rng.choice([4, 5, 6, 7, 8, 9, 10, 38, 41])) for _ in range(skaters))
        rows.append(("pair", "Skate sizes", sizes))
    when = day(rng)
    session = _later(when, rng, 0, 30)
    rows.append(
        (
            "pair",
            rng.choice(["Session", "Skate date"]),
            date_text(session, rng.choice(patterns)) + rng.choice([", 18:30-19:30", ", 11:00 AM", ", 20:15"]),
        )
    )
    rows.append(("rule",))
    ticket = price(
        rng, *{"INR": (500, 900, 50), "GBP": (11, 16, 0.5), "USD": (30, 58, 1), "EUR": (8, 12, 0.5)}[currency]
    )
    rows.append(
        ("pair", f"General skate {skaters} x {money(ticket, grouping)}", money(ticket * skaters, grouping))
    )
    subtotal = ticket * skaters
    if shown(rng, 0.5):
        hire = {"INR": 150.0, "GBP": 3.0, "USD": 14.0, "EUR": 4.0}[currency]
        rows.append(("pair", f"Skate hire x{skaters}", money(hire * skaters, grouping)))
        subtotal += hire * skaters
    if shown(rng, 0.3):
        aid = {"INR": 250.0, "GBP": 5.0, "USD": 10.0, "EUR": 5.0}[currency]
        rows.append(("pair", "Penguin skate aid", money(aid, grouping)))
        subtotal += aid
    if app and shown(rng, 0.6):
        fee = round(subtotal * 0.05, 2)
        rows.append(("pair", rng.choice(["Convenience fee", "Booking fee"]), money(fee, grouping)))
        subtotal += fee
    subtotal = round(subtotal, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.09)
    total = round(subtotal + tax, 2)
    _total(rng, rows, fmt, total, status, ["Total", "Total Amount"], ["Amount Paid"])
    ref = (code(rng, 4, UPPER) if app else "") + digits(rng, rng.choice([6, 7]))
    txn = _id_line(rng, rows, ["Booking ID", "Order #"], ref, 0.2)
    method = _method(rng, rows, currency, status, ["Payment Method", "Paid with"], 0.2, cash=False)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Booked on", "Order Date"], 0.25)
    if status and ("big", words) not in rows:
        rows.append(("center", words))
    rows.append(("small", "Gloves are required on the ice."))
    truth = truth_fields(rink, total, currency, txn, dated, method, status)
    return rows, truth, dict(SCREEN) if shown(rng, 0.5) else dict(EMAIL, width=640)


# ---------------------------------------------------------------- 10 aquarium admission receipt


def aquarium_desk(rng: random.Random, font: str):
    """An aquarium's admission desk receipt: VGP Marine Kingdom Chennai in rupees, SEA LIFE London Aquarium in
    pounds, Shedd Aquarium in dollars, Oceanogràfic Valencia in euros (Spain: dotted grouping): adult, child and
    senior tickets at rates, a time slot, a member number (never the id) in a share, a Gift Aid donation inside the
    total with its declarer's name in a share (UK), an audio guide or parking, GST 18% / VAT included / sales tax,
    Total / TOTAL / Amount Paid, cash tendered and change in a share, Receipt No / Transaction No in a share, Paid by /
    Payment Mode in a share, Date in a share; no outcome."""
    currency = rng.choice(["INR", "GBP", "USD", "EUR"])
    venue = {
        "INR": "VGP Marine Kingdom Chennai",
        "GBP": "SEA LIFE London Aquarium",
        "USD": "Shedd Aquarium",
        "EUR": "Oceanogràfic Valencia",
    }[currency]
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, False)
    place = {
        "INR": "ECR, Injambakkam, Chennai 600115",
        "GBP": "County Hall, Westminster Bridge Rd, London SE1",
        "USD": "1200 S DuSable Lake Shore Dr, Chicago, IL 60605",
        "EUR": "C/ d'Eduardo Primo Yúfera 1B, 46013 València",
    }[currency]
    rows = [
        ("title", venue),
        ("center", place),
        ("center", rng.choice(["ADMISSION RECEIPT", "Tickets"])),
        ("rule",),
    ]
    base = {"INR": (550, 850, 50), "GBP": (27, 34, 0.5), "USD": (40, 45, 1), "EUR": (33, 39, 0.5)}[currency]
    adult = price(rng, *base)
    subtotal = 0.0
    for name, share, high in [("Adult", 1.0, 4), ("Child", 0.7, 3), ("Senior", 0.8, 2)]:
        count = rng.randint(1, high) if name == "Adult" else rng.choice([0, 0, 1, 2])
        if count:
            each = round(adult * share, 2)
            rows.append(("pair", f"{name} {count} x {money(each, grouping)}", money(each * count, grouping)))
            subtotal += each * count
    if shown(rng, 0.5):
        extra, cost = rng.choice(
            {
                "INR": [("Parking (car)", 100.0), ("3D show", 250.0)],
                "GBP": [("Guidebook", 5.0), ("Ocean Invaders 4D", 4.0)],
                "USD": [("Parking", 25.0), ("4-D Experience", 6.95)],
                "EUR": [("Audioguía", 4.0), ("Parking", 6.0)],
            }[currency]
        )
        rows.append(("pair", extra, money(cost, grouping)))
        subtotal += cost
    subtotal = round(subtotal, 2)
    if currency == "GBP" and shown(rng, 0.6):
        gift = round(subtotal * 0.1, 2)
        rows.append(("pair", "Gift Aid donation", money(gift, grouping)))
        rows.append(("small", f"Gift Aid declared by {_person(rng, currency)}"))
        subtotal = round(subtotal + gift, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, euro_rate=0.21)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "TOTAL"], ["Amount Paid"])
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Mode"], 0.2, counter=True)
    _cash_change(rng, rows, grouping, method, total)
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(["Member No", "Membership"]), digits(rng, 8)))
    rows.append(("pair", "Entry slot", rng.choice(["10:30", "12:00", "14:30", "3:15 PM"])))
    ref = rng.choice(["", "T"]) + digits(rng, rng.choice([6, 7, 8]))
    txn = _id_line(rng, rows, ["Receipt No", "Transaction No"], ref, 0.2)
    when = day(rng)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    rows.append(("small", "Tickets valid on the day of issue only. Re-entry with hand stamp."))
    truth = truth_fields(venue, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=560, size=18)


# ---------------------------------------------------------------- 11 trophy and engraving shop invoice


def trophy_invoice(rng: random.Random, font: str):
    """A trophy and engraving shop's invoice: Jain Trophies & Gifts Chandni Chowk / Champion Sports Trophies &
    Mementos in rupees, Trophies Plus Engraving Ltd in pounds, Crown Awards in dollars, The Trophy Centre Dublin in
    euros: Customer and the club or school that ordered (never the payee) in a share, engraving lines naming award
    winners, trophies and medals at rates, letters engraved at a rate per letter, a logo set-up, GST 12% / VAT
    included / sales tax, Total / Amount Paid / Net Amount, Invoice No / Order No in a share, Payment Mode / Paid by
    in a share, Date in a share, Ready for collection (never the day paid) in a share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    shop = rng.choice(
        {
            "INR": ["Jain Trophies & Gifts Chandni Chowk", "Champion Sports Trophies & Mementos"],
            "GBP": ["Trophies Plus Engraving Ltd"],
            "USD": ["Crown Awards"],
            "EUR": ["The Trophy Centre Dublin"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    rows = [
        ("title", shop),
        ("center", _place(currency, rng)),
        ("center", rng.choice(["INVOICE", "CASH MEMO" if currency == "INR" else "Order Receipt"])),
        ("rule",),
    ]
    rows.append(("pair", "Customer", _person(rng, currency)))
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                rng.choice(["Club / School", "Ordered for", "Organisation"]),
                {
                    "INR": rng.choice(["Whitefield Cricket Academy", "DPS R.K. Puram Sports Day"]),
                    "GBP": "Ripley Tigers JFC",
                    "USD": "Austin Youth Soccer League",
                    "EUR": "St Brigid's GAA Club",
                }[currency],
            )
        )
    rows.append(("rule",))
    items = [
        ("Cup trophy 14 in", 1450),
        ("Medal 50 mm with ribbon", 120),
        ("Wooden shield", 900),
        ("Acrylic star award", 650),
    ]
    subtotal = _lines(rng, rows, grouping, _scaled(items, currency, UNIT), rng.randint(1, 3))
    letters = rng.randint(40, 260)
    per = {"INR": 2.0, "GBP": 0.12, "USD": 0.15, "EUR": 0.12}[currency]
    rows.append(
        ("pair", f"Engraving {letters} letters @ {per:.2f}", money(round(letters * per, 2), grouping))
    )
    subtotal = round(subtotal + letters * per, 2)
    if shown(rng, 0.4):
        logo = {"INR": 300.0, "GBP": 12.0, "USD": 15.0, "EUR": 12.0}[currency]
        rows.append(("pair", "Logo set-up", money(logo, grouping)))
        subtotal = round(subtotal + logo, 2)
    tax = _tax(rng, currency, subtotal, grouping, rows, india_rate=0.12, euro_rate=0.23)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Net Amount"], ["Amount Paid"])
    ref = rng.choice(["", "TP", "CA-"]) + digits(rng, rng.choice([4, 5, 6]))
    txn = _id_line(rng, rows, ["Invoice No", "Order No"], ref, 0.2)
    method = _method(rng, rows, currency, None, ["Payment Mode", "Paid by"], 0.2, counter=True)
    _cash_change(rng, rows, grouping, method, total)
    when = day(rng)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date"], 0.15)
    if shown(rng, 0.5):
        rows.append(
            ("pair", "Ready for collection", date_text(_later(when, rng, 2, 10), rng.choice(patterns)))
        )
    rows.append(("left", "Engraving:"))
    for _ in range(rng.randint(1, 3)):
        award = rng.choice(
            ["Player of the Year", "Best Bowler", "Golden Boot", "Coach's Award", "Runner-up 2025"]
        )
        rows.append(("left", f"  {award} - {_person(rng, currency)}"))
    rows.append(("small", "Please check spellings: engraving errors after approval are charged."))
    truth = truth_fields(shop, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, shop, 19, 620), size=19)


# ---------------------------------------------------------------- 12 upholstery job invoice


def upholstery_invoice(rng: random.Random, font: str):
    """An upholsterer's job invoice: Royal Sofa Repair & Upholstery Works / Kapoor Furnishing & Upholstery in rupees,
    The Upholstery Workshop Bermondsey in pounds, Austin Custom Upholstery in dollars, Galway Upholstery & Soft
    Furnishing Restoration Ltd in euros (a long name): Customer, Job card No (never the id), Upholsterer, the piece,
    fabric by the metre with its reference code, foam, labour, collection & delivery in a share, GST 18% / VAT added
    over a Subtotal / sales tax, Total / Amount Paid / Total Received, Invoice No / Invoice # in a share, Paid by /
    Payment Method in a share, Date / Invoice Date in a share, Collected on and Delivered on (never the day paid) in a
    share; no outcome."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    firm = rng.choice(
        {
            "INR": ["Royal Sofa Repair & Upholstery Works", "Kapoor Furnishing & Upholstery"],
            "GBP": ["The Upholstery Workshop Bermondsey"],
            "USD": ["Austin Custom Upholstery"],
            "EUR": ["Galway Upholstery & Soft Furnishing Restoration Ltd"],
        }[currency]
    )
    fmt, grouping, patterns, twelve = _page_money(rng, font, currency, currency == "EUR")
    rows = [
        ("title", firm),
        ("center", _place(currency, rng)),
        ("center", rng.choice(["INVOICE", "JOB INVOICE"])),
        ("rule",),
    ]
    rows.append(("pair", rng.choice(["Customer", "Client"]), _person(rng, currency)))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Job card No", "Job No"]), "JC-" + digits(rng, 4)))
    rows.append(("pair", rng.choice(["Upholsterer", "Craftsman"]), _staff(rng, currency)))
    piece = rng.choice(
        ["3-seater sofa", "Wingback armchair x2", "Dining chairs x6", "Chesterfield 2-seater", "Ottoman"]
    )
    rows.append(("pair", "Item", piece))
    rows.append(("rule",))
    metres = rng.choice([4, 6, 8, 11, 14])
    fabric_rate = price(
        rng, *{"INR": (450, 1800, 50), "GBP": (22, 65, 1), "USD": (28, 80, 1), "EUR": (25, 70, 1)}[currency]
    )
    fabric = rng.choice(["Linwood Omega velvet", "D'Decor Plush", "Harris tweed", "Sunbrella canvas"])
    rows.append(
        (
            "pair",
            f"{fabric} {metres} m @ {money(fabric_rate, grouping)}",
            money(fabric_rate * metres, grouping),
        )
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Fabric ref", code(rng, 3, UPPER) + "-" + digits(rng, 4) + "/" + digits(rng, 2)))
    subtotal = fabric_rate * metres
    work = _scaled(
        [("Labour", 9000), ("Foam replacement", 4200), ("Re-webbing & springs", 3500)], currency, UNIT
    )
    subtotal += _lines(rng, rows, grouping, work, rng.randint(1, 3))
    if shown(rng, 0.5):
        van = {"INR": 800.0, "GBP": 60.0, "USD": 75.0, "EUR": 50.0}[currency]
        rows.append(("pair", "Collection & delivery", money(van, grouping)))
        subtotal += van
    subtotal = round(subtotal, 2)
    tax = _added_vat(rng, rows, currency, subtotal, grouping, 0.2 if currency == "GBP" else 0.23)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "TOTAL"], ["Amount Paid", "Total Received"])
    ref = rng.choice(["", "UP", "INV-"]) + digits(rng, rng.choice([3, 4, 5]))
    txn = _id_line(rng, rows, ["Invoice No", "Invoice #"], ref, 0.2)
    method = _method(rng, rows, currency, None, ["Paid by", "Payment Method"], 0.2, counter=False)
    _cash_change(rng, rows, grouping, method, total)
    when = day(rng)
    dated = _date_line(rng, rows, when, patterns, twelve, ["Date", "Invoice Date"], 0.15)
    if shown(rng, 0.5):
        rows.append(("pair", "Collected on", date_text(_earlier(when, rng, 10, 40), rng.choice(patterns))))
        rows.append(("pair", "Delivered on", date_text(_earlier(when, rng, 1, 6), rng.choice(patterns))))
    rows.append(("small", "Fabric is guaranteed by its maker; workmanship for 12 months."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, firm, 19, rng.choice([640, 680])), size=19)
