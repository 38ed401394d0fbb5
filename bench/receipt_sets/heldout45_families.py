"""The twelve heldout45 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

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
    shown,
    truth_fields,
)

UPPER = string.ascii_uppercase
ALNUM = UPPER + string.digits
SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 21}
FR_MONTHS = [
    "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre",
]  # fmt: skip


def _outcome(rng: random.Random, words: dict[str, list[str]]) -> tuple[str, str]:
    """An outcome (success mostly, else failed or pending where the layout has words for it) and its wording."""
    roll = rng.random()
    status = "success" if roll < 0.7 else ("failed" if roll < 0.85 else "pending")
    if status not in words:
        status = "success"
    return status, rng.choice(words[status])


def _inr_text(rng: random.Random, value: float, decimals: bool = True) -> str:
    """A rupee sum in lakh grouping, marked ₹, Rs. or INR."""
    text = money(value, "indian")
    if not decimals and text.endswith(".00"):
        text = text[:-3]
    mark = rng.choice(["₹", "₹ ", "Rs. ", "Rs ", "INR "])
    return mark + text


def _eur(value: float) -> str:
    """A euro sum with a decimal comma and dots between thousands."""
    return money(value, "european")


def _fr_date(when: dt.date) -> str:
    return f"{when.day} {FR_MONTHS[when.month - 1]} {when.year}"


def _dated(
    rng, rows, labels, patterns, p_absent=0.15, with_time=False, twelve=False, when=None
) -> dt.date | None:
    """Print a payment date (``when``, else a random day) under one of ``labels`` unless it is left off; the date
    printed, or ``None``."""
    when = when or day(rng)
    if not shown(rng, p_absent):
        return None
    text = date_text(when, rng.choice(patterns))
    if with_time and rng.random() < 0.6:
        text += rng.choice([" ", ", ", " at "]) + clock(rng, twelve)
    rows.append(("pair", rng.choice(labels), text))
    return when


# ---------------------------------------------------------------- 1 German Rewe / Edeka till


def de_supermarket_till(rng: random.Random, font: str):
    """A German Rewe / Edeka till in euros: items with VAT letters, SUMME, girocard or BAR, MwSt table, approval."""
    store = rng.choice(["REWE", "REWE Markt GmbH", "EDEKA", "EDEKA Center Kröger"])
    items = [
        (
            rng.choice(
                ["BIO BANANE", "VOLLMILCH 3,5%", "BROETCHEN", "GOUDA JUNG", "APFELSAFT", "KAFFEE 500G"]
            ),
            price(rng, 0.39, 9.99),
        )
        for _ in range(rng.randint(3, 6))
    ]
    total = round(sum(v for _, v in items), 2)
    rows = [
        ("title", store),
        ("small", rng.choice(["Hauptstr. 12, 50667 Köln", "Bahnhofstr. 3, 80335 München"])),
        ("small", "UID Nr.: DE" + digits(rng, 9)),
        ("right", "EUR"),
    ]
    for name, value in items:
        rows.append(("pair", name, _eur(value) + " " + rng.choice("AB")))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["SUMME", "SUMME EUR", "Zu zahlen"]), _eur(total)))
    method = rng.choice(["card", "card", "cash"])
    txn = status = None
    if method == "cash":
        given = float(int(total) + rng.choice([1, 5, 10]))
        rows.append(("pair", rng.choice(["Geg. BAR", "Gegeben BAR"]), _eur(given)))
        rows.append(("pair", "Rückgeld BAR", _eur(round(given - total, 2))))
    else:
        rows.append(("pair", rng.choice(["Geg. girocard", "Geg. Kartenzahlung", "Geg. VISA"]), _eur(total)))
        rows.append(("center", "*** Kundenbeleg ***"))
        rows.append(("pair", "Terminal-ID", digits(rng, 8)))
        rows.append(("pair", "Karte", "############" + digits(rng, 4)))
        approval = digits(rng, 6)
        if optional_pair(rng, rows, ["Genehmigungs-Nr.", "Autorisierungs-Nr."], approval, 0.25):
            txn = approval
        if shown(rng, 0.4):
            rows.append(("center", rng.choice(["Zahlung erfolgt", "Zahlung erfolgreich"])))
            status = "success"
    rows.append(("small", "MwSt-Satz  Netto  MwSt"))
    rows.append(
        ("small", f"A 19%  {_eur(round(total * 0.4 / 1.19, 2))}  {_eur(round(total * 0.4 * 0.19 / 1.19, 2))}")
    )
    bon = digits(rng, 4)
    when = day(rng)
    dated = shown(rng, 0.15)
    stamp = date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"])) + "  " + clock(rng, False) if dated else ""
    if shown(rng, 0.3):
        rows.append(("left", (stamp + "  " if stamp else "") + "Bon-Nr.: " + bon))
        if txn is None:
            txn = bon
    elif stamp:
        rows.append(("left", "Datum: " + stamp))
    rows.append(("center", "Vielen Dank für Ihren Einkauf"))
    truth = truth_fields(store, total, "EUR", txn, when if dated else None, method, status)
    return rows, truth, {"width": 480, "size": 18, "paper": (253, 253, 250)}


# ---------------------------------------------------------------- 2 Irish forecourt card slip


def ie_fuel_slip(rng: random.Random, font: str):
    """An Irish Applegreen / Circle K / Maxol forecourt receipt: pump, litres, price per litre, card slip."""
    store = rng.choice(["APPLEGREEN", "Circle K", "MAXOL"])
    litres = round(rng.uniform(12, 60), 2)
    per_litre = round(rng.uniform(1.62, 1.86), 3)
    fuel = round(litres * per_litre, 2)
    shop = rng.choice([0.0, 0.0, 2.95, 3.50])
    total = round(fuel + shop, 2)
    rows = [
        ("title", store),
        ("small", rng.choice(["Naas Road, Dublin 12", "N7 Kill, Co. Kildare", "Ballincollig, Co. Cork"])),
        ("small", "VAT REG IE" + digits(rng, 7) + rng.choice(UPPER)),
        ("pair", "PUMP " + digits(rng, 1) + " " + rng.choice(["UNLEADED", "DIESEL"]), f"{fuel:.2f}"),
        ("left", f"  {litres:.2f} L @ {per_litre:.3f} EUR/L"),
    ]
    if shop:
        rows.append(("pair", rng.choice(["LARGE COFFEE", "BREAKFAST ROLL"]), f"{shop:.2f}"))
    rows.append(
        ("pair", rng.choice(["TOTAL EUR", "TOTAL", "AMOUNT DUE"]), rng.choice(["€", ""]) + f"{total:.2f}")
    )
    method = rng.choice(["card", "card", "card", "cash"])
    txn = status = None
    if method == "cash":
        given = float(int(total) + 5)
        rows += [("pair", "CASH", f"{given:.2f}"), ("pair", "CHANGE", f"{given - total:.2f}")]
    else:
        rows.append(("pair", rng.choice(["VISA DEBIT", "MASTERCARD", "VISA CONTACTLESS"]), f"{total:.2f}"))
        rows.append(("left", "**** **** **** " + digits(rng, 4)))
        rows.append(("pair", "AID", "A00000000" + rng.choice(["31010", "41010"])))
        status, words = _outcome(
            rng, {"success": ["APPROVED", "TRANSACTION APPROVED"], "failed": ["DECLINED"]}
        )
        if status == "success":
            auth = digits(rng, 6)
            if optional_pair(rng, rows, ["AUTH CODE", "AUTH NO"], auth, 0.2):
                txn = auth
        if shown(rng, 0.35):
            rows.append(("center", words))
        else:
            status = None
    receipt = digits(rng, 5)
    if shown(rng, 0.4) and txn is None:
        rows.append(("pair", rng.choice(["RECEIPT NO", "RECEIPT NO."]), receipt))
        txn = receipt
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(
            (
                "left",
                "DATE "
                + date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y"]))
                + "  TIME "
                + clock(rng, False),
            )
        )
    rows.append(("center", "THANK YOU - DRIVE SAFELY"))
    truth = truth_fields(store, total, "EUR", txn, when if dated else None, method, status)
    return rows, truth, {"width": 470, "size": 18, "paper": (255, 255, 252)}


# ---------------------------------------------------------------- 3 US CVS / Walgreens pharmacy till


def us_pharmacy_till(rng: random.Random, font: str):
    """A US CVS / Walgreens till: items with tax flags, SUBTOTAL, TAX, TOTAL, card / cash, loyalty card, return date."""
    store = rng.choice(["CVS/pharmacy", "CVS pharmacy", "Walgreens"])
    own = "CVS VIT D3 1000IU" if "CVS" in store else "WAL ZINC 50MG"
    items = [
        (
            rng.choice(["ADVIL 24CT", own, "KLEENEX 3PK", "CLARITIN 30CT", "GATORADE 28OZ"]),
            price(rng, 1.99, 24.99),
        )
        for _ in range(rng.randint(2, 5))
    ]
    sub = round(sum(v for _, v in items), 2)
    tax = round(sub * 0.0625, 2)
    total = round(sub + tax, 2)
    rows = [
        ("title", store),
        ("small", rng.choice(["1420 S Lamar Blvd, Austin, TX 78704", "88 Main St, Boston, MA 02108"])),
    ]
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("left", date_text(when, rng.choice(["%m/%d/%Y", "%m/%d/%y"])) + " " + clock(rng, True)))
    for name, value in items:
        rows.append(("pair", name, f"{value:.2f} " + rng.choice("FTN")))
    rows += [
        ("pair", rng.choice(["SUBTOTAL", "SUB TOTAL"]), f"{sub:.2f}"),
        ("pair", "TAX 6.25%", f"{tax:.2f}"),
    ]
    rows.append(("pair", rng.choice(["TOTAL", "BALANCE DUE"]), f"${total:.2f}"))
    tender, method = rng.choice(
        [("VISA CREDIT", "card"), ("DEBIT", "card"), ("MASTERCARD", "card"), ("CASH", "cash")]
    )
    txn = status = None
    if method == "cash":
        given = float(int(total) + 10)
        rows += [("pair", "CASH", f"{given:.2f}"), ("pair", "CHANGE", f"{given - total:.2f}")]
    else:
        rows.append(("pair", tender, f"{total:.2f}"))
        rows.append(("left", "CARD#: ************" + digits(rng, 4)))
        approval = code(rng, 6, ALNUM)
        if optional_pair(rng, rows, ["APPROVAL#", "AUTH#"], approval, 0.25):
            txn = approval
        if shown(rng, 0.5):
            rows.append(("left", rng.choice(["APPROVED", "APPROVED - THANK YOU"])))
            status = "success"
    if "CVS" in store:
        rows.append(("left", "ExtraCare Card #: ********" + digits(rng, 4)))
    else:
        rows.append(("left", "myWalgreens #: ********" + digits(rng, 4)))
    ret = when + dt.timedelta(days=60)
    rows.append(("small", "RETURNS WITH RECEIPT THRU " + date_text(ret, "%m/%d/%Y")))
    trans = digits(rng, 4)
    if shown(rng, 0.4) and txn is None:
        rows.append(("left", f"STORE {digits(rng, 5)} REG {rng.randint(1, 9)} TRANS# {trans}"))
        txn = trans
    truth = truth_fields(store, total, "USD", txn, when if dated else None, method, status)
    return rows, truth, {"width": 500, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 4 BESCOM / MSEDCL electricity bill payment


def electricity_bill(rng: random.Random, font: str):
    """A BESCOM / MSEDCL online bill payment receipt: consumer number, bill month, due date, amount, references."""
    board = rng.choice(["BESCOM", "MSEDCL"])
    big = rng.random() < 0.25
    bill = float(round(rng.uniform(105000, 480000) if big else rng.uniform(320, 9800)))
    fee = rng.choice([0.0, 0.0, 5.9, 11.8])
    paid = round(bill + fee, 2)
    rows = [
        ("title", board),
        ("center", rng.choice(["Online Payment Receipt", "Payment Acknowledgement", "e-Receipt"])),
    ]
    status = None
    if shown(rng, 0.35):
        status, words = _outcome(
            rng,
            {
                "success": ["Payment Successful", "Transaction Successful"],
                "failed": ["Payment Failed", "Transaction Unsuccessful"],
                "pending": ["Payment Pending", "Transaction is being processed"],
            },
        )
        rows.append(("center", words))
    rows.append(("rule",))
    rows.append(
        ("pair", rng.choice(["Account ID", "Consumer No."]), digits(rng, 10 if board == "BESCOM" else 12))
    )
    rows.append(
        ("pair", "Consumer Name", rng.choice(["R NAGARAJ", "SUNITA PATIL", "M/S SRI GANESH TEXTILES"]))
    )
    rows.append(("pair", "Bill Month", rng.choice(["JAN-2026", "FEB-2026", "Mar 2026", "12/2025"])))
    paid_on = day(rng)
    rows.append(("pair", "Due Date", date_text(paid_on + dt.timedelta(days=rng.randint(-5, 12)), "%d/%m/%Y")))
    rows.append(("pair", "Bill Amount", _inr_text(rng, bill)))
    if fee:
        rows.append(("pair", "Convenience Fee (incl. GST)", _inr_text(rng, fee)))
    rows.append(
        ("pair", rng.choice(["Amount Paid", "Total Amount Paid", "Paid Amount"]), _inr_text(rng, paid))
    )
    ref = rng.choice(["BES", "MSE", "HDF", "SBI"]) + digits(rng, 11)
    receipt = digits(rng, 9)
    txn = None
    if status != "failed" and optional_pair(
        rng, rows, ["Transaction Ref. No.", "Bank Transaction ID"], ref, 0.25
    ):
        txn = ref
    if optional_pair(rng, rows, ["Receipt No.", "Receipt Number"], receipt, 0.3) and txn is None:
        txn = receipt
    mode, method = rng.choice(
        [("UPI", "UPI"), ("Net Banking", "netbanking"), ("Debit Card", "card"), ("Credit Card", "card")]
    )
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment"], mode, 0.2)
    when = _dated(
        rng,
        rows,
        ["Payment Date", "Transaction Date"],
        ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y"],
        0.15,
        True,
        when=paid_on,
    )
    rows.append(("small", "This is a computer generated receipt"))
    truth = truth_fields(board, paid, "INR", txn, when, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=600, accent=(0, 90, 160), screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 5 IRCTC e-ticket payment


def irctc_eticket(rng: random.Random, font: str):
    """An IRCTC e-ticket: PNR, train, journey date, fare breakdown, Total Fare, Transaction ID, booking date."""
    fare = float(rng.choice([235, 495, 785, 1145, 1620, 2390, 3105]))
    conv = rng.choice([11.8, 17.7, 23.6])
    insurance = rng.choice([0.0, 0.45])
    total = round(fare + conv + insurance, 2)
    rows = [
        ("title", "IRCTC"),
        ("center", rng.choice(["Electronic Reservation Slip (ERS)", "E-Ticket", "Reservation Slip"])),
    ]
    status = None
    if shown(rng, 0.5):
        status, words = _outcome(
            rng, {"success": ["Payment Successful", "Booking Confirmed"], "failed": ["Booking Failed"]}
        )
        rows.append(("center", words))
    rows.append(("rule",))
    pnr = digits(rng, 10)
    rows.append(("pair", "PNR No.", pnr))
    rows.append(
        (
            "pair",
            "Train No./Name",
            rng.choice(["12627/KARNATAKA EXP", "12951/MUMBAI RAJDHANI", "22691/RAJDHANI EXP"]),
        )
    )
    rows.append(("pair", "From", rng.choice(["KSR BENGALURU (SBC)", "MUMBAI CENTRAL (MMCT)"])))
    rows.append(("pair", "To", rng.choice(["NEW DELHI (NDLS)", "H NIZAMUDDIN (NZM)"])))
    booked = day(rng)
    journey = booked + dt.timedelta(days=rng.choice([1, 2, 7, 21, 45, 60]))
    rows.append(("pair", "Date of Journey", date_text(journey, rng.choice(["%d-%b-%Y", "%d-%m-%Y"]))))
    rows.append(
        ("pair", "Quota / Class", rng.choice(["GENERAL (GN) / 3A", "TATKAL (TQ) / SL", "GENERAL (GN) / 2A"]))
    )
    rows.append(("pair", "Ticket Fare", _inr_text(rng, fare)))
    rows.append(("pair", "IRCTC Convenience Fee (Incl. of GST)", _inr_text(rng, conv)))
    if insurance:
        rows.append(("pair", "Travel Insurance Premium (Incl. of GST)", _inr_text(rng, insurance)))
    rows.append(("pair", rng.choice(["Total Fare (all inclusive)", "Total Fare"]), _inr_text(rng, total)))
    tid = "100" + digits(rng, 9)
    txn = tid if optional_pair(rng, rows, ["Transaction ID", "Transaction Id"], tid, 0.2) else pnr
    mode, method = rng.choice(
        [("UPI", "UPI"), ("Net Banking", "netbanking"), ("Credit Card", "card"), ("IRCTC eWallet", "wallet")]
    )
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Paid through"], mode, 0.35)
    when = _dated(
        rng, rows, ["Booking Date", "Date of Booking"], ["%d-%b-%Y", "%d-%m-%Y"], 0.15, True, when=booked
    )
    truth = truth_fields("IRCTC", total, "INR", txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 720, "size": 19, "paper": (255, 255, 255), "accent": (30, 50, 120)}


# ---------------------------------------------------------------- 6 Indian café till


def in_cafe_till(rng: random.Random, font: str):
    """An Indian café till (Chaayos / Café Coffee Day / Third Wave): CGST, SGST, Round Off, Grand Total, settlement."""
    store = rng.choice(["CHAAYOS", "Cafe Coffee Day", "THIRD WAVE COFFEE"])
    items = [
        (
            rng.choice(
                ["DESI CHAI (R)", "KULHAD CHAI", "CAPPUCCINO", "VADA PAV", "COLD COFFEE (L)", "BUN MASKA"]
            ),
            float(rng.choice([79, 99, 129, 149, 189, 219, 259])),
            rng.randint(1, 3),
        )
        for _ in range(rng.randint(2, 4))
    ]
    sub = float(sum(p * q for _, p, q in items))
    cgst = round(sub * 0.025, 2)
    total = float(round(sub + 2 * cgst))
    rounding = round(total - (sub + 2 * cgst), 2)
    rows = [
        ("title", store),
        ("small", rng.choice(["Indiranagar, Bengaluru 560038", "Cyber Hub, Gurugram 122002"])),
        ("small", "GSTIN: 29" + code(rng, 10, ALNUM) + "1Z" + rng.choice(ALNUM)),
        ("center", rng.choice(["TAX INVOICE", "Dine In", "Take Away"])),
    ]
    bill = rng.choice(["C", "B", "T"]) + digits(rng, 2) + "-" + digits(rng, 5)
    txn = bill if optional_pair(rng, rows, ["Bill No", "Bill No.", "Invoice No"], bill, 0.2) else None
    when = _dated(rng, rows, ["Date", "Dt"], ["%d/%m/%y", "%d-%b-%Y", "%d/%m/%Y"], 0.15, True)
    rows.append(("rule",))
    for name, unit, qty in items:
        rows.append(("pair", f"{name} x{qty}", f"{unit * qty:.2f}"))
    rows.append(("rule",))
    rows += [
        ("pair", "Sub Total", f"{sub:.2f}"),
        ("pair", "CGST @2.5%", f"{cgst:.2f}"),
        ("pair", "SGST @2.5%", f"{cgst:.2f}"),
        ("pair", "Round Off", f"{rounding:+.2f}"),
    ]
    rows.append(("pair", rng.choice(["Grand Total", "Net Payable", "TOTAL"]), _inr_text(rng, total)))
    tender, method = rng.choice(
        [("PAYTM (UPI)", "UPI"), ("UPI", "UPI"), ("CASH", "cash"), ("CARD", "card"), ("Card - VISA", "card")]
    )
    method_printed = optional_pair(rng, rows, ["Settled By", "Payment Mode", "Paid via"], tender, 0.2)
    rows.append(("center", rng.choice(["Thank you! Visit again", "Chai pe charcha!", "See you soon"])))
    truth = truth_fields(store, total, "INR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 480, "size": 18, "paper": (254, 254, 251)}


# ---------------------------------------------------------------- 7 BHIM UPI screen


def bhim_upi(rng: random.Random, font: str):
    """A BHIM app's UPI payment screen: status, big amount, payee and its UPI ID, UPI Ref. No, BHIM Txn ID."""
    payee = rng.choice(
        ["Shree Sai Medicals", "Annapurna Tiffin Centre", "Krishna Auto Works", "Lakshmi Fancy Stores"]
    )
    amount = float(rng.randint(10, 25000)) if rng.random() < 0.6 else price(rng, 10, 25000)
    status, words = _outcome(
        rng,
        {
            "success": ["Transaction Successful", "Payment Successful", "Money sent successfully"],
            "failed": ["Transaction Failed", "Payment Declined by bank"],
            "pending": ["Transaction Pending", "Awaiting bank response"],
        },
    )
    rows = [("title", "BHIM"), ("center", words), ("big", _inr_text(rng, amount, decimals=False)), ("rule",)]
    rows.append(("pair", rng.choice(["Paid to", "To"]), payee))
    handle = payee.split()[0].lower() + digits(rng, 2)
    rows.append(("pair", "UPI ID", handle + rng.choice(["@ybl", "@upi", "@okicici", "@sbi"])))
    rows.append(
        (
            "pair",
            rng.choice(["From", "Debited from"]),
            rng.choice(["Canara Bank", "Bank of Baroda", "SBI"]) + " XX" + digits(rng, 4),
        )
    )
    ref = digits(rng, 12)
    txn = None
    if status != "failed" or rng.random() < 0.5:
        if optional_pair(rng, rows, ["UPI Ref. No", "UPI Transaction ID", "Reference ID"], ref, 0.2):
            txn = ref
    bhim_id = "BHIM" + code(rng, 10, string.digits + "ABCDEF")
    if optional_pair(rng, rows, ["BHIM Txn ID", "Transaction ID"], bhim_id, 0.5) and txn is None:
        txn = bhim_id
    when = _dated(rng, rows, ["Date & Time", "Date"], ["{d} %b %Y", "%d/%m/%Y", "%d %B %Y"], 0.15, True, True)
    rows.append(("small", "Powered by UPI  |  NPCI"))
    truth = truth_fields(payee, amount, "INR", txn, when, "UPI", status)
    dark = rng.random() < 0.25
    style = dict(SCREEN, width=540, accent=(0, 120, 60))
    if dark:
        style.update(paper=(24, 26, 30), ink=(235, 235, 235), accent=(120, 220, 150))
    return rows, truth, style


# ---------------------------------------------------------------- 8 SNCF Connect payment confirmation


def sncf_connect(rng: random.Random, font: str):
    """An SNCF Connect order confirmation in French: trip, travel date, Montant total, dossier, moyen de paiement."""
    total = rng.choice([19.0, 29.0, 39.0, 49.0]) if rng.random() < 0.4 else round(rng.uniform(15, 320), 2)
    if rng.random() < 0.15:
        total = round(rng.uniform(1000, 1800), 2)  # a group's tickets: a thousands dot
    rows = [("title", "SNCF Connect"), ("center", rng.choice(["Confirmation de commande", "Votre commande"]))]
    status = None
    if shown(rng, 0.45):
        status, words = _outcome(
            rng,
            {
                "success": ["Paiement accepté", "Votre paiement a été accepté"],
                "failed": ["Paiement refusé"],
                "pending": ["Paiement en cours de validation"],
            },
        )
        rows.append(("center", words))
    rows.append(("rule",))
    trip = rng.choice(
        [
            "Paris Gare de Lyon → Lyon Part-Dieu",
            "Paris Montparnasse → Bordeaux St-Jean",
            "Lille Europe → Marseille St-Charles",
        ]
    )
    rows.append(("left", trip))
    paid_on = day(rng)
    travel = paid_on + dt.timedelta(days=rng.randint(0, 50))
    rows.append(
        (
            "left",
            "Aller le "
            + _fr_date(travel)
            + " à "
            + f"{rng.randint(6, 20):02d}h{rng.choice(['04', '17', '32', '46'])}",
        )
    )
    rows.append(("pair", rng.choice(["Passagers", "Voyageurs"]), str(rng.randint(1, 4))))
    dossier = code(rng, 6, UPPER)
    rows.append(("pair", rng.choice(["Référence de dossier", "Réf. dossier"]), dossier))
    total_text = _eur(total) + rng.choice([" €", " EUR", "€"])
    rows.append(("pair", rng.choice(["Montant total", "Total payé", "Montant payé"]), total_text))
    pay_ref = code(rng, 4, UPPER) + digits(rng, 10)
    txn = dossier
    if status != "failed" and optional_pair(
        rng, rows, ["N° de transaction", "Référence de paiement"], pay_ref, 0.6
    ):
        txn = pay_ref
    pay, method = rng.choice(
        [
            ("Carte bancaire •••• " + digits(rng, 4), "card"),
            ("Visa •••• " + digits(rng, 4), "card"),
            ("PayPal", "wallet"),
            ("Apple Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Moyen de paiement", "Payé avec"], pay, 0.2)
    when = None
    if shown(rng, 0.2):
        when = paid_on
        text = _fr_date(when) if rng.random() < 0.5 else date_text(when, "%d/%m/%Y")
        rows.append(("pair", rng.choice(["Date de paiement", "Payé le", "Date de commande"]), text))
    rows.append(("small", "Billet non échangeable après le départ"))
    truth = truth_fields("SNCF Connect", total, "EUR", txn, when, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=620, accent=(140, 20, 90))


# ---------------------------------------------------------------- 9 US utility bill payment


def us_utility_payment(rng: random.Random, font: str):
    """A US utility's online payment confirmation (Con Edison / Duke Energy / PG&E): account, due date, amount."""
    utility = rng.choice(["Con Edison", "Duke Energy", "PG&E"])
    amount = price(rng, 38, 1480) if rng.random() < 0.85 else price(rng, 1000, 4200)
    rows = [
        ("title", utility),
        ("center", rng.choice(["Payment Details", "Payment Summary"])),
    ]
    status = None
    if shown(rng, 0.4):
        status, words = _outcome(
            rng,
            {
                "success": ["Payment Received", "Your payment was successful"],
                "failed": ["Payment Unsuccessful", "Your payment could not be processed"],
                "pending": ["Payment Processing"],
            },
        )
        rows.append(("center", words))
    rows.append(("rule",))
    rows.append(
        ("pair", "Account Number", "-".join(digits(rng, n) for n in (2, 4, 4, 4)) + "-" + digits(rng, 1))
    )
    rows.append(
        (
            "pair",
            "Service Address",
            rng.choice(["221 W 76th St, New York, NY 10023", "940 Oak Ave, Charlotte, NC 28203"]),
        )
    )
    paid_on = day(rng)
    rows.append(
        ("pair", "Bill Due Date", date_text(paid_on + dt.timedelta(days=rng.randint(-3, 20)), "%m/%d/%Y"))
    )
    rows.append(("pair", rng.choice(["Payment Amount", "Amount Paid"]), "$" + money(amount, "western")))
    conf = code(rng, 3, UPPER) + digits(rng, 9)
    txn = None
    if status != "failed" and optional_pair(rng, rows, ["Confirmation Number", "Confirmation #"], conf, 0.2):
        txn = conf
    src, method = rng.choice(
        [
            ("Checking ****" + digits(rng, 4), "netbanking"),
            ("Savings ****" + digits(rng, 4), "netbanking"),
            ("Visa ending in " + digits(rng, 4), "card"),
            ("Debit Card ****" + digits(rng, 4), "card"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Payment Method", "Pay From"], src, 0.2)
    when = _dated(
        rng,
        rows,
        ["Payment Date", "Date Submitted"],
        ["%m/%d/%Y", "%B {d}, %Y", "%b {d}, %Y"],
        0.15,
        when=paid_on,
    )
    rows.append(("small", "Please allow 1-2 business days for your payment to post."))
    truth = truth_fields(utility, amount, "USD", txn, when, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=640, accent=(0, 83, 155), screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 10 UK hotel folio


def uk_hotel_folio(rng: random.Random, font: str):
    """A UK hotel's guest folio (Premier Inn / Travelodge / an independent hotel): stay dates, charges, payment."""
    hotel = rng.choice(
        ["Premier Inn London County Hall", "Travelodge Edinburgh Central", "The Grand Brighton"]
    )
    nights = rng.randint(1, 3)
    rate = round(rng.uniform(64, 189), 2)
    arrival = day(rng)
    departure = arrival + dt.timedelta(days=nights)
    charges = [
        (date_text(arrival + dt.timedelta(days=i), "%d/%m") + " Accommodation", rate) for i in range(nights)
    ]
    if shown(rng, 0.5):
        charges.append((date_text(arrival, "%d/%m") + " Breakfast", 10.99))
    if shown(rng, 0.6):
        charges.append(
            (date_text(arrival, "%d/%m") + rng.choice([" Bar", " Restaurant"]), price(rng, 6, 58))
        )
    total = round(sum(v for _, v in charges), 2)
    rows = [
        ("title", hotel),
        ("center", rng.choice(["Guest Folio", "INVOICE", "Tax Invoice / Receipt"])),
        ("small", "VAT Reg No. GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2)),
        ("rule",),
        ("pair", "Room", str(rng.randint(101, 540))),
        ("pair", "Arrival", date_text(arrival, rng.choice(["%d/%m/%Y", "%d %b %Y"]))),
        ("pair", "Departure", date_text(departure, rng.choice(["%d/%m/%Y", "%d %b %Y"]))),
    ]
    folio = digits(rng, 7)
    txn = (
        folio if optional_pair(rng, rows, ["Folio No.", "Folio Number", "Invoice No."], folio, 0.25) else None
    )
    rows.append(("rule",))
    for label, value in charges:
        rows.append(("pair", label, f"£{value:.2f}"))
    rows.append(("pair", rng.choice(["Total Charges", "Total", "Total (inc. VAT)"]), f"£{total:.2f}"))
    rows.append(("pair", "VAT @ 20% included", f"£{round(total / 6, 2):.2f}"))
    pay, method = rng.choice(
        [
            ("Visa", "card"),
            ("Mastercard", "card"),
            ("Amex", "card"),
            ("Cash", "cash"),
            ("BACS transfer", "netbanking"),
        ]
    )
    rows.append(("pair", rng.choice(["Payment - ", "Paid by "]) + pay, f"-£{total:.2f}"))
    rows.append(("pair", rng.choice(["Balance", "Balance Due"]), "£0.00"))
    if method == "card":
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["Auth Code", "Authorisation"], auth, 0.6):
            txn = auth
    when = None
    if shown(rng, 0.35):
        when = rng.choice([arrival, departure])  # paid on arrival or at check-out
        rows.append(
            (
                "pair",
                rng.choice(["Payment Date", "Date Paid"]),
                date_text(when, rng.choice(["%d/%m/%Y", "%d %B %Y"])),
            )
        )
    status = None
    if shown(rng, 0.6):
        rows.append(("center", rng.choice(["PAID", "PAID IN FULL"])))
        status = "success"
    rows.append(("small", "Thank you for staying with us"))
    truth = truth_fields(hotel, total, "GBP", txn, when, method, status)
    return rows, truth, {"width": 640, "size": 19, "paper": (255, 255, 255), "accent": (60, 30, 90)}


# ---------------------------------------------------------------- 11 UK car park pay machine ticket


def uk_car_park(rng: random.Random, font: str):
    """A UK NCP / Q-Park pay-machine receipt: entry and exit times, tariff, AMOUNT PAID, card or coins, valid until."""
    operator = rng.choice(["NCP", "Q-Park", "Euro Car Parks"])
    site = rng.choice(["Manchester Piccadilly", "Leeds Trinity", "Birmingham New St"])
    hours = rng.choice([1, 2, 3, 4, 6, 24])
    total = {1: 4.50, 2: 7.20, 3: 9.80, 4: 12.50, 6: 16.00, 24: 28.00}[hours]
    if rng.random() < 0.3:
        total = round(total * rng.choice([0.8, 1.1]), 2)
    when = day(rng)
    rows = [
        ("title", operator),
        ("center", site),
        ("center", rng.choice(["CAR PARK RECEIPT", "VAT RECEIPT"])),
    ]
    rows.append(("pair", "TARIFF", f"UP TO {hours} HRS" if hours < 24 else "24 HOURS"))
    rows.append(("pair", "ENTRY", clock(rng, False)))
    rows.append(
        ("pair", rng.choice(["AMOUNT PAID", "TOTAL PAID", "FEE"]), rng.choice(["£", "GBP "]) + f"{total:.2f}")
    )
    rows.append(("pair", "VAT INCL", f"{round(total / 6, 2):.2f}"))
    method = rng.choice(["card", "card", "cash"])
    txn = status = None
    if method == "cash":
        rows.append(("pair", rng.choice(["COINS", "CASH"]), f"{total:.2f}"))
    else:
        rows.append(("pair", rng.choice(["CONTACTLESS", "VISA", "MASTERCARD"]), f"{total:.2f}"))
        rows.append(("left", "CARD ************" + digits(rng, 4)))
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["AUTH CODE", "AUTH"], auth, 0.25):
            txn = auth
        if shown(rng, 0.5):
            rows.append(("center", rng.choice(["PAYMENT ACCEPTED", "APPROVED"])))
            status = "success"
    ticket = digits(rng, 6)
    if optional_pair(rng, rows, ["TICKET NO", "TKT"], ticket, 0.4) and txn is None:
        txn = ticket
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", "DATE", date_text(when, rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d.%m.%Y"]))))
    rows.append(("small", "EXIT WITHIN 15 MINUTES OF PAYMENT"))
    truth = truth_fields(operator, total, "GBP", txn, when if dated else None, method, status)
    return rows, truth, {"width": 440, "size": 18, "paper": (250, 250, 246)}


# ---------------------------------------------------------------- 12 UK Monzo card payment detail


def monzo_card_payment(rng: random.Random, font: str):
    """A UK Monzo / Starling card payment detail screen: the shop on top, "-£" amount, status, card, mixed-case id."""
    bank = rng.choice(["Monzo", "Starling"])
    shop = rng.choice(["Pret A Manger", "Greggs", "Waterstones", "Sainsbury's Local", "Wasabi"])
    amount = price(rng, 1.5, 120)
    rows = [
        ("title", shop),
        ("big", f"-£{amount:.2f}"),
        ("center", rng.choice(["Eating out", "Shopping", "Groceries"])),
    ]
    status = None
    if shown(rng, 0.4):
        status, words = _outcome(
            rng,
            {"success": ["Completed", "Payment complete"], "failed": ["Declined"], "pending": ["Pending"]},
        )
        rows.append(("pair", "Status", words))
    rows.append(("rule",))
    pay, method = rng.choice(
        [
            ("Contactless ••" + digits(rng, 4), "card"),
            ("Chip & PIN ••" + digits(rng, 4), "card"),
            ("Apple Pay", "wallet"),
            ("Google Pay", "wallet"),
        ]
    )
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment method"], pay, 0.2)
    when = _dated(rng, rows, ["Date", "When"], ["%d %B %Y", "{d} %b %Y", "%d/%m/%Y"], 0.15, True)
    rows.append(("pair", "Location", rng.choice(["London EC2A", "Bristol BS1", "Leeds LS1"])))
    plain = "".join(c for c in string.ascii_letters + string.digits if c not in "IlO0o1")  # no look-alikes
    tid = "tx_0000" + code(rng, 16, plain)
    txn = tid if optional_pair(rng, rows, ["Transaction ID", "Reference"], tid, 0.5) else None
    rows.append(("small", f"Sent from your {bank} app"))
    truth = truth_fields(shop, amount, "GBP", txn, when, method if method_printed else None, status)
    accent = (255, 70, 85) if bank == "Monzo" else (100, 60, 210)
    return rows, truth, dict(SCREEN, width=540, accent=accent)
