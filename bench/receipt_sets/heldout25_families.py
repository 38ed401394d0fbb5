"""The twelve heldout25 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

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
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"


def coworking_invoice(rng: random.Random, font: str):
    """An Indian coworking space's tax invoice for day passes, a dedicated desk or meeting-room hours (18% GST)."""
    space = rng.choice(["WorkNest Coworking LLP", "The Desk Studio", "Hive Commons Pvt Ltd", "CoLab91 Spaces"])
    mark = rupee(font)
    plans = [
        ("Day pass x 3", 900, 1500),
        ("Dedicated desk - monthly", 6500, 12000),
        ("Meeting room (4 pax) 2 hrs", 800, 1600),
        ("Virtual office address", 1500, 3000),
        ("Printing credits", 100, 400),
        ("Locker rental", 300, 700),
    ]
    number, when = rng.choice(["INV/25-26/", "INV-", "CW"]) + digits(rng, 4), day(rng)
    rows = [
        ("title", space),
        ("center", rng.choice(["HSR Layout Sector 2, Bengaluru", "Baner Road, Pune", "Hauz Khas Village, New Delhi"])),
        ("center", "GSTIN " + rng.choice(["29", "27", "07"]) + code(rng, 10) + "1Z" + code(rng, 1)),
        ("center", rng.choice(["TAX INVOICE", "Tax Invoice cum Receipt"])),
        ("rule",),
        ("pair", rng.choice(["Invoice No.", "Invoice #", "Inv No"]), number),
        ("pair", rng.choice(["Invoice Date", "Dated", "Date"]), date_text(when, rng.choice(ISO_DATES[:3] + ["%d-%b-%Y"]))),
        ("pair", rng.choice(["Member", "Billed to"]), rng.choice(["Arjun Mehta", "Pixelcraft Studio LLP", "Neha Iyer"])),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Member ID", "M" + digits(rng, 5)))
    if shown(rng, 0.5):
        start = when.replace(day=1)
        rows.append(("pair", "Period", date_text(start, "%d/%m") + " - " + date_text(start + dt.timedelta(days=27), "%d/%m/%Y")))
    rows.append(("rule",))
    net = _items(rng, rows, plans, 1, 3, lambda value: money(value, "indian"), rng.choice([1, 50]))
    gst = round(net * 0.18, 2)
    total = round(net + gst, 2)
    rows += [("rule",), ("pair", "Taxable value", money(net, "indian"))]
    if shown(rng, 0.5):
        rows += [("pair", "CGST @ 9%", money(gst / 2, "indian")), ("pair", "SGST @ 9%", money(gst / 2, "indian"))]
    else:
        rows.append(("pair", "IGST @ 18%", money(gst, "indian")))
    rows.append(("pair", rng.choice(["Invoice Total", "Grand Total", "Amount Payable"]), mark + " " + money(total, "indian")))
    method = rng.choice(["netbanking", "UPI", "card", None])
    ref = digits(rng, 12)
    ref_printed = False
    status = None
    if method is not None:
        rows.append(("pair", rng.choice(["Received via", "Payment mode"]),
                     {"netbanking": rng.choice(["NEFT", "IMPS", "RTGS"]), "UPI": "UPI",
                      "card": "Card (Razorpay)"}[method]))
        if method in ("netbanking", "UPI"):
            ref_printed = optional_pair(rng, rows, ["UTR", "UTR No.", "Bank Ref"], ref, 0.3)
        if shown(rng, 0.5):
            rows.append(("center", rng.choice(["PAID - Thank you", "Payment received with thanks"])))
            status = "success"
    else:
        rows.append(("small", "Please pay within 7 days to A/c " + digits(rng, 12) + " IFSC HDFC0" + digits(rng, 6)))
    rows.append(("small", "SAC 997212 | This is a computer generated invoice"))
    return (
        rows,
        _truth(space, total, "INR", ref if ref_printed else number, when, method, status),
        {"width": 620, "size": 19, "paper": (255, 255, 255)},
    )


def metro_qr_ticket(rng: random.Random, font: str):
    """An Indian metro rail app's QR ticket purchase screen (single or return journey, group tickets)."""
    lines = {
        "Namma Metro (BMRCL)": ["MG Road", "Indiranagar", "Majestic", "Yelachenahalli"],
        "Delhi Metro Rail Corporation": ["Rajiv Chowk", "Kashmere Gate", "Hauz Khas", "Dwarka Sector 21"],
        "Mumbai Metro One": ["Andheri", "Ghatkopar", "Versova", "Marol Naka"],
        "Chennai Metro Rail": ["Guindy", "Airport", "Central", "Vadapalani"],
    }
    metro = rng.choice(sorted(lines))
    stations = lines[metro]
    mark = rupee(font)
    fare = float(rng.choice([10, 20, 30, 40, 50, 60]))
    count = rng.choice([1, 1, 2, 3])
    kind = rng.choice(["Single Journey", "Return Journey"])
    total = fare * count * (2 if kind == "Return Journey" else 1)
    off = round(total * 0.05, 2) if shown(rng, 0.6) else 0.0
    total = round(total - off, 2)
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Ticket booked successfully", "Payment Successful"],
            "failed": ["Payment failed. Ticket not generated", "Transaction failed"],
            "pending": ["Payment pending", "Awaiting bank confirmation"],
        },
    )
    origin, dest = rng.sample(stations, 2)
    rows = [("title", metro), ("center", rng.choice(["QR Ticket", "My Tickets", "Ticket details"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", mark + money(total, "plain")),
        ("rule",),
        ("pair", "From", origin),
        ("pair", "To", dest),
        ("pair", rng.choice(["Ticket type", "Journey"]), kind),
        ("pair", rng.choice(["Passengers", "No. of tickets"]), str(count)),
        ("pair", rng.choice(["Valid till", "Valid upto"]), date_text(when, "%d %b %Y") + " 23:59"),
        ("pair", "Fare", mark + money(fare * count * (2 if kind == "Return Journey" else 1), "plain")),
    ]
    if off:
        rows.append(("pair", rng.choice(["QR discount 5%", "Discount"]), "-" + mark + money(off, "plain")))
    rows.append(("pair", rng.choice(["Amount paid", "Total fare"]), mark + money(total, "plain")))
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(("pair", rng.choice(["Booked on", "Purchase time"]),
                     date_text(when, rng.choice(["%d-%m-%Y", "{d} %b %Y", "%d/%m/%Y"])) + " " + clock(rng, True)))
    method = rng.choice(["UPI", "UPI", "card", "wallet"])
    rows.append(("pair", rng.choice(["Payment mode", "Paid using"]),
                 {"UPI": rng.choice(["UPI", "BHIM UPI"]), "card": "Debit card", "wallet": "Paytm Wallet"}[method]))
    ticket = rng.choice(["TKT", "QR", ""]) + digits(rng, 10)
    ticket_printed = optional_pair(rng, rows, ["Ticket No.", "Ticket ID"], ticket, 0.15)
    order = "ORD" + digits(rng, 12)
    order_printed = optional_pair(rng, rows, ["Order ID", "Booking ID"], order, 0.4)
    ref = digits(rng, 12)
    ref_printed = method == "UPI" and status != "failed" and optional_pair(rng, rows, ["Bank Ref No", "UPI Txn ID"], ref, 0.5)
    rows.append(("small", "Scan the QR at the AFC gate"))
    best = ref if ref_printed else order if order_printed else ticket if ticket_printed else None
    return (
        rows,
        _truth(metro, total, "INR", best, when if date_printed else None, method, status),
        dict(SCREEN, band=(120, 40, 140)),
    )


def photo_studio_bill(rng: random.Random, font: str):
    """An Indian photo studio's thermal bill: passport photos, prints, lamination, a paid-at-counter mode."""
    studio = rng.choice(["Kala Digital Studio", "Sai Photo & Xerox", "Click Point Studio", "Royal Colour Lab"])
    mark = rupee(font)
    items = [
        ("Passport photo (8 pcs)", 80, 150),
        ("Visa photo 2x2 in", 150, 300),
        ("Photo print 6x4 x 10", 100, 200),
        ("A4 lamination", 30, 60),
        ("Photo frame 8x10", 250, 650),
        ("Soft copy on email", 20, 50),
        ("Xerox B/W x 12", 12, 24),
    ]
    bill, when = digits(rng, rng.choice([3, 4])), day(rng)
    rows = [
        ("title", studio),
        ("center", rng.choice(["Opp. Bus Stand, Hubballi", "Station Road, Ujjain", "Main Bazaar, Karnal"])),
        ("center", "Mob " + phone(rng)),
        ("rule",),
        ("pair", rng.choice(["Bill No :", "Token", "Inv No :"]), bill),
        ("pair", date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%y"])), clock(rng, True)),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Delivery", date_text(when + dt.timedelta(days=rng.randint(1, 3)), "%d/%m") + " eve"))
    rows.append(("rule",))
    total = _items(rng, rows, items, 1, 4, lambda value: money(value, "plain"), 10)
    rows += [("rule",), ("pair", rng.choice(["TOTAL", "NET AMT", "Grand Total"]), mark + " " + money(total, "indian"))]
    method = rng.choice(["cash", "cash", "UPI", None])
    if method:
        rows.append(("pair", "Paid by", {"cash": rng.choice(["CASH", "Cash"]), "UPI": rng.choice(["UPI", "PhonePe"])}[method]))
    if method == "cash" and shown(rng, 0.5):
        tendered = float(-(-total // 100) * 100 + rng.choice([0, 100]))
        rows += [("pair", "Recd", money(tendered, "plain")), ("pair", "Return", money(tendered - total, "plain"))]
    rows.append(("small", rng.choice(["Uncollected photos destroyed after 30 days", "Thank You! Visit Again"])))
    return (
        rows,
        _truth(studio, total, "INR", bill, when, method, None),
        {"width": 480, "size": 20},
    )


def us_fishing_license(rng: random.Random, font: str):
    """A US state wildlife agency's online hunting/fishing licence purchase confirmation."""
    agency = rng.choice(
        ["Texas Parks & Wildlife", "Florida Fish & Wildlife (FWC)", "Michigan DNR",
         "Oregon Dept. of Fish & Wildlife"]
    )
    items = [
        ("Resident Fishing License", 20.0, 30.0),
        ("Freshwater Fishing Package", 25.0, 40.0),
        ("Deer Tag", 10.0, 35.0),
        ("Saltwater Endorsement", 10.0, 15.0),
        ("Waterfowl Stamp", 7.0, 15.0),
    ]
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Your purchase is complete", "Transaction Approved", "Order Complete"],
            "failed": ["Payment Declined", "Your transaction could not be completed"],
        },
        0.3,
    )
    rows = [("title", agency), ("center", rng.choice(["License Purchase Receipt", "Order Confirmation"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", rng.choice(["Customer ID", "Go Outdoors ID"]), digits(rng, 9)),
        ("pair", "Name", rng.choice(["James R. Whitaker", "Maria L. Gonzalez", "Dale Peterson"])),
        ("rule",),
    ]
    subtotal = _items(rng, rows, items, 1, 3, lambda value: f"${value:.2f}", 0.25)
    fee = round(subtotal * 0.03, 2) if shown(rng, 0.5) else 0.0
    rows.append(("rule",))
    if fee:
        rows += [("pair", "Subtotal", f"${subtotal:.2f}"), ("pair", rng.choice(["Transaction fee", "Processing fee"]), f"${fee:.2f}")]
    total = round(subtotal + fee, 2)
    rows.append(("pair", rng.choice(["Total", "Order Total", "Total Charged"]), f"${total:,.2f}"))
    rows.append(("pair", rng.choice(["License valid", "Valid through"]),
                 date_text(when + dt.timedelta(days=365), rng.choice(US_DATES[:3]))))
    date_printed = shown(rng, 0.15)
    if date_printed:
        rows.append(("pair", rng.choice(["Order Date", "Purchase Date", "Transaction Date"]),
                     date_text(when, rng.choice(US_DATES)) + " " + clock(rng, True)))
    rows.append(("pair", rng.choice(["Payment", "Paid with", "Card"]),
                 rng.choice(["VISA", "MasterCard", "Discover"]) + " x" + digits(rng, 4)))
    order = digits(rng, rng.choice([8, 10]))
    order_printed = optional_pair(rng, rows, ["Order Number", "Order #", "Confirmation Number"], order, 0.15)
    auth = code(rng, 6, "0123456789ABCDEF")
    auth_printed = status != "failed" and optional_pair(rng, rows, ["Authorization Code", "Auth #"], auth, 0.5)
    rows.append(("pair", "License No.", rng.choice(["TX", "FL", "MI"]) + digits(rng, 8)))
    rows.append(("small", "Carry your license while hunting or fishing."))
    return (
        rows,
        _truth(agency, total, "USD", auth if auth_printed else order if order_printed else None,
               when if date_printed else None, "card", status),
        dict(SCREEN, width=620, band=(30, 80, 50)),
    )


def bowling_slip(rng: random.Random, font: str):
    """A US bowling / family entertainment centre's card-terminal slip: lanes, shoes, arcade card, tip line."""
    venue = rng.choice(["Lucky Strike Lanes", "Bowlero Fairlawn", "Sunset Bowl & Arcade", "Pinz Entertainment Center"])
    items = [
        ("Lane 2 hr", 40.0, 75.0),
        ("Shoe rental x4", 14.0, 24.0),
        ("Arcade card $25", 25.0, 25.0),
        ("Pitcher soda", 8.0, 14.0),
        ("Large pizza", 16.0, 26.0),
        ("Laser tag x2", 18.0, 30.0),
    ]
    when = day(rng)
    rows = [
        ("title", venue),
        ("center", rng.choice(["1450 Route 17, Paramus NJ", "88 E Broadway, Mesa AZ", "300 Elm St, Dayton OH"])),
        ("center", "(" + digits(rng, 3) + ") " + digits(rng, 3) + "-" + digits(rng, 4)),
        ("pair", "MID: " + digits(rng, 12), "TID: " + digits(rng, 4)),
        ("rule",),
        ("pair", rng.choice(["Check #", "Chk", "Ticket"]), digits(rng, 4)),
        ("pair", date_text(when, rng.choice(["%m/%d/%Y", "%m/%d/%y", "%b {d} %Y"])), clock(rng, True)),
        ("pair", "Server", rng.choice(["KAYLA", "DEVON", "MIKE T"])),
        ("rule",),
    ]
    check = rows[5][2]
    subtotal = _items(rng, rows, items, 2, 4, lambda value: f"{value:.2f}", 0.5)
    tax = round(subtotal * rng.choice([0.06625, 0.0825, 0.0725]), 2)
    tip = round(subtotal * rng.choice([0, 0.15, 0.18, 0.2]), 2)
    total = round(subtotal + tax + tip, 2)
    rows += [("rule",), ("pair", "Subtotal", f"{subtotal:.2f}"), ("pair", "Tax", f"{tax:.2f}")]
    if tip:
        rows.append(("pair", rng.choice(["Tip", "Gratuity"]), f"{tip:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL", "Total", "AMOUNT"]), "$" + f"{total:,.2f}"))
    rows.append(("pair", rng.choice(["VISA", "MASTERCARD", "AMEX"]), "XXXXXXXXXXXX" + digits(rng, 4)))
    rows.append(("pair", "Entry", rng.choice(["CHIP", "CONTACTLESS", "SWIPED"])))
    auth = digits(rng, 6)
    auth_printed = optional_pair(rng, rows, ["AUTH CODE", "APPR CODE", "Auth #"], auth, 0.15)
    status = None
    if shown(rng, 0.4):
        rows.append(("center", rng.choice(["APPROVED", "** APPROVED **"])))
        status = "success"
    rows += [("small", "Customer Copy"), ("small", "Birthday parties! Book online")]
    return (
        rows,
        _truth(venue, total, "USD", auth if auth_printed else check, when, "card", status),
        {"width": 480, "size": 20},
    )


def multibanco_receipt(rng: random.Random, font: str):
    """A Portuguese Multibanco ATM slip (talão) for paying a service by entity and reference."""
    payee = rng.choice(["EDP Comercial", "Águas do Porto", "MEO - Serviços de Comunicações", "Autoridade Tributária"])
    bank = rng.choice(["Caixa Geral de Depósitos", "Millennium bcp", "Novo Banco", "Santander Totta"])
    amount = price(rng, 12, 480)
    when = day(rng)
    entity, ref = digits(rng, 5), digits(rng, 9)
    mov = digits(rng, rng.choice([5, 6]))
    rows = [
        ("title", "MULTIBANCO"),
        ("center", bank),
        ("center", rng.choice(["PAGAMENTO DE SERVIÇOS", "PAGAMENTOS", "PAG. SERVIÇOS/COMPRAS"])),
        ("rule",),
        ("pair", rng.choice(["DATA", "Data"]), date_text(when, rng.choice(["%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y"]))),
        ("pair", rng.choice(["HORA", "Hora"]), clock(rng, False)),
        ("pair", "LOCAL", rng.choice(["LISBOA - AV. REPUBLICA", "PORTO - ALIADOS", "BRAGA CENTRO"])),
        ("pair", "CARTÃO", "****" + digits(rng, 4)),
        ("rule",),
        ("pair", rng.choice(["ENTIDADE", "Entidade"]), entity),
        ("pair", rng.choice(["REFERÊNCIA", "Referência"]), ref),
        ("pair", rng.choice(["IMPORTÂNCIA", "MONTANTE", "Valor"]),
         rng.choice([money(amount, "european") + " EUR", money(amount, "european") + " €", "EUR " + money(amount, "european")])),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "BENEFICIÁRIO", payee))
        named = payee
    else:
        named = None
    mov_printed = optional_pair(rng, rows, ["N. MOVIMENTO", "Nº TRANSAÇÃO", "ID TRANS."], mov, 0.2)
    rows.append(("pair", "N. TALÃO", digits(rng, 4)))
    status = None
    if shown(rng, 0.5):
        rows.append(("center", rng.choice(["OPERAÇÃO EFECTUADA", "TRANSAÇÃO CONCLUÍDA"])))
        status = "success"
    rows.append(("small", "GUARDE ESTE TALÃO COMO COMPROVATIVO"))
    return (
        rows,
        # the reference identifies the bill (an invoice number of a kind); the movement number is the transaction
        _truth(named, amount, "EUR", mov if mov_printed else ref, when, "card", status),
        {"width": 440, "size": 20, "paper": (248, 248, 244)},
    )


def french_toll_ticket(rng: random.Random, font: str):
    """A French motorway toll (péage) receipt: entry/exit stations, vehicle class, card, télépéage or cash."""
    operator = rng.choice(["VINCI Autoroutes", "SANEF", "APRR", "ASF Autoroutes"])
    amount = price(rng, 2.1, 68, 0.1)
    when = day(rng)
    stations = ["Saint-Arnoult", "Lyon-Villefranche", "Fleury-en-Bière", "Bordeaux-Virelade", "Chamant", "Vienne Reventin"]
    entry, exit_ = rng.sample(stations, 2)
    rows = [
        ("title", operator),
        ("center", rng.choice(["REÇU DE PÉAGE", "TICKET DE PEAGE", "JUSTIFICATIF DE PAIEMENT"])),
        ("rule",),
        ("pair", rng.choice(["Gare", "Gare de péage"]), exit_),
        ("pair", "Entrée", entry),
        ("pair", "Voie", str(rng.randint(1, 24))),
        ("pair", rng.choice(["Classe", "Classe véhicule"]), str(rng.choice([1, 1, 2, 3]))),
        ("pair", rng.choice(["Le", "Date"]), date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"])) + " " + clock(rng, False)),
        ("rule",),
        ("pair", rng.choice(["Montant TTC", "Montant", "A PAYER"]),
         rng.choice([money(amount, "european") + " €", money(amount, "european") + " EUR", "EUR " + money(amount, "european")])),
        ("pair", "dont TVA 20%", money(round(amount - amount / 1.2, 2), "european")),
    ]
    method = rng.choice(["card", "card", "cash", None])
    auth = digits(rng, 6)
    auth_printed = False
    if method == "card":
        rows.append(("pair", rng.choice(["Paiement", "Mode"]), rng.choice(["CB SANS CONTACT", "CARTE BANCAIRE", "VISA"])))
        rows.append(("pair", "Carte", "**** **** **** " + digits(rng, 4)))
        auth_printed = optional_pair(rng, rows, ["N° autorisation", "Autor."], auth, 0.4)
    elif method == "cash":
        rows.append(("pair", rng.choice(["Paiement", "Mode"]), "ESPECES"))
    ticket = digits(rng, rng.choice([6, 8]))
    rows.append(("pair", rng.choice(["N° ticket", "Ticket N°", "N° reçu"]), ticket))
    rows.append(("small", "Bonne route ! " + rng.choice(["Info trafic 107.7", "Pensez au télépéage"])))
    return (
        rows,
        _truth(operator, amount, "EUR", auth if auth_printed else ticket, when, method, None),
        {"width": 460, "size": 20, "paper": (250, 250, 250)},
    )


def austrian_vignette(rng: random.Random, font: str):
    """An ASFINAG digital motorway vignette (Digitale Vignette) purchase confirmation screen."""
    kinds = {"10-Tages-Vignette": 12.40, "2-Monats-Vignette": 31.10, "Jahresvignette": 103.80, "1-Tages-Vignette": 8.60}
    kind = rng.choice(sorted(kinds))
    amount = kinds[kind]
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Zahlung erfolgreich", "Vielen Dank für Ihren Kauf!", "Kauf abgeschlossen"],
            "failed": ["Zahlung fehlgeschlagen", "Zahlung abgelehnt"],
            "pending": ["Zahlung wird verarbeitet"],
        },
    )
    plate = rng.choice(["W", "G", "L", "S", "M", "B"]) + "-" + digits(rng, 3) + code(rng, 2, UPPER)
    rows = [("title", "ASFINAG"), ("center", rng.choice(["Digitale Vignette", "Kaufbestätigung", "Ihre Bestellung"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", money(amount, "european") + " €"),
        ("rule",),
        ("pair", rng.choice(["Produkt", "Vignette"]), kind),
        ("pair", rng.choice(["Kennzeichen", "Kfz-Kennzeichen"]), plate),
        ("pair", rng.choice(["Gültig ab", "Gültigkeitsbeginn"]),
         date_text(when + dt.timedelta(days=rng.choice([0, 18])), rng.choice(["%d.%m.%Y", "%d.%m.%y"]))),
        ("pair", rng.choice(["Betrag", "Gesamtbetrag", "Summe"]),
         rng.choice(["EUR ", "€ "]) + money(amount, "european")),
    ]
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(("pair", rng.choice(["Kaufdatum", "Bestelldatum", "Bezahlt am"]),
                     date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"])) + " " + clock(rng, False)))
    method = rng.choice(["card", "card", "wallet", "netbanking"])
    rows.append(("pair", rng.choice(["Zahlungsart", "Bezahlt mit"]),
                 {"card": rng.choice(["Visa", "Mastercard", "Debitkarte"]) + " **** " + digits(rng, 4),
                  "wallet": rng.choice(["PayPal", "Apple Pay", "Google Pay"]),
                  "netbanking": rng.choice(["eps-Überweisung", "Sofortüberweisung"])}[method]))
    order = rng.choice(["V", "DV-"]) + digits(rng, 10)
    order_printed = optional_pair(rng, rows, ["Bestellnummer", "Auftragsnummer"], order, 0.15)
    txn = code(rng, 16, "0123456789abcdef")
    txn_printed = status != "failed" and optional_pair(rng, rows, ["Transaktions-ID", "Zahlungsreferenz"], txn, 0.6)
    rows.append(("small", "Gültig frühestens 18 Tage nach Online-Kauf"))
    return (
        rows,
        _truth("ASFINAG", amount, "EUR", txn if txn_printed else order if order_printed else None,
               when if date_printed else None, method, status),
        dict(SCREEN, band=(200, 16, 46)),
    )


def dart_charge_payment(rng: random.Random, font: str):
    """A UK river-crossing charge (Dart Charge / Mersey Gateway / Humber) online payment confirmation."""
    scheme = rng.choice(["Dart Charge", "Mersey Gateway Crossings", "Humber Bridge Board", "Tyne Tunnels"])
    per = rng.choice([2.50, 3.00, 2.00, 1.90])
    crossings = rng.choice([1, 2, 2, 4])
    amount = round(per * crossings, 2)
    when = day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment complete", "Thank you, your crossing has been paid", "Payment successful"],
            "failed": ["Payment unsuccessful", "Your card was declined"],
            "pending": ["Payment being processed"],
        },
    )
    rows = [("title", scheme), ("center", rng.choice(["Pay for a crossing", "One-off payment", "Payment confirmation"])), ("gap",)]
    if words:
        rows.append(("center", words))
    reg = code(rng, 2, "ABCDEFGHKLMNPRSTVWY") + digits(rng, 2) + " " + code(rng, 3, UPPER)
    rows += [
        ("rule",),
        ("pair", rng.choice(["Vehicle registration", "Number plate"]), reg),
        ("pair", rng.choice(["Crossings", "Number of crossings"]), str(crossings)),
        ("pair", rng.choice(["Crossing date", "Date of crossing"]),
         date_text(when - dt.timedelta(days=rng.randint(0, 1)), rng.choice(UK_DATES))),
        ("pair", rng.choice(["Total paid", "Amount", "Payment amount"]), rng.choice(["£", "GBP "]) + f"{amount:.2f}"),
    ]
    if shown(rng, 0.5):
        rows.append(("small", "Pay by midnight the day after crossing"))
    method = "card"
    rows.append(("pair", rng.choice(["Payment method", "Card"]), rng.choice(["Visa Debit", "Mastercard", "Amex"]) + " ending " + digits(rng, 4)))
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(("pair", rng.choice(["Payment date", "Paid on"]), date_text(when, rng.choice(UK_DATES)) + " " + clock(rng, False)))
    ref = rng.choice(["DC", "MG", ""]) + digits(rng, 10)
    ref_printed = optional_pair(rng, rows, ["Payment reference", "Reference number", "Transaction reference"], ref, 0.15)
    if shown(rng, 0.5):
        rows.append(("pair", "Account number", digits(rng, 8)))
    rows.append(("small", "A confirmation email has been sent."))
    return (
        rows,
        _truth(scheme, amount, "GBP", ref if ref_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, width=600, band=(29, 112, 184)),
    )


def kennel_invoice(rng: random.Random, font: str):
    """A UK boarding kennels / cattery invoice for a stay, paid on collection (card, cash or bank transfer)."""
    kennel = rng.choice(["Meadowbank Boarding Kennels", "Whiskers Retreat Cattery", "Oakwood Pet Hotel", "The Hound Lodge"])
    nights = rng.randint(2, 14)
    rate = rng.choice([16.0, 18.5, 22.0, 28.0])
    when = day(rng)
    number = rng.choice(["INV-", "", "K"]) + digits(rng, 4)
    rows = [
        ("title", kennel),
        ("center", rng.choice(["Church Lane, Little Haywood, Stafford", "Mill Road, Ely, Cambs", "Brook Farm, Thirsk"])),
        ("center", "Tel " + "0" + digits(rng, 4) + " " + digits(rng, 6)),
        ("center", rng.choice(["INVOICE", "Invoice / Receipt"])),
        ("rule",),
        ("pair", rng.choice(["Invoice No", "Invoice #", "Inv."]), number),
        ("pair", rng.choice(["Invoice date", "Date"]), date_text(when, rng.choice(UK_DATES))),
        ("pair", "Owner", rng.choice(["Mrs J. Holloway", "Mr D. Patel", "S. O'Connor"])),
        ("pair", "Pet", rng.choice(["Bella (Labrador)", "Milo (cat)", "Rosie & Ted (Cockapoos)"])),
        ("pair", "Stay", date_text(when - dt.timedelta(days=nights), "%d/%m") + " - " + date_text(when, "%d/%m/%Y")),
        ("rule",),
        ("pair", f"Boarding {nights} nights @ £{rate:.2f}", f"£{nights * rate:.2f}"),
    ]
    total = nights * rate
    extras = [("Bath & brush", 12.0, 25.0), ("Medication", 1.5, 5.0), ("Collection/delivery", 10.0, 20.0)]
    if shown(rng, 0.5):
        total += _items(rng, rows, extras, 1, 2, lambda value: f"£{value:.2f}", 0.5)
    total = round(total, 2)
    deposit = float(rng.choice([0, 0, 20, 30]))
    rows += [("rule",), ("pair", rng.choice(["Total", "Invoice total"]), f"£{total:.2f}")]
    if deposit:
        rows += [("pair", "Less deposit paid", f"-£{deposit:.2f}"), ("pair", "Balance paid", f"£{total - deposit:.2f}")]
    method = rng.choice(["card", "cash", "netbanking", None])
    status = None
    if method:
        rows.append(("pair", rng.choice(["Paid by", "Payment"]),
                     {"card": "Card (SumUp)", "cash": "Cash", "netbanking": "Bank transfer (BACS)"}[method]))
        if shown(rng, 0.4):
            rows.append(("center", rng.choice(["PAID WITH THANKS", "Paid in full"])))
            status = "success"
    else:
        rows.append(("small", "Sort code 40-" + digits(rng, 2) + "-" + digits(rng, 2) + "  Acc " + digits(rng, 8)))
    rows.append(("small", "Please ensure vaccinations are up to date for your next stay"))
    # the amount paid on collection is the invoice total less a deposit paid earlier only where a deposit is shown
    paid = round(total - deposit, 2)
    return (
        rows,
        _truth(kennel, paid, "GBP", number, when, method, status),
        {"width": 600, "size": 19, "paper": (255, 255, 252)},
    )


AIRPORTS = {
    "INR": ("Delhi Duty Free", "IGI Airport T3, New Delhi", "AI", "indian"),
    "USD": ("DFS JFK Terminal 4", "JFK International Airport", "DL", "western"),
    "EUR": ("Dublin Airport Duty Free", "Terminal 1, Dublin Airport", "EI", "european"),
    "GBP": ("World Duty Free Heathrow", "Heathrow Terminal 5", "BA", "western"),
}


def duty_free_receipt(rng: random.Random, font: str):
    """An airport duty-free shop's till receipt with the boarding-pass flight line (INR, USD, EUR or GBP)."""
    currency = rng.choice(sorted(AIRPORTS))
    shop, place, airline, grouping = AIRPORTS[currency]
    mark = {"INR": rupee(font), "USD": "$", "EUR": "€", "GBP": "£"}[currency]
    scale = 80.0 if currency == "INR" else 1.0
    items = [
        ("Johnnie Walker Black 1L", 38.0, 55.0),
        ("Toblerone 360g", 6.0, 11.0),
        ("Chanel No 5 EDP 50ml", 95.0, 130.0),
        ("Marlboro Gold 200s", 45.0, 70.0),
        ("Lindt Lindor 337g", 9.0, 16.0),
        ("Ray-Ban sunglasses", 120.0, 190.0),
    ]
    items = [(name, low * scale, high * scale) for name, low, high in items]
    when = day(rng)

    def show(value: float) -> str:
        return money(value, grouping) + " " + currency if currency == "EUR" and rng.random() < 0.5 else mark + money(value, grouping)

    rows = [
        ("title", shop),
        ("center", place),
        ("center", rng.choice(["TAX & DUTY FREE", "Duty Free Shopping"])),
        ("rule",),
        ("pair", rng.choice(["Receipt", "Rcpt No", "Receipt No."]), digits(rng, 6)),
        ("pair", date_text(when, rng.choice({"USD": US_DATES[:1] + ["%m/%d/%y"], "INR": ["%d/%m/%Y", "%d-%b-%Y"]}.get(
            currency, ["%d/%m/%Y", "%d.%m.%Y"]))), clock(rng, False)),
        ("pair", rng.choice(["Flight", "Flt"]), airline + " " + str(rng.randint(100, 999)) + " " + rng.choice(["DXB", "LHR", "JFK", "SIN", "FRA"])),
        ("pair", "Seat", str(rng.randint(3, 45)) + rng.choice("ABCDEF")),
        ("rule",),
    ]
    receipt_no = rows[4][2]
    total = _items(rng, rows, items, 1, 3, show, 10 if currency == "INR" else 0.01)
    off = round(total * 0.1, 2) if shown(rng, 0.6) else 0.0
    if off:
        rows.append(("pair", rng.choice(["Loyalty -10%", "Promo saving"]), "-" + show(off)))
    total = round(total - off, 2)
    rows += [("rule",), ("pair", rng.choice(["TOTAL", "Total", "Amount Due"]), show(total))]
    method = rng.choice(["card", "card", "cash", None])
    auth = digits(rng, 6)
    auth_printed = False
    if method == "card":
        rows.append(("pair", rng.choice(["VISA", "MASTERCARD", "AMEX"]) + " ****" + digits(rng, 4), show(total)))
        auth_printed = optional_pair(rng, rows, ["Auth code", "Approval"], auth, 0.4)
    elif method == "cash":
        rows.append(("pair", "Cash " + currency, show(total)))
    rows.append(("small", "Keep items sealed until final destination"))
    return (
        rows,
        _truth(shop, total, currency, auth if auth_printed else receipt_no, when, method, None),
        {"width": 520, "size": 19},
    )


BIKES = {
    "INR": ("Yulu", "indian"),
    "USD": ("Citi Bike", "western"),
    "EUR": ("Vélib' Métropole", "european"),
    "GBP": ("Santander Cycles", "western"),
}


def bike_share_ride(rng: random.Random, font: str):
    """A bike-share app's ride receipt screen (Yulu, Citi Bike, Vélib', Santander Cycles) with unlock and minute fares."""
    currency = rng.choice(sorted(BIKES))
    operator, grouping = BIKES[currency]
    mark = {"INR": rupee(font), "USD": "$", "EUR": "€", "GBP": "£"}[currency]
    minutes = rng.randint(6, 75)
    unlock = {"INR": 10.0, "USD": 4.79, "EUR": 1.0, "GBP": 1.65}[currency]
    per_min = {"INR": 2.0, "USD": 0.26, "EUR": 0.2, "GBP": 0.1}[currency]
    total = round(unlock + minutes * per_min, 2)
    when = day(rng)

    def show(value: float) -> str:
        if currency == "EUR":
            return money(value, grouping) + " €"
        return mark + money(value, grouping)

    status, words = _outcome(
        rng,
        {
            "success": ["Ride ended - payment successful", "Thanks for riding!", "Paid"],
            "failed": ["Payment failed - please update your card", "Payment declined"],
            "pending": ["Payment processing"],
        },
    )
    rows = [("title", operator), ("center", rng.choice(["Ride receipt", "Trip summary", "Ride details"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", show(total)),
        ("rule",),
        ("pair", rng.choice(["Duration", "Ride time"]), f"{minutes} min"),
        ("pair", "Distance", f"{minutes * rng.uniform(0.15, 0.3):.1f} km"),
        ("pair", rng.choice(["Bike", "Vehicle ID"]), code(rng, 2, UPPER) + digits(rng, 5)),
        ("pair", rng.choice(["Ride date", "Date"]),
         date_text(when, {"USD": rng.choice(US_DATES), "INR": rng.choice(ISO_DATES)}.get(currency, rng.choice(UK_DATES)))
         + " " + clock(rng, currency in ("USD", "INR"))),
        ("rule",),
        ("pair", rng.choice(["Unlock fee", "Unlock"]), show(unlock)),
        ("pair", f"{minutes} min x {money(per_min, grouping)}", show(round(minutes * per_min, 2))),
        ("pair", rng.choice(["Total", "Total charged", "Amount"]), show(total)),
    ]
    method = rng.choice(["card", "card", "wallet"] + (["UPI"] if currency == "INR" else []))
    rows.append(("pair", rng.choice(["Payment", "Charged to"]),
                 {"card": rng.choice(["Visa", "Mastercard"]) + " •••• " + digits(rng, 4),
                  "wallet": rng.choice(["Apple Pay", "Google Pay"] if currency != "INR" else ["Yulu Money", "Paytm Wallet"]),
                  "UPI": "UPI"}[method]))
    ride = code(rng, rng.choice([8, 10]), UPPER + "0123456789")
    ride_printed = optional_pair(rng, rows, ["Ride ID", "Trip ID"], ride, 0.2)
    rows.append(("small", rng.choice(["Dock the bike to end your ride", "Park in a marked zone next time"])))
    return (
        rows,
        _truth(operator, total, currency, ride if ride_printed else None, when, method, status),
        dict(SCREEN, band=(0, 120, 110)),
    )
