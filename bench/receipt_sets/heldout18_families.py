"""The twelve heldout18 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import (
    clock, code, date_text, day, digits, money, optional_pair, price, shown,
)

SCREEN = {"screen": True, "paper": (255, 255, 255), "width": 560, "size": 21}
ISO_DATES = ["%d/%m/%Y", "{d} %b %Y", "%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"]
US_DATES = ["%m/%d/%Y", "%b {d}, %Y", "%B {d}, %Y", "%Y-%m-%d", "%m-%d-%y"]


def _truth(merchant, amount, currency, txn, date, method, status) -> dict:
    return {
        "merchant_name": merchant, "amount": f"{amount:.2f}" if amount is not None else None,
        "currency": currency, "transaction_id": txn, "date": date.isoformat() if date else None,
        "payment_method": method, "status": status,
    }


def _outcome(rng: random.Random, words: dict[str, list[str]], p_none: float = 0.15) -> tuple[str | None, str]:
    """An outcome and its printed wording; None (nothing printed) in a share of receipts."""
    if rng.random() < p_none:
        return None, ""
    status = rng.choices(["success", "failed", "pending"], [0.76, 0.12, 0.12])[0]
    return status, rng.choice(words[status])


def promptpay_slip(rng: random.Random, font: str):
    """A Thai mobile-banking PromptPay transfer slip."""
    bank = rng.choice(["Siam Commercial Bank", "Kasikornbank", "Krungthai NEXT", "Bangkok Bank Mobile"])
    payee = rng.choice(["Baan Suan Coffee", "Chai Motor Service", "Nong Mai Fruit Shop", "Somchai Noodles"])
    amount, when = price(rng, 40, 9000, 1 if shown(rng, 0.5) else 0.25), day(rng)
    status, words = _outcome(rng, {"success": ["Transfer successful", "Successful"],
                                   "failed": ["Transfer failed"], "pending": ["Processing"]})
    ref = code(rng, rng.choice([18, 20]), "0123456789ABCDEF")
    rows = [("title", bank), ("center", words or "PromptPay transfer"), ("gap",)]
    rows += [("left", date_text(when, rng.choice(ISO_DATES)) + " " + clock(rng, False)), ("rule",)]
    rows += [("pair", "From", rng.choice(["Mr. Anan K.", "Ms. Ploy S.", "Mr. Kittipong W."])),
             ("small", "xxx-x-x" + digits(rng, 4) + "-x"), ("pair", rng.choice(["To", "Recipient"]), payee),
             ("small", "PromptPay " + "xxx-xxx-" + digits(rng, 4)), ("rule",)]
    unit, label = rng.choice(["Baht", "THB"]), rng.choice(["Amount", "Amount (THB)"])
    rows.append(("pair", label, money(amount, "western") + ("" if "THB" in label else " " + unit)))
    rows.append(("pair", "Fee", "0.00 " + unit))
    printed = optional_pair(rng, rows, ["Transaction ref.", "Ref. No.", "Reference no."], ref, 0.1)
    rows.append(("small", "Scan to verify"))
    return rows, _truth(payee, amount, "THB", ref if printed else None, when, "netbanking", status), dict(
        SCREEN, band=(76, 40, 130) if "Siam" in bank else (20, 120, 70))


def papara_screen(rng: random.Random, font: str):
    """A Turkish Papara wallet payment receipt screen."""
    payee = rng.choice(["Kahve Dunyasi Kadikoy", "Mavi Kirtasiye", "Ozkan Market", "Bilgi Kitabevi"])
    amount, when = price(rng, 25, 6500), day(rng)
    status, words = _outcome(rng, {"success": ["Islem basarili", "Basarili"],
                                   "failed": ["Islem basarisiz"], "pending": ["Beklemede"]})
    txn = digits(rng, 10)
    rows = [("title", "Papara"), ("center", "Odeme dekontu")]
    if words:
        rows.append(("center", words))
    rows.append(("big", money(amount, "european") + rng.choice([" TL", " TRY"])))
    rows += [("rule",), ("pair", rng.choice(["Alici", "Isyeri"]), payee),
             ("pair", "Papara No", digits(rng, 10)),
             ("pair", rng.choice(["Tarih", "Islem tarihi"]), date_text(when, "%d.%m.%Y") + " " + clock(rng, False))]
    printed = optional_pair(rng, rows, ["Islem No", "Referans No", "Dekont No"], txn)
    rows.append(("pair", "Odeme yontemi", "Papara bakiyesi"))
    return rows, _truth(payee, amount, "TRY", txn if printed else None, when, "wallet", status), dict(SCREEN)


def cmi_card_slip(rng: random.Random, font: str):
    """A Moroccan CMI card-terminal slip (French labels)."""
    shop = rng.choice(["LIBRAIRIE AL QALAM", "CAFE ATLAS", "BAZAR TIZNIT", "PHARMACIE IBN SINA"])
    amount, when = price(rng, 20, 4000), day(rng)
    rrn, auth = digits(rng, 12), digits(rng, 6)
    status, words = _outcome(rng, {"success": ["TRANSACTION ACCEPTEE", "PAIEMENT ACCEPTE"],
                                   "failed": ["TRANSACTION REFUSEE"], "pending": ["EN ATTENTE"]}, 0.2)
    rows = [("title", "CMI"), ("center", shop), ("center", rng.choice(["MARRAKECH", "CASABLANCA", "FES"])),
            ("rule",), ("pair", "TPE", digits(rng, 8)), ("pair", "COMMERCANT", digits(rng, 10)),
            ("pair", "CARTE", "**** **** **** " + digits(rng, 4)),
            ("pair", "DATE", date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y"]))), ("pair", "HEURE", clock(rng, False)),
            ("center", "DEBIT"), ("big", money(amount, rng.choice(["european", "plain"])) + rng.choice([" MAD", " DH"]))]
    rrn_shown = optional_pair(rng, rows, ["NUM REF", "RRN", "REF TRANS"], rrn, 0.3)
    auth_shown = optional_pair(rng, rows, ["NUM AUTOR", "AUTORISATION"], auth, 0.3)
    if words:
        rows.append(("center", words))
    rows += [("small", "TICKET CLIENT"), ("small", "A CONSERVER")]
    txn = rrn if rrn_shown else (auth if auth_shown else None)
    return rows, _truth(shop, amount, "MAD", txn, when, "card", status), {"width": 440, "size": 20}


def bit_screen(rng: random.Random, font: str):
    """An Israeli Bit app payment confirmation (English interface)."""
    payee = rng.choice(["Yossi's Falafel", "Dana Cohen", "Tel Aviv Bike Shop", "Shuk Hakarmel Spices"])
    amount, when = price(rng, 10, 3000, rng.choice([1, 0.5, 0.01])), day(rng)
    status, words = _outcome(rng, {"success": ["Payment sent", "Money sent successfully"],
                                   "failed": ["Payment failed"], "pending": ["Payment pending"]})
    txn = code(rng, 9, "0123456789")
    rows = [("title", "bit"), ("center", words or "Payment details"), ("gap",)]
    rows += [("big", rng.choice(["ILS ", "NIS "]) + money(amount, "western")), ("center", "to " + payee)]
    if shown(rng, 0.4):
        rows.append(("center", "Note: " + rng.choice(["lunch", "rent share 3/4", "order 2 of 5"])))
    rows.append(("rule",))
    rows.append(("pair", "Date", date_text(when, rng.choice(["%d/%m/%Y", "%d.%m.%y", "{d} %b %Y"]))))
    printed = optional_pair(rng, rows, ["Reference", "Confirmation no.", "Transaction no."], txn)
    rows.append(("pair", "Charged to", "Bank account ****" + digits(rng, 3)))
    return rows, _truth(payee, amount, "ILS", txn if printed else None, when, "wallet", status), dict(
        SCREEN, band=(20, 160, 170))


def stcpay_screen(rng: random.Random, font: str):
    """A Saudi STC Pay transfer receipt screen."""
    payee = rng.choice(["Al Baik Restaurant", "Jarir Bookstore", "Nahdi Pharmacy", "Panda Olaya"])
    amount, when = price(rng, 5, 5000), day(rng)
    status, words = _outcome(rng, {"success": ["Successful", "Payment completed"],
                                   "failed": ["Failed"], "pending": ["In progress"]})
    txn = "ST" + digits(rng, 14)
    rows = [("title", "stc pay"), ("center", "Receipt"), ("gap",)]
    rows.append(("big", money(amount, "western") + rng.choice([" SAR", " SR"])))
    if words:
        rows.append(("center", words))
    rows += [("rule",), ("pair", rng.choice(["Paid to", "Merchant"]), payee),
             ("pair", "Date", date_text(when, rng.choice(ISO_DATES)) + " " + clock(rng, True))]
    printed = optional_pair(rng, rows, ["Transaction ID", "Reference"], txn)
    rows += [("pair", "VAT incl. 15%", money(round(amount * 15 / 115, 2), "western")),
             ("pair", "Mobile", "05" + digits(rng, 8))]
    return rows, _truth(payee, amount, "SAR", txn if printed else None, when, "wallet", status), dict(
        SCREEN, band=(79, 0, 140))


def mercadopago_comprobante(rng: random.Random, font: str):
    """An Argentine Mercado Pago payment voucher (comprobante de pago)."""
    payee = rng.choice(["Kiosco El Ceibo", "Farmacia Lagomarsino", "Pizzeria Guerrin", "Verduleria Don Tito"])
    amount, when = price(rng, 800, 250000, rng.choice([1, 0.01])), day(rng)
    status, words = _outcome(rng, {"success": ["Pago aprobado", "Aprobado"],
                                   "failed": ["Pago rechazado"], "pending": ["Pago pendiente", "En proceso"]})
    months = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
    shown_date = rng.choice([f"{when.day} {months[when.month - 1]} {when.year}", when.strftime("%d/%m/%Y")])
    op = digits(rng, 11)
    card = rng.random() < 0.4
    rows = [("title", "mercado pago"), ("center", "Comprobante de pago"), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [("big", rng.choice(["$ ", "ARS "]) + money(amount, "european")), ("rule",),
             ("pair", rng.choice(["Para", "Destinatario"]), payee),
             ("pair", "Fecha", shown_date + " " + clock(rng, False) + " hs"),
             ("pair", "Medio de pago", rng.choice(["Tarjeta de debito Visa", "Tarjeta de credito Master"])
              if card else rng.choice(["Dinero en cuenta", "Dinero disponible"]))]
    printed = optional_pair(rng, rows, ["Numero de operacion", "N de operacion", "Operacion"], op, 0.1)
    rows.append(("pair", "CUIT", "30-" + digits(rng, 8) + "-" + digits(rng, 1)))
    return rows, _truth(payee, amount, "ARS", op if printed else None, when,
                        "card" if card else "wallet", status), dict(SCREEN, band=(0, 158, 227))


def yape_screen(rng: random.Random, font: str):
    """A Peruvian Yape payment confirmation screen."""
    payee = rng.choice(["Bodega Dona Rosa", "Polleria El Rancho", "Juan P. Quispe", "Cevicheria Mi Barrunto"])
    amount, when = price(rng, 1, 500, rng.choice([1, 0.1, 0.01])), day(rng)
    txn = digits(rng, 8)
    months = ["ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "set.", "oct.", "nov.", "dic."]
    status = "success" if shown(rng, 0.3) else None
    rows = [("title", "Yape")]
    if status:
        rows.append(("center", rng.choice(["Pago exitoso", "Yapeo exitoso"])))
    rows += [("big", "S/ " + money(amount, "western")), ("center", payee),
             ("center", f"{when.day} {months[when.month - 1]} {when.year} - " + clock(rng, True).lower()),
             ("rule",), ("pair", "Celular", "*** *** " + digits(rng, 3))]
    if shown(rng, 0.5):
        rows.append(("pair", "Destino", "Yape"))
    printed = optional_pair(rng, rows, ["Nro. de operacion", "Codigo de operacion"], txn, 0.1)
    return rows, _truth(payee, amount, "PEN", txn if printed else None, when, "wallet", status), dict(
        SCREEN, paper=(245, 240, 252), accent=(114, 34, 140))


def feed_store_ticket(rng: random.Random, font: str):
    """A US farmers' co-op feed store counter ticket."""
    store = rng.choice(["Valley Farmers Co-op", "Prairie Feed & Supply", "Twin Creeks Co-op Assn."])
    items = [("Layer pellets 50#", 18.5, 26.0), ("Horse sweet feed", 14.0, 22.0), ("Mineral block", 7.0, 15.0),
             ("Fence staples 5#", 9.0, 14.0), ("Alfalfa bale", 11.0, 19.0), ("Chick starter 25#", 12.0, 18.0)]
    rows = [("title", store), ("center", rng.choice(["Box 114, Route 3", "1402 Elevator Rd"])),
            ("pair", "Ticket", digits(rng, 6)), ("pair", "Acct", digits(rng, 5)), ("rule",)]
    subtotal = 0.0
    for name, low, high in rng.sample(items, rng.randint(2, 5)):
        qty, each = rng.randint(1, 6), price(rng, low, high)
        subtotal += qty * each
        rows.append(("pair", f"{qty} {name} @{each:.2f}", f"{qty * each:.2f}"))
    tax = round(subtotal * rng.choice([0, 0.0525, 0.07]), 2)
    total = round(subtotal + tax, 2)
    when = day(rng)
    symbol = rng.choice(["$", "$ ", ""])
    rows += [("rule",), ("pair", "Subtotal", f"{subtotal:.2f}"), ("pair", "Sales tax", f"{tax:.2f}"),
             ("pair", rng.choice(["TOTAL", "Total sale"]), symbol + f"{total:,.2f}")]
    method = rng.choice(["cash", "card", "check"])
    rows.append(("pair", {"cash": "Cash", "card": "Visa/MC", "check": "Check #" + digits(rng, 4)}[method],
                 f"{total:,.2f}"))
    if method == "cash":
        rows.append(("pair", "Change", "0.00"))
    rows.append(("pair", "Date", date_text(when, rng.choice(US_DATES))))
    rows.append(("center", "Next delivery " + date_text(day(rng), "%m/%d")))
    status = "success" if shown(rng, 0.5) else None
    if status:
        rows.append(("center", "PAID - Thank you"))
    return rows, _truth(store, total, "USD" if symbol else None, rows[2][2], when,
                        method if method != "check" else None, status), {"width": 520, "size": 20}


def nhs_dental_receipt(rng: random.Random, font: str):
    """A UK NHS dental practice receipt for a band charge."""
    practice = rng.choice(["Riverside Dental Practice", "High Street Dental Care", "Oakfield Family Dentistry"])
    band, amount = rng.choice([("Band 1", 27.40), ("Band 2", 75.30), ("Band 3", 326.70), ("Urgent", 27.40)])
    when = day(rng)
    receipt_no = "R" + digits(rng, 6)
    rows = [("title", practice), ("center", rng.choice(["NHS dental treatment", "Patient payment receipt"])),
            ("rule",), ("pair", "Patient", rng.choice(["Mrs J. Hughes", "Mr T. Okafor", "Ms A. Nowak"])),
            ("pair", "NHS number", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"),
            ("pair", "Course started", date_text(day(rng), "%d/%m/%Y")),
            ("pair", "Treatment", band + " course of treatment"), ("pair", "Charge", f"£{amount:.2f}")]
    method = rng.choice(["card", "cash", None])
    if method:
        rows.append(("pair", "Paid by", {"card": rng.choice(["Card", "Debit card"]), "cash": "Cash"}[method]))
    rows.append(("pair", rng.choice(["Amount", "Total"]), f"£{amount:.2f}"))
    date_shown = shown(rng, 0.2)
    if date_shown:
        rows.append(("pair", rng.choice(["Date paid", "Payment date"]), date_text(when, rng.choice(ISO_DATES[:2]))))
    printed = optional_pair(rng, rows, ["Receipt no.", "Receipt"], receipt_no, 0.2)
    status = "success" if shown(rng, 0.4) else None
    if status:
        rows.append(("center", "PAID IN FULL"))
    return rows, _truth(practice, amount, "GBP", receipt_no if printed else None, when if date_shown else None,
                        method, status), {"width": 600}


def db_ticket_machine(rng: random.Random, font: str):
    """A Deutsche Bahn ticket-machine payment receipt (Zahlungsbeleg)."""
    amount, when = price(rng, 2.9, 139.9, 0.1), day(rng)
    card = rng.random() < 0.7
    trace, auth = digits(rng, 6), digits(rng, 6)
    rows = [("title", "DB Vertrieb GmbH"), ("center", "Fahrkartenautomat " + digits(rng, 4)),
            ("center", rng.choice(["Hamburg Hbf", "Koeln Hbf", "Leipzig Hbf"])), ("rule",),
            ("pair", "Datum", date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"]))), ("pair", "Uhrzeit", clock(rng, False)),
            ("pair", "Gueltig ab", date_text(day(rng), "%d.%m.%Y")), ("pair", "Fahrkarte", "Einzelfahrt")]
    status = None
    if card:
        rows += [("pair", "Terminal-ID", digits(rng, 8)), ("pair", "Karte", "girocard ####" + digits(rng, 4))]
        trace_shown = optional_pair(rng, rows, ["Beleg-Nr.", "Trace-Nr."], trace, 0.2)
        auth_shown = optional_pair(rng, rows, ["Autorisierungs-Nr.", "Genehmigungs-Nr."], auth, 0.3)
        txn = auth if auth_shown else (trace if trace_shown else None)
        status, words = _outcome(rng, {"success": ["Zahlung erfolgt"], "failed": ["Zahlung abgelehnt"],
                                       "pending": ["Zahlung in Bearbeitung"]}, 0.2)
        if words:
            rows.append(("center", words))
    else:
        given = amount + rng.choice([0, 5, 10, 20])
        rows += [("pair", "Bar gegeben", money(given, "european")), ("pair", "Rueckgeld", money(given - amount, "european"))]
        txn = None
    rows.insert(8, ("pair", "Betrag EUR", money(amount, "european")))
    return rows, _truth("DB Vertrieb GmbH", amount, "EUR", txn, when, "card" if card else "cash", status), {
        "width": 440, "size": 20}


def weighbridge_slip(rng: random.Random, font: str):
    """A public weighbridge weighing-charge slip (weights are not money)."""
    bridge = rng.choice(["Shree Balaji Dharam Kanta", "Metro Weighbridge", "Sai Computerised Kanta"])
    gross = rng.randint(9000, 38000)
    tare = rng.randint(5000, gross - 2000)
    fee = float(rng.choice([60, 80, 100, 120, 150, 200]))
    when = day(rng)
    slip = digits(rng, 5)
    rows = [("title", bridge), ("center", rng.choice(["Electronic Weighbridge", "Computerised weighing"])),
            ("pair", "Slip No", slip), ("pair", "Vehicle", "MH" + digits(rng, 2) + code(rng, 2) + digits(rng, 4)),
            ("pair", "Material", rng.choice(["Scrap iron", "Sand", "Cotton bales", "Onion"])), ("rule",),
            ("pair", "Gross wt", f"{gross} kg"), ("pair", "Tare wt", f"{tare} kg"), ("pair", "Net wt", f"{gross - tare} kg"),
            ("rule",), ("pair", "Date", date_text(when, rng.choice(ISO_DATES))), ("pair", "Time", clock(rng, True))]
    currency = rng.choice(["Rs. ", "INR ", ""])
    rows.append(("pair", rng.choice(["Charges", "Weighing fee", "Amount"]), currency + f"{fee:.2f}"))
    method = "cash" if shown(rng, 0.5) else None
    if method:
        rows.append(("pair", "Mode", "Cash"))
    status = "success" if shown(rng, 0.6) else None
    if status:
        rows.append(("center", "Received with thanks"))
    return rows, _truth(bridge, fee, "INR" if currency else None, slip, when, method, status), {
        "width": 500, "size": 20}


def camera_rental_deposit(rng: random.Random, font: str):
    """A camera-rental counter receipt: rental plus a refundable deposit, paid together."""
    shop, symbol, iso = rng.choice([("LensLoan Rentals", "$", "USD"), ("Camera Hire London", "£", "GBP"),
                                    ("Kameraverleih Nord", "€", "EUR")])
    rental, deposit = price(rng, 25, 480), float(rng.choice([200, 300, 500, 1000]))
    total = round(rental + deposit, 2)
    pickup = day(rng)
    paid_on = pickup if shown(rng, 0.4) else None
    order = "RX-" + digits(rng, 5)
    rows = [("title", shop), ("center", "Rental agreement & receipt"), ("pair", "Order", order),
            ("pair", "Customer ID", digits(rng, 6)), ("rule",),
            ("pair", rng.choice(["Pick-up", "Out"]), date_text(pickup, "%d/%m/%Y")),
            ("pair", rng.choice(["Return by", "Due back"]), date_text(pickup + dt.timedelta(days=rng.randint(1, 7)), "%d/%m/%Y")),
            ("left", rng.choice(["Sony A7 IV body", "Canon R6 + 24-70", "Fuji X-T5 kit"])),
            ("pair", "Rental", f"{symbol}{rental:,.2f}"), ("pair", "Refundable deposit", f"{symbol}{deposit:,.2f}"),
            ("pair", rng.choice(["Total", "Grand total"]), f"{symbol}{total:,.2f}")]
    method = rng.choice(["card", "cash"])
    rows.append(("pair", "Payment", "Visa ****" + digits(rng, 4) if method == "card" else "Cash"))
    auth = digits(rng, 6)
    auth_shown = method == "card" and optional_pair(rng, rows, ["Auth code", "Approval"], auth, 0.4)
    if paid_on:
        rows.append(("pair", "Paid on", date_text(paid_on, "%d/%m/%Y")))
    status = "success" if shown(rng, 0.5) else None
    if status:
        rows.append(("center", rng.choice(["PAID", "Payment received"])))
    rows.append(("small", "Deposit refunded on safe return"))
    return rows, _truth(shop, total, iso, auth if auth_shown else order, paid_on, method, status), {"width": 580}
