"""The twelve heldout51 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; only the shared value helpers of heldout14 are
reused. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed).
Every receipt prints at most one transaction id (a card approval, a reference or a document's own number, never two
of them), so no receipt asks which of two printed ids is the payment's.
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
SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 580, "size": 20}
TILL = {"width": 460, "size": 18, "paper": (255, 255, 253)}
US_DATES = ["%m/%d/%Y", "%b {d}, %Y", "%B {d}, %Y", "%m/%d/%y"]
INDIAN_DATES = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "{d} %b %Y", "%d.%m.%Y"]
UK_DATES = ["%d/%m/%Y", "{d} %B %Y", "%d %b %Y", "%d/%m/%y"]
EURO_DATES = ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y"]
INDIAN_PEOPLE = PEOPLE[:6]  # the customers named on the Indian invoices and bills


def _outcome(rng: random.Random, words: dict[str, list[str]]) -> tuple[str, str]:
    """An outcome (success mostly, else failed or pending where the layout has words for it) and its wording."""
    roll = rng.random()
    status = "success" if roll < 0.75 else ("failed" if roll < 0.88 else "pending")
    if status not in words:
        status = "success"
    return status, rng.choice(words[status])


def _masked(rng: random.Random) -> str:
    """A masked card number (never the id)."""
    return rng.choice(["************", "**** **** **** ", "XXXXXXXXXXXX", "xxxx xxxx xxxx "]) + digits(rng, 4)


def _change(rng: random.Random, total: float, notes: list[int]) -> float:
    """The cash a customer hands over for ``total``: the smallest of ``notes`` that covers it, or a round sum."""
    covering = [float(note) for note in notes if note >= total]
    if covering and rng.random() < 0.6:
        return covering[0]
    return float(int(total) + rng.choice([1, 5, 10, 20]))


def _gstin(rng: random.Random, state: str) -> str:
    """An Indian GSTIN (never the id)."""
    return state + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + code(rng, 1, ALNUM)


def _inr(rng: random.Random, font: str, value: float) -> str:
    """Rupees with the lakh grouping, marked ₹ (where the face has it), Rs. or INR."""
    return rng.choice([rupee(font), rupee(font), "Rs. ", "INR "]) + money(value, "indian")


def _lines(rng: random.Random, catalogue: list[tuple[str, float]], most: int, qty: int = 2):
    """A few of ``catalogue``'s items with a quantity."""
    return [(name, rng.randint(1, qty), value) for name, value in rng.sample(catalogue, rng.randint(1, most))]


# ---------------------------------------------------------------- 1 Tanishq / Kalyan / Malabar jewellery invoice


def jewellery_invoice(rng: random.Random, font: str):
    """A Tanishq / Kalyan Jewellers / Malabar Gold & Diamonds / CaratLane tax invoice in rupees: the showroom,
    GSTIN (never the id), TAX INVOICE, the customer, Date / Invoice Date / Bill Date day first, each piece with its
    purity, net weight and the day's gold rate, making charges, a discount on the making charges in a share, Taxable
    Value, CGST 1.5% and SGST 1.5%, Net Amount Payable / Total Amount / Grand Total / Amount Paid with lakh grouping,
    Payment Mode / Mode of Payment / Paid by (a card, UPI or cash), Invoice No. / Bill No. in a share, PAID in a
    share."""
    chain = rng.choice(["Tanishq", "Kalyan Jewellers", "Malabar Gold & Diamonds", "CaratLane"])
    state, town = rng.choice([("29", "Jayanagar 4th Block, Bengaluru 560011"), ("27", "Dadar West, Mumbai 400028"),
                              ("33", "T. Nagar, Chennai 600017"), ("07", "Karol Bagh, New Delhi 110005"),
                              ("32", "M.G. Road, Kochi 682035")])
    pieces = [("22KT Gold Chain", 22), ("22KT Gold Bangle", 22), ("22KT Gold Earrings", 22), ("18KT Diamond Ring", 18),
              ("22KT Gold Mangalsutra", 22), ("18KT Gold Pendant", 18), ("22KT Gold Coin 5g", 22)]
    rate22 = price(rng, 7850, 9450, 5)
    rows = [("title", chain), ("small", town), ("small", "GSTIN: " + _gstin(rng, state)), ("center", "TAX INVOICE"),
            ("pair", "Customer", rng.choice(INDIAN_PEOPLE))]
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Invoice Date", "Bill Date"]),
                     date_text(when, rng.choice(INDIAN_DATES))))
    rows.append(("rule",))
    taxable = making_sum = 0.0
    for name, carat in rng.sample(pieces, rng.randint(1, 2)):
        weight = round(rng.uniform(1.8, 18.0), 3) if "Coin" not in name else 5.0
        rate = rate22 if carat == 22 else round(rate22 * 0.82 / 5) * 5
        gold = round(weight * rate, 2)
        making = round(gold * rng.choice([0.08, 0.1, 0.12, 0.14]), 2)
        rows.append(("left", name))
        rows.append(("pair", f"  Net Wt {weight:.3f} g @ {money(rate, 'indian')}/g", money(gold, "indian")))
        rows.append(("pair", "  Making Charges", money(making, "indian")))
        taxable += gold + making
        making_sum += making
    if rng.random() < 0.3:
        share = rng.choice([0.2, 0.25, 0.5])
        discount = round(making_sum * share, 2)
        rows.append(("pair", f"Less: {share * 100:.0f}% off Making Charges", "-" + money(discount, "indian")))
        taxable -= discount
    taxable = round(taxable, 2)
    tax = round(taxable * 0.015, 2)
    rows.append(("rule",))
    rows.append(("pair", "Taxable Value", money(taxable, "indian")))
    rows.append(("pair", "CGST 1.5%", money(tax, "indian")))
    rows.append(("pair", "SGST 1.5%", money(tax, "indian")))
    total = round(taxable + 2 * tax, 2)
    rows.append(("pair", rng.choice(["Net Amount Payable", "Total Amount", "Grand Total", "Amount Paid"]),
                 _inr(rng, font, total)))
    pays = [("Credit Card " + _masked(rng), "card"), ("Debit Card", "card"), ("UPI", "UPI"), ("HDFC Visa Card", "card")]
    if total < 190000:
        pays.append(("Cash", "cash"))
    pay, method = rng.choice(pays)
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment", "Paid by"], pay, 0.15)
    txn = None
    prefix = {"Tanishq": "TNQ", "Kalyan Jewellers": "KJ", "Malabar Gold & Diamonds": "MGD", "CaratLane": "CL"}[chain]
    issued = when or day(rng)
    year = issued.year if issued.month >= 4 else issued.year - 1  # the Indian financial year, April to March
    number = f"{prefix}/{year % 100:02d}{(year + 1) % 100:02d}/{digits(rng, 6)}"
    if optional_pair(rng, rows, ["Invoice No.", "Bill No.", "Invoice No"], number, 0.15):
        txn = number
    status = None
    if method_printed and not shown(rng, 0.3):
        rows.append(("center", "PAID"))
        status = "success"
    rows.append(("small", "Prices include hallmarking. Thank you for shopping with us."))
    truth = truth_fields(chain, total, "INR", txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 253, 247), "accent": (120, 30, 40)}


# ---------------------------------------------------------------- 2 Dr Lal PathLabs / Thyrocare diagnostic bill


def lab_test_bill(rng: random.Random, font: str):
    """A Dr Lal PathLabs / Thyrocare / Metropolis Healthcare / Agilus Diagnostics bill in rupees: the centre,
    BILL / RECEIPT or Payment Receipt, Patient Name, Age / Sex, Referred By (Self or a doctor), Bill Date / Date /
    Receipt Date day first, tests, home collection charges and a discount in a share (then Gross Amount before it),
    Net Amount / Amount Paid / Net Payable, Payment Mode / Mode of Payment / Paid By (cash, UPI, a card), Bill No. /
    Receipt No. in a share."""
    chain = rng.choice(["Dr Lal PathLabs", "Thyrocare", "Metropolis Healthcare", "Agilus Diagnostics"])
    tests = [("Complete Blood Count (CBC)", 350.0), ("Lipid Profile", 600.0), ("HbA1c", 550.0),
             ("Thyroid Profile (T3, T4, TSH)", 500.0), ("Vitamin D 25-Hydroxy", 1400.0), ("Vitamin B12", 1100.0),
             ("Liver Function Test (LFT)", 800.0), ("Kidney Function Test (KFT)", 750.0), ("Fasting Blood Sugar", 120.0),
             ("Urine Routine", 200.0)]
    chosen = rng.sample(tests, rng.randint(1, 4))
    rows = [("title", chain),
            ("small", rng.choice(["Collection Centre: Indiranagar, Bengaluru", "Sector 18, Noida",
                                  "Andheri East, Mumbai", "Salt Lake Sector V, Kolkata"])),
            ("center", rng.choice(["BILL / RECEIPT", "Payment Receipt", "Receipt"])),
            ("pair", "Patient Name", rng.choice(INDIAN_PEOPLE)),
            ("pair", "Age / Sex", f"{rng.randint(19, 78)} Y / {rng.choice(['M', 'F'])}"),
            ("pair", "Referred By", rng.choice(["Self", "Dr. S. Iyer", "Dr. A. Khanna"]))]
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Bill Date", "Date", "Receipt Date"]),
                     date_text(when, rng.choice(INDIAN_DATES)) + " " + clock(rng, rng.random() < 0.5)))
    rows.append(("rule",))
    gross = 0.0
    for name, value in chosen:
        rows.append(("pair", name, money(value, "indian")))
        gross += value
    if rng.random() < 0.4:
        fee = rng.choice([100.0, 150.0, 200.0])
        rows.append(("pair", "Home Collection Charges", money(fee, "indian")))
        gross += fee
    rows.append(("rule",))
    total = gross
    if rng.random() < 0.4:
        share = rng.choice([0.1, 0.15, 0.2])
        discount = round(gross * share, 2)
        rows.append(("pair", "Gross Amount", money(gross, "indian")))
        rows.append(("pair", f"Discount ({share * 100:.0f}%)", "-" + money(discount, "indian")))
        total = round(gross - discount, 2)
    rows.append(("pair", rng.choice(["Net Amount", "Amount Paid", "Net Payable"]), _inr(rng, font, total)))
    pay, method = rng.choice([("Cash", "cash"), ("UPI", "UPI"), ("Card - VISA " + _masked(rng), "card"),
                              ("Debit Card", "card"), ("UPI (PhonePe)", "UPI")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment", "Paid By"], pay, 0.15)
    txn = None
    number = code(rng, 2, UPPER) + digits(rng, rng.choice([8, 9, 10]))
    if optional_pair(rng, rows, ["Bill No.", "Receipt No.", "Bill No"], number, 0.15):
        txn = number
    rows.append(("small", "Reports will be shared on your registered e-mail and app."))
    truth = truth_fields(chain, total, "INR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255), "accent": (20, 80, 150)}


# ---------------------------------------------------------------- 3 IGL / Mahanagar Gas piped-gas bill payment


def piped_gas_payment(rng: random.Random, font: str):
    """An online piped natural gas (PNG) bill payment receipt from Indraprastha Gas / Mahanagar Gas / Gujarat Gas /
    Adani Total Gas in rupees: Payment Receipt / Bill Payment Receipt, an outcome in a share (Payment Successful /
    Transaction Successful, Payment Failed, Payment Pending), BP Number / CA Number / Consumer No. (never the id),
    Customer Name, Bill Amount, a Due Date in a share (never the day paid), Amount Paid / Payment Amount, Payment Mode
    / Paid via (UPI, Net Banking, a card), Transaction ID / Transaction Reference No. / Payment Reference in a share,
    Payment Date / Transaction Date / Date & Time day first in a share."""
    company = rng.choice(["Indraprastha Gas Limited", "Mahanagar Gas Limited", "Gujarat Gas Limited",
                          "Adani Total Gas Ltd"])
    status = None
    if shown(rng, 0.4):
        status, words = _outcome(rng, {"success": ["Payment Successful", "Transaction Successful"],
                                       "failed": ["Payment Failed", "Transaction Failed"],
                                       "pending": ["Payment Pending"]})
    rows = [("title", company), ("center", rng.choice(["Payment Receipt", "Bill Payment Receipt", "PNG Bill Payment"]))]
    if status:
        rows.append(("big", words) if rng.random() < 0.6 else
                    ("pair", "Status", {"success": "Success", "failed": "Failed", "pending": "Pending"}[status]))
    rows.append(("pair", rng.choice(["BP Number", "CA Number", "Consumer No."]), digits(rng, 10)))
    rows.append(("pair", "Customer Name", rng.choice(INDIAN_PEOPLE)))
    amount = price(rng, 280, 3400, 1)
    pattern = rng.choice(INDIAN_DATES)
    when = day(rng)
    if shown(rng, 0.4):
        rows.append(("pair", "Due Date", date_text(when + dt.timedelta(days=rng.randint(2, 12)), pattern)))
    rows.append(("pair", rng.choice(["Amount Paid", "Payment Amount"]) if status != "failed" else "Payment Amount",
                 _inr(rng, font, amount)))
    pay, method = rng.choice([("UPI", "UPI"), ("Net Banking", "netbanking"), ("Debit Card", "card"),
                              ("Credit Card", "card"), ("UPI", "UPI")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Paid via", "Payment Method"], pay, 0.2)
    txn = None
    ref = rng.choice(["", "PAY", "T"]) + digits(rng, rng.choice([12, 14]))
    if optional_pair(rng, rows, ["Transaction ID", "Transaction Reference No.", "Payment Reference"], ref, 0.2):
        txn = ref
    paid_on = None
    if shown(rng, 0.2):
        paid_on = when
        rows.append(("pair", rng.choice(["Payment Date", "Transaction Date", "Date & Time"]),
                     date_text(when, pattern) + " " + clock(rng, rng.random() < 0.5)))
    rows.append(("small", "Keep this receipt for your records."))
    truth = truth_fields(company, amount, "INR", txn, paid_on, method if method_printed else None, status)
    accent = {"Indraprastha Gas Limited": (0, 110, 60), "Mahanagar Gas Limited": (0, 90, 160),
              "Gujarat Gas Limited": (200, 90, 0), "Adani Total Gas Ltd": (40, 60, 140)}[company]
    return rows, truth, dict(SCREEN, width=600, accent=accent, screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 4 Urban Company / Housejoy home-service invoice


def home_service_invoice(rng: random.Random, font: str):
    """An Urban Company / Housejoy home-service invoice in rupees: the services (AC service, deep cleaning, a
    plumber's visit), Visiting Charges in a share, Taxes and Fee, Total / Total Amount Paid / Amount Paid / Grand
    Total, Payment Mode / Paid via / Paid using (UPI, a card, cash, Amazon Pay Balance), Booking ID / Order ID /
    Invoice No. in a share, Invoice Date / Date / Paid on day first in a share, Payment successful / Paid in a
    share."""
    brand = rng.choice(["Urban Company", "Housejoy"])
    catalogue = [("AC Service (Split) - Foam Jet", 599.0), ("Bathroom Deep Cleaning", 799.0),
                 ("Sofa Cleaning (5 seats)", 1249.0), ("Kitchen Deep Cleaning", 1499.0), ("Tap Repair", 149.0),
                 ("Switchboard Repair", 129.0), ("RO Water Purifier Check-up", 349.0), ("Fan Installation", 199.0)]
    items = _lines(rng, catalogue, 3)
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(rng, {"success": ["Payment successful", "Paid"]})
    rows = [("title", brand), ("center", rng.choice(["Invoice", "Payment summary", "Your invoice"]))]
    if status:
        rows.append(("center", words))
    rows.append(("pair", "Customer", rng.choice(INDIAN_PEOPLE)))
    rows.append(("pair", "City", rng.choice(["Bengaluru", "Gurugram", "Pune", "Hyderabad", "Mumbai"])))
    rows.append(("rule",))
    gross = 0.0
    for name, qty, value in items:
        rows.append(("pair", f"{name} x {qty}", money(qty * value, "indian")))
        gross += qty * value
    if rng.random() < 0.4:
        rows.append(("pair", "Visiting Charges", money(99.0, "indian")))
        gross += 99.0
    fee = round(gross * 0.18, 2) if rng.random() < 0.5 else round(rng.choice([49.0, 69.0, 79.0]) + gross * 0.05, 2)
    rows.append(("pair", "Taxes and Fee", money(fee, "indian")))
    total = round(gross + fee, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Total", "Total Amount Paid", "Amount Paid", "Grand Total"]),
                 _inr(rng, font, total)))
    pay, method = rng.choice([("UPI", "UPI"), ("Visa •••• " + digits(rng, 4), "card"), ("Cash", "cash"),
                              ("Amazon Pay Balance", "wallet"), ("Mastercard ending " + digits(rng, 4), "card")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Paid via", "Paid using"], pay, 0.2)
    txn = None
    ref = ("HJ" if brand == "Housejoy" else "UC") + code(rng, 8, ALNUM)
    if optional_pair(rng, rows, ["Booking ID", "Order ID", "Invoice No."], ref, 0.2):
        txn = ref
    when = None
    if shown(rng, 0.3):
        when = day(rng)
        rows.append(("pair", rng.choice(["Invoice Date", "Date", "Paid on"]), date_text(when, rng.choice(INDIAN_DATES))))
    rows.append(("small", "Rate your professional in the app."))
    truth = truth_fields(brand, total, "INR", txn, when, method if method_printed else None, status)
    accent = (20, 20, 20) if brand == "Urban Company" else (230, 80, 40)
    return rows, truth, dict(SCREEN, width=600, accent=accent, screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 5 IKEA till (Germany, UK, US, India)


def ikea_till(rng: random.Random, font: str):
    """An IKEA till in Germany (SUMME / Zu zahlen EUR, MwSt 19 %, Girocard / Visa / Bar with Rückgeld, Bon-Nr. /
    Belegnummer), the UK (TOTAL £, VAT 20% included, Visa Debit / CASH with CHANGE, Receipt No.), the US (SUBTOTAL,
    SALES TAX, TOTAL $, a state and ZIP, VISA / MASTERCARD with AUTH CODE, Receipt #) or India (Total / Net Amount in
    rupees, CGST and SGST, UPI / Card / Cash, Bill No.): the store, the flat-pack articles, the date line, an approval
    code with a card in a share (then no document number), else the document number in a share."""
    country = rng.choice(["DE", "UK", "US", "IN"])
    store = {"DE": rng.choice(["IKEA Berlin-Tempelhof", "IKEA Hamburg-Altona", "IKEA München-Eching"]),
             "UK": rng.choice(["IKEA Wembley, London HA9 0HB", "IKEA Manchester, Ashton-under-Lyne OL6 7TE"]),
             "US": rng.choice(["IKEA Burbank, CA 91502", "IKEA Brooklyn, NY 11231", "IKEA Schaumburg, IL 60173"]),
             "IN": rng.choice(["IKEA Hyderabad, HITEC City 500081", "IKEA Navi Mumbai, Turbhe 400705",
                               "IKEA Bengaluru, Nagasandra 560073"])}[country]
    base = [("BILLY bookcase 80x28x202", 59.0), ("KALLAX shelf unit 77x147", 69.0), ("LACK side table 55x55", 12.0),
            ("POÄNG armchair", 99.0), ("MALM chest of 3 drawers", 119.0), ("FRAKTA bag large", 0.75),
            ("SKÅDIS pegboard 56x56", 19.99), ("HEMNES shoe cabinet", 149.0), ("RÅSKOG trolley", 39.99),
            ("GLASIG glass 6 pack", 3.99), ("SMÅKRYP LED lamp", 9.99)]
    factor = {"DE": 1.0, "UK": 0.9, "US": 1.1, "IN": 90.0}[country]
    items = [(name, qty, round(value * factor, 0 if country == "IN" else 2)) for name, qty, value in _lines(rng, base, 5)]
    gross = round(sum(qty * value for _, qty, value in items), 2)
    pattern = {"DE": rng.choice(EURO_DATES), "UK": rng.choice(UK_DATES), "US": rng.choice(US_DATES),
               "IN": rng.choice(INDIAN_DATES)}[country]

    def fmt(value: float) -> str:
        if country == "DE":
            return money(value, "european")
        if country == "IN":
            return money(value, "indian")
        return f"{value:,.2f}"

    rows = [("title", "IKEA"), ("small", store)]
    if country == "DE":
        rows.append(("small", "USt-IdNr. DE" + digits(rng, 9)))
    elif country == "IN":
        rows.append(("small", "GSTIN: " + _gstin(rng, rng.choice(["36", "27", "29"]))))
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("left", date_text(when, pattern) + "  " + clock(rng, country == "US")))
    rows.append(("left", f"{'Kasse' if country == 'DE' else 'Till'} {rng.randint(1, 40)}"))
    rows.append(("rule",))
    for name, qty, value in items:
        rows.append(("pair", f"{qty} x {name}", fmt(qty * value)))
    rows.append(("rule",))
    total = gross
    if country == "US":
        tax = round(gross * rng.choice([0.0725, 0.0887, 0.1025, 0.095]), 2)
        rows.append(("pair", "SUBTOTAL", fmt(gross)))
        rows.append(("pair", "SALES TAX", fmt(tax)))
        total = round(gross + tax, 2)
    mark = {"DE": "EUR ", "UK": "£", "US": "$", "IN": rupee(font)}[country]
    label = {"DE": rng.choice(["SUMME", "Zu zahlen"]), "UK": "TOTAL", "US": "TOTAL",
             "IN": rng.choice(["Total", "Net Amount"])}[country]
    rows.append(("pair", label, mark + fmt(total) if country != "DE" or rng.random() < 0.5 else fmt(total) + " EUR"))
    if country == "DE":
        rows.append(("small", f"inkl. MwSt 19 % {money(round(total * 19 / 119, 2), 'european')}"))
    elif country == "UK":
        rows.append(("small", f"VAT 20% included {money(round(total / 6, 2), 'western')}"))
    elif country == "IN":
        half = round(total * 9 / 118, 2)
        rows.append(("small", f"incl. CGST 9% {money(half, 'indian')}  SGST 9% {money(half, 'indian')}"))
    tenders = {"DE": [("Girocard", "card"), ("Visa", "card"), ("Bar", "cash")],
               "UK": [("Visa Debit", "card"), ("Mastercard", "card"), ("CASH", "cash")],
               "US": [("VISA", "card"), ("MASTERCARD", "card"), ("CASH", "cash")],
               "IN": [("UPI", "UPI"), ("Card", "card"), ("Cash", "cash")]}[country]
    tender, method = rng.choice(tenders)
    method_printed = shown(rng, 0.15)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [5, 10, 20, 50, 100, 200] if country != "IN" else [500, 2000, 5000, 10000])
            rows.append(("pair", tender, fmt(given)))
            rows.append(("pair", {"DE": "Rückgeld", "IN": "Change"}.get(country, "CHANGE"), fmt(given - total)))
        else:
            rows.append(("pair", tender, fmt(total)))
            if method == "card":
                rows.append(("left", ("Karte " if country == "DE" else "Card ") + _masked(rng)))
                auth = digits(rng, 6)
                if optional_pair(rng, rows, {"DE": ["Genehmigungs-Nr."], "UK": ["AUTH CODE"], "US": ["AUTH CODE"],
                                             "IN": ["Approval Code"]}[country], auth, 0.6):
                    txn = auth
                if shown(rng, 0.5):
                    rows.append(("center", {"DE": "Zahlung erfolgreich", "UK": "AUTHORISED", "US": "APPROVED",
                                            "IN": "APPROVED"}[country]))
                    status = "success"
    if txn is None:
        number = digits(rng, rng.choice([6, 8]))
        labels = {"DE": ["Bon-Nr.", "Belegnummer"], "UK": ["Receipt No."], "US": ["Receipt #"],
                  "IN": ["Bill No.", "Bill No"]}[country]
        if optional_pair(rng, rows, labels, number, 0.25):
            txn = number
    rows.append(("center", {"DE": "Vielen Dank für Ihren Einkauf!", "UK": "Thank you for shopping at IKEA",
                            "US": "Thank you for shopping at IKEA", "IN": "Thank you. Hej då!"}[country]))
    currency = {"DE": "EUR", "UK": "GBP", "US": "USD", "IN": "INR"}[country]
    truth = truth_fields("IKEA", total, currency, txn, when, method if method_printed else None, status)
    return rows, truth, dict(TILL, width=480)


# ---------------------------------------------------------------- 6 Decathlon bill (India, France, UK)


def decathlon_bill(rng: random.Random, font: str):
    """A Decathlon bill in India (rupees, GSTIN, Total Amount / Net Amount, Bill No., Payment Mode UPI / Card /
    Cash), France (TOTAL TTC / Montant TTC in euros, TVA 20 %, CB with a masked card or ESPÈCES with Rendu, Ticket n°)
    or the UK (TOTAL in pounds, VAT, Card / Cash, Receipt number): the store, a day-first date, sports articles, a
    card approval in a share (then no document number)."""
    country = rng.choice(["IN", "IN", "FR", "UK"])
    store = {"IN": rng.choice(["Decathlon Sarjapur Road, Bengaluru", "Decathlon Noida Sector 18",
                               "Decathlon Thane Ghodbunder Road"]),
             "FR": rng.choice(["Decathlon Paris La Madeleine", "Decathlon Lyon Part-Dieu", "Decathlon Lille Centre"]),
             "UK": rng.choice(["Decathlon Canada Water, London", "Decathlon Manchester Trafford"])}[country]
    base = [("KIPRUN running shoes KS500", 49.99), ("QUECHUA backpack NH100 20L", 9.99), ("DOMYOS yoga mat 8mm", 14.99),
            ("KALENJI running T-shirt", 7.99), ("ARTENGO tennis balls x4", 5.99), ("BTWIN bottle 650ml", 3.99),
            ("KIPSTA football size 5", 9.99), ("FORCLAZ trekking socks x2", 8.99), ("NABAIJI swim goggles", 6.99)]
    factor = {"IN": 80.0, "FR": 1.0, "UK": 0.9}[country]
    items = [(name, qty, round(value * factor, 0 if country == "IN" else 2)) for name, qty, value in _lines(rng, base, 4)]
    total = round(sum(qty * value for _, qty, value in items), 2)

    def fmt(value: float) -> str:
        return {"IN": money(value, "indian"), "FR": money(value, "european"), "UK": f"{value:,.2f}"}[country]

    rows = [("title", "DECATHLON"), ("small", store)]
    if country == "IN":
        rows.append(("small", "GSTIN: " + _gstin(rng, rng.choice(["29", "09", "27"]))))
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        label = {"IN": "Date", "FR": "Date", "UK": "Date"}[country]
        rows.append(("pair", label, date_text(when, rng.choice(
            {"IN": INDIAN_DATES, "FR": ["%d/%m/%Y", "%d/%m/%y"], "UK": UK_DATES}[country])) + " " + clock(rng, False)))
    rows.append(("rule",))
    for name, qty, value in items:
        rows.append(("left", name))
        rows.append(("pair", f"   {qty} x {fmt(value)}", fmt(qty * value)))
    rows.append(("rule",))
    if country == "FR":
        rows.append(("pair", "dont TVA 20 %", fmt(round(total / 6, 2))))
    elif country == "IN":
        rows.append(("small", "Prices inclusive of GST"))
    mark = {"IN": rupee(font), "FR": "", "UK": "£"}[country]
    label = {"IN": rng.choice(["Total Amount", "Net Amount"]), "FR": rng.choice(["TOTAL TTC", "Montant TTC"]),
             "UK": "TOTAL"}[country]
    rows.append(("pair", label, mark + fmt(total) + (" €" if country == "FR" else "")))
    tenders = {"IN": [("UPI", "UPI"), ("Card", "card"), ("Cash", "cash")],
               "FR": [("CB", "card"), ("ESPÈCES", "cash")],
               "UK": [("Card", "card"), ("Cash", "cash")]}[country]
    tender, method = rng.choice(tenders)
    method_printed = shown(rng, 0.15)
    txn = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [500, 2000] if country == "IN" else [10, 20, 50, 100])
            rows.append(("pair", tender, fmt(given)))
            rows.append(("pair", {"FR": "Rendu"}.get(country, "Change"), fmt(given - total)))
        else:
            if country == "IN":
                rows.append(("pair", "Payment Mode", tender))
            else:
                rows.append(("pair", tender, fmt(total)))
            if method == "card":
                rows.append(("left", _masked(rng)))
                auth = digits(rng, 6)
                if optional_pair(rng, rows, {"IN": ["Approval Code"], "FR": ["Code autorisation"],
                                             "UK": ["Auth Code"]}[country], auth, 0.6):
                    txn = auth
    if txn is None:
        number = digits(rng, 4) + "-" + digits(rng, 6) if country != "IN" else "DIN" + digits(rng, 10)
        labels = {"IN": ["Bill No.", "Invoice No."], "FR": ["Ticket n°"], "UK": ["Receipt number"]}[country]
        if optional_pair(rng, rows, labels, number, 0.2):
            txn = number
    rows.append(("center", {"IN": "Thank you for shopping at Decathlon", "FR": "Merci de votre visite",
                            "UK": "Thank you for your visit"}[country]))
    rows.append(("small", {"IN": "Exchange within 365 days with this bill", "FR": "Retour possible sous 365 jours",
                           "UK": "Returns within 365 days with this receipt"}[country]))
    currency = {"IN": "INR", "FR": "EUR", "UK": "GBP"}[country]
    truth = truth_fields("DECATHLON", total, currency, txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 520, "size": 18, "paper": (255, 255, 255), "accent": (0, 100, 180)}


# ---------------------------------------------------------------- 7 H&M / Zara / Uniqlo till


def fashion_till(rng: random.Random, font: str):
    """An H&M / ZARA / UNIQLO till in the UK (£), Ireland (€), the US ($ with a state and ZIP and sales tax) or India
    (rupees, GST included): the store, a date line (day first; month first in the US), garments with their size, a
    discount in a share, TOTAL / Total / AMOUNT DUE, the tender (a card with its masked number or CONTACTLESS, cash
    with change, UPI in India), an approval code with a card in a share (then no document number), else Receipt no. /
    Trans no. / Bill No.; a returns policy."""
    brand = rng.choice(["H&M", "ZARA", "UNIQLO"])
    country = rng.choice(["UK", "IE", "US", "IN"])
    store = {"UK": rng.choice(["Oxford Street, London W1", "Buchanan Street, Glasgow G1"]),
             "IE": rng.choice(["Grafton Street, Dublin 2", "Patrick Street, Cork"]),
             "US": rng.choice(["Herald Square, New York, NY 10001", "Union Square, San Francisco, CA 94108"]),
             "IN": rng.choice(["Phoenix Marketcity, Bengaluru 560048", "Select Citywalk, New Delhi 110017"])}[country]
    base = [("T-SHIRT REGULAR FIT", 9.99), ("SLIM JEANS", 29.99), ("HOODIE", 24.99), ("LINEN SHIRT", 27.99),
            ("KNIT SWEATER", 34.99), ("CHINO TROUSERS", 29.99), ("SOCKS 3-PACK", 7.99), ("PUFFER JACKET", 59.99)]
    factor = {"UK": 1.0, "IE": 1.15, "US": 1.2, "IN": 100.0}[country]
    items = [(name, rng.choice(["S", "M", "L", "XL", "32"]), round(value * factor, 0 if country == "IN" else 2)) for name, value in rng.sample(base, rng.randint(1, 4))]
    gross = round(sum(value for _, _, value in items), 2)

    def fmt(value: float) -> str:
        return money(value, "indian") if country == "IN" else f"{value:,.2f}"

    mark = {"UK": "£", "IE": "€", "US": "$", "IN": rupee(font)}[country]
    rows = [("title", brand), ("small", store)]
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        pattern = rng.choice(US_DATES if country == "US" else (INDIAN_DATES if country == "IN" else UK_DATES))
        rows.append(("left", date_text(when, pattern) + "  " + clock(rng, country == "US")))
    rows.append(("left", f"Store {digits(rng, 4)}  Till {rng.randint(1, 12)}"))
    rows.append(("rule",))
    for name, size, value in items:
        rows.append(("pair", f"{name} {size}", fmt(value)))
    total = gross
    if rng.random() < 0.3:
        off = round(gross * 0.2, 2)
        rows.append(("pair", rng.choice(["Member discount 20%", "Student discount 20%"]), "-" + fmt(off)))
        total = round(gross - off, 2)
    if country == "US":
        tax = round(total * 0.08875, 2) if "NY" in store else round(total * 0.08625, 2)
        rows.append(("pair", "Subtotal", fmt(total)))
        rows.append(("pair", "Sales Tax", fmt(tax)))
        total = round(total + tax, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["TOTAL", "Total", "AMOUNT DUE"]), mark + fmt(total)))
    if country in ("UK", "IE"):
        rate = 0.2 if country == "UK" else 0.23
        rows.append(("small", f"VAT {rate * 100:.0f}% included: {mark}{fmt(round(total * rate / (1 + rate), 2))}"))
    elif country == "IN":
        rows.append(("small", "Prices inclusive of GST"))
    tenders = [("VISA", "card"), ("MASTERCARD", "card"), ("CONTACTLESS", "card"), ("CASH", "cash")]
    if country == "IN":
        tenders = [("UPI", "UPI"), ("CARD", "card"), ("CASH", "cash")]
    tender, method = rng.choice(tenders)
    method_printed = shown(rng, 0.15)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [20, 50, 100] if country != "IN" else [500, 2000, 5000])
            rows.append(("pair", tender, fmt(given)))
            rows.append(("pair", "CHANGE", fmt(given - total)))
        else:
            rows.append(("pair", tender, fmt(total)))
            if method == "card":
                rows.append(("left", "Card " + _masked(rng)))
                auth = digits(rng, 6)
                if optional_pair(rng, rows, ["AUTH CODE", "Auth code", "APPROVAL CODE"], auth, 0.5):
                    txn = auth
                if shown(rng, 0.6):
                    rows.append(("center", "APPROVED"))
                    status = "success"
    if txn is None:
        number = digits(rng, rng.choice([8, 10]))
        if optional_pair(rng, rows, ["Bill No."] if country == "IN" else ["Receipt no.", "Trans no."], number, 0.2):
            txn = number
    rows.append(("small", "Returns within 30 days with this receipt"))
    currency = {"UK": "GBP", "IE": "EUR", "US": "USD", "IN": "INR"}[country]
    truth = truth_fields(brand, total, currency, txn, when, method if method_printed else None, status)
    return rows, truth, dict(TILL, width=480)


# ---------------------------------------------------------------- 8 Best Buy / Currys / MediaMarkt receipt


def electronics_receipt(rng: random.Random, font: str):
    """A Best Buy till in the US ($, a state and ZIP, SALES TAX, month-first date, VISA / MASTERCARD / AMEX with AUTH
    CODE, Receipt #), a Currys one in the UK (£, VAT included, day-first date, Card / Cash, Auth code, Receipt No.) or
    a MediaMarkt Kassenbon in Germany (EUR, MwSt, Girocard / Visa / Bar, Genehmigungs-Nr., Beleg-Nr.): gadgets, a
    protection plan in a share, the total, an approval code with a card in a share (then no document number),
    APPROVED / AUTHORISED / Zahlung erfolgreich in a share."""
    chain = rng.choice(["Best Buy", "Currys", "MediaMarkt"])
    country = {"Best Buy": "US", "Currys": "UK", "MediaMarkt": "DE"}[chain]
    store = {"US": rng.choice(["Union Square, New York, NY 10003", "Mountain View, CA 94040", "Austin, TX 78758"]),
             "UK": rng.choice(["Currys Tottenham Court Road, London W1T", "Currys Birmingham Fort, B24 9FP"]),
             "DE": rng.choice(["MediaMarkt Köln-Hohe Straße", "MediaMarkt Berlin-Alexanderplatz"])}[country]
    base = [("Apple AirPods Pro (2nd gen)", 249.0), ("Samsung 55in QLED TV", 649.0), ("Logitech MX Master 3S", 99.99),
            ("Sony WH-1000XM5 Headphones", 399.0), ("SanDisk 1TB Portable SSD", 109.99), ("Anker USB-C Charger 65W", 45.99),
            ("HP DeskJet Printer", 79.99), ("Nintendo Switch OLED", 349.0), ("USB-C Cable 2m", 14.99)]
    items = _lines(rng, base, 3, 1)
    gross = round(sum(qty * value for _, qty, value in items), 2)

    def fmt(value: float) -> str:
        return money(value, "european") if country == "DE" else f"{value:,.2f}"

    rows = [("title", chain), ("small", store)]
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        pattern = {"US": rng.choice(US_DATES), "UK": rng.choice(UK_DATES), "DE": rng.choice(EURO_DATES)}[country]
        rows.append(("left", date_text(when, pattern) + "  " + clock(rng, country == "US")))
    rows.append(("rule",))
    for name, qty, value in items:
        rows.append(("pair", name, fmt(qty * value)))
    if rng.random() < 0.3:
        plan = round(gross * 0.12, 2)
        rows.append(("pair", {"US": "Protection Plan 2yr", "UK": "Care & Repair 2yr",
                              "DE": "Garantieverlängerung 2 J."}[country], fmt(plan)))
        gross = round(gross + plan, 2)
    rows.append(("rule",))
    total = gross
    if country == "US":
        tax = round(gross * {"NY": 0.08875, "CA": 0.09125, "TX": 0.0825}[store.split(", ")[-1][:2]], 2)
        rows.append(("pair", "SUBTOTAL", fmt(gross)))
        rows.append(("pair", "SALES TAX", fmt(tax)))
        total = round(gross + tax, 2)
    mark = {"US": "$", "UK": "£", "DE": "EUR "}[country]
    rows.append(("pair", {"US": "TOTAL", "UK": rng.choice(["TOTAL", "Total to pay"]),
                          "DE": rng.choice(["SUMME", "Gesamtbetrag"])}[country], mark + fmt(total)))
    if country == "UK":
        rows.append(("small", f"Includes VAT at 20%: £{fmt(round(total / 6, 2))}"))
    elif country == "DE":
        rows.append(("small", f"enth. MwSt 19 %: {fmt(round(total * 19 / 119, 2))}"))
    tenders = {"US": [("VISA", "card"), ("MASTERCARD", "card"), ("AMEX", "card"), ("CASH", "cash")],
               "UK": [("Card", "card"), ("Visa Debit", "card"), ("Cash", "cash")],
               "DE": [("Girocard", "card"), ("Visa", "card"), ("Bar", "cash")]}[country]
    tender, method = rng.choice(tenders)
    method_printed = shown(rng, 0.15)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [50, 100, 200, 500, 1000])
            rows.append(("pair", tender, fmt(given)))
            rows.append(("pair", {"US": "CHANGE", "UK": "Change", "DE": "Rückgeld"}[country], fmt(given - total)))
        else:
            rows.append(("pair", tender, fmt(total)))
            rows.append(("left", _masked(rng)))
            auth = code(rng, 6, string.digits + "ABCDEF")
            if optional_pair(rng, rows, {"US": ["AUTH CODE"], "UK": ["Auth code"],
                                         "DE": ["Genehmigungs-Nr."]}[country], auth, 0.5):
                txn = auth
            if shown(rng, 0.5):
                rows.append(("center", {"US": "APPROVED", "UK": "AUTHORISED", "DE": "Zahlung erfolgreich"}[country]))
                status = "success"
    if txn is None:
        number = digits(rng, rng.choice([9, 12]))
        if optional_pair(rng, rows, {"US": ["Receipt #"], "UK": ["Receipt No."], "DE": ["Beleg-Nr."]}[country],
                         number, 0.2):
            txn = number
    rows.append(("small", {"US": "Keep your receipt for returns and exchanges.", "UK": "Keep this receipt for returns.",
                           "DE": "Bitte Beleg für Umtausch aufbewahren."}[country]))
    currency = {"US": "USD", "UK": "GBP", "DE": "EUR"}[country]
    truth = truth_fields(chain, total, currency, txn, when, method if method_printed else None, status)
    return rows, truth, dict(TILL, width=500)


# ---------------------------------------------------------------- 9 FlixBus / Megabus / Greyhound coach ticket


def coach_ticket(rng: random.Random, font: str):
    """A FlixBus (euros in Germany, France or Italy; dollars in the US), Megabus (pounds) or Greyhound (dollars) trip
    receipt e-mail: Booking number / Order number / Booking reference in a share, the route with its departure date
    and time (never the day paid), passengers, a seat reservation or service fee in a share, Total / Total price /
    Amount paid, Paid with / Payment method (a card, PayPal, Apple Pay, Google Pay), Booked on / Booking date /
    Payment date in a share, Payment successful / Paid in a share."""
    operator = rng.choice(["FlixBus", "FlixBus", "Megabus", "Greyhound"])
    region = {"FlixBus": rng.choice(["EU", "EU", "US"]), "Megabus": "UK", "Greyhound": "US"}[operator]
    route = {"EU": [("Berlin ZOB", "Hamburg ZOB"), ("Paris Bercy Seine", "Lyon Perrache"), ("Milano Lampugnano",
                                                                                              "Roma Tiburtina")],
             "UK": [("London Victoria Coach Station", "Birmingham Digbeth"), ("Glasgow Buchanan", "Edinburgh")],
             "US": [("New York Port Authority", "Philadelphia"), ("Los Angeles Union Station", "San Diego")]}[region]
    origin, destination = rng.choice(route)
    fare = price(rng, 9.99, 59.99, 1) - 0.01
    passengers = rng.randint(1, 3)
    fee = rng.choice([0.0, 0.0, 1.99, 2.49, 3.0])
    total = round(fare * passengers + fee, 2)
    mark, currency = {"EU": ("€", "EUR"), "UK": ("£", "GBP"), "US": ("$", "USD")}[region]

    def fmt(value: float) -> str:
        if region == "EU":
            return money(value, "european") + " €" if rng.random() < 0.6 else "€" + f"{value:,.2f}"
        return mark + f"{value:,.2f}" + (" USD" if region == "US" and rng.random() < 0.4 else "")

    pattern = rng.choice(US_DATES if region == "US" else (EURO_DATES[:2] + ["{d} %b %Y"] if region == "EU" else UK_DATES))
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(rng, {"success": ["Payment successful", "Paid"]})
    rows = [("title", operator), ("center", rng.choice(["Your trip receipt", "Receipt", "Your ticket"]))]
    if status:
        rows.append(("center", words))
    txn = None
    ref = digits(rng, 10) if operator == "FlixBus" else code(rng, rng.choice([7, 8]), ALNUM)
    if optional_pair(rng, rows, ["Booking number", "Order number", "Booking reference"], ref, 0.2):
        txn = ref
    paid = day(rng)
    trip = paid + dt.timedelta(days=rng.randint(1, 40))
    rows.append(("rule",))
    rows.append(("left", f"{origin} – {destination}"))
    rows.append(("pair", "Departure", date_text(trip, pattern) + " " + clock(rng, region == "US")))
    rows.append(("pair", "Passengers", f"{passengers} Adult{'s' if passengers > 1 else ''}"))
    rows.append(("pair", f"Fare x {passengers}", fmt(round(fare * passengers, 2))))
    if fee:
        rows.append(("pair", rng.choice(["Seat reservation", "Service fee"]), fmt(fee)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Total", "Total price", "Amount paid"]), fmt(total)))
    if region == "EU":
        rows.append(("small", "incl. VAT"))
    pay, method = rng.choice([("Visa •••• " + digits(rng, 4), "card"), ("Mastercard ending " + digits(rng, 4), "card"),
                              ("PayPal", "wallet"), ("Apple Pay", "wallet"), ("Google Pay", "wallet")])
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment method"], pay, 0.2)
    when = None
    if shown(rng, 0.35):
        when = paid
        rows.append(("pair", rng.choice(["Booked on", "Booking date", "Payment date"]), date_text(paid, pattern)))
    rows.append(("small", "Show your ticket on your phone when boarding."))
    truth = truth_fields(operator, total, currency, txn, when, method if method_printed else None, status)
    accent = {"FlixBus": (115, 210, 30), "Megabus": (0, 80, 160), "Greyhound": (0, 100, 170)}[operator]
    return rows, truth, dict(SCREEN, width=620, accent=accent, screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 10 Delhaize / Colruyt Belgian till


def be_supermarket_till(rng: random.Random, font: str):
    """A Delhaize / Colruyt / Spar ticket in Belgium in euros, in Dutch or French: the store, BTW / TVA number (never
    the id), a day-first date, items with their BTW 6 % / TVA 21 % code, TOTAAL / Te betalen or TOTAL / À PAYER as
    "12,34 EUR" or "€ 12,34", Bancontact / Maestro / Visa with a masked card, or Contant / Espèces with change;
    Ticketnr. / N° ticket in a share; a loyalty line."""
    chain = rng.choice(["Delhaize", "Colruyt", "Spar"])
    dutch = rng.random() < 0.6
    catalogue = [("Volle melk 1L" if dutch else "Lait entier 1L", 1.19), ("Speculoos 250g", 2.29),
                 ("Brood wit" if dutch else "Pain blanc", 2.45), ("Jupiler 6x25cl", 6.49), ("Kaas Gouda 400g" if dutch
                                                                                           else "Fromage Gouda 400g", 5.89),
                 ("Bananen 1kg" if dutch else "Bananes 1kg", 1.99), ("Frieten 1kg" if dutch else "Frites 1kg", 2.79),
                 ("Chocolade Côte d'Or", 3.19), ("Spa Reine 6x1,5L", 4.59), ("Koffie 500g" if dutch else "Café 500g", 6.99)]
    items = _lines(rng, catalogue, 6, 3)
    total = round(sum(qty * value for _, qty, value in items), 2)
    rows = [("title", chain), ("small", rng.choice(["Rue Neuve 111, 1000 Bruxelles", "Meir 78, 2000 Antwerpen",
                                                    "Veldstraat 45, 9000 Gent", "Place Saint-Lambert 2, 4000 Liège"])),
            ("small", ("BTW " if dutch else "TVA ") + "BE0" + digits(rng, 3) + "." + digits(rng, 3) + "." + digits(rng, 3))]
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("left", date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d/%m/%y"])) + " " + clock(rng, False)))
    rows.append(("rule",))
    for name, qty, value in items:
        rows.append(("pair", f"{qty} x {name}", money(qty * value, "european") + " A"))
    rows.append(("rule",))
    label = rng.choice(["TOTAAL", "Te betalen"] if dutch else ["TOTAL", "À PAYER"])
    rows.append(("pair", label, rng.choice([money(total, "european") + " EUR", "€ " + money(total, "european")])))
    rows.append(("small", ("A = BTW 6% " if dutch else "A = TVA 6% ") + money(round(total * 6 / 106, 2), "european")))
    tender, method = rng.choice([("Bancontact", "card"), ("Bancontact", "card"), ("Maestro", "card"), ("Visa", "card"),
                                 ("Contant" if dutch else "Espèces", "cash")])
    method_printed = shown(rng, 0.15)
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [10, 20, 50, 100])
            rows.append(("pair", tender, money(given, "european")))
            rows.append(("pair", "Terug" if dutch else "Rendu", money(given - total, "european")))
        else:
            rows.append(("pair", tender, money(total, "european")))
            rows.append(("left", ("Kaart " if dutch else "Carte ") + _masked(rng)))
    txn = None
    number = digits(rng, 4) + "/" + digits(rng, 3)
    if optional_pair(rng, rows, ["Ticketnr.", "Ticketnummer"] if dutch else ["N° ticket", "Ticket n°"], number, 0.2):
        txn = number
    if shown(rng, 0.5):
        rows.append(("left", {"Delhaize": "SuperPlus punten: ", "Colruyt": "Xtra: ", "Spar": "Spar Plus: "}[chain]
                     + str(rng.randint(20, 900))))
    rows.append(("center", "Bedankt en tot ziens!" if dutch else "Merci et à bientôt !"))
    truth = truth_fields(chain, total, "EUR", txn, when, method if method_printed else None, None)
    return rows, truth, dict(TILL)


# ---------------------------------------------------------------- 11 FairPrice / Cold Storage Singapore till


def sg_supermarket_till(rng: random.Random, font: str):
    """An NTUC FairPrice / Cold Storage / Sheng Siong / Giant till in Singapore dollars: the outlet, GST Reg No (never
    the id), a date with the month named or year first (never a numeric one that reads both ways), items, a LinkPoints
    or member saving in a share, TOTAL / TOTAL AMOUNT / NETT TOTAL as S$ or SGD, GST 9% included, VISA / MASTERCARD
    with a masked card and APPR CODE in a share (then no document number), Apple Pay, or CASH with CHANGE; Receipt No /
    Trans No in a share."""
    chain = rng.choice(["FairPrice", "Cold Storage", "Sheng Siong", "Giant"])
    catalogue = [("MEIJI FRESH MILK 2L", 6.95), ("GARDENIA WHITE BREAD", 2.85), ("SONGHE THAI RICE 5KG", 13.90),
                 ("KANG KONG 250G", 1.20), ("PASAR EGGS 10S", 3.45), ("MILO TIN 1.5KG", 16.50), ("PRIMA TASTE LAKSA", 11.95),
                 ("TIGER BEER 4X320ML", 11.80), ("DOLE BANANAS", 2.95), ("YEO'S CHRYSANTHEMUM 6X250ML", 4.25)]
    items = _lines(rng, catalogue, 5, 2)
    gross = round(sum(qty * value for _, qty, value in items), 2)
    rows = [("title", chain), ("small", rng.choice(["Toa Payoh Hub Outlet", "Bedok Mall Outlet", "Jurong Point",
                                                    "Tampines 1"])),
            ("small", "GST Reg No: " + rng.choice(["M9", "M2"]) + "-" + digits(rng, 7) + "-" + code(rng, 1, UPPER))]
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("left", date_text(when, rng.choice(["%d %b %Y", "%d-%b-%y", "%Y-%m-%d", "{d} %B %Y"])).upper()
                     + "  " + clock(rng, rng.random() < 0.5)))
    rows.append(("rule",))
    for name, qty, value in items:
        rows.append(("pair", f"{qty} {name}", f"{qty * value:,.2f}"))
    total = gross
    if rng.random() < 0.3:
        off = round(gross * 0.03, 2)
        rows.append(("pair", "MEMBER SAVINGS", f"-{off:,.2f}"))
        total = round(gross - off, 2)
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["TOTAL", "TOTAL AMOUNT", "NETT TOTAL"]),
                 rng.choice(["S$", "SGD ", "S$ "]) + f"{total:,.2f}"))
    rows.append(("small", f"GST 9% incl. S${round(total * 9 / 109, 2):,.2f}"))
    tender, method = rng.choice([("VISA", "card"), ("MASTERCARD", "card"), ("APPLE PAY", "wallet"), ("CASH", "cash"),
                                 ("CASH", "cash")])
    method_printed = shown(rng, 0.15)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [10, 50, 100])
            rows.append(("pair", "CASH", f"{given:,.2f}"))
            rows.append(("pair", "CHANGE", f"{given - total:,.2f}"))
        else:
            rows.append(("pair", tender, f"{total:,.2f}"))
            if method == "card":
                rows.append(("left", "CARD NO: " + _masked(rng)))
            auth = digits(rng, 6)
            if optional_pair(rng, rows, ["APPR CODE", "APPROVAL CODE"], auth, 0.5):
                txn = auth
            if shown(rng, 0.5):
                rows.append(("center", "APPROVED"))
                status = "success"
    if txn is None:
        number = digits(rng, 4) + "-" + digits(rng, 5)
        if optional_pair(rng, rows, ["Receipt No", "Trans No"], number, 0.2):
            txn = number
    if shown(rng, 0.4):
        rows.append(("left", "LinkPoints earned: " + str(max(1, int(total)))))
    rows.append(("center", "THANK YOU, PLEASE COME AGAIN"))
    truth = truth_fields(chain, total, "SGD", txn, when, method if method_printed else None, status)
    return rows, truth, dict(TILL)


# ---------------------------------------------------------------- 12 Crossword / Sapna / Waterstones bookshop till


def bookshop_till(rng: random.Random, font: str):
    """A bookshop till: Crossword / Sapna Book House in India (rupees, books exempt from GST, a member discount in a
    share, Net Amount / Total, Payment Mode UPI / Card / Cash, Bill No.), Waterstones in the UK (£, Card / Cash, Receipt
    No.) or Barnes & Noble in the US ($ with a state and ZIP and sales tax, month-first date, VISA / AMEX with AUTH
    CODE): book titles, the date line, the total, the tender, at most one id."""
    chain = rng.choice(["Crossword", "Sapna Book House", "Waterstones", "Barnes & Noble"])
    country = {"Crossword": "IN", "Sapna Book House": "IN", "Waterstones": "UK", "Barnes & Noble": "US"}[chain]
    store = {"Crossword": rng.choice(["Kemps Corner, Mumbai 400036", "Phoenix Palladium, Mumbai 400013"]),
             "Sapna Book House": rng.choice(["Gandhinagar, Bengaluru 560009", "Jayanagar, Bengaluru 560041"]),
             "Waterstones": rng.choice(["Piccadilly, London W1J 9HD", "Deansgate, Manchester M3 2BW"]),
             "Barnes & Noble": rng.choice(["Union Square, New York, NY 10003", "The Grove, Los Angeles, CA 90036"])}[chain]
    books = [("The Midnight Library", 9.99), ("Atomic Habits", 16.99), ("Tomorrow, and Tomorrow", 10.99),
             ("The Ministry of Utmost Happiness", 9.99), ("Sapiens", 12.99), ("Wings of Fire", 6.99),
             ("Project Hail Mary", 10.99), ("Malgudi Days", 7.99), ("The God of Small Things", 9.99)]
    factor = {"IN": 45.0, "UK": 1.0, "US": 1.6}[country]
    items = [(name, qty, round(value * factor, 0 if country == "IN" else 2)) for name, qty, value in _lines(rng, books, 4)]
    gross = round(sum(qty * value for _, qty, value in items), 2)

    def fmt(value: float) -> str:
        return money(value, "indian") if country == "IN" else f"{value:,.2f}"

    rows = [("title", chain), ("small", store)]
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        pattern = rng.choice({"IN": INDIAN_DATES, "UK": UK_DATES, "US": US_DATES}[country])
        rows.append(("left", date_text(when, pattern) + "  " + clock(rng, country == "US")))
    rows.append(("rule",))
    for name, qty, value in items:
        rows.append(("left", name))
        rows.append(("pair", f"   {qty} @ {fmt(value)}", fmt(qty * value)))
    rows.append(("rule",))
    total = gross
    if country == "IN" and rng.random() < 0.4:
        off = round(gross * 0.1, 2)
        rows.append(("pair", "Member Discount 10%", "-" + fmt(off)))
        total = round(gross - off, 2)
    if country == "US":
        tax = round(gross * (0.08875 if "NY" in store else 0.095), 2)
        rows.append(("pair", "Subtotal", fmt(gross)))
        rows.append(("pair", "Sales Tax", fmt(tax)))
        total = round(gross + tax, 2)
    mark = {"IN": rupee(font), "UK": "£", "US": "$"}[country]
    label = {"IN": rng.choice(["Net Amount", "Total"]), "UK": rng.choice(["TOTAL", "Total"]), "US": "TOTAL"}[country]
    rows.append(("pair", label, mark + fmt(total)))
    if country == "IN":
        rows.append(("small", "Books: GST exempt"))
    tenders = {"IN": [("UPI", "UPI"), ("Card", "card"), ("Cash", "cash")],
               "UK": [("Card", "card"), ("Contactless", "card"), ("Cash", "cash")],
               "US": [("VISA", "card"), ("AMEX", "card"), ("CASH", "cash")]}[country]
    tender, method = rng.choice(tenders)
    method_printed = shown(rng, 0.15)
    txn = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [500, 2000] if country == "IN" else [20, 50, 100])
            rows.append(("pair", tender, fmt(given)))
            rows.append(("pair", "Change", fmt(given - total)))
        elif country == "IN":
            rows.append(("pair", "Payment Mode", tender))
        else:
            rows.append(("pair", tender, fmt(total)))
            rows.append(("left", _masked(rng)))
            auth = digits(rng, 6)
            if optional_pair(rng, rows, ["AUTH CODE", "Auth code"], auth, 0.5):
                txn = auth
    if txn is None:
        number = digits(rng, rng.choice([6, 8])) if country != "IN" else code(rng, 2, UPPER) + "/" + digits(rng, 6)
        labels = {"IN": ["Bill No.", "Bill No"], "UK": ["Receipt No."], "US": ["Receipt #"]}[country]
        if optional_pair(rng, rows, labels, number, 0.2):
            txn = number
    rows.append(("center", {"IN": "Happy Reading!", "UK": "Thank you for shopping at Waterstones",
                            "US": "Thanks for shopping at Barnes & Noble"}[country]))
    currency = {"IN": "INR", "UK": "GBP", "US": "USD"}[country]
    truth = truth_fields(chain, total, currency, txn, when, method if method_printed else None, None)
    return rows, truth, dict(TILL, width=480)
