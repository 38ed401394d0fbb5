"""The twelve heldout32 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import clock, code, date_text, day, digits
from bench.receipt_sets.heldout14_values import money, optional_pair, shown
from bench.receipt_sets.heldout18_families import SCREEN, _outcome, _truth
from bench.receipt_sets.heldout26_families import ALNUM, UPPER, _shown_in
from bench.receipt_sets.heldout30_families import IN_DATES, rupee
from bench.receipt_sets.heldout31_families import _clear_band

IN_LONG = ["%d %b %Y", "{d} %B %Y", "%d-%b-%y", "%b {d}, %Y"]
FR_MONTHS = [
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
]
UPI_HANDLES = ["ybl", "okhdfcbank", "okaxis", "paytm", "ibl"]


def _inr(amount: float, font: str, rng: random.Random) -> str:
    """A rupee amount: the mark (or "Rs." / "INR") with Indian grouping, sometimes plain."""
    grouping = "indian" if rng.random() < 0.8 else "plain"
    mark = rng.choice([rupee(font), rupee(font), "Rs. ", "INR "])
    return mark + money(amount, grouping)


def _gstin(rng: random.Random) -> str:
    return (
        digits(rng, 2)
        + code(rng, 5, UPPER)
        + digits(rng, 4)
        + code(rng, 1, UPPER)
        + "1Z"
        + code(rng, 1, ALNUM)
    )


def _in_method(rng: random.Random, cod: bool = False) -> tuple[str, str]:
    """An Indian payment mode line and its method."""
    choices = [
        ("UPI", "UPI"),
        ("Credit Card ending " + digits(rng, 4), "card"),
        ("Debit Card", "card"),
        ("Net Banking", "netbanking"),
        ("Amazon Pay Balance", "wallet"),
    ]
    if cod:
        choices.append(("Cash on Delivery", "cash"))
    return rng.choice(choices)


# ---------------------------------------------------------------- 1 Indian e-commerce tax invoice

ECOM_ITEMS = [
    ("boAt Airdopes 141 TWS Earbuds", 1299.0),
    ("Prestige Iris 750W Mixer Grinder", 3199.0),
    ("Cotton Kurti with Palazzo (M)", 449.0),
    ("Redmi 13C 4GB/128GB", 8999.0),
    ("Milton Thermosteel Flask 1L", 899.0),
    ("Bedsheet Double 144 TC", 379.0),
    ("Puma Running Shoes UK 9", 2449.0),
]


def ecommerce_invoice_in(rng: random.Random, font: str):
    """An Indian marketplace tax invoice (Flipkart / Amazon.in / Meesho style): Order ID, Invoice No, seller GSTIN,
    taxable value with CGST+SGST or IGST, shipping, discount, Grand Total, payment mode."""
    shop = rng.choice(["Flipkart", "Amazon.in", "Meesho", "Myntra"])
    when = day(rng)
    ordered = when
    invoiced = when + dt.timedelta(days=rng.randint(0, 2))
    rows = [("title", shop), ("center", "Tax Invoice / Bill of Supply"), ("rule",)]
    order = (
        "OD" + digits(rng, 18)
        if shop == "Flipkart"
        else digits(rng, 3) + "-" + digits(rng, 7) + "-" + digits(rng, 7)
        if shop == "Amazon.in"
        else digits(rng, 15) + "_" + str(rng.randint(1, 9))
    )
    invoice = code(rng, 4, UPPER) + digits(rng, 9)
    order_printed = optional_pair(rng, rows, ["Order ID", "Order Number", "Order No"], order, 0.15)
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Order Date", "Order Date:", "Ordered on"]),
                date_text(ordered, rng.choice(IN_DATES + IN_LONG)),
            )
        )
    invoice_printed = optional_pair(rng, rows, ["Invoice No", "Invoice Number"], invoice, 0.3)
    rows += [
        ("pair", "Invoice Date", date_text(invoiced, rng.choice(IN_DATES))),
        (
            "left",
            "Sold by: "
            + rng.choice(["RetailNet Pvt Ltd", "Cloudtail India", "SuperComNet", "Zyro Fashions"]),
        ),
        (
            "small",
            "GSTIN: " + _gstin(rng) + "   PAN: " + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER),
        ),
        ("rule",),
    ]
    total_taxable, total_tax = 0.0, 0.0
    interstate = rng.random() < 0.5
    for item, price in rng.sample(ECOM_ITEMS, rng.randint(1, 2)):
        qty = rng.choice([1, 1, 1, 2])
        gross = price * qty
        taxable = round(gross / 1.18, 2)
        tax = round(gross - taxable, 2)
        total_taxable += taxable
        total_tax += tax
        rows.append(("left", item + "  x" + str(qty)))
        rows.append(("pair", "  Taxable value", money(taxable, "indian")))
        if interstate:
            rows.append(("pair", "  IGST 18%", money(tax, "indian")))
        else:
            rows += [
                ("pair", "  CGST 9%", money(round(tax / 2, 2), "indian")),
                ("pair", "  SGST 9%", money(round(tax - round(tax / 2, 2), 2), "indian")),
            ]
    gross = round(total_taxable + total_tax, 2)
    shipping = rng.choice([0.0, 0.0, 40.0, 70.0])
    discount = rng.choice([0.0, 0.0, round(gross * 0.1, 0), 100.0])
    total = round(gross + shipping - discount, 2)
    rows.append(("rule",))
    if shipping:
        rows.append(("pair", rng.choice(["Shipping Charges", "Delivery Charges"]), _inr(shipping, font, rng)))
    if discount:
        rows.append(
            (
                "pair",
                rng.choice(["Discount", "Coupon Discount", "Special Price"]),
                "-" + _inr(discount, font, rng),
            )
        )
    rows.append(("pair", rng.choice(["Grand Total", "Total Amount", "TOTAL PRICE"]), _inr(total, font, rng)))
    mode, method = _in_method(rng, cod=True)
    method_printed = shown(rng, 0.2)
    if method_printed:
        rows.append(("pair", rng.choice(["Payment Mode", "Mode of Payment", "Paid via"]), mode))
    rows += [
        ("small", "Amount in words: " + rng.choice(["Rupees only", "Indian Rupees"])),
        ("small", "Customer care: 1800 " + digits(rng, 3) + " " + digits(rng, 4)),
    ]
    txn = order if order_printed else invoice if invoice_printed else None
    truth = _truth(
        shop, total, "INR", txn, ordered if date_printed else None, method if method_printed else None, None
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 2 IRCTC-style rail e-ticket


def irctc_eticket(rng: random.Random, font: str):
    """An IRCTC-style Electronic Reservation Slip: PNR, Train No, journey date, ticket fare, IRCTC convenience fee,
    total fare, Transaction ID, Date of Booking, payment mode."""
    booked = day(rng)
    journey = booked + dt.timedelta(days=rng.randint(1, 60))
    fare = float(rng.choice([235, 455, 760, 1185, 1640, 2315, 3890])) * rng.randint(1, 3)
    conv = rng.choice([11.8, 17.7, 23.6, 35.4])
    insurance = rng.choice([0.0, 0.45, 0.45 * 2])
    total = round(fare + conv + insurance, 2)
    station = rng.sample(["NDLS", "BCT", "MAS", "HWH", "SBC", "PUNE", "LKO", "ADI"], 2)
    rows = [("title", "IRCTC"), ("center", "Electronic Reservation Slip (ERS)"), ("rule",)]
    status, words = _outcome(
        rng,
        {
            "success": ["Booked", "Payment Successful"],
            "failed": ["Payment Failed"],
            "pending": ["Payment Pending"],
        },
        0.15,
    )
    if words and words != "Booked":
        rows.append(("center", words))
    pnr = digits(rng, 10)
    rows += [
        ("pair", "PNR", pnr),
        (
            "pair",
            "Train No./Name",
            str(rng.randint(12001, 22999))
            + " / "
            + rng.choice(["RAJDHANI EXP", "SHATABDI EXP", "DURONTO EXP", "GARIB RATH"]),
        ),
        ("pair", "From / To", station[0] + " -> " + station[1]),
        ("pair", "Date of Journey", date_text(journey, rng.choice(["%d-%b-%Y", "%d/%m/%Y"]))),
        ("pair", "Class / Quota", rng.choice(["3A", "2A", "SL", "CC"]) + " / GN"),
    ]
    if status == "success" and words == "Booked":
        rows.append(
            (
                "pair",
                "Booking Status",
                "CNF/" + rng.choice(["B2", "S4", "A1"]) + "/" + str(rng.randint(1, 72)),
            )
        )
        status = None  # a berth status is no payment outcome
    txn = digits(rng, 11)
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "Transaction Id"], txn, 0.2)
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Date of Booking", "Booking Date"]),
                date_text(booked, rng.choice(["%d-%b-%Y", "%d/%m/%Y", "%d-%b-%y"])) + " " + clock(rng, False),
            )
        )
    rows += [
        ("rule",),
        ("left", "Payment Details"),
        ("pair", "Ticket Fare", _inr(fare, font, rng)),
        ("pair", "IRCTC Convenience Fee (Incl. of GST)", _inr(conv, font, rng)),
    ]
    if insurance:
        rows.append(("pair", "Travel Insurance Premium", _inr(insurance, font, rng)))
    rows.append(("pair", "Total Fare (all inclusive)", _inr(total, font, rng)))
    mode, method = rng.choice(
        [("UPI", "UPI"), ("Net Banking", "netbanking"), ("Credit Card", "card"), ("IRCTC eWallet", "wallet")]
    )
    method_printed = shown(rng, 0.3)
    if method_printed:
        rows.append(("pair", "Payment Mode", mode))
    rows += [
        ("small", "IRCTC GSTIN 07AAACI" + digits(rng, 4) + "H1ZT  Helpline 14646"),
        ("small", "Passenger mobile +91 " + digits(rng, 5) + " " + digits(rng, 5)),
    ]
    truth = _truth(
        "IRCTC",
        total,
        "INR",
        txn if txn_printed else pnr,
        booked if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 640, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 3 mobile prepaid / FASTag recharge


@_clear_band
def recharge_confirmation(rng: random.Random, font: str):
    """A mobile prepaid or FASTag recharge confirmation in a payments app: operator / issuer, number or vehicle,
    plan or wallet balance, Order ID, operator reference, UPI Ref No."""
    fastag = rng.random() < 0.4
    when = day(rng)
    if fastag:
        payee = rng.choice(
            ["ICICI Bank FASTag", "Paytm Payments Bank FASTag", "IDFC FIRST Bank FASTag", "SBI FASTag"]
        )
        amount = float(rng.choice([200, 300, 500, 1000, 1500, 2000]))
    else:
        payee = rng.choice(["Jio Prepaid", "Airtel Prepaid", "Vi Prepaid", "BSNL Prepaid"])
        amount = float(rng.choice([155, 199, 239, 299, 479, 666, 719, 2999]))
    app = rng.choice(["PhonePe", "Paytm", "Amazon Pay", "MobiKwik"])
    status, words = _outcome(
        rng,
        {
            "success": ["Recharge Successful", "Payment Successful"],
            "failed": ["Recharge Failed", "Payment Failed"],
            "pending": ["Recharge Pending", "Payment Pending"],
        },
        0.2,
    )
    rows = [("title", app), ("center", words or "Recharge details"), ("gap",)]
    rows += [("big", _inr(amount, font, rng)), ("pair", "Recharge for" if not fastag else "FASTag of", payee)]
    if fastag:
        rows.append(
            (
                "pair",
                "Vehicle No",
                rng.choice(["MH", "KA", "DL", "TN"]) + digits(rng, 2) + code(rng, 2, UPPER) + digits(rng, 4),
            )
        )
        if status == "success" and shown(rng, 0.4):
            rows.append(("pair", "Tag Balance", _inr(round(amount + rng.uniform(10, 900), 2), font, rng)))
    else:
        rows += [
            ("pair", "Mobile Number", digits(rng, 5) + " " + digits(rng, 5)),
            (
                "pair",
                "Plan",
                rng.choice(["1.5 GB/day", "2 GB/day", "Unlimited calls"])
                + " | "
                + str(rng.choice([28, 56, 84]))
                + " days",
            ),
        ]
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Paid on", "Date & Time", "Transaction Date"]),
                date_text(when, rng.choice(IN_LONG + IN_DATES)) + ", " + clock(rng, True),
            )
        )
    mode, method = rng.choice([("UPI", "UPI"), ("Wallet", "wallet"), ("Debit Card", "card")])
    method_printed = shown(rng, 0.25)
    if method_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Paid via", "Payment Mode"]),
                mode + ("  XX" + digits(rng, 4) if mode != "Wallet" else ""),
            )
        )
    order = code(rng, 1, UPPER) + digits(rng, 15)
    order_printed = optional_pair(rng, rows, ["Order ID", "Transaction ID"], order, 0.2)
    op_ref = code(rng, 2, UPPER) + digits(rng, 10)
    op_printed = status == "success" and optional_pair(
        rng, rows, ["Operator Ref No", "Operator Transaction ID"], op_ref, 0.5
    )
    utr = digits(rng, 12)
    utr_printed = (
        method == "UPI" and status != "failed" and optional_pair(rng, rows, ["UPI Ref No", "UTR"], utr, 0.3)
    )
    if status == "success" and shown(rng, 0.5):
        rows.append(("small", "You won " + rupee(font) + str(rng.choice([5, 10, 25])) + " cashback"))
    if status == "failed":
        rows.append(("small", "Any amount debited will be refunded in 3-5 days"))
    rows.append(("small", "Help: 0120 " + digits(rng, 7)))
    # the order / transaction id is the app's payment reference; the operator's reference is a ticket number
    txn = utr if utr_printed else order if order_printed else op_ref if op_printed else None
    truth = _truth(
        payee, amount, "INR", txn, when if date_printed else None, method if method_printed else None, status
    )
    return rows, truth, dict(SCREEN, band=rng.choice([(95, 37, 159), (0, 46, 110), (35, 47, 62)]))


# ---------------------------------------------------------------- 4 credit-card bill payment


@_clear_band
def card_bill_payment(rng: random.Random, font: str):
    """A credit-card bill payment confirmation (CRED style or a bank's BillDesk page): card issuer, masked card,
    total due / minimum due decoys, amount paid, reference, coins earned."""
    issuer = rng.choice(
        [
            "HDFC Bank Credit Card",
            "SBI Card",
            "ICICI Bank Credit Card",
            "Axis Bank Credit Card",
            "American Express",
        ]
    )
    when = day(rng)
    due = round(rng.uniform(1200, 185000), 2)
    amount = rng.choice([due, due, round(due * rng.uniform(0.1, 0.9), 2)])
    app = rng.choice(["CRED", "BillDesk", "Paytm", "Bank of Baroda bob World"])
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "bill paid successfully", "Payment received"],
            "failed": ["Payment Failed", "Payment unsuccessful"],
            "pending": ["Payment Pending", "Payment in progress"],
        },
        0.2,
    )
    rows = [("title", app), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", _inr(amount, font, rng)),
        ("pair", "Paid to", issuer),
        ("pair", "Card", "XXXX XXXX XXXX " + digits(rng, 4)),
        ("pair", "Total Amount Due", _inr(due, font, rng)),
        ("pair", "Minimum Due", _inr(round(due * 0.05, 2), font, rng)),
        ("pair", "Due Date", date_text(when + dt.timedelta(days=rng.randint(1, 15)), rng.choice(IN_LONG))),
    ]
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Payment Date", "Paid on", "Date"]),
                date_text(when, rng.choice(IN_LONG + IN_DATES)),
            )
        )
    mode, method = rng.choice([("UPI", "UPI"), ("Net Banking", "netbanking"), ("UPI - HDFC Bank", "UPI")])
    method_printed = shown(rng, 0.2)
    if method_printed:
        rows.append(("pair", "Payment Method", mode))
    utr = digits(rng, 12)
    ref = code(rng, 3, UPPER) + digits(rng, 11)
    utr_printed = (
        method == "UPI"
        and status != "failed"
        and optional_pair(rng, rows, ["UTR", "UPI Reference No"], utr, 0.3)
    )
    ref_printed = optional_pair(rng, rows, ["Reference Number", "Transaction ID"], ref, 0.25)
    if app == "CRED" and status == "success":
        rows.append(("pair", "CRED coins earned", f"{round(amount):,}"))
    rows.append(("small", "Credit may take up to 2 working days to reflect"))
    txn = utr if utr_printed else ref if ref_printed else None
    truth = _truth(
        issuer, amount, "INR", txn, when if date_printed else None, method if method_printed else None, status
    )
    return rows, truth, dict(SCREEN, band=rng.choice([(18, 18, 18), (0, 70, 140), (230, 80, 20)]))


# ---------------------------------------------------------------- 5 insurance premium receipt


def insurance_premium_receipt(rng: random.Random, font: str):
    """An insurance premium receipt (LIC / HDFC Life / Star Health in rupees; Aviva / Allianz / GEICO elsewhere):
    policy number, premium, GST, total, next due date, receipt number, payment reference."""
    currency = rng.choice(["INR", "INR", "INR", "GBP", "EUR", "USD"])
    insurer = {
        "INR": [
            "Life Insurance Corporation of India",
            "HDFC Life Insurance",
            "Star Health and Allied Insurance",
            "ICICI Lombard General Insurance",
        ],
        "GBP": ["Aviva Insurance Ltd", "Direct Line Insurance"],
        "EUR": ["Allianz Versicherungs-AG", "AXA France IARD"],
        "USD": ["GEICO", "State Farm Mutual"],
    }[currency]
    payee = rng.choice(insurer)
    when = day(rng)
    premium = round(rng.uniform(1800, 52000) if currency == "INR" else rng.uniform(40, 1400), 2)
    tax = round(
        premium
        * (0.18 if currency == "INR" else 0.12 if currency == "GBP" else 0.19 if currency == "EUR" else 0.0),
        2,
    )
    total = round(premium + tax, 2)

    def amt(value: float) -> str:
        if currency == "INR":
            return _inr(value, font, rng)
        return _shown_in(value, currency, font)

    rows = [
        ("title", payee),
        ("center", rng.choice(["Premium Receipt", "Premium Paid Acknowledgement", "Payment Receipt"])),
        ("rule",),
    ]
    receipt = code(rng, 1, UPPER) + digits(rng, 9)
    receipt_printed = optional_pair(rng, rows, ["Receipt No", "Receipt Number"], receipt, 0.2)
    rows += [
        ("pair", "Policy No", digits(rng, 9) if currency == "INR" else code(rng, 3, UPPER) + digits(rng, 8)),
        (
            "pair",
            rng.choice(["Policyholder", "Name of Proposer"]),
            rng.choice(["Mr. R. K. Verma", "Ms. Anjali Nair", "J. Thompson", "M. Dubois"]),
        ),
        (
            "pair",
            "Plan",
            rng.choice(
                [
                    "Jeevan Anand",
                    "Click 2 Protect",
                    "Family Health Optima",
                    "Motor Comprehensive",
                    "Home Contents",
                ]
            ),
        ),
    ]
    date_printed = shown(rng, 0.15)
    if date_printed:
        fmt = (
            rng.choice(IN_DATES + IN_LONG)
            if currency == "INR"
            else rng.choice(
                ["%d/%m/%Y", "{d} %B %Y", "%d.%m.%Y", "%m/%d/%Y", "%b {d}, %Y"][
                    : 2 if currency == "GBP" else 5
                ]
            )
        )
        if currency == "USD":
            fmt = rng.choice(["%m/%d/%Y", "%b {d}, %Y", "%m/%d/%y"])
        if currency == "EUR":
            fmt = rng.choice(["%d.%m.%Y", "%d/%m/%Y"])
        rows.append(
            ("pair", rng.choice(["Date of Receipt", "Payment Date", "Premium Paid On"]), date_text(when, fmt))
        )
    rows += [("rule",), ("pair", rng.choice(["Premium", "Base Premium", "Instalment Premium"]), amt(premium))]
    if tax:
        label = {
            "INR": "GST @ 18%",
            "GBP": "Insurance Premium Tax 12%",
            "EUR": "Versicherungsteuer 19%" if "Allianz" in payee else "Taxe 19%",
        }[currency]
        rows.append(("pair", label, amt(tax)))
    rows.append(("pair", rng.choice(["Total Premium Paid", "Total Amount", "Amount Received"]), amt(total)))
    mode, method = rng.choice(
        [("Online - Net Banking", "netbanking"), ("Credit Card", "card"), ("UPI", "UPI"), ("Cash", "cash")]
    )
    if currency != "INR":
        mode, method = rng.choice(
            [
                ("Debit Card", "card"),
                ("Visa ending " + digits(rng, 4), "card"),
                ("Direct Debit", "netbanking"),
            ]
        )
    method_printed = shown(rng, 0.2)
    if method_printed:
        rows.append(("pair", "Mode of Payment", mode))
    ref = digits(rng, 12) if method == "UPI" else code(rng, 4, UPPER) + digits(rng, 10)
    ref_label = ["UTR No", "UPI Ref No"] if method == "UPI" else ["Transaction Ref No", "Payment Reference"]
    ref_printed = method != "cash" and optional_pair(rng, rows, ref_label, ref, 0.3)
    rows += [
        ("pair", "Next Premium Due", date_text(when + dt.timedelta(days=365), "%d/%m/%Y")),
        (
            "small",
            ("GSTIN " + _gstin(rng))
            if currency == "INR"
            else "Customer line 0800 " + digits(rng, 3) + " " + digits(rng, 4),
        ),
        ("small", "This is a computer generated receipt"),
    ]
    txn = ref if ref_printed else receipt if receipt_printed else None
    truth = _truth(
        payee, total, currency, txn, when if date_printed else None, method if method_printed else None, None
    )
    return rows, truth, {"width": 640, "size": 18, "paper": (255, 255, 252)}


# ---------------------------------------------------------------- 6 Indian restaurant bill

DISHES = [
    ("Butter Naan", 65.0),
    ("Dal Makhani", 295.0),
    ("Paneer Butter Masala", 345.0),
    ("Veg Biryani", 280.0),
    ("Masala Dosa", 140.0),
    ("Fresh Lime Soda", 95.0),
    ("Chicken 65", 320.0),
    ("Filter Coffee", 60.0),
]


def restaurant_bill_in(rng: random.Random, font: str):
    """An Indian restaurant bill: GSTIN, FSSAI, table, covers, KOT, items, service charge, CGST 2.5% + SGST 2.5%,
    round off, Grand Total, settled by card / UPI / cash."""
    shop = rng.choice(
        ["Barbeque Nation", "Saravana Bhavan", "Punjab Grill", "Mainland China", "Haldiram's", "Cafe Madras"]
    )
    when = day(rng)
    bill = str(rng.randint(1000, 99999))
    rows = [
        ("title", shop),
        (
            "center",
            rng.choice(["Koramangala, Bengaluru", "Connaught Place, New Delhi", "Andheri West, Mumbai"]),
        ),
        ("small", "GSTIN: " + _gstin(rng)),
        ("small", "FSSAI Lic No. " + digits(rng, 14)),
        ("rule",),
    ]
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("pair", "Date: " + date_text(when, rng.choice(IN_DATES)), clock(rng, True)))
    bill_printed = optional_pair(rng, rows, ["Bill No", "Bill No.", "Invoice No"], bill, 0.15)
    rows += [
        (
            "pair",
            "Table: " + str(rng.randint(1, 40)) + "   Covers: " + str(rng.randint(1, 6)),
            "KOT " + str(rng.randint(10, 999)),
        ),
        ("rule",),
    ]
    food = 0.0
    for dish, price in rng.sample(DISHES, rng.randint(2, 4)):
        qty = rng.randint(1, 3)
        food += qty * price
        rows.append(("pair", f"{dish} x{qty}", money(qty * price, "plain")))
    rows += [("rule",), ("pair", "Sub Total", money(food, "indian"))]
    service = round(food * rng.choice([0.0, 0.05, 0.1]), 2)
    if service:
        rows.append(("pair", f"Service Charge @ {round(service / food * 100)}%", money(service, "indian")))
    half = round((food + service) * 0.025, 2)
    rows += [("pair", "CGST @ 2.5%", money(half, "indian")), ("pair", "SGST @ 2.5%", money(half, "indian"))]
    exact = round(food + service + 2 * half, 2)
    total = float(round(exact))
    if abs(total - exact) > 0.001:
        rows.append(("pair", "Round Off", ("+" if total > exact else "-") + f"{abs(total - exact):.2f}"))
    rows.append(("pair", rng.choice(["Grand Total", "Net Amount", "Total Payable"]), _inr(total, font, rng)))
    mode, method = rng.choice([("Card", "card"), ("UPI", "UPI"), ("Cash", "cash"), ("Paytm", "wallet")])
    method_printed = shown(rng, 0.3)
    if method_printed:
        rows.append(("pair", rng.choice(["Settled by", "Paid by", "Mode"]), mode))
    rows += [
        ("center", "Thank you! Visit again"),
        ("small", "Reservations +91 80 " + digits(rng, 4) + " " + digits(rng, 4)),
    ]
    truth = _truth(
        shop,
        total,
        "INR",
        bill if bill_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 460, "size": 18, "paper": (250, 249, 244)}


# ---------------------------------------------------------------- 7 US pay-at-pump


def pay_at_pump_us(rng: random.Random, font: str):
    """A US gas station's pay-at-pump receipt: station address, pump, grade, gallons, price per gallon, fuel sale,
    card, AUTH #, INVOICE, a fuel-rewards discount, date in US order."""
    shop = rng.choice(["Shell", "Chevron", "ExxonMobil", "Speedway", "Circle K", "Sunoco", "Valero"])
    when = day(rng)
    price = round(rng.uniform(2.89, 5.49), 3)
    gallons = round(rng.uniform(4.0, 21.0), 3)
    discount_per = rng.choice([0.0, 0.0, 0.05, 0.10])
    total = round(gallons * (price - discount_per), 2)
    rows = [
        ("title", shop),
        (
            "center",
            str(rng.randint(100, 9999)) + " " + rng.choice(["Main St", "Route 9", "W Broadway", "Oak Ave"]),
        ),
        (
            "center",
            rng.choice(["Austin, TX", "Dayton, OH", "Fresno, CA", "Trenton, NJ"])
            + "  "
            + "("
            + digits(rng, 3)
            + ") "
            + digits(rng, 3)
            + "-"
            + digits(rng, 4),
        ),
        ("rule",),
    ]
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            ("pair", date_text(when, rng.choice(["%m/%d/%Y", "%m/%d/%y", "%b {d}, %Y"])), clock(rng, True))
        )
    rows += [
        ("pair", "PUMP #", str(rng.randint(1, 16))),
        ("pair", "GRADE", rng.choice(["REGULAR", "PLUS", "PREMIUM", "DIESEL"])),
        ("pair", "GALLONS", f"{gallons:.3f}"),
        ("pair", "PRICE/GAL", f"${price:.3f}"),
    ]
    if discount_per:
        rows.append(("pair", "FUEL REWARDS", f"-${discount_per:.2f}/GAL"))
    rows.append(
        ("pair", rng.choice(["FUEL SALE", "TOTAL", "AMOUNT"]), rng.choice(["$", "USD "]) + f"{total:,.2f}")
    )
    wallet = rng.random() < 0.2
    rows.append(
        (
            "pair",
            "APPLE PAY" if wallet else rng.choice(["VISA", "MASTERCARD", "DISCOVER", "DEBIT"]),
            "XXXXXXXXXXXX" + digits(rng, 4),
        )
    )
    status, words = _outcome(
        rng, {"success": ["APPROVED"], "failed": ["DECLINED"], "pending": ["PRE-AUTH PENDING"]}, 0.1
    )
    if words:
        rows.append(("center", words))
    auth = code(rng, 6, ALNUM)
    auth_printed = status != "failed" and optional_pair(rng, rows, ["AUTH #", "AUTH CODE"], auth, 0.2)
    invoice = digits(rng, 6)
    invoice_printed = optional_pair(rng, rows, ["INVOICE", "TRAN #"], invoice, 0.3)
    rows += [
        ("small", "STORE " + digits(rng, 5) + "  THANK YOU"),
        ("small", "REWARDS POINTS EARNED " + str(rng.randint(5, 40))),
    ]
    txn = auth if auth_printed else invoice if invoice_printed else None
    return (
        rows,
        _truth(
            shop, total, "USD", txn, when if date_printed else None, "wallet" if wallet else "card", status
        ),
        {"width": 400, "size": 18, "paper": (247, 247, 244)},
    )


# ---------------------------------------------------------------- 8 UK supermarket till

UK_ITEMS = [
    ("SEMI SKIMMED MILK 4PT", 1.55),
    ("HOVIS WHOLEMEAL", 1.45),
    ("BANANAS LOOSE", 0.92),
    ("PG TIPS 80S", 2.75),
    ("CHEDDAR MATURE 400G", 3.50),
    ("FREE RANGE EGGS 6", 1.99),
    ("CHICKEN BREAST 650G", 4.85),
    ("COCA COLA 2L", 2.25),
]


def uk_supermarket_till(rng: random.Random, font: str):
    """A UK supermarket till receipt (Tesco / Sainsbury's / Asda / Co-op style): items, Clubcard / Nectar price
    savings, TOTAL or BALANCE DUE, card or cash tender with change, points balance, VAT number, date dd/mm/yy."""
    shop = rng.choice(["TESCO", "Sainsbury's", "ASDA", "Co-op Food", "Morrisons"])
    loyalty = {
        "TESCO": "Clubcard",
        "Sainsbury's": "Nectar",
        "ASDA": "Asda Rewards",
        "Co-op Food": "Membership",
        "Morrisons": "More Card",
    }[shop]
    when = day(rng)
    rows = [
        ("title", shop),
        (
            "center",
            rng.choice(["Superstore", "Express", "Local"])
            + "  "
            + rng.choice(["Leeds", "Bristol", "Croydon", "Glasgow"]),
        ),
        ("small", "VAT Number: GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2)),
        ("rule",),
    ]
    subtotal, savings = 0.0, 0.0
    for item, price in rng.sample(UK_ITEMS, rng.randint(3, 6)):
        qty = rng.choice([1, 1, 2])
        line = round(price * qty, 2)
        subtotal += line
        rows.append(("pair", (f"{qty} " if qty > 1 else "") + item, f"£{line:.2f}"))
        if rng.random() < 0.3:
            save = round(line * 0.2, 2)
            savings += save
            rows.append(("pair", "  " + loyalty + " Price", f"-£{save:.2f}"))
    subtotal = round(subtotal, 2)
    total = round(subtotal - savings, 2)
    rows += [("rule",), ("pair", "SUBTOTAL", f"£{subtotal:.2f}")]
    if savings:
        rows.append(("pair", loyalty.upper() + " SAVINGS", f"-£{savings:.2f}"))
    rows.append(
        (
            "pair",
            rng.choice(["TOTAL", "BALANCE DUE", "TOTAL TO PAY"]),
            rng.choice(["£", "GBP "]) + f"{total:.2f}",
        )
    )
    cash = rng.random() < 0.25
    txn = None
    if cash:
        tendered = float(rng.choice([x for x in (5, 10, 20, 50) if x >= total] or [100]))
        rows += [("pair", "CASH", f"£{tendered:.2f}"), ("pair", "CHANGE DUE", f"£{tendered - total:.2f}")]
        method = "cash"
    else:
        rows += [
            ("pair", rng.choice(["VISA DEBIT", "MASTERCARD", "CONTACTLESS VISA"]), f"£{total:.2f}"),
            ("pair", "CARD NO", "************" + digits(rng, 4)),
            ("pair", "AID", "A00000000" + digits(rng, 5)),
        ]
        method = "card"
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["AUTH CODE", "AUTH"], auth, 0.3):
            txn = auth
    if shown(rng, 0.4):
        rows.append(("pair", loyalty + " points this visit", str(int(total))))
    date_printed = shown(rng, 0.1)
    store, till, trans = digits(rng, 4), digits(rng, 3), digits(rng, 4)
    last = (
        (date_text(when, rng.choice(["%d/%m/%y", "%d/%m/%Y"])) + " " + clock(rng, False) + "  ")
        if date_printed
        else ""
    )
    trans_printed = shown(rng, 0.3)
    rows.append(
        ("small", last + "ST " + store + " TILL " + till + (" TRANS " + trans if trans_printed else ""))
    )
    if txn is None and trans_printed:
        txn = trans
    rows.append(("small", "Customer Services 0800 " + digits(rng, 3) + " " + digits(rng, 4)))
    return (
        rows,
        _truth(shop, total, "GBP", txn, when if date_printed else None, method, None),
        {"width": 470, "size": 18, "paper": (250, 250, 250)},
    )


# ---------------------------------------------------------------- 9 German / French discount supermarket till

DE_ITEMS = [
    ("Vollmilch 3,5% 1L", 1.09),
    ("Bio Bananen", 1.79),
    ("Roggenbrot 750g", 1.49),
    ("Gouda jung", 2.29),
    ("Mineralwasser 6x1,5L", 1.74),
    ("Pfand 0,25", 1.50),
    ("Kaffee Crema 1kg", 11.99),
    ("Butter 250g", 1.99),
]
FR_ITEMS = [
    ("Lait demi-écrémé 1L", 0.99),
    ("Baguette", 0.45),
    ("Emmental râpé 200g", 1.79),
    ("Pommes Gala 1kg", 2.19),
    ("Eau minérale 6x1,5L", 2.10),
    ("Yaourt nature x8", 1.35),
    ("Café moulu 250g", 2.89),
    ("Beurre doux 250g", 2.29),
]


def discount_till_eu(rng: random.Random, font: str):
    """A Lidl / Aldi / Netto / Penny till receipt in German (Summe, zu zahlen, MwSt table, Lidl Plus Rabatt,
    girocard or Bar with Rückgeld, Beleg-Nr / Trace-Nr) or in French (TOTAL, Montant dû, TVA, CB sans contact,
    Espèces / Rendu, N° ticket)."""
    french = rng.random() < 0.45
    shop = rng.choice(
        ["Lidl", "ALDI", "Netto"]
        if french
        else ["Lidl", "ALDI SÜD", "ALDI Nord", "PENNY", "Netto Marken-Discount"]
    )
    when = day(rng)
    rows = [
        ("title", shop),
        (
            "center",
            rng.choice(
                ["12 rue de la Gare, 69003 Lyon", "Av. Jean Jaurès, 31000 Toulouse"]
                if french
                else ["Hauptstr. 12, 10827 Berlin", "Bahnhofstr. 3, 80335 München"]
            ),
        ),
    ]
    if french:
        rows.append(("small", "SIRET " + digits(rng, 14) + "  TVA FR" + digits(rng, 11)))
    else:
        rows.append(("small", "USt-IdNr. DE" + digits(rng, 9)))
    total = 0.0
    for item, price in rng.sample(FR_ITEMS if french else DE_ITEMS, rng.randint(3, 6)):
        qty = rng.choice([1, 1, 2])
        line = round(price * qty, 2)
        total += line
        rows.append(
            (
                "pair",
                (f"{qty} x " if qty > 1 else "") + item,
                money(line, "european") + rng.choice([" A", " B"]),
            )
        )
    discount = round(total * 0.1, 2) if rng.random() < 0.3 else 0.0
    if discount:
        rows.append(
            (
                "pair",
                "Lidl Plus Rabatt"
                if "Lidl" in shop and not french
                else "Remise fidélité"
                if french
                else "Preisvorteil",
                "-" + money(discount, "european"),
            )
        )
    total = round(total - discount, 2)
    rows += [
        ("rule",),
        (
            "pair",
            rng.choice(["TOTAL", "Montant dû", "TOTAL TTC"])
            if french
            else rng.choice(["Summe", "zu zahlen", "SUMME EUR"]),
            money(total, "european") + rng.choice(["", " €", " EUR"]),
        ),
    ]
    cash = rng.random() < 0.3
    tendered = float(rng.choice([x for x in (10, 20, 50) if x >= total] or [100]))
    if cash:
        rows += [
            ("pair", "Espèces" if french else "Bar", money(tendered, "european")),
            ("pair", "Rendu" if french else "Rückgeld", money(tendered - total, "european")),
        ]
        method = "cash"
    else:
        rows.append(
            (
                "pair",
                rng.choice(["CB sans contact", "Carte bancaire"])
                if french
                else rng.choice(["girocard", "Kartenzahlung", "EC-Karte"]),
                money(total, "european"),
            )
        )
        method = "card"
    net = round(total / 1.07 if not french else total / 1.055, 2)
    vat_label = ("TVA 5,5%  HT " if french else "MwSt 7%  Netto ") + money(net, "european")
    rows.append(("pair", vat_label, money(round(total - net, 2), "european")))
    txn, date_printed = None, shown(rng, 0.1)
    status = None
    if not cash:
        if french:
            auth = digits(rng, 6)
            if optional_pair(rng, rows, ["N° autorisation", "Autorisation"], auth, 0.3):
                txn = auth
        else:
            rows.append(("pair", "Terminal-ID", digits(rng, 8)))
            trace = digits(rng, 6)
            if optional_pair(rng, rows, ["Trace-Nr.", "Beleg-Nr."], trace, 0.3):
                txn = trace
            auth = digits(rng, 6)
            if optional_pair(rng, rows, ["Autorisierungsnr.", "Genehmigungs-Nr."], auth, 0.4):
                txn = auth
            if shown(rng, 0.5):
                rows.append(("center", "Zahlung erfolgt"))
                status = "success"
    ticket = digits(rng, 4)
    ticket_printed = shown(rng, 0.4)
    stamp = (
        date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y"] if french else ["%d.%m.%y", "%d.%m.%Y"]))
        + " "
        + clock(rng, False)
    )
    rows.append(
        (
            "small",
            (stamp + "  " if date_printed else "")
            + (
                "Ticket " + ticket
                if french
                else "Bon-Nr " + ticket
                if ticket_printed
                else "Kasse " + digits(rng, 2)
            ),
        )
    )
    if french:
        ticket_printed = True
    if txn is None and ticket_printed:
        txn = ticket
    rows.append(("small", "Merci de votre visite" if french else "Vielen Dank für Ihren Einkauf"))
    return (
        rows,
        _truth(shop, total, "EUR", txn, when if date_printed else None, method, status),
        {"width": 420, "size": 18, "paper": (251, 251, 251)},
    )


# ---------------------------------------------------------------- 10 US pharmacy receipt

RX_ITEMS = [
    ("CVS HEALTH IBUPROFEN 200MG", 8.49),
    ("CLARITIN 24HR 30CT", 24.99),
    ("ZYRTEC 24HR 45CT", 31.49),
    ("NEOSPORIN OINT .5OZ", 7.29),
    ("CEPACOL LOZENGES", 6.99),
    ("VITAMIN D3 2000IU", 11.79),
    ("KLEENEX 3PK", 5.49),
]


def us_pharmacy_receipt(rng: random.Random, font: str):
    """A US pharmacy register receipt (CVS / Walgreens / Rite Aid style): Rx copay line, OTC items, ExtraCare /
    myWalgreens savings, subtotal, sales tax, total, card or cash, ExtraBucks earned, coupon footer."""
    shop = rng.choice(["CVS pharmacy", "Walgreens", "Rite Aid", "Duane Reade"])
    loyalty = (
        "ExtraCare"
        if shop == "CVS pharmacy"
        else "myWalgreens"
        if shop in ("Walgreens", "Duane Reade")
        else "Rite Aid Rewards"
    )
    when = day(rng)
    rows = [
        ("title", shop),
        (
            "center",
            "STORE " + digits(rng, 5) + "  " + rng.choice(["BOSTON, MA", "CHICAGO, IL", "SEATTLE, WA"]),
        ),
        ("center", "(" + digits(rng, 3) + ") " + digits(rng, 3) + "-" + digits(rng, 4)),
        ("rule",),
    ]
    subtotal, savings = 0.0, 0.0
    if rng.random() < 0.4:
        copay = round(rng.choice([0.0, 5.0, 10.0, 15.0, 42.5]), 2)
        subtotal += copay
        rows.append(("pair", "RX #" + digits(rng, 7) + " COPAY", f"{copay:.2f}"))
    for item, price in rng.sample(RX_ITEMS, rng.randint(1, 4)):
        subtotal += price
        rows.append(("pair", item, f"{price:.2f}"))
        if rng.random() < 0.35:
            save = round(price * 0.25, 2)
            savings += save
            rows.append(("pair", "  " + loyalty.upper() + " PRICE", f"-{save:.2f}"))
    subtotal = round(subtotal - savings, 2)
    tax = round(subtotal * rng.choice([0.0, 0.0625, 0.1025]), 2)
    total = round(subtotal + tax, 2)
    rows += [("rule",), ("pair", "SUBTOTAL", f"{subtotal:.2f}")]
    if tax:
        rows.append(("pair", "TAX", f"{tax:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL", "BALANCE DUE"]), "$" + f"{total:,.2f}"))
    cash = rng.random() < 0.25
    txn = None
    if cash:
        tendered = float(rng.choice([x for x in (20, 50, 100) if x >= total] or [200]))
        rows += [("pair", "CASH", f"{tendered:.2f}"), ("pair", "CHANGE", f"{tendered - total:.2f}")]
        method = "cash"
    else:
        card = rng.choice(["VISA", "MASTERCARD", "AMEX", "DEBIT"])
        rows.append(("pair", card, f"{total:.2f}"))
        rows.append(("pair", card + " ACCT #", "************" + digits(rng, 4)))
        method = "card"
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["AUTH CODE", "APPROVAL"], auth, 0.35):
            txn = auth
    if savings:
        rows.append(("center", f"{loyalty.upper()} SAVINGS ${savings:.2f}"))
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                "EXTRABUCKS REWARDS EARNED $" + f"{rng.choice([1, 2, 3, 5])}.00"
                if loyalty == "ExtraCare"
                else "REWARDS BALANCE $" + f"{rng.uniform(0.5, 30):.2f}",
            )
        )
    date_printed = shown(rng, 0.1)
    trans = digits(rng, 4)
    trans_printed = shown(rng, 0.3)
    line = ""
    if date_printed:
        line += (
            date_text(when, rng.choice(["%m/%d/%Y", "%m/%d/%y", "%b {d} %Y"])) + " " + clock(rng, True) + "  "
        )
    line += "REG " + digits(rng, 1) + (" TRAN# " + trans if trans_printed else "")
    rows.append(("small", line))
    if txn is None and trans_printed:
        txn = trans
    rows.append(("small", "RETURNS WITH RECEIPT WITHIN 60 DAYS"))
    return (
        rows,
        _truth(shop, total, "USD", txn, when if date_printed else None, method, None),
        {"width": 420, "size": 18, "paper": (252, 252, 252)},
    )


# ---------------------------------------------------------------- 11 euro-area parking / toll receipt


def parking_toll_eu(rng: random.Random, font: str):
    """A euro-area pay-station receipt: a car park (Parkhaus Quittung / ticket de parking / ricevuta parcheggio:
    entry, exit, duration, amount, MwSt) or a motorway toll (péage / pedaggio / peaje: station, class, amount)."""
    lang = rng.choice(["de", "fr", "it", "es"])
    toll = rng.random() < 0.45
    when = day(rng)
    if toll:
        payee = {
            "de": "ASFINAG Maut",
            "fr": "VINCI Autoroutes",
            "it": "Autostrade per l'Italia",
            "es": "Abertis Autopistas",
        }[lang]
        amount = round(rng.uniform(2.1, 48.0), 2)
    else:
        payee = {
            "de": "APCOA Parkhaus Hauptbahnhof",
            "fr": "Indigo Parking Bellecour",
            "it": "Parcheggio Saba Centrale",
            "es": "Parking Empark Plaza Mayor",
        }[lang]
        amount = round(rng.choice([1.5, 2.0, 2.5]) * rng.randint(1, 12), 2)
    words = {
        "de": (
            "Quittung",
            "Betrag",
            "Einfahrt",
            "Ausfahrt",
            "Dauer",
            "Datum",
            "Beleg-Nr.",
            "Bar",
            "Karte",
            "MwSt 19%",
            "Ticket-Nr.",
        ),
        "fr": (
            "Reçu",
            "Montant",
            "Entrée",
            "Sortie",
            "Durée",
            "Date",
            "N° transaction",
            "Espèces",
            "CB",
            "dont TVA 20%",
            "N° ticket",
        ),
        "it": (
            "Ricevuta",
            "Importo",
            "Ingresso",
            "Uscita",
            "Durata",
            "Data",
            "N. operazione",
            "Contanti",
            "Carta",
            "di cui IVA 22%",
            "N. biglietto",
        ),
        "es": (
            "Recibo",
            "Importe",
            "Entrada",
            "Salida",
            "Duración",
            "Fecha",
            "N.º operación",
            "Efectivo",
            "Tarjeta",
            "IVA 21% incl.",
            "N.º ticket",
        ),
    }[lang]
    (
        receipt,
        amount_word,
        entry_word,
        exit_word,
        duration_word,
        date_word,
        ref_word,
        cash_word,
        card_word,
        vat_word,
        ticket_word,
    ) = words
    rows = [("title", payee), ("center", receipt), ("rule",)]
    date_printed = shown(rng, 0.15)
    fmt = rng.choice(["%d.%m.%Y", "%d.%m.%y"] if lang == "de" else ["%d/%m/%Y", "%d/%m/%y"])
    if toll:
        rows += [
            (
                "pair",
                {"de": "Mautstelle", "fr": "Gare de péage", "it": "Stazione", "es": "Peaje"}[lang],
                {"de": "Schönberg", "fr": "Saint-Arnoult", "it": "Milano Sud", "es": "La Jonquera"}[lang],
            ),
            (
                "pair",
                {"de": "Kategorie", "fr": "Classe", "it": "Classe", "es": "Categoría"}[lang],
                str(rng.randint(1, 3)),
            ),
        ]
        if date_printed:
            rows.append(("pair", date_word, date_text(when, fmt) + " " + clock(rng, False)))
    else:
        hours = rng.randint(1, 9)
        start = f"{rng.randint(6, 13):02d}:{rng.randint(0, 59):02d}"
        rows += [
            ("pair", entry_word, (date_text(when, fmt) + " " if date_printed else "") + start),
            (
                "pair",
                exit_word,
                (date_text(when, fmt) + " " if date_printed else "")
                + f"{int(start[:2]) + hours:02d}{start[2:]}",
            ),
            ("pair", duration_word, f"{hours}h {rng.randint(0, 59):02d}min"),
        ]
    ticket = digits(rng, 8)
    rows.append(("pair", ticket_word, ticket))
    mark = rng.choice(["€", " EUR"])
    text = money(amount, "european")
    rows.append(
        (
            "pair",
            amount_word,
            ("€ " + text) if mark == "€" and lang in ("it",) else text + (" €" if mark == "€" else mark),
        )
    )
    rows.append(
        (
            "pair",
            vat_word,
            money(
                round(amount - amount / {"de": 1.19, "fr": 1.2, "it": 1.22, "es": 1.21}[lang], 2), "european"
            ),
        )
    )
    cash = rng.random() < 0.3
    if cash:
        rows.append(("pair", cash_word, money(amount, "european")))
        method = "cash"
    else:
        rows.append(
            ("pair", card_word + " " + rng.choice(["VISA", "Mastercard", "V PAY"]), "**** " + digits(rng, 4))
        )
        method = "card"
    ref = digits(rng, 6)
    ref_printed = not cash and optional_pair(rng, rows, [ref_word], ref, 0.4)
    rows.append(
        (
            "small",
            {"de": "Gute Fahrt!", "fr": "Bonne route", "it": "Buon viaggio", "es": "Buen viaje"}[lang]
            + "  Tel "
            + digits(rng, 3)
            + " "
            + digits(rng, 6),
        )
    )
    truth = _truth(
        payee, amount, "EUR", ref if ref_printed else ticket, when if date_printed else None, method, None
    )
    return rows, truth, {"width": 440, "size": 17, "paper": (246, 246, 240)}


# ---------------------------------------------------------------- 12 movie ticket booking


@_clear_band
def movie_booking(rng: random.Random, font: str):
    """A movie ticket booking confirmation (BookMyShow / PVR INOX / District style): film, cinema, show date and time,
    seats, ticket amount, convenience fees incl. GST, order total, Booking ID, payment mode."""
    app = rng.choice(["BookMyShow", "PVR INOX", "District"])
    booked = day(rng)
    show = booked + dt.timedelta(days=rng.randint(0, 6))
    seats = rng.randint(1, 5)
    price = float(rng.choice([150, 220, 290, 350, 480, 650]))
    tickets = price * seats
    fee = round(rng.choice([26.43, 30.68, 35.4]) * seats, 2)
    total = round(tickets + fee, 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Booking Confirmed", "Payment Successful"],
            "failed": ["Payment Failed"],
            "pending": ["Booking Pending"],
        },
        0.15,
    )
    rows = [("title", app), ("gap",)]
    if words:
        rows.append(("center", words))
    if words == "Booking Confirmed":
        status = "success"
    rows += [
        (
            "left",
            rng.choice(
                ["Pushpa 2: The Rule (UA)", "Stree 2 (UA)", "Dune: Part Two (UA)", "Kalki 2898 AD (UA)"]
            ),
        ),
        (
            "small",
            rng.choice(
                ["PVR: Phoenix Marketcity, Kurla", "INOX: R City Ghatkopar", "Cinepolis: Seasons Mall Pune"]
            ),
        ),
        ("pair", "Show", date_text(show, rng.choice(["%a, %d %b", "%d %b %Y"])) + " | " + clock(rng, True)),
        (
            "pair",
            "Seats",
            rng.choice(["EXECUTIVE", "PRIME", "RECLINER"])
            + " - "
            + ", ".join(rng.choice("FGHJ") + str(rng.randint(1, 20)) for _ in range(min(seats, 3))),
        ),
        ("rule",),
        ("pair", "Ticket(s) price", _inr(tickets, font, rng)),
        ("pair", "Convenience fees (incl. GST)", _inr(fee, font, rng)),
        ("pair", rng.choice(["Order Total", "Total Amount", "Amount Paid"]), _inr(total, font, rng)),
    ]
    date_printed = shown(rng, 0.3)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Booking Date", "Booked on"]),
                date_text(booked, rng.choice(IN_LONG + IN_DATES)),
            )
        )
    mode, method = rng.choice(
        [("UPI", "UPI"), ("Credit Card", "card"), ("Amazon Pay", "wallet"), ("Net Banking", "netbanking")]
    )
    method_printed = shown(rng, 0.3)
    if method_printed:
        rows.append(("pair", "Payment Mode", mode))
    booking = code(rng, 4, UPPER) + digits(rng, 7)
    booking_printed = optional_pair(rng, rows, ["Booking ID", "BOOKING ID"], booking, 0.15)
    rows.append(("small", "Show this on your phone at the entry  |  Support 022 " + digits(rng, 8)))
    truth = _truth(
        app,
        total,
        "INR",
        booking if booking_printed else None,
        booked if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, dict(SCREEN, band=rng.choice([(248, 68, 100), (30, 30, 30), (120, 20, 160)]))
