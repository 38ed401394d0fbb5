"""heldout12 families from counters and desks: car-rental final invoices, E-ZPass payment receipts, hardware cash
memos, vending-kiosk slips, university library fine receipts and marriage-hall advance receipts."""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from bench.receipt_sets.heldout12_render import PAPER
from bench.receipt_sets.heldout12_values import (UPPER, absent, code, digits, fmt_date, group, hhmm, money,
                                           outcome, pay_date, phone, truth, us_date)

CREAM = {**PAPER, "bg": (251, 247, 236)}


def car_rental(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A car-rental final invoice: pickup and return dates are not the payment date; the auth code is the id."""
    company = rng.choice(["Europcar", "Sixt", "Hertz", "Avis Budget", "Enterprise Rent-A-Car"])
    currency, symbol, grouping = rng.choice([("EUR", "€", "dot"), ("GBP", "£", "comma"), ("USD", "$", "comma"),
                                             ("EUR", "EUR ", "space")])
    status = outcome(rng)
    day = pay_date(rng)
    pickup = day - timedelta(days=rng.randint(2, 12))
    days = (day - pickup).days
    rate = money(rng, 28, 140)
    base = rate * days
    extras = money(rng, 0, 120)
    tax = ((base + extras) * Decimal("0.2")).quantize(Decimal("0.01"))
    total = base + extras + tax
    agreement, invoice, auth = digits(rng, 9), rng.choice(["INV", "FR", "RA"]) + digits(rng, 8), code(rng, 6)
    rows: list[tuple] = []
    show_merchant = not absent(rng)
    rows.append(("title", company if show_merchant else "FINAL INVOICE"))
    rows.append(("center", "Final rental invoice" if show_merchant else "Rental services"))
    rows.append(("kv", rng.choice(["Invoice no.", "Invoice"]), invoice))
    show_agreement = rng.random() < 0.6
    if show_agreement:
        rows.append(("kv", rng.choice(["Rental agreement", "Reservation no.", "Booking ref"]), agreement))
    rows.append(("kv", "Vehicle", rng.choice(["VW Golf", "Toyota Corolla", "Peugeot 308"]) + "  " +
                 code(rng, 2, UPPER) + digits(rng, 2) + " " + code(rng, 3, UPPER)))
    rows.append(("kv", "Pick-up", fmt_date(pickup, "%d/%m/%Y") + " " + hhmm(rng)))
    rows.append(("kv", "Return", fmt_date(day, "%d/%m/%Y") + " " + hhmm(rng)))
    mileage_out = rng.randint(10000, 90000)
    rows.append(("kv", "Mileage out / in", f"{mileage_out} / {mileage_out + rng.randint(80, 1500)} km"))
    rows.append(("rule",))
    rows.append(("kv", f"Time & mileage {days} days x {group(rate, grouping)}", symbol + group(base, grouping)))
    rows.append(("kv", "Extras (CDW, fuel)", symbol + group(extras, grouping)))
    rows.append(("kv", "VAT 20%", symbol + group(tax, grouping)))
    rows.append(("kv", rng.choice(["Total charged", "TOTAL", "Amount due"]), symbol + group(total, grouping), "bold"))
    rows.append(("kv", "Deposit released", symbol + group(money(rng, 200, 900), grouping)))
    show_method = not absent(rng)
    if show_method:
        rows.append(("kv", "Charged to", f"{rng.choice(['VISA', 'MASTERCARD', 'AMEX'])} ****{digits(rng, 4)}"))
    show_auth = not absent(rng, 0.35)
    if show_auth:
        rows.append(("kv", rng.choice(["Auth", "Auth code", "Authorisation"]), auth))
    show_date = not absent(rng, 0.3)
    if show_date:
        rows.append(("kv", rng.choice(["Payment date", "Charged on"]), fmt_date(day, rng.choice(["%d %b %Y",
                                                                                                "%Y-%m-%d"]))))
    status_text = {"success": "PAID - thank you", "failed": "CARD DECLINED - PAYMENT OUTSTANDING",
                   "pending": "Payment pending authorisation"}[status]
    show_status = not absent(rng, 0.12)
    if show_status:
        rows.append(("center", status_text))
    txn = auth if show_auth else agreement if show_agreement else invoice
    return rows, truth(company if show_merchant else None, total, currency, txn, day if show_date else None,
                       "card" if show_method else None, status if show_status else None), PAPER


def ezpass_us(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An E-ZPass account payment receipt listing earlier toll lines (their dates and amounts are distractors)."""
    agency = rng.choice(["E-ZPass New York", "E-ZPass New Jersey", "E-ZPass Pennsylvania Turnpike",
                         "E-ZPass Maryland"])
    status = outcome(rng)
    day = us_date(rng)
    amount = money(rng, 10, 250, "5")
    confirmation = rng.choice([digits(rng, 10), code(rng, 12, UPPER + "0123456789")])
    rows: list[tuple] = [("title", "Payment Receipt")]
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("center", agency))
    rows.append(("kv", "Account #", digits(rng, 9)))
    rows.append(("kv", "Tag", f"0{digits(rng, 2)} {digits(rng, 8)}"))
    rows.append(("kv", "Plate", f"NY {code(rng, 7, UPPER + '0123456789')}"))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", rng.choice(["Payment Date", "Date Paid", "Posted"]),
                     fmt_date(day, rng.choice(["%m/%d/%Y", "%b {d}, %Y", "%m-%d-%Y"]))))
    rows.append(("kv", rng.choice(["Payment Amount", "Amount Paid", "Replenishment"]), "$" + group(amount, "comma"),
                 "bold"))
    show_method = not absent(rng)
    kind = rng.choice(["card", "cash"])
    if show_method:
        rows.append(("kv", "Payment Type", f"Visa ending {digits(rng, 4)}" if kind == "card" else "Cash - walk-in"))
    show_id = not absent(rng)
    if show_id:
        rows.append(("kv", rng.choice(["Confirmation #", "Confirmation Number", "Trace No"]), confirmation))
    show_status = not absent(rng, 0.15)
    if show_status:
        rows.append(("kv", "Status", {"success": "Posted", "failed": "Declined", "pending": "Processing"}[status]))
    rows.append(("rule",))
    rows.append(("text", "Recent tolls"))
    for back in sorted(rng.sample(range(1, 25), 3)):
        toll_day = day - timedelta(days=back)
        rows.append(("kv", f"{toll_day:%m/%d} {rng.choice(['GWB', 'Verrazzano', 'Exit 14', 'Holland Tun'])}",
                     "$" + group(money(rng, 1, 17), "plain")))
    rows.append(("kv", "Prepaid balance", "$" + group(money(rng, 0, 80), "plain")))
    rows.append(("small", "Customer Service " + f"1-800-{digits(rng, 3)}-{digits(rng, 4)}"))
    return rows, truth(agency if show_merchant else None, amount, "USD", confirmation if show_id else None,
                       day if show_date else None, kind if show_method else None,
                       status if show_status else None), PAPER


def hardware_memo_in(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """An Indian hardware store's cash memo with GSTIN, phone and item lines; the memo number is the id."""
    shop = rng.choice(["Shree Ganesh Hardware", "Bharat Sanitary & Hardware", "New Laxmi Paints & Hardware",
                       "Jain Tools Emporium", "Royal Plywood & Hardware"])
    day = pay_date(rng)
    items = [(rng.choice(["PVC pipe 1\"", "Asian Paints 1L", "Fevicol 500g", "Hinges SS 4\"", "Screws box",
                          "Wall putty 20kg", "Tap CP", "Wire 1.5mm"]), rng.randint(1, 12), money(rng, 15, 2200))
             for _ in range(rng.randint(2, 5))]
    total = sum((qty * price for _, qty, price in items), Decimal("0"))
    grouping = rng.choice(["indian", "plain", "comma"])
    symbol = rng.choice(["₹", "Rs. ", "Rs ", "INR "])
    memo = str(rng.randint(100, 9999))
    rows: list[tuple] = [("center", "CASH MEMO")]
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("title", shop))
    rows.append(("center", f"Main Road, {rng.choice(['Indore', 'Nagpur', 'Rajkot', 'Vijayawada'])}  "
                 f"Mob {digits(rng, 10)}"))
    rows.append(("small", "GSTIN " + digits(rng, 2) + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) +
                 "1Z" + code(rng, 1, UPPER + "0123456789")))
    show_id = not absent(rng)
    if show_id:
        rows.append(("kv", rng.choice(["Memo No.", "No.", "Cash Memo No", "Bill No"]), memo))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", "Date", fmt_date(day, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d.%m.%Y"]))))
    rows.append(("kv", "M/s", rng.choice(["Suresh Contractor", "Walk-in", "Mr. Patil"])))
    rows.append(("rule",))
    for name, qty, price in items:
        rows.append(("kv", f"{name} x{qty} @{group(price, 'plain')}", group(qty * price, grouping)))
    rows.append(("rule",))
    rows.append(("kv", rng.choice(["Total", "TOTAL Rs.", "Net Amount"]), symbol + group(total, grouping), "bold"))
    rows.append(("kv", "Rupees", "in words as above"))
    method = None
    if not absent(rng, 0.3):
        method = rng.choice(["cash", "UPI"])
        rows.append(("kv", "Mode", "Cash" if method == "cash" else "UPI / PhonePe"))
    status = None
    if rng.random() < 0.35:
        rows.append(("stamp", "PAID", (30, 60, 170)))
        status = "success"
    rows.append(("small", "Goods once sold will not be taken back.  E.&O.E."))
    return rows, truth(shop if show_merchant else None, total, "INR", memo if show_id else None,
                       day if show_date else None, method, status), CREAM


def vending_kiosk(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A self-service kiosk slip: kiosk and machine ids are not ids; a failed vend keeps the attempted amount."""
    operator = rng.choice(["Selecta", "Photo-Me Booth", "Coinstar", "Bobby's Snack Kiosk", "Automat Express"])
    currency, symbol, grouping = rng.choice([("EUR", "EUR ", "dot"), ("GBP", "£", "comma"), ("USD", "$", "comma"),
                                             ("SEK", "SEK ", "space"), ("CHF", "CHF ", "apostrophe")])
    status = outcome(rng)
    amount = money(rng, 1, 18, "0.1")
    day = pay_date(rng)
    trans = str(rng.randint(1000, 999999))
    rows: list[tuple] = [("center", "*** CUSTOMER COPY ***")]
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("title", operator))
    rows += [("kv", "KIOSK", code(rng, 2, UPPER) + "-" + digits(rng, 5)), ("kv", "SITE", digits(rng, 4))]
    show_date = not absent(rng)
    day_text = fmt_date(day, rng.choice(["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"]))
    rows.append(("kv", "DATE/TIME", (day_text + " " if show_date else "") + hhmm(rng)))
    show_id = not absent(rng)
    if show_id:
        rows.append(("kv", rng.choice(["TRANS NO", "TXN #", "Receipt Ref", "Seq"]), trans))
    rows.append(("kv", "ITEM", f"{rng.choice(['Coffee L', 'Photo 4x', 'Water 0.5', 'Sandwich'])} SLOT {digits(rng, 2)}"))
    rows.append(("kv", "PRICE", symbol + group(amount, grouping), "bold"))
    method = rng.choice(["card", "cash", None])
    if method == "card":
        rows.append(("kv", "PAID BY", f"CONTACTLESS VISA ..{digits(rng, 4)}"))
    elif method == "cash":
        inserted = amount + money(rng, 0, 10, "0.50")
        rows.append(("kv", "CASH INSERTED", symbol + group(inserted, grouping)))
        rows.append(("kv", "CHANGE", symbol + group(inserted - amount, grouping)))
    rows.append(("title", {"success": "VEND OK", "failed": "VEND FAILED - NOT CHARGED",
                           "pending": "AWAITING BANK RESPONSE"}[status]))
    rows.append(("small", "Help: " + phone(rng, "+44", 10)))
    return rows, truth(operator if show_merchant else None, amount, currency, trans if show_id else None,
                       day if show_date else None, method, status), PAPER


def library_fine(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A university library fine receipt: patron id, item barcode and due/return dates are distractors."""
    library = rng.choice(["University of Leeds Library", "UCT Libraries", "Monash University Library",
                          "University of Toronto Libraries", "Trinity College Library Dublin"])
    currency, symbol = {"University of Leeds Library": ("GBP", "£"), "UCT Libraries": ("ZAR", "R"),
                        "Monash University Library": ("AUD", "A$"), "University of Toronto Libraries": ("CAD", "CA$"),
                        "Trinity College Library Dublin": ("EUR", "€")}[library]
    day = pay_date(rng)
    due = day - timedelta(days=rng.randint(10, 60))
    returned = day - timedelta(days=rng.randint(0, 9))
    fines = [money(rng, 0.5, 30, "0.1") for _ in range(rng.randint(1, 3))]
    total = sum(fines, Decimal("0"))
    receipt = rng.choice([digits(rng, 7), "LIB-" + digits(rng, 6), code(rng, 8, UPPER + "0123456789")])
    rows: list[tuple] = [("title", "Payment Receipt")]
    show_merchant = not absent(rng)
    if show_merchant:
        rows.append(("center", library))
    rows.append(("kv", "Patron ID", digits(rng, 9)))
    show_id = not absent(rng)
    if show_id:
        rows.append(("kv", rng.choice(["Receipt No", "Receipt #", "Payment Ref", "Transaction Code"]), receipt))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", rng.choice(["Date paid", "Payment date", "Paid"]), fmt_date(day, "%d %B %Y")))
    rows.append(("rule",))
    for fine in fines:
        rows.append(("kv", f"Overdue {digits(rng, 10)} due {fmt_date(due, '%d/%m/%Y')}", symbol + group(fine, "plain")))
    rows.append(("kv", "Returned", fmt_date(returned, "%d/%m/%Y")))
    rows.append(("kv", rng.choice(["Total paid", "Amount", "Total"]), symbol + group(total, "plain"), "bold"))
    rows.append(("kv", "Outstanding balance", symbol + "0.00"))
    method = None
    if not absent(rng, 0.25):
        method = rng.choice(["card", "cash"])
        rows.append(("kv", "Tender", "Credit/debit card" if method == "card" else "Cash at desk"))
    show_status = not absent(rng, 0.3)
    if show_status:
        rows.append(("center", "Fine cleared - thank you"))
    rows.append(("small", "Staff: " + code(rng, 3, UPPER) + "   Desk 2"))
    return rows, truth(library if show_merchant else None, total, currency, receipt if show_id else None,
                       day if show_date else None, method, "success" if show_status else None), PAPER


def marriage_hall(rng: random.Random, font: str) -> tuple[list, dict, dict]:
    """A marriage-hall booking advance receipt: the advance is the amount; the event date is not the payment date;
    the booking number outranks the receipt number."""
    hall = rng.choice(["Sri Lakshmi Kalyana Mandapam", "Shubh Mangal Banquet Hall", "Royal Palace Marriage Garden",
                       "Anand Vivah Bhavan", "Sree Krishna Convention Hall"])
    day = pay_date(rng)
    event = day + timedelta(days=rng.randint(30, 240))
    rent = money(rng, 50000, 900000, "1000")
    advance = (rent * Decimal(rng.choice(["0.1", "0.25", "0.5"]))).quantize(Decimal("1"))
    advance = Decimal(f"{advance}.00")
    grouping = rng.choice(["indian", "plain"])
    symbol = rng.choice(["₹", "Rs.", "Rs "])
    receipt, booking = str(rng.randint(10, 4999)), "BK" + digits(rng, 5)
    rows: list[tuple] = []
    show_merchant = not absent(rng)
    rows.append(("title", hall if show_merchant else "ADVANCE RECEIPT"))
    if show_merchant:
        rows.append(("center", "ADVANCE RECEIPT"))
    rows.append(("center", f"Ph {digits(rng, 10)} / {digits(rng, 10)}"))
    show_receipt = not absent(rng, 0.25)
    if show_receipt:
        rows.append(("kv", rng.choice(["Receipt No.", "R. No.", "Sl. No."]), receipt))
    show_booking = rng.random() < 0.5
    if show_booking:
        rows.append(("kv", rng.choice(["Booking No.", "Booking ID"]), booking))
    show_date = not absent(rng)
    if show_date:
        rows.append(("kv", "Date", fmt_date(day, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y"]))))
    rows.append(("text", f"Received from Shri {rng.choice(['Ramesh Rao', 'Vikas Sharma', 'K. Subramanian'])}"))
    rows.append(("kv", "Function date", fmt_date(event, "%d/%m/%Y")))
    rows.append(("kv", "Total hall rent", symbol + group(rent, grouping)))
    rows.append(("kv", rng.choice(["Advance received", "Advance paid", "Amount received"]),
                 symbol + group(advance, grouping), "bold"))
    rows.append(("kv", "Balance payable", symbol + group(rent - advance, grouping)))
    mode = rng.choice(["Cash", "UPI", "NEFT", "Cheque", None])
    if mode:
        detail = f" No. {digits(rng, 6)}" if mode == "Cheque" else ""
        rows.append(("kv", "By", mode + detail))
    if rng.random() < 0.5:
        rows.append(("stamp", "RECEIVED", (30, 60, 170)))
        status = "success"
    else:
        status = None
    rows.append(("small", "Advance not refundable on cancellation.  Subject to local jurisdiction."))
    method = {"Cash": "cash", "UPI": "UPI", "NEFT": "netbanking", "Cheque": None, None: None}[mode]
    txn = booking if show_booking else receipt if show_receipt else None
    return rows, truth(hall if show_merchant else None, advance, "INR", txn, day if show_date else None,
                       method, status), CREAM
