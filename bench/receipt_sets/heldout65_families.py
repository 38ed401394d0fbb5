"""The twelve heldout65 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the value helpers of heldout14 and the page
helpers of heldout62 (a money mark chosen once per page, one date pattern per page, page widths that hold every
line) are reused, and this set adds pages in French, Dutch and Spanish beside the English and German ones: their
money (``12,50 €``, ``1 234,50 €`` with a space between thousands on French pages, ``€ 1.234,50`` on Dutch ones),
their dates (``1er mars 2026``, ``12 maart 2026``, ``12 de marzo de 2026``, weekdays), their times (``14h32``), their
taxes (TVA, BTW, IVA, included or added), their ways to pay (CB, espèces, PIN, pinbetaling, iDEAL, contant,
tarjeta, efectivo, a SEPA direct debit) and their outcomes. ``truth_fields`` states the fields exactly as the page
prints them (``None`` where a field is not printed). Every receipt prints at most one transaction id (a ticket's,
bill's, order's, receipt's, invoice's or payment's own number; a SIRET, KvK, NIF, FSSAI, GSTIN, VAT or tax number,
an EAN, an ICCID, IMSI, PUK or porting code, a meter, MPRN, MPAN or consumer number, a photocard, pass or travel
card number, a customer, member, account or box number, an aircraft's, lorry's or car's registration, a pilot's
licence, a job, claim or delivery-note number, a dialled phone number or a cabin beside it is never the id), at most
one date of payment (the other days are named for other events: a delivery, a next box, a ticket's validity, a
SIM's activation, a fruit's delivery to a mill and its collection, an order placed before a delivery), and names
the party that was paid on top; the people, couriers, fuel brands, garages, insurers, operators dialled and other
railways on the page are never the payee.
"""

from __future__ import annotations

import datetime as dt
import random

from bench.receipt_sets.heldout14_values import code, day, digits, money, shown, truth_fields
from bench.receipt_sets.heldout53_families import EMAIL, PAPER, SCREEN, UPPER
from bench.receipt_sets.heldout62_families import (
    _dtext,
    _earlier,
    _fmt,
    _later,
    _page,
    _pattern,
    _person,
    _sized,
    _staff,
)

# ---------------------------------------------------------------- where a page is from, and how it words things

CURRENCY = {
    "IN": "INR",
    "GB": "GBP",
    "US": "USD",
    "IE": "EUR",
    "DE": "EUR",
    "FR": "EUR",
    "NL": "EUR",
    "ES": "EUR",
}
LANG = {"IN": "en", "GB": "en", "US": "en", "IE": "en", "DE": "de", "FR": "fr", "NL": "nl", "ES": "es"}

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
FR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
NL_DAYS = ["ma", "di", "wo", "do", "vr", "za", "zo"]
ES_DAYS = ["lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."]
# one pattern per page, day first; {Bfr}/{Bnl}/{Bes}: month names, {afr}/{anl}/{aes}: weekdays
DATES = {
    "FR": ["%d/%m/%Y", "%d/%m/%y", "{d} {Bfr} %Y", "{afr} %d/%m/%Y", "%d.%m.%Y"],
    "NL": ["%d-%m-%Y", "%d-%m-%y", "{d} {Bnl} %Y", "{anl} %d-%m-%Y", "%d/%m/%Y"],
    "ES": ["%d/%m/%Y", "%d/%m/%y", "{d} de {Bes} de %Y", "%d-%m-%Y", "{aes} %d/%m/%Y"],
}
# the euro pages' marks: French and Spanish after the sum, Dutch before it
MARKS = {
    "FR": [("", " €"), ("", " €"), ("", " EUR"), ("", "€")],
    "NL": [("€ ", ""), ("€ ", ""), ("€", ""), ("EUR ", "")],
    "ES": [("", " €"), ("", " €"), ("", "€"), ("", " EUR"), ("EUR ", "")],
}

FR_PEOPLE = ["Camille Lefèvre", "Julien Moreau", "Inès Garnier", "Thomas Rousseau", "Manon Faure"]
NL_PEOPLE = ["Sanne de Vries", "Daan Jansen", "Lotte Bakker", "Bram Visser", "Fleur van Dijk"]
ES_PEOPLE = ["Lucía Fernández", "Javier Morales", "Carmen Ruiz", "Álvaro Navarro", "Marta Gil"]
FR_STAFF = ["Léa Martin", "Karim Benali", "Sophie Girard", "Nicolas Petit"]
NL_STAFF = ["Sem Mulder", "Emma de Graaf", "Ruben Smit", "Noor Peters"]
ES_STAFF = ["Pablo Herrera", "Lucía Romero", "Sergio Castro", "Ana Ortega"]

OUTCOMES = {
    "en": {
        "success": [
            "Payment successful",
            "Payment received",
            "Paid",
            "Payment complete",
            "Transaction approved",
        ],
        "failed": ["Payment failed", "Payment declined", "Transaction declined", "Payment unsuccessful"],
        "pending": ["Payment pending", "Payment processing", "Awaiting payment", "Payment in progress"],
    },
    "de": {
        "success": ["Zahlung erfolgreich", "Bezahlt", "Zahlung eingegangen"],
        "failed": ["Zahlung fehlgeschlagen", "Zahlung abgelehnt"],
        "pending": ["Zahlung ausstehend", "Zahlung in Bearbeitung"],
    },
    "fr": {
        "success": ["Paiement accepté", "Paiement effectué", "Payé", "Paiement réussi"],
        "failed": ["Paiement refusé", "Échec du paiement", "Transaction refusée"],
        "pending": ["Paiement en attente", "Paiement en cours de traitement"],
    },
    "nl": {
        "success": ["Betaald", "Betaling geslaagd", "Betaling ontvangen"],
        "failed": ["Betaling mislukt", "Betaling geweigerd", "Geweigerd"],
        "pending": ["Betaling in behandeling", "In afwachting van betaling"],
    },
    "es": {
        "success": ["Pago realizado", "Pagado", "Pago aceptado", "Operación aprobada"],
        "failed": ["Pago rechazado", "Operación denegada", "Pago fallido"],
        "pending": ["Pago pendiente", "Pago en proceso", "Pendiente de confirmación"],
    },
}
STATUS_LABELS = {
    "en": ["Status", "Payment status"],
    "de": ["Status", "Zahlungsstatus"],
    "fr": ["Statut", "État du paiement"],
    "nl": ["Status", "Betaalstatus"],
    "es": ["Estado", "Estado del pago"],
}
# a way to pay as each country words it; its truth is the key (a direct debit, iDEAL or a transfer: netbanking)
WAYS = {
    "IN": {
        "UPI": ["UPI", "UPI - PhonePe", "Google Pay UPI", "BHIM UPI", "Paytm UPI", "UPI QR"],
        "card": ["Debit Card XXXX{4}", "RuPay Debit", "Credit Card ****{4}", "VISA XX{4}"],
        "netbanking": ["Net Banking", "NetBanking - HDFC", "IMPS"],
        "wallet": ["Paytm Wallet", "Amazon Pay balance", "MobiKwik Wallet"],
        "cash": ["Cash", "CASH", "Cash received"],
    },
    "GB": {
        "card": [
            "Visa Debit ****{4}",
            "Mastercard ending {4}",
            "Contactless",
            "Chip & PIN",
            "Amex",
            "Debit card",
        ],
        "wallet": ["Apple Pay", "Google Pay", "PayPal"],
        "netbanking": ["Bank transfer", "Faster Payment"],
        "cash": ["Cash", "CASH"],
    },
    "US": {
        "card": ["Visa ending {4}", "Mastercard ••{4}", "AMEX", "Debit", "Credit card"],
        "wallet": ["Apple Pay", "PayPal", "Google Pay"],
        "netbanking": ["ACH transfer", "Bank transfer"],
        "cash": ["Cash", "CASH"],
    },
    "IE": {
        "card": ["Visa Debit", "Mastercard ****{4}", "Contactless", "Debit card"],
        "wallet": ["Apple Pay", "Google Pay", "PayPal"],
        "netbanking": ["Bank transfer (SEPA)", "Bank transfer"],
        "cash": ["Cash"],
    },
    "DE": {
        "card": ["girocard", "EC-Karte", "Kreditkarte", "Visa", "Mastercard kontaktlos"],
        "wallet": ["PayPal", "Apple Pay", "Google Pay"],
        "netbanking": ["Überweisung", "SEPA-Lastschrift"],
        "cash": ["Bar", "Barzahlung"],
    },
    "FR": {
        "card": ["CB", "Carte bancaire", "CB sans contact", "Visa ****{4}", "Carte bleue"],
        "wallet": ["Apple Pay", "PayPal", "Lydia"],
        "netbanking": ["Virement", "Virement bancaire", "Prélèvement SEPA"],
        "cash": ["Espèces", "ESPECES"],
    },
    "NL": {
        "card": ["PIN", "Pinbetaling", "Maestro", "V PAY", "Contactloos pinnen", "Creditcard"],
        "wallet": ["Apple Pay", "PayPal"],
        "netbanking": ["iDEAL", "Overboeking", "Automatische incasso"],
        "cash": ["Contant", "CONTANT"],
    },
    "ES": {
        "card": ["Tarjeta", "Tarjeta de crédito", "Tarjeta débito ****{4}", "Visa", "Tarjeta contactless"],
        "wallet": ["Apple Pay", "Google Pay", "PayPal"],
        "netbanking": ["Transferencia", "Transferencia bancaria", "Domiciliación bancaria"],
        "cash": ["Efectivo", "Metálico", "EFECTIVO"],
    },
}
IN_PERSON = (
    "Contactless",
    "Chip",
    "PIN",
    "Pinbetaling",
    "pinnen",
    "sans contact",
    "contactless",
    "kontaktlos",
    "girocard",
    "EC-Karte",
    "V PAY",
    "Maestro",
)
METHOD_LABELS = {
    "en": ["Payment method", "Paid by", "Payment mode", "Paid with", "Tender", "Payment type"],
    "de": ["Zahlart", "Zahlungsart", "Bezahlt mit", "Zahlungsmittel"],
    "fr": ["Mode de paiement", "Moyen de paiement", "Réglé par", "Règlement"],
    "nl": ["Betaalwijze", "Betaalmethode", "Betaald met", "Betaling"],
    "es": ["Forma de pago", "Medio de pago", "Pagado con", "Pago"],
}
PAID_WORDS = ("Paid", "Bezahlt", "Réglé", "Betaald", "Pagado", "Settled")
PLAIN_DATE = {
    "en": ["Date", "Date & time"],
    "de": ["Datum"],
    "fr": ["Date"],
    "nl": ["Datum"],
    "es": ["Fecha"],
}
THANKS = {
    "en": ["Thank you, see you soon", "Thank you for shopping with us", "Thank you, visit again"],
    "de": ["Vielen Dank für Ihren Einkauf", "Danke und bis bald"],
    "fr": ["Merci de votre visite", "Merci et à bientôt"],
    "nl": ["Bedankt en tot ziens", "Dank u wel en tot ziens"],
    "es": ["Gracias por su visita", "Gracias por su compra"],
}

THERMAL = {"paper": (247, 246, 241), "width": 400, "size": 18}
A4 = {"paper": (255, 255, 255), "width": 720, "size": 18}
DARK = {
    "screen": True,
    "paper": (22, 24, 28),
    "ink": (236, 236, 236),
    "accent": (130, 200, 255),
    "label_ink": (170, 170, 178),
    "width": 480,
    "size": 20,
}


def _m(value: float, grouping: str) -> str:
    """``value`` in the page's grouping; French pages group thousands with a space."""
    if grouping == "french":
        whole, cents = money(value, "european").split(",")
        return whole.replace(".", " ") + "," + cents
    return money(value, grouping)


def _d(when: dt.date, pattern: str) -> str:
    """``when`` in ``pattern``: heldout62's tokens and this set's French, Dutch and Spanish names."""
    if "{Bfr}" in pattern and when.day == 1:
        pattern = pattern.replace("{d}", "1er")
    pattern = (
        pattern.replace("{Bfr}", FR_MONTHS[when.month - 1])
        .replace("{Bnl}", NL_MONTHS[when.month - 1])
        .replace("{Bes}", ES_MONTHS[when.month - 1])
        .replace("{afr}", FR_DAYS[when.weekday()])
        .replace("{anl}", NL_DAYS[when.weekday()])
        .replace("{aes}", ES_DAYS[when.weekday()])
    )
    return _dtext(when, pattern)


def _country(rng: random.Random, table: dict[str, list[str]]) -> tuple[str, str]:
    """Where the page is from (India twice as often) among those the family has, and the business on top."""
    where = rng.choice([c for c in ["IN", "IN", "GB", "US", "IE", "DE", "FR", "NL", "ES"] if c in table])
    return where, rng.choice(table[where])


def _euro_price(where: str, eur: float) -> float:
    """A price set in euros as the page's country would ask it (rupees and pounds and dollars at a rough rate)."""
    if where == "IN":
        return float(max(9, round(eur * 90 / 10) * 10 - 1))
    if where == "GB":
        return round(max(1, round(eur * 0.85)) - 0.01, 2)
    if where == "US":
        return round(max(1, round(eur * 1.1)) - 0.01, 2)
    return eur


class Sheet:
    """One page's conventions, chosen once: where it is from, its currency and language, its money mark and grouping,
    its date pattern; and the rows that print a total, a way to pay, an id, the day paid, an outcome or a tax."""

    def __init__(self, rng: random.Random, font: str, where: str, styles: list[str] | None = None):
        self.rng, self.where = rng, where
        self.currency, self.lang = CURRENCY[where], LANG[where]
        self.german = where == "DE"
        if where in MARKS:
            self.grouping = "french" if where == "FR" and rng.random() < 0.7 else "european"
            before, after = rng.choice(MARKS[where])
            self.fmt = lambda value: before + _m(value, self.grouping) + after
            self.pattern = rng.choice(DATES[where])
        else:
            self.fmt, self.grouping = _fmt(rng, font, self.currency, self.german, styles)
            self.pattern = _pattern(rng, self.currency, self.german)

    # -------- values

    def m(self, value: float) -> str:
        return _m(value, self.grouping)

    def num(self, value: float, places: int) -> str:
        """A quantity (a weight, litres) with the page's decimal mark."""
        text = f"{value:.{places}f}"
        return text.replace(".", ",") if self.lang in ("de", "fr", "nl", "es") else text

    def date(self, when: dt.date) -> str:
        return _d(when, self.pattern)

    def clock(self) -> str:
        rng = self.rng
        hour, minute = rng.randrange(7, 22), rng.randrange(60)
        if self.where in ("IN", "US") and rng.random() < 0.6:
            return f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
        if self.lang == "fr" and rng.random() < 0.5:
            return f"{hour:02d}h{minute:02d}"
        if self.german and rng.random() < 0.4:
            return f"{hour:02d}:{minute:02d} Uhr"
        return f"{hour:02d}:{minute:02d}"

    def stamp(self, when: dt.date, p_time: float = 0.4) -> str:
        text = self.date(when)
        if self.rng.random() < p_time:
            joins = {"en": [" ", ", ", " at "], "fr": [" ", " à "], "nl": [" ", " om "]}.get(
                self.lang, [" ", ", "]
            )
            text += self.rng.choice(joins) + self.clock()
        return text

    def pct(self, rate: float) -> str:
        text = f"{rate * 100:g}"
        if self.lang == "en":
            return text + "%"
        text = text.replace(".", ",")
        return text + (" %" if self.lang == "fr" else "%")

    def w(self, table: dict[str, list[str]]) -> str:
        """One wording from ``table``, keyed by the page's country or, failing that, its language."""
        return self.rng.choice(table.get(self.where) or table[self.lang])

    def person(self) -> str:
        table = {"FR": FR_PEOPLE, "NL": NL_PEOPLE, "ES": ES_PEOPLE}
        if self.where in table:
            return self.rng.choice(table[self.where])
        return _person(self.rng, self.currency, self.german)

    def staff(self) -> str:
        table = {"FR": FR_STAFF, "NL": NL_STAFF, "ES": ES_STAFF}
        if self.where in table:
            return self.rng.choice(table[self.where])
        return _staff(self.rng, self.currency, self.german)

    # -------- rows

    def outcome(self, p_shown, p_success=0.6, p_failed=0.2, words=None) -> tuple[str | None, str | None]:
        """An outcome in a share of pages and one of its wordings (``words`` by language, else the set's)."""
        rng = self.rng
        if rng.random() >= p_shown:
            return None, None
        roll = rng.random()
        status = "success" if roll < p_success else ("failed" if roll < p_success + p_failed else "pending")
        table = (words or OUTCOMES).get(self.lang) or OUTCOMES[self.lang]
        return status, rng.choice(table[status])

    def status_row(self, rows: list[tuple], text: str | None) -> None:
        """The outcome on a line of its own, or beside a status label."""
        if not text:
            return
        if self.rng.random() < 0.6:
            rows.append(("center", text))
        else:
            rows.append(("pair", self.rng.choice(STATUS_LABELS[self.lang]), text))

    def total(self, rows, total, status, totals, paid) -> None:
        """The total line; a wording of money having changed hands only where no failure or wait is printed."""
        labels = list(totals.get(self.where) or totals[self.lang])
        if status not in ("failed", "pending"):
            labels += list(paid.get(self.where) or paid.get(self.lang, []))
        rows.append(("pair", self.rng.choice(labels), self.fmt(total)))

    def way(self, kinds: list[str], online: bool = False) -> tuple[str, str]:
        """A way to pay of one of ``kinds`` in the page's country's words, and its truth (online: nothing tapped,
        inserted or handed over)."""
        table = WAYS[self.where]
        kind = self.rng.choice([k for k in kinds if k in table and not (online and k == "cash")] or ["card"])
        ways = [way for way in table[kind] if not (online and any(word in way for word in IN_PERSON))]
        return self.rng.choice(ways).replace("{4}", digits(self.rng, 4)), kind

    def pay(self, rows, kinds, labels=None, p_absent=0.2, online=False, status=None) -> str | None:
        """A way to pay under a label in a share; its truth, or None where none is printed. Where the payment failed
        or waits no label says it was paid."""
        if not shown(self.rng, p_absent):
            return None
        pool = list((labels or METHOD_LABELS).get(self.where) or (labels or METHOD_LABELS)[self.lang])
        if status in ("failed", "pending"):
            pool = [label for label in pool if not label.startswith(PAID_WORDS)] or ["Method"]
        if online:  # nothing is tendered on a screen or in an e-mail
            pool = [label for label in pool if label != "Tender"]
        printed, kind = self.way(kinds, online)
        rows.append(("pair", self.rng.choice(pool), printed))
        return kind

    def dated(self, rows, when, labels, p_absent=0.2, p_time=0.4, bare=0.0, status=None) -> dt.date | None:
        """The day paid under a label (or bare on a line of its own in a share ``bare``), or None. Where the payment
        failed or waits, the day it was tried is printed under a plain Date / Datum / Fecha."""
        if not shown(self.rng, p_absent):
            return None
        pool = labels.get(self.where) or labels[self.lang]
        if status in ("failed", "pending"):
            pool = PLAIN_DATE[self.lang]
        stamp = self.stamp(when, p_time)
        if self.rng.random() < bare and status not in ("failed", "pending"):
            rows.append(("left", stamp))
        else:
            rows.append(("pair", self.rng.choice(pool), stamp))
        return when

    def ident(self, rows, labels, value, p_absent=0.2) -> str | None:
        """The payment's or document's own number under one of ``labels`` in a share; it, or None."""
        if not shown(self.rng, p_absent):
            return None
        rows.append(("pair", self.w(labels), value))
        return value

    def tax(self, rows, net: float, rate: float, added: bool, igst: bool = False) -> float:
        """Tax at ``rate`` on ``net``, added or included, in the page's words (GST halves on Indian pages, or IGST in
        a share where ``igst``: a seller in another state); the sum."""
        if rate <= 0:
            return net
        rng = self.rng
        if self.where == "IN":
            if added:
                half = round(net * rate / 2, 2)
                total = round(net + 2 * half, 2)
            else:
                half = round((net - net / (1 + rate)) / 2, 2)
                total = net
            pct = self.pct(rate / 2)
            tail = "" if added else " (incl.)"
            if igst and shown(rng, 0.4):
                rows.append(("pair", f"IGST {self.pct(rate)}{tail}", self.m(2 * half)))
            else:
                rows.append(("pair", f"CGST {pct}{tail}", self.m(half)))
                rows.append(("pair", f"SGST {pct}{tail}", self.m(half)))
            return total
        pct = self.pct(rate)
        if added or self.where == "US":
            tax = round(net * rate, 2)
            label = {
                "GB": f"VAT {pct}",
                "IE": f"VAT @ {pct}",
                "US": rng.choice([f"Sales tax {pct}", f"Tax {pct}"]),
                "DE": f"zzgl. {pct} MwSt.",
                "FR": f"TVA {pct}",
                "NL": f"BTW {pct}",
                "ES": f"IVA {pct}",
            }[self.where]
            rows.append(("pair", label, self.m(tax)))
            return round(net + tax, 2)
        included = round(net - net / (1 + rate), 2)
        label = rng.choice(
            {
                "GB": [f"VAT {pct} included", f"incl. VAT {pct}"],
                "IE": [f"VAT {pct} included", f"incl. VAT @ {pct}"],
                "DE": [f"inkl. {pct} MwSt.", f"enth. MwSt. {pct}"],
                "FR": [f"dont TVA {pct}", f"TVA {pct} incluse"],
                "NL": [f"incl. {pct} btw", f"waarvan btw {pct}"],
                "ES": [f"IVA {pct} incluido", f"Cuota IVA {pct}"],
            }[self.where]
        )
        rows.append(("pair", label, self.m(included)))
        return net

    def items(self, rows, items: list[tuple[str, float]], k: int, qty: bool = True) -> float:
        """``k`` item lines drawn from ``items`` (name, unit price), a quantity in a share; their sum."""
        subtotal = 0.0
        for name, unit in self.rng.sample(items, k):
            n = self.rng.choice([1, 1, 1, 2, 3]) if qty else 1
            line = round(unit * n, 2)
            rows.append(("pair", f"{n} x {name}" if n > 1 else name, self.m(line)))
            subtotal += line
        return round(subtotal, 2)

    def thanks(self, rows) -> None:
        rows.append(("small", self.w(THANKS)))


def _tender(sheet: Sheet, rows, total: float) -> None:
    """Cash handed over and the change, in the page's words (never the sum paid)."""
    step = 500.0 if sheet.where == "IN" else (20.0 if total > 10 else 10.0)
    given = (int(total // step) + 1) * step
    words = {
        "en": ("Tendered", "Change"),
        "de": ("Gegeben", "Rückgeld"),
        "fr": ("Espèces remises", "Rendu"),
        "nl": ("Ontvangen", "Wisselgeld"),
        "es": ("Entregado", "Cambio"),
    }[sheet.lang]
    rows.append(("pair", words[0], sheet.m(given)))
    rows.append(("pair", words[1], sheet.m(round(given - total, 2))))


# ---------------------------------------------------------------- 1 greengrocer's scale ticket


GREENGROCERS = {
    "IN": ["Sri Sai Fruits & Vegetables", "Fresh Basket Fruit & Veg Mart"],
    "GB": ["Pickering's Greengrocers"],
    "US": ["Green Valley Produce Market"],
    "IE": ["Hegarty's Fruit & Veg"],
    "DE": ["Obst & Gemüse Yilmaz"],
    "FR": ["Primeur Le Panier de Marie"],
    "NL": ["Groentehandel Van der Meer"],
    "ES": ["Frutería La Huerta de Pepa"],
}
GREEN_PLACES = {
    "Sri Sai Fruits & Vegetables": "Gandhi Bazaar, Bengaluru 560004",
    "Fresh Basket Fruit & Veg Mart": "Sector 18 Market, Noida 201301",
    "Pickering's Greengrocers": "17 Market Place, Malton YO17 7LX",
    "Green Valley Produce Market": "2210 Mission St, San Francisco, CA 94110",
    "Hegarty's Fruit & Veg": "Oliver Plunkett St, Cork T12 PK27",
    "Obst & Gemüse Yilmaz": "Karl-Marx-Straße 88, 12043 Berlin",
    "Primeur Le Panier de Marie": "12 rue des Martyrs, 75009 Paris",
    "Groentehandel Van der Meer": "Twijnstraat 31, 3511 ZH Utrecht",
    "Frutería La Huerta de Pepa": "Calle de Embajadores 41, 28012 Madrid",
}
# the shop's registration line (never the id)
GREEN_REG = {
    "IN": lambda rng: "FSSAI Lic. No. " + digits(rng, 14),
    "GB": lambda rng: "Tel 01653 " + digits(rng, 6),
    "US": lambda rng: f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}",
    "IE": lambda rng: "VAT No IE" + digits(rng, 7) + "W",
    "DE": lambda rng: f"St.-Nr. {digits(rng, 2)}/{digits(rng, 3)}/{digits(rng, 5)}",
    "FR": lambda rng: f"SIRET {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 5)}",
    "NL": lambda rng: "KvK " + digits(rng, 8),
    "ES": lambda rng: "NIF B" + digits(rng, 8),
}
PRODUCE = {
    "IN": [
        ("Tomato", 40.0, "kg"),
        ("Onion", 35.0, "kg"),
        ("Potato", 30.0, "kg"),
        ("Apple (Shimla)", 180.0, "kg"),
        ("Lady finger", 60.0, "kg"),
        ("Pomegranate", 160.0, "kg"),
        ("Coriander bunch", 10.0, "pc"),
        ("Banana (dozen)", 60.0, "pc"),
    ],
    "GB": [
        ("Vine tomatoes", 3.2, "kg"),
        ("Bramley apples", 2.4, "kg"),
        ("King Edward potatoes", 1.1, "kg"),
        ("Leeks", 2.6, "kg"),
        ("Bananas", 1.05, "kg"),
        ("Strawberries 400g", 2.5, "pc"),
        ("Cauliflower", 1.2, "pc"),
    ],
    "US": [
        ("Roma tomatoes", 1.49, "lb"),
        ("Gala apples", 1.99, "lb"),
        ("Bananas", 0.69, "lb"),
        ("Red onions", 1.29, "lb"),
        ("Hass avocado", 1.25, "pc"),
        ("Sweet corn", 0.5, "pc"),
        ("Kale bunch", 2.49, "pc"),
    ],
    "IE": [
        ("Rooster potatoes", 1.2, "kg"),
        ("Carrots", 1.1, "kg"),
        ("Pink Lady apples", 3.5, "kg"),
        ("Bananas", 1.6, "kg"),
        ("York cabbage", 1.0, "pc"),
        ("Wexford strawberries", 3.0, "pc"),
    ],
    "DE": [
        ("Strauchtomaten", 3.99, "kg"),
        ("Äpfel Elstar", 2.79, "kg"),
        ("Kartoffeln festk.", 1.49, "kg"),
        ("Bananen", 1.69, "kg"),
        ("Lauch", 2.49, "kg"),
        ("Erdbeeren Schale", 2.99, "pc"),
        ("Salatgurke", 0.79, "pc"),
    ],
    "FR": [
        ("Tomates grappe", 3.9, "kg"),
        ("Pommes Golden", 2.8, "kg"),
        ("Poireaux", 2.5, "kg"),
        ("Pommes de terre", 1.6, "kg"),
        ("Bananes", 2.1, "kg"),
        ("Barquette fraises", 3.5, "pc"),
        ("Salade batavia", 1.2, "pc"),
    ],
    "NL": [
        ("Trostomaten", 3.49, "kg"),
        ("Elstar appels", 2.99, "kg"),
        ("Aardappelen", 1.49, "kg"),
        ("Bananen", 1.99, "kg"),
        ("Prei", 2.49, "kg"),
        ("Aardbeien bakje", 2.99, "pc"),
        ("Komkommer", 0.89, "pc"),
    ],
    "ES": [
        ("Tomate pera", 2.8, "kg"),
        ("Naranjas", 1.6, "kg"),
        ("Patatas", 1.2, "kg"),
        ("Plátano de Canarias", 2.4, "kg"),
        ("Pimiento rojo", 3.2, "kg"),
        ("Fresas tarrina", 2.5, "pc"),
        ("Lechuga", 0.9, "pc"),
    ],
}
PIECE = {"en": "ea", "de": "Stk.", "fr": "pce", "nl": "st.", "es": "ud."}


def greengrocer_scale(rng: random.Random, font: str):
    """A greengrocer's or fruit-and-veg shop's scale ticket (two in rupees, one each in pounds and dollars, an Irish,
    a German, a French, a Dutch and a Spanish one in euros), a thermal slip: the shop's FSSAI licence, SIRET, KvK,
    NIF, St.-Nr. or VAT number (never the id), CASH MEMO / KASSABON / TICKET / FACTURA SIMPLIFICADA / Kassenbon, the
    scale and the seller (Balance 2 / Vendeur, Weegschaal / Verkoper, Balanza / Le atendió, Waage / Bed., Served
    by), produce by weight (kg at a price per kg, lb on US pages) or by the piece, the count of items, VAT / TVA /
    BTW / IVA / MwSt. included at the food rate (none in India, the UK, Ireland or the US), TOTAL / Total a pagar /
    Net à payer / Te betalen / Summe / Net Amt, the tender (Espèces, Contant, Efectivo, Bar, Cash, PIN, CB, UPI)
    under Paid by / Réglé par / Betaald met / Forma de pago in a share, cash handed over and the change, a loyalty
    stamp count, the ticket's own number (Ticket n° / Bonnr. / Nº ticket / Bon-Nr. / Bill No / Receipt #) in a share,
    the date and time under a label or bare in a share; no outcome."""
    where, shop = _country(rng, GREENGROCERS)
    sheet = Sheet(rng, font, where, ["rs", "rs_slash", "sign", "code_before"])
    when = day(rng)
    rows: list[tuple] = [("title", shop), ("center", GREEN_PLACES[shop]), ("center", GREEN_REG[where](rng))]
    heading = sheet.w(
        {
            "IN": ["CASH MEMO", "BILL", "ESTIMATE / BILL"],
            "en": ["RECEIPT", "SALES RECEIPT", "Customer receipt"],
            "de": ["Kassenbon", "Beleg"],
            "fr": ["TICKET", "Ticket de caisse"],
            "nl": ["KASSABON", "Bon"],
            "es": ["FACTURA SIMPLIFICADA", "TICKET"],
        }
    )
    rows.append(("center", heading))
    dated = sheet.dated(
        rows,
        when,
        {
            "en": ["Date", "Date/Time", "Dt"],
            "de": ["Datum"],
            "fr": ["Date", "Le"],
            "nl": ["Datum"],
            "es": ["Fecha"],
        },
        0.2,
        0.85,
        0.45,
    )
    scale_word = {"en": "Scale", "de": "Waage", "fr": "Balance", "nl": "Weegschaal", "es": "Balanza"}[
        sheet.lang
    ]
    seller_word = sheet.w(
        {
            "IN": ["Counter", "Billed by"],
            "en": ["Served by", "Operator"],
            "de": ["Bed.", "Verkäufer/in"],
            "fr": ["Vendeur", "Vendeuse"],
            "nl": ["Verkoper", "Medewerker"],
            "es": ["Le atendió", "Dependiente"],
        }
    )
    seller = sheet.staff().split()[0]
    rows.append(("left", f"{scale_word} {rng.randint(1, 3)}   {seller_word}: {seller}"))
    rows.append(("rule",))
    two_lines = shown(rng, 0.5)
    net = 0.0
    count = 0
    for name, price, unit in rng.sample(PRODUCE[where], rng.randint(3, 5)):
        if unit == "pc":
            n = rng.choice([1, 1, 2, 3])
            line = round(price * n, 2)
            text = f"{n} {PIECE[sheet.lang]} x {sheet.m(price)}"
        else:
            weight = rng.randint(40, 420) / 100 if unit == "lb" else rng.randint(180, 2600) / 1000
            line = round(weight * price, 2)
            text = f"{sheet.num(weight, 2 if unit == 'lb' else 3)} {unit} x {sheet.m(price)}/{unit}"
        if two_lines:
            rows.append(("left", name))
            rows.append(("pair", "   " + text, sheet.m(line)))
        else:
            rows.append(("pair", f"{name} {text}", sheet.m(line)))
        net = round(net + line, 2)
        count += 1
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            {
                "en": "Items",
                "de": "Artikel",
                "fr": "Nb articles",
                "nl": "Aantal artikelen",
                "es": "Nº artículos",
            }[sheet.lang],
            str(count),
        )
    )
    rate = {"DE": 0.07, "FR": 0.055, "NL": 0.09, "ES": 0.04}.get(where, 0.0)
    total = sheet.tax(rows, net, rate, added=False)
    if where == "IN":
        rounded = float(round(total))
        if rounded != total:
            rows.append(("pair", "Round off", f"{rounded - total:+.2f}"))
        total = rounded
    sheet.total(
        rows,
        total,
        None,
        {
            "IN": ["Net Amt", "Total", "Bill Amount"],
            "en": ["TOTAL", "Total", "To pay"],
            "de": ["Summe", "SUMME", "Zu zahlen"],
            "fr": ["TOTAL", "Net à payer", "TOTAL TTC"],
            "nl": ["Totaal", "TOTAAL", "Te betalen"],
            "es": ["TOTAL", "Total a pagar"],
        },
        {},
    )
    kinds = ["cash", "cash", "UPI"] if where == "IN" else ["cash", "cash", "card"]
    method = sheet.pay(
        rows,
        kinds,
        {
            "en": ["Paid by", "Tender", "Payment"],
            "de": ["Zahlart", "Bezahlt mit"],
            "fr": ["Réglé par", "Règlement"],
            "nl": ["Betaald met", "Betaalwijze"],
            "es": ["Forma de pago", "Pagado con"],
        },
        0.2,
    )
    if method == "cash" and shown(rng, 0.4):
        _tender(sheet, rows, total)
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                sheet.w(
                    {
                        "en": ["Loyalty stamps", "Stamp card"],
                        "de": ["Treuestempel"],
                        "fr": ["Carte fidélité"],
                        "nl": ["Spaarkaart"],
                        "es": ["Tarjeta cliente"],
                    }
                ),
                f"{rng.randint(1, 9)}/10",
            )
        )
    ref = digits(rng, rng.choice([4, 5, 6]))
    if where == "IN":
        ref = rng.choice(["", "B-", "S/"]) + digits(rng, 4)
    txn = sheet.ident(
        rows,
        {
            "IN": ["Bill No", "Memo No", "Bill #"],
            "en": ["Receipt #", "Trans No", "Ticket"],
            "de": ["Bon-Nr.", "Beleg-Nr."],
            "fr": ["Ticket n°", "N° ticket"],
            "nl": ["Bonnr.", "Bonnummer"],
            "es": ["Nº ticket", "Factura simplificada nº"],
        },
        ref,
        0.2,
    )
    sheet.thanks(rows)
    truth = truth_fields(shop, total, sheet.currency, txn, dated, method, None)
    return rows, truth, _page(font, rows, THERMAL, shop, rng.choice([380, 420]))


# ---------------------------------------------------------------- 2 toy shop's till receipt


TOY_SHOPS = {
    "IN": ["Khilona Ghar Toy Store", "Little Champs Toy World"],
    "GB": ["Tinker & Twig Toyshop"],
    "US": ["Bright Sprout Toy Co."],
    "IE": ["Puddleducks Toys Kinsale"],
    "DE": ["Spielwaren Kunterbunt"],
    "FR": ["Le Petit Manège Jouets"],
    "NL": ["Speelgoedwinkel De Draaimolen"],
    "ES": ["Juguetería El Trompo"],
}
TOY_PLACES = {
    "Khilona Ghar Toy Store": "Shop 21, Sadar Bazaar, Delhi 110006",
    "Little Champs Toy World": "Phoenix Marketcity, Whitefield, Bengaluru 560048",
    "Tinker & Twig Toyshop": "5 Northgate Street, Chester CH1 2HA",
    "Bright Sprout Toy Co.": "410 W Franklin St, Chapel Hill, NC 27516",
    "Puddleducks Toys Kinsale": "Market Quay, Kinsale, Co. Cork P17 X402",
    "Spielwaren Kunterbunt": "Lange Straße 14, 26122 Oldenburg",
    "Le Petit Manège Jouets": "8 place du Change, 69005 Lyon",
    "Speelgoedwinkel De Draaimolen": "Lange Elisabethstraat 9, 3511 JB Utrecht",
    "Juguetería El Trompo": "Carrer de Verdi 22, 08012 Barcelona",
}
TOY_REG = {
    "IN": lambda rng: (
        "GSTIN: 07" + code(rng, 5, UPPER) + digits(rng, 4) + code(rng, 1, UPPER) + "1Z" + digits(rng, 1)
    ),
    "GB": lambda rng: "VAT Reg No " + digits(rng, 3) + " " + digits(rng, 4) + " " + digits(rng, 2),
    "US": lambda rng: f"Store #{digits(rng, 3)}  ({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}",
    "IE": lambda rng: "VAT IE" + digits(rng, 7) + "T",
    "DE": lambda rng: "USt-IdNr. DE" + digits(rng, 9),
    "FR": lambda rng: f"SIRET {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 5)}",
    "NL": lambda rng: "BTW NL" + digits(rng, 9) + "B01",
    "ES": lambda rng: "CIF B" + digits(rng, 8),
}
# (English, German, French, Dutch, Spanish name; price in euros)
TOYS = [
    (
        "Wooden train set 30 pcs",
        "Holzeisenbahn 30 Teile",
        "Train en bois 30 pcs",
        "Houten treinset 30 dlg",
        "Tren de madera 30 pzs",
        39.95,
    ),
    (
        "Plush elephant 35 cm",
        "Plüsch-Elefant 35 cm",
        "Éléphant en peluche 35 cm",
        "Knuffel olifant 35 cm",
        "Elefante de peluche 35 cm",
        19.95,
    ),
    (
        "Jigsaw 1000 pcs",
        "Puzzle 1000 Teile",
        "Puzzle 1000 pièces",
        "Puzzel 1000 stukjes",
        "Puzle 1000 piezas",
        14.99,
    ),
    (
        "Remote control car",
        "Ferngesteuertes Auto",
        "Voiture télécommandée",
        "Bestuurbare auto",
        "Coche teledirigido",
        34.99,
    ),
    (
        "Building bricks 500 pcs",
        "Bausteine 500 Teile",
        "Briques de construction 500",
        "Bouwstenen 500 st",
        "Bloques construcción 500",
        29.99,
    ),
    (
        "Family board game",
        "Familienspiel",
        "Jeu de société famille",
        "Gezelschapsspel",
        "Juego de mesa familiar",
        24.95,
    ),
    (
        "Doll's house furniture set",
        "Puppenhausmöbel-Set",
        "Meubles maison de poupée",
        "Poppenhuis meubelset",
        "Muebles casa de muñecas",
        22.5,
    ),
    (
        "Kite - rainbow delta",
        "Drachen Regenbogen",
        "Cerf-volant arc-en-ciel",
        "Vlieger regenboog",
        "Cometa arcoíris",
        12.95,
    ),
    ("AA batteries 4-pack", "Batterien AA 4er", "Piles AA x4", "Batterijen AA 4-pak", "Pilas AA 4 uds", 4.99),
]
TOY_LANG = {"en": 0, "de": 1, "fr": 2, "nl": 3, "es": 4}
TOY_RATE = {"IN": 0.12, "GB": 0.2, "US": 0.0475, "IE": 0.23, "DE": 0.19, "FR": 0.2, "NL": 0.21, "ES": 0.21}


def toy_shop_till(rng: random.Random, font: str):
    """A toy shop's till receipt (two in rupees, one each in pounds and dollars, an Irish, a German, a French, a Dutch
    and a Spanish one in euros): the shop's GSTIN, VAT, USt-IdNr., SIRET, BTW or CIF number (never the id), the
    cashier, toys with their EAN barcodes printed under them in a share (never the id), a multi-buy or birthday club
    discount, gift wrap, GST included (CGST/SGST) or VAT / MwSt. / TVA / BTW / IVA included, sales tax added on US
    pages, TOTAL / Totaal / Total TTC / Summe / Total a pagar, the tender under Paid by / Zahlart / Règlement /
    Betaald met / Forma de pago in a share, a card section (the scheme, a masked number, the AID) when paid by card,
    cash handed over and the change, a birthday club number and the child's name (never the payee), Receipt No /
    Bon-Nr. / N° ticket / Bonnummer / Nº ticket in a share (an approval code instead on some card pages), the date
    under a label or bare; APPROVED / Bezahlt / Payé / Betaald / Pagado in a share."""
    where, shop = _country(rng, TOY_SHOPS)
    sheet = Sheet(rng, font, where, ["sign", "rs", "rs_slash", "code_after"])
    when = day(rng)
    rows: list[tuple] = [("title", shop), ("center", TOY_PLACES[shop]), ("center", TOY_REG[where](rng))]
    if where == "IN":
        rows.append(("center", rng.choice(["TAX INVOICE", "RETAIL INVOICE"])))
    dated = sheet.dated(
        rows,
        when,
        {
            "en": ["Date", "Date/Time"],
            "de": ["Datum"],
            "fr": ["Date", "Le"],
            "nl": ["Datum"],
            "es": ["Fecha"],
        },
        0.2,
        0.8,
        0.4,
    )
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "en": ["Cashier", "Served by"],
                    "de": ["Kassierer/in", "Es bediente Sie"],
                    "fr": ["Caissier", "Hôte de caisse"],
                    "nl": ["Kassa 1 / Medewerker", "Medewerker"],
                    "es": ["Cajero/a", "Le atendió"],
                }
            ),
            sheet.staff().split()[0],
        )
    )
    rows.append(("rule",))
    barcodes = shown(rng, 0.5)
    net = 0.0
    picked = rng.sample(TOYS, rng.randint(2, 4))
    for toy in picked:
        name, unit = toy[TOY_LANG[sheet.lang]], _euro_price(where, toy[5])
        n = rng.choice([1, 1, 1, 2])
        line = round(unit * n, 2)
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, sheet.m(line)))
        if barcodes:
            prefix = {
                "IN": "890",
                "GB": "50",
                "US": "0",
                "IE": "539",
                "DE": "40",
                "FR": "30",
                "NL": "87",
                "ES": "84",
            }
            ean = prefix[where] + digits(rng, 13 - len(prefix[where]))
            rows.append(("small", "UPC " + ean[-12:] if where == "US" else "EAN " + ean))
        net = round(net + line, 2)
    if shown(rng, 0.45):
        off = round(net * 0.1, 2)
        word = sheet.w(
            {
                "en": ["Birthday club 10% off", "Multi-buy saving"],
                "de": ["Geburtstagsrabatt 10%", "Mengenrabatt"],
                "fr": ["Remise fidélité 10 %", "Remise anniversaire"],
                "nl": ["Verjaardagskorting 10%", "Korting"],
                "es": ["Descuento club 10%", "Descuento"],
            }
        )
        rows.append(("pair", word, "-" + sheet.m(off)))
        net = round(net - off, 2)
    if shown(rng, 0.3):
        wrap = _euro_price(where, 2.5)
        rows.append(
            (
                "pair",
                {
                    "en": "Gift wrap",
                    "de": "Geschenkverpackung",
                    "fr": "Papier cadeau",
                    "nl": "Cadeauverpakking",
                    "es": "Envoltorio regalo",
                }[sheet.lang],
                sheet.m(wrap),
            )
        )
        net = round(net + wrap, 2)
    if where == "US":
        rows.append(("pair", "Subtotal", sheet.m(net)))
    total = sheet.tax(rows, net, TOY_RATE[where], added=where == "US")
    sheet.total(
        rows,
        total,
        None,
        {
            "IN": ["Net Amount", "Total", "Amount Payable"],
            "en": ["TOTAL", "Total", "Balance due"],
            "de": ["Summe", "Gesamt", "Zu zahlen"],
            "fr": ["TOTAL TTC", "Total", "Net à payer"],
            "nl": ["Totaal", "TOTAAL", "Te betalen"],
            "es": ["TOTAL", "Total a pagar", "Importe total"],
        },
        {},
    )
    kinds = ["cash", "UPI", "card", "card"] if where == "IN" else ["cash", "card", "card", "wallet"]
    method = sheet.pay(rows, kinds, None, 0.2)
    auth = None
    if method == "card" and shown(rng, 0.6):
        scheme = rng.choice(
            ["VISA", "MASTERCARD", "MAESTRO"] if where != "IN" else ["VISA", "RUPAY", "MASTERCARD"]
        )
        rows.append(("left", f"{scheme}  {'*' * 12}{digits(rng, 4)}"))
        rows.append(("left", f"AID A0000000{rng.choice(['031010', '041010', '043060', '651010'])}"))
        auth = code(rng, 6, "0123456789" + UPPER[:6])
    elif method == "cash" and shown(rng, 0.4):
        _tender(sheet, rows, total)
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                sheet.w(
                    {
                        "en": ["Birthday club no", "Toy club card"],
                        "de": ["Kundenkarte"],
                        "fr": ["Carte club n°"],
                        "nl": ["Klantenpas"],
                        "es": ["Tarjeta club nº"],
                    }
                ),
                digits(rng, 9),
            )
        )
        child = rng.choice(
            {
                "IN": ["Aarav", "Myra", "Kabir"],
                "DE": ["Mia", "Leon"],
                "FR": ["Chloé", "Hugo"],
                "NL": ["Tess", "Finn"],
                "ES": ["Lucas", "Vega"],
            }.get(where, ["Isla", "Alfie", "Ava"])
        )
        rows.append(
            (
                "pair",
                {"en": "Child", "de": "Kind", "fr": "Enfant", "nl": "Kind", "es": "Niño/a"}[sheet.lang],
                f"{child} ({rng.randint(3, 11)})",
            )
        )
    ref = rng.choice(["", "R", "0"]) + digits(rng, rng.choice([5, 6]))
    if where == "IN":
        ref = ("KG/" if shop.startswith("Khilona") else "LC-") + str(when.year % 100) + "-" + digits(rng, 5)
    txn = sheet.ident(
        rows,
        {
            "IN": ["Invoice No", "Bill No", "Inv. No."],
            "en": ["Receipt No", "Trans #", "Receipt #"],
            "de": ["Bon-Nr.", "Beleg-Nr."],
            "fr": ["N° ticket", "Ticket n°"],
            "nl": ["Bonnummer", "Bonnr."],
            "es": ["Nº ticket", "Factura simplificada nº"],
        },
        ref,
        0.25,
    )
    if txn is None and auth:
        txn = sheet.ident(
            rows,
            {
                "en": ["AUTH CODE", "Auth code"],
                "de": ["Genehmigungs-Nr."],
                "fr": ["N° autorisation"],
                "nl": ["Autorisatiecode"],
                "es": ["Cód. autorización"],
            },
            auth,
            0.0,
        )
    status = None
    if shown(rng, 0.6):
        status = "success"
        rows.append(
            (
                "center",
                sheet.w(
                    {
                        "en": ["APPROVED", "Payment accepted"]
                        if method == "card"
                        else ["** PAID **", "PAID"],
                        "de": ["Zahlung erfolgt"] if method == "card" else ["*** BEZAHLT ***"],
                        "fr": ["Paiement accepté"] if method == "card" else ["PAYÉ"],
                        "nl": ["Betaling geslaagd"] if method == "card" else ["BETAALD"],
                        "es": ["Operación aprobada"] if method == "card" else ["PAGADO"],
                    }
                ),
            )
        )
    rows.append(
        (
            "small",
            sheet.w(
                {
                    "en": ["Exchanges within 28 days with receipt", "Gift receipt available on request"],
                    "de": ["Umtausch innerhalb 14 Tagen nur mit Bon"],
                    "fr": ["Échange sous 30 jours avec ticket"],
                    "nl": ["Ruilen binnen 14 dagen met kassabon"],
                    "es": ["Cambios en 15 días con ticket"],
                }
            ),
        )
    )
    truth = truth_fields(shop, total, sheet.currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(PAPER, 18), shop, rng.choice([420, 460]))


# ---------------------------------------------------------------- 3 rail or transit season ticket


SEASON_OPERATORS = {
    "IN": ["Central Railway", "Western Railway"],
    "GB": ["Southeastern", "Northern"],
    "US": ["NJ TRANSIT", "MBTA"],
    "IE": ["Iarnród Éireann"],
    "DE": ["Rheinbahn", "Kölner Verkehrs-Betriebe"],
    "FR": ["Île-de-France Mobilités"],
    "NL": ["NS"],
    "ES": ["Renfe Cercanías"],
}
SEASON_ROUTES = {
    "Central Railway": [("Dadar", "Thane"), ("CSMT", "Kalyan"), ("Kurla", "Dombivli")],
    "Western Railway": [("Borivali", "Churchgate"), ("Andheri", "Dadar"), ("Virar", "Bandra")],
    "Southeastern": [("Sevenoaks", "London Terminals"), ("Tonbridge", "London Terminals")],
    "Northern": [
        ("Huddersfield", "Leeds"),
        ("Harrogate", "Leeds"),
        ("Wigan Wallgate", "Manchester Victoria"),
    ],
    "NJ TRANSIT": [("Princeton Junction", "New York Penn Station"), ("Metropark", "Newark Penn Station")],
    "MBTA": [("Commuter Rail Zone 4", "Zone 1A")],
    "Iarnród Éireann": [
        ("Greystones", "Dublin Connolly"),
        ("Maynooth", "Dublin Pearse"),
        ("Drogheda", "Dublin Connolly"),
    ],
    "NS": [("Utrecht Centraal", "Amsterdam Centraal"), ("Leiden Centraal", "Den Haag Centraal")],
    "Renfe Cercanías": [("Alcalá de Henares", "Madrid-Atocha"), ("Getafe Centro", "Sol")],
}
# (product, lowest and highest price, the validity in days)
SEASON_PRODUCTS = {
    "IN": [
        ("Monthly (MST) - Second Class", 150, 400, 30),
        ("Monthly (MST) - First Class", 600, 1400, 30),
        ("Quarterly (QST) - Second Class", 400, 1050, 90),
    ],
    "GB": [
        ("Weekly Season Standard", 60, 160, 7),
        ("Monthly Season Standard", 230, 600, 30),
        ("Annual Season Standard", 2600, 6200, 365),
    ],
    "US": [("Monthly Pass", 120, 480, 30)],
    "IE": [("Monthly Commuter Ticket", 120, 260, 30), ("Annual Commuter Ticket", 1300, 2700, 365)],
    "DE": [("Deutschlandticket im Abo", 63, 63, 30), ("Deutschlandticket Job", 63, 63, 30)],
    "FR": [("Forfait Navigo Mois", 88.8, 88.8, 30), ("Forfait Navigo Semaine", 31.6, 31.6, 7)],
    "NL": [("Traject Vrij (maand)", 150, 420, 30), ("Dal Vrij (maand)", 112, 112, 30)],
    "ES": [("Abono mensual", 40, 110, 30)],
}
SEASON_WORDS = {
    "en": {
        "success": ["Payment successful", "Payment received", "Purchase complete"],
        "failed": ["Payment failed", "Card declined", "Payment unsuccessful"],
        "pending": ["Payment pending", "Payment processing"],
    },
    "de": OUTCOMES["de"],
    "fr": OUTCOMES["fr"],
    "nl": OUTCOMES["nl"],
    "es": OUTCOMES["es"],
}


def season_ticket(rng: random.Random, font: str):
    """A rail or transit season ticket's purchase (Central and Western Railway in rupees through the UTS app,
    Southeastern and Northern in pounds, NJ TRANSIT and the MBTA in dollars, Iarnród Éireann, a German transport
    company's Deutschlandticket, Île-de-France Mobilités' Navigo, NS and Renfe Cercanías in euros), an app's screen, an
    e-mail or a ticket office's receipt: the holder (never the payee), the route or zones, the product, its validity
    (Valid from / until, Gültig ab, Validité du … au …, Ingangsdatum, Válido del … al …; never the day paid), the
    holder's photocard, Navigo, OV-chipkaart, Leap, CharlieCard or TTP card number, an Aadhaar number, an Abo- or
    customer number (never the id), another railway the ticket is also valid on (never the payee), an employer's
    subsidy taken off a Jobticket, an R-Wallet's bonus and balance (never the amount), Fare / Ticket price / Amount /
    Zu zahlen / Eigenanteil / Montant / Bedrag / Importe, the way to pay in a share (an R-Wallet: a wallet; a SEPA
    direct debit or iDEAL: netbanking), the ticket's or the order's own number in a share, the day bought in a share;
    an outcome on most online pages (paid, failed or waiting), none or PAID at a ticket office."""
    where, operator = _country(rng, SEASON_OPERATORS)
    sheet = Sheet(rng, font, where, ["sign", "sign_space", "rs", "code_before"])
    when = day(rng)
    office = where in ("GB", "IE", "ES", "US") and shown(rng, 0.65)
    online = not office
    status, words = (None, None)
    if online:
        status, words = sheet.outcome(0.75, 0.5, 0.25, SEASON_WORDS)
    product, low, high, days = rng.choice(SEASON_PRODUCTS[where])
    price = float(rng.randint(low, high)) if isinstance(low, int) and low != high else float(low)
    if where in ("GB", "US", "IE", "NL", "ES") and low != high:
        price = round(price + rng.choice([0.0, 0.5, 0.2, 0.8]), 2)
    rows: list[tuple] = [("title", operator)]
    subtitle = {
        "IN": "UTS - Suburban Season Ticket",
        "GB": rng.choice(["Season ticket receipt", "Your season ticket"]),
        "US": rng.choice(["Monthly pass purchase", "Pass receipt"]),
        "IE": rng.choice(["Commuter ticket receipt", "Your ticket purchase"]),
        "DE": rng.choice(["Ihre Rechnung", "Abo-Bestätigung"]),
        "FR": rng.choice(["Reçu de rechargement", "Confirmation d'achat"]),
        "NL": rng.choice(["Bevestiging abonnement", "Uw bestelling"]),
        "ES": rng.choice(["Justificante de compra", "Recibo"]),
    }[where]
    rows.append(("center", subtitle))
    sheet.status_row(rows, words)
    rows.append(("rule",))
    holder = sheet.person()
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "IN": ["Passenger", "Name"],
                    "en": ["Holder", "Passenger", "Name on ticket"],
                    "de": ["Inhaber/in", "Name"],
                    "fr": ["Titulaire"],
                    "nl": ["Naam", "Houder"],
                    "es": ["Titular"],
                }
            ),
            holder,
        )
    )
    if where == "IN":
        rows.append(("pair", "Age", str(rng.randint(19, 58))))
        rows.append(("pair", "ID Card", f"Aadhaar XXXX XXXX {digits(rng, 4)}"))
    rows.append(
        (
            "pair",
            {"en": "Ticket", "de": "Produkt", "fr": "Forfait", "nl": "Product", "es": "Título"}[sheet.lang],
            product,
        )
    )
    if operator in SEASON_ROUTES:
        origin, dest = rng.choice(SEASON_ROUTES[operator])
        if where == "IN":
            rows.append(("pair", "Source", origin))
            rows.append(("pair", "Destination", dest))
        else:
            label = {"en": "Route", "nl": "Traject", "es": "Trayecto"}[sheet.lang]
            rows.append(("pair", label, f"{origin} - {dest}"))
    elif where == "FR":
        rows.append(("pair", "Zones", rng.choice(["1-5", "1-3", "2-5"])))
    else:
        rows.append(("pair", "Geltungsbereich", "bundesweit, Nahverkehr"))
    start = _later(when, rng, 0, 10) if where != "FR" else _later(when, rng, 1, 20).replace(day=1)
    end = start + dt.timedelta(days=days - 1)
    validity = {
        "en": (rng.choice(["Valid from", "Starts"]), rng.choice(["Valid until", "Expires"])),
        "de": ("Gültig ab", "Gültig bis"),
        "fr": ("Validité du", "au"),
        "nl": ("Ingangsdatum", "Geldig t/m"),
        "es": ("Válido del", "al"),
    }[sheet.lang]
    if where == "IN":
        validity = ("Valid From", "Valid Upto")
    if sheet.lang in ("fr", "es"):
        rows.append(
            (
                "pair",
                validity[0].split()[0],
                f"{validity[0].split()[1]} {sheet.date(start)} {validity[1]} {sheet.date(end)}",
            )
        )
    else:
        rows.append(("pair", validity[0], sheet.date(start)))
        if shown(rng, 0.6):
            rows.append(("pair", validity[1], sheet.date(end)))
    card_no = {
        "IN": None,
        "GB": ("Photocard no.", digits(rng, 5)),
        "US": ("CharlieCard", f"5-{digits(rng, 10)}")
        if operator == "MBTA"
        else ("Pass serial", digits(rng, 8)),
        "IE": ("Leap card no.", digits(rng, 8)),
        "DE": ("Abo-Nummer", digits(rng, 9)),
        "FR": ("Passe Navigo n°", digits(rng, 10)),
        "NL": ("OV-chipkaart", f"3528 0100 {digits(rng, 4)} {digits(rng, 4)}"),
        "ES": ("Tarjeta TTP nº", digits(rng, 10)),
    }[where]
    if card_no and shown(rng, 0.25):
        rows.append(("pair", *card_no))
    if shown(rng, 0.4):
        also = {
            "Southeastern": "Also valid on Thameslink between Sevenoaks and London",
            "Northern": "Also valid on TransPennine Express on this route",
            "NJ TRANSIT": "Valid on NJ TRANSIT rail; not valid on Amtrak",
            "MBTA": "Includes subway and local bus",
            "Iarnród Éireann": "Also valid on DART services within zone",
            "NS": "Ook geldig bij Arriva op dit traject",
            "Renfe Cercanías": "Válido también en Metro Ligero Oeste (zona B1)",
        }
        if operator in also:
            rows.append(("small", also[operator]))
    rows.append(("rule",))
    total = price
    rows.append(
        (
            "pair",
            {"IN": "Base fare", "GB": "Ticket price", "US": "Pass price", "IE": "Fare"}.get(
                where, {"de": "Preis", "fr": "Prix", "nl": "Prijs", "es": "Precio"}.get(sheet.lang)
            ),
            sheet.m(price),
        )
    )
    if product == "Deutschlandticket Job":
        grant = round(price * 0.25, 2)
        rows.append(("pair", "Arbeitgeberzuschuss", "-" + sheet.m(grant)))
        rebate = round(price * 0.05, 2)
        rows.append(("pair", "Rabatt Jobticket 5%", "-" + sheet.m(rebate)))
        total = round(price - grant - rebate, 2)
        rows.append(("small", "Arbeitgeber: " + rng.choice(["Stadtsparkasse Düsseldorf", "Ford-Werke GmbH"])))
    totals = {
        "IN": ["Total Fare", "Amount", "Fare"],
        "en": ["Total", "Amount", "Total cost"],
        "DE": ["Eigenanteil", "Zu zahlen"]
        if product == "Deutschlandticket Job"
        else ["Gesamtbetrag", "Zu zahlen", "Betrag"],
        "fr": ["Montant", "Total TTC", "Montant total"],
        "nl": ["Totaal", "Bedrag", "Totaalbedrag"],
        "es": ["Importe", "Total", "Importe total"],
    }
    paid = {
        "en": ["Amount paid", "Total paid"],
        "de": ["Bezahlt"],
        "fr": ["Montant payé"],
        "nl": ["Betaald"],
        "es": ["Importe pagado"],
    }
    sheet.total(rows, total, status, totals, paid)
    method = None
    if where == "IN" and shown(rng, 0.4):
        method = "wallet"
        label = rng.choice(["Payment Mode", "Paid from"] if status == "success" else ["Payment Mode"])
        rows.append(("pair", label, "R-Wallet"))
        if status != "failed" and shown(rng, 0.6):
            rows.append(("pair", "R-Wallet balance", sheet.fmt(round(rng.uniform(20, 900), 2))))
    else:
        kinds = {
            "IN": ["UPI", "card", "netbanking"],
            "GB": ["card", "card", "wallet"] + (["cash"] if office else []),
            "US": ["card", "wallet"] + (["cash"] if office else []),
            "IE": ["card", "wallet"] + (["cash"] if office else []),
            "DE": ["netbanking", "netbanking", "card", "wallet"],
            "FR": ["card", "card", "wallet"],
            "NL": ["netbanking", "netbanking", "card"],
            "ES": ["card", "card"] + (["cash"] if office else []),
        }[where]
        method = sheet.pay(rows, kinds, None, 0.2, online, status)
    ref = {
        "IN": "X" + code(rng, 9, UPPER + "0123456789"),
        "GB": code(rng, 8, UPPER + "0123456789") if online else digits(rng, 6),
        "US": digits(rng, 9),
        "IE": "IE" + digits(rng, 8),
        "DE": f"RE-{when.year}-{digits(rng, 6)}",
        "FR": "C" + digits(rng, 9),
        "NL": digits(rng, 10),
        "ES": digits(rng, 12),
    }[where]
    txn = sheet.ident(
        rows,
        {
            "IN": ["UTS No.", "Ticket No."],
            "GB": ["Booking reference", "Ticket number"] if online else ["Transaction no.", "Ticket number"],
            "US": ["Order #", "Confirmation #"],
            "IE": ["Transaction reference", "Order number"],
            "DE": ["Rechnungsnummer", "Auftragsnummer"],
            "FR": ["N° de transaction", "Référence de commande"],
            "NL": ["Ordernummer", "Transactienummer"],
            "ES": ["Nº operación", "Nº de pedido"],
        },
        ref,
        0.2,
    )
    dated = sheet.dated(
        rows,
        when,
        {
            "IN": ["Booking Date", "Booked on"],
            "GB": ["Purchased", "Date of issue"],
            "US": ["Purchased", "Order date"],
            "IE": ["Purchase date", "Date"],
            "de": ["Kaufdatum", "Rechnungsdatum"],
            "fr": ["Date d'achat", "Payé le"],
            "nl": ["Aankoopdatum", "Betaald op"],
            "es": ["Fecha de compra", "Fecha de pago"],
        },
        0.2,
        0.6,
        status=status,
    )
    if office:
        rows.append(
            (
                "small",
                sheet.w(
                    {
                        "en": ["Issued at the ticket office", "Booking office copy"],
                        "es": ["Expedido en taquilla"],
                    }
                ),
            )
        )
        if shown(rng, 0.3):
            status = "success"
            rows.append(("center", sheet.w({"en": ["PAID", "** PAID **"], "es": ["PAGADO"]})))
    elif where == "IN":
        rows.append(("small", "Booked through the UTS mobile app (CRIS)"))
    truth = truth_fields(operator, total, sheet.currency, txn, dated, method, status)
    if office:
        style = _sized(PAPER, 19)
    else:
        style = rng.choice([dict(SCREEN, width=480), DARK, EMAIL])
    return rows, truth, _page(font, rows, style, operator)


# ---------------------------------------------------------------- 4 meal-kit box order e-mail


MEAL_KITS = {
    "IN": ["Rasoi Box Meal Kits"],
    "GB": ["Gousto", "HelloFresh"],
    "US": ["Blue Apron", "HelloFresh"],
    "IE": ["HelloFresh"],
    "DE": ["Marley Spoon"],
    "FR": ["Quitoque"],
    "NL": ["Ekomenu"],
    "ES": ["La Cesta del Chef"],
}
RECIPES = {
    "en": [
        "Chicken tikka traybake",
        "Creamy mushroom risotto",
        "Sticky hoisin pork bowls",
        "Lentil dal with naan",
        "Cajun salmon with corn salsa",
        "Halloumi & harissa couscous",
    ],
    "IN": [
        "Paneer butter masala kit",
        "Rajma chawal kit",
        "Hyderabadi veg biryani kit",
        "Chole with kulcha kit",
        "Thai green curry kit",
    ],
    "de": [
        "Hähnchen-Curry mit Reis",
        "Pilzrisotto mit Parmesan",
        "Linsen-Dal mit Naan",
        "Lachs mit Ofengemüse",
    ],
    "fr": [
        "Poulet rôti aux herbes",
        "Risotto aux champignons",
        "Curry de lentilles corail",
        "Saumon et légumes rôtis",
    ],
    "nl": [
        "Kip tikka uit de oven",
        "Romige paddenstoelenrisotto",
        "Linzen-dahl met naan",
        "Zalm met geroosterde groenten",
    ],
    "es": ["Pollo al curry con arroz", "Risotto de setas", "Dahl de lentejas", "Salmón con verduras asadas"],
}
# base price of three recipes for two people
KIT_PRICE = {
    "IN": 1499.0,
    "GB": 44.99,
    "US": 71.93,
    "IE": 54.99,
    "DE": 59.99,
    "FR": 54.9,
    "NL": 56.95,
    "ES": 49.9,
}
KIT_COURIERS = {
    "IN": ["Delhivery", "Shadowfax"],
    "GB": ["DPD", "Yodel"],
    "US": ["FedEx Home Delivery", "OnTrac"],
    "IE": ["DPD Ireland", "Nightline"],
    "DE": ["DHL", "GO!"],
    "FR": ["Chronofresh", "Colissimo"],
    "NL": ["PostNL", "Trunkrs"],
    "ES": ["SEUR Frío", "MRW"],
}
KIT_RATE = {"IN": 0.05, "DE": 0.07, "FR": 0.055, "NL": 0.09, "ES": 0.1}
KIT_WORDS = {
    "en": {
        "success": ["Payment successful", "Payment received", "Payment confirmed"],
        "failed": ["Payment failed", "Payment declined", "We couldn't take payment"],
        "pending": ["Payment pending", "Payment processing"],
    },
    "de": OUTCOMES["de"],
    "fr": OUTCOMES["fr"],
    "nl": OUTCOMES["nl"],
    "es": OUTCOMES["es"],
}


def meal_kit_order(rng: random.Random, font: str):
    """A meal-kit or recipe-box order e-mail or app screen (a box in rupees, Gousto and HelloFresh in pounds, Blue
    Apron and HelloFresh in dollars, HelloFresh Ireland, Marley Spoon, Quitoque, Ekomenu and a Spanish box in euros):
    the customer and a customer number (never the payee nor the id), the week's recipes, the plan (three recipes
    for two), a premium recipe or a dessert added, delivery charged or free, an introductory discount code and its
    saving (the code never the id), credit applied from the account (never the amount), GST added or VAT / MwSt. /
    TVA / BTW / IVA included at the food rate, Order total / Total charged / Gesamtbetrag / Total TTC / Totaal /
    Total, the way to pay in a share (online: no card tapped; PayPal a wallet, iDEAL netbanking), the order's own
    number in a share, the day charged or ordered in a share beside the delivery day and slot, the courier, the next
    box's day and the day to skip it by (never the day paid); Payment successful / Payment failed / We couldn't take
    payment / Payment pending / Zahlung erfolgreich / Paiement refusé / Betaling mislukt / Pago pendiente in a
    share."""
    where, brand = _country(rng, MEAL_KITS)
    sheet = Sheet(rng, font, where, ["sign", "sign_space", "code_before"])
    when = day(rng)
    status, words = sheet.outcome(0.7, 0.5, 0.3, KIT_WORDS)
    person = sheet.person()
    rows: list[tuple] = [("title", brand)]
    rows.append(
        (
            "center",
            sheet.w(
                {
                    "en": ["Your box is confirmed", "Order confirmation", "Your order summary"],
                    "de": ["Deine Box ist bestätigt", "Bestellübersicht"],
                    "fr": ["Votre panier est confirmé", "Récapitulatif de commande"],
                    "nl": ["Je box is bevestigd", "Overzicht van je bestelling"],
                    "es": ["Tu caja está confirmada", "Resumen del pedido"],
                }
            ),
        )
    )
    sheet.status_row(rows, words)
    greet = {"en": "Hi", "de": "Hallo", "fr": "Bonjour", "nl": "Hoi", "es": "Hola"}[sheet.lang]
    rows.append(("left", f"{greet} {person.split()[0]},"))
    delivery = _later(when, rng, 2, 8)
    slot = rng.choice(["8:00-19:00", "07:00-12:00", "12:00-18:00"]) if where != "US" else "8am-8pm"
    rows.append(
        (
            "pair",
            {"en": "Delivery", "de": "Lieferung", "fr": "Livraison", "nl": "Bezorging", "es": "Entrega"}[
                sheet.lang
            ],
            f"{sheet.date(delivery)}, {slot}",
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                {
                    "en": "Courier",
                    "de": "Versand mit",
                    "fr": "Transporteur",
                    "nl": "Bezorger",
                    "es": "Transportista",
                }[sheet.lang],
                rng.choice(KIT_COURIERS[where]),
            )
        )
    rows.append(("rule",))
    recipes = RECIPES.get(where) or RECIPES[sheet.lang]
    for recipe in rng.sample(recipes, 3):
        rows.append(("left", "- " + recipe))
    plan = {
        "en": "3 recipes for 2 people",
        "de": "3 Rezepte für 2 Personen",
        "fr": "3 recettes pour 2 personnes",
        "nl": "3 recepten voor 2 personen",
        "es": "3 recetas para 2 personas",
    }[sheet.lang]
    base = KIT_PRICE[where]
    rows.append(("pair", plan, sheet.m(base)))
    net = base
    if shown(rng, 0.4):
        extra = _euro_price(where, 4.99) if where != "IN" else 249.0
        rows.append(
            (
                "pair",
                sheet.w(
                    {
                        "en": ["Premium recipe", "Dessert add-on"],
                        "de": ["Premium-Rezept", "Dessert"],
                        "fr": ["Recette premium", "Dessert"],
                        "nl": ["Premium recept", "Toetje"],
                        "es": ["Receta premium", "Postre"],
                    }
                ),
                sheet.m(extra),
            )
        )
        net = round(net + extra, 2)
    ship = {"IN": 49.0, "GB": 4.99, "US": 10.99, "IE": 5.99, "DE": 4.99, "FR": 3.9, "NL": 3.95, "ES": 4.9}[
        where
    ]
    ship_word = {"en": "Delivery", "de": "Versand", "fr": "Livraison", "nl": "Bezorgkosten", "es": "Envío"}[
        sheet.lang
    ]
    if shown(rng, 0.5):
        rows.append(("pair", ship_word, sheet.m(ship)))
        net = round(net + ship, 2)
    else:
        rows.append(
            (
                "pair",
                ship_word,
                {"en": "FREE", "de": "kostenlos", "fr": "offerte", "nl": "gratis", "es": "gratis"}[
                    sheet.lang
                ],
            )
        )
    if shown(rng, 0.45):
        pct = rng.choice([0.3, 0.4, 0.5, 0.6])
        promo = rng.choice(["WELCOME", "HELLO", "FRESH", "BOX"]) + str(int(pct * 100))
        off = round(net * pct, 2)
        word = {"en": "Discount", "de": "Rabatt", "fr": "Réduction", "nl": "Korting", "es": "Descuento"}[
            sheet.lang
        ]
        rows.append(("pair", f"{word} ({promo})", "-" + sheet.m(off)))
        net = round(net - off, 2)
    if shown(rng, 0.25):
        credit = {"IN": 250.0, "US": 10.0}.get(where, rng.choice([5.0, 10.0]))
        rows.append(
            (
                "pair",
                {
                    "en": "Credit applied",
                    "de": "Guthaben verrechnet",
                    "fr": "Crédit utilisé",
                    "nl": "Tegoed gebruikt",
                    "es": "Saldo aplicado",
                }[sheet.lang],
                "-" + sheet.m(credit),
            )
        )
        net = round(net - credit, 2)
    total = sheet.tax(rows, net, KIT_RATE.get(where, 0.0), added=where == "IN", igst=True)
    sheet.total(
        rows,
        total,
        status,
        {
            "en": ["Order total", "Total", "Box total"],
            "de": ["Gesamtbetrag", "Summe"],
            "fr": ["Total TTC", "Total"],
            "nl": ["Totaal", "Totaalbedrag"],
            "es": ["Total", "Importe total"],
        },
        {
            "en": ["Total charged", "Amount paid"],
            "de": ["Abgebucht", "Bezahlt"],
            "fr": ["Montant débité"],
            "nl": ["Afgeschreven"],
            "es": ["Importe cobrado"],
        },
    )
    kinds = {
        "IN": ["UPI", "card", "wallet", "netbanking"],
        "NL": ["netbanking", "card", "wallet"],
    }.get(where, ["card", "card", "wallet"])
    method = sheet.pay(rows, kinds, None, 0.2, True, status)
    ref = {
        "IN": "RB" + digits(rng, 8),
        "GB": digits(rng, 9),
        "US": digits(rng, 10),
        "IE": digits(rng, 9),
        "DE": "MS-" + digits(rng, 8),
        "FR": "QT" + digits(rng, 7),
        "NL": "EK" + digits(rng, 7),
        "ES": "CC-" + digits(rng, 7),
    }[where]
    txn = sheet.ident(
        rows,
        {
            "en": ["Order number", "Order #", "Order ID"],
            "de": ["Bestellnummer"],
            "fr": ["N° de commande"],
            "nl": ["Bestelnummer", "Ordernummer"],
            "es": ["Nº de pedido"],
        },
        ref,
        0.2,
    )
    dated = sheet.dated(
        rows,
        when,
        {
            "en": ["Charged on", "Payment date", "Order date"],
            "de": ["Bestelldatum", "Belastet am"],
            "fr": ["Date de commande", "Débité le"],
            "nl": ["Besteldatum", "Afgeschreven op"],
            "es": ["Fecha del pedido", "Cobrado el"],
        },
        0.25,
        0.3,
        status=status,
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                {
                    "en": "Customer no.",
                    "de": "Kundennummer",
                    "fr": "N° client",
                    "nl": "Klantnummer",
                    "es": "Nº de cliente",
                }[sheet.lang],
                digits(rng, 8),
            )
        )
    rows.append(("rule",))
    nxt = delivery + dt.timedelta(days=7)
    skip = nxt - dt.timedelta(days=rng.choice([4, 5, 6]))
    rows.append(
        (
            "pair",
            {
                "en": "Next box",
                "de": "Nächste Box",
                "fr": "Prochain panier",
                "nl": "Volgende box",
                "es": "Próxima caja",
            }[sheet.lang],
            sheet.date(nxt),
        )
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "small",
                {
                    "en": f"Skip or change by {sheet.date(skip)}, 11:59pm",
                    "de": f"Pausieren oder ändern bis {sheet.date(skip)}, 23:59",
                    "fr": f"Modifiez ou sautez avant le {sheet.date(skip)}, 23h59",
                    "nl": f"Overslaan of wijzigen tot {sheet.date(skip)}, 23:59",
                    "es": f"Salta o cambia antes del {sheet.date(skip)}, 23:59",
                }[sheet.lang],
            )
        )
    if status == "failed":
        rows.append(
            (
                "small",
                {
                    "en": "Please update your payment details to keep your delivery.",
                    "de": "Bitte aktualisiere deine Zahlungsdaten.",
                    "fr": "Merci de mettre à jour votre moyen de paiement.",
                    "nl": "Werk je betaalgegevens bij om je box te ontvangen.",
                    "es": "Actualiza tu método de pago para recibir tu caja.",
                }[sheet.lang],
            )
        )
    truth = truth_fields(brand, total, sheet.currency, txn, dated, method, status)
    style = rng.choice([_sized(EMAIL, 19), dict(SCREEN, width=500)])
    return rows, truth, _page(font, rows, style, brand)


# ---------------------------------------------------------------- 5 mobile operator store's new SIM


SIM_OPERATORS = {
    "IN": ["Airtel", "Jio"],
    "GB": ["EE", "Three"],
    "US": ["T-Mobile", "Verizon"],
    "IE": ["Three Ireland", "eir"],
    "DE": ["Telekom"],
    "FR": ["Orange", "Bouygues Telecom"],
    "NL": ["KPN"],
    "ES": ["Movistar"],
}
SIM_STORES = {
    "IN": ["Brigade Road, Bengaluru", "Linking Road, Bandra West, Mumbai", "Connaught Place, New Delhi"],
    "GB": ["Briggate, Leeds", "Union Street, Aberdeen"],
    "US": ["Broadway & W 72nd St, New York, NY", "Pearl St Mall, Boulder, CO"],
    "IE": ["Henry Street, Dublin 1", "Shop Street, Galway"],
    "DE": ["Schildergasse 30, Köln", "Königstraße 11, Stuttgart"],
    "FR": ["rue de la République, Lyon 2e", "Centre commercial Part-Dieu, Lyon"],
    "NL": ["Kalverstraat 120, Amsterdam", "Lijnbaan 55, Rotterdam"],
    "ES": ["Gran Vía 28, Madrid", "Calle Sierpes 40, Sevilla"],
}
ICCID_PREFIX = {
    "IN": "8991",
    "GB": "8944",
    "US": "8901",
    "IE": "89353",
    "DE": "8949",
    "FR": "8933",
    "NL": "8931",
    "ES": "8934",
}
DONORS = {
    "IN": ["Vodafone Idea", "BSNL", "Airtel", "Jio"],
    "GB": ["Vodafone", "O2", "giffgaff"],
    "US": ["AT&T", "Mint Mobile"],
    "IE": ["Vodafone", "Tesco Mobile"],
    "DE": ["Vodafone", "O2"],
    "FR": ["SFR", "Free Mobile"],
    "NL": ["Odido", "Vodafone"],
    "ES": ["Orange", "Vodafone"],
}
# (plan, price in euros) and the SIM's own price
SIM_PLANS = {
    "IN": [
        ("Unlimited 28 days 2GB/day", 349.0),
        ("Unlimited 84 days 1.5GB/day", 859.0),
        ("Truly Unlimited 56 days", 579.0),
    ],
    "GB": [("SIM only 30-day 25GB", 12.0), ("SIM only 30-day unlimited", 20.0)],
    "US": [("Prepaid Unlimited (1 month)", 50.0), ("Prepaid 15GB (1 month)", 35.0)],
    "IE": [("Prepay 30-day all-you-can-eat data", 20.0), ("Prepay €15 top-up", 15.0)],
    "DE": [("MagentaMobil Prepaid M (4 Wochen)", 14.95), ("Prepaid Max (4 Wochen)", 24.95)],
    "FR": [("Forfait 100 Go sans engagement", 15.99), ("Mobicarte 20 €", 20.0)],
    "NL": [("Prepaid bundel 10 GB", 15.0), ("Prepaid beltegoed", 10.0)],
    "ES": [("Tarifa prepago 30 GB", 15.0), ("Recarga 20 €", 20.0)],
}
SIM_FEE = {"IN": 50.0, "GB": 0.0, "US": 10.0, "IE": 10.0, "DE": 9.99, "FR": 10.0, "NL": 10.0, "ES": 0.0}
SIM_RATE = {"IN": 0.18, "GB": 0.2, "US": 0.0, "IE": 0.23, "DE": 0.19, "FR": 0.2, "NL": 0.21, "ES": 0.21}


def _msisdn(rng: random.Random, where: str) -> str:
    return {
        "IN": f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}",
        "GB": f"07{digits(rng, 3)} {digits(rng, 6)}",
        "US": f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}",
        "IE": f"08{rng.choice('3567')} {digits(rng, 3)} {digits(rng, 4)}",
        "DE": f"0151 {digits(rng, 8)}",
        "FR": f"06 {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)}",
        "NL": f"06-{digits(rng, 8)}",
        "ES": f"6{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
    }[where]


def sim_store_purchase(rng: random.Random, font: str):
    """A mobile operator's store receipt for a new SIM, a replacement or a number moved in (Airtel and Jio in rupees,
    EE and Three in pounds, T-Mobile and Verizon in dollars, Three Ireland and eir, Telekom, Orange and Bouygues
    Telecom, KPN and Movistar in euros), a printed invoice: the store and its code, the customer and their ID
    (Aadhaar, DNI; never the payee), the mobile number, the SIM's ICCID, the IMSI and PUK, a CAF number, a porting
    code (UPC, PAC, RIO) and the operator the number comes from (never the payee nor the id), the plan, the SIM's
    price and an activation fee, GST / VAT / MwSt. / TVA / BTW / IVA included (a regulatory fee and sales tax added on
    US pages), Total / Amount / Gesamt / Total TTC / Totaal / Total a pagar, the way to pay in a share, the
    receipt's or invoice's own number in a share, the date in a share, the day the SIM goes live (never the day paid)
    and its activation still under way; Payment received / Paid / Card declined / Payment pending / Zahlung
    erfolgreich / Paiement accepté / Betaald / Pago aceptado in a share."""
    where, operator = _country(rng, SIM_OPERATORS)
    sheet = Sheet(rng, font, where, ["sign", "rs", "code_before", "sign_space"])
    when = day(rng)
    status, words = sheet.outcome(0.6, 0.6, 0.25)
    store_word = {"en": "Store", "de": "Shop", "fr": "Boutique", "nl": "Winkel", "es": "Tienda"}[sheet.lang]
    rows: list[tuple] = [("title", operator), ("center", f"{store_word}: {rng.choice(SIM_STORES[where])}")]
    rows.append(
        (
            "center",
            f"{sheet.w({'en': ['Store code', 'POS ID'], 'de': ['Shop-Nr.'], 'fr': ['Code boutique'], 'nl': ['Winkelcode'], 'es': ['Cód. tienda']})} {code(rng, 3, UPPER)}{digits(rng, 4)}",
        )
    )
    kind = rng.choice(["new", "new", "port", "swap"])
    heading = {
        ("en", "new"): "New SIM - Receipt",
        ("en", "port"): "Number port-in - Receipt",
        ("en", "swap"): "SIM replacement - Receipt",
        ("de", "new"): "Neue SIM-Karte - Beleg",
        ("de", "port"): "Rufnummernmitnahme - Beleg",
        ("de", "swap"): "Ersatz-SIM - Beleg",
        ("fr", "new"): "Nouvelle ligne - Facture",
        ("fr", "port"): "Portabilité - Facture",
        ("fr", "swap"): "Remplacement SIM - Facture",
        ("nl", "new"): "Nieuwe simkaart - Bon",
        ("nl", "port"): "Nummerbehoud - Bon",
        ("nl", "swap"): "Vervangende simkaart - Bon",
        ("es", "new"): "Alta nueva línea - Ticket",
        ("es", "port"): "Portabilidad - Ticket",
        ("es", "swap"): "Duplicado de SIM - Ticket",
    }[(sheet.lang, kind)]
    if where == "IN":
        heading = {"new": "New Connection - Prepaid", "port": "MNP Port-in - Prepaid", "swap": "SIM Swap"}[
            kind
        ]
    rows.append(("center", heading))
    sheet.status_row(rows, words)
    rows.append(("rule",))
    customer = sheet.person()
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "en": ["Customer", "Name"],
                    "de": ["Kunde/Kundin"],
                    "fr": ["Client"],
                    "nl": ["Klant"],
                    "es": ["Cliente"],
                }
            ),
            customer,
        )
    )
    if where == "IN":
        rows.append(("pair", "POI", f"Aadhaar XXXX XXXX {digits(rng, 4)}"))
        if shown(rng, 0.6):
            rows.append(("pair", "CAF No", code(rng, 2, UPPER) + digits(rng, 10)))
    elif where == "ES":
        rows.append(("pair", "DNI", f"****{digits(rng, 4)}{rng.choice(UPPER)}"))
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "en": ["Mobile number", "MSISDN", "Your number"],
                    "de": ["Rufnummer"],
                    "fr": ["N° de ligne"],
                    "nl": ["Mobiel nummer"],
                    "es": ["Nº de línea"],
                }
            ),
            _msisdn(rng, where),
        )
    )
    iccid = ICCID_PREFIX[where] + digits(rng, rng.choice([19, 20]) - len(ICCID_PREFIX[where]))
    rows.append(
        (
            "pair",
            "ICCID"
            if shown(rng, 0.5)
            else sheet.w(
                {
                    "en": ["SIM serial"],
                    "de": ["SIM-Kartennummer"],
                    "fr": ["N° SIM"],
                    "nl": ["Simkaartnummer"],
                    "es": ["Nº SIM"],
                }
            ),
            iccid,
        )
    )
    if shown(rng, 0.35):
        rows.append(("pair", "IMSI", digits(rng, 15)))
    if shown(rng, 0.35):
        rows.append(("pair", "PUK", digits(rng, 8)))
    if kind == "port":
        donor = rng.choice([d for d in DONORS[where] if d != operator])
        port_label, port_code = {
            "IN": ("UPC", code(rng, 4, UPPER) + digits(rng, 4)),
            "GB": ("PAC", code(rng, 3, UPPER) + digits(rng, 6)),
            "US": ("Port-out PIN", digits(rng, 6)),
            "IE": ("Porting ref", digits(rng, 7)),
            "DE": ("Mitnahme-Auftrag", digits(rng, 8)),
            "FR": ("RIO", digits(rng, 2) + "P" + code(rng, 6, UPPER + "0123456789") + digits(rng, 3)),
            "NL": ("Overstapcode", code(rng, 6, UPPER)),
            "ES": ("Solicitud portabilidad", digits(rng, 9)),
        }[where]
        rows.append(
            (
                "pair",
                {
                    "en": "Moving from",
                    "de": "Bisheriger Anbieter",
                    "fr": "Opérateur d'origine",
                    "nl": "Vorige provider",
                    "es": "Operador donante",
                }[sheet.lang],
                donor,
            )
        )
        rows.append(("pair", port_label, port_code))
    rows.append(("rule",))
    plan, plan_price = rng.choice(SIM_PLANS[where])
    net = 0.0
    fee = SIM_FEE[where]
    if kind == "swap":
        rows.append(
            (
                "pair",
                {
                    "en": "Replacement SIM",
                    "de": "Ersatz-SIM",
                    "fr": "Carte SIM de remplacement",
                    "nl": "Vervangende sim",
                    "es": "Duplicado SIM",
                }[sheet.lang],
                sheet.m(max(fee, _euro_price(where, 5.0) if where != "IN" else 25.0)),
            )
        )
        net = max(fee, _euro_price(where, 5.0) if where != "IN" else 25.0)
        if shown(rng, 0.5):
            rows.append(("pair", plan, sheet.m(plan_price)))
            net = round(net + plan_price, 2)
    else:
        rows.append(
            (
                "pair",
                {
                    "en": "SIM card",
                    "de": "SIM-Karte",
                    "fr": "Carte SIM",
                    "nl": "Simkaart",
                    "es": "Tarjeta SIM",
                }[sheet.lang],
                sheet.m(fee),
            )
        )
        rows.append(("pair", plan, sheet.m(plan_price)))
        net = round(fee + plan_price, 2)
    if where == "US":
        reg = 2.5
        rows.append(("pair", "Regulatory & activation fee", sheet.m(reg)))
        net = round(net + reg, 2)
        rows.append(("pair", "Subtotal", sheet.m(net)))
        total = sheet.tax(rows, net, 0.0725, added=True)
    else:
        total = sheet.tax(rows, net, SIM_RATE[where], added=False)
    sheet.total(
        rows,
        total,
        status,
        {
            "IN": ["Total Amount", "Amount", "Net Payable"],
            "en": ["Total", "Amount due", "TOTAL"],
            "de": ["Gesamt", "Summe"],
            "fr": ["Total TTC", "Montant"],
            "nl": ["Totaal", "Te betalen"],
            "es": ["Total a pagar", "Total"],
        },
        {
            "en": ["Amount paid"],
            "de": ["Bezahlt"],
            "fr": ["Montant réglé"],
            "nl": ["Betaald"],
            "es": ["Importe pagado"],
        },
    )
    kinds = ["cash", "UPI", "card", "wallet"] if where == "IN" else ["cash", "card", "card", "wallet"]
    if status in ("failed", "pending"):
        kinds = ["card", "UPI"] if where == "IN" else ["card"]
    method = sheet.pay(rows, kinds, None, 0.2, False, status)
    ref = {
        "IN": rng.choice(["RCPT", "INV"]) + digits(rng, 10),
        "GB": digits(rng, 8),
        "US": digits(rng, 12),
        "IE": "R" + digits(rng, 8),
        "DE": digits(rng, 10),
        "FR": "F" + digits(rng, 9),
        "NL": digits(rng, 9),
        "ES": "T" + digits(rng, 9),
    }[where]
    txn = sheet.ident(
        rows,
        {
            "IN": ["Receipt No", "Invoice No", "Transaction ID"],
            "en": ["Receipt no", "Invoice #", "Transaction ID"],
            "de": ["Belegnummer", "Rechnungsnummer"],
            "fr": ["N° de facture", "N° de transaction"],
            "nl": ["Bonnummer", "Factuurnummer"],
            "es": ["Nº ticket", "Nº factura"],
        },
        ref,
        0.2,
    )
    dated = sheet.dated(
        rows,
        when,
        {"en": ["Date", "Date/Time"], "de": ["Datum"], "fr": ["Date"], "nl": ["Datum"], "es": ["Fecha"]},
        0.15,
        0.7,
    )
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "en": ["Sales executive", "Served by"],
                    "de": ["Berater/in"],
                    "fr": ["Conseiller"],
                    "nl": ["Adviseur"],
                    "es": ["Asesor/a"],
                }
            ),
            sheet.staff(),
        )
    )
    live = when + dt.timedelta(days=rng.choice([0, 1, 2]))
    if status != "failed" and shown(rng, 0.6):
        rows.append(
            (
                "pair",
                {
                    "en": "SIM active by",
                    "de": "Aktiv ab",
                    "fr": "Activation prévue le",
                    "nl": "Actief vanaf",
                    "es": "Activa desde",
                }[sheet.lang],
                sheet.date(live) + " " + rng.choice(["18:00", "12:00", "09:00"]),
            )
        )
        if status == "success" and shown(rng, 0.5):
            rows.append(
                (
                    "small",
                    {
                        "en": "Activation in progress - allow up to 4 hours",
                        "de": "Aktivierung läuft - bis zu 4 Stunden",
                        "fr": "Activation en cours - jusqu'à 4 heures",
                        "nl": "Activering loopt - tot 4 uur",
                        "es": "Activación en curso - hasta 4 horas",
                    }[sheet.lang],
                )
            )
    truth = truth_fields(operator, total, sheet.currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(rng.choice([PAPER, A4]), 18), operator)


# ---------------------------------------------------------------- 6 prepayment energy meter top-up


METER_SUPPLIERS = {
    "IN": ["Tata Power-DDL", "Torrent Power"],
    "GB": ["E.ON Next", "OVO Energy"],
    "US": ["Salt River Project"],
    "IE": ["PrePay Power", "Flogas"],
    "DE": ["Stadtwerke Talheim"],
}
METER_WORDS = {
    "en": {
        "success": ["Top-up successful", "Payment successful", "Recharge successful"],
        "failed": ["Top-up failed", "Payment failed", "Recharge failed"],
        "pending": ["Top-up pending", "Payment processing", "Recharge pending"],
    },
    "de": {
        "success": ["Aufladung erfolgreich", "Zahlung erfolgreich"],
        "failed": ["Aufladung fehlgeschlagen"],
        "pending": ["Zahlung in Bearbeitung"],
    },
}
# the network that carries the power (never the payee)
METER_NETWORKS = {
    "Tata Power-DDL": "Tata Power Delhi Distribution Ltd - North & North-West Delhi",
    "Torrent Power": "Distribution area: Ahmedabad & Gandhinagar",
    "E.ON Next": "Network operator: Northern Powergrid",
    "OVO Energy": "Network operator: UK Power Networks",
    "Salt River Project": "Service area: Phoenix metro",
    "PrePay Power": "Network: ESB Networks",
    "Flogas": "Network: ESB Networks",
    "Stadtwerke Talheim": "Netzbetreiber: Netze BW GmbH",
}


def meter_topup(rng: random.Random, font: str):
    """A prepayment energy meter's top-up in the supplier's app or e-mail (Tata Power-DDL and Torrent Power smart
    prepaid in rupees, E.ON Next and OVO Energy smart pay-as-you-go in pounds, SRP M-Power in dollars, PrePay Power
    and Flogas in euros, a Stadtwerk's Prepaid-Zähler on a German page; no French, Dutch or Spanish pages): the
    account holder (never the payee), the meter's serial, the MPAN, MPRN, CA number or Zählernummer (never the id),
    the network operator (never the payee), the sum topped up, a convenience fee added on US pages, debt recovered
    and emergency credit repaid from the credit (the credit added to the meter and the new balance never the
    amount), a daily standing charge, You paid / Amount paid / Total charged / Recharge amount / Betrag, the way to
    pay in a share (online: a card, a wallet, UPI or net banking), the payment's own reference in a share, the day
    topped up in a share; Top-up successful / Recharge failed / Payment processing / Aufladung erfolgreich in a
    share."""
    where, supplier = _country(rng, METER_SUPPLIERS)
    sheet = Sheet(rng, font, where, ["sign", "sign_space", "code_before"])
    when = day(rng)
    status, words = sheet.outcome(0.75, 0.5, 0.25, METER_WORDS)
    topup = {
        "IN": float(rng.choice([500, 1000, 1500, 2000, 3000, 5000])),
        "GB": float(rng.choice([10, 15, 20, 25, 30, 40, 50])),
        "US": float(rng.choice([20, 40, 50, 75, 100])),
        "IE": float(rng.choice([10, 20, 30, 40, 50])),
        "DE": float(rng.choice([20, 30, 50, 100])),
    }[where]
    fee = 1.5 if where == "US" and shown(rng, 0.6) else 0.0
    total = round(topup + fee, 2)
    headline = shown(rng, 0.5)
    rows: list[tuple] = [("title", supplier)]
    rows.append(
        (
            "center",
            {
                "IN": rng.choice(["Smart Prepaid Meter Recharge", "Prepaid Recharge Receipt"]),
                "GB": rng.choice(["Smart Pay As You Go top-up", "Top-up receipt"]),
                "US": "M-Power prepaid purchase",
                "IE": rng.choice(["Top-up receipt", "Pay As You Go electricity"]),
                "DE": "Aufladung Prepaid-Zähler",
            }[where],
        )
    )
    if headline:
        rows.append(("big", sheet.fmt(topup)))
    sheet.status_row(rows, words)
    rows.append(("rule",))
    holder = sheet.person()
    rows.append(
        (
            "pair",
            sheet.w(
                {"IN": ["Consumer Name", "Name"], "en": ["Account holder", "Name"], "de": ["Kunde/Kundin"]}
            ),
            holder,
        )
    )
    meter_id = {
        "IN": ("CA No.", digits(rng, 11)),
        "GB": ("MPAN", f"{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"),
        "US": ("Account #", digits(rng, 9)),
        "IE": ("MPRN", "10" + digits(rng, 9)),
        "DE": ("Marktlokation", "5" + digits(rng, 10)),
    }[where]
    rows.append(("pair", *meter_id))
    serial = {
        "IN": ("Meter No.", digits(rng, 8)),
        "GB": ("Meter serial", digits(rng, 2) + rng.choice(["L", "P", "M"]) + digits(rng, 7)),
        "US": ("Meter #", "M" + digits(rng, 7)),
        "IE": ("Meter no.", digits(rng, 9)),
        "DE": ("Zählernummer", "1EMH" + digits(rng, 10)),
    }[where]
    if shown(rng, 0.6):
        rows.append(("pair", *serial))
    rows.append(
        (
            "pair",
            {
                "IN": "Top-up amount",
                "GB": "Top-up",
                "US": "Power purchase",
                "IE": "Top-up amount",
                "DE": "Aufladebetrag",
            }[where],
            sheet.m(topup),
        )
    )
    credit = topup
    settled = status not in ("failed", "pending")
    if settled and shown(rng, 0.45):
        debt = {"IN": 150.0, "GB": 2.5, "US": 5.0, "IE": 3.0, "DE": 5.0}[where]
        rows.append(
            (
                "pair",
                {
                    "IN": "Arrears adjusted",
                    "GB": "Debt recovery",
                    "US": "Past-due recovery",
                    "IE": "Debt repayment",
                    "DE": "Ratenabzug",
                }[where],
                "-" + sheet.m(debt),
            )
        )
        credit = round(credit - debt, 2)
    if settled and where in ("GB", "IE") and shown(rng, 0.3):
        emergency = 5.0
        rows.append(("pair", "Emergency credit repaid", "-" + sheet.m(emergency)))
        credit = round(credit - emergency, 2)
    if fee:
        rows.append(("pair", "Convenience fee", sheet.m(fee)))
    if settled:
        rows.append(
            (
                "pair",
                {
                    "IN": "Credited to meter",
                    "GB": "Credit added to meter",
                    "US": "Credit to meter",
                    "IE": "Credit added",
                    "DE": "Gutschrift Zähler",
                }[where],
                sheet.m(credit),
            )
        )
    if status == "success" and shown(rng, 0.6):
        balance = round(credit + rng.uniform(0.5, 30.0) * (80 if where == "IN" else 1), 2)
        rows.append(
            (
                "pair",
                {
                    "IN": "Available balance",
                    "GB": "New balance",
                    "US": "Meter balance",
                    "IE": "New balance",
                    "DE": "Neues Guthaben",
                }[where],
                sheet.fmt(balance),
            )
        )
    if shown(rng, 0.3):
        rows.append(
            (
                "small",
                {
                    "IN": f"Fixed charge deducted daily: {sheet.m(rng.choice([4.5, 6.0, 8.25]))}",
                    "GB": f"Standing charge {rng.choice(['53.35p', '60.99p', '48.72p'])} a day",
                    "US": "Daily service charge applies",
                    "IE": "Standing charge applies daily",
                    "DE": "Grundpreis wird täglich abgezogen",
                }[where],
            )
        )
    if fee:
        sheet.total(
            rows, total, status, {"en": ["Total", "Total due"]}, {"en": ["Total charged", "You paid"]}
        )
    elif not headline or shown(rng, 0.5):
        sheet.total(
            rows,
            total,
            status,
            {
                "IN": ["Recharge amount", "Amount"],
                "en": ["Total", "Amount"],
                "de": ["Betrag", "Gesamtbetrag"],
            },
            {"en": ["You paid", "Amount paid", "Total charged"], "de": ["Bezahlt"]},
        )
    kinds = {
        "IN": ["UPI", "UPI", "card", "netbanking", "wallet"],
        "DE": ["card", "wallet", "netbanking"],
    }.get(where, ["card", "card", "wallet"])
    method = sheet.pay(rows, kinds, None, 0.2, True, status)
    ref = {
        "IN": rng.choice(["TPDDL", "TP"]) + digits(rng, 12)
        if supplier.startswith("Tata")
        else "TPL" + digits(rng, 11),
        "GB": code(rng, 3, UPPER) + digits(rng, 9),
        "US": digits(rng, 11),
        "IE": "PP" + digits(rng, 9) if supplier == "PrePay Power" else "FG" + digits(rng, 8),
        "DE": "AUF-" + digits(rng, 8),
    }[where]
    txn = sheet.ident(
        rows,
        {
            "IN": ["Transaction ID", "Txn Ref No", "Receipt No."],
            "en": ["Payment reference", "Transaction ID", "Receipt number"],
            "de": ["Transaktionsnummer", "Zahlungsreferenz"],
        },
        ref,
        0.2,
    )
    dated = sheet.dated(
        rows,
        when,
        {
            "IN": ["Recharge Date", "Date & Time"],
            "en": ["Topped up on", "Date", "Paid on"],
            "de": ["Datum", "Aufgeladen am"],
        },
        0.2,
        0.7,
        status=status,
    )
    rows.append(("small", METER_NETWORKS[supplier]))
    if status == "pending":
        rows.append(
            (
                "small",
                "Your meter will update within 30 minutes."
                if where != "DE"
                else "Der Zähler wird in 30 Min. aktualisiert.",
            )
        )
    truth = truth_fields(supplier, total, sheet.currency, txn, dated, method, status)
    style = rng.choice([dict(SCREEN, width=480), DARK, _sized(EMAIL, 19)])
    return rows, truth, _page(font, rows, style, supplier)


# ---------------------------------------------------------------- 7 aviation fuel uplift at an airfield


AIRFIELDS = {
    "IN": ["Sahyadri Flying Club", "Bhoj Aero Club"],
    "GB": ["Marlow Vale Aerodrome Ltd"],
    "US": ["Skyline Aviation FBO"],
    "IE": ["Shannonside Aero Services"],
    "DE": ["Flugplatz Hohenmoor GmbH"],
    "FR": ["Aéroclub du Vexin"],
    "NL": ["Aeroclub Zeeland Vliegveld"],
    "ES": ["Aeródromo La Dehesa"],
}
AIRFIELD_PLACES = {
    "Sahyadri Flying Club": "Baramati Airport (VABR), Pune district",
    "Bhoj Aero Club": "Raja Bhoj Airport (VABP), Bhopal",
    "Marlow Vale Aerodrome Ltd": "Marlow Vale Airfield (EGMV), Buckinghamshire",
    "Skyline Aviation FBO": "Ramona Airport (KRNM), Ramona, CA 92065",
    "Shannonside Aero Services": "Coonagh Airfield (EICN), Limerick",
    "Flugplatz Hohenmoor GmbH": "Sonderlandeplatz Hohenmoor (EDXH)",
    "Aéroclub du Vexin": "Aérodrome de Pontoise (LFPT)",
    "Aeroclub Zeeland Vliegveld": "Vliegveld Midden-Zeeland (EHMZ)",
    "Aeródromo La Dehesa": "Aeródromo La Dehesa (LEDH), Toledo",
}
AIRCRAFT = {
    "IN": ["VT-", 3],
    "GB": ["G-", 4],
    "US": ["N", 0],
    "IE": ["EI-", 3],
    "DE": ["D-E", 3],
    "FR": ["F-G", 3],
    "NL": ["PH-", 3],
    "ES": ["EC-", 3],
}
TYPES = ["Cessna 172S", "Piper PA-28-161", "Robin DR400", "Diamond DA40", "Cessna 152", "Tecnam P2008"]
# fuel, price per litre (per US gallon on US pages) in the page's currency
FUELS = {
    "IN": [("AVGAS 100LL", 310.0)],
    "GB": [("AVGAS 100LL", 2.89), ("UL91", 2.65), ("Jet A-1", 1.79)],
    "US": [("100LL", 7.45), ("Jet A", 6.35)],
    "IE": [("AVGAS 100LL", 3.15), ("Jet A-1", 2.05)],
    "DE": [("AVGAS 100LL", 3.39), ("UL91", 3.05)],
    "FR": [("AVGAS 100LL", 3.25), ("UL91", 2.95)],
    "NL": [("AVGAS 100LL", 3.49), ("UL91", 3.19)],
    "ES": [("AVGAS 100LL", 3.1), ("UL91", 2.89)],
}
BRANDS = ["Air BP", "TotalEnergies Aviation", "Shell Aviation", "World Fuel Services", "Q8Aviation"]
AV_RATE = {"IN": 0.0, "GB": 0.2, "US": 0.0, "IE": 0.23, "DE": 0.19, "FR": 0.2, "NL": 0.21, "ES": 0.21}


def avgas_uplift(rng: random.Random, font: str):
    """An airfield's fuel uplift ticket for a light aircraft (an Indian flying club in rupees, a UK aerodrome in
    pounds, a US FBO in dollars, an Irish aero services firm, a German Flugplatz, a French aéroclub, a Dutch
    aeroclub and a Spanish aeródromo in euros), a thermal slip: the airfield's ICAO code, the aircraft's
    registration and type, the pilot and their licence (never the payee), the fuel (AVGAS 100LL, UL91, Jet A-1),
    litres or US gallons at a price, the bowser's meter readings before and after, the fuel's brand (Air BP,
    TotalEnergies, Shell Aviation; never the payee), a landing fee, VAT / MwSt. / TVA / BTW / IVA added or
    included, a state VAT on Indian pages, Total / TOTAL / Gesamt / Total TTC / Totaal / Total a pagar, the way
    to pay in a share, the fuel ticket's own number in a share, the date and a UTC time in a share; APPROVED /
    DECLINED / Zahlung erfolgt / abgelehnt / Paiement accepté / refusé / Betaald / Geweigerd / Operación aprobada /
    denegada on card pages in a share."""
    where, firm = _country(rng, AIRFIELDS)
    sheet = Sheet(rng, font, where, ["sign", "rs", "code_before"])
    when = day(rng)
    rows: list[tuple] = [("title", firm), ("center", AIRFIELD_PLACES[firm])]
    rows.append(
        (
            "center",
            sheet.w(
                {
                    "en": ["FUEL UPLIFT", "Fuel ticket", "FUEL SALE"],
                    "de": ["Tankbeleg", "Kraftstoffabgabe"],
                    "fr": ["Bon d'avitaillement", "Ticket carburant"],
                    "nl": ["Tankbon"],
                    "es": ["Vale de combustible", "Ticket repostaje"],
                }
            ),
        )
    )
    dated = sheet.dated(
        rows,
        when,
        {"en": ["Date", "DATE"], "de": ["Datum"], "fr": ["Date"], "nl": ["Datum"], "es": ["Fecha"]},
        0.15,
        0.0,
    )
    if shown(rng, 0.6):
        rows.append(("pair", "UTC", f"{rng.randrange(6, 19):02d}{rng.randrange(60):02d}Z"))
    prefix, n = AIRCRAFT[where]
    reg = prefix + (code(rng, n, UPPER) if n else digits(rng, 3) + code(rng, 2, UPPER))
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "en": ["Aircraft reg", "A/C reg", "Registration"],
                    "de": ["Kennzeichen"],
                    "fr": ["Immatriculation"],
                    "nl": ["Registratie"],
                    "es": ["Matrícula"],
                }
            ),
            reg,
        )
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                {"en": "Type", "de": "Muster", "fr": "Type", "nl": "Type", "es": "Modelo"}[sheet.lang],
                rng.choice(TYPES),
            )
        )
    pilot = sheet.person()
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "en": ["Pilot", "PIC", "Pilot in command"],
                    "de": ["Pilot/in"],
                    "fr": ["Pilote", "CdB"],
                    "nl": ["Gezagvoerder", "Piloot"],
                    "es": ["Piloto"],
                }
            ),
            pilot,
        )
    )
    if shown(rng, 0.35):
        lic = {"IN": "CPL " + digits(rng, 4), "US": digits(rng, 7)}.get(
            where, f"{where}.FCL.PPL.{digits(rng, 5)}"
        )
        rows.append(
            (
                "pair",
                {
                    "en": "Licence no",
                    "de": "Lizenz-Nr.",
                    "fr": "Licence n°",
                    "nl": "Brevet nr.",
                    "es": "Licencia nº",
                }[sheet.lang]
                if where != "US"
                else "Certificate #",
                lic,
            )
        )
    rows.append(("rule",))
    fuel, price = rng.choice(FUELS[where])
    gallons = where == "US"
    qty = round(rng.uniform(12, 45), 1) if gallons else round(rng.uniform(35, 160), 1)
    start = round(rng.uniform(10000, 90000), 1)
    if shown(rng, 0.5):
        meter = {
            "en": ("Meter start", "Meter end"),
            "de": ("Zähler vorher", "Zähler nachher"),
            "fr": ("Compteur début", "Compteur fin"),
            "nl": ("Meterstand begin", "Meterstand eind"),
            "es": ("Contador inicial", "Contador final"),
        }[sheet.lang]
        rows.append(("pair", meter[0], sheet.num(start, 1)))
        rows.append(("pair", meter[1], sheet.num(round(start + qty, 1), 1)))
    unit = "USG" if gallons else "L"
    fuel_line = round(qty * price, 2)
    rows.append(("left", f"{fuel}  {sheet.num(qty, 1)} {unit} @ {sheet.m(price)}/{unit}"))
    rows.append(
        (
            "pair",
            {"en": "Fuel", "de": "Kraftstoff", "fr": "Carburant", "nl": "Brandstof", "es": "Combustible"}[
                sheet.lang
            ],
            sheet.m(fuel_line),
        )
    )
    net = fuel_line
    if shown(rng, 0.4):
        landing = {
            "IN": 1500.0,
            "GB": 18.0,
            "US": 10.0,
            "IE": 20.0,
            "DE": 12.5,
            "FR": 9.8,
            "NL": 15.0,
            "ES": 12.0,
        }[where]
        rows.append(
            (
                "pair",
                {
                    "en": "Landing fee",
                    "de": "Landegebühr",
                    "fr": "Redevance d'atterrissage",
                    "nl": "Landingsgeld",
                    "es": "Tasa de aterrizaje",
                }[sheet.lang],
                sheet.m(landing),
            )
        )
        net = round(net + landing, 2)
    if where == "IN":
        rows.append(("pair", "Subtotal", sheet.m(net)))
        vat = round(net * 0.25, 2)
        rows.append(("pair", "VAT on ATF @ 25%", sheet.m(vat)))
        total = round(net + vat, 2)
    elif where == "US":
        rows.append(("small", "Federal excise tax included"))
        total = net
    else:
        total = sheet.tax(rows, net, AV_RATE[where], added=shown(rng, 0.5))
    kinds = ["card", "card", "cash"] if where != "IN" else ["card", "UPI", "cash"]
    printed, method = sheet.way(kinds)
    roll = rng.random()
    status = None
    if method == "card":
        status = None if roll < 0.35 else ("failed" if roll < 0.55 else "success")
    sheet.total(
        rows,
        total,
        status,
        {
            "en": ["TOTAL", "Total", "Amount"],
            "de": ["Gesamt", "Summe"],
            "fr": ["Total TTC", "TOTAL"],
            "nl": ["Totaal", "TOTAAL"],
            "es": ["Total a pagar", "TOTAL"],
        },
        {"en": ["Amount paid"], "de": ["Bezahlt"]},
    )
    if status is None and rng.random() < 0.25:
        method = None
    else:
        pool = METHOD_LABELS[sheet.lang]
        if status in ("failed", "pending"):
            pool = [label for label in pool if not label.startswith(PAID_WORDS)]
        rows.append(("pair", rng.choice(pool), printed))
    if method == "card" and shown(rng, 0.5):
        rows.append(("left", f"{rng.choice(['VISA', 'MASTERCARD', 'AMEX'])} ************{digits(rng, 4)}"))
    ref = {
        "IN": ("SFC/" if firm.startswith("Sahyadri") else "BAC-") + digits(rng, 4),
        "US": digits(rng, 6),
    }.get(where, rng.choice(["", "F", "T"]) + digits(rng, 5))
    txn = sheet.ident(
        rows,
        {
            "en": ["Fuel ticket no", "Uplift no", "Receipt no"],
            "de": ["Beleg-Nr.", "Tankbeleg-Nr."],
            "fr": ["Bon n°", "N° de bon"],
            "nl": ["Bonnummer", "Tankbon nr."],
            "es": ["Nº vale", "Nº ticket"],
        },
        ref,
        0.2,
    )
    if status:
        rows.append(
            (
                "center",
                sheet.w(
                    {
                        "en": ["APPROVED", "Approved - thank you"]
                        if status == "success"
                        else ["DECLINED", "NOT AUTHORISED"],
                        "de": ["Zahlung erfolgt"] if status == "success" else ["Zahlung abgelehnt"],
                        "fr": ["Paiement accepté"] if status == "success" else ["Paiement refusé"],
                        "nl": ["Betaald"] if status == "success" else ["Geweigerd"],
                        "es": ["Operación aprobada"] if status == "success" else ["Operación denegada"],
                    }
                ),
            )
        )
    rows.append(
        (
            "small",
            {
                "en": "Fuel supplied by ",
                "de": "Kraftstoff von ",
                "fr": "Carburant fourni par ",
                "nl": "Brandstof geleverd door ",
                "es": "Combustible suministrado por ",
            }[sheet.lang]
            + rng.choice(BRANDS),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                {
                    "en": "Refuelled by",
                    "de": "Betankt von",
                    "fr": "Avitailleur",
                    "nl": "Getankt door",
                    "es": "Repostado por",
                }[sheet.lang],
                sheet.staff().split()[0],
            )
        )
    truth = truth_fields(firm, total, sheet.currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, THERMAL, firm, rng.choice([400, 440]))


# ---------------------------------------------------------------- 8 coal, briquettes and logs delivery docket


FUEL_MERCHANTS = {
    "IN": ["Shree Ganesh Lakdi Taal & Coal Depot"],
    "GB": ["Hearth & Home Fuels Ltd"],
    "US": ["Timberline Firewood Co."],
    "IE": ["Lakeside Coal & Fuels"],
    "DE": ["Brennstoffhandel Köhler"],
    "FR": ["Bois de Chauffage du Morvan"],
    "NL": ["Haardhouthandel De Veluwe"],
    "ES": ["Leñas y Carbones Prieto"],
}
FUEL_PLACES = {
    "Shree Ganesh Lakdi Taal & Coal Depot": "Near Octroi Naka, Nashik Road, Nashik 422101",
    "Hearth & Home Fuels Ltd": "Station Yard, Hexham NE46 1ET",
    "Timberline Firewood Co.": "1180 Route 7, Bennington, VT 05201",
    "Lakeside Coal & Fuels": "Dublin Road, Mullingar, Co. Westmeath N91 F2K7",
    "Brennstoffhandel Köhler": "Am Güterbahnhof 6, 37073 Göttingen",
    "Bois de Chauffage du Morvan": "Route de Saulieu, 58230 Montsauche",
    "Haardhouthandel De Veluwe": "Harderwijkerweg 14, 3852 AB Ermelo",
    "Leñas y Carbones Prieto": "Polígono El Nogal, nave 7, 28110 Algete",
}
# (what, unit, price per unit in the page's currency, lowest and highest count)
SOLID_FUELS = {
    "IN": [
        ("Babool firewood", "qtl", 650.0, 2, 8),
        ("Charcoal (koyla)", "kg", 38.0, 20, 120),
        ("Steam coal", "qtl", 1450.0, 1, 4),
    ],
    "GB": [
        ("Smokeless ovals 25kg", "bag", 22.5, 2, 8),
        ("House coal 25kg", "bag", 19.75, 2, 8),
        ("Kiln-dried ash logs, bulk bag", "bag", 115.0, 1, 2),
        ("Kindling net", "net", 4.5, 1, 4),
    ],
    "US": [
        ("Seasoned oak", "cord", 345.0, 1, 2),
        ("Mixed hardwood", "face cord", 145.0, 1, 3),
        ("Kindling bundle", "bundle", 7.0, 1, 4),
    ],
    "IE": [
        ("Coal 40kg", "bag", 38.5, 2, 6),
        ("Peat briquettes", "bale", 6.5, 5, 20),
        ("Kiln dried logs", "net", 9.5, 2, 10),
        ("Smokeless coal 20kg", "bag", 24.0, 2, 6),
    ],
    "DE": [
        ("Buche 33 cm", "SRM", 115.0, 1, 4),
        ("Braunkohlebriketts 25 kg", "Bündel", 9.9, 4, 20),
        ("Anzündholz", "Sack", 6.5, 1, 4),
    ],
    "FR": [
        ("Chêne 50 cm", "stère", 95.0, 2, 6),
        ("Bûches compressées", "palette", 289.0, 1, 1),
        ("Petit bois d'allumage", "sac", 6.9, 1, 4),
    ],
    "NL": [
        ("Eikenhout haardhout", "m³", 165.0, 1, 3),
        ("Berkenhout", "m³", 175.0, 1, 2),
        ("Aanmaakhout", "zak", 5.95, 1, 4),
    ],
    "ES": [
        ("Leña de encina", "kg", 0.22, 300, 1200),
        ("Carbón vegetal 15 kg", "saco", 14.5, 1, 6),
        ("Astillas para encender", "saco", 5.5, 1, 3),
    ],
}
MEASURES = ("qtl", "kg", "cord", "face cord", "SRM", "stère", "m³")
SOLID_RATE = {"IN": 0.05, "GB": 0.05, "US": 0.06, "IE": 0.135, "DE": 0.07, "FR": 0.1, "NL": 0.21, "ES": 0.21}


def solid_fuel_docket(rng: random.Random, font: str):
    """A coal, briquette and firewood merchant's delivery docket (a lakdi taal and coal depot in rupees, a UK coal
    merchant in pounds, a Vermont firewood yard in dollars, an Irish coal and fuel yard, a German Brennstoffhandel, a
    French firewood seller, a Dutch haardhout dealer and a Spanish leñas y carbones in euros), a printed docket: the
    customer and the delivery address (a household, a pub, a GAA club; never the payee), the account number (never
    the id), the driver and the lorry's registration (never the id), the day ordered (never the day paid), bags,
    bales, nets, cords, stères, Raummeter or quintals at a price, moisture, stacking or carrying in, delivery, the
    carbon tax included on Irish pages, VAT 5% / 13.5% / MwSt. 7% / TVA 10% / BTW / IVA / GST 5% added or included,
    empty bags taken back, the balance on account after it (never the amount), Total / Amount received / Gesamt /
    Net à payer / Totaal / Total, paid to the driver in cash, by card or by transfer in a share, the docket's own
    number in a share, the day delivered and paid in a share; PAID / Bezahlt / Payé / Betaald / Pagado in a share."""
    where, firm = _country(rng, FUEL_MERCHANTS)
    sheet = Sheet(rng, font, where, ["rs", "rs_slash", "sign", "code_after"])
    when = day(rng)
    rows: list[tuple] = [("title", firm), ("center", FUEL_PLACES[firm])]
    rows.append(
        (
            "center",
            sheet.w(
                {
                    "IN": ["CASH MEMO", "DELIVERY CHALLAN CUM BILL"],
                    "en": ["DELIVERY DOCKET", "Delivery note / Receipt"],
                    "US": ["DELIVERY TICKET", "Invoice / Receipt"],
                    "de": ["Lieferschein / Quittung"],
                    "fr": ["Bon de livraison / Facture"],
                    "nl": ["Afleverbon / Kwitantie"],
                    "es": ["Albarán / Factura"],
                }
            ),
        )
    )
    rows.append(("rule",))
    customer = rng.choice(
        {
            "IN": ["Hotel Panchavati Dhaba", "Shinde Mala Farm", "Rahul Mehra"],
            "GB": ["The Black Bull Inn", "Mrs R. Abernathy"],
            "US": ["Ethan Brooks", "Maple Hollow B&B"],
            "IE": ["Rathowen GAA Club", "Siobhan Murphy"],
            "DE": ["Gasthaus Zur Linde", "Paul Zimmermann"],
            "FR": ["Gîte Les Grands Prés", "Julien Moreau"],
            "NL": ["Bram Visser", "Restaurant De Haard"],
            "ES": ["Asador El Fogón", "Carmen Ruiz"],
        }[where]
    )
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "en": ["Customer", "Deliver to", "Name"],
                    "de": ["Kunde", "Lieferung an"],
                    "fr": ["Client"],
                    "nl": ["Klant", "Afleveradres"],
                    "es": ["Cliente"],
                }
            ),
            customer,
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                {
                    "en": "Account no",
                    "de": "Kunden-Nr.",
                    "fr": "N° client",
                    "nl": "Klantnr.",
                    "es": "Nº cliente",
                }[sheet.lang],
                rng.choice(["A", "C", ""]) + digits(rng, 5),
            )
        )
    ordered = _earlier(when, rng, 2, 12)
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                {
                    "en": "Ordered",
                    "de": "Bestellt am",
                    "fr": "Commandé le",
                    "nl": "Besteld op",
                    "es": "Pedido el",
                }[sheet.lang],
                sheet.date(ordered),
            )
        )
    lorry = {
        "IN": f"MH-15-{code(rng, 2, UPPER)}-{digits(rng, 4)}",
        "GB": f"{code(rng, 2, UPPER)}{digits(rng, 2)} {code(rng, 3, UPPER)}",
        "US": f"VT {digits(rng, 3)}{code(rng, 3, UPPER)}",
        "IE": f"{rng.choice(['221', '232', '241'])}-WH-{digits(rng, 4)}",
        "DE": f"GÖ-{code(rng, 2, UPPER)} {digits(rng, 3)}",
        "FR": f"{code(rng, 2, UPPER)}-{digits(rng, 3)}-{code(rng, 2, UPPER)}",
        "NL": f"{code(rng, 2, UPPER)}-{digits(rng, 3)}-{code(rng, 1, UPPER)}",
        "ES": f"{digits(rng, 4)} {code(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
    }[where]
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "en": ["Driver / Lorry", "Driver / Vehicle"],
                    "de": ["Fahrer / Fahrzeug"],
                    "fr": ["Chauffeur / Véhicule"],
                    "nl": ["Chauffeur / Kenteken"],
                    "es": ["Conductor / Matrícula"],
                }
            ),
            f"{sheet.staff().split()[0]} / {lorry}",
        )
    )
    rows.append(("rule",))
    net = 0.0
    for name, unit, price, low, high in rng.sample(SOLID_FUELS[where], rng.randint(1, 3)):
        n = rng.randint(low, high)
        line = round(n * price, 2)
        if unit in MEASURES:
            text = f"{name} {n} {unit} @ {sheet.m(price)}/{unit}"
        else:
            text = f"{n} x {name} @ {sheet.m(price)}"
        rows.append(("pair", text, sheet.m(line)))
        net = round(net + line, 2)
    if where in ("GB", "IE", "DE", "NL") and shown(rng, 0.4):
        rows.append(
            (
                "small",
                {
                    "en": "Moisture content under 20%",
                    "de": "Restfeuchte unter 20 %",
                    "nl": "Vochtgehalte onder 20%",
                }[sheet.lang],
            )
        )
    if shown(rng, 0.5):
        carry = {
            "IN": 200.0,
            "GB": 10.0,
            "US": 40.0,
            "IE": 10.0,
            "DE": 25.0,
            "FR": 30.0,
            "NL": 25.0,
            "ES": 20.0,
        }[where]
        rows.append(
            (
                "pair",
                sheet.w(
                    {
                        "IN": ["Loading / unloading"],
                        "en": ["Carry in & stack", "Delivery"],
                        "US": ["Stacking"],
                        "de": ["Anfahrt", "Einlagern"],
                        "fr": ["Livraison", "Rangement"],
                        "nl": ["Bezorgen", "Stapelen"],
                        "es": ["Porte", "Descarga"],
                    }
                ),
                sheet.m(carry),
            )
        )
        net = round(net + carry, 2)
    if where in ("GB", "IE") and shown(rng, 0.35):
        back = rng.randint(1, 4)
        rows.append(("pair", f"{back} empty bags returned", "-" + sheet.m(back * 0.5)))
        net = round(net - back * 0.5, 2)
    added = where in ("IN", "US", "FR", "NL", "ES") or shown(rng, 0.4)
    total = sheet.tax(rows, net, SOLID_RATE[where], added=added)
    if where == "IE":
        rows.append(("pair", "incl. Solid fuel carbon tax", sheet.m(round(total * 0.08, 2))))
    sheet.total(
        rows,
        total,
        None,
        {
            "IN": ["Net Amount", "Total"],
            "en": ["Total", "TOTAL", "Amount due"],
            "de": ["Gesamt", "Rechnungsbetrag"],
            "fr": ["Net à payer", "Total TTC"],
            "nl": ["Totaal", "Te betalen"],
            "es": ["Total", "Total factura"],
        },
        {
            "en": ["Amount received"],
            "de": ["Erhalten"],
            "fr": ["Montant reçu"],
            "nl": ["Ontvangen"],
            "es": ["Recibido"],
        },
    )
    kinds = ["cash", "cash", "UPI"] if where == "IN" else ["cash", "cash", "card", "netbanking"]
    method = sheet.pay(
        rows,
        kinds,
        {
            "en": ["Payment", "Paid by", "Method"],
            "de": ["Zahlweise"],
            "fr": ["Règlement"],
            "nl": ["Betaalwijze"],
            "es": ["Forma de pago"],
        },
        0.2,
    )
    if shown(rng, 0.3):
        rows.append(
            (
                "pair",
                {
                    "en": "Balance on account",
                    "de": "Kontostand",
                    "fr": "Solde du compte",
                    "nl": "Saldo rekening",
                    "es": "Saldo cuenta",
                }[sheet.lang],
                sheet.m(0.0),
            )
        )
    ref = rng.choice(["", "D", "No. "]) + digits(rng, rng.choice([4, 5]))
    if where == "IN":
        ref = digits(rng, 3)
    txn = sheet.ident(
        rows,
        {
            "IN": ["Bill No.", "Memo No."],
            "en": ["Docket no", "Receipt no", "Delivery no"],
            "US": ["Ticket #", "Invoice #"],
            "de": ["Lieferschein-Nr.", "Beleg-Nr."],
            "fr": ["Facture n°", "Bon n°"],
            "nl": ["Bonnummer", "Factuurnr."],
            "es": ["Nº albarán", "Factura nº"],
        },
        ref,
        0.2,
    )
    dated = sheet.dated(
        rows,
        when,
        {
            "en": ["Date", "Delivered"],
            "de": ["Datum", "Geliefert am"],
            "fr": ["Date", "Livré le"],
            "nl": ["Datum", "Geleverd op"],
            "es": ["Fecha", "Entregado el"],
        },
        0.2,
        0.2,
    )
    status = None
    if shown(rng, 0.55):
        status = "success"
        rows.append(
            (
                "center",
                sheet.w(
                    {
                        "en": ["PAID", "PAID WITH THANKS"],
                        "de": ["BEZAHLT", "Betrag dankend erhalten"],
                        "fr": ["PAYÉ", "Pour acquit"],
                        "nl": ["BETAALD", "Voldaan"],
                        "es": ["PAGADO", "Recibí"],
                    }
                ),
            )
        )
    rows.append(
        (
            "small",
            sheet.w(
                {
                    "en": ["Customer signature: ____________"],
                    "de": ["Unterschrift: ____________"],
                    "fr": ["Signature client : ____________"],
                    "nl": ["Handtekening: ____________"],
                    "es": ["Firma cliente: ____________"],
                }
            ),
        )
    )
    truth = truth_fields(firm, total, sheet.currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(rng.choice([PAPER, A4]), 18), firm)


# ---------------------------------------------------------------- 9 roadside breakdown and recovery call-out


RECOVERY = {
    "IN": ["Highway Rescue Towing Services", "Sai Krupa Crane & Towing"],
    "GB": ["M62 Vehicle Recovery Ltd"],
    "US": ["Big Sky Towing & Recovery"],
    "IE": ["Midland Motor Recovery"],
    "DE": ["Abschleppdienst Krüger GmbH"],
    "FR": ["Dépannage Auto Martin"],
    "NL": ["Bergingsbedrijf Van Dijk"],
    "ES": ["Grúas Hermanos Ortega"],
}
RECOVERY_PLACES = {
    "Highway Rescue Towing Services": "NH 48, Near Khed Shivapur Toll, Pune 412205",
    "Sai Krupa Crane & Towing": "Hosur Road, Electronic City, Bengaluru 560100",
    "M62 Vehicle Recovery Ltd": "Unit 9, Lowfields Way, Elland HX5 9DA",
    "Big Sky Towing & Recovery": "2400 Laurel Rd, Billings, MT 59101",
    "Midland Motor Recovery": "Clonminch Industrial Estate, Tullamore R35 X3C1",
    "Abschleppdienst Krüger GmbH": "Industriestraße 41, 33689 Bielefeld",
    "Dépannage Auto Martin": "ZA des Portes de l'Oise, 60230 Chambly",
    "Bergingsbedrijf Van Dijk": "Industrieweg 18, 4104 AR Culemborg",
    "Grúas Hermanos Ortega": "Ctra. N-IV km 12, 28906 Getafe",
}
INCIDENTS = {
    "IN": ["Mumbai-Pune Expressway km 68", "NH 48 near Chakan"],
    "GB": ["M62 J24 eastbound hard shoulder", "A629 Halifax Road, Elland"],
    "US": ["I-90 mile marker 452 WB", "US-87 N, Billings"],
    "IE": ["M6 J5 westbound", "N52 Tullamore bypass"],
    "DE": ["A2 km 342, Fahrtrichtung Hannover", "Herforder Str. 120, Bielefeld"],
    "FR": ["A16 PR 28, sens Paris", "RD 1001, Chambly"],
    "NL": ["A2 hmp 62,4 Li", "Rijksweg N320, Culemborg"],
    "ES": ["A-4 km 14, sentido Madrid", "M-45 salida 17"],
}
GARAGES = {
    "IN": ["Maruti Suzuki Arena, Wakad", "Tata Motors Service, Hinjewadi"],
    "GB": ["Kwik Fit Halifax", "Elland Road Garage"],
    "US": ["Midas Billings", "Rimrock Auto Repair"],
    "IE": ["Tullamore Motors", "Joe Duffy Service Centre"],
    "DE": ["ATU Bielefeld", "Autohaus Bröring"],
    "FR": ["Norauto Beauvais", "Garage Renault Chambly"],
    "NL": ["Kwik-Fit Culemborg", "Autobedrijf De Wit"],
    "ES": ["Talleres Getafe Motor", "Midas Getafe"],
}
INSURERS = {
    "IN": ["ICICI Lombard", "Bajaj Allianz"],
    "GB": ["Aviva", "Direct Line"],
    "US": ["GEICO", "State Farm"],
    "IE": ["FBD Insurance", "AXA Ireland"],
    "DE": ["HUK-COBURG", "Allianz"],
    "FR": ["MAIF", "AXA"],
    "NL": ["Centraal Beheer", "ANWB"],
    "ES": ["Mapfre", "Línea Directa"],
}
CARS = [
    "Maruti Swift",
    "Hyundai Creta",
    "VW Golf",
    "Ford Focus",
    "Toyota Corolla",
    "Renault Clio",
    "Peugeot 208",
    "Seat León",
    "Skoda Octavia",
]
RECOVERY_RATE = {"IN": 0.18, "GB": 0.2, "US": 0.0, "IE": 0.23, "DE": 0.19, "FR": 0.2, "NL": 0.21, "ES": 0.21}


def breakdown_callout(rng: random.Random, font: str):
    """A roadside breakdown and recovery firm's call-out receipt (two towing services in rupees, a UK recovery firm
    in pounds, a Montana towing company in dollars, an Irish, a German, a French, a Dutch and a Spanish one in euros),
    an A4 or a printed sheet: the driver of the car (never the payee), the car's make and registration, the place it
    broke down (a motorway's kilometre or mile marker), the time called and the time arrived, the job number (never
    the id), the garage it was towed to and the insurer with its claim reference (never the payee nor the id), the
    recovery operator (never the payee), a call-out fee, miles or kilometres towed at a rate, winching, a night or
    weekend surcharge, storage days, GST / VAT / MwSt. / TVA / BTW / IVA added or included, Total / Amount due /
    Gesamtbetrag / Total TTC / Totaal / Total factura, the way to pay in a share, the invoice's or receipt's own number
    in a share, the day in a share; PAID / Bezahlt / Payé / Betaald / Pagado or a card's approval in a share."""
    where, firm = _country(rng, RECOVERY)
    sheet = Sheet(rng, font, where, ["rs", "sign", "code_before", "rs_slash"])
    when = day(rng)
    rows: list[tuple] = [("title", firm), ("center", RECOVERY_PLACES[firm])]
    rows.append(
        (
            "center",
            sheet.w(
                {
                    "IN": ["TOWING BILL", "RECOVERY RECEIPT"],
                    "en": ["Recovery invoice / receipt", "CALL-OUT RECEIPT"],
                    "de": ["Rechnung Pannenhilfe / Abschleppen"],
                    "fr": ["Facture de dépannage-remorquage"],
                    "nl": ["Factuur berging / sleepdienst"],
                    "es": ["Factura asistencia en carretera"],
                }
            ),
        )
    )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            {
                "en": "Job no",
                "de": "Einsatz-Nr.",
                "fr": "N° d'intervention",
                "nl": "Meldingsnr.",
                "es": "Nº servicio",
            }[sheet.lang],
            code(rng, 2, UPPER) + digits(rng, 6),
        )
    )
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "en": ["Customer", "Driver"],
                    "de": ["Fahrer/in", "Kunde"],
                    "fr": ["Conducteur", "Client"],
                    "nl": ["Bestuurder", "Klant"],
                    "es": ["Conductor", "Cliente"],
                }
            ),
            sheet.person(),
        )
    )
    plate = {
        "IN": f"MH-12-{code(rng, 2, UPPER)}-{digits(rng, 4)}",
        "GB": f"{code(rng, 2, UPPER)}{digits(rng, 2)} {code(rng, 3, UPPER)}",
        "US": f"MT {digits(rng, 1)}-{digits(rng, 4)}{code(rng, 1, UPPER)}",
        "IE": f"{rng.choice(['191', '202', '231'])}-OY-{digits(rng, 4)}",
        "DE": f"BI-{code(rng, 2, UPPER)} {digits(rng, 3)}",
        "FR": f"{code(rng, 2, UPPER)}-{digits(rng, 3)}-{code(rng, 2, UPPER)}",
        "NL": f"{code(rng, 1, UPPER)}-{digits(rng, 3)}-{code(rng, 2, UPPER)}",
        "ES": f"{digits(rng, 4)} {code(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}",
    }[where]
    rows.append(
        (
            "pair",
            {"en": "Vehicle", "de": "Fahrzeug", "fr": "Véhicule", "nl": "Voertuig", "es": "Vehículo"}[
                sheet.lang
            ],
            f"{rng.choice(CARS)}  {plate}",
        )
    )
    rows.append(
        (
            "pair",
            {"en": "Location", "de": "Einsatzort", "fr": "Lieu", "nl": "Locatie", "es": "Lugar"}[sheet.lang],
            rng.choice(INCIDENTS[where]),
        )
    )
    called = rng.randrange(0, 24)
    arrived = (called + 1) % 24
    rows.append(
        (
            "pair",
            {
                "en": "Called / Arrived",
                "de": "Alarmiert / Vor Ort",
                "fr": "Appel / Arrivée",
                "nl": "Melding / Aankomst",
                "es": "Aviso / Llegada",
            }[sheet.lang],
            f"{called:02d}:{rng.randrange(60):02d} / {arrived:02d}:{rng.randrange(60):02d}",
        )
    )
    towed = shown(rng, 0.7)
    if towed:
        rows.append(
            (
                "pair",
                {
                    "en": "Towed to",
                    "de": "Abgeschleppt nach",
                    "fr": "Remorqué vers",
                    "nl": "Gesleept naar",
                    "es": "Trasladado a",
                }[sheet.lang],
                rng.choice(GARAGES[where]),
            )
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                {
                    "en": "Insurer / Claim ref",
                    "de": "Versicherung / Schaden-Nr.",
                    "fr": "Assureur / N° sinistre",
                    "nl": "Verzekeraar / Schadenr.",
                    "es": "Aseguradora / Nº siniestro",
                }[sheet.lang],
                f"{rng.choice(INSURERS[where])} / {digits(rng, 9)}",
            )
        )
    rows.append(
        (
            "pair",
            {
                "en": "Operator",
                "de": "Fahrer Abschleppwagen",
                "fr": "Dépanneur",
                "nl": "Berger",
                "es": "Gruista",
            }[sheet.lang],
            sheet.staff(),
        )
    )
    rows.append(("rule",))
    callout = {
        "IN": 1500.0,
        "GB": 95.0,
        "US": 125.0,
        "IE": 110.0,
        "DE": 119.0,
        "FR": 130.0,
        "NL": 125.0,
        "ES": 90.0,
    }[where]
    rows.append(
        (
            "pair",
            {
                "en": "Call-out fee",
                "de": "Anfahrtspauschale",
                "fr": "Forfait intervention",
                "nl": "Voorrijkosten",
                "es": "Salida",
            }[sheet.lang],
            sheet.m(callout),
        )
    )
    net = callout
    if towed:
        miles = where in ("GB", "US")
        distance = rng.randint(4, 45)
        rate = {"IN": 45.0, "GB": 3.5, "US": 4.5, "IE": 2.8, "DE": 3.2, "FR": 2.9, "NL": 3.0, "ES": 2.5}[
            where
        ]
        unit = "miles" if miles else "km"
        rows.append(
            (
                "pair",
                f"{'Tow' if sheet.lang == 'en' else {'de': 'Schleppen', 'fr': 'Remorquage', 'nl': 'Slepen', 'es': 'Remolque'}[sheet.lang]} {distance} {unit} @ {sheet.m(rate)}",
                sheet.m(round(distance * rate, 2)),
            )
        )
        net = round(net + distance * rate, 2)
    if shown(rng, 0.3):
        winch = {
            "IN": 800.0,
            "GB": 45.0,
            "US": 75.0,
            "IE": 50.0,
            "DE": 60.0,
            "FR": 55.0,
            "NL": 60.0,
            "ES": 40.0,
        }[where]
        rows.append(
            (
                "pair",
                {
                    "en": "Winching",
                    "de": "Bergung/Winde",
                    "fr": "Treuillage",
                    "nl": "Lieren",
                    "es": "Rescate con cabrestante",
                }[sheet.lang],
                sheet.m(winch),
            )
        )
        net = round(net + winch, 2)
    if called >= 20 or called < 6:
        night = round(callout * 0.5, 2)
        rows.append(
            (
                "pair",
                {
                    "en": "Night surcharge",
                    "de": "Nachtzuschlag",
                    "fr": "Majoration de nuit",
                    "nl": "Nachttoeslag",
                    "es": "Recargo nocturno",
                }[sheet.lang],
                sheet.m(night),
            )
        )
        net = round(net + night, 2)
    if towed and shown(rng, 0.25):
        days_kept = rng.randint(1, 3)
        per_day = {
            "IN": 300.0,
            "GB": 20.0,
            "US": 35.0,
            "IE": 20.0,
            "DE": 15.0,
            "FR": 12.0,
            "NL": 15.0,
            "ES": 10.0,
        }[where]
        rows.append(
            (
                "pair",
                f"{ {'en': 'Storage', 'de': 'Standgebühr', 'fr': 'Gardiennage', 'nl': 'Stalling', 'es': 'Custodia'}[sheet.lang] } {days_kept} x {sheet.m(per_day)}",
                sheet.m(days_kept * per_day),
            )
        )
        net = round(net + days_kept * per_day, 2)
    if where != "US":
        rows.append(
            (
                "pair",
                {
                    "en": "Subtotal",
                    "de": "Netto",
                    "fr": "Total HT",
                    "nl": "Subtotaal",
                    "es": "Base imponible",
                }[sheet.lang],
                sheet.m(net),
            )
        )
    total = sheet.tax(rows, net, RECOVERY_RATE[where], added=True)
    kinds = ["cash", "UPI", "card"] if where == "IN" else ["card", "card", "cash", "wallet"]
    printed, method = sheet.way(kinds)
    roll = rng.random()
    status = None
    if roll < 0.35:
        status = "success"
    elif method == "card" and roll < 0.5:
        status = "failed"
    sheet.total(
        rows,
        total,
        status,
        {
            "IN": ["Total Amount", "Net Payable"],
            "en": ["Total", "Amount due", "TOTAL"],
            "de": ["Gesamtbetrag", "Rechnungsbetrag"],
            "fr": ["Total TTC", "Net à payer"],
            "nl": ["Totaal", "Te betalen"],
            "es": ["Total factura", "Total"],
        },
        {
            "en": ["Amount paid"],
            "de": ["Bezahlt"],
            "fr": ["Montant réglé"],
            "nl": ["Betaald"],
            "es": ["Importe pagado"],
        },
    )
    if status is None and rng.random() < 0.25:
        method = None
    else:
        pool = METHOD_LABELS[sheet.lang]
        if status == "failed":
            pool = [label for label in pool if not label.startswith(PAID_WORDS)]
        rows.append(("pair", rng.choice(pool), printed))
    ref = {"IN": rng.choice(["TB/", "HR-"]) + digits(rng, 4)}.get(
        where, rng.choice(["INV-", "R", ""]) + digits(rng, 5)
    )
    if where in ("DE", "FR", "ES"):
        ref = f"{when.year}-{digits(rng, 4)}"
    txn = sheet.ident(
        rows,
        {
            "IN": ["Bill No", "Receipt No"],
            "en": ["Invoice no", "Receipt no", "Invoice #"],
            "de": ["Rechnungs-Nr.", "Rechnungsnummer"],
            "fr": ["Facture n°", "N° de facture"],
            "nl": ["Factuurnummer", "Factuurnr."],
            "es": ["Nº factura", "Factura nº"],
        },
        ref,
        0.2,
    )
    dated = sheet.dated(
        rows,
        when,
        {
            "en": ["Date", "Invoice date"],
            "de": ["Datum", "Rechnungsdatum"],
            "fr": ["Date", "Date de facture"],
            "nl": ["Datum", "Factuurdatum"],
            "es": ["Fecha", "Fecha factura"],
        },
        0.2,
        0.2,
        status=status,
    )
    if status:
        words = {
            "success": {
                "en": ["PAID", "Paid with thanks", "Card payment approved"]
                if method == "card"
                else ["PAID", "Paid with thanks"],
                "de": ["Bezahlt", "Betrag dankend erhalten"],
                "fr": ["PAYÉ", "Acquitté"],
                "nl": ["BETAALD", "Voldaan"],
                "es": ["PAGADO"],
            },
            "failed": {
                "en": ["Card declined", "Payment declined"],
                "de": ["Karte abgelehnt", "Zahlung abgelehnt"],
                "fr": ["Carte refusée", "Paiement refusé"],
                "nl": ["Betaling geweigerd"],
                "es": ["Tarjeta denegada", "Pago rechazado"],
            },
        }[status]
        rows.append(("center", sheet.w(words)))
    truth = truth_fields(firm, total, sheet.currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(rng.choice([A4, PAPER]), 18), firm)


# ---------------------------------------------------------------- 10 call shop / locutorio / PCO booth


CALL_SHOPS = {
    "IN": ["Sai Ram STD ISD PCO & Xerox"],
    "GB": ["Globe Call Centre & Internet"],
    "US": ["Worldwide Calls & Cyber Corner"],
    "IE": ["Parnell Call Shop & Net"],
    "DE": ["Callshop Weltweit"],
    "FR": ["Téléboutique Barbès Connect"],
    "NL": ["Belwinkel Wereldwijd"],
    "ES": ["Locutorio Latinoamérica"],
}
CALL_PLACES = {
    "Sai Ram STD ISD PCO & Xerox": "Opp. Bus Stand, Station Road, Kozhikode 673001",
    "Globe Call Centre & Internet": "212 Green Street, London E7 8LE",
    "Worldwide Calls & Cyber Corner": "84-12 Roosevelt Ave, Jackson Heights, NY 11372",
    "Parnell Call Shop & Net": "41 Parnell Street, Dublin 1",
    "Callshop Weltweit": "Münchener Straße 19, 60329 Frankfurt am Main",
    "Téléboutique Barbès Connect": "27 boulevard Barbès, 75018 Paris",
    "Belwinkel Wereldwijd": "Kleiweg 112, 3051 GW Rotterdam",
    "Locutorio Latinoamérica": "Calle de Tribulete 9, 28012 Madrid",
}
# destination, country code, the number's length after it, rate a minute in the page's currency, its networks
DESTINATIONS = {
    "IN": [
        ("Dubai Mobile", "971", 9, 6.0, ["Etisalat", "du"]),
        ("Saudi Arabia", "966", 9, 7.5, ["STC", "Mobily"]),
        ("Qatar", "974", 8, 6.5, ["Ooredoo"]),
        ("Chennai STD", "044", 8, 1.2, ["BSNL"]),
    ],
    "GB": [
        ("Pakistan Mobile", "92", 10, 0.09, ["Jazz", "Zong"]),
        ("Nigeria Mobile", "234", 10, 0.12, ["MTN", "Glo"]),
        ("India", "91", 10, 0.05, ["Airtel", "Jio"]),
    ],
    "US": [
        ("Colombia Mobile", "57", 10, 0.06, ["Claro", "Tigo"]),
        ("Bangladesh", "880", 10, 0.08, ["Grameenphone"]),
        ("Ecuador Mobile", "593", 9, 0.09, ["Claro", "Movistar"]),
    ],
    "IE": [
        ("Brazil Mobile", "55", 11, 0.08, ["Vivo", "Claro"]),
        ("Poland", "48", 9, 0.04, ["Orange", "Play"]),
        ("Nigeria", "234", 10, 0.11, ["MTN", "Airtel"]),
    ],
    "DE": [
        ("Türkei Mobil", "90", 10, 0.07, ["Turkcell", "Vodafone TR"]),
        ("Ghana", "233", 9, 0.15, ["MTN", "AirtelTigo"]),
        ("Syrien", "963", 9, 0.25, ["Syriatel"]),
    ],
    "FR": [
        ("Algérie Mobile", "213", 9, 0.12, ["Djezzy", "Mobilis"]),
        ("Sénégal", "221", 9, 0.15, ["Orange", "Free"]),
        ("Maroc Fixe", "212", 9, 0.08, ["Maroc Telecom"]),
    ],
    "NL": [
        ("Suriname", "597", 7, 0.12, ["Telesur", "Digicel"]),
        ("Marokko Mobiel", "212", 9, 0.14, ["inwi", "Orange"]),
        ("Turkije", "90", 10, 0.06, ["Turkcell"]),
    ],
    "ES": [
        ("Ecuador Móvil", "593", 9, 0.08, ["Claro", "Movistar"]),
        ("Colombia Fijo", "57", 10, 0.03, ["ETB"]),
        ("Bolivia Móvil", "591", 8, 0.12, ["Entel", "Tigo"]),
    ],
}


def call_shop_slip(rng: random.Random, font: str):
    """A call shop's slip (an STD/ISD/PCO booth in rupees, a call centre and internet café in pounds, dollars and
    euros, a German Callshop, a French téléboutique, a Dutch belwinkel and a Spanish locutorio), a thermal slip: the
    cabin or booth and the PC, each call's dialled number with its country code and the country or network (never
    the id nor the payee), the start and end times and the minutes or pulses at a rate, internet time, prints or
    copies, a foreign operator's top-up sold (the operator never the payee), a money-transfer agent's sign (never the
    payee), Total / TOTAL / Gesamt / À payer / Totaal / Total a pagar, the tender (Cash, Bar, Espèces, Contant,
    Efectivo, a card) in a share with the cash handed over and the change, the slip's own number in a share, the date
    in a share; PAID / Bezahlt / Payé / Betaald / Pagado in a share."""
    where, shop = _country(rng, CALL_SHOPS)
    sheet = Sheet(rng, font, where, ["rs", "sign", "code_after"])
    when = day(rng)
    rows: list[tuple] = [("title", shop), ("center", CALL_PLACES[shop])]
    if where == "IN":
        rows.append(("center", f"PCO Regn. No. KL/{digits(rng, 5)}  Ph: 0495-{digits(rng, 7)}"))
    dated = sheet.dated(
        rows,
        when,
        {"en": ["Date", "DATE"], "de": ["Datum"], "fr": ["Date"], "nl": ["Datum"], "es": ["Fecha"]},
        0.15,
        0.0,
        0.5,
    )
    rows.append(("rule",))
    booth = {
        "en": "Booth" if where == "IN" else "Cabin",
        "de": "Kabine",
        "fr": "Cabine",
        "nl": "Cel",
        "es": "Cabina",
    }[sheet.lang]
    net = 0.0
    networks: list[str] = []
    for _ in range(rng.randint(1, 3)):
        dest, cc, length, rate, nets = rng.choice(DESTINATIONS[where])
        network = rng.choice(nets)
        networks.append(network)
        if cc.startswith("0"):
            number = f"{cc} {digits(rng, length)}"
        else:
            number = f"00{cc} {digits(rng, length)}" if rng.random() < 0.7 else f"+{cc} {digits(rng, length)}"
        start_h, start_m = rng.randrange(9, 21), rng.randrange(60)
        if where == "IN":
            pulses = rng.randint(6, 90)
            line = round(pulses * rate / (3 if cc.startswith("0") else 1), 2)
            rows.append(("left", f"{booth} {rng.randint(1, 4)}  {number}  {dest}"))
            rows.append(("pair", f"   {start_h:02d}:{start_m:02d}  Pulses {pulses}", sheet.m(line)))
        else:
            minutes, seconds = rng.randint(2, 38), rng.randrange(60)
            billed = minutes + (1 if seconds else 0)
            line = round(billed * rate, 2)
            rows.append(("left", f"{booth} {rng.randint(1, 8)}  {number}"))
            if shown(rng, 0.5):
                rows.append(("left", f"   {dest} ({network})"))
            rows.append(
                (
                    "pair",
                    f"   {start_h:02d}:{start_m:02d}  {minutes:02d}:{seconds:02d} min @ {sheet.m(rate)}",
                    sheet.m(line),
                )
            )
        net = round(net + line, 2)
    if shown(rng, 0.5):
        mins = rng.choice([30, 45, 60, 90])
        rate = {"IN": 30.0, "GB": 1.5, "US": 2.0, "IE": 2.0, "DE": 1.5, "FR": 1.5, "NL": 1.5, "ES": 1.2}[
            where
        ]
        price = round(rate * mins / 60, 2)
        rows.append(
            (
                "pair",
                f"{'Internet' if sheet.lang != 'de' else 'Internet-PC'} PC {rng.randint(1, 9)} {mins} min",
                sheet.m(price),
            )
        )
        net = round(net + price, 2)
    if shown(rng, 0.35):
        pages = rng.randint(2, 12)
        each = {"IN": 2.0, "GB": 0.2, "US": 0.25, "IE": 0.2, "DE": 0.2, "FR": 0.2, "NL": 0.25, "ES": 0.1}[
            where
        ]
        word = {
            "IN": "Xerox",
            "en": "Prints",
            "de": "Ausdrucke",
            "fr": "Impressions",
            "nl": "Prints",
            "es": "Impresiones",
        }
        rows.append(
            (
                "pair",
                f"{word.get(where) or word[sheet.lang]} {pages} x {sheet.m(each)}",
                sheet.m(round(pages * each, 2)),
            )
        )
        net = round(net + pages * each, 2)
    if where != "IN" and shown(rng, 0.3):
        topup = float(rng.choice([5, 10, 15]))
        operator = rng.choice(networks)
        rows.append(
            (
                "pair",
                f"{ {'en': 'Top-up', 'de': 'Aufladung', 'fr': 'Recharge', 'nl': 'Opwaardering', 'es': 'Recarga'}[sheet.lang] } {operator}",
                sheet.m(topup),
            )
        )
        net = round(net + topup, 2)
    rows.append(("rule",))
    total = net
    if where == "IN":
        rounded = float(round(total))
        if rounded != total:
            rows.append(("pair", "Round off", f"{rounded - total:+.2f}"))
        total = rounded
    sheet.total(
        rows,
        total,
        None,
        {
            "IN": ["Total Amt", "TOTAL"],
            "en": ["TOTAL", "Total"],
            "de": ["Gesamt", "SUMME"],
            "fr": ["À payer", "TOTAL"],
            "nl": ["Totaal", "Te betalen"],
            "es": ["Total a pagar", "TOTAL"],
        },
        {},
    )
    kinds = ["cash"] * 4 + ["card"] if where != "IN" else ["cash", "cash", "UPI"]
    method = sheet.pay(rows, kinds, None, 0.3)
    if method == "cash" and shown(rng, 0.4):
        _tender(sheet, rows, total)
    ref = digits(rng, rng.choice([4, 5, 6]))
    txn = sheet.ident(
        rows,
        {
            "IN": ["Slip No", "Bill No"],
            "en": ["Receipt #", "Ticket no"],
            "de": ["Beleg-Nr.", "Bon"],
            "fr": ["Ticket n°"],
            "nl": ["Bonnr."],
            "es": ["Nº ticket", "Nº operación"],
        },
        ref,
        0.25,
    )
    status = None
    if shown(rng, 0.6):
        status = "success"
        rows.append(
            (
                "center",
                sheet.w(
                    {
                        "en": ["PAID", "** PAID **"],
                        "de": ["BEZAHLT"],
                        "fr": ["PAYÉ"],
                        "nl": ["BETAALD"],
                        "es": ["PAGADO"],
                    }
                ),
            )
        )
    if where != "IN" and shown(rng, 0.5):
        rows.append(
            (
                "small",
                sheet.w(
                    {
                        "en": ["Western Union agent - money transfers here"],
                        "de": ["Ria Geldtransfer - hier im Laden"],
                        "fr": ["Agent Western Union - envoi d'argent"],
                        "nl": ["Western Union agent - geld overmaken"],
                        "es": ["Agente Western Union - envíos de dinero"],
                    }
                ),
            )
        )
    rows.append(
        (
            "small",
            sheet.w(
                {
                    "en": ["Thank you, call again", "Cheap calls to 200 countries"],
                    "de": ["Günstig telefonieren in 200 Länder"],
                    "fr": ["Appels pas chers vers 200 pays"],
                    "nl": ["Goedkoop bellen naar 200 landen"],
                    "es": ["Llamadas baratas a 200 países"],
                }
            ),
        )
    )
    truth = truth_fields(shop, total, sheet.currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, THERMAL, shop, rng.choice([400, 440]))


# ---------------------------------------------------------------- 11 zero-waste refill shop


REFILL_SHOPS = {
    "IN": ["Khula Bazaar Refill Store"],
    "GB": ["Fill Good Refill Pantry"],
    "US": ["The Fillery Bulk & Refill"],
    "IE": ["Refill Room Galway"],
    "DE": ["Unverpackt Füllhorn"],
    "FR": ["La Bocalerie Épicerie Vrac"],
    "NL": ["Verpakkingsvrij De Weegschaal"],
    "ES": ["Granel y Más"],
}
REFILL_PLACES = {
    "Khula Bazaar Refill Store": "1st Cross, Indiranagar, Bengaluru 560038",
    "Fill Good Refill Pantry": "8 Bridge Street, Hebden Bridge HX7 8EX",
    "The Fillery Bulk & Refill": "330 Main St, Northampton, MA 01060",
    "Refill Room Galway": "Middle Street, Galway H91 W2K5",
    "Unverpackt Füllhorn": "Nonnenstieg 12, 37075 Göttingen",
    "La Bocalerie Épicerie Vrac": "4 rue Sainte-Catherine, 33000 Bordeaux",
    "Verpakkingsvrij De Weegschaal": "Nieuwe Binnenweg 77, 3014 GE Rotterdam",
    "Granel y Más": "Carrer de Blanqueria 14, 46003 València",
}
# (English, German, French, Dutch, Spanish name; unit; price per unit in euros)
BULK = [
    ("Jumbo oats", "Haferflocken", "Flocons d'avoine", "Havervlokken", "Copos de avena", "kg", 3.2),
    ("Basmati rice", "Basmatireis", "Riz basmati", "Basmatirijst", "Arroz basmati", "kg", 4.8),
    ("Red lentils", "Rote Linsen", "Lentilles corail", "Rode linzen", "Lentejas rojas", "kg", 4.2),
    ("Almonds", "Mandeln", "Amandes", "Amandelen", "Almendras", "kg", 21.0),
    ("Olive oil", "Olivenöl", "Huile d'olive", "Olijfolie", "Aceite de oliva", "L", 11.5),
    ("Washing-up liquid", "Spülmittel", "Liquide vaisselle", "Afwasmiddel", "Lavavajillas", "L", 3.6),
    ("Laundry liquid", "Flüssigwaschmittel", "Lessive liquide", "Wasmiddel", "Detergente líquido", "L", 4.9),
    (
        "Dark chocolate buttons",
        "Zartbitter-Drops",
        "Pastilles chocolat noir",
        "Pure chocoladedruppels",
        "Chocolate negro en gotas",
        "kg",
        18.0,
    ),
]
BULK_IN = [
    ("Toor dal", "kg", 165.0),
    ("Sona masoori rice", "kg", 72.0),
    ("Cold-pressed groundnut oil", "L", 290.0),
    ("Jaggery powder", "kg", 110.0),
    ("Dish wash liquid", "L", 180.0),
    ("Cashews W320", "kg", 980.0),
]
REFILL_RATE = {"IN": 0.05, "GB": 0.0, "US": 0.0, "IE": 0.0, "DE": 0.07, "FR": 0.055, "NL": 0.09, "ES": 0.1}


def refill_shop_till(rng: random.Random, font: str):
    """A zero-waste refill shop's till receipt (an Indian refill store in rupees, a UK refill pantry in pounds, a
    Massachusetts bulk store in dollars, an Irish refill room, a German Unverpackt-Laden, a French épicerie vrac, a
    Dutch verpakkingsvrij shop and a Spanish granel shop in euros), a thermal slip: goods weighed into the customer's
    own jars, each with its gross weight, the jar's tare and the net weight at a price per kg or litre (the weights
    and tares never the amount), a jar deposit charged and jars brought back refunded (never the amount), a
    bring-your-own discount, GST or MwSt. / TVA / BTW / IVA included, TOTAL / Summe / Total TTC / Totaal / Total a
    pagar, the tender in a share with the cash handed over and the change, a loyalty card, packaging saved, the
    receipt's own number in a share, the date under a label or bare in a share; PAID / Bezahlt / Payé / Betaald /
    Pagado in a share."""
    where, shop = _country(rng, REFILL_SHOPS)
    sheet = Sheet(rng, font, where, ["rs", "sign", "rs_slash"])
    when = day(rng)
    rows: list[tuple] = [("title", shop), ("center", REFILL_PLACES[shop])]
    if where == "IN":
        rows.append(
            (
                "center",
                "GSTIN: 29"
                + code(rng, 5, UPPER)
                + digits(rng, 4)
                + code(rng, 1, UPPER)
                + "1Z"
                + digits(rng, 1),
            )
        )
    dated = sheet.dated(
        rows,
        when,
        {
            "en": ["Date", "Date/Time"],
            "de": ["Datum"],
            "fr": ["Date", "Le"],
            "nl": ["Datum"],
            "es": ["Fecha"],
        },
        0.2,
        0.7,
        0.5,
    )
    rows.append(("rule",))
    if where == "IN":
        goods = list(BULK_IN)
    elif where == "US":  # by the pound and the fluid ounce
        goods = [
            (
                item[0],
                "lb" if item[5] == "kg" else "oz",
                round(item[6] * 1.1 / (2.2046 if item[5] == "kg" else 33.8), 2),
            )
            for item in BULK
        ]
    else:
        goods = [(item[TOY_LANG[sheet.lang]], item[5], _euro_price(where, item[6])) for item in BULK]
    tare_word = {"en": "tare", "de": "Tara", "fr": "tare", "nl": "tarra", "es": "tara"}[sheet.lang]
    net_sum = 0.0
    for name, unit, price in rng.sample(goods, rng.randint(2, 4)):
        places = 3
        if unit == "kg":
            weight, tare = rng.randint(120, 1400) / 1000, rng.randint(180, 520) / 1000
        elif unit == "L":
            weight, tare = rng.randint(300, 2000) / 1000, rng.randint(90, 400) / 1000
        elif unit == "lb":
            weight, tare, places = rng.randint(25, 300) / 100, rng.randint(40, 115) / 100, 2
        else:
            weight, tare, places = rng.randint(80, 640) / 10, rng.randint(30, 140) / 10, 1
        line = round(weight * price, 2)
        rows.append(("left", name))
        if shown(rng, 0.6):
            gross = round(weight + tare, places)
            rows.append(("left", f"   {sheet.num(gross, places)} - {tare_word} {sheet.num(tare, places)}"))
        rows.append(
            ("pair", f"   {sheet.num(weight, places)} {unit} x {sheet.m(price)}/{unit}", sheet.m(line))
        )
        net_sum = round(net_sum + line, 2)
    if shown(rng, 0.4):
        jars = rng.randint(1, 3)
        deposit = {"IN": 50.0, "GB": 1.5, "US": 2.0}.get(where, 1.5)
        rows.append(
            (
                "pair",
                f"{jars} x {({'en': 'Jar deposit', 'de': 'Pfand Glas', 'fr': 'Consigne bocal', 'nl': 'Statiegeld pot', 'es': 'Depósito tarro'})[sheet.lang]}",
                sheet.m(jars * deposit),
            )
        )
        net_sum = round(net_sum + jars * deposit, 2)
        if shown(rng, 0.5):
            back = rng.randint(1, 3)
            rows.append(
                (
                    "pair",
                    {
                        "en": "Jars returned",
                        "de": "Pfand zurück",
                        "fr": "Bocaux rendus",
                        "nl": "Potten retour",
                        "es": "Tarros devueltos",
                    }[sheet.lang],
                    "-" + sheet.m(back * deposit),
                )
            )
            net_sum = round(net_sum - back * deposit, 2)
    if shown(rng, 0.3):
        off = round(net_sum * 0.05, 2)
        rows.append(
            (
                "pair",
                {
                    "en": "Bring-your-own 5% off",
                    "de": "Eigenes Gefäß -5%",
                    "fr": "Remise contenant -5 %",
                    "nl": "Eigen pot korting 5%",
                    "es": "Dto. envase propio 5%",
                }[sheet.lang],
                "-" + sheet.m(off),
            )
        )
        net_sum = round(net_sum - off, 2)
    rows.append(("rule",))
    total = sheet.tax(rows, net_sum, REFILL_RATE[where], added=False)
    if where == "IN":
        rounded = float(round(total))
        if rounded != total:
            rows.append(("pair", "Round off", f"{rounded - total:+.2f}"))
        total = rounded
    sheet.total(
        rows,
        total,
        None,
        {
            "IN": ["Net Amount", "Total"],
            "en": ["TOTAL", "Total", "To pay"],
            "de": ["Summe", "Zu zahlen"],
            "fr": ["Total TTC", "TOTAL"],
            "nl": ["Totaal", "Te betalen"],
            "es": ["Total a pagar", "TOTAL"],
        },
        {},
    )
    kinds = ["UPI", "UPI", "cash", "card"] if where == "IN" else ["card", "card", "cash", "wallet"]
    method = sheet.pay(rows, kinds, None, 0.2)
    if method == "cash" and shown(rng, 0.5):
        _tender(sheet, rows, total)
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                {
                    "en": "Loyalty card",
                    "de": "Kundenkarte",
                    "fr": "Carte fidélité",
                    "nl": "Klantenkaart",
                    "es": "Tarjeta cliente",
                }[sheet.lang],
                digits(rng, 8),
            )
        )
    ref = rng.choice(["", "R"]) + digits(rng, rng.choice([4, 5]))
    txn = sheet.ident(
        rows,
        {
            "IN": ["Bill No", "Invoice No"],
            "en": ["Receipt no", "Sale #"],
            "de": ["Bon-Nr.", "Beleg"],
            "fr": ["Ticket n°", "N° ticket"],
            "nl": ["Bonnr.", "Bon"],
            "es": ["Nº ticket", "Ticket"],
        },
        ref,
        0.2,
    )
    status = None
    if rng.random() < 0.3:
        status = "success"
        rows.append(
            (
                "center",
                sheet.w(
                    {
                        "en": ["PAID", "** PAID **"],
                        "de": ["BEZAHLT"],
                        "fr": ["PAYÉ"],
                        "nl": ["BETAALD"],
                        "es": ["PAGADO"],
                    }
                ),
            )
        )
    rows.append(
        (
            "small",
            sheet.w(
                {
                    "en": [f"You saved {rng.randint(3, 14)} pieces of packaging today!"],
                    "de": [f"Heute {rng.randint(3, 14)} Verpackungen gespart!"],
                    "fr": [f"{rng.randint(3, 14)} emballages évités aujourd'hui !"],
                    "nl": [f"Vandaag {rng.randint(3, 14)} verpakkingen bespaard!"],
                    "es": [f"¡Hoy has evitado {rng.randint(3, 14)} envases!"],
                }
            ),
        )
    )
    truth = truth_fields(shop, total, sheet.currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, THERMAL, shop, rng.choice([400, 440]))


# ---------------------------------------------------------------- 12 oil or juice pressing mill (a grower's own crop)


PRESS_MILLS = {
    "IN": ["Sri Murugan Marachekku Oil Mill", "Kachi Ghani Tel Mill"],
    "GB": ["Wyre Forest Apple Pressing"],
    "US": ["Sierra Foothills Olive Mill"],
    "IE": ["Boyne Valley Apple Pressing"],
    "DE": ["Lohnmosterei Schäfer"],
    "FR": ["Moulin à Huile du Vieux Pressoir"],
    "NL": ["Sapperij De Boomgaard"],
    "ES": ["Almazara La Esperanza"],
}
PRESS_PLACES = {
    "Sri Murugan Marachekku Oil Mill": "Mettupalayam Road, Coimbatore 641043",
    "Kachi Ghani Tel Mill": "Sanganer Industrial Area, Jaipur 302029",
    "Wyre Forest Apple Pressing": "Far Forest, Kidderminster DY14 9TT",
    "Sierra Foothills Olive Mill": "5200 Oroville Hwy, Oroville, CA 95966",
    "Boyne Valley Apple Pressing": "Slane Road, Navan, Co. Meath C15 Y8X2",
    "Lohnmosterei Schäfer": "Mühlweg 3, 74523 Schwäbisch Hall",
    "Moulin à Huile du Vieux Pressoir": "Chemin du Moulin, 13520 Maussane-les-Alpilles",
    "Sapperij De Boomgaard": "Dijkweg 21, 4101 KG Culemborg",
    "Almazara La Esperanza": "Carretera de Úbeda km 3, 23400 Jaén",
}
# crop, pressing fee a kg (US: a pound) in the page's currency, yield of litres a kg, what it is put up in and at what
PRESSING = {
    "IN": [
        ("Groundnut (shelled)", 18.0, 0.42),
        ("Gingelly / sesame", 24.0, 0.45),
        ("Mustard seed", 20.0, 0.33),
    ],
    "GB": [("Apples (mixed dessert & cooking)", 0.4, 0.6)],
    "US": [("Olives (Mission / Manzanillo)", 0.38, 0.08)],
    "IE": [("Apples", 0.45, 0.6)],
    "DE": [("Streuobst-Äpfel", 0.3, 0.65)],
    "FR": [("Olives (Salonenque)", 0.6, 0.16)],
    "NL": [("Appels", 0.45, 0.6)],
    "ES": [("Aceituna picual", 0.12, 0.2)],
}
CONTAINERS = {
    "IN": ("Tin 15 L", 15.0, 180.0),
    "GB": ("Bag-in-box 5 L", 5.0, 3.5),
    "US": ("Bottle 500 ml", 0.5, 2.1),
    "IE": ("Bag-in-box 5 L", 5.0, 3.8),
    "DE": ("Bag-in-Box 5 l", 5.0, 3.2),
    "FR": ("Bidon 5 L", 5.0, 4.5),
    "NL": ("Bag-in-box 5 L", 5.0, 3.5),
    "ES": ("Garrafa 5 L", 5.0, 2.1),
}
PRESS_RATE = {"IN": 0.05, "GB": 0.2, "US": 0.0, "IE": 0.135, "DE": 0.19, "FR": 0.1, "NL": 0.09, "ES": 0.1}
PRESS_WORDS = {
    "en": {
        "success": ["PAID", "Paid with thanks", "Received with thanks"],
        "failed": ["Payment failed"],
        "pending": ["Payment pending", "Awaiting payment"],
    },
    "de": {
        "success": ["Bezahlt", "Betrag erhalten"],
        "failed": ["Zahlung fehlgeschlagen"],
        "pending": ["Zahlung ausstehend"],
    },
    "fr": {
        "success": ["Payé", "Acquitté"],
        "failed": ["Paiement refusé"],
        "pending": ["En attente de paiement"],
    },
    "nl": {
        "success": ["Betaald", "Voldaan"],
        "failed": ["Betaling mislukt"],
        "pending": ["Openstaand - betaling in behandeling"],
    },
    "es": {
        "success": ["Pagado", "Cobrado"],
        "failed": ["Pago rechazado"],
        "pending": ["Pendiente de pago", "Pago pendiente"],
    },
}


def pressing_mill(rng: random.Random, font: str):
    """A mill's receipt for pressing a grower's own crop (a marachekku and a kachi ghani oil mill pressing groundnut,
    sesame or mustard seed in rupees, apple pressing in pounds and in euros in Ireland, a Californian olive mill's
    custom crush in dollars, a German Lohnmosterei, a Provençal moulin à huile, a Dutch sapperij and an Andalusian
    almazara in euros), an A4 invoice or a printed receipt: the grower and their member number (never the payee nor
    the id), the delivery note's number (Albarán de entrada / Lieferschein; never the id), the day the crop came in
    and the day to collect (never the day paid), the weight in (gross, tare, net), the yield and the acidity, the
    litres of oil or juice, the oil cake returned, the pressing fee at a rate a kg, a pound or a litre, the
    containers filled, pasteurising, crates on deposit, GST / VAT / MwSt. / TVA / BTW / IVA added or included,
    Total / Amount / Gesamt / Net à payer / Totaal / Total factura, the way to pay in a share, the invoice's or the
    receipt's own number in a share, the date in a share; PAID / Received with thanks / Bezahlt / Payé / Voldaan /
    Pagado, or Payment pending / Pendiente de pago / Zahlung ausstehend in a share."""
    where, mill = _country(rng, PRESS_MILLS)
    sheet = Sheet(rng, font, where, ["rs", "rs_slash", "sign", "code_after"])
    when = day(rng)
    status, words = sheet.outcome(0.65, 0.6, 0.0, PRESS_WORDS)
    rows: list[tuple] = [("title", mill), ("center", PRESS_PLACES[mill])]
    rows.append(
        (
            "center",
            sheet.w(
                {
                    "IN": ["PRESSING CHARGES BILL", "RECEIPT"],
                    "en": ["Pressing invoice / receipt", "RECEIPT"],
                    "US": ["Custom Crush Invoice", "RECEIPT"],
                    "de": ["Rechnung Lohnmosten"],
                    "fr": ["Facture de trituration"],
                    "nl": ["Factuur persen"],
                    "es": ["Factura de maquila"],
                }
            ),
        )
    )
    rows.append(("rule",))
    grower = sheet.person()
    rows.append(
        (
            "pair",
            sheet.w(
                {
                    "IN": ["Customer", "Farmer"],
                    "en": ["Grower", "Customer"],
                    "de": ["Kunde", "Anlieferer"],
                    "fr": ["Oléiculteur", "Client"],
                    "nl": ["Klant", "Teler"],
                    "es": ["Socio", "Cosechero"],
                }
            ),
            grower,
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                {
                    "en": "Member no",
                    "de": "Mitglieds-Nr.",
                    "fr": "N° adhérent",
                    "nl": "Lidnummer",
                    "es": "Nº socio",
                }[sheet.lang],
                digits(rng, rng.choice([3, 4])),
            )
        )
    crop, fee, litres_per = rng.choice(PRESSING[where])
    came_in = _earlier(when, rng, 1, 15)
    rows.append(
        (
            "pair",
            {
                "en": "Crop received",
                "de": "Anlieferung",
                "fr": "Apport du",
                "nl": "Aangeleverd op",
                "es": "Entrada",
            }[sheet.lang],
            sheet.date(came_in),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                {
                    "en": "Delivery note",
                    "de": "Lieferschein-Nr.",
                    "fr": "Bon d'apport n°",
                    "nl": "Afleverbon",
                    "es": "Albarán de entrada nº",
                }[sheet.lang],
                digits(rng, rng.choice([4, 5])),
            )
        )
    rows.append(
        (
            "pair",
            {"en": "Crop", "de": "Obst", "fr": "Variété", "nl": "Fruit", "es": "Variedad"}[sheet.lang],
            crop,
        )
    )
    per_lb = where == "US"
    weight = {
        "IN": rng.randint(20, 120),
        "US": rng.randint(500, 3000),
        "ES": rng.randint(300, 3000),
        "FR": rng.randint(100, 900),
    }.get(where, rng.randint(60, 600))
    unit = "lb" if per_lb else "kg"
    if shown(rng, 0.5):
        tare = rng.randint(5, 40) if where != "US" else rng.randint(20, 90)
        gross_word = {
            "en": ("Gross", "Tare", "Net"),
            "de": ("Brutto", "Tara", "Netto"),
            "fr": ("Brut", "Tare", "Net"),
            "nl": ("Bruto", "Tarra", "Netto"),
            "es": ("Bruto", "Tara", "Neto"),
        }[sheet.lang]
        rows.append(
            (
                "left",
                f"{gross_word[0]} {weight + tare} {unit}  {gross_word[1]} {tare} {unit}  "
                f"{gross_word[2]} {weight} {unit}",
            )
        )
    else:
        rows.append(
            (
                "pair",
                {
                    "en": "Net weight",
                    "de": "Nettogewicht",
                    "fr": "Poids net",
                    "nl": "Nettogewicht",
                    "es": "Peso neto",
                }[sheet.lang],
                f"{weight} {unit}",
            )
        )
    litres = round(weight * litres_per * (0.4536 if per_lb else 1), 1)
    rows.append(
        (
            "pair",
            {
                "en": "Yield",
                "de": "Saftausbeute",
                "fr": "Huile obtenue",
                "nl": "Sapopbrengst",
                "es": "Aceite obtenido",
            }[sheet.lang],
            f"{sheet.num(litres, 1)} L" if where != "US" else f"{sheet.num(litres / 3.785, 1)} gal",
        )
    )
    if where in ("FR", "ES", "US"):
        rows.append(
            (
                "pair",
                {"en": "Acidity", "fr": "Acidité", "es": "Acidez"}[sheet.lang],
                sheet.num(rng.choice([0.2, 0.3, 0.4]), 1) + ("º" if where == "ES" else " %"),
            )
        )
        rows.append(
            (
                "pair",
                {"en": "Oil yield", "fr": "Rendement", "es": "Rendimiento"}[sheet.lang],
                sheet.num(round(rng.uniform(14, 22), 1), 1) + " %",
            )
        )
    if where == "IN":
        rows.append(("pair", "Oil cake returned", f"{round(weight * 0.55)} kg"))
    rows.append(("rule",))
    pressing_word = {
        "IN": "Pressing charge",
        "en": "Pressing",
        "US": "Custom crush",
        "de": "Lohnmosten",
        "fr": "Trituration",
        "nl": "Persen",
        "es": "Maquila",
    }
    charge = round(weight * fee, 2)
    rows.append(
        (
            "pair",
            f"{pressing_word.get(where) or pressing_word[sheet.lang]} {weight} {unit} @ {sheet.m(fee)}",
            sheet.m(charge),
        )
    )
    net = charge
    name, size, each = CONTAINERS[where]
    count = max(1, int(litres // size)) if where != "US" else rng.choice([12, 24, 36])
    if shown(rng, 0.7):
        rows.append(("pair", f"{count} x {name} @ {sheet.m(each)}", sheet.m(round(count * each, 2))))
        net = round(net + count * each, 2)
    if where in ("GB", "IE", "DE", "NL") and shown(rng, 0.5):
        past = {"GB": 0.3, "IE": 0.3, "DE": 0.25, "NL": 0.3}[where]
        rows.append(
            (
                "pair",
                f"{ {'en': 'Pasteurising', 'de': 'Pasteurisieren', 'nl': 'Pasteuriseren'}[sheet.lang] } {sheet.num(litres, 1)} L @ {sheet.m(past)}",
                sheet.m(round(litres * past, 2)),
            )
        )
        net = round(net + litres * past, 2)
    if where == "DE" and shown(rng, 0.4):
        crates = rng.randint(2, 10)
        rows.append(("pair", f"Pfand Kisten {crates} x {sheet.m(3.0)}", sheet.m(crates * 3.0)))
        net = round(net + crates * 3.0, 2)
    total = sheet.tax(rows, net, PRESS_RATE[where], added=where not in ("DE", "NL"))
    sheet.status_row(rows, words)
    sheet.total(
        rows,
        total,
        status,
        {
            "IN": ["Total", "Net Amount"],
            "en": ["Total", "Amount due", "TOTAL"],
            "de": ["Gesamt", "Rechnungsbetrag"],
            "fr": ["Net à payer", "Total TTC"],
            "nl": ["Totaal", "Te betalen"],
            "es": ["Total factura", "Total"],
        },
        {
            "en": ["Amount received"],
            "de": ["Erhalten"],
            "fr": ["Montant reçu"],
            "nl": ["Ontvangen"],
            "es": ["Recibido"],
        },
    )
    kinds = ["cash", "UPI"] if where == "IN" else ["cash", "card", "netbanking"]
    method = sheet.pay(rows, kinds, None, 0.25, False, status)
    ref = {"IN": digits(rng, 3)}.get(where, f"{when.year % 100}/{digits(rng, 4)}")
    txn = sheet.ident(
        rows,
        {
            "IN": ["Bill No", "Receipt No"],
            "en": ["Invoice no", "Receipt no"],
            "US": ["Invoice #"],
            "de": ["Rechnungs-Nr."],
            "fr": ["Facture n°"],
            "nl": ["Factuurnummer"],
            "es": ["Factura nº", "Nº factura"],
        },
        ref,
        0.2,
    )
    dated = sheet.dated(
        rows,
        when,
        {
            "en": ["Date", "Invoice date"],
            "de": ["Rechnungsdatum", "Datum"],
            "fr": ["Date", "Date de facture"],
            "nl": ["Factuurdatum", "Datum"],
            "es": ["Fecha factura", "Fecha"],
        },
        0.2,
        0.2,
        status=status,
    )
    collect = _later(when, rng, 1, 6)
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                {
                    "en": "Ready to collect",
                    "de": "Abholung ab",
                    "fr": "À retirer le",
                    "nl": "Ophalen vanaf",
                    "es": "Recoger el",
                }[sheet.lang],
                sheet.date(collect),
            )
        )
    truth = truth_fields(mill, total, sheet.currency, txn, dated, method, status)
    return rows, truth, _page(font, rows, _sized(rng.choice([A4, PAPER]), 18), mill)
