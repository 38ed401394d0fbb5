"""The twelve heldout44 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import clock, code, date_text, day, digits, optional_pair, shown
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _truth
from bench.receipt_sets.heldout26_families import UK_DATES, UPPER
from bench.receipt_sets.heldout30_families import IN_DATES
from bench.receipt_sets.heldout33_families import IN_LONG
from bench.receipt_sets.heldout40_families import _amt, _dated, _line, _outcome
from bench.receipt_sets.heldout41_families import _inr

ALNUM = UPPER + "0123456789"
ES_DATES = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y"]


def _money(rng: random.Random, low: float, high: float) -> float:
    return round(rng.uniform(low, high), 2)


# ---------------------------------------------------------------- 1 Airtel / Jio postpaid bill payment


def postpaid_bill(rng: random.Random, font: str):
    """An Airtel / Jio postpaid bill payment confirmation: mobile number, bill amount, Transaction ID, payment mode."""
    brand = rng.choice(["Airtel", "Jio"])
    amount = _inr(rng, 199, 2500)
    status, words = _outcome(
        rng,
        {
            "success": ["Bill Payment Successful", "Payment received"],
            "failed": ["Bill Payment Failed", "Payment could not be completed"],
            "pending": ["Payment in progress"],
        },
    )
    rows = [("title", brand), ("center", "Postpaid Bill Payment"), ("center", words), ("rule",)]
    rows.append(("pair", rng.choice(["Mobile Number", "Postpaid Number"]), digits(rng, 10)))
    rows.append(
        ("pair", rng.choice(["Amount Paid", "Bill Amount Paid"]), _amt(rng, amount, "INR", font, 0.2))
    )
    tid = code(rng, 3, UPPER) + digits(rng, 12)
    tid_printed = optional_pair(rng, rows, ["Transaction ID", "Txn Ref No."], tid, 0.2)
    method = rng.choice([("UPI", "UPI"), ("Credit Card", "card"), ("Net Banking", "netbanking")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Paid via"], method[0], 0.25)
    when = _dated(rng, rows, ["Payment Date", "Paid on"], IN_LONG, 0.15, True)
    rows.append(("small", "Bill cycle " + date_text(day(rng), "%d %b")))
    truth = _truth(
        brand,
        amount,
        "INR",
        tid if tid_printed else None,
        when,
        method[1] if method_printed else None,
        status,
    )
    accent = (230, 0, 0) if brand == "Airtel" else (15, 60, 160)
    return rows, truth, dict(SCREEN, width=560, accent=accent)


# ---------------------------------------------------------------- 2 Paytm FASTag recharge


def fastag_recharge(rng: random.Random, font: str):
    """A Paytm FASTag recharge: vehicle number, recharge amount, Order ID, UPI / wallet, date."""
    amount = float(rng.choice([200, 300, 500, 1000, 1500, 2000]))
    status, words = _outcome(
        rng,
        {
            "success": ["Recharge Successful", "FASTag recharged successfully"],
            "failed": ["Recharge Failed"],
            "pending": ["Recharge Pending"],
        },
    )
    rows = [("title", "Paytm"), ("center", "FASTag Recharge"), ("center", words)]
    rows.append(("big", _amt(rng, amount, "INR", font, 0.1)))
    rows.append(
        (
            "pair",
            rng.choice(["Vehicle No.", "Vehicle Number"]),
            "MH" + digits(rng, 2) + code(rng, 2, UPPER) + digits(rng, 4),
        )
    )
    rows.append(("pair", "Issuer", rng.choice(["Paytm Payments Bank", "Paytm FASTag"])))
    oid = digits(rng, 11)
    oid_printed = optional_pair(rng, rows, ["Order ID", "Order No."], oid, 0.2)
    method = rng.choice([("UPI", "UPI"), ("Paytm Wallet", "wallet"), ("Debit Card", "card")])
    method_printed = optional_pair(rng, rows, ["Paid using", "Payment Method"], method[0], 0.3)
    when = _dated(rng, rows, ["Date & Time", "Recharged on"], IN_LONG, 0.15, True)
    truth = _truth(
        "Paytm",
        amount,
        "INR",
        oid if oid_printed else None,
        when,
        method[1] if method_printed else None,
        status,
    )
    return rows, truth, dict(SCREEN, width=540, accent=(0, 186, 242))


# ---------------------------------------------------------------- 3 Axis / Kotak bank app UPI receipt


def bank_upi(rng: random.Random, font: str):
    """An Axis / Kotak mobile-banking UPI receipt: beneficiary VPA, RRN, debit account, remarks."""
    bank = rng.choice(["Axis Mobile", "Kotak Mahindra Bank"])
    payee = rng.choice(["Anand Medicals", "Laxmi Kirana", "Royal Tailors", "Hotel Saravana"])
    amount = _inr(rng, 20, 15000)
    status, words = _outcome(
        rng,
        {
            "success": ["Transfer Successful", "Money Sent Successfully"],
            "failed": ["Transfer Failed", "Transaction Declined"],
            "pending": ["Transaction under process"],
        },
    )
    rows = [("title", bank), ("center", words), ("big", _amt(rng, amount, "INR", font, 0.15)), ("rule",)]
    rows.append(("pair", rng.choice(["To", "Beneficiary"]), payee))
    rows.append(("pair", "VPA", payee.split()[0].lower() + digits(rng, 3) + "@okaxis"))
    rows.append(("pair", rng.choice(["From A/c", "Debit Account"]), "XXXX" + digits(rng, 4)))
    rrn = digits(rng, 12)
    rrn_printed = status != "failed" and optional_pair(
        rng, rows, ["RRN", "UPI Ref. No.", "Bank RRN"], rrn, 0.15
    )
    when = _dated(rng, rows, ["Date", "Transaction Date"], IN_DATES, 0.15, False)
    rows.append(("pair", "Remarks", rng.choice(["groceries", "rent", "NA"])))
    truth = _truth(payee, amount, "INR", rrn if rrn_printed else None, when, "UPI", status)
    accent = (151, 20, 77) if "Axis" in bank else (237, 28, 36)
    return rows, truth, dict(SCREEN, width=540, accent=accent)


# ---------------------------------------------------------------- 4 Ola / Rapido ride receipt


def ride_receipt(rng: random.Random, font: str):
    """An Ola / Rapido ride receipt: pickup, drop, fare breakdown, Total Fare, CRN / Ride ID, paid by."""
    brand = rng.choice(["Ola", "Rapido"])
    fare = _inr(rng, 40, 600)
    fee = float(rng.choice([0, 10, 15]))
    gst = round(fee * 0.18, 2)
    total = round(fare + fee + gst, 2)
    rows = [("title", brand), ("center", rng.choice(["Ride Receipt", "Thanks for riding"]))]
    status = None
    if shown(rng, 0.4):
        status, words = _outcome(
            rng,
            {
                "success": ["Payment Done", "Paid"],
                "failed": ["Payment Failed"],
                "pending": ["Payment Pending"],
            },
        )
        rows.append(("center", words))
    rows.append(("pair", "Pickup", rng.choice(["Koramangala 5th Block", "Andheri East", "Salt Lake Sec V"])))
    rows.append(("pair", "Drop", rng.choice(["MG Road Metro", "Powai", "Howrah Station"])))
    rows.append(("pair", "Ride Fare", _line(fare, "INR")))
    if fee:
        rows.append(("pair", rng.choice(["Booking Fee", "Platform Fee"]), _line(fee, "INR")))
        rows.append(("pair", "GST", _line(gst, "INR")))
    rows.append(("pair", rng.choice(["Total Fare", "Total Bill"]), _amt(rng, total, "INR", font, 0.2)))
    rid = ("CRN" + digits(rng, 10)) if brand == "Ola" else ("RD" + digits(rng, 14))
    rid_printed = optional_pair(
        rng, rows, ["CRN", "Ride ID"] if brand == "Ola" else ["Ride ID", "Order ID"], rid, 0.2
    )
    method = rng.choice([("Cash", "cash"), ("UPI", "UPI"), ("Ola Money", "wallet")])
    if brand == "Rapido" and method[1] == "wallet":
        method = ("Rapido Wallet", "wallet")
    method_printed = optional_pair(rng, rows, ["Paid by", "Payment mode"], method[0], 0.2)
    when = _dated(rng, rows, ["Ride date", "Date"], IN_LONG, 0.15, True)
    truth = _truth(
        brand, total, "INR", rid if rid_printed else None, when, method[1] if method_printed else None, status
    )
    accent = (40, 40, 40) if brand == "Ola" else (250, 200, 0)
    return rows, truth, dict(SCREEN, width=560, accent=accent)


# ---------------------------------------------------------------- 5 Big Bazaar / More supermarket till


def in_supermarket_till(rng: random.Random, font: str):
    """A Big Bazaar / More supermarket till: GSTIN, items, Total Qty, NET AMOUNT, tender, Bill No."""
    store = rng.choice(["BIG BAZAAR", "more. supermarket", "MORE RETAIL LTD"])
    items = [
        (
            rng.choice(["TATA SALT 1KG", "AASHIRVAAD ATTA 5K", "AMUL BUTTER 100G", "SURF EXCEL 1KG"]),
            _inr(rng, 20, 400),
        )
        for _ in range(rng.randint(2, 5))
    ]
    total = round(sum(v for _, v in items), 2)
    rows = [("title", store), ("small", "GSTIN 27" + code(rng, 10, ALNUM) + "1Z5")]
    for name, value in items:
        rows.append(("pair", name, _line(value, "INR")))
    rows.append(("pair", "Total Qty", str(len(items))))
    rows.append(("pair", rng.choice(["NET AMOUNT", "Bill Amount", "TOTAL"]), _line(total, "INR")))
    tender, method = rng.choice([("CASH", "cash"), ("CARD", "card"), ("UPI", "UPI"), ("PHONEPE UPI", "UPI")])
    rows.append(("pair", tender, _line(total, "INR")))
    rows.append(("pair", "You Saved", _line(round(total * 0.05, 2), "INR")))
    bill = digits(rng, 8)
    bill_printed = optional_pair(rng, rows, ["Bill No", "Inv No."], bill, 0.2)
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        rows.append(
            (
                "left",
                date_text(when, rng.choice(IN_DATES)) + " " + clock(rng, False) + " POS " + digits(rng, 2),
            )
        )
    truth = _truth(store, total, "INR", bill if bill_printed else None, when if dated else None, method, None)
    return rows, truth, {"width": 470, "size": 18, "paper": (254, 254, 250)}


# ---------------------------------------------------------------- 6 hospital pharmacy bill


def hospital_pharmacy(rng: random.Random, font: str):
    """An Indian hospital pharmacy bill: UHID, drugs with batch, Gross, Discount, Net Payable, receipt."""
    hosp = rng.choice(["APOLLO HOSPITALS PHARMACY", "FORTIS HOSPITAL PHARMACY", "MANIPAL HOSPITAL PHARMACY"])
    items = [
        (rng.choice(["PAN 40 TAB", "AUGMENTIN 625", "DOLO 650", "SHELCAL 500", "IV SET"]), _inr(rng, 30, 900))
        for _ in range(rng.randint(2, 4))
    ]
    gross = round(sum(v for _, v in items), 2)
    disc = round(gross * rng.choice([0.0, 0.05, 0.1]), 2)
    net = round(gross - disc, 2)
    rows = [("title", hosp), ("center", rng.choice(["PHARMACY BILL", "Pharmacy Cash Bill"])), ("rule",)]
    rows.append(("pair", "UHID", "APH" + digits(rng, 8)))
    for name, value in items:
        rows.append(("pair", name + " B." + code(rng, 5, ALNUM), _line(value, "INR")))
    rows.append(("pair", "Gross Amount", _line(gross, "INR")))
    rows.append(("pair", "Discount", _line(disc, "INR")))
    rows.append(("pair", rng.choice(["Net Payable", "Net Amount"]), _amt(rng, net, "INR", font, 0.3)))
    rec = "PH" + digits(rng, 9)
    rec_printed = optional_pair(rng, rows, ["Bill No.", "Receipt No."], rec, 0.15)
    method = rng.choice([("Cash", "cash"), ("Card", "card"), ("UPI", "UPI")])
    method_printed = optional_pair(rng, rows, ["Pay Mode", "Mode of Payment"], method[0], 0.25)
    when = _dated(rng, rows, ["Bill Date", "Date"], IN_DATES, 0.1)
    status = None
    if shown(rng, 0.6):
        rows.append(("center", "PAID"))
        status = "success"
    truth = _truth(
        hosp, net, "INR", rec if rec_printed else None, when, method[1] if method_printed else None, status
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 250)}


# ---------------------------------------------------------------- 7 US Starbucks app receipt


def starbucks_app(rng: random.Random, font: str):
    """A US Starbucks app receipt: drinks, Subtotal, Tax, Total, Starbucks Card / Visa, Stars earned."""
    items = [
        (rng.choice(["Caffe Latte Grande", "Cold Brew Venti", "Cake Pop", "Egg Bites"]), _money(rng, 2.5, 7))
        for _ in range(rng.randint(1, 3))
    ]
    sub = round(sum(v for _, v in items), 2)
    tax = round(sub * 0.0875, 2)
    total = round(sub + tax, 2)
    rows = [("title", "Starbucks"), ("center", rng.choice(["Your receipt", "Order receipt"]))]
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(
            rng,
            {"success": ["Payment accepted"], "failed": ["Payment declined"], "pending": ["Payment pending"]},
        )
        rows.append(("center", words))
    for name, value in items:
        rows.append(("pair", name, f"${value:.2f}"))
    rows += [("pair", "Subtotal", f"${sub:.2f}"), ("pair", "Tax", f"${tax:.2f}")]
    rows.append(("pair", rng.choice(["Total", "Amount charged"]), f"${total:.2f}"))
    pay, method = rng.choice(
        [
            ("Starbucks Card x" + digits(rng, 4), "wallet"),
            ("Visa x" + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment"], pay, 0.2)
    rows.append(("pair", "Stars earned", str(rng.randint(2, 40))))
    oid = digits(rng, 4) + "-" + digits(rng, 6)
    oid_printed = optional_pair(rng, rows, ["Transaction #", "Order #"], oid, 0.3)
    when = _dated(rng, rows, ["Date", "Ordered"], US_DATES, 0.15, True)
    truth = _truth(
        "Starbucks",
        total,
        "USD",
        oid if oid_printed else None,
        when,
        method if method_printed else None,
        status,
    )
    return rows, truth, dict(SCREEN, width=540, accent=(0, 112, 74))


# ---------------------------------------------------------------- 8 US Home Depot till


def home_depot_till(rng: random.Random, font: str):
    """A US Home Depot till: SKU lines, SUBTOTAL, SALES TAX, TOTAL, card tender, AUTH CODE, RECEIPT ID."""
    store = rng.choice(["THE HOME DEPOT", "Home Depot"])
    items = [
        (
            digits(rng, 12) + " " + rng.choice(["2X4X8 STUD", "DRYWALL SCREW", "LED BULB 4PK", "PAINT 1GAL"]),
            _money(rng, 3, 60),
        )
        for _ in range(rng.randint(2, 4))
    ]
    sub = round(sum(v for _, v in items), 2)
    tax = round(sub * 0.07, 2)
    total = round(sub + tax, 2)
    rows = [
        ("title", store),
        ("small", "STORE " + digits(rng, 4) + " " + rng.choice(["ATLANTA, GA", "DALLAS, TX"])),
    ]
    for name, value in items:
        rows.append(("pair", name, f"{value:.2f}"))
    rows += [("pair", "SUBTOTAL", f"{sub:.2f}"), ("pair", "SALES TAX", f"{tax:.2f}")]
    rows.append(("pair", rng.choice(["TOTAL", "TOTAL DUE"]), f"${total:.2f}"))
    tender, method = rng.choice(
        [("VISA", "card"), ("MASTERCARD", "card"), ("HD CREDIT", "card"), ("CASH", "cash")]
    )
    rows.append(("pair", tender, f"{total:.2f}" if method == "card" else f"{total + 5:.2f}"))
    txn = status = None
    if method == "card":
        rows.append(("pair", "XXXXXXXXXXXX" + digits(rng, 4), tender))
        auth = code(rng, 6, ALNUM)
        if optional_pair(rng, rows, ["AUTH CODE", "AUTH CODE:"], auth, 0.2):
            txn = auth
        if shown(rng, 0.5):
            rows.append(("left", "APPROVED"))
            status = "success"
    else:
        rows.append(("pair", "CHANGE DUE", "5.00"))
    rid = "H" + digits(rng, 4) + "-" + digits(rng, 5) + "-" + digits(rng, 5)
    if txn is None and shown(rng, 0.3):
        rows.append(("pair", "RECEIPT ID", rid))
        txn = rid
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        rows.append(("left", date_text(when, "%m/%d/%y") + " " + clock(rng, True)))
    truth = _truth(store, total, "USD", txn, when if dated else None, method, status)
    return rows, truth, {"width": 480, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 9 US Venmo business payment


def venmo_business(rng: random.Random, font: str):
    """A Venmo payment to a business profile: big amount, business, Transaction ID, funding source, date."""
    biz = rng.choice(["Joe's Food Truck", "Sunset Yoga Studio", "Green Leaf Landscaping", "Bean Co. Coffee"])
    amount = _money(rng, 4, 400)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment complete", "Paid"],
            "failed": ["Payment failed"],
            "pending": ["Payment pending"],
        },
    )
    rows = [("title", "venmo"), ("center", words), ("big", f"-${amount:.2f}"), ("rule",)]
    rows.append(("pair", rng.choice(["To", "Paid to"]), biz))
    rows.append(
        ("small", "Business profile  @" + biz.split()[0].replace("'s", "").lower() + "-" + digits(rng, 3))
    )
    tid = digits(rng, 19)
    tid_printed = optional_pair(rng, rows, ["Transaction ID", "Payment ID"], tid, 0.2)
    src, method = rng.choice(
        [
            ("Venmo balance", "wallet"),
            ("Visa Debit ••" + digits(rng, 4), "card"),
            ("Bank ••" + digits(rng, 4), "netbanking"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Funding source", "Payment method"], src, 0.2)
    when = _dated(rng, rows, ["Date", "Completed"], US_DATES, 0.15, True)
    rows.append(("small", "Purchase Protection eligible"))
    truth = _truth(
        biz, amount, "USD", tid if tid_printed else None, when, method if method_printed else None, status
    )
    return rows, truth, dict(SCREEN, width=540, accent=(0, 140, 255))


# ---------------------------------------------------------------- 10 UK Tesco Express till


def tesco_till(rng: random.Random, font: str):
    """A UK Tesco Express till: items, Clubcard price, TOTAL TO PAY, tender, AID / AUTH, VAT."""
    store = rng.choice(["TESCO", "Tesco Express", "TESCO EXPRESS"])
    items = [
        (
            rng.choice(["SEMI SKIMMED 2L", "HOVIS GRANARY", "BANANAS LOOSE", "MEAL DEAL"]),
            round(rng.uniform(0.5, 6), 2),
        )
        for _ in range(rng.randint(2, 5))
    ]
    total = round(sum(v for _, v in items), 2)
    rows = [("title", store), ("small", "VAT NUMBER GB" + digits(rng, 9))]
    for name, value in items:
        rows.append(("pair", name, f"£{value:.2f}" if "Free" not in font else f"{value:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL TO PAY", "TOTAL", "BALANCE DUE"]), f"{total:.2f}"))
    tender, method = rng.choice([("CONTACTLESS", "card"), ("MASTERCARD", "card"), ("CASH", "cash")])
    rows.append(("pair", tender, f"{total:.2f}"))
    txn = status = None
    if method == "card":
        rows.append(("pair", "AID", "A0000000" + digits(rng, 6)))
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["AUTH", "AUTH CODE"], auth, 0.2):
            txn = auth
        if shown(rng, 0.5):
            rows.append(("left", rng.choice(["AUTHORISED", "APPROVED"])))
            status = "success"
    rows.append(("pair", "Clubcard points", str(rng.randint(1, 30))))
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        rows.append(
            (
                "left",
                date_text(when, rng.choice(["%d/%m/%y", "%d/%m/%Y"]))
                + " "
                + clock(rng, False)
                + " "
                + digits(rng, 4),
            )
        )
    truth = _truth(store, total, "GBP", txn, when if dated else None, method, status)
    return rows, truth, {"width": 460, "size": 18, "paper": (254, 254, 252)}


# ---------------------------------------------------------------- 11 UK Uber Eats receipt


def uber_eats_uk(rng: random.Random, font: str):
    """A UK Uber Eats receipt: restaurant, Subtotal, Delivery Fee, Service Fee, Total, card / PayPal, order."""
    sub = round(rng.uniform(8, 40), 2)
    fee = rng.choice([0.0, 0.99, 2.29])
    service = round(min(sub * 0.11, 3.5), 2)
    total = round(sub + fee + service, 2)
    rows = [("title", "Uber Eats"), ("center", rng.choice(["Here's your receipt", "Thanks for ordering"]))]
    rows.append(("small", rng.choice(["Nando's", "Pizza Express", "Leon"])))
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(
            rng,
            {
                "success": ["Payment successful"],
                "failed": ["Payment unsuccessful"],
                "pending": ["Payment pending"],
            },
        )
        rows.append(("center", words))
    rows += [
        ("pair", "Subtotal", _amt(rng, sub, "GBP", font, 0.0)),
        ("pair", "Delivery Fee", _amt(rng, fee, "GBP", font, 0.0)),
    ]
    rows.append(("pair", "Service Fee", _amt(rng, service, "GBP", font, 0.0)))
    rows.append(("pair", rng.choice(["Total", "Total charged"]), _amt(rng, total, "GBP", font, 0.1)))
    card, method = rng.choice(
        [("Mastercard ••••" + digits(rng, 4), "card"), ("PayPal", "wallet"), ("Uber Cash", "wallet")]
    )
    method_printed = optional_pair(rng, rows, ["Payments", "Charged to"], card, 0.2)
    oid = code(rng, 5, ALNUM)
    oid_printed = optional_pair(rng, rows, ["Order", "Order ID"], oid, 0.3)
    when = _dated(rng, rows, ["Date", "Ordered on"], UK_DATES, 0.15)
    truth = _truth(
        "Uber Eats",
        total,
        "GBP",
        oid if oid_printed else None,
        when,
        method if method_printed else None,
        status,
    )
    return rows, truth, dict(SCREEN, width=560, accent=(6, 193, 103))


# ---------------------------------------------------------------- 12 Spanish Mercadona till


def es_till(rng: random.Random, font: str):
    """A Spanish Mercadona till in euros: NIF, items, TOTAL (€), TARJETA BANCARIA / EFECTIVO, IVA table, AUT."""
    store = rng.choice(["MERCADONA, S.A.", "MERCADONA", "Mercadona"])
    items = [
        (
            rng.choice(["PAN DE MOLDE", "LECHE ENTERA", "TOMATE RAMA", "ACEITE OLIVA 1L", "HUEVOS L"]),
            round(rng.uniform(0.5, 8), 2),
        )
        for _ in range(rng.randint(2, 5))
    ]
    total = round(sum(v for _, v in items), 2)
    rows = [
        ("title", store),
        ("small", "NIF A-46103834"),
        ("small", "FACTURA SIMPLIFICADA: " + digits(rng, 4) + "-" + digits(rng, 3) + "-" + digits(rng, 6)),
    ]
    for name, value in items:
        rows.append(("pair", name, _line(value, "EUR")))
    rows.append(("pair", rng.choice(["TOTAL (€)", "TOTAL", "IMPORTE TOTAL"]), _line(total, "EUR")))
    tender, method = rng.choice([("TARJETA BANCARIA", "card"), ("TARJETA", "card"), ("EFECTIVO", "cash")])
    rows.append(("pair", tender, _line(total, "EUR")))
    base = round(total / 1.10, 2)
    rows.append(("pair", "IVA 10%", _line(round(total - base, 2), "EUR")))
    txn = status = None
    if method == "card":
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["AUT", "Nº AUTORIZACION"], auth, 0.2):
            txn = auth
        if shown(rng, 0.5):
            rows.append(("left", rng.choice(["OPERACION APROBADA", "APROBADA"])))
            status = "success"
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        rows.append(
            (
                "left",
                date_text(when, rng.choice(ES_DATES)) + " " + clock(rng, False) + " OP: " + digits(rng, 6),
            )
        )
    truth = _truth(store, total, "EUR", txn, when if dated else None, method, status)
    return rows, truth, {"width": 470, "size": 18, "paper": (254, 254, 252)}
