"""The twelve heldout94 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: India's newer UPI features and the pages they
produce, as buyers upload them as proof of payment: a UPI Lite payment (no PIN, the Lite balance), a UPI AutoPay
mandate's creation with its first payment or a mandate's debit, a RuPay credit card paid through UPI, a
pre-sanctioned credit line on UPI, a UPI 123PAY SMS photographed on a feature phone, a UPI International payment
abroad (the foreign sum, the rupees debited and the markup), a UPI Circle delegate's payment (approved, declined,
waiting or done within a limit), a Tap & Pay or Hello UPI voice payment, an e-RUPI voucher redeemed, a UPI-ATM
cash withdrawal slip or screen, a split bill paid or a collect request, and a merchant's POS printout or
business app for a UPI QR payment (Paytm, PhonePe, BharatPe, Pine Labs).

Every page is a ``heldout93_families.Page`` of rows, each row carrying the facts it prints (the payee, the day
paid, an id with its rank, a way to pay with its rank, an outcome, the sum: ``keep``); the truth is read from
the rows on the page. ``compose`` draws a page with ``heldout14_render.render`` and then its frame
(``style["h94"]``): a slip lying on a counter (heldout93's) or a feature phone's body round its small screen.
"""

from __future__ import annotations

import datetime as dt
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.receipt_sets.heldout14_render import render as base_render
from bench.receipt_sets.heldout14_values import code, day, digits
from bench.receipt_sets.heldout86_families import (
    BANKS,
    PAYERS,
    PEOPLE,
    SHOPS,
    Rs,
    handle,
    hhmm,
    mobile,
    phonepe_id,
    rupees,
    shop_handle,
    utr,
    when,
)
from bench.receipt_sets.heldout93_families import (
    FRAMES as H93_FRAMES,
)
from bench.receipt_sets.heldout93_families import (
    HEXLOW,
    SLIP,
    Page,
    back,
    face,
    has_glyph,
    look,
    lying_frame,
    pick,
    tick,
)

# the rank of an id's kind, as README "Receipt fields" orders the families: a UTR, then a UPI reference, then an
# RRN, then a bank's reference, a transaction's id, an approval code, an order's, a bill's or slip's own number
UTR, UPIREF, RRN, BANKREF, TXN, APPR, ORDER, BILL = 8, 7, 6, 5, 4, 3, 2, 1
# the rank of a way to pay's evidence: a line that names the way paid beats the app or feature the page belongs
# to, which beats a keyword (a payee's UPI id, Powered by UPI)
SAID, APP, KEYWORD = 3, 2, 1
PAYEE = (1,)

SCREEN_PATS = [
    "%d %b %Y",
    "{d} %b %Y",
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%b {d}, %Y",
    "{d} %B %Y",
    "%d-%b-%Y",
    "%d %b, %Y",
]
SLIP_PATS = ["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y", "%d-%m-%y", "%d%b%y"]

APPS = {
    "PhonePe": (95, 37, 159),
    "Google Pay": (26, 115, 232),
    "Paytm": (0, 46, 110),
    "BHIM": (0, 105, 62),
    "CRED": (30, 30, 30),
    "Amazon Pay": (35, 47, 62),
    "Navi": (20, 90, 200),
    "MobiKwik": (0, 84, 166),
    "iMobile Pay": (174, 40, 46),
    "PayZapp": (0, 76, 143),
    "YONO SBI": (40, 60, 160),
    "super.money": (90, 40, 200),
    "Kiwi": (16, 140, 96),
}
BANK_NAMES = list(BANKS)


def moment(rng: random.Random, d: dt.date, pats: list[str] | None = None) -> str:
    """A day and time the way UPI apps print them."""
    date = when(d, rng.choice(pats or SCREEN_PATS))
    t = hhmm(rng, twelve=rng.random() < 0.75, lower=rng.random() < 0.3)
    return rng.choice([f"{date}, {t}", f"{t} on {date}", f"{date} at {t}", f"{date} | {t}", f"{date} {t}"])


def later(d: dt.date, rng: random.Random, low: int = 1, high: int = 40) -> dt.date:
    return d + dt.timedelta(days=rng.randint(low, high))


def earlier(d: dt.date, rng: random.Random, low: int = 1, high: int = 40) -> dt.date:
    return d - dt.timedelta(days=rng.randint(low, high))


def acct(rng: random.Random, bank: str | None = None) -> str:
    bank = bank or rng.choice(BANK_NAMES)
    return rng.choice(
        [
            f"{BANKS[bank][0]} XX{digits(rng, 4)}",
            f"{BANKS[bank][0]} - {digits(rng, 4)}",
            f"{bank} ••{digits(rng, 4)}" if rng.random() < 0.5 else f"{bank} XXXX{digits(rng, 4)}",
        ]
    )


def bar(rng: random.Random, font: str) -> tuple:
    """A phone's status bar: the time, the network and the battery (no day)."""
    dots = " \u2022\u2022" if has_glyph(font, "\u2022") and rng.random() < 0.4 else ""
    network = rng.choice(["Vo LTE", "4G", "5G", "LTE", "Wi-Fi"])
    return (
        "small",
        f"{hhmm(rng, twelve=False)}{dots}        {network}  "
        f"{rng.choice(['Jio', 'Airtel', 'Vi', 'BSNL', ''])}  {rng.randrange(9, 100)}%",
    )


def rupee_word(rs: Rs) -> str:
    return "₹" if rs.mark == "₹" else "Rs."


def umn(rng: random.Random) -> str:
    """A UPI mandate's unique mandate number: hex, then the payer app's handle."""
    return (
        "".join(rng.choice(HEXLOW) for _ in range(32))
        + "@"
        + rng.choice(["ybl", "axl", "okhdfcbank", "paytm", "oksbi", "ibl", "icici"])
    )


def psp_id(rng: random.Random) -> str:
    """A payer app's UPI transaction id as a slip prints it: the PSP's letters, then hex in capitals."""
    return rng.choice(["AXI", "YBL", "ICI", "SBI", "PTM", "HDF"]) + "".join(
        rng.choice("0123456789ABCDEF") for _ in range(25)
    )


def order_ref(rng: random.Random) -> str:
    return rng.choice(
        [
            f"ORD{digits(rng, 10)}",
            f"{code(rng, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(rng, 9)}",
            f"OD{digits(rng, 15)}",
        ]
    )


# ---------------------------------------------------------------- 1 a UPI Lite payment

LITE_WORDS = {
    "success": ["Payment Successful", "Paid Successfully", "Payment successful", "Paid"],
    "failed": ["Payment Failed", "Payment failed", "Payment declined"],
    "pending": ["Payment Pending", "Payment processing", "Processing"],
}
LITE_NOTES = {
    "failed": [
        "Insufficient UPI Lite balance. Add money to UPI Lite and try again.",
        "Your UPI Lite balance is too low for this payment. No money was deducted.",
    ],
    "pending": [
        "Waiting for confirmation from the bank. Please do not pay again.",
        "This may take a few minutes. We will update you.",
    ],
}


def upi_lite(rng: random.Random, font: str):
    app = rng.choice(["PhonePe", "Paytm", "Google Pay", "BHIM", "MobiKwik", "Navi", "iMobile Pay"])
    style = look(rng, APPS[app])
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.4)
    d, amount = day(rng), rupees(rng, 8, 500)
    payee = rng.choice(SHOPS + PEOPLE)
    outcome = pick(rng, {"success": 0.6, "failed": 0.25, "pending": 0.15})
    before = (
        round(amount + rupees(rng, 20, 1500), 2)
        if outcome != "failed"
        else round(amount * rng.uniform(0.1, 0.8), 2)
    )
    after = round(before - amount, 2) if outcome == "success" else before
    p.add(bar(rng, font))
    p.add(
        ("left", f"{back(font)}  UPI Lite" + rng.choice(["", f" · {app}", " Payment"])), method=(APP, "UPI")
    )
    if rng.random() < 0.5:
        p.add(("pair", rng.choice(["UPI Lite balance", "Lite balance", "Balance in UPI Lite"]), rs(after)))
    p.add(("gap",))
    p.add(
        (
            "title",
            f"{tick(font) + ' ' if outcome == 'success' and tick(font) else ''}"
            f"{rng.choice(LITE_WORDS[outcome])}".strip(),
        ),
        status=outcome,
    )
    p.add(("big", rs(amount)), keep=True)
    to = rng.choice(["Paid to", "To"]) if outcome == "success" else "To"
    if rng.random() < 0.5:
        p.add(("center", f"{to} {payee}"), merchant=(1, payee))
    else:
        p.add(("pair", to, payee), merchant=(1, payee))
    p.add(
        ("small", handle(rng, payee) if payee in PEOPLE else shop_handle(rng, payee)), method=(KEYWORD, "UPI")
    )
    if outcome in LITE_NOTES:
        p.para("small", rng.choice(LITE_NOTES[outcome]), status=outcome)
    p.add(("rule",))
    ref = utr(rng, d)
    rows = [
        (
            (
                "pair",
                rng.choice(["Paid from", "Payment source", "Debited from", "Paid using"]),
                rng.choice(["UPI Lite", "UPI Lite Balance", "UPI LITE"]),
            ),
            {"method": (SAID, "UPI")},
        ),
        (
            ("pair", rng.choice(["Date & Time", "Paid on", "Date", "Transaction date"]), moment(rng, d)),
            {"date": d},
        ),
        (
            (
                "pair",
                rng.choice(["UPI Ref No", "UPI Ref. No.", "UPI Reference No", "UPI transaction ID"]),
                ref,
            ),
            {"txn": (UPIREF, ref)},
        ),
    ]
    if rng.random() < 0.5:
        own = phonepe_id(rng, d) if app == "PhonePe" else f"{digits(rng, 5)}{digits(rng, 9)}"
        rows.append((("pair", "Transaction ID", own), {"txn": (TXN, own)}))
    rows.append(
        (
            (
                "pair",
                rng.choice(["Lite balance after", "Balance after payment", "Remaining Lite balance"]),
                rs(after),
            ),
            {},
        )
    )
    if rng.random() < 0.6:
        top, when_top = rupees(rng, 200, 2000, p_round=1.0), earlier(d, rng, 1, 25)
        rows.append((("pair", "Last top-up", f"{rs(top)} on {when(when_top, rng.choice(SCREEN_PATS))}"), {}))
    if rng.random() < 0.5:
        rows.append(
            (
                (
                    "pair",
                    "Auto top-up",
                    f"{rs(rng.choice([500.0, 1000.0, 2000.0]))} when below {rs(rng.choice([100.0, 200.0, 300.0]))}",
                ),
                {},
            )
        )
    head, tail = rows[:3], rows[3:]
    rng.shuffle(head)
    for row, facts in head + tail:
        p.add(row, **facts)
    p.add(("gap",))
    p.para("small", f"No UPI PIN needed for payments up to {rupee_word(rs)}1,000 from UPI Lite")
    if rng.random() < 0.5:
        p.add(("small", "Powered by UPI"), method=(KEYWORD, "UPI"))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 2 a UPI AutoPay mandate: created, or debited

MANDATES = [
    ("Groww", "SIP · Parag Parikh Flexi Cap Fund", (500, 10000), "Monthly"),
    ("Zerodha Broking Ltd", "Coin SIP · Nifty 50 Index Fund", (1000, 15000), "Monthly"),
    ("Jar", "Daily Savings in Digital Gold", (10, 101), "Daily"),
    ("Bajaj Finance Ltd", "EMI · Loan A/c 4FR3P01234567", (1200, 9000), "Monthly"),
    ("LIC of India", "Premium · Policy 912345678", (1500, 12000), "Quarterly"),
    ("Tata Play", "DTH Recharge · Sub ID 1098765432", (199, 899), "Monthly"),
    ("cult.fit", "cultpass ELITE", (999, 2499), "Monthly"),
    ("NoBroker Technologies", "Rent · Flat 402, Green Residency", (8000, 35000), "Monthly"),
    ("Swiggy Ltd", "Swiggy One membership", (99, 299), "Quarterly"),
    ("HDFC Life Insurance", "Premium · Click 2 Protect", (900, 6000), "Monthly"),
    ("Airtel Xstream Fiber", "Broadband plan", (499, 1499), "Monthly"),
    ("Bennett Coleman & Co", "The Times of India e-paper", (99, 399), "Monthly"),
]
AUTOPAY_WORDS = {
    "setup": {
        "success": ["AutoPay set up successfully", "Mandate created successfully", "AutoPay is active"],
        "failed": ["AutoPay setup failed", "Mandate creation failed"],
        "pending": ["AutoPay setup pending", "Mandate creation in progress"],
    },
    "debit": {
        "success": ["AutoPay payment successful", "Payment Successful", "AutoPay debit successful"],
        "failed": ["AutoPay payment failed", "AutoPay debit failed"],
        "pending": ["AutoPay payment pending", "Payment processing"],
    },
}


def autopay(rng: random.Random, font: str):
    app = rng.choice(["PhonePe", "Google Pay", "Paytm", "BHIM", "iMobile Pay", "Amazon Pay", "YONO SBI"])
    style = look(rng, APPS[app])
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.5)
    d = day(rng)
    merchant, purpose, (low, high), freq = rng.choice(MANDATES)
    amount = rupees(rng, low, high, p_round=0.7)
    cap = float(
        rng.choice(
            [x for x in (99, 199, 500, 999, 2000, 5000, 10000, 15000, 25000, 50000) if x > amount * 1.2]
            or [round(amount * 2, -2)]
        )
    )
    kind = "setup" if rng.random() < 0.4 else "debit"
    outcome = pick(rng, {"success": 0.6, "failed": 0.25, "pending": 0.15})
    step = {"Daily": 1, "Monthly": rng.choice([28, 30, 31]), "Quarterly": rng.choice([90, 91, 92])}[freq]
    nxt = d + dt.timedelta(days=step)
    p.add(bar(rng, font))
    p.add(
        (
            "left",
            f"{back(font)}  " + rng.choice(["UPI AutoPay", "AutoPay", "Manage AutoPay", "AutoPay details"]),
        ),
        method=(APP, "UPI"),
    )
    p.add(("gap",))
    p.add(("title", rng.choice(AUTOPAY_WORDS[kind][outcome])), status=outcome)
    ref = utr(rng, d)
    mandate_id = umn(rng)
    if kind == "setup":
        p.add(("center", rng.choice(["First payment", "Paid now", "First debit"])))
        p.add(("big", rs(amount)), keep=True)
        p.add(("pair", rng.choice(["Merchant", "Payee", "Mandate to"]), merchant), merchant=(1, merchant))
        p.add(("small", purpose))
        p.add(("rule",))
        rows = [
            ("pair", rng.choice(["Maximum amount", "Max debit limit", "Debit up to"]), rs(cap)),
            ("pair", "Frequency", rng.choice([freq, f"{freq} (as presented)"])),
            ("pair", rng.choice(["Start date", "Starts on"]), when(d, rng.choice(SCREEN_PATS))),
            (
                "pair",
                rng.choice(["Valid till", "End date", "Expires on"]),
                when(later(d, rng, 365, 365 * 5), rng.choice(SCREEN_PATS)),
            ),
        ]
        for row in rows:
            p.add(row)
        if outcome == "success":
            p.add(
                (
                    "pair",
                    rng.choice(["Next debit on", "Next payment", "Next debit date"]),
                    when(nxt, rng.choice(SCREEN_PATS)),
                )
            )
        p.add(("pair", rng.choice(["Created on", "Set up on", "Paid on"]), moment(rng, d)), date=d)
    else:
        p.add(("big", rs(amount)), keep=True)
        p.add(("center", f"{'Paid to' if outcome == 'success' else 'To'} {merchant}"), merchant=(1, merchant))
        p.add(("small", purpose))
        if outcome == "failed":
            retry = later(d, rng, 1, 3)
            p.para(
                "small",
                rng.choice(
                    [
                        f"Insufficient balance. We will retry on {when(retry, '%d %b %Y')}.",
                        f"Debit failed at your bank. Next attempt on {when(retry, '{d} %b')}. Keep funds in your account.",
                    ]
                ),
            )
        if outcome == "pending":
            p.para("small", "Your bank is processing this debit. Status will be updated within 24 hours.")
        p.add(("rule",))
        p.add(
            ("pair", rng.choice(["Debited on", "Paid on", "Date & time", "Executed on"]), moment(rng, d)),
            date=d,
        )
        p.add(("pair", rng.choice(["Mandate", "AutoPay limit"]), f"{freq} · up to {rs(cap)}"))
        if rng.random() < 0.7:
            p.add(
                (
                    "pair",
                    rng.choice(["Next debit on", "Next due date", "Next AutoPay"]),
                    when(nxt, rng.choice(SCREEN_PATS)),
                )
            )
        if rng.random() < 0.4:
            p.add(("pair", "Pre-debit alert sent", when(d - dt.timedelta(days=1), rng.choice(SCREEN_PATS))))
    p.add(("pair", rng.choice(["UMN", "Mandate ID", "Unique Mandate No."]), mandate_id))
    label = rng.choice(["UPI Ref No", "UTR", "UPI Ref. No.", "UTR No."])
    p.add(("pair", label, ref), txn=(UTR if label.startswith("UTR") else UPIREF, ref))
    p.add(("pair", rng.choice(["Debited from", "Bank account", "Paying from"]), acct(rng)))
    if rng.random() < 0.5:
        p.add(
            (
                "small",
                merchant.split()[0].lower().replace(".", "")
                + rng.choice([".rzp@icici", "@validhdfc", ".payu@axisbank", "@ybl"]),
            ),
            method=(KEYWORD, "UPI"),
        )
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 3 a RuPay credit card paid through UPI

RUPAY_CARDS = [
    "HDFC Bank RuPay Credit Card",
    "Axis Bank RuPay Credit Card",
    "SBI Card RuPay",
    "Kiwi RuPay Credit Card",
    "ICICI Bank RuPay Credit Card",
    "IDFC FIRST RuPay Credit Card",
    "Tata Neu Infinity RuPay Credit Card",
    "Canara Bank RuPay Select",
]
CARD_WORDS = {
    "success": ["Payment Successful", "Paid Successfully", "Payment successful", "Transaction Successful"],
    "failed": ["Payment Failed", "Transaction Failed", "Payment declined"],
    "pending": ["Payment Pending", "Payment processing"],
    "refunded": ["Refunded", "Payment refunded"],
}


def rupay_cc_upi(rng: random.Random, font: str):
    app = rng.choice(["PhonePe", "Google Pay", "Paytm", "CRED", "super.money", "Kiwi", "BHIM", "Navi"])
    style = look(rng, APPS[app], p_dark=0.35 if app in ("CRED", "Kiwi") else 0.15)
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.3)
    d, amount = day(rng), rupees(rng, 60, 12000)
    shop = rng.choice(SHOPS)
    card = rng.choice(RUPAY_CARDS)
    last4 = digits(rng, 4)
    outcome = pick(rng, {"success": 0.55, "failed": 0.2, "pending": 0.12, "refunded": 0.13})
    p.add(bar(rng, font))
    p.add(("left", f"{back(font)}  {app}"))
    p.add(("gap",))
    p.add(("title", rng.choice(CARD_WORDS[outcome])), status=outcome)
    p.add(("big", rs(amount)), keep=True)
    p.add(
        ("center", f"{'To' if outcome != 'success' else rng.choice(['Paid to', 'To'])} {shop}"),
        merchant=(1, shop),
    )
    p.add(("small", shop_handle(rng, shop)), method=(KEYWORD, "UPI"))
    if outcome == "failed":
        p.para(
            "small",
            rng.choice(
                [
                    "Your card issuer declined this payment. No money was debited.",
                    "Credit card payment limit exceeded for today. Amount not debited.",
                ]
            ),
        )
    if outcome == "refunded":
        p.para(
            "small",
            f"{rupee_word(rs)}{rs.bare(amount)} refunded to your card on "
            f"{when(later(d, rng, 2, 9), '%d %b %Y')}",
        )
    p.add(("rule",))
    mask = rng.choice([f"XX{last4}", f"•• {last4}", f"**** {last4}", f"ending {last4}"])
    if "•" in mask and not has_glyph(font, "•"):
        mask = f"XX{last4}"
    ref = utr(rng, d)
    rows = [
        (
            (
                "pair",
                rng.choice(["Paid using", "Payment source", "Debited from", "Paid via"]),
                f"{card} {mask}",
            ),
            {"method": (SAID, "card")},
        ),
        (("pair", rng.choice(["Date & Time", "Paid on", "Date"]), moment(rng, d)), {"date": d}),
        (
            ("pair", rng.choice(["UPI Ref No", "UPI transaction ID", "UPI Reference No."]), ref),
            {"txn": (UPIREF, ref)},
        ),
    ]
    rng.shuffle(rows)
    for row, facts in rows:
        p.add(row, **facts)
    if rng.random() < 0.6:
        own = (
            phonepe_id(rng, d)
            if app == "PhonePe"
            else f"{code(rng, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(rng, 12)}"
        )
        p.add(("pair", rng.choice(["Transaction ID", "Txn ID"]), own), txn=(TXN, own))
    extras = [
        ("pair", rng.choice(["Available credit limit", "Available limit"]), rs(rupees(rng, 5000, 250000))),
        ("pair", "Reward points", f"+{rng.randrange(2, 120)} pts"),
        (
            "pair",
            rng.choice(["Card bill due on", "Payment due date"]),
            when(later(d, rng, 8, 40), rng.choice(SCREEN_PATS)),
        ),
        ("pair", "Cashback", rs(rupees(rng, 1, 60, p_round=0.6))),
        ("small", "RuPay Credit Card on UPI · scan & pay at any merchant QR"),
    ]
    for row in rng.sample(extras, rng.randint(2, 4)):
        p.add(row)
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 4 a credit line on UPI

LINES = [
    "ICICI Bank Credit Line",
    "HDFC Bank Credit Line on UPI",
    "Axis Bank Credit Line",
    "Kotak Credit Line on UPI",
    "Bank of Baroda Credit Line",
    "IDFC FIRST Credit Line",
    "Yes Bank Credit Line",
]


def credit_line(rng: random.Random, font: str):
    app = rng.choice(["PhonePe", "Google Pay", "Paytm", "BHIM", "iMobile Pay", "PayZapp", "Navi"])
    style = look(rng, APPS[app])
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.4)
    d, amount = day(rng), rupees(rng, 150, 25000)
    shop = rng.choice(SHOPS)
    line = rng.choice(LINES)
    outcome = pick(rng, {"success": 0.6, "failed": 0.22, "pending": 0.18})
    sanction = float(rng.choice([10000, 25000, 50000, 100000, 200000]))
    while sanction <= amount:
        sanction *= 2
    left = round(sanction - amount - rupees(rng, 0, sanction * 0.4), 2)
    p.add(bar(rng, font))
    p.add(
        (
            "left",
            f"{back(font)}  {rng.choice(['Credit Line on UPI', 'UPI Credit Line', 'Pay with Credit Line'])}",
        ),
        method=(APP, "UPI"),
    )
    p.add(("gap",))
    p.add(("title", rng.choice(CARD_WORDS[outcome])), status=outcome)
    p.add(("big", rs(amount)), keep=True)
    to = "Paid to" if outcome == "success" and rng.random() < 0.6 else "To"
    p.add(("left", to))
    p.add(("left", shop), merchant=(1, shop))
    p.add(("small", shop_handle(rng, shop)), method=(KEYWORD, "UPI"))
    if outcome == "failed":
        p.para(
            "small",
            rng.choice(
                [
                    "Credit line limit exceeded. Amount not debited.",
                    "Transaction declined by your bank. No money was taken.",
                ]
            ),
        )
    if outcome == "pending":
        p.para("small", "We are waiting for your bank to confirm. Do not retry this payment.")
    p.add(("rule",))

    def stacked(label: str, value: str, **facts) -> None:
        p.add(("left", label))
        p.add(("left", value), **facts)

    ref = utr(rng, d)
    stacked(rng.choice(["Paid using", "Payment source", "Debited from"]), f"{line} XX{digits(rng, 4)}")
    stacked(rng.choice(["Date & Time", "Transaction date", "Paid on"]), moment(rng, d), date=d)
    stacked(rng.choice(["UPI Ref No", "UPI Reference No", "UPI transaction ID"]), ref, txn=(UPIREF, ref))
    extras = [
        ("pair", "Available limit", rs(max(left, 0.0))),
        ("pair", rng.choice(["Sanctioned limit", "Credit limit"]), rs(sanction)),
        (
            "pair",
            rng.choice(["Repay by", "Interest-free till", "Due date"]),
            when(later(d, rng, 20, 50), rng.choice(SCREEN_PATS)),
        ),
        ("pair", "Interest after free period", f"{rng.choice(['13.5', '14', '15.99', '16.5'])}% p.a."),
        ("pair", rng.choice(["Credit line A/c", "Loan A/c No."]), f"XXXX{digits(rng, 6)}"),
    ]
    for row in rng.sample(extras, rng.randint(2, 4)):
        p.add(row)
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 5 a UPI 123PAY SMS on a feature phone

PHONE_LOOKS = [
    {"paper": (196, 214, 186), "ink": (24, 34, 22), "label_ink": (40, 56, 38)},
    {"paper": (236, 238, 242), "ink": (18, 18, 24), "label_ink": (60, 60, 70)},
    {"paper": (12, 28, 64), "ink": (236, 240, 250), "label_ink": (170, 190, 230), "accent": (250, 210, 80)},
]
SENDERS = {
    "State Bank of India": "SBIUPI",
    "Bank of Baroda": "BOBTXN",
    "Canara Bank": "CANBNK",
    "Punjab National Bank": "PNBSMS",
    "Union Bank of India": "UNIONB",
    "Indian Bank": "INDBNK",
    "HDFC Bank": "HDFCBK",
    "ICICI Bank": "ICICIT",
}


def pay123(rng: random.Random, font: str):
    style = dict(
        rng.choice(PHONE_LOOKS),
        screen=True,
        width=rng.choice([300, 320, 340]),
        size=rng.choice([15, 16]),
        min_height=0,
    )
    p = Page(font, style)
    bank = rng.choice(list(SENDERS))
    short = BANKS[bank][0]
    d, amount = day(rng), rupees(rng, 20, 3000, p_round=0.7)
    payee = rng.choice(SHOPS + PEOPLE).upper()
    outcome = pick(rng, {"success": 0.6, "failed": 0.25, "pending": 0.15})
    ref = utr(rng, d)
    amt = f"Rs.{amount:.2f}" if rng.random() < 0.7 else f"INR {amount:,.2f}"
    a = digits(rng, 4)
    dd = when(d, rng.choice(["%d-%m-%y", "%d-%m-%Y", "%d%b%y", "%d/%m/%Y", "%d-%b-%y"]))
    bal = f"Rs.{rupees(rng, 100, 20000):.2f}"
    mode = rng.choice(["UPI 123PAY", "UPI 123PAY IVR", "UPI123PAY (missed call)", "UPI 123PAY"])
    ref_label, rank = rng.choice(
        [("UPI Ref no", UPIREF), ("UPI Ref", UPIREF), ("Ref No", BANKREF), ("RRN", RRN)]
    )
    if outcome == "success":
        text = rng.choice(
            [
                f"Your {mode} payment of {amt} to {payee} is successful. A/c XX{a} debited on {dd}. "
                f"{ref_label} {ref}. Avl bal {bal} -{short}",
                f"Dear Customer, {amt} debited from A/c XX{a} on {dd} for {mode} txn to {payee}. {ref_label} {ref}. "
                f"Status: SUCCESS. Not you? Call 18001234 -{short}",
            ]
        )
    elif outcome == "failed":
        text = rng.choice(
            [
                f"Your {mode} payment of {amt} to {payee} on {dd} has failed due to incorrect UPI PIN. "
                f"No amount debited. {ref_label} {ref} -{short}",
                f"{mode}: Txn of {amt} to {payee} on {dd} FAILED. If debited, amount will be reversed in 48 hrs. "
                f"{ref_label} {ref} -{short}",
            ]
        )
    else:
        text = (
            f"Your {mode} payment of {amt} to {payee} on {dd} is pending. Please do not retry. "
            f"Status will be sent by SMS. {ref_label} {ref} -{short}"
        )
    h = rng.randrange(6, 22)
    p.add(("small", f"{rng.choice(['Jio', 'Airtel', 'BSNL', 'Vi'])}   {h + 1:02d}:{rng.randrange(60):02d}"))
    p.add(("left", rng.choice(["Inbox", "Messages", "Message"])))
    p.add(("rule",))
    if rng.random() < 0.45:
        p.add(("left", f"VM-{rng.choice(['NPCIUP', 'UPI123', 'IVRPAY'])}"))
        p.para(
            "left",
            rng.choice(
                [
                    "UPI 123PAY: To pay, call 080 4516 3666 from your registered mobile and follow the instructions.",
                    f"Give a missed call to 080{digits(rng, 8)} to pay {payee.title()}. You will get a call back to "
                    "enter your UPI PIN.",
                ]
            ),
        )
        p.add(("rule",))
    p.add(("left", f"{rng.choice(['AD', 'VM', 'JD', 'BZ'])}-{SENDERS[bank]}"))
    delayed = rng.random() < 0.3
    shown_day = d + dt.timedelta(days=1) if delayed else d
    stamp_hour = rng.randrange(0, 2) if delayed else h
    p.add(
        (
            "left",
            f"{when(shown_day, rng.choice(['%d/%m/%y', '%d-%b', '%d/%m']))} "
            f"{stamp_hour:02d}:{rng.randrange(60):02d}",
        )
    )
    p.para(
        "left",
        text,
        merchant=(1, payee),
        date=d,
        txn=(rank, ref),
        method=(SAID, "UPI"),
        status=outcome,
        keep=True,
    )
    p.add(("gap",))
    p.add(("left", f"Options{' ' * 18}Back"))
    style["h94"] = {
        "frame": {
            "kind": "feature",
            "body": rng.choice([(40, 42, 46), (20, 24, 60), (140, 20, 30), (200, 200, 196)]),
            "seed": rng.randrange(2**31),
        }
    }
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 6 UPI International, paid abroad

ABROAD = {
    "AED": (
        22.4,
        23.2,
        [
            "Lulu Hypermarket Al Barsha",
            "Dubai Duty Free",
            "Al Ijaza Cafeteria",
            "Ravi Restaurant",
            "Deira Gold Souk Jewellers",
        ],
        "Dubai, United Arab Emirates",
        ["AED {n}", "AED {n}", "{n} AED"],
    ),
    "SGD": (
        61.5,
        64.8,
        ["Mustafa Centre", "Komala Vilas", "Kopitiam Bugis Junction", "Little India Arcade"],
        "Singapore",
        ["SGD {n}", "S$ {n}", "S${n}"],
    ),
    "EUR": (
        89.2,
        92.6,
        ["Galeries Lafayette Haussmann", "Boulangerie Julien", "Tour Eiffel Boutique"],
        "Paris, France",
        ["€{n}", "EUR {n}", "{n} EUR"],
    ),
    "MUR": (
        1.78,
        1.92,
        ["Super U Grand Baie", "Port Louis Central Market", "La Croisette Grand Baie"],
        "Mauritius",
        ["MUR {n}", "Rs {n} (MUR)", "MUR {n}"],
    ),
    "QAR": (
        22.6,
        23.4,
        ["Souq Waqif Spice House", "Lulu Hypermarket Doha", "Karak Mqanes"],
        "Doha, Qatar",
        ["QAR {n}", "QAR {n}", "{n} QAR"],
    ),
}
INTL_WORDS = {
    "success": ["Payment Successful", "Paid Successfully", "International payment successful"],
    "failed": ["Payment Failed", "International payment failed"],
    "pending": ["Payment Pending", "Payment processing"],
    "refunded": ["Payment refunded", "Refunded"],
}


def upi_international(rng: random.Random, font: str):
    app = rng.choice(["PhonePe", "Google Pay", "Paytm", "BHIM", "iMobile Pay", "YONO SBI"])
    style = look(rng, APPS[app])
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.0)
    cur = rng.choice(list(ABROAD))
    low, high, shops, place, forms = ABROAD[cur]
    if "€" in "".join(forms) and not has_glyph(font, "€"):
        forms = ["EUR {n}", "{n} EUR"]
    form = rng.choice(forms)
    d = day(rng)
    amount = round(rng.uniform(3, 400) if cur != "MUR" else rng.uniform(60, 9000), 2)
    if rng.random() < 0.3:
        amount = float(round(amount))
    rate = round(rng.uniform(low, high), 4 if cur == "MUR" else 2)
    inr = round(amount * rate, 2)
    markup = round(inr * rng.choice([0.0, 0.015, 0.02, 0.035]) * 1.18, 2)
    shop = rng.choice(shops)
    outcome = pick(rng, {"success": 0.6, "failed": 0.15, "pending": 0.12, "refunded": 0.13})
    fx = form.format(n=f"{amount:,.2f}")
    p.add(bar(rng, font))
    p.add(
        (
            "left",
            f"{back(font)}  {rng.choice(['International payment', 'UPI International', 'Paid abroad'])}",
        ),
        method=(APP, "UPI"),
    )
    p.add(("gap",))
    p.add(("title", rng.choice(INTL_WORDS[outcome])), status=outcome)
    p.add(("big", fx), keep=True)
    p.add(("center", f"{'Paid to' if outcome == 'success' else 'To'} {shop}"), merchant=(1, shop))
    p.add(("small", place))
    if outcome == "refunded":
        p.para(
            "small",
            f"{rupee_word(rs)}{rs.bare(inr + markup)} refunded to your account on "
            f"{when(later(d, rng, 1, 7), '%d %b %Y')}",
        )
    if outcome == "failed":
        p.para("small", "The merchant's bank could not accept this payment. No money was debited.")
    p.add(("rule",))
    ref = utr(rng, d)
    rows = [
        ("pair", rng.choice(["Amount in INR", "INR equivalent", "Converted amount"]), rs(inr)),
        ("pair", "Exchange rate", f"1 {cur} = {rupee_word(rs)}{rate}"),
        (
            "pair",
            rng.choice(["Forex markup (incl. GST)", "Markup fee + GST", "Currency conversion fee"]),
            rs(markup),
        ),
        ("pair", rng.choice(["Total debited", "Total in INR", "Debited amount"]), rs(inr + markup)),
    ]
    for row in rows:
        p.add(row)
    p.add(("pair", rng.choice(["Debited from", "Paid from", "Bank account"]), acct(rng)))
    p.add(("pair", rng.choice(["Date & Time", "Paid on", "Date"]), moment(rng, d)), date=d)
    p.add(("pair", rng.choice(["UPI Ref No", "UPI transaction ID", "UPI Ref. No."]), ref), txn=(UPIREF, ref))
    if rng.random() < 0.5:
        p.add(
            (
                "pair",
                rng.choice(["Partner ref", "NIPL ref", "Network ref"]),
                code(rng, 14, "ABCDEF0123456789"),
            )
        )
    if rng.random() < 0.6:
        p.add(
            (
                "pair",
                rng.choice(["International UPI active till", "Activated till"]),
                when(later(d, rng, 1, 89), rng.choice(SCREEN_PATS)),
            )
        )
    return p.out(), p.truth(amount, cur), style


# ---------------------------------------------------------------- 7 a UPI Circle delegate's payment

CIRCLE = ["Papa", "Mummy", "Dad", "Bhaiya", "Nani", "Rohit (son)", "Anaya", "Kabir"]
CIRCLE_WORDS = {
    "approved": (["Payment Successful", "Approved & paid", "Paid Successfully"], "success"),
    "full": (["Payment Successful", "Paid Successfully"], "success"),
    "waiting": (["Waiting for approval", "Approval pending", "Request sent for approval"], "pending"),
    "declined": (["Request declined", "Payment declined by primary user"], "failed"),
    "expired": (["Request expired", "Approval request expired"], "failed"),
}


def upi_circle(rng: random.Random, font: str):
    app = rng.choice(["BHIM", "Google Pay", "PhonePe", "Paytm", "Amazon Pay"])
    style = look(rng, APPS[app])
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.5)
    d, amount = day(rng), rupees(rng, 15, 4000)
    shop = rng.choice(SHOPS)
    primary = rng.choice(PAYERS)
    secondary = rng.choice([x for x in PAYERS if x != primary])
    kind = rng.choice(["approved", "approved", "full", "full", "waiting", "declined", "expired"])
    view = rng.choice(["secondary", "primary"]) if kind in ("approved", "declined") else "secondary"
    words, outcome = CIRCLE_WORDS[kind]
    limit = float(rng.choice([1000, 2000, 5000, 10000, 15000]))
    while limit < amount:
        limit *= 2
    p.add(bar(rng, font))
    p.add(("left", f"{back(font)}  UPI Circle"), method=(APP, "UPI"))
    p.add(
        (
            "small",
            rng.choice(
                [
                    f"{'You are' if view == 'secondary' else secondary + ' is'} a secondary user",
                    f"Primary user: {primary if view == 'secondary' else 'You'}",
                ]
            ),
        )
    )
    p.add(("gap",))
    p.add(("title", rng.choice(words)), status=outcome)
    p.add(("big", rs(amount)), keep=True)
    p.add(("center", f"{'Paid to' if outcome == 'success' else 'To'} {shop}"), merchant=(1, shop))
    p.add(("small", shop_handle(rng, shop)), method=(KEYWORD, "UPI"))
    p.add(("rule",))
    if view == "primary":
        p.add(("pair", "Requested by", f"{secondary} (secondary)"))
        p.add(("pair", "Approved by" if kind == "approved" else "Declined by", "You"))
    else:
        p.add(("pair", "Requested by" if kind != "full" else "Paid by", "You"))
        if kind == "full":
            p.add(("pair", "From account of", f"{primary} · {acct(rng)}"))
        else:
            p.add(("pair", "Approval from", f"{primary} ({mobile(rng)})"))
    when_row = {"waiting": "Requested on", "expired": "Requested on"}.get(
        kind, rng.choice(["Paid on", "Date & Time"])
    )
    p.add(("pair", when_row, moment(rng, d)), date=d)
    if kind in ("approved", "full"):
        ref = utr(rng, d)
        p.add(("pair", rng.choice(["UPI Ref No", "UPI transaction ID", "UTR"]), ref), txn=(UPIREF, ref))
    else:
        p.add(("pair", "Request ID", f"CR{digits(rng, 11)}"))
    if kind == "waiting":
        p.para("small", f"{primary} has 30 minutes to approve this payment with their UPI PIN.")
    if kind == "expired":
        p.para("small", f"{primary} did not approve in time. No money was debited.")
    if kind == "full" or rng.random() < 0.6:
        used = round(rng.uniform(0, limit - amount), 2)
        p.add(("pair", "Monthly limit", rs(limit)))
        p.add(
            (
                "pair",
                rng.choice(["Limit left this month", "Remaining limit"]),
                rs(round(limit - used - (amount if outcome == "success" else 0), 2)),
            )
        )
    if rng.random() < 0.6:
        p.add(
            (
                "pair",
                rng.choice(["Delegation valid till", "Circle access till"]),
                when(later(d, rng, 20, 300), rng.choice(SCREEN_PATS)),
            )
        )
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 8 Tap & Pay, or a Hello UPI voice payment

TAP_SHOPS = [
    "Reliance Smart Point",
    "DMart Ready",
    "Spencer's",
    "Nature's Basket",
    "Croma",
    "Wow! Momo",
    "Chai Point",
    "MedPlus",
    "Trends",
    "Namdhari's Fresh",
]
NUMBERS_HI = {
    50: "pachaas",
    100: "sau",
    200: "do sau",
    300: "teen sau",
    500: "paanch sau",
    150: "dedh sau",
    250: "dhai sau",
    1000: "ek hazaar",
    2000: "do hazaar",
    400: "chaar sau",
    700: "saat sau",
}


def tap_voice(rng: random.Random, font: str):
    app = rng.choice(["BHIM", "PhonePe", "Google Pay", "Paytm", "Navi"])
    style = look(rng, APPS[app], p_dark=0.2)
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.6)
    d = day(rng)
    outcome = pick(rng, {"success": 0.65, "failed": 0.2, "pending": 0.15})
    words = {
        "success": ["Payment Successful", "Paid Successfully"],
        "failed": ["Payment Failed", "Payment declined"],
        "pending": ["Payment Pending", "Processing"],
    }[outcome]
    ref = utr(rng, d)
    p.add(bar(rng, font))
    if rng.random() < 0.5:  # Tap & Pay at a counter's NFC terminal
        shop = rng.choice(TAP_SHOPS)
        amount = rupees(rng, 30, 2000)
        header = rng.choice(["Tap & Pay", "UPI Tap & Pay", "Tap to Pay", "UPI Tap & Pay"])
        p.add(("left", f"{back(font)}  {header}"), **({"method": (APP, "UPI")} if "UPI" in header else {}))
        p.add(
            ("small", rng.choice(["Hold your phone near the terminal", "Tapped on the merchant's terminal"]))
        )
        p.add(("gap",))
        p.add(("title", rng.choice(words)), status=outcome)
        p.add(("big", rs(amount)), keep=True)
        p.add(("center", f"{'Paid to' if outcome == 'success' else 'To'} {shop}"), merchant=(1, shop))
        p.add(("rule",))
        p.add(("pair", rng.choice(["Terminal ID", "TID"]), digits(rng, 8)))
        p.add(("pair", "Counter", str(rng.randrange(1, 12))))
        if rng.random() < 0.5:
            p.add(("pair", rng.choice(["Paid from", "Paid using"]), "UPI Lite"), method=(SAID, "UPI"))
        else:
            p.add(("pair", rng.choice(["Paid from", "Debited from"]), acct(rng)))
        p.add(("pair", rng.choice(["Date & Time", "Paid on"]), moment(rng, d)), date=d)
        p.add(
            ("pair", rng.choice(["UPI Ref No", "UPI Reference No"]), ref),
            txn=(UPIREF, ref),
            method=(KEYWORD, "UPI"),
        )
        if rng.random() < 0.5:
            bill = f"{rng.randrange(10, 99)}{digits(rng, 6)}"
            p.add(("pair", "Bill No.", bill))
        if outcome == "failed":
            p.para("small", "Tap again or scan the QR code to pay. No money was debited.")
    else:  # Hello UPI: a voice conversation, then the payment's card
        person = rng.choice(PEOPLE)
        amount = float(rng.choice(list(NUMBERS_HI)))
        heard = amount * 10
        p.add(("left", f"{back(font)}  Hello UPI"), method=(APP, "UPI"))
        p.add(("small", "Speak in Hindi or English"))
        p.add(("gap",))
        first = person.split()[0]
        p.add(
            (
                "right",
                rng.choice(
                    [
                        f'"{first} ko {NUMBERS_HI[int(amount)]} rupaye bhejo"',
                        f'"Pay {int(amount)} rupees to {first}"',
                        f'"{first} ko {int(amount)} rupaye bhej do"',
                    ]
                ),
            )
        )
        if rng.random() < 0.5:
            p.add(("left", f"Did you mean {rupee_word(rs)}{heard:,.0f} to {person}?"))
            p.add(("right", f'"Nahi, {int(amount)}"'))
        p.add(("left", f"Sending {rupee_word(rs)}{amount:,.0f} to {person}."))
        p.add(("left", 'Say "haan" to confirm or "cancel".'))
        p.add(("right", '"Haan"'))
        p.add(("rule",))
        p.add(("title", rng.choice(words)), status=outcome)
        p.add(("big", rs(amount)), keep=True)
        p.add(("center", f"{'Paid to' if outcome == 'success' else 'To'} {person}"), merchant=(1, person))
        p.add(("small", handle(rng, person)), method=(KEYWORD, "UPI"))
        p.add(("pair", rng.choice(["Date & Time", "Paid on"]), moment(rng, d)), date=d)
        p.add(("pair", rng.choice(["UPI Ref No", "UPI transaction ID"]), ref), txn=(UPIREF, ref))
        p.add(("pair", "From", acct(rng)))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 9 an e-RUPI voucher redeemed

ERUPI_MERCHANTS = [
    "Apollo Clinic Koramangala",
    "Manipal Hospital Old Airport Road",
    "Thyrocare Collection Centre",
    "Dr Lal PathLabs Saket",
    "Narayana Health City",
    "Vasan Eye Care",
    "Max Lab Dwarka",
    "Jan Aushadhi Kendra Sector 15",
    "Krishi Seva Kendra Nashik",
    "Aster CMI Hospital",
]
SPONSORS = [
    "Infosys Ltd",
    "Tata Consultancy Services",
    "PM-JAY Scheme",
    "Dept of Health, Govt of Karnataka",
    "Wipro Ltd",
    "National Health Mission",
    "Fertiliser Subsidy Scheme",
    "HCL Foundation",
]
ERUPI_BANKS = [
    "ICICI Bank",
    "HDFC Bank",
    "State Bank of India",
    "Axis Bank",
    "Bank of Baroda",
    "Punjab National Bank",
]


def erupi(rng: random.Random, font: str):
    d = day(rng)
    merchant = rng.choice(ERUPI_MERCHANTS)
    sponsor = rng.choice(SPONSORS)
    value = float(rng.choice([500, 1000, 1500, 2000, 2500, 3000, 5000]))
    amount = value if rng.random() < 0.5 else rupees(rng, value * 0.3, value * 0.95)
    outcome = pick(rng, {"success": 0.65, "failed": 0.2, "pending": 0.15})
    expiry = later(d, rng, 5, 180)
    voucher = rng.choice(
        [f"{digits(rng, 4)} {digits(rng, 4)}", digits(rng, 8), f"{digits(rng, 4)}-{digits(rng, 4)}"]
    )
    bank = rng.choice(ERUPI_BANKS)
    if rng.random() < 0.5:  # the merchant's redemption screen in its acquiring bank's e-RUPI app
        style = look(rng, (0, 90, 140))
        p = Page(font, style)
        rs = Rs(rng, font)
        p.add(bar(rng, font))
        p.add(("left", f"{back(font)}  {BANKS[bank][0]} e-RUPI Merchant"))
        p.add(("gap",))
        word = {
            "success": ["Voucher redeemed successfully", "Redemption Successful"],
            "failed": ["Redemption failed", "Voucher redemption failed"],
            "pending": ["Awaiting OTP from beneficiary", "Redemption pending"],
        }[outcome]
        p.add(("title", rng.choice(word)), status=outcome)
        p.add(("big", rs(amount)), keep=True)
        if outcome == "failed":
            p.para(
                "small",
                rng.choice(
                    [
                        "Invalid OTP entered. Voucher not redeemed.",
                        "The voucher's balance is lower than the amount entered.",
                    ]
                ),
            )
        p.add(("rule",))
        p.add(("pair", rng.choice(["Merchant", "Merchant Name"]), merchant), merchant=(1, merchant))
        p.add(("pair", rng.choice(["Voucher code", "e-RUPI code"]), voucher))
        p.add(("pair", rng.choice(["Sponsor", "Issued by"]), sponsor))
        p.add(("pair", "Beneficiary mobile", mobile(rng)))
        p.add(("pair", rng.choice(["Voucher value", "Voucher amount"]), rs(value)))
        p.add(
            (
                "pair",
                rng.choice(
                    ["Redeemed amount", "Amount redeemed"]
                    if outcome == "success"
                    else ["Amount entered", "Amount"]
                ),
                rs(amount),
            )
        )
        if amount < value and outcome == "success":
            p.add(("pair", "Balance on voucher", rs(value - amount)))
        p.add(
            (
                "pair",
                rng.choice(
                    ["Redeemed on", "Date & Time", "Transaction date"]
                    if outcome == "success"
                    else ["Date & Time", "Transaction date"]
                ),
                moment(rng, d),
            ),
            date=d,
        )
        ref = rng.choice([utr(rng, d), f"{BANKS[bank][1]}{digits(rng, 12)}"])
        label = rng.choice(["Transaction Ref No", "Redemption Ref No", "Reference Number"])
        p.add(("pair", label, ref), txn=(BANKREF, ref))
        p.add(("pair", rng.choice(["Valid till", "Voucher expiry"]), when(expiry, rng.choice(SCREEN_PATS))))
        p.add(("pair", "MID", digits(rng, 10)))
        return p.out(), p.truth(amount, "INR"), style
    # the beneficiary's SMS from the sponsor's bank, in a phone's messages app
    style = dict(look(rng, (26, 115, 232), p_dark=0.3, p_soft=0.0), width=rng.choice([520, 540]))
    p = Page(font, style)
    p.add(bar(rng, font))
    p.add(("left", f"{back(font)}  {rng.choice(['AX', 'VM', 'JM'])}-{BANKS[bank][2]}"))
    p.add(("small", rng.choice(["Text message", "SMS"]) + f" · {when(d, '%a, %d %b')}"))
    p.add(("gap",))
    if rng.random() < 0.4:
        p.para(
            "left",
            f"Dear Customer, an e-RUPI voucher of Rs.{value:.2f} from {sponsor} has been issued to "
            f"you on {when(earlier(d, rng, 3, 60), '%d-%m-%Y')}. Voucher code {voucher}. Valid till "
            f"{when(expiry, '%d-%m-%Y')}. -{BANKS[bank][0]}",
        )
        p.add(("gap",))
    dd = when(d, rng.choice(["%d-%m-%Y", "%d/%m/%y", "%d-%b-%Y"]))
    t = hhmm(rng, twelve=False)
    rest = (
        f" Remaining balance Rs.{value - amount:.2f} valid till {when(expiry, '%d-%m-%Y')}."
        if amount < value and outcome == "success"
        else ""
    )
    if outcome == "success":
        text = (
            f"Your e-RUPI voucher {voucher} from {sponsor} has been redeemed for Rs.{amount:.2f} at {merchant} "
            f"on {dd} {t}.{rest} Ref No {utr(rng, d)} -{BANKS[bank][0]}"
        )
    elif outcome == "failed":
        text = (
            f"Redemption of Rs.{amount:.2f} on your e-RUPI voucher {voucher} at {merchant} on {dd} {t} has "
            f"failed. Voucher value is unchanged. -{BANKS[bank][0]}"
        )
    else:
        text = (
            f"OTP {digits(rng, 6)} to redeem Rs.{amount:.2f} from your e-RUPI voucher {voucher} at {merchant} "
            f"on {dd} {t}. Share it only with the merchant. -{BANKS[bank][0]}"
        )
    ref = text.split("Ref No ")[1].split(" ")[0] if "Ref No " in text else None
    facts = {"merchant": (1, merchant), "date": d, "keep": True}
    if outcome != "pending":
        facts["status"] = outcome
    if ref:
        facts["txn"] = (BANKREF, ref)
    p.para("left", text, **facts)
    p.add(("small", f"{t}"))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 10 a UPI-ATM cash withdrawal

ATM_BANKS = [
    "BANK OF BARODA",
    "STATE BANK OF INDIA",
    "PUNJAB NATIONAL BANK",
    "HITACHI MONEYSPOT",
    "INDIA1 ATM",
    "CANARA BANK",
    "UNION BANK OF INDIA",
]
ATM_PLACES = [
    "MG ROAD BENGALURU",
    "SECTOR 18 NOIDA",
    "ANDHERI W MUMBAI",
    "T NAGAR CHENNAI",
    "SALT LAKE KOLKATA",
    "HAZRATGANJ LUCKNOW",
    "NAVRANGPURA AHMEDABAD",
    "KOTHRUD PUNE",
]


def upi_atm(rng: random.Random, font: str):
    d = day(rng)
    amount = float(rng.choice([500, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 10000]))
    outcome = pick(rng, {"success": 0.65, "failed": 0.25, "pending": 0.1})
    ref = utr(rng, d)
    if "Mono" in font:  # the ATM's printed slip, photographed lying on a counter
        style = dict(SLIP, width=rng.choice([380, 400, 420]), size=rng.choice([15, 16, 17]))
        p = Page(font, style)
        top = rng.choice(ATM_BANKS)
        p.add(("center", top))
        p.add(
            (
                "center",
                rng.choice(
                    ["UPI CASH WITHDRAWAL", "INTEROPERABLE CARDLESS CASH WITHDRAWAL", "UPI-ATM (ICCW)"]
                ),
            ),
            method=(SAID, "UPI"),
        )
        p.add(("rule",))
        p.add(("pair", "DATE", when(d, rng.choice(SLIP_PATS)).upper()), date=d)
        p.add(("pair", "TIME", hhmm(rng, twelve=False, seconds=True)))
        p.add(
            (
                "pair",
                "ATM ID",
                f"{rng.choice(['S1', 'D1', 'B1', 'H'])}{code(rng, 2, 'ABCNPX')}{digits(rng, 5)}",
            )
        )
        p.add(("left", f"LOC: {rng.choice(ATM_PLACES)}"))
        p.add(("pair", rng.choice(["TXN SEQ NO", "STAN"]), digits(rng, 6)))
        both = rng.random() < 0.5
        if both:
            upi_id = psp_id(rng)
            p.add(("pair", "UPI TXN ID", upi_id), txn=(UPIREF, upi_id))
        p.add(("pair", "RRN", ref), txn=(RRN, ref))
        p.add(
            ("pair", "VPA", f"XXXXXX{digits(rng, 4)}@{rng.choice(['ybl', 'oksbi', 'paytm', 'axl'])}"),
            method=(KEYWORD, "UPI"),
        )
        p.add(("pair", "A/C NO", f"XXXXXXXX{digits(rng, 4)}"))
        p.add(
            ("pair", "AMOUNT", f"RS.{amount:,.2f}" if rng.random() < 0.6 else f"INR {amount:.2f}"), keep=True
        )
        if outcome == "success" and rng.random() < 0.7:
            p.add(("pair", rng.choice(["AVL BAL", "AVAIL BAL"]), f"RS.{rupees(rng, 200, 80000):,.2f}"))
        p.add(("rule",))
        line = {
            "success": rng.choice(["TRANSACTION SUCCESSFUL", "WITHDRAWAL SUCCESSFUL"]),
            "failed": rng.choice(["UNABLE TO DISPENSE CASH", "TRANSACTION DECLINED"]),
            "pending": "TRANSACTION UNDER PROCESS",
        }[outcome]
        p.add(("center", line), status=outcome)
        if outcome == "failed":
            p.add(("center", "AMOUNT IF DEBITED WILL BE"))
            p.add(("center", "REVERSED IN 5 WORKING DAYS"))
        if outcome == "success":
            p.add(("center", "PLEASE TAKE YOUR CASH"))
        p.add(("center", rng.choice(["THANK YOU FOR BANKING WITH US", "SAVE PAPER - CHECK SMS"])))
        style["h94"] = {"frame": lying_frame(rng)}
        return p.out(), p.truth(amount, "INR"), style
    # the payer's app after scanning the ATM's QR
    app = rng.choice(["PhonePe", "Google Pay", "BHIM", "Paytm", "YONO SBI"])
    style = look(rng, APPS[app])
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.6)
    p.add(bar(rng, font))
    p.add(("left", f"{back(font)}  {app}"))
    p.add(("gap",))
    word = {
        "success": ["Cash withdrawal successful", "Withdrawal Successful"],
        "failed": ["Cash withdrawal failed", "Transaction Failed"],
        "pending": ["Withdrawal pending", "Transaction Pending"],
    }[outcome]
    p.add(("title", rng.choice(word)), status=outcome)
    p.add(("big", rs(amount)), keep=True)
    p.add(
        (
            "center",
            rng.choice(
                ["Cash withdrawn at UPI ATM", "UPI-ATM cash withdrawal"]
                if outcome == "success"
                else ["UPI-ATM cash withdrawal", "UPI ATM withdrawal"]
            ),
        ),
        method=(APP, "UPI"),
    )
    p.add(("small", f"ATM at {rng.choice(ATM_PLACES).title()}"))
    if outcome == "failed":
        p.para(
            "small",
            "Cash was not dispensed. If money was debited, it will be reversed within 5 working days.",
        )
    p.add(("rule",))
    p.add(("pair", rng.choice(["Date & Time", "Withdrawn on"]), moment(rng, d)), date=d)
    p.add(("pair", rng.choice(["UPI Ref No", "UPI transaction ID"]), ref), txn=(UPIREF, ref))
    p.add(("pair", "ATM ID", f"{rng.choice(['S1', 'D1', 'B1'])}{code(rng, 2, 'ABCNPX')}{digits(rng, 5)}"))
    p.add(("pair", "Debited from", acct(rng)))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 11 a split bill paid, or a collect request

GROUPS = [
    ("Goa Trip", "Dinner at Britto's"),
    ("Flat 302", "Electricity bill March"),
    ("Office lunch", "Meghana Foods"),
    ("Coorg weekend", "Homestay advance"),
    ("Badminton gang", "Court booking"),
    ("Roomies", "Broadband + Gas"),
]
COLLECTORS = ["Zomato", "Swiggy", "IRCTC", "Myntra", "BigBasket", "Urban Company", "Airtel Payments Bank"]


def split_collect(rng: random.Random, font: str):
    app = rng.choice(["Google Pay", "PhonePe", "Paytm", "BHIM", "Amazon Pay"])
    style = look(rng, APPS[app])
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.5)
    d = day(rng)
    p.add(bar(rng, font))
    if rng.random() < 0.5:  # the user's share of a split bill, paid to the friend who paid the bill
        group, what = rng.choice(GROUPS)
        ways = rng.randint(2, 6)
        total = rupees(rng, 400, 12000, p_round=0.5)
        amount = round(total / ways, 2)
        friend = rng.choice(PAYERS)
        outcome = pick(rng, {"success": 0.7, "failed": 0.15, "pending": 0.15})
        p.add(("left", f"{back(font)}  {group}"))
        p.add(("small", f"{ways} members · {rng.choice(['Split', 'Split bills'])}"))
        p.add(("gap",))
        p.add(("left", what))
        p.add(("pair", f"Total paid by {friend.split()[0]}", rs(total)))
        p.add(("pair", f"Split {rng.choice(['equally', str(ways) + ' ways'])}", f"{rs(amount)} each"))
        p.add(("rule",))
        word = {
            "success": ["You paid your share", "Payment Successful"],
            "failed": ["Payment Failed"],
            "pending": ["Payment Pending"],
        }[outcome]
        p.add(("title", rng.choice(word)), status=outcome)
        p.add(("big", rs(amount)), keep=True)
        p.add(("center", f"{'Paid to' if outcome == 'success' else 'To'} {friend}"), merchant=(1, friend))
        p.add(("small", handle(rng, friend)), method=(KEYWORD, "UPI"))
        p.add(("pair", rng.choice(["Paid on", "Date & Time"]), moment(rng, d)), date=d)
        ref = utr(rng, d)
        p.add(("pair", rng.choice(["UPI Ref No", "UPI transaction ID"]), ref), txn=(UPIREF, ref))
        others = [x for x in PAYERS if x != friend]
        for other in rng.sample(others, min(ways - 2, 2)):
            p.add(("pair", f"{other.split()[0]} owes", rs(amount)))
        return p.out(), p.truth(amount, "INR"), style
    # a collect request received from a merchant, and what the user did with it
    who = rng.choice(COLLECTORS)
    amount = rupees(rng, 50, 3000)
    state = rng.choice(["paid", "paid", "declined", "expired", "waiting"])
    outcome = {"paid": "success", "declined": "failed", "expired": "failed", "waiting": "pending"}[state]
    p.add(("left", f"{back(font)}  {rng.choice(['Payment request', 'Collect request', 'Request'])}"))
    p.add(("gap",))
    p.add(("center", f"Request from {who}"), merchant=(1, who))
    p.add(
        (
            "small",
            f"{who.lower().replace(' ', '')}{rng.choice(['@axisbank', '.rzp@icici', '@hdfcbank', '@paytm'])}",
        ),
        method=(KEYWORD, "UPI"),
    )
    p.add(("big", rs(amount)), keep=True)
    word = {
        "paid": ["Paid", "Payment Successful"],
        "declined": ["You declined this request", "Declined"],
        "expired": ["Request expired", "Expired"],
        "waiting": ["Pending", "Awaiting your approval"],
    }[state]
    p.add(("title", rng.choice(word)), status=outcome)
    p.add(("small", f"Order {order_ref(rng)}"))
    p.add(("rule",))
    if state == "paid":  # the day only: the time paid is under Paid on
        p.add(("pair", "Requested on", when(d, rng.choice(SCREEN_PATS))))
    else:
        p.add(("pair", "Requested on", moment(rng, d)), date=d)
    if state == "paid":
        p.add(("pair", rng.choice(["Paid on", "Approved on"]), moment(rng, d)), date=d)
        ref = utr(rng, d)
        p.add(("pair", rng.choice(["UPI Ref No", "UPI transaction ID"]), ref), txn=(UPIREF, ref))
        p.add(("pair", "Paid from", acct(rng)))
    else:
        p.add(("pair", rng.choice(["Expires on", "Valid till"]), f"{when(d, '%d %b %Y')}, {hhmm(rng)}"))
    if state == "waiting":
        p.add(("center", "Decline            Pay"))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- 12 a merchant's POS printout or business app

POS_BRANDS = ["Paytm", "PhonePe", "BharatPe", "Pine Labs"]
POS_SHOPS = [
    ("SHREE GANESH MEDICALS", "JAYANAGAR 4TH BLOCK BENGALURU"),
    ("NEW PUNJAB DHABA", "GT ROAD PANIPAT"),
    ("KRISHNA SUPER MART", "VIJAY NAGAR INDORE"),
    ("AL BAIK SHAWARMA", "TOLICHOWKI HYDERABAD"),
    ("MAHALAXMI JEWELLERS", "ZAVERI BAZAAR MUMBAI"),
    ("FRESH BASKET", "RAJA PARK JAIPUR"),
    ("CITY OPTICALS", "CIVIL LINES NAGPUR"),
    ("ANNAPURNA SWEETS", "BHELUPUR VARANASI"),
]


def merchant_pos(rng: random.Random, font: str):
    brand = rng.choice(POS_BRANDS)
    d = day(rng)
    amount = rupees(rng, 40, 15000)
    shop, place = rng.choice(POS_SHOPS)
    outcome = pick(rng, {"success": 0.7, "failed": 0.15, "pending": 0.15})
    ref = utr(rng, d)
    if "Mono" in font:  # the POS terminal's printout, photographed lying on the counter
        style = dict(SLIP, width=rng.choice([400, 420, 440]), size=rng.choice([15, 16, 17]))
        p = Page(font, style)
        p.add(
            (
                "center",
                {
                    "Paytm": "paytm",
                    "PhonePe": "PhonePe POS",
                    "BharatPe": "BharatPe Swipe",
                    "Pine Labs": "Pine Labs Plutus Smart",
                }[brand],
            )
        )
        p.add(("center", shop), merchant=(1, shop))
        p.add(("center", place))
        p.add(("pair", "MID", code(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")))
        p.add(("pair", "TID", digits(rng, 8)))
        p.add(
            (
                "left",
                f"DATE: {when(d, rng.choice(SLIP_PATS)).upper()}   TIME: {hhmm(rng, twelve=False, seconds=True)}",
            ),
            date=d,
        )
        p.add(("center", rng.choice(["UPI SALE", "BHARAT QR - UPI", "UPI QR SALE"])), method=(SAID, "UPI"))
        invoice = f"{rng.randrange(1, 999999):06d}"
        p.add(("pair", rng.choice(["INVOICE NO", "BILL NO"]), invoice), txn=(BILL, invoice))
        p.add(("pair", "BATCH NO", f"{rng.randrange(1, 999):06d}"))
        if rng.random() < 0.6:
            p.add(("pair", "RRN", ref), txn=(RRN, ref))
            if rng.random() < 0.4:
                tid = f"{brand[:2].upper()}{digits(rng, 12)}"
                p.add(("pair", "TXN ID", tid), txn=(TXN, tid))
        else:
            upi_id = psp_id(rng)
            p.add(("pair", "UPI TXN ID", upi_id), txn=(UPIREF, upi_id))
            if rng.random() < 0.7:
                p.add(("pair", "RRN", ref), txn=(RRN, ref))
        p.add(("left", f"CUST VPA: {handle(rng, rng.choice(PAYERS))}"), method=(KEYWORD, "UPI"))
        p.add(("rule",))
        p.add(
            ("pair", "AMOUNT", f"Rs.{amount:,.2f}" if rng.random() < 0.5 else f"INR {amount:.2f}"), keep=True
        )
        p.add(("rule",))
        line = {
            "success": rng.choice(["TRANSACTION SUCCESSFUL", "PAYMENT RECEIVED", "APPROVED"]),
            "failed": rng.choice(["TRANSACTION FAILED", "PAYMENT FAILED"]),
            "pending": rng.choice(["PAYMENT PENDING", "STATUS: PENDING - CHECK LATER"]),
        }[outcome]
        p.add(("center", line), status=outcome)
        p.add(("center", "*** MERCHANT COPY ***" if rng.random() < 0.5 else "*** CUSTOMER COPY ***"))
        p.add(("center", f"Powered by {brand}"))
        style["h94"] = {"frame": lying_frame(rng)}
        return p.out(), p.truth(amount, "INR"), style
    # the merchant's business app: a payment received, announced on the soundbox
    app = {
        "Paytm": "Paytm for Business",
        "PhonePe": "PhonePe Business",
        "BharatPe": "BharatPe",
        "Pine Labs": "Pine Labs Merchant",
    }[brand]
    style = look(rng, APPS.get(brand, (0, 80, 140)))
    p = Page(font, style)
    rs = Rs(rng, font, p_whole=0.4)
    payer = rng.choice(PAYERS)
    p.add(bar(rng, font))
    p.add(("left", f"{back(font)}  {app}"))
    p.add(("center", shop.title()), merchant=(1, shop.title()))
    p.add(("gap",))
    word = {
        "success": ["Payment Received", "Received Successfully"],
        "failed": ["Payment Failed"],
        "pending": ["Payment Pending"],
    }[outcome]
    p.add(("title", rng.choice(word)), status=outcome)
    p.add(("big", rs(amount)), keep=True)
    p.add(("center", f"from {payer}"))
    p.add(("small", handle(rng, payer)), method=(KEYWORD, "UPI"))
    p.add(("rule",))
    p.add(("pair", rng.choice(["Received on", "Date & Time"]), moment(rng, d)), date=d)
    p.add(("pair", rng.choice(["UPI Ref No", "UTR"]), ref), txn=(UPIREF, ref))
    p.add(("pair", "Soundbox ID", f"{brand[:2].upper()}SB{digits(rng, 8)}"))
    p.add(("pair", "Settlement", f"to {acct(rng)} by {when(later(d, rng, 1, 2), '%d %b')}"))
    if rng.random() < 0.6:
        p.add(("pair", "Today's collection", rs(amount + rupees(rng, 200, 40000))))
    return p.out(), p.truth(amount, "INR"), style


# ---------------------------------------------------------------- drawing


def _feature(image: Image.Image, frame: dict, font: str) -> Image.Image:
    """A feature phone photographed in a hand's shadow: its plastic body, the small screen, the keypad."""
    w, h = image.size
    rim, keys_h = 36, 300
    body = frame["body"]
    rng = np.random.default_rng(frame["seed"])
    canvas = Image.new("RGB", (w + 2 * rim + 80, h + rim * 2 + keys_h + 120), (92, 86, 78))
    draw = ImageDraw.Draw(canvas)
    x0, y0 = 40, 40
    draw.rounded_rectangle((x0, y0, x0 + w + 2 * rim, y0 + h + 2 * rim + keys_h), radius=48, fill=body)
    canvas.paste(image, (x0 + rim, y0 + rim + 10))
    pad_top = y0 + rim + h + 40
    key = tuple(min(255, c + 40) for c in body)
    kw = (w + 2 * rim - 80) // 3
    labels = ["1", "2 abc", "3 def", "4 ghi", "5 jkl", "6 mno", "7 pqrs", "8 tuv", "9 wxyz", "*", "0 +", "#"]
    for i, label in enumerate(labels):
        r, c = divmod(i, 3)
        kx, ky = x0 + 40 + c * kw, pad_top + 20 + r * 56
        draw.rounded_rectangle((kx + 6, ky, kx + kw - 6, ky + 44), radius=14, fill=key)
        draw.text((kx + 20, ky + 10), label, font=face(font, 17), fill=(250, 250, 250))
    pixels = np.asarray(canvas, dtype=np.float32)
    pixels += rng.normal(0, 3, pixels.shape[:2])[..., None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))


FRAMES = dict(H93_FRAMES, feature=_feature)


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """The page as ``heldout14_render.render`` draws it, then the frame in ``style["h94"]`` (none prints a fact
    of the truth: a counter under a slip, a feature phone's body and keypad)."""
    image = base_render(rows, font, style)
    frame = (style.get("h94") or {}).get("frame")
    if frame:
        image = FRAMES[frame["kind"]](image, frame, font)
    return image
