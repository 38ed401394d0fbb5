"""The twelve heldout41 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

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
from bench.receipt_sets.heldout40_families import _amt, _dated, _line, _outcome, _sign

ALNUM = UPPER + "0123456789"
BANKS = ["SBI", "HDFC Bank", "ICICI Bank", "Axis Bank", "Kotak Bank", "Canara Bank", "Bank of Baroda"]
PAYEES_IN = [
    "Ramesh Traders",
    "Shree Balaji Stores",
    "Anita Sharma",
    "Priya Nair",
    "Kumar Medicals",
    "Hotel Annapurna",
]
SHOPS_IN = [
    "Sharma Kirana Store",
    "Ganesh Tea Stall",
    "New Lucky Mobiles",
    "Sai Fruits & Veg",
    "Royal Tailors",
]
CUSTOMERS = ["RAHUL KUMAR", "SNEHA PATIL", "MOHD IRFAN", "DEEPA R", "ARUN JOSHI", "KAVYA REDDY"]


def _handle(rng: random.Random, name: str) -> str:
    """A UPI ID for ``name``."""
    return (
        name.split()[0].lower()
        + digits(rng, 2)
        + "@"
        + rng.choice(["okaxis", "ybl", "oksbi", "paytm", "ibl"])
    )


def _names(rows: list[tuple], word: str) -> bool:
    """Whether any printed row carries ``word`` as a word of its own (a way to pay named on the page)."""
    return any(
        word in str(text).replace(".", " ").replace(":", " ").split() for row in rows for text in row[1:]
    )


def _inr(rng: random.Random, low: int, high: int) -> float:
    """A rupee sum, whole in half the draws."""
    return float(rng.randint(low, high)) if shown(rng, 0.5) else round(rng.uniform(low, high), 2)


# ---------------------------------------------------------------- 1 BHIM UPI screen


def bhim_upi(rng: random.Random, font: str):
    """A BHIM UPI app screen: green tick words, big amount, To with the UPI ID, From, UPI Transaction ID, Remarks."""
    payee = rng.choice(PAYEES_IN)
    amount = _inr(rng, 20, 25000)
    status, words = _outcome(
        rng,
        {
            "success": ["Transaction Successful", "Money sent successfully", "Payment Success"],
            "failed": ["Transaction Failed", "Transaction Declined"],
            "pending": ["Transaction Pending", "Request Pending"],
        },
    )
    rows = [
        ("title", "BHIM"),
        ("small", rng.choice(["Bharat Interface for Money", "BHIM UPI"])),
        ("gap",),
        ("center", words),
    ]
    rows.append(("big", _amt(rng, amount, "INR", font, 0.15)))
    when = day(rng)
    dated = shown(rng, 0.15)
    stamp = date_text(when, rng.choice(["%d %b %Y", "%d/%m/%Y", "{d} %B %Y"])) + ", " + clock(rng, True)
    if dated and shown(rng, 0.5):
        rows.append(("small", stamp))
        dated_label = False
    else:
        dated_label = dated
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["To", "Paid To", "Beneficiary"]), payee))
    rows.append(("pair", rng.choice(["UPI ID", "VPA"]), _handle(rng, payee)))
    rows.append(("pair", rng.choice(["From", "Debited From"]), rng.choice(BANKS) + " XXXX" + digits(rng, 4)))
    ref = digits(rng, 12)
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["UPI Transaction ID", "UPI Ref No.", "Transaction Ref. No."], ref, 0.1
    )
    if dated_label:
        rows.append(("pair", rng.choice(["Date & Time", "Transaction Date"]), stamp))
    if shown(rng, 0.5):
        rows.append(("pair", "Remarks", rng.choice(["rent", "groceries", "advance", "order 4471"])))
    if status == "failed":
        rows.append(("small", "If debited, the amount will be reversed in 48 hours."))
    rows.append(("center", rng.choice(["Share", "Done", "Go to Home"])))
    truth = _truth(payee, amount, "INR", ref if ref_printed else None, when if dated else None, "UPI", status)
    return rows, truth, dict(SCREEN, width=540, band=(0, 120, 72), band_ink=(255, 255, 255))


# ---------------------------------------------------------------- 2 Amazon Pay UPI screen


def amazon_pay_upi(rng: random.Random, font: str):
    """An Amazon Pay (India) payment screen: "Paid to" headline, amount, UPI or balance, two references."""
    payee = rng.choice(PAYEES_IN + ["Swiggy Instamart", "Zepto Marketplace"])
    amount = _inr(rng, 30, 15000)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment successful", "Paid successfully"],
            "failed": ["Payment failed", "Payment unsuccessful"],
            "pending": ["Payment pending", "Payment is being processed"],
        },
    )
    rows = [
        ("title", "amazon pay"),
        ("gap",),
        ("center", words),
        ("big", _amt(rng, amount, "INR", font, 0.1)),
    ]
    rows.append(("center", rng.choice(["to ", "Paid to "]) + payee))
    rows.append(("rule",))
    source, method = rng.choice(
        [
            ("UPI - " + rng.choice(BANKS) + " XX" + digits(rng, 4), "UPI"),
            ("Amazon Pay UPI", "UPI"),
            ("Amazon Pay Balance", "wallet"),
            ("Amazon Pay ICICI Credit Card XX" + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid using", "Payment method"], source, 0.2)
    upi_ref = digits(rng, 12)
    upi_printed = (
        status != "failed"
        and method == "UPI"
        and optional_pair(rng, rows, ["UPI transaction ID", "UPI Ref No"], upi_ref, 0.15)
    )
    pay_id = "P" + digits(rng, 2) + "-" + digits(rng, 7) + "-" + digits(rng, 7)
    pay_printed = optional_pair(rng, rows, ["Amazon Pay Transaction ID", "Order ID"], pay_id, 0.3)
    when = _dated(rng, rows, ["Date", "Paid on", "Date & time"], IN_LONG, 0.15, True)
    rows.append(("small", "Need help with this payment?"))
    txn = upi_ref if upi_printed else pay_id if pay_printed else None
    named = method if method_printed else "UPI" if upi_printed else None
    truth = _truth(payee, amount, "INR", txn, when, named, status)
    return rows, truth, dict(SCREEN, width=540, paper=(255, 255, 255), accent=(20, 30, 50))


# ---------------------------------------------------------------- 3 Paytm for Business: payment received


def paytm_received(rng: random.Random, font: str):
    """A Paytm for Business screen on the shop's phone: payment received from a customer into the shop."""
    shop = rng.choice(SHOPS_IN)
    customer = rng.choice(CUSTOMERS)
    amount = _inr(rng, 10, 8000)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Received", "Received Successfully", "Money Received"],
            "failed": ["Payment Failed", "Payment not received"],
            "pending": ["Payment Pending", "Awaiting confirmation from bank"],
        },
        failed=0.12,
        pending=0.12,
    )
    rows = [("title", "Paytm for Business"), ("center", shop), ("gap",)]
    rows.append(("big", _amt(rng, amount, "INR", font, 0.1)))
    rows.append(("center", words))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["From", "Received from", "Customer"]), customer))
    if shown(rng, 0.4):
        rows.append(("pair", "Customer UPI ID", _handle(rng, customer)))
    rows.append(
        ("pair", rng.choice(["Received in", "Settled to"]), rng.choice(BANKS) + " A/c XX" + digits(rng, 4))
    )
    optional_pair(rng, rows, ["Payment Mode", "Paid via"], rng.choice(["UPI", "Paytm UPI"]), 0.3)
    rrn = digits(rng, 12)
    rrn_printed = status != "failed" and optional_pair(
        rng, rows, ["UPI Ref No", "RRN", "Bank Ref No."], rrn, 0.15
    )
    order = rng.choice(["", "T", "PTM"]) + digits(rng, 14)
    order_printed = optional_pair(rng, rows, ["Order ID", "Transaction ID"], order, 0.35)
    when = _dated(rng, rows, ["Date & Time", "Received on", "Date"], IN_DATES + IN_LONG, 0.1, True)
    rows.append(("small", "Settlement in bank within 1 working day"))
    txn = rrn if rrn_printed else order if order_printed else None
    truth = _truth(shop, amount, "INR", txn, when, "UPI" if _names(rows, "UPI") else None, status)
    return rows, truth, dict(SCREEN, width=540, band=(0, 46, 110), band_ink=(255, 255, 255))


# ---------------------------------------------------------------- 4 PhonePe Business SMS-style card


def phonepe_biz_sms(rng: random.Random, font: str):
    """A PhonePe Business notification card forwarded as proof: a sentence with amount, payer, date and UPI Ref."""
    shop = rng.choice(SHOPS_IN)
    customer = rng.choice(CUSTOMERS)
    amount = _inr(rng, 10, 6000)
    roll = rng.random()
    status = "failed" if roll < 0.15 else "pending" if roll < 0.27 else "success"
    mark = rng.choice(["Rs.", "Rs ", "INR "]) if shown(rng, 0.5) else _sign("INR", font)
    when = day(rng)
    dated = shown(rng, 0.12)
    stamp = date_text(when, rng.choice(["%d-%m-%Y", "%d/%m/%y", "%d-%b-%y"])) + " " + clock(rng, False)
    ref = digits(rng, 12)
    ref_printed = status != "failed" and shown(rng, 0.12)
    rows = [("title", "PhonePe Business"), ("small", rng.choice(["VM-PHONPE", "JD-PHNPEB", "AX-PHPEBZ"]))]
    rows.append(("rule",))
    rows.append(("left", "Dear " + shop + ","))
    head = {
        "success": rng.choice(["Payment received!", "You have received a payment."]),
        "failed": "Payment failed.",
        "pending": "Payment pending.",
    }[status]
    rows.append(("left", head))
    rows.append(("left", "Amount: " + mark + _line(amount, "INR")))
    rows.append(("left", "From: " + customer))
    if dated:
        rows.append(("left", rng.choice(["On: ", "Date: "]) + stamp))
    if ref_printed:
        rows.append(("left", rng.choice(["UPI Ref: ", "UTR: ", "UPI Ref No. "]) + ref))
    if status == "pending":
        rows.append(("left", "Bank confirmation awaited."))
    rows.append(("left", "- PhonePe Business"))
    if dated and shown(rng, 0.5):
        rows.append(("right", clock(rng, False)))
    named = "UPI" if _names(rows, "UPI") else None
    truth = _truth(shop, amount, "INR", ref if ref_printed else None, when if dated else None, named, status)
    return rows, truth, dict(SCREEN, width=520, paper=(236, 240, 246), size=21)


# ---------------------------------------------------------------- 5 SBI YONO transfer receipt


def yono_transfer(rng: random.Random, font: str):
    """An SBI YONO fund transfer receipt: mode, beneficiary, account, IFSC, amount, reference, date."""
    beneficiary = rng.choice(
        ["Kiran Devi", "M/s Om Sai Enterprises", "Sunil Verma", "Lakshmi Textiles", "Pooja Gupta"]
    )
    amount = _inr(rng, 500, 200000)
    status, words = _outcome(
        rng,
        {
            "success": ["Transaction Successful", "Transfer Successful", "Your fund transfer is successful"],
            "failed": ["Transaction Failed", "Transfer Unsuccessful"],
            "pending": ["Transaction Pending", "Transaction under process"],
        },
    )
    mode, method = rng.choice(
        [("IMPS", "netbanking"), ("NEFT", "netbanking"), ("RTGS", "netbanking"), ("UPI", "UPI")]
    )
    rows = [("title", "YONO SBI"), ("small", "State Bank of India"), ("gap",), ("center", words)]
    rows.append(("big", _amt(rng, amount, "INR", font, 0.3)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Debit Account", "From Account"]), "XXXXXXX" + digits(rng, 4)))
    rows.append(("pair", rng.choice(["Beneficiary Name", "Payee Name"]), beneficiary))
    rows.append(("pair", rng.choice(["Beneficiary Account", "Credit Account"]), "XXXXXXXX" + digits(rng, 4)))
    if mode != "UPI":
        rows.append(
            ("pair", "IFSC", rng.choice(["HDFC", "ICIC", "UTIB", "CNRB", "PUNB"]) + "000" + digits(rng, 4))
        )
    rows.append(("pair", rng.choice(["Amount", "Amount (INR)", "Transfer Amount"]), _line(amount, "INR")))
    method_printed = optional_pair(rng, rows, ["Transfer Type", "Payment Mode", "Mode"], mode, 0.2)
    ref = {
        "IMPS": digits(rng, 12),
        "UPI": digits(rng, 12),
        "NEFT": "SBIN" + digits(rng, 12),
        "RTGS": "SBINR" + digits(rng, 11),
    }[mode]
    ref_labels = {"IMPS": ["IMPS Ref No.", "UTR No."], "UPI": ["UPI Ref No.", "UTR No."]}.get(
        mode, ["UTR No.", "UTR Number"]
    )
    ref_printed = status != "failed" and optional_pair(rng, rows, ref_labels, ref, 0.15)
    own = "IR" + code(rng, 9, ALNUM)
    own_printed = optional_pair(rng, rows, ["Transaction Reference Number", "Txn Ref No."], own, 0.4)
    when = _dated(
        rng, rows, ["Date & Time", "Transaction Date", "Initiated on"], IN_DATES + IN_LONG, 0.1, True
    )
    if shown(rng, 0.5):
        rows.append(("pair", "Remarks", rng.choice(["Rent Mar", "Invoice 2231", "Goods", "Fees"])))
    rows.append(("small", "This is a computer generated receipt."))
    txn = ref if ref_printed else own if own_printed else None
    named = (
        method
        if method_printed
        else "UPI"
        if _names(rows, "UPI")
        else "netbanking"
        if _names(rows, "IMPS")
        else None
    )
    truth = _truth(beneficiary, amount, "INR", txn, when, named, status)
    return (
        rows,
        truth,
        dict(SCREEN, width=580, band=(40, 40, 130), band_ink=(255, 255, 255), paper=(250, 252, 255)),
    )


# ---------------------------------------------------------------- 6 Indian supermarket till


def in_supermarket(rng: random.Random, font: str):
    """A DMart, Reliance Smart, More, Spencer's or Star Bazaar till: GSTIN, Bill No, items, savings, net, tender."""
    shop = rng.choice(["DMART", "RELIANCE SMART", "MORE SUPERMARKET", "SPENCER'S", "STAR BAZAAR"])
    town = rng.choice(["KANDIVALI (W) MUMBAI", "WHITEFIELD BENGALURU", "KOTHRUD PUNE", "SALT LAKE KOLKATA"])
    items = rng.sample(
        [
            ("TOOR DAL 1KG", 162.0),
            ("AASHIRVAAD ATTA 5KG", 248.0),
            ("AMUL BUTTER 500G", 275.0),
            ("SURF EXCEL 1KG", 139.0),
            ("FORTUNE OIL 1L", 155.0),
            ("PARLE-G 800G", 90.0),
            ("COLGATE 200G", 112.5),
            ("TATA SALT 1KG", 28.0),
            ("MAGGI 12 PACK", 168.0),
        ],
        rng.randint(2, 5),
    )
    lines = [(name, qty, price) for (name, price), qty in zip(items, [rng.randint(1, 3) for _ in items])]
    gross = round(sum(q * p for _, q, p in lines), 2)
    saved = round(gross * rng.choice([0.0, 0.04, 0.08]), 2)
    net = round(gross - saved, 2)
    rounded = float(round(net))
    rows = [("title", shop), ("center", town)]
    rows.append(
        (
            "center",
            "GSTIN: 27" + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + digits(rng, 1),
        )
    )
    rows.append(("center", rng.choice(["TAX INVOICE", "CASH MEMO", "RETAIL INVOICE"])))
    bill = digits(rng, 2) + rng.choice(["", "/"]) + digits(rng, 6)
    bill_printed = optional_pair(rng, rows, ["BILL NO", "INVOICE NO", "BILL NO."], bill, 0.1)
    when = _dated(rng, rows, ["DATE", "BILL DT", "DT"], IN_DATES, 0.1, False)
    rows.append(("pair", "CASHIER", code(rng, 2, UPPER) + digits(rng, 3)))
    rows.append(("rule",))
    rows.append(("pair", "ITEM  QTY", "AMOUNT"))
    for name, qty, price in lines:
        rows.append(("left", name))
        rows.append(("pair", f"  {qty} x {money(price, 'plain')}", money(qty * price, "plain")))
    rows.append(("rule",))
    rows.append(("pair", "TOTAL ITEMS", str(sum(q for _, q, _ in lines))))
    rows.append(("pair", "GROSS AMOUNT", money(gross, "plain")))
    if saved:
        rows.append(("pair", rng.choice(["DISCOUNT", "YOU SAVED"]), money(saved, "plain")))
    if rounded != net:
        rows.append(("pair", "ROUND OFF", f"{rounded - net:+.2f}"))
    total_label = rng.choice(["NET AMOUNT", "NET PAYABLE", "BILL AMOUNT", "TOTAL"])
    rows.append(("pair", total_label, _sign("INR", font) + money(rounded, "indian")))
    tender, method = rng.choice(
        [("CASH", "cash"), ("CARD", "card"), ("UPI", "UPI"), ("PAYTM UPI", "UPI"), ("HDFC CARD", "card")]
    )
    txn = bill if bill_printed else None
    if method == "cash":
        given = float(-(-rounded // 100) * 100) if rounded % 100 else rounded
        rows.append(("pair", "CASH TENDERED", money(given, "plain")))
        rows.append(("pair", "CHANGE", money(given - rounded, "plain")))
    else:
        rows.append(("pair", tender, money(rounded, "plain")))
        if method == "UPI" and shown(rng, 0.4):
            ref = digits(rng, 12)
            rows.append(("pair", rng.choice(["UPI REF", "RRN"]), ref))
            txn = ref
        if method == "card" and shown(rng, 0.4):
            rows.append(("pair", "CARD NO", "XXXX XXXX XXXX " + digits(rng, 4)))
            auth = digits(rng, 6)
            rows.append(("pair", rng.choice(["APPR CODE", "AUTH CODE"]), auth))
            txn = auth
    rows.append(("small", "GST INCLUDED IN MRP  CGST 2.5%  SGST 2.5%"))
    rows.append(("center", "THANK YOU - VISIT AGAIN"))
    truth = _truth(shop, rounded, "INR", txn, when, method, None)
    return rows, truth, {"width": 440, "size": 19, "paper": (252, 251, 246)}


# ---------------------------------------------------------------- 7 Indian courier booking receipt


def courier_booking(rng: random.Random, font: str):
    """A DTDC, Blue Dart, Delhivery, Professional Couriers or Speed Post booking receipt with the AWB and charges."""
    courier = rng.choice(
        [
            "DTDC Express Ltd",
            "Blue Dart Express",
            "Delhivery",
            "The Professional Couriers",
            "India Post - Speed Post",
        ]
    )
    weight = rng.choice([0.25, 0.5, 1.0, 2.0, 3.5])
    freight = float(rng.choice([60, 85, 120, 180, 260, 410]))
    fuel = round(freight * 0.1, 2) if shown(rng, 0.5) else 0.0
    gst = round((freight + fuel) * 0.18, 2)
    total = round(freight + fuel + gst, 2)
    rows = [
        ("title", courier),
        (
            "small",
            rng.choice(["Franchise: Andheri East", "Booking Centre: Koramangala", "Branch: Sector 18 Noida"]),
        ),
    ]
    rows.append(("center", rng.choice(["BOOKING RECEIPT", "Customer Copy", "Consignment Note"])))
    awb = (
        (code(rng, 1, "DZ") + digits(rng, 8))
        if "DTDC" in courier
        else (code(rng, 2, UPPER) + digits(rng, 9) + "IN")
        if "India Post" in courier
        else digits(rng, 11)
    )
    awb_printed = optional_pair(
        rng, rows, ["AWB No.", "Consignment No.", "Docket No.", "Tracking No."], awb, 0.05
    )
    when = _dated(
        rng, rows, ["Booking Date", "Booked on", "Date"], IN_DATES + IN_LONG, 0.1, bool(rng.random() < 0.5)
    )
    rows.append(("pair", "From", rng.choice(["Mumbai 400069", "Bengaluru 560034", "Noida 201301"])))
    rows.append(
        ("pair", "To", rng.choice(["Jaipur 302001", "Kochi 682016", "Lucknow 226010", "Guwahati 781005"]))
    )
    rows.append(("pair", rng.choice(["Weight", "Chargeable Wt."]), f"{weight:.3f} kg"))
    rows.append(("pair", "Sender Mobile", "9" + digits(rng, 4) + "XXXXX"))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Freight", "Basic Charges", "Tariff"]), money(freight, "indian")))
    if fuel:
        rows.append(("pair", "Fuel Surcharge", money(fuel, "indian")))
    rows.append(("pair", "GST @18%", money(gst, "indian")))
    rows.append(
        (
            "pair",
            rng.choice(["Total", "Total Amount", "Net Payable", "Amount Paid"]),
            _amt(rng, total, "INR", font, 0.3),
        )
    )
    mode, method = rng.choice([("Cash", "cash"), ("UPI", "UPI"), ("Card", "card"), ("PhonePe UPI", "UPI")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Paid by", "Mode of Payment"], mode, 0.2)
    txn = awb if awb_printed else None
    if method_printed and method == "UPI" and shown(rng, 0.5):
        ref = digits(rng, 12)
        rows.append(("pair", rng.choice(["UPI Ref No.", "UTR"]), ref))
        txn = ref
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "GSTIN",
                "07" + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + digits(rng, 1),
            )
        )
    rows.append(("small", "Track at the courier's website with your AWB number."))
    truth = _truth(courier, total, "INR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 560, "size": 19, "paper": (255, 255, 250)}


# ---------------------------------------------------------------- 8 US Square receipt e-mail


def square_email(rng: random.Random, font: str):
    """A Square receipt e-mail from a US small business: big total, items, tax, tip, card and auth, receipt #."""
    shop = rng.choice(
        ["Blue Bottle Kiosk", "Maple Street Bakery", "Sunset Cycles", "Golden Lotus Nails", "Brew & Bloom"]
    )
    items = rng.sample(
        [
            ("Latte", 5.25),
            ("Croissant", 4.0),
            ("Tune-up", 65.0),
            ("Manicure", 32.0),
            ("Sourdough loaf", 9.5),
            ("Bouquet", 28.0),
        ],
        rng.randint(1, 3),
    )
    subtotal = round(sum(p for _, p in items), 2)
    tax = round(subtotal * rng.choice([0.0725, 0.0875, 0.06]), 2)
    tip = round(subtotal * rng.choice([0, 0.15, 0.18, 0.2]), 2)
    total = round(subtotal + tax + tip, 2)
    rows = [
        ("title", shop),
        ("big", "$" + money(total, "western")),
        ("center", rng.choice(["", "Thank you for your purchase!"]) or "Receipt"),
    ]
    rows.append(("rule",))
    for name, p in items:
        rows.append(("pair", name, "$" + money(p, "western")))
    rows.append(("pair", "Subtotal", "$" + money(subtotal, "western")))
    rows.append(("pair", rng.choice(["Sales Tax", "Tax"]), "$" + money(tax, "western")))
    if tip:
        rows.append(("pair", "Tip", "$" + money(tip, "western")))
    rows.append(("pair", "Total", "$" + money(total, "western")))
    rows.append(("rule",))
    tender, method = rng.choice(
        [
            ("Visa", "card"),
            ("Mastercard", "card"),
            ("Amex", "card"),
            ("Cash", "cash"),
            ("Apple Pay", "wallet"),
        ]
    )
    txn = None
    if method == "cash":
        given = float(int(total // 5 + 1) * 5)
        rows.append(("pair", "Cash", "$" + money(given, "western")))
        rows.append(("pair", "Change", "$" + money(given - total, "western")))
    else:
        rows.append(("pair", tender + " " + digits(rng, 4), "$" + money(total, "western")))
        if shown(rng, 0.3):
            rows.append(("left", rng.choice(["Contactless", "Chip", "Swiped"])))
            auth = code(rng, 6, "0123456789" + UPPER[:6])
            rows.append(("pair", rng.choice(["Auth code", "Authorization", "Approval"]), auth))
            txn = auth
    when = day(rng)
    dated = shown(rng, 0.1)
    if dated:
        rows.append(
            (
                "left",
                date_text(when, rng.choice(["%b {d} %Y", "%B {d}, %Y", "%m/%d/%Y"]))
                + " at "
                + clock(rng, True),
            )
        )
    receipt = "#" + code(rng, 4, ALNUM)
    if shown(rng, 0.15):
        rows.append(("left", rng.choice(["Receipt ", "Receipt No. "]) + receipt))
        txn = txn or receipt[1:]
    rows.append(("small", "Powered by Square"))
    truth = _truth(shop, total, "USD", txn, when if dated else None, method, None)
    return rows, truth, {"width": 520, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 9 US Venmo / Zelle screen


def venmo_zelle(rng: random.Random, font: str):
    """A Venmo payment detail or a Zelle transfer in a US bank app: payee, amount, funding, ID, status."""
    venmo = shown(rng, 0.5)
    payee = rng.choice(
        ["Jessica Alvarez", "Mike Thompson", "Hannah Lee", "Carlos Ruiz", "Brooklyn Dog Walkers"]
    )
    amount = round(rng.uniform(5, 900), 2) if shown(rng, 0.5) else float(rng.randint(5, 900))
    status, words = _outcome(
        rng,
        {
            "success": ["Completed", "Payment complete", "Sent"]
            if venmo
            else ["Completed", "Money sent", "Delivered"],
            "failed": ["Failed", "Payment failed"] if venmo else ["Failed", "Canceled - payment not sent"],
            "pending": ["Pending", "Payment pending"] if venmo else ["Pending", "Processing"],
        },
        failed=0.15,
        pending=0.15,
    )
    if venmo:
        rows = [
            ("title", "venmo"),
            ("center", "You paid " + payee),
            ("gap",),
            ("big", "-$" + money(amount, "western")),
        ]
        rows.append(("center", rng.choice(["Dinner", "Rent share", "Concert tix", "Dog walking"])))
        rows.append(("rule",))
        rows.append(("pair", rng.choice(["Status", "Payment status"]), words))
        source, method = rng.choice(
            [("Venmo balance", "wallet"), ("Bank ....", "netbanking"), ("Visa Debit ....", "card")]
        )
        if source.endswith("...."):
            source = source.replace("....", "ending " + digits(rng, 4))
        method_printed = optional_pair(
            rng, rows, ["Payment method", "Funding source", "Paid with"], source, 0.2
        )
        ref = digits(rng, 19)
        ref_printed = optional_pair(rng, rows, ["Transaction ID", "Payment ID"], ref, 0.15)
        when = _dated(rng, rows, ["Date", "Date and time"], ["%b {d}, %Y", "%B {d}, %Y"], 0.1, True)
        style = dict(SCREEN, width=520, band=(0, 140, 255), band_ink=(255, 255, 255))
    else:
        bank = rng.choice(["Chase", "Bank of America", "Wells Fargo", "Capital One"])
        rows = [("title", bank), ("center", "Zelle"), ("gap",), ("center", words)]
        rows.append(("big", "$" + money(amount, "western")))
        rows.append(("pair", rng.choice(["To", "Recipient", "Sent to"]), payee))
        rows.append(
            ("pair", "Email/Mobile", payee.split()[0].lower() + "@" + rng.choice(["gmail.com", "yahoo.com"]))
        )
        account = rng.choice(["Checking", "TOTAL CHECKING", "Everyday Checking"]) + " ...." + digits(rng, 4)
        method_printed = optional_pair(rng, rows, ["From", "From account", "Pay from"], account, 0.2)
        method = "netbanking"
        ref = code(rng, 2, UPPER) + digits(rng, 1) + code(rng, 7, ALNUM)
        ref_printed = status != "failed" and optional_pair(
            rng, rows, ["Confirmation number", "Confirmation #", "Transaction number"], ref, 0.15
        )
        when = _dated(rng, rows, ["Date", "Sent on", "Send on"], US_DATES, 0.1, None)
        if shown(rng, 0.5):
            rows.append(("pair", "Memo", rng.choice(["rent", "babysitting", "invoice 52"])))
        style = dict(SCREEN, width=540, band=(110, 30, 200), band_ink=(255, 255, 255))
    truth = _truth(
        payee, amount, "USD", ref if ref_printed else None, when, method if method_printed else None, status
    )
    return rows, truth, style


# ---------------------------------------------------------------- 10 UK bank-app payment confirmation


def uk_bank_app(rng: random.Random, font: str):
    """A Monzo, Barclays, Starling, NatWest or Nationwide app confirmation of a payment to a UK account."""
    bank = rng.choice(["Monzo", "Barclays", "Starling Bank", "NatWest", "Nationwide"])
    payee = rng.choice(
        ["Oliver Bennett", "Greenway Lettings Ltd", "Amelia Hughes", "J Patel Plumbing", "Sophie Clarke"]
    )
    amount = round(rng.uniform(5, 2500), 2) if shown(rng, 0.5) else float(rng.randint(5, 2500))
    status, words = _outcome(
        rng,
        {
            "success": ["Payment sent", "Payment successful", "Money sent", "You've paid " + payee],
            "failed": ["Payment failed", "Payment unsuccessful"],
            "pending": ["Payment pending", "Payment being processed"],
        },
    )
    rows = [
        ("title", bank),
        ("small", rng.choice(["Payments", "Transfer details"])),
        ("gap",),
        ("center", words),
        ("big", _amt(rng, amount, "GBP", font, 0.1)),
    ]
    rows.append(("rule",))
    if not words.endswith(payee) or shown(rng, 0.5):
        rows.append(("pair", rng.choice(["To", "Payee", "Paid to"]), payee))
    rows.append(("pair", "Sort code", digits(rng, 2) + "-" + digits(rng, 2) + "-" + digits(rng, 2)))
    rows.append(("pair", "Account number", "****" + digits(rng, 4)))
    if shown(rng, 0.3):
        rows.append(
            (
                "pair",
                rng.choice(["Reference", "Payee reference"]),
                rng.choice(["RENT MARCH", "INV 2231", "FLAT 4B", "BOILER"]),
            )
        )
    ptype = rng.choice(["Faster Payment", "Faster Payments", "Bank transfer"])
    method_printed = optional_pair(rng, rows, ["Payment type", "Sent by", "Type"], ptype, 0.35)
    ref = rng.choice([code(rng, 4, ALNUM) + digits(rng, 8), "MB" + digits(rng, 12), code(rng, 18, ALNUM)])
    ref_printed = status != "failed" and optional_pair(
        rng, rows, ["Transaction ID", "Payment ID", "Confirmation number"], ref, 0.3
    )
    when = _dated(rng, rows, ["Date", "Payment date", "When"], UK_DATES, 0.1, None)
    if shown(rng, 0.5):
        rows.append(("small", "Money usually arrives within 2 hours."))
    truth = _truth(
        payee,
        amount,
        "GBP",
        ref if ref_printed else None,
        when,
        "netbanking" if method_printed else None,
        status,
    )
    band = {
        "Monzo": (20, 35, 60),
        "Barclays": (0, 120, 200),
        "Starling Bank": (100, 60, 180),
        "NatWest": (60, 16, 83),
        "Nationwide": (0, 40, 100),
    }[bank]
    return rows, truth, dict(SCREEN, width=540, band=band, band_ink=(255, 255, 255))


# ---------------------------------------------------------------- 11 UK online order confirmation e-mail


def uk_order_email(rng: random.Random, font: str):
    """A UK retailer's order confirmation e-mail: order number, items, delivery, total inc. VAT, payment."""
    shop = rng.choice(["Argos", "John Lewis", "Currys", "Screwfix", "Boots", "ASOS"])
    status, words = _outcome(
        rng,
        {
            "success": ["Thanks for your order", "Your order is confirmed", "We've got your order"],
            "failed": ["Your payment was unsuccessful", "Payment declined"],
            "pending": ["Your payment is being processed", "Payment pending"],
        },
        failed=0.12,
        pending=0.12,
    )
    items = rng.sample(
        [
            ("USB-C cable 2m", 9.99),
            ("Kettle 1.7L", 34.99),
            ("Drill bits set", 18.49),
            ("No7 serum", 27.5),
            ("Denim jacket", 45.0),
            ("Desk lamp", 22.0),
        ],
        rng.randint(1, 3),
    )
    subtotal = round(sum(p for _, p in items), 2)
    delivery = rng.choice([0.0, 3.95, 4.99])
    total = round(subtotal + delivery, 2)
    sign = _sign("GBP", font)
    rows = [("title", shop), ("center", words), ("gap",)]
    order = {
        "Argos": digits(rng, 9),
        "John Lewis": digits(rng, 8),
        "Currys": "R" + digits(rng, 9),
        "Screwfix": "SF" + digits(rng, 8),
        "Boots": digits(rng, 10),
        "ASOS": digits(rng, 9),
    }[shop]
    order_printed = optional_pair(rng, rows, ["Order number", "Order no.", "Your order number"], order, 0.05)
    when = _dated(rng, rows, ["Order date", "Date ordered", "Placed on"], UK_DATES, 0.1, None)
    rows.append(("rule",))
    for name, p in items:
        rows.append(("pair", name, sign + money(p, "western")))
    rows.append(("pair", rng.choice(["Subtotal", "Items"]), sign + money(subtotal, "western")))
    rows.append(
        (
            "pair",
            rng.choice(["Delivery", "Standard delivery", "Click & Collect"]),
            "FREE" if not delivery else sign + money(delivery, "western"),
        )
    )
    rows.append(
        ("pair", rng.choice(["Total", "Order total", "Total (inc. VAT)"]), sign + money(total, "western"))
    )
    if shown(rng, 0.5):
        rows.append(("small", "VAT included: " + sign + money(round(total / 6, 2), "western")))
    tender, method = rng.choice(
        [
            ("Visa Debit ending " + digits(rng, 4), "card"),
            ("Mastercard ending " + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("Apple Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid with", "Payment"], tender, 0.15)
    rows.append(("small", "We'll email you when your order is on its way."))
    truth = _truth(
        shop, total, "GBP", order if order_printed else None, when, method if method_printed else None, status
    )
    return rows, truth, {"width": 600, "size": 19, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 12 Stripe-hosted receipt e-mail


def stripe_receipt(rng: random.Random, font: str):
    """A Stripe-hosted receipt: "Receipt from" the business, amount paid, date paid, method, receipt number."""
    currency = rng.choice(["USD", "USD", "GBP", "EUR", "INR"])
    business = rng.choice(
        ["Linear Labs, Inc.", "Notion Studio", "Fathom Analytics", "Padhai Online Pvt Ltd", "Kettle & Co Ltd"]
    )
    amount = round(
        rng.choice([9, 12, 19, 29, 49, 99, 499, 1299])
        * (1.0 if currency != "INR" else 10.0)
        * rng.choice([1.0, 1.2, 1.18]),
        2,
    )
    status, words = _outcome(
        rng,
        {
            "success": ["Paid", "Payment successful"],
            "failed": ["Payment failed"],
            "pending": ["Payment processing"],
        },
        failed=0.1,
        pending=0.1,
    )
    headed = rng.random() < 0.3
    if headed:
        status, words = None, ""
    paid = status in (None, "success")
    rows = [("title", business), ("center", ("Receipt from " if paid else "Payment to ") + business)]
    rows.append(("big", _amt(rng, amount, currency, font, 0.1)))
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    receipt = digits(rng, 4) + "-" + digits(rng, 4)
    receipt_printed = optional_pair(rng, rows, ["Receipt number", "Receipt #"], receipt, 0.1)
    if shown(rng, 0.5):
        rows.append(("pair", "Invoice number", code(rng, 8, ALNUM) + "-000" + digits(rng, 1)))
    formats = US_DATES[:3] if currency == "USD" else ["{d} %B %Y", "%d %b %Y"]
    when = _dated(
        rng, rows, ["Date paid", "Paid on"] if paid else ["Date", "Attempted on"], formats, 0.1, None
    )
    tender, method = rng.choice(
        [
            ("Visa - " + digits(rng, 4), "card"),
            ("Mastercard - " + digits(rng, 4), "card"),
            ("Link", "wallet"),
            ("Amex - " + digits(rng, 4), "card"),
        ]
    )
    if currency == "INR":
        tender, method = rng.choice([(tender, method), ("UPI", "UPI")])
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid with"], tender, 0.15)
    rows.append(("rule",))
    rows.append(("left", rng.choice(["Pro plan", "Team plan (x3)", "Annual subscription"])))
    rows.append(("pair", rng.choice(["Amount paid", "Total"]), _amt(rng, amount, currency, font, 0.0)))
    rows.append(
        ("small", "Questions? Contact us at billing@" + business.split()[0].lower().strip(",") + ".com")
    )
    rows.append(("small", "Powered by stripe"))
    truth = _truth(
        business,
        amount,
        currency,
        receipt if receipt_printed else None,
        when,
        method if method_printed else None,
        status,
    )
    return rows, truth, {"width": 560, "size": 19, "paper": (255, 255, 255)}
