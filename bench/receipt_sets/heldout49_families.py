"""The twelve heldout49 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; only the shared value helpers of heldout14 are
reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
"""

from __future__ import annotations

import datetime as dt
import random
import string

from bench.receipt_sets.heldout14_values import (
    clock,
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    price,
    rupee,
    shown,
    truth_fields,
)

UPPER = string.ascii_uppercase
ALNUM = UPPER + string.digits
SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 21}


def _outcome(rng: random.Random, words: dict[str, list[str]]) -> tuple[str, str]:
    """An outcome (success mostly, else failed or pending where the layout has words for it) and its wording."""
    roll = rng.random()
    status = "success" if roll < 0.74 else ("failed" if roll < 0.87 else "pending")
    if status not in words:
        status = "success"
    return status, rng.choice(words[status])


def _inr(rng: random.Random, value: float, font: str, decimals: bool = True) -> str:
    """A rupee sum in lakh grouping, marked with the rupee sign the face can print, Rs. or INR."""
    text = money(value, "indian")
    if not decimals and text.endswith(".00"):
        text = text[:-3]
    return rng.choice([rupee(font), rupee(font) + " ", "Rs. ", "INR "]) + text


# ---------------------------------------------------------------- 1 redBus / AbhiBus bus e-ticket


def bus_ticket(rng: random.Random, font: str):
    """A redBus / AbhiBus bus e-ticket: operator, route, Journey Date / Departure (never the day paid), seats,
    Base Fare, Operator GST, discount, Total Fare Paid / Amount Paid / Total Paid, TIN / Ticket No, PNR, Payment Ref /
    Transaction ID in a share, Paid via / Payment Mode, Booked on / Booking Date."""
    app = rng.choice(["redBus", "AbhiBus"])
    seats = rng.randint(1, 4)
    fare = float(rng.choice([499, 650, 799, 1049, 1250, 1599]))
    base = fare * seats
    gst = round(base * 0.05, 2)
    discount = float(rng.choice([0, 0, 50, 75, 120]))
    total = round(base + gst - discount, 2)
    r = rupee(font)
    rows = [("title", app), ("center", rng.choice(["e-Ticket", "Bus Ticket", "Booking Details"]))]
    status = None
    if shown(rng, 0.6):
        status, words = _outcome(rng, {"success": ["Payment Successful", "Payment successful"],
                                       "failed": ["Payment Failed"], "pending": ["Payment Pending"]})
        rows.append(("center", words))
    rows.append(("left", rng.choice(["SRS Travels", "VRL Travels", "Orange Tours and Travels", "Kallada Travels",
                                     "Zingbus"]) + " - " + rng.choice(["A/C Sleeper (2+1)", "Volvo Multi-Axle Semi Sleeper",
                                                                       "Non A/C Seater (2+2)"])))
    rows.append(("left", rng.choice(["Bangalore -> Hyderabad", "Mumbai -> Goa", "Chennai -> Coimbatore",
                                     "Delhi -> Manali", "Pune -> Nagpur"])))
    journey = day(rng) + dt.timedelta(days=rng.randint(2, 20))
    rows.append(("pair", rng.choice(["Journey Date", "Departure", "Date of Journey"]),
                 date_text(journey, rng.choice(["%d %b %Y", "%a, %d %b"])) + " " + clock(rng, True)))
    rows.append(("pair", "Seat No(s)", ", ".join(f"{rng.choice('LU')}{rng.randint(1, 36)}" for _ in range(seats))))
    tin = rng.choice(["TT", "TS", "AB"]) + code(rng, 6, ALNUM) if app == "redBus" else "AB" + digits(rng, 9)
    txn = tin if optional_pair(rng, rows, ["TIN", "Ticket No", "Ticket Number"], tin, 0.2) else None
    if shown(rng, 0.5):
        rows.append(("pair", "Operator PNR", code(rng, 2, UPPER) + digits(rng, 7)))
    rows.append(("rule",))
    rows.append(("pair", f"Base Fare ({seats} seat{'s' if seats > 1 else ''})", r + money(base, "indian")))
    rows.append(("pair", rng.choice(["Operator GST", "GST (5%)"]), r + money(gst, "indian")))
    if discount:
        rows.append(("pair", rng.choice(["Offer Discount", f"{app} Discount"]), "- " + r + money(discount, "indian")))
    rows.append(("pair", rng.choice(["Total Fare Paid", "Amount Paid", "Total Paid"]), _inr(rng, total, font)))
    pay, method = rng.choice([("UPI", "UPI"), ("PhonePe UPI", "UPI"), ("Credit Card", "card"),
                              ("Debit Card - Visa", "card"), (f"{app} Wallet", "wallet"), ("Net Banking", "netbanking")])
    method_printed = optional_pair(rng, rows, ["Paid via", "Payment Mode", "Payment Method"], pay, 0.3)
    ref = digits(rng, 12) if method == "UPI" else code(rng, 3, UPPER) + digits(rng, 11)
    labels = ["UPI Ref No.", "UTR"] if method == "UPI" else ["Transaction ID", "Payment Ref No."]
    if method_printed and optional_pair(rng, rows, labels, ref, 0.5):
        txn = ref
    when = None
    if shown(rng, 0.25):
        when = journey - dt.timedelta(days=rng.randint(1, 14))
        rows.append(("pair", rng.choice(["Booked on", "Booking Date", "Date of Booking"]),
                     date_text(when, rng.choice(["%d %b %Y", "%d/%m/%Y", "%d-%m-%Y"])) + ", " + clock(rng, True)))
    rows.append(("small", "Reach the boarding point 15 minutes before departure."))
    truth = truth_fields(app, total, "INR", txn, when, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=600, accent=(216, 78, 85) if app == "redBus" else (0, 94, 184),
                             screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 2 Tata Play / Dish TV DTH recharge


def dth_recharge(rng: random.Random, font: str):
    """A Tata Play / Dish TV / Airtel Digital TV recharge screen: the big amount, outcome in a share, Subscriber ID
    / VC No. / Customer ID (never the id), pack, Transaction ID / Order ID / Ref. No., Paid using / Payment Mode,
    Recharged on / Date & Time, next recharge date (never the day paid)."""
    brand = rng.choice(["Tata Play", "Dish TV", "Airtel Digital TV"])
    amount = float(rng.choice([153, 249, 299, 350, 420, 499, 560, 1199, 2500])) if rng.random() < 0.75 \
        else price(rng, 200, 3000)
    rows = [("title", brand)]
    status = None
    if shown(rng, 0.3):
        status, words = _outcome(rng, {"success": ["Recharge done successfully", "Transaction Successful",
                                                   "Payment Successful"],
                                       "failed": ["Transaction Failed", "Payment Failed"],
                                       "pending": ["Transaction Pending", "Payment Processing"]})
        rows.append(("center", words))
    rows.append(("big", _inr(rng, amount, font, decimals=rng.random() < 0.5)))
    rows.append(("pair", rng.choice(["Subscriber ID", "VC No.", "Customer ID"]), digits(rng, 10)))
    rows.append(("pair", rng.choice(["Pack", "Plan", "Current Pack"]), rng.choice(["Hindi Basic HD", "Family Sports Kids",
                                                                                    "Telugu Value Pack", "DTH Monthly"])))
    rows.append(("rule",))
    txn = None
    oid = rng.choice(["TP", "DTV", "ORD"]) + digits(rng, 12)
    if optional_pair(rng, rows, ["Transaction ID", "Order ID", "Ref. No."], oid, 0.2):
        txn = oid
    pay, method = rng.choice([("UPI", "UPI"), ("Google Pay UPI", "UPI"), ("Debit Card", "card"),
                              ("Credit Card XX" + digits(rng, 4), "card"), ("Amazon Pay Balance", "wallet"),
                              ("Paytm Wallet", "wallet"), ("Net Banking", "netbanking")])
    method_printed = optional_pair(rng, rows, ["Paid using", "Payment Mode", "Paid via"], pay, 0.3)
    if method_printed and method == "UPI":
        utr = digits(rng, 12)
        if optional_pair(rng, rows, ["UPI Ref No", "UTR No."], utr, 0.5):
            txn = utr
    when = day(rng)
    dated = shown(rng, 0.25)
    if dated:
        text = date_text(when, rng.choice(["%d %b %Y", "%d/%m/%Y", "{d} %B %Y"]))
        rows.append(("pair", rng.choice(["Recharged on", "Date & Time", "Transaction Date"]),
                     text + ", " + clock(rng, True)))
    if shown(rng, 0.5):
        rows.append(("pair", "Next Recharge Date", date_text(when + dt.timedelta(days=30), "%d %b %Y")))
    rows.append(("small", "Channels will be activated within 15 minutes."))
    truth = truth_fields(brand, amount, "INR", txn, when if dated else None, method if method_printed else None, status)
    style = dict(SCREEN, width=540, accent={"Tata Play": (230, 0, 126), "Dish TV": (230, 60, 20),
                                            "Airtel Digital TV": (228, 0, 0)}[brand])
    if rng.random() < 0.2:
        style.update(paper=(20, 20, 26), ink=(235, 235, 235))
    return rows, truth, style


# ---------------------------------------------------------------- 3 Indane / HP Gas / Bharatgas LPG refill


def lpg_booking(rng: random.Random, font: str):
    """An Indane / HP Gas / Bharatgas LPG refill online payment receipt or cash memo: distributor, Consumer No. /
    LPG ID (never the id), Booking No. / Order No., Cash Memo No., cylinder price and delivery charges, Total Amount
    / Amount Paid / Net Payable, Payment Ref / Transaction Ref No., Payment Mode, Booking Date / Payment Date (never
    the Delivery Date)."""
    brand = rng.choice(["Indane", "HP Gas", "Bharatgas"])
    price_ = float(rng.choice([803.0, 818.5, 829.0, 853.0, 868.5, 902.5]))
    delivery = float(rng.choice([0, 0, 20, 30]))
    total = round(price_ + delivery, 2)
    rows = [("title", brand), ("center", rng.choice(["LPG Refill Payment Receipt", "Cash Memo / Tax Invoice",
                                                     "Online Payment Receipt"])),
            ("small", rng.choice(["Shree Ganesh Gas Agency, Nashik", "Sai Krupa HP Gas, Hubli",
                                  "Gupta Bharatgas Service, Lucknow"]))]
    status = None
    if shown(rng, 0.55):
        status, words = _outcome(rng, {"success": ["Payment Successful", "Payment Received"],
                                       "failed": ["Payment Failed"], "pending": ["Payment Pending"]})
        if rng.random() < 0.5:
            rows.append(("pair", "Payment Status", {"success": "Success", "failed": "Failed",
                                                    "pending": "Pending"}[status]))
        else:
            rows.append(("center", words))
    rows.append(("pair", rng.choice(["Consumer No.", "LPG ID", "Consumer Number"]),
                 digits(rng, 17) if rng.random() < 0.4 else digits(rng, 6)))
    rows.append(("pair", "Name", rng.choice(["SUNIL JADHAV", "REKHA DEVI", "K. VENKATESH", "FATIMA SHAIKH"])))
    booking = digits(rng, rng.choice([8, 10]))
    txn = booking if optional_pair(rng, rows, ["Booking No.", "Order No.", "Booking Ref No."], booking, 0.2) else None
    if shown(rng, 0.4):
        rows.append(("pair", "Cash Memo No.", digits(rng, 7)))
    booked = day(rng)
    when = None
    if shown(rng, 0.25):
        when = booked
        rows.append(("pair", rng.choice(["Booking Date", "Payment Date", "Date"]),
                     date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d-%b-%Y"]))))
    if shown(rng, 0.5):
        rows.append(("pair", "Expected Delivery", date_text(booked + dt.timedelta(days=rng.randint(1, 4)), "%d/%m/%Y")))
    rows.append(("rule",))
    rows.append(("pair", "14.2 Kg Cylinder (1)", money(price_, "indian")))
    if delivery:
        rows.append(("pair", "Delivery Charges", money(delivery, "indian")))
    rows.append(("pair", rng.choice(["Total Amount", "Amount Paid", "Net Payable"]), _inr(rng, total, font)))
    pay, method = rng.choice([("UPI", "UPI"), ("Net Banking", "netbanking"), ("Debit Card", "card"),
                              ("Cash", "cash"), ("Paytm Wallet", "wallet")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment", "Paid by"], pay, 0.25)
    if method_printed and method != "cash":
        ref = digits(rng, 12) if method == "UPI" else code(rng, 4, UPPER) + digits(rng, 8)
        if optional_pair(rng, rows, ["UPI Ref No." if method == "UPI" else "Payment Ref", "Transaction Ref No."],
                         ref, 0.4):
            txn = ref
    rows.append(("small", "Subsidy, if any, will be credited to your bank account (DBTL)."))
    truth = truth_fields(brand, total, "INR", txn, when, method if method_printed else None, status)
    accent = {"Indane": (240, 110, 0), "HP Gas": (0, 70, 150), "Bharatgas": (200, 30, 40)}[brand]
    return rows, truth, {"width": 640, "size": 19, "paper": (254, 253, 248), "accent": accent}


# ---------------------------------------------------------------- 4 ACT / Airtel Xstream broadband bill payment


def broadband_payment(rng: random.Random, font: str):
    """An ACT Fibernet / Airtel Xstream Fiber / JioFiber broadband payment acknowledgement: Account No. /
    Relationship No. / User ID (never the id), plan, Bill Period, Due Date (never the day paid), Plan Charges, GST
    18%, Amount Paid / Total Amount Paid, Transaction ID / Payment Reference No., Receipt No., Paid via / Payment
    Mode, Payment Date / Paid on, outcome in a share."""
    brand = rng.choice(["ACT Fibernet", "Airtel Xstream Fiber", "JioFiber"])
    plan = float(rng.choice([499, 599, 699, 799, 999, 1179, 1499]))
    months = rng.choice([1, 1, 1, 3, 6])
    base = plan * months
    gst = round(base * 0.18, 2)
    total = round(base + gst, 2)
    rows = [("title", brand), ("center", rng.choice(["Payment Acknowledgement", "Payment Receipt",
                                                     "Thank you for your payment"]))]
    status = None
    if shown(rng, 0.45):
        status, words = _outcome(rng, {"success": ["Payment Successful", "Your payment was successful"],
                                       "failed": ["Payment Failed", "Your payment has failed"],
                                       "pending": ["Payment Pending"]})
        if rng.random() < 0.5:
            rows.append(("pair", "Status", {"success": "Successful", "failed": "Failed", "pending": "Pending"}[status]))
        else:
            rows.append(("center", words))
    rows.append(("pair", rng.choice(["Account No.", "Relationship No.", "User ID"]), digits(rng, rng.choice([9, 10, 11]))))
    rows.append(("pair", "Plan", rng.choice(["ACT Blaze 150 Mbps", "Xstream 200 Mbps", "Fiber 100 Mbps",
                                             "Platinum 300 Mbps"]) + (f" x {months} months" if months > 1 else "")))
    start = day(rng)
    rows.append(("pair", rng.choice(["Bill Period", "Billing Cycle"]),
                 date_text(start, "%d %b %Y") + " - " + date_text(start + dt.timedelta(days=30 * months - 1), "%d %b %Y")))
    if shown(rng, 0.5):
        rows.append(("pair", "Due Date", date_text(start + dt.timedelta(days=20), "%d/%m/%Y")))
    rows.append(("rule",))
    rows.append(("pair", "Plan Charges", money(base, "indian")))
    rows.append(("pair", rng.choice(["GST @ 18%", "CGST 9% + SGST 9%"]), money(gst, "indian")))
    rows.append(("pair", rng.choice(["Amount Paid", "Total Amount Paid", "Total Paid"]), _inr(rng, total, font)))
    tid = rng.choice(["", "ACT", "AXF"]) + digits(rng, rng.choice([12, 14]))
    txn = tid if optional_pair(rng, rows, ["Transaction ID", "Payment Reference No.", "Txn ID"], tid, 0.25) else None
    receipt = "RCP" + digits(rng, 9)
    if optional_pair(rng, rows, ["Receipt No.", "Receipt Number"], receipt, 0.5) and txn is None:
        txn = receipt
    pay, method = rng.choice([("UPI", "UPI"), ("Net Banking", "netbanking"), ("Credit Card", "card"),
                              ("Debit Card", "card"), ("Airtel Payments Bank Wallet", "wallet"), ("Paytm Wallet", "wallet")])
    method_printed = optional_pair(rng, rows, ["Paid via", "Payment Mode", "Payment Method"], pay, 0.25)
    when = None
    if shown(rng, 0.2):
        when = start + dt.timedelta(days=rng.randint(2, 18))
        rows.append(("pair", rng.choice(["Payment Date", "Paid on", "Transaction Date"]),
                     date_text(when, rng.choice(["%d/%m/%Y", "%d %b %Y", "%d-%m-%Y"])) + " " + clock(rng, False)))
    rows.append(("small", "This is a system generated acknowledgement; no signature is required."))
    truth = truth_fields(brand, total, "INR", txn, when, method if method_printed else None, status)
    accent = {"ACT Fibernet": (200, 20, 60), "Airtel Xstream Fiber": (228, 0, 0), "JioFiber": (15, 60, 150)}[brand]
    return rows, truth, dict(SCREEN, width=640, size=20, accent=accent, screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 5 Shell / Chevron US gas station till


def us_gas_station(rng: random.Random, font: str):
    """A Shell / Chevron / Exxon pay-at-the-pump or inside receipt in dollars: the station's address, "03/03/26
    14:22" (month first), PUMP #, product, GALLONS, PRICE/GAL, FUEL SALE / TOTAL, CREDIT / DEBIT / CASH, AUTH # /
    APPROVAL CODE, INVOICE # / TRANS #, APPROVED in a share, a car wash add-on."""
    brand = rng.choice(["Shell", "Chevron", "EXXON"])
    gallons = round(rng.uniform(4.2, 18.9), 3)
    ppg = rng.choice([3.089, 3.259, 3.459, 3.799, 4.199, 4.859])
    fuel = round(gallons * ppg, 2)
    wash = float(rng.choice([0, 0, 0, 8.0, 12.0]))
    total = round(fuel + wash, 2)
    rows = [("title", brand), ("small", rng.choice(["4410 W SAHARA AVE, LAS VEGAS NV 89102",
                                                    "1200 S CONGRESS AVE, AUSTIN TX 78704",
                                                    "88 MAIN ST, HOBOKEN NJ 07030", "2150 EL CAMINO REAL, PALO ALTO CA 94306"])),
            ("small", "STORE " + digits(rng, 8))]
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        rows.append(("left", date_text(when, rng.choice(["%m/%d/%y", "%m/%d/%Y"])) + "  " + clock(rng, False)))
    rows.append(("pair", "PUMP #", str(rng.randint(1, 16))))
    rows.append(("pair", "PRODUCT", rng.choice(["REGULAR", "UNLEADED 87", "PLUS", "V-POWER NITRO+", "SUPREME"])))
    rows.append(("pair", "GALLONS", f"{gallons:.3f}"))
    rows.append(("pair", "PRICE/GAL", f"${ppg:.3f}"))
    rows.append(("pair", "FUEL SALE", f"${fuel:.2f}"))
    if wash:
        rows.append(("pair", "CAR WASH", f"${wash:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL", "TOTAL SALE", "AMOUNT"]), f"${total:,.2f}"))
    tender, method = rng.choice([("CREDIT", "card"), ("DEBIT", "card"), ("VISA", "card"), ("MASTERCARD", "card"),
                                 ("CASH", "cash")])
    method_printed = shown(rng, 0.15)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = float(int(total) + rng.choice([1, 5, 10]))
            rows.append(("pair", "CASH", f"${given:.2f}"))
            rows.append(("pair", "CHANGE", f"${given - total:.2f}"))
        else:
            rows.append(("pair", tender, f"${total:,.2f}"))
            rows.append(("left", "ACCOUNT # ************" + digits(rng, 4)))
            auth = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
            if optional_pair(rng, rows, ["AUTH #", "APPROVAL CODE", "AUTH CODE"], auth, 0.3):
                txn = auth
            if shown(rng, 0.5):
                rows.append(("center", rng.choice(["APPROVED", "APPROVED - THANK YOU"])))
                status = "success"
    invoice = digits(rng, rng.choice([6, 7]))
    if optional_pair(rng, rows, ["INVOICE #", "INVOICE NO"], invoice, 0.35) and txn is None:
        txn = invoice
    rows.append(("center", rng.choice(["THANK YOU", "HAVE A NICE DAY", "PLEASE COME AGAIN"])))
    truth = truth_fields(brand, total, "USD", txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 460, "size": 18, "paper": (255, 255, 253)}


# ---------------------------------------------------------------- 6 Costa / Pret UK coffee till


def uk_coffee_till(rng: random.Random, font: str):
    """A Costa Coffee / Pret A Manger / Caffè Nero till in pounds: EAT IN / TAKE AWAY, items, TOTAL / Total /
    Amount Due, VAT @ 20% (included), the tender (CONTACTLESS / Visa Debit / Mastercard / Apple Pay / Cash and Change),
    Auth Code in a share, Order No / Check / Trans No, Costa Club or Pret Perks line, "03/03/2026 08:12" (day first)."""
    chain = rng.choice(["COSTA", "Pret A Manger", "CAFFE NERO"])
    names = {"COSTA": ["Flat White Medium", "Latte Massimo", "Cappuccino Primo", "Ham & Cheese Toastie",
                       "Blueberry Muffin"],
             "Pret A Manger": ["Oat Flat White", "Filter Coffee", "Classic Super Club", "Almond Croissant",
                               "Chocolate Chunk Cookie"],
             "CAFFE NERO": ["Americano Regular", "Latte Grande", "Pain au Chocolat", "Mozzarella Panini"]}[chain]
    items = [(rng.choice(names), price(rng, 1.65, 6.45)) for _ in range(rng.randint(1, 4))]
    total = round(sum(v for _, v in items), 2)
    vat = round(total / 6, 2)
    rows = [("title", chain), ("small", rng.choice(["Euston Station, London NW1 2RT", "Deansgate, Manchester M3 4LQ",
                                                    "Queen Street, Cardiff CF10 2BH"])),
            ("small", "VAT Reg No. " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2)),
            ("center", rng.choice(["EAT IN", "TAKE AWAY", "TAKEOUT"]))]
    order = digits(rng, rng.choice([3, 4, 5]))
    txn = order if optional_pair(rng, rows, ["Order No", "Check No", "Trans No"], order, 0.25) else None
    rows.append(("rule",))
    for name, value in items:
        rows.append(("pair", "1 " + name, f"£{value:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL", "Total", "Amount Due"]), f"£{total:.2f}"))
    rows.append(("pair", "VAT @ 20% (incl.)", f"£{vat:.2f}"))
    tender, method = rng.choice([("CONTACTLESS", "card"), ("Visa Debit", "card"), ("Mastercard", "card"),
                                 ("Apple Pay", "wallet"), ("Cash", "cash")])
    method_printed = shown(rng, 0.15)
    status = None
    if method_printed:
        if method == "cash":
            given = float(int(total) + rng.choice([1, 5, 10]))
            rows.append(("pair", "Cash", f"£{given:.2f}"))
            rows.append(("pair", "Change", f"£{given - total:.2f}"))
        else:
            rows.append(("pair", tender, f"£{total:.2f}"))
            rows.append(("left", "Card: ************" + digits(rng, 4)))
            auth = digits(rng, 6)
            if optional_pair(rng, rows, ["Auth Code", "AUTH CODE:"], auth, 0.4):
                txn = auth
            if shown(rng, 0.5):
                rows.append(("center", rng.choice(["AUTHORISED", "APPROVED"])))
                status = "success"
    if shown(rng, 0.5):
        rows.append(("left", {"COSTA": "Costa Club beans earned: 1", "Pret A Manger": "Pret Perks: 1 star added",
                              "CAFFE NERO": "Nero app stamp added"}[chain]))
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("left", date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d %b %Y"])) + " " + clock(rng, False)
                     + f"  Till {rng.randint(1, 6)}"))
    rows.append(("center", rng.choice(["Thank you, see you soon", "Please keep your receipt", "Thanks for visiting"])))
    truth = truth_fields(chain, total, "GBP", txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 460, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 7 Deutsche Bahn / Trenitalia train ticket


def eu_train_ticket(rng: random.Random, font: str):
    """A Deutsche Bahn Online-Ticket in German or a Trenitalia ticket in Italian, both in euros with decimal commas:
    route, Reisedatum / Data viaggio / Gültig ab (never the day paid), Auftragsnummer / Codice PNR, Summe /
    Gesamtpreis / Importo totale, Zahlungsart / Pagamento, Buchungsdatum / Data acquisto, Rechnungsnummer / Numero
    biglietto."""
    rail = rng.choice(["Deutsche Bahn", "Trenitalia"])
    persons = rng.randint(1, 3)
    fare = price(rng, 17.9, 139.9)
    seat = float(rng.choice([0, 0, 4.9, 5.9])) if rail == "Deutsche Bahn" else 0.0
    total = round(fare * persons + seat, 2)

    def eur(value: float) -> str:
        return money(value, "european") + " €" if rng.random() < 0.7 else "EUR " + money(value, "european")

    travel = day(rng) + dt.timedelta(days=rng.randint(1, 30))
    paid = travel - dt.timedelta(days=rng.randint(0, 25))
    if rail == "Deutsche Bahn":
        rows = [("title", "Deutsche Bahn"), ("center", rng.choice(["Online-Ticket", "Ihre Buchung", "Fahrkarte"])),
                ("left", rng.choice(["Berlin Hbf -> München Hbf", "Köln Hbf -> Hamburg Hbf",
                                     "Frankfurt(Main)Hbf -> Stuttgart Hbf"])),
                ("pair", rng.choice(["Reisedatum", "Gültig ab", "Hinfahrt"]), date_text(travel, "%d.%m.%Y")),
                ("pair", "Zug", rng.choice(["ICE ", "IC "]) + str(rng.randint(100, 1999))),
                ("pair", "Reisende", f"{persons} Erwachsene{'r' if persons == 1 else ''}, 2. Klasse")]
        order = code(rng, 6, ALNUM)
        txn = order if optional_pair(rng, rows, ["Auftragsnummer", "Auftrags-Nr."], order, 0.2) else None
        invoice = digits(rng, 10)
        if optional_pair(rng, rows, ["Rechnungsnummer"], invoice, 0.6) and txn is None:
            txn = invoice
        rows.append(("rule",))
        rows.append(("pair", rng.choice(["Flexpreis", "Sparpreis", "Super Sparpreis"]) + f" x{persons}",
                     money(fare * persons, "european") + " €"))
        if seat:
            rows.append(("pair", "Sitzplatzreservierung", money(seat, "european") + " €"))
        rows.append(("pair", rng.choice(["Summe", "Gesamtpreis", "Gesamtbetrag"]), eur(total)))
        rows.append(("small", "enthaltene MwSt. 7%: " + money(round(total * 7 / 107, 2), "european") + " €"))
        pay, method = rng.choice([("Kreditkarte", "card"), ("Visa", "card"), ("PayPal", "wallet"),
                                  ("Apple Pay", "wallet"), ("Mastercard", "card")])
        method_printed = optional_pair(rng, rows, ["Zahlungsart", "Bezahlt mit"], pay, 0.3)
        when = None
        if shown(rng, 0.25):
            when = paid
            rows.append(("pair", rng.choice(["Buchungsdatum", "Gebucht am"]),
                         date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"])) + " " + clock(rng, False)))
        rows.append(("small", "Nur gültig mit Lichtbildausweis."))
        accent = (236, 0, 22)
    else:
        rows = [("title", "Trenitalia"), ("center", rng.choice(["Biglietto", "Riepilogo acquisto", "Ticket"])),
                ("left", rng.choice(["Roma Termini -> Milano Centrale", "Firenze S.M.N. -> Napoli Centrale",
                                     "Venezia S. Lucia -> Bologna C.le"])),
                ("pair", rng.choice(["Data viaggio", "Partenza"]), date_text(travel, "%d/%m/%Y") + " " + clock(rng, False)),
                ("pair", "Treno", "Frecciarossa " + str(rng.randint(9500, 9699))),
                ("pair", "Passeggeri", str(persons))]
        pnr = code(rng, 6, ALNUM)
        txn = pnr if optional_pair(rng, rows, ["Codice PNR", "PNR"], pnr, 0.2) else None
        ticket = digits(rng, 10)
        if optional_pair(rng, rows, ["Numero biglietto", "Codice biglietto"], ticket, 0.6) and txn is None:
            txn = ticket
        rows.append(("rule",))
        rows.append(("pair", rng.choice(["Base", "Economy", "Premium"]) + f" x{persons}",
                     money(fare * persons, "european") + " €"))
        rows.append(("pair", rng.choice(["Importo totale", "Totale", "Prezzo totale"]), eur(total)))
        pay, method = rng.choice([("Carta di credito", "card"), ("Visa", "card"), ("PayPal", "wallet"),
                                  ("Satispay", "wallet"), ("Mastercard", "card")])
        method_printed = optional_pair(rng, rows, ["Pagamento", "Metodo di pagamento"], pay, 0.3)
        when = None
        if shown(rng, 0.25):
            when = paid
            rows.append(("pair", rng.choice(["Data acquisto", "Data emissione"]),
                         date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y"])) + " " + clock(rng, False)))
        rows.append(("small", "Biglietto nominativo, non cedibile."))
        accent = (0, 110, 70)
    truth = truth_fields(rail, total, "EUR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255), "accent": accent}


# ---------------------------------------------------------------- 8 PayPal payment e-mail


def paypal_email(rng: random.Random, font: str):
    """A PayPal "You sent a payment" / "Receipt for your payment" e-mail in dollars, pounds, euros or Australian
    dollars: the payee (a shop), the amount with its code, Transaction ID (17 capitals and digits), Transaction date
    / a date line, Paid with / Funding source (PayPal balance, a card), Completed / Pending in a share, the
    merchant's invoice / order number, shipping and tax."""
    currency, mark, grouping = rng.choice([("USD", "$", "western"), ("GBP", "£", "western"), ("EUR", "€", "european"),
                                           ("AUD", "A$", "western")])
    payee = rng.choice(["Etsy Shop BrassAndBloom", "Humble Bundle", "Bandcamp", "Vintage Threads Ltd",
                        "Namecheap, Inc.", "Kofi Coffee Roasters"])
    sub = price(rng, 4.5, 420)
    ship = float(rng.choice([0, 0, 3.99, 6.5]))
    tax = round(sub * rng.choice([0, 0, 0.08]), 2) if currency == "USD" else 0.0
    total = round(sub + ship + tax, 2)

    def fmt(value: float) -> str:
        text = money(value, grouping)
        return (text + " €") if currency == "EUR" else f"{mark}{text} {currency}"

    rows = [("title", "PayPal")]
    rows.append(("center", rng.choice(["Receipt for your payment to " + payee, "You sent a payment to " + payee,
                                       "You paid " + fmt(total) + " to " + payee])))
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(rng, {"success": ["Completed", "Payment completed"],
                                       "pending": ["Pending", "Payment pending"]})
        rows.append(("pair", rng.choice(["Status", "Payment status"]), words) if rng.random() < 0.5
                    else ("center", words))
    rows.append(("rule",))
    rows.append(("pair", "Merchant", payee))
    tid = code(rng, 17, ALNUM)
    txn = tid if optional_pair(rng, rows, ["Transaction ID", "Transaction ID:"], tid, 0.2) else None
    inv = digits(rng, rng.choice([6, 8]))
    if optional_pair(rng, rows, ["Invoice ID", "Order number"], inv, 0.6) and txn is None:
        txn = inv
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        pattern = {"USD": "%b {d}, %Y", "AUD": "{d} %b %Y", "GBP": "{d} %B %Y", "EUR": "%d.%m.%Y"}[currency]
        rows.append(("pair", rng.choice(["Transaction date", "Date"]), date_text(when, pattern)))
    rows.append(("rule",))
    rows.append(("pair", "Item subtotal", fmt(sub)))
    if ship:
        rows.append(("pair", "Shipping", fmt(ship)))
    if tax:
        rows.append(("pair", "Sales tax", fmt(tax)))
    rows.append(("pair", rng.choice(["Total", "Payment total", "Amount"]), fmt(total)))
    pay, method = rng.choice([("PayPal balance", "wallet"), ("Visa Credit Card x-" + digits(rng, 4), "card"),
                              ("Mastercard ending in " + digits(rng, 4), "card"), ("PayPal balance", "wallet")])
    method_printed = optional_pair(rng, rows, ["Paid with", "Funding source", "Payment sent from"], pay, 0.3)
    rows.append(("small", "Questions? Go to the Resolution Center. Please do not reply to this email."))
    truth = truth_fields(payee, total, currency, txn, when, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=660, size=19, accent=(0, 48, 135), screen=rng.random() < 0.35)


# ---------------------------------------------------------------- 9 Venmo / Cash App payment screen


def p2p_app_payment(rng: random.Random, font: str):
    """A Venmo / Cash App payment detail screen in dollars: the person paid, their @handle / $cashtag, the amount,
    a note, Completed / Pending / Failed in a share, Transaction ID (Venmo's 19 digits) / Identifier (Cash App's
    "#D" + 6 capitals and digits), Payment method / Paid from (Venmo balance, Cash balance, a bank, a debit card),
    a date line."""
    app = rng.choice(["Venmo", "Cash App"])
    person = rng.choice(["Jordan Lee", "Maria Gonzalez", "Tyler Brooks", "Aisha Johnson", "Kevin Nguyen", "Hannah Kim"])
    first, last = person.split()
    handle = ("@" + first + "-" + last + "-" + digits(rng, 2)) if app == "Venmo" else "$" + (first + last).lower()
    amount = float(rng.choice([15, 20, 25, 40, 60, 120, 250])) if rng.random() < 0.6 else price(rng, 3, 600)
    rows = [("title", app)]
    status = None
    if shown(rng, 0.3):
        status, words = _outcome(rng, {"success": ["Completed", "Payment completed", "Paid"],
                                       "failed": ["Failed", "Payment failed"],
                                       "pending": ["Pending", "Payment pending"]})
        rows.append(("center", words))
    rows.append(("big", f"${amount:,.2f}" if rng.random() < 0.7 or amount != int(amount) else f"${int(amount)}"))
    rows.append(("pair", rng.choice(["To", "Paid to", "Sent to"]), person))
    rows.append(("small", handle))
    if shown(rng, 0.4):
        rows.append(("pair", rng.choice(["Note", "For"]), rng.choice(["pizza night", "concert tix", "utilities March",
                                                                      "birthday gift", "rent"])))
    rows.append(("rule",))
    pays = [("Venmo balance", "wallet"), ("Visa Debit ••" + digits(rng, 4), "card"),
            ("Mastercard Debit •••• " + digits(rng, 4), "card")] if app == "Venmo" \
        else [("Cash balance", "wallet"), ("Visa Debit " + digits(rng, 4), "card"), ("Cash Card", "card")]
    pay, method = rng.choice(pays)
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid from", "Source"], pay, 0.3)
    txn = None
    if app == "Venmo":
        tid = digits(rng, 19)
        txn = tid if optional_pair(rng, rows, ["Transaction ID", "Payment ID"], tid, 0.25) else None
    else:
        ident = "#D" + code(rng, 6, ALNUM)
        txn = ident[1:] if optional_pair(rng, rows, ["Identifier", "Transaction ID"], ident, 0.25) else None
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        rows.append(("center", rng.choice([date_text(when, "%b {d}, %Y") + ", " + clock(rng, True),
                                           date_text(when, "%B {d}, %Y") + " at " + clock(rng, True),
                                           date_text(when, "%m/%d/%Y")])))
    truth = truth_fields(person, amount, "USD", txn, when, method if method_printed else None, status)
    style = dict(SCREEN, width=520, accent=(0, 140, 255) if app == "Venmo" else (0, 200, 80))
    if rng.random() < 0.3:
        style.update(paper=(18, 18, 20), ink=(238, 238, 238))
    return rows, truth, style


# ---------------------------------------------------------------- 10 dental practice invoice / receipt


def dental_invoice(rng: random.Random, font: str):
    """A dental practice invoice and receipt (a UK practice in pounds with NHS bands, a US dental office in dollars
    with insurance, an Australian clinic with Medicare / HICAPS in AUD): Patient, DOB (never the day paid), Invoice
    No. / Statement #, treatments, Insurance Paid (taken off), Amount Paid / Patient Payment / Total Paid, Balance Due
    0.00 (never the amount), Payment Method / Paid by, Date / Invoice Date / Payment Date, PAID in a share."""
    country = rng.choice(["UK", "US", "AU"])
    practice = {"UK": ["Bupa Dental Care", "mydentist", "Smile Clinic Bristol"],
                "US": ["Aspen Dental", "Bright Smiles Family Dentistry", "Pacific Dental Group"],
                "AU": ["Pacific Smiles Dental", "Bondi Junction Dental", "National Dental Care"]}[country]
    practice = rng.choice(practice)
    currency, mark = {"UK": ("GBP", "£"), "US": ("USD", "$"), "AU": ("AUD", "$")}[country]
    treatments = [(rng.choice(["Examination", "Scale & Polish", "Bitewing X-rays (2)", "Composite Filling",
                               "Periapical X-ray", "Fluoride Varnish", "Root Canal - Molar"]),
                   price(rng, 25, 420)) for _ in range(rng.randint(1, 4))]
    gross = round(sum(v for _, v in treatments), 2)
    insurer = 0.0
    if country != "UK" and rng.random() < 0.5:
        insurer = round(gross * rng.choice([0.5, 0.6, 0.8]), 2)
    total = round(gross - insurer, 2)
    rows = [("title", practice), ("center", rng.choice(["Invoice / Receipt", "Patient Receipt", "Statement"]))]
    if country == "AU":
        rows.append(("small", "ABN " + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3)))
    rows.append(("pair", "Patient", rng.choice(["Mr Daniel Hughes", "Ms Chloe Martin", "Olivia Brown", "James Wilson"])))
    dob = dt.date(rng.randint(1950, 2010), rng.randint(1, 12), rng.randint(1, 28))
    us = country == "US"
    rows.append(("pair", rng.choice(["DOB", "Date of Birth"]), date_text(dob, "%m/%d/%Y" if us else "%d/%m/%Y")))
    rows.append(("pair", rng.choice(["Provider", "Dentist", "Treating Dentist"]),
                 rng.choice(["Dr. Sarah Patel BDS", "Dr. Michael Chen DDS", "Dr. Emma Clarke"])))
    inv = rng.choice(["INV-", "", "S"]) + digits(rng, rng.choice([5, 6, 7]))
    txn = inv if optional_pair(rng, rows, ["Invoice No.", "Statement #", "Receipt No."], inv, 0.2) else None
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        pattern = rng.choice(["%m/%d/%Y", "%b {d}, %Y"]) if us else rng.choice(["%d/%m/%Y", "{d} %B %Y", "%d %b %Y"])
        rows.append(("pair", rng.choice(["Date", "Invoice Date", "Payment Date"]), date_text(when, pattern)))
    rows.append(("rule",))
    for name, value in treatments:
        rows.append(("pair", name, f"{mark}{value:,.2f}"))
    rows.append(("pair", "Total Fees", f"{mark}{gross:,.2f}"))
    if insurer:
        rows.append(("pair", "Insurance Paid" if us else "HICAPS Benefit", f"-{mark}{insurer:,.2f}"))
    rows.append(("pair", rng.choice(["Amount Paid", "Patient Payment", "Total Paid"]), f"{mark}{total:,.2f}"))
    if shown(rng, 0.5):
        rows.append(("pair", "Balance Due", f"{mark}0.00"))
    pay, method = rng.choice([("Visa", "card"), ("EFTPOS" if country == "AU" else "Debit Card", "card"),
                              ("Mastercard", "card"), ("Cash", "cash"), ("Apple Pay", "wallet")])
    method_printed = optional_pair(rng, rows, ["Payment Method", "Paid by", "Payment Type"], pay, 0.25)
    if method_printed and method == "card":
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["Auth Code", "Approval Code"], auth, 0.6):
            txn = auth
    status = None
    if shown(rng, 0.5):
        rows.append(("center", rng.choice(["PAID", "Paid in full", "PAID - Thank you"])))
        status = "success"
    rows.append(("small", "Please retain this receipt for your insurance claim."))
    truth = truth_fields(practice, total, currency, txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255), "accent": (0, 120, 140)}


# ---------------------------------------------------------------- 11 Nykaa / AJIO order invoice


def beauty_fashion_invoice(rng: random.Random, font: str):
    """A Nykaa / AJIO / Tata CLiQ tax invoice: the seller under the marketplace, GSTIN, Order No. / Order ID,
    Invoice No., Invoice Date / Order Date, products with MRP and discount, Shipping, Amount Payable / Order Total /
    Total Invoice Value, Payment Mode (Prepaid - UPI, COD, a card, Nykaa Wallet / AJIO Wallet), in a share a UPI
    reference."""
    shop = rng.choice(["Nykaa", "AJIO", "Tata CLiQ"])
    names = {"Nykaa": ["Maybelline Fit Me Foundation", "Lakme 9to5 Primer", "Minimalist Niacinamide 10%",
                       "Kay Beauty Lipstick", "Cetaphil Cleanser 125ml"],
             "AJIO": ["DNMX Slim Fit Jeans", "Puma Running T-shirt", "Avaasa Kurta Set", "Teamspirit Hoodie"],
             "Tata CLiQ": ["Titan Analog Watch", "Westside Cotton Shirt", "Skullcandy Earbuds"]}[shop]
    lines = []
    for _ in range(rng.randint(1, 3)):
        mrp = float(rng.choice([349, 599, 799, 1099, 1499, 2299, 3995]))
        off = round(mrp * rng.choice([0, 0.1, 0.2, 0.35]))
        lines.append((rng.choice(names), mrp, float(off)))
    net = float(sum(m - o for _, m, o in lines))
    ship = float(rng.choice([0, 0, 49, 99]))
    total = round(net + ship, 2)
    r = rupee(font)
    seller = {"Nykaa": "Nykaa E-Retail Pvt. Ltd.", "AJIO": "Reliance Retail Ltd.", "Tata CLiQ": "Tata UniStore Ltd."}[shop]
    rows = [("title", shop), ("center", rng.choice(["Tax Invoice", "TAX INVOICE", "Invoice"])),
            ("small", "Sold by: " + seller),
            ("small", "GSTIN: 27" + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + code(rng, 1, ALNUM))]
    order = {"Nykaa": "NYK" + digits(rng, 11), "AJIO": "FN" + digits(rng, 10), "Tata CLiQ": digits(rng, 15)}[shop]
    txn = order if optional_pair(rng, rows, ["Order No.", "Order ID", "Order Number"], order, 0.2) else None
    invoice = code(rng, 3, UPPER) + "/" + digits(rng, 2) + "-" + digits(rng, 2) + "/" + digits(rng, 6)
    if optional_pair(rng, rows, ["Invoice No.", "Invoice Number"], invoice, 0.4) and txn is None:
        txn = invoice
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        rows.append(("pair", rng.choice(["Invoice Date", "Order Date", "Date"]),
                     date_text(when, rng.choice(["%d-%m-%Y", "%d/%m/%Y", "%d %b %Y", "%d-%b-%y"]))))
    rows.append(("rule",))
    rows.append(("pair", "Product (Qty 1)", "MRP / Disc / Net"))
    for name, mrp, off in lines:
        rows.append(("pair", name, f"{money(mrp, 'indian')} / {money(off, 'indian')} / {money(mrp - off, 'indian')}"))
    if ship:
        rows.append(("pair", rng.choice(["Shipping Charges", "Delivery Fee"]), r + money(ship, "indian")))
    rows.append(("small", "Prices inclusive of GST (IGST 12% / 18%)"))
    rows.append(("pair", rng.choice(["Amount Payable", "Order Total", "Total Invoice Value"]), _inr(rng, total, font)))
    pay, method = rng.choice([("Prepaid - UPI", "UPI"), ("COD", "cash"), ("Cash on Delivery", "cash"),
                              ("Credit Card", "card"), (shop.split()[0] + " Wallet", "wallet"), ("Net Banking", "netbanking")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment", "Payment Method"], pay, 0.3)
    if method_printed and method == "UPI":
        ref = digits(rng, 12)
        if optional_pair(rng, rows, ["UPI Ref No.", "UTR"], ref, 0.6):
            txn = ref
    rows.append(("small", "E. & O.E. Goods once sold are subject to the return policy."))
    truth = truth_fields(shop, total, "INR", txn, when, method if method_printed else None, None)
    accent = {"Nykaa": (252, 39, 121), "AJIO": (44, 64, 84), "Tata CLiQ": (218, 20, 80)}[shop]
    return rows, truth, {"width": 700, "size": 18, "paper": (255, 255, 255), "accent": accent}


# ---------------------------------------------------------------- 12 life / health insurance premium receipt


def insurance_premium(rng: random.Random, font: str):
    """A life or health insurance premium receipt (LIC / HDFC Life / Star Health / ICICI Lombard): Policy No.
    (never the id), policyholder, plan, Premium Due Date / Next Due Date (never the day paid), Premium, GST, Late Fee,
    Total Amount Paid / Amount Received / Total Premium Paid, Receipt No., Transaction Ref No. / Bank Ref No., Mode of
    Payment, Receipt Date / Date of Payment, Premium Received in a share."""
    insurer = rng.choice(["LIC of India", "HDFC Life", "Star Health Insurance", "ICICI Lombard"])
    premium = float(rng.choice([4850, 7212, 12500, 18430, 24999, 36260, 112500]))
    gst_rate = 0.045 if insurer in ("LIC of India", "HDFC Life") else 0.18
    gst = round(premium * gst_rate, 2)
    late = float(rng.choice([0, 0, 0, 96, 185]))
    total = round(premium + gst + late, 2)
    rows = [("title", insurer), ("center", rng.choice(["Premium Receipt", "Premium Paid Acknowledgement",
                                                       "Renewal Premium Receipt"]))]
    rows.append(("pair", "Policy No.", digits(rng, 9) if insurer == "LIC of India" else
                 code(rng, 1, UPPER) + digits(rng, 9) + "/" + digits(rng, 2)))
    rows.append(("pair", rng.choice(["Policyholder", "Name of Assured", "Proposer"]),
                 rng.choice(["Shri Ramesh Iyer", "Smt. Lakshmi Narayan", "Mr. Kunal Bhatia", "Ms. Sneha Joshi"])))
    rows.append(("pair", "Plan", rng.choice(["Jeevan Anand (915)", "Click 2 Protect Super", "Family Health Optima",
                                             "Complete Health Insurance"])))
    due = day(rng)
    rows.append(("pair", rng.choice(["Premium Due Date", "Due Date"]), date_text(due, "%d/%m/%Y")))
    receipt = digits(rng, rng.choice([8, 10]))
    txn = receipt if optional_pair(rng, rows, ["Receipt No.", "Receipt Number"], receipt, 0.2) else None
    rows.append(("rule",))
    rows.append(("pair", "Premium", money(premium, "indian")))
    rows.append(("pair", f"GST @ {gst_rate * 100:g}%", money(gst, "indian")))
    if late:
        rows.append(("pair", rng.choice(["Late Fee", "Interest / Late Fee"]), money(late, "indian")))
    rows.append(("pair", rng.choice(["Total Amount Paid", "Amount Received", "Total Premium Paid"]),
                 _inr(rng, total, font)))
    pay, method = rng.choice([("Net Banking", "netbanking"), ("UPI", "UPI"), ("Debit Card", "card"),
                              ("Credit Card", "card"), ("Cash", "cash")])
    method_printed = optional_pair(rng, rows, ["Mode of Payment", "Payment Mode", "Paid by"], pay, 0.25)
    if method_printed and method != "cash":
        ref = digits(rng, 12) if method == "UPI" else code(rng, 4, UPPER) + digits(rng, 9)
        labels = ["UPI Ref No.", "UTR No."] if method == "UPI" else ["Transaction Ref No.", "Bank Ref No."]
        if optional_pair(rng, rows, labels, ref, 0.4):
            txn = ref
    when = None
    if shown(rng, 0.2):
        when = due - dt.timedelta(days=rng.randint(0, 25))
        rows.append(("pair", rng.choice(["Receipt Date", "Date of Payment", "Payment Date"]),
                     date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y"]))))
    if shown(rng, 0.5):
        rows.append(("pair", "Next Due Date", date_text(due + dt.timedelta(days=365), "%d/%m/%Y")))
    status = None
    if shown(rng, 0.6):
        rows.append(("center", rng.choice(["Premium Received", "Payment Received", "PAID"])))
        status = "success"
    rows.append(("small", "Receipt valid subject to realisation of payment. Eligible for deduction u/s 80C / 80D."))
    truth = truth_fields(insurer, total, "INR", txn, when, method if method_printed else None, status)
    accent = {"LIC of India": (0, 70, 140), "HDFC Life": (0, 60, 130), "Star Health Insurance": (0, 110, 60),
              "ICICI Lombard": (170, 40, 30)}[insurer]
    return rows, truth, {"width": 660, "size": 19, "paper": (253, 252, 247), "accent": accent}
