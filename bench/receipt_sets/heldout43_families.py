"""The twelve heldout43 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import clock, code, date_text, day, digits, optional_pair, shown
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _truth
from bench.receipt_sets.heldout26_families import UK_DATES, UPPER
from bench.receipt_sets.heldout30_families import IN_DATES
from bench.receipt_sets.heldout33_families import IN_LONG
from bench.receipt_sets.heldout40_families import _amt, _dated, _line, _outcome
from bench.receipt_sets.heldout41_families import _inr

ALNUM = UPPER + "0123456789"
FR_DATES = ["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"]


def _usd(rng: random.Random, low: float, high: float) -> float:
    return round(rng.uniform(low, high), 2)


# ---------------------------------------------------------------- 1 PhonePe dark mode


def phonepe_dark(rng: random.Random, font: str):
    """A PhonePe "Transaction Successful" screen in dark mode: Paid to, UTR, Transaction ID, Debited from."""
    payee = rng.choice(["Ramesh Provision Store", "Ganesh Tea Stall", "Sai Mobiles", "Fresh Fruits Corner"])
    amount = _inr(rng, 10, 8000)
    status, words = _outcome(
        rng,
        {
            "success": ["Transaction Successful", "Payment Successful"],
            "failed": ["Transaction Failed", "Payment Failed"],
            "pending": ["Transaction Pending", "Payment Pending"],
        },
    )
    rows = [("title", "PhonePe"), ("center", words), ("gap",)]
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("small", clock(rng, True).lower() + " on " + date_text(when, "%d %b %Y")))
    rows.append(("pair", rng.choice(["Paid to", "Sent to"]), payee))
    rows.append(("big", _amt(rng, amount, "INR", font, 0.1)))
    rows.append(("rule",))
    tid = "T" + digits(rng, 21)
    tid_printed = optional_pair(rng, rows, ["Transaction ID", "Txn ID"], tid, 0.2)
    utr = digits(rng, 12)
    utr_printed = status == "success" and optional_pair(
        rng, rows, ["UTR", "UTR No.", "Bank Reference No."], utr, 0.2
    )
    rows.append(("pair", rng.choice(["Debited from", "Paid from"]), "XXXXXXXX" + digits(rng, 4)))
    rows.append(("small", "Powered by UPI"))
    txn = utr if utr_printed else tid if tid_printed else None
    truth = _truth(payee, amount, "INR", txn, when if dated else None, "UPI", status)
    style = dict(SCREEN, width=540, paper=(20, 16, 30), ink=(230, 228, 240), accent=(180, 140, 255))
    return rows, truth, style


# ---------------------------------------------------------------- 2 Paytm UPI Lite


def paytm_lite(rng: random.Random, font: str):
    """A Paytm UPI Lite payment: paid from UPI Lite balance, no PIN, UPI Ref No."""
    payee = rng.choice(["Sharma Sweets", "Om Sai Chai", "Metro Xerox Centre", "Patel Vegetables"])
    amount = _inr(rng, 5, 500)
    status, words = _outcome(
        rng,
        {
            "success": ["Paid Successfully", "Payment Successful"],
            "failed": ["Payment Failed"],
            "pending": ["Payment Processing"],
        },
        failed=0.15,
        pending=0.1,
    )
    rows = [
        ("title", "Paytm"),
        ("small", "UPI Lite"),
        ("center", words),
        ("big", _amt(rng, amount, "INR", font, 0.1)),
    ]
    rows.append(("pair", rng.choice(["To", "Paid to"]), payee))
    rows.append(("pair", "From", rng.choice(["UPI Lite Balance", "UPI LITE"])))
    ref = digits(rng, 12)
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["UPI Ref No", "UPI Reference No."], ref, 0.15
    )
    oid = digits(rng, 20)
    oid_printed = optional_pair(rng, rows, ["Order ID", "Paytm Order ID"], oid, 0.3)
    when = _dated(rng, rows, ["Date", "Paid on"], IN_LONG, 0.15, True)
    rows.append(("small", "No PIN needed for UPI Lite"))
    txn = ref if ref_printed else oid if oid_printed else None
    truth = _truth(payee, amount, "INR", txn, when, "UPI", status)
    return rows, truth, dict(SCREEN, width=540, accent=(0, 186, 242))


# ---------------------------------------------------------------- 3 credit-card payment acknowledgement


def cc_payment_ack(rng: random.Random, font: str):
    """An HDFC / ICICI credit-card bill payment acknowledgement from net banking."""
    bank = rng.choice(["HDFC Bank", "ICICI Bank"])
    amount = _inr(rng, 1000, 90000)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "Your payment has been received"],
            "failed": ["Payment Unsuccessful", "Transaction Failed"],
            "pending": ["Payment under process"],
        },
    )
    rows = [("title", bank), ("center", "Credit Card Payment Acknowledgement"), ("center", words), ("rule",)]
    rows.append(("pair", "Card Number", "XXXX XXXX XXXX " + digits(rng, 4)))
    rows.append(("pair", rng.choice(["Amount Paid", "Payment Amount"]), _amt(rng, amount, "INR", font, 0.4)))
    ref = code(rng, 2, UPPER) + digits(rng, 10)
    ref_printed = optional_pair(rng, rows, ["Reference Number", "Transaction Reference No."], ref, 0.15)
    when = _dated(rng, rows, ["Payment Date", "Transaction Date"], IN_DATES, 0.1)
    method_printed = optional_pair(
        rng, rows, ["Paid from", "Debit Account"], "Savings A/c XX" + digits(rng, 4), 0.3
    )
    rows.append(("small", "Credit will reflect in 1-2 working days."))
    truth = _truth(
        bank,
        amount,
        "INR",
        ref if ref_printed else None,
        when,
        "netbanking" if method_printed else None,
        status,
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255), "accent": (0, 56, 120)}


# ---------------------------------------------------------------- 4 insurance premium receipt


def insurance_premium(rng: random.Random, font: str):
    """An LIC / insurer premium receipt: policy number, premium, GST, late fee, total, mode."""
    insurer = rng.choice(["LIFE INSURANCE CORPORATION OF INDIA", "HDFC Life", "SBI Life Insurance"])
    premium = float(rng.choice([4512, 8760, 12045, 23110]))
    gst = round(premium * 0.045, 2)
    late = rng.choice([0.0, 0.0, 85.0])
    total = round(premium + gst + late, 2)
    rows = [
        ("title", insurer),
        ("center", rng.choice(["PREMIUM RECEIPT", "Renewal Premium Receipt"])),
        ("rule",),
    ]
    rows.append(("pair", "Policy No.", digits(rng, 9)))
    rows.append(("pair", "Premium", _line(premium, "INR")))
    rows.append(("pair", "GST", _line(gst, "INR")))
    if late:
        rows.append(("pair", "Late Fee", _line(late, "INR")))
    rows.append(("pair", rng.choice(["Total Amount", "Amount Received"]), _amt(rng, total, "INR", font, 0.5)))
    rec = digits(rng, 10)
    rec_printed = optional_pair(rng, rows, ["Receipt No.", "Receipt Number"], rec, 0.1)
    method = rng.choice(
        [("Net Banking", "netbanking"), ("UPI", "UPI"), ("Debit Card", "card"), ("Cash", "cash")]
    )
    method_printed = optional_pair(rng, rows, ["Mode of Payment", "Paid by"], method[0], 0.2)
    when = _dated(rng, rows, ["Receipt Date", "Date of Payment"], IN_DATES, 0.1)
    rows.append(("pair", "Next Due Date", date_text(day(rng), "%d/%m/%Y")))
    status = None
    if shown(rng, 0.5):
        rows.append(("center", "Premium received"))
        status = "success"
    truth = _truth(
        insurer,
        total,
        "INR",
        rec if rec_printed else None,
        when,
        method[1] if method_printed else None,
        status,
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (252, 252, 246)}


# ---------------------------------------------------------------- 5 school fee online receipt


def school_fee(rng: random.Random, font: str):
    """A school's online fee receipt: student, class, fee heads, total paid, gateway reference."""
    school = rng.choice(["DELHI PUBLIC SCHOOL", "KENDRIYA VIDYALAYA NO. 2", "ST. XAVIER'S HIGH SCHOOL"])
    heads = [
        ("Tuition Fee", float(rng.choice([8500, 12000, 15400]))),
        ("Transport Fee", float(rng.choice([0, 2400]))),
    ]
    heads.append(("Activity Fee", float(rng.choice([500, 750]))))
    total = sum(v for _, v in heads)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Success", "Fee Paid"],
            "failed": ["Payment Failed"],
            "pending": ["Payment Pending"],
        },
    )
    rows = [("title", school), ("center", "Online Fee Receipt"), ("pair", "Status", words), ("rule",)]
    rows.append(("pair", "Student", rng.choice(["AARAV SINGH", "ISHA NAIR", "KABIR MEHTA"])))
    rows.append(("pair", "Class", rng.choice(["V-A", "VIII-C", "XI-B"])))
    for name, value in heads:
        if value:
            rows.append(("pair", name, _line(value, "INR")))
    rows.append(
        ("pair", rng.choice(["Total Paid", "Amount Paid", "Net Amount"]), _amt(rng, total, "INR", font, 0.5))
    )
    gw = "pay_" + code(rng, 14, ALNUM)
    gw_printed = optional_pair(rng, rows, ["Gateway Ref", "Transaction ID"], gw, 0.15)
    rec = "FR/" + digits(rng, 6)
    rec_printed = optional_pair(rng, rows, ["Receipt No", "Receipt #"], rec, 0.2)
    method = rng.choice([("UPI", "UPI"), ("Net Banking", "netbanking"), ("Credit Card", "card")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode"], method[0], 0.2)
    when = _dated(rng, rows, ["Payment Date", "Paid On"], IN_DATES, 0.1)
    txn = gw if gw_printed else rec if rec_printed else None
    truth = _truth(school, total, "INR", txn, when, method[1] if method_printed else None, status)
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255), "accent": (120, 20, 20)}


# ---------------------------------------------------------------- 6 BookMyShow booking


def bookmyshow(rng: random.Random, font: str):
    """A BookMyShow booking confirmation: film, cinema, show time (not the paid date), fees, total, booking ID."""
    tickets = rng.choice([1, 2, 3, 4])
    each = float(rng.choice([180, 250, 320, 450]))
    fee = round(tickets * rng.choice([28.32, 35.4]), 2)
    total = round(tickets * each + fee, 2)
    status, words = _outcome(
        rng, {"success": ["Booking Confirmed"], "failed": ["Booking Failed"], "pending": ["Booking Pending"]}
    )
    rows = [("title", "BookMyShow"), ("center", words), ("gap",)]
    rows.append(("center", rng.choice(["Pushpa 3", "Stree 3", "Kalki 2", "Jawan 2"])))
    rows.append(
        ("small", rng.choice(["PVR Phoenix, Mumbai", "INOX Forum, Bengaluru", "Cinepolis DLF, Delhi"]))
    )
    rows.append(("pair", "Show", date_text(day(rng), "%a, %d %b") + " " + clock(rng, True)))
    rows.append(("pair", "Tickets", f"{tickets} x {_line(each, 'INR')}"))
    rows.append(("pair", "Convenience fees", _line(fee, "INR")))
    rows.append(("pair", rng.choice(["Amount Paid", "Total Amount"]), _amt(rng, total, "INR", font, 0.3)))
    bid = code(rng, 7, ALNUM)
    bid_printed = optional_pair(rng, rows, ["Booking ID", "BOOKING ID"], bid, 0.1)
    method = rng.choice([("UPI", "UPI"), ("Credit Card", "card"), ("Paytm Wallet", "wallet")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Paid using"], method[0], 0.25)
    when = _dated(rng, rows, ["Booked on", "Booking Date"], IN_LONG, 0.2)
    truth = _truth(
        "BookMyShow",
        total,
        "INR",
        bid if bid_printed else None,
        when,
        method[1] if method_printed else None,
        status,
    )
    return rows, truth, dict(SCREEN, width=540, accent=(220, 40, 60))


# ---------------------------------------------------------------- 7 US Target / Walmart till


def us_till(rng: random.Random, font: str):
    """A US Target or Walmart till: items, SUBTOTAL, TAX, TOTAL, tender, APPROVED in a share, TC#."""
    store = rng.choice(["TARGET", "Walmart", "WALMART"])
    items = [
        (rng.choice(["MILK 1GAL", "PAPER TOWEL", "BANANAS", "TOOTHPASTE", "DETERGENT"]), _usd(rng, 1, 15))
        for _ in range(rng.randint(2, 5))
    ]
    sub = round(sum(v for _, v in items), 2)
    tax = round(sub * 0.0725, 2)
    total = round(sub + tax, 2)
    rows = [("title", store), ("small", "ST# " + digits(rng, 4) + " OP# " + digits(rng, 6))]
    for name, value in items:
        rows.append(("pair", name, f"{value:.2f} N"))
    rows += [
        ("pair", "SUBTOTAL", f"{sub:.2f}"),
        ("pair", "TAX 7.250 %", f"{tax:.2f}"),
        ("pair", "TOTAL", f"{total:.2f}"),
    ]
    tender, method = rng.choice([("VISA TEND", "card"), ("DEBIT TEND", "card"), ("CASH TEND", "cash")])
    rows.append(("pair", tender, f"{total:.2f}" if method == "card" else f"{total + 5:.2f}"))
    txn, status = None, None
    if method == "card":
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["APPROVAL #", "AUTH CODE"], auth, 0.15):
            txn = auth
        if shown(rng, 0.4):
            rows.append(("left", "APPROVED"))
            status = "success"
    else:
        rows.append(("pair", "CHANGE DUE", "5.00"))
    tc = " ".join(digits(rng, 4) for _ in range(4))
    if txn is None and shown(rng, 0.2):
        rows.append(("pair", "TC#", tc))
        txn = tc
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        rows.append(("left", date_text(when, "%m/%d/%y") + " " + clock(rng, False)))
    truth = _truth(store, total, "USD", txn, when if dated else None, method, status)
    return rows, truth, {"width": 460, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 8 Amazon.com order e-mail


def amazon_email(rng: random.Random, font: str):
    """An Amazon.com order confirmation e-mail: Order #, Items, Shipping, Estimated tax, Order Total, card."""
    items = _usd(rng, 8, 300)
    ship = rng.choice([0.0, 5.99])
    tax = round(items * 0.08, 2)
    total = round(items + ship + tax, 2)
    status = None
    rows = [("title", "amazon.com"), ("center", rng.choice(["Order Confirmation", "Thanks for your order"]))]
    if shown(rng, 0.6):
        status, words = _outcome(
            rng,
            {
                "success": ["Payment confirmed"],
                "failed": ["Payment declined"],
                "pending": ["Payment pending"],
            },
        )
        rows.append(("center", words))
    oid = digits(rng, 3) + "-" + digits(rng, 7) + "-" + digits(rng, 7)
    oid_printed = optional_pair(rng, rows, ["Order #", "Order number"], oid, 0.05)
    when = _dated(rng, rows, ["Order placed", "Ordered on"], US_DATES, 0.15)
    rows.append(("pair", "Arriving", date_text(day(rng), "%A, %B {d}")))
    rows += [("pair", "Items:", f"${items:.2f}"), ("pair", "Shipping & Handling:", f"${ship:.2f}")]
    rows.append(("pair", "Estimated tax:", f"${tax:.2f}"))
    rows.append(("pair", rng.choice(["Order Total:", "Grand Total:"]), f"${total:.2f}"))
    method_printed = optional_pair(
        rng, rows, ["Payment method", "Paid with"], "Visa ending in " + digits(rng, 4), 0.3
    )
    truth = _truth(
        "Amazon.com",
        total,
        "USD",
        oid if oid_printed else None,
        when,
        "card" if method_printed else None,
        status,
    )
    truth["merchant_name"] = "amazon.com"
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255), "accent": (35, 47, 62)}


# ---------------------------------------------------------------- 9 DoorDash receipt


def doordash(rng: random.Random, font: str):
    """A DoorDash order receipt: restaurant, subtotal, fees, Dasher tip, Total charged, card."""
    sub = _usd(rng, 12, 80)
    fee = rng.choice([0.0, 2.99, 3.99])
    service = round(sub * 0.15, 2)
    tip = rng.choice([2.0, 4.0, 5.5])
    tax = round(sub * 0.09, 2)
    total = round(sub + fee + service + tip + tax, 2)
    rows = [
        ("title", "DoorDash"),
        ("center", "Receipt"),
        ("small", rng.choice(["Chipotle", "Panda Express", "Wingstop"])),
    ]
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(
            rng,
            {
                "success": ["Payment complete"],
                "failed": ["Payment failed"],
                "pending": ["Payment processing"],
            },
        )
        rows.append(("center", words))
    rows += [("pair", "Subtotal", f"${sub:.2f}"), ("pair", "Delivery Fee", f"${fee:.2f}")]
    rows += [("pair", "Service Fee", f"${service:.2f}"), ("pair", "Estimated Tax", f"${tax:.2f}")]
    rows += [
        ("pair", "Dasher Tip", f"${tip:.2f}"),
        ("pair", rng.choice(["Total", "Total Charged"]), f"${total:.2f}"),
    ]
    card, method = rng.choice(
        [("Mastercard ****" + digits(rng, 4), "card"), ("PayPal", "wallet"), ("Apple Pay", "wallet")]
    )
    method_printed = optional_pair(rng, rows, ["Payment", "Charged to"], card, 0.2)
    oid = code(rng, 8, "abcdef0123456789")
    oid_printed = optional_pair(rng, rows, ["Order ID", "Order #"], oid, 0.3)
    when = _dated(rng, rows, ["Ordered", "Order date"], US_DATES, 0.15)
    truth = _truth(
        "DoorDash",
        total,
        "USD",
        oid if oid_printed else None,
        when,
        method if method_printed else None,
        status,
    )
    return rows, truth, dict(SCREEN, width=560, accent=(235, 23, 0))


# ---------------------------------------------------------------- 10 UK Boots / Superdrug till


def uk_chemist_till(rng: random.Random, font: str):
    """A UK Boots or Superdrug till in pounds: items, Advantage / Health & Beautycard, TOTAL, contactless, AUTH CODE."""
    store = rng.choice(["Boots", "BOOTS UK", "Superdrug"])
    items = [
        (rng.choice(["NO7 SERUM", "PARACETAMOL 16", "MEAL DEAL", "SHAMPOO 400ML"]), _usd(rng, 0.8, 25))
        for _ in range(rng.randint(2, 4))
    ]
    total = round(sum(v for _, v in items), 2)
    rows = [("title", store), ("small", "VAT No. GB " + digits(rng, 9))]
    for name, value in items:
        rows.append(("pair", name, f"£{value:.2f}" if "Free" not in font else f"{value:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL", "BALANCE DUE"]), f"{total:.2f}"))
    tender, method = rng.choice([("CONTACTLESS", "card"), ("VISA DEBIT", "card"), ("CASH", "cash")])
    rows.append(("pair", tender, f"{total:.2f}"))
    txn = status = None
    if method == "card":
        rows.append(("pair", "CARD", "************" + digits(rng, 4)))
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["AUTH CODE", "AUTH CODE:"], auth, 0.15):
            txn = auth
        if shown(rng, 0.4):
            rows.append(("left", "AUTHORISED"))
            status = "success"
    rows.append(("pair", "Points earned", str(rng.randint(4, 200))))
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        rows.append(
            ("left", date_text(when, "%d/%m/%y") + " " + clock(rng, False) + " TILL " + digits(rng, 2))
        )
    truth = _truth(store, total, "GBP", txn, when if dated else None, method, status)
    return rows, truth, {"width": 460, "size": 18, "paper": (254, 254, 252)}


# ---------------------------------------------------------------- 11 Deliveroo receipt


def deliveroo(rng: random.Random, font: str):
    """A UK Deliveroo receipt e-mail: restaurant, subtotal, delivery fee, service fee, rider tip, total."""
    sub = round(rng.uniform(9, 45), 2)
    fee = rng.choice([0.0, 1.99, 2.49])
    service = round(min(sub * 0.1, 2.99), 2)
    tip = rng.choice([0.0, 1.0, 2.0])
    total = round(sub + fee + service + tip, 2)
    rows = [("title", "Deliveroo"), ("center", rng.choice(["Your order's receipt", "Order receipt"]))]
    rows.append(("small", rng.choice(["Dishoom", "Honest Burgers", "Wagamama"])))
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(
            rng,
            {"success": ["Payment successful"], "failed": ["Payment failed"], "pending": ["Payment pending"]},
        )
        rows.append(("center", words))
    rows += [
        ("pair", "Subtotal", _amt(rng, sub, "GBP", font, 0.0)),
        ("pair", "Delivery fee", _amt(rng, fee, "GBP", font, 0.0)),
    ]
    rows.append(("pair", "Service fee", _amt(rng, service, "GBP", font, 0.0)))
    if tip:
        rows.append(("pair", "Rider tip", _amt(rng, tip, "GBP", font, 0.0)))
    rows.append(("pair", rng.choice(["Total", "Total paid"]), _amt(rng, total, "GBP", font, 0.1)))
    card, method = rng.choice(
        [("Visa ending " + digits(rng, 4), "card"), ("Apple Pay", "wallet"), ("Google Pay", "wallet")]
    )
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment method"], card, 0.2)
    oid = "#" + digits(rng, 4)
    oid_printed = optional_pair(rng, rows, ["Order number", "Order"], oid, 0.25)
    when = _dated(rng, rows, ["Ordered on", "Date"], UK_DATES, 0.15)
    truth = _truth(
        "Deliveroo",
        total,
        "GBP",
        oid if oid_printed else None,
        when,
        method if method_printed else None,
        status,
    )
    return rows, truth, dict(SCREEN, width=560, accent=(0, 204, 188))


# ---------------------------------------------------------------- 12 French Carrefour till


def fr_till(rng: random.Random, font: str):
    """A French Carrefour till in euros: articles, TOTAL A PAYER, CB / ESPECES, TVA table, N° autorisation."""
    store = rng.choice(["Carrefour", "CARREFOUR MARKET", "Carrefour City"])
    items = [
        (
            rng.choice(["BAGUETTE", "LAIT DEMI-ECR", "YAOURT NAT", "POMMES GOLDEN", "CAFE MOULU"]),
            round(rng.uniform(0.6, 9), 2),
        )
        for _ in range(rng.randint(2, 5))
    ]
    total = round(sum(v for _, v in items), 2)
    rows = [("title", store), ("small", "SIRET " + digits(rng, 14))]
    for name, value in items:
        rows.append(("pair", name, _line(value, "EUR")))
    rows.append(("pair", rng.choice(["TOTAL A PAYER", "TOTAL", "MONTANT DU"]), _line(total, "EUR") + " EUR"))
    tender, method = rng.choice([("CB", "card"), ("CB SANS CONTACT", "card"), ("ESPECES", "cash")])
    rows.append(("pair", tender, _line(total, "EUR")))
    ht = round(total / 1.055, 2)
    rows.append(("pair", "TVA 5,50%", _line(round(total - ht, 2), "EUR")))
    txn = status = None
    if method == "card":
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["N° AUTORISATION", "No AUTO"], auth, 0.2):
            txn = auth
        if shown(rng, 0.4):
            rows.append(("left", rng.choice(["PAIEMENT ACCEPTE", "TRANSACTION ACCEPTEE"])))
            status = "success"
    ticket = digits(rng, 5)
    if txn is None and shown(rng, 0.3):
        rows.append(("pair", "TICKET N°", ticket))
        txn = ticket
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        rows.append(("left", date_text(when, rng.choice(FR_DATES)) + " " + clock(rng, False)))
    truth = _truth(store, total, "EUR", txn, when if dated else None, method, status)
    return rows, truth, {"width": 470, "size": 18, "paper": (254, 254, 252)}
