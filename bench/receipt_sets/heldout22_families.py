"""The twelve heldout22 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

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
    price,
    rupee,
    shown,
)
from bench.receipt_sets.heldout18_families import ISO_DATES, SCREEN, US_DATES, _outcome, _truth

SPANISH_MONTHS = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def _spanish_transfer(
    rng: random.Random, bank: str, subtitle: str, when, success: list[str], pending: str, pattern: str
) -> tuple[str | None, str, list[tuple]]:
    """A Latin American bank transfer's outcome, its date as printed and its head rows (the bank, the kind of
    transfer, the outcome in words where one is printed)."""
    status, words = _outcome(
        rng, {"success": success, "failed": ["Transferencia rechazada"], "pending": [pending]}
    )
    shown_date = rng.choice(
        [
            f"{when.day:02d}/{SPANISH_MONTHS[when.month - 1]}/{when.year}",
            when.strftime("%d/%m/%Y"),
            when.strftime(pattern),
        ]
    )
    rows = [("title", bank), ("center", subtitle), ("gap",)]
    if words:
        rows.append(("center", words))
    return status, shown_date, rows


def _items(
    rng: random.Random,
    rows: list[tuple],
    items: list[tuple[str, float, float]],
    low: int,
    high: int,
    fmt=lambda value: f"{value:,.2f}",
    round_to: float = 0.01,
) -> float:
    """Print ``low``..``high`` priced lines drawn from ``items``; their sum."""
    subtotal = 0.0
    for name, cheap, dear in rng.sample(items, rng.randint(low, high)):
        each = price(rng, cheap, dear, round_to)
        subtotal += each
        rows.append(("pair", name, fmt(each)))
    return round(subtotal, 2)


def iris_screen(rng: random.Random, font: str):
    """A Greek bank app's IRIS instant-payment confirmation (English interface)."""
    bank = rng.choice(["Piraeus winbank", "Eurobank", "Alpha Bank", "National Bank of Greece"])
    payee = rng.choice(["Taverna O Thanasis", "Kafeneio Plakas", "Giorgos Papadakis", "Fournos Lenis"])
    amount, when = price(rng, 3, 1500, rng.choice([1, 0.5, 0.01])), day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment completed", "Successful payment"],
            "failed": ["Payment failed"],
            "pending": ["Payment being processed"],
        },
    )
    ref = code(rng, rng.choice([16, 20]), "0123456789")
    rows = [("title", bank), ("center", "IRIS payment"), ("gap",)]
    if words:
        rows.append(("center", words))
    rows.append(("big", rng.choice(["€", "EUR "]) + money(amount, rng.choice(["european", "western"]))))
    rows += [
        ("rule",),
        ("pair", rng.choice(["Beneficiary", "Paid to", "To"]), payee),
        ("pair", "Mobile", "+30 69" + digits(rng, 8)),
        ("pair", "From account", "GR** **** " + digits(rng, 4)),
        (
            "pair",
            rng.choice(["Date", "Execution date"]),
            date_text(when, rng.choice(["%d/%m/%Y", "{d} %b %Y", "%d.%m.%Y"])) + " " + clock(rng, False),
        ),
    ]
    printed = optional_pair(rng, rows, ["Transaction reference", "Reference number", "Ref."], ref)
    if shown(rng, 0.5):
        rows.append(("pair", "Charges", "€0.00"))
    rows.append(("small", "IRIS Payments by DIAS"))
    return (
        rows,
        _truth(payee, amount, "EUR", ref if printed else None, when, "netbanking", status),
        dict(SCREEN, band=(0, 70, 140)),
    )


def pichincha_voucher(rng: random.Random, font: str):
    """An Ecuadorian bank transfer voucher (comprobante de transferencia), in US dollars."""
    bank = rng.choice(["Banco Pichincha", "Banco Guayaquil", "Produbanco", "Banco del Pacifico"])
    payee = rng.choice(
        ["Ferreteria El Constructor", "Maria Jose Andrade", "Distribuidora La Costena", "Panaderia Quitena"]
    )
    amount, when = price(rng, 5, 4800), day(rng)
    status, shown_date, rows = _spanish_transfer(
        rng,
        bank,
        "Comprobante de transferencia",
        when,
        ["Transferencia exitosa", "Transaccion exitosa"],
        "Transferencia en proceso",
        "%Y-%m-%d",
    )
    doc = digits(rng, rng.choice([8, 9]))
    rows += [
        ("rule",),
        ("pair", rng.choice(["Fecha", "Fecha de transaccion"]), shown_date),
        ("pair", "Hora", clock(rng, False)),
        ("pair", "Cuenta origen", "Ahorros ****" + digits(rng, 4)),
        ("pair", rng.choice(["Beneficiario", "Nombre del beneficiario"]), payee),
        ("pair", "Cuenta destino", "Corriente " + digits(rng, 10)),
        ("pair", "Identificacion", "17" + digits(rng, 8)),
    ]
    rows.append(("pair", rng.choice(["Monto", "Valor transferido"]), "$" + money(amount, "western")))
    rows.append(("pair", rng.choice(["Comision", "Costo de transaccion"]), "$0.00"))
    printed = optional_pair(rng, rows, ["Numero de comprobante", "Documento", "No. de referencia"], doc, 0.1)
    rows.append(("small", "Conserve este comprobante"))
    return (
        rows,
        _truth(payee, amount, "USD", doc if printed else None, when, "netbanking", status),
        {"width": 600, "size": 21, "paper": (255, 255, 255), "band": (255, 221, 0), "band_ink": (20, 40, 90)},
    )


def tigopesa_sms(rng: random.Random, font: str):
    """A Tanzanian Tigo Pesa merchant-payment SMS (English), seen on a phone screen."""
    payee = rng.choice(
        ["MAMA NTILIE FOODS", "KARIAKOO HARDWARE", "DUKA LA DAWA UPENDO", "SHULE YA AWALI NURU"]
    )
    amount, when = price(rng, 500, 900000, 50), day(rng)
    txn = code(rng, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 8)
    balance = price(rng, 1000, 3000000, 1)
    stamp = date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "{d}/%m/%Y"])) + " " + clock(rng, False)
    amount_text = rng.choice(["Tsh ", "TZS "]) + money(amount, rng.choice(["western", "plain"]))
    failed = rng.random() < 0.12
    if failed:
        body = (
            f"Transaction failed. Payment of {amount_text} to {payee} could not be completed on {stamp}. "
            f"Your balance is TZS {money(balance, 'western')}."
        )
        status = "failed"
        txn_printed = False
    else:
        txn_printed = shown(rng, 0.1)
        lead = f"TxnId: {txn} " if txn_printed else ""
        word = rng.choice(["Confirmed. ", "Successful. ", ""])
        status = "success" if word else None
        body = (
            f"{lead}{word}You have paid {amount_text} to {payee}, merchant no {digits(rng, 6)} on {stamp}. "
            f"Charges TZS 0. New balance TZS {money(balance, 'western')}."
        )
    rows = [("title", "Tigo Pesa"), ("small", "+255 7" + digits(rng, 8)), ("rule",)]
    line, words = "", body.split()
    for word in words:
        if len(line) + len(word) > 38:
            rows.append(("left", line))
            line = ""
        line = f"{line} {word}".strip()
    rows += [("left", line), ("gap",), ("small", clock(rng, True))]
    return (
        rows,
        _truth(payee, amount, "TZS", txn if txn_printed else None, when, "wallet", status),
        dict(SCREEN, paper=(236, 240, 245)),
    )


def pet_grooming_bill(rng: random.Random, font: str):
    """An Indian pet-grooming salon bill."""
    shop = rng.choice(
        ["Furry Tails Pet Spa", "Wag & Wash Grooming", "Paws N Claws Studio", "The Pet Parlour"]
    )
    mark = rupee(font)
    services = [
        ("Full groom (medium)", 1200, 2200),
        ("Bath & blow dry", 600, 1100),
        ("Nail clipping", 150, 300),
        ("Tick treatment", 400, 900),
        ("Ear cleaning", 150, 350),
        ("Teeth brushing", 200, 400),
        ("De-shedding", 700, 1500),
    ]
    bill_no = rng.choice(["FT/", "WW-", "PC", ""]) + digits(rng, 4)
    when = day(rng)
    rows = [
        ("title", shop),
        ("center", rng.choice(["Indiranagar, Bengaluru", "Baner, Pune", "Sector 29, Gurugram"])),
        ("center", "Ph: " + phone(rng)),
        ("rule",),
    ]
    rows += [
        ("pair", rng.choice(["Bill No", "Invoice #", "Bill #"]), bill_no),
        ("pair", "Pet", rng.choice(["Bruno (Labrador)", "Coco (Shih Tzu)", "Simba (Persian cat)"])),
        ("pair", "Owner", rng.choice(["Ms. Ritu Sharma", "Mr. Karan Gill", "Ms. Aisha Khan"])),
        ("pair", "Mobile", phone(rng)),
    ]
    if shown(rng, 0.2):
        rows.append(("pair", "Date", date_text(when, rng.choice(ISO_DATES))))
        date_printed = True
    else:
        date_printed = False
    if shown(rng, 0.5):
        rows.append(("pair", "Next visit", date_text(day(rng), "%d/%m/%Y")))
    rows.append(("rule",))
    subtotal = _items(
        rng, rows, services, 2, 4, lambda value: money(value, "indian"), rng.choice([10, 50, 1])
    )
    half = round(subtotal * 0.09, 2)
    total = round(subtotal + 2 * half, 2)
    rows += [
        ("rule",),
        ("pair", "Sub total", money(subtotal, "indian")),
        ("pair", "CGST 9%", money(half, "indian")),
        ("pair", "SGST 9%", money(half, "indian")),
        ("pair", rng.choice(["Grand Total", "Net Payable", "TOTAL"]), mark + " " + money(total, "indian")),
    ]
    method = rng.choice(["UPI", "cash", "card", None])
    utr = digits(rng, 12)
    utr_printed = False
    if method:
        rows.append(("pair", "Paid by", {"UPI": "UPI", "cash": "Cash", "card": "Card"}[method]))
        if method == "UPI":
            utr_printed = optional_pair(rng, rows, ["UPI Ref", "UTR"], utr, 0.4)
    rows += [("small", "GSTIN 29" + code(rng, 10) + "1Z" + code(rng, 1)), ("small", "Thank you! Woof!")]
    return (
        rows,
        _truth(
            shop, total, "INR", utr if utr_printed else bill_no, when if date_printed else None, method, None
        ),
        {"width": 600, "size": 21},
    )


def kaspi_qr_receipt(rng: random.Random, font: str):
    """A Kazakh Kaspi QR purchase receipt screen (English interface), paid from a card."""
    shop = rng.choice(["Magnum Cash&Carry", "Coffee Boom Dostyk", "Small Almaty", "Meloman Abay"])
    amount, when = price(rng, 300, 450000, rng.choice([1, 1, 0.01])), day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment successful", "Paid"],
            "failed": ["Payment declined"],
            "pending": ["Processing"],
        },
    )
    check = digits(rng, rng.choice([9, 10]))
    rows = [("title", "Kaspi.kz"), ("center", "Kaspi QR"), ("gap",)]
    if words:
        rows.append(("center", words))
    rows.append(("big", money(amount, "western").replace(",", " ") + rng.choice([" KZT", " tg"])))
    rows += [
        ("rule",),
        ("pair", rng.choice(["Store", "Seller", "Recipient"]), shop),
        ("pair", "BIN", digits(rng, 12)),
        (
            "pair",
            rng.choice(["Date", "Date and time"]),
            date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y", "{d} %b %Y"])) + " " + clock(rng, False),
        ),
        ("pair", "Paid with", "Kaspi Gold card *" + digits(rng, 4)),
    ]
    printed = optional_pair(rng, rows, ["Receipt no.", "Check no.", "Transaction no."], check)
    if shown(rng, 0.5):
        rows.append(("pair", "Bonus", "+" + str(round(amount * 0.01)) + " tg"))
    return (
        rows,
        _truth(shop, amount, "KZT", check if printed else None, when, "card", status),
        dict(SCREEN, band=(242, 56, 36)),
    )


def nagad_screen(rng: random.Random, font: str):
    """A Bangladeshi Nagad wallet merchant-payment screen."""
    payee = rng.choice(["Shwapno Gulshan", "Aarong Dhanmondi", "Star Kabab", "Rahim Medical Hall"])
    amount, when = price(rng, 20, 25000, rng.choice([1, 0.01])), day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment Successful", "Successful"],
            "failed": ["Payment Failed"],
            "pending": ["Pending"],
        },
    )
    txn = code(rng, 8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    rows = [("title", "Nagad"), ("center", "Merchant Payment")]
    if words:
        rows.append(("center", words))
    rows.append(("big", rng.choice(["Tk ", "BDT "]) + money(amount, rng.choice(["western", "indian"]))))
    rows += [
        ("rule",),
        ("pair", rng.choice(["Merchant", "Paid to"]), payee),
        ("pair", "Merchant No", "01" + digits(rng, 9)),
        ("pair", "Charge", "Tk 0.00"),
        (
            "pair",
            "Time",
            clock(rng, True) + ", " + date_text(when, rng.choice(["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y"])),
        ),
    ]
    printed = optional_pair(rng, rows, ["Transaction ID", "TxnID", "Trx ID"], txn, 0.1)
    rows.append(("pair", "Balance", "Tk " + money(price(rng, 10, 90000), "western")))
    return (
        rows,
        _truth(payee, amount, "BDT", txn if printed else None, when, "wallet", status),
        dict(SCREEN, accent=(236, 28, 36)),
    )


def croatian_rental_receipt(rng: random.Random, font: str):
    """A Croatian fiscalised receipt from a kayak and scooter rental (Croatian labels)."""
    shop = rng.choice(["Kayak Split d.o.o.", "Adriatic Rent obrt", "Hvar Sea Kayak", "Makarska Scooter Rent"])
    items = [
        ("Kajak 1 dan", 25, 45),
        ("Kajak 2 os. 4h", 30, 55),
        ("Skuter 24h", 45, 80),
        ("Kaciga", 3, 6),
        ("SUP daska 2h", 15, 25),
        ("Vodic tura", 35, 60),
    ]
    when = day(rng)
    receipt_no = f"{rng.randint(1, 999)}/{rng.choice(['PP1', 'POS2', 'UR1'])}/{rng.randint(1, 3)}"
    rows = [
        ("title", shop),
        ("center", rng.choice(["Obala kneza Branimira 12", "Riva 4, Hvar"])),
        ("center", "OIB: " + digits(rng, 11)),
        ("rule",),
        ("pair", rng.choice(["Racun br.", "Broj racuna"]), receipt_no),
        (
            "pair",
            "Datum",
            date_text(when, rng.choice(["%d.%m.%Y.", "%d.%m.%Y", "{d}.%m.%Y."])) + " " + clock(rng, False),
        ),
        ("rule",),
    ]
    subtotal = _items(rng, rows, items, 1, 3, lambda value: money(value, "european"), 0.5)
    vat = round(subtotal - subtotal / 1.25, 2)
    label, unit = rng.choice(["UKUPNO", "Ukupno EUR", "ZA PLATITI"]), rng.choice([" EUR", " €", ""])
    rows += [
        ("rule",),
        ("pair", "PDV 25%", money(vat, "european")),
        ("pair", label, money(subtotal, "european") + unit),
    ]
    # no currency printed anywhere when neither the label nor the total carries one
    currency = "EUR" if unit or "EUR" in label else None
    method = rng.choice(["card", "card", "card", "cash", None])
    auth = digits(rng, 6)
    auth_printed = False
    if method == "card":
        rows.append(("pair", "Nacin placanja", rng.choice(["Kartica", "Kartice - Visa"])))
        auth_printed = optional_pair(rng, rows, ["Autorizacija", "Auth. kod"], auth, 0.3)
    elif method == "cash":
        rows.append(("pair", "Nacin placanja", "Novcanice"))
    rows += [
        ("pair", "Operater", rng.choice(["Ivana", "Marko", "001"])),
        ("small", "ZKI: " + code(rng, 32, "0123456789abcdef")),
        ("small", "Hvala i dodjite ponovo"),
    ]
    return (
        rows,
        _truth(shop, subtotal, currency, auth if auth_printed else receipt_no, when, method, None),
        {"width": 560, "size": 20},
    )


def telebirr_screen(rng: random.Random, font: str):
    """An Ethiopian telebirr payment receipt screen."""
    payee = rng.choice(
        ["Tomoca Coffee Piassa", "Shoa Supermarket", "Ethio Telecom Shop", "Kaldi's Coffee Bole"]
    )
    amount, when = price(rng, 10, 60000, rng.choice([1, 0.01])), day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment successful", "Completed"],
            "failed": ["Transaction failed"],
            "pending": ["Pending"],
        },
    )
    txn = code(rng, 10, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    rows = [
        ("title", "telebirr"),
        ("center", rng.choice(["Transaction receipt", "Payment details"])),
        ("gap",),
    ]
    if words:
        rows.append(("center", words))
    rows.append(("big", "-" + money(amount, "western") + rng.choice([" ETB", " Birr"])))
    rows += [
        ("rule",),
        ("pair", rng.choice(["Merchant name", "Paid to", "Receiver"]), payee),
        ("pair", "Short code", digits(rng, 6)),
        (
            "pair",
            rng.choice(["Transaction time", "Date"]),
            date_text(when, rng.choice(["%Y/%m/%d", "%d/%m/%Y", "%Y-%m-%d"])) + " " + clock(rng, False),
        ),
    ]
    printed = optional_pair(rng, rows, ["Transaction number", "Transaction No.", "Receipt number"], txn, 0.1)
    rows += [("pair", "Service fee", "0.00 ETB"), ("pair", "VAT (15%)", "0.00 ETB")]
    return (
        rows,
        _truth(payee, amount, "ETB", txn if printed else None, when, "wallet", status),
        dict(SCREEN, band=(0, 140, 210)),
    )


def locksmith_invoice(rng: random.Random, font: str):
    """A US mobile locksmith's service invoice."""
    shop = rng.choice(
        ["Keystone Lock & Key", "A-1 Mobile Locksmith LLC", "Pop-A-Lock of Tulsa", "Secure Key Pros"]
    )
    items = [
        ("Service call", 45, 95),
        ("Lockout - residential", 65, 150),
        ("Rekey cylinder x2", 40, 90),
        ("Deadbolt install", 85, 180),
        ("Transponder key cut", 120, 260),
        ("Mileage surcharge", 15, 35),
    ]
    inv, when = digits(rng, rng.choice([4, 5])), day(rng)
    rows = [
        ("title", shop),
        ("center", "Lic. #LS" + digits(rng, 6)),
        ("center", f"({digits(rng, 3)}) 555-{digits(rng, 4)}"),
        ("rule",),
        ("pair", rng.choice(["Invoice #", "Invoice No.", "Work order"]), inv),
        ("pair", "Customer", rng.choice(["J. Whitfield", "Carmen Ruiz", "D. Okafor"])),
        ("pair", "Job address", rng.choice(["881 Elm St", "4410 S Yale Ave", "12 Birch Ct"])),
    ]
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(("pair", rng.choice(["Date", "Service date"]), date_text(when, rng.choice(US_DATES))))
    rows.append(("rule",))
    subtotal = _items(rng, rows, items, 2, 4)
    tax = round(subtotal * rng.choice([0, 0.0825, 0.0745]), 2)
    total = round(subtotal + tax, 2)
    rows += [
        ("rule",),
        ("pair", "Subtotal", f"{subtotal:,.2f}"),
        ("pair", "Tax", f"{tax:,.2f}"),
        ("pair", rng.choice(["TOTAL DUE", "Total", "Amount paid"]), "$" + f"{total:,.2f}"),
    ]
    method = rng.choice(["card", "card", "cash", "check"])
    auth = code(rng, 6, "0123456789ABCDEF")
    auth_printed = False
    if method == "card":
        rows.append(
            ("pair", rng.choice(["Visa", "Mastercard", "Amex"]) + " ****" + digits(rng, 4), f"{total:,.2f}")
        )
        auth_printed = optional_pair(rng, rows, ["Approval", "Auth code"], auth, 0.3)
    else:
        rows.append(("pair", "Cash" if method == "cash" else "Check #" + digits(rng, 4), f"{total:,.2f}"))
    paid = shown(rng, 0.4)
    if paid:
        rows.append(("center", rng.choice(["PAID IN FULL", "Paid - thank you"])))
    rows.append(("small", "90-day warranty on parts and labor"))
    return (
        rows,
        _truth(
            shop,
            total,
            "USD",
            auth if auth_printed else inv,
            when if date_printed else None,
            {"card": "card", "cash": "cash", "check": None}[method],
            "success" if paid else None,
        ),
        {"width": 600, "size": 21},
    )


def sinpe_movil_screen(rng: random.Random, font: str):
    """A Costa Rican SINPE Movil transfer confirmation screen."""
    bank = rng.choice(["BAC Credomatic", "Banco Nacional", "Banco de Costa Rica", "BCR Movil"])
    payee = rng.choice(["Soda La Tica", "Pulperia El Carmen", "Andrea Mora Solis", "Verduleria San Pedro"])
    amount, when = price(rng, 500, 400000, rng.choice([100, 1, 0.01])), day(rng)
    status, shown_date, rows = _spanish_transfer(
        rng,
        bank,
        "SINPE Movil",
        when,
        ["Transferencia exitosa", "Su transferencia fue exitosa"],
        "Transferencia en tramite",
        "%d-%m-%Y",
    )
    ref = digits(rng, rng.choice([25, 12]))
    rows.append(
        ("big", rng.choice(["CRC ", "Colones "]) + money(amount, rng.choice(["western", "european"])))
    )
    rows += [
        ("rule",),
        ("pair", rng.choice(["Destinatario", "Nombre destino"]), payee),
        ("pair", "Telefono destino", "8" + digits(rng, 3) + "-" + digits(rng, 4)),
        ("pair", "Cuenta origen", "CR** **** " + digits(rng, 4)),
        ("pair", "Fecha", shown_date + " " + clock(rng, True)),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Descripcion", rng.choice(["almuerzo", "alquiler mayo", "fact 2231"])))
    printed = optional_pair(rng, rows, ["Referencia", "Numero de referencia", "Comprobante"], ref, 0.1)
    return (
        rows,
        _truth(payee, amount, "CRC", ref if printed else None, when, "netbanking", status),
        dict(SCREEN, band=(200, 16, 46)),
    )


def pest_control_invoice(rng: random.Random, font: str):
    """An Indian pest-control service tax invoice, paid on the spot or by bank transfer."""
    firm = rng.choice(
        [
            "HiCare Pest Solutions",
            "Shield Pest Control Services",
            "Sanjivani Pest Management",
            "Termite Guard India",
        ]
    )
    mark = rupee(font)
    services = [
        ("General pest control 2BHK", 900, 1800),
        ("Termite treatment", 3500, 9000),
        ("Bed bug treatment", 1800, 3500),
        ("Rodent control", 800, 1500),
        ("Mosquito fogging", 600, 1200),
    ]
    when = day(rng)
    inv = rng.choice(["SPC/", "INV-", "HC"]) + when.strftime("%y") + "/" + digits(rng, 4)
    rows = [
        ("title", firm),
        ("center", "TAX INVOICE"),
        ("center", "GSTIN 27" + code(rng, 10) + "1Z5"),
        ("rule",),
        ("pair", rng.choice(["Invoice No", "Inv. No.", "Bill No"]), inv),
        ("pair", "Invoice date", date_text(when, rng.choice(ISO_DATES))),
        ("pair", "Service date", date_text(when - dt.timedelta(days=rng.randint(1, 12)), "%d/%m/%Y")),
        ("pair", "Customer ID", "C" + digits(rng, 6)),
        ("pair", "Contact", phone(rng)),
        ("rule",),
    ]
    subtotal = _items(rng, rows, services, 1, 2, lambda value: money(value, "indian"), rng.choice([50, 1]))
    gst = round(subtotal * 0.18, 2)
    total = round(subtotal + gst, 2)
    rows += [
        ("rule",),
        ("pair", "Taxable value", money(subtotal, "indian")),
        ("pair", "IGST 18%", money(gst, "indian")),
        (
            "pair",
            rng.choice(["Invoice Total", "Total Amount", "Amount Received"]),
            mark + " " + money(total, "indian"),
        ),
    ]
    method = rng.choice(["netbanking", "cash", "UPI", None])
    ref = ("UTR " if method == "netbanking" else "") + digits(rng, 12)
    ref_printed = False
    if method:
        rows.append(
            (
                "pair",
                "Payment mode",
                {"netbanking": rng.choice(["NEFT", "Bank transfer"]), "cash": "Cash", "UPI": "UPI"}[method],
            )
        )
        if method != "cash":
            ref_printed = optional_pair(rng, rows, ["Payment ref", "Txn ref"], ref, 0.3)
    rows += [("small", f"Warranty till 31/03/{when.year + 1}"), ("small", "Computer generated invoice")]
    txn = ref.removeprefix("UTR ") if ref_printed else inv
    # the invoice date is the day the bill was raised and paid; the service date is an earlier day
    return rows, _truth(firm, total, "INR", txn, when, method, None), {"width": 620, "size": 20}


def moving_company_receipt(rng: random.Random, font: str):
    """A Canadian moving company's final bill receipt."""
    firm = rng.choice(
        [
            "Two Small Men with Big Hearts",
            "Maple Leaf Movers Inc.",
            "Prairie Van Lines",
            "Harbour City Moving Co.",
        ]
    )
    items = [
        ("Crew of 3 - hours", 420, 980),
        ("Truck & fuel", 120, 260),
        ("Packing materials", 40, 180),
        ("Piano handling", 150, 300),
        ("Stairs surcharge", 50, 120),
        ("Mattress bags", 15, 40),
    ]
    bol, when = digits(rng, 6), day(rng)
    rows = [
        ("title", firm),
        ("center", rng.choice(["Calgary, AB", "Halifax, NS", "Winnipeg, MB"])),
        ("center", "GST/HST # " + digits(rng, 9) + "RT0001"),
        ("rule",),
        ("pair", rng.choice(["Bill of lading", "B/L No.", "Order #"]), bol),
        ("pair", "Move date", date_text(when, rng.choice(ISO_DATES[1:3] + US_DATES[1:3]))),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Estimate valid until", date_text(day(rng), "%Y-%m-%d")))
    rows.append(("rule",))
    subtotal = _items(rng, rows, items, 2, 4)
    rate, label = rng.choice([(0.05, "GST 5%"), (0.15, "HST 15%"), (0.13, "HST 13%")])
    tax = round(subtotal * rate, 2)
    total = round(subtotal + tax, 2)
    rows += [
        ("rule",),
        ("pair", "Subtotal", f"{subtotal:,.2f}"),
        ("pair", label, f"{tax:,.2f}"),
        (
            "pair",
            rng.choice(["Total", "Amount paid", "TOTAL CAD"]),
            rng.choice(["$", "CAD ", "C$"]) + f"{total:,.2f}",
        ),
    ]
    card = rng.random() < 0.7
    auth = digits(rng, 6)
    auth_printed = False
    if card:
        rows.append(("pair", "Card", rng.choice(["VISA", "MC", "AMEX"]) + " **" + digits(rng, 4)))
        auth_printed = optional_pair(rng, rows, ["Auth #", "Approval code"], auth, 0.3)
        status = "success" if shown(rng, 0.4) else None
        if status:
            rows.append(("center", "APPROVED - THANK YOU"))
    else:
        rows.append(("pair", "Paid by", "Cash"))
        status = None
    return (
        rows,
        _truth(firm, total, "CAD", auth if auth_printed else bol, when, "card" if card else "cash", status),
        {"width": 600, "size": 21},
    )
