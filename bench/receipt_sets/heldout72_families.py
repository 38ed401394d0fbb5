"""The twelve heldout72 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: payments in farming, trades and business-to-business
life. Six are a farm's (an agricultural market's bill to a buyer, an animal feed store's bill, a farm vet's visit, a
cattle breeder's insemination slip, farm machinery hired with or without a driver, a hatchery's order of chicks or
pullets) and six a trade's or a business's (a wholesale cash-and-carry's invoice, a printing press's job receipt, a
goods carrier's freight receipt, a customs import duty payment, a welding and fabrication shop's job bill, a weights
and measures office's fee for verifying scales and pumps). The page and value helpers of heldout14, heldout62,
heldout65, heldout66, heldout68 and heldout69 are reused for pages in English, German, French, Dutch and Italian;
this set adds Spanish pages (their dates, money, ways to pay, outcomes, totals and tax) through wrappers that hand
every other language to those helpers, advances and balances by the page's language, and headings that call a
failed or waiting payment's page no receipt. ``truth_fields`` states the fields exactly as the page prints them
(``None`` where a field is not printed). A page prints at most one date of payment; the other days (an auction's or
a sale's day, a delivery, a withdrawal period's end, a test's reading, a next visit, a previous service, a next heat
or a pregnancy check, a hire's or a job's days, a hatch, a collection or a ship week, a proof, a fitting, a bill of
entry's or an entry's date, an expected delivery, a day verified, a next verification or an expiry, an earlier
advance) are never it. A paper page prints one number of its own (the id) in a share (a cash-and-carry's invoice
number, else its till's transaction); an online page prints up to two (the payment's reference, a challan's,
receipt's or notice's number), and the payment's reference, where printed, is the id. Licences, tax and company
numbers, customer, account, member, buyer, herd and holding numbers, ear tags, bulls' codes, lot, gate-entry,
J-form, batch, job and quote numbers, lorry receipts', consignments', CMRs', PRO, bill of lading and e-way bill
numbers, declaration, entry, MRN, IEC, EORI and importer numbers, certificates, vehicle registrations and hour
meters are never the id.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _earlier, _later, _page, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import (
    _d,
    _fmt66,
    _issuer,
    _key,
    _m,
    _outcome66,
    _pattern66,
    _pro,
    _say,
    _stamp66,
    _status66,
    _vat66,
    _who,
    _words_inr,
)
from bench.receipt_sets.heldout68_families import (
    RECEIPT_WORDS,
    _id68,
    _no_tax,
    _pay68,
    _tax_ids,
    _terms,
    _total68,
    outcome_table,
)
from bench.receipt_sets.heldout69_families import SLIP_WORDS, _cash, _slip_card

ALNUM = UPPER + "23456789"

# ---------------------------------------------------------------- Spanish pages beside heldout66's languages

ES_MONTHS = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
# one pattern per page, day first; {d}: the day without a leading zero, {B}/{a}: month and weekday
ES_PATTERNS = ["%d/%m/%Y", "{d} de {B} de %Y", "%d-%m-%Y", "%d/%m/%y", "{a}, {d} de {B} de %Y", "%d.%m.%Y"]
ES_MARKS = [("", " €"), ("", " €"), ("", " EUR"), ("€ ", ""), ("EUR ", "")]
ES_PEOPLE = ["Lucía Fernández", "Javier Martín", "Carmen Ruiz", "Alejandro Gómez", "Marta Sánchez"]
ES_STAFF = ["Raúl Navarro", "Pilar Domínguez", "Sergio Ortega", "Elena Castro"]
ES_WAYS = {
    "card": ["Tarjeta", "Tarjeta de crédito", "VISA ****{4}", "Tarjeta de débito", "Tarjeta contactless"],
    "wallet": ["PayPal", "Apple Pay", "Google Pay"],
    "netbanking": ["Transferencia bancaria", "Transferencia SEPA", "Domiciliación bancaria"],
    "cash": ["Efectivo", "Pago en efectivo"],
}
ES_METHOD_LABELS = ["Forma de pago", "Método de pago", "Medio de pago", "Pagado con"]
ES_OUTCOMES = {
    "success": ["Pago realizado", "Pago aceptado", "Pago confirmado", "Pago recibido, gracias"],
    "failed": ["Pago rechazado", "Pago denegado", "Tarjeta denegada", "No se ha podido completar el pago"],
    "pending": ["Pago pendiente", "Pago en proceso", "Pendiente de confirmación del banco"],
}
ES_SLIP = {"success": ["APROBADA", "OPERACIÓN APROBADA"], "failed": ["DENEGADA", "OPERACIÓN DENEGADA"]}
# outcomes that name a card: the way to pay printed beside them is a card
CARD_WORDS = ("Card", "Carte", "Karte", "Kaart", "Carta", "Tarjeta")
PLAIN_DATE = {
    "en": ["Date", "Date & time"],
    "de": ["Datum"],
    "fr": ["Date"],
    "nl": ["Datum"],
    "it": ["Data"],
    "es": ["Fecha"],
}
NOT_RECEIPTS = RECEIPT_WORDS + ("Recibo", "Ticket", "Kwitantie", "Money Receipt", "M.R.", "Tiquet")


def _fmt72(rng: random.Random, font: str, currency: str, lang: str):
    """A formatter of sums in the page's mark, chosen once per page, and the grouping of its figures."""
    if lang != "es":
        return _fmt66(rng, font, currency, lang)
    before, after = rng.choice(ES_MARKS)
    return (lambda value: before + _m(value, "european") + after), "european"


def _pattern72(rng: random.Random, currency: str, lang: str) -> str:
    return rng.choice(ES_PATTERNS) if lang == "es" else _pattern66(rng, currency, lang)


def _d72(when: dt.date, pattern: str, lang: str) -> str:
    """``when`` in the page's pattern and language."""
    if lang != "es":
        return _d(when, pattern, lang)
    return (
        when.strftime(pattern)
        .replace("{d}", str(when.day))
        .replace("{B}", ES_MONTHS[when.month - 1])
        .replace("{a}", ES_DAYS[when.weekday()])
    )


def _stamp72(rng, when, pattern: str, currency: str, lang: str, p_time: float = 0.4) -> str:
    """The day (with a time of day in a share) as the page prints it."""
    if lang != "es":
        return _stamp66(rng, when, pattern, currency, lang, p_time)
    text = _d72(when, pattern, lang)
    if rng.random() < p_time:
        hour, minute = rng.randrange(7, 21), rng.randrange(60)
        text += rng.choice([" ", ", ", " a las "]) + f"{hour:02d}:{minute:02d}" + rng.choice(["", " h"])
    return text


def _dated72(rng, rows, when, pattern, currency, lang, labels, p_absent=0.2, p_time=0.4, status=None):
    """The day paid under one of ``labels`` in a share, or None; where the payment failed or waits, the day it was
    tried under a plain date label."""
    if not shown(rng, p_absent):
        return None
    if status in ("failed", "pending"):
        labels = PLAIN_DATE[lang]
    rows.append(("pair", rng.choice(labels), _stamp72(rng, when, pattern, currency, lang, p_time)))
    return when


def _outcome72(rng, p_shown, currency, lang, extra=None, p_success=0.6, p_failed=0.2, part=False):
    """heldout68's outcomes (Spanish ones on Spanish pages) with a family's own wordings beside them; (status,
    words) or (None, None)."""
    table = dict(ES_OUTCOMES) if lang == "es" else outcome_table(currency, lang, part)
    more = (extra or {}).get(lang, {})
    table = {status: table[status] + more.get(status, []) for status in table}
    return _outcome66(rng, p_shown, lang, p_success, p_failed, {lang: table})


def _status72(rng, rows, words, lang) -> None:
    """The outcome on a line of its own, or beside a status label."""
    if lang != "es":
        _status66(rng, rows, words, lang)
    elif words:
        if rng.random() < 0.6:
            rows.append(("center", words))
        else:
            rows.append(("pair", rng.choice(["Estado", "Estado del pago"]), words))


def _total72(rng, rows, fmt, total, status, lang, totals=None) -> None:
    """The total line; a wording of money having changed hands only where no failure or wait is printed."""
    if lang != "es":
        _total68(rng, rows, fmt, total, status, lang, totals)
        return
    labels = list(totals or ["Total", "Importe total", "Total a pagar"])
    if status not in ("failed", "pending"):
        labels += ["Importe pagado", "Total pagado"]
    rows.append(("pair", rng.choice(labels), fmt(total)))


def _pay72(
    rng, rows, currency, lang, kinds, p_absent=0.2, online=False, status=None, words=None
) -> str | None:
    """heldout68's way to pay (Spanish wordings on Spanish pages) in a share; a card or UPI where the printed
    outcome names one (Card declined, Tarjeta denegada, UPI payment failed). Its truth, or None."""
    if words and any(word in words for word in CARD_WORDS):
        kinds = ["card"]
    elif words and "UPI" in words:
        kinds = ["UPI"]
    if lang != "es":
        return _pay68(rng, rows, currency, lang, kinds, p_absent, online, status)
    if not shown(rng, p_absent):
        return None
    kind = rng.choice([k for k in kinds if k in ES_WAYS])
    ways = [way for way in ES_WAYS[kind] if not (online and "contactless" in way)]
    labels = ES_METHOD_LABELS
    if status in ("failed", "pending"):
        labels = [label for label in labels if not label.startswith("Pagado")]
    rows.append(("pair", rng.choice(labels), rng.choice(ways).replace("{4}", digits(rng, 4))))
    return kind


def _vat72(
    rng, rows, grouping, net, currency, lang, mode, rate=None, india_rate=0.09, net_line=False
) -> float:
    """heldout66's tax lines (IVA on Spanish pages: added after a Base imponible line in a share, or included);
    the sum to pay."""
    if lang != "es":
        return _vat66(rng, rows, grouping, net, currency, lang, mode, rate, india_rate, net_line)
    rate = 0.21 if rate is None else rate
    pct = f"{rate * 100:g}".replace(".", ",") + rng.choice(["%", " %"])
    if mode == "exempt":
        rows.append(("small", "Operación exenta de IVA (art. 20 Ley 37/1992)"))
        return net
    if mode == "added":
        if net_line:
            rows.append(("pair", rng.choice(["Base imponible", "Subtotal"]), _m(net, grouping)))
        tax = round(net * rate, 2)
        rows.append(("pair", f"IVA {pct}", _m(tax, grouping)))
        return round(net + tax, 2)
    rows.append(
        (
            "pair",
            rng.choice([f"IVA incluido ({pct})", f"de los cuales IVA {pct}"]),
            _m(round(net - net / (1 + rate), 2), grouping),
        )
    )
    return net


def _who72(rng: random.Random, currency: str, lang: str) -> str:
    """A customer-side person in the page's country."""
    return rng.choice(ES_PEOPLE) if lang == "es" else _who(rng, currency, lang)


def _pro72(rng: random.Random, currency: str, lang: str) -> str:
    """A member of the business's staff in the page's country."""
    return rng.choice(ES_STAFF) if lang == "es" else _pro(rng, currency, lang)


def _tax72(rng: random.Random, key: str, state: str = "27") -> str:
    """The business's tax or company number (never the id)."""
    if key == "es":
        return rng.choice(
            [f"CIF B{digits(rng, 8)}", f"NIF {digits(rng, 8)}{code(rng, 1, 'TRWAGMYFPDXBNJZSQVHLCKE')}"]
        )
    return rng.choice(_tax_ids(rng, key, state))


def _no_tax72(rng, rows, currency, lang) -> None:
    if lang != "es":
        _no_tax(rng, rows, currency, lang)


def _id72(rng, rows, labels, value, p_absent, status, lang="en") -> str | None:
    """The page's own number under one of ``labels`` in a share; where the payment failed or waits, under no label
    that calls the page a receipt."""
    if status in ("failed", "pending"):
        labels = [label for label in labels if not any(w.lower() in label.lower() for w in NOT_RECEIPTS)]
    plain = {"en": "Reference", "de": "Referenz", "fr": "Référence", "nl": "Referentie", "it": "Riferimento"}
    return _id68(rng, rows, labels or [plain.get(lang, "Referencia")], value, p_absent, status)


RECEIPT_HEADS = (
    "Receipt",
    "Memo",
    "Quittung",
    "Beleg",
    "Reçu",
    "Quittance",
    "Ricevuta",
    "Quietanza",
    "Kwitantie",
    "Recibo",
)


def _heading72(rng, rows, status, lang, **words: list[str]) -> None:
    """The page's heading in its language; where the payment failed or waits, none that calls the page a
    receipt."""
    pool = list(words.get(lang) or words["en"])
    if status in ("failed", "pending"):
        plain = [word for word in pool if not any(r.lower() in word.lower() for r in RECEIPT_HEADS)]
        pool = plain or [
            {"de": "Zahlung", "fr": "Paiement", "nl": "Betaling", "it": "Pagamento", "es": "Pago"}.get(
                lang, "Payment"
            )
        ]
    rows.append(("center", rng.choice(pool)))


def _ids72(rng, rows, entries, status, p_absent=0.35) -> str | None:
    """Each of ``entries`` ((labels, value), the strongest first) printed in a share, in a shuffled order; the
    strongest printed (the id), or None."""
    printed = [index for index in range(len(entries)) if shown(rng, p_absent)]
    for index in rng.sample(printed, len(printed)):
        labels, value = entries[index]
        _id72(rng, rows, labels, value, 0.0, status)
    return entries[printed[0]][1] if printed else None


def _cash72(rng, rows, lang, grouping, total, currency) -> str:
    """Cash tendered and the change (never the amount)."""
    if lang != "es":
        return _cash(rng, rows, lang, grouping, total, currency)
    given = float((int(total) // 20 + 1) * 20) if total > 10 else 20.0
    rows.append(("pair", rng.choice(["Efectivo", "Entregado"]), _m(given, grouping)))
    rows.append(("pair", "Cambio", _m(round(given - total, 2), grouping)))
    return "cash"


def _slip_outcome72(rng, lang, p_shown=0.55, p_failed=0.25):
    """A card terminal's outcome on a share of slips; (status, words) or (None, None)."""
    if rng.random() >= p_shown:
        return None, None
    status = "failed" if rng.random() < p_failed else "success"
    return status, rng.choice(ES_SLIP[status] if lang == "es" else SLIP_WORDS[status][lang])


def _slip_card72(rng, rows, lang) -> str:
    """A card terminal's masked card line."""
    if lang != "es":
        return _slip_card(rng, rows, lang)
    masked = f"**** **** **** {digits(rng, 4)}" if shown(rng, 0.5) else f"XXXX{digits(rng, 4)}"
    rows.append(("pair", rng.choice(["Tarjeta", "VISA", "MASTERCARD"]), masked))
    return "card"


def _part72(rng, rows, fmt, grouping, total, share, status, lang, mode, whole=False, earlier=None) -> float:
    """A part of ``total`` paid now: ``advance`` (the advance taken now and the balance left) or ``balance`` (an
    advance paid earlier, on the day ``earlier`` where printed, taken off and the balance paid now); the sum paid
    now."""
    advance = float(round(total * share)) if whole else round(total * share, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Total value", "Order value", "Total amount"],
                de=["Auftragswert", "Gesamtbetrag Auftrag"],
                fr=["Montant total", "Total de la commande"],
                nl=["Totale opdracht", "Orderwaarde"],
                it=["Totale commessa", "Valore ordine"],
                es=["Total del pedido", "Importe total del encargo"],
            ),
            _m(total, grouping),
        )
    )
    open_ = status in ("failed", "pending")
    if mode == "advance":
        label = _say(
            rng,
            lang,
            en=["Advance", "Deposit"] if open_ else ["Advance received", "Deposit paid", "Advance paid"],
            de=["Anzahlung"] if open_ else ["Anzahlung erhalten"],
            fr=["Acompte"] if open_ else ["Acompte versé", "Acompte reçu"],
            nl=["Aanbetaling"] if open_ else ["Aanbetaling ontvangen"],
            it=["Acconto"] if open_ else ["Acconto versato", "Acconto ricevuto"],
            es=["Anticipo", "Señal"] if open_ else ["Anticipo recibido", "Señal entregada"],
        )
        rows.append(("pair", label, fmt(advance)))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance on delivery", "Balance due", "Balance"],
                    de=["Restbetrag bei Lieferung", "Restbetrag"],
                    fr=["Solde à la livraison", "Reste à payer"],
                    nl=["Restant bij levering", "Nog te betalen"],
                    it=["Saldo alla consegna", "Saldo da versare"],
                    es=["Resto a la entrega", "Pendiente"],
                ),
                _m(round(total - advance, 2), grouping),
            )
        )
        return advance
    label = _say(
        rng,
        lang,
        en=["Less: advance paid", "Less: deposit received", "Advance received"],
        de=["abzgl. Anzahlung", "abzüglich Anzahlung"],
        fr=["Acompte déjà versé", "Déduction acompte"],
        nl=["Af: aanbetaling", "Reeds betaald"],
        it=["Meno acconto", "Acconto già versato"],
        es=["Menos anticipo", "Anticipo ya entregado"],
    )
    if earlier:
        label += {"de": " vom ", "fr": " du ", "it": " del ", "nl": " d.d. ", "es": " del "}.get(
            lang, " on "
        ) + earlier
    rows.append(("pair", label, "-" + _m(advance, grouping)))
    words = _say(
        rng,
        lang,
        en=["Balance due", "Amount due"] if open_ else ["Balance paid", "Balance received", "Paid today"],
        de=["Restbetrag"] if open_ else ["Restbetrag bezahlt", "Zahlbetrag"],
        fr=["Solde à régler"] if open_ else ["Solde réglé", "Net à payer"],
        nl=["Te betalen"] if open_ else ["Restant betaald", "Te betalen"],
        it=["Saldo"] if open_ else ["Saldo pagato", "Netto a pagare"],
        es=["Resto a pagar"] if open_ else ["Resto pagado", "Total a pagar"],
    )
    balance = round(total - advance, 2)
    rows.append(("pair", words, fmt(balance)))
    return balance


# businesses that buy or order, by the page's country (never the payee)
CUSTOMER_FIRMS = {
    "INR": ["Kaveri Agro Foods Pvt Ltd", "Mittal Rice Mills", "Shree Ram Dal Mill", "Sai Krupa Traders"],
    "GBP": ["Wrekin Farm Shop Ltd", "Kinross Cycles Ltd", "Pembroke Dental Ltd", "Wrenfield Joinery"],
    "USD": ["Ortiz Landscaping Inc.", "Maple Avenue Bakery LLC", "Bluegrass Tax Services", "Red Barn Diner"],
    "IE": ["Shannon Valley Kitchens Ltd", "Burren Walking Tours", "Claddagh Print Co.", "Nolan's Butchers"],
    "de": ["Bäckerei Sauer GmbH", "Gasthaus Zur Linde", "Malerbetrieb Krüger", "Hofladen Lechner"],
    "fr": ["SARL Menuiserie Lebrun", "Boulangerie Roussel", "Restaurant Le Relais", "Fromagerie Girard"],
    "nl": ["Van Dijk Installaties B.V.", "Eetcafé De Hoek", "Bloemenhuis Fleur", "Bakkerij Mulder"],
    "it": ["Panificio Russo S.n.c.", "Trattoria da Gino", "Studio Bianchi S.r.l.", "Ferramenta Colombo"],
    "es": ["Panadería Hermanos López S.L.", "Bar Restaurante El Cruce", "Talleres Ortega", "Frutas Marín"],
}
# farmers and farms, by the page's country (never the payee)
FARMERS = {
    "INR": ["Gurpreet Singh", "Ramesh Patil", "Baldev Raj", "Suresh Yadav", "Lakshmi Devi", "Harjinder Kaur"],
    "GBP": ["Gareth Pryce, Ty Gwyn Farm", "Tom Ashworth, Hollins Farm", "Ruth Abernathy, Glebe Farm"],
    "USD": ["Dale Henderson, Henderson Ranch", "Karen Voss, Voss Dairy", "Luis Ortega, Cedar Creek Farm"],
    "IE": ["Seán Brennan", "Mary Kavanagh", "Pádraig Ó Súilleabháin", "John Joe Whelan"],
    "de": ["Josef Huber, Huberhof", "Anna Lechner", "Martin Steiner, Steinerhof"],
    "fr": ["GAEC des Trois Chênes", "Jean-Marc Poirier", "EARL Dubreuil"],
    "nl": ["Maatschap Van den Berg", "Henk Bosman", "Melkveebedrijf De Kroon"],
    "it": ["Azienda Agricola Ferrari", "Giovanni Bassi", "Cascina San Rocco"],
    "es": ["Explotación Agrícola Los Llanos", "Manuel Prieto", "Ganadería Hermanos Gil"],
}


def _farmer(rng, currency, lang) -> str:
    return rng.choice(FARMERS[_key(currency, lang)])


# ---------------------------------------------------------------- 1 an agricultural market's bill to a buyer


MARKETS = {
    "INR": [("Gurdev Singh & Sons, Commission Agents", "en"), ("Shree Balaji Trading Co.", "en")],
    "GBP": [("Tanat Valley Livestock Mart Ltd", "en")],
    "USD": [("Red Oak Livestock Auction", "en")],
    "EUR": [
        ("Ballinamore Co-operative Mart", "en"),
        ("Viehvermarktung Oberland eG", "de"),
        ("Marché au Cadran du Haut-Bocage", "fr"),
        ("Veemarkt De Noorderkempen", "nl"),
        ("Mercato Zootecnico Val Padana", "it"),
        ("Subasta Ganadera del Bierzo", "es"),
    ],
}
MANDI_PLACES = {
    "Gurdev Singh & Sons, Commission Agents": ("Shop No. 14, New Grain Market, Khanna", "03"),
    "Shree Balaji Trading Co.": ("Shop 27, APMC Market Yard, Latur", "27"),
}
# (commodity, low and high rate per quintal)
CROPS = [
    ("Wheat (Lok-1)", 2275, 2650),
    ("Paddy PR-126", 2183, 2420),
    ("Soybean (yellow)", 4300, 4850),
    ("Onion (medium)", 1250, 2250),
    ("Cotton (kapas)", 6900, 7600),
    ("Tur (arhar)", 8100, 9400),
]
# breeds and lots of livestock, by the page's country: (description, head, kg per head, price per kg)
STOCK = {
    "GBP": [
        ("Limousin X bullocks", 380, 2.95),
        ("Texel X store lambs", 38, 2.60),
        ("Hereford X heifers", 420, 2.70),
    ],
    "USD": [
        ("Black Angus steers", 380, 6.60),
        ("Red Angus heifers", 340, 6.20),
        ("Holstein bull calves", 45, 9.00),
    ],
    "IE": [
        ("Charolais X weanling bulls", 340, 3.35),
        ("Friesian bullocks", 480, 2.45),
        ("AA heifers", 410, 2.80),
    ],
    "de": [
        ("Fleckvieh-Kälber männl.", 85, 6.20),
        ("Fresser Fleckvieh", 210, 3.90),
        ("Jungrinder", 390, 3.10),
    ],
    "fr": [
        ("Broutards charolais", 320, 3.60),
        ("Génisses limousines", 410, 3.20),
        ("Veaux laitiers", 55, 3.90),
    ],
    "nl": [("Nuchtere stierkalveren", 48, 3.10), ("Vaarzen MRIJ", 450, 2.40), ("Pinken", 280, 2.75)],
    "it": [
        ("Vitelli da ristallo charolais", 330, 3.45),
        ("Manze frisone", 420, 2.55),
        ("Vitelli piemontesi", 140, 4.60),
    ],
    "es": [
        ("Terneros cruzados", 260, 3.40),
        ("Novillas rubia gallega", 380, 3.10),
        ("Terneros frisones", 60, 3.20),
    ],
}
MART_VAT = {"IE": 0.048, "de": 0.07, "fr": 0.10, "nl": 0.09, "it": 0.10, "es": 0.10}
VENDORS = {
    "GBP": ["D. & M. Jones, Llanfyllin", "Pentre Farm", "R. Vaughan & Son"],
    "USD": ["Whitaker Cattle Co.", "J. Bell Ranch", "Miller Family Farms"],
    "IE": ["P. Reilly, Drumshanbo", "M. Flynn, Carrick-on-Shannon", "Gallagher Farms"],
    "de": ["Hof Berghammer, Weilheim", "Alois Maier, Peißenberg", "Biohof Stadler"],
    "fr": ["GAEC du Montet", "EARL Bouchardon", "M. Lafarge, Moulins-Engilbert"],
    "nl": ["Maatschap Jansen-Verhoeven", "Fam. Van Gorp, Hilvarenbeek", "Melkveebedrijf Kuijpers"],
    "it": ["Az. Agr. Fratelli Bertoni", "Cascina Lodigiana", "Az. Agr. Zanetti"],
    "es": ["Ganados Álvarez, Ponferrada", "Explotación Casa Nueva", "Hermanos Rodríguez"],
}


def _qty(n: int, lang: str) -> str:
    """A whole count or weight with the page's thousands mark."""
    text = f"{n:,}"
    return text if lang == "en" else text.replace(",", " " if lang == "fr" else ".")


def market_sale_bill(rng: random.Random, font: str):
    """An agricultural market's bill to a buyer: an Indian commission agent's sale bill at a grain market (the agent
    on top is paid; the farmer who sold, the market committee's licence, a gate entry, a J-form issued to the seller,
    a vehicle, an auction's day: never), the produce's weight in quintals at a rate, the market fee, commission,
    labour and weighing inside the amount, GST nil, the sum in words, a part received with a balance left; or a
    livestock mart's buyer's invoice (the mart is paid; vendors, a buyer's number, a sale's day, head and weights at
    a price per kg: never), a buyer's commission and levy inside, VAT on livestock added or zero-rated, the bill's
    own number in a share."""
    currency, agent, lang = _issuer(rng, MARKETS)
    key = _key(currency, lang)
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", agent)]
    status, words = _outcome72(rng, 0.3, currency, lang, None, 0.65, 0.15)
    if currency == "INR":
        place, state = MANDI_PLACES[agent]
        rows.append(
            ("center", rng.choice(["Commission Agent (Kacha Arhtiya)", "Dealers in Foodgrains & Oilseeds"]))
        )
        rows.append(("small", place))
        rows.append(("small", f"APMC Licence No. {digits(rng, 4)}/{rng.randint(2009, 2022)}"))
        if shown(rng, 0.5):
            rows.append(("small", rng.choice(_tax_ids(rng, "INR", state))))
        _heading72(rng, rows, status, lang, en=["Sale Bill", "Bill cum Receipt", "Kacha Bill"])
        _status72(rng, rows, words, lang)
        rows.append(("pair", rng.choice(["Buyer", "M/s", "Sold to"]), rng.choice(CUSTOMER_FIRMS["INR"])))
        rows.append(("pair", rng.choice(["Seller (Kisan)", "Farmer", "Kisan"]), _farmer(rng, currency, lang)))
        if shown(rng, 0.6):
            rows.append(("pair", rng.choice(["Gate Entry No.", "Arrival No."]), digits(rng, 5)))
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    "Vehicle No.",
                    f"{rng.choice(['PB 10', 'MH 24', 'HR 26'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
                )
            )
        if shown(rng, 0.5):
            rows.append(("pair", "Auction date", _d72(_earlier(when, rng, 0, 3), pattern, lang)))
        rows.append(("rule",))
        crop, low, high = rng.choice(CROPS)
        bags = rng.randint(20, 160)
        quintals = round(bags * rng.choice([0.5, 0.5, 0.4, 0.6]) * rng.uniform(0.97, 1.02), 2)
        rate = float(rng.randrange(low, high, 5))
        value = float(round(quintals * rate))
        rows.append(("pair", "Lot No.", f"{code(rng, 1, 'ABCDEFGH')}-{rng.randint(1, 240)}"))
        rows.append(("left", f"{crop}  {bags} bags"))
        rows.append(("pair", f"Net wt {quintals:.2f} Qtl @ {_m(rate, grouping)}", _m(value, grouping)))
        fee_pct = rng.choice([0.01, 0.02])
        hamali = rng.choice([8, 10, 12])
        charges = [
            (f"Market Fee @ {fee_pct * 100:g}%", float(round(value * fee_pct))),
            ("Arhat / Commission @ 2.5%", float(round(value * 0.025))),
            (f"Hamali @ {hamali}/bag", float(bags * hamali)),
        ]
        if shown(rng, 0.5):
            charges.append(("Tulai (weighing)", float(bags * 3)))
        if state == "03" and shown(rng, 0.6):
            charges.insert(1, ("RDF @ 2%", float(round(value * 0.02))))
        total = value
        for label, charge in charges:
            rows.append(("pair", label, _m(charge, grouping)))
            total = round(total + charge, 2)
        rows.append(("small", "GST: Nil (unprocessed agricultural produce)"))
        rows.append(("pair", rng.choice(["Bill Amount", "Total", "Net Amount"]), fmt(total)))
        amount = total
        if status is None and shown(rng, 0.35):
            amount = float(int(total * rng.uniform(0.5, 0.9)) // 1000 * 1000) or float(int(total))
            rows.append(("pair", rng.choice(["Amount received", "Received"]), fmt(amount)))
            rows.append(
                ("pair", rng.choice(["Balance due", "Balance"]), _m(round(total - amount, 2), grouping))
            )
        if shown(rng, 0.5) and amount == int(amount):
            rows.append(("small", _words_inr(int(amount))))
        if status is None and shown(rng, 0.35):
            rows.append(("pair", "Mode", rng.choice(["RTGS", "NEFT", "Cash", "UPI"])))
            method = {"RTGS": "netbanking", "NEFT": "netbanking", "Cash": "cash", "UPI": "UPI"}[rows[-1][2]]
        else:
            kinds = ["netbanking", "UPI", "cash"] if status in (None, "success") else ["netbanking", "UPI"]
            method = _pay72(rng, rows, currency, lang, kinds, 0.3, False, status, words)
        if shown(rng, 0.4):
            rows.append(("small", f"J-Form No. {digits(rng, 5)} issued to seller"))
        txn = _id72(
            rng, rows, ["Bill No.", "Sr. No.", "Receipt No."], digits(rng, rng.choice([3, 4])), 0.2, status
        )
        dated = _dated72(
            rng, rows, when, pattern, currency, lang, ["Date", "Dated", "Bill Date"], 0.1, 0.2, status
        )
        town = "Khanna" if state == "03" else "Latur"
        _terms(
            rng,
            rows,
            lang,
            1,
            en=[f"Subject to {town} jurisdiction. E.&O.E.", "Interest @ 18% p.a. after 7 days."],
        )
        truth = truth_fields(agent, amount, currency, txn, dated, method, status)
        return rows, truth, _page(font, rows, rng.choice([PAPER, _sized(PAPER, 19)]), agent)
    # a livestock mart
    if shown(rng, 0.5):
        rows.append(("small", _tax72(rng, key)))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Buyer's Invoice", "Purchase Statement", "Buyer's Account"],
                de=["Käuferabrechnung", "Rechnung Käufer"],
                fr=["Facture acheteur", "Bordereau d'achat"],
                nl=["Kopersafrekening", "Factuur koper"],
                it=["Fattura acquirente", "Nota di acquisto"],
                es=["Factura de compra", "Liquidación al comprador"],
            ),
        )
    )
    _status72(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Buyer", "Sold to"],
                de=["Käufer"],
                fr=["Acheteur"],
                nl=["Koper"],
                it=["Acquirente"],
                es=["Comprador"],
            ),
            _farmer(rng, currency, lang),
        )
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Buyer No.", "Buyer number"],
                    de=["Käufer-Nr."],
                    fr=["N° acheteur"],
                    nl=["Kopersnummer"],
                    it=["Cod. acquirente"],
                    es=["N.º comprador"],
                ),
                digits(rng, rng.choice([3, 4])),
            )
        )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Sale date", "Sale of"],
                    de=["Markttag", "Auktion vom"],
                    fr=["Marché du"],
                    nl=["Marktdag"],
                    it=["Asta del"],
                    es=["Subasta del"],
                ),
                _d72(_earlier(when, rng, 0, 4), pattern, lang),
            )
        )
    rows.append(("rule",))
    total = 0.0
    heads = 0
    for description, kg, per_kg in rng.sample(STOCK[key], rng.randint(1, 2)):
        head = rng.randint(1, 12)
        weight = int(kg * head * rng.uniform(0.9, 1.1))
        price = round(per_kg * rng.uniform(0.92, 1.08), 2)
        value = round(weight * price, 2)
        heads += head
        lot = rng.randint(1, 320)
        rows.append(
            (
                "left",
                _say(
                    rng,
                    lang,
                    en=["Lot "],
                    de=["Los "],
                    fr=["Lot "],
                    nl=["Kavel "],
                    it=["Lotto "],
                    es=["Lote "],
                )
                + f"{lot}: {head} x {description}",
            )
        )
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Vendor: "],
                    de=["Verkäufer: "],
                    fr=["Vendeur : "],
                    nl=["Verkoper: "],
                    it=["Venditore: "],
                    es=["Vendedor: "],
                )
                + rng.choice(VENDORS[key]),
            )
        )
        if currency == "USD":
            pounds = int(weight * 2.2046)
            cwt = round(price / 2.2046 * 100, 2)
            value = round(pounds * cwt / 100, 2)
            rows.append(("pair", f"{_qty(pounds, lang)} lb @ {_m(cwt, grouping)}/cwt", _m(value, grouping)))
        else:
            rows.append(("pair", f"{_qty(weight, lang)} kg @ {_m(price, grouping)}/kg", _m(value, grouping)))
        total = round(total + value, 2)
    commission = round(total * rng.choice([0.01, 0.015, 0.02]), 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Buyer's commission", "Buyer's fee"],
                de=["Käuferprovision"],
                fr=["Commission acheteur"],
                nl=["Kopersprovisie"],
                it=["Provvigione acquirente"],
                es=["Comisión comprador"],
            ),
            _m(commission, grouping),
        )
    )
    total = round(total + commission, 2)
    if shown(rng, 0.5):
        levy = round(heads * {"GBP": 1.50, "USD": 1.00}.get(currency, 2.00), 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Brand inspection" if currency == "USD" else "Levy (per head)"],
                    de=["Tierseuchenkasse-Umlage"],
                    fr=["Cotisation interprofession"],
                    nl=["Heffing per dier"],
                    it=["Diritti di mercato"],
                    es=["Tasa por cabeza"],
                ),
                _m(levy, grouping),
            )
        )
        total = round(total + levy, 2)
    if currency == "GBP":
        rows.append(("small", rng.choice(["VAT: zero-rated (livestock)", "Livestock zero-rated for VAT"])))
    elif currency != "USD":
        total = _vat72(
            rng, rows, grouping, total, currency, lang, "added", MART_VAT[key], net_line=shown(rng, 0.5)
        )
    _total72(rng, rows, fmt, total, status, lang)
    kinds = ["card", "netbanking", "cash"] if status in (None, "success") else ["card", "netbanking"]
    method = _pay72(rng, rows, currency, lang, kinds, 0.25, False, status, words)
    txn = _id72(
        rng,
        rows,
        {
            "en": ["Invoice No", "Invoice #"],
            "de": ["Rechnungs-Nr.", "Beleg-Nr."],
            "fr": ["Facture n°", "Bordereau n°"],
            "nl": ["Factuurnr.", "Nota nr."],
            "it": ["Fattura n.", "Nota n."],
            "es": ["Factura n.º", "N.º de factura"],
        }[lang],
        f"{rng.choice(['', 'B', 'S'])}{digits(rng, rng.choice([5, 6]))}",
        0.2,
        status,
        lang,
    )
    dated = _dated72(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Invoice date", "Paid on"],
            "de": ["Datum", "Rechnungsdatum"],
            "fr": ["Date", "Date de facture"],
            "nl": ["Datum", "Factuurdatum"],
            "it": ["Data", "Data fattura"],
            "es": ["Fecha", "Fecha de factura"],
        }[lang],
        0.15,
        0.3,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Stock is at the buyer's risk once the hammer falls.",
            "Movement documents to travel with the animals.",
        ],
        de=["Mit dem Zuschlag geht die Gefahr auf den Käufer über."],
        fr=["Les animaux voyagent aux risques de l'acheteur."],
        nl=["Dieren reizen voor risico van de koper."],
        it=["Gli animali viaggiano a rischio dell'acquirente."],
        es=["Los animales viajan por cuenta y riesgo del comprador."],
    )
    truth = truth_fields(agent, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, A4, _sized(THERMAL, 18)]), agent)


# ---------------------------------------------------------------- 2 an animal feed store's bill


FEED_STORES = {
    "INR": [("Kamdhenu Cattle Feed Centre", "en"), ("Sri Lakshmi Feeds & Agro Agencies", "en")],
    "GBP": [("Hollins Farm & Country Stores", "en")],
    "USD": [("Tri-County Feed & Farm Supply", "en")],
    "EUR": [
        ("Carrigbeg Agri Store", "en"),
        ("Landhandel Brandl", "de"),
        ("Magasin Agricole du Val d'Orne", "fr"),
        ("Agrarische Handel Van der Veen", "nl"),
        ("Agraria Bertolini", "it"),
        ("Piensos y Suministros Ebro", "es"),
    ],
}
# (item, price, taxed at the standard rate): feed is zero-rated or at a reduced rate, fencing and tools are not
FEEDS = {
    "INR": [
        ("Amul Dan Cattle Feed 70 kg", 1450.0, False),
        ("Godrej Cattle Feed Gold 50 kg", 1250.0, False),
        ("Baramati Agro Buffalo Feed 50 kg", 1180.0, False),
        ("Cotton seed cake (khal) 50 kg", 1900.0, False),
        ("Wheat bran (chokar) 40 kg", 880.0, False),
        ("Layer mash 50 kg", 1650.0, False),
    ],
    "GBP": [
        ("Dodson & Horrell Pasture Mix 20kg", 15.49, False),
        ("Spillers Happy Hoof 20kg", 16.99, False),
        ("Rumevite Maxi Block 22.5kg", 32.50, False),
        ("Calf milk replacer 20kg", 64.00, False),
        ("Layers pellets 20kg", 13.75, False),
        ("Fence posts 1.8m (10)", 42.00, True),
        ("Electric fence tape 200m", 24.99, True),
    ],
    "USD": [
        ("Purina Layena Pellets 50 lb", 24.99, False),
        ("Nutrena SafeChoice Original 50 lb", 27.49, False),
        ("Chick Starter 20% 50 lb", 22.99, False),
        ("Alfalfa hay, small square bale", 16.50, False),
        ("Cattle mineral 50 lb", 39.99, False),
        ("Steel T-post 6 ft", 6.49, True),
        ("Barbed wire 1320 ft", 89.99, True),
    ],
    "IE": [
        ("Calf nuts 25kg", 14.50, False),
        ("Dairy nuts 18% 25kg", 13.20, False),
        ("Ewe nuts 25kg", 12.80, False),
        ("Horse cubes 20kg", 15.95, False),
        ("Cattle mineral bucket 20kg", 36.00, False),
        ("Silage wrap 750mm", 89.00, True),
    ],
    "de": [
        ("Milchleistungsfutter 18/4, 25 kg", 14.90, False),
        ("Kälberaufzuchtfutter, 25 kg", 17.50, False),
        ("Mineralfutter Rind, 25 kg", 29.90, False),
        ("Legehennenfutter, 25 kg", 15.40, False),
        ("Pferdemüsli, 20 kg", 24.90, False),
        ("Weidezaunlitze 400 m", 39.90, True),
    ],
    "fr": [
        ("Aliment vache laitière 25 kg", 15.20, False),
        ("Aliment poules pondeuses 25 kg", 14.50, False),
        ("Minéral bovin 25 kg", 31.00, False),
        ("Floconné cheval 20 kg", 19.90, False),
        ("Piquets de clôture (10)", 38.00, True),
    ],
    "nl": [
        ("Melkveekorrel 25 kg", 14.75, False),
        ("Kalverbrok 25 kg", 18.20, False),
        ("Legmeel 20 kg", 13.95, False),
        ("Paardenbrok 20 kg", 17.50, False),
        ("Liksteen 10 kg", 8.95, False),
        ("Schrikdraadlint 200 m", 22.50, True),
    ],
    "it": [
        ("Mangime vacche da latte 25 kg", 15.80, False),
        ("Mangime ovaiole 25 kg", 14.20, False),
        ("Nucleo minerale bovini 25 kg", 32.00, False),
        ("Fioccato cavalli 20 kg", 18.50, False),
        ("Paletti per recinzione (10)", 35.00, True),
    ],
    "es": [
        ("Pienso vacuno lechero 25 kg", 14.60, False),
        ("Pienso gallinas ponedoras 25 kg", 13.80, False),
        ("Corrector mineral 25 kg", 30.50, False),
        ("Pienso caballos 20 kg", 17.90, False),
        ("Malla ganadera 50 m", 42.00, True),
    ],
}
# the feed's tax rate and the standard rate, by the page's country
FEED_TAX = {
    "GBP": (0.0, 0.20),
    "IE": (0.0, 0.23),
    "de": (0.07, 0.19),
    "fr": (0.10, 0.20),
    "nl": (0.09, 0.21),
    "it": (0.10, 0.22),
    "es": (0.10, 0.21),
}
MAKERS = {
    "INR": ["Authorised dealer: Godrej Agrovet Ltd.", "Authorised stockist: Amul (GCMMF)"],
    "GBP": ["Stockists of Dodson & Horrell and Spillers"],
    "USD": ["Authorized Purina Dealer", "Nutrena dealer"],
    "IE": ["Stockists of Connolly's RED MILLS and Gain feeds"],
    "de": ["Vertragshändler der ForFarmers GmbH"],
    "fr": ["Dépositaire Sanders Ouest"],
    "nl": ["Dealer van De Heus Voeders"],
    "it": ["Rivenditore autorizzato Progeo Mangimi"],
    "es": ["Distribuidor oficial de Piensos Nanta"],
}
HERD_IDS = {
    "INR": lambda rng: ("Dairy Society Member No.", digits(rng, 4)),
    "GBP": lambda rng: ("CPH", f"{digits(rng, 2)}/{digits(rng, 3)}/{digits(rng, 4)}"),
    "USD": lambda rng: ("Ag exemption cert. #", f"AG-{digits(rng, 7)}"),
    "IE": lambda rng: ("Herd No.", f"{code(rng, 1, 'CDGKLMTW')}{digits(rng, 7)}"),
    "de": lambda rng: ("Betriebsnummer", f"09 {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"),
    "fr": lambda rng: ("N° EDE", f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"),
    "nl": lambda rng: ("UBN", digits(rng, 7)),
    "it": lambda rng: ("Codice aziendale", f"{digits(rng, 3)}BG{digits(rng, 3)}"),
    "es": lambda rng: ("Código REGA", f"ES{digits(rng, 12)}"),
}


def feed_store_bill(rng: random.Random, font: str):
    """An animal feed and farm supplies store's bill (Indian cattle-feed dealers, a UK, US or Irish farm store, a
    Landhandel, a magasin agricole, an agrarische handel, an agraria, a piensos store): the store on top (the payee),
    the feed maker it stocks (never), the farmer and an account, member, herd, holding or exemption number (never
    the id), bags at a price, feed zero-rated or at a reduced rate and fencing at the standard rate (tax included,
    or added on a US page's taxable lines), a delivery charge inside and a delivery day (never the day paid); on
    account a share: a balance brought forward, a sum paid now (the amount) and a balance carried forward, never
    the amount; cash with change, UPI, a card or a transfer, the bill's number in a share."""
    currency, store, lang = _issuer(rng, FEED_STORES)
    key = _key(currency, lang)
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", store)]
    if shown(rng, 0.5):
        rows.append(("small", rng.choice(MAKERS[key])))
    if shown(rng, 0.5):
        rows.append(("small", _tax72(rng, key, rng.choice(["06", "27", "33"]))))
    slip = not shown(rng, 0.35)
    if slip:
        status, words = _slip_outcome72(rng, lang, 0.7, 0.25)
    else:
        status, words = _outcome72(rng, 0.3, currency, lang, None, 0.7, 0.15)
    top = shown(rng, 0.5)
    if top:
        rows.append(("left", _stamp72(rng, when, pattern, currency, lang, 0.5)))
    if not slip:
        _status72(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Customer", "Name"],
                de=["Kunde"],
                fr=["Client"],
                nl=["Klant"],
                it=["Cliente"],
                es=["Cliente"],
            ),
            _farmer(rng, currency, lang),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Account No.", "A/c"],
                    de=["Kunden-Nr."],
                    fr=["N° client"],
                    nl=["Klantnr."],
                    it=["Cod. cliente"],
                    es=["N.º cliente"],
                ),
                digits(rng, rng.choice([4, 5, 6])),
            )
        )
    if shown(rng, 0.5):
        rows.append(("pair", *HERD_IDS[key](rng)))
    rows.append(("rule",))
    standard = 0.0
    net = 0.0
    marked = key in ("GBP", "IE") and shown(rng, 0.6)
    for name, price, taxed in rng.sample(FEEDS[key], rng.randint(1, 4)):
        n = rng.choice([1, 2, 2, 3, 4, 5, 10]) if not taxed else rng.choice([1, 1, 2])
        value = round(price * n, 2)
        mark = ("  S" if taxed else "  Z") if marked else ""
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, _m(value, grouping) + mark))
        net = round(net + value, 2)
        if taxed:
            standard = round(standard + value, 2)
    if shown(rng, 0.35):
        charge = {"INR": 200.0, "USD": 35.0}.get(currency, 25.0)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Delivery", "Delivery charge"],
                    de=["Zustellung"],
                    fr=["Livraison"],
                    nl=["Bezorging"],
                    it=["Consegna"],
                    es=["Portes"],
                ),
                _m(charge, grouping),
            )
        )
        net = round(net + charge, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Delivery on", "Deliver by"],
                    de=["Liefertermin"],
                    fr=["Livraison le"],
                    nl=["Levering op"],
                    it=["Consegna il"],
                    es=["Entrega el"],
                ),
                _d72(_later(when, rng, 1, 6), pattern, lang),
            )
        )
    total = net
    if currency == "INR":
        rows.append(("small", rng.choice(["Cattle feed exempt from GST", "GST: Nil rated (animal feed)"])))
    elif currency == "USD":
        if standard:
            tax = round(standard * 0.0625, 2)
            rows.append(("pair", "Sales tax 6.25% (taxable items)", _m(tax, grouping)))
            total = round(total + tax, 2)
        rows.append(("small", "Feed sold tax-exempt for agricultural use"))
    else:
        feed_rate, standard_rate = FEED_TAX[key]
        if standard:
            included = round(standard - standard / (1 + standard_rate), 2)
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=[f"VAT @ {standard_rate * 100:g}% incl."],
                        de=[f"inkl. {standard_rate * 100:g} % MwSt."],
                        fr=[f"dont TVA {standard_rate * 100:g} %"],
                        nl=[f"waarvan {standard_rate * 100:g}% btw"],
                        it=[f"di cui IVA {standard_rate * 100:g}%"],
                        es=[f"IVA incluido ({standard_rate * 100:g} %)"],
                    ),
                    _m(included, grouping),
                )
            )
        if feed_rate and net - standard > 0:
            reduced = round(net - standard, 2)
            included = round(reduced - reduced / (1 + feed_rate), 2)
            pct = f"{feed_rate * 100:g}".replace(".", ",")
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        de=[f"inkl. {pct} % MwSt."],
                        fr=[f"dont TVA {pct} %"],
                        nl=[f"waarvan {pct}% btw"],
                        it=[f"di cui IVA {pct}%"],
                        es=[f"IVA incluido ({pct} %)"],
                        en=[f"VAT {pct}% incl."],
                    ),
                    _m(included, grouping),
                )
            )
        elif key in ("GBP", "IE"):
            rows.append(
                ("small", "Z = zero-rated, S = standard rate" if marked else "Animal feed zero-rated for VAT")
            )
    on_account = status in (None, "success") and shown(rng, 0.35)
    if on_account:
        before = float(rng.randrange(5, 60) * (100 if currency == "INR" else 10))
        _total72(rng, rows, fmt, total, "pending", lang)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Previous balance", "Balance b/f"],
                    de=["Saldovortrag"],
                    fr=["Solde antérieur"],
                    nl=["Vorig saldo"],
                    it=["Saldo precedente"],
                    es=["Saldo anterior"],
                ),
                _m(before, grouping),
            )
        )
        due = round(before + total, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Total due"],
                    de=["Offener Betrag"],
                    fr=["Total dû"],
                    nl=["Totaal openstaand"],
                    it=["Totale dovuto"],
                    es=["Total adeudado"],
                ),
                _m(due, grouping),
            )
        )
        paid = float(round(due * rng.uniform(0.3, 0.9), -2 if currency == "INR" else -1)) or total
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Paid today", "Received"],
                    de=["Heute bezahlt", "Erhalten"],
                    fr=["Réglé ce jour", "Reçu"],
                    nl=["Vandaag betaald", "Ontvangen"],
                    it=["Pagato oggi", "Ricevuto"],
                    es=["Pagado hoy", "Recibido"],
                ),
                fmt(paid),
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance c/f", "Balance carried forward"],
                    de=["Neuer Saldo"],
                    fr=["Nouveau solde"],
                    nl=["Nieuw saldo"],
                    it=["Nuovo saldo"],
                    es=["Nuevo saldo"],
                ),
                _m(round(due - paid, 2), grouping),
            )
        )
        amount = paid
    else:
        _total72(rng, rows, fmt, total, status, lang)
        amount = total
    if currency == "INR" and status is None and not on_account and shown(rng, 0.4):
        rows.append(("pair", "Paid by", rng.choice(["UPI", "PhonePe UPI", "Cash"])))
        method = "cash" if rows[-1][2] == "Cash" else "UPI"
    elif slip:
        method = _slip_card72(rng, rows, lang)
        if words:
            rows.append(("center", words))
    elif status is None and not on_account and shown(rng, 0.4):
        method = _cash72(rng, rows, lang, grouping, amount, currency)
    else:
        kinds = {"INR": ["UPI", "cash", "netbanking"], "USD": ["card", "cash"]}.get(
            currency, ["card", "cash", "netbanking"]
        )
        if status in ("failed", "pending"):
            kinds = [k for k in kinds if k != "cash"]
        method = _pay72(rng, rows, currency, lang, kinds, 0.25, False, status, words)
    txn = _id72(
        rng,
        rows,
        {
            "en": ["Bill No", "Invoice No", "Cash Bill No"]
            if currency == "INR"
            else ["Invoice No", "Sale No", "Docket No"],
            "de": ["Rechnungs-Nr.", "Lieferschein/Rechnung Nr.", "Beleg-Nr."],
            "fr": ["Facture n°", "Ticket n°"],
            "nl": ["Factuurnr.", "Bonnr."],
            "it": ["Fattura n.", "Documento n."],
            "es": ["Factura n.º", "Albarán-factura n.º"],
        }[lang],
        digits(rng, rng.choice([4, 5, 6])),
        0.25,
        status,
        lang,
    )
    dated = (
        when
        if top
        else _dated72(
            rng,
            rows,
            when,
            pattern,
            currency,
            lang,
            {
                "en": ["Date", "Bill Date"],
                "de": ["Datum"],
                "fr": ["Date"],
                "nl": ["Datum"],
                "it": ["Data"],
                "es": ["Fecha"],
            }[lang],
            0.25,
            0.3,
            status,
        )
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Goods once sold will not be taken back.", "Accounts are due by the 20th of the month."],
        de=["Ware bleibt bis zur vollständigen Bezahlung unser Eigentum."],
        fr=["Marchandise non reprise ni échangée."],
        nl=["Geleverde goederen worden niet teruggenomen."],
        it=["La merce viaggia a rischio del committente."],
        es=["No se admiten devoluciones de pienso."],
    )
    truth = truth_fields(store, amount, currency, txn, dated, method, status)
    style = rng.choice([PAPER, _sized(THERMAL, 18), _sized(PAPER, 19)])
    return rows, truth, _page(font, rows, style, store, 420 if style["width"] == 400 else None)


# ---------------------------------------------------------------- 3 a farm vet's visit


FARM_VETS = {
    "INR": [("Dr. Sandhu's Large Animal Clinic", "en"), ("Kisan Veterinary Services", "en")],
    "GBP": [("Penrhos Farm Vets", "en")],
    "USD": [("Prairie Creek Large Animal Veterinary", "en")],
    "EUR": [
        ("Slaney Valley Veterinary", "en"),
        ("Tierarztpraxis Dr. Hubmann - Nutztiere", "de"),
        ("Clinique Vétérinaire Rurale du Bocage", "fr"),
        ("Dierenartsenpraktijk De Kempen", "nl"),
        ("Studio Veterinario Buiatrico Ferri", "it"),
        ("Clínica Veterinaria Rural Los Valles", "es"),
    ],
}
# (work, price), by the page's country; the first is the visit
VET_WORK = {
    "INR": [
        ("Visit charges (farm)", 500.0),
        ("Calving assistance", 1500.0),
        ("Mastitis treatment (per cow)", 650.0),
        ("Deworming bolus x 4", 320.0),
        ("Calcium borogluconate inj.", 450.0),
        ("Bloat treatment", 600.0),
    ],
    "GBP": [
        ("Farm visit", 42.00),
        ("Calving - assisted", 95.00),
        ("Caesarean section", 385.00),
        ("TB test (per head)", 4.20),
        ("Metacam 20mg/ml 100ml", 68.50),
        ("Lameness - foot trim & block", 38.00),
    ],
    "USD": [
        ("Farm call", 85.00),
        ("Calving assistance", 175.00),
        ("Pregnancy check (per head)", 8.00),
        ("Excede 100ml", 189.00),
        ("Banamine 100ml", 52.00),
        ("Health certificate (CVI)", 45.00),
    ],
    "IE": [
        ("Call-out", 45.00),
        ("Calving", 120.00),
        ("TB test (per head)", 4.50),
        ("Pen & Strep 100ml", 14.80),
        ("Scour treatment", 35.00),
        ("Dehorning (per calf)", 9.00),
    ],
    "de": [
        ("Besuchsgebühr", 28.50),
        ("Geburtshilfe", 96.00),
        ("Kaiserschnitt", 420.00),
        ("Klauenbehandlung", 34.00),
        ("Metacam 20 mg/ml, 100 ml", 71.40),
        ("Trächtigkeitsuntersuchung je Tier", 9.50),
    ],
    "fr": [
        ("Déplacement", 38.00),
        ("Vêlage assisté", 110.00),
        ("Césarienne", 395.00),
        ("Diagnostic de gestation (par animal)", 8.50),
        ("Parage curatif", 32.00),
        ("Antibiotique injectable 100 ml", 46.00),
    ],
    "nl": [
        ("Visite", 39.50),
        ("Verlossing", 98.00),
        ("Keizersnede", 410.00),
        ("Drachtigheidsonderzoek per dier", 7.80),
        ("Klauwbehandeling", 30.00),
        ("Metacam 20 mg/ml 100 ml", 69.00),
    ],
    "it": [
        ("Diritto di chiamata", 35.00),
        ("Assistenza al parto", 100.00),
        ("Taglio cesareo", 380.00),
        ("Diagnosi di gravidanza (a capo)", 8.00),
        ("Pareggio podale", 30.00),
        ("Antibiotico iniettabile 100 ml", 44.00),
    ],
    "es": [
        ("Desplazamiento", 35.00),
        ("Asistencia al parto", 95.00),
        ("Cesárea", 360.00),
        ("Diagnóstico de gestación (por animal)", 7.50),
        ("Arreglo de pezuñas", 28.00),
        ("Antibiótico inyectable 100 ml", 42.00),
    ],
}
PER_HEAD = ("per head", "par animal", "je Tier", "per dier", "a capo", "por animal", "per cow")
VET_TAX = {"GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22, "es": 0.21}


def _tag(rng: random.Random, key: str) -> str:
    """An animal's ear tag in the page's country (never the id)."""
    return {
        "INR": lambda: f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
        "GBP": lambda: f"UK {digits(rng, 6)} {digits(rng, 6)}",
        "USD": lambda: f"840 {digits(rng, 12)}",
        "IE": lambda: f"IE {digits(rng, 7)} {digits(rng, 4)}",
        "de": lambda: f"DE 09 {digits(rng, 3)} {digits(rng, 5)}",
        "fr": lambda: f"FR {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
        "nl": lambda: f"NL {digits(rng, 9)}",
        "it": lambda: f"IT0{digits(rng, 2)}{digits(rng, 9)}",
        "es": lambda: f"ES0{digits(rng, 11)}",
    }[key]()


def farm_vet_visit(rng: random.Random, font: str):
    """A farm vet's visit invoice: the practice on top (the payee), the vet who came (staff, never the payee), the
    farmer and farm (never), a herd number and ear tags (never the id), a call-out and the work and drugs at prices,
    mileage, an out-of-hours surcharge and a herd plan discount (inside the amount), VAT added (GST exempt in India,
    none in the US), the milk and meat withdrawal ends, a TB test's reading and a next visit (never the day paid), a
    card, a transfer or cash, an outcome in a share, the invoice's number in a share."""
    currency, practice, lang = _issuer(rng, FARM_VETS)
    key = _key(currency, lang)
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", practice)]
    if currency != "INR" and shown(rng, 0.4):
        rows.append(("small", _tax72(rng, key)))
    status, words = _outcome72(rng, 0.45, currency, lang, None, 0.6, 0.25)
    _heading72(
        rng,
        rows,
        status,
        lang,
        en=["Farm Visit Invoice", "Invoice / Receipt", "Treatment Invoice"],
        de=["Rechnung", "Behandlungsrechnung"],
        fr=["Facture", "Note d'honoraires"],
        nl=["Factuur", "Behandelnota"],
        it=["Fattura", "Parcella"],
        es=["Factura", "Factura de servicios veterinarios"],
    )
    _status72(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Client", "Farmer"],
                de=["Tierhalter"],
                fr=["Éleveur"],
                nl=["Veehouder"],
                it=["Allevatore"],
                es=["Ganadero"],
            ),
            _farmer(rng, currency, lang),
        )
    )
    if key == "USD" and shown(rng, 0.4):
        rows.append(("pair", "Premises ID", code(rng, 7, ALNUM)))
    elif key == "INR" and shown(rng, 0.4):
        rows.append(("pair", "Village", rng.choice(["Bija", "Rauni", "Lalheri", "Khatauli", "Kurali"])))
    elif key not in ("USD", "INR") and shown(rng, 0.4):
        rows.append(("pair", *HERD_IDS[key](rng)))
    vet = _pro72(rng, currency, lang)
    suffix = {"GBP": " MRCVS", "IE": " MVB", "USD": ", DVM", "INR": " (B.V.Sc.)"}.get(key, "")
    title = {
        "de": "Dr. ",
        "fr": "Dr ",
        "it": "Dott. ",
        "es": "Dra. " if vet.split()[0].endswith("a") else "Dr. ",
    }.get(key, "" if key != "INR" else "Dr. ")
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Vet", "Attending vet", "Seen by"],
                de=["Tierarzt"],
                fr=["Vétérinaire"],
                nl=["Dierenarts"],
                it=["Veterinario"],
                es=["Veterinario/a"],
            ),
            f"{title}{vet}{suffix}",
        )
    )
    rows.append(("rule",))
    work = VET_WORK[key]
    total = 0.0
    visit, fee = work[0]
    rows.append(("pair", visit, _m(fee, grouping)))
    total = fee
    tags = []
    for name, price in rng.sample(work[1:], rng.randint(1, 3)):
        if any(word in name for word in PER_HEAD):
            n = rng.randint(2, 60) if "TB" in name else rng.randint(2, 14)
            value = round(price * n, 2)
            rows.append(("pair", f"{n} x {name}", _m(value, grouping)))
        else:
            value = price
            rows.append(("pair", name, _m(value, grouping)))
            if shown(rng, 0.5):
                tags.append(_tag(rng, key))
        total = round(total + value, 2)
    for tag in tags[:2]:
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Animal: ", "Tag: "],
                    de=["Ohrmarke: "],
                    fr=["Boucle : "],
                    nl=["Oormerk: "],
                    it=["Marca auricolare: "],
                    es=["Crotal: "],
                )
                + tag,
            )
        )
    if currency not in ("INR",) and shown(rng, 0.4):
        miles = rng.randint(6, 28)
        rate = {"GBP": 1.20, "USD": 2.50}.get(currency, 0.95)
        unit = "miles" if currency in ("GBP", "USD") else "km"
        value = round(miles * rate, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Mileage {miles} {unit} @ {_m(rate, grouping)}"],
                    de=[f"Wegegeld {miles} km"],
                    fr=[f"Frais kilométriques {miles} km"],
                    nl=[f"Kilometervergoeding {miles} km"],
                    it=[f"Rimborso km {miles} km"],
                    es=[f"Kilometraje {miles} km"],
                ),
                _m(value, grouping),
            )
        )
        total = round(total + value, 2)
    if shown(rng, 0.25):
        value = fee
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Out-of-hours surcharge", "Night call supplement"],
                    de=["Nachtzuschlag"],
                    fr=["Majoration nuit / dimanche"],
                    nl=["Toeslag buiten kantooruren"],
                    it=["Maggiorazione notturna"],
                    es=["Recargo nocturno"],
                ),
                _m(value, grouping),
            )
        )
        total = round(total + value, 2)
    if currency != "INR" and shown(rng, 0.25):
        off = round(total * 0.1, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Herd health plan discount 10%"],
                    de=["Bestandsbetreuung Rabatt 10 %"],
                    fr=["Remise suivi d'élevage 10 %"],
                    nl=["Korting bedrijfsbegeleiding 10%"],
                    it=["Sconto piano sanitario 10%"],
                    es=["Descuento plan sanitario 10 %"],
                ),
                "-" + _m(off, grouping),
            )
        )
        total = round(total - off, 2)
    if currency == "INR":
        rows.append(
            ("small", rng.choice(["Veterinary services exempt from GST", "GST: Exempt (animal health care)"]))
        )
    elif currency != "USD":
        total = _vat72(
            rng, rows, grouping, total, currency, lang, "added", VET_TAX[key], net_line=shown(rng, 0.6)
        )
    _total72(rng, rows, fmt, total, status, lang)
    kinds = {"INR": ["cash", "UPI"], "USD": ["card", "cash"]}.get(currency, ["card", "netbanking", "cash"])
    if status in ("failed", "pending"):
        kinds = [k for k in kinds if k != "cash"]
    method = _pay72(rng, rows, currency, lang, kinds, 0.25, False, status, words)
    if shown(rng, 0.55):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Milk withhold until", "Milk withdrawal ends"],
                    de=["Wartezeit Milch bis"],
                    fr=["Délai d'attente lait jusqu'au"],
                    nl=["Wachttijd melk tot"],
                    it=["Tempo di sospensione latte fino al"],
                    es=["Retirada de leche hasta"],
                ),
                _d72(_later(when, rng, 3, 8), pattern, lang),
            )
        )
    if shown(rng, 0.35):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Meat withdrawal ends", "Meat withhold until"],
                    de=["Wartezeit essbare Gewebe bis"],
                    fr=["Délai d'attente viande jusqu'au"],
                    nl=["Wachttijd vlees tot"],
                    it=["Sospensione carne fino al"],
                    es=["Retirada de carne hasta"],
                ),
                _d72(_later(when, rng, 14, 40), pattern, lang),
            )
        )
    if key in ("GBP", "IE") and shown(rng, 0.4):
        rows.append(("pair", "TB test reading", _d72(when + dt.timedelta(days=3), pattern, lang)))
    elif shown(rng, 0.3):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Next visit", "Recheck"],
                    de=["Nächster Termin"],
                    fr=["Prochaine visite"],
                    nl=["Volgende visite"],
                    it=["Prossima visita"],
                    es=["Próxima visita"],
                ),
                _d72(_later(when, rng, 7, 35), pattern, lang),
            )
        )
    txn = _id72(
        rng,
        rows,
        {
            "en": ["Invoice No", "Invoice #", "Receipt No"],
            "de": ["Rechnungsnummer", "Rechnungs-Nr."],
            "fr": ["Facture n°", "N° de facture"],
            "nl": ["Factuurnummer", "Notanr."],
            "it": ["Fattura n.", "Parcella n."],
            "es": ["Factura n.º", "N.º de factura"],
        }[lang],
        f"{rng.choice(['', 'INV', 'F', 'R'])}{digits(rng, rng.choice([5, 6]))}",
        0.2,
        status,
        lang,
    )
    dated = _dated72(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Invoice date", "Paid on"],
            "de": ["Datum", "Rechnungsdatum"],
            "fr": ["Date", "Date de facture"],
            "nl": ["Datum", "Factuurdatum"],
            "it": ["Data", "Data fattura"],
            "es": ["Fecha", "Fecha de factura"],
        }[lang],
        0.15,
        0.3,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Observe the withdrawal periods stated before milk or meat enters the food chain.",
            "Accounts are payable within 30 days.",
        ],
        de=["Bitte beachten Sie die angegebenen Wartezeiten."],
        fr=["Respectez les délais d'attente indiqués."],
        nl=["Houd u aan de vermelde wachttijden."],
        it=["Rispettare i tempi di sospensione indicati."],
        es=["Respete los plazos de retirada indicados."],
    )
    truth = truth_fields(practice, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, A4, EMAIL]), practice)


# ---------------------------------------------------------------- 4 a cattle breeder's insemination slip


BREEDERS = {
    "INR": [("Gopal Pashu Prajanan Seva Kendra", "en"), ("Sahyadri Cattle Breeding Centre", "en")],
    "GBP": [("Wyvern Breeding Services", "en")],
    "USD": [("Heartland Sires Cooperative", "en")],
    "EUR": [
        ("Suir Valley AI Services", "en"),
        ("Besamungsstation Oberland eG", "de"),
        ("Coopérative d'Insémination du Limousin", "fr"),
        ("KI-Station De Hoeve", "nl"),
        ("Centro Fecondazione Valpadana", "it"),
        ("Centro de Inseminación Galaico", "es"),
    ],
}
# bulls (name, code) and the cow's breeds, by the page's country (in India a bull of the cow's own breed)
BULLS = {
    "INR": (
        [
            ("HF Bull Sagar", "HF-1127"),
            ("Jersey Bull Moti", "JY-0882"),
            ("Gir Bull Raja", "GIR-0419"),
            ("Murrah Bull Yuvraj", "MUR-2308"),
            ("Sahiwal Bull Heera", "SAH-1174"),
        ],
        ["HF cross", "Jersey cross", "Gir", "Murrah buffalo", "Sahiwal"],
    ),
    "en": (
        [
            ("Peak Altaplato", "1HO12345"),
            ("Coyne Ashford", "FR4418"),
            ("Clonagh Eddie", "LM2214"),
            ("Bova Zidane", "CH9031"),
        ],
        ["Holstein Friesian", "Limousin X", "Angus X", "Jersey"],
    ),
    "de": (
        [("Wobbler", "DE 09 41 88213"), ("Herzschlag", "DE 09 39 12877"), ("Vitalis", "DE 09 42 00514")],
        ["Fleckvieh", "Braunvieh", "Holstein"],
    ),
    "fr": (
        [("Ornicar", "FR 87 1234 5678"), ("Hirondelle", "FR 19 2210 0487"), ("Jupiter", "FR 23 5501 2211")],
        ["Limousine", "Prim'Holstein", "Montbéliarde"],
    ),
    "nl": (
        [
            ("Delta Lambda", "NL 712345678"),
            ("Peak Hotshot", "NL 598210044"),
            ("Bons-Holsteins Apollo", "NL 640112233"),
        ],
        ["Holstein", "MRIJ", "Blaarkop"],
    ),
    "it": (
        [("Lamborghini", "IT019990123456"), ("Bolt", "IT098000411223"), ("Sprint", "IT017000889900")],
        ["Frisona", "Bruna", "Pezzata Rossa"],
    ),
    "es": (
        [("Jarocho", "ES021205553311"), ("Campeón", "ES091304412277"), ("Moreno", "ES150900128844")],
        ["Frisona", "Rubia Gallega", "Asturiana de los Valles"],
    ),
}
# (semen straw, sexed straw, service charge), by currency
AI_PRICES = {
    "INR": (50.0, 450.0, 100.0),
    "GBP": (22.0, 42.0, 12.50),
    "USD": (24.0, 45.0, 15.00),
    "EUR": (20.0, 38.0, 14.00),
}


def breeding_service(rng: random.Random, font: str):
    """A cattle breeder's artificial insemination slip (an Indian breeding centre, a UK, US or Irish AI service, a
    Besamungsstation, a coopérative d'insémination, a KI-station, a centro di fecondazione, a centro de inseminación):
    the service on top (the payee), the owner (never), the technician (staff, never), the cow's ear tag and breed,
    the bull's name and code (never the id), a straw (sexed in a share), a service charge and a repeat's or a
    sexed straw's price, the heat seen, a previous service, a next heat expected and a pregnancy check due (never the
    day paid), VAT included in a share, cash or a card with a terminal's words, the slip's number in a share."""
    currency, centre, lang = _issuer(rng, BREEDERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", centre)]
    status, words = _slip_outcome72(rng, lang, 0.15 if currency == "INR" else 0.35, 0.3)
    _heading72(
        rng,
        rows,
        status,
        lang,
        en=["A.I. Service Slip", "Insemination Record & Receipt", "AI Receipt"],
        de=["Besamungsschein", "Besamungsbeleg"],
        fr=["Bon d'insémination"],
        nl=["Inseminatiebon"],
        it=["Certificato di fecondazione"],
        es=["Parte de inseminación"],
    )
    top = shown(rng, 0.5)
    if top:
        rows.append(("left", _stamp72(rng, when, pattern, currency, lang, 0.5)))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Owner", "Farmer"],
                de=["Tierhalter"],
                fr=["Éleveur"],
                nl=["Veehouder"],
                it=["Allevatore"],
                es=["Ganadero"],
            ),
            _farmer(rng, currency, lang),
        )
    )
    bulls, breeds = BULLS["INR" if currency == "INR" else lang]
    pick = rng.randrange(len(bulls))
    bull, bull_code = bulls[pick]
    breed = breeds[pick] if currency == "INR" else rng.choice(breeds)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Cow tag", "Animal ID", "Ear tag"],
                de=["Ohrmarke"],
                fr=["N° de boucle"],
                nl=["Levensnummer"],
                it=["Marca auricolare"],
                es=["Crotal"],
            ),
            _tag(rng, key),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Breed"], de=["Rasse"], fr=["Race"], nl=["Ras"], it=["Razza"], es=["Raza"]),
            breed,
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Sire", "Bull"],
                de=["Stier"],
                fr=["Taureau"],
                nl=["Stier"],
                it=["Toro"],
                es=["Toro"],
            ),
            bull,
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Bull code", "Semen code"],
                de=["HB-Nr."],
                fr=["N° national"],
                nl=["Stiercode"],
                it=["Matricola"],
                es=["Código toro"],
            ),
            bull_code,
        )
    )
    service = rng.choice([1, 1, 1, 2, 3])
    if service > 1:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Previous A.I."],
                    de=["Letzte Besamung"],
                    fr=["IA précédente"],
                    nl=["Vorige inseminatie"],
                    it=["Fecondazione precedente"],
                    es=["Inseminación anterior"],
                ),
                _d72(_earlier(when, rng, 19, 45), pattern, lang),
            )
        )
    if shown(rng, 0.5):
        hour = rng.randrange(5, 20)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Heat observed", "Heat seen at"],
                    de=["Brunst beobachtet"],
                    fr=["Chaleurs observées"],
                    nl=["Tocht gezien"],
                    it=["Calore osservato"],
                    es=["Celo observado"],
                ),
                f"{hour:02d}:{rng.choice(['00', '15', '30', '45'])}",
            )
        )
    technician = _pro72(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Technician", "AI technician"],
                de=["Besamungstechniker"],
                fr=["Inséminateur"],
                nl=["Inseminator"],
                it=["Operatore"],
                es=["Inseminador"],
            ),
            technician,
        )
    )
    rows.append(("rule",))
    straw, sexed, charge = AI_PRICES[currency]
    is_sexed = shown(rng, 0.6)
    label = _say(
        rng,
        lang,
        en=["Sexed semen straw" if is_sexed else "Semen straw (conventional)"],
        de=["Gesextes Sperma" if is_sexed else "Samenportion"],
        fr=["Paillette sexée" if is_sexed else "Paillette conventionnelle"],
        nl=["Gesekst sperma" if is_sexed else "Rietje sperma"],
        it=["Dose seme sessato" if is_sexed else "Dose seme"],
        es=["Dosis sexada" if is_sexed else "Dosis seminal"],
    )
    price = sexed if is_sexed else straw
    rows.append(("pair", label, _m(price, grouping)))
    total = price
    if not (currency == "INR" and service > 1 and shown(rng, 0.5)):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["A.I. charges", "Service fee"],
                    de=["Besamungsgebühr"],
                    fr=["Acte d'insémination"],
                    nl=["Inseminatiekosten"],
                    it=["Intervento"],
                    es=["Servicio de inseminación"],
                ),
                _m(charge, grouping),
            )
        )
        total = round(total + charge, 2)
    else:
        rows.append(("small", "Repeat A.I. - service free"))
    if currency != "INR" and shown(rng, 0.3):
        visit = {"GBP": 6.0, "USD": 10.0}.get(currency, 7.5)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Visit charge"],
                    de=["Anfahrt"],
                    fr=["Déplacement"],
                    nl=["Voorrijkosten"],
                    it=["Uscita"],
                    es=["Desplazamiento"],
                ),
                _m(visit, grouping),
            )
        )
        total = round(total + visit, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Total", "Amount"],
                de=["Summe", "Betrag"],
                fr=["Total"],
                nl=["Totaal"],
                it=["Totale"],
                es=["Total"],
            ),
            fmt(total),
        )
    )
    if currency not in ("INR", "USD") and shown(rng, 0.5):
        _vat72(rng, rows, grouping, total, currency, lang, "included", {"GBP": 0.20, "IE": 0.135}.get(key))
    if status or (currency != "INR" and shown(rng, 0.4)):
        method = _slip_card72(rng, rows, lang)
    else:
        method = _pay72(rng, rows, currency, lang, ["cash"], 0.25)
    if words:
        rows.append(("center", words))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Next heat expected", "Watch for repeat"],
                de=["Nächste Brunst erwartet"],
                fr=["Retour en chaleur prévu"],
                nl=["Volgende tocht verwacht"],
                it=["Prossimo calore previsto"],
                es=["Próximo celo previsto"],
            ),
            _d72(when + dt.timedelta(days=21), pattern, lang),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["PD due", "Pregnancy check from"],
                    de=["TU ab"],
                    fr=["Constat de gestation à partir du"],
                    nl=["Drachtcontrole vanaf"],
                    it=["Diagnosi di gravidanza dal"],
                    es=["Diagnóstico de gestación a partir del"],
                ),
                _d72(when + dt.timedelta(days=rng.choice([35, 45, 60, 90])), pattern, lang),
            )
        )
    txn = _id72(
        rng,
        rows,
        {
            "en": ["Slip No", "Receipt No", "Bill No"],
            "de": ["Beleg-Nr.", "Schein-Nr."],
            "fr": ["Bon n°"],
            "nl": ["Bonnr."],
            "it": ["Ricevuta n.", "Scheda n."],
            "es": ["Parte n.º", "Recibo n.º"],
        }[lang],
        digits(rng, rng.choice([4, 5, 6])),
        0.3,
        status,
        lang,
    )
    dated = when if top else None
    if not top and shown(rng, 0.75):
        rows.append(
            (
                "pair",
                _say(
                    rng, lang, en=["Date"], de=["Datum"], fr=["Date"], nl=["Datum"], it=["Data"], es=["Fecha"]
                ),
                _stamp72(rng, when, pattern, currency, lang, 0.3),
            )
        )
        dated = when
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Please report repeats within 21 days.", "Keep this slip for your herd records."],
        de=["Bitte Umrinderer innerhalb von 21 Tagen melden."],
        fr=["Signalez les retours en chaleur sous 21 jours."],
        nl=["Terugkomers binnen 21 dagen melden a.u.b."],
        it=["Segnalare i ritorni in calore entro 21 giorni."],
        es=["Comunique las repeticiones en 21 días."],
    )
    truth = truth_fields(centre, total, currency, txn, dated, method, status)
    style = rng.choice([_sized(THERMAL, 18), PAPER])
    return rows, truth, _page(font, rows, style, centre, 420 if style is not PAPER else None)


# ---------------------------------------------------------------- 5 farm machinery hired with or without a driver


MACHINE_HIRERS = {
    "INR": [("Kisan Custom Hiring Centre, Sirsa", "en"), ("Jai Jawan Tractor & Harvester Service", "en")],
    "GBP": [("Teme Valley Agricultural Contractors", "en")],
    "USD": [("Big Sky Ag Equipment Rental", "en")],
    "EUR": [
        ("Nore Valley Agri Contractors", "en"),
        ("Maschinenring Ammersee GmbH", "de"),
        ("CUMA de la Vallée de l'Aure", "fr"),
        ("Loonbedrijf Jansen B.V.", "nl"),
        ("Contoterzista Agricolo F.lli Bassi", "it"),
        ("Servicios Agrícolas Hermanos Prieto", "es"),
    ],
}
# (work, unit, rate), by the page's country: a quantity of the unit at the rate
MACHINE_WORK = {
    "INR": [
        ("Combine harvester (wheat)", "acre", 1800.0),
        ("Rotavator", "hr", 900.0),
        ("Laser land leveller", "hr", 1000.0),
        ("Happy Seeder", "acre", 1500.0),
        ("Straw reaper", "acre", 1600.0),
        ("Tractor + trolley", "trip", 600.0),
    ],
    "GBP": [
        ("Round baling", "bale", 4.25),
        ("Bale wrapping", "bale", 3.50),
        ("Mowing", "acre", 14.00),
        ("Hedge cutting", "hr", 48.00),
        ("Ploughing", "acre", 38.00),
        ("Slurry spreading (umbilical)", "hr", 85.00),
    ],
    "USD": [
        ("Skid steer loader", "day", 325.00),
        ("Post hole digger attachment", "day", 95.00),
        ("Hay rake", "day", 85.00),
        ("Rotary cutter 15 ft", "day", 210.00),
        ("No-till drill 10 ft", "acre", 18.00),
    ],
    "IE": [
        ("Silage - pit", "acre", 95.00),
        ("Round baling", "bale", 4.50),
        ("Wrapping", "bale", 4.00),
        ("Hedge cutting", "hr", 55.00),
        ("Slurry - dribble bar", "hr", 90.00),
    ],
    "de": [
        ("Mähdrusch Weizen", "ha", 145.00),
        ("Pressen Rundballen", "Stk", 4.20),
        ("Gülleausbringung Schleppschuh", "m³", 3.10),
        ("Schlepper mit Fahrer", "Std", 68.00),
        ("Maislegen", "ha", 62.00),
    ],
    "fr": [
        ("Moissonneuse-batteuse", "ha", 120.00),
        ("Presse à balles rondes", "balle", 4.50),
        ("Épandeur à fumier", "h", 35.00),
        ("Semoir direct", "ha", 48.00),
        ("Tracteur 150 ch", "h", 42.00),
    ],
    "nl": [
        ("Gras maaien", "ha", 45.00),
        ("Kuilvoer hakselen", "ha", 95.00),
        ("Mest uitrijden", "m³", 3.20),
        ("Trekker met chauffeur", "uur", 62.00),
        ("Maïs zaaien", "ha", 70.00),
    ],
    "it": [
        ("Trebbiatura frumento", "ha", 140.00),
        ("Aratura", "ha", 110.00),
        ("Rotoimballatura", "rotoballa", 4.00),
        ("Trattore con operatore", "ora", 55.00),
        ("Semina mais", "ha", 75.00),
    ],
    "es": [
        ("Cosechadora cereal", "ha", 95.00),
        ("Empacadora paquete grande", "paca", 1.80),
        ("Tractor con conductor", "h", 45.00),
        ("Siembra directa", "ha", 42.00),
        ("Abonadora", "ha", 18.00),
    ],
}
PLURALS = {
    "acre": "acres",
    "hr": "hrs",
    "trip": "trips",
    "bale": "bales",
    "day": "days",
    "balle": "balles",
    "rotoballa": "rotoballe",
    "ora": "ore",
    "paca": "pacas",
}
MACHINE_TAX = {"GBP": 0.20, "IE": 0.135, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22, "es": 0.21}
FIELDS = {
    "INR": ["Khasra No. 112/4", "Khasra No. 37/9", "Killa No. 14//7", "Survey No. 58/2"],
    "GBP": ["Top Meadow", "Long Acre", "Church Field", "Lower Ham"],
    "USD": ["North 80", "River bottom", "Home quarter"],
    "IE": ["Bog Field", "Kiln Field", "The Inch"],
    "de": ["Flur Am Kreuzacker", "Flst. 412/3", "Schlag Hofwiese"],
    "fr": ["Parcelle ZC 47", "Les Grands Champs", "Pré du Moulin"],
    "nl": ["Perceel Achterweg", "Kavel 12", "Perceel De Hoge Akker"],
    "it": ["Foglio 12 mappale 88", "Campo Grande", "Podere La Chiusa"],
    "es": ["Polígono 8 parcela 112", "Finca El Llano", "Parcela La Vega"],
}
PROVIDERS = {
    "de": ["Leistungserbringer: Hof Huber, Dießen", "Ausführender Betrieb: Steinerhof, Utting"],
    "fr": ["Adhérent prestataire : GAEC du Moulin", "Matériel de la CUMA, chauffeur salarié"],
}


def machinery_hire(rng: random.Random, font: str):
    """Farm machinery hired with a driver or without one (an Indian custom hiring centre, a UK or Irish agricultural
    contractor, a US farm equipment rental, a Maschinenring, a CUMA, a loonbedrijf, a contoterzista, a Spanish
    agricultural services firm): the firm or ring on top (the payee), the farmer or member who hired (never), the
    operator (staff, never), the member farm that did the work for a ring or a CUMA (never the payee), fields and
    khasra numbers, the tractor's registration and hour meter readings (never the id), the hire's days (never the
    day paid), work at a rate per acre, hectare, hour, bale or day, fuel, delivery, a damage waiver (inside the
    amount), a security deposit held on a card (never the amount), VAT or GST added, a full payment or the balance
    after an advance (the amount; the advance's day never the day paid), the invoice's number in a share."""
    currency, firm, lang = _issuer(rng, MACHINE_HIRERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", firm)]
    if shown(rng, 0.5):
        rows.append(("small", _tax72(rng, key, rng.choice(["03", "06"]))))
    mode = rng.choice(["full", "full", "full", "balance"])
    status, words = _outcome72(rng, 0.35, currency, lang, None, 0.65, 0.2, part=mode != "full")
    _heading72(
        rng,
        rows,
        status,
        lang,
        en=["Hire Invoice", "Invoice", "Custom Hiring Receipt"]
        if currency == "INR"
        else (
            ["Rental Agreement & Receipt", "Rental Invoice"]
            if currency == "USD"
            else ["Invoice", "Contracting Invoice"]
        ),
        de=["Rechnung", "Abrechnung Maschinenring"],
        fr=["Facture de prestation", "Facture"],
        nl=["Factuur", "Factuur loonwerk"],
        it=["Fattura", "Fattura lavorazioni"],
        es=["Factura", "Factura de servicios"],
    )
    _status72(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Hirer", "Farmer", "Customer"] if currency != "USD" else ["Renter", "Customer"],
                de=["Auftraggeber", "Mitglied"],
                fr=["Adhérent", "Client"],
                nl=["Opdrachtgever"],
                it=["Committente"],
                es=["Cliente", "Titular"],
            ),
            _farmer(rng, currency, lang),
        )
    )
    if key in PROVIDERS and shown(rng, 0.7):
        rows.append(("small", rng.choice(PROVIDERS[key])))
    if currency != "USD" and shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Field", "Location"],
                    de=["Schlag"],
                    fr=["Parcelle"],
                    nl=["Perceel"],
                    it=["Appezzamento"],
                    es=["Parcela"],
                ),
                rng.choice(FIELDS[key]),
            )
        )
    if currency != "USD" and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Operator", "Driver"],
                    de=["Fahrer"],
                    fr=["Chauffeur"],
                    nl=["Chauffeur"],
                    it=["Operatore"],
                    es=["Conductor"],
                ),
                _pro72(rng, currency, lang),
            )
        )
    if shown(rng, 0.45):
        plate = {
            "INR": f"{rng.choice(['HR 24', 'PB 11', 'RJ 13'])} {code(rng, 2, UPPER)} {digits(rng, 4)}",
            "GBP": f"{code(rng, 2, UPPER)}{rng.randint(10, 24)} {code(rng, 3, UPPER)}",
            "USD": f"Unit #{digits(rng, 3)}",
            "IE": f"{rng.randint(151, 242)}-KK-{digits(rng, 4)}",
            "de": f"STA-{code(rng, 2, UPPER)} {digits(rng, 3)}",
            "fr": f"{code(rng, 2, UPPER)}-{digits(rng, 3)}-{code(rng, 2, UPPER)}",
            "nl": f"{code(rng, 2, UPPER)}-{code(rng, 2, UPPER)}-{digits(rng, 2)}",
            "it": f"AE {digits(rng, 3)} {code(rng, 2, UPPER)}",
            "es": f"E {digits(rng, 4)} {code(rng, 3, UPPER)}",
        }[key]
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Vehicle No.", "Machine"],
                    de=["Kennzeichen"],
                    fr=["Immatriculation"],
                    nl=["Kenteken"],
                    it=["Targa"],
                    es=["Matrícula"],
                ),
                plate,
            )
        )
    start = _earlier(when, rng, 0, 6)
    days = rng.randint(1, 5)
    end = start + dt.timedelta(days=days if currency == "USD" else rng.randint(0, 3))
    if currency == "USD" or shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Hire period", "Out / In"] if currency == "USD" else ["Work done"],
                    de=["Einsatz"],
                    fr=["Travaux du"],
                    nl=["Uitgevoerd"],
                    it=["Lavori eseguiti"],
                    es=["Trabajos realizados"],
                ),
                f"{_d72(start, pattern, lang)} - {_d72(end, pattern, lang)}",
            )
        )
    if shown(rng, 0.4):
        begin = rng.randint(1200, 9800) + rng.randint(0, 9) / 10
        hours = rng.randint(3, 40) + rng.randint(0, 9) / 10
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Hour meter"],
                    de=["Betriebsstunden"],
                    fr=["Compteur horaire"],
                    nl=["Urenteller"],
                    it=["Contaore"],
                    es=["Horómetro"],
                ),
                f"{begin:.1f} - {begin + hours:.1f}",
            )
        )
    rows.append(("rule",))
    net = 0.0
    for work, unit, rate in rng.sample(MACHINE_WORK[key], rng.randint(1, 3)):
        if unit in ("bale", "Stk", "balle", "rotoballa", "paca"):
            qty = float(rng.randrange(40, 400, 10))
        elif unit in ("m³",):
            qty = float(rng.randrange(100, 900, 20))
        elif unit == "day":
            qty = float(days)
        elif unit == "trip":
            qty = float(rng.randint(1, 5))
        else:
            qty = rng.randint(2, 40) + rng.choice([0, 0, 0.5, 0.25])
        value = round(qty * rate, 2)
        shown_qty = f"{qty:g}" if lang == "en" else f"{qty:g}".replace(".", ",")
        if qty != 1:
            unit = PLURALS.get(unit, unit)
        rows.append(("pair", f"{work} {shown_qty} {unit} @ {_m(rate, grouping)}", _m(value, grouping)))
        net = round(net + value, 2)
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("small", "Diesel by farmer"))
    elif currency in ("GBP", "IE") and shown(rng, 0.4):
        surcharge = round(net * 0.05, 2)
        rows.append(("pair", "Fuel surcharge 5%", _m(surcharge, grouping)))
        net = round(net + surcharge, 2)
    if currency == "USD":
        if shown(rng, 0.6):
            rows.append(("pair", "Delivery & pick-up", _m(150.0, grouping)))
            net = round(net + 150.0, 2)
        if shown(rng, 0.6):
            waiver = round(net * 0.12, 2)
            rows.append(("pair", "Damage waiver 12%", _m(waiver, grouping)))
            net = round(net + waiver, 2)
    if currency == "INR":
        total = (
            _vat72(rng, rows, grouping, net, currency, lang, "added", india_rate=0.09)
            if shown(rng, 0.4)
            else net
        )
    elif currency == "USD":
        total = _vat72(rng, rows, grouping, net, currency, lang, "added", 0.065)
    else:
        total = _vat72(
            rng, rows, grouping, net, currency, lang, "added", MACHINE_TAX[key], net_line=shown(rng, 0.5)
        )
    if mode == "balance":
        earlier = _d72(_earlier(start, rng, 1, 10), pattern, lang) if shown(rng, 0.5) else None
        amount = _part72(
            rng,
            rows,
            fmt,
            grouping,
            total,
            rng.choice([0.25, 0.3, 0.5]),
            status,
            lang,
            "balance",
            currency == "INR",
            earlier,
        )
    else:
        _total72(rng, rows, fmt, total, status, lang)
        amount = total
    if currency == "USD" and shown(rng, 0.5):
        rows.append(("small", "Security deposit of $500.00 held on card - released on return"))
    kinds = {"INR": ["cash", "UPI", "netbanking"], "USD": ["card"]}.get(
        currency, ["netbanking", "card", "cash"]
    )
    if status in ("failed", "pending"):
        kinds = [k for k in kinds if k != "cash"]
    method = _pay72(rng, rows, currency, lang, kinds, 0.25, False, status, words)
    if currency == "INR" and shown(rng, 0.4):
        rows.append(("small", "Rates as approved under CRM scheme"))
    txn = _id72(
        rng,
        rows,
        {
            "en": ["Invoice No", "Bill No", "Receipt No"]
            if currency != "USD"
            else ["Contract #", "Invoice #"],
            "de": ["Rechnungs-Nr.", "Abrechnungs-Nr."],
            "fr": ["Facture n°"],
            "nl": ["Factuurnr."],
            "it": ["Fattura n."],
            "es": ["Factura n.º"],
        }[lang],
        f"{rng.choice(['', 'C', 'H'])}{digits(rng, rng.choice([4, 5, 6]))}",
        0.2,
        status,
        lang,
    )
    dated = _dated72(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Invoice date", "Paid on"],
            "de": ["Datum", "Rechnungsdatum"],
            "fr": ["Date", "Date de facture"],
            "nl": ["Datum", "Factuurdatum"],
            "it": ["Data", "Data fattura"],
            "es": ["Fecha", "Fecha de factura"],
        }[lang],
        0.15,
        0.3,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Machinery damage caused by stones or hidden objects is charged at cost.",
            "Thank you for your custom.",
        ],
        de=["Schäden durch Fremdkörper im Erntegut werden berechnet."],
        fr=["Tout dégât dû à des corps étrangers sera facturé."],
        nl=["Schade door stenen of vreemde voorwerpen wordt doorberekend."],
        it=["I danni causati da corpi estranei saranno addebitati."],
        es=["Los daños por piedras u objetos ocultos se facturan aparte."],
    )
    truth = truth_fields(firm, amount, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, A4, EMAIL]), firm)


# ---------------------------------------------------------------- 6 a hatchery's order of chicks or pullets


HATCHERIES = {
    "INR": [("Kaveri Hatcheries & Farms", "en"), ("Green Valley Poultry Hatchery", "en")],
    "GBP": [("Meadowcroft Poultry", "en")],
    "USD": [("Prairie Sun Hatchery", "en")],
    "EUR": [
        ("Kilcullen Hatchery", "en"),
        ("Brüterei Heidkamp", "de"),
        ("Couvoir de la Sarthe", "fr"),
        ("Broederij Van Hal", "nl"),
        ("Incubatoio Valle del Chiese", "it"),
        ("Incubadora Avícola del Segura", "es"),
    ],
}
# (birds, price each), by the page's country
BIRDS = {
    "INR": [
        ("Day-old broiler chicks (Cobb 430)", 38.0),
        ("Day-old broiler chicks (Ross 308)", 42.0),
        ("Kadaknath chicks", 85.0),
        ("Kuroiler chicks", 32.0),
        ("Sonali chicks", 28.0),
    ],
    "GBP": [
        ("Point of lay hybrid (Warren)", 6.95),
        ("Point of lay Light Sussex", 18.50),
        ("Point of lay Black Rock", 16.00),
        ("Day-old Aylesbury ducklings", 4.50),
    ],
    "USD": [
        ("Rhode Island Red - pullets", 4.65),
        ("Buff Orpington - straight run", 3.95),
        ("Barred Rock - pullets", 4.45),
        ("Cornish Cross broilers", 2.35),
    ],
    "IE": [
        ("Point of lay Lohmann Brown", 7.50),
        ("Point of lay Bluebelle", 9.00),
        ("Day-old broiler chicks", 1.60),
    ],
    "de": [
        ("Junghennen Lohmann Brown, 18. Woche", 8.90),
        ("Junghennen Sussex, 18. Woche", 14.50),
        ("Eintagsküken Bresse", 3.50),
    ],
    "fr": [
        ("Poulettes prêtes à pondre ISA Brown", 9.50),
        ("Poussins d'un jour Cou nu", 1.80),
        ("Poussins Label rouge", 1.95),
    ],
    "nl": [
        ("Leghennen 18 weken (Isa Brown)", 9.25),
        ("Eendagskuikens Barnevelder", 3.95),
        ("Eendagskuikens vleeskuiken", 0.95),
    ],
    "it": [
        ("Pollastre pronte alla deposizione", 8.50),
        ("Pulcini di un giorno Livornese", 2.20),
        ("Pulcini da carne", 1.10),
    ],
    "es": [
        ("Pollitas ponedoras 18 semanas", 7.90),
        ("Pollitos de un día camperos", 1.60),
        ("Pollitos de engorde", 0.95),
    ],
}
BIRD_TAX = {"IE": 0.048, "de": 0.07, "fr": 0.10, "nl": 0.09, "it": 0.10, "es": 0.10}


def hatchery_order(rng: random.Random, font: str):
    """A hatchery's order of chicks or pullets (Indian broiler and desi hatcheries, a UK or Irish point-of-lay
    supplier, a US mail-order hatchery, a Brüterei, a couvoir, a broederij, an incubatoio, an incubadora): the
    hatchery on top (the payee), the farm that orders (never), a batch or flock number and a vehicle (never the id),
    the hatch day, a collection or delivery day and a US ship week (never the day paid), birds at a price each, extra
    chicks free against losses (never the amount), boxes, a vaccination and shipping (inside the amount), tax nil,
    zero-rated or at a reduced rate, an advance at booking (the amount, the order's full value never), the balance on
    delivery after an advance (the amount) or a full payment, the order's or receipt's number in a share."""
    currency, hatchery, lang = _issuer(rng, HATCHERIES)
    key = _key(currency, lang)
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", hatchery)]
    if currency != "USD" and shown(rng, 0.4):
        rows.append(("small", _tax72(rng, key, rng.choice(["33", "29", "36"]))))
    mode = rng.choice(["full", "full", "advance", "balance"]) if currency != "USD" else "full"
    status, words = _outcome72(rng, 0.4, currency, lang, None, 0.6, 0.2, part=mode != "full")
    _heading72(
        rng,
        rows,
        status,
        lang,
        en=["Booking Receipt", "Chick Order", "Sales Invoice"]
        if mode == "advance"
        else ["Sales Invoice", "Delivery Bill", "Order Confirmation"],
        de=["Auftragsbestätigung", "Rechnung"],
        fr=["Bon de commande", "Facture"],
        nl=["Orderbevestiging", "Factuur"],
        it=["Conferma d'ordine", "Fattura"],
        es=["Confirmación de pedido", "Factura"],
    )
    _status72(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Farm", "Customer", "Party"],
                de=["Kunde"],
                fr=["Client"],
                nl=["Klant"],
                it=["Cliente"],
                es=["Cliente"],
            ),
            _farmer(rng, currency, lang)
            if currency != "INR"
            else rng.choice(
                ["Shree Poultry Farm, Namakkal", "Anand Broilers, Hosur", "Gurukrupa Poultry, Baramati"]
            ),
        )
    )
    if shown(rng, 0.55):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Batch No.", "Hatch No.", "Flock ID"],
                    de=["Schlupf-Nr."],
                    fr=["N° de lot"],
                    nl=["Koppelnr."],
                    it=["Lotto"],
                    es=["Lote"],
                ),
                f"{code(rng, 1, 'BHLK')}{digits(rng, 3)}/{when.year % 100:02d}",
            )
        )
    hatch = _later(when, rng, 0, 20) if mode == "advance" else _earlier(when, rng, 0, 3)
    if currency == "USD":
        rows.append(("pair", "Ship week", f"{_d72(hatch, pattern, lang)}"))
    elif shown(rng, 0.7):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Hatch date", "Delivery date", "Collection"],
                    de=["Schlupftag", "Abholung am"],
                    fr=["Date d'éclosion", "Enlèvement le"],
                    nl=["Uitkomstdatum", "Ophalen op"],
                    it=["Data di schiusa", "Ritiro il"],
                    es=["Fecha de nacimiento", "Recogida el"],
                ),
                _d72(hatch, pattern, lang),
            )
        )
    rows.append(("rule",))
    net = 0.0
    count = 0
    for name, price in rng.sample(BIRDS[key], rng.randint(1, 2)):
        if currency == "INR":
            n = rng.randrange(200, 5000, 100)
        elif (
            "ay-old" in name
            or "Eintag" in name
            or "d'un jour" in name
            or "Eendag" in name
            or "Pulcini" in name
            or "Pollitos" in name
            or "broiler" in name
        ):
            n = rng.randrange(25, 300, 25)
        else:
            n = rng.randint(3, 30)
        value = round(n * price, 2)
        count += n
        rows.append(("pair", f"{name} {_qty(n, lang)} @ {_m(price, grouping)}", _m(value, grouping)))
        net = round(net + value, 2)
    if currency == "INR" and shown(rng, 0.6):
        rows.append(
            (
                "small",
                rng.choice(
                    ["2% extra chicks free towards transit mortality", "Extra chicks 2% free (not billed)"]
                ),
            )
        )
    if currency == "USD":
        rows.append(
            (
                "pair",
                f"Marek's vaccination {count} @ {_m(0.20, grouping)}",
                _m(round(0.20 * count, 2), grouping),
            )
        )
        net = round(net + round(0.20 * count, 2), 2)
        rows.append(
            (
                "pair",
                rng.choice(["Shipping (USPS Priority Express)", "Shipping & handling"]),
                _m(45.0, grouping),
            )
        )
        net = round(net + 45.0, 2)
    elif shown(rng, 0.5):
        boxes = rng.randint(1, 20)
        box = {"INR": 30.0}.get(currency, 1.50)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[
                        f"Chick boxes {boxes} @ {_m(box, grouping)}"
                        if currency == "INR"
                        else f"Carry boxes {boxes} @ {_m(box, grouping)}"
                    ],
                    de=[f"Transportkartons {boxes} x"],
                    fr=[f"Cartons de transport {boxes} x"],
                    nl=[f"Transportdozen {boxes} x"],
                    it=[f"Scatole da trasporto {boxes} x"],
                    es=[f"Cajas de transporte {boxes} x"],
                ),
                _m(round(boxes * box, 2), grouping),
            )
        )
        net = round(net + boxes * box, 2)
    if currency != "USD" and shown(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Vaccinated: Marek's, ND, IB (included)"],
                    de=["Geimpft: Marek, ND, IB (inklusive)"],
                    fr=["Vaccins Marek, ND, IB inclus"],
                    nl=["Gevaccineerd: Marek, ND, IB (inbegrepen)"],
                    it=["Vaccinazioni Marek, ND, IB incluse"],
                    es=["Vacunas Marek, ND, IB incluidas"],
                ),
            )
        )
    total = net
    if currency == "INR":
        rows.append(("small", "GST: Nil (live poultry)"))
    elif currency == "GBP":
        rows.append(("small", "Live poultry zero-rated for VAT"))
    elif currency != "USD":
        _vat72(rng, rows, grouping, total, currency, lang, "included", BIRD_TAX[key])
    if mode == "advance":
        amount = _part72(
            rng,
            rows,
            fmt,
            grouping,
            total,
            rng.choice([0.2, 0.25, 0.3, 0.5]),
            status,
            lang,
            "advance",
            currency == "INR",
        )
    elif mode == "balance":
        earlier = _d72(_earlier(when, rng, 10, 40), pattern, lang) if shown(rng, 0.5) else None
        amount = _part72(
            rng,
            rows,
            fmt,
            grouping,
            total,
            rng.choice([0.25, 0.3, 0.5]),
            status,
            lang,
            "balance",
            currency == "INR",
            earlier,
        )
    else:
        _total72(rng, rows, fmt, total, status, lang)
        amount = total
    kinds = {"INR": ["netbanking", "UPI", "cash"], "USD": ["card", "wallet"]}.get(
        currency, ["card", "netbanking", "cash"]
    )
    if status in ("failed", "pending"):
        kinds = [k for k in kinds if k != "cash"]
    method = _pay72(rng, rows, currency, lang, kinds, 0.25, currency == "USD", status, words)
    if currency == "INR" and shown(rng, 0.4):
        rows.append(("pair", "Vehicle", f"TN {rng.randint(28, 88)} {code(rng, 2, UPPER)} {digits(rng, 4)}"))
    txn = _id72(
        rng,
        rows,
        {
            "en": ["Order #", "Order No", "Receipt No"]
            if currency == "USD" or mode == "advance"
            else ["Invoice No", "Bill No"],
            "de": ["Auftrags-Nr.", "Rechnungs-Nr."],
            "fr": ["Commande n°", "Facture n°"],
            "nl": ["Ordernr.", "Factuurnr."],
            "it": ["Ordine n.", "Fattura n."],
            "es": ["Pedido n.º", "Factura n.º"],
        }[lang],
        digits(rng, rng.choice([4, 5, 6, 7])),
        0.2,
        status,
        lang,
    )
    dated = _dated72(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Order date", "Paid on"] if mode != "balance" else ["Date", "Paid on"],
            "de": ["Datum"],
            "fr": ["Date"],
            "nl": ["Datum"],
            "it": ["Data"],
            "es": ["Fecha"],
        }[lang],
        0.15,
        0.3,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Live birds travel at the buyer's risk once collected.",
            "Losses must be reported within 48 hours of delivery.",
        ],
        de=["Tiere reisen ab Abholung auf Gefahr des Käufers."],
        fr=["Les animaux voyagent aux risques de l'acheteur."],
        nl=["Dieren reizen voor risico van de koper."],
        it=["Gli animali viaggiano a rischio dell'acquirente."],
        es=["Los animales viajan por cuenta y riesgo del comprador."],
    )
    truth = truth_fields(hatchery, amount, currency, txn, dated, method, status)
    style = rng.choice([PAPER, EMAIL] if currency == "USD" else [PAPER, _sized(PAPER, 19), A4])
    return rows, truth, _page(font, rows, style, hatchery)


# ---------------------------------------------------------------- 7 a wholesale cash-and-carry's invoice


CASH_CARRY = {
    "INR": [("METRO Cash & Carry", "en"), ("Best Price Wholesale", "en")],
    "GBP": [("Booker Wholesale", "en")],
    "USD": [("Restaurant Depot", "en")],
    "EUR": [
        ("Musgrave MarketPlace", "en"),
        ("METRO Großmarkt", "de"),
        ("Promocash", "fr"),
        ("Sligro", "nl"),
        ("METRO Italia", "it"),
        ("Makro", "es"),
    ],
}
BRANCHES = {
    "METRO Cash & Carry": ["Hebbal, Bengaluru", "Kondapur, Hyderabad", "Yeshwanthpur, Bengaluru"],
    "Best Price Wholesale": ["Zirakpur", "Lucknow - Amausi", "Vijayawada"],
    "Booker Wholesale": ["Leeds", "Swansea", "Wolverhampton"],
    "Restaurant Depot": ["Houston - Hempstead Rd", "Secaucus NJ", "Chicago - Kinzie St"],
    "Musgrave MarketPlace": ["Ballymun", "Cork - Tramore Rd", "Galway"],
    "METRO Großmarkt": ["München-Pasing", "Hamburg-Altona", "Köln-Godorf"],
    "Promocash": ["Rennes", "Angers", "Tours Nord"],
    "Sligro": ["Amsterdam", "Utrecht", "Eindhoven"],
    "METRO Italia": ["Milano San Donato", "Bologna", "Torino"],
    "Makro": ["Madrid - Getafe", "Valencia - Paterna", "Sevilla"],
}
# (item, net price, reduced rate or not), by the page's country; prices before tax
WHOLESALE = {
    "INR": [
        ("Fortune Sunflower Oil 15 L tin", 2150.0, True),
        ("Aashirvaad Atta 25 kg", 1140.0, True),
        ("Tata Salt 1 kg x 25", 560.0, True),
        ("Amul Butter 500 g x 20", 5300.0, True),
        ("Coca-Cola 300 ml x 24", 720.0, False),
        ("Surf Excel 1 kg x 10", 1390.0, False),
        ("Basmati Rice 25 kg", 2480.0, True),
    ],
    "GBP": [
        ("Heinz Baked Beans 6 x 2.62kg", 18.49, True),
        ("Coca-Cola 24 x 330ml", 13.99, False),
        ("Walkers Crisps 32 x 25g", 10.79, False),
        ("Fairy Liquid 5L", 11.25, False),
        ("McCain Chips 4 x 2.27kg", 16.99, True),
        ("Cathedral City 2kg", 15.49, True),
    ],
    "USD": [
        ("Chicken wings 40 lb case", 94.60, True),
        ("Fryer oil 35 lb jug", 38.99, True),
        ("Mozzarella shredded 4 x 5 lb", 52.40, True),
        ("Foam containers 9x9 (200)", 31.95, False),
        ("Coca-Cola 24 x 12 oz", 14.99, False),
    ],
    "IE": [
        ("Brennans Bread 12 pack", 14.20, True),
        ("Barry's Tea 600 bags", 16.99, True),
        ("Club Orange 24 x 330ml", 15.50, False),
        ("Tayto Crisps 50 x 25g", 17.95, False),
        ("Kerrygold Butter 20 x 227g", 52.00, True),
    ],
    "de": [
        ("Rapsöl 10 l", 17.99, True),
        ("Mehl Type 405, 10 kg", 7.49, True),
        ("Gouda jung 3 kg", 21.90, True),
        ("Coca-Cola 12 x 1,0 l", 13.68, False),
        ("Spülmittel 5 l", 6.99, False),
    ],
    "fr": [
        ("Huile de tournesol 10 L", 18.50, True),
        ("Farine T55 25 kg", 16.90, True),
        ("Emmental râpé 2,5 kg", 19.40, True),
        ("Coca-Cola 24 x 33 cl", 14.90, False),
        ("Liquide vaisselle 5 L", 7.20, False),
    ],
    "nl": [
        ("Frituurolie 10 l", 19.95, True),
        ("Goudse kaas jong 4 kg", 31.60, True),
        ("Friet 4 x 2,5 kg", 14.80, True),
        ("Coca-Cola 24 x 33 cl", 15.20, False),
        ("Afwasmiddel 5 l", 7.40, False),
    ],
    "it": [
        ("Olio di semi 10 l", 19.90, True),
        ("Farina 00, 25 kg", 17.50, True),
        ("Mozzarella fior di latte 3 kg", 22.80, True),
        ("Acqua minerale 6 x 1,5 l", 2.10, True),
        ("Detersivo piatti 5 l", 6.90, False),
    ],
    "es": [
        ("Aceite de girasol 5 l x 3", 21.90, True),
        ("Harina de trigo 25 kg", 15.80, True),
        ("Queso manchego 3 kg", 38.40, True),
        ("Coca-Cola 24 x 33 cl", 14.50, False),
        ("Lavavajillas 5 l", 6.50, False),
    ],
}
# (reduced rate, standard rate) by the page's country
WHOLESALE_TAX = {
    "INR": (0.05, 0.18),
    "GBP": (0.0, 0.20),
    "IE": (0.0, 0.23),
    "de": (0.07, 0.19),
    "fr": (0.055, 0.20),
    "nl": (0.09, 0.21),
    "it": (0.10, 0.22),
    "es": (0.10, 0.21),
}
DEPOSITS = {"de": ("Pfand", 3.30), "nl": ("Statiegeld", 3.60)}
EMPTIES = {"de": "Leergut", "nl": "Retour emballage"}


def cash_and_carry(rng: random.Random, font: str):
    """A wholesale cash-and-carry's invoice to a business customer (METRO, Best Price, Booker, Restaurant Depot,
    Musgrave MarketPlace, Promocash, Sligro, Makro): the wholesaler on top (the payee), its branch under Store (never
    the payee), the customer's business, its GSTIN or VAT number and a customer card number (never the payee, never
    the id), cases at net prices, a bottle deposit (inside the amount) and empties returned (taken off), tax added by
    rate in an analysis table (never the amount), a US resale exemption, an item count, cash with change, UPI, a
    card or a card slip's words, the invoice's number and a till's number in a share (the id: the invoice's, else
    the till's)."""
    currency, wholesaler, lang = _issuer(rng, CASH_CARRY)
    key = _key(currency, lang)
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", wholesaler)]
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Store", "Branch"],
                de=["Markt"],
                fr=["Entrepôt"],
                nl=["Vestiging"],
                it=["Punto vendita"],
                es=["Centro"],
            ),
            rng.choice(BRANCHES[wholesaler]),
        )
    )
    if shown(rng, 0.6):
        rows.append(("small", _tax72(rng, key, rng.choice(["29", "36", "03"]))))
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Tax Invoice", "Cash Invoice"]
                if currency == "INR"
                else ["Invoice", "Sales Invoice", "VAT Invoice"],
                de=["Rechnung"],
                fr=["Facture"],
                nl=["Factuur"],
                it=["Fattura"],
                es=["Factura"],
            ),
        )
    )
    slip = shown(rng, 0.45)
    status, words = _slip_outcome72(rng, lang, 0.6, 0.2) if slip else (None, None)
    customer = rng.choice(CUSTOMER_FIRMS[key])
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Customer", "Sold to"],
                de=["Kunde"],
                fr=["Client"],
                nl=["Klant"],
                it=["Cliente"],
                es=["Cliente"],
            ),
            customer,
        )
    )
    if shown(rng, 0.7):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Customer card", "Card No."]
                    if currency != "INR"
                    else ["Customer No.", "Membership No."],
                    de=["Kundenkarte"],
                    fr=["N° carte client"],
                    nl=["Klantpas"],
                    it=["Tessera cliente"],
                    es=["Tarjeta de cliente"],
                ),
                f"{digits(rng, 3)} {digits(rng, 6)}" if currency != "USD" else digits(rng, 9),
            )
        )
    if currency == "INR" and shown(rng, 0.6):
        rows.append(("pair", "Customer GSTIN", _tax_ids(rng, "INR", "29")[0].split(": ")[1]))
    rows.append(("rule",))
    reduced_rate, standard_rate = WHOLESALE_TAX.get(key, (0.0, 0.0))
    reduced = standard = 0.0
    count = 0
    tagged = currency != "USD" and shown(rng, 0.5)
    for name, price, low in rng.sample(WHOLESALE[key], rng.randint(2, 5)):
        n = rng.choice([1, 1, 2, 2, 3, 4, 6])
        value = round(price * n, 2)
        count += n
        rate = reduced_rate if low else standard_rate
        tag = ""
        if tagged:
            tag = "  " + (
                "Z" if rate == 0 else (f"{rate * 100:g}%" if currency == "INR" else ("A" if low else "B"))
            )
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, _m(value, grouping) + tag))
        if low:
            reduced = round(reduced + value, 2)
        else:
            standard = round(standard + value, 2)
    if key in DEPOSITS and shown(rng, 0.5):
        word, value = DEPOSITS[key]
        crates = rng.randint(1, 4)
        rows.append(
            ("pair", f"{word} {crates} x {_m(value, grouping)}", _m(round(crates * value, 2), grouping))
        )
        standard = round(standard + crates * value, 2)
        if shown(rng, 0.5):
            back = rng.randint(1, 3)
            rows.append(("pair", f"{EMPTIES[key]} {back} x", "-" + _m(round(back * value, 2), grouping)))
            standard = round(standard - back * value, 2)
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[f"Items: {count}", f"No. of items {count}"],
                de=[f"Anzahl Artikel: {count}"],
                fr=[f"Nombre d'articles : {count}"],
                nl=[f"Aantal artikelen: {count}"],
                it=[f"Numero articoli: {count}"],
                es=[f"N.º de artículos: {count}"],
            ),
        )
    )
    net = round(reduced + standard, 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Net total", "Subtotal (excl. tax)"] if currency != "USD" else ["Subtotal"],
                de=["Summe netto"],
                fr=["Total HT"],
                nl=["Totaal excl. btw"],
                it=["Totale imponibile"],
                es=["Base imponible"],
            ),
            _m(net, grouping),
        )
    )
    total = net
    if currency == "USD":
        rows.append(("small", "Resale certificate on file - sales tax exempt"))
        rows.append(("pair", "Sales tax", _m(0.0, grouping)))
    else:
        for rate, base in ((reduced_rate, reduced), (standard_rate, standard)):
            if base <= 0:
                continue
            tax = round(base * rate, 2)
            pct = f"{rate * 100:g}"
            if lang != "en":
                pct = pct.replace(".", ",")
            if currency == "INR":
                half = round(tax / 2, 2)
                rows.append(("pair", f"CGST {rate * 50:g}% on {_m(base, grouping)}", _m(half, grouping)))
                rows.append(("pair", f"SGST {rate * 50:g}% on {_m(base, grouping)}", _m(half, grouping)))
                tax = round(2 * half, 2)
            else:
                word = {"de": "MwSt.", "fr": "TVA", "nl": "btw", "it": "IVA", "es": "IVA"}.get(lang, "VAT")
                rows.append(("pair", f"{word} {pct}% {_m(base, grouping)}", _m(tax, grouping)))
            total = round(total + tax, 2)
    _total72(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        {
            "en": ["Invoice total", "Total", "TOTAL"],
            "de": ["Rechnungsbetrag", "Gesamtsumme"],
            "fr": ["Total TTC", "Net à payer"],
            "nl": ["Totaal incl. btw", "Te betalen"],
            "it": ["Totale documento", "Totale"],
            "es": ["Total factura", "Total"],
        }[lang],
    )
    if slip:
        method = _slip_card72(rng, rows, lang)
        if words:
            rows.append(("center", words))
    elif currency == "INR" and shown(rng, 0.5):
        rows.append(("pair", "Tender", rng.choice(["UPI", "UPI (BHIM)", "Cash"])))
        method = "cash" if rows[-1][2] == "Cash" else "UPI"
    elif shown(rng, 0.6):
        method = _cash72(rng, rows, lang, grouping, total, currency)
    else:
        method = None
    till = f"{rng.randint(1, 40):02d}/{digits(rng, 4)}"
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Till / Trans", "Checkout"],
                    de=["Kasse / Bon"],
                    fr=["Caisse / Ticket"],
                    nl=["Kassa / Bon"],
                    it=["Cassa / Scontrino"],
                    es=["Caja / Tique"],
                ),
                till,
            )
        )
        txn = till
    else:
        txn = None
    invoice = _id72(
        rng,
        rows,
        {
            "en": ["Invoice No", "Invoice number"],
            "de": ["Rechnungs-Nr."],
            "fr": ["Facture n°"],
            "nl": ["Factuurnr."],
            "it": ["Fattura n."],
            "es": ["Factura n.º"],
        }[lang],
        f"{rng.randint(10, 99)}/{when.year}/{digits(rng, 6)}",
        0.25,
        status,
        lang,
    )
    txn = invoice or txn
    dated = _dated72(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Invoice date"],
            "de": ["Datum"],
            "fr": ["Date"],
            "nl": ["Datum"],
            "it": ["Data"],
            "es": ["Fecha"],
        }[lang],
        0.1,
        0.7,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Trade customers only. Please retain for your VAT records.", "Thank you for shopping with us."],
        de=["Nur für Gewerbetreibende."],
        fr=["Réservé aux professionnels."],
        nl=["Alleen voor zakelijke klanten."],
        it=["Riservato ai titolari di partita IVA."],
        es=["Solo para profesionales."],
    )
    truth = truth_fields(wholesaler, total, currency, txn, dated, method, status)
    style = rng.choice([_sized(THERMAL, 17), _sized(PAPER, 18)])
    return rows, truth, _page(font, rows, style, wholesaler, 440 if style["width"] == 400 else None)


# ---------------------------------------------------------------- 8 a printing press's job receipt


PRINTERS = {
    "INR": [("Shree Ganesh Offset Printers", "en"), ("Anmol Printing Press", "en")],
    "GBP": [("Harbour Print & Design Ltd", "en")],
    "USD": [("Liberty Press & Graphics", "en")],
    "EUR": [
        ("Corrib Print & Design", "en"),
        ("Druckerei Hoffmann GmbH", "de"),
        ("Imprimerie du Centre", "fr"),
        ("Drukkerij De Vries", "nl"),
        ("Tipografia Moderna", "it"),
        ("Gráficas Levante", "es"),
    ],
}
PRINT_JOBS = {
    "INR": [
        ("Visiting cards 300 GSM both side - 1,000 nos", 650.0),
        ("Letterheads A4 90 GSM - 500 nos", 1400.0),
        ("Bill books duplicate (50 x 2) - 10 nos", 1800.0),
        ("Flex banner 10 x 4 ft @ 12/sq ft", 480.0),
        ("Wedding cards with envelope - 300 nos", 5400.0),
        ("Pamphlets A5 70 GSM - 5,000 nos", 3250.0),
        ("Design charges", 500.0),
    ],
    "GBP": [
        ("Business cards 400gsm silk - 500", 45.00),
        ("A5 flyers 170gsm - 2,500", 89.00),
        ("Roller banner 850 x 2000mm", 79.00),
        ("Letterheads 120gsm - 1,000", 95.00),
        ("NCR pads A5 duplicate - 10", 120.00),
        ("Artwork / design (1 hr)", 40.00),
    ],
    "USD": [
        ("Business cards 16pt - 1,000", 59.00),
        ("Vinyl banner 3 x 6 ft", 85.00),
        ("Door hangers - 2,500", 215.00),
        ("Yard signs 18 x 24 in - 25", 312.50),
        ("Graphic design (1 hr)", 65.00),
    ],
    "IE": [
        ("Business cards 400gsm - 500", 49.00),
        ("A5 flyers - 2,500", 95.00),
        ("Pull-up banner 850 x 2000", 85.00),
        ("Compliment slips - 1,000", 70.00),
        ("Design (1 hr)", 45.00),
    ],
    "de": [
        ("Visitenkarten 350 g, 500 Stk.", 49.00),
        ("Flyer DIN A5, 135 g, 2.500 Stk.", 95.00),
        ("Briefbogen DIN A4, 1.000 Stk.", 110.00),
        ("Roll-up-Banner 85 x 200 cm", 89.00),
        ("Satz und Gestaltung (1 Std.)", 65.00),
    ],
    "fr": [
        ("Cartes de visite 350 g (500 ex.)", 45.00),
        ("Flyers A5 (2 500 ex.)", 89.00),
        ("Kakémono 85 x 200 cm", 75.00),
        ("Papier à en-tête (1 000 ex.)", 98.00),
        ("Création graphique (1 h)", 55.00),
    ],
    "nl": [
        ("Visitekaartjes 350 grams (500 st.)", 46.00),
        ("Flyers A5 (2.500 st.)", 92.00),
        ("Spandoek 300 x 100 cm", 69.00),
        ("Briefpapier A4 (1.000 st.)", 105.00),
        ("Opmaak (1 uur)", 60.00),
    ],
    "it": [
        ("Biglietti da visita 350 g (500 pz)", 42.00),
        ("Volantini A5 (2.500 pz)", 85.00),
        ("Roll-up 85 x 200 cm", 79.00),
        ("Carta intestata A4 (1.000 pz)", 95.00),
        ("Impaginazione grafica (1 ora)", 50.00),
    ],
    "es": [
        ("Tarjetas de visita 350 g (500 uds.)", 39.00),
        ("Flyers A5 (2.500 uds.)", 82.00),
        ("Lona publicitaria 300 x 100 cm", 65.00),
        ("Papel de carta A4 (1.000 uds.)", 90.00),
        ("Diseño gráfico (1 h)", 45.00),
    ],
}
PRINT_TAX = {"GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22, "es": 0.21}


def print_job(rng: random.Random, font: str):
    """A printing press's job receipt (Indian offset presses, a UK, US or Irish print shop, a Druckerei, an
    imprimerie, a drukkerij, a tipografia, a Spanish imprenta): the press on top (the payee), the customer's
    business and its contact (never), a job number and paper specs (never the id), cards, flyers, banners and
    wedding cards at prices, design charges (inside the amount), GST, VAT or sales tax added, a proof's approval and a
    delivery day (never the day paid), an advance with the order (the amount; the job's total never), the balance at
    delivery after an advance (the amount) or a full payment, cash, UPI, a card or a transfer, the memo's, receipt's
    or invoice's number in a share."""
    currency, press, lang = _issuer(rng, PRINTERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", press)]
    if currency == "INR":
        rows.append(
            (
                "small",
                rng.choice(["Offset · Screen · Digital · Flex Printing", "All kinds of job work undertaken"]),
            )
        )
    if shown(rng, 0.5):
        rows.append(("small", _tax72(rng, key, rng.choice(["27", "24", "09"]))))
    mode = rng.choice(["full", "full", "advance", "balance"])
    status, words = _outcome72(rng, 0.3, currency, lang, None, 0.65, 0.2, part=mode != "full")
    _heading72(
        rng,
        rows,
        status,
        lang,
        en=["Cash Memo", "Job Receipt", "Tax Invoice"]
        if currency == "INR"
        else ["Job Receipt", "Invoice", "Order Receipt"],
        de=["Auftragsbestätigung", "Rechnung"] if mode == "advance" else ["Rechnung"],
        fr=["Bon de commande", "Facture"] if mode == "advance" else ["Facture"],
        nl=["Opdrachtbevestiging", "Factuur"] if mode == "advance" else ["Factuur"],
        it=["Conferma d'ordine", "Fattura"] if mode == "advance" else ["Fattura"],
        es=["Hoja de encargo", "Factura"] if mode == "advance" else ["Factura"],
    )
    _status72(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Customer", "M/s" if currency == "INR" else "Client"],
                de=["Kunde"],
                fr=["Client"],
                nl=["Klant"],
                it=["Cliente"],
                es=["Cliente"],
            ),
            rng.choice(CUSTOMER_FIRMS[key]),
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Contact", "Attn"],
                    de=["Ansprechpartner"],
                    fr=["Contact"],
                    nl=["Contactpersoon"],
                    it=["Referente"],
                    es=["Contacto"],
                ),
                _who72(rng, currency, lang),
            )
        )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Job No.", "Job ref"],
                    de=["Auftrag"],
                    fr=["Travail n°"],
                    nl=["Ordernr. productie"],
                    it=["Lavoro n."],
                    es=["Trabajo n.º"],
                ),
                f"J-{digits(rng, 4)}",
            )
        )
    rows.append(("rule",))
    net = 0.0
    for name, price in rng.sample(PRINT_JOBS[key], rng.randint(1, 3)):
        rows.append(("pair", name, _m(price, grouping)))
        net = round(net + price, 2)
    if shown(rng, 0.25):
        off = float(round(net * 0.05)) if currency == "INR" else round(net * 0.05, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Discount", "Less: discount"],
                    de=["Rabatt"],
                    fr=["Remise"],
                    nl=["Korting"],
                    it=["Sconto"],
                    es=["Descuento"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    if currency == "INR":
        total = (
            _vat72(rng, rows, grouping, net, currency, lang, "added", india_rate=0.09, net_line=True)
            if shown(rng, 0.7)
            else net
        )
    elif currency == "USD":
        total = _vat72(rng, rows, grouping, net, currency, lang, "added", 0.08)
    else:
        total = _vat72(
            rng,
            rows,
            grouping,
            net,
            currency,
            lang,
            rng.choice(["added", "added", "included"]),
            PRINT_TAX[key],
            net_line=shown(rng, 0.5),
        )
    if mode == "advance":
        amount = _part72(
            rng,
            rows,
            fmt,
            grouping,
            total,
            rng.choice([0.3, 0.5]),
            status,
            lang,
            "advance",
            currency == "INR",
        )
    elif mode == "balance":
        earlier = _d72(_earlier(when, rng, 2, 12), pattern, lang) if shown(rng, 0.5) else None
        amount = _part72(
            rng,
            rows,
            fmt,
            grouping,
            total,
            rng.choice([0.3, 0.5]),
            status,
            lang,
            "balance",
            currency == "INR",
            earlier,
        )
    else:
        _total72(rng, rows, fmt, total, status, lang)
        amount = total
    if currency == "INR" and status is None and shown(rng, 0.4) and amount == int(amount):
        rows.append(("small", _words_inr(int(amount))))
    if mode != "balance":
        if shown(rng, 0.4):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Proof by", "Proof approval"],
                        de=["Korrekturabzug bis"],
                        fr=["BAT le"],
                        nl=["Drukproef op"],
                        it=["Bozza entro il"],
                        es=["Prueba el"],
                    ),
                    _d72(_later(when, rng, 1, 3), pattern, lang),
                )
            )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Delivery date", "Ready on"],
                    de=["Liefertermin"],
                    fr=["Livraison prévue"],
                    nl=["Leverdatum"],
                    it=["Consegna prevista"],
                    es=["Fecha de entrega"],
                ),
                _d72(_later(when, rng, 3, 12), pattern, lang),
            )
        )
    kinds = {"INR": ["cash", "UPI", "netbanking"], "USD": ["card", "cash"]}.get(
        currency, ["card", "netbanking", "cash"]
    )
    if status in ("failed", "pending"):
        kinds = [k for k in kinds if k != "cash"]
    method = _pay72(rng, rows, currency, lang, kinds, 0.3, False, status, words)
    txn = _id72(
        rng,
        rows,
        {
            "en": ["Memo No.", "Bill No.", "Receipt No."]
            if currency == "INR"
            else ["Invoice No", "Receipt #", "Order No"],
            "de": ["Rechnungs-Nr.", "Beleg-Nr."],
            "fr": ["Facture n°", "Bon n°"],
            "nl": ["Factuurnr.", "Bonnr."],
            "it": ["Fattura n.", "Ricevuta n."],
            "es": ["Factura n.º", "Recibo n.º"],
        }[lang],
        digits(rng, rng.choice([3, 4, 5]))
        if currency == "INR"
        else f"{rng.choice(['', 'P', 'HP'])}{digits(rng, 5)}",
        0.2,
        status,
        lang,
    )
    dated = _dated72(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Dated"],
            "de": ["Datum"],
            "fr": ["Date"],
            "nl": ["Datum"],
            "it": ["Data"],
            "es": ["Fecha"],
        }[lang],
        0.15,
        0.2,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Errors in an approved proof are the customer's responsibility.",
            "Colours may vary slightly from screen proofs.",
        ],
        de=["Für Fehler im freigegebenen Korrekturabzug haftet der Kunde."],
        fr=["Le BAT signé engage le client."],
        nl=["Fouten in een goedgekeurde drukproef zijn voor rekening van de klant."],
        it=["Gli errori nella bozza approvata sono a carico del cliente."],
        es=["Los errores en la prueba aprobada corren a cargo del cliente."],
    )
    truth = truth_fields(press, amount, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, _sized(PAPER, 19), A4]), press)


# ---------------------------------------------------------------- 9 a goods carrier's freight receipt


CARRIERS = {
    "INR": [("Punjab Golden Transport Co.", "en"), ("Sharma Roadlines", "en")],
    "GBP": [("Pennine Pallet Express Ltd", "en")],
    "USD": [("Lone Star Freight Lines", "en")],
    "EUR": [
        ("Midland Haulage & Pallets", "en"),
        ("Spedition Brandt GmbH", "de"),
        ("Transports Girard & Fils", "fr"),
        ("Transportbedrijf Van Dam B.V.", "nl"),
        ("Autotrasporti Colombo S.r.l.", "it"),
        ("Transportes Hermanos Gil S.L.", "es"),
    ],
}
ROUTES = {
    "INR": [("Ludhiana", "Kolkata"), ("Ludhiana", "Chennai"), ("Delhi", "Guwahati"), ("Jalandhar", "Pune")],
    "GBP": [
        ("Huddersfield HD2", "Exeter EX2"),
        ("Leeds LS11", "Glasgow G51"),
        ("Bradford BD4", "Norwich NR6"),
    ],
    "USD": [("Houston, TX 77029", "Denver, CO 80216"), ("Dallas, TX 75212", "Memphis, TN 38118")],
    "IE": [("Athlone", "Letterkenny"), ("Tullamore", "Cork"), ("Mullingar", "Waterford")],
    "de": [("Bielefeld", "München"), ("Bielefeld", "Leipzig"), ("Gütersloh", "Stuttgart")],
    "fr": [("Lyon", "Rennes"), ("Villefranche", "Bordeaux"), ("Lyon", "Lille")],
    "nl": [("Venlo", "Groningen"), ("Venlo", "Antwerpen (BE)"), ("Tilburg", "Zwolle")],
    "it": [("Bergamo", "Napoli"), ("Bergamo", "Bari"), ("Brescia", "Roma")],
    "es": [("Zaragoza", "Sevilla"), ("Zaragoza", "A Coruña"), ("Huesca", "Murcia")],
}
GOODS = {
    "INR": ["Hosiery goods", "Cycle parts", "Hand tools", "Woollen yarn"],
    "en": ["Machine parts", "Packaged foodstuffs", "Paint (non-hazardous)", "Garden furniture"],
    "USD": ["Auto parts, class 70", "Canned goods, class 55", "Furniture, class 150"],
    "de": ["Maschinenteile", "Getränke", "Baustoffe"],
    "fr": ["Pièces mécaniques", "Vins en cartons", "Matériaux"],
    "nl": ["Machineonderdelen", "Sierteeltartikelen", "Verpakte levensmiddelen"],
    "it": ["Ricambi meccanici", "Piastrelle", "Generi alimentari confezionati"],
    "es": ["Piezas de maquinaria", "Aceite envasado", "Material de construcción"],
}
FREIGHT_TAX = {"GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22, "es": 0.21}


def freight_booking(rng: random.Random, font: str):
    """A goods carrier's freight receipt (an Indian transport company's lorry receipt and money receipt, a UK or
    Irish pallet network's depot, a US LTL carrier, a Spedition, a transporteur, a transportbedrijf, an
    autotrasportatore, a Spanish carrier): the carrier on top (the payee), the consignor and consignee (never), the
    lorry receipt's, consignment's, CMR's, PRO and bill of lading numbers, an e-way bill and a vehicle (never the id),
    packages, pallets and weights, the goods' declared value (never the amount), freight by weight or pallet, loading,
    collection, risk, docket, fuel and tail-lift charges (inside the amount), GST at 5% or 12% or payable by the
    consignee under reverse charge (never the amount), VAT added, an expected delivery (never the day paid), cash,
    UPI, a card or a transfer, the money receipt's or invoice's number in a share."""
    currency, carrier, lang = _issuer(rng, CARRIERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", carrier)]
    if currency == "INR":
        rows.append(
            ("small", rng.choice(["Fleet Owners & Transport Contractors", "Daily Service to All India"]))
        )
        rows.append(
            (
                "small",
                rng.choice(
                    [
                        "Transport Nagar, Ludhiana",
                        "G.T. Road, Jalandhar",
                        "Sanjay Gandhi Transport Nagar, Delhi",
                    ]
                ),
            )
        )
    if shown(rng, 0.5):
        rows.append(("small", _tax72(rng, key, rng.choice(["03", "07"]))))
    status, words = _outcome72(rng, 0.3, currency, lang, None, 0.65, 0.2)
    _heading72(
        rng,
        rows,
        status,
        lang,
        en=["Freight Money Receipt", "Booking Receipt", "Money Receipt"]
        if currency == "INR"
        else (
            ["Freight Bill", "Shipment Receipt"]
            if currency == "USD"
            else ["Collection Receipt", "Consignment Booking Receipt"]
        ),
        de=["Frachtquittung", "Rechnung Fracht"],
        fr=["Reçu de transport", "Facture de transport"],
        nl=["Vrachtnota", "Kwitantie vracht"],
        it=["Ricevuta trasporto", "Fattura trasporto"],
        es=["Recibo de porte", "Factura de transporte"],
    )
    _status72(rng, rows, words, lang)
    origin, destination = rng.choice(ROUTES[key])
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["From / To", "Route"],
                de=["Von / Nach"],
                fr=["De / À"],
                nl=["Van / Naar"],
                it=["Da / A"],
                es=["Origen / Destino"],
            ),
            f"{origin} - {destination}",
        )
    )
    consignor, consignee = rng.sample(CUSTOMER_FIRMS[key], 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Consignor", "Shipper"] if currency != "INR" else ["Consignor"],
                de=["Absender"],
                fr=["Expéditeur"],
                nl=["Afzender"],
                it=["Mittente"],
                es=["Remitente"],
            ),
            consignor,
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Consignee"],
                de=["Empfänger"],
                fr=["Destinataire"],
                nl=["Geadresseerde"],
                it=["Destinatario"],
                es=["Destinatario"],
            ),
            consignee,
        )
    )
    refs = {
        "INR": [
            (["L.R. No.", "G.R. No.", "Bilty No."], f"{digits(rng, 5)}"),
            (["E-way Bill No."], digits(rng, 12)),
        ],
        "GBP": [(["Consignment No.", "Con No."], f"{code(rng, 2, UPPER)}{digits(rng, 8)}")],
        "USD": [(["PRO #"], digits(rng, 9)), (["BOL #", "Bill of lading"], digits(rng, 7))],
        "IE": [(["Consignment No."], f"{code(rng, 3, UPPER)}{digits(rng, 7)}")],
        "de": [(["Frachtbrief-Nr.", "Sendungs-Nr."], digits(rng, 10))],
        "fr": [(["Lettre de voiture n°", "N° de récépissé"], digits(rng, 9))],
        "nl": [(["CMR-nr.", "Zendingnr."], f"NL{digits(rng, 8)}")],
        "it": [(["DDT n.", "Lettera di vettura n."], f"{digits(rng, 4)}/{when.year % 100:02d}")],
        "es": [(["Carta de porte n.º", "N.º de expedición"], digits(rng, 10))],
    }[key]
    for labels, value in refs:
        if shown(rng, 0.25):
            rows.append(("pair", rng.choice(labels), value))
    if currency == "INR" and shown(rng, 0.5):
        rows.append(
            ("pair", "Vehicle No.", f"PB {rng.randint(10, 91)} {code(rng, 2, UPPER)} {digits(rng, 4)}")
        )
    rows.append(("rule",))
    goods = rng.choice(GOODS.get(key) or GOODS["en" if lang == "en" else lang])
    if currency == "INR":
        packages = rng.randint(8, 120)
        actual = packages * rng.randint(18, 45)
        charged = max(actual, int(round(actual / 100 + 0.49)) * 100)
        rate = float(rng.choice([4, 5, 6, 7, 8]))
        rows.append(("left", f"{packages} pkgs {goods}"))
        rows.append(("pair", "Actual / Charged wt", f"{_qty(actual, lang)} / {_qty(charged, lang)} kg"))
        value = float(rng.randrange(60000, 900000, 500))
        rows.append(("pair", "Invoice value of goods", _m(value, grouping)))
        freight = round(charged * rate, 2)
        lines = [(f"Freight @ {_m(rate, grouping)}/kg", freight), ("Hamali / Loading", float(packages * 10))]
        if shown(rng, 0.5):
            lines.append(("Door collection", 300.0))
        if shown(rng, 0.5):
            lines.append(("FOV (risk) 0.1%", float(round(value * 0.001))))
        lines.append(("Bilty / docket charge", float(rng.choice([50, 100]))))
    else:
        pallets = rng.randint(1, 6)
        kg = pallets * rng.randint(220, 900)
        if currency == "USD":
            rows.append(("left", f"{pallets} pallets, {goods}"))
            rows.append(("pair", "Weight", f"{_qty(int(kg * 2.2046), lang)} lb"))
        else:
            word = _say(
                rng,
                lang,
                en=["pallets", "pallets"],
                de=["Paletten"],
                fr=["palettes"],
                nl=["pallets"],
                it=["bancali"],
                es=["palés"],
            )
            rows.append(("left", f"{pallets} {word}, {goods}"))
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Weight"],
                        de=["Gewicht"],
                        fr=["Poids"],
                        nl=["Gewicht"],
                        it=["Peso"],
                        es=["Peso"],
                    ),
                    f"{_qty(kg, lang)} kg",
                )
            )
        if shown(rng, 0.4):
            value = float(rng.randrange(2000, 60000, 50))
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Declared value"],
                        de=["Warenwert"],
                        fr=["Valeur déclarée"],
                        nl=["Aangegeven waarde"],
                        it=["Valore dichiarato"],
                        es=["Valor declarado"],
                    ),
                    _m(value, grouping),
                )
            )
        per = {"GBP": 68.0, "USD": 145.0}.get(currency, 75.0)
        freight = round(pallets * per * rng.uniform(0.9, 1.3), 2)
        lines = [
            (
                _say(
                    rng,
                    lang,
                    en=["Freight", "Linehaul"] if currency == "USD" else ["Carriage", "Freight"],
                    de=["Fracht"],
                    fr=["Transport"],
                    nl=["Vracht"],
                    it=["Nolo"],
                    es=["Porte"],
                ),
                freight,
            )
        ]
        lines.append(
            (
                _say(
                    rng,
                    lang,
                    en=["Fuel surcharge 12%"],
                    de=["Dieselzuschlag 12 %"],
                    fr=["Surcharge gazole 12 %"],
                    nl=["Brandstoftoeslag 12%"],
                    it=["Adeguamento gasolio 12%"],
                    es=["Recargo combustible 12 %"],
                ),
                round(freight * 0.12, 2),
            )
        )
        if shown(rng, 0.5):
            lines.append(
                (
                    _say(
                        rng,
                        lang,
                        en=["Tail-lift delivery", "Liftgate"] if currency != "USD" else ["Liftgate delivery"],
                        de=["Hebebühne"],
                        fr=["Hayon élévateur"],
                        nl=["Laadklep"],
                        it=["Sponda idraulica"],
                        es=["Trampilla elevadora"],
                    ),
                    {"USD": 95.0}.get(currency, 25.0),
                )
            )
        if currency == "USD" and shown(rng, 0.5):
            lines.append(("Residential delivery", 110.0))
    net = 0.0
    for label, value_ in lines:
        rows.append(("pair", label, _m(value_, grouping)))
        net = round(net + value_, 2)
    total = net
    if currency == "INR":
        if shown(rng, 0.5):
            rows.append(("small", "GST 5% payable by consignee under RCM"))
        else:
            total = _vat72(
                rng,
                rows,
                grouping,
                net,
                currency,
                lang,
                "added",
                india_rate=rng.choice([0.025, 0.06]),
                net_line=True,
            )
    elif currency != "USD":
        total = _vat72(
            rng, rows, grouping, net, currency, lang, "added", FREIGHT_TAX[key], net_line=shown(rng, 0.5)
        )
    _total72(rng, rows, fmt, total, status, lang, {"en": ["Total Freight", "Total", "Grand Total"]}.get(lang))
    if currency == "INR" and shown(rng, 0.4) and total == int(total):
        rows.append(("small", _words_inr(int(total))))
    kinds = {"INR": ["cash", "UPI", "netbanking"], "USD": ["card", "netbanking"]}.get(
        currency, ["card", "netbanking", "cash"]
    )
    if status in ("failed", "pending"):
        kinds = [k for k in kinds if k != "cash"]
    method = _pay72(rng, rows, currency, lang, kinds, 0.25, False, status, words)
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Expected delivery", "ETA"],
                    de=["Voraussichtliche Zustellung"],
                    fr=["Livraison prévue"],
                    nl=["Verwachte levering"],
                    it=["Consegna prevista"],
                    es=["Entrega prevista"],
                ),
                _d72(_later(when, rng, 1, 7), pattern, lang),
            )
        )
    txn = _id72(
        rng,
        rows,
        {
            "en": ["M.R. No.", "Money Receipt No.", "Receipt No."]
            if currency == "INR"
            else ["Invoice No", "Receipt No"],
            "de": ["Rechnungs-Nr.", "Quittung Nr."],
            "fr": ["Facture n°", "Reçu n°"],
            "nl": ["Factuurnr.", "Kwitantienr."],
            "it": ["Fattura n.", "Ricevuta n."],
            "es": ["Factura n.º", "Recibo n.º"],
        }[lang],
        digits(rng, rng.choice([4, 5, 6])),
        0.25,
        status,
        lang,
    )
    dated = _dated72(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Dated"] if currency == "INR" else ["Date", "Invoice date", "Paid on"],
            "de": ["Datum"],
            "fr": ["Date"],
            "nl": ["Datum"],
            "it": ["Data"],
            "es": ["Fecha"],
        }[lang],
        0.15,
        0.3,
        status,
    )
    for labels, value in refs:
        if not any(row[0] == "pair" and row[2] == value for row in rows) and shown(rng, 0.6):
            rows.append(("pair", rng.choice(labels), value))
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Goods carried at owner's risk. Not responsible for leakage or breakage.",
            "Claims must be notified within 7 days of delivery.",
        ],
        de=["Es gelten die ADSp 2017."],
        fr=["Conditions générales de vente : contrat type général."],
        nl=["Op alle vervoer zijn de AVC 2002 van toepassing."],
        it=["Si applicano le condizioni generali di trasporto."],
        es=["Transporte sujeto a la Ley 15/2009 del contrato de transporte."],
    )
    truth = truth_fields(carrier, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, A4, _sized(PAPER, 19)]), carrier)


# ---------------------------------------------------------------- 10 a customs import duty payment


CUSTOMS = {
    "INR": [
        ("Commissioner of Customs (Import), JNCH Nhava Sheva", "en"),
        ("Air Cargo Complex, Mumbai Customs Zone-III", "en"),
    ],
    "GBP": [("HM Revenue & Customs", "en")],
    "USD": [("U.S. Customs and Border Protection", "en")],
    "EUR": [
        ("Revenue - Irish Tax and Customs", "en"),
        ("Hauptzollamt Hamburg", "de"),
        ("Douane - Bureau du Havre Port", "fr"),
        ("Douane Rotterdam Haven", "nl"),
        ("Agenzia delle Dogane e dei Monopoli - Ufficio di Genova", "it"),
        ("Aduana de Valencia - Agencia Tributaria", "es"),
    ],
}
# the payment portal that prints a share of a country's pages: its name on top, the customs body (the payee) lower
CUSTOMS_PORTALS = {"INR": "ICEGATE", "USD": "Pay.gov"}
BROKERS = {
    "INR": ["Zenith Shipping & Clearing Pvt Ltd", "Om Sai Customs Brokers"],
    "GBP": ["Felixstowe Customs Clearance Ltd", "Channel Freight Services"],
    "USD": ["Gulf Coast Customs Brokerage", "Pacific Rim Brokers Inc."],
    "IE": ["Dublin Port Customs Clearance", "Atlantic Forwarding Ltd"],
    "de": ["Zollagentur Petersen GmbH", "Hanseatische Zollabfertigung"],
    "fr": ["Transitaire Normandie Douane", "Agence en douane Lemoine"],
    "nl": ["Douane-expediteur Van Rijn", "Rotterdam Customs Services B.V."],
    "it": ["Spedizioniere doganale Parodi", "Agenzia Doganale Ligure"],
    "es": ["Agencia de Aduanas Turia", "Tránsitos Levante S.L."],
}
CUSTOMS_WORDS = {
    "en": {
        "success": ["Payment realised", "Duty paid successfully", "Payment accepted"],
        "failed": ["Transaction rejected by bank", "Payment not realised"],
        "pending": ["Payment awaiting confirmation from bank", "Pending verification by bank"],
    },
    "de": {
        "success": ["Zahlung verbucht"],
        "failed": ["Zahlung gescheitert"],
        "pending": ["Zahlungseingang wird geprüft"],
    },
    "fr": {
        "success": ["Paiement enregistré"],
        "failed": ["Paiement rejeté"],
        "pending": ["Paiement en cours de vérification"],
    },
    "nl": {
        "success": ["Betaling verwerkt"],
        "failed": ["Betaling afgewezen"],
        "pending": ["Betaling wordt gecontroleerd"],
    },
    "it": {
        "success": ["Pagamento eseguito"],
        "failed": ["Pagamento non andato a buon fine"],
        "pending": ["Pagamento in verifica"],
    },
    "es": {
        "success": ["Pago realizado correctamente"],
        "failed": ["Pago rechazado por la entidad"],
        "pending": ["Pago pendiente de confirmación"],
    },
}
GOODS_LINES = {
    "INR": ["HSN 84818090 - Valves", "HSN 85444999 - Cables", "HSN 39269099 - Plastic articles"],
    "en": ["Commodity 8481 80 - valves", "Commodity 6110 20 - knitwear", "Commodity 9403 60 - furniture"],
    "USD": ["HTS 8481.80.1030 - valves", "HTS 6110.20.2079 - sweaters", "HTS 9403.60.8081 - furniture"],
    "de": ["Warennummer 8481 80 - Ventile", "Warennummer 6110 20 - Strickwaren"],
    "fr": ["Code SH 8481 80 - robinetterie", "Code SH 6110 20 - bonneterie"],
    "nl": ["GN-code 8481 80 - kranen", "GN-code 6110 20 - breigoed"],
    "it": ["Codice TARIC 8481 80 - valvole", "Codice TARIC 6110 20 - maglieria"],
    "es": ["Código TARIC 8481 80 - válvulas", "Código TARIC 6110 20 - prendas de punto"],
}
IMPORT_VAT = {"GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22, "es": 0.21}


def customs_duty(rng: random.Random, font: str):
    """A customs import duty payment (ICEGATE's e-payment for a bill of entry, HMRC's import duty and VAT, Pay.gov
    for CBP, Revenue, a Hauptzollamt, the douane, the Douane, the Agenzia delle Dogane, the Aduana): the customs body
    on top (the payee), or a portal on top with the body under Payee / Customs station / Agency; the importer and the
    customs broker who files for it (never the payee), an IEC, EORI or importer number, a bill of entry's, an
    entry's, a declaration's or an MRN (never the id), a bill of entry's or entry's date (never the day paid), the
    goods' assessable or customs value (never the amount), duty, a surcharge, import VAT or IGST, fees, interest
    (inside the amount), an outcome in public bodies' words, net banking, a card, a direct debit, up to two numbers
    (the payment's reference or the bank's, a challan's or receipt's number; the id: the payment's reference,
    else the other)."""
    currency, body, lang = _issuer(rng, CUSTOMS)
    key = _key(currency, lang)
    name = body
    if currency in CUSTOMS_PORTALS and shown(rng, 0.4):
        name = CUSTOMS_PORTALS[currency]
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    status, words = _outcome72(rng, 0.65, currency, lang, CUSTOMS_WORDS, 0.6, 0.2)
    heads = {
        "INR": ["e-Payment Receipt", "Customs Duty Challan"],
        "GBP": ["Import duty and VAT - payment", "Payment confirmation"],
        "USD": ["Payment Summary", "CBP Form 7501 payment"],
        "IE": ["Customs payment receipt", "Payment of import charges"],
        "de": ["Zahlungsbestätigung Einfuhrabgaben", "Einfuhrabgaben - Zahlung"],
        "fr": ["Quittance de droits et taxes", "Paiement des droits de douane"],
        "nl": ["Betalingsbewijs invoerrechten", "Betaling douaneaangifte"],
        "it": ["Ricevuta di pagamento diritti doganali", "Quietanza di pagamento"],
        "es": ["Justificante de pago de aranceles", "Pago de la deuda aduanera"],
    }[key]
    if status in ("failed", "pending"):
        heads = [
            head
            for head in heads
            if not any(
                w.lower() in head.lower()
                for w in (
                    "receipt",
                    "quittance",
                    "quietanza",
                    "ricevuta",
                    "justificante",
                    "betalingsbewijs",
                    "bestätigung",
                    "confirmation",
                    "challan",
                )
            )
        ] or [
            {
                "en": "Duty payment",
                "de": "Einfuhrabgaben",
                "fr": "Droits de douane",
                "nl": "Invoerrechten",
                "it": "Diritti doganali",
                "es": "Aranceles",
            }[lang]
        ]
    rows.append(("center", rng.choice(heads)))
    _status72(rng, rows, words, lang)
    if name != body:
        labels = ["Payee", "Customs station", "Agency"] + (["Paid to"] if status in (None, "success") else [])
        rows.append(("pair", rng.choice(labels), body))
        if currency == "INR":
            rows.append(("pair", "Port code", "INNSA1" if "Nhava Sheva" in body else "INBOM4"))
    importer = rng.choice(CUSTOMER_FIRMS[key])
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Importer", "Importer name"],
                de=["Einführer"],
                fr=["Importateur"],
                nl=["Importeur"],
                it=["Importatore"],
                es=["Importador"],
            ),
            importer,
        )
    )
    if key == "INR":
        ident = ("IEC", code(rng, 10, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"))
    elif key == "USD":
        ident = ("Importer No.", f"{digits(rng, 2)}-{digits(rng, 7)}{code(rng, 2, UPPER)}")
    else:
        ident = ("EORI", {"GBP": "GB", "IE": "IE"}.get(key, key.upper()) + digits(rng, 12))
    if shown(rng, 0.25):
        rows.append(("pair", *ident))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Customs broker", "Declarant / agent"],
                    de=["Anmelder / Vertreter"],
                    fr=["Représentant en douane"],
                    nl=["Aangever"],
                    it=["Dichiarante"],
                    es=["Representante aduanero"],
                ),
                rng.choice(BROKERS[key]),
            )
        )
    entry_day = _earlier(when, rng, 0, 6)
    declaration = {
        "INR": [("BE No.", digits(rng, 7)), ("BE Date", _d72(entry_day, pattern, lang))],
        "GBP": [("MRN", f"{when.year % 100:02d}GB{code(rng, 14, ALNUM)}")],
        "USD": [
            ("Entry No.", f"{code(rng, 3, UPPER)}-{digits(rng, 7)}-{digits(rng, 1)}"),
            ("Entry date", _d72(entry_day, pattern, lang)),
        ],
        "IE": [("MRN", f"{when.year % 100:02d}IE{code(rng, 14, ALNUM)}")],
        "de": [
            ("Registriernummer (MRN)", f"{when.year % 100:02d}DE{code(rng, 14, ALNUM)}"),
            ("Annahmedatum", _d72(entry_day, pattern, lang)),
        ],
        "fr": [
            ("N° de déclaration", f"{when.year % 100:02d}FR{code(rng, 14, ALNUM)}"),
            ("Date de dépôt", _d72(entry_day, pattern, lang)),
        ],
        "nl": [("Aangiftenummer", f"{when.year % 100:02d}NL{code(rng, 14, ALNUM)}")],
        "it": [
            ("MRN", f"{when.year % 100:02d}IT{code(rng, 14, ALNUM)}"),
            ("Data accettazione", _d72(entry_day, pattern, lang)),
        ],
        "es": [
            ("DUA / MRN", f"{when.year % 100:02d}ES{code(rng, 14, ALNUM)}"),
            ("Fecha de admisión", _d72(entry_day, pattern, lang)),
        ],
    }[key]
    for label, value in declaration:
        if shown(rng, 0.2):
            rows.append(("pair", label, value))
    rows.append(("rule",))
    if shown(rng, 0.4):
        rows.append(("small", rng.choice(GOODS_LINES.get(key) or GOODS_LINES["en"])))
    if currency == "INR":
        value = float(rng.randrange(80000, 2500000, 10))
    else:
        value = round(rng.uniform(1800, 60000), 2)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Assessable value", "Customs value"] if currency != "USD" else ["Entered value"],
                de=["Zollwert"],
                fr=["Valeur en douane"],
                nl=["Douanewaarde"],
                it=["Valore in dogana"],
                es=["Valor en aduana"],
            ),
            _m(value, grouping),
        )
    )
    lines = []
    if currency == "INR":
        bcd = float(round(value * rng.choice([0.075, 0.10, 0.15])))
        sws = float(round(bcd * 0.10))
        igst = float(round((value + bcd + sws) * 0.18))
        lines = [("BCD", bcd), ("SWS @ 10%", sws), ("IGST @ 18%", igst)]
        if shown(rng, 0.25):
            lines.append(("Interest", float(rng.randrange(150, 4000, 10))))
        if shown(rng, 0.2):
            lines.append(("Late fee (Sec 46)", float(rng.choice([5000, 10000]))))
    elif currency == "USD":
        duty = round(value * rng.choice([0.025, 0.045, 0.16]), 2)
        mpf = round(min(max(value * 0.003464, 32.71), 634.62), 2)
        lines = [("Duty", duty), ("MPF", mpf)]
        if shown(rng, 0.6):
            lines.append(("HMF", round(value * 0.00125, 2)))
    else:
        duty = round(value * rng.choice([0.022, 0.04, 0.12]), 2)
        vat = round((value + duty) * IMPORT_VAT[key], 2)
        lines = [
            (
                _say(
                    rng,
                    lang,
                    en=["Customs duty"],
                    de=["Zoll"],
                    fr=["Droits de douane"],
                    nl=["Invoerrechten"],
                    it=["Dazi doganali"],
                    es=["Derechos arancelarios"],
                ),
                duty,
            ),
            (
                _say(
                    rng,
                    lang,
                    en=["Import VAT"],
                    de=["Einfuhrumsatzsteuer"],
                    fr=["TVA à l'importation"],
                    nl=["Btw bij invoer"],
                    it=["IVA all'importazione"],
                    es=["IVA a la importación"],
                )
                + f" {IMPORT_VAT[key] * 100:g}%",
                vat,
            ),
        ]
    total = 0.0
    for label, amount in lines:
        rows.append(("pair", label, _m(amount, grouping)))
        total = round(total + amount, 2)
    _total72(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        {
            "en": ["Total duty", "Total amount", "Amount"],
            "de": ["Gesamtbetrag", "Zahlbetrag"],
            "fr": ["Montant total", "Total à payer"],
            "nl": ["Totaal te betalen", "Totaalbedrag"],
            "it": ["Totale da versare", "Importo totale"],
            "es": ["Importe total", "Total a ingresar"],
        }[lang],
    )
    kinds = {"INR": ["netbanking"], "USD": ["netbanking", "card"], "GBP": ["netbanking", "card"]}.get(
        key, ["netbanking", "card"]
    )
    if key == "GBP" and status in (None, "success") and shown(rng, 0.3):
        rows.append(("pair", "Payment method", "Duty deferment account (Direct Debit)"))
        method = "netbanking"
    else:
        method = _pay72(rng, rows, currency, lang, kinds, 0.2, True, status, words)
    pay_ref = {
        "INR": (["Bank Ref. No.", "CIN", "Bank Transaction ID"], f"{code(rng, 4, UPPER)}{digits(rng, 10)}"),
        "GBP": (["Payment reference", "Charge reference"], f"XM{digits(rng, 12)}"),
        "USD": (["Pay.gov Tracking ID", "Confirmation number"], code(rng, 8, ALNUM)),
        "IE": (["Payment reference"], f"{code(rng, 2, UPPER)}{digits(rng, 10)}"),
        "de": (["Kassenzeichen", "Zahlungsreferenz"], f"{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 4)}"),
        "fr": (["Référence de paiement"], code(rng, 14, ALNUM)),
        "nl": (["Betalingskenmerk"], f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}"),
        "it": (["IUV", "Codice IUV"], digits(rng, 17)),
        "es": (["NRC", "Número de referencia completo"], f"{digits(rng, 10)}{code(rng, 12, ALNUM)}"),
    }[key]
    own = {
        "INR": (["Challan No.", "e-Receipt No."], f"{when.strftime('%y')}{digits(rng, 7)}"),
        "GBP": (["Receipt number"], digits(rng, 9)),
        "USD": (["Agency Tracking ID"], f"CBP{digits(rng, 10)}"),
        "IE": (["Receipt number"], digits(rng, 8)),
        "de": (["Beleg-Nr."], digits(rng, 10)),
        "fr": (["N° de quittance"], f"Q{digits(rng, 9)}"),
        "nl": (["Volgnummer"], digits(rng, 9)),
        "it": (["Numero bolletta"], f"{digits(rng, 5)}/{when.year}"),
        "es": (["Número de justificante"], digits(rng, 13)),
    }[key]
    txn = _ids72(rng, rows, [pay_ref, own] if status in (None, "success") else [pay_ref], status, 0.25)
    dated = _dated72(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Paid on", "Transaction date"],
            "de": ["Zahlungsdatum", "Buchungsdatum"],
            "fr": ["Date de paiement"],
            "nl": ["Betaaldatum"],
            "it": ["Data pagamento"],
            "es": ["Fecha de pago", "Fecha de ingreso"],
        }[lang],
        0.15,
        0.5,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Goods will be released once the payment is reconciled.",
            {
                "failed": "If your account was debited, the amount will be reversed by your bank.",
                "pending": "Do not pay again while the payment is being verified.",
            }.get(status, "This is a computer generated receipt and needs no signature."),
        ],
        de=["Die Ware wird nach Zahlungseingang überlassen."],
        fr=["La marchandise est mise à disposition après paiement."],
        nl=["De goederen worden vrijgegeven na ontvangst van de betaling."],
        it=["La merce è svincolata dopo la registrazione del pagamento."],
        es=["La mercancía se levanta una vez registrado el pago."],
    )
    truth = truth_fields(body, total, currency, txn, dated, method, status)
    return (
        rows,
        truth,
        _page(
            font, rows, rng.choice([A4, EMAIL, SCREEN, DARK] if name != body else [A4, EMAIL, SCREEN]), name
        ),
    )


# ---------------------------------------------------------------- 11 a welding and fabrication shop's job bill


FABRICATORS = {
    "INR": [("Vishwakarma Steel Fabrication Works", "en"), ("New Bharat Welding Works", "en")],
    "GBP": [("Marsh Lane Fabrications Ltd", "en")],
    "USD": [("Ironside Welding & Fabrication", "en")],
    "EUR": [
        ("Ballinrobe Steel Fabricators", "en"),
        ("Metallbau Krämer GmbH", "de"),
        ("Métallerie Dupuis", "fr"),
        ("Constructiebedrijf Smits", "nl"),
        ("Carpenteria Metallica Rossi", "it"),
        ("Cerrajería Metálica Herrero", "es"),
    ],
}
# made items (name, price) and work at an hourly rate (name, rate), by the page's country
FAB_ITEMS = {
    "INR": [
        ("MS main gate 12 x 7 ft", 0.0),
        ("Window grill", 0.0),
        ("Shed structure (MS pipe)", 0.0),
        ("Staircase railing (SS 304)", 0.0),
    ],
    "GBP": [
        ("Steel field gate 12ft galvanised", 385.00),
        ("Stainless handrail 4.2m", 620.00),
        ("Trailer drawbar repair", 145.00),
        ("Box section 40x40x3 - 18m", 96.00),
        ("Powder coating", 120.00),
    ],
    "USD": [
        ("Custom cattle gate 14 ft", 465.00),
        ("Trailer hitch fabrication", 285.00),
        ("Steel stair stringers (pair)", 540.00),
        ("Square tube 2x2 - 60 ft", 138.00),
        ("Powder coat finish", 150.00),
    ],
    "IE": [
        ("Galvanised entrance gate 3.6m", 420.00),
        ("Cattle crush repair", 180.00),
        ("Stainless handrail 4m", 650.00),
        ("RHS 50x50 - 24m", 112.00),
    ],
    "de": [
        ("Hoftor verzinkt 3,5 m", 890.00),
        ("Geländer Edelstahl 5 m", 1240.00),
        ("Anhängerdeichsel instand gesetzt", 160.00),
        ("Flachstahl 40x5, 24 m", 78.00),
        ("Pulverbeschichtung", 135.00),
    ],
    "fr": [
        ("Portail acier galvanisé 3,5 m", 850.00),
        ("Garde-corps inox 4 m", 1100.00),
        ("Réparation timon de remorque", 150.00),
        ("Tube carré 40x40, 18 m", 82.00),
        ("Thermolaquage", 125.00),
    ],
    "nl": [
        ("Poort staal verzinkt 3,5 m", 875.00),
        ("RVS leuning 4 m", 1150.00),
        ("Reparatie dissel aanhanger", 155.00),
        ("Kokerprofiel 40x40, 18 m", 84.00),
        ("Poedercoaten", 130.00),
    ],
    "it": [
        ("Cancello in ferro zincato 3,5 m", 820.00),
        ("Ringhiera inox 4 m", 1050.00),
        ("Riparazione timone rimorchio", 140.00),
        ("Tubolare 40x40, 18 m", 80.00),
        ("Verniciatura a polvere", 120.00),
    ],
    "es": [
        ("Puerta de finca galvanizada 3,5 m", 780.00),
        ("Barandilla inox 4 m", 990.00),
        ("Reparación lanza de remolque", 135.00),
        ("Tubo cuadrado 40x40, 18 m", 76.00),
        ("Lacado en polvo", 115.00),
    ],
}
FAB_LABOUR = {
    "INR": ("Welding labour", 450.0),
    "GBP": ("MIG welding labour", 55.00),
    "USD": ("Mobile welding", 95.00),
    "IE": ("Site welding", 60.00),
    "de": ("Schweißarbeiten", 62.00),
    "fr": ("Soudure sur site", 58.00),
    "nl": ("Laswerk", 60.00),
    "it": ("Saldatura in loco", 50.00),
    "es": ("Soldadura in situ", 45.00),
}
FAB_TAX = {"GBP": 0.20, "IE": 0.23, "de": 0.19, "fr": 0.20, "nl": 0.21, "it": 0.22, "es": 0.21}
SITES = {
    "INR": ["Plot 22, MIDC Bhosari, Pune", "H.No. 4-11, Miyapur, Hyderabad", "Village Kurali, Mohali"],
    "GBP": ["Ty Gwyn Farm, Llanfair", "Unit 4, Canal Wharf, Leeds"],
    "USD": ["4120 Farm Rd 1187, Crowley, TX", "Cedar Creek Farm, Elgin, TX"],
    "IE": ["Knockbrack, Claremorris", "Unit 9, Ballinrobe Business Park"],
    "de": ["Dorfstr. 12, 86911 Dießen", "Gewerbepark 5, 82299 Türkenfeld"],
    "fr": ["Le Bourg, 61000 Alençon", "ZA des Forges, 72000 Le Mans"],
    "nl": ["Achterweg 4, Oirschot", "Industrieweg 18, Best"],
    "it": ["Via dei Campi 7, Treviglio", "Cascina San Rocco, Lodi"],
    "es": ["Camino del Molino s/n, Tudela", "Polígono El Plano, nave 3, Zaragoza"],
}


def fabrication_job(rng: random.Random, font: str):
    """A welding and fabrication shop's job bill (Indian fabrication works, a UK, US or Irish fabricator, a Metallbau,
    a métallerie, a constructiebedrijf, a carpenteria metallica, a cerrajería): the shop on top (the payee), the
    customer and the site (never), a job or quote number (never the id), steel by weight at a rate per kg or by area,
    made items, welding hours, paint or powder coating and fixing (inside the amount), GST, VAT (a reduced
    renovation rate in a share) or sales tax added, a full payment, an advance with the order (the amount; the job's
    total never) or the balance at fitting after an advance (the amount), a fitting day (never the day paid), cash,
    UPI, a card or a transfer, the bill's or invoice's number in a share."""
    currency, shop, lang = _issuer(rng, FABRICATORS)
    key = _key(currency, lang)
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", shop)]
    if currency == "INR":
        rows.append(
            (
                "small",
                rng.choice(["Gates · Grills · Sheds · Railings", "All types of M.S. & S.S. fabrication"]),
            )
        )
    if shown(rng, 0.5):
        rows.append(("small", _tax72(rng, key, rng.choice(["27", "36", "03"]))))
    mode = rng.choice(["full", "full", "advance", "balance"])
    status, words = _outcome72(rng, 0.3, currency, lang, None, 0.65, 0.2, part=mode != "full")
    _heading72(
        rng,
        rows,
        status,
        lang,
        en=["Bill", "Job Bill", "Tax Invoice"] if currency == "INR" else ["Invoice", "Job Sheet & Receipt"],
        de=["Rechnung", "Auftragsbestätigung"] if mode == "advance" else ["Rechnung"],
        fr=["Facture", "Bon de commande"] if mode == "advance" else ["Facture"],
        nl=["Factuur", "Opdrachtbevestiging"] if mode == "advance" else ["Factuur"],
        it=["Fattura", "Conferma d'ordine"] if mode == "advance" else ["Fattura"],
        es=["Factura", "Hoja de encargo"] if mode == "advance" else ["Factura"],
    )
    _status72(rng, rows, words, lang)
    customer = rng.choice(CUSTOMER_FIRMS[key]) if shown(rng, 0.5) else _who72(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Customer", "Party" if currency == "INR" else "Client"],
                de=["Kunde"],
                fr=["Client"],
                nl=["Klant"],
                it=["Cliente"],
                es=["Cliente"],
            ),
            customer,
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Site", "Site address"],
                    de=["Baustelle"],
                    fr=["Chantier"],
                    nl=["Werkadres"],
                    it=["Cantiere"],
                    es=["Obra"],
                ),
                rng.choice(SITES[key]),
            )
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Job No.", "Quote ref"],
                    de=["Angebot Nr."],
                    fr=["Devis n°"],
                    nl=["Offertenr."],
                    it=["Preventivo n."],
                    es=["Presupuesto n.º"],
                ),
                f"{rng.choice(['Q', 'J', ''])}{digits(rng, 4)}",
            )
        )
    rows.append(("rule",))
    net = 0.0
    if currency == "INR":
        for name, _ in rng.sample(FAB_ITEMS["INR"], rng.randint(1, 2)):
            if "grill" in name:
                area = rng.randint(24, 120)
                rate = float(rng.choice([180, 200, 220, 250]))
                value = float(area * rate)
                rows.append(("pair", f"{name} {area} sq ft @ {_m(rate, grouping)}", _m(value, grouping)))
            else:
                kg = rng.randint(120, 1400)
                rate = float(rng.choice([95, 105, 110, 115, 120] if "SS" not in name else [280, 320]))
                value = float(kg * rate)
                rows.append(
                    ("pair", f"{name} {_qty(kg, lang)} kg @ {_m(rate, grouping)}", _m(value, grouping))
                )
            net = round(net + value, 2)
        for extra, low, high in (
            ("Red oxide primer + enamel paint", 800, 4000),
            ("Fixing at site + transport", 500, 3000),
        ):
            if shown(rng, 0.5):
                value = float(rng.randrange(low, high, 100))
                rows.append(("pair", extra, _m(value, grouping)))
                net = round(net + value, 2)
    else:
        for name, price in rng.sample(FAB_ITEMS[key], rng.randint(1, 3)):
            rows.append(("pair", name, _m(price, grouping)))
            net = round(net + price, 2)
        label, rate = FAB_LABOUR[key]
        hours = rng.choice([1.5, 2, 2.5, 3, 3.5, 4, 6])
        shown_hours = f"{hours:g}" if lang == "en" else f"{hours:g}".replace(".", ",")
        unit = _say(rng, lang, en=["hrs"], de=["Std."], fr=["h"], nl=["uur"], it=["ore"], es=["h"])
        value = round(hours * rate, 2)
        rows.append(("pair", f"{label} {shown_hours} {unit} @ {_m(rate, grouping)}", _m(value, grouping)))
        net = round(net + value, 2)
    if currency == "INR":
        total = (
            _vat72(rng, rows, grouping, net, currency, lang, "added", india_rate=0.09, net_line=True)
            if shown(rng, 0.6)
            else net
        )
    elif currency == "USD":
        total = _vat72(rng, rows, grouping, net, currency, lang, "added", 0.0825) if shown(rng, 0.7) else net
    else:
        rate = FAB_TAX[key]
        if key in ("fr", "it") and shown(rng, 0.35):
            rate = 0.10
            rows.append(
                (
                    "small",
                    "TVA 10 % - travaux de rénovation (logement > 2 ans)"
                    if key == "fr"
                    else "IVA 10% - manutenzione straordinaria",
                )
            )
        total = _vat72(rng, rows, grouping, net, currency, lang, "added", rate, net_line=shown(rng, 0.5))
    if mode == "advance":
        amount = _part72(
            rng,
            rows,
            fmt,
            grouping,
            total,
            rng.choice([0.3, 0.4, 0.5]),
            status,
            lang,
            "advance",
            currency == "INR",
        )
    elif mode == "balance":
        earlier = _d72(_earlier(when, rng, 5, 30), pattern, lang) if shown(rng, 0.5) else None
        amount = _part72(
            rng,
            rows,
            fmt,
            grouping,
            total,
            rng.choice([0.3, 0.4, 0.5]),
            status,
            lang,
            "balance",
            currency == "INR",
            earlier,
        )
    else:
        _total72(rng, rows, fmt, total, status, lang)
        amount = total
    if mode == "advance" and shown(rng, 0.7):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Fitting date", "Delivery"],
                    de=["Montagetermin"],
                    fr=["Pose prévue le"],
                    nl=["Montagedatum"],
                    it=["Posa prevista il"],
                    es=["Fecha de montaje"],
                ),
                _d72(_later(when, rng, 5, 25), pattern, lang),
            )
        )
    if currency == "INR" and status is None and shown(rng, 0.4) and amount == int(amount):
        rows.append(("small", _words_inr(int(amount))))
    kinds = {"INR": ["cash", "UPI", "netbanking"], "USD": ["card", "cash"]}.get(
        currency, ["netbanking", "card", "cash"]
    )
    if status in ("failed", "pending"):
        kinds = [k for k in kinds if k != "cash"]
    method = _pay72(rng, rows, currency, lang, kinds, 0.3, False, status, words)
    txn = _id72(
        rng,
        rows,
        {
            "en": ["Bill No.", "Invoice No.", "Receipt No."]
            if currency == "INR"
            else ["Invoice No", "Invoice #"],
            "de": ["Rechnungs-Nr."],
            "fr": ["Facture n°"],
            "nl": ["Factuurnr."],
            "it": ["Fattura n."],
            "es": ["Factura n.º"],
        }[lang],
        digits(rng, rng.choice([3, 4, 5])) if currency == "INR" else f"{when.year}-{digits(rng, 4)}",
        0.2,
        status,
        lang,
    )
    dated = _dated72(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Dated", "Invoice date"],
            "de": ["Datum", "Rechnungsdatum"],
            "fr": ["Date"],
            "nl": ["Datum"],
            "it": ["Data"],
            "es": ["Fecha"],
        }[lang],
        0.15,
        0.2,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=["Material remains our property until paid in full.", "Weights are as per our weighbridge slip."],
        de=["Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum."],
        fr=["Clause de réserve de propriété jusqu'au paiement intégral."],
        nl=["Materiaal blijft ons eigendom tot volledige betaling."],
        it=["Il materiale resta di nostra proprietà fino al saldo."],
        es=["El material es de nuestra propiedad hasta su pago total."],
    )
    truth = truth_fields(shop, amount, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, _sized(PAPER, 19), A4]), shop)


# ---------------------------------------------------------------- 12 a weights and measures office's verification fee


METROLOGY = {
    "INR": [
        ("Legal Metrology Department, Maharashtra", "en"),
        ("Controller of Legal Metrology, Karnataka", "en"),
    ],
    "GBP": [("Kent County Council Trading Standards", "en")],
    "USD": [("Texas Department of Agriculture - Weights & Measures", "en")],
    "EUR": [
        ("Legal Metrology Ireland", "en"),
        ("Eichamt Mannheim", "de"),
        ("Métrologie Contrôle Ouest", "fr"),
        ("IJkservice Noord B.V.", "nl"),
        ("Camera di Commercio di Bergamo - Ufficio Metrico", "it"),
        ("Servicio de Metrología Legal de Aragón", "es"),
    ],
}
# the state's receipting portal that prints a share of an Indian office's pages, its name on top
METROLOGY_PORTALS = {
    "Legal Metrology Department, Maharashtra": "GRAS - Government Receipt Accounting System",
    "Controller of Legal Metrology, Karnataka": "Khajane-II",
}
# (instrument or charge, fee, kind): a shop's scales, a fuel station's pumps, a mill's or a yard's weighbridge, and
# charges made once a visit for any trader, by the page's country
INSTRUMENTS = {
    "INR": [
        ("Electronic weighing machine Class III (up to 30 kg)", 300.0, "shop"),
        ("Platform scale Class III (300 kg)", 600.0, "shop"),
        ("Weights set 1 g - 5 kg", 200.0, "shop"),
        ("Weighbridge (60 t)", 10000.0, "bridge"),
        ("Platform scale Class III (1 t)", 1200.0, "bridge"),
        ("Dispensing pump nozzle", 2500.0, "fuel"),
        ("Density measure set", 500.0, "fuel"),
    ],
    "GBP": [
        ("Verification - NAWI up to 30kg", 55.00, "shop"),
        ("Verification - weighbridge up to 60t", 420.00, "bridge"),
        ("Verification - fuel dispenser nozzle", 68.00, "fuel"),
        ("Additional officer time (per hr)", 75.00, "once"),
    ],
    "USD": [
        ("Scale 0-2,000 lb", 35.00, "shop"),
        ("Vehicle scale", 300.00, "bridge"),
        ("Livestock scale", 150.00, "bridge"),
        ("Motor fuel meter", 20.00, "fuel"),
    ],
    "IE": [
        ("Verification of NAWI (up to 30 kg)", 62.00, "shop"),
        ("Verification of weighbridge", 480.00, "bridge"),
        ("Fuel dispenser (per nozzle)", 70.00, "fuel"),
    ],
    "de": [
        ("Eichung nichtselbsttätige Waage Kl. III bis 30 kg", 38.00, "shop"),
        ("Eichung Fahrzeugwaage bis 60 t", 390.00, "bridge"),
        ("Eichung Zapfsäule je Messanlage", 56.00, "fuel"),
        ("Anfahrtspauschale", 45.00, "once"),
    ],
    "fr": [
        ("Vérification périodique IPFNA classe III", 75.00, "shop"),
        ("Vérification pont-bascule 60 t", 520.00, "bridge"),
        ("Vérification ensemble de mesurage carburant", 95.00, "fuel"),
        ("Frais de déplacement", 40.00, "once"),
    ],
    "nl": [
        ("Herijk weegwerktuig klasse III", 65.00, "shop"),
        ("Herijk weegbrug 60 t", 495.00, "bridge"),
        ("Herijk brandstofpomp per slang", 72.00, "fuel"),
        ("Voorrijkosten", 45.00, "once"),
    ],
    "it": [
        ("Verificazione periodica bilancia classe III", 40.00, "shop"),
        ("Verificazione pesa a ponte 60 t", 300.00, "bridge"),
        ("Verificazione distributore carburante", 60.00, "fuel"),
        ("Diritti di segreteria", 5.00, "once"),
    ],
    "es": [
        ("Verificación periódica instrumento de pesaje clase III", 45.00, "shop"),
        ("Verificación báscula puente 60 t", 410.00, "bridge"),
        ("Verificación surtidor de combustible", 65.00, "fuel"),
    ],
}
METRO_TAX = {"fr": 0.20, "nl": 0.21}
# traders whose instruments are verified (never the payee) and the kind of instruments they hold
TRADERS = {
    "INR": [
        ("Sai Krupa Kirana Stores", "shop"),
        ("Shree Fuels (HPCL dealer)", "fuel"),
        ("Mittal Rice Mill", "bridge"),
        ("Annapurna Sweets", "shop"),
    ],
    "GBP": [
        ("Wrekin Farm Shop Ltd", "shop"),
        ("Medway Scrap Metals", "bridge"),
        ("Canterbury Fuels Ltd", "fuel"),
    ],
    "USD": [
        ("Red Barn Diner", "shop"),
        ("Hill Country Feed Store", "shop"),
        ("Crowley Grain Elevator", "bridge"),
    ],
    "IE": [("Nolan's Butchers", "shop"), ("Claremorris Co-op Mart", "bridge"), ("Murphy's Fuels", "fuel")],
    "de": [
        ("Metzgerei Vogel", "shop"),
        ("Raiffeisen Tankstelle Türkenfeld", "fuel"),
        ("Kieswerk Ammersee", "bridge"),
    ],
    "fr": [
        ("Boulangerie Roussel", "shop"),
        ("Coopérative céréalière du Perche", "bridge"),
        ("Station Total Alençon", "fuel"),
    ],
    "nl": [("Bakkerij Mulder", "shop"), ("Graanhandel De Kempen", "bridge"), ("Tankstation Best", "fuel")],
    "it": [
        ("Panificio Russo S.n.c.", "shop"),
        ("Consorzio Agrario di Treviglio", "bridge"),
        ("Distributore Eni Lodi", "fuel"),
    ],
    "es": [
        ("Frutas Marín", "shop"),
        ("Cooperativa Cerealista del Ebro", "bridge"),
        ("Estación de servicio Tudela", "fuel"),
    ],
}
REPAIRERS = {
    "INR": "Repairer: Precision Scale Services (Licence R-{n})",
    "GBP": "Repairer: Avery Weigh-Tronix service agent",
    "USD": "Registered service company: Lone Star Scale Co. (RSC-{n})",
    "IE": "Service agent: Midland Scales Ltd",
    "de": "Instandsetzer: Waagenbau Schäfer (Kennnr. {n})",
    "fr": "Réparateur agréé : Balances Lemaire",
    "nl": "Erkend reparateur: Weegtechniek Bos",
    "it": "Riparatore: Bilance Bergamasche S.r.l.",
    "es": "Reparador autorizado: Básculas Ebro S.L.",
}


def _weekday(when: dt.date) -> dt.date:
    """The working day on or before ``when`` (an office's visit)."""
    return when - dt.timedelta(days=max(0, when.weekday() - 4))


def scale_verification(rng: random.Random, font: str):
    """A weights and measures office's fee for verifying scales, weighbridges and fuel pumps (an Indian state's legal
    metrology office, on its receipting portal in a share, Trading Standards, a US state's weights and measures
    registration, Legal Metrology Ireland, an Eichamt, a French or Dutch approved verifier, a camera di commercio's
    ufficio metrico, a Spanish metrology service): the office on top (the payee), or the portal on top with the
    office under Department / Payee; the trader whose instruments are verified and the repairer who adjusted them
    (never the payee), a registration, licence or certificate number (never the id), instruments at a fee each, a
    late fee (inside the amount), VAT added by a private verifier, the day verified, a certificate's validity and
    the next verification due (never the day paid), net banking, UPI, a card or cash, an outcome in a share, the
    payment's or the receipt's number in a share."""
    currency, office, lang = _issuer(rng, METROLOGY)
    key = _key(currency, lang)
    name = office
    if office in METROLOGY_PORTALS and shown(rng, 0.5):
        name = METROLOGY_PORTALS[office]
    fmt, grouping = _fmt72(rng, font, currency, lang)
    pattern = _pattern72(rng, currency, lang)
    when = day(rng)
    rows: list[tuple] = [("title", name)]
    online = name != office or currency == "USD" or shown(rng, 0.3)
    status, words = _outcome72(rng, 0.55 if online else 0.2, currency, lang, CUSTOMS_WORDS, 0.6, 0.2)
    heads = {
        "INR": ["e-Challan", "Verification & Stamping Fee Receipt"],
        "GBP": ["Weights & measures - verification fee", "Receipt"],
        "USD": ["Device Registration Renewal", "Payment Receipt"],
        "IE": ["Verification fee - receipt", "Invoice"],
        "de": ["Gebührenbescheid / Quittung", "Eichgebühren"],
        "fr": ["Facture", "Vérification périodique"],
        "nl": ["Factuur herijk", "Factuur"],
        "it": ["Ricevuta di pagamento pagoPA", "Diritti metrici"],
        "es": ["Justificante de pago de tasa", "Tasa de verificación metrológica"],
    }[key]
    if status in ("failed", "pending"):
        heads = [
            head
            for head in heads
            if not any(w.lower() in head.lower() for w in ("receipt", "quittung", "ricevuta", "justificante"))
        ] or [heads[0]]
    rows.append(("center", rng.choice(heads)))
    _status72(rng, rows, words, lang)
    if name != office:
        rows.append(
            (
                "pair",
                rng.choice(["Department", "Payee"] + (["Paid to"] if status in (None, "success") else [])),
                office,
            )
        )
        rows.append(
            (
                "pair",
                "Head of account",
                rng.choice(["0055 - Police / Legal Metrology", "1475 - Other General Economic Services"]),
            )
        )
    trader, kind = rng.choice(TRADERS[key])
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Trader", "Business name", "Establishment"]
                if currency != "INR"
                else ["Name of trader", "Party", "Remitter"],
                de=["Betreiber"],
                fr=["Détenteur"],
                nl=["Eigenaar"],
                it=["Titolare"],
                es=["Titular"],
            ),
            trader,
        )
    )
    if shown(rng, 0.5):
        reg = {
            "INR": ("Registration No.", f"LM/{rng.choice(['PUN', 'BLR', 'MUM'])}/{digits(rng, 5)}"),
            "GBP": ("Premises ref.", f"TS{digits(rng, 6)}"),
            "USD": ("License No.", f"{digits(rng, 7)}"),
            "IE": ("Customer no.", f"LMI-{digits(rng, 5)}"),
            "de": ("Aktenzeichen", f"EA-MA {digits(rng, 3)}/{when.year % 100:02d}"),
            "fr": ("N° client", digits(rng, 6)),
            "nl": ("Debiteurnr.", digits(rng, 6)),
            "it": ("Codice fiscale utente", f"{digits(rng, 11)}"),
            "es": ("N.º de expediente", f"VM-{when.year}/{digits(rng, 5)}"),
        }[key]
        rows.append(("pair", *reg))
    if shown(rng, 0.45):
        rows.append(("small", REPAIRERS[key].replace("{n}", digits(rng, 4))))
    if shown(rng, 0.45):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Date of verification", "Inspected on"],
                    de=["Eichung durchgeführt am"],
                    fr=["Date de vérification"],
                    nl=["Datum herijk"],
                    it=["Data verificazione"],
                    es=["Fecha de verificación"],
                ),
                _d72(_weekday(_earlier(when, rng, 1, 15)), pattern, lang),
            )
        )
    rows.append(("rule",))
    net = 0.0
    held = [entry for entry in INSTRUMENTS[key] if entry[2] == kind]
    picked = rng.sample(held, rng.randint(1, len(held)))
    picked += [entry for entry in INSTRUMENTS[key] if entry[2] == "once" and shown(rng, 0.5)]
    for item, fee, sort in picked:
        n = rng.randint(1, 8) if sort in ("shop", "fuel") and "set" not in item else 1
        value = round(fee * n, 2)
        rows.append(("pair", f"{n} x {item}" if n > 1 else item, _m(value, grouping)))
        net = round(net + value, 2)
    if shown(rng, 0.25):
        late = float(round(net * 0.25)) if currency == "INR" else round(net * 0.25, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Late fee", "Late registration penalty"]
                    if currency != "INR"
                    else ["Late fee (25%)", "Compounding fee"],
                    de=["Säumniszuschlag"],
                    fr=["Majoration de retard"],
                    nl=["Toeslag te late aanmelding"],
                    it=["Maggiorazione per ritardo"],
                    es=["Recargo por demora"],
                ),
                _m(late, grouping),
            )
        )
        net = round(net + late, 2)
    total = net
    if key in METRO_TAX:
        total = _vat72(
            rng, rows, grouping, net, currency, lang, "added", METRO_TAX[key], net_line=shown(rng, 0.5)
        )
    elif currency == "GBP" and shown(rng, 0.5):
        rows.append(("small", "Outside the scope of VAT"))
    elif key == "de" and shown(rng, 0.5):
        rows.append(("small", "Gebühren nach der Mess- und Eichgebührenverordnung, umsatzsteuerfrei"))
    _total72(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        {
            "en": ["Total", "Total amount", "Total fee"],
            "de": ["Gesamtbetrag", "Gebühr gesamt"],
            "fr": ["Total TTC", "Net à payer"],
            "nl": ["Totaal", "Te betalen"],
            "it": ["Importo", "Totale"],
            "es": ["Importe", "Total a ingresar"],
        }[lang],
    )
    kinds = {
        "INR": ["netbanking", "UPI"],
        "USD": ["card", "netbanking"],
        "it": ["card", "netbanking"],
    }.get(key, ["card", "netbanking"] if online else ["cash", "card", "netbanking"])
    if status in ("failed", "pending"):
        kinds = [k for k in kinds if k != "cash"]
    method = _pay72(rng, rows, currency, lang, kinds, 0.2, online, status, words)
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Next verification due", "Re-verification due", "Registration expires"]
                    if currency != "USD"
                    else ["Registration expires"],
                    de=["Nächste Eichung fällig", "Eichgültigkeit bis"],
                    fr=["Prochaine vérification avant le"],
                    nl=["Volgende herijk vóór"],
                    it=["Prossima verificazione entro"],
                    es=["Próxima verificación antes del"],
                ),
                _d72(
                    when.replace(year=when.year + rng.choice([1, 2]))
                    if (when.month, when.day) != (2, 29)
                    else when,
                    pattern,
                    lang,
                ),
            )
        )
    if shown(rng, 0.35):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Certificate No.", "Verification certificate"],
                    de=["Eichschein-Nr."],
                    fr=["N° de certificat"],
                    nl=["Certificaatnr."],
                    it=["N. libretto metrologico"],
                    es=["N.º de certificado"],
                ),
                f"{code(rng, 2, UPPER)}{digits(rng, 6)}",
            )
        )
    pay_ref = {
        "INR": (
            ["GRN", "Bank CIN"]
            if "GRAS" in name or "Maharashtra" in office
            else ["Challan Ref. No.", "Bank Ref. No."],
            f"MH{digits(rng, 12)}" if "Maharashtra" in office else f"CR{digits(rng, 12)}",
        ),
        "GBP": (["Payment reference", "Transaction ID"], code(rng, 12, ALNUM)),
        "USD": (["Confirmation number", "Transaction ID"], f"TDA{digits(rng, 9)}"),
        "IE": (["Payment reference"], code(rng, 10, ALNUM)),
        "de": (["Kassenzeichen"], f"{digits(rng, 3)}.{digits(rng, 4)}.{digits(rng, 4)}"),
        "fr": (["Référence de paiement"], code(rng, 12, ALNUM)),
        "nl": (["Betalingskenmerk"], digits(rng, 16)),
        "it": (["IUV", "Codice IUV"], digits(rng, 17)),
        "es": (["NRC"], f"{digits(rng, 10)}{code(rng, 12, ALNUM)}"),
    }[key]
    own = {
        "INR": (["Receipt No.", "e-Receipt No."], digits(rng, 8)),
        "GBP": (["Receipt No.", "Invoice No."], digits(rng, 7)),
        "USD": (["Receipt #"], digits(rng, 8)),
        "IE": (["Invoice No."], f"INV-{digits(rng, 6)}"),
        "de": (["Quittungs-Nr.", "Beleg-Nr."], digits(rng, 8)),
        "fr": (["Facture n°"], f"F{when.year}-{digits(rng, 5)}"),
        "nl": (["Factuurnummer"], f"{when.year}{digits(rng, 5)}"),
        "it": (["Numero avviso"], f"3{digits(rng, 17)}"),
        "es": (["N.º de justificante", "Modelo 046 n.º"], f"046{digits(rng, 10)}"),
    }[key]
    txn = _ids72(rng, rows, [pay_ref, own] if status in (None, "success") else [pay_ref], status, 0.3)
    dated = _dated72(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Date", "Paid on"],
            "de": ["Zahlungsdatum", "Datum"],
            "fr": ["Date", "Date de règlement"],
            "nl": ["Datum", "Betaaldatum"],
            "it": ["Data pagamento", "Data"],
            "es": ["Fecha de pago", "Fecha"],
        }[lang],
        0.15,
        0.4,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Instruments must not be used for trade until stamped.",
            "Keep this receipt with the verification certificate.",
        ],
        de=["Messgeräte dürfen erst nach Eichung im geschäftlichen Verkehr verwendet werden."],
        fr=["Les instruments refusés ne peuvent être utilisés avant réparation."],
        nl=["Afgekeurde instrumenten mogen niet worden gebruikt."],
        it=["Gli strumenti non conformi non possono essere utilizzati."],
        es=["Los instrumentos no conformes no pueden utilizarse."],
    )
    truth = truth_fields(office, total, currency, txn, dated, method, status)
    style = rng.choice([A4, EMAIL, SCREEN] if online else [PAPER, A4])
    return rows, truth, _page(font, rows, style, name)
