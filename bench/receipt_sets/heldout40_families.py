"""The twelve heldout40 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import functools
import random

from PIL import ImageFont

from bench.receipt_sets.heldout14_render import FONT_DIR
from bench.receipt_sets.heldout14_values import (
    clock,
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    shown,
)
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _truth
from bench.receipt_sets.heldout26_families import UK_DATES, UPPER
from bench.receipt_sets.heldout30_families import IN_DATES
from bench.receipt_sets.heldout33_families import IN_LONG

GROUPING = {
    "INR": "indian",
    "USD": "western",
    "GBP": "western",
    "EUR": "european",
    "PHP": "western",
    "AUD": "western",
    "CAD": "western",
    "CHF": "swiss",
}
SIGN = {"INR": "₹", "USD": "$", "GBP": "£", "EUR": "€", "PHP": "₱", "AUD": "$", "CAD": "$"}
NAME_DATES = ["%b {d}, %Y", "{d} %b %Y", "%d %b %Y", "%B {d}, %Y"]
DOT_DATES = ["%d.%m.%Y", "%d.%m.%y"]


@functools.lru_cache(maxsize=None)
def _has(font: str, char: str) -> bool:
    """Whether ``font`` draws ``char`` (not its missing-glyph box)."""
    face = ImageFont.truetype(f"{FONT_DIR}/{font}", 20)
    return bytes(face.getmask(char)) != bytes(face.getmask("\uffff"))


def _line(amount: float, currency: str) -> str:
    """An amount without its sign, grouped as the currency's country writes it."""
    return money(amount, GROUPING[currency])


def _sign(currency: str, font: str) -> str:
    """The sign printed before an amount, or the ISO code and a space where the face lacks the sign."""
    mark = SIGN.get(currency)
    if mark and _has(font, mark):
        return mark
    return "Rs." if currency == "INR" else currency + " "


def _amt(rng: random.Random, amount: float, currency: str, font: str, p_code: float = 0.2) -> str:
    """An amount with its sign (euros after the figure) or, in a share, its ISO code."""
    text = _line(amount, currency)
    if currency == "CHF" or rng.random() < p_code:
        return currency + " " + text
    if currency == "EUR" and _has(font, "€"):
        return text + " €"
    return _sign(currency, font) + text


def _outcome(rng: random.Random, words: dict[str, list[str]], failed=0.2, pending=0.12) -> tuple[str, str]:
    """An outcome (failed and pending in the given shares, else success) and the words printed for it."""
    roll = rng.random()
    status = "failed" if roll < failed else "pending" if roll < failed + pending else "success"
    return status, rng.choice(words[status])


def _dated(rng: random.Random, rows: list, labels: list[str], formats: list[str], p_absent: float, hour=None):
    """Append a labelled payment date (maybe with a time) unless it is left off; the date or None."""
    when = day(rng)
    if not shown(rng, p_absent):
        return None
    text = date_text(when, rng.choice(formats))
    if hour is not None:
        text += rng.choice([", ", " ", "  "]) + clock(rng, hour)
    rows.append(("pair", rng.choice(labels), text))
    return when


# ---------------------------------------------------------------- 1 Philippine e-wallet screen


def ph_ewallet(rng: random.Random, font: str):
    """A GCash, Maya or GrabPay (Philippines) payment screen in pesos: band, outcome, payee, amount, fee, Ref No."""
    app = rng.choice(["GCash", "Maya", "GrabPay"])
    payee = rng.choice(
        [
            "Jollibee Katipunan",
            "Mercury Drug",
            "Maria Santos",
            "7-Eleven Makati",
            "Juan dela Cruz",
            "SM Supermarket",
        ]
    )
    base = float(rng.randint(50, 6000)) if shown(rng, 0.5) else round(rng.uniform(50, 6000), 2)
    fee = rng.choice([0.0, 0.0, 10.0, 15.0])
    amount = round(base + fee, 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "Transfer Successful", "Successfully paid"],
            "failed": ["Payment Failed", "Transaction Unsuccessful"],
            "pending": ["Processing", "Payment Pending"],
        },
    )
    rows = [("title", app), ("center", words), ("gap",), ("big", _amt(rng, amount, "PHP", font, 0.3))]
    when = day(rng)
    stamp = shown(rng, 0.15)
    stamp_text = (
        date_text(when, rng.choice(["%b {d}, %Y", "%d %b %Y", "%B {d}, %Y"])) + " " + clock(rng, True)
    )
    labelled = rng.random() < 0.5
    if stamp and not labelled:
        rows.append(("small", stamp_text))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Sent to", "Paid to", "Merchant"]), payee))
    if shown(rng, 0.5):
        rows.append(
            ("pair", "Mobile No.", "+63 9" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 4))
        )
    rows.append(("pair", "Amount", _line(base, "PHP")))
    if fee or shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Fee", "Convenience fee"]), _line(fee, "PHP")))
        rows.append(("pair", rng.choice(["Total Amount", "Total", "Total paid"]), _line(amount, "PHP")))
    source, method = rng.choice(
        [
            (app + " Wallet", "wallet"),
            (app + " Balance", "wallet"),
            ("Visa ****" + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(
        rng, rows, ["Payment method", "Paid using", "Source of funds"], source, 0.3
    )
    ref_labels = {
        "GCash": ["Ref No.", "Reference No."],
        "Maya": ["Reference ID", "Reference number"],
        "GrabPay": ["Transaction ID", "Payment ID"],
    }[app]
    ref = digits(rng, 13) if app != "GrabPay" else "A-" + code(rng, 10, UPPER + "0123456789")
    ref_printed = status != "failed" and optional_pair(rng, rows, ref_labels, ref, 0.1)
    if stamp and labelled:
        rows.append(("pair", rng.choice(["Date", "Date & Time", "Transaction date"]), stamp_text))
    if status == "failed":
        rows.append(("small", "No amount was deducted from your account."))
    rows.append(("center", rng.choice(["Done", "Share receipt", "Back to Home"])))
    band = {"GCash": (0, 94, 214), "Maya": (20, 110, 70), "GrabPay": (0, 120, 60)}[app]
    truth = _truth(
        payee,
        amount,
        "PHP",
        ref if ref_printed else None,
        when if stamp else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, dict(SCREEN, width=rng.choice([520, 560]), band=band, band_ink=(255, 255, 255))


# ---------------------------------------------------------------- 2 Australian / Irish EFTPOS slip


def eftpos_slip(rng: random.Random, font: str):
    """An Australian or Irish card terminal slip: ABN or VAT reg, PURCHASE and surcharge, TOTAL, RRN, AUTH, STAN."""
    aus = shown(rng, 0.45)
    if aus:
        shop = rng.choice(
            ["WOOLWORTHS METRO", "BAKERS DELIGHT", "JB HI-FI", "BWS LIQUOR", "PRICELINE PHARMACY"]
        )
        place = rng.choice(["PARRAMATTA NSW 2150", "FITZROY VIC 3065", "FORTITUDE VALLEY QLD 4006"])
        currency = "AUD"
    else:
        shop = rng.choice(["DUNNES STORES", "EASONS", "CENTRA", "BEWLEYS CAFE", "MEDICARE PHARMACY"])
        place = rng.choice(["GRAFTON ST DUBLIN 2", "PATRICK ST CORK", "SHOP ST GALWAY"])
        currency = "EUR"
    purchase = round(rng.uniform(4, 320), 2)
    surcharge = round(purchase * 0.015, 2) if aus and shown(rng, 0.5) else 0.0
    amount = round(purchase + surcharge, 2)
    status, words = _outcome(
        rng,
        {
            "success": ["APPROVED", "APPROVED 00", "TRANSACTION APPROVED", "ACCEPTED"],
            "failed": ["DECLINED", "TRANSACTION DECLINED", "DECLINED 51"],
            "pending": [],
        },
        failed=0.2,
        pending=0.0,
    )
    rows = [("title", shop), ("center", place)]
    if aus and shown(rng, 0.3):
        rows.append(
            (
                "center",
                "ABN " + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3),
            )
        )
    if not aus and shown(rng, 0.4):
        rows.append(("center", "VAT REG IE" + digits(rng, 7) + code(rng, 1, UPPER)))
    rows.append(("center", rng.choice(["CUSTOMER COPY", "CARDHOLDER COPY"])))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["MERCHANT ID", "MID"]), digits(rng, 9)))
    rows.append(("pair", rng.choice(["TERMINAL ID", "TID"]), code(rng, 8, "0123456789")))
    card, network = rng.choice(
        [
            ("VISA CREDIT", "VISA"),
            ("DEBIT MASTERCARD", "MASTERCARD"),
            ("EFTPOS SAV", "EFTPOS"),
            ("VISA DEBIT", "VISA"),
        ]
        if aus
        else [("VISA DEBIT", "VISA"), ("MASTERCARD", "MASTERCARD"), ("VISA CONTACTLESS", "VISA")]
    )
    rows.append(("left", card))
    rows.append(("pair", "CARD", rng.choice(["XXXXXXXXXXXX", "............"]) + digits(rng, 4)))
    if shown(rng, 0.5):
        rows.append(("pair", "AID", "A000000003101" + rng.choice(["0", "1"])))
    rows.append(("left", rng.choice(["PURCHASE", "SALE"])))
    if surcharge:
        rows.append(("pair", "PURCHASE", money(purchase, "western")))
        rows.append(("pair", "SURCHARGE 1.5%", money(surcharge, "western")))
    total_text = (
        rng.choice(["AUD $", "$", "AUD "])
        if aus
        else rng.choice(["EUR ", "€", "€ "] if _has(font, "€") else ["EUR "])
    ) + money(amount, "western")
    rows.append(("pair", rng.choice(["TOTAL", "AMOUNT", "TOTAL AMT"]), total_text))
    rrn, auth = digits(rng, 12), code(rng, 6, "0123456789" + UPPER[:6])
    rrn_printed = status == "success" and optional_pair(rng, rows, ["RRN", "REF NO"], rrn, 0.3)
    auth_printed = status == "success" and optional_pair(
        rng, rows, ["AUTH NO", "AUTH CODE", "APPROVAL"], auth, 0.2
    )
    if shown(rng, 0.4):
        rows.append(("pair", "STAN", digits(rng, 6)))
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        form = rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d%b%y", "%d %b %Y"])
        text = date_text(when, form).upper() + " " + clock(rng, False)
        if shown(rng, 0.5):
            rows.append(("pair", rng.choice(["DATE", "DATE/TIME"]), text))
        else:
            rows.append(("left", text))
    if status == "success" and shown(rng, 0.5):
        rows.append(("center", rng.choice(["PIN VERIFIED", "NO CVM REQUIRED"])))
    rows.append(("center", "** " + words + " **"))
    rows.append(("center", "PLEASE RETAIN FOR YOUR RECORDS"))
    txn = rrn if rrn_printed else auth if auth_printed else None
    truth = _truth(shop, amount, currency, txn, when if dated else None, "card", status)
    return rows, truth, {"width": 430, "size": 19, "paper": (253, 253, 250)}


# ---------------------------------------------------------------- 3 Indian mobile recharge / electricity bill

WALLETS = {
    "MobiKwik": "MobiKwik Wallet",
    "Freecharge": "Freecharge Balance",
    "Amazon Pay": "Amazon Pay Balance",
    "Airtel Thanks": "Airtel Money Wallet",
    "PayZapp": "PayZapp Wallet",
}


def in_recharge_bill(rng: random.Random, font: str):
    """A mobile recharge or electricity bill payment receipt from an Indian payments app, paid to the operator."""
    app = rng.choice(sorted(WALLETS))
    mobile = shown(rng, 0.5)
    if mobile:
        biller = rng.choice(["Jio Prepaid", "Airtel Prepaid", "Vi Prepaid", "BSNL Prepaid"])
        base = float(rng.choice([199, 239, 299, 349, 479, 666, 719, 859, 2999]))
        fee = 0.0
    else:
        biller = rng.choice(
            ["TNEB", "UPPCL", "WBSEDCL", "KSEB", "Adani Electricity Mumbai", "TP Central Odisha"]
        )
        base = float(rng.randint(300, 9000)) + rng.choice([0.0, 0.0, 0.5])
        fee = rng.choice([0.0, 0.0, 1.0, 5.0])
    amount = round(base + fee, 2)
    noun = "Recharge" if mobile else "Bill Payment"
    status, words = _outcome(
        rng,
        {
            "success": [noun + " Successful", "Payment Successful", noun + " successful"],
            "failed": [noun + " Failed", "Payment Failed"],
            "pending": [noun + " Pending", "Payment Processing"],
        },
    )
    rows = [
        ("small", app),
        ("title", biller),
        ("center", words),
        ("big", _amt(rng, amount, "INR", font, 0.2)),
    ]
    rows.append(("rule",))
    if mobile:
        rows.append(
            ("pair", rng.choice(["Mobile Number", "Prepaid Number"]), digits(rng, 5) + " " + digits(rng, 5))
        )
        plan = f"{int(base)} - " + rng.choice(
            ["28 days, 1.5 GB/day", "84 days, 2 GB/day", "56 days, 2 GB/day"]
        )
        rows.append(("pair", rng.choice(["Plan", "Pack"]), plan))
    else:
        rows.append(("pair", rng.choice(["Consumer Number", "Service Number", "CA Number"]), digits(rng, 11)))
        if shown(rng, 0.5):
            rows.append(("pair", "Bill Date", date_text(day(rng), rng.choice(IN_DATES))))
        if shown(rng, 0.5):
            rows.append(("pair", "Due Date", date_text(day(rng), rng.choice(IN_DATES))))
        rows.append(("pair", "Bill Amount", _line(base, "INR")))
        if fee:
            rows.append(("pair", rng.choice(["Convenience Fee", "Platform Fee"]), _line(fee, "INR")))
        if fee or shown(rng, 0.5):
            rows.append(
                ("pair", rng.choice(["Total Paid", "Amount Paid", "Total Amount"]), _line(amount, "INR"))
            )
    mode, method = rng.choice(
        [
            ("UPI", "UPI"),
            (WALLETS[app], "wallet"),
            ("HDFC Debit Card xx" + digits(rng, 4), "card"),
            ("Net Banking", "netbanking"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid via", "Payment Mode", "Paid using"], mode, 0.25)
    strong = digits(rng, 12) if mobile else "CC0" + code(rng, 17, UPPER + "0123456789")
    if mobile:
        strong_labels = ["Transaction ID", "Txn ID"]
        weak = digits(rng, 10)
        weak_labels = ["Operator Ref. No.", "Operator Txn ID"]
    else:
        strong_labels = ["BBPS Ref No", "Bharat BillPay Ref No", "B-Connect Txn ID"]
        weak = digits(rng, 9)
        weak_labels = ["Order ID", "Order No."]
    success = status != "failed"
    strong_printed = success and optional_pair(rng, rows, strong_labels, strong, 0.15)
    if mobile:
        weak_printed = success and optional_pair(rng, rows, weak_labels, weak, 0.5)
    else:
        weak_printed = optional_pair(rng, rows, weak_labels, weak, 0.4)
    when = _dated(
        rng,
        rows,
        ["Recharged on", "Paid on", "Date & Time"]
        if mobile
        else ["Paid on", "Payment Date", "Transaction Date"],
        IN_DATES + IN_LONG,
        0.15,
        True,
    )
    if status == "failed":
        rows.append(("small", "Any amount debited will be refunded in 3-5 working days."))
    rows.append(("small", "Need help? Visit Help & Support in the app."))
    txn = strong if strong_printed else weak if weak_printed else None
    truth = _truth(biller, amount, "INR", txn, when, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=540, paper=(250, 250, 253))


# ---------------------------------------------------------------- 4 hotel folio settlement


HOTELS = {
    "USD": ("Harbourview Suites", "1201 Alaskan Way, Seattle, WA 98101"),
    "GBP": ("Kensington Park Hotel", "14 De Vere Gardens, London W8 5AG"),
    "EUR": ("Hotel Am Stadtpark", "Parkring 8, 1010 Wien"),
    "INR": ("Lakeview Residency", "MG Road, Kochi 682016"),
}


def hotel_folio(rng: random.Random, font: str):
    """A hotel guest folio at check-out: guest, room, arrival and departure, charges, the settling payment."""
    currency = rng.choice(["USD", "GBP", "EUR", "INR"])
    hotel, address = HOTELS[currency]
    nights = rng.randint(1, 4)
    rate = (
        float(rng.choice([89, 119, 145, 189, 229]))
        if currency != "INR"
        else float(rng.choice([3200, 4500, 6800]))
    )
    charges = [(f"Room charge x {nights}", rate * nights)]
    extras = {
        "USD": [("Occupancy tax 15.7%", round(rate * nights * 0.157, 2)), ("Valet parking", 45.0)],
        "GBP": [("Breakfast", 18.50), ("Bar", 12.40)],
        "EUR": [("Ortstaxe / City tax", 3.02 * nights), ("Minibar", 7.50)],
        "INR": [("CGST 6%", round(rate * nights * 0.06, 2)), ("SGST 6%", round(rate * nights * 0.06, 2))],
    }[currency]
    charges += rng.sample(extras, rng.randint(1, 2)) if currency != "INR" else extras
    amount = round(sum(p for _, p in charges), 2)
    arrival = day(rng)
    rows = [("title", hotel), ("small", address), ("center", rng.choice(["GUEST FOLIO", "Folio", "INVOICE"]))]
    folio = digits(rng, 6)
    head = [
        (
            "pair",
            "Guest",
            rng.choice(["Ms Claire Dunne", "Mr Rohit Sen", "Mr David Park", "Frau Anna Berger"]),
        ),
        ("pair", rng.choice(["Room", "Room No."]), str(rng.randint(101, 918))),
        ("pair", rng.choice(["Folio No.", "Folio", "Bill No."]), folio),
    ]
    if shown(rng, 0.5):
        head.append(("pair", rng.choice(["Reservation No.", "Booking ref."]), digits(rng, 8)))
    rng.shuffle(head)
    rows += head
    fmt = rng.choice({"USD": US_DATES[:3], "GBP": UK_DATES, "EUR": DOT_DATES, "INR": IN_DATES}[currency])
    rows.append(("pair", "Arrival", date_text(arrival, fmt)))
    departure = arrival + dt.timedelta(days=nights)
    rows.append(("pair", "Departure", date_text(departure, fmt)))
    rows.append(("rule",))
    for name, value in charges:
        rows.append(("pair", name, _line(value, currency)))
    rows.append(
        ("pair", rng.choice(["Total charges", "Total", "Grand Total"]), _amt(rng, amount, currency, font))
    )
    tender, method = rng.choice(
        [
            ("Visa ****" + digits(rng, 4), "card"),
            ("Mastercard xx" + digits(rng, 4), "card"),
            ("Amex ..." + digits(rng, 4), "card"),
            ("Cash", "cash"),
        ]
    )
    rows.append(("pair", rng.choice(["Payment - ", "Settlement "]) + tender, "-" + _line(amount, currency)))
    rows.append(("pair", rng.choice(["Balance", "Balance due"]), _line(0.0, currency)))
    auth = digits(rng, 6)
    auth_printed = method == "card" and optional_pair(rng, rows, ["Approval code", "Auth code"], auth, 0.6)
    paid_on = departure if shown(rng, 0.3) else arrival
    dated = shown(rng, 0.4)
    if dated:
        rows.append(("pair", rng.choice(["Payment date", "Settled on", "Paid on"]), date_text(paid_on, fmt)))
    stated = shown(rng, 0.6)
    if stated:
        rows.append(("center", rng.choice(["Paid in full", "Payment received - thank you", "PAID"])))
    if currency == "INR":
        rows.append(
            (
                "small",
                "GSTIN 32"
                + code(rng, 5, UPPER)
                + digits(rng, 4)
                + code(rng, 1, UPPER)
                + "1Z"
                + digits(rng, 1),
            )
        )
    rows.append(("small", "We hope to welcome you back soon."))
    truth = _truth(
        hotel,
        amount,
        currency,
        auth if auth_printed else folio,
        paid_on if dated else None,
        method,
        "success" if stated else None,
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 252)}


# ---------------------------------------------------------------- 5 US pharmacy till


def us_pharmacy(rng: random.Random, font: str):
    """A US drugstore till receipt: Rx copay lines, OTC items, sales tax, tender, AUTH #, foot line with TRAN #."""
    shop, town = rng.choice(
        [
            ("RITE AID", "SCRANTON, PA 18503"),
            ("DUANE READE", "NEW YORK, NY 10017"),
            ("BARTELL DRUGS", "SEATTLE, WA 98104"),
            ("KINNEY DRUGS", "WATERTOWN, NY 13601"),
            ("H-E-B PHARMACY", "AUSTIN, TX 78704"),
        ]
    )
    items = [("RX#" + digits(rng, 7) + " COPAY", float(rng.choice([0, 5, 10, 15, 25])))]
    items += rng.sample(
        [
            ("ADVIL 24CT", 6.49),
            ("VITAMIN D3", 9.99),
            ("BAND-AID", 4.29),
            ("GATORADE", 2.19),
            ("TISSUES", 1.99),
        ],
        rng.randint(1, 3),
    )
    taxable = round(sum(p for _, p in items[1:]), 2)
    tax = round(taxable * 0.0825, 2)
    amount = round(sum(p for _, p in items) + tax, 2)
    rows = [
        ("title", shop),
        ("center", town),
        ("center", "(" + digits(rng, 3) + ") " + digits(rng, 3) + "-" + digits(rng, 4)),
    ]
    rows.append(("rule",))
    for name, value in items:
        rows.append(("pair", name, _line(value, "USD")))
    rows.append(("pair", "SUBTOTAL", _line(round(taxable + items[0][1], 2), "USD")))
    rows.append(("pair", rng.choice(["TAX 8.25%", "SALES TAX"]), _line(tax, "USD")))
    rows.append(("pair", rng.choice(["TOTAL", "BALANCE DUE", "TOTAL DUE"]), "$" + _line(amount, "USD")))
    tender, method = rng.choice(
        [
            ("VISA CREDIT", "card"),
            ("MASTERCARD", "card"),
            ("DEBIT", "card"),
            ("FSA/HSA CARD", "card"),
            ("CASH", "cash"),
        ]
    )
    given = float(int(amount) + rng.choice([1, 5, 20])) if method == "cash" else amount
    rows.append(("pair", tender, _line(given, "USD")))
    auth = digits(rng, 6)
    auth_printed = False
    approved = False
    if method == "cash":
        rows.append(("pair", "CHANGE", _line(round(given - amount, 2), "USD")))
    else:
        rows.append(("pair", "ACCT #", "************" + digits(rng, 4)))
        auth_printed = optional_pair(rng, rows, ["AUTH #", "AUTH CODE", "APPROVAL #"], auth, 0.25)
        approved = shown(rng, 0.5)
        if approved:
            rows.append(("left", rng.choice(["APPROVED", "APPROVED - THANK YOU"])))
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(["REWARDS #", "MEMBER ID"]), "*******" + digits(rng, 4)))
    if shown(rng, 0.4):
        rows.append(("left", "YOU SAVED $" + _line(float(rng.choice([1, 2, 3])), "USD")))
    trans = digits(rng, 4)
    rows.append(("left", f"STORE {digits(rng, 4)} REG {rng.randint(1, 9)} TRAN# {trans}"))
    when = day(rng)
    dated = shown(rng, 0.05)
    if dated:
        rows.append(("left", date_text(when, rng.choice(["%m/%d/%Y", "%m/%d/%y"])) + " " + clock(rng, True)))
    rows.append(("center", "RETURNS WITH RECEIPT WITHIN 30 DAYS"))
    truth = _truth(
        shop,
        amount,
        "USD",
        auth if auth_printed else trans,
        when if dated else None,
        method,
        "success" if approved else None,
    )
    return rows, truth, {"width": 440, "size": 19, "paper": (254, 254, 251)}


# ---------------------------------------------------------------- 6 parking payment e-receipt


def parking_receipt(rng: random.Random, font: str):
    """A pay-by-phone parking receipt (RingGo, PayByPhone, ParkMobile, EasyPark): vehicle, zone, start/end, fees."""
    app, currency = rng.choice(
        [
            ("RingGo", "GBP"),
            ("PayByPhone", "GBP"),
            ("ParkMobile", "USD"),
            ("EasyPark", "EUR"),
            ("PayByPhone", "EUR"),
        ]
    )
    place = {
        "GBP": ["Westminster - Zone 4321", "Brighton Seafront - 55012", "Leeds Park Sq - 8107"],
        "USD": ["Downtown Lot 12 - Zone 3390", "Midtown Garage - Zone 1204"],
        "EUR": ["Rotterdam Centrum - 3011", "Wien Innere Stadt - 1010", "Dublin 2 - Zone 442"],
    }[currency]
    hours = rng.randint(1, 5)
    cost = round(hours * rng.choice([1.8, 2.4, 3.2, 4.5]), 2)
    fee = rng.choice([0.0, 0.2, 0.35, 0.5])
    amount = round(cost + fee, 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment successful", "Parking confirmed", "Payment confirmed"],
            "failed": ["Payment failed", "Card declined"],
            "pending": ["Payment pending"],
        },
    )
    rows = [
        ("title", app),
        ("center", rng.choice(["Parking receipt", "Your parking session"])),
        ("center", words),
    ]
    rows.append(("rule",))
    rows.append(("pair", "Location", rng.choice(place)))
    plate = {
        "GBP": code(rng, 2, UPPER) + digits(rng, 2) + " " + code(rng, 3, UPPER),
        "USD": digits(rng, 1) + code(rng, 3, UPPER) + digits(rng, 3),
        "EUR": code(rng, 2, UPPER) + "-" + digits(rng, 3) + "-" + code(rng, 2, UPPER),
    }[currency]
    rows.append(("pair", rng.choice(["Vehicle", "Licence plate", "Plate"]), plate))
    start = day(rng)
    fmt = rng.choice(
        {
            "GBP": UK_DATES[:1] + ["%d %b %Y"],
            "USD": ["%m/%d/%Y", "%b {d}, %Y"],
            "EUR": DOT_DATES + ["%d-%m-%Y"],
        }[currency]
    )
    hour, minute = rng.randint(7, 16), rng.choice(["00", "15", "30", "45"])
    rows.append(("pair", "Start", date_text(start, fmt) + f" {hour:02d}:{minute}"))
    rows.append(("pair", "End", date_text(start, fmt) + f" {hour + hours:02d}:{minute}"))
    rows.append(("pair", "Duration", f"{hours} hr" + ("s" if hours > 1 else "")))
    sign = _sign(currency, font)
    rows.append(("pair", rng.choice(["Parking cost", "Parking fee", "Tariff"]), sign + _line(cost, currency)))
    if fee or shown(rng, 0.5):
        rows.append(
            (
                "pair",
                rng.choice(["Service fee", "Convenience fee", "Transaction fee"]),
                sign + _line(fee, currency),
            )
        )
    rows.append(
        ("pair", rng.choice(["Total", "Total paid", "Amount charged"]), _amt(rng, amount, currency, font))
    )
    card, method = rng.choice(
        [
            ("Visa ending " + digits(rng, 4), "card"),
            ("Mastercard ****" + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
            ("Google Pay", "wallet"),
            ("PayPal", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid with"], card, 0.2)
    session = digits(rng, 9)
    session_printed = optional_pair(rng, rows, ["Session ID", "Parking session", "Session no."], session, 0.2)
    ref = code(rng, 4, UPPER) + digits(rng, 8)
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["Transaction ID", "Payment reference", "Transaction reference"], ref, 0.3
    )
    paid_on = start if shown(rng, 0.8) else start - dt.timedelta(days=1)
    dated = shown(rng, 0.35)
    if dated:
        rows.append(
            ("pair", rng.choice(["Payment date", "Paid on", "Transaction date"]), date_text(paid_on, fmt))
        )
    rows.append(("small", "This receipt is not a parking permit."))
    txn = ref if ref_printed else session if session_printed else None
    truth = _truth(
        app, amount, currency, txn, paid_on if dated else None, method if method_printed else None, status
    )
    return rows, truth, {"width": 580, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 7 app-store purchase e-mail


def app_store_email(rng: random.Random, font: str):
    """An Apple or Google Play purchase receipt e-mail: account, billed to, order id, document no., renewal date."""
    apple = shown(rng, 0.5)
    currency = rng.choice(["USD", "GBP", "EUR", "INR", "USD"])
    price = {
        "USD": [0.99, 4.99, 9.99, 12.99],
        "GBP": [0.99, 4.99, 8.99, 11.99],
        "EUR": [1.09, 5.99, 9.99],
        "INR": [89.0, 199.0, 499.0, 899.0],
    }[currency]
    amount = rng.choice(price)
    item, seller = rng.choice(
        [
            ("Duolingo Max (Monthly)", "Duolingo"),
            ("500 Gems", "Supercell"),
            ("Procreate Pocket", "Savage Interactive"),
            ("YouTube Premium (1 month)", "Google"),
            ("Headspace Annual", "Headspace"),
        ]
    )
    fmt = rng.choice(
        {"USD": US_DATES[:3], "GBP": UK_DATES, "EUR": ["%d.%m.%Y", "{d} %b %Y"], "INR": IN_LONG}[currency]
    )
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": [""],
            "failed": ["We couldn't complete your purchase", "Payment declined"],
            "pending": ["Pending purchase"],
        },
        failed=0.15,
        pending=0.08,
    )
    billed, method = rng.choice(
        [
            ("Visa .... " + digits(rng, 4), "card"),
            ("Mastercard .... " + digits(rng, 4), "card"),
            ("Apple Account balance" if apple else "Google Play balance", "wallet"),
            ("PayPal", "wallet"),
        ]
        + ([("UPI", "UPI")] if currency == "INR" else [])
    )
    tax_label = {
        "USD": "Tax",
        "GBP": "Includes VAT of 20%",
        "EUR": "incl. MwSt. 19%",
        "INR": "Includes GST 18%",
    }[currency]
    vat = {"USD": 0.0, "GBP": 1.2, "EUR": 1.19, "INR": 1.18}[currency]
    tax = round(amount * 0.08, 2) if currency == "USD" else round(amount - amount / vat, 2)
    total = round(amount + tax, 2) if currency == "USD" else amount
    if apple:
        rows = [("title", "Apple"), ("center", words or "Receipt")]
        order = "M" + code(rng, 9, UPPER + "0123456789")
        head = [
            (
                "pair",
                rng.choice(["APPLE ACCOUNT", "APPLE ID"]),
                rng.choice(["jo.reyes", "a.mehta", "kbrennan"]) + "@icloud.com",
            ),
            ("pair", "BILLED TO", billed),
        ]
        dated = shown(rng, 0.1)
        if dated:
            head.append(("pair", "DATE", date_text(when, fmt)))
        head.append(("pair", "ORDER ID", order))
        if shown(rng, 0.4):
            head.append(("pair", "DOCUMENT NO.", digits(rng, 12)))
        rows += head
        rows.append(("rule",))
        rows.append(("left", "App Store"))
        rows.append(("pair", item, _line(amount, currency)))
        rows.append(("small", seller))
        if shown(rng, 0.5):
            rows.append(("small", "Renews " + date_text(when + dt.timedelta(days=30), fmt)))
        rows.append(("rule",))
        if currency == "USD":
            rows.append(("pair", "Subtotal", _line(amount, currency)))
            rows.append(("pair", tax_label, _line(tax, currency)))
        else:
            rows.append(("small", tax_label + ": " + _line(tax, currency)))
        rows.append(("pair", "TOTAL", _amt(rng, total, currency, font)))
        merchant = "Apple"
    else:
        rows = [("title", "Google Play")]
        if words:
            rows.append(("center", words))
        rows.append(("left", "Thank you. You've made a purchase from the Google Play Store."))
        order = "GPA." + digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 4) + "-" + digits(rng, 5)
        rows.append(("pair", rng.choice(["Order number:", "Order number"]), order))
        dated = shown(rng, 0.1)
        if dated:
            rows.append(("pair", "Order date:", date_text(when, fmt) + " " + clock(rng, True)))
        rows.append(("pair", "Your account:", rng.choice(["jo.reyes", "a.mehta", "kbrennan"]) + "@gmail.com"))
        rows.append(("rule",))
        rows.append(("pair", item + " (" + seller + ")", _line(amount, currency)))
        if currency == "USD":
            rows.append(("pair", "Tax:", _line(tax, currency)))
        rows.append(("pair", "Total:", _amt(rng, total, currency, font)))
        rows.append(("pair", "Payment method:", billed))
        if shown(rng, 0.5):
            rows.append(
                (
                    "small",
                    "Auto-renewing subscription. Next payment on "
                    + date_text(when + dt.timedelta(days=30), fmt),
                )
            )
        merchant = "Google Play"
    truth = _truth(
        merchant,
        total,
        currency,
        order,
        when if dated else None,
        method,
        None if status == "success" else status,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 8 Canadian store till


def canada_till(rng: random.Random, font: str):
    """A Canadian store receipt in dollars: province tax lines (HST, GST + PST, TPS + TVQ), Interac or card, AUTH #."""
    shop, town, province = rng.choice(
        [
            ("CANADIAN TIRE", "TORONTO ON M5V 2T6", "ON"),
            ("SHOPPERS DRUG MART", "VANCOUVER BC V6B 1A1", "BC"),
            ("TIM HORTONS", "HALIFAX NS B3J 1S9", "NS"),
            ("JEAN COUTU", "MONTREAL QC H2X 1Y4", "QC"),
            ("LONDON DRUGS", "VICTORIA BC V8W 1J6", "BC"),
        ]
    )
    french = province == "QC"
    items = rng.sample(
        [
            ("COFFEE XL", 2.59),
            ("TIMBITS 10", 3.29),
            ("WINDSHIELD FLUID", 4.99),
            ("SHAMPOO", 7.49),
            ("BATTERIES AA", 12.99),
            ("CHOCOLATE", 1.79),
        ],
        rng.randint(2, 4),
    )
    subtotal = round(sum(p for _, p in items), 2)
    taxes = {
        "ON": [("HST 13%", 0.13)],
        "NS": [("HST 14%", 0.14)],
        "BC": [("GST 5%", 0.05), ("PST 7%", 0.07)],
        "QC": [("TPS 5%", 0.05), ("TVQ 9.975%", 0.09975)],
    }[province]
    tax_lines = [(name, round(subtotal * rate, 2)) for name, rate in taxes]
    amount = round(subtotal + sum(v for _, v in tax_lines), 2)
    rows = [("title", shop), ("center", town)]
    if shown(rng, 0.5):
        rows.append(("center", ("TPS/TVQ " if french else "GST/HST ") + digits(rng, 9) + "RT0001"))
    rows.append(("rule",))
    for name, value in items:
        rows.append(("pair", name, _line(value, "CAD")))
    rows.append(("pair", "SOUS-TOTAL" if french else "SUBTOTAL", _line(subtotal, "CAD")))
    for name, value in tax_lines:
        rows.append(("pair", name, _line(value, "CAD")))
    rows.append(("pair", "TOTAL", "$" + _line(amount, "CAD")))
    tender, method = rng.choice(
        [
            ("INTERAC", "card"),
            ("DEBIT", "card"),
            ("VISA", "card"),
            ("MASTERCARD", "card"),
            ("COMPTANT" if french else "CASH", "cash"),
        ]
    )
    given = float(int(amount) + rng.choice([1, 5, 20])) if method == "cash" else amount
    rows.append(("pair", tender, _line(given, "CAD")))
    status = None
    auth = digits(rng, 6)
    auth_printed = False
    if method == "cash":
        rows.append(("pair", "MONNAIE" if french else "CHANGE", _line(round(given - amount, 2), "CAD")))
    else:
        rows.append(("pair", "CARD" if not french else "CARTE", "************" + digits(rng, 4)))
        if tender in ("INTERAC", "DEBIT"):
            rows.append(("pair", "ACCT", rng.choice(["CHEQUING", "SAVINGS"])))
        auth_printed = optional_pair(
            rng, rows, ["NO AUTOR." if french else "AUTH #", "APPROVAL #"], auth, 0.25
        )
        if shown(rng, 0.3):
            status = "success"
            rows.append(
                (
                    "center",
                    rng.choice(["APPROUVEE - MERCI"] if french else ["00 APPROVED - THANK YOU", "APPROVED"]),
                )
            )
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["PC OPTIMUM", "TRIANGLE ID", "REWARDS"]), "****" + digits(rng, 4)))
    trans = digits(rng, 5)
    rows.append(("pair", rng.choice(["TRANS #", "TXN #", "TRANSACTION"]), trans))
    when = day(rng)
    dated = shown(rng, 0.05)
    if dated:
        text = (
            date_text(when, rng.choice(["%Y/%m/%d", "%Y-%m-%d", "%b %d %Y"])).upper()
            + " "
            + clock(rng, False)
        )
        rows.append(("left", text))
    rows.append(("center", "MERCI DE VOTRE VISITE" if french else "THANK YOU FOR SHOPPING"))
    truth = _truth(
        shop, amount, "CAD", auth if auth_printed else trans, when if dated else None, method, status
    )
    return rows, truth, {"width": 440, "size": 19, "paper": (252, 252, 249)}


# ---------------------------------------------------------------- 9 Swiss / Austrian till


def alpine_till(rng: random.Random, font: str):
    """A Swiss till in francs (Migros, Coop, Denner, Volg) or an Austrian one in euros (BILLA, SPAR, HOFER, BIPA)."""
    swiss = shown(rng, 0.5)
    currency = "CHF" if swiss else "EUR"
    shop = rng.choice(["Migros", "Coop", "Denner", "Volg"] if swiss else ["BILLA", "SPAR", "HOFER", "BIPA"])
    place = rng.choice(
        ["Zürich HB", "Bern Bahnhof", "Luzern"] if swiss else ["Wien Mariahilf", "Graz", "Salzburg Lehen"]
    )
    items = rng.sample(
        [("Gipfeli", 1.40), ("Milch 1L", 1.75), ("Emmentaler", 5.90), ("Rivella", 2.20), ("Birnel", 4.50)]
        if swiss
        else [
            ("Semmel", 0.45),
            ("Almdudler", 1.69),
            ("Manner Schnitten", 2.49),
            ("Milch 1L", 1.39),
            ("Käse", 3.99),
        ],
        rng.randint(2, 4),
    )
    summed = round(sum(p for _, p in items), 2)
    amount = round(round(summed * 20) / 20, 2) if swiss else summed  # Swiss tills round to 5 Rappen
    rows = [("title", shop), ("center", place), ("rule",)]
    for name, value in items:
        rows.append(("pair", name, _line(value, currency)))
    if amount != summed:
        diff = round(amount - summed, 2)
        rows.append(("pair", "Rundung", ("-" if diff < 0 else "") + _line(abs(diff), currency)))
    rows.append(("rule",))
    total_label = rng.choice(
        ["TOTAL CHF", "Total", "Zu bezahlen"] if swiss else ["SUMME EUR", "Summe", "Zu zahlen", "Gesamt"]
    )
    total_text = _line(amount, currency)
    if "CHF" not in total_label and "EUR" not in total_label:
        total_text = currency + " " + total_text if swiss or rng.random() < 0.5 else total_text + " €"
    rows.append(("pair", total_label, total_text))
    tender, method = rng.choice(
        [
            ("Bar", "cash"),
            ("TWINT", "wallet"),
            ("Maestro", "card"),
            ("PostFinance Card", "card"),
            ("Visa Debit", "card"),
        ]
        if swiss
        else [("Bar", "cash"), ("Bankomat", "card"), ("Bankomatkarte", "card"), ("Kreditkarte", "card")]
    )
    given = float(int(amount) + rng.choice([1, 5, 10])) if method == "cash" else amount
    rows.append(("pair", tender, _line(given, currency)))
    auth = digits(rng, 6)
    auth_printed = False
    if method == "cash":
        rows.append(("pair", rng.choice(["Rückgeld", "Retour"]), _line(round(given - amount, 2), currency)))
    elif method == "card":
        auth_printed = optional_pair(rng, rows, ["Autorisierungscode", "Auth.-Code", "Auth-Nr."], auth, 0.6)
    rate = rng.choice(["2.6%", "8.1%"]) if swiss else rng.choice(["10%", "20%"])
    rows.append(("pair", ("MWST " if swiss else "MwSt ") + rate, _line(round(amount * 0.07, 2), currency)))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Cumulus-Nr." if shop == "Migros" else "Supercard-Nr." if swiss else "Kundenkarte",
                "****" + digits(rng, 4),
            )
        )
    bon = digits(rng, 5)
    rows.append(("pair", rng.choice(["Beleg-Nr.", "Bon-Nr.", "Bon Nr"]), bon))
    if not swiss and shown(rng, 0.5):
        rows.append(("small", "Kassen-ID: K" + digits(rng, 2) + "  RKSV-Signatur ok"))
    if swiss and shown(rng, 0.4):
        rows.append(
            (
                "small",
                "MWST-Nr. CHE-" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3) + " MWST",
            )
        )
    when = day(rng)
    dated = shown(rng, 0.05)
    if dated:
        text = date_text(when, rng.choice(DOT_DATES)) + " " + clock(rng, False)
        if shown(rng, 0.5):
            rows.append(("pair", "Datum", text))
        else:
            rows.append(("left", text))
    rows.append(("center", rng.choice(["Danke für Ihren Einkauf", "Merci und bis bald", "Vielen Dank"])))
    truth = _truth(
        shop, amount, currency, auth if auth_printed else bon, when if dated else None, method, None
    )
    return rows, truth, {"width": 430, "size": 19, "paper": (251, 251, 248)}


# ---------------------------------------------------------------- 10 SEPA / SWIFT transfer confirmation


def bank_transfer_eu(rng: random.Random, font: str):
    """An online bank's SEPA or SWIFT transfer confirmation: debtor and creditor, IBAN, BIC, charges, bank reference."""
    bank, currency, grouping = rng.choice(
        [
            ("Deutsche Bank", "EUR", "european"),
            ("ING", "EUR", "european"),
            ("ABN AMRO", "EUR", "european"),
            ("Bank of Ireland", "EUR", "western"),
            ("Barclays", "GBP", "western"),
            ("Lloyds Bank", "USD", "western"),
        ]
    )
    swift = currency != "EUR" or not shown(rng, 0.25)
    payee = rng.choice(
        [
            "Studio Brandt GmbH",
            "Van Dijk Logistics B.V.",
            "Kerrigan & Walsh Ltd",
            "Atelier Lumière SARL",
            "Nordic Parts AB",
        ]
    )
    amount = round(rng.uniform(80, 12000), 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment executed", "Transfer completed", "Your payment has been sent"],
            "failed": ["Payment rejected", "Transfer failed"],
            "pending": ["Pending authorisation", "Awaiting execution", "In process"],
        },
    )
    figure = money(amount, grouping)
    amount_text = rng.choice([f"{figure} {currency}", f"{currency} {figure}"])
    rows = [
        ("title", bank),
        ("center", rng.choice(["Payment confirmation", "Transfer confirmation"])),
        ("center", words),
        ("rule",),
    ]
    kind = (
        "International payment (SWIFT)"
        if swift
        else rng.choice(["SEPA Credit Transfer", "SEPA Instant Credit Transfer"])
    )
    method_printed = optional_pair(rng, rows, ["Payment type", "Transfer type"], kind, 0.2)
    country = {
        "Deutsche Bank": "DE",
        "ING": "NL",
        "ABN AMRO": "NL",
        "Bank of Ireland": "IE",
        "Barclays": "GB",
        "Lloyds Bank": "GB",
    }[bank]
    rows.append(
        (
            "pair",
            rng.choice(["From account", "Debit account", "Ordering account"]),
            country + digits(rng, 2) + " **** **** " + digits(rng, 4),
        )
    )
    rows.append(("pair", rng.choice(["Beneficiary", "Payee", "Creditor name"]), payee))
    rows.append(
        (
            "pair",
            rng.choice(["Beneficiary IBAN", "IBAN"]),
            rng.choice(["DE", "NL", "FR", "IE", "SE"])
            + digits(rng, 2)
            + " "
            + " ".join(digits(rng, 4) for _ in range(4)),
        )
    )
    if shown(rng, 0.4) or swift:
        rows.append(
            (
                "pair",
                rng.choice(["BIC", "SWIFT code", "BIC/SWIFT"]),
                code(rng, 4, UPPER) + code(rng, 2, UPPER) + code(rng, 2, UPPER + "0123456789"),
            )
        )
    rows.append(("pair", rng.choice(["Amount", "Transfer amount", "Payment amount"]), amount_text))
    if swift:
        rows.append(("pair", "Charges", rng.choice(["SHA (shared)", "OUR", "BEN"])))
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                rng.choice(["Remittance information", "Reference text", "Purpose"]),
                "INV-" + digits(rng, 4) + "-" + digits(rng, 3),
            )
        )
    ref = code(rng, 3, UPPER) + digits(rng, 10)
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["Transaction reference", "Bank reference", "Transaction ID"], ref, 0.2
    )
    uetr = "-".join(code(rng, n, "0123456789abcdef") for n in (8, 4, 4, 4, 12))
    uetr_printed = swift and status != "failed" and optional_pair(rng, rows, ["UETR"], uetr, 0.5)
    fmt = rng.choice(DOT_DATES + ["%d/%m/%Y", "%d %b %Y", "%Y-%m-%d"])
    when = _dated(rng, rows, ["Execution date", "Value date", "Booking date", "Date"], [fmt], 0.1)
    if shown(rng, 0.4):
        rows.append(
            ("pair", "Available balance", money(round(rng.uniform(100, 40000), 2), grouping) + " " + currency)
        )
    rows.append(("small", "This confirmation was generated automatically and is valid without signature."))
    txn = ref if ref_printed else uetr if uetr_printed else None
    truth = _truth(payee, amount, currency, txn, when, "netbanking" if method_printed else None, status)
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 11 food-delivery order receipt


def food_delivery(rng: random.Random, font: str):
    """A food-delivery app's order receipt (Swiggy, Zomato, Deliveroo, Just Eat, DoorDash, Uber Eats, Menulog, Wolt)."""
    app, currency = rng.choice(
        [
            ("Swiggy", "INR"),
            ("Zomato", "INR"),
            ("Deliveroo", "GBP"),
            ("Just Eat", "GBP"),
            ("DoorDash", "USD"),
            ("Uber Eats", "USD"),
            ("Menulog", "AUD"),
            ("Wolt", "EUR"),
        ]
    )
    restaurant = rng.choice(
        ["Burger Singh", "Nando's", "Wagamama", "Pizza Hut", "Golden Dragon", "Bombay Bicycle Club"]
    )
    scale = 90.0 if currency == "INR" else 1.0
    items = rng.sample(
        [("Chicken Burger", 6.5), ("Fries", 2.8), ("Paneer Wrap", 5.9), ("Noodles", 7.2), ("Cola", 1.9)],
        rng.randint(1, 3),
    )
    items = [(n, round(p * scale, 2)) for n, p in items]
    subtotal = round(sum(p for _, p in items), 2)
    delivery = round(rng.choice([0, 1.99, 2.49, 3.99]) * (10 if currency == "INR" else 1), 2)
    service = round(subtotal * 0.05, 2)
    tip = round(rng.choice([0, 0, 1, 2, 3]) * (10 if currency == "INR" else 1), 2)
    discount = round(subtotal * 0.1, 2) if rng.random() < 0.4 else 0.0
    tax = round(subtotal * 0.05, 2) if currency == "INR" else 0.0
    amount = round(subtotal + delivery + service + tip - discount + tax, 2)
    pay, method = rng.choice(
        [
            ("Visa ****" + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
            ("PayPal", "wallet"),
            ("Cash on delivery", "cash"),
        ]
        + ([("UPI", "UPI"), ("UPI", "UPI")] if currency == "INR" else [])
    )
    if method == "cash":
        status, words = None, ""
    elif shown(rng, 0.25):
        status, words = _outcome(
            rng,
            {
                "success": ["Thanks for your order", "Payment successful", "Your order is confirmed"],
                "failed": ["Payment failed", "Payment unsuccessful"],
                "pending": ["Payment pending", "Awaiting payment confirmation"],
            },
            failed=0.22,
            pending=0.15,
        )
    else:
        status, words = None, ""
    rows = [("title", app)]
    if words:
        rows.append(("center", words))
    rows.append(("left", rng.choice(["Your order from ", "Order from ", "Ordered from "]) + restaurant))
    order = digits(rng, rng.choice([10, 12])) if currency == "INR" else code(rng, 3, UPPER) + digits(rng, 6)
    order_printed = optional_pair(rng, rows, ["Order ID", "Order #", "Order No."], order, 0.1)
    fmt = rng.choice(
        {"INR": IN_DATES + IN_LONG, "GBP": UK_DATES, "USD": US_DATES[:3], "AUD": UK_DATES, "EUR": DOT_DATES}[
            currency
        ]
    )
    when = _dated(rng, rows, ["Ordered on", "Order placed", "Date"], [fmt], 0.15, currency == "USD")
    if shown(rng, 0.4):
        rows.append(("pair", "Delivered at", clock(rng, currency == "USD")))
    rows.append(("rule",))
    for name, value in items:
        rows.append(("pair", "1 x " + name, _line(value, currency)))
    rows.append(("pair", rng.choice(["Item subtotal", "Subtotal", "Item total"]), _line(subtotal, currency)))
    rows.append(("pair", "Delivery fee", _line(delivery, currency) if delivery else "FREE"))
    rows.append(("pair", rng.choice(["Service fee", "Platform fee"]), _line(service, currency)))
    if tax:
        rows.append(("pair", "GST and restaurant charges", _line(tax, currency)))
    if tip:
        rows.append(("pair", rng.choice(["Rider tip", "Dasher tip", "Tip"]), _line(tip, currency)))
    if discount:
        rows.append(("pair", rng.choice(["Discount", "Promo applied"]), "-" + _line(discount, currency)))
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(["Total", "Total paid", "Grand Total", "Order total"]),
            _amt(rng, amount, currency, font),
        )
    )
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment method", "Paid via"], pay, 0.2)
    rows.append(("small", "Rate your order in the app."))
    truth = _truth(
        app,
        amount,
        currency,
        order if order_printed else None,
        when,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 580, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 12 Indian petrol-pump slip


def petrol_pump_slip(rng: random.Random, font: str):
    """An Indian fuel station's dispenser slip: the oil company on top, the dealer, product, rate, volume, amount."""
    brand = rng.choice(["INDIANOIL", "BHARAT PETROLEUM", "HINDUSTAN PETROLEUM", "NAYARA ENERGY"])
    dealer = rng.choice(
        ["SHREE GANESH FUELS", "SAI BABA SERVICE STATION", "NEW INDIA AUTOMOBILES", "KRISHNA FILLING STATION"]
    )
    product, rate = rng.choice([("PETROL", 103.44), ("DIESEL", 89.97), ("XP95", 110.15), ("SPEED", 108.32)])
    preset = shown(rng, 0.5)
    if preset:
        amount = float(rng.choice([200, 300, 500, 1000, 1500, 2000]))
        volume = round(amount / rate, 2)
    else:
        volume = round(rng.uniform(3, 45), 2)
        amount = round(volume * rate, 2)
    rows = [("title", brand), ("center", "WELCOME TO"), ("center", dealer)]
    rows.append(
        ("center", rng.choice(["NH 48, PUNE", "MG ROAD, INDORE", "SALEM BYPASS", "RING ROAD, SURAT"]))
    )
    rows.append(("rule",))
    head = [
        ("pair", rng.choice(["RECEIPT NO", "BILL NO", "TXN NO"]), digits(rng, 6)),
        ("pair", rng.choice(["RO CODE", "RO ID"]), digits(rng, 6)),
        ("pair", rng.choice(["FIP NO", "NOZZLE NO"]), str(rng.randint(1, 8))),
    ]
    receipt_no = head[0][2]
    rng.shuffle(head)
    rows += head
    when = day(rng)
    dated = shown(rng, 0.05)
    if dated:
        text = date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d/%m/%y", "%d-%b-%Y"])).upper()
        if shown(rng, 0.5):
            rows.append(("pair", "DATE", text))
            rows.append(("pair", "TIME", clock(rng, False) + f":{rng.randrange(60):02d}"))
        else:
            rows.append(("pair", "DATE/TIME", text + " " + clock(rng, False)))
    rows.append(("pair", "PRODUCT", product))
    rows.append(("pair", rng.choice(["RATE(Rs/L)", "RATE/LTR"]), f"{rate:.2f}"))
    rows.append(("pair", rng.choice(["VOLUME(L)", "QTY (LTR)", "VOLUME"]), f"{volume:.2f}"))
    rows.append(
        (
            "pair",
            rng.choice(["AMOUNT(Rs)", "SALE AMT (Rs)", "AMOUNT Rs."]),
            money(amount, rng.choice(["plain", "indian"])),
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "VEHICLE NO",
                rng.choice(["MH", "MP", "TN", "GJ"]) + digits(rng, 2) + code(rng, 2, UPPER) + digits(rng, 4),
            )
        )
    mode, method = rng.choice([("CASH", "cash"), ("CARD", "card"), ("UPI", "UPI"), ("CASH", "cash")])
    method_printed = optional_pair(rng, rows, ["MODE", "PAYMENT MODE", "PAID BY"], mode, 0.2)
    txn = receipt_no
    if method_printed and method == "UPI" and shown(rng, 0.4):
        txn = digits(rng, 12)
        rows.append(("pair", rng.choice(["UPI REF", "UTR"]), txn))
    elif method_printed and method == "card" and shown(rng, 0.4):
        txn = digits(rng, 6)
        rows.append(("pair", rng.choice(["APPR CODE", "AUTH CODE"]), txn))
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                "GSTIN 27"
                + code(rng, 5, UPPER)
                + digits(rng, 4)
                + code(rng, 1, UPPER)
                + "1Z"
                + digits(rng, 1),
            )
        )
    rows.append(("center", rng.choice(["THANK YOU. VISIT AGAIN", "SAVE FUEL SAVE MONEY"])))
    truth = _truth(
        dealer, amount, "INR", txn, when if dated else None, method if method_printed else None, None
    )
    return rows, truth, {"width": 420, "size": 19, "paper": (250, 249, 243)}
