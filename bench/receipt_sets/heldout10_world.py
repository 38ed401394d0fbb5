"""Heldout10 families from elsewhere: vet clinic, ferry ticket, museum/zoo entry, NZ/IE/NL/CH tills,
konbini receipt, US pharmacy copay, UK order e-mail. Each returns (rows, truth, style)."""

from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_sets.heldout10_render import Row
from bench.receipt_sets.heldout10_values import CENT, amount, clock, code, date_text, day, digits, money

Built = tuple[list[Row], ReceiptTruth, str]


def vet_clinic(rng: random.Random, font: str) -> Built:
    cur, sym, g, styles = rng.choice([("GBP", "£", "west", ["dmy/", "d Mon Y"]), ("EUR", "€", "west", ["dmy/", "dmy-"]),
                                      ("AUD", "A$", "west", ["dmy/", "d Mon Y"]), ("USD", "$", "west", ["mdy/", "Mon d, Y"])])
    clinic = rng.choice(["Riverside Veterinary Surgery", "Paws & Claws Animal Hospital", "Oakfield Vets",
                         "Harbour Veterinary Clinic"])
    items = [(n, amount(rng, 12, 180)) for n in rng.sample(
        ["Consultation", "Booster Vaccination", "Flea & Worm Treatment", "Nail Clip", "Dental Scale & Polish",
         "Blood Panel", "Microchip", "Antibiotics 14 tabs"], rng.randint(2, 4))]
    sub = sum((p for _, p in items), Decimal(0))
    vat = (sub * Decimal("0.2")).quantize(CENT) if cur == "GBP" else None
    total = sub + (vat or 0)
    d = day(rng)
    method = rng.choice([("Card", "card"), ("Visa Debit", "card"), ("Cash", "cash"), ("Mastercard", "card")])
    inv = f"{rng.choice(['INV-', 'V', ''])}{digits(rng, 6)}"
    has_date = rng.random() < 0.85
    rows: list[Row] = [("title", clinic), ("c", rng.choice(["12 Mill Lane", "4 Harbour Road", "221 Elm Street"])),
                       ("c", f"Tel {digits(rng, 4)} {digits(rng, 6)}"), ("rule",), ("kv", "Invoice", inv)]
    if has_date:
        rows.append(("kv", "Date", date_text(d, rng.choice(styles))))
    rows += [("kv", "Client No", digits(rng, 5)),
             ("kv", "Patient", f"{rng.choice(['Bella', 'Max', 'Luna', 'Milo'])} ({rng.choice(['Canine', 'Feline'])})"),
             ("kv", "Patient ID", f"P{digits(rng, 6)}"), ("rule",)]
    rows += [("kv", n, f"{sym}{money(p, g)}") for n, p in items]
    if vat is not None:
        rows += [("kv", "Subtotal", f"{sym}{money(sub, g)}"), ("kv", "VAT @ 20%", f"{sym}{money(vat, g)}"),
                 ("t", f"VAT Reg No GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}")]
    rows += [("KV", "Total", f"{sym}{money(total, g)}"), ("kv", f"{method[0]} payment", f"{sym}{money(total, g)}"),
             ("kv", "Balance", f"{sym}0.00"), ("rule",)]
    stamp = rng.random() < 0.5
    if stamp:
        rows.append(("c", rng.choice(["*** PAID IN FULL ***", "PAYMENT RECEIVED - THANK YOU"])))
    rows += [
             ("c", f"Next vaccination due {date_text(day(rng, '2025-09-01', 300), styles[0])}")]
    truth = ReceiptTruth(clinic, f"{total:.2f}", cur, inv, d.isoformat() if has_date else None, method[1],
                         "success" if stamp else None)
    return rows, truth, rng.choice(["page", "slip"])


def ferry(rng: random.Random, font: str) -> Built:
    op, cur, sym, g, style, route, scale = rng.choice([
        ("Aegean Blue Ferries", "EUR", "€", "eu", "dmy/", "Piraeus - Naxos", 1),
        ("Irish Sea Crossings", "EUR", "€", "west", "d Mon Y", "Dublin - Holyhead", 1),
        ("Harbour Water Taxi NZ", "NZD", "NZ$", "west", "dmy/", "Auckland - Waiheke", 1),
        ("Coral Island Ferries", "INR", "INR ", "in", "d-Mon-Y", "Port Blair - Swaraj Dweep", 25)])
    pax = rng.randint(1, 4)
    fare = amount(rng, 20, 95) * scale
    port_fee = amount(rng, 1, 6) * scale
    total = fare * pax + port_fee
    sail = day(rng)
    booked = sail - dt.timedelta(days=rng.randint(2, 40))
    ticket = f"{code(rng, 3, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{digits(rng, 7)}"
    pnr = code(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    show_booked = rng.random() < 0.6
    method = rng.choice([("Credit card", "card"), ("PayPal", "wallet"), (None, None), ("Debit card", "card")])
    rows: list[Row] = [("banner", op), ("title", "E-TICKET / BOARDING PASS"), ("c", route), ("rule",),
                       ("kv", "Booking ref", pnr), ("kv", "Ticket No", ticket),
                       ("kv", "Departure", f"{date_text(sail, style)} {clock(rng)}"),
                       ("kv", "Passengers", f"{pax} Adult"), ("kv", "Seat", f"Deck {rng.randint(2, 6)} / {rng.randint(1, 280)}"),
                       ("kv", "Vehicle", "None"), ("rule",),
                       ("kv", f"Fare {pax} x {money(fare, g)}", f"{sym}{money(fare * pax, g)}"),
                       ("kv", "Port tax", f"{sym}{money(port_fee, g)}"), ("KV", "Total paid", f"{sym}{money(total, g)}")]
    if method[0]:
        rows.append(("kv", "Payment", method[0]))
    if show_booked:
        rows.append(("kv", "Booked on", date_text(booked, style)))
    rows += [("t", "Check-in closes 30 min before departure.")]
    truth = ReceiptTruth(op, f"{total:.2f}", cur, pnr, booked.isoformat() if show_booked else None, method[1], None)
    return rows, truth, "page"


def museum_zoo(rng: random.Random, font: str) -> Built:
    venue, cur, sym, g, styles = rng.choice([
        ("NATIONAL RAILWAY MUSEUM", "GBP", "£", "west", ["dmy/"]), ("ARTIS ZOO AMSTERDAM", "EUR", "€ ", "eu", ["dmy-"]),
        ("WELLINGTON ZOO", "NZD", "$", "west", ["dmy/"]), ("MYSURU ZOO", "INR", "Rs.", "in", ["dmy/", "dmy-"]),
        ("SMITHSONIAN STORE & ENTRY", "USD", "$", "west", ["mdy/"])])
    scale = 10 if cur == "INR" else 1
    kinds = [("Adult", amount(rng, 8, 28) * scale), ("Child", amount(rng, 4, 14) * scale),
             ("Senior", amount(rng, 6, 20) * scale)]
    lines = [(k, p, rng.randint(1, 3)) for k, p in rng.sample(kinds, rng.randint(1, 3))]
    total = sum((p * q for _, p, q in lines), Decimal(0))
    d = day(rng)
    ticket = digits(rng, rng.choice([6, 8]))
    method = rng.choice([("CASH", "cash"), ("CARD", "card"), ("CONTACTLESS", "card")] + ([("UPI", "UPI")] if cur == "INR" else []))
    numbered = rng.random() < 0.65
    tendered = (total + rng.choice([0, 5, 10, 20])).quantize(Decimal(1)) + (5 if method[0] == "CASH" else 0)
    rows: list[Row] = [("title", venue), ("c", "ADMISSION TICKET"), ("c", f"Counter {rng.randint(1, 8)}  Op {rng.randint(10, 99)}"),
                       ("rule",)] + ([("kv", "Ticket No", ticket)] if numbered else []) + [
                       ("kv", "Date", f"{date_text(d, rng.choice(styles))} {clock(rng)}"), ("rule",)]
    rows += [("kv", f"{q} x {k} @ {money(p, g)}", f"{sym}{money(p * q, g)}") for k, p, q in lines]
    rows += [("rule",), ("KV", "TOTAL", f"{sym}{money(total, g)}"), ("kv", method[0], f"{sym}{money(tendered if method[0] == 'CASH' else total, g)}")]
    if method[0] == "CASH":
        rows.append(("kv", "CHANGE", f"{sym}{money(tendered - total, g)}"))
    rows += [("c", "Valid for single entry on date of issue"), ("c", "Thank you for visiting")]
    truth = ReceiptTruth(venue, f"{total:.2f}", cur, ticket if numbered else None, d.isoformat(), method[1], None)
    return rows, truth, "slip"


def euro_till(rng: random.Random, font: str) -> Built:
    kind = rng.choice(["nz", "ie", "nl", "ch"])
    shop, cur, sym, g, style, vocab = {
        "nz": ("FRESH CHOICE PONSONBY", "NZD", "$", "west", "dmy/",
               ("TOTAL", "EFTPOS", "GST INCLUDED", "GST No", "Receipt")),
        "ie": ("DUNNES STORES RATHMINES", "EUR", "€", "west", "dmy/",
               ("TOTAL", "CARD", "VAT", "VAT Reg", "Receipt No")),
        "nl": ("ALBERT HEIJN 1427", "EUR", "€", "eu", "dmy-",
               ("TOTAAL", "PIN", "BTW", "KvK", "Bonnr")),
        "ch": ("COOP PRONTO BERN", "CHF", "CHF ", "ch", "dmy.",
               ("Total CHF", "Debitkarte", "MWST", "MWST-Nr CHE", "Beleg")),
    }[kind]
    names = {"nz": ["Milk 2L", "Sourdough", "Kiwifruit 1kg", "Flat White"],
             "ie": ["Brennans Bread", "Barry's Tea 80s", "Butter 454g", "Crisps"],
             "nl": ["Halfvolle melk", "Kaas jong 48+", "Stroopwafels", "Appels Elstar"],
             "ch": ["Vollmilch 1l", "Gipfeli", "Emmentaler", "Rivella 1.5l"]}[kind]
    rate = {"nz": "15", "ie": "13.5", "nl": "9", "ch": "2.6"}[kind]
    items = [(n, amount(rng, 1, 12)) for n in rng.sample(names, rng.randint(2, 4))]
    total = sum((p for _, p in items), Decimal(0))
    d = day(rng)
    cash = rng.random() < 0.3
    method = ("cash", {"nz": "CASH", "ie": "CASH", "nl": "CONTANT", "ch": "Bar"}[kind]) if cash else ("card", vocab[1])
    receipt = digits(rng, rng.choice([4, 5, 6]))
    auth = digits(rng, 6)
    rows: list[Row] = [("title", shop), ("c", f"{vocab[3]} {digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 3)}"),
                       ("rule",)]
    rows += [("kv", n, money(p, g)) for n, p in items]
    rows += [("rule",), ("KV", vocab[0], f"{sym if kind != 'ch' else ''}{money(total, g)}"),
             ("kv", method[1], money(total, g)),
             ("kv", f"{vocab[2]} {rate}%", money((total * Decimal(rate) / (100 + Decimal(rate))).quantize(CENT), g))]
    if not cash:
        rows += [("t", f"{rng.choice(['VISA', 'MASTERCARD', 'Maestro', 'V PAY'])}  ************{digits(rng, 4)}"),
                 ("kv", "Terminal", code(rng, 8, "0123456789")), ("kv", "Auth", auth),
                 ("c", {"nz": "ACCEPTED", "ie": "APPROVED", "nl": "Akkoord", "ch": "Transaktion OK"}[kind])]
    rows += [("rule",), ("t", f"{date_text(d, style)} {clock(rng)}  {vocab[4]} {receipt}  Till {rng.randint(1, 12)}")]
    status = None if cash else "success"
    tid = receipt if cash else auth
    truth = ReceiptTruth(shop, f"{total:.2f}", cur, tid, d.isoformat(), method[0], status)
    return rows, truth, "slip"


def konbini(rng: random.Random, font: str) -> Built:
    shop = rng.choice(["FamilyMart Shinjuku 3-chome", "LAWSON Umeda Station", "7-Eleven Asakusa 2-chome",
                       "Ministop Ginza"])
    items = [(n, rng.randint(98, 980)) for n in rng.sample(
        ["Onigiri Tuna Mayo", "Green Tea 500ml", "Karaage-kun", "Bento Hamburg", "Melon Pan", "Boss Coffee",
         "Sandwich Egg"], rng.randint(2, 5))]
    total = sum(p for _, p in items)
    tax = total * 8 // 108
    d = day(rng)
    card = rng.random() < 0.45
    reg = f"{rng.randint(1, 3)}"
    receipt_no = f"{rng.randint(1, 9999):04d}"
    rows: list[Row] = [("title", shop), ("c", f"TEL 03-{digits(rng, 4)}-{digits(rng, 4)}"),
                       ("c", f"Registration No. T{digits(rng, 13)}"),
                       ("t", f"{date_text(d, 'ymd/')} ({['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][d.weekday()]}) {clock(rng)}"),
                       ("t", f"Reg {reg}  Receipt No. {receipt_no}  Staff {rng.randint(100, 999)}"), ("rule",)]
    rows += [("kv", f"{n} *", f"¥{p:,}") for n, p in items]
    rows += [("rule",), ("kv", f"Subtotal ({len(items)} items)", f"¥{total:,}"),
             ("kv", "(8% taxable", f"¥{total:,})"), ("kv", "(Incl. tax 8%", f"¥{tax:,})"), ("KV", "Total", f"¥{total:,}")]
    if card:
        auth = digits(rng, 7)
        rows += [("kv", "Credit", f"¥{total:,}"), ("t", f"Card No. ************{digits(rng, 4)}"),
                 ("kv", "Approval No.", auth)]
        tid, method = auth, "card"
    else:
        paid = -(-total // 1000) * 1000
        rows += [("kv", "Cash", f"¥{paid:,}"), ("kv", "Change", f"¥{paid - total:,}")]
        tid, method = receipt_no, "cash"
    rows += [("c", "* = reduced tax rate item"), ("c", "Thank you!")]
    truth = ReceiptTruth(shop, f"{total}.00", "JPY", tid, d.isoformat(), method, None)
    return rows, truth, "slip"


def us_pharmacy(rng: random.Random, font: str) -> Built:
    store = rng.choice(["WALGREENS #04721", "CVS/pharmacy #2291", "RITE AID #10432", "DUANE READE #14133"])
    retail = amount(rng, 40, 480)
    copay = rng.choice([Decimal("5.00"), Decimal("10.00"), Decimal("15.00"), Decimal("25.00"), amount(rng, 3, 40)])
    otc = [(n, amount(rng, 3, 15)) for n in rng.sample(["ADVIL 24CT", "KLEENEX", "VITAMIN D3", "CHAPSTICK"],
                                                         rng.randint(0, 2))]
    sub = copay + sum((p for _, p in otc), Decimal(0))
    tax = (sum((p for _, p in otc), Decimal(0)) * Decimal("0.08875")).quantize(CENT)
    total = sub + tax
    d = day(rng)
    cash = rng.random() < 0.25
    ref = digits(rng, 12)
    auth = digits(rng, 6)
    trn = str(rng.randint(1000, 9999)) if rng.random() < 0.6 else None
    rows: list[Row] = [("title", store), ("c", rng.choice(["1457 BROADWAY NEW YORK, NY", "300 MAIN ST BOSTON, MA"])),
                       ("c", f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}"), ("rule",),
                       ("t", f"RX #{digits(rng, 7)}  REFILL {rng.randint(0, 5)}"),
                       ("kv", "RETAIL PRICE", f"{retail:.2f}"), ("kv", "INSURANCE PAID", f"{retail - copay:.2f}"),
                       ("kv", "YOUR COPAY", f"{copay:.2f}"), ("t", f"PLAN: {rng.choice(['CAREMARK', 'EXPRESS SCRIPTS', 'OPTUMRX'])}")]
    rows += [("kv", n, f"{p:.2f}") for n, p in otc]
    rows += [("rule",), ("kv", "SUBTOTAL", f"{sub:.2f}"), ("kv", "TAX", f"{tax:.2f}"), ("KV", "TOTAL", f"${money(total, 'west')}")]
    if cash:
        rows += [("kv", "CASH", f"{(total + 5).quantize(Decimal(1)):.2f}")]
        tid, method, status = trn, "cash", None
    else:
        rows += [("kv", rng.choice(["VISA", "MASTERCARD", "AMEX"]) + f" ****{digits(rng, 4)}", f"{total:.2f}"),
                 ("kv", "AUTH CODE", auth), ("kv", "REF #", ref), ("c", "APPROVED")]
        tid, method, status = ref, "card", "success"
    rows += [("t", f"{date_text(d, 'mdy/')} {clock(rng, ampm=True)}" + (f"  TRN {trn}" if trn else "") + f"  STR {digits(rng, 4)}"),
             ("t", f"MYREWARDS #{'*' * 6}{digits(rng, 4)}"),
             ("c", f"RETURNS WITH RECEIPT BY {date_text(day(rng, '2026-01-01', 60), 'mdy/')}")]
    truth = ReceiptTruth(store, f"{total:.2f}", "USD", tid, d.isoformat(), method, status)
    return rows, truth, "slip"


def uk_order_email(rng: random.Random, font: str) -> Built:
    shop = rng.choice(["Amazon.co.uk", "Argos", "Currys", "John Lewis & Partners"])
    items = [(n, amount(rng, 4, 220)) for n in rng.sample(
        ["Anker USB-C Charger 65W", "Philips Hue Bulb E27", "Kindle Paperwhite Case", "Joseph Joseph Chopping Board",
         "Duracell AA x12"], rng.randint(1, 3))]
    sub = sum((p for _, p in items), Decimal(0))
    postage = rng.choice([Decimal("0.00"), Decimal("3.99"), Decimal("4.95")])
    promo = amount(rng, 1, 8) if rng.random() < 0.3 else None
    total = sub + postage - (promo or 0)
    d = day(rng)
    order = f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}" if shop.startswith("Amazon") else digits(rng, 10)
    method = rng.choice([("Visa ending in", "card"), ("Mastercard ending in", "card"), ("PayPal", "wallet"),
                         (None, None)])
    rows: list[Row] = [("banner", shop), ("title", "Order Confirmation"),
                       ("t", f"Hello {rng.choice(['Sarah', 'James', 'Priya', 'Tom'])},"),
                       ("t", "Thank you for your order. We'll let you know once it has dispatched."), ("rule",),
                       ("kv", "Order #", order),
                       ("kv", "Order placed", date_text(d, rng.choice(["d Mon Y", "dmy/"]))),
                       ("kv", "Arriving", date_text(d + dt.timedelta(days=rng.randint(1, 5)), "d Mon Y")), ("rule",)]
    rows += [("kv", n, f"£{money(p, 'west')}") for n, p in items]
    rows += [("kv", "Item(s) Subtotal:", f"£{money(sub, 'west')}"), ("kv", "Postage & Packing:", f"£{postage}")]
    if promo:
        rows.append(("kv", "Promotion Applied:", f"-£{promo}"))
    rows.append(("KV", "Order Total:", f"£{money(total, 'west')}"))
    if method[0]:
        rows.append(("kv", "Payment method", method[0] + (f" {digits(rng, 4)}" if "ending" in method[0] else "")))
    paid = rng.random() < 0.4
    if paid:
        rows.append(("kv", "Payment status", "Paid"))
    rows += [("rule",), ("t", f"Dispatch to: {rng.choice(['Flat 3, 18 Kings Road, London SW3 4RP', '7 Mill St, Leeds LS9 8AB'])}")]
    truth = ReceiptTruth(shop, f"{total:.2f}", "GBP", order, d.isoformat(), method[1], "success" if paid else None)
    return rows, truth, "page"
