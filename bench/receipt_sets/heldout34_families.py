"""The twelve heldout34 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

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
from bench.receipt_sets.heldout26_families import ALNUM, UK_DATES, UPPER, _shown_in
from bench.receipt_sets.heldout30_families import IN_DATES
from bench.receipt_sets.heldout31_families import _clear_band
from bench.receipt_sets.heldout32_families import _gstin
from bench.receipt_sets.heldout33_families import IN_LONG, _inr, _iso_or_sign


# ---------------------------------------------------------------- 1 merchant QR: payment received (shop's side)


@_clear_band
def merchant_qr_received(rng: random.Random, font: str):
    """A Paytm for Business / PhonePe Business screen on the shop's phone: "Received from" a customer."""
    app = rng.choice(["Paytm for Business", "PhonePe Business", "BharatPe"])
    shop = rng.choice(
        [
            "Sri Sai Tea Stall",
            "New Janta Dairy",
            "Royal Mobile Point",
            "Annapurna Sweets",
            "Gupta General Store",
        ]
    )
    customer = rng.choice(["Rahul S", "PRIYA NAIR", "Mohd Irfan", "Kavita Joshi", "Deepak Yadav"])
    amount = round(rng.choice([rng.uniform(10, 600), rng.uniform(600, 25000)]), rng.choice([0, 0, 2]))
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Received", "Received Successfully"],
            "failed": ["Payment Failed"],
            "pending": ["Payment Pending"],
        },
        0.1,
    )
    rows = [("title", app), ("center", shop), ("gap",), ("big", _inr(rng, amount, font))]
    if words:
        rows.append(("center", "• " + words))
    rows += [
        ("rule",),
        ("left", "Received from " + customer),
        ("small", phone(rng)[:2] + "XXXXXX" + digits(rng, 2)),
    ]
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(("left", clock(rng, True) + ", " + date_text(when, rng.choice(IN_LONG + IN_DATES))))
    utr = digits(rng, 12)
    utr_printed = status != "failed" and optional_pair(
        rng, rows, ["UPI Ref No", "UTR No", "UPI Transaction ID"], utr, 0.2
    )
    own = rng.choice(["T", "P", ""]) + digits(rng, 16)
    own_printed = optional_pair(rng, rows, ["Order ID", "Transaction ID"], own, 0.4)
    if shown(rng, 0.5):
        rows.append(
            ("pair", "Settled to", rng.choice(["HDFC Bank", "SBI", "Axis Bank"]) + " ••" + digits(rng, 4))
        )
    if shown(rng, 0.5):
        rows.append(
            ("small", "Today's collection " + _inr(rng, amount + round(rng.uniform(300, 9000)), font))
        )
    txn = utr if utr_printed else own if own_printed else None
    truth = _truth(shop, amount, "INR", txn, when if date_printed else None, "UPI", status)
    band = rng.choice([(0, 46, 110), (95, 37, 159), (16, 16, 60)])
    return rows, truth, dict(SCREEN, band=band)


# ---------------------------------------------------------------- 2 payment-gateway success page


@_clear_band
def gateway_success_page(rng: random.Random, font: str):
    """A Razorpay / PayU / Cashfree payment result page of an Indian website: Payment ID and the site's Order ID."""
    gateway = rng.choice(["Razorpay", "PayU", "Cashfree"])
    site = rng.choice(
        ["Zoomcar", "Urban Company", "Vedantu", "Nykaa Fashion", "IndiGo Airlines", "BookMyShow"]
    )
    amount = round(rng.uniform(99, 65000), rng.choice([0, 2]))
    status, words = _outcome(
        rng,
        {"success": ["Payment Successful"], "failed": ["Payment Failed"], "pending": ["Payment Pending"]},
        0.05,
    )
    rows = [("title", site), ("big", _inr(rng, amount, font))]
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    pay_id = {
        "Razorpay": "pay_" + code(rng, 14, ALNUM + "abcdefghjk"),
        "PayU": digits(rng, 11),
        "Cashfree": "cf_" + digits(rng, 10),
    }[gateway]
    pay_printed = optional_pair(rng, rows, ["Payment ID", "Transaction ID"], pay_id, 0.15)
    order_id = ("order_" + code(rng, 14, ALNUM)) if gateway == "Razorpay" else "ORD" + digits(rng, 9)
    order_printed = optional_pair(rng, rows, ["Order ID"], order_id, 0.3)
    method_name, method = rng.choice(
        [
            ("UPI", "UPI"),
            ("Card", "card"),
            ("Visa •••• " + digits(rng, 4), "card"),
            ("Netbanking", "netbanking"),
            ("Wallet - Paytm", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid via", "Payment Method"], method_name, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            ("pair", "Date", date_text(when, rng.choice(IN_LONG + IN_DATES)) + " " + clock(rng, True))
        )
    rows.append(("pair", "Mobile", "+91 " + digits(rng, 10)))
    if status == "failed":
        rows.append(("small", "Any amount debited will be refunded in 5-7 working days"))
    rows.append(("small", "Secured by " + gateway))
    txn = pay_id if pay_printed else order_id if order_printed else None
    truth = _truth(
        site, amount, "INR", txn, when if date_printed else None, method if method_printed else None, status
    )
    return rows, truth, dict(SCREEN, band=rng.choice([(35, 72, 170), (12, 110, 80), (60, 60, 70)]))


# ---------------------------------------------------------------- 3 electricity bill paid at a counter


def electricity_counter_receipt(rng: random.Random, font: str):
    """An Indian discom's cash-counter receipt: consumer number, bill amount, arrears, amount paid, receipt number."""
    board = rng.choice(["BESCOM", "MSEDCL", "TANGEDCO", "TPDDL", "UHBVN", "APSPDCL"])
    bill = round(rng.uniform(180, 9000))
    paid = bill if shown(rng, 0.3) else round(bill * rng.uniform(0.5, 0.95))
    rows = [("title", board), ("center", "ELECTRICITY BILL PAYMENT RECEIPT"), ("rule",)]
    receipt_no = digits(rng, rng.choice([8, 10]))
    receipt_printed = optional_pair(rng, rows, ["Receipt No", "Rcpt No"], receipt_no, 0.1)
    rows += [
        ("pair", "Consumer No", digits(rng, 11)),
        ("pair", "Name", rng.choice(["K. Ravi Shankar", "Sunita Devi", "M/s Lakshmi Flour Mill"])),
        ("pair", "Bill Month", date_text(day(rng), "%b-%Y")),
        ("pair", "Bill Amount", money(bill, "indian")),
    ]
    if shown(rng, 0.6):
        rows.append(("pair", "Due Date", date_text(day(rng), rng.choice(IN_DATES))))
    rows.append(("pair", "Amount Paid", _inr(rng, paid, font)))
    mode, method = rng.choice([("Cash", "cash"), ("CASH", "cash"), ("Card", "card"), ("UPI", "UPI")])
    method_printed = optional_pair(rng, rows, ["Mode", "Pay Mode"], mode, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("pair", "Receipt Date", date_text(when, rng.choice(IN_DATES)) + " " + clock(rng, False)))
    rows += [("pair", "Counter", "C-" + digits(rng, 2)), ("small", "Helpline 1912")]
    truth = _truth(
        board,
        paid,
        "INR",
        receipt_no if receipt_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 520, "size": 19, "paper": (250, 248, 238)}


# ---------------------------------------------------------------- 4 school / college fee receipt


def fee_receipt_in(rng: random.Random, font: str):
    """An Indian school or college fee receipt: fee heads, concession, total paid, admission number."""
    school = rng.choice(
        [
            "St. Xavier's High School",
            "DAV Public School",
            "Kendriya Vidyalaya No. 2",
            "Govt. Polytechnic College",
            "Sri Chaitanya Junior College",
        ]
    )
    heads = rng.sample(
        [
            ("Tuition Fee", 8000, 45000),
            ("Transport Fee", 2000, 9000),
            ("Exam Fee", 300, 2500),
            ("Lab Fee", 500, 3000),
            ("Annual Charges", 1000, 6000),
        ],
        rng.randint(2, 4),
    )
    rows = [("title", school), ("center", "FEE RECEIPT"), ("rule",)]
    receipt_no = rng.choice(["FR/", "R-", ""]) + digits(rng, 5)
    receipt_printed = optional_pair(rng, rows, ["Receipt No", "Receipt No."], receipt_no, 0.1)
    rows += [
        ("pair", "Adm. No", digits(rng, 5)),
        ("pair", "Student", rng.choice(["Aarav Sharma", "Diya Menon"])),
        ("pair", "Class", rng.choice(["VII-B", "X-A", "B.Tech II Yr"])),
        ("rule",),
    ]
    total = 0.0
    for name, low, high in heads:
        fee = float(round(rng.uniform(low, high), -1))
        total += fee
        rows.append(("pair", name, money(fee, "indian")))
    concession = float(round(total * 0.1, -1)) if shown(rng, 0.6) else 0.0
    if concession:
        rows += [
            ("pair", "Gross Total", money(total, "indian")),
            ("pair", "Concession", "-" + money(concession, "indian")),
        ]
    paid = total - concession
    rows += [
        ("rule",),
        ("pair", rng.choice(["Total Paid", "Net Amount Paid", "Amount Received"]), _inr(rng, paid, font)),
    ]
    mode, method = rng.choice(
        [("Cash", "cash"), ("UPI", "UPI"), ("Net Banking", "netbanking"), ("Debit Card", "card")]
    )
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment"], mode, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("pair", "Date", date_text(when, rng.choice(IN_DATES + IN_LONG))))
    rows.append(("small", "Fees once paid are not refundable. Ph " + phone(rng)))
    truth = _truth(
        school,
        paid,
        "INR",
        receipt_no if receipt_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 250)}


# ---------------------------------------------------------------- 5 US utility bill payment confirmation


def us_utility_payment(rng: random.Random, font: str):
    """A US utility's online payment confirmation: account number, payment amount, confirmation number, balance."""
    utility = rng.choice(
        ["PG&E", "Con Edison", "Duke Energy", "Xcel Energy", "Georgia Power", "Comcast Xfinity"]
    )
    amount = round(rng.uniform(24, 680), 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "Thank you! Your payment was received"],
            "failed": ["Payment Failed"],
            "pending": ["Payment Pending", "Processing"],
        },
        0.2,
    )
    rows = [("title", utility), ("center", "Payment Confirmation"), ("rule",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", "Account Number", digits(rng, 4) + " " + digits(rng, 3) + " " + digits(rng, 3)),
        ("pair", "Payment Amount", _iso_or_sign(rng, amount, "USD", font)),
    ]
    conf = code(rng, 2, UPPER) + digits(rng, 8)
    conf_printed = status != "failed" and optional_pair(
        rng, rows, ["Confirmation Number", "Confirmation #"], conf, 0.15
    )
    name, method = rng.choice(
        [
            ("Visa ending in " + digits(rng, 4), "card"),
            ("Checking ****" + digits(rng, 4), "netbanking"),
            ("Bank account (ACH)", "netbanking"),
            ("Mastercard ****" + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment Method", "Paid With"], name, 0.15)
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(("pair", "Payment Date", date_text(when, rng.choice(US_DATES))))
    if shown(rng, 0.5):
        rows.append(("pair", "Remaining Balance", "$" + money(round(rng.uniform(0, 300), 2), "western")))
    if shown(rng, 0.5):
        rows.append(("pair", "Next Bill Due", date_text(day(rng), "%m/%d/%Y")))
    rows.append(("small", "Questions? Call 1-800-" + digits(rng, 3) + "-" + digits(rng, 4)))
    truth = _truth(
        utility,
        amount,
        "USD",
        conf if conf_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 620, "size": 20, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 6 US parking ticket / citation payment


def us_citation_payment(rng: random.Random, font: str):
    """A US city's parking citation (or DMV fee) payment receipt: citation number, plate, fine, fee, total charged."""
    city = rng.choice(
        ["City of Chicago", "City of Los Angeles", "NYC Dept. of Finance", "California DMV", "City of Boston"]
    )
    fine = float(rng.choice([35, 45, 60, 65, 75, 90, 115]))
    fee = rng.choice([0.0, 2.5, 2.95, 3.75])
    total = fine + fee
    rows = [
        ("title", city),
        ("center", rng.choice(["Parking Citation Payment", "Online Payment Receipt"])),
        ("rule",),
    ]
    status, words = _outcome(
        rng,
        {"success": ["APPROVED", "Payment Successful"], "failed": ["DECLINED"], "pending": ["Processing"]},
        0.3,
    )
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", "Citation #", digits(rng, 10)),
        ("pair", "Plate", code(rng, 7, ALNUM) + " " + rng.choice(["IL", "CA", "NY", "MA"])),
        ("pair", "Fine Amount", "$" + money(fine, "western")),
    ]
    if fee:
        rows.append(("pair", "Convenience Fee", "$" + money(fee, "western")))
    rows.append(("pair", "Total Charged", _iso_or_sign(rng, total, "USD", font)))
    rows.append(("pair", "Card", rng.choice(["VISA", "MC", "AMEX", "DISCOVER"]) + " XXXX" + digits(rng, 4)))
    auth = digits(rng, 6)
    auth_printed = status not in ("failed", "pending") and optional_pair(
        rng, rows, ["Auth Code", "Approval"], auth, 0.3
    )
    conf = digits(rng, 9)
    conf_printed = optional_pair(rng, rows, ["Confirmation #", "Receipt #"], conf, 0.3)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("pair", "Date Paid", date_text(when, rng.choice(US_DATES)) + " " + clock(rng, True)))
    rows.append(("small", "Keep this receipt for your records."))
    txn = auth if auth_printed else conf if conf_printed else None
    truth = _truth(city, total, "USD", txn, when if date_printed else None, "card", status)
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 7 US restaurant check with tip (card slip)


def restaurant_check_tip(rng: random.Random, font: str):
    """A US restaurant's card slip with the tip written in: Subtotal, Tax, Amount, Tip, Total, auth code."""
    place = rng.choice(
        ["Olive Garden #1432", "Joe's Diner", "The Capital Grille", "Shake Shack", "Texas Roadhouse"]
    )
    merchant = place.split(" #")[0]
    subtotal = round(rng.uniform(18, 260), 2)
    tax = round(subtotal * rng.choice([0.0725, 0.08875, 0.06]), 2)
    amount = round(subtotal + tax, 2)
    tip = round(amount * rng.choice([0.15, 0.18, 0.2, 0.22]), 2)
    total = round(amount + tip, 2)
    rows = [
        ("title", place),
        ("center", digits(rng, 3) + " Main St, " + rng.choice(["Austin TX", "Orlando FL", "Denver CO"])),
        ("rule",),
    ]
    check = digits(rng, 4)
    check_printed = optional_pair(rng, rows, ["Check #", "Chk"], check, 0.2)
    rows += [
        ("pair", "Server", rng.choice(["Maria", "Tyler", "Jess"])),
        ("pair", "Table", digits(rng, 2)),
        ("pair", "Subtotal", money(subtotal, "western")),
        ("pair", "Tax", money(tax, "western")),
        ("pair", "Amount", "$" + money(amount, "western")),
        ("pair", "+ Tip", money(tip, "western")),
        ("pair", "= Total", "$" + money(total, "western")),
        ("rule",),
        ("pair", rng.choice(["VISA", "MASTERCARD", "AMEX"]), "XXXXXXXXXXXX" + digits(rng, 4)),
    ]
    auth = digits(rng, 6)
    auth_printed = optional_pair(rng, rows, ["Auth Code", "AUTH"], auth, 0.15)
    status = "success" if shown(rng, 0.3) else None
    if status:
        rows.append(("center", "APPROVED"))
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                "Suggested: 18% $"
                + money(round(amount * 0.18, 2), "western")
                + "  20% $"
                + money(round(amount * 0.2, 2), "western"),
            )
        )
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("left", date_text(when, rng.choice(US_DATES)) + " " + clock(rng, True)))
    rows.append(("small", "Signature X_______________"))
    txn = auth if auth_printed else check if check_printed else None
    truth = _truth(merchant, total, "USD", txn, when if date_printed else None, "card", status)
    return rows, truth, {"width": 460, "size": 19, "paper": (253, 252, 248)}


# ---------------------------------------------------------------- 8 UK council tax / TV Licence payment e-mail


def uk_council_payment_email(rng: random.Random, font: str):
    """A UK council-tax or TV Licence payment confirmation e-mail: account reference, payment reference, amount."""
    payee = rng.choice(
        [
            "Leeds City Council",
            "Bristol City Council",
            "London Borough of Camden",
            "TV Licensing",
            "Manchester City Council",
        ]
    )
    amount = round(rng.uniform(12, 420), 2) if payee != "TV Licensing" else rng.choice([169.5, 174.5, 14.54])
    rows = [
        ("title", payee),
        ("center", "Payment confirmation"),
        ("rule",),
        ("left", "Dear " + rng.choice(["Mr Patel", "Ms Hughes", "Customer"]) + ","),
        (
            "left",
            "Thank you, your payment was successful." if shown(rng, 0.3) else "Thank you for your payment.",
        ),
    ]
    status = "success" if "successful" in rows[-1][1] else None
    account_label = "Licence number" if payee == "TV Licensing" else "Council Tax account"
    rows.append(("pair", account_label, digits(rng, 10)))
    rows.append(("pair", "Amount paid", _iso_or_sign(rng, amount, "GBP", font)))
    ref = code(rng, 3, UPPER) + digits(rng, 9)
    ref_printed = optional_pair(rng, rows, ["Payment reference", "Transaction reference"], ref, 0.15)
    name, method = rng.choice(
        [
            ("Visa Debit ****" + digits(rng, 4), "card"),
            ("Mastercard ending " + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid by", "Card"], name, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(("pair", "Date of payment", date_text(when, rng.choice(UK_DATES))))
    if shown(rng, 0.5):
        rows.append(("pair", "Balance for year", "£" + money(round(rng.uniform(200, 2200), 2), "western")))
    rows.append(("small", "Allow 3 working days for the payment to reach your account."))
    truth = _truth(
        payee,
        amount,
        "GBP",
        ref if ref_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 9 Trainline ticket e-mail


def trainline_email(rng: random.Random, font: str):
    """A Trainline booking e-mail: journey, travel date, tickets, railcard discount, booking fee, total paid."""
    stations = rng.sample(
        ["London Kings Cross", "York", "Manchester Piccadilly", "Leeds", "Brighton", "Bristol Temple Meads"],
        2,
    )
    fare = round(rng.uniform(9, 180), 2)
    discount = round(fare / 3, 2) if shown(rng, 0.6) else 0.0
    fee = rng.choice([0.0, 0.75, 1.5, 2.25])
    total = round(fare - discount + fee, 2)
    rows = [
        ("title", "trainline"),
        ("center", "Your booking is confirmed"),
        ("rule",),
        ("left", stations[0] + " to " + stations[1]),
        ("pair", "Travel date", date_text(day(rng), rng.choice(["%a %d %b %Y", "{d} %B %Y"]))),
        ("pair", "Ticket", rng.choice(["Advance Single", "Off-Peak Return", "Anytime Day Single"])),
        ("pair", "Fare", "£" + money(fare, "western")),
    ]
    if discount:
        rows.append(("pair", "Railcard discount", "-£" + money(discount, "western")))
    if fee:
        rows.append(("pair", "Booking fee", "£" + money(fee, "western")))
    rows.append(("pair", "Total paid", _iso_or_sign(rng, total, "GBP", font)))
    ref = code(rng, 8, ALNUM)
    ref_printed = optional_pair(rng, rows, ["Booking reference", "Transaction ID"], ref, 0.1)
    name, method = rng.choice(
        [
            ("Visa ****" + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("Google Pay", "wallet"),
            ("Amex ending " + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment"], name, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", "Booked on", date_text(when, rng.choice(UK_DATES))))
    rows.append(("small", "Collect at " + stations[0] + " using code " + code(rng, 8, UPPER)))
    truth = _truth(
        "Trainline",
        total,
        "GBP",
        ref if ref_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 10 French / Spanish / Italian supermarket till


TILL = {
    "fr": (
        "Carrefour Market",
        [
            ("BAGUETTE", 0.95, 1.4),
            ("LAIT DEMI-ECR 1L", 0.9, 1.3),
            ("EMMENTAL 250G", 2.1, 3.4),
            ("POMMES GOLDEN KG", 1.8, 3.2),
            ("EAU CRISTALINE 6X1.5L", 1.9, 2.6),
        ],
        "TOTAL",
        "TVA",
        "CB",
        "ESPECES",
        "RENDU",
        "Ticket",
    ),
    "es": (
        "Mercadona",
        [
            ("PAN BARRA", 0.55, 0.9),
            ("LECHE ENTERA 1L", 0.85, 1.1),
            ("QUESO TIERNO", 2.4, 4.9),
            ("TOMATE PERA KG", 1.6, 2.8),
            ("ACEITE OLIVA 1L", 6.5, 9.9),
        ],
        "TOTAL (€)",
        "IVA",
        "TARJETA BANCARIA",
        "EFECTIVO",
        "CAMBIO",
        "Factura simplificada",
    ),
    "it": (
        "Coop",
        [
            ("PANE COMUNE", 1.2, 2.5),
            ("LATTE INTERO 1L", 1.1, 1.7),
            ("PARMIGIANO 200G", 3.9, 6.2),
            ("PASTA PENNE 500G", 0.8, 1.6),
            ("ACQUA NAT 6X1.5L", 1.7, 2.9),
        ],
        "TOTALE COMPLESSIVO",
        "di cui IVA",
        "PAGAMENTO ELETTRONICO",
        "CONTANTI",
        "RESTO",
        "Documento n.",
    ),
}


def eu_supermarket_till(rng: random.Random, font: str):
    """A Carrefour / Mercadona / Coop till roll in euros: items, TOTAL, VAT share, card or cash with change given."""
    lang = rng.choice(list(TILL))
    shop, goods, total_word, vat_word, card_word, cash_word, change_word, doc_word = TILL[lang]
    rows = [
        ("title", shop),
        ("center", {"fr": "12 Rue Victor Hugo", "es": "Av. de la Paz 12", "it": "Via Roma 45"}[lang]),
        ("center", {"fr": "SIRET ", "es": "NIF A46", "it": "P.IVA 0"}[lang] + digits(rng, 9)),
        ("rule",),
    ]
    total = 0.0
    for name, low, high in rng.sample(goods, rng.randint(3, 5)):
        value = round(rng.uniform(low, high), 2)
        total += value
        rows.append(("pair", name, money(value, "european")))
    total = round(total, 2)
    rows += [("rule",), ("pair", total_word, money(total, "european") + (" €" if shown(rng, 0.5) else ""))]
    rows.append(("pair", vat_word, money(round(total * 0.07, 2), "european")))
    cash = not shown(rng, 0.4)
    if cash:
        given = float(-(-total // 5) * 5)
        rows += [
            ("pair", cash_word, money(given, "european")),
            ("pair", change_word, money(given - total, "european")),
        ]
        method = "cash"
    else:
        rows.append(("pair", card_word, money(total, "european")))
        method = "card"
    doc = digits(rng, 4) + "-" + digits(rng, 6)
    doc_printed = optional_pair(rng, rows, [doc_word], doc, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "left",
                date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y"]))
                + " "
                + clock(rng, False),
            )
        )
    rows.append(
        (
            "center",
            {"fr": "MERCI DE VOTRE VISITE", "es": "GRACIAS POR SU COMPRA", "it": "GRAZIE E ARRIVEDERCI"}[
                lang
            ],
        )
    )
    truth = _truth(
        shop, total, "EUR", doc if doc_printed else None, when if date_printed else None, method, None
    )
    return rows, truth, {"width": 440, "size": 19, "paper": (251, 250, 244)}


# ---------------------------------------------------------------- 11 Wise / Revolut card payment notification


@_clear_band
def card_spend_notification(rng: random.Random, font: str):
    """A Wise / Revolut card payment detail: merchant, the amount in the shop's currency, the converted amount taken
    from the balance, rate, status."""
    app = rng.choice(["Wise", "Revolut"])
    merchant = rng.choice(["Lidl", "Pret A Manger", "Uber", "Starbucks", "Zara", "Tesco Express"])
    currency, home = rng.choice([("EUR", "GBP"), ("USD", "GBP"), ("GBP", "EUR"), ("EUR", "USD")])
    amount = round(rng.uniform(3, 240), 2)
    rate = rng.uniform(0.78, 1.3)
    status, words = _outcome(
        rng, {"success": ["Completed"], "failed": ["Declined"], "pending": ["Pending"]}, 0.1
    )
    rows = [("title", app), ("center", merchant), ("big", "-" + _iso_or_sign(rng, amount, currency, font))]
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    if currency != home and status != "failed":
        rows.append(
            ("pair", "Paid from " + home + " balance", _shown_in(round(amount * rate, 2), home, font))
        )
        rows.append(("pair", "Exchange rate", f"1 {currency} = {rate:.4f} {home}"))
    rows.append(("pair", "Card", rng.choice(["Visa", "Mastercard"]) + " ••" + digits(rng, 4)))
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "pair",
                "Date",
                date_text(when, rng.choice(UK_DATES + ["%b {d}, %Y"])) + ", " + clock(rng, False),
            )
        )
    txn = code(rng, 8, "0123456789abcdef") + "-" + code(rng, 4, "0123456789abcdef")
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "Reference"], txn, 0.4)
    if shown(rng, 0.5):
        rows.append(("pair", "Balance", _shown_in(round(rng.uniform(20, 4000), 2), home, font)))
    truth = _truth(
        merchant,
        amount,
        currency,
        txn if txn_printed else None,
        when if date_printed else None,
        "card",
        status,
    )
    return rows, truth, dict(SCREEN, band=rng.choice([(22, 51, 0), (25, 25, 30), (0, 90, 200)]))


# ---------------------------------------------------------------- 12 Google Play / App Store family purchase in rupees


def store_family_purchase(rng: random.Random, font: str):
    """A Google Play or Apple receipt e-mail of a family member's purchase, in rupees with GST included."""
    store = rng.choice(["Google Play", "Apple"])
    item = rng.choice(
        [
            "Free Fire - 520 Diamonds",
            "YouTube Premium (1 month)",
            "Spotify Premium",
            "Candy Crush Gold Bars",
            "iCloud+ 50 GB",
            "BGMI 660 UC",
        ]
    )
    amount = float(rng.choice([59, 75, 119, 129, 149, 399, 799, 1299, 3999]))
    rows = [
        ("title", store),
        ("center", "Your receipt" if store == "Apple" else "Your Google Play order receipt"),
        ("rule",),
    ]
    if shown(rng, 0.3):
        rows.append(
            (
                "left",
                "Purchased by "
                + rng.choice(["Aditi (family member)", "Rohan Kumar", "kid.account@gmail.com"]),
            )
        )
    order = (
        "GPA." + digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 5)
        if store == "Google Play"
        else "M" + code(rng, 9, ALNUM)
    )
    order_printed = optional_pair(
        rng, rows, ["Order number" if store == "Google Play" else "Order ID"], order, 0.1
    )
    if store == "Apple" and shown(rng, 0.4):
        rows.append(("pair", "Document No.", digits(rng, 12)))
    rows.append(("pair", item, _inr(rng, amount, font)))
    if shown(rng, 0.5):
        rows.append(("pair", "GST (18%) included", _shown_in(round(amount * 18 / 118, 2), "INR", font)))
    rows.append(("pair", "Total", _inr(rng, amount, font)))
    name, method = rng.choice(
        [
            ("UPI: " + rng.choice(["aditi", "rk"]) + digits(rng, 3) + "@okaxis", "UPI"),
            ("Visa-" + digits(rng, 4), "card"),
            ("Google Play balance", "wallet"),
            ("Mastercard •••• " + digits(rng, 4), "card"),
        ]
    )
    if store == "Apple" and method == "wallet":
        name, method = "Apple Account Balance", "wallet"
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid with"], name, 0.15)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("pair", "Order date", date_text(when, rng.choice(IN_LONG + ["%d/%m/%Y"]))))
    rows.append(
        ("small", ("GSTIN " + _gstin(rng)) if shown(rng, 0.5) else "Manage family purchases in Family Link")
    )
    truth = _truth(
        store,
        amount,
        "INR",
        order if order_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}
