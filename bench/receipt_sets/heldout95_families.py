"""The twelve heldout95 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: recharges and bill payments made through
Indian UPI, wallet and bank apps, as buyers and customers upload them as proof: a mobile prepaid recharge's
detail in PhonePe or BHIM, a postpaid or broadband bill paid in Google Pay, a DTH recharge in Paytm, a FASTag
recharge in a bank app or Amazon Pay, an electricity board's payment e-mail in a browser, a Bharat BillPay
receipt (water, piped gas, broadband) in a PDF viewer, a credit card bill paid in CRED, PhonePe or a bank app, a
loan EMI repayment's web receipt, an insurance premium's receipt printed and photographed, a municipal property
tax e-receipt in a browser, an SMS thread (the bank's debit SMS or the operator's confirmation), and a wallet
app's bill payment (Amazon Pay, MobiKwik) with its cashback and balance.

Every page is a ``heldout93_families.Page`` of rows, each row carrying the facts it prints (the payee, the day
paid, an id with its rank, a way to pay with its rank, an outcome, the sum: ``keep``); the truth is read from
the rows on the page. Frames (a browser's window, a PDF viewer, paper lying on a desk) are
``heldout93_families.compose``'s (``style["h93"]``).
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits
from bench.receipt_sets.heldout86_families import (
    BANKS,
    PAYERS,
    Rs,
    hhmm,
    rupees,
    utr,
    when,
)
from bench.receipt_sets.heldout93_families import (
    HEXUP,
    UPPER,
    Page,
    back,
    has_glyph,
    look,
    lying_frame,
    pick,
    tick,
)
from bench.receipt_sets.heldout94_families import APPS, acct, bar, moment, phonepe_id

# the rank of an id's kind, as README "Receipt fields" orders the families: a UTR, then a UPI reference, then an
# RRN, then a bank's reference (a BBPS Ref No, a B-Connect Txn ID), a transaction's id, an order's, a bill's own
UTR, UPIREF, RRN, BANKREF, TXN, APPR, ORDER, BILL = 8, 7, 6, 5, 4, 3, 2, 1
# a line naming the way paid beats the app's own way, which beats a keyword (a UPI id, Powered by UPI)
SAID, APP, KEYWORD = 3, 2, 1

SCREEN_PATS = ["%d %b %Y", "{d} %b %Y", "%d/%m/%Y", "%d-%m-%Y", "%b {d}, %Y", "{d} %B %Y", "%d-%b-%Y"]
PAPER_PATS = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y", "{d} %B %Y"]
SMS_PATS = ["%d-%m-%y", "%d%b%y", "%d-%b-%y", "%d/%m/%Y", "%d-%m-%Y"]

PREPAID = ["Jio Prepaid", "Airtel Prepaid", "Vi Prepaid", "BSNL Prepaid"]
PLANS = [
    (199.0, 28, "1.5 GB/day"),
    (239.0, 28, "1.5 GB/day"),
    (299.0, 28, "2 GB/day"),
    (349.0, 28, "2.5 GB/day"),
    (479.0, 56, "1.5 GB/day"),
    (666.0, 84, "1.5 GB/day"),
    (859.0, 84, "2 GB/day"),
    (155.0, 24, "1 GB total"),
    (3599.0, 365, "2.5 GB/day"),
    (22.0, 1, "1 GB data pack"),
]


def mobile_no(rng: random.Random) -> str:
    n = rng.choice("6789") + digits(rng, 9)
    return rng.choice([n, f"{n[:5]} {n[5:]}", f"+91 {n}", f"+91 {n[:5]} {n[5:]}"])


def masked_mobile(rng: random.Random) -> str:
    return f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}"


def valid(d: dt.date, days: int) -> dt.date:
    return d + dt.timedelta(days=days)


def bbps(rng: random.Random, d: dt.date) -> str:
    """A B-Connect / BBPS transaction reference: the agent institution's letters, the day, letters, digits."""
    return (
        f"{rng.choice(['PP', 'PT', 'AM', 'CC', 'HD', 'IC', 'GP', 'AX', 'MK'])}{rng.randrange(1, 10):02d}"
        f"{d.year % 10}{d.timetuple().tm_yday:03d}{code(rng, 4, UPPER)}{digits(rng, 6)}"
    )


def words(rng: random.Random, table: dict, outcome: str) -> str:
    return rng.choice(table[outcome])


def with_tick(font: str, outcome: str, text: str) -> str:
    return f"{tick(font)} {text}" if outcome == "success" and tick(font) else text


def shuffled(rng: random.Random, p: Page, rows: list) -> None:
    rng.shuffle(rows)
    for row, facts in rows:
        p.add(row, **facts)


# ---------------------------------------------------------------- 1 a prepaid recharge in PhonePe or BHIM

RECHARGE_WORDS = {
    "success": ["Recharge Successful", "Recharge successful", "Recharge Done"],
    "pending": ["Recharge Pending", "Recharge pending, amount debited", "Recharge in progress"],
    "failed": ["Recharge Failed", "Recharge failed"],
    "refunded": ["Refunded", "Amount Refunded"],
}
RECHARGE_NOTES = {
    "pending": [
        "Recharge pending, amount debited. The operator has not confirmed yet; please do not recharge again.",
        "Your money has been debited. We are waiting for confirmation from the operator.",
    ],
    "failed": [
        "The operator could not process this recharge. Money, if debited, will be refunded in 3-5 working days.",
    ],
}


def prepaid_recharge(rng: random.Random, font: str):
    app = rng.choice(["PhonePe", "PhonePe", "BHIM"])
    style = look(rng, APPS[app])
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.6)
    d = day(rng)
    op = rng.choice(PREPAID)
    price, days, data = rng.choice(PLANS)
    off = rng.choice([0.0, 0.0, 0.0, 10.0, 15.0, 20.0]) if price > 100 else 0.0
    amount = price - off
    outcome = pick(rng, {"success": 0.5, "pending": 0.2, "failed": 0.18, "refunded": 0.12})
    p.add(bar(rng, font))
    p.add(
        (
            "left",
            f"{back(font)}  " + rng.choice(["Transaction Details", "Mobile Recharge", "Recharge details"]),
        )
    )
    p.add(("gap",))
    p.add(("title", with_tick(font, outcome, words(rng, RECHARGE_WORDS, outcome))), status=outcome)
    p.add(("big", rs(amount)), keep=True)
    if outcome in RECHARGE_NOTES:
        p.para("small", rng.choice(RECHARGE_NOTES[outcome]), status=outcome)
    if outcome == "refunded":
        p.add(
            ("pair", "Refunded on", when(dt.date.fromordinal(d.toordinal() + rng.randint(1, 4)), "%d %b %Y"))
        )
    p.add(("rule",))
    if rng.random() < 0.5:
        p.add(("pair", rng.choice(["Operator", "Biller"]), op), merchant=(1, op))
    else:
        p.add(("left", f"Paid to {op}"), merchant=(1, op))
    p.add(("pair", rng.choice(["Mobile Number", "Recharged number", "Prepaid number"]), mobile_no(rng)))
    plan = f"{rs(price)} · {days} {'day' if days == 1 else 'days'} · {data}"
    p.para("small", f"Plan: {plan}" + (f" (includes {rs(off)} off)" if off else ""))
    if off:
        p.add(("pair", "Plan price", rs(price)))
        p.add(("pair", rng.choice(["Discount", "Offer applied"]), rs(off, "-")))
    if outcome == "success" and days > 1:
        p.add(
            (
                "pair",
                rng.choice(["Valid till", "Validity ends", "Plan expires on"]),
                when(valid(d, days), "%d %b %Y"),
            )
        )
    p.add(("rule",))
    rows: list = [
        (("pair", rng.choice(["Date & Time", "Paid on", "Transaction date"]), moment(rng, d)), {"date": d}),
    ]
    own = phonepe_id(rng, d) if app == "PhonePe" else f"BHIM{digits(rng, 8)}{code(rng, 6, HEXUP)}"
    rows.append((("pair", "Transaction ID", own), {"txn": (TXN, own)}))
    if outcome != "failed" and rng.random() < 0.8:
        ref = utr(rng, d)
        rows.append((("pair", rng.choice(["UTR", "UTR No.", "UPI Ref No"]), ref), {"txn": (UTR, ref)}))
    if rng.random() < 0.5:
        opref = rng.choice(["BR", "AR", "VI", "BS"]) + digits(rng, 10)
        rows.append((("pair", rng.choice(["Operator Ref", "Operator Txn ID"]), opref), {}))
    shuffled(rng, p, rows)
    if rng.random() < 0.75:
        p.add(("pair", rng.choice(["Debited from", "Paid from"]), acct(rng)))
        p.add(("small", "via UPI"), method=(SAID, "UPI"))
    else:
        p.add(
            ("pair", "Paid using", "PhonePe Wallet" if app == "PhonePe" else "UPI Lite"),
            method=(SAID, "wallet" if app == "PhonePe" else "UPI"),
        )
    if outcome == "success" and rng.random() < 0.5:
        p.add(("small", f"You won {rs(rupees(rng, 5, 30, p_round=1.0))} cashback! Credited to your wallet"))
    p.add(("gap",))
    p.add(("center", rng.choice(["Share receipt", "Contact Support", "Repeat Recharge"])))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 2 a postpaid or broadband bill in Google Pay

POSTPAID = [
    ("Airtel Postpaid", "Mobile number"),
    ("Jio Postpaid", "Mobile number"),
    ("Vi Postpaid", "Mobile number"),
    ("BSNL Mobile Postpaid", "Mobile number"),
    ("Airtel Xstream Fiber", "Account number"),
    ("JioFiber", "Service ID"),
    ("ACT Fibernet", "Customer ID"),
    ("BSNL Landline", "Telephone number"),
]
GPAY_BILL = {
    "success": ["Completed", "Bill paid", "Payment successful"],
    "pending": ["Processing", "Payment pending"],
    "failed": ["Failed", "Payment failed"],
}


def gpay_bill(rng: random.Random, font: str):
    style = look(rng, APPS["Google Pay"])
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.3)
    d = day(rng)
    biller, ident = rng.choice(POSTPAID)
    bill = rupees(rng, 299, 2499, p_round=0.3)
    amount = bill if rng.random() < 0.7 else rupees(rng, 200, bill, p_round=0.8)
    outcome = pick(rng, {"success": 0.6, "pending": 0.2, "failed": 0.2})
    bill_date = dt.date.fromordinal(d.toordinal() - rng.randint(3, 15))
    due = dt.date.fromordinal(bill_date.toordinal() + rng.choice([15, 18, 21]))
    p.add(bar(rng, font))
    p.add(("center", biller[0]))
    p.add(("center", f"To {biller}"), merchant=(1, biller))
    p.add(("small", rng.choice(["Bill payment", "Postpaid bill", "Broadband bill"]) + " · Bharat BillPay"))
    p.add(("big", rs(amount)), keep=True)
    p.add(("center", with_tick(font, outcome, words(rng, GPAY_BILL, outcome))), status=outcome)
    p.add(("small", moment(rng, d)), date=d)
    p.add(("rule",))
    p.add(("left", "Bill details"))
    no = mobile_no(rng) if ident.startswith(("Mobile", "Tele")) else digits(rng, rng.choice([10, 12]))
    p.add(("pair", ident, no))
    p.add(("pair", "Customer name", rng.choice(PAYERS)))
    if rng.random() < 0.6:
        p.add(("pair", "Bill number", f"{code(rng, 2, UPPER)}{digits(rng, 9)}"))
    p.add(("pair", "Bill date", when(bill_date, rng.choice(SCREEN_PATS))))
    p.add(("pair", "Due date", when(due, rng.choice(SCREEN_PATS))))
    p.add(("pair", "Bill amount", rs(bill)))
    if amount != bill:
        p.add(("pair", "Amount paid", rs(amount)))
    p.add(("rule",))
    rows: list = []
    bank = rng.choice(list(BANKS))
    rows.append((("pair", "From", f"{bank} ••{digits(rng, 4)}"), {}))
    if outcome != "failed" or rng.random() < 0.5:
        ref = utr(rng, d)
        rows.append((("pair", "UPI transaction ID", ref), {"txn": (UPIREF, ref)}))
    if outcome == "success":
        bc = bbps(rng, d)
        rows.append((("pair", rng.choice(["B-Connect Txn ID", "BBPS Ref No"]), bc), {"txn": (BANKREF, bc)}))
    gid = f"CICAg{rng.choice('MOQ')}{code(rng, 9, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')}"
    rows.append((("pair", "Google transaction ID", gid), {"txn": (TXN, gid)}))
    shuffled(rng, p, rows)
    p.add(("gap",))
    p.add(("small", "POWERED BY UPI  ·  Bharat BillPay"), method=(KEYWORD, "UPI"))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 3 a DTH recharge in Paytm

DTH = ["Tata Play", "Airtel Digital TV", "Dish TV", "Sun Direct", "d2h"]
DTH_IDS = {
    "Tata Play": ("Subscriber ID", 10),
    "Airtel Digital TV": ("Customer ID", 10),
    "Dish TV": ("VC Number", 11),
    "Sun Direct": ("Smart Card Number", 11),
    "d2h": ("Subscriber ID", 10),
}
PAYTM_DTH = {
    "success": ["Recharge Successful", "Paid Successfully"],
    "pending": ["Recharge Pending", "Payment Pending"],
    "failed": ["Recharge Failed", "Payment Failed"],
    "refunded": ["Refund Successful", "Money Refunded"],
}


def paytm_dth(rng: random.Random, font: str):
    style = look(rng, APPS["Paytm"], p_dark=0.1)
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.6)
    d = day(rng)
    op = rng.choice(DTH)
    label, n = DTH_IDS[op]
    amount = float(rng.choice([153, 230, 299, 350, 399, 450, 520, 600, 799, 1000]))
    outcome = pick(rng, {"success": 0.55, "pending": 0.15, "failed": 0.15, "refunded": 0.15})
    p.add(bar(rng, font))
    p.add(("left", f"{back(font)}  Payment Details"))
    p.add(("title", words(rng, PAYTM_DTH, outcome)), status=outcome)
    p.add(("big", rs(amount)), keep=True)
    p.add(("center", f"Paid to {op}" if outcome == "success" else op), merchant=(1, op))
    p.add(("small", "DTH Recharge"))
    if outcome == "pending":
        p.para(
            "small",
            "Amount has been debited. Your recharge will be confirmed by the operator shortly.",
            status="pending",
        )
    if outcome == "refunded":
        p.para(
            "small",
            f"{rs(amount)} has been refunded to your source account as the operator could not "
            "process the recharge.",
        )
    p.add(("rule",))
    p.add(("pair", label, digits(rng, n)))
    p.add(("pair", "Registered Mobile", masked_mobile(rng)))
    if outcome == "success":
        last = dt.date.fromordinal(d.toordinal() + rng.randint(20, 45))
        p.add(("pair", rng.choice(["Next recharge due", "Balance will last till"]), when(last, "%d %b %Y")))
        if rng.random() < 0.5:
            p.add(("pair", "Monthly pack price", rs(amount - rng.choice([0.0, 23.0, 41.0]))))
    rows: list = [
        (("pair", rng.choice(["Date & Time", "Paid on"]), moment(rng, d)), {"date": d}),
    ]
    oid = digits(rng, 11)
    rows.append((("pair", "Order ID", oid), {"txn": (ORDER, oid)}))
    way = rng.choice(["upi", "upi", "wallet", "card"])
    if way == "upi":
        ref = utr(rng, d)
        if outcome != "failed":
            rows.append(
                (("pair", rng.choice(["UPI Ref No", "UPI Reference No"]), ref), {"txn": (UPIREF, ref)})
            )
        src = (
            ("pair", "Paid from", f"{rng.choice(list(BANKS))} - {digits(rng, 4)} (UPI)"),
            {"method": (SAID, "UPI")},
        )
    elif way == "wallet":
        wid = digits(rng, 13)
        rows.append((("pair", "Wallet Txn ID", wid), {"txn": (TXN, wid)}))
        src = (("pair", "Paid from", "Paytm Wallet"), {"method": (SAID, "wallet")})
    else:
        src = (
            (
                "pair",
                "Paid using",
                f"{rng.choice(['HDFC Bank', 'SBI', 'Axis Bank'])} Debit Card •• {digits(rng, 4)}",
            ),
            {"method": (SAID, "card")},
        )
    rows.append(src)
    shuffled(rng, p, rows)
    if outcome == "success" and rng.random() < 0.6:
        p.add(("small", f"{rs(rupees(rng, 5, 50, p_round=1.0))} Cashback received in Paytm Wallet"))
    p.add(("gap",))
    p.add(("center", "Need help?  ·  Share"))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 4 a FASTag recharge

FASTAG = [
    "ICICI Bank FASTag",
    "IDFC FIRST Bank FASTag",
    "Paytm Payments Bank FASTag",
    "SBI FASTag",
    "Axis Bank FASTag",
    "IHMCL FASTag",
    "Kotak Mahindra Bank FASTag",
    "HDFC Bank FASTag",
]
STATES = ["MH", "KA", "DL", "TN", "UP", "GJ", "HR", "RJ", "TS", "KL"]
FASTAG_WORDS = {
    "success": ["FASTag recharge successful", "Recharge Successful", "Payment Successful"],
    "pending": ["Recharge pending", "Payment in progress"],
    "failed": ["Recharge failed", "Payment Failed"],
}


def vehicle(rng: random.Random) -> str:
    v = f"{rng.choice(STATES)}{rng.randrange(1, 50):02d}{code(rng, 2, UPPER)}{digits(rng, 4)}"
    return rng.choice([v, f"{v[:2]} {v[2:4]} {v[4:6]} {v[6:]}"])


def fastag(rng: random.Random, font: str):
    app = rng.choice(["Amazon Pay", "iMobile Pay", "PayZapp", "YONO SBI", "PhonePe"])
    style = look(rng, APPS[app])
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.5)
    d = day(rng)
    issuer = rng.choice(FASTAG)
    amount = float(rng.choice([200, 300, 500, 500, 1000, 1000, 1500, 2000, 2500]))
    outcome = pick(rng, {"success": 0.6, "pending": 0.2, "failed": 0.2})
    before = rupees(rng, 20, 300)
    p.add(bar(rng, font))
    p.add(("left", f"{back(font)}  " + rng.choice(["FASTag Recharge", "Recharge receipt"])))
    p.add(("gap",))
    p.add(("title", with_tick(font, outcome, words(rng, FASTAG_WORDS, outcome))), status=outcome)
    p.add(("big", rs(amount)), keep=True)
    p.add(("pair", rng.choice(["Biller", "Biller Name"]), issuer), merchant=(1, issuer))
    p.add(("pair", "Vehicle Number", vehicle(rng)))
    p.add(("pair", rng.choice(["Tag ID", "Tag Id"]), "34161FA8" + code(rng, 16, HEXUP)))
    if outcome == "success":
        p.add(("pair", rng.choice(["Tag balance", "Updated FASTag balance"]), rs(before + amount)))
    else:
        p.add(("pair", "Current tag balance", rs(before)))
    if rng.random() < 0.5:
        p.add(
            (
                "small",
                f"Keep a minimum balance of {rs(rng.choice([100.0, 150.0, 200.0]))} for smooth toll payments",
            )
        )
    p.add(("rule",))
    rows: list = [
        (("pair", rng.choice(["Transaction Date", "Date", "Paid on"]), moment(rng, d)), {"date": d})
    ]
    tid = f"{code(rng, 3, UPPER)}{digits(rng, 12)}"
    rows.append((("pair", rng.choice(["Transaction ID", "Txn ID"]), tid), {"txn": (TXN, tid)}))
    way = rng.choice(["upi", "upi", "netbanking", "wallet" if app == "Amazon Pay" else "upi"])
    if way == "upi" and outcome != "failed":
        ref = utr(rng, d)
        rows.append((("pair", "UPI Ref No.", ref), {"txn": (UPIREF, ref)}))
    if outcome == "success" and rng.random() < 0.5:
        bc = bbps(rng, d)
        rows.append((("pair", "Bharat BillPay Ref", bc), {"txn": (BANKREF, bc)}))
    label = rng.choice(["Payment Mode", "Paid via"])
    value = {"upi": "UPI", "netbanking": "Net Banking", "wallet": "Amazon Pay Balance"}[way]
    rows.append((("pair", label, value), {"method": (SAID, "UPI" if way == "upi" else way)}))
    shuffled(rng, p, rows)
    if outcome == "pending":
        p.para(
            "small", "Amount debited. Balance will reflect on your tag within 30 minutes.", status="pending"
        )
    if outcome == "success":
        p.para(
            "small",
            f"Last toll: {rs(rupees(rng, 45, 320))} at {rng.choice(['Khalapur', 'Kherki Daula', 'Electronic City', 'Paranur'])} "
            f"Toll Plaza on {when(dt.date.fromordinal(d.toordinal() - rng.randint(2, 12)), '%d %b')}",
        )
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 5 an electricity board's payment e-mail

DISCOMS = [
    ("BESCOM", "Bangalore Electricity Supply Company Ltd", "Account ID", lambda r: digits(r, 10)),
    ("MSEDCL", "Maharashtra State Electricity Distribution Co. Ltd", "Consumer No", lambda r: digits(r, 12)),
    ("TPDDL", "Tata Power Delhi Distribution Ltd", "CA Number", lambda r: "600" + digits(r, 8)),
    (
        "TANGEDCO",
        "Tamil Nadu Generation and Distribution Corporation",
        "Service No",
        lambda r: f"{r.randrange(1, 10):02d}-{digits(r, 3)}-{digits(r, 3)}-{digits(r, 3)}",
    ),
    ("UPPCL", "Uttar Pradesh Power Corporation Ltd", "Account No", lambda r: digits(r, 10)),
    ("CESC", "CESC Limited", "Customer ID", lambda r: digits(r, 11)),
    ("BSES Yamuna", "BSES Yamuna Power Ltd", "CA Number", lambda r: "1" + digits(r, 8)),
    ("TSSPDCL", "Southern Power Distribution Co. of Telangana Ltd", "USC No", lambda r: digits(r, 9)),
]
MAIL_WORDS = {
    "success": ["Payment Successful", "Your payment was successful"],
    "failed": ["Payment Failed", "Transaction Failed"],
    "pending": ["Payment Pending", "Your payment is being processed"],
}


def discom_email(rng: random.Random, font: str):
    short, full, ident, make = rng.choice(DISCOMS)
    style = dict(
        look(rng, (20, 80, 150), p_dark=0.0), width=rng.choice([660, 700]), size=rng.choice([17, 18])
    )
    mail = rng.choice(["Gmail", "Outlook"])
    style["h93"] = {
        "frame": {
            "kind": "browser",
            "tab": f"Inbox - {mail}",
            "url": "mail.google.com/mail/u/0/#inbox" if mail == "Gmail" else "outlook.live.com/mail/0/inbox",
        }
    }
    p = Page(font, style)
    rs = Rs(rng, font, marks=("Rs.", "Rs", "INR", "₹"))
    d = day(rng)
    bill = rupees(rng, 180, 6800, p_round=0.2)
    fee = rng.choice([0.0, 0.0, round(bill * 0.01, 2), 5.9, 11.8])
    amount = round(bill + fee, 2)
    outcome = pick(rng, {"success": 0.7, "failed": 0.15, "pending": 0.15})
    bill_date = dt.date.fromordinal(d.toordinal() - rng.randint(4, 20))
    due = dt.date.fromordinal(bill_date.toordinal() + 15)
    sent = d if rng.random() < 0.6 else dt.date.fromordinal(d.toordinal() + 1)
    p.add(
        (
            "left",
            f"{short}: {rng.choice(['Payment Receipt', 'Online payment acknowledgement', 'Bill payment'])}",
        )
    )
    p.add(
        (
            "small",
            f"noreply@{short.lower().replace(' ', '')}.co.in   {when(sent, '%a, %d %b %Y')}, {hhmm(rng)}",
        )
    )
    p.add(("rule",))
    p.add(
        ("title", full if p.fits(full, "title") else short),
        merchant=(1, full if p.fits(full, "title") else short),
    )
    p.add(("center", words(rng, MAIL_WORDS, outcome)), status=outcome)
    p.para(
        "left",
        f"Dear {rng.choice(PAYERS)}, "
        + {
            "success": "thank you for paying your electricity bill online. The details are below.",
            "failed": "your online payment could not be completed. If money was debited it will be reversed.",
            "pending": "we have not yet received confirmation from your bank. Please do not pay again.",
        }[outcome],
    )
    p.add(("gap",))
    p.add(("pair", ident, make(rng)))
    p.add(("pair", "Bill Month", f"{when(bill_date, '%b-%Y')}"))
    p.add(("pair", "Bill Date", when(bill_date, rng.choice(PAPER_PATS))))
    p.add(("pair", "Due Date", when(due, rng.choice(PAPER_PATS))))
    p.add(("pair", "Bill Amount", rs(bill)))
    if fee:
        p.add(("pair", rng.choice(["Convenience Fee", "Transaction Charges (incl. GST)"]), rs(fee)))
        p.add(
            ("pair", rng.choice(["Total Amount Paid", "Amount Paid", "Total Amount"]), rs(amount)), keep=True
        )
    else:
        p.add(
            (
                "pair",
                rng.choice(["Amount Paid", "Paid Amount"]) if outcome == "success" else "Amount",
                rs(amount),
            ),
            keep=True,
        )
    p.add(
        (
            "pair",
            rng.choice(["Transaction Date", "Payment Date"]),
            f"{when(d, rng.choice(PAPER_PATS))} {hhmm(rng, twelve=False, seconds=True)}",
        ),
        date=d,
    )
    way, shown_way = rng.choice(
        [
            ("UPI", "UPI"),
            ("netbanking", "Net Banking"),
            ("card", "Debit Card"),
            ("card", "Credit Card"),
            ("wallet", "Wallet"),
        ]
    )
    p.add(("pair", "Payment Mode", shown_way), method=(SAID, way))
    if outcome != "failed" or rng.random() < 0.5:
        ref = f"{rng.choice(['PGI', 'BD', 'RZP', 'ATOM'])}{digits(rng, 12)}"
        p.add(
            ("pair", rng.choice(["Transaction Reference No.", "Bank Reference", "Ref. No."]), ref),
            txn=(BANKREF, ref),
        )
    if outcome == "success":
        rec = f"{short[:3].upper()}/{d.year}/{digits(rng, 7)}"
        p.add(("pair", "Receipt No", rec), txn=(BILL, rec))
    p.add(("gap",))
    p.para(
        "small",
        "Payments made after the due date attract a delayed payment surcharge. This is a system "
        "generated e-mail; please do not reply.",
    )
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 6 a Bharat BillPay receipt in a PDF viewer

BBPS_BILLERS = [
    ("Delhi Jal Board", "K Number", lambda r: digits(r, 10)),
    (
        "Bangalore Water Supply and Sewerage Board",
        "RR Number",
        lambda r: f"{code(r, 1, UPPER)}{digits(r, 6)}",
    ),
    ("Mahanagar Gas Ltd", "CA Number", lambda r: digits(r, 12)),
    ("Indraprastha Gas Ltd", "BP Number", lambda r: digits(r, 10)),
    ("Gujarat Gas Ltd", "Customer ID", lambda r: digits(r, 10)),
    ("Hathway Broadband", "Customer ID", lambda r: digits(r, 9)),
    ("ACT Fibernet", "Account Number", lambda r: digits(r, 9)),
    (
        "Greater Chennai Water Supply",
        "Consumer Number",
        lambda r: f"{digits(r, 3)}-{digits(r, 3)}-{digits(r, 4)}",
    ),
]
AGENTS = ["PhonePe", "Paytm", "Axis Bank", "ICICI Bank", "HDFC Bank", "MobiKwik", "Kotak Mahindra Bank"]


def bbps_receipt(rng: random.Random, font: str):
    biller, ident, make = rng.choice(BBPS_BILLERS)
    style = {
        "paper": (255, 255, 255),
        "ink": (20, 20, 28),
        "label_ink": (70, 70, 80),
        "width": rng.choice([700, 740]),
        "size": 17,
    }
    d = day(rng)
    style["h93"] = {
        "frame": {
            "kind": "viewer",
            "file": f"BBPS_Receipt_{d:%d%m%Y}.pdf",
            "zoom": rng.choice(["100 %", "90 %", "Fit"]),
            "scale": 0.92,
        }
    }
    p = Page(font, style)
    rs = Rs(rng, font, marks=("Rs.", "Rs", "INR"), groupings=("indian", "plain"))
    bill = rupees(rng, 150, 4200, p_round=0.2)
    ccf = rng.choice([0.0, 0.0, 1.18, 5.0, 5.9])
    amount = round(bill + ccf, 2)
    outcome = pick(rng, {"success": 0.7, "pending": 0.15, "failed": 0.15})
    status_word = {
        "success": rng.choice(["SUCCESSFUL", "Success"]),
        "pending": rng.choice(["PENDING", "Pending"]),
        "failed": rng.choice(["FAILED", "Failure"]),
    }[outcome]
    p.add(("title", "Bharat BillPay"))
    p.add(("center", "Transaction Receipt"))
    p.add(("small", f"Customer Operating Unit: {rng.choice(AGENTS)}"))
    p.add(("rule",))
    p.add(("pair", "Biller Name", biller), merchant=(1, biller))
    p.add(("pair", ident, make(rng)))
    p.add(("pair", "Customer Name", rng.choice(PAYERS)))
    p.add(("pair", "Customer Mobile", masked_mobile(rng)))
    bill_date = dt.date.fromordinal(d.toordinal() - rng.randint(3, 25))
    if rng.random() < 0.6:
        start = dt.date.fromordinal(bill_date.toordinal() - 60)
        p.add(("pair", "Bill Period", f"{when(start, '%d/%m/%Y')} to {when(bill_date, '%d/%m/%Y')}"))
    p.add(("pair", "Bill Date", when(bill_date, "%d-%m-%Y")))
    p.add(("pair", "Due Date", when(dt.date.fromordinal(bill_date.toordinal() + 21), "%d-%m-%Y")))
    p.add(("pair", "Bill Amount", rs(bill)))
    p.add(("pair", "Customer Convenience Fee", rs(ccf)))
    p.add(("pair", "Total Amount", rs(amount)), keep=True)
    p.add(("rule",))
    bc = bbps(rng, d)
    p.add(("pair", rng.choice(["B-Connect Txn ID", "BBPS Transaction ID"]), bc), txn=(BANKREF, bc))
    if outcome == "success" and rng.random() < 0.6:
        p.add(("pair", "Approval Ref No", digits(rng, 8)))
    p.add(
        ("pair", "Transaction Date & Time", f"{when(d, '%d-%m-%Y')} {hhmm(rng, twelve=False, seconds=True)}"),
        date=d,
    )
    way, shown_way = rng.choice(
        [
            ("UPI", "UPI"),
            ("netbanking", "Internet Banking"),
            ("card", "Debit Card"),
            ("wallet", "Wallet"),
            ("cash", "Cash"),
        ]
    )
    p.add(("pair", "Payment Mode", shown_way), method=(SAID, way))
    p.add(("pair", "Payment Channel", "Agent" if way == "cash" else rng.choice(["Mobile App", "Internet"])))
    p.add(("pair", "Transaction Status", status_word), status=outcome)
    p.add(("gap",))
    p.para(
        "small",
        "This is a computer generated receipt. For complaints raise a dispute with the B-Connect "
        "Txn ID at your COU or call 1800-102-1234.",
    )
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 7 a credit card bill paid through an app

CARD_BANKS = [
    "HDFC Bank",
    "ICICI Bank",
    "SBI",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "IDFC FIRST Bank",
    "AU Small Finance Bank",
    "RBL Bank",
]
CC_WORDS = {
    "cred": {
        "success": ["payment successful", "bill paid"],
        "pending": ["payment in progress"],
        "failed": ["payment failed"],
    },
    "phonepe": {
        "success": ["Payment Successful"],
        "pending": ["Payment Pending"],
        "failed": ["Payment Failed"],
    },
    "bank": {
        "success": ["Payment Successful", "Transaction Successful"],
        "pending": ["Transaction Pending"],
        "failed": ["Transaction Failed"],
    },
}


def card_bill(rng: random.Random, font: str):
    kind = rng.choice(["cred", "cred", "phonepe", "bank"])
    app = {"cred": "CRED", "phonepe": "PhonePe", "bank": rng.choice(["iMobile Pay", "YONO SBI", "PayZapp"])}[
        kind
    ]
    style = look(rng, APPS[app], p_dark=0.8 if kind == "cred" else 0.15)
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.3)
    d = day(rng)
    bank = rng.choice(CARD_BANKS)
    payee = f"{bank} Credit Card"
    due_sum = rupees(rng, 2500, 95000, p_round=0.1)
    min_due = round(max(200.0, due_sum * 0.05), 2)
    amount = rng.choice([due_sum, due_sum, min_due, rupees(rng, min_due, due_sum, p_round=0.9)])
    outcome = pick(rng, {"success": 0.65, "pending": 0.2, "failed": 0.15})
    due_day = dt.date.fromordinal(d.toordinal() + rng.randint(1, 12))
    last = digits(rng, 4)
    lower = kind == "cred"
    p.add(bar(rng, font))
    p.add(("left", f"{back(font)}  " + ("payment details" if lower else "Credit Card Bill Payment")))
    p.add(("gap",))
    p.add(("title", words(rng, CC_WORDS[kind], outcome)), status=outcome)
    p.add(("big", rs(amount)), keep=True)
    p.add(("pair", "paid to" if lower else "Paid to", payee), merchant=(1, payee))
    p.add(("pair", "card" if lower else "Card", f"XXXX XXXX XXXX {last}"))
    p.add(("pair", "total due" if lower else "Total Due", rs(due_sum)))
    p.add(("pair", "minimum due" if lower else "Minimum Due", rs(min_due)))
    p.add(("pair", "due date" if lower else "Due Date", when(due_day, "%d %b %Y")))
    if outcome == "pending":
        p.para(
            "small",
            "your bank has debited the amount. it may take up to 2 working days to reflect on your card."
            if lower
            else "Amount debited. It may take up to 2 working days to reflect on your card.",
            status="pending",
        )
    p.add(("rule",))
    rows: list = [(("pair", "paid on" if lower else "Date & Time", moment(rng, d)), {"date": d})]
    src_bank = rng.choice(list(BANKS))
    rows.append((("pair", "paid from" if lower else "Debited from", f"{src_bank} XX{digits(rng, 4)}"), {}))
    via = rng.choice(["UPI", "UPI", "Net Banking"]) if kind != "bank" else "Net Banking"
    rows.append(
        (
            ("pair", "payment method" if lower else "Payment Mode", via),
            {"method": (SAID, "UPI" if via == "UPI" else "netbanking")},
        )
    )
    if via == "UPI" and outcome != "failed":
        ref = utr(rng, d)
        label = "UTR" if rng.random() < 0.5 else ("upi reference" if lower else "UPI Ref No")
        rows.append((("pair", label, ref), {"txn": (UTR if label == "UTR" else UPIREF, ref)}))
    if kind == "cred":
        cid = f"CRED{digits(rng, 14)}"
    elif kind == "phonepe":
        cid = phonepe_id(rng, d)
    else:
        cid = digits(rng, 12)
    rows.append((("pair", "transaction id" if lower else "Transaction ID", cid), {"txn": (TXN, cid)}))
    shuffled(rng, p, rows)
    if outcome == "success" and kind == "cred":
        p.add(("small", f"you earned {rng.randrange(200, 9000):,} CRED coins"))
    if outcome == "success" and rng.random() < 0.4:
        p.add(("small", f"cashback of {rs(rupees(rng, 5, 100, p_round=1.0))} will be credited in 48 hrs"))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 8 a loan EMI repayment's web receipt

LENDERS = [
    "Bajaj Finance Ltd",
    "Tata Capital Ltd",
    "HDB Financial Services",
    "Home Credit India",
    "Muthoot Finance",
    "L&T Finance",
    "Hero FinCorp",
    "IIFL Finance",
]


def loan_emi(rng: random.Random, font: str):
    lender = rng.choice(LENDERS)
    d = day(rng)
    slug = lender.split()[0].lower().replace("&", "")
    style = {
        "screen": True,
        "paper": (255, 255, 255),
        "ink": (30, 32, 38),
        "label_ink": (96, 100, 110),
        "width": 700,
        "size": 18,
        "accent": (0, 70, 140),
    }
    style["h93"] = {
        "frame": {
            "kind": "browser",
            "tab": f"{lender.split()[0]} - Pay EMI",
            "url": f"https://www.{slug}.com/quick-pay/receipt",
        }
    }
    p = Page(font, style)
    rs = Rs(rng, font, marks=("₹", "Rs.", "INR"))
    emi = rupees(rng, 900, 28000, p_round=0.4)
    charges = rng.choice([0.0, 0.0, 0.0, 350.0, 590.0])
    amount = round(emi + charges, 2)
    outcome = pick(rng, {"success": 0.7, "pending": 0.15, "failed": 0.15})
    p.add(("title", lender), merchant=(1, lender))
    p.add(("center", "EMI Payment Receipt" if outcome == "success" else "EMI Payment Status"))
    p.add(
        (
            "center",
            {"success": "Payment Successful", "pending": "Payment Pending", "failed": "Payment Failed"}[
                outcome
            ],
        ),
        status=outcome,
    )
    p.add(("rule",))
    p.add(
        (
            "pair",
            rng.choice(["Loan Account Number", "Loan A/c No"]),
            f"{code(rng, 4, UPPER)}{digits(rng, 11)}",
        )
    )
    p.add(("pair", "Customer Name", rng.choice(PAYERS)))
    p.add(("pair", "EMI Amount", rs(emi)))
    if charges:
        p.add(("pair", rng.choice(["Bounce Charges", "Overdue Charges"]), rs(charges)))
    p.add(("pair", "Total Amount Paid" if outcome == "success" else "Total Amount", rs(amount)), keep=True)
    p.add(("pair", "EMI Due Date", when(dt.date.fromordinal(d.toordinal() - rng.randint(0, 9)), "%d/%m/%Y")))
    p.add(
        ("pair", "Next EMI Date", when(dt.date.fromordinal(d.toordinal() + rng.randint(20, 35)), "%d/%m/%Y"))
    )
    p.add(("pair", "Principal Outstanding", rs(rupees(rng, 20000, 400000))))
    p.add(("rule",))
    p.add(("pair", "Payment Date", f"{when(d, rng.choice(PAPER_PATS))} {hhmm(rng)}"), date=d)
    way, shown_way = rng.choice([("UPI", "UPI"), ("netbanking", "Net Banking"), ("card", "Debit Card")])
    p.add(("pair", "Payment Mode", shown_way), method=(SAID, way))
    pid = f"pay_{code(rng, 14, 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789')}"
    if rng.random() < 0.5:
        p.add(("pair", "Payment ID", pid), txn=(TXN, pid))
    if outcome != "failed":
        ref = utr(rng, d) if way == "UPI" else digits(rng, 12)
        p.add(
            ("pair", "Bank Reference No" if way != "UPI" else "UPI Ref No", ref),
            txn=(BANKREF if way != "UPI" else UPIREF, ref),
        )
    rec = f"RCPT{digits(rng, 10)}"
    if outcome == "success":
        p.add(("pair", "Receipt No", rec), txn=(BILL, rec))
    if not any(facts.get("txn") for _, facts in p.rows):
        p.add(("pair", "Payment ID", pid), txn=(TXN, pid))
    p.add(("gap",))
    p.para(
        "small",
        "The payment will be updated in your loan account within 2 working days. Please keep this "
        "receipt for your records.",
    )
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 9 an insurance premium's receipt, printed

INSURERS = [
    "LIC of India",
    "HDFC Life Insurance",
    "SBI Life Insurance",
    "Star Health and Allied Insurance",
    "ICICI Lombard General Insurance",
    "Max Life Insurance",
    "Tata AIA Life Insurance",
    "Niva Bupa Health Insurance",
]


def premium(rng: random.Random, font: str):
    insurer = rng.choice(INSURERS)
    d = day(rng)
    style = {
        "paper": (251, 250, 245),
        "ink": (22, 22, 30),
        "label_ink": (60, 60, 70),
        "width": rng.choice([640, 680]),
        "size": 17,
        "h93": {"frame": lying_frame(rng)},
    }
    p = Page(font, style)
    rs = Rs(rng, font, marks=("Rs.", "Rs", "INR"), groupings=("indian", "indian", "plain"))
    base = rupees(rng, 1800, 48000, p_round=0.3)
    gst = round(base * rng.choice([0.18, 0.045, 0.0225]), 2)
    late = rng.choice([0.0, 0.0, 0.0, rupees(rng, 20, 300)])
    amount = round(base + gst + late, 2)
    p.add(("title", insurer), merchant=(1, insurer))
    p.add(
        ("center", rng.choice(["Premium Paid Acknowledgement", "Renewal Premium Receipt", "Premium Receipt"]))
    )
    p.add(("rule",))
    p.add(("pair", "Policy Number", digits(rng, rng.choice([9, 10, 12]))))
    p.add(("pair", "Policy Holder", rng.choice(PAYERS)))
    p.add(
        (
            "pair",
            "Plan",
            rng.choice(
                [
                    "Jeevan Anand (915)",
                    "Click 2 Protect Super",
                    "Smart Shield",
                    "Family Health Optima",
                    "Complete Health Insurance",
                    "Term Plus",
                ]
            ),
        )
    )
    due = dt.date.fromordinal(d.toordinal() - rng.randint(0, 25))
    p.add(("pair", "Premium Due Date", when(due, "%d/%m/%Y")))
    p.add(("pair", "Mode", rng.choice(["Yearly", "Half-Yearly", "Quarterly", "Monthly"])))
    p.add(("pair", "Premium", rs(base)))
    p.add(("pair", "GST", rs(gst)))
    if late:
        p.add(("pair", "Late Fee", rs(late)))
    p.add(("pair", "Total Premium Paid", rs(amount)), keep=True)
    p.add(("pair", "Next Due Date", when(dt.date(due.year + 1, due.month, min(due.day, 28)), "%d/%m/%Y")))
    p.add(("rule",))
    p.add(("pair", "Date of Payment", when(d, rng.choice(PAPER_PATS))), date=d)
    way, shown_way = rng.choice(
        [("UPI", "UPI"), ("netbanking", "Net Banking"), ("card", "Credit Card"), ("card", "Debit Card")]
    )
    p.add(("pair", "Payment Mode", shown_way), method=(SAID, way))
    tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
    p.add(("pair", rng.choice(["Transaction ID", "Txn ID"]), tid), txn=(TXN, tid))
    if rng.random() < 0.5:
        rec = digits(rng, 9)
        p.add(("pair", "Receipt No", rec), txn=(BILL, rec))
    p.add(("pair", "Status", rng.choice(["Success", "Paid", "Received"])), status="success")
    p.add(("gap",))
    p.para(
        "small",
        "Premium paid is eligible for deduction under section 80C / 80D of the Income Tax Act, "
        "subject to conditions. This receipt is valid subject to realisation.",
    )
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 10 a municipal property tax e-receipt

CORPS = [
    ("Bruhat Bengaluru Mahanagara Palike", "bbmptax.karnataka.gov.in", "PID"),
    ("Municipal Corporation of Greater Mumbai", "ptaxportal.mcgm.gov.in", "Property Account No"),
    ("Greater Hyderabad Municipal Corporation", "ghmc.gov.in", "PTIN"),
    ("Pune Municipal Corporation", "propertytax.punecorporation.org", "Property Code"),
    ("Greater Chennai Corporation", "chennaicorporation.gov.in", "Assessment No"),
    ("Municipal Corporation of Delhi", "mcdonline.nic.in", "Property ID"),
    ("Ahmedabad Municipal Corporation", "ahmedabadcity.gov.in", "Tenement No"),
    ("Lucknow Nagar Nigam", "lmc.up.nic.in", "House Tax No"),
]


def property_tax(rng: random.Random, font: str):
    corp, site, ident = rng.choice(CORPS)
    d = day(rng)
    style = {
        "screen": True,
        "paper": (255, 255, 255),
        "ink": (24, 26, 32),
        "label_ink": (80, 84, 94),
        "width": 720,
        "size": 17,
        "accent": (120, 30, 30),
    }
    style["h93"] = {
        "frame": {"kind": "browser", "tab": "Property Tax e-Receipt", "url": f"https://{site}/receipt"}
    }
    p = Page(font, style)
    rs = Rs(rng, font, marks=("Rs.", "Rs", "INR"))
    tax = rupees(rng, 900, 42000, p_round=0.4)
    cess = round(tax * 0.24, 2)
    rebate = round((tax + cess) * 0.05, 2) if rng.random() < 0.5 else 0.0
    penalty = 0.0 if rebate else rng.choice([0.0, round(tax * 0.02, 2)])
    amount = round(tax + cess - rebate + penalty, 2)
    outcome = pick(rng, {"success": 0.8, "pending": 0.2})
    year = d.year if d.month >= 4 else d.year - 1
    p.add(("title" if p.fits(corp, "title") else "center", corp), merchant=(1, corp))
    p.add(("center", f"Property Tax Receipt {year}-{(year + 1) % 100:02d}"))
    p.add(("rule",))
    p.add(
        (
            "pair",
            ident,
            f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 3)}" if rng.random() < 0.5 else digits(rng, 11),
        )
    )
    p.add(("pair", "Owner Name", rng.choice(PAYERS)))
    p.add(
        (
            "pair",
            "Ward",
            f"{rng.randrange(1, 199)} - {rng.choice(['Jayanagar', 'Andheri West', 'Kukatpally', 'Kothrud', 'Adyar', 'Rohini', 'Navrangpura', 'Gomti Nagar'])}",
        )
    )
    p.add(("pair", "Financial Year", f"{year}-{(year + 1) % 100:02d}"))
    p.add(("pair", "Property Tax", rs(tax)))
    p.add(("pair", "Cess", rs(cess)))
    if rebate:
        p.add(("pair", "Rebate (5% early payment)", rs(rebate, "-")))
        p.add(("small", f"Rebate available for payment on or before 30/04/{year}"))
    if penalty:
        p.add(("pair", "Penalty", rs(penalty)))
    p.add(("pair", "Total Amount Paid", rs(amount)), keep=True)
    p.add(("rule",))
    p.add(("pair", "Payment Date", f"{when(d, '%d/%m/%Y')} {hhmm(rng, twelve=False)}"), date=d)
    way, shown_way = rng.choice(
        [("UPI", "UPI"), ("netbanking", "Net Banking"), ("card", "Debit Card"), ("card", "Credit Card")]
    )
    p.add(("pair", "Payment Mode", shown_way), method=(SAID, way))
    ref = f"{rng.choice(['SBI', 'HDF', 'CIT', 'IGA'])}{digits(rng, 10)}"
    p.add(("pair", rng.choice(["Bank Ref No", "Bank Reference"]), ref), txn=(BANKREF, ref))
    chal = f"{d.year}{digits(rng, 8)}"
    p.add(("pair", rng.choice(["Challan No", "Receipt No"]), chal), txn=(BILL, chal))
    p.add(("pair", "Payment Status", {"success": "Success", "pending": "Pending"}[outcome]), status=outcome)
    if outcome == "pending":
        p.para(
            "small",
            "Your payment is awaiting confirmation from the bank. The receipt will be generated "
            "once it is confirmed.",
        )
    p.add(("gap",))
    p.para("small", "This is a computer generated receipt and does not need a signature.")
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 11 an SMS thread


def sms_thread(rng: random.Random, font: str):
    style = look(rng, (30, 110, 80), p_dark=0.3, p_soft=0.5)
    p = Page(font, style)
    d = day(rng)
    kind = rng.choice(["bank", "bank", "operator"])
    bank = rng.choice(list(BANKS))
    short, _, sender = BANKS[bank]
    op = rng.choice(PREPAID + ["Tata Play", "BESCOM", "MSEDCL", "Airtel Postpaid"])
    amount = rupees(rng, 99, 3500, p_round=0.6)
    p.add(bar(rng, font))
    if kind == "bank":
        p.add(("left", f"{back(font)}  {rng.choice(['AD-', 'VM-', 'JD-', 'BZ-'])}{sender}"))
        p.add(("small", "Transactional"))
        old = dt.date.fromordinal(d.toordinal() - rng.randint(2, 20))
        p.add(("small", when(old, "%a, %d %b")))
        p.para(
            "left",
            f"Rs.{amount + rupees(rng, 10, 900):.2f} credited to A/c XX{digits(rng, 4)} on "
            f"{when(old, '%d-%m-%y')} by NEFT. Avl Bal Rs.{rupees(rng, 1000, 90000):.2f} -{short}",
        )
        p.add(("gap",))
        stamp = d if rng.random() < 0.6 else dt.date.fromordinal(d.toordinal() + 1)
        p.add(("small", when(stamp, "%a, %d %b") + "  " + hhmm(rng)))
        ref = utr(rng, d)
        name = op.upper()
        p.para(
            "left",
            f"A/c XX{digits(rng, 4)} debited by Rs.{amount:.2f} on {when(d, rng.choice(SMS_PATS))}",
            date=d,
            keep=True,
            status="success",
        )
        p.add(("left", f"trf to {name}"), merchant=(1, name))
        p.add(("left", f"UPI Ref no {ref}."), txn=(UPIREF, ref), method=(SAID, "UPI"))
        p.para("left", f"Not you? Call 1800{digits(rng, 6)} -{short}")
    else:
        op = rng.choice(PREPAID)
        senders = {
            "Jio Prepaid": "JX-JIOPAY",
            "Airtel Prepaid": "VM-AIRTEL",
            "Vi Prepaid": "AD-VICARE",
            "BSNL Prepaid": "BP-BSNLIN",
        }
        amount = rng.choice(PLANS)[0]
        p.add(("left", f"{back(font)}  {senders[op]}"))
        old = dt.date.fromordinal(d.toordinal() - rng.randint(1, 4))
        p.add(("small", when(old, "%d %b") + "  " + hhmm(rng)))
        p.para(
            "left",
            f"Your plan expires on {when(old + dt.timedelta(days=1), '%d-%b-%y')}. Recharge now to "
            "enjoy uninterrupted services.",
        )
        p.add(("gap",))
        p.add(("small", when(d, "%d %b") + "  " + hhmm(rng)))
        status = rng.choice(["success", "pending", "failed"])
        head = {"success": "Recharge successful", "pending": "Recharge pending", "failed": "Recharge failed"}[
            status
        ]
        p.add(("left", f"{head}!"), status=status)
        p.add(("left", f"Operator: {op}"), merchant=(1, op))
        p.add(("left", f"Amount: Rs.{amount:.2f}"), keep=True)
        p.add(("left", f"Number: {masked_mobile(rng)}"))
        p.add(("left", f"Date: {when(d, rng.choice(SMS_PATS))}"), date=d)
        if status == "success":
            p.add(
                (
                    "left",
                    f"Validity: till {when(d + dt.timedelta(days=rng.choice([28, 56, 84])), '%d-%b-%y')}",
                )
            )
        tid = f"{code(rng, 2, UPPER)}{digits(rng, 12)}"
        p.add(("left", f"Txn ID: {tid}"), txn=(TXN, tid))
        if status == "pending":
            p.para(
                "left",
                "Amount debited; the recharge will be done within 24 hrs or refunded.",
                status="pending",
            )
    p.add(("gap",))
    p.add(("left", "Text message"))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 12 a wallet app's bill payment

WALLET_BILLERS = [
    "Mahanagar Gas Ltd",
    "Indraprastha Gas Ltd",
    "Adani Total Gas",
    "Delhi Jal Board",
    "BESCOM",
    "Tata Power - Mumbai",
    "Adani Electricity Mumbai",
    "Hathway Broadband",
    "Airtel Xstream Fiber",
    "TPDDL",
]
WALLET_WORDS = {
    "Amazon Pay": {
        "success": ["Payment successful", "Bill paid successfully"],
        "pending": ["Payment pending"],
        "failed": ["Payment failed"],
        "refunded": ["Refund processed"],
    },
    "MobiKwik": {
        "success": ["Payment Successful", "Bill Paid Successfully"],
        "pending": ["Payment Pending"],
        "failed": ["Payment Failed"],
        "refunded": ["Refund Processed"],
    },
}


def wallet_bill(rng: random.Random, font: str):
    app = rng.choice(["Amazon Pay", "MobiKwik"])
    style = look(rng, APPS[app], p_dark=0.1)
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.2)
    d = day(rng)
    biller = rng.choice(WALLET_BILLERS)
    bill = rupees(rng, 220, 5400, p_round=0.2)
    outcome = pick(rng, {"success": 0.6, "pending": 0.15, "failed": 0.12, "refunded": 0.13})
    cash = rupees(rng, 10, 150, p_round=1.0)
    p.add(bar(rng, font))
    p.add(("left", f"{back(font)}  " + ("Order Details" if app == "Amazon Pay" else "Transaction Details")))
    p.add(("title", words(rng, WALLET_WORDS[app], outcome)), status=outcome)
    p.add(("big", rs(bill)), keep=True)
    p.add(("pair", rng.choice(["Biller", "Paid to"]), biller), merchant=(1, biller))
    p.add(("small", rng.choice(["Piped Gas bill", "Electricity bill", "Water bill", "Broadband bill"])))
    p.add(
        (
            "pair",
            rng.choice(["Consumer Number", "CA Number", "Customer ID"]),
            digits(rng, rng.choice([9, 10, 12])),
        )
    )
    p.add(("pair", "Due date", when(dt.date.fromordinal(d.toordinal() + rng.randint(1, 14)), "%d %b %Y")))
    p.add(("rule",))
    rows: list = [(("pair", rng.choice(["Paid on", "Date"]), moment(rng, d)), {"date": d})]
    if app == "Amazon Pay":
        oid = f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"
        rows.append((("pair", "Order #", oid), {"txn": (ORDER, oid)}))
        way = rng.choice(["wallet", "UPI", "card"])
        shown_way = {
            "wallet": "Amazon Pay Balance",
            "UPI": f"UPI ({rng.choice(list(BANKS))})",
            "card": f"Amazon Pay ICICI Credit Card ending {digits(rng, 4)}",
        }[way]
    else:
        tid = f"MBK{digits(rng, 14)}"
        rows.append((("pair", "Transaction ID", tid), {"txn": (TXN, tid)}))
        way = rng.choice(["wallet", "UPI"])
        shown_way = {"wallet": "MobiKwik Wallet", "UPI": "MobiKwik UPI"}[way]
    rows.append((("pair", "Paid using", shown_way), {"method": (SAID, way)}))
    if outcome in ("success", "refunded"):
        bc = bbps(rng, d)
        rows.append((("pair", rng.choice(["Bharat BillPay Ref", "BBPS Ref No"]), bc), {"txn": (BANKREF, bc)}))
    shuffled(rng, p, rows)
    if outcome == "success" and rng.random() < 0.7:
        word = "cashback" if app == "Amazon Pay" else "SuperCash"
        p.add(("small", f"{rs(cash)} {word} will be credited within 3 days"))
    if way == "wallet":
        p.add(("pair", f"{app if app == 'MobiKwik' else 'Amazon Pay'} balance", rs(rupees(rng, 5, 4000))))
    if outcome == "refunded":
        back_day = dt.date.fromordinal(d.toordinal() + rng.randint(1, 5))
        p.para(
            "small",
            f"The biller could not accept this payment. {rs(bill)} was refunded on "
            f"{when(back_day, '%d %b %Y')}.",
        )
    if outcome == "pending":
        p.para(
            "small",
            "Amount debited. Confirmation from the biller awaited; it may take up to 48 hours.",
            status="pending",
        )
    p.add(("gap",))
    p.add(("center", "Bharat BillPay" + ("  ·  Need help?" if has_glyph(font, "·") else "")))
    return p.out(), p.truth(bill, "INR"), style
