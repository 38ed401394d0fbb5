"""heldout8 notices from banks, billers and merchants: net-banking acknowledgement, BBPS receipt, refund."""

from __future__ import annotations

import random

from bench.receipt_sets import heldout8_values as v
from bench.receipt_sets.heldout8_imaging import PROPORTIONAL, Theme, gap, kv, rule, text
from bench.receipt_sets.heldout8_screens import Doc, payee_name, truth


def netbanking(r: random.Random) -> Doc:
    """An internet-banking NEFT / IMPS / RTGS acknowledgement page, with beneficiary account and IFSC."""
    st, t, payee = v.outcome(r, failed=0.1, pending=0.2), v.when(r), payee_name(r)
    bank, code4 = r.choice(v.BANKS)
    mode = r.choice(["NEFT", "IMPS", "RTGS"])
    a = v.amount(r, 200000 if mode == "RTGS" else 500, 900000 if mode == "RTGS" else 150000)
    if mode == "IMPS":
        ref = v.utr(r, t)
    else:
        ref = f"{code4}{'N' if mode == 'NEFT' else 'R'}{t.strftime('%Y%m%d')}{v.digits(r, 8)}"
    word = {
        "success": r.choice(["Processed", "Successful", "Completed", "SUCCESS"]),
        "failed": r.choice(["Failed", "Rejected", "Unsuccessful"]),
        "pending": r.choice(["Pending", "In Process", "Scheduled - Pending"]),
    }[st]
    ref_label = r.choice(["UTR Number", "UTR No.", "Transaction Reference Number", "Reference No."])
    fee = v.amount(r, 2, 25, paise=0.5) if r.random() < 0.4 else None
    rows = [
        text(
            f"{bank} - {r.choice(['Internet Banking', 'Net Banking', 'NetBanking'])}",
            bold=True,
            scale=1.3,
            color="accent",
        ),
        text(
            f"{mode} Fund Transfer - {r.choice(['Acknowledgement', 'Transaction Acknowledgement'])}",
            bold=True,
        ),
        rule(),
        kv("Transaction Status", word, bold=True),
    ]
    named = r.random() < 0.8  # a transfer to an account number alone names no payee
    if named:
        rows.append(kv(r.choice(["Beneficiary Name", "Payee Name"]), payee))
    rows += [
        kv("Beneficiary Account No.", v.digits(r, r.choice([11, 12, 14, 16]))),
        kv("IFSC Code", f"{r.choice(v.BANKS)[1]}0{v.digits(r, 6)}"),
        kv("Debit Account", v.masked(r, 4, "XXXXXXXXXX")),
        kv("Amount", v.inr(r, a, symbols=("INR ", "Rs. ", "₹ "))),
    ]
    if fee is not None:
        rows.append(kv("Charges (incl. GST)", v.inr(r, fee, symbols=("INR ", "Rs. "))))
    rows += [
        kv(ref_label, ref),
        kv("Customer ID", v.digits(r, 8)),
        kv(r.choice(["Transaction Date", "Date", "Transfer Date"]), v.stamp(r, t)),
        kv("Remarks", r.choice(["Invoice 2291", "Rent", "Advance", "Supplies"])),
        rule(),
        text(
            "This is a system generated acknowledgement and does not require signature.",
            color="muted",
            scale=0.8,
        ),
    ]
    # The beneficiary receives the principal; the fee goes to the bank, so the amount is the transfer.
    return Doc(
        rows,
        truth(payee if named else None, a, "INR", ref, t, "netbanking", st),
        r.choice(PROPORTIONAL),
        r.randint(19, 23),
        r.randint(900, 1100),
        Theme(accent=(20, 70, 140)),
    )


def bbps(r: random.Random) -> Doc:
    """A Bharat BillPay receipt for an electricity, mobile, water or gas bill: biller, consumer no., fees."""
    st, t = v.outcome(r, failed=0.08, pending=0.12), v.when(r)
    biller = r.choice(
        [
            "Maharashtra State Electricity Distbn Co Ltd",
            "BSES Rajdhani Power Limited",
            "Tata Power - Mumbai",
            "Bangalore Electricity Supply Co",
            "Jio Prepaid",
            "Airtel Postpaid",
            "Delhi Jal Board",
            "Mahanagar Gas Limited",
            "Vi Postpaid",
        ]
    )
    bill = v.amount(r, 150, 9000)
    fee = v.amount(r, 1, 20) if r.random() < 0.4 else None
    total = bill + (fee or 0)
    method = r.choice(
        [
            ("UPI", "UPI"),
            ("Net Banking", "netbanking"),
            ("Debit Card", "card"),
            ("Credit Card", "card"),
            ("Wallet", "wallet"),
            None,
        ]
    )
    bref = r.choice(["CC01", "OU01", "AX01"]) + v.code(r, 16)
    upi_ref = v.utr(r, t) if method and method[1] == "UPI" and r.random() < 0.5 else None
    show_pay_date = r.random() < 0.75
    word = {
        "success": r.choice(["Successful", "SUCCESS", "Payment Successful"]),
        "failed": r.choice(["Failed", "FAILURE"]),
        "pending": r.choice(["Pending", "Awaiting Confirmation"]),
    }[st]
    bill_date = t - v.timedelta(days=r.randint(8, 25))
    rows = [
        text("Bharat BillPay", bold=True, scale=1.3, color="accent"),
        text("Payment Receipt", bold=True),
        rule(),
        kv("Biller Name", biller),
        kv(
            r.choice(["Consumer Number", "Consumer No.", "Mobile Number", "CA Number"]),
            v.digits(r, r.choice([10, 12])),
        ),
        kv("Customer Name", r.choice(v.PEOPLE)),
        kv("Bill Number", v.digits(r, 9)),
        kv("Bill Date", v.date_text(r, bill_date)),
        kv("Due Date", v.date_text(r, bill_date + v.timedelta(days=15))),
        kv("Bill Amount", v.inr(r, bill)),
    ]
    if fee is not None:
        rows += [
            kv("Customer Convenience Fee", v.inr(r, fee)),
            kv("Total Amount", v.inr(r, total), bold=True),
        ]
    rows.append(kv(r.choice(["B-Connect Txn ID", "BBPS Txn Ref ID", "Transaction Ref ID"]), bref))
    if upi_ref:
        rows.append(kv("UPI Ref No.", upi_ref))
    if method:
        rows.append(kv(r.choice(["Payment Mode", "Payment Channel / Mode"]), method[0]))
    if show_pay_date:
        rows.append(kv(r.choice(["Payment Date", "Transaction Date & Time"]), v.stamp(r, t)))
    rows += [
        kv("Transaction Status", word, bold=True),
        rule(True),
        text("Please retain this receipt for future reference.", color="muted", scale=0.85),
    ]
    return Doc(
        rows,
        truth(
            biller,
            total,
            "INR",
            upi_ref or bref,
            t if show_pay_date else None,
            method[1] if method else None,
            st,
        ),
        r.choice(PROPORTIONAL),
        r.randint(19, 23),
        r.randint(820, 980),
        Theme(accent=(180, 40, 70)),
    )


def refund(r: random.Random) -> Doc:
    """A refund notice from a merchant: refunded amount, refund id or UTR, original order."""
    t = v.when(r)
    merchant = r.choice(
        ["Zestora Fashion", "BookMyTrip Travels", "QuickCart Online", "Hungrybox Meals", "ElectroHub Store"]
    )
    a = v.amount(r, 99, 25000)
    st = r.choice(["success", "success", "pending"])
    order = r.choice(["OD", "ORD", ""]) + v.digits(r, r.choice([12, 15]))
    rid = r.choice(["rfnd_" + v.code(r, 14, v.ALNUM), "RF" + v.digits(r, 10)])
    rrn = v.utr(r, t) if r.random() < 0.45 else None
    method = r.choice(
        [
            ("UPI", "UPI"),
            ("credit card ending 4" + v.digits(r, 3), "card"),
            ("bank account", None),
            ("original payment method", None),
        ]
    )
    money = v.inr_style(r)
    if st == "success":
        head = r.choice(["Refund Processed", "Your refund is complete", "Refund Credited"])
        line = f"We have refunded {money(a)} to your {method[0]}."
    else:
        head = r.choice(["Refund Initiated", "Refund in progress"])
        line = (
            f"A refund of {money(a)} to your {method[0]} has been initiated. It may take 5-7 business days."
        )
    rows = [
        text(merchant, bold=True, scale=1.35, color="accent"),
        gap(6),
        text(head, bold=True, scale=1.2),
        gap(4),
        text(line),
        gap(6),
        rule(),
        kv("Order ID", order),
        kv("Refund ID", rid),
    ]
    if rrn:
        rows.append(kv(r.choice(["Refund UTR", "Bank Reference No. (UTR)"]), rrn))
    rows += [
        kv("Refund Amount", money(a), bold=True),
        kv("Refund Date", v.date_text(r, t)),
        kv("Order Date", v.date_text(r, t - v.timedelta(days=r.randint(3, 20)))),
        rule(),
        text(f"Questions? Write to support@{merchant.split()[0].lower()}.in", color="muted", scale=0.85),
    ]
    # A refund's amount is what was refunded, its date the refund date, its merchant the one who refunds.
    return Doc(
        rows,
        truth(merchant, a, "INR", rrn or rid, t, method[1], st),
        r.choice(PROPORTIONAL),
        r.randint(20, 24),
        r.randint(760, 900),
        Theme(accent=(200, 80, 20)),
    )
