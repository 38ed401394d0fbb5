"""The twelve heldout50 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

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
# faces (paths under heldout14_render.FONT_DIR) without a glyph: those receipts print the currency's letters
NO_WON = ("dejavu/DejaVuSerif", "LiberationSansNarrow", "FreeSansBold")
NO_PESO = ("LiberationSansNarrow", "FreeSansBold")
US_DATES = ["%m/%d/%Y", "%b {d}, %Y", "%B {d}, %Y", "%m/%d/%y"]
SPANISH_MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]


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


def _us_date(rng: random.Random, when: dt.date) -> str:
    return date_text(when, rng.choice(US_DATES))


def _day_first(rng: random.Random, when: dt.date) -> str:
    return date_text(when, rng.choice(["%d/%m/%Y", "{d} %B %Y", "%d %b %Y", "%d/%m/%y"]))


# ---------------------------------------------------------------- 1 OXXO / 7-Eleven / Circle K Mexico ticket


def mx_convenience_ticket(rng: random.Random, font: str):
    """An OXXO / 7-Eleven / Circle K ticket in Mexico in pesos printed "$": the store's address with its C.P., RFC
    (never the id), CAJA, FECHA / HORA day first (numeric or with a Spanish month), items, IVA INCLUIDO, TOTAL / TOTAL
    A PAGAR / TOTAL M.N., EFECTIVO with CAMBIO or TARJETA DEBITO / TARJETA CREDITO / VISA / MASTERCARD with a masked
    card, AUTORIZACION / AUT. and APROBADA in a share, else FOLIO / TICKET / No. TICKET."""
    chain = rng.choice(["OXXO", "7-Eleven", "Circle K"])
    catalogue = [("COCA COLA 600ML", 21.0), ("SABRITAS ORIGINAL 45G", 19.5), ("GANSITO MARINELA", 16.0),
                 ("CAFE ANDATTI GDE", 25.0), ("AGUA CIEL 1L", 14.5), ("TORTA JAMON", 38.0), ("BOING MANGO 500ML", 17.0),
                 ("GALLETAS EMPERADOR", 22.5), ("PAPEL HIGIENICO 4R", 42.0), ("LECHE LALA 1L", 29.5),
                 ("PAN BIMBO BLANCO", 52.0), ("CERVEZA TECATE 473ML", 27.0)]
    items = [(name, rng.randint(1, 3), value) for name, value in rng.sample(catalogue, rng.randint(1, 5))]
    total = round(sum(qty * value for _, qty, value in items), 2)
    rows = [("title", chain),
            ("small", rng.choice(["AV. INSURGENTES SUR 1602, CDMX C.P. 03940", "CALZ. DE TLALPAN 3200, COYOACAN, CDMX",
                                  "AV. VALLARTA 5300, ZAPOPAN, JAL. C.P. 45010",
                                  "AV. CONSTITUCION 1100, MONTERREY, N.L. C.P. 64000"])),
            ("small", "RFC " + code(rng, 3, UPPER) + digits(rng, 6) + code(rng, 3, ALNUM)),
            ("left", f"CAJA {rng.randint(1, 4):02d}  CAJERO: " + rng.choice(["ROSA M.", "LUIS G.", "ANA P.", "JORGE R."]))]
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        moment = clock(rng, False)
        text = rng.choice([f"FECHA: {date_text(when, '%d/%m/%Y')}  HORA: {moment}",
                           f"{when.day:02d}-{SPANISH_MONTHS[when.month - 1]}-{when.year} {moment}",
                           f"FECHA {date_text(when, '%d/%m/%y')} {moment}"])
        rows.append(("left", text))
    rows.append(("rule",))
    for name, qty, value in items:
        rows.append(("pair", f"{qty} {name}", f"${qty * value:,.2f}"))
    rows.append(("rule",))
    if shown(rng, 0.4):
        rows.append(("pair", "IVA INCLUIDO", f"${round(total * 16 / 116, 2):,.2f}"))
    label = rng.choice(["TOTAL", "TOTAL A PAGAR", "TOTAL M.N."])
    rows.append(("pair", label, f"${total:,.2f}" + (" MXN" if label != "TOTAL M.N." and rng.random() < 0.4 else "")))
    tender, method = rng.choice([("EFECTIVO", "cash"), ("EFECTIVO", "cash"), ("TARJETA DEBITO", "card"),
                                 ("TARJETA CREDITO", "card"), ("VISA", "card"), ("MASTERCARD", "card")])
    method_printed = shown(rng, 0.15)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [20, 50, 100, 200, 500])
            rows.append(("pair", "EFECTIVO", f"${given:,.2f}"))
            rows.append(("pair", "CAMBIO", f"${given - total:,.2f}"))
        else:
            rows.append(("pair", tender, f"${total:,.2f}"))
            rows.append(("left", "TARJETA: " + _masked(rng)))
            auth = digits(rng, 6)
            if optional_pair(rng, rows, ["AUTORIZACION", "AUT.", "No. AUTORIZACION"], auth, 0.35):
                txn = auth
            if shown(rng, 0.5):
                rows.append(("center", rng.choice(["APROBADA", "APROBADO"])))
                status = "success"
    if txn is None:
        folio = digits(rng, rng.choice([6, 7, 8]))
        if optional_pair(rng, rows, ["FOLIO", "TICKET", "No. TICKET"], folio, 0.3):
            txn = folio
    rows.append(("center", rng.choice(["GRACIAS POR SU COMPRA", "VUELVA PRONTO", "GRACIAS, VUELVA PRONTO"])))
    rows.append(("small", "SOLICITE SU FACTURA EN LINEA"))
    truth = truth_fields(chain, total, "MXN", txn, when, method if method_printed else None, status)
    return rows, truth, dict(TILL)


# ---------------------------------------------------------------- 2 CU / GS25 / emart24 Korean convenience slip


def kr_convenience_slip(rng: random.Random, font: str):
    """A CU / GS25 / emart24 convenience-store slip in won, in English: the branch, Business Reg. No. and phone
    (never the id), a year-first date line (2025-03-12 14:22:05, 2025.03.12, 2025/03/12 (Wed)), items, 1+1 event
    discounts, Taxable amount / VAT, Total / TOTAL / Total Amount as ₩ or KRW, a card (Credit Card, Check Card, an
    issuer's card) with card number and Installment: Lump sum, Approval No. / Auth No. and Approved in a share, Apple
    Pay, or Cash and Change, else Receipt No.; membership points."""
    chain = rng.choice(["CU", "GS25", "emart24"])
    catalogue = [("Samgak Kimbap Tuna Mayo", 1500), ("Banana Milk 240ml", 1700), ("Shin Ramyun Cup", 1350),
                 ("Chamisul Fresh 360ml", 1950), ("Honey Butter Chips", 1800), ("Dosirak Jeyuk", 4900),
                 ("Cass Fresh 500ml", 2900), ("Hot Bar Original", 2200), ("Pocari Sweat 620ml", 2100),
                 ("Maxim Coffee Mix", 5800), ("Bibigo Mandu", 6480)]
    items = [(name, rng.randint(1, 2), value) for name, value in rng.sample(catalogue, rng.randint(1, 5))]
    gross = sum(qty * value for _, qty, value in items)
    events = [value for _, qty, value in items if qty == 2 and rng.random() < 0.5]
    total = gross - sum(events)
    won = "KRW " if any(face in font for face in NO_WON) else rng.choice(["₩", "₩", "KRW "])
    rows = [("title", chain),
            ("small", rng.choice(["Gangnam Station", "Hongdae 2nd", "Seomyeon Central", "Jongno 3-ga",
                                  "Haeundae Beach"]) + " Branch"),
            ("small", "Business Reg. No. " + digits(rng, 3) + "-" + digits(rng, 2) + "-" + digits(rng, 5)),
            ("small", "Tel 0" + rng.choice(["2", "51", "31"]) + "-" + digits(rng, 3) + "-" + digits(rng, 4))]
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        rows.append(("left", rng.choice([date_text(when, "%Y-%m-%d") + " " + clock(rng, False) + f":{rng.randrange(60):02d}",
                                         date_text(when, "%Y.%m.%d") + " " + clock(rng, False),
                                         date_text(when, "%Y/%m/%d (%a)") + " " + clock(rng, False)])))
    rows.append(("left", f"POS {rng.randint(1, 3):02d}  Staff: " + rng.choice(["Kim", "Lee", "Park", "Choi"])))
    rows.append(("rule",))
    for name, qty, value in items:
        rows.append(("pair", f"{name} x{qty}", f"{qty * value:,}"))
    for value in events:
        rows.append(("pair", "1+1 Event", f"-{value:,}"))
    rows.append(("rule",))
    if shown(rng, 0.4):
        supply = round(total / 1.1)
        rows.append(("pair", "Taxable amount", f"{supply:,}"))
        rows.append(("pair", "VAT", f"{total - supply:,}"))
    label = rng.choice(["Total", "TOTAL", "Total Amount"])
    rows.append(("pair", label, (f"{won}{total:,}" if won != "KRW " or rng.random() < 0.5 else f"{total:,} KRW")))
    tender, method = rng.choice([("Credit Card", "card"), ("Check Card", "card"), ("Shinhan Card", "card"),
                                 ("KB Kookmin Card", "card"), ("Apple Pay", "wallet"), ("Cash", "cash")])
    method_printed = shown(rng, 0.15)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [1000, 5000, 10000, 50000])
            rows.append(("pair", "Cash", f"{int(given):,}"))
            rows.append(("pair", "Change", f"{int(given - total):,}"))
        else:
            rows.append(("pair", tender, f"{total:,}"))
            if method == "card":
                rows.append(("left", "Card No. " + digits(rng, 4) + "-" + digits(rng, 2) + "**-****-" + digits(rng, 4)))
            rows.append(("pair", "Installment", "Lump sum"))
            approval = digits(rng, 8)
            if optional_pair(rng, rows, ["Approval No.", "Approval No", "Auth No."], approval, 0.3):
                txn = approval
            if shown(rng, 0.5):
                rows.append(("center", rng.choice(["Approved", "APPROVED"])))
                status = "success"
    if txn is None:
        receipt = digits(rng, 4) + "-" + digits(rng, 4)
        if optional_pair(rng, rows, ["Receipt No.", "Receipt #"], receipt, 0.35):
            txn = receipt
    if shown(rng, 0.5):
        rows.append(("left", {"CU": "CU Membership points +", "GS25": "GS&POINT earned +",
                              "emart24": "emart24 points +"}[chain] + str(max(1, total // 100))))
    rows.append(("center", rng.choice(["Thank you. Come again!", "Have a nice day", "Exchange within 7 days"])))
    truth = truth_fields(chain, float(total), "KRW", txn, when, method if method_printed else None, status)
    return rows, truth, dict(TILL, width=480)


# ---------------------------------------------------------------- 3 Mercury Drug / Watsons Philippine pharmacy


def ph_pharmacy_receipt(rng: random.Random, font: str):
    """A Mercury Drug / Watsons / Rose Pharmacy / The Generics Pharmacy receipt in pesos: branch, VAT REG TIN (never
    the id), OFFICIAL RECEIPT / SALES INVOICE, a date with the month named or year first (never the both-ways
    numeric one), medicines as qty @ price, VATable Sales / VAT Amount or a senior citizen's LESS: VAT and LESS: SC
    DISC 20%, TOTAL / AMOUNT DUE / TOTAL AMOUNT DUE in ₱ or PHP, CASH and CHANGE or a card with APPR CODE / APPROVAL
    CODE and APPROVED in a share, else OR No. / SI No. / Invoice No."""
    chain = rng.choice(["MERCURY DRUG", "Watsons", "Rose Pharmacy", "The Generics Pharmacy"])
    catalogue = [("BIOGESIC 500MG TAB", 5.25), ("NEOZEP FORTE TAB", 7.50), ("ALAXAN FR CAP", 9.75),
                 ("AMOXICILLIN 500MG CAP", 12.00), ("CETIRIZINE 10MG TAB", 14.50), ("ASCOF LAGUNDI 60ML", 148.00),
                 ("ENERVON C TAB", 8.25), ("BETADINE SOLUTION 15ML", 96.00), ("SOLMUX 500MG CAP", 11.50),
                 ("LOSARTAN 50MG TAB", 18.75), ("DECOLGEN FORTE TAB", 6.50)]
    lines = []
    for name, value in rng.sample(catalogue, rng.randint(1, 4)):
        qty = 1 if value > 50 else rng.choice([2, 4, 10, 20])
        lines.append((name, qty, value))
    gross = round(sum(qty * value for _, qty, value in lines), 2)
    senior = rng.random() < 0.3
    peso = "PHP " if any(face in font for face in NO_PESO) else rng.choice(["₱", "₱ ", "PHP "])
    rows = [("title", chain),
            ("small", rng.choice(["SM MEGAMALL, MANDALUYONG CITY", "AYALA AVE., MAKATI CITY", "COLON ST., CEBU CITY",
                                  "SM CITY DAVAO, DAVAO CITY"])),
            ("small", "VAT REG TIN: " + "-".join(digits(rng, 3) for _ in range(3)) + "-" + digits(rng, 5)),
            ("center", rng.choice(["OFFICIAL RECEIPT", "SALES INVOICE"]))]
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        rows.append(("left", rng.choice([date_text(when, "%b %d, %Y") + " " + clock(rng, True),
                                         date_text(when, "%d-%b-%Y") + " " + clock(rng, False),
                                         date_text(when, "%Y-%m-%d") + " " + clock(rng, False)])))
    rows.append(("rule",))
    for name, qty, value in lines:
        rows.append(("left", name))
        rows.append(("pair", f"   {qty} @ {value:,.2f}", f"{qty * value:,.2f}"))
    rows.append(("rule",))
    if senior:
        net = round(gross / 1.12, 2)
        discount = round(net * 0.2, 2)
        total = round(net - discount, 2)
        rows.append(("pair", "SUBTOTAL", f"{gross:,.2f}"))
        rows.append(("pair", "LESS: VAT 12%", f"{gross - net:,.2f}"))
        rows.append(("pair", "LESS: SC DISC 20%", f"{discount:,.2f}"))
    else:
        total = gross
        vatable = round(gross / 1.12, 2)
        rows.append(("pair", "VATable Sales", f"{vatable:,.2f}"))
        rows.append(("pair", "VAT Amount (12%)", f"{gross - vatable:,.2f}"))
        rows.append(("pair", "VAT-Exempt Sales", "0.00"))
    rows.append(("pair", rng.choice(["TOTAL", "AMOUNT DUE", "TOTAL AMOUNT DUE"]), f"{peso}{total:,.2f}"))
    tender, method = rng.choice([("CASH", "cash"), ("CASH", "cash"), ("CREDIT CARD", "card"), ("DEBIT CARD", "card"),
                                 ("VISA", "card"), ("MASTERCARD", "card")])
    method_printed = shown(rng, 0.15)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [100, 200, 500, 1000])
            rows.append(("pair", "CASH", f"{given:,.2f}"))
            rows.append(("pair", "CHANGE", f"{given - total:,.2f}"))
        else:
            rows.append(("pair", tender, f"{total:,.2f}"))
            rows.append(("left", "CARD NO: " + _masked(rng)))
            approval = digits(rng, 6)
            if optional_pair(rng, rows, ["APPR CODE", "APPROVAL CODE"], approval, 0.35):
                txn = approval
            if shown(rng, 0.5):
                rows.append(("center", "APPROVED"))
                status = "success"
    if txn is None:
        number = digits(rng, rng.choice([6, 7, 8]))
        if optional_pair(rng, rows, ["OR No.", "SI No.", "Invoice No."], number, 0.25):
            txn = number
    if chain == "Watsons" and shown(rng, 0.5):
        rows.append(("left", f"Watsons Club points earned: {max(1, int(total // 50))}"))
    rows.append(("small", "THIS SERVES AS YOUR OFFICIAL RECEIPT" if rng.random() < 0.5 else "Get well soon!"))
    truth = truth_fields(chain, total, "PHP", txn, when, method if method_printed else None, status)
    return rows, truth, dict(TILL, width=480)


# ---------------------------------------------------------------- 4 ODEON / Vue / AMC cinema booking


def cinema_booking(rng: random.Random, font: str):
    """An ODEON / Vue / Cineworld booking e-mail in pounds or an AMC / Regal one in dollars: the cinema's address,
    the film, Showtime / Screening / Performance (never the day paid), Screen, Seats, tickets, Booking fee /
    Convenience fee, a snack combo, Total / Order total / Amount paid / Total paid, Paid with / Payment method (a card,
    Apple Pay, PayPal), Booking reference / Booking ref / Confirmation number in a share, Booked on / Booking date /
    Purchased on in a share, Payment successful / Payment status Paid in a share."""
    us = rng.random() < 0.4
    chain = rng.choice(["AMC", "Regal"]) if us else rng.choice(["ODEON", "Vue", "Cineworld"])
    mark, currency = ("$", "USD") if us else ("£", "GBP")
    address = rng.choice(["234 W 42nd St, New York, NY 10036", "1000 Universal Studios Blvd, Universal City, CA 91608",
                          "3128 16th St, San Francisco, CA 94103"] if us else
                         ["Leicester Square, London WC2H 7LQ", "Printworks, Manchester M4 2BS",
                          "Cabot Circus, Bristol BS1 3BX", "Fountain Park, Edinburgh EH11 1AF"])
    film = rng.choice(["Dune: Part Two", "Inside Out 2", "Wicked", "Gladiator II", "Paddington in Peru",
                       "The Wild Robot", "Mission: Impossible - The Final Reckoning"])
    adults = rng.randint(1, 4)
    children = rng.choice([0, 0, 1, 2])
    adult_price = rng.choice([14.99, 16.49, 18.99]) if us else rng.choice([11.49, 12.99, 14.79, 17.99])
    child_price = round(adult_price - 3.0, 2)
    fee = (rng.choice([1.89, 2.19]) if us else rng.choice([0.75, 1.25, 1.50])) * (adults + children)
    fee = round(fee, 2)
    snack = rng.choice([0.0, 0.0, 12.49 if us else 9.75])
    total = round(adults * adult_price + children * child_price + fee + snack, 2)
    rows = [("title", chain), ("small", address),
            ("center", rng.choice(["Your booking", "Booking details", "Your tickets", "Order summary"]))]
    status = None
    if shown(rng, 0.65):
        status = "success"
        rows.append(("pair", "Payment status", "Paid") if rng.random() < 0.4 else ("center", "Payment successful"))
    rows.append(("left", film))
    show = day(rng) + dt.timedelta(days=rng.randint(1, 12))
    show_text = (date_text(show, "%a, %b {d}, %Y") + " " + clock(rng, True)) if us \
        else (date_text(show, "%a {d} %b %Y") + ", " + clock(rng, False))
    rows.append(("pair", rng.choice(["Showtime", "Screening", "Performance"]), show_text))
    rows.append(("pair", "Screen", rng.choice(["Screen ", "Auditorium ", "IMAX "]) + str(rng.randint(1, 14))))
    row_letter = rng.choice("DEFGHJK")
    first = rng.randint(3, 14)
    rows.append(("pair", "Seats", ", ".join(f"{row_letter}{first + i}" for i in range(adults + children))))
    txn = None
    ref = code(rng, rng.choice([6, 8]), ALNUM) if not us else digits(rng, rng.choice([9, 10]))
    if optional_pair(rng, rows, ["Booking reference", "Booking ref", "Confirmation number"], ref, 0.3):
        txn = ref
    rows.append(("rule",))
    rows.append(("pair", f"{adults} x Adult", f"{mark}{adults * adult_price:,.2f}"))
    if children:
        rows.append(("pair", f"{children} x Child", f"{mark}{children * child_price:,.2f}"))
    if snack:
        rows.append(("pair", rng.choice(["Large Popcorn Combo", "Snack bundle"]), f"{mark}{snack:,.2f}"))
    rows.append(("pair", "Convenience fee" if us else "Booking fee", f"{mark}{fee:,.2f}"))
    rows.append(("pair", rng.choice(["Total", "Order total", "Amount paid", "Total paid"]), f"{mark}{total:,.2f}"))
    pay, method = rng.choice([(("Visa ****" if us else "Visa Debit ending ") + digits(rng, 4), "card"),
                              ("Mastercard ending " + digits(rng, 4), "card"), ("Apple Pay", "wallet"),
                              ("PayPal", "wallet")])
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment method"], pay, 0.25)
    when = None
    if shown(rng, 0.6):
        when = show - dt.timedelta(days=rng.randint(0, 10))
        text = _us_date(rng, when) if us else date_text(when, rng.choice(["%d/%m/%Y", "{d} %B %Y"]))
        rows.append(("pair", rng.choice(["Booked on", "Booking date", "Purchased on"]), text + " " + clock(rng, us)))
    rows.append(("small", "Show this e-ticket at the door. Doors open 20 minutes before the film."))
    truth = truth_fields(chain, total, currency, txn, when, method if method_printed else None, status)
    accent = {"AMC": (200, 16, 46), "Regal": (160, 0, 40), "ODEON": (0, 60, 140), "Vue": (10, 10, 10),
              "Cineworld": (190, 0, 30)}[chain]
    return rows, truth, dict(SCREEN, width=600, accent=accent, screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 5 Thames Water / Sydney Water bill payment


def water_bill_payment(rng: random.Random, font: str):
    """A water bill paid online: Thames Water / Severn Trent / Anglian Water / Yorkshire Water in pounds or Sydney
    Water / Yarra Valley Water in Australian dollars with an ABN: Payment confirmation / Payment receipt, outcome in a
    share (Payment successful / failed / declined / pending / Processing, or a Status pair), Account number / Customer
    account (never the id), the supply address, Amount paid / Payment amount / Total paid (with a card payment fee
    in Australia in a share), Paid with / Payment method, Payment reference / Confirmation number / Transaction
    reference / Receipt number in a share, Payment date / Date paid / Date of payment in a share, Due date (never the
    day paid)."""
    uk = rng.random() < 0.6
    utility = rng.choice(["Thames Water", "Severn Trent", "Anglian Water", "Yorkshire Water"]) if uk \
        else rng.choice(["Sydney Water", "Yarra Valley Water"])
    mark, currency = ("£", "GBP") if uk else ("$", "AUD")
    rows = [("title", utility)]
    if not uk:
        rows.append(("small", "ABN " + digits(rng, 2) + " " + digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 3)))
    status = None
    if shown(rng, 0.45):
        status, words = _outcome(rng, {"success": ["Payment successful", "Your payment was successful"],
                                       "failed": ["Payment failed", "Payment declined"],
                                       "pending": ["Payment pending", "Processing"]})
    rows.append(("center", rng.choice(["Payment confirmation", "Payment receipt", "Your payment"]
                                      if status in (None, "success") else ["Payment details", "Your payment"])))
    if status:
        if rng.random() < 0.4:
            rows.append(("pair", "Status", {"success": "Successful", "failed": "Failed", "pending": "Pending"}[status]))
        else:
            rows.append(("center", words))
    rows.append(("pair", rng.choice(["Account number", "Customer account", "Account No."]),
                 digits(rng, 4) + " " + digits(rng, 4) + " " + digits(rng, 2) if rng.random() < 0.5 else digits(rng, 10)))
    rows.append(("small", "Supply address: " + rng.choice(
        {"Thames Water": ["12 Acacia Road, Reading RG1 3AB", "41 Elm Grove, London SW19 4HE"],
         "Severn Trent": ["4 Mill Lane, Derby DE1 2EX", "18 Oak Drive, Coventry CV3 5FT"],
         "Anglian Water": ["27 Church Street, Norwich NR2 1DJ", "6 Mill Road, Cambridge CB1 2AD"],
         "Yorkshire Water": ["9 Park View, Leeds LS6 2QR", "33 Bank Street, Sheffield S1 2DS"],
         "Sydney Water": ["14 Smith St, Parramatta NSW 2150", "8 Ocean Pde, Coogee NSW 2034"],
         "Yarra Valley Water": ["3/22 Glenferrie Rd, Hawthorn VIC 3122", "45 Main St, Lilydale VIC 3140"]}[utility])))
    paid = day(rng)
    if shown(rng, 0.5):
        rows.append(("pair", "Due date", _day_first(rng, paid + dt.timedelta(days=rng.randint(3, 20)))))
    rows.append(("rule",))
    amount = price(rng, 28, 420) if uk else price(rng, 90, 780)
    pay, method = rng.choice([("Visa Debit ending " + digits(rng, 4), "card"), ("Mastercard ending " + digits(rng, 4), "card"),
                              ("Visa Credit", "card"), ("Apple Pay", "wallet"), ("PayPal", "wallet")])
    fee = round(amount * 0.004, 2) if not uk and method == "card" and rng.random() < 0.5 else 0.0
    total = round(amount + fee, 2)
    if fee:
        rows.append(("pair", "Payment amount", f"{mark}{amount:,.2f}"))
        rows.append(("pair", "Card payment fee (0.4%)", f"{mark}{fee:,.2f}"))
        rows.append(("pair", "Total paid" if status in (None, "success") else "Total", f"{mark}{total:,.2f}"))
    else:
        settled = status in (None, "success")
        rows.append(("pair", rng.choice(["Amount paid", "Payment amount", "Total paid"] if settled else ["Payment amount"]),
                     f"{mark}{total:,.2f}" + (" AUD" if not uk and rng.random() < 0.3 else "")))
    method_printed = optional_pair(rng, rows, ["Paid with", "Payment method"] if status in (None, "success")
                                   else ["Payment method"], pay, 0.25)
    txn = None
    ref = rng.choice([code(rng, 2, UPPER) + digits(rng, 10), digits(rng, 12), code(rng, 10, ALNUM)])
    if optional_pair(rng, rows, ["Payment reference", "Confirmation number", "Transaction reference", "Receipt number"],
                     ref, 0.25):
        txn = ref
    when = None
    if shown(rng, 0.4):
        when = paid
        rows.append(("pair", rng.choice(["Payment date", "Date paid", "Date of payment"] if status in (None, "success")
                                        else ["Payment date", "Date of payment"]),
                     _day_first(rng, when) + " " + clock(rng, False)))
    rows.append(("small", "It may take up to 3 working days for this payment to show on your account."
                 if status != "failed" else "Please try again or use another card."))
    truth = truth_fields(utility, total, currency, txn, when, method if method_printed else None, status)
    accent = {"Thames Water": (0, 94, 184), "Severn Trent": (0, 120, 170), "Anglian Water": (0, 140, 90),
              "Yorkshire Water": (0, 90, 160), "Sydney Water": (0, 100, 180), "Yarra Valley Water": (0, 130, 150)}[utility]
    return rows, truth, dict(SCREEN, width=620, accent=accent, screen=rng.random() < 0.5)


# ---------------------------------------------------------------- 6 B&Q / Screwfix card-terminal slip


def diy_card_slip(rng: random.Random, font: str):
    """A card-terminal slip from a B&Q / Screwfix / Wickes / Toolstation store in pounds or a Woodie's in Ireland in
    euros, *** MERCHANT COPY *** / ** CUSTOMER COPY ** / CARDHOLDER COPY: TID / MID / AID / PAN SEQ NO (never the
    id), a day-first date and time, the card scheme and masked number, CONTACTLESS in a share, SALE, AMOUNT / SALE
    AMOUNT / TOTAL, PIN VERIFIED / NO CARDHOLDER VERIFICATION / a signature line, AUTH CODE / AUTH NO in a share,
    AUTHORISED / APPROVED / DECLINED in a share (no approval code on a declined slip)."""
    shop = rng.choice(["B&Q", "Screwfix", "Wickes", "Toolstation", "Woodie's"])
    mark, currency = ("€", "EUR") if shop == "Woodie's" else ("£", "GBP")
    total = price(rng, 4.5, 650)
    address = {"B&Q": ["WINWICK QUAY, WARRINGTON WA2 8TA", "CRICKLEWOOD BROADWAY, LONDON NW2 6LN"],
               "Screwfix": ["UNIT 4, TRADE PARK, LEEDS LS11 5SP", "MEADOW LANE, NOTTINGHAM NG2 3HL"],
               "Wickes": ["PENARTH ROAD, CARDIFF CF11 8TW", "BRISTOL ROAD, GLOUCESTER GL2 5YB"],
               "Toolstation": ["RIVERSIDE WAY, NORTHAMPTON NN1 5NX", "ASTON LANE, BIRMINGHAM B6 6BA"],
               "Woodie's": ["SANDYFORD, DUBLIN 18", "BALLINCOLLIG, CO. CORK"]}[shop]
    rows = [("title", shop), ("small", rng.choice(address)),
            ("center", rng.choice(["*** MERCHANT COPY ***", "** CUSTOMER COPY **", "CARDHOLDER COPY"]))]
    if shown(rng, 0.3):
        rows.append(("pair", "TID:", digits(rng, 8)))
        rows.append(("pair", "MID:", "****" + digits(rng, 4)))
    when = None
    if shown(rng, 0.15):
        when = day(rng)
        moment = clock(rng, False)
        if rng.random() < 0.5:
            rows.append(("left", date_text(when, rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d %b %y"])) + "   " + moment))
        else:
            rows.append(("pair", "DATE", date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%y"]))))
            rows.append(("pair", "TIME", moment))
    rows.append(("left", rng.choice(["VISA DEBIT", "VISA", "MASTERCARD", "DEBIT MASTERCARD", "MAESTRO"])))
    rows.append(("left", _masked(rng)))
    if shown(rng, 0.5):
        rows.append(("pair", "PAN SEQ NO:", "0" + str(rng.randint(0, 2))))
    if shown(rng, 0.5):
        rows.append(("pair", "AID:", rng.choice(["A0000000031010", "A0000000041010", "A0000000032010"])))
    if shown(rng, 0.5):
        rows.append(("left", "CONTACTLESS"))
    rows.append(("center", "SALE"))
    rows.append(("pair", rng.choice(["AMOUNT", "SALE AMOUNT", "TOTAL"]), f"{mark}{total:,.2f}"))
    roll = rng.random()
    txn = status = None
    if roll < 0.12:
        status = "failed"
        rows.append(("center", rng.choice(["DECLINED", "** DECLINED **"])))
        rows.append(("small", "CARD NOT CHARGED"))
    else:
        rows.append(("left", rng.choice(["PIN VERIFIED", "NO CARDHOLDER VERIFICATION", "PLEASE DEBIT MY ACCOUNT"])))
        if rows[-1][1] == "PLEASE DEBIT MY ACCOUNT":
            rows.append(("left", "SIGNATURE ______________"))
        auth = digits(rng, 6) if rng.random() < 0.6 else code(rng, 6, ALNUM)
        if optional_pair(rng, rows, ["AUTH CODE:", "AUTH CODE", "AUTH NO:"], auth, 0.3):
            txn = auth
        if shown(rng, 0.4):
            status = "success"
            rows.append(("center", rng.choice(["AUTHORISED", "APPROVED", "TRANSACTION APPROVED"])))
    rows.append(("center", rng.choice(["PLEASE RETAIN FOR YOUR RECORDS", "THANK YOU", "KEEP THIS COPY"])))
    truth = truth_fields(shop, total, currency, txn, when, "card", status)
    return rows, truth, dict(TILL, width=440)


# ---------------------------------------------------------------- 7 Pick n Pay / Checkers South African till


def za_supermarket_till(rng: random.Random, font: str):
    """A Pick n Pay / Checkers / Shoprite / Woolworths till in rand: the mall and town, VAT NO (never the id), TAX
    INVOICE, a date line year first (2025/03/12) or day first, items, a loyalty saving (Smart Shopper / Xtra
    Savings / WRewards) taken off with YOU SAVED, TOTAL / TOTAL DUE / AMOUNT DUE as R 1 234.56 or R1,234.56, VAT 15%
    INCL, CASH and CHANGE or a card (CREDIT CARD / DEBIT CARD / VISA / MASTERCARD) with AUTH CODE / APPROVAL CODE and
    APPROVED in a share, else SLIP NO / RECEIPT NO / TRANS NO."""
    chain = rng.choice(["Pick n Pay", "Checkers", "Shoprite", "Woolworths"])
    catalogue = [("WHITE BREAD 700G", 18.99), ("CLOVER FULL CREAM MILK 2L", 36.99), ("JUNGLE OATS 1KG", 44.99),
                 ("SIMBA CHIPS 120G", 21.99), ("BOEREWORS 1KG", 99.99), ("ROOIBOS TEA 80S", 49.99),
                 ("MRS BALLS CHUTNEY 470G", 37.99), ("COCA-COLA 2L", 26.99), ("BANANAS 1KG", 24.99),
                 ("MAIZE MEAL 5KG", 69.99), ("FREE RANGE EGGS 18", 72.99), ("CHEDDAR CHEESE 900G", 129.99)]
    items = [(name, rng.randint(1, 3), value) for name, value in rng.sample(catalogue, rng.randint(2, 6))]
    gross = round(sum(qty * value for _, qty, value in items), 2)
    saving = round(rng.choice([0, 0, 5, 10, 15.5]), 2)
    total = round(gross - saving, 2)
    spaced = rng.random() < 0.5

    def rand(value: float) -> str:
        text = money(value, "western")
        return "R " + text.replace(",", " ") if spaced else "R" + text

    rows = [("title", chain),
            ("small", rng.choice(["CAVENDISH SQUARE, CLAREMONT 7708", "SANDTON CITY, SANDTON 2196",
                                  "GATEWAY, UMHLANGA 4319", "MENLYN PARK, PRETORIA 0181"])),
            ("small", "VAT NO: 4" + digits(rng, 9)), ("center", "TAX INVOICE")]
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        rows.append(("left", date_text(when, rng.choice(["%Y/%m/%d", "%Y-%m-%d", "%d/%m/%Y", "%d %b %Y"]))
                     + "  " + clock(rng, False)))
    rows.append(("rule",))
    for name, qty, value in items:
        rows.append(("left", name))
        rows.append(("pair", f"   {qty} @ {value:.2f}", f"{qty * value:,.2f}"))
    if saving:
        rows.append(("pair", {"Pick n Pay": "SMART SHOPPER SAVING", "Checkers": "XTRA SAVINGS",
                              "Shoprite": "XTRA SAVINGS", "Woolworths": "WREWARDS SAVING"}[chain], f"-{saving:.2f}"))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["TOTAL", "TOTAL DUE", "AMOUNT DUE"]), rand(total)))
    rows.append(("pair", "VAT 15% INCL", f"{round(total * 15 / 115, 2):,.2f}"))
    tender, method = rng.choice([("CASH", "cash"), ("CREDIT CARD", "card"), ("DEBIT CARD", "card"), ("VISA", "card"),
                                 ("MASTERCARD", "card")])
    method_printed = shown(rng, 0.15)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [50, 100, 200, 500, 1000])
            rows.append(("pair", "CASH", rand(given)))
            rows.append(("pair", "CHANGE", rand(given - total)))
        else:
            rows.append(("pair", tender, rand(total)))
            rows.append(("left", "CARD NO: " + _masked(rng)))
            auth = digits(rng, 6)
            if optional_pair(rng, rows, ["AUTH CODE", "APPROVAL CODE"], auth, 0.35):
                txn = auth
            if shown(rng, 0.5):
                status = "success"
                rows.append(("center", "APPROVED"))
    if saving:
        rows.append(("center", f"YOU SAVED {rand(saving)}"))
    if txn is None:
        slip = digits(rng, rng.choice([4, 6, 10]))
        if optional_pair(rng, rows, ["SLIP NO", "RECEIPT NO", "TRANS NO"], slip, 0.3):
            txn = slip
    rows.append(("center", rng.choice(["THANK YOU FOR SHOPPING WITH US", "KEEP YOUR SLIP FOR RETURNS", "ENJOY!"])))
    truth = truth_fields(chain, total, "ZAR", txn, when, method if method_printed else None, status)
    return rows, truth, dict(TILL)


# ---------------------------------------------------------------- 8 charity donation receipt


def donation_receipt(rng: random.Random, font: str):
    """A donation receipt from a UK charity in pounds (registered charity number, Gift Aid), a US one in dollars
    (EIN, no goods or services) or an Indian one in rupees (PAN, 80G): donor, Donation amount / Amount donated /
    Total donation / Amount, One-off / Single / Monthly with a Next payment date (never the day paid), Donation ID /
    Donation reference / Receipt No. / Transaction ID in a share, Payment method / Paid by / Payment mode, Donation
    date / Date of donation / Payment date / Date in a share, Payment successful / Donation successful in a share."""
    country = rng.choice(["UK", "UK", "US", "IN"])
    charity = rng.choice({"UK": ["British Red Cross", "Oxfam GB", "Cancer Research UK", "Macmillan Cancer Support"],
                          "US": ["American Red Cross", "UNICEF USA", "St. Jude Children's Research Hospital"],
                          "IN": ["HelpAge India", "CRY - Child Rights and You", "Akshaya Patra Foundation"]}[country])
    rows = [("title", charity), ("center", rng.choice(["Donation Receipt", "Receipt for your donation",
                                                       "Official Donation Receipt"]))]
    if country == "UK":
        rows.append(("small", "Registered charity number " + digits(rng, rng.choice([6, 7]))))
        amount = float(rng.choice([5, 10, 20, 25, 50, 100, 250])) if rng.random() < 0.7 else price(rng, 3, 500)
        shown_amount = f"£{amount:,.2f}"
        currency = "GBP"
    elif country == "US":
        rows.append(("small", "Tax ID (EIN): " + digits(rng, 2) + "-" + digits(rng, 7)))
        amount = float(rng.choice([10, 25, 50, 100, 250, 500, 1000])) if rng.random() < 0.7 else price(rng, 10, 900)
        shown_amount = f"${amount:,.2f}" + (" USD" if rng.random() < 0.4 else "")
        currency = "USD"
    else:
        rows.append(("small", "PAN: " + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER)))
        amount = float(rng.choice([500, 1000, 1500, 2500, 5000, 10000, 25000]))
        shown_amount = rng.choice([rupee(font), "Rs. ", "INR "]) + money(amount, "indian")
        currency = "INR"
    status = None
    if shown(rng, 0.65):
        status = "success"
        rows.append(("center", rng.choice(["Payment successful", "Donation successful"])) if rng.random() < 0.6
                    else ("pair", "Payment status", "Successful"))
    rows.append(("pair", rng.choice(["Donor", "Donor name", "Name"]),
                 rng.choice(["Mrs Helen Carter", "Mr David Owens", "Priya Raman", "Thomas Reid", "Anjali Mehta"])))
    rows.append(("rule",))
    rows.append(("pair", rng.choice(["Donation amount", "Amount donated", "Total donation", "Amount"]), shown_amount))
    given = day(rng)
    monthly = rng.random() < 0.35
    rows.append(("pair", rng.choice(["Type", "Frequency"]), "Monthly" if monthly else rng.choice(["One-off", "Single"])))
    us = country == "US"
    if monthly and shown(rng, 0.4):
        later = given + dt.timedelta(days=30)
        rows.append(("pair", "Next payment date", _us_date(rng, later) if us else _day_first(rng, later)))
    if country == "UK" and shown(rng, 0.5):
        rows.append(("pair", "Gift Aid", rng.choice(["Yes - declaration held", "Not claimed"])))
    pays = {"UK": [("Debit card", "card"), ("Credit card", "card"), ("Visa ending " + digits(rng, 4), "card"),
                   ("PayPal", "wallet"), ("Apple Pay", "wallet")],
            "US": [("Visa ending " + digits(rng, 4), "card"), ("Mastercard ending " + digits(rng, 4), "card"),
                   ("American Express ending " + digits(rng, 4), "card"), ("PayPal", "wallet")],
            "IN": [("UPI", "UPI"), ("Net Banking", "netbanking"), ("Credit Card", "card"), ("Debit Card", "card")]}
    pay, method = rng.choice(pays[country])
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid by", "Payment mode"], pay, 0.25)
    txn = None
    ref = rng.choice(["DN" + digits(rng, 8), digits(rng, 10), code(rng, 3, UPPER) + "-" + digits(rng, 7)])
    if optional_pair(rng, rows, ["Donation ID", "Donation reference", "Receipt No.", "Transaction ID"], ref, 0.25):
        txn = ref
    when = None
    if shown(rng, 0.35):
        when = given
        rows.append(("pair", rng.choice(["Donation date", "Date of donation", "Payment date", "Date"]),
                     _us_date(rng, when) if us else _day_first(rng, when)))
    rows.append(("small", {"UK": "Please keep this receipt for your records.",
                           "US": "No goods or services were provided in exchange for this contribution.",
                           "IN": "Eligible for deduction under Section 80G of the Income Tax Act, 1961."}[country]))
    truth = truth_fields(charity, amount, currency, txn, when, method if method_printed else None, status)
    return rows, truth, {"width": 660, "size": 19, "paper": (255, 255, 252), "accent": (170, 20, 40)}


# ---------------------------------------------------------------- 9 Spotify / Netflix subscription receipt


def streaming_receipt(rng: random.Random, font: str):
    """A Spotify / Netflix / Disney+ subscription receipt e-mail in dollars (sales tax in a share), pounds, euros
    (Ireland) or rupees (Spotify, Netflix): the plan, Billing period / Service period and Next billing date / Renews on
    (never the day paid), Subtotal and Tax, Total / Total charged / Amount charged / Total paid, VAT or GST included,
    Payment method / Paid with / Charged to (a card, PayPal, UPI), Order ID / Invoice number / Receipt number /
    Transaction ID in a share, Date / Payment date / Date paid / Billed on in a share, Paid / Payment successful /
    Payment failed / Payment declined in a share."""
    service = rng.choice(["Spotify", "Netflix", "Disney+"])
    region = rng.choice(["US", "UK", "IE"] + (["IN"] if service != "Disney+" else []))
    plans = {"Spotify": {"US": [("Premium Individual", 11.99), ("Premium Duo", 16.99), ("Premium Family", 19.99)],
                         "UK": [("Premium Individual", 11.99), ("Premium Duo", 16.99), ("Premium Family", 19.99)],
                         "IE": [("Premium Individual", 10.99), ("Premium Duo", 14.99), ("Premium Family", 17.99)],
                         "IN": [("Premium Individual", 119.0), ("Premium Duo", 149.0), ("Premium Family", 179.0)]},
             "Netflix": {"US": [("Standard with ads", 7.99), ("Standard", 17.99), ("Premium", 24.99)],
                         "UK": [("Standard with ads", 5.99), ("Standard", 12.99), ("Premium", 18.99)],
                         "IE": [("Standard with ads", 6.99), ("Standard", 14.99), ("Premium", 20.99)],
                         "IN": [("Mobile", 149.0), ("Basic", 199.0), ("Premium", 649.0)]},
             "Disney+": {"US": [("Basic", 9.99), ("Premium", 15.99)], "UK": [("Standard with Ads", 4.99),
                                                                        ("Standard", 8.99), ("Premium", 12.99)],
                         "IE": [("Standard with Ads", 5.99), ("Standard", 10.99), ("Premium", 13.99)]}}
    plan, price_ = rng.choice(plans[service][region])
    currency = {"US": "USD", "UK": "GBP", "IE": "EUR", "IN": "INR"}[region]
    tax = round(price_ * rng.choice([0.0625, 0.08, 0.0875]), 2) if region == "US" and rng.random() < 0.5 else 0.0
    total = round(price_ + tax, 2)

    def fmt(value: float) -> str:
        if region == "IN":
            return rng.choice([rupee(font), "Rs. ", "INR "]) + money(value, "indian")
        mark = {"US": "$", "UK": "£", "IE": "€"}[region]
        return f"{mark}{value:,.2f}" + (f" {currency}" if region == "US" and rng.random() < 0.4 else "")

    pattern = rng.choice(US_DATES if region == "US" else ["%d/%m/%Y", "{d} %B %Y", "%d %b %Y"])

    def date_of(when: dt.date) -> str:
        return date_text(when, pattern)

    status = None
    if shown(rng, 0.6):
        status, words = _outcome(rng, {"success": ["Paid", "Payment successful"],
                                       "failed": ["Payment failed", "Payment declined"]})
    rows = [("title", service), ("center", rng.choice(["Your receipt", "Payment receipt", "Receipt"] if status != "failed"
                                                      else ["Payment details", "Your subscription"]))]
    if status:
        rows.append(("center", words) if rng.random() < 0.6 else
                    ("pair", "Status", {"success": "Paid", "failed": "Failed"}[status]))
    rows.append(("pair", "Plan", plan))
    start = day(rng)
    end = start + dt.timedelta(days=30)
    rows.append(("pair", rng.choice(["Billing period", "Service period"]), date_of(start) + " - " + date_of(end)))
    rows.append(("rule",))
    if tax:
        rows.append(("pair", "Subtotal", fmt(price_)))
        rows.append(("pair", "Tax", fmt(tax)))
    settled = status != "failed"
    rows.append(("pair", rng.choice(["Total", "Total charged", "Amount charged", "Total paid"] if settled else ["Total"]),
                 fmt(total)))
    if region in ("UK", "IE"):
        rate = 0.20 if region == "UK" else 0.23
        rows.append(("small", f"Includes VAT ({rate * 100:.0f}%) of {fmt(round(total * rate / (1 + rate), 2))}"))
    elif region == "IN":
        rows.append(("small", "Price includes GST at 18%"))
    pays = [("Visa •••• " + digits(rng, 4), "card"), ("Mastercard ending in " + digits(rng, 4), "card"),
            ("American Express •••• " + digits(rng, 4), "card"), ("PayPal", "wallet")]
    if region == "IN":
        pays = [("UPI", "UPI"), ("Visa •••• " + digits(rng, 4), "card"), ("Mastercard ending in " + digits(rng, 4), "card")]
    pay, method = rng.choice(pays)
    method_printed = optional_pair(rng, rows, ["Payment method", "Paid with", "Charged to"] if settled
                                   else ["Payment method"], pay, 0.25)
    txn = None
    ref = {"Spotify": "P" + digits(rng, 10), "Netflix": code(rng, 4, UPPER) + "-" + digits(rng, 8),
           "Disney+": digits(rng, 12)}[service]
    if optional_pair(rng, rows, ["Order ID", "Invoice number", "Receipt number", "Transaction ID"], ref, 0.3):
        txn = ref
    when = None
    if shown(rng, 0.45):
        when = start
        rows.append(("pair", rng.choice(["Date", "Payment date", "Date paid", "Billed on"] if settled
                                        else ["Date", "Payment date"]), date_of(when)))
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["Next billing date", "Renews on"]), date_of(end + dt.timedelta(days=1))))
    rows.append(("small", "Manage your subscription any time in your account settings."))
    truth = truth_fields(service, total, currency, txn, when, method if method_printed else None, status)
    accent = {"Spotify": (30, 185, 84), "Netflix": (229, 9, 20), "Disney+": (17, 60, 207)}[service]
    style = dict(SCREEN, width=600, accent=accent, screen=rng.random() < 0.5)
    if rng.random() < 0.25:
        style.update(paper=(18, 18, 18), ink=(236, 236, 236))
    return rows, truth, style


# ---------------------------------------------------------------- 10 Migros / BİM Turkish market fiş


def tr_market_fis(rng: random.Random, font: str):
    """A Migros / BİM / A101 / ŞOK till receipt (fiş) in Turkish lira: district / city, V.D. and VKN (never the id),
    TARİH / SAAT day first (12.03.2025 or 12/03/2025), items with their KDV rate (%1 / %10 / %20) and a star before
    each sum, TOPKDV, TOPLAM as *1.234,56 TL / 1.234,56 TL / TL 1.234,56, NAKİT and PARA ÜSTÜ or KREDİ KARTI /
    BANKA KARTI with a masked KART NO and ONAY KODU / ONAY NO / PROVİZYON NO in a share, else FİŞ NO / BELGE NO; a
    Migros Money line."""
    chain = rng.choice(["Migros", "BİM", "A101", "ŞOK"])
    catalogue = [("EKMEK 250 G", 10.00, 1), ("SÜT 1 L", 32.50, 1), ("BEYAZ PEYNİR 500 G", 149.90, 1),
                 ("DOMATES KG", 39.90, 1), ("ÇAY 1000 G", 189.00, 1), ("YUMURTA 15'Lİ", 79.50, 1),
                 ("MAKARNA 500 G", 21.75, 1), ("AYRAN 1 L", 27.90, 1), ("DETERJAN 4 KG", 219.00, 20),
                 ("ŞAMPUAN 500 ML", 89.95, 20), ("KOLA 2,5 L", 54.90, 10)]
    items = [(name, rng.randint(1, 2), value, rate) for name, value, rate in rng.sample(catalogue, rng.randint(2, 6))]
    total = round(sum(qty * value for _, qty, value, _ in items), 2)
    kdv = round(sum(qty * value * rate / (100 + rate) for _, qty, value, rate in items), 2)

    def lira(value: float) -> str:
        return "*" + money(value, "european")

    rows = [("title", chain),
            ("small", rng.choice(["ATAŞEHİR / İSTANBUL", "KIZILAY / ANKARA", "KONAK / İZMİR", "NİLÜFER / BURSA"])),
            ("small", "V.D.: " + rng.choice(["BÜYÜK MÜKELLEFLER", "KOZYATAĞI", "ÇANKAYA"]) + "  VKN: " + digits(rng, 10))]
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        text = date_text(when, rng.choice(["%d.%m.%Y", "%d/%m/%Y"]))
        if rng.random() < 0.5:
            rows.append(("pair", "TARİH: " + text, "SAAT: " + clock(rng, False)))
        else:
            rows.append(("left", f"TARİH: {text}  SAAT: {clock(rng, False)}"))
    rows.append(("rule",))
    for name, qty, value, rate in items:
        label = name if qty == 1 else f"{qty} AD X {money(value, 'european')} {name}"
        rows.append(("pair", f"{label}  %{rate:02d}", lira(qty * value)))
    rows.append(("rule",))
    rows.append(("pair", "TOPKDV", lira(kdv)))
    shown_total = rng.choice([lira(total) + " TL", money(total, "european") + " TL", "TL " + money(total, "european")])
    rows.append(("pair", "TOPLAM", shown_total))
    tender, method = rng.choice([("NAKİT", "cash"), ("NAKİT", "cash"), ("KREDİ KARTI", "card"), ("BANKA KARTI", "card")])
    method_printed = shown(rng, 0.15)
    txn = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [50, 100, 200, 500, 1000])
            rows.append(("pair", "NAKİT", lira(given)))
            rows.append(("pair", "PARA ÜSTÜ", lira(given - total)))
        else:
            rows.append(("pair", tender, lira(total)))
            rows.append(("left", "KART NO: " + _masked(rng)))
            approval = digits(rng, 6)
            if optional_pair(rng, rows, ["ONAY KODU", "ONAY NO", "PROVİZYON NO"], approval, 0.35):
                txn = approval
    if txn is None:
        number = f"{rng.randint(1, 9999):04d}"
        if optional_pair(rng, rows, ["FİŞ NO", "FİŞ NO:", "BELGE NO"], number, 0.25):
            txn = number
    if chain == "Migros" and shown(rng, 0.5):
        rows.append(("left", f"MONEY KAZANCINIZ: {money(round(total * 0.01, 2), 'european')} TL"))
    rows.append(("center", rng.choice(["BİZİ TERCİH ETTİĞİNİZ İÇİN TEŞEKKÜRLER", "İYİ GÜNLER DİLERİZ", "TEŞEKKÜRLER"])))
    truth = truth_fields(chain, total, "TRY", txn, when, method if method_printed else None, None)
    return rows, truth, dict(TILL, width=480)


# ---------------------------------------------------------------- 11 LuLu / Spinneys UAE hypermarket till


def uae_hypermarket_till(rng: random.Random, font: str):
    """A LuLu Hypermarket / Spinneys / Union Coop / Choithrams till in dirhams: area and emirate, TRN (never the id),
    TAX INVOICE, Date day first (12/03/2025 14:22 or 12-Mar-2025 02:22 PM), items, Sub Total (Excl. VAT), VAT 5%,
    Total / Net Total / Total Amount as AED 123.45 / Dhs 123.45 / 123.45 AED or bare under Total (AED), CASH and CHANGE
    or VISA / MASTERCARD / CREDIT CARD / DEBIT CARD / APPLE PAY with APPROVAL CODE / AUTH CODE / APPR. CODE and APPROVED
    in a share, else Invoice No / Bill No / Receipt No; a loyalty line."""
    chain = rng.choice(["LuLu Hypermarket", "Spinneys", "Union Coop", "Choithrams"])
    catalogue = [("ALMARAI FULL FAT MILK 2L", 12.50), ("AL AIN WATER 1.5L X6", 9.95), ("BASMATI RICE 5KG", 42.75),
                 ("ARABIC BREAD KHUBZ", 3.50), ("DATES KHALAS 1KG", 28.00), ("NIDO MILK POWDER 900G", 47.25),
                 ("TIDE DETERGENT 3KG", 36.95), ("CHICKEN BREAST 1KG", 26.50), ("LABNEH 400G", 11.75),
                 ("ORANGE JUICE 1L", 8.95)]
    items = [(name, rng.randint(1, 3), value) for name, value in rng.sample(catalogue, rng.randint(2, 6))]
    total = round(sum(qty * value for _, qty, value in items), 2)
    vat = round(total * 5 / 105, 2)
    rows = [("title", chain),
            ("small", rng.choice(["AL BARSHA, DUBAI", "MUSHRIF MALL, ABU DHABI", "AL WASL RD, DUBAI",
                                  "AL MAJAZ, SHARJAH"])),
            ("small", "TRN: 100" + digits(rng, 12)), ("center", "TAX INVOICE")]
    when = None
    if shown(rng, 0.2):
        when = day(rng)
        rows.append(("pair", "Date", rng.choice([date_text(when, "%d/%m/%Y") + " " + clock(rng, False),
                                                 date_text(when, "%d-%b-%Y") + " " + clock(rng, True)])))
    rows.append(("rule",))
    for name, qty, value in items:
        rows.append(("pair", f"{qty} x {name}", f"{qty * value:,.2f}"))
    rows.append(("rule",))
    rows.append(("pair", "Sub Total (Excl. VAT)", f"{total - vat:,.2f}"))
    rows.append(("pair", "VAT 5%", f"{vat:,.2f}"))
    label = rng.choice(["Total", "Net Total", "Total Amount", "Total (AED)"])
    value = f"{total:,.2f}" if label == "Total (AED)" else rng.choice([f"AED {total:,.2f}", f"Dhs {total:,.2f}",
                                                                         f"{total:,.2f} AED"])
    rows.append(("pair", label, value))
    tender, method = rng.choice([("CASH", "cash"), ("VISA", "card"), ("MASTERCARD", "card"), ("CREDIT CARD", "card"),
                                 ("DEBIT CARD", "card"), ("APPLE PAY", "wallet")])
    method_printed = shown(rng, 0.15)
    txn = status = None
    if method_printed:
        if method == "cash":
            given = _change(rng, total, [50, 100, 200, 500])
            rows.append(("pair", "CASH", f"{given:,.2f}"))
            rows.append(("pair", "CHANGE", f"{given - total:,.2f}"))
        else:
            rows.append(("pair", tender, f"{total:,.2f}"))
            if method == "card":
                rows.append(("left", "CARD: " + _masked(rng)))
            approval = digits(rng, 6)
            if optional_pair(rng, rows, ["APPROVAL CODE", "AUTH CODE", "APPR. CODE"], approval, 0.35):
                txn = approval
            if shown(rng, 0.5):
                status = "success"
                rows.append(("center", "APPROVED"))
    if txn is None:
        number = rng.choice(["", "INV"]) + digits(rng, rng.choice([8, 10]))
        if optional_pair(rng, rows, ["Invoice No", "Bill No", "Receipt No"], number, 0.3):
            txn = number
    if shown(rng, 0.5):
        rows.append(("left", {"LuLu Hypermarket": "Happiness points earned: ", "Spinneys": "Spinneys Rewards points: ",
                              "Union Coop": "Tamayaz points: ", "Choithrams": "Loyalty points: "}[chain]
                     + str(max(1, int(total // 10)))))
    rows.append(("center", rng.choice(["THANK YOU FOR SHOPPING", "PRICES INCLUSIVE OF VAT", "VISIT AGAIN"])))
    truth = truth_fields(chain, total, "AED", txn, when, method if method_printed else None, status)
    return rows, truth, dict(TILL, width=480)


# ---------------------------------------------------------------- 12 Hertz / Avis car rental receipt


def car_rental_receipt(rng: random.Random, font: str):
    """A Hertz / Avis / Enterprise / Sixt rental receipt in US dollars (airport fees and sales tax), pounds (VAT
    included) or euros (Germany, MwSt. / VAT 19% included, "1.234,56 €"): renter, vehicle, Pick-up / Pickup and Return
    / Drop-off with their dates (never the day paid), days at the daily rate, fees, Total charges / Total / Amount
    charged / Total paid, Paid by / Payment method / Charged to (a card), Rental agreement no. / RA number /
    Confirmation no. in a share, Payment date / Date charged / Charged on in a share, PAID / Paid in full in a
    share."""
    brand = rng.choice(["Hertz", "Avis", "Enterprise", "Sixt"])
    region = rng.choice(["US", "US", "UK", "DE"])
    days = rng.randint(1, 9)
    rate = {"US": rng.choice([39.99, 54.5, 72.0, 89.99]), "UK": rng.choice([32.0, 45.5, 61.99]),
            "DE": rng.choice([29.0, 44.9, 67.5])}[region]
    base = round(days * rate, 2)
    shown_rate = money(rate, "european") if region == "DE" else f"{rate:.2f}"
    charges = [(f"Time & mileage ({days} day{'s' if days > 1 else ''} @ {shown_rate})", base)]
    if region == "US":
        charges.append(("Concession recovery fee 11.1%", round(base * 0.111, 2)))
        charges.append((f"Customer facility charge ({days} x 6.00)", round(6.0 * days, 2)))
        subtotal = round(sum(v for _, v in charges), 2)
        charges.append(("Sales tax 8.25%", round(subtotal * 0.0825, 2)))
    elif rng.random() < 0.4:
        charges.append(("Premium location fee", round(rng.choice([18.5, 24.0, 31.0]), 2)))
    if rng.random() < 0.3:
        charges.append(("Refuelling charge", round(rng.uniform(25, 70), 2)))
    total = round(sum(v for _, v in charges), 2)
    currency = {"US": "USD", "UK": "GBP", "DE": "EUR"}[region]

    def fmt(value: float) -> str:
        if region == "DE":
            return money(value, "european") + " €"
        return ("$" if region == "US" else "£") + f"{value:,.2f}"

    pattern = {"US": rng.choice(US_DATES), "UK": rng.choice(["%d/%m/%Y", "%d %b %Y"]), "DE": "%d.%m.%Y"}[region]

    def date_of(when: dt.date) -> str:
        return date_text(when, pattern)

    places = {"US": ["Los Angeles Intl Airport (LAX), CA 90045", "Orlando Intl Airport (MCO), FL 32827",
                     "Denver Intl Airport (DEN), CO 80249"],
              "UK": ["London Heathrow Airport, TW6 2GW", "Manchester Airport, M90 3RA", "Edinburgh Waverley, EH1 1BB"],
              "DE": ["Flughafen München (MUC), 85356", "Berlin Hauptbahnhof, 10557", "Flughafen Frankfurt (FRA), 60549"]}
    place = rng.choice(places[region])
    rows = [("title", brand), ("center", rng.choice(["Rental Receipt", "Final Rental Receipt", "Receipt"]))]
    status = None
    if shown(rng, 0.6):
        status = "success"
        rows.append(("center", rng.choice(["PAID", "Paid in full"])))
    rows.append(("pair", rng.choice(["Renter", "Customer", "Driver"]),
                 rng.choice(["Michael Turner", "Sarah Lopez", "James O'Neill", "Katrin Weber", "Daniel Brooks"])))
    txn = None
    ref = rng.choice([digits(rng, 9), code(rng, 2, UPPER) + digits(rng, 8), digits(rng, 10) + code(rng, 2, UPPER)])
    if optional_pair(rng, rows, ["Rental agreement no.", "RA number", "Confirmation no."], ref, 0.3):
        txn = ref
    rows.append(("pair", "Vehicle", rng.choice(["Toyota Corolla or similar", "VW Golf or similar", "Ford Explorer",
                                                "Nissan Altima", "BMW 1 Series"])))
    pickup = day(rng)
    returned = pickup + dt.timedelta(days=days)
    rows.append(("pair", rng.choice(["Pick-up", "Pickup"]), date_of(pickup) + " " + clock(rng, region == "US")))
    rows.append(("small", place))
    rows.append(("pair", rng.choice(["Return", "Drop-off"]), date_of(returned) + " " + clock(rng, region == "US")))
    if shown(rng, 0.5):
        rows.append(("pair", "Distance driven", f"{rng.randint(40, 1400)} {'mi' if region == 'US' else 'km'}"))
    rows.append(("rule",))
    for name, value in charges:
        rows.append(("pair", name, fmt(value)))
    rows.append(("pair", rng.choice(["Total charges", "Total", "Amount charged", "Total paid"]), fmt(total)))
    if region == "UK":
        rows.append(("small", f"Includes VAT at 20%: {fmt(round(total / 6, 2))}"))
    elif region == "DE":
        rows.append(("small", f"Enthält MwSt. 19%: {fmt(round(total * 19 / 119, 2))}"))
    pay = rng.choice(["Visa ending " + digits(rng, 4), "Mastercard XXXX" + digits(rng, 4),
                      "American Express ****" + digits(rng, 4), "Debit card ending " + digits(rng, 4)])
    method_printed = optional_pair(rng, rows, ["Paid by", "Payment method", "Charged to"], pay, 0.2)
    when = None
    if shown(rng, 0.55):
        when = returned
        rows.append(("pair", rng.choice(["Payment date", "Date charged", "Charged on"]), date_of(when)))
    rows.append(("small", "Questions about your rental? Please keep this receipt."))
    truth = truth_fields(brand, total, currency, txn, when, "card" if method_printed else None, status)
    accent = {"Hertz": (30, 30, 30), "Avis": (212, 0, 42), "Enterprise": (0, 120, 60), "Sixt": (255, 95, 0)}[brand]
    return rows, truth, {"width": 660, "size": 19, "paper": (255, 255, 255), "accent": accent}
