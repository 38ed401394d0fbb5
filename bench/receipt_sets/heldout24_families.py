"""The twelve heldout24 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

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
from bench.receipt_sets.heldout22_families import _items

UK_DATES = ["%d/%m/%Y", "{d} %B %Y", "%d %b %Y", "%d/%m/%y"]


def florist_bill(rng: random.Random, font: str):
    """An Indian florist's thermal bill for bouquets and event decoration, with GST on the arrangement."""
    shop = rng.choice(["Ferns N Petals", "Bloom Box Florists", "Mallige Flower Studio", "Gulmohar Florist"])
    mark = rupee(font)
    items = [
        ("Red roses bouquet (20)", 650, 1400),
        ("Orchid vase arrangement", 1800, 4200),
        ("Car decoration - fresh", 2500, 6000),
        ("Mogra veni (set of 4)", 120, 260),
        ("Gerbera basket", 700, 1500),
        ("Delivery charges", 99, 250),
        ("Greeting card", 50, 150),
    ]
    bill, when = digits(rng, rng.choice([3, 4, 5])), day(rng)
    rows = [
        ("title", shop),
        ("center", rng.choice(["Koramangala 5th Block, Bengaluru", "Sector 18, Noida", "Bandra West, Mumbai"])),
        ("center", rng.choice(["Ph: ", "WhatsApp ", "Call "]) + phone(rng)),
        ("center", "GSTIN " + rng.choice(["29", "09", "27"]) + code(rng, 10) + "1Z" + code(rng, 1)),
        ("rule",),
        ("pair", rng.choice(["Bill No", "Bill #", "Order No"]), bill),
        ("pair", rng.choice(["Date", "Dt", "Bill Dt"]), date_text(when, rng.choice(ISO_DATES[:2] + ["%d-%b-%y"]))),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Deliver to", rng.choice(["Ananya R., HSR Layout", "Mr. Kapoor, Sec 50"])))
    rows.append(("rule",))
    subtotal = _items(rng, rows, items, 1, 4, lambda value: money(value, "indian"), rng.choice([1, 10]))
    gst = round(subtotal * 0.18, 2) if shown(rng, 0.4) else 0.0
    rows += [("rule",), ("pair", "Sub Total", money(subtotal, "indian"))]
    if gst:
        rows += [("pair", "CGST 9%", money(gst / 2, "indian")), ("pair", "SGST 9%", money(gst / 2, "indian"))]
    total = round(subtotal + gst, 2)
    rows.append(("pair", rng.choice(["Total", "Bill Amount", "Net Amt"]), mark + " " + money(total, "indian")))
    method = rng.choice(["UPI", "UPI", "cash", "card", None])
    ref = digits(rng, 12)
    ref_printed = False
    if method == "UPI":
        rows.append(("pair", rng.choice(["Paid by", "Mode"]), rng.choice(["UPI", "PhonePe", "GPay UPI"])))
        ref_printed = optional_pair(rng, rows, ["UPI Ref", "UTR No", "Txn Ref"], ref, 0.4)
    elif method == "cash":
        rows.append(("pair", rng.choice(["Paid by", "Mode"]), "Cash"))
    elif method == "card":
        rows.append(("pair", rng.choice(["Paid by", "Mode"]), "Card XX" + digits(rng, 4)))
    if shown(rng, 0.5):
        rows.append(("small", "Delivery slot: " + date_text(when + dt.timedelta(days=1), "%d/%m") + " 6-9 PM"))
    rows.append(("small", rng.choice(["Say it with flowers!", "Thank you - visit again"])))
    return (
        rows,
        _truth(shop, total, "INR", ref if ref_printed else bill, when, method, None),
        {"width": 520, "size": 20},
    )


def driving_school_receipt(rng: random.Random, font: str):
    """An Indian motor driving school's fee receipt (course fee instalment), printed from a receipt book."""
    school = rng.choice(
        ["Maruti Driving School", "Shree Ganesh Motor Training School", "New Safe Drive Academy", "Ashok Motor School"]
    )
    mark = rupee(font)
    course = rng.choice(["LMV (car) 21 days", "LMV + licence assistance", "Two-wheeler 10 days", "Refresher 7 days"])
    fee = float(rng.choice([3500, 4500, 5500, 6000, 7500, 8500]))
    paid = float(rng.choice([fee, fee / 2, 2000, 1500]))
    rcpt, when = rng.choice(["", "R/", "DS-"]) + digits(rng, 4), day(rng)
    rows = [
        ("title", school),
        ("center", rng.choice(["Govt. Regd. No. MH-12/DS/", "Licence No. KA-03/MDTS/"]) + digits(rng, 3)),
        ("center", rng.choice(["Near Bus Depot, Nashik Road", "Old Airport Road, Bengaluru"])),
        ("rule",),
        ("center", rng.choice(["FEE RECEIPT", "MONEY RECEIPT", "RECEIPT"])),
        ("pair", rng.choice(["Receipt No.", "Rcpt No", "Sr. No."]), rcpt),
        ("pair", "Date", date_text(when, rng.choice(["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%y"]))),
        ("pair", rng.choice(["Received from", "Name of trainee"]), rng.choice(["Kiran Jadhav", "Priya Shetty", "Md. Irfan"])),
        ("pair", "Course", course),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", rng.choice(["LL Appl. No.", "Learner licence no."]), "MH15 " + digits(rng, 11)))
    rows.append(("pair", "Mobile", phone(rng)))
    rows += [
        ("rule",),
        ("pair", "Total course fee", money(fee, "indian")),
        ("pair", rng.choice(["Amount received", "Paid now", "Received Rs."]), mark + " " + money(paid, "indian")),
        ("pair", "Balance", money(fee - paid, "indian")),
    ]
    if fee - paid and shown(rng, 0.4):
        rows.append(("pair", "Balance due by", date_text(when + dt.timedelta(days=14), "%d/%m/%Y")))
    method = rng.choice(["cash", "cash", "UPI", None])
    ref = digits(rng, 12)
    ref_printed = False
    if method == "cash":
        rows.append(("pair", rng.choice(["By", "Mode"]), rng.choice(["Cash", "CASH"])))
    elif method == "UPI":
        rows.append(("pair", rng.choice(["By", "Mode"]), rng.choice(["UPI", "Google Pay"])))
        ref_printed = optional_pair(rng, rows, ["UTR", "UPI Txn No.", "Ref No."], ref, 0.3)
    rows.append(("small", "Fees once paid are not refundable"))
    rows.append(("right", "for " + school))
    return (
        rows,
        _truth(school, paid, "INR", ref if ref_printed else rcpt, when, method, None),
        {"width": 600, "size": 20},
    )


def turf_booking_screen(rng: random.Random, font: str):
    """An Indian sports-venue app's box-cricket / football turf slot booking confirmation screen."""
    venue = rng.choice(["Kick Off Arena, Whitefield", "Turf Park Andheri", "Goal Box Gachibowli", "Sixer Box Cricket"])
    mark = rupee(font)
    slot = float(rng.choice([800, 1000, 1200, 1500, 1800, 2400]))
    fee = round(slot * rng.choice([0, 0.02, 0.025]), 2)
    gst = round(fee * 0.18, 2)
    off = float(rng.choice([0, 0, 100, 150]))
    total = round(slot + fee + gst - off, 2)
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Booking Confirmed", "Payment successful", "You're all set!"],
            "failed": ["Payment failed", "Booking not confirmed - payment failed"],
            "pending": ["Payment pending", "Confirming your booking..."],
        },
    )
    rows = [
        ("title", rng.choice(["Playo", "Hudle", "KheloMore", "TurfTown"])),
        ("center", rng.choice(["Booking details", "Your booking", "Payment summary"])),
        ("gap",),
    ]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", mark + money(total, rng.choice(["indian", "plain"]))),
        ("rule",),
        ("pair", "Venue", venue),
        ("pair", rng.choice(["Sport", "Game"]), rng.choice(["Box Cricket", "Football 5v5", "Badminton Court 2"])),
        ("pair", rng.choice(["Slot", "Play date"]),
         date_text(when + dt.timedelta(days=rng.randint(1, 5)), "%a, {d} %b") + " 7:00-8:00 PM"),
    ]
    booking = rng.choice(["BK", "PLY", "HD"]) + digits(rng, 8)
    booking_printed = optional_pair(rng, rows, ["Booking ID", "Booking Ref"], booking, 0.2)
    rows += [("rule",), ("pair", "Slot price", mark + money(slot, "indian"))]
    if fee:
        rows += [("pair", "Convenience fee", mark + money(fee, "plain")), ("pair", "GST on fee", mark + money(gst, "plain"))]
    if off:
        rows.append(("pair", rng.choice(["Coupon PLAY100", "Offer applied"]), "-" + mark + money(off, "plain")))
    rows.append(("pair", rng.choice(["Total paid", "Amount paid", "Total"]), mark + money(total, "indian")))
    method = rng.choice(["UPI", "UPI", "card", "wallet", "netbanking"])
    rows.append(
        (
            "pair",
            rng.choice(["Paid via", "Payment mode"]),
            {
                "UPI": rng.choice(["UPI", "UPI - PhonePe"]),
                "card": "Credit card xx" + digits(rng, 4),
                "wallet": rng.choice(["Paytm Wallet", "Amazon Pay balance"]),
                "netbanking": "Netbanking - SBI",
            }[method],
        )
    )
    rows.append(("pair", rng.choice(["Paid on", "Transaction date"]), date_text(when, "{d} %b %Y") + ", " + clock(rng, True)))
    pay_id = "pay_" + code(rng, 14, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789")
    pay_printed = optional_pair(rng, rows, ["Payment ID", "Transaction ID"], pay_id, 0.3)
    ref = digits(rng, 12)
    ref_printed = method == "UPI" and status != "failed" and optional_pair(rng, rows, ["UPI Ref No", "UTR"], ref, 0.5)
    rows.append(("small", "Cancel up to 6 hrs before the slot for a full refund"))
    best = ref if ref_printed else pay_id if pay_printed else booking if booking_printed else None
    return (
        rows,
        _truth(venue, total, "INR", best, when, method, status),
        dict(SCREEN, band=(23, 140, 80)),
    )


def us_water_utility(rng: random.Random, font: str):
    """A US city water & sewer utility's online one-time payment confirmation page."""
    city = rng.choice(
        ["City of Tucson Water", "Denver Water", "Town of Cary Utilities", "Columbus Division of Water"]
    )
    water, sewer = price(rng, 18, 140), price(rng, 15, 120)
    fee = rng.choice([0.0, 0.0, 1.95, 2.50])
    total = round(water + sewer + fee, 2)
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Thank you! Your payment has been received.", "Payment Successful", "Payment Complete"],
            "failed": ["Payment Declined", "Your payment could not be processed"],
            "pending": ["Payment Pending", "Scheduled - processing"],
        },
    )
    rows = [("title", city), ("center", rng.choice(["Online Bill Pay", "Payment Confirmation", "Pay My Bill"])), ("gap",)]
    if words:
        rows.append(("center", words))
    conf = rng.choice(["", "WEB", "C"]) + digits(rng, rng.choice([8, 9, 10]))
    rows += [
        ("rule",),
        ("pair", rng.choice(["Account Number", "Utility Account #", "Acct"]), f"{digits(rng, 6)}-{digits(rng, 6)}"),
        ("pair", "Service Address", rng.choice(["412 E Elm St", "9087 Cedar Ridge Dr", "1550 N Oak Ave Apt 3"])),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Bill Due Date", date_text(when + dt.timedelta(days=rng.randint(2, 12)), "%m/%d/%Y")))
    rows += [
        ("pair", "Water", f"${water:,.2f}"),
        ("pair", "Sewer", f"${sewer:,.2f}"),
    ]
    if fee:
        rows.append(("pair", rng.choice(["Convenience Fee", "Service Fee"]), f"${fee:.2f}"))
    rows.append(("pair", rng.choice(["Total Payment", "Payment Amount", "Amount Charged"]), f"${total:,.2f}"))
    method = rng.choice(["card", "card", "netbanking"])
    if method == "card":
        rows.append(("pair", rng.choice(["Payment Method", "Paid With"]),
                     rng.choice(["Visa", "Mastercard", "Discover"]) + " ending in " + digits(rng, 4)))
    else:
        rows.append(("pair", rng.choice(["Payment Method", "Paid With"]),
                     rng.choice(["eCheck (ACH) - Checking ****", "Bank Account ****"]) + digits(rng, 4)))
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("pair", rng.choice(["Payment Date", "Date Submitted"]),
                     date_text(when, rng.choice(US_DATES)) + " " + clock(rng, True)))
    conf_printed = optional_pair(rng, rows, ["Confirmation Number", "Confirmation #", "Reference Number"], conf, 0.15)
    rows.append(("small", "Customer Service (" + digits(rng, 3) + ") 555-" + digits(rng, 4)))
    return (
        rows,
        _truth(city, total, "USD", conf if conf_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, width=600, band=(20, 80, 150)),
    )


def quick_lube_invoice(rng: random.Random, font: str):
    """A US quick-lube oil change invoice with VIN, mileage, shop supplies, sales tax and a card line."""
    shop = rng.choice(["Valvoline Instant Oil Change", "Jiffy Lube #2317", "Take 5 Oil Change", "Grease Monkey #641"])
    services = [
        ("Synthetic Blend Oil Change", 49.99, 79.99),
        ("Full Synthetic Oil Change", 79.99, 109.99),
        ("Engine Air Filter", 24.99, 39.99),
        ("Cabin Air Filter", 34.99, 54.99),
        ("Wiper Blades (pair)", 29.99, 44.99),
        ("Tire Rotation", 19.99, 29.99),
    ]
    inv, when = digits(rng, rng.choice([6, 7])), day(rng)
    rows = [
        ("title", shop),
        ("center", rng.choice(["2204 S Broadway, Edmond OK", "515 Route 22, Union NJ", "7710 W Colfax Ave, Lakewood CO"])),
        ("center", f"({digits(rng, 3)}) 555-{digits(rng, 4)}"),
        ("rule",),
        ("pair", rng.choice(["Invoice #", "Invoice No", "Ticket"]), inv),
        ("pair", "Date", date_text(when, rng.choice(US_DATES[:1] + ["%m/%d/%y"])) + " " + clock(rng, True)),
        ("pair", "VIN", code(rng, 17, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")),
        ("pair", rng.choice(["Mileage", "Odometer"]), f"{rng.randint(12000, 190000):,}"),
        ("pair", "Plate", code(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ") + "-" + digits(rng, 4)),
        ("rule",),
    ]
    subtotal = _items(rng, rows, services, 1, 3)
    supplies = rng.choice([0.0, 2.99, 4.50])
    if supplies:
        rows.append(("pair", "Shop Supplies", f"{supplies:.2f}"))
    coupon = rng.choice([0.0, 0.0, 10.0, 15.0])
    if coupon:
        rows.append(("pair", "Coupon", f"-{coupon:.2f}"))
    taxable = round(subtotal + supplies - coupon, 2)
    tax = round(taxable * rng.choice([0.045, 0.06625, 0.0875]), 2)
    total = round(taxable + tax, 2)
    rows += [("rule",), ("pair", "Subtotal", f"{taxable:.2f}"), ("pair", "Sales Tax", f"{tax:.2f}"),
             ("pair", rng.choice(["TOTAL", "Total Due", "Invoice Total"]), f"${total:,.2f}")]
    method = rng.choice(["card", "card", "card", "cash", None])
    auth = digits(rng, 6)
    auth_printed = False
    approved = False
    if method == "card":
        rows.append(("pair", rng.choice(["VISA", "MASTERCARD", "AMEX"]) + " ************" + digits(rng, 4), f"{total:.2f}"))
        auth_printed = optional_pair(rng, rows, ["Auth Code", "Approval", "AUTH #"], auth, 0.3)
        if shown(rng, 0.5):
            rows.append(("center", rng.choice(["APPROVED", "Approved - Thank You"])))
            approved = True
    elif method == "cash":
        tendered = float(-(-total // 20) * 20)
        rows += [("pair", "Cash", f"{tendered:.2f}"), ("pair", "Change", f"{tendered - total:.2f}")]
    rows.append(("small", "Next service due at " + f"{rng.randint(15000, 200000):,}" + " mi or " +
                 date_text(when + dt.timedelta(days=120), "%m/%d/%Y")))
    return (
        rows,
        _truth(shop, total, "USD", auth if auth_printed else inv, when, method, "success" if approved else None),
        {"width": 560, "size": 20},
    )


def us_donation_email(rng: random.Random, font: str):
    """A US nonprofit's tax-deductible donation receipt e-mail (EIN printed, card or ACH)."""
    org = rng.choice(
        ["Second Harvest Food Bank", "Habitat for Humanity of Greater Tulsa", "Friends of the Riverside Library",
         "St. Jude Children's Research Hospital"]
    )
    amount, when = float(rng.choice([25, 50, 75, 100, 150, 250, 500, 1000])) + rng.choice([0, 0, 0.5, 2.75]), day(rng)
    rows = [
        ("left", "From: " + rng.choice(["donations@", "receipts@", "giving@"]) + "example.org"),
        ("left", "Subject: " + rng.choice(["Thank you for your gift!", "Your donation receipt", "Donation confirmation"])),
        ("rule",),
        ("title", org),
        ("left", "Dear " + rng.choice(["Jennifer", "Michael", "Mr. and Mrs. Alvarez", "Friend"]) + ","),
        ("left", "Thank you for your generous " + rng.choice(["one-time", "monthly", ""]) + " gift."),
        ("rule",),
        ("pair", rng.choice(["Donation Amount", "Gift Amount", "Amount"]), f"${amount:,.2f}"),
    ]
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("pair", rng.choice(["Date", "Gift Date", "Donation Date"]), date_text(when, rng.choice(US_DATES))))
    method = rng.choice(["card", "card", "netbanking", "wallet"])
    rows.append(
        (
            "pair",
            rng.choice(["Payment Method", "Paid by", "Method"]),
            {
                "card": rng.choice(["Visa", "Mastercard", "American Express"]) + " ****" + digits(rng, 4),
                "netbanking": rng.choice(["Bank account (ACH)", "ACH - Checking ****" + digits(rng, 4)]),
                "wallet": rng.choice(["PayPal", "Venmo"]),
            }[method],
        )
    )
    txn = rng.choice(["ch_", "TXN-", ""]) + code(rng, rng.choice([10, 14]), "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "Confirmation #", "Receipt Number"], txn, 0.25)
    rows.append(("pair", rng.choice(["Designation", "Fund"]), rng.choice(["Where needed most", "Building Fund", "Youth Programs"])))
    if shown(rng, 0.4):
        rows.append(("pair", "Donor ID", digits(rng, 7)))
    rows += [
        ("rule",),
        ("small", f"{org} is a 501(c)(3) organization, EIN {digits(rng, 2)}-{digits(rng, 7)}."),
        ("small", "No goods or services were provided in exchange for this contribution."),
    ]
    if shown(rng, 0.5):
        rows.append(("small", "Your next scheduled gift: " + date_text(when + dt.timedelta(days=30), "%B {d}, %Y")))
    return (
        rows,
        _truth(org, amount, "USD", txn if txn_printed else None, when if date_printed else None, method, None),
        {"width": 640, "size": 19, "paper": (255, 255, 255)},
    )


def italian_parking_meter(rng: random.Random, font: str):
    """An Italian street parking meter (parcometro) ticket: paid time, expiry, coins or card."""
    operator = rng.choice(["Comune di Bologna - TPER Sosta", "Roma Servizi per la Mobilità", "ATM Milano Sosta",
                           "Comune di Verona - AMT"])
    when = day(rng)
    hours = rng.choice([0.5, 1, 1.5, 2, 3])
    amount = round(hours * rng.choice([1.2, 1.5, 2.0, 2.5]), 2)
    start = clock(rng, False)
    h, m = (int(part) for part in start.split(":"))
    end_minutes = h * 60 + m + int(hours * 60)
    ticket = digits(rng, rng.choice([5, 6]))
    rows = [
        ("title", operator),
        ("center", rng.choice(["PARCOMETRO", "TICKET SOSTA", "RICEVUTA DI PAGAMENTO"])),
        ("pair", rng.choice(["Parcometro n.", "Terminale"]), digits(rng, 4)),
        ("pair", "Zona", rng.choice(["A1 - Centro", "Blu 3", "Z2"])),
        ("rule",),
        ("pair", rng.choice(["Data", "Emesso il"]), date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y"]))),
        ("pair", rng.choice(["Inizio sosta", "Ora inizio"]), start),
        ("pair", rng.choice(["Fine sosta", "Scadenza", "Valido fino"]), f"{end_minutes // 60 % 24:02d}:{end_minutes % 60:02d}"),
        ("big", money(amount, "european") + rng.choice([" EUR", " €", " Euro"])),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Targa", code(rng, 2, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(rng, 3) + code(rng, 2, "ABCDEFGHJKLMNPRSTVWXYZ")))
    method = rng.choice(["cash", "card", "card", None])
    auth = digits(rng, 6)
    auth_printed = False
    if method == "cash":
        rows.append(("pair", "Pagamento", rng.choice(["Monete", "Contanti"])))
    elif method == "card":
        rows.append(("pair", "Pagamento", rng.choice(["Carta contactless", "Bancomat", "Carta di credito"])))
        auth_printed = optional_pair(rng, rows, ["Cod. autorizzazione", "Aut."], auth, 0.4)
    rows += [
        ("pair", rng.choice(["Ticket n.", "N. biglietto", "Progressivo"]), ticket),
        ("small", "Esporre in modo visibile sul cruscotto"),
    ]
    return (
        rows,
        _truth(operator, amount, "EUR", auth if auth_printed else ticket, when, method, None),
        {"width": 440, "size": 20, "paper": (250, 250, 248)},
    )


def pagopa_receipt(rng: random.Random, font: str):
    """An Italian pagoPA payment receipt (ricevuta) for a school or municipal fee, paid through a PSP."""
    body = rng.choice(
        ["Istituto Comprensivo Via Manzoni", "Comune di Padova", "Università degli Studi di Torino", "ASL Napoli 1 Centro"]
    )
    reason = rng.choice(["Contributo volontario a.s.", "Servizio mensa scolastica", "Tassa iscrizione", "Ticket sanitario"])
    amount = price(rng, 15, 900, rng.choice([1, 0.5, 0.01]))
    fee = rng.choice([0.0, 1.0, 1.50, 2.0])
    total = round(amount + fee, 2)
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Pagamento eseguito", "Pagamento riuscito", "Esito: positivo"],
            "failed": ["Pagamento non riuscito", "Esito: negativo"],
            "pending": ["Pagamento in corso", "In attesa di conferma"],
        },
    )
    notice = "3" + digits(rng, 17)
    rows = [("title", "pagoPA"), ("center", rng.choice(["Ricevuta di pagamento", "Ricevuta"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", money(total, "european") + " €"),
        ("rule",),
        ("pair", rng.choice(["Ente creditore", "Beneficiario"]), body),
        ("pair", "Codice fiscale ente", digits(rng, 11)),
        ("pair", "Oggetto", reason),
        ("pair", rng.choice(["Codice avviso", "Numero avviso"]), notice),
        ("pair", "Importo", money(amount, "european") + " €"),
        ("pair", "Commissione", money(fee, "european") + " €"),
        ("pair", rng.choice(["Totale", "Totale pagato", "Importo totale"]), money(total, "european") + " €"),
        ("pair", rng.choice(["Data e ora", "Data pagamento", "Eseguito il"]),
         date_text(when, rng.choice(["%d/%m/%Y", "{d} %b %Y", "%d.%m.%Y"])) + " " + clock(rng, False)),
    ]
    method = rng.choice(["card", "card", "netbanking", "wallet"])
    rows.append(
        (
            "pair",
            rng.choice(["Metodo di pagamento", "Pagato con"]),
            {
                "card": rng.choice(["Carta Visa ****", "Mastercard ****"]) + digits(rng, 4),
                "netbanking": rng.choice(["Conto corrente - Intesa Sanpaolo", "Bonifico MyBank"]),
                "wallet": rng.choice(["PayPal", "Satispay"]),
            }[method],
        )
    )
    rows.append(("pair", "Gestore (PSP)", rng.choice(["Nexi Payments", "Intesa Sanpaolo", "PayPal Europe"])))
    txn = code(rng, 12, "0123456789abcdef") if rng.random() < 0.5 else digits(rng, 11)
    txn_printed = optional_pair(rng, rows, ["ID transazione", "Codice transazione"], txn, 0.2)
    auth = digits(rng, 6)
    auth_printed = method == "card" and status != "failed" and optional_pair(rng, rows, ["Codice autorizzazione"], auth, 0.5)
    iuv = notice[1:]
    iuv_printed = optional_pair(rng, rows, ["Codice IUV", "IUV"], iuv, 0.3)
    rows.append(("small", "Per assistenza consulta pagopa.gov.it"))
    best = txn if txn_printed else auth if auth_printed else iuv if iuv_printed else notice
    return (
        rows,
        _truth(body, total, "EUR", best, when, method, status),
        dict(SCREEN, band=(0, 102, 204)),
    )


def german_trade_invoice(rng: random.Random, font: str):
    """A German tradesman's invoice (Handwerkerrechnung), 19% MwSt, marked paid by transfer, card or cash."""
    firm = rng.choice(
        ["Sanitär Krüger GmbH", "Elektro Hoffmann e.K.", "Malerbetrieb Schulze & Sohn", "Heizungsbau Wagner GmbH"]
    )
    work = [
        ("Arbeitszeit Monteur 1,5 Std.", 85, 140),
        ("Anfahrtspauschale", 25, 45),
        ("Thermostatventil", 18, 45),
        ("Eckventil 1/2 Zoll", 9, 22),
        ("Kleinmaterial", 5, 20),
        ("Fehlerstrom-Schutzschalter", 45, 95),
        ("Dispersionsfarbe 10 l", 40, 85),
    ]
    number, when = rng.choice(["RE-", "R", "2025-"]) + digits(rng, rng.choice([4, 5])), day(rng)
    rows = [
        ("title", firm),
        ("center", rng.choice(["Hauptstraße 14, 50667 Köln", "Lindenweg 3, 80331 München", "Am Markt 7, 04109 Leipzig"])),
        ("center", "Tel. 0" + digits(rng, 3) + " " + digits(rng, 6)),
        ("rule",),
        ("left", "Herrn/Frau " + rng.choice(["Thomas Becker", "Sabine Neumann", "Familie Yilmaz"])),
        ("center", "RECHNUNG"),
        ("pair", rng.choice(["Rechnungsnummer", "Rechnung Nr.", "Re.-Nr."]), number),
    ]
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("pair", rng.choice(["Rechnungsdatum", "Datum"]), date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"]))))
    rows.append(("pair", rng.choice(["Kundennummer", "Kunden-Nr."]), digits(rng, 5)))
    if shown(rng, 0.4):
        rows.append(("pair", "Auftrag vom", date_text(when - dt.timedelta(days=rng.randint(3, 20)), "%d.%m.%Y")))
    rows.append(("rule",))
    net = _items(rng, rows, work, 2, 4, lambda value: money(value, "european") + " €")
    vat = round(net * 0.19, 2)
    total = round(net + vat, 2)
    rows += [
        ("rule",),
        ("pair", "Nettobetrag", money(net, "european") + " €"),
        ("pair", "zzgl. 19 % MwSt.", money(vat, "european") + " €"),
        ("pair", rng.choice(["Gesamtbetrag", "Rechnungsbetrag", "Summe brutto"]), money(total, "european") + " €"),
    ]
    method = rng.choice(["netbanking", "netbanking", "card", "cash", None])
    paid = method is not None and shown(rng, 0.3)
    if method == "netbanking":
        rows.append(("small", "Bankverbindung: IBAN DE" + digits(rng, 2) + " " + " ".join(digits(rng, 4) for _ in range(4)) + " " + digits(rng, 2)))
        if paid:
            rows.append(("center", rng.choice(["Betrag dankend per Überweisung erhalten", "Bezahlt per Überweisung"])))
        else:
            rows.append(("small", "Bitte überweisen Sie den Betrag bis " + date_text(when + dt.timedelta(days=14), "%d.%m.%Y")))
    elif method == "card":
        rows.append(("center", rng.choice(["Bezahlt mit EC-Karte", "Bezahlt per Kartenzahlung (girocard)"])))
    elif method == "cash":
        rows.append(("center", rng.choice(["Betrag bar erhalten", "Bar bezahlt - Vielen Dank"])))
    else:
        rows.append(("small", "Zahlbar innerhalb 14 Tagen ohne Abzug"))
    rows.append(("small", "USt-IdNr. DE" + digits(rng, 9) + "  Steuer-Nr. " + digits(rng, 3) + "/" + digits(rng, 4) + "/" + digits(rng, 4)))
    # only a printed "received"/"paid" counts as a status; an unpaid transfer request has no payment method yet
    status = "success" if method in ("card", "cash") or paid else None
    truth_method = method if method != "netbanking" or paid else None
    return (
        rows,
        _truth(firm, total, "EUR", number, when if date_printed else None, truth_method, status),
        {"width": 620, "size": 19, "paper": (255, 255, 255)},
    )


def uk_pcn_payment(rng: random.Random, font: str):
    """A UK council's penalty charge notice (PCN) online payment confirmation page."""
    council = rng.choice(
        ["London Borough of Camden", "Manchester City Council", "Brighton & Hove City Council", "Bristol City Council"]
    )
    amount = float(rng.choice([35, 55, 65, 80, 110, 130, 160]))
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment successful", "Thank you, your payment has been accepted", "Payment complete"],
            "failed": ["Payment declined", "Your payment was not successful"],
            "pending": ["Payment pending", "We are processing your payment"],
        },
    )
    rows = [("title", council), ("center", rng.choice(["Pay a Penalty Charge Notice", "Parking fine payment"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("rule",),
        ("pair", rng.choice(["PCN number", "Penalty Charge Notice"]), code(rng, 2, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(rng, 8)),
        ("pair", rng.choice(["Vehicle registration", "VRM"]), code(rng, 2, "ABCDEFGHKLMNPRSTVWY") + digits(rng, 2) + " " + code(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ")),
        ("pair", "Contravention date", date_text(when - dt.timedelta(days=rng.randint(3, 13)), rng.choice(UK_DATES))),
        ("pair", rng.choice(["Amount paid", "Payment amount", "Amount"]), rng.choice(["£", "GBP "]) + f"{amount:.2f}"),
    ]
    if shown(rng, 0.5):
        rows.append(("small", "Discounted rate applies if paid within 14 days of issue"))
    rows.append(
        (
            "pair",
            rng.choice(["Payment method", "Paid by", "Card type"]),
            rng.choice(["Visa Debit", "Mastercard", "Visa Credit"]) + rng.choice([" ending ", " ****"]) + digits(rng, 4),
        )
    )
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("pair", rng.choice(["Date of payment", "Payment date"]),
                     date_text(when, rng.choice(UK_DATES)) + " " + clock(rng, False)))
    ref = rng.choice(["PAY", "CAM", ""]) + digits(rng, 9)
    ref_printed = optional_pair(rng, rows, ["Payment reference", "Transaction reference", "Your reference"], ref, 0.15)
    auth = digits(rng, 6)
    auth_printed = status != "failed" and optional_pair(rng, rows, ["Authorisation code", "Auth code"], auth, 0.6)
    rows.append(("small", "Please keep this reference for your records."))
    return (
        rows,
        _truth(council, amount, "GBP", ref if ref_printed else auth if auth_printed else None,
               when if date_printed else None, "card", status),
        dict(SCREEN, width=600, band=(11, 12, 12)),
    )


def parentpay_screen(rng: random.Random, font: str):
    """A UK school payments app confirmation (dinner money, trips, clubs) paid by card or from account credit."""
    app = rng.choice(["ParentPay", "SchoolMoney", "Arbor Pay", "sQuid"])
    school = rng.choice(["St Mary's C of E Primary School", "Oakfield Academy", "Hillside Junior School", "Kingsway High School"])
    items = [
        ("Dinner money (Mia)", 10.00, 46.00),
        ("Year 4 trip - Science Museum", 12.00, 35.00),
        ("Breakfast club", 3.50, 20.00),
        ("Football club - Spring", 15.00, 40.00),
        ("PE kit", 8.50, 22.00),
    ]
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment successful", "Thank you for your payment", "Payment confirmed"],
            "failed": ["Payment failed", "Payment unsuccessful"],
            "pending": ["Payment processing"],
        },
    )
    rows = [("title", app), ("center", rng.choice(["Payment receipt", "Basket checkout", "Payment details"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [("pair", "School", school), ("rule",)]
    total = _items(rng, rows, items, 1, 3, lambda value: f"£{value:.2f}", 0.5)
    rows += [("rule",), ("pair", rng.choice(["Total", "Total paid", "Basket total"]), f"£{total:.2f}")]
    method = rng.choice(["card", "card", "wallet", None])
    if method == "card":
        rows.append(("pair", rng.choice(["Paid with", "Payment method"]), rng.choice(["Visa", "Mastercard"]) + " ••••" + digits(rng, 4)))
    elif method == "wallet":
        rows.append(("pair", rng.choice(["Paid with", "Payment method"]), rng.choice(["Account credit", "ParentAccount balance"])))
    rows.append(("pair", rng.choice(["Date", "Paid on"]), date_text(when, rng.choice(UK_DATES)) + " " + clock(rng, False)))
    txn = code(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ") + digits(rng, 8)
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "Payment reference", "Receipt number"], txn, 0.2)
    if shown(rng, 0.5):
        rows.append(("pair", "Pupil", rng.choice(["Mia Thompson (4B)", "Oliver Khan (6R)", "Amelia Jones (2H)"])))
    if shown(rng, 0.5):
        rows.append(("small", "Trip consent due by " + date_text(when + dt.timedelta(days=10), "%d/%m/%Y")))
    return (
        rows,
        _truth(school, total, "GBP", txn if txn_printed else None, when, method, status),
        dict(SCREEN, band=(102, 45, 145)),
    )


def chip_shop_till(rng: random.Random, font: str):
    """A UK fish and chip shop's till receipt with an order number, eat-in VAT, card or cash."""
    shop = rng.choice(["The Golden Fry", "Captain's Plaice", "Harbour Fish Bar", "Frydays Fish & Chips"])
    menu = [
        ("Cod & Chips", 8.50, 12.95),
        ("Haddock (large)", 9.50, 13.50),
        ("Sausage in batter", 2.20, 3.50),
        ("Mushy peas", 1.50, 2.60),
        ("Curry sauce", 1.50, 2.50),
        ("Chips (regular)", 2.80, 4.20),
        ("Can of Irn-Bru", 1.20, 1.80),
    ]
    order, when = str(rng.randint(1, 250)), day(rng)
    rows = [
        ("title", shop),
        ("center", rng.choice(["12 Quay Street, Whitby", "88 High Street, Bangor", "3 Marine Parade, Southend"])),
        ("center", "VAT No: " + f"{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}"),
        ("rule",),
        ("pair", rng.choice(["Order", "Order No:", "Ticket"]), order),
        ("pair", date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%b-%Y"])), clock(rng, False)),
        ("pair", rng.choice(["Eat in", "Takeaway"]), "Till " + str(rng.randint(1, 3))),
        ("rule",),
    ]
    total = _items(rng, rows, menu, 1, 5, lambda value: f"{value:.2f}", 0.05)
    vat = round(total - total / 1.2, 2)
    rows += [("rule",), ("pair", rng.choice(["TOTAL", "Total", "BALANCE DUE"]), "£" + f"{total:.2f}"),
             ("pair", "VAT 20% incl.", f"{vat:.2f}")]
    method = rng.choice(["card", "card", "cash", None])
    auth = digits(rng, 6)
    auth_printed = False
    if method == "card":
        rows.append(("pair", rng.choice(["CARD", "Contactless", "Debit card"]), f"{total:.2f}"))
        auth_printed = optional_pair(rng, rows, ["AUTH CODE", "Auth"], auth, 0.5)
    elif method == "cash":
        tendered = float(-(-total // 5) * 5)
        rows += [("pair", "CASH", f"{tendered:.2f}"), ("pair", "CHANGE", f"{tendered - total:.2f}")]
    rows += [("small", "Tel " + "0" + digits(rng, 4) + " " + digits(rng, 6)), ("small", "Thank you - see you again!")]
    return (
        rows,
        _truth(shop, total, "GBP", auth if auth_printed else order, when, method, None),
        {"width": 480, "size": 20},
    )
