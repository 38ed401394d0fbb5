"""The twelve heldout46 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

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
    rupee,
    shown,
    truth_fields,
)

UPPER = string.ascii_uppercase
ALNUM = UPPER + string.digits
SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 21}
IT_MONTHS = ["GEN", "FEB", "MAR", "APR", "MAG", "GIU", "LUG", "AGO", "SET", "OTT", "NOV", "DIC"]
NL_MONTHS = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def _outcome(rng: random.Random, words: dict[str, list[str]]) -> tuple[str, str]:
    """An outcome (success mostly, else failed or pending where the layout has words for it) and its wording."""
    roll = rng.random()
    status = "success" if roll < 0.7 else ("failed" if roll < 0.85 else "pending")
    if status not in words:
        status = "success"
    return status, rng.choice(words[status])


def _inr(rng: random.Random, value: float, font: str, decimals: bool = True) -> str:
    """A rupee sum in lakh grouping, marked with the rupee sign the face can print, Rs. or INR."""
    text = money(value, "indian")
    if not decimals and text.endswith(".00"):
        text = text[:-3]
    mark = rng.choice([rupee(font), rupee(font) + " ", "Rs. ", "INR "])
    return mark + text


def _eur(value: float) -> str:
    """A euro sum with a decimal comma and dots between thousands."""
    return money(value, "european")


# ---------------------------------------------------------------- 1 Paytm merchant QR payment screen


def paytm_qr_payment(rng: random.Random, font: str):
    """A Paytm app's screen after paying a shop's QR code: outcome, big amount, shop, UPI Ref No, Order ID, source."""
    shop = rng.choice(["Balaji Kirana Store", "New Sagar Sweets", "Om Sai Mobile Point", "Gupta Dairy"])
    amount = float(rng.randint(20, 4000)) if rng.random() < 0.6 else price(rng, 20, 60000)
    status, words = _outcome(
        rng,
        {
            "success": ["Paid Successfully", "Payment Successful"],
            "failed": ["Payment Failed"],
            "pending": ["Payment Pending"],
        },
    )
    rows = [("title", "Paytm"), ("center", words), ("big", _inr(rng, amount, font, decimals=False))]
    rows.append(("pair", rng.choice(["To", "Paid to"]), shop))
    rows.append(("small", "Scan & Pay  |  QR Code Payment"))
    rows.append(("rule",))
    source, method = rng.choice(
        [
            ("Paytm UPI  " + rng.choice(["SBI", "HDFC Bank", "Paytm Payments Bank"]) + " - " + digits(rng, 4), "UPI"),
            ("UPI - " + rng.choice(["ICICI Bank", "Axis Bank"]) + " XX" + digits(rng, 4), "UPI"),
            ("Paytm Wallet", "wallet"),
        ]
    )
    rows.append(("pair", rng.choice(["From", "Paid from"]), source))
    ref = digits(rng, 12)
    order = "T" + digits(rng, 6) + code(rng, 4, UPPER) + digits(rng, 5)
    txn = None
    if method == "UPI" and status != "failed" and optional_pair(rng, rows, ["UPI Ref No", "UPI Reference No."], ref, 0.2):
        txn = ref
    if optional_pair(rng, rows, ["Order ID", "Paytm Order ID"], order, 0.4) and txn is None:
        txn = order
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        stamp = clock(rng, True) + ", " + date_text(when, rng.choice(["{d} %b %Y", "%d %b '%y", "%d/%m/%Y"]))
        rows.append(("center", stamp))
    rows.append(("small", "Powered by UPI" if method == "UPI" else "Paytm - Scan any QR to pay"))
    truth = truth_fields(shop, amount, "INR", txn, when if dated else None, method, status)
    style = dict(SCREEN, width=540, accent=(0, 46, 110))
    if rng.random() < 0.25:
        style.update(paper=(16, 22, 34), ink=(232, 236, 240), accent=(0, 186, 242))
    return rows, truth, style


# ---------------------------------------------------------------- 2 HDFC / SBI net-banking NEFT acknowledgement


def neft_acknowledgement(rng: random.Random, font: str):
    """An HDFC NetBanking / OnlineSBI NEFT acknowledgement: beneficiary, IFSC, amount, UTR, debit account, date."""
    bank, portal = rng.choice([("HDFC BANK", "NetBanking"), ("State Bank of India", "OnlineSBI - Internet Banking")])
    payee = rng.choice(["Sharma Constructions", "Vidya Mandir School", "Kaveri Traders Pvt Ltd", "Dr Mehta Clinic"])
    amount = float(rng.randint(2000, 400000)) if rng.random() < 0.5 else price(rng, 500, 990000)
    rows = [("title", bank), ("center", portal), ("center", rng.choice(["NEFT Transaction Acknowledgement",
                                                                        "Funds Transfer - Acknowledgement"]))]
    status = None
    if shown(rng, 0.3):
        status, words = _outcome(
            rng,
            {
                "success": ["Transaction Successful", "Your funds transfer request has been completed"],
                "failed": ["Transaction Failed"],
                "pending": ["Transaction is in process", "Request submitted - awaiting settlement"],
            },
        )
        rows.append(("center", words))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Debit Account", "From Account"]), "XXXXXXXX" + digits(rng, 4)))
    rows.append(("pair", rng.choice(["Beneficiary Name", "Payee Name"]), payee))
    rows.append(("pair", "Beneficiary A/c No.", "XXXXXX" + digits(rng, 4)))
    rows.append(("pair", "IFSC", rng.choice(["ICIC", "UTIB", "KKBK", "CNRB"]) + "000" + digits(rng, 4)))
    rows.append(("pair", rng.choice(["Amount", "Transfer Amount", "Amount (INR)"]), _inr(rng, amount, font)))
    utr = rng.choice(["HDFCN", "SBIN", "N"]) + digits(rng, 4) + digits(rng, 12)
    ref = digits(rng, 10)
    txn = None
    if status != "failed" and optional_pair(rng, rows, ["UTR No.", "UTR Number"], utr, 0.3):
        txn = utr
    if optional_pair(rng, rows, ["Reference No.", "Transaction Ref No"], ref, 0.3) and txn is None:
        txn = ref
    rows.append(("pair", "Remarks", rng.choice(["Rent Oct", "School fees", "Invoice 2231", "Advance"])))
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        text = date_text(when, rng.choice(["%d-%b-%Y", "%d/%m/%Y", "%Y-%m-%d"]))
        if rng.random() < 0.5:
            text += " " + clock(rng, False) + ":" + f"{rng.randrange(60):02d}"
        rows.append(("pair", rng.choice(["Transaction Date", "Date & Time"]), text))
    rows.append(("small", "This is a system generated acknowledgement"))
    truth = truth_fields(payee, amount, "INR", txn, when, "netbanking", status)
    return rows, truth, dict(SCREEN, width=700, accent=(0, 60, 120), screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 3 Reliance Digital / Croma electronics invoice


def electronics_invoice(rng: random.Random, font: str):
    """A Reliance Digital / Croma tax invoice: GSTIN, products with serials, taxable value, GST, Invoice Value."""
    store = rng.choice(["Reliance Digital", "Croma", "CROMA - Infiniti Retail Ltd"])
    items = [
        (rng.choice(["LG 1.5T 5S INVERTER AC", "SAMSUNG 55\" QLED TV", "BOAT AIRDOPES 141", "HP 14s LAPTOP i5",
                     "PHILIPS AIR FRYER", "ONEPLUS NORD CE4"]), float(rng.choice([1299, 4499, 8999, 23990, 41990, 58990])))
        for _ in range(rng.randint(1, 3))
    ]
    total = float(sum(v for _, v in items))
    discount = float(rng.choice([0, 0, 500, 1500]))
    net = total - discount if total - discount > 0 else total
    rows = [
        ("title", store),
        ("small", rng.choice(["Phoenix Marketcity, Kurla, Mumbai 400070", "Koramangala, Bengaluru 560034"])),
        ("small", "GSTIN: 27AAACR" + digits(rng, 4) + "C1Z" + digits(rng, 1)),
        ("center", "TAX INVOICE"),
    ]
    inv = rng.choice(["RD", "CR"]) + digits(rng, 4) + "/" + digits(rng, 8)
    invoice_printed = optional_pair(rng, rows, ["Invoice No", "Inv. No."], inv, 0.2)
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Invoice Date", "Date"]), date_text(when, rng.choice(["%d.%m.%Y", "%d-%m-%Y", "%d/%m/%y"]))))
    rows.append(("rule",))
    for name, value in items:
        rows.append(("pair", name, money(value, "indian")))
        rows.append(("small", "HSN 8415  SR.NO " + code(rng, 11, ALNUM)))
    if discount and net != total:
        rows.append(("pair", "Less: Instant Discount", "-" + money(discount, "indian")))
    taxable = round(net / 1.18, 2)
    rows.append(("pair", "Taxable Value", money(taxable, "indian")))
    rows.append(("pair", "CGST 9%", money(round(taxable * 0.09, 2), "indian")))
    rows.append(("pair", "SGST 9%", money(round(net - taxable - round(taxable * 0.09, 2), 2), "indian")))
    rows.append(("pair", rng.choice(["Invoice Value", "Net Amount", "TOTAL (INR)"]), _inr(rng, net, font)))
    tender, method = rng.choice([("CARD", "card"), ("HDFC CC EMI", "card"), ("UPI", "UPI"), ("CASH", "cash")])
    rows.append(("pair", rng.choice(["Tender", "Payment Details"]) + ": " + tender, money(net, "indian")))
    txn = inv if invoice_printed else None
    if method == "card":
        appr = digits(rng, 6)
        if optional_pair(rng, rows, ["Appr Code", "Approval Code"], appr, 0.4):
            txn = appr
    elif method == "UPI":
        rrn = digits(rng, 12)
        if optional_pair(rng, rows, ["RRN", "UPI RRN"], rrn, 0.4):
            txn = rrn
    rows.append(("small", "Goods once sold will be exchanged only as per policy"))
    truth = truth_fields(store, net, "INR", txn, when if dated else None, method, None)
    return rows, truth, {"width": 600, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 4 Zepto / Blinkit quick-commerce order


def quick_commerce_order(rng: random.Random, font: str):
    """A Zepto / Blinkit order summary: items, item total, delivery and handling fees, Bill total, Order ID, paid via."""
    app = rng.choice(["Zepto", "Blinkit"])
    items = [(rng.choice(["Amul Taaza Milk 1L", "Aashirvaad Atta 5kg", "Maggi 4-pack", "Onion 1kg", "Lays Magic Masala"]),
              float(rng.choice([27, 54, 68, 99, 249, 312]))) for _ in range(rng.randint(2, 5))]
    item_total = float(sum(v for _, v in items))
    delivery = float(rng.choice([0, 0, 25, 30]))
    handling = float(rng.choice([2, 4, 9.99 if app == "Zepto" else 4]))
    total = round(item_total + delivery + handling, 2)
    rows = [("title", app), ("center", rng.choice(["Order Summary", "Order details"]))]
    status = None
    if shown(rng, 0.4):
        status, words = _outcome(
            rng,
            {"success": ["Payment successful", "Paid"], "failed": ["Payment failed"], "pending": ["Payment pending"]},
        )
        rows.append(("center", words))
    rows.append(("rule",))
    for name, value in items:
        rows.append(("pair", name, rupee(font) + money(value, "plain").removesuffix(".00")))
    rows.append(("pair", "Item total", rupee(font) + money(item_total, "plain")))
    rows.append(("pair", "Delivery fee", "FREE" if not delivery else rupee(font) + f"{delivery:.0f}"))
    rows.append(("pair", "Handling charge", rupee(font) + f"{handling:g}"))
    rows.append(("pair", rng.choice(["Bill total", "To Pay", "Grand total"]), rupee(font) + money(total, "indian")))
    order = ("ORD" if app == "Blinkit" else "") + digits(rng, 12 if app == "Blinkit" else 10)
    txn = order if optional_pair(rng, rows, ["Order ID", "Order id"], order, 0.25) else None
    pay, method = rng.choice(
        [("UPI (GPay)", "UPI"), ("Paytm UPI", "UPI"), ("Credit card ending " + digits(rng, 4), "card"),
         ("Cash on delivery", "cash"), ("Zepto Cash", "wallet")]
    )
    if app == "Blinkit" and method == "wallet":
        pay = "Blinkit Money"
    method_printed = optional_pair(rng, rows, ["Paid via", "Payment"], pay, 0.2)
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        rows.append(("pair", rng.choice(["Placed on", "Order placed"]),
                     date_text(when, rng.choice(["%a, {d} %b'%y", "{d} %b %Y"])) + ", " + clock(rng, True)))
    rows.append(("pair", "Deliver to", rng.choice(["Home - HSR Layout", "Work - Andheri East"])))
    truth = truth_fields(app, total, "INR", txn, when, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=560, accent=(90, 20, 140) if app == "Zepto" else (20, 120, 40))


# ---------------------------------------------------------------- 5 LIC premium receipt


def lic_premium(rng: random.Random, font: str):
    """An LIC online premium receipt: policy number, plan, premium, late fee, GST, total, receipt / transaction no."""
    premium = float(rng.choice([2345, 5620, 11875, 24410, 48230, 118000]))
    late = float(rng.choice([0, 0, 0, 86, 214]))
    gst = round(premium * 0.045, 2)
    total = round(premium + late + gst, 2)
    rows = [
        ("title", "Life Insurance Corporation of India"),
        ("center", rng.choice(["Premium Receipt", "Renewal Premium Receipt", "e-Receipt"])),
        ("rule",),
        ("pair", "Policy No.", digits(rng, 9)),
        ("pair", "Name of Life Assured", rng.choice(["RAMESH KUMAR", "ANITHA S", "P V SUBRAMANIAN"])),
        ("pair", "Plan / Term", rng.choice(["Jeevan Anand (915) / 21", "New Endowment (914) / 20"])),
        ("pair", "Due / Mode", rng.choice(["03/2026 / Yly", "11/2025 / Hly", "07/2026 / Qly"])),
        ("pair", "Premium", money(premium, "indian")),
    ]
    if late:
        rows.append(("pair", "Late Fee", money(late, "indian")))
    rows.append(("pair", "GST", money(gst, "indian")))
    rows.append(("pair", rng.choice(["Total Amount", "Total Premium Paid", "Amount Received"]), _inr(rng, total, font)))
    receipt = "R" + digits(rng, 9)
    txn_id = "LIC" + digits(rng, 10)
    txn = None
    if optional_pair(rng, rows, ["Transaction ID", "Txn. No."], txn_id, 0.3):
        txn = txn_id
    if optional_pair(rng, rows, ["Receipt No.", "Receipt Number"], receipt, 0.2) and txn is None:
        txn = receipt
    mode, method = rng.choice([("Net Banking", "netbanking"), ("Debit Card", "card"), ("UPI", "UPI"), ("Credit Card", "card")])
    method_printed = optional_pair(rng, rows, ["Payment Mode", "Mode of Payment"], mode, 0.2)
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date of Payment", "Receipt Date"]),
                     date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y"]))))
    status = None
    if shown(rng, 0.6):
        rows.append(("center", rng.choice(["Premium received with thanks", "Payment Successful"])))
        status = "success"
    rows.append(("small", "Subject to realisation of the payment"))
    truth = truth_fields("Life Insurance Corporation of India", total, "INR", txn, when,
                   method if method_printed else None, status)
    return rows, truth, {"width": 680, "size": 19, "paper": (250, 252, 255), "accent": (0, 70, 140)}


# ---------------------------------------------------------------- 6 Dutch Albert Heijn till


def albert_heijn_till(rng: random.Random, font: str):
    """A Dutch Albert Heijn till: items, BONUS discounts, TOTAAL, PINNEN / CONTANT, pin slip, BTW table."""
    items = [(rng.choice(["AH HALFVOLLE MELK", "KOMKOMMER", "AH PINDAKAAS", "CHOCOMEL", "STROOPWAFELS", "GOUDSE KAAS"]),
              price(rng, 0.59, 8.49)) for _ in range(rng.randint(3, 6))]
    bonus = round(rng.choice([0.0, 0.0, 0.50, 1.20]), 2)
    total = round(sum(v for _, v in items) - bonus, 2)
    rows = [("title", "Albert Heijn"), ("small", rng.choice(["Ferdinand Bolstraat 70 Amsterdam", "Oudegracht 120 Utrecht"])),
            ("small", "Filiaal " + digits(rng, 4))]
    for name, value in items:
        rows.append(("pair", name, _eur(value)))
    if bonus:
        rows.append(("pair", "BONUS", "-" + _eur(bonus)))
    rows.append(("pair", rng.choice(["TOTAAL", "Totaal", "TE BETALEN"]), _eur(total)))
    method = rng.choice(["card", "card", "cash"])
    txn = status = None
    if method == "cash":
        given = float(int(total) + rng.choice([1, 5, 10]))
        rows += [("pair", "CONTANT", _eur(given)), ("pair", "TERUG", _eur(round(given - total, 2)))]
    else:
        rows.append(("pair", rng.choice(["PINNEN", "BETAALD MET PIN", "CONTACTLOOS"]), _eur(total)))
        rows.append(("center", "--- Klantticket ---"))
        rows.append(("pair", "Terminal", code(rng, 2, UPPER) + digits(rng, 6)))
        rows.append(("pair", "Kaart", "xxxxxxxxxxxxxx" + digits(rng, 4)))
        auth = code(rng, 6, string.digits + "ABCDEF")
        if optional_pair(rng, rows, ["Autorisatiecode", "Autorisatie"], auth, 0.25):
            txn = auth
        if shown(rng, 0.4):
            rows.append(("center", rng.choice(["Akkoord", "Betaling geslaagd"])))
            status = "success"
    rows.append(("small", "BTW  9%  over " + _eur(round(total / 1.09, 2))))
    when = day(rng)
    dated = shown(rng, 0.15)
    if dated:
        text = rng.choice([date_text(when, "%d-%m-%Y"), f"{when.day} {NL_MONTHS[when.month - 1]} {when.year}"])
        rows.append(("left", text + "  " + clock(rng, False)))
    rows.append(("center", "Bedankt en tot ziens"))
    truth = truth_fields("Albert Heijn", total, "EUR", txn, when if dated else None, method, status)
    return rows, truth, {"width": 470, "size": 18, "paper": (254, 254, 252)}


# ---------------------------------------------------------------- 7 Italian Esselunga scontrino


def esselunga_scontrino(rng: random.Random, font: str):
    """An Italian Esselunga documento commerciale: items, TOTALE COMPLESSIVO, PAGAMENTO ELETTRONICO / CONTANTE."""
    items = [(rng.choice(["LATTE PS ESSELUNGA", "PASTA BARILLA 500G", "MOZZARELLA", "POMODORI PELATI", "CAFFE LAVAZZA"]),
              price(rng, 0.69, 7.99)) for _ in range(rng.randint(3, 6))]
    total = round(sum(v for _, v in items), 2)
    rows = [("title", "Esselunga"), ("small", "ESSELUNGA S.p.A. - P.IVA 01255720169"),
            ("small", rng.choice(["Viale Piave 38, Milano", "Via Giulio Cesare, Firenze"])),
            ("center", "DOCUMENTO COMMERCIALE"), ("center", "di vendita o prestazione"), ("right", "IVA  Prezzo(€)")]
    for name, value in items:
        rows.append(("pair", name, rng.choice(["4%", "10%", "22%"]) + "  " + _eur(value)))
    rows.append(("pair", "TOTALE COMPLESSIVO", _eur(total)))
    rows.append(("pair", "di cui IVA", _eur(round(total * 0.08, 2))))
    method = rng.choice(["card", "card", "cash"])
    txn = status = None
    if method == "cash":
        given = float(int(total) + 5)
        rows += [("pair", "Pagamento contante", _eur(given)), ("pair", "Resto", _eur(round(given - total, 2)))]
    else:
        rows.append(("pair", "Pagamento elettronico", _eur(total)))
        rows.append(("pair", "Carta", rng.choice(["BANCOMAT", "VISA", "MASTERCARD"]) + " ****" + digits(rng, 4)))
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["Cod. Aut.", "AUT."], auth, 0.3):
            txn = auth
        if shown(rng, 0.5):
            rows.append(("center", rng.choice(["TRANSAZIONE ESEGUITA", "PAGAMENTO ESEGUITO"])))
            status = "success"
    doc = digits(rng, 4) + "-" + digits(rng, 4)
    when = day(rng)
    dated = shown(rng, 0.15)
    date_part = ""
    if dated:
        date_part = rng.choice([date_text(when, "%d/%m/%Y"), date_text(when, "%d-%m-%y"),
                                f"{when.day:02d} {IT_MONTHS[when.month - 1]} {when.year}"]) + " " + clock(rng, False)
    if shown(rng, 0.3):
        rows.append(("left", (date_part + "  " if date_part else "") + "DOCUMENTO N. " + doc))
        txn = txn or doc
    elif date_part:
        rows.append(("left", date_part))
    rows.append(("small", "RT " + code(rng, 3, UPPER) + digits(rng, 8)))
    rows.append(("center", "Grazie e arrivederci"))
    truth = truth_fields("Esselunga", total, "EUR", txn, when if dated else None, method, status)
    return rows, truth, {"width": 480, "size": 18, "paper": (255, 255, 253)}


# ---------------------------------------------------------------- 8 US Costco warehouse till


def costco_till(rng: random.Random, font: str):
    """A US Costco warehouse till: item numbers, SUBTOTAL, TAX, **** TOTAL, card slip, member number."""
    items = [(digits(rng, 6) + " " + rng.choice(["KS PAPER TWL", "KS WATER 40PK", "ROTISSERIE", "KS OLIVE OIL", "EGGS 5DZ"]),
              price(rng, 4.99, 39.99)) for _ in range(rng.randint(3, 6))]
    sub = round(sum(v for _, v in items), 2)
    tax = round(sub * rng.choice([0.0725, 0.0825, 0.06]), 2)
    total = round(sub + tax, 2)
    rows = [("title", "COSTCO WHOLESALE"), ("small", rng.choice(["Issaquah #1  1801 10th Ave NW", "Mountain View #143"])),
            ("left", "Member " + digits(rng, 12))]
    for name, value in items:
        rows.append(("pair", name, f"{value:.2f} " + rng.choice(["Y", "N"])))
    rows += [("pair", "SUBTOTAL", f"{sub:,.2f}"), ("pair", "TAX", f"{tax:.2f}"), ("pair", "**** TOTAL", f"{total:,.2f}")]
    method = rng.choice(["card", "card", "card", "cash"])
    txn = status = None
    if method == "cash":
        given = float(int(total) + 20)
        rows += [("pair", "CASH", f"{given:.2f}"), ("pair", "CHANGE", f"{given - total:.2f}")]
    else:
        rows.append(("left", "XXXXXXXXXXXX" + digits(rng, 4) + " CHIP Read"))
        auth = digits(rng, 6)
        if optional_pair(rng, rows, ["AUTH#:", "APPROVAL CODE"], auth, 0.25):
            txn = auth
        rows.append(("pair", rng.choice(["Visa", "Citi Visa", "Debit"]), f"{total:,.2f}"))
        if shown(rng, 0.5):
            rows.append(("left", rng.choice(["APPROVED - Purchase", "Approved"])))
            status = "success"
    rows.append(("left", "TOTAL NUMBER OF ITEMS SOLD = " + str(len(items))))
    when = day(rng)
    dated = shown(rng, 0.15)
    tran = digits(rng, 4)
    stamp = date_text(when, rng.choice(["%m/%d/%Y", "%m/%d/%y"])) + " " + clock(rng, False) if dated else ""
    if shown(rng, 0.4):
        rows.append(("left", (stamp + " " if stamp else "") + f"Whse:{rng.randint(100, 999)} Trm:{rng.randint(1, 20)} Trn:{tran}"))
        txn = txn or tran  # a labelled transaction number, weaker than the approval code
    elif stamp:
        rows.append(("left", stamp))
    rows.append(("center", "THANK YOU!"))
    truth = truth_fields("COSTCO WHOLESALE", total, "USD", txn, when if dated else None, method, status)
    return rows, truth, {"width": 500, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 9 Lyft ride receipt


def lyft_ride(rng: random.Random, font: str):
    """A Lyft ride receipt e-mail: pickup and drop-off, ride fare, fees, tip, Total charged, card, Ride ID."""
    fare = price(rng, 8, 64)
    fee = round(rng.choice([2.45, 3.10, 4.05]), 2)
    tip = rng.choice([0.0, 0.0, 2.0, 5.0])
    total = round(fare + fee + tip, 2)
    rows = [("title", "lyft"), ("center", rng.choice(["Thanks for riding with Marcus", "Your ride receipt"]))]
    when = day(rng)
    dated = shown(rng, 0.2)
    if dated:
        rows.append(("center", date_text(when, rng.choice(["%B {d}, %Y", "%b {d}, %Y", "%m/%d/%Y"])) + " at " + clock(rng, True)))
    rows.append(("rule",))
    rows.append(("pair", "Pickup " + clock(rng, True), rng.choice(["1 Market St, San Francisco", "JFK Terminal 4"])))
    rows.append(("pair", "Drop-off " + clock(rng, True), rng.choice(["Mission Dolores Park", "350 5th Ave, New York"])))
    rows.append(("pair", "Lyft fare (" + f"{rng.uniform(2, 19):.1f}" + " mi)", f"${fare:.2f}"))
    rows.append(("pair", "Service fee", f"${fee:.2f}"))
    if tip:
        rows.append(("pair", "Tip", f"${tip:.2f}"))
    card, method = rng.choice([("Visa ****" + digits(rng, 4), "card"), ("Mastercard *" + digits(rng, 4), "card"),
                               ("Apple Pay", "wallet"), ("PayPal", "wallet")])
    if shown(rng, 0.2):
        rows.append(("pair", card, f"${total:.2f}"))
        method_printed = True
    else:
        method_printed = False
    rows.append(("pair", rng.choice(["Total", "Total charged"]), f"${total:.2f}"))
    status = None
    if shown(rng, 0.6):
        status, words = _outcome(rng, {"success": ["Payment processed"], "failed": ["Payment failed - please update your card"],
                                       "pending": ["Payment pending"]})
        rows.append(("center", words))
    ride = digits(rng, 19)
    txn = ride if optional_pair(rng, rows, ["Ride ID", "Ride ID:"], ride, 0.5) else None
    rows.append(("small", "Lyft, Inc. 185 Berry St, San Francisco, CA"))
    truth = truth_fields("Lyft", total, "USD", txn, when if dated else None, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=600, accent=(255, 0, 191), screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 10 UK Trainline ticket e-mail


def trainline_ticket(rng: random.Random, font: str):
    """A UK Trainline booking e-mail: journey, railcard, ticket type, Total paid, booking reference, card, order date."""
    total = round(rng.choice([12.40, 27.90, 54.10, 88.00, 143.60]) * rng.choice([1, 1, 2]), 2)
    rows = [("title", "Trainline"), ("center", rng.choice(["Your booking is confirmed", "Booking confirmation"]))]
    journey = rng.choice(["London Kings Cross to York", "Manchester Piccadilly to Leeds", "Bristol Temple Meads to London Paddington"])
    rows.append(("left", journey))
    travel = day(rng)
    ordered = travel - dt.timedelta(days=rng.randint(0, 40))
    rows.append(("pair", "Outward", date_text(travel, rng.choice(["%a {d} %b %Y", "%d/%m/%Y"])) + " " + clock(rng, False)))
    rows.append(("pair", "Ticket type", rng.choice(["Off-Peak Return", "Advance Single", "Anytime Day Single"])))
    rows.append(("pair", "Railcard", rng.choice(["16-25 Railcard", "Two Together", "None"])))
    rows.append(("rule",))
    rows.append(("pair", "Tickets", f"£{total:.2f}"))
    fee = rng.choice([0.0, 0.0, 0.95])
    total = round(total + fee, 2)
    if fee:
        rows.append(("pair", "Booking fee", f"£{fee:.2f}"))
    rows.append(("pair", rng.choice(["Total paid", "Total", "Amount paid"]), f"£{total:.2f}"))
    ref = code(rng, 3, UPPER) + digits(rng, 2) + code(rng, 3, UPPER)
    txn = ref if optional_pair(rng, rows, ["Booking reference", "Collection reference", "Transaction ID"], ref, 0.15) else None
    pay, method = rng.choice([("Visa Debit ending " + digits(rng, 4), "card"), ("Mastercard ending " + digits(rng, 4), "card"),
                              ("Apple Pay", "wallet"), ("PayPal", "wallet")])
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment method"], pay, 0.25)
    when = None
    if shown(rng, 0.3):
        when = ordered
        rows.append(("pair", rng.choice(["Order date", "Purchased on"]), date_text(ordered, rng.choice(["%d %B %Y", "%d/%m/%Y"]))))
    rows.append(("small", "Show your e-ticket on the Trainline app"))
    truth = truth_fields("Trainline", total, "GBP", txn, when, method if method_printed else None, None)
    return rows, truth, dict(SCREEN, width=640, accent=(1, 170, 140), screen=rng.random() < 0.4)


# ---------------------------------------------------------------- 11 Revolut / Wise card payment screen


def card_app_payment(rng: random.Random, font: str):
    """A Revolut / Wise card payment detail in euros: the shop, "-€" amount, status, card, exchange note, reference."""
    app = rng.choice(["Revolut", "Wise"])
    shop = rng.choice(["Albert Heijn", "Bar Centrale Roma", "Fnac Paris", "Lidl Berlin", "Pastelaria Bénard"])
    amount = price(rng, 2, 240) if rng.random() < 0.9 else price(rng, 1000, 2600)
    rows = [("title", shop), ("big", "-€" + money(amount, "western").replace(",", " ")),
            ("center", rng.choice(["Transaction details", "Payment details"]))]
    status = None
    if shown(rng, 0.35):
        status, words = _outcome(rng, {"success": ["Completed", "Payment complete"], "failed": ["Declined", "Reverted"],
                                       "pending": ["Pending"]})
        if words == "Reverted":
            status = "failed"
        rows.append(("pair", "Status", words))
    rows.append(("rule",))
    card = rng.choice(["Virtual card ••" + digits(rng, 4), "Visa Debit ••" + digits(rng, 4), "Apple Pay"])
    method = "wallet" if card == "Apple Pay" else "card"
    method_printed = optional_pair(rng, rows, ["Card", "Paid with"], card, 0.2)
    rows.append(("pair", "Category", rng.choice(["Groceries", "Restaurants", "Shopping"])))
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Time"]),
                     date_text(when, rng.choice(["{d} %b %Y", "%d/%m/%Y", "%Y-%m-%d"])) + ", " + clock(rng, False)))
    tid = code(rng, 8, "0123456789abcdef") + "-" + code(rng, 4, "0123456789abcdef") + "-" + code(rng, 4, "0123456789abcdef")
    txn = tid if optional_pair(rng, rows, ["Transaction ID", "Reference"], tid, 0.5) else None
    rows.append(("small", f"{app} · get help with this payment"))
    truth = truth_fields(shop, amount, "EUR", txn, when, method if method_printed else None, status)
    accent = (10, 10, 10) if app == "Revolut" else (22, 51, 0)
    return rows, truth, dict(SCREEN, width=540, accent=accent)


# ---------------------------------------------------------------- 12 RingGo / PayByPhone parking session


def parking_app(rng: random.Random, font: str):
    """A RingGo / PayByPhone parking session receipt: location code, vehicle, duration, parking + fee, total, card."""
    app = rng.choice(["RingGo", "PayByPhone"])
    hours = rng.choice([1, 2, 3, 4])
    tariff = round(hours * rng.choice([1.20, 1.80, 2.40, 3.50]), 2)
    fee = rng.choice([0.0, 0.20, 0.25])
    total = round(tariff + fee, 2)
    rows = [("title", app), ("center", rng.choice(["Parking receipt", "Parking session"]))]
    status = None
    if shown(rng, 0.45):
        status, words = _outcome(rng, {"success": ["Payment successful", "Payment confirmed"],
                                       "failed": ["Payment failed"]})
        rows.append(("center", words))
    rows.append(("rule",))
    rows.append(("pair", "Location", rng.choice(["Westminster", "Brighton & Hove", "Oxford"]) + " " + digits(rng, 5)))
    rows.append(("pair", "Vehicle", code(rng, 2, UPPER) + digits(rng, 2) + " " + code(rng, 3, UPPER)))
    start = day(rng)
    rows.append(("pair", "Duration", f"{hours} hr" + ("s" if hours > 1 else "")))
    rows.append(("pair", "Parking", f"£{tariff:.2f}"))
    if fee:
        rows.append(("pair", rng.choice(["Convenience fee", "Service charge"]), f"£{fee:.2f}"))
    rows.append(("pair", rng.choice(["Total", "Total cost", "Amount charged"]), f"£{total:.2f}"))
    card, method = rng.choice([("Visa ending " + digits(rng, 4), "card"), ("Mastercard ending " + digits(rng, 4), "card"),
                               ("Google Pay", "wallet")])
    method_printed = optional_pair(rng, rows, ["Payment card", "Paid with"], card, 0.25)
    ref = digits(rng, 9)
    txn = ref if optional_pair(rng, rows, ["Session ID", "Transaction ref"], ref, 0.3) else None
    dated = shown(rng, 0.15)
    if dated:
        rows.append(("pair", rng.choice(["Date", "Paid on"]), date_text(start, rng.choice(["%d/%m/%Y", "{d} %b %Y"])) + " " + clock(rng, False)))
    truth = truth_fields(app, total, "GBP", txn, start if dated else None, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=540, accent=(0, 120, 200) if app == "RingGo" else (0, 140, 90))
