"""The twelve heldout74 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: the small receipts of food and drink, nightlife,
hospitality and personal care (a bubble tea counter's slip, a bottomless brunch's booking deposit or its bill on the
day, a hotel lounge's afternoon tea check, one guest's share of a cocktail bar's table, a nightclub's door ticket with
its cloakroom, a comedy club's online tickets, a social darts or shuffleboard venue's booking, a nail bar's receipt,
a brow and lash studio's receipt, a tanning salon's minutes top-up or spray tan, a foot reflexology parlour's
receipt, a laser hair removal clinic's session or course). The page and value helpers of heldout14, heldout62,
heldout65, heldout66, heldout68, heldout72 and heldout73 are reused (a money mark chosen once per page, one date
pattern per page, English, German, French, Dutch, Italian and Spanish wordings, page widths that hold every line);
this set adds pages in dirhams, Singapore and Australian dollars and Swiss francs (their marks, day-first dates),
each family's own ways to pay, outcomes and tax lines, tips, service charges, splits, deposits and balances.
``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed). The payee
is the business on top; servers, stylists, technicians, therapists, hosts, guests, performers, DJs, a hotel's outlet
and a booking's lead name are never it. A page prints at most one date of payment; the other days (a brunch's or a
show's or a session's day, a pickup, a patch test, a next appointment or session, a check-out, an earlier deposit's
day, a sunbed's next allowed day, a membership's expiry) are never it. The amount is what this page charged now: a
tip or a service charge added is in it, a share of a split is the share (never the table's total), a deposit taken
now is the deposit and a balance paid after a deposit is the balance (never the booking's whole value); order,
call, table, cover, ticket, wristband, cloakroom, locker, room, bed, loyalty and member card numbers are never the id.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits, money, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _earlier, _later, _page, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import OUTCOMES66, _issuer, _m, _pro, _say
from bench.receipt_sets.heldout68_families import _tax_ids, _terms
from bench.receipt_sets.heldout72_families import (
    ES_OUTCOMES,
    ES_STAFF,
    _cash72,
    _slip_card72,
    _slip_outcome72,
)
from bench.receipt_sets.heldout73_families import (
    METHOD73,
    PAID73,
    STATUS73,
    _d73,
    _fmt73,
    _id73,
    _pattern73,
    _stamp73,
    _who73,
)

ALNUM = UPPER + "23456789"
# a code printed in both cases: no l, I, O, 0 or 1 that a reader could swap
MIXED = "".join(c for c in "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

# ---------------------------------------------------------------- pages beyond heldout73's currencies
#
# heldout73 prints rupees, pounds, dollars and euros; this set adds dirhams (Dubai), Singapore and Australian dollars
# and Swiss francs, each with its marks and day-first dates, and hands every other page to heldout73's helpers.

OTHER_MARKS = {
    "AED": [("AED ", ""), ("AED ", ""), ("", " AED"), ("Dhs ", "")],
    "SGD": [("S$", ""), ("SGD ", ""), ("S$ ", "")],
    "AUD": [("A$", ""), ("AUD ", ""), ("$", " AUD")],
    "CHF": [("CHF ", ""), ("CHF ", ""), ("", " CHF"), ("Fr. ", "")],
}
OTHER_DATES = {
    "AED": ["%d/%m/%Y", "{d} %b %Y", "%d-%b-%Y", "%d %B %Y"],
    "SGD": ["%d/%m/%Y", "{d} %b %Y", "%d %B %Y", "%d-%m-%Y"],
    "AUD": ["%d/%m/%Y", "{d} %B %Y", "%a {d} %b %Y", "%d/%m/%y"],
    "CHF": ["%d.%m.%Y", "%d.%m.%y", "{d}. {Bde} %Y"],
}


def _key74(currency: str, lang: str) -> str:
    """The page's country: its currency, or in the euro area its language (Ireland for English)."""
    if currency != "EUR":
        return currency
    return "IE" if lang == "en" else lang


def _fmt74(rng: random.Random, font: str, currency: str, lang: str):
    """A formatter of the page's sums, its mark chosen once per page, and the grouping of its figures."""
    if currency not in OTHER_MARKS:
        return _fmt73(rng, font, currency, lang)
    grouping = "swiss" if currency == "CHF" and shown(rng, 0.5) else "western"
    before, after = rng.choice(OTHER_MARKS[currency])
    return (lambda value: before + money(value, grouping) + after), grouping


def _pattern74(rng: random.Random, currency: str, lang: str) -> str:
    return rng.choice(OTHER_DATES[currency]) if currency in OTHER_DATES else _pattern73(rng, currency, lang)


# scale of a price list written in pounds to the page's country, and its rounding
SCALE = {
    "GBP": 1.0,
    "USD": 1.3,
    "IE": 1.2,
    "de": 1.1,
    "fr": 1.2,
    "nl": 1.15,
    "it": 1.1,
    "es": 1.0,
    "AED": 5.0,
    "SGD": 1.8,
    "AUD": 2.0,
    "CHF": 1.5,
    "INR": 40.0,
}


def _p(value: float, key: str) -> float:
    """A price list's pound price in the page's country: whole tens of rupees, round dirhams, half francs, prices
    ending in .50 or .95 elsewhere."""
    scaled = value * SCALE[key]
    if key == "INR":
        return float(max(10, round(scaled / 10) * 10))
    if key == "AED":
        return float(max(5, round(scaled)))
    if key == "CHF":
        return round(max(0.5, round(scaled * 2) / 2), 2)
    halves = max(0.5, round(scaled * 2) / 2)
    return round(halves - 0.05, 2) if halves >= 4 and int(halves * 20) % 3 == 0 else round(halves, 2)


def _pro74(rng: random.Random, currency: str, lang: str, *taken: str) -> str:
    """A member of the business's staff in the page's country, other than those already named on it."""
    while True:
        person = rng.choice(ES_STAFF) if lang == "es" else _pro(rng, currency, lang)
        if person not in taken:
            return person


def _first(person: str) -> str:
    return person.split()[0]


# ---------------------------------------------------------------- outcomes, ways to pay, dates, totals, tax

OUT74 = dict(OUTCOMES66, es=ES_OUTCOMES)


def _outcome74(rng, p_shown, lang, extra=None, p_success=0.6, p_failed=0.2):
    """An outcome on a share of pages: the common wordings of the page's language with the family's own (``extra``:
    {lang: {status: [...]}}); (status, words) or (None, None)."""
    if rng.random() >= p_shown:
        return None, None
    roll = rng.random()
    status = "success" if roll < p_success else ("failed" if roll < p_success + p_failed else "pending")
    words = list(OUT74[lang][status]) + list(((extra or {}).get(lang) or {}).get(status, []))
    own = ((extra or {}).get(lang) or {}).get(status)
    if own and shown(rng, 0.4):
        words = own  # the family's own wording more often than its share of the pool
    return status, rng.choice(words)


def _status74(rng, rows, words, lang, p_line=0.6) -> None:
    """The outcome on a line of its own, or beside a status label."""
    if words:
        if rng.random() < p_line:
            rows.append(("center", words))
        else:
            rows.append(("pair", rng.choice(STATUS73[lang]), words))


# ways to pay by the page's country or language: (printed, truth); online pages drop those only a counter takes
WAYS74 = {
    "INR": [
        ("UPI", "UPI"),
        ("UPI - PhonePe", "UPI"),
        ("Google Pay (UPI)", "UPI"),
        ("Visa Credit XX{4}", "card"),
        ("HDFC Debit Card ****{4}", "card"),
        ("Cash", "cash"),
        ("Paytm Wallet", "wallet"),
    ],
    "GBP": [
        ("Contactless", "card"),
        ("Visa Debit ****{4}", "card"),
        ("Mastercard ending {4}", "card"),
        ("Amex", "card"),
        ("Apple Pay", "wallet"),
        ("Cash", "cash"),
    ],
    "USD": [
        ("VISA ****{4}", "card"),
        ("Mastercard x{4}", "card"),
        ("AMEX ***{4}", "card"),
        ("Apple Pay", "wallet"),
        ("Cash", "cash"),
    ],
    "IE": [("Contactless", "card"), ("Visa Debit ****{4}", "card"), ("Revolut", "wallet"), ("Cash", "cash")],
    "de": [
        ("girocard", "card"),
        ("EC-Karte kontaktlos", "card"),
        ("Visa ****{4}", "card"),
        ("PayPal", "wallet"),
        ("Bar", "cash"),
    ],
    "fr": [("CB sans contact", "card"), ("Carte bancaire", "card"), ("Lydia", "wallet"), ("Espèces", "cash")],
    "nl": [
        ("Pinbetaling", "card"),
        ("Contactloos betaald", "card"),
        ("Apple Pay", "wallet"),
        ("Contant", "cash"),
    ],
    "it": [("Bancomat", "card"), ("Carta di credito", "card"), ("Satispay", "wallet"), ("Contanti", "cash")],
    "es": [
        ("Tarjeta", "card"),
        ("Tarjeta contactless", "card"),
        ("Apple Pay", "wallet"),
        ("Efectivo", "cash"),
    ],
    "AED": [("Card ****{4}", "card"), ("VISA ****{4}", "card"), ("Apple Pay", "wallet"), ("Cash", "cash")],
    "SGD": [("NETS", "card"), ("VISA ****{4}", "card"), ("GrabPay", "wallet"), ("Cash", "cash")],
    "AUD": [("EFTPOS", "card"), ("Visa ****{4}", "card"), ("Apple Pay", "wallet"), ("Cash", "cash")],
    "CHF": [("TWINT", "wallet"), ("Maestro", "card"), ("Visa ****{4}", "card"), ("Bar", "cash")],
}
ONLINE_WAYS = {
    "INR": [("UPI", "UPI"), ("Credit Card XXXX{4}", "card"), ("Net Banking - ICICI", "netbanking")],
    "GBP": [("Visa ****{4}", "card"), ("Apple Pay", "wallet"), ("PayPal", "wallet")],
    "USD": [("Visa ****{4}", "card"), ("Mastercard ****{4}", "card"), ("PayPal", "wallet")],
    "IE": [("Visa Debit ****{4}", "card"), ("Apple Pay", "wallet")],
    "de": [("Kreditkarte ****{4}", "card"), ("PayPal", "wallet"), ("Sofortüberweisung", "netbanking")],
    "fr": [("Carte bancaire ****{4}", "card"), ("PayPal", "wallet")],
    "nl": [("iDEAL", "netbanking"), ("iDEAL | ING", "netbanking"), ("Creditcard ****{4}", "card")],
    "it": [("Carta di credito ****{4}", "card"), ("PayPal", "wallet")],
    "es": [("Tarjeta ****{4}", "card"), ("PayPal", "wallet")],
    "AED": [("Card ****{4}", "card"), ("Apple Pay", "wallet")],
    "SGD": [("Visa ****{4}", "card"), ("GrabPay", "wallet")],
    "AUD": [("Visa ****{4}", "card"), ("PayPal", "wallet")],
    "CHF": [("TWINT", "wallet"), ("Mastercard ****{4}", "card")],
}


def _way74(rng, rows, key, lang, p_absent=0.2, status=None, online=False, labels=None) -> str | None:
    """A way to pay under a label in a share; its truth or None. Where the payment failed or waits, no label says it
    was paid and no cash is named."""
    if not shown(rng, p_absent):
        return None
    pool = list(labels or METHOD73[lang])
    ways = list((ONLINE_WAYS if online else WAYS74)[key])
    if status in ("failed", "pending"):
        pool = [label for label in pool if not label.startswith(PAID73)] or ["Method"]
        ways = [way for way in ways if way[1] != "cash"]
    printed, kind = rng.choice(ways)
    rows.append(("pair", rng.choice(pool), printed.replace("{4}", digits(rng, 4))))
    return kind


PLAIN_DATE = {
    "en": ["Date", "Date & time"],
    "de": ["Datum"],
    "fr": ["Date"],
    "nl": ["Datum"],
    "it": ["Data"],
    "es": ["Fecha"],
}


def _dated74(rng, rows, when, pattern, currency, lang, labels, p_absent=0.2, p_time=0.4, status=None):
    """The day paid under one of the page's ``labels`` ({lang: [...]}) in a share, or None; where the payment failed
    or waits, the day it was tried under a plain date label."""
    if not shown(rng, p_absent):
        return None
    pool = PLAIN_DATE[lang] if status in ("failed", "pending") else (labels.get(lang) or PLAIN_DATE[lang])
    rows.append(("pair", rng.choice(pool), _stamp73(rng, when, pattern, currency, lang, p_time)))
    return when


def _other_day(when: dt.date, pattern: str, lang: str) -> str:
    """Another event's day in the page's pattern (never the date)."""
    return _d73(when, pattern, lang)


def _t(lang: str, **table: list[str]) -> list[str]:
    """The wordings for the page's language (English where none)."""
    return table.get(lang) or table["en"]


TOTALS74 = {
    "en": ["Total", "TOTAL", "Total due", "Amount"],
    "de": ["Summe", "Gesamt", "Gesamtbetrag", "Zu zahlen"],
    "fr": ["Total", "Total TTC", "Montant"],
    "nl": ["Totaal", "Te betalen", "Totaalbedrag"],
    "it": ["Totale", "Totale complessivo", "Importo"],
    "es": ["Total", "Importe", "Total a pagar"],
}
PAID74 = {
    "en": ["Amount paid", "Total paid", "Total charged"],
    "de": ["Gezahlter Betrag", "Zahlbetrag"],
    "fr": ["Montant payé", "Montant réglé"],
    "nl": ["Betaald bedrag"],
    "it": ["Importo pagato", "Totale pagato"],
    "es": ["Importe pagado", "Total pagado"],
}


def _total74(rng, rows, fmt, total, status, lang, totals=None, kind="pair") -> None:
    """The total line: a wording of money having changed hands only where no failure or wait is printed."""
    labels = list((totals or TOTALS74).get(lang) or TOTALS74[lang])
    if status not in ("failed", "pending"):
        labels += PAID74[lang]
    rows.append((kind, rng.choice(labels), fmt(total)))


# tax words by the page's country or language: (word, rate, added on top or included in the price)
TAX74 = {
    "GBP": ("VAT", 0.20, "included"),
    "IE": ("VAT", 0.23, "included"),
    "de": ("MwSt.", 0.19, "included"),
    "fr": ("TVA", 0.20, "included"),
    "nl": ("btw", 0.21, "included"),
    "it": ("IVA", 0.22, "included"),
    "es": ("IVA", 0.21, "included"),
    "USD": ("Sales tax", 0.08875, "added"),
    "AED": ("VAT", 0.05, "added"),
    "SGD": ("GST", 0.09, "added"),
    "AUD": ("GST", 0.10, "included"),
    "CHF": ("MWST", 0.081, "included"),
    "INR": ("GST", 0.18, "added"),
}


def _tax74(rng, rows, grouping, net, key, lang, rate=None, mode=None) -> float:
    """The page's tax on ``net``: CGST and SGST halves (or IGST) added on Indian pages, VAT, GST or sales tax added
    (a line each) or included (a line of the tax in the price); the sum to pay."""
    word, base, how = TAX74[key]
    rate = base if rate is None else rate
    mode = mode or how
    pct = f"{rate * 100:g}"
    if lang != "en":
        pct = pct.replace(".", ",")
    if key == "INR":
        half = round(net * rate / 2, 2)
        if shown(rng, 0.25):
            rows.append(("pair", f"IGST @ {pct}%", _m(2 * half, grouping)))
        else:
            rows.append(("pair", f"CGST @ {rate * 50:g}%", _m(half, grouping)))
            rows.append(("pair", f"SGST @ {rate * 50:g}%", _m(half, grouping)))
        return round(net + 2 * half, 2)
    if mode == "added":
        tax = round(net * rate, 2)
        rows.append(("pair", f"{word} {pct}%", _m(tax, grouping)))
        return round(net + tax, 2)
    inside = round(net - net / (1 + rate), 2)
    label = {
        "de": f"inkl. {pct}% {word}",
        "fr": f"dont {word} {pct}%",
        "nl": f"waarvan {pct}% {word}",
        "it": f"di cui {word} {pct}%",
        "es": f"{word} incluido ({pct}%)",
    }.get(lang, rng.choice([f"incl. {word} {pct}%", f"{word} included ({pct}%)"]))
    rows.append(("pair", label, _m(inside, grouping)))
    return net


def _slip74(rng, rows, lang, status, words) -> str:
    """A card terminal's lines under a counter's page: the masked card and its outcome where printed; the truth of
    the way paid (a card)."""
    method = _slip_card72(rng, rows, lang)
    if shown(rng, 0.5):
        rows.append(("small", f"AID A0000000{rng.choice(['031010', '041010', '0251'])}"))
    if words:
        rows.append(("center", words))
    return method


def _service(rng, rows, grouping, base, key, lang, rate) -> float:
    """A service charge on ``base`` (discretionary in the UK and Ireland); the charge."""
    charge = round(base * rate, 2)
    pct = f"{rate * 100:g}"
    label = _say(
        rng,
        lang,
        en=[f"Service charge {pct}%", f"Discretionary service {pct}%", f"Optional service charge ({pct}%)"]
        if key in ("GBP", "IE")
        else [f"Service charge {pct}%", f"Service Charge @ {pct}%"],
        de=[f"Bedienungsgeld {pct}%"],
        fr=[f"Service {pct}%"],
        nl=[f"Servicekosten {pct}%"],
        it=[f"Servizio {pct}%", "Coperto e servizio"],
        es=[f"Servicio {pct}%"],
    )
    rows.append(("pair", label, _m(charge, grouping)))
    return charge


# ---------------------------------------------------------------- 1 a bubble tea counter's slip


BOBA_SHOPS = {
    "INR": [("Boba Bhai Tea Co.", "en"), ("Tapioca Tales", "en")],
    "GBP": [("Pearl & Straw Bubble Tea", "en")],
    "USD": [("Tiger Pearl Tea House", "en")],
    "SGD": [("Chewy Pearl Tea Bar", "en")],
    "EUR": [
        ("Bobalicious Capel Street", "en"),
        ("Perlentee-Bar Kolibri", "de"),
        ("Lune Rouge Thé aux Perles", "fr"),
        ("Bubbletea Lab Utrecht", "nl"),
    ],
}
BOBA_PLACES = {
    "Boba Bhai Tea Co.": "12th Main, Indiranagar, Bengaluru",
    "Tapioca Tales": "Kiosk 3, Phoenix Marketcity, Kurla, Mumbai",
    "Pearl & Straw Bubble Tea": "91 Brick Lane, London E1 6QL",
    "Tiger Pearl Tea House": "2214 Irving St, San Francisco, CA 94122",
    "Chewy Pearl Tea Bar": "#01-27 Bugis Junction, Singapore 188021",
    "Bobalicious Capel Street": "118 Capel Street, Dublin 1",
    "Perlentee-Bar Kolibri": "Schönhauser Allee 41, 10435 Berlin",
    "Lune Rouge Thé aux Perles": "27 rue de Belleville, 75019 Paris",
    "Bubbletea Lab Utrecht": "Voorstraat 58, 3512 AS Utrecht",
}
# drinks at their pound prices, by the page's language
BOBA_DRINKS = {
    "en": [
        "Brown Sugar Milk Tea",
        "Taro Milk Tea",
        "Passion Fruit Green Tea",
        "Matcha Latte",
        "Mango Yakult",
    ],
    "de": ["Brauner-Zucker-Milchtee", "Taro-Milchtee", "Maracuja-Grüntee", "Matcha Latte", "Mango Yakult"],
    "fr": ["Thé au lait sucre brun", "Thé au lait taro", "Thé vert passion", "Matcha latte", "Mangue Yakult"],
    "nl": [
        "Bruine suiker melkthee",
        "Taro melkthee",
        "Passievrucht groene thee",
        "Matcha latte",
        "Mango Yakult",
    ],
}
BOBA_PRICES = [4.6, 4.4, 4.2, 4.9, 4.5]
BOBA_TOPPINGS = {
    "en": [("Tapioca pearls", 0.6), ("Popping boba lychee", 0.7), ("Grass jelly", 0.6), ("Cheese foam", 0.9)],
    "de": [("Tapiokaperlen", 0.6), ("Popping Boba Litschi", 0.7), ("Grasgelee", 0.6), ("Käseschaum", 0.9)],
    "fr": [("Perles de tapioca", 0.6), ("Perles éclatantes litchi", 0.7), ("Gelée d'herbe", 0.6)],
    "nl": [("Tapiocaparels", 0.6), ("Popping boba lychee", 0.7), ("Grasgelei", 0.6), ("Kaasschuim", 0.9)],
}
BOBA_OPTIONS = {
    "en": ["50% sugar", "Less ice", "No ice", "25% sugar", "Hot", "Regular ice, 75% sugar"],
    "de": ["50% Zucker", "Wenig Eis", "Ohne Eis", "Heiß"],
    "fr": ["50% sucre", "Peu de glace", "Sans glace", "Chaud"],
    "nl": ["50% suiker", "Weinig ijs", "Zonder ijs", "Warm"],
}
BOBA_TAX = {"GBP": 0.20, "IE": 0.23, "de": 0.07, "fr": 0.055, "nl": 0.09, "SGD": 0.09, "INR": 0.05}


def bubble_tea_counter(rng: random.Random, font: str):
    """A bubble tea counter's thermal slip (Bengaluru, Mumbai, London, San Francisco, Singapore, Dublin, Berlin,
    Paris, Utrecht): the shop on top (the payee) and its address, the order number called out in large type and the
    name written on the cup (neither the id nor the payee), drinks with their size, sugar and ice and toppings
    priced apiece, dine in or take away, a loyalty card's stamps and number, GST added (India 5% in halves,
    Singapore 9%), sales tax added (US) or VAT, MwSt., TVA or btw included, cash with change, UPI, a card with its
    terminal's words or a wallet, the bill's number in a share (the id)."""
    currency, shop, lang = _issuer(rng, BOBA_SHOPS)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", shop)]
    rows.append(("small", BOBA_PLACES[shop]))
    if key == "INR" and shown(rng, 0.6):
        rows.append(("small", _tax_ids(rng, "INR", "29" if "Bengaluru" in BOBA_PLACES[shop] else "27")[0]))
    elif key == "SGD" and shown(rng, 0.6):
        rows.append(("small", f"GST Reg No: 2019{digits(rng, 5)}{code(rng, 1, UPPER)}"))
    elif key in ("GBP", "IE", "de", "fr", "nl") and shown(rng, 0.4):
        rows.append(("small", _tax_ids(rng, key)[0]))
    order = f"{rng.choice(['', 'A', 'B', 'K'])}{rng.randint(1, 199)}"
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["ORDER", "Your number"],
                de=["Bestellnummer", "Abholnummer"],
                fr=["Commande", "Votre numéro"],
                nl=["Bestelnummer", "Jouw nummer"],
            ),
        )
    )
    rows.append(("big", order))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Name", "Cup name"], de=["Name"], fr=["Nom"], nl=["Naam"]),
                _first(_who73(rng, currency, lang)),
            )
        )
    rows.append(
        (
            "left",
            _say(
                rng,
                lang,
                en=["Take away", "Dine in"],
                de=["Zum Mitnehmen", "Vor Ort"],
                fr=["À emporter", "Sur place"],
                nl=["Afhalen", "Hier opdrinken"],
            ),
        )
    )
    rows.append(("rule",))
    net = 0.0
    count = rng.choice([1, 2, 2, 3])
    drinks = BOBA_DRINKS.get(lang) or BOBA_DRINKS["en"]
    for index in rng.sample(range(len(drinks)), count):
        size = rng.choice(["M", "L", "L"])
        value = _p(BOBA_PRICES[index] + (0.5 if size == "L" else 0.0), key)
        rows.append(("pair", f"{drinks[index]} ({size})", _m(value, grouping)))
        net += value
        options = BOBA_OPTIONS.get(lang) or BOBA_OPTIONS["en"]
        rows.append(("small", "  " + rng.choice(options)))
        if shown(rng, 0.4):
            topping, extra = rng.choice(BOBA_TOPPINGS.get(lang) or BOBA_TOPPINGS["en"])
            extra = _p(extra, key)
            rows.append(("pair", f"  + {topping}", _m(extra, grouping)))
            net += extra
    net = round(net, 2)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            _say(
                rng, lang, en=["Subtotal", "Items"], de=["Zwischensumme"], fr=["Sous-total"], nl=["Subtotaal"]
            ),
            _m(net, grouping),
        )
    )
    if key == "INR":
        total = _tax74(rng, rows, grouping, net, key, lang, BOBA_TAX["INR"])
    elif key == "USD":
        total = _tax74(rng, rows, grouping, net, key, lang, 0.08625)
    elif key == "SGD":
        total = _tax74(rng, rows, grouping, net, key, lang, 0.09, "added")
    else:
        total = _tax74(rng, rows, grouping, net, key, lang, BOBA_TAX[key], "included")
    slip = key not in ("INR",) and shown(rng, 0.4)
    status, words = _slip_outcome72(rng, lang, 0.6, 0.2) if slip else (None, None)
    _total74(rng, rows, fmt, total, status, lang, kind="pair")
    if slip:
        method = _slip74(rng, rows, lang, status, words)
    elif shown(rng, 0.3):
        method = _cash72(rng, rows, lang, grouping, total, currency)
    else:
        method = _way74(rng, rows, key, lang, 0.25)
    if shown(rng, 0.5):
        stamps = rng.randint(1, 9)
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Stamps: {stamps}/10 - your 10th drink is on us!"],
                    de=[f"Stempel: {stamps}/10"],
                    fr=[f"Tampons : {stamps}/10"],
                    nl=[f"Stempels: {stamps}/10"],
                ),
            )
        )
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Member", "Loyalty card"],
                        de=["Kundenkarte"],
                        fr=["Carte fidélité"],
                        nl=["Spaarkaart"],
                    ),
                    f"**** {digits(rng, 4)}",
                )
            )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Bill No", "Receipt #", "Check #"] if key != "INR" else ["Bill No", "Bill No."],
            de=["Bon-Nr.", "Beleg-Nr."],
            fr=["Ticket n°", "N° de ticket"],
            nl=["Bonnr.", "Bonnummer"],
        ),
        f"{rng.randint(1, 4)}-{digits(rng, 5)}" if shown(rng, 0.5) else digits(rng, 6),
        0.3,
        status,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PLAIN_DATE, 0.15, 0.85, status)
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Thank you! Shake well before drinking.", "Follow us on Instagram for new flavours"],
                    de=["Danke! Vor dem Trinken gut schütteln."],
                    fr=["Merci ! Bien secouer."],
                    nl=["Bedankt! Goed schudden voor gebruik."],
                ),
            )
        )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, 17), shop, 420)


# ---------------------------------------------------------------- 2 a bottomless brunch's deposit or its bill


BRUNCHES = {
    "INR": [("The Sunday Table, Bandra", "en")],
    "GBP": [("The Gilded Fox", "en")],
    "USD": [("Sunny Side Social", "en")],
    "AED": [("Saffron Terrace JBR", "en")],
    "EUR": [
        ("Bloom & Brine", "en"),
        ("Café Morgenrot", "de"),
        ("De Zoete Inval", "nl"),
        ("La Azotea de Chamberí", "es"),
    ],
}
BRUNCH_PLACES = {
    "The Sunday Table, Bandra": "Waterfield Road, Bandra West, Mumbai 400050",
    "The Gilded Fox": "14 Redchurch Street, London E2 7DJ",
    "Sunny Side Social": "1601 S Congress Ave, Austin, TX 78704",
    "Saffron Terrace JBR": "The Walk, Jumeirah Beach Residence, Dubai",
    "Bloom & Brine": "23 South William Street, Dublin 2",
    "Café Morgenrot": "Schulterblatt 88, 20357 Hamburg",
    "De Zoete Inval": "Haarlemmerdijk 112, 1013 JJ Amsterdam",
    "La Azotea de Chamberí": "Calle de Luchana 31, 28010 Madrid",
}
BRUNCH_PACKAGES = {
    "en": [
        ("Bottomless Brunch (90 mins)", 39.0),
        ("Brunch + Bottomless Prosecco", 45.0),
        ("Soft Brunch", 28.0),
    ],
    "de": [("Sonntagsbrunch inkl. Sekt", 42.0), ("Brunch-Buffet", 29.0)],
    "nl": [("Bottomless brunch (2 uur)", 41.0), ("Brunch zonder bubbels", 27.0)],
    "es": [("Brunch ilimitado (90 min)", 38.0), ("Brunch sin alcohol", 26.0)],
}
BRUNCH_EXTRAS = {
    "en": [
        ("Espresso Martini", 11.0),
        ("Mimosa upgrade", 6.0),
        ("Side of halloumi", 5.0),
        ("Birthday cake plate", 8.0),
    ],
    "de": [("Aperol Spritz", 9.0), ("Extra Lachs", 6.0), ("Cappuccino", 3.8)],
    "nl": [("Espresso martini", 11.0), ("Extra avocado", 4.5), ("Verse jus", 4.8)],
    "es": [("Mimosa", 8.0), ("Café con leche", 2.8), ("Tarta de cumpleaños", 9.0)],
}
BRUNCH_WORDS = {
    "en": {
        "success": ["Deposit received", "Deposit paid - see you soon!", "Your deposit has been taken"],
        "failed": ["Deposit payment failed", "Card declined - your table is not yet held"],
        "pending": ["Deposit pending", "Awaiting card authorisation"],
    },
    "de": {
        "success": ["Anzahlung erhalten"],
        "failed": ["Anzahlung fehlgeschlagen"],
        "pending": ["Anzahlung ausstehend"],
    },
    "nl": {
        "success": ["Aanbetaling ontvangen"],
        "failed": ["Aanbetaling mislukt"],
        "pending": ["Aanbetaling in behandeling"],
    },
    "es": {
        "success": ["Señal recibida", "Depósito confirmado"],
        "failed": ["Pago de la señal rechazado"],
        "pending": ["Señal pendiente de confirmación"],
    },
}


def brunch_booking(rng: random.Random, font: str):
    """A bottomless brunch (Mumbai, London, Austin, Dubai, Dublin, Hamburg, Amsterdam, Madrid): either the booking's
    e-mail or screen taking a deposit per guest (the deposit is the amount; the booking's whole value and the
    balance due on the day never; the brunch's day and time are never the date; the booking reference is the id), or
    the bill on the day (covers at the package's price, extras, a service charge, VAT, GST, a Dubai service charge
    and VAT or US sales tax with a tip, the deposit paid earlier taken off: the balance paid is the amount; on a
    walk-in's bill with no deposit, the total), with the server and the table, covers and the booking's lead name
    (never the payee), a check's number in a share (the id)."""
    currency, venue, lang = _issuer(rng, BRUNCHES)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    guests = rng.choice([2, 4, 5, 6, 8, 10])
    package, base = rng.choice(BRUNCH_PACKAGES.get(lang) or BRUNCH_PACKAGES["en"])
    head = _p(base * (2.2 if key == "AED" else 1.0), key)
    deposit_each = _p(10.0 if key != "AED" else 20.0, key)
    lead = _who73(rng, currency, lang)
    rows: list[tuple] = [("title", venue)]
    if shown(rng, 0.6):
        rows.append(("small", BRUNCH_PLACES[venue]))
    if shown(rng, 0.5):
        # the booking: a deposit taken now
        status, words = _outcome74(rng, 0.7, lang, BRUNCH_WORDS, 0.65, 0.2)
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["Your brunch booking", "Booking details", "Reservation"],
                    de=["Ihre Reservierung"],
                    nl=["Je reservering"],
                    es=["Tu reserva"],
                ),
            )
        )
        _status74(rng, rows, words, lang)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Name", "Booked by", "Lead guest"],
                    de=["Name", "Gebucht von"],
                    nl=["Naam", "Geboekt door"],
                    es=["Nombre", "Reservado por"],
                ),
                lead,
            )
        )
        brunch_day = _later(when, rng, 3, 45)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Brunch date", "Your table", "Sitting"],
                    de=["Reserviert für"],
                    nl=["Datum brunch"],
                    es=["Fecha del brunch"],
                ),
                _other_day(brunch_day, pattern, lang) + rng.choice([", 12:00", ", 12:30", ", 14:30", ""]),
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Guests", "Party size"],
                    de=["Personen"],
                    nl=["Personen"],
                    es=["Comensales"],
                ),
                str(guests),
            )
        )
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Package"], de=["Angebot"], nl=["Arrangement"], es=["Menú"]),
                package,
            )
        )
        deposit = round(deposit_each * guests, 2)
        whole = round(head * guests, 2)
        if shown(rng, 0.6):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Booking value", "Estimated total"],
                        de=["Gesamtwert"],
                        nl=["Totale waarde"],
                        es=["Importe estimado"],
                    ),
                    fmt(whole),
                )
            )
        open_ = status in ("failed", "pending")
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Deposit", f"Deposit ({guests} x {_m(deposit_each, grouping)})"]
                    if open_
                    else [
                        "Deposit paid",
                        "Deposit charged",
                        f"Deposit ({guests} x {_m(deposit_each, grouping)})",
                    ],
                    de=["Anzahlung"],
                    nl=["Aanbetaling"],
                    es=["Señal", "Depósito"],
                ),
                fmt(deposit),
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance due on the day", "Remaining balance"],
                    de=["Restbetrag vor Ort"],
                    nl=["Restbedrag ter plaatse"],
                    es=["Resto en el local"],
                ),
                _m(round(whole - deposit, 2), grouping),
            )
        )
        method = _way74(rng, rows, key, lang, 0.25, status, online=True)
        txn = _id73(
            rng,
            rows,
            _t(
                lang,
                en=["Booking ref", "Booking reference", "Confirmation number"],
                de=["Buchungsnummer"],
                nl=["Reserveringsnummer"],
                es=["Localizador", "N.º de reserva"],
            ),
            code(rng, 6, ALNUM) if shown(rng, 0.5) else digits(rng, 8),
            0.25,
            status,
        )
        dated = _dated74(
            rng,
            rows,
            when,
            pattern,
            currency,
            lang,
            {
                "en": ["Booked on", "Deposit taken", "Date"],
                "de": ["Gebucht am"],
                "nl": ["Geboekt op"],
                "es": ["Fecha de la reserva"],
            },
            0.3,
            0.4,
            status,
        )
        _terms(
            rng,
            rows,
            lang,
            1,
            en=[
                "Deposits are non-refundable within 48 hours of your booking.",
                "Tables are held for 15 minutes. 90-minute sitting from your booked time.",
            ],
            de=["Stornierung bis 48 Stunden vorher kostenfrei."],
            nl=["Annuleren kan tot 48 uur vooraf."],
            es=["La señal no se devuelve con menos de 48 horas de antelación."],
        )
        truth = truth_fields(venue, deposit, currency, txn, dated, method, status)
        style = rng.choice([EMAIL, SCREEN, DARK])
        return rows, truth, _page(font, rows, style, venue)
    # the bill on the day
    server = _pro74(rng, currency, lang)
    table = rng.randint(2, 40)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Table", "Tbl"], de=["Tisch"], nl=["Tafel"], es=["Mesa"]),
            f"{table}  /  {_say(rng, lang, en=['Covers', 'Guests'], de=['Pers.'], nl=['Pers.'], es=['Comensales'])} {guests}",
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Server", "Served by"],
                de=["Bedienung"],
                nl=["Bediening"],
                es=["Camarero/a", "Le atendió"],
            ),
            server,
        )
    )
    rows.append(("rule",))
    net = round(head * guests, 2)
    rows.append(("pair", f"{guests} x {package}", _m(net, grouping)))
    for name, value in rng.sample(BRUNCH_EXTRAS.get(lang) or BRUNCH_EXTRAS["en"], rng.randint(0, 2)):
        n = rng.randint(1, 4)
        value = round(_p(value, key) * n, 2)
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, _m(value, grouping)))
        net = round(net + value, 2)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Subtotal"], de=["Zwischensumme"], nl=["Subtotaal"], es=["Subtotal"]),
            _m(net, grouping),
        )
    )
    total = net
    if key in ("GBP", "IE", "AED", "INR") and shown(rng, 0.8):
        total = round(
            total
            + _service(
                rng,
                rows,
                grouping,
                net,
                key,
                lang,
                {"GBP": 0.125, "IE": 0.125, "AED": 0.10, "INR": 0.05}[key],
            ),
            2,
        )
    if key == "INR":
        total = round(_tax74(rng, rows, grouping, total, key, lang, 0.05), 2)
    elif key in ("AED", "USD"):
        total = _tax74(rng, rows, grouping, total, key, lang, 0.0825 if key == "USD" else 0.05, "added")
    else:
        _tax74(rng, rows, grouping, total, key, lang)
    if key == "USD":
        pct = rng.choice([18, 20, 22])
        tip = round(net * pct / 100, 2)
        rows.append(("pair", f"Tip ({pct}%)", _m(tip, grouping)))
        total = round(total + tip, 2)
    slip = shown(rng, 0.45)
    status, words = _slip_outcome72(rng, lang, 0.55, 0.2) if slip else (None, None)
    with_deposit = shown(rng, 0.65)
    if with_deposit:
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Total", "Bill total"], de=["Gesamt"], nl=["Totaal"], es=["Total"]),
                fmt(total),
            )
        )
        deposit = round(deposit_each * guests, 2)
        paid_on = _earlier(when, rng, 4, 40)
        label = _say(
            rng,
            lang,
            en=["Less deposit paid", "Less: deposit"],
            de=["abzgl. Anzahlung"],
            nl=["Af: aanbetaling"],
            es=["Menos señal"],
        )
        if shown(rng, 0.5):
            label += {"de": " vom ", "nl": " d.d. ", "es": " del "}.get(lang, " on ") + _other_day(
                paid_on, pattern, lang
            )
        rows.append(("pair", label, "-" + _m(deposit, grouping)))
        amount = round(total - deposit, 2)
        open_ = status in ("failed", "pending")
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance due"] if open_ else ["Balance to pay", "Balance paid", "Amount due"],
                    de=["Restbetrag"],
                    nl=["Te betalen"],
                    es=["Resto a pagar"],
                ),
                fmt(amount),
            )
        )
    else:
        amount = total
        _total74(rng, rows, fmt, total, status, lang)
    if slip:
        method = _slip74(rng, rows, lang, status, words)
    else:
        method = _way74(rng, rows, key, lang, 0.3)
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Check #", "Bill No", "Chk"],
            de=["Rechnung Nr.", "Beleg-Nr."],
            nl=["Bonnr."],
            es=["Factura simplificada n.º", "Ticket n.º"],
        ),
        f"{rng.randint(10, 99)}{digits(rng, 4)}",
        0.3,
        status,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PLAIN_DATE, 0.15, 0.8, status)
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Booking name"],
                    de=["Reservierung"],
                    nl=["Reservering"],
                    es=["Reserva a nombre de"],
                ),
                lead,
            )
        )
    truth = truth_fields(venue, amount, currency, txn, dated, method, status)
    style = rng.choice([_sized(THERMAL, 17), _sized(PAPER, 18)])
    return rows, truth, _page(font, rows, style, venue, 440 if style["width"] == 400 else None)


# ---------------------------------------------------------------- 3 a hotel lounge's afternoon tea check


TEA_HOTELS = {
    "INR": [("The Residency Palace, Mysuru", "en")],
    "GBP": [("The Kensington Regent Hotel", "en")],
    "USD": [("The Carlisle Hotel", "en")],
    "SGD": [("Marlow House Hotel Singapore", "en")],
    "EUR": [("The Lough Hotel & Spa", "en"), ("Hôtel Beaurivage", "fr"), ("Hotel Villa Ortensia", "it")],
}
TEA_OUTLETS = {
    "en": ["The Orangery", "Palm Court", "The Drawing Room", "Lobby Lounge"],
    "fr": ["Le Salon de Thé", "Salon Véranda"],
    "it": ["Sala da tè Le Camelie", "Lounge Bar Il Giardino"],
}
TEA_ITEMS = {
    "en": [
        ("Traditional Afternoon Tea", 42.0),
        ("Champagne Afternoon Tea", 58.0),
        ("Gluten-free Afternoon Tea", 42.0),
    ],
    "INR": [("High Tea Buffet", 55.0), ("Royal Mysore High Tea (plated)", 65.0)],
    "fr": [("Tea Time Beaurivage", 39.0), ("Tea Time au Champagne", 54.0)],
    "it": [("Afternoon Tea Ortensia", 38.0), ("Afternoon Tea con Franciacorta", 52.0)],
}
TEA_EXTRAS = {
    "en": [("Glass of Laurent-Perrier", 18.0), ("Pot of Darjeeling First Flush", 6.5), ("Extra scones", 4.0)],
    "fr": [("Coupe de champagne", 16.0), ("Théière Earl Grey", 7.0)],
    "it": [("Calice di Franciacorta", 12.0), ("Tè Earl Grey", 6.0)],
}


def afternoon_tea_check(rng: random.Random, font: str):
    """A hotel lounge's afternoon tea (or an Indian palace hotel's high tea) check: the hotel on top (the payee), its
    lounge under Outlet (never the payee), the table, covers and the server (never the payee), teas per cover and
    extras, a discretionary service charge (the UK, Ireland, Singapore's ++ with GST added, India's with GST added),
    a US meals tax with a tip added, VAT, TVA or IVA included; settled by a card with its terminal's words, by cash,
    by a way printed under a label, or charged to a guest's room (no way to pay and no outcome printed: the room, its
    guest and the signature are never the method, the payee or the id). The amount is the check's total (service and
    tip in it); the check's number is the id where printed; a check-out day is never the date."""
    currency, hotel, lang = _issuer(rng, TEA_HOTELS)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", hotel)]
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Outlet"], fr=["Point de vente"], it=["Reparto"]),
            rng.choice(TEA_OUTLETS.get(lang) or TEA_OUTLETS["en"]),
        )
    )
    covers = rng.choice([1, 2, 2, 3, 4])
    server = _pro74(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Table / Covers"], fr=["Table / Couverts"], it=["Tavolo / Coperti"]),
            f"{rng.randint(1, 30)} / {covers}",
        )
    )
    rows.append(("pair", _say(rng, lang, en=["Server", "Waiter"], fr=["Serveur"], it=["Cameriere"]), server))
    rows.append(("rule",))
    items = TEA_ITEMS["INR"] if key == "INR" else (TEA_ITEMS.get(lang) or TEA_ITEMS["en"])
    name, base = rng.choice(items)
    net = round(_p(base, key) * covers, 2)
    rows.append(("pair", f"{covers} x {name}" if covers > 1 else name, _m(net, grouping)))
    for extra, value in rng.sample(TEA_EXTRAS.get(lang) or TEA_EXTRAS["en"], rng.randint(0, 2)):
        n = rng.randint(1, covers)
        value = round(_p(value, key) * n, 2)
        rows.append(("pair", f"{n} x {extra}" if n > 1 else extra, _m(value, grouping)))
        net = round(net + value, 2)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Subtotal", "Food & beverage"], fr=["Sous-total"], it=["Subtotale"]),
            _m(net, grouping),
        )
    )
    total = net
    if key in ("GBP", "IE", "SGD", "INR") and shown(rng, 0.85):
        total = round(
            total + _service(rng, rows, grouping, net, key, lang, 0.10 if key in ("SGD", "INR") else 0.125), 2
        )
    if key == "INR":
        total = _tax74(rng, rows, grouping, total, key, lang, 0.18)
    elif key == "SGD":
        total = _tax74(rng, rows, grouping, total, key, lang, 0.09, "added")
    elif key == "USD":
        tax = round(net * 0.07, 2)
        rows.append(("pair", "Meals tax 7%", _m(tax, grouping)))
        tip = round(net * rng.choice([0.18, 0.2]), 2)
        rows.append(("pair", "Gratuity", _m(tip, grouping)))
        total = round(total + tax + tip, 2)
    else:
        _tax74(rng, rows, grouping, total, key, lang, {"IE": 0.135, "fr": 0.10, "it": 0.10}.get(key))
        if lang in ("fr", "it"):
            rows.append(("small", _say(rng, lang, fr=["Service compris"], it=["Servizio incluso"], en=[""])))
    settle = rng.choice(["room", "slip", "way", "way"])
    status, words = _slip_outcome72(rng, lang, 0.6, 0.2) if settle == "slip" else (None, None)
    _total74(
        rng,
        rows,
        fmt,
        total,
        status if settle != "room" else "pending",
        lang,
        {"en": ["Total", "Check total", "TOTAL"], "fr": ["Total", "Total TTC"], "it": ["Totale"]},
    )
    method = None
    if settle == "room":
        guest = _who73(rng, currency, lang)
        room = rng.randint(101, 928)
        rows.append(
            ("pair", _say(rng, lang, en=["Charge to room", "Room"], fr=["Chambre"], it=["Camera"]), str(room))
        )
        rows.append(
            ("pair", _say(rng, lang, en=["Guest name", "Guest"], fr=["Client"], it=["Ospite"]), guest)
        )
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Departure", "Check-out"], fr=["Départ"], it=["Partenza"]),
                _other_day(_later(when, rng, 1, 5), pattern, lang),
            )
        )
        rows.append(
            (
                "left",
                _say(
                    rng,
                    lang,
                    en=["Signature: ____________________"],
                    fr=["Signature : ______________"],
                    it=["Firma: ____________________"],
                ),
            )
        )
    elif settle == "slip":
        method = _slip74(rng, rows, lang, status, words)
    else:
        method = _way74(rng, rows, key, lang, 0.0)
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Check No", "Chk", "Check #"],
            fr=["Addition n°", "Ticket n°"],
            it=["Conto n.", "Scontrino n."],
        ),
        str(rng.randint(1000, 99999)),
        0.3,
        status,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PLAIN_DATE, 0.2, 0.8, status)
    if shown(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Thank you for joining us for afternoon tea."],
                    fr=["Merci de votre visite."],
                    it=["Grazie e arrivederci."],
                ),
            )
        )
    truth = truth_fields(hotel, total, currency, txn, dated, method, status)
    style = rng.choice([_sized(THERMAL, 17), _sized(PAPER, 18)])
    return rows, truth, _page(font, rows, style, hotel, 440 if style["width"] == 400 else None)


# ---------------------------------------------------------------- 4 one guest's share of a cocktail bar's table


BARS = {
    "INR": [("Monsoon Room Bar, Khan Market", "en")],
    "GBP": [("The Copper Heron", "en")],
    "USD": [("The Velvet Owl", "en")],
    "AUD": [("Laneway Gimlet Bar", "en")],
    "EUR": [("Bar Zitrone", "de"), ("El Último Trago", "es"), ("Cocktailbar De Sluis", "nl")],
}
COCKTAILS = [
    ("Negroni", 11.0),
    ("Espresso Martini", 12.0),
    ("Old Fashioned", 12.5),
    ("Paloma", 10.5),
    ("Pornstar Martini", 12.0),
    ("Gimlet", 11.0),
    ("Zero-proof Spritz", 7.5),
    ("Truffle fries", 6.0),
]


def cocktail_bar_split(rng: random.Random, font: str):
    """One guest's card slip from a cocktail bar's table split between its guests (Delhi, London, New York,
    Melbourne, Berlin, Barcelona, Amsterdam): the bar on top (the payee), the check's table, guests and server, the
    table's drinks and its total (never the amount), the split (evenly 2 of 4, or a seat's own drinks) and this
    guest's share, a UK service charge or an Indian service charge and VAT on liquor in the table's total, a tip
    added on the slip (a US, German or Dutch one) or left blank for the guest's pen (then the share is the amount),
    an Australian card surcharge on the share. The amount is what this slip charged: the share with the tip or the
    surcharge printed on it. The check's number is the id where printed, else the terminal's approval code."""
    currency, bar, lang = _issuer(rng, BARS)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    guests = rng.choice([2, 3, 4, 4, 5, 6])
    server = _pro74(rng, currency, lang)
    rows: list[tuple] = [("title", bar)]
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Table"], de=["Tisch"], es=["Mesa"], nl=["Tafel"]),
            f"{rng.randint(1, 24)}   {_say(rng, lang, en=['Guests'], de=['Gäste'], es=['Pax'], nl=['Gasten'])}: {guests}",
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Server", "Bartender"], de=["Bedienung"], es=["Camarero"], nl=["Bediening"]),
            _first(server),
        )
    )
    rows.append(("rule",))
    table = 0.0
    seats: list[float] = [0.0] * guests
    for name, value in rng.sample(COCKTAILS, rng.randint(3, 6)):
        n = rng.randint(1, guests)
        price = _p(value, key)
        line = round(price * n, 2)
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, _m(line, grouping)))
        table = round(table + line, 2)
        for seat in rng.sample(range(guests), n):
            seats[seat] = round(seats[seat] + price, 2)
    if key == "GBP" and shown(rng, 0.8):
        charge = _service(rng, rows, grouping, table, key, lang, 0.125)
        seats = [round(s * 1.125, 2) for s in seats]
        table = round(table + charge, 2)
    elif key == "INR":
        charge = _service(rng, rows, grouping, table, key, lang, 0.10)
        vat = round((table + charge) * 0.20, 2)
        rows.append(("pair", "VAT @ 20% (liquor)", _m(vat, grouping)))
        seats = [round(s * 1.10 * 1.20, 2) for s in seats]
        table = round(table + charge + vat, 2)
    elif key == "USD":
        tax = round(table * 0.08875, 2)
        rows.append(("pair", "Sales Tax 8.875%", _m(tax, grouping)))
        seats = [round(s * 1.08875, 2) for s in seats]
        table = round(table + tax, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Table total", "Check total"],
                de=["Tischsumme"],
                es=["Total mesa"],
                nl=["Totaal tafel"],
            ),
            fmt(table),
        )
    )
    if key not in ("USD", "INR"):
        _tax74(rng, rows, grouping, table, key, lang, 0.21 if key in ("nl", "es") else None)
    rows.append(("rule",))
    if shown(rng, 0.5):
        part = rng.randint(1, guests)
        share = round(table / guests, 2)
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=[f"Split evenly - {part} of {guests}", f"SPLIT {part}/{guests}"],
                    de=[f"Geteilt: {part} von {guests}"],
                    es=[f"Cuenta dividida {part}/{guests}"],
                    nl=[f"Gesplitst {part} van {guests}"],
                ),
            )
        )
    else:
        seat = rng.randrange(guests)
        share = seats[seat] if seats[seat] > 0 else round(table / guests, 2)
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=[f"Seat {seat + 1}"],
                    de=[f"Platz {seat + 1}"],
                    es=[f"Comensal {seat + 1}"],
                    nl=[f"Stoel {seat + 1}"],
                ),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Your share", "Amount", "This payment"],
                de=["Ihr Anteil", "Betrag"],
                es=["Su parte", "Importe"],
                nl=["Jouw deel", "Bedrag"],
            ),
            fmt(share),
        )
    )
    amount = share
    status, words = _slip_outcome72(rng, lang, 0.6, 0.2)
    if key == "AUD":
        surcharge = round(share * 0.015, 2)
        rows.append(("pair", "Card surcharge 1.5%", _m(surcharge, grouping)))
        amount = round(share + surcharge, 2)
        rows.append(("pair", "TOTAL", fmt(amount)))
    elif key in ("USD", "de", "nl") and shown(rng, 0.7):
        if key == "USD" and shown(rng, 0.35):
            rows.append(("pair", "Tip", "__________"))
            rows.append(("pair", "Total", "__________"))
        else:
            tip = round(share * rng.choice([0.15, 0.18, 0.2, 0.1]), 2)
            if key != "USD":
                tip = float(round(share * 0.1 + 0.5))
            rows.append(
                ("pair", _say(rng, lang, en=["Tip"], de=["Trinkgeld"], nl=["Fooi"]), _m(tip, grouping))
            )
            amount = round(share + tip, 2)
            rows.append(("pair", _say(rng, lang, en=["Total"], de=["Gesamt"], nl=["Totaal"]), fmt(amount)))
    method = _slip74(rng, rows, lang, status, words)
    check = str(rng.randint(100, 9999))
    auth = code(rng, 6, "0123456789ABCDEF") if shown(rng, 0.5) else digits(rng, 6)
    printed = []
    if shown(rng, 0.6):
        printed.append(
            (
                "pair",
                _say(rng, lang, en=["Check #", "Chk"], de=["Rechnung Nr."], es=["Ticket n.º"], nl=["Bonnr."]),
                check,
            )
        )
    if shown(rng, 0.5):
        printed.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Auth code", "APPR CODE"],
                    de=["Genehmigungs-Nr."],
                    es=["Cód. autorización"],
                    nl=["Autorisatiecode"],
                ),
                auth,
            )
        )
    for row in rng.sample(printed, len(printed)):
        rows.append(row)
    txn = check if any(row[2] == check for row in printed) else (auth if printed else None)
    dated = _dated74(rng, rows, when, pattern, currency, lang, PLAIN_DATE, 0.1, 0.9, status)
    if key == "USD" and shown(rng, 0.5):
        rows.append(("small", "I agree to pay the above total according to my card issuer agreement."))
    truth = truth_fields(bar, amount, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, 17), bar, 430)


# ---------------------------------------------------------------- 5 a nightclub's door ticket and cloakroom


CLUBS = {
    "INR": [("Hangar 9 Club, Koregaon Park", "en")],
    "GBP": [("Vault 27", "en")],
    "USD": [("Neon Saints Nightclub", "en")],
    "EUR": [
        ("Dockside Club Dublin", "en"),
        ("Kellerwerk Club", "de"),
        ("Club Nachtvlinder", "nl"),
        ("Sala Medianoche", "es"),
        ("Le Sous-Sol", "fr"),
    ],
}
DJS = ["DJ Lina Voss", "Marco Bellini b2b Kaito", "DJ Ananya K", "Sable & Rhodes", "Teo Marín", "Nova Kane"]
NIGHTS = {
    "en": ["TECHNO SATURDAY", "Friday Frequencies", "Bollywood vs Hip-Hop Night", "90s Garage Night"],
    "de": ["Techno Samstag", "Freitagsrave"],
    "nl": ["Zaterdag Techno", "Nachtvlinder Nacht"],
    "es": ["Noche de Reggaetón", "Sábado Techno"],
    "fr": ["Nuit House", "Samedi Techno"],
}


def nightclub_door(rng: random.Random, font: str):
    """A nightclub's door ticket (Pune, Manchester, Miami, Dublin, Berlin, Amsterdam, Madrid, Paris), printed at the
    till: the club on top (the payee), the night and its DJs (never the payee), entries at the door's price (an Indian
    club's cover charge for a couple or a stag, redeemable against drinks; a guest list's reduced entry for a named
    guest), the cloakroom's items and its ticket number, a wristband's number (neither is the id), GST added in
    India, tax included in the euro area and the UK, a US service fee; cash with change, a card with its
    terminal's words or a way under a label. The ticket's number is the id where printed; the night's date (under a
    plain date label) is the date."""
    currency, club, lang = _issuer(rng, CLUBS)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", club)]
    rows.append(("center", rng.choice(NIGHTS.get(lang) or NIGHTS["en"])))
    if shown(rng, 0.6):
        rows.append(("small", " / ".join(rng.sample(DJS, rng.choice([1, 2])))))
    rows.append(("rule",))
    net = 0.0
    if key == "INR":
        kind, value = rng.choice(
            [("Couple entry (cover)", 3000.0), ("Stag entry (cover)", 2000.0), ("Ladies entry", 1000.0)]
        )
        n = rng.choice([1, 1, 2])
        net = value * n
        rows.append(("pair", f"{n} x {kind}" if n > 1 else kind, _m(net, grouping)))
        rows.append(("small", "Cover redeemable against F&B till 1:00 AM"))
    else:
        n = rng.choice([1, 1, 2, 3, 4])
        entry = _p(rng.choice([12.0, 15.0, 18.0, 20.0]), key)
        guestlist = shown(rng, 0.3)
        if guestlist:
            entry = round(entry / 2, 2)
        label = _say(
            rng,
            lang,
            en=["Entry", "Door entry", "Admission"],
            de=["Eintritt"],
            nl=["Entree"],
            es=["Entrada con consumición", "Entrada"],
            fr=["Entrée", "Entrée + conso"],
        )
        if guestlist:
            label += _say(
                rng,
                lang,
                en=[" (guest list)"],
                de=[" (Gästeliste)"],
                nl=[" (gastenlijst)"],
                es=[" (lista)"],
                fr=[" (guest list)"],
            )
        net = round(entry * n, 2)
        rows.append(("pair", f"{n} x {label}" if n > 1 else label, _m(net, grouping)))
        if guestlist and shown(rng, 0.7):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Guest list"],
                        de=["Gästeliste"],
                        nl=["Gastenlijst"],
                        es=["Lista"],
                        fr=["Liste"],
                    ),
                    f"{_who73(rng, currency, lang)} +{n - 1}",
                )
            )
    if shown(rng, 0.7):
        items = rng.randint(1, 3)
        fee = _p(2.0, key) if key != "INR" else 100.0
        line = round(fee * items, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Cloakroom {items} x {_m(fee, grouping)}"],
                    de=[f"Garderobe {items} x {_m(fee, grouping)}"],
                    nl=[f"Garderobe {items} x {_m(fee, grouping)}"],
                    es=[f"Guardarropa {items} x {_m(fee, grouping)}"],
                    fr=[f"Vestiaire {items} x {_m(fee, grouping)}"],
                ),
                _m(line, grouping),
            )
        )
        net = round(net + line, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Cloakroom ticket", "Coat tag"],
                    de=["Garderobenmarke"],
                    nl=["Garderobenummer"],
                    es=["Ficha guardarropa"],
                    fr=["Ticket vestiaire"],
                ),
                str(rng.randint(1, 480)),
            )
        )
    if key == "USD":
        fee = round(net * 0.05, 2)
        rows.append(("pair", "Service fee", _m(fee, grouping)))
        net = round(net + fee, 2)
    total = _tax74(rng, rows, grouping, net, key, lang) if key in ("INR",) else net
    if key not in ("INR", "USD") and shown(rng, 0.6):
        _tax74(rng, rows, grouping, net, key, lang)
    slip = shown(rng, 0.45)
    status, words = _slip_outcome72(rng, lang, 0.6, 0.25) if slip else (None, None)
    _total74(rng, rows, fmt, total, status, lang)
    if slip:
        method = _slip74(rng, rows, lang, status, words)
    elif shown(rng, 0.5):
        method = _cash72(rng, rows, lang, grouping, total, currency)
    else:
        method = _way74(rng, rows, key, lang, 0.4)
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Wristband", "Band no."],
                    de=["Bändchen"],
                    nl=["Polsbandje"],
                    es=["Pulsera"],
                    fr=["Bracelet"],
                ),
                f"{code(rng, 1, 'ABCDEFGH')}{digits(rng, 5)}",
            )
        )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Ticket No", "Ticket #", "Trans"],
            de=["Bon-Nr.", "Ticket-Nr."],
            nl=["Ticketnr."],
            es=["Ticket n.º"],
            fr=["Ticket n°"],
        ),
        digits(rng, 7),
        0.35,
        status,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PLAIN_DATE, 0.15, 0.9, status)
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "No re-entry. Over 21s only. Management reserves the right of admission.",
            "Valid for one entry on the date shown.",
        ],
        de=["Kein Wiedereinlass. Ab 18."],
        nl=["Geen herintreding. 18+."],
        es=["Prohibida la reentrada."],
        fr=["Pas de sortie définitive. 18 ans et plus."],
    )
    truth = truth_fields(club, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, 17), club, 420)


# ---------------------------------------------------------------- 6 a comedy club's online tickets


COMEDY_CLUBS = {
    "INR": [("The Punchline Room, Koramangala", "en")],
    "GBP": [("Giggle Barn Comedy Club", "en")],
    "USD": [("The Laugh Cellar", "en")],
    "AUD": [("Laughing Wombat Comedy Club", "en")],
    "EUR": [("Laughing Liffey Comedy Club", "en"), ("Lachkeller Köln", "de"), ("Lachkelder Amsterdam", "nl")],
}
COMICS = ["Priya Venkat", "Danny Okafor", "Mags Reilly", "Tomás Vega", "Hanna Berger", "Joe Pescatore"]
SHOWS = {
    "en": ["Friday Late Show", "Saturday Headliners", "New Material Night", "Comedy Showcase"],
    "de": ["Mixed Show am Samstag", "Open Mic Dienstag"],
    "nl": ["Zaterdagavond Stand-up", "Comedy Mix"],
}
COMEDY_WORDS = {
    "en": {
        "success": ["Payment received - enjoy the show!", "Tickets issued"],
        "failed": ["Payment declined - your seats have been released"],
        "pending": ["Payment processing - your tickets will follow by e-mail"],
    },
    "de": {
        "success": ["Tickets erfolgreich gebucht"],
        "failed": ["Zahlung abgelehnt"],
        "pending": ["Zahlung wird geprüft"],
    },
    "nl": {
        "success": ["Betaling gelukt, veel plezier!"],
        "failed": ["Betaling mislukt"],
        "pending": ["Betaling wordt verwerkt"],
    },
}


def comedy_club_tickets(rng: random.Random, font: str):
    """A comedy club's ticket order by e-mail or on a screen (Bengaluru, Bristol, New York, Melbourne, Dublin,
    Cologne, Amsterdam): the club on top (the payee), the show, its headliner and MC (never the payee), the show's day
    and doors (never the date), tickets at their price, a booking fee per ticket, a promo code's discount, GST added
    in India, a US two-drink minimum payable at the venue (never in the amount), table and seat numbers; the total
    is the amount; the order's number is the id; the day ordered is the date."""
    currency, club, lang = _issuer(rng, COMEDY_CLUBS)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    status, words = _outcome74(rng, 0.6, lang, COMEDY_WORDS, 0.65, 0.2)
    rows: list[tuple] = [("title", club)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Your tickets", "Order confirmation", "Booking summary"],
                de=["Deine Tickets", "Bestellübersicht"],
                nl=["Je tickets", "Bestelling"],
            ),
        )
    )
    _status74(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Show"], de=["Show"], nl=["Show"]),
            rng.choice(SHOWS.get(lang) or SHOWS["en"]),
        )
    )
    comics = rng.sample(COMICS, 2)
    rows.append(("pair", _say(rng, lang, en=["Headliner"], de=["Headliner"], nl=["Headliner"]), comics[0]))
    if shown(rng, 0.5):
        rows.append(("pair", "MC", comics[1]))
    show_day = _later(when, rng, 1, 30)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Show date", "When"], de=["Showtermin"], nl=["Voorstelling"]),
            _other_day(show_day, pattern, lang)
            + rng.choice([", doors 7:00 PM", ", 20:00", " - 9:30 PM", ""]),
        )
    )
    rows.append(("rule",))
    n = rng.choice([1, 2, 2, 3, 4, 6])
    price = _p(rng.choice([12.0, 15.0, 18.0, 22.0]), key)
    net = round(price * n, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=[f"{n} x General admission", f"{n} x Ticket"],
                de=[f"{n} x Ticket"],
                nl=[f"{n} x Toegangsbewijs"],
            ),
            _m(net, grouping),
        )
    )
    if shown(rng, 0.6):
        fee = round(_p(1.5, key) * n, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Booking fee", "Service fee"],
                    de=["Vorverkaufsgebühr"],
                    nl=["Servicekosten"],
                ),
                _m(fee, grouping),
            )
        )
        net = round(net + fee, 2)
    if shown(rng, 0.3):
        off = round(net * 0.1, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Promo {code(rng, 6, UPPER)} (-10%)"],
                    de=["Rabattcode -10%"],
                    nl=["Kortingscode -10%"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    total = _tax74(rng, rows, grouping, net, key, lang) if key == "INR" else net
    _total74(rng, rows, fmt, total, status, lang)
    if key == "USD" and shown(rng, 0.7):
        rows.append(("small", "Two-drink minimum per person, payable at the venue."))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Seats"], de=["Plätze"], nl=["Plaatsen"]),
                f"Table {rng.randint(1, 30)}, {n} seats"
                if lang == "en"
                else f"Tisch {rng.randint(1, 30)}"
                if lang == "de"
                else f"Rij {rng.randint(1, 12)}",
            )
        )
    method = _way74(rng, rows, key, lang, 0.25, status, online=True)
    txn = _id73(
        rng,
        rows,
        _t(lang, en=["Order number", "Order #", "Booking ID"], de=["Bestellnummer"], nl=["Bestelnummer"]),
        f"{code(rng, 2, UPPER)}{digits(rng, 7)}",
        0.2,
        status,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Ordered on", "Order date", "Booked on"], "de": ["Bestellt am"], "nl": ["Besteld op"]},
        0.25,
        0.5,
        status,
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Booked by", "Name"], de=["Gebucht von"], nl=["Geboekt door"]),
                _who73(rng, currency, lang),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Strictly 18+. Latecomers may be seated at the comedian's mercy.",
            "Tickets are non-refundable unless the show is cancelled.",
        ],
        de=["Einlass ab 18 Jahren."],
        nl=["Tickets worden niet terugbetaald."],
    )
    truth = truth_fields(club, total, currency, txn, dated, method, status)
    style = rng.choice([EMAIL, SCREEN, DARK])
    return rows, truth, _page(font, rows, style, club)


# ---------------------------------------------------------------- 7 a social darts or shuffleboard venue's booking


GAME_VENUES = {
    "INR": [("Double Bull Social, Lower Parel", "en")],
    "GBP": [("Oche & Ale Leeds", "en")],
    "USD": [("Puck & Pint Shuffle Club", "en")],
    "AUD": [("Slide Shuffleboard Bar", "en")],
    "EUR": [("Double Top Social Darts", "en"), ("Shuffle Halle Köln", "de"), ("De Dubbel Twintig", "nl")],
}
GAME_LANES = {"darts": ("Oche", "Oche", "Oche"), "shuffle": ("Court", "Bahn", "Baan")}
GAME_PACKAGES = {
    "darts": {
        "en": [("Darts & pizza", 25.0), ("Oche hire (60 min)", 12.0), ("Games + bottomless fizz", 35.0)],
        "nl": [("Darten 60 min", 12.0), ("Darts & bittergarnituur", 22.0)],
    },
    "shuffle": {
        "en": [("Shuffle & sharers", 28.0), ("Court hire (60 min)", 12.0), ("Games + bottomless fizz", 35.0)],
        "de": [("Shuffleboard 60 Min.", 12.0), ("Spiel & Flammkuchen", 24.0)],
    },
}
# the outcome of a booking paid in full, and of one whose deposit is taken
GAME_WORDS = {
    "full": {
        "en": {
            "success": ["Booking paid", "You're all set!"],
            "failed": ["Payment failed - booking not confirmed"],
            "pending": ["Payment pending"],
        },
        "de": {
            "success": ["Buchung bezahlt"],
            "failed": ["Zahlung fehlgeschlagen"],
            "pending": ["Zahlung ausstehend"],
        },
        "nl": {
            "success": ["Boeking betaald"],
            "failed": ["Betaling mislukt"],
            "pending": ["Betaling in behandeling"],
        },
    },
    "deposit": {
        "en": {
            "success": ["Deposit received", "You're all set!"],
            "failed": ["Deposit payment failed - booking not confirmed"],
            "pending": ["Deposit pending"],
        },
        "de": {
            "success": ["Anzahlung erhalten"],
            "failed": ["Anzahlung fehlgeschlagen"],
            "pending": ["Anzahlung ausstehend"],
        },
        "nl": {
            "success": ["Aanbetaling ontvangen"],
            "failed": ["Aanbetaling mislukt"],
            "pending": ["Aanbetaling in behandeling"],
        },
    },
}


def social_darts_booking(rng: random.Random, font: str):
    """A social darts or shuffleboard venue's booking by e-mail or on a screen (Mumbai, Leeds, Chicago, Sydney,
    Dublin, Cologne, Rotterdam): the venue on top (the payee), the booker and the group's size (never the payee), the
    oche, court or lane (never the id), the session's day and time (never the date), a package per player or a lane
    per hour, either paid in full (the total is the amount) or a deposit per player taken now with the rest payable
    on arrival (the deposit is the amount; the booking's value and the balance never), a booking fee, GST added in
    India. Up to two numbers: the payment's reference and the booking's reference; the payment's, where printed, is
    the id."""
    currency, venue, lang = _issuer(rng, GAME_VENUES)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    game = "shuffle" if "Shuffle" in venue or "Slide" in venue else "darts"
    lane = GAME_LANES[game][{"en": 0, "de": 1, "nl": 2}[lang]]
    with_deposit = shown(rng, 0.5)
    status, words = _outcome74(rng, 0.6, lang, GAME_WORDS["deposit" if with_deposit else "full"], 0.65, 0.2)
    rows: list[tuple] = [("title", venue)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Booking confirmation", "Your booking", "Game on!"],
                de=["Deine Buchung"],
                nl=["Je boeking"],
            ),
        )
    )
    _status74(rng, rows, words, lang)
    players = rng.choice([4, 6, 8, 10, 12, 16])
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Booked by", "Name"], de=["Gebucht von"], nl=["Geboekt door"]),
            _who73(rng, currency, lang),
        )
    )
    rows.append(
        ("pair", _say(rng, lang, en=["Players", "Group size"], de=["Personen"], nl=["Spelers"]), str(players))
    )
    session = _later(when, rng, 2, 35)
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Session", "Arrival"], de=["Termin"], nl=["Speeltijd"]),
            _other_day(session, pattern, lang) + rng.choice([" 19:30", " 8:00 PM", " 18:00 - 19:00", ""]),
        )
    )
    rows.append(
        ("pair", lane, f"{rng.randint(1, 14)}" + (f" + {rng.randint(15, 20)}" if players > 8 else ""))
    )
    rows.append(("rule",))
    package, base = rng.choice(GAME_PACKAGES[game].get(lang) or GAME_PACKAGES[game]["en"])
    per = _p(base, key)
    whole = round(per * players, 2)
    rows.append(("pair", f"{players} x {package}", _m(whole, grouping)))
    if shown(rng, 0.4):
        fee = _p(1.0, key) if key != "INR" else 49.0
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Booking fee"], de=["Buchungsgebühr"], nl=["Boekingskosten"]),
                _m(fee, grouping),
            )
        )
        whole = round(whole + fee, 2)
    if key == "INR":
        whole = _tax74(rng, rows, grouping, whole, key, lang)
    if with_deposit:
        deposit = round(_p(10.0, key) * players, 2)
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Booking total", "Total value"], de=["Gesamtwert"], nl=["Totale waarde"]),
                _m(whole, grouping),
            )
        )
        open_ = status in ("failed", "pending")
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Deposit due"] if open_ else ["Deposit paid", "Paid today"],
                    de=["Anzahlung"],
                    nl=["Aanbetaling"],
                ),
                fmt(deposit),
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance payable on arrival", "Remaining balance"],
                    de=["Rest vor Ort"],
                    nl=["Restbedrag bij aankomst"],
                ),
                _m(round(whole - deposit, 2), grouping),
            )
        )
        amount = deposit
    else:
        _total74(rng, rows, fmt, whole, status, lang)
        amount = whole
    method = _way74(rng, rows, key, lang, 0.3, status, online=True)
    booking = code(rng, 3, UPPER) + "-" + digits(rng, 5)
    payment = ("pi_" + code(rng, 14, MIXED)) if shown(rng, 0.4) else digits(rng, 12)
    entries = [
        (
            _t(lang, en=["Payment ref", "Transaction ID"], de=["Zahlungsreferenz"], nl=["Betaalreferentie"]),
            payment,
        ),
        (
            _t(lang, en=["Booking ref", "Booking reference"], de=["Buchungsnummer"], nl=["Boekingsnummer"]),
            booking,
        ),
    ]
    printed = [index for index in range(2) if shown(rng, 0.4 if index == 0 else 0.2)]
    for index in rng.sample(printed, len(printed)):
        _id73(rng, rows, entries[index][0], entries[index][1], 0.0, status)
    txn = entries[printed[0]][1] if printed else None
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Booked on", "Payment date"], "de": ["Gebucht am"], "nl": ["Geboekt op"]},
        0.3,
        0.4,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Please arrive 15 minutes before your session.", "Over 18s after 7pm."],
        de=["Bitte 15 Minuten vorher da sein."],
        nl=["Kom 15 minuten van tevoren."],
    )
    truth = truth_fields(venue, amount, currency, txn, dated, method, status)
    style = rng.choice([EMAIL, SCREEN, DARK])
    return rows, truth, _page(font, rows, style, venue)


# ---------------------------------------------------------------- 8 a nail bar's receipt


NAIL_BARS = {
    "INR": [("Polish & Prim Nail Studio", "en")],
    "GBP": [("Gloss Nail Bar", "en")],
    "USD": [("Lotus Nails & Spa", "en")],
    "EUR": [
        ("Tips & Toes Nail Bar", "en"),
        ("Nagelstudio Perlmutt", "de"),
        ("Bar à Ongles Cerise", "fr"),
        ("Unghie Belle Nail Bar", "it"),
        ("Estética de Uñas Coral", "es"),
    ],
}
NAIL_WORK = {
    "en": [
        ("Gel manicure", 28.0),
        ("Gel removal", 8.0),
        ("Gel pedicure", 35.0),
        ("Acrylic full set", 38.0),
        ("Acrylic infill", 28.0),
        ("BIAB overlay", 35.0),
        ("French tips", 5.0),
    ],
    "de": [("Shellac Maniküre", 30.0), ("Ablösen", 8.0), ("Neumodellage Gel", 45.0), ("Auffüllen", 32.0)],
    "fr": [("Pose vernis semi-permanent", 30.0), ("Dépose", 8.0), ("Beauté des pieds", 32.0)],
    "it": [("Semipermanente mani", 25.0), ("Rimozione", 7.0), ("Ricostruzione gel", 45.0)],
    "es": [("Manicura semipermanente", 22.0), ("Retirada", 6.0), ("Pedicura spa", 28.0)],
}
NAIL_ART = {"en": "Nail art", "de": "Nageldesign", "fr": "Nail art", "it": "Nail art", "es": "Decoración"}
NAIL_WORDS = {
    "en": {"success": ["Paid - thank you!"], "failed": ["Card declined"], "pending": []},
    "de": {"success": ["Bezahlt - danke!"], "failed": ["Karte abgelehnt"], "pending": []},
    "fr": {"success": ["Réglé - merci !"], "failed": ["Carte refusée"], "pending": []},
    "it": {"success": ["Pagato - grazie!"], "failed": ["Carta rifiutata"], "pending": []},
    "es": {"success": ["Pagado - ¡gracias!"], "failed": ["Tarjeta denegada"], "pending": []},
}


def nail_bar_receipt(rng: random.Random, font: str):
    """A nail bar's receipt (Hyderabad, London, Houston, Dublin, Munich, Lyon, Milan, Valencia): the bar on top (the
    payee), the technician (never the payee), services, nail art per nail, GST added in India, a booking deposit
    paid online taken off (the balance is the amount; the services' total never), a US tip added on the card (in
    the amount) or a tip left in cash for the technician (printed, never in the amount), a loyalty card's number and
    the next appointment (never the date or the id). The receipt's number is the id where printed."""
    currency, salon, lang = _issuer(rng, NAIL_BARS)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    tech = _pro74(rng, currency, lang)
    rows: list[tuple] = [("title", salon)]
    if key in ("GBP", "IE", "de", "fr", "it", "es", "INR") and shown(rng, 0.4):
        rows.append(
            (
                "small",
                rng.choice(_tax_ids(rng, key, "36")) if key not in ("es",) else f"CIF B{digits(rng, 8)}",
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Nail tech", "Technician", "Served by"],
                de=["Stylistin"],
                fr=["Prothésiste"],
                it=["Onicotecnica"],
                es=["Técnica"],
            ),
            tech,
        )
    )
    rows.append(("rule",))
    net = 0.0
    for name, value in rng.sample(NAIL_WORK.get(lang) or NAIL_WORK["en"], rng.randint(1, 3)):
        value = _p(value, key) if key != "INR" else float(round(value * 45 / 50) * 50)
        rows.append(("pair", name, _m(value, grouping)))
        net = round(net + value, 2)
    if shown(rng, 0.4):
        nails = rng.choice([2, 4, 6, 10])
        each = _p(2.0, key) if key != "INR" else 100.0
        rows.append(
            ("pair", f"{NAIL_ART[lang]} {nails} x {_m(each, grouping)}", _m(round(nails * each, 2), grouping))
        )
        net = round(net + nails * each, 2)
    total = net
    if key == "INR":
        rows.append(("pair", "Sub Total", _m(net, grouping)))
        total = _tax74(rng, rows, grouping, net, key, lang)
    elif key != "USD" and shown(rng, 0.5):
        _tax74(rng, rows, grouping, net, key, lang)
    status, words = _outcome74(rng, 0.35, lang, NAIL_WORDS, 0.75, 0.25)
    amount = total
    deposit = _p(10.0, key) if key != "INR" else 500.0
    if shown(rng, 0.3) and total > 2 * deposit:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Total services"],
                    de=["Summe Leistungen"],
                    fr=["Total prestations"],
                    it=["Totale servizi"],
                    es=["Total servicios"],
                ),
                fmt(total),
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Less deposit paid online", "Booking deposit"],
                    de=["abzgl. Anzahlung online"],
                    fr=["Acompte en ligne"],
                    it=["Acconto online"],
                    es=["Señal online"],
                ),
                "-" + _m(deposit, grouping),
            )
        )
        amount = round(total - deposit, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance"],
                    de=["Restbetrag"],
                    fr=["Reste à payer"],
                    it=["Saldo"],
                    es=["Resto"],
                ),
                fmt(amount),
            )
        )
    else:
        _total74(rng, rows, fmt, total, status, lang)
    if key == "USD" and shown(rng, 0.7):
        tip = float(round(amount * rng.choice([0.15, 0.2, 0.25])))
        rows.append(("pair", "Tip", _m(tip, grouping)))
        amount = round(amount + tip, 2)
        rows.append(("pair", "Card total", fmt(amount)))
    elif key in ("GBP", "IE") and shown(rng, 0.35):
        rows.append(
            (
                "small",
                f"Tip {_m(float(rng.choice([3, 5])), grouping)} left in cash for {_first(tech)} - thank you!",
            )
        )
    if words and status == "failed":
        words = rng.choice(NAIL_WORDS[lang]["failed"])
    _status74(rng, rows, words, lang)
    method = _way74(rng, rows, key, lang, 0.2, status)
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Loyalty card"],
                    de=["Bonuskarte"],
                    fr=["Carte fidélité"],
                    it=["Tessera fedeltà"],
                    es=["Tarjeta cliente"],
                ),
                f"{digits(rng, 4)} {digits(rng, 4)}",
            )
        )
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Receipt No", "Invoice #"],
            de=["Beleg-Nr.", "Rechnungs-Nr."],
            fr=["Ticket n°"],
            it=["Scontrino n."],
            es=["Ticket n.º"],
        ),
        digits(rng, 5),
        0.3,
        status,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PLAIN_DATE, 0.15, 0.6, status)
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Next appointment"],
                    de=["Nächster Termin"],
                    fr=["Prochain RDV"],
                    it=["Prossimo appuntamento"],
                    es=["Próxima cita"],
                ),
                _other_day(_later(when, rng, 14, 28), pattern, lang),
            )
        )
    truth = truth_fields(salon, amount, currency, txn, dated, method, status)
    style = rng.choice([_sized(THERMAL, 17), _sized(PAPER, 18)])
    return rows, truth, _page(font, rows, style, salon, 430 if style["width"] == 400 else None)


# ---------------------------------------------------------------- 9 a brow and lash studio's receipt


BROW_STUDIOS = {
    "INR": [("Arch & Lash Studio, Sector 29", "en")],
    "GBP": [("Brow Bar & Beyond", "en")],
    "USD": [("Lash Lab & Brow Co.", "en")],
    "AED": [("Arched Brow Lounge", "en")],
    "EUR": [
        ("Brow & Lash Loft", "en"),
        ("Brow & Lash Atelier Luise", "de"),
        ("Browstudio Wimper & Boog", "nl"),
    ],
}
BROW_WORK = {
    "en": [
        ("Eyebrow threading", 12.0),
        ("Upper lip threading", 6.0),
        ("Brow tint", 10.0),
        ("Brow lamination", 45.0),
        ("Lash lift & tint", 50.0),
        ("Classic lash extensions (full set)", 65.0),
        ("Lash infill (2 wks)", 35.0),
    ],
    "de": [("Augenbrauen zupfen & färben", 22.0), ("Brow Lifting", 45.0), ("Wimpernlifting", 50.0)],
    "nl": [("Wenkbrauwen epileren", 14.0), ("Browlift", 45.0), ("Wimperlift + verven", 50.0)],
}
# Indian prices as studios print them (rupees)
BROW_INR = [
    ("Eyebrow threading", 60.0),
    ("Upper lip", 40.0),
    ("Forehead", 40.0),
    ("Full face threading", 350.0),
    ("Brow tint", 500.0),
    ("Lash lift", 2500.0),
    ("Brow lamination", 2200.0),
]


def brow_lash_studio(rng: random.Random, font: str):
    """A brow and lash studio's receipt (Gurugram, Birmingham, Chicago, Dubai, Galway, Hamburg, The Hague): the studio
    on top (the payee), the therapist (never the payee), threading, tint, lamination, lifts and extensions, a patch
    test's day and the next infill (never the date), GST added in India, Dubai VAT added, tax included elsewhere, a
    booking deposit taken off (the balance paid is the amount) in a share, an outcome in a share. The invoice's or
    receipt's number is the id where printed; a client's number never."""
    currency, studio, lang = _issuer(rng, BROW_STUDIOS)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    status, words = _outcome74(rng, 0.45, lang, None, 0.7, 0.2)
    rows: list[tuple] = [("title", studio)]
    rows.append(
        ("pair", _say(rng, lang, en=["Client"], de=["Kundin"], nl=["Klant"]), _who73(rng, currency, lang))
    )
    if shown(rng, 0.4):
        rows.append(
            ("pair", _say(rng, lang, en=["Client no."], de=["Kundennr."], nl=["Klantnr."]), digits(rng, 5))
        )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Therapist", "Brow artist"], de=["Stylistin"], nl=["Behandelaar"]),
            _pro74(rng, currency, lang),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Patch test"], de=["Allergietest"], nl=["Allergietest"]),
                _other_day(_earlier(when, rng, 2, 20), pattern, lang),
            )
        )
    rows.append(("rule",))
    work = BROW_INR if key == "INR" else (BROW_WORK.get(lang) or BROW_WORK["en"])
    net = 0.0
    for name, value in rng.sample(work, rng.randint(1, 3)):
        value = value if key == "INR" else _p(value, key)
        rows.append(("pair", name, _m(value, grouping)))
        net = round(net + value, 2)
    if key == "INR":
        rows.append(("pair", "Taxable value", _m(net, grouping)))
        total = _tax74(rng, rows, grouping, net, key, lang)
    elif key == "AED":
        total = _tax74(rng, rows, grouping, net, key, lang, 0.05, "added")
    else:
        total = net
        if key != "USD" and shown(rng, 0.5):
            _tax74(rng, rows, grouping, net, key, lang)
    amount = total
    if shown(rng, 0.35) and total > _p(30.0, key):
        deposit = _p(10.0, key) if key != "INR" else 500.0
        rows.append(("pair", _say(rng, lang, en=["Total"], de=["Gesamt"], nl=["Totaal"]), fmt(total)))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Deposit paid at booking", "Less deposit"],
                    de=["Anzahlung bei Buchung"],
                    nl=["Aanbetaling bij boeking"],
                ),
                "-" + _m(deposit, grouping),
            )
        )
        amount = round(total - deposit, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance due"] if status in ("failed", "pending") else ["Balance paid", "Paid today"],
                    de=["Restbetrag"],
                    nl=["Restbedrag"],
                ),
                fmt(amount),
            )
        )
    else:
        _total74(rng, rows, fmt, total, status, lang)
    _status74(rng, rows, words, lang)
    method = _way74(rng, rows, key, lang, 0.2, status)
    txn = _id73(
        rng,
        rows,
        _t(lang, en=["Invoice No", "Receipt #", "Bill No."], de=["Rechnungs-Nr."], nl=["Factuurnr."]),
        f"{code(rng, 2, UPPER)}-{digits(rng, 5)}" if shown(rng, 0.5) else digits(rng, 6),
        0.3,
        status,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Date", "Visit date"], "de": ["Datum"], "nl": ["Datum"]},
        0.15,
        0.5,
        status,
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Infill due", "Next appointment"],
                    de=["Nächster Termin"],
                    nl=["Volgende afspraak"],
                ),
                _other_day(_later(when, rng, 14, 42), pattern, lang),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Please avoid water and steam for 24 hours.", "Late cancellations forfeit the deposit."],
        de=["24 Stunden kein Wasser und keine Sauna."],
        nl=["24 uur geen water of stoom."],
    )
    truth = truth_fields(studio, amount, currency, txn, dated, method, status)
    style = rng.choice([_sized(THERMAL, 17), _sized(PAPER, 18), EMAIL])
    return rows, truth, _page(font, rows, style, studio, 430 if style["width"] == 400 else None)


# ---------------------------------------------------------------- 10 a tanning salon's minutes top-up or spray tan


TANNING = {
    "GBP": [("Sunset Tanning Studio", "en")],
    "USD": [("Bronze Bay Tanning", "en")],
    "AUD": [("Bondi Bronze Spray Tan", "en")],
    "CHF": [("Solarium Sonnendeck Zürich", "de")],
    "EUR": [
        ("Glow Tan Studio Dublin", "en"),
        ("Sonnenstudio Sonnenschein", "de"),
        ("Zonnestudio Tropicana", "nl"),
    ],
}
TAN_WORDS = {
    "en": {"success": ["Top-up successful", "Minutes added"], "failed": ["Top-up failed"], "pending": []},
    "de": {
        "success": ["Aufladung erfolgreich", "Guthaben aufgeladen"],
        "failed": ["Aufladung fehlgeschlagen"],
        "pending": [],
    },
    "nl": {"success": ["Opwaarderen gelukt"], "failed": ["Opwaarderen mislukt"], "pending": []},
}


def tanning_salon(rng: random.Random, font: str):
    """A tanning salon's slip (Bristol, Phoenix, Sydney's spray tan studio, Zürich, Dublin, Düsseldorf, Eindhoven):
    the salon on top (the payee); a member card's minutes topped up (the price paid is the amount; the minutes, a
    bonus and the minutes' balance are no money; the card's number and validity are never the id or the date), a
    sunbed session by the minute with goggles or a lotion sachet and the day the next session is allowed (never the
    date), or a spray tan with an express rinse; tax included or US sales tax added; a card with its terminal's
    words, cash with change or a way under a label. The receipt's number is the id where printed."""
    currency, salon, lang = _issuer(rng, TANNING)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", salon)]
    mode = "spray" if key == "AUD" else rng.choice(["topup", "topup", "session", "spray"])
    status, words = (None, None)
    net = 0.0
    if mode == "topup":
        status, words = _outcome74(rng, 0.5, lang, TAN_WORDS, 0.75, 0.25)
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["Minute card top-up", "Top-up"],
                    de=["Minutenkarte aufladen"],
                    nl=["Minutenkaart opwaarderen"],
                ),
            )
        )
        card = f"{digits(rng, 4)} {digits(rng, 4)}"
        rows.append(
            ("pair", _say(rng, lang, en=["Card no", "Member card"], de=["Karten-Nr."], nl=["Kaartnr."]), card)
        )
        minutes, price = rng.choice([(30, 12.0), (60, 22.0), (100, 35.0), (150, 48.0)])
        net = _p(price, key)
        bonus = minutes // 10 if shown(rng, 0.5) else 0
        rows.append(
            (
                "pair",
                _say(
                    rng, lang, en=[f"{minutes} minutes"], de=[f"{minutes} Minuten"], nl=[f"{minutes} minuten"]
                ),
                _m(net, grouping),
            )
        )
        if bonus:
            rows.append(
                (
                    "pair",
                    _say(rng, lang, en=["Bonus minutes"], de=["Bonusminuten"], nl=["Bonusminuten"]),
                    f"+{bonus} min",
                )
            )
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Minutes balance"], de=["Restguthaben"], nl=["Saldo minuten"]),
                f"{minutes + bonus + rng.randint(0, 40)} min",
            )
        )
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    _say(rng, lang, en=["Valid until"], de=["Gültig bis"], nl=["Geldig tot"]),
                    _other_day(_later(when, rng, 180, 366), pattern, lang),
                )
            )
    elif mode == "session":
        bed = rng.randint(1, 9)
        minutes = rng.choice([6, 9, 12, 15, 20])
        per = _p(0.6, key) if key not in ("CHF",) else 1.0
        per = max(per, 0.5)
        net = round(per * minutes, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Bed {bed} - {minutes} min @ {_m(per, grouping)}"],
                    de=[f"Kabine {bed} - {minutes} Min. à {_m(per, grouping)}"],
                    nl=[f"Bank {bed} - {minutes} min à {_m(per, grouping)}"],
                ),
                _m(net, grouping),
            )
        )
        for name, value in rng.sample([("Goggles", 3.0), ("Tan accelerator sachet", 2.5)], rng.randint(0, 2)):
            name = {
                "de": {"Goggles": "Schutzbrille", "Tan accelerator sachet": "Bräunungslotion Sachet"},
                "nl": {"Goggles": "Zonnebril", "Tan accelerator sachet": "Zonnebankcrème sachet"},
            }.get(lang, {}).get(name, name)
            value = _p(value, key)
            rows.append(("pair", name, _m(value, grouping)))
            net = round(net + value, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Next session not before"],
                    de=["Nächste Besonnung frühestens"],
                    nl=["Volgende sessie niet voor"],
                ),
                _other_day(_later(when, rng, 2, 3), pattern, lang),
            )
        )
    else:
        name, value = rng.choice(
            [
                ("Full body spray tan", 25.0),
                ("Express spray tan (rinse 2 hrs)", 30.0),
                ("Bridal trial spray tan", 35.0),
            ]
        )
        name = {"de": "Spray Tan Ganzkörper", "nl": "Spraytan volledig lichaam"}.get(lang, name)
        net = _p(value, key)
        rows.append(("pair", name, _m(net, grouping)))
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    _say(rng, lang, en=["Tanning therapist"], de=["Mitarbeiterin"], nl=["Medewerker"]),
                    _pro74(rng, currency, lang),
                )
            )
    total = _tax74(rng, rows, grouping, net, key, lang, 0.0725, "added") if key == "USD" else net
    if key != "USD" and shown(rng, 0.5):
        _tax74(rng, rows, grouping, net, key, lang)
    slip = mode != "topup" and shown(rng, 0.45)
    if slip:
        status, words = _slip_outcome72(rng, lang, 0.6, 0.2)
    _total74(rng, rows, fmt, total, status, lang)
    if slip:
        method = _slip74(rng, rows, lang, status, words)
    else:
        _status74(rng, rows, words, lang)
        method = _way74(rng, rows, key, lang, 0.25, status)
    txn = _id73(
        rng,
        rows,
        _t(lang, en=["Receipt No", "Trans #"], de=["Beleg-Nr.", "Bon-Nr."], nl=["Bonnr."]),
        digits(rng, 6),
        0.35,
        status,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PLAIN_DATE, 0.15, 0.7, status)
    if key in ("GBP", "IE") and mode == "session" and shown(rng, 0.6):
        rows.append(("small", "Over 18s only. Sunbed use increases the risk of skin cancer."))
    truth = truth_fields(salon, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, 17), salon, 430)


# ---------------------------------------------------------------- 11 a foot reflexology parlour's receipt


FOOT_SPAS = {
    "INR": [("Sole Sutra Foot Reflexology", "en")],
    "GBP": [("Zen Feet Reflexology", "en")],
    "USD": [("Golden Lotus Foot Spa", "en")],
    "SGD": [("Kaki Foot Reflexology Centre", "en")],
    "EUR": [
        ("Baan Sabai Thaise Voetmassage", "nl"),
        ("Fußreflexzonen-Praxis Barfuß", "de"),
        ("Riflessologia Plantare Loto", "it"),
    ],
}
FOOT_WORK = {
    "en": [
        ("Foot reflexology 30 min", 25.0),
        ("Foot reflexology 45 min", 33.0),
        ("Foot reflexology 60 min", 40.0),
        ("Foot + shoulder combo 60 min", 45.0),
    ],
    "de": [("Fußreflexzonenmassage 30 Min.", 35.0), ("Fußreflexzonenmassage 60 Min.", 60.0)],
    "nl": [("Thaise voetmassage 30 min", 25.0), ("Thaise voetmassage 60 min", 40.0)],
    "it": [("Riflessologia plantare 30 min", 30.0), ("Riflessologia plantare 50 min", 45.0)],
}
FOOT_ADDONS = {
    "en": [("Hot stone add-on", 8.0), ("Herbal foot soak", 5.0), ("Neck & shoulder 15 min", 12.0)],
    "de": [("Fußbad mit Kräutern", 6.0)],
    "nl": [("Hete stenen", 8.0), ("Kruidenvoetbad", 5.0)],
    "it": [("Pediluvio alle erbe", 6.0)],
}


def foot_reflexology(rng: random.Random, font: str):
    """A foot reflexology parlour's receipt (Mumbai, Manchester, New York, Singapore, Utrecht, Freiburg, Bologna): the
    parlour on top (the payee), the therapist by name or number and the chair or room (never the payee or the id),
    sessions by their length, add-ons, a member's discount, GST added in India and Singapore, tax included in the
    euro area, a tip added on a US card (in the amount) or a tip left in cash (never in it), a card with its
    terminal's words, cash with change or a way under a label. The receipt's number is the id where printed."""
    currency, spa, lang = _issuer(rng, FOOT_SPAS)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", spa)]
    if shown(rng, 0.6):
        therapist = _pro74(rng, currency, lang) if shown(rng, 0.5) else f"#{rng.randint(2, 40)}"
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Therapist"], de=["Therapeutin"], nl=["Masseur"], it=["Operatore"]),
                therapist,
            )
        )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Chair", "Room"], de=["Raum"], nl=["Stoel"], it=["Cabina"]),
            str(rng.randint(1, 16)),
        )
    )
    rows.append(("rule",))
    guests = rng.choice([1, 1, 2])
    name, value = rng.choice(FOOT_WORK.get(lang) or FOOT_WORK["en"])
    value = _p(value, key)
    net = round(value * guests, 2)
    rows.append(("pair", f"{guests} x {name}" if guests > 1 else name, _m(net, grouping)))
    for addon, price in rng.sample(FOOT_ADDONS.get(lang) or FOOT_ADDONS["en"], rng.randint(0, 1)):
        price = _p(price, key)
        rows.append(("pair", addon, _m(price, grouping)))
        net = round(net + price, 2)
    if key in ("SGD", "INR") and shown(rng, 0.4):
        off = round(net * 0.1, 2)
        rows.append(("pair", "Member discount 10%", "-" + _m(off, grouping)))
        net = round(net - off, 2)
    if key == "INR":
        total = _tax74(rng, rows, grouping, net, key, lang)
    elif key == "SGD":
        total = _tax74(rng, rows, grouping, net, key, lang, 0.09, "added")
    else:
        total = net
        if key == "de" and shown(rng, 0.5):
            rows.append(("small", "Umsatzsteuerfrei gem. § 4 Nr. 14 UStG"))
        elif key not in ("USD", "de") and shown(rng, 0.5):
            _tax74(rng, rows, grouping, net, key, lang)
    slip = shown(rng, 0.4)
    status, words = _slip_outcome72(rng, lang, 0.6, 0.2) if slip else (None, None)
    _total74(rng, rows, fmt, total, status, lang)
    amount = total
    if key == "USD" and slip and shown(rng, 0.7):
        tip = float(round(total * rng.choice([0.15, 0.2])))
        rows.append(("pair", "Tip", _m(tip, grouping)))
        amount = round(total + tip, 2)
        rows.append(("pair", "Total charged", fmt(amount)))
    elif key in ("USD", "GBP") and shown(rng, 0.3):
        rows.append(("small", "Gratuity not included. Cash tips for your therapist are appreciated."))
    if slip:
        method = _slip74(rng, rows, lang, status, words)
    elif shown(rng, 0.4):
        method = _cash72(rng, rows, lang, grouping, total, currency)
    else:
        method = _way74(rng, rows, key, lang, 0.3)
    txn = _id73(
        rng,
        rows,
        _t(
            lang,
            en=["Receipt No", "Bill No", "Receipt #"],
            de=["Quittung Nr.", "Beleg-Nr."],
            nl=["Bonnr."],
            it=["Ricevuta n.", "Scontrino n."],
        ),
        digits(rng, 5),
        0.3,
        status,
    )
    dated = _dated74(rng, rows, when, pattern, currency, lang, PLAIN_DATE, 0.15, 0.7, status)
    if shown(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Drink plenty of water today. Thank you for visiting!"],
                    de=["Bitte heute viel Wasser trinken."],
                    nl=["Drink vandaag veel water."],
                    it=["Bevi molta acqua oggi."],
                ),
            )
        )
    truth = truth_fields(spa, amount, currency, txn, dated, method, status)
    style = rng.choice([_sized(THERMAL, 17), _sized(PAPER, 18)])
    return rows, truth, _page(font, rows, style, spa, 430 if style["width"] == 400 else None)


# ---------------------------------------------------------------- 12 a laser hair removal clinic's session or course


LASER_CLINICS = {
    "INR": [("Lumina Skin & Laser Clinic", "en")],
    "GBP": [("Clearwave Laser Clinic", "en")],
    "USD": [("Silk Laser & Aesthetics", "en")],
    "AED": [("Velvet Laser Clinic Jumeirah", "en")],
    "EUR": [
        ("Glow Laser Clinic Cork", "en"),
        ("Laserzentrum Glatt & Klar", "de"),
        ("Centro Láser Seda", "es"),
    ],
}
LASER_AREAS = {
    "en": [
        ("Underarms", 60.0),
        ("Bikini line", 70.0),
        ("Full legs", 180.0),
        ("Upper lip", 40.0),
        ("Full face", 90.0),
    ],
    "de": [("Achseln", 60.0), ("Bikinizone", 70.0), ("Beine komplett", 180.0), ("Oberlippe", 40.0)],
    "es": [("Axilas", 50.0), ("Ingles", 60.0), ("Piernas completas", 150.0), ("Labio superior", 35.0)],
}
LASER_WORDS = {
    "en": {
        "success": ["Payment received with thanks"],
        "failed": ["Payment declined"],
        "pending": ["Awaiting payment"],
    },
    "de": {
        "success": ["Betrag dankend erhalten"],
        "failed": ["Zahlung abgelehnt"],
        "pending": ["Zahlung offen"],
    },
    "es": {"success": ["Pago recibido"], "failed": ["Pago denegado"], "pending": ["Pendiente de pago"]},
}


def laser_hair_removal(rng: random.Random, font: str):
    """A laser hair removal clinic's invoice (Hyderabad, Leeds, Scottsdale, Dubai, Cork, Frankfurt, Seville): the
    clinic on top (the payee), the practitioner and the client (never the payee), the areas treated, either one
    session of a course (Session 3 of 6, paid per session: its price is the amount) or a course of six bought now
    with its course discount (the course's price is the amount, or the first instalment where the page splits it:
    the instalment paid today, never the course's price or the balance), a patch test's day and the next session
    (never the date), GST added in India, Dubai VAT added, VAT or IVA included; the invoice's number is the id; a
    client's number never."""
    currency, clinic, lang = _issuer(rng, LASER_CLINICS)
    key = _key74(currency, lang)
    fmt, grouping = _fmt74(rng, font, currency, lang)
    pattern = _pattern74(rng, currency, lang)
    when = day(rng)
    status, words = _outcome74(rng, 0.5, lang, LASER_WORDS, 0.7, 0.15)
    rows: list[tuple] = [("title", clinic)]
    if key in ("INR", "GBP", "IE", "de") and shown(rng, 0.5):
        rows.append(("small", _tax_ids(rng, key, "36")[0]))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Invoice", "Tax Invoice"] if key == "INR" else ["Invoice", "Treatment invoice"],
                de=["Rechnung"],
                es=["Factura"],
            ),
        )
    )
    rows.append(
        ("pair", _say(rng, lang, en=["Client"], de=["Kundin"], es=["Cliente"]), _who73(rng, currency, lang))
    )
    if shown(rng, 0.5):
        rows.append(
            ("pair", _say(rng, lang, en=["Client ID"], de=["Kunden-Nr."], es=["N.º cliente"]), digits(rng, 6))
        )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Practitioner", "Laser therapist"], de=["Behandelnde"], es=["Terapeuta"]),
            _pro74(rng, currency, lang),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Patch test"], de=["Testbehandlung"], es=["Prueba de parche"]),
                _other_day(_earlier(when, rng, 7, 60), pattern, lang),
            )
        )
    rows.append(("rule",))
    areas = rng.sample(LASER_AREAS.get(lang) or LASER_AREAS["en"], rng.randint(1, 2))
    per = sum(_p(value, key) for _, value in areas)
    names = " + ".join(name for name, _ in areas)
    amount_label = None
    if shown(rng, 0.5):
        n = rng.randint(1, 6)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"{names} - session {n} of 6"],
                    de=[f"{names} - Sitzung {n}/6"],
                    es=[f"{names} - sesión {n} de 6"],
                ),
                _m(per, grouping),
            )
        )
        net = per
    else:
        whole = round(per * 6, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Course of 6: {names}"],
                    de=[f"6er-Paket: {names}"],
                    es=[f"Bono 6 sesiones: {names}"],
                ),
                _m(whole, grouping),
            )
        )
        off = round(whole * 0.2, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng, lang, en=["Course discount 20%"], de=["Paketrabatt 20%"], es=["Descuento bono 20%"]
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(whole - off, 2)
        amount_label = "course"
    if key == "INR":
        total = _tax74(rng, rows, grouping, net, key, lang)
    elif key == "AED":
        total = _tax74(rng, rows, grouping, net, key, lang, 0.05, "added")
    else:
        total = net
        if key != "USD":
            _tax74(rng, rows, grouping, net, key, lang)
    amount = total
    if amount_label == "course" and shown(rng, 0.4):
        rows.append(
            ("pair", _say(rng, lang, en=["Course total"], de=["Paketpreis"], es=["Total bono"]), fmt(total))
        )
        first = round(total / 3, 2)
        open_ = status in ("failed", "pending")
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Instalment 1 of 3 due"] if open_ else ["Paid today (1 of 3)", "Instalment 1 of 3"],
                    de=["1. Rate"],
                    es=["Primer plazo"],
                ),
                fmt(first),
            )
        )
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Balance remaining"], de=["Restbetrag"], es=["Pendiente"]),
                _m(round(total - first, 2), grouping),
            )
        )
        amount = first
    else:
        _total74(rng, rows, fmt, total, status, lang)
    _status74(rng, rows, words, lang)
    method = _way74(rng, rows, key, lang, 0.2, status)
    txn = _id73(
        rng,
        rows,
        _t(lang, en=["Invoice No", "Invoice #"], de=["Rechnungsnummer"], es=["Factura n.º"]),
        f"{code(rng, 3, UPPER)}/{when.year % 100}/{digits(rng, 4)}" if shown(rng, 0.5) else digits(rng, 7),
        0.2,
        status,
    )
    dated = _dated74(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {"en": ["Invoice date", "Date"], "de": ["Rechnungsdatum", "Datum"], "es": ["Fecha"]},
        0.15,
        0.3,
        status,
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Next session"], de=["Nächste Sitzung"], es=["Próxima sesión"]),
                _other_day(_later(when, rng, 28, 56), pattern, lang),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Avoid sun exposure for 14 days after treatment.", "Courses are valid for 12 months."],
        de=["14 Tage keine Sonne nach der Behandlung."],
        es=["Evite el sol durante 14 días."],
    )
    truth = truth_fields(clinic, amount, currency, txn, dated, method, status)
    style = rng.choice([A4, EMAIL, _sized(PAPER, 18)])
    return rows, truth, _page(font, rows, style, clinic)
