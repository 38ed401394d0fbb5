"""The twelve heldout53 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; only the shared value helpers of heldout14 are
reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
These pages print several numbers and dates beside the payment's own: table and cover counts, vehicle, chassis and
serial numbers, loan accounts, challan and application numbers, flat and account numbers, IMEIs; due, offence,
appointment, warranty, delivery and period dates. Every receipt still prints at most one transaction id (a
reference, a payment's id or a document's own number, never two of them: the others are numbers the README's
"Receipt fields" never take for the id) and at most one date of payment (the other dates are named for other
events: due, offence, appointment, validity, delivery, start, a period), and names one party that was paid.
"""

from __future__ import annotations

import datetime as dt
import random
import string

from bench.receipt_sets.heldout14_values import (
    PEOPLE,
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

# codes leave out I and O, which a page's face may not tell from 1 and 0
UPPER = "".join(letter for letter in string.ascii_uppercase if letter not in "IO")
ALNUM = UPPER + string.digits
PAPER = {"paper": (252, 251, 246), "width": 620, "size": 20}
EMAIL = {"paper": (255, 255, 255), "width": 640, "size": 19}
SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 20}
US_DATES = ["%m/%d/%Y", "%b {d}, %Y", "%B {d}, %Y"]
INDIAN_DATES = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "{d} %b %Y", "%d %B %Y"]
UK_DATES = ["%d/%m/%Y", "{d} %B %Y", "%d %b %Y"]
GERMAN_DATES = ["%d.%m.%Y"]
NAMED_DATES = ["{d} %b %Y", "%d %B %Y"]  # the month named: pages whose currency sets no day order
INDIAN_PEOPLE = PEOPLE[:6]
WESTERN_PEOPLE = PEOPLE[6:]


def _outcome(rng: random.Random, words: dict[str, list[str]]) -> tuple[str, str]:
    """An outcome (success mostly, else failed or pending where the layout has words for it) and its wording."""
    roll = rng.random()
    status = "success" if roll < 0.65 else ("failed" if roll < 0.83 else "pending")
    if status not in words:
        status = "success"
    return status, rng.choice(words[status])


def _inr(rng: random.Random, font: str, value: float) -> str:
    """Rupees with the lakh grouping, marked ₹ (where the face has it), Rs. or INR."""
    return rng.choice([rupee(font), rupee(font), "Rs. ", "INR "]) + money(value, "indian")


def _card(rng: random.Random, india: bool = True) -> str:
    """A card's scheme (RuPay only on Indian pages) and last four digits (never the id)."""
    return rng.choice(["Visa", "Mastercard", "RuPay" if india else "Amex", "VISA"]) + \
        rng.choice([" XXXX ", " ending ", " **** "]) + digits(rng, 4)


def _stamp(rng: random.Random, when: dt.date, patterns: list[str], twelve_hour: bool) -> str:
    """A date in one of ``patterns``, with a time in a share."""
    text = date_text(when, rng.choice(patterns))
    return text + (" " + clock(rng, twelve_hour) if rng.random() < 0.4 else "")


def _later(when: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    """Another event's day, ``low`` to ``high`` days after ``when``."""
    return when + dt.timedelta(days=rng.randrange(low, high))


def _vehicle(rng: random.Random) -> str:
    """An Indian registration number (never the id)."""
    return f"{rng.choice(['KA', 'MH', 'DL', 'TN', 'HR', 'GJ'])} {rng.randrange(1, 60):02d} " \
           f"{code(rng, 2, UPPER)} {digits(rng, 4)}"


def _vin(rng: random.Random) -> str:
    """A 17-character chassis number (never the id)."""
    return rng.choice(["MA3", "MAL", "MAT", "1HG", "WVW"]) + code(rng, 14, ALNUM)


# ---------------------------------------------------------------- 1 restaurant bill with its card slip


def restaurant_bill(rng: random.Random, font: str):
    """A restaurant's bill with the card-terminal slip stapled under it, in rupees (India) or pounds (UK): the
    restaurant on top, Table / Covers / Steward, KOT numbers on Indian bills in a share (only beside the bill's
    number), items, CGST and SGST or a service charge, Grand Total / Total / Amount Payable, the bill's own number
    (Bill No / Bill #) in a share; the slip repeats the restaurant, prints TID, MID and Batch (never the id), the
    masked card, the sale's amount, the same day and APPROVED (the outcome). One date (the bill's Date, the slip's
    day the same)."""
    india = rng.random() < 0.65
    name = rng.choice(["Spice Route Kitchen", "Hotel Saravana Bhavan", "The Bombay Canteen Co.",
                       "Punjab Grill Express", "Kayal Seafood Restaurant"] if india else
                      ["The Red Lion Dining Rooms", "Dishoom Covent Garden", "Bella Napoli Trattoria",
                       "The Ivy Brasserie"])
    fmt = (lambda v: _inr(rng, font, v)) if india else (lambda v: "£" + money(v, "western"))
    patterns, twelve = (INDIAN_DATES, True) if india else (UK_DATES, False)
    menu = ([("Paneer Tikka", 345.0), ("Dal Makhani", 295.0), ("Butter Naan", 75.0), ("Veg Biryani", 325.0),
             ("Masala Dosa", 140.0), ("Fresh Lime Soda", 95.0), ("Gulab Jamun (2)", 110.0)] if india else
            [("Fish & Chips", 17.5), ("Sunday Roast", 21.0), ("Margherita", 12.95), ("House Red 175ml", 8.25),
             ("Sticky Toffee Pudding", 7.5), ("Sparkling Water", 3.95)])
    rows = [("title", name), ("center", rng.choice(["TAX INVOICE", "BILL"]) if india else "Your bill"),
            ("pair", "Table", str(rng.randrange(1, 40))), ("pair", "Covers", str(rng.randrange(1, 7))),
            ("pair", rng.choice(["Steward", "Server"]), rng.choice(["Ravi", "Salim", "Joseph", "Amy", "Tom"]))]
    ref = (rng.choice(["", "B", "SRK/"]) if india else "") + digits(rng, rng.choice([4, 5, 6]))
    numbered = shown(rng, 0.25)
    if india and numbered and rng.random() < 0.6:
        rows.append(("pair", "KOT No", ", ".join(str(rng.randrange(10, 99)) for _ in range(rng.randint(1, 3)))))
    rows.append(("rule",))
    subtotal = 0.0
    for item, value in rng.sample(menu, rng.randint(2, 5)):
        qty = rng.randint(1, 3)
        rows.append(("pair", f"{item} x{qty}", money(value * qty, "indian" if india else "western")))
        subtotal += value * qty
    subtotal = round(subtotal, 2)
    rows.append(("pair", "Sub Total", money(subtotal, "indian" if india else "western")))
    if india:
        tax = round(subtotal * 0.025, 2)
        rows += [("pair", "CGST 2.5%", money(tax, "indian")), ("pair", "SGST 2.5%", money(tax, "indian"))]
        total = round(subtotal + 2 * tax, 2)
    else:
        service = round(subtotal * 0.125, 2)
        rows.append(("pair", "Service charge 12.5%", money(service, "western")))
        total = round(subtotal + service, 2)
    rows.append(("pair", rng.choice(["Grand Total", "Total", "Amount Payable"]), fmt(total)))
    txn = None
    if numbered:
        rows.append(("pair", rng.choice(["Bill No", "Bill #"]), ref))
        txn = ref
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date", _stamp(rng, when, patterns, twelve)))
    rows += [("small", "Thank you! Please visit again."), ("gap",), ("rule",),
             ("center", name.upper()), ("left", f"TID: {digits(rng, 8)}   MID: {digits(rng, 12)}"),
             ("left", f"BATCH: {rng.randrange(1, 999):06d}")]
    status, words = "success", "APPROVED"
    rows += [("left", "SALE"), ("left", rng.choice(["VISA", "MASTERCARD", "RUPAY" if india else "AMEX"]) +
                                        " ************" + digits(rng, 4)),
             ("pair", "AMOUNT", fmt(total)), ("center", words)]
    if dated:
        rows.append(("left", date_text(when, "%d/%m/%Y") + " " + clock(rng, False)))
    rows.append(("small", "CUSTOMER COPY"))
    truth = truth_fields(name, total, "INR" if india else "GBP", txn, when if dated else None, "card", status)
    return rows, truth, dict(PAPER, width=560)


# ---------------------------------------------------------------- 2 car service invoice


def car_service_invoice(rng: random.Random, font: str):
    """An authorised car workshop's service invoice in rupees (a Maruti Suzuki, Hyundai or Tata Motors dealer) or
    US dollars (Jiffy Lube, Firestone Complete Auto Care, Midas): the workshop on top, Reg. No / License Plate,
    VIN / Chassis No, Odometer / Mileage, the job card's or repair order's number only beside the invoice's own
    number (Invoice No. / Invoice #, the id, in a share; neither printed in the rest), Next Service at a distance
    only, labour and parts, tax, Total / Invoice Total / Amount Paid, Payment Mode /
    Paid by (a card, UPI, cash) in a share, Date / Invoice Date in a share (no due date on the page)."""
    india = rng.random() < 0.6
    if india:
        shop = rng.choice(["Nexa Service - Sai Motors", "Hyundai Service - Advaith Motors",
                           "Tata Motors Service - Concorde Motors", "Maruti Suzuki Arena - Pratham Motors"])
        fmt, patterns, twelve = (lambda v: _inr(rng, font, v)), INDIAN_DATES, True
        parts = [("Engine Oil 3.5 L", 2350.0), ("Oil Filter", 385.0), ("Air Filter", 640.0),
                 ("Brake Pads (Front)", 2890.0), ("Wheel Alignment", 650.0), ("Periodic Service Labour", 1850.0)]
        plate, distance = ("pair", rng.choice(["Reg. No", "Vehicle No"]), _vehicle(rng)), "km"
        job = ("pair", "Job Card No", "JC/" + str(rng.randrange(24, 27)) + "/" + digits(rng, 5))
    else:
        shop = rng.choice(["Jiffy Lube #1842", "Firestone Complete Auto Care", "Midas Auto Service"])
        fmt, patterns, twelve = (lambda v: "$" + money(v, "western")), US_DATES, True
        parts = [("Synthetic Oil Change", 79.99), ("Tire Rotation", 24.99), ("Cabin Air Filter", 39.99),
                 ("Brake Pads & Rotors (Front)", 389.0), ("Wiper Blades (pair)", 34.99), ("Labor", 145.0)]
        plate = ("pair", rng.choice(["License Plate", "Plate"]), code(rng, 3, UPPER) + "-" + digits(rng, 4))
        distance = "mi"
        job = ("pair", "RO #", digits(rng, 6))
    odometer = rng.randrange(8000, 140000)
    ref = (code(rng, 2, UPPER) + digits(rng, 8)) if india else digits(rng, 7)
    numbered = shown(rng, 0.2)
    rows = [("title", shop), ("center", "SERVICE INVOICE"), *([job] if numbered else []), plate,
            ("pair", rng.choice(["VIN", "Chassis No"]) if india else "VIN", _vin(rng)),
            ("pair", rng.choice(["Odometer", "Mileage"]), f"{odometer:,} {distance}"), ("rule",)]
    subtotal = 0.0
    for item, value in rng.sample(parts, rng.randint(2, 5)):
        rows.append(("pair", item, money(value, "indian" if india else "western")))
        subtotal += value
    subtotal = round(subtotal, 2)
    if india:
        tax = round(subtotal * 0.18, 2)
        rows += [("pair", "Taxable Value", money(subtotal, "indian")), ("pair", "GST 18%", money(tax, "indian"))]
    else:
        tax = round(subtotal * rng.choice([0.0625, 0.07, 0.0825]), 2)
        rows += [("pair", "Subtotal", money(subtotal, "western")), ("pair", "Sales Tax", money(tax, "western"))]
    total = round(subtotal + tax, 2)
    rows.append(("pair", rng.choice(["Total", "Invoice Total", "Amount Paid"]), fmt(total)))
    txn = None
    if numbered:
        rows.append(("pair", rng.choice(["Invoice No."] if india else ["Invoice #", "Invoice No."]), ref))
        txn = ref
    pays = [("UPI", "UPI"), (_card(rng), "card"), ("Cash", "cash")] if india else \
        [(_card(rng, india=False), "card"), (_card(rng, india=False), "card"), ("Cash", "cash")]
    pay, method = rng.choice(pays)
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid by"], pay, 0.2)
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Invoice Date"]), _stamp(rng, when, patterns, twelve)))
    step = rng.choice([5000, 10000]) if india else rng.choice([3000, 5000])
    rows.append(("pair", "Next Service", f"{odometer + step:,} {distance}"))
    if not india:
        rows.append(("small", rng.choice(["4120 Lamar Blvd, Austin, TX 78756", "1880 Main St, Columbus, OH 43215",
                                          "77 Route 9, Fishkill, NY 12524"])))
    rows.append(("small", "Please check your vehicle before leaving the workshop."))
    truth = truth_fields(shop, total, "INR" if india else "USD", txn, when, method if printed else None, None)
    return rows, truth, PAPER


# ---------------------------------------------------------------- 3 loan EMI payment acknowledgement


def loan_emi_receipt(rng: random.Random, font: str):
    """A loan EMI payment acknowledgement in rupees from Bajaj Finance / Tata Capital / IDFC FIRST Bank / HDFC
    Bank: the lender on top, Loan Account No and Customer ID (never the id), EMI Amount and, in a share, a Late
    Payment Charge with Amount Paid / Total Amount Paid above both, EMI Due Date (never the day paid), Payment Date
    / Paid on in a share, Transaction Reference No. / Receipt No. in a share, Payment Mode (UPI, Net Banking, a
    Debit Card) in a share, the outcome (Payment Successful / Payment Failed / Payment Pending) in a share."""
    lender = rng.choice(["Bajaj Finance Limited", "Tata Capital Limited", "IDFC FIRST Bank", "HDFC Bank"])
    emi = price(rng, 1800, 48000, 1)
    late = float(rng.choice([0, 0, 500, 590])) if rng.random() < 0.4 else 0.0
    total = round(emi + late, 2)
    rows = [("title", lender), ("center", rng.choice(["EMI Payment Acknowledgement", "Payment Receipt"]))]
    status = None
    if shown(rng, 0.3):
        status, words = _outcome(rng, {"success": ["Payment Successful"], "failed": ["Payment Failed"],
                                       "pending": ["Payment Pending"]})
        rows.append(("center", words))
    rows += [("rule",), ("pair", "Customer Name", rng.choice(INDIAN_PEOPLE)),
             ("pair", rng.choice(["Loan Account No", "Loan A/c No."]),
              rng.choice(["", "4", "LN"]) + digits(rng, 11)),
             ("pair", "Customer ID", digits(rng, 9)),
             ("pair", "Product", rng.choice(["Personal Loan", "Two Wheeler Loan", "Consumer Durable Loan",
                                              "Home Loan"]))]
    when = None
    due = day(rng)
    rows.append(("pair", "EMI Due Date", date_text(due, rng.choice(INDIAN_DATES))))
    rows.append(("pair", "EMI Amount", money(emi, "indian")))
    if late:
        rows.append(("pair", "Late Payment Charges", money(late, "indian")))
    rows.append(("pair", rng.choice(["Amount Paid", "Total Amount Paid"]) if status != "failed" else "Total Amount",
                 _inr(rng, font, total)))
    txn = None
    ref = rng.choice(["", "TXN", "RCPT"]) + digits(rng, rng.choice([10, 12, 14]))
    labels = ["Transaction Reference No."] if status in ("failed", "pending") else ["Transaction Reference No.",
                                                                                     "Receipt No."]
    if optional_pair(rng, rows, labels, ref, 0.15):
        txn = ref
    pay, method = rng.choice([("UPI", "UPI"), ("Net Banking", "netbanking"), ("Debit Card", "card")])
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid via"], pay, 0.15)
    if shown(rng, 0.15):
        when = _later(due, rng, 1, 10) if late else _later(due, rng, -6, 1)  # a late charge only after the due day
        label = "Payment Date" if status in ("failed", "pending") else rng.choice(["Payment Date", "Paid on"])
        rows.append(("pair", label, _stamp(rng, when, INDIAN_DATES, True)))
    rows.append(("small", "This is a computer generated receipt and needs no signature."))
    truth = truth_fields(lender, total, "INR", txn, when, method if printed else None, status)
    return rows, truth, dict(SCREEN, accent=(0, 60, 130), screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 4 traffic fine payment


def traffic_fine(rng: random.Random, font: str):
    """A traffic fine's payment receipt: an Indian e-Challan (Parivahan, Delhi Traffic Police, Bengaluru Traffic
    Police, Maharashtra Traffic Police) in rupees or a Dubai Police fine in AED: the authority on top, Challan No
    / Fine No (a violation's number: never the id), Vehicle No / Plate, the offence, Offence Date / Violation
    Date (never the day paid), Fine Amount / Amount Paid, Transaction ID / Payment Reference in a share, Payment
    Mode in a share, Payment Date in a share, the outcome (Payment Successful / Payment Failed) in a share."""
    dubai = rng.random() < 0.3
    status = None
    if dubai:
        authority = "Dubai Police"
        fine = float(rng.choice([300, 400, 600, 800, 1000, 3000]))
        fmt, patterns = (lambda v: "AED " + money(v, "western")), NAMED_DATES
        rows = [("title", authority), ("center", "Traffic Fine Payment Receipt"),
                ("pair", "Fine No", digits(rng, 9)),
                ("pair", "Plate", f"Dubai {rng.choice(UPPER)} {digits(rng, 5)}"),
                ("pair", "Violation", rng.choice(["Exceeding speed limit by 20 km/h",
                                                  "Parking in a prohibited area",
                                                  "Using a phone while driving"]))]
        offence_label = "Violation Date"
    else:
        authority = rng.choice(["Parivahan e-Challan", "Delhi Traffic Police", "Bengaluru Traffic Police",
                                "Maharashtra Traffic Police"])
        fine = float(rng.choice([500, 1000, 1500, 2000, 5000]))
        fmt, patterns = (lambda v: _inr(rng, font, v)), INDIAN_DATES
        rows = [("title", authority), ("center", "e-Challan Payment Receipt"),
                ("pair", "Challan No", rng.choice(["DL", "KA", "MH"]) + digits(rng, 18)),
                ("pair", "Vehicle No", _vehicle(rng)),
                ("pair", "Offence", rng.choice(["Jumping red light", "Riding without helmet", "No parking",
                                                "Over speeding", "Driving without seat belt"]))]
        offence_label = rng.choice(["Offence Date", "Violation Date"])
    paid = day(rng)  # the day paid (printed in a share), after the offence
    offence = paid - dt.timedelta(days=rng.randrange(1, 60))
    rows.append(("pair", offence_label, date_text(offence, rng.choice(patterns)) + " " + clock(rng, False)))
    rows.append(("rule",))
    if shown(rng, 0.35):
        status, words = _outcome(rng, {"success": ["Payment Successful"], "failed": ["Payment Failed"]})
    rows.append(("pair", "Fine Amount" if status == "failed" else rng.choice(["Fine Amount", "Amount Paid"]),
                 fmt(fine)))
    if status:
        rows.append(("center", words))
    txn = None
    ref = (code(rng, 3, UPPER) + digits(rng, 10)) if not dubai else digits(rng, 12)
    if optional_pair(rng, rows, ["Transaction ID", "Payment Reference"], ref, 0.15):
        txn = ref
    pays = [(_card(rng, india=False), "card"), ("Apple Pay", "wallet")] if dubai else \
        [("UPI", "UPI"), ("Net Banking", "netbanking"), ("Credit Card", "card"), ("Debit Card", "card")]
    pay, method = rng.choice(pays)
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid by"], pay, 0.2)
    when = None
    if shown(rng, 0.15):
        when = paid
        rows.append(("pair", "Payment Date", _stamp(rng, when, patterns, not dubai)))
    rows.append(("small", "Keep this receipt for your records."))
    truth = truth_fields(authority, fine, "AED" if dubai else "INR", txn, when, method if printed else None,
                         status)
    return rows, truth, dict(EMAIL, accent=(20, 50, 110), screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 5 passport / visa fee receipt


def passport_visa_fee(rng: random.Random, font: str):
    """A passport or visa application fee receipt: Passport Seva's payment receipt in rupees, or a VFS
    Global visa application centre's fee receipt in rupees or pounds: the issuer on top, User ID / Login ID /
    Customer ID (never the id; no application number is printed), the applicant, Service / Visa type, the centre,
    Appointment Date (never the day paid), Amount Paid / Total Fee, Bank Reference No / Transaction ID in a share,
    Payment Mode in a share, Payment Date in a share, Status Success / Payment Successful in a share."""
    vfs = rng.random() < 0.5
    uk = vfs and rng.random() < 0.4
    issuer = "VFS Global" if vfs else "Passport Seva"
    if uk:
        fee = rng.choice([90.0, 127.0, 180.0])
        fmt, patterns, twelve, currency = (lambda v: "£" + money(v, "western")), UK_DATES, False, "GBP"
    else:
        fee = float(rng.choice([1500, 2000, 3500, 5000])) if not vfs else price(rng, 2400, 14500, 1)
        fmt, patterns, twelve, currency = (lambda v: _inr(rng, font, v)), INDIAN_DATES, True, "INR"
    rows = [("title", issuer), ("center", "Payment Receipt" if not vfs else "Fee Receipt"), ("rule",)]
    rows.append(("pair", rng.choice(["User ID", "Login ID"]) if not vfs else "Customer ID",
                 rng.choice(INDIAN_PEOPLE).split()[0].lower() + digits(rng, 3) if not vfs else digits(rng, 8)))
    if vfs:
        rows.append(("pair", "Visa Type", rng.choice(["Schengen Short Stay", "UK Standard Visitor",
                                                      "Canada Temporary Resident", "Student Visa"])))
    else:
        rows.append(("pair", "Service", rng.choice(["Fresh Passport", "Re-issue of Passport", "Tatkaal Re-issue"])))
        rows.append(("pair", "Appointment at", rng.choice(["PSK Bengaluru", "PSK Thane", "POPSK Madurai"])))
    rows.append(("pair", "Applicant Name", rng.choice(WESTERN_PEOPLE if uk else INDIAN_PEOPLE)))
    when = day(rng)
    rows.append(("pair", "Appointment Date", date_text(_later(when, rng, 3, 40), rng.choice(patterns)) + " "
                 + clock(rng, twelve)))
    rows.append(("pair", rng.choice(["Amount Paid", "Total Fee"]), fmt(fee)))
    txn = None
    ref = digits(rng, rng.choice([10, 12])) if not uk else code(rng, 2, UPPER) + digits(rng, 10)
    if optional_pair(rng, rows, ["Bank Reference No", "Transaction ID"], ref, 0.15):
        txn = ref
    pays = [(_card(rng, india=False), "card"), ("Apple Pay", "wallet")] if uk else \
        [("UPI", "UPI"), ("Net Banking", "netbanking"), ("Credit Card", "card"), ("Debit Card", "card")]
    pay, method = rng.choice(pays)
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid by"], pay, 0.15)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Payment Date", _stamp(rng, when, patterns, twelve)))
    status = None
    if shown(rng, 0.5):
        status = "success"
        rows.append(rng.choice([("pair", "Status", "Success"), ("center", "Payment Successful")]))
    rows.append(("small", "Carry a printout of this receipt and your documents to the appointment."))
    truth = truth_fields(issuer, fee, currency, txn, when if dated else None, method if printed else None, status)
    return rows, truth, dict(EMAIL, accent=(30, 60, 100), screen=rng.random() < 0.4)


# ---------------------------------------------------------------- 6 battery / tyre fitting invoice


def battery_tyre_invoice(rng: random.Random, font: str):
    """A battery or tyre fitting invoice: an Exide Care / Amaron Pitstop / Apollo Tyres / MRF Tyres dealer in
    rupees, or a Kwik Fit / National Tyres / ATS Euromaster centre in pounds: the centre on top, Vehicle No /
    Registration, the battery's or tyres' Serial No / DOT code (never the id), the old battery's buyback taken off
    in a share, Warranty until / Warranty Valid Till (never the day paid), GST or VAT, Total / Net Amount / Total
    Paid, Invoice No. in a share, Payment Mode / Paid by in a share, Date in a share."""
    uk = rng.random() < 0.35
    if uk:
        centre = rng.choice(["Kwik Fit", "National Tyres and Autocare", "ATS Euromaster"])
        fmt, patterns, twelve, currency = (lambda v: "£" + money(v, "western")), UK_DATES, False, "GBP"
        plate = ("pair", "Registration", f"{code(rng, 2, UPPER)}{rng.randrange(10, 75)} {code(rng, 3, UPPER)}")
    else:
        centre = rng.choice(["Exide Care - Sri Ganesh Batteries", "Amaron Pitstop - Power Point",
                             "Apollo Tyres Zone - Wheels & Co", "MRF T&S - Raja Tyres"])
        fmt, patterns, twelve, currency = (lambda v: _inr(rng, font, v)), INDIAN_DATES, True, "INR"
        plate = ("pair", "Vehicle No", _vehicle(rng))
    tyres = "Tyre" in centre or (centre in ("Kwik Fit", "ATS Euromaster") and rng.random() < 0.5)
    rows = [("title", centre), ("center", "TAX INVOICE" if not uk else "Invoice"), plate]
    when = day(rng)
    if tyres:
        qty = rng.choice([2, 4])
        unit = price(rng, 3200, 8900, 1) if not uk else price(rng, 62, 145, 0.01)
        rows.append(("pair", f"Tyre 195/55 R16 x{qty}", money(unit * qty, "western" if uk else "indian")))
        rows.append(("pair", "DOT", f"{code(rng, 4, UPPER)} {digits(rng, 4)}"))
        base = round(unit * qty, 2)
        fitting = (float(rng.choice([100, 150])) * qty) if not uk else 0.0
        if fitting:
            rows.append(("pair", "Fitting & Balancing", money(fitting, "indian")))
    else:
        base = price(rng, 4200, 11800, 1) if not uk else price(rng, 95, 230, 0.01)
        rows.append(("pair", rng.choice(["Battery 12V 45Ah", "Battery 12V 65Ah DIN"]),
                     money(base, "western" if uk else "indian")))
        rows.append(("pair", "Serial No", code(rng, 12, ALNUM)))
        fitting = 0.0
    net = round(base + fitting, 2)
    if not tyres and not uk and rng.random() < 0.5:
        buyback = float(rng.choice([600, 800, 1100]))
        rows.append(("pair", "Old Battery Buyback", "-" + money(buyback, "indian")))
        net = round(net - buyback, 2)
    years = rng.choice([2, 3, 4, 5])
    rows.append(("pair", rng.choice(["Warranty until", "Warranty Valid Till"]),
                 date_text(when.replace(year=when.year + years) if not (when.month == 2 and when.day == 29)
                           else when + dt.timedelta(days=365 * years), rng.choice(patterns))))
    if uk:
        rows.append(("pair", "VAT 20% (incl.)", money(round(net / 6, 2), "western")))
        total = net
    else:
        tax = round(net * 0.28, 2)
        rows.append(("pair", "GST 28%", money(tax, "indian")))
        total = round(net + tax, 2)
    rows.append(("pair", rng.choice(["Total", "Net Amount", "Total Paid"]), fmt(total)))
    txn = None
    ref = (rng.choice(["INV-", "", "KF"]) if uk else rng.choice(["", "EC/", "GST/"])) + digits(rng, 6)
    if optional_pair(rng, rows, ["Invoice No.", "Invoice No"], ref, 0.2):
        txn = ref
    pays = [(_card(rng, india=False), "card"), ("Apple Pay", "wallet"), ("Cash", "cash")] if uk else \
        [("UPI", "UPI"), ("Cash", "cash"), (_card(rng), "card")]
    pay, method = rng.choice(pays)
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid by"], pay, 0.2)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Date", _stamp(rng, when, patterns, twelve)))
    rows.append(("small", "Warranty claims need this invoice."))
    truth = truth_fields(centre, total, currency, txn, when if dated else None, method if printed else None, None)
    return rows, truth, dict(PAPER, width=600)


# ---------------------------------------------------------------- 7 housing society maintenance receipt


def society_maintenance(rng: random.Random, font: str):
    """A housing society's maintenance payment receipt in rupees, as its society app shows it: the society on
    top, Flat No / Unit, the member, Bill Period / For the period (a period: never the day paid), Due Date (never
    the day paid), Maintenance Charges, Sinking Fund, Water Charges, a Late Fee where paid after the due date, Total
    Paid / Amount Paid, Receipt No. / Transaction ID in a share, Payment Mode in a share, Payment Date / Paid on in a
    share, Payment Successful in a share."""
    society = rng.choice(["Prestige Lakeside Habitat Apartment Owners Association", "Lodha Splendora CHS Ltd",
                          "Sobha Dream Acres Owners Welfare Association", "Green Valley Co-op Housing Society",
                          "DLF Park Place RWA"])
    paid = day(rng)  # the day paid (printed in a share); the period's first month and its due date come before it
    month = (paid - dt.timedelta(days=rng.randrange(0, 20))).replace(day=1)
    end = (month + dt.timedelta(days=92)).replace(day=1) - dt.timedelta(days=1)
    due = month + dt.timedelta(days=rng.choice([9, 14, 19]))
    rows = [("title", society), ("center", rng.choice(["Maintenance Receipt", "Payment Receipt"])), ("rule",),
            ("pair", rng.choice(["Flat No", "Unit"]),
             f"{rng.choice('ABCDEF')}-{rng.randrange(1, 20)}{rng.randrange(1, 12):02d}"),
            ("pair", "Member", rng.choice(INDIAN_PEOPLE)),
            ("pair", rng.choice(["Bill Period", "For the period"]),
             date_text(month, "%d/%m/%Y") + " to " + date_text(end, "%d/%m/%Y")),
            ("pair", "Due Date", date_text(due, "%d/%m/%Y"))]
    charges = [("Maintenance Charges", price(rng, 2400, 14500, 1)), ("Sinking Fund", float(rng.choice([300, 500]))),
               ("Water Charges", price(rng, 250, 900, 1))]
    if paid > due:
        charges.append(("Late Fee", float(rng.choice([100, 250, 500]))))
    total = 0.0
    for label, value in charges:
        rows.append(("pair", label, money(value, "indian")))
        total += value
    total = round(total, 2)
    rows.append(("pair", rng.choice(["Total Paid", "Amount Paid"]), _inr(rng, font, total)))
    txn = None
    ref = rng.choice(["RCPT-", "MG", "NBH"]) + digits(rng, 8) if rng.random() < 0.5 else digits(rng, 12)
    if optional_pair(rng, rows, ["Receipt No.", "Transaction ID"], ref, 0.15):
        txn = ref
    pay, method = rng.choice([("UPI", "UPI"), ("Net Banking", "netbanking"), ("Credit Card", "card"),
                              ("Debit Card", "card")])
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid via"], pay, 0.15)
    when = None
    if shown(rng, 0.15):
        when = paid
        rows.append(("pair", rng.choice(["Payment Date", "Paid on"]), _stamp(rng, when, INDIAN_DATES, True)))
    status = None
    if shown(rng, 0.5):
        status = "success"
        rows.append(("center", "Payment Successful"))
    rows.append(("small", "Contact the society office for any correction."))
    truth = truth_fields(society, total, "INR", txn, when, method if printed else None, status)
    return rows, truth, dict(SCREEN, accent=(20, 110, 90), screen=rng.random() < 0.6)


# ---------------------------------------------------------------- 8 US HOA dues payment


def hoa_dues(rng: random.Random, font: str):
    """A US homeowners association's dues payment confirmation in US dollars: the association on top with its
    city, state and ZIP, Account # (never the id), the property, Assessment period (a period: never the day
    paid), Due date (never the day paid), Assessment, a Convenience fee in a share, Total charged / Total payment,
    Confirmation # / Confirmation number in a share, Payment method (a card) in a share, Payment date in a share,
    the outcome (Payment successful / Payment failed / Payment pending) in a share."""
    hoa = rng.choice(["Willow Creek Homeowners Association", "Stone Ridge Community Association",
                      "Cypress Pointe HOA", "Maple Grove Townhomes Association"])
    city = rng.choice(["Plano, TX 75024", "Scottsdale, AZ 85255", "Naperville, IL 60564", "Cary, NC 27519"])
    assessment = float(rng.choice([125, 185, 240, 310, 415, 650]))
    period = day(rng).replace(day=1)
    rows = [("title", hoa), ("small", city)]
    status = None
    if shown(rng, 0.35):
        status, words = _outcome(rng, {"success": ["Payment successful"], "failed": ["Payment failed"],
                                       "pending": ["Payment pending"]})
        rows.append(("center", words))
    rows += [("rule",), ("pair", "Account #", digits(rng, 8)),
             ("pair", "Property",
              f"{rng.randrange(100, 9999)} {rng.choice(['Willow Bend Dr', 'Ridge Ct', 'Pine St'])}"),
             ("pair", "Assessment period", period.strftime("%B %Y")),
             ("pair", "Due date", date_text(period, rng.choice(US_DATES))),
             ("pair", "Assessment", "$" + money(assessment, "western"))]
    total = assessment
    if rng.random() < 0.5:
        fee = 2.95 if rng.random() < 0.5 else round(assessment * 0.029, 2)
        rows.append(("pair", "Convenience fee", "$" + money(fee, "western")))
        total = round(assessment + fee, 2)
    label = "Total payment" if status == "failed" else rng.choice(["Total charged", "Total payment"])
    rows.append(("pair", label, "$" + money(total, "western") + " USD"))
    txn = None
    ref = code(rng, 2, UPPER) + digits(rng, 8)
    if optional_pair(rng, rows, ["Confirmation #", "Confirmation number"], ref, 0.15):
        txn = ref
    printed = optional_pair(rng, rows, ["Payment method", "Paid with"], _card(rng, india=False), 0.2)
    when = None
    if shown(rng, 0.15):
        when = period - dt.timedelta(days=rng.randrange(0, 12))
        rows.append(("pair", "Payment date", _stamp(rng, when, US_DATES, True)))
    rows.append(("small", "Questions about your account? Contact your community manager."))
    truth = truth_fields(hoa, total, "USD", txn, when, "card" if printed else None, status)
    return rows, truth, dict(EMAIL, accent=(40, 80, 60), screen=rng.random() < 0.4)


# ---------------------------------------------------------------- 9 coaching institute fee receipt


def coaching_fee(rng: random.Random, font: str):
    """A coaching institute's fee receipt in rupees (ALLEN, Aakash, FIITJEE, Career Launcher centres): the
    institute on top, the student, Student ID (a student's number, as a customer's: never the id),
    Course, Batch Start Date (never the day paid), Instalment n of m, Tuition Fee and GST 18%, Amount Paid / Total,
    Next Instalment Due (never the day paid) in a share, Receipt No. in a share, Payment Mode in a share, Date of
    Payment / Payment Date in a share."""
    institute = rng.choice(["ALLEN Career Institute, Kota", "Aakash Institute - Dwarka Centre",
                            "FIITJEE Hyderabad Centre", "Career Launcher, Pune"])
    when = day(rng)
    fee = float(rng.choice([18000, 25500, 32000, 41500, 57000]))
    gst = round(fee * 0.18, 2)
    total = round(fee + gst, 2)
    count = rng.choice([2, 3, 4])
    part = rng.randrange(1, count + 1)
    rows = [("title", institute), ("center", "FEE RECEIPT"), ("rule",),
            ("pair", "Student", rng.choice(INDIAN_PEOPLE)),
            ("pair", "Student ID", digits(rng, 8)),
            ("pair", "Course", rng.choice(["JEE Main + Advanced (2 Yr)", "NEET Repeater", "CAT Classroom",
                                           "Foundation Class X"])),
            ("pair", "Batch Start Date", date_text(_later(when, rng, -90, 60), rng.choice(INDIAN_DATES))),
            ("pair", "Instalment", f"{part} of {count}"),
            ("pair", "Tuition Fee", money(fee, "indian")), ("pair", "GST 18%", money(gst, "indian")),
            ("pair", rng.choice(["Amount Paid", "Total"]), _inr(rng, font, total))]
    if part < count and rng.random() < 0.7:
        nxt = _later(when, rng, 60, 120)
        rows.append(("pair", "Next Instalment Due", date_text(nxt, rng.choice(INDIAN_DATES))))
    txn = None
    ref = rng.choice(["", "R/", "FR"]) + digits(rng, rng.choice([6, 7, 8]))
    if optional_pair(rng, rows, ["Receipt No.", "Receipt No"], ref, 0.15):
        txn = ref
    pay, method = rng.choice([("UPI", "UPI"), ("Credit Card", "card"), ("Debit Card", "card"),
                              ("Net Banking", "netbanking"), ("Cash", "cash")])
    printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment"], pay, 0.15)
    dated = shown(rng, 0.15)
    if dated:
        label = rng.choice(["Date of Payment", "Payment Date"])
        rows.append(("pair", label, _stamp(rng, when, INDIAN_DATES, True)))
    rows.append(("small", "Fee once paid is adjusted only as per the refund policy."))
    truth = truth_fields(institute, total, "INR", txn, when if dated else None, method if printed else None, None)
    return rows, truth, PAPER


# ---------------------------------------------------------------- 10 furniture order


def furniture_order(rng: random.Random, font: str):
    """A furniture order's payment confirmation in rupees from Pepperfry / Urban Ladder / Wakefit / Home Centre:
    the store on top, the items with a discount in a share, Delivery & Assembly, Order Total / Amount Paid (paid
    in full), Order No. / Order ID in a share, Payment Mode in a share, Order Date in a share, Expected Delivery
    (never the day paid), Payment Successful in a share."""
    store = rng.choice(["Pepperfry", "Urban Ladder", "Wakefit", "Home Centre"])
    catalogue = [("Sheesham Wood 3 Seater Sofa", 38999.0), ("Queen Bed with Storage", 27499.0),
                 ("Orthopaedic Mattress 6x5", 14999.0), ("4 Seater Dining Set", 22990.0),
                 ("Engineered Wood Wardrobe", 18499.0), ("Ergonomic Office Chair", 8999.0),
                 ("Coffee Table", 6499.0)]
    rows = [("title", store), ("center", rng.choice(["Order Confirmation", "Payment Confirmation"])), ("rule",)]
    total = 0.0
    for name, value in rng.sample(catalogue, rng.randint(1, 3)):
        rows.append(("pair", name, money(value, "indian")))
        total += value
    if rng.random() < 0.5:
        off = float(rng.choice([1000, 1500, 2500, 4000]))
        rows.append(("pair", "Discount", "-" + money(off, "indian")))
        total -= off
    assembly = float(rng.choice([0, 0, 499, 799]))
    rows.append(("pair", "Delivery & Assembly", money(assembly, "indian") if assembly else "FREE"))
    total = round(total + assembly, 2)
    rows.append(("pair", rng.choice(["Order Total", "Amount Paid"]), _inr(rng, font, total)))
    txn = None
    ref = rng.choice(["PF", "UL", "WF", "HC"]) + digits(rng, 10)
    if optional_pair(rng, rows, ["Order No.", "Order ID"], ref, 0.15):
        txn = ref
    pay, method = rng.choice([("UPI", "UPI"), ("Credit Card", "card"), ("Debit Card", "card"),
                              ("Net Banking", "netbanking")])
    printed = optional_pair(rng, rows, ["Payment Mode", "Paid using"], pay, 0.15)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Order Date", _stamp(rng, when, INDIAN_DATES, True)))
    rows.append(("pair", "Expected Delivery", date_text(_later(when, rng, 5, 25), rng.choice(["%d %b %Y",
                                                                                               "%d/%m/%Y"]))))
    status = None
    if printed and shown(rng, 0.5):
        status = "success"
        rows.append(("center", "Payment Successful"))
    rows.append(("small", "Our team will call you a day before delivery."))
    truth = truth_fields(store, total, "INR", txn, when if dated else None, method if printed else None, status)
    return rows, truth, dict(EMAIL, accent=(200, 80, 30), screen=rng.random() < 0.4)


# ---------------------------------------------------------------- 11 mobile phone store invoice


def mobile_store_invoice(rng: random.Random, font: str):
    """A mobile phone store's tax invoice in rupees (Poorvika, Sangeetha Mobiles, Big C Mobiles, Unicorn
    Infosolutions for Apple): the store on top, the phone with IMEI 1 and IMEI 2 or a Serial No (15-digit IMEIs:
    never the id), Warranty till in a share (never the day paid), a tempered glass in a share, Taxable Value and
    CGST / SGST 9% each, Grand Total / Net Amount, Invoice No. in a share, Payment Mode in a share, Invoice Date / Date
    in a share (no due date)."""
    store = rng.choice(["Poorvika Mobiles", "Sangeetha Mobiles", "Big C Mobiles", "Unicorn Infosolutions"])
    phones = [("Samsung Galaxy S24 FE 8/128", 38999.0), ("iPhone 15 128GB", 69900.0),
              ("Redmi Note 14 Pro 8/256", 26999.0), ("OnePlus Nord 4 12/256", 32999.0),
              ("vivo V40 8/128", 34999.0)]
    if store == "Unicorn Infosolutions":
        phones = [("iPhone 15 128GB", 69900.0), ("iPhone 16 256GB", 89900.0), ("iPhone 16 Pro 128GB", 119900.0)]
    name, value = rng.choice(phones)
    rows = [("title", store), ("center", "TAX INVOICE"), ("rule",), ("pair", name, money(value, "indian"))]
    if "iPhone" in name:
        rows.append(("pair", "Serial No", code(rng, 10, ALNUM)))
    rows.append(("pair", "IMEI 1", "35" + digits(rng, 13)))
    if "iPhone" not in name or rng.random() < 0.5:
        rows.append(("pair", "IMEI 2", "35" + digits(rng, 13)))
    gross = value
    if rng.random() < 0.6:
        extra = float(rng.choice([299, 499, 799]))
        rows.append(("pair", "Tempered Glass", money(extra, "indian")))
        gross += extra
    half = round(gross * 0.09 / 1.18, 2)  # the MRP holds the GST: the taxable value is what is left of it
    taxable = round(gross - 2 * half, 2)
    total = round(gross, 2)
    rows += [("pair", "Taxable Value", money(taxable, "indian")), ("pair", "CGST 9%", money(half, "indian")),
             ("pair", "SGST 9%", money(half, "indian")),
             ("pair", rng.choice(["Grand Total", "Net Amount"]), _inr(rng, font, total))]
    txn = None
    prefix = {"Poorvika Mobiles": "PM", "Sangeetha Mobiles": "SM", "Big C Mobiles": "BC",
              "Unicorn Infosolutions": "UI"}[store]
    ref = prefix + "/" + str(rng.randrange(24, 27)) + "-" + digits(rng, 6)
    if optional_pair(rng, rows, ["Invoice No.", "Invoice No"], ref, 0.15):
        txn = ref
    pay, method = rng.choice([("UPI", "UPI"), (_card(rng), "card"), ("Cash", "cash"), ("Credit Card", "card")])
    printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment"], pay, 0.2)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Invoice Date", "Date"]), _stamp(rng, when, INDIAN_DATES, True)))
    if shown(rng, 0.4):
        end = when + dt.timedelta(days=365)
        rows.append(("pair", "Warranty till", date_text(end, rng.choice(INDIAN_DATES))))
    rows.append(("small", "Goods once sold will be serviced only at authorised service centres."))
    truth = truth_fields(store, total, "INR", txn, when if dated else None, method if printed else None, None)
    return rows, truth, PAPER


# ---------------------------------------------------------------- 12 German vehicle inspection invoice


def vehicle_inspection(rng: random.Random, font: str):
    """A German periodic vehicle inspection (Hauptuntersuchung) invoice in euros from TÜV SÜD / TÜV Rheinland /
    DEKRA / GTÜ: the inspection body on top, Kennzeichen and FIN (never the id), km-Stand, Kunden-Nr. (a customer's
    number: printed only where no invoice number is), Nächste HU (a month: never the day paid),
    HU-Gebühr and a Plakette, MwSt 19% included, Gesamtbetrag / Summe / Zu zahlen, Rechnungsnummer in a share,
    Zahlart (EC-Karte / girocard, Kreditkarte, Bar) in a share, Datum in a share."""
    body = rng.choice(["TÜV SÜD Service-Center", "TÜV Rheinland Prüfstelle", "DEKRA Automobil GmbH",
                       "GTÜ Prüfstelle Autohaus Keller"])
    city = rng.choice(["80339 München", "50679 Köln", "70565 Stuttgart", "04109 Leipzig"])
    when = day(rng)
    rows = [("title", body), ("small", city), ("center", "Rechnung"), ("rule",),
            ("pair", "Kennzeichen",
             f"{rng.choice(['M', 'K', 'S', 'L'])}-{code(rng, 2, UPPER)} {rng.randrange(10, 9999)}"),
            ("pair", "FIN", _vin(rng)), ("pair", "km-Stand", f"{rng.randrange(12000, 210000):,}".replace(",", "."))]
    fee = price(rng, 118, 165, 0.1)
    plakette = float(rng.choice([0, 0, 2.5]))
    rows.append(("pair", "HU-Gebühr", money(fee, "european") + " €"))
    if plakette:
        rows.append(("pair", "Prüfplakette", money(plakette, "european") + " €"))
    total = round(fee + plakette, 2)
    rows.append(("pair", "MwSt 19% (enthalten)", money(round(total * 19 / 119, 2), "european") + " €"))
    rows.append(("pair", rng.choice(["Gesamtbetrag", "Summe", "Zu zahlen"]),
                 rng.choice([money(total, "european") + " €", "EUR " + money(total, "european")])))
    txn = None
    ref = rng.choice(["", "R", "HU-"]) + digits(rng, 9)
    if optional_pair(rng, rows, ["Rechnungsnummer", "Rechnungs-Nr."], ref, 0.2):
        txn = ref
    else:
        rows.append(("pair", "Kunden-Nr.", digits(rng, 7)))
    pay, method = rng.choice([("EC-Karte", "card"), ("girocard", "card"), ("Kreditkarte", "card"), ("Bar", "cash")])
    printed = optional_pair(rng, rows, ["Zahlart", "Bezahlt mit"], pay, 0.2)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "Datum", _stamp(rng, when, GERMAN_DATES, False)))
    nxt = when.replace(day=1)
    rows.append(("pair", "Nächste HU", f"{nxt.month:02d}/{nxt.year + 2}"))
    rows.append(("small", "Bitte bewahren Sie diese Rechnung auf."))
    truth = truth_fields(body, total, "EUR", txn, when if dated else None, method if printed else None, None)
    return rows, truth, dict(PAPER, width=600)
