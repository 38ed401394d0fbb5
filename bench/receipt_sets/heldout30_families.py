"""The twelve heldout30 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import clock, code, date_text, day, digits, money, optional_pair, phone, shown
from bench.receipt_sets.heldout14_values import rupee as _rupee
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _outcome, _truth
from bench.receipt_sets.heldout26_families import ALNUM, EU_DATES, UK_DATES, UPPER, _shown_in

IN_DATES = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%y"]
DATES = {"INR": IN_DATES, "USD": US_DATES, "EUR": EU_DATES, "GBP": UK_DATES}
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]
NO_RUPEE_MONO = "NotoMono"  # Noto Mono lacks the rupee sign too


def rupee(font: str) -> str:
    """The rupee mark a receipt drawn in ``font`` can print (heldout14's, and "Rs." in Noto Mono)."""
    return "Rs." if NO_RUPEE_MONO in font else _rupee(font)


ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def pinelabs_charge_slip(rng: random.Random, font: str):
    """An Indian card-terminal charge slip (Pine Labs / Paytm EDC style): TID, MID, batch, invoice, approval code, RRN."""
    shop = rng.choice(["Croma Phoenix Mall", "Lifestyle Orion Mall", "Bata Store MG Road", "Apollo Pharmacy Banjara Hills"])
    when = day(rng)
    amount = round(rng.uniform(180, 48000), 2)
    invoice = f"{rng.randint(1, 999):06d}"
    rows = [("title", shop), ("center", rng.choice(["Pine Labs", "Paytm EDC", "HDFC Bank POS"])), ("rule",),
            ("pair", "TID", digits(rng, 8)), ("pair", "MID", digits(rng, 15)),
            ("pair", "DATE", date_text(when, "%d/%m/%Y")), ("pair", "TIME", clock(rng, False) + ":" + f"{rng.randint(0, 59):02d}"),
            ("pair", "BATCH NO", f"{rng.randint(1, 400):06d}"), ("pair", "INVOICE NO", invoice),
            ("center", "SALE"), ("pair", rng.choice(["VISA", "MASTERCARD", "RUPAY"]) + " CARD", "XXXX XXXX XXXX " + digits(rng, 4)),
            ("pair", "CARD TYPE", rng.choice(["CONTACTLESS", "CHIP", "SWIPE"]))]
    status, words = _outcome(rng, {"success": ["APPROVED", "TXN APPROVED"], "failed": ["DECLINED", "TXN DECLINED"],
                                   "pending": ["TXN TIMED OUT - PENDING"]}, 0.25)
    auth = code(rng, 6, ALNUM)
    auth_printed = status != "failed" and optional_pair(rng, rows, ["APPR CODE", "AUTH CODE"], auth, 0.2)
    rrn = digits(rng, 12)
    rrn_printed = optional_pair(rng, rows, ["RRN", "RRN NO"], rrn, 0.35)
    rows += [("rule",), ("pair", rng.choice(["BASE AMOUNT", "AMOUNT", "TOTAL AMOUNT"]), rupee(font) + " " + money(amount, "plain"))]
    if words:
        rows.append(("center", words))
    rows += [("center", "PIN VERIFIED OK" if rng.random() < 0.5 else "NO SIGNATURE REQUIRED"), ("small", "CUSTOMER COPY  Cust Care 1800 " + digits(rng, 7))]
    txn = rrn if rrn_printed else auth if auth_printed else invoice
    return rows, _truth(shop, amount, "INR", txn, when, "card", status), {"width": 420, "size": 18, "paper": (246, 245, 240)}


def bank_upi_screen(rng: random.Random, font: str):
    """An Indian bank app's UPI payment screen (BHIM SBI Pay, iMobile Pay, Kotak, Axis): payee VPA, UPI ref, A/c, balance."""
    app = rng.choice(["BHIM SBI Pay", "iMobile Pay", "Kotak 811", "Axis Mobile", "Bank of Baroda bob World"])
    payee = rng.choice(["Sri Balaji Kirana Stores", "Ramesh Tea Stall", "Dr. Mehta Clinic", "Annapurna Mess", "Zudio Koramangala"])
    when = day(rng)
    amount = round(rng.choice([rng.uniform(10, 900), rng.uniform(900, 15000)]), 2)
    status, words = _outcome(rng, {"success": ["Payment Successful", "Transaction Successful", "Money sent successfully"],
                                   "failed": ["Payment Failed", "Transaction Declined by bank"],
                                   "pending": ["Payment Pending", "Transaction under process"]}, 0.1)
    mark = rupee(font)
    rows = [("title", app), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [("big", mark + " " + money(amount, "indian")), ("pair", rng.choice(["Paid to", "To", "Payee"]), payee),
             ("pair", "UPI ID", payee.split()[0].lower() + digits(rng, 3) + "@" + rng.choice(["ybl", "okaxis", "paytm", "ibl"]))]
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(("pair", rng.choice(["Date & Time", "Transaction Date", "On"]), date_text(when, rng.choice(IN_DATES)) + ", " + clock(rng, True)))
    rows.append(("pair", rng.choice(["From A/c", "Debited from"]), "XXXXXX" + digits(rng, 4)))
    ref = digits(rng, 12)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["UPI Ref No", "UPI Transaction ID", "UTR"], ref, 0.2)
    if shown(rng, 0.5):
        rows.append(("pair", "Avl Bal", mark + " " + money(round(rng.uniform(200, 90000), 2), "indian")))
    rows.append(("small", "Need help? Call " + rng.choice(["1800 11 2211", "1860 120 7777", "1800 419 5959"])))
    return rows, _truth(payee, amount, "INR", ref if ref_printed else None, when if date_printed else None, "UPI", status), dict(
        SCREEN, band=rng.choice([(40, 60, 140), (170, 30, 40), (10, 110, 90)]))


def supermarket_till_in(rng: random.Random, font: str):
    """An Indian supermarket's till bill (DMart / Reliance Smart style): MRP vs rate, You Saved, GSTIN, member mobile."""
    shop = rng.choice(["DMart - Avenue Supermarts Ltd", "Reliance Smart Bazaar", "More Supermarket", "Ratnadeep Supermarket", "Spencer's Retail"])
    when = day(rng)
    number = code(rng, 2, UPPER) + digits(rng, 8)
    rows = [("title", shop), ("center", "GSTIN: " + digits(rng, 2) + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + digits(rng, 1)),
            ("center", "TAX INVOICE"), ("pair", rng.choice(["Bill No", "Inv No"]), number),
            ("pair", "Date", date_text(when, rng.choice(IN_DATES)) + " " + clock(rng, False)), ("pair", "Cashier", digits(rng, 4)), ("rule",)]
    total, saved, count = 0.0, 0.0, 0
    for item, mrp in rng.sample([("TATA SALT 1KG", 28.0), ("AASHIRVAAD ATTA 5K", 285.0), ("AMUL BUTTER 500G", 285.0), ("SURF EXCEL 1KG", 140.0),
                                 ("MAGGI 12 PACK", 168.0), ("FORTUNE OIL 1L", 175.0), ("PARLE-G 800G", 90.0), ("TOOR DAL 1KG", 165.0)], rng.randint(3, 6)):
        qty = rng.randint(1, 3)
        rate = round(mrp * rng.choice([1.0, 0.95, 0.9, 0.85]), 2)
        total += qty * rate
        saved += qty * (mrp - rate)
        count += qty
        rows.append(("pair", f"{item} {qty} x {rate:.2f} (MRP {mrp:.0f})", money(qty * rate, "indian")))
    total = round(total, 2)
    rows += [("rule",), ("pair", f"Items: {count}", ""), ("pair", rng.choice(["NET AMOUNT", "Total Payable", "BILL AMOUNT"]), money(total, "indian"))]
    method = rng.choice(["cash", "card", "UPI"])
    txn = number
    if method == "cash":
        given = float(-(-total // 100) * 100)
        rows += [("pair", "CASH", money(given, "indian")), ("pair", "CHANGE", money(given - total, "indian"))]
    else:
        rows.append(("pair", {"card": "CARD", "UPI": "UPI"}[method], money(total, "indian")))
        if optional_pair(rng, rows, ["RRN", "UPI Ref"] if method == "UPI" else ["Appr Code", "Auth No"],
                         digits(rng, 12) if method == "UPI" else digits(rng, 6), 0.5):
            txn = rows[-1][2]
    if saved > 0:
        rows.append(("center", "You Saved " + rupee(font) + " " + money(round(saved, 2), "indian")))
    rows.append(("small", "Member Mob: " + phone(rng) + "  Thank you, visit again"))
    return rows, _truth(shop, total, "INR", txn, when, method, None), {"width": 560, "size": 17, "paper": (250, 250, 247)}


def grocery_till_us(rng: random.Random, font: str):
    """A US supermarket register receipt: loyalty savings, sales tax, fuel points, a card or cash tender, store phone."""
    shop = rng.choice(["Kroger", "Safeway", "Publix Super Market", "H-E-B", "Stop & Shop"])
    when = day(rng)
    rows = [("title", shop), ("center", rng.choice(["1420 W Main St, Columbus OH", "88 Market St, Oakland CA", "3000 Burnet Rd, Austin TX"])),
            ("center", "Store (" + digits(rng, 3) + ") " + digits(rng, 3) + "-" + digits(rng, 4)), ("rule",)]
    subtotal, savings = 0.0, 0.0
    for item, price in rng.sample([("BANANAS 2.31 lb @ 0.59", 1.36), ("2% MILK GAL", 3.89), ("EGGS LRG 12CT", 4.29), ("BREAD WHT", 2.99),
                                   ("CHKN BRST 1.8 lb", 8.97), ("OJ 52OZ", 4.49), ("CEREAL", 5.49), ("PAPER TOWEL 6PK", 9.99)], rng.randint(3, 6)):
        subtotal += price
        rows.append(("pair", item, f"{price:.2f}"))
        if rng.random() < 0.3:
            off = round(price * 0.2, 2)
            savings += off
            rows.append(("pair", "  SC " + shop.split()[0].upper() + " SAVINGS", f"{off:.2f}-"))
    tax = round((subtotal - savings) * rng.choice([0.0, 0.02, 0.0725]), 2)
    total = round(subtotal - savings + tax, 2)
    rows += [("rule",), ("pair", "SUBTOTAL", f"{subtotal - savings:.2f}"), ("pair", "TAX", f"{tax:.2f}"),
             ("pair", rng.choice(["**** BALANCE", "TOTAL", "BALANCE DUE"]), f"{total:.2f}")]
    method = rng.choice(["card", "card", "cash"])
    txn = None
    if method == "cash":
        given = float(-(-total // 20) * 20)
        rows += [("pair", "CASH", f"{given:.2f}"), ("pair", "CHANGE", f"{given - total:.2f}")]
    else:
        rows += [("pair", rng.choice(["VISA", "DEBIT", "MASTERCARD"]) + " ****" + digits(rng, 4), f"{total:.2f}")]
        if optional_pair(rng, rows, ["AUTH #", "APPROVAL CODE"], digits(rng, 6), 0.3):
            txn = rows[-1][2]
    trans = digits(rng, 4)
    rows.append(("left", date_text(when, "%m/%d/%y") + " " + clock(rng, True) + f" STR {digits(rng, 3)} LN {rng.randint(1, 14)} TRANS {trans}"))
    txn = txn or trans
    if savings:
        rows.append(("center", f"YOUR SAVINGS TODAY ${savings:.2f}"))
    rows.append(("small", f"Fuel Points earned: {int(total)}  Total this month: {rng.randint(100, 900)}"))
    return rows, _truth(shop, total, "USD", txn, when, method, None), {"width": 460, "size": 18, "paper": (251, 251, 251)}


def addition_restaurant_fr(rng: random.Random, font: str):
    """A French restaurant's bill (addition / ticket) paid by carte bancaire, tickets restaurant or espèces: table, couverts, TVA."""
    shop = rng.choice(["Brasserie du Marché", "Le Petit Zinc", "Chez Margot", "Pizzeria Bella Napoli", "Café de la Gare"])
    when = day(rng)
    covers = rng.randint(1, 6)
    rows = [("title", shop), ("center", rng.choice(["12 rue de la République, Lyon", "4 place du Capitole, Toulouse", "27 bd Voltaire, Paris 11e"])),
            ("center", "SIRET " + digits(rng, 14)), ("pair", "Table " + str(rng.randint(1, 40)), f"Couverts : {covers}"),
            ("pair", "Serveur", rng.choice(["Julien", "Camille", "Karim"])), ("rule",)]
    total = 0.0
    for item, price in rng.sample([("Plat du jour", 14.5), ("Entrecôte frites", 22.0), ("Salade César", 13.9), ("Crème brûlée", 7.5),
                                   ("Café", 2.4), ("Pichet de rouge 50cl", 14.0), ("Carafe d'eau", 0.0), ("Menu enfant", 9.5)], rng.randint(2, 5)):
        qty = rng.randint(1, covers)
        total += qty * price
        rows.append(("pair", f"{qty} {item}", money(qty * price, "european")))
    total = round(total, 2)
    rows += [("rule",), ("pair", rng.choice(["TOTAL TTC", "Total à payer", "NET A PAYER"]), money(total, "european") + " €"),
             ("pair", "dont TVA 10%", money(round(total / 11, 2), "european") + " €")]
    method = rng.choice(["card", "card", "cash", None])
    txn = None
    if method == "card":
        rows.append(("pair", rng.choice(["CB", "Carte bancaire", "CB sans contact"]), money(total, "european") + " €"))
        if optional_pair(rng, rows, ["N° autorisation", "Autorisation"], digits(rng, 6), 0.4):
            txn = rows[-1][2]
    elif method == "cash":
        given = float(-(-total // 10) * 10)
        rows += [("pair", "Espèces", money(given, "european") + " €"), ("pair", "Rendu", money(given - total, "european") + " €")]
    if txn is None and shown(rng, 0.3):
        txn = "T" + digits(rng, 5)
        rows.append(("pair", rng.choice(["Ticket n°", "Note n°"]), txn))
    rows += [("left", "Le " + date_text(when, "%d/%m/%Y") + " à " + clock(rng, False)), ("small", "Service compris - Merci de votre visite")]
    status = None
    if method and shown(rng, 0.6):
        rows.append(("center", "ACQUITTÉ"))
        status = "success"
    return rows, _truth(shop, total, "EUR", txn, when, method, status), {"width": 500, "size": 18, "paper": (252, 250, 244)}


def pub_till_uk(rng: random.Random, font: str):
    """A UK pub's till receipt: a table tab of pints and mains, an optional service charge, a card or cash tender."""
    shop = rng.choice(["The Red Lion", "The Crown & Anchor", "The Kings Arms", "Wetherspoon - The Moon Under Water", "The Plough Inn"])
    when = day(rng)
    rows = [("title", shop), ("center", rng.choice(["High Street, Guildford GU1 3AA", "Market Place, Ripon HG4 1BP", "Church Lane, Ely CB7 4JU"])),
            ("center", "VAT Reg No. GB " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2)),
            ("pair", "Table " + str(rng.randint(1, 60)), "Covers " + str(rng.randint(1, 6))), ("rule",)]
    subtotal = 0.0
    for item, price in rng.sample([("Pint Carling", 5.40), ("Pint Guinness", 6.10), ("Fish & Chips", 15.95), ("Sunday Roast Beef", 17.50),
                                   ("Lime & Soda", 2.20), ("Burger & Fries", 14.25), ("Glass House Red 175ml", 6.95), ("Sticky Toffee Pud", 6.50)],
                                  rng.randint(2, 5)):
        qty = rng.randint(1, 3)
        subtotal += qty * price
        rows.append(("pair", f"{qty} {item}", f"{qty * price:.2f}"))
    total = round(subtotal, 2)
    rows += [("rule",), ("pair", "Subtotal", f"£{subtotal:.2f}")]
    if shown(rng, 0.5):
        service = round(subtotal * 0.125, 2)
        total = round(subtotal + service, 2)
        rows.append(("pair", "Discretionary Service 12.5%", f"£{service:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL", "Amount Due", "BALANCE"]), f"£{total:.2f}"))
    method = rng.choice(["card", "card", "cash", "wallet"])
    txn = None
    if method == "cash":
        given = float(-(-total // 10) * 10)
        rows += [("pair", "Cash", f"£{given:.2f}"), ("pair", "Change", f"£{given - total:.2f}")]
    else:
        rows.append(("pair", {"card": rng.choice(["Visa Debit", "Mastercard", "Card"]), "wallet": "Apple Pay"}[method], f"£{total:.2f}"))
        if optional_pair(rng, rows, ["Auth Code", "Auth"], digits(rng, 6), 0.4):
            txn = rows[-1][2]
    check = str(rng.randint(1000, 9999))
    if txn is None and shown(rng, 0.4):
        rows.append(("pair", "Check No", check))
        txn = check
    rows += [("left", date_text(when, rng.choice(UK_DATES)) + " " + clock(rng, False) + "  Till 2  Server: Beth"),
             ("small", "Please drink responsibly. Wi-Fi code " + digits(rng, 6))]
    return rows, _truth(shop, total, "GBP", txn, when, method, None), {"width": 460, "size": 18, "paper": (250, 249, 243)}


def shop_order_email(rng: random.Random, font: str):
    """An online shop's order confirmation e-mail (Shopify-style) in one of the four currencies: items, shipping, tax, discount."""
    currency = rng.choice(["INR", "USD", "EUR", "GBP"])
    shop = rng.choice({"INR": ["The Souled Store", "Bewakoof", "Snitch"], "USD": ["Allbirds", "Brooklinen", "Bombas"],
                       "EUR": ["Nordic Nest", "Urbanara", "Kapten & Son"], "GBP": ["Gymshark", "Lounge Underwear", "Oliver Bonas"]}[currency])
    when = day(rng)
    scale = 80 if currency == "INR" else 1
    rows = [("title", shop), ("center", rng.choice(["Thank you for your purchase!", "Your order is confirmed", "Order received"])), ("gap",)]
    number = "#" + str(rng.randint(1001, 99999))
    rows.append(("pair", rng.choice(["Order", "Order number", "Order no."]), number))
    subtotal = 0.0
    for item, price in rng.sample([("Crew Socks 3-Pack", 24.0), ("Linen Shirt - M", 58.0), ("Tote Bag", 19.0), ("Hoodie - L", 45.0),
                                   ("Duvet Cover Double", 89.0), ("Running Shorts", 32.0)], rng.randint(1, 3)):
        qty = rng.randint(1, 2)
        subtotal += qty * price * scale
        rows.append(("pair", f"{item} x {qty}", _shown_in(qty * price * scale, currency, font)))
    total = subtotal
    rows.append(("pair", "Subtotal", _shown_in(subtotal, currency, font)))
    if shown(rng, 0.6):
        off = round(subtotal * 0.1, 2)
        total -= off
        rows.append(("pair", "Discount (" + rng.choice(["WELCOME10", "SPRING10"]) + ")", "-" + _shown_in(off, currency, font)))
    shipping = rng.choice([0.0, 4.95 * scale, 7.5 * scale])
    total += shipping
    rows.append(("pair", "Shipping", _shown_in(shipping, currency, font) if shipping else "Free"))
    if currency == "USD":
        tax = round(total * 0.0625, 2)
        total += tax
        rows.append(("pair", "Taxes", _shown_in(tax, currency, font)))
    total = round(total, 2)
    rows.append(("pair", rng.choice(["Total", "Total paid", "Order total"]), _shown_in(total, currency, font) + (" " + currency if shown(rng, 0.5) else "")))
    method = rng.choice(["card", "wallet", "UPI"] if currency == "INR" else ["card", "card", "wallet"])
    pay = {"card": rng.choice(["Visa ending in ", "Mastercard ending in ", "Amex ending in "]) + digits(rng, 4),
           "wallet": rng.choice(["PayPal", "Shop Pay", "Apple Pay", "Google Pay"]), "UPI": "UPI"}[method]
    if pay == "Shop Pay":
        method = "wallet"
    rows.append(("pair", rng.choice(["Payment method", "Paid with"]), pay))
    date_printed = shown(rng, 0.4)
    if date_printed:
        rows.append(("pair", rng.choice(["Order date", "Placed on", "Date"]), date_text(when, rng.choice(DATES[currency]))))
    rows += [("pair", "Estimated delivery", date_text(when + dt.timedelta(days=rng.randint(2, 9)), rng.choice(DATES[currency]))),
             ("small", "Questions? Reply to this e-mail or call " + ("+91 " + phone(rng) if currency == "INR" else "0800 " + digits(rng, 6)))]
    return rows, _truth(shop, total, currency, number, when if date_printed else None, method, None), dict(
        SCREEN, width=620, paper=(252, 252, 252), band=(30, 30, 30))


def phone_bill_payment(rng: random.Random, font: str):
    """A mobile / broadband bill payment confirmation page (Airtel, Verizon, Orange, EE): account and phone numbers, bill period, due date."""
    currency = rng.choice(["INR", "USD", "EUR", "GBP"])
    brand = {"INR": rng.choice(["Airtel", "Jio Postpaid", "Vi"]), "USD": rng.choice(["Verizon", "T-Mobile", "AT&T"]),
             "EUR": rng.choice(["Orange", "Vodafone", "Telekom"]), "GBP": rng.choice(["EE", "Three", "Virgin Media"])}[currency]
    when = day(rng)
    amount = round(rng.uniform(299, 2499) if currency == "INR" else rng.uniform(15, 160), 2)
    status, words = _outcome(rng, {"success": ["Payment successful", "Thank you! Your payment has been received", "Payment complete"],
                                   "failed": ["Payment failed", "Your payment could not be processed"],
                                   "pending": ["Payment pending", "We are confirming your payment"]}, 0.15)
    rows = [("title", brand), ("center", rng.choice(["Bill payment", "Pay my bill", "Payment confirmation"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [("big", _shown_in(amount, currency, font)),
             ("pair", rng.choice(["Mobile number", "Phone number", "Account number"]),
              phone(rng) if currency == "INR" else digits(rng, 3) + " " + digits(rng, 3) + " " + digits(rng, 4)),
             ("pair", "Bill period", date_text(when - dt.timedelta(days=40), "%d %b") + " - " + date_text(when - dt.timedelta(days=10), "%d %b %Y")),
             ("pair", "Due date", date_text(when + dt.timedelta(days=rng.randint(1, 12)), rng.choice(DATES[currency])))]
    if shown(rng, 0.5):
        rows.append(("pair", "Data used", f"{rng.randint(2, 80)}.{rng.randint(0, 9)} GB"))
    method = rng.choice(["UPI", "card", "netbanking", "wallet"] if currency == "INR" else ["card", "card", "netbanking", "wallet"])
    rows.append(("pair", rng.choice(["Paid using", "Payment method"]), {"UPI": "UPI", "card": "Card ending " + digits(rng, 4),
                                                                      "netbanking": "Net Banking" if currency == "INR" else "Bank account",
                                                                      "wallet": rng.choice(["Amazon Pay", "PayPal", "Apple Pay"])}[method]))
    date_printed = status == "success" and shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Payment date", "Paid on", "Date"]), date_text(when, rng.choice(DATES[currency]))))
    ref = code(rng, 3, UPPER) + digits(rng, 9)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["Transaction ID", "Payment reference", "Confirmation number"], ref, 0.3)
    rows.append(("small", "Customer ID " + digits(rng, 9) + "  Next bill on " + date_text(when + dt.timedelta(days=25), "%d/%m/%Y")))
    return rows, _truth(brand, amount, currency, ref if ref_printed else None, when if date_printed else None, method, status), dict(
        SCREEN, band=rng.choice([(220, 0, 30), (0, 90, 170), (255, 120, 0), (0, 150, 140)]))


def ueberweisung_de(rng: random.Random, font: str):
    """A German bank app's transfer confirmation (Sparkasse / Volksbank / DKB style) in German: Empfänger, IBAN, Verwendungszweck, Kontostand."""
    bank = rng.choice(["Sparkasse", "Volksbank", "DKB", "comdirect", "Commerzbank"])
    payee = rng.choice(["Stadtwerke München GmbH", "Hausverwaltung Krüger", "Zahnarztpraxis Dr. Weber", "Autohaus Schmidt", "Vodafone GmbH"])
    when = day(rng)
    amount = round(rng.uniform(12, 1800), 2)
    status, words = _outcome(rng, {"success": ["Überweisung ausgeführt", "Auftrag erfolgreich ausgeführt"],
                                   "failed": ["Überweisung abgelehnt", "Auftrag konnte nicht ausgeführt werden"],
                                   "pending": ["Auftrag in Bearbeitung", "Überweisung vorgemerkt"]}, 0.15)
    rows = [("title", bank), ("center", rng.choice(["Überweisung", "Auftragsbestätigung", "Echtzeitüberweisung"])), ("gap",)]
    if words:
        rows.append(("center", words))
    invoice_day = when - dt.timedelta(days=rng.randint(5, 30))
    rows += [("big", money(amount, "european") + " EUR"), ("pair", rng.choice(["Empfänger", "Zahlungsempfänger"]), payee),
             ("pair", "IBAN", "DE" + digits(rng, 2) + " " + " ".join(digits(rng, 4) for _ in range(4)) + " " + digits(rng, 2)),
             ("pair", "BIC", code(rng, 4, UPPER) + "DE" + code(rng, 2, UPPER)),
             ("pair", "Verwendungszweck", "Rechnung " + digits(rng, 6) + " vom " + date_text(invoice_day, "%d.%m.%Y"))]
    date_printed = shown(rng, 0.25)
    if date_printed:
        rows.append(("pair", rng.choice(["Ausgeführt am", "Datum", "Buchungstag"]),
                     date_text(when, "%d.%m.%Y") if rng.random() < 0.6 else f"{when.day}. {DE_MONTHS[when.month - 1]} {when.year}"))
    ref = code(rng, 3, UPPER) + digits(rng, 10)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["Auftragsnummer", "Referenz", "Transaktions-ID"], ref, 0.35)
    rows.append(("pair", "Auftraggeberkonto", "DE" + digits(rng, 2) + " **** **** " + digits(rng, 4)))
    if shown(rng, 0.5):
        rows.append(("pair", "Kontostand", money(round(rng.uniform(100, 9000), 2), "european") + " EUR"))
    rows.append(("small", "Kundennummer " + digits(rng, 10)))
    return rows, _truth(payee, amount, "EUR", ref if ref_printed else None, when if date_printed else None, "netbanking", status), dict(
        SCREEN, band=rng.choice([(230, 0, 0), (0, 80, 160), (20, 120, 200)]))


def _transfer_head(rng: random.Random, banks: list[str], payees: list[str], money_range: tuple, titles: list[str],
                   words_by_status: dict[str, list[str]]):
    """A bank transfer screen's head: bank title, outcome words; with payee, date, amount, fee, total and status."""
    low, high, fees = money_range
    bank, payee, when = rng.choice(banks), rng.choice(payees), day(rng)
    amount = round(rng.uniform(low, high), 2)
    fee = rng.choice(fees)
    status, words = _outcome(rng, words_by_status, 0.15)
    rows = [("title", bank), ("center", rng.choice(titles)), ("gap",)]
    if words:
        rows.append(("center", words))
    return payee, when, amount, fee, round(amount + fee, 2), status, rows


def transferencia_es(rng: random.Random, font: str):
    """A Spanish bank's transfer receipt (justificante de transferencia; Santander / BBVA / CaixaBank style) in Spanish."""
    payee, when, amount, fee, total, status, rows = _transfer_head(
        rng, ["Santander", "BBVA", "CaixaBank", "Sabadell", "Bankinter"],
        ["Comunidad de Propietarios C/ Mayor 12", "Academia Inglés Oxford SL", "Talleres García SL", "Iberdrola Clientes SAU"],
        (20, 2400, [0.0, 0.0, 1.5, 2.0]), ["Justificante de transferencia"],
        {"success": ["Transferencia realizada", "Operación realizada con éxito"],
         "failed": ["Transferencia rechazada", "La operación no se ha podido realizar"],
         "pending": ["Transferencia pendiente", "Operación en curso"]})
    rows += [("pair", "Beneficiario", payee), ("pair", "Cuenta destino", "ES" + digits(rng, 2) + " " + " ".join(digits(rng, 4) for _ in range(5))),
             ("pair", "Concepto", rng.choice(["Cuota comunidad ", "Factura ", "Recibo "]) + digits(rng, 4)), ("pair", "Importe", money(amount, "european") + " €")]
    if fee:
        rows += [("pair", "Comisión", money(fee, "european") + " €"), ("pair", "Total cargado", money(total, "european") + " €")]
    date_printed = shown(rng, 0.25)
    if date_printed:
        rows.append(("pair", rng.choice(["Fecha de la operación", "Fecha", "Fecha de ejecución"]),
                     date_text(when, "%d/%m/%Y") if rng.random() < 0.6 else f"{when.day} de {ES_MONTHS[when.month - 1]} de {when.year}"))
    ref = digits(rng, 16)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["Referencia", "Nº de operación", "Número de referencia"], ref, 0.35)
    rows += [("pair", "Cuenta cargo", "ES" + digits(rng, 2) + " **** **** " + digits(rng, 4)), ("small", "NIF titular " + digits(rng, 8) + code(rng, 1, UPPER))]
    return rows, _truth(payee, total, "EUR", ref if ref_printed else None, when if date_printed else None, "netbanking", status), dict(
        SCREEN, band=rng.choice([(236, 0, 0), (0, 68, 129), (0, 122, 183)]))


def bonifico_it(rng: random.Random, font: str):
    """An Italian bank's SEPA transfer receipt (ricevuta di bonifico; Intesa / UniCredit / Poste style): beneficiario, CRO/TRN, causale."""
    payee, when, amount, fee, total, status, rows = _transfer_head(
        rng, ["Intesa Sanpaolo", "UniCredit", "BancoPosta", "Banca Sella", "Fineco"],
        ["Condominio Via Verdi 7", "Studio Dentistico Bianchi", "Enel Energia SpA", "Autoscuola Stella", "Mario Esposito"],
        (15, 3000, [0.0, 0.0, 1.0, 2.5]), ["Ricevuta bonifico SEPA", "Esito bonifico", "Bonifico istantaneo"],
        {"success": ["Bonifico eseguito", "Operazione eseguita correttamente"], "failed": ["Bonifico non eseguito", "Operazione rifiutata"],
         "pending": ["Bonifico in lavorazione", "Operazione in attesa di autorizzazione"]})
    rows += [("pair", "Beneficiario", payee), ("pair", "IBAN beneficiario", "IT" + digits(rng, 2) + code(rng, 1, UPPER) + digits(rng, 10) + digits(rng, 12)),
             ("pair", "Causale", rng.choice(["Rata condominiale ", "Saldo fattura n. ", "Iscrizione corso "]) + digits(rng, 3)),
             ("pair", "Importo", money(amount, "european") + " EUR")]
    if fee:
        rows += [("pair", "Commissioni", money(fee, "european") + " EUR"), ("pair", "Totale addebitato", money(total, "european") + " EUR")]
    date_printed = shown(rng, 0.25)
    if date_printed:
        rows.append(("pair", rng.choice(["Data esecuzione", "Data operazione", "Data"]), date_text(when, rng.choice(["%d/%m/%Y", "%d.%m.%Y"]))))
    rows.append(("pair", "Data valuta beneficiario", date_text(when + dt.timedelta(days=rng.randint(1, 2)), "%d/%m/%Y")))
    ref = code(rng, 4, UPPER) + digits(rng, 26) if rng.random() < 0.5 else digits(rng, 11)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["TRN", "CRO", "Codice riferimento operazione"], ref, 0.3)
    rows += [("pair", "Conto di addebito", "IT** **** " + digits(rng, 4)), ("small", "Codice fiscale ordinante " + rng.choice(["RSSMRA80A01H501U", "VRDLCU77B12F839K"]))]
    return rows, _truth(payee, total, "EUR", ref if ref_printed else None, when if date_printed else None, "netbanking", status), dict(
        SCREEN, band=rng.choice([(0, 100, 60), (200, 20, 30), (0, 60, 140), (255, 200, 0)]), band_ink=(20, 20, 20))


def card_terminal_uk(rng: random.Random, font: str):
    """A UK card-terminal customer copy (Worldpay / Barclaycard / Dojo style): MID, TID, AID, a gratuity line, AUTH CODE."""
    shop = rng.choice(["Costa Coffee Leeds Stn", "Bella Italia Bath", "Mario's Barbers", "Nando's Croydon", "The Garden Café"])
    when = day(rng)
    sale = round(rng.uniform(3, 140), 2)
    tip = rng.choice([0.0, 0.0, round(sale * 0.1, 2), 2.0, 5.0])
    total = round(sale + tip, 2)
    rows = [("title", shop), ("center", rng.choice(["Worldpay", "Barclaycard", "Dojo", "Elavon"])), ("center", "CUSTOMER COPY"), ("rule",),
            ("pair", "MID", "****" + digits(rng, 4)), ("pair", "TID", "****" + digits(rng, 4)),
            ("pair", rng.choice(["VISA DEBIT", "MASTERCARD", "AMEX", "MAESTRO"]), "************" + digits(rng, 4)),
            ("pair", "AID", "A0000000" + digits(rng, 6)), ("center", rng.choice(["CONTACTLESS", "ICC", "APPLE PAY"])), ("center", "SALE"),
            ("pair", "AMOUNT", f"£{sale:.2f}")]
    if tip:
        rows += [("pair", rng.choice(["GRATUITY", "TIP"]), f"£{tip:.2f}")]
    rows.append(("pair", "TOTAL", f"£{total:.2f}"))
    status, words = _outcome(rng, {"success": ["APPROVED", "AUTHORISED"], "failed": ["DECLINED", "NOT AUTHORISED"],
                                   "pending": ["REFERRAL - PENDING"]}, 0.2)
    if words:
        rows.append(("center", words))
    method = "wallet" if "APPLE PAY" in [r[1] for r in rows if r[0] == "center"] else "card"
    txn = None
    if status != "failed" and optional_pair(rng, rows, ["AUTH CODE", "AUTH"], digits(rng, 6), 0.25):
        txn = rows[-1][2]
    seq = digits(rng, 4)
    if optional_pair(rng, rows, ["TXN NO", "SEQ"], seq, 0.4) and txn is None:
        txn = seq
    rows += [("left", date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d %b %Y"])) + "   " + clock(rng, False)),
             ("small", "PLEASE RETAIN FOR YOUR RECORDS  Tel 0113 " + digits(rng, 6))]
    return rows, _truth(shop, total, "GBP", txn, when, method, status), {"width": 400, "size": 18, "paper": (247, 247, 247)}
