"""Heldout13 layouts from the Americas: US parking ticket, US self-checkout, Interac e-Transfer, Webpay, Nequi."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout13_values import chance, code, digits, money, pick_date, show_date, show_date_es, \
    show_time, truth_amount

GARAGES = ["Icon Parking - 225 W 57th St", "SP+ Parking Garage #4410", "LAZ Parking Rosslyn Center",
           "ParkMobile Lot 7 - Fenway", "Impark Garage 1200 Main St"]


def _dollars(cents: int, rng: random.Random, code_iso: str) -> tuple[str, str | None]:
    """$12.50, USD 12.50, 12.50 CAD or a bare 12.50 (currency None)."""
    amount = money(cents, rng, rng.choice(["western", "plain"]))
    form = rng.choice(["$", "$ ", "iso_before", "iso_after", "$", "none"]) if chance(rng, 0.9) else "none"
    if form == "none":
        return amount, None
    if form == "iso_before":
        return f"{code_iso} {amount}", code_iso
    if form == "iso_after":
        return f"${amount} {code_iso}", code_iso
    # a bare dollar sign on a US or Canadian document is that country's dollar
    return f"{form}{amount}", code_iso


def us_parking_ticket(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """A garage exit ticket: entry and exit times, rate, tax, card payment."""
    garage = rng.choice(GARAGES) if chance(rng, 0.8) else None
    day = pick_date(rng)
    hours = rng.randint(1, 11)
    base = rng.choice([1200, 1800, 2400, 3500, 4500]) + hours * 200
    tax = base * 18 // 100
    total = base + tax
    ticket = digits(rng, rng.randint(6, 9)) if chance(rng, 0.8) else None
    rows = ([("c", garage)] if garage else []) + [("c", rng.choice(["PARKING RECEIPT", "EXIT RECEIPT",
                                                                    "Thank you for parking"])), ("rule",)]
    if ticket:
        rows.append(("kv", rng.choice(["Ticket #", "Ticket No.", "TKT"]), ticket))
    rows += [("kv", "Entry", f"{show_date(day - dt.timedelta(days=1) if chance(rng, 0.3) else day, rng, 'mdy')} "
                             f"{show_time(rng)}"), ("kv", "Lane", f"EXIT {rng.randint(1, 4)}")]
    dated = chance(rng, 0.85)
    if dated:
        rows.append(("kv", rng.choice(["Exit", "Paid", "Date Paid"]), f"{show_date(day, rng, 'mdy')} {show_time(rng)}"))
    rows += [("kv", "Duration", f"{hours}h {rng.randint(0, 59):02d}m"), ("kv", "Plate", code(rng, 7)),
             ("kv", "Parking fee", money(base, rng, "plain")), ("kv", "NYC Parking Tax 18.375%", money(tax, rng, "plain"))]
    shown, currency = _dollars(total, rng, "USD")
    rows.append(("kv", rng.choice(["TOTAL", "Amount Due", "Total Paid"]), shown))
    method, txn, status = None, ticket, None
    pay = rng.choice(["card", "card", "cash", "none"])
    if pay == "card":
        auth = code(rng, 6, "0123456789ABCDEF")
        outcome = rng.choice(["APPROVED", "APPROVED", "APPROVED", "DECLINED"])
        approved = outcome == "APPROVED"
        # a declined card gets a response code, not an approval code
        answer = ("kv", rng.choice(["Auth", "Auth Code", "APPROVAL #"]), auth) if approved else ("kv", "Resp", "05")
        rows += [("kv", rng.choice(["VISA", "MASTERCARD", "AMEX"]), f"**** {digits(rng, 4)}"), answer,
                 ("kv", "Terminal", f"T{digits(rng, 5)}"), ("c", outcome)]
        method, txn, status = "card", auth if approved else ticket, "success" if approved else "failed"
    elif pay == "cash":
        tendered = (total // 2000 + 1) * 2000  # the next twenty-dollar note
        rows += [("kv", "Cash", money(tendered, rng, "plain")), ("kv", "Change", money(tendered - total, rng, "plain"))]
        method = "cash"
    rows += [("gap",), ("c", f"Lost ticket fee {'$' if currency else ''}50.00"), ("c", f"Call (212) 555-{digits(rng, 4)}")]
    truth = {"merchant_name": garage, "amount": truth_amount(total), "currency": currency, "transaction_id": txn,
             "date": day.isoformat() if dated else None, "payment_method": method, "status": status}
    return rows, truth, "thermal"


STORES = ["Kroger #0421", "Safeway Store 1877", "MEIJER #212", "Hy-Vee Food Store", "Stop & Shop 0649",
          "H-E-B #318"]
GROCERIES = ["BANANAS 2.31 lb", "MILK 2% GAL", "EGGS LG DZ", "BREAD WHEAT", "CHKN BRST", "APPLES GALA",
             "CEREAL OAT", "YOGURT 4PK", "COFFEE 12OZ", "PASTA PENNE", "TOMATO SAUCE", "PAPER TOWEL 6R"]


def us_self_checkout(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """A grocery self-checkout receipt with items, savings, tax, card or EBT/cash tender."""
    store = rng.choice(STORES) if chance(rng, 0.8) else None
    day = pick_date(rng)
    rows = ([("c", store)] if store else []) + [("c", f"{rng.randint(100, 9999)} {rng.choice(['Main', 'Oak', 'Elm'])} St"),
                                                ("c", f"({rng.randint(200, 989)}) 555-{digits(rng, 4)}"),
                                                ("c", rng.choice(["SELF CHECKOUT 23", "SCO LANE 41", "U-SCAN 7"])),
                                                ("rule",)]
    subtotal = 0
    for item in rng.sample(GROCERIES, rng.randint(4, 8)):
        price = rng.randint(99, 1299)
        subtotal += price
        rows.append(("kv", item, money(price, rng, "plain")))
    savings = rng.randint(0, subtotal // 8)
    tax = (subtotal - savings) * rng.choice([0, 2, 6]) // 100
    total = subtotal - savings + tax
    shown, currency = _dollars(total, rng, "USD")
    rows += [("rule",), ("kv", "SUBTOTAL", money(subtotal, rng, "plain")),
             ("kv", "YOU SAVED", money(savings, rng, "plain")), ("kv", "TAX", money(tax, rng, "plain")),
             ("kv", rng.choice(["**** BALANCE", "TOTAL", "BALANCE DUE"]), shown)]
    method, txn, status = None, None, None
    tender = rng.choice(["card", "card", "cash", "pending"])
    trans = digits(rng, 4) if chance(rng, 0.7) else None
    if tender in ("card", "pending"):
        rows += [("kv", rng.choice(["US DEBIT", "VISA CREDIT", "MC DEBIT"]), f"XXXXXXXXXXXX{digits(rng, 4)}")]
        auth = digits(rng, 6)
        if tender == "pending":
            rows += [("kv", "AUTH", "PENDING"), ("c", "Card payment pending - see attendant")]
            method, txn, status = "card", trans, "pending"
        else:
            rows += [("kv", rng.choice(["APPR CODE", "AUTH #", "Approval"]), auth), ("kv", "AID", f"A000000{digits(rng, 7)}"),
                     ("c", rng.choice(["APPROVED", "Approved - Thank You"]))]
            method, txn, status = "card", auth, "success"
    else:
        rows += [("kv", "CASH TEND", money(total + 500, rng, "plain")), ("kv", "CHANGE DUE", money(500, rng, "plain"))]
        method, txn = "cash", trans
    dated = chance(rng, 0.85)
    tail = f"{show_date(day, rng, 'mdy')} {show_time(rng)}" if dated else show_time(rng)
    trans_text = f"  TRANS {trans}" if trans else ""
    rows += [("gap",), ("l", f"{tail}  ST {rng.randint(100, 999)}  OP {rng.randint(10, 99)}  TE {rng.randint(1, 60)}"
                               f"{trans_text}"), ("c", f"Fuel points this trip: {rng.randint(10, 300)}"),
             ("c", f"Returns within 30 days (until {show_date(pick_date(rng), rng, 'mdy')})")]
    truth = {"merchant_name": store, "amount": truth_amount(total), "currency": currency, "transaction_id": txn,
             "date": day.isoformat() if dated else None, "payment_method": method, "status": status}
    return rows, truth, "thermal"


CANADIANS = ["Marie-Claude Tremblay", "Jordan Whitehorse", "Priya Sandhu", "Liam O'Connor", "Maple Leaf Daycare Inc."]


def interac_etransfer(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """An online-banking Interac e-Transfer confirmation screen."""
    bank = rng.choice(["RBC Royal Bank", "TD Canada Trust", "Scotiabank", "BMO", "Desjardins"])
    recipient = rng.choice(CANADIANS) if chance(rng, 0.8) else None
    cents = rng.randint(10, 2500) * 100 + rng.choice([0, 0, 50, 75])
    day = pick_date(rng)
    status = rng.choice(["success"] * 5 + ["pending", "pending", "failed"])
    heading = {"success": rng.choice(["Your e-Transfer was sent", "Transfer complete", "Money sent!"]),
               "pending": rng.choice(["Pending deposit", "Waiting for recipient to deposit"]),
               "failed": rng.choice(["Transfer cancelled", "e-Transfer failed"])}[status]
    ref = f"C{rng.choice(['A', '1'])}{code(rng, 7, 'ABCDEFGHJKMNPQRSTUVWXYZ23456789')}" if chance(rng, 0.8) else None
    shown, currency = _dollars(cents, rng, "CAD")
    rows = [("c", bank), ("c", "Interac e-Transfer"), ("big", heading), ("gap",)]
    if recipient:
        rows.append(("kv", rng.choice(["Sent to", "Recipient", "To"]), recipient))
    rows.append(("kv", "Email", f"{code(rng, 6, 'abcdefghijklmnop')}@gmail.com"))
    if status == "success" or chance(rng, 0.3):
        rows.append(("kv", rng.choice(["Amount", "Amount sent"]), shown))
    else:  # the cancelled or waiting notice omits the amount
        cents, currency = 0, None
    rows.append(("kv", "From account", f"Chequing ({digits(rng, 4)})"))
    dated = chance(rng, 0.85)
    if dated:
        rows.append(("kv", rng.choice(["Date", "Date sent", "Sent on"]), show_date(day, rng, rng.choice(["mdy", "ymd"]))))
    rows.append(("kv", "Expires", show_date(day + dt.timedelta(days=30), rng, "ymd")))
    if ref:
        rows.append(("kv", rng.choice(["Reference number", "Confirmation #", "Reference #"]), ref))
    rows += [("kv", "Message", rng.choice(["rent", "hockey fees", "Thanks!", "dinner split"])), ("gap",),
             ("c", f"Daily limit remaining: {'$' if currency else ''}{money(rng.randint(500, 3000) * 100, rng, 'western')}")]
    truth = {"merchant_name": recipient, "amount": truth_amount(cents) if cents else None, "currency": currency, "transaction_id": ref,
             "date": day.isoformat() if dated else None, "payment_method": None, "status": status}
    return rows, truth, "screen"


CHILE_SHOPS = ["FALABELLA.COM", "Jumbo Online SpA", "Cruz Verde", "Entel PCS Telecomunicaciones", "Paris.cl",
               "Sodimac Homecenter"]


def webpay_voucher(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """A Transbank Webpay comprobante: comercio, orden de compra, autorización, cuotas."""
    shop = rng.choice(CHILE_SHOPS) if chance(rng, 0.8) else None
    pesos = rng.randint(1990, 489990)
    cents = pesos * 100
    day = pick_date(rng)
    status = rng.choice(["success"] * 5 + ["failed", "pending"])
    order = code(rng, rng.randint(8, 12), "0123456789ABCDEF") if chance(rng, 0.8) else None
    auth = digits(rng, 6) if status == "success" and chance(rng, 0.8) else None
    amount = f"{pesos:,}".replace(",", ".")
    currency = "CLP" if chance(rng, 0.8) else None
    shown = rng.choice([f"$ {amount} CLP", f"CLP {amount}", f"{amount} CLP"]) if currency else amount
    heading = {"success": rng.choice(["Transacción aprobada", "¡Pago exitoso!", "Comprobante de pago"]),
               "failed": rng.choice(["Transacción rechazada", "Pago rechazado"]),
               "pending": "Transacción en proceso"}[status]
    rows = [("c", "webpay plus"), ("big", heading), ("gap",)]
    if shop:
        rows.append(("kv", "Comercio", shop))
    rows.append(("kv", "Cód. comercio", digits(rng, 12)))
    if status == "success" or chance(rng, 0.3):
        rows.append(("kv", rng.choice(["Monto", "Monto pagado", "Total"]), shown))
    else:  # a rejected or unfinished voucher often shows no amount
        cents, currency = None, None
    if order:
        rows.append(("kv", rng.choice(["Orden de compra", "N° de orden", "Orden"]), order))
    if auth:
        rows.append(("kv", rng.choice(["Código de autorización", "Cód. autorización"]), auth))
    dated = chance(rng, 0.85)
    if dated:
        rows.append(("kv", rng.choice(["Fecha", "Fecha de transacción"]), f"{show_date_es(day, rng)} {show_time(rng)}"))
    card = rng.choice(["Débito", "Crédito", "Prepago"]) if chance(rng, 0.8) else None
    if card:
        rows.append(("kv", "Tipo de pago", f"{card} **** {digits(rng, 4)}"))
    rows.append(("kv", "Cuotas", rng.choice(["Sin cuotas", "3 cuotas sin interés", "6 cuotas"])))
    rows += [("gap",), ("c", f"Consultas: 600 {digits(rng, 3)} {digits(rng, 4)}")]
    truth = {"merchant_name": shop, "amount": truth_amount(cents) if cents else None, "currency": currency,
             "transaction_id": auth or order, "date": day.isoformat() if dated else None,
             "payment_method": "card" if card else None, "status": status}
    return rows, truth, "screen"


COLOMBIANS = ["Andrés Felipe Rojas", "Tienda Don Chucho", "Valentina Gómez", "Panadería La Espiga",
              "Droguería Alemana", "Carlos Mario Pérez"]


def nequi_screen(rng: random.Random, font: str) -> tuple[list[tuple], dict, str]:
    """A Nequi app 'Envío realizado' / pago screen."""
    payee = rng.choice(COLOMBIANS) if chance(rng, 0.8) else None
    pesos = rng.randint(20, 9000) * 100
    day = pick_date(rng)
    status = rng.choice(["success"] * 6 + ["failed", "pending"])
    ref = f"M{digits(rng, 7)}" if chance(rng, 0.8) else None
    amount = f"{pesos:,}".replace(",", ".")
    currency = "COP" if chance(rng, 0.8) else None
    shown = rng.choice([f"$ {amount},00 COP", f"COP {amount}", f"{amount},00 COP"]) if currency else f"{amount},00"
    heading = {"success": rng.choice(["¡Envío realizado!", "Pago exitoso", "Listo, pagaste"]),
               "failed": rng.choice(["No pudimos hacer el envío", "Pago fallido"]),
               "pending": "Tu pago está en proceso"}[status]
    rows = [("c", "Nequi"), ("big", heading), ("gap",)]
    if payee:
        rows.append(("kv", rng.choice(["Para", "Pagaste a", "Destinatario"]), payee))
    rows.append(("kv", "Número Nequi", f"3{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}"))
    if status == "success" or chance(rng, 0.4):
        rows.append(("kv", rng.choice(["¿Cuánto?", "Valor", "Monto"]), shown))
    else:  # the failure screen names only the payee
        pesos, currency = 0, None
    dated = chance(rng, 0.85)
    if dated:
        rows.append(("kv", "Fecha", f"{show_date_es(day, rng)} a las {show_time(rng)}"))
    if ref:
        rows.append(("kv", rng.choice(["Referencia", "Ref."]), ref))
    if chance(rng, 0.7):
        rows.append(("kv", "¿De dónde salió la plata?", rng.choice(["Disponible", "Saldo Nequi", "Colchón"])))
    rows += [("gap",), ("c", f"Saldo disponible: {money(rng.randint(1, 900) * 100000, rng, 'dot')}")]
    truth = {"merchant_name": payee, "amount": truth_amount(pesos * 100) if pesos else None, "currency": currency,
             "transaction_id": ref,
             "date": day.isoformat() if dated else None, "payment_method": "wallet",
             "status": status}
    return rows, truth, "screen"
