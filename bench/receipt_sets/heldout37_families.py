"""The twelve heldout37 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import (
    clock,
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    phone,
    shown,
)
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _outcome, _truth
from bench.receipt_sets.heldout26_families import UK_DATES, UPPER
from bench.receipt_sets.heldout30_families import IN_DATES
from bench.receipt_sets.heldout31_families import _clear_band
from bench.receipt_sets.heldout33_families import IN_LONG, _inr, _iso_or_sign

GROUPING = {"INR": "indian", "USD": "western", "GBP": "western", "EUR": "european"}
CARD_SLIP = {
    "success": ["APPROVED", "Approved"],
    "failed": ["DECLINED", "Card declined"],
    "pending": ["Pending"],
}


def _items(rng: random.Random, goods: list[tuple[str, float, float]], low: int, high: int, grouping: str):
    """Some lines of ``goods`` priced between their bounds: the rows and their sum."""
    rows, total = [], 0.0
    for name, cheap, dear in rng.sample(goods, rng.randint(low, high)):
        value = round(rng.uniform(cheap, dear), 2)
        total += value
        rows.append(("pair", name, money(value, grouping)))
    return rows, round(total, 2)


# ---------------------------------------------------------------- 1 US car wash / laundromat card receipt


def carwash_us(rng: random.Random, font: str):
    """A US car wash or laundromat card receipt: wash package or machines, add-ons, tax, total, APPROVED/DECLINED."""
    shop, goods = rng.choice(
        [
            (
                "Mister Car Wash",
                [("Platinum Wash", 18, 28), ("Tire Shine", 3, 5), ("Unlimited Upgrade", 5, 10)],
            ),
            ("Zips Car Wash", [("Ultimate Wash", 15, 25), ("Rain Repellent", 3, 6), ("Hand Dry", 4, 8)]),
            ("Tidal Wave Auto Spa", [("Best Wash", 16, 24), ("Ceramic Seal", 6, 9), ("Vacuum", 2, 4)]),
            ("Spin Cycle Laundromat", [("Washer #12 Lg", 4, 8), ("Dryer #31", 2, 5), ("Detergent", 1, 3)]),
            ("SuperSuds Laundry", [("Wash & Fold 14 lb", 18, 30), ("Dryer #7", 2, 4), ("Softener", 1, 2)]),
        ]
    )
    rows = [
        ("title", shop),
        (
            "center",
            rng.choice(["1420 W Main St, Mesa AZ", "88 Route 9, Fishkill NY", "300 Elm Ave, Dayton OH"]),
        ),
        ("center", phone(rng)),
        ("rule",),
    ]
    lines, subtotal = _items(rng, [(n, float(a), float(b)) for n, a, b in goods], 1, 3, "western")
    rows += lines
    tax = round(subtotal * rng.choice([0.0, 0.0625, 0.0825]), 2)
    total = round(subtotal + tax, 2)
    rows.append(("pair", "SUBTOTAL", money(subtotal, "western")))
    if tax:
        rows.append(("pair", "TAX", money(tax, "western")))
    rows.append(("pair", rng.choice(["TOTAL", "AMOUNT", "SALE TOTAL"]), "$" + money(total, "western")))
    status, words = _outcome(rng, CARD_SLIP, 0.25)
    card, method = rng.choice(
        [("VISA", "card"), ("MASTERCARD", "card"), ("DISCOVER", "card"), ("AMEX", "card")]
    )
    rows.append(("pair", card, "XXXXXXXXXXXX" + digits(rng, 4)))
    rows.append(("pair", "ENTRY", rng.choice(["CONTACTLESS", "CHIP", "SWIPED"])))
    if words:
        rows.append(("center", words))
    auth = digits(rng, 6)
    auth_printed = status != "failed" and optional_pair(rng, rows, ["AUTH CODE", "AUTH #", "APPR"], auth, 0.2)
    ref = digits(rng, 10)
    ref_printed = optional_pair(rng, rows, ["REF #", "TRANS #", "INVOICE"], ref, 0.3)
    rows.append(("pair", "TERMINAL", "T" + digits(rng, 3)))
    if shown(rng, 0.5):
        rows.append(("pair", "LOYALTY ACCT", digits(rng, 9)))
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(("left", date_text(when, rng.choice(US_DATES)) + "  " + clock(rng, True)))
    if shown(rng, 0.5):
        rows.append(("small", "Membership renews " + date_text(day(rng), rng.choice(US_DATES))))
    rows.append(("center", rng.choice(["THANK YOU - DRIVE SAFE", "THANK YOU FOR YOUR BUSINESS"])))
    txn = auth if auth_printed else ref if ref_printed else None
    truth = _truth(shop, total, "USD", txn, when if date_printed else None, method, status)
    return rows, truth, {"width": 460, "size": 19, "paper": (252, 252, 248)}


# ---------------------------------------------------------------- 2 UK pub / bar tab card slip


DRINKS = [
    ("Pint Guinness", 5.2, 6.8),
    ("Pint Doom Bar", 4.4, 5.9),
    ("Lge Pinot Grigio", 7.5, 9.8),
    ("G&T Double", 8.9, 12.5),
    ("Fish & Chips", 14.0, 18.5),
    ("Scampi Basket", 11.0, 14.0),
    ("Crisps", 1.3, 2.0),
    ("Coke", 2.8, 3.6),
]


def uk_pub_tab(rng: random.Random, font: str):
    """A UK pub's closed bar tab: drinks and food, optional service charge, TOTAL, card slip, auth code, tab no."""
    pub = rng.choice(
        ["The Red Lion", "The Crown & Anchor", "The Kings Arms", "The Fox and Hounds", "The White Hart"]
    )
    rows = [
        ("title", pub),
        ("center", rng.choice(["High Street, Marlow", "Bridge Road, York", "Church Lane, Ludlow"])),
        ("center", "VAT Reg " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2)),
        ("rule",),
        (
            "left",
            "Table " + str(rng.randint(1, 40)) + "   Server: " + rng.choice(["Jess", "Tom", "Priya", "Kev"]),
        ),
    ]
    tab = digits(rng, rng.choice([4, 5]))
    tab_printed = optional_pair(rng, rows, ["Tab No", "Check #", "Bill No"], tab, 0.2)
    lines, subtotal = _items(rng, DRINKS, 2, 5, "western")
    rows += lines
    service = round(subtotal * 0.125, 2) if shown(rng, 0.6) else 0.0
    total = round(subtotal + service, 2)
    rows += [("rule",), ("pair", "Subtotal", money(subtotal, "western"))]
    if service:
        rows.append(("pair", "Service 12.5% (optional)", money(service, "western")))
    rows.append(("pair", rng.choice(["TOTAL", "Balance Due", "TOTAL DUE"]), "£" + money(total, "western")))
    rows.append(("pair", "VAT incl. 20%", money(round(total / 6, 2), "western")))
    status, words = _outcome(rng, CARD_SLIP, 0.3)
    if shown(rng, 0.3):
        method = "cash"
        given = float(-(-total // 10) * 10)
        rows += [
            ("pair", "Cash", money(given, "western")),
            ("pair", "Change", money(given - total, "western")),
        ]
        status, words = None, None
    else:
        method = "card"
        rows.append(
            ("pair", rng.choice(["Visa Contactless", "Mastercard", "Visa Debit"]), "**** " + digits(rng, 4))
        )
        if words:
            rows.append(("center", words))
    auth = code(rng, 6, UPPER + "0123456789")
    auth_printed = (
        method == "card" and status != "failed" and optional_pair(rng, rows, ["AUTH CODE", "Auth"], auth, 0.2)
    )
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("left", date_text(when, rng.choice(UK_DATES)) + " " + clock(rng, False)))
    rows.append(("center", "Please retain for your records"))
    txn = auth if auth_printed else tab if tab_printed else None
    truth = _truth(pub, total, "GBP", txn, when if date_printed else None, method, status)
    return rows, truth, {"width": 460, "size": 19, "paper": (253, 252, 246)}


# ---------------------------------------------------------------- 3 German bakery till (Bäckerei)


BAKED = [
    ("Brezel", 0.7, 1.2),
    ("Roggenbrot 750g", 3.2, 4.6),
    ("Laugenstange", 0.9, 1.4),
    ("Bienenstich", 2.4, 3.4),
    ("Kaffee groß", 2.6, 3.9),
    ("Mohnschnecke", 1.6, 2.4),
    ("Belegtes Brötchen", 2.9, 4.2),
]


def de_bakery_till(rng: random.Random, font: str):
    """A German bakery's till: Bon-Nr., items, Summe / Zu zahlen, MwSt 7% / 19%, girocard / EC-Karte or Bar."""
    shop = rng.choice(
        ["Bäckerei Müller", "Bäckerei Schmidt", "Kamps", "Backwerk", "Bäckerei Ihle", "Wiener Feinbäcker"]
    )
    rows = [
        ("title", shop),
        ("center", rng.choice(["Hauptstr. 14, 69117 Heidelberg", "Lindenweg 3, 20259 Hamburg"])),
        ("center", "St.-Nr. " + digits(rng, 2) + "/" + digits(rng, 3) + "/" + digits(rng, 5)),
        ("rule",),
    ]
    bon = digits(rng, rng.choice([4, 5]))
    bon_printed = optional_pair(rng, rows, ["Bon-Nr.", "Beleg-Nr.", "Bon"], bon, 0.15)
    rows.append(("pair", "Kasse", str(rng.randint(1, 4)) + " / Bed. " + rng.choice(["Anna", "Lukas", "03"])))
    lines, total = _items(rng, BAKED, 2, 5, "european")
    rows += lines
    rows += [
        ("rule",),
        (
            "pair",
            rng.choice(["Summe", "Zu zahlen", "SUMME EUR", "Gesamt"]),
            money(total, "european") + rng.choice([" €", " EUR", ""]),
        ),
        ("pair", "MwSt 7% Netto", money(round(total / 1.07, 2), "european")),
        ("pair", "MwSt 7%", money(round(total - total / 1.07, 2), "european")),
    ]
    cash = shown(rng, 0.5)
    method = "cash" if cash else "card"
    status = None
    auth = digits(rng, 6)
    auth_printed = False
    if cash:
        given = float(-(-total // 5) * 5)
        rows += [
            ("pair", rng.choice(["Bar", "Gegeben Bar"]), money(given, "european")),
            ("pair", "Rückgeld", money(given - total, "european")),
        ]
    else:
        rows.append(("pair", rng.choice(["EC-Karte", "girocard", "Kartenzahlung"]), money(total, "european")))
        rows.append(("pair", "Terminal-ID", digits(rng, 8)))
        status, words = _outcome(
            rng,
            {
                "success": ["Zahlung erfolgt"],
                "failed": ["Abbruch - Zahlung abgelehnt"],
                "pending": ["Zahlung erfolgt"],
            },
            0.4,
        )
        if status == "pending":
            status = "success"
        if words:
            rows.append(("center", words))
        auth_printed = status != "failed" and optional_pair(
            rng, rows, ["Autorisierungs-Nr.", "Genehmigungs-Nr."], auth, 0.3
        )
    rows.append(("pair", "TSE-Signaturzähler", digits(rng, 5)))
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("left", date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"])) + " " + clock(rng, False)))
    rows.append(("center", "Vielen Dank für Ihren Einkauf!"))
    txn = auth if auth_printed else bon if bon_printed else None
    truth = _truth(shop, total, "EUR", txn, when if date_printed else None, method, status)
    return rows, truth, {"width": 440, "size": 19, "paper": (252, 251, 245)}


# ---------------------------------------------------------------- 4 US veterinary clinic invoice


def vet_invoice_us(rng: random.Random, font: str):
    """A US vet clinic invoice: client and patient IDs, exam, vaccines, tax, total, payment, balance, next visit."""
    clinic = rng.choice(
        [
            "Banfield Pet Hospital",
            "VCA Animal Hospital",
            "Riverbend Veterinary Clinic",
            "BluePearl Pet Hospital",
            "Paws & Claws Vet Care",
        ]
    )
    status, words = _outcome(
        rng,
        {"success": ["PAID", "Paid in Full"], "failed": ["Payment Declined"], "pending": ["Payment Pending"]},
        0.3,
    )
    rows = [("title", clinic), ("center", "INVOICE"), ("rule",)]
    if words:
        rows.append(("center", words))
    invoice = digits(rng, 6)
    invoice_printed = optional_pair(rng, rows, ["Invoice #", "Invoice No.", "Inv"], invoice, 0.15)
    rows += [
        ("pair", "Client ID", digits(rng, 5)),
        ("pair", "Patient", rng.choice(["Bella (Canine)", "Milo (Feline)", "Max (Canine)", "Luna (Feline)"])),
        ("pair", "Invoice Date", date_text(day(rng), rng.choice(US_DATES))),
    ]
    goods = [
        ("Comprehensive Exam", 55, 85),
        ("Rabies Vaccine 3yr", 25, 40),
        ("DHPP Vaccine", 28, 45),
        ("Heartworm Test", 40, 65),
        ("Nail Trim", 15, 25),
        ("Simparica Trio 6pk", 130, 190),
    ]
    lines, subtotal = _items(rng, [(n, float(a), float(b)) for n, a, b in goods], 2, 4, "western")
    rows += lines
    discount = round(subtotal * 0.1, 2) if shown(rng, 0.4) else 0.0
    tax = round((subtotal - discount) * rng.choice([0.0, 0.07]), 2)
    total = round(subtotal - discount + tax, 2)
    rows.append(("pair", "Subtotal", money(subtotal, "western")))
    if discount:
        rows.append(("pair", "Wellness Plan Discount", "-" + money(discount, "western")))
    if tax:
        rows.append(("pair", "Tax", money(tax, "western")))
    rows.append(("pair", rng.choice(["Invoice Total", "Total", "Amount Due"]), "$" + money(total, "western")))
    name, method = rng.choice(
        [
            ("Visa ****" + digits(rng, 4), "card"),
            ("Mastercard ending " + digits(rng, 4), "card"),
            ("CareCredit", "card"),
            ("Cash", "cash"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment Method", "Paid By"], name, 0.2)
    auth = digits(rng, 6)
    auth_printed = (
        method == "card"
        and status != "failed"
        and optional_pair(rng, rows, ["Auth Code", "Approval"], auth, 0.4)
    )
    when = day(rng)
    date_printed = status != "failed" and shown(rng, 0.2)
    if date_printed:
        rows.append(
            ("pair", rng.choice(["Payment Date", "Date Paid"]), date_text(when, rng.choice(US_DATES)))
        )
    rows.append(("pair", "Balance", "$" + money(total if status == "failed" else 0.0, "western")))
    if shown(rng, 0.5):
        rows.append(("pair", "Next Vaccines Due", date_text(day(rng), rng.choice(US_DATES))))
    txn = auth if auth_printed else invoice if invoice_printed else None
    truth = _truth(
        clinic, total, "USD", txn, when if date_printed else None, method if method_printed else None, status
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 5 UK online grocery order e-mail


def uk_grocery_online(rng: random.Random, font: str):
    """A UK online grocery receipt e-mail (Ocado, Tesco, Sainsbury's, Asda): order, delivery slot, items total,
    savings, delivery charge, bag charge, total charged, card, order date."""
    shop = rng.choice(["Ocado", "Tesco", "Sainsbury's", "Asda", "Waitrose"])
    items = round(rng.uniform(24, 180), 2)
    savings = round(items * rng.choice([0.0, 0.05, 0.08]), 2)
    delivery = rng.choice([0.0, 1.5, 3.5, 4.5, 6.99])
    bags = rng.choice([0.0, 0.0, 0.4, 0.5])
    total = round(items - savings + delivery + bags, 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment taken", "Thanks, your payment was successful"],
            "failed": ["Payment failed - please update your card"],
            "pending": ["Payment pending"],
        },
        0.5,
    )
    rows = [
        ("title", shop),
        ("center", rng.choice(["Your receipt", "Your order has been delivered"])),
        ("rule",),
    ]
    if words:
        rows.append(("center", words))
    order = rng.choice(["", "OR", "9"]) + digits(rng, 9)
    order_printed = optional_pair(rng, rows, ["Order number", "Order ID", "Order no."], order, 0.1)
    rows += [
        ("pair", "Delivery slot", date_text(day(rng), rng.choice(UK_DATES)) + " 18:00-19:00"),
        ("pair", "Customer no.", digits(rng, 8)),
        ("pair", "Items (" + str(rng.randint(8, 60)) + ")", money(items, "western")),
    ]
    if savings:
        rows.append(
            (
                "pair",
                rng.choice(["Savings", "Clubcard savings", "Nectar Prices"]),
                "-" + money(savings, "western"),
            )
        )
    rows.append(("pair", "Delivery charge", money(delivery, "western") if delivery else "FREE"))
    if bags:
        rows.append(("pair", "Bag charge", money(bags, "western")))
    rows.append(
        ("pair", rng.choice(["Total charged", "Total", "Amount paid"]), _iso_or_sign(rng, total, "GBP", font))
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Points earned", str(int(total))))
    name, method = rng.choice(
        [
            ("Visa Debit ending " + digits(rng, 4), "card"),
            ("Mastercard ****" + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("Apple Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment card"], name, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.3)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Order date", "Payment date", "Charged on"]),
                date_text(when, rng.choice(UK_DATES)),
            )
        )
    rows.append(("small", "Any substitutions are shown in your account."))
    truth = _truth(
        shop,
        total,
        "GBP",
        order if order_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 6 Indian two-wheeler service centre bill


def in_bike_service(rng: random.Random, font: str):
    """An Indian two-wheeler authorised service centre bill: job card, vehicle no, odometer, parts, labour, GST,
    Grand Total / Net Payable, bill no, bill date, mode, next service due."""
    dealer = rng.choice(
        [
            "Sai Honda Motors",
            "Shree Hero MotoCorp Service",
            "Vinayak TVS",
            "Royal Enfield - Rider Motors",
            "Maruti Bajaj Auto",
        ]
    )
    rows = [
        ("title", dealer),
        ("center", rng.choice(["Authorised Service Centre", "Tax Invoice - Service"])),
        (
            "center",
            "GSTIN 29" + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + digits(rng, 1),
        ),
        ("rule",),
    ]
    bill = rng.choice(["SB/", "INV-", ""]) + digits(rng, 6)
    bill_printed = optional_pair(rng, rows, ["Bill No", "Invoice No", "Service Bill No"], bill, 0.15)
    rows += [
        ("pair", "Job Card No", "JC" + digits(rng, 7)),
        (
            "pair",
            "Vehicle No",
            rng.choice(["KA", "MH", "TN", "DL"]) + digits(rng, 2) + code(rng, 2, UPPER) + digits(rng, 4),
        ),
        ("pair", "KM Reading", str(rng.randint(1800, 64000))),
    ]
    parts = [
        ("Engine Oil 1L", 380, 520),
        ("Oil Filter", 90, 160),
        ("Brake Shoe Set", 320, 480),
        ("Spark Plug", 120, 190),
        ("Chain Lube", 150, 240),
    ]
    total = 0.0
    for name, low, high in rng.sample(parts, rng.randint(1, 3)):
        value = float(round(rng.uniform(low, high)))
        total += value
        rows.append(("pair", name, money(value, "indian")))
    labour = float(rng.choice([350, 450, 550, 650]))
    rows.append(("pair", "Labour (Periodic Service)", money(labour, "indian")))
    taxable = total + labour
    gst = round(taxable * 0.09, 2)
    rows += [
        ("pair", "Taxable Value", money(taxable, "indian")),
        ("pair", "CGST 9%", money(gst, "indian")),
        ("pair", "SGST 9%", money(gst, "indian")),
    ]
    grand = round(taxable + 2 * gst)
    rows.append(("pair", "Round Off", f"{grand - (taxable + 2 * gst):.2f}"))
    rows.append(
        ("pair", rng.choice(["Grand Total", "Net Payable", "Total Amount"]), _inr(rng, float(grand), font))
    )
    mode, method = rng.choice([("Cash", "cash"), ("UPI", "UPI"), ("Card", "card"), ("Google Pay", "UPI")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode"], mode, 0.2)
    ref = digits(rng, 12)
    ref_printed = (
        method == "UPI" and method_printed and optional_pair(rng, rows, ["UPI Ref No", "UTR"], ref, 0.4)
    )
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            ("pair", rng.choice(["Bill Date", "Invoice Date", "Date"]), date_text(when, rng.choice(IN_DATES)))
        )
    if shown(rng, 0.6):
        rows.append(("pair", "Next Service Due", date_text(day(rng), rng.choice(IN_DATES)) + " or 3000 km"))
    rows.append(("small", "Customer Care " + phone(rng)))
    txn = ref if ref_printed else bill if bill_printed else None
    truth = _truth(
        dealer,
        float(grand),
        "INR",
        txn,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (254, 253, 247)}


# ---------------------------------------------------------------- 7 US hardware store till with a return


def us_hardware_return(rng: random.Random, font: str):
    """A US hardware store till (Ace, True Value, Harbor Freight, Do it Best) with a RETURN line: subtotal, tax,
    TOTAL, tender, approval, transaction number."""
    shop = rng.choice(["Ace Hardware", "True Value", "Harbor Freight Tools", "Do it Best Hardware"])
    goods = [
        ("2IN PAINTERS TAPE", 5, 9),
        ("WD-40 12OZ", 6, 9),
        ("DRYWALL SCREWS 1LB", 7, 11),
        ("LED BULB 4PK", 9, 16),
        ("PVC ELBOW 1/2IN", 1, 3),
        ("SHOP TOWELS", 4, 8),
        ("CORDLESS DRILL 20V", 49, 89),
    ]
    rows = [
        ("title", shop),
        (
            "center",
            rng.choice(["Store #" + digits(rng, 4) + " Boise ID", "Store #" + digits(rng, 4) + " Reno NV"]),
        ),
        ("center", phone(rng)),
        ("rule",),
    ]
    lines, bought = _items(rng, [(n, float(a), float(b)) for n, a, b in goods], 2, 4, "western")
    rows += [("pair", name + " " + digits(rng, 5), value) for _, name, value in lines]
    returned = round(min(bought * 0.4, rng.uniform(3, 12)), 2) if shown(rng, 0.6) else 0.0
    if returned:
        rows.append(
            (
                "pair",
                "RETURN " + rng.choice(["WRONG SIZE FITTING", "CAULK GUN", "HOSE NOZZLE"]),
                "-" + money(returned, "western"),
            )
        )
    subtotal = round(bought - returned, 2)
    tax = round(subtotal * rng.choice([0.06, 0.0685, 0.0825]), 2)
    total = round(subtotal + tax, 2)
    rows += [
        ("pair", "SUBTOTAL", money(subtotal, "western")),
        ("pair", "SALES TAX", money(tax, "western")),
        ("pair", rng.choice(["TOTAL", "BALANCE DUE", "TOTAL SALE"]), "$" + money(total, "western")),
    ]
    status = None
    auth = digits(rng, 6)
    auth_printed = False
    if shown(rng, 0.3):
        method = "cash"
        given = float(-(-total // 20) * 20)
        rows += [
            ("pair", "CASH TEND", money(given, "western")),
            ("pair", "CHANGE DUE", money(given - total, "western")),
        ]
    else:
        method = "card"
        rows.append(("pair", rng.choice(["VISA", "MC", "DEBIT"]) + " TEND", money(total, "western")))
        rows.append(("pair", "ACCT #", "************" + digits(rng, 4)))
        status, words = _outcome(rng, CARD_SLIP, 0.4)
        if words:
            rows.append(("center", words))
        auth_printed = status != "failed" and optional_pair(rng, rows, ["APPROVAL #", "AUTH CODE"], auth, 0.2)
    if shown(rng, 0.5):
        rows.append(("pair", "REWARDS #", digits(rng, 10)))
        rows.append(("pair", "POINTS BALANCE", str(rng.randint(120, 4800))))
    trans = digits(rng, 6)
    trans_printed = optional_pair(rng, rows, ["TRANS #", "RECEIPT #", "TRX"], trans, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("left", date_text(when, rng.choice(US_DATES)) + " " + clock(rng, True) + "  REG 02"))
    rows.append(("small", "RETURNS WITHIN 30 DAYS WITH RECEIPT"))
    txn = auth if auth_printed else trans if trans_printed else None
    truth = _truth(shop, total, "USD", txn, when if date_printed else None, method, status)
    return rows, truth, {"width": 480, "size": 19, "paper": (252, 252, 250)}


# ---------------------------------------------------------------- 8 Indian mobile shop: finance down-payment


def in_mobile_emi_receipt(rng: random.Random, font: str):
    """An Indian mobile shop's receipt for a phone bought on finance: invoice value, loan amount, tenure, EMI,
    down payment and processing fee (paid now), Amount Received, receipt no, finance DO number, IMEI."""
    shop = rng.choice(
        ["Sangeetha Mobiles", "Poorvika Mobiles", "Big C Mobiles", "Celekt Mobiles", "Lot Mobiles"]
    )
    lender = rng.choice(["Bajaj Finserv", "HDB Financial", "TVS Credit", "Home Credit"])
    price = float(rng.choice([12999, 15499, 18999, 24999, 32999, 54999]))
    down = float(round(price * rng.choice([0.1, 0.2, 0.25]) / 100) * 100)
    fee = float(rng.choice([0, 199, 299, 499]))
    paid = down + fee
    months = rng.choice([6, 8, 9, 12])
    rows = [
        ("title", shop),
        ("center", rng.choice(["Down Payment Receipt", "Payment Receipt - Consumer Finance"])),
        ("rule",),
    ]
    receipt = rng.choice(["DP", "RC", ""]) + digits(rng, 7)
    receipt_printed = optional_pair(rng, rows, ["Receipt No", "Rcpt No.", "Voucher No"], receipt, 0.15)
    rows += [
        ("pair", "Customer", rng.choice(["Kiran Rao", "Mohammed Irfan", "Divya S", "Ramesh Gowda"])),
        ("pair", "Model", rng.choice(["Samsung Galaxy A35", "Vivo V30", "Redmi Note 13", "iPhone 13 128GB"])),
        ("pair", "IMEI", digits(rng, 15)),
        ("pair", "Invoice Value", money(price, "indian")),
        ("pair", "Financier", lender),
        ("pair", "Loan Amount", money(price - down, "indian")),
        ("pair", "EMI", money(float(round((price - down) / months)), "indian") + " x " + str(months)),
        ("pair", "DO No", "DO" + digits(rng, 9)),
        ("pair", "Down Payment", money(down, "indian")),
    ]
    if fee:
        rows.append(("pair", "Processing Fee", money(fee, "indian")))
    rows.append(
        ("pair", rng.choice(["Amount Received", "Total Paid", "Total Received"]), _inr(rng, paid, font))
    )
    mode, method = rng.choice([("Cash", "cash"), ("UPI", "UPI"), ("Debit Card", "card"), ("PhonePe", "UPI")])
    method_printed = optional_pair(rng, rows, ["Mode of Payment", "Paid By"], mode, 0.15)
    ref = digits(rng, 12)
    ref_printed = (
        method == "UPI" and method_printed and optional_pair(rng, rows, ["UPI Ref", "Txn Ref No"], ref, 0.4)
    )
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            ("pair", rng.choice(["Date", "Receipt Date"]), date_text(when, rng.choice(IN_DATES + IN_LONG)))
        )
    if shown(rng, 0.5):
        rows.append(("pair", "First EMI Date", date_text(day(rng), rng.choice(IN_DATES))))
    rows.append(("small", "EMI will be debited by the financier via NACH."))
    txn = ref if ref_printed else receipt if receipt_printed else None
    truth = _truth(
        shop, paid, "INR", txn, when if date_printed else None, method if method_printed else None, None
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 254, 250)}


# ---------------------------------------------------------------- 9 hair salon receipt with tip


def salon_receipt(rng: random.Random, font: str):
    """A hair salon's receipt (US in dollars, UK in pounds): stylist, services, product, tax, tip, total, card."""
    currency = rng.choice(["USD", "GBP"])
    salon = rng.choice(
        ["Supercuts", "Great Clips", "Drybar", "Regis Salon"]
        if currency == "USD"
        else ["Toni & Guy", "Rush Hair", "Headmasters", "Francesco Group"]
    )
    grouping = GROUPING[currency]
    sign = "$" if currency == "USD" else "£"
    rows = [
        ("title", salon),
        ("center", rng.choice(["Sales Receipt", "Thank you for visiting"])),
        ("rule",),
        ("pair", "Stylist", rng.choice(["Ashley M.", "Jordan", "Chloe", "Marco"])),
        ("pair", "Client", rng.choice(["S. Patel", "Emma W.", "D. Brooks", "Olivia K."])),
    ]
    ticket = digits(rng, 5)
    ticket_printed = optional_pair(rng, rows, ["Ticket #", "Receipt No", "Sale #"], ticket, 0.15)
    goods = [
        ("Women's Cut & Style", 45, 85),
        ("Men's Cut", 22, 38),
        ("Blow Dry", 30, 45),
        ("Root Colour", 55, 90),
        ("Olaplex Treatment", 25, 40),
        ("Shampoo 250ml", 14, 26),
    ]
    lines, subtotal = _items(rng, [(n, float(a), float(b)) for n, a, b in goods], 1, 3, grouping)
    rows += lines
    tax = round(subtotal * 0.0725, 2) if currency == "USD" and shown(rng, 0.6) else 0.0
    tip = round(subtotal * rng.choice([0.15, 0.18, 0.2]), 2) if shown(rng, 0.7) else 0.0
    total = round(subtotal + tax + tip, 2)
    rows.append(("pair", "Subtotal", money(subtotal, grouping)))
    if tax:
        rows.append(("pair", "Tax", money(tax, grouping)))
    if tip:
        rows.append(("pair", rng.choice(["Tip", "Gratuity", "Stylist Tip"]), money(tip, grouping)))
    rows.append(
        ("pair", rng.choice(["Total", "Total Paid", "Amount Charged"]), sign + money(total, grouping))
    )
    name, method = rng.choice(
        [
            ("Visa ending " + digits(rng, 4), "card"),
            ("Cash", "cash"),
            ("Apple Pay", "wallet"),
            ("Mastercard ****" + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment", "Tender"], name, 0.15)
    status, words = _outcome(rng, {"success": ["PAID"], "failed": ["DECLINED"], "pending": ["PAID"]}, 0.6)
    if status == "pending":
        status = "success"
    if method == "cash" and status == "failed":
        status, words = "success", "PAID"
    if words:
        rows.append(("center", words))
    when = day(rng)
    date_printed = shown(rng, 0.15)
    dates = US_DATES if currency == "USD" else UK_DATES
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Date", "Visit Date"]),
                date_text(when, rng.choice(dates)) + " " + clock(rng, currency == "USD"),
            )
        )
    if shown(rng, 0.5):
        rows.append(("pair", "Next Appointment", date_text(day(rng), rng.choice(dates))))
    if shown(rng, 0.4):
        rows.append(("pair", "Gift Card Balance", sign + money(round(rng.uniform(5, 80), 2), grouping)))
    truth = _truth(
        salon,
        total,
        currency,
        ticket if ticket_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 500, "size": 19, "paper": (255, 255, 253)}


# ---------------------------------------------------------------- 10 vending machine / kiosk e-receipt (phone screen)


@_clear_band
def vending_ereceipt(rng: random.Random, font: str):
    """A cashless vending machine or kiosk e-receipt on a phone (Nayax, Cantaloupe, Selecta, PayRange): machine,
    product, amount, card, status, transaction id, date, pre-authorised hold."""
    operator, currency = rng.choice(
        [
            ("Nayax", "EUR"),
            ("Selecta", "EUR"),
            ("Cantaloupe", "USD"),
            ("PayRange", "USD"),
            ("Nayax", "GBP"),
            ("Costa Express", "GBP"),
        ]
    )
    grouping = GROUPING[currency]
    product = rng.choice(
        ["Coca-Cola 500ml", "Flat White", "Snickers", "Water 1L", "Cappuccino Large", "Kinder Bueno"]
    )
    amount = round(rng.uniform(1.2, 4.5), 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment approved", "Purchase complete"],
            "failed": ["Payment declined", "Vend failed - refunded"],
            "pending": ["Pending"],
        },
        0.1,
    )
    rows = [("title", operator), ("center", "e-Receipt")]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", _iso_or_sign(rng, amount, currency, font)),
        ("rule",),
        (
            "pair",
            "Machine",
            rng.choice(["Lobby B2", "Gym Floor 1", "Platform 3", "Library"]) + " #" + digits(rng, 5),
        ),
        ("pair", "Product", product),
        ("pair", "Selection", code(rng, 1, "ABCDE") + digits(rng, 1)),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Pre-auth hold", money(rng.choice([5.0, 10.0]), grouping)))
    name, method = rng.choice(
        [
            ("Visa ****" + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
            ("Google Pay", "wallet"),
            ("Mastercard ****" + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Card"], name, 0.15)
    txn = code(rng, 4, UPPER) + digits(rng, 8)
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "Txn ID", "Receipt ID"], txn, 0.15)
    when = day(rng)
    date_printed = shown(rng, 0.15)
    dates = US_DATES if currency == "USD" else UK_DATES if currency == "GBP" else ["%d.%m.%Y", "%d/%m/%Y"]
    if date_printed:
        rows.append(
            ("pair", "Date", date_text(when, rng.choice(dates)) + " " + clock(rng, currency == "USD"))
        )
    rows.append(("small", "Help: " + phone(rng)))
    truth = _truth(
        operator,
        amount,
        currency,
        txn if txn_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    band = rng.choice([(0, 120, 110), (30, 30, 40), (200, 60, 20), (20, 80, 160)])
    return rows, truth, dict(SCREEN, band=band)


# ---------------------------------------------------------------- 11 Italian café documento commerciale


CAFE = [
    ("CAFFE'", 1.1, 1.4),
    ("CAPPUCCINO", 1.4, 1.8),
    ("CORNETTO", 1.2, 1.6),
    ("SPREMUTA", 3.0, 4.0),
    ("TRAMEZZINO", 2.5, 3.5),
    ("ACQUA NAT. 0,5", 1.0, 1.5),
    ("SPRITZ", 4.5, 7.0),
]


def it_cafe_scontrino(rng: random.Random, font: str):
    """An Italian bar's documento commerciale: P.IVA, items with IVA, TOTALE COMPLESSIVO, DI CUI IVA, PAGAMENTO
    CONTANTE / ELETTRONICO, RESTO, DOCUMENTO N., date line, RT serial."""
    bar = rng.choice(["Bar Centrale", "Caffè Roma", "Pasticceria Marchesi", "Bar Sport", "Caffè del Duomo"])
    rows = [
        ("title", bar),
        (
            "center",
            rng.choice(["Via Garibaldi 21, Torino", "Piazza Duomo 4, Milano", "Corso Italia 8, Bologna"]),
        ),
        ("center", "P.IVA " + digits(rng, 11)),
        ("center", "DOCUMENTO COMMERCIALE"),
        ("center", "di vendita o prestazione"),
        ("rule",),
    ]
    lines, total = _items(rng, CAFE, 2, 5, "european")
    rows += [(kind, name, value + " 10%") for kind, name, value in lines]
    rows += [
        ("rule",),
        ("pair", rng.choice(["TOTALE COMPLESSIVO", "TOTALE EURO", "TOTALE"]), money(total, "european")),
        ("pair", "DI CUI IVA", money(round(total - total / 1.1, 2), "european")),
    ]
    if shown(rng, 0.45):
        method = "cash"
        given = float(-(-total // 5) * 5)
        rows += [
            ("pair", "PAGAMENTO CONTANTE", money(given, "european")),
            ("pair", "RESTO", money(given - total, "european")),
        ]
    else:
        method = "card"
        rows.append(
            ("pair", rng.choice(["PAGAMENTO ELETTRONICO", "PAGAMENTO CARTA"]), money(total, "european"))
        )
    rows.append(("pair", "IMPORTO PAGATO", money(total, "european")))
    doc = digits(rng, 4) + "-" + digits(rng, 4)
    doc_printed = optional_pair(rng, rows, ["DOCUMENTO N.", "DOC. N."], doc, 0.15)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "left",
                date_text(when, rng.choice(["%d-%m-%Y", "%d/%m/%Y", "%d-%m-%y"])) + " " + clock(rng, False),
            )
        )
    rows.append(("pair", "RT", code(rng, 2, UPPER) + digits(rng, 9)))
    rows.append(("center", "Grazie e arrivederci"))
    truth = _truth(
        bar, total, "EUR", doc if doc_printed else None, when if date_printed else None, method, None
    )
    return rows, truth, {"width": 460, "size": 19, "paper": (252, 251, 247)}


# ---------------------------------------------------------------- 12 Indian optical store invoice with advance


def in_optical_advance(rng: random.Random, font: str):
    """An Indian optical store's order receipt (Lenskart, Titan Eye+, GKB, Lawrence & Mayo): frame, lenses,
    discount, GST, Net Amount, Advance Paid (the amount paid now), Balance Due, delivery date, order no."""
    store = rng.choice(["Lenskart", "Titan Eye+", "GKB Opticals", "Lawrence & Mayo", "Vision Express"])
    frame = float(rng.choice([1200, 1800, 2500, 3400, 4990]))
    lens = float(rng.choice([900, 1500, 2800, 4200]))
    discount = float(round((frame + lens) * rng.choice([0.0, 0.1, 0.2])))
    net = frame + lens - discount
    advance_only = shown(rng, 0.5)
    paid = float(round(net * 0.5 / 100) * 100) if advance_only else net
    status, words = _outcome(
        rng,
        {"success": ["Payment Received"], "failed": ["Payment Failed"], "pending": ["Payment Pending"]},
        0.5,
    )
    rows = [
        ("title", store),
        ("center", rng.choice(["Order Receipt", "Customer Copy - Advance Receipt"])),
        ("rule",),
    ]
    if words:
        rows.append(("center", words))
    order = rng.choice(["", "LK", "ORD"]) + digits(rng, 9)
    order_printed = optional_pair(rng, rows, ["Order No", "Receipt No", "Invoice No"], order, 0.15)
    rows += [
        ("pair", "Customer", rng.choice(["Neha Kulkarni", "Arjun Nair", "Fatima Sheikh", "Rohit Jain"])),
        ("pair", "Mobile", "98" + digits(rng, 2) + "XXXX" + digits(rng, 2)),
        ("pair", "Frame", money(frame, "indian")),
        (
            "pair",
            rng.choice(["Lenses (BLU Anti-glare)", "Progressive Lenses", "Lenses"]),
            money(lens, "indian"),
        ),
    ]
    if discount:
        rows.append(("pair", "Discount", "-" + money(discount, "indian")))
    rows.append(("pair", rng.choice(["Net Amount", "Order Value"]), money(net, "indian")))
    rows.append(("small", "(incl. GST 12%: " + money(round(net * 12 / 112, 2), "indian") + ")"))
    rows.append(("pair", rng.choice(["Advance Paid", "Amount Paid", "Paid Now"]), _inr(rng, paid, font)))
    rows.append(("pair", "Balance Due", money(net - paid, "indian")))
    mode, method = rng.choice(
        [("Cash", "cash"), ("UPI", "UPI"), ("Credit Card", "card"), ("Debit Card", "card")]
    )
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Paid via"], mode, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            ("pair", rng.choice(["Order Date", "Date"]), date_text(when, rng.choice(IN_DATES + IN_LONG)))
        )
    rows.append(("pair", "Expected Delivery", date_text(day(rng), rng.choice(IN_DATES))))
    rows.append(("small", "Please bring this receipt at the time of delivery."))
    truth = _truth(
        store,
        paid,
        "INR",
        order if order_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}
