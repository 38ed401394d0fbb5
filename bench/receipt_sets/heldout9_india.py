"""``heldout9``'s Indian families: fee and membership receipts, bookings, recharges, counters, a kirana estimate.

Each family takes a seeded ``random.Random`` and returns ``(clean image, truth, font name, is_screen)``.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from PIL import Image

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_sets.heldout9_sheet import (
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
    pan,
    phone_in,
    q2,
    rupees,
    truth_amount,
    utr,
    when,
)

Family = tuple[Image.Image, ReceiptTruth, str, bool]

_CITIES = ["Pune", "Nagpur", "Coimbatore", "Indore", "Kochi", "Lucknow", "Vadodara", "Mysuru", "Bhopal", "Guwahati"]


def _gst_lines(s: Sheet, rng: random.Random, base: Decimal, rate: int = 18) -> Decimal:
    half = q2(base * rate / 200)
    s.kv(f"CGST @ {rate / 2:g}%", amt_in(half))
    s.kv(f"SGST @ {rate / 2:g}%", amt_in(half))
    return base + 2 * half


def gym_membership(rng: random.Random) -> Family:
    name = rng.choice(["IronCore Fitness Studio", "Pulse Arena Gym & Spa", "Zenith Health Club",
                       "Muscle Mantra Fitness", "The Stamina Lab"])
    f = rng.choice(PROPORTIONAL)
    s = Sheet(rng.choice([760, 820, 880]), f, size=rng.choice([21, 22, 23]))
    s.center(name.upper(), 30, True)
    s.center(f"Plot {rng.randint(2, 90)}, Sector {rng.randint(1, 40)}, {rng.choice(_CITIES)}", 18)
    s.center(f"Ph: {phone_in(rng)}   GSTIN: {gstin(rng)}", 17)
    s.rule(width=2)
    s.center(rng.choice(["MEMBERSHIP FEE RECEIPT", "PAYMENT RECEIPT", "FEE RECEIPT"]), 24, True)
    t = when(rng)
    rno = rng.choice([f"RCPT/{t.year % 100}-{t.year % 100 + 1}/{digits(rng, 4)}", f"GYM{digits(rng, 5)}",
                      f"MR-{digits(rng, 6)}"])
    s.kv(rng.choice(["Receipt No:", "Rcpt. No.", "Receipt #"]), rno)
    show_date = maybe(rng, 0.85)
    if show_date:
        s.kv(rng.choice(["Date:", "Receipt Date:", "Paid On:"]), fmt_date(rng, t, "in"))
    s.kv("Member Name:", rng.choice(["Rohit Kulkarni", "Sneha Iyer", "Arjun Mehta", "Kavya Nair", "Imran Shaikh"]))
    s.kv(rng.choice(["Member ID:", "Membership No:"]), f"M{digits(rng, 5)}")
    s.kv("Mobile:", phone_in(rng))
    plan, months = rng.choice([("Monthly - Gym", 1), ("Quarterly - Gym + Cardio", 3), ("Half Yearly - All Access", 6),
                               ("Annual - Gym + Pool", 12)])
    s.kv("Plan:", plan)
    start = t + timedelta(days=rng.randint(0, 5))
    s.kv("Valid From:", fmt_date(rng, start, "in", False))
    s.kv(rng.choice(["Valid Till:", "Expiry Date:", "Valid Upto:"]), fmt_date(rng, start + timedelta(days=30 * months),
                                                                           "in", False))
    s.rule(dashed=True)
    fee = money(rng, 1200, 2600, paise=False) * months
    s.kv("Membership Fee", amt_in(fee))
    if maybe(rng, 0.4):
        s.kv("Admission / Joining Fee", amt_in(Decimal(500)))
        fee += 500
    if maybe(rng, 0.4):
        disc = q2(fee * rng.choice([5, 10, 15]) / 100)
        s.kv("Less: Discount", "-" + amt_in(disc))
        fee -= disc
    total = _gst_lines(s, rng, fee)
    s.rule()
    s.kv(rng.choice(["TOTAL AMOUNT", "Grand Total", "Amount Paid"]), rupees(rng, total), 25, True)
    s.rule()
    mode = rng.choice(["UPI", "Card", "Cash", "Cheque", None])
    tid = rno
    method = None
    if mode == "UPI":
        method = "UPI"
        ref = utr(rng, t)
        s.kv(rng.choice(["Payment Mode:", "Mode:"]), rng.choice(["UPI", "UPI (GPay)", "UPI - PhonePe"]))
        s.kv(rng.choice(["UPI Ref No:", "UTR:", "UPI Txn Ref:"]), ref)
        tid = ref
    elif mode == "Card":
        method = "card"
        s.kv("Payment Mode:", rng.choice(["Debit Card", "Credit Card", "Card"]))
        s.kv("Card No:", masked_card(rng))
        if maybe(rng, 0.7):
            tid = code(rng, 6, "0123456789ABCDEF")
            s.kv(rng.choice(["Approval Code:", "Auth Code:"]), tid)
    elif mode == "Cash":
        method = "cash"
        s.kv("Payment Mode:", "Cash")
    elif mode == "Cheque":
        s.kv("Payment Mode:", f"Cheque No. {digits(rng, 6)}")
    status = None
    if maybe(rng, 0.5):
        status = "success"
        s.kv("Status:", rng.choice(["PAID", "Paid", "Payment Successful"]))
    s.gap(30)
    s.text("Fees once paid are non-refundable and non-transferable.", 16)
    s.text("Authorised Signatory", 18, align="right")
    truth = ReceiptTruth(name, truth_amount(total), "INR", tid, t.date().isoformat() if show_date else None,
                         method, status)
    return s.finish(), truth, f, False


def tuition_fee(rng: random.Random) -> Family:
    name = rng.choice(["Apex IIT-JEE Academy", "Sri Vidya Coaching Centre", "Brightpath Tutorials",
                       "Saraswati Classes", "Quantum NEET Institute"])
    f = rng.choice(["LiberationSerif", "FreeSerif", "NotoSerif", "DejaVuSerifCondensed", "LiberationSans"])
    s = Sheet(rng.choice([840, 900]), f, size=21)
    s.band(name, rng.choice([(22, 60, 120), (120, 30, 40), (20, 90, 60)]), size=28, h=66)
    s.center(f"{rng.randint(1, 300)}, {rng.choice(['MG Road', 'Station Road', 'Civil Lines', 'Ring Road'])}, "
             f"{rng.choice(_CITIES)}  |  {phone_in(rng)}", 17)
    if maybe(rng, 0.5):
        s.center(f"PAN: {pan(rng)}   GSTIN: {gstin(rng)}", 16)
    s.gap(6)
    s.center(rng.choice(["FEE RECEIPT", "FEES RECEIPT", "STUDENT FEE RECEIPT"]), 25, True)
    t = when(rng)
    rno = f"{rng.choice(['FR', 'R-', ''])}{digits(rng, rng.choice([3, 4, 5]))}"
    s.cols([f"Receipt No.: {rno}", f"Date: {fmt_date(rng, t, 'in', False)}"], [0.04, 0.55])
    s.kv("Student Name", rng.choice(["Aditya Verma", "Pooja Reddy", "Siddharth Jain", "Ananya Ghosh", "Farhan Ali"]),
         sep=" :")
    s.kv(rng.choice(["Roll No.", "Enrollment No.", "Admission No."]), f"{t.year % 100}{digits(rng, 5)}", sep=" :")
    s.kv("Course / Batch", rng.choice(["JEE Main 2-Yr / B3", "NEET Repeaters / M1", "Class X Foundation / F2",
                                       "CA Inter / E1"]), sep=" :")
    inst = rng.randint(1, 3)
    s.kv("Instalment", f"{inst} of {rng.randint(inst, 4)}", sep=" :")
    s.rule()
    s.cols(["Particulars", "Amount (Rs.)"], [0.04, -0.96], bold=True)
    s.rule(dashed=True)
    tuition = money(rng, 8000, 65000, paise=False)
    s.cols(["Tuition Fee", amt_in(tuition)], [0.04, -0.96])
    total = tuition
    if maybe(rng, 0.5):
        mat = Decimal(rng.choice([1500, 2500, 3200]))
        s.cols(["Study Material", amt_in(mat)], [0.04, -0.96])
        total += mat
    if maybe(rng, 0.5):
        gst = q2(total * Decimal("0.18"))
        s.cols(["GST @ 18%", amt_in(gst)], [0.04, -0.96])
        total += gst
    if maybe(rng, 0.3):
        fine = Decimal(rng.choice([100, 200, 250]))
        s.cols(["Late Fee", amt_in(fine)], [0.04, -0.96])
        total += fine
    s.rule(dashed=True)
    s.cols([rng.choice(["Total", "Total Received", "Net Amount"]), amt_in(total)], [0.04, -0.96], bold=True)
    s.rule()
    mode = rng.choice(["netbanking", "UPI", "cash", "card", "DD"])
    tid = rno
    label = {"netbanking": rng.choice(["Online (Net Banking)", "Net Banking", "Internet Banking"]),
             "UPI": rng.choice(["UPI", "BHIM UPI"]), "cash": "Cash", "card": rng.choice(["Debit Card", "POS - Card"]),
             "DD": f"Demand Draft No. {digits(rng, 6)}"}[mode]
    s.text(f"Mode of Payment : {label}")
    if mode == "netbanking":
        tid = f"{rng.choice(['HDFC', 'SBIN', 'ICIC', 'UTIB'])}{rng.choice(['R', 'N', 'H'])}{t:%Y%m%d}{digits(rng, 8)}"
        s.text(f"{rng.choice(['Bank Ref. No.', 'Transaction Ref No.', 'UTR No.'])} : {tid}")
    elif mode == "UPI":
        tid = utr(rng, t)
        s.text(f"{rng.choice(['UPI Transaction ID', 'UPI Ref. No.'])} : {tid}")
    elif mode == "card" and maybe(rng, 0.6):
        tid = digits(rng, 12)
        s.text(f"RRN : {tid}     Batch : {digits(rng, 3)}")
    if maybe(rng, 0.6):
        s.text(f"Next instalment due on : {fmt_date(rng, t + timedelta(days=rng.randint(40, 120)), 'in', False)}")
    s.gap(34)
    s.cols(["Student / Parent", "Accountant"], [0.04, -0.96], size=18)
    s.text("This is a computer generated receipt.", 15, align="center")
    method = {"netbanking": "netbanking", "UPI": "UPI", "cash": "cash", "card": "card", "DD": None}[mode]
    truth = ReceiptTruth(name, truth_amount(total), "INR", tid, t.date().isoformat(), method, None)
    return s.finish(), truth, f, False


def _app_status(rng: random.Random, weights: tuple = (0.7, 0.15, 0.15)) -> str:
    return rng.choices(["success", "pending", "failed"], weights)[0]


_STATUS_WORDS = {
    "success": ["Payment Successful", "Booking Confirmed - Payment Successful", "Paid Successfully"],
    "pending": ["Payment Pending", "Payment Processing", "Awaiting bank confirmation (Pending)"],
    "failed": ["Payment Failed", "Transaction Failed", "Payment Unsuccessful"],
}
_STATUS_COLOUR = {"success": (16, 140, 70), "pending": (210, 140, 10), "failed": (200, 40, 40)}


def lpg_booking(rng: random.Random) -> Family:
    brand, colour = rng.choice([("Indane", (240, 110, 20)), ("HP Gas", (20, 70, 150)), ("Bharatgas", (230, 170, 0))])
    f = rng.choice(["NotoSans", "LiberationSans", "FreeSans", "DejaVuSans"])
    s = Sheet(720, f, size=22, bg=(246, 247, 250))
    s.band(f"{brand}  -  Refill Booking", colour, size=24, h=80, align="left")
    st = _app_status(rng)
    s.center(rng.choice(_STATUS_WORDS[st]), 27, True, color=_STATUS_COLOUR[st])
    total = Decimal(rng.choice(["803.00", "829.50", "853.00", "903.50", "918.00", "1053.00"]))
    s.center(rupees(rng, total), 40, True)
    s.gap(8)
    distributor = f"{rng.choice(['Shree Sai', 'Ganesh', 'Om', 'Lakshmi', 'Royal'])} " \
                  f"{rng.choice(['Gas Agency', 'Gas Service', 'Gas Distributors', 'Enterprises'])}"
    t = when(rng)
    s.kv(rng.choice(["Paid to", "Payee", "Distributor (Payee)"] if st == "success" else ["Payee", "Distributor"]),
         distributor, key_color=(90, 90, 90))
    s.kv("Consumer No.", digits(rng, 6), key_color=(90, 90, 90))
    s.kv("LPG ID", digits(rng, 17), key_color=(90, 90, 90))
    booking = f"{digits(rng, 2)}{t:%d%m}{digits(rng, 6)}"
    s.kv(rng.choice(["Booking No.", "Order No.", "Booking Ref."]), booking, key_color=(90, 90, 90))
    s.kv("Mobile", phone_in(rng), key_color=(90, 90, 90))
    s.rule(color=(200, 200, 205))
    mode = rng.choice(["UPI", "card", "netbanking", "wallet", None])
    words = {"UPI": "UPI", "card": rng.choice(["Debit Card", "Credit Card"]), "netbanking": "Net Banking",
             "wallet": rng.choice(["Paytm Wallet", "Amazon Pay Balance", "Wallet"])}
    if mode:
        s.kv(rng.choice(["Payment Mode", "Paid via"]), words[mode], key_color=(90, 90, 90))
    tid = booking
    if st != "failed" or maybe(rng, 0.5):
        txn = f"T{t:%y%m%d%H%M}{digits(rng, 8)}"
        s.kv("Transaction ID", txn, key_color=(90, 90, 90))
        tid = txn
        if mode in ("UPI", "netbanking") and st == "success" and maybe(rng, 0.6):
            ref = utr(rng, t)
            s.kv("UPI Ref. No." if mode == "UPI" else "Bank Ref. No.", ref, key_color=(90, 90, 90))
            tid = ref
    show_date = maybe(rng, 0.8)
    if show_date:
        s.kv(rng.choice(["Date & Time", "Paid on", "Transaction Date"]), fmt_date(rng, t, "in", True),
             key_color=(90, 90, 90))
    s.kv("Expected Delivery", fmt_date(rng, t + timedelta(days=rng.randint(1, 4)), "in", False),
         key_color=(90, 90, 90))
    s.rule(color=(200, 200, 205))
    s.text("Cash memo to be collected from delivery person. DAC/OTP will be sent on delivery.", 15)
    truth = ReceiptTruth(distributor, truth_amount(total), "INR", tid, t.date().isoformat() if show_date else None,
                         mode, st)
    return s.finish(), truth, f, True


def fastag_recharge(rng: random.Random) -> Family:
    issuer = rng.choice(["IDFC FIRST Bank FASTag", "Kotak FASTag", "Axis Bank FASTag", "IHMCL FASTag",
                         "Bank of Baroda FASTag"])
    f = rng.choice(["NotoSans", "LiberationSans", "FreeSans", "DejaVuSans"])
    dark = maybe(rng, 0.3)
    s = Sheet(700, f, size=22, bg=(28, 30, 36) if dark else (255, 255, 255),
              ink=(235, 235, 240) if dark else (25, 25, 30))
    s.band("FASTag Recharge", (70, 40, 150) if maybe(rng, 0.5) else (0, 110, 160), size=25, h=76)
    st = _app_status(rng)
    s.center(rng.choice({"success": ["Recharge Successful", "Recharge Successful!"],
                         "pending": ["Recharge Pending", "Recharge in progress (Pending)"],
                         "failed": ["Recharge Failed", "Payment Failed"]}[st]), 27, True, color=_STATUS_COLOUR[st])
    rech = Decimal(rng.choice([200, 300, 500, 750, 1000, 1500, 2000, 2500]))
    fee = Decimal(rng.choice(["0", "0", "5.90", "11.80"]))
    total = rech + fee
    s.center(rupees(rng, total), 40, True)
    s.gap(8)
    state = rng.choice(["MH", "KA", "TN", "GJ", "DL", "UP", "HR"])
    s.kv("Vehicle No.", f"{state}{rng.randint(1, 49):02d}{code(rng, 2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(rng, 4)}")
    s.kv("Tag ID", f"34161FA8203{digits(rng, 2)}{code(rng, 8, '0123456789ABCDEF')}")
    s.kv(rng.choice(["Customer ID", "Wallet ID"]), digits(rng, 10))
    payee = issuer if maybe(rng, 0.6) else None  # some apps name only the vehicle and tag, not the issuer
    if payee:
        s.kv(rng.choice(["Paid to", "Recharged to"]), issuer)
    s.kv("Recharge Amount", rupees(rng, rech))
    if fee:
        s.kv("Convenience Fee (incl. GST)", rupees(rng, fee))
        s.kv("Total Paid" if st == "success" else "Total Amount", rupees(rng, total))
    mode = rng.choice(["UPI", "card", "netbanking", None])
    if mode:
        s.kv("Payment Method", {"UPI": "UPI", "card": rng.choice(["Debit Card xx" + digits(rng, 4), "Credit Card"]),
                                "netbanking": "Net Banking"}[mode])
    t = when(rng)
    tid = None
    if maybe(rng, 0.85):
        tid = f"{rng.choice(['FT', 'TXN', 'PAY'])}{digits(rng, 12)}"
        s.kv(rng.choice(["Transaction ID", "Txn ID", "Payment ID"]), tid)
    if mode == "UPI" and st != "failed" and maybe(rng, 0.6):
        tid = utr(rng, t)
        s.kv(rng.choice(["UPI Ref No.", "UTR"]), tid)
    s.kv("Date", fmt_date(rng, t, "in", True))
    s.rule(dashed=True)
    s.text("Balance will reflect in your FASTag wallet within 15 minutes.", 15)
    truth = ReceiptTruth(payee, truth_amount(total), "INR", tid, t.date().isoformat(), mode, st)
    return s.finish(), truth, f, True
