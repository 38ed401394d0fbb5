"""The twelve heldout36 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

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
from bench.receipt_sets.heldout33_families import IN_LONG, _inr, _iso_or_sign

GROUPING = {"INR": "indian", "USD": "western", "GBP": "western", "EUR": "european"}


def _plain(amount: float, currency: str) -> str:
    """A line amount without its sign, grouped as the currency's country writes it."""
    return money(amount, GROUPING[currency])


# ---------------------------------------------------------------- 1 a bank's own app: UPI share receipt


@_clear_band
def bank_upi_share(rng: random.Random, font: str):
    """A UPI receipt shared from a bank's own app (YONO SBI, HDFC Bank, iMobile Pay, Axis Mobile): To, From A/c."""
    app = rng.choice(["YONO SBI", "HDFC Bank MobileBanking", "iMobile Pay", "Axis Mobile", "Kotak811"])
    payee = rng.choice(
        [
            "Shree Balaji Medicals",
            "Anil Kumar Verma",
            "Hotel Saravana Bhavan",
            "Reliance Smart",
            "Meena Tailors",
        ]
    )
    amount = round(rng.choice([rng.uniform(20, 900), rng.uniform(900, 40000)]), rng.choice([0, 0, 2]))
    status, words = _outcome(
        rng,
        {
            "success": ["Transaction Successful", "Payment Successful", "Money Sent Successfully"],
            "failed": ["Transaction Failed"],
            "pending": ["Transaction Pending", "Awaiting bank confirmation"],
        },
        0.05,
    )
    rows = [("title", app)]
    if words:
        rows.append(("center", words))
    rows += [("big", _inr(rng, amount, font)), ("rule",), ("pair", "To", payee)]
    rows.append(
        ("small", code(rng, 6, "abcdefghjkmnpqrstuvwxyz") + "@" + rng.choice(["ybl", "okhdfcbank", "paytm"]))
    )
    rows.append(("pair", rng.choice(["From A/c", "Debited from", "From"]), "XX" + digits(rng, 4)))
    ref = digits(rng, 12)
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["UPI Ref No", "UPI Reference No.", "RRN", "UTR"], ref, 0.15
    )
    own = {"YONO SBI": "SBI", "iMobile Pay": "IMB", "Axis Mobile": "AXI", "Kotak811": "KMB"}.get(
        app, "HDF"
    ) + digits(rng, 14)
    own_printed = optional_pair(rng, rows, ["Transaction ID", "Txn ID"], own, 0.4)
    if shown(rng, 0.5):
        rows.append(("pair", "Remarks", rng.choice(["rent", "medicines", "Paid via UPI", "dinner", "NA"])))
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Date & Time", "Date"]),
                date_text(when, rng.choice(IN_LONG + IN_DATES)) + " " + clock(rng, True),
            )
        )
    if shown(rng, 0.6):
        rows.append(("pair", "Avl Bal", _inr(rng, round(rng.uniform(500, 90000), 2), font)))
    if status == "failed":
        rows.append(("small", "Amount if debited will be reversed within 3 working days"))
    txn = ref if ref_printed else own if own_printed else None
    truth = _truth(payee, amount, "INR", txn, when if date_printed else None, "UPI", status)
    band = rng.choice([(40, 90, 180), (0, 65, 130), (150, 40, 30), (110, 20, 60)])
    return rows, truth, dict(SCREEN, band=band)


# ---------------------------------------------------------------- 2 mutual-fund SIP or loan EMI acknowledgement


def sip_emi_ack(rng: random.Random, font: str):
    """A mutual fund's SIP purchase confirmation (folio, NAV, units) or a lender's EMI receipt (loan account,
    EMI, late charges, outstanding principal)."""
    sip = shown(rng, 0.5)
    mode, method = rng.choice(
        [
            ("NACH / Auto Debit", "netbanking"),
            ("UPI AutoPay", "UPI"),
            ("Net Banking", "netbanking"),
            ("Debit Card", "card"),
        ]
    )
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Received", "Processed Successfully"],
            "failed": ["Payment Bounced", "Rejected"],
            "pending": ["Pending"],
        },
        0.35,
    )
    when = day(rng)
    if sip:
        issuer = rng.choice(
            ["HDFC Mutual Fund", "SBI Mutual Fund", "Axis Mutual Fund", "Nippon India Mutual Fund"]
        )
        amount = float(rng.choice([500, 1000, 2000, 2500, 5000, 10000]))
        nav = round(rng.uniform(12, 480), 4)
        rows = [("title", issuer), ("center", "SIP Transaction Confirmation"), ("rule",)]
        if words:
            rows.append(("center", "Status: " + words))
        rows += [
            ("pair", "Folio No", digits(rng, 8) + "/" + digits(rng, 2)),
            (
                "left",
                rng.choice(
                    [
                        "Flexi Cap Fund - Direct Growth",
                        "Small Cap Fund - Regular Growth",
                        "Bluechip Fund - Direct",
                    ]
                ),
            ),
            ("pair", rng.choice(["Amount (Rs.)", "SIP Amount", "Amount Invested"]), money(amount, "indian")),
            ("pair", "NAV", f"{nav:.4f}"),
            ("pair", "NAV Date", date_text(day(rng), rng.choice(IN_DATES))),
        ]
        if status != "failed":
            rows.append(("pair", "Units Allotted", f"{amount / nav:.3f}"))
        ref = digits(rng, 9)
        labels = ["Transaction No", "Txn Ref No", "Transaction Reference"]
        date_labels = ["Debit Date", "Date of Payment", "Transaction Date"]
    else:
        issuer = rng.choice(
            ["Bajaj Finance", "Tata Capital", "HDFC Bank Loans", "IDFC FIRST Bank", "Muthoot Finance"]
        )
        emi = float(round(rng.uniform(1200, 48000)))
        late = float(rng.choice([0, 0, 0, 350, 500, 590]))
        amount = emi + late
        rows = [
            ("title", issuer),
            ("center", rng.choice(["EMI Payment Receipt", "Loan Repayment Acknowledgement"])),
            ("rule",),
        ]
        if words:
            rows.append(("center", words))
        rows += [
            ("pair", "Loan Account No", rng.choice(["", "LAN", "4BF"]) + digits(rng, 10)),
            ("pair", "EMI No", f"{rng.randint(1, 36)} of {rng.choice([36, 48, 60])}"),
            ("pair", "EMI Amount", money(emi, "indian")),
        ]
        if late:
            rows.append(("pair", "Late Payment Charges", money(late, "indian")))
        rows.append(
            (
                "pair",
                rng.choice(["Total Amount Paid", "Amount Received", "Total Paid"]),
                _inr(rng, amount, font),
            )
        )
        if shown(rng, 0.4):
            rows.append(
                ("pair", "Principal Outstanding", money(float(round(rng.uniform(20000, 900000))), "indian"))
            )
        if shown(rng, 0.4):
            rows.append(("pair", "Next EMI Due", date_text(day(rng), rng.choice(IN_DATES))))
        ref = rng.choice(["PAY", "RCT", ""]) + digits(rng, 10)
        labels = ["Receipt No", "Payment Ref No", "Transaction ID"]
        date_labels = ["Payment Date", "Date of Receipt", "Paid On"]
    ref_printed = optional_pair(rng, rows, labels, ref, 0.15)
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode"], mode, 0.2)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(("pair", rng.choice(date_labels), date_text(when, rng.choice(IN_DATES + IN_LONG))))
    rows.append(("small", "This is a computer generated statement. Call " + phone(rng)))
    truth = _truth(
        issuer,
        amount,
        "INR",
        ref if ref_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 252)}


# ---------------------------------------------------------------- 3 Indian property tax receipt


def property_tax_in(rng: random.Random, font: str):
    """A municipal corporation's property-tax receipt: property ID, tax, rebate, penalty, total paid, bank ref."""
    corp = rng.choice(
        [
            "Bruhat Bengaluru Mahanagara Palike",
            "Greater Hyderabad Municipal Corporation",
            "Pune Municipal Corporation",
            "Municipal Corporation of Delhi",
            "Greater Chennai Corporation",
        ]
    )
    tax = float(round(rng.uniform(900, 38000)))
    rebate = float(round(tax * 0.05)) if shown(rng, 0.5) else 0.0
    penalty = float(round(tax * 0.02)) if not rebate and shown(rng, 0.5) else 0.0
    paid = tax - rebate + penalty
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "Transaction Successful"],
            "failed": ["Transaction Failed"],
            "pending": ["Payment Pending"],
        },
        0.4,
    )
    rows = [("title", corp), ("center", "PROPERTY TAX PAYMENT RECEIPT"), ("rule",)]
    if words:
        rows.append(("center", words))
    receipt = digits(rng, 4) + "-" + digits(rng, 2) + "/" + code(rng, 3, UPPER) + "/" + digits(rng, 6)
    receipt_printed = status != "failed" and optional_pair(
        rng, rows, ["Receipt No", "Challan No"], receipt, 0.15
    )
    rows += [
        (
            "pair",
            rng.choice(["Property ID", "PID", "Assessment No"]),
            digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 4),
        ),
        ("pair", "Owner", rng.choice(["Smt. Lakshmi Devi", "R. Venkatesh", "Suresh Patil", "Mohd. Salim"])),
        ("pair", "Financial Year", rng.choice(["2024-25", "2025-26"])),
        ("pair", "Property Tax", money(tax, "indian")),
    ]
    if rebate:
        rows.append(("pair", "Rebate (5%)", "-" + money(rebate, "indian")))
    if penalty:
        rows.append(("pair", "Penalty", money(penalty, "indian")))
    rows.append(
        ("pair", rng.choice(["Total Amount Paid", "Amount Paid", "Total Paid"]), _inr(rng, paid, font))
    )
    bank_ref = rng.choice(["", "SBIN", "HDFC"]) + digits(rng, 12)
    bank_printed = optional_pair(rng, rows, ["Bank Ref No", "Transaction ID", "Gateway Ref"], bank_ref, 0.3)
    mode, method = rng.choice(
        [("Net Banking", "netbanking"), ("UPI", "UPI"), ("Credit Card", "card"), ("Cash", "cash")]
    )
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment"], mode, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Payment Date", "Transaction Date"]),
                date_text(when, rng.choice(IN_DATES)) + " " + clock(rng, False),
            )
        )
    rows.append(("small", "Last date for rebate: 30/04/" + rng.choice(["2025", "2026"])))
    txn = bank_ref if bank_printed else receipt if receipt_printed else None
    truth = _truth(
        corp, paid, "INR", txn, when if date_printed else None, method if method_printed else None, status
    )
    return rows, truth, {"width": 660, "size": 19, "paper": (252, 250, 240)}


# ---------------------------------------------------------------- 4 passport / visa application fee


FEES = {
    "Passport Seva": (
        "INR",
        [1500.0, 2000.0, 3500.0],
        ["ARN", "File Number"],
        ["Payment Reference No", "SBI ePay Ref"],
    ),
    "VFS Global": (
        "GBP",
        [52.0, 64.5, 105.0],
        ["GWF Number", "Application Ref"],
        ["Payment Reference", "Transaction ID"],
    ),
    "UK Visas and Immigration": (
        "GBP",
        [127.0, 490.0, 719.0],
        ["GWF Number", "Unique Application No"],
        ["Payment reference", "Transaction ID"],
    ),
    "U.S. Visa Application Service": (
        "USD",
        [185.0, 205.0, 315.0],
        ["Application ID", "DS-160 Barcode"],
        ["CGI Reference Number", "Receipt Number"],
    ),
}


def visa_fee_receipt(rng: random.Random, font: str):
    """A passport or visa application fee payment: application number, fee, reference, date, success or failure."""
    issuer = rng.choice(list(FEES))
    currency, fees, app_labels, ref_labels = FEES[issuer]
    fee = rng.choice(fees)
    extra = rng.choice([0.0, 0.0, 2.5, 18.0]) if currency != "INR" else rng.choice([0.0, 0.0, 12.0, 29.5])
    amount = fee + extra
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "Your payment has been received"],
            "failed": ["Payment Unsuccessful", "Payment Failed"],
            "pending": ["Payment status: Pending"],
        },
        0.1,
    )
    rows = [
        ("title", issuer),
        ("center", rng.choice(["Fee Payment Receipt", "Online Payment Confirmation"])),
        ("rule",),
    ]
    if words:
        rows.append(("center", words))
    rows.append(("pair", rng.choice(app_labels), code(rng, 3, UPPER) + digits(rng, 9)))
    rows.append(
        ("pair", "Applicant", rng.choice(["PRIYA SHARMA", "RAHUL MEHTA", "ANITA JOSEPH", "VIKRAM SINGH"]))
    )
    rows.append(("pair", rng.choice(["Application Fee", "Visa Fee"]), _plain(fee, currency)))
    if extra:
        rows.append(
            (
                "pair",
                rng.choice(["Convenience Fee", "Bank Charges", "Service Charge"]),
                _plain(extra, currency),
            )
        )
    rows.append(
        (
            "pair",
            rng.choice(["Amount Paid", "Total Amount", "Total"]),
            _iso_or_sign(rng, amount, currency, font),
        )
    )
    ref = code(rng, 2, UPPER) + digits(rng, 10)
    ref_printed = status != "failed" and optional_pair(rng, rows, ref_labels, ref, 0.15)
    name, method = rng.choice(
        [
            ("Net Banking", "netbanking"),
            ("Credit Card", "card"),
            ("Visa ****" + digits(rng, 4), "card"),
            ("UPI", "UPI"),
        ]
        if currency == "INR"
        else [
            ("Visa ****" + digits(rng, 4), "card"),
            ("Mastercard ending " + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Paid by"], name, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.15)
    dates = IN_DATES if currency == "INR" else UK_DATES if currency == "GBP" else US_DATES
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Payment Date", "Date of Payment", "Transaction Date"]),
                date_text(when, rng.choice(dates)),
            )
        )
    if shown(rng, 0.5):
        rows.append(("pair", "Appointment", date_text(day(rng), rng.choice(dates)) + " " + clock(rng, False)))
    rows.append(("small", "Fees are non-refundable. Print this page for your records."))
    truth = _truth(
        issuer,
        amount,
        currency,
        ref if ref_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 5 US rent payment portal


def us_rent_portal(rng: random.Random, font: str):
    """A US rent portal's confirmation (RentCafe, AppFolio, Buildium, Zillow): paid to the property, fee, balance."""
    portal = rng.choice(["RentCafe", "AppFolio", "Buildium", "Zillow Rental Manager"])
    payee = rng.choice(
        [
            "The Parker Apartments",
            "Maple Ridge Townhomes",
            "Oak Hollow Residences",
            "Riverside Lofts",
            "Greystar Properties",
        ]
    )
    rent = float(rng.choice([1150, 1275, 1480, 1695, 1820, 2350])) + rng.choice([0.0, 35.0, 62.5])
    card = shown(rng, 0.5)
    fee = round(rent * 0.0295, 2) if card else rng.choice([0.0, 0.0, 1.95])
    total = round(rent + fee, 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "Your payment has been submitted successfully"],
            "failed": ["Payment Failed"],
            "pending": ["Processing", "Pending"],
        },
        0.15,
    )
    rows = [("title", portal), ("center", "Payment Confirmation"), ("rule",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", "Paid to", payee),
        ("pair", "Unit", rng.choice(["#", "Apt "]) + digits(rng, 3)),
        ("pair", rng.choice(["Rent", "Payment Amount"]), "$" + money(rent, "western")),
    ]
    if fee:
        rows.append(("pair", "Convenience Fee", "$" + money(fee, "western")))
    rows.append(
        (
            "pair",
            rng.choice(["Total Payment", "Total Amount", "Total Charged"]),
            _iso_or_sign(rng, total, "USD", font),
        )
    )
    conf = rng.choice(["", "RC-", "P"]) + digits(rng, 9)
    conf_printed = status != "failed" and optional_pair(
        rng, rows, ["Confirmation #", "Reference Number", "Transaction ID"], conf, 0.15
    )
    name, method = (
        rng.choice(
            [("Visa ending in " + digits(rng, 4), "card"), ("Mastercard ****" + digits(rng, 4), "card")]
        )
        if card
        else rng.choice(
            [("eCheck - Checking ****" + digits(rng, 4), "netbanking"), ("Bank Account (ACH)", "netbanking")]
        )
    )
    method_printed = optional_pair(rng, rows, ["Payment Method", "Paid With"], name, 0.15)
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Payment Date", "Submitted On", "Date"]),
                date_text(when, rng.choice(US_DATES)),
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Remaining Balance",
                "$" + money(rng.choice([0.0, 35.0, round(rng.uniform(40, 900), 2)]), "western"),
            )
        )
    if shown(rng, 0.5):
        rows.append(("pair", "Next Rent Due", date_text(day(rng), "%m/%d/%Y")))
    rows.append(("small", "ACH payments may take 3-5 business days to clear."))
    truth = _truth(
        payee,
        total,
        "USD",
        conf if conf_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 6 US gym membership invoice


def gym_invoice_us(rng: random.Random, font: str):
    """A US gym's membership invoice: member ID, monthly dues, annual fee, tax, total, PAID or DECLINED."""
    gym = rng.choice(
        [
            "Planet Fitness",
            "Anytime Fitness",
            "Equinox",
            "24 Hour Fitness",
            "Crunch Fitness",
            "Orangetheory Fitness",
        ]
    )
    lines = [("Monthly Dues", float(rng.choice([10, 24.99, 39.99, 64.99, 229])))]
    if shown(rng, 0.6):
        lines.append(("Annual Membership Fee", float(rng.choice([39, 49, 59]))))
    if shown(rng, 0.7):
        lines.append(("Personal Training (4 sessions)", float(rng.choice([180, 240]))))
    subtotal = round(sum(value for _, value in lines), 2)
    tax = round(subtotal * rng.choice([0.0, 0.0625, 0.08875]), 2)
    total = round(subtotal + tax, 2)
    status, words = _outcome(
        rng, {"success": ["PAID"], "failed": ["DECLINED", "Payment Declined"], "pending": ["Pending"]}, 0.2
    )
    rows = [("title", gym), ("center", rng.choice(["INVOICE", "Membership Receipt"])), ("rule",)]
    if words:
        rows.append(("center", words))
    invoice = rng.choice(["INV-", "", "#"]) + digits(rng, 7)
    invoice_printed = optional_pair(rng, rows, ["Invoice #", "Invoice No.", "Receipt #"], invoice, 0.1)
    rows += [
        ("pair", rng.choice(["Member ID", "Agreement #", "Member No."]), digits(rng, 10)),
        ("pair", "Invoice Date", date_text(day(rng), rng.choice(US_DATES))),
        ("rule",),
    ]
    for name, value in lines:
        rows.append(("pair", name, money(value, "western")))
    if len(lines) > 1 or tax:
        rows.append(("pair", "Subtotal", money(subtotal, "western")))
    if tax:
        rows.append(("pair", "Sales Tax", money(tax, "western")))
    total_label = (
        "Amount Due" if status == "failed" else rng.choice(["Total", "Amount Paid", "Total Charged"])
    )
    rows.append(("pair", total_label, _iso_or_sign(rng, total, "USD", font)))
    name, method = rng.choice(
        [
            ("Visa ending 4" + digits(rng, 3), "card"),
            ("Amex ****" + digits(rng, 4), "card"),
            ("Checking ****" + digits(rng, 4), "netbanking"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment Method", "Card on File"], name, 0.15)
    when = day(rng)
    date_printed = status != "failed" and shown(rng, 0.25)
    if date_printed:
        rows.append(
            ("pair", rng.choice(["Payment Date", "Date Paid"]), date_text(when, rng.choice(US_DATES)))
        )
    if shown(rng, 0.4):
        rows.append(("pair", "Next Billing Date", date_text(day(rng), "%m/%d/%Y")))
    if status == "failed":
        rows.append(("small", "Please update your card to avoid a $15 late fee."))
    truth = _truth(
        gym,
        total,
        "USD",
        invoice if invoice_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 7 UK energy bill payment


def uk_energy_payment(rng: random.Random, font: str):
    """A UK energy supplier's one-off card payment confirmation or Direct Debit collection notice."""
    supplier = rng.choice(
        ["British Gas", "Octopus Energy", "EDF", "OVO Energy", "E.ON Next", "ScottishPower"]
    )
    amount = round(rng.uniform(25, 480), 2)
    debit = shown(rng, 0.6)
    rows = [("title", supplier)]
    if debit:
        status = None
        rows += [("center", "Your Direct Debit payment"), ("rule",)]
        rows.append(("pair", "Account number", "A-" + code(rng, 8, "0123456789ABCDEF")))
        rows.append(
            (
                "pair",
                rng.choice(["Direct Debit amount", "Amount collected"]),
                _iso_or_sign(rng, amount, "GBP", font),
            )
        )
        rows.append(("pair", "DD reference", code(rng, 3, UPPER) + digits(rng, 8)))
        rows.append(("pair", "From account", "****" + digits(rng, 4)))
        ref, ref_printed = None, False
        name, method = "Direct Debit", "netbanking"
        method_printed = True
        date_labels = ["Collection date", "Date collected"]
    else:
        status, words = _outcome(
            rng,
            {
                "success": ["Payment successful", "Thanks, we've received your payment"],
                "failed": ["Payment failed"],
                "pending": ["Payment processing"],
            },
            0.2,
        )
        rows += [("center", "Payment confirmation"), ("rule",)]
        if words:
            rows.append(("center", words))
        rows.append(("pair", "Account number", digits(rng, 10)))
        rows.append(
            ("pair", rng.choice(["Amount paid", "Payment amount"]), _iso_or_sign(rng, amount, "GBP", font))
        )
        ref = digits(rng, 4) + code(rng, 6, ALNUM)
        ref_printed = status != "failed" and optional_pair(
            rng, rows, ["Payment reference", "Transaction ID"], ref, 0.15
        )
        name, method = rng.choice(
            [
                ("Visa Debit ****" + digits(rng, 4), "card"),
                ("Mastercard ending " + digits(rng, 4), "card"),
                ("Apple Pay", "wallet"),
            ]
        )
        method_printed = optional_pair(rng, rows, ["Paid with", "Card"], name, 0.2)
        date_labels = ["Date of payment", "Payment date"]
    when = day(rng)
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(("pair", rng.choice(date_labels), date_text(when, rng.choice(UK_DATES))))
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Balance",
                "£" + money(round(rng.uniform(5, 400), 2), "western") + rng.choice([" in credit", " owed"]),
            )
        )
    if shown(rng, 0.4):
        rows.append(("pair", "Next payment", date_text(day(rng), rng.choice(UK_DATES))))
    rows.append(("small", "Questions? Call 0330 " + digits(rng, 3) + " " + digits(rng, 4)))
    truth = _truth(
        supplier,
        amount,
        "GBP",
        ref if ref_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 8 Deutsche Bahn booking confirmation


def db_booking(rng: random.Random, font: str):
    """A Deutsche Bahn booking confirmation: route, travel date, fare, BahnCard discount, total, Auftragsnummer."""
    stations = rng.sample(
        ["Köln Hbf", "Berlin Hbf", "München Hbf", "Hamburg Hbf", "Frankfurt(Main)Hbf", "Stuttgart Hbf"], 2
    )
    fare = round(rng.uniform(17.9, 149.9), 2)
    discount = round(fare * 0.25, 2) if shown(rng, 0.5) else 0.0
    seat = rng.choice([0.0, 0.0, 4.9, 5.9])
    total = round(fare - discount + seat, 2)
    rows = [
        ("title", "Deutsche Bahn"),
        ("center", rng.choice(["Buchungsbestätigung", "Ihre Buchung"])),
        ("rule",),
        ("left", stations[0] + " - " + stations[1]),
        (
            "pair",
            rng.choice(["Hinfahrt am", "Reisedatum"]),
            date_text(day(rng), "%d.%m.%Y") + " " + clock(rng, False),
        ),
        ("pair", "Fahrkarte", rng.choice(["Sparpreis", "Flexpreis", "Super Sparpreis"]) + ", 2. Klasse"),
        ("pair", "Preis", money(fare, "european") + " €"),
    ]
    if discount:
        rows.append(("pair", "BahnCard 25 Rabatt", "-" + money(discount, "european") + " €"))
    if seat:
        rows.append(("pair", "Sitzplatzreservierung", money(seat, "european") + " €"))
    rows.append(
        (
            "pair",
            rng.choice(["Gesamtpreis", "Summe", "Gesamtbetrag"]),
            money(total, "european") + rng.choice([" €", " EUR"]),
        )
    )
    rows.append(("pair", "enth. MwSt. 7%", money(round(total * 7 / 107, 2), "european") + " €"))
    order = digits(rng, 12) if shown(rng, 0.5) else code(rng, 6, UPPER + "0123456789")
    order_printed = optional_pair(rng, rows, ["Auftragsnummer", "Buchungsnummer"], order, 0.1)
    name, method = rng.choice(
        [
            ("Kreditkarte", "card"),
            ("Visa **** " + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("SEPA-Lastschrift", "netbanking"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Zahlungsart", "Bezahlt mit"], name, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Buchungsdatum", "Gebucht am"]),
                date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"])),
            )
        )
    if shown(rng, 0.5):
        rows.append(
            ("pair", "BahnCard-Nr.", "7081 " + digits(rng, 4) + " " + digits(rng, 4) + " " + digits(rng, 4))
        )
    rows.append(("small", "Gute Reise wünscht Ihnen Ihre Deutsche Bahn"))
    truth = _truth(
        "Deutsche Bahn",
        total,
        "EUR",
        order if order_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 9 French restaurant bill (addition)


DISHES = [
    ("Entrecôte frites", 19.5, 28.0),
    ("Salade César", 12.0, 16.5),
    ("Croque-monsieur", 9.5, 13.0),
    ("Carafe de vin rouge", 14.0, 22.0),
    ("Crème brûlée", 6.5, 9.0),
    ("Café gourmand", 7.5, 10.5),
    ("Kir", 5.0, 7.5),
]


def fr_restaurant_bill(rng: random.Random, font: str):
    """A French restaurant's addition: table and covers, dishes, Total HT, TVA, Montant TTC, CB or espèces."""
    place = rng.choice(
        ["Le Bistrot des Halles", "Brasserie du Port", "Chez Paulette", "Café de la Gare", "La Table d'Hugo"]
    )
    rows = [
        ("title", place),
        (
            "center",
            digits(rng, 2) + rng.choice([" Rue de la République", " Quai des Belges", " Place du Marché"]),
        ),
        ("center", "SIRET " + digits(rng, 14)),
        ("rule",),
        ("left", "Table " + str(rng.randint(1, 30)) + "   Couverts " + str(rng.randint(1, 6))),
    ]
    note = digits(rng, rng.choice([4, 6]))
    note_printed = optional_pair(rng, rows, ["Note n°", "Ticket n°", "Addition n°"], note, 0.1)
    total = 0.0
    for name, low, high in rng.sample(DISHES, rng.randint(3, 5)):
        quantity = rng.choice([1, 1, 2])
        value = round(quantity * round(rng.uniform(low, high) * 2) / 2, 2)
        total += value
        rows.append(("pair", f"{quantity} {name}", money(value, "european")))
    total = round(total, 2)
    ht = round(total / 1.1, 2)
    rows += [
        ("rule",),
        ("pair", "Total HT", money(ht, "european")),
        ("pair", "TVA 10%", money(round(total - ht, 2), "european")),
        (
            "pair",
            rng.choice(["Montant TTC", "TOTAL TTC", "Net à payer"]),
            money(total, "european") + rng.choice([" €", " EUR", ""]),
        ),
    ]
    name, method = rng.choice(
        [("CB", "card"), ("Carte bancaire", "card"), ("Espèces", "cash"), ("CB sans contact", "card")]
    )
    method_printed = optional_pair(rng, rows, ["Réglé par", "Paiement"], name, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "left",
                "Le "
                + date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"]))
                + " à "
                + clock(rng, False),
            )
        )
    rows.append(("center", rng.choice(["Service compris", "Merci et à bientôt !"])))
    truth = _truth(
        place,
        total,
        "EUR",
        note if note_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 480, "size": 19, "paper": (253, 251, 245)}


# ---------------------------------------------------------------- 10 Irish / Dutch pharmacy till


PHARMACY = {
    "ie": (
        ["Hickey's Pharmacy", "McCabes Pharmacy", "Allcare Pharmacy"],
        [
            ("CALPOL 6+ 80ML", 4.2, 6.5),
            ("NUROFEN 200MG 24", 5.5, 8.9),
            ("SUDOCREM 125G", 6.9, 9.5),
            ("DIORALYTE 6S", 4.5, 6.2),
            ("RX ITEM", 1.5, 24.0),
        ],
        "TOTAL",
        "VAT @23%",
        "CARD",
        "CASH",
        "CHANGE",
        ["Receipt No", "Trans No"],
        "AUTH CODE",
        "western",
    ),
    "nl": (
        ["Etos", "Kruidvat", "DA Drogisterij"],
        [
            ("PARACETAMOL 500MG", 1.5, 3.2),
            ("IBUPROFEN 400MG", 2.9, 4.8),
            ("ZONNEBRAND SPF30", 7.9, 12.9),
            ("KEELPASTILLES", 2.4, 4.5),
            ("HANDCREME", 2.9, 5.9),
        ],
        "TOTAAL",
        "BTW 9%",
        "PIN",
        "CONTANT",
        "WISSELGELD",
        ["Bonnr", "Bon nr."],
        "AUTORISATIECODE",
        "european",
    ),
}


def eu_pharmacy_till(rng: random.Random, font: str):
    """An Irish or Dutch pharmacy till roll in euros: items, savings, TOTAL / TOTAAL, VAT / BTW, card or cash."""
    lang = rng.choice(list(PHARMACY))
    shops, goods, total_word, vat_word, card_word, cash_word, change_word, doc_labels, auth_word, grouping = (
        PHARMACY[lang]
    )
    shop = rng.choice(shops)
    rows = [
        ("title", shop),
        ("center", {"ie": "Main Street, Naas", "nl": "Kalverstraat 12, Amsterdam"}[lang]),
        ("center", {"ie": "VAT No IE", "nl": "KvK "}[lang] + digits(rng, 7) + ("W" if lang == "ie" else "")),
        ("rule",),
    ]
    total = 0.0
    for name, low, high in rng.sample(goods, rng.randint(2, 4)):
        value = round(rng.uniform(low, high), 2)
        total += value
        rows.append(("pair", name, money(value, grouping)))
    if shown(rng, 0.5):
        saving = round(total * 0.1, 2)
        rows.append(("pair", {"ie": "SAVINGS", "nl": "KORTING"}[lang], "-" + money(saving, grouping)))
        total -= saving
    total = round(total, 2)
    sign = "€" if lang == "ie" else ""
    rows += [
        ("rule",),
        ("pair", total_word, sign + money(total, grouping) + ("" if sign else rng.choice(["", " EUR"]))),
    ]
    rate = 0.23 if lang == "ie" else 0.09
    rows.append(("pair", vat_word, money(round(total * rate / (1 + rate), 2), grouping)))
    auth = digits(rng, 6)
    auth_printed = False
    if shown(rng, 0.4):
        given = float(-(-total // 10) * 10)
        rows += [
            ("pair", cash_word, money(given, grouping)),
            ("pair", change_word, money(given - total, grouping)),
        ]
        method = "cash"
    else:
        rows.append(("pair", card_word, money(total, grouping)))
        rows.append(
            ("left", rng.choice(["VISA", "MAESTRO", "V PAY", "MASTERCARD"]) + " ****" + digits(rng, 4))
        )
        auth_printed = optional_pair(rng, rows, [auth_word], auth, 0.3)
        method = "card"
    doc = digits(rng, rng.choice([4, 6]))
    doc_printed = optional_pair(rng, rows, doc_labels, doc, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(
            (
                "left",
                date_text(when, "%d/%m/%Y" if lang == "ie" else rng.choice(["%d-%m-%Y", "%d-%m-%y"]))
                + " "
                + clock(rng, False),
            )
        )
    rows.append(("center", {"ie": "Thank you, get well soon", "nl": "Bedankt en tot ziens"}[lang]))
    txn = auth if auth_printed else doc if doc_printed else None
    truth = _truth(shop, total, "EUR", txn, when if date_printed else None, method, None)
    return rows, truth, {"width": 440, "size": 19, "paper": (251, 250, 244)}


# ---------------------------------------------------------------- 11 courier / shipping booking receipt


COURIERS = {
    "India Post": ("INR", "Article No", "Postage", "Speed Post"),
    "Blue Dart": ("INR", "AWB No", "Freight", "Domestic Priority"),
    "DTDC": ("INR", "Consignment No", "Freight", "Express"),
    "FedEx Office": ("USD", "Tracking Number", "Shipping Charge", "FedEx 2Day"),
    "The UPS Store": ("USD", "Tracking #", "Shipping", "UPS Ground"),
}


def courier_receipt(rng: random.Random, font: str):
    """A courier counter's booking receipt: tracking / AWB number, weight, freight, surcharge, tax, total, mode."""
    courier = rng.choice(list(COURIERS))
    currency, track_label, freight_label, service = COURIERS[courier]
    india = currency == "INR"
    freight = float(round(rng.uniform(41, 1400))) if india else round(rng.uniform(9, 95), 2)
    surcharge = round(freight * rng.choice([0.0, 0.12, 0.18]), 2)
    tax_rate = 0.18 if india else rng.choice([0.0, 0.0725])
    tax = round((freight + surcharge) * tax_rate, 2)
    total = round(freight + surcharge + tax, 2)
    grouping = GROUPING[currency]
    rows = [
        ("title", courier),
        ("center", rng.choice(["Booking Receipt", "Shipping Receipt", "Customer Receipt"])),
        ("rule",),
    ]
    receipt = rng.choice(["", "BR", "0"]) + digits(rng, 8)
    receipt_printed = optional_pair(rng, rows, ["Receipt No", "Invoice No", "Transaction #"], receipt, 0.1)
    rows += [
        (
            "pair",
            track_label,
            (code(rng, 2, UPPER) + digits(rng, 9) + "IN") if courier == "India Post" else digits(rng, 12),
        ),
        ("pair", "Service", service),
        (
            "pair",
            "To",
            rng.choice(["Guwahati 781001", "Kochi 682011", "Dallas TX 75201", "Seattle WA 98101"]),
        ),
        ("pair", "Weight", f"{rng.uniform(0.2, 12):.2f} kg" if india else f"{rng.uniform(0.5, 25):.1f} lb"),
        ("pair", freight_label, money(freight, grouping)),
    ]
    if surcharge:
        rows.append(("pair", "Fuel Surcharge", money(surcharge, grouping)))
    if tax:
        rows.append(("pair", "GST 18%" if india else "Sales Tax", money(tax, grouping)))
    rows.append(
        (
            "pair",
            rng.choice(["Total", "Amount Paid", "Grand Total"]),
            _iso_or_sign(rng, total, currency, font),
        )
    )
    name, method = rng.choice(
        [("Cash", "cash"), ("UPI", "UPI"), ("Card", "card")]
        if india
        else [("VISA XXXX" + digits(rng, 4), "card"), ("Cash", "cash"), ("MC XXXX" + digits(rng, 4), "card")]
    )
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Tender"], name, 0.15)
    auth = digits(rng, 6)
    auth_printed = (
        not india and method == "card" and optional_pair(rng, rows, ["Auth Code", "APPROVAL"], auth, 0.4)
    )
    when = day(rng)
    date_printed = shown(rng, 0.1)
    dates = IN_DATES if india else US_DATES
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["Booking Date", "Date"]),
                date_text(when, rng.choice(dates)) + " " + clock(rng, not india),
            )
        )
    if shown(rng, 0.5):
        rows.append(("pair", "Expected Delivery", date_text(day(rng), rng.choice(dates))))
    rows.append(
        (
            "small",
            "Track at "
            + {"India Post": "indiapost.gov.in", "Blue Dart": "bluedart.com", "DTDC": "dtdc.in"}.get(
                courier, "fedex.com / ups.com"
            ),
        )
    )
    txn = auth if auth_printed else receipt if receipt_printed else None
    truth = _truth(
        courier,
        total,
        currency,
        txn,
        when if date_printed else None,
        method if method_printed else None,
        None,
    )
    return rows, truth, {"width": 540, "size": 19, "paper": (254, 253, 248)}


# ---------------------------------------------------------------- 12 event ticket order confirmation


def event_ticket_order(rng: random.Random, font: str):
    """A Ticketmaster / AXS / Eventbrite / BookMyShow event order: tickets, service and facility fees, order total."""
    seller, currency = rng.choice(
        [
            ("Ticketmaster", "USD"),
            ("Ticketmaster", "GBP"),
            ("AXS", "USD"),
            ("Eventbrite", "GBP"),
            ("BookMyShow", "INR"),
        ]
    )
    india = currency == "INR"
    count = rng.randint(1, 4)
    price = float(rng.choice([799, 1499, 2999, 4500])) if india else round(rng.uniform(25, 180), 2)
    tickets = round(count * price, 2)
    service = round(tickets * rng.choice([0.1, 0.12, 0.15]), 2)
    facility = 0.0 if india else float(rng.choice([0, 2.5, 5]) * count)
    tax = round(service * 0.18, 2) if india else 0.0
    total = round(tickets + service + facility + tax, 2)
    grouping = GROUPING[currency]
    status, words = _outcome(
        rng,
        {
            "success": ["Order Confirmed", "You're in! Your order is confirmed", "Booking Confirmed"],
            "failed": ["Payment Failed"],
            "pending": ["Payment Pending"],
        },
        0.2,
    )
    rows = [("title", seller)]
    if words:
        rows.append(("center", words))
    rows += [
        ("rule",),
        (
            "left",
            rng.choice(
                [
                    "Coldplay: Music of the Spheres",
                    "Arijit Singh Live",
                    "Hamilton",
                    "Arctic Monkeys",
                    "Zakir Khan Stand-up",
                ]
            ),
        ),
        (
            "left",
            rng.choice(
                [
                    "Wembley Stadium",
                    "Madison Square Garden",
                    "NSCI Dome, Mumbai",
                    "O2 Arena",
                    "JLN Stadium, Delhi",
                ]
            ),
        ),
        (
            "pair",
            "Event date",
            date_text(day(rng), rng.choice(["%a %d %b %Y", "%b {d}, %Y"])) + " " + clock(rng, True),
        ),
        ("pair", f"{count} x Ticket", money(tickets, grouping)),
        ("pair", rng.choice(["Service Fee", "Convenience Fee", "Booking Fee"]), money(service, grouping)),
    ]
    if facility:
        rows.append(("pair", "Facility Charge", money(facility, grouping)))
    if tax:
        rows.append(("pair", "IGST @18%", money(tax, grouping)))
    rows.append(
        (
            "pair",
            rng.choice(["Order Total", "Total", "Amount Paid"]),
            _iso_or_sign(rng, total, currency, font),
        )
    )
    order = (
        code(rng, 6, UPPER + "0123456789")
        if india
        else digits(rng, 2) + "-" + digits(rng, 5) + "/" + code(rng, 3, UPPER)
    )
    order_printed = optional_pair(rng, rows, ["Booking ID", "Order #", "Order Number"], order, 0.1)
    name, method = rng.choice(
        [("UPI", "UPI"), ("Credit Card", "card"), ("Paytm Wallet", "wallet")]
        if india
        else [
            ("Visa ending " + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("Amex ****" + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment Method"], name, 0.2)
    when = day(rng)
    date_printed = shown(rng, 0.25)
    dates = IN_DATES if india else US_DATES if currency == "USD" else UK_DATES
    if date_printed:
        rows.append(
            ("pair", rng.choice(["Order Date", "Booked on", "Ordered"]), date_text(when, rng.choice(dates)))
        )
    rows.append(("small", "Mobile tickets will be available 48 hours before the event."))
    truth = _truth(
        seller,
        total,
        currency,
        order if order_printed else None,
        when if date_printed else None,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 620, "size": 19, "paper": (255, 255, 255)}
