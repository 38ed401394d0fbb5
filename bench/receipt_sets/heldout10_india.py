"""Indian heldout10 families: e-challan, water bill, exam fee, car workshop, broker funds, crypto deposit,
card EMI conversion slip. Each returns (rows, truth, style)."""

from __future__ import annotations

import random
from decimal import Decimal

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_sets.heldout10_render import Row, has_rupee
from bench.receipt_sets.heldout10_values import (CENT, amount, clock, code, date_text, day, digits, masked_card, money,
                                            phone_in, rupee)

Built = tuple[list[Row], ReceiptTruth, str]
_STATES = ["KA", "MH", "DL", "TN", "TS", "GJ", "UP", "KL"]


def _vehicle(rng: random.Random) -> str:
    return f"{rng.choice(_STATES)}{rng.randint(1, 55):02d}{code(rng, 2, 'ABCDEFGHJKMNPRSTUVWXYZ')}{digits(rng, 4)}"


def echallan(rng: random.Random, font: str) -> Built:
    payee = rng.choice(["Bengaluru Traffic Police", "Mumbai Traffic Police", "Delhi Traffic Police",
                        "Transport Department, Govt. of Tamil Nadu", "Hyderabad Traffic Police"])
    fine = amount(rng, 1, 20, cents=False) * 500
    d = day(rng)
    method = rng.choice([("Net Banking", "netbanking"), ("UPI", "UPI"), ("Debit Card", "card"),
                         ("Credit Card", "card"), (None, None)])
    status = rng.choice([("Success", "success"), ("SUCCESS", "success"), ("Failed", "failed"),
                         ("Pending", "pending"), ("Success", "success")])
    challan_no = f"{rng.choice(_STATES)}{digits(rng, 18)}"
    grn = rng.random() < 0.55
    txn_id = digits(rng, 12) if grn else code(rng, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, 10)
    r = rupee(rng, has_rupee(font))
    rows: list[Row] = [("banner", "e-Challan Payment Receipt"), ("title", payee), ("c", "Digital Traffic Enforcement"),
                       ("rule",), ("kv", "Challan No.", challan_no), ("kv", "Vehicle No.", _vehicle(rng)),
                       ("kv", "Violator Name", rng.choice(["RAVI KUMAR", "S. MEENA", "ARJUN PATIL", "N. IQBAL"])),
                       ("kv", "Offence", rng.choice(["Signal Jumping", "No Helmet", "Over Speeding", "Wrong Parking"])),
                       ("kv", "Offence Date", date_text(day(rng, "2024-01-01", 150), "dmy/")), ("rule",)]
    rows.append(("kv", "Transaction ID" if not grn else "Bank Ref. No.", txn_id))
    rows.append(("kv", "Payment Date", f"{date_text(d, rng.choice(['dmy/', 'dmy-', 'd-Mon-Y']))} {clock(rng, True)}"))
    if method[0]:
        rows.append(("kv", "Payment Mode", method[0]))
    rows.append(("KV", "Fine Amount", f"{r}{money(fine, rng.choice(['in', 'plain']))}"))
    rows.append(("KV", "Payment Status", status[0]))
    rows.append(("t", "This is a computer generated receipt."))
    truth = ReceiptTruth(payee, f"{fine:.2f}", "INR", txn_id, d.isoformat(), method[1], status[1])
    return rows, truth, "page" if rng.random() < 0.6 else "screen"


def water_bill(rng: random.Random, font: str) -> Built:
    payee = rng.choice(["Bangalore Water Supply & Sewerage Board", "Chennai Metrowater",
                        "Pune Municipal Corporation - Water Dept", "Delhi Jal Board", "Hyderabad Metro Water Board"])
    charge = amount(rng, 180, 2400)
    arrears = amount(rng, 0, 600) if rng.random() < 0.4 else 0
    sewer = (charge * 15 / 100).quantize(CENT)
    total = charge + arrears + sewer
    d = day(rng)
    r = rupee(rng, has_rupee(font))
    g = rng.choice(["in", "plain"])
    receipt_no = rng.choice(["", "WB/", "R-"]) + digits(rng, rng.choice([8, 10]))
    mode = rng.choice([("Cash", "cash"), ("UPI", "UPI"), ("Cheque", None), ("Online", None), ("Card", "card")])
    rows: list[Row] = [("title", payee), ("c", "WATER CHARGES RECEIPT"), ("rule",),
                       ("kv", "Receipt No", receipt_no), ("kv", "RR / Consumer No", digits(rng, 9)),
                       ("kv", "Meter No", code(rng, 2, "MW") + digits(rng, 7)),
                       ("kv", "Bill Period", f"{date_text(day(rng, '2024-03-01', 60), 'dmy/')} to "
                                             f"{date_text(day(rng, '2024-05-01', 30), 'dmy/')}"),
                       ("kv", "Ward", f"{rng.randint(1, 198)}")]
    has_date = rng.random() < 0.8
    if has_date:
        rows.insert(4, ("kv", "Receipt Date", date_text(d, rng.choice(["dmy/", "dmy-", "d Mon Y"]))))
    rows += [("rule",), ("kv", "Water Charges", money(charge, g)), ("kv", "Sewerage Cess", money(sewer, g))]
    if arrears:
        rows.append(("kv", "Arrears", money(arrears, g)))
    rows += [("KV", "Total Amount Paid", f"{r}{money(total, g)}"), ("kv", "Mode of Payment", mode[0])]
    if mode[0] == "Cheque":
        rows.append(("kv", "Cheque No", digits(rng, 6)))
    rows += [("rule",), ("c", f"Helpline {rng.choice(['1916', '044-45674567', '1800-425-0009'])}")]
    truth = ReceiptTruth(payee, f"{total:.2f}", "INR", receipt_no, d.isoformat() if has_date else None, mode[1], None)
    return rows, truth, rng.choice(["slip", "page"])


def exam_fee(rng: random.Random, font: str) -> Built:
    uni = rng.choice(["University of Mumbai", "Anna University", "Osmania University",
                      "Savitribai Phule Pune University", "Gujarat Technological University"])
    fee = amount(rng, 4, 30, cents=False) * 100
    late = amount(rng, 1, 5, cents=False) * 100 if rng.random() < 0.35 else 0
    charges = amount(rng, 10, 25) if rng.random() < 0.5 else 0
    total = fee + late + charges
    d = day(rng)
    ref = rng.choice(["DU", "DUK", "IGA"]) + digits(rng, 8)
    bank_ref = rng.random() < 0.5
    bref = code(rng, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + digits(rng, 8)
    method = rng.choice([("Net Banking", "netbanking"), ("Debit Card", "card"), ("UPI", "UPI"),
                         ("SBI Branch", None)])
    status = rng.choice([("Success", "success"), ("Successful", "success"), ("Failure", "failed")])
    r = rupee(rng, has_rupee(font))
    rows: list[Row] = [("title", uni), ("c", "Examination Fee Payment Acknowledgement"), ("rule",),
                       ("kv", "Enrolment No", digits(rng, 12)), ("kv", "Seat / Roll No", digits(rng, 7)),
                       ("kv", "Programme", rng.choice(["B.E. (Civil) Sem-V", "B.Com Sem-III", "M.Sc. Physics Sem-II"])),
                       ("kv", "Exam Session", rng.choice(["Nov-Dec 2024", "Apr-May 2025"])), ("rule",),
                       ("kv", "Payment ID", ref)]
    if bank_ref:
        rows.append(("kv", "Bank Reference No", bref))
    rows.append(("kv", "Transaction Date", date_text(d, rng.choice(["d-Mon-Y", "dmy/", "d Mon Y"]))))
    rows.append(("kv", "Exam Fee", f"{r}{money(fee, 'plain')}"))
    if late:
        rows.append(("kv", "Late Fee", f"{r}{money(late, 'plain')}"))
    if charges:
        rows.append(("kv", "Transaction Charges", f"{r}{money(charges, 'plain')}"))
    rows += [("KV", "Total Amount", f"{r}{money(total, 'in')}"), ("kv", "Payment Mode", method[0]),
             ("kv", "Status", status[0])]
    truth = ReceiptTruth(uni, f"{total:.2f}", "INR", bref if bank_ref else ref, d.isoformat(), method[1], status[1])
    return rows, truth, rng.choice(["page", "page", "screen"])


def workshop(rng: random.Random, font: str) -> Built:
    shop = rng.choice(["Sai Motors Authorised Service", "Shree Automobiles", "Kothari Car Care Pvt Ltd",
                       "Fixit Auto Works", "Metro Hyundai Service Centre"])
    parts = [(n, amount(rng, 150, 4200)) for n in rng.sample(
        ["Engine Oil 5W30 3.5L", "Oil Filter", "Air Filter", "Brake Pads (F)", "Wiper Blade Set", "Coolant 1L",
         "Spark Plug x4", "Cabin Filter"], rng.randint(2, 4))]
    labour = amount(rng, 400, 2500)
    taxable = sum((p for _, p in parts), labour)
    gst = (taxable * 9 / 100).quantize(CENT)
    raw = taxable + 2 * gst
    total = raw.quantize(Decimal(1)) if rng.random() < 0.5 else raw
    d = day(rng)
    fy = rng.randint(24, 25)
    inv = f"{rng.choice(['INV', 'SI', 'WS'])}/{fy}-{fy + 1}/{digits(rng, 5)}"
    paid = rng.choice([("Card", "card"), ("UPI", "UPI"), ("Cash", "cash"), (None, None)])
    g = rng.choice(["in", "plain"])
    rows: list[Row] = [("title", shop), ("c", rng.choice(["Plot 14, MIDC Bhosari, Pune", "NH-48, Gurugram",
                                                          "Hosur Road, Bengaluru"])),
                       ("c", f"GSTIN {rng.randint(10, 36)}{code(rng, 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}"
                             f"{digits(rng, 4)}{code(rng, 1)}1Z{code(rng, 1)}"),
                       ("c", "TAX INVOICE"), ("rule",), ("kv", "Invoice No", inv),
                       ("kv", "Invoice Date", date_text(d, rng.choice(["dmy/", "dmy-", "d-Mon-Y"]))),
                       ("kv", "Job Card No", f"JC{digits(rng, 6)}"), ("kv", "Reg. No", _vehicle(rng)),
                       ("kv", "Odometer", f"{rng.randint(5, 140)},{rng.randint(100, 999)} km"), ("rule",)]
    rows += [("kv", n, money(p, g)) for n, p in parts]
    rows += [("kv", "Labour Charges", money(labour, g)), ("kv", "Taxable Value", money(taxable, g)),
             ("kv", "CGST @9%", money(gst, g)), ("kv", "SGST @9%", money(gst, g))]
    if total != raw:
        rows.append(("kv", "Round Off", f"{total - raw:+.2f}"))
    rows.append(("KV", "Grand Total", f"{rupee(rng, has_rupee(font))}{money(total, g)}"))
    if paid[0]:
        rows.append(("kv", "Payment Received By", paid[0]))
    rows += [("rule",), ("c", f"Service Advisor: {rng.choice(['Rahul', 'Imran', 'Deepa'])}  {phone_in(rng)}"),
             ("c", f"Next service due: {date_text(day(rng, '2025-12-01', 200), 'dmy/')}")]
    truth = ReceiptTruth(shop, f"{total:.2f}", "INR", inv, d.isoformat(), paid[1], None)
    return rows, truth, rng.choice(["page", "slip"])


def broker_funds(rng: random.Random, font: str) -> Built:
    broker = rng.choice(["Zenith Broking Ltd", "Kuvera Securities", "Arthvest Capital Pvt Ltd", "TradeKart Securities"])
    value = amount(rng, 1, 200, cents=False) * 500
    d = day(rng)
    method = rng.choice([("UPI", "UPI", "UPI Ref No"), ("Net banking", "netbanking", "Bank Ref No"),
                         ("UPI", "UPI", "UTR")])
    status = rng.choice([("Funds added successfully", "success"), ("Payment failed", "failed"),
                         ("Payment processing", "pending"), ("Funds added successfully", "success")])
    ref = digits(rng, 12)
    pay_id = f"{rng.choice(['PAY', 'FA'])}{digits(rng, 10)}"
    r = rupee(rng, has_rupee(font))
    named = rng.random() < 0.55  # the app screen often leaves its own name off
    rows: list[Row] = [("banner", broker if named else "Add funds"), ("title", status[0]), ("c", f"{r}{money(value, 'in')}"), ("rule",),
                       ("kv", "Client ID", code(rng, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 4)),
                       ("kv", "Segment", rng.choice(["Equity", "Equity & F&O", "Commodity"])),
                       ("kv", "Payment mode", method[0]),
                       ("kv", "From account", f"XXXXXX{digits(rng, 4)}"), ("kv", "Payment ID", pay_id)]
    has_ref = rng.random() < 0.75
    if has_ref:
        rows.append(("kv", method[2], ref))
    rows.append(("kv", "Date", f"{date_text(d, rng.choice(['d Mon Y', 'Mon d, Y', 'dmy/']))}, {clock(rng, ampm=True)}"))
    rows.append(("t", "Available margin updates within 5 minutes."))
    truth = ReceiptTruth(broker if named else None, f"{value:.2f}", "INR", ref if has_ref else pay_id, d.isoformat(), method[1],
                         status[1])
    return rows, truth, "screen"


def crypto_deposit(rng: random.Random, font: str) -> Built:
    exchange = rng.choice(["CoinVault India", "BitBazaar", "Zebra Digital Assets", "Unova Exchange"])
    value = amount(rng, 1000, 250000)
    fee = (value * Decimal(rng.choice(["0.002", "0.005", "0.0059"]))).quantize(CENT) if rng.random() < 0.5 else None
    d = day(rng)
    method = rng.choice([("IMPS", "netbanking"), ("NEFT", "netbanking"), ("UPI", "UPI"), ("RTGS", "netbanking")])
    status = rng.choice([("Completed", "success"), ("Pending", "pending"), ("Processing", "pending"),
                         ("Rejected", "failed"), ("Completed", "success")])
    utr = (code(rng, 4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "R5" + digits(rng, 16)) if method[0] == "RTGS" else digits(rng, 12)
    dep_id = digits(rng, 9)
    has_utr = rng.random() < 0.8
    r = rupee(rng, has_rupee(font))
    named = rng.random() < 0.55
    rows: list[Row] = [("banner", exchange if named else "Deposit details"), ("title", "INR Deposit"), ("c", f"{r}{money(value, 'in')}"),
                       ("c", status[0]), ("rule",), ("kv", "Deposit ID", dep_id), ("kv", "Method", method[0])]
    if has_utr:
        rows.append(("kv", "UTR Number", utr))
    rows += [("kv", "Bank Account", f"{rng.choice(['HDFC', 'ICICI', 'Axis', 'SBI'])} ****{digits(rng, 4)}")]
    if fee is not None:
        rows += [("kv", "Fee", f"{r}{money(fee, 'plain')}"), ("kv", "Net credit", f"{r}{money(value - fee, 'in')}")]
    rows += [("kv", "Requested on", f"{date_text(d, rng.choice(['iso', 'd Mon Y', 'dmy/']))} {clock(rng, True)}"),
             ("kv", "Network", "Bank transfer")]
    truth = ReceiptTruth(exchange if named else None, f"{value:.2f}", "INR", utr if has_utr else dep_id, d.isoformat(), method[1],
                         status[1])
    return rows, truth, "screen"


def card_emi(rng: random.Random, font: str) -> Built:
    bank = rng.choice(["HDFC BANK", "ICICI BANK", "AXIS BANK", "KOTAK MAHINDRA BANK"])
    store = rng.choice(["CROMA - PHOENIX MALL", "RELIANCE DIGITAL", "VIJAY SALES ANDHERI", "POORVIKA MOBILES"])
    value = amount(rng, 12000, 180000)
    tenure = rng.choice([3, 6, 9, 12, 18])
    rate = rng.choice(["0.00", "13.00", "15.99", "14.00"])
    emi = (value / tenure).quantize(CENT)
    d = day(rng)
    rrn = digits(rng, 12)
    auth = code(rng, 6, "0123456789ABCDEF")
    has_rrn = rng.random() < 0.75
    r = rng.choice(["Rs.", "INR", "Rs"])
    rows: list[Row] = [("title", bank), ("c", "EMI SALE"), ("c", store),
                       ("c", rng.choice(["MUMBAI", "BANGALORE", "CHENNAI", "HYDERABAD"])), ("rule",),
                       ("kv", "DATE:", date_text(d, rng.choice(["dmy/", "d-Mon-Y"])).upper()),
                       ("kv", "TIME:", clock(rng, True)),
                       ("kv", "MID:", digits(rng, 15)), ("kv", "TID:", digits(rng, 8)),
                       ("kv", "BATCH NO:", f"{rng.randint(1, 999):06d}"), ("kv", "INVOICE NO:", f"{rng.randint(1, 9999):06d}"),
                       ("t", masked_card(rng)), ("kv", "CARD TYPE:", rng.choice(["VISA", "MASTERCARD", "RUPAY"]))]
    if has_rrn:
        rows.append(("kv", "RRN:", rrn))
    rows += [("kv", "APPR CODE:", auth), ("rule",), ("KV", "BASE AMOUNT:", f"{r} {money(value, 'plain')}"),
             ("kv", "TENURE:", f"{tenure} MONTHS"), ("kv", "INTEREST RATE:", f"{rate}% p.a."),
             ("kv", "EMI AMOUNT:", f"{r} {money(emi, 'plain')}"),
             ("kv", "PROCESSING FEE:", f"{r} {rng.choice(['0.00', '199.00', '299.00'])}"), ("rule",),
             ("c", "APPROVED" if rng.random() < 0.8 else "TRANSACTION APPROVED"), ("c", "PIN VERIFIED OK"),
             ("c", "*** CUSTOMER COPY ***")]
    truth = ReceiptTruth(store, f"{value:.2f}", "INR", rrn if has_rrn else auth, d.isoformat(), "card", "success")
    return rows, truth, "slip"
