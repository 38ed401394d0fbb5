"""The twelve heldout26 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

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
    rupee,
    shown,
)
from bench.receipt_sets.heldout18_families import ISO_DATES, SCREEN, US_DATES, _outcome, _truth
from bench.receipt_sets.heldout22_families import _items

UK_DATES = ["%d/%m/%Y", "{d} %B %Y", "%d %b %Y", "%d/%m/%y"]
EU_DATES = ["%d.%m.%Y", "%d/%m/%Y", "%d-%m-%Y", "{d} %b %Y"]
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "0123456789"
GROUPING = {"INR": "indian", "USD": "western", "EUR": "european", "GBP": "western"}


def _mark(currency: str, font: str) -> str:
    """The sign a receipt in ``currency`` prints (the rupee sign where ``font`` draws it, else "Rs.")."""
    return {"INR": rupee(font), "USD": "$", "EUR": "€", "GBP": "£"}[currency]


def _shown_in(value: float, currency: str, font: str) -> str:
    """``value`` as printed in ``currency``: euros with a trailing sign and comma decimals, others with a leading sign."""
    text = money(value, GROUPING[currency])
    return text + " €" if currency == "EUR" else _mark(currency, font) + text


def packaging_cash_memo(rng: random.Random, font: str):
    """An Indian packaging-material wholesaler's cash memo (corrugated boxes, tape, bubble wrap) for online sellers."""
    shop = rng.choice(["Shree Balaji Packaging", "Ganesh Corrugators", "PackWell Traders", "Sai Krupa Box Depot"])
    mark = rng.choice([rupee(font), "Rs."])
    items = [
        ("3 Ply box 10x8x4 (100)", 900, 1600),
        ("5 Ply box 18x12x12 (25)", 1100, 2100),
        ("BOPP tape 2in x 65m (6)", 240, 420),
        ("Bubble wrap roll 1m", 650, 1200),
        ("Courier bag 12x16 (500)", 700, 1300),
        ("Fragile stickers (1000)", 150, 300),
    ]
    memo, when = digits(rng, rng.choice([3, 4, 5])), day(rng)
    rows = [
        ("title", shop),
        ("center", rng.choice(["Bhiwandi, Thane", "Sadar Bazar, Delhi", "Peenya 2nd Stage, Bengaluru"])),
        ("center", rng.choice(["CASH MEMO", "ESTIMATE / CASH MEMO", "Cash Bill"])),
        ("center", "Ph " + phone(rng)),
        ("rule",),
        ("pair", rng.choice(["Memo No.", "Sr. No.", "Bill No"]), memo),
        ("pair", rng.choice(["Dt.", "Date", "Dated"]), date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%y", "%d.%m.%Y"]))),
        ("pair", rng.choice(["M/s", "Party", "Name"]), rng.choice(["Trendy Kurtis (online)", "Ravi Handicrafts", "HomeDecor Hub"])),
        ("rule",),
    ]
    total = _items(rng, rows, items, 2, 4, lambda value: money(value, "indian"), 10)
    freight = float(rng.choice([0, 0, 150, 250]))
    if freight:
        rows.append(("pair", rng.choice(["Cartage", "Hamali / Loading"]), money(freight, "indian")))
    less = float(rng.choice([0, 0, 20, 50]))
    if less:
        rows.append(("pair", rng.choice(["Less", "Round off (-)", "Kasar"]), "-" + money(less, "indian")))
    total = round(total + freight - less, 2)
    rows += [("rule",), ("pair", rng.choice(["Total Rs.", "G. Total", "Net Amount"]), mark + " " + money(total, "indian"))]
    method = rng.choice(["cash", "UPI", None])
    ref = digits(rng, 12)
    ref_printed = False
    if method:
        rows.append(("pair", rng.choice(["Recd. by", "Mode", "Payment"]), {"cash": rng.choice(["Cash", "Nagad"]),
                                                                          "UPI": rng.choice(["UPI", "GPay", "PhonePe"])}[method]))
        if method == "UPI":
            ref_printed = optional_pair(rng, rows, ["UPI Ref", "UTR"], ref, 0.5)
    rows.append(("small", rng.choice(["Goods once sold will not be taken back", "E. & O.E.  Subject to Bhiwandi jurisdiction"])))
    return (
        rows,
        _truth(shop, total, "INR", ref if ref_printed else memo, when, method, None),
        {"width": 520, "size": 20, "paper": (250, 246, 232)},
    )


def trade_fair_stall(rng: random.Random, font: str):
    """An Indian trade-fair / exhibition organiser's stall-booking money receipt (advance or full payment)."""
    fair = rng.choice(["India Handloom Expo 2025", "Dilli Haat Craft Mela", "Kolkata Gift Fair", "Surat Textile Expo"])
    organiser = rng.choice(["Crafts Promotion Council", "EventGrid Exhibitions Pvt Ltd", "Bharat Trade Fairs"])
    mark = rupee(font)
    sqm = rng.choice([6, 9, 12, 18])
    rate = float(rng.choice([3500, 4200, 5000]))
    base = sqm * rate
    gst = round(base * 0.18, 2)
    gross = round(base + gst, 2)
    advance = rng.choice([True, False])
    paid = round(gross * 0.5, 2) if advance else gross
    number, when = rng.choice(["MR/", "RCPT-", "R"]) + digits(rng, 5), day(rng)
    rows = [
        ("title", organiser),
        ("center", fair),
        ("center", rng.choice(["MONEY RECEIPT", "Receipt", "Payment Receipt"])),
        ("rule",),
        ("pair", rng.choice(["Receipt No.", "M.R. No.", "Rcpt #"]), number),
        ("pair", rng.choice(["Date", "Receipt Date"]), date_text(when, rng.choice(ISO_DATES[:3] + ["%d-%b-%Y"]))),
        ("pair", rng.choice(["Received from", "Exhibitor"]), rng.choice(["Jaipur Block Prints", "Kashi Silk House", "Bamboo Roots Co."])),
        ("pair", rng.choice(["Stall No.", "Booth"]), rng.choice(["H2-", "A-", "B"]) + str(rng.randint(10, 240))),
        ("pair", "Area", f"{sqm} sq.m @ {money(rate, 'indian')}"),
        ("pair", rng.choice(["Event dates", "Fair dates"]),
         date_text(when + dt.timedelta(days=20), "%d") + "-" + date_text(when + dt.timedelta(days=24), "%d %b %Y")),
        ("rule",),
        ("pair", "Space rent", money(base, "indian")),
        ("pair", "GST @ 18%", money(gst, "indian")),
        ("pair", rng.choice(["Total payable", "Gross"]), money(gross, "indian")),
    ]
    if advance:
        rows += [("pair", rng.choice(["Advance received (50%)", "Amount received"]), mark + " " + money(paid, "indian")),
                 ("pair", rng.choice(["Balance due", "Balance"]), money(gross - paid, "indian"))]
    else:
        rows.append(("pair", rng.choice(["Amount received", "Received with thanks"]), mark + " " + money(paid, "indian")))
    method = rng.choice(["netbanking", "UPI", "card", None])
    ref = code(rng, 4, UPPER) + digits(rng, 12) if method == "netbanking" else digits(rng, 12)
    ref_printed = False
    if method:
        rows.append(("pair", rng.choice(["By", "Mode of payment"]),
                     {"netbanking": rng.choice(["RTGS", "NEFT"]), "UPI": "UPI", "card": "Credit card (POS)"}[method]))
        if method != "card":
            ref_printed = optional_pair(rng, rows, ["UTR No.", "Txn Ref"], ref, 0.3)
    rows.append(("small", "Subject to realisation. Space rent is non-refundable."))
    return (
        rows,
        _truth(organiser, paid, "INR", ref if ref_printed else number, when, method, None),
        {"width": 620, "size": 19, "paper": (255, 255, 255)},
    )


def gst_challan(rng: random.Random, font: str):
    """An Indian GST portal's challan (GST PMT-06) payment receipt for a small seller's monthly tax."""
    mark = rupee(font)
    parts = [round(rng.uniform(400, 9000), 0) for _ in range(2)]
    cgst = sgst = parts[0]
    fee = float(rng.choice([0, 0, 50, 100]))
    total = round(cgst + sgst + fee, 2)
    when = day(rng)
    status, words = _outcome(
        rng,
        {"success": ["Payment Successful", "Challan paid successfully"], "failed": ["Payment Failed"],
         "pending": ["Payment status: Awaiting bank confirmation"]},
        0.2,
    )
    cpin = digits(rng, 14)
    cin = code(rng, 4, UPPER) + digits(rng, 13)
    brn = digits(rng, 10)
    rows = [("title", "Goods and Services Tax"), ("center", "Payment Receipt"), ("gap",), ("center", "Form GST PMT-06")]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", "GSTIN", rng.choice(["27", "29", "09"]) + code(rng, 10, UPPER) + "1Z" + code(rng, 1, ALNUM)),
        ("pair", rng.choice(["Name (Legal)", "Taxpayer"]), rng.choice(["Meera Textiles", "Nandi Organics", "UrbanKraft LLP"])),
        ("pair", "CPIN", cpin),
        ("pair", rng.choice(["Challan Generated on", "Created on"]),
         date_text(when - dt.timedelta(days=rng.randint(0, 3)), "%d/%m/%Y")),
        ("rule",),
        ("pair", "CGST (Tax)", money(cgst, "indian")),
        ("pair", "SGST (Tax)", money(sgst, "indian")),
    ]
    if fee:
        rows.append(("pair", "Late fee", money(fee, "indian")))
    rows.append(("pair", rng.choice(["Total Challan Amount", "Total Amount"]), mark + " " + money(total, "indian")))
    rows.append(("small", rng.choice(["(Rupees in words as per challan)", "Amount in words shown on challan"])))
    rows.append(("rule",))
    method = rng.choice(["netbanking", "netbanking", "card", "UPI"])
    rows.append(("pair", "Mode of Payment", {"netbanking": "E-Payment (Net Banking)", "card": "Credit/Debit Card",
                                             "UPI": "UPI"}[method]))
    rows.append(("pair", "Bank Name", rng.choice(["State Bank of India", "HDFC Bank", "Punjab National Bank"])))
    date_printed = status != "failed" and shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Payment Date", "Deposit Date"]), date_text(when, rng.choice(["%d/%m/%Y", "%d-%m-%Y"]))))
    cin_printed = status == "success" and optional_pair(rng, rows, ["CIN"], cin, 0.3)
    brn_printed = status != "failed" and optional_pair(rng, rows, ["BRN", "Bank Reference No. (BRN)"], brn, 0.4)
    best = brn if brn_printed else cin if cin_printed else cpin
    return (
        rows,
        _truth("Goods and Services Tax", total, "INR", best, when if date_printed else None, method, status),
        dict(SCREEN, width=600, band=(20, 60, 120)),
    )


def shipping_store_receipt(rng: random.Random, font: str):
    """A US pack-and-ship store's retail receipt: a parcel shipped with insurance, packing and a tracking line."""
    store = rng.choice(["The UPS Store #4417", "PostNet Scottsdale", "Pak Mail Naperville", "Navis Pack & Ship"])
    when = day(rng)
    sale = digits(rng, 6)
    rows = [
        ("title", store),
        ("center", rng.choice(["2150 E Main St, Mesa AZ", "1320 Ogden Ave, Naperville IL", "45 Route 46, Totowa NJ"])),
        ("center", "(" + digits(rng, 3) + ") " + digits(rng, 3) + "-" + digits(rng, 4)),
        ("rule",),
        ("pair", rng.choice(["Sale #", "Trans", "Receipt #"]), sale),
        ("pair", date_text(when, rng.choice(US_DATES[:2] + ["%m/%d/%y"])), clock(rng, True)),
        ("pair", rng.choice(["Clerk", "Assoc"]), rng.choice(["BRITT", "JOSE", "ANN M"])),
        ("rule",),
        ("left", rng.choice(["UPS Ground", "USPS Priority Mail", "FedEx 2Day"]) + " " + str(rng.randint(2, 30)) + " lb"),
        ("small", "Trk: 1Z" + code(rng, 16, ALNUM)),
    ]
    items = [("Shipping", 14.0, 68.0), ("Declared value", 3.5, 12.0), ("Box 16x12x12", 4.0, 8.0),
             ("Packing material", 3.0, 9.0), ("Fragile packing", 9.0, 19.0)]
    subtotal = _items(rng, rows, items, 2, 4, lambda value: f"{value:.2f}", 0.01)
    tax = round(rng.choice([0.0, 0.56, 1.12]), 2)
    total = round(subtotal + tax, 2)
    rows += [("rule",), ("pair", "Subtotal", f"{subtotal:.2f}"), ("pair", rng.choice(["Tax", "Sales Tax"]), f"{tax:.2f}"),
             ("pair", rng.choice(["TOTAL", "Total Due", "BALANCE"]), "$" + f"{total:,.2f}")]
    method = rng.choice(["card", "card", "cash", "wallet"])
    auth = digits(rng, 6)
    auth_printed = False
    if method == "card":
        rows.append(("pair", rng.choice(["VISA", "MC", "DISCOVER"]) + " ************" + digits(rng, 4), f"{total:.2f}"))
        auth_printed = optional_pair(rng, rows, ["Auth:", "Approval #"], auth, 0.4)
    elif method == "wallet":
        rows.append(("pair", "APPLE PAY", f"{total:.2f}"))
    else:
        tendered = float(-(-total // 20) * 20)
        rows += [("pair", "CASH", f"{tendered:.2f}"), ("pair", "CHANGE", f"{tendered - total:.2f}")]
    rows.append(("small", "Claims must be filed within 60 days"))
    return (
        rows,
        _truth(store, total, "USD", auth if auth_printed else sale, when, method, None),
        {"width": 500, "size": 20},
    )


def copy_shop_receipt(rng: random.Random, font: str):
    """A US print-and-copy centre's self-serve kiosk or counter receipt (labels, prints, banners)."""
    shop = rng.choice(["FedEx Office Print & Ship Center", "Staples Print & Marketing", "Kinko's Copy Corner",
                       "Office Depot Print Services"])
    when = day(rng)
    items = [("B&W copies x120", 9.0, 18.0), ("Color prints x25", 12.0, 22.0), ("Shipping labels x40", 6.0, 14.0),
             ("Vinyl banner 2x4", 35.0, 60.0), ("Lamination letter", 2.0, 6.0), ("Business cards 250", 25.0, 45.0)]
    status, words = _outcome(rng, {"success": ["APPROVED", "Thank you - payment accepted"], "failed": ["DECLINED"],
                                  "pending": ["PENDING - do not resubmit"]}, 0.5)
    rows = [
        ("title", shop),
        ("center", "Store " + digits(rng, 4) + " - " + rng.choice(["Austin TX", "Boise ID", "Columbus OH"])),
        ("pair", rng.choice(["Order", "Job #"]), digits(rng, 7)),
        ("pair", "Station", "KIOSK " + str(rng.randint(1, 6))),
        ("rule",),
    ]
    order = rows[2][2]
    subtotal = _items(rng, rows, items, 1, 3, lambda value: f"${value:.2f}", 0.01)
    tax = round(subtotal * rng.choice([0.0825, 0.06, 0.0575]), 2)
    off = round(subtotal * 0.2, 2) if shown(rng, 0.6) else 0.0
    rows += [("rule",), ("pair", "Subtotal", f"${subtotal:.2f}")]
    if off:
        rows.append(("pair", rng.choice(["Rewards coupon", "Promo PRINT20"]), f"-${off:.2f}"))
    rows.append(("pair", "Tax", f"${tax:.2f}"))
    total = round(subtotal - off + tax, 2)
    rows.append(("pair", rng.choice(["Total", "Amount charged", "TOTAL USD"]), f"${total:,.2f}"))
    rows.append(("pair", rng.choice(["Card", "Tender"]), rng.choice(["Visa", "Mastercard", "Amex"]) + " ..." + digits(rng, 4)))
    if words:
        rows.append(("center", words))
    date_printed = shown(rng, 0.1)
    if date_printed:
        rows.append(("pair", rng.choice(["Date/Time", "Txn date"]), date_text(when, rng.choice(US_DATES)) + " " + clock(rng, True)))
    ref = digits(rng, 12)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["Ref #", "RRN"], ref, 0.5)
    rows.append(("small", "Reorder online with your job number"))
    return (
        rows,
        _truth(shop, total, "USD", ref if ref_printed else order, when if date_printed else None, "card", status),
        {"width": 500, "size": 20, "paper": (255, 255, 255)},
    )


def dhl_parcel_shop(rng: random.Random, font: str):
    """A German parcel shop's postage receipt (Einlieferungsbeleg / Quittung) for parcels posted by a seller."""
    carrier = rng.choice(["Deutsche Post DHL", "Hermes PaketShop", "GLS PaketShop", "DPD Pickup"])
    when = day(rng)
    prices = {"Päckchen S": 3.99, "Päckchen M": 4.79, "Paket 2 kg": 6.19, "Paket 5 kg": 7.69, "Paket 10 kg": 10.49}
    chosen = rng.sample(sorted(prices), rng.randint(1, 3))
    rows = [
        ("title", carrier),
        ("center", rng.choice(["Filiale 5330 Köln-Ehrenfeld", "Partnerfiliale Kiosk am Markt", "PaketShop Leipzig Süd"])),
        ("center", rng.choice(["Einlieferungsbeleg", "Quittung", "Kundenbeleg"])),
        ("rule",),
        ("pair", date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y"])), clock(rng, False)),
        ("pair", rng.choice(["Beleg-Nr.", "Bon-Nr.", "Vorgang"]), digits(rng, rng.choice([5, 8]))),
    ]
    receipt = rows[5][2]
    total = 0.0
    for name in chosen:
        rows.append(("pair", name, money(prices[name], "european") + " EUR"))
        rows.append(("small", "Sendungsnr. " + digits(rng, 12)))
        total += prices[name]
    total = round(total, 2)
    rows += [("rule",), ("pair", rng.choice(["Summe", "Gesamt", "Zu zahlen"]), money(total, "european") + rng.choice([" EUR", " €"]))]
    rows.append(("pair", "enth. MwSt. 19%", money(round(total * 19 / 119, 2), "european")))
    method = rng.choice(["card", "card", "cash"])
    auth_printed = False
    auth = digits(rng, 6)
    if method == "card":
        rows.append(("pair", rng.choice(["Bezahlt mit", "Zahlart"]), rng.choice(["girocard", "Visa kontaktlos", "Mastercard"])))
        auth_printed = optional_pair(rng, rows, ["Genehmigungs-Nr.", "AID-Nr."], auth, 0.5)
    else:
        rows.append(("pair", rng.choice(["Bar", "Gegeben bar"]), money(total, "european")))
    rows.append(("small", "Bitte Beleg bis zur Zustellung aufbewahren"))
    return (
        rows,
        _truth(carrier, total, "EUR", auth if auth_printed else receipt, when, method, None),
        {"width": 470, "size": 20, "paper": (248, 248, 244)},
    )


def resale_app_purchase(rng: random.Random, font: str):
    """A Spanish second-hand marketplace app's purchase screen (Wallapop-style): item, shipping, protection fee."""
    app = rng.choice(["Wallapop", "Milanuncios", "Vibbo"])
    item = rng.choice(["Chaqueta vaquera Levi's", "Nintendo Switch Lite", "Bicicleta infantil 16\"", "Lámpara vintage"])
    price = round(rng.uniform(12, 180), 0)
    ship = rng.choice([2.99, 3.49, 4.95, 0.0])
    prot = round(0.7 + price * 0.05, 2)
    total = round(price + ship + prot, 2)
    when = day(rng)
    status, words = _outcome(
        rng,
        {"success": ["Pago completado", "¡Compra realizada!"], "failed": ["Pago rechazado", "El pago ha fallado"],
         "pending": ["Pago pendiente", "Procesando el pago"]},
    )
    rows = [("title", app), ("center", rng.choice(["Resumen de la compra", "Detalle del pedido"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", money(total, "european") + " €"),
        ("rule",),
        ("pair", "Producto", item),
        ("pair", rng.choice(["Vendedor", "Vendido por"]), rng.choice(["lucia_m", "Jordi B.", "vintage_sevilla"])),
        ("pair", "Precio", money(price, "european") + " €"),
    ]
    if ship:
        rows.append(("pair", rng.choice(["Envío", "Gastos de envío"]), money(ship, "european") + " €"))
    else:
        rows.append(("pair", "Entrega", "En persona"))
    rows += [("pair", rng.choice(["Protección al comprador", "Tarifa de protección"]), money(prot, "european") + " €"),
             ("pair", rng.choice(["Total", "Total pagado", "Importe"]), money(total, "european") + " €")]
    date_printed = shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Fecha de compra", "Fecha"]),
                     date_text(when, rng.choice(["%d/%m/%Y", "{d} %b %Y", "%d-%m-%Y"])) + " " + clock(rng, False)))
    if ship:
        rows.append(("pair", rng.choice(["Entrega estimada", "Llega el"]), date_text(when + dt.timedelta(days=rng.randint(2, 5)), "%d/%m")))
    method = rng.choice(["card", "card", "wallet"])
    rows.append(("pair", rng.choice(["Método de pago", "Pagado con"]),
                 {"card": rng.choice(["Visa", "Mastercard"]) + " •••• " + digits(rng, 4),
                  "wallet": rng.choice(["Apple Pay", "Google Pay", "PayPal"])}[method]))
    order = code(rng, 10, ALNUM)
    order_printed = optional_pair(rng, rows, ["Nº de pedido", "ID de la compra", "Referencia"], order, 0.3)
    rows.append(("small", "Tienes 48 h para confirmar que todo está bien"))
    return (
        rows,
        _truth(app, total, "EUR", order if order_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, band=(19, 193, 172)),
    )


def bollettino_postale(rng: random.Random, font: str):
    """An Italian post office's bollettino postale (conto corrente) payment receipt (ricevuta di versamento)."""
    payee = rng.choice(["Comune di Bologna - Servizio Tributi", "Agenzia delle Entrate-Riscossione",
                        "ACI - Automobile Club d'Italia", "Condominio Via Roma 12"])
    amount = round(rng.uniform(18, 640), 2)
    fee = rng.choice([1.80, 2.00, 2.50])
    total = round(amount + fee, 2)
    when = day(rng)
    vcy = code(rng, 4, "0123456789") + " " + code(rng, 4, "0123456789")
    rows = [
        ("title", "Poste Italiane"),
        ("center", rng.choice(["RICEVUTA DI VERSAMENTO", "BancoPosta - Bollettino", "Attestazione di pagamento"])),
        ("center", "UP " + rng.choice(["Milano 47", "Roma Prati", "Bologna Centro"]) + " - Sportello " + str(rng.randint(1, 9))),
        ("rule",),
        ("pair", rng.choice(["Data", "Data operazione"]), date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d.%m.%Y"]))),
        ("pair", "Ora", clock(rng, False)),
        ("pair", rng.choice(["C/C N.", "Conto corrente"]), digits(rng, 8)),
        ("pair", rng.choice(["Intestato a", "Beneficiario"]), payee),
        ("pair", rng.choice(["Eseguito da", "Versante"]), rng.choice(["ROSSI MARCO", "BIANCHI ANNA", "ESPOSITO LUCA"])),
        ("pair", "Causale", rng.choice(["TARI rata 2", "Bollo auto", "Quota condominiale"])),
    ]
    rows += [
        ("rule",),
        ("pair", rng.choice(["Importo", "Importo versato"]), "EUR " + money(amount, "european")),
        ("pair", rng.choice(["Commissione", "Tariffa"]), "EUR " + money(fee, "european")),
        ("pair", rng.choice(["Totale", "Totale pagato"]), rng.choice(["EUR ", "€ "]) + money(total, "european")),
    ]
    method = rng.choice(["cash", "card", "card", None])
    if method:
        rows.append(("pair", rng.choice(["Pagamento", "Modalità"]), {"cash": "CONTANTI", "card": rng.choice(["POSTAMAT", "CARTA DI DEBITO"])}[method]))
    number = digits(rng, 4)
    rows.append(("pair", rng.choice(["N. operazione", "Progressivo"]), number))
    rows.append(("pair", "VCY", vcy))
    status = "success" if shown(rng, 0.6) else None
    if status:
        rows.append(("center", "OPERAZIONE ESEGUITA"))
    rows.append(("small", "Conservare la ricevuta"))
    return (
        rows,
        _truth(payee, total, "EUR", number, when, method, status),
        {"width": 560, "size": 19, "paper": (252, 252, 245)},
    )


def vinted_purchase(rng: random.Random, font: str):
    """A UK second-hand clothing app's purchase receipt (Vinted-style): item, Buyer Protection fee and postage."""
    app = rng.choice(["Vinted", "Depop", "eBay Preloved"])
    price = round(rng.uniform(4, 85), 2)
    prot = round(0.70 + price * 0.05, 2)
    post = rng.choice([2.29, 2.89, 3.19, 4.39])
    discount = round(price * 0.1, 2) if shown(rng, 0.7) else 0.0
    total = round(price - discount + prot + post, 2)
    when = day(rng)
    status, words = _outcome(
        rng,
        {"success": ["Purchase successful", "Payment confirmed", "You've bought this item"],
         "failed": ["Payment unsuccessful", "Your card was declined"], "pending": ["Payment pending"]},
    )
    rows = [("title", app), ("center", rng.choice(["Receipt", "Order details", "Your purchase"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", rng.choice(["Item", "Listing"]), rng.choice(["Barbour wax jacket M", "Zara midi dress 10", "Nike Air Max UK 8"])),
        ("pair", rng.choice(["Seller", "Sold by"]), rng.choice(["@katies_wardrobe", "tomh_92", "preloved.leeds"])),
        ("rule",),
        ("pair", "Item price", f"£{price:.2f}"),
    ]
    if discount:
        rows.append(("pair", rng.choice(["Bundle discount", "Seller discount"]), f"-£{discount:.2f}"))
    rows += [
        ("pair", rng.choice(["Buyer Protection fee", "Buyer protection"]), f"£{prot:.2f}"),
        ("pair", rng.choice(["Postage", "Shipping (Evri)", "InPost locker"]), f"£{post:.2f}"),
        ("pair", rng.choice(["Total", "Order total", "You paid"]), rng.choice(["£", "GBP "]) + f"{total:.2f}"),
    ]
    date_printed = shown(rng, 0.25)
    if date_printed:
        rows.append(("pair", rng.choice(["Purchased on", "Order date"]), date_text(when, rng.choice(UK_DATES))))
    method = rng.choice(["card", "wallet", "wallet"])
    rows.append(("pair", rng.choice(["Payment method", "Paid with"]),
                 {"card": rng.choice(["Visa", "Mastercard"]) + " ending " + digits(rng, 4),
                  "wallet": rng.choice(["Apple Pay", "Google Pay", "PayPal", "Vinted Balance"])}[method]))
    txn = digits(rng, 10)
    txn_printed = status != "failed" and optional_pair(rng, rows, ["Transaction ID", "Payment ID"], txn, 0.4)
    order = digits(rng, 9)
    order_printed = optional_pair(rng, rows, ["Order ID", "Order no."], order, 0.5)
    rows.append(("small", "Send by " + date_text(when + dt.timedelta(days=5), "%d %b") + " or the order is cancelled"))
    best = txn if txn_printed else order if order_printed else None
    return (
        rows,
        _truth(app, total, "GBP", best, when if date_printed else None, method, status),
        dict(SCREEN, band=(0, 119, 130)),
    )


def mot_garage_invoice(rng: random.Random, font: str):
    """A UK garage's MOT test and repairs invoice (test fee, parts, labour, VAT on repairs)."""
    garage = rng.choice(["Halfway Motors Ltd", "Kwik Lube & MOT Centre", "Station Road Garage", "Priory Autocentre"])
    when = day(rng)
    number = rng.choice(["", "INV", "J"]) + digits(rng, 5)
    reg = code(rng, 2, "ABCDEFGHKLMNPRSTVWY") + digits(rng, 2) + " " + code(rng, 3, UPPER)
    rows = [
        ("title", garage),
        ("center", rng.choice(["Unit 4, Dock Road, Grimsby", "112 High St, Cheltenham", "Lea Bridge Rd, London E10"])),
        ("center", "VAT Reg " + "GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2)),
        ("center", rng.choice(["INVOICE", "Sales Invoice", "Invoice / Job Card"])),
        ("rule",),
        ("pair", rng.choice(["Invoice No", "Inv No.", "Job No"]), number),
        ("pair", rng.choice(["Date", "Tax point", "Invoice date"]), date_text(when, rng.choice(UK_DATES))),
        ("pair", rng.choice(["Reg", "Vehicle reg"]), reg),
        ("pair", "Mileage", f"{rng.randint(18, 160) * 1000 + rng.randint(0, 999):,}"),
        ("rule",),
        ("pair", "MOT test (Class 4)", "£54.85"),
    ]
    parts = [("Wiper blades pair", 14.0, 28.0), ("Headlamp bulb H7", 6.0, 12.0), ("Front brake pads", 38.0, 70.0),
             ("Tyre 205/55 R16", 60.0, 95.0), ("Labour 1.0 hr", 55.0, 85.0)]
    repairs = _items(rng, rows, parts, 1, 3, lambda value: f"£{value:.2f}", 0.01) if shown(rng, 0.3) else 0.0
    vat = round(repairs * 0.2, 2)
    total = round(54.85 + repairs + vat, 2)
    rows.append(("rule",))
    if repairs:
        rows += [("pair", "Net", f"£{54.85 + repairs:.2f}"), ("pair", "VAT @ 20%", f"£{vat:.2f}")]
    rows.append(("pair", rng.choice(["Total", "Invoice Total", "Amount Due"]), f"£{total:,.2f}"))
    rows.append(("pair", "MOT expiry", date_text(when + dt.timedelta(days=365), rng.choice(UK_DATES))))
    method = rng.choice(["card", "cash", "netbanking", None])
    status = None
    if method:
        rows.append(("pair", rng.choice(["Paid", "Payment"]), {"card": "Card", "cash": "Cash",
                                                               "netbanking": "Bank transfer"}[method]))
        if shown(rng, 0.5):
            rows.append(("center", rng.choice(["PAID - thank you", "Paid with thanks"])))
            status = "success"
    else:
        rows.append(("small", "Payment due on collection"))
    rows.append(("small", "Advisories noted on the MOT certificate"))
    return (
        rows,
        _truth(garage, total, "GBP", number, when, method, status),
        {"width": 600, "size": 19, "paper": (255, 255, 255)},
    )


def seller_fee_bill(rng: random.Random, font: str):
    """A craft marketplace's monthly seller-fee statement paid by card or from the seller's balance (Etsy-style)."""
    currency = rng.choice(sorted(GROUPING))
    scale = 80.0 if currency == "INR" else 1.0
    platform = rng.choice(["Etsy", "Folksy", "Tindie", "Storenvy"])
    fees = [("Listing fees", 2.0, 12.0), ("Transaction fees", 8.0, 60.0), ("Payment processing fees", 5.0, 35.0),
            ("Offsite Ads fees", 3.0, 25.0), ("Postage labels", 10.0, 50.0)]
    fees = [(name, low * scale, high * scale) for name, low, high in fees]
    when = day(rng)

    def show(value: float) -> str:
        return _shown_in(value, currency, font)

    status, words = _outcome(
        rng,
        {"success": ["Payment received", "Your bill has been paid"], "failed": ["Payment failed - update your card"],
         "pending": ["Payment processing"]},
        0.3,
    )
    month = when.replace(day=1) - dt.timedelta(days=1)
    rows = [("title", platform), ("center", rng.choice(["Statement", "Shop bill", "Payment receipt"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", rng.choice(["Shop", "Seller"]), rng.choice(["WillowAndWick", "IndigoThreadsCo", "PaperLanternStudio"])),
        ("pair", rng.choice(["Statement period", "Billing period"]), date_text(month, "%B %Y")),
        ("rule",),
    ]
    total = _items(rng, rows, fees, 2, 4, show, 0.01 if currency != "INR" else 1)
    credit = round(total * 0.1, 2) if shown(rng, 0.7) else 0.0
    if credit:
        rows.append(("pair", rng.choice(["Credits applied", "Share & Save credit"]), "-" + show(credit)))
    total = round(total - credit, 2)
    rows += [("rule",), ("pair", rng.choice(["Amount paid", "Total", "Balance paid"]), show(total) + ("" if currency == "EUR" else " " + currency))]
    date_printed = shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Payment date", "Paid on"]),
                     date_text(when, {"USD": rng.choice(US_DATES), "INR": rng.choice(ISO_DATES)}.get(currency, rng.choice(EU_DATES)))))
    method = rng.choice(["card", "card", "wallet"] + (["UPI"] if currency == "INR" else []))
    rows.append(("pair", rng.choice(["Payment method", "Charged to"]),
                 {"card": rng.choice(["Visa", "Mastercard", "Amex"]) + " ****" + digits(rng, 4),
                  "wallet": "PayPal", "UPI": "UPI AutoPay"}[method]))
    txn = code(rng, 12, ALNUM)
    txn_printed = status != "failed" and optional_pair(rng, rows, ["Transaction ID", "Payment reference"], txn, 0.4)
    rows.append(("small", "Fees are charged in your shop's currency"))
    return (
        rows,
        _truth(platform, total, currency, txn if txn_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, width=600, band=(241, 100, 30)),
    )


IMPORTS = {
    "INR": ("Blue Dart Express (DHL)", "Customs duty (BCD)", "IGST @ 18%"),
    "USD": ("FedEx Trade Networks", "Duty", "Customs processing fee"),
    "EUR": ("DHL Express Germany", "Zoll", "Einfuhrumsatzsteuer 19%"),
    "GBP": ("Parcelforce Worldwide", "Import duty", "Import VAT 20%"),
}


def import_duty_receipt(rng: random.Random, font: str):
    """A courier's receipt for import duty and tax a buyer paid to release an overseas parcel (INR, USD, EUR, GBP)."""
    currency = rng.choice(sorted(IMPORTS))
    courier, duty_label, tax_label = IMPORTS[currency]
    scale = 80.0 if currency == "INR" else 1.0
    duty = round(rng.uniform(3, 40) * scale, 2)
    tax = round(rng.uniform(5, 60) * scale, 2)
    handling = round(rng.choice([8.0, 11.5, 12.0, 13.5]) * scale, 2)
    total = round(duty + tax + handling, 2)
    when = day(rng)

    def show(value: float) -> str:
        return _shown_in(value, currency, font)

    status, words = _outcome(
        rng,
        {"success": ["Payment successful - your parcel will be delivered", "Thank you, payment received"],
         "failed": ["Payment could not be taken"], "pending": ["Payment pending"]},
    )
    waybill = digits(rng, 10)
    rows = [("title", courier), ("center", rng.choice(["Duties & Taxes receipt", "Import charges paid", "Receipt"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [
        ("pair", rng.choice(["Waybill", "Tracking number", "AWB"]), waybill),
        ("pair", rng.choice(["Shipper", "From"]), rng.choice(["AliExpress Seller", "Etsy shop (US)", "Amazon.co.jp seller"])),
        ("pair", rng.choice(["Declared value", "Customs value"]), show(round(rng.uniform(60, 400) * scale, 2))),
        ("rule",),
        ("pair", duty_label, show(duty)),
        ("pair", tax_label, show(tax)),
        ("pair", rng.choice(["Clearance fee", "Handling charge", "Advancement fee"]), show(handling)),
        ("pair", rng.choice(["Total paid", "Total", "Amount"]), show(total) + rng.choice(["", " " + currency])),
    ]
    date_printed = shown(rng, 0.3)
    if date_printed:
        fmt = {"USD": rng.choice(US_DATES), "INR": rng.choice(ISO_DATES)}.get(currency, rng.choice(UK_DATES + EU_DATES[:1]))
        rows.append(("pair", rng.choice(["Payment date", "Date paid"]), date_text(when, fmt)))
    rows.append(("pair", rng.choice(["Expected delivery", "Delivery"]), date_text(when + dt.timedelta(days=2), "%d %b")))
    method = rng.choice(["card", "card", "wallet"] + (["UPI", "netbanking"] if currency == "INR" else []))
    rows.append(("pair", rng.choice(["Paid by", "Payment method"]),
                 {"card": rng.choice(["Visa", "Mastercard"]) + " x" + digits(rng, 4), "wallet": "PayPal",
                  "UPI": "UPI", "netbanking": "Netbanking"}[method]))
    ref = code(rng, 3, UPPER) + digits(rng, 9)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["Payment reference", "Receipt number"], ref, 0.4)
    rows.append(("small", "Charges set by customs; the courier's fee is not refundable"))
    return (
        rows,
        _truth(courier, total, currency, ref if ref_printed else None, when if date_printed else None, method, status),
        dict(SCREEN, width=600, band=(212, 5, 17)),
    )
