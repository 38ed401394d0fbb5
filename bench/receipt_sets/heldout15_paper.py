"""heldout15's paper and e-mail families: an app-store purchase receipt, an Australian dental HICAPS/EFTPOS
slip, a theatre box-office sale, a post-office counter receipt and a government portal's fee e-receipt."""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import (
    PEOPLE, clock, code, day, digits, money, optional_pair, phone, price, rupee, shown,
)
from bench.receipt_sets.heldout15_values import later, outcome, spread, when

PAPER = (252, 251, 246)
THERMAL = (246, 246, 242)


def app_store_receipt(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An Apple or Google Play purchase receipt e-mail: order id, document number, tax line, billed card."""
    apple = rng.random() < 0.5
    store = rng.choice(["Apple", "App Store"]) if apple else "Google Play"
    symbol, iso, grouping, tax_label, rate = rng.choice([
        ("£", "GBP", "western", "VAT charged at 20%", 0.2), ("€", "EUR", "european", "inkl. MwSt. 19%", 0.19),
        ("$", "USD", "western", "Tax", 0.0725), (rupee(font), "INR", "indian", "GST 18% included", 0.18),
        ("A$", "AUD", "western", "Includes GST", 0.1),
    ])
    item = rng.choice([
        ("Spotify: Music and Podcasts", "Premium Individual (Monthly)"),
        ("Duolingo", "Super Duolingo (1 year)"), ("Clash of Clans", "Pile of Gems"),
        ("Headspace", "Annual subscription"), ("iCloud+", "200 GB (Monthly)"), ("Procreate", "App"),
        ("YouTube", "YouTube Premium (Monthly)"), ("Candy Crush Saga", "Gold Bars x100"),
    ])
    total = spread(rng, 0.99, 129.99) if iso != "INR" else spread(rng, 29, 3999, 1)
    tax = round(total * rate / (1 + rate), 2)
    cash = (lambda value: f"{money(value, grouping)} {symbol}") if iso == "EUR" else (
        lambda value: f"{symbol}{money(value, grouping)}")
    date = day(rng)
    google_order = f"GPA.{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 5)}"
    order = code(rng, 10) if apple else google_order
    heading = rng.choice(["Receipt", "Your receipt", "Order receipt"])
    rows: list[tuple] = [("title", store), ("center", heading), ("rule",)]
    rows.append(("pair", rng.choice(["Apple Account" if apple else "Google Account", "Account"]),
                 f"{rng.choice(PEOPLE).split()[0].lower()}{digits(rng, 2)}@gmail.com"))
    rows.append(("pair", rng.choice(["Date", "Order date", "Invoice date"]),
                 when(date, rng, ["dmon", "mon_d", "d_month", "dmy"] if iso != "USD" else ["mon_d", "mdy"])))
    order_printed = optional_pair(rng, rows, ["Order ID", "Order number", "Order No."], order, 0.1)
    document = digits(rng, 12)
    document_printed = optional_pair(rng, rows, ["Document No.", "Invoice No."], document, 0.4)
    transaction = order if order_printed else document if document_printed else None
    rows += [("rule",), ("left", item[0]), ("pair", item[1], cash(total))]
    if shown(rng, 0.6):
        rows.append(("small", f"Renews {when(later(date, rng, 28, 365), rng, ['dmon', 'mon_d'])}"))
    rows.append(("rule",))
    if iso == "USD":
        rows += [("pair", "Subtotal", cash(round(total - tax, 2))), ("pair", tax_label, cash(tax))]
    elif shown(rng, 0.4):
        rows += [("pair", "Subtotal", cash(round(total - tax, 2))), ("pair", tax_label, cash(tax))]
    rows.append(("pair", rng.choice(["TOTAL", "Total", "Order total"]), cash(total)))
    draw = rng.random()
    if draw < 0.65:
        method, billed = "card", f"{rng.choice(['Visa', 'Mastercard', 'Amex'])} .... {digits(rng, 4)}"
    elif draw < 0.8 and iso == "INR":
        method, billed = "UPI", f"UPI: {rng.choice(PEOPLE).split()[0].lower()}@okicici"
    elif draw < 0.9:
        method, billed = None, rng.choice(["Gift card", "Apple Gift Card", "Google Play gift code"])
    else:
        method, billed = None, ""
    if billed:
        rows.append(("pair", rng.choice(["Billed to", "Payment method", "Paid with"]), billed))
    status = None
    if shown(rng, 0.6):
        status = outcome(rng, failed=0.0, pending=0.15)
        rows.append(("pair", "Payment status", {"success": rng.choice(["Paid", "Completed"]),
                                                "pending": "Pending"}[status]))
    rows += [("gap",), ("small", "Manage subscriptions in your account settings.")]
    truth = dict(merchant_name=store, amount=f"{total:.2f}", currency=iso, transaction_id=transaction,
                 date=date.isoformat(), payment_method=method, status=status)
    return rows, truth, {"width": 640, "size": 21, "paper": (255, 255, 255), "label_ink": (95, 95, 100)}


def dental_hicaps_slip(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An Australian dental practice's HICAPS claim with the gap paid by EFTPOS card or in cash."""
    practice = rng.choice([
        "Bayside Dental Care", "Smile Studio Parramatta", "Northcote Family Dental", "Harbour Dental Group",
        "Gold Coast Dental Centre", "Fremantle Smiles", "Kingston Dental Surgery", "Toowong Dental",
    ])
    items = rng.sample([("011", 65.0, 95.0), ("114", 120.0, 180.0), ("121", 30.0, 50.0), ("022", 40.0, 70.0),
                        ("531", 150.0, 260.0), ("013", 45.0, 75.0)], rng.randint(1, 3))
    fees = [(number, price(rng, low, high, 0.05)) for number, low, high in items]
    claim = round(sum(fee for _, fee in fees), 2)
    benefit = round(claim * rng.uniform(0.3, 0.7), 2)
    gap = round(claim - benefit, 2)
    date = day(rng)
    stamp = f"{when(date, rng, ['dmy', 'dmy_short'])} {clock(rng, False)}"
    by_card = rng.random() < 0.75
    status = "failed" if by_card and rng.random() < 0.12 else "success"
    rows: list[tuple] = [("title", practice), ("center", f"ABN {digits(rng, 2)} {digits(rng, 3)} "
                                                         f"{digits(rng, 3)} {digits(rng, 3)}"),
                         ("center", f"Ph (0{rng.choice('2378')}) {digits(rng, 4)} {digits(rng, 4)}"),
                         ("rule",),
                         ("center", "HICAPS CLAIM"), ("pair", "Provider", f"{digits(rng, 6)}{code(rng, 2)}"),
                         ("pair", "Fund", rng.choice(["BUPA", "MEDIBANK", "HCF", "NIB", "HBF"])),
                         ("pair", "Member", f"{digits(rng, 8)} 0{rng.randint(1, 4)}")]
    for number, fee in fees:
        rows.append(("pair", f"Item {number}", f"${fee:,.2f}"))
    rows += [("pair", "Total Claim", f"${claim:,.2f}"), ("pair", "Benefit Paid", f"${benefit:,.2f}"),
             ("pair", rng.choice(["Gap", "Gap Amount", "Patient to pay"]), f"${gap:,.2f}"), ("rule",)]
    transaction = None
    if by_card:
        rows += [("center", "EFTPOS"), ("pair", "Terminal", code(rng, 8, "0123456789ABCDEF")),
                 ("pair", "Merchant ID", digits(rng, 9)), ("left", stamp),
                 ("left", rng.choice(["CREDIT", "DEBIT", "SAVINGS", "VISA CREDIT"])),
                 ("pair", "Card", f"XXXXXXXXXXXX{digits(rng, 4)}"),
                 ("pair", "PURCHASE", f"AUD ${gap:,.2f}"), ("pair", "TOTAL", f"AUD ${gap:,.2f}")]
        rrn, auth = digits(rng, 12), digits(rng, 6)
        if optional_pair(rng, rows, ["RRN", "REF NO"], rrn, 0.4):
            transaction = rrn
        if status == "success":
            if optional_pair(rng, rows, ["AUTH NO", "AUTH"], auth, 0.15) and transaction is None:
                transaction = auth
            rows.append(("center", rng.choice(["APPROVED 00", "(00) APPROVED", "APPROVED"])))
        else:
            declined = rng.choice(["DECLINED 51", "(51) DECLINED", "DECLINED - INSUFFICIENT FUNDS"])
            rows.append(("center", declined))
        method = "card"
    else:
        rows += [("left", stamp), ("pair", rng.choice(["Paid by", "Payment"]), "CASH"),
                 ("pair", "Tendered", f"${gap + price(rng, 0, 20, 5):,.2f}")]
        receipt = digits(rng, 6)
        if optional_pair(rng, rows, ["Receipt No", "Invoice No"], receipt, 0.2):
            transaction = receipt
        rows.append(("center", "PAID"))
        method = "cash"
    rows += [("rule",), ("small", "CUSTOMER COPY - PLEASE RETAIN")]
    truth = dict(merchant_name=practice, amount=f"{gap:.2f}", currency="AUD", transaction_id=transaction,
                 date=date.isoformat(), payment_method=method, status=status)
    return rows, truth, {"width": 500, "size": 20, "paper": THERMAL}


def box_office_receipt(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A theatre or concert hall box-office sale: seats, fees, the performance's date and the sale's."""
    venue, iso, symbol, grouping = rng.choice([
        ("Royal Court Theatre", "GBP", "£", "western"), ("The Old Vic Box Office", "GBP", "£", "western"),
        ("Konzerthaus Berlin Kasse", "EUR", "€", "european"),
        ("Teatro Español Taquilla", "EUR", "€", "european"),
        ("Guthrie Theater Box Office", "USD", "$", "western"),
        ("Prithvi Theatre", "INR", rupee(font), "indian"),
        ("NCPA Box Office", "INR", rupee(font), "indian"),
    ])
    tier = rng.choice(["Parkett", "Rang", "Platea"] if iso == "EUR" else ["Stalls", "Circle", "Balcony"])
    if not shown(rng, 0.25):  # a till that prints bare figures: no currency can be told
        symbol, iso = "", None
    cash = lambda value: f"{symbol}{money(value, grouping)}"  # noqa: E731 - a one-line formatter
    show = rng.choice(["Hamlet", "The Seagull", "Beethoven 9", "Swan Lake", "Jazz at Nine", "Tartuffe"])
    seats = rng.randint(1, 4)
    each = price(rng, 12, 95, 0.5) if iso != "INR" else price(rng, 300, 2500, 50)
    fee = price(rng, 1, 4, 0.5) if iso != "INR" else price(rng, 20, 80, 5)
    total = round(seats * each + fee, 2)
    sale = day(rng)
    event = later(sale, rng, 1, 60)
    first = rng.randint(1, 24)
    rows: list[tuple] = [("title", venue), ("center", rng.choice(["SALES RECEIPT", "BOX OFFICE RECEIPT",
                                                                   "Receipt"])), ("rule",)]
    sale_printed = shown(rng, 0.35)
    if sale_printed:
        rows.append(("pair", rng.choice(["Sale date", "Transaction date", "Date"]),
                     f"{when(sale, rng, ['dmy', 'dmon', 'dot_dmy'])} {clock(rng, False)}"))
    optional_pair(rng, rows, ["Operator", "Cashier"], rng.choice(["BOX2", "JMW", "T. Okafor", "04"]), 0.4)
    booking = code(rng, 8)
    booking_printed = optional_pair(rng, rows, ["Booking ref", "Order No.", "Booking reference"], booking,
                                    0.15)
    rows += [("rule",), ("left", show),
             ("left", f"{event.strftime('%a')} {when(event, rng, ['dmon', 'd_month'])} "
                                                 f"{rng.choice(['19:30', '14:30', '20:00'])}"),
             ("left", f"{tier} Row {rng.choice('ABCDEFGHJK')} {first}"
                      + (f"-{first + seats - 1}" if seats > 1 else "")),
             ("pair", f"{seats} x {cash(each)}", cash(seats * each)),
             ("pair", rng.choice(["Booking fee", "Transaction fee", "Restoration levy"]), cash(fee)),
             ("pair", rng.choice(["TOTAL", "Total paid", "Total"]), cash(total)), ("rule",)]
    transaction = booking if booking_printed else None
    if rng.random() < 0.65:
        method = "card"
        rows += [("pair", rng.choice(["Paid by", "Tender"]), f"{rng.choice(['VISA', 'MASTERCARD', 'AMEX'])} "
                                                             f"contactless"),
                 ("pair", "Card", f"************{digits(rng, 4)}")]
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["Auth code", "AUTH"], auth, 0.3):
            transaction = auth
    else:
        method = "cash"
        tendered = total + price(rng, 0, 20, 5 if iso != "INR" else 100)
        rows += [("pair", rng.choice(["Paid by", "Tender"]), "Cash"), ("pair", "Tendered", cash(tendered)),
                 ("pair", "Change", cash(tendered - total))]
    if transaction and shown(rng, 0.5):
        rows.append(("small", f"Tickets: {', '.join(digits(rng, 7) for _ in range(seats))}"))
    rows += [("gap",), ("small", "No refunds or exchanges")]
    truth = dict(merchant_name=venue, amount=f"{total:.2f}", currency=iso, transaction_id=transaction,
                 date=sale.isoformat() if sale_printed else None, payment_method=method, status=None)
    return rows, truth, {"width": 540, "size": 21, "paper": PAPER}


def postal_counter_receipt(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """A post office or courier counter booking receipt (India): article, weight, tariff, GST, tender."""
    office, payee = rng.choice([
        ("Jayanagar H.O.", "India Post"), ("Koramangala S.O.", "India Post"),
        ("Park Street S.O.", "India Post"),
        ("Andheri East", "DTDC Express Ltd"), ("T. Nagar", "The Professional Couriers"),
        ("Aliganj", "Shree Maruti Courier"),
    ])
    # a share of counter printers print bare figures, so no currency can be told
    mark = rupee(font) if shown(rng, 0.4) else ""
    tariff = spread(rng, 35, 900, 1)
    gst = round(tariff * 0.18, 2)
    total = round(tariff + gst, 2)
    round_off = round(round(total) - total, 2) if rng.random() < 0.5 else 0.0
    total = round(total + round_off, 2)
    date = day(rng)
    rows: list[tuple] = [("title", payee), ("center", office),
                         ("center", rng.choice(["Speed Post Booking Receipt" if payee == "India Post" else
                                                "Consignment Booking Receipt", "Counter Receipt",
                                                "Booking Receipt"])), ("rule",)]
    receipt_no = f"{digits(rng, 4)}{digits(rng, 6)}"
    receipt_printed = optional_pair(rng, rows, ["Receipt No", "Bill No", "Txn No"], receipt_no, 0.1)
    rows.append(("pair", rng.choice(["Date", "Booking Date"]),
                 f"{when(date, rng, ['dmy', 'dash_dmy', 'dmon_dash'])} "
                 f"{clock(rng, False)}:{rng.randrange(60):02d}"))
    article = f"E{rng.choice('EKLMW')}{digits(rng, 9)}IN" if payee == "India Post" else digits(rng, 9)
    rows += [("pair", rng.choice(["Article No", "Consignment No", "AWB No"]), article),
             ("pair", rng.choice(["To PIN", "Dest. PIN"]), digits(rng, 6)),
             ("pair", "Weight", f"{rng.randrange(20, 5000, 10)} g"),
             ("pair", "Tariff", f"{mark}{tariff:.2f}"), ("pair", "CGST 9%", f"{mark}{gst / 2:.2f}"),
             ("pair", "SGST 9%", f"{mark}{gst / 2:.2f}")]
    if round_off:
        rows.append(("pair", "Round off", f"{round_off:+.2f}"))
    rows.append(("pair", rng.choice(["Total", "Amount", "Net Amount"]), f"{mark}{money(total, 'indian')}"))
    transaction = receipt_no if receipt_printed else None
    draw = rng.random()
    status = None
    if draw < 0.5:
        method = "cash"
        tendered = float(rng.choice([100, 200, 500, 1000, 2000]))
        tendered = max(tendered, float(int(total) + 1))
        rows += [("pair", "Mode", "Cash"), ("pair", "Tendered", f"{mark}{tendered:.2f}"),
                 ("pair", "Balance", f"{mark}{tendered - total:.2f}")]
    else:
        method = "UPI" if draw < 0.85 else "card"
        rows.append(("pair", "Mode", "UPI (QR)" if method == "UPI" else "Debit Card"))
        reference = digits(rng, 12)
        if optional_pair(rng, rows, ["UPI Ref", "UTR"] if method == "UPI" else ["RRN"], reference, 0.15):
            transaction = reference
        if shown(rng, 0.5):
            status = "success"
            rows.append(("pair", "Payment", rng.choice(["SUCCESS", "Received"])))
    optional_pair(rng, rows, ["Sender Mobile", "Mob"], phone(rng), 0.4)
    optional_pair(rng, rows, ["Counter", "PA ID"], f"{rng.randint(1, 6)}/{digits(rng, 8)}", 0.4)
    rows += [("rule",), ("small", "Keep this receipt for enquiries")]
    truth = dict(merchant_name=payee, amount=f"{total:.2f}", currency="INR" if mark else None,
                 transaction_id=transaction,
                 date=date.isoformat(), payment_method=method, status=status)
    return rows, truth, {"width": 500, "size": 20, "paper": THERMAL}


def govt_portal_ereceipt(rng: random.Random, font: str) -> tuple[list[tuple], dict, dict]:
    """An Indian government service portal's fee e-receipt (passport, driving licence, certificate)."""
    portal, department, service = rng.choice([
        ("Passport Seva", "Ministry of External Affairs", "Fresh Passport - Normal"),
        ("Parivahan Sewa", "Transport Department, Karnataka", "Learner Licence Fee"),
        ("Parivahan Sewa", "Transport Department, Maharashtra", "Driving Licence Renewal"),
        ("e-District", "Revenue Department, Uttar Pradesh", "Income Certificate"),
        ("Seva Sindhu", "Department of Revenue, Karnataka", "Caste Certificate"),
        ("RTI Online", "Department of Personnel and Training", "RTI Application Fee"),
    ])
    status = outcome(rng, failed=0.12, pending=0.12)
    fee = rng.choice([10.0, 30.0, 150.0, 200.0, 450.0, 1000.0, 1500.0, 2000.0])
    charges = rng.choice([0.0, 0.0, price(rng, 5, 25)])
    total = round(fee + charges, 2)
    mark = rng.choice([rupee(font), "INR ", "Rs. "])
    date = day(rng)
    rows: list[tuple] = [("title", portal), ("center", rng.choice(["e-Receipt", "Online Payment Receipt",
                                                                   "Payment Acknowledgement"])), ("rule",)]
    rows.append(("pair", rng.choice(["Paid to", "Department", "Payee"]), department))
    application = f"{code(rng, 2)}{digits(rng, 10)}"
    rows.append(("pair", rng.choice(["Application Ref. No.", "Application No."]), application))
    rows.append(("pair", "Applicant", rng.choice(PEOPLE)))
    rows.append(("pair", "Service", service))
    rows.append(("pair", rng.choice(["Fee", "Service fee"]), f"{mark}{money(fee, 'indian')}"))
    if charges:
        rows.append(("pair", rng.choice(["Bank charges", "Convenience fee"]),
                     f"{mark}{money(charges, 'indian')}"))
    rows.append(("pair", rng.choice(["Amount Paid", "Total Amount", "Amount"]),
                 f"{mark}{money(total, 'indian')}"))
    draw = rng.random()
    method, mode = (("netbanking", rng.choice(["Net Banking", "Internet Banking - SBI"])) if draw < 0.45 else
                    ("card", rng.choice(["Debit Card", "Credit Card"])) if draw < 0.75 else ("UPI", "UPI"))
    rows.append(("pair", rng.choice(["Payment Mode", "Mode of Payment"]), mode))
    gateway = rng.choice(["SBI ePay", "PayGov India"])
    rows.append(("pair", rng.choice(["Payment Gateway", "Aggregator"]), gateway))
    bank_ref = digits(rng, 12) if method == "UPI" else f"{code(rng, 4)}{digits(rng, 8)}"
    txn_id = f"{digits(rng, 16)}"
    grn = f"GRN{digits(rng, 11)}"
    transaction = None
    if status != "failed" and shown(rng, 0.25):
        rows.append(("pair", rng.choice(["UPI Ref No", "UTR"]) if method == "UPI" else
                     rng.choice(["Bank Ref. No.", "Bank Reference Number"]), bank_ref))
        transaction = bank_ref
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "Payment ID", "Txn Ref No"], txn_id, 0.15)
    if txn_printed and not transaction:
        transaction = txn_id
    if optional_pair(rng, rows, ["GRN", "Receipt No."], grn, 0.5) and not transaction:
        transaction = grn
    date_printed = shown(rng, 0.25)
    if date_printed:
        rows.append(("pair", rng.choice(["Payment Date", "Transaction Date", "Date of Payment"]),
                     f"{when(date, rng, ['dmy', 'dash_dmy', 'dmon'])} {clock(rng, rng.random() < 0.5)}"))
    if shown(rng, 0.5):
        appointment = when(later(date, rng, 3, 30), rng, ["dmy", "dash_dmy", "dmon"])
        rows.append(("pair", "Appointment Date", appointment))
    state = {"success": ["Success", "SUCCESS", "Paid"], "failed": ["Failed", "FAILURE"],
             "pending": ["Pending", "Awaiting bank confirmation"]}[status]
    rows.append(("pair", rng.choice(["Payment Status", "Status"]), rng.choice(state)))
    rows += [("gap",), ("small", "This is a computer generated receipt and does not require a signature.")]
    truth = dict(merchant_name=department, amount=f"{total:.2f}", currency="INR", transaction_id=transaction,
                 date=date.isoformat() if date_printed else None, payment_method=method, status=status)
    return rows, truth, {"width": 660, "size": 20, "paper": (255, 255, 255), "band": (24, 58, 110),
                         "label_ink": (70, 70, 80)}
