"""The twelve heldout27 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import (
    clock,
    code,
    date_text,
    day,
    digits,
    money,
    optional_pair,
    phone,
    rupee,
    shown,
)
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _outcome, _truth
from bench.receipt_sets.heldout22_families import _items
from bench.receipt_sets.heldout26_families import ALNUM, EU_DATES, UK_DATES, UPPER, _shown_in

IN_DATES = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%y"]
DATES = {"INR": IN_DATES, "USD": US_DATES, "EUR": EU_DATES, "GBP": UK_DATES}


def _plate(rng: random.Random) -> str:
    """An Indian vehicle registration number (a distractor)."""
    return rng.choice(["MH12", "KA05", "DL3C", "TN09", "UP16"]) + code(rng, 2, UPPER) + digits(rng, 4)


def agri_input_bill(rng: random.Random, font: str):
    """An Indian seed, fertiliser and pesticide dealer's bill with batch numbers, mfg and expiry dates per item."""
    shop = rng.choice(["Kisan Seva Kendra", "Shri Ram Krishi Bhandar", "Annapurna Agro Agencies", "Green Valley Agri Inputs"])
    when = day(rng)
    number = rng.choice(["", "KB/", "A-"]) + digits(rng, rng.choice([3, 4]))
    rows = [
        ("title", shop),
        ("center", rng.choice(["Mandi Road, Khanna", "Near APMC Yard, Latur", "Station Road, Sangli", "Bus Stand, Hapur"])),
        ("center", "Insecticide Lic. No. " + rng.choice(["LKO/", "PB/", "MH/"]) + digits(rng, 4) + "/" + str(when.year - rng.randint(3, 9))),
        ("center", "Mob. " + phone(rng)),
        ("center", rng.choice(["BILL OF SUPPLY", "Cash / Credit Bill", "RETAIL INVOICE"])),
        ("rule",),
        ("pair", rng.choice(["Bill No.", "Inv. No", "S. No."]), number),
        ("pair", rng.choice(["Date", "Bill Dt.", "Dated"]), date_text(when, rng.choice(IN_DATES))),
        ("pair", rng.choice(["Farmer", "Kisan", "Customer"]), rng.choice(["Gurpreet Singh", "Ramesh Patil", "Sukhdev Yadav", "Anil Jadhav"])),
        ("pair", rng.choice(["Village", "Gaon"]), rng.choice(["Bhattian", "Nilanga", "Miraj", "Pilkhuwa"])),
        ("rule",),
    ]
    stock = [("Chlorpyriphos 20% EC 1 L", 380, 520), ("Imidacloprid 17.8% SL 250 ml", 290, 420),
             ("DAP 50 kg bag", 1350, 1350), ("Urea 45 kg bag", 266.5, 266.5), ("Hybrid Maize seed 4 kg", 1250, 1900),
             ("Mancozeb 75% WP 500 g", 210, 320), ("Zinc sulphate 5 kg", 340, 480)]
    total = 0.0
    for name, low, high in rng.sample(stock, rng.randint(2, 4)):
        qty = rng.randint(1, 5)
        each = round(rng.uniform(low, high))
        line = round(qty * each, 2)
        total += line
        rows.append(("pair", f"{name} x{qty}", money(line, "indian")))
        made = when - dt.timedelta(days=rng.randint(40, 300))
        rows.append(("small", "Batch " + code(rng, 3, UPPER) + digits(rng, 4) + "  Mfg " + date_text(made, "%m/%y")
                     + "  Exp " + date_text(made + dt.timedelta(days=730), "%m/%Y")))
    total = round(total, 2)
    rows += [("rule",), ("pair", rng.choice(["Total", "Net Amt.", "Grand Total"]), rng.choice([rupee(font), "Rs."]) + " " + money(total, "indian"))]
    method = rng.choice(["cash", "UPI", "UPI", None])
    ref = digits(rng, 12)
    ref_printed = False
    if method:
        rows.append(("pair", rng.choice(["Paid by", "Recd. in", "Payment"]), {"cash": "Cash", "UPI": rng.choice(["UPI", "PhonePe", "Paytm UPI"])}[method]))
        if method == "UPI":
            ref_printed = optional_pair(rng, rows, ["UPI Txn ID", "UTR", "Ref No."], ref, 0.4)
    rows.append(("small", rng.choice(["Read the label before use. Keep away from children.", "Goods once sold will not be taken back"])))
    return (
        rows,
        _truth(shop, total, "INR", ref if ref_printed else number, when, method, None),
        {"width": 600, "size": 19, "paper": (250, 247, 236)},
    )


STATES = {"DL": "Government of National Capital Territory of Delhi", "KA": "Government of Karnataka",
          "UP": "Government of Uttar Pradesh", "GJ": "Government of Gujarat"}


def estamp_certificate(rng: random.Random, font: str):
    """An Indian e-Stamp certificate (non-judicial stamp paper): a large consideration price, a small duty paid."""
    state = rng.choice(sorted(STATES))
    government = STATES[state]
    when = day(rng)
    mark = rng.choice(["Rs.", "INR", rupee(font)])
    duty = float(rng.choice([10, 20, 50, 100, 100, 200, 500, 1000]))
    consideration = float(rng.choice([0, 0, rng.randrange(50, 900) * 1000]))
    certificate = "IN-" + state + digits(rng, 14) + code(rng, 1, UPPER)
    rows = [
        ("title", "INDIA NON JUDICIAL"),
        ("center", government),
        ("center", "e-Stamp"),
        ("rule",),
        ("pair", "Certificate No.", certificate),
        ("pair", "Certificate Issued Date", date_text(when, "%d-%b-%Y") + " " + clock(rng, True)),
        ("pair", "Account Reference", "IMPACC (IV)/ " + state.lower() + digits(rng, 6) + "/ " + state + "-" + code(rng, 3, UPPER)),
        ("pair", "Unique Doc. Reference", "SUBIN-" + state + state + digits(rng, 11) + code(rng, 1, UPPER)),
        ("pair", "Purchased by", rng.choice(["RAHUL MEHTA", "S K ENTERPRISES", "PRIYA NAIR"])),
        ("pair", "Description of Document", rng.choice(["Article 5 General Agreement", "Article 35 Lease", "Article 4 Affidavit"])),
        ("pair", "Property Description", rng.choice(["Not Applicable", "Flat 204, Sector 9", "Shop No. 12"])),
        ("pair", "Consideration Price (Rs.)", money(consideration, "indian") if consideration else "0"),
        ("pair", "First Party", rng.choice(["RAHUL MEHTA", "S K ENTERPRISES", "PRIYA NAIR"])),
        ("pair", "Second Party", rng.choice(["AMIT VERMA", "Not Applicable", "BLUEDART LOGISTICS"])),
        ("pair", "Stamp Duty Paid By", rng.choice(["RAHUL MEHTA", "S K ENTERPRISES", "PRIYA NAIR"])),
        ("pair", "Stamp Duty Amount(Rs.)", (mark + " " if shown(rng, 0.5) else "") + money(duty, "indian").removesuffix(".00")),
        ("small", "(" + {10: "Ten", 20: "Twenty", 50: "Fifty", 100: "One Hundred", 200: "Two Hundred", 500: "Five Hundred",
                         1000: "One Thousand"}[int(duty)] + " only)"),
        ("rule",),
        ("small", "Statutory Alert: the authenticity of this Stamp certificate should be verified at www.shcilestamp.com"),
    ]
    if shown(rng, 0.5):
        rows.append(("small", "Stock Holding Corporation of India Ltd, ACC code " + state + "-" + digits(rng, 4)))
    return (
        rows,
        _truth(government, duty, "INR", certificate, when, None, None),
        {"width": 640, "size": 18, "paper": (238, 244, 232)},
    )


def puc_certificate(rng: random.Random, font: str):
    """An Indian Pollution Under Control (PUC) certificate from a testing centre, with its fee and validity."""
    centre = rng.choice(["Shiv Shakti PUC Centre", "Hindustan Petroleum PUC Kiosk", "Sai Emission Testing Centre", "A-1 Pollution Check"])
    when = day(rng)
    fuel, fee = rng.choice([("Petrol (2W)", 60.0), ("Petrol (4W)", 90.0), ("Diesel", 140.0), ("CNG", 90.0), ("Petrol (4W)", 125.0)])
    months = 6 if fuel != "Petrol (2W)" else 12
    serial = code(rng, 2, UPPER) + digits(rng, 4) + code(rng, 1, "0123456789") + digits(rng, 8)
    rows = [
        ("title", centre),
        ("center", rng.choice(["POLLUTION UNDER CONTROL CERTIFICATE", "PUC Certificate", "PUCC (Form 59)"])),
        ("center", "Centre Code " + rng.choice(["MH", "DL", "KA", "UP"]) + digits(rng, 4)),
        ("rule",),
        ("pair", rng.choice(["Certificate Sl. No.", "PUCC No.", "Cert. No"]), serial),
        ("pair", rng.choice(["Date", "Test Date"]), date_text(when, rng.choice(IN_DATES))),
        ("pair", "Time", clock(rng, rng.random() < 0.5)),
        ("pair", rng.choice(["Vehicle No.", "Regn. No."]), _plate(rng)),
        ("pair", "Fuel", fuel),
        ("pair", "Mfg. Year", str(rng.randint(2009, 2024))),
        ("pair", rng.choice(["CO (%)", "CO % vol"]), f"{rng.uniform(0.05, 0.9):.2f}"),
        ("pair", rng.choice(["HC (ppm)", "HC n-hex ppm"]), str(rng.randint(40, 900))),
        ("pair", rng.choice(["Valid Upto", "Validity"]), date_text(when + dt.timedelta(days=months * 30), rng.choice(IN_DATES))),
        ("rule",),
        ("pair", rng.choice(["Fees", "Fee Rs.", "Amount"]), rng.choice(["Rs. ", rupee(font) + " "]) + money(fee, "indian")),
    ]
    method = rng.choice(["cash", "UPI", None])
    ref = digits(rng, 12)
    ref_printed = False
    if method:
        rows.append(("pair", rng.choice(["Paid by", "Mode"]), {"cash": "Cash", "UPI": "UPI"}[method]))
        if method == "UPI":
            ref_printed = optional_pair(rng, rows, ["UPI Ref No.", "UTR"], ref, 0.5)
    rows.append(("small", "Result: PASS. Produce on demand. Helpline " + phone(rng)))
    return (
        rows,
        _truth(centre, fee, "INR", ref if ref_printed else serial, when, method, None),
        {"width": 580, "size": 19, "paper": (255, 253, 240)},
    )


def pawn_loan_receipt(rng: random.Random, font: str):
    """A US pawn shop's loan renewal (charges only) or redemption (principal and charges) receipt."""
    shop = rng.choice(["Gold Star Pawn & Jewelry", "EZ Cash Pawn", "Main Street Loan Co.", "Lone Star Pawn"])
    when = day(rng)
    principal = float(rng.choice([60, 120, 250, 350, 500, 800]))
    charge = round(principal * rng.choice([0.2, 0.22, 0.25]), 2)
    storage = float(rng.choice([0, 5, 10]))
    redeem = shown(rng, 0.6)
    total = round((principal if redeem else 0) + charge + storage, 2)
    ticket = digits(rng, 6)
    loan_date = when - dt.timedelta(days=rng.choice([30, 31, 60, 90]))
    rows = [
        ("title", shop),
        ("center", rng.choice(["1420 S Congress Ave, Austin TX", "88 Broad St, Newark NJ", "2201 E Colfax, Denver CO"])),
        ("center", "(" + digits(rng, 3) + ") " + digits(rng, 3) + "-" + digits(rng, 4)),
        ("center", "PAWN REDEMPTION RECEIPT" if redeem else rng.choice(["LOAN RENEWAL / EXTENSION", "INTEREST PAYMENT RECEIPT"])),
        ("rule",),
        ("pair", rng.choice(["Date", "Trans Date"]), date_text(when, rng.choice(US_DATES)) + " " + clock(rng, True)),
        ("pair", rng.choice(["Pawn Ticket #", "Loan #"]), ticket),
        ("pair", rng.choice(["Orig. Loan Date", "Loan Date"]), date_text(loan_date, "%m/%d/%Y")),
        ("pair", "Item", rng.choice(["14K gold chain 22in", "DeWalt drill 20V", "PS5 console", "Gibson guitar"])),
        ("pair", rng.choice(["Principal", "Amount Financed"]), f"${principal:,.2f}"),
        ("rule",),
    ]
    if redeem:
        rows.append(("pair", "Principal repaid", f"${principal:,.2f}"))
    rows.append(("pair", rng.choice(["Finance charge", "Pawn service charge"]), f"${charge:,.2f}"))
    if storage:
        rows.append(("pair", rng.choice(["Storage fee", "Insurance/storage"]), f"${storage:,.2f}"))
    rows.append(("pair", rng.choice(["Total Paid", "Amount Paid", "TOTAL"]), f"${total:,.2f}"))
    if not redeem:
        rows.append(("pair", rng.choice(["New Maturity Date", "Next due"]), date_text(when + dt.timedelta(days=30), "%m/%d/%Y")))
    method = rng.choice(["cash", "cash", "card", None])
    if method == "cash":
        tendered = float(-(-total // 20) * 20)
        rows += [("pair", "Cash", f"${tendered:,.2f}"), ("pair", "Change", f"${tendered - total:,.2f}")]
    elif method == "card":
        rows.append(("pair", "Debit", rng.choice(["VISA", "MC"]) + " XXXX" + digits(rng, 4)))
    trans = digits(rng, 7)
    trans_printed = optional_pair(rng, rows, ["Trans #", "Receipt #"], trans, 0.3)
    rows.append(("small", "Items not redeemed by the maturity date may be forfeited"))
    return (
        rows,
        _truth(shop, total, "USD", trans if trans_printed else None, when, method, None),
        {"width": 520, "size": 20, "paper": (255, 255, 255)},
    )


def tattoo_studio_receipt(rng: random.Random, font: str):
    """A US tattoo studio's card-reader e-receipt (Square-style): session, deposit applied, aftercare, tax, tip."""
    studio = rng.choice(["Black Anchor Tattoo", "Ink & Iron Studio", "Sacred Lotus Tattoo Co.", "Electric Needle Parlor"])
    when = day(rng)
    session = float(rng.choice([150, 220, 300, 450, 600]))
    deposit = float(rng.choice([0, 50, 100]))
    retail = float(rng.choice([0, 12, 18]))
    tax = round(retail * 0.0825, 2)
    tip = round((session - deposit) * rng.choice([0, 0.15, 0.2, 0.25]), 2)
    total = round(session - deposit + retail + tax + tip, 2)
    status, words = _outcome(rng, {"success": ["Payment complete", "Approved"], "failed": ["Payment declined"],
                                   "pending": ["Payment processing"]}, 0.4)
    rows = [("title", studio), ("center", rng.choice(["Receipt", "Your receipt"])), ("gap",), ("big", f"${total:,.2f}")]
    if words:
        rows.append(("center", words))
    rows += [
        ("rule",),
        ("pair", rng.choice(["Tattoo session", "Custom piece - 3 hr", "Flash tattoo"]), f"${session:,.2f}"),
    ]
    if deposit:
        rows.append(("pair", rng.choice(["Deposit applied", "Less booking deposit"]), f"-${deposit:,.2f}"))
    if retail:
        rows += [("pair", "Aftercare balm", f"${retail:,.2f}"), ("pair", "Sales tax (8.25%)", f"${tax:,.2f}")]
    rows.append(("pair", "Subtotal", f"${total - tip:,.2f}"))
    if tip:
        rows.append(("pair", rng.choice(["Tip", "Gratuity"]), f"${tip:,.2f}"))
    rows += [("pair", "Total", f"${total:,.2f}"), ("rule",)]
    rows.append(("pair", rng.choice(["Visa", "Mastercard", "Amex"]) + " " + digits(rng, 4), rng.choice(["Contactless", "Chip", "Swiped"])))
    auth = code(rng, 6, ALNUM)
    auth_printed = status != "failed" and optional_pair(rng, rows, ["Auth code", "Approval"], auth, 0.5)
    number = "#" + code(rng, 4, ALNUM)
    number_printed = optional_pair(rng, rows, ["Receipt", "Ticket"], number, 0.4)
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(("center", date_text(when, rng.choice(["%b {d} %Y", "%m/%d/%Y"])) + rng.choice([" at ", ", "]) + clock(rng, True)))
    rows.append(("small", "Artist: " + rng.choice(["Mika", "Jay R.", "Dante"]) + "  |  Next session " + date_text(when + dt.timedelta(days=28), "%b %d")))
    best = auth if auth_printed else number.lstrip("#") if number_printed else None
    return (
        rows,
        _truth(studio, total, "USD", best, when if date_printed else None, "card", status),
        dict(SCREEN, width=520, band=(20, 20, 20)),
    )


def campground_reservation(rng: random.Random, font: str):
    """A US public-lands campsite reservation receipt (Recreation.gov-style): nightly fee, reservation fee, dates."""
    platform = rng.choice(["Recreation.gov", "ReserveAmerica", "ReserveCalifornia"])
    park = rng.choice(["Upper Pines, Yosemite NP", "Moraine Park, Rocky Mountain NP", "Fort Wilderness State Park",
                       "Elkmont, Great Smoky Mountains"])
    when = day(rng)
    arrive = when + dt.timedelta(days=rng.randint(10, 150))
    nights = rng.randint(1, 5)
    nightly = float(rng.choice([20, 26, 36, 40]))
    fee = float(rng.choice([8, 8, 10]))
    total = round(nights * nightly + fee, 2)
    status, words = _outcome(rng, {"success": ["Payment successful", "Paid in full"], "failed": ["Payment declined - site not held"],
                                   "pending": ["Payment processing"]}, 0.3)
    rows = [("title", platform), ("center", rng.choice(["Order Details", "Reservation Receipt"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", "Campground", park),
        ("pair", "Site", rng.choice(["Site ", "Loop B, Site "]) + f"{rng.randint(1, 240):03d}"),
        ("pair", "Check-in", date_text(arrive, rng.choice(["%a, %b {d}, %Y", "%m/%d/%Y"]))),
        ("pair", "Check-out", date_text(arrive + dt.timedelta(days=nights), rng.choice(["%a, %b {d}, %Y", "%m/%d/%Y"]))),
        ("pair", "Occupants / Vehicles", f"{rng.randint(1, 6)} / {rng.randint(1, 2)}"),
        ("rule",),
        ("pair", f"Camping fee ({nights} x ${nightly:.2f})", f"${nights * nightly:,.2f}"),
        ("pair", rng.choice(["Reservation fee", "Non-refundable booking fee"]), f"${fee:.2f}"),
        ("pair", rng.choice(["Total", "Order total", "Total charged"]), f"${total:,.2f}"),
    ]
    date_printed = status != "pending" and shown(rng, 0.4)
    if date_printed:
        rows.append(("pair", rng.choice(["Order date", "Booked on"]), date_text(when, rng.choice(US_DATES))))
    method = rng.choice(["card", "card", "wallet"])
    rows.append(("pair", "Payment", {"card": rng.choice(["Visa", "Discover", "Mastercard"]) + " ending in " + digits(rng, 4),
                                     "wallet": "PayPal"}[method]))
    order = "0" + digits(rng, 6) + "-" + str(rng.randint(1, 3))
    order_printed = optional_pair(rng, rows, ["Order #", "Reservation #"], order, 0.3)
    rows.append(("small", "Cancel by " + date_text(arrive - dt.timedelta(days=2), "%m/%d") + " for a refund less $10.00"))
    return (
        rows,
        _truth(platform, total, "USD", order if order_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, width=600, band=(46, 90, 60)),
    )


CITIES = ["Stadt Köln", "Landeshauptstadt München", "Bezirksamt Pankow von Berlin", "Stadt Frankfurt am Main"]


def buergeramt_fee(rng: random.Random, font: str):
    """A German citizens' office (Bürgeramt) pay-kiosk fee receipt for an ID card, passport or certificate."""
    city = rng.choice(CITIES)
    when = day(rng)
    fees = {"Personalausweis (ab 24 J.)": 37.0, "Reisepass 32 Seiten": 70.0, "Führungszeugnis": 13.0,
            "Meldebescheinigung": 10.0, "Express-Zuschlag": 32.0, "Vorläufiger Personalausweis": 10.0}
    chosen = rng.sample(sorted(fees), rng.randint(1, 2))
    total = round(sum(fees[name] for name in chosen), 2)
    status = rng.choices(["success", None, "failed"], [0.5, 0.4, 0.1])[0]
    rows = [
        ("title", city),
        ("center", rng.choice(["Bürgerbüro - Kassenautomat", "Bürgeramt - Zahlstelle", "Kundenzentrum Kasse"])),
        ("center", rng.choice(["Quittung", "Zahlungsbeleg", "Gebührenquittung"])),
        ("rule",),
        ("pair", rng.choice(["Datum", "Buchungsdatum"]), date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"])) + " " + clock(rng, False)),
        ("pair", rng.choice(["Vorgangs-Nr.", "Antrags-Nr."]), digits(rng, 4) + "-" + digits(rng, 6)),
        ("pair", "Automat", "KA-" + digits(rng, 3)),
        ("rule",),
    ]
    for name in chosen:
        rows.append(("pair", name, money(fees[name], "european") + " EUR"))
    rows += [("rule",), ("pair", rng.choice(["Gesamtbetrag", "Summe", "Zu zahlen"]), money(total, "european") + rng.choice([" EUR", " €"]))]
    rows.append(("small", "Gebührenfrei gem. UStG - keine MwSt."))
    method = rng.choice(["card", "card", "cash", None]) if status != "failed" else "card"
    if method == "card":
        rows.append(("pair", "Zahlart", rng.choice(["girocard", "Kreditkarte", "girocard kontaktlos"])))
        rows.append(("pair", "Karte", "#### #### ####" + digits(rng, 4)))
    elif method == "cash":
        tendered = float(-(-total // 10) * 10 + rng.choice([0, 10]))
        rows += [("pair", "Bar gegeben", money(tendered, "european")), ("pair", "Rückgeld", money(tendered - total, "european"))]
    receipt = digits(rng, 6)
    if status == "success":
        rows.append(("center", rng.choice(["Zahlung erfolgt", "Betrag bezahlt - vielen Dank"])))
    elif status == "failed":
        rows.append(("center", rng.choice(["Zahlung abgelehnt", "Zahlung fehlgeschlagen"])))
    receipt_printed = status != "failed" and optional_pair(rng, rows, ["Beleg-Nr.", "Quittungs-Nr."], receipt, 0.2)
    rows.append(("small", "Abholung frühestens ab " + date_text(when + dt.timedelta(days=rng.choice([21, 28, 35])), "%d.%m.%Y")))
    return (
        rows,
        _truth(city, total, "EUR", receipt if receipt_printed else None, when, method, status),
        {"width": 500, "size": 20, "paper": (246, 246, 246)},
    )


def car_sharing_trip(rng: random.Random, font: str):
    """A European free-floating car-sharing app's trip receipt (per-minute rate, parking minutes, unlock fee)."""
    app = rng.choice(["SHARE NOW", "MILES", "Zity", "GreenMobility"])
    when = day(rng)
    minutes = rng.randint(9, 95)
    parked = rng.choice([0, 0, 4, 11])
    rate = rng.choice([0.19, 0.26, 0.29, 0.34])
    drive = round(minutes * rate, 2)
    park = round(parked * 0.19, 2)
    unlock = rng.choice([0.0, 1.0, 1.49])
    discount = round(drive * 0.2, 2) if shown(rng, 0.7) else 0.0
    total = round(drive + park + unlock - discount, 2)
    status, words = _outcome(rng, {"success": ["Payment successful", "Paid"], "failed": ["Payment failed - please update your card"],
                                   "pending": ["Payment pending"]}, 0.3)
    start = clock(rng, False)
    rows = [("title", app), ("center", rng.choice(["Trip summary", "Your trip", "Receipt"])), ("gap",), ("big", money(total, "european") + " €")]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", rng.choice(["Vehicle", "Car"]), rng.choice(["BMW 1er", "Fiat 500e", "VW ID.3", "Renault Zoe"])),
        ("pair", rng.choice(["Plate", "Licence plate"]), rng.choice(["B-", "M-", "K-"]) + code(rng, 2, UPPER) + " " + digits(rng, 4)
         + rng.choice(["", "E"])),
        ("pair", "Start", start),
        ("pair", rng.choice(["Distance", "Driven"]), f"{max(1, round(minutes * rng.uniform(0.25, 0.7)))} km"),
        ("pair", rng.choice(["Duration", "Driving time"]), f"{minutes} min"),
        ("rule",),
        ("pair", f"Driving {minutes} min x {money(rate, 'european')} €", money(drive, "european") + " €"),
    ]
    if parked:
        rows.append(("pair", f"Parking {parked} min", money(park, "european") + " €"))
    if unlock:
        rows.append(("pair", rng.choice(["Unlock fee", "Start fee"]), money(unlock, "european") + " €"))
    if discount:
        rows.append(("pair", rng.choice(["Minute package", "Promo code RIDE20"]), "-" + money(discount, "european") + " €"))
    rows.append(("pair", rng.choice(["Total", "Total (incl. VAT)"]), money(total, "european") + " €"))
    date_printed = shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Date", "Trip date"]), date_text(when, rng.choice(EU_DATES))))
    method = rng.choice(["card", "card", "wallet"])
    rows.append(("pair", rng.choice(["Payment method", "Charged to"]),
                 {"card": rng.choice(["Visa", "Mastercard"]) + " **" + digits(rng, 4), "wallet": rng.choice(["PayPal", "Apple Pay"])}[method]))
    trip = code(rng, 8, ALNUM).lower()
    trip_printed = optional_pair(rng, rows, ["Trip ID", "Rental ID"], trip, 0.4)
    rows.append(("small", "Invoice follows by e-mail. Customer no. " + digits(rng, 8)))
    return (
        rows,
        _truth(app, total, "EUR", trip if trip_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, width=540, band=(0, 70, 140)),
    )


def tv_licence_payment(rng: random.Random, font: str):
    """A UK TV Licensing payment confirmation (pay in full, quarterly or the first monthly instalment)."""
    when = day(rng)
    annual = 169.50 if when.year == 2025 else 174.50
    plan = rng.choice(["full", "quarterly", "monthly"])
    paid = {"full": annual, "quarterly": round(annual / 4 + 1.25, 2), "monthly": round(annual / 12, 2)}[plan]
    status, words = _outcome(rng, {"success": ["Thank you - your payment has been received", "Payment successful"],
                                   "failed": ["Your payment was not successful"], "pending": ["Your payment is being processed"]}, 0.2)
    licence = digits(rng, 10)
    rows = [("title", "TV Licensing"), ("center", rng.choice(["Payment confirmation", "Your payment"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", rng.choice(["Licence number", "TV Licence number"]), licence),
        ("pair", "Name", rng.choice(["Mr J Patel", "Ms S O'Brien", "Mrs A Kowalski"])),
        ("pair", "Address", rng.choice(["14 Elm Grove, Leeds LS6", "Flat 3, 22 King St, Bristol BS1", "9 Carr Lane, Hull HU1"])),
        ("pair", "Licence fee", f"£{annual:.2f}"),
        ("pair", "Payment plan", {"full": "Pay in full", "quarterly": "Quarterly Direct Debit", "monthly": "Monthly Direct Debit"}[plan]),
        ("rule",),
        ("pair", rng.choice(["Amount paid", "Payment amount", "Amount"] if status in ("success", None) else ["Payment amount", "Amount"]),
         f"£{paid:.2f}"),
    ]
    date_printed = status in ("success", None) and shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Payment date", "Date"]), date_text(when, rng.choice(UK_DATES))))
    if plan != "full":
        rows.append(("pair", "Next payment", date_text(when + dt.timedelta(days=30 if plan == "monthly" else 91), rng.choice(UK_DATES))))
    rows.append(("pair", rng.choice(["Valid until", "Licence expires"]), date_text(when.replace(day=1) + dt.timedelta(days=365), "%d %B %Y")))
    method = rng.choice(["card", "card", "wallet", "netbanking"]) if plan == "full" else "netbanking"
    rows.append(("pair", "Paid by" if status in ("success", None) else "Payment method", {"card": rng.choice(["Visa debit", "Mastercard"]) + " ending " + digits(rng, 4),
                                     "wallet": "Apple Pay", "netbanking": "Direct Debit (sort code **-**-" + digits(rng, 2) + ")"}[method]))
    ref = "TVL" + code(rng, 9, ALNUM)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["Payment reference", "Transaction reference"], ref, 0.4)
    rows.append(("small", "Questions? Call 0300 790 " + digits(rng, 4)))
    return (
        rows,
        _truth("TV Licensing", paid, "GBP", ref if ref_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, width=600, band=(0, 46, 95)),
    )


def key_cutting_till(rng: random.Random, font: str):
    """A UK shoe-repair and key-cutting kiosk's till receipt with a repair collection ticket and a card slip."""
    shop = rng.choice(["Timpson", "Mister Minit", "Keys & Heels Express", "Max Speed Repairs"])
    when = day(rng)
    rows = [
        ("title", shop),
        ("center", rng.choice(["Branch 0412 - Arndale Centre", "Kiosk at Tesco Extra, Slough", "14 Market Sq, Stafford"])),
        ("center", "VAT No. GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2)),
        ("rule",),
        ("pair", date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y"])), clock(rng, False)),
        ("pair", rng.choice(["Colleague", "Served by"]), rng.choice(["Dave", "Priya", "Callum", "Shaz"])),
        ("rule",),
    ]
    menu = [("Key cut - Yale", 6.0, 9.0), ("Key cut - mortice", 12.0, 16.0), ("Heel repair (pair)", 14.0, 19.0),
            ("Watch battery fit", 9.0, 13.0), ("Engraving 12 chars", 10.0, 15.0), ("Shoe stretch", 12.0, 16.0)]
    total = _items(rng, rows, menu, 1, 3, lambda value: f"£{value:.2f}", 0.01)
    ticket = digits(rng, 5)
    if shown(rng, 0.5):
        rows.append(("small", "Repair ticket " + ticket + " - ready " + date_text(when + dt.timedelta(days=2), "%a %d %b")))
    rows += [("rule",), ("pair", rng.choice(["TOTAL", "Balance Due", "To Pay"]), f"£{total:.2f}"),
             ("pair", "VAT 20% incl.", f"£{total / 6:.2f}")]
    method = rng.choice(["card", "card", "cash"])
    auth = digits(rng, 6)
    auth_printed = False
    if method == "card":
        rows += [("pair", rng.choice(["VISA DEBIT", "MASTERCARD", "AMEX"]), "************" + digits(rng, 4)),
                 ("pair", rng.choice(["CONTACTLESS", "ICC"]), f"£{total:.2f}")]
        auth_printed = optional_pair(rng, rows, ["AUTH CODE", "AUTH"], auth, 0.4)
        rows.append(("small", "TID " + digits(rng, 8) + "  MID **" + digits(rng, 4)))
    else:
        tendered = float(-(-total // 10) * 10)
        rows += [("pair", "Cash", f"£{tendered:.2f}"), ("pair", "Change", f"£{tendered - total:.2f}")]
    trans = digits(rng, 4)
    rows.append(("pair", rng.choice(["Trans No.", "Receipt"]), trans))
    rows.append(("small", "Happy with our service? We guarantee all our work"))
    return (
        rows,
        _truth(shop, total, "GBP", auth if auth_printed else trans, when, method, None),
        {"width": 470, "size": 20, "paper": (255, 255, 252)},
    )


AUCTIONS = {
    "INR": ("AstaGuru Auction House", 0.20, "GST @ 18% on premium", 0.18),
    "USD": ("Heritage Hill Auctions", 0.25, "Sales tax 6% on total", 0.06),
    "EUR": ("Kunsthaus Lempertz-Rhein", 0.27, "MwSt. 19% auf Aufgeld", 0.19),
    "GBP": ("Bellmans & Rowe Auctioneers", 0.25, "VAT @ 20% on premium", 0.20),
}


def auction_invoice(rng: random.Random, font: str):
    """An auction house's buyer's invoice, paid: hammer price, buyer's premium and tax on it (INR, USD, EUR, GBP)."""
    currency = rng.choice(sorted(AUCTIONS))
    house, rate, tax_label, tax_rate = AUCTIONS[currency]
    scale = 80.0 if currency == "INR" else 1.0
    sale = day(rng)
    hammer = float(rng.choice([50, 120, 300, 450, 800, 1500, 2600]) * scale)
    premium = round(hammer * rate, 2)
    tax = round((hammer + premium if currency == "USD" else premium) * tax_rate, 2)
    ship = round(rng.choice([0, 0, 25, 40]) * scale, 2)
    total = round(hammer + premium + tax + ship, 2)
    paid_on = sale + dt.timedelta(days=rng.randint(1, 12))

    def show(value: float) -> str:
        return _shown_in(value, currency, font)

    number = rng.choice(["INV-", "B", ""]) + digits(rng, 6)
    rows = [
        ("title", house),
        ("center", rng.choice(["Buyer's Invoice", "Purchase Invoice", "Invoice / Receipt"])),
        ("rule",),
        ("pair", rng.choice(["Invoice no.", "Invoice"]), number),
        ("pair", rng.choice(["Sale", "Auction"]), rng.choice(["Fine Art & Antiques", "Modern Design", "Coins & Medals"])
         + " - " + date_text(sale, rng.choice(DATES[currency]))),
        ("pair", rng.choice(["Paddle no.", "Bidder no."]), str(rng.randint(100, 999))),
        ("pair", "Lot " + str(rng.randint(1, 480)), rng.choice(["Pair of bronze vases", "Oil on canvas, signed", "Silver tea set",
                                                               "Mid-century armchair"])),
        ("pair", "Estimate", show(round(hammer * 0.8, 0)) + " - " + show(round(hammer * 1.2, 0))),
        ("rule",),
        ("pair", "Hammer price", show(hammer)),
        ("pair", f"Buyer's premium {int(rate * 100)}%", show(premium)),
        ("pair", tax_label, show(tax)),
    ]
    if ship:
        rows.append(("pair", rng.choice(["Packing & shipping", "Handling"]), show(ship)))
    rows.append(("pair", rng.choice(["Invoice total", "Total due", "Total"]), show(total) + rng.choice(["", " " + currency])))
    method = rng.choice(["card", "netbanking", "netbanking", None] + (["UPI"] if currency == "INR" else []))
    status = None
    date_printed = False
    ref = code(rng, 2, UPPER) + digits(rng, 8)
    ref_printed = False
    if method:
        rows.append(("pair", rng.choice(["Payment received", "Paid"]), show(total)))
        rows.append(("pair", "Method", {"card": rng.choice(["Visa", "Mastercard"]) + " (card)",
                                        "netbanking": rng.choice(["Bank transfer", "Wire transfer"]), "UPI": "UPI"}[method]))
        date_printed = shown(rng, 0.3)
        if date_printed:
            rows.append(("pair", rng.choice(["Paid on", "Payment date"]), date_text(paid_on, rng.choice(DATES[currency]))))
        ref_printed = optional_pair(rng, rows, ["Payment ref.", "Transaction ref."], ref, 0.5)
        rows.append(("pair", "Balance due", show(0.0)))
        if shown(rng, 0.5):
            rows.append(("center", rng.choice(["PAID IN FULL", "Paid with thanks"])))
            status = "success"
    else:
        rows.append(("small", "Payment due within 7 days of the sale"))
    rows.append(("small", "Lots must be collected within 14 days; storage charged thereafter"))
    return (
        rows,
        _truth(house, total, currency, ref if ref_printed else number, paid_on if date_printed else None, method, status),
        {"width": 620, "size": 19, "paper": (253, 252, 248)},
    )


PLATFORMS = {"INR": "Wishberry", "USD": "Kickstarter", "EUR": "Ulule", "GBP": "Crowdfunder"}


def crowdfunding_pledge(rng: random.Random, font: str):
    """A crowdfunding platform's pledge receipt e-mail: reward, shipping, bonus support (INR, USD, EUR, GBP)."""
    currency = rng.choice(sorted(PLATFORMS))
    platform = PLATFORMS[currency]
    scale = 80.0 if currency == "INR" else 1.0
    reward = round(rng.choice([15, 29, 45, 79, 120]) * scale, 2)
    ship = round(rng.choice([0, 5, 8, 12]) * scale, 2)
    bonus = round(rng.choice([0, 0, 5, 10]) * scale, 2)
    total = round(reward + ship + bonus, 2)
    when = day(rng)
    status = rng.choices(["success", "pending", "failed", None], [0.45, 0.3, 0.1, 0.15])[0]

    def show(value: float) -> str:
        return _shown_in(value, currency, font)

    words = {"success": rng.choice(["Your pledge was successfully collected", "Payment collected"]),
             "pending": rng.choice(["Pledge pending - you will be charged when the campaign ends", "Payment pending"]),
             "failed": rng.choice(["Payment failed - update your payment method", "Your card was declined"]), None: ""}[status]
    rows = [("title", platform), ("center", rng.choice(["Pledge receipt", "Your pledge", "Backer receipt"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", "Project", rng.choice(["Tiny Forest Board Game", "Solar Lantern v2", "Handmade Khadi Notebooks", "Indie Comic Vol. 3"])),
        ("pair", rng.choice(["Creator", "By"]), rng.choice(["Maple Owl Games", "Aarav & Co.", "Studio Lumen"])),
        ("pair", rng.choice(["Backer #", "You are backer no."]), f"{rng.randint(40, 9000):,}"),
        ("rule",),
        ("pair", "Reward: " + rng.choice(["Early bird", "Deluxe", "Standard"]), show(reward)),
    ]
    if ship:
        rows.append(("pair", rng.choice(["Shipping", "Delivery"]), show(ship)))
    if bonus:
        rows.append(("pair", rng.choice(["Bonus support", "Extra contribution"]), show(bonus)))
    rows.append(("pair", rng.choice(["Total pledge", "Pledge amount", "Total"]), show(total) + rng.choice(["", " " + currency])))
    end = when if status in ("success", "failed") else when + dt.timedelta(days=rng.randint(3, 25))
    rows.append(("pair", rng.choice(["Campaign ends", "Funding deadline"]), date_text(end, rng.choice(DATES[currency]))))
    date_printed = status == "success" and shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Charged on", "Collected on"]), date_text(when + dt.timedelta(days=1), rng.choice(DATES[currency]))))
    rows.append(("pair", "Estimated delivery", date_text(end + dt.timedelta(days=rng.randint(60, 200)), "%B %Y")))
    method = rng.choice(["card", "card", "wallet"] + (["UPI"] if currency == "INR" else []))
    rows.append(("pair", rng.choice(["Payment method", "Card"]), {"card": rng.choice(["Visa", "Mastercard", "Amex"]) + " ending " + digits(rng, 4),
                                                                  "wallet": "PayPal", "UPI": "UPI"}[method]))
    pledge = digits(rng, 9)
    pledge_printed = optional_pair(rng, rows, ["Pledge ID", "Pledge reference"], pledge, 0.4)
    rows.append(("small", "Rewards are not guaranteed; creators are responsible for fulfilment"))
    return (
        rows,
        _truth(platform, total, currency, pledge if pledge_printed else None,
               when + dt.timedelta(days=1) if date_printed else None, method, status),
        dict(SCREEN, width=600, band=(5, 206, 120)),
    )
