"""Indian heldout14 layouts: a school fee e-receipt, a demand-draft advice, an LPG cash memo, a stationery
bill, a tailoring order receipt with an advance and a bicycle repair job slip."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import (
    PEOPLE, clock, code, date_text, day, digits, money, optional_pair, phone, price, rupee, shown,
)

INDIAN_DATES = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d %B %Y", "%d.%m.%Y", "%Y-%m-%d", "%d %b %Y"]


def _rupees(
    rng: random.Random, font: str, value: float, grouping: str | None = None
) -> tuple[str, str | None]:
    """``value`` as printed (mark, code or neither) and the currency that can be told from it."""
    amount = money(value, grouping or rng.choice(["indian", "indian", "plain", "western"]))
    form = rng.choice(["mark", "mark", "code", "suffix", "none"])
    if form == "mark":
        return f"{rupee(font)} {amount}", "INR"
    if form == "code":
        return f"INR {amount}", "INR"
    if form == "suffix":
        return f"{amount} INR", "INR"
    return amount, None


def _dates(
    rng: random.Random, rows: list[tuple], when: dt.date, earlier: tuple[str, int], labels: list[str]
) -> bool:
    """Add an earlier date (booked, received) and, most times, the payment date; whether that is printed."""
    label, most_days_before = earlier
    rows.append(
        ("pair", label, date_text(when - dt.timedelta(days=rng.randint(1, most_days_before)), "%d/%m/%Y"))
    )
    if not shown(rng):
        return False
    rows.append(("pair", rng.choice(labels), date_text(when, rng.choice(INDIAN_DATES))))
    return True


def _heading(rng: random.Random, shop: str, titles: list[str], closing: tuple) -> tuple[list[tuple], bool]:
    """The shop's name (most times) over the document's title; whether the name is printed."""
    named = shown(rng)
    return [("title", shop)] * named + [("center", rng.choice(titles)), closing], named


def school_fee_gateway(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A school's fee receipt on a payment gateway's hosted page."""
    school = rng.choice(
        [
            "Sunbeam Public School", "St. Xavier's High School, Ranchi", "Delhi World Academy",
            "Little Flower Convent", "Greenwood International School",
        ]
    )
    gateway = rng.choice(["Razorpay", "PayU", "Cashfree", "CCAvenue", "Easebuzz"])
    value = price(rng, 2500, 68000, 50)
    amount_text, currency = _rupees(rng, font, value)
    when = day(rng)
    outcome = rng.choices(["success", "failed", "pending"], [6, 2, 2])[0]
    method = rng.choice(["UPI", "card", "netbanking", None])
    payment_id = "pay_" + code(rng, 14, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
    utr = digits(rng, 12) if method == "UPI" and outcome == "success" and shown(rng, 0.3) else None
    rows: list[tuple] = [
        ("title", school), ("small", f"Fee payment receipt · powered by {gateway}"), ("gap",),
    ]
    headline = {
        "success": rng.choice(["Payment Successful", "Paid", "Payment Received"]),
        "failed": rng.choice(["Payment Failed", "Transaction Failed", "Payment Unsuccessful"]),
        "pending": rng.choice(["Payment Pending", "Payment Processing", "Awaiting Bank Confirmation"]),
    }[outcome]
    status_shown = shown(rng)
    if status_shown:
        rows.append(("center", headline))
    amount_shown = shown(rng, 0.25)
    if amount_shown:
        rows.append(("big", amount_text))
    rows += [
        ("rule",), ("pair", "Student name", rng.choice(PEOPLE)),
        ("pair", rng.choice(["Admission No.", "Enrolment No."]), digits(rng, 6)),
        ("pair", "Class / Section", f"{rng.choice(['IV', 'VII', 'IX', 'XI'])}-{rng.choice('ABCD')}"),
        ("pair", "Fee term", rng.choice(["Term 2 (Oct–Dec)", "Quarter 3", "Annual 2025-26"])),
        ("pair", "Due date", date_text(when + dt.timedelta(days=rng.randint(3, 20)), "%d/%m/%Y")),
    ]
    paid_at = f"{date_text(when, rng.choice(INDIAN_DATES))} {clock(rng, True)}"
    date_shown = optional_pair(rng, rows, ["Paid on", "Payment date", "Date & time"], paid_at)
    id_label = rng.choice(["Payment ID", "Transaction ID", "Txn ID"])
    id_shown = shown(rng)
    if id_shown:
        rows.append(("pair", id_label, payment_id))
    if utr:
        rows.append(("pair", rng.choice(["UTR", "UPI Ref No.", "Bank Reference (UTR)"]), utr))
    if method:
        printed_method = {
            "UPI": rng.choice(["UPI", "UPI (Collect)", "UPI - QR"]),
            "card": rng.choice(["Debit Card", "Credit Card", "Card (Visa ****" + digits(rng, 4) + ")"]),
            "netbanking": rng.choice(["Net Banking", "Netbanking - HDFC Bank", "Internet Banking"]),
        }[method]
        rows.append(("pair", rng.choice(["Payment method", "Paid via", "Mode"]), printed_method))
    order_id = "order_" + code(rng, 12)
    order_shown = shown(rng, 0.4)
    rows += [
        ("pair", "Mobile", phone(rng)), ("rule",), ("small", f"Order ID: {order_id}" if order_shown else ""),
    ]
    merchant_shown = shown(rng, 0.1)
    if not merchant_shown:
        rows[0] = ("title", "Fee Payment")
    truth = {
        "merchant_name": school if merchant_shown else None,
        "amount": f"{value:.2f}" if amount_shown else None, "currency": currency if amount_shown else None,
        "transaction_id": utr or (payment_id if id_shown else order_id if order_shown else None),
        "date": when.isoformat() if date_shown else None, "payment_method": method,
        "status": outcome if status_shown else None,
    }
    return rows, truth, {"width": 600, "band": (30, 64, 175), "accent": (30, 64, 175), "screen": False}


def demand_draft_advice(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A bank's advice of a demand draft issued (the draft itself is no method in the product's list)."""
    bank = rng.choice(
        ["Bank of Baroda", "Canara Bank", "Union Bank of India", "Indian Overseas Bank", "UCO Bank"]
    )
    payee = rng.choice(
        [
            "Registrar, Anna University", "Kendriya Vidyalaya Sangathan", "National Testing Agency",
            "Municipal Corporation of Pune", "Principal, Govt. Polytechnic Nashik",
        ]
    )
    value = price(rng, 300, 250000, 1)
    grouping = rng.choice(["indian", "plain"])
    when = day(rng)
    rows: list[tuple] = [
        ("title", bank),
        (
            "center",
            f"Branch: {rng.choice(['Camp', 'Civil Lines', 'MG Road'])}"
            f" (IFSC {code(rng, 4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}0{digits(rng, 6)})",
        ),
        ("center", rng.choice(["DEMAND DRAFT ISSUE ADVICE", "Advice of DD Issued", "DD Purchase Advice"])),
        ("rule",),
    ]
    dd_number = digits(rng, 6)
    rows.append(("pair", rng.choice(["DD No.", "Instrument No.", "Draft Number"]), dd_number))
    issued = date_text(when, rng.choice(INDIAN_DATES))
    date_shown = optional_pair(rng, rows, ["Date of Issue", "Issue Date", "Txn Date"], issued)
    rows.append(("pair", "Valid up to", date_text(when + dt.timedelta(days=90), "%d/%m/%Y")))
    merchant_shown = optional_pair(rng, rows, ["Favouring", "In favour of", "Payee"], payee)
    rows.append(("pair", "Payable at", rng.choice(["Chennai", "New Delhi", "Pune", "Nashik"])))
    amount_shown = shown(rng, 0.25)
    amount_text, currency = rng.choice(
        [
            (f"Rs. {money(value, grouping)}", "INR"), (f"INR {money(value, grouping)}", "INR"),
            (money(value, grouping), None),
        ]
    )
    if amount_shown:
        rows.append(("pair", rng.choice(["Amount", "DD Amount", "Amount of Draft"]), amount_text))
    commission = price(rng, 25, 150, 1)
    rows.append(("pair", "Commission + GST", money(commission, "plain")))
    rows.append(("pair", "Debited A/c No.", "XXXXXX" + digits(rng, 4)))
    reference_shown = shown(rng, 0.3)
    reference = digits(rng, 4) + code(rng, 8, "0123456789ABCDEF")
    if reference_shown:
        rows.append(("pair", rng.choice(["Txn Ref No.", "Transaction Reference", "Journal No."]), reference))
    status = rng.choices(["success", "pending", None], [3, 1, 3])[0]
    if status:
        rows.append(("pair", "Status", "ISSUED" if status == "success" else "PENDING AUTHORISATION"))
    rows += [("rule",), ("small", "This is a computer-generated advice and needs no signature.")]
    truth = {
        "merchant_name": payee if merchant_shown else None,
        "amount": f"{value:.2f}" if amount_shown else None, "currency": currency if amount_shown else None,
        "transaction_id": reference if reference_shown else dd_number,
        "date": when.isoformat() if date_shown else None, "payment_method": None, "status": status,
    }
    return rows, truth, {"width": 660, "screen": False, "paper": (246, 244, 236)}


def gas_cylinder_cash_memo(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An LPG distributor's cash memo for a home-delivered refill."""
    distributor = rng.choice(
        [
            "Shree Ganesh Gas Agency", "Laxmi Indane Service", "Annapurna HP Gas Distributors",
            "Sai Bharat Gas Agency", "Kaveri Gas Service",
        ]
    )
    base = price(rng, 780, 1100, 0.5)
    delivery = rng.choice([0, 20, 25, 30])
    value = round(base + delivery, 2)
    when = day(rng)
    rows: list[tuple] = []
    merchant_shown = shown(rng)
    rows.append(("title", distributor if merchant_shown else "LPG Distributor"))
    rows += [
        ("center", rng.choice(["CASH MEMO", "Cash Memo cum Delivery Challan", "TAX INVOICE / CASH MEMO"])),
        ("center", f"Distributor Code {digits(rng, 6)}  GSTIN 27{code(rng, 13)}"), ("rule",),
    ]
    memo = digits(rng, 7)
    memo_shown = optional_pair(rng, rows, ["Cash Memo No.", "Memo No", "C.M. No."], memo)
    booking = digits(rng, 10)
    booking_shown = shown(rng, 0.4)
    if booking_shown:
        rows.append(("pair", rng.choice(["Booking Ref", "Order No.", "Booking No."]), booking))
    date_shown = _dates(rng, rows, when, ("Booking date", 4), ["Delivery date", "Cash Memo Date", "Date"])
    rows += [
        ("pair", "Consumer No.", digits(rng, 8)), ("pair", "Name", rng.choice(PEOPLE)),
        ("pair", "Mobile", phone(rng)), ("pair", "Cylinder", "14.2 kg Domestic x 1"),
    ]
    amount_shown = shown(rng, 0.25)
    amount_text, currency = _rupees(rng, font, value)
    # a memo without its total prints no price at all, so no printed figure is the amount paid
    if amount_shown:
        rows.append(("pair", "Refill price", money(base, "plain")))
        if delivery:
            rows.append(("pair", "Home delivery charge", money(delivery, "plain")))
        rows.append(("pair", rng.choice(["Total", "Net Amount", "Amount Payable"]), amount_text))
    rows.append(("pair", "Subsidy (credited to bank)", money(price(rng, 30, 300, 0.5), "plain")))
    method = rng.choice(["cash", "cash", "UPI", None])
    upi_ref = None
    if method == "cash":
        rows.append(("pair", "Payment", rng.choice(["Cash", "By cash", "CASH RECEIVED"])))
    elif method == "UPI":
        rows.append(("pair", "Payment", "UPI"))
        if shown(rng, 0.3):
            upi_ref = digits(rng, 12)
            rows.append(("pair", "UPI Ref", upi_ref))
    status = "success" if method and rng.random() < 0.5 else None
    if status:
        rows.append(("center", rng.choice(["PAID", "Received with thanks", "Payment received"])))
    rows += [("rule",), ("small", "Check seal and weight before accepting the cylinder")]
    truth = {
        "merchant_name": distributor if merchant_shown else None,
        "amount": f"{value:.2f}" if amount_shown else None, "currency": currency if amount_shown else None,
        "transaction_id": upi_ref or (booking if booking_shown else memo if memo_shown else None),
        "date": when.isoformat() if date_shown else None, "payment_method": method, "status": status,
    }
    return rows, truth, {"width": 620, "screen": False, "paper": (250, 247, 232)}


def stationery_bill(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A stationery shop's bill written out by hand (drawn in an italic face)."""
    shop = rng.choice(
        ["Vidya Stationers", "New Student Book Depot", "Saraswati Paper Mart", "Jain Copy House"]
    )
    items = rng.sample(
        [
            ("Notebook 200pg", 45), ("Gel pen", 10), ("Geometry box", 120), ("Chart paper", 8),
            ("Drawing file", 65), ("Stapler", 90), ("Glue stick", 25), ("Register", 110),
            ("Colour pencils", 75), ("A4 ream", 290),
        ],
        rng.randint(2, 5),
    )
    when = day(rng)
    rows, merchant_shown = _heading(rng, shop, ["Bill", "Estimate / Bill", "Cash Bill"], ("gap",))
    bill_no = str(rng.randint(101, 9999))
    id_shown = shown(rng, 0.3)  # a hand-written bill often has no number
    if id_shown:
        rows.append(("left", f"{rng.choice(['No.', 'Bill No.', 'Sr. No.'])} {bill_no}"))
    date_shown = shown(rng)
    if date_shown:
        rows.append(("right", f"Date: {date_text(when, rng.choice(['%d/%m/%y', '{d}/%m/%Y', '%d-%m-%y']))}"))
    rows.append(("left", f"M/s {rng.choice(PEOPLE)}"))
    total = 0
    for name, unit in items:
        quantity = rng.randint(1, 6)
        total += quantity * unit
        rows.append(("pair", f"{name} x {quantity}", f"{quantity * unit}/-"))
    rows.append(("rule",))
    amount_shown = shown(rng, 0.25)
    currency = None
    if amount_shown:
        marked = rng.random() < 0.5
        currency = "INR" if marked else None
        rows.append(("pair", "Total", f"{rupee(font)} {total}/-" if marked else f"{total}/-"))
    method = rng.choice(["cash", "UPI", None, None])
    if method:
        rows.append(
            (
                "left",
                rng.choice(
                    {"cash": ["Recd. cash", "Paid cash"], "UPI": ["Paid by UPI", "UPI recd."]}[method]
                ),
            )
        )
    rows.append(("right", "Thank you - visit again"))
    truth = {
        "merchant_name": shop if merchant_shown else None, "amount": f"{total:.2f}" if amount_shown else None,
        "currency": currency, "transaction_id": bill_no if id_shown else None,
        "date": when.isoformat() if date_shown else None, "payment_method": method, "status": None,
    }
    return (
        rows, truth,
        {"width": 560, "size": 25, "screen": False, "paper": (247, 240, 220), "ink": (20, 40, 120)},
    )


def tailoring_advance(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A tailor's order receipt: the whole bill, the advance paid today and the balance at delivery."""
    tailor = rng.choice(
        [
            "Fashion Point Tailors", "Royal Gents Tailor", "Kavya Boutique & Stitching",
            "Perfect Fit Tailoring", "Noor Ladies Tailor",
        ]
    )
    total = price(rng, 600, 9000, 50)
    advance = round(total * rng.choice([0.3, 0.4, 0.5]) / 50) * 50.0
    when = day(rng)
    rows, merchant_shown = _heading(
        rng, tailor, ["ORDER RECEIPT", "Stitching Order Slip", "Order Card"], ("rule",)
    )
    order = digits(rng, rng.choice([3, 4, 5]))
    id_shown = optional_pair(rng, rows, ["Order No.", "Slip No", "Receipt No."], order)
    ordered = date_text(when, rng.choice(INDIAN_DATES))
    date_shown = optional_pair(rng, rows, ["Order date", "Date", "Booked on"], ordered)
    rows += [
        ("pair", "Trial date", date_text(when + dt.timedelta(days=rng.randint(4, 9)), "%d/%m/%Y")),
        ("pair", "Delivery date", date_text(when + dt.timedelta(days=rng.randint(10, 21)), "%d/%m/%Y")),
        ("pair", "Customer", rng.choice(PEOPLE)), ("pair", "Phone", phone(rng)),
        ("pair", "Items", rng.choice(["2 Shirt, 1 Trouser", "Blouse x 3", "Sherwani", "Salwar suit x 2"])),
        ("pair", "Total bill", money(total, "indian")),
    ]
    amount_shown = shown(rng, 0.25)
    amount_text, currency = _rupees(rng, font, advance)
    if amount_shown:
        rows.append(("pair", rng.choice(["Advance paid", "Advance", "Advance received"]), amount_text))
    rows.append(("pair", "Balance due", money(total - advance, "indian")))
    method = rng.choice(["cash", "UPI", "card", None])
    reference = None
    if method:
        rows.append(("pair", "Advance by", {"cash": "Cash", "UPI": "UPI", "card": "Card"}[method]))
        if method == "UPI" and shown(rng, 0.4):
            reference = digits(rng, 12)
            rows.append(("pair", "UPI Ref No.", reference))
    truth = {
        "merchant_name": tailor if merchant_shown else None,
        "amount": f"{advance:.2f}" if amount_shown else None, "currency": currency if amount_shown else None,
        "transaction_id": reference or (order if id_shown else None),
        "date": when.isoformat() if date_shown else None, "payment_method": method, "status": None,
    }
    rows += [("rule",), ("small", "Orders not collected within 30 days are not our responsibility")]
    return rows, truth, {"width": 600, "screen": False, "paper": (255, 250, 240)}


def bicycle_repair_slip(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A bicycle repair shop's job slip with parts, labour and how the bill was settled."""
    shop = rng.choice(
        [
            "Hero Cycle Works", "Pedal Point Bicycle Clinic", "Ravi Cycle Stores & Repair",
            "Spoke & Chain Service Centre",
        ]
    )
    parts = rng.sample(
        [
            ("Tube 26x1.5", 180), ("Brake shoe set", 120), ("Chain lube", 60), ("Tyre 700x35c", 650),
            ("Gear cable", 90), ("Bell", 40), ("Pedal pair", 320),
        ],
        rng.randint(1, 4),
    )
    labour = rng.choice([50, 80, 100, 150, 250])
    value = float(sum(cost for _, cost in parts) + labour)
    when = day(rng)
    rows, merchant_shown = _heading(rng, shop, ["JOB SLIP", "Service Job Card", "Repair Slip"], ("rule",))
    job = f"{rng.choice(['J', 'JC-', 'R'])}{digits(rng, 4)}"
    id_shown = optional_pair(rng, rows, ["Job No.", "Job Card", "Slip No."], job)
    date_shown = _dates(rng, rows, when, ("Received on", 3), ["Bill date", "Date", "Delivered on"])
    rows.append(
        (
            "pair", "Cycle",
            rng.choice(["Hercules MTB red", "Btwin Rockrider", "Atlas Goldline", "Firefox Bad Attitude"]),
        )
    )
    for name, cost in parts:
        rows.append(("pair", name, money(cost, "plain")))
    rows.append(("pair", "Labour", money(labour, "plain")))
    amount_shown = shown(rng, 0.25)
    amount_text, currency = _rupees(rng, font, value, "plain")
    if amount_shown:
        rows.append(("pair", rng.choice(["Total", "Grand Total", "Bill Amount"]), amount_text))
    method = rng.choice(["cash", "UPI", "wallet", None])
    status = rng.choices(["success", "pending", None], [3, 2, 2])[0]
    if method:
        rows.append(("pair", "Mode", {"cash": "Cash", "UPI": "UPI/QR", "wallet": "Mobile wallet"}[method]))
    if status:
        rows.append(("pair", "Payment", "Paid" if status == "success" else rng.choice(["Pending", "Due"])))
    rows += [("rule",), ("small", "Next free check-up in 30 days")]
    truth = {
        "merchant_name": shop if merchant_shown else None, "amount": f"{value:.2f}" if amount_shown else None,
        "currency": currency if amount_shown else None, "transaction_id": job if id_shown else None,
        "date": when.isoformat() if date_shown else None, "payment_method": method, "status": status,
    }
    return rows, truth, {"width": 580, "screen": False}
