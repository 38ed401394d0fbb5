"""heldout8 layouts shown on a phone: UPI apps, a bank app, a wallet; and the drawn document they all make."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from bench.receipt_sets import heldout8_values as v
from bench.receipt_dataset import ReceiptTruth
from bench.receipt_sets.heldout8_imaging import (
    DARK,
    PROPORTIONAL,
    Row,
    Theme,
    badge,
    band,
    gap,
    kv,
    rule,
    stack,
    text,
)

GREEN, RED, AMBER = (28, 140, 76), (200, 45, 45), (214, 138, 16)
OUTCOME_COLOR = {"success": GREEN, "failed": RED, "pending": AMBER}


@dataclass
class Doc:
    """One drawn document before rendering: its rows, how to draw them, and the truth."""

    rows: list[Row]
    truth: ReceiptTruth
    font: str
    size: int
    width: int
    theme: Theme = field(default_factory=Theme)
    meta: dict[str, Any] = field(default_factory=dict)


def truth(
    merchant: str | None,
    amount,
    currency: str | None,
    tid: str | None,
    when,
    method: str | None,
    status: str | None,
) -> ReceiptTruth:
    return ReceiptTruth(
        merchant_name=merchant,
        amount=v.truth_amount(amount),
        currency=currency,
        transaction_id=tid,
        date=when.date().isoformat() if when is not None else None,
        payment_method=method,
        status=status,
    )


def payee_name(r: random.Random) -> str:
    name = r.choice(v.SHOPS + v.PEOPLE)
    return name.upper() if r.random() < 0.3 else name


def screen_font(r: random.Random) -> str:
    return r.choice(PROPORTIONAL)


def upi_violet(r: random.Random) -> Doc:
    """A PhonePe-like screen: coloured banner, 'Paid to', transaction id plus (often) the UTR."""
    st, t, a, payee = v.outcome(r), v.when(r), v.amount(r, 10, 40000), payee_name(r)
    head = {
        "success": ["Transaction Successful", "Payment Successful"],
        "failed": ["Transaction Failed", "Payment Failed"],
        "pending": ["Transaction Pending", "Payment Processing"],
    }[st]
    tid = "T" + t.strftime("%y%m%d%H%M") + v.digits(r, 11)
    ref = v.utr(r, t) if r.random() < 0.65 else None
    show_method = r.random() < 0.8
    show_date = r.random() < 0.85
    rows = [band(r.choice(head), OUTCOME_COLOR[st], scale=1.2, bold=True)]
    if show_date:
        rows.append(
            text(
                f"{v.time_text(r, t)} on {v.date_text(r, t, style=r.choice(['dmy', 'dmy-', 'num/']))}",
                align="c",
                color="muted",
            )
        )
    rows += [
        gap(16),
        text(r.choice(["Paid to", "Sent to", "To"]), color="muted"),
        kv(payee, v.inr(r, a, symbols=("₹", "₹ ")), bold=True, scale=1.15),
    ]
    if show_method:
        rows.append(
            text(f"UPI ID: {v.vpa(r, payee)}" if r.random() < 0.6 else v.vpa(r, payee), color="muted")
        )
    rows += [
        gap(10),
        rule(),
        text("Transfer Details", bold=True),
        stack(r.choice(["Transaction ID", "Transaction Id"]), tid, bold=True),
    ]
    if st == "failed":
        rows.append(
            text(
                r.choice(
                    [
                        "Money has not been debited from your account.",
                        "Any amount debited will be refunded within 3-5 working days.",
                    ]
                ),
                color=RED,
            )
        )
    if st == "pending":
        rows.append(text("Please check the status again after 30 minutes.", color=AMBER))
    bank, _ = r.choice(v.BANKS)
    rows += [stack("Debited from", f"{bank}  {v.masked(r)}")]
    if ref:
        rows.append(
            kv(r.choice(["UTR:", "UTR No.", "UPI Ref. No."] if show_method else ["UTR:", "UTR No."]), ref)
        )
    rows += [gap(10), rule(), text("Share    Split Expense    Help", align="c", color="accent")]
    theme = DARK if r.random() < 0.25 else Theme(accent=(95, 37, 159))
    return Doc(
        rows,
        truth(payee, a, "INR", ref or tid, t if show_date else None, "UPI" if show_method else None, st),
        screen_font(r),
        r.randint(24, 30),
        r.randint(680, 760),
        theme,
    )


def upi_centered(r: random.Random) -> Doc:
    """A GPay-like screen: big centred amount, one-word outcome, UPI and app transaction ids."""
    st, t, a, payee = v.outcome(r), v.when(r), v.amount(r, 10, 25000, paise=0.3), payee_name(r)
    word = {
        "success": r.choice(["Completed", "Paid", "Success"]),
        "failed": r.choice(["Failed", "Declined"]),
        "pending": r.choice(["Pending", "Processing"]),
    }[st]
    ref, gid = v.utr(r, t), "CICAgK" + v.code(r, 14, v.ALNUM)
    show_ref = r.random() < 0.8
    rows = [
        gap(8),
        text(f"To {payee}", align="c", scale=1.05, bold=True),
        gap(8),
        text(v.inr(r, a, symbols=("₹",), indian=1.0), align="c", scale=2.3, bold=True),
        badge(st, OUTCOME_COLOR[st]),
        text(word, align="c", scale=1.1, color=OUTCOME_COLOR[st]),
    ]
    show_date = r.random() < 0.85
    if show_date:
        rows.append(
            text(
                f"{v.date_text(r, t, style=r.choice(['dmy', 'mdy']))}, {v.time_text(r, t)}",
                align="c",
                color="muted",
            )
        )
    bank, _ = r.choice(v.BANKS)
    rows += [
        gap(20),
        rule(),
        stack("From", f"{bank} •••• {v.digits(r, 4)}"),
        stack(r.choice(["To", "To UPI ID"]), v.vpa(r, payee)),
    ]
    if show_ref:
        rows.append(stack(r.choice(["UPI transaction ID", "UPI Ref No", "UPI reference"]), ref))
    rows.append(stack(r.choice(["Google transaction ID", "App transaction ID"]), gid))
    rows += [
        gap(12),
        text("Powered by UPI" if show_ref else "Need help?", align="c", color="muted", scale=0.8),
    ]
    theme = DARK if r.random() < 0.35 else Theme(accent=(26, 115, 232))
    return Doc(
        rows,
        truth(payee, a, "INR", ref if show_ref else gid, t if show_date else None, "UPI", st),
        screen_font(r),
        r.randint(24, 29),
        r.randint(660, 740),
        theme,
    )


def upi_blue(r: random.Random) -> Doc:
    """A Paytm-like screen paid by UPI or from the app's wallet, with an order id beside the reference."""
    st, t, a, payee = v.outcome(r, failed=0.12, pending=0.08), v.when(r), v.amount(r, 5, 15000), payee_name(r)
    wallet = r.random() < 0.35
    head = {
        "success": r.choice(["Paid Successfully", "Payment Successful"]),
        "failed": r.choice(["Payment Failed", "Transaction Declined"]),
        "pending": r.choice(["Payment Pending", "Awaiting Confirmation"]),
    }[st]
    rows = [
        band("PayZap", (0, 46, 110), bold=True, scale=1.1),
        gap(8),
        text(head, bold=True, scale=1.3, color=OUTCOME_COLOR[st]),
        text(v.inr(r, a, symbols=("₹ ", "Rs ", "₹")), bold=True, scale=2.0),
        gap(6),
        stack(r.choice(["To:", "Paid to"]), payee, bold=True),
        text(f"Mobile: {v.mobile(r)}", color="muted"),
    ]
    order = v.digits(r, r.choice([11, 14, 20]))
    if wallet:
        wref = v.digits(r, 11)
        rows += [stack("From:", "PayZap Wallet"), kv("Wallet Txn ID:", wref), kv("Order ID:", order)]
        tid, method = wref, "wallet"
    else:
        ref = v.utr(r, t)
        bank, _ = r.choice(v.BANKS)
        rows += [
            stack("From:", f"{bank} - {v.digits(r, 4)}"),
            kv(r.choice(["UPI Ref No:", "UPI Ref. No:"]), ref),
            kv("Order ID:", order),
        ]
        tid, method = ref, "UPI"
    rows += [
        kv("", v.stamp(r, t)),
        gap(10),
        rule(True),
        text("Check Balance  |  View History", align="c", color="accent"),
    ]
    return Doc(
        rows,
        truth(payee, a, "INR", tid, t, method, st),
        screen_font(r),
        r.randint(23, 28),
        r.randint(640, 740),
        Theme(accent=(0, 160, 230)),
    )


def upi_bhim(r: random.Random) -> Doc:
    """A BHIM-like plain table screen: payee name and VPA, RRN / Txn ID, status in capitals."""
    st, t, a, payee = v.outcome(r), v.when(r), v.amount(r, 1, 9999, paise=0.2), payee_name(r)
    word = {
        "success": r.choice(["SUCCESS", "SUCCESSFUL"]),
        "failed": r.choice(["FAILURE", "FAILED"]),
        "pending": r.choice(["PENDING", "IN PROGRESS"]),
    }[st]
    ref, txn = v.utr(r, t), "UPI" + v.code(r, 29, "0123456789ABCDEF")[: r.choice([16, 20])]
    show_ref = r.random() < 0.7
    rows = [
        text("BHARATPAY UPI", bold=True, align="c", color="accent", scale=1.2),
        text("Transaction Details", align="c"),
        rule(),
        kv("Transaction Status", word, bold=True, color=OUTCOME_COLOR[st]),
        kv("Payee Name", payee),
        kv("Payee VPA", v.vpa(r, payee)),
        kv("Amount", v.inr(r, a, symbols=("₹ ", "INR ", "Rs. "))),
        kv("Txn ID", txn),
    ]
    if show_ref:
        rows.append(kv(r.choice(["RRN", "Ref No.", "UPI Ref No"]), ref))
    rows += [
        kv("Date & Time", v.stamp(r, t)),
        kv("Remarks", r.choice(["rent", "groceries", "NA", "dinner"])),
        kv("Payer VPA", v.vpa(r, r.choice(v.PEOPLE))),
        rule(),
        text("Raise Complaint", align="c", color="accent"),
    ]
    return Doc(
        rows,
        truth(payee, a, "INR", ref if show_ref else txn, t, "UPI", st),
        screen_font(r),
        r.randint(21, 26),
        r.randint(700, 820),
        Theme(accent=(0, 120, 60)),
    )


def bank_app(r: random.Random) -> Doc:
    """A bank's mobile-app transfer receipt (UPI or IMPS): stacked labels, beneficiary account number."""
    st, t, a, payee = (
        v.outcome(r, failed=0.12, pending=0.12),
        v.when(r),
        v.amount(r, 100, 200000),
        payee_name(r),
    )
    bank, _ = r.choice(v.BANKS)
    upi = r.random() < 0.6
    head = {
        "success": r.choice(["Transfer Successful", "Your transaction is successful", "Funds Transferred"]),
        "failed": r.choice(["Transfer Failed", "Transaction Unsuccessful"]),
        "pending": r.choice(["Transfer In Progress", "Transaction Under Process"]),
    }[st]
    rows = [
        band(f"{bank} Mobile", (15, 60, 120), bold=True),
        badge(st, OUTCOME_COLOR[st]),
        text(head, align="c", bold=True, scale=1.15),
        text(v.inr(r, a), align="c", scale=1.8, bold=True),
        rule(),
    ]
    named = upi or r.random() < 0.6  # an IMPS to a bare account number names no payee
    if named:
        rows.append(stack(r.choice(["Beneficiary Name", "Paid To", "Transferred to"]), payee))
    ref = v.utr(r, t)
    if upi:
        rows += [stack("Beneficiary UPI ID", v.vpa(r, payee)), stack("Mode", "UPI")]
    else:
        rows += [
            stack("Beneficiary A/c No.", v.digits(r, r.choice([11, 12, 14]))),
            stack("IFSC", f"{r.choice(v.BANKS)[1]}0{v.digits(r, 6)}"),
            stack("Mode", "IMPS"),
        ]
    rows += [
        stack("From Account", v.masked(r, 4, "XXXXXXXX")),
        stack(
            r.choice(["Reference Number", "Transaction Reference No.", "UTR Number"])
            if not upi
            else r.choice(["UPI Ref No.", "UPI Reference Number"]),
            ref,
        ),
    ]
    if r.random() < 0.5:
        rows.append(stack("Customer ID", v.digits(r, 9)))
    rows.append(stack(r.choice(["Date & Time", "Transaction Date", "Txn Date"]), v.stamp(r, t)))
    # The mode printed is the method: IMPS counts as net banking (the product's convention, which this set's
    # first truth, None, predated).
    return Doc(
        rows,
        truth(payee if named else None, a, "INR", ref, t, "UPI" if upi else "netbanking", st),
        screen_font(r),
        r.randint(22, 27),
        r.randint(680, 780),
        Theme(accent=(15, 60, 120)),
    )


def wallet(r: random.Random) -> Doc:
    """A wallet screen: money added to the wallet (paid by card / UPI / net banking) or paid from it."""
    st, t = v.outcome(r, failed=0.1, pending=0.1), v.when(r)
    brand = r.choice(["MobiKwallet", "FreeRupee Wallet", "PocketPe Wallet"])
    topup = r.random() < 0.5
    a = v.amount(r, 100, 10000, paise=0.1)
    rows = [band(brand, (60, 50, 140), bold=True, scale=1.1), badge(st, OUTCOME_COLOR[st])]
    txn = r.choice(["MK", "WT", "TXN"]) + v.digits(r, 12)
    if topup:
        payee = brand
        word = {
            "success": "Money added successfully",
            "failed": "Add money failed",
            "pending": "Add money pending",
        }
        source = r.choice(
            [
                ("Debit Card XXXX " + v.digits(r, 4), "card"),
                ("UPI - " + v.vpa(r, r.choice(v.PEOPLE)), "UPI"),
                ("Net Banking - " + r.choice(v.BANKS)[0], "netbanking"),
            ]
        )
        rows += [
            text(word[st], align="c", bold=True, scale=1.2),
            text(v.inr(r, a), align="c", scale=1.9, bold=True),
            kv("Added to", brand),
            kv("Paid using", source[0]),
        ]
        method = source[1]
    else:
        payee = payee_name(r)
        word = {"success": "Payment successful", "failed": "Payment failed", "pending": "Payment pending"}
        rows += [
            text(word[st], align="c", bold=True, scale=1.2),
            text(v.inr(r, a), align="c", scale=1.9, bold=True),
            kv("Paid to", payee),
            kv("Paid from", "Wallet balance"),
        ]
        method = "wallet"
    rows += [
        kv(r.choice(["Transaction ID", "Txn ID", "Payment ID"]), txn),
        kv("Wallet balance", v.inr(r, v.amount(r, 0, 5000))),
        kv("Registered mobile", v.mobile(r)),
    ]
    dated = r.random() < 0.85
    if dated:
        rows.append(kv("", v.stamp(r, t)))
    return Doc(
        rows,
        truth(payee, a, "INR", txn, t if dated else None, method, st),
        screen_font(r),
        r.randint(22, 27),
        r.randint(660, 760),
        DARK if r.random() < 0.3 else Theme(accent=(60, 50, 140)),
    )
