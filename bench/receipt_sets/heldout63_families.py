"""The twelve heldout63 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the page and value helpers of heldout14 and
heldout62 (a money mark chosen once per page, one date pattern per page, ways to pay and outcomes in many wordings,
page widths that hold every line) are reused. ``truth_fields`` states the fields exactly as the page prints them
(``None`` where a field is not printed). Every receipt prints at most one transaction id (a bill's, order's,
docket's, invoice's, booking's or ticket's own number; a GSTIN, VAT or tax number, a customer, account or device
number, a KOT, a vehicle's registration, a licence, permit, registration or microchip number, a seat or lane beside
it is never the id), at most one date of payment (the other days are named for other events: a billing period, a
delivery, a flight, a renewal, a night's tour, a pet's passing and the ashes' return, a birth, a next appointment,
a session, a boat trip, a shoot), and names the party that was paid on top; the people, airlines, vets, insurers,
companies, venues and boats on the page are never the payee.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, day, digits, money, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import (
    _currency,
    _dtext,
    _earlier,
    _fmt,
    _id,
    _items,
    _later,
    _method,
    _outcome,
    _page,
    _paid_on,
    _pattern,
    _person,
    _scale,
    _sized,
    _staff,
    _stamp,
    _status_row,
    _total,
)


def _tax(rng, rows, grouping, net, currency, german, added: bool, india_rate=0.09) -> float:
    """Tax on ``net``: CGST and SGST (or IGST) added on Indian pages, VAT, sales tax or MwSt. added or included
    elsewhere; the sum to pay."""
    if currency == "INR":
        half = round(net * india_rate, 2)
        pct = f"{india_rate * 100:g}%"
        if shown(rng, 0.3):
            rows.append(("pair", f"IGST {india_rate * 200:g}%", money(2 * half, grouping)))
        else:
            rows.append(("pair", f"CGST {pct}", money(half, grouping)))
            rows.append(("pair", f"SGST {pct}", money(half, grouping)))
        return round(net + 2 * half, 2)
    rate, word = {"GBP": (0.2, "VAT"), "USD": (0.0725, "Sales tax"), "EUR": (0.23, "VAT")}[currency]
    if german:
        rate, word = 0.19, "MwSt."
    if currency == "USD" or added:
        tax = round(net * rate, 2)
        label = f"zzgl. {word} 19%" if german else f"{word} {rate * 100:g}%"
        rows.append(("pair", label, money(tax, grouping)))
        return round(net + tax, 2)
    included = round(net - net / (1 + rate), 2)
    label = f"inkl. {word} 19%" if german else f"{word} {rate * 100:g}% included"
    rows.append(("pair", label, money(included, grouping)))
    return net


# ---------------------------------------------------------------- 1 ice cream parlour till bill


PARLOURS = {
    "INR": ["Himalaya Kulfi & Ice Cream Parlour", "Scoop Street Creamery"],
    "GBP": ["Nonna Rosa Gelateria"],
    "USD": ["Sweet Meadow Creamery"],
    "EUR": ["Eiscafé Dolomiti", "Kerrigan's Ice Cream Parlour"],
}
PARLOUR_GERMAN = ["Eiscafé Dolomiti"]
PARLOUR_PLACES = {
    "Himalaya Kulfi & Ice Cream Parlour": "Shop 7, Linking Road, Bandra West, Mumbai 400050",
    "Scoop Street Creamery": "12th Main, HAL 2nd Stage, Indiranagar, Bengaluru 560038",
    "Nonna Rosa Gelateria": "3 Pier Road, Whitby YO21 3PU",
    "Sweet Meadow Creamery": "1820 Pearl St, Boulder, CO 80302",
    "Eiscafé Dolomiti": "Marktplatz 4, 69117 Heidelberg",
    "Kerrigan's Ice Cream Parlour": "Strand St, Dingle, Co. Kerry V92 X2C4",
}
SCOOPS = [
    ("Single scoop - Belgian chocolate", 120),
    ("Double scoop - mango & pista", 210),
    ("Malai kulfi stick", 90),
    ("Hot fudge sundae", 260),
    ("Waffle cone upgrade", 40),
    ("Cold coffee milkshake", 180),
    ("Brownie with vanilla scoop", 230),
    ("Family pack tub 700 ml", 450),
]
SCOOPS_DE = [
    ("Kugel Stracciatella", 140),
    ("2 Kugeln Pistazie/Zitrone", 260),
    ("Spaghetti-Eis", 620),
    ("Erdbeerbecher", 740),
    ("Waffel statt Becher", 40),
    ("Eiskaffee", 560),
    ("Schokoladen-Shake", 480),
]


def ice_cream_parlour(rng: random.Random, font: str):
    """An ice cream parlour's or gelateria's till bill (two in rupees, one each in pounds and dollars, Eiscafé
    Dolomiti on a German page and Kerrigan's in Dingle in euros): the shop's tax number (GSTIN / VAT No / St.-Nr.),
    Table / Takeaway / Zum Mitnehmen, a server or cashier (never the payee), a KOT number in a share (never the id),
    scoops, sundaes and shakes, GST added or VAT / MwSt. included or sales tax added, a round-off, Net Amount / Grand
    Total / TOTAL / Summe / Zu zahlen, the tender (cash with Tendered and Change, a card, UPI) under Tender / Paid by /
    Settled by / Zahlart in a share, Bill No / Check # / Receipt # / Bon-Nr. in a share, the date with its time
    under Date / Datum or bare at the top in a share; PAID / Bezahlt in a few, else no outcome."""
    currency, shop = _currency(rng, PARLOURS)
    german = shop in PARLOUR_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german, ["sign", "rs", "code_before", "rs_slash"])
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    rows: list[tuple] = [("title", shop), ("center", PARLOUR_PLACES[shop])]
    tax_no = {
        "INR": (
            "GSTIN",
            "27" + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + digits(rng, 1),
        ),
        "GBP": ("VAT No", "GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2)),
        "USD": ("Tel", f"(303) {digits(rng, 3)}-{digits(rng, 4)}"),
        "EUR": ("St.-Nr.", f"32/{digits(rng, 3)}/{digits(rng, 5)}")
        if german
        else ("VAT No", "IE" + digits(rng, 7) + "W"),
    }[currency]
    rows.append(("center", f"{tax_no[0]}: {tax_no[1]}"))
    dated = None
    if shown(rng, 0.7):
        stamp = _stamp(rng, when, pattern, currency, german, p_time=0.8)
        if shown(rng, 0.5):
            rows.append(
                ("pair", "Datum" if german else rng.choice(["Date", "Bill date", "Date/Time"]), stamp)
            )
        else:
            rows.append(("left", stamp))
        dated = when
    rows.append(("rule",))
    where = (
        rng.choice(["Tisch 6", "Zum Mitnehmen"])
        if german
        else rng.choice(["Table 4", "Table 11", "Takeaway", "Dine-in T2", "Counter"])
    )
    rows.append(("pair", "Platz" if german else rng.choice(["Order type", "Table", "Seat"]), where))
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "KOT No" if currency == "INR" else ("Bestell-Nr. Küche" if german else "Ticket"),
                digits(rng, 3),
            )
        )
    rows.append(
        (
            "pair",
            "Bedienung" if german else rng.choice(["Server", "Cashier", "Steward"]),
            _staff(rng, currency, german).split()[0],
        )
    )
    rows.append(("rule",))
    rates = {"INR": 1.0, "GBP": 0.025, "USD": 0.03, "EUR": 0.01 if german else 0.028}
    items = _scale(SCOOPS_DE if german else SCOOPS, currency, rates)
    net = _items(rng, rows, grouping, items, rng.randint(2, 4))
    rows.append(("pair", "Zwischensumme" if german else "Sub Total", money(net, grouping)))
    total = _tax(rng, rows, grouping, net, currency, german, added=False)
    if currency == "INR":
        rounded = float(round(total))
        if rounded != total:
            rows.append(("pair", "Round off", f"{rounded - total:+.2f}"))
        total = rounded
    label = rng.choice(
        ["Summe", "Zu zahlen", "Gesamt"] if german else ["Net Amount", "Grand Total", "TOTAL", "Total Due"]
    )
    rows.append(("pair", label, fmt(total)))
    kinds = ["cash", "cash", "UPI", "card"] if currency == "INR" else ["cash", "card", "card", "wallet"]
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlart", "Bezahlt mit"] if german else ["Tender", "Paid by", "Settled by", "Payment"],
        kinds,
        0.2,
    )
    if method == "cash" and shown(rng, 0.4):
        step = {"INR": 100.0, "GBP": 5.0, "USD": 5.0, "EUR": 5.0}[currency]
        given = (int(total // step) + 1) * step
        rows.append(("pair", "Gegeben" if german else "Tendered", money(given, grouping)))
        rows.append(("pair", "Rückgeld" if german else "Change", money(round(given - total, 2), grouping)))
    labels = ["Bon-Nr.", "Beleg-Nr."] if german else ["Bill No", "Check #", "Receipt #", "Invoice No"]
    ref = (
        digits(rng, rng.choice([4, 5]))
        if currency != "INR"
        else rng.choice(["B", "INV/", "SSC-"]) + digits(rng, 5)
    )
    txn = _id(rng, rows, labels, ref, 0.2)
    status = None
    if shown(rng, 0.8):
        status = "success"
        rows.append(
            ("center", "*** Bezahlt ***" if german else rng.choice(["** PAID **", "PAID - THANK YOU"]))
        )
    rows.append(
        (
            "small",
            "Vielen Dank und bis bald!"
            if german
            else rng.choice(["Thank you! Visit again", "Enjoy your treat!"]),
        )
    )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 19), shop, rng.choice([420, 460]))


# ---------------------------------------------------------------- 2 drinking-water can / cooler supply receipt


WATER = {
    "INR": ["Ganga Jal Aqua Suppliers", "Neer Pure Drinking Water Co."],
    "GBP": ["Dales Spring Water Coolers"],
    "USD": ["Blue Ridge Water Delivery"],
    "EUR": ["Quellwasser Service Rhein-Main", "Aqua Clear Coolers Galway"],
}
WATER_GERMAN = ["Quellwasser Service Rhein-Main"]
WATER_PLACES = {
    "Ganga Jal Aqua Suppliers": "Plot 22, ITPL Main Rd, Whitefield, Bengaluru 560066",
    "Neer Pure Drinking Water Co.": "S.No 41, Baner Road, Pune 411045",
    "Dales Spring Water Coolers": "Unit 5, Riverside Park, Skipton BD23 2QR",
    "Blue Ridge Water Delivery": "740 Industrial Dr, Asheville, NC 28806",
    "Quellwasser Service Rhein-Main": "Gutenbergstraße 18, 65205 Wiesbaden",
    "Aqua Clear Coolers Galway": "Unit 9, Ballybrit Business Park, Galway H91 P2XW",
}
WATER_CUSTOMERS = {
    "INR": ["Flat 504, Prestige Shantiniketan", "Sharma Associates, 2nd Floor", "Sri Sai PG for Ladies"],
    "GBP": ["Harrison & Cole Solicitors", "Flat 3, 18 Otley Rd"],
    "USD": ["Mountain View Dental", "Brooks Family"],
    "EUR": ["Clarke Accountancy", "Murphy household"],
    "DE": ["Kanzlei Vogel & Partner", "Praxis Dr. Sommer"],
}


def water_can_delivery(rng: random.Random, font: str):
    """A drinking-water supplier's monthly receipt for 20-litre cans or cooler bottles (two suppliers in rupees, one
    each in pounds and dollars, a German one and an Irish one in euros): the customer (a flat, an office, a clinic;
    never the payee) and their Customer ID / Kunden-Nr. (never the id), the month supplied (Billing period /
    Supply month / Leistungszeitraum; never the day paid), cans delivered at a rate, empties returned, cans held and
    the refundable deposit held (never charged here), dispenser rental, GST / VAT / MwSt., the delivery man (never
    the payee), the next delivery day (never the day paid); Amount received / Total paid / Total / Bill amount /
    Gesamtbetrag; Receipt No / Bill No / Invoice # / Rechnungs-Nr. in a share; Paid on / Payment date / Received on /
    Bezahlt am in a share; Payment received / Auto-debit failed / Lastschrift fehlgeschlagen in a share."""
    currency, firm = _currency(rng, WATER)
    german = firm in WATER_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.45,
        german,
        words=(
            {
                "success": ["Zahlung erhalten"],
                "failed": ["Lastschrift fehlgeschlagen"],
                "pending": ["Zahlung ausstehend"],
            }
            if german
            else {
                "success": ["Payment received - thank you", "Payment successful"],
                "failed": ["Auto-debit failed", "Payment failed"],
                "pending": ["Payment pending", "Payment processing"],
            }
        ),
        p_success=0.5,
        p_failed=0.2,
    )
    rows: list[tuple] = [("title", firm), ("center", WATER_PLACES[firm])]
    rows.append(
        ("center", "Quittung" if german else rng.choice(["Payment receipt", "Monthly receipt", "RECEIPT"]))
    )
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    customer = rng.choice(WATER_CUSTOMERS["DE" if german else currency])
    rows.append(
        ("pair", "Kunde" if german else rng.choice(["Customer", "Deliver to", "Account name"]), customer)
    )
    rows.append(
        (
            "pair",
            "Kunden-Nr." if german else rng.choice(["Customer ID", "Cust. code", "Account #"]),
            digits(rng, 6),
        )
    )
    month = _earlier(when, rng, 3, 20).replace(day=1)
    period = month.strftime("%B %Y") if not german else f"{month.month:02d}/{month.year}"
    rows.append(
        ("pair", "Leistungszeitraum" if german else rng.choice(["Billing period", "Supply month"]), period)
    )
    rows.append(("rule",))
    can, unit = {
        "INR": ("20 L can", rng.choice([35.0, 40.0, 45.0, 60.0])),
        "GBP": ("19 L bottle", rng.choice([7.5, 8.95])),
        "USD": ("5 gal bottle", rng.choice([7.99, 8.49, 9.25])),
        "EUR": ("18,9-L-Gallone" if german else "18.9 L bottle", rng.choice([7.9, 8.5])),
    }[currency]
    n = rng.randint(6, 30) if currency == "INR" else rng.randint(2, 10)
    net = round(n * unit, 2)
    rows.append(("pair", f"{n} x {can} @ {money(unit, grouping)}", money(net, grouping)))
    rows.append(
        (
            "pair",
            "Leergut zurück" if german else rng.choice(["Empties returned", "Empty cans collected"]),
            str(n - rng.randint(0, 2)),
        )
    )
    if shown(rng, 0.5):
        rent = {"INR": 150.0, "GBP": 6.5, "USD": 7.0, "EUR": 6.0}[currency]
        rows.append(
            (
                "pair",
                "Spendermiete" if german else rng.choice(["Dispenser rental", "Cooler rental"]),
                money(rent, grouping),
            )
        )
        net = round(net + rent, 2)
    if shown(rng, 0.5):
        held = rng.randint(2, 5)
        dep = {"INR": 150.0, "GBP": 10.0, "USD": 12.0, "EUR": 10.0}[currency]
        rows.append(
            (
                "small",
                f"{held} Gallonen im Bestand, Pfand {money(dep * held, grouping)} (erstattbar)"
                if german
                else f"Cans held: {held} (refundable deposit {money(dep * held, grouping)} held)",
            )
        )
    total = _tax(
        rng,
        rows,
        grouping,
        net,
        currency,
        german,
        added=currency == "INR" or shown(rng, 0.5),
        india_rate=0.09,
    )
    if german:
        totals, paid = ["Gesamtbetrag", "Summe"], ["Bezahlt"]
    else:
        totals, paid = ["Total", "Bill amount", "Amount"], ["Amount received", "Total paid"]
    _total(rng, rows, fmt, total, status, totals, paid)
    kinds = ["UPI", "UPI", "cash", "wallet"] if currency == "INR" else ["card", "netbanking", "cash"]
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlart"] if german else ["Mode", "Paid by", "Payment mode"],
        kinds,
        0.25,
        status=status,
    )
    txn = _id(
        rng,
        rows,
        ["Rechnungs-Nr.", "Beleg-Nr."] if german else ["Receipt No", "Bill No", "Invoice #"],
        rng.choice(["WR", "R-", "INV"]) + digits(rng, 5),
        0.2,
    )
    dated = None
    if status not in ("failed", "pending"):
        dated = _paid_on(
            rng,
            rows,
            when,
            pattern,
            currency,
            german,
            ["Bezahlt am"] if german else ["Paid on", "Payment date", "Received on"],
            0.3,
            0.2,
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Fahrer" if german else rng.choice(["Delivery by", "Delivery staff"]),
                _staff(rng, currency, german),
            )
        )
    if shown(rng, 0.6):
        nxt = _dtext(_later(when, rng, 2, 9), pattern)
        rows.append(
            ("pair", "Nächste Lieferung" if german else rng.choice(["Next delivery", "Next drop"]), nxt)
        )
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    style = PAPER if shown(rng, 0.5) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 19), firm)


# ---------------------------------------------------------------- 3 heating oil delivery docket


HEATING = {
    "GBP": ["Moorland Heating Oils Ltd"],
    "USD": ["Cape Cod Home Heating Oil Co."],
    "EUR": ["Heizöl Brandt GmbH", "Mineralöle Ostermann KG", "Shannonside Home Heating Oil"],
}
HEATING_GERMAN = ["Heizöl Brandt GmbH", "Mineralöle Ostermann KG"]
HEATING_PLACES = {
    "Moorland Heating Oils Ltd": "Station Yard, Hexham NE46 1ET",
    "Cape Cod Home Heating Oil Co.": "55 Route 28, Hyannis, MA 02601",
    "Heizöl Brandt GmbH": "Industriestraße 31, 34123 Kassel",
    "Mineralöle Ostermann KG": "Hafenweg 7, 48155 Münster",
    "Shannonside Home Heating Oil": "Dock Road, Limerick V94 K2D1",
}


def heating_oil_delivery(rng: random.Random, font: str):
    """A heating-oil distributor's delivery docket or invoice (Moorland Heating Oils in pounds, Cape Cod Home
    Heating Oil in dollars, two German firms and Shannonside in Limerick in euros): the customer (never the payee),
    the tanker's registration and the driver (never the id nor the payee), the product (kerosene 28 sec, #2 heating
    oil, Heizöl EL schwefelarm), meter readings before and after, litres or gallons at a price per litre or gallon,
    VAT 5% / 13.5% / MwSt. 19% (added or included), the delivery day (Delivered / Delivery date / Lieferdatum; never
    the day paid), the order's day when paid at ordering (Ordered and paid / Order date / Bestellt am) in a share;
    Total / Amount due / Invoice total / Gesamtbetrag / Rechnungsbetrag; Docket No / Ticket # / Invoice No /
    Rechnungs-Nr. in a share; Paid by / Payment / Zahlungsart in a share; PAID / Paid with thanks / Bezahlt / Card
    declined / Zahlung abgelehnt in a share."""
    currency, firm = _currency(rng, HEATING)
    german = firm in HEATING_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    when = when.replace(month=rng.choice([1, 2, 3, 10, 11, 12]), day=min(when.day, 28))
    rows: list[tuple] = [("title", firm), ("center", HEATING_PLACES[firm])]
    rows.append(
        (
            "center",
            rng.choice(["Lieferschein / Rechnung", "Rechnung"])
            if german
            else rng.choice(["DELIVERY DOCKET", "Delivery ticket", "Invoice"]),
        )
    )
    rows.append(("rule",))
    person = _person(rng, currency, german)
    rows.append(("pair", "Kunde" if german else rng.choice(["Customer", "Deliver to", "Account"]), person))
    if shown(rng, 0.5):
        rows.append(("pair", "Kunden-Nr." if german else "Account No", digits(rng, 6)))
    reg = {
        "GBP": f"NK{digits(rng, 2)} {code(rng, 3, UPPER)}",
        "USD": f"MA {digits(rng, 3)}-{code(rng, 3, UPPER)}",
        "EUR": f"KS-{code(rng, 2, UPPER)} {digits(rng, 3)}"
        if german
        else f"{rng.choice(['221', '192'])}-L-{digits(rng, 4)}",
    }[currency]
    rows.append(("pair", "Fahrzeug" if german else rng.choice(["Tanker reg", "Truck"]), reg))
    rows.append(("pair", "Fahrer" if german else "Driver", _staff(rng, currency, german)))
    product, per, unit_price, qty = {
        "GBP": (
            "Kerosene 28 sec",
            "litre",
            rng.choice([0.589, 0.629, 0.664]),
            rng.choice([500, 700, 900, 1000]),
        ),
        "USD": ("#2 Heating oil", "gal", rng.choice([3.799, 3.949, 4.159]), rng.choice([100, 150, 175, 200])),
        "EUR": (
            "Heizöl EL schwefelarm" if german else "Kerosene",
            "l" if german else "litre",
            rng.choice([0.989, 1.049, 1.109]),
            rng.choice([500, 900, 1000, 1500]),
        ),
    }[currency]
    start = rng.randint(10000, 90000)
    rows.append(("pair", "Produkt" if german else "Product", product))
    rows.append(
        ("pair", "Zählerstand Anfang / Ende" if german else "Meter start / end", f"{start} / {start + qty}")
    )
    net = round(qty * unit_price, 2)
    unit_text = f"{unit_price:.3f}".replace(".", ",") if german else f"{unit_price:.3f}"
    rows.append(("pair", f"{qty} {per} x {unit_text}", money(net, grouping)))
    vat = {
        "GBP": (0.05, "VAT 5%"),
        "USD": (0.0, ""),
        "EUR": (0.19, "MwSt. 19%") if german else (0.135, "VAT 13.5%"),
    }[currency]
    total = net
    if vat[0]:
        tax = round(net * vat[0], 2)
        if shown(rng, 0.5):
            rows.append(("pair", vat[1], money(tax, grouping)))
            total = round(net + tax, 2)
        else:
            included = round(net - net / (1 + vat[0]), 2)
            rows.append(
                ("pair", f"inkl. {vat[1]}" if german else f"incl. {vat[1]}", money(included, grouping))
            )
    status = None
    words = None
    if shown(rng, 0.5):
        status = "success" if rng.random() < 0.8 else "failed"
        words = (
            ("Bezahlt" if status == "success" else "Zahlung abgelehnt")
            if german
            else (
                rng.choice(["PAID", "Paid with thanks", "PAID IN FULL"])
                if status == "success"
                else "Card declined"
            )
        )
    totals = ["Gesamtbetrag", "Rechnungsbetrag"] if german else ["Total", "Invoice total", "TOTAL"]
    rows.append(("pair", rng.choice(totals), fmt(total)))
    txn = _id(
        rng,
        rows,
        ["Rechnungs-Nr."] if german else ["Docket No", "Ticket #", "Invoice No"],
        digits(rng, rng.choice([5, 6])),
        0.2,
    )
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsart"] if german else ["Paid by", "Payment"],
        ["card", "card", "netbanking", "cash"],
        0.25,
        status=status,
    )
    delivered = when if shown(rng, 0.5) else _later(when, rng, 1, 6)
    dated = None
    if delivered != when and shown(rng, 0.4):
        labels = ["Order date"] if status == "failed" else ["Ordered and paid", "Order date"]
        rows.append(("pair", "Bestellt am" if german else rng.choice(labels), _dtext(when, pattern)))
        dated = when
    rows.append(
        (
            "pair",
            "Lieferdatum" if german else rng.choice(["Delivered", "Delivery date"]),
            _stamp(rng, delivered, pattern, currency, german, 0.3),
        )
    )
    if words:
        rows.append(("center", words))
    rows.append(("small", "Tank gauge checked by driver" if not german else "Tankinhalt vom Fahrer geprüft"))
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 19), firm, rng.choice([480, 520]))


# ---------------------------------------------------------------- 4 in-flight Wi-Fi pass


WIFI = {
    "INR": ["Nelco Inflight Connectivity"],
    "GBP": ["Inmarsat Aviation Wi-Fi"],
    "USD": ["Viasat In-Flight Wi-Fi", "Gogo Inflight Internet"],
    "EUR": ["SITA OnAir Connect", "Panasonic Avionics Wi-Fi"],
}
WIFI_GERMAN = ["SITA OnAir Connect"]
AIRLINES = {
    "INR": [("Air India", "AI"), ("Vistara", "UK")],
    "GBP": [("British Airways", "BA"), ("Virgin Atlantic", "VS")],
    "USD": [("Delta Air Lines", "DL"), ("United Airlines", "UA"), ("Alaska Airlines", "AS")],
    "EUR": [("Lufthansa", "LH"), ("Eurowings", "EW")],
    "IE": [("Aer Lingus", "EI")],
}
WIFI_PLANS = [
    ("1-hour pass", 0.35),
    ("Messaging pass", 0.2),
    ("Full-flight pass", 1.0),
    ("Streaming pass", 1.4),
]


def inflight_wifi(rng: random.Random, font: str):
    """An in-flight Wi-Fi provider's purchase receipt, on the portal's screen or by e-mail (Nelco in rupees, Inmarsat
    in pounds, Viasat and Gogo in dollars, SITA OnAir on a German page and Panasonic Avionics in euros): the provider
    on top; the airline and its flight number, the seat, the route and the flight's day (Flight / Flight date /
    Flugdatum; never the day paid nor the payee), the passenger (never the payee), the device, the pass and its
    length, tax, Total / Total charged / Amount / Gesamt; Order ID / Receipt # / Purchase ID / Bestellnummer in a
    share; Payment method / Paid with / Zahlungsart in a share; Purchased / Purchase date / Date / Kaufdatum in a share;
    Payment successful / Purchase complete / Payment failed / Card declined / Zahlung erfolgreich in a share."""
    currency, provider = _currency(rng, WIFI)
    german = provider in WIFI_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german, ["sign", "code_before", "code_after"])
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.6,
        german,
        words=(
            {
                "success": ["Zahlung erfolgreich"],
                "failed": ["Zahlung fehlgeschlagen"],
                "pending": ["Zahlung in Bearbeitung"],
            }
            if german
            else {
                "success": ["Payment successful", "Purchase complete"],
                "failed": ["Payment failed", "Card declined"],
                "pending": ["Payment processing"],
            }
        ),
        p_success=0.6,
        p_failed=0.2,
    )
    airline, iata = rng.choice(AIRLINES["IE" if currency == "EUR" and not german else currency])
    rows: list[tuple] = [("title", provider)]
    rows.append(
        (
            "center",
            "Ihre Quittung" if german else rng.choice(["Your receipt", "Purchase receipt", "Order summary"]),
        )
    )
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    passenger = _person(rng, currency, german)
    rows.append(
        ("pair", "Passagier" if german else rng.choice(["Passenger", "Name", "Account holder"]), passenger)
    )
    rows.append(
        (
            "pair",
            "Flug" if german else rng.choice(["Flight", "Airline"]),
            f"{airline} {iata} {digits(rng, rng.choice([2, 3]))}",
        )
    )
    route = {
        "INR": "DEL - BOM",
        "GBP": "LHR - JFK",
        "USD": "SEA - BOS",
        "EUR": "FRA - LIS" if german else "DUB - ORD",
    }[currency]
    rows.append(("pair", "Strecke" if german else "Route", route))
    rows.append(("pair", "Sitz" if german else "Seat", f"{rng.randint(3, 42)}{rng.choice('ABCDEF')}"))
    flight_day = when if shown(rng, 0.5) else _earlier(when, rng, 0, 1)
    rows.append(
        (
            "pair",
            "Flugdatum" if german else rng.choice(["Flight date", "Departure"]),
            _dtext(flight_day, pattern),
        )
    )
    rows.append(
        (
            "pair",
            "Gerät" if german else "Device",
            rng.choice(["iPhone 15", "Pixel 8", "MacBook Air", "Galaxy S23"]),
        )
    )
    rows.append(("rule",))
    plan, factor = rng.choice(WIFI_PLANS)
    base = {"INR": 1200.0, "GBP": 12.0, "USD": 19.0, "EUR": 14.0}[currency]
    net = round(base * factor + (0 if currency == "INR" else rng.choice([0, -0.01, 0.99])), 2)
    net = max(net, 2.99)
    rows.append(("pair", plan, money(net, grouping)))
    total = _tax(rng, rows, grouping, net, currency, german, added=currency == "INR", india_rate=0.09)
    if german:
        totals, paid = ["Gesamt", "Betrag"], ["Bezahlt"]
    else:
        totals, paid = ["Total", "Amount"], ["Total charged", "Amount paid"]
    _total(rng, rows, fmt, total, status, totals, paid)
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsart"] if german else ["Payment method", "Paid with"],
        ["card", "card", "wallet"],
        0.2,
        online=True,
        status=status,
    )
    ref = (
        rng.choice(["WF", "IFC-", ""]) + digits(rng, 8)
        if currency != "USD"
        else code(rng, 3, UPPER) + digits(rng, 7)
    )
    txn = _id(rng, rows, ["Bestellnummer"] if german else ["Order ID", "Receipt #", "Purchase ID"], ref, 0.15)
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Kaufdatum"] if german else ["Purchased", "Purchase date", "Date"],
        0.3,
        0.6,
    )
    rows.append(
        (
            "small",
            "Session ends on landing. Not valid on connecting flights."
            if not german
            else "Gilt nur für diesen Flug.",
        )
    )
    truth = truth_fields(provider, total, currency, txn, dated, method, status)
    style = dict(SCREEN, size=19) if shown(rng, 0.5) else _sized(EMAIL, 19)
    return rows, truth, _page(font, rows, style, provider)


# ---------------------------------------------------------------- 5 VPN subscription renewal e-mail


VPNS = {
    "INR": ["NordVPN", "Surfshark"],
    "GBP": ["ExpressVPN"],
    "USD": ["Proton VPN", "Mullvad VPN"],
    "EUR": ["CyberGhost VPN"],
}
VPN_PLANS = [("1-month plan", 1, 1.0), ("1-year plan", 12, 5.0), ("2-year plan + 3 months", 27, 8.0)]


def vpn_renewal(rng: random.Random, font: str):
    """A VPN service's renewal receipt e-mail (NordVPN and Surfshark in rupees, ExpressVPN in pounds, Proton VPN and
    Mullvad in dollars, CyberGhost on a German page): the account's e-mail address and the customer's name (never the
    payee), the plan, its period and the next renewal day (Service period / Valid until / Next renewal / Nächste
    Verlängerung; never the day paid), a discount, GST 18% / VAT 20% / sales tax / MwSt. 19%, Total / Total charged /
    Amount / Gesamtbetrag; Order ID / Invoice No / Payment ID / Rechnungsnummer in a share; Payment method / Charged
    to / Zahlungsmethode in a share; Date / Payment date / Billed on / Rechnungsdatum in a share; Payment successful /
    Payment received / Renewal payment failed / Payment processing / Zahlung erfolgreich in a share."""
    currency, brand = _currency(rng, VPNS)
    german = currency == "EUR"
    fmt, grouping = _fmt(rng, font, currency, german, ["sign", "sign_space", "code_before"])
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.55,
        german,
        words=(
            {
                "success": ["Zahlung erfolgreich"],
                "failed": ["Zahlung fehlgeschlagen"],
                "pending": ["Zahlung in Bearbeitung"],
            }
            if german
            else {
                "success": ["Payment successful", "Payment received"],
                "failed": ["Renewal payment failed", "Payment failed"],
                "pending": ["Payment processing"],
            }
        ),
        p_success=0.5,
        p_failed=0.25,
    )
    person = _person(rng, currency, german)
    rows: list[tuple] = [("title", brand)]
    rows.append(
        (
            "center",
            "Rechnung zu Ihrem Abo"
            if german
            else rng.choice(["Subscription receipt", "Your receipt", "Renewal invoice"]),
        )
    )
    _status_row(rng, rows, words, german)
    rows.append(("left", f"{'Hallo' if german else rng.choice(['Hi', 'Hello'])} {person.split()[0]},"))
    rows.append(("rule",))
    mail = person.lower().replace(" ", ".").replace("ö", "oe").replace("ü", "ue") + rng.choice(
        ["@gmail.com", "@outlook.com", "@proton.me"]
    )
    rows.append(("pair", "Konto" if german else rng.choice(["Account", "Email", "Billed to"]), mail))
    plan, months, factor = rng.choice(VPN_PLANS)
    german_plans = {1: "1 Monat", 12: "12 Monate", 27: "2 Jahre + 3 Monate gratis"}
    rows.append(("pair", "Tarif" if german else "Plan", german_plans[months] if german else plan))
    end = _later(when, rng, months * 30, months * 30 + 3)
    if shown(rng, 0.7):
        label = "Laufzeit" if german else rng.choice(["Service period", "Valid until", "Next renewal"])
        value = (
            f"{_dtext(when, pattern)} - {_dtext(end, pattern)}"
            if label in ("Laufzeit", "Service period")
            else _dtext(end, pattern)
        )
        rows.append(("pair", label, value))
    base = {"INR": 330.0, "GBP": 6.99, "USD": 4.99, "EUR": 5.49}[currency]
    list_price = round(base * months, 2)
    net = round(base * factor * (0.9 if currency != "INR" else 1.0), 2) if months > 1 else base
    rows.append(("pair", "Listenpreis" if german else "Regular price", money(list_price, grouping)))
    if list_price > net:
        rows.append(
            ("pair", "Rabatt" if german else "Discount", "-" + money(round(list_price - net, 2), grouping))
        )
    total = _tax(
        rng,
        rows,
        grouping,
        net,
        currency,
        german,
        added=currency in ("INR", "USD") or shown(rng, 0.5),
        india_rate=0.09,
    )
    if german:
        totals, paid = ["Gesamtbetrag", "Summe"], ["Bezahlt"]
    else:
        totals, paid = ["Total", "Amount"], ["Total charged", "Amount paid"]
    _total(rng, rows, fmt, total, status, totals, paid)
    kinds = ["card", "UPI", "wallet"] if currency == "INR" else ["card", "card", "wallet"]
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsmethode"] if german else ["Payment method", "Charged to", "Method"],
        kinds,
        0.2,
        online=True,
        status=status,
    )
    ref = {
        "NordVPN": "NV" + digits(rng, 9),
        "Surfshark": digits(rng, 8),
        "ExpressVPN": "EXP-" + code(rng, 8, UPPER + "0123456789"),
        "Proton VPN": "PV-" + digits(rng, 7),
        "Mullvad VPN": "MV" + digits(rng, 8),
        "CyberGhost VPN": "CG-" + digits(rng, 8),
    }[brand]
    txn = _id(
        rng, rows, ["Rechnungsnummer"] if german else ["Order ID", "Invoice No", "Payment ID"], ref, 0.15
    )
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Rechnungsdatum"] if german else ["Date", "Payment date", "Billed on"],
        0.25,
        0.3,
    )
    rows.append(
        (
            "small",
            "Kündigung jederzeit im Konto möglich."
            if german
            else "Manage auto-renewal in your account settings.",
        )
    )
    truth = truth_fields(brand, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(EMAIL, 19), brand)


# ---------------------------------------------------------------- 6 fireworks shop bill


FIREWORKS = {
    "INR": ["Lakshmi Crackers World Sivakasi", "Deepam Fireworks Depot"],
    "GBP": ["Skyburst Fireworks Warehouse"],
    "USD": ["Liberty Fireworks Stand"],
    "EUR": ["Pyro-Markt Böhm"],
}
FIREWORK_PLACES = {
    "Lakshmi Crackers World Sivakasi": "Sattur Road, Sivakasi, Tamil Nadu 626123",
    "Deepam Fireworks Depot": "Old Madras Road, KR Puram, Bengaluru 560036",
    "Skyburst Fireworks Warehouse": "Unit 3, Canal Road, Leeds LS12 2PL",
    "Liberty Fireworks Stand": "US-75 Exit 12, Durant, OK 74701",
    "Pyro-Markt Böhm": "Alte Landstraße 40, 22339 Hamburg",
}
CRACKERS = [
    ("Flower pots (Anar) big 10 pcs", 420),
    ("Ground chakkar deluxe 10 pcs", 260),
    ("Sparklers 30 cm 5 boxes", 350),
    ("Rocket bomb 10 pcs", 480),
    ("Atom bomb 10 pcs", 210),
    ("120 shot multi-colour", 3200),
    ("Twinkling star 10 pcs", 150),
    ("Gift box 35 items", 1850),
]
FIREWORKS_WEST = [
    ("Sparklers 18 in (12)", 450),
    ("Rocket pack (10)", 1800),
    ("Roman candles (6)", 1200),
    ("Fountain - Volcano", 900),
    ("25-shot cake", 2600),
    ("Catherine wheels (3)", 700),
    ("Family selection box", 4200),
]
FIREWORKS_DE = [
    ("Wunderkerzen 10er", 300),
    ("Raketensortiment 20-tlg.", 2200),
    ("Batterie 36 Schuss", 3200),
    ("Knallfrösche", 350),
    ("Fontänen-Set", 1400),
    ("Familienbox", 4000),
]


def fireworks_shop(rng: random.Random, font: str):
    """A fireworks shop's bill (a Sivakasi wholesaler and a Bengaluru depot in rupees, a Leeds warehouse in pounds, a
    roadside stand in Oklahoma in dollars, a Hamburg shop's Silvester sale in euros): the explosives licence number
    (never the id), the customer and their mobile (never the payee), items at MRP with a festival discount (Diwali
    offer 70% / Bonfire Night deal / BOGO), GST 18% added / VAT included / sales tax added / MwSt. included, an age
    check, Net Amount / Total / Grand Total / TOTAL / Summe; Bill No / Estimate No / Receipt # / Bon-Nr. in a share;
    Mode / Paid by / Tender / Zahlart in a share; Date / Bill date / Datum in a share; PAID / Bezahlt in a few."""
    currency, shop = _currency(rng, FIREWORKS)
    german = currency == "EUR"
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    month = {"INR": rng.choice([10, 11]), "GBP": rng.choice([10, 11]), "USD": rng.choice([6, 7]), "EUR": 12}[
        currency
    ]
    when = when.replace(month=month, day=min(when.day, 28 if month != 12 else 31))
    rows: list[tuple] = [("title", shop), ("center", FIREWORK_PLACES[shop])]
    licence = {
        "INR": ("PESO Licence No", f"E/SC/TN/22/{digits(rng, 3)}(E{digits(rng, 5)})"),
        "GBP": ("Explosives licence", f"WYF/{digits(rng, 4)}/{digits(rng, 2)}"),
        "USD": ("Tel", f"(580) {digits(rng, 3)}-{digits(rng, 4)}"),
        "EUR": ("Erlaubnis nach § 27 SprengG", f"Nr. {digits(rng, 3)}/{when.year}"),
    }[currency]
    rows.append(("center", f"{licence[0]}: {licence[1]}"))
    if currency == "INR":
        rows.append(
            (
                "center",
                "GSTIN: 33"
                + code(rng, 5, UPPER)
                + digits(rng, 4)
                + code(rng, 1, UPPER)
                + "1Z"
                + digits(rng, 1),
            )
        )
    rows.append(
        ("center", "Rechnung" if german else rng.choice(["CASH BILL", "Retail invoice", "Sales receipt"]))
    )
    rows.append(("rule",))
    if currency == "INR" and shown(rng, 0.6):
        rows.append(("pair", "Customer", _person(rng, currency)))
        rows.append(("pair", "Mobile", rng.choice("6789") + digits(rng, 9)))
    elif shown(rng, 0.4):
        rows.append(("pair", "Kunde" if german else "Customer", _person(rng, currency, german)))
    rows.append(("rule",))
    table = CRACKERS if currency == "INR" else (FIREWORKS_DE if german else FIREWORKS_WEST)
    items = _scale(table, currency, {"INR": 1.0, "GBP": 0.01, "USD": 0.012, "EUR": 0.01})
    gross = _items(rng, rows, grouping, items, rng.randint(2, 5))
    if currency == "INR":
        rows.append(("pair", "MRP Total", money(gross, grouping)))
        pct = rng.choice([50, 60, 70, 80])
        off = round(gross * pct / 100, 2)
        rows.append(("pair", f"Diwali offer {pct}% off", "-" + money(off, grouping)))
        net = round(gross - off, 2)
        total = _tax(rng, rows, grouping, net, currency, german, added=True, india_rate=0.09)
        rounded = float(round(total))
        if rounded != total:
            rows.append(("pair", "Round off", f"{rounded - total:+.2f}"))
        total = rounded
    else:
        net = gross
        if shown(rng, 0.5):
            off = round(gross * 0.15, 2)
            rows.append(
                (
                    "pair",
                    "Rabatt 15%" if german else rng.choice(["Bonfire Night deal -15%", "Promo 15% off"]),
                    "-" + money(off, grouping),
                )
            )
            net = round(gross - off, 2)
        total = _tax(rng, rows, grouping, net, currency, german, added=currency == "USD")
    label = rng.choice(["Summe", "Gesamt"] if german else ["Net Amount", "Total", "Grand Total", "TOTAL"])
    rows.append(("pair", label, fmt(total)))
    kinds = ["cash", "UPI", "UPI", "card"] if currency == "INR" else ["cash", "card", "card"]
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlart"] if german else ["Mode", "Paid by", "Tender"],
        kinds,
        0.25,
    )
    ref = digits(rng, rng.choice([3, 4, 5]))
    txn = _id(rng, rows, ["Bon-Nr."] if german else ["Bill No", "Estimate No", "Receipt #"], ref, 0.2)
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Datum"] if german else ["Date", "Bill date"],
        0.2,
        0.4,
    )
    if currency != "INR":
        rows.append(
            ("small", "Verkauf nur an Personen ab 18 Jahren" if german else "Customer aged 18+ - ID checked")
        )
    status = None
    if shown(rng, 0.8):
        status = "success"
        rows.append(("center", "BEZAHLT" if german else "PAID"))
    rows.append(
        (
            "small",
            "Goods once sold cannot be returned"
            if currency == "INR"
            else ("Frohes neues Jahr!" if german else "Stay safe - read the instructions"),
        )
    )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 19), shop, rng.choice([440, 480]))


# ---------------------------------------------------------------- 7 stargazing night / observatory tour


STARGAZING = {
    "INR": ["Spiti Stargazers Kaza", "Sariska Night Sky Camp"],
    "GBP": ["Northumberland Dark Sky Tours"],
    "USD": ["Sedona Star Trails"],
    "EUR": ["Sternwarte Rhön Sternführungen", "Kerry Dark Sky Tours"],
}
STAR_GERMAN = ["Sternwarte Rhön Sternführungen"]
STAR_MEET = {
    "Spiti Stargazers Kaza": "Langza village car park",
    "Sariska Night Sky Camp": "Camp gate, Thanagazi",
    "Northumberland Dark Sky Tours": "Kielder Castle car park",
    "Sedona Star Trails": "Red Rock Ranger Station",
    "Sternwarte Rhön Sternführungen": "Parkplatz Wasserkuppe",
    "Kerry Dark Sky Tours": "Ballinskelligs Pier",
}


def stargazing_night(rng: random.Random, font: str):
    """A stargazing night's or observatory tour's booking receipt (Spiti and Sariska in rupees, Northumberland in
    pounds, Sedona in dollars, a Rhön observatory on a German page and Kerry in euros): the lead guest (never the
    payee), the night and its start (Tour night / Session / Night of / Termin; never the day paid), the meeting
    point, the astronomer or guide (never the payee), the telescope, the moon's phase, a cloudy-night rebooking day in
    a share (never the day paid), adults and children at a rate, a hot-drinks add-on, GST / VAT / MwSt.; Total /
    Amount paid / Total paid / Gesamtpreis; Booking ref / Ticket No / Booking # / Buchungsnummer in a share; Paid via
    / Payment / Zahlart in a share; Booked on / Booking date / Gebucht am in a share; Payment received / Payment
    failed / Awaiting payment / Zahlung erhalten in a share."""
    currency, firm = _currency(rng, STARGAZING)
    german = firm in STAR_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.5,
        german,
        words=(
            {
                "success": ["Zahlung erhalten"],
                "failed": ["Zahlung fehlgeschlagen"],
                "pending": ["Zahlung ausstehend"],
            }
            if german
            else {
                "success": ["Payment received", "Payment successful"],
                "failed": ["Payment failed"],
                "pending": ["Awaiting payment", "Payment pending"],
            }
        ),
    )
    rows: list[tuple] = [("title", firm)]
    rows.append(
        (
            "center",
            "Buchungsbeleg" if german else rng.choice(["Booking receipt", "Your tickets", "Tour booking"]),
        )
    )
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            "Gast" if german else rng.choice(["Lead guest", "Guest", "Booked by"]),
            _person(rng, currency, german),
        )
    )
    night = _later(when, rng, 3, 60)
    start = (
        rng.choice(["20:30", "21:00", "22:15"]) if currency != "USD" else rng.choice(["8:30 PM", "9:00 PM"])
    )
    rows.append(
        (
            "pair",
            "Termin" if german else rng.choice(["Tour night", "Session", "Night of"]),
            f"{_dtext(night, pattern)}, {start}",
        )
    )
    rows.append(("pair", "Treffpunkt" if german else "Meeting point", STAR_MEET[firm]))
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                "Astronom/in" if german else rng.choice(["Astronomer", "Your guide"]),
                _staff(rng, currency, german),
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Teleskop" if german else "Telescope",
                rng.choice(["12-inch Dobsonian", "Celestron C11", "8-inch refractor"]),
            )
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Mondphase" if german else "Moon",
                rng.choice(["New moon", "Waxing crescent 14%", "Last quarter"]),
            )
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Ersatztermin" if german else rng.choice(["If cloudy, rebooked to", "Cloud backup night"]),
                _dtext(_later(night, rng, 1, 8), pattern),
            )
        )
    rows.append(("rule",))
    adult = {"INR": rng.choice([1200.0, 1800.0, 2500.0]), "GBP": 28.0, "USD": 65.0, "EUR": 24.0}[currency]
    adults = rng.randint(1, 4)
    rows.append(
        (
            "pair",
            f"{'Erwachsene' if german else 'Adults'} {adults} x {money(adult, grouping)}",
            money(adult * adults, grouping),
        )
    )
    net = adult * adults
    if shown(rng, 0.5):
        kids = rng.randint(1, 2)
        child = round(adult * 0.6, 2)
        rows.append(
            (
                "pair",
                f"{'Kinder' if german else 'Children'} {kids} x {money(child, grouping)}",
                money(child * kids, grouping),
            )
        )
        net += child * kids
    if shown(rng, 0.4):
        drink = {"INR": 150.0, "GBP": 3.5, "USD": 6.0, "EUR": 3.0}[currency]
        rows.append(
            (
                "pair",
                "Heißgetränke"
                if german
                else rng.choice(["Hot chocolate & blankets", "Kahwa & bonfire"])
                if currency == "INR"
                else "Hot drinks add-on",
                money(drink * adults, grouping),
            )
        )
        net += drink * adults
    net = round(net, 2)
    total = _tax(rng, rows, grouping, net, currency, german, added=currency == "INR", india_rate=0.025)
    if german:
        totals, paid = ["Gesamtpreis", "Gesamt"], ["Bezahlt"]
    else:
        totals, paid = ["Total", "Booking total"], ["Amount paid", "Total paid"]
    _total(rng, rows, fmt, total, status, totals, paid)
    kinds = ["UPI", "card", "netbanking", "wallet"] if currency == "INR" else ["card", "card", "wallet"]
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlart"] if german else ["Paid via", "Payment"],
        kinds,
        0.25,
        online=True,
        status=status,
    )
    ref = rng.choice(["SG", "DSK", "ST-", ""]) + digits(rng, 6)
    txn = _id(
        rng, rows, ["Buchungsnummer"] if german else ["Booking ref", "Ticket No", "Booking #"], ref, 0.2
    )
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Gebucht am"] if german else ["Booked on", "Booking date"],
        0.25,
        0.3,
    )
    rows.append(
        (
            "small",
            "Warme Kleidung mitbringen."
            if german
            else "Dress warmly. No white torches please - red light only.",
        )
    )
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.6) else PAPER
    return rows, truth, _page(font, rows, _sized(style, 19), firm)


# ---------------------------------------------------------------- 8 pet cremation


CREMATORIA = {
    "INR": ["Paws Farewell Pet Crematorium", "Rainbow Bridge Pet Cremation Services"],
    "GBP": ["Meadowbank Pet Crematorium"],
    "USD": ["Gentle Paws Pet Cremation"],
    "EUR": ["Tierkrematorium Sonnenhügel", "Forever Friends Pet Cremation"],
}
CREMATORIA_GERMAN = ["Tierkrematorium Sonnenhügel"]
CREMATORIA_PLACES = {
    "Paws Farewell Pet Crematorium": "Survey No. 88, Hennur Bagalur Road, Bengaluru 562149",
    "Rainbow Bridge Pet Cremation Services": "Near Wagholi Toll, Pune-Nagar Road, Pune 412207",
    "Meadowbank Pet Crematorium": "Meadowbank Lane, Nantwich CW5 7HE",
    "Gentle Paws Pet Cremation": "3100 Old Hickory Blvd, Nashville, TN 37221",
    "Tierkrematorium Sonnenhügel": "Am Sonnenhügel 5, 31134 Hildesheim",
    "Forever Friends Pet Cremation": "Kilmessan Road, Navan, Co. Meath C15 H6T3",
}
VETS = {
    "INR": ["Cessna Lifeline Veterinary Hospital", "Dr. Rao's Pet Clinic", "Crown Vet Baner"],
    "GBP": ["Nantwich Vets4Pets", "Riverside Veterinary Group"],
    "USD": ["Belle Meade Animal Hospital", "Green Hills Veterinary Clinic"],
    "EUR": ["Tierarztpraxis Dr. Lange", "Tierklinik Hildesheim"],
    "IE": ["Navan Veterinary Clinic", "Boyne Valley Vets"],
}
PETS = ["Bruno", "Simba", "Coco", "Milo", "Daisy", "Tiger", "Luna", "Rocky"]


def pet_cremation(rng: random.Random, font: str):
    """A pet crematorium's receipt (two in rupees, one each in pounds and dollars, a German one and an Irish one in
    euros): the pet (name, species and breed, weight in kg or lbs), the owner (never the payee), the day of passing
    (never the day paid), the vet clinic it was collected from (a business, never the payee), the microchip number
    (never the id), individual or communal cremation, an urn or casket, a paw print, the ashes' return day (never the
    day paid), GST 18% added / VAT / MwSt. included; Total / Total fee / Amount received / Gesamtbetrag; Receipt No /
    Ref / Cremation ID / Beleg-Nr. in a share; Paid by / Mode / Zahlart in a share; Date / Receipt date / Datum in a
    share; no outcome, or Paid with thanks / Bezahlt in a share."""
    currency, firm = _currency(rng, CREMATORIA)
    german = firm in CREMATORIA_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    rows: list[tuple] = [("title", firm), ("center", CREMATORIA_PLACES[firm])]
    rows.append(
        ("center", "Quittung" if german else rng.choice(["Receipt", "Cremation receipt", "Payment receipt"]))
    )
    rows.append(("rule",))
    owner = _person(rng, currency, german)
    rows.append(("pair", "Tierhalter/in" if german else rng.choice(["Owner", "Pet parent", "Client"]), owner))
    pet = rng.choice(PETS)
    species = rng.choice(
        ["Hund, Labrador", "Katze, EKH", "Hund, Dackel"]
        if german
        else (
            ["Dog, Labrador", "Cat, Indie", "Dog, Beagle", "Dog, Shih Tzu", "Cat, Persian"]
            if currency == "INR"
            else [
                "Dog, Labrador",
                "Cat, domestic shorthair",
                "Dog, Beagle",
                "Dog, Border Collie",
                "Cat, Maine Coon",
            ]
        )
    )
    rows.append(("pair", "Tier" if german else "Pet", f"{pet} ({species})"))
    kg = rng.randint(3, 7) if species.startswith(("Cat", "Katze")) else rng.randint(6, 38)
    rows.append(
        (
            "pair",
            "Gewicht" if german else "Weight",
            f"{kg} kg" if currency != "USD" else f"{round(kg * 2.2)} lbs",
        )
    )
    passed = _earlier(when, rng, 1, 4)
    rows.append(
        (
            "pair",
            "Verstorben am" if german else rng.choice(["Date of passing", "Passed away", "Date of death"]),
            _dtext(passed, pattern),
        )
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                "Abgeholt von" if german else "Collected from",
                rng.choice(VETS["IE" if currency == "EUR" and not german else currency]),
            )
        )
    if shown(rng, 0.4):
        rows.append(("pair", "Chip-Nr." if german else "Microchip", digits(rng, 15)))
    rows.append(("rule",))
    kind = rng.choice(["individual", "communal"])
    base = {
        "INR": {"individual": 6500.0, "communal": 2500.0},
        "GBP": {"individual": 165.0, "communal": 65.0},
        "USD": {"individual": 240.0, "communal": 95.0},
        "EUR": {"individual": 190.0, "communal": 80.0},
    }[currency][kind]
    size = 1 + (kg > 20) * 0.4
    fee = round(base * size, 2)
    label = (
        {"individual": "Einzeleinäscherung", "communal": "Sammeleinäscherung"}[kind]
        if german
        else f"{kind.title()} cremation ({'large' if kg > 20 else 'small'})"
    )
    rows.append(("pair", label, money(fee, grouping)))
    net = fee
    extras = [
        (
            "Holzurne" if german else "Wooden casket",
            {"INR": 1800.0, "GBP": 45.0, "USD": 60.0, "EUR": 55.0}[currency],
        ),
        (
            "Pfotenabdruck" if german else "Paw print keepsake",
            {"INR": 600.0, "GBP": 20.0, "USD": 25.0, "EUR": 22.0}[currency],
        ),
        (
            "Abholung" if german else "Home/vet collection",
            {"INR": 1000.0, "GBP": 30.0, "USD": 45.0, "EUR": 35.0}[currency],
        ),
    ]
    for name, value in rng.sample(extras, rng.randint(0, 3)):
        rows.append(("pair", name, money(value, grouping)))
        net += value
    net = round(net, 2)
    total = _tax(
        rng, rows, grouping, net, currency, german, added=currency in ("INR", "USD"), india_rate=0.09
    )
    status = None
    if shown(rng, 0.7):
        status = "success"
    if german:
        totals, paid = ["Gesamtbetrag"], ["Erhalten"]
    else:
        totals, paid = ["Total", "Total fee"], ["Amount received"]
    _total(rng, rows, fmt, total, status, totals, paid)
    kinds = ["UPI", "cash", "card", "netbanking"] if currency == "INR" else ["card", "cash", "netbanking"]
    method = _method(rng, rows, currency, german, ["Zahlart"] if german else ["Paid by", "Mode"], kinds, 0.25)
    ref = rng.choice(["PF", "RB", "C-", ""]) + digits(rng, 5)
    txn = _id(rng, rows, ["Beleg-Nr."] if german else ["Receipt No", "Ref", "Cremation ID"], ref, 0.2)
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Datum"] if german else ["Date", "Receipt date"],
        0.2,
        0.2,
    )
    if kind == "individual":
        back = _dtext(_later(when, rng, 2, 10), pattern)
        rows.append(
            (
                "pair",
                "Rückgabe der Asche" if german else rng.choice(["Ashes ready", "Ashes returned by"]),
                back,
            )
        )
    if status:
        rows.append(
            (
                "center",
                "Bezahlt - mit herzlichem Beileid" if german else rng.choice(["Paid with thanks", "PAID"]),
            )
        )
    rows.append(
        ("small", "Wir teilen Ihre Trauer." if german else f"With our sympathy for the loss of {pet}.")
    )
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 19), firm)


# ---------------------------------------------------------------- 9 acupuncture clinic


ACUPUNCTURE = {
    "INR": ["Sujok & Acupuncture Clinic Jayanagar", "Shanti Acupuncture Centre"],
    "GBP": ["Camden Acupuncture Rooms"],
    "USD": ["Golden Needle Acupuncture & Herbs"],
    "EUR": ["Praxis für Akupunktur Lindenhof", "Galway Acupuncture Clinic"],
}
ACU_GERMAN = ["Praxis für Akupunktur Lindenhof"]
ACU_PRACTITIONERS = {
    "INR": ["Dr. Anjali Kamath (BAMS)", "Dr. Suresh Pillai"],
    "GBP": ["Mei Lin Chen MBAcC", "Tom Ashworth MBAcC"],
    "USD": ["Grace Huang, L.Ac.", "Daniel Ortiz, L.Ac."],
    "DE": ["Dr. med. Katrin Roth", "HP Jonas Weber"],
    "IE": ["Aoife Brennan Lic.Ac.", "Li Wei Lic.Ac."],
}
ACU_REG = {"INR": "Reg. No", "GBP": "BAcC No", "USD": "License #", "DE": "LANR", "IE": "AFPA No"}
INSURERS = {
    "GBP": ["Bupa", "AXA Health"],
    "USD": ["Aetna", "Blue Cross"],
    "IE": ["VHI", "Laya Healthcare"],
    "DE": ["Barmenia", "Allianz PKV"],
}


def acupuncture_session(rng: random.Random, font: str):
    """An acupuncture clinic's receipt (two in rupees, Camden in pounds, an Oregon practice in dollars, a German
    practice and a Galway clinic in euros): the patient and their date of birth (never the payee nor the day paid),
    the practitioner and their registration, licence or LANR number (never the payee nor the id), the treatment's day
    (Treatment date / Date of service / Behandlungsdatum; never the day paid), an initial consultation, acupuncture,
    cupping, moxibustion, herbs, a five-session pack with sessions left, an insurer for a claim (a business, never
    the payee), the next appointment (never the day paid); Total / Amount paid / Total fee / Rechnungsbetrag;
    Receipt # / Invoice No / Bill No / Rechnungsnummer in a share; Paid by / Payment / Zahlungsart in a share;
    Payment date / Date paid / Received on / Bezahlt am in a share; PAID / Bezahlt in a share."""
    currency, clinic = _currency(rng, ACUPUNCTURE)
    german = clinic in ACU_GERMAN
    region = "DE" if german else ("IE" if currency == "EUR" else currency)
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    rows: list[tuple] = [("title", clinic)]
    rows.append(
        (
            "center",
            "Privatrechnung"
            if german
            else rng.choice(
                ["Receipt", "Treatment receipt", "Superbill"]
                if currency == "USD"
                else ["Receipt", "Treatment receipt"]
            ),
        )
    )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            "Patient/in" if german else rng.choice(["Patient", "Client"]),
            _person(rng, currency, german),
        )
    )
    if shown(rng, 0.5):
        dob = day(rng).replace(year=rng.randint(1950, 2001))
        rows.append(
            ("pair", "Geburtsdatum" if german else rng.choice(["DOB", "Date of birth"]), _dtext(dob, pattern))
        )
    practitioner = rng.choice(ACU_PRACTITIONERS[region])
    rows.append(
        (
            "pair",
            "Behandler/in" if german else rng.choice(["Practitioner", "Acupuncturist", "Treated by"]),
            practitioner,
        )
    )
    if shown(rng, 0.5):
        rows.append(("pair", ACU_REG[region], digits(rng, rng.choice([5, 6, 9]))))
    treated = when if shown(rng, 0.5) else _earlier(when, rng, 1, 12)
    rows.append(
        (
            "pair",
            "Behandlungsdatum" if german else rng.choice(["Treatment date", "Date of service"]),
            _dtext(treated, pattern),
        )
    )
    rows.append(("rule",))
    lines = {
        "INR": [
            ("Initial consultation", 800.0),
            ("Acupuncture session", 1200.0),
            ("Cupping", 600.0),
            ("Sujok therapy", 700.0),
        ],
        "GBP": [
            ("Initial consultation & treatment", 75.0),
            ("Follow-up treatment", 55.0),
            ("Cupping", 20.0),
            ("Moxibustion", 15.0),
        ],
        "USD": [
            ("New patient exam (99203)", 120.0),
            ("Acupuncture, 1st 15 min (97810)", 85.0),
            ("Add'l 15 min (97811)", 40.0),
            ("Herbal formula, 1 wk", 35.0),
        ],
        "DE": [
            ("Erstanamnese (GebüH 1)", 35.0),
            ("Akupunktur (GebüH 19.1)", 48.0),
            ("Moxibustion", 15.0),
            ("Schröpfen", 22.0),
        ],
        "IE": [("Initial consultation", 80.0), ("Acupuncture treatment", 60.0), ("Cupping", 20.0)],
    }[region]
    net = 0.0
    for name, value in rng.sample(lines, rng.randint(1, 3)):
        rows.append(("pair", name, money(value, grouping)))
        net += value
    if shown(rng, 0.25):
        pack = {"INR": 5000.0, "GBP": 250.0, "USD": 375.0, "DE": 220.0, "IE": 270.0}[region]
        rows.append(("pair", "5er-Karte" if german else "Pack of 5 sessions", money(pack, grouping)))
        rows.append(("small", "Verbleibend: 4 Sitzungen" if german else "Sessions remaining: 4"))
        net += pack
    net = round(net, 2)
    total = net
    if currency == "INR" and shown(rng, 0.4):
        total = _tax(rng, rows, grouping, net, currency, german, added=True, india_rate=0.09)
    if region in INSURERS and shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Versicherung" if german else rng.choice(["Insurer", "For claim with"]),
                rng.choice(INSURERS[region]),
            )
        )
    status = "success" if shown(rng, 0.6) else None
    if german:
        totals, paid = ["Rechnungsbetrag", "Gesamt"], ["Bezahlt"]
    else:
        totals, paid = ["Total", "Total fee"], ["Amount paid"]
    _total(rng, rows, fmt, total, status, totals, paid)
    kinds = ["UPI", "cash", "card"] if currency == "INR" else ["card", "cash", "netbanking", "wallet"]
    method = _method(
        rng, rows, currency, german, ["Zahlungsart"] if german else ["Paid by", "Payment"], kinds, 0.25
    )
    ref = rng.choice(["", "R", "INV-"]) + digits(rng, rng.choice([4, 5]))
    txn = _id(rng, rows, ["Rechnungsnummer"] if german else ["Receipt #", "Invoice No", "Bill No"], ref, 0.2)
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Bezahlt am"] if german else ["Payment date", "Date paid", "Received on"],
        0.3,
        0.1,
    )
    if status:
        rows.append(("center", "BEZAHLT" if german else rng.choice(["PAID", "Paid in full"])))
    if shown(rng, 0.6):
        nxt = _later(when, rng, 5, 21)
        rows.append(
            (
                "pair",
                "Nächster Termin" if german else rng.choice(["Next appointment", "Next visit"]),
                _stamp(rng, nxt, pattern, currency, german, 0.7),
            )
        )
    truth = truth_fields(clinic, total, currency, txn, dated, method, status)
    style = PAPER if shown(rng, 0.6) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 19), clinic)


# ---------------------------------------------------------------- 10 axe-throwing lane booking


AXE = {
    "INR": ["Throwdown Axe House Bengaluru", "Hatchet Hub Gurugram"],
    "GBP": ["Timber Throw Club Manchester"],
    "USD": ["Lumberjack Lanes Austin"],
    "EUR": ["Axtwurf-Arena Leipzig", "Hatchet House Dublin"],
}
AXE_GERMAN = ["Axtwurf-Arena Leipzig"]
AXE_GROUPS = {
    "INR": ["Priya's 30th birthday", "Team offsite - Zenith Analytics Pvt Ltd", "Bachelor party - Rohan"],
    "GBP": ["Stag do - Tom", "Hen party - Chloe", "Brightwave Media Ltd social"],
    "USD": ["Birthday - Jake", "Lone Star Realty team night", "Date night"],
    "DE": ["Junggesellenabschied Max", "Teamevent Nordlicht Software GmbH", "Geburtstag Lea"],
    "IE": ["Hen party - Aoife", "Greenfield Tech Ltd team night", "Stag - Cian"],
}


def axe_throwing(rng: random.Random, font: str):
    """An axe-throwing venue's lane booking (two in rupees, Manchester in pounds, Austin in dollars, Leipzig on a
    German page and Dublin in euros): the booker and the group or company (never the payee), the session's day and
    time (Session / Throw date / Slot / Termin; never the day paid), a lane and an axe coach (never the payee nor
    the id), throwers at a rate, add-ons, waivers, GST 18% added / VAT / MwSt. included / sales tax added; paid in
    full (Total / Total paid / Gesamt) or a deposit (Deposit paid / Anzahlung beside Booking value and Balance at
    venue; the amount is the deposit); Booking ref / Confirmation # / Order No / Buchungs-Nr. in a share; Paid via /
    Payment / Zahlart in a share; Booked on / Booking date / Gebucht am in a share; Payment successful / Payment
    received / Payment failed / Zahlung erfolgreich in a share."""
    currency, venue = _currency(rng, AXE)
    german = venue in AXE_GERMAN
    region = "DE" if german else ("IE" if currency == "EUR" else currency)
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(rng, 0.6, german, p_success=0.5, p_failed=0.2)
    rows: list[tuple] = [("title", venue)]
    rows.append(
        (
            "center",
            "Buchungsübersicht"
            if german
            else rng.choice(["Booking receipt", "Lane booking", "Booking summary"]),
        )
    )
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            "Gebucht von" if german else rng.choice(["Booked by", "Lead thrower", "Name"]),
            _person(rng, currency, german),
        )
    )
    rows.append(
        (
            "pair",
            "Anlass" if german else rng.choice(["Group", "Event", "Occasion"]),
            rng.choice(AXE_GROUPS[region]),
        )
    )
    session = _later(when, rng, 2, 40)
    slot = (
        rng.choice(["18:00", "19:30", "20:45"])
        if currency not in ("USD", "INR")
        else rng.choice(["6:00 PM", "7:30 PM", "4:15 PM"])
    )
    rows.append(
        (
            "pair",
            "Termin" if german else rng.choice(["Session", "Throw date", "Slot"]),
            f"{_dtext(session, pattern)} {slot}",
        )
    )
    rows.append(("pair", "Bahn" if german else "Lane", str(rng.randint(1, 8))))
    if shown(rng, 0.5):
        rows.append(
            ("pair", "Coach" if not german else "Trainer/in", _staff(rng, currency, german).split()[0])
        )
    rows.append(("rule",))
    rate = {"INR": rng.choice([799.0, 999.0, 1299.0]), "GBP": 25.0, "USD": 39.0, "EUR": 27.0}[currency]
    n = rng.randint(2, 12)
    rows.append(
        (
            "pair",
            f"{n} x {'Werfer' if german else 'throwers'} @ {money(rate, grouping)}",
            money(rate * n, grouping),
        )
    )
    net = rate * n
    if shown(rng, 0.5):
        addon, price_ = rng.choice(
            [
                (
                    "Pizza-Platte" if german else "Pizza platter",
                    {"INR": 1200.0, "GBP": 30.0, "USD": 45.0, "EUR": 32.0}[currency],
                ),
                (
                    "Getränkepaket" if german else "Drinks package",
                    {"INR": 1500.0, "GBP": 40.0, "USD": 60.0, "EUR": 38.0}[currency],
                ),
            ]
        )
        rows.append(("pair", addon, money(price_, grouping)))
        net += price_
    net = round(net, 2)
    total = _tax(
        rng, rows, grouping, net, currency, german, added=currency in ("INR", "USD"), india_rate=0.09
    )
    deposit = shown(rng, 0.6) and status != "failed"
    if deposit:
        paid = round(total * rng.choice([0.2, 0.25, 0.5]), 2)
        rows.append(
            (
                "pair",
                "Buchungswert" if german else rng.choice(["Booking value", "Booking total"]),
                money(total, grouping),
            )
        )
        labels = (
            ["Anzahlung"]
            if german
            else (["Deposit", "Deposit amount"] if status == "pending" else ["Deposit paid", "Deposit"])
        )
        rows.append(("pair", rng.choice(labels), fmt(paid)))
        rows.append(
            (
                "pair",
                "Restbetrag vor Ort"
                if german
                else rng.choice(["Balance at venue", "Balance due on the day"]),
                money(round(total - paid, 2), grouping),
            )
        )
    else:
        paid = total
        if german:
            _total(rng, rows, fmt, total, status, ["Gesamt", "Summe"], ["Bezahlt"])
        else:
            _total(rng, rows, fmt, total, status, ["Total", "Order total"], ["Total paid", "Amount paid"])
    rows.append(
        (
            "pair",
            "Haftungsausschluss" if german else "Waivers",
            rng.choice(["signed online", "to sign on arrival"] if not german else ["online unterschrieben"]),
        )
    )
    kinds = ["UPI", "card", "wallet"] if currency == "INR" else ["card", "card", "wallet"]
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlart"] if german else ["Paid via", "Payment"],
        kinds,
        0.25,
        online=True,
        status=status,
    )
    ref = rng.choice(["AXE-", "TD", "HH", ""]) + code(rng, 2, UPPER) + digits(rng, 5)
    txn = _id(
        rng, rows, ["Buchungs-Nr."] if german else ["Booking ref", "Confirmation #", "Order No"], ref, 0.2
    )
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Gebucht am"] if german else ["Booked on", "Booking date"],
        0.3,
        0.4,
    )
    rows.append(
        (
            "small",
            "Geschlossene Schuhe Pflicht. Ab 18 mit Alkohol."
            if german
            else "Closed-toe shoes required. Arrive 15 minutes early.",
        )
    )
    truth = truth_fields(venue, paid, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.5) else dict(SCREEN, size=19)
    return rows, truth, _page(font, rows, _sized(style, 19), venue)


# ---------------------------------------------------------------- 11 whale, dolphin or seal watching boat trip


BOAT_TRIPS = {
    "INR": ["Sinquerim Dolphin Trips", "Tarkarli Dolphin Boat Safari"],
    "GBP": ["Hebridean Whale Watch Co."],
    "USD": ["Pacific Grove Whale Watching"],
    "EUR": ["Seehundfahrten Büsum", "West Cork Whale Watch Ltd"],
}
BOAT_GERMAN = ["Seehundfahrten Büsum"]
BOAT_PIERS = {
    "Sinquerim Dolphin Trips": "Sinquerim jetty, Candolim",
    "Tarkarli Dolphin Boat Safari": "Devbag beach point",
    "Hebridean Whale Watch Co.": "Tobermory Pier, Isle of Mull",
    "Pacific Grove Whale Watching": "Fisherman's Wharf, Monterey",
    "Seehundfahrten Büsum": "Museumshafen Büsum, Anleger 3",
    "West Cork Whale Watch Ltd": "Reen Pier, Union Hall",
}
VESSELS = ["MV Minke Spirit", "Sea Sparrow", "Ocean Dawn", "MS Hanseat", "Jalpari", "Samudra Rani"]


def whale_watching(rng: random.Random, font: str):
    """A whale, dolphin or seal watching boat trip's ticket (Goa and Tarkarli dolphin trips in rupees, Mull in
    pounds, Monterey in dollars, Büsum seal trips on a German page and West Cork in euros): the lead passenger (never
    the payee), the vessel and its skipper (never the payee), the pier, the trip's day and departure (Trip date /
    Sailing / Departure / Abfahrt; never the day paid), adults and children at a rate, a harbour or landing fee, a
    free re-trip if nothing is seen, GST 5% / VAT / MwSt. included; Total / Amount paid / Fare total / Gesamtpreis;
    Ticket No / Booking # / Ref / Ticketnummer in a share; Paid by / Payment / Zahlart in a share; Booked on /
    Issued / Gekauft am in a share; Payment confirmed / Payment failed / Zahlung erfolgreich in a share."""
    currency, firm = _currency(rng, BOAT_TRIPS)
    german = firm in BOAT_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.45,
        german,
        words=(
            {
                "success": ["Zahlung erfolgreich"],
                "failed": ["Zahlung fehlgeschlagen"],
                "pending": ["Zahlung ausstehend"],
            }
            if german
            else {
                "success": ["Payment confirmed", "Payment received"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending"],
            }
        ),
        p_success=0.7,
        p_failed=0.2,
    )
    rows: list[tuple] = [("title", firm)]
    rows.append(
        (
            "center",
            "Fahrkarte" if german else rng.choice(["E-ticket", "Boarding pass & receipt", "Trip ticket"]),
        )
    )
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            "Name" if german else rng.choice(["Lead passenger", "Name", "Guest"]),
            _person(rng, currency, german),
        )
    )
    trip = when if shown(rng, 0.3) else _later(when, rng, 1, 30)
    dep = (
        rng.choice(["09:30", "11:00", "14:15"])
        if currency not in ("USD", "INR")
        else rng.choice(["7:30 AM", "10:00 AM", "2:30 PM"])
    )
    rows.append(
        (
            "pair",
            "Abfahrt" if german else rng.choice(["Trip date", "Sailing", "Departure"]),
            f"{_dtext(trip, pattern)}, {dep}",
        )
    )
    rows.append(("pair", "Anleger" if german else rng.choice(["Boarding at", "Pier"]), BOAT_PIERS[firm]))
    if shown(rng, 0.6):
        rows.append(("pair", "Schiff" if german else rng.choice(["Vessel", "Boat"]), rng.choice(VESSELS)))
    if shown(rng, 0.4):
        rows.append(("pair", "Kapitän" if german else "Skipper", _staff(rng, currency, german)))
    rows.append(("rule",))
    adult = {
        "INR": rng.choice([500.0, 700.0, 900.0]),
        "GBP": 45.0,
        "USD": 59.0,
        "EUR": 22.0 if german else 55.0,
    }[currency]
    adults = rng.randint(1, 5)
    rows.append(
        ("pair", f"{'Erwachsene' if german else 'Adult'} x {adults}", money(adult * adults, grouping))
    )
    net = adult * adults
    if shown(rng, 0.5):
        kids = rng.randint(1, 3)
        child = round(adult * 0.5, 2)
        rows.append(("pair", f"{'Kind' if german else 'Child'} x {kids}", money(child * kids, grouping)))
        net += child * kids
    if shown(rng, 0.5):
        fee = {"INR": 50.0, "GBP": 2.0, "USD": 3.0, "EUR": 1.5}[currency]
        rows.append(
            (
                "pair",
                "Hafengebühr" if german else rng.choice(["Harbour fee", "Landing fee", "Jetty fee"]),
                money(fee * adults, grouping),
            )
        )
        net += fee * adults
    net = round(net, 2)
    total = _tax(
        rng, rows, grouping, net, currency, german, added=currency in ("INR", "USD"), india_rate=0.025
    )
    if german:
        totals, paid = ["Gesamtpreis", "Gesamt"], ["Bezahlt"]
    else:
        totals, paid = ["Total", "Fare total"], ["Amount paid", "Total paid"]
    _total(rng, rows, fmt, total, status, totals, paid)
    kinds = ["UPI", "cash", "card"] if currency == "INR" else ["card", "wallet", "cash"]
    method = _method(
        rng,
        rows,
        currency,
        german,
        ["Zahlart"] if german else ["Paid by", "Payment"],
        kinds,
        0.25,
        status=status,
    )
    ref = rng.choice(["WW", "DT", "T", ""]) + digits(rng, 6)
    txn = _id(rng, rows, ["Ticketnummer"] if german else ["Ticket No", "Booking #", "Ref"], ref, 0.2)
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Gekauft am"] if german else ["Booked on", "Issued"],
        0.3,
        0.4,
    )
    rows.append(
        (
            "small",
            "Bei Sturm Ersatzfahrt oder Erstattung."
            if german
            else "No sighting? Sail again free within 12 months.",
        )
    )
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.5) else PAPER
    return rows, truth, _page(font, rows, _sized(style, 19), firm)


# ---------------------------------------------------------------- 12 drone photography invoice


DRONES = {
    "INR": ["SkyFrame Drone Studios", "Udaan Aerial Imaging"],
    "GBP": ["Highpoint Aerial Media Ltd"],
    "USD": ["Overwatch Drone Imaging LLC"],
    "EUR": ["Luftbild Kramer", "Atlantic Drone Works"],
}
DRONE_GERMAN = ["Luftbild Kramer"]
DRONE_CLIENTS = {
    "INR": ["Prestige Realty Pvt Ltd", "Sharma-Kapoor wedding", "Green Acres Farmhouse"],
    "GBP": ["Hartley Estate Agents", "Ashdown Golf Club"],
    "USD": ["Summit Roofing Co.", "Lakeview Vineyards"],
    "DE": ["Bauträger Nordstern GmbH", "Weingut Schäfer"],
    "IE": ["Clifden Castle Hotel", "Burke Construction Ltd"],
}
DRONE_PERMITS = {
    "INR": ("DGCA RPC No", lambda rng: f"DGCA-RPC-{digits(rng, 6)}"),
    "GBP": ("CAA Operator ID", lambda rng: f"GBR-OP-{code(rng, 12, UPPER + '0123456789')}"),
    "USD": ("FAA Part 107 #", lambda rng: digits(rng, 7)),
    "DE": ("EU-Betreiber-Nr.", lambda rng: f"DEU{code(rng, 13, UPPER.lower() + '0123456789')}"),
    "IE": ("IAA Operator No", lambda rng: f"IRL{code(rng, 13, UPPER.lower() + '0123456789')}"),
}


def drone_photography(rng: random.Random, font: str):
    """A drone photographer's invoice-receipt (two studios in rupees, one each in pounds and dollars, a German one
    and a Connemara one in euros): the client, a company, a wedding or an estate (never the payee), the site, the
    shoot's day (Shoot date / Flight date / Aufnahmetag; never the day paid), the pilot (never the payee), the
    operator's permit or licence number (DGCA RPC / CAA Operator ID / FAA Part 107 / EU-Betreiber-Nr.; never the id),
    the drone, the deliverables, travel, GST 18% / VAT 20% / 23% / sales tax / USt. 19% added; Total / Invoice total /
    Amount paid / Rechnungsbetrag; Invoice No / Invoice # / Rechnungsnummer in a share; Paid via / Payment method /
    Zahlungsart in a share; Date / Invoice date / Payment date / Rechnungsdatum in a share; PAID / Paid in full /
    Payment received / Bezahlt in a share."""
    currency, studio = _currency(rng, DRONES)
    german = studio in DRONE_GERMAN
    region = "DE" if german else ("IE" if currency == "EUR" else currency)
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    rows: list[tuple] = [("title", studio)]
    label, make = DRONE_PERMITS[region]
    rows.append(("center", f"{label}: {make(rng)}"))
    rows.append(
        (
            "center",
            "Rechnung"
            if german
            else rng.choice(
                ["Invoice & receipt", "Tax invoice" if currency == "INR" else "Invoice", "Receipt"]
            ),
        )
    )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            "Kunde" if german else rng.choice(["Client", "Bill to", "Customer"]),
            rng.choice(DRONE_CLIENTS[region]),
        )
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Ansprechpartner" if german else "Attn", _person(rng, currency, german)))
    site = {
        "INR": "Survey No. 14, Lonavala",
        "GBP": "Ashdown Forest, East Sussex",
        "USD": "Napa, CA",
        "DE": "Ortsteil Walporzheim, Ahrtal",
        "IE": "Clifden, Co. Galway",
    }[region]
    rows.append(("pair", "Einsatzort" if german else rng.choice(["Site", "Location"]), site))
    shoot = _earlier(when, rng, 0, 14)
    rows.append(
        (
            "pair",
            "Aufnahmetag" if german else rng.choice(["Shoot date", "Flight date"]),
            _dtext(shoot, pattern),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Pilot/in" if german else rng.choice(["Pilot", "Remote pilot"]),
                _staff(rng, currency, german),
            )
        )
    rows.append(
        (
            "pair",
            "Drohne" if german else "Drone",
            rng.choice(["DJI Mavic 3 Pro", "DJI Air 3", "DJI Inspire 3"]),
        )
    )
    rows.append(("rule",))
    lines = [
        (
            "Luftaufnahmen 20 Fotos" if german else "20 edited aerial photos",
            {"INR": 15000.0, "GBP": 320.0, "USD": 450.0, "EUR": 350.0}[currency],
        ),
        (
            "4K-Video 2 Min." if german else "2-min 4K video edit",
            {"INR": 22000.0, "GBP": 480.0, "USD": 650.0, "EUR": 520.0}[currency],
        ),
        (
            "Rohdaten" if german else "Raw footage",
            {"INR": 5000.0, "GBP": 90.0, "USD": 120.0, "EUR": 100.0}[currency],
        ),
        ("Anfahrt" if german else "Travel", {"INR": 3500.0, "GBP": 45.0, "USD": 75.0, "EUR": 60.0}[currency]),
    ]
    net = 0.0
    for name, value in rng.sample(lines, rng.randint(1, 3)):
        rows.append(("pair", name, money(value, grouping)))
        net += value
    net = round(net, 2)
    rows.append(("pair", "Nettobetrag" if german else "Subtotal", money(net, grouping)))
    total = _tax(rng, rows, grouping, net, currency, german, added=True, india_rate=0.09)
    status = None
    words = None
    if shown(rng, 0.5):
        status = "success"
        words = "Bezahlt" if german else rng.choice(["PAID", "Paid in full", "Payment received"])
    if german:
        totals, paid = ["Rechnungsbetrag", "Gesamtbetrag"], []
    else:
        totals, paid = ["Total", "Invoice total"], ["Amount paid"]
    _total(rng, rows, fmt, total, status, totals, paid)
    kinds = ["netbanking", "UPI", "UPI"] if currency == "INR" else ["netbanking", "card", "wallet"]
    method = _method(
        rng, rows, currency, german, ["Zahlungsart"] if german else ["Paid via", "Payment method"], kinds, 0.3
    )
    year = when.year
    ref = {
        "INR": f"SF/{year % 100}-{year % 100 + 1}/{digits(rng, 3)}",
        "GBP": f"HAM-{digits(rng, 4)}",
        "USD": digits(rng, 4),
        "DE": f"RE-{year}-{digits(rng, 3)}",
        "IE": f"ADW{digits(rng, 4)}",
    }[region]
    txn = _id(rng, rows, ["Rechnungsnummer"] if german else ["Invoice No", "Invoice #"], ref, 0.2)
    dated = _paid_on(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Rechnungsdatum"] if german else ["Date", "Invoice date", "Payment date"],
        0.25,
        0.0,
    )
    if words:
        rows.append(("center", words))
    rows.append(
        (
            "small",
            "Flown under the operator's permit and insurance."
            if not german
            else "Aufnahmen gemäß EU-Drohnenverordnung.",
        )
    )
    truth = truth_fields(studio, total, currency, txn, dated, method, status)
    style = PAPER if shown(rng, 0.5) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 19), studio)
