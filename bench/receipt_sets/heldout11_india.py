"""heldout11 families from India: income-tax challan, SIP confirmation, jeweller's bill, railway ERS."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from bench.receipt_sets.heldout11_render import band, cols, gap, glyphs, kv, rule, text, title
from bench.receipt_sets.heldout11_values import (
    INDIAN_NAMES, bare, code, date_text, digits, masked_account, money, phone, truth, when,
)

BANKS = ["State Bank of India", "HDFC Bank", "ICICI Bank", "Canara Bank", "Punjab National Bank", "Axis Bank"]
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def _pan(rng: random.Random) -> str:
    return "".join(rng.choice(UPPER) for _ in range(5)) + digits(rng, 4) + rng.choice(UPPER)


def itns280_challan(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """An income-tax challan (ITNS 280) counterfoil: bank reference > CIN; PAN, BSR code and AY are no ids."""
    moment = when(rng)
    tax = Decimal(rng.randint(5, 4000) * 100)
    surcharge = (tax * Decimal("0.1")).quantize(Decimal("1")) if rng.random() < 0.3 else Decimal(0)
    cess = ((tax + surcharge) * Decimal("0.04")).quantize(Decimal("1"))
    interest = Decimal(rng.randint(0, 60) * 10) if rng.random() < 0.4 else Decimal(0)
    value = tax + surcharge + cess + interest
    shown = glyphs(font)
    bsr, serial = digits(rng, 7), f"{rng.randint(1, 99999):05d}"
    cin = f"{bsr}{moment:%d%m%Y}{serial}"
    bank_ref = code(rng, 10) if rng.random() < 0.75 else None
    mode = rng.choice(["netbanking", "netbanking", "card", "UPI", None])
    status = rng.choice(["success", "success", "success", None, "failed"])
    payee = "Income Tax Department"
    ay = f"{moment.year + 1}-{(moment.year + 2) % 100:02d}"
    # a bank's counterfoil is headed by the collecting bank (not the payee) and names no payee
    bank_copy = rng.random() < 0.3
    bank = rng.choice(BANKS)
    header = (
        [title(bank, 1.15), text("Tax payment counterfoil", 0.9, "c", "grey")]
        if bank_copy
        else [title(payee.upper(), 1.15), text("Government of India", 0.9, "c", "grey")]
    )
    rows = [
        *header,
        text(
            rng.choice(["Challan Receipt", "CHALLAN NO./ITNS 280", "Counterfoil — ITNS 280"]),
            1.0,
            "c",
            "fg",
            True,
        ),
    ]
    if status:
        rows.append(
            text(
                {
                    "success": rng.choice(["Payment Successful", "Tax paid successfully"]),
                    "failed": "Payment Failed",
                }[status],
                1.0,
                "c",
                "accent",
                True,
            )
        )
    rows += [
        rule(),
        kv("PAN", _pan(rng)),
        kv("Name", rng.choice(INDIAN_NAMES).upper()),
        kv("Assessment Year", ay),
        kv("Financial Year", f"{moment.year}-{(moment.year + 1) % 100:02d}"),
        kv("Major Head", "Income Tax (Other than Companies) (0021)"),
        kv("Minor Head", rng.choice(["Self Assessment Tax (300)", "Advance Tax (100)"])),
        rule(),
    ]
    rows += [cols(["Description", "Amount (Rs.)"], [0, 0.65], True)]
    for label, part in [
        ("A  Tax", tax),
        ("B  Surcharge", surcharge),
        ("C  Cess", cess),
        ("D  Interest", interest),
        ("E  Penalty", Decimal(0)),
        ("F  Others", Decimal(0)),
    ]:
        rows.append(cols([label, bare(rng, part, "INR")], [0, 0.65]))
    rows.append(kv("Total (A+B+C+D+E+F)", money(rng, value, "INR", shown), 1.1))
    rows += [text("Rupees " + rng.choice(["(in words) as above", "only"]), 0.8, "l", "grey"), rule()]
    generated = moment - timedelta(days=rng.randint(0, 6))
    rows.append(kv("Challan generated on", date_text(rng, generated, "in", time=False)))
    rows.append(
        kv(rng.choice(["Date of Deposit", "Tender Date", "Payment Date"]), date_text(rng, moment, "in"))
    )
    if rng.random() < 0.5 and status != "failed":
        rows.append(kv("CIN", cin))
        record = cin
    else:
        # the challan serial is a receipt-kind number: print it only beside the stronger bank reference
        rows += [kv("BSR Code", bsr), kv("Challan Serial No.", serial)]
        bank_ref = bank_ref or code(rng, 10)
        record = None
    rows.append(kv("Bank Name", bank))
    if bank_ref:
        rows.append(
            kv(rng.choice(["Bank Reference Number", "Bank Ref. No.", "Transaction Ref No"]), bank_ref)
        )
        record = bank_ref
    if mode:
        rows.append(
            kv("Mode of Payment", {"netbanking": "Net Banking", "card": "Debit Card", "UPI": "UPI"}[mode])
        )
    return rows, truth(None if bank_copy else payee, value, "INR", record, moment, mode, status), "document"


AMCS = ["Parag Parikh Mutual Fund", "Mirae Asset Mutual Fund", "Quant Mutual Fund", "Navi Mutual Fund",
    "Canara Robeco Mutual Fund"]
SCHEMES = ["Flexi Cap Fund - Direct Growth", "Large & Midcap Fund - Direct Plan", "ELSS Tax Saver - Growth",
    "Nifty 50 Index Fund - Direct", "Small Cap Fund - Regular Growth"]


def sip_confirmation(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A mutual-fund SIP confirmation: folio, NAV and units are distractors; UTR > reference number."""
    moment = when(rng)
    value = Decimal(rng.choice([500, 1000, 1500, 2000, 2500, 3000, 5000, 10000, 15000, 25000]))
    amc = rng.choice(AMCS)
    shown = glyphs(font)
    nav = Decimal(rng.randint(1200, 140000)) / 100
    stamp_duty = (value * Decimal("0.00005")).quantize(Decimal("0.01"))
    units = ((value - stamp_duty) / nav).quantize(Decimal("0.001"))
    mode = rng.choice(["UPI", "netbanking", "mandate", "mandate"])
    status = rng.choice(["success"] * 3 + ["failed", "pending"])
    utr = (
        (digits(rng, 12) if mode == "UPI" else rng.choice(["HDFCN", "SBINR", "ICICN"]) + digits(rng, 11))
        if mode != "mandate" and rng.random() < 0.7
        else None
    )
    ref = digits(rng, 9)
    rows = [
        band(amc),
        gap(),
        title(
            rng.choice(
                ["SIP Transaction Confirmation", "Systematic Investment Plan", "Purchase confirmation"]
            ),
            1.1,
            "l",
        ),
    ]
    rows.append(text(f"Dear {rng.choice(INDIAN_NAMES)},", 0.95))
    rows.append(
        text(
            {
                "success": "Your SIP instalment has been processed successfully.",
                "failed": "Your SIP instalment has failed: payment not received from your bank.",
                "pending": "Your SIP instalment is pending confirmation from your bank.",
            }[status],
            0.9,
            "l",
            "accent",
        )
    )
    rows += [
        gap(),
        kv("Folio No.", digits(rng, 10) + "/" + str(rng.randint(10, 99))),
        kv("Scheme", SCHEMES[rng.randrange(5)]),
        kv("Instalment", f"{rng.randint(2, 60)} of {rng.choice([60, 120, 'perpetual'])}"),
        kv(rng.choice(["SIP Amount", "Amount", "Instalment Amount"]), money(rng, value, "INR", shown), 1.1),
    ]
    if status == "success":
        nav_day = moment + timedelta(days=rng.randint(0, 2))
        rows += [
            kv("Stamp Duty", money(rng, stamp_duty, "INR", shown)),
            kv("NAV", f"{bare(rng, nav, 'INR')} (as on {date_text(rng, nav_day, 'in', time=False)})"),
            kv("Units allotted", str(units)),
        ]
    # a share prints only the NAV date and the next instalment, not the debit date
    dated = rng.random() < 0.75
    if dated:
        rows.append(kv(rng.choice(["Transaction Date", "Debit Date", "Payment Date"]), date_text(rng, moment, "in", time=False)))
    rows += [
        kv(
            "Next instalment",
            date_text(rng, moment + timedelta(days=rng.choice([28, 30, 31])), "in", time=False),
        ),
        kv(rng.choice(["Transaction Ref No", "Reference No.", "Txn No."]), ref),
    ]
    if utr:
        rows.append(kv(rng.choice(["UTR No", "UTR", "Bank UTR"]), utr))
    rows.append(
        kv(
            "Payment Mode",
            {
                "UPI": "UPI Autopay",
                "netbanking": "Net Banking",
                "mandate": rng.choice(["NACH Mandate", "OTM (One Time Mandate)"]),
            }[mode],
        )
    )
    rows.append(kv("Bank A/c", f"{rng.choice(BANKS)} {masked_account(rng)}"))
    method = {"UPI": "UPI", "netbanking": "netbanking", "mandate": None}[mode]
    return rows, truth(amc, value, "INR", utr or ref, moment if dated else None, method, status), "email"


JEWELLERS = ["Sri Lakshmi Jewellers", "Bhima & Sons Gold", "P. Ratanlal Jewellers", "Swarna Mahal",
    "Kanchan Gold House"]


def jewellery_bill(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A jeweller's tax invoice: weights, rate per gram, making charges, GST, old-gold exchange, net payable."""
    moment = when(rng)
    shop = rng.choice(JEWELLERS)
    shown = glyphs(font)
    rate = Decimal(rng.randint(5600, 7900))
    items = [
        (
            rng.choice(
                ["22K Gold Chain", "22K Bangles (2)", "Gold Ring 22K", "Mangalsutra 22K", "Gold Earrings 18K"]
            ),
            Decimal(rng.randint(2500, 42000)) / 1000,
        )
        for _ in range(rng.randint(1, 3))
    ]
    rows = [
        title(shop.upper(), 1.3),
        text(
            f"{rng.choice(['MG Road', 'T. Nagar', 'Zaveri Bazaar'])}  Ph: {phone(rng, 'IN')}",
            0.85,
            "c",
            "grey",
        ),
        text(f"GSTIN: {rng.randint(10, 36)}{_pan(rng)}1Z{rng.randint(1, 9)}", 0.85, "c", "grey"),
        text("TAX INVOICE", 1.05, "c", "fg", True),
        rule(),
    ]
    invoice = (
        rng.choice(["GJ/", "INV/", "SL-", ""])
        + f"{moment.year % 100}-{(moment.year + 1) % 100}/"
        + str(rng.randint(100, 9999))
    )
    rows += [
        kv(rng.choice(["Invoice No", "Bill No.", "Inv. No"]), invoice),
        kv("Date", date_text(rng, moment, "in", time=rng.random() < 0.3)),
        kv("Gold Rate (22K)", f"Rs. {bare(rng, rate, 'INR')}/g"),
        rule(),
        cols(["Item", "Net Wt (g)", "Making", "Value"], [0, 0.42, 0.6, 0.78], True),
    ]
    goods = Decimal(0)
    for name, grams in items:
        metal = (rate * grams).quantize(Decimal("1"))
        making = (metal * Decimal(rng.choice(["0.08", "0.12", "0.14"]))).quantize(Decimal("1"))
        goods += metal + making
        rows.append(
            cols(
                [name, f"{grams:.3f}", bare(rng, making, "INR"), bare(rng, metal + making, "INR")],
                [0, 0.42, 0.6, 0.78],
            )
        )
    gst = (goods * Decimal("0.015")).quantize(Decimal("0.01"))
    value = goods + 2 * gst
    rows += [
        rule(True),
        kv("Taxable Value", bare(rng, goods, "INR")),
        kv("CGST 1.5%", bare(rng, gst, "INR")),
        kv("SGST 1.5%", bare(rng, gst, "INR")),
    ]
    if rng.random() < 0.35:
        old = (rate * Decimal(rng.randint(2000, 9000)) / 1000 * Decimal("0.92")).quantize(Decimal("1"))
        rows += [
            kv("Gross Total", bare(rng, value, "INR")),
            kv("Less: Old Gold Exchange", "-" + bare(rng, old, "INR")),
        ]
        value -= old
    value = value.quantize(Decimal("1"))
    rows.append(
        kv(rng.choice(["Net Payable", "NET AMOUNT", "Grand Total"]), money(rng, value, "INR", shown), 1.2)
    )
    mode = rng.choice(["cash", "card", "UPI", "cheque"])
    record = invoice
    if mode == "card":
        rows.append(kv("Paid by Card", f"{rng.choice(['HDFC', 'SBI', 'ICICI'])} {masked_account(rng)}"))
        if rng.random() < 0.7:
            record = code(rng, 6) if rng.random() < 0.5 else digits(rng, 6)
            rows.append(kv(rng.choice(["Appr. Code", "Auth Code"]), record))
    elif mode == "UPI":
        rows.append(kv("Paid via", "UPI"))
        if rng.random() < 0.7:
            record = digits(rng, 12)
            rows.append(kv(rng.choice(["UPI Ref No", "UTR"]), record))
    elif mode == "cash":
        rows.append(kv("Received", "CASH"))
    else:
        rows.append(kv("Cheque No.", digits(rng, 6)))
    rows += [
        text("Goods once sold will not be taken back. BIS Hallmarked.", 0.8, "c", "grey"),
        text("Customer Signature            For " + shop, 0.8, "l", "grey"),
    ]
    method = {"cash": "cash", "card": "card", "UPI": "UPI", "cheque": None}[mode]
    return rows, truth(shop, value, "INR", record, moment, method, None), "paper"


TRAINS = ["12951 / MUMBAI RAJDHANI", "12627 / KARNATAKA EXP", "12002 / NDLS SHATABDI",
    "22691 / RAJDHANI EXP", "12809 / HWH MAIL", "20643 / VANDE BHARAT"]


def rail_ers(rng: random.Random, font: str) -> tuple[list, dict, str]:
    """A railway Electronic Reservation Slip: transaction id > PNR; journey date and booking status are no payment facts."""
    moment = when(rng)
    shown = glyphs(font)
    passengers = rng.randint(1, 4)
    fare = Decimal(rng.randint(300, 4200) * passengers)
    convenience = Decimal(rng.choice(["11.80", "17.70", "35.40"]))
    insurance = Decimal("0.45") * passengers if rng.random() < 0.6 else Decimal(0)
    value = fare + convenience + insurance
    pnr, txn = digits(rng, 10), digits(rng, 15) if rng.random() < 0.8 else None
    journey = moment + timedelta(days=rng.randint(1, 60))
    mode = rng.choice(["UPI", "card", "netbanking", "wallet", None, None])
    branded = rng.random() < 0.75
    rows = [
        title("IRCTC" if branded else "E-TICKET", 1.3, "l"),
        text("Electronic Reservation Slip (ERS)", 1.0, "l", "fg", True),
        text("Indian Railways", 0.85, "l", "grey"),
        rule(),
    ]
    rows += [
        cols(["PNR", "Train No./Name", "Class"], [0, 0.3, 0.8], True),
        cols([pnr, rng.choice(TRAINS), rng.choice(["3A", "2A", "SL", "CC"])], [0, 0.3, 0.8]),
        cols(["Quota", "Distance", "Booking Date"], [0, 0.3, 0.6], True),
        cols(
            [
                rng.choice(["GENERAL", "TATKAL"]),
                f"{rng.randint(120, 2100)} KM",
                f"{date_text(rng, moment, 'in', time=False)} {moment:%H:%M:%S} HRS",
            ],
            [0, 0.3, 0.6],
        ),
        kv("Date of Journey", date_text(rng, journey, "in", time=False)),
        kv(
            "From / To",
            rng.choice(["NEW DELHI (NDLS)", "MUMBAI CENTRAL (MMCT)", "HOWRAH (HWH)"])
            + " - "
            + rng.choice(["KSR BENGALURU (SBC)", "CHENNAI CENTRAL (MAS)", "PATNA JN (PNBE)"]),
        ),
        rule(),
    ]
    rows.append(
        cols(["#", "Name", "Age", "Booking Status", "Current Status"], [0, 0.06, 0.42, 0.52, 0.77], True)
    )
    for i in range(passengers):
        coach = (
            f"CNF/B{rng.randint(1, 9)}/{rng.randint(1, 72)}"
            if rng.random() < 0.7
            else f"WL/{rng.randint(1, 90)}"
        )
        rows.append(
            cols(
                [str(i + 1), rng.choice(INDIAN_NAMES).upper(), str(rng.randint(5, 80)), coach, coach],
                [0, 0.06, 0.42, 0.52, 0.77],
            )
        )
    rows += [rule()]
    if txn:
        rows.append(kv(rng.choice(["Transaction ID", "Transaction Id"]), txn))
    rows += [
        kv("Ticket Fare", money(rng, fare, "INR", shown)),
        kv("IRCTC Convenience Fee (Incl. of GST)", money(rng, convenience, "INR", shown)),
    ]
    if insurance:
        rows.append(kv("Travel Insurance Premium (Incl. of GST)", money(rng, insurance, "INR", shown)))
    rows.append(kv("Total Fare (all inclusive)", money(rng, value, "INR", shown), 1.1))
    if mode:
        rows.append(
            kv(
                "Payment Mode",
                {"UPI": "UPI", "card": "Credit Card", "netbanking": "Net Banking", "wallet": "IRCTC eWallet"}[
                    mode
                ],
            )
        )
    rows += [
        text(
            f"Customer Care: {'14646' if branded else digits(rng, 3) + '-' + digits(rng, 4)}  |  Mobile: {phone(rng, 'IN')}",
            0.8,
            "l",
            "grey",
        ),
        text("Please carry original ID proof while travelling.", 0.8, "l", "grey"),
    ]
    # the ERS states the berth, not the payment's outcome: status is not printed
    return rows, truth("IRCTC" if branded else None, value, "INR", txn or pnr, moment, mode, None), "document"
