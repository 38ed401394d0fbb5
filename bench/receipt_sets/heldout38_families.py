"""The twelve heldout38 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

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
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _truth
from bench.receipt_sets.heldout26_families import UK_DATES, UPPER
from bench.receipt_sets.heldout30_families import IN_DATES
from bench.receipt_sets.heldout33_families import IN_LONG, _inr, _iso_or_sign

GROUPING = {"INR": "indian", "USD": "western", "GBP": "western", "EUR": "european"}
EU_DATES = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y"]


def _plain(amount: float, currency: str) -> str:
    """A line amount without its sign, grouped as the currency's country writes it."""
    return money(amount, GROUPING[currency])


def _dated(rng: random.Random, rows: list, labels: list[str], formats: list[str], p_absent: float, hour=None):
    """Append a payment-date pair (maybe with a time) unless it is left off; the date or None."""
    when = day(rng)
    if not shown(rng, p_absent):
        return None
    text = date_text(when, rng.choice(formats))
    if hour is not None:
        text += " " + clock(rng, hour)
    rows.append(("pair", rng.choice(labels), text))
    return when


def _status(rng: random.Random, words: dict[str, list[str]], p_none: float) -> tuple[str | None, str]:
    """An outcome and its printed words: none printed with ``p_none``, else failed 1 in 5, pending 3 in 20."""
    if rng.random() < p_none:
        return None, ""
    roll = rng.random()
    status = "failed" if roll < 0.2 else "pending" if roll < 0.35 else "success"
    return status, rng.choice(words[status])


# ---------------------------------------------------------------- 1 stock-broker / digital-gold "Funds added"


def broker_fund_add(rng: random.Random, font: str):
    """A broker's or investing app's funds-added screen (Zerodha, Groww, Upstox, Angel One): UPI, client ID."""
    app = rng.choice(["Zerodha", "Groww", "Upstox", "Angel One", "Dhan"])
    amount = float(rng.choice([500, 1000, 2500, 5000, 10000, 25000, 50000])) + rng.choice([0.0, 0.0, 250.0])
    status, words = _status(
        rng,
        {
            "success": ["Funds added successfully", "Money added", "Payment successful"],
            "failed": ["Payment failed", "Funds not added"],
            "pending": ["Payment processing", "Awaiting confirmation from bank"],
        },
        0.05,
    )
    rows = [("title", app), ("center", rng.choice(["Add funds", "Funds", "Add money"]))]
    if words:
        rows.append(("center", words))
    rows += [("big", _inr(rng, amount, font)), ("rule",)]
    rows.append(("pair", rng.choice(["Client ID", "User ID", "UCC"]), code(rng, 2, UPPER) + digits(rng, 4)))
    rows.append(("pair", "Segment", rng.choice(["Equity", "Equity & F&O", "Commodity"])))
    mode, method = rng.choice([("UPI", "UPI"), ("UPI", "UPI"), ("Net banking", "netbanking")])
    method_printed = optional_pair(rng, rows, ["Payment mode", "Via"], mode, 0.15)
    rows.append(
        ("pair", "Bank", rng.choice(["HDFC Bank", "ICICI Bank", "SBI", "Kotak"]) + " XX" + digits(rng, 4))
    )
    utr = digits(rng, 12)
    utr_printed = (
        method == "UPI"
        and status != "failed"
        and optional_pair(rng, rows, ["UPI Ref No", "UTR", "Bank reference"], utr, 0.2)
    )
    own = code(rng, 4, UPPER) + digits(rng, 10)
    own_printed = optional_pair(rng, rows, ["Transaction ID", "Order ID", "Request ID"], own, 0.3)
    when = _dated(rng, rows, ["Date", "Added on", "Requested on"], IN_LONG + IN_DATES, 0.15, True)
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                rng.choice(["Available margin", "Available cash", "Balance"]),
                _inr(rng, round(amount + rng.uniform(100, 90000), 2), font),
            )
        )
    if shown(rng, 0.5):
        rows.append(("small", "Funds reflect in your trading balance instantly"))
    txn = utr if utr_printed else own if own_printed else None
    truth = _truth(app, amount, "INR", txn, when, method if method_printed else None, status)
    return rows, truth, dict(SCREEN)


# ---------------------------------------------------------------- 2 US doctor's co-pay on a patient portal


def us_copay_portal(rng: random.Random, font: str):
    """A US patient portal's co-pay receipt (MyChart style): practice, guarantor, visit, co-pay, balance."""
    practice = rng.choice(
        ["Riverbend Family Medicine", "Lakeside Pediatrics", "Summit Orthopedics", "Cedar Valley Dermatology"]
    )
    portal = rng.choice(["MyChart", "FollowMyHealth", "athenaPatient", "Patient Portal"])
    copay = float(rng.choice([20, 25, 30, 40, 50, 75]))
    extra = rng.choice([0.0, 0.0, 0.0, 45.18, 112.4])
    amount = copay + extra
    status, words = _status(
        rng,
        {
            "success": ["Payment Complete", "Thank you for your payment", "Payment Approved"],
            "failed": ["Payment Declined", "Card declined"],
            "pending": ["Payment Pending"],
        },
        0.15,
    )
    rows = [("title", practice), ("center", portal + " - Payment Receipt"), ("rule",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", rng.choice(["Guarantor #", "Account #", "Patient Account"]), digits(rng, 8)),
        (
            "pair",
            "Patient",
            rng.choice(["Emily R. Carter", "James Nguyen", "Sofia Alvarez", "Mark T. Olsen"]),
        ),
        ("pair", "Visit date", date_text(day(rng), rng.choice(US_DATES))),
        ("pair", "Office visit copay", money(copay, "western")),
    ]
    if extra:
        rows.append(
            ("pair", rng.choice(["Prior balance payment", "Toward balance"]), money(extra, "western"))
        )
    rows.append(
        (
            "pair",
            rng.choice(["Total payment", "Amount paid", "Payment amount"]),
            _iso_or_sign(rng, amount, "USD", font),
        )
    )
    card = rng.choice(["Visa", "Mastercard", "Discover", "HSA Visa"]) + " ending in " + digits(rng, 4)
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment method"], card, 0.15)
    conf = digits(rng, 10)
    conf_printed = status != "failed" and optional_pair(
        rng, rows, ["Confirmation number", "Transaction ID", "Receipt #"], conf, 0.15
    )
    when = _dated(rng, rows, ["Payment date", "Paid on", "Date"], US_DATES, 0.15)
    if shown(rng, 0.4):
        rows.append(("pair", "Remaining balance", "$" + money(rng.choice([0.0, 18.5, 136.72]), "western")))
    rows.append(("small", "Questions about your bill? Call " + phone(rng)))
    truth = _truth(
        practice,
        amount,
        "USD",
        conf if conf_printed else None,
        when,
        "card" if method_printed else None,
        status,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 3 UK dentist / NHS prescription prepayment


def uk_dental_nhs(rng: random.Random, font: str):
    """A UK dental practice's receipt (NHS Band 1/2 or private) or an NHS prescription prepayment certificate."""
    if shown(rng, 0.5):
        payee = rng.choice(["Bupa Dental Care", "mydentist", "Oasis Dental Care", "Smile Dental Practice"])
        lines = rng.sample(
            [
                ("NHS Band 1", 27.40),
                ("NHS Band 2", 75.30),
                ("Hygienist visit", 65.0),
                ("X-ray", 25.0),
                ("White filling (private)", 140.0),
            ],
            rng.randint(1, 2),
        )
        rows = [("title", payee), ("center", rng.choice(["Receipt", "Patient Receipt"])), ("rule",)]
        rows.append(("pair", "Patient ID", digits(rng, 6)))
        rows.append(
            ("pair", "Appointment", date_text(day(rng), rng.choice(UK_DATES)) + " " + clock(rng, False))
        )
        for name, price in lines:
            rows.append(("pair", name, "£" + money(price, "western")))
        amount = sum(price for _, price in lines)
        rows.append(
            (
                "pair",
                rng.choice(["Total paid", "Amount paid", "TOTAL"]),
                _iso_or_sign(rng, amount, "GBP", font),
            )
        )
        ref = "R" + digits(rng, 7)
        labels = ["Receipt No", "Receipt number"]
        status = None
        if shown(rng, 0.5):
            rows.append(("pair", "Balance outstanding", "£0.00"))
    else:
        payee = "NHS Business Services Authority"
        months = rng.choice([3, 12])
        amount = 32.05 if months == 3 else 114.50
        status, words = _status(
            rng,
            {
                "success": ["Payment successful"],
                "failed": ["Payment unsuccessful"],
                "pending": ["Payment pending"],
            },
            0.2,
        )
        rows = [
            ("title", "NHS Business Services Authority"),
            ("center", "Prescription Prepayment Certificate"),
            ("rule",),
        ]
        if words:
            rows.append(("center", words))
        rows += [
            ("pair", "Certificate", f"{months}-month PPC"),
            ("pair", "Certificate number", code(rng, 3, UPPER) + digits(rng, 7)),
            ("pair", "Valid from", date_text(day(rng), rng.choice(UK_DATES))),
            ("pair", rng.choice(["Amount paid", "Total"]), _iso_or_sign(rng, amount, "GBP", font)),
        ]
        ref = code(rng, 2, UPPER) + digits(rng, 9)
        labels = ["Payment reference", "Transaction reference"]
    ref_printed = status != "failed" and optional_pair(rng, rows, labels, ref, 0.15)
    name, method = rng.choice(
        [
            ("Visa Debit **" + digits(rng, 4), "card"),
            ("Card", "card"),
            ("Cash", "cash"),
            ("Apple Pay", "wallet"),
        ]
    )
    if payee.startswith("NHS") and method == "cash":
        name, method = "Mastercard", "card"
    method_printed = optional_pair(rng, rows, ["Paid by", "Payment method"], name, 0.15)
    when = _dated(rng, rows, ["Date paid", "Payment date", "Date"], UK_DATES, 0.15)
    rows.append(("small", "Keep this receipt for your records. " + phone(rng)))
    truth = _truth(
        payee, amount, "GBP", ref if ref_printed else None, when, method if method_printed else None, status
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}


def _euro_lines(
    rng: random.Random, rows: list, items: list[tuple[str, float]], quantities: list[int]
) -> float:
    """Append a counter ticket's item lines ("2 x CROISSANT  2,40") and a rule; their total."""
    total = 0.0
    for name, price in items:
        qty = rng.choice(quantities)
        rows.append(("pair", (f"{qty} x " if qty > 1 else "") + name, money(price * qty, "european")))
        total += price * qty
    rows.append(("rule",))
    return round(total, 2)


# ---------------------------------------------------------------- 4 French boulangerie / tabac ticket


def fr_boulangerie_ticket(rng: random.Random, font: str):
    """A French boulangerie or tabac-presse till ticket: items, TOTAL, TVA 5,5% / 20%, CB or espèces."""
    shop = rng.choice(
        ["Boulangerie Paul", "Maison Kayser", "Au Pain Doré", "Tabac Le Celtic", "Tabac-Presse du Marché"]
    )
    items = rng.sample(
        [
            ("Baguette tradition", 1.30),
            ("Croissant", 1.20),
            ("Pain au chocolat", 1.40),
            ("Éclair café", 3.20),
            ("Le Parisien", 2.10),
            ("Timbres x4", 5.16),
            ("Sandwich jambon", 4.90),
            ("Tarte aux pommes", 12.50),
        ],
        rng.randint(2, 4),
    )
    rows = [
        ("title", shop),
        ("center", rng.choice(["12 rue de la Paix 75002 Paris", "3 place du Marché 69001 Lyon"])),
        ("center", "SIRET " + digits(rng, 14)),
        ("rule",),
    ]
    total = _euro_lines(rng, rows, items, [1, 1, 2])
    rows.append(
        ("pair", rng.choice(["TOTAL", "TOTAL TTC", "A PAYER"]), _iso_or_sign(rng, total, "EUR", font))
    )
    rows.append(("pair", "dont TVA 5,5%", money(round(total * 0.055 / 1.055, 2), "european")))
    cash = shown(rng, 0.5)
    if cash:
        given = float(rng.choice([10, 20, 50])) if total < 10 else 50.0
        rows.append(("pair", rng.choice(["Espèces", "ESPECES"]), money(given, "european")))
        rows.append(("pair", "Rendu", money(given - total, "european")))
        method = "cash"
    else:
        rows.append(
            ("pair", rng.choice(["CB", "CB sans contact", "Carte bancaire"]), money(total, "european"))
        )
        method = "card"
    ticket = digits(rng, 5)
    ticket_printed = optional_pair(rng, rows, ["Ticket n°", "Ticket", "N° ticket"], ticket, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "left",
                date_text(when, rng.choice(EU_DATES))
                + " "
                + clock(rng, False)
                + rng.choice(["  Caisse 1", "  Vend. 02", ""]),
            )
        )
    rows.append(("center", "Merci de votre visite"))
    truth = _truth(
        shop, total, "EUR", ticket if ticket_printed else None, when if date_printed else None, method, None
    )
    return rows, truth, {"width": 440, "size": 19, "paper": (252, 251, 246)}


# ---------------------------------------------------------------- 5 Italian bar scontrino


def it_scontrino(rng: random.Random, font: str):
    """An Italian bar's documento commerciale: P.IVA, items, TOTALE COMPLESSIVO, di cui IVA, contante / elettronico."""
    bar = rng.choice(
        ["Bar Centrale", "Caffè Sant'Eustachio", "Pasticceria Marchesi", "Bar Tabacchi Roma", "Caffè Florian"]
    )
    items = rng.sample(
        [
            ("CAFFE'", 1.20),
            ("CAPPUCCINO", 1.60),
            ("CORNETTO", 1.30),
            ("SPREMUTA", 3.50),
            ("TRAMEZZINO", 2.80),
            ("ACQUA NAT.", 1.00),
            ("SPRITZ", 6.00),
            ("PANINO", 4.50),
        ],
        rng.randint(2, 4),
    )
    rows = [
        ("title", bar),
        ("center", "P.IVA " + digits(rng, 11)),
        ("center", "DOCUMENTO COMMERCIALE"),
        ("center", "di vendita o prestazione"),
        ("rule",),
        ("pair", "DESCRIZIONE", "PREZZO(€)"),
    ]
    total = _euro_lines(rng, rows, items, [1, 1, 2, 3])
    rows.append(
        ("pair", rng.choice(["TOTALE COMPLESSIVO", "TOTALE EURO", "TOTALE"]), money(total, "european"))
    )
    rows.append(("pair", "DI CUI IVA", money(round(total * 0.1 / 1.1, 2), "european")))
    cash = shown(rng, 0.5)
    if cash:
        given = float(rng.choice([5, 10, 20, 50]) if total < 5 else 50)
        rows.append(("pair", rng.choice(["PAGAMENTO CONTANTE", "CONTANTI"]), money(given, "european")))
        rows.append(("pair", "RESTO", money(given - total, "european")))
        method = "cash"
    else:
        rows.append(
            (
                "pair",
                rng.choice(["PAGAMENTO ELETTRONICO", "BANCOMAT", "CARTA DI CREDITO"]),
                money(total, "european"),
            )
        )
        method = "card"
    rows.append(("pair", "IMPORTO PAGATO", money(total, "european")))
    when = day(rng)
    date_printed = shown(rng, 0.1)
    doc = digits(rng, 4) + "-" + digits(rng, 4)
    doc_printed = shown(rng, 0.15)
    stamp = date_text(when, rng.choice(EU_DATES)) + " " + clock(rng, False) if date_printed else ""
    if date_printed or doc_printed:
        rows.append(("left", (stamp + "  " if stamp else "") + ("DOC.N. " + doc if doc_printed else "")))
    rows.append(("center", "RT " + code(rng, 2, UPPER) + digits(rng, 6)))
    rows.append(("center", "GRAZIE E ARRIVEDERCI"))
    truth = _truth(
        bar, total, "EUR", doc if doc_printed else None, when if date_printed else None, method, None
    )
    return rows, truth, {"width": 480, "size": 19, "paper": (250, 250, 247)}


# ---------------------------------------------------------------- 6 Instacart-style grocery delivery receipt


def grocery_delivery_us(rng: random.Random, font: str):
    """A US grocery delivery receipt e-mail (Instacart, Shipt, Walmart+ delivery): store, items, fees, tip, total."""
    service = rng.choice(["Instacart", "Shipt", "Instacart"])
    store = rng.choice(["Costco", "Safeway", "Kroger", "Sprouts Farmers Market", "Aldi"])
    subtotal = round(rng.uniform(28, 240), 2)
    fee = rng.choice([0.0, 3.99, 5.99, 7.99])
    service_fee = round(subtotal * 0.05, 2)
    tax = round(subtotal * rng.choice([0.0, 0.03, 0.0725]), 2)
    tip = rng.choice([0.0, 5.0, 8.0, round(subtotal * 0.1, 2)])
    total = round(subtotal + fee + service_fee + tax + tip, 2)
    status, words = _status(
        rng,
        {
            "success": ["Payment complete", "Your card has been charged"],
            "failed": ["Payment failed"],
            "pending": ["Pending charge", "Payment pending"],
        },
        0.3,
    )
    rows = [("title", service), ("center", "Your receipt from " + store), ("rule",)]
    if words:
        rows.append(("center", words))
    order = digits(rng, 9)
    order_printed = optional_pair(rng, rows, ["Order #", "Order number", "Order ID"], order, 0.15)
    rows.append(
        ("pair", "Delivered to", rng.choice(["1420 Elm St, Apt 3", "88 Birch Ln", "700 Main Ave #12"]))
    )
    rows.append(("pair", "Items subtotal", "$" + money(subtotal, "western")))
    if fee:
        rows.append(("pair", "Delivery fee", "$" + money(fee, "western")))
    rows.append(("pair", "Service fee", "$" + money(service_fee, "western")))
    if tax:
        rows.append(("pair", "Sales tax", "$" + money(tax, "western")))
    if tip:
        rows.append(("pair", "Shopper tip", "$" + money(tip, "western")))
    rows.append(
        ("pair", rng.choice(["Total", "Order total", "Total charged"]), _iso_or_sign(rng, total, "USD", font))
    )
    name, method = rng.choice(
        [
            ("Visa ****" + digits(rng, 4), "card"),
            ("Amex ending " + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("Apple Pay", "wallet"),
            ("EBT SNAP", "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Charged to"], name, 0.15)
    when = _dated(rng, rows, ["Order date", "Delivered on", "Ordered"], US_DATES, 0.2)
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                "Final charge may differ from the authorization hold of $" + money(total + 15, "western"),
            )
        )
    truth = _truth(
        service,
        total,
        "USD",
        order if order_printed else None,
        when,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 7 Indian airport prepaid taxi slip


def prepaid_taxi_in(rng: random.Random, font: str):
    """An airport prepaid-taxi counter slip (traffic-police or aggregator booth): route, car, fare, toll, total."""
    booth = rng.choice(
        [
            "KSTDC Airport Taxi",
            "Meru Airport Prepaid Taxi",
            "Delhi Traffic Police Prepaid Taxi",
            "Mumbai Airport Cool Cab",
            "Chennai Airport Prepaid Taxi",
        ]
    )
    fare = float(rng.choice([450, 620, 780, 950, 1240, 1580]))
    toll = float(rng.choice([0, 0, 55, 120]))
    night = round(fare * 0.25) if shown(rng, 0.7) else 0.0
    total = fare + toll + night
    rows = [
        ("title", booth),
        ("center", rng.choice(["PREPAID TAXI RECEIPT", "PRE-PAID TAXI SLIP"])),
        ("rule",),
    ]
    slip = digits(rng, 6)
    slip_printed = optional_pair(rng, rows, ["Slip No", "Receipt No", "Bill No"], slip, 0.15)
    rows += [
        (
            "pair",
            "Vehicle No",
            rng.choice(["KA", "DL", "MH", "TN"]) + digits(rng, 2) + code(rng, 2, UPPER) + digits(rng, 4),
        ),
        ("pair", "From", rng.choice(["T1 Arrivals", "Terminal 2", "Domestic Arr."])),
        (
            "pair",
            "To",
            rng.choice(["Koramangala", "Connaught Place", "Andheri East", "T Nagar", "Whitefield"]),
        ),
        ("pair", "Km (approx)", str(rng.randint(12, 48))),
        ("pair", "Fare", money(fare, "indian")),
    ]
    if night:
        rows.append(("pair", "Night charges 25%", money(night, "indian")))
    if toll:
        rows.append(("pair", "Toll", money(toll, "indian")))
    rows.append(("pair", rng.choice(["Total Fare", "TOTAL", "Amount Collected"]), _inr(rng, total, font)))
    mode, method = rng.choice([("CASH", "cash"), ("CARD", "card"), ("UPI", "UPI"), ("Cash", "cash")])
    method_printed = optional_pair(rng, rows, ["Mode", "Paid by"], mode, 0.15)
    utr = digits(rng, 12)
    utr_printed = (
        method == "UPI" and method_printed and optional_pair(rng, rows, ["UPI Ref", "RRN"], utr, 0.3)
    )
    when = _dated(rng, rows, ["Date", "Dt", "Date/Time"], IN_DATES, 0.1, False)
    rows.append(("pair", "Driver Badge", digits(rng, 5)))
    rows.append(("small", "Do not pay extra to driver. Complaints: " + phone(rng)))
    rows.append(("small", "Valid for 1 hour from issue"))
    txn = utr if utr_printed else slip if slip_printed else None
    truth = _truth(booth, total, "INR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 580, "size": 19, "paper": (250, 248, 238)}


# ---------------------------------------------------------------- 8 cloud / hosting invoice with a card charge


def cloud_invoice(rng: random.Random, font: str):
    """A cloud or hosting provider's invoice (DigitalOcean, Hetzner, Linode, Vultr, OVHcloud): usage lines, tax, paid."""
    provider, currency = rng.choice(
        [
            ("DigitalOcean", "USD"),
            ("Linode", "USD"),
            ("Vultr", "USD"),
            ("Hetzner Online GmbH", "EUR"),
            ("OVHcloud", "EUR"),
            ("Fasthosts", "GBP"),
        ]
    )
    sign = {"USD": "$", "EUR": "€", "GBP": "£"}[currency]
    lines = rng.sample(
        [
            ("Droplets", 24.0),
            ("Volumes", 5.0),
            ("Backups", 4.8),
            ("Load Balancers", 12.0),
            ("Managed Databases", 15.0),
            ("Bandwidth overage", 1.37),
            ("Cloud Server CX22", 4.51),
        ],
        rng.randint(2, 4),
    )
    subtotal = round(sum(v for _, v in lines), 2)
    rate = {"USD": rng.choice([0.0, 0.0, 0.08875]), "EUR": 0.19, "GBP": 0.2}[currency]
    tax = round(subtotal * rate, 2)
    total = round(subtotal + tax, 2)
    status, words = _status(
        rng,
        {
            "success": ["Paid", "PAID", "Payment received"],
            "failed": ["Payment failed", "Unpaid - card declined"],
            "pending": ["Payment pending", "Processing"],
        },
        0.2,
    )
    rows = [("title", provider), ("center", "Invoice"), ("rule",)]
    if words:
        rows.append(("center", words))
    invoice = rng.choice(["", "INV-", "R"]) + digits(rng, 8)
    invoice_printed = optional_pair(rng, rows, ["Invoice number", "Invoice #", "Invoice no."], invoice, 0.1)
    dates = US_DATES if currency == "USD" else UK_DATES if currency == "GBP" else EU_DATES
    rows.append(("pair", "Invoice date", date_text(day(rng), rng.choice(dates))))
    rows.append(
        (
            "pair",
            "Billing period",
            rng.choice(
                ["01.04.-30.04.", "01.03.-31.03."]
                if currency == "EUR"
                else ["Feb 1 - Feb 28", "Mar 1 - Mar 31"]
            ),
        )
    )
    rows.append(("pair", rng.choice(["Account", "Customer no.", "Team"]), digits(rng, 7)))
    for name, value in lines:
        rows.append(("pair", name, sign + _plain(value, currency)))
    rows.append(("pair", "Subtotal", sign + _plain(subtotal, currency)))
    if tax or currency != "USD":
        rows.append(
            (
                "pair",
                {"USD": "Tax", "EUR": "VAT 19%", "GBP": "VAT 20%"}[currency],
                sign + _plain(tax, currency),
            )
        )
    rows.append(
        ("pair", rng.choice(["Total", "Amount due", "Total paid"]), _iso_or_sign(rng, total, currency, font))
    )
    name, method = rng.choice(
        [
            ("Visa ending " + digits(rng, 4), "card"),
            ("MasterCard *" + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("SEPA Direct Debit", "netbanking") if currency == "EUR" else ("Card", "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Charged to", "Paid via"], name, 0.15)
    charge = "ch_" + code(rng, 14, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789")
    charge_printed = status != "failed" and optional_pair(
        rng, rows, ["Payment ID", "Transaction ID"], charge, 0.6
    )
    when = None
    if status != "failed":
        when = _dated(rng, rows, ["Payment date", "Paid on", "Charged on"], dates, 0.3)
    if shown(rng, 0.5):
        rows.append(("pair", "Account balance", sign + _plain(0.0, currency)))
    rows.append(
        ("small", ("EIN " if currency == "USD" else "VAT ID ") + code(rng, 2, UPPER) + digits(rng, 9))
    )
    txn = charge if charge_printed else invoice if invoice_printed else None
    truth = _truth(provider, total, currency, txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 9 Google Workspace / Microsoft 365 GST invoice


def saas_gst_invoice(rng: random.Random, font: str):
    """A business-software invoice in rupees with GST (Google Workspace, Microsoft 365, Zoho Workplace)."""
    seller = rng.choice(["Google Workspace", "Microsoft 365", "Zoho Workplace", "Zoom Workplace"])
    plan = rng.choice(["Business Starter", "Business Standard", "Business Basic", "Mail Lite"])
    seats = rng.randint(1, 25)
    price = float(rng.choice([136.8, 672.0, 145.0, 864.0]))
    subtotal = round(price * seats, 2)
    gst = round(subtotal * 0.18, 2)
    total = round(subtotal + gst, 2)
    status, words = _status(
        rng,
        {
            "success": ["Paid", "Payment received"],
            "failed": ["Payment declined", "Payment failed"],
            "pending": ["Payment pending"],
        },
        0.25,
    )
    rows = [("title", seller), ("center", rng.choice(["Tax Invoice", "TAX INVOICE"])), ("rule",)]
    if words:
        rows.append(("center", "Status: " + words))
    invoice = digits(rng, 10)
    invoice_printed = optional_pair(rng, rows, ["Invoice number", "Invoice No."], invoice, 0.1)
    rows.append(("pair", "Invoice date", date_text(day(rng), rng.choice(IN_DATES + IN_LONG))))
    rows.append(("pair", "Billing ID", digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4)))
    rows.append(
        (
            "pair",
            "GSTIN (customer)",
            digits(rng, 2) + code(rng, 5, UPPER) + digits(rng, 4) + "A1Z" + digits(rng, 1),
        )
    )
    rows.append(("pair", "Service period", rng.choice(["1 Mar - 31 Mar", "01/04 - 30/04", "Feb 2025"])))
    rows.append(("pair", f"{plan} x {seats}", money(subtotal, "indian")))
    rows.append(("pair", "Subtotal", money(subtotal, "indian")))
    if shown(rng, 0.5):
        rows.append(("pair", "IGST 18%", money(gst, "indian")))
    else:
        rows.append(("pair", "CGST 9%", money(gst / 2, "indian")))
        rows.append(("pair", "SGST 9%", money(gst - round(gst / 2, 2), "indian")))
    rows.append(("pair", rng.choice(["Total in INR", "Total amount", "Amount paid"]), _inr(rng, total, font)))
    name, method = rng.choice(
        [
            ("Visa ****" + digits(rng, 4), "card"),
            ("UPI AutoPay", "UPI"),
            ("Net banking", "netbanking"),
            ("RuPay Credit Card", "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid with"], name, 0.15)
    pay = code(rng, 4, UPPER) + "-" + code(rng, 4, UPPER) + "-" + code(rng, 4, UPPER)
    pay_printed = status != "failed" and optional_pair(
        rng, rows, ["Payment reference", "Transaction ID"], pay, 0.5
    )
    when = None
    if status != "failed":
        when = _dated(rng, rows, ["Payment date", "Paid on"], IN_DATES + IN_LONG, 0.35)
    if shown(rng, 0.5):
        rows.append(("pair", "Due date", date_text(day(rng), rng.choice(IN_DATES))))
    rows.append(
        ("small", "Place of supply: " + rng.choice(["Karnataka (29)", "Maharashtra (27)", "Delhi (07)"]))
    )
    txn = pay if pay_printed else invoice if invoice_printed else None
    truth = _truth(seller, total, "INR", txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 10 Shopify store order confirmation


def shopify_order(rng: random.Random, font: str):
    """A small Shopify store's order confirmation e-mail: shop, Order #1042, items, discount, shipping, tax, total."""
    shop, currency = rng.choice(
        [
            ("Blue Tokai Coffee", "INR"),
            ("Bombay Shirt Company", "INR"),
            ("Pip & Nut", "GBP"),
            ("Bloom & Wild", "GBP"),
            ("Allbirds", "USD"),
            ("Brooklinen", "USD"),
            ("Armedangels", "EUR"),
        ]
    )
    status, words = _status(
        rng,
        {
            "success": ["Thank you for your purchase!", "Order confirmed"],
            "failed": ["Payment failed"],
            "pending": ["Payment pending", "Your payment is being processed"],
        },
        0.15,
    )
    rows = [("title", shop)]
    order = str(rng.randint(1001, 48000))
    rows.append(("right", rng.choice(["Order #", "ORDER #"]) + order))
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    scale = 80.0 if currency == "INR" else 1.0
    subtotal = 0.0
    for name in rng.sample(
        [
            "Classic Tee",
            "Cold Brew Bags x2",
            "Smooth Peanut Butter",
            "Peony Bouquet",
            "Wool Runners",
            "Percale Sheet Set",
            "Linen Shirt",
        ],
        rng.randint(1, 3),
    ):
        price = round(rng.choice([12.0, 18.5, 29.0, 45.0, 98.0]) * scale, 2)
        subtotal += price
        rows.append(("pair", name, _plain(price, currency)))
    subtotal = round(subtotal, 2)
    discount = round(subtotal * 0.1, 2) if shown(rng, 0.6) else 0.0
    shipping = rng.choice([0.0, 4.99, 6.95]) * (20 if currency == "INR" else 1)
    tax = round((subtotal - discount) * 0.07, 2) if currency == "USD" and shown(rng, 0.4) else 0.0
    total = round(subtotal - discount + shipping + tax, 2)
    rows.append(("pair", "Subtotal", _plain(subtotal, currency)))
    if discount:
        rows.append(("pair", "Discount (WELCOME10)", "-" + _plain(discount, currency)))
    rows.append(("pair", "Shipping", _plain(shipping, currency) if shipping else "Free"))
    if tax:
        rows.append(("pair", "Taxes", _plain(tax, currency)))
    rows.append(("pair", "Total", _iso_or_sign(rng, total, currency, font)))
    if currency in ("GBP", "EUR", "INR") and shown(rng, 0.5):
        rows.append(
            (
                "small",
                "Including "
                + ("VAT" if currency != "INR" else "GST")
                + " of "
                + _plain(round(total * 0.16, 2), currency),
            )
        )
    name, method = rng.choice(
        [
            ("Visa ending with " + digits(rng, 4), "card"),
            ("Shop Pay", "wallet"),
            ("PayPal", "wallet"),
            ("UPI", "UPI") if currency == "INR" else ("Apple Pay", "wallet"),
            ("Net Banking", "netbanking")
            if currency == "INR"
            else ("Mastercard ending with " + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Payment"], name, 0.15)
    dates = {"INR": IN_LONG, "GBP": UK_DATES, "USD": US_DATES, "EUR": EU_DATES}[currency]
    when = _dated(rng, rows, ["Order date", "Placed on", "Date"], dates, 0.4)
    rows.append(
        (
            "pair",
            "Shipping address",
            rng.choice(
                {
                    "INR": ["Bengaluru 560034", "Pune 411001"],
                    "GBP": ["London SE1 7PB", "Leeds LS6 2AB"],
                    "USD": ["Austin TX 78704", "Denver CO 80205"],
                    "EUR": ["Berlin 10115", "Köln 50667"],
                }[currency]
            ),
        )
    )
    rows.append(("small", "Questions? Reply to this email or contact us at " + phone(rng)))
    truth = _truth(shop, total, currency, order, when, method if method_printed else None, status)
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 11 newspaper / magazine subscription renewal


def subscription_renewal(rng: random.Random, font: str):
    """A newspaper or magazine subscription renewal (The Hindu, The Guardian, The Atlantic, Le Monde, The Economist)."""
    title, currency = rng.choice(
        [
            ("The Hindu", "INR"),
            ("The Economic Times", "INR"),
            ("The Guardian", "GBP"),
            ("The Economist", "GBP"),
            ("The Atlantic", "USD"),
            ("The Boston Globe", "USD"),
            ("Le Monde", "EUR"),
            ("Die Zeit", "EUR"),
        ]
    )
    price = {
        "INR": [999.0, 1499.0, 2399.0],
        "GBP": [12.0, 119.0, 179.0],
        "USD": [79.99, 6.0, 149.0],
        "EUR": [9.99, 119.0, 299.0],
    }[currency]
    amount = rng.choice(price)
    tax = round(amount * 0.18 / 1.18, 2) if currency == "INR" else 0.0
    status, words = _status(
        rng,
        {
            "success": ["Your subscription has been renewed", "Renewal successful", "Payment received"],
            "failed": ["We couldn't renew your subscription", "Payment failed", "Renewal payment declined"],
            "pending": ["Renewal pending", "Payment is being processed"],
        },
        0.1,
    )
    rows = [
        ("title", title),
        ("center", rng.choice(["Subscription renewal", "Renewal receipt", "Payment receipt"])),
        ("rule",),
    ]
    if words:
        rows.append(("center", words))
    rows.append(("pair", rng.choice(["Subscriber ID", "Customer number", "Account no."]), digits(rng, 9)))
    rows.append(
        ("pair", "Plan", rng.choice(["Digital annual", "Print + Digital, 12 months", "Monthly digital"]))
    )
    dates = {"INR": IN_DATES + IN_LONG, "GBP": UK_DATES, "USD": US_DATES, "EUR": EU_DATES}[currency]
    rows.append(
        (
            "pair",
            rng.choice(["Renews on", "Next renewal", "Valid until"]),
            date_text(day(rng), rng.choice(dates)),
        )
    )
    if tax:
        rows.append(("pair", "incl. GST 18%", money(tax, "indian")))
    if currency != "INR" and shown(rng, 0.6):
        rows.append(("pair", "Regular price", _plain(amount * 2, currency)))
        rows.append(("pair", "Introductory offer", "-" + _plain(amount, currency)))
    label = rng.choice(["Amount charged", "Total", "Amount paid"]) if status != "failed" else "Amount due"
    rows.append(("pair", label, _iso_or_sign(rng, amount, currency, font)))
    name, method = rng.choice(
        [
            ("Visa ending " + digits(rng, 4), "card"),
            ("Mastercard x" + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("UPI AutoPay", "UPI") if currency == "INR" else ("Direct Debit", "netbanking"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid with", "Card"], name, 0.15)
    ref = rng.choice(["SUB-", "TXN", ""]) + digits(rng, 10)
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["Transaction reference", "Receipt number", "Reference"], ref, 0.25
    )
    when = None
    if status != "failed":
        when = _dated(rng, rows, ["Payment date", "Charged on", "Date"], dates, 0.2)
    if status == "failed":
        rows.append(("small", "Please update your payment details to keep reading."))
    truth = _truth(
        title,
        amount,
        currency,
        ref if ref_printed else None,
        when,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 12 UK MOT / garage invoice paid by card


def uk_garage_invoice(rng: random.Random, font: str):
    """A UK garage's MOT / service invoice: registration, mileage, parts, labour, VAT, total, paid by card."""
    garage = rng.choice(
        [
            "Kwik Fit",
            "Halfords Autocentre",
            "Formula One Autocentres",
            "Smith & Sons Motors",
            "Northgate MOT Centre",
        ]
    )
    mot = 54.85
    parts = rng.sample(
        [
            ("Wiper blades", 18.99),
            ("Bulb H7", 8.5),
            ("Oil & filter", 64.0),
            ("Brake pads (front)", 89.0),
            ("Tyre 205/55 R16", 92.0),
        ],
        rng.randint(0, 2),
    )
    labour = rng.choice([0.0, 0.0, 45.0, 72.0])
    net = round(sum(v for _, v in parts) + labour, 2)
    vat = round(net * 0.2, 2)
    total = round(mot + net + vat, 2)
    rows = [
        ("title", garage),
        ("center", rng.choice(["INVOICE", "Tax Invoice", "MOT & Service Invoice"])),
        ("rule",),
    ]
    invoice = rng.choice(["", "INV", "GA"]) + digits(rng, 6)
    invoice_printed = optional_pair(rng, rows, ["Invoice No", "Invoice number", "Job No"], invoice, 0.1)
    rows += [
        ("pair", "Reg", code(rng, 2, UPPER) + digits(rng, 2) + " " + code(rng, 3, UPPER)),
        ("pair", "Mileage", f"{rng.randint(12000, 140000):,}"),
        ("pair", "MOT test (VAT exempt)", money(mot, "western")),
    ]
    for name, value in parts:
        rows.append(("pair", name, money(value, "western")))
    if labour:
        rows.append(("pair", "Labour", money(labour, "western")))
    if net:
        rows.append(("pair", "Net", money(net, "western")))
        rows.append(("pair", "VAT @ 20%", money(vat, "western")))
    rows.append(
        ("pair", rng.choice(["TOTAL", "Invoice total", "Total due"]), _iso_or_sign(rng, total, "GBP", font))
    )
    name, method = rng.choice(
        [
            ("VISA DEBIT", "card"),
            ("Mastercard", "card"),
            ("Card **" + digits(rng, 4), "card"),
            ("Cash", "cash"),
            ("Apple Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid by", "Payment", "Tender"], name, 0.1)
    auth = digits(rng, 6)
    auth_printed = (
        method != "cash" and method_printed and optional_pair(rng, rows, ["Auth code", "AUTH"], auth, 0.4)
    )
    rows.append(("pair", "Balance", "0.00"))
    when = _dated(rng, rows, ["Date", "Invoice date", "Date paid"], UK_DATES, 0.15)
    if shown(rng, 0.5):
        rows.append(("pair", "MOT expiry", date_text(day(rng), rng.choice(UK_DATES))))
    rows.append(("small", "VAT Reg No GB " + digits(rng, 9) + "  Tel " + phone(rng)))
    txn = auth if auth_printed else invoice if invoice_printed else None
    truth = _truth(garage, total, "GBP", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 560, "size": 19, "paper": (254, 254, 250)}
