"""The twelve heldout64 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the page and value helpers of heldout14,
heldout62 and heldout63 (a money mark chosen once per page, one date pattern per page, ways to pay and outcomes in
many wordings, tax added or included, page widths that hold every line) are reused, and this set adds wordings of
its own (ways to pay, outcomes and labels). ``truth_fields`` states the fields exactly as the page prints them
(``None`` where a field is not printed). Every receipt prints at most one transaction id (a bill's, slip's,
order's, transfer's, receipt's, ticket's, booking's or invoice's own number; a tax number, a terminal, merchant or
batch number, a loyalty, member, student or account number, a licence, tag, microchip or permit number, a courier's
tracking number, a rig's registration, a survey number, a voucher or gift-card code, a lottery line's numbers beside
it is never the id), at most one date of payment (the other days are named for other events: an expected arrival,
a delivery, a draw, a licence's period, a vaccination, an experience, a session or a workshop's days, a trek, a
jump, a drilling), and names the party that was paid: on top, or, where a bank app's name is on top, under the
label that names the payee lower on the page. The people, banks, couriers, venues and farms on the page are never
the payee.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, day, digits, money, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import (
    _currency,
    _dtext,
    _earlier,
    _fmt,
    _id,
    _items,
    _later,
    _outcome,
    _page,
    _pattern,
    _person,
    _scale,
    _sized,
    _staff,
    _stamp,
    _status_row,
    _total,
    _way,
)
from bench.receipt_sets.heldout63_families import _tax

# ---------------------------------------------------------------- this set's own wordings

# further wordings of a way to pay, beside heldout62's (same truth: UPI, card, wallet, netbanking, cash)
MORE_WAYS = {
    "INR": {
        "UPI": ["UPI QR", "Scan & Pay (UPI)", "UPI - BHIM app"],
        "card": ["VISA DEBIT XX{4}", "Card (RuPay)"],
        "netbanking": ["IMPS", "Net banking (HDFC)"],
        "cash": ["Cash received", "By cash"],
    },
    "GBP": {"card": ["VISA DEBIT ****{4}", "Debit Mastercard"], "netbanking": ["Online bank transfer"]},
    "USD": {"card": ["Debit card ••{4}", "Visa credit"], "netbanking": ["Bank transfer (ACH)"]},
    "IE": {"card": ["Visa Credit ****{4}"], "netbanking": ["Bank transfer"]},
    "DE": {"card": ["Debitkarte", "Kartenzahlung (Visa)"], "netbanking": ["SEPA-Überweisung"]},
}
# labels of a way to pay, beside the usual ones
METHOD_LABELS = ["Paid using", "Payment via", "Settled with", "Tender type", "Pay mode", "Funding"]
GERMAN_METHOD_LABELS = ["Bezahlart", "Zahlungsweise", "Zahlweg"]


def _way64(rng, currency, german, kinds, online=False):
    """A way to pay in heldout62's wordings or this set's; its printed words and truth."""
    printed, kind = _way(rng, currency, german, kinds, online)
    extra = MORE_WAYS["DE" if german else ("IE" if currency == "EUR" else currency)].get(kind, [])
    if extra and rng.random() < 0.4:
        printed = rng.choice(extra).replace("{4}", digits(rng, 4))
    return printed, kind


def _pay(rng, rows, currency, german, labels, kinds, p_absent=0.2, online=False, status=None):
    """A way to pay under one of ``labels`` (or this set's labels) in a share; its truth or None. Where the payment
    failed or waits no label says it was paid."""
    if not shown(rng, p_absent):
        return None
    pool = labels + (GERMAN_METHOD_LABELS if german else METHOD_LABELS)
    if status in ("failed", "pending"):
        pool = [label for label in pool if not label.startswith(("Paid", "Bezahlt", "Settled"))]
    printed, kind = _way64(rng, currency, german, kinds, online)
    rows.append(("pair", rng.choice(pool), printed))
    return kind


def _dated(
    rng, rows, when, pattern, currency, german, labels, p_absent=0.2, p_time=0.4, bare=0.0, status=None
):
    """The day paid under one of ``labels`` (or bare on a line of its own in a share ``bare``), or None. Where the
    payment failed or waits, the day it was tried is printed under a plain Date / Datum."""
    if not shown(rng, p_absent):
        return None
    if status in ("failed", "pending"):
        labels = ["Datum"] if german else ["Date", "Date & time"]
    stamp = _stamp(rng, when, pattern, currency, german, p_time)
    if rng.random() < bare:
        rows.append(("left", stamp))
    else:
        rows.append(("pair", rng.choice(labels), stamp))
    return when


def _pick(rng, english, german_words, german):
    return rng.choice(german_words if german else english)


# ---------------------------------------------------------------- 1 candle, incense and puja goods shop till


CANDLE_SHOPS = {
    "INR": ["Sri Lakshmi Pooja Stores", "Shubh Aroma Agarbatti House"],
    "GBP": ["Wick & Willow Candle Co."],
    "USD": ["Salt Marsh Candle Works"],
    "EUR": ["Kerzenhaus Lichtblick", "Kilkenny Candle House"],
}
CANDLE_GERMAN = ["Kerzenhaus Lichtblick"]
CANDLE_PLACES = {
    "Sri Lakshmi Pooja Stores": "14 North Mada Street, Mylapore, Chennai 600004",
    "Shubh Aroma Agarbatti House": "Johari Bazaar, Jaipur 302003",
    "Wick & Willow Candle Co.": "22 Stonegate, York YO1 8AS",
    "Salt Marsh Candle Works": "118 Exchange St, Portland, ME 04101",
    "Kerzenhaus Lichtblick": "Konviktstraße 9, 79098 Freiburg",
    "Kilkenny Candle House": "High Street, Kilkenny R95 T2XE",
}
CANDLE_ITEMS = [
    ("Sandal agarbatti 100 sticks", 60),
    ("Camphor tablets 100 g", 95),
    ("Brass diya (medium)", 340),
    ("Cow-dung dhoop cones", 45),
    ("Ghee cotton wicks 50 pcs", 70),
    ("Kumkum & haldi set", 55),
    ("Jasmine incense 12 boxes", 240),
    ("Scented jar candle", 399),
]
CANDLE_ITEMS_WEST = [
    ("Soy jar candle - fig & cedar", 22.0),
    ("Reed diffuser 100 ml", 18.5),
    ("Tealights x 24", 4.99),
    ("Pillar candle 3x6", 12.0),
    ("Wax melts pack", 6.5),
    ("Incense - sandalwood", 5.0),
    ("Wick trimmer", 9.0),
]
CANDLE_ITEMS_DE = [
    ("Duftkerze Feige im Glas", 19.9),
    ("Teelichter 24 Stk.", 4.49),
    ("Stumpenkerze 7x15", 8.9),
    ("Räucherstäbchen Sandelholz", 4.5),
    ("Kerzenhalter Messing", 14.9),
    ("Duftwachs-Set", 6.9),
]


def candle_shop_till(rng: random.Random, font: str):
    """A candle, incense and puja goods shop's till bill (two puja stores in rupees, a candle maker each in pounds and
    dollars, a German and an Irish candle house in euros): the shop's tax number (GSTIN / VAT Reg / USt-IdNr.), a
    cashier, a loyalty or member card (never the id), incense, camphor, diyas, candles and diffusers, a festival
    offer (Diwali / Christmas / Advent) taken off, GST added or VAT / MwSt. included or sales tax added, a round-off,
    Net Payable / Amt Payable / TO PAY / TOTAL / Zu zahlen / SUMME, Tendered and Change after cash, the tender under
    Tender / Paid by / Paid using / Bezahlart in a share, Bill No / Sl. No. / Sale # / Ticket # / Bon / Vorgang in a
    share, the date (with its time) under Date / Dt / Datum or bare on top in a share; PAID / Payment accepted /
    Bezahlt in a share, else no outcome."""
    currency, shop = _currency(rng, CANDLE_SHOPS)
    german = shop in CANDLE_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german, ["sign", "rs", "rs_slash", "code_after"])
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    rows: list[tuple] = [("title", shop), ("center", CANDLE_PLACES[shop])]
    tax_no = {
        "INR": "GSTIN: 33"
        + code(rng, 5, UPPER)
        + digits(rng, 4)
        + code(rng, 1, UPPER)
        + "1Z"
        + digits(rng, 1),
        "GBP": "VAT Reg " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2),
        "USD": f"Tel (207) {digits(rng, 3)}-{digits(rng, 4)}",
        "EUR": ("USt-IdNr. DE" + digits(rng, 9)) if german else ("VAT No IE" + digits(rng, 7) + "A"),
    }[currency]
    rows.append(("center", tax_no))
    rows.append(("center", _pick(rng, ["TAX INVOICE", "CASH MEMO", "SALES RECEIPT"], ["Kassenbon"], german)))
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Datum"] if german else ["Date", "Dt", "Date/Time"],
        0.25,
        0.8,
        0.4,
    )
    rows.append(
        (
            "pair",
            "Kasse 2 / Bediener" if german else rng.choice(["Cashier", "Served by"]),
            _staff(rng, currency, german).split()[0],
        )
    )
    rows.append(("rule",))
    items = _scale(
        CANDLE_ITEMS_DE if german else (CANDLE_ITEMS if currency == "INR" else CANDLE_ITEMS_WEST),
        currency,
        {"INR": 1.0, "GBP": 1.0, "USD": 1.1, "EUR": 1.0},
    )
    net = _items(rng, rows, grouping, items, rng.randint(2, 4))
    if shown(rng, 0.5):
        offer = round(net * 0.1, 2)
        word = {"INR": "Diwali offer 10%", "GBP": "Christmas 10% off", "USD": "Holiday 10% off"}.get(
            currency, "Advent-Rabatt 10%" if german else "Christmas 10% off"
        )
        rows.append(("pair", word, "-" + money(offer, grouping)))
        net = round(net - offer, 2)
    total = _tax(rng, rows, grouping, net, currency, german, added=False, india_rate=0.06)
    if currency == "INR":
        rounded = float(round(total))
        if rounded != total:
            rows.append(("pair", "Round off", f"{rounded - total:+.2f}"))
        total = rounded
    label = rng.choice(
        ["Zu zahlen", "SUMME", "Gesamtsumme"]
        if german
        else (
            ["Net Payable", "Amt Payable", "Bill Amount"]
            if currency == "INR"
            else ["TO PAY", "TOTAL", "Total to pay"]
        )
    )
    rows.append(("pair", label, fmt(total)))
    kinds = ["cash", "cash", "UPI", "card"] if currency == "INR" else ["cash", "card", "card", "wallet"]
    method = _pay(rng, rows, currency, german, ["Zahlart"] if german else ["Tender", "Paid by"], kinds, 0.2)
    if method == "cash" and shown(rng, 0.4):
        step = 500.0 if currency == "INR" else 20.0
        given = (int(total // step) + 1) * step
        rows.append(("pair", "Gegeben" if german else "Tendered", money(given, grouping)))
        rows.append(("pair", "Rückgeld" if german else "Change", money(round(given - total, 2), grouping)))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Kundenkarte" if german else rng.choice(["Loyalty card", "Member No", "Rewards #"]),
                digits(rng, 10),
            )
        )
    labels = (
        ["Bon", "Vorgang", "Bon-Nr."]
        if german
        else (["Bill No", "Sl. No.", "Inv. No."] if currency == "INR" else ["Sale #", "Ticket #", "Trans No"])
    )
    ref = (
        digits(rng, rng.choice([4, 5, 6]))
        if currency != "INR"
        else rng.choice(["", "PS/", "A-"]) + digits(rng, 5)
    )
    txn = _id(rng, rows, labels, ref, 0.2)
    status = None
    if shown(rng, 0.65):
        status = "success"
        rows.append(
            (
                "center",
                "*** BEZAHLT ***" if german else rng.choice(["** PAID **", "Payment accepted", "PAID"]),
            )
        )
    rows.append(
        (
            "small",
            "Umtausch nur mit Bon"
            if german
            else rng.choice(["No refund on opened incense", "Thank you, visit again"]),
        )
    )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 19), shop, rng.choice([420, 460]))


# ---------------------------------------------------------------- 2 angling tackle and bait shop's card slip


TACKLE = {
    "INR": ["Mahseer Angling Tackle House", "Konkan Rod & Reel Tackle"],
    "GBP": ["Wyeside Angling Centre"],
    "USD": ["Bass Cove Bait & Tackle"],
    "EUR": ["Angelsport Hecht & Barsch", "Corrib Tackle & Bait"],
}
TACKLE_GERMAN = ["Angelsport Hecht & Barsch"]
TACKLE_PLACES = {
    "Mahseer Angling Tackle House": "Kanakapura Main Rd, Bengaluru 560062",
    "Konkan Rod & Reel Tackle": "Mandvi Jetty Road, Ratnagiri 415612",
    "Wyeside Angling Centre": "Bridge St, Builth Wells LD2 3DN",
    "Bass Cove Bait & Tackle": "4410 Hwy 69, Guntersville, AL 35976",
    "Angelsport Hecht & Barsch": "Elbchaussee 212, 22605 Hamburg",
    "Corrib Tackle & Bait": "Main Street, Oughterard, Co. Galway",
}
SCHEMES = {
    "INR": ["VISA", "MASTERCARD", "RUPAY"],
    "GBP": ["VISA DEBIT", "MASTERCARD", "AMEX"],
    "USD": ["VISA", "MASTERCARD", "DISCOVER"],
    "EUR": ["VISA", "MASTERCARD", "DEBIT MASTERCARD"],
    "DE": ["girocard", "VISA", "Mastercard"],
}


def tackle_card_slip(rng: random.Random, font: str):
    """A fishing tackle and bait shop's card-terminal slip (two shops in rupees, one each in pounds and dollars, a
    German and an Irish one in euros): SALE / PURCHASE / Kartenzahlung, the terminal's TID / MID / Batch / Terminal-ID
    (never the id), the card's scheme and masked number with its entry (CHIP / CONTACTLESS / kontaktlos), or on
    Indian pages in a share a UPI QR sale with the shop's UPI handle, one of RRN / REF NO / AUTH CODE / TRACE NO /
    STAN / Beleg-Nr. / Trace-Nr. in a share, Amount / SALE AMT / TOTAL / BETRAG, the angler's rod licence, fishing
    permit or Fischereischein number written on the slip in a share (never the id), the date and time under DATE /
    Datum or as one line; APPROVED / TRANSACTION APPROVED / DECLINED / NOT APPROVED / Zahlung erfolgt / Zahlung nicht
    erfolgt in a share."""
    currency, shop = _currency(rng, TACKLE)
    german = shop in TACKLE_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german, ["rs", "code_before", "sign"])
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    upi = currency == "INR" and shown(rng, 0.65)
    rows: list[tuple] = [("title", shop), ("center", TACKLE_PLACES[shop])]
    rows.append(
        (
            "center",
            "Kartenzahlung"
            if german
            else ("UPI QR SALE" if upi else rng.choice(["SALE", "PURCHASE", "CARD SALE"])),
        )
    )
    rows.append(("pair", "Terminal-ID" if german else "TID", digits(rng, 8)))
    if not german or shown(rng, 0.5):
        rows.append(("pair", "MID", digits(rng, 12) if currency == "INR" else code(rng, 10, "0123456789")))
    if shown(rng, 0.6):
        rows.append(("pair", "BATCH" if not german else "Kassenschnitt", digits(rng, 3)))
    stamp = _stamp(rng, when, pattern, currency, german, 0.0)
    if shown(rng, 0.6):
        rows.append(("pair", "Datum" if german else "DATE", stamp))
        rows.append(
            ("pair", "Uhrzeit" if german else "TIME", f"{rng.randrange(7, 21):02d}:{rng.randrange(60):02d}")
        )
    else:
        rows.append(("left", stamp + f"  {rng.randrange(7, 21):02d}:{rng.randrange(60):02d}"))
    if upi:
        handle = shop.split()[0].lower() + rng.choice(["@ybl", "@okhdfcbank", "@paytm"])
        rows.append(("pair", "VPA", handle))
        rows.append(("pair", "Payer", _person(rng, currency).upper()))
        method = "UPI"
    else:
        scheme = rng.choice(SCHEMES["DE" if german else currency])
        rows.append(("left", f"{scheme}  {'*' * 12}{digits(rng, 4)}"))
        rows.append(
            (
                "left",
                rng.choice(["kontaktlos", "Chip"])
                if german
                else rng.choice(["CHIP", "CONTACTLESS", "CHIP & PIN"]),
            )
        )
        method = "card"
    roll = rng.random()
    status = None if roll < 0.3 else ("failed" if roll < 0.45 else "success")
    net = {
        "INR": rng.randint(450, 18500),
        "GBP": rng.randint(12, 260),
        "USD": rng.randint(15, 340),
        "EUR": rng.randint(12, 280),
    }[currency]
    total = round(net + rng.choice([0.0, 0.5, 0.99, 0.25]), 2) if currency != "INR" else float(net)
    label = rng.choice(["BETRAG", "Betrag EUR"] if german else ["AMOUNT", "SALE AMT", "TOTAL", "Amount"])
    rows.append(("pair", label, fmt(total)))
    id_labels = (
        ["Beleg-Nr.", "Trace-Nr."]
        if german
        else (["RRN", "REF NO", "TRACE NO", "STAN"] + ([] if upi else ["AUTH CODE"]))
    )
    chosen = rng.choice(id_labels)
    value = {
        "RRN": digits(rng, 12),
        "REF NO": digits(rng, 12) if upi else digits(rng, 8),
        "TRACE NO": digits(rng, 6),
        "STAN": digits(rng, 6),
        "AUTH CODE": code(rng, 6, UPPER + "0123456789"),
        "Beleg-Nr.": digits(rng, 4),
        "Trace-Nr.": digits(rng, 6),
    }[chosen]
    txn = None
    if status != "failed" or chosen not in ("AUTH CODE",):
        txn = _id(rng, rows, [chosen], value, 0.2)
    if status:
        words = {
            ("success", True): ["Zahlung erfolgt"],
            ("failed", True): ["Zahlung nicht erfolgt"],
            ("success", False): ["APPROVED", "TRANSACTION APPROVED", "Approved - thank you"],
            ("failed", False): ["DECLINED", "NOT APPROVED", "Transaction declined"],
        }[(status, german)]
        rows.append(("center", rng.choice(words)))
    if shown(rng, 0.5):
        licence = {
            "INR": ("Angling permit", "KFD/" + digits(rng, 4) + "/" + str(when.year)),
            "GBP": ("Rod licence no", digits(rng, 8)),
            "USD": ("Fishing license #", "AL" + digits(rng, 8)),
            "EUR": ("Fischereischein-Nr.", "HH-" + digits(rng, 6))
            if german
            else ("Permit no", "WFI" + digits(rng, 5)),
        }[currency]
        rows.append(("pair", *licence))
    rows.append(
        (
            "small",
            "Kundenbeleg" if german else rng.choice(["CUSTOMER COPY", "Cardholder copy", "Tight lines!"]),
        )
    )
    truth = truth_fields(shop, total, currency, txn, when, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 19), shop, rng.choice([400, 440]))


# ---------------------------------------------------------------- 3 sports-nutrition online order e-mail


SUPPLEMENT_STORES = {
    "INR": ["HealthKart", "Nutrabay"],
    "GBP": ["Myprotein"],
    "USD": ["The Vitamin Shoppe"],
    "EUR": ["foodspring"],
}
SUPPLEMENT_ITEMS = [
    ("Whey protein 1 kg - double chocolate", 2899),
    ("Creatine monohydrate 250 g", 799),
    ("Multivitamin 60 tablets", 549),
    ("Pre-workout 300 g - blue raspberry", 1499),
    ("Protein bar box of 6", 540),
    ("Shaker bottle 700 ml", 299),
    ("Omega-3 fish oil 90 caps", 849),
]
SUPPLEMENT_ITEMS_DE = [
    ("Whey Protein 750 g Schoko", 32.99),
    ("Kreatin Pulver 300 g", 19.99),
    ("Protein Riegel 12er", 24.99),
    ("Vegan Protein 750 g Vanille", 34.99),
    ("Shaker 600 ml", 7.99),
]
COURIERS = {
    "INR": ["Delhivery", "Blue Dart", "Ekart"],
    "GBP": ["Royal Mail Tracked 48", "DPD"],
    "USD": ["UPS Ground", "USPS Priority"],
    "EUR": ["DHL Paket", "Hermes"],
}


def supplement_order(rng: random.Random, font: str):
    """A sports-nutrition store's online order e-mail (HealthKart and Nutrabay in rupees, Myprotein in pounds, The
    Vitamin Shoppe in dollars, foodspring on a German page): the customer and the address shipped to (never the
    payee), flavours and sizes, a coupon code and its discount (the code is never the id), shipping or free
    shipping, GST or VAT / MwSt. included or sales tax added, loyalty points earned, Order total / Amount paid /
    Total charged / Grand total / Gesamtsumme, the way to pay under Payment method / Paid with / Payment via /
    Zahlungsart in a share (online: no card tapped or inserted), Order No / Order # / Order reference /
    Bestellnummer in a share, Order placed / Ordered on / Placed on / Bestelldatum in a share beside the courier, its
    tracking number and the expected delivery day (never the day paid); Payment confirmed / Payment received /
    Payment failed / Payment pending / Zahlung eingegangen / fehlgeschlagen / ausstehend in a share."""
    currency, store = _currency(rng, SUPPLEMENT_STORES)
    german = currency == "EUR"
    fmt, grouping = _fmt(rng, font, currency, german, ["sign", "sign_space", "code_before"])
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.6,
        german,
        words=(
            {
                "success": ["Zahlung eingegangen"],
                "failed": ["Zahlung fehlgeschlagen"],
                "pending": ["Zahlung ausstehend"],
            }
            if german
            else {
                "success": ["Payment confirmed", "Payment received"],
                "failed": ["Payment failed", "Payment unsuccessful"],
                "pending": ["Payment pending", "Awaiting payment confirmation"],
            }
        ),
        p_success=0.6,
        p_failed=0.2,
    )
    person = _person(rng, currency, german)
    rows: list[tuple] = [("title", store)]
    rows.append(
        (
            "center",
            _pick(
                rng,
                ["Order confirmation", "Your order summary", "Order details"],
                ["Bestellbestätigung"],
                german,
            ),
        )
    )
    _status_row(rng, rows, words, german)
    rows.append(("left", f"{'Hallo' if german else rng.choice(['Hi', 'Hey'])} {person.split()[0]},"))
    rows.append(("rule",))
    rates = {"INR": 1.0, "GBP": 0.011, "USD": 0.014, "EUR": 1.0}
    items = _scale(SUPPLEMENT_ITEMS_DE if german else SUPPLEMENT_ITEMS, currency, rates)
    net = _items(rng, rows, grouping, items, rng.randint(1, 3))
    rows.append(("pair", "Zwischensumme" if german else "Subtotal", money(net, grouping)))
    if shown(rng, 0.5):
        coupon = rng.choice(["GAINS", "FIT", "PROTEIN", "NEW"]) + digits(rng, 2)
        off = round(net * rng.choice([0.1, 0.15, 0.2]), 2)
        rows.append(("pair", f"{'Gutschein' if german else 'Coupon'} {coupon}", "-" + money(off, grouping)))
        net = round(net - off, 2)
    ship = {"INR": 79.0, "GBP": 3.99, "USD": 5.95, "EUR": 4.95}[currency]
    if shown(rng, 0.5):
        rows.append(("pair", "Versand" if german else "Shipping", money(ship, grouping)))
        net = round(net + ship, 2)
    else:
        rows.append(("pair", "Versand" if german else "Shipping", "kostenlos" if german else "FREE"))
    total = (
        _tax(rng, rows, grouping, net, currency, german, added=currency == "USD", india_rate=0.09)
        if currency != "INR"
        else net
    )
    if currency == "INR":
        rows.append(("small", "Prices inclusive of GST"))
    totals = ["Gesamtsumme", "Gesamt"] if german else ["Order total", "Grand total", "Total"]
    paid = ["Bezahlt"] if german else ["Amount paid", "Total charged"]
    _total(rng, rows, fmt, total, status, totals, paid)
    kinds = ["UPI", "card", "wallet", "netbanking"] if currency == "INR" else ["card", "card", "wallet"]
    method = _pay(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsart"] if german else ["Payment method", "Paid with"],
        kinds,
        0.2,
        True,
        status,
    )
    ref = {
        "HealthKart": "HK" + digits(rng, 10),
        "Nutrabay": "NB" + digits(rng, 8),
        "Myprotein": digits(rng, 9),
        "The Vitamin Shoppe": "W" + digits(rng, 9),
        "foodspring": "FS-" + digits(rng, 8),
    }[store]
    txn = _id(
        rng, rows, ["Bestellnummer"] if german else ["Order No", "Order #", "Order reference"], ref, 0.15
    )
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Bestelldatum"] if german else ["Order placed", "Ordered on", "Placed on"],
        0.25,
        0.3,
        status=status,
    )
    rows.append(("rule",))
    rows.append(("pair", "Lieferadresse" if german else rng.choice(["Ship to", "Delivering to"]), person))
    if status not in ("failed",) and shown(rng, 0.6):
        courier = rng.choice(COURIERS[currency])
        rows.append(("pair", "Versand mit" if german else "Courier", courier))
        rows.append(
            ("pair", "Sendungsnummer" if german else rng.choice(["Tracking no", "AWB"]), digits(rng, 11))
        )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                "Voraussichtliche Lieferung" if german else rng.choice(["Expected delivery", "Arriving by"]),
                _dtext(_later(when, rng, 2, 7), pattern),
            )
        )
    if currency == "INR" and status == "success" and shown(rng, 0.5):
        rows.append(("small", f"You earned {rng.randint(20, 300)} loyalty points on this order"))
    truth = truth_fields(store, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(EMAIL, 19), store)


# ---------------------------------------------------------------- 4 neobank app's money transfer


NEOBANKS = {"INR": ["Niyo", "Navi"], "GBP": ["Kroo"], "USD": ["Chime"], "EUR": ["Vivid Money"]}
NEO_PARTNER = {
    "Niyo": "Banking services by SBM Bank (India) Ltd",
    "Navi": "UPI services in partnership with Axis Bank",
    "Kroo": "Kroo Bank Ltd is authorised by the PRA",
    "Chime": "Banking services provided by The Bancorp Bank, N.A.",
    "Vivid Money": "Konto bei der Solaris SE",
}
NEO_PAYEES = {
    "INR": [
        "Annapoorna Mess",
        "Sri Venkateswara Tiffin Centre",
        "Deepak Rao",
        "Kaveri Medicals",
        "Lakshmi Flour Mill",
    ],
    "GBP": ["Jordan Pike Plumbing", "Harbour Lane Bakery", "Tom Whitfield", "Greenway Lettings"],
    "USD": ["Maple St Barbershop", "Kevin O'Neal", "Riverbend Yoga Studio", "Lopez Lawn Care"],
    "EUR": ["Malerbetrieb Krüger", "Jonas Weber", "Bäckerei Sonnenschein", "Fahrschule Autenrieth"],
}
NEO_WORDS = {
    "success": ["Money sent", "Transfer complete", "Sent successfully", "Payment done"],
    "failed": ["Transfer failed", "Payment could not be completed", "Transaction declined"],
    "pending": ["Processing", "Transfer in progress", "Awaiting bank confirmation"],
}
NEO_WORDS_DE = {
    "success": ["Überweisung ausgeführt", "Geld gesendet"],
    "failed": ["Überweisung fehlgeschlagen"],
    "pending": ["Überweisung wird bearbeitet"],
}


def neobank_transfer(rng: random.Random, font: str):
    """A neobank app's transfer screen (Niyo and Navi in rupees over UPI or IMPS, Kroo in pounds by Faster Payment,
    Chime in dollars by ACH, Vivid Money on a German page by SEPA): the app on top (never the payee), the payee
    (a shop, a tradesman or a person) under To / Sent to / Recipient / Paid to / Empfänger, or as the heading
    "₹… to …" in a share, the payee's UPI handle, account and IFSC / sort code / routing number / IBAN (never the id),
    the sender's account and the app's partner bank (never the payee), Amount / You sent / Betrag or a headline sum,
    a note or reference the sender typed (Note / Reference / Memo / Verwendungszweck; never the id), UPI Ref No /
    UTR / Transaction ID / Trace number / Transaktions-ID / End-to-End-ID in a share, When / Date / Sent on /
    Ausgeführt am in a share, an expected arrival (never the day paid) beside a wait; an outcome always on the UPI
    pages, in most others (Money sent / Transfer complete / Payment done / Transfer failed / Processing /
    Überweisung ausgeführt / fehlgeschlagen / wird bearbeitet)."""
    currency, app = _currency(rng, NEOBANKS)
    german = currency == "EUR"
    fmt, grouping = _fmt(rng, font, currency, german, ["sign", "sign", "sign_space"])
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    upi = currency == "INR" and shown(rng, 0.3)
    status, words = _outcome(
        rng, 1.0 if upi else 0.8, german, NEO_WORDS_DE if german else NEO_WORDS, 0.6, 0.2
    )
    payee = rng.choice(NEO_PAYEES[currency])
    total = {
        "INR": float(rng.choice([rng.randint(50, 900), rng.randint(1000, 25000)])),
        "GBP": round(rng.uniform(8, 900), 2),
        "USD": round(rng.uniform(10, 800), 2),
        "EUR": round(rng.uniform(10, 1500), 2),
    }[currency]
    rows: list[tuple] = [("title", app)]
    headline = shown(rng, 0.3)
    if headline:
        rows.append(("big", fmt(total)))
        rows.append(("center", f"{'an' if german else 'to'} {payee}"))
    if words:
        rows.append(("center", words))
    rows.append(("rule",))
    if not headline:
        rows.append(
            (
                "pair",
                _pick(rng, ["To", "Sent to", "Recipient", "Paid to"], ["Empfänger", "An"], german),
                payee,
            )
        )
    if currency == "INR":
        if upi:
            handle = payee.split()[0].lower() + rng.choice(["@okaxis", "@ybl", "@oksbi"])
            rows.append(("pair", "UPI ID", handle))
        else:
            rows.append(("pair", "A/c No", "XXXXXX" + digits(rng, 4)))
            rows.append(("pair", "IFSC", rng.choice(["SBIN", "HDFC", "CNRB", "UBIN"]) + "0" + digits(rng, 6)))
    elif currency == "GBP":
        rows.append(
            (
                "pair",
                "Sort code / Acc",
                f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}  {digits(rng, 8)}",
            )
        )
    elif currency == "USD":
        rows.append(("pair", "Routing / Acct", f"{digits(rng, 9)} / ••{digits(rng, 4)}"))
    else:
        rows.append(
            (
                "pair",
                "IBAN",
                f"DE{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
            )
        )
    if not headline:
        label = _pick(
            rng,
            ["Amount", "You sent", "Transfer amount"]
            if status == "success"
            else ["Amount", "Transfer amount"],
            ["Betrag"],
            german,
        )
        rows.append(("pair", label, fmt(total)))
    mode = {
        "INR": ("UPI", "UPI") if upi else (rng.choice(["IMPS", "IMPS transfer"]), "netbanking"),
        "GBP": (rng.choice(["Faster Payment", "Bank transfer"]), "netbanking"),
        "USD": (rng.choice(["ACH transfer", "Bank transfer"]), "netbanking"),
        "EUR": (rng.choice(["SEPA-Echtzeitüberweisung", "SEPA-Überweisung"]), "netbanking"),
    }[currency]
    method = None
    if upi or shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _pick(rng, ["Transfer type", "Via", "Mode", "Sent via"], ["Art", "Zahlungsart"], german),
                mode[0],
            )
        )
        method = mode[1]
    sender = _person(rng, currency, german)
    rows.append(
        (
            "pair",
            _pick(rng, ["From", "Sender", "Sent from"], ["Von", "Auftraggeber"], german),
            f"{sender} ••{digits(rng, 4)}",
        )
    )
    if shown(rng, 0.6):
        note = rng.choice(
            {
                "INR": ["tiffin bill", "dinner split", "flour Diwali order", "Thanks!"],
                "GBP": ["boiler service", "March rent", "birthday cake", "Thanks!"],
                "USD": ["haircut + tip", "lawn, two visits", "rent share", "Thanks!"],
                "EUR": ["Malerarbeiten Flur", "Danke!", "Miete März", "Fahrstunden"],
            }[currency]
        )
        rows.append(("pair", _pick(rng, ["Note", "Reference", "Memo"], ["Verwendungszweck"], german), note))
    labels = (
        ["Transaktions-ID", "End-to-End-ID"]
        if german
        else (
            (["UPI Ref No", "UTR", "Transaction ID"] if upi else ["IMPS Ref No", "UTR", "Transaction ID"])
            if currency == "INR"
            else (
                ["Transaction ID", "Payment ID"] if currency == "GBP" else ["Trace number", "Transaction ID"]
            )
        )
    )
    ref = {
        "INR": digits(rng, 12),
        "GBP": code(rng, 4, UPPER) + digits(rng, 8),
        "USD": digits(rng, 15),
        "EUR": "VM" + digits(rng, 14),
    }[currency]
    txn = _id(rng, rows, labels, ref, 0.2)
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        (["Datum", "Ausgeführt am"] if status == "success" else ["Datum"])
        if german
        else (["When", "Date", "Sent on"] if status == "success" else ["Date", "When"]),
        0.2,
        0.8,
        status=status,
    )
    if status == "pending" and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Voraussichtlich gutgeschrieben" if german else "Expected arrival",
                _dtext(_later(when, rng, 1, 3), pattern),
            )
        )
    rows.append(("small", NEO_PARTNER[app]))
    truth = truth_fields(payee, total, currency, txn, dated, method, status)
    style = dict(SCREEN, width=rng.choice([480, 520]), size=20)
    return rows, truth, _page(font, rows, style, app)


# ---------------------------------------------------------------- 5 dog licence / dog tax payment


DOG_ISSUERS = {
    "INR": ["Pune Municipal Corporation", "Greater Hyderabad Municipal Corporation"],
    "GBP": ["Belfast City Council"],
    "USD": ["King County Pet Licensing"],
    "EUR": ["Stadt Leipzig Steueramt", "Cork County Council"],
}
DOG_GERMAN = ["Stadt Leipzig Steueramt"]
DOG_LINES = {
    "Pune Municipal Corporation": "Veterinary Department - Pet Dog Licence",
    "Greater Hyderabad Municipal Corporation": "Veterinary Section - Pet Licence Fee",
    "Belfast City Council": "Dog Licence Payment",
    "King County Pet Licensing": "Regional Animal Services of King County",
    "Stadt Leipzig Steueramt": "Hundesteuer - Zahlungsbestätigung",
    "Cork County Council": "Dog Licence - Annual",
}
DOGS = [
    ("Bruno", "Labrador Retriever"),
    ("Coco", "Beagle"),
    ("Simba", "Indie"),
    ("Luna", "Border Collie"),
    ("Max", "German Shepherd"),
    ("Daisy", "Cocker Spaniel"),
]
DOGS_DE = [("Bello", "Dackel"), ("Frieda", "Labrador"), ("Rocky", "Mischling")]


def dog_licence(rng: random.Random, font: str):
    """A council's dog licence or dog tax payment receipt (two Indian municipal corporations in rupees, Belfast City
    Council in pounds, King County in dollars, Leipzig's tax office on a German page and Cork County Council in
    euros): the owner or Halter (never the payee), the dog's name, breed and microchip, the licence or tag number
    and the Hundesteuermarke (never the id), the licence's period or Steuerjahr (never the day paid), a rabies
    vaccination's day (never the day paid), the fee, a late fee or a neutered discount, Total / Amount paid / Fee
    paid / Zahlbetrag, the way to pay under Payment mode / Paid by / Payment via / Zahlweg in a share, Receipt No /
    Acknowledgement No / Transaction Ref / Quittungsnummer / Belegnummer in a share, Payment date / Date of payment /
    Date / Zahlungseingang in a share; Payment successful / Fee received / Payment failed / Payment pending /
    Zahlung eingegangen in a share."""
    currency, issuer = _currency(rng, DOG_ISSUERS)
    german = issuer in DOG_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german, ["sign", "rs", "rs_slash", "code_before"])
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.6,
        german,
        words=(
            {
                "success": ["Zahlung eingegangen"],
                "failed": ["Zahlung fehlgeschlagen"],
                "pending": ["Zahlung in Prüfung"],
            }
            if german
            else {
                "success": ["Payment successful", "Fee received"],
                "failed": ["Payment failed", "Transaction failed"],
                "pending": ["Payment pending", "Payment under process"],
            }
        ),
        p_success=0.65,
        p_failed=0.2,
    )
    rows: list[tuple] = [("title", issuer), ("center", DOG_LINES[issuer])]
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    owner = _person(rng, currency, german)
    rows.append(
        (
            "pair",
            _pick(rng, ["Owner", "Licence holder", "Applicant"], ["Halter/in", "Steuerpflichtige/r"], german),
            owner,
        )
    )
    name, breed = rng.choice(DOGS_DE if german else DOGS)
    rows.append(("pair", "Hund" if german else rng.choice(["Dog", "Pet name"]), name))
    rows.append(("pair", "Rasse" if german else "Breed", breed))
    if shown(rng, 0.5):
        rows.append(("pair", "Chip-Nr." if german else "Microchip", digits(rng, 15)))
    tag = {
        "INR": ("Licence No", f"{'PMC' if 'Pune' in issuer else 'GHMC'}/VET/{digits(rng, 5)}"),
        "GBP": ("Licence number", "DL" + digits(rng, 7)),
        "USD": ("Tag #", digits(rng, 6)),
        "EUR": ("Steuermarke Nr.", digits(rng, 5)) if german else ("Licence No", "CCC-" + digits(rng, 6)),
    }[currency]
    rows.append(("pair", *tag))
    start = when.replace(day=1)
    end = start.replace(year=start.year + 1)
    if shown(rng, 0.7):
        label = "Steuerjahr" if german else rng.choice(["Licence period", "Valid until", "Licence year"])
        value = (
            str(when.year)
            if german
            else (
                _dtext(end, pattern)
                if label == "Valid until"
                else f"{_dtext(start, pattern)} to {_dtext(end, pattern)}"
            )
        )
        rows.append(("pair", label, value))
    if not german and shown(rng, 0.4):
        rows.append(("pair", "Rabies vaccination", _dtext(_earlier(when, rng, 20, 200), pattern)))
    fee = {
        "INR": rng.choice([500.0, 750.0, 1000.0]),
        "GBP": 12.5,
        "USD": rng.choice([45.0, 65.0]),
        "EUR": 96.0 if german else 20.0,
    }[currency]
    rows.append(("pair", "Hundesteuer (Ersthund)" if german else "Licence fee", money(fee, grouping)))
    total = fee
    if currency == "USD" and shown(rng, 0.5):
        rows.append(("pair", "Spayed/neutered discount", "-" + money(20.0, grouping)))
        total = round(total - 20.0, 2)
    if not german and shown(rng, 0.3):
        late = {"INR": 200.0, "GBP": 5.0, "USD": 15.0, "EUR": 5.0}[currency]
        rows.append(("pair", "Late fee", money(late, grouping)))
        total = round(total + late, 2)
    totals = ["Zahlbetrag", "Gesamt"] if german else ["Total", "Total fee", "Amount"]
    paid = ["Bezahlt"] if german else ["Amount paid", "Fee paid"]
    _total(rng, rows, fmt, total, status, totals, paid)
    kinds = ["UPI", "netbanking", "card", "cash"] if currency == "INR" else ["card", "card", "netbanking"]
    method = _pay(
        rng,
        rows,
        currency,
        german,
        ["Zahlweg"] if german else ["Payment mode", "Paid by"],
        kinds,
        0.2,
        True,
        status,
    )
    ref = {
        "INR": rng.choice(["PMC", "GH"]) + digits(rng, 10),
        "GBP": "BCC" + digits(rng, 8),
        "USD": "RAS-" + digits(rng, 7),
        "EUR": digits(rng, 8) if german else "CCC" + digits(rng, 7),
    }[currency]
    txn = _id(
        rng,
        rows,
        ["Quittungsnummer", "Belegnummer"]
        if german
        else ["Receipt No", "Acknowledgement No", "Transaction Ref"],
        ref,
        0.2,
    )
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Zahlungseingang", "Datum"]
        if german
        else (["Payment date", "Date of payment", "Date"] if status == "success" else ["Date"]),
        0.2,
        0.3,
        status=status,
    )
    rows.append(
        (
            "small",
            "Bitte Steuermarke sichtbar am Halsband tragen."
            if german
            else "Please keep this receipt with your licence.",
        )
    )
    truth = truth_fields(issuer, total, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.5) else PAPER
    return rows, truth, _page(font, rows, _sized(style, 19), issuer)


# ---------------------------------------------------------------- 6 lottery ticket bought online


LOTTERIES = {
    "GBP": ["The National Lottery"],
    "USD": ["Michigan Lottery"],
    "EUR": ["LOTTO Hessen", "Irish National Lottery"],
}
LOTTERY_GERMAN = ["LOTTO Hessen"]
GAMES = {
    "The National Lottery": [("Lotto", 2.0, 6, 59), ("EuroMillions", 2.5, 5, 50)],
    "Michigan Lottery": [("Powerball", 2.0, 5, 69), ("Mega Millions", 5.0, 5, 70)],
    "LOTTO Hessen": [("LOTTO 6aus49", 1.2, 6, 49), ("Eurojackpot", 2.0, 5, 50)],
    "Irish National Lottery": [("Lotto", 2.5, 6, 47), ("EuroMillions", 2.5, 5, 50)],
}


def lottery_ticket(rng: random.Random, font: str):
    """An online lottery purchase confirmation (The National Lottery in pounds, the Michigan Lottery in dollars, LOTTO
    Hessen on a German page and the Irish National Lottery in euros), an e-mail or an app's screen: the player and
    their account number (never the payee nor the id), the game, its lines and numbers, the draw days (Draw date /
    Next draw / Ziehung; never the day paid), the jackpot (never the amount), lines at a price, an add-on
    (Power Play / Spiel 77 / Lotto Plus), a handling fee (Bearbeitungsgebühr), Total cost / Ticket cost / Total
    / Spieleinsatz gesamt / Gesamt, the way to pay under Paid from / Payment method / Zahlungsart in a share (account
    funds: a wallet), Ticket ID / Ticket serial / Spielquittung-Nr. / Quittungsnummer in a share, Purchased / Bought on
    / Purchase date / Kaufdatum in a share; Purchase successful / Payment taken / Payment failed / Payment pending /
    Kauf erfolgreich / Zahlung fehlgeschlagen in a share."""
    currency, operator = _currency(rng, LOTTERIES)
    german = operator in LOTTERY_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.6,
        german,
        words=(
            {
                "success": ["Kauf erfolgreich"],
                "failed": ["Zahlung fehlgeschlagen"],
                "pending": ["Zahlung ausstehend"],
            }
            if german
            else {
                "success": ["Purchase successful", "Payment taken"],
                "failed": ["Payment failed", "Card declined"],
                "pending": ["Payment pending"],
            }
        ),
        p_success=0.65,
        p_failed=0.2,
    )
    game, price_line, picks, top = rng.choice(GAMES[operator])
    player = _person(rng, currency, german)
    rows: list[tuple] = [("title", operator)]
    rows.append(
        (
            "center",
            _pick(
                rng,
                ["Ticket purchase", "Your ticket details", "Purchase confirmation"],
                ["Ihre Spielquittung"],
                german,
            ),
        )
    )
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    rows.append(("pair", "Spieler/in" if german else rng.choice(["Player", "Account holder"]), player))
    if shown(rng, 0.5):
        rows.append(("pair", "Kundennummer" if german else "Account no", digits(rng, 9)))
    rows.append(("pair", "Spiel" if german else "Game", game))
    n_lines = rng.choice([1, 2, 3, 4, 6])
    for index in range(min(n_lines, 3)):
        numbers = sorted(rng.sample(range(1, top + 1), picks))
        rows.append(("left", f"{'ABCDEF'[index]}: " + " ".join(f"{n:02d}" for n in numbers)))
    draws = rng.choice([1, 1, 2, 4])
    draw_day = _later(when, rng, 0, 4)
    rows.append(
        (
            "pair",
            _pick(rng, ["Draw date", "Next draw", "First draw"], ["Ziehung", "Erste Ziehung"], german),
            _dtext(draw_day, pattern),
        )
    )
    if draws > 1:
        rows.append(("pair", "Anzahl Ziehungen" if german else "Draws", str(draws)))
    jackpot = {"GBP": 4_500_000, "USD": 120_000_000, "EUR": 9_000_000}[currency]
    rows.append(
        (
            "pair",
            "Jackpot (geschätzt)" if german else "Estimated jackpot",
            fmt(float(jackpot * rng.choice([1, 2, 3]))),
        )
    )
    stake = round(price_line * n_lines * draws, 2)
    rows.append(("pair", f"{n_lines} x {money(price_line, grouping)} x {draws}", money(stake, grouping)))
    total = stake
    if shown(rng, 0.4):
        addon = {
            "The National Lottery": ("Lotto HotPicks", 0.0),
            "Michigan Lottery": ("Power Play" if game == "Powerball" else "Megaplier", 1.0),
            "LOTTO Hessen": ("Spiel 77", 2.5),
            "Irish National Lottery": ("Lotto Plus", 1.0),
        }[operator]
        if addon[1]:
            cost = round(addon[1] * draws * (n_lines if operator != "LOTTO Hessen" else 1), 2)
            rows.append(("pair", addon[0], money(cost, grouping)))
            total = round(total + cost, 2)
    if german:
        rows.append(("pair", "Bearbeitungsgebühr", money(0.5, grouping)))
        total = round(total + 0.5, 2)
    totals = ["Spieleinsatz gesamt", "Gesamt"] if german else ["Total cost", "Ticket cost", "Total"]
    paid = ["Bezahlt"] if german else ["Amount paid"]
    _total(rng, rows, fmt, total, status, totals, paid)
    method = None
    if shown(rng, 0.25):
        if shown(rng, 0.6):
            printed, kind = _way64(rng, currency, german, ["card"], online=True)
        else:
            printed, kind = (
                ("Guthaben im Spielerkonto" if german else rng.choice(["Account funds", "Wallet balance"])),
                "wallet",
            )
        labels = (
            ["Zahlungsart"]
            if german
            else ["Payment method", "Funded by"] + (["Paid from"] if status == "success" else [])
        )
        rows.append(("pair", rng.choice(labels), printed))
        method = kind
    ref = {
        "The National Lottery": code(rng, 4, UPPER) + "-" + code(rng, 4, UPPER) + "-" + digits(rng, 4),
        "Michigan Lottery": digits(rng, 6) + "-" + digits(rng, 6) + "-" + digits(rng, 4),
        "LOTTO Hessen": digits(rng, 4) + " " + digits(rng, 4) + " " + digits(rng, 4),
        "Irish National Lottery": "INL" + digits(rng, 10),
    }[operator]
    txn = _id(
        rng,
        rows,
        ["Spielquittung-Nr.", "Quittungsnummer"] if german else ["Ticket ID", "Ticket serial"],
        ref,
        0.2,
    )
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Kaufdatum", "Spielabgabe"]
        if german
        else (["Purchased", "Bought on", "Purchase date"] if status == "success" else ["Date"]),
        0.2,
        0.6,
        status=status,
    )
    rows.append(
        (
            "small",
            "Spielteilnahme ab 18. Glücksspiel kann süchtig machen."
            if german
            else "Play responsibly. 18+ only.",
        )
    )
    truth = truth_fields(operator, total, currency, txn, dated, method, status)
    style = SCREEN if shown(rng, 0.4) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 19), operator)


# ---------------------------------------------------------------- 7 falconry experience booking


FALCONRY = {
    "INR": ["Raptor Trails Bird of Prey Centre", "Garud Falconry Experience"],
    "GBP": ["Pennine Falconry Centre"],
    "USD": ["Hawk Hollow Falconry"],
    "EUR": ["Falknerei Burg Greifenstein", "Wicklow Hawk Walk Falconry"],
}
FALCONRY_GERMAN = ["Falknerei Burg Greifenstein"]
FALCONRY_PLACES = {
    "Raptor Trails Bird of Prey Centre": "Madikeri Road, Kodagu, Karnataka 571201",
    "Garud Falconry Experience": "Amer Road, Jaipur 302028",
    "Pennine Falconry Centre": "Hebden Bridge HX7 8AD",
    "Hawk Hollow Falconry": "212 Hollow Rd, Manchester Center, VT 05255",
    "Falknerei Burg Greifenstein": "Burgstraße 1, 35753 Greifenstein",
    "Wicklow Hawk Walk Falconry": "Laragh, Co. Wicklow A98 K7F2",
}
FALCONRY_KINDS = [
    ("Hawk walk (90 min)", 3200),
    ("Owl encounter", 2400),
    ("Half-day falconry", 6500),
    ("Full-day falconer experience", 11500),
]
FALCONRY_KINDS_DE = [
    ("Greifvogel-Spaziergang", 69.0),
    ("Eulen-Erlebnis", 49.0),
    ("Falkner für einen Tag", 189.0),
]


def falconry_experience(rng: random.Random, font: str):
    """A falconry centre's experience booking (two in rupees, one each in pounds and dollars, a German castle
    falconry and a Wicklow one in euros): the lead participant and the guests (never the payee), the experience, its
    day and start time (Experience date / Your date / Termin; never the day paid), the falconer (never the payee),
    the birds flown, a gift voucher's code and the sum it takes off (the code is never the id), GST 18% / VAT /
    MwSt. included or added, paid in full (Total / Total paid / Amount received / Gesamtpreis) or a deposit (Deposit
    received / Deposit paid / Anzahlung erhalten, the amount) beside the experience's price and the balance due on
    arrival, Booking ref / Reservation code / Buchungscode in a share, Paid via / Payment / Bezahlart in a share,
    Booked on / Reserved on / Buchungsdatum in a share; Payment received / Payment failed / Awaiting payment / Zahlung
    erhalten in a share."""
    currency, firm = _currency(rng, FALCONRY)
    german = firm in FALCONRY_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.5,
        german,
        words=(
            {
                "success": ["Zahlung erhalten"],
                "failed": ["Zahlung fehlgeschlagen"],
                "pending": ["Zahlung ausstehend"],
            }
            if german
            else {
                "success": ["Payment received"],
                "failed": ["Payment failed"],
                "pending": ["Awaiting payment"],
            }
        ),
        p_success=0.6,
        p_failed=0.2,
    )
    rows: list[tuple] = [("title", firm), ("center", FALCONRY_PLACES[firm])]
    rows.append(
        (
            "center",
            _pick(
                rng,
                ["Booking confirmation", "Experience booking", "Your booking"],
                ["Buchungsbestätigung"],
                german,
            ),
        )
    )
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    lead = _person(rng, currency, german)
    rows.append(
        ("pair", _pick(rng, ["Lead participant", "Name", "Booked for"], ["Teilnehmer/in"], german), lead)
    )
    kind, unit = rng.choice(
        FALCONRY_KINDS_DE
        if german
        else _scale(FALCONRY_KINDS, currency, {"INR": 1.0, "GBP": 0.02, "USD": 0.025, "EUR": 0.024})
    )
    rows.append(("pair", "Erlebnis" if german else "Experience", kind))
    slot = _later(when, rng, 7, 60)
    rows.append(
        (
            "pair",
            _pick(rng, ["Experience date", "Your date", "Date of experience"], ["Termin"], german),
            _dtext(slot, pattern) + rng.choice([" 10:00", " 14:30", ""]),
        )
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _pick(rng, ["Falconer", "Your falconer"], ["Falkner/in"], german),
                _staff(rng, currency, german),
            )
        )
    if shown(rng, 0.4):
        birds = (
            "Wüstenbussard, Schleiereule"
            if german
            else rng.choice(["Harris hawk, barn owl", "Shikra, spotted owlet", "Red-tailed hawk"])
        )
        rows.append(("pair", "Vögel" if german else "Birds", birds))
    people = rng.randint(1, 4)
    net = round(unit * people, 2)
    rows.append(("pair", f"{people} x {kind}" if people > 1 else kind, money(net, grouping)))
    if shown(rng, 0.3):
        voucher = round(unit * 0.5 if currency == "INR" else round(unit * 0.5), 2)
        rows.append(
            (
                "pair",
                f"{'Gutschein' if german else 'Gift voucher'} GV-{code(rng, 6, UPPER + '0123456789')}",
                "-" + money(voucher, grouping),
            )
        )
        net = round(net - voucher, 2)
    total = (
        _tax(rng, rows, grouping, net, currency, german, added=currency in ("INR", "USD"), india_rate=0.09)
        if currency != "USD"
        else net
    )
    deposit = shown(rng, 0.55) and status != "failed"
    if deposit:
        paid = round(total * rng.choice([0.25, 0.3, 0.5]), 2)
        rows.append(
            (
                "pair",
                "Gesamtpreis" if german else rng.choice(["Experience price", "Booking value"]),
                money(total, grouping),
            )
        )
        labels = (
            ["Anzahlung"]
            if german
            else (["Deposit", "Deposit due"] if status == "pending" else ["Deposit received", "Deposit paid"])
        )
        if german and status != "pending":
            labels = ["Anzahlung erhalten", "Anzahlung"]
        rows.append(("pair", rng.choice(labels), fmt(paid)))
        rows.append(
            (
                "pair",
                "Restzahlung vor Ort"
                if german
                else rng.choice(["Balance due on arrival", "Balance on the day"]),
                money(round(total - paid, 2), grouping),
            )
        )
        amount = paid
    else:
        _total(
            rng,
            rows,
            fmt,
            total,
            status,
            ["Gesamtpreis"] if german else ["Total", "Booking total"],
            ["Bezahlt"] if german else ["Total paid", "Amount received"],
        )
        amount = total
    kinds = ["UPI", "card", "netbanking"] if currency == "INR" else ["card", "wallet", "netbanking"]
    method = _pay(
        rng,
        rows,
        currency,
        german,
        ["Bezahlart"] if german else ["Paid via", "Payment"],
        kinds,
        0.25,
        True,
        status,
    )
    ref = rng.choice(["FAL", "RB", "HW"]) + "-" + code(rng, 5, UPPER + "23456789")
    txn = _id(rng, rows, ["Buchungscode"] if german else ["Booking ref", "Reservation code"], ref, 0.2)
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Buchungsdatum"] if german else ["Booked on", "Reserved on"],
        0.25,
        0.3,
        status=status,
    )
    rows.append(
        (
            "small",
            "Bei Sturm oder Starkregen verschieben wir kostenlos."
            if german
            else "Flights may be rescheduled in high winds or heavy rain.",
        )
    )
    truth = truth_fields(firm, amount, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.6) else PAPER
    return rows, truth, _page(font, rows, _sized(style, 19), firm)


# ---------------------------------------------------------------- 8 calligraphy / hand-lettering workshop


CALLIGRAPHY = {
    "INR": ["Akshara Calligraphy Studio", "Ink & Nib Lettering School"],
    "GBP": ["Quill & Copperplate Studio"],
    "USD": ["Brush & Flourish Lettering Co."],
    "EUR": ["Schreibwerkstatt Feder & Tusche", "Kells Script Calligraphy School"],
}
CALLIGRAPHY_GERMAN = ["Schreibwerkstatt Feder & Tusche"]
CALLIGRAPHY_PLACES = {
    "Akshara Calligraphy Studio": "Prabhat Road, Lane 4, Pune 411004",
    "Ink & Nib Lettering School": "80 Feet Road, Koramangala, Bengaluru 560034",
    "Quill & Copperplate Studio": "7 Walcot Street, Bath BA1 5BG",
    "Brush & Flourish Lettering Co.": "1601 S Congress Ave, Austin, TX 78704",
    "Schreibwerkstatt Feder & Tusche": "Weinmarkt 6, 90403 Nürnberg",
    "Kells Script Calligraphy School": "Castle Street, Kells, Co. Meath",
}
COURSES = [
    ("Modern brush lettering - beginners", 2500),
    ("Copperplate, 4 Saturdays", 7800),
    ("Devanagari calligraphy workshop", 3200),
    ("Italic hand, 6-week course", 9600),
    ("Wedding envelope lettering", 4200),
]
COURSES_DE = [
    ("Kalligraphie Grundkurs (4 Abende)", 129.0),
    ("Brush Lettering Workshop", 69.0),
    ("Unziale Wochenendkurs", 159.0),
]
VENUES = {
    "INR": ["Blue Tokai café, first floor", "Studio room 2", "Kala Ghoda Arts Hall"],
    "GBP": ["Upstairs at The Bell Inn", "Studio 1"],
    "USD": ["Loft at Juniper Coffee", "Studio A"],
    "EUR": ["Stadtbibliothek, Raum 3", "Kurssaal"],
    "IE": ["Headfort Arms function room", "Studio 1"],
}


def calligraphy_workshop(rng: random.Random, font: str):
    """A calligraphy or hand-lettering school's fee receipt (two in rupees, one each in pounds and dollars, a German
    Schreibwerkstatt and an Irish school in euros): the student and a student number (never the payee nor the id),
    the tutor (never the payee), the course, its session days (Sessions / Starts / Kurstermine; never the day paid),
    the venue (a café, a library, an inn: never the payee), a materials kit, GST 18% added or VAT / MwSt. included,
    Total / Fee / Course fee paid / Amount received / Kursgebühr gesamt, the way under Mode / Paid by / Payment via /
    Zahlungsweise in a share, Receipt No / Voucher No. / Our ref / Quittungs-Nr. in a share, Received on / Payment
    date / Date / Datum in a share; Received with thanks / PAID / Bezahlt in a share, else no outcome."""
    currency, school = _currency(rng, CALLIGRAPHY)
    german = school in CALLIGRAPHY_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german, ["sign", "rs", "rs_slash", "code_after"])
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    rows: list[tuple] = [("title", school), ("center", CALLIGRAPHY_PLACES[school])]
    rows.append(("center", _pick(rng, ["FEE RECEIPT", "Receipt", "Course receipt"], ["Quittung"], german)))
    rows.append(("rule",))
    student = _person(rng, currency, german)
    rows.append(
        ("pair", _pick(rng, ["Student", "Received from", "Participant"], ["Teilnehmer/in"], german), student)
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                "Teilnehmer-Nr." if german else rng.choice(["Student ID", "Enrolment No"]),
                digits(rng, 5),
            )
        )
    course, unit = rng.choice(
        COURSES_DE
        if german
        else _scale(COURSES, currency, {"INR": 1.0, "GBP": 0.012, "USD": 0.015, "EUR": 0.014})
    )
    rows.append(("pair", "Kurs" if german else "Course", course))
    start = _later(when, rng, 3, 30)
    if shown(rng, 0.8):
        label = _pick(rng, ["Sessions", "Starts", "Workshop date"], ["Kurstermine", "Kursbeginn"], german)
        value = _dtext(start, pattern)
        if label in ("Sessions", "Kurstermine"):
            value += " - " + _dtext(_later(start, rng, 14, 29), pattern)
        rows.append(("pair", label, value))
    rows.append(
        ("pair", _pick(rng, ["Tutor", "Instructor"], ["Kursleitung"], german), _staff(rng, currency, german))
    )
    rows.append(
        (
            "pair",
            "Ort" if german else "Venue",
            rng.choice(VENUES["IE" if currency == "EUR" and not german else currency]),
        )
    )
    rows.append(("rule",))
    rows.append(("pair", "Kursgebühr" if german else "Course fee", money(unit, grouping)))
    net = unit
    if shown(rng, 0.5):
        kit = {"INR": 850.0, "GBP": 18.0, "USD": 22.0, "EUR": 15.0}[currency]
        rows.append(
            (
                "pair",
                "Materialpaket" if german else rng.choice(["Materials kit", "Nib & ink kit"]),
                money(kit, grouping),
            )
        )
        net = round(net + kit, 2)
    total = _tax(
        rng, rows, grouping, net, currency, german, added=currency in ("INR", "USD"), india_rate=0.09
    )
    status = None
    label = rng.choice(
        ["Kursgebühr gesamt", "Gesamt"] if german else ["Total", "Fee", "Amount received", "Course fee paid"]
    )
    rows.append(("pair", label, fmt(total)))
    kinds = (
        ["UPI", "cash", "netbanking", "card"]
        if currency == "INR"
        else ["card", "netbanking", "cash", "wallet"]
    )
    method = _pay(
        rng, rows, currency, german, ["Zahlungsweise"] if german else ["Mode", "Paid by"], kinds, 0.2
    )
    ref = rng.choice(["", "CR/", "R-"]) + digits(rng, rng.choice([3, 4, 5]))
    txn = _id(rng, rows, ["Quittungs-Nr."] if german else ["Receipt No", "Voucher No.", "Our ref"], ref, 0.2)
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Datum"] if german else ["Received on", "Payment date", "Date"],
        0.2,
        0.2,
    )
    if shown(rng, 0.5):
        status = "success"
        rows.append(
            (
                "center",
                "Bezahlt - vielen Dank"
                if german
                else rng.choice(["Received with thanks", "PAID", "** PAID **"]),
            )
        )
    rows.append(
        (
            "small",
            "Fees once paid are not refundable"
            if currency == "INR"
            else ("Bitte eigene Schürze mitbringen." if german else "Please bring an apron."),
        )
    )
    truth = truth_fields(school, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 19), school)


# ---------------------------------------------------------------- 9 alpaca or llama trek


ALPACA = {
    "GBP": ["Lakeland Alpaca Trekking"],
    "USD": ["Sunny Ridge Llama Treks"],
    "EUR": ["Alpakahof Tannenwiese", "Burren Alpaca Walks"],
}
ALPACA_GERMAN = ["Alpakahof Tannenwiese"]
ALPACA_PLACES = {
    "Lakeland Alpaca Trekking": "Low Wray Farm, Ambleside LA22 0JA",
    "Sunny Ridge Llama Treks": "8800 County Rd 12, Estes Park, CO 80517",
    "Alpakahof Tannenwiese": "Tannenweg 3, 87541 Bad Hindelang",
    "Burren Alpaca Walks": "Ballyvaughan, Co. Clare H91 R6X3",
}


def alpaca_trek(rng: random.Random, font: str):
    """An alpaca or llama farm's trek booking (Lakeland in pounds, Sunny Ridge in dollars, an Allgäu farm on a German
    page and a Burren one in euros; no rupee pages): the booker (never the payee), walkers (adults, children) and
    the alpacas or llamas led (their names never the payee), the trek's day and meeting time (Trek date / Walk on /
    Wanderung am; never the day paid), the guide (never the payee), a picnic or feeding add-on, VAT / MwSt.
    included or sales tax added, Total / Amount / Trek total / Total paid / Gesamt / Bezahlt, the way under Payment /
    Paid via / Card used / Zahlart in a share, Booking code / Ticket No / Voucher number / Buchungsnr. in a share,
    Booking date / Booked / Gebucht am in a share; Payment successful / Payment failed / Payment pending / Zahlung
    erfolgreich / fehlgeschlagen / ausstehend in a share."""
    currency, farm = _currency(rng, ALPACA)
    german = farm in ALPACA_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(rng, 0.55, german, p_success=0.55, p_failed=0.25)
    rows: list[tuple] = [("title", farm), ("center", ALPACA_PLACES[farm])]
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            _pick(rng, ["Booked by", "Lead walker", "Name"], ["Gebucht von"], german),
            _person(rng, currency, german),
        )
    )
    trek = _later(when, rng, 5, 45)
    rows.append(
        (
            "pair",
            _pick(rng, ["Trek date", "Walk on", "Your trek"], ["Wanderung am", "Termin"], german),
            _dtext(trek, pattern),
        )
    )
    rows.append(
        (
            "pair",
            "Treffpunkt" if german else rng.choice(["Meet at", "Meeting time"]),
            rng.choice(["09:45", "13:15", "15:00"]) + (" Hofladen" if german else " farm gate"),
        )
    )
    animals = rng.sample(["Pedro", "Bramble", "Dalai Llama", "Fudge", "Nutmeg", "Oskar", "Hazel"], 2)
    rows.append(("pair", "Tiere" if german else rng.choice(["Your alpacas", "Llamas"]), ", ".join(animals)))
    if shown(rng, 0.5):
        rows.append(("pair", "Guide" if not german else "Begleitung", _staff(rng, currency, german)))
    adult = {"GBP": 38.0, "USD": 55.0, "EUR": 35.0}[currency]
    child = round(adult * 0.6, 2)
    adults, children = rng.randint(1, 4), rng.choice([0, 0, 1, 2])
    rows.append(
        (
            "pair",
            f"{adults} x {'Erwachsene' if german else 'Adult'} @ {money(adult, grouping)}",
            money(adult * adults, grouping),
        )
    )
    net = round(adult * adults, 2)
    if children:
        rows.append(
            (
                "pair",
                f"{children} x {'Kind' if german else 'Child'} @ {money(child, grouping)}",
                money(child * children, grouping),
            )
        )
        net = round(net + child * children, 2)
    if shown(rng, 0.4):
        extra = {"GBP": 12.0, "USD": 15.0, "EUR": 10.0}[currency]
        rows.append(
            (
                "pair",
                "Picknick-Korb" if german else rng.choice(["Picnic hamper", "Feeding add-on"]),
                money(extra, grouping),
            )
        )
        net = round(net + extra, 2)
    total = _tax(rng, rows, grouping, net, currency, german, added=currency == "USD")
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Gesamt"] if german else ["Total", "Amount", "Trek total"],
        ["Bezahlt"] if german else ["Total paid"],
    )
    method = _pay(
        rng,
        rows,
        currency,
        german,
        ["Zahlart"] if german else ["Payment", "Paid via", "Card used"],
        ["card", "card", "wallet"],
        0.25,
        True,
        status,
    )
    ref = rng.choice(["AT", "LL", "TW"]) + digits(rng, 6)
    txn = _id(
        rng, rows, ["Buchungsnr."] if german else ["Booking code", "Ticket No", "Voucher number"], ref, 0.2
    )
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Gebucht am"] if german else ["Booking date", "Booked"],
        0.3,
        0.3,
        status=status,
    )
    rows.append(
        (
            "small",
            "Festes Schuhwerk mitbringen. Kinder ab 6 Jahren."
            if german
            else "Sturdy footwear please. Walkers aged 8 and over.",
        )
    )
    truth = truth_fields(farm, total, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.6) else SCREEN
    return rows, truth, _page(font, rows, _sized(style, 19), farm)


# ---------------------------------------------------------------- 10 bungee jump booking


BUNGEE = {
    "INR": ["Ganga Heights Bungy Rishikesh", "Sahyadri Bungee Point"],
    "GBP": ["Tyne Bridge Bungee Co."],
    "USD": ["Rio Grande Gorge Bungee"],
    "EUR": ["Bungee Brücke Allgäu", "Shannon Bungee Jumps"],
}
BUNGEE_GERMAN = ["Bungee Brücke Allgäu"]
BUNGEE_PLACES = {
    "Ganga Heights Bungy Rishikesh": "Mohan Chatti, Rishikesh, Uttarakhand 249304",
    "Sahyadri Bungee Point": "Old Mumbai-Pune Hwy, Lonavala 410401",
    "Tyne Bridge Bungee Co.": "Quayside, Newcastle upon Tyne NE1 3DX",
    "Rio Grande Gorge Bungee": "US-64, Taos, NM 87571",
    "Bungee Brücke Allgäu": "Illerbrücke, 87463 Dietmannsried",
    "Shannon Bungee Jumps": "Killaloe, Co. Clare V94 R2T6",
}


def bungee_jump(rng: random.Random, font: str):
    """A bungee jump operator's ticket (two in rupees, one each in pounds and dollars, a German bridge and an Irish
    one in euros): the jumper, their age and weight in kg or lb (never the payee nor an amount), the jump's height,
    its day and slot (Jump date / Slot / Sprungtermin; never the day paid), the jump master (never the payee), a
    video and photo package, a medical declaration, GST 18% added or VAT / MwSt. included, Total / Ticket total /
    Amount / Total paid / Gesamtpreis / Bezahlt, the way under Payment mode / Paid using / Zahlungsart in a share,
    Jump ticket no / Ticket # / Booking ID / Ticketnummer in a share, Booked on / Issued / Gekauft am in a share;
    Payment successful / Transaction successful / Payment failed / Payment processing / Zahlung erfolgreich /
    fehlgeschlagen / in Bearbeitung in a share."""
    currency, firm = _currency(rng, BUNGEE)
    german = firm in BUNGEE_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(rng, 0.6, german, p_success=0.6, p_failed=0.2)
    rows: list[tuple] = [("title", firm), ("center", BUNGEE_PLACES[firm])]
    rows.append(
        ("center", _pick(rng, ["JUMP TICKET", "E-ticket", "Booking confirmation"], ["Sprungticket"], german))
    )
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            _pick(rng, ["Jumper", "Name", "Participant"], ["Springer/in"], german),
            _person(rng, currency, german),
        )
    )
    kg = rng.randint(48, 98)
    weight = f"{round(kg * 2.2)} lb" if currency == "USD" else f"{kg} kg"
    rows.append(("pair", "Gewicht" if german else "Weight", weight))
    rows.append(("pair", "Alter" if german else "Age", str(rng.randint(18, 55))))
    height = {"INR": "83 m", "GBP": "40 m", "USD": "200 ft", "EUR": "56 m"}[currency]
    rows.append(("pair", "Sprunghöhe" if german else "Jump height", height))
    jump = _later(when, rng, 1, 30)
    rows.append(
        (
            "pair",
            _pick(rng, ["Jump date", "Slot", "Your jump"], ["Sprungtermin"], german),
            _dtext(jump, pattern) + rng.choice(["  11:00", "  15:30", ""]),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                "Jumpmaster" if german else rng.choice(["Jump master", "Instructor"]),
                _staff(rng, currency, german),
            )
        )
    base = {"INR": 3700.0, "GBP": 89.0, "USD": 149.0, "EUR": 129.0 if german else 99.0}[currency]
    rows.append(("pair", "Bungee-Sprung" if german else "Bungee jump", money(base, grouping)))
    net = base
    if shown(rng, 0.5):
        video = {"INR": 800.0, "GBP": 25.0, "USD": 35.0, "EUR": 29.0}[currency]
        rows.append(
            (
                "pair",
                "Video & Fotos" if german else rng.choice(["Video + photos", "GoPro video package"]),
                money(video, grouping),
            )
        )
        net = round(net + video, 2)
    total = _tax(
        rng, rows, grouping, net, currency, german, added=currency in ("INR", "USD"), india_rate=0.09
    )
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Gesamtpreis"] if german else ["Total", "Ticket total", "Amount"],
        ["Bezahlt"] if german else ["Total paid"],
    )
    kinds = ["UPI", "card", "wallet", "cash"] if currency == "INR" else ["card", "card", "wallet"]
    method = _pay(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsart"] if german else ["Payment mode", "Paid using"],
        kinds,
        0.2,
        True,
        status,
    )
    ref = rng.choice(["BJ", "GH", "JT"]) + digits(rng, rng.choice([6, 7]))
    txn = _id(
        rng, rows, ["Ticketnummer"] if german else ["Jump ticket no", "Ticket #", "Booking ID"], ref, 0.2
    )
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Gekauft am"] if german else (["Booked on", "Issued"] if status != "failed" else ["Date"]),
        0.25,
        0.4,
        status=status,
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                "Medizinische Selbstauskunft unterschrieben"
                if german
                else "Medical declaration signed on arrival",
            )
        )
    truth = truth_fields(firm, total, currency, txn, dated, method, status)
    style = SCREEN if shown(rng, 0.4) else PAPER
    return rows, truth, _page(font, rows, _sized(style, 19), firm)


# ---------------------------------------------------------------- 11 borewell / water-well drilling


DRILLERS = {
    "INR": ["Sri Manjunatha Borewells", "Bhoomi Borewell Drilling & Pump Services"],
    "GBP": ["Wessex Borehole Drilling Ltd"],
    "USD": ["High Plains Water Well Drilling"],
    "EUR": ["Brunnenbau Hartmann GmbH", "Midlands Well Drilling"],
}
DRILLER_GERMAN = ["Brunnenbau Hartmann GmbH"]
DRILLER_PLACES = {
    "Sri Manjunatha Borewells": "B.H. Road, Tumakuru 572101",
    "Bhoomi Borewell Drilling & Pump Services": "Dindori Road, Nashik 422004",
    "Wessex Borehole Drilling Ltd": "Unit 3, Blandford Forum DT11 7TE",
    "High Plains Water Well Drilling": "5100 I-40 E, Amarillo, TX 79118",
    "Brunnenbau Hartmann GmbH": "Bleckeder Landstraße 40, 21337 Lüneburg",
    "Midlands Well Drilling": "Ballymahon Road, Athlone N37 X4E2",
}


def borewell_drilling(rng: random.Random, font: str):
    """A borewell or water-well driller's receipt (two in rupees, one each in pounds and dollars, a German Brunnenbau
    firm and an Irish driller in euros): the client (a farmer, a household, a school; never the payee), the site and
    its survey number or plot (never the id), the rig's registration (never the id), the drilling day (Drilled on /
    Date of drilling / Bohrdatum; never the day paid), depth in feet or metres at a rate, casing pipe, water struck
    at a depth and its yield, a flushing or a pump test, GST 18% / VAT 20% / 23% / MwSt. 19% added (no tax on US pages), or in a share an
    advance receipt (Advance received / Anzahlung erhalten, the amount) beside the estimate and the balance on
    completion, Total / Amount received / Invoice total / Rechnungsbetrag, the way under Mode / Paid by / Settled
    with / Zahlweg in a share, Receipt No / Voucher No / Invoice # / Rechnungs-Nr. in a share, Date / Received on /
    Rechnungsdatum in a share; Paid with thanks / PAID / Bezahlt in a share."""
    currency, firm = _currency(rng, DRILLERS)
    german = firm in DRILLER_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german, ["sign", "rs", "rs_slash", "code_before", "code_after"])
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    advance = shown(rng, 0.6)
    rows: list[tuple] = [("title", firm), ("center", DRILLER_PLACES[firm])]
    rows.append(
        (
            "center",
            _pick(
                rng,
                ["ADVANCE RECEIPT", "Advance receipt"]
                if advance
                else ["RECEIPT", "Invoice / Receipt", "Final bill"],
                ["Anzahlungsrechnung"] if advance else ["Rechnung"],
                german,
            ),
        )
    )
    rows.append(("rule",))
    client = {
        "INR": rng.choice(["Shivappa Gowda", "Sri Rama Vidya Mandir", "Patil Farms"]),
        "GBP": rng.choice(["Manor Farm Partnership", "Mr & Mrs Hollis"]),
        "USD": rng.choice(["Double T Ranch", "Ortega residence"]),
        "EUR": rng.choice(["Hof Meyer", "Gärtnerei Lindner"])
        if german
        else rng.choice(["Kelly's Farm", "Moate GAA Club"]),
    }[currency]
    rows.append(
        (
            "pair",
            _pick(rng, ["Client", "Customer", "Received from"], ["Auftraggeber", "Kunde"], german),
            client,
        )
    )
    site = {
        "INR": f"Sy. No. {digits(rng, 2)}/{rng.randint(1, 9)}, {rng.choice(['Kunigal', 'Gubbi'] if 'Manjunatha' in firm else ['Sinnar', 'Dindori'])}",
        "GBP": f"{rng.choice(['North field', 'Yard'])}, grid ref ST{digits(rng, 6)}",
        "USD": f"Parcel {digits(rng, 5)}, Potter County",
        "EUR": f"Flurstück {digits(rng, 3)}/{rng.randint(1, 9)}" if german else f"Folio WH{digits(rng, 5)}F",
    }[currency]
    rows.append(("pair", "Bohrstelle" if german else "Site", site))
    rig = {
        "INR": f"KA-06-{code(rng, 2, UPPER)}-{digits(rng, 4)}"
        if "Manjunatha" in firm
        else f"MH-15-{code(rng, 2, UPPER)}-{digits(rng, 4)}",
        "GBP": f"WX{digits(rng, 2)} {code(rng, 3, UPPER)}",
        "USD": f"TX {code(rng, 3, UPPER)}-{digits(rng, 4)}",
        "EUR": f"LG-{code(rng, 2, UPPER)} {digits(rng, 3)}"
        if german
        else f"{rng.choice(['191', '211'])}-WH-{digits(rng, 4)}",
    }[currency]
    rows.append(("pair", "Bohrgerät" if german else rng.choice(["Rig No", "Rig reg"]), rig))
    feet = currency in ("INR", "USD")
    depth = rng.choice([300, 450, 600, 750, 900]) if feet else rng.choice([40, 60, 80, 100])
    unit_word = "ft" if feet else "m"
    drill_day = _later(when, rng, 3, 20) if advance else _earlier(when, rng, 1, 10)
    rows.append(
        (
            "pair",
            _pick(
                rng,
                ["Drilling on", "Rig scheduled"] if advance else ["Drilled on", "Date of drilling"],
                ["Bohrtermin"] if advance else ["Bohrdatum"],
                german,
            ),
            _dtext(drill_day, pattern),
        )
    )
    rate = {
        "INR": rng.choice([95.0, 110.0, 125.0]),
        "GBP": 95.0,
        "USD": 42.0,
        "EUR": 120.0 if german else 60.0,
    }[currency]
    rows.append(
        (
            "pair",
            f"{'Bohrung' if german else 'Drilling'} {depth} {unit_word} @ {money(rate, grouping)}",
            money(depth * rate, grouping),
        )
    )
    net = round(depth * rate, 2)
    casing = {"INR": 450.0, "GBP": 28.0, "USD": 14.0, "EUR": 35.0}[currency]
    casing_len = rng.choice([20, 40, 60]) if feet else rng.choice([6, 12, 18])
    rows.append(
        (
            "pair",
            f"{'Verrohrung' if german else 'Casing pipe'} {casing_len} {unit_word} @ {money(casing, grouping)}",
            money(casing * casing_len, grouping),
        )
    )
    net = round(net + casing * casing_len, 2)
    if shown(rng, 0.5):
        test = {"INR": 2500.0, "GBP": 350.0, "USD": 400.0, "EUR": 450.0}[currency]
        rows.append(
            (
                "pair",
                "Pumpversuch" if german else rng.choice(["Flushing", "Pump test"]),
                money(test, grouping),
            )
        )
        net = round(net + test, 2)
    if not advance and shown(rng, 0.6):
        struck = int(depth * rng.uniform(0.5, 0.9))
        yield_text = (
            f"{rng.choice([1.5, 2, 3])} inch"
            if currency == "INR"
            else (f"{rng.randint(5, 30)} GPM" if currency == "USD" else f"{rng.randint(800, 4000)} l/h")
        )
        rows.append(
            (
                "small",
                f"{'Wasser bei' if german else 'Water struck at'} {struck} {unit_word}, {'Ergiebigkeit' if german else 'yield'} {yield_text}",
            )
        )
    total = (
        _tax(rng, rows, grouping, net, currency, german, added=True, india_rate=0.09)
        if currency != "USD"
        else net
    )
    status = None
    if advance:
        paid = (
            float(round(total * rng.choice([0.2, 0.25, 0.3]) / 100) * 100)
            if currency == "INR"
            else round(total * 0.3, 2)
        )
        rows.append(
            (
                "pair",
                "Angebotssumme" if german else rng.choice(["Estimated cost", "Estimate total"]),
                money(total, grouping),
            )
        )
        rows.append(
            (
                "pair",
                "Anzahlung erhalten" if german else rng.choice(["Advance received", "Advance paid"]),
                fmt(paid),
            )
        )
        rows.append(
            (
                "pair",
                "Rest nach Fertigstellung" if german else "Balance on completion",
                money(round(total - paid, 2), grouping),
            )
        )
        amount = paid
    else:
        label = rng.choice(
            ["Rechnungsbetrag", "Gesamt"] if german else ["Total", "Invoice total", "Amount received"]
        )
        rows.append(("pair", label, fmt(total)))
        amount = total
    kinds = ["cash", "UPI", "netbanking"] if currency == "INR" else ["netbanking", "card", "cash"]
    method = _pay(rng, rows, currency, german, ["Zahlweg"] if german else ["Mode", "Paid by"], kinds, 0.2)
    ref = (
        rng.choice(["", "BW-", "BW/"]) + digits(rng, rng.choice([3, 4]))
        if currency == "INR"
        else rng.choice(["WD", "", "R"]) + digits(rng, 5)
    )
    txn = _id(rng, rows, ["Rechnungs-Nr."] if german else ["Receipt No", "Voucher No", "Invoice #"], ref, 0.2)
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Rechnungsdatum"] if german else ["Date", "Received on"],
        0.2,
        0.1,
    )
    if shown(rng, 0.5):
        status = "success"
        rows.append(("center", "Bezahlt" if german else rng.choice(["Paid with thanks", "PAID"])))
    rows.append(
        ("small", "Water yield is not guaranteed." if not german else "Wasserergiebigkeit ohne Gewähr.")
    )
    truth = truth_fields(firm, amount, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 19), firm)


# ---------------------------------------------------------------- 12 flotation tank session


FLOAT = {
    "INR": ["Still Waters Float Studio", "Zero-G Float Centre"],
    "GBP": ["Drift Float Centre Brighton"],
    "USD": ["Deep Blue Float Spa"],
    "EUR": ["Floating-Lounge Schwerelos", "Lee Float Studio Cork"],
}
FLOAT_GERMAN = ["Floating-Lounge Schwerelos"]
FLOAT_PLACES = {
    "Still Waters Float Studio": "100 Feet Road, Indiranagar, Bengaluru 560038",
    "Zero-G Float Centre": "Hill Road, Bandra West, Mumbai 400050",
    "Drift Float Centre Brighton": "41 Kensington Gardens, Brighton BN1 4AL",
    "Deep Blue Float Spa": "2900 E 6th Ave, Denver, CO 80206",
    "Floating-Lounge Schwerelos": "Kaiserstraße 18, 40479 Düsseldorf",
    "Lee Float Studio Cork": "Washington Street, Cork T12 H2X8",
}
FLOATS = [
    ("60-min float", 2500),
    ("90-min float", 3400),
    ("Intro 3-float pack", 6500),
    ("Couples float (2 pods)", 4800),
]
FLOATS_DE = [("Floating 60 Min.", 59.0), ("Floating 90 Min.", 79.0), ("3er-Karte Floating", 159.0)]


def float_session(rng: random.Random, font: str):
    """A flotation-tank centre's booking receipt (two in rupees, one each in pounds and dollars, a German lounge and a
    Cork studio in euros), an e-mail, an app's screen or a desk's printout: the guest (never the payee), a member
    number (never the id), the float, its pod or room, the session's day and time (Session / Float time /
    Appointment / Termin; never the day paid), an add-on (robe hire, a CBD oil), a gift card applied (its code never
    the id), GST 18% / VAT / MwSt. included or sales tax added, Total / Amount due / Total paid / Amount charged /
    Gesamt / Bezahlt, the way under Paid with / Payment method / Tender type / Zahlungsmittel in a share, Appointment
    ID / Booking # / Confirmation / Buchungsnummer in a share, Purchased / Booked / Booking made / Gebucht in a share;
    Payment received / Payment declined / Payment in progress / Zahlung erhalten / abgelehnt / in Bearbeitung in a
    share."""
    currency, centre = _currency(rng, FLOAT)
    german = centre in FLOAT_GERMAN
    fmt, grouping = _fmt(rng, font, currency, german)
    pattern = _pattern(rng, currency, german)
    when = day(rng)
    status, words = _outcome(
        rng,
        0.55,
        german,
        words=(
            {
                "success": ["Zahlung erhalten"],
                "failed": ["Zahlung abgelehnt"],
                "pending": ["Zahlung in Bearbeitung"],
            }
            if german
            else {
                "success": ["Payment received", "Payment complete"],
                "failed": ["Payment declined", "Payment unsuccessful"],
                "pending": ["Payment in progress", "Payment processing"],
            }
        ),
        p_success=0.55,
        p_failed=0.25,
    )
    rows: list[tuple] = [("title", centre), ("center", FLOAT_PLACES[centre])]
    _status_row(rng, rows, words, german)
    rows.append(("rule",))
    rows.append(
        ("pair", _pick(rng, ["Guest", "Client", "Name"], ["Gast"], german), _person(rng, currency, german))
    )
    if shown(rng, 0.4):
        rows.append(
            ("pair", "Mitgliedsnr." if german else rng.choice(["Member no", "Membership #"]), digits(rng, 7))
        )
    kind, unit = rng.choice(
        FLOATS_DE
        if german
        else _scale(FLOATS, currency, {"INR": 1.0, "GBP": 0.02, "USD": 0.028, "EUR": 0.022})
    )
    rows.append(("pair", "Anwendung" if german else "Float", kind))
    session = _later(when, rng, 1, 21)
    rows.append(
        (
            "pair",
            _pick(rng, ["Session", "Float time", "Appointment"], ["Termin"], german),
            _dtext(session, pattern) + rng.choice([", 18:30", ", 07:15", " 11:00", ""]),
        )
    )
    rows.append(("pair", "Raum" if german else rng.choice(["Pod", "Room"]), str(rng.randint(1, 4))))
    rows.append(("rule",))
    rows.append(("pair", kind, money(unit, grouping)))
    net = unit
    if shown(rng, 0.4):
        add = {"INR": 300.0, "GBP": 5.0, "USD": 8.0, "EUR": 5.0}[currency]
        rows.append(
            (
                "pair",
                "Bademantel" if german else rng.choice(["Robe hire", "CBD oil add-on"]),
                money(add, grouping),
            )
        )
        net = round(net + add, 2)
    if shown(rng, 0.25):
        card = round(net * 0.5, 2)
        rows.append(
            (
                "pair",
                f"{'Gutschein' if german else 'Gift card'} {code(rng, 4, UPPER)}-{code(rng, 4, UPPER)}",
                "-" + money(card, grouping),
            )
        )
        net = round(net - card, 2)
    total = _tax(
        rng, rows, grouping, net, currency, german, added=currency in ("INR", "USD"), india_rate=0.09
    )
    _total(
        rng,
        rows,
        fmt,
        total,
        status,
        ["Gesamt"] if german else ["Total", "Amount due"],
        ["Bezahlt"] if german else ["Total paid", "Amount charged"],
    )
    kinds = ["UPI", "card", "wallet"] if currency == "INR" else ["card", "wallet", "cash"]
    method = _pay(
        rng,
        rows,
        currency,
        german,
        ["Zahlungsmittel"] if german else ["Paid with", "Payment method"],
        kinds,
        0.25,
        False,
        status,
    )
    ref = rng.choice(["APT-", "FL", ""]) + digits(rng, 6)
    txn = _id(
        rng, rows, ["Buchungsnummer"] if german else ["Appointment ID", "Booking #", "Confirmation"], ref, 0.2
    )
    dated = _dated(
        rng,
        rows,
        when,
        pattern,
        currency,
        german,
        ["Gebucht"]
        if german
        else (["Purchased", "Booked", "Booking made"] if status == "success" else ["Booked", "Booking made"]),
        0.25,
        0.4,
        status=status,
    )
    rows.append(
        (
            "small",
            "Bitte 15 Minuten vorher da sein."
            if german
            else "Please arrive 15 minutes early; no shaving on the day.",
        )
    )
    truth = truth_fields(centre, total, currency, txn, dated, method, status)
    style = rng.choice([EMAIL, SCREEN, PAPER])
    return rows, truth, _page(font, rows, _sized(style, 19), centre)
