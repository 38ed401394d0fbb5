"""The twelve heldout47 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

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
ES_MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
PT_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
DE_MONTHS = ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."]
JP_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


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


# ---------------------------------------------------------------- 1 Swiggy / Zomato food order


def food_delivery_order(rng: random.Random, font: str):
    """A Swiggy / Zomato order summary: restaurant, dishes, item total, partner and platform fees, taxes, Paid / Bill
    total, Order ID, payment line, order time."""
    app = rng.choice(["Swiggy", "Zomato"])
    restaurant = rng.choice(["Meghana Foods", "Behrouz Biryani", "Paradise Biryani", "A2B - Adyar Ananda Bhavan",
                             "Domino's Pizza", "Burger Singh"])
    dishes = [(rng.choice(["Chicken Dum Biryani", "Paneer Butter Masala", "Garlic Naan x2", "Veg Meals",
                           "Margherita Pizza (M)", "Gulab Jamun (2 pcs)", "Masala Dosa"]),
               float(rng.choice([59, 89, 149, 219, 289, 349, 419]))) for _ in range(rng.randint(1, 4))]
    item_total = float(sum(v for _, v in dishes))
    partner = float(rng.choice([0, 25, 38, 49]))
    platform = float(rng.choice([5, 6, 10]))
    taxes = round(item_total * 0.05 + rng.choice([0, 0, 12.5]), 2)
    discount = float(rng.choice([0, 0, 0, 60, 100])) if item_total > 200 else 0.0
    total = round(item_total + partner + platform + taxes - discount, 2)
    rows = [("title", app), ("center", rng.choice(["Order Summary", "Your order details", "Bill Details"])),
            ("left", rng.choice(["Ordered from ", "From: "]) + restaurant)]
    status = None
    if shown(rng, 0.55):
        status, words = _outcome(rng, {"success": ["Payment successful", "Paid", "Payment received"],
                                       "failed": ["Payment failed", "Payment failed. Any amount debited will be refunded"],
                                       "pending": ["Payment pending", "Payment in progress"]})
        rows.append(("center", words))
    rows.append(("rule",))
    r = rupee(font)
    for name, value in dishes:
        rows.append(("pair", name, r + f"{value:.0f}"))
    rows.append(("pair", "Item Total", r + money(item_total, "plain")))
    rows.append(("pair", rng.choice(["Delivery partner fee", "Delivery Fee"]),
                 "FREE" if not partner else r + f"{partner:.2f}"))
    rows.append(("pair", "Platform fee", r + f"{platform:.2f}"))
    rows.append(("pair", rng.choice(["GST and Restaurant Charges", "Taxes & Charges"]), r + money(taxes, "plain")))
    if discount:
        rows.append(("pair", rng.choice(["Item Discount", "Coupon - TRYNEW"]), "-" + r + f"{discount:.2f}"))
    rows.append(("pair", rng.choice(["Paid", "Bill Total", "Grand Total", "To Pay"]), r + money(total, "indian")))
    order = digits(rng, rng.choice([10, 12, 15]))
    txn = order if optional_pair(rng, rows, ["Order ID", "Order #", "ORDER ID:"], order, 0.25) else None
    pay, method = rng.choice([("UPI - PhonePe", "UPI"), ("GPay UPI", "UPI"), ("HDFC Credit Card **" + digits(rng, 4), "card"),
                              ("Cash on Delivery", "cash"), (app + (" Money" if app == "Swiggy" else " Money wallet"), "wallet"),
                              ("Amazon Pay Balance", "wallet")])
    method_printed = optional_pair(rng, rows, ["Paid via", "Payment method", "Payment mode"], pay, 0.25)
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        text = rng.choice([date_text(when, "%a, %b {d}, %Y"), date_text(when, "{d} %B %Y"), date_text(when, "%d/%m/%Y")])
        rows.append(("pair", rng.choice(["Order placed on", "Ordered on", "Date"]), text + ", " + clock(rng, True)))
    rows.append(("small", "Delivered to: " + rng.choice(["Home, Indiranagar", "Office, Whitefield", "Other, Powai"])))
    truth = truth_fields(app, total, "INR", txn, when, method if method_printed else None, status)
    accent = (252, 128, 25) if app == "Swiggy" else (226, 55, 68)
    style = dict(SCREEN, width=560, accent=accent)
    if rng.random() < 0.2:
        style.update(paper=(20, 20, 24), ink=(236, 236, 236))
    return rows, truth, style


# ---------------------------------------------------------------- 2 Indian petrol pump slip


def petrol_pump_slip(rng: random.Random, font: str):
    """An Indian Oil / HP / BPCL forecourt slip: RSP / Rate, volume in litres, Amount / Sale, nozzle, vehicle no,
    mode, Txn / Bill No, date and time."""
    brand = rng.choice(["INDIAN OIL", "HINDUSTAN PETROLEUM", "BHARAT PETROLEUM", "Nayara Energy"])
    dealer = rng.choice(["M/S SAI BABA FUELS", "SHREE GANESH SERVICE STN", "M/S NEW HIGHWAY FILLING POINT",
                         "KRISHNA AUTOMOBILES"])
    product = rng.choice(["PETROL", "DIESEL", "XP95", "POWER"])
    rate = round(rng.uniform(87.5, 111.9), 2)
    preset = rng.random() < 0.6
    if preset:
        amount = float(rng.choice([100, 200, 300, 500, 1000, 1500, 2000, 3000]))
        volume = round(amount / rate, 2)
    else:
        volume = round(rng.uniform(3, 45), 2)
        amount = round(volume * rate, 2)
    rows = [("title", brand), ("center", dealer), ("small", rng.choice(["NH-48, Gurugram", "Hosur Road, Bengaluru",
                                                                          "Sion, Mumbai 400022"])),
            ("small", "TIN/GST " + digits(rng, 2) + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z"
             + code(rng, 1, ALNUM)),
            ("center", rng.choice(["WELCOME", "** CUSTOMER COPY **", "Thank You Visit Again"])), ("rule",)]
    bill = digits(rng, rng.choice([4, 5, 6]))
    txn = bill if optional_pair(rng, rows, ["BILL NO", "Receipt No.", "TXN NO"], bill, 0.2) else None
    rows.append(("pair", rng.choice(["NOZZLE", "NOZ NO", "FP/NZ"]), f"{rng.randint(1, 8)}/{rng.randint(1, 2)}"))
    rows.append(("pair", "PRODUCT", product))
    rows.append(("pair", rng.choice(["RATE", "RSP", "RATE(Rs/L)"]), f"{rate:.2f}"))
    rows.append(("pair", rng.choice(["VOLUME", "VOL(L)", "QTY"]), f"{volume:.2f}" + rng.choice(["", " L", " Ltr"])))
    rows.append(("pair", rng.choice(["AMOUNT", "SALE", "AMT(Rs)", "TOTAL Rs."]), money(amount, "plain")))
    if preset:
        rows.append(("pair", "PRESET", "AMOUNT"))
    rows.append(("pair", rng.choice(["VEH NO", "VEHICLE NO"]), rng.choice(["KA", "MH", "HR", "TN"]) + digits(rng, 2)
                 + code(rng, 2, UPPER) + digits(rng, 4)))
    mode, method = rng.choice([("CASH", "cash"), ("CASH", "cash"), ("CARD", "card"), ("UPI", "UPI"),
                               ("FLEET CARD", "card"), ("PAYTM", "UPI")])
    method_printed = optional_pair(rng, rows, ["MODE", "PAYMENT MODE", "MOP"], mode, 0.25)
    if method == "card" and method_printed:
        rows.append(("left", "CARD XXXX XXXX XXXX " + digits(rng, 4)))
        appr = digits(rng, 6)
        if optional_pair(rng, rows, ["APPR CODE", "AUTH CODE"], appr, 0.3):
            txn = appr
    if method == "UPI" and method_printed:
        rrn = digits(rng, 12)
        if optional_pair(rng, rows, ["UPI REF", "RRN"], rrn, 0.3):
            txn = rrn
    when = None
    if shown(rng, 0.12):
        when = day(rng)
        text = date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d.%m.%Y", "%d-%b-%Y"]))
        if rng.random() < 0.5:
            rows.append(("pair", "DATE", text))
            rows.append(("pair", "TIME", clock(rng, False) + f":{rng.randrange(60):02d}"))
        else:
            rows.append(("left", "DT:" + text + "  TM:" + clock(rng, False)))
    rows.append(("center", rng.choice(["SAVE FUEL SAVE MONEY", "Pure for sure", "FILL O METER CHECKED"])))
    truth = truth_fields(brand, amount, "INR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 440, "size": 18, "paper": (252, 252, 248)}


# ---------------------------------------------------------------- 3 Indian pharmacy bill


def pharmacy_bill(rng: random.Random, font: str):
    """An Apollo Pharmacy / MedPlus / neighbourhood chemist cash memo: DL No, patient and doctor, medicines with
    batch and expiry, MRP, discount, Net Amt / Amount Payable, rounding, payment, bill number and date."""
    shop = rng.choice(["Apollo Pharmacy", "MedPlus", "Wellness Forever", "Sri Sai Medicals", "Frank Ross Pharmacy"])
    meds = [(rng.choice(["DOLO 650 TAB", "PAN 40 TAB", "AZITHRAL 500", "CROCIN ADV", "BECOSULES CAP", "ALLEGRA 120",
                         "MONTEK LC", "SHELCAL 500"]), rng.randint(1, 3), price(rng, 18, 260)) for _ in range(rng.randint(2, 5))]
    gross = round(sum(q * v for _, q, v in meds), 2)
    disc_pct = rng.choice([0, 0, 10, 15, 20])
    discount = round(gross * disc_pct / 100, 2)
    net = round(gross - discount, 2)
    rounded = float(round(net)) if rng.random() < 0.6 else net
    rows = [("title", shop), ("small", rng.choice(["Shop 12, Jayanagar 4th Block, Bengaluru", "Andheri (W), Mumbai",
                                                   "Salt Lake Sec V, Kolkata"])),
            ("small", "D.L.No: " + rng.choice(["KA-B", "MH-MZ", "WB-KOL"]) + digits(rng, 2) + "-" + digits(rng, 6)),
            ("small", "GSTIN " + digits(rng, 2) + code(rng, 5, UPPER) + digits(rng, 4) + "A1Z" + digits(rng, 1)),
            ("center", rng.choice(["CASH MEMO", "TAX INVOICE", "Pharmacy Bill"]))]
    bill = rng.choice(["", "BLR-", "PH/"]) + digits(rng, rng.choice([6, 8]))
    bill_printed = optional_pair(rng, rows, ["Bill No", "Invoice No.", "Bill No."], bill, 0.15)
    rows.append(("pair", "Patient", rng.choice(["Mr. Suresh", "Mrs. Lakshmi", "Walk-in"])))
    rows.append(("pair", "Dr.", rng.choice(["Dr. R. K. Gupta", "Dr. Anjali Nair", "Self"])))
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        rows.append(("pair", rng.choice(["Date", "Bill Dt", "Inv. Date"]),
                     date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%y"])) + rng.choice(["", " " + clock(rng, True)])))
    rows.append(("rule",))
    for name, qty, value in meds:
        exp = dt.date(2026 + rng.randint(0, 2), rng.randint(1, 12), 1)
        rows.append(("pair", f"{name} x{qty}", money(qty * value, "plain")))
        rows.append(("small", "Batch " + code(rng, 2, UPPER) + digits(rng, 5) + "  Exp " + exp.strftime("%m/%y")
                     + "  MRP " + money(value, "plain")))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Gross Amt", "Total MRP"]), money(gross, "indian")))
    if discount:
        rows.append(("pair", f"Discount @{disc_pct}%", "-" + money(discount, "indian")))
    if rounded != net:
        rows.append(("pair", "Round Off", f"{rounded - net:+.2f}"))
    rows.append(("pair", rng.choice(["Net Amt", "Amount Payable", "NET PAYABLE", "Total Amount"]), _inr(rng, rounded, font)))
    rows.append(("small", "(Inclusive of GST)"))
    pay, method = rng.choice([("Cash", "cash"), ("Cash", "cash"), ("Card", "card"), ("UPI", "UPI"),
                              ("PhonePe UPI", "UPI"), ("Debit Card", "card")])
    method_printed = optional_pair(rng, rows, ["Paid by", "Payment Mode", "Mode of Pay"], pay, 0.25)
    txn = bill if bill_printed else None
    if method == "UPI" and method_printed:
        ref = digits(rng, 12)
        if optional_pair(rng, rows, ["UPI Ref No", "UTR"], ref, 0.4):
            txn = ref
    rows.append(("small", "Get well soon. Medicines once sold will not be taken back."))
    truth = truth_fields(shop, rounded, "INR", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 560, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 4 Spanish / Portuguese supermarket till


def iberian_till(rng: random.Random, font: str):
    """A Mercadona / Dia (Spain) or Pingo Doce / Continente (Portugal) till: FACTURA SIMPLIFICADA / FATURA-RECIBO,
    items, TOTAL (€) / TOTAL A PAGAR, TARJETA BANCARIA / EFECTIVO / MULTIBANCO / NUMERÁRIO, change, IVA table,
    card slip with AUT / N.AUT., OPERACIÓN APROBADA / TRANSAÇÃO ACEITE in a share."""
    spain = rng.random() < 0.55
    chain = rng.choice(["MERCADONA, S.A.", "DIA RETAIL ESPAÑA"] if spain else ["Pingo Doce", "Continente"])
    items = [(rng.choice(["LECHE ENTERA", "PAN BARRA", "ACEITE OLIVA 1L", "TOMATE PERA", "JAMON SERRANO", "AGUA 1,5L"]
                         if spain else ["LEITE MEIO GORDO", "PAO DE FORMA", "AZEITE 0,75L", "BACALHAU", "ARROZ AGULHA",
                                        "AGUA 1,5L"]), price(rng, 0.49, 9.99)) for _ in range(rng.randint(3, 7))]
    total = round(sum(v for _, v in items), 2)
    if spain:
        head = [("title", chain), ("small", "C/ " + rng.choice(["Mayor 14, Valencia", "Gran Via 22, Madrid"])),
                ("small", "NIF " + rng.choice(["A46103834", "A80782106"])),
                ("center", rng.choice(["FACTURA SIMPLIFICADA", "TICKET"]))]
        doc_labels, total_labels = ["FACTURA SIMPLIFICADA:", "N. FACTURA", "TICKET N."], ["TOTAL (€)", "TOTAL", "TOTAL A PAGAR"]
        card_words, cash_words = ["TARJETA BANCARIA", "TARJ. CREDITO", "PAGO CON TARJETA"], ["EFECTIVO"]
        change_word, tax_word = "CAMBIO", "IVA"
        ok_words, auth_labels = ["OPERACION APROBADA", "OPERACIÓN APROBADA"], ["AUT:", "N.AUT.", "COD. AUTORIZACION"]
        months = ES_MONTHS
    else:
        head = [("title", chain), ("small", rng.choice(["Av. da Liberdade 120, Lisboa", "Rua de Santa Catarina, Porto"])),
                ("small", "Contribuinte N.º " + rng.choice(["500829993", "502011475"])),
                ("center", rng.choice(["FATURA SIMPLIFICADA", "FATURA-RECIBO"]))]
        doc_labels, total_labels = ["Fatura N.º", "Doc. N.º", "FS N.º"], ["TOTAL", "TOTAL A PAGAR", "Total (EUR)"]
        card_words, cash_words = ["MULTIBANCO", "CARTAO DEBITO", "Cartão"], ["NUMERARIO", "Numerário"]
        change_word, tax_word = "TROCO", "IVA"
        ok_words, auth_labels = ["TRANSACAO ACEITE", "Transação aceite"], ["AUT.", "Cod. Autoriz."]
        months = PT_MONTHS
    rows = list(head)
    doc = digits(rng, 4) + "-" + digits(rng, 3) + "-" + digits(rng, 6)
    doc_printed = optional_pair(rng, rows, doc_labels, doc, 0.2)
    for name, value in items:
        rows.append(("pair", name, _eur(value)))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(total_labels), _eur(total)))
    method = rng.choice(["card", "card", "cash"])
    txn = doc if doc_printed else None
    status = None
    if method == "cash":
        given = float(int(total) + rng.choice([1, 5, 10, 20]))
        rows += [("pair", rng.choice(cash_words), _eur(given)), ("pair", change_word, _eur(round(given - total, 2)))]
    else:
        rows.append(("pair", rng.choice(card_words), _eur(total)))
        rows.append(("left", rng.choice(["VISA", "MASTERCARD", "MAESTRO"]) + " ************" + digits(rng, 4)))
        rows.append(("pair", "TERM" if spain else "TPA", digits(rng, 8)))
        auth = digits(rng, 6)
        if optional_pair(rng, rows, auth_labels, auth, 0.3):
            txn = auth
        if shown(rng, 0.5):
            rows.append(("center", rng.choice(ok_words)))
            status = "success"
    base = round(total / 1.1, 2)
    rows.append(("small", f"{tax_word} 10%  BASE {_eur(base)}  CUOTA {_eur(round(total - base, 2))}" if spain
                 else f"{tax_word} 6%  Base {_eur(round(total / 1.06, 2))}  Imposto {_eur(round(total - total / 1.06, 2))}"))
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        text = rng.choice([date_text(when, "%d/%m/%Y"), date_text(when, "%d-%m-%Y"),
                           f"{when.day:02d}-{months[when.month - 1]}-{when.year}"])
        rows.append(("left", text + " " + clock(rng, False) + ("  OP: " + digits(rng, 5) if spain else "")))
    rows.append(("center", "GRACIAS POR SU VISITA" if spain else "Obrigado pela preferência"))
    truth = truth_fields(chain, total, "EUR", txn, when, method, status)
    return rows, truth, {"width": 480, "size": 18, "paper": (255, 255, 252)}


# ---------------------------------------------------------------- 5 Japanese konbini receipt (English / romaji)


def konbini_receipt(rng: random.Random, font: str):
    """A 7-Eleven / Lawson / FamilyMart receipt in English and romaji, in yen without decimals: Registration No.
    T..., items with 8% / 10% marks, Subtotal, Total / Goukei, Tendered / Oazukari, Change / Otsuri, tax breakdown,
    payment by cash, credit card, PayPay or an IC card, Reg / Receipt No."""
    store = rng.choice(["7-Eleven", "LAWSON", "FamilyMart"])
    items = [(rng.choice(["Onigiri Tuna Mayo", "Oi Ocha 525ml", "Bento Karaage", "Melon Pan", "Sando Tamago",
                          "Asahi Super Dry", "Umaibo x3"]), rng.choice([98, 138, 160, 198, 248, 398, 498, 598]),
              rng.choice(["*", ""])) for _ in range(rng.randint(2, 6))]
    total = float(sum(v for _, v, _ in items))
    rows = [("title", store), ("small", rng.choice(["Shinjuku 3-chome Store", "Shibuya Dogenzaka Store",
                                                     "Namba Station Store"])),
            ("small", "TEL 03-" + digits(rng, 4) + "-" + digits(rng, 4)),
            ("small", "Registration No. T" + digits(rng, 13)),
            ("center", rng.choice(["RECEIPT", "Ryoshusho / Receipt"]))]
    when = None
    dated = shown(rng, 0.12)
    if dated:
        when = day(rng)
        rows.append(("left", rng.choice([f"{when.year}/{when.month:02d}/{when.day:02d}({JP_DAYS[when.weekday()]}) ",
                                          f"{when.year}-{when.month:02d}-{when.day:02d} "]) + clock(rng, False)))
    reg = digits(rng, 4)
    printed_reg = shown(rng, 0.35)
    if printed_reg:
        rows.append(("left", rng.choice(["Reg ", "Receipt No. "]) + reg + "  Staff " + digits(rng, 3)))
    yen = rng.choice(["¥", "¥ "])
    for name, value, mark in items:
        rows.append(("pair", name + (" " + mark if mark else ""), f"{yen}{value:,}"))
    rows.append(("pair", rng.choice(["Subtotal", "Shokei"]), f"{yen}{total:,.0f}"))
    rows.append(("small", "(* = reduced rate 8% item)"))
    rows.append(("pair", rng.choice(["Total", "Goukei / Total", "TOTAL"]), f"{yen}{total:,.0f}"))
    method = rng.choice(["cash", "cash", "card", "wallet"])
    if method == "cash":
        given = ((int(total) + 999) // 1000) * 1000 if rng.random() < 0.6 else int(total) + rng.choice([2, 3, 10])
        rows += [("pair", rng.choice(["Tendered", "Oazukari", "Cash"]), f"{yen}{given:,}"),
                 ("pair", rng.choice(["Change", "Otsuri"]), f"{yen}{given - int(total):,}")]
        method_printed = rows[-2][1] == "Cash"
    elif method == "card":
        rows += [("pair", rng.choice(["Credit", "Credit Card", "Kurejitto"]), f"{yen}{total:,.0f}"),
                 ("left", "Card No. ************" + digits(rng, 4))]
        method_printed = True
    else:
        rows.append(("pair", rng.choice(["PayPay", "Rakuten Pay", "d-barai"]), f"{yen}{total:,.0f}"))
        method_printed = True
    for rate, mark in ((10, ""), (8, "*")):
        taxable = sum(v for _, v, m in items if m == mark)
        if taxable:
            rows.append(("small", f"({rate}% taxable {yen}{taxable:,}  incl. tax {yen}{round(taxable * rate / (100 + rate)):,})"))
    txn = None
    if method == "card":
        approval = digits(rng, 7)
        if optional_pair(rng, rows, ["Approval No.", "Shounin No."], approval, 0.3):
            txn = approval
    rows.append(("center", rng.choice(["Thank you for shopping", "Arigatou gozaimashita"])))
    truth = truth_fields(store, total, "JPY", txn, when, method if method_printed else None, None)
    return rows, truth, {"width": 460, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 6 Canadian till with GST / PST / HST


def canadian_till(rng: random.Random, font: str):
    """A Canadian Tire / Shoppers Drug Mart / Tim Hortons / London Drugs till in Canadian dollars: GST / PST or
    HST lines, SUBTOTAL, TOTAL, Interac / VISA / MC / CASH tender, the debit slip (ACCT: CHEQUING, AUTH #, REF #,
    APPROVED - THANK YOU / 00 APPROVED / DECLINED in a share), GST Reg #."""
    chain, province = rng.choice([("CANADIAN TIRE #0213", "ON"), ("Shoppers Drug Mart", "ON"), ("TIM HORTONS #4112", "BC"),
                                  ("LONDON DRUGS", "BC"), ("Canadian Tire #0455", "MB")])
    items = [(rng.choice(["MOTOMASTER WASHER FL", "ADVIL 24CT", "ORIGINAL BLEND MED", "TIMBITS 10PC", "DURACELL AA8",
                          "LIFE BRAND VIT D", "MAPLE DIP DONUT"]), price(rng, 1.49, 34.99)) for _ in range(rng.randint(2, 6))]
    sub = round(sum(v for _, v in items), 2)
    rows = [("title", chain.split(" #")[0] if rng.random() < 0.5 else chain),
            ("small", {"ON": "1500 Yonge St, Toronto ON", "BC": "1055 W Georgia St, Vancouver BC",
                       "MB": "1515 Regent Ave, Winnipeg MB"}[province]),
            ("small", "GST/HST REG # " + digits(rng, 9) + "RT0001")]
    merchant = rows[0][1]
    for name, value in items:
        rows.append(("pair", name, f"{value:.2f}" + rng.choice([" H", " G", ""])))
    rows.append(("pair", "SUBTOTAL", f"{sub:.2f}"))
    if province == "ON":
        tax = round(sub * 0.13, 2)
        rows.append(("pair", "HST 13%", f"{tax:.2f}"))
    else:
        gst = round(sub * 0.05, 2)
        pst = round(sub * 0.07, 2)
        tax = round(gst + pst, 2)
        rows += [("pair", "GST 5%", f"{gst:.2f}"), ("pair", ("PST" if province == "BC" else "RST") + " 7%", f"{pst:.2f}")]
    total = round(sub + tax, 2)
    rows.append(("pair", rng.choice(["TOTAL", "TOTAL CAD", "BALANCE DUE"]), rng.choice(["$", "", "CAD $"]) + f"{total:,.2f}"))
    method = rng.choice(["card", "card", "card", "cash"])
    txn = status = None
    if method == "cash":
        given = float(int(total) + rng.choice([1, 5, 20]))
        rows += [("pair", "CASH", f"{given:.2f}"), ("pair", "CHANGE", f"{given - total:.2f}")]
    else:
        tender = rng.choice(["INTERAC", "DEBIT", "VISA", "MASTERCARD", "AMEX"])
        rows.append(("pair", tender, f"{total:.2f}"))
        rows.append(("rule",))
        rows.append(("left", ("ACCT: CHEQUING" if tender in ("INTERAC", "DEBIT") else "CARD TYPE: " + tender)))
        rows.append(("left", "CARD NUMBER: ************" + digits(rng, 4)))
        if tender in ("INTERAC", "DEBIT") or rng.random() < 0.5:
            rows.append(("left", rng.choice(["TAP", "CHIP", "FLASH"]) + " PURCHASE"))
        auth = digits(rng, 6)
        ref = digits(rng, 10)
        if optional_pair(rng, rows, ["AUTH #", "AUTH#:", "APPROVAL #"], auth, 0.3):
            txn = auth
        if optional_pair(rng, rows, ["REF #", "REFERENCE #"], ref, 0.5) and txn is None:
            txn = ref
        if shown(rng, 0.4):
            status, words = _outcome(rng, {"success": ["APPROVED - THANK YOU", "00 APPROVED", "01-APPROVED"],
                                           "failed": ["DECLINED BY ISSUER", "05 DECLINED"]})
            rows.append(("center", words))
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        text = rng.choice([date_text(when, "%Y/%m/%d"), date_text(when, "%b %d, %Y").upper(), date_text(when, "%Y-%m-%d")])
        rows.append(("left", text + " " + clock(rng, False) + "  STR " + digits(rng, 4) + " REG " + digits(rng, 2)))
    rows.append(("center", rng.choice(["THANK YOU - MERCI", "KEEP RECEIPT FOR RETURNS"])))
    truth = truth_fields(merchant, total, "CAD", txn, when, method, status)
    return rows, truth, {"width": 480, "size": 18, "paper": (255, 255, 255)}


# ---------------------------------------------------------------- 7 Australian EFTPOS slip


def au_eftpos_slip(rng: random.Random, font: str):
    """An Australian EFTPOS terminal slip: merchant, ABN, PURCHASE AUD, optional TIP / SURCHARGE, TOTAL AUD, CREDIT /
    SAVINGS / CHEQUE account, contactless, APPROVED 00 / DECLINED 51 / APPROVED WITH SIGNATURE in a share, AUTH NO /
    AUTH CODE, STAN, RRN / REF, TID / MID, date as 03/03/26 or 03MAR26."""
    shop = rng.choice(["Bunnings Warehouse", "The Grounds Cafe", "Chemist Warehouse", "Bondi Fish Market",
                       "Coles Express"])
    purchase = price(rng, 4.5, 320)
    surcharge = round(purchase * rng.choice([0, 0, 0.012, 0.015]), 2)
    tip = float(rng.choice([0, 0, 0, 2, 5]))
    total = round(purchase + surcharge + tip, 2)
    rows = [("title", shop), ("small", rng.choice(["Alexandria NSW 2015", "Fitzroy VIC 3065", "Fortitude Valley QLD 4006"])),
            ("small", "ABN " + " ".join([digits(rng, 2), digits(rng, 3), digits(rng, 3), digits(rng, 3)])),
            ("center", rng.choice(["CUSTOMER COPY", "*** CUSTOMER RECEIPT ***", "TAX INVOICE"]))]
    rows.append(("pair", "TID", digits(rng, 8)))
    rows.append(("pair", "MID", digits(rng, 10)))
    account = rng.choice(["CREDIT", "SAVINGS", "CHEQUE", "VISA CREDIT", "MASTERCARD DEBIT"])
    rows.append(("left", rng.choice(["EFTPOS PURCHASE", "PURCHASE"]) + "  " + rng.choice(["CONTACTLESS", "INSERTED", "TAP"])))
    rows.append(("left", "CARD  ...." + digits(rng, 4) + "  " + account))
    rows.append(("pair", "PURCHASE AUD", f"${purchase:,.2f}"))
    if tip:
        rows.append(("pair", "TIP AUD", f"${tip:.2f}"))
    if surcharge:
        rows.append(("pair", "SURCHARGE AUD", f"${surcharge:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL AUD", "TOTAL", "AMOUNT AUD"]), rng.choice(["$", "A$", "AUD "]) + f"{total:,.2f}"))
    status = None
    if shown(rng, 0.3):
        status, words = _outcome(rng, {"success": ["APPROVED 00", "APPROVED", "(00) APPROVED", "TRANSACTION APPROVED"],
                                       "failed": ["DECLINED 51", "DECLINED", "(55) INCORRECT PIN"]})
        rows.append(("center", words))
    auth, stan, rrn = digits(rng, 6), digits(rng, 6), digits(rng, 12)
    txn = None
    if status != "failed" and optional_pair(rng, rows, ["AUTH NO", "AUTH CODE", "APPROVAL"], auth, 0.35):
        txn = auth
    rows.append(("pair", "STAN", stan))
    if optional_pair(rng, rows, ["RRN", "REF NO", "INVOICE"], rrn, 0.4) and txn is None:
        txn = rrn
    when = None
    if shown(rng, 0.12):
        when = day(rng)
        text = rng.choice([date_text(when, "%d/%m/%y"), date_text(when, "%d%b%y").upper(), date_text(when, "%d/%m/%Y")])
        rows.append(("pair", "DATE/TIME", text + " " + clock(rng, False)))
    rows.append(("center", rng.choice(["PLEASE RETAIN FOR YOUR RECORDS", "THANK YOU"])))
    truth = truth_fields(shop, total, "AUD", txn, when, "card", status)
    return rows, truth, {"width": 440, "size": 18, "paper": (253, 253, 250)}


# ---------------------------------------------------------------- 8 airline e-ticket payment receipt


def airline_receipt(rng: random.Random, font: str):
    """An IndiGo / Emirates / Ryanair e-ticket itinerary and receipt: PNR / Booking reference, passenger, flight and
    travel date, base fare, taxes and fees, Total / Total amount paid, payment line, booking (issue) date, payment
    reference in a share, Booking status Confirmed in a share."""
    airline, currency = rng.choice([("IndiGo", "INR"), ("IndiGo", "INR"), ("Emirates", "AED"), ("Ryanair", "EUR"),
                                    ("Emirates", "USD")])
    pnr = code(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    rows = [("title", airline), ("center", rng.choice(["Itinerary & Receipt", "E-Ticket Receipt", "Booking Confirmation"]))]
    pnr_printed = optional_pair(rng, rows, ["PNR", "Booking Reference", "Booking ref.", "Reservation code"], pnr, 0.1)
    status = None
    if shown(rng, 0.3):
        rows.append(("pair", "Booking status", rng.choice(["Confirmed", "CONFIRMED"])))
        status = "success"  # README: a Booking Status label followed by an outcome word states it
    rows.append(("pair", "Passenger", rng.choice(["MR RAHUL VERMA", "MS PRIYA NAIR", "MR JOHN MURPHY", "MRS AISHA KHAN"])))
    travel = day(rng)
    booked = travel - dt.timedelta(days=rng.randint(1, 60))
    route = {"IndiGo": ["6E 2134  DEL - BOM", "6E 511  BLR - CCU"], "Emirates": ["EK 511  DXB - DEL", "EK 29  DXB - LHR"],
             "Ryanair": ["FR 8341  DUB - STN", "FR 1884  MAD - BGY"]}[airline]
    rows.append(("pair", "Flight", rng.choice(route)))
    rows.append(("pair", rng.choice(["Date of travel", "Departure"]), date_text(travel, rng.choice(["%d %b %Y", "%a, %d %b %y"]))
                 + " " + clock(rng, False)))
    rows.append(("rule",))
    base = float(rng.randint(2800, 14000)) if currency == "INR" else price(rng, 19, 240 if airline == "Ryanair" else 1400)
    taxes = round(base * rng.uniform(0.12, 0.35), 2)
    fees = float(rng.choice([0, 0, 150, 300])) if currency == "INR" else round(rng.choice([0, 0, 7.5, 12.0]), 2)
    total = round(base + taxes + fees, 2)

    def fmt(value: float) -> str:
        if currency == "INR":
            return _inr(rng, value, font)
        if currency == "EUR":
            return rng.choice(["€", "EUR "]) + money(value, "western")
        return currency + " " + money(value, "western")

    rows.append(("pair", rng.choice(["Base Fare", "Fare"]), fmt(base)))
    rows.append(("pair", rng.choice(["Taxes & Fees", "Taxes, fees and charges", "Airport taxes"]), fmt(taxes)))
    if fees:
        rows.append(("pair", rng.choice(["Convenience Fee", "Seat selection", "Priority & 2 cabin bags"]), fmt(fees)))
    rows.append(("pair", rng.choice(["Total", "Total Amount Paid", "Total Price", "Grand Total"]), fmt(total)))
    methods = [("Visa ending " + digits(rng, 4), "card"), ("Mastercard xxxx" + digits(rng, 4), "card")]
    if currency == "INR":
        methods += [("UPI", "UPI"), ("Net Banking - HDFC", "netbanking")]
    else:
        methods += [("Apple Pay", "wallet"), ("PayPal", "wallet")]
    pay, method = rng.choice(methods)
    method_printed = optional_pair(rng, rows, ["Payment method", "Form of payment", "Paid by"], pay, 0.25)
    payref = rng.choice(["", "PG"]) + digits(rng, 12)
    txn = payref if optional_pair(rng, rows, ["Payment reference", "Transaction ID", "Payment ID"], payref, 0.6) else None
    if txn is None and pnr_printed:
        txn = pnr
    when = None
    if shown(rng, 0.3):
        when = booked
        rows.append(("pair", rng.choice(["Booking date", "Date of issue", "Booked on"]),
                     date_text(booked, rng.choice(["%d %b %Y", "%d/%m/%Y", "%Y-%m-%d"]))))
    rows.append(("small", "Web check-in opens 48 hrs before departure"))
    truth = truth_fields(airline, total, currency, txn, when, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=660, size=19, accent=(0, 30, 120) if airline != "Emirates" else (200, 16, 46),
                             screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 9 gym membership payment


def gym_membership(rng: random.Random, font: str):
    """A PureGym / Anytime Fitness / cult.fit membership payment receipt: member, plan, period (never the day paid),
    membership fee, joining fee, discount, Total paid / Amount paid, payment method, invoice / receipt number,
    payment date, Paid / Payment received / Payment failed in a share."""
    gym, currency = rng.choice([("PureGym", "GBP"), ("Anytime Fitness", "GBP"), ("Anytime Fitness", "AUD"),
                                ("cult.fit", "INR"), ("Gold's Gym", "INR")])
    if currency == "INR":
        fee = float(rng.choice([1499, 2999, 7499, 14999, 22999]))
        join = float(rng.choice([0, 0, 999]))
    else:
        fee = round(rng.choice([19.99, 24.99, 32.99, 49.95, 64.95]), 2)
        join = round(rng.choice([0.0, 0.0, 10.0, 25.0]), 2)
    disc = round(fee * rng.choice([0, 0, 0.1]), 2)
    gst = round((fee + join - disc) * 0.18, 2) if currency == "INR" else 0.0
    total = round(fee + join - disc + gst, 2)

    mark = {"INR": rng.choice([rupee(font), "Rs. ", "INR "]), "GBP": "£", "AUD": rng.choice(["$", "A$", "AUD "])}[currency]

    def fmt(value: float) -> str:
        return mark + money(value, "indian" if currency == "INR" else "western")

    rows = [("title", gym), ("center", rng.choice(["Payment receipt", "Membership Invoice", "Receipt for your payment"]))]
    status = None
    if shown(rng, 0.45):
        status, words = _outcome(rng, {"success": ["Paid", "Payment received", "Payment successful"],
                                       "failed": ["Payment failed", "Payment unsuccessful - we will retry"],
                                       "pending": ["Payment processing"]})
        rows.append(("center", words))
    rows.append(("pair", rng.choice(["Member", "Member name"]), rng.choice(["Olivia Brown", "Karan Malhotra", "Sam Lee",
                                                                             "Neha Joshi"])))
    rows.append(("pair", "Member ID", digits(rng, 8)))
    start = day(rng)
    plan, days = rng.choice([("Core Monthly", 30), ("Off-Peak monthly", 30), ("Elite 12 months", 364),
                             ("Quarterly 3M", 89), ("Anytime 24/7 monthly", 30)])
    end = start + dt.timedelta(days=days)
    rows.append(("pair", "Plan", plan))
    rows.append(("pair", rng.choice(["Period", "Membership period", "Valid"]),
                 date_text(start, "%d %b %Y") + " - " + date_text(end, "%d %b %Y")))
    rows.append(("rule",))
    rows.append(("pair", "Membership fee", fmt(fee)))
    if join:
        rows.append(("pair", "Joining fee", fmt(join)))
    if disc:
        rows.append(("pair", "Discount (10%)", "-" + fmt(disc)))
    if gst:
        rows.append(("pair", "GST 18%", fmt(gst)))
    rows.append(("pair", rng.choice(["Total paid", "Amount paid", "Total"]), fmt(total)))
    methods = [("Visa Debit **** " + digits(rng, 4), "card"), ("Mastercard ending " + digits(rng, 4), "card"),
               ("Apple Pay", "wallet")]
    if currency == "INR":
        methods += [("UPI", "UPI"), ("Credit Card", "card")]
    else:
        methods += [("Direct Debit", "netbanking")]
    pay, method = rng.choice(methods)
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid with", "Payment type"], pay, 0.2)
    inv = rng.choice(["INV-", "RCPT-", ""]) + digits(rng, 7)
    txn = inv if optional_pair(rng, rows, ["Invoice number", "Receipt No.", "Invoice #"], inv, 0.2) else None
    when = None
    if shown(rng, 0.2):
        when = start
        fmt_day = "%d/%m/%Y" if currency != "INR" or rng.random() < 0.5 else "%d-%b-%Y"
        rows.append(("pair", rng.choice(["Payment date", "Date paid", "Paid on"]), date_text(when, fmt_day)))
    rows.append(("small", "Questions? Visit the help centre in the app"))
    truth = truth_fields(gym, total, currency, txn, when, method if method_printed else None, status)
    accent = {"PureGym": (0, 160, 170), "Anytime Fitness": (88, 38, 140), "cult.fit": (20, 20, 20),
              "Gold's Gym": (180, 140, 0)}[gym]
    return rows, truth, dict(SCREEN, width=600, accent=accent, screen=rng.random() < 0.6)


# ---------------------------------------------------------------- 10 mobile recharge confirmation


def mobile_recharge(rng: random.Random, font: str):
    """A Jio / Airtel / Vi prepaid recharge confirmation: Recharge successful / failed / pending, the mobile number,
    the plan and its validity, Amount / Recharge amount, Transaction ID / Order ID, operator ref, paid via UPI, card,
    wallet or net banking, date."""
    operator = rng.choice(["Jio", "Airtel", "Vi"])
    plan, benefit, validity = rng.choice([(155.0, "1 GB/day", 24), (209.0, "1 GB/day", 28), (299.0, "1.5 GB/day", 28),
                                          (349.0, "2 GB/day", 28), (479.0, "1.5 GB/day", 56), (719.0, "2 GB/day", 84),
                                          (2999.0, "2.5 GB/day", 365)])
    rows = [("title", {"Jio": "Jio", "Airtel": "airtel", "Vi": "Vi"}[operator]),
            ("center", rng.choice(["Recharge Details", "Prepaid Recharge", "Transaction summary"]))]
    status, words = _outcome(rng, {"success": ["Recharge Successful", "Recharge successful!", "Payment Successful"],
                                   "failed": ["Recharge Failed", "Recharge failed. Refund initiated"],
                                   "pending": ["Recharge Pending", "Recharge is being processed"]})
    status_printed = shown(rng, 0.15)
    if status_printed:
        rows.append(("center", words))
    rows.append(("big", _inr(rng, plan, font, decimals=False)))
    rows.append(("pair", rng.choice(["Mobile Number", "Prepaid number", "For"]),
                 "+91 " + rng.choice("6789") + digits(rng, 4) + " " + digits(rng, 5)))
    rows.append(("pair", "Plan", f"Rs.{plan:.0f} - {benefit}, unlimited calls"))
    rows.append(("pair", "Validity", f"{validity} Days"))
    rows.append(("rule",))
    txid = {"Jio": "JIO", "Airtel": "AT", "Vi": "VI"}[operator] + digits(rng, 12)
    order = rng.choice(["RCG", "ORD"]) + digits(rng, 10)
    txn = None
    if optional_pair(rng, rows, ["Transaction ID", "Txn ID", "Transaction Id"], txid, 0.3):
        txn = txid
    if optional_pair(rng, rows, ["Order ID", "Order No."], order, 0.5) and txn is None:
        txn = order
    pay, method = rng.choice([("UPI - " + rng.choice(["SBI", "HDFC", "Kotak"]) + " XX" + digits(rng, 4), "UPI"),
                              ("Debit Card XX" + digits(rng, 4), "card"),
                              ("Airtel Payments Bank Wallet" if operator == "Airtel" else "Paytm Wallet", "wallet"),
                              ("Net Banking", "netbanking"), ("Amazon Pay", "wallet")])
    method_printed = optional_pair(rng, rows, ["Paid using", "Payment Mode", "Paid via"], pay, 0.25)
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        text = rng.choice([date_text(when, "%d %b %Y"), date_text(when, "%d/%m/%Y"), date_text(when, "%b %d, %Y")])
        rows.append(("pair", rng.choice(["Date & Time", "Recharged on", "Date"]), text + ", " + clock(rng, True)))
    rows.append(("small", "Benefits will be credited within 15 minutes"))
    merchant = {"Jio": "Jio", "Airtel": "airtel", "Vi": "Vi"}[operator]
    truth = truth_fields(merchant, plan, "INR", txn, when, method if method_printed else None, status if status_printed else None)
    accent = {"Jio": (15, 60, 200), "Airtel": (230, 0, 0), "Vi": (230, 0, 90)}[operator]
    style = dict(SCREEN, width=540, accent=accent)
    if rng.random() < 0.2:
        style.update(paper=(18, 18, 22), ink=(235, 235, 235))
    return rows, truth, style


# ---------------------------------------------------------------- 11 Stripe / Square e-mail receipt


def card_processor_email(rng: random.Random, font: str):
    """A receipt e-mail a small business sends through Stripe or Square: "Receipt from <business>", Amount paid /
    Total, Date paid, Payment method card or wallet, Receipt # / Invoice number, a Stripe-style mixed-case charge id
    in a share, "Paid" in a share; Square's itemised variant with Subtotal, Tax, Tip."""
    processor = rng.choice(["Stripe", "Square"])
    business = rng.choice(["Blue Fern Yoga Studio", "Harbor Bike Repair", "Maple & Co. Bakery", "Nomad Coffee Roasters",
                           "Sunset Dog Grooming"])
    currency, mark = rng.choice([("USD", "$"), ("USD", "US$"), ("GBP", "£"), ("CAD", "CA$")])
    rows = [("title", business), ("center", rng.choice([f"Receipt from {business}", "Your receipt", "Thanks for your purchase"]))]
    if processor == "Square":
        items = [(rng.choice(["Drop-in class", "Tune-up", "Sourdough loaf", "Latte", "Full groom (M)"]), price(rng, 4, 85))
                 for _ in range(rng.randint(1, 3))]
        sub = round(sum(v for _, v in items), 2)
        tax = round(sub * rng.choice([0.0, 0.0725, 0.08875, 0.2]), 2)
        tip = round(sub * rng.choice([0.0, 0.15, 0.2]), 2)
        total = round(sub + tax + tip, 2)
        for name, value in items:
            rows.append(("pair", name, f"{mark}{value:.2f}"))
        rows.append(("pair", "Subtotal", f"{mark}{sub:.2f}"))
        if tax:
            rows.append(("pair", "Sales Tax" if currency != "GBP" else "VAT", f"{mark}{tax:.2f}"))
        if tip:
            rows.append(("pair", "Tip", f"{mark}{tip:.2f}"))
        rows.append(("pair", "Total", f"{mark}{total:,.2f}"))
    else:
        total = price(rng, 9, 1800)
        rows.append(("big", f"{mark}{total:,.2f}"))
        rows.append(("pair", rng.choice(["Amount paid", "Amount charged"]), f"{mark}{total:,.2f}"))
    status = None
    if shown(rng, 0.6):
        status, words = _outcome(rng, {"success": ["Paid", "Payment complete", "Payment succeeded"],
                                       "failed": ["Payment failed"], "pending": ["Payment pending"]})
        rows.append(("center", words))
    card, method = rng.choice([("Visa - " + digits(rng, 4), "card"), ("Mastercard •••• " + digits(rng, 4), "card"),
                               ("Amex ending in " + digits(rng, 4), "card"), ("Apple Pay", "wallet"),
                               ("Google Pay", "wallet")])
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid with", "Card"], card, 0.2)
    receipt = digits(rng, 4) + "-" + digits(rng, 4)
    charge = "ch_3" + code(rng, 20, string.ascii_letters + string.digits)
    txn = None
    if processor == "Stripe" and optional_pair(rng, rows, ["Payment ID", "Transaction ID"], charge, 0.6):
        txn = charge
    if processor == "Square":
        auth = digits(rng, 6)
        if method == "card" and method_printed and optional_pair(rng, rows, ["Auth code", "Authorization"], auth, 0.5):
            txn = auth
        receipt = "#" + code(rng, 4, ALNUM)
        if optional_pair(rng, rows, ["Receipt", "Receipt Number"], receipt, 0.3) and txn is None:
            txn = receipt.lstrip("#")
    elif optional_pair(rng, rows, ["Receipt #", "Receipt number", "Invoice number"], receipt, 0.3) and txn is None:
        txn = receipt
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        text = date_text(when, rng.choice(["%B {d}, %Y", "%b {d}, %Y", "{d} %B %Y"]))
        if rng.random() < 0.5:
            rows.append(("pair", rng.choice(["Date paid", "Date"]), text))
        else:
            rows.append(("center", text + " at " + clock(rng, True)))
    rows.append(("small", f"Questions? Contact {business.split()[0].lower()}@example.com"))
    rows.append(("small", f"Powered by {processor}"))
    truth = truth_fields(business, total, currency, txn, when, method if method_printed else None, status)
    return rows, truth, dict(SCREEN, width=600, size=19, accent=(60, 60, 200) if processor == "Stripe" else (10, 10, 10),
                             screen=rng.random() < 0.4)


# ---------------------------------------------------------------- 12 European bank SEPA transfer confirmation


def sepa_transfer(rng: random.Random, font: str):
    """A SEPA credit transfer confirmation from ING / Deutsche Bank / N26 / Santander in English, German or Spanish:
    beneficiary and IBAN, BIC, amount "1.234,56 EUR", remittance text, end-to-end / transaction reference, execution
    date, Executed / Ausgeführt / Realizada / Scheduled / Abgelehnt in a share."""
    lang = rng.choice(["en", "de", "es"])
    bank = {"en": rng.choice(["ING", "N26", "Revolut Business"]), "de": rng.choice(["Deutsche Bank", "Sparkasse KölnBonn",
                                                                                    "Commerzbank"]),
            "es": rng.choice(["Banco Santander", "BBVA", "CaixaBank"])}[lang]
    payee = rng.choice(["Stadtwerke München GmbH", "Hausverwaltung Becker", "Inmobiliaria Sol S.L.", "Jan de Vries",
                        "Autohaus Schmitt KG", "Colegio San José"])
    amount = price(rng, 12, 4800) if rng.random() < 0.8 else float(rng.randint(300, 12000))
    lang_words = {
        "en": dict(title=["Transfer confirmation", "SEPA credit transfer"], payee=["Beneficiary", "Recipient", "Payee"],
                   amount=["Amount", "Transfer amount"], ref=["Reference", "Payment reference"],
                   e2e=["End-to-end ID", "Transaction reference"], date=["Execution date", "Date"],
                   status={"success": ["Executed", "Transfer completed"], "failed": ["Rejected"],
                           "pending": ["Scheduled", "In progress"]}, from_="From account"),
        "de": dict(title=["Überweisungsbestätigung", "SEPA-Überweisung"], payee=["Empfänger", "Zahlungsempfänger"],
                   amount=["Betrag", "Überweisungsbetrag"], ref=["Verwendungszweck"],
                   e2e=["End-to-End-Referenz", "Auftragsnummer"], date=["Ausführungsdatum", "Buchungsdatum"],
                   status={"success": ["Ausgeführt", "Überweisung erfolgreich"], "failed": ["Abgelehnt"],
                           "pending": ["Vorgemerkt", "In Bearbeitung"]}, from_="Auftraggeberkonto"),
        "es": dict(title=["Justificante de transferencia", "Transferencia SEPA"], payee=["Beneficiario", "Destinatario"],
                   amount=["Importe", "Importe transferido"], ref=["Concepto"],
                   e2e=["Referencia", "Nº de operación"], date=["Fecha de ejecución", "Fecha"],
                   status={"success": ["Realizada", "Transferencia realizada"], "failed": ["Rechazada"],
                           "pending": ["Pendiente", "Programada"]}, from_="Cuenta de cargo"),
    }[lang]
    country = {"en": "NL", "de": "DE", "es": "ES"}[lang]

    def iban(cc: str) -> str:
        return cc + digits(rng, 2) + " " + " ".join(digits(rng, 4) for _ in range(4)) + " " + digits(rng, 2)

    rows = [("title", bank), ("center", rng.choice(lang_words["title"]))]
    status = None
    if shown(rng, 0.4):
        status, words = _outcome(rng, lang_words["status"])
        rows.append(("pair", {"en": "Status", "de": "Status", "es": "Estado"}[lang], words))
    rows.append(("rule",))
    rows.append(("pair", lang_words["from_"], iban(country)))
    rows.append(("pair", rng.choice(lang_words["payee"]), payee))
    rows.append(("pair", "IBAN", iban(rng.choice(["DE", "ES", "NL", "FR"]))))
    rows.append(("pair", "BIC", code(rng, 4, UPPER) + rng.choice(["DE", "ES", "NL"]) + code(rng, 2, UPPER)))
    text = money(amount, "european")
    rows.append(("pair", rng.choice(lang_words["amount"]), rng.choice([text + " EUR", text + " €", "EUR " + text, "€ " + text])))
    rows.append(("pair", rng.choice(lang_words["ref"]), rng.choice(["Miete März", "Rechnung 2026-0417", "Cuota mensual",
                                                           "Invoice 8841", "Kaution"])))
    e2e = code(rng, rng.choice([16, 20]), ALNUM)
    txn = e2e if optional_pair(rng, rows, lang_words["e2e"], e2e, 0.35) else None
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        if lang == "de":
            text = rng.choice([date_text(when, "%d.%m.%Y"), f"{when.day}. {DE_MONTHS[when.month - 1]} {when.year}"])
        elif lang == "es":
            text = date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y"]))
        else:
            text = date_text(when, rng.choice(["%d-%m-%Y", "{d} %B %Y", "%Y-%m-%d"]))
        rows.append(("pair", rng.choice(lang_words["date"]), text))
    rows.append(("small", {"en": "This confirmation was generated automatically.",
                           "de": "Dieser Beleg wurde maschinell erstellt.",
                           "es": "Documento generado electrónicamente."}[lang]))
    truth = truth_fields(payee, amount, "EUR", txn, when, "netbanking", status)
    return rows, truth, dict(SCREEN, width=700, size=19, accent=(255, 98, 0) if bank == "ING" else (0, 40, 100),
                             screen=rng.random() < 0.5)
