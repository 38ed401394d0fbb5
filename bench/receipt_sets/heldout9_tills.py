"""``heldout9``'s shop tills: an Australian tax invoice, a Spanish factura simplificada, an Italian documento
commerciale, and an Indian salon POS bill.

Each family takes a seeded ``random.Random`` and returns ``(clean image, truth, font name, is_screen)``.
"""

from __future__ import annotations

import random
from datetime import timedelta
from decimal import Decimal

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_sets.heldout9_india import Family
from bench.receipt_sets.heldout9_sheet import (
    MONOSPACE,
    PROPORTIONAL,
    Sheet,
    amt_cont,
    amt_in,
    amt_west,
    code,
    digits,
    fmt_date,
    gstin,
    masked_card,
    maybe,
    money,
    phone_in,
    q2,
    rupees,
    truth_amount,
    utr,
    when,
)


def _items(s: Sheet, rng: random.Random, names: list[str], lo: float, hi: float, fmt, paise: bool = True) -> Decimal:
    total = Decimal(0)
    for name in rng.sample(names, rng.randint(2, min(6, len(names)))):
        v = money(rng, lo, hi, paise)
        total += v
        s.kv(name, fmt(v))
    return total


def australia_tax_invoice(rng: random.Random) -> Family:
    shop = rng.choice(["Bondi Bean Espresso", "Gumtree Garden Supplies", "Harbourside Newsagency",
                       "Outback Camping Co.", "Koala Corner Bakery"])
    f = rng.choice(MONOSPACE)
    s = Sheet(540, f, size=18)
    s.center(shop, 21, True)
    s.center(f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}", 16)
    s.center(f"{rng.randint(1, 400)} {rng.choice(['George St', 'Chapel St', 'Hay St', 'Brunswick St'])} "
             f"{rng.choice(['NSW 2000', 'VIC 3181', 'WA 6000', 'QLD 4006'])}", 15)
    s.center(rng.choice(["TAX INVOICE", "Tax Invoice", "TAX INVOICE / RECEIPT"]), 19, True)
    s.rule(dashed=True)
    t = when(rng)
    inv = digits(rng, rng.choice([5, 6]))
    s.kv(rng.choice(["Invoice #", "Inv No", "Receipt No"]), inv)
    show_date = maybe(rng, 0.85)
    if show_date:
        s.kv("Date", fmt_date(rng, t, "uk", True))
    s.kv(rng.choice(["Register", "Till"]), f"{rng.randint(1, 4)}   Staff: {rng.choice(['Mia', 'Jack', 'Chloe', 'Liam'])}")
    s.rule(dashed=True)
    total = _items(s, rng, ["Flat White", "Banana Bread", "Potting Mix 25L", "Seedlings x6", "The Age", "Gas Canister",
                            "Sourdough Loaf", "Lamington", "Tent Pegs 10pk", "Sausage Roll"], 3, 38, amt_west)
    if maybe(rng, 0.3):
        sur = q2(total * Decimal("0.015"))
        s.kv("Card Surcharge 1.5%", amt_west(sur))
        total += sur
    s.rule(dashed=True)
    s.kv(rng.choice(["TOTAL", "Total (incl. GST)", "TOTAL AUD"]), rng.choice(["$", "A$", "AUD "]) + amt_west(total),
         21, True)
    s.kv("GST included in total", amt_west(q2(total / 11)))
    mode = rng.choice(["card", "card", "cash"])
    ids = [(inv, 7)]
    status = None
    if mode == "card":
        s.kv(rng.choice(["EFTPOS", "Card", "Visa", "Mastercard"]), amt_west(total))
        s.rule(dashed=True)
        s.text("CUSTOMER COPY", 16, align="center")
        s.kv("Terminal ID", code(rng, 8, "0123456789"))
        s.kv("Card", f"...{digits(rng, 4)} {rng.choice(['(C)', '(T)', 'CTLS'])}")
        auth = digits(rng, 6)
        s.kv(rng.choice(["Auth", "Auth No", "Approval"]), auth)
        ids.append((auth, 5))
        if maybe(rng, 0.5):
            s.kv("Batch No", digits(rng, 3))
        if maybe(rng, 0.4):
            rrn = digits(rng, 12)
            s.kv("RRN", rrn)
            ids.append((rrn, 2))
        if maybe(rng, 0.8):
            status = "success"
            s.text(rng.choice(["APPROVED", "(00) APPROVED", "Approved"]), 18, True, align="center")
    else:
        tend = Decimal(int(total / 5) * 5 + 5)
        s.kv("Cash", amt_west(tend))
        s.kv("Change", amt_west(tend - total))
    s.rule(dashed=True)
    s.center("Thank you! Follow us @" + shop.split()[0].lower(), 14)
    tid = min(ids, key=lambda x: x[1])[0]
    truth = ReceiptTruth(shop, truth_amount(total), "AUD", tid, t.date().isoformat() if show_date else None, mode,
                         status)
    return s.finish(), truth, f, False


def spain_factura(rng: random.Random) -> Family:
    shop = rng.choice(["Cafetería La Esquina", "Farmacia Ldo. Ruiz", "Ferretería Martínez S.L.",
                       "Panadería El Trigal", "Bar Restaurante Casa Pepe"])
    f = rng.choice(MONOSPACE + ["LiberationSans"])
    s = Sheet(540, f, size=18)
    s.center(shop.upper(), 20, True)
    s.center(f"NIF: {rng.choice('ABE')}{digits(rng, 8)}", 16)
    s.center(f"C/ {rng.choice(['Mayor', 'Gran Vía', 'Alcalá', 'Sierpes'])}, {rng.randint(1, 120)} - "
             f"{rng.choice(['Madrid', 'Sevilla', 'Valencia', 'Zaragoza'])}", 15)
    s.center(f"Tel. {rng.choice(['91', '95', '96'])}{digits(rng, 7)}", 15)
    s.rule(dashed=True)
    s.center(rng.choice(["FACTURA SIMPLIFICADA", "Factura simplificada", "TICKET - FACTURA SIMPLIFICADA"]), 18, True)
    t = when(rng)
    fno = f"{rng.choice(['T', 'FS', 'A'])}{rng.randint(1, 9):03d}-{digits(rng, 6)}"
    s.kv(rng.choice(["Nº Factura:", "Factura Nº:", "Num.:"]), fno)
    show_date = maybe(rng, 0.85)
    if show_date:
        s.kv("Fecha:", fmt_date(rng, t, "eu", True))
    s.kv("Mesa/Caja:", f"{rng.randint(1, 20)}  Le atendió: {rng.choice(['Lucía', 'Javier', 'Carmen'])}")
    s.rule(dashed=True)
    s.cols(["Ud.", "Descripción", "Importe"], [0.04, 0.16, -0.96], bold=True)
    total = Decimal(0)
    for item in rng.sample(["CAFÉ CON LECHE", "TOSTADA TOMATE", "CAÑA", "MENÚ DEL DÍA", "CROISSANT", "AGUA 50CL",
                            "TORNILLOS 4X40", "BARRA PAN", "IBUPROFENO 600", "TORTILLA"], rng.randint(2, 6)):
        n = rng.choice([1, 1, 2, 3])
        v = money(rng, 1, 14) * n
        total += v
        s.cols([str(n), item, amt_cont(v)], [0.04, 0.16, -0.96])
    s.rule(dashed=True)
    rate = rng.choice([10, 21, 4])
    base = q2(total / (1 + Decimal(rate) / 100))
    s.kv("Base imponible", amt_cont(base))
    s.kv(f"IVA {rate}%", amt_cont(total - base))
    s.kv(rng.choice(["TOTAL (€)", "TOTAL EUR", "TOTAL"]), amt_cont(total) + rng.choice([" €", "", " EUR"]), 21, True)
    mode = rng.choice(["card", "cash", "card"])
    ids = [(fno, 7)]
    status = None
    if mode == "card":
        s.kv(rng.choice(["Pago:", "Forma de pago:"]), rng.choice(["TARJETA", "Tarjeta crédito", "VISA"]))
        s.kv("Tarj.:", f"**** **** **** {digits(rng, 4)}")
        auth = digits(rng, 6)
        s.kv(rng.choice(["Nº Autorización:", "Aut.:", "Cód. autorización:"]), auth)
        ids.append((auth, 5))
        if maybe(rng, 0.4):
            op = digits(rng, 12)
            s.kv(rng.choice(["Ref. operación:", "Nº Operación:"]), op)
            ids.append((op, 3))
        if maybe(rng, 0.6):
            status = "success"
            s.center(rng.choice(["OPERACIÓN APROBADA", "AUTORIZADA", "APROBADA"]), 17, True)
    else:
        tend = Decimal(int(total / 5) * 5 + 5)
        s.kv(rng.choice(["Pago: EFECTIVO", "Efectivo"]), amt_cont(tend))
        s.kv("Cambio", amt_cont(tend - total))
    s.rule(dashed=True)
    s.center("IVA INCLUIDO - GRACIAS POR SU VISITA", 14)
    tid = min(ids, key=lambda x: x[1])[0]
    truth = ReceiptTruth(shop, truth_amount(total), "EUR", tid, t.date().isoformat() if show_date else None, mode,
                         status)
    return s.finish(), truth, f, False


def italy_scontrino(rng: random.Random) -> Family:
    shop = rng.choice(["Bar Pasticceria Roma", "Alimentari Da Gino", "Tabaccheria N. 12", "Trattoria Il Girasole",
                       "Farmacia Centrale S.n.c."])
    f = rng.choice(MONOSPACE)
    s = Sheet(520, f, size=18)
    s.center(shop.upper(), 19, True)
    s.center(f"Via {rng.choice(['Garibaldi', 'Roma', 'Mazzini', 'Cavour'])} {rng.randint(1, 99)} - "
             f"{rng.choice(['Milano', 'Bologna', 'Torino', 'Firenze'])}", 15)
    s.center(f"P.IVA {digits(rng, 11)}", 15)
    s.rule(dashed=True)
    s.center("DOCUMENTO COMMERCIALE", 18, True)
    s.center("di vendita o prestazione", 15)
    s.cols(["DESCRIZIONE", "IVA", "Prezzo(€)"], [0.04, 0.58, -0.96], bold=True)
    total = Decimal(0)
    vat_rates = {"CAFFÈ": 10, "CORNETTO": 10, "ACQUA NAT.": 10, "PANE 1KG": 4, "PROSCIUTTO": 10, "VINO ROSSO": 22,
                 "TACHIPIRINA": 10, "SIGARETTE": 22, "COPERTO": 10, "PIZZA MARG.": 10, "AMARO": 22}
    for item in rng.sample(sorted(vat_rates), rng.randint(2, 6)):
        v = money(rng, 1, 18)
        total += v
        s.cols([item, f"{vat_rates[item]},00%", amt_cont(v)], [0.04, 0.58, -0.96])
    s.rule(dashed=True)
    s.kv(rng.choice(["TOTALE COMPLESSIVO", "TOTALE EURO"]), amt_cont(total), 21, True)
    s.kv("di cui IVA", amt_cont(q2(total * Decimal("0.09"))))
    mode = rng.choice(["cash", "card", "card"])
    if mode == "card":
        s.kv("Pagamento elettronico", amt_cont(total))
    else:
        tend = Decimal(int(total / 5) * 5 + 5)
        s.kv("Pagamento contante", amt_cont(tend))
        s.kv("Resto", amt_cont(tend - total))
    s.kv("Importo pagato", amt_cont(total))
    s.rule(dashed=True)
    t = when(rng)
    show_date = maybe(rng, 0.9)
    if show_date:
        s.text(f"{fmt_date(rng, t, 'eu', False).replace('/', '-')} {t:%H:%M}", 16)
    doc = f"{digits(rng, 4)}-{digits(rng, 4)}"
    s.text(f"DOCUMENTO N. {doc}", 16)
    s.text(f"RT {code(rng, 3, 'ABCDEFGHKLMNPRS')}{digits(rng, 7)}", 16)
    s.center("GRAZIE E ARRIVEDERCI", 15)
    truth = ReceiptTruth(shop, truth_amount(total), "EUR", doc, t.date().isoformat() if show_date else None, mode, None)
    return s.finish(), truth, f, False


def salon_pos(rng: random.Random) -> Family:
    salon = rng.choice(["Glow & Go Unisex Salon", "Mirror Mirror Hair Studio", "Lotus Ayurvedic Spa",
                        "Style Lounge Salon", "Kaya Beauty Bar"])
    f = rng.choice(PROPORTIONAL + MONOSPACE)
    s = Sheet(620, f, size=19)
    s.center(salon, 23, True)
    s.center(f"{rng.choice(['Koramangala', 'Bandra (W)', 'Banjara Hills', 'Salt Lake'])} | {phone_in(rng)}", 15)
    s.center(f"GSTIN: {gstin(rng)}", 15)
    s.center(rng.choice(["TAX INVOICE", "INVOICE", "CASH MEMO"]), 19, True)
    s.rule(dashed=True)
    t = when(rng)
    inv = f"{rng.choice(['INV', 'SL', 'B'])}-{t.year % 100}{digits(rng, 5)}"
    s.kv(rng.choice(["Invoice No", "Bill No"]), inv)
    show_date = maybe(rng, 0.85)
    if show_date:
        s.kv("Date", fmt_date(rng, t, "in", True))
    s.kv("Client", f"{rng.choice(['Ms.', 'Mr.'])} {rng.choice(['Priya S', 'Rahul K', 'Divya M', 'Ankit J'])} "
                   f"({phone_in(rng)[-10:-6]}XXXXXX)")
    s.kv("Stylist", rng.choice(["Sana", "Rakesh", "Joy", "Meera"]))
    s.rule(dashed=True)
    sub = _items(s, rng, ["Haircut (Senior Stylist)", "Hair Spa", "Global Colour", "Beard Styling", "Pedicure",
                          "Swedish Massage 60m", "Clean-up Facial", "Blow Dry", "Threading"], 150, 3200,
                 amt_in, paise=False)
    sub = q2(sub)
    if maybe(rng, 0.5):
        d = q2(sub * rng.choice([10, 20]) / 100)
        s.kv(rng.choice(["Membership Disc.", "Offer Discount"]), "-" + amt_in(d))
        sub -= d
    half = q2(sub * 9 / 100)
    s.kv("CGST 9%", amt_in(half))
    s.kv("SGST 9%", amt_in(half))
    total = sub + 2 * half
    if maybe(rng, 0.4):
        ro = q2(Decimal(round(total)) - total)
        s.kv("Round Off", f"{ro:+}")
        total = Decimal(round(total))
    s.kv(rng.choice(["Net Payable", "Grand Total", "Total"]), rupees(rng, total), 21, True)
    mode = rng.choice(["card", "UPI", "cash", "wallet"])
    ids = [(inv, 7)]
    s.kv(rng.choice(["Paid via", "Payment"]), {"card": rng.choice(["Card", "Credit Card"]), "UPI": "UPI",
                                               "cash": "Cash", "wallet": rng.choice(["Paytm Wallet", "Wallet"])}[mode])
    if mode == "card":
        s.kv("Card", masked_card(rng))
        if maybe(rng, 0.6):
            a = code(rng, 6, "0123456789ABCDEF")
            s.kv("Auth Code", a)
            ids.append((a, 5))
    elif mode == "UPI" and maybe(rng, 0.7):
        r = utr(rng, t)
        s.kv(rng.choice(["UPI Ref", "UTR"]), r)
        ids.append((r, 1))
    elif mode == "wallet" and maybe(rng, 0.6):
        w = digits(rng, 11)
        s.kv("Wallet Txn ID", w)
        ids.append((w, 4))
    if maybe(rng, 0.5):
        s.kv("Loyalty points earned", str(int(total / 100)))
    if maybe(rng, 0.4):
        s.kv("Next appointment", fmt_date(rng, t + timedelta(days=rng.randint(20, 45)), "in", False))
    s.rule(dashed=True)
    s.center("Thank you! Tips are welcome but not included.", 14)
    tid = min(ids, key=lambda x: x[1])[0]
    truth = ReceiptTruth(salon, truth_amount(total), "INR", tid, t.date().isoformat() if show_date else None, mode,
                         None)
    return s.finish(), truth, f, False
