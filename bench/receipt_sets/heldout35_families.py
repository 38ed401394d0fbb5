"""The twelve heldout35 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

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
from bench.receipt_sets.heldout26_families import ALNUM, UK_DATES, UPPER
from bench.receipt_sets.heldout30_families import IN_DATES
from bench.receipt_sets.heldout31_families import _clear_band
from bench.receipt_sets.heldout32_families import _gstin
from bench.receipt_sets.heldout33_families import IN_LONG, _inr, _iso_or_sign

EU_DATES = ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "{d} %b %Y"]


def _slip_outcome(rng: random.Random, approved: list[str], declined: list[str]) -> tuple[str | None, str]:
    """A terminal's verdict: approved (most), declined (about one in eight) or no verdict printed (one in four)."""
    roll = rng.random()
    if roll < 0.25:
        return None, ""
    if roll < 0.37:
        return "failed", rng.choice(declined)
    return "success", rng.choice(approved)


# ---------------------------------------------------------------- 1 Indian shop's card-terminal slip


def pos_terminal_slip_in(rng: random.Random, font: str):
    """A Pine Labs / Ingenico / Paytm EDC charge slip from an Indian shop: MID, TID, BATCH, INVOICE, RRN, APPR CODE."""
    shop = rng.choice(
        ["RELIANCE DIGITAL", "CROMA ANDHERI", "BATA SHOE STORE", "SHOPPERS STOP", "TANISHQ JEWELLERS"]
    )
    terminal = rng.choice(["Pine Labs", "Ingenico", "Paytm EDC", "HDFC BANK POS"])
    amount = round(rng.uniform(150, 48000), 2)
    status, words = _slip_outcome(rng, ["APPROVED", "TXN APPROVED"], ["DECLINED", "TXN DECLINED"])
    rows = [("title", shop), ("center", rng.choice(["MUMBAI", "PUNE", "BENGALURU", "NEW DELHI"])), ("rule",)]
    rows += [
        ("pair", "MID:", digits(rng, 15)),
        ("pair", "TID:", digits(rng, 8)),
        ("pair", "BATCH NO:", digits(rng, 6)),
    ]
    invoice = digits(rng, 6)
    invoice_printed = optional_pair(rng, rows, ["INVOICE NO:", "INV NO:", "BILL NO:"], invoice, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "left",
                "DATE: "
                + date_text(when, rng.choice(["%d/%m/%Y", "%d-%b-%y", "%d/%m/%y", "%b %d, %Y"]))
                + "  TIME: "
                + clock(rng, False),
            )
        )
    rows += [
        ("center", "SALE"),
        ("pair", rng.choice(["VISA", "MASTERCARD", "RUPAY", "AMEX"]), "XXXX XXXX XXXX " + digits(rng, 4)),
        ("pair", "ENTRY:", rng.choice(["CHIP", "CONTACTLESS", "SWIPE"])),
    ]
    rrn = digits(rng, 12)
    rrn_printed = optional_pair(rng, rows, ["RRN:", "REF NO:"], rrn, 0.2)
    appr = code(rng, 6, "0123456789ABCDEF")
    appr_printed = status != "failed" and optional_pair(rng, rows, ["APPR CODE:", "AUTH CODE:"], appr, 0.2)
    rows.append(("pair", rng.choice(["AMOUNT", "BASE AMOUNT", "TOTAL AMT"]), _inr(rng, amount, font)))
    if words:
        rows.append(("center", words))
    if status == "failed":
        rows.append(("small", "RESP CODE " + rng.choice(["05", "51", "55"])))
    else:
        rows.append(("small", "PIN VERIFIED OK" if shown(rng, 0.5) else "NO SIGNATURE REQUIRED"))
    rows.append(("small", "*** CUSTOMER COPY ***  " + terminal))
    txn = appr if appr_printed else rrn if rrn_printed else invoice if invoice_printed else None
    truth = _truth(shop, amount, "INR", txn, when if date_printed else None, "card", status)
    return rows, truth, {"width": 430, "size": 18, "paper": (252, 252, 247)}


# ---------------------------------------------------------------- 2 Indian supermarket till


GROCERY = [
    ("TOOR DAL 1KG", 120, 180),
    ("FORTUNE SUNFLR OIL 1L", 130, 175),
    ("AASHIRVAAD ATTA 5KG", 230, 290),
    ("SURF EXCEL 1KG", 120, 145),
    ("AMUL BUTTER 100G", 52, 58),
    ("PARLE-G 800G", 80, 95),
    ("TATA SALT 1KG", 26, 30),
    ("COLGATE 200G", 95, 125),
]


def supermarket_till_in(rng: random.Random, font: str):
    """A DMart / Reliance Smart / More till roll: GSTIN, Bill No, items with qty, savings, Net Amt, tender and change."""
    shop = rng.choice(["DMart", "Reliance SMART", "More Supermarket", "Star Bazaar", "Spencer's"])
    rows = [("title", shop), ("center", "GSTIN: " + _gstin(rng)), ("rule",)]
    bill = rng.choice(["", "B", "S"]) + digits(rng, rng.choice([6, 9]))
    bill_printed = optional_pair(rng, rows, ["Bill No", "Bill No.", "Inv No", "Receipt No"], bill, 0.1)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "left",
                "Date: " + date_text(when, rng.choice(IN_DATES + ["%d/%m/%y"])) + " " + clock(rng, False),
            )
        )
    rows += [("left", "Counter " + digits(rng, 2) + "  Cashier " + digits(rng, 5)), ("rule",)]
    total, mrp_total, qty = 0.0, 0.0, 0
    for name, low, high in rng.sample(GROCERY, rng.randint(3, 6)):
        count = rng.choice([1, 1, 2])
        price = float(rng.randint(low, high))
        line = price * count
        total += line
        mrp_total += line + rng.choice([0, 0, 5, 10, 20])
        qty += count
        rows.append(("pair", f"{name} x{count}", money(line, "plain")))
    rows += [("rule",), ("pair", "Total Qty", str(qty))]
    if mrp_total > total and shown(rng, 0.3):
        rows.append(("pair", "MRP Total", money(mrp_total, "plain")))
        rows.append(("pair", "You Saved", money(mrp_total - total, "plain")))
    rows.append(
        ("pair", rng.choice(["Net Amt", "NET AMOUNT", "Net Payable", "Bill Amount"]), _inr(rng, total, font))
    )
    tender, method = rng.choice(
        [("CASH", "cash"), ("Cash", "cash"), ("CARD", "card"), ("UPI", "UPI"), ("PAYTM UPI", "UPI")]
    )
    if method == "cash":
        given = float(-(-total // 100) * 100)
        rows += [
            ("pair", "Tender: " + tender, money(given, "plain")),
            ("pair", rng.choice(["Change", "Bal Returned"]), money(given - total, "plain")),
        ]
    else:
        rows.append(("pair", "Tender: " + tender, money(total, "plain")))
    gst = round(total * 0.05, 2)
    rows += [
        ("pair", "CGST 2.5%", money(gst / 2, "plain")),
        ("pair", "SGST 2.5%", money(gst / 2, "plain")),
        ("small", "Cust Care " + phone(rng) + "  Thank You, Visit Again"),
    ]
    truth = _truth(
        shop, total, "INR", bill if bill_printed else None, when if date_printed else None, method, None
    )
    return rows, truth, {"width": 470, "size": 18, "paper": (251, 251, 246)}


# ---------------------------------------------------------------- 3 gas / broadband bill paid in an Indian bank app


@_clear_band
def bank_app_bill_in(rng: random.Random, font: str):
    """An HDFC / ICICI iMobile / SBI YONO bill-pay result: LPG cylinder or broadband biller, consumer id, amount, ref."""
    bank = rng.choice(["HDFC Bank MobileBanking", "ICICI iMobile Pay", "SBI YONO", "Axis Mobile"])
    biller, id_label = rng.choice(
        [
            ("Indane Gas", "LPG ID"),
            ("HP Gas", "Consumer No"),
            ("Bharatgas", "LPG ID"),
            ("ACT Fibernet", "User ID"),
            ("Airtel Xstream Fiber", "Account No"),
            ("Hathway Broadband", "Customer ID"),
        ]
    )
    amount = round(rng.choice([rng.uniform(800, 1150), rng.uniform(399, 2400)]), rng.choice([0, 2]))
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "Bill paid successfully", "Transaction Successful"],
            "failed": ["Payment Failed", "Transaction Failed"],
            "pending": ["Payment Pending", "Transaction under process"],
        },
        0.1,
    )
    rows = [("title", bank), ("center", "Bill Payment"), ("gap",), ("big", _inr(rng, amount, font))]
    if words:
        rows.append(("center", words))
    rows += [("rule",), ("pair", "Biller", biller), ("pair", id_label, digits(rng, rng.choice([10, 12, 17])))]
    if shown(rng, 0.5):
        rows.append(("pair", "Bill Amount", money(amount, "indian")))
    if shown(rng, 0.5):
        rows.append(("pair", "Due Date", date_text(day(rng), rng.choice(IN_DATES))))
    name, method = rng.choice(
        [
            ("A/c XXXXXX" + digits(rng, 4), "netbanking"),
            ("Savings A/c ****" + digits(rng, 4), "netbanking"),
            ("Credit Card XX" + digits(rng, 4), "card"),
            ("UPI", "UPI"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Debited from", "Paid from", "Pay from"], name, 0.15)
    ref = digits(rng, 12) if method == "UPI" else rng.choice(["", "HD", "IB"]) + digits(rng, 10)
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["Transaction Ref No", "Reference No", "Bank Ref No", "Txn ID"], ref, 0.15
    )
    bbps = "CC0" + code(rng, 9, UPPER + "0123456789")
    bbps_printed = status == "success" and optional_pair(
        rng, rows, ["BBPS Ref ID", "B-Connect Txn ID"], bbps, 0.6
    )
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Date & Time", "Paid on", "Date"]),
                date_text(when, rng.choice(IN_LONG + IN_DATES)) + " " + clock(rng, True),
            )
        )
    if shown(rng, 0.6):
        rows.append(("pair", "Available Balance", _inr(rng, round(rng.uniform(1000, 90000), 2), font)))
    txn = ref if ref_printed else bbps if bbps_printed else None
    truth = _truth(
        biller, amount, "INR", txn, when if date_printed else None, method if method_printed else None, status
    )
    return (
        rows,
        truth,
        dict(SCREEN, band=rng.choice([(0, 73, 144), (175, 40, 40), (30, 90, 160), (120, 20, 60)])),
    )


# ---------------------------------------------------------------- 4 Indian hospital / clinic OPD receipt


def opd_receipt_in(rng: random.Random, font: str):
    """An Indian hospital or clinic OPD receipt: UHID, token, doctor, consultation and registration, net amount."""
    hospital = rng.choice(
        [
            "Sai Krupa Multispeciality Hospital",
            "Manipal Clinic",
            "City Care Nursing Home",
            "Dr. Mehta's Child Clinic",
            "Sunrise Diagnostics & OPD",
        ]
    )
    rows = [
        ("title", hospital),
        ("center", rng.choice(["OPD RECEIPT", "OPD Bill cum Receipt", "CASH RECEIPT"])),
        ("rule",),
    ]
    receipt = rng.choice(["OPD/", "OP-", "R"]) + digits(rng, 6)
    receipt_printed = optional_pair(rng, rows, ["Receipt No", "Bill No", "Rcpt No."], receipt, 0.1)
    rows += [
        ("pair", rng.choice(["UHID", "MRN", "Reg. No"]), digits(rng, 8)),
        ("pair", "Patient", rng.choice(["Mrs. Rekha Pillai", "Master Arjun Rao", "Mr. Sanjay Gupta"])),
        ("pair", "Age/Sex", rng.choice(["42/F", "7/M", "61/M"])),
        ("pair", "Consultant", rng.choice(["Dr. A. Kulkarni (Ortho)", "Dr. S. Iyer", "Dr. R. Bansal"])),
        ("pair", "Token No", digits(rng, 2)),
        ("rule",),
    ]
    charges = [("Consultation Fee", float(rng.choice([300, 500, 700, 800, 1000])))]
    if shown(rng, 0.4):
        charges.append(("Registration Charges", float(rng.choice([50, 100, 150]))))
    if shown(rng, 0.6):
        charges.append(
            (
                rng.choice(["CBC", "X-Ray Chest PA", "ECG", "Dressing"]),
                float(rng.choice([250, 350, 400, 600])),
            )
        )
    gross = sum(value for _, value in charges)
    for name, value in charges:
        rows.append(("pair", name, money(value, "indian")))
    discount = float(round(gross * rng.choice([0.1, 0.2]))) if shown(rng, 0.7) else 0.0
    if discount:
        rows += [
            ("pair", "Gross Amount", money(gross, "indian")),
            ("pair", "Discount", "-" + money(discount, "indian")),
        ]
    paid = gross - discount
    rows.append(
        (
            "pair",
            rng.choice(["Net Amount", "Amount Received", "Total Paid", "Net Payable"]),
            _inr(rng, paid, font),
        )
    )
    if shown(rng, 0.5):
        rows.append(("left", "(Rupees " + rng.choice(["in words as above", "received with thanks"]) + ")"))
    mode, method = rng.choice(
        [("Cash", "cash"), ("CASH", "cash"), ("UPI", "UPI"), ("Card", "card"), ("Debit Card", "card")]
    )
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode", "Paid by"], mode, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Date", "Bill Date", "Visit Date"]),
                date_text(when, rng.choice(IN_DATES + IN_LONG)),
            )
        )
    if shown(rng, 0.5):
        rows.append(("pair", "Valid till", date_text(day(rng), "%d/%m/%Y")))
    rows.append(("small", "Emergency 24x7: " + phone(rng)))
    truth = _truth(
        hospital,
        paid,
        "INR",
        receipt if receipt_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 252)}


# ---------------------------------------------------------------- 5 US big-box store till


BIGBOX = {
    "Walmart": ["GV 2% MILK", "EQ PAPER TWL", "GREAT VALUE EGGS", "BANANAS", "MAINSTAYS MUG"],
    "Target": ["UP&UP TISSUE", "GOOD&GATHER BREAD", "ROOM ESSENTIALS", "CAT&JACK TEE", "MARKET PANTRY"],
    "Costco": ["KS WATER 40PK", "KS TOILET PAPER", "ROTISSERIE CHKN", "KS COFFEE 3LB", "ORGANIC EGGS 24"],
    "Home Depot": ["HUSKY TAPE", "LED BULB 4PK", "BEHR PAINT QT", "DEWALT BITS", "GORILLA GLUE"],
}


def us_bigbox_till(rng: random.Random, font: str):
    """A Walmart / Target / Costco / Home Depot till: ST# OP# TE#, items, SUBTOTAL, TAX, TOTAL, tender, APPROVAL #, REF #, TC#."""
    store = rng.choice(list(BIGBOX))
    rows = [
        ("title", store),
        (
            "center",
            rng.choice(["Save money. Live better.", "Expect More. Pay Less.", "Store " + digits(rng, 4)]),
        ),
        ("center", "(" + digits(rng, 3) + ") " + digits(rng, 3) + "-" + digits(rng, 4)),
        ("left", "ST# " + digits(rng, 4) + " OP# " + digits(rng, 6) + " TE# " + digits(rng, 2)),
        ("rule",),
    ]
    subtotal = 0.0
    for name in rng.sample(BIGBOX[store], rng.randint(3, 5)):
        value = round(rng.uniform(1.5, 39), 2)
        subtotal += value
        rows.append(
            ("pair", name + " " + digits(rng, 6), money(value, "western") + " " + rng.choice(["N", "X", "T"]))
        )
    subtotal = round(subtotal, 2)
    tax = round(subtotal * rng.choice([0.0625, 0.07, 0.0825, 0.0475]), 2)
    total = round(subtotal + tax, 2)
    rows += [
        ("pair", "SUBTOTAL", money(subtotal, "western")),
        ("pair", "TAX 1 " + rng.choice(["6.250", "7.000", "8.250", "4.750"]) + " %", money(tax, "western")),
        ("pair", "TOTAL", _iso_or_sign(rng, total, "USD", font)),
    ]
    kind = rng.choice(["card", "card", "debit", "cash"])
    status = None
    approval_printed = ref_printed = False
    approval, ref = digits(rng, 6), digits(rng, 12)
    if kind == "cash":
        given = float(-(-total // 10) * 10)
        rows += [
            ("pair", "CASH TEND", money(given, "western")),
            ("pair", "CHANGE DUE", money(given - total, "western")),
        ]
        method = "cash"
    else:
        network = rng.choice(["VISA", "MASTERCARD", "DISCOVER", "AMEX"]) if kind == "card" else "DEBIT"
        rows += [
            ("pair", network + " TEND", money(total, "western")),
            ("pair", "ACCOUNT #", "**** **** **** " + digits(rng, 4)),
        ]
        approval_printed = optional_pair(rng, rows, ["APPROVAL #", "APPR CODE", "AUTH #"], approval, 0.15)
        ref_printed = optional_pair(rng, rows, ["REF #", "REFERENCE #"], ref, 0.4)
        if shown(rng, 0.4):
            rows.append(("pair", "TERMINAL #", code(rng, 8, UPPER + "0123456789")))
        if shown(rng, 0.5):
            rows.append(("center", "*** APPROVED ***" if shown(rng, 0.5) else "APPROVED"))
            status = "success"
        method = "card"
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "center",
                date_text(when, rng.choice(["%m/%d/%y", "%m/%d/%Y"]))
                + "  "
                + clock(rng, False)
                + ":"
                + digits(rng, 2),
            )
        )
    tc = " ".join(digits(rng, 4) for _ in range(5))
    tc_printed = optional_pair(rng, rows, ["TC#", "TRANS ID", "RECEIPT #"], tc, 0.3)
    rows.append(("small", "# ITEMS SOLD " + str(rng.randint(3, 9)) + "   Low prices you can trust"))
    txn = approval if approval_printed else ref if ref_printed else tc if tc_printed else None
    truth = _truth(store, total, "USD", txn, when if date_printed else None, method, status)
    return rows, truth, {"width": 450, "size": 18, "paper": (253, 253, 250)}


# ---------------------------------------------------------------- 6 Canadian / Australian receipt


def ca_au_receipt(rng: random.Random, font: str):
    """A Canadian (CAD, GST/HST/PST) or Australian (AUD, GST included) shop receipt with the currency written."""
    country = rng.choice(["CA", "AU"])
    if country == "CA":
        shop = rng.choice(["Tim Hortons", "Shoppers Drug Mart", "Canadian Tire", "London Drugs", "Loblaws"])
        place = rng.choice(["Toronto ON", "Vancouver BC", "Halifax NS", "Calgary AB"])
        currency = "CAD"
    else:
        shop = rng.choice(["Woolworths", "Coles", "Bunnings Warehouse", "Chemist Warehouse", "JB Hi-Fi"])
        place = rng.choice(["Sydney NSW", "Melbourne VIC", "Brisbane QLD", "Perth WA"])
        currency = "AUD"
    rows = [("title", shop), ("center", place), ("rule",)]
    if country == "AU":
        rows.insert(
            2,
            (
                "center",
                "ABN " + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3),
            ),
        )
    subtotal = 0.0
    for name in rng.sample(
        [
            "Coffee Lg",
            "Muffin",
            "Vitamin D 1000IU",
            "Batteries AA 8pk",
            "Bread Loaf",
            "Dish Soap",
            "Phone Case",
        ],
        rng.randint(2, 4),
    ):
        value = round(rng.uniform(2, 45), 2)
        subtotal += value
        rows.append(("pair", name, money(value, "western")))
    subtotal = round(subtotal, 2)
    if country == "CA":
        tax_name, rate = rng.choice([("HST 13%", 0.13), ("GST 5%", 0.05), ("HST 15%", 0.15)])
        tax = round(subtotal * rate, 2)
        total = round(subtotal + tax, 2)
        rows += [("pair", "Subtotal", money(subtotal, "western")), ("pair", tax_name, money(tax, "western"))]
        if shown(rng, 0.6) and tax_name == "GST 5%":
            rows.append(("pair", "PST 7%", "0.00"))
    else:
        total = subtotal
        tax = round(total / 11, 2)
    prefix = "C" if currency == "CAD" else "A"
    label, shown_total = rng.choice(
        [
            ("TOTAL", prefix + "$" + money(total, "western")),
            ("TOTAL", currency + " $" + money(total, "western")),
            ("Total", currency + " " + money(total, "western")),
            ("TOTAL " + currency, "$" + money(total, "western")),
        ]
    )
    rows.append(("pair", label, shown_total))
    if country == "AU":
        rows.append(("pair", "Includes GST", money(tax, "western")))
    tender, method = rng.choice(
        [
            ("Interac Debit" if country == "CA" else "EFTPOS", "card"),
            ("VISA", "card"),
            ("Mastercard", "card"),
            ("Cash", "cash"),
        ]
    )
    status = None
    auth = digits(rng, 6)
    auth_printed = False
    if method == "cash":
        given = float(-(-total // 5) * 5)
        rows += [
            ("pair", "Cash", money(given, "western")),
            ("pair", "Change", money(given - total, "western")),
        ]
    else:
        rows += [("pair", tender, money(total, "western")), ("pair", "Card", "************" + digits(rng, 4))]
        if shown(rng, 0.5):
            rows.append(
                (
                    "left",
                    rng.choice(["Contactless", "TAP", "Chip"])
                    + " "
                    + rng.choice(["Chequing", "Savings", "Credit"]),
                )
            )
        auth_printed = optional_pair(rng, rows, ["Auth #", "Approval Code", "AUTH NO"], auth, 0.2)
        if shown(rng, 0.5):
            status = "success"
            rows.append(("center", rng.choice(["APPROVED", "00 - APPROVED - THANK YOU"])))
    trans = digits(rng, rng.choice([4, 6]))
    trans_printed = optional_pair(rng, rows, ["Trans #", "Receipt No", "Txn"], trans, 0.3)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        fmt = (
            rng.choice(["%Y-%m-%d", "%d/%m/%Y", "%b {d}, %Y"])
            if country == "CA"
            else rng.choice(["%d/%m/%Y", "%d/%m/%y", "{d} %b %Y"])
        )
        rows.append(("left", date_text(when, fmt) + " " + clock(rng, False)))
    if country == "CA" and shown(rng, 0.5):
        rows.append(("small", "GST/HST Reg # " + digits(rng, 9) + " RT0001"))
    txn = auth if auth_printed else trans if trans_printed else None
    truth = _truth(shop, total, currency, txn, when if date_printed else None, method, status)
    return rows, truth, {"width": 460, "size": 18, "paper": (252, 251, 247)}


# ---------------------------------------------------------------- 7 UK transit: Oyster top-up / ticket machine


def uk_transit_receipt(rng: random.Random, font: str):
    """A TfL Oyster top-up or National Rail / bus ticket machine receipt: card number, top-up, new balance, auth code."""
    operator = rng.choice(["Transport for London", "TfL", "Northern", "Stagecoach", "Southern"])
    topup = operator in ("Transport for London", "TfL")
    rows = [
        ("title", operator),
        ("center", "Oyster Top-up Receipt" if topup else "Ticket Receipt"),
        ("rule",),
    ]
    when = day(rng)
    date_printed = shown(rng, 0.1)
    station = rng.choice(["Kings Cross St. Pancras", "Brixton", "Leeds", "Manchester Victoria", "Brighton"])
    rows.append(("pair", "Station", station))
    if topup:
        amount = float(rng.choice([5, 10, 15, 20, 30, 40, 50]))
        old = round(rng.uniform(0, 12), 2)
        rows += [
            ("pair", "Oyster card no.", digits(rng, 12)),
            ("pair", "Previous balance", "£" + money(old, "western")),
            (
                "pair",
                rng.choice(["Top-up", "Pay as you go added", "Amount"]),
                _iso_or_sign(rng, amount, "GBP", font),
            ),
            ("pair", "New balance", "£" + money(old + amount, "western")),
        ]
    else:
        fare = round(rng.uniform(2.5, 38), 2)
        amount = fare
        rows += [
            ("pair", "Ticket", rng.choice(["Anytime Day Return", "Off-Peak Single", "DayRider"])),
            ("pair", "Travel date", date_text(day(rng), rng.choice(UK_DATES))),
            (
                "pair",
                rng.choice(["Total", "Amount", "Total charged"]),
                _iso_or_sign(rng, amount, "GBP", font),
            ),
        ]
    status, words = _slip_outcome(rng, ["APPROVED", "Payment accepted"], ["DECLINED", "Card declined"])
    name, method = rng.choice(
        [
            ("Visa contactless", "card"),
            ("Mastercard ****" + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
            ("Google Pay", "wallet"),
            ("Cash", "cash"),
        ]
    )
    if method == "cash":
        status, words = None, ""
    method_printed = optional_pair(rng, rows, ["Paid by", "Payment", "Card type"], name, 0.1)
    auth = digits(rng, 6)
    auth_printed = (
        method != "cash"
        and status != "failed"
        and optional_pair(rng, rows, ["Auth code", "AUTH"], auth, 0.25)
    )
    if words:
        rows.append(("center", words))
    trans = digits(rng, 5)
    trans_printed = optional_pair(rng, rows, ["Transaction no.", "Trans. No", "Receipt no."], trans, 0.3)
    rows.append(("pair", "Machine", code(rng, 2, UPPER) + digits(rng, 4)))
    if date_printed:
        rows.append(("left", date_text(when, rng.choice(UK_DATES)) + " " + clock(rng, False)))
    rows.append(("small", "Please retain this receipt"))
    txn = auth if auth_printed else trans if trans_printed else None
    truth = _truth(
        operator,
        amount,
        "GBP",
        txn,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 470, "size": 18, "paper": (250, 250, 245)}


# ---------------------------------------------------------------- 8 eBay / Etsy order receipt e-mail


def marketplace_order_email(rng: random.Random, font: str):
    """An eBay / Etsy order receipt e-mail: seller, item number, item price, postage, sales tax, order total."""
    platform = rng.choice(["eBay", "Etsy"])
    currency = rng.choice(["USD", "USD", "GBP"])
    mark = "$" if currency == "USD" else "£"
    seller = rng.choice(
        ["vintage_finds_uk", "TheCrochetNook", "techdeals-outlet", "PaperMoonPrints", "retro.gear.co"]
    )
    rows = [
        ("title", platform),
        ("center", rng.choice(["Your order is confirmed", "Thanks for your order!", "Your receipt"])),
        ("rule",),
        ("pair", "Seller" if platform == "eBay" else "Shop", seller),
    ]
    order = (
        (digits(rng, 2) + "-" + digits(rng, 5) + "-" + digits(rng, 5))
        if platform == "eBay"
        else digits(rng, 10)
    )
    order_printed = optional_pair(rng, rows, ["Order number", "Order #", "Order no."], order, 0.1)
    item = rng.choice(
        [
            "Handmade Ceramic Mug",
            "Nintendo Switch Controller",
            "Personalised Star Map Print",
            "Vintage Levi's 501",
        ]
    )
    price = round(rng.uniform(8, 220), 2)
    qty = rng.choice([1, 1, 2])
    rows.append(("left", item + (f"  x{qty}" if qty > 1 else "")))
    if platform == "eBay" and shown(rng, 0.4):
        rows.append(("pair", "Item number", digits(rng, 12)))
    items = round(price * qty, 2)
    postage = rng.choice([0.0, 3.99, 4.5, 6.95])
    tax = round(items * 0.0725, 2) if currency == "USD" and shown(rng, 0.4) else 0.0
    discount = round(items * 0.1, 2) if shown(rng, 0.7) else 0.0
    total = round(items + postage + tax - discount, 2)
    rows.append(
        ("pair", rng.choice(["Item total", "Subtotal", "Item(s) total"]), mark + money(items, "western"))
    )
    if discount:
        rows.append(("pair", "Shop discount", "-" + mark + money(discount, "western")))
    rows.append(
        (
            "pair",
            "Postage" if currency == "GBP" else "Shipping",
            "Free" if not postage else mark + money(postage, "western"),
        )
    )
    if tax:
        rows.append(("pair", "Sales tax", mark + money(tax, "western")))
    rows.append(
        ("pair", rng.choice(["Order total", "Total", "Total paid"]), _iso_or_sign(rng, total, currency, font))
    )
    name, method = rng.choice(
        [
            ("PayPal", "wallet"),
            ("Visa ending in " + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
            ("Mastercard x-" + digits(rng, 4), "card"),
            ("Google Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment method"], name, 0.15)
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Order date", "Paid on", "Date paid"]),
                date_text(when, rng.choice(US_DATES if currency == "USD" else UK_DATES)),
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Estimated delivery",
                date_text(day(rng), "%a, %b {d}") + " - " + date_text(day(rng), "%a, %b {d}"),
            )
        )
    rows.append(("small", "Track your order in the " + platform + " app"))
    truth = _truth(
        platform,
        total,
        currency,
        order if order_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 9 airline e-ticket payment receipt


AIRLINES = [
    ("Ryanair", "EUR"),
    ("easyJet", "GBP"),
    ("Air India", "INR"),
    ("Lufthansa", "EUR"),
    ("Delta Air Lines", "USD"),
    ("Vistara", "INR"),
]


def airline_payment_receipt(rng: random.Random, font: str):
    """An airline e-ticket / itinerary receipt: PNR, ticket number, route and flight date, fare, taxes, amount charged."""
    airline, currency = rng.choice(AIRLINES)
    grouping = {"INR": "indian", "USD": "western", "EUR": "european", "GBP": "western"}[currency]
    rows = [
        ("title", airline),
        ("center", rng.choice(["E-ticket Receipt", "Payment Receipt", "Booking Confirmation"])),
        ("rule",),
    ]
    pnr = code(rng, 6, UPPER)
    pnr_printed = optional_pair(rng, rows, ["Booking reference", "PNR", "Confirmation code"], pnr, 0.1)
    if shown(rng, 0.5):
        rows.append(("pair", "Ticket number", digits(rng, 3) + "-" + digits(rng, 10)))
    route = rng.sample(["DEL", "BOM", "LHR", "DUB", "FRA", "JFK", "ATL", "BLR", "STN", "MUC"], 2)
    rows += [
        ("left", route[0] + " - " + route[1] + "  " + code(rng, 2, UPPER) + " " + digits(rng, 3)),
        (
            "pair",
            "Departure",
            date_text(day(rng), rng.choice(["%d %b %Y", "%a {d} %b %Y"])) + " " + clock(rng, False),
        ),
    ]
    base = round(rng.uniform(25, 900) * (80 if currency == "INR" else 1), 2)
    taxes = round(base * rng.uniform(0.1, 0.35), 2)
    fee = round(rng.choice([0.0, 0.0, 3.0, 8.5]) * (80 if currency == "INR" else 1), 2)
    total = round(base + taxes + fee, 2)
    rows += [
        ("pair", rng.choice(["Base fare", "Fare", "Air fare"]), money(base, grouping)),
        (
            "pair",
            rng.choice(["Taxes, fees & charges", "Taxes and fees", "Airport taxes"]),
            money(taxes, grouping),
        ),
    ]
    if fee:
        rows.append(("pair", rng.choice(["Seat selection", "Checked bag"]), money(fee, grouping)))
    sign = _inr(rng, total, font) if currency == "INR" else _iso_or_sign(rng, total, currency, font)
    rows.append(("pair", rng.choice(["Total amount", "Amount charged", "Total paid", "Grand Total"]), sign))
    status, words = _outcome(
        rng,
        {
            "success": ["Payment successful", "Payment confirmed"],
            "failed": ["Payment declined", "Payment unsuccessful"],
            "pending": ["Payment pending"],
        },
        0.4,
    )
    if words:
        rows.append(("center", words))
    name, method = rng.choice(
        [
            ("VISA XXXX" + digits(rng, 4), "card"),
            ("Mastercard ****" + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("UPI", "UPI") if currency == "INR" else ("Amex ***" + digits(rng, 4), "card"),
            ("Net Banking", "netbanking") if currency == "INR" else ("Apple Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Form of payment", "Payment method", "Paid by"], name, 0.15)
    pay_ref = code(rng, 3, UPPER) + digits(rng, 9)
    pay_printed = status != "failed" and optional_pair(
        rng, rows, ["Payment reference", "Transaction ID"], pay_ref, 0.5
    )
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        fmt = rng.choice(
            {"USD": US_DATES, "GBP": UK_DATES, "EUR": EU_DATES, "INR": IN_DATES + IN_LONG}[currency]
        )
        rows.append(
            ("pair", rng.choice(["Date of issue", "Payment date", "Booking date"]), date_text(when, fmt))
        )
    rows.append(("small", "Check-in closes 40 minutes before departure"))
    txn = pay_ref if pay_printed else pnr if pnr_printed else None
    truth = _truth(
        airline,
        total,
        currency,
        txn,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 10 Zelle / Cash App payment screen


@_clear_band
def p2p_us_screen(rng: random.Random, font: str):
    """A Zelle (in a bank app) or Cash App payment detail: recipient, big amount, status, from account, id."""
    app = rng.choice(["Zelle", "Cash App"])
    payee = rng.choice(
        ["Jordan Lee", "Maria Gonzalez", "Brian's Lawn Care", "Sunny Day Daycare", "Ashley K."]
    )
    amount = round(rng.uniform(5, 1400), rng.choice([0, 2]))
    status, words = _outcome(
        rng,
        {
            "success": ["Completed", "Payment sent", "Sent"]
            if app == "Zelle"
            else ["Completed", "Payment completed"],
            "failed": ["Failed", "Payment failed"] if app == "Zelle" else ["Failed", "Payment declined"],
            "pending": ["Pending", "Processing"] if app == "Zelle" else ["Pending"],
        },
        0.1,
    )
    rows = [("title", app), ("center", "To " + payee), ("big", _iso_or_sign(rng, amount, "USD", font))]
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    if app == "Zelle":
        rows.append(
            (
                "pair",
                "Sent to",
                rng.choice(["(" + digits(rng, 3) + ") ***-" + digits(rng, 4), "j***@gmail.com"]),
            )
        )
        name, method = rng.choice(
            [
                ("Chase Total Checking ..." + digits(rng, 4), "netbanking"),
                ("Checking (..." + digits(rng, 4) + ")", "netbanking"),
            ]
        )
        ids = (
            ["Confirmation", "Confirmation number", "Transaction number"],
            code(rng, rng.choice([9, 11]), ALNUM),
        )
    else:
        rows.append(("pair", "To", "$" + payee.split()[0].replace("'s", "") + digits(rng, 2)))
        name, method = rng.choice(
            [("Cash balance", "wallet"), ("Visa Debit " + digits(rng, 4), "card"), ("Cash Card", "card")]
        )
        ids = (["Identifier", "Transaction ID"], "#" + code(rng, 8, UPPER + "0123456789"))
    method_printed = optional_pair(rng, rows, ["From", "Payment source", "Paid with"], name, 0.15)
    if shown(rng, 0.4):
        rows.append(("pair", "Memo", rng.choice(["rent share", "lawn mowing", "dinner", "daycare March"])))
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Date", "Sent on", "Date sent"]),
                date_text(when, rng.choice(US_DATES)) + " " + clock(rng, True),
            )
        )
    txn_printed = status != "failed" and optional_pair(rng, rows, ids[0], ids[1], 0.2)
    if status == "pending" and shown(rng, 0.5):
        rows.append(("small", "Expected by " + date_text(day(rng), "%b {d}, %Y")))
    if shown(rng, 0.5):
        rows.append(("pair", "Available balance", "$" + money(round(rng.uniform(0, 5000), 2), "western")))
    truth = _truth(
        payee,
        amount,
        "USD",
        ids[1] if txn_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    band = (107, 28, 214) if app == "Zelle" else (0, 180, 60)
    return rows, truth, dict(SCREEN, band=band)


# ---------------------------------------------------------------- 11 charity donation receipt


CHARITIES = [
    ("British Red Cross", "GBP", "Registered charity no.", "Gift Aid"),
    ("Oxfam GB", "GBP", "Registered charity no.", "Gift Aid"),
    ("Cancer Research UK", "GBP", "Registered charity no.", "Gift Aid"),
    ("American Red Cross", "USD", "EIN", None),
    ("St. Jude Children's Research Hospital", "USD", "Tax ID", None),
    ("Akshaya Patra Foundation", "INR", "PAN", "80G"),
    ("CRY - Child Rights and You", "INR", "PAN", "80G"),
]


def donation_receipt(rng: random.Random, font: str):
    """A charity's donation receipt (UK with Gift Aid, US tax-deductible with EIN, India 80G with PAN)."""
    charity, currency, reg_label, relief = rng.choice(CHARITIES)
    amount = float(rng.choice([10, 15, 25, 50, 100, 250, 500])) * (20 if currency == "INR" else 1)
    rows = [
        ("title", charity),
        ("center", rng.choice(["Donation Receipt", "Thank you for your donation", "Official Receipt"])),
        ("rule",),
    ]
    rows.append(("left", "Dear " + rng.choice(["Emma", "Mr Thompson", "Priya", "Friend"]) + ","))
    receipt = rng.choice(["DR-", "", "RCPT"]) + digits(rng, 7)
    receipt_printed = optional_pair(rng, rows, ["Receipt number", "Receipt No", "Donation ID"], receipt, 0.15)
    rows.append(
        (
            "pair",
            rng.choice(["Donation amount", "Amount donated", "Gift amount"]),
            _inr(rng, amount, font) if currency == "INR" else _iso_or_sign(rng, amount, currency, font),
        )
    )
    if relief == "Gift Aid" and shown(rng, 0.4):
        rows.append(("pair", "Gift Aid (reclaimed by us)", "£" + money(amount * 0.25, "western")))
    if shown(rng, 0.5):
        rows.append(("pair", "Frequency", rng.choice(["One-off", "Monthly", "Single gift"])))
    name, method = rng.choice(
        [
            ("Visa ending " + digits(rng, 4), "card"),
            ("Direct Debit", "netbanking"),
            ("PayPal", "wallet"),
            ("UPI", "UPI") if currency == "INR" else ("Apple Pay", "wallet"),
            ("Net Banking", "netbanking")
            if currency == "INR"
            else ("Mastercard ****" + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid by", "Mode of payment"], name, 0.15)
    txn = code(rng, 2, UPPER) + digits(rng, 10)
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "Payment reference"], txn, 0.5)
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        fmt = rng.choice({"USD": US_DATES, "GBP": UK_DATES, "INR": IN_DATES + IN_LONG}[currency])
        rows.append(
            ("pair", rng.choice(["Date of donation", "Donation date", "Date received"]), date_text(when, fmt))
        )
    reg = {
        "Registered charity no.": digits(rng, 6),
        "EIN": digits(rng, 2) + "-" + digits(rng, 7),
        "Tax ID": digits(rng, 2) + "-" + digits(rng, 7),
        "PAN": code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER),
    }[reg_label]
    rows.append(("pair", reg_label, reg))
    if relief == "80G":
        rows.append(
            ("small", "Eligible for 50% deduction u/s 80G. Reg. No. " + code(rng, 5, UPPER) + digits(rng, 6))
        )
    elif currency == "USD":
        rows.append(("small", "No goods or services were provided in exchange for this gift."))
    else:
        rows.append(("small", "Your support helps people in crisis."))
    truth = _truth(
        charity,
        amount,
        currency,
        txn if txn_printed else receipt if receipt_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 253)}


# ---------------------------------------------------------------- 12 European mobile-wallet payment (Bizum / Satispay / Lydia)


WALLETS = {
    "Bizum": (
        "es",
        {
            "success": ["Enviado", "Pago realizado"],
            "failed": ["Rechazado", "Operación fallida"],
            "pending": ["Pendiente"],
        },
        ["Referencia", "Nº operación"],
        ["Fecha", "Fecha de la operación"],
        "Concepto",
        "Saldo disponible",
    ),
    "Satispay": (
        "it",
        {
            "success": ["Pagamento riuscito", "Completato"],
            "failed": ["Pagamento non riuscito", "Rifiutato"],
            "pending": ["In attesa"],
        },
        ["ID transazione", "Codice operazione"],
        ["Data", "Data e ora"],
        "Messaggio",
        "Budget disponibile",
    ),
    "Lydia": (
        "fr",
        {
            "success": ["Paiement effectué", "Payé"],
            "failed": ["Paiement refusé", "Échec du paiement"],
            "pending": ["En attente"],
        },
        ["Référence", "N° de transaction"],
        ["Date", "Le"],
        "Motif",
        "Solde",
    ),
}


@_clear_band
def eu_wallet_payment(rng: random.Random, font: str):
    """A Bizum / Satispay / Lydia payment detail screen in euros: payee, big amount, local status words, reference,
    date, message and the wallet balance."""
    app = rng.choice(list(WALLETS))
    _lang, outcome_words, id_labels, date_labels, memo, balance_word = WALLETS[app]
    payee = rng.choice(
        {
            "Bizum": ["Lucía Fernández", "Bar Casa Paco", "Javier Moreno"],
            "Satispay": ["Bar Centrale", "Farmacia San Marco", "Giulia Rossi"],
            "Lydia": ["Boulangerie Paul", "Camille Martin", "Le Petit Zinc"],
        }[app]
    )
    amount = round(rng.uniform(1.5, 180), rng.choice([0, 2, 2]))
    status, words = _outcome(rng, outcome_words, 0.15)
    rows = [("title", app), ("center", payee), ("big", "-" + _iso_or_sign(rng, amount, "EUR", font))]
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    if app == "Bizum":
        rows.append(
            ("pair", "Teléfono", "+34 6" + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3))
        )
    notes = {
        "Bizum": ["cena", "regalo", "alquiler"],
        "Satispay": ["caffè", "spesa", "pizza"],
        "Lydia": ["cadeau Léa", "loyer", "resto"],
    }
    rows.append(("pair", memo, rng.choice(notes[app])))
    ref = code(rng, 12, UPPER + "0123456789") if app != "Bizum" else digits(rng, 16)
    ref_printed = status != "failed" and optional_pair(rng, rows, id_labels, ref, 0.25)
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(date_labels),
                date_text(when, rng.choice(EU_DATES[:3])) + " " + clock(rng, False),
            )
        )
    if shown(rng, 0.5):
        rows.append(("pair", balance_word, money(round(rng.uniform(5, 900), 2), "european") + " €"))
    truth = _truth(
        payee, amount, "EUR", ref if ref_printed else None, when if date_printed else None, "wallet", status
    )
    band = {"Bizum": (5, 160, 170), "Satispay": (230, 50, 70), "Lydia": (30, 110, 220)}[app]
    return rows, truth, dict(SCREEN, band=band)
