"""The twelve heldout66 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the page and value helpers of heldout14, heldout62
and heldout64 (a money mark chosen once per page, one date pattern per page, ways to pay in many wordings, page
widths that hold every line) are reused for the pages in English and German, and this set adds French, Dutch and
Italian pages of its own: their money (``1 234,50 €``, ``€ 1.234,50``), their dates (``1er mars 2026``, ``3 maart
2026``, ``mercoledì 4 marzo 2026``), their ways to pay, outcomes, tax lines and labels. ``truth_fields`` states the
fields exactly as the page prints them (``None`` where a field is not printed). Every receipt prints at most one
transaction id (an order's, a booking's, an invoice's, a receipt's or an entry's own number, or the payment's
reference; a tax, taxpayer, membership, card, smartcard, ticket, application, file, case, permit, certificate,
batch, passport or registration number beside it is never the id), at most one date of payment (the other days are
named for other events: a match, a card's or a pass's validity, a session, a next appointment, an invoice's issue, a
collection, a next dose, an exam period, a decision, a priority, an arrival and a departure, an occasion, a date of
birth), and names the party that was paid on top; the people (clients, members, candidates, teachers, travellers,
applicants, agents, guests, donors and those a tree honours), the practitioners, the venues, the insurers, the
companies that file a mark and the firms that act for them on the page are never the payee.
"""

from __future__ import annotations

import random

from bench.receipt_sets.heldout14_values import code, day, digits, money, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import (
    _clock,
    _dtext,
    _earlier,
    _fmt,
    _id,
    _later,
    _page,
    _pattern,
    _person,
    _sized,
    _staff,
)
from bench.receipt_sets.heldout64_families import _way64

ALNUM = UPPER + "23456789"

# ---------------------------------------------------------------- the pages' languages: en, de, fr, nl, it
#
# A page is in English (India, the UK, the US, Ireland) or in German, French, Dutch or Italian (euro pages). English
# and German pages print money and dates as heldout62 does; French, Dutch and Italian ones as below.

FR_MONTHS = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
]
FR_DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
NL_MONTHS = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
IT_MONTHS = [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
]
IT_DAYS = ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"]
NAMES = {"fr": (FR_MONTHS, FR_DAYS), "nl": (NL_MONTHS, NL_DAYS), "it": (IT_MONTHS, IT_DAYS)}
# one pattern per page, day first; {d}: the day without a leading zero (1er in French), {B}/{a}: month and weekday
PATTERNS = {
    "fr": ["%d/%m/%Y", "{d} {B} %Y", "{a} {d} {B} %Y", "%d/%m/%y", "%d.%m.%Y"],
    "nl": ["%d-%m-%Y", "{d} {B} %Y", "{a} {d} {B} %Y", "%d-%m-%y", "%d/%m/%Y", "%Y-%m-%d"],
    "it": ["%d/%m/%Y", "{d} {B} %Y", "%d-%m-%Y", "%d.%m.%Y", "{a} {d} {B} %Y", "%d/%m/%y"],
}
MARKS = {
    "fr": [("", " €"), ("", " €"), ("", " EUR"), ("€ ", "")],
    "nl": [("€ ", ""), ("€ ", ""), ("€", ""), ("EUR ", ""), ("", " EUR")],
    "it": [("€ ", ""), ("", " €"), ("EUR ", ""), ("", " EUR"), ("€", "")],
}

FR_PEOPLE = ["Camille Laurent", "Julien Moreau", "Léa Fontaine", "Thomas Girard", "Inès Marchand"]
NL_PEOPLE = ["Sanne de Vries", "Daan Visser", "Lotte Bakker", "Ruben Jansen", "Femke van Leeuwen"]
IT_PEOPLE = ["Giulia Romano", "Marco Ricci", "Chiara Esposito", "Luca Moretti", "Francesca Greco"]
FR_STAFF = ["Nathalie Roux", "Olivier Perrin", "Sophie Lemaire", "Antoine Blanc"]
NL_STAFF = ["Marieke de Boer", "Joris Smit", "Anouk Mulder", "Bram Hendriks"]
IT_STAFF = ["Alessandro Conti", "Valentina Gallo", "Paolo Ferri", "Elena Marchetti"]


def _issuer(rng: random.Random, table: dict[str, list[tuple[str, str]]]):
    """The body on top, drawn from all of the family's (one in India, the UK or the US twice as often as one in the
    euro area, which has more of them), its currency and the page's language."""
    pool = [(currency, name, lang) for currency, entries in table.items() for name, lang in entries]
    pool += [entry for entry in pool if entry[0] != "EUR"]
    return rng.choice(pool)


def _who(rng: random.Random, currency: str, lang: str) -> str:
    """A customer-side person in the page's country."""
    pools = {"fr": FR_PEOPLE, "nl": NL_PEOPLE, "it": IT_PEOPLE}
    return rng.choice(pools[lang]) if lang in pools else _person(rng, currency, lang == "de")


def _pro(rng: random.Random, currency: str, lang: str) -> str:
    """A member of the business's staff in the page's country."""
    pools = {"fr": FR_STAFF, "nl": NL_STAFF, "it": IT_STAFF}
    return rng.choice(pools[lang]) if lang in pools else _staff(rng, currency, lang == "de")


def _say(rng: random.Random, lang: str, **words: list[str]) -> str:
    """One wording in the page's language (English where the call names none for it)."""
    return rng.choice(words.get(lang) or words["en"])


def _m(value: float, grouping: str) -> str:
    """A sum in the page's grouping; French pages group thousands with a space."""
    if grouping == "french":
        return money(value, "european").replace(".", " ")
    return money(value, grouping)


def _fmt66(rng: random.Random, font: str, currency: str, lang: str, styles: list[str] | None = None):
    """A formatter of sums in the page's mark, chosen once per page, and the grouping of its figures."""
    if lang in ("en", "de"):
        return _fmt(rng, font, currency, lang == "de", styles)
    grouping = "french" if lang == "fr" else "european"
    before, after = rng.choice(MARKS[lang])
    return (lambda value: before + _m(value, grouping) + after), grouping


def _pattern66(rng: random.Random, currency: str, lang: str) -> str:
    if lang in ("en", "de"):
        return _pattern(rng, currency, lang == "de")
    return rng.choice(PATTERNS[lang])


def _d(when, pattern: str, lang: str) -> str:
    """``when`` in the page's pattern and language."""
    if lang in ("en", "de"):
        return _dtext(when, pattern)
    months, days = NAMES[lang]
    number = "1er" if lang == "fr" and when.day == 1 and "{B}" in pattern else str(when.day)
    return (
        when.strftime(pattern)
        .replace("{d}", number)
        .replace("{B}", months[when.month - 1])
        .replace("{a}", days[when.weekday()])
    )


def _clock66(rng: random.Random, currency: str, lang: str) -> str:
    if lang in ("en", "de"):
        return _clock(rng, currency, lang == "de")
    hour, minute = rng.randrange(7, 22), rng.randrange(60)
    if lang == "fr" and rng.random() < 0.5:
        return f"{hour}h{minute:02d}"
    if lang == "nl" and rng.random() < 0.4:
        return f"{hour:02d}.{minute:02d} uur"
    if lang == "it" and rng.random() < 0.4:
        return f"ore {hour:02d}:{minute:02d}"
    return f"{hour:02d}:{minute:02d}"


def _stamp66(rng: random.Random, when, pattern: str, currency: str, lang: str, p_time: float = 0.4) -> str:
    """The day (with a time of day in a share) as the page prints it."""
    text = _d(when, pattern, lang)
    if rng.random() < p_time:
        joins = {"en": [" ", ", ", " at "], "fr": [" ", " à "], "it": [" ", ", "]}.get(lang, [" ", ", "])
        text += rng.choice(joins) + _clock66(rng, currency, lang)
    return text


def _hour(rng: random.Random, lang: str) -> str:
    """A booked time of day (a kick-off, a session, a meeting)."""
    hour, minute = rng.choice([9, 10, 11, 14, 15, 16, 17, 18, 19, 20]), rng.choice([0, 15, 30, 45])
    if lang == "fr":
        return f"{hour}h{minute:02d}"
    return f"{hour:02d}:{minute:02d}"


# ---------------------------------------------------------------- ways to pay, outcomes, totals, tax

# ways to pay on French, Dutch and Italian pages (English and German ones: heldout62's and heldout64's wordings)
WAYS66 = {
    "fr": {
        "card": ["Carte bancaire", "CB Visa ****{4}", "Carte Mastercard", "CB sans contact"],
        "wallet": ["PayPal", "Apple Pay", "Lydia"],
        "netbanking": ["Virement bancaire", "Virement SEPA"],
        "cash": ["Espèces"],
    },
    "nl": {
        "card": ["Pinbetaling", "Creditcard (Visa)", "Maestro ****{4}", "Contactloos pinnen"],
        "wallet": ["PayPal", "Apple Pay"],
        "netbanking": ["iDEAL", "iDEAL (ING)", "iDEAL | Rabobank", "Overboeking"],
        "cash": ["Contant"],
    },
    "it": {
        "card": ["Carta di credito", "Bancomat", "Carta Visa ****{4}", "POS contactless"],
        "wallet": ["PayPal", "Satispay", "Apple Pay"],
        "netbanking": ["Bonifico bancario", "Bonifico SEPA", "MyBank"],
        "cash": ["Contanti"],
    },
}
IN_PERSON66 = ("sans contact", "Contactloos", "contactless", "Pinbetaling")
METHOD_LABELS = {
    "en": [
        "Payment method",
        "Paid by",
        "Paid with",
        "Payment mode",
        "Paid via",
        "Payment type",
        "Mode of payment",
    ],
    "de": ["Zahlungsart", "Zahlart", "Bezahlt mit", "Zahlweg", "Zahlungsweise", "Zahlungsmittel"],
    "fr": ["Mode de paiement", "Moyen de paiement", "Réglé par", "Payé par", "Règlement"],
    "nl": ["Betaalwijze", "Betaalmethode", "Betaald met", "Betaling via"],
    "it": ["Metodo di pagamento", "Modalità di pagamento", "Pagato con", "Forma di pagamento"],
}
PAID_WORDS = ("Paid", "Bezahlt", "Settled", "Réglé", "Payé", "Betaald", "Pagato")


def _way66(rng: random.Random, currency: str, lang: str, kinds: list[str], online: bool = False):
    """A way to pay of one of ``kinds`` in the page's language, and its truth (online: none tapped or inserted)."""
    if lang in ("en", "de"):
        return _way64(rng, currency, lang == "de", kinds, online)
    table = WAYS66[lang]
    kind = rng.choice([k for k in kinds if k in table])
    ways = [w for w in table[kind] if not (online and any(word in w for word in IN_PERSON66))]
    return rng.choice(ways).replace("{4}", digits(rng, 4)), kind


def _pay66(
    rng, rows, currency, lang, kinds, p_absent=0.2, online=False, status=None, labels=None
) -> str | None:
    """A way to pay under a label in the page's language in a share; its truth or None. Where the payment failed or
    waits neither the label nor the way says it was paid."""
    if not shown(rng, p_absent):
        return None
    pool = labels or METHOD_LABELS[lang]
    printed, kind = _way66(rng, currency, lang, kinds, online)
    if status in ("failed", "pending"):
        pool = [label for label in pool if not label.startswith(PAID_WORDS)] or ["Method"]
        while printed.startswith(PAID_WORDS):
            printed, kind = _way66(rng, currency, lang, kinds, online)
    rows.append(("pair", rng.choice(pool), printed))
    return kind


OUTCOMES66 = {
    "en": {
        "success": [
            "Payment successful",
            "Payment received",
            "Payment complete",
            "Payment confirmed",
            "Transaction successful",
        ],
        "failed": ["Payment failed", "Payment declined", "Transaction unsuccessful"],
        "pending": ["Payment pending", "Payment processing", "Awaiting payment", "Payment under review"],
    },
    "de": {
        "success": ["Zahlung erfolgreich", "Zahlung eingegangen", "Zahlung bestätigt"],
        "failed": ["Zahlung fehlgeschlagen", "Zahlung abgelehnt"],
        "pending": ["Zahlung ausstehend", "Zahlung in Bearbeitung"],
    },
    "fr": {
        "success": ["Paiement accepté", "Paiement effectué", "Paiement confirmé"],
        "failed": ["Paiement refusé", "Échec du paiement", "Paiement non abouti"],
        "pending": ["Paiement en attente", "Paiement en cours de traitement"],
    },
    "nl": {
        "success": ["Betaling geslaagd", "Betaling ontvangen", "Betaling voltooid"],
        "failed": ["Betaling mislukt", "Betaling geweigerd"],
        "pending": ["Betaling in behandeling", "Wacht op betaling"],
    },
    "it": {
        "success": ["Pagamento riuscito", "Pagamento effettuato", "Pagamento confermato"],
        "failed": ["Pagamento non riuscito", "Pagamento rifiutato"],
        "pending": ["Pagamento in attesa", "Pagamento in elaborazione"],
    },
}
STATUS_LABELS = {
    "en": ["Status", "Payment status", "Transaction status"],
    "de": ["Status", "Zahlungsstatus"],
    "fr": ["Statut", "État du paiement"],
    "nl": ["Status", "Betaalstatus"],
    "it": ["Stato", "Stato pagamento", "Esito"],
}


def _outcome66(rng, p_shown, lang, p_success=0.6, p_failed=0.2, words=None):
    """An outcome on a share of pages, in the page's language; (status, words) or (None, None)."""
    if rng.random() >= p_shown:
        return None, None
    roll = rng.random()
    status = "success" if roll < p_success else ("failed" if roll < p_success + p_failed else "pending")
    table = (words or {}).get(lang) or OUTCOMES66[lang]
    return status, rng.choice(table[status])


def _status66(rng, rows, words, lang) -> None:
    """The outcome on a line of its own, or beside a status label."""
    if not words:
        return
    if rng.random() < 0.6:
        rows.append(("center", words))
    else:
        rows.append(("pair", rng.choice(STATUS_LABELS[lang]), words))


TOTALS = {
    "en": ["Total", "Amount", "Total amount", "Grand total"],
    "de": ["Gesamt", "Gesamtbetrag", "Summe"],
    "fr": ["Total", "Montant total", "Total TTC"],
    "nl": ["Totaal", "Totaalbedrag", "Te betalen"],
    "it": ["Totale", "Importo", "Totale da pagare"],
}
PAID_TOTALS = {
    "en": ["Amount paid", "Total paid"],
    "de": ["Bezahlt", "Gezahlter Betrag"],
    "fr": ["Montant payé", "Montant réglé"],
    "nl": ["Betaald bedrag"],
    "it": ["Importo pagato", "Totale pagato"],
}


def _total66(rng, rows, fmt, total, status, lang, totals=None, paid=None) -> None:
    """The total line: a wording of money having changed hands only where no failure or wait is printed."""
    labels = list(totals or TOTALS[lang])
    if status not in ("failed", "pending"):
        labels += paid if paid is not None else PAID_TOTALS[lang]
    rows.append(("pair", rng.choice(labels), fmt(total)))


def _dated66(rng, rows, when, pattern, currency, lang, labels, p_absent=0.2, p_time=0.4, status=None):
    """The day paid under one of ``labels`` in a share, or None. Where the payment failed or waits, the day it was
    tried is printed under a plain date label."""
    if not shown(rng, p_absent):
        return None
    if status in ("failed", "pending"):
        labels = {
            "en": ["Date", "Date & time"],
            "de": ["Datum"],
            "fr": ["Date"],
            "nl": ["Datum"],
            "it": ["Data"],
        }[lang]
    rows.append(("pair", rng.choice(labels), _stamp66(rng, when, pattern, currency, lang, p_time)))
    return when


VAT_RATES = {"GBP": ("VAT", 0.20), "IE": ("VAT", 0.23), "de": ("MwSt.", 0.19), "fr": ("TVA", 0.20)}
VAT_RATES |= {"nl": ("btw", 0.21), "it": ("IVA", 0.22), "USD": ("Sales tax", 0.0725)}
EXEMPT = {
    "INR": ["GST: exempt (health care services)", "Exempt from GST"],
    "en": ["VAT exempt", "Exempt from VAT", "No VAT charged (exempt supply)"],
    "de": ["Umsatzsteuerfrei gem. § 4 Nr. 14 UStG", "Steuerfreie Leistung nach § 4 Nr. 14 UStG"],
    "fr": ["Exonération de TVA, art. 261-4-1° du CGI", "TVA non applicable, art. 261-4-1° du CGI"],
    "nl": ["Vrijgesteld van btw", "Btw-vrijgesteld (art. 11 Wet OB)"],
    "it": [
        "Operazione esente IVA art. 10 c.1 n.18 DPR 633/72",
        "Esente IVA ai sensi dell'art. 10 DPR 633/72",
    ],
}


def _key(currency: str, lang: str) -> str:
    return lang if lang != "en" else ("IE" if currency == "EUR" else currency)


def _vat66(
    rng, rows, grouping, net, currency, lang, mode, rate=None, india_rate=0.09, net_line=False
) -> float:
    """Tax on ``net`` as the page prints it: ``added`` (CGST and SGST or IGST on Indian pages, VAT, btw, TVA, IVA,
    MwSt. or sales tax on top, after a net line in a share), ``included`` (the tax in the price) or ``exempt`` (a
    note, no tax); the sum to pay."""
    if mode == "exempt":
        rows.append(("small", rng.choice(EXEMPT["INR" if currency == "INR" else lang])))
        return net
    if currency == "INR":
        half = round(net * india_rate, 2)
        pct = f"{india_rate * 100:g}%"
        if net_line:
            rows.append(("pair", rng.choice(["Taxable value", "Sub total"]), _m(net, grouping)))
        if mode == "included":
            rows.append(
                (
                    "small",
                    f"Inclusive of GST {india_rate * 200:g}% ({_m(round(net - net / (1 + 2 * india_rate), 2), grouping)})",
                )
            )
            return net
        if shown(rng, 0.3):
            rows.append(("pair", f"IGST @ {india_rate * 200:g}%", _m(2 * half, grouping)))
        else:
            rows.append(("pair", f"CGST @ {pct}", _m(half, grouping)))
            rows.append(("pair", f"SGST @ {pct}", _m(half, grouping)))
        return round(net + 2 * half, 2)
    word, base = VAT_RATES[_key(currency, lang)]
    rate = base if rate is None else rate
    pct = f"{rate * 100:g}".replace(".", "," if lang in ("de", "fr", "nl", "it") else ".") + "%"
    if mode == "added" or currency == "USD":
        if net_line:
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Subtotal", "Net"],
                        de=["Nettobetrag", "Zwischensumme"],
                        fr=["Total HT", "Montant HT"],
                        nl=["Subtotaal", "Totaal excl. btw"],
                        it=["Imponibile", "Totale imponibile"],
                    ),
                    _m(net, grouping),
                )
            )
        tax = round(net * rate, 2)
        label = {
            "de": f"zzgl. {pct} MwSt.",
            "fr": f"TVA {pct}",
            "nl": f"{pct} btw",
            "it": f"IVA {pct}",
        }.get(lang, f"{word} {pct}" if currency == "USD" else f"{word} @ {pct}")
        rows.append(("pair", label, _m(tax, grouping)))
        return round(net + tax, 2)
    included = round(net - net / (1 + rate), 2)
    label = {
        "de": f"inkl. {pct} MwSt.",
        "fr": f"dont TVA {pct}",
        "nl": f"waarvan {pct} btw",
        "it": f"di cui IVA {pct}",
    }.get(lang, f"incl. {word} {pct}")
    rows.append(("pair", label, _m(included, grouping)))
    return net


def _words_inr(value: int) -> str:
    """A whole rupee sum in words, as Indian receipts print it (Rupees Nine Thousand Five Hundred Only)."""
    ones = "Zero One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen".split()
    ones += ["Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
    tens = "_ _ Twenty Thirty Forty Fifty Sixty Seventy Eighty Ninety".split()

    def below_hundred(n: int) -> str:
        return ones[n] if n < 20 else tens[n // 10] + (" " + ones[n % 10] if n % 10 else "")

    parts = []
    for size, word in ((10_000_000, "Crore"), (100_000, "Lakh"), (1000, "Thousand"), (100, "Hundred")):
        if value >= size:
            parts.append(f"{below_hundred(value // size)} {word}")
            value %= size
    if value:
        parts.append(below_hundred(value))
    return "Rupees " + " ".join(parts or ["Zero"]) + " Only"


# ---------------------------------------------------------------- 1 a club's match tickets bought online


CLUBS = {
    "INR": [("Kerala Blasters FC", "en"), ("Karnataka State Cricket Association", "en")],
    "GBP": [("Brentford FC", "en"), ("Gloucester Rugby", "en")],
    "USD": [("Portland Timbers", "en")],
    "EUR": [
        ("Shamrock Rovers FC", "en"),
        ("FC St. Pauli", "de"),
        ("AFC Ajax", "nl"),
        ("ACF Fiorentina", "it"),
        ("Stade Toulousain", "fr"),
    ],
}
FIXTURES = {
    "Kerala Blasters FC": (
        "Kerala Blasters FC vs Bengaluru FC",
        "Indian Super League",
        "Jawaharlal Nehru Stadium, Kochi",
        ["East Gallery", "West Upper", "North Stand"],
        [("General", 399), ("Premium", 899)],
    ),
    "Karnataka State Cricket Association": (
        "India vs England - 3rd ODI",
        "Bilateral ODI Series",
        "M. Chinnaswamy Stadium, Bengaluru",
        ["Stand C Lower", "Stand M Upper", "P Corporate"],
        [("Stand ticket", 2500), ("Upper tier", 1500)],
    ),
    "Brentford FC": (
        "Brentford v Fulham",
        "Premier League",
        "Gtech Community Stadium",
        ["Bill Gate Stand", "Ealing Road", "Braemar Road"],
        [("Adult", 55.0), ("Junior (U18)", 25.0), ("Senior (65+)", 35.0)],
    ),
    "Gloucester Rugby": (
        "Gloucester Rugby v Bath Rugby",
        "Gallagher Premiership",
        "Kingsholm Stadium",
        ["The Shed", "Worcester Street Stand", "Tandem Stand"],
        [("Adult", 42.0), ("Under 18", 15.0)],
    ),
    "Portland Timbers": (
        "Timbers vs Seattle Sounders FC",
        "MLS Regular Season",
        "Providence Park",
        ["Section 107", "Section 212", "Section 118"],
        [("Adult", 64.0), ("Youth (3-12)", 38.0)],
    ),
    "Shamrock Rovers FC": (
        "Shamrock Rovers v Bohemians",
        "League of Ireland Premier Division",
        "Tallaght Stadium",
        ["Main Stand", "West Stand", "North Stand"],
        [("Adult", 20.0), ("Student / OAP", 12.0), ("Under 16", 8.0)],
    ),
    "FC St. Pauli": (
        "FC St. Pauli - Werder Bremen",
        "Bundesliga, 24. Spieltag",
        "Millerntor-Stadion",
        ["Gegengerade", "Haupttribüne", "Nordkurve"],
        [("Vollzahler", 45.0), ("Ermäßigt", 32.0), ("Kind bis 14", 15.0)],
    ),
    "AFC Ajax": (
        "Ajax - Feyenoord",
        "Eredivisie",
        "Johan Cruijff ArenA",
        ["Vak 125", "Vak 410", "Vak 228"],
        [("Volwassene", 62.5), ("Kind t/m 12", 31.0), ("65+", 45.0)],
    ),
    "ACF Fiorentina": (
        "Fiorentina - Juventus",
        "Serie A, 27ª giornata",
        "Stadio Artemio Franchi",
        ["Curva Fiesole", "Tribuna Maratona", "Parterre di Maratona"],
        [("Intero", 65.0), ("Ridotto Under 14", 30.0), ("Over 65", 45.0)],
    ),
    "Stade Toulousain": (
        "Stade Toulousain - Stade Français Paris",
        "TOP 14, 18e journée",
        "Stade Ernest-Wallon",
        ["Tribune Sud", "Tribune Honneur", "Tribune Est"],
        [("Plein tarif", 48.0), ("Tarif réduit", 35.0), ("Enfant -12 ans", 18.0)],
    ),
}
TICKETING = {
    "INR": ["Ticketing partner: Paytm Insider", "Tickets issued via BookMyShow"],
    "GBP": ["Powered by Ticketmaster Sport", "eTicketing by Eventbrite"],
    "USD": ["Powered by Ticketmaster"],
    "IE": ["eTickets by Tixserve", "Powered by Ticketmaster"],
    "de": ["Ticketsystem: Eventim Sports"],
    "nl": ["Ticketing door Eventim"],
    "it": ["Biglietteria: TicketOne"],
    "fr": ["Billetterie : Weezevent"],
}


def match_tickets(rng: random.Random, font: str):
    """A football, cricket or rugby club's match-ticket order bought online (Kerala Blasters FC and the Karnataka
    State Cricket Association in rupees, Brentford FC and Gloucester Rugby in pounds, the Portland Timbers in dollars,
    Shamrock Rovers in euros, and FC St. Pauli, AFC Ajax, ACF Fiorentina and Stade Toulousain on German, Dutch,
    Italian and French pages), an e-mail or the club app's screen: the customer and a supporter, fan, member or
    season-ticket number (never the id), the match, its competition, its kick-off day (never the day paid), the
    stadium, tickets by type, each ticket's stand, row and seat and its own ticket number or fiscal seal (never the
    id), a member discount, a booking or service fee, GST added or VAT / MwSt. / btw / IVA / TVA included (no tax on
    the Oregon pages), the ticketing platform in a footer (never the payee), Order number / Bestellnummer / N° de
    commande / Bestelnummer / Numero ordine in a share, Order date / Bestelldatum / Date de commande / Besteldatum /
    Data acquisto in a share, the way to pay in a share; an outcome in a share (success, failed or pending)."""
    currency, club, lang = _issuer(rng, CLUBS)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "sign_space", "code_before", "rs"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    fixture, competition, stadium, stands, prices = FIXTURES[club]
    status, words = _outcome66(rng, 0.55, lang, p_success=0.6, p_failed=0.25)
    rows: list[tuple] = [("title", club)]
    heading = (
        _say(
            rng,
            lang,
            en=["Order confirmation", "Your tickets", "Ticket purchase receipt"],
            de=["Bestellbestätigung", "Ihre Tickets"],
            fr=["Confirmation de commande", "Vos billets"],
            nl=["Bestelbevestiging", "Je tickets"],
            it=["Conferma d'ordine", "I tuoi biglietti"],
        )
        if status not in ("failed", "pending")
        else _say(
            rng,
            lang,
            en=["Your order", "Order summary"],
            de=["Ihre Bestellung"],
            fr=["Votre commande"],
            nl=["Je bestelling"],
            it=["Il tuo ordine"],
        )
    )
    rows.append(("center", heading))
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    customer = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Customer", "Account holder", "Name"],
                de=["Kunde", "Besteller/in"],
                fr=["Client", "Titulaire du compte"],
                nl=["Klant", "Naam"],
                it=["Cliente", "Acquirente"],
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
                    en=["Supporter no", "Fan ID", "Season ticket holder no"],
                    de=["Mitgliedsnummer", "Kundennummer"],
                    fr=["N° abonné", "N° client"],
                    nl=["Clubcard nummer", "Relatienummer"],
                    it=["Tessera del tifoso n.", "Fidelity card n."],
                ),
                digits(rng, rng.choice([7, 8, 10])),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Match", "Fixture", "Event"],
                de=["Spiel", "Begegnung"],
                fr=["Match", "Rencontre"],
                nl=["Wedstrijd"],
                it=["Partita", "Evento"],
            ),
            fixture,
        )
    )
    if shown(rng, 0.5):
        rows.append(("small", competition))
    kickoff = _later(when, rng, 3, 40)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Kick-off", "Match date", "Date & start"],
                de=["Anstoß", "Spieltermin"],
                fr=["Coup d'envoi", "Date du match"],
                nl=["Aftrap", "Datum wedstrijd"],
                it=["Calcio d'inizio", "Data partita"],
            ),
            _d(kickoff, pattern, lang) + " " + _hour(rng, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Venue", "Stadium"],
                de=["Stadion"],
                fr=["Stade", "Lieu"],
                nl=["Stadion"],
                it=["Stadio"],
            ),
            stadium,
        )
    )
    rows.append(("rule",))
    kinds = rng.sample(prices, rng.randint(1, min(2, len(prices))))
    net, seats = 0.0, []
    for name, unit in kinds:
        n = rng.choice([1, 1, 2, 2, 3])
        line = round(unit * n, 2)
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, _m(line, grouping)))
        net = round(net + line, 2)
        seats += [name] * n
    stand = rng.choice(stands)
    row_no, seat_no = rng.randint(3, 28), rng.randint(10, 180)
    block, number_label = (
        rng.randint(1, 9),
        _say(
            rng,
            lang,
            en=["Ticket no", "Barcode"],
            de=["Ticket-Nr."],
            fr=["N° billet"],
            nl=["Ticketnummer", "Barcode"],
            it=["Sigillo fiscale", "Codice biglietto"],
        ),
    )
    # Italian tickets name each holder, on a share of pages
    holders, named = [customer] + rng.sample([p for p in IT_PEOPLE if p != customer], 2), shown(rng, 0.4)
    bloc = code(rng, 1, "ABCDEFGH")
    ref = {
        "INR": ("KBFC" if club.startswith("Kerala") else "KSCA") + digits(rng, 8),
        "GBP": digits(rng, 9),
        "USD": "TIM-" + digits(rng, 8),
        "EUR": digits(rng, 10),
    }[currency]
    # the order's number; where it is left off, no ticket's number is printed either, nor on an order not paid
    with_number = shown(rng, 0.15)
    for index in range(min(len(seats), 3)):
        seat = {
            "de": f"{stand}, Block {block}, Reihe {row_no}, Platz {seat_no + index}",
            "fr": f"{stand}, Bloc {bloc}, Rang {row_no}, Place {seat_no + index}",
            "nl": f"{stand}, Rij {row_no}, Stoel {seat_no + index}",
            "it": f"{stand}, Fila {row_no}, Posto {seat_no + index}",
        }.get(lang, f"{stand}, Row {row_no}, Seat {seat_no + index}")
        rows.append(("left", seat))
        if lang == "it" and named:
            rows.append(("pair", "Nominativo", holders[index]))
        if with_number and status not in ("failed", "pending") and shown(rng, 0.5):
            rows.append(("pair", number_label, " ".join(digits(rng, 4) for _ in range(3))))
    if shown(rng, 0.3):
        off = round(net * 0.1, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Member discount 10%"],
                    de=["Mitgliederrabatt 10%"],
                    fr=["Remise abonné 10%"],
                    nl=["Clubcard korting 10%"],
                    it=["Sconto abbonati 10%"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    fee = {"INR": 45.0, "GBP": 2.5, "USD": 6.75, "EUR": 2.0}[currency]
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Booking fee", "Service fee", "Handling fee"],
                    de=["Servicegebühr", "Systemgebühr"],
                    fr=["Frais de service", "Frais de gestion"],
                    nl=["Servicekosten", "Transactiekosten"],
                    it=["Diritti di prevendita", "Commissione di servizio"],
                ),
                _m(fee, grouping),
            )
        )
        net = round(net + fee, 2)
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Delivery: mobile ticket", "Print at home"],
                    de=["Versand: Mobile Ticket"],
                    fr=["E-billet"],
                    nl=["E-ticket"],
                    it=["Biglietto digitale"],
                ),
                _say(
                    rng,
                    lang,
                    en=["FREE", "0.00"],
                    de=["kostenlos"],
                    fr=["gratuit"],
                    nl=["gratis"],
                    it=["gratuito"],
                ),
            )
        )
    if currency == "USD":
        total = net
    else:
        rate = {
            "INR": None,
            "GBP": 0.20,
            "EUR": {"de": 0.07, "nl": 0.09, "it": 0.10, "fr": 0.055, "en": 0.09}[lang],
        }
        total = _vat66(
            rng,
            rows,
            grouping,
            net,
            currency,
            lang,
            "added" if currency == "INR" else "included",
            rate.get(currency),
        )
    _total66(rng, rows, fmt, total, status, lang)
    kinds_pay = ["UPI", "card", "wallet", "netbanking"] if currency == "INR" else ["card", "card", "wallet"]
    method = _pay66(rng, rows, currency, lang, kinds_pay, 0.25, True, status)
    txn = None
    if with_number:
        txn = ref
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Order number", "Order no.", "Order ref", "Booking reference"],
                    de=["Bestellnummer", "Auftragsnummer"],
                    fr=["N° de commande", "Référence commande"],
                    nl=["Bestelnummer", "Ordernummer"],
                    it=["Numero ordine", "N. ordine"],
                ),
                ref,
            )
        )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Order date", "Ordered on", "Date of purchase"],
            "de": ["Bestelldatum", "Gekauft am"],
            "fr": ["Date de commande", "Achat le"],
            "nl": ["Besteldatum", "Gekocht op"],
            "it": ["Data ordine", "Data acquisto"],
        }[lang],
        0.25,
        0.5,
        status,
    )
    if shown(rng, 0.5):
        rows.append(("small", rng.choice(TICKETING[_key(currency, lang)])))
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=["Gates open 90 minutes before kick-off.", "Tickets are not transferable."],
                de=["Einlass ab 90 Minuten vor Anpfiff."],
                fr=["Ouverture des portes 1h30 avant le coup d'envoi."],
                nl=["De poorten openen 90 minuten voor de aftrap."],
                it=["Apertura cancelli 90 minuti prima dell'inizio."],
            ),
        )
    )
    truth = truth_fields(club, total, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.4) else SCREEN
    return rows, truth, _page(font, rows, _sized(style, 19), club)


# ---------------------------------------------------------------- 2 a railcard, rail pass or season ticket


RAIL = {
    "INR": [("Indian Railways", "en")],
    "GBP": [("Southeastern", "en"), ("ScotRail", "en")],
    "USD": [("Metro-North Railroad", "en"), ("Amtrak", "en")],
    "EUR": [
        ("Deutsche Bahn", "de"),
        ("NS", "nl"),
        ("SNCF Voyageurs", "fr"),
        ("Iarnród Éireann", "en"),
        ("Trenitalia", "it"),
    ],
}
# (product, price, months valid or 0 for a year, a route or None, monthly subscription)
RAIL_PRODUCTS = {
    "Indian Railways": [
        ("Monthly Season Ticket (MST) - Second Class", 210.0, 1, "Borivali - Churchgate", False),
        ("Quarterly Season Ticket (QST) - First Class", 1990.0, 3, "Thane - CSMT", False),
        ("Monthly Season Ticket (MST) - First Class", 735.0, 1, "Dadar - Kalyan", False),
    ],
    "Southeastern": [
        ("16-25 Railcard", 35.0, 0, None, False),
        ("Annual Season Ticket", 5164.0, 0, "Sevenoaks - London Terminals", False),
        ("Monthly Season Ticket", 448.4, 1, "Tonbridge - London Bridge", False),
    ],
    "ScotRail": [
        ("Monthly Season Ticket", 412.9, 1, "Glasgow Queen Street - Edinburgh", False),
        ("Two Together Railcard", 35.0, 0, None, False),
    ],
    "Metro-North Railroad": [
        ("Monthly Ticket - Peak", 338.0, 1, "Stamford - Grand Central", False),
        ("Weekly Ticket", 107.75, 0, "White Plains - Grand Central", False),
    ],
    "Amtrak": [("USA Rail Pass - 10 segments in 30 days", 499.0, 1, None, False)],
    "Deutsche Bahn": [
        ("BahnCard 25, 2. Klasse", 62.9, 0, None, False),
        ("BahnCard 50, 2. Klasse", 244.0, 0, None, False),
        ("Deutschlandticket (Abo), 1. Monat", 63.0, 1, None, True),
    ],
    "NS": [
        ("Dal Voordeel (maandabonnement)", 6.1, 1, None, True),
        ("Altijd Voordeel (maandabonnement)", 36.8, 1, None, True),
    ],
    "SNCF Voyageurs": [
        ("Carte Avantage Jeune", 49.0, 0, None, False),
        ("Carte Avantage Adulte", 49.0, 0, None, False),
        ("Carte Liberté", 399.0, 0, None, False),
    ],
    "Iarnród Éireann": [
        ("Monthly Commuter Ticket", 246.0, 1, "Maynooth - Dublin Connolly", False),
        ("Annual Commuter Ticket", 2460.0, 0, "Greystones - Dublin Pearse", False),
    ],
    "Trenitalia": [
        ("Abbonamento mensile regionale", 74.5, 1, "Bologna C.le - Modena", False),
        ("Abbonamento annuale regionale", 745.0, 0, "Firenze S.M.N. - Prato C.le", False),
    ],
}
RAIL_LINES = {
    "Indian Railways": "UTS on Mobile - Central & Western Railway, Mumbai Suburban",
    "Southeastern": "Tickets and Railcards",
    "ScotRail": "Season tickets and Railcards",
    "Metro-North Railroad": "MTA TrainTime",
    "Amtrak": "USA Rail Pass",
    "Deutsche Bahn": "DB Navigator",
    "NS": "Mijn NS - Abonnementen",
    "SNCF Voyageurs": "SNCF Connect - Cartes de réduction",
    "Iarnród Éireann": "Irish Rail - Commuter tickets",
    "Trenitalia": "Abbonamenti regionali",
}


def railcard_purchase(rng: random.Random, font: str):
    """A railcard, rail pass or season ticket bought from the railway in its app or by e-mail (Indian Railways' UTS
    season tickets in rupees, Southeastern and ScotRail in pounds, Metro-North and Amtrak in dollars, Iarnród Éireann
    in euros, and Deutsche Bahn, NS, SNCF Voyageurs and Trenitalia on German, Dutch, French and Italian pages): the
    holder, their date of birth and ID or photocard (never the payee; the date is never the day paid), the product
    and route, its validity (Valid from / until, Gültig ab / bis, Valable du ... au, Ingangsdatum, Validità; never the
    day paid), the card's, smartcard's, pass's or OV-chipkaart's number, a customer number, the direct debit's mandate
    reference and creditor id and the next debit's day on monthly subscriptions (none of them the id, none the day
    paid), an R-Wallet's balance (never the amount), Total / Amount / Betrag / Montant / Totaal / Importo, the way to
    pay in a share (R-Wallet: a wallet; a SEPA direct debit or iDEAL: net banking), Booking reference / UTS No /
    Auftragsnummer / Référence de commande / Ordernummer / Codice PNR in a share, Purchased / Booked on /
    Kaufdatum / Date d'achat / Besteldatum / Data acquisto in a share; an outcome in a share."""
    currency, railway, lang = _issuer(rng, RAIL)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "sign_space", "code_before"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    product, price, months, route, subscription = rng.choice(RAIL_PRODUCTS[railway])
    status, words = _outcome66(rng, 0.6, lang, p_success=0.6, p_failed=0.2)
    rows: list[tuple] = [("title", railway), ("center", RAIL_LINES[railway])]
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    holder = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Passenger", "Cardholder", "Pass holder", "Name"],
                de=["Karteninhaber/in", "Reisende/r"],
                fr=["Titulaire", "Voyageur"],
                nl=["Reiziger", "Naam"],
                it=["Titolare", "Viaggiatore"],
            ),
            holder,
        )
    )
    if shown(rng, 0.4):
        born = day(rng).replace(year=rng.randint(1968, 2004))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Date of birth", "DOB"],
                    de=["Geburtsdatum"],
                    fr=["Date de naissance"],
                    nl=["Geboortedatum"],
                    it=["Data di nascita"],
                ),
                _d(born, pattern, lang),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Product", "Ticket type"],
                de=["Produkt"],
                fr=["Carte"],
                nl=["Product"],
                it=["Titolo"],
            ),
            product,
        )
    )
    if route:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Route", "Between", "Journey"],
                    fr=["Trajet"],
                    nl=["Traject"],
                    it=["Tratta", "Relazione"],
                ),
                route,
            )
        )
    start = _later(when, rng, 0, 12)
    end = (
        _earlier(start.replace(year=start.year + 1), rng, 1, 2)
        if months == 0
        else _later(start, rng, 28 * months, 28 * months + 3)
    )
    validity = {
        "de": ("Gültig", f"{_d(start, pattern, lang)} - {_d(end, pattern, lang)}"),
        "fr": ("Validité", f"du {_d(start, pattern, lang)} au {_d(end, pattern, lang)}"),
        "nl": ("Ingangsdatum", _d(start, pattern, lang)),
        "it": ("Validità", f"dal {_d(start, pattern, lang)} al {_d(end, pattern, lang)}"),
    }.get(
        lang, (rng.choice(["Valid", "Validity"]), f"{_d(start, pattern, lang)} to {_d(end, pattern, lang)}")
    )
    if lang == "en" and shown(rng, 0.4):
        validity = (rng.choice(["Valid until", "Expires"]), _d(end, pattern, lang))
    rows.append(("pair", *validity))
    card_no = {
        "Indian Railways": ("ID card", "Aadhaar XXXX XXXX " + digits(rng, 4)),
        "Southeastern": ("Smartcard no", "633597 " + " ".join(digits(rng, 4) for _ in range(3))),
        "ScotRail": ("Smartcard no", "633597 " + " ".join(digits(rng, 4) for _ in range(3))),
        "Metro-North Railroad": ("OMNY card", "•••• " + digits(rng, 4)),
        "Amtrak": ("Pass number", "USP" + digits(rng, 9)),
        "Deutsche Bahn": ("BahnCard-Nr.", "7081 4110 " + digits(rng, 4) + " " + digits(rng, 4)),
        "NS": ("OV-chipkaartnummer", "3528 " + " ".join(digits(rng, 4) for _ in range(3))),
        "SNCF Voyageurs": ("N° de carte", "29090" + digits(rng, 12)),
        "Iarnród Éireann": ("Leap card no", digits(rng, 5) + " " + digits(rng, 5)),
        "Trenitalia": ("CartaFRECCIA n.", digits(rng, 9)),
    }[railway]
    if shown(rng, 0.3):
        rows.append(("pair", *card_no))
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Customer no", "Account no"],
                    de=["Kundennummer"],
                    fr=["N° client"],
                    nl=["Klantnummer"],
                    it=["Codice cliente"],
                ),
                digits(rng, 9),
            )
        )
    rows.append(("rule",))
    rows.append(
        ("pair", product if len(product) < 34 else product.split(" - ")[0].split(",")[0], _m(price, grouping))
    )
    total = price
    if railway == "Indian Railways" and shown(rng, 0.5):
        rows.append(("pair", "Passengers", "Adult 1, Child 0"))
    if currency == "GBP" and "Railcard" in product and shown(rng, 0.4):
        rows.append(("pair", "Digital Railcard", "FREE"))
    if railway == "Amtrak" and shown(rng, 0.5):
        rows.append(("pair", "Travel protection", _m(35.0, grouping)))
        total = round(total + 35.0, 2)
    if currency == "EUR" and lang in ("de", "nl", "it", "fr") and shown(rng, 0.5):
        rate = {"de": 0.07, "nl": 0.09, "it": 0.10, "fr": 0.10}[lang]
        _vat66(rng, rows, grouping, total, currency, lang, "included", rate)
    _total66(rng, rows, fmt, total, status, lang)
    if railway == "Indian Railways":
        kinds = ["wallet", "UPI", "netbanking", "card"]
    elif subscription:
        kinds = ["netbanking", "card"] if lang == "de" else ["netbanking"]
    else:
        kinds = ["card", "card", "wallet"]
    method = None
    if railway == "Indian Railways" and shown(rng, 0.35):
        rows.append(
            (
                "pair",
                rng.choice(["Paid from", "Payment mode"] if status == "success" else ["Payment mode"]),
                "R-Wallet",
            )
        )
        rows.append(("pair", "R-Wallet balance", fmt(float(rng.randint(40, 900)))))
        method = "wallet"
    elif subscription and lang == "de" and shown(rng, 0.5):
        rows.append(("pair", "Zahlungsart", "SEPA-Lastschrift"))
        rows.append(("pair", "Mandatsreferenz", "DBABO" + digits(rng, 10)))
        rows.append(("pair", "Gläubiger-ID", "DE" + digits(rng, 2) + "ZZZ0000" + digits(rng, 7)))
        method = "netbanking"
    else:
        method = _pay66(rng, rows, currency, lang, kinds, 0.2, True, status)
    if subscription and shown(rng, 0.7):
        rows.append(
            (
                "pair",
                {"de": "Nächste Abbuchung", "nl": "Volgende afschrijving"}[lang],
                _d(_later(when, rng, 28, 33), pattern, lang),
            )
        )
    ref = {
        "Indian Railways": "X0" + code(rng, 4, UPPER) + digits(rng, 4),
        "Southeastern": code(rng, 2, UPPER) + digits(rng, 8),
        "ScotRail": "SR" + digits(rng, 9),
        "Metro-North Railroad": digits(rng, 10),
        "Amtrak": code(rng, 6, ALNUM),
        "Deutsche Bahn": digits(rng, 9),
        "NS": digits(rng, 10),
        "SNCF Voyageurs": code(rng, 6, UPPER),
        "Iarnród Éireann": "IE" + digits(rng, 8),
        "Trenitalia": code(rng, 6, ALNUM),
    }[railway]
    labels = {
        "Indian Railways": ["UTS No", "Booking ID"],
        "Southeastern": ["Booking reference", "Order ref"],
        "ScotRail": ["Booking reference", "Order number"],
        "Metro-North Railroad": ["Order number", "Confirmation no"],
        "Amtrak": ["Reservation number", "Booking number"],
        "Iarnród Éireann": ["Order number", "Booking ref"],
    }.get(
        railway,
        {
            "de": ["Auftragsnummer", "Bestellnummer"],
            "nl": ["Ordernummer", "Bestelnummer"],
            "fr": ["Référence de commande", "N° de commande"],
            "it": ["Codice PNR", "Codice biglietto"],
        }.get(lang, ["Order number"]),
    )
    txn = _id(rng, rows, labels, ref, 0.2)
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Purchased", "Booked on", "Booking time"]
            if railway == "Indian Railways"
            else ["Purchased", "Purchase date", "Booked on"],
            "de": ["Kaufdatum", "Gebucht am"],
            "fr": ["Date d'achat", "Acheté le"],
            "nl": ["Besteldatum", "Aangevraagd op"],
            "it": ["Data acquisto", "Acquistato il"],
        }[lang],
        0.25,
        0.6,
        status,
    )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[
                    "Carry photo ID when travelling.",
                    "Show your ticket on request.",
                    "Delay Repay: claim within 28 days.",
                ],
                de=["Nur gültig mit amtlichem Lichtbildausweis."],
                fr=["Carte nominative, valable avec une pièce d'identité."],
                nl=["Het abonnement staat op je OV-chipkaart."],
                it=["Abbonamento nominativo, valido con documento d'identità."],
            ),
        )
    )
    truth = truth_fields(railway, total, currency, txn, dated, method, status)
    style = SCREEN if shown(rng, 0.6) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 19), railway)


# ---------------------------------------------------------------- 3 an accountant's fee for a year's tax return


ADVISERS = {
    "INR": [("Sharma Iyer & Co. Chartered Accountants", "en"), ("Kulkarni Tax Consultants", "en")],
    "GBP": [("Hartley & Moss Accountants", "en")],
    "USD": [("Lakeside Tax & Bookkeeping", "en")],
    "EUR": [
        ("Steuerberatung Kessler & Partner", "de"),
        ("Van Dijk Belastingadvies", "nl"),
        ("Brennan Tax Advisers", "en"),
        ("Cabinet Moreau Expertise Comptable", "fr"),
    ],
}
ADVISER_PLACES = {
    "Sharma Iyer & Co. Chartered Accountants": "3rd Floor, Prestige Chambers, MG Road, Pune 411001",
    "Kulkarni Tax Consultants": "12 Gandhi Bazaar Main Rd, Basavanagudi, Bengaluru 560004",
    "Hartley & Moss Accountants": "14 Park Square East, Leeds LS1 2NE",
    "Lakeside Tax & Bookkeeping": "410 W Lake St, Suite 2, Minneapolis, MN 55408",
    "Steuerberatung Kessler & Partner": "Königstraße 41, 70173 Stuttgart",
    "Van Dijk Belastingadvies": "Oudegracht 112, 3511 AX Utrecht",
    "Brennan Tax Advisers": "22 Patrick Street, Cork T12 X4E1",
    "Cabinet Moreau Expertise Comptable": "18 rue de la République, 69002 Lyon",
}
ADVISER_IDS = {
    "Sharma Iyer & Co. Chartered Accountants": "FRN 112233W  ·  GSTIN 27AAFFS1234K1ZP",
    "Kulkarni Tax Consultants": "GSTIN 29ABKPK5678L1Z3",
    "Hartley & Moss Accountants": "VAT Reg No GB 284 1946 33",
    "Lakeside Tax & Bookkeeping": "EFIN 412377  ·  (612) 555-0148",
    "Steuerberatung Kessler & Partner": "St.-Nr. 99021/45678  ·  USt-IdNr. DE287654321",
    "Van Dijk Belastingadvies": "KvK 30145678  ·  Btw-id NL001234567B01",
    "Brennan Tax Advisers": "VAT No IE3345678LH",
    "Cabinet Moreau Expertise Comptable": "SIRET 812 345 678 00021  ·  TVA FR45 812345678",
}
ADVISER_WORK = {
    "INR": [
        ("Preparation & e-filing of ITR-2", 4500),
        ("Capital gains computation (equity, MF)", 2500),
        ("Form 26AS / AIS reconciliation", 1000),
        ("House property income schedule", 1500),
        ("Reply to notice u/s 143(1)", 3000),
    ],
    "GBP": [
        ("Self Assessment tax return (SA100)", 295.0),
        ("UK property pages (SA105)", 120.0),
        ("Capital gains summary (SA108)", 150.0),
        ("Bookkeeping review", 90.0),
    ],
    "USD": [
        ("Form 1040 preparation", 285.0),
        ("Schedule C (self-employment)", 175.0),
        ("State return (MN M1)", 95.0),
        ("E-file fee", 25.0),
    ],
    "de": [
        ("Einkommensteuererklärung (§ 24 Abs. 1 Nr. 1 StBVV)", 420.0),
        ("Anlage V (Vermietung)", 180.0),
        ("Anlage KAP", 65.0),
        ("Auslagenpauschale (§ 16 StBVV)", 20.0),
    ],
    "nl": [
        ("Aangifte inkomstenbelasting", 295.0),
        ("Box 3-berekening (vermogen)", 85.0),
        ("Aanvraag voorlopige aanslag", 45.0),
    ],
    "IE": [
        ("Form 11 preparation and ROS filing", 450.0),
        ("Rental income schedule", 150.0),
        ("Preliminary tax calculation", 75.0),
    ],
    "fr": [
        ("Déclaration de revenus (2042)", 280.0),
        ("Revenus fonciers (2044)", 150.0),
        ("Déclaration IFI", 220.0),
    ],
}


def tax_return_fee(rng: random.Random, font: str):
    """An accountant's or tax adviser's invoice and receipt for preparing a year's return (two Indian CA firms in
    rupees, a Leeds practice in pounds, a Minneapolis preparer in dollars, a Cork adviser in euros, and a Stuttgart
    Steuerberater, a Utrecht belastingadviseur and a Lyon cabinet on German, Dutch and French pages), an A4 letter:
    the firm's FRN / GSTIN / VAT / EFIN / St.-Nr. / KvK / SIRET numbers, the client and the taxpayer's own numbers
    (PAN, UTR, NI number, SSN, Steuer-ID, BSN, PPSN, numéro fiscal; a UK ``UTR`` is the client's taxpayer reference
    and never the id), the assessment or tax year, an ITR acknowledgement number (never the id), the work at fees,
    GST / VAT / MwSt. / btw / TVA added, the tax the client owes the state or the refund expected (never the amount),
    a retainer paid earlier taken off in a share (then the amount is the balance received), the invoice's date
    (never the day paid), Invoice No / Rechnungs-Nr. / Factuurnummer / Facture n° in a share, Payment date / Date of
    payment / Zahlungseingang / Betaaldatum / Date de paiement in a share, the way to pay in a share; PAID / Received
    with thanks / Bezahlt / Voldaan / Acquittée in a share, else no outcome."""
    currency, firm, lang = _issuer(rng, ADVISERS)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs", "rs_slash", "code_before"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    issued = _earlier(when, rng, 1, 25)
    rows: list[tuple] = [("title", firm), ("center", ADVISER_PLACES[firm]), ("small", ADVISER_IDS[firm])]
    heading = (
        rng.choice(["TAX INVOICE", "INVOICE CUM RECEIPT"])
        if currency == "INR"
        else _say(
            rng,
            lang,
            en=["INVOICE", "Fee note", "Invoice and receipt"],
            de=["Rechnung", "Honorarrechnung"],
            fr=["Note d'honoraires", "Facture"],
            nl=["Factuur", "Nota"],
        )
    )
    rows.append(("center", heading))
    rows.append(("rule",))
    client = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Client", "Bill to", "Billed to"],
                de=["Mandant/in", "Rechnung an"],
                fr=["Client", "Destinataire"],
                nl=["Klant", "Aan"],
            ),
            client,
        )
    )
    numbers = {
        "INR": [("PAN", code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER))],
        "GBP": [
            ("UTR", digits(rng, 5) + " " + digits(rng, 5)),
            (
                "NI number",
                f"{code(rng, 2, 'ABCEGHJKLMNPRSTWXYZ')} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {rng.choice('ABCD')}",
            ),
        ],
        "USD": [("SSN", "XXX-XX-" + digits(rng, 4)), ("Preparer PTIN", "P0" + digits(rng, 7))],
        "de": [
            ("Mandanten-Nr.", digits(rng, 5)),
            ("Steuer-ID", f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"),
        ],
        "nl": [("Relatienummer", digits(rng, 6)), ("BSN", "***.**." + digits(rng, 3))],
        "IE": [("PPSN", digits(rng, 7) + code(rng, 1, "ABCDEFGHJKLMNPRTWX") + "A")],
        "fr": [("N° client", "C" + digits(rng, 5)), ("Numéro fiscal", digits(rng, 13))],
    }[_key(currency, lang)]
    for label, value in numbers:
        if shown(rng, 0.2):
            rows.append(("pair", label, value))
    year = when.year - 1
    period = {
        "INR": ("Assessment Year", f"{year + 1}-{(year + 2) % 100:02d}"),
        "GBP": ("Tax year", f"{year - 1}/{year % 100:02d}"),
        "USD": ("Tax year", str(year)),
        "de": ("Veranlagungszeitraum", str(year)),
        "nl": ("Belastingjaar", str(year)),
        "IE": ("Tax year", str(year)),
        "fr": ("Revenus", str(year)),
    }[_key(currency, lang)]
    rows.append(("pair", *period))
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("pair", "ITR Ack. No.", digits(rng, 15)))
    rows.append(("rule",))
    work = ADVISER_WORK[_key(currency, lang)]
    picked = [work[0]] + rng.sample(work[1:], rng.randint(0, min(2, len(work) - 1)))
    net = 0.0
    for name, fee in picked:
        fee = float(fee)
        rows.append(("pair", name, _m(fee, grouping)))
        net = round(net + fee, 2)
    if currency == "USD":
        total = net
    elif currency == "GBP" and shown(rng, 0.25):
        rows.append(("small", "Not registered for VAT"))
        total = net
    else:
        total = _vat66(
            rng, rows, grouping, net, currency, lang, "added", None, 0.09, net_line=shown(rng, 0.6)
        )
    invoice_label = _say(
        rng,
        lang,
        en=["Invoice total", "Total", "Total fees"],
        de=["Rechnungsbetrag", "Gesamtbetrag"],
        fr=["Total TTC", "Net à payer"],
        nl=["Totaal", "Totaal incl. btw"],
    )
    rows.append(("pair", invoice_label, fmt(total)))
    amount = total
    if shown(rng, 0.3):
        retainer = float(round(total * 0.4 / 10) * 10) if currency == "INR" else float(round(total * 0.4))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Less: advance received {_d(_earlier(issued, rng, 20, 60), pattern, lang)}"],
                    de=[f"abzgl. Vorschuss vom {_d(_earlier(issued, rng, 20, 60), pattern, lang)}"],
                    fr=[f"Acompte versé le {_d(_earlier(issued, rng, 20, 60), pattern, lang)}"],
                    nl=[f"Af: voorschot d.d. {_d(_earlier(issued, rng, 20, 60), pattern, lang)}"],
                ),
                "-" + _m(retainer, grouping),
            )
        )
        amount = round(total - retainer, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance received", "Balance paid"],
                    de=["Restbetrag bezahlt", "Erhaltener Restbetrag"],
                    fr=["Solde réglé"],
                    nl=["Restant betaald", "Ontvangen restant"],
                ),
                fmt(amount),
            )
        )
    elif shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Amount received", "Amount paid"],
                    de=["Gezahlter Betrag"],
                    fr=["Montant réglé"],
                    nl=["Betaald bedrag"],
                ),
                fmt(total),
            )
        )
    if shown(rng, 0.6):
        other = round(rng.uniform(0.8, 6.0) * (10000 if currency == "INR" else 1000), 0)
        note = {
            "INR": f"Refund due as per ITR: {fmt(other)}",
            "GBP": f"Tax payable to HMRC by 31 January {when.year}: {fmt(other)}",
            "USD": f"Federal refund expected: {fmt(other)}",
            "de": f"Voraussichtliche Erstattung: {fmt(other)}",
            "nl": f"Verwachte teruggave: {fmt(other)}",
            "IE": f"Balance of tax payable to Revenue: {fmt(other)}",
            "fr": f"Impôt estimé : {fmt(other)}",
        }[_key(currency, lang)]
        rows.append(("small", note))
    rows.append(("rule",))
    ref = {
        "INR": ("SI/" if firm.startswith("Sharma") else "KTC/")
        + f"{(when.year - (when.month < 4)) % 100}-{(when.year - (when.month < 4) + 1) % 100}/"
        + digits(rng, 3),
        "GBP": "HM" + digits(rng, 5),
        "USD": digits(rng, 5),
        "de": f"{when.year}-{digits(rng, 4)}",
        "nl": f"{when.year}{digits(rng, 4)}",
        "IE": "BTA-" + digits(rng, 4),
        "fr": f"H{when.year}-{digits(rng, 3)}",
    }[_key(currency, lang)]
    txn = _id(
        rng,
        rows,
        {
            "en": ["Invoice No", "Invoice #", "Fee note no"],
            "de": ["Rechnungs-Nr.", "Rechnungsnummer"],
            "fr": ["Facture n°", "N° de note"],
            "nl": ["Factuurnummer"],
        }[lang],
        ref,
        0.2,
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Invoice date", "Date of invoice"],
                    de=["Rechnungsdatum"],
                    fr=["Date de facture", "Date d'émission"],
                    nl=["Factuurdatum"],
                ),
                _d(issued, pattern, lang),
            )
        )
    kinds = (
        ["netbanking", "UPI", "cash", "card"] if currency == "INR" else ["netbanking", "card", "netbanking"]
    )
    method = _pay66(rng, rows, currency, lang, kinds, 0.25)
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Date of payment", "Date paid"],
            "de": ["Zahlungseingang", "Bezahlt am"],
            "fr": ["Date de paiement", "Date du règlement"],
            "nl": ["Betaaldatum", "Datum betaling"],
        }[lang],
        0.25,
        0.0,
    )
    status = None
    if shown(rng, 0.45):
        status = "success"
        rows.append(
            (
                "center",
                _say(
                    rng,
                    lang,
                    en=["PAID", "PAID WITH THANKS", "Received with thanks"],
                    de=["Bezahlt", "Betrag dankend erhalten"],
                    fr=["Acquittée", "Payée"],
                    nl=["Voldaan", "Betaald"],
                ),
            )
        )
    rows.append(
        (
            "left",
            _say(
                rng,
                lang,
                en=[f"For {firm}"],
                de=["Mit freundlichen Grüßen"],
                fr=["Cordialement,"],
                nl=["Met vriendelijke groet,"],
            ),
        )
    )
    partner = _pro(rng, currency, lang)
    rows.append(
        (
            "left",
            partner
            + {
                "INR": f", Partner (M.No. {digits(rng, 6)})",
                "GBP": rng.choice([", FCCA", ", Director"]),
                "USD": rng.choice([", EA", ", CPA"]),
                "IE": rng.choice([", CTA", ", Director"]),
                "de": ", Steuerberater/in",
                "fr": ", expert-comptable",
                "nl": ", belastingadviseur",
            }[_key(currency, lang)],
        )
    )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=["Thank you for your instructions.", "Subject to our engagement letter."],
                de=["Vielen Dank für Ihr Vertrauen."],
                fr=["Pénalités de retard : trois fois le taux d'intérêt légal."],
                nl=["Wij danken u voor uw opdracht."],
            ),
        )
    )
    truth = truth_fields(firm, amount, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 19), firm, 660)


# ---------------------------------------------------------------- 4 a counselling or psychotherapy practice's bill


PRACTICES = {
    "INR": [("Mindspace Counselling Centre", "en"), ("Sukoon Psychotherapy Clinic", "en")],
    "GBP": [("Northfield Counselling Practice", "en")],
    "USD": [("Cedar Grove Counseling Associates", "en")],
    "EUR": [
        ("Psychotherapeutische Praxis am Stadtpark", "de"),
        ("Studio di Psicologia Clinica Aurora", "it"),
        ("Cabinet de Psychologie Les Tilleuls", "fr"),
        ("Liffey Counselling & Psychotherapy", "en"),
        ("Praktijk voor Psychotherapie De Linde", "nl"),
    ],
}
PRACTICE_PLACES = {
    "Mindspace Counselling Centre": "Lane 5, Koregaon Park, Pune 411001",
    "Sukoon Psychotherapy Clinic": "B-14 Hauz Khas Enclave, New Delhi 110016",
    "Northfield Counselling Practice": "9 Oakwood Lane, Leeds LS8 2JB",
    "Cedar Grove Counseling Associates": "1120 Cedar Ave, Suite 300, Boulder, CO 80304",
    "Psychotherapeutische Praxis am Stadtpark": "Parkstraße 7, 20249 Hamburg",
    "Studio di Psicologia Clinica Aurora": "Via Santo Stefano 38, 40125 Bologna",
    "Cabinet de Psychologie Les Tilleuls": "5 allée des Tilleuls, 33000 Bordeaux",
    "Liffey Counselling & Psychotherapy": "41 Ormond Quay Upper, Dublin 7 D07 W2X9",
    "Praktijk voor Psychotherapie De Linde": "Lindenlaan 23, 6821 AK Arnhem",
}
PRACTICE_IDS = {
    "Mindspace Counselling Centre": "Clinical psychologist: RCI Reg. No. A" + "41872",
    "Sukoon Psychotherapy Clinic": "RCI CRR No. A" + "30917",
    "Northfield Counselling Practice": "BACP registered member 0091274",
    "Cedar Grove Counseling Associates": "NPI 1487652093  ·  Tax ID 84-2231907",
    "Psychotherapeutische Praxis am Stadtpark": "Approbierte Psychologische Psychotherapeuten",
    "Studio di Psicologia Clinica Aurora": "Albo Psicologi Emilia-Romagna n. 8127  ·  P.IVA 03418270371",
    "Cabinet de Psychologie Les Tilleuls": "N° ADELI 339312487  ·  SIRET 889 412 006 00017",
    "Liffey Counselling & Psychotherapy": "IACP accredited practice  ·  CORU reg. CO-041277",
    "Praktijk voor Psychotherapie De Linde": "BIG-registratie 19051234516  ·  AGB-code 94061234",
}
SESSION_FEES = {
    "INR": ("Individual counselling session (50 min)", 2000.0),
    "GBP": ("Counselling session (50 min)", 65.0),
    "USD": ("Psychotherapy, 53 min (CPT 90837)", 180.0),
    "de": ("Verhaltenstherapie, Einzelbehandlung, GOP 870 (2,3-fach)", 100.55),
    "it": ("Seduta di psicoterapia individuale (50 min)", 80.0),
    "fr": ("Consultation psychologique (45 min)", 60.0),
    "IE": ("Psychotherapy session (50 min)", 75.0),
    "nl": ("Behandelsessie psychotherapie (60 min)", 112.0),
}


def therapy_session(rng: random.Random, font: str):
    """A counselling or psychotherapy practice's bill for one to four sessions (two Indian practices in rupees, a Leeds
    one in pounds, a Colorado one in dollars, a Dublin one in euros, and Hamburg, Bologna, Bordeaux and Arnhem ones on
    German, Italian, French and Dutch pages), an A4 letter or the practice system's e-mail: the practice's
    registrations (RCI, BACP, NPI and tax id, Albo and P.IVA, ADELI and SIRET, CORU, BIG and AGB numbers), the client
    (never the payee) and their codice fiscale, date of birth, insurer and policy number (never the id, the insurer
    never the payee), the therapist (never the payee), each session's day (never the day paid), a late-cancellation
    fee, the next appointment (never the day paid), a health-care VAT exemption, on Italian pages the 2% ENPAP
    contribution and the €2 stamp duty added, on US pages the insurer's payment taken off the charges (the amount is
    what the client paid), Total / Amount paid / Gesamtbetrag / Totale documento / Total / Totaal, the way to pay in a
    share, Receipt No / Invoice No / Rechnungsnummer / Fattura n. / Note n° / Factuurnummer in a share, Payment date /
    Zahlungseingang / Data pagamento / Date du paiement / Betaaldatum in a share; an outcome in a share (success,
    failed or pending)."""
    currency, practice, lang = _issuer(rng, PRACTICES)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs", "rs_slash", "code_before"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    status, words = _outcome66(rng, 0.5, lang, p_success=0.6, p_failed=0.2)
    key = _key(currency, lang)
    rows: list[tuple] = [
        ("title", practice),
        ("center", PRACTICE_PLACES[practice]),
        ("small", PRACTICE_IDS[practice]),
    ]
    settled = status not in ("failed", "pending")  # a bill not yet paid is an invoice, never a receipt
    heading = _say(
        rng,
        lang,
        en=["Receipt", "Invoice", "Statement for services"]
        if currency == "USD"
        else ["Receipt", "Invoice", "Session receipt"],
        de=["Privatrechnung", "Rechnung"],
        it=["Fattura", "Ricevuta sanitaria"],
        fr=["Note d'honoraires", "Reçu"],
        nl=["Factuur", "Nota"],
    )
    if not settled and heading.startswith(("Receipt", "Session receipt", "Ricevuta", "Reçu")):
        heading = {"en": "Invoice", "it": "Fattura", "fr": "Note d'honoraires"}[lang]
    rows.append(("center", heading))
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    client = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Client", "Patient", "Client name"],
                de=["Patient/in", "Rechnungsempfänger/in"],
                it=["Paziente", "Cliente"],
                fr=["Patient(e)", "Reçu de"],
                nl=["Cliënt", "Naam"],
            ),
            client,
        )
    )
    if key == "it":
        rows.append(
            (
                "pair",
                "Codice fiscale",
                code(rng, 6, UPPER)
                + digits(rng, 2)
                + code(rng, 1, "ABCDEHLMPRST")
                + digits(rng, 2)
                + code(rng, 1, UPPER)
                + digits(rng, 3)
                + code(rng, 1, UPPER),
            )
        )
    elif shown(rng, 0.4):
        born = day(rng).replace(year=rng.randint(1960, 2003))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Date of birth", "DOB"],
                    de=["Geburtsdatum"],
                    fr=["Né(e) le"],
                    nl=["Geboortedatum"],
                ),
                _d(born, pattern, lang),
            )
        )
    insured = key in ("USD", "nl") or (key == "INR" and shown(rng, 0.2))
    if insured:
        insurer = {
            "USD": rng.choice(["Aetna", "Cigna", "UnitedHealthcare"]),
            "nl": rng.choice(["Zilveren Kruis", "CZ", "Menzis"]),
            "INR": "Star Health",
        }[key]
        rows.append(
            (
                "pair",
                {"USD": "Insurance", "nl": "Zorgverzekeraar", "INR": "Insurer"}[key],
                insurer
                + "  "
                + {"USD": "Member ID W", "nl": "Polisnr. ", "INR": "Policy "}[key]
                + digits(rng, 9),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Therapist", "Clinician", "Counsellor", "Seen by"]
                if currency != "USD"
                else ["Clinician", "Rendering provider"],
                de=["Behandelnde Therapeutin", "Therapeut/in"],
                it=["Professionista", "Psicoterapeuta"],
                fr=["Praticienne", "Psychologue"],
                nl=["Behandelaar", "Regiebehandelaar"],
            ),
            ("Dr. " if rng.random() < 0.3 and lang in ("en", "de", "it") else "") + _pro(rng, currency, lang),
        )
    )
    rows.append(("rule",))
    name, unit = SESSION_FEES[key]
    n = rng.choice([1, 1, 2, 3, 4])
    first = _earlier(when, rng, 0, 3) if n == 1 else _earlier(when, rng, 7 * n, 7 * n + 4)
    net = 0.0
    for index in range(n):
        session_day = _later(first, rng, 7 * index, 7 * index + 1)
        label = f"{_d(session_day, pattern, lang)}  {name}" if n > 1 or shown(rng, 0.5) else name
        rows.append(("pair", label, _m(unit, grouping)))
        net = round(net + unit, 2)
    if shown(rng, 0.2):
        missed = _earlier(first, rng, 2, 6)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Late cancellation ({_d(missed, pattern, lang)})"],
                    de=[f"Ausfallhonorar ({_d(missed, pattern, lang)})"],
                    it=[f"Seduta non disdetta ({_d(missed, pattern, lang)})"],
                    fr=[f"Séance non annulée ({_d(missed, pattern, lang)})"],
                    nl=[f"Niet-nagekomen afspraak ({_d(missed, pattern, lang)})"],
                ),
                _m(round(unit * 0.5, 2), grouping),
            )
        )
        net = round(net + round(unit * 0.5, 2), 2)
    total = net
    if key == "it":
        enpap = round(net * 0.02, 2)
        rows.append(("pair", "Contributo ENPAP 2%", _m(enpap, grouping)))
        total = round(net + enpap, 2)
        rows.append(("small", rng.choice(EXEMPT["it"])))
        if total > 77.47:
            rows.append(("pair", "Marca da bollo", _m(2.0, grouping)))
            total = round(total + 2.0, 2)
    elif key != "USD":
        rows.append(("small", rng.choice(EXEMPT["INR" if currency == "INR" else lang])))
    amount = total
    if key == "USD" and insured:
        rows.append(("pair", "Total charges", _m(total, grouping)))
        paid_by_plan = round(total - rng.choice([25.0, 30.0, 40.0]) * n, 2)
        rows.append(("pair", "Insurance paid", "-" + _m(paid_by_plan, grouping)))
        amount = round(total - paid_by_plan, 2)
        label = rng.choice(
            ["Patient responsibility", "Copay due"]
            if status in ("failed", "pending")
            else ["Patient paid", "Copay paid", "Patient responsibility"]
        )
        rows.append(("pair", label, fmt(amount)))
    else:
        _total66(
            rng,
            rows,
            fmt,
            total,
            status,
            lang,
            _say(
                rng,
                lang,
                en=[["Total", "Total due", "Amount"]],
                de=[["Gesamtbetrag", "Rechnungsbetrag"]],
                it=[["Totale documento", "Totale"]],
                fr=[["Total", "Montant"]],
                nl=[["Totaal", "Te betalen"]],
            ),
        )
    kinds = (
        ["UPI", "card", "netbanking", "cash"] if currency == "INR" else ["card", "netbanking", "card", "cash"]
    )
    if key == "nl":
        kinds = ["netbanking", "card"]
    method = _pay66(rng, rows, currency, lang, kinds, 0.25, False, status)
    ref = {
        "INR": ("MCC/" if practice.startswith("Mindspace") else "SPC-")
        + f"{when.year % 100}/"
        + digits(rng, 4),
        "GBP": "NCP" + digits(rng, 4),
        "USD": digits(rng, 6),
        "de": f"{when.year}/{digits(rng, 3)}",
        "it": f"{rng.randint(1, 180)}/{when.year}",
        "fr": f"{when.year}-{digits(rng, 4)}",
        "IE": "LCP-" + digits(rng, 5),
        "nl": f"F{when.year}{digits(rng, 4)}",
    }[key]
    txn = _id(
        rng,
        rows,
        {
            "en": ["Receipt No", "Invoice No", "Invoice #"] if settled else ["Invoice No", "Invoice #"],
            "de": ["Rechnungsnummer", "Rechnungs-Nr."],
            "it": ["Fattura n.", "Ricevuta n."] if settled else ["Fattura n."],
            "fr": ["Note n°", "Reçu n°"] if settled else ["Note n°"],
            "nl": ["Factuurnummer", "Notanummer"],
        }[lang],
        ref,
        0.2,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Date of payment", "Date paid"],
            "de": ["Zahlungseingang", "Zahlungsdatum"],
            "it": ["Data pagamento", "Data incasso"],
            "fr": ["Date du paiement", "Réglé le"],
            "nl": ["Betaaldatum", "Datum betaling"],
        }[lang],
        0.25,
        0.2,
        status,
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Next appointment", "Next session"],
                    de=["Nächster Termin"],
                    it=["Prossimo appuntamento"],
                    fr=["Prochain rendez-vous"],
                    nl=["Volgende afspraak"],
                ),
                _d(_later(when, rng, 5, 15), pattern, lang) + " " + _hour(rng, lang),
            )
        )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[
                    "Sessions cancelled with less than 48 hours' notice are charged.",
                    "Please keep this receipt for your insurer.",
                ],
                de=["Abrechnung nach der Gebührenordnung für Psychotherapeuten (GOP)."],
                it=["Pagamento tracciabile ai fini della detrazione (art. 15 TUIR)."],
                fr=["Séances non remboursées par l'Assurance Maladie."],
                nl=["Deze nota kunt u indienen bij uw zorgverzekeraar."],
            ),
        )
    )
    truth = truth_fields(practice, amount, currency, txn, dated, method, status)
    style = PAPER if shown(rng, 0.55) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 19), practice)


# ---------------------------------------------------------------- 5 a heritage or museums body's annual membership


HERITAGE = {
    "INR": [("Indian National Trust for Art and Cultural Heritage", "en")],
    "GBP": [("National Trust", "en"), ("English Heritage", "en")],
    "USD": [("Historic New England", "en")],
    "EUR": [
        ("Museumkaart", "nl"),
        ("Office of Public Works", "en"),
        ("Centre des monuments nationaux", "fr"),
        ("FAI - Fondo per l'Ambiente Italiano", "it"),
        ("Staatliche Museen zu Berlin", "de"),
    ],
}
HERITAGE_LINES = {
    "Indian National Trust for Art and Cultural Heritage": "INTACH Membership - Bengaluru Chapter",
    "National Trust": "Membership confirmation",
    "English Heritage": "Welcome to English Heritage membership",
    "Historic New England": "Membership Services",
    "Museumkaart": "Bevestiging van je bestelling",
    "Office of Public Works": "Heritage Card - Heritage Ireland",
    "Centre des monuments nationaux": "Carte Passion Monuments",
    "FAI - Fondo per l'Ambiente Italiano": "Conferma di iscrizione",
    "Staatliche Museen zu Berlin": "Jahreskarte - Bestätigung",
}
# (kind, price, members named)
MEMBERSHIPS = {
    "Indian National Trust for Art and Cultural Heritage": [
        ("Annual membership - Individual", 1500.0, 1),
        ("Student membership", 300.0, 1),
        ("Life membership", 15000.0, 1),
    ],
    "National Trust": [
        ("Individual annual", 91.2, 1),
        ("Joint annual", 150.0, 2),
        ("Family - two adults", 163.2, 4),
    ],
    "English Heritage": [("Adult membership", 80.0, 1), ("Joint membership", 140.0, 2)],
    "Historic New England": [
        ("Household membership", 100.0, 3),
        ("Dual membership", 80.0, 2),
        ("Individual membership", 55.0, 1),
    ],
    "Museumkaart": [("Museumkaart volwassene", 75.0, 1), ("Museumkaart jongeren t/m 18 jaar", 37.5, 1)],
    "Office of Public Works": [
        ("Heritage Card - Adult", 40.0, 1),
        ("Heritage Card - Family", 90.0, 4),
        ("Heritage Card - Senior", 30.0, 1),
    ],
    "Centre des monuments nationaux": [
        ("Passion Monuments Solo", 45.0, 1),
        ("Passion Monuments Duo", 65.0, 2),
    ],
    "FAI - Fondo per l'Ambiente Italiano": [
        ("Iscrizione Ordinario", 39.0, 1),
        ("Iscrizione Famiglia", 65.0, 3),
        ("Iscrizione Giovani", 15.0, 1),
    ],
    "Staatliche Museen zu Berlin": [("Jahreskarte Classic", 50.0, 1), ("Jahreskarte Classic Plus", 100.0, 1)],
}
HOME_PLACES = {
    "National Trust": ["Stourhead", "Fountains Abbey", "Sissinghurst Castle Garden"],
    "English Heritage": ["Dover Castle", "Stonehenge", "Kenilworth Castle"],
    "Historic New England": ["Codman Estate", "Hamilton House"],
    "Office of Public Works": ["Kilkenny Castle", "Brú na Bóinne"],
    "Centre des monuments nationaux": ["Arc de Triomphe", "Mont-Saint-Michel"],
    "FAI - Fondo per l'Ambiente Italiano": ["Villa del Balbianello", "Castello di Masino"],
}


def heritage_membership(rng: random.Random, font: str):
    """A heritage or museums body's annual membership bought online (INTACH in rupees, the National Trust and English
    Heritage in pounds, Historic New England in dollars, the OPW Heritage Card in euros, and the Museumkaart, the
    Centre des monuments nationaux, the FAI and Berlin's state museums on Dutch, French, Italian and German pages), an
    e-mail or a screen: the lead and joint members and the children named (never the payee), the membership number
    and card number (never the id), the card's validity (Valid until / Geldig t/m / Valable jusqu'au / Scadenza /
    Gültig bis; never the day paid), a favourite property (never the payee), the membership, an added donation
    (part of the amount), an administration fee, Gift Aid the charity will claim or the tax-deductible share (never
    the amount), an 80G note, Total / Amount paid / Totaal / Montant / Totale / Gesamt, the way to pay in a share,
    Order number / Bestelnummer / N° de commande / Numero ordine / Bestellnummer / Transaction ID in a share, Date of
    purchase / Order date / Besteldatum / Date d'achat / Data / Kaufdatum in a share; an outcome in a share (success,
    failed or pending)."""
    currency, body, lang = _issuer(rng, HERITAGE)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "sign_space", "code_before", "rs"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    status, words = _outcome66(rng, 0.55, lang, p_success=0.6, p_failed=0.2)
    kind, price, named = rng.choice(MEMBERSHIPS[body])
    line = HERITAGE_LINES[body]
    if status in ("failed", "pending"):  # no welcome nor confirmation before the money is in
        line = {"National Trust": "Your membership order", "English Heritage": "Your membership order"}.get(
            body,
            line.replace("Bevestiging van je bestelling", "Je bestelling")
            .replace("Conferma di iscrizione", "Riepilogo iscrizione")
            .replace("Jahreskarte - Bestätigung", "Jahreskarte - Bestellung"),
        )
    rows: list[tuple] = [("title", body), ("center", line)]
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    lead = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Lead member", "Member", "Primary member", "Name"],
                de=["Karteninhaber/in"],
                fr=["Titulaire", "Adhérent(e)"],
                nl=["Kaarthouder", "Naam"],
                it=["Iscritto", "Socio"],
            ),
            lead,
        )
    )
    if named >= 2:
        second = _who(rng, currency, lang)
        while second == lead:
            second = _who(rng, currency, lang)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Joint member", "Second adult"],
                    fr=["Second titulaire"],
                    it=["Secondo socio"],
                ),
                second,
            )
        )
    if named >= 3:
        kids = rng.sample(
            ["Alfie", "Isla", "Mason", "Ava", "Finn"] if lang == "en" else ["Emma", "Noah", "Mia", "Leo"],
            named - 2,
        )
        rows.append(
            ("pair", _say(rng, lang, en=["Children", "Children included"], it=["Figli"]), ", ".join(kids))
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Membership", "Membership type"],
                de=["Karte"],
                fr=["Formule"],
                nl=["Product"],
                it=["Tipo di iscrizione"],
            ),
            kind,
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Membership no", "Membership number", "Membership card no"],
                    de=["Kartennummer"],
                    fr=["N° d'adhérent"],
                    nl=["Kaartnummer", "Museumkaartnummer"],
                    it=["Tessera n."],
                ),
                digits(rng, rng.choice([8, 9, 10])),
            )
        )
    expiry = _earlier(when.replace(year=when.year + 1), rng, 0, 2)
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Valid until", "Expires", "Card valid to"],
                    de=["Gültig bis"],
                    fr=["Valable jusqu'au"],
                    nl=["Geldig t/m"],
                    it=["Scadenza", "Valida fino al"],
                ),
                _d(expiry, pattern, lang),
            )
        )
    if body in HOME_PLACES and shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Your nearest place", "Favourite property"],
                    fr=["Monument préféré"],
                    it=["Bene preferito"],
                ),
                rng.choice(HOME_PLACES[body]),
            )
        )
    rows.append(("rule",))
    rows.append(("pair", kind, _m(price, grouping)))
    total = price
    if body == "Museumkaart":
        rows.append(("pair", "Eenmalige administratiekosten", _m(5.95, grouping)))
        total = round(total + 5.95, 2)
    if shown(rng, 0.3) and body != "Museumkaart":
        gift = {"INR": 500.0, "GBP": 10.0, "USD": 25.0, "EUR": 10.0}[currency]
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Additional donation", "Donation"],
                    de=["Spende"],
                    fr=["Don"],
                    it=["Donazione aggiuntiva"],
                ),
                _m(gift, grouping),
            )
        )
        total = round(total + gift, 2)
    _total66(rng, rows, fmt, total, status, lang)
    if currency == "GBP" and shown(rng, 0.6):
        rows.append(
            (
                "small",
                f"Gift Aid: we can claim an extra {fmt(round(total * 0.25, 2))} from HMRC at no cost to you.",
            )
        )
    if currency == "USD" and shown(rng, 0.6):
        rows.append(("small", f"Tax-deductible portion: {fmt(round(total * 0.75, 2))}"))
    if currency == "INR" and shown(rng, 0.6):
        rows.append(
            ("small", "Eligible for deduction under Section 80G of the Income-tax Act (PAN AAATI0017P)")
        )
    kinds = ["UPI", "card", "netbanking"] if currency == "INR" else ["card", "card", "wallet", "netbanking"]
    if lang == "nl":
        kinds = ["netbanking", "netbanking", "card"]
    method = _pay66(rng, rows, currency, lang, kinds, 0.25, True, status)
    ref = {
        "INR": "INT/MEM/" + digits(rng, 5),
        "GBP": digits(rng, 8),
        "USD": "HNE" + digits(rng, 7),
        "EUR": {
            "nl": "MK" + digits(rng, 8),
            "en": "OPW" + digits(rng, 7),
            "fr": "CMN-" + digits(rng, 7),
            "it": digits(rng, 9),
            "de": "SMB-" + code(rng, 6, ALNUM),
        }[lang],
    }[currency]
    txn = _id(
        rng,
        rows,
        {
            "en": ["Order number", "Transaction ID", "Order ref"],
            "de": ["Bestellnummer", "Vorgangsnummer"],
            "fr": ["N° de commande", "Référence de commande"],
            "nl": ["Bestelnummer", "Ordernummer"],
            "it": ["Numero ordine", "ID transazione"],
        }[lang],
        ref,
        0.2,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date of purchase", "Purchased on", "Order date"],
            "de": ["Kaufdatum", "Bestellt am"],
            "fr": ["Date d'achat", "Commande du"],
            "nl": ["Besteldatum", "Datum bestelling"],
            "it": ["Data", "Data acquisto"],
        }[lang],
        0.25,
        0.4,
        status,
    )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[
                    "Your membership card will arrive within 14 days.",
                    "Show your digital card at the entrance.",
                ],
                de=["Die Jahreskarte ist nicht übertragbar."],
                fr=["Votre carte vous sera envoyée sous 10 jours."],
                nl=["Je tijdelijke kaart is 31 dagen geldig voor maximaal 5 museumbezoeken."],
                it=["La tessera ti sarà spedita entro 15 giorni."],
            ),
        )
    )
    truth = truth_fields(body, total, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.65) else SCREEN
    return rows, truth, _page(font, rows, _sized(style, 19), body)


# ---------------------------------------------------------------- 6 a council's garden-waste collection or drop-off


GREEN = {
    "INR": [("Bruhat Bengaluru Mahanagara Palike", "en")],
    "GBP": [("Leeds City Council", "en"), ("Wiltshire Council", "en")],
    "USD": [("City of Ann Arbor", "en")],
    "EUR": [
        ("Abfallwirtschaftsbetrieb Esslingen", "de"),
        ("Gemeente Haarlem", "nl"),
        ("Ville de Rennes", "fr"),
        ("Fingal County Council", "en"),
        ("Comune di Bergamo", "it"),
    ],
}
GREEN_STREETS = {
    "INR": [
        "No. 44, 6th Cross, HSR Layout Sector 2, Bengaluru 560102",
        "17 Kanakapura Rd, JP Nagar 7th Phase, Bengaluru 560078",
    ],
    "Leeds City Council": ["12 Otley Old Road, Leeds LS16 6HA", "7 Harehills Lane, Leeds LS8 4HQ"],
    "Wiltshire Council": ["3 Church Lane, Devizes SN10 1EH", "41 Oakfield Avenue, Chippenham SN15 1LX"],
    "USD": ["2217 Packard St, Ann Arbor, MI 48104", "905 Brooks St, Ann Arbor, MI 48103"],
    "de": ["Mülberger Straße 12, 73728 Esslingen", "Weilstraße 3, 73733 Esslingen"],
    "nl": ["Kleverparkweg 48, 2023 CD Haarlem", "Zijlweg 131, 2015 BJ Haarlem"],
    "fr": ["14 rue de Fougères, 35700 Rennes", "3 allée Marie Curie, 35000 Rennes"],
    "IE": ["Coolmine Recycling Centre, Dublin 15"],
    "it": ["Via Broseta 27, 24128 Bergamo", "Via Corridoni 8, 24124 Bergamo"],
}


def garden_waste(rng: random.Random, font: str):
    """A council's garden-waste payment (Bengaluru's BBMP in rupees for a tree-trimming pickup, Leeds and Wiltshire in
    pounds for a year's green-bin subscription, Ann Arbor in dollars for a compost cart, Fingal's recycling centre in
    euros for a drop-off, and Esslingen, Haarlem, Rennes and Bergamo on German, Dutch, French and Italian pages for a
    bin's year or a pickup booked), a portal's receipt, an e-mail or a recycling centre's slip: the resident and the
    property (never the payee), a UPRN, an application, case, account, Kassenzeichen, zaaknummer, usager or TARI
    number, a bin permit's or sticker's number, a car's registration (none of them the id), the first collection's,
    the pickup's or the collection day (never the day paid), bins, loads or sacks at a fee, a concession taken off, a
    weight at a rate, Total / Amount paid / Gesamt / Totaal / Montant / Totale, the way to pay in a share, Payment
    reference / Transaction ID / Confirmation number / Quittungsnummer / Transactienummer / Référence de l'opération
    / ID transazione / Ticket no in a share, Date / Payment date / Zahlungsdatum / Betaaldatum / Date de paiement /
    Data pagamento in a share; an outcome in a share (success, failed or pending)."""
    currency, council, lang = _issuer(rng, GREEN)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs", "code_before", "rs_slash"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    key = _key(currency, lang)
    slip = key == "IE" or (key == "de" and shown(rng, 0.4))
    # a recycling centre's slip is paid or declined at the gate; a portal's payment may also wait
    status, words = _outcome66(rng, 0.35 if slip else 0.6, lang, 0.7 if slip else 0.6, 0.3 if slip else 0.2)
    rows: list[tuple] = [("title", council)]
    service = {
        "INR": "Solid Waste Management - Garden waste / tree trimming pickup",
        "GBP": "Garden Waste Collection Service",
        "USD": "Public Works - Compost Cart Subscription",
        "de": "Wertstoffhof Stadtmitte - Grüngutannahme" if slip else "Gartenabfall: Grüngutabholung",
        "nl": "Ophalen snoei- en tuinafval",
        "fr": "Collecte des déchets verts à domicile",
        "IE": "Coolmine Recycling Centre",
        "it": "Servizio ritiro sfalci e potature a domicilio",
    }[key]
    rows.append(("center", service))
    if slip:
        rows.append(
            ("center", _say(rng, lang, en=["RECEIPT", "Customer receipt"], de=["Kassenbeleg", "Quittung"]))
        )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    resident = _who(rng, currency, lang)
    address = rng.choice(GREEN_STREETS[council if key == "GBP" else key])
    if slip:
        reg = (
            f"{rng.choice(['241', '222', '191'])}-D-{digits(rng, rng.choice([4, 5]))}"
            if key == "IE"
            else f"ES-{code(rng, 2, UPPER)} {digits(rng, 3)}"
        )
        rows.append(("pair", "Vehicle reg" if key == "IE" else "Kennzeichen", reg))
    else:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Name", "Customer", "Resident", "Applicant"],
                    de=["Name", "Gebührenpflichtige/r"],
                    fr=["Usager", "Nom"],
                    nl=["Aanvrager", "Naam"],
                    it=["Richiedente", "Intestatario"],
                ),
                resident,
            )
        )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Property", "Address", "Collection address", "Service address"],
                    de=["Objekt", "Abholadresse"],
                    fr=["Adresse de collecte"],
                    nl=["Ophaaladres", "Adres"],
                    it=["Indirizzo di ritiro"],
                ),
                address,
            )
        )
        other_no = {
            "INR": ("Application No", "SWM/GW/" + digits(rng, 6)),
            "GBP": ("UPRN", digits(rng, 12)),
            "USD": ("Utility account", digits(rng, 6) + "-" + digits(rng, 5)),
            "de": ("Kassenzeichen", f"5.{digits(rng, 4)}.{digits(rng, 6)}.{digits(rng, 1)}"),
            "nl": ("Zaaknummer", "Z-" + f"{when.year % 100}-" + digits(rng, 6)),
            "fr": ("N° usager", digits(rng, 8)),
            "it": ("Codice utente TARI", digits(rng, 7)),
        }[key]
        if shown(rng, 0.3):
            rows.append(("pair", *other_no))
    rows.append(("rule",))
    if key == "GBP":
        bins = rng.choice([1, 1, 2])
        unit = rng.choice([45.0, 48.0, 52.0])
        rows.append(("left", f"Garden waste subscription {when.year}/{(when.year + 1) % 100:02d}"))
        rows.append(("pair", f"{bins} x bin @ {_m(unit, grouping)}", _m(bins * unit, grouping)))
        total = round(bins * unit, 2)
        if shown(rng, 0.25):
            rows.append(("pair", "Concession (50%)", "-" + _m(round(total / 2, 2), grouping)))
            total = round(total / 2, 2)
        if shown(rng, 0.5):
            rows.append(("pair", "Permit number", "GW" + digits(rng, 6)))
        start = _later(when, rng, 7, 30)
        rows.append(("pair", rng.choice(["First collection", "Collections start"]), _d(start, pattern, lang)))
        rows.append(
            ("pair", "Collection day", rng.choice(["Tuesday (fortnightly)", "Friday, every other week"]))
        )
    elif key == "INR":
        loads = rng.randint(1, 3)
        rows.append(
            (
                "pair",
                f"Pickup charges ({loads} load{'s' if loads > 1 else ''} @ {_m(500.0, grouping)})",
                _m(500.0 * loads, grouping),
            )
        )
        total = 500.0 * loads
        if shown(rng, 0.5):
            rows.append(("pair", "Convenience fee", _m(10.0, grouping)))
            total += 10.0
        rows.append(("pair", "Ward", "174 - HSR Layout" if "HSR" in address else "177 - JP Nagar"))
        rows.append(("pair", "Pickup scheduled on", _d(_later(when, rng, 2, 10), pattern, lang)))
    elif key == "USD":
        rows.append(("pair", f"Compost cart (96 gal), season {when.year}", _m(40.0, grouping)))
        total = 40.0
        if shown(rng, 0.4):
            rows.append(("pair", "Additional cart", _m(40.0, grouping)))
            total = 80.0
        rows.append(("pair", "Service begins", _d(_later(when, rng, 5, 30), pattern, lang)))
    elif key == "IE":
        kind, unit = rng.choice(
            [
                ("Green waste - car boot", 5.0),
                ("Green waste - car + trailer", 20.0),
                ("Green waste by weight", 0.0),
            ]
        )
        if unit:
            rows.append(("pair", kind, _m(unit, grouping)))
            total = unit
        else:
            kg = rng.randint(60, 340)
            total = round(max(kg * 0.15, 5.0), 2)
            rows.append(("pair", f"Green waste {kg} kg @ {_m(0.15, grouping)}/kg", _m(total, grouping)))
        rows.append(("pair", "Weighbridge ticket", digits(rng, 5)))
    elif key == "de" and slip:
        kind, unit = rng.choice(
            [
                ("Grüngut bis 1 m³ (PKW)", 6.0),
                ("Grüngut Anhänger bis 2 m³", 12.0),
                ("Baum- und Strauchschnitt 0,5 m³", 3.0),
            ]
        )
        n = rng.choice([1, 1, 2])
        rows.append(("pair", f"{n} x {kind}" if n > 1 else kind, _m(unit * n, grouping)))
        total = round(unit * n, 2)
    else:
        kind, unit = {
            "de": ("Grüngutabholung bis 3 m³", 35.0),
            "nl": ("Ophalen tuinafval (max. 2 m³)", 27.5),
            "fr": ("Forfait collecte déchets verts (1 m³)", 18.0),
            "it": ("Ritiro sfalci e potature (fino a 1 m³)", 25.0),
        }[key]
        n = rng.choice([1, 1, 2])
        rows.append(("pair", f"{n} x {kind}" if n > 1 else kind, _m(unit * n, grouping)))
        total = round(unit * n, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    de=["Abholtermin"],
                    nl=["Ophaaldatum"],
                    fr=["Date de passage"],
                    it=["Data ritiro"],
                ),
                _d(_later(when, rng, 3, 21), pattern, lang),
            )
        )
    _total66(rng, rows, fmt, total, status, lang)
    if slip:
        kinds = ["card", "cash"]
    elif currency == "INR":
        kinds = ["UPI", "netbanking", "card"]
    else:
        kinds = ["card", "card", "netbanking"] if lang != "nl" else ["netbanking", "card"]
    method = _pay66(rng, rows, currency, lang, kinds, 0.2, not slip, status)
    if method == "cash" and shown(rng, 0.5):
        given = float(int(total // 5) * 5 + 5)
        rows.append(("pair", "Cash tendered" if key == "IE" else "Gegeben", _m(given, grouping)))
        rows.append(("pair", "Change" if key == "IE" else "Rückgeld", _m(round(given - total, 2), grouping)))
    ref = {
        "INR": "BBMP" + digits(rng, 12),
        "GBP": rng.choice(["GW-", "PAY", ""]) + digits(rng, 8),
        "USD": digits(rng, 9),
        "de": digits(rng, 6) if slip else f"GA-{when.year}-{digits(rng, 5)}",
        "nl": digits(rng, 10),
        "fr": "PF" + digits(rng, 12),
        "IE": digits(rng, 6),
        "it": code(rng, 4, UPPER) + digits(rng, 8),
    }[key]
    labels = {
        "INR": ["Transaction ID", "Receipt No"],
        "GBP": ["Payment reference", "Transaction reference", "Order reference"],
        "USD": ["Confirmation number", "Receipt #"],
        "de": ["Beleg-Nr.", "Bon-Nr."] if slip else ["Quittungsnummer", "Buchungsnummer"],
        "nl": ["Transactienummer", "Betaalreferentie"],
        "fr": ["Référence de l'opération", "N° de transaction"],
        "IE": ["Ticket no", "Receipt no"],
        "it": ["ID transazione", "Numero ricevuta"],
    }[key]
    txn = _id(rng, rows, labels, ref, 0.2)
    if slip and shown(rng, 0.6):
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
        dated = when
    else:
        dated = _dated66(
            rng,
            rows,
            when,
            pattern,
            currency,
            lang,
            {
                "en": ["Payment date", "Date paid", "Date"],
                "de": ["Zahlungsdatum", "Datum"],
                "fr": ["Date de paiement", "Payé le"],
                "nl": ["Betaaldatum", "Datum"],
                "it": ["Data pagamento", "Data"],
            }[lang],
            0.2,
            0.5,
            status,
        )
    if key == "fr":
        rows.append(("small", "Paiement sécurisé PayFiP - Direction générale des Finances publiques"))
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=["Please keep this receipt.", "No soil, rubble or food waste."],
                de=["Nur unbehandelter Grünschnitt."],
                nl=["Zet het tuinafval gebundeld aan de straat."],
                fr=["Merci de présenter les déchets en fagots."],
                it=["Esporre il materiale entro le ore 7 del giorno di ritiro."],
            ),
        )
    )
    truth = truth_fields(council, total, currency, txn, dated, method, status)
    style = _sized(PAPER, 19) if slip else _sized(rng.choice([SCREEN, EMAIL, PAPER]), 19)
    return rows, truth, _page(font, rows, style, council, 420 if slip else None)


# ---------------------------------------------------------------- 7 a travel clinic's vaccination till receipt


TRAVEL_CLINICS = {
    "INR": [("Airport Health Organisation, Mumbai", "en"), ("Port Health Organisation, Chennai", "en")],
    "GBP": [("Globetrotter Travel Clinic", "en")],
    "USD": [("Summit Travel Medicine", "en")],
    "EUR": [
        ("GGD Amsterdam Reizigersvaccinaties", "nl"),
        ("Reisemedizinisches Zentrum Hamburg", "de"),
        ("Liffey Travel Health Centre", "en"),
        ("Centro Vaccinazioni Internazionali Milano", "it"),
        ("Centre de vaccinations internationales Lyon", "fr"),
    ],
}
CLINIC_PLACES = {
    "Airport Health Organisation, Mumbai": "Terminal 2, CSMI Airport, Mumbai 400099",
    "Port Health Organisation, Chennai": "Rajaji Salai, Chennai 600001",
    "Globetrotter Travel Clinic": "88 Deansgate, Manchester M3 2ER",
    "Summit Travel Medicine": "1750 Market St, Denver, CO 80202",
    "GGD Amsterdam Reizigersvaccinaties": "Nieuwe Achtergracht 100, 1018 WT Amsterdam",
    "Reisemedizinisches Zentrum Hamburg": "Bernhard-Nocht-Straße 74, 20359 Hamburg",
    "Liffey Travel Health Centre": "5 Westmoreland Street, Dublin 2",
    "Centro Vaccinazioni Internazionali Milano": "Via Statuto 5, 20121 Milano",
    "Centre de vaccinations internationales Lyon": "5 place d'Arsonval, 69003 Lyon",
}
VACCINES = {
    "INR": [("Yellow fever vaccination", 300.0), ("ICV certificate (duplicate)", 100.0)],
    "GBP": [
        ("Travel consultation", 20.0),
        ("Hepatitis A (dose 1)", 55.0),
        ("Typhoid", 45.0),
        ("Rabies (1 of 3)", 75.0),
        ("Yellow fever + ICVP", 85.0),
        ("Cholera (Dukoral)", 70.0),
    ],
    "USD": [
        ("Travel consult", 95.0),
        ("Yellow fever (YF-VAX)", 210.0),
        ("Typhoid (Typhim Vi)", 120.0),
        ("Hepatitis A (Havrix)", 125.0),
        ("Rabies pre-exposure, dose 1", 395.0),
    ],
    "nl": [
        ("Consult reizigersadvies", 29.0),
        ("Gele koorts", 67.5),
        ("Hepatitis A", 55.0),
        ("Buiktyfus", 43.0),
        ("Vaccinatieboekje", 5.0),
    ],
    "de": [
        ("Reisemedizinische Beratung", 25.0),
        ("Gelbfieber (Stamaril) inkl. Zertifikat", 65.0),
        ("Tollwut (Rabipur) 1. Dosis", 89.0),
        ("Typhus (Typhim Vi)", 39.0),
        ("Hepatitis A (Havrix 1440)", 59.0),
    ],
    "IE": [
        ("Travel consultation", 40.0),
        ("Yellow fever", 85.0),
        ("Typhoid", 50.0),
        ("Hepatitis A", 60.0),
        ("Rabies (dose 1)", 90.0),
    ],
    "it": [
        ("Consulenza pre-viaggio", 20.0),
        ("Vaccino febbre gialla", 38.0),
        ("Vaccino tifo orale", 25.0),
        ("Vaccino epatite A", 45.0),
    ],
    "fr": [
        ("Consultation voyage", 25.0),
        ("Fièvre jaune (Stamaril) + certificat", 76.0),
        ("Hépatite A", 48.0),
        ("Typhoïde", 42.0),
    ],
}
DESTINATIONS = ["Kenya", "Tanzania", "Ghana", "Peru", "Brazil", "Thailand", "Uganda", "Colombia", "Vietnam"]


def travel_vaccination(rng: random.Random, font: str):
    """A travel vaccination clinic's till receipt (Mumbai's airport and Chennai's port health organisations in rupees,
    a Manchester clinic in pounds, a Denver clinic in dollars, a Dublin centre in euros, and Amsterdam's GGD, a Hamburg
    centre, Milan's and Lyon's international vaccination centres on Dutch, German, Italian and French pages), a
    thermal slip: the traveller (never the payee), their date of birth and passport number, the destination, each
    vaccine at a price with its batch and expiry (``Lot AB123C exp 08/2027``), the certificate's (ICVP) number, the
    next dose's day (none of them the id or the day paid), VAT exemption, TOTAL / TOTAAL / GESAMT / TOTALE, the card
    or cash (tendered and change) under the till's wording in a share, Receipt No / Bonnummer / Beleg-Nr. / Ricevuta
    n. / Reçu n° in a share, the date and time bare or under Date / Datum / Data in a share; PAID / APPROVED / BETAALD
    / BEZAHLT / PAGATO / PAYÉ or a decline (DECLINED / GEWEIGERD / ABGELEHNT / RIFIUTATA / REFUSÉ) in a share."""
    currency, clinic, lang = _issuer(rng, TRAVEL_CLINICS)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["rs", "sign", "code_before"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    key = _key(currency, lang)
    rows: list[tuple] = [("title", clinic), ("center", CLINIC_PLACES[clinic])]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["RECEIPT", "CASH RECEIPT"] if currency == "INR" else ["RECEIPT", "SALES RECEIPT"],
                de=["QUITTUNG"],
                nl=["KASSABON", "BETAALBEWIJS"],
                it=["RICEVUTA"],
                fr=["REÇU"],
            ),
        )
    )
    placement = rng.choice(["top", "bottom", "label", "label", "none"])  # where the day paid is printed
    dated = None
    if placement == "top":
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
        dated = when
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Traveller", "Patient", "Client"],
                de=["Reisende/r", "Patient/in"],
                nl=["Reiziger", "Cliënt"],
                it=["Viaggiatore", "Assistito"],
                fr=["Voyageur", "Patient"],
            ),
            _who(rng, currency, lang),
        )
    )
    if shown(rng, 0.4):
        born = day(rng).replace(year=rng.randint(1955, 2005))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["DOB"],
                    de=["Geb.-Datum"],
                    nl=["Geb.datum"],
                    it=["Nato/a il"],
                    fr=["Né(e) le"],
                ),
                _d(born, pattern, lang),
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Passport no", "Passport"],
                    de=["Reisepass-Nr."],
                    nl=["Paspoortnr."],
                    it=["Passaporto n."],
                    fr=["Passeport n°"],
                ),
                code(rng, 1, "CKLMNPRTVZ" if currency != "INR" else "JKLMNPRTUVWZ") + digits(rng, 7),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Destination"],
                de=["Reiseziel"],
                nl=["Bestemming"],
                it=["Destinazione"],
                fr=["Destination"],
            ),
            rng.choice(DESTINATIONS),
        )
    )
    rows.append(("rule",))
    table = VACCINES[key]
    if currency == "INR":
        picks = [table[0]] + ([table[1]] if shown(rng, 0.7) else [])
    else:
        picks = rng.sample(table[1:], rng.randint(1, 3))
        if shown(rng, 0.6):
            picks = [table[0]] + picks
    total = 0.0
    for name, price in picks:
        rows.append(("pair", name, _m(price, grouping)))
        total = round(total + price, 2)
        if (
            price
            and "onsult" not in name
            and "Beratung" not in name
            and "ertificat" not in name
            and shown(rng, 0.6)
        ):
            expiry = _later(when, rng, 180, 700)
            rows.append(
                (
                    "small",
                    f"Lot {code(rng, 2, UPPER)}{digits(rng, 3)}{code(rng, 1, UPPER)}  exp {expiry.month:02d}/{expiry.year}",
                )
            )
    if currency == "INR":
        total_words = _words_inr(int(total))
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["ICVP no", "Certificate no"],
                    de=["Zertifikat-Nr."],
                    nl=["Certificaatnr."],
                    it=["Certificato n."],
                    fr=["N° de certificat"],
                ),
                ("MUM/" if "Mumbai" in clinic else "") + digits(rng, 7),
            )
        )
    if key not in ("INR", "USD"):
        rows.append(("small", rng.choice(EXEMPT[lang])))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["TOTAL", "Total", "AMOUNT DUE"],
                de=["GESAMT", "SUMME"],
                nl=["TOTAAL", "Te betalen"],
                it=["TOTALE", "Totale"],
                fr=["TOTAL", "Total TTC"],
            ),
            fmt(total),
        )
    )
    if currency == "INR" and shown(rng, 0.6):
        rows.append(("small", total_words))
    roll = rng.random()
    status = None if roll < 0.4 else ("failed" if roll < 0.55 else "success")
    method_labels = {
        "en": ["Tender", "Paid by", "Payment"],
        "de": ["Zahlart", "Bezahlt mit"],
        "nl": ["Betaalwijze", "Betaald met"],
        "it": ["Pagamento", "Pagato con"],
        "fr": ["Règlement", "Payé par"],
    }[lang]
    if currency == "INR" and status == "failed":
        rows.append(("pair", "Payment mode", "BHIM UPI"))
        method = "UPI"
    elif currency != "INR" and (status == "failed" or shown(rng, 0.5)):
        scheme = rng.choice(
            ["girocard", "VISA", "Mastercard"] if lang == "de" else ["VISA", "MASTERCARD", "MAESTRO", "AMEX"]
        )
        rows.append(("left", f"{scheme}  ************{digits(rng, 4)}"))
        rows.append(
            (
                "left",
                rng.choice(
                    ["kontaktlos", "CHIP"] if lang == "de" else ["CONTACTLESS", "CHIP", "PIN VERIFIED"]
                ),
            )
        )
        method = "card"
    else:
        kinds = ["cash", "cash", "UPI"] if currency == "INR" else ["card", "cash"]
        method = _pay66(rng, rows, currency, lang, kinds, 0.2, False, status, method_labels)
        if method == "cash" and shown(rng, 0.5):
            step = 500.0 if currency == "INR" else 10.0
            given = (int(total // step) + 1) * step
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Cash tendered", "Tendered"],
                        de=["Gegeben"],
                        nl=["Ontvangen"],
                        it=["Contanti"],
                        fr=["Espèces reçues"],
                    ),
                    _m(given, grouping),
                )
            )
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Change"],
                        de=["Rückgeld"],
                        nl=["Wisselgeld"],
                        it=["Resto"],
                        fr=["Rendu"],
                    ),
                    _m(round(given - total, 2), grouping),
                )
            )
    if status:
        words = {
            "success": {
                "en": ["PAID", "APPROVED", "** PAID **"],
                "de": ["BEZAHLT", "Zahlung erfolgt"],
                "nl": ["BETAALD", "Betaling geslaagd"],
                "it": ["PAGATO", "TRANSAZIONE ESEGUITA"],
                "fr": ["PAYÉ", "PAIEMENT ACCEPTÉ"],
            },
            "failed": {
                "en": ["DECLINED", "CARD DECLINED"],
                "de": ["ABGELEHNT", "Zahlung abgelehnt"],
                "nl": ["GEWEIGERD", "Betaling geweigerd"],
                "it": ["RIFIUTATA", "TRANSAZIONE NEGATA"],
                "fr": ["REFUSÉ", "PAIEMENT REFUSÉ"],
            },
        }[status][lang]
        if currency == "INR" and status == "failed":
            words = ["UPI payment failed", "Transaction failed"]
        rows.append(("center", rng.choice(words)))
    ref = {
        "INR": ("APHO/" if "Mumbai" in clinic else "PHO/") + f"{when.year}/" + digits(rng, 5),
        "GBP": digits(rng, 6),
        "USD": digits(rng, 7),
        "nl": digits(rng, 8),
        "de": digits(rng, 5),
        "IE": "R" + digits(rng, 6),
        "it": f"{digits(rng, 4)}/{when.year}",
        "fr": digits(rng, 6),
    }[key]
    txn = _id(
        rng,
        rows,
        {
            "en": ["Receipt No", "Rcpt #", "Receipt"],
            "de": ["Beleg-Nr.", "Quittungsnr."],
            "nl": ["Bonnummer", "Bon nr."],
            "it": ["Ricevuta n.", "N. ricevuta"],
            "fr": ["Reçu n°", "N° de reçu"],
        }[lang]
        if status != "failed"  # a declined payment has the till's transaction reference, no receipt
        else {
            "en": ["Txn ref", "Ref no"],
            "de": ["Vorgangs-Nr."],
            "nl": ["Transactienr."],
            "it": ["Rif. transazione"],
            "fr": ["Réf. transaction"],
        }[lang],
        ref,
        0.2,
    )
    if placement == "bottom":
        rows.append(("left", _stamp66(rng, when, pattern, currency, lang, 1.0)))
        dated = when
    elif placement == "label":
        dated = _dated66(
            rng,
            rows,
            when,
            pattern,
            currency,
            lang,
            {"en": ["Date", "Date/Time"], "de": ["Datum"], "nl": ["Datum"], "it": ["Data"], "fr": ["Date"]}[
                lang
            ],
            0.0,
            0.7,
        )
    courses = ("dose 1", "1 of", "1. Dosis", "Hepatitis", "epatite", "Hépatite", "Cholera")
    if any(word in name for name, _ in picks for word in courses) and shown(rng, 0.3):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Next dose due", "Next dose"],
                    de=["Nächste Impfung"],
                    nl=["Volgende prik"],
                    it=["Prossima dose"],
                    fr=["Prochaine dose"],
                ),
                _d(_later(when, rng, 7, 30), pattern, lang),
            )
        )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[
                    "Carry your certificate when you travel.",
                    "Please bring your vaccination record to every visit.",
                ],
                de=["Impfpass bitte mitführen."],
                nl=["Neem uw gele boekje mee op reis."],
                it=["Conservare il certificato internazionale."],
                fr=["Certificat valable 10 jours après la vaccination."],
            ),
        )
    )
    truth = truth_fields(clinic, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 19), clinic, rng.choice([400, 440]))


# ---------------------------------------------------------------- 8 a graded music exam board's entry


EXAM_BOARDS = {
    "INR": [("Trinity College London", "en"), ("Akhil Bharatiya Gandharva Mahavidyalaya Mandal", "en")],
    "GBP": [("ABRSM", "en")],
    "USD": [("The Royal Conservatory Certificate Program", "en")],
    "EUR": [
        ("Royal Irish Academy of Music", "en"),
        ("Musikschule Leipzig", "de"),
        ("Accademia Musicale Fiorentina", "it"),
    ],
}
EXAM_LINES = {
    "Trinity College London": "Music examinations - India",
    "Akhil Bharatiya Gandharva Mahavidyalaya Mandal": "Miraj - Examination Department",
    "ABRSM": "Exam entry - Practical grades",
    "The Royal Conservatory Certificate Program": "Examination registration",
    "Royal Irish Academy of Music": "Local Centre Examinations",
    "Musikschule Leipzig": "Stufenprüfungen - Anmeldung",
    "Accademia Musicale Fiorentina": "Esami di certificazione musicale",
}
# (subject, fee)
EXAM_SUBJECTS = {
    "Trinity College London": [
        ("Piano - Grade 5", 5200.0),
        ("Violin - Grade 3", 3900.0),
        ("Rock & Pop Drums - Grade 2", 3500.0),
        ("Theory of Music - Grade 5", 2600.0),
    ],
    "Akhil Bharatiya Gandharva Mahavidyalaya Mandal": [
        ("Vocal - Madhyama Pratham", 900.0),
        ("Tabla - Praveshika Purna", 750.0),
        ("Sitar - Madhyama Poorna", 1100.0),
    ],
    "ABRSM": [
        ("Piano - Grade 5", 79.0),
        ("Violin - Grade 3", 66.0),
        ("Singing - Grade 6", 89.0),
        ("Flute - Grade 1", 52.0),
    ],
    "The Royal Conservatory Certificate Program": [
        ("Piano - Level 6", 176.0),
        ("Violin - Level 4", 152.0),
        ("Voice - Level 8", 224.0),
    ],
    "Royal Irish Academy of Music": [
        ("Piano - Grade 4", 78.0),
        ("Harp - Grade 2", 64.0),
        ("Violin - Grade 6", 95.0),
    ],
    "Musikschule Leipzig": [
        ("Klavier - Stufe D2", 45.0),
        ("Violine - Stufe D1", 40.0),
        ("Querflöte - Stufe D3", 55.0),
    ],
    "Accademia Musicale Fiorentina": [
        ("Pianoforte - Livello 3", 95.0),
        ("Chitarra - Livello 2", 80.0),
        ("Canto - Livello 4", 110.0),
    ],
}
EXAM_CENTRES = {
    "Trinity College London": [
        "Furtados School of Music, Bandra (Centre 61218)",
        "Bangalore School of Music (Centre 61205)",
    ],
    "Akhil Bharatiya Gandharva Mahavidyalaya Mandal": [
        "Kendra: Gandharva Sangeet Vidyalaya, Pune",
        "Kendra: Swaranjali, Nagpur",
    ],
    "ABRSM": ["Leeds - Clothworkers Centenary Concert Hall", "Bristol - Clifton Cathedral Hall"],
    "The Royal Conservatory Certificate Program": [
        "Chicago - Sherwood Community Music School",
        "Seattle - Meany Center",
    ],
    "Royal Irish Academy of Music": ["Westland Row, Dublin 2", "Athlone Local Centre"],
    "Musikschule Leipzig": ["Petersstraße 43, Raum 214"],
    "Accademia Musicale Fiorentina": ["Sede di Via dei Serragli 104, Firenze"],
}


def music_exam_entry(rng: random.Random, font: str):
    """A graded music exam board's entry confirmation for one to three candidates (Trinity College London's Indian
    office and the Gandharva Mahavidyalaya Mandal in rupees, ABRSM in pounds, the Royal Conservatory's certificate
    program in dollars, the Royal Irish Academy of Music in euros, and a Leipzig music school and a Florence academy
    on German and Italian pages), an e-mail or the board's portal: the teacher or parent who entered them and their
    applicant number (never the payee), each candidate, their date of birth and candidate number (never the id or the
    day paid), the instrument and grade at a fee, the exam period or day and the centre (never the payee; never the
    day paid), an accompanist, a late-entry surcharge, a sibling discount, Total / Amount paid / Gesamt / Totale,
    the way to pay in a share, Entry reference / Booking ref / Payment reference / Anmeldenummer / Numero iscrizione
    in a share, Payment date / Date of payment / Zahlungsdatum / Data pagamento in a share; an outcome in a share
    (success, failed or pending; a pending entry "is not confirmed until payment is received")."""
    currency, board, lang = _issuer(rng, EXAM_BOARDS)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs", "rs_slash", "code_before", "code_after"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    status, words = _outcome66(rng, 0.6, lang, p_success=0.55, p_failed=0.2)
    rows: list[tuple] = [("title", board), ("center", EXAM_LINES[board])]
    _status66(rng, rows, words, lang)
    if status == "pending" and shown(rng, 0.5):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["Entries are not confirmed until payment is received."],
                    de=["Die Anmeldung gilt erst nach Zahlungseingang."],
                    it=["L'iscrizione sarà confermata a pagamento avvenuto."],
                ),
            )
        )
    rows.append(("rule",))
    applicant = _who(rng, currency, lang)
    role = _say(
        rng,
        lang,
        en=["Applicant", "Entered by", "Teacher / applicant"],
        de=["Angemeldet von"],
        it=["Richiedente", "Docente"],
    )
    rows.append(("pair", role, applicant))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Applicant number", "Applicant ID", "Teacher no"],
                    de=["Kundennummer"],
                    it=["Codice docente"],
                ),
                digits(rng, rng.choice([6, 7])),
            )
        )
    period_start = _later(when, rng, 30, 80)
    period = {
        "de": f"{_d(period_start, pattern, lang)}",
        "it": f"{_d(period_start, pattern, lang)} - {_d(_later(period_start, rng, 20, 40), pattern, lang)}",
    }.get(lang, f"{_d(period_start, pattern, lang)} - {_d(_later(period_start, rng, 25, 45), pattern, lang)}")
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Exam period", "Exam session", "Examination dates"],
                de=["Prüfungstermin"],
                it=["Sessione d'esame"],
            ),
            period,
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Exam centre", "Centre", "Venue"], de=["Prüfungsort"], it=["Sede d'esame"]),
            rng.choice(EXAM_CENTRES[board]),
        )
    )
    rows.append(("rule",))
    n = rng.choice([1, 1, 2, 3])
    subjects = EXAM_SUBJECTS[board]
    first_names = {
        "INR": ["Aarav", "Ishita", "Vihaan", "Myra", "Kabir"],
        "de": ["Mia", "Leon", "Emma", "Noah"],
        "it": ["Sofia", "Tommaso", "Giulia", "Matteo"],
    }.get(currency if currency == "INR" else lang, ["Alfie", "Isla", "Mason", "Ava", "Finn"])
    # a parent's children share the parent's name; a teacher's pupils their own
    family = role not in ("Teacher / applicant", "Docente") and shown(rng, 0.4)
    total = 0.0
    for index, first_name in enumerate(rng.sample(first_names, n)):
        subject, fee = rng.choice(subjects)
        candidate = (
            first_name + " " + (applicant.split()[-1] if family else _who(rng, currency, lang).split()[-1])
        )
        rows.append(
            (
                "left",
                candidate
                + (
                    "  ("
                    + _say(rng, lang, en=["cand. no "], de=["Nr. "], it=["matr. "])
                    + digits(rng, 6)
                    + ")"
                    if shown(rng, 0.6)
                    else ""
                ),
            )
        )
        if shown(rng, 0.3):
            born = day(rng).replace(year=rng.randint(2009, 2018))
            rows.append(
                (
                    "pair",
                    _say(rng, lang, en=["Date of birth"], de=["Geburtsdatum"], it=["Data di nascita"]),
                    _d(born, pattern, lang),
                )
            )
        rows.append(("pair", subject, _m(fee, grouping)))
        total = round(total + fee, 2)
        if index == 0 and shown(rng, 0.2) and currency != "INR":
            extra = {"GBP": 25.0, "USD": 40.0, "EUR": 20.0}[currency]
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Accompanist"],
                        de=["Klavierbegleitung"],
                        it=["Accompagnatore al pianoforte"],
                    ),
                    _m(extra, grouping),
                )
            )
            total = round(total + extra, 2)
    if shown(rng, 0.2):
        late = {"INR": 500.0, "GBP": 15.0, "USD": 30.0, "EUR": 15.0}[currency]
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Late entry surcharge", "Late fee"],
                    de=["Nachmeldegebühr"],
                    it=["Mora per iscrizione tardiva"],
                ),
                _m(late, grouping),
            )
        )
        total = round(total + late, 2)
    if family and n > 1 and shown(rng, 0.5):
        off = {"INR": 200.0, "GBP": 5.0, "USD": 10.0, "EUR": 5.0}[currency]
        rows.append(
            (
                "pair",
                _say(
                    rng, lang, en=["Sibling discount"], de=["Geschwisterermäßigung"], it=["Sconto fratelli"]
                ),
                "-" + _m(off, grouping),
            )
        )
        total = round(total - off, 2)
    if currency == "INR" and board == "Trinity College London" and shown(rng, 0.5):
        total = _vat66(rng, rows, grouping, total, currency, lang, "added", None, 0.09, net_line=True)
    _total66(rng, rows, fmt, total, status, lang)
    kinds = ["UPI", "netbanking", "card"] if currency == "INR" else ["card", "card", "wallet", "netbanking"]
    method = _pay66(rng, rows, currency, lang, kinds, 0.25, True, status)
    ref = {
        "Trinity College London": "TCL-IN-" + digits(rng, 7),
        "Akhil Bharatiya Gandharva Mahavidyalaya Mandal": "ABGM/" + f"{when.year}/" + digits(rng, 5),
        "ABRSM": code(rng, 3, UPPER) + digits(rng, 6),
        "The Royal Conservatory Certificate Program": digits(rng, 8),
        "Royal Irish Academy of Music": "LC" + digits(rng, 6),
        "Musikschule Leipzig": f"SP-{when.year}-{digits(rng, 4)}",
        "Accademia Musicale Fiorentina": f"{digits(rng, 4)}/{when.year}",
    }[board]
    txn = _id(
        rng,
        rows,
        {
            "en": ["Entry reference", "Booking ref", "Payment reference", "Order no"],
            "de": ["Anmeldenummer", "Buchungsnummer"],
            "it": ["Numero iscrizione", "N. ricevuta"]
            if status not in ("failed", "pending")
            else ["Numero iscrizione"],
        }[lang],
        ref,
        0.2,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Date of payment", "Transaction date"],
            "de": ["Zahlungsdatum", "Bezahlt am"],
            "it": ["Data pagamento", "Data"],
        }[lang],
        0.25,
        0.4,
        status,
    )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[
                    "Appointment slips are issued two weeks before the exam.",
                    "Fees are not refundable or transferable.",
                ],
                de=["Die Einteilung erhalten Sie zwei Wochen vor der Prüfung."],
                it=["La convocazione sarà inviata 15 giorni prima dell'esame."],
            ),
        )
    )
    truth = truth_fields(board, total, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.6) else SCREEN
    return rows, truth, _page(font, rows, _sized(style, 19), board)


# ---------------------------------------------------------------- 9 a planning or building-permit application fee


PLANNERS = {
    "INR": [("Greater Chennai Corporation", "en"), ("Hyderabad Metropolitan Development Authority", "en")],
    "GBP": [("Bristol City Council", "en"), ("Cornwall Council", "en")],
    "USD": [("City of Austin Development Services Department", "en")],
    "EUR": [
        ("Gemeente Utrecht", "nl"),
        ("Comune di Firenze", "it"),
        ("Dublin City Council", "en"),
        ("Stadt Münster", "de"),
    ],
}
PLANNER_LINES = {
    "Greater Chennai Corporation": "Building Plan Approval - Online Payment",
    "Hyderabad Metropolitan Development Authority": "DPMS - Building Permission Fee",
    "Bristol City Council": "Development Management",
    "Cornwall Council": "Planning and Sustainable Development",
    "City of Austin Development Services Department": "Residential Review - Permit Fees",
    "Gemeente Utrecht": "Omgevingsvergunning - leges",
    "Comune di Firenze": "Direzione Urbanistica - Sportello Unico Edilizia",
    "Dublin City Council": "Planning and Property Development Department",
    "Stadt Münster": "Bauordnungsamt",
}
PROPOSALS = {
    "INR": ["Construction of G+2 residential building", "Additional first floor over existing ground floor"],
    "GBP": ["Single storey rear extension", "Loft conversion with rear dormer", "Detached garden room"],
    "USD": ["Residential remodel - kitchen and bath", "Detached accessory dwelling unit (ADU)"],
    "nl": ["Plaatsen dakkapel aan achterzijde", "Uitbouw achtergevel (3 m)"],
    "it": ["Ristrutturazione edilizia con ampliamento", "Realizzazione di pergolato e tettoia"],
    "IE": ["Single storey extension to rear", "Conversion of attic to storage with dormer"],
    "de": ["Errichtung eines Carports", "Anbau eines Wintergartens"],
}
AGENTS = {
    "INR": ["Ar. Meenakshi Sundaram (CA/2011/51234)", "Studio Ankur Architects"],
    "GBP": ["Hollis Lane Architects Ltd", "Plan Right Drawings"],
    "USD": ["Barton Creek Design Build LLC", "Hill Country Permits & Drafting"],
    "nl": ["Architectenbureau De Vos", "Bouwadvies Kraaij"],
    "it": ["Studio Ferri Architetti", "Geom. Luca Bianchi"],
    "IE": ["O'Reilly Architects", "Planning Matters Ltd"],
    "de": ["Architekturbüro Brandt", "Ingenieurbüro Vogt & Sohn"],
}


def planning_fee(rng: random.Random, font: str):
    """A planning or building-permit application fee receipt (Chennai's corporation and Hyderabad's HMDA in rupees,
    Bristol and Cornwall councils in pounds, Austin in dollars, Dublin City Council in euros, and Utrecht, Florence
    and Münster on Dutch, Italian and German pages), a portal's receipt or an e-mail: the application's, the planning
    portal's, the file's, the case's, the parcel's, the protocol's and the Kassenzeichen's numbers (never the id), the
    applicant (never the payee), the agent, an architect or a design firm (never the payee), the site and the
    proposal, the fee by its schedule (a scrutiny fee, a licence fee and a labour cess; a share of the building
    costs, which is never the amount; a surcharge; the Planning Portal's service charge paid separately, never part
    of the amount; the stamp duty), the day received, validated or protocolled and the target decision day (never the
    day paid), Total / Amount paid / Totaal / Totale / Gesamt, the way to pay in a share, Payment reference /
    Transaction ID / Receipt # / Transactienummer / Numero ricevuta / Quittungsnummer in a share, Payment date /
    Betaaldatum / Data pagamento / Zahlungsdatum in a share; an outcome in a share (success, failed or pending)."""
    currency, body, lang = _issuer(rng, PLANNERS)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs", "code_before", "rs_slash"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    key = _key(currency, lang)
    status, words = _outcome66(rng, 0.55, lang, p_success=0.6, p_failed=0.2)
    rows: list[tuple] = [("title", body), ("center", PLANNER_LINES[body])]
    settled = status not in ("failed", "pending")
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Payment receipt", "Fee receipt", "Payment acknowledgement"]
                if settled
                else ["Payment summary", "Online payment"],
                de=["Gebührenquittung", "Zahlungsbestätigung"] if settled else ["Zahlungsübersicht"],
                nl=["Betalingsbevestiging"] if settled else ["Betaaloverzicht"],
                it=["Ricevuta di pagamento"] if settled else ["Esito pagamento", "Riepilogo pagamento"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    app_numbers = {
        "INR": [
            ("File No.", f"BPA/{when.year}/{rng.choice(['Z09', 'Z13', 'HMDA'])}/{digits(rng, 6)}"),
            ("PID No.", f"{digits(rng, 3)}-{digits(rng, 4)}-{digits(rng, 3)}"),
        ],
        "GBP": [
            (
                "Application reference",
                f"{when.year % 100}/{digits(rng, 5)}/{rng.choice(['HOU', 'FUL', 'LDC'])}",
            ),
            ("Planning Portal reference", "PP-" + digits(rng, 8)),
        ],
        "USD": [("Case number", f"{when.year}-{digits(rng, 6)} PR"), ("Parcel ID", digits(rng, 10))],
        "nl": [
            ("Zaaknummer", f"Z-{when.year % 100}-{digits(rng, 6)}"),
            ("Verzoeknummer Omgevingsloket", digits(rng, 7)),
        ],
        "it": [
            ("Pratica SUE n.", f"{digits(rng, 4)}/{when.year}"),
            ("Protocollo n.", f"{digits(rng, 7)} del {_d(_earlier(when, rng, 1, 10), pattern, lang)}"),
        ],
        "IE": [("Planning Reg. Ref.", f"{digits(rng, 4)}/{when.year % 100}")],
        "de": [
            ("Aktenzeichen", f"63.1-{when.year}-{digits(rng, 4)}"),
            ("Kassenzeichen", f"5.{digits(rng, 4)}.{digits(rng, 6)}.{digits(rng, 1)}"),
        ],
    }[key]
    for index, (label, value) in enumerate(app_numbers):
        if index == 0 or shown(rng, 0.5):
            rows.append(("pair", label, value))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Applicant", "Applicant name", "Owner / applicant"],
                de=["Bauherr/in", "Antragsteller/in"],
                nl=["Aanvrager"],
                it=["Richiedente", "Titolare"],
            ),
            _who(rng, currency, lang),
        )
    )
    if shown(rng, 0.7):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Agent", "Architect", "Agent / designer"]
                    if currency != "USD"
                    else ["Contractor", "Applicant's agent"],
                    de=["Entwurfsverfasser/in"],
                    nl=["Gemachtigde"],
                    it=["Tecnico incaricato", "Progettista"],
                ),
                rng.choice(AGENTS[key]),
            )
        )
    site = {
        "INR": "Plot 14, 3rd Main, Velachery, Chennai 600042"
        if "Chennai" in body
        else "Sy. No. 112/3, Kondapur, Hyderabad 500084",
        "GBP": "27 Cotham Brow, Bristol BS6 6AS"
        if "Bristol" in body
        else "Trewen, Mylor Bridge, Falmouth TR11 5NA",
        "USD": rng.choice(["4512 Avenue G, Austin, TX 78751", "1907 Newning Ave, Austin, TX 78704"]),
        "nl": rng.choice(["Adelaarstraat 41, 3514 CB Utrecht", "Amsterdamsestraatweg 302, 3551 CW Utrecht"]),
        "it": rng.choice(["Via del Campuccio 12, 50125 Firenze", "Viale dei Mille 88, 50131 Firenze"]),
        "IE": rng.choice(
            ["14 Leinster Road, Rathmines, Dublin 6", "3 Griffith Avenue, Drumcondra, Dublin 9"]
        ),
        "de": rng.choice(["Coerdestraße 22, 48147 Münster", "Gemarkung Roxel, Flur 7, Flurstück 112"]),
    }[key]
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Site address", "Site", "Location"],
                de=["Baugrundstück"],
                nl=["Locatie"],
                it=["Ubicazione"],
            ),
            site,
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Proposal", "Description", "Work"],
                de=["Vorhaben"],
                nl=["Omschrijving"],
                it=["Intervento"],
            ),
            rng.choice(PROPOSALS[key]),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Date received", "Received on"],
                    de=["Antrag eingegangen"],
                    nl=["Datum aanvraag"],
                    it=["Data presentazione"],
                ),
                _d(_earlier(when, rng, 0, 6), pattern, lang),
            )
        )
    rows.append(("rule",))
    lines: list[tuple[str, float]] = []
    if key == "INR":
        area = rng.randint(120, 480)
        lines = [
            (f"Scrutiny fee ({area} sq.m)", float(area * 10)),
            ("Building licence fee", float(area * rng.choice([40, 55, 70]))),
            ("Labour welfare cess (1%)", float(area * rng.choice([180, 220]))),
        ]
        if shown(rng, 0.5):
            lines.append(("Security deposit (refundable)", float(area * 25)))
    elif key == "GBP":
        lines = [(rng.choice(["Householder application fee", "Full planning application fee"]), 528.0)]
        if shown(rng, 0.4):
            rows.append(
                ("small", "Planning Portal service charge of £70.00 paid separately to PortalPlanQuest Ltd")
            )
    elif key == "USD":
        base = rng.choice([412.0, 868.0, 1350.0])
        lines = [("Residential plan review fee", base), ("Technology surcharge (4%)", round(base * 0.04, 2))]
        if shown(rng, 0.4):
            lines.append(("Development services surcharge", 25.0))
    elif key == "nl":
        costs = float(rng.choice([18000, 32000, 45000, 85000]))
        rows.append(("pair", "Bouwkosten", _m(costs, grouping)))
        lines = [("Leges 2,85% van de bouwkosten", round(costs * 0.0285, 2))]
    elif key == "it":
        lines = [
            ("Diritti di segreteria", rng.choice([100.0, 150.0, 250.0])),
            ("Diritti di istruttoria", rng.choice([60.0, 90.0])),
        ]
        if shown(rng, 0.5):
            lines.append(("Marca da bollo (assolta virtualmente)", 16.0))
    elif key == "IE":
        lines = [
            (
                rng.choice(
                    ["Planning application fee - domestic extension", "Retention permission - domestic"]
                ),
                rng.choice([34.0, 65.0]),
            )
        ]
    else:
        costs = float(rng.choice([24000, 48000, 90000]))
        rows.append(("pair", "Rohbauwert", _m(costs, grouping)))
        lines = [("Baugenehmigungsgebühr (8 ‰ des Rohbauwerts)", round(costs * 0.008, 2))]
        if shown(rng, 0.5):
            lines.append(("Auslagen (Zustellung)", 3.45))
    total = 0.0
    for name, value in lines:
        rows.append(("pair", name, _m(value, grouping)))
        total = round(total + value, 2)
    _total66(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        _say(
            rng,
            lang,
            en=[["Total", "Total fee", "Amount"]],
            de=[["Gesamtbetrag", "Summe"]],
            nl=[["Totaal", "Te betalen"]],
            it=[["Totale", "Importo totale"]],
        ),
    )
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("small", _words_inr(int(total))))
    kinds = (
        ["netbanking", "UPI", "card"]
        if currency == "INR"
        else (["netbanking", "card"] if lang == "nl" else ["card", "card", "netbanking"])
    )
    method = _pay66(rng, rows, currency, lang, kinds, 0.2, True, status)
    ref = {
        "INR": digits(rng, 14),
        "GBP": rng.choice(["PAY", "CAP", ""]) + digits(rng, 9),
        "USD": digits(rng, 8),
        "nl": digits(rng, 10),
        "it": f"{digits(rng, 6)}/{when.year}",
        "IE": "DCC" + digits(rng, 7),
        "de": digits(rng, 9),
    }[key]
    labels = {
        "INR": ["Transaction ID", "Bank Ref. No.", "Receipt No"],
        "GBP": ["Payment reference", "Transaction reference", "Receipt number"],
        "USD": ["Receipt #", "Confirmation number"],
        "nl": ["Transactienummer", "Betalingsreferentie"],
        "it": ["Numero ricevuta", "ID transazione"],
        "IE": ["Receipt No", "Payment ref"],
        "de": ["Quittungsnummer", "Transaktionsnummer"],
    }[key]
    if not settled:  # a payment that failed or waits has a reference, not a receipt
        labels = [
            label for label in labels if not label.startswith(("Receipt", "Numero ricevuta", "Quittung"))
        ]
    txn = _id(rng, rows, labels, ref, 0.2)
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Date of payment", "Paid on"],
            "de": ["Zahlungsdatum", "Datum der Zahlung"],
            "nl": ["Betaaldatum", "Datum betaling"],
            "it": ["Data pagamento", "Data versamento"],
        }[lang],
        0.2,
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
                    en=["Target decision date", "Decision due by"],
                    de=["Voraussichtliche Entscheidung bis"],
                    nl=["Uiterste beslisdatum"],
                    it=["Termine del procedimento"],
                ),
                _d(_later(when, rng, 40, 90), pattern, lang),
            )
        )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[
                    "Fees are not refundable once the application is validated.",
                    "This receipt is not a grant of permission.",
                ],
                de=["Diese Quittung ist keine Baugenehmigung."],
                nl=["Deze bevestiging is geen vergunning."],
                it=["La presente ricevuta non costituisce titolo abilitativo."],
            ),
        )
    )
    truth = truth_fields(body, total, currency, txn, dated, method, status)
    style = PAPER if shown(rng, 0.5) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 19), body)


# ---------------------------------------------------------------- 10 an IP office's trade mark filing fee


IP_OFFICES = {
    "INR": [("Office of the Controller General of Patents, Designs & Trade Marks", "en")],
    "GBP": [("UK Intellectual Property Office", "en")],
    "USD": [("United States Patent and Trademark Office", "en")],
    "EUR": [
        ("Deutsches Patent- und Markenamt", "de"),
        ("Institut national de la propriété industrielle", "fr"),
        ("Benelux-Bureau voor de Intellectuele Eigendom", "nl"),
        ("European Union Intellectual Property Office", "en"),
    ],
}
TRADE_MARKS = {
    "INR": [
        ("LUMIO", "Lumio Home Appliances"),
        ("Tulsi & Thyme", "Tulsi and Thyme Organics"),
        ("CHAIWALLAH", "Kettle Leaf Beverages"),
    ],
    "GBP": [("BRIGHTNEST", "Brightnest Interiors"), ("Koru Kitchen", "Koru Foods")],
    "USD": [("VELORA", "Velora Cycles"), ("Koru Kitchen", "Koru Foods")],
    "de": [("Nordlicht", "Nordlicht Naturkosmetik"), ("BERGWERK", "Bergwerk Outdoor")],
    "fr": [("Maison Colibri", "Colibri Créations"), ("LUMIO", "Lumio Éclairage")],
    "nl": [("STROOPHUIS", "Stroophuis Bakkerij"), ("BRIGHTNEST", "Brightnest Interiors")],
    "IE": [("VELORA", "Velora Cycles"), ("Nordlicht", "Nordlicht Naturkosmetik")],
}
COMPANY_FORMS = {
    "INR": " Pvt. Ltd.",
    "GBP": " Ltd",
    "USD": " LLC",
    "de": " GmbH",
    "fr": " SAS",
    "nl": " B.V.",
    "IE": " Ltd",
}
IP_AGENTS = {
    "INR": ["Anand & Rao IP Attorneys", "Lex Orbis IP Practice"],
    "GBP": ["Marks & Clerk LLP", "Withers & Rogers LLP"],
    "USD": ["Harper Trademark Law PLLC"],
    "de": ["Patentanwälte Wendt & Kollegen", "Meissner Bolte Patentanwälte"],
    "fr": ["Cabinet Plasseraud IP", "Regimbeau"],
    "nl": ["V.O. Patents & Trademarks", "Arnold + Siedsma"],
    "IE": ["Tomkins & Co.", "FRKelly"],
}


def _ip_fees(rng, key, classes):
    """The office's fee lines for a mark in ``classes`` classes: (label, fee) pairs."""
    if key == "INR":
        rate = rng.choice([4500.0, 9000.0])
        who = "individual / startup / small enterprise" if rate == 4500.0 else "others"
        return [(f"Form TM-A, {classes} class(es) @ {rate:,.0f} ({who})", rate * classes)]
    if key == "GBP":
        return [("Application fee (1 class)", 170.0)] + (
            [(f"Additional classes x {classes - 1}", 50.0 * (classes - 1))] if classes > 1 else []
        )
    if key == "USD":
        lines = [(f"Base application, {classes} class(es) @ $350", 350.0 * classes)]
        if shown(rng, 0.3):
            lines.append((f"Insufficient information surcharge x {classes}", 100.0 * classes))
        return lines
    if key == "de":
        lines = [("Anmeldegebühr einschl. Klassengebühr bis zu 3 Klassen (331000)", 290.0)]
        if classes > 3:
            lines.append((f"Klassengebühr ab der 4. Klasse x {classes - 3} (331300)", 100.0 * (classes - 3)))
        return lines
    if key == "fr":
        return [("Redevance de dépôt (1 classe)", 190.0)] + (
            [(f"Classe supplémentaire x {classes - 1}", 40.0 * (classes - 1))] if classes > 1 else []
        )
    if key == "nl":
        lines = [("Benelux-depot, basisrecht (1 klasse)", 244.0)]
        if classes > 1:
            lines.append(("Tweede klasse", 27.0))
        if classes > 2:
            lines.append((f"Derde en volgende klassen x {classes - 2}", 81.0 * (classes - 2)))
        return lines
    lines = [("EU trade mark, e-filing, one class", 850.0)]
    if classes > 1:
        lines.append(("Second class", 50.0))
    if classes > 2:
        lines.append((f"Third and further classes x {classes - 2}", 150.0 * (classes - 2)))
    return lines


def trademark_filing(rng: random.Random, font: str):
    """An intellectual-property office's receipt for a trade mark application's fee (IP India in rupees, the UK IPO in
    pounds, the USPTO in dollars, the EUIPO in euros, and the DPMA, the INPI and the BOIP on German, French and Dutch
    pages), a letter or the e-filing portal's receipt: the application's, serial, Aktenzeichen, numéro national or
    depot number (never the id), the mark (a brand's name, never the payee), the classes, the applicant (a company,
    never the payee) and the attorney or agent firm that filed it (never the payee), a priority day (never the day
    paid), the office's fee lines by class (and a surcharge), the amount in words on Indian pages, Total / Amount
    paid / Gesamtbetrag / Montant total / Totaal, the way to pay in a share (a bank's e-payment gateway or a SEPA debit:
    net banking), CBR No / Payment reference / Sales receipt no / Transaktionsnummer / Référence de paiement /
    Betaalreferentie in a share, Payment date / Zahlungstag / Date de paiement / Betaaldatum in a share; an outcome
    in a share (success, failed or pending)."""
    currency, office, lang = _issuer(rng, IP_OFFICES)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs", "code_before", "code_after"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    key = _key(currency, lang)
    status, words = _outcome66(rng, 0.5, lang, p_success=0.6, p_failed=0.2)
    rows: list[tuple] = [("title", office)]
    settled = status not in ("failed", "pending")
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=(
                    ["e-Filing receipt", "Fee payment receipt"]
                    if currency == "INR"
                    else ["Payment receipt", "Fee receipt", "Filing receipt"]
                )
                if settled
                else ["Fee payment", "Payment summary"],
                de=["Empfangsbestätigung und Gebührenquittung"] if settled else ["Gebührenzahlung"],
                fr=["Accusé de réception et de paiement"] if settled else ["Paiement des redevances"],
                nl=["Ontvangstbevestiging merkdepot"] if settled else ["Betaling depotrechten"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    application = {
        "INR": ("Application No.", digits(rng, 7)),
        "GBP": ("Application number", "UK0000" + digits(rng, 7)),
        "USD": ("Serial number", "99" + digits(rng, 6)),
        "de": ("Aktenzeichen", f"30 {when.year} {digits(rng, 3)} {digits(rng, 3)}.{rng.randint(0, 9)}"),
        "fr": ("Numéro national", f"{when.year % 100} {digits(rng, 1)} {digits(rng, 6)}"),
        "nl": ("Depotnummer", digits(rng, 7)),
        "IE": ("EUTM application", "0" + digits(rng, 8)),
    }[key]
    rows.append(("pair", *application))
    mark, company = rng.choice(TRADE_MARKS[_key(currency, lang)])
    rows.append(
        ("pair", _say(rng, lang, en=["Trade mark", "Mark"], de=["Marke"], fr=["Marque"], nl=["Merk"]), mark)
    )
    classes = rng.choice([1, 1, 2, 3, 4])
    class_list = ", ".join(
        str(c) for c in sorted(rng.sample([3, 9, 16, 25, 29, 30, 35, 41, 43, 44], classes))
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Class(es)", "Classes"], de=["Klassen"], fr=["Classes"], nl=["Klassen"]),
            class_list,
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Applicant", "Applicant name", "Owner"],
                de=["Anmelder/in"],
                fr=["Déposant"],
                nl=["Aanvrager", "Houder"],
            ),
            company + COMPANY_FORMS[key],
        )
    )
    if shown(rng, 0.7):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Agent", "Representative", "Attorney of record"]
                    if currency != "INR"
                    else ["Agent", "Trade mark agent"],
                    de=["Vertreter/in"],
                    fr=["Mandataire"],
                    nl=["Gemachtigde"],
                ),
                rng.choice(IP_AGENTS[key]),
            )
        )
    if shown(rng, 0.2):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Priority date"],
                    de=["Prioritätsdatum"],
                    fr=["Date de priorité"],
                    nl=["Voorrangsdatum"],
                ),
                _d(_earlier(when, rng, 30, 170), pattern, lang),
            )
        )
    rows.append(("rule",))
    total = 0.0
    for name, fee in _ip_fees(rng, key, classes):
        rows.append(("pair", name, _m(fee, grouping)))
        total = round(total + fee, 2)
    _total66(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        _say(
            rng,
            lang,
            en=[["Total", "Total fee", "Fee amount"]],
            de=[["Gesamtbetrag", "Summe"]],
            fr=[["Montant total", "Total"]],
            nl=[["Totaal", "Totaalbedrag"]],
        ),
    )
    if currency == "INR":
        rows.append(("small", _words_inr(int(total))))
    kinds = ["netbanking", "netbanking", "card", "UPI"] if currency == "INR" else ["card", "netbanking"]
    method = None
    if key == "de" and shown(rng, 0.4):
        rows.append(("pair", "Zahlungsweg", "SEPA-Basislastschrift"))
        rows.append(("pair", "Mandatsreferenz", "DPMA" + digits(rng, 10)))
        method = "netbanking"
    elif currency == "INR" and shown(rng, 0.4):
        rows.append(("pair", "Payment mode", "Online - SBI ePay (Net banking)"))
        method = "netbanking"
    else:
        method = _pay66(rng, rows, currency, lang, kinds, 0.25, True, status)
    ref = {
        "INR": digits(rng, 6),
        "GBP": "IPO" + digits(rng, 9),
        "USD": digits(rng, 8),
        "de": digits(rng, 12),
        "fr": code(rng, 2, UPPER) + digits(rng, 10),
        "nl": digits(rng, 10),
        "IE": "EUIPO-" + digits(rng, 9),
    }[key]
    labels = {
        "INR": ["CBR No.", "Receipt No."] if settled else ["Transaction ID", "Bank Ref. No."],
        "GBP": ["Payment reference", "Receipt number"],
        "USD": ["Sales receipt no.", "Payment reference"]
        if settled
        else ["Payment reference", "Transaction ID"],
        "de": ["Transaktionsnummer", "Quittungsnummer"],
        "fr": ["Référence de paiement", "N° de transaction"],
        "nl": ["Betaalreferentie", "Transactie-ID"],
        "IE": ["Payment reference", "Transaction ID"],
    }[key]
    if not settled:
        labels = [label for label in labels if not label.startswith(("Receipt", "Quittung"))]
    txn = _id(rng, rows, labels, ref, 0.2)
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Date of payment", "Date paid"],
            "de": ["Zahlungstag", "Zahlungsdatum"],
            "fr": ["Date de paiement", "Payé le"],
            "nl": ["Betaaldatum", "Datum betaling"],
        }[lang],
        0.2,
        0.5,
        status,
    )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=[
                    "Fees are not refundable once the application has been filed.",
                    "This receipt does not confirm registration.",
                ],
                de=["Diese Empfangsbestätigung begründet keinen Markenschutz."],
                fr=["Ce récépissé ne vaut pas enregistrement de la marque."],
                nl=["Deze bevestiging is geen inschrijving van het merk."],
            ),
        )
    )
    truth = truth_fields(office, total, currency, txn, dated, method, status)
    style = PAPER if shown(rng, 0.6) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 19), office)


# ---------------------------------------------------------------- 11 a mountain hut, refuge or rest house booking


HUTS = {
    "INR": [("Garhwal Mandal Vikas Nigam", "en"), ("Kumaon Mandal Vikas Nigam", "en")],
    "GBP": [("Glen Brittle Memorial Hut", "en")],
    "USD": [("Appalachian Mountain Club", "en")],
    "EUR": [
        ("Rifugio Auronzo", "it"),
        ("Kemptner Hütte", "de"),
        ("Refuge du Goûter", "fr"),
        ("Rifugio Lagazuoi", "it"),
    ],
}
HUT_PLACES = {
    "Garhwal Mandal Vikas Nigam": (
        "Tourist Rest House, Auli",
        [("Dormitory bed", 450.0), ("Deluxe double room", 3200.0)],
    ),
    "Kumaon Mandal Vikas Nigam": (
        "Tourist Rest House, Munsiyari",
        [("Dormitory bed", 350.0), ("Super deluxe room", 2800.0)],
    ),
    "Glen Brittle Memorial Hut": (
        "Glen Brittle, Isle of Skye IV47 8TA",
        [("Member night", 16.0), ("Non-member night", 22.0)],
    ),
    "Appalachian Mountain Club": (
        "Greenleaf Hut, Franconia Ridge, NH",
        [("Bunk with dinner & breakfast (member)", 148.0), ("Bunk with dinner & breakfast", 164.0)],
    ),
    "Rifugio Auronzo": (
        "Tre Cime di Lavaredo, 32041 Auronzo di Cadore (BL)",
        [("Mezza pensione in camerata", 72.0), ("Mezza pensione in camera doppia", 95.0)],
    ),
    "Rifugio Lagazuoi": (
        "Passo Falzarego, 32043 Cortina d'Ampezzo (BL)",
        [("Mezza pensione in camerata", 85.0), ("Mezza pensione in camera", 120.0)],
    ),
    "Kemptner Hütte": (
        "DAV Sektion Allgäu-Kempten, 87561 Oberstdorf",
        [
            ("Übernachtung Matratzenlager (DAV)", 18.0),
            ("Übernachtung Zimmerlager", 32.0),
            ("Halbpension", 28.0),
        ],
    ),
    "Refuge du Goûter": (
        "FFCAM, 74170 Saint-Gervais-les-Bains",
        [("Nuitée + demi-pension", 128.0), ("Nuitée + demi-pension (adhérent)", 96.0)],
    ),
}


def mountain_hut(rng: random.Random, font: str):
    """A mountain hut's, refuge's or hill rest house's booking (GMVN's and KMVN's tourist rest houses in rupees, a
    climbing club's hut on Skye in pounds, the AMC's Greenleaf Hut in dollars, and Dolomite rifugi, an Allgäu DAV hut
    and the Goûter refuge on Italian, German and French pages), an e-mail or a printout: the lead guest and the party
    (never the payee), a CAI, DAV, FFCAM, BMC or AMC membership number (never the id), the hut's warden or booking
    secretary (never the payee), the arrival and departure days (never the day paid), nights and guests at a rate, a
    member's discount, GST or the rooms and meals tax added, IVA / MwSt. / TVA included, the tourist tax paid at the
    hut (never the amount), and in a share a deposit (Caparra confirmatoria / Anzahlung / Arrhes versées / Deposit
    paid: the amount) beside the stay's total and the balance due at the hut (never the amount), Total / Amount paid
    / Totale / Gesamt / Montant réglé, the way to pay in a share, Booking ID / Confirmation # / Numero prenotazione /
    Buchungsnummer / N° de réservation in a share, Booked on / Date of booking / Data prenotazione / Gebucht am / Date
    de réservation in a share; an outcome in a share (success, failed or pending)."""
    currency, hut, lang = _issuer(rng, HUTS)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "rs", "code_before", "rs_slash"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    place, rates = HUT_PLACES[hut]
    status, words = _outcome66(rng, 0.5, lang, p_success=0.6, p_failed=0.2)
    rows: list[tuple] = [("title", hut), ("center", place)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Booking confirmation", "Reservation", "Advance booking receipt"]
                if currency == "INR"
                else ["Booking confirmation", "Reservation details"],
                de=["Reservierungsbestätigung", "Buchungsbestätigung"],
                fr=["Confirmation de réservation"],
                it=["Conferma prenotazione", "Riepilogo prenotazione"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Lead guest", "Guest", "Name", "Booked by"],
                de=["Gast", "Reservierung auf"],
                fr=["Nom", "Chef de groupe"],
                it=["Ospite", "Capogruppo"],
            ),
            _who(rng, currency, lang),
        )
    )
    member = shown(rng, 0.5) and currency != "INR"
    if member:
        rows.append(
            (
                "pair",
                {
                    "GBP": "BMC membership no",
                    "USD": "AMC member #",
                    "de": "DAV-Mitgliedsnummer",
                    "fr": "N° adhérent FFCAM",
                    "it": "Tessera CAI n.",
                }[_key(currency, lang)],
                digits(rng, rng.choice([7, 8])),
            )
        )
    arrival = _later(when, rng, 14, 120)
    nights = rng.choice([1, 1, 2, 3])
    guests = rng.randint(1, 4)
    departure = _later(arrival, rng, nights, nights + 1)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Arrival", "Check-in"],
                de=["Anreise"],
                fr=["Arrivée", "Date d'arrivée"],
                it=["Arrivo"],
            ),
            _d(arrival, pattern, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Departure", "Check-out"], de=["Abreise"], fr=["Départ"], it=["Partenza"]),
            _d(departure, pattern, lang),
        )
    )
    rows.append(
        (
            "pair",
            _say(rng, lang, en=["Guests"], de=["Personen"], fr=["Personnes"], it=["Ospiti"]),
            str(guests),
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Warden", "Booking secretary", "Hut manager"]
                    if currency != "INR"
                    else ["Unit manager"],
                    de=["Hüttenwirt/in"],
                    fr=["Gardien(ne)"],
                    it=["Gestore"],
                ),
                _pro(rng, currency, lang),
            )
        )
    rows.append(("rule",))
    if currency in ("GBP", "USD"):
        name, rate = rates[0] if member else rates[1]
    elif lang == "fr":
        name, rate = rates[1] if member else rates[0]
    else:
        name, rate = rng.choice(rates[:2])
    count = nights * guests
    rows.append(("pair", f"{count} x {name} @ {_m(rate, grouping)}", _m(rate * count, grouping)))
    net = round(rate * count, 2)
    if lang == "de" and shown(rng, 0.5):
        rows.append(("pair", f"{count} x Halbpension @ {_m(28.0, grouping)}", _m(28.0 * count, grouping)))
        net = round(net + 28.0 * count, 2)
    if member and lang in ("it", "de") and shown(rng, 0.6):
        off = round(net * 0.1, 2)
        rows.append(
            (
                "pair",
                _say(rng, lang, de=["Mitgliederrabatt"], fr=["Réduction adhérent"], it=["Sconto soci CAI"]),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    if currency == "INR":
        total = _vat66(rng, rows, grouping, net, currency, lang, "added", None, 0.06 if rate < 1000 else 0.09)
    elif currency == "USD":
        tax = round(net * 0.085, 2)
        rows.append(("pair", "NH meals & rooms tax 8.5%", _m(tax, grouping)))
        total = round(net + tax, 2)
    elif currency == "EUR":
        total = _vat66(
            rng, rows, grouping, net, currency, lang, "included", {"it": 0.10, "de": 0.07, "fr": 0.10}[lang]
        )
    else:
        total = net
    if currency == "EUR" and shown(rng, 0.5):
        levy = {"it": 2.0, "de": 1.5, "fr": 0.88}[lang] * count
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    de=[f"Kurbeitrag {_m(levy, grouping)} vor Ort zu zahlen"],
                    fr=[f"Taxe de séjour ({_m(levy, grouping)}) à régler sur place"],
                    it=[f"Tassa di soggiorno {_m(levy, grouping)} da versare in rifugio"],
                ),
            )
        )
    deposit = currency in ("EUR", "INR") and status != "failed" and shown(rng, 0.5)
    if deposit:
        share = rng.choice([0.3, 0.5]) if currency == "EUR" else 0.5
        paid = round(total * share, 2) if currency != "INR" else float(round(total * share))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Total tariff", "Booking value"],
                    de=["Gesamtpreis"],
                    fr=["Montant du séjour"],
                    it=["Totale soggiorno"],
                ),
                _m(total, grouping),
            )
        )
        label = _say(
            rng,
            lang,
            en=["Advance paid", "Advance received"]
            if status != "pending"
            else ["Advance due", "Advance (50%)"],
            de=["Anzahlung erhalten", "Anzahlung bezahlt"]
            if status != "pending"
            else ["Anzahlung fällig", "Anzahlung"],
            fr=["Arrhes versées", "Acompte réglé"] if status != "pending" else ["Arrhes à verser", "Acompte"],
            it=["Caparra confirmatoria versata", "Caparra versata"]
            if status != "pending"
            else ["Caparra confirmatoria", "Caparra da versare"],
        )
        rows.append(("pair", label, fmt(paid)))
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance payable at check-in"],
                    de=["Restbetrag vor Ort"],
                    fr=["Solde à régler au refuge"],
                    it=["Saldo da pagare in rifugio"],
                ),
                _m(round(total - paid, 2), grouping),
            )
        )
        amount = paid
    else:
        _total66(rng, rows, fmt, total, status, lang)
        amount = total
    kinds = ["UPI", "netbanking", "card"] if currency == "INR" else ["card", "card", "netbanking", "wallet"]
    method = _pay66(rng, rows, currency, lang, kinds, 0.25, True, status)
    ref = {
        "Garhwal Mandal Vikas Nigam": "GMVN" + digits(rng, 9),
        "Kumaon Mandal Vikas Nigam": "KMVN/" + f"{when.year}/" + digits(rng, 5),
        "Glen Brittle Memorial Hut": "GBH-" + digits(rng, 4),
        "Appalachian Mountain Club": digits(rng, 8),
        "Rifugio Auronzo": f"{digits(rng, 4)}/{when.year % 100}",
        "Rifugio Lagazuoi": "LAG" + digits(rng, 6),
        "Kemptner Hütte": "KH-" + digits(rng, 6),
        "Refuge du Goûter": code(rng, 3, UPPER) + digits(rng, 5),
    }[hut]
    txn = _id(
        rng,
        rows,
        {
            "en": ["Booking ID", "Confirmation #", "Booking reference"],
            "de": ["Buchungsnummer", "Reservierungsnr."],
            "fr": ["N° de réservation", "Référence"],
            "it": ["Numero prenotazione", "Codice prenotazione"],
        }[lang],
        ref,
        0.2,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Booked on", "Date of booking", "Booking date"],
            "de": ["Gebucht am", "Buchungsdatum"],
            "fr": ["Date de réservation", "Réservé le"],
            "it": ["Data prenotazione", "Prenotato il"],
        }[lang],
        0.25,
        0.4,
        status,
    )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en={
                    "INR": [
                        "Check-in 12 noon. Carry a valid photo ID.",
                        "Cancellation within 7 days of arrival: advance forfeited.",
                    ],
                    "GBP": [
                        "Bring a sleeping bag. Hut keys from the booking secretary.",
                        "Please leave the hut as you found it.",
                    ],
                }.get(currency, ["Carry in, carry out. Quiet hours 9:30 pm to 6:30 am."]),
                de=["Hüttenschlafsack ist Pflicht."],
                fr=["Sac à viande obligatoire."],
                it=["Obbligatorio il sacco lenzuolo."],
            ),
        )
    )
    truth = truth_fields(hut, amount, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.65) else PAPER
    return rows, truth, _page(font, rows, _sized(style, 19), hut)


# ---------------------------------------------------------------- 12 a tree planted and dedicated


TREES = {
    "INR": [("Grow-Trees.com", "en")],
    "GBP": [("Woodland Trust", "en")],
    "USD": [("Arbor Day Foundation", "en")],
    "EUR": [
        ("Trees for All", "nl"),
        ("Treedom", "it"),
        ("Stiftung Unternehmen Wald", "de"),
        ("Crann - Trees for Ireland", "en"),
        ("Reforest'Action", "fr"),
    ],
}
# (what is given, price per tree, the place planted)
TREE_GIFTS = {
    "Grow-Trees.com": (
        "Trees for a Cause - tree planting",
        85.0,
        ["Trees for Tigers, Madhya Pradesh", "Mangrove restoration, Sundarbans"],
    ),
    "Woodland Trust": (
        "Dedicate a tree",
        25.0,
        ["Heartwood Forest, Hertfordshire", "Smithills Estate, Bolton"],
    ),
    "Arbor Day Foundation": (
        "Trees in Celebration",
        10.0,
        ["Mark Twain National Forest, MO", "Shasta-Trinity National Forest, CA"],
    ),
    "Trees for All": ("Bomen planten", 7.5, ["Voedselbos Ketelbroek, Groesbeek", "Kaapse Bossen, Doorn"]),
    "Treedom": ("Albero regalato", 19.9, ["Cacao, Camerun", "Mango, Kenya", "Noce, Italia"]),
    "Stiftung Unternehmen Wald": (
        "Baumspende",
        10.0,
        ["Wiederaufforstung im Harz", "Mischwald bei Eberswalde"],
    ),
    "Crann - Trees for Ireland": (
        "Dedicate a native tree",
        30.0,
        ["Native woodland, Co. Wicklow", "Crann Wood, Co. Clare"],
    ),
    "Reforest'Action": ("Arbre planté", 3.5, ["Forêt de Rambouillet", "Projet Amazonie, Brésil"]),
}
DEDICATIONS = {
    "en": ["In memory of {}", "In honour of {}", "A gift for {}", "Happy birthday, {}!"],
    "de": ["In Gedenken an {}", "Für {}", "Alles Gute zum Geburtstag, {}"],
    "fr": ["En mémoire de {}", "Pour {}", "Joyeux anniversaire {} !"],
    "nl": ["Ter nagedachtenis aan {}", "Voor {}", "Gefeliciteerd, {}!"],
    "it": ["In ricordo di {}", "Per {}", "Buon compleanno {}!"],
}


def tree_dedication(rng: random.Random, font: str):
    """A tree-planting charity's or company's receipt for trees planted and dedicated (Grow-Trees.com in rupees, the
    Woodland Trust in pounds, the Arbor Day Foundation in dollars, Crann in euros, and Trees for All, Treedom, the
    Stiftung Unternehmen Wald and Reforest'Action on Dutch, Italian, German and French pages), an e-mail or a screen:
    the donor (never the payee), the person honoured or remembered and the message (never the payee), the occasion's
    day (never the day paid), trees at a price, the wood or project planted (never the payee), the certificate's or
    tree's code (never the id), the CO2 the trees will take up, Gift Aid the charity will claim, an 80G note, a
    Zuwendungsbestätigung to follow, the ANBI and RSIN numbers, IVA included, a monthly gift's next payment day (never
    the day paid), Total / Donation / Amount paid / Spende / Totaal / Totale / Montant, the way to pay in a share,
    Donation ref / Transaction ID / Order number / Spenden-Nr. / Transactienummer / Numero ordine / N° de commande in
    a share, Donation date / Date / Spendendatum / Datum donatie / Data ordine / Date in a share; an outcome in a share
    (success, failed or pending)."""
    currency, body, lang = _issuer(rng, TREES)
    fmt, grouping = _fmt66(rng, font, currency, lang, ["sign", "sign_space", "code_before", "rs"])
    pattern = _pattern66(rng, currency, lang)
    when = day(rng)
    gift, unit, places = TREE_GIFTS[body]
    status, words = _outcome66(rng, 0.55, lang, p_success=0.6, p_failed=0.2)
    rows: list[tuple] = [("title", body)]
    rows.append(
        (
            "center",
            _say(
                rng,
                lang,
                en=["Thank you for your donation", "Your tree dedication", "Donation receipt"]
                if status not in ("failed", "pending")
                else ["Your tree dedication", "Your donation"],
                de=["Vielen Dank für Ihre Baumspende", "Spendenquittung"]
                if status not in ("failed", "pending")
                else ["Ihre Baumspende"],
                fr=["Merci pour votre commande", "Récapitulatif de commande"]
                if status not in ("failed", "pending")
                else ["Récapitulatif de commande"],
                nl=["Bedankt voor je donatie", "Bevestiging donatie"]
                if status not in ("failed", "pending")
                else ["Je donatie"],
                it=["Grazie per il tuo ordine", "Riepilogo ordine"]
                if status not in ("failed", "pending")
                else ["Riepilogo ordine"],
            ),
        )
    )
    _status66(rng, rows, words, lang)
    rows.append(("rule",))
    donor = _who(rng, currency, lang)
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Donor", "Name", "From"],
                de=["Spender/in"],
                fr=["Client", "De la part de"],
                nl=["Donateur", "Naam"],
                it=["Cliente", "Da parte di"],
            ),
            donor,
        )
    )
    honoured = _who(rng, currency, lang)
    while honoured == donor:
        honoured = _who(rng, currency, lang)
    if shown(rng, 0.8):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Dedication", "Message"],
                    de=["Widmung"],
                    fr=["Dédicace"],
                    nl=["Opdracht"],
                    it=["Dedica"],
                ),
                rng.choice(DEDICATIONS[lang]).format(honoured.split()[0] if shown(rng, 0.5) else honoured),
            )
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Occasion date", "Special date"],
                    de=["Anlass am"],
                    fr=["Date de l'occasion"],
                    nl=["Datum gelegenheid"],
                    it=["Data della ricorrenza"],
                ),
                _d(_later(when, rng, 1, 40), pattern, lang),
            )
        )
    if lang in ("it", "fr", "en") and shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Recipient e-mail", "Send certificate to"],
                    fr=["E-mail du destinataire"],
                    it=["E-mail destinatario"],
                ),
                honoured.split()[0].lower().translate(str.maketrans("éèàïë", "eeaie"))
                + rng.choice(
                    {"fr": ["@orange.fr", "@gmail.com"], "it": ["@libero.it", "@gmail.com"]}.get(
                        lang, ["@gmail.com", "@outlook.com"]
                    )
                ),
            )
        )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Planted at", "Project", "Woodland"],
                de=["Projekt"],
                fr=["Projet"],
                nl=["Projectlocatie"],
                it=["Progetto"],
            ),
            rng.choice(places),
        )
    )
    rows.append(("rule",))
    n = rng.choice([1, 1, 3, 5, 10]) if unit > 5 else rng.choice([10, 20, 50])
    rows.append(("pair", f"{n} x {gift} @ {_m(unit, grouping)}" if n > 1 else gift, _m(unit * n, grouping)))
    total = round(unit * n, 2)
    if shown(rng, 0.25) and body in (
        "Woodland Trust",
        "Crann - Trees for Ireland",
        "Trees for All",
        "Arbor Day Foundation",
    ):
        extra = {"GBP": 5.0, "USD": 10.0, "EUR": 5.0}[currency]
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Printed certificate", "Extra donation"], nl=["Extra gift"]),
                _m(extra, grouping),
            )
        )
        total = round(total + extra, 2)
    if body == "Treedom":
        _vat66(rng, rows, grouping, total, currency, lang, "included", 0.22)
    monthly = body in ("Woodland Trust", "Trees for All") and shown(rng, 0.25)
    if monthly:
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Frequency"], nl=["Frequentie"]),
                _say(
                    rng,
                    lang,
                    en=["Monthly (first payment today)"],
                    nl=["Maandelijks (eerste betaling vandaag)"],
                ),
            )
        )
    _total66(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        _say(
            rng,
            lang,
            en=[["Total", "Donation", "Donation amount"]],
            de=[["Spendenbetrag", "Gesamt"]],
            fr=[["Total", "Montant"]],
            nl=[["Totaal", "Donatiebedrag"]],
            it=[["Totale", "Totale ordine"]],
        ),
        _say(
            rng,
            lang,
            en=[["Amount paid", "Total donated"]],
            de=[["Gespendet"]],
            fr=[["Montant réglé"]],
            nl=[["Betaald bedrag"]],
            it=[["Totale pagato"]],
        ),
    )
    if monthly:
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Next payment"], nl=["Volgende afschrijving"]),
                _d(_later(when, rng, 28, 32), pattern, lang),
            )
        )
    co2 = round(n * rng.choice([0.15, 0.25, 0.5]), 2)
    if shown(rng, 0.4):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[f"Your trees will absorb about {co2:g} tonnes of CO2."],
                    de=[f"Ihre Bäume binden rund {str(co2).replace('.', ',')} t CO2."],
                    fr=[f"Vos arbres stockeront environ {str(co2).replace('.', ',')} t de CO2."],
                    nl=[f"Je bomen leggen zo'n {str(co2).replace('.', ',')} ton CO2 vast."],
                    it=[f"I tuoi alberi assorbiranno circa {str(co2).replace('.', ',')} t di CO2."],
                ),
            )
        )
    note = {
        "INR": "Donations are eligible for 50% deduction under Section 80G (PAN AADCG1234K).",
        "GBP": f"Gift Aid: we'll claim an extra {fmt(round(total * 0.25, 2))} from HMRC.",
        "USD": "Arbor Day Foundation is a 501(c)(3) nonprofit, EIN 47-0516985. No goods or services were provided.",
        "nl": "Trees for All is een ANBI - RSIN 8192.36.470",
        "de": "Ihre Zuwendungsbestätigung erhalten Sie zu Beginn des Folgejahres.",
        "IE": "Crann - Trees for Ireland, CHY 8452, RCN 20019018",
        "fr": "",
        "it": "",
    }[_key(currency, lang)]
    if note and shown(rng, 0.3):
        rows.append(("small", note))
    kinds = (
        ["UPI", "card", "netbanking", "wallet"]
        if currency == "INR"
        else (["netbanking", "netbanking", "card"] if lang == "nl" else ["card", "card", "wallet"])
    )
    if monthly and (lang == "nl" or shown(rng, 0.6)):  # a monthly gift by direct debit
        rows.append(
            (
                "pair",
                _say(rng, lang, en=["Payment method", "Paying by"], nl=["Betaalwijze"]),
                _say(
                    rng,
                    lang,
                    en=["Direct Debit"],
                    nl=["Automatische incasso (SEPA)", "Doorlopende machtiging"],
                ),
            )
        )
        method = "netbanking"
    else:
        method = _pay66(rng, rows, currency, lang, ["card"] if monthly else kinds, 0.25, True, status)
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Certificate no", "Tree ID"],
                    de=["Urkunden-Nr."],
                    fr=["Code de l'arbre"],
                    nl=["Certificaatnummer"],
                    it=["Codice albero"],
                ),
                code(rng, 2, UPPER) + digits(rng, 7),
            )
        )
    ref = {
        "INR": "GT" + digits(rng, 9),
        "GBP": "WT" + digits(rng, 8),
        "USD": digits(rng, 10),
        "nl": digits(rng, 8),
        "it": "TRD" + digits(rng, 8),
        "de": f"SP-{when.year}-{digits(rng, 6)}",
        "IE": "CR" + digits(rng, 6),
        "fr": "RA" + digits(rng, 9),
    }[_key(currency, lang)]
    txn = _id(
        rng,
        rows,
        {
            "en": ["Donation ref", "Transaction ID", "Order number", "Gift ID"],
            "de": ["Spenden-Nr.", "Vorgangsnummer"],
            "fr": ["N° de commande", "Référence"],
            "nl": ["Transactienummer", "Donatienummer"],
            "it": ["Numero ordine", "N. ordine"],
        }[lang],
        ref,
        0.2,
    )
    dated = _dated66(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Donation date", "Date", "Date of gift"],
            "de": ["Spendendatum", "Datum"],
            "fr": ["Date de commande", "Date"],
            "nl": ["Datum donatie", "Datum"],
            "it": ["Data ordine", "Data"],
        }[lang],
        0.25,
        0.4,
        status,
    )
    truth = truth_fields(body, total, currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.6) else SCREEN
    return rows, truth, _page(font, rows, _sized(style, 19), body)
