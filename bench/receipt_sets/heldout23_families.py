"""The twelve heldout23 layouts: each builds (rows, truth, style) for one receipt from its own random stream."""

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


def _spaced(value: float) -> str:
    """A whole amount grouped with spaces, as francophone and Central Asian screens print it ("12 500")."""
    return f"{round(value):,}".replace(",", " ")


def _wrap(rows: list[tuple], body: str, width: int = 38) -> None:
    """Append ``body`` as left-aligned lines of at most about ``width`` characters (an SMS bubble)."""
    line = ""
    for word in body.split():
        if line and len(line) + len(word) > width:
            rows.append(("left", line))
            line = ""
        line = f"{line} {word}".strip()
    rows.append(("left", line))


def optician_invoice(rng: random.Random, font: str):
    """An Indian optical store's spectacles invoice (GST at 12%, split CGST/SGST)."""
    shop = rng.choice(
        ["Sai Optics & Opticians", "Lawrence & Mayo Opticians", "Nayan Eye Care Centre", "Drishti Opticals"]
    )
    mark = rupee(font)
    items = [
        ("Frame - full rim TR90", 900, 3800),
        ("Lens - blue cut (pair)", 1200, 4200),
        ("Lens - progressive (pair)", 4500, 11000),
        ("Sunglass clip-on", 350, 900),
        ("Contact lens solution 360ml", 380, 650),
        ("Eye test / refraction", 100, 300),
        ("Hard case & cloth", 80, 200),
    ]
    inv = rng.choice(["SO/", "INV", "DO-", ""]) + digits(rng, rng.choice([4, 5]))
    when = day(rng)
    rows = [
        ("title", shop),
        (
            "center",
            rng.choice(["MG Road, Kochi", "Lajpat Nagar II, New Delhi", "Jayanagar 4th Block, Bengaluru"]),
        ),
        ("center", "GSTIN: 32" + code(rng, 10) + "1Z" + code(rng, 1)),
        ("center", rng.choice(["Tel: ", "Ph. ", "Mob "]) + phone(rng)),
        ("rule",),
        ("center", rng.choice(["TAX INVOICE", "CASH / CREDIT BILL", "INVOICE"])),
        ("pair", rng.choice(["Invoice No", "Bill No.", "Inv #"]), inv),
    ]
    date_printed = shown(rng, 0.12)
    if date_printed:
        rows.append(
            ("pair", rng.choice(["Date", "Bill Date", "Inv. Date"]), date_text(when, rng.choice(ISO_DATES)))
        )
    rows += [
        ("pair", "Customer", rng.choice(["Mrs. Lakshmi Nair", "Mr. Sandeep Arora", "Ms. Pooja Hegde"])),
        ("pair", rng.choice(["Mobile", "Contact"]), phone(rng)),
        ("pair", rng.choice(["Rx No", "Prescription No."]), "RX" + digits(rng, 5)),
    ]
    if shown(rng, 0.4):
        rows.append(
            ("pair", "Delivery on", date_text(when + dt.timedelta(days=rng.randint(2, 6)), "%d/%m/%Y"))
        )
    rows.append(("rule",))
    subtotal = _items(rng, rows, items, 2, 4, lambda value: money(value, "indian"), rng.choice([10, 50, 1]))
    discount = round(subtotal * rng.choice([0, 0, 0.1, 0.15]), 2)
    taxable = round(subtotal - discount, 2)
    half = round(taxable * 0.06, 2)
    total = round(taxable + 2 * half, 2)
    rows.append(("rule",))
    if discount:
        rows += [
            ("pair", "Gross", money(subtotal, "indian")),
            ("pair", "Less: discount", "-" + money(discount, "indian")),
        ]
    rows += [
        ("pair", "Taxable value", money(taxable, "indian")),
        ("pair", "CGST @6%", money(half, "indian")),
        ("pair", "SGST @6%", money(half, "indian")),
        (
            "pair",
            rng.choice(["Net Amount", "Grand Total", "Total Payable"]),
            mark + " " + money(total, "indian"),
        ),
    ]
    method = rng.choice(["UPI", "UPI", "card", "cash", None])
    ref, auth = digits(rng, 12), digits(rng, 6)
    ref_printed = auth_printed = False
    if method == "UPI":
        rows.append(
            (
                "pair",
                rng.choice(["Mode of payment", "Paid via", "Payment"]),
                rng.choice(["UPI", "GPay (UPI)", "PhonePe UPI"]),
            )
        )
        ref_printed = optional_pair(rng, rows, ["UPI Ref No", "UTR No.", "UPI Txn ID"], ref, 0.35)
    elif method == "card":
        rows.append(
            (
                "pair",
                rng.choice(["Mode of payment", "Paid via", "Payment"]),
                rng.choice(["Card", "Debit Card", "Credit Card"]),
            )
        )
        auth_printed = optional_pair(rng, rows, ["Approval Code", "Auth Code"], auth, 0.4)
    elif method == "cash":
        rows.append(("pair", rng.choice(["Mode of payment", "Paid via", "Payment"]), "Cash"))
    if shown(rng, 0.5):
        rows.append(
            ("small", f"Next eye check-up due: {date_text(when + dt.timedelta(days=365), '%d/%m/%Y')}")
        )
    rows += [("small", "Goods once sold will not be taken back"), ("small", "E. & O.E.")]
    txn = ref if ref_printed else auth if auth_printed else inv
    return (
        rows,
        _truth(shop, total, "INR", txn, when if date_printed else None, method, None),
        {"width": 620, "size": 20},
    )


def png_gas_screen(rng: random.Random, font: str):
    """An Indian city-gas company's piped-gas (PNG) bill payment receipt page."""
    firm = rng.choice(
        ["Mahanagar Gas Limited", "Indraprastha Gas Limited", "Gujarat Gas Limited", "Adani Total Gas Ltd"]
    )
    mark = rupee(font)
    amount, when = price(rng, 180, 4200, rng.choice([1, 0.01])), day(rng)
    status, words = _outcome(
        rng,
        {
            "success": [
                "Payment Successful",
                "Thank you! Your payment is successful",
                "Transaction Successful",
            ],
            "failed": ["Payment Failed", "Transaction could not be completed"],
            "pending": ["Payment Pending", "Awaiting confirmation from bank"],
        },
    )
    method = rng.choice(["UPI", "UPI", "netbanking", "card"])
    rows = [
        ("title", firm),
        ("center", rng.choice(["Online Bill Payment", "PNG Bill Payment Receipt", "Payment Receipt"])),
        ("gap",),
    ]
    if words:
        rows.append(("center", words))
    rows += [
        ("big", mark + " " + money(amount, rng.choice(["indian", "plain"]))),
        ("rule",),
        ("pair", rng.choice(["BP Number", "CA Number", "Customer ID"]), digits(rng, 10)),
        ("pair", "Name", rng.choice(["Sunil Gawde", "Neha Bansal", "Harshad Patel", "Rekha Iyer"])),
        ("pair", "Registered mobile", "XXXXXX" + digits(rng, 4)),
    ]
    bill_no = digits(rng, 12)
    bill_printed = optional_pair(rng, rows, ["Bill No.", "Bill Number"], bill_no, 0.4)
    if shown(rng, 0.5):
        rows.append(
            ("pair", "Bill due date", date_text(when + dt.timedelta(days=rng.randint(2, 15)), "%d-%m-%Y"))
        )
    rows += [
        (
            "pair",
            rng.choice(["Amount Paid", "Paid Amount", "Transaction Amount"]),
            mark + " " + money(amount, "indian"),
        ),
        ("pair", "Convenience fee", mark + " 0.00"),
        (
            "pair",
            rng.choice(["Payment Mode", "Paid through", "Mode"]),
            {
                "UPI": "UPI",
                "netbanking": rng.choice(["Net Banking", "Netbanking - HDFC Bank"]),
                "card": rng.choice(["Debit Card", "Credit Card"]),
            }[method],
        ),
        (
            "pair",
            rng.choice(["Transaction Date", "Payment Date", "Date & Time"]),
            date_text(when, rng.choice(["%d-%m-%Y", "%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y"]))
            + " "
            + clock(rng, rng.random() < 0.5),
        ),
    ]
    txn = rng.choice(["MGL", "IGL", "GGL", "ATG", ""]) + digits(rng, 10)
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "Txn Ref No", "Order ID"], txn, 0.2)
    ref = digits(rng, 12)
    ref_printed = False
    if status != "failed":
        labels = {
            "UPI": ["UPI Ref No", "UTR", "RRN"],
            "netbanking": ["Bank Ref No", "Bank Reference"],
            "card": ["Bank Ref No", "RRN"],
        }
        ref_printed = optional_pair(rng, rows, labels[method], ref, 0.3)
    rows.append(("small", "Payment will reflect in your account within 48 hours"))
    best = ref if ref_printed else txn if txn_printed else bill_no if bill_printed else None
    return (
        rows,
        _truth(firm, amount, "INR", best, when, method, status),
        dict(SCREEN, width=600, band=(0, 92, 160)),
    )


def mithai_shop_bill(rng: random.Random, font: str):
    """An Indian sweet shop's (mithai) thermal counter bill, weighed items, GST 5% and a round-off."""
    shop = rng.choice(["Shree Mithai Bhandar", "Ganguram Sweets", "Anand Sweets & Savouries", "Kanha Sweets"])
    mark = rupee(font)
    kinds = [
        ("Kaju Katli", 900, 1400),
        ("Motichoor Laddu", 420, 640),
        ("Soan Papdi", 300, 480),
        ("Rasgulla (tin 1kg)", 220, 360),
        ("Milk Cake", 560, 760),
        ("Namkeen Mixture", 240, 380),
        ("Dry Fruit Barfi", 1100, 1700),
    ]
    rows = [
        ("title", shop),
        (
            "center",
            rng.choice(
                [
                    "Chandni Chowk, Delhi",
                    "Shivaji Nagar, Pune",
                    "Rajouri Garden, New Delhi",
                    "Civil Lines, Jaipur",
                ]
            ),
        ),
        ("center", "FSSAI Lic No. " + digits(rng, 14)),
        ("center", "GSTIN " + rng.choice(["07", "27", "08"]) + code(rng, 10) + "1Z" + code(rng, 1)),
        ("rule",),
    ]
    bill = digits(rng, rng.choice([4, 5, 6]))
    when = day(rng)
    rows += [
        ("pair", rng.choice(["Bill No:", "Bill#", "Inv No:"]), bill),
        (
            "pair",
            rng.choice(["Dt:", "Date:"]),
            date_text(when, rng.choice(["%d/%m/%y", "%d/%m/%Y", "%d-%m-%Y"])) + " " + clock(rng, False),
        ),
        ("pair", "Counter " + str(rng.randint(1, 4)), "Token " + str(rng.randint(1, 250))),
        ("rule",),
    ]
    subtotal = 0.0
    for name, low, high in rng.sample(kinds, rng.randint(1, 4)):
        rate = price(rng, low, high, 10)
        weight = rng.choice([0.25, 0.5, 0.75, 1.0, 1.5])
        line = round(rate * weight, 2)
        subtotal += line
        rows.append(("left", name))
        rows.append(("pair", f"  {weight:.3f} kg x {rate:.2f}", f"{line:.2f}"))
    subtotal = round(subtotal, 2)
    # the shelf prices include GST; the bill shows its 5% split out of the total
    taxable = round(subtotal / 1.05, 2)
    half = round((subtotal - taxable) / 2, 2)
    total = float(round(subtotal))
    rows += [
        ("rule",),
        ("pair", "Taxable Amt", f"{taxable:.2f}"),
        ("pair", "CGST 2.5%", f"{half:.2f}"),
        ("pair", "SGST 2.5%", f"{half:.2f}"),
        ("pair", "Round off", f"{total - subtotal:+.2f}"),
        (
            "pair",
            rng.choice(["NET AMOUNT", "TOTAL", "Net Payable"]),
            rng.choice([mark + " ", mark]) + f"{total:.2f}",
        ),
    ]
    method = rng.choice(["UPI", "UPI", "cash", "card", None])
    ref = digits(rng, 12)
    ref_printed = False
    if method == "UPI":
        rows.append(("pair", "Paid by", rng.choice(["UPI", "Paytm UPI", "BHIM UPI"])))
        ref_printed = optional_pair(rng, rows, ["UPI Ref", "RRN", "UTR"], ref, 0.5)
    elif method == "cash":
        tendered = float(-(-total // 500) * 500)
        rows += [("pair", "Cash", f"{tendered:.2f}"), ("pair", "Change", f"{tendered - total:.2f}")]
    elif method == "card":
        rows.append(("pair", "Paid by", "Card **" + digits(rng, 4)))
    rows += [("small", "Sweets best before 3 days"), ("small", "Thank you, visit again")]
    return (
        rows,
        _truth(shop, total, "INR", ref if ref_printed else bill, when, method, None),
        {"width": 520, "size": 20},
    )


def linepay_screen(rng: random.Random, font: str):
    """A Taiwanese LINE Pay payment result screen (English interface), paid from LINE Pay Money or a card."""
    shop = rng.choice(
        ["FamilyMart Xinyi Store", "Eslite Bookstore Dunnan", "Mister Donut Zhongshan", "7-ELEVEN Ximen"]
    )
    amount, when = price(rng, 25, 18000, 1), day(rng)
    status, words = _outcome(
        rng,
        {
            "success": ["Payment complete", "Payment successful"],
            "failed": ["Payment failed"],
            "pending": ["Processing payment"],
        },
    )
    rows = [
        ("title", "LINE Pay"),
        ("center", rng.choice(["Payment details", "Payment result", "Receipt"])),
        ("gap",),
    ]
    if words:
        rows.append(("center", words))
    rows.append(("big", rng.choice(["NT$", "NT$ ", "TWD "]) + f"{amount:,.0f}"))
    rows += [("rule",), ("pair", rng.choice(["Merchant", "Store", "Paid to"]), shop)]
    wallet = rng.random() < 0.5
    rows.append(
        (
            "pair",
            rng.choice(["Payment method", "Paid with"]),
            "LINE Pay Money"
            if wallet
            else rng.choice(["CTBC", "Cathay", "Taishin"]) + " card ****" + digits(rng, 4),
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(["Date", "Transaction date"]),
            date_text(when, rng.choice(["%Y/%m/%d", "%Y-%m-%d", "%b {d}, %Y"])) + " " + clock(rng, False),
        )
    )
    txn = when.strftime("%Y") + digits(rng, 15)
    order = rng.choice(["PO", "ORD", "T", ""]) + digits(rng, 10)
    txn_printed = optional_pair(rng, rows, ["Transaction ID", "Transaction no."], txn, 0.2)
    order_printed = optional_pair(rng, rows, ["Order ID", "Merchant order no."], order, 0.5)
    if status == "success" and shown(rng, 0.4):
        rows.append(("pair", "LINE Points earned", str(max(1, round(amount * 0.01)))))
    rows.append(("small", "Customer service 02-" + digits(rng, 4) + "-" + digits(rng, 4)))
    return (
        rows,
        _truth(
            shop,
            amount,
            "TWD",
            txn if txn_printed else order if order_printed else None,
            when,
            "wallet" if wallet else "card",
            status,
        ),
        dict(SCREEN, band=(6, 199, 85)),
    )


def orange_money_sms(rng: random.Random, font: str):
    """A West African Orange Money merchant-payment SMS in French (XOF), seen on a phone screen."""
    payee = rng.choice(
        ["AUCHAN SACRE COEUR", "BOUTIQUE CHEZ FATOU", "PHARMACIE DU PLATEAU", "CARREFOUR MARKET COCODY"]
    )
    amount, when = float(rng.randrange(100, 600000, 25)), day(rng)
    unit = rng.choice(["FCFA", "F CFA", "XOF"])
    amount_text = f"{_spaced(amount)} {unit}"
    at = clock(rng, False)
    ref = f"MP{when.strftime('%y%m%d')}.{at.replace(':', '')}.{code(rng, 1, 'ABCDEF')}{digits(rng, 5)}"
    stamp = (
        date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y"])) + " " + rng.choice(["a ", ""]) + at
    )
    balance = _spaced(rng.randrange(500, 900000, 5))
    merchant_code = digits(rng, 6)
    form = rng.random()
    ref_printed = shown(rng, 0.15)
    tail = f" Ref: {ref}." if ref_printed else ""
    if form < 0.12:
        status = "failed"
        body = f"Echec de votre paiement de {amount_text} a {payee} le {stamp}. Solde insuffisant. Votre solde est de {balance} {unit}."
        ref_printed = False
    elif form < 0.55:
        status = "success"
        body = (
            f"Votre paiement de {amount_text} a {payee} (code marchand {merchant_code}) a ete effectue avec succes le {stamp}. "
            f"Frais: 0 {unit}. Nouveau solde: {balance} {unit}.{tail}"
        )
    else:
        status = None
        body = (
            f"Vous avez paye {amount_text} a {payee}, code {merchant_code}, le {stamp}. "
            f"Nouveau solde: {balance} {unit}.{tail} Orange Money, simple et rapide."
        )
    rows = [
        ("title", "OrangeMoney"),
        ("small", rng.choice(["Senegal", "Cote d'Ivoire", "Mali"]) + " - Orange"),
        ("rule",),
    ]
    _wrap(rows, body)
    rows += [("gap",), ("small", clock(rng, False))]
    return (
        rows,
        _truth(payee, amount, "XOF", ref if ref_printed else None, when, "wallet", status),
        dict(SCREEN, paper=(240, 240, 236), accent=(255, 121, 0)),
    )


def payme_screen(rng: random.Random, font: str):
    """An Uzbek Payme payment check screen (English interface), paid from an Uzcard or Humo card."""
    shop = rng.choice(["Korzinka Chilonzor", "Makro Yunusobod", "EVOS Amir Temur", "Texnomart Sergeli"])
    amount, when = float(rng.randrange(5000, 9000000, 500)), day(rng)
    status, words = _outcome(
        rng,
        {"success": ["Payment successful", "Paid"], "failed": ["Payment failed"], "pending": ["In process"]},
    )
    rows = [("title", "Payme"), ("center", rng.choice(["Payment check", "Receipt"])), ("gap",)]
    if words:
        rows.append(("center", words))
    rows.append(("big", _spaced(amount) + rng.choice([" so'm", " UZS", ".00 UZS"])))
    rows += [
        ("rule",),
        ("pair", rng.choice(["Recipient", "Merchant", "Service"]), shop),
        ("pair", "Card", rng.choice(["Uzcard", "HUMO"]) + " *" + digits(rng, 4)),
        (
            "pair",
            rng.choice(["Date", "Payment time"]),
            date_text(when, rng.choice(["%d.%m.%Y", "%d.%m.%y", "{d} %b %Y"])) + " " + clock(rng, False),
        ),
        ("pair", "Commission", "0 so'm"),
        ("pair", "Terminal ID", code(rng, 8, "0123456789ABCDEF")),
    ]
    txn = digits(rng, rng.choice([9, 10]))
    printed = optional_pair(rng, rows, ["Transaction ID", "Payment ID", "Check ID"], txn, 0.15)
    if status == "success" and shown(rng, 0.5):
        rows += [("pair", "Fiscal sign", digits(rng, 12)), ("pair", "TIN of seller", "3" + digits(rng, 8))]
    return (
        rows,
        _truth(shop, amount, "UZS", txn if printed else None, when, "card", status),
        dict(SCREEN, band=(0, 204, 204)),
    )


def sa_card_sms(rng: random.Random, font: str):
    """A South African bank's card-purchase notification SMS (FNB, Absa, Capitec or Standard Bank style)."""
    payee = rng.choice(
        ["CHECKERS RONDEBOSCH", "PNP FAMILY SANDTON", "WOOLWORTHS CAVENDISH", "ENGEN QUICKSHOP"]
    )
    amount, when = price(rng, 12, 9000), day(rng)
    avail = f"{price(rng, 50, 60000):,.2f}"
    card = digits(rng, 4)
    stamp = (
        date_text(when, rng.choice(["%d/%m/%Y", "%d/%m/%y", "%Y-%m-%d", "{d} %b %Y"]))
        + " "
        + clock(rng, False)
    )
    bank = rng.choice(["FNB", "Absa", "Capitec", "Standard Bank"])
    ref = digits(rng, rng.choice([6, 8]))
    ref_printed = False
    declined = rng.random() < 0.12
    amount_text = "R" + f"{amount:,.2f}".replace(",", rng.choice([",", " ", ""]))
    if declined:
        status = "failed"
        body = f"{bank}: Card purchase of {amount_text} at {payee} on card ..{card} was declined: insufficient funds. {stamp}."
    elif bank == "FNB":
        status = None
        ref_printed = shown(rng, 0.3)
        body = (
            f"FNB :-) {amount_text} reserved for purchase @ {payee} from Cheq a/c..{digits(rng, 4)} using card..{card}. "
            f"Avail R{avail}." + (f" Ref.{ref}." if ref_printed else "") + f" {stamp}"
        )
    elif bank == "Absa":
        status = None
        body = f"Absa: CHEQ{digits(rng, 4)}, Card purchase, {stamp}, {payee}, R-{amount:,.2f}, Available R{avail}. Help 0860008600"
    else:
        status = "success" if shown(rng, 0.3) else None
        verb = "approved" if status else "made"
        body = f"{bank}: Card purchase of {amount_text} at {payee} {verb} with card ..{card} on {stamp}. Available balance R{avail}."
    rows = [
        ("title", bank),
        ("small", rng.choice(["Text message", "SMS"]) + " - " + clock(rng, True)),
        ("rule",),
    ]
    _wrap(rows, body)
    rows.append(("gap",))
    if bank != "Absa":
        rows.append(("small", "Reply STOP to opt out"))
    return (
        rows,
        _truth(payee, amount, "ZAR", ref if ref_printed else None, when, "card", status),
        dict(SCREEN, paper=(233, 236, 240)),
    )


def polish_paragon(rng: random.Random, font: str):
    """A Polish fiscal till receipt (paragon fiskalny) with its PTU (VAT) lines, paid by card or cash."""
    stock = {
        "Piekarnia Pod Kasztanem": [
            ("Chleb żytni 500g", 4, 9, "C"),
            ("Bułka kajzerka", 0.8, 1.5, "C"),
            ("Drożdżówka z serem", 3, 6, "C"),
            ("Kawa z ekspresu", 8, 14, "B"),
        ],
        "Drogeria Natura": [
            ("Szampon 400ml", 12, 28, "A"),
            ("Chusteczki higien.", 4, 11, "A"),
            ("Krem do rąk 75ml", 7, 19, "A"),
            ("Pasta do zębów", 6, 15, "A"),
        ],
        "Kwiaciarnia Róża": [
            ("Bukiet tulipanów", 35, 90, "B"),
            ("Róża cięta", 6, 15, "B"),
            ("Doniczka ceram.", 15, 40, "A"),
            ("Ziemia 5l", 8, 14, "A"),
        ],
        "Sklep Spożywczy U Basi": [
            ("Serek wiejski", 3, 6, "C"),
            ("Kawa ziarnista 1kg", 45, 90, "A"),
            ("Masło 200g", 6, 10, "C"),
            ("Woda mineralna 1,5l", 2, 4, "A"),
        ],
    }
    shop = rng.choice(sorted(stock))
    items = stock[shop]
    rates = {"A": 0.23, "B": 0.08, "C": 0.05}
    when = day(rng)
    printout = digits(rng, 5)
    rows = [
        ("title", shop),
        (
            "center",
            rng.choice(
                ["ul. Długa 14, 80-827 Gdańsk", "ul. Piotrkowska 101, Łódź", "Rynek 7, 31-042 Kraków"]
            ),
        ),
        ("center", "NIP " + f"{digits(rng, 3)}-{digits(rng, 3)}-{digits(rng, 2)}-{digits(rng, 2)}"),
        (
            "pair",
            date_text(when, rng.choice(["%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y"])),
            rng.choice(["nr wydr. ", "nr wydr.", "Nr wydr. "]) + printout,
        ),
        ("center", "PARAGON FISKALNY"),
        ("rule",),
    ]
    total, tax = 0.0, {}
    for name, low, high, rate in rng.sample(items, rng.randint(1, 4)):
        each = price(rng, low, high)
        count = rng.choice([1, 1, 1, 2, 3])
        line = round(each * count, 2)
        total += line
        tax[rate] = tax.get(rate, 0.0) + line
        rows.append(("pair", f"{name} {count} x{money(each, 'european')}", money(line, "european") + rate))
    total = round(total, 2)
    rows.append(("rule",))
    vat_total = 0.0
    for rate in sorted(tax):
        part = round(tax[rate] - tax[rate] / (1 + rates[rate]), 2)
        vat_total += part
        rows.append(("pair", f"PTU {rate} {rates[rate] * 100:.0f}%", money(part, "european")))
    rows += [
        ("pair", "SUMA PTU", money(vat_total, "european")),
        ("pair", rng.choice(["SUMA PLN", "SUMA: PLN", "RAZEM PLN"]), money(total, "european")),
    ]
    method = rng.choice(["card", "card", "cash", None])
    auth = digits(rng, 6)
    auth_printed = False
    if method == "card":
        rows.append(
            (
                "pair",
                rng.choice(["Karta płatnicza", "Karta", "Płatność kartą"]),
                money(total, "european") + " PLN",
            )
        )
        if shown(rng, 0.4):
            rows.append(("pair", "VISA", "**** " + digits(rng, 4)))
        auth_printed = optional_pair(rng, rows, ["Kod autoryzacji", "Nr autoryz."], auth, 0.5)
    elif method == "cash":
        tendered = float(-(-total // 50) * 50)
        rows += [
            ("pair", "Gotówka", money(tendered, "european")),
            ("pair", "Reszta", money(tendered - total, "european")),
        ]
    rows += [
        ("left", f"#Kasa {rng.randint(1, 4)}  Kasjer nr {rng.randint(1, 9)}  " + clock(rng, False)),
        ("center", code(rng, 3, "ABCDEFGHJKLMNPRSTUWXYZ") + " " + digits(rng, 8)),
        ("small", "Dziękujemy i zapraszamy ponownie"),
    ]
    return (
        rows,
        _truth(shop, total, "PLN", auth if auth_printed else printout, when, method, None),
        {"width": 540, "size": 20},
    )


def turkish_pos_slip(rng: random.Random, font: str):
    """A Turkish bank's card-terminal sale slip (SATIŞ), Turkish labels, amounts in TL."""
    bank = rng.choice(["Garanti BBVA", "İş Bankası", "Akbank", "Yapı Kredi"])
    shop = rng.choice(["KAHVE DÜNYASI KADIKÖY", "MADO ÇAMLICA", "BOYNER NİŞANTAŞI", "EKİNCİLER ECZANESİ"])
    amount, when = price(rng, 20, 12000), day(rng)
    rows = [
        ("title", bank),
        ("center", shop),
        ("center", rng.choice(["İSTANBUL", "ANKARA", "İZMİR"])),
        ("pair", "İŞYERİ NO", digits(rng, 12)),
        ("pair", "TERMİNAL NO", code(rng, 8, "0123456789")),
        ("pair", date_text(when, rng.choice(["%d.%m.%Y", "%d/%m/%Y", "%d.%m.%y"])), clock(rng, False)),
        ("rule",),
        ("center", "SATIŞ"),
        ("pair", "**** **** **** " + digits(rng, 4), rng.choice(["TEMASSIZ", "CHIP", "ÇİPLİ"])),
    ]
    if shown(rng, 0.6):
        rows.append(("pair", "TAKSİT SAYISI", str(rng.choice([2, 3, 6, 9]))))
    rows.append(
        (
            "pair",
            rng.choice(["TUTAR", "TOPLAM", "TUTAR:"]),
            money(amount, "european") + rng.choice([" TL", " TRY"]),
        )
    )
    declined = rng.random() < 0.1
    auth, rrn = digits(rng, 6), digits(rng, 12)
    auth_printed = rrn_printed = False
    status = None
    if declined:
        status = "failed"
        rows += [("center", "İŞLEM REDDEDİLDİ"), ("center", "YETERSİZ BAKİYE")]
    else:
        auth_printed = optional_pair(rng, rows, ["ONAY KODU", "PROVİZYON NO"], auth, 0.1)
        rrn_printed = optional_pair(rng, rows, ["REF NO", "RRN"], rrn, 0.3)
        rows.append(("pair", "BATCH NO: " + digits(rng, 3), "STAN: " + digits(rng, 6)))
        if shown(rng, 0.4):
            rows.append(("center", rng.choice(["İŞLEM ONAYLANDI", "ONAYLANMIŞTIR"])))
            status = "success"
        rows.append(("small", "KARŞILIĞINDA MAL VEYA HİZMET ALDIM"))
    rows.append(("small", rng.choice(["MÜŞTERİ NÜSHASI", "MÜŞTERİ NÜSHASIDIR"])))
    txn = rrn if rrn_printed else auth if auth_printed else None
    return (
        rows,
        _truth(shop, amount, "TRY", txn, when, "card", status),
        {"width": 520, "size": 20, "paper": (250, 250, 250)},
    )


def peru_boleta(rng: random.Random, font: str):
    """A Peruvian electronic sales receipt (boleta de venta electrónica), IGV 18%, soles."""
    stock = {
        "Panadería San Martín S.A.C.": [
            ("Pan francés x10", 2, 5),
            ("Torta de chocolate", 25, 60),
            ("Empanada de carne", 4, 7),
            ("Alfajores x6", 9, 15),
        ],
        "Ferretería El Tornillo E.I.R.L.": [
            ("Cemento Sol 42.5kg", 28, 34),
            ("Pintura látex 1gal", 35, 70),
            ("Tornillos 2in x50", 5, 12),
            ("Cinta aislante", 3, 6),
        ],
        "Botica Santa Rosa S.A.C.": [
            ("Paracetamol 500mg x20", 3, 9),
            ("Alcohol 70% 250ml", 4, 8),
            ("Vitamina C x30", 12, 25),
            ("Mascarillas x10", 5, 10),
        ],
        "Librería Atenas S.R.L.": [
            ("Cuaderno A4 x3", 9, 18),
            ("Lapiceros x12", 8, 15),
            ("Papel bond A4 500h", 16, 24),
            ("Resaltador x4", 7, 12),
        ],
    }
    shop = rng.choice(sorted(stock))
    items = stock[shop]
    when = day(rng)
    number = rng.choice(["B001", "B002", "EB01"]) + "-" + "000" + digits(rng, 5)
    rows = [
        ("title", shop),
        ("center", "RUC 20" + digits(rng, 9)),
        (
            "center",
            rng.choice(
                [
                    "Av. Arequipa 1450, Lince - Lima",
                    "Jr. Puno 233, Cercado de Lima",
                    "Calle Mercaderes 120, Arequipa",
                ]
            ),
        ),
        ("rule",),
        ("center", "BOLETA DE VENTA ELECTRÓNICA"),
        ("center", number),
        (
            "pair",
            rng.choice(["Fecha de emisión", "Fecha", "F. emisión"]),
            date_text(when, rng.choice(["%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"])),
        ),
        ("pair", "Hora", clock(rng, rng.random() < 0.4)),
    ]
    if shown(rng, 0.5):
        rows.append(("pair", "Cliente DNI", digits(rng, 8)))
    rows.append(("rule",))
    total = _items(rng, rows, items, 1, 4, lambda value: f"{value:.2f}", 0.1)
    base = round(total / 1.18, 2)
    rows += [
        ("rule",),
        ("pair", "OP. GRAVADA", "S/ " + f"{base:.2f}"),
        ("pair", "IGV 18%", "S/ " + f"{total - base:.2f}"),
        (
            "pair",
            rng.choice(["IMPORTE TOTAL", "TOTAL A PAGAR", "TOTAL"]),
            rng.choice(["S/ ", "S/", "PEN "]) + f"{total:,.2f}",
        ),
    ]
    method = rng.choice(["cash", "card", "wallet", "wallet", None])
    op, auth = digits(rng, 8), digits(rng, 6)
    txn = number
    if method == "cash":
        rows.append(("pair", rng.choice(["Forma de pago", "Medio de pago"]), "Efectivo"))
    elif method == "card":
        rows.append(
            (
                "pair",
                rng.choice(["Forma de pago", "Medio de pago"]),
                rng.choice(["Tarjeta Visa", "Tarjeta Mastercard", "Tarj. débito"]),
            )
        )
        txn = auth if optional_pair(rng, rows, ["Cód. autorización", "Autorización"], auth, 0.4) else number
    elif method == "wallet":
        rows.append(("pair", rng.choice(["Forma de pago", "Medio de pago"]), rng.choice(["Yape", "Plin"])))
        txn = op if optional_pair(rng, rows, ["Nro. de operación", "N° operación"], op, 0.4) else number
    else:
        rows.append(("pair", "Condición de pago", "Contado"))
    rows += [
        ("small", "Representación impresa de la Boleta de Venta Electrónica"),
        ("small", "Consulte su documento en www.sunat.gob.pe"),
    ]
    return rows, _truth(shop, total, "PEN", txn, when, method, None), {"width": 580, "size": 20}


def dry_cleaner_ticket(rng: random.Random, font: str):
    """A US dry cleaner's prepaid drop-off ticket with its ready-by date."""
    shop = rng.choice(
        [
            "Park Avenue Cleaners",
            "Sunshine Dry Cleaning & Alterations",
            "Royal Valet Cleaners",
            "Eco Green Cleaners",
        ]
    )
    items = [
        ("Shirt - laundered", 2.75, 4.50),
        ("Suit 2pc", 15.99, 24.99),
        ("Pants", 6.50, 9.99),
        ("Dress", 12.00, 22.00),
        ("Blouse", 6.00, 9.50),
        ("Comforter - queen", 28.00, 45.00),
        ("Hem pants (alteration)", 12.00, 18.00),
    ]
    ticket, when = digits(rng, rng.choice([4, 5, 6])), day(rng)
    rows = [
        ("title", shop),
        (
            "center",
            rng.choice(
                ["1420 W Belmont Ave, Chicago IL", "88 Main St, Stamford CT", "3011 Lemmon Ave, Dallas TX"]
            ),
        ),
        ("center", f"({digits(rng, 3)}) 555-{digits(rng, 4)}"),
        ("rule",),
        ("big", rng.choice(["TICKET ", "#", "No. "]) + ticket),
        ("pair", "Customer", rng.choice(["GOLDMAN, R", "NGUYEN, T", "PATEL, S", "O'BRIEN, K"])),
        ("pair", "Phone", f"{digits(rng, 3)}-555-{digits(rng, 4)}"),
    ]
    # some tickets print only the ready-by day, not the drop-off (payment) day
    date_printed = shown(rng, 0.2)
    if date_printed:
        rows.append(
            (
                "pair",
                rng.choice(["In", "Dropped off", "Date in"]),
                date_text(when, rng.choice(US_DATES[:2] + ["%a %m/%d/%y"])),
            )
        )
    ready = when + dt.timedelta(days=rng.randint(1, 4))
    rows += [
        (
            "pair",
            rng.choice(["Ready", "Promised", "Pick up"]),
            date_text(ready, "%a %m/%d/%y") + " after 4 PM",
        ),
        ("rule",),
    ]
    subtotal, pieces = 0.0, 0
    for name, low, high in rng.sample(items, rng.randint(1, 4)):
        count = rng.choice([1, 1, 2, 3, 5])
        each = price(rng, low, high, 0.25 if high < 10 else 0.01)
        line = round(count * each, 2)
        subtotal += line
        pieces += count
        rows.append(("pair", f"{count} {name}", f"{line:.2f}"))
    subtotal = round(subtotal, 2)
    tax = round(subtotal * rng.choice([0, 0.0625, 0.1025]), 2)
    total = round(subtotal + tax, 2)
    rows += [("rule",), ("pair", "Pieces", str(pieces)), ("pair", "Subtotal", f"{subtotal:.2f}")]
    if tax:
        rows.append(("pair", "Tax", f"{tax:.2f}"))
    rows.append(("pair", rng.choice(["TOTAL", "Total Due", "Amount"]), "$" + f"{total:,.2f}"))
    method = rng.choice(["card", "card", "cash", None])
    auth = code(rng, 6, "0123456789ABCDEF")
    auth_printed = False
    if method == "card":
        rows.append(
            ("pair", rng.choice(["VISA", "MC", "DISCOVER"]) + " XXXX" + digits(rng, 4), f"{total:.2f}")
        )
        auth_printed = optional_pair(rng, rows, ["AUTH", "Approval #"], auth, 0.4)
    elif method == "cash":
        rows.append(("pair", "Cash", f"{total:.2f}"))
    paid = shown(rng, 0.35)
    if paid:
        rows.append(("big", rng.choice(["PAID", "** PREPAID **"])))
    rows.append(("small", "Not responsible for items left over 60 days"))
    return (
        rows,
        _truth(
            shop,
            total,
            "USD",
            auth if auth_printed else ticket,
            when if date_printed else None,
            method,
            "success" if paid else None,
        ),
        {"width": 540, "size": 20},
    )


def uk_mot_invoice(rng: random.Random, font: str):
    """A UK garage's MOT test invoice (the MOT fee outside VAT, parts and labour with VAT)."""
    garage = rng.choice(
        [
            "Bridge Street Motors Ltd",
            "Ace MOT & Service Centre",
            "Dales Garage (Skipton)",
            "Riverside Autocare",
        ]
    )
    parts = [
        ("Wiper blade pair", 14, 32),
        ("Headlamp bulb H7", 6, 15),
        ("Number plate lamp", 4, 9),
        ("Brake fluid change", 35, 60),
        ("Labour 0.5 hr", 30, 45),
        ("Tyre valve", 3, 6),
    ]
    inv, when = rng.choice(["INV-", "", "M"]) + digits(rng, rng.choice([5, 6])), day(rng)
    reg = code(rng, 2, "ABCDEFGHKLMNPRSTVWY") + digits(rng, 2) + " " + code(rng, 3, "ABCDEFGHJKLMNPRSTUVWXYZ")
    fee = rng.choice([54.85, 54.85, 45.00, 40.00, 49.99])
    rows = [
        ("title", garage),
        (
            "center",
            rng.choice(
                [
                    "Unit 4, Mill Lane, Leeds LS12 6HQ",
                    "22 Keighley Rd, Skipton BD23 2NB",
                    "Station Road, Didcot OX11 7NN",
                ]
            ),
        ),
        ("center", "VAT Reg No. GB " + f"{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}"),
        ("rule",),
        ("pair", rng.choice(["Invoice No", "Invoice", "Inv. No."]), inv),
        (
            "pair",
            rng.choice(["Date", "Invoice date", "Tax point"]),
            date_text(when, rng.choice(["%d/%m/%Y", "{d} %B %Y", "%d-%b-%Y", "%d/%m/%y"])),
        ),
        ("pair", rng.choice(["Registration", "Vehicle reg", "Reg"]), reg),
        ("pair", "Mileage", f"{rng.randint(8000, 160000):,}"),
        ("rule",),
        ("pair", "MOT test (Class 4)", f"{fee:.2f}"),
    ]
    extra = _items(rng, rows, parts, 0, 3) if shown(rng, 0.4) else 0.0
    vat = round(extra * 0.2, 2)
    total = round(fee + extra + vat, 2)
    rows += [("rule",), ("pair", "MOT fee (outside scope of VAT)", f"{fee:.2f}")]
    if extra:
        rows += [("pair", "Parts & labour", f"{extra:.2f}"), ("pair", "VAT @ 20%", f"{vat:.2f}")]
    rows.append(
        (
            "pair",
            rng.choice(["TOTAL", "Invoice total", "Amount paid"]),
            rng.choice(["£", "GBP "]) + f"{total:,.2f}",
        )
    )
    if shown(rng, 0.4):
        rows.append(("pair", "MOT test number", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"))
    method = rng.choice(["card", "card", "cash", "netbanking"])
    auth = digits(rng, 6)
    auth_printed = False
    if method == "card":
        rows.append(
            (
                "pair",
                rng.choice(["Visa Debit", "Mastercard", "Card"]) + " ****" + digits(rng, 4),
                f"{total:.2f}",
            )
        )
        auth_printed = optional_pair(rng, rows, ["Auth code", "Auth"], auth, 0.4)
    elif method == "cash":
        rows.append(("pair", "Cash", f"{total:.2f}"))
    else:
        rows.append(("pair", rng.choice(["Bank transfer (BACS)", "Paid by bank transfer"]), f"{total:.2f}"))
    paid = shown(rng, 0.4)
    if paid:
        rows.append(("center", rng.choice(["PAID WITH THANKS", "PAID - THANK YOU"])))
    else:
        rows.append(("pair", "Balance due", "£0.00"))
    rows.append(
        (
            "small",
            "Next MOT due: " + date_text(when + dt.timedelta(days=365 - rng.randint(0, 25)), "%d/%m/%Y"),
        )
    )
    return (
        rows,
        _truth(
            garage, total, "GBP", auth if auth_printed else inv, when, method, "success" if paid else None
        ),
        {"width": 600, "size": 20},
    )
