"""The twelve heldout73 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: money moved between people and through apps,
banks, counters and platforms (a bill-split app's settlement, a cheque deposit's acknowledgement, cash handed over a
counter to send to someone, a bank's standing order, an international money transfer app's receipt, a
buy-now-pay-later instalment, a term or savings deposit, a rented home's deposit, a gift card bought for someone, a
tuition fee paid abroad through a platform, a business's remittance advice to its supplier, a contribution to a
collection pot or a fundraiser). The page and value helpers of heldout14, heldout62, heldout65, heldout66 and
heldout68 are reused (a money mark chosen once per page, one date pattern per page, English, German, French, Dutch
and Italian wordings, page widths that hold every line); this set adds Spanish pages (day first, Spanish months and
weekdays, euros in the euro area's grouping), a second currency on a page (the sum received and the rate) and each
family's own outcome wordings. ``truth_fields`` states the fields exactly as the page prints them (``None`` where a
field is not printed). The payee is whoever was paid: a friend, an account holder, a recipient, a landlord, a
university or a supplier named under a label, or the provider, bank, shop, agent or platform on top where it took
the money; the sender, the app or bank that moved it, the business that sent an advice, the shop a purchase was made
at, a gift's recipient, a student, a pot's organiser are never it. A page prints at most one date of payment; the
other days (a cheque's date, an availability, a standing order's first, next and last payments, a plan's next
instalment, a bill's period and due day, a retry, a maturity, a tenancy's start, a gift's delivery, a card's
validity, a deadline, an invoice's day, a pot's closing day, a date of birth) are never it. A page prints at most one
transaction id, the strongest printed: the payment's reference, else the document's own number; account, card,
cheque, MICR, kiosk, agent, till, student, supplier, invoice, scheme and deposit numbers are never it. The amount is
what the payer paid on the page, in the payer's currency; a sum received in another currency, a rate, a balance, an
order's total, a rent, a face value, an invoices' gross, a pot's total are never it.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits, money, rupee, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import _earlier, _id, _later, _page, _sized
from bench.receipt_sets.heldout65_families import A4, DARK, THERMAL
from bench.receipt_sets.heldout66_families import (
    METHOD_LABELS,
    OUTCOMES66,
    PAID_WORDS,
    STATUS_LABELS,
    _clock66,
    _d,
    _fmt66,
    _issuer,
    _key,
    _m,
    _pattern66,
    _say,
    _who,
    _words_inr,
)
from bench.receipt_sets.heldout68_families import RECEIPT_WORDS, _tax_ids, _terms

ALNUM = UPPER + "23456789"
# a reference printed in both cases: no l, I, O, 0 or 1 that a reader could swap
MIXED = "".join(c for c in "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")

# ---------------------------------------------------------------- Spanish pages beside heldout66's languages
#
# heldout66 prints English, German, French, Dutch and Italian pages; this set adds Spanish ones (day first, months
# and weekdays named in Spanish, euros in the euro area's grouping with the mark after the sum) and otherwise hands
# every page to heldout66's helpers.

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
ES_PATTERNS = ["%d/%m/%Y", "{d} de {B} de %Y", "%d-%m-%Y", "%d/%m/%y", "{a}, {d} de {B} de %Y"]
ES_MARKS = [("", " €"), ("", " €"), ("", "€"), ("", " EUR"), ("EUR ", "")]
ES_PEOPLE = [
    "Lucía Fernández",
    "Javier Morales",
    "Carmen Ruiz",
    "Álvaro Navarro",
    "Marta Gil",
    "Sergio Castro",
]
STATUS73 = dict(STATUS_LABELS, es=["Estado", "Estado de la operación"])
METHOD73 = dict(METHOD_LABELS, es=["Forma de pago", "Medio de pago", "Pagado con", "Método de pago"])
PAID73 = PAID_WORDS + ("Pagado",)
PLAIN_DATE = {
    "en": ["Date", "Date & time"],
    "de": ["Datum"],
    "fr": ["Date"],
    "nl": ["Datum"],
    "it": ["Data"],
    "es": ["Fecha"],
}


def _fmt73(rng: random.Random, font: str, currency: str, lang: str, styles: list[str] | None = None):
    """A formatter of the page's sums, its mark chosen once per page, and the grouping of its figures."""
    if lang == "es":
        before, after = rng.choice(ES_MARKS)
        return (lambda value: before + _m(value, "european") + after), "european"
    return _fmt66(rng, font, currency, lang, styles)


def _pattern73(rng: random.Random, currency: str, lang: str) -> str:
    return rng.choice(ES_PATTERNS) if lang == "es" else _pattern66(rng, currency, lang)


def _d73(when: dt.date, pattern: str, lang: str) -> str:
    """``when`` in the page's pattern and language."""
    if lang != "es":
        return _d(when, pattern, lang)
    return (
        when.strftime(pattern)
        .replace("{d}", str(when.day))
        .replace("{B}", ES_MONTHS[when.month - 1])
        .replace("{a}", ES_DAYS[when.weekday()])
    )


def _stamp73(rng: random.Random, when: dt.date, pattern: str, currency: str, lang: str, p_time=0.4) -> str:
    """The day (with a time of day in a share) as the page prints it."""
    text = _d73(when, pattern, lang)
    if rng.random() < p_time:
        if lang == "es":
            hour, minute = rng.randrange(7, 22), rng.randrange(60)
            text += rng.choice([" ", ", ", " a las "]) + f"{hour:02d}:{minute:02d}" + rng.choice(["", " h"])
        else:
            joins = {"en": [" ", ", ", " at "], "fr": [" ", " à "]}.get(lang, [" ", ", "])
            text += rng.choice(joins) + _clock66(rng, currency, lang)
    return text


def _who73(rng: random.Random, currency: str, lang: str, *taken: str) -> str:
    """A person in the page's country other than those already named on it."""
    while True:
        person = rng.choice(ES_PEOPLE) if lang == "es" else _who(rng, currency, lang)
        if person not in taken:
            return person


def _outcome73(rng, p_shown, lang, table, p_success=0.6, p_failed=0.2):
    """An outcome on a share of pages in the family's words for the page's language; (status, words) or (None,
    None). The family's table names success, failed and pending (a scheduled payment waits: pending)."""
    if rng.random() >= p_shown:
        return None, None
    roll = rng.random()
    status = "success" if roll < p_success else ("failed" if roll < p_success + p_failed else "pending")
    words = table.get(lang) or table["en"]
    if not words.get(status):
        status = "success"
    return status, rng.choice(words[status])


def _status73(rng, rows, words, lang, p_line=0.6) -> None:
    """The outcome on a line of its own, or beside a status label."""
    if not words:
        return
    if rng.random() < p_line:
        rows.append(("center", words))
    else:
        rows.append(("pair", rng.choice(STATUS73[lang]), words))


def _dated73(rng, rows, when, pattern, currency, lang, labels, p_absent=0.2, p_time=0.4, status=None):
    """The day paid under one of the page's ``labels`` in a share, or None. Where the payment failed or waits, the
    day it was tried is printed under a plain date label."""
    if not shown(rng, p_absent):
        return None
    pool = PLAIN_DATE[lang] if status in ("failed", "pending") else labels[lang]
    rows.append(("pair", rng.choice(pool), _stamp73(rng, when, pattern, currency, lang, p_time)))
    return when


def _way73(rng, rows, lang, ways, p_absent=0.2, status=None, labels=None) -> str | None:
    """A way to pay from ``ways`` ((printed words, truth) by language) under a label in a share; its truth or None.
    Where the payment failed or waits, no label says it was paid."""
    if not shown(rng, p_absent):
        return None
    pool = list(labels[lang] if labels else METHOD73[lang])
    if status in ("failed", "pending"):
        pool = [label for label in pool if not label.startswith(PAID73)] or ["Method"]
    printed, kind = rng.choice(ways.get(lang) or ways["en"])
    rows.append(("pair", rng.choice(pool), printed.replace("{4}", digits(rng, 4))))
    return kind


def _id73(rng, rows, labels, value, p_absent, status) -> str | None:
    """The id under one of ``labels`` in a share; where the payment failed or waits, under none that calls the page
    a receipt."""
    if status in ("failed", "pending"):
        labels = [label for label in labels if not label.startswith(RECEIPT_WORDS + ("Recibo",))] or ["Ref."]
    return _id(rng, rows, labels, value, p_absent)


def _ids73(rng, rows, entries, status, p_absent=0.35) -> str | None:
    """Each of ``entries`` ((labels, value), the strongest first) printed in a share, in a shuffled order; the
    strongest printed (the id), or None."""
    printed = [index for index in range(len(entries)) if shown(rng, p_absent)]
    for index in rng.sample(printed, len(printed)):
        labels, value = entries[index]
        _id73(rng, rows, labels, value, 0.0, status)
    return entries[printed[0]][1] if printed else None


TOTALS73 = {
    "en": ["Total", "Amount", "Total amount"],
    "de": ["Gesamt", "Gesamtbetrag", "Betrag"],
    "fr": ["Total", "Montant total", "Montant"],
    "nl": ["Totaal", "Totaalbedrag", "Bedrag"],
    "it": ["Totale", "Importo", "Importo totale"],
    "es": ["Total", "Importe", "Importe total"],
}
PAID_TOTALS73 = {
    "en": ["Amount paid", "Total paid"],
    "de": ["Gezahlter Betrag", "Zahlbetrag"],
    "fr": ["Montant payé", "Montant réglé"],
    "nl": ["Betaald bedrag"],
    "it": ["Importo pagato", "Totale pagato"],
    "es": ["Importe pagado", "Total pagado"],
}


def _total73(rng, rows, fmt, total, status, lang, totals=None, paid=None) -> None:
    """The total line: a wording of money having changed hands only where no failure or wait is printed."""
    labels = list((totals or TOTALS73)[lang])
    if status not in ("failed", "pending"):
        labels += (paid or PAID_TOTALS73)[lang]
    rows.append(("pair", rng.choice(labels), fmt(total)))


def _words(lang: str, **table: list[str]) -> list[str]:
    """The wordings for the page's language (English where none)."""
    return table.get(lang) or table["en"]


def _group(lang: str) -> str:
    """The grouping of a euro page's figures."""
    return "french" if lang == "fr" else "european"


# ---------------------------------------------------------------- a second currency on the page
#
# A transfer shown in two currencies prints the sum received in another currency, with its ISO code (or the rupee
# mark where the face holds it) in the page's grouping, and the rate in the page's decimal mark.


def _other_money(rng: random.Random, font: str, code3: str, lang: str, grouping: str):
    """A formatter of sums in a second currency (``code3``) on the page, chosen once per page."""
    if lang != "en":
        place = rng.choice(["after", "after", "before"])
        return lambda value: (
            f"{_m(value, grouping)} {code3}" if place == "after" else f"{code3} {_m(value, grouping)}"
        )
    if code3 == "INR":
        grouping = "indian" if rng.random() < 0.75 else "western"
        mark = rng.choice([rupee(font), rupee(font), "INR "])
        mark = mark + " " if mark == "Rs." else mark
        return lambda value: mark + money(value, grouping)
    place = rng.choice(["after", "before"])
    return lambda value: (
        f"{money(value, 'western')} {code3}" if place == "after" else f"{code3} {money(value, 'western')}"
    )


def _rate(value: float, lang: str, places: int = 4) -> str:
    """An exchange rate with the page's decimal mark."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if lang != "en" else text


def _cents(value: float, whole: bool = False) -> float:
    return float(round(value)) if whole else round(value, 2)


# ---------------------------------------------------------------- 1 a bill-split app's settlement


SPLIT_APPS = {
    "INR": [("Splitwise", "en")],
    "GBP": [("Splitwise", "en")],
    "USD": [("Splitwise", "en")],
    "EUR": [
        ("Splitwise", "en"),
        ("Tricount", "fr"),
        ("Tricount", "nl"),
        ("Tricount", "es"),
        ("Settle Up", "de"),
        ("Settle Up", "it"),
    ],
}
SPLIT_BANDS = {"Splitwise": (27, 194, 157), "Tricount": (35, 87, 200), "Settle Up": (0, 150, 136)}
# a group, and its expenses (what each cost, never the amount)
SPLIT_GROUPS = {
    "INR": [
        (
            "Goa trip Dec",
            [("Villa booking", 18000.0), ("Dinner at Britto's", 4860.0), ("Scooty rental", 2400.0)],
        ),
        (
            "Flat 402 - monthly",
            [("Electricity (BESCOM)", 3260.0), ("Maid salary", 6000.0), ("Broadband", 1179.0)],
        ),
        ("Coorg weekend", [("Homestay", 9600.0), ("Fuel", 2150.0), ("Coffee estate tour", 1800.0)]),
    ],
    "GBP": [
        ("Cornwall weekend", [("Airbnb", 612.0), ("Fish & chips", 48.6), ("Petrol", 71.2)]),
        (
            "Flat 3, Elm Road",
            [("Council tax (March)", 186.0), ("Octopus Energy", 142.37), ("Broadband", 32.0)],
        ),
    ],
    "USD": [
        ("Lake Tahoe cabin", [("Cabin rental", 1240.0), ("Groceries", 186.45), ("Ski rentals", 264.0)]),
        ("Apt 5C utilities", [("ConEd", 148.22), ("Internet", 65.0), ("Cleaning", 120.0)]),
    ],
    "IE": [
        ("Galway weekend", [("Airbnb", 540.0), ("Dinner at Ard Bia", 212.4), ("Taxi", 38.0)]),
        (
            "House bills - Rathmines",
            [("Electric Ireland", 164.3), ("Bin charges", 29.0), ("Broadband", 45.0)],
        ),
    ],
    "fr": [
        ("Week-end à Étretat", [("Location gîte", 420.0), ("Courses Carrefour", 86.4), ("Péage A13", 21.3)]),
        ("Coloc rue Oberkampf", [("Électricité EDF", 94.2), ("Box internet", 34.99), ("Courses", 57.8)]),
    ],
    "nl": [
        ("Weekend Ardennen", [("Huisje", 385.0), ("Boodschappen Delhaize", 92.35), ("Kajakhuur", 60.0)]),
        ("Huisgenoten Oudegracht", [("Energie", 128.4), ("Internet", 42.5), ("Schoonmaakmiddelen", 18.9)]),
    ],
    "es": [
        ("Viaje a Asturias", [("Casa rural", 480.0), ("Sidrería", 96.5), ("Gasolina", 74.0)]),
        ("Piso Lavapiés", [("Luz (Iberdrola)", 88.6), ("Fibra", 35.0), ("Compra Mercadona", 63.2)]),
    ],
    "de": [
        ("WG Sternstraße", [("Stromabschlag", 96.0), ("Internet", 39.99), ("Putzmittel", 14.8)]),
        ("Ostsee-Urlaub", [("Ferienwohnung", 640.0), ("Einkauf Edeka", 112.45), ("Strandkorb", 48.0)]),
    ],
    "it": [
        (
            "Vacanze in Sardegna",
            [("Appartamento", 720.0), ("Cena a Cagliari", 138.0), ("Noleggio auto", 210.0)],
        ),
        ("Casa via Padova", [("Bolletta luce", 92.4), ("Internet", 29.9), ("Spesa Esselunga", 71.35)]),
    ],
}
SPLIT_NOTES = {
    "INR": ["villa share", "cab + dinner", "Dec rent share", "settling up"],
    "en": ["for the weekend", "bills March", "cabin + groceries", "thanks!"],
    "de": ["Strom + Internet", "Urlaub Ausgleich"],
    "fr": ["part du gîte", "courses + EDF"],
    "nl": ["huisje + boodschappen", "energie maart"],
    "it": ["quota appartamento", "bollette"],
    "es": ["casa rural", "facturas del piso"],
}
SPLIT_WORDS = {
    "en": {
        "success": ["Payment sent", "Settled up", "Payment completed"],
        "failed": ["Payment failed", "PayPal payment could not be completed"],
        "pending": ["Payment pending", "Waiting for confirmation"],
    },
    "de": {
        "success": ["Zahlung gesendet", "Ausgeglichen"],
        "failed": ["Zahlung fehlgeschlagen"],
        "pending": ["Zahlung ausstehend"],
    },
    "fr": {
        "success": ["Remboursement effectué", "Paiement envoyé"],
        "failed": ["Échec du remboursement"],
        "pending": ["Remboursement en attente"],
    },
    "nl": {
        "success": ["Terugbetaling voltooid", "Betaling verstuurd"],
        "failed": ["Terugbetaling mislukt"],
        "pending": ["Terugbetaling in behandeling"],
    },
    "it": {
        "success": ["Rimborso completato", "Pagamento inviato"],
        "failed": ["Rimborso non riuscito"],
        "pending": ["Rimborso in attesa"],
    },
    "es": {
        "success": ["Reembolso completado", "Pago enviado"],
        "failed": ["Reembolso fallido"],
        "pending": ["Reembolso pendiente"],
    },
}
# ways the settlement was paid, by the page's country or language
SPLIT_WAYS = {
    "INR": [
        ("UPI (Google Pay)", "UPI"),
        ("UPI", "UPI"),
        ("Cash", "cash"),
        ("Bank transfer (IMPS)", "netbanking"),
    ],
    "GBP": [("Bank transfer", "netbanking"), ("Cash", "cash"), ("PayPal", "wallet")],
    "USD": [("Venmo", "wallet"), ("PayPal", "wallet"), ("Cash", "cash")],
    "IE": [("Revolut", "wallet"), ("Bank transfer", "netbanking"), ("Cash", "cash")],
    "de": [("PayPal", "wallet"), ("Überweisung", "netbanking"), ("Bar", "cash")],
    "fr": [("Lydia", "wallet"), ("Virement", "netbanking"), ("Espèces", "cash")],
    "nl": [("Overboeking", "netbanking"), ("Contant", "cash"), ("PayPal", "wallet")],
    "it": [("Satispay", "wallet"), ("Bonifico", "netbanking"), ("Contanti", "cash")],
    "es": [("Transferencia", "netbanking"), ("Efectivo", "cash"), ("PayPal", "wallet")],
}
YOU = {"en": "You", "de": "Du", "fr": "Vous", "nl": "Jij", "it": "Tu", "es": "Tú"}


def _paid_line(rng, lang: str, payer: str, payee: str) -> str:
    """A sentence that names who paid whom (the payer ``YOU`` where the app's user paid)."""
    you = payer == YOU[lang]
    return {
        "en": f"You paid {payee}" if you else f"{payer} paid {payee}",
        "de": f"Du hast {payee} bezahlt" if you else f"{payer} hat {payee} bezahlt",
        "fr": f"Vous avez remboursé {payee}" if you else f"{payer} a remboursé {payee}",
        "nl": f"Je hebt {payee} terugbetaald" if you else f"{payer} heeft {payee} terugbetaald",
        "it": f"Hai rimborsato {payee}" if you else f"{payer} ha rimborsato {payee}",
        "es": f"Has pagado a {payee}" if you else f"{payer} ha pagado a {payee}",
    }[lang]


def bill_split_settlement(rng: random.Random, font: str):
    """A bill-split app's settlement screen (Splitwise in India, the UK, the US and Ireland, Tricount on French,
    Dutch and Spanish pages, Settle Up on German and Italian ones), light or dark: the app on top (never the payee),
    the group, who paid whom in a sentence (You paid Rahul Mehra / Vous avez remboursé Léa / Has pagado a Marta) or
    under From / To, Von / An, De / À, Van / Aan, Da / A, De / Para (the one paid is the payee; the payer and the
    group's other members never), the sum in large type, the way it was paid in a share (UPI, Venmo, PayPal, Lydia,
    Satispay, Revolut, a bank transfer, cash), a UPI or PayPal reference in a share (the only id such a page
    prints; a group's share code never), the group's expenses and who paid them, the group's total and the user's
    share, the members' balances left after it (never the amount), a note, an outcome in a share."""
    currency, app, lang = _issuer(rng, SPLIT_APPS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang)
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    group, expenses = rng.choice(SPLIT_GROUPS[key])
    payee = _who73(rng, currency, lang)
    third = _who73(rng, currency, lang, payee)
    payer = YOU[lang] if shown(rng, 0.4) else _who73(rng, currency, lang, payee, third)
    members = 3 if payer == YOU[lang] else 4
    spent = round(sum(value for _, value in expenses), 2)
    whole = currency == "INR"
    settle = _cents(spent / members + rng.uniform(-0.1, 0.1) * spent / members, whole)
    status, words = _outcome73(rng, 0.55, lang, SPLIT_WORDS, 0.65, 0.15)
    dark = shown(rng, 0.65)
    band = shown(rng, 0.5)
    rows: list[tuple] = [("title", app)]
    rows.append(("center", group))
    if band and not dark:
        rows.append(("rule",))  # the band holds the app's name and the group's
    rows.append(
        (
            "center",
            rng.choice(
                _words(
                    lang,
                    en=["Settle up", "Payment", "Payment details"],
                    de=["Ausgleichszahlung", "Zahlung"],
                    fr=["Remboursement", "Détail du remboursement"],
                    nl=["Terugbetaling", "Betaling"],
                    it=["Rimborso", "Pareggio conti"],
                    es=["Reembolso", "Saldar cuentas"],
                )
            ),
        )
    )
    rows.append(("big", fmt(settle)))
    if shown(rng, 0.5):
        rows.append(("center", _paid_line(rng, lang, payer, payee)))
    else:
        src, dst = {
            "en": ("From", "To"),
            "de": ("Von", "An"),
            "fr": ("De", "À"),
            "nl": ("Van", "Aan"),
            "it": ("Da", "A"),
            "es": ("De", "Para"),
        }[lang]
        rows.append(("pair", src, payer))
        rows.append(("pair", dst, payee))
    _status73(rng, rows, words, lang)
    ways = SPLIT_WAYS[key]
    if status in ("failed", "pending"):
        ways = [way for way in ways if way[1] != "cash"]
    method = None
    printed = None
    if shown(rng, 0.25):
        printed, method = rng.choice(ways)
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Paid via", "Method"] if status in (None, "success") else ["Method", "Via"],
                        de=["Zahlungsart", "Über"],
                        fr=["Moyen de paiement", "Via"],
                        nl=["Betaalmethode", "Via"],
                        it=["Metodo", "Tramite"],
                        es=["Método", "Mediante"],
                    )
                ),
                printed,
            )
        )
    txn = None
    if printed and printed.startswith("UPI") and shown(rng, 0.3):
        txn = _id73(rng, rows, ["UPI Ref No", "UPI transaction ID", "UTR"], digits(rng, 12), 0.0, status)
    elif printed == "PayPal" and shown(rng, 0.4):
        txn = _id73(
            rng,
            rows,
            _words(
                lang,
                en=["PayPal transaction ID", "Transaction ID"],
                de=["PayPal-Transaktionscode"],
                nl=["PayPal-transactie-ID"],
                es=["ID de transacción de PayPal"],
            ),
            code(rng, 17, UPPER + "0123456789"),
            0.0,
            status,
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang, en=["Note"], de=["Notiz"], fr=["Note"], nl=["Notitie"], it=["Nota"], es=["Nota"]
                    )
                ),
                rng.choice(SPLIT_NOTES.get(key) or SPLIT_NOTES.get(lang) or SPLIT_NOTES["en"]),
            )
        )
    dated = _dated73(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Added on", "Paid on"],
            "de": ["Datum", "Hinzugefügt am"],
            "fr": ["Date", "Ajouté le"],
            "nl": ["Datum", "Toegevoegd op"],
            "it": ["Data", "Aggiunto il"],
            "es": ["Fecha", "Añadido el"],
        },
        0.3,
        0.5,
        status,
    )
    rows.append(("rule",))
    if shown(rng, 0.4):
        rows.append(
            (
                "left",
                rng.choice(
                    _words(
                        lang,
                        en=["Recent expenses"],
                        de=["Letzte Ausgaben"],
                        fr=["Dernières dépenses"],
                        nl=["Recente uitgaven"],
                        it=["Ultime spese"],
                        es=["Últimos gastos"],
                    )
                ),
            )
        )
        by = _words(
            lang,
            en=["paid by"],
            de=["bezahlt von"],
            fr=["payé par"],
            nl=["betaald door"],
            it=["pagato da"],
            es=["pagado por"],
        )[0]
        for name, value in rng.sample(expenses, rng.choice([1, 2])):
            who = rng.choice([payee, third])
            rows.append(("pair", f"{name} ({by} {who})", _m(value, grouping)))
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Total group spending", "Group total"],
                        de=["Gesamtausgaben"],
                        fr=["Dépenses totales"],
                        nl=["Totale uitgaven"],
                        it=["Totale spese"],
                        es=["Gasto total"],
                    )
                ),
                fmt(spent),
            )
        )
        if shown(rng, 0.4):
            rows.append(
                (
                    "pair",
                    rng.choice(
                        _words(
                            lang,
                            en=["Your share"],
                            de=["Dein Anteil"],
                            fr=["Votre part"],
                            nl=["Jouw deel"],
                            it=["La tua quota"],
                            es=["Tu parte"],
                        )
                    ),
                    fmt(_cents(spent / members, whole)),
                )
            )
    if shown(rng, 0.4):
        owed = _cents(settle * rng.uniform(0.2, 0.9), whole)
        rows.append(
            (
                "small",
                rng.choice(
                    _words(
                        lang,
                        en=[f"{third} still owes {payee} {fmt(owed)}", f"{third} owes {payee} {fmt(owed)}"],
                        de=[f"{third} schuldet {payee} noch {fmt(owed)}"],
                        fr=[f"{third} doit encore {fmt(owed)} à {payee}"],
                        nl=[f"{third} moet {payee} nog {fmt(owed)} betalen"],
                        it=[f"{third} deve ancora {fmt(owed)} a {payee}"],
                        es=[f"{third} todavía debe {fmt(owed)} a {payee}"],
                    )
                ),
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "small",
                {
                    "Splitwise": rng.choice(
                        ["Splitwise records payments between friends.", f"Group code: {code(rng, 6, ALNUM)}"]
                    ),
                    "Tricount": f"tricount.com/t{code(rng, 14, MIXED)}",
                    "Settle Up": rng.choice(
                        ["Settle Up - Gruppenausgaben teilen", f"ID gruppo: {code(rng, 8, ALNUM)}"]
                    )
                    if lang == "it"
                    else "Settle Up - Gruppenausgaben teilen",
                }[app],
            )
        )
    truth = truth_fields(payee, settle, currency, txn, dated, method, status)
    style = dict(DARK if dark else SCREEN)
    if band and not dark:
        style["band"] = SPLIT_BANDS[app]
    return rows, truth, _page(font, rows, style, app)


# ---------------------------------------------------------------- 2 a cheque deposit's acknowledgement


CHEQUE_BANKS = {
    "INR": [("State Bank of India", "en"), ("HDFC Bank", "en"), ("Canara Bank", "en")],
    "GBP": [("Lloyds Bank", "en"), ("NatWest", "en")],
    "USD": [("Chase", "en"), ("Wells Fargo", "en")],
    "EUR": [
        ("AIB", "en"),
        ("Bank of Ireland", "en"),
        ("Crédit Agricole", "fr"),
        ("Intesa Sanpaolo", "it"),
        ("CaixaBank", "es"),
    ],
}
# account holders a cheque is paid to (the payee), by the page's country: people and small businesses
CHEQUE_HOLDERS = {
    "INR": [
        "KAVERI TRADERS",
        "Sneha Banerjee",
        "SRI VINAYAKA AGENCIES",
        "Karthik Subramanian",
        "Rahul Mehra",
    ],
    "GBP": ["Hannah Clarke", "Wrenfield Joinery", "Oliver Bennett", "Mrs R Abernathy"],
    "USD": ["Ethan Brooks", "Ortiz Landscaping Inc.", "Amara Okonkwo", "Daniel Kowalski"],
    "IE": ["Siobhan Murphy", "Claddagh Print Co.", "Aoife Walsh"],
    "fr": ["Julien Moreau", "Léa Fontaine", "SARL Menuiserie Lebrun"],
    "it": ["Giulia Romano", "Ferramenta Colombo", "Marco Ricci"],
    "es": ["Carmen Ruiz", "Javier Morales", "Talleres Ibarra S.L."],
}
# who wrote the cheque (never the payee) and the bank it is drawn on
DRAWERS = {
    "INR": (
        ["Mehta & Sons Hardware", "Pooja Deshmukh", "Nilgiri Foods Pvt Ltd"],
        ["Canara Bank", "Bank of Baroda", "ICICI Bank", "Punjab National Bank"],
    ),
    "GBP": (
        ["Pembroke Dental Ltd", "Mr D Kowalski", "Kinross Cycles Ltd"],
        ["Barclays", "HSBC UK", "Santander UK"],
    ),
    "USD": (
        ["Maple Avenue Bakery LLC", "Ruth Abernathy", "State Farm"],
        ["Bank of America", "PNC Bank", "Citibank"],
    ),
    "IE": (
        ["Shannon Valley Kitchens Ltd", "Revenue Commissioners", "Niamh Brennan"],
        ["Bank of Ireland", "PTSB", "AIB"],
    ),
    "fr": (
        ["Thomas Girard", "Fromagerie Roussel", "CPAM du Rhône"],
        ["LCL", "BNP Paribas", "Société Générale"],
    ),
    "it": (
        ["Studio Bianchi S.r.l.", "Luca Moretti", "Panificio Russo S.n.c."],
        ["UniCredit", "Banco BPM", "BPER Banca"],
    ),
    "es": (
        ["Inmobiliaria Sol S.L.", "Marta Gil", "Mapfre Seguros"],
        ["BBVA", "Banco Santander", "Banco Sabadell"],
    ),
}
CHEQUE_WORDS = {
    "en": {
        "success": ["Cheque accepted", "Deposit received", "Cheque paid in"],
        "failed": ["Cheque rejected", "Deposit not accepted - please take this cheque to a branch"],
        "pending": ["Cheque sent for clearing", "Deposit under review", "Pending"],
    },
    "fr": {
        "success": ["Remise enregistrée"],
        "failed": ["Remise refusée", "Chèque rejeté"],
        "pending": ["Remise en cours de traitement"],
    },
    "it": {
        "success": ["Versamento eseguito", "Operazione eseguita"],
        "failed": ["Versamento non eseguito", "Assegno non accettato"],
        "pending": ["Versamento in lavorazione"],
    },
    "es": {
        "success": ["Ingreso realizado", "Operación realizada"],
        "failed": ["Ingreso rechazado"],
        "pending": ["Ingreso pendiente de abono"],
    },
}


def _cheques(
    rng, key: str, total_range: tuple[float, float], whole: bool
) -> list[tuple[str, str, str, float]]:
    """One to three cheques (one in a phone app): their number, drawer, bank and sum."""
    drawers, banks = DRAWERS[key]
    k = 1 if key in ("GBP", "USD") else rng.choice([1, 1, 1, 2, 2, 3])
    out = []
    for _ in range(k):
        value = _cents(rng.uniform(*total_range) / k, whole)
        if not whole and shown(rng, 0.5):
            value = float(round(value))
        out.append(
            (
                digits(rng, 6) if key != "it" else digits(rng, 10),
                rng.choice(drawers),
                rng.choice(banks),
                value,
            )
        )
    return out


def cheque_deposit(rng: random.Random, font: str):
    """A cheque deposit's acknowledgement: an Indian bank's cheque deposit kiosk slip (State Bank of India, HDFC
    Bank, Canara Bank), a UK or US bank app's mobile cheque deposit (Lloyds Bank, NatWest, Chase, Wells Fargo), an
    Irish lodgement receipt (AIB, Bank of Ireland), a French bordereau de remise de chèques (Crédit Agricole), an
    Italian ATM's ricevuta versamento assegni (Intesa Sanpaolo), a Spanish justificante de ingreso de cheques
    (CaixaBank): the bank on top (never the payee), the account holder credited under A/c Name / Account holder /
    Titulaire / Intestatario / Titular in a share (the payee: whoever the cheque paid; None where the page names no
    holder, an account's product name is no holder), the account number (never the id), each cheque's number, its
    drawer and the bank it is drawn on (never the payee, never the id), the cheque's own date (never the day paid),
    the sum in figures (and in words on Indian slips), funds available now and later with their days (never the
    amount or the day paid), the balance after (never), a kiosk's or an ATM's number (never the id), the deposit's
    own number in a share (Txn No / Ack No / Confirmation number / Reference / N° de remise / Numero operazione /
    Nº de operación), the day deposited in a share, words that credit is subject to realisation (no outcome), an
    outcome in a share; a cheque is none of the five ways to pay."""
    currency, bank, lang = _issuer(rng, CHEQUE_BANKS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang)
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    whole = currency == "INR" and shown(rng, 0.6)
    span = {"INR": (2000.0, 180000.0)}.get(currency, (40.0, 2600.0))
    cheques = _cheques(rng, key, span, whole)
    total = round(sum(value for *_, value in cheques), 2)
    status, words = _outcome73(rng, 0.55, lang, CHEQUE_WORDS, 0.55, 0.2)
    holder = rng.choice(CHEQUE_HOLDERS[key]) if shown(rng, 0.3) else None
    rows: list[tuple] = [("title", bank)]
    mobile = currency in ("GBP", "USD")
    if currency == "INR":
        rows.append(
            (
                "small",
                f"{rng.choice(['Kiosk ID', 'CDK ID', 'Machine No'])}: {code(rng, 3, UPPER)}{digits(rng, 5)}",
            )
        )
    rows.append(
        (
            "center",
            rng.choice(
                {
                    "INR": ["CHEQUE DEPOSIT ACKNOWLEDGEMENT", "Cheque Deposit - Customer Copy"],
                    "GBP": ["Pay in a cheque", "Cheque deposit"],
                    "USD": ["Mobile Deposit", "Deposit details"],
                    "IE": ["Lodgement receipt", "Cheque lodgement"],
                    "fr": ["BORDEREAU DE REMISE DE CHÈQUES", "Remise de chèques"],
                    "it": ["VERSAMENTO ASSEGNI", "Ricevuta di versamento assegni"],
                    "es": ["INGRESO DE CHEQUES", "Justificante de ingreso de cheques"],
                }[key]
            ),
        )
    )
    _status73(rng, rows, words, lang)
    if mobile and shown(rng, 0.5):
        rows.append(("big", fmt(total)))
    if holder:
        rows.append(
            (
                "pair",
                rng.choice(
                    {
                        "INR": ["A/c Name", "Account Holder", "Credited to"],
                        "GBP": ["Account holder", "Name on account"],
                        "USD": ["Account holder", "Name"],
                        "IE": ["Account name", "Account holder"],
                        "fr": ["Titulaire du compte", "Bénéficiaire"],
                        "it": ["Intestatario", "Beneficiario"],
                        "es": ["Titular", "Beneficiario"],
                    }[key]
                ),
                holder,
            )
        )
    account = {
        "INR": ("A/c No", f"XXXXXXX{digits(rng, 4)}"),
        "GBP": (
            rng.choice(["Paid into", "Account"]),
            rng.choice(["Classic Account", "Club Lloyds", "Reward Account"]) + f" ...{digits(rng, 4)}",
        ),
        "USD": (
            rng.choice(["Deposit to", "To account"]),
            rng.choice(["TOTAL CHECKING", "Everyday Checking", "Way2Save Savings"]) + f" ...{digits(rng, 4)}",
        ),
        "IE": ("NSC / Account", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} / ****{digits(rng, 4)}"),
        "fr": ("N° de compte", f"{digits(rng, 5)} {digits(rng, 5)} ******{digits(rng, 3)} {digits(rng, 2)}"),
        "it": ("Conto", f"****{digits(rng, 4)}"),
        "es": ("Cuenta", f"ES{digits(rng, 2)} **** **** {digits(rng, 4)}"),
    }[key]
    rows.append(("pair", *account))
    rows.append(("rule",))
    labels = {
        "INR": ("Cheque No", "Drawn on", "Cheque Date", "Drawer"),
        "GBP": ("Cheque number", "Bank", "Cheque date", "From"),
        "USD": ("Check #", "Bank", "Check date", "Payer"),
        "IE": ("Cheque no.", "Drawn on", "Cheque date", "Drawer"),
        "fr": ("N° chèque", "Banque", "Date du chèque", "Tireur"),
        "it": ("Assegno n.", "Banca", "Data assegno", "Traente"),
        "es": ("Cheque nº", "Entidad librada", "Fecha del cheque", "Librador"),
    }[key]
    for number, drawer, drawn, value in cheques:
        rows.append(("pair", labels[0], number))
        if shown(rng, 0.4):
            rows.append(("pair", labels[3], drawer))
        if shown(rng, 0.4):
            rows.append(("pair", labels[1], drawn))
        if shown(rng, 0.4):
            rows.append(("pair", labels[2], _d73(_earlier(when, rng, 1, 40), pattern, lang)))
        if len(cheques) > 1:
            rows.append(
                (
                    "pair",
                    _say(rng, lang, en=["Amount"], fr=["Montant"], it=["Importo"], es=["Importe"]),
                    _m(value, grouping),
                )
            )
    if currency == "INR" and shown(rng, 0.4):
        rows.append(("small", f"MICR: {digits(rng, 9)}"))
    if len(cheques) > 1:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["No. of cheques"],
                    fr=["Nombre de chèques"],
                    it=["Numero assegni"],
                    es=["Número de cheques"],
                ),
                str(len(cheques)),
            )
        )
    rows.append(
        (
            "pair",
            rng.choice(
                {
                    "INR": ["Amount", "Cheque Amount", "Total Amount"]
                    if len(cheques) == 1
                    else ["Total Amount", "Total"],
                    "GBP": ["Amount", "Cheque amount"],
                    "USD": ["Amount", "Deposit amount", "Total deposit"],
                    "IE": ["Total lodged", "Amount"] if len(cheques) == 1 else ["Total lodged", "Total"],
                    "fr": ["Total de la remise", "Montant total"],
                    "it": ["Importo totale", "Totale versato"],
                    "es": ["Importe total", "Total ingresado"],
                }[key]
            ),
            fmt(total),
        )
    )
    if currency == "INR" and shown(rng, 0.6) and total == int(total):
        rows.append(("small", _words_inr(int(total))))
    if currency == "USD" and status != "failed" and shown(rng, 0.3):
        now = min(225.0, total)
        rows.append(("pair", "Available today", fmt(now)))
        if total > now:
            rows.append(
                (
                    "pair",
                    f"Available {_d73(_later(when, rng, 1, 3), pattern, lang)}",
                    fmt(round(total - now, 2)),
                )
            )
    elif status != "failed" and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                rng.choice(
                    {
                        "INR": ["Expected credit by", "Likely date of credit"],
                        "GBP": ["Funds available by"],
                        "USD": ["Funds available"],
                        "IE": ["Funds available from"],
                        "fr": ["Date de valeur", "Crédit prévu le"],
                        "it": ["Disponibile dal", "Data disponibilità"],
                        "es": ["Disponible el", "Fecha de abono prevista"],
                    }[key]
                ),
                _d73(_later(when, rng, 1, 4), pattern, lang),
            )
        )
    txn = _id73(
        rng,
        rows,
        {
            "INR": ["Txn No", "Ack No", "Transaction ID", "Ref. No."],
            "GBP": ["Reference", "Transaction reference"],
            "USD": ["Confirmation number", "Confirmation #"],
            "IE": ["Transaction no.", "Receipt no."],
            "fr": ["N° de remise", "Référence de la remise"],
            "it": ["Numero operazione", "N. operazione"],
            "es": ["Nº de operación", "Referencia"],
        }[key],
        {
            "INR": f"{code(rng, 2, UPPER)}{digits(rng, 10)}",
            "GBP": code(rng, 10, ALNUM),
            "USD": digits(rng, 10),
            "IE": digits(rng, 8),
            "fr": digits(rng, 7),
            "it": digits(rng, 9),
            "es": f"{digits(rng, 4)}-{digits(rng, 6)}",
        }[key],
        0.3,
        status,
    )
    dated = _dated73(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Deposit date", "Deposited on", "Date & time"],
            "fr": ["Date de remise", "Date"],
            "it": ["Data operazione", "Data"],
            "es": ["Fecha de la operación", "Fecha"],
        },
        0.2,
        0.5,
        status,
    )
    if shown(rng, 0.4) and status != "failed":
        balance = round(total * rng.uniform(1.2, 6.0), 2)
        rows.append(
            (
                "pair",
                rng.choice(
                    {
                        "INR": ["Available balance", "Clear balance"],
                        "fr": ["Solde après opération"],
                        "it": ["Saldo disponibile"],
                        "es": ["Saldo disponible"],
                    }.get(key, ["Available balance", "Balance"])
                ),
                fmt(balance),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=(
            [
                "Credit subject to realisation of cheque.",
                "Cheques deposited after 3 PM will be sent in the next clearing.",
            ]
            if currency == "INR"
            else [
                "Keep your cheque until the money is in your account.",
                "Deposits are subject to verification.",
            ]
        ),
        fr=["Crédit sous réserve d'encaissement.", "Conservez ce bordereau."],
        it=["Salvo buon fine.", "Accredito salvo buon fine dell'assegno."],
        es=["Salvo buen fin.", "El abono queda sujeto al buen fin del cheque."],
    )
    truth = truth_fields(holder, total, currency, txn, dated, None, status)
    if mobile:
        style = rng.choice([SCREEN, DARK, SCREEN])
    elif currency == "INR":
        style = _sized(THERMAL, 18)
    else:
        style = rng.choice([PAPER, A4, _sized(THERMAL, 18)])
    return rows, truth, _page(font, rows, style, bank)


# ---------------------------------------------------------------- 3 cash sent to someone through a counter agent


AGENTS = {
    "INR": [("Spice Money", "en"), ("PayNearby", "en"), ("Airtel Payments Bank", "en")],
    "USD": [("Walmart2Walmart", "en")],
    "EUR": [("An Post", "en"), ("Poste Italiane", "it"), ("Correos", "es")],
}
# the shop or office that took the cash (never the payee)
AGENT_SHOPS = {
    "INR": [
        "Shree Balaji Mobile & Xerox, Kurla West",
        "Maa Durga Telecom, Salt Lake Sec V",
        "Al-Noor Communication, Mehdipatnam",
        "Sai Ram Digital Seva Kendra, Hadapsar",
    ],
    "USD": ["Walmart Supercenter #2145, Memphis TN", "Walmart Supercenter #0871, Houston TX"],
    "IE": ["Rathmines Post Office", "Ballincollig Post Office"],
    "it": ["Ufficio Postale Milano 12", "Ufficio Postale Bari Centro"],
    "es": ["Oficina de Correos Madrid Sucursal 12", "Oficina de Correos Sevilla 4"],
}
BENEFICIARY_BANKS = [
    ("State Bank of India", "SBIN"),
    ("Punjab National Bank", "PUNB"),
    ("Bank of Baroda", "BARB"),
    ("Union Bank of India", "UBIN"),
    ("Indian Bank", "IDIB"),
]
AGENT_WORDS = {
    "INR": {
        "success": ["SUCCESS", "Transaction Successful", "Money sent successfully"],
        "failed": ["FAILED", "Transaction Failed"],
        "pending": ["PENDING", "Under process", "Transaction initiated - awaiting bank response"],
    },
    "USD": {
        "success": ["Money transfer sent", "Transaction complete"],
        "failed": ["Transaction declined", "Transaction cancelled"],
        "pending": ["Transaction pending"],
    },
    "IE": {
        "success": ["Lodgement accepted", "Transaction complete"],
        "failed": ["Transaction declined"],
        "pending": ["Transaction pending"],
    },
    "it": {
        "success": ["Operazione eseguita", "Ricarica effettuata"],
        "failed": ["Operazione non eseguita"],
        "pending": ["Operazione in corso"],
    },
    "es": {
        "success": ["Operación realizada", "Giro admitido"],
        "failed": ["Operación denegada"],
        "pending": ["Operación pendiente"],
    },
}


def agent_money_transfer(rng: random.Random, font: str):
    """Cash handed over a counter to send to someone: an Indian retailer's domestic money transfer slip (Spice Money,
    PayNearby, Airtel Payments Bank), a US store's Walmart2Walmart send receipt, an Irish post office's lodgement to
    a bank account (An Post), an Italian post office's Ricarica Postepay to another person's card (Poste Italiane),
    a Spanish post office's giro nacional (Correos): the service on top (never the payee), the shop, office or agent
    and its agent ID (never), the sender and a mobile number (never), the one sent to under Beneficiary Name /
    Receiver / Account name / Intestatario carta / Destinatario (the payee), their bank, account, IFSC, NSC or card
    (never the id; a Postepay card topped up is the recipient's, never the way paid), the pick-up store (never), the
    transfer's mode (IMPS, NEFT: net banking where no tender is printed), the sum sent, the agent's charges or
    fee, tax and the total collected (the amount: what the sender handed over), the bank's UTR / RRN beside the
    service's own transaction id (the bank's reference is the id where printed, else the service's number), the
    store's till numbers (never), the day in a share, the way the sender paid in a share (cash, a card), an outcome
    in a share."""
    currency, service, lang = _issuer(rng, AGENTS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang, ["sign", "sign_space", "rs", "code_before"])
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    table = AGENT_WORDS[key if key in AGENT_WORDS else lang]
    status, words = _outcome73(rng, 0.7 if currency == "INR" else 0.4, lang, {lang: table}, 0.65, 0.15)
    sender = _who73(rng, currency, lang)
    payee = _who73(rng, currency, lang, sender)
    shop = rng.choice(AGENT_SHOPS[key])
    rows: list[tuple] = [("title", service)]
    told = False
    if currency == "INR":
        sent = float(rng.choice([500, 1000, 1500, 2000, 2500, 3000, 4000, 5000, 4500, 3500]))
        fee = max(10.0, round(sent * 0.01))
        total = sent + fee
        rows.append(("small", shop))
        rows.append(("small", f"Agent ID: {code(rng, 2, UPPER)}{digits(rng, 7)}"))
        rows.append(
            (
                "center",
                rng.choice(["DOMESTIC MONEY TRANSFER", "Money Transfer Receipt", "DMT - Customer Receipt"]),
            )
        )
        _status73(rng, rows, words, lang, 0.4)
        rows.append(("rule",))
        rows.append(("pair", "Sender Name", sender))
        if shown(rng, 0.5):
            rows.append(
                ("pair", "Sender Mobile", f"{rng.choice('6789')}{digits(rng, 1)}XXXXXX{digits(rng, 2)}")
            )
        payee = payee.upper() if shown(rng, 0.5) else payee
        rows.append(("pair", rng.choice(["Beneficiary Name", "Beneficiary", "Bene Name"]), payee))
        bank, prefix = rng.choice(BENEFICIARY_BANKS)
        rows.append(("pair", "Bank", bank))
        rows.append(("pair", rng.choice(["A/c No.", "Account No"]), f"XXXXXXXX{digits(rng, 4)}"))
        rows.append(("pair", "IFSC", prefix + "0" + digits(rng, 6)))
        mode = rng.choice(["IMPS", "IMPS", "NEFT"])
        rows.append(("pair", rng.choice(["Mode", "Transfer Mode"]), mode))
        rows.append(("pair", rng.choice(["Transfer Amount", "Amount"]), fmt(sent)))
        rows.append(("pair", rng.choice(["Charges", "Convenience Fee", "Service Charge"]), fmt(fee)))
        rows.append(("pair", rng.choice(["Total Amount", "Total Collected", "Total"]), fmt(total)))
        entries = [
            (["UTR", "Bank RRN", "IMPS Ref No", "Bank Ref No"], digits(rng, 12)),
            (["Txn ID", "Transaction ID", "Order ID"], f"{code(rng, 3, UPPER)}{when:%y%m%d}{digits(rng, 7)}"),
        ]
        if status == "failed":
            entries = entries[1:]
        txn = _ids73(rng, rows, entries, status, 0.3)
        if shown(rng, 0.55):
            rows.append(("pair", rng.choice(["Amount received in", "Paid by customer"]), "Cash"))
            method = "cash"
        else:
            method = "netbanking"
    elif currency == "USD":
        sent = float(rng.choice([120, 200, 250, 300, 450, 600, 900]))
        fee = 4.5 if sent <= 50 else (9.5 if sent <= 1000 else 14.5)
        total = sent + fee
        rows.append(("center", "Money Transfer - Send"))
        rows.append(("small", "Powered by Ria Money Transfer"))
        _status73(rng, rows, words, lang, 0.5)
        rows.append(("rule",))
        rows.append(("pair", "Sender", sender))
        rows.append(("pair", rng.choice(["Receiver", "Recipient"]), payee))
        rows.append(("pair", "Receiving store", shop))
        rows.append(("pair", "Send amount", fmt(sent)))
        rows.append(("pair", "Transfer fee", fmt(fee)))
        rows.append(("pair", rng.choice(["Total", "Total collected"]), fmt(total)))
        txn = _id73(rng, rows, ["Reference #", "Reference number"], digits(rng, 10), 0.15, status)
        if shown(rng, 0.3):
            rows.append(
                (
                    "small",
                    f"ST# {digits(rng, 4)} OP# 00000{digits(rng, 3)} TE# {rng.randint(10, 40)} TR# {digits(rng, 5)}",
                )
            )
        method = _way73(
            rng,
            rows,
            lang,
            {"en": [("CASH", "cash"), ("Cash", "cash"), ("DEBIT ****{4}", "card")]},
            0.3,
            status,
            {"en": ["Tender", "Paid with"]},
        )
        rows.append(("small", "Receiver needs photo ID and the reference number."))
        told = True
    elif key == "IE":
        total = float(rng.choice([150, 220, 350, 480, 600, 750, 1200]))
        rows.append(("small", shop))
        rows.append(("center", rng.choice(["Lodgement receipt", "Bank lodgement"])))
        _status73(rng, rows, words, lang, 0.5)
        rows.append(("rule",))
        rows.append(("pair", "Lodgement to", rng.choice(["Bank of Ireland", "AIB", "PTSB"])))
        rows.append(("pair", rng.choice(["Account name", "Account holder"]), payee))
        rows.append(
            (
                "pair",
                "NSC / Account",
                f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} / ****{digits(rng, 4)}",
            )
        )
        if shown(rng, 0.5):
            rows.append(("pair", "Lodged by", sender))
        rows.append(("pair", rng.choice(["Amount lodged", "Amount"]), fmt(total)))
        if shown(rng, 0.4):
            rows.append(("pair", "Fee", fmt(0.0)))
        txn = _id73(rng, rows, ["Transaction no.", "Trans No"], digits(rng, 9), 0.2, status)
        method = _way73(
            rng, rows, lang, {"en": [("Cash", "cash"), ("Debit card ****{4}", "card")]}, 0.3, status
        )
        sent = total
    elif lang == "it":
        sent = float(rng.choice([50, 100, 150, 200, 250, 300, 500]))
        fee = 1.0 if shown(rng, 0.3) else 2.0
        total = sent + fee
        rows.append(("small", shop))
        rows.append(("center", rng.choice(["RICARICA CARTA POSTEPAY", "Ricarica Postepay"])))
        _status73(rng, rows, words, lang, 0.5)
        rows.append(("rule",))
        rows.append(("pair", "Numero carta", f"4023 {digits(rng, 2)}** **** {digits(rng, 4)}"))
        payee = payee.upper() if shown(rng, 0.5) else payee
        rows.append(("pair", rng.choice(["Intestatario carta", "Beneficiario"]), payee))
        if shown(rng, 0.5):
            rows.append(("pair", "Ordinante", sender))
        rows.append(("pair", "Importo ricarica", _m(sent, grouping)))
        rows.append(("pair", "Commissione", _m(fee, grouping)))
        rows.append(
            (
                "pair",
                rng.choice(["Totale", "Totale pagato"]) if status in (None, "success") else "Totale",
                fmt(total),
            )
        )
        txn = _id73(
            rng,
            rows,
            ["Numero operazione", "N. operazione", "Codice operazione"],
            f"{digits(rng, 4)}{code(rng, 2, UPPER)}{digits(rng, 6)}",
            0.2,
            status,
        )
        method = _way73(
            rng,
            rows,
            lang,
            {"it": [("Contanti", "cash"), ("Carta Postamat", "card"), ("Contanti", "cash")]},
            0.3,
            status,
        )
    else:
        sent = float(rng.choice([60, 100, 150, 200, 300, 450, 600]))
        fee = round(3.5 + sent * 0.015, 2)
        total = round(sent + fee, 2)
        rows.append(("small", shop))
        rows.append(("center", rng.choice(["GIRO NACIONAL", "Giro nacional - Justificante de imposición"])))
        _status73(rng, rows, words, lang, 0.5)
        rows.append(("rule",))
        rows.append(("pair", "Remitente", sender))
        rows.append(("pair", "Destinatario", payee))
        rows.append(
            (
                "pair",
                "Entrega",
                rng.choice(["A domicilio", "En oficina", "Abono en cuenta ES** **** " + digits(rng, 4)]),
            )
        )
        rows.append(("pair", "Importe del giro", _m(sent, grouping)))
        rows.append(("pair", rng.choice(["Tasa", "Comisión"]), _m(fee, grouping)))
        rows.append(("pair", rng.choice(["Total", "Total a pagar"]), fmt(total)))
        txn = _id73(rng, rows, ["Código de giro", "Nº de giro"], f"GN{digits(rng, 10)}", 0.2, status)
        method = _way73(rng, rows, lang, {"es": [("Efectivo", "cash"), ("Tarjeta", "card")]}, 0.3, status)
    dated = _dated73(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date & Time", "Date", "Txn Date"],
            "it": ["Data", "Data operazione"],
            "es": ["Fecha de admisión", "Fecha"],
        },
        0.15,
        0.7,
        status,
    )
    if currency == "INR":
        _terms(
            rng,
            rows,
            lang,
            1,
            en=[
                "Do not pay more than the charges printed on this receipt.",
                "If the transaction fails, the amount is refunded to the retailer, who returns it to you.",
                "Keep this receipt until the beneficiary confirms credit.",
            ],
        )
    elif not told:
        _terms(
            rng,
            rows,
            lang,
            1,
            en=["Please retain this receipt.", "Lodgements are credited the next working day."],
            it=["Conservare la ricevuta.", "La ricarica è disponibile sulla carta in pochi minuti."],
            es=["Conserve este justificante.", "El destinatario debe presentar su DNI."],
        )
    truth = truth_fields(payee, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(THERMAL, rng.choice([17, 18])), service, 420)


# ---------------------------------------------------------------- 4 a bank's standing order


ORDER_BANKS = {
    "INR": [("State Bank of India", "en"), ("ICICI Bank", "en")],
    "GBP": [("Nationwide", "en"), ("Halifax", "en"), ("Santander UK", "en")],
    "USD": [("Wells Fargo", "en"), ("Capital One", "en")],
    "EUR": [
        ("Bank of Ireland", "en"),
        ("Sparkasse Hannover", "de"),
        ("DKB", "de"),
        ("LCL", "fr"),
        ("ABN AMRO", "nl"),
        ("Intesa Sanpaolo", "it"),
        ("BBVA", "es"),
    ],
}
# who a standing order pays (the payee) and the reference the payer typed (never the id)
ORDER_PAYEES = {
    "INR": [
        ("Ramesh Yadav", "Flat rent", True),
        ("Sunrise Properties", "Shop rent", True),
        ("Meera Pillai", "Monthly support", False),
        ("Vidya Niketan School", "Bus fee", False),
    ],
    "GBP": [
        ("Harrow Lettings Ltd", "FLAT 2 RENT", True),
        ("Mrs Ann Whitely", "PIANO LESSONS", False),
        ("Oliver Bennett", "POCKET MONEY", False),
        ("Kinross Cycling Club", "SUBS", False),
    ],
    "USD": [
        ("Maria Delgado", "Babysitting", False),
        ("Riverside Property Mgmt", "Rent Unit 4B", True),
        ("Ethan Brooks", "Car loan repay", False),
    ],
    "IE": [
        ("O'Donnell Property Management", "Rent Apt 12", True),
        ("Ciara Flynn", "Childminding", False),
        ("St. Brigid's GAA Club", "Lotto", False),
    ],
    "de": [
        ("Hausverwaltung Krämer GmbH", "Miete Wohnung 3. OG", True),
        ("Tobias Neumann", "Taschengeld", False),
        ("TSV Eintracht Hannover", "Mitgliedsbeitrag", False),
    ],
    "fr": [
        ("SCI Les Tilleuls", "Loyer appartement 4B", True),
        ("Camille Laurent", "Argent de poche", False),
        ("Nathalie Roux", "Ménage", False),
    ],
    "nl": [
        ("Verhuur Oudegracht B.V.", "Huur kamer 2", True),
        ("Daan Visser", "Zakgeld", False),
        ("Femke van Leeuwen", "Oppas", False),
    ],
    "it": [
        ("Immobiliare Duomo S.r.l.", "Affitto via Padova", True),
        ("Marco Ricci", "Paghetta", False),
        ("Francesca Greco", "Pulizie", False),
    ],
    "es": [
        ("Inmobiliaria Sol S.L.", "Alquiler piso 3ºB", True),
        ("Álvaro Navarro", "Paga semanal", False),
        ("Marta Gil", "Limpieza", False),
    ],
}
# the sum of each payment: a rent's, or a smaller one's
ORDER_SUMS = {
    "INR": ((12000.0, 45000.0), (1500.0, 8000.0)),
    "GBP": ((650.0, 1650.0), (15.0, 160.0)),
    "USD": ((900.0, 2400.0), (40.0, 400.0)),
    "EUR": ((550.0, 1400.0), (15.0, 180.0)),
}
ORDER_KIND = {
    "INR": ["Standing Instruction", "Standing Instruction - Details", "Scheduled Payment (Recurring)"],
    "GBP": ["Standing order", "Standing order details", "Your standing order"],
    "USD": ["Recurring transfer", "Recurring payment details"],
    "IE": ["Standing order", "Standing order details"],
    "de": ["Dauerauftrag", "Dauerauftrag - Details"],
    "fr": ["Virement permanent", "Détail du virement permanent"],
    "nl": ["Periodieke overboeking", "Details periodieke overboeking"],
    "it": ["Bonifico periodico", "Dettaglio bonifico periodico"],
    "es": ["Transferencia periódica", "Detalle de la transferencia periódica"],
}
ORDER_WORDS = {
    "pending": {
        "INR": ["Scheduled", "Registered - first debit scheduled"],
        "en": ["Scheduled", "First payment scheduled"],
        "de": ["Geplant", "Erste Ausführung geplant"],
        "fr": ["Programmé", "Virement programmé"],
        "nl": ["Ingepland", "Eerste betaling ingepland"],
        "it": ["Programmato", "Bonifico programmato"],
        "es": ["Programada", "Transferencia programada"],
    },
    "success": {
        "INR": ["Executed successfully", "Debited successfully"],
        "USD": ["Completed", "Payment sent"],
        "en": ["Payment made", "Paid"],
        "de": ["Ausgeführt", "Dauerauftrag ausgeführt"],
        "fr": ["Exécuté", "Virement exécuté"],
        "nl": ["Uitgevoerd", "Betaling uitgevoerd"],
        "it": ["Eseguito", "Bonifico eseguito"],
        "es": ["Realizada", "Transferencia realizada"],
    },
    "failed": {
        "INR": ["Failed - insufficient balance", "Not executed"],
        "USD": ["Failed - insufficient funds", "Returned"],
        "en": ["Not paid - insufficient funds", "Standing order payment failed"],
        "de": ["Nicht ausgeführt - keine Deckung", "Nicht ausgeführt"],
        "fr": ["Non exécuté - provision insuffisante", "Rejeté"],
        "nl": ["Niet uitgevoerd - onvoldoende saldo", "Mislukt"],
        "it": ["Non eseguito - fondi insufficienti", "Non eseguito"],
        "es": ["No realizada - saldo insuficiente", "Rechazada"],
    },
}


def standing_order(rng: random.Random, font: str):
    """A bank's standing order, Dauerauftrag, virement permanent, periodieke overboeking, bonifico periodico,
    transferencia periódica, US recurring transfer or Indian standing instruction: a new order's details, a payment it
    made, or one it could not make (State Bank of India, ICICI Bank, Nationwide, Halifax, Santander UK, Wells Fargo,
    Capital One, Bank of Ireland, Sparkasse Hannover, DKB, LCL, ABN AMRO, Intesa Sanpaolo, BBVA): the bank on top
    (never the payee), the payee under Payee / To / Beneficiary / Empfänger / Bénéficiaire / Begunstigde /
    Beneficiario (a landlord, a child, a club, a cleaner), their sort code, account, IBAN or IFSC (never the id), the
    account paid from (never), the reference the payer typed (never the id), the sum of each payment (the amount;
    never a total over the order's term, a balance after it or a fee for a payment not made), how often, the first,
    next and last payment's days or "until further notice" (never the day paid), the number of payments, the day the
    order was set up or the payment made or tried (the date), the payment's reference and the order's own number in
    a share, an outcome in a share: Scheduled (pending), Executed / Ausgeführt / Eseguito (success), Not paid -
    insufficient funds / Nicht ausgeführt (failed); a standing order is a bank transfer (net banking)."""
    currency, bank, lang = _issuer(rng, ORDER_BANKS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang)
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    mode = rng.choice(["setup", "setup", "made", "made", "failed"])
    payee, reference, rent = rng.choice(ORDER_PAYEES[key])
    low, high = ORDER_SUMS[currency][0 if rent else 1]
    amount = (
        float(round(rng.uniform(low, high) / 50) * 50)
        if currency == "INR"
        else round(rng.uniform(low, high), 0 if shown(rng, 0.6) else 2)
    )
    status_of = {"setup": "pending", "made": "success", "failed": "failed"}[mode]
    say = ORDER_WORDS[status_of]
    words = None
    status = None
    if mode == "failed" or shown(rng, 0.45):
        status = status_of
        words = rng.choice(say.get(key) or say.get(lang) or say["en"])
    rows: list[tuple] = [("title", bank)]
    rows.append(("center", rng.choice(ORDER_KIND[key])))
    _status73(rng, rows, words, lang)
    if shown(rng, 0.4):
        rows.append(("big", fmt(amount)))
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Payee", "To", "Beneficiary", "Payee name"],
                    de=["Empfänger", "Zahlungsempfänger"],
                    fr=["Bénéficiaire"],
                    nl=["Begunstigde", "Naam ontvanger"],
                    it=["Beneficiario"],
                    es=["Beneficiario", "Destinatario"],
                )
            ),
            payee.upper() if currency == "GBP" and shown(rng, 0.5) else payee,
        )
    )
    account = {
        "INR": [
            ("A/c No.", f"XXXXXXX{digits(rng, 4)}"),
            ("IFSC", rng.choice(["SBIN", "HDFC", "UTIB", "KKBK"]) + "0" + digits(rng, 6)),
        ],
        "GBP": [
            ("Sort code", f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}"),
            ("Account number", digits(rng, 8)),
        ],
        "USD": [("Routing number", digits(rng, 9)), ("Account", "••••" + digits(rng, 4))],
        "IE": [
            (
                "IBAN",
                f"IE{digits(rng, 2)} BOFI {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
            )
        ],
        "de": [
            (
                "IBAN",
                f"DE{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
            )
        ],
        "fr": [
            (
                "IBAN",
                f"FR76 {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}",
            )
        ],
        "nl": [
            (
                "IBAN",
                f"NL{digits(rng, 2)} {rng.choice(['INGB', 'RABO', 'ABNA'])} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
            )
        ],
        "it": [
            (
                "IBAN",
                f"IT{digits(rng, 2)} {code(rng, 1, UPPER)}{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}",
            )
        ],
        "es": [
            (
                "IBAN",
                f"ES{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)}",
            )
        ],
    }[key]
    rows += [("pair", label, value) for label, value in account]
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["From account", "Pay from", "Debit account"],
                        de=["Auftraggeberkonto", "Von Konto"],
                        fr=["Compte à débiter"],
                        nl=["Van rekening"],
                        it=["Conto di addebito"],
                        es=["Cuenta de cargo"],
                    )
                ),
                rng.choice(
                    _words(
                        lang,
                        en=["Current Account", "Savings A/c", "FlexAccount", "Checking"],
                        de=["Girokonto"],
                        fr=["Compte courant"],
                        nl=["Betaalrekening"],
                        it=["Conto corrente"],
                        es=["Cuenta corriente"],
                    )
                )
                + f" ****{digits(rng, 4)}",
            )
        )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Reference", "Remarks"]
                    if currency == "INR"
                    else (["Memo"] if currency == "USD" else ["Reference"]),
                    de=["Verwendungszweck"],
                    fr=["Libellé", "Motif"],
                    nl=["Omschrijving"],
                    it=["Causale"],
                    es=["Concepto"],
                )
            ),
            reference,
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Amount", "Amount each payment", "Payment amount"],
                    de=["Betrag"],
                    fr=["Montant", "Montant de chaque virement"],
                    nl=["Bedrag"],
                    it=["Importo", "Importo rata"],
                    es=["Importe"],
                )
            ),
            fmt(amount),
        )
    )
    weekly = shown(rng, 0.8)
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Frequency", "How often"],
                    de=["Turnus", "Intervall"],
                    fr=["Périodicité"],
                    nl=["Frequentie"],
                    it=["Periodicità"],
                    es=["Periodicidad"],
                )
            ),
            _say(
                rng,
                lang,
                en=["Weekly" if weekly else "Monthly"],
                de=["Wöchentlich" if weekly else "Monatlich"],
                fr=["Hebdomadaire" if weekly else "Mensuel"],
                nl=["Wekelijks" if weekly else "Maandelijks"],
                it=["Settimanale" if weekly else "Mensile"],
                es=["Semanal" if weekly else "Mensual"],
            ),
        )
    )
    step = 7 if weekly else 30
    first = _later(when, rng, 2, 20) if mode == "setup" else _earlier(when, rng, step * 2, step * 8)
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["First payment", "Start date", "First payment date"],
                    de=["Erste Ausführung", "Gültig ab"],
                    fr=["Première échéance", "Date de début"],
                    nl=["Eerste betaling", "Startdatum"],
                    it=["Prima esecuzione", "Data inizio"],
                    es=["Primera ejecución", "Fecha de inicio"],
                )
            ),
            _d73(first, pattern, lang),
        )
    )
    count = rng.choice([None, 6, 12, 24])
    if count is None:
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["End date", "Until"],
                        de=["Letzte Ausführung", "Ende"],
                        fr=["Date de fin"],
                        nl=["Einddatum"],
                        it=["Data fine"],
                        es=["Fecha de fin"],
                    )
                ),
                _say(
                    rng,
                    lang,
                    en=["Until further notice", "Until cancelled"],
                    de=["bis auf Widerruf"],
                    fr=["Jusqu'à nouvel ordre"],
                    nl=["Tot wederopzegging"],
                    it=["Fino a revoca"],
                    es=["Hasta nuevo aviso"],
                ),
            )
        )
    else:
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Number of payments"],
                        de=["Anzahl Ausführungen"],
                        fr=["Nombre d'échéances"],
                        nl=["Aantal betalingen"],
                        it=["Numero rate"],
                        es=["Número de pagos"],
                    )
                ),
                str(count),
            )
        )
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Total of all payments"],
                        de=["Gesamtsumme"],
                        fr=["Montant total"],
                        nl=["Totaal van alle betalingen"],
                        it=["Totale complessivo"],
                        es=["Importe total"],
                    ),
                    _m(round(amount * count, 2), grouping),
                )
            )
    if mode != "setup" or shown(rng, 0.5):
        nxt = _later(when, rng, step - 2, step + 3)
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Next payment", "Next payment date"],
                        de=["Nächste Ausführung"],
                        fr=["Prochaine échéance"],
                        nl=["Volgende betaling"],
                        it=["Prossima esecuzione"],
                        es=["Próxima ejecución"],
                    )
                ),
                _d73(nxt, pattern, lang),
            )
        )
    entries = [
        (
            {
                "INR": ["UTR", "Txn Ref No."],
                "GBP": ["Transaction reference", "Payment reference number"],
                "USD": ["Confirmation #", "Confirmation number"],
                "IE": ["Transaction reference"],
                "de": ["Transaktions-ID", "Transaktionsreferenz"],
                "fr": ["Référence de l'opération"],
                "nl": ["Transactiereferentie"],
                "it": ["TRN", "CRO"],
                "es": ["Referencia de la operación"],
            }[key],
            {
                "INR": f"{rng.choice(['SBIN', 'ICIC'])}N{digits(rng, 11)}",
                "GBP": code(rng, 4, UPPER) + digits(rng, 8),
                "USD": digits(rng, 10),
                "it": f"{digits(rng, 4)}{code(rng, 4, UPPER)}{digits(rng, 7)}IT",
            }.get(currency if currency != "EUR" else key, digits(rng, 14)),
        ),
        (
            {
                "INR": ["SI No.", "Instruction ID"],
                "GBP": ["Standing order ID", "Order ref"],
                "USD": ["Transfer ID"],
                "IE": ["Standing order no."],
                "de": ["Auftragsnummer", "Dauerauftrag-Nr."],
                "fr": ["N° de virement permanent"],
                "nl": ["Opdrachtnummer"],
                "it": ["Numero disposizione"],
                "es": ["Nº de orden"],
            }[key],
            f"{code(rng, 2, UPPER)}{digits(rng, 8)}",
        ),
    ]
    if mode == "setup":
        entries = entries[1:]
    txn = _ids73(rng, rows, entries, status, 0.4)
    labels = {
        "setup": {
            "en": ["Set up on", "Created on", "Date"],
            "de": ["Erstellt am", "Angelegt am"],
            "fr": ["Créé le", "Date de création"],
            "nl": ["Aangemaakt op"],
            "it": ["Creato il", "Data inserimento"],
            "es": ["Creada el", "Fecha de alta"],
        },
        "made": {
            "en": ["Paid on", "Payment date", "Date"],
            "de": ["Ausgeführt am", "Buchungsdatum"],
            "fr": ["Exécuté le", "Date d'exécution"],
            "nl": ["Uitgevoerd op", "Boekdatum"],
            "it": ["Eseguito il", "Data esecuzione"],
            "es": ["Realizada el", "Fecha de ejecución"],
        },
        "failed": PLAIN_DATE,
    }[mode]
    dated = _dated73(rng, rows, when, pattern, currency, lang, labels, 0.2, 0.3, None)
    if mode == "made" and shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Balance after payment", "Available balance"],
                    de=["Kontostand"],
                    fr=["Solde après opération"],
                    nl=["Saldo na betaling"],
                    it=["Saldo contabile"],
                    es=["Saldo tras la operación"],
                ),
                fmt(round(amount * rng.uniform(0.3, 5.0), 2)),
            )
        )
    if mode == "failed":
        fee = {"INR": 590.0, "GBP": 8.0, "USD": 35.0}.get(currency, 5.0)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Unpaid item charge", "Returned payment fee"]
                    if currency != "INR"
                    else ["SI failure charges (incl. GST)"],
                    de=["Entgelt Nichtausführung"],
                    fr=["Frais de rejet"],
                    nl=["Kosten"],
                    it=["Commissione mancata esecuzione"],
                    es=["Comisión por impago"],
                ),
                fmt(fee),
            )
        )
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[
                        "We will try again on the next working day.",
                        "Please make sure enough money is in your account.",
                    ],
                    de=["Bitte sorgen Sie für ausreichende Deckung."],
                    fr=["Merci d'alimenter votre compte."],
                    nl=["Zorg voor voldoende saldo op uw rekening."],
                    it=["Si prega di verificare la disponibilità sul conto."],
                    es=["Por favor, revise el saldo de su cuenta."],
                ),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "You can change or cancel this standing order in the app.",
            "Payments due on a non-working day are made the next working day.",
        ],
        de=["Änderungen sind bis einen Bankarbeitstag vor Ausführung möglich."],
        fr=["Vous pouvez modifier ce virement à tout moment."],
        nl=["U kunt deze opdracht altijd wijzigen of stoppen."],
        it=["È possibile revocare la disposizione in qualsiasi momento."],
        es=["Puede modificar o cancelar esta orden en cualquier momento."],
    )
    truth = truth_fields(_printed_payee(rows, payee), amount, currency, txn, dated, "netbanking", status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, EMAIL, A4, DARK]), bank)


def _printed_payee(rows: list[tuple], name: str) -> str:
    """The payee as the page prints it (in capitals where the page prints it so)."""
    for row in rows:
        if row[0] == "pair" and row[2].lower() == name.lower():
            return row[2]
    return name


# ---------------------------------------------------------------- 5 an international money transfer app's receipt


REMIT_APPS = {
    "USD": [("Remitly", "en"), ("Xoom", "en")],
    "GBP": [("WorldRemit", "en"), ("TapTap Send", "en")],
    "EUR": [
        ("Remitly", "en"),
        ("Ria Money Transfer", "es"),
        ("Paysend", "de"),
        ("WorldRemit", "fr"),
        ("Remitly", "it"),
        ("TapTap Send", "nl"),
    ],
}
REMIT_BANDS = {
    "Remitly": (33, 64, 154),
    "Xoom": (0, 48, 135),
    "WorldRemit": (98, 33, 148),
    "TapTap Send": (0, 120, 90),
    "Ria Money Transfer": (228, 88, 20),
    "Paysend": (58, 62, 230),
}
# the recipient's currency: rates for a unit of the sender's, delivery partners (kind, name), recipients
CORRIDORS = {
    "INR": (
        {"USD": 85.2, "GBP": 108.4, "EUR": 92.6},
        [("bank", "HDFC Bank"), ("bank", "State Bank of India"), ("bank", "Federal Bank"), ("upi", "UPI")],
        ["Rohan Kulkarni", "Meera Pillai", "Farah Qureshi", "Arjun Menon", "Vikram Sethi"],
    ),
    "PHP": (
        {"USD": 57.3, "GBP": 73.1, "EUR": 62.4},
        [("bank", "BDO Unibank"), ("wallet", "GCash"), ("cash", "Cebuana Lhuillier")],
        ["Maria Santos", "Jose Reyes", "Angelica Cruz"],
    ),
    "MXN": (
        {"USD": 18.62, "GBP": 23.7, "EUR": 20.1},
        [("bank", "BBVA México"), ("cash", "Elektra"), ("bank", "Banorte")],
        ["Guadalupe Hernández", "Luis Ramírez", "Rosa Martínez"],
    ),
    "NGN": (
        {"USD": 1530.0, "GBP": 1952.0, "EUR": 1661.0},
        [("bank", "Access Bank"), ("bank", "GTBank"), ("wallet", "OPay")],
        ["Chinedu Okafor", "Ngozi Adeyemi", "Emeka Nwosu"],
    ),
    "MAD": (
        {"USD": 9.9, "GBP": 12.6, "EUR": 10.8},
        [("bank", "Attijariwafa bank"), ("cash", "Wafacash"), ("bank", "CIH Bank")],
        ["Youssef El Amrani", "Fatima Zahra Benali", "Hamza Idrissi"],
    ),
    "PKR": (
        {"USD": 280.4, "GBP": 355.2, "EUR": 302.7},
        [("bank", "HBL"), ("bank", "Meezan Bank"), ("wallet", "JazzCash")],
        ["Ayesha Siddiqui", "Bilal Khan", "Usman Tariq"],
    ),
    "COP": (
        {"USD": 4105.0, "GBP": 5210.0, "EUR": 4460.0},
        [("bank", "Bancolombia"), ("wallet", "Nequi"), ("bank", "Davivienda")],
        ["Valentina Gómez", "Andrés Rojas", "Camila Ortiz"],
    ),
}
# the corridors each sending page offers
SENDS = {
    "USD": ["INR", "PHP", "MXN"],
    "GBP": ["INR", "PKR", "NGN"],
    "IE": ["INR", "PHP", "NGN"],
    "de": ["INR", "PKR", "NGN"],
    "es": ["COP", "MAD", "INR"],
    "fr": ["MAD", "INR"],
    "it": ["INR", "PHP", "PKR"],
    "nl": ["INR", "MAD"],
}
REMIT_WORDS = {
    "en": {
        "success": ["Delivered", "Completed", "Money delivered", "Funds deposited"],
        "failed": ["Transfer cancelled", "Transfer failed"],
        "pending": ["In progress", "Processing", "On hold - we need more information", "Ready for pickup"],
    },
    "de": {
        "success": ["Zugestellt", "Abgeschlossen"],
        "failed": ["Storniert", "Fehlgeschlagen"],
        "pending": ["In Bearbeitung", "Wird geprüft"],
    },
    "fr": {
        "success": ["Livré", "Transfert effectué"],
        "failed": ["Transfert annulé", "Échec du transfert"],
        "pending": ["En cours", "Prêt pour le retrait"],
    },
    "nl": {
        "success": ["Afgeleverd", "Voltooid"],
        "failed": ["Geannuleerd", "Mislukt"],
        "pending": ["In behandeling", "Klaar om op te halen"],
    },
    "it": {
        "success": ["Consegnato", "Trasferimento completato"],
        "failed": ["Trasferimento annullato", "Non riuscito"],
        "pending": ["In corso", "Pronto per il ritiro"],
    },
    "es": {
        "success": ["Entregado", "Envío completado"],
        "failed": ["Envío cancelado", "Envío fallido"],
        "pending": ["En proceso", "Listo para cobrar"],
    },
}
REMIT_WAYS = {
    "USD": [
        ("Debit card ****{4}", "card"),
        ("Bank account (ACH) ••••{4}", "netbanking"),
        ("Apple Pay", "wallet"),
        ("Visa ending {4}", "card"),
    ],
    "GBP": [("Debit card ****{4}", "card"), ("Bank transfer", "netbanking"), ("Apple Pay", "wallet")],
    "IE": [("Debit card ****{4}", "card"), ("Google Pay", "wallet")],
    "de": [("Debitkarte ****{4}", "card"), ("Überweisung", "netbanking"), ("Apple Pay", "wallet")],
    "fr": [("Carte bancaire ****{4}", "card"), ("Virement", "netbanking")],
    "it": [("Carta di debito ****{4}", "card"), ("Bonifico", "netbanking")],
    "es": [("Tarjeta de débito ****{4}", "card"), ("Transferencia bancaria", "netbanking")],
    "nl": [("iDEAL", "netbanking"), ("Debitcard ****{4}", "card")],
}


def remittance_app(rng: random.Random, font: str):
    """An international money transfer app's receipt e-mail or screen (Remitly, Xoom, WorldRemit, TapTap Send, Ria
    Money Transfer, Paysend; English, German, French, Dutch, Italian and Spanish pages), a transfer shown in two
    currencies: the app on top (never the payee), the sender (never), the recipient under Recipient / To /
    Empfänger / Bénéficiaire / Ontvanger / Destinatario / Beneficiario (the payee), the delivery (a bank deposit with
    a masked account, a UPI ID, a mobile wallet, a cash pick-up partner; never the payee, never the way the sender
    paid), the sum sent, the
    transfer fee (or none), US transfer taxes, the total paid in the sender's currency (the amount: what the sender
    paid, fee included), the exchange rate and the sum the recipient gets in rupees, pesos, naira, dirhams or
    rupees of Pakistan (never the amount), the day sent (the date) and the day the money is available (never), the
    transfer's reference, tracking or order number (the id; a cash pick-up PIN is not printed), the way the sender
    paid in a share, the app's regulator and a right to cancel, an outcome in a share: Delivered / Zugestellt /
    Livré / Entregado (success), In progress / On hold / Ready for pickup (pending), Cancelled / Failed (failed)."""
    currency, app, lang = _issuer(rng, REMIT_APPS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang, ["sign", "code_before"])
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    target = rng.choice(SENDS[key])
    rates, partners, people = CORRIDORS[target]
    other = _other_money(rng, font, target, lang, grouping)
    rate = round(rates[currency] * rng.uniform(0.97, 1.03), 4)
    send = (
        float(rng.choice([100, 150, 200, 250, 300, 400, 500, 750, 1000, 1500]))
        if shown(rng, 0.3)
        else round(rng.uniform(60, 1800), 2)
    )
    fee = rng.choice([1.99, 2.99, 3.99, 4.99, 0.99]) if shown(rng, 0.3) else 0.0
    taxes = currency == "USD" and shown(rng, 0.5)
    total = round(send + fee, 2)
    gets = round(send * rate, 2)
    status, words = _outcome73(rng, 0.7, lang, REMIT_WORDS, 0.55, 0.15)
    sender = _who73(rng, currency, lang)
    payee = rng.choice(people)
    kind, partner = rng.choice(partners)
    rows: list[tuple] = [("title", app)]
    band = shown(rng, 0.4)
    rows.append(
        (
            "center",
            rng.choice(
                _words(
                    lang,
                    en=["Transfer receipt", "Your transfer summary", "Receipt"]
                    if status in (None, "success")
                    else ["Transfer details", "Your transfer"],
                    de=["Transferdetails", "Dein Transfer"],
                    fr=["Détails du transfert", "Votre transfert"],
                    nl=["Overzicht van je geldtransfer"],
                    it=["Dettagli del trasferimento", "Il tuo trasferimento"],
                    es=["Detalles del envío", "Tu envío"],
                )
            ),
        )
    )
    if band:  # the band holds the app's name and the heading
        rows.append(("rule",))
    _status73(rng, rows, words, lang)
    if shown(rng, 0.4):
        rows.append(("big", other(gets)))
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Sender", "From"],
                    de=["Absender"],
                    fr=["Expéditeur"],
                    nl=["Afzender"],
                    it=["Mittente"],
                    es=["Remitente"],
                )
            ),
            sender,
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Recipient", "To", "Recipient name"],
                    de=["Empfänger"],
                    fr=["Bénéficiaire"],
                    nl=["Ontvanger"],
                    it=["Destinatario", "Beneficiario"],
                    es=["Beneficiario", "Destinatario"],
                )
            ),
            payee,
        )
    )
    how = {
        "bank": _say(
            rng,
            lang,
            en=["Bank deposit"],
            de=["Bankeinzahlung"],
            fr=["Dépôt bancaire"],
            nl=["Bankstorting"],
            it=["Accredito su conto"],
            es=["Depósito bancario"],
        ),
        "upi": "UPI",
        "wallet": _say(
            rng,
            lang,
            en=["Mobile wallet"],
            de=["Mobile Wallet"],
            fr=["Portefeuille mobile"],
            nl=["Mobiele wallet"],
            it=["Portafoglio mobile"],
            es=["Billetera móvil"],
        ),
        "cash": _say(
            rng,
            lang,
            en=["Cash pickup"],
            de=["Bargeldabholung"],
            fr=["Retrait en espèces"],
            nl=["Contant ophalen"],
            it=["Ritiro in contanti"],
            es=["Retiro en efectivo"],
        ),
    }[kind]
    detail = {
        "bank": f"{partner} ****{digits(rng, 4)}",
        "upi": f"{payee.split()[0].lower()}.{digits(rng, 2)}@ok{rng.choice(['hdfcbank', 'sbi', 'axis'])}",
        "wallet": f"{partner} ••• {digits(rng, 4)}",
        "cash": partner,
    }[kind]
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Delivery method", "Receive method"],
                    de=["Zustellart"],
                    fr=["Mode de réception"],
                    nl=["Ontvangstmethode"],
                    it=["Modalità di ricezione"],
                    es=["Forma de entrega"],
                )
            ),
            how,
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Deposit to", "Delivered via"] if kind != "cash" else ["Pickup location"],
                    de=["Konto / Partner"],
                    fr=["Vers"],
                    nl=["Naar"],
                    it=["Verso"],
                    es=["Destino"],
                )
            ),
            detail,
        )
    )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Transfer amount", "You send", "Amount sent"],
                    de=["Du sendest", "Transferbetrag"],
                    fr=["Vous envoyez", "Montant envoyé"],
                    nl=["Je verstuurt"],
                    it=["Importo inviato", "Invii"],
                    es=["Envías", "Importe enviado"],
                )
            ),
            fmt(send),
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Transfer fee", "Fee"],
                    de=["Gebühr"],
                    fr=["Frais de transfert"],
                    nl=["Kosten"],
                    it=["Commissione"],
                    es=["Comisión"],
                )
            ),
            fmt(fee)
            if fee or shown(rng, 0.5)
            else _say(
                rng,
                lang,
                en=["FREE"],
                de=["Kostenlos"],
                fr=["Gratuit"],
                nl=["Gratis"],
                it=["Gratis"],
                es=["Gratis"],
            ),
        )
    )
    if taxes:
        rows.append(("pair", "Transfer taxes", fmt(0.0)))
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Total", "Total paid", "Total cost"]
                    if status in (None, "success")
                    else ["Total", "Total cost"],
                    de=["Gesamt", "Gesamtbetrag"],
                    fr=["Total", "Total à payer"],
                    nl=["Totaal"],
                    it=["Totale"],
                    es=["Total", "Total a pagar"],
                )
            ),
            fmt(total),
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Exchange rate"],
                    de=["Wechselkurs"],
                    fr=["Taux de change"],
                    nl=["Wisselkoers"],
                    it=["Tasso di cambio"],
                    es=["Tipo de cambio"],
                )
            ),
            f"1 {currency} = {_rate(rate, lang)} {target}",
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Recipient gets", "Total to recipient", "Amount received"],
                    de=["Empfänger erhält"],
                    fr=["Le bénéficiaire reçoit"],
                    nl=["Ontvanger krijgt"],
                    it=["Il destinatario riceve"],
                    es=["El beneficiario recibe"],
                )
            ),
            other(gets),
        )
    )
    if currency == "USD" and shown(rng, 0.5):
        rows.append(("small", "Other fees and foreign taxes may apply to the recipient."))
    method = _way73(rng, rows, lang, {lang: REMIT_WAYS[key]}, 0.25, status)
    app_id = {
        "Remitly": (["Reference number", "Transfer reference"], f"{code(rng, 1, UPPER)}{digits(rng, 9)}"),
        "Xoom": (["Transaction number", "Transfer ID"], f"X{digits(rng, 8)}{code(rng, 2, UPPER)}"),
        "WorldRemit": (["Transaction reference", "Reference"], f"{code(rng, 2, UPPER)}{digits(rng, 8)}"),
        "TapTap Send": (["Transaction ID"], code(rng, 10, ALNUM)),
        "Ria Money Transfer": (["Order number", "Número de orden"], f"ES{digits(rng, 9)}"),
        "Paysend": (["Transfer ID", "Transaktions-ID"], digits(rng, 11)),
    }[app]
    labels = list(app_id[0]) + {
        "de": ["Referenz"],
        "fr": ["Référence", "N° de transfert"],
        "nl": ["Referentie"],
        "it": ["Numero di riferimento"],
        "es": ["Referencia", "Nº de envío"],
    }.get(lang, [])
    txn = _id73(rng, rows, labels, app_id[1], 0.15, status)
    dated = _dated73(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Sent on", "Date", "Transfer date"],
            "de": ["Gesendet am", "Datum"],
            "fr": ["Envoyé le", "Date"],
            "nl": ["Verstuurd op", "Datum"],
            "it": ["Inviato il", "Data"],
            "es": ["Enviado el", "Fecha"],
        },
        0.2,
        0.5,
        status,
    )
    if status != "failed" and shown(rng, 0.4):
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Available by", "Estimated delivery", "Date available"],
                        de=["Verfügbar ab"],
                        fr=["Disponible le"],
                        nl=["Beschikbaar op"],
                        it=["Disponibile dal"],
                        es=["Disponible el"],
                    )
                ),
                _d73(_later(when, rng, 0, 3), pattern, lang),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=(
            [
                "You have a right to dispute errors in your transaction within 180 days.",
                "You can cancel for a full refund within 30 minutes of payment.",
            ]
            if currency == "USD"
            else ["Authorised by the Financial Conduct Authority.", "Keep this receipt for your records."]
            if currency == "GBP"
            else ["Regulated by the Central Bank of Ireland.", "Keep this receipt for your records."]
        ),
        de=["Bewahre diese Bestätigung auf."],
        fr=["Conservez ce reçu."],
        nl=["Bewaar dit bewijs."],
        it=["Conserva questa ricevuta."],
        es=["Conserva este comprobante."],
    )
    truth = truth_fields(payee, total, currency, txn, dated, method, status)
    style = dict(rng.choice([SCREEN, EMAIL, EMAIL]))
    if band:
        style["band"] = REMIT_BANDS[app]
    return rows, truth, _page(font, rows, style, app)


# ---------------------------------------------------------------- 6 a buy-now-pay-later instalment paid


BNPL = {
    "INR": [("Simpl", "en"), ("LazyPay", "en"), ("Snapmint", "en")],
    "GBP": [("Clearpay", "en"), ("Klarna", "en")],
    "USD": [("Affirm", "en"), ("Afterpay", "en")],
    "EUR": [
        ("humm", "en"),
        ("Klarna", "de"),
        ("Alma", "fr"),
        ("Klarna", "nl"),
        ("Scalapay", "it"),
        ("Aplazame", "es"),
    ],
}
BNPL_SHOPS = {
    "INR": ["Myntra", "Nykaa", "Croma", "Lenskart"],
    "GBP": ["ASOS", "JD Sports", "Currys"],
    "USD": ["Best Buy", "Wayfair", "Nike"],
    "IE": ["Harvey Norman", "Arnotts", "Littlewoods Ireland"],
    "de": ["Zalando", "MediaMarkt", "Otto"],
    "fr": ["Fnac", "Darty", "Maisons du Monde"],
    "nl": ["Wehkamp", "Coolblue", "Zalando"],
    "it": ["Unieuro", "Yoox", "Decathlon"],
    "es": ["PcComponentes", "El Corte Inglés", "Zara Home"],
}
# a plan: instalments in all (0: one bill paid later), and the order's price range
BNPL_PLANS = {
    "Simpl": [(0, (400.0, 6000.0)), (3, (1500.0, 12000.0))],
    "LazyPay": [(0, (300.0, 5000.0))],
    "Snapmint": [(3, (3000.0, 30000.0)), (6, (6000.0, 45000.0))],
    "Clearpay": [(4, (40.0, 600.0))],
    "Klarna": [(3, (30.0, 900.0)), (0, (20.0, 400.0))],
    "Afterpay": [(4, (40.0, 800.0))],
    "Affirm": [(4, (50.0, 800.0)), (12, (400.0, 2500.0))],
    "humm": [(6, (200.0, 2000.0)), (12, (500.0, 3000.0))],
    "Alma": [(3, (60.0, 1500.0)), (4, (80.0, 2000.0))],
    "Scalapay": [(3, (60.0, 1500.0))],
    "Aplazame": [(3, (60.0, 1200.0)), (6, (150.0, 2000.0))],
}
BNPL_WORDS = {
    "en": {
        "success": ["Payment successful", "Instalment paid", "Repayment successful"],
        "failed": ["Payment failed", "Payment declined - we'll try again"],
        "pending": ["Processing", "Payment processing"],
    },
    "de": {
        "success": ["Rate bezahlt", "Zahlung erfolgreich"],
        "failed": ["Zahlung fehlgeschlagen"],
        "pending": ["In Bearbeitung"],
    },
    "fr": {
        "success": ["Échéance payée", "Paiement réussi"],
        "failed": ["Paiement refusé"],
        "pending": ["Paiement en cours"],
    },
    "nl": {
        "success": ["Termijn betaald", "Betaling gelukt"],
        "failed": ["Betaling mislukt"],
        "pending": ["In behandeling"],
    },
    "it": {
        "success": ["Rata pagata", "Pagamento riuscito"],
        "failed": ["Pagamento non riuscito"],
        "pending": ["In elaborazione"],
    },
    "es": {
        "success": ["Cuota pagada", "Pago realizado"],
        "failed": ["Pago rechazado"],
        "pending": ["En proceso"],
    },
}
BNPL_WAYS = {
    "INR": [
        ("UPI - PhonePe", "UPI"),
        ("UPI", "UPI"),
        ("Debit Card XXXX{4}", "card"),
        ("Net Banking", "netbanking"),
    ],
    "GBP": [("Visa Debit ****{4}", "card"), ("Mastercard ending {4}", "card")],
    "USD": [("Debit card ••{4}", "card"), ("Bank account (ACH) ••{4}", "netbanking")],
    "IE": [("Debit card ****{4}", "card"), ("Direct debit", "netbanking")],
    "de": [("SEPA-Lastschrift", "netbanking"), ("Debitkarte ****{4}", "card")],
    "fr": [("Carte bancaire ****{4}", "card")],
    "nl": [("iDEAL", "netbanking"), ("Automatische incasso", "netbanking")],
    "it": [("Carta di debito ****{4}", "card"), ("Carta Visa ****{4}", "card")],
    "es": [("Tarjeta ****{4}", "card"), ("Tarjeta de débito ****{4}", "card")],
}


def bnpl_instalment(rng: random.Random, font: str):
    """A buy-now-pay-later provider's receipt for an instalment or a bill paid (Simpl, LazyPay, Snapmint, Clearpay,
    Klarna, Afterpay, Affirm, humm, Alma, Scalapay, Aplazame): the provider on top (the payee: the instalment pays
    it, not the shop), the shop the purchase was made at under Store / Merchant / Order from / Händler / Marchand /
    Winkel / Negozio / Tienda (never the payee), the shop's order number (never the id), the order's total and the
    plan (never the amount), instalment k of n, interest and an APR on longer plans (inside the instalment), a late
    fee charged (added), the sum paid now (the amount), the balance left and the next instalment's day and sum
    (never), a 15- or 30-day bill's period and due day (never the day paid), the way it was paid in a share (UPI, a
    card, a direct debit, iDEAL), the payment's own id in a share, the day paid in a share, an outcome in a
    share."""
    currency, provider, lang = _issuer(rng, BNPL)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang)
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    whole = currency == "INR"
    shop = rng.choice(BNPL_SHOPS[key])
    parts, (low, high) = rng.choice(BNPL_PLANS[provider])
    order = _cents(rng.uniform(low, high), whole)
    status, words = _outcome73(rng, 0.65, lang, BNPL_WORDS, 0.6, 0.25)
    rows: list[tuple] = [("title", provider)]
    rows.append(
        (
            "center",
            rng.choice(
                _words(
                    lang,
                    en=["Your payment", "Instalment payment", "Repayment receipt"]
                    if parts
                    else ["Bill payment", "Your repayment"],
                    de=["Deine Ratenzahlung", "Deine Zahlung"] if parts else ["Deine Zahlung"],
                    fr=["Votre échéance", "Votre paiement"],
                    nl=["Je termijnbetaling", "Je betaling"] if parts else ["Je betaling"],
                    it=["La tua rata", "Pagamento rata"],
                    es=["Tu cuota", "Pago de cuota"],
                )
            ),
        )
    )
    _status73(rng, rows, words, lang)
    store = _words(
        lang,
        en=["Store", "Merchant", "Order from", "Purchase at"]
        if parts or currency != "INR"
        else ["Last purchase at"],
        de=["Händler", "Shop"],
        fr=["Marchand", "Commande chez"],
        nl=["Winkel", "Webshop"],
        it=["Negozio", "Esercente"],
        es=["Tienda", "Comercio"],
    )
    rows.append(("pair", rng.choice(store), shop))
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Order number", "Order ID"],
                        de=["Bestellnummer"],
                        fr=["N° de commande"],
                        nl=["Bestelnummer"],
                        it=["N. ordine"],
                        es=["Nº de pedido"],
                    )
                ),
                f"{code(rng, 2, UPPER)}{digits(rng, 8)}"
                if currency == "INR"
                else digits(rng, rng.choice([8, 9, 10])),
            )
        )
    late = 0.0
    if parts:
        interest = parts >= 6 and provider in ("Affirm", "humm", "Snapmint", "Aplazame") and shown(rng, 0.5)
        apr = rng.choice([9.99, 14.9, 19.9, 24.99]) if interest else 0.0
        monthly = apr / 1200
        share = order * monthly / (1 - (1 + monthly) ** -parts) if interest else order / parts
        share = _cents(share, whole)
        k = rng.randint(2, parts)  # the first was paid at the shop's checkout
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Order total", "Purchase amount"],
                        de=["Bestellwert", "Kaufbetrag"],
                        fr=["Montant de la commande"],
                        nl=["Totaalbedrag bestelling"],
                        it=["Importo ordine"],
                        es=["Importe del pedido"],
                    )
                ),
                fmt(order),
            )
        )
        if interest:
            rows.append(
                (
                    "pair",
                    "APR"
                    if lang == "en"
                    else _say(
                        rng,
                        lang,
                        en=["APR"],
                        es=["TAE"],
                        it=["TAEG"],
                        fr=["TAEG"],
                        de=["eff. Jahreszins"],
                        nl=["JKP"],
                    ),
                    f"{_rate(apr, lang, 2)}%",
                )
            )
        plan = _say(
            rng,
            lang,
            en=[f"Instalment {k} of {parts}", f"Payment {k} of {parts}"],
            de=[f"Rate {k} von {parts}"],
            fr=[f"Échéance {k}/{parts}"],
            nl=[f"Termijn {k} van {parts}"],
            it=[f"Rata {k} di {parts}"],
            es=[f"Cuota {k} de {parts}"],
        )
        rows.append(("pair", plan, _m(share, grouping)))
        amount = share
        if shown(rng, 0.8) and currency != "USD":
            late = {"INR": 250.0, "GBP": 6.0}.get(currency, 5.0)
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Late fee"],
                        de=["Mahngebühr"],
                        fr=["Frais de retard"],
                        nl=["Aanmaningskosten"],
                        it=["Penale di ritardo"],
                        es=["Comisión por retraso"],
                    ),
                    _m(late, grouping),
                )
            )
            amount = round(amount + late, 2)
        left = _cents(share * (parts - k), whole)
    else:
        start = _earlier(when, rng, 12, 29)
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Bill period", "Statement period"] if currency == "INR" else ["Purchase date"],
                        de=["Kaufdatum"],
                        nl=["Aankoopdatum"],
                    )
                ),
                f"{_d73(start, pattern, lang)} - {_d73(start + dt.timedelta(days=14), pattern, lang)}"
                if currency == "INR"
                else _d73(start, pattern, lang),
            )
        )
        rows.append(
            (
                "pair",
                rng.choice(_words(lang, en=["Due date", "Due by"], de=["Fällig am"], nl=["Vervaldatum"])),
                _d73(start + dt.timedelta(days=30), pattern, lang),
            )
        )
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Bill amount", "Invoice amount"],
                        de=["Rechnungsbetrag"],
                        nl=["Factuurbedrag"],
                    )
                ),
                _m(order, grouping),
            )
        )
        amount = order
        left = 0.0
    _total73(
        rng,
        rows,
        fmt,
        amount,
        status,
        lang,
        {
            "en": ["Amount", "Payment amount"],
            "de": ["Betrag", "Zahlbetrag"],
            "fr": ["Montant"],
            "nl": ["Bedrag"],
            "it": ["Importo"],
            "es": ["Importe"],
        },
    )
    method = _way73(rng, rows, lang, {lang: BNPL_WAYS[key]}, 0.25, status)
    if parts and left > 0 and shown(rng, 0.2):
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Remaining balance", "Left to pay"],
                        de=["Restbetrag"],
                        fr=["Reste à payer"],
                        nl=["Nog te betalen"],
                        it=["Importo residuo"],
                        es=["Importe pendiente"],
                    )
                ),
                fmt(left),
            )
        )
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Next payment", "Next instalment due"],
                        de=["Nächste Rate"],
                        fr=["Prochaine échéance"],
                        nl=["Volgende termijn"],
                        it=["Prossima rata"],
                        es=["Próxima cuota"],
                    )
                ),
                f"{_d73(_later(when, rng, 13, 32), pattern, lang)} · {_m(_cents(left / (parts - k), whole), grouping)}",
            )
        )
    elif parts and left == 0 and status == "success" and shown(rng, 0.6):
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=["That was your last instalment - your plan is complete."],
                    de=["Das war deine letzte Rate."],
                    fr=["C'était votre dernière échéance."],
                    nl=["Dit was je laatste termijn."],
                    it=["Era l'ultima rata del piano."],
                    es=["Era tu última cuota."],
                ),
            )
        )
    txn = _id73(
        rng,
        rows,
        _words(
            lang,
            en=["Payment ID", "Transaction ID", "Payment reference"],
            de=["Zahlungs-ID", "Transaktions-ID"],
            fr=["Référence du paiement"],
            nl=["Transactie-ID"],
            it=["ID transazione"],
            es=["ID de la operación"],
        ),
        {"INR": f"{code(rng, 3, UPPER)}{digits(rng, 12)}"}.get(currency, code(rng, 12, ALNUM)),
        0.4,
        status,
    )
    dated = _dated73(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Paid on", "Payment date", "Date"],
            "de": ["Bezahlt am", "Datum"],
            "fr": ["Payé le", "Date"],
            "nl": ["Betaald op", "Datum"],
            "it": ["Pagato il", "Data"],
            "es": ["Pagado el", "Fecha"],
        },
        0.25,
        0.4,
        status,
    )
    if status == "failed":
        rows.append(
            (
                "small",
                _say(
                    rng,
                    lang,
                    en=[
                        f"We'll try again on {_d73(_later(when, rng, 1, 4), pattern, lang)}. A late fee may apply."
                    ],
                    de=[f"Wir versuchen es am {_d73(_later(when, rng, 1, 4), pattern, lang)} erneut."],
                    fr=[f"Nouvelle tentative le {_d73(_later(when, rng, 1, 4), pattern, lang)}."],
                    nl=[f"We proberen het opnieuw op {_d73(_later(when, rng, 1, 4), pattern, lang)}."],
                    it=[f"Riproveremo il {_d73(_later(when, rng, 1, 4), pattern, lang)}."],
                    es=[f"Lo intentaremos de nuevo el {_d73(_later(when, rng, 1, 4), pattern, lang)}."],
                ),
            )
        )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Questions about your order? Contact the store directly.",
            "Pay early at any time with no extra cost.",
        ],
        de=["Fragen zur Bestellung? Wende dich an den Händler."],
        fr=["Une question sur votre commande ? Contactez le marchand."],
        nl=["Vragen over je bestelling? Neem contact op met de winkel."],
        it=["Per domande sull'ordine contatta il negozio."],
        es=["¿Dudas sobre tu pedido? Contacta con la tienda."],
    )
    truth = truth_fields(provider, amount, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([SCREEN, DARK, EMAIL]), provider)


# ---------------------------------------------------------------- 7 a term deposit or savings deposit placed


DEPOSIT_BANKS = {
    "INR": [("State Bank of India", "en"), ("HDFC Bank", "en"), ("India Post", "en")],
    "GBP": [("Nationwide", "en"), ("Zopa", "en")],
    "USD": [("Ally Bank", "en"), ("Capital One", "en")],
    "EUR": [
        ("PTSB", "en"),
        ("Consorsbank", "de"),
        ("La Banque Postale", "fr"),
        ("Rabobank", "nl"),
        ("Banca Ifis", "it"),
        ("Openbank", "es"),
    ],
}
# by the bank: (product, kind: fd a fixed term, rd a recurring deposit's instalment, save a savings deposit, months)
DEPOSIT_PRODUCTS = {
    "State Bank of India": [("e-TDR (Fixed Deposit)", "fd", 12), ("Recurring Deposit", "rd", 36)],
    "HDFC Bank": [("Fixed Deposit", "fd", 24), ("Recurring Deposit", "rd", 24)],
    "India Post": [("Recurring Deposit Account", "rd", 60), ("Time Deposit - 5 Years", "fd", 60)],
    "Nationwide": [("1 Year Fixed Rate Bond", "fd", 12), ("Triple Access Online Saver", "save", 0)],
    "Zopa": [("Fixed Term Savings - 12 months", "fd", 12), ("Smart ISA", "save", 0)],
    "Ally Bank": [("12 Month High Yield CD", "fd", 12)],
    "Capital One": [("360 CD - 18 Month", "fd", 18)],
    "PTSB": [("Fixed Term Deposit - 1 Year", "fd", 12)],
    "Consorsbank": [("Festgeld 12 Monate", "fd", 12), ("Tagesgeld - Einzahlung", "save", 0)],
    "La Banque Postale": [("Versement sur Livret A", "save", 0), ("Compte à terme 12 mois", "fd", 12)],
    "Rabobank": [("Deposito 1 jaar", "fd", 12), ("Spaarrekening - inleg", "save", 0)],
    "Banca Ifis": [("Rendimax Vincolato 12 mesi", "fd", 12)],
    "Openbank": [("Depósito a plazo fijo 12 meses", "fd", 12)],
}
DEPOSIT_RATES = {"INR": (6.5, 7.6), "GBP": (3.6, 4.6), "USD": (3.7, 4.5), "EUR": (2.0, 3.1)}
DEPOSIT_WORDS = {
    "en": {
        "success": ["Deposit opened successfully", "Booked successfully", "Money added"],
        "failed": ["Booking failed - insufficient balance", "Request rejected"],
        "pending": ["Under process", "Pending - funds will be moved today"],
    },
    "de": {
        "success": ["Anlage erfolgreich", "Einzahlung gebucht"],
        "failed": ["Abgelehnt - Deckung unzureichend"],
        "pending": ["In Bearbeitung"],
    },
    "fr": {
        "success": ["Versement effectué", "Opération réalisée"],
        "failed": ["Opération refusée"],
        "pending": ["En cours de traitement"],
    },
    "nl": {
        "success": ["Inleg gelukt", "Deposito geopend"],
        "failed": ["Inleg mislukt"],
        "pending": ["In behandeling"],
    },
    "it": {
        "success": ["Vincolo attivato", "Operazione eseguita"],
        "failed": ["Operazione non eseguita"],
        "pending": ["In lavorazione"],
    },
    "es": {
        "success": ["Depósito contratado", "Operación realizada"],
        "failed": ["Operación denegada"],
        "pending": ["En trámite"],
    },
}


def term_deposit(rng: random.Random, font: str):
    """A bank's advice that a term or savings deposit was placed (State Bank of India's e-TDR or recurring deposit,
    HDFC Bank, an India Post recurring deposit's instalment at a post office counter, Nationwide and Zopa bonds and
    savers, an Ally Bank or Capital One CD, PTSB, Consorsbank's Festgeld or Tagesgeld, La Banque Postale's Livret A,
    Rabobank's deposito, Banca Ifis' Rendimax, Openbank's depósito a plazo): the bank on top (the payee: the deposit
    is placed with it), the depositor and a nominee or joint holder (never), the deposit's own account or TDR number
    (never the id), the sum placed or the instalment paid (the amount), the rate, the term, the maturity's day and
    value and the interest to be earned (never the amount or the day paid), TDS or withholding notes, the balance
    after a savings deposit (never), the account it was moved from (net banking) or cash at the counter, the
    transaction's reference in a share, the day placed in a share, an outcome in a share."""
    currency, bank, lang = _issuer(rng, DEPOSIT_BANKS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang)
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    product, kind, months = rng.choice(DEPOSIT_PRODUCTS[bank])
    status, words = _outcome73(rng, 0.5, lang, DEPOSIT_WORDS, 0.65, 0.15)
    whole = currency == "INR"
    if kind == "rd":
        amount = float(rng.choice([500, 1000, 1500, 2000, 2500, 5000, 10000]))
    elif currency == "INR":
        amount = float(rng.choice([25000, 50000, 100000, 150000, 200000, 500000, 75000]))
    else:
        amount = float(rng.choice([500, 1000, 2000, 2500, 5000, 10000, 15000, 20000, 750]))
        if kind == "save" and shown(rng, 0.5):
            amount = round(rng.uniform(50, 1500), 2)
    low, high = DEPOSIT_RATES[currency]
    rate = round(rng.uniform(low, high) * 20) / 20
    counter = bank == "India Post"
    rows: list[tuple] = [("title", bank)]
    if counter:
        rows.append(("small", rng.choice(["Post Office Savings Bank", "Dept. of Posts - POSB"])))
        rows.append(
            (
                "small",
                f"{rng.choice(['Pune City HO', 'Mylapore SO', 'Salt Lake HO'])} - Counter {rng.randint(1, 6)}",
            )
        )
    rows.append(
        (
            "center",
            rng.choice(
                {
                    "INR": ["Recurring Deposit Advice", "Deposit Confirmation", "RD Instalment Receipt"]
                    if kind == "rd"
                    else ["Fixed Deposit Advice", "Deposit Confirmation"],
                    "en": ["Deposit confirmation", "Your new account", "Account summary"],
                    "de": ["Anlagebestätigung", "Einzahlung"],
                    "fr": ["Confirmation de versement", "Avis d'opération"],
                    "nl": ["Bevestiging inleg", "Bevestiging deposito"],
                    "it": ["Conferma di vincolo", "Riepilogo operazione"],
                    "es": ["Confirmación de contratación", "Justificante de la operación"],
                }.get(currency if currency == "INR" else lang)
            ),
        )
    )
    _status73(rng, rows, words, lang)
    holder = _who73(rng, currency, lang)
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Depositor", "Account holder", "Customer name"],
                    de=["Kontoinhaber"],
                    fr=["Titulaire"],
                    nl=["Rekeninghouder"],
                    it=["Intestatario"],
                    es=["Titular"],
                )
            ),
            holder,
        )
    )
    if currency == "INR" and shown(rng, 0.4):
        rows.append(("pair", "Nominee", _who73(rng, currency, lang, holder)))
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Product", "Account type"],
                    de=["Produkt"],
                    fr=["Produit"],
                    nl=["Product"],
                    it=["Prodotto"],
                    es=["Producto"],
                )
            ),
            product,
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                {
                    "INR": ["TDR No.", "FD A/c No.", "Deposit A/c No."]
                    if kind != "rd"
                    else ["RD A/c No.", "Account No."],
                    "en": ["Account number", "Deposit account"],
                    "de": ["Kontonummer", "Anlagekonto"],
                    "fr": ["N° de compte"],
                    "nl": ["Rekeningnummer"],
                    "it": ["Numero conto deposito"],
                    "es": ["Nº de contrato"],
                }.get(currency if currency == "INR" else lang)
            ),
            digits(rng, 11) if currency == "INR" else f"****{digits(rng, 4)}",
        )
    )
    rows.append(("rule",))
    label = {
        "fd": _words(
            lang,
            en=["Deposit amount", "Principal", "Amount deposited"],
            de=["Anlagebetrag"],
            fr=["Montant placé"],
            nl=["Inleg"],
            it=["Importo vincolato"],
            es=["Importe"],
        ),
        "rd": ["Instalment amount", "Monthly instalment"],
        "save": _words(
            lang,
            en=["Amount paid in", "Deposit"],
            de=["Einzahlung", "Betrag"],
            fr=["Montant versé"],
            nl=["Ingelegd bedrag"],
            it=["Importo"],
            es=["Importe"],
        ),
    }[kind]
    rows.append(("pair", rng.choice(label), fmt(amount)))
    if kind == "rd" and counter and shown(rng, 0.5):
        rows.append(("pair", "Instalment for", when.strftime("%b %Y")))
    rows.append(
        (
            "pair",
            rng.choice(
                {
                    "INR": ["Interest rate", "Rate of interest (p.a.)"],
                    "GBP": ["AER", "Interest rate (AER)"],
                    "USD": ["APY", "Interest rate"],
                    "IE": ["Interest rate (AER)", "Interest rate"],
                    "de": ["Zinssatz p.a."],
                    "fr": ["Taux annuel"],
                    "nl": ["Rente"],
                    "it": ["Tasso lordo annuo"],
                    "es": ["TIN"],
                }[key]
            ),
            f"{_rate(rate, lang, 2)}%",
        )
    )
    if kind in ("fd", "rd"):
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Tenure", "Term"],
                        de=["Laufzeit"],
                        fr=["Durée"],
                        nl=["Looptijd"],
                        it=["Durata"],
                        es=["Plazo"],
                    )
                ),
                _say(
                    rng,
                    lang,
                    en=[f"{months} months"],
                    de=[f"{months} Monate"],
                    fr=[f"{months} mois"],
                    nl=[f"{months} maanden"],
                    it=[f"{months} mesi"],
                    es=[f"{months} meses"],
                ),
            )
        )
        maturity = when + dt.timedelta(days=round(months * 30.44))
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Maturity date", "Matures on"],
                        de=["Fälligkeit", "Laufzeitende"],
                        fr=["Date d'échéance"],
                        nl=["Einddatum"],
                        it=["Data scadenza"],
                        es=["Fecha de vencimiento"],
                    )
                ),
                _d73(maturity, pattern, lang),
            )
        )
        if kind == "fd":
            value = _cents(amount * (1 + rate / 100) ** (months / 12), whole)
        else:
            value = _cents(amount * months * (1 + rate / 100 * months / 24), whole)
        if shown(rng, 0.3):
            rows.append(
                (
                    "pair",
                    rng.choice(
                        _words(
                            lang,
                            en=["Maturity amount", "Maturity value"],
                            de=["Betrag bei Fälligkeit"],
                            fr=["Montant à l'échéance"],
                            nl=["Bedrag op einddatum"],
                            it=["Importo a scadenza"],
                            es=["Importe al vencimiento"],
                        )
                    ),
                    fmt(value),
                )
            )
        if shown(rng, 0.4):
            rows.append(
                (
                    "pair",
                    _say(
                        rng,
                        lang,
                        en=["Interest payout"],
                        de=["Zinszahlung"],
                        fr=["Versement des intérêts"],
                        nl=["Rente-uitkering"],
                        it=["Liquidazione interessi"],
                        es=["Liquidación de intereses"],
                    ),
                    _say(
                        rng,
                        lang,
                        en=["On maturity", "Quarterly", "Monthly"],
                        de=["Bei Fälligkeit"],
                        fr=["À l'échéance"],
                        nl=["Op einddatum"],
                        it=["A scadenza"],
                        es=["Al vencimiento"],
                    ),
                )
            )
    elif shown(rng, 0.6) and status != "failed":
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["New balance", "Balance"],
                        de=["Neuer Saldo"],
                        fr=["Nouveau solde"],
                        nl=["Nieuw saldo"],
                        it=["Nuovo saldo"],
                        es=["Nuevo saldo"],
                    )
                ),
                fmt(round(amount * rng.uniform(1.5, 9.0), 2)),
            )
        )
    if counter:
        method = "cash" if shown(rng, 0.3) else None
        if method:
            rows.append(("pair", rng.choice(["Mode", "Paid by"]), "Cash"))
    else:
        printed = rng.choice(
            _words(
                lang,
                en=[
                    "Savings A/c XXXX{4}",
                    "Current Account ****{4}",
                    "Checking ••{4}",
                    "Linked account ****{4}",
                ],
                de=["Girokonto ****{4}", "Verrechnungskonto ****{4}"],
                fr=["Compte courant ****{4}"],
                nl=["Betaalrekening ****{4}"],
                it=["Conto corrente ****{4}"],
                es=["Cuenta corriente ****{4}"],
            )
        ).replace("{4}", digits(rng, 4))
        method = None
        if shown(rng, 0.25):
            rows.append(
                (
                    "pair",
                    rng.choice(
                        _words(
                            lang,
                            en=["Debited from", "Funded from", "Paid from"],
                            de=["Belastet von", "Vom Konto"],
                            fr=["Débité du compte"],
                            nl=["Afgeschreven van"],
                            it=["Addebitato su"],
                            es=["Cargado en"],
                        )
                    ),
                    printed,
                )
            )
            method = "netbanking"
    if currency == "INR" and kind != "rd" and shown(rng, 0.5):
        rows.append(
            (
                "small",
                "TDS will be deducted on interest as per Income Tax rules (Form 15G/15H if applicable).",
            )
        )
    elif currency == "USD" and shown(rng, 0.5):
        rows.append(("small", "Early withdrawal penalty: 90 days of interest. Member FDIC."))
    elif currency == "GBP" and shown(rng, 0.5):
        rows.append(("small", "Eligible deposits are protected by the FSCS up to £85,000."))
    txn = _id73(
        rng,
        rows,
        {
            "INR": ["Txn Ref No.", "Journal No.", "Transaction ID"],
            "GBP": ["Transaction reference"],
            "USD": ["Confirmation number"],
            "IE": ["Transaction reference"],
            "de": ["Referenz", "Transaktionsnummer"],
            "fr": ["Référence de l'opération"],
            "nl": ["Referentie"],
            "it": ["Numero operazione"],
            "es": ["Referencia de la operación"],
        }[key],
        {"INR": digits(rng, 12)}.get(currency, code(rng, 10, ALNUM)),
        0.35,
        status,
    )
    dated = _dated73(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date of deposit", "Booking date", "Transaction date", "Opened on"],
            "de": ["Buchungsdatum", "Datum"],
            "fr": ["Date de l'opération"],
            "nl": ["Datum"],
            "it": ["Data operazione"],
            "es": ["Fecha de contratación", "Fecha"],
        },
        0.2,
        0.3,
        status,
    )
    truth = truth_fields(bank, amount, currency, txn, dated, method, status)
    style = _sized(THERMAL, 17) if counter else rng.choice([SCREEN, EMAIL, A4, DARK])
    return rows, truth, _page(font, rows, style, bank)


# ---------------------------------------------------------------- 8 a rented home's deposit received


# who took the deposit: a letting agent on top, or "" where a landlord writes the receipt (named lower down)
LETTINGS = {
    "INR": [("Sai Krupa Estate Agency", "en"), ("", "en")],
    "GBP": [("Castlegate Lettings Ltd", "en"), ("Harbour Property Management", "en")],
    "USD": [("Beacon Hill Realty LLC", "en"), ("", "en")],
    "EUR": [
        ("Dublin City Lettings", "en"),
        ("Hausverwaltung Becker", "de"),
        ("Agence Immobilière du Parc", "fr"),
        ("Makelaardij Van Dam", "nl"),
        ("Immobiliare Navigli", "it"),
        ("Fincas Retiro S.L.", "es"),
    ],
}
LANDLORDS = {
    "INR": ["Suresh Patil", "Mrs. Lakshmi Iyer", "Anil Kapoor"],
    "USD": ["Robert Kaminski", "Linda Okafor"],
}
HOMES = {
    "INR": [
        "Flat 402, Sai Heights, Baner, Pune",
        "No. 14, 2nd Cross, HSR Layout, Bengaluru",
        "B-12, Green Park, New Delhi",
    ],
    "GBP": ["Flat 2, 18 Elm Road, Leeds LS6", "14 Marlborough Street, Bristol BS1"],
    "USD": ["48 Beacon St, Apt 3, Boston, MA 02108", "1210 Elm Ave, Unit 5, Somerville, MA 02144"],
    "IE": ["Apt 12, Grand Canal Wharf, Dublin 4", "5 Wellington Road, Cork"],
    "de": ["Sternstraße 14, 3. OG links, 30159 Hannover", "Lindenallee 7, 50968 Köln"],
    "fr": ["12 rue des Tilleuls, 69003 Lyon", "4 avenue Jean Jaurès, 31000 Toulouse"],
    "nl": ["Oudegracht 211-II, 3511 NH Utrecht", "Lange Nieuwstraat 8, 2011 Haarlem"],
    "it": ["Via Padova 120, 20127 Milano", "Via Nizza 45, 10125 Torino"],
    "es": ["Calle de Alcalá 210, 3º B, 28028 Madrid", "Carrer de Sants 88, 2º 1ª, 08014 Barcelona"],
}
RENTS = {"INR": (14000.0, 45000.0), "GBP": (850.0, 1750.0), "USD": (1800.0, 3200.0), "EUR": (700.0, 1600.0)}
DEPOSIT_WORDS73 = {
    "en": {"success": ["Received with thanks", "Paid in full"], "pending": ["Awaiting clearance of funds"]},
    "de": {"success": ["Betrag dankend erhalten"], "pending": ["Zahlungseingang wird geprüft"]},
    "fr": {"success": ["Pour acquit"], "pending": ["En attente de réception du virement"]},
    "nl": {"success": ["Voldaan"], "pending": ["Wacht op ontvangst"]},
    "it": {"success": ["Per quietanza"], "pending": ["In attesa di accredito"]},
    "es": {"success": ["Recibí", "Pagado"], "pending": ["Pendiente de recibir la transferencia"]},
}
DEPOSIT_WAYS = {
    "INR": [("Bank transfer (NEFT)", "netbanking"), ("UPI", "UPI"), ("Cash", "cash"), ("IMPS", "netbanking")],
    "GBP": [("Bank transfer", "netbanking"), ("Faster Payment", "netbanking"), ("Debit card", "card")],
    "USD": [("Personal check #{4}", None), ("Cashier's check", None), ("Zelle", "netbanking")],
    "IE": [("Bank transfer", "netbanking"), ("Bank draft", None)],
    "de": [("Überweisung", "netbanking"), ("Bar", "cash")],
    "fr": [("Virement", "netbanking"), ("Chèque n° {4}", None)],
    "nl": [("Overboeking", "netbanking")],
    "it": [("Bonifico", "netbanking"), ("Assegno bancario", None)],
    "es": [("Transferencia", "netbanking"), ("Efectivo", "cash")],
}


def tenancy_deposit(rng: random.Random, font: str):
    """A rented home's deposit receipt from a letting agent or the landlord (Sai Krupa Estate Agency or an owner's
    receipt in India, Castlegate Lettings, Harbour Property Management, Beacon Hill Realty or a Massachusetts
    landlord's receipt, Dublin City Lettings, Hausverwaltung Becker's Mietkaution, Agence Immobilière du Parc's dépôt
    de garantie, Makelaardij Van Dam's waarborgsom, Immobiliare Navigli's deposito cauzionale, Fincas Retiro's
    fianza): the agent on top, or the landlord named under Landlord / Received by / Owner below a heading (the payee:
    who received the deposit), the tenants (never), the home's address, the monthly rent and charges (never the
    amount), the deposit, a first month's rent taken with it, a holding deposit taken off, Germany's first of three
    instalments, Spain's fianza with an extra guarantee: the sum received now (the amount; never the deposit's
    whole sum where an instalment is taken), the deposit scheme and its ID, the bank and account the deposit is held
    at, an RTB or INCASÒL registration (never the payee, never the id), the tenancy's start (never the day paid),
    the way it was paid in a share (a bank transfer, UPI, cash, a card; a cheque or a bank draft is none of the
    five), the receipt's number, or the transfer's reference where printed (the id), the day received in a share
    (a French receipt's "Fait à Lyon, le …"), words that it was received (Received with thanks, Pour acquit,
    Voldaan, Per quietanza, Recibí) in a share."""
    currency, agent, lang = _issuer(rng, LETTINGS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang, ["sign", "sign_space", "rs_slash", "code_before"])
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    low, high = RENTS[currency]
    rent = float(
        round(rng.uniform(low, high) / (500 if currency == "INR" else 10))
        * (500 if currency == "INR" else 10)
    )
    status, words = _outcome73(rng, 0.35, lang, DEPOSIT_WORDS73, 0.8, 0.0)
    landlord = rng.choice(LANDLORDS[currency]) if not agent else None
    payee = agent or landlord
    tenant = _who73(rng, currency, lang)
    home = rng.choice(HOMES[key])
    city = home.split(",")[-1].strip()
    rows: list[tuple] = []
    if agent:
        rows.append(("title", agent))
        rows.append(
            (
                "small",
                rng.choice(["Lettings & Property Management", "Member of ARLA Propertymark"])
                if currency == "GBP"
                else city,
            )
        )
    else:
        rows.append(("title", rng.choice(["RENT & DEPOSIT RECEIPT", "SECURITY DEPOSIT RECEIPT", "RECEIPT"])))
    rows.append(
        (
            "center",
            rng.choice(
                _words(
                    lang,
                    en=["Receipt for tenancy deposit", "Deposit receipt", "Move-in monies receipt"],
                    de=["Quittung Mietkaution", "Bestätigung Mietkaution"],
                    fr=["Reçu de dépôt de garantie", "Quittance - dépôt de garantie"],
                    nl=["Ontvangstbewijs waarborgsom", "Kwitantie borg"],
                    it=["Ricevuta deposito cauzionale", "Ricevuta di pagamento"],
                    es=["Recibo de fianza", "Recibo de entrega de fianza"],
                )
            ),
        )
    )
    _status73(rng, rows, words, lang, 1.0)
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Received from", "Tenant", "Tenant(s)"],
                    de=["Mieter", "Erhalten von"],
                    fr=["Locataire", "Reçu de"],
                    nl=["Huurder", "Ontvangen van"],
                    it=["Conduttore", "Ricevuto da"],
                    es=["Inquilino", "Arrendatario"],
                )
            ),
            tenant if shown(rng, 0.4) else f"{tenant} & {_who73(rng, currency, lang, tenant)}",
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Property", "Premises", "Address"],
                    de=["Mietobjekt"],
                    fr=["Logement"],
                    nl=["Adres"],
                    it=["Immobile"],
                    es=["Vivienda"],
                )
            ),
            home,
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Monthly rent", "Rent (pcm)" if currency == "GBP" else "Rent per month"],
                    de=["Kaltmiete", "Nettokaltmiete"],
                    fr=["Loyer hors charges"],
                    nl=["Kale huur per maand"],
                    it=["Canone mensile"],
                    es=["Renta mensual"],
                )
            ),
            _m(rent, grouping),
        )
    )
    if lang in ("de", "fr") and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Service charge"],
                    de=["Nebenkostenvorauszahlung"],
                    fr=["Provision sur charges"],
                ),
                _m(float(rng.choice([120, 150, 180, 60, 80])), grouping),
            )
        )
    rows.append(("rule",))
    lines: list[tuple[str, float]] = []
    months = {
        "INR": rng.choice([2, 3, 6, 10]),
        "USD": 1,
        "IE": 1,
        "de": 3,
        "fr": 1,
        "nl": 2,
        "it": 3,
        "es": 1,
    }.get(key, 1)
    if currency == "GBP":
        deposit = round(rent * 12 / 52 * 5, 2)
        lines.append(("Tenancy deposit (5 weeks' rent)", deposit))
        if shown(rng, 0.5):
            lines.append(("First month's rent", rent))
        if shown(rng, 0.6):
            lines.append(("Less holding deposit already paid", -round(rent * 12 / 52, 2)))
    elif key == "de":
        deposit = rent * 3
        rows.append(("pair", "Mietkaution (3 Nettokaltmieten)", _m(deposit, grouping)))
        if shown(rng, 0.6):
            lines.append(("1. Rate gem. § 551 Abs. 2 BGB", round(deposit / 3, 2)))
        else:
            lines.append(("Kaution vollständig", deposit))
    elif key == "es":
        lines.append(("Fianza legal (1 mensualidad)", rent))
        if shown(rng, 0.4):
            lines.append(("Garantía adicional (2 mensualidades)", rent * 2))
    else:
        label = _say(
            rng,
            lang,
            en=[
                f"Security deposit ({months} month{'s' if months > 1 else ''})",
                "Security deposit (refundable)",
            ],
            fr=["Dépôt de garantie (1 mois de loyer hors charges)"],
            nl=["Waarborgsom (2x kale huur)"],
            it=["Deposito cauzionale (3 mensilità)"],
        )
        lines.append((label, rent * months))
        if currency in ("INR", "USD", "EUR") and lang in ("en", "nl") and shown(rng, 0.5):
            period = _say(
                rng,
                lang,
                en=[f"Rent for {when.strftime('%B %Y')}", "First month's rent"],
                nl=["Huur eerste maand"],
            )
            lines.append((period, rent))
    for label, value in lines:
        rows.append(("pair", label, ("-" if value < 0 else "") + _m(abs(value), grouping)))
    amount = round(sum(value for _, value in lines), 2)
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Total received", "Amount received", "Total paid"],
                    de=["Erhaltener Betrag", "Gezahlt"],
                    fr=["Montant reçu"],
                    nl=["Ontvangen bedrag"],
                    it=["Importo ricevuto"],
                    es=["Importe recibido", "Total recibido"],
                )
            ),
            fmt(amount),
        )
    )
    if currency == "INR" and shown(rng, 0.5) and amount == int(amount):
        rows.append(("small", f"({_words_inr(int(amount))})"))
    if landlord:
        rows.append(
            (
                "pair",
                rng.choice(
                    ["Landlord", "Received by", "Owner"] if currency == "INR" else ["Landlord", "Received by"]
                ),
                landlord,
            )
        )
    scheme = {
        "GBP": f"Protected with {rng.choice(['the Deposit Protection Service (DPS)', 'mydeposits', 'TDS Custodial'])} - Deposit ID {digits(rng, 8)}",
        "USD": f"Deposit held at {rng.choice(['Eastern Bank', 'Cambridge Savings Bank'])}, account no. {digits(rng, 10)}",
        "IE": f"RTB registration no. {code(rng, 2, UPPER)}{digits(rng, 7)}",
        "es": f"Fianza depositada en {'el INCASÒL' if 'Barcelona' in home else 'la Agencia de Vivienda Social'}, expediente {digits(rng, 7)}",
        "de": f"Anlage auf Mietkautionskonto bei der {rng.choice(['Sparkasse', 'Volksbank'])} ({digits(rng, 10)})",
    }.get(key)
    if scheme and shown(rng, 0.3):
        rows.append(("small", scheme))
    start = _later(when, rng, 3, 30)
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Tenancy start date", "Lease start", "Move-in date"],
                    de=["Mietbeginn"],
                    fr=["Date d'entrée dans les lieux"],
                    nl=["Ingangsdatum huur"],
                    it=["Decorrenza contratto"],
                    es=["Fecha de inicio del contrato"],
                )
            ),
            _d73(start, pattern, lang),
        )
    )
    ways = [way for way in DEPOSIT_WAYS[key] if not (status == "pending" and way[1] == "cash")]
    method = _way73(rng, rows, lang, {lang: ways}, 0.3, status)
    entries = [
        (
            _words(
                lang,
                en=["UTR", "Transaction ref."] if currency == "INR" else ["Payment reference"],
                de=["Überweisungsreferenz"],
                fr=["Référence du virement"],
                nl=["Betalingskenmerk"],
                it=["CRO"],
                es=["Referencia de la transferencia"],
            ),
            digits(rng, 12) if currency == "INR" else code(rng, 10, ALNUM),
        ),
        (
            _words(
                lang,
                en=["Receipt No.", "Receipt #"],
                de=["Quittungs-Nr."],
                fr=["Reçu n°"],
                nl=["Kwitantienummer"],
                it=["Ricevuta n."],
                es=["Recibo nº"],
            ),
            f"{when.year}/{digits(rng, 3)}" if shown(rng, 0.5) else digits(rng, 5),
        ),
    ]
    if method != "netbanking":
        entries = entries[1:]
    txn = _ids73(rng, rows, entries, status, 0.4)
    if lang == "fr" and shown(rng, 0.4):
        rows.append(("left", f"Fait à {city.split()[-1]}, le {_d73(when, pattern, lang)}"))
        dated = when
    else:
        dated = _dated73(
            rng,
            rows,
            when,
            pattern,
            currency,
            lang,
            {
                "en": ["Date", "Date received", "Received on"],
                "de": ["Datum", "Erhalten am"],
                "fr": ["Date"],
                "nl": ["Datum"],
                "it": ["Data"],
                "es": ["Fecha"],
            },
            0.2,
            0.0,
            status,
        )
    if currency == "INR" and shown(rng, 0.5):
        rows.append(("small", "Revenue stamp affixed. Deposit refundable at vacating, interest free."))
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=["Signature: ____________"],
                de=["Unterschrift: ____________"],
                fr=["Signature : ____________"],
                nl=["Handtekening: ____________"],
                it=["Firma: ____________"],
                es=["Firma: ____________"],
            ),
        )
    )
    truth = truth_fields(payee, amount, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([PAPER, A4, EMAIL]), rows[0][1])


# ---------------------------------------------------------------- 9 a gift card bought for someone


GIFT_SHOPS = {
    "INR": [("Woohoo", "en"), ("GyFTR", "en")],
    "GBP": [("Love2shop", "en"), ("One4all Gift Cards", "en")],
    "USD": [("GiftCards.com", "en"), ("Giftly", "en")],
    "EUR": [
        ("One4all", "en"),
        ("Wunschgutschein", "de"),
        ("Illicado", "fr"),
        ("VVV Cadeaukaarten", "nl"),
        ("Smartbox", "it"),
        ("El Corte Inglés", "es"),
    ],
}
# by the shop: cards (name, face values), a fee per card, a delivery charge (by post)
GIFT_CARDS = {
    "Woohoo": (
        [
            ("Amazon Pay Gift Card", [500, 1000, 2000]),
            ("Myntra E-Gift Card", [1000, 2000, 5000]),
            ("Tanishq Gift Card", [2000, 5000]),
        ],
        0.0,
        0.0,
    ),
    "GyFTR": (
        [
            ("Swiggy Money Gift Card", [500, 1000]),
            ("Croma E-Gift Voucher", [1000, 2000, 5000]),
            ("MakeMyTrip Gift Card", [2000, 5000]),
        ],
        0.0,
        0.0,
    ),
    "Love2shop": ([("Love2shop Gift Card", [25, 50, 100])], 0.0, 1.49),
    "One4all Gift Cards": ([("One4all Gift Card", [20, 50, 100])], 1.50, 1.99),
    "GiftCards.com": ([("Visa Gift Card", [50, 100, 200]), ("Mastercard Gift Card", [100, 250])], 6.95, 4.95),
    "Giftly": (
        [("Giftly for dinner at Founding Farmers", [50, 75, 100]), ("Giftly for a spa day", [100, 150])],
        3.00,
        0.0,
    ),
    "One4all": ([("One4all Gift Card", [25, 50, 100])], 1.95, 2.50),
    "Wunschgutschein": (
        [("Wunschgutschein Universal", [25, 50, 100]), ("Wunschgutschein Genuss", [30, 50])],
        0.0,
        1.95,
    ),
    "Illicado": ([("E-carte Illicado", [30, 50, 100]), ("Carte Illicado Premium", [50, 150])], 1.50, 2.90),
    "VVV Cadeaukaarten": ([("VVV Cadeaukaart", [25, 50, 100]), ("VVV Dinercheque", [25, 50])], 1.95, 2.95),
    "Smartbox": (
        [
            ("e-Box Pausa Gourmet", [69.90]),
            ("Cofanetto Tre giorni di relax", [129.90]),
            ("e-Box Avventura", [49.90]),
        ],
        0.0,
        4.90,
    ),
    "El Corte Inglés": ([("Tarjeta Regalo El Corte Inglés", [25, 50, 100, 150])], 0.0, 0.0),
}
GIFT_NOTES = {
    "en": [
        "Happy birthday!",
        "Congratulations on the new job",
        "Thank you for everything",
        "Happy anniversary x",
    ],
    "de": ["Alles Gute zum Geburtstag!", "Danke für alles"],
    "fr": ["Joyeux anniversaire !", "Merci pour tout"],
    "nl": ["Gefeliciteerd!", "Bedankt voor alles"],
    "it": ["Buon compleanno!", "Grazie di tutto"],
    "es": ["¡Feliz cumpleaños!", "Gracias por todo"],
}
GIFT_WORDS = {
    lang: dict(
        OUTCOMES66.get(lang, {}),
        pending=OUTCOMES66.get(lang, {}).get("pending", []),
    )
    for lang in ("en", "de", "fr", "nl", "it")
}
GIFT_WORDS["en"] = dict(
    GIFT_WORDS["en"], pending=["Payment pending", "Order on hold - we are verifying your payment"]
)
GIFT_WORDS["es"] = {
    "success": ["Pago realizado", "Pago confirmado"],
    "failed": ["Pago rechazado"],
    "pending": ["Pago pendiente"],
}
GIFT_WAYS = {
    "INR": [
        ("UPI", "UPI"),
        ("Credit Card XXXX{4}", "card"),
        ("Net Banking", "netbanking"),
        ("Paytm Wallet", "wallet"),
    ],
    "GBP": [("Visa Debit ****{4}", "card"), ("PayPal", "wallet")],
    "USD": [("Visa ending {4}", "card"), ("Mastercard ••{4}", "card")],
    "IE": [("Visa Debit ****{4}", "card"), ("Apple Pay", "wallet")],
    "de": [("PayPal", "wallet"), ("Kreditkarte", "card"), ("Sofortüberweisung", "netbanking")],
    "fr": [("Carte bancaire", "card"), ("PayPal", "wallet")],
    "nl": [("iDEAL", "netbanking"), ("Creditcard", "card")],
    "it": [("Carta di credito", "card"), ("PayPal", "wallet"), ("Satispay", "wallet")],
    "es": [("Tarjeta", "card"), ("PayPal", "wallet")],
}


def gift_card_purchase(rng: random.Random, font: str):
    """A gift card or gift box bought online for someone else (Woohoo, GyFTR, Love2shop, One4all, GiftCards.com,
    Giftly, Wunschgutschein, Illicado, VVV Cadeaukaarten, Smartbox, El Corte Inglés): the shop on top (the payee),
    the buyer (never) and the recipient under To / Recipient / Empfänger / Destinataire / Ontvanger / Destinatario
    with an e-mail and a message (never the payee), the card's brand (never), the cards at their face value, a
    purchase fee per card, postage, a greeting card, an offer taken off (India's discounted vouchers: the amount is
    below the face value), the total (the amount), the day the gift is sent (never the day paid), the card's number,
    PIN and validity (never the id or the date), up to two numbers (the payment's reference, the order's number:
    the id is the payment's where printed, else the order's), the order's day in a share, an outcome in a share."""
    currency, shop, lang = _issuer(rng, GIFT_SHOPS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang)
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    cards, fee, post = GIFT_CARDS[shop]
    status, words = _outcome73(rng, 0.55, lang, GIFT_WORDS, 0.6, 0.2)
    buyer = _who73(rng, currency, lang)
    recipient = _who73(rng, currency, lang, buyer)
    rows: list[tuple] = [("title", shop)]
    rows.append(
        (
            "center",
            rng.choice(
                _words(
                    lang,
                    en=["Order confirmation", "Your e-gift order", "Order summary"],
                    de=["Bestellbestätigung", "Deine Bestellung"],
                    fr=["Confirmation de commande", "Récapitulatif de commande"],
                    nl=["Bestelbevestiging", "Je bestelling"],
                    it=["Conferma d'ordine", "Riepilogo ordine"],
                    es=["Confirmación de pedido", "Resumen del pedido"],
                )
            ),
        )
    )
    _status73(rng, rows, words, lang)
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng, lang, en=["From"], de=["Von"], fr=["De la part de"], nl=["Van"], it=["Da"], es=["De"]
                ),
                buyer,
            )
        )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["To", "Recipient"],
                    de=["Empfänger", "Für"],
                    fr=["Destinataire", "Pour"],
                    nl=["Ontvanger", "Voor"],
                    it=["Destinatario", "Per"],
                    es=["Destinatario", "Para"],
                )
            ),
            recipient,
        )
    )
    post_it = post > 0 and shown(rng, 0.5)
    if not post_it:
        first = (
            recipient.split()[0]
            .lower()
            .replace("é", "e")
            .replace("á", "a")
            .replace("í", "i")
            .replace("ó", "o")
        )
        rows.append(
            (
                "pair",
                "E-mail",
                f"{first}.{digits(rng, 2)}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com'])}",
            )
        )
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Delivery date", "Send on"],
                        de=["Versand am"],
                        fr=["Date d'envoi"],
                        nl=["Verzenddatum"],
                        it=["Data di invio"],
                        es=["Fecha de envío"],
                    )
                ),
                _d73(_later(when, rng, 0, 14), pattern, lang),
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Message"],
                    de=["Nachricht"],
                    fr=["Message"],
                    nl=["Bericht"],
                    it=["Messaggio"],
                    es=["Mensaje"],
                ),
                rng.choice(GIFT_NOTES[lang]),
            )
        )
    rows.append(("rule",))
    total = 0.0
    count = 0
    for name, values in rng.sample(cards, min(len(cards), rng.choice([1, 1, 2]))):
        value = float(rng.choice(values))
        qty = rng.choice([1, 1, 1, 2])
        count += qty
        line = round(value * qty, 2)
        face = (
            _m(value, grouping)
            if currency == "INR" or shop == "Smartbox"
            else fmt(value).replace(".00", "")
            if lang == "en"
            else _m(value, grouping)
        )
        rows.append(
            (
                "pair",
                f"{qty} x {name} ({face})" if qty > 1 else f"{name} ({face})" if shop != "Smartbox" else name,
                _m(line, grouping),
            )
        )
        total = round(total + line, 2)
    if currency == "INR" and shown(rng, 0.4):
        off = float(round(total * rng.choice([0.03, 0.05, 0.08])))
        rows.append(
            (
                "pair",
                rng.choice(["Discount (offer applied)", "Instant discount", f"Promo {code(rng, 6, UPPER)}"]),
                "-" + _m(off, grouping),
            )
        )
        total = round(total - off, 2)
    if fee:
        label = _say(
            rng,
            lang,
            en=["Purchase fee", "Card fee", "Service fee"],
            de=["Servicegebühr"],
            fr=["Frais de service"],
            nl=["Servicekosten"],
            it=["Commissione"],
            es=["Gastos de gestión"],
        )
        rows.append(
            (
                "pair",
                f"{label} ({count} x {_m(fee, grouping)})" if count > 1 else label,
                _m(round(fee * count, 2), grouping),
            )
        )
        total = round(total + fee * count, 2)
    if post_it:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Postage & packing", "Delivery"],
                    de=["Versand"],
                    fr=["Frais d'envoi"],
                    nl=["Verzendkosten"],
                    it=["Spedizione"],
                    es=["Envío"],
                ),
                _m(post, grouping),
            )
        )
        total = round(total + post, 2)
    if currency != "INR" and shown(rng, 0.8):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Greeting card"],
                    de=["Grußkarte"],
                    fr=["Carte de vœux"],
                    nl=["Wenskaart"],
                    it=["Biglietto d'auguri"],
                    es=["Tarjeta de felicitación"],
                ),
                _m(1.0, grouping),
            )
        )
        total = round(total + 1.0, 2)
    _total73(rng, rows, fmt, total, status, lang)
    method = _way73(rng, rows, lang, {lang: GIFT_WAYS[key]}, 0.25, status)
    if status in (None, "success") and not post_it and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Card number"],
                    de=["Gutscheincode"],
                    fr=["N° de carte"],
                    nl=["Kaartnummer"],
                    it=["Codice"],
                    es=["Nº de tarjeta"],
                ),
                f"{digits(rng, 4)} {digits(rng, 4)} **** {digits(rng, 4)}",
            )
        )
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Valid until", "Expiry"],
                        de=["Gültig bis"],
                        fr=["Valable jusqu'au"],
                        nl=["Geldig tot"],
                        it=["Valido fino al"],
                        es=["Válida hasta"],
                    )
                ),
                _d73(
                    when.replace(year=when.year + 1) if (when.month, when.day) != (2, 29) else when,
                    pattern,
                    lang,
                ),
            )
        )
    txn = _ids73(
        rng,
        rows,
        [
            (
                _words(
                    lang,
                    en=["Transaction ID", "Payment ID"],
                    de=["Transaktions-ID"],
                    fr=["ID de transaction"],
                    nl=["Transactie-ID"],
                    it=["ID transazione"],
                    es=["ID de la transacción"],
                ),
                digits(rng, 14) if currency == "INR" else code(rng, 12, ALNUM),
            ),
            (
                _words(
                    lang,
                    en=["Order ID", "Order number", "Order #"],
                    de=["Bestellnummer"],
                    fr=["N° de commande"],
                    nl=["Bestelnummer"],
                    it=["N. ordine"],
                    es=["Nº de pedido"],
                ),
                f"{code(rng, 2, UPPER)}{digits(rng, 8)}",
            ),
        ],
        status,
        0.4,
    )
    dated = _dated73(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Order date", "Date", "Ordered on"],
            "de": ["Bestelldatum"],
            "fr": ["Date de commande"],
            "nl": ["Besteldatum"],
            "it": ["Data ordine"],
            "es": ["Fecha del pedido"],
        },
        0.2,
        0.4,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Gift cards cannot be exchanged for cash.",
            "Gift cards cannot be bought with another gift card.",
        ],
        de=["Gutscheine sind nicht in bar auszahlbar."],
        fr=["Les cartes cadeaux ne sont ni reprises ni échangées."],
        nl=["Cadeaukaarten zijn niet inwisselbaar voor geld."],
        it=["I cofanetti non sono convertibili in denaro."],
        es=["La tarjeta regalo no es canjeable por dinero."],
    )
    truth = truth_fields(shop, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([EMAIL, SCREEN, EMAIL]), shop)


# ---------------------------------------------------------------- 10 a tuition fee paid abroad through a platform


EDU_PLATFORMS = {
    "INR": [("Flywire", "en"), ("Convera", "en")],
    "GBP": [("Flywire", "en")],
    "USD": [("Flywire", "en"), ("PayMyTuition", "en")],
    "EUR": [
        ("Flywire", "en"),
        ("Flywire", "de"),
        ("Flywire", "fr"),
        ("Convera", "it"),
        ("Flywire", "es"),
        ("Flywire", "nl"),
    ],
}
# institutions paid (the payee), by the currency they are paid in, and what a term's fees come to
INSTITUTIONS = {
    "GBP": (["University of Leeds", "King's College London", "University of Glasgow"], (9500.0, 28000.0)),
    "USD": (
        ["Arizona State University", "Northeastern University", "University of Illinois Urbana-Champaign"],
        (12000.0, 31000.0),
    ),
    "CAD": (["University of Toronto", "University of British Columbia"], (15000.0, 36000.0)),
    "AUD": (["University of Melbourne", "Monash University"], (18000.0, 42000.0)),
    "EUR": (
        ["Trinity College Dublin", "Università Bocconi", "IE University", "Erasmus University Rotterdam"],
        (6000.0, 19000.0),
    ),
    "CHF": (["ETH Zürich", "EPFL"], (730.0, 1460.0)),
}
# a unit of the institution's currency in the payer's
EDU_RATES = {
    "INR": {"GBP": 108.3, "USD": 85.2, "CAD": 62.1, "AUD": 55.8, "EUR": 92.6},
    "GBP": {"USD": 0.79, "CAD": 0.58, "AUD": 0.52, "EUR": 0.855},
    "USD": {"GBP": 1.27, "CAD": 0.73, "EUR": 1.085},
    "EUR": {"GBP": 1.17, "USD": 0.92, "CAD": 0.67, "AUD": 0.61, "CHF": 1.06},
}
EDU_WORDS = {
    "en": {
        "success": ["Delivered to institution", "Funds received", "Completed"],
        "failed": ["Cancelled", "Payment returned"],
        "pending": ["Initiated - awaiting your transfer", "Processing", "Awaiting funds"],
    },
    "de": {
        "success": ["An die Hochschule übermittelt", "Abgeschlossen"],
        "failed": ["Storniert"],
        "pending": ["Warten auf Ihre Überweisung"],
    },
    "fr": {
        "success": ["Versé à l'établissement", "Terminé"],
        "failed": ["Annulé"],
        "pending": ["En attente de votre virement"],
    },
    "nl": {
        "success": ["Afgeleverd bij de instelling", "Voltooid"],
        "failed": ["Geannuleerd"],
        "pending": ["Wacht op je overboeking"],
    },
    "it": {
        "success": ["Consegnato all'istituto", "Completato"],
        "failed": ["Annullato"],
        "pending": ["In attesa del bonifico"],
    },
    "es": {
        "success": ["Entregado a la institución", "Completado"],
        "failed": ["Cancelado"],
        "pending": ["Esperando tu transferencia"],
    },
}
EDU_WAYS = {
    "INR": [("Domestic bank transfer (NEFT/RTGS)", "netbanking"), ("Net Banking", "netbanking")],
    "GBP": [("Bank transfer", "netbanking"), ("Debit card ****{4}", "card")],
    "USD": [("Bank transfer (ACH)", "netbanking"), ("Credit card ****{4}", "card")],
    "IE": [("Bank transfer (SEPA)", "netbanking"), ("Credit card ****{4}", "card")],
    "de": [("Überweisung", "netbanking"), ("Kreditkarte ****{4}", "card")],
    "fr": [("Virement bancaire", "netbanking"), ("Carte bancaire ****{4}", "card")],
    "nl": [("iDEAL", "netbanking"), ("Overboeking", "netbanking")],
    "it": [("Bonifico bancario", "netbanking"), ("Carta di credito ****{4}", "card")],
    "es": [("Transferencia bancaria", "netbanking"), ("Tarjeta ****{4}", "card")],
}
STUDENTS = {
    "INR": ["Ananya Rao", "Rohan Kulkarni", "Arjun Menon", "Ishita Sharma"],
    "en": ["Isla Bennett", "Mason Clarke", "Finn Murphy"],
}


def tuition_abroad(rng: random.Random, font: str):
    """A tuition or deposit payment to a university abroad through an education payment platform (Flywire,
    Convera, PayMyTuition; English, German, French, Dutch, Italian and Spanish pages), in two currencies: the
    platform on top (never the payee), the institution under Recipient / Institution / Paying to / Your payment to /
    Empfänger / Destinataire / Ontvanger / Destinatario (the payee), the student with their ID, date of birth,
    course and intake (never), the payer (never), the fees the institution receives in pounds, dollars, Canadian or
    Australian dollars, euros or Swiss francs (never the amount), the rate, a card's processing fee (added), the sum
    the payer pays in their own currency (the amount), the platform's bank details and the reference to quote on a
    transfer (the reference is the payment's own id, printed once as Payment ID), a deadline to pay by and the day
    the institution gets the money (never the day paid), a tax collected by the payer's bank (not on the page's
    sum), the way to pay in a share, the day the payment was made in a share, an outcome in a share: Delivered /
    Funds received (success), Initiated - awaiting your transfer / Processing (pending), Cancelled / Returned
    (failed)."""
    currency, platform, lang = _issuer(rng, EDU_PLATFORMS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang, ["sign", "sign_space", "code_before"])
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    target = rng.choice(sorted(EDU_RATES[currency]))
    names, (low, high) = INSTITUTIONS[target]
    school = rng.choice(names)
    other = _other_money(rng, font, target, lang, grouping)
    fees = float(round(rng.uniform(low, high) / 50) * 50)
    if shown(rng, 0.75):
        fees = float(rng.choice([1000, 2000, 3000, 5000])) if target != "CHF" else 730.0
    rate = round(EDU_RATES[currency][target] * rng.uniform(0.98, 1.02), 4)
    pay = _cents(fees * rate, currency == "INR" and shown(rng, 0.5))
    status, words = _outcome73(rng, 0.75, lang, EDU_WORDS, 0.5, 0.1)
    ways = EDU_WAYS[key]
    if status == "pending":
        ways = [way for way in ways if way[1] == "netbanking"]
    printed, method = rng.choice(ways)
    printed = printed.replace("{4}", digits(rng, 4))
    card_fee = _cents(pay * 0.0275, False) if method == "card" else 0.0
    total = round(pay + card_fee, 2)
    student = (
        rng.choice(STUDENTS["INR" if currency == "INR" else "en"])
        if lang == "en"
        else _who73(rng, currency, lang)
    )
    rows: list[tuple] = [("title", platform)]
    rows.append(
        (
            "center",
            rng.choice(
                _words(
                    lang,
                    en=["Payment summary", f"Your payment to {school}", "Payment details"],
                    de=["Zahlungsübersicht"],
                    fr=["Récapitulatif du paiement"],
                    nl=["Betalingsoverzicht"],
                    it=["Riepilogo del pagamento"],
                    es=["Resumen del pago"],
                )
            ),
        )
    )
    _status73(rng, rows, words, lang)
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Recipient", "Institution", "Paying to"],
                    de=["Empfänger", "Hochschule"],
                    fr=["Destinataire", "Établissement"],
                    nl=["Ontvanger", "Instelling"],
                    it=["Destinatario", "Istituto"],
                    es=["Destinatario", "Institución"],
                )
            ),
            school,
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Student name", "Student"],
                    de=["Studierende/r"],
                    fr=["Étudiant(e)"],
                    nl=["Student"],
                    it=["Studente"],
                    es=["Estudiante"],
                )
            ),
            student,
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Student ID", "Student number"],
                    de=["Matrikelnummer"],
                    fr=["N° étudiant"],
                    nl=["Studentnummer"],
                    it=["Matricola"],
                    es=["ID de estudiante"],
                )
            ),
            digits(rng, rng.choice([7, 8, 9])),
        )
    )
    if shown(rng, 0.7):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Date of birth"],
                    de=["Geburtsdatum"],
                    fr=["Date de naissance"],
                    nl=["Geboortedatum"],
                    it=["Data di nascita"],
                    es=["Fecha de nacimiento"],
                ),
                _d73(dt.date(rng.randint(2000, 2007), rng.randint(1, 12), rng.randint(1, 28)), pattern, lang),
            )
        )
    if shown(rng, 0.5):
        intake = rng.choice(["Fall 2026", "September 2026", "Spring 2026", "2025/26"])
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Intake", "Term"],
                    de=["Semester"],
                    fr=["Rentrée"],
                    nl=["Studiejaar"],
                    it=["Anno accademico"],
                    es=["Curso"],
                ),
                intake,
            )
        )
    if lang == "en" and shown(rng, 0.4):
        rows.append(("pair", "Payer name", _who73(rng, currency, lang, student)))
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Amount to institution", "Institution receives", "Tuition amount"],
                    de=["Betrag an die Hochschule"],
                    fr=["Montant versé à l'établissement"],
                    nl=["Bedrag voor de instelling"],
                    it=["Importo per l'istituto"],
                    es=["Importe para la institución"],
                )
            ),
            other(fees),
        )
    )
    rows.append(
        (
            "pair",
            _say(
                rng,
                lang,
                en=["Exchange rate"],
                de=["Wechselkurs"],
                fr=["Taux de change"],
                nl=["Wisselkoers"],
                it=["Tasso di cambio"],
                es=["Tipo de cambio"],
            ),
            f"1 {target} = {_rate(rate, lang)} {currency}",
        )
    )
    if card_fee:
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Card processing fee"],
                    de=["Kartengebühr"],
                    fr=["Frais de carte"],
                    nl=["Kaartkosten"],
                    it=["Commissione carta"],
                    es=["Comisión de tarjeta"],
                ),
                _m(card_fee, grouping),
            )
        )
    _total73(
        rng,
        rows,
        fmt,
        total,
        status,
        lang,
        {
            "en": ["You pay", "Amount to pay", "Total"],
            "de": ["Zu zahlender Betrag", "Gesamt"],
            "fr": ["Montant à payer", "Total"],
            "nl": ["Te betalen", "Totaal"],
            "it": ["Importo da pagare", "Totale"],
            "es": ["Importe a pagar", "Total"],
        },
        {
            "en": ["You paid", "Amount paid"],
            "de": ["Gezahlter Betrag"],
            "fr": ["Montant payé"],
            "nl": ["Betaald bedrag"],
            "it": ["Importo pagato"],
            "es": ["Importe pagado"],
        },
    )
    if shown(rng, 0.2):
        rows.append(
            (
                "pair",
                rng.choice(METHOD73[lang][:2])
                if status in (None, "success")
                else rng.choice([label for label in METHOD73[lang] if not label.startswith(PAID73)]),
                printed,
            )
        )
    else:
        method = None
    pid = f"{code(rng, 3, UPPER)}{digits(rng, 9)}"
    txn = _id73(
        rng,
        rows,
        _words(
            lang,
            en=["Payment ID", "Payment reference"],
            de=["Zahlungs-ID"],
            fr=["ID du paiement"],
            nl=["Betalings-ID"],
            it=["ID pagamento"],
            es=["ID del pago"],
        ),
        pid,
        0.15,
        status,
    )
    if status == "pending" and method == "netbanking":
        bank = {
            "INR": f"Beneficiary: Flywire - Citibank N.A., A/c {digits(rng, 10)}, IFSC CITI0100000",
            "GBP": f"Pay to: Flywire, Sort code {digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)}, Account {digits(rng, 8)}",
            "USD": f"Pay to: Flywire, Routing {digits(rng, 9)}, Account {digits(rng, 10)}",
        }.get(
            currency,
            f"IBAN DE{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
        )
        rows.append(("small", bank))
        if txn:
            rows.append(
                (
                    "small",
                    _say(
                        rng,
                        lang,
                        en=["Quote this reference when you pay."],
                        de=["Geben Sie diese Referenz als Verwendungszweck an."],
                        fr=["Indiquez cette référence lors du virement."],
                        nl=["Vermeld deze referentie als omschrijving."],
                        it=["Indica questo riferimento nella causale."],
                        es=["Indica esta referencia como concepto."],
                    ),
                )
            )
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Please pay by", "Pay before"],
                    de=["Bitte zahlen bis"],
                    fr=["À régler avant le"],
                    nl=["Betaal vóór"],
                    it=["Pagare entro il"],
                    es=["Pagar antes del"],
                ),
                _d73(_later(when, rng, 3, 10), pattern, lang),
            )
        )
    dated = _dated73(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Date", "Paid on"],
            "de": ["Zahlungsdatum", "Datum"],
            "fr": ["Date du paiement"],
            "nl": ["Betaaldatum"],
            "it": ["Data del pagamento"],
            "es": ["Fecha del pago"],
        },
        0.25,
        0.3,
        status,
    )
    if status == "success" and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Delivered on", "Institution received on"],
                    de=["Übermittelt am"],
                    fr=["Versé le"],
                    nl=["Afgeleverd op"],
                    it=["Consegnato il"],
                    es=["Entregado el"],
                ),
                _d73(_later(when, rng, 1, 5), pattern, lang),
            )
        )
    if currency == "INR" and shown(rng, 0.6):
        rows.append(
            (
                "small",
                rng.choice(
                    [
                        "TCS, if applicable, is collected by your bank under section 206C(1G).",
                        "Purpose code S0305 (education abroad). PAN is mandatory.",
                    ]
                ),
            )
        )
    truth = truth_fields(school, total, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([EMAIL, SCREEN, A4]), platform)


# ---------------------------------------------------------------- 11 a business's remittance advice to its supplier


PAYERS = {
    "INR": [("Shakti Engineering Pvt Ltd", "en"), ("Nilgiri Foods Pvt Ltd", "en")],
    "GBP": [("Brackenfield Construction Ltd", "en"), ("Northgate Healthcare Ltd", "en")],
    "USD": [("Copperline Logistics Inc.", "en")],
    "EUR": [
        ("Slaney Dairies Ltd", "en"),
        ("Möller Maschinenbau GmbH", "de"),
        ("Transports Garnier SAS", "fr"),
        ("De Groot Bouw B.V.", "nl"),
        ("Officine Meccaniche Lodi S.r.l.", "it"),
        ("Construcciones Ibarra S.L.", "es"),
    ],
}
# who the advice pays (the payee): suppliers and freelancers, by the page's country
SUPPLIERS = {
    "INR": ["Kaveri Traders", "Sai Krupa Enterprises", "Pixel Mitra Studio", "Rahul Mehra"],
    "GBP": ["Wrenfield Joinery", "J. Okafor Plumbing & Heating", "Pennine Scaffolding Ltd"],
    "USD": ["Ortiz Landscaping Inc.", "Bluegrass Tax Services", "Hudson Valley Roofing LLC"],
    "IE": ["Claddagh Print Co.", "Dunne Electrical Ltd", "Burren Walking Tours"],
    "de": ["Malerbetrieb Krüger", "Elektro Yilmaz GmbH", "Fahrschule Yilmaz"],
    "fr": ["SARL Menuiserie Lebrun", "Nettoyage Rousseau", "Cabinet Girard Avocats"],
    "nl": ["Van Dijk Installaties B.V.", "Schilderwerken Bakker", "Bloemenhuis Fleur"],
    "it": ["Ferramenta Colombo", "Studio Bianchi S.r.l.", "Panificio Russo S.n.c."],
    "es": ["Electricidad Navarro S.L.", "Pinturas Gil", "Asesoría Morales"],
}
ADVICE_WORDS = {
    "en": {
        "success": ["Paid", "Payment released"],
        "pending": ["Scheduled for payment"],
        "failed": ["Payment returned by your bank"],
    },
    "de": {
        "success": ["Bezahlt", "Zahlung ausgeführt"],
        "pending": ["Zahlung geplant"],
        "failed": ["Zahlung zurückgekommen"],
    },
    "fr": {
        "success": ["Payé", "Virement émis"],
        "pending": ["Paiement programmé"],
        "failed": ["Virement rejeté"],
    },
    "nl": {"success": ["Betaald"], "pending": ["Betaling ingepland"], "failed": ["Betaling teruggeboekt"]},
    "it": {
        "success": ["Pagato", "Bonifico eseguito"],
        "pending": ["Pagamento programmato"],
        "failed": ["Bonifico respinto"],
    },
    "es": {
        "success": ["Pagado", "Transferencia emitida"],
        "pending": ["Pago programado"],
        "failed": ["Transferencia devuelta"],
    },
}
ADVICE_WAYS = {
    "INR": [("NEFT", "netbanking"), ("RTGS", "netbanking"), ("NEFT", "netbanking")],
    "GBP": [("BACS", "netbanking"), ("Faster Payment", "netbanking"), ("CHAPS", "netbanking")],
    "USD": [("ACH", "netbanking"), ("Wire transfer", "netbanking"), ("Check #{4}", None)],
    "IE": [("EFT", "netbanking"), ("SEPA credit transfer", "netbanking")],
    "de": [("SEPA-Überweisung", "netbanking")],
    "fr": [("Virement SEPA", "netbanking"), ("Chèque n° {4}", None)],
    "nl": [("SEPA-overboeking", "netbanking")],
    "it": [("Bonifico SEPA", "netbanking")],
    "es": [("Transferencia SEPA", "netbanking")],
}


def remittance_advice(rng: random.Random, font: str):
    """A business's remittance advice to a supplier or a freelancer it has paid (an Indian company's payment advice
    with TDS deducted, a UK contractor's BACS remittance advice with a retention, a US company's ACH advice, an
    Irish EFT advice, a German Zahlungsavis with Skonto, a French avis de paiement, a Dutch betalingsadvies, an
    Italian avviso di pagamento, a Spanish aviso de pago): the paying business on top with its address and tax
    number (never the payee: it paid), the supplier under To / Supplier / Vendor / Payee / Lieferant /
    Fournisseur / Leverancier / Fornitore / Proveedor (the payee), the supplier's number with the payer (never the
    id), the supplier's invoices with their numbers, days and sums (never the id, the day paid or the amount), a
    credit note, an early-payment discount, a retention or TDS taken off, the invoices' total (never the amount),
    the sum paid (the amount), the supplier's bank account (never the id), the way it was paid (a bank transfer,
    also where only the heading names it (BACS, EFT, Avis de virement, Avviso di bonifico, Aviso de transferencia):
    net banking; a cheque: none of the five), the payment's reference or, where none is printed, the advice's own
    number (the id), the day paid in a share, an outcome in a share."""
    currency, payer, lang = _issuer(rng, PAYERS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang, ["sign", "code_before", "code_after"])
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    supplier = rng.choice(SUPPLIERS[key])
    status, words = _outcome73(rng, 0.35, lang, ADVICE_WORDS, 0.7, 0.1)
    whole = currency == "INR" and shown(rng, 0.5)
    rows: list[tuple] = [("title", payer)]
    if shown(rng, 0.4):
        rows.append(
            ("small", f"CIF B{digits(rng, 8)}" if lang == "es" else rng.choice(_tax_ids(rng, key, "33")))
        )
    heading = rng.choice(
        {
            "INR": ["PAYMENT ADVICE", "Vendor Payment Advice"],
            "GBP": ["REMITTANCE ADVICE", "BACS Remittance Advice"],
            "USD": ["REMITTANCE ADVICE", "Payment Advice"],
            "IE": ["REMITTANCE ADVICE", "EFT Remittance Advice"],
            "de": ["ZAHLUNGSAVIS", "Zahlungsavis"],
            "fr": ["AVIS DE PAIEMENT", "Avis de virement"],
            "nl": ["BETALINGSADVIES", "Betalingsspecificatie"],
            "it": ["AVVISO DI PAGAMENTO", "Avviso di bonifico"],
            "es": ["AVISO DE PAGO", "Aviso de transferencia"],
        }[key]
    )
    # a heading that names a bank transfer names the way paid
    named = any(word in heading for word in ("BACS", "EFT", "virement", "bonifico", "transferencia"))
    rows.append(("center", heading))
    _status73(rng, rows, words, lang, 0.4)
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["To", "Supplier", "Vendor", "Payee"],
                    de=["Lieferant", "An"],
                    fr=["Fournisseur", "À l'attention de"],
                    nl=["Leverancier", "Aan"],
                    it=["Fornitore", "Spett.le"],
                    es=["Proveedor", "A la atención de"],
                )
            ),
            supplier,
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Supplier no.", "Vendor code", "Account ref"],
                    de=["Kreditorennummer", "Lieferantennr."],
                    fr=["N° fournisseur"],
                    nl=["Crediteurnummer"],
                    it=["Codice fornitore"],
                    es=["Nº de proveedor"],
                )
            ),
            f"{code(rng, 1, UPPER)}{digits(rng, 5)}" if shown(rng, 0.5) else digits(rng, 6),
        )
    )
    rows.append(
        (
            "small",
            _say(
                rng,
                lang,
                en=["This payment covers the invoices below.", "Details of this payment:"],
                de=["Diese Zahlung betrifft folgende Rechnungen:"],
                fr=["Ce paiement concerne les factures suivantes :"],
                nl=["Deze betaling betreft de volgende facturen:"],
                it=["Il presente pagamento si riferisce alle seguenti fatture:"],
                es=["Este pago corresponde a las siguientes facturas:"],
            ),
        )
    )
    rows.append(("rule",))
    inv = _say(rng, lang, en=["Inv"], de=["Re."], fr=["Fact."], nl=["Fact."], it=["Fatt."], es=["Fra."])
    of = _say(rng, lang, en=["dated"], de=["vom"], fr=["du"], nl=["d.d."], it=["del"], es=["de"])
    gross = 0.0
    scale = {"INR": 85.0, "GBP": 0.8, "USD": 1.0, "EUR": 0.92}[currency]
    for _ in range(rng.choice([1, 2, 2, 3, 4])):
        value = _cents(rng.uniform(180, 4800) * scale, whole)
        number = f"{code(rng, rng.choice([0, 2, 3]), UPPER)}{digits(rng, rng.choice([3, 4, 5]))}"
        rows.append(
            (
                "pair",
                f"{inv} {number} {of} {_d73(_earlier(when, rng, 12, 75), pattern, lang)}",
                _m(value, grouping),
            )
        )
        gross = round(gross + value, 2)
    net = gross
    if shown(rng, 0.75):
        credit = _cents(gross * rng.uniform(0.03, 0.15), whole)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Credit note CN{digits(rng, 4)}"],
                    de=[f"Gutschrift G{digits(rng, 4)}"],
                    fr=[f"Avoir AV{digits(rng, 4)}"],
                    nl=[f"Creditnota C{digits(rng, 4)}"],
                    it=[f"Nota di credito NC{digits(rng, 4)}"],
                    es=[f"Abono AB{digits(rng, 4)}"],
                ),
                "-" + _m(credit, grouping),
            )
        )
        net = round(net - credit, 2)
    if shown(rng, 0.3):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Total invoices", "Gross amount"],
                    de=["Summe Rechnungen"],
                    fr=["Total factures"],
                    nl=["Totaal facturen"],
                    it=["Totale fatture"],
                    es=["Total facturas"],
                ),
                _m(net, grouping),
            )
        )
    if currency == "INR" and shown(rng, 0.3):
        section, rate = rng.choice([("194C", 0.02), ("194C", 0.01), ("194J", 0.10)])
        tds = _cents(net * rate, whole)
        rows.append(("pair", f"Less: TDS u/s {section} @ {rate * 100:g}%", "-" + _m(tds, grouping)))
        net = round(net - tds, 2)
    elif currency == "GBP" and shown(rng, 0.6):
        held = round(net * 0.05, 2)
        rows.append(("pair", "Less retention 5%", "-" + _m(held, grouping)))
        net = round(net - held, 2)
    elif lang in ("de", "fr", "it") and shown(rng, 0.5):
        off = round(net * 0.02, 2)
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Discount"],
                    de=["abzgl. 2 % Skonto"],
                    fr=["Escompte 2 %"],
                    it=["Sconto cassa 2%"],
                ),
                "-" + _m(off, grouping),
            )
        )
        net = round(net - off, 2)
    _total73(
        rng,
        rows,
        fmt,
        net,
        status,
        lang,
        {
            "en": ["Amount of payment", "Net payment", "Payment amount"],
            "de": ["Zahlbetrag", "Überweisungsbetrag"],
            "fr": ["Montant du virement", "Net à payer"],
            "nl": ["Te betalen bedrag", "Bedrag betaling"],
            "it": ["Importo del bonifico", "Netto a pagare"],
            "es": ["Importe de la transferencia", "Importe neto"],
        },
        {
            "en": ["Amount paid", "Total paid"],
            "de": ["Überwiesener Betrag"],
            "fr": ["Montant payé"],
            "nl": ["Betaald bedrag"],
            "it": ["Importo pagato"],
            "es": ["Importe pagado"],
        },
    )
    ways = ADVICE_WAYS[key]
    if status == "failed" or named:
        ways = [way for way in ways if way[1]]
    method = _way73(rng, rows, lang, {lang: ways}, 0.15, status) or ("netbanking" if named else None)
    if method == "netbanking" and shown(rng, 0.4):
        account = {
            "INR": f"A/c XXXXXX{digits(rng, 4)} / IFSC {rng.choice(['HDFC', 'ICIC', 'SBIN'])}0{digits(rng, 6)}",
            "GBP": f"{digits(rng, 2)}-{digits(rng, 2)}-{digits(rng, 2)} / ****{digits(rng, 4)}",
            "USD": f"Routing {digits(rng, 9)} / Acct ••••{digits(rng, 4)}",
        }.get(currency, f"IBAN ****{digits(rng, 4)}")
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Paid to account", "Bank account"],
                    de=["Bankverbindung"],
                    fr=["Compte crédité"],
                    nl=["Rekening"],
                    it=["Conto di accredito"],
                    es=["Cuenta de abono"],
                ),
                account,
            )
        )
    entries = [
        (
            {
                "INR": ["UTR", "UTR No."],
                "GBP": ["Payment reference", "BACS reference"],
                "USD": ["Trace number", "Payment reference"],
                "IE": ["Payment reference"],
                "de": ["Zahlungsreferenz"],
                "fr": ["Référence du virement"],
                "nl": ["Transactiereferentie"],
                "it": ["CRO", "TRN"],
                "es": ["Referencia de la transferencia"],
            }[key],
            {
                "INR": f"{rng.choice(['HDFCN', 'ICICR', 'SBINR'])}{digits(rng, 11)}",
                "USD": digits(rng, 15),
            }.get(currency, code(rng, 12, ALNUM)),
        ),
        (
            _words(
                lang,
                en=["Advice No.", "Document no.", "Payment run"],
                de=["Belegnummer", "Avis-Nr."],
                fr=["N° d'avis"],
                nl=["Documentnummer"],
                it=["N. documento"],
                es=["Nº de documento"],
            ),
            f"{rng.choice(['PA', 'RA', 'ZA', 'AV'])}{digits(rng, 7)}",
        ),
    ]
    if method is None:
        entries = entries[1:]
    txn = _ids73(rng, rows, entries, status, 0.35)
    dated = _dated73(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Payment date", "Date of payment", "Date"],
            "de": ["Zahlungsdatum", "Datum"],
            "fr": ["Date de paiement", "Date"],
            "nl": ["Betaaldatum", "Datum"],
            "it": ["Data pagamento", "Data"],
            "es": ["Fecha de pago", "Fecha"],
        },
        0.2,
        0.0,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=[
            "Queries: accounts.payable@" + payer.split()[0].lower() + ".com",
            "This is a computer-generated advice and needs no signature.",
        ],
        de=["Bei Fragen: Kreditorenbuchhaltung, Tel. 0511 " + digits(rng, 6)],
        fr=["Pour toute question : service comptabilité fournisseurs."],
        nl=["Vragen? Neem contact op met de crediteurenadministratie."],
        it=["Per informazioni: ufficio contabilità fornitori."],
        es=["Consultas: departamento de proveedores."],
    )
    truth = truth_fields(supplier, net, currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, rng.choice([A4, EMAIL, A4]), payer)


# ---------------------------------------------------------------- 12 a contribution to a collection pot or a personal fundraiser


POTS = {
    "INR": [("Milaap", "en"), ("Ketto", "en")],
    "GBP": [("Collection Pot", "en"), ("Whip-round", "en")],
    "USD": [("GoFundMe", "en")],
    "EUR": [
        ("GoFundMe", "en"),
        ("Leetchi", "fr"),
        ("Leetchi", "de"),
        ("Leetchi", "es"),
        ("GoFundMe", "it"),
        ("GoFundMe", "nl"),
    ],
}
# pots by the page's country: (title, who it is for, a goal or None)
POT_TITLES = {
    "INR": [
        ("Help Ravi fight kidney failure", "Ravi Kumar (via Apollo Hospitals, Chennai)", 1500000.0),
        ("Support Anita's cancer treatment", "Anita Deshpande", 800000.0),
        ("Rebuild the flood-hit school library in Wayanad", "GLPS Meppadi", 300000.0),
    ],
    "GBP": [
        ("Leaving gift for Sarah", "Sarah Whitfield", None),
        ("Dad's 60th birthday present", "Graham Bennett", None),
        ("Retirement collection for Mr Patel", "Mr R. Patel", None),
    ],
    "USD": [
        ("Help the Okafor family rebuild after the fire", "Amara Okonkwo", 20000.0),
        ("Coach Dave's medical bills", "David Brooks", 15000.0),
    ],
    "IE": [
        ("Send Ciara to the Special Olympics", "Ciara Flynn", 5000.0),
        ("Help rebuild Ballyfermot boxing club", "Ballyfermot BC", 12000.0),
    ],
    "fr": [
        ("Pot de départ de Julie", "Julie Marchand", None),
        ("Cadeau de naissance pour Léo", "Camille Laurent", None),
    ],
    "de": [
        ("Hochzeitsgeschenk für Anna & Jonas", "Anna Wagner", None),
        ("Abschiedsgeschenk für Herrn Becker", "Paul Becker", None),
    ],
    "es": [("Regalo para Lucía", "Lucía Fernández", None), ("Despedida de Javier", "Javier Morales", None)],
    "it": [
        ("Aiutiamo il canile di Bari", "Associazione Zampe Felici", 8000.0),
        ("Una carrozzina per Tommaso", "Chiara Esposito", 6000.0),
    ],
    "nl": [
        ("Nieuwe rolstoel voor Sem", "Femke van Leeuwen", 7500.0),
        ("Help de voedselbank Utrecht", "Voedselbank Utrecht", 10000.0),
    ],
}
POT_WORDS = {
    "en": {
        "success": ["Thank you! Your donation was successful", "Contribution received", "Payment successful"],
        "failed": ["Payment failed", "Your card was declined"],
        "pending": ["Payment pending", "Processing your contribution"],
    },
    "fr": {
        "success": ["Participation confirmée", "Paiement accepté"],
        "failed": ["Paiement refusé"],
        "pending": ["Paiement en attente"],
    },
    "de": {
        "success": ["Beitrag erhalten", "Zahlung erfolgreich"],
        "failed": ["Zahlung fehlgeschlagen"],
        "pending": ["Zahlung ausstehend"],
    },
    "es": {
        "success": ["Participación confirmada", "Pago realizado"],
        "failed": ["Pago rechazado"],
        "pending": ["Pago pendiente"],
    },
    "it": {
        "success": ["Donazione completata", "Pagamento riuscito"],
        "failed": ["Pagamento non riuscito"],
        "pending": ["Pagamento in attesa"],
    },
    "nl": {
        "success": ["Donatie ontvangen", "Betaling geslaagd"],
        "failed": ["Betaling mislukt"],
        "pending": ["Betaling in behandeling"],
    },
}
POT_WAYS = {
    "INR": [
        ("UPI", "UPI"),
        ("UPI - Google Pay", "UPI"),
        ("Debit Card XXXX{4}", "card"),
        ("Net Banking", "netbanking"),
    ],
    "GBP": [("Visa Debit ****{4}", "card"), ("Apple Pay", "wallet"), ("PayPal", "wallet")],
    "USD": [("Visa ending {4}", "card"), ("PayPal", "wallet"), ("Apple Pay", "wallet")],
    "IE": [("Visa Debit ****{4}", "card"), ("Google Pay", "wallet")],
    "fr": [("Carte bancaire", "card"), ("PayPal", "wallet")],
    "de": [("Kreditkarte", "card"), ("PayPal", "wallet")],
    "es": [("Tarjeta", "card"), ("PayPal", "wallet")],
    "it": [("Carta di credito", "card"), ("PayPal", "wallet")],
    "nl": [("iDEAL", "netbanking"), ("Creditcard", "card")],
}


def collection_pot(rng: random.Random, font: str):
    """A receipt for money put into a collection pot or a personal fundraiser (Milaap, Ketto, Collection Pot,
    Whip-round, GoFundMe, Leetchi; English, French, German, Spanish, Italian and Dutch pages): the platform on top
    (the payee: it takes the money and holds it for the pot), the pot's title, its organiser and the person or cause
    it is for (never the payee), the contributor (never), the sum put in, a tip to the platform or a card fee
    (added; the amount is what the contributor paid), the pot's total so far, the number of contributors and its
    goal (never the amount), the day it closes (never the day paid), a note that no tax relief applies, the
    contribution's id and the receipt's number (the id is the payment's where printed), the day paid in a share, the
    way paid in a share, an outcome in a share."""
    currency, platform, lang = _issuer(rng, POTS)
    key = _key(currency, lang)
    fmt, grouping = _fmt73(rng, font, currency, lang)
    pattern = _pattern73(rng, currency, lang)
    when = day(rng)
    title, beneficiary, goal = rng.choice(POT_TITLES[key])
    status, words = _outcome73(rng, 0.6, lang, POT_WORDS, 0.7, 0.15)
    organiser = _who73(rng, currency, lang)
    donor = _who73(rng, currency, lang, organiser)
    gift = float(
        rng.choice([500, 1000, 2000, 2500, 5000, 1100, 501])
        if currency == "INR"
        else rng.choice([10, 15, 20, 25, 30, 50, 100])
    )
    rows: list[tuple] = [("title", platform)]
    rows.append(
        (
            "center",
            rng.choice(
                _words(
                    lang,
                    en=["Donation receipt", "Your donation"]
                    if platform in ("Milaap", "Ketto", "GoFundMe")
                    else ["Contribution receipt", "Your contribution"],
                    fr=["Récapitulatif de votre participation"],
                    de=["Dein Beitrag", "Beitragsbestätigung"],
                    es=["Resumen de tu participación"],
                    it=["Ricevuta della donazione"],
                    nl=["Overzicht van je donatie"],
                )
            ),
        )
    )
    _status73(rng, rows, words, lang)
    rows.append(
        (
            "left",
            rng.choice(
                _words(
                    lang,
                    en=[""],
                    fr=["Cagnotte : "],
                    de=["Geldsammlung: "],
                    es=["Bote: "],
                    it=["Raccolta fondi: "],
                    nl=["Inzamelingsactie: "],
                )
            )
            + title,
        )
    )
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Organiser" if currency != "USD" else "Organizer", "Created by"],
                    fr=["Organisée par"],
                    de=["Organisiert von"],
                    es=["Organizado por"],
                    it=["Organizzata da"],
                    nl=["Georganiseerd door"],
                )
            ),
            organiser,
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Beneficiary", "For"],
                        fr=["Bénéficiaire", "Pour"],
                        de=["Für"],
                        es=["Para"],
                        it=["Beneficiario"],
                        nl=["Voor"],
                    )
                ),
                beneficiary,
            )
        )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                rng.choice(
                    _words(
                        lang,
                        en=["Contributor", "Donor name", "Your name"],
                        fr=["Participant"],
                        de=["Von"],
                        es=["Participante"],
                        it=["Donatore"],
                        nl=["Donateur"],
                    )
                ),
                donor,
            )
        )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            rng.choice(
                _words(
                    lang,
                    en=["Donation amount", "Your contribution", "Contribution"],
                    fr=["Votre participation"],
                    de=["Dein Beitrag"],
                    es=["Tu participación"],
                    it=["Donazione"],
                    nl=["Donatie"],
                )
            ),
            _m(gift, grouping),
        )
    )
    total = gift
    if platform in ("Milaap", "Ketto", "GoFundMe") and shown(rng, 0.4):
        tip = _cents(gift * rng.choice([0.05, 0.1, 0.15]), currency == "INR")
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=[f"Tip to {platform}", f"Support {platform} (optional)"],
                    it=[f"Mancia a {platform}"],
                    nl=[f"Fooi voor {platform}"],
                ),
                _m(tip, grouping),
            )
        )
        total = round(total + tip, 2)
    elif platform in ("Collection Pot", "Whip-round") and shown(rng, 0.5):
        fee = round(gift * 0.025 + 0.2, 2)
        rows.append(("pair", rng.choice(["Card processing fee", "Transaction fee"]), _m(fee, grouping)))
        total = round(total + fee, 2)
    _total73(rng, rows, fmt, total, status, lang)
    method = _way73(rng, rows, lang, {lang: POT_WAYS[key]}, 0.3, status)
    raised_value = (goal or 600.0) * rng.uniform(0.2, 0.95)
    raised = _cents(raised_value, currency == "INR")
    people = rng.randint(8, 240)
    progress = _say(
        rng,
        lang,
        en=[
            f"{fmt(raised)} raised of {fmt(goal)} goal"
            if goal
            else f"Pot total so far: {fmt(raised)} from {people} people"
        ],
        fr=[f"Montant collecté : {fmt(raised)} ({people} participants)"],
        de=[f"Bisher gesammelt: {fmt(raised)} von {people} Personen"],
        es=[f"Recaudado hasta ahora: {fmt(raised)} ({people} participantes)"],
        it=[f"Raccolti {fmt(raised)} su {fmt(goal or 1000.0)}"],
        nl=[f"{fmt(raised)} opgehaald van {fmt(goal or 1000.0)}"],
    )
    if shown(rng, 0.4):
        rows.append(("small", progress))
    if not goal and shown(rng, 0.4):
        rows.append(
            (
                "pair",
                _say(
                    rng,
                    lang,
                    en=["Pot closes", "Closing date"],
                    fr=["Clôture de la cagnotte"],
                    de=["Sammlung endet am"],
                    es=["Cierre del bote"],
                ),
                _d73(_later(when, rng, 2, 20), pattern, lang),
            )
        )
    txn = _ids73(
        rng,
        rows,
        [
            (
                _words(
                    lang,
                    en=["Transaction ID", "Donation ID", "Payment ID"],
                    fr=["Référence de la transaction"],
                    de=["Transaktions-ID"],
                    es=["ID de la transacción"],
                    it=["ID transazione"],
                    nl=["Transactie-ID"],
                ),
                {"INR": f"pay_{code(rng, 14, MIXED)}"}.get(currency, code(rng, 12, ALNUM)),
            ),
            (
                _words(
                    lang,
                    en=["Receipt No.", "Receipt number"],
                    fr=["Reçu n°"],
                    de=["Beleg-Nr."],
                    es=["Recibo nº"],
                    it=["Ricevuta n."],
                    nl=["Bonnummer"],
                ),
                f"{platform[:2].upper()}{when.year}{digits(rng, 6)}",
            ),
        ],
        status,
        0.4,
    )
    dated = _dated73(
        rng,
        rows,
        when,
        pattern,
        currency,
        lang,
        {
            "en": ["Date", "Donated on", "Date of donation"],
            "fr": ["Date"],
            "de": ["Datum"],
            "es": ["Fecha"],
            "it": ["Data"],
            "nl": ["Datum"],
        },
        0.25,
        0.5,
        status,
    )
    _terms(
        rng,
        rows,
        lang,
        1,
        en=(
            ["Contributions to personal fundraisers are not eligible for 80G tax benefits."]
            if currency == "INR"
            else ["Gift Aid cannot be claimed on contributions to a personal pot."]
            if currency == "GBP"
            else ["Donations to personal fundraisers are not tax deductible."]
        ),
        fr=["Leetchi reverse les fonds à l'organisateur de la cagnotte."],
        de=["Leetchi zahlt den Betrag an die Organisatorin oder den Organisator aus."],
        es=["Leetchi entregará los fondos al organizador del bote."],
        it=["Le donazioni a raccolte personali non sono deducibili."],
        nl=["Donaties aan persoonlijke acties zijn niet aftrekbaar."],
    )
    truth = truth_fields(platform, total, currency, txn, dated, method, status)
    style = dict(rng.choice([EMAIL, SCREEN, DARK]))
    return rows, truth, _page(font, rows, style, platform)
