"""The twelve heldout39 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import clock, code, date_text, day, digits, money, optional_pair, shown
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _truth
from bench.receipt_sets.heldout26_families import UK_DATES, UPPER
from bench.receipt_sets.heldout30_families import IN_DATES
from bench.receipt_sets.heldout33_families import IN_LONG, _inr, _iso_or_sign

EU_DATES = ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y"]
GROUPING = {"INR": "indian", "USD": "western", "GBP": "western", "EUR": "european"}


def _line(amount: float, currency: str) -> str:
    """An item or decoy amount without its sign, grouped as the currency's country writes it."""
    return money(amount, GROUPING[currency])


def _outcome(rng: random.Random, words: dict[str, list[str]]) -> tuple[str, str]:
    """An outcome (failed 14 in 100, pending 1 in 10, else success) and the words printed for it."""
    roll = rng.random()
    status = "failed" if roll < 0.14 else "pending" if roll < 0.24 else "success"
    return status, rng.choice(words[status])


def _when(rng: random.Random, rows: list, labels: list[str], formats: list[str], p_absent: float, hour=None):
    """Append a payment-date pair (maybe with a time) unless it is left off; the date or None."""
    when = day(rng)
    if not shown(rng, p_absent):
        return None
    text = date_text(when, rng.choice(formats))
    if hour is not None:
        text += rng.choice([", ", " ", " at "] if hour else [", ", " ", "  "]) + clock(rng, hour)
    rows.append(("pair", rng.choice(labels), text))
    return when


def _rupees(rng: random.Random, low: int, high: int) -> float:
    """A rupee amount, round or with paise."""
    return float(rng.randint(low, high)) + rng.choice([0.0, 0.0, 0.0, 0.5, round(rng.uniform(0, 1), 2)])


PEOPLE = [
    "Ramesh Kumar",
    "Priya Sharma",
    "Anil Traders",
    "Sri Balaji Stores",
    "Meena Textiles",
    "Kiran Mobiles",
]
BANKS = [
    "HDFC Bank",
    "ICICI Bank",
    "State Bank of India",
    "Axis Bank",
    "Kotak Mahindra Bank",
    "Bank of Baroda",
]


# ---------------------------------------------------------------- 1 PhonePe-style UPI screen


def phonepe_upi(rng: random.Random, font: str):
    """A PhonePe-style UPI screen: status banner, paid-to name and UPI ID, amount, Transaction ID, UTR, debited from."""
    payee = rng.choice(PEOPLE)
    amount = _rupees(rng, 50, 40000)
    status, words = _outcome(
        rng,
        {
            "success": ["Transaction Successful", "Payment Successful", "Paid Successfully"],
            "failed": ["Transaction Failed", "Payment Failed"],
            "pending": ["Transaction Pending", "Payment Pending"],
        },
    )
    rows = [("center", words)]
    when = day(rng)
    stamp = rng.random() < 0.8
    if stamp:
        rows.append(("small", clock(rng, True) + " on " + date_text(when, rng.choice(IN_LONG))))
    rows += [("gap",)] * (1 if stamp else 2)
    rows += [("rule",), ("left", rng.choice(["Paid to", "Sent to", "To"])), ("title", payee)]
    if shown(rng, 0.3):
        rows.append(
            ("small", payee.split()[0].lower() + digits(rng, 3) + rng.choice(["@ybl", "@okaxis", "@paytm"]))
        )
    rows.append(("big", _inr(rng, amount, font)))
    rows.append(("rule",))
    own = "T" + digits(rng, 21)
    own_printed = optional_pair(rng, rows, ["Transaction ID", "Transaction Id"], own, 0.1)
    utr = digits(rng, 12)
    utr_printed = status != "failed" and optional_pair(
        rng, rows, ["UTR", "UTR No.", "UPI Ref. No."], utr, 0.25
    )
    rows.append(("left", rng.choice(["Debited from", "Paid from"])))
    rows.append(
        (
            "pair",
            rng.choice(["HDFC Bank", "SBI", "ICICI Bank", "Axis Bank", "Kotak"]) + " XX" + digits(rng, 4),
            _inr(rng, amount, font),
        )
    )
    method_printed = shown(rng, 0.4)
    if method_printed:
        rows.append(("pair", "Payment mode", "UPI"))
    if shown(rng, 0.6):
        rows.append(("small", "Powered by UPI"))
    if shown(rng, 0.5):
        rows.append(("center", rng.choice(["Share Receipt", "Contact Support", "Split Expense"])))
    txn = utr if utr_printed else own if own_printed else None
    truth = _truth(
        payee, amount, "INR", txn, when if stamp else None, "UPI" if method_printed else None, status
    )
    style = dict(SCREEN, width=rng.choice([520, 560]), band=(95, 37, 159), band_ink=(255, 255, 255))
    return rows, truth, style


# ---------------------------------------------------------------- 2 Google Pay (India)


def gpay_upi(rng: random.Random, font: str):
    """A Google Pay (India) payment screen: payee, amount, Completed tick line, UPI transaction ID, Google ID."""
    payee = rng.choice(PEOPLE + ["Swiggy", "Reliance Fresh", "Zepto"])
    amount = _rupees(rng, 10, 15000)
    status, words = _outcome(
        rng,
        {
            "success": ["Completed", "Paid", "Payment successful"],
            "failed": ["Failed", "Payment failed"],
            "pending": ["Processing", "Pending"],
        },
    )
    when = day(rng)
    rows = [("center", rng.choice(["To", "Paid to", "To:"])), ("title", payee)]
    if shown(rng, 0.4):
        rows.append(("small", "+91 " + digits(rng, 5) + " " + digits(rng, 5)))
    rows += [("big", _inr(rng, amount, font)), ("center", words)]
    stamp = shown(rng, 0.15)
    if stamp:
        rows.append(
            ("small", date_text(when, rng.choice(["%d %b %Y", "{d} %b %Y"])) + ", " + clock(rng, True))
        )
    rows.append(("rule",))
    rows.append(("left", rng.choice(BANKS) + " " + digits(rng, 4)))
    utr = digits(rng, 12)
    utr_printed = status != "failed" and optional_pair(
        rng, rows, ["UPI transaction ID", "UPI Transaction ID", "UPI Ref ID"], utr, 0.1
    )
    if shown(rng, 0.4):
        rows.append(("pair", "To", payee.split()[0].lower() + "@oksbi"))
    if shown(rng, 0.5):
        rows.append(("pair", "From", rng.choice(["Rahul Verma", "Neha Gupta", "Arjun Nair"])))
    own = "CICAgO" + code(rng, 10, UPPER + "abcdefghjk")
    own_printed = optional_pair(rng, rows, ["Google transaction ID", "Google Transaction ID"], own, 0.3)
    method_printed = shown(rng, 0.7)
    if method_printed:
        rows.append(("small", "Powered by UPI"))
    txn = utr if utr_printed else own if own_printed else None
    truth = _truth(
        payee, amount, "INR", txn, when if stamp else None, "UPI" if method_printed else None, status
    )
    return rows, truth, dict(SCREEN, width=540, paper=(248, 249, 252))


# ---------------------------------------------------------------- 3 Paytm


def paytm_upi(rng: random.Random, font: str):
    """A Paytm UPI receipt: Paid Successfully badge, merchant, UPI Ref No, Order ID, wallet cashback decoy."""
    payee = rng.choice(["Chai Point", "Sharma General Store", "Apollo Pharmacy", "Fresh Mart", "Shiv Sagar"])
    amount = _rupees(rng, 20, 9000)
    status, words = _outcome(
        rng,
        {
            "success": ["Paid Successfully", "Payment Successful", "Money Sent"],
            "failed": ["Payment Failed", "Transaction Failed"],
            "pending": ["Payment Pending", "Payment in Progress"],
        },
    )
    rows = [("title", "Paytm"), ("center", words), ("gap",), ("big", _inr(rng, amount, font))]
    if shown(rng, 0.6):
        rows.append(("small", rng.choice(["Paid securely", "100% secure payments"])))
    rows += [("rule",), ("pair", rng.choice(["To", "Paid to"]), payee)]
    if shown(rng, 0.5):
        rows.append(("pair", "UPI ID", "paytmqr" + digits(rng, 8) + "@paytm"))
    rows.append(("pair", "From", rng.choice(BANKS)[:12] + " - " + digits(rng, 4)))
    utr = digits(rng, 12)
    utr_printed = status != "failed" and optional_pair(
        rng, rows, ["UPI Ref No", "UPI Ref. No:", "RRN"], utr, 0.15
    )
    order = digits(rng, 11)
    order_printed = optional_pair(rng, rows, ["Order ID", "Paytm Order ID"], order, 0.4)
    when = _when(rng, rows, ["Date & Time", "Paid on", "Date"], IN_LONG + IN_DATES, 0.15, True)
    if status == "success" and shown(rng, 0.5):
        rows.append(("pair", "Cashback won", _inr(rng, float(rng.choice([1, 5, 10, 25])), font)))
    method_printed = shown(rng, 0.5)
    if method_printed:
        rows.append(("pair", "Paid via", rng.choice(["UPI", "Paytm UPI"])))
    if shown(rng, 0.5):
        rows.append(("pair", "Balance", _inr(rng, round(rng.uniform(100, 90000), 2), font)))
    txn = utr if utr_printed else order if order_printed else None
    truth = _truth(payee, amount, "INR", txn, when, "UPI" if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=560, band=(0, 186, 242), band_ink=(255, 255, 255))


# ---------------------------------------------------------------- 4 net-banking transfer acknowledgement


def bank_transfer_ack(rng: random.Random, font: str):
    """A net-banking fund transfer acknowledgement (NEFT / IMPS / UPI): beneficiary, UTR or reference, balance."""
    bank = rng.choice(BANKS)
    beneficiary = rng.choice(PEOPLE + ["Shree Ganesh Enterprises", "Om Sai Logistics"])
    amount = _rupees(rng, 500, 250000)
    mode = rng.choice(["NEFT", "IMPS", "UPI", "IMPS", "NEFT", "RTGS"])
    method = "UPI" if mode == "UPI" else "netbanking"
    status, words = _outcome(
        rng,
        {
            "success": [
                "Transaction Successful",
                "Your transfer was successful",
                "Funds transferred successfully",
            ],
            "failed": ["Transaction Failed", "Transfer could not be completed"],
            "pending": ["Transaction under process", "Transfer Pending"],
        },
    )
    rows = [
        ("title", bank),
        (
            "center",
            rng.choice(
                ["Fund Transfer - Acknowledgement", "Transaction Acknowledgement", "Transfer Confirmation"]
            ),
        ),
        ("center", words),
        ("rule",),
    ]
    order = [
        ("pair", "From Account", "XXXXXXXX" + digits(rng, 4)),
        ("pair", rng.choice(["Beneficiary Name", "Payee Name", "To"]), beneficiary),
        ("pair", rng.choice(["Beneficiary A/c", "To Account"]), "XXXXXX" + digits(rng, 4)),
        ("pair", "IFSC", code(rng, 4, UPPER) + "0" + digits(rng, 6)),
    ]
    rng.shuffle(order)
    rows += order
    rows.append(("pair", rng.choice(["Amount", "Transfer Amount", "Amount (INR)"]), _inr(rng, amount, font)))
    if shown(rng, 0.5):
        rows.append(("pair", "Charges", _inr(rng, float(rng.choice([0, 2.5, 5, 15])), font)))
    method_printed = optional_pair(rng, rows, ["Transfer Mode", "Payment Mode", "Mode"], mode, 0.1)
    utr_label = "UTR No." if mode in ("NEFT", "RTGS") else "IMPS Ref No." if mode == "IMPS" else "UPI Ref No."
    utr = (code(rng, 4, UPPER) + "N" + digits(rng, 11)) if mode in ("NEFT", "RTGS") else digits(rng, 12)
    utr_printed = status != "failed" and optional_pair(rng, rows, [utr_label, "Reference No."], utr, 0.15)
    own = digits(rng, 10)
    own_printed = optional_pair(rng, rows, ["Transaction ID", "Txn Ref No."], own, 0.4)
    when = _when(
        rng,
        rows,
        ["Transaction Date", "Date & Time", "Value Date"],
        IN_DATES + IN_LONG,
        0.1,
        rng.choice([None, False]),
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Available Balance", _inr(rng, round(rng.uniform(1000, 500000), 2), font)))
    if shown(rng, 0.5):
        rows.append(("pair", "Remarks", rng.choice(["Rent", "Invoice " + digits(rng, 4), "Advance"])))
    rows.append(("small", "This is a computer generated advice."))
    txn = utr if utr_printed else own if own_printed else None
    truth = _truth(beneficiary, amount, "INR", txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 5 Indian e-commerce tax invoice


def in_ecommerce_invoice(rng: random.Random, font: str):
    """An Indian marketplace order invoice: seller, platform, Order ID, Invoice No, GSTIN, items, GST, total."""
    platform = rng.choice(["Flipkart", "Amazon.in", "Meesho", "Myntra", "Nykaa"])
    seller = rng.choice(
        ["RetailNet", "Cloudtail India", "SuperComNet", "Trendz Fashion Pvt Ltd", "Kumar Electronics"]
    )
    items = rng.sample(
        [
            ("Cotton Kurta", 649.0),
            ("Bluetooth Earbuds", 1299.0),
            ("Steel Water Bottle", 349.0),
            ("Phone Case", 199.0),
            ("Face Wash 100ml", 275.0),
            ("Bedsheet Double", 899.0),
        ],
        rng.randint(1, 3),
    )
    subtotal = sum(p for _, p in items)
    shipping = rng.choice([0.0, 0.0, 40.0, 79.0])
    discount = rng.choice([0.0, 0.0, 50.0, 100.0])
    amount = subtotal + shipping - discount
    rows = [
        ("title", rng.choice(["Tax Invoice", "Invoice", "Tax Invoice / Bill of Supply"])),
        ("left", "Sold by: " + seller),
        (
            "small",
            "GSTIN: "
            + digits(rng, 2)
            + code(rng, 5, UPPER)
            + digits(rng, 4)
            + code(rng, 1, UPPER)
            + "1Z"
            + digits(rng, 1),
        ),
    ]
    order = (
        "OD" + digits(rng, 18)
        if platform == "Flipkart"
        else digits(rng, 3) + "-" + digits(rng, 7) + "-" + digits(rng, 7)
    )
    rows.append(("pair", "Order ID", order))
    invoice = code(rng, 2, UPPER) + digits(rng, 8)
    rows.append(("pair", rng.choice(["Invoice No", "Invoice Number"]), invoice))
    when = day(rng)
    order_dated = shown(rng, 0.2)
    if order_dated:
        rows.append(("pair", "Order Date", date_text(when, rng.choice(IN_DATES))))
    rows.append(("pair", "Invoice Date", date_text(day(rng), rng.choice(IN_DATES))))
    rows.append(("rule",))
    for name, price in items:
        rows.append(("pair", name + " x1", _line(price, "INR")))
    if shipping:
        rows.append(("pair", "Shipping", _line(shipping, "INR")))
    if discount:
        rows.append(("pair", "Discount", "-" + _line(discount, "INR")))
    gst = round(amount * 18 / 118, 2)
    rows.append(("pair", rng.choice(["IGST 18% (incl.)", "GST included"]), _line(gst, "INR")))
    rows.append(("pair", rng.choice(["Grand Total", "Total", "Total Amount"]), _inr(rng, amount, font)))
    mode, method = rng.choice(
        [
            ("UPI", "UPI"),
            ("Credit Card", "card"),
            ("Debit Card", "card"),
            ("Net Banking", "netbanking"),
            ("Cash on Delivery", "cash"),
            ("Paid Online", None),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment Method", "Mode of Payment"], mode, 0.25)
    rows.append(
        ("small", "Sold on " + platform + " | Ship to: " + rng.choice(["Bengaluru", "Pune", "Jaipur"]))
    )
    truth = _truth(
        seller, amount, "INR", order, when if order_dated else None, method if method_printed else None, None
    )
    return rows, truth, {"width": 620, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 6 Indian restaurant / cafe bill


def in_restaurant_bill(rng: random.Random, font: str):
    """An Indian restaurant or cafe bill: items, Sub Total, CGST + SGST 2.5%, service charge, Grand Total."""
    shop = rng.choice(
        [
            "Hotel Saravana Bhavan",
            "Cafe Coffee Day",
            "Punjab Grill",
            "Udupi Upahar",
            "Chaayos",
            "Barbeque Nation",
        ]
    )
    items = rng.sample(
        [
            ("Masala Dosa", 120.0),
            ("Paneer Butter Masala", 280.0),
            ("Butter Naan", 55.0),
            ("Cold Coffee", 180.0),
            ("Veg Biryani", 240.0),
            ("Filter Coffee", 40.0),
            ("Gulab Jamun", 90.0),
        ],
        rng.randint(2, 4),
    )
    qty = [rng.choice([1, 1, 2]) for _ in items]
    subtotal = sum(p * q for (_, p), q in zip(items, qty))
    cgst = round(subtotal * 0.025, 2)
    service = round(subtotal * 0.05, 2) if shown(rng, 0.7) else 0.0
    amount = round(subtotal + 2 * cgst + service)
    rows = [
        ("title", shop),
        ("small", rng.choice(["MG Road, Bengaluru", "Connaught Place, New Delhi", "Andheri West, Mumbai"])),
    ]
    rows.append(
        ("small", "GSTIN " + digits(rng, 2) + code(rng, 5, UPPER) + digits(rng, 4) + "A1Z" + digits(rng, 1))
    )
    bill = digits(rng, rng.choice([4, 5, 6]))
    head = [
        ("pair", rng.choice(["Bill No", "Bill No.", "Invoice No"]), bill),
        ("pair", rng.choice(["Table", "Tbl"]), str(rng.randint(1, 30))),
        ("pair", "Steward", rng.choice(["Ravi", "Suresh", "Manoj"])),
    ]
    rng.shuffle(head)
    rows += head
    when = _when(rng, rows, ["Date", "Dt", "Bill Date"], IN_DATES, 0.05, rng.choice([None, False]))
    rows.append(("rule",))
    for (name, price), q in zip(items, qty):
        rows.append(("pair", f"{name} {q} x {price:.0f}", _line(price * q, "INR")))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Sub Total", "Food Total"]), _line(subtotal, "INR")))
    if service:
        rows.append(("pair", "Service Charge 5%", _line(service, "INR")))
    rows += [("pair", "CGST 2.5%", _line(cgst, "INR")), ("pair", "SGST 2.5%", _line(cgst, "INR"))]
    if shown(rng, 0.4):
        rows.append(("pair", "Round Off", _line(round(amount - (subtotal + 2 * cgst + service), 2), "INR")))
    rows.append(("pair", rng.choice(["Grand Total", "Net Amount", "TOTAL"]), _inr(rng, float(amount), font)))
    mode, method = rng.choice([("UPI", "UPI"), ("Card", "card"), ("Cash", "cash"), ("PhonePe", "UPI")])
    method_printed = optional_pair(rng, rows, ["Paid by", "Settlement", "Payment Mode"], mode, 0.3)
    rows.append(("center", rng.choice(["Thank you! Visit again", "** Thank You **"])))
    truth = _truth(shop, float(amount), "INR", bill, when, method if method_printed else None, None)
    return rows, truth, {"width": 460, "size": 19, "paper": (251, 250, 244)}


# ---------------------------------------------------------------- 7 card terminal slip


def card_terminal_slip(rng: random.Random, font: str):
    """A card terminal charge slip (Pine Labs / Paytm EDC in India, Square / Clover in the US): TID, MID, RRN."""
    india = shown(rng, 0.5)
    currency = "INR" if india else "USD"
    shop = rng.choice(
        ["Lifestyle Stores", "Croma", "Big Bazaar", "Medplus"]
        if india
        else ["Joe's Hardware", "Blue Door Bakery", "Main St Pharmacy", "Cedar Auto Parts"]
    )
    amount = round(rng.uniform(150, 12000), 2) if india else round(rng.uniform(4, 300), 2)
    status, words = _outcome(
        rng,
        {
            "success": ["APPROVED", "TXN APPROVED", "APPROVED - THANK YOU"],
            "failed": ["DECLINED", "TXN DECLINED"],
            "pending": ["APPROVED"],
        },
    )
    if status == "pending":
        status = "success"
    rows = [("title", shop.upper()), ("center", rng.choice(["SALE", "CHARGE SLIP", "PURCHASE"])), ("rule",)]
    head = [
        ("pair", "TID", digits(rng, 8)),
        ("pair", "MID", digits(rng, 12)),
        ("pair", "BATCH", digits(rng, 6)),
        ("pair", rng.choice(["INVOICE", "INV NO", "TRACE"]), digits(rng, 6)),
    ]
    rng.shuffle(head)
    rows += head[: rng.randint(2, 4)]
    when = _when(
        rng, rows, ["DATE", "DATE/TIME"], IN_DATES[:2] if india else ["%m/%d/%Y", "%m/%d/%y"], 0.05, False
    )
    network = rng.choice(
        ["VISA", "MASTERCARD", "RUPAY"] if india else ["VISA", "MASTERCARD", "AMEX", "DISCOVER"]
    )
    method_printed = shown(rng, 0.05)
    if method_printed:
        rows.append(("pair", "CARD", network + " XXXX" + digits(rng, 4)))
    rows.append(("pair", "ENTRY", rng.choice(["CHIP", "CONTACTLESS", "TAP", "SWIPE"])))
    rrn = digits(rng, 12)
    rrn_printed = status == "success" and optional_pair(rng, rows, ["RRN", "REF NO"], rrn, 0.2)
    auth = code(rng, 6, UPPER + "0123456789")
    auth_printed = status == "success" and optional_pair(
        rng, rows, ["AUTH CODE", "APPR CODE", "AUTH"], auth, 0.2
    )
    if not india and shown(rng, 0.5):
        rows.append(("pair", "SUBTOTAL", _line(round(amount / 1.0825, 2), "USD")))
        rows.append(("pair", "TIP", "0.00"))
    rows.append(
        (
            "pair",
            rng.choice(["AMOUNT", "TOTAL", "BASE AMOUNT"]) if india else rng.choice(["TOTAL", "AMOUNT"]),
            ("INR " if india else "$") + _line(amount, currency),
        )
    )
    rows.append(("center", words))
    if shown(rng, 0.5):
        rows.append(("small", "PIN VERIFIED OK" if india else "NO SIGNATURE REQUIRED"))
    rows.append(("small", rng.choice(["CUSTOMER COPY", "*** CUSTOMER COPY ***"])))
    txn = rrn if rrn_printed else auth if auth_printed else None
    truth = _truth(shop.upper(), amount, currency, txn, when, "card" if method_printed else None, status)
    return rows, truth, {"width": 420, "size": 19, "paper": (250, 250, 250)}


# ---------------------------------------------------------------- 8 US online order receipt e-mail


def us_order_email(rng: random.Random, font: str):
    """A US online shop's order receipt e-mail: order number, items, subtotal, shipping, tax, total, card."""
    shop = rng.choice(["Target", "Best Buy", "Etsy", "Chewy", "Walmart.com", "REI"])
    items = rng.sample(
        [
            ("Wireless Mouse", 24.99),
            ("Dog Food 30 lb", 54.98),
            ("Hiking Socks 3-pack", 19.95),
            ("USB-C Cable", 12.49),
            ("Desk Lamp", 39.0),
            ("Throw Pillow", 17.99),
        ],
        rng.randint(1, 3),
    )
    subtotal = round(sum(p for _, p in items), 2)
    shipping = rng.choice([0.0, 5.99, 7.95])
    tax = round(subtotal * rng.choice([0.0625, 0.0725, 0.08875]), 2)
    amount = round(subtotal + shipping + tax, 2)
    status, words = _outcome(
        rng,
        {
            "success": ["Thanks for your order!", "Order confirmed", "Your order has been placed"],
            "failed": ["There was a problem with your payment", "Payment declined"],
            "pending": ["Payment pending", "We're processing your payment"],
        },
    )
    rows = [("title", shop), ("center", words), ("rule",)]
    order = digits(rng, rng.choice([9, 10, 12]))
    rows.append(("pair", rng.choice(["Order #", "Order number", "Order No."]), order))
    when = _when(rng, rows, ["Order date", "Placed on", "Ordered"], US_DATES, 0.15)
    if shown(rng, 0.5):
        rows.append(("pair", "Estimated delivery", date_text(day(rng), "%b {d}, %Y")))
    rows.append(("rule",))
    for name, price in items:
        rows.append(("pair", name, "$" + _line(price, "USD")))
    rows.append(("pair", rng.choice(["Subtotal", "Merchandise subtotal"]), "$" + _line(subtotal, "USD")))
    rows.append(("pair", "Shipping", "FREE" if not shipping else "$" + _line(shipping, "USD")))
    rows.append(("pair", rng.choice(["Estimated tax", "Sales tax", "Tax"]), "$" + _line(tax, "USD")))
    rows.append(
        (
            "pair",
            rng.choice(["Order total", "Total", "Total charged"]),
            _iso_or_sign(rng, amount, "USD", font),
        )
    )
    card, method = rng.choice(
        [
            ("Visa ending in " + digits(rng, 4), "card"),
            ("Mastercard ****" + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("Apple Pay", "wallet"),
            ("Amex ending " + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid with", "Billed to"], card, 0.15)
    if shown(rng, 0.4):
        rows.append(("pair", "Rewards member ID", digits(rng, 10)))
    rows.append(("small", "Questions? Reply to this email or visit our Help Center."))
    truth = _truth(shop, amount, "USD", order, when, method if method_printed else None, status)
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 9 UK shop till receipt


def uk_shop_receipt(rng: random.Random, font: str):
    """A UK shop's till receipt: items, BALANCE DUE, contactless card, AID, auth code, VAT summary."""
    shop = rng.choice(["Tesco Express", "Sainsbury's Local", "Boots", "Co-op Food", "WHSmith", "Greggs"])
    items = rng.sample(
        [
            ("MILK 2PT", 1.45),
            ("BREAD WHITE", 1.35),
            ("MEAL DEAL", 3.99),
            ("PARACETAMOL", 0.99),
            ("NEWSPAPER", 2.20),
            ("BANANAS", 0.95),
            ("SANDWICH", 2.85),
            ("COFFEE LG", 3.10),
        ],
        rng.randint(2, 5),
    )
    amount = round(sum(p for _, p in items), 2)
    rows = [
        ("title", shop),
        ("small", rng.choice(["12 High Street, Leeds", "Station Rd, Reading", "Queen St, Cardiff"])),
    ]
    if shown(rng, 0.5):
        rows.append(("small", "VAT No. GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2)))
    rows.append(("rule",))
    for name, price in items:
        rows.append(("pair", name, "£" + _line(price, "GBP")))
    rows.append(
        ("pair", rng.choice(["BALANCE DUE", "TOTAL", "TOTAL TO PAY"]), _iso_or_sign(rng, amount, "GBP", font))
    )
    tender, method = rng.choice(
        [
            ("CONTACTLESS", "card"),
            ("VISA DEBIT", "card"),
            ("MASTERCARD", "card"),
            ("CASH", "cash"),
            ("APPLE PAY", "wallet"),
        ]
    )
    rows.append(("pair", tender, "£" + _line(amount if method != "cash" else float(int(amount) + 5), "GBP")))
    auth = digits(rng, 6)
    auth_printed = False
    if method != "cash":
        rows.append(("pair", "CARD", "************" + digits(rng, 4)))
        if shown(rng, 0.5):
            rows.append(("pair", "AID", "A0000000031010"))
        auth_printed = optional_pair(rng, rows, ["AUTH CODE", "AUTH"], auth, 0.3)
    else:
        rows.append(("pair", "CHANGE", "£" + _line(round(int(amount) + 5 - amount, 2), "GBP")))
    if shown(rng, 0.5):
        rows.append(("pair", "VAT 20%", "£" + _line(round(amount / 6, 2), "GBP")))
    if shown(rng, 0.4):
        rows.append(("pair", "Clubcard points", str(rng.randint(1, 40))))
    trans = digits(rng, 4)
    store = digits(rng, 4)
    rows.append(("left", f"ST {store} OP {rng.randint(1, 99)} TE {rng.randint(1, 9)} TRN {trans}"))
    when = day(rng)
    dated = shown(rng, 0.05)
    if dated:
        rows.append(
            ("left", date_text(when, rng.choice(UK_DATES[:1] + ["%d/%m/%y"])) + "  " + clock(rng, False))
        )
    truth = _truth(
        shop, amount, "GBP", auth if auth_printed else trans, when if dated else None, method, None
    )
    return rows, truth, {"width": 430, "size": 19, "paper": (252, 252, 250)}


# ---------------------------------------------------------------- 10 euro-area shop / restaurant


def eu_shop_receipt(rng: random.Random, font: str):
    """A German, Dutch or Spanish shop or restaurant receipt in euros: items, SUMME / TOTAAL / TOTAL, MwSt decoy."""
    country = rng.choice(["de", "nl", "es"])
    shop = {
        "de": ["Café Müller", "dm-drogerie markt", "Bäckerei Schmidt"],
        "nl": ["Albert Heijn", "HEMA", "Eetcafé De Hoek"],
        "es": ["Bar La Plaza", "Mercadona", "Cafetería Sol"],
    }[country]
    shop = rng.choice(shop)
    menu = {
        "de": [
            ("Cappuccino", 3.40),
            ("Brezel", 1.20),
            ("Wasser 0,5", 2.50),
            ("Brot", 3.95),
            ("Zahnpasta", 1.95),
        ],
        "nl": [("Koffie", 2.80), ("Tosti", 4.75), ("Appeltaart", 3.95), ("Melk 1L", 1.19), ("Kaas", 5.49)],
        "es": [("Cafe con leche", 1.80), ("Menu del dia", 12.50), ("Cerveza", 2.50), ("Tostada", 2.20)],
    }
    items = rng.sample(menu[country], rng.randint(2, 4))
    amount = round(sum(p for _, p in items), 2)
    total_word = {
        "de": ["SUMME", "Summe EUR", "Gesamt"],
        "nl": ["TOTAAL", "Te betalen"],
        "es": ["TOTAL", "TOTAL EUR"],
    }
    tax_word = {"de": "MwSt 19%", "nl": "BTW 9%", "es": "IVA 10%"}[country]
    rows = [
        ("title", shop),
        (
            "small",
            {"de": "Hauptstr. 12, 10115 Berlin", "nl": "Kerkstraat 4, Utrecht", "es": "C/ Mayor 8, Madrid"}[
                country
            ],
        ),
        ("rule",),
    ]
    for name, price in items:
        rows.append(("pair", name, _line(price, "EUR")))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(total_word[country]), _iso_or_sign(rng, amount, "EUR", font)))
    tender, method = rng.choice(
        {
            "de": [("Bar", "cash"), ("EC-Karte", "card"), ("Girocard", "card"), ("Kartenzahlung", "card")],
            "nl": [("PIN", "card"), ("Contant", "cash"), ("Maestro", "card")],
            "es": [("Efectivo", "cash"), ("Tarjeta", "card"), ("Visa contactless", "card")],
        }[country]
    )
    given = float(int(amount) + rng.choice([1, 5, 10])) if method == "cash" else amount
    rows.append(("pair", tender, _line(given, "EUR")))
    if method == "cash":
        rows.append(
            (
                "pair",
                {"de": "Rückgeld", "nl": "Wisselgeld", "es": "Cambio"}[country],
                _line(round(given - amount, 2), "EUR"),
            )
        )
    rows.append(("pair", tax_word, _line(round(amount * 0.1, 2), "EUR")))
    bon = digits(rng, 4)
    rows.append(("pair", {"de": "Bon-Nr.", "nl": "Bonnr.", "es": "Ticket n."}[country], bon))
    when = _when(rng, rows, [{"de": "Datum", "nl": "Datum", "es": "Fecha"}[country]], EU_DATES, 0.05, False)
    if shown(rng, 0.5):
        rows.append(
            ("small", {"de": "USt-IdNr. DE", "nl": "BTW NL", "es": "CIF B"}[country] + digits(rng, 9))
        )
    rows.append(
        (
            "center",
            {"de": "Vielen Dank!", "nl": "Bedankt en tot ziens", "es": "Gracias por su visita"}[country],
        )
    )
    truth = _truth(shop, amount, "EUR", bon, when, method, None)
    return rows, truth, {"width": 440, "size": 19, "paper": (251, 251, 247)}


# ---------------------------------------------------------------- 11 PayPal / Stripe receipt e-mail


def paypal_stripe_email(rng: random.Random, font: str):
    """A PayPal "You sent a payment" or a Stripe-hosted receipt e-mail: merchant, amount, transaction or receipt id."""
    currency = rng.choice(["USD", "GBP", "EUR", "USD", "INR"])
    merchant = rng.choice(["Notion Labs", "Brightside Yoga", "Canva", "Figma", "Linear", "Kite Studio"])
    amount = round(rng.uniform(5, 400), 2) if currency != "INR" else float(rng.choice([499, 999, 1499, 3999]))
    status, words = _outcome(
        rng,
        {
            "success": ["You sent a payment", "Payment received", "Receipt"],
            "failed": ["Payment failed", "Your payment was declined"],
            "pending": ["Payment pending", "Your payment is pending"],
        },
    )
    stated = None if words == "Receipt" else status
    paypal = shown(rng, 0.5)
    amount_text = _inr(rng, amount, font) if currency == "INR" else _iso_or_sign(rng, amount, currency, font)
    when = day(rng)
    if paypal:
        rows = [("title", "PayPal"), ("center", words), ("big", amount_text)]
        rows.append(("left", rng.choice(["You paid", "Paid to", "Merchant"]) + ": " + merchant))
        txn = code(rng, 1, "0123456789") + code(rng, 16, UPPER + "0123456789")
        txn_printed = status != "failed" and optional_pair(
            rng, rows, ["Transaction ID", "Transaction id"], txn, 0.1
        )
        dated = shown(rng, 0.1)
        if dated:
            rows.append(
                (
                    "pair",
                    rng.choice(["Transaction date", "Date"]),
                    date_text(when, rng.choice(US_DATES if currency == "USD" else UK_DATES)),
                )
            )
        source, method = rng.choice(
            [
                ("PayPal balance", "wallet"),
                ("Visa x-" + digits(rng, 4), "card"),
                ("Bank account x-" + digits(rng, 4), "netbanking"),
            ]
        )
        method_printed = optional_pair(rng, rows, ["Funding source", "Paid with"], source, 0.3)
        if shown(rng, 0.5):
            rows.append(("pair", "Invoice ID", code(rng, 3, UPPER) + "-" + digits(rng, 5)))
        rows.append(("small", "It may take a few moments for this transaction to appear in your account."))
        truth_txn = txn if txn_printed else None
    else:
        rows = [("title", merchant), ("center", words), ("big", amount_text)]
        receipt = digits(rng, 4) + "-" + digits(rng, 4)
        rows.append(("pair", rng.choice(["Receipt #", "Receipt number"]), receipt))
        if shown(rng, 0.5):
            rows.append(("pair", "Invoice number", code(rng, 8, UPPER) + "-" + digits(rng, 4)))
        dated = shown(rng, 0.1)
        if dated:
            rows.append(
                (
                    "pair",
                    "Date paid",
                    date_text(when, rng.choice(US_DATES if currency == "USD" else UK_DATES)),
                )
            )
        card, method = rng.choice(
            [
                ("Visa - " + digits(rng, 4), "card"),
                ("Mastercard - " + digits(rng, 4), "card"),
                ("Link", "wallet"),
                ("Apple Pay", "wallet"),
            ]
        )
        method_printed = optional_pair(rng, rows, ["Payment method", "Paid with"], card, 0.2)
        rows.append(("pair", rng.choice(["Amount paid", "Total"]), amount_text))
        if shown(rng, 0.5):
            rows.append(("small", "Billing period through " + date_text(day(rng), "%b {d}, %Y")))
        rows.append(("small", "Powered by Stripe"))
        truth_txn = receipt
    truth = _truth(
        merchant,
        amount,
        currency,
        truth_txn,
        when if dated else None,
        method if method_printed else None,
        stated,
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 12 utility / phone bill payment


def bill_payment(rng: random.Random, font: str):
    """A utility or phone bill payment confirmation (Indian BBPS-style, or a UK supplier): account no., bill due."""
    india = shown(rng, 0.4)
    if india:
        biller = rng.choice(
            ["BESCOM", "Tata Power", "Airtel Postpaid", "Jio Fiber", "MSEDCL", "Mahanagar Gas"]
        )
        amount = _rupees(rng, 199, 8000)
        currency = "INR"
    else:
        biller = rng.choice(["British Gas", "Octopus Energy", "EE", "Thames Water", "Vodafone UK", "BT"])
        amount = round(rng.uniform(18, 260), 2)
        currency = "GBP"
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "Thanks, we've received your payment", "Bill paid"],
            "failed": ["Payment Failed", "Your payment didn't go through"],
            "pending": ["Payment Pending", "Payment being processed"],
        },
    )
    amount_text = _inr(rng, amount, font) if india else _iso_or_sign(rng, amount, currency, font)
    rows = [("title", biller), ("center", words), ("rule",)]
    head = [
        (
            "pair",
            rng.choice(["Consumer No.", "Account number", "Customer ID", "Mobile Number"]),
            digits(rng, 10),
        ),
        ("pair", rng.choice(["Bill Number", "Bill reference"]), digits(rng, 9)),
    ]
    rng.shuffle(head)
    rows += head
    if shown(rng, 0.4):
        rows.append(("pair", "Due Date", date_text(day(rng), rng.choice(IN_DATES if india else UK_DATES))))
    if shown(rng, 0.4):
        rows.append(("pair", "Bill Amount", amount_text))
    rows.append(("pair", rng.choice(["Amount Paid", "Payment amount", "Amount"]), amount_text))
    if india:
        mode, method = rng.choice(
            [("UPI", "UPI"), ("Debit Card", "card"), ("Net Banking", "netbanking"), ("Wallet", "wallet")]
        )
    else:
        mode, method = rng.choice(
            [
                ("Debit card ending " + digits(rng, 4), "card"),
                ("Direct Debit", "netbanking"),
                ("Visa ****" + digits(rng, 4), "card"),
            ]
        )
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Paid by", "Payment method"], mode, 0.2)
    ref = ("BD" + digits(rng, 14)) if india else code(rng, 3, UPPER) + digits(rng, 7)
    ref_printed = status != "failed" and optional_pair(
        rng,
        rows,
        ["Transaction ID", "B-Connect Txn ID", "Payment reference"]
        if india
        else ["Payment reference", "Confirmation number"],
        ref,
        0.15,
    )
    when = _when(
        rng, rows, ["Payment Date", "Paid on", "Date"], IN_DATES + IN_LONG if india else UK_DATES, 0.15
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                rng.choice(["Outstanding balance", "Balance remaining"]),
                ("Rs." if india else "£") + _line(round(rng.uniform(0, 900), 2), currency),
            )
        )
    rows.append(("small", "Please allow 1-2 working days for this to show on your account."))
    truth = _truth(
        biller,
        amount,
        currency,
        ref if ref_printed else None,
        when,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}
