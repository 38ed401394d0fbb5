"""The twelve heldout29 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import clock, code, date_text, day, digits, money, optional_pair, phone, rupee, shown
from bench.receipt_sets.heldout18_families import SCREEN, US_DATES, _outcome, _truth
from bench.receipt_sets.heldout26_families import ALNUM, EU_DATES, UK_DATES, UPPER, _shown_in

IN_DATES = ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%Y"]
DATES = {"INR": IN_DATES, "USD": US_DATES, "EUR": EU_DATES, "GBP": UK_DATES}
PT_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]


def mbway_screen(rng: random.Random, font: str):
    """A Portuguese MB WAY purchase or transfer screen in Portuguese (phone numbers, a balance-free card line)."""
    shop = rng.choice(["Pastelaria Aloma", "Continente Bom Dia", "Farmácia Estácio", "Mercado do Bolhão - Banca 14"])
    when = day(rng)
    amount = round(rng.uniform(2.5, 180), 2)
    status, words = _outcome(rng, {"success": ["Pagamento efetuado com sucesso", "Pagamento concluído"],
                                   "failed": ["Pagamento recusado", "Operação não efetuada"],
                                   "pending": ["Pagamento pendente", "A aguardar confirmação"]}, 0.2)
    rows = [("title", "MB WAY"), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [("big", money(amount, "european") + " €"), ("pair", rng.choice(["Comerciante", "Para", "Destinatário"]), shop),
             ("pair", rng.choice(["Telemóvel", "Nº telemóvel"]), "+351 9" + digits(rng, 8)),
             ("pair", "Cartão", "**** " + digits(rng, 4))]
    date_printed = shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Data", "Data da operação"]), f"{when.day} {PT_MONTHS[when.month - 1]} {when.year}, " + clock(rng, False)))
    ref = digits(rng, 12)
    ref_printed = status != "failed" and optional_pair(rng, rows, ["ID da operação", "Referência"], ref, 0.3)
    rows.append(("small", "Limite diário disponível " + money(float(rng.choice([250, 500, 1000])), "european") + " €"))
    return rows, _truth(shop, amount, "EUR", ref if ref_printed else None, when if date_printed else None, "wallet", status), dict(
        SCREEN, band=(210, 16, 52))


def farmacia_scontrino(rng: random.Random, font: str):
    """An Italian pharmacy's documento commerciale (scontrino) with ticket sanitario, codice fiscale and a carta/contanti line."""
    shop = rng.choice(["Farmacia Centrale Dr. Rossi", "Farmacia San Marco", "Farmacia Comunale n. 3", "Parafarmacia Salus"])
    when = day(rng)
    number = f"{rng.randint(1, 40):04d}-{rng.randint(1, 900):04d}"
    rows = [("title", shop), ("center", rng.choice(["Via Roma 21, Bologna", "Corso Buenos Aires 8, Milano", "Piazza Dante 3, Napoli"])),
            ("center", "P.IVA " + digits(rng, 11)), ("center", "DOCUMENTO COMMERCIALE di vendita o prestazione"), ("rule",)]
    total = 0.0
    for name, low, high in rng.sample([("TACHIPIRINA 500MG 20CPR", 4.5, 6.2), ("OKI TASK 40MG", 7.0, 9.9), ("MOMENT 200MG 12CPR", 6.0, 8.5),
                                       ("ENTEROGERMINA 10FL", 9.0, 13.0), ("AMOXICILLINA 1G RICETTA", 3.0, 7.5), ("CEROTTI 20PZ", 2.5, 4.9)],
                                      rng.randint(1, 4)):
        qty = rng.choice([1, 1, 2])
        each = round(rng.uniform(low, high), 2)
        total += qty * each
        rows.append(("pair", (f"{qty} x {money(each, 'european')} " if qty > 1 else "") + name, money(qty * each, "european")))
    ticket = float(rng.choice([0, 0, 2, 3]))
    if ticket:
        total += ticket
        rows.append(("pair", "TICKET SANITARIO", money(ticket, "european")))
    total = round(total, 2)
    rows += [("rule",), ("pair", rng.choice(["TOTALE COMPLESSIVO", "TOTALE EURO"]), money(total, "european")),
             ("pair", "di cui IVA", money(round(total * 0.1 / 1.1, 2), "european"))]
    method = rng.choice(["cash", "card", "card"])
    if method == "cash":
        given = float(-(-total // 5) * 5)
        rows += [("pair", "Pagamento contante", money(given, "european")), ("pair", "Resto", money(given - total, "european"))]
    else:
        rows.append(("pair", "Pagamento elettronico", money(total, "european")))
    rows += [("pair", "C.F. " + rng.choice(["RSSMRA80A01H501U", "BNCLRA75C45F205X", "VRDGPP62M10L219K"]), ""),
             ("left", date_text(when, "%d-%m-%Y") + " " + clock(rng, False)), ("left", "DOCUMENTO N. " + number),
             ("small", "RT " + code(rng, 2, UPPER) + digits(rng, 8) + "  Conservare per detrazione 730")]
    return rows, _truth(shop, total, "EUR", number, when, method, None), {"width": 520, "size": 18, "paper": (250, 249, 245)}


def sncf_confirmation(rng: random.Random, font: str):
    """A French rail booking payment confirmation e-mail (SNCF Connect-style), travel date and dossier reference."""
    brand = rng.choice(["SNCF Connect", "TGV INOUI", "OUIGO", "TER Hauts-de-France"])
    when = day(rng)
    travel = when + dt.timedelta(days=rng.randint(1, 60))
    fares = [round(rng.uniform(19, 119), 2) for _ in range(rng.randint(1, 3))]
    total = round(sum(fares), 2)
    status, words = _outcome(rng, {"success": ["Paiement accepté", "Votre commande est confirmée et payée"],
                                   "failed": ["Paiement refusé", "Le paiement n'a pas abouti"],
                                   "pending": ["Paiement en attente de validation"]}, 0.2)
    rows = [("title", brand), ("center", "Confirmation de commande"), ("gap",)]
    if words:
        rows.append(("center", words))
    dossier = code(rng, 6, UPPER)
    rows += [("pair", rng.choice(["Référence dossier", "Référence de voyage"]), dossier),
             ("pair", "Aller", rng.choice(["Paris Gare de Lyon - Lyon Part-Dieu", "Lille Europe - Marseille St-Charles", "Bordeaux - Paris Montparnasse"])),
             ("pair", "Départ le", f"{travel.day} {FR_MONTHS[travel.month - 1]} {travel.year} à " + clock(rng, False)),
             ("pair", "Voiture / Place", f"{rng.randint(1, 18)} / {rng.randint(1, 120)}")]
    for index, fare in enumerate(fares, 1):
        rows.append(("pair", f"Passager {index} - " + rng.choice(["Tarif Normal", "Carte Avantage", "Tarif Max Jeune"]), money(fare, "european") + " €"))
    rows.append(("pair", rng.choice(["Montant total", "Total TTC", "Total payé"]), money(total, "european") + " €"))
    method = rng.choice(["card", "card", "wallet"])
    rows.append(("pair", "Moyen de paiement", {"card": rng.choice(["Carte bancaire", "Visa"]) + " **** " + digits(rng, 4),
                                               "wallet": rng.choice(["PayPal", "Apple Pay"])}[method]))
    date_printed = status == "success" and shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Date du paiement", "Payé le"]), f"{when.day} {FR_MONTHS[when.month - 1]} {when.year}"))
    auth = digits(rng, 6)
    auth_printed = status == "success" and optional_pair(rng, rows, ["Numéro d'autorisation", "Code d'autorisation"], auth, 0.5)
    rows.append(("small", "Service client 3635 - Carte Avantage n° 29090" + digits(rng, 12)))
    txn = auth if auth_printed else dossier
    return rows, _truth(brand, total, "EUR", txn, when if date_printed else None, method, status), dict(SCREEN, width=640, band=(12, 19, 31))


def tikkie_screen(rng: random.Random, font: str):
    """A Dutch Tikkie payment-request screen in Dutch: paid via iDEAL to a person or shop, with a 'wat' description."""
    payee = rng.choice(["Sanne de Vries", "Bakkerij Bart", "Voetbalclub VVA", "Daan Jansen"])
    when = day(rng)
    each = round(rng.uniform(3, 60), 2)
    people = rng.choice([1, 1, 2, 3])
    total = round(each * people, 2)
    status, words = _outcome(rng, {"success": ["Betaald", "Je hebt betaald"], "failed": ["Betaling mislukt", "Geannuleerd - niet betaald"],
                                   "pending": ["Betaling wordt verwerkt"]}, 0.15)
    rows = [("title", "Tikkie"), ("center", payee + rng.choice([" vraagt", " heeft een Tikkie gestuurd"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [("big", "€ " + money(total, "european")), ("pair", "Waarvoor", rng.choice(["Pizza vrijdag", "Contributie 2025", "Taart", "Cadeau Emma"]))]
    if people > 1:
        rows.append(("pair", "Aantal", f"{people} x € {money(each, 'european')}"))
    rows += [("pair", "Aan", payee), ("pair", "IBAN", "NL" + digits(rng, 2) + rng.choice(["INGB", "RABO", "ABNA"]) + "0" + digits(rng, 9)),
             ("pair", "Betaald met", "iDEAL - " + rng.choice(["ING", "Rabobank", "ABN AMRO"]))]
    date_printed = status == "success" and shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Betaald op", "Datum"]), date_text(when, rng.choice(EU_DATES))))
    ref = code(rng, 16, ALNUM)
    ref_printed = status == "success" and optional_pair(rng, rows, ["Transactiereferentie", "Kenmerk"], ref, 0.5)
    rows.append(("small", "Link geldig tot " + date_text(when + dt.timedelta(days=14), "%d-%m-%Y")))
    return rows, _truth(payee, total, "EUR", ref if ref_printed else None, when if date_printed else None, "netbanking", status), dict(
        SCREEN, band=(64, 60, 170))


def laundry_bill(rng: random.Random, font: str):
    """An Indian laundry / dry-clean shop's bill: garments x rates, express charge, delivery date, advance paid."""
    shop = rng.choice(["Sparkle Dry Cleaners", "Kwality Laundry & Press", "UClean Koramangala", "Shivam Drycleaners"])
    when = day(rng)
    number = str(rng.randint(1000, 99999))
    mark = rupee(font)
    rows = [("title", shop), ("center", "Ph. " + phone(rng)), ("rule",), ("pair", rng.choice(["Bill No.", "Order No."]), number),
            ("pair", rng.choice(["Date", "Recd. Date"]), date_text(when, rng.choice(IN_DATES))),
            ("pair", rng.choice(["Delivery", "Due Date"]), date_text(when + dt.timedelta(days=rng.randint(2, 5)), rng.choice(IN_DATES))),
            ("pair", "Customer", rng.choice(["Mrs. Iyer", "Rahul M.", "Flat 302"]) + " / " + phone(rng)), ("rule",)]
    total = 0.0
    for item, rate in rng.sample([("Shirt (press)", 15.0), ("Saree dry clean", 250.0), ("Suit 2pc DC", 450.0), ("Blanket wash", 300.0),
                                  ("Kurta wash+iron", 40.0), ("Trouser (press)", 15.0)], rng.randint(2, 4)):
        qty = rng.randint(1, 8)
        total += qty * rate
        rows.append(("pair", f"{item} {qty} x {rate:.0f}", money(qty * rate, "indian")))
    if shown(rng, 0.6):
        total += 50
        rows.append(("pair", "Express charge", "50.00"))
    total = round(total, 2)
    rows += [("rule",), ("pair", rng.choice(["Total", "Net Amount", "Grand Total"]), mark + " " + money(total, "indian"))]
    method = rng.choice(["cash", "UPI", None])
    status = None
    txn = number
    if method:
        rows.append(("pair", "Paid by", {"cash": "Cash", "UPI": rng.choice(["GPay", "PhonePe", "Paytm UPI"])}[method]))
        if method == "UPI" and optional_pair(rng, rows, ["UPI Ref", "UTR"], digits(rng, 12), 0.5):
            txn = rows[-1][2]
        if shown(rng, 0.5):
            rows.append(("center", "PAID"))
            status = "success"
    rows.append(("small", f"Pcs: {rng.randint(2, 20)}  Not responsible for colour bleeding"))
    return rows, _truth(shop, total, "INR", txn, when, method, status), {"width": 460, "size": 19, "paper": (247, 247, 240)}


def etm_bus_ticket(rng: random.Random, font: str):
    """An Indian state bus conductor's electronic ticket machine (ETM) ticket: stages, adults/children, fare, concessions."""
    corp = rng.choice(["KSRTC", "MSRTC", "TNSTC", "APSRTC", "BMTC"])
    when = day(rng)
    adults, children = rng.randint(1, 4), rng.choice([0, 0, 1, 2])
    fare = float(rng.randint(12, 420))
    total = round(adults * fare + children * round(fare / 2), 2)
    number = code(rng, 2, UPPER) + digits(rng, 6)
    rows = [("title", corp), ("center", rng.choice(["Depot: Mysuru Rural", "Depot: Swargate", "Depot: Koyambedu", "Depot: Vijayawada"])),
            ("pair", "Tkt No", number), ("pair", rng.choice(["Date", "Dt"]), date_text(when, "%d/%m/%y") + " " + clock(rng, False)),
            ("pair", "Bus No", rng.choice(["KA09F", "MH12", "TN01N", "AP29Z"]) + digits(rng, 4)),
            ("pair", "From", rng.choice(["Mysuru", "Pune", "Chennai", "Guntur"])), ("pair", "To", rng.choice(["Mandya", "Satara", "Vellore", "Ongole"])),
            ("pair", "Adult", f"{adults} x {fare:.2f}")]
    if children:
        rows.append(("pair", "Child", f"{children} x {round(fare / 2):.2f}"))
    rows += [("pair", rng.choice(["Total", "Fare", "Amt"]), rupee(font) + f" {total:.2f}"),
             ("pair", "Cond. ID", digits(rng, 5)), ("pair", "Waybill", digits(rng, 7))]
    method = None
    if shown(rng, 0.6):
        method = rng.choice(["cash", "UPI"])
        rows.append(("pair", "Pay mode", {"cash": "CASH", "UPI": "UPI QR"}[method]))
    txn = number
    if method == "UPI" and optional_pair(rng, rows, ["UPI Ref", "RRN"], digits(rng, 12), 0.4):
        txn = rows[-1][2]
    rows.append(("small", "Happy Journey  Helpline 1800 425 " + digits(rng, 4)))
    return rows, _truth(corp, total, "INR", txn, when, method, None), {"width": 380, "size": 17, "paper": (245, 242, 236)}


def cake_shop_order(rng: random.Random, font: str):
    """An Indian bakery's custom-cake order receipt: weight x rate, message, advance paid now, balance at pick-up."""
    shop = rng.choice(["Monginis Cake Shop", "Theobroma Bakery", "Iyengar's Bakery", "CakeZone Kondapur"])
    when = day(rng)
    weight = rng.choice([0.5, 1.0, 1.5, 2.0, 3.0])
    rate = float(rng.choice([600, 750, 900, 1100]))
    total = weight * rate + rng.choice([0.0, 150.0])
    advance = rng.choice([None, round(total / 2, 0), 500.0])
    paid = round(advance if advance else total, 2)
    number = "ORD" + digits(rng, 5)
    mark = rupee(font)
    rows = [("title", shop), ("center", "CAKE ORDER RECEIPT"), ("rule",), ("pair", "Order No.", number),
            ("pair", "Order Date", date_text(when, rng.choice(IN_DATES))),
            ("pair", rng.choice(["Delivery Date", "Pick-up on"]), date_text(when + dt.timedelta(days=rng.randint(1, 6)), rng.choice(IN_DATES))),
            ("pair", "Flavour", rng.choice(["Black Forest", "Red Velvet", "Rasmalai", "Chocolate Truffle"])),
            ("pair", "Weight", f"{weight} kg @ {rate:.0f}/kg"), ("pair", "Message", rng.choice(["Happy Birthday Aarav", "Happy 25th Anniv.", "Congrats Priya"])),
            ("pair", "Mobile", phone(rng)), ("rule",), ("pair", "Total", mark + " " + money(total, "indian"))]
    if advance:
        rows += [("pair", rng.choice(["Advance Paid", "Advance Recd."]), mark + " " + money(paid, "indian")),
                 ("pair", "Balance", mark + " " + money(total - paid, "indian"))]
    method = rng.choice(["cash", "UPI", "card"])
    rows.append(("pair", "Mode", {"cash": "Cash", "UPI": "UPI", "card": "Card"}[method]))
    txn = number
    if method == "card" and optional_pair(rng, rows, ["Auth Code", "Appr No"], digits(rng, 6), 0.5):
        txn = rows[-1][2]
    if method == "UPI" and optional_pair(rng, rows, ["UPI Ref No", "UTR"], digits(rng, 12), 0.5):
        txn = rows[-1][2]
    rows.append(("small", "Advance not refundable. FSSAI Lic " + digits(rng, 14)))
    return rows, _truth(shop, paid, "INR", txn, when, method, None), {"width": 520, "size": 19, "paper": (255, 248, 240)}


def daycare_tuition(rng: random.Random, font: str):
    """A US childcare centre's tuition payment receipt in a parent app (Brightwheel-style): weekly tuition, fees, ACH or card."""
    centre = rng.choice(["Little Sprouts Learning Center", "Bright Horizons at Midtown", "Sunshine Montessori", "KinderCare Oak Park"])
    when = day(rng)
    tuition = float(rng.choice([285, 340, 410, 525]))
    weeks = rng.choice([1, 2, 4])
    fees = rng.choice([0.0, 25.0, 60.0])
    method = rng.choice(["card", "netbanking", "netbanking"])
    sub = tuition * weeks + fees
    fee = round(sub * 0.03, 2) if method == "card" else 0.0
    total = round(sub + fee, 2)
    status, words = _outcome(rng, {"success": ["Payment successful", "Paid"], "failed": ["Payment failed", "Bank account returned unpaid"],
                                   "pending": ["Payment processing", "Pending"]}, 0.2)
    rows = [("title", centre), ("center", "Payment receipt"), ("gap",)]
    if words:
        rows.append(("center", words))
    rows += [("pair", "Student", rng.choice(["Mia Johnson", "Ethan Park", "Olivia Garcia"])), ("pair", "Family ID", digits(rng, 6)),
             ("pair", f"Tuition {weeks} wk x ${tuition:,.2f}", f"${tuition * weeks:,.2f}")]
    if fees:
        rows.append(("pair", rng.choice(["Activity fee", "Late pick-up fee"]), f"${fees:,.2f}"))
    if fee:
        rows.append(("pair", "Card processing fee (3%)", f"${fee:,.2f}"))
    rows += [("pair", rng.choice(["Total", "Amount paid", "Total charged"]) if status in ("success", None) else "Amount", f"${total:,.2f}"),
             ("pair", "Paid with", {"card": "Visa •••• " + digits(rng, 4), "netbanking": "Bank account (ACH) ••" + digits(rng, 4)}[method]),
             ("pair", "Next invoice", date_text(when + dt.timedelta(days=7 * weeks), rng.choice(US_DATES)))]
    date_printed = status in ("success", None) and shown(rng, 0.3)
    if date_printed:
        rows.append(("pair", rng.choice(["Payment date", "Paid on"]), date_text(when, rng.choice(US_DATES))))
    ref = "py_" + code(rng, 14, "abcdefghijkmnpqrstuvwxyz0123456789")
    ref_printed = optional_pair(rng, rows, ["Transaction ID", "Payment ID"], ref, 0.4)
    rows.append(("small", "Questions? (312) 555-" + digits(rng, 4) + "  Tax ID " + digits(rng, 2) + "-" + digits(rng, 7)))
    return rows, _truth(centre, total, "USD", ref if ref_printed else None, when if date_printed else None, method, status), dict(
        SCREEN, band=(90, 50, 200))


def parking_app_session(rng: random.Random, font: str):
    """A US parking app's session receipt (ParkMobile-style): zone, plate, start/end, parking fee plus transaction fee."""
    city = rng.choice(["City of Atlanta", "Miami Beach Parking", "Denver Parking Services", "Philadelphia Parking Authority"])
    when = day(rng)
    hours = rng.choice([1, 2, 3, 4])
    rate = rng.choice([1.5, 2.0, 3.5, 4.0])
    fee = rng.choice([0.35, 0.40, 0.45])
    total = round(hours * rate + fee, 2)
    rows = [("title", "ParkMobile"), ("center", "Parking receipt - " + city), ("gap",),
            ("pair", "Zone", digits(rng, 4)), ("pair", "License plate", code(rng, 3, UPPER) + digits(rng, 4)),
            ("pair", rng.choice(["Date", "Parked on"]), date_text(when, rng.choice(US_DATES))), ("pair", "Start", clock(rng, True)),
            ("pair", rng.choice(["Expires", "End"]), clock(rng, True)),
            ("pair", f"Parking ({hours} hr x ${rate:.2f})", f"${hours * rate:.2f}"), ("pair", "Transaction fee", f"${fee:.2f}"),
            ("pair", rng.choice(["Total", "Total charged"]), f"${total:.2f}")]
    method = rng.choice(["card", "wallet"])
    rows.append(("pair", "Payment", {"card": rng.choice(["Visa", "Amex", "Mastercard"]) + " x" + digits(rng, 4),
                                     "wallet": rng.choice(["Apple Pay", "PayPal", "Google Pay"])}[method]))
    ref = digits(rng, 10)
    ref_printed = optional_pair(rng, rows, ["Parking ID", "Transaction #"], ref, 0.3)
    rows.append(("small", "Space " + digits(rng, 3) + ". Citations are not refundable via the app."))
    return rows, _truth(city, total, "USD", ref if ref_printed else None, when, method, None), dict(SCREEN, band=(0, 105, 60))


def window_cleaner_invoice(rng: random.Random, font: str):
    """A UK window cleaner's invoice / receipt: round, frequency, paid by bank transfer, card reader or cash."""
    trader = rng.choice(["Crystal Clear Windows", "A1 Window Cleaning", "Squeaky Clean Services", "Dave's Window Cleaning"])
    when = day(rng)
    number = rng.choice(["INV-", "", "W"]) + str(rng.randint(100, 5000))
    services = rng.sample([("Windows front & back", 18.0), ("Conservatory roof", 35.0), ("Gutter clear", 60.0), ("Fascias & soffits", 40.0),
                           ("Frames & sills", 10.0)], rng.randint(1, 3))
    total = round(sum(price for _, price in services), 2)
    rows = [("title", trader), ("center", "Tel 07" + digits(rng, 9)), ("center", rng.choice(["INVOICE", "RECEIPT", "Invoice / Receipt"])), ("rule",),
            ("pair", rng.choice(["Invoice no.", "Receipt no."]), number),
            ("pair", "Date", date_text(when, rng.choice(UK_DATES))),
            ("pair", "Customer", rng.choice(["Mrs J Patel, 14 Elm Close", "Mr P Hughes, 3 Mill Lane", "Flat 6, Park Court"]))]
    rows += [("pair", name, f"£{price:.2f}") for name, price in services]
    rows += [("pair", "Round", rng.choice(["4-weekly", "8-weekly"])), ("rule",), ("pair", rng.choice(["Total", "Amount due", "TOTAL"]), f"£{total:.2f}")]
    method = rng.choice(["cash", "netbanking", "card", None])
    status = None
    if method:
        rows.append(("pair", "Paid by", {"cash": "Cash", "netbanking": "Bank transfer", "card": "Card (SumUp)"}[method]))
        if method == "netbanking":
            rows += [("pair", "Sort code", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"), ("pair", "Account", digits(rng, 8))]
        if shown(rng, 0.4):
            rows.append(("center", rng.choice(["PAID - thank you", "Paid with thanks"])))
            status = "success"
    rows.append(("small", "Next visit approx. " + date_text(when + dt.timedelta(days=28), "%d/%m/%Y")))
    return rows, _truth(trader, total, "GBP", number, when, method, status), {"width": 560, "size": 19, "paper": (252, 252, 255)}


def garden_centre_till(rng: random.Random, font: str):
    """A UK garden centre's till receipt: plants and compost, multibuy saving, loyalty points, card or cash, VAT summary."""
    shop = rng.choice(["Dobbies Garden Centre", "Blue Diamond Garden Centre", "Squire's Garden Centres", "Notcutts"])
    when = day(rng)
    total = 0.0
    rows = [("title", shop), ("center", rng.choice(["Milngavie", "Guildford", "Woodbridge", "Trentham"])), ("center", "VAT No. GB " + digits(rng, 9)), ("rule",)]
    for name, low, high in rng.sample([("COMPOST 50L", 5.0, 8.0), ("LAVENDER 2L POT", 6.0, 9.0), ("BIRD SEED 2KG", 4.5, 7.0),
                                       ("BEDDING PLANTS 6PK", 2.5, 4.0), ("SECATEURS", 12.0, 25.0), ("CAFE FLAT WHITE", 3.1, 3.9)], rng.randint(2, 5)):
        qty = rng.choice([1, 1, 2, 3])
        each = round(rng.uniform(low, high), 2)
        total += qty * each
        rows.append(("pair", (f"{qty} @ £{each:.2f} " if qty > 1 else "") + name, f"£{qty * each:.2f}"))
    if shown(rng, 0.5):
        saving = float(rng.choice([2, 3, 5]))
        total -= saving
        rows.append(("pair", "MULTIBUY SAVING", f"-£{saving:.2f}"))
    total = round(total, 2)
    rows += [("rule",), ("pair", rng.choice(["BALANCE DUE", "TOTAL"]), f"£{total:.2f}")]
    method = rng.choice(["card", "card", "cash", "wallet"])
    auth = digits(rng, 6)
    txn = None
    if method == "cash":
        given = float(-(-total // 10) * 10)
        rows += [("pair", "CASH", f"£{given:.2f}"), ("pair", "CHANGE", f"£{given - total:.2f}")]
    else:
        rows.append(("pair", "CONTACTLESS" if method == "card" else "APPLE PAY", f"£{total:.2f}"))
        if optional_pair(rng, rows, ["AUTH CODE", "AUTH"], auth, 0.3):
            txn = auth
    rows += [("pair", "Club card " + digits(rng, 4) + " points", str(rng.randint(10, 900))),
             ("left", date_text(when, "%d/%m/%Y") + "  " + clock(rng, False) + "  TILL " + str(rng.randint(1, 9)) + " TRANS " + digits(rng, 4)),
             ("small", "Plants guaranteed for 1 year. Keep receipt.")]
    if txn is None:
        txn = rows[-2][1].split("TRANS ")[1]
    return rows, _truth(shop, total, "GBP", txn, when, method, None), {"width": 480, "size": 18, "paper": (250, 250, 246)}


LOUNGES = {"INR": ("Encalm Lounge Delhi T3", 2500, 4500), "USD": ("The Club at ATL", 45, 65), "EUR": ("Lounge Aspire Schiphol", 38, 55),
           "GBP": ("Plaza Premium Lounge Heathrow T5", 40, 60)}


def airport_lounge(rng: random.Random, font: str):
    """An airport lounge access booking confirmation: guests x price, a booking fee, flight number and time as distractors."""
    currency = rng.choice(list(LOUNGES))
    lounge, low, high = LOUNGES[currency]
    when = day(rng)
    guests = rng.randint(1, 3)
    each = float(rng.randint(low, high))
    fee = {"INR": 99.0, "USD": 2.5, "EUR": 2.0, "GBP": 1.95}[currency] if shown(rng, 0.5) else 0.0
    total = round(guests * each + fee, 2)
    status, words = _outcome(rng, {"success": ["Booking confirmed and paid", "Payment successful"], "failed": ["Payment failed"],
                                   "pending": ["Payment pending"]}, 0.3)
    rows = [("title", lounge), ("center", "Lounge access - e-voucher"), ("gap",)]
    if words:
        rows.append(("center", words))
    booking = code(rng, 8, ALNUM)
    rows += [("pair", "Booking ref", booking), ("pair", "Flight", rng.choice(["AI 101", "DL 2214", "KL 1002", "BA 117"])),
             ("pair", "Visit", date_text(when + dt.timedelta(days=rng.randint(0, 30)), rng.choice(DATES[currency])) + " " + clock(rng, False)),
             ("pair", f"{guests} x adult @ " + _shown_in(each, currency, font), _shown_in(guests * each, currency, font))]
    if fee:
        rows.append(("pair", "Booking fee", _shown_in(fee, currency, font)))
    rows.append(("pair", rng.choice(["Total paid", "Total", "Amount"]), _shown_in(total, currency, font)))
    method = rng.choice(["card", "wallet"] + (["UPI"] if currency == "INR" else []))
    rows.append(("pair", "Paid with", {"card": "Card ending " + digits(rng, 4), "wallet": "PayPal", "UPI": "UPI"}[method]))
    date_printed = shown(rng, 0.4)
    if date_printed:
        rows.append(("pair", rng.choice(["Booked on", "Purchase date"]), date_text(when, rng.choice(DATES[currency]))))
    rows.append(("small", "Max stay 3 hours. Priority Pass members show card at desk."))
    return rows, _truth(lounge, total, currency, booking, when if date_printed else None, method, status), dict(
        SCREEN, width=600, band=(30, 30, 60))
