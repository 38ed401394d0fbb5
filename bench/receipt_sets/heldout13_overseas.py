"""Heldout13 layouts from Hong Kong and Egypt: an Octopus payment slip and a Fawry receipt."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout13_values import chance, code, digits, money, pick_date, show_date, show_time, truth_amount

HK_SHOPS = ["7-Eleven Tsim Sha Tsui", "Circle K Mong Kok", "Maxim's MX Central", "Wellcome Supermarket TKO",
            "Fairwood Causeway Bay", "Mannings Sha Tin"]


def octopus_slip(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """A shop's Octopus card payment slip: device id, card number, deducted value, remaining value."""
    shop = rng.choice(HK_SHOPS) if chance(rng, 0.8) else None
    cents = rng.randint(8, 480) * 10 + rng.choice([0, 0, 5]) * 10
    day = pick_date(rng)
    txn = digits(rng, rng.randint(6, 10)) if chance(rng, 0.8) else None
    currency = "HKD" if chance(rng, 0.8) else None
    mark = rng.choice(["HK$", "HKD ", "HK$ "]) if currency else ""
    rows = ([("c", shop)] if shop else []) + [("c", rng.choice(["Octopus Payment", "OCTOPUS RECEIPT"])), ("rule",)]
    rows += [("kv", rng.choice(["Device No.", "Machine ID"]), code(rng, 6, "0123456789ABCDEF")),
             ("kv", rng.choice(["Octopus No.", "Card No."]), f"{digits(rng, 8)}({rng.randint(0, 9)})")]
    if txn:
        rows.append(("kv", rng.choice(["Transaction No.", "Txn No.", "Receipt No."]), txn))
    dated = chance(rng, 0.85)
    if dated:
        rows.append(("kv", rng.choice(["Date/Time", "Trans. Date"]),
                     f"{show_date(day, rng, rng.choice(['dmy', 'ymd']))} {show_time(rng)}"))
    insufficient = chance(rng, 0.2)
    rows.append(("kv", rng.choice(["Amount Deducted", "Payment", "Amount"]), f"{mark}{money(cents, rng, 'western')}"))
    if insufficient:
        rows += [("kv", "Remaining Value", f"-{mark}{money(rng.randint(1, 30) * 100, rng, 'plain')}"),
                 ("c", rng.choice(["Insufficient value - transaction unsuccessful", "TRANSACTION FAILED"]))]
    else:
        rows += [("kv", "Remaining Value", f"{mark}{money(rng.randint(0, 900) * 100, rng, 'plain')}"),
                 ("c", rng.choice(["Transaction completed", "Thank you", "Successful"]))]
    status = "failed" if insufficient else "success"
    rows += [("gap",), ("c", f"Automatic Add Value limit {mark}250")]
    if not insufficient and rows[-3][1] == "Thank you":
        status = None
    truth = {"merchant_name": shop, "amount": truth_amount(cents), "currency": currency, "transaction_id": txn,
             "date": day.isoformat() if dated else None, "payment_method": "wallet", "status": status}
    return rows, truth, "thermal"


BILLERS = ["Vodafone Egypt", "WE Telecom Egypt", "Orange Egypt", "North Cairo Electricity Distribution",
           "Cairo Water Co.", "Etisalat Misr", "Egypt Air Online Booking"]


def fawry_receipt(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """A Fawry point-of-sale receipt: biller, billing account, amount, fees, Fawry reference."""
    biller = rng.choice(BILLERS) if chance(rng, 0.8) else None
    day = pick_date(rng)
    base = rng.randint(10, 3000) * 100 + rng.choice([0, 0, 50])
    fee = rng.choice([200, 300, 500, 750, 0])
    total = base + fee
    ref = digits(rng, 9) if chance(rng, 0.8) else None
    currency = "EGP" if chance(rng, 0.8) else None
    mark = rng.choice(["EGP ", "LE ", "E£"]) if currency else ""
    after = rng.choice(["", " EGP", " LE"]) if currency and not mark.strip() else ""
    rows = [("c", "fawry"), ("c", rng.choice(["Payment Receipt", "Fawry Pay Receipt", "RECEIPT"])), ("rule",)]
    if biller:
        rows.append(("kv", rng.choice(["Biller", "Service Provider", "Company"]), biller))
    rows += [("kv", rng.choice(["Service", "Bill type"]), rng.choice(["Mobile Recharge", "Postpaid Bill",
                                                                    "Electricity Prepaid", "Online Payment"])),
             ("kv", rng.choice(["Billing Acct", "Mobile No.", "Customer No."]), f"01{digits(rng, 9)}")]
    if ref:
        rows.append(("kv", rng.choice(["Fawry Ref No", "Reference No.", "FawryRefNumber"]), ref))
    rows.append(("kv", "Terminal ID", digits(rng, 8)))
    dated = chance(rng, 0.85)
    if dated:
        rows.append(("kv", rng.choice(["Date", "Trx Date"]), f"{show_date(day, rng, rng.choice(['dmy', 'ymd']))} "
                                                              f"{show_time(rng)}"))
    rows += [("rule",), ("kv", "Amount", f"{mark}{money(base, rng, 'western')}{after}"),
             ("kv", rng.choice(["Fees", "Service charge"]), f"{money(fee, rng, 'plain')}"),
             ("kv", rng.choice(["Total", "Total Amount", "TOTAL PAID"]), f"{mark}{money(total, rng, 'western')}{after}")]
    pay = rng.choice(["Cash", "Cash", "Meeza Card", "Fawry Wallet", None])
    if pay:
        rows.append(("kv", "Payment Method", pay))
    status = rng.choice(["success", "success", "success", "pending", None])
    if status == "success":
        rows.append(("c", rng.choice(["Successful Transaction", "Paid successfully"])))
    elif status == "pending":
        rows.append(("c", "Transaction under processing - keep this receipt"))
    rows += [("gap",), ("c", "Hotline 16421"), ("c", f"Keep this receipt until {show_date(day + dt.timedelta(days=14), rng, 'dmy')}")]
    method = {"Cash": "cash", "Meeza Card": "card", "Fawry Wallet": "wallet"}.get(pay or "")
    truth = {"merchant_name": biller, "amount": truth_amount(total), "currency": currency, "transaction_id": ref,
             "date": day.isoformat() if dated else None, "payment_method": method, "status": status}
    return rows, truth, "thermal"
