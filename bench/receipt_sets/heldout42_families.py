"""The twelve heldout42 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import (
    clock,
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    shown,
)
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _truth
from bench.receipt_sets.heldout26_families import UK_DATES, UPPER
from bench.receipt_sets.heldout30_families import IN_DATES
from bench.receipt_sets.heldout33_families import IN_LONG
from bench.receipt_sets.heldout40_families import _amt, _dated, _outcome, _sign
from bench.receipt_sets.heldout41_families import _inr

ALNUM = UPPER + "0123456789"
LOWER_ALNUM = "abcdefghijkmnopqrstuvwxyz" + "ABCDEFGHJKLMNPQRSTUVWXYZ" + "0123456789"


# ---------------------------------------------------------------- 1 Google Pay (India): payment to a QR merchant


def gpay_merchant(rng: random.Random, font: str):
    """A Google Pay (India) "payment to merchant" screen: the QR merchant's registered name, a verified tick line."""
    payee = rng.choice(
        [
            "SRI LAKSHMI GENERAL STORES",
            "MAA DURGA FAST FOOD",
            "NEW INDIA MEDICOS",
            "KRISHNA DAIRY FARM",
            "A ONE MOBILE POINT",
            "SHIV SHAKTI HARDWARE",
        ]
    )
    amount = _inr(rng, 15, 9000)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment done", "Paid to merchant", "Payment to merchant successful"],
            "failed": ["Payment declined", "Couldn't complete payment"],
            "pending": ["Payment in progress", "Waiting for bank confirmation"],
        },
        failed=0.2,
        pending=0.12,
    )
    rows = [("title", "Google Pay"), ("small", "Payment to merchant"), ("gap",)]
    rows.append(("center", payee))
    rows.append(("small", rng.choice(["Verified merchant", "Business account", "Merchant QR"])))
    rows.append(("big", _amt(rng, amount, "INR", font, 0.1)))
    rows.append(("center", words))
    when = day(rng)
    dated = shown(rng, 0.12)
    stamp = (
        date_text(when, rng.choice(["{d} %b %Y", "%d %B %Y", "%d/%m/%Y"])) + ", " + clock(rng, True).lower()
    )
    in_pair = dated and shown(rng, 0.5)
    if dated and not in_pair:
        rows.append(("small", stamp))
    rows.append(("rule",))
    handle = (
        rng.choice(["paytmqr", "q", "bharatpe.", "gpay-"])
        + digits(rng, 10)
        + rng.choice(["@paytm", "@ybl", "@okbizaxis", "@hdfcbank"])
    )
    rows.append(("pair", rng.choice(["Merchant UPI ID", "Paid to UPI ID", "To UPI"]), handle))
    rows.append(
        ("pair", rng.choice(["Paid from", "Bank account"]), rng.choice(BANKS_IN) + " ...." + digits(rng, 4))
    )
    ref = digits(rng, 12)
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["UPI Ref. ID", "UPI reference no.", "UPI transaction ID"], ref, 0.1
    )
    gid = "CICAgM" + code(rng, 10, LOWER_ALNUM)
    gid_printed = optional_pair(rng, rows, ["Google transaction ID", "Google Pay ID"], gid, 0.35)
    if in_pair:
        rows.append(("pair", rng.choice(["Paid on", "Date and time"]), stamp))
    if status == "failed":
        rows.append(("small", "Any money debited will be refunded in 3-5 days."))
    rows.append(("small", "Powered by UPI"))
    txn = ref if ref_printed else gid if gid_printed else None
    truth = _truth(payee, amount, "INR", txn, when if dated else None, "UPI", status)
    return rows, truth, dict(SCREEN, width=540, paper=(255, 255, 255), accent=(26, 115, 232))


BANKS_IN = [
    "State Bank of India",
    "HDFC Bank",
    "ICICI Bank",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Union Bank",
]


# ---------------------------------------------------------------- 2 CRED bill payment receipt


def cred_bill(rng: random.Random, font: str):
    """A CRED bill-payment receipt (lower-case dark screen): biller, consumer no., bill due date, BBPS reference."""
    biller, kind = rng.choice(
        [
            ("Tata Power-DDL", "electricity"),
            ("BESCOM", "electricity"),
            ("Mahanagar Gas Ltd", "piped gas"),
            ("Airtel Postpaid", "mobile postpaid"),
            ("ACT Fibernet", "broadband"),
            ("Delhi Jal Board", "water"),
        ]
    )
    amount = _inr(rng, 199, 12000)
    status, words = _outcome(
        rng,
        {
            "success": ["payment successful", "bill paid", "payment received by biller"],
            "failed": ["payment failed", "bill payment unsuccessful"],
            "pending": ["payment in progress", "awaiting biller confirmation"],
        },
    )
    rows = [("title", "CRED"), ("small", kind + " bill payment"), ("gap",), ("center", words)]
    rows.append(("big", _amt(rng, amount, "INR", font, 0.1)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["biller", "paid to", "biller name"]), biller))
    rows.append(("pair", rng.choice(["consumer no.", "CA number", "account no."]), digits(rng, 10)))
    if shown(rng, 0.5):
        rows.append(("pair", "due date", date_text(day(rng), rng.choice(["%d %b %Y", "%d/%m/%Y"]))))
    source, method = rng.choice(
        [
            ("UPI - " + rng.choice(["HDFC Bank", "Axis Bank", "SBI"]) + " xx" + digits(rng, 4), "UPI"),
            (rng.choice(["HDFC", "ICICI", "Axis"]) + " credit card xx" + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["paid via", "payment method"], source, 0.15)
    bbps = "CC0" + digits(rng, 2) + code(rng, 8, ALNUM) + digits(rng, 5)
    bbps_printed = status != "failed" and optional_pair(
        rng, rows, ["BBPS Txn Ref ID", "Bharat BillPay Ref", "B-Connect Txn ID"], bbps, 0.15
    )
    own = "CRD" + digits(rng, 12)
    own_printed = optional_pair(rng, rows, ["CRED reference", "order id"], own, 0.4)
    when = _dated(rng, rows, ["paid on", "payment date"], IN_LONG, 0.12, True)
    if status == "success" and shown(rng, 0.5):
        rows.append(("small", "you won " + str(rng.randint(1, 9) * 100) + " CRED coins"))
    rows.append(("small", "bharat billpay" if shown(rng, 0.5) else "secured by BBPS"))
    txn = bbps if bbps_printed else own if own_printed else None
    truth = _truth(biller, amount, "INR", txn, when, method if method_printed else None, status)
    style = dict(SCREEN, width=540, paper=(18, 18, 22), ink=(235, 235, 240), accent=(255, 255, 255))
    return rows, truth, style


# ---------------------------------------------------------------- 3 IRCTC e-ticket payment summary


def irctc_summary(rng: random.Random, font: str):
    """An IRCTC booking's payment summary: PNR, train, journey date (not the day paid), fare lines, total, mode."""
    fare = float(rng.choice([285, 455, 620, 1135, 1560, 2240, 3105]))
    conv = rng.choice([11.8, 17.7, 23.6, 35.4])
    insurance = rng.choice([0.0, 0.45, 0.9])
    agent = rng.choice([0.0, 0.0, 20.0])
    total = round(fare + conv + insurance + agent, 2)
    rows = [
        ("title", "IRCTC"),
        ("small", "Indian Railway Catering and Tourism Corporation"),
        ("center", rng.choice(["Payment Summary", "E-Ticket Payment Details", "Booking Payment Receipt"])),
    ]
    roll = rng.random()
    status = "failed" if roll < 0.16 else "pending" if roll < 0.22 else "success"
    if not shown(rng, 0.3):
        status = None
    if status:
        word = {
            "success": rng.choice(["Success", "Payment Successful"]),
            "failed": rng.choice(["Failed", "Payment Failed"]),
            "pending": rng.choice(["Pending", "Awaiting bank confirmation"]),
        }[status]
        rows.append(("pair", rng.choice(["Payment Status", "Transaction Status"]), word))
    rows.append(("rule",))
    pnr = rng.choice("2468") + digits(rng, 9)
    pnr_printed = status != "failed" and optional_pair(rng, rows, ["PNR", "PNR No."], pnr, 0.1)
    rows.append(
        (
            "pair",
            "Train",
            digits(rng, 5) + " / " + rng.choice(["RAJDHANI EXP", "SHATABDI EXP", "DURONTO EXP"]),
        )
    )
    rows.append(("pair", "Date of Journey", date_text(day(rng), rng.choice(["%d-%b-%Y", "%d/%m/%Y"]))))
    rows.append(("pair", "Class / Quota", rng.choice(["3A / GN", "SL / GN", "CC / TQ", "2A / GN"])))
    txn_id = "100" + digits(rng, 7)
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "IRCTC Txn ID"], txn_id, 0.15)
    bank_ref = digits(rng, 12)
    bank_printed = status == "success" and optional_pair(
        rng, rows, ["Bank Ref No.", "Bank Transaction No."], bank_ref, 0.7
    )
    when = _dated(
        rng, rows, ["Booking Date", "Transaction Date", "Date of Booking"], IN_DATES + IN_LONG, 0.15, False
    )
    rows.append(("rule",))
    rows.append(("pair", "Ticket Fare", money(fare, "indian")))
    rows.append(("pair", "IRCTC Convenience Fee (incl. GST)", money(conv, "indian")))
    if insurance:
        rows.append(("pair", "Travel Insurance Premium", money(insurance, "indian")))
    if agent:
        rows.append(("pair", "Agent Service Charge", money(agent, "indian")))
    rows.append(
        (
            "pair",
            rng.choice(
                ["Total Fare (all inclusive)", "Total Amount Paid", "Amount Debited"]
                if status != "failed"
                else ["Total Fare (all inclusive)", "Total Amount"]
            ),
            _amt(rng, total, "INR", font, 0.3),
        )
    )
    mode, method = rng.choice(
        [
            ("BHIM/UPI", "UPI"),
            ("Credit Card", "card"),
            ("Debit Card", "card"),
            ("Net Banking - SBI", "netbanking"),
            ("IRCTC eWallet", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Paid through", "Payment Gateway"], mode, 0.2)
    rows.append(("small", "Convenience fee is non-refundable."))
    txn = bank_ref if bank_printed else txn_id if txn_printed else pnr if pnr_printed else None
    truth = _truth("IRCTC", total, "INR", txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 4 Swiggy / Zomato order summary


def food_order_summary(rng: random.Random, font: str):
    """A Swiggy or Zomato order summary screen: the restaurant under the app, bill details, to pay, paid via."""
    app = rng.choice(["Swiggy", "Zomato"])
    restaurant = rng.choice(
        ["Meghana Foods", "Behrouz Biryani", "Haldiram's", "Burger Singh", "Domino's Pizza"]
    )
    items = rng.sample(
        [
            ("Chicken Biryani", 349.0),
            ("Paneer Butter Masala", 289.0),
            ("Butter Naan x 2", 110.0),
            ("Veg Thali", 229.0),
            ("Gulab Jamun (2 pcs)", 89.0),
            ("Cold Coffee", 149.0),
        ],
        rng.randint(1, 3),
    )
    item_total = sum(p for _, p in items)
    delivery = rng.choice([0.0, 25.0, 39.0, 54.0])
    platform = rng.choice([5.0, 6.0, 10.0])
    taxes = round(item_total * 0.05 + rng.choice([0, 10, 20]), 2)
    discount = float(rng.choice([0, 0, 50, 75, 120]))
    total = round(item_total + delivery + platform + taxes - discount, 2)
    rows = [
        ("title", app),
        ("center", "Order Summary" if shown(rng, 0.5) else "Your order"),
        ("gap",),
        ("left", restaurant),
    ]
    rows.append(
        ("small", rng.choice(["Koramangala, Bengaluru", "Sector 29, Gurugram", "Andheri West, Mumbai"]))
    )
    order = digits(rng, 11 if app == "Zomato" else 15)
    order_printed = optional_pair(rng, rows, ["Order ID", "Order #", "Order No."], order, 0.1)
    when = _dated(rng, rows, ["Order placed on", "Ordered on", "Date"], IN_LONG, 0.15, True)
    roll = rng.random()
    status = "failed" if roll < 0.16 else "pending" if roll < 0.22 else "success"
    if shown(rng, 0.35):
        rows.append(
            (
                "center",
                {
                    "success": rng.choice(["Payment successful", "Paid"]),
                    "failed": rng.choice(["Payment failed", "Payment unsuccessful"]),
                    "pending": rng.choice(["Payment pending", "Payment under verification"]),
                }[status],
            )
        )
    else:
        status = None
    rows.append(("rule",))
    for name, p in items:
        rows.append(("pair", name, _sign("INR", font) + money(p, "indian")))
    rows.append(("rule",))
    rows.append(("pair", "Item Total", money(item_total, "indian")))
    rows.append(
        (
            "pair",
            rng.choice(["Delivery Fee", "Delivery partner fee"]),
            "FREE" if not delivery else money(delivery, "indian"),
        )
    )
    rows.append(("pair", "Platform fee", money(platform, "indian")))
    rows.append(
        ("pair", rng.choice(["GST and Restaurant Charges", "Taxes & Charges"]), money(taxes, "indian"))
    )
    if discount:
        rows.append(
            (
                "pair",
                rng.choice(["Item Discount", "Coupon - SAVE" + str(int(discount))]),
                "-" + money(discount, "indian"),
            )
        )
    rows.append(
        (
            "pair",
            rng.choice(["Grand Total", "To Pay", "Bill Total", "Order Total"]),
            _sign("INR", font) + money(total, "indian"),
        )
    )
    tender, method = rng.choice(
        [
            ("UPI (" + rng.choice(["GPay", "PhonePe", "Paytm"]) + ")", "UPI"),
            (rng.choice(["Visa", "Mastercard", "RuPay"]) + " card xx" + digits(rng, 4), "card"),
            ("Cash on Delivery", "cash"),
            (app + " Money", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid via", "Payment method", "Payment mode"], tender, 0.2)
    if discount and shown(rng, 0.5):
        rows.append(("small", "You saved Rs." + money(discount, "indian") + " on this order"))
    truth = _truth(
        app, total, "INR", order if order_printed else None, when, method if method_printed else None, status
    )
    band = (252, 128, 25) if app == "Swiggy" else (226, 55, 68)
    return rows, truth, dict(SCREEN, width=540, band=band, band_ink=(255, 255, 255))


# ---------------------------------------------------------------- 5 Indian pharmacy cash memo


def in_pharmacy(rng: random.Random, font: str):
    """An Apollo / MedPlus / Wellness Forever counter cash memo: Dr. and patient, D.L. No, taxable, less disc, net."""
    shop = rng.choice(
        ["APOLLO PHARMACY", "MEDPLUS", "WELLNESS FOREVER", "NOBLE PLUS PHARMACY", "TRUST CHEMISTS"]
    )
    items = rng.sample(
        [
            ("DOLO 650 TAB", 33.6),
            ("AZITHRAL 500", 119.5),
            ("PAN 40 TAB", 156.0),
            ("BECOSULES CAP", 52.0),
            ("CROCIN ADV", 30.9),
            ("VOLINI GEL 30G", 145.0),
            ("ORS SACHET", 21.0),
        ],
        rng.randint(2, 4),
    )
    lines = [(n, rng.randint(1, 3), p) for n, p in items]
    gross = round(sum(q * p for _, q, p in lines), 2)
    disc = round(gross * rng.choice([0.0, 0.1, 0.15, 0.2]), 2)
    net = round(gross - disc, 2)
    rounded = float(round(net)) if shown(rng, 0.5) else net
    rows = [
        ("title", shop),
        ("center", rng.choice(["SHOP NO 4, MG ROAD, PUNE", "KPHB COLONY, HYDERABAD", "T NAGAR, CHENNAI"])),
    ]
    rows.append(("center", "D.L.No: " + rng.choice(["MH-PZ3-", "TS/HYD/", "TN-02-"]) + digits(rng, 6)))
    rows.append(("center", rng.choice(["TAX INVOICE", "PHARMACY BILL", "RETAIL INVOICE"])))
    bill = rng.choice(["", "AP", "MP"]) + digits(rng, 8)
    bill_printed = optional_pair(rng, rows, ["Bill No", "Memo No", "Inv No"], bill, 0.1)
    when = _dated(rng, rows, ["Bill Date", "Date", "Dt"], IN_DATES, 0.1, None)
    rows.append(("pair", "Patient", rng.choice(["MRS SUNITA", "MR RAJESH", "BABY AARAV", "MS FATIMA"])))
    rows.append(("pair", "Dr.", rng.choice(["DR A MEHTA", "SELF", "DR K RAO"])))
    rows.append(("rule",))
    rows.append(("pair", "PRODUCT   QTY", "AMT"))
    for name, qty, p in lines:
        rows.append(("pair", f"{name}  {qty}", money(qty * p, "plain")))
    rows.append(("rule",))
    rows.append(("pair", "TAXABLE AMT", money(round(gross / 1.12, 2), "plain")))
    rows.append(("pair", "CGST 6% + SGST 6%", money(round(gross - gross / 1.12, 2), "plain")))
    rows.append(("pair", "GROSS TOTAL", money(gross, "plain")))
    if disc:
        rows.append(("pair", rng.choice(["LESS DISC", "DISCOUNT"]), money(disc, "plain")))
    if rounded != net:
        rows.append(("pair", "ROUNDING", f"{rounded - net:+.2f}"))
    rows.append(
        (
            "pair",
            rng.choice(["NET PAYABLE", "AMT PAYABLE", "BILL AMOUNT"]),
            _sign("INR", font) + money(rounded, "indian"),
        )
    )
    tender, method = rng.choice([("CASH", "cash"), ("UPI", "UPI"), ("CARD", "card"), ("GPAY UPI", "UPI")])
    method_printed = optional_pair(rng, rows, ["PAYMODE", "PAID BY", "TENDER"], tender, 0.15)
    txn = bill if bill_printed else None
    if method_printed and method == "UPI" and shown(rng, 0.5):
        ref = digits(rng, 12)
        rows.append(("pair", rng.choice(["UPI TXN ID", "UTR"]), ref))
        txn = ref
    if disc and shown(rng, 0.5):
        rows.append(("center", "YOU SAVED RS." + money(disc, "plain")))
    rows.append(("small", "GOODS ONCE SOLD WILL NOT BE TAKEN BACK"))
    rows.append(("center", "GET WELL SOON"))
    truth = _truth(shop, rounded, "INR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 460, "size": 18, "paper": (253, 252, 248)}


# ---------------------------------------------------------------- 6 US CVS / Walgreens till


def us_drugstore(rng: random.Random, font: str):
    """A CVS or Walgreens till: store #, ExtraCare / myWalgreens card, BALANCE DUE, card tender, REF / AUTH."""
    shop = rng.choice(["CVS pharmacy", "Walgreens"])
    town = rng.choice(
        ["1420 W MADISON ST, CHICAGO IL", "88 BROADWAY, NEW YORK NY", "2201 S LAMAR BLVD, AUSTIN TX"]
    )
    items = rng.sample(
        [
            ("ADVIL TAB 100CT", 13.49),
            ("ALLERGY RELIEF 24CT", 18.99),
            ("COLGATE TP 4.8OZ", 4.79),
            ("DASANI WATER 1L", 2.29),
            ("NYQUIL LIQ 12OZ", 14.99),
            ("BAND-AID 30CT", 5.49),
            ("M&M PEANUT", 2.19),
        ],
        rng.randint(2, 4),
    )
    coupon = rng.choice([0.0, 0.0, 2.0, 3.0])
    subtotal = round(sum(p for _, p in items) - coupon, 2)
    tax = round(subtotal * rng.choice([0.1025, 0.08875, 0.0825]), 2)
    total = round(subtotal + tax, 2)
    shop = shop.upper() if shown(rng, 0.5) else shop
    rows = [("title", shop), ("center", town)]
    rows.append(("center", "STORE " + digits(rng, 5) + "  REG " + digits(rng, 1) + "  TRN " + digits(rng, 4)))
    rows.append(
        (
            "center",
            rng.choice(
                ["ExtraCare Card #: ************" + digits(rng, 4), "myWalgreens ****" + digits(rng, 4)]
            ),
        )
    )
    rows.append(("rule",))
    for name, p in items:
        rows.append(("pair", name, money(p, "western") + " B"))
    if coupon:
        rows.append(("pair", "  COUPON", money(coupon, "western") + "-"))
    rows.append(("pair", rng.choice(["SUBTOTAL", "SUB TOTAL"]), money(subtotal, "western")))
    rows.append(("pair", rng.choice(["TAX", "SALES TAX"]), money(tax, "western")))
    rows.append(("pair", rng.choice(["TOTAL", "BALANCE DUE"]), "$" + money(total, "western")))
    tender, method = rng.choice(
        [("VISA CREDIT", "card"), ("MASTERCARD DEBIT", "card"), ("CASH", "cash"), ("APPLE PAY", "wallet")]
    )
    txn = None
    status = None
    if method == "cash":
        given = float(int(total // 10 + 1) * 10)
        rows.append(("pair", "CASH", money(given, "western")))
        rows.append(("pair", "CHANGE", money(given - total, "western")))
    else:
        rows.append(("pair", tender, money(total, "western")))
        rows.append(("left", "ACCT # ************" + digits(rng, 4)))
        if shown(rng, 0.4):
            auth = digits(rng, 6) if shown(rng, 0.5) else code(rng, 6, ALNUM)
            rows.append(("left", rng.choice(["AUTH CODE: ", "APPROVAL #: ", "AUTH # "]) + auth))
            txn = auth
        if shown(rng, 0.5):
            rows.append(("left", "APPROVED"))
            status = "success"
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        rows.append(("left", date_text(when, rng.choice(["%m/%d/%Y", "%m/%d/%y"])) + " " + clock(rng, True)))
    receipt = digits(rng, 12)
    if txn is None and shown(rng, 0.5):
        rows.append(("left", "RECEIPT # " + receipt))
        txn = receipt
    rows.append(("small", "RETURNS WITH RECEIPT WITHIN 60 DAYS"))
    truth = _truth(shop, total, "USD", txn, when if dated else None, method, status)
    return rows, truth, {"width": 460, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 7 US Uber / Lyft ride receipt e-mail


def ride_email(rng: random.Random, font: str):
    """An Uber or Lyft ride receipt e-mail: greeting, total, fare breakdown, payments line, trip date in the head."""
    brand = rng.choice(["Uber", "Lyft"])
    rider = rng.choice(["Emily", "Jordan", "Marcus", "Priya", "Tyler"])
    fare = round(rng.uniform(8, 48), 2)
    fee = round(rng.choice([2.35, 3.1, 4.25]), 2)
    tolls = rng.choice([0.0, 0.0, 6.5])
    tip = rng.choice([0.0, 2.0, 3.0, 5.0])
    promo = rng.choice([0.0, 0.0, 5.0])
    total = round(fare + fee + tolls + tip - promo, 2)
    when = day(rng)
    dated = shown(rng, 0.1)
    rows = [("title", brand)]
    if dated:
        rows.append(("small", date_text(when, rng.choice(["%B {d}, %Y", "%b {d}, %Y", "%m/%d/%Y"]))))
    rows.append(
        (
            "center",
            rng.choice(["Thanks for riding, ", "Here's your receipt, ", "Thanks for riding with us, "])
            + rider,
        )
    )
    roll = rng.random()
    status = "failed" if roll < 0.16 else "pending" if roll < 0.22 else None
    if status == "failed":
        rows.append(("center", rng.choice(["Your payment was declined", "Payment failed"])))
    elif status == "pending":
        rows.append(("center", rng.choice(["Payment pending", "Your payment is processing"])))
    rows.append(("pair", "Total", "$" + money(total, "western")))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Trip fare", "Ride fare", "Base fare"]), "$" + money(fare, "western")))
    rows.append(("pair", rng.choice(["Booking Fee", "Service fee"]), "$" + money(fee, "western")))
    if tolls:
        rows.append(("pair", "Tolls", "$" + money(tolls, "western")))
    if promo:
        rows.append(("pair", "Promotion", "-$" + money(promo, "western")))
    if tip:
        rows.append(("pair", "Tip", "$" + money(tip, "western")))
    rows.append(("rule",))
    card = rng.choice(["Visa", "Mastercard", "Amex", "Discover"])
    tender, method = rng.choice(
        [
            (card + " ****" + digits(rng, 4), "card"),
            (card + " ending in " + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
            ("PayPal", "wallet"),
        ]
    )
    method_printed = shown(rng, 0.15)
    if method_printed:
        rows.append(("left", rng.choice(["Payments", "Charged to", "Payment"])))
        rows.append(("pair", tender, "$" + money(total, "western")))
    ride = None
    if brand == "Lyft" and shown(rng, 0.5):
        ride = digits(rng, 19)
        rows.append(("pair", "Ride ID", ride))
    rows.append(
        (
            "small",
            rng.choice(
                ["1455 Market St, San Francisco", "2:14 PM  Pickup: 500 Main St", "Trip: 6.2 mi, 18 min"]
            ),
        )
    )
    rows.append(("small", "Visit the " + brand + " app to report an issue."))
    truth = _truth(
        brand, total, "USD", ride, when if dated else None, method if method_printed else None, status
    )
    return rows, truth, {"width": 560, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 8 US utility bill paid online


def us_utility_online(rng: random.Random, font: str):
    """A US utility's "payment confirmation" page: account ending, payment amount, fee, total, due date, code."""
    utility = rng.choice(
        ["DTE Energy", "Dominion Energy", "SoCalGas", "Eversource", "Austin Water", "Spectrum"]
    )
    bill = round(rng.uniform(35, 420), 2)
    fee = rng.choice([0.0, 0.0, 1.5, 2.95])
    total = round(bill + fee, 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Received", "Thank you! Your payment was successful", "Payment confirmed"],
            "failed": ["Payment could not be processed", "Payment declined"],
            "pending": ["Your payment has been scheduled", "Payment in process"],
        },
        failed=0.18,
        pending=0.14,
    )
    rows = [("title", utility), ("small", "My Account  >  Pay Bill"), ("gap",), ("center", words)]
    rows.append(("rule",))
    rows.append(("pair", "Account ending in", digits(rng, 4)))
    rows.append(
        (
            "pair",
            rng.choice(["Service address", "Address"]),
            rng.choice(["412 Oak Ave", "77 Pine St Apt 3", "9 Elm Ct"]),
        )
    )
    rows.append(("pair", "Payment amount", "$" + money(bill, "western")))
    if fee:
        rows.append(("pair", rng.choice(["Convenience fee", "Processing fee"]), "$" + money(fee, "western")))
        rows.append(
            (
                "pair",
                rng.choice(["Total charged", "Total payment"] if status == "success" else ["Total payment"]),
                "$" + money(total, "western"),
            )
        )
    tender, method = rng.choice(
        [
            ("Checking account ****" + digits(rng, 4), "netbanking"),
            ("Bank account (ACH) ending " + digits(rng, 4), "netbanking"),
            ("Visa ****" + digits(rng, 4), "card"),
            ("Mastercard ending " + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Pay from", "Paid with"], tender, 0.15)
    conf = code(rng, 2, UPPER) + digits(rng, 8)
    conf_printed = status != "failed" and optional_pair(
        rng, rows, ["Confirmation number", "Confirmation code", "Reference #"], conf, 0.15
    )
    date_labels = (
        ["Payment date", "Date submitted"] if status != "pending" else ["Submitted on", "Date submitted"]
    )
    when = _dated(rng, rows, date_labels, US_DATES[:3], 0.12, None)
    if shown(rng, 0.5):
        rows.append(("pair", "Next bill due", date_text(day(rng), "%m/%d/%Y")))
    rows.append(("small", "Please allow 1-2 business days for your balance to update."))
    truth = _truth(
        utility,
        total,
        "USD",
        conf if conf_printed else None,
        when,
        method if method_printed else None,
        status,
    )
    return (
        rows,
        truth,
        {
            "width": 580,
            "size": 19,
            "paper": (250, 251, 253),
            "band": (0, 70, 127),
            "band_ink": (255, 255, 255),
        },
    )


# ---------------------------------------------------------------- 9 UK Tesco / Sainsbury's online grocery e-mail


def uk_grocery_email(rng: random.Random, font: str):
    """A Tesco or Sainsbury's online grocery e-mail: delivery slot (not the day paid), savings, bag charge, total."""
    shop = rng.choice(["Tesco", "Sainsbury's"])
    sign = _sign("GBP", font)
    goods = round(rng.uniform(28, 140), 2)
    savings = round(rng.choice([0.0, 1.5, 3.75, 6.2]), 2)
    delivery = rng.choice([0.0, 1.5, 4.5, 6.0])
    bags = rng.choice([0.0, 0.4])
    total = round(goods - savings + delivery + bags, 2)
    roll = rng.random()
    status = "failed" if roll < 0.16 else "pending" if roll < 0.24 else "success"
    head = {
        "success": rng.choice(["We've taken your payment", "Payment taken", "Payment successful"]),
        "failed": rng.choice(["We couldn't take your payment", "Payment failed"]),
        "pending": rng.choice(["Your payment will be taken on delivery", "Payment pending"]),
    }[status]
    if not shown(rng, 0.35):
        status, head = None, rng.choice(["Your order details", "Here's your order summary"])
    rows = [("title", shop), ("center", head), ("gap",)]
    order = rng.choice(["", "SG"]) + digits(rng, 10) if shop == "Sainsbury's" else digits(rng, 12)
    order_printed = optional_pair(rng, rows, ["Order number", "Order ref", "Order no"], order, 0.1)
    when = _dated(rng, rows, ["Order placed", "Date placed", "Ordered on"], UK_DATES, 0.15, None)
    slot = (
        date_text(day(rng), rng.choice(["%a {d} %b", "%A {d} %B"]))
        + ", "
        + rng.choice(["8am-9am", "10:00-11:00", "6pm-7pm"])
    )
    rows.append(("pair", rng.choice(["Delivery slot", "Your slot"]), slot))
    rows.append(("rule",))
    rows.append(
        ("pair", rng.choice(["Groceries", "Items total", "Shopping"]), sign + money(goods, "western"))
    )
    if savings:
        rows.append(
            (
                "pair",
                rng.choice(["Clubcard savings", "Nectar Prices savings", "Multibuy savings"]),
                "-" + sign + money(savings, "western"),
            )
        )
    rows.append(
        (
            "pair",
            rng.choice(["Delivery charge", "Delivery"]),
            "FREE" if not delivery else sign + money(delivery, "western"),
        )
    )
    if bags:
        rows.append(("pair", rng.choice(["Bag charge", "Carrier bags"]), sign + money(bags, "western")))
    rows.append(
        (
            "pair",
            rng.choice(
                ["Total to pay", "Amount charged", "Total paid", "Order total"]
                if status in ("success", None)
                else ["Total to pay", "Order total"]
            ),
            sign + money(total, "western"),
        )
    )
    tender, method = rng.choice(
        [
            ("Visa Debit ending " + digits(rng, 4), "card"),
            ("Mastercard ending " + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment card", "Payment method"], tender, 0.2)
    if shown(rng, 0.5):
        rows.append(("small", "Prices may change if items are substituted."))
    rows.append(("small", "Every little helps" if shop == "Tesco" else "Live well for less"))
    truth = _truth(
        shop, total, "GBP", order if order_printed else None, when, method if method_printed else None, status
    )
    band = (0, 83, 159) if shop == "Tesco" else (240, 108, 0)
    return (
        rows,
        truth,
        {"width": 580, "size": 19, "paper": (255, 255, 255), "band": band, "band_ink": (255, 255, 255)},
    )


# ---------------------------------------------------------------- 10 UK council-tax or TfL payment confirmation


def uk_council_tfl(rng: random.Random, font: str):
    """A UK council-tax or TfL (Congestion Charge / ULEZ) card-payment confirmation with its payment reference."""
    council = shown(rng, 0.5)
    sign = _sign("GBP", font)
    status, words = _outcome(
        rng,
        {
            "success": ["Your payment was successful", "Payment complete", "Payment authorised"],
            "failed": ["Your payment was not successful", "Payment rejected"],
            "pending": ["Your payment is being processed", "Payment pending"],
        },
        failed=0.18,
        pending=0.12,
    )
    if council:
        payee = rng.choice(
            [
                "Leeds City Council",
                "London Borough of Camden",
                "Bristol City Council",
                "Manchester City Council",
            ]
        )
        amount = float(rng.choice([98, 121, 146, 163.5, 187, 212.25, 1450]))
        rows = [
            ("title", payee),
            ("small", "Council Tax"),
            ("gap",),
            ("center", "Council Tax payment"),
            ("center", words),
        ]
        rows.append(("rule",))
        rows.append(("pair", rng.choice(["Council Tax account number", "Account reference"]), digits(rng, 8)))
        rows.append(("pair", "Name", rng.choice(["Mr D Evans", "Ms L Okafor", "Mrs R Ahmed"])))
        rows.append(
            (
                "pair",
                rng.choice(["Amount paid", "Payment amount"] if status == "success" else ["Payment amount"]),
                sign + money(amount, "western"),
            )
        )
    else:
        payee = "Transport for London"
        charge = rng.choice([("Congestion Charge", 15.0), ("ULEZ", 12.5), ("Congestion Charge + ULEZ", 27.5)])
        days = rng.choice([1, 1, 2])
        amount = round(charge[1] * days, 2)
        rows = [
            ("title", "Transport for London"),
            ("small", "TfL"),
            ("gap",),
            ("center", charge[0] + " payment"),
            ("center", words),
        ]
        rows.append(("rule",))
        rows.append(
            ("pair", "Vehicle registration", code(rng, 2, UPPER) + digits(rng, 2) + " " + code(rng, 3, UPPER))
        )
        rows.append(("pair", rng.choice(["Charge date", "Day of travel"]), date_text(day(rng), "%d/%m/%Y")))
        rows.append(("pair", "Days paid", str(days)))
        rows.append(
            (
                "pair",
                rng.choice(["Total paid", "Amount"] if status == "success" else ["Amount"]),
                sign + money(amount, "western"),
            )
        )
    tender, method = rng.choice(
        [
            ("Visa Debit ending " + digits(rng, 4), "card"),
            ("Mastercard ****" + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
            ("Google Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Card used", "Paid by", "Payment type"], tender, 0.2)
    ref = code(rng, 3, UPPER) + digits(rng, 9) if council else digits(rng, 10)
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["Payment reference", "Transaction reference", "Receipt number"], ref, 0.12
    )
    auth = digits(rng, 6)
    auth_printed = (
        status == "success"
        and method == "card"
        and optional_pair(rng, rows, ["Authorisation code", "Auth code"], auth, 0.6)
    )
    when = _dated(
        rng, rows, ["Date of payment", "Payment date", "Paid on"], UK_DATES, 0.12, rng.choice([None, False])
    )
    rows.append(("small", "Please keep this reference for your records."))
    txn = auth if auth_printed else ref if ref_printed else None
    truth = _truth(payee, amount, "GBP", txn, when, method if method_printed else None, status)
    return (
        rows,
        truth,
        {
            "width": 600,
            "size": 19,
            "paper": (255, 255, 255),
            "band": (0, 25, 168) if not council else (40, 60, 80),
            "band_ink": (255, 255, 255),
        },
    )


# ---------------------------------------------------------------- 11 German Rewe / dm till


def de_till(rng: random.Random, font: str):
    """A German REWE, dm or Edeka till in euros: A/B tax letters, SUMME, girocard or BAR, MwSt block, Beleg-Nr."""
    shop, town = rng.choice(
        [
            ("REWE", "Schönhauser Allee 80, 10439 Berlin"),
            ("dm-drogerie markt", "Zeil 90, 60313 Frankfurt"),
            ("EDEKA", "Leopoldstr. 44, 80802 München"),
            ("REWE", "Ehrenstr. 12, 50672 Köln"),
        ]
    )
    items = rng.sample(
        [
            ("Bio Vollmilch 1L", 1.29, "B"),
            ("Laugenbrezel", 0.79, "B"),
            ("Balea Duschgel", 0.95, "A"),
            ("Kaffee Crema 1kg", 14.99, "B"),
            ("Pfand 0,25", 0.25, "A"),
            ("Zahnpasta", 2.45, "A"),
            ("Äpfel Elstar", 2.99, "B"),
        ],
        rng.randint(2, 5),
    )
    total = round(sum(p for _, p, _ in items), 2)
    a_sum = round(sum(p for _, p, t in items if t == "A"), 2)
    b_sum = round(total - a_sum, 2)
    rows = [("title", shop), ("center", town), ("center", "UID Nr.: DE" + digits(rng, 9))]
    rows.append(("rule",))
    rows.append(("pair", "", "EUR"))
    for name, p, t in items:
        rows.append(("pair", name, money(p, "european") + " " + t))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["SUMME", "SUMME EUR", "Zu zahlen"]), money(total, "european")))
    tender, method = rng.choice(
        [("Geg. girocard", "card"), ("Geg. BAR", "cash"), ("Geg. VISA", "card"), ("Kartenzahlung", "card")]
    )
    txn = None
    status = None
    if method == "cash":
        given = float(int(total // 5 + 1) * 5)
        rows.append(("pair", tender, money(given, "european")))
        rows.append(("pair", "Rückgeld BAR", money(given - total, "european")))
    else:
        rows.append(("pair", tender, money(total, "european")))
    tax_word = rng.choice(["Steuer", "MwSt"])
    rows.append(("left", tax_word + "  %    Netto   " + tax_word + "   Brutto"))
    if a_sum:
        rows.append(
            (
                "left",
                f"A= 19,0% {money(a_sum / 1.19, 'european')} {money(a_sum - a_sum / 1.19, 'european')} {money(a_sum, 'european')}",
            )
        )
    if b_sum:
        rows.append(
            (
                "left",
                f"B=  7,0% {money(b_sum / 1.07, 'european')} {money(b_sum - b_sum / 1.07, 'european')} {money(b_sum, 'european')}",
            )
        )
    if method == "card":
        rows.append(("center", "*** Kundenbeleg ***"))
        rows.append(("pair", "Terminal-ID", digits(rng, 8)))
        rows.append(("pair", "Karte", "############" + digits(rng, 4)))
        if shown(rng, 0.4):
            auth = digits(rng, 6)
            rows.append(("pair", rng.choice(["Genehmigungs-Nr.", "Autorisierungsnr."]), auth))
            txn = auth
        if shown(rng, 0.5):
            rows.append(("center", rng.choice(["Zahlung erfolgt", "Transaktion erfolgreich"])))
            status = "success"
    beleg = digits(rng, 4)
    if txn is None and shown(rng, 0.4):
        rows.append(("pair", rng.choice(["Beleg-Nr.", "Bon-Nr."]), beleg))
        txn = beleg
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        rows.append(
            (
                "left",
                date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"]))
                + " "
                + clock(rng, False)
                + "  Kasse "
                + digits(rng, 1),
            )
        )
    rows.append(("center", rng.choice(["Vielen Dank für Ihren Einkauf", "Danke und bis bald"])))
    truth = _truth(shop, total, "EUR", txn, when if dated else None, method, status)
    return rows, truth, {"width": 470, "size": 18, "paper": (254, 254, 252)}


# ---------------------------------------------------------------- 12 PayPal "you sent a payment" e-mail


def paypal_sent(rng: random.Random, font: str):
    """A PayPal "You sent a payment" e-mail: the sentence with amount and payee, note, funding, transaction ID."""
    currency = rng.choice(["USD", "GBP", "EUR"])
    payee = rng.choice(
        ["Anna Schmidt", "Vintage Vinyl Co", "Tom Hargreaves", "Lucia Romano", "Pixel Print Shop"]
    )
    amount = round(rng.uniform(6, 650), 2) if shown(rng, 0.5) else float(rng.randint(6, 650))
    sign = _sign(currency, font)
    if currency == "EUR" and sign == "€":
        shown_amt = money(amount, "european") + " €"
    else:
        shown_amt = sign + money(amount, "european" if currency == "EUR" else "western")
    shown_amt += " " + currency if sign in ("$", "£", "€") else ""
    roll = rng.random()
    status = "failed" if roll < 0.16 else "pending" if roll < 0.24 else "success"
    head = {
        "success": rng.choice(
            ["You sent a payment", "You sent " + shown_amt + " to " + payee, "Payment sent"]
        ),
        "failed": rng.choice(["Your payment didn't go through", "Payment declined"]),
        "pending": rng.choice(["Your payment is pending", "Payment pending"]),
    }[status]
    rows = [("title", "PayPal"), ("gap",), ("center", head)]
    rows.append(("left", rng.choice(["Hello Sam,", "Hi Alex,", "Dear Chris,"])))
    if not head.startswith("You sent "):
        rows.append(
            ("left", rng.choice(["You sent ", "Amount "] if status == "success" else ["Amount "]) + shown_amt)
        )
    rows.append(("pair", rng.choice(["Sent to", "Paid to", "Recipient"]), payee))
    if shown(rng, 0.5):
        rows.append(("pair", "Note", rng.choice(["Thanks!", "For the records", "Deposit", "Invoice 118"])))
    rows.append(("rule",))
    txn = code(rng, 1, "123456789") + code(rng, 16, ALNUM)
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "Transaction number"], txn, 0.12)
    when = _dated(
        rng,
        rows,
        ["Transaction date", "Date sent", "Date"],
        US_DATES[1:3] if currency == "USD" else UK_DATES[1:3],
        0.12,
        None,
    )
    rows.append(("pair", rng.choice(["Amount sent", "Payment"]), shown_amt))
    tender, method = rng.choice(
        [
            ("PayPal balance", "wallet"),
            ("Visa x-" + digits(rng, 4), "card"),
            ("Mastercard x-" + digits(rng, 4), "card"),
            ("Bank account x-" + digits(rng, 4), "netbanking"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Funding source", "Paid with", "Payment method"], tender, 0.2)
    rows.append(("small", "Don't recognise this payment? Let us know."))
    named = method if method_printed else "wallet"  # a PayPal payment with no funding line: through PayPal
    truth = _truth(payee, amount, currency, txn if txn_printed else None, when, named, status)
    return rows, truth, {"width": 580, "size": 19, "paper": (255, 255, 255), "accent": (0, 48, 135)}
