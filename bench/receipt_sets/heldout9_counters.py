"""``heldout9``'s Indian counter and letter families: society dues, loan EMI, hospital, bus e-ticket, power board, kirana.

Each family takes a seeded ``random.Random`` and returns ``(clean image, truth, font name, is_screen)``.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_sets.heldout9_india import Family
from bench.receipt_sets.heldout9_sheet import (
    MONOSPACE,
    PROPORTIONAL,
    Sheet,
    amt_in,
    code,
    digits,
    fmt_date,
    gstin,
    masked_card,
    maybe,
    money,
    phone_in,
    q2,
    rupees,
    stamp,
    truth_amount,
    utr,
    when,
)

_NAMES = ["Suresh Patil", "Meena Krishnan", "Vikram Rao", "Neha Agarwal", "Thomas Mathew", "Harpreet Kaur"]


def society_maintenance(rng: random.Random) -> Family:
    name = f"{rng.choice(['Green Meadows', 'Silver Oak', 'Sai Krupa', 'Lake View', 'Anand Vihar'])} " \
           f"{rng.choice(['Co-operative Housing Society Ltd.', 'CHS Ltd.', 'Apartment Owners Association'])}"
    f = rng.choice(["LiberationSerif", "FreeSerif", "NotoSerif", "DejaVuSerifCondensed"])
    s = Sheet(880, f, size=21, bg=(252, 250, 240))
    s.center(name, 27, True)
    s.center(f"Regd. No. {rng.choice(['MUM/WR/HSG/TC/', 'PNA/HSG/', 'BLR/SOC/'])}{digits(rng, 5)}/{rng.randint(1995, 2018)}",
             16)
    s.center(f"{rng.choice(['Plot', 'Survey No.'])} {rng.randint(3, 200)}, {rng.choice(['Kharadi', 'Andheri (E)', 'Whitefield', 'Gachibowli'])}",
             16)
    s.rule(width=2)
    s.center(rng.choice(["MAINTENANCE RECEIPT", "RECEIPT", "MAINTENANCE CHARGES RECEIPT"]), 24, True)
    t = when(rng)
    rno = f"{rng.choice(['', 'R-', 'MR/'])}{digits(rng, rng.choice([3, 4]))}"
    s.cols([f"Receipt No. {rno}", f"Date: {fmt_date(rng, t, 'in', False)}"], [0.04, 0.6])
    s.cols([f"Flat No. {rng.choice('ABCDE')}-{rng.randint(1, 14)}{rng.randint(1, 4):02d}",
            f"Member: {rng.choice(_NAMES)}"], [0.04, 0.38])
    q_start = t.replace(day=1)
    period = f"{q_start:%b %Y} to {(q_start + timedelta(days=88)):%b %Y}"
    s.text(f"{rng.choice(['For the period', 'Billing period'])}: {period}    Bill No. {digits(rng, 4)}")
    s.rule(dashed=True)
    heads = [("Maintenance Charges", 1800, 6500), ("Sinking Fund", 150, 600), ("Repair Fund", 200, 900),
             ("Water Charges", 150, 700), ("Parking Charges", 300, 1200), ("Non-occupancy Charges", 200, 800)]
    total = Decimal(0)
    for head, lo, hi in rng.sample(heads, rng.randint(3, 5)):
        v = money(rng, lo, hi, paise=False)
        total += v
        s.kv(head, amt_in(v))
    if maybe(rng, 0.35):
        interest = money(rng, 20, 300)
        s.kv("Interest on Arrears @ 21% p.a.", amt_in(interest))
        total += interest
    s.rule(dashed=True)
    s.kv(rng.choice(["Total", "Total Amount Received", "Net Payable"]), rupees(rng, total), 23, True)
    mode = rng.choice(["cheque", "UPI", "netbanking", "cash"])
    tid = rno
    method = {"cheque": None, "UPI": "UPI", "netbanking": "netbanking", "cash": "cash"}[mode]
    if mode == "cheque":
        s.text(f"By Cheque No. {digits(rng, 6)} dated {fmt_date(rng, t - timedelta(days=2), 'in', False)} "
               f"drawn on {rng.choice(['SBI', 'HDFC Bank', 'Canara Bank'])}")
    elif mode == "UPI":
        tid = utr(rng, t)
        s.text(f"By UPI, {rng.choice(['UTR', 'UPI Ref.', 'Ref No.'])} {tid}")
    elif mode == "netbanking":
        tid = f"{rng.choice(['IMPS', 'NB', 'N'])}{digits(rng, 11)}"
        s.text(f"By Net Banking, {rng.choice(['Txn Ref No.', 'Bank Ref.'])} {tid}")
    else:
        s.text("By Cash")
    s.text(f"Society A/c No. {digits(rng, 11)}  IFSC {rng.choice(['SBIN', 'HDFC', 'CNRB'])}0{digits(rng, 6)}", 16)
    s.gap(40)
    s.cols(["Subject to realisation of cheque", "Hon. Treasurer / Secretary"], [0.04, -0.96], size=17)
    img = s.finish()
    status = None
    if mode != "cheque" and maybe(rng, 0.35):
        status = "success"
        img = stamp(img, ["PAID", f"{t:%d %b %Y}".upper()], rng)
    truth = ReceiptTruth(name, truth_amount(total), "INR", tid, t.date().isoformat(), method, status)
    return img, truth, f, False


def loan_emi(rng: random.Random) -> Family:
    lender = rng.choice(["Kaveri Finance Ltd.", "Sahyadri Housing Finance", "Navbharat Auto Loans",
                         "Unity Small Finance Bank", "Ganga Capital NBFC"])
    f = rng.choice(PROPORTIONAL)
    s = Sheet(900, f, size=21)
    s.band(lender, rng.choice([(0, 72, 130), (130, 20, 60), (0, 100, 90)]), size=27, h=70, align="left")
    s.text(rng.choice(["EMI Payment Acknowledgement", "Loan Repayment Receipt", "Payment Acknowledgement"]), 25, True)
    s.text(f"Customer Care: 1800 {digits(rng, 3)} {digits(rng, 4)}   CIN: U65{digits(rng, 3)}MH{rng.randint(1995, 2015)}"
           f"PLC{digits(rng, 6)}", 15, color=(100, 100, 100))
    s.rule()
    t = when(rng)
    emi = money(rng, 2500, 48000, paise=False) + Decimal(rng.choice([0, 0, 0.5]))
    extra = money(rng, 250, 900) if maybe(rng, 0.3) else Decimal(0)
    total = emi + extra
    st = rng.choices(["success", "pending", "failed", None], (0.5, 0.15, 0.1, 0.25))[0]
    rows = [("Customer Name", rng.choice(_NAMES)), ("Loan Account No.", f"{code(rng, 2, 'ABCDEFGHKLMNPRS')}{digits(rng, 10)}"),
            ("Customer ID", digits(rng, 8)), ("Instalment No.", f"{rng.randint(2, 59)} / 60"),
            ("EMI Amount", rupees(rng, emi))]
    if extra:
        rows.append(("Bounce / Late Payment Charges", rupees(rng, extra)))
        rows.append(("Total Amount Paid" if st == "success" else "Total Amount", rupees(rng, total)))
    mode = rng.choice(["netbanking", "UPI", "card", "NACH"])
    method = None if mode == "NACH" else mode
    rows.append(("Payment Mode", {"netbanking": rng.choice(["Net Banking", "Internet Banking"]), "UPI": "UPI",
                                  "card": "Debit Card " + masked_card(rng), "NACH": "NACH / ECS"}[mode]))
    tid = None
    if maybe(rng, 0.9):
        tid = f"{rng.choice(['PG', 'LN', 'EMI'])}{t:%y%m%d}{digits(rng, 7)}"
        rows.append((rng.choice(["Transaction ID", "Payment ID"]), tid))
    if mode in ("netbanking", "UPI") and st != "failed" and maybe(rng, 0.6):
        tid = utr(rng, t) if mode == "UPI" else f"{rng.choice(['HDFC', 'ICIC', 'SBIN'])}{digits(rng, 12)}"
        rows.append(("UTR No." if mode == "UPI" else "Bank Reference No.", tid))
    rows.append((rng.choice(["Payment Date", "Date of Payment", "Paid On"]), fmt_date(rng, t, "in")))
    if st:
        rows.append(("Payment Status", {"success": rng.choice(["Success", "Successful"]),
                                        "pending": rng.choice(["Pending", "In Process"]), "failed": "Failed"}[st]))
    rows.append(("Next EMI Due Date", fmt_date(rng, t + timedelta(days=rng.randint(25, 35)), "in", False)))
    for k, v in rows:
        s.cols([k, v], [0.04, 0.45])
    s.rule()
    s.text("Credit to your loan account is subject to realisation. Please quote your Loan Account No. in all", 15)
    s.text("correspondence. This is a system generated acknowledgement and needs no signature.", 15)
    truth = ReceiptTruth(lender, truth_amount(total), "INR", tid, t.date().isoformat(), method, st)
    return s.finish(), truth, f, maybe(rng, 0.5)


def hospital_receipt(rng: random.Random) -> Family:
    name = rng.choice(["City Care Multispeciality Hospital", "Lifeline Diagnostics & Path Lab",
                       "Sanjeevani Hospital", "Arogya Polyclinic", "Dhanvantari Diagnostic Centre"])
    f = rng.choice(MONOSPACE + ["LiberationSans", "NotoSans"])
    s = Sheet(rng.choice([600, 640, 700]), f, size=19)
    s.center(name.upper(), 23, True)
    s.center(f"{rng.choice(['NABH Accredited', 'NABL Accredited Lab', 'Reg. No. CE/' + digits(rng, 5)])}", 16)
    s.center(f"Tel: {phone_in(rng)}", 16)
    if maybe(rng, 0.5):
        s.center(f"GSTIN {gstin(rng)}", 15)
    s.rule(dashed=True)
    s.center(rng.choice(["OPD RECEIPT", "BILL CUM RECEIPT", "CASH RECEIPT", "LAB BILL / RECEIPT"]), 21, True)
    t = when(rng)
    bill = f"{rng.choice(['OP', 'LB', 'BL'])}/{t.year % 100}/{digits(rng, 6)}"
    s.kv(rng.choice(["Bill No", "Receipt No", "Bill/Rcpt No"]), bill)
    show_date = maybe(rng, 0.85)
    if show_date:
        s.kv(rng.choice(["Bill Date", "Date"]), fmt_date(rng, t, "in", True))
    s.kv("UHID", f"{code(rng, 3, 'ABCDEFGHKLMNPRS')}{digits(rng, 8)}")
    s.kv("Patient", f"{rng.choice(['Mr.', 'Mrs.', 'Ms.'])} {rng.choice(_NAMES)}")
    s.kv("Age/Sex", f"{rng.randint(4, 80)}Y/{rng.choice('MF')}")
    s.kv("Consultant", f"Dr. {rng.choice(['A. Deshmukh', 'R. Menon', 'S. Banerjee', 'K. Rao'])}")
    s.rule(dashed=True)
    items = [("Consultation Fee", 400, 1200), ("CBC", 250, 450), ("Lipid Profile", 500, 900), ("HbA1c", 400, 700),
             ("X-Ray Chest PA", 350, 650), ("USG Abdomen", 900, 1800), ("Thyroid Profile", 450, 800),
             ("Registration Charges", 50, 150)]
    gross = Decimal(0)
    for item, lo, hi in rng.sample(items, rng.randint(2, 5)):
        v = money(rng, lo, hi, paise=False)
        gross += v
        s.kv(item, amt_in(v))
    s.rule(dashed=True)
    s.kv("Gross Amount", amt_in(gross))
    net = gross
    if maybe(rng, 0.4):
        d = q2(gross * rng.choice([10, 15, 20]) / 100)
        s.kv(rng.choice(["Discount", "Sr. Citizen Disc."]), "-" + amt_in(d))
        net -= d
    s.kv(rng.choice(["Net Amount", "Amount Paid", "Net Payable"]), rupees(rng, net), bold=True)
    mode = rng.choice(["cash", "card", "UPI"])
    tid = bill
    s.kv("Paid By", {"cash": "CASH", "card": rng.choice(["CARD", "Credit Card", "DEBIT CARD"]), "UPI": "UPI / QR"}[mode])
    if mode == "card":
        s.kv("Card", masked_card(rng))
        if maybe(rng, 0.7):
            tid = digits(rng, 6)
            s.kv(rng.choice(["Appr Code", "Auth No"]), tid)
    elif mode == "UPI":
        tid = utr(rng, t)
        s.kv(rng.choice(["UPI Txn ID", "RRN"]), tid)
    if "Lab" in name or "Diagnostic" in name or maybe(rng, 0.3):
        s.kv("Report Due", fmt_date(rng, t + timedelta(days=rng.randint(1, 3)), "in", False))
    s.rule(dashed=True)
    s.text(f"Cashier: {code(rng, 4, 'ABCDEFGHKLMNPRS')}  Counter {rng.randint(1, 9)}", 16)
    s.center("Get well soon", 16)
    truth = ReceiptTruth(name, truth_amount(net), "INR", tid, t.date().isoformat() if show_date else None, mode, None)
    return s.finish(), truth, f, False


def bus_eticket(rng: random.Random) -> Family:
    platform, colour = rng.choice([("RouteJet", (214, 50, 60)), ("BusKaro", (230, 120, 0)), ("YatraBus", (20, 110, 180))])
    f = rng.choice(["NotoSans", "LiberationSans", "FreeSans", "DejaVuSans"])
    s = Sheet(860, f, size=20)
    s.band(f"{platform}  e-Ticket", colour, size=26, h=72, align="left")
    t = when(rng)
    journey = t + timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 6))
    a, b = rng.sample(["Bengaluru", "Chennai", "Hyderabad", "Pune", "Mumbai", "Goa", "Mangaluru", "Madurai"], 2)
    s.text(f"{a}  ->  {b}", 27, True)
    s.text(f"Journey Date: {fmt_date(rng, journey, 'in', False)}   Departure: {journey:%H:%M}", 20)
    operator = rng.choice(["SRS Travels", "VRL Travels", "Orange Tours", "Kallada Travels", "Neeta Volvo"])
    s.cols([f"Operator: {operator}", f"Bus: {rng.choice(['A/C Sleeper (2+1)', 'Volvo Multi-Axle Semi Sleeper'])}"],
           [0.03, 0.48], size=18)
    pnr = code(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    ticket = f"{code(rng, 2, 'TSRB')}{digits(rng, 8)}"
    with_txn = maybe(rng, 0.6)
    # a PNR is a second booking reference: printed only beside a payment id, which outranks both
    s.cols([f"{rng.choice(['Ticket No', 'Booking ID'])}: {ticket}", f"PNR: {pnr}" if with_txn else ""],
           [0.03, 0.48], size=18)
    seats = rng.randint(1, 3)
    s.cols(["Seat(s): " + ", ".join(rng.choice("LU") + str(rng.randint(1, 30)) for _ in range(seats)),
            f"Passengers: {seats}"], [0.03, 0.48], size=18)
    s.text(f"Boarding: {rng.choice(['Majestic', 'Koyambedu', 'Ameerpet', 'Swargate', 'Dadar'])} "
           f"({(journey - timedelta(minutes=20)):%H:%M})   Contact: {phone_in(rng)}", 17)
    s.rule()
    s.text("Fare Details", 21, True)
    fare = money(rng, 650, 2100, paise=False) * seats
    s.kv("Base Fare", rupees(rng, fare))
    gst = q2(fare * Decimal("0.05"))
    s.kv("GST (5%)", amt_in(gst))
    total = fare + gst
    if maybe(rng, 0.5):
        disc = Decimal(rng.choice([50, 75, 100, 150]))
        s.kv(f"Offer ({code(rng, 6, 'ABCDEFGHJKLMNPQRSTUVWXYZ')})", "-" + amt_in(disc))
        total -= disc
    s.kv(rng.choice(["Total Amount Paid", "Total Fare", "Amount Paid"]), rupees(rng, total), 23, True)
    mode = rng.choice(["UPI", "card", "netbanking", "wallet", None])
    if mode:
        s.kv("Payment Mode", {"UPI": "UPI", "card": rng.choice(["Credit Card", "Debit Card"]),
                              "netbanking": "Net Banking", "wallet": rng.choice(["Wallet", "Mobikwik Wallet"])}[mode])
    tid = ticket  # the ticket number is the booking id; a payment id outranks it
    if with_txn:
        tid = f"{digits(rng, 2)}{code(rng, 10, '0123456789ABCDEF')}"
        s.kv(rng.choice(["Transaction ID", "Payment ID"]), tid)
    show_date = maybe(rng, 0.7)
    if show_date:
        s.kv(rng.choice(["Booked On", "Booking Date", "Transaction Date"]), fmt_date(rng, t, "in", True))
    status = None
    if maybe(rng, 0.5):
        status = "success"
        s.kv("Payment Status", rng.choice(["Paid", "Success"]))
    s.rule(dashed=True)
    s.text("Cancellation: 10% till 24 hrs before departure; 50% within 12 hrs; no refund after departure.", 15)
    truth = ReceiptTruth(platform, truth_amount(total), "INR", tid, t.date().isoformat() if show_date else None,
                         mode, status)
    return s.finish(), truth, f, maybe(rng, 0.5)


def power_counter(rng: random.Random) -> Family:
    board = rng.choice(["Dakshin Vidyut Vitaran Nigam Ltd", "Purva Power Distribution Co. Ltd",
                        "State Electricity Board (Urban)", "Madhya Kshetra Vidyut Vitaran Co."])
    f = rng.choice(MONOSPACE)
    s = Sheet(rng.choice([560, 600]), f, size=19, bg=(250, 248, 242))
    s.center(board.upper(), 18, True)
    s.center(f"{rng.choice(['Sub-Division', 'Zone', 'Circle'])} : {rng.choice(['North-II', 'Ward 14', 'Rural-3', 'City-1'])}",
             17)
    s.center(rng.choice(["CASH COLLECTION RECEIPT", "COUNTER RECEIPT", "BILL PAYMENT RECEIPT"]), 19, True)
    s.rule(dashed=True)
    t = when(rng)
    rno = f"{digits(rng, 4)}{rng.choice(['/', '-', ''])}{digits(rng, 6)}"
    s.kv("RECEIPT NO", rno)
    show_date = maybe(rng, 0.8)
    if show_date:
        s.kv(rng.choice(["RCPT DT", "DATE"]), fmt_date(rng, t, "in", True))
    s.kv(rng.choice(["CONSUMER NO", "SERVICE NO", "CA NO"]), digits(rng, rng.choice([10, 12])))
    s.kv("NAME", rng.choice(_NAMES).upper())
    bill_month = t - timedelta(days=rng.randint(10, 30))
    s.kv("BILL MONTH", f"{bill_month:%b-%Y}".upper())
    s.kv("DUE DATE", fmt_date(rng, t + timedelta(days=rng.randint(1, 10)), "in", False))
    s.kv("BILL AMT", amt_in(money(rng, 300, 6000)))
    paid = money(rng, 300, 6000, paise=False)
    s.kv(rng.choice(["AMT PAID", "AMOUNT RECD", "PAID AMT"]), amt_in(paid), bold=True)
    mode = rng.choice(["cash", "cash", "card", "DD"])
    s.kv("MODE", {"cash": "CASH", "card": "CARD", "DD": "DD"}[mode])
    tid = rno
    if mode == "card" and maybe(rng, 0.6):
        tid = digits(rng, 6)
        s.kv("APPR CODE", tid)
    s.kv("COUNTER/CASHIER", f"{rng.randint(1, 6)}/{code(rng, 3, 'ABCDEFGHKLMNPRS')}{digits(rng, 2)}")
    s.rule(dashed=True)
    s.center("Pay online & avoid queues", 15)
    s.gap(70)
    img = s.finish()
    status = None
    if maybe(rng, 0.7):
        status = "success"
        img = stamp(img, [rng.choice(["PAID", "CASH RECEIVED", "RECEIVED"]) if mode == "cash" else "PAID",
                          f"{t:%d %b %Y}".upper()], rng, color=rng.choice([(40, 60, 170), (170, 30, 60)]))
    method = {"cash": "cash", "card": "card", "DD": None}[mode]
    truth = ReceiptTruth(board, truth_amount(paid), "INR", tid, t.date().isoformat() if show_date else None,
                         method, status)
    return img, truth, f, False


def kirana_estimate(rng: random.Random) -> Family:
    shop = rng.choice(["Shri Balaji Kirana Stores", "New Ganesh General Stores", "Annapurna Provisions",
                       "Laxmi Kirana & Dairy", "Sai Ram Super Mart"])
    f = rng.choice(MONOSPACE)
    s = Sheet(rng.choice([520, 560]), f, size=18, bg=(255, 253, 245))
    branded = maybe(rng, 0.6)  # an estimate pad often carries no shop name at all
    if branded:
        s.center(shop.upper(), 19, True)
        s.center(f"Mob: {phone_in(rng)}", 16)
    s.center(rng.choice(["ESTIMATE", "ROUGH ESTIMATE", "ESTIMATE / CASH MEMO"]), 19, True)
    s.rule(dashed=True)
    t = when(rng)
    est = None
    if maybe(rng, 0.75):
        est = digits(rng, rng.choice([3, 4]))
        s.kv(rng.choice(["Est No:", "No:", "Bill No:"]), est)
    show_date = maybe(rng, 0.8)
    if show_date:
        s.kv("Date:", fmt_date(rng, t, "in", maybe(rng, 0.4)))
    s.rule(dashed=True)
    s.cols(["Item", "Qty", "Rate", "Amt"], [0.04, 0.5, -0.76, -0.95], bold=True)
    items = [("Toor Dal", 120, 180), ("Sugar", 42, 48), ("Atta 5kg", 220, 290), ("Sunflower Oil 1L", 130, 170),
             ("Basmati Rice", 90, 160), ("Tea 250g", 120, 160), ("Detergent", 95, 140), ("Poha", 45, 65),
             ("Biscuits", 10, 35), ("Milk 500ml", 27, 33), ("Jaggery", 55, 70), ("Moong Dal", 110, 150)]
    total = Decimal(0)
    bought = rng.sample(items, rng.randint(4, 9))
    for item, lo, hi in bought:
        qty = rng.choice([1, 1, 2, 3, 0.5])
        rate = money(rng, lo, hi, paise=False)
        amt = q2(rate * Decimal(str(qty)))
        total += amt
        s.cols([item, f"{qty:g}", f"{rate}", f"{amt}"], [0.04, 0.5, -0.76, -0.95])
    s.rule(dashed=True)
    if total != int(total):
        ro = q2(Decimal(round(total)) - total)
        s.kv("Round Off", f"{ro:+}")
        total = Decimal(round(total))
    s.kv(rng.choice(["TOTAL", "NET AMT", "Total Rs."]), amt_in(total, decimals=maybe(rng, 0.5)), 20, True)
    method = rng.choice(["cash", "UPI", None, None])
    if method == "cash":
        s.text(rng.choice(["Paid: Cash", "CASH"]))
    elif method == "UPI":
        s.text(rng.choice(["Paid by GPay (UPI)", "UPI - PhonePe", "Paid: UPI"]))
    s.rule(dashed=True)
    s.center("Goods once sold will not be taken back", 14)
    s.center(f"Items: {len(bought)}  Thank you, visit again", 14)
    truth = ReceiptTruth(shop if branded else None, truth_amount(total), "INR", est, t.date().isoformat() if show_date else None,
                         method, None)
    return s.finish(), truth, f, False
