"""The twelve heldout61 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the shared value helpers of heldout14 and the page
helpers of heldout53 to heldout60 (rupees, taxes, totals, item lines, people, places, staff, page widths) are
reused, and this set adds its own: a money mark chosen once per page (₹ / Rs. / INR before or after, a rupee
page in western grouping in a share, £ / GBP, $ / USD / US$, € / EUR before or after, German pages in the euro
area's grouping), one date pattern per page (two-digit years, weekdays, ISO and German dotted dates among them),
ways to pay in many wordings (GPay UPI, PhonePe UPI, Visa Debit, Chip & PIN, EC-Karte, girocard, Bar, Google Pay
and PayPal off India, Internet Banking) and outcomes in many wordings (Payment confirmed, Transaction declined,
Awaiting bank confirmation, Zahlung erfolgt, a PAID stamp). ``truth_fields`` states the fields exactly as the page
prints them (``None`` where a field is not printed). Every receipt prints at most one transaction id (a document's
own number, a booking's or an order's reference, a ticket's serial; a quote, permit, TPO, waste transfer note,
licence, member, profile, design, fabric, barcode, insurer's member or claim number beside it is never the id), at
most one date of payment (the other days are named for other events: a session, a show, a fitting, a delivery or
a collection, a next service, a next appointment, a birth, a plan's end, a cancellation deadline, a return
journey's day), and names the party that was paid: on top, or, where a ticketing or space-booking app's name is
on top, under the label that names the business lower on the page.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_render import SCALE, load_font
from bench.receipt_sets.heldout14_values import (
    clock,
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    price,
    rupee,
    shown,
    truth_fields,
)
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER, _later
from bench.receipt_sets.heldout55_families import _person, _total
from bench.receipt_sets.heldout56_families import _lines
from bench.receipt_sets.heldout58_families import _earlier, _other, _scaled, _staff
from bench.receipt_sets.heldout59_families import _added_vat
from bench.receipt_sets.heldout60_families import _tight

UNIT = {"INR": 1.0, "GBP": 0.0095, "USD": 0.012, "EUR": 0.011}

GERMAN_PEOPLE = [
    "Katrin Bauer",
    "Felix Schmid",
    "Jonas Hartmann",
    "Miriam Vogel",
    "Lukas Brandt",
    "Elif Yilmaz",
]
GERMAN_STAFF = ["Sven Krüger", "Anja Lehmann", "Tobias Wolf", "Heike Schulz"]
MORE_INDIA = [
    "Tanvi Joshi",
    "Irfan Shaikh",
    "Gurpreet Sandhu",
    "Deepa Krishnan",
    "Mohit Bansal",
    "Shruti Kamath",
]
MORE_WEST = ["Aoife Byrne", "Liam Doyle", "Sarah Whitfield", "Jake Morrison", "Priya Shah", "Connor Walsh"]

# one pattern per page; "{d}" is the day without a leading zero
DATES = {
    "INR": ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "{d} %b %Y", "%d.%m.%Y", "%d/%m/%y", "%d %B %Y", "%Y-%m-%d"],
    "GBP": ["%d/%m/%Y", "{d} %B %Y", "%d %b %Y", "%a {d} %b %Y", "%d/%m/%y", "%Y-%m-%d"],
    "USD": ["%m/%d/%Y", "%b {d}, %Y", "%B {d}, %Y", "%m/%d/%y", "%a, %b {d}, %Y", "%Y-%m-%d"],
    "IE": ["%d/%m/%Y", "{d} %B %Y", "%d %b %Y", "%d-%m-%Y"],
    "DE": ["%d.%m.%Y", "%d.%m.%y", "%Y-%m-%d"],
}


# ---------------------------------------------------------------- page helpers


def _pick(rng: random.Random, table: dict[str, list[str]]) -> tuple[str, str, bool]:
    """The page's currency, the business on top, and whether a euro page is German (else Irish)."""
    currency = rng.choice(["INR", "INR", "GBP", "USD", "EUR"])
    name = rng.choice(table[currency])
    return currency, name, currency == "EUR" and name in GERMAN_NAMES


GERMAN_NAMES = {
    "Bogensportzentrum Isartal",
    "Zeiss-Großplanetarium Berlin",
    "Noisebox Proberäume Berlin",
    "Seilbahn Koblenz",
    "Stickerei Brandt",
    "Billard-Café Queue Berlin",
    "Parship",
}


def _fmt(rng: random.Random, font: str, currency: str, german: bool):
    """A formatter of the sum paid in the page's mark, chosen once for the page, and the grouping of its figures."""
    if currency == "INR":
        grouping = "western" if rng.random() < 0.3 else "indian"
        mark = rng.choice([rupee(font), rupee(font), "Rs.", "Rs ", "INR ", " INR"])
    elif currency == "GBP":
        grouping, mark = "western", rng.choice(["£", "£", "GBP ", " GBP"])
    elif currency == "USD":
        grouping, mark = "western", rng.choice(["$", "$", "USD ", "US$"])
    elif german:
        grouping, mark = "european", rng.choice([" €", " €", "EUR ", "€ ", " EUR"])
    else:
        grouping, mark = "western", rng.choice(["€", "€", "EUR "])
    if mark.startswith(" "):
        return (lambda value: money(value, grouping) + mark), grouping
    return (lambda value: mark + money(value, grouping)), grouping


def _dates(rng: random.Random, currency: str, german: bool) -> tuple[str, bool]:
    """The page's date pattern (day first on Indian, UK, Irish and German pages, month first on US ones) and
    whether its clock is twelve-hour."""
    key = "DE" if german else ("IE" if currency == "EUR" else currency)
    twelve = currency in ("INR", "USD") and rng.random() < 0.7
    return rng.choice(DATES[key]), twelve


def _stamp(rng: random.Random, when: dt.date, pattern: str, twelve: bool, p_time: float = 0.4) -> str:
    text = date_text(when, pattern)
    return text + (" " + clock(rng, twelve) if rng.random() < p_time else "")


def _date_line(rng, rows, when, pattern, twelve, labels, p_absent) -> dt.date | None:
    """The day paid under one of ``labels`` in a share; the date, or None where not printed."""
    if not shown(rng, p_absent):
        return None
    rows.append(("pair", rng.choice(labels), _stamp(rng, when, pattern, twelve)))
    return when


def _other_day(rng, rows, labels, when, pattern, low, high, before=False, time=None) -> dt.date:
    """Another event's day (never the day paid), ``low`` to ``high`` days after (or before) ``when``; that day."""
    other = _earlier(when, rng, low, high) if before else _later(when, rng, low, high)
    text = date_text(other, pattern) + (" " + time if time else "")
    rows.append(("pair", rng.choice(labels), text))
    return other


def _who(rng: random.Random, currency: str, german: bool) -> str:
    """A customer's name of the page's country."""
    if german:
        return rng.choice(GERMAN_PEOPLE)
    return (
        _person(rng, currency)
        if rng.random() < 0.5
        else rng.choice(MORE_INDIA if currency == "INR" else MORE_WEST)
    )


def _crew(rng: random.Random, currency: str, german: bool) -> str:
    """A name on the payee's side (a coach, an engineer, a climber, a driver, a fitter)."""
    return rng.choice(GERMAN_STAFF) if german else _staff(rng, currency)


def _pay(rng: random.Random, currency: str, german: bool, counter: bool = False, online: bool = False):
    """A way to pay as printed, in many wordings, and its truth (no PayPal nor net banking at a counter; no cash,
    Chip & PIN, contactless or girocard online)."""
    pay, method = _any_pay(rng, currency, german)
    while (counter and (pay == "PayPal" or method == "netbanking")) or (
        online
        and (method == "cash" or pay in ("Chip & PIN", "Mastercard contactless", "EC-Karte", "girocard"))
    ):
        pay, method = _any_pay(rng, currency, german)
    return pay, method


def _any_pay(rng: random.Random, currency: str, german: bool) -> tuple[str, str]:
    if currency == "INR":
        return rng.choice(
            [
                ("UPI", "UPI"),
                ("GPay UPI", "UPI"),
                ("PhonePe UPI", "UPI"),
                ("BHIM UPI", "UPI"),
                ("Visa Debit XX" + digits(rng, 4), "card"),
                ("RuPay Debit Card", "card"),
                ("Credit Card", "card"),
                ("Net Banking", "netbanking"),
                ("Internet Banking", "netbanking"),
                ("Cash", "cash"),
                ("CASH", "cash"),
            ]
        )
    if german:
        return rng.choice(
            [
                ("EC-Karte", "card"),
                ("girocard", "card"),
                ("Kreditkarte", "card"),
                ("Visa **** " + digits(rng, 4), "card"),
                ("Apple Pay", "wallet"),
                ("PayPal", "wallet"),
                ("Bar", "cash"),
            ]
        )
    return rng.choice(
        [
            ("Visa Debit **** " + digits(rng, 4), "card"),
            ("Mastercard contactless", "card"),
            ("Chip & PIN", "card"),
            ("Credit Card", "card"),
            ("AMEX ending " + digits(rng, 4) if currency == "USD" else "Debit Card", "card"),
            ("Apple Pay", "wallet"),
            ("Google Pay", "wallet"),
            ("PayPal", "wallet"),
            ("Cash", "cash"),
        ]
    )


def _method(
    rng, rows, currency, german, status, labels, p_absent=0.2, cash=True, counter=False, online=False
) -> str | None:
    """A way to pay under one of ``labels`` in a share (never cash for a payment that failed or is pending, nor
    where the layout takes none; no "Paid ..." wording for those); its truth, or None where not printed."""
    if status in ("failed", "pending"):
        labels = [label for label in labels if not label.lower().startswith(("paid", "bezahlt"))] or [
            "Method"
        ]
    pay, method = _pay(rng, currency, german, counter, online)
    if method == "cash" and (status in ("failed", "pending") or not cash):
        pay, method = (
            ("UPI", "UPI") if currency == "INR" else ("Kreditkarte" if german else "Credit Card", "card")
        )
    return method if optional_pair(rng, rows, labels, pay, p_absent) else None


def _cash_change(rng, rows, grouping, method, total, german=False) -> None:
    """Cash tendered and change under a cash payment in a share (other amounts, never the total)."""
    if method == "cash" and shown(rng, 0.4):
        step = 500.0 if total > 200 else 20.0
        tendered = (int(total // step) + 1) * step
        given = ["Gegeben"] if german else ["Cash tendered", "Tendered", "Cash received"]
        rows.append(("pair", rng.choice(given), money(tendered, grouping)))
        rows.append(("pair", "Rückgeld" if german else "Change", money(round(tendered - total, 2), grouping)))


OUTCOMES = {
    "success": ["Payment Successful", "Payment confirmed", "Payment received", "Transaction approved"],
    "failed": ["Payment Failed", "Payment declined", "Transaction declined", "Payment unsuccessful"],
    "pending": ["Payment Pending", "Payment processing", "Awaiting bank confirmation"],
}
GERMAN_OUTCOMES = {
    "success": ["Zahlung erfolgreich", "Zahlung erfolgt"],
    "failed": ["Zahlung fehlgeschlagen", "Zahlung abgelehnt"],
    "pending": ["Zahlung ausstehend"],
}


def _outcome(rng: random.Random, p_shown: float, german: bool = False) -> tuple[str | None, str | None]:
    """An outcome in a share of pages (success in half, else failed or pending) in one of many wordings."""
    if not shown(rng, 1 - p_shown):
        return None, None
    roll = rng.random()
    status = "success" if roll < 0.5 else ("failed" if roll < 0.8 else "pending")
    return status, rng.choice((GERMAN_OUTCOMES if german else OUTCOMES)[status])


def _status_row(rng: random.Random, rows: list[tuple], words: str | None) -> None:
    """The outcome as a line of its own or beside a Status label."""
    if words:
        rows.append(("center", words) if rng.random() < 0.6 else ("pair", "Status", words))


def _ref(rng: random.Random, prefixes: list[str], lengths=(4, 5, 6)) -> str:
    return rng.choice(prefixes) + digits(rng, rng.choice(list(lengths)))


def _id(rng: random.Random, rows: list[tuple], labels: list[str], ref: str, p_absent: float) -> str | None:
    return ref if optional_pair(rng, rows, labels, ref, p_absent) else None


def _german_vat(rows: list[tuple], total: float, grouping: str) -> None:
    """A German till's VAT note: 19% included in the sum (never the amount)."""
    rows.append(("pair", "inkl. MwSt. 19%", money(round(total * 0.19 / 1.19, 2), grouping)))


def _vat_incl(rng: random.Random, rows, currency, total, grouping, german, india_rate=0.18) -> float:
    """A tax line: GST added in India, sales tax added in the US (the tax added), VAT included elsewhere (0)."""
    if currency == "INR":
        tax = round(total * india_rate, 2)
        if rng.random() < 0.5:
            rows.append(("pair", f"CGST @ {india_rate * 50:g}%", money(round(tax / 2, 2), grouping)))
            rows.append(("pair", f"SGST @ {india_rate * 50:g}%", money(round(tax / 2, 2), grouping)))
        else:
            rows.append(("pair", f"GST {india_rate * 100:g}%", money(tax, grouping)))
        return tax
    if currency == "USD":
        rate = rng.choice([0.0625, 0.0725, 0.0825])
        tax = round(total * rate, 2)
        rows.append(("pair", f"Sales tax {rate * 100:g}%", money(tax, grouping)))
        return tax
    if german:
        _german_vat(rows, total, grouping)
        return 0.0
    rate = 0.2 if currency == "GBP" else 0.23
    rows.append(("pair", f"incl. VAT {rate * 100:g}%", money(round(total * rate / (1 + rate), 2), grouping)))
    return 0.0


# every business's own address (US ones with a state and a ZIP), and for those that go out to work, the sites
# they work at (in the same town)
ADDRESSES = {
    "Arjuna Archery Range Whitefield": "ITPL Main Rd, Whitefield, Bengaluru 560066",
    "Target Point Archery Centre Pune": "Balewadi Stadium Rd, Pune 411045",
    "Lea Valley Archery Centre": "Stubbins Hall Ln, Waltham Abbey EN9 2EF",
    "Bullseye Archery Lanes": "5420 E Colfax Ave, Denver, CO 80220",
    "Bogensportzentrum Isartal": "Isarauen 3, 82049 Pullach",
    "Jawaharlal Nehru Planetarium Bengaluru": "Sri T. Chowdaiah Rd, High Grounds, Bengaluru 560001",
    "M.P. Birla Planetarium Kolkata": "96 Jawaharlal Nehru Rd, Kolkata 700071",
    "Peter Harrison Planetarium": "Blackheath Ave, London SE10 8XJ",
    "Adler Planetarium": "1300 S Lake Shore Dr, Chicago, IL 60605",
    "Zeiss-Großplanetarium Berlin": "Prenzlauer Allee 80, 10405 Berlin",
    "Schull Planetarium": "Colla Rd, Schull, Co. Cork",
    "Soundbox Rehearsal Studios Andheri": "Veera Desai Rd, Andheri West, Mumbai 400053",
    "Reverb Jam Pad Koramangala": "5th Block, Koramangala, Bengaluru 560095",
    "Bermondsey Rehearsal Rooms": "Druid St, London SE1 2HH",
    "Red Hook Rehearsal Space": "187 Van Brunt St, Brooklyn, NY 11231",
    "Noisebox Proberäume Berlin": "Oranienstraße 28, 10999 Berlin",
    "Liberty Lane Rehearsal Studios Dublin": "Unit 6, Liberty Lane, Dublin 8",
    "Green Canopy Tree Care Bengaluru": "HSR Layout, Bengaluru 560102",
    "Vriksha Tree Trimming Services": "Aundh, Pune 411007",
    "Oakleaf Tree Surgeons Ltd": "Unit 3, Kingsland Trading Estate, Bristol BS2 0JZ",
    "Timberline Tree Service LLC": "1450 Pearl St, Boulder, CO 80302",
    "Wicklow Tree Surgery & Arborist Services": "Rathnew Business Park, Co. Wicklow",
    "Girnar Ropeway Junagadh": "Bhavnath Taleti, Junagadh 362004",
    "Darjeeling Rangeet Valley Ropeway": "Singamari, Darjeeling 734101",
    "Heights of Abraham Cable Cars": "Dale Rd, Matlock Bath DE4 3PD",
    "Sandia Peak Tramway": "30 Tramway Rd NE, Albuquerque, NM 87122",
    "Seilbahn Koblenz": "Konrad-Adenauer-Ufer 1, 56068 Koblenz",
    "Dursey Island Cable Car": "Ballaghboy, Beara, Co. Cork",
    "Stitchwell Embroidery Works Tiruppur": "Kumar Nagar, Tiruppur 641603",
    "Kashida Monogram Studio Lucknow": "Aminabad, Lucknow 226018",
    "Stitch & Logo Co. Leicester": "Belgrave Gate, Leicester LE1 3GP",
    "Threadworks Custom Embroidery": "5420 E Colfax Ave, Denver, CO 80220",
    "Stickerei Brandt": "Lindenstraße 12, 45127 Essen",
    "Malba Clear Debris Removal Gurugram": "Sohna Rd, Gurugram 122018",
    "Sai Construction Waste Removal Pune": "Hadapsar, Pune 411028",
    "Skips4Less Leeds": "Kirkstall Rd, Leeds LS4 2QA",
    "Lone Star Roll-Off Dumpsters": "918 Congress Ave, Austin, TX 78701",
    "Dublin Skip Hire & Recycling": "Unit 4, Sandyford Business Park, Dublin 18",
    "Sri Sai Septic Tank Cleaning Services": "Wagholi, Pune 412207",
    "Om Sewage Tanker & Septic Cleaning": "Mehrauli, New Delhi 110030",
    "Greenway Cesspit & Septic Services": "Cawston Rd, Aylsham NR11 6TA",
    "Hill Country Septic Pumping": "4410 Ranch Rd 12, San Marcos, TX 78666",
    "Kerry Septic Tank Emptying": "Ballymullen, Tralee, Co. Kerry",
    "Break Point Snooker Lounge": "100 Feet Rd, Indiranagar, Bengaluru 560038",
    "Cue Masters Pool & Snooker Parlour": "FC Road, Pune 411004",
    "Frames Snooker Club Leeds": "Call Lane, Leeds LS1 6DT",
    "Corner Pocket Billiards": "2150 W Irving Park Rd, Chicago, IL 60618",
    "Billard-Café Queue Berlin": "Kastanienallee 41, 10435 Berlin",
    "Sole Care Podiatry Clinic Bandra": "Hill Road, Bandra West, Mumbai 400050",
    "FootSecure Podiatry Centre Chennai": "Greams Road, Chennai 600006",
    "Northgate Podiatry & Chiropody": "Northgate, Wakefield WF1 3AP",
    "Lakeshore Foot & Ankle Center": "1000 N Lake Shore Dr, Chicago, IL 60611",
    "Cork Podiatry & Chiropody Clinic": "18 South Mall, Cork T12 RD43",
    "Furnish Decor Curtains & Blinds Andheri": "Lokhandwala, Andheri West, Mumbai 400053",
    "Shree Balaji Blinds & Curtains": "Karol Bagh, New Delhi 110005",
    "Made2Measure Blinds Leeds": "Roundhay Rd, Leeds LS8 5AJ",
    "Austin Window Coverings": "918 Congress Ave, Austin, TX 78701",
    "Galway Blinds & Curtains": "12 Shop Street, Galway H91 X2Y4",
}
BENGALURU = ["12th Main, Indiranagar, Bengaluru", "Palm Meadows, Whitefield, Bengaluru"]
PUNE = ["Koregaon Park, Pune 411001", "Baner Road, Pune 411045", "Survey No 61, Wagholi, Pune"]
DELHI = ["Farmhouse 9, Chattarpur, New Delhi", "B-14 Vasant Vihar, New Delhi"]
GURUGRAM = ["Plot 44, Sector 57, Gurugram", "DLF Phase 3, Gurugram"]
MUMBAI = ["Flat 702, Hiranandani Gardens, Powai, Mumbai", "Juhu Tara Rd, Mumbai 400049"]
SITES = {
    "Green Canopy Tree Care Bengaluru": BENGALURU,
    "Vriksha Tree Trimming Services": PUNE,
    "Oakleaf Tree Surgeons Ltd": ["8 Clifton Park, Bristol BS8 3BP", "The Laurels, Long Ashton BS41 9DE"],
    "Timberline Tree Service LLC": [
        "2250 Mapleton Ave, Boulder, CO 80304",
        "17 Spruce Ct, Louisville, CO 80027",
    ],
    "Wicklow Tree Surgery & Arborist Services": [
        "Glenview, Greystones, Co. Wicklow",
        "Church Rd, Delgany, Co. Wicklow",
    ],
    "Malba Clear Debris Removal Gurugram": GURUGRAM,
    "Sai Construction Waste Removal Pune": PUNE,
    "Skips4Less Leeds": ["14 Chapel Allerton Rd, Leeds LS7", "3 Otley Rd, Headingley, Leeds LS6"],
    "Lone Star Roll-Off Dumpsters": ["3109 Manor Rd, Austin, TX 78723", "1204 Bouldin Ave, Austin, TX 78704"],
    "Dublin Skip Hire & Recycling": ["22 Griffith Ave, Dublin 9", "5 Sandymount Rd, Dublin 4"],
    "Sri Sai Septic Tank Cleaning Services": PUNE,
    "Om Sewage Tanker & Septic Cleaning": DELHI,
    "Greenway Cesspit & Septic Services": ["Rose Cottage, Aylsham NR11 6HB", "Old Rectory, Reepham NR10 4JJ"],
    "Hill Country Septic Pumping": [
        "14 Cypress Ln, Dripping Springs, TX 78620",
        "800 Ranch Rd 12, Wimberley, TX 78676",
    ],
    "Kerry Septic Tank Emptying": ["Ballyheigue Rd, Tralee, Co. Kerry", "Gortbrack, Killarney, Co. Kerry"],
    "Furnish Decor Curtains & Blinds Andheri": MUMBAI,
    "Shree Balaji Blinds & Curtains": DELHI,
    "Made2Measure Blinds Leeds": ["14 Chapel Allerton Rd, Leeds LS7", "9 Wetherby Rd, Roundhay, Leeds LS8"],
    "Austin Window Coverings": ["3109 Manor Rd, Austin, TX 78723", "1204 Bouldin Ave, Austin, TX 78704"],
    "Galway Blinds & Curtains": ["7 Taylor's Hill, Galway", "Knocknacarra Rd, Salthill, Galway"],
}
# labour is dearer off India than the rough exchange rate of goods (UNIT): a service's rupee price turned into the
# page's currency; a session's or a hire's
LABOUR = {"INR": 1.0, "GBP": 0.05, "USD": 0.07, "EUR": 0.055}
LEISURE = {"INR": 1.0, "GBP": 0.02, "USD": 0.03, "EUR": 0.02}
BAR = {"INR": 1.0, "GBP": 0.015, "USD": 0.02, "EUR": 0.015}


def _fit(font: str, rows: list[tuple], size: int, width: int) -> int:
    """The page's width, widened where a line under the name on top (an address, a note, a label or a value)
    would run past the margins: every word stays on the page."""
    margin = 34
    need = 0
    for row in rows:
        if row[0] in ("rule", "title"):
            continue
        face = load_font(font, int(size * SCALE.get(row[0], 1.0)))
        need = max(need, *(int(face.getlength(text)) for text in row[1:]))
    return max(width, need + 2 * margin + 4)


def _where(firm: str) -> str:
    """The business's address line under its name."""
    return ADDRESSES[firm]


def _site(rng: random.Random, firm: str) -> str:
    """A customer's site the business worked at."""
    return rng.choice(SITES[firm])


def _charges(
    rng: random.Random, rows: list[tuple], grouping: str, items: list[tuple[str, float]], k: int
) -> float:
    """``k`` service lines drawn from ``items`` (name, price), no quantities; their sum."""
    subtotal = 0.0
    for name, value in rng.sample(items, k):
        rows.append(("pair", name, money(value, grouping)))
        subtotal += value
    return round(subtotal, 2)


# ---------------------------------------------------------------- 1 archery range till


def archery_range(rng: random.Random, font: str):
    """An archery range's till: Arjuna Archery Range Whitefield / Target Point Archery Centre Pune in rupees, Lea
    Valley Archery Centre in pounds, Bullseye Archery Lanes in dollars, Bogensportzentrum Isartal in euros (a German
    till): Lane / Bahn, Archer(s), Coach / Trainer, session time, Member No / Mitglieds-Nr. (never the id), range
    time, bow hire, a taster course, target faces, GST added / sales tax added / VAT or MwSt. included, TOTAL /
    Amount / Summe / Zu zahlen, cash tendered and change, Chit No / Slip # / Check # / Bon-Nr. in a share, Tender /
    Zahlart in a share, Date / Datum in a share, Next session or membership's end (never the day paid) in a share;
    a card terminal's APPROVED / DECLINED / Zahlung erfolgt / abgelehnt in a share."""
    currency, firm, german = _pick(
        rng,
        {
            "INR": ["Arjuna Archery Range Whitefield", "Target Point Archery Centre Pune"],
            "GBP": ["Lea Valley Archery Centre"],
            "USD": ["Bullseye Archery Lanes"],
            "EUR": ["Bogensportzentrum Isartal"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern, twelve = _dates(rng, currency, german)
    when = day(rng)
    rows = [("title", firm), ("center", _where(firm))]
    rows.append(("center", "Kassenbon" if german else rng.choice(["RANGE RECEIPT", "Cash Receipt", "SALE"])))
    rows.append(("rule",))
    rows.append(("pair", "Bahn" if german else rng.choice(["Lane", "Butt", "Bay"]), str(rng.randint(1, 18))))
    archers = _who(rng, currency, german)
    if shown(rng, 0.5):
        archers += " + " + str(rng.randint(1, 3))
    rows.append(("pair", "Schütze" if german else rng.choice(["Archer", "Archers", "Shooter"]), archers))
    rows.append(
        (
            "pair",
            "Trainer" if german else rng.choice(["Coach", "Range officer"]),
            _crew(rng, currency, german),
        )
    )
    rows.append(
        ("pair", "Zeit" if german else "Session", rng.choice(["10:00-11:00", "16:30-17:30", "18:00-19:30"]))
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Mitglieds-Nr."
                if german
                else rng.choice(["Member No", "Archery GB no" if currency == "GBP" else "Member #"]),
                digits(rng, 6),
            )
        )
    rows.append(("rule",))
    items = _scaled(
        [
            ("Bahngebühr 1 Std" if german else "Range time 1 hr", 600),
            ("Bogenverleih" if german else "Bow & arrows hire", 400),
            ("Schnupperkurs" if german else "Beginner taster 90 min", 1500),
            ("Zielscheibenauflagen" if german else "Target faces (3-pack)", 150),
            ("Armschutz" if german else "Arm guard", 350),
        ],
        currency,
        LEISURE,
    )
    subtotal = _lines(rng, rows, grouping, items, rng.choice([2, 3]))
    tax = (
        _vat_incl(rng, rows, currency, subtotal, grouping, german)
        if currency != "GBP" or shown(rng, 0.5)
        else 0.0
    )
    total = round(subtotal + tax, 2)
    status, words = None, None
    if shown(rng, 0.6):
        status = "success" if rng.random() < 0.6 else "failed"
        if german:
            words = "Zahlung erfolgt" if status == "success" else "Zahlung abgelehnt"
        else:
            words = rng.choice(
                ["APPROVED", "Approved - thank you"] if status == "success" else ["DECLINED", "Card declined"]
            )
    rows.append(("rule",))
    totals = ["Summe", "Zu zahlen"] if german else ["TOTAL", "Amount"]
    _total(rng, rows, fmt, total, status, totals, [] if german else ["Amount Paid"])
    method = _method(
        rng,
        rows,
        currency,
        german,
        status,
        ["Zahlart"] if german else ["Tender", "Paid by"],
        0.2,
        cash=status is None,
        counter=True,
    )
    _cash_change(rng, rows, grouping, method, total, german)
    txn = _id(
        rng,
        rows,
        ["Bon-Nr."]
        if german
        else (["Check #", "Slip #"] if currency == "USD" else ["Chit No", "Slip No", "Receipt No"]),
        _ref(rng, ["", "A"]),
        0.25,
    )
    dated = _date_line(rng, rows, when, pattern, twelve, ["Datum"] if german else ["Date", "DATE"], 0.2)
    if words:
        rows.append(("center", words))
    if shown(rng, 0.5):
        labels = ["Nächster Termin"] if german else ["Next session", "Membership expires"]
        _other_day(rng, rows, labels, when, pattern, 7, 200)
    rows.append(
        ("small", "Vielen Dank! Alle ins Gold!" if german else "Range rules apply. Never dry-fire a bow.")
    )
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    return (
        rows,
        truth,
        dict(PAPER, width=_fit(font, rows, 20, _tight(font, firm, 20, rng.choice([480, 520]))), size=20),
    )


# ---------------------------------------------------------------- 2 planetarium show booking


def planetarium_booking(rng: random.Random, font: str):
    """A planetarium show booking e-mail or screen; in half a ticketing app's name on top (Paytm Insider in rupees,
    Tiqets elsewhere) and the planetarium under Venue / Attraction / Sold on behalf of / Veranstalter: Jawaharlal
    Nehru Planetarium Bengaluru / M.P. Birla Planetarium Kolkata in rupees, Peter Harrison Planetarium in pounds,
    Adler Planetarium in dollars, Zeiss-Großplanetarium Berlin / Schull Planetarium in euros: Show, Show time (never
    the day paid), seats, Lead visitor, a school group in a share (never the payee), adults, children and seniors at a
    rate, a convenience or booking fee, GST, Total / Order total / Amount charged / Gesamtbetrag, Confirmation code /
    Booking code / Order ref / Buchungsnummer in a share, a ticket's barcode number (never the id), Payment method /
    Paid with / Zahlungsart in a share, Booked on / Purchase date / Bestelldatum in a share, an outcome in many
    wordings in a share."""
    currency, venue, german = _pick(
        rng,
        {
            "INR": ["Jawaharlal Nehru Planetarium Bengaluru", "M.P. Birla Planetarium Kolkata"],
            "GBP": ["Peter Harrison Planetarium"],
            "USD": ["Adler Planetarium"],
            "EUR": ["Zeiss-Großplanetarium Berlin", "Schull Planetarium"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern, twelve = _dates(rng, currency, german)
    when = day(rng)
    app = ("Paytm Insider" if currency == "INR" else "Tiqets") if shown(rng, 0.5) else None
    status, words = _outcome(rng, 0.6, german and not app)
    g = german and not app
    rows = [("title", app or venue)]
    rows.append(
        ("center", "Ihre Buchung" if g else rng.choice(["Your tickets", "Booking summary", "Order details"]))
    )
    _status_row(rng, rows, words)
    rows.append(("rule",))
    if app:
        rows.append(("pair", rng.choice(["Venue", "Attraction", "Sold on behalf of"]), venue))
        rows.append(
            (
                "small",
                _where(venue),
            )
        )
    else:
        rows.append(
            (
                "center",
                _where(venue),
            )
        )
    show = rng.choice(
        [
            "Cosmic Collisions",
            "Journey to the Stars",
            "The Sky Tonight (live)",
            "Black Holes",
            "Dark Universe",
        ]
    )
    rows.append(("pair", "Show", show))
    time = rng.choice(["11:30", "13:00", "15:30", "17:00"])
    _other_day(
        rng,
        rows,
        ["Vorstellung"] if g else ["Show time", "Visit date", "Screening"],
        when,
        pattern,
        1,
        40,
        time=time,
    )
    adults, children = rng.randint(1, 4), rng.choice([0, 1, 2, 25])
    first = rng.randint(1, 12)
    seats = (
        f"{'Reihe' if g else 'Row'} {rng.choice('CDEFGH')}, {first}"
        + (f"-{first + adults + children - 1}" if adults + children > 1 else "")
        if children < 25
        else ("Block B (Gruppe)" if g else "Block B (group)")
    )
    rows.append(("pair", "Plätze" if g else "Seats", seats))
    rows.append(
        (
            "pair",
            rng.choice(["Name", "Lead visitor", "Booked by"]) if not g else "Name",
            _who(rng, currency, german),
        )
    )
    if shown(rng, 0.6):
        school = {
            "INR": ["Kendriya Vidyalaya Hebbal", "Delhi Public School Ruby Park"],
            "GBP": ["St Alfege's Primary School"],
            "USD": ["Lincoln Park High School"],
            "EUR": ["Gymnasium am Kurfürstendamm" if german else "Schull Community College"],
        }[currency]
        rows.append(("pair", rng.choice(["Group", "School"]) if not g else "Gruppe", rng.choice(school)))
    rows.append(("rule",))
    adult = {"INR": 100.0, "GBP": 10.0, "USD": 19.0, "EUR": 9.5}[currency]
    child = {"INR": 60.0, "GBP": 6.0, "USD": 12.0, "EUR": 6.0}[currency]
    subtotal = 0.0
    for label, rate, count in [
        ("Erwachsene" if g else "Adult", adult, adults),
        ("Kinder" if g else "Child", child, children),
    ]:
        if count:
            rows.append(
                ("pair", f"{count} x {label} @ {money(rate, grouping)}", money(rate * count, grouping))
            )
            subtotal += rate * count
    fee = 0.0
    if app:
        fee = round(subtotal * (0.06 if currency == "INR" else 0.04), 2)
        rows.append(("pair", rng.choice(["Convenience fee", "Booking fee"]), money(fee, grouping)))
        if currency == "INR":
            gst = round(fee * 0.18, 2)
            rows.append(("pair", "GST on fee 18%", money(gst, grouping)))
            fee = round(fee + gst, 2)
    total = round(subtotal + fee, 2)
    rows.append(("rule",))
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Gesamtbetrag"] if g else ["Total", "Order total"],
        [] if g else ["Amount charged"],
    )
    txn = _id(
        rng,
        rows,
        ["Buchungsnummer"] if g else ["Confirmation code", "Booking code", "Order ref"],
        code(rng, rng.choice([7, 8]), UPPER + "23456789"),
        0.2,
    )
    method = _method(
        rng,
        rows,
        currency,
        german,
        status,
        ["Zahlungsart"] if g else ["Payment method", "Paid with"],
        0.25,
        cash=False,
        online=True,
    )
    dated = _date_line(
        rng, rows, when, pattern, twelve, ["Bestelldatum"] if g else ["Booked on", "Purchase date"], 0.25
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Barcode", digits(rng, 13)))
    rows.append(
        ("small", "Doors close 5 minutes before the show." if not g else "Einlass bis 5 Minuten vor Beginn.")
    )
    truth = truth_fields(venue, total, currency, txn, dated, method, status)
    style = SCREEN if shown(rng, 0.5) else EMAIL
    return (
        rows,
        truth,
        dict(
            style,
            width=_fit(font, rows, style["size"], _tight(font, app or venue, style["size"], style["width"])),
        ),
    )


# ---------------------------------------------------------------- 3 rehearsal / recording studio booking


def rehearsal_studio(rng: random.Random, font: str):
    """A rehearsal or recording studio's session booking e-mail or screen; in a share a space-booking app's name on
    top (Peerspace in dollars, Tagvenue in pounds, Spacebase in euros) and the studio under Host / Space by / Provider
    / Anbieter: Soundbox Rehearsal Studios Andheri / Reverb Jam Pad Koramangala in rupees, Bermondsey Rehearsal Rooms
    in pounds, Red Hook Rehearsal Space in dollars, Noisebox Proberäume Berlin / Liberty Lane Rehearsal Studios Dublin
    in euros: Band / Artist (a band's name, never the payee), Booked by, Room, Engineer, Session (never the day
    paid), Free cancellation until (never the day paid) in a share, hours at a rate, backline and mic hire, a
    recording add-on, GST or VAT, Total / Amount charged / Gesamt, Booking # / Session ID / Reservation code in a
    share, Paid via / Payment in a share, Booked / Transaction date in a share, an outcome in many wordings in a
    share."""
    currency, studio, german = _pick(
        rng,
        {
            "INR": ["Soundbox Rehearsal Studios Andheri", "Reverb Jam Pad Koramangala"],
            "GBP": ["Bermondsey Rehearsal Rooms"],
            "USD": ["Red Hook Rehearsal Space"],
            "EUR": ["Noisebox Proberäume Berlin", "Liberty Lane Rehearsal Studios Dublin"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern, twelve = _dates(rng, currency, german)
    when = day(rng)
    app = (
        {"USD": "Peerspace", "GBP": "Tagvenue", "EUR": "Spacebase"}.get(currency) if shown(rng, 0.5) else None
    )
    status, words = _outcome(rng, 0.6)
    rows = [
        ("title", app or studio),
        ("center", rng.choice(["Booking receipt", "Session booked", "Your reservation"])),
    ]
    _status_row(rng, rows, words)
    rows.append(("rule",))
    if app:
        rows.append(("pair", rng.choice(["Host", "Space by", "Anbieter" if german else "Provider"]), studio))
    else:
        rows.append(("center", _where(studio)))
    band = rng.choice(
        {
            "INR": ["The Monsoon Drifters", "Kaagaz Ki Kashti", "Third Floor Dhol Co."],
            "GBP": ["The Tuesday Foxes", "Velvet Hour"],
            "USD": ["Salt Lick Sirens", "The Late Checkouts"],
            "EUR": [
                "Die Kopfhörer" if german else "The Liffey Larks",
                "Nachtschicht" if german else "Salt & Vinegar",
            ],
        }[currency]
    )
    rows.append(("pair", rng.choice(["Band", "Artist", "Project"]), band))
    rows.append(("pair", rng.choice(["Booked by", "Guest", "Contact"]), _who(rng, currency, german)))
    rows.append(
        ("pair", "Room", rng.choice(["Room 3 (live room)", "Studio B", "Room 7 - 22 sq m", "Control room A"]))
    )
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Engineer", "Studio manager"]), _crew(rng, currency, german)))
    hours = rng.choice([2, 3, 4, 6])
    start = rng.choice([10, 14, 17])
    session = _other_day(
        rng, rows, ["Session", "Date of session"], when, pattern, 3, 30, time=f"{start}:00-{start + hours}:00"
    )
    if shown(rng, 0.4):
        cancel = date_text(session - dt.timedelta(days=2), pattern)
        rows.append(("pair", "Free cancellation until", cancel + " 23:59"))
    rows.append(("rule",))
    rate = {"INR": 900.0, "GBP": 18.0, "USD": 35.0, "EUR": 16.0}[currency]
    rows.append(
        (
            "pair",
            f"{hours} {'Std' if german else 'hrs'} @ {money(rate, grouping)}/{'Std' if german else 'hr'}",
            money(rate * hours, grouping),
        )
    )
    extras = _scaled(
        [
            ("Drum kit & cymbals", 500),
            ("Mic package (4 SM58)", 300),
            ("Recording add-on", 2000),
            ("Keyboard", 400),
        ],
        currency,
        LEISURE,
    )
    subtotal = round(rate * hours + _charges(rng, rows, grouping, extras, rng.choice([1, 2])), 2)
    fee = 0.0
    if app:
        fee = round(subtotal * 0.05, 2)
        rows.append(("pair", "Service fee", money(fee, grouping)))
    tax = (
        _vat_incl(rng, rows, currency, subtotal, grouping, german)
        if currency in ("INR", "GBP", "EUR")
        else 0.0
    )
    total = round(subtotal + fee + tax, 2)
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Total", "Gesamt" if german else "Total (incl. fees)"],
        ["Amount charged"],
    )
    txn = _id(
        rng,
        rows,
        ["Booking #", "Session ID", "Reservation code"],
        code(rng, 2, UPPER) + digits(rng, rng.choice([5, 6])),
        0.2,
    )
    method = _method(
        rng, rows, currency, german, status, ["Paid via", "Payment"], 0.25, cash=False, online=True
    )
    dated = _date_line(rng, rows, when, pattern, twelve, ["Booked", "Transaction date"], 0.25)
    rows.append(("small", "Please load out 10 minutes before the end of your session."))
    truth = truth_fields(studio, total, currency, txn, dated, method, status)
    style = SCREEN if app and shown(rng, 0.5) else EMAIL
    return (
        rows,
        truth,
        dict(
            style,
            width=_fit(font, rows, style["size"], _tight(font, app or studio, style["size"], style["width"])),
        ),
    )


# ---------------------------------------------------------------- 4 tree surgeon's invoice


def tree_surgeon(rng: random.Random, font: str):
    """A tree surgeon's or tree-care firm's invoice: Green Canopy Tree Care Bengaluru / Vriksha Tree Trimming Services
    in rupees, Oakleaf Tree Surgeons Ltd in pounds, Timberline Tree Service LLC in dollars, Wicklow Tree Surgery &
    Arborist Services in euros (a long name): Customer / Client, Site, Lead climber / Arborist / Team leader, a
    Quote ref and a TPO / permission ref and a waste carrier licence (never the id) in a share, Works carried out
    (never the day paid), crown reduction, felling, stump grinding, chipping and removal, Subtotal with GST / VAT /
    sales tax added, Total / Total due / Amount received, Invoice No / Invoice Ref / Tax Invoice No. in a share,
    Paid by / Settled by / Payment received via in a share, Invoice date / Date in a share, a PAID stamp in a
    share."""
    currency, firm, _ = _pick(
        rng,
        {
            "INR": ["Green Canopy Tree Care Bengaluru", "Vriksha Tree Trimming Services"],
            "GBP": ["Oakleaf Tree Surgeons Ltd"],
            "USD": ["Timberline Tree Service LLC"],
            "EUR": ["Wicklow Tree Surgery & Arborist Services"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, False)
    pattern, twelve = _dates(rng, currency, False)
    when = day(rng)
    rows = [
        ("title", firm),
        ("center", _where(firm)),
        ("center", "TAX INVOICE" if currency == "INR" else rng.choice(["INVOICE", "Invoice"])),
        ("rule",),
    ]
    rows.append(("pair", rng.choice(["Customer", "Client", "Bill to"]), _who(rng, currency, False)))
    rows.append(
        (
            "pair",
            rng.choice(["Site", "Property"]),
            _site(rng, firm),
        )
    )
    rows.append(
        ("pair", rng.choice(["Lead climber", "Arborist", "Team leader"]), _crew(rng, currency, False))
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Quote ref", "Q-" + digits(rng, 4)))
    if shown(rng, 0.4):
        permit = {"INR": "BBMP/TREE/", "GBP": "TPO/2025/", "USD": "ROW-", "EUR": "WCC/TPO/"}[currency]
        rows.append(("pair", rng.choice(["TPO ref", "Permission ref"]), permit + digits(rng, 4)))
    _other_day(rng, rows, ["Works carried out", "Work done on"], when, pattern, 1, 12, before=True)
    rows.append(("rule",))
    work = _scaled(
        [
            ("Crown reduction 30% - Oak (T3)", 9500),
            ("Fell & section 4 Leylandii", 14000),
            ("Stump grinding (2 stumps)", 6000),
            ("Chipping & removal of arisings", 4500),
            ("Deadwood removal - Beech", 5500),
            ("Hedge reduction 20 m", 7000),
            ("Crane-assisted removal - Rain tree", 85000),
        ],
        currency,
        LABOUR,
    )
    subtotal = _charges(rng, rows, grouping, work, rng.choice([2, 3]))
    tax = _added_vat(rng, rows, currency, subtotal, grouping, 0.2 if currency == "GBP" else 0.135)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Total due"], ["Amount received"])
    labels = (
        ["Tax Invoice No.", "Invoice No"] if currency == "INR" else ["Invoice No", "Invoice Ref", "Inv #"]
    )
    txn = _id(rng, rows, labels, _ref(rng, ["", "INV-", "TS/"]), 0.2)
    method = _method(
        rng, rows, currency, False, None, ["Paid by", "Settled by", "Payment received via"], 0.25
    )
    dated = _date_line(rng, rows, when, pattern, twelve, ["Invoice date", "Date"], 0.2)
    status = None
    if shown(rng, 0.6):
        status = "success"
        rows.append(("center", rng.choice(["*** PAID ***", "PAID WITH THANKS", "PAID IN FULL"])))
    if shown(rng, 0.5):
        licence = {"INR": "KSPCB/WM/", "GBP": "CBDU", "USD": "ISA cert. WE-", "EUR": "NWCPO-"}[currency]
        rows.append(("small", "Waste carrier licence " + licence + digits(rng, 6)))
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    return rows, truth, dict(PAPER, width=_fit(font, rows, 19, _tight(font, firm, 19, 640)), size=19)


# ---------------------------------------------------------------- 5 ropeway / cable car counter ticket


def ropeway_ticket(rng: random.Random, font: str):
    """A ropeway's or cable car's counter ticket-cum-receipt: Girnar Ropeway Junagadh / Darjeeling Rangeet Valley
    Ropeway in rupees, Heights of Abraham Cable Cars in pounds, Sandia Peak Tramway in dollars, Seilbahn Koblenz /
    Dursey Island Cable Car in euros: Counter No, Cabin, From / To stations, Return valid until (never the day paid)
    in a share, adults, children and seniors at a rate, a camera fee, GST included or added, Total / Fare Total /
    Amount / Gesamt, Ticket No / Sl. No. / Serial No / Fahrschein-Nr. in a share, Mode / Tender / Zahlart in a
    share, cash tendered and change, Issued / Date / Ausgestellt in a share, Cashier / Issued by; no outcome."""
    currency, firm, german = _pick(
        rng,
        {
            "INR": ["Girnar Ropeway Junagadh", "Darjeeling Rangeet Valley Ropeway"],
            "GBP": ["Heights of Abraham Cable Cars"],
            "USD": ["Sandia Peak Tramway"],
            "EUR": ["Seilbahn Koblenz", "Dursey Island Cable Car"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern, twelve = _dates(rng, currency, german)
    when = day(rng)
    rows = [("title", firm)]
    if shown(rng, 0.5):
        rows.append(
            (
                "center",
                _where(firm),
            )
        )
    rows.append(
        (
            "center",
            "Fahrschein / Quittung"
            if german
            else rng.choice(["TICKET CUM RECEIPT", "Return ticket", "RECEIPT"]),
        )
    )
    rows.append(("rule",))
    stations = {
        "INR": ("Bhavnath Taleti", "Ambaji Temple") if "Girnar" in firm else ("Singamari", "Tukvar"),
        "GBP": ("Matlock Bath", "Summit"),
        "USD": ("Base terminal", "Sandia Peak"),
        "EUR": ("Rheinanlagen", "Festung Ehrenbreitstein") if german else ("Ballaghboy", "Dursey Island"),
    }[currency]
    rows.append(("pair", "Von / Nach" if german else "From / To", f"{stations[0]} - {stations[1]}"))
    rows.append(("pair", "Kasse" if german else rng.choice(["Counter No", "Window"]), str(rng.randint(1, 6))))
    if shown(rng, 0.5):
        rows.append(("pair", "Kabine" if german else rng.choice(["Cabin", "Car"]), str(rng.randint(1, 24))))
    rows.append(("rule",))
    adult = {"INR": 700.0, "GBP": 24.0, "USD": 35.0, "EUR": 13.9 if german else 12.0}[currency]
    child = {"INR": 350.0, "GBP": 17.0, "USD": 20.0, "EUR": 6.9 if german else 6.0}[currency]
    subtotal = 0.0
    for label, rate, count in [
        ("Erw. Berg+Tal" if german else "Adult return", adult, rng.randint(1, 5)),
        ("Kind Berg+Tal" if german else "Child return", child, rng.choice([0, 1, 2, 3])),
    ]:
        if count:
            rows.append(("pair", f"{label} {count} x {money(rate, grouping)}", money(rate * count, grouping)))
            subtotal += rate * count
    if currency == "INR" and shown(rng, 0.5):
        camera = 50.0
        rows.append(("pair", "Camera fee", money(camera, grouping)))
        subtotal += camera
    subtotal = round(subtotal, 2)
    tax = _vat_incl(rng, rows, currency, subtotal, grouping, german) if currency in ("INR", "EUR") else 0.0
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    rows.append(
        ("pair", rng.choice(["Gesamt", "Summe"] if german else ["Total", "Fare Total", "Amount"]), fmt(total))
    )
    method = _method(
        rng,
        rows,
        currency,
        german,
        None,
        ["Zahlart"] if german else ["Mode", "Tender", "Payment"],
        0.2,
        counter=True,
    )
    _cash_change(rng, rows, grouping, method, total, german)
    labels = (
        ["Fahrschein-Nr."]
        if german
        else (["Sl. No.", "Ticket No"] if currency == "INR" else ["Ticket No", "Serial No"])
    )
    txn = _id(rng, rows, labels, _ref(rng, ["", "T", "0"], (5, 6, 7)), 0.2)
    dated = _date_line(
        rng, rows, when, pattern, twelve, ["Ausgestellt"] if german else ["Issued", "Date"], 0.2
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Gültig bis" if german else "Return valid until",
                date_text(_later(when, rng, 1, 3), pattern),
            )
        )
    rows.append(
        (
            "pair",
            "Kassierer" if german else rng.choice(["Cashier", "Issued by"]),
            _crew(rng, currency, german),
        )
    )
    rows.append(("small", "Gute Fahrt!" if german else "Keep this ticket for the return journey."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return (
        rows,
        truth,
        dict(PAPER, width=_fit(font, rows, 20, _tight(font, firm, 20, rng.choice([460, 500]))), size=20),
    )


# ---------------------------------------------------------------- 6 embroidery and monogramming order


def embroidery_order(rng: random.Random, font: str):
    """A custom embroidery and monogramming shop's invoice: Stitchwell Embroidery Works Tiruppur / Kashida Monogram
    Studio Lucknow in rupees, Stitch & Logo Co. Leicester in pounds, Threadworks Custom Embroidery in dollars,
    Stickerei Brandt in euros (a German invoice): Customer, the club, school or company it was ordered for (never the
    payee), Design ref / Motiv-Nr. (never the id), stitch count, thread colours, position, Ready on / Abholung (never
    the day paid), garments embroidered at a rate, a one-off digitising fee, names personalised, a bulk discount in a
    share, GST 5% / sales tax added or VAT / MwSt. included, Grand total / Total / Amount received /
    Rechnungsbetrag, Order No / SO # / Rechnungs-Nr. in a share, Paid by / Mode of payment / Zahlart in a share,
    Date / Datum in a share; no outcome."""
    currency, firm, german = _pick(
        rng,
        {
            "INR": ["Stitchwell Embroidery Works Tiruppur", "Kashida Monogram Studio Lucknow"],
            "GBP": ["Stitch & Logo Co. Leicester"],
            "USD": ["Threadworks Custom Embroidery"],
            "EUR": ["Stickerei Brandt"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern, twelve = _dates(rng, currency, german)
    when = day(rng)
    rows = [("title", firm), ("center", _where(firm))]
    rows.append(("center", "Rechnung" if german else ("TAX INVOICE" if currency == "INR" else "INVOICE")))
    rows.append(("rule",))
    rows.append(("pair", "Kunde" if german else "Customer", _who(rng, currency, german)))
    ordered_for = {
        "INR": ["Tirupur Cricket Academy", "Infosys Mysuru Campus"]
        if "Tiruppur" in firm
        else ["Lucknow Public School", "La Martiniere College"],
        "GBP": ["Leicester Tigers Juniors RFC", "Braunstone Primary School"],
        "USD": ["Denver Roller Derby League", "Mile High Dental Group"],
        "EUR": ["TSV Pullach 1919 e.V.", "Bäckerei Sommer GmbH"],
    }[currency]
    rows.append(
        (
            "pair",
            "Verein / Firma" if german else rng.choice(["For", "Club", "Organisation"]),
            rng.choice(ordered_for),
        )
    )
    rows.append(
        ("pair", "Motiv-Nr." if german else rng.choice(["Design ref", "Logo file"]), "DSN-" + digits(rng, 4))
    )
    stitches = f"{rng.randint(3, 18)}{'.' if german else ','}{rng.randint(100, 999)}"
    rows.append(("pair", "Stiche" if german else "Stitch count", stitches))
    if shown(rng, 0.5):
        rows.append(("pair", "Garn" if german else "Threads", f"Madeira {digits(rng, 4)} / {digits(rng, 4)}"))
    rows.append(("pair", "Position", rng.choice(["Left chest", "Back, 25 cm", "Cap front", "Sleeve"])))
    _other_day(rng, rows, ["Abholung"] if german else ["Ready on", "Collection"], when, pattern, 3, 15)
    rows.append(("rule",))
    pieces = rng.choice([10, 12, 24, 30, 50])
    each = {"INR": 180.0, "GBP": 6.5, "USD": 8.0, "EUR": 7.0}[currency]
    garment = rng.choice(
        ["Polo shirts", "Caps", "Hoodies", "Aprons"] if not german else ["Poloshirts", "Kappen", "Schürzen"]
    )
    rows.append(("pair", f"{garment} {pieces} x {money(each, grouping)}", money(each * pieces, grouping)))
    subtotal = each * pieces
    digitising = {"INR": 1200.0, "GBP": 35.0, "USD": 45.0, "EUR": 39.0}[currency]
    rows.append(
        (
            "pair",
            "Digitalisierung (einmalig)" if german else "Digitising (one-off)",
            money(digitising, grouping),
        )
    )
    subtotal += digitising
    if shown(rng, 0.5):
        per = {"INR": 40.0, "GBP": 2.0, "USD": 2.5, "EUR": 2.0}[currency]
        rows.append(
            (
                "pair",
                f"{'Namen' if german else 'Names'} {pieces} x {money(per, grouping)}",
                money(per * pieces, grouping),
            )
        )
        subtotal += per * pieces
    subtotal = round(subtotal, 2)
    if pieces >= 24 and shown(rng, 0.4):
        off = round(subtotal * 0.05, 2)
        rows.append(("pair", "Mengenrabatt 5%" if german else "Bulk discount 5%", "-" + money(off, grouping)))
        subtotal = round(subtotal - off, 2)
    tax = _vat_incl(rng, rows, currency, subtotal, grouping, german, india_rate=0.05)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(
        rng,
        rows,
        fmt,
        total,
        None,
        ["Rechnungsbetrag", "Gesamt"] if german else ["Grand total", "Total"],
        [] if german else ["Amount received"],
    )
    labels = ["Rechnungs-Nr."] if german else ["Order No", "SO #", "Sales order"]
    txn = _id(rng, rows, labels, _ref(rng, ["", "SO-", "E"]), 0.2)
    method = _method(
        rng, rows, currency, german, None, ["Zahlart"] if german else ["Paid by", "Mode of payment"], 0.25
    )
    dated = _date_line(rng, rows, when, pattern, twelve, ["Datum"] if german else ["Date", "Dated"], 0.2)
    rows.append(
        (
            "small",
            "Vielen Dank für Ihren Auftrag." if german else "Colours may vary slightly from screen proofs.",
        )
    )
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, rows, 19, _tight(font, firm, 19, 600)), size=19)


# ---------------------------------------------------------------- 7 skip / dumpster / debris removal hire


def skip_hire(rng: random.Random, font: str):
    """A skip hire, roll-off dumpster or debris removal invoice: Malba Clear Debris Removal Gurugram / Sai
    Construction Waste Removal Pune in rupees, Skips4Less Leeds in pounds, Lone Star Roll-Off Dumpsters in dollars,
    Dublin Skip Hire & Recycling in euros: Customer, Site, the skip's size or trips, a vehicle's registration, a
    council permit's ref and a waste transfer note's number (never the id), Delivered / Collection due (never the
    day paid), hire, a permit fee, tonnes over the allowance at a rate, Subtotal and GST / VAT / sales tax added,
    Total / Total due / Amount Paid, Docket No / Invoice No / Invoice # in a share, Paid by / Payment type in a
    share, Date / Invoice Date in a share, Driver; no outcome."""
    currency, firm, _ = _pick(
        rng,
        {
            "INR": ["Malba Clear Debris Removal Gurugram", "Sai Construction Waste Removal Pune"],
            "GBP": ["Skips4Less Leeds"],
            "USD": ["Lone Star Roll-Off Dumpsters"],
            "EUR": ["Dublin Skip Hire & Recycling"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, False)
    pattern, twelve = _dates(rng, currency, False)
    when = day(rng)
    rows = [
        ("title", firm),
        ("center", _where(firm)),
        ("center", rng.choice(["INVOICE", "Hire Invoice"])),
    ]
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Customer", "Hirer", "Account name"]), _who(rng, currency, False)))
    rows.append(("pair", rng.choice(["Site", "Delivery address"]), _site(rng, firm)))
    _other_day(
        rng,
        rows,
        ["Work done on", "Cleared on"] if currency == "INR" else ["Delivered", "Drop-off"],
        when,
        pattern,
        1,
        10,
        before=True,
    )
    if currency != "INR" and shown(rng, 0.5):
        _other_day(rng, rows, ["Collection due", "Pick-up by"], when, pattern, 2, 14)
    if currency == "INR":
        trips = rng.randint(2, 6)
        rows.append(
            (
                "pair",
                "Vehicle",
                f"{'HR 26' if 'Gurugram' in firm else 'MH 12'} {code(rng, 2, UPPER)} {digits(rng, 4)}",
            )
        )
        rows.append(("rule",))
        rate = rng.choice([2200.0, 2500.0, 2800.0])
        rows.append(
            (
                "pair",
                f"Tractor trolley {trips} trips @ {money(rate, grouping)}",
                money(rate * trips, grouping),
            )
        )
        subtotal = rate * trips
        labour = rng.choice([800.0, 1200.0, 1500.0])
        rows.append(("pair", "Loading labour", money(labour, grouping)))
        subtotal += labour
    else:
        size = {"GBP": "8 yd builders skip", "USD": "20 yd roll-off", "EUR": "6 yd skip"}[currency]
        hire = {"GBP": 260.0, "USD": 425.0, "EUR": 295.0}[currency]
        rows.append(("pair", "Skip" if currency != "USD" else "Dumpster", size))
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    rng.choice(["Permit ref", "Council permit"]),
                    code(rng, 2, UPPER) + "/" + digits(rng, 5),
                )
            )
        if shown(rng, 0.5):
            rows.append(("pair", rng.choice(["WTN No", "Waste transfer note"]), "WTN" + digits(rng, 6)))
        rows.append(("rule",))
        rows.append(("pair", f"{size} hire", money(hire, grouping)))
        subtotal = hire
        if currency != "USD" and shown(rng, 0.5):
            permit = {"GBP": 45.0, "EUR": 50.0}[currency]
            rows.append(("pair", "Road permit fee", money(permit, grouping)))
            subtotal += permit
        over = rng.choice([0.0, 0.4, 0.8, 1.3])
        if over:
            per_t = {"GBP": 95.0, "USD": 85.0, "EUR": 110.0}[currency]
            rows.append(
                (
                    "pair",
                    f"Overweight {over} t @ {money(per_t, grouping)}/t",
                    money(round(over * per_t, 2), grouping),
                )
            )
            subtotal += round(over * per_t, 2)
    subtotal = round(subtotal, 2)
    tax = _added_vat(rng, rows, currency, subtotal, grouping, 0.2 if currency == "GBP" else 0.135)
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Total due"], ["Amount Paid"])
    txn = _id(rng, rows, ["Docket No", "Invoice No", "Invoice #"], _ref(rng, ["", "D", "SK-"]), 0.2)
    method = _method(rng, rows, currency, False, None, ["Paid by", "Payment type"], 0.25)
    _cash_change(rng, rows, grouping, method, total)
    dated = _date_line(rng, rows, when, pattern, twelve, ["Date", "Invoice Date"], 0.2)
    if shown(rng, 0.5):
        rows.append(("pair", "Driver", _crew(rng, currency, False)))
    rows.append(("small", "No plasterboard, tyres or asbestos in the skip."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, rows, 19, _tight(font, firm, 19, 600)), size=19)


# ---------------------------------------------------------------- 8 septic tank emptying


def septic_service(rng: random.Random, font: str):
    """A septic tank or cesspit emptying receipt: Sri Sai Septic Tank Cleaning Services / Om Sewage Tanker & Septic
    Cleaning in rupees, Greenway Cesspit & Septic Services in pounds, Hill Country Septic Pumping in dollars, Kerry
    Septic Tank Emptying in euros: Customer / Property owner, Property, Driver / Technician, the tanker's
    registration, the tank's size and the volume removed, the treatment works it was taken to (never the payee), a
    disposal licence number (never the id), Serviced on and Next service due (never the day paid), pump-out, lid
    digging, jetting, a disposal fee, GST / sales tax added or VAT included, Total / Amount Due / Amount Received,
    Receipt No / Ticket # / Invoice No in a share, Payment Mode / Mode of payment / Paid by in a share, Date / Date
    paid in a share; no outcome."""
    currency, firm, _ = _pick(
        rng,
        {
            "INR": ["Sri Sai Septic Tank Cleaning Services", "Om Sewage Tanker & Septic Cleaning"],
            "GBP": ["Greenway Cesspit & Septic Services"],
            "USD": ["Hill Country Septic Pumping"],
            "EUR": ["Kerry Septic Tank Emptying"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, False)
    pattern, twelve = _dates(rng, currency, False)
    when = day(rng)
    rows = [("title", firm)]
    if shown(rng, 0.6):
        rows.append(("center", _where(firm)))
    rows.append(
        (
            "center",
            rng.choice(
                ["RECEIPT", "Service receipt", "CASH / CREDIT BILL" if currency == "INR" else "Invoice"]
            ),
        )
    )
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Customer", "Property owner", "Name"]), _who(rng, currency, False)))
    rows.append(("pair", "Property", _site(rng, firm)))
    rows.append(("pair", rng.choice(["Driver", "Technician", "Operator"]), _crew(rng, currency, False)))
    reg = {
        "INR": f"{'MH 12' if 'Sai' in firm else 'DL 1L'} {code(rng, 2, UPPER)} {digits(rng, 4)}",
        "GBP": f"{code(rng, 2, UPPER)}{rng.randint(10, 74)} {code(rng, 3, UPPER)}",
        "USD": f"TX {code(rng, 3, UPPER)}-{digits(rng, 4)}",
        "EUR": f"{rng.randint(151, 242)}-KY-{digits(rng, 4)}",
    }[currency]
    rows.append(("pair", rng.choice(["Tanker", "Truck", "Vehicle"]), reg))
    if currency == "USD":
        size, unit = rng.choice([750, 1000, 1250, 1500]), "gal"
    else:
        size, unit = rng.choice([3000, 4500, 6000, 10000]), "litres"
    removed = int(size * rng.choice([0.8, 0.9, 1.0]))
    rows.append(("pair", "Tank size", f"{size:,} {unit}"))
    rows.append(("pair", rng.choice(["Volume removed", "Pumped"]), f"{removed:,} {unit}"))
    works = {
        "INR": ["Naidu STP, Pune"] if "Sai" in firm else ["Okhla Sewage Treatment Plant"],
        "GBP": ["Whitlingham Water Recycling Centre"],
        "USD": ["Walnut Creek Wastewater Plant"],
        "EUR": ["Tralee Wastewater Treatment Plant"],
    }[currency]
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Disposed at", "Discharge site"]), rng.choice(works)))
    if shown(rng, 0.5):
        rows.append(
            ("pair", rng.choice(["Licence No", "Permit No"]), code(rng, 3, UPPER) + "-" + digits(rng, 5))
        )
    _other_day(rng, rows, ["Serviced on", "Emptied on"], when, pattern, 1, 6, before=True)
    rows.append(("rule",))
    work = _scaled(
        [
            ("Pump-out", 3500),
            ("Locate & dig lid", 1200),
            ("Drain jetting", 2500),
            ("Disposal fee", 900),
            ("Baffle inspection", 1000),
        ],
        currency,
        LABOUR,
    )
    subtotal = _charges(rng, rows, grouping, work, rng.choice([2, 3]))
    tax = (
        _vat_incl(rng, rows, currency, subtotal, grouping, False)
        if currency != "USD" or shown(rng, 0.5)
        else 0.0
    )
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    _total(rng, rows, fmt, total, None, ["Total", "Amount Due"], ["Amount Received"])
    txn = _id(rng, rows, ["Receipt No", "Ticket #", "Invoice No"], _ref(rng, ["", "ST", "0"]), 0.2)
    method = _method(
        rng, rows, currency, False, None, ["Payment Mode", "Mode of payment", "Paid by"], 0.25, counter=True
    )
    _cash_change(rng, rows, grouping, method, total)
    dated = _date_line(rng, rows, when, pattern, twelve, ["Date", "Date paid"], 0.2)
    if shown(rng, 0.6):
        _other_day(rng, rows, ["Next service due", "Next empty due"], when, pattern, 180, 720)
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, rows, 19, _tight(font, firm, 19, 580)), size=19)


# ---------------------------------------------------------------- 9 snooker and pool hall till


def snooker_hall(rng: random.Random, font: str):
    """A snooker or pool hall's table bill: Break Point Snooker Lounge / Cue Masters Pool & Snooker Parlour in rupees,
    Frames Snooker Club Leeds in pounds, Corner Pocket Billiards in dollars, Billard-Café Queue Berlin in euros (a
    German till): Table / Tisch, Start and End times, table time at an hourly rate, cue hire, drinks and snacks, a
    member's card number (never the id) and a member's discount in a share, GST added / sales tax added / VAT or
    MwSt. included, TOTAL / Amount / Summe, cash tendered and change, Chit No / Check # / Bill No / Bon-Nr. in a
    share, Tender / Paid by / Zahlart in a share, Date / Datum in a share, Served by / Bediener; no outcome."""
    currency, firm, german = _pick(
        rng,
        {
            "INR": ["Break Point Snooker Lounge", "Cue Masters Pool & Snooker Parlour"],
            "GBP": ["Frames Snooker Club Leeds"],
            "USD": ["Corner Pocket Billiards"],
            "EUR": ["Billard-Café Queue Berlin"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern, twelve = _dates(rng, currency, german)
    when = day(rng)
    rows = [("title", firm), ("center", _where(firm))]
    rows.append(("rule",))
    game = rng.choice(
        ["Snooker", "Pool", "Billard" if german else ("8-ball" if currency == "USD" else "Snooker")]
    )
    rows.append(("pair", "Tisch" if german else "Table", f"{game} {rng.randint(1, 14)}"))
    start_h, start_m = rng.randint(12, 21), rng.choice([0, 5, 10, 20, 35, 45])
    minutes = rng.choice([45, 60, 75, 90, 120, 150])
    end = start_h * 60 + start_m + minutes
    rows.append(("pair", "Start", f"{start_h:02d}:{start_m:02d}"))
    rows.append(("pair", "Ende" if german else "End", f"{end // 60 % 24:02d}:{end % 60:02d}"))
    rows.append(("rule",))
    rate = {"INR": 240.0, "GBP": 9.0, "USD": 14.0, "EUR": 12.0}[currency]
    table = round(rate * minutes / 60, 2)
    label = "Tischzeit" if german else "Table time"
    rows.append(
        (
            "pair",
            f"{label} {minutes} min @ {money(rate, grouping)}/{'Std' if german else 'hr'}",
            money(table, grouping),
        )
    )
    extras = _scaled(
        [
            ("Queue-Verleih" if german else "Cue hire", 100),
            ("Cola 0,33" if german else "Soft drink", 80),
            ("Bier 0,5" if german else "Beer", 350),
            ("Chips", 60),
            ("Nachos" if german else "Masala fries" if currency == "INR" else "Nachos", 220),
        ],
        currency,
        BAR,
    )
    subtotal = round(table + _lines(rng, rows, grouping, extras, rng.choice([1, 2, 3])), 2)
    if shown(rng, 0.6):
        rows.append(
            ("pair", "Mitgliedskarte" if german else rng.choice(["Member card", "Member No"]), digits(rng, 8))
        )
        if shown(rng, 0.5):
            off = round(table * 0.1, 2)
            rows.append(
                (
                    "pair",
                    "Mitgliederrabatt 10%" if german else "Member discount 10%",
                    "-" + money(off, grouping),
                )
            )
            subtotal = round(subtotal - off, 2)
    tax = (
        _vat_incl(rng, rows, currency, subtotal, grouping, german)
        if currency != "GBP" or shown(rng, 0.5)
        else 0.0
    )
    total = round(subtotal + tax, 2)
    rows.append(("rule",))
    rows.append(
        ("pair", rng.choice(["Summe", "Zu zahlen"] if german else ["TOTAL", "Amount", "Total"]), fmt(total))
    )
    method = _method(
        rng, rows, currency, german, None, ["Zahlart"] if german else ["Tender", "Paid by"], 0.2, counter=True
    )
    _cash_change(rng, rows, grouping, method, total, german)
    labels = ["Bon-Nr."] if german else (["Check #"] if currency == "USD" else ["Chit No", "Bill No"])
    txn = _id(rng, rows, labels, _ref(rng, [""], (3, 4, 5)), 0.25)
    dated = _date_line(rng, rows, when, pattern, twelve, ["Datum"] if german else ["Date", "DATE"], 0.2)
    rows.append(("pair", "Bediener" if german else "Served by", _crew(rng, currency, german)))
    rows.append(("small", "Danke und gut Stoß!" if german else "No jump shots. Chalk is free."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return (
        rows,
        truth,
        dict(PAPER, width=_fit(font, rows, 20, _tight(font, firm, 20, rng.choice([460, 500]))), size=20),
    )


# ---------------------------------------------------------------- 10 podiatry clinic receipt


def podiatry_clinic(rng: random.Random, font: str):
    """A podiatrist's or chiropodist's receipt: Sole Care Podiatry Clinic Bandra / FootSecure Podiatry Centre Chennai
    in rupees, Northgate Podiatry & Chiropody in pounds, Lakeshore Foot & Ankle Center in dollars, Cork Podiatry &
    Chiropody Clinic in euros: Patient, Date of birth, Podiatrist / Clinician and a registration number (never the
    id), an insurer and its member or claim number (neither the payee nor the id) in a share, treatments, Next
    appointment (never the day paid) in a share, Total / Fee / Amount Paid / Total received; on US pages in a share
    the charges, an insurance adjustment and the copay the patient paid (the amount), Receipt No / Receipt Number /
    Invoice No in a share, Paid by / Payment method in a share, Date / Date of payment in a share; no outcome."""
    currency, firm, _ = _pick(
        rng,
        {
            "INR": ["Sole Care Podiatry Clinic Bandra", "FootSecure Podiatry Centre Chennai"],
            "GBP": ["Northgate Podiatry & Chiropody"],
            "USD": ["Lakeshore Foot & Ankle Center"],
            "EUR": ["Cork Podiatry & Chiropody Clinic"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, False)
    pattern, twelve = _dates(rng, currency, False)
    when = day(rng)
    rows = [
        ("title", firm),
        ("center", _where(firm)),
        ("center", rng.choice(["RECEIPT", "Patient receipt"])),
    ]
    rows.append(("rule",))
    rows.append(("pair", "Patient", _who(rng, currency, False)))
    if shown(rng, 0.5):
        born = when - dt.timedelta(days=rng.randrange(20 * 365, 80 * 365))
        rows.append(("pair", rng.choice(["Date of birth", "DOB"]), date_text(born, pattern)))
    clinician = _crew(rng, currency, False)
    rows.append(("pair", rng.choice(["Podiatrist", "Clinician", "Seen by"]), clinician))
    if shown(rng, 0.5):
        reg = {"INR": "Reg. No", "GBP": "HCPC No", "USD": "NPI", "EUR": "CORU Reg"}[currency]
        value = {
            "INR": ("MH" if "Bandra" in firm else "TN") + "/POD/" + digits(rng, 4),
            "GBP": "CH" + digits(rng, 5),
            "USD": digits(rng, 10),
            "EUR": "CH0" + digits(rng, 5),
        }[currency]
        rows.append(("pair", reg, value))
    insurer = None
    if shown(rng, 0.5):
        insurer = {
            "INR": "Star Health Insurance",
            "GBP": rng.choice(["Bupa", "AXA Health"]),
            "USD": rng.choice(["Blue Cross Blue Shield of Illinois", "Aetna"]),
            "EUR": rng.choice(["Laya Healthcare", "Irish Life Health"]),
        }[currency]
        rows.append(("pair", "Insurer", insurer))
        rows.append(
            ("pair", rng.choice(["Member ID", "Policy No", "Claim No"]), code(rng, 3, UPPER) + digits(rng, 8))
        )
    rows.append(("rule",))
    work = _scaled(
        [
            ("Initial assessment", 1500),
            ("Routine nail care", 1200),
            ("Verruca treatment (cryo)", 1800),
            ("Gait analysis", 2500),
            ("Custom orthotics - casting", 9000),
            ("Corn & callus removal", 1300),
        ],
        currency,
        LABOUR,
    )
    charges = _charges(rng, rows, grouping, work, rng.choice([1, 2]))
    total = charges
    if currency == "USD" and insurer and shown(rng, 0.4):
        copay = rng.choice([25.0, 30.0, 40.0, 50.0])
        copay = min(copay, charges)
        rows.append(("pair", "Charges", money(charges, grouping)))
        rows.append(("pair", "Insurance adjustment", "-" + money(round(charges - copay, 2), grouping)))
        rows.append(("rule",))
        rows.append(("pair", rng.choice(["Copay paid", "Patient paid"]), fmt(copay)))
        total = copay
    else:
        rows.append(("rule",))
        _total(rng, rows, fmt, total, None, ["Total", "Fee"], ["Amount Paid", "Total received"])
    txn = _id(rng, rows, ["Receipt No", "Receipt Number", "Invoice No"], _ref(rng, ["", "R", "POD"]), 0.2)
    method = _method(rng, rows, currency, False, None, ["Paid by", "Payment method"], 0.25)
    dated = _date_line(rng, rows, when, pattern, twelve, ["Date", "Date of payment"], 0.2)
    if shown(rng, 0.6):
        _other_day(
            rng,
            rows,
            ["Next appointment", "Review due"],
            when,
            pattern,
            14,
            90,
            time=rng.choice(["10:15", "14:40", "16:00"]),
        )
    rows.append(("small", "Please bring this receipt to claim from your insurer."))
    truth = truth_fields(firm, total, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, rows, 19, _tight(font, firm, 19, 600)), size=19)


# ---------------------------------------------------------------- 11 matrimony / dating subscription


def matrimony_plan(rng: random.Random, font: str):
    """A matrimonial or dating site's membership payment e-mail or screen: Shaadi.com / BharatMatrimony /
    Jeevansathi.com in rupees, eharmony UK in pounds, Match.com in dollars, Parship in euros (a German page): Member /
    Account holder, Profile ID (never the id), who manages the profile (a parent; never the payee) in a share, Plan,
    Valid till / Renews on / Läuft bis (never the day paid), contacts included, a coupon off in a share, GST 18% added
    or VAT / MwSt. included, Total / Amount charged / Gesamtbetrag, Order ID / Transaction No / Invoice No /
    Rechnungsnummer in a share, Payment method / Paid using / Zahlungsart in a share, Payment date / Purchase date /
    Datum in a share, an outcome in many wordings in a share."""
    currency, site, german = _pick(
        rng,
        {
            "INR": ["Shaadi.com", "BharatMatrimony", "Jeevansathi.com"],
            "GBP": ["eharmony UK"],
            "USD": ["Match.com"],
            "EUR": ["Parship"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern, twelve = _dates(rng, currency, german)
    when = day(rng)
    status, words = _outcome(rng, 0.7, german)
    rows = [("title", site)]
    rows.append(
        (
            "center",
            "Zahlungsbestätigung"
            if german and status == "success"
            else (
                "Ihre Bestellung"
                if german
                else rng.choice(["Membership payment", "Your upgrade", "Order summary"])
            ),
        )
    )
    _status_row(rng, rows, words)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            "Mitglied" if german else rng.choice(["Member", "Account holder", "Name"]),
            _who(rng, currency, german),
        )
    )
    profile = {
        "INR": {"Shaadi.com": "SH", "BharatMatrimony": "M"}.get(site, "JS") + digits(rng, 8),
        "GBP": digits(rng, 9),
        "USD": "U" + digits(rng, 9),
        "EUR": "PS-" + digits(rng, 8),
    }[currency]
    rows.append(("pair", "Profil-ID" if german else "Profile ID", profile))
    if currency == "INR" and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Profile managed by",
                f"{rng.choice(['Father', 'Mother', 'Sibling'])} - {_other(rng, currency)}",
            )
        )
    months = rng.choice([1, 3, 6, 12])
    plan = {
        "INR": f"{rng.choice(['Gold', 'Diamond', 'Platinum Plus'])} {months} month{'s' if months > 1 else ''}",
        "GBP": f"Premium Plus {months} month{'s' if months > 1 else ''}",
        "USD": f"Standard {months}-month",
        "EUR": f"Premium-Mitgliedschaft {months} {'Monate' if months > 1 else 'Monat'}",
    }[currency]
    rows.append(("pair", "Tarif" if german else "Plan", plan))
    if currency == "INR":
        rows.append(("pair", "Contacts to view", str(rng.choice([40, 75, 150]))))
    rows.append(("rule",))
    monthly = {"INR": price(rng, 1200, 2400, 100), "GBP": 24.95, "USD": 29.99, "EUR": 39.9}[currency]
    base = round(monthly * months, 2)
    rows.append(("pair", plan, money(base, grouping)))
    subtotal = base
    if shown(rng, 0.4):
        off = round(base * rng.choice([0.1, 0.2, 0.3]), 2)
        coupon = rng.choice(["DIWALI30", "NEWYEAR20"] if currency == "INR" else ["WELCOME10", "SPRING20"])
        rows.append(("pair", ("Gutschein " if german else "Coupon ") + coupon, "-" + money(off, grouping)))
        subtotal = round(base - off, 2)
    tax = _vat_incl(rng, rows, currency, subtotal, grouping, german) if currency != "USD" else 0.0
    total = round(subtotal + tax, 2)
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Gesamtbetrag"] if german else ["Total", "Amount charged"],
        [] if german else ["Amount paid"],
    )
    labels = ["Rechnungsnummer"] if german else ["Order ID", "Transaction No", "Invoice No"]
    ref = (
        code(rng, 2, UPPER) + digits(rng, rng.choice([8, 10]))
        if currency == "INR"
        else _ref(rng, ["", "INV-"], (7, 8))
    )
    txn = _id(rng, rows, labels, ref, 0.2)
    method = _method(
        rng,
        rows,
        currency,
        german,
        status,
        ["Zahlungsart"] if german else ["Payment method", "Paid using"],
        0.25,
        cash=False,
        online=True,
    )
    dated = _date_line(
        rng, rows, when, pattern, twelve, ["Datum"] if german else ["Payment date", "Purchase date"], 0.25
    )
    valid = _later(when, rng, months * 30, months * 30 + 2)
    if status != "failed" and shown(rng, 0.3):
        label = "Läuft bis" if german else rng.choice(["Valid till", "Renews on", "Membership expires"])
        rows.append(("pair", label, date_text(valid, pattern)))
    rows.append(
        (
            "small",
            "Kündigung jederzeit im Konto möglich."
            if german
            else "Subscriptions renew automatically unless cancelled.",
        )
    )
    truth = truth_fields(site, total, currency, txn, dated, method, status)
    style = SCREEN if shown(rng, 0.5) else EMAIL
    return (
        rows,
        truth,
        dict(style, width=_fit(font, rows, style["size"], _tight(font, site, style["size"], style["width"]))),
    )


# ---------------------------------------------------------------- 12 made-to-measure blinds advance receipt


def blinds_advance(rng: random.Random, font: str):
    """A made-to-measure blinds and curtains shop's advance or deposit receipt: Furnish Decor Curtains & Blinds
    Andheri / Shree Balaji Blinds & Curtains in rupees, Made2Measure Blinds Leeds in pounds, Austin Window Coverings
    in dollars, Galway Blinds & Curtains in euros: Customer, Site, Measured by / Consultant, windows by width and
    drop in mm with their blind and a fabric code (never the id), Fitting date (never the day paid), the order's
    value (never the amount), the advance or deposit paid (the amount), the balance on fitting, Receipt No / Order
    Ref / Advance Receipt No in a share, Payment Mode / Paid by in a share, Date / Date received in a share; no
    outcome."""
    currency, firm, _ = _pick(
        rng,
        {
            "INR": ["Furnish Decor Curtains & Blinds Andheri", "Shree Balaji Blinds & Curtains"],
            "GBP": ["Made2Measure Blinds Leeds"],
            "USD": ["Austin Window Coverings"],
            "EUR": ["Galway Blinds & Curtains"],
        },
    )
    fmt, grouping = _fmt(rng, font, currency, False)
    pattern, twelve = _dates(rng, currency, False)
    when = day(rng)
    rows = [
        ("title", firm),
        (
            "center",
            _where(firm),
        ),
        ("center", rng.choice(["ADVANCE RECEIPT", "Deposit receipt", "Order confirmation & receipt"])),
        ("rule",),
    ]
    rows.append(("pair", rng.choice(["Customer", "Client"]), _who(rng, currency, False)))
    rows.append(("pair", rng.choice(["Site", "Fitting address"]), _site(rng, firm)))
    rows.append(("pair", rng.choice(["Measured by", "Consultant"]), _crew(rng, currency, False)))
    _other_day(rng, rows, ["Fitting date", "Installation"], when, pattern, 7, 28)
    rows.append(("rule",))
    order = 0.0
    kinds = [
        "Roller blackout",
        "Roman blind",
        "Vertical blind",
        "Eyelet curtains",
        "Zebra blind",
        "Wooden venetian",
    ]
    for n in range(rng.choice([2, 3, 4])):
        width, drop = rng.randint(60, 240) * 10, rng.randint(90, 240) * 10
        kind = rng.choice(kinds)
        rate = {"INR": 2400.0, "GBP": 60.0, "USD": 75.0, "EUR": 65.0}[currency]  # per square metre
        value = round(width * drop / 1_000_000 * rate, 2)
        if currency == "USD":  # a US page measures in inches
            width, drop = round(width / 25.4), round(drop / 25.4)
        size = f'{width}" x {drop}"' if currency == "USD" else f"{width} x {drop} mm"
        rows.append(("pair", f"W{n + 1} {size} {kind}", money(value, grouping)))
        order += value
    if shown(rng, 0.5):
        rows.append(
            ("pair", rng.choice(["Fabric", "Fabric code"]), code(rng, 3, UPPER) + "-" + digits(rng, 4))
        )
    fitting = {"INR": 1500.0, "GBP": 45.0, "USD": 60.0, "EUR": 50.0}[currency]
    rows.append(("pair", "Fitting", money(fitting, grouping)))
    order = round(order + fitting, 2)
    if currency == "INR":
        gst = round(order * 0.12, 2)
        rows.append(("pair", "GST 12%", money(gst, grouping)))
        order = round(order + gst, 2)
    rows.append(("pair", rng.choice(["Order value", "Order total", "Total order"]), money(order, grouping)))
    step = {"INR": 500.0, "GBP": 10.0, "USD": 10.0, "EUR": 10.0}[currency]
    advance = max(step, round(order * rng.choice([0.25, 0.4, 0.5]) / step) * step)
    rows.append(("rule",))
    rows.append(
        ("pair", rng.choice(["Advance received", "Deposit paid", "Amount received today"]), fmt(advance))
    )
    rows.append(
        (
            "pair",
            rng.choice(["Balance on fitting", "Balance due on installation"]),
            money(round(order - advance, 2), grouping),
        )
    )
    txn = _id(
        rng, rows, ["Receipt No", "Order Ref", "Advance Receipt No"], _ref(rng, ["", "ADV-", "BL"]), 0.2
    )
    method = _method(rng, rows, currency, False, None, ["Payment Mode", "Paid by"], 0.25)
    dated = _date_line(rng, rows, when, pattern, twelve, ["Date", "Date received"], 0.2)
    rows.append(("small", "Made-to-measure orders cannot be cancelled once cut."))
    truth = truth_fields(firm, advance, currency, txn, dated, method, None)
    return rows, truth, dict(PAPER, width=_fit(font, rows, 19, _tight(font, firm, 19, 620)), size=19)
