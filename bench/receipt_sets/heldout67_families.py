"""The twelve heldout67 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts; the value helpers of heldout14, the page helpers
of heldout62 and heldout64's ways to pay (a money mark chosen once per page, one date pattern per page, page widths
that hold every line) are reused for the pages in English and German, and this set adds French, Spanish and
Portuguese pages of its own: their money (``1 234,50 €``, ``1234,50 €`` with no point in a Spanish four-figure sum,
``€ 1.234,50``), their dates (``1er mars 2026``, ``12 de marzo de 2026``, ``12 de março de 2026``, ISO dates on
Portuguese invoices, weekdays), their ways to pay, outcomes, tax lines (TVA, IVA, Imposto do Selo) and labels.
``truth_fields`` states the fields exactly as the page prints them (``None`` where a field is not printed). Every
receipt prints at most one transaction id (an order's, a ticket's, an invoice's, a receipt's or a booking's own
number, a slip's approval code or reference, or the payment's reference; a tax, VAT or company number, a terminal's
id, a loyalty, customer, account or locker number, a key's number, a courier's tracking number, a job, claim or
policy number, a vehicle's registration, VIN, chassis or engine number, a registration document's reference, a
meter's or supply point's code, a charger's or bar's serial, a report's or certificate's code, a lot, an EAN beside
it is never the id), at most one date of payment (the other days are named for other events: a scheduled delivery,
an exchange limit, an estimated or next delivery, an incident, a fitting or a visit, an installation, a locker's
rent period and its due day, a fitting appointment, a first registration, MOT tests and mileage readings, a trade
or a dispatch, a deposit paid earlier), and names the party that was paid: on top, or, where a bank's app is on top,
under the label that names the payee lower on the page. The people, insurers, couriers, vets, dealers, lenders,
payment providers and banks on the page are never the payee.
"""

from __future__ import annotations

import datetime as dt
import random
import string

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
from bench.receipt_sets.heldout64_families import _way64

ALNUM = UPPER + "23456789"
VIN_ALPHABET = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"

# ---------------------------------------------------------------- where a page is from, and how it words things

CURRENCY = {
    "IN": "INR",
    "GB": "GBP",
    "US": "USD",
    "IE": "EUR",
    "DE": "EUR",
    "FR": "EUR",
    "ES": "EUR",
    "PT": "EUR",
}
LANG = {"IN": "en", "GB": "en", "US": "en", "IE": "en", "DE": "de", "FR": "fr", "ES": "es", "PT": "pt"}

MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
}
WEEKDAYS = {
    "fr": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."],
    "es": ["lun.", "mar.", "mié.", "jue.", "vie.", "sáb.", "dom."],
    "pt": ["seg.", "ter.", "qua.", "qui.", "sex.", "sáb.", "dom."],
}
# one pattern per page, day first; {d}: the day without a leading zero (1er in French), {B}/{a}: month and weekday
DATES = {
    "FR": ["%d/%m/%Y", "%d/%m/%y", "{d} {B} %Y", "{a} %d/%m/%Y", "%d.%m.%Y"],
    "ES": ["%d/%m/%Y", "%d/%m/%y", "{d} de {B} de %Y", "%d-%m-%Y", "{a} %d/%m/%Y"],
    "PT": ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d", "{d} de {B} de %Y", "%d.%m.%Y", "{a}, %d/%m/%Y"],
}
# the euro pages' marks: after the sum on French and Spanish pages, before or after it on Portuguese ones
MARKS = {
    "FR": [("", " €"), ("", " €"), ("", " EUR"), ("", "€")],
    "ES": [("", " €"), ("", " €"), ("", "€"), ("", " EUR"), ("EUR ", "")],
    "PT": [("", " €"), ("", " €"), ("€ ", ""), ("", "€"), ("", " EUR"), ("EUR ", "")],
}

FR_PEOPLE = ["Camille Dubois", "Hugo Lambert", "Chloé Mercier", "Louis Fontaine", "Manon Chevalier"]
ES_PEOPLE = ["Elena Sánchez", "Pablo Ortega", "Nuria Castillo", "Diego Romero", "Irene Molina"]
PT_PEOPLE = ["Inês Carvalho", "João Ferreira", "Beatriz Sousa", "Tiago Rodrigues", "Mariana Lopes"]
FR_STAFF = ["Karim Haddad", "Élodie Marchand", "Yannick Roux", "Sandrine Picard"]
ES_STAFF = ["Sergio Vidal", "Rocío Herrera", "Iván Serrano", "Paula Domínguez"]
PT_STAFF = ["Rui Martins", "Ana Pereira", "Duarte Costa", "Filipa Almeida"]

OUTCOMES = {
    "en": {
        "success": ["Payment successful", "Payment received", "Payment complete", "Payment confirmed"],
        "failed": ["Payment failed", "Payment declined", "Payment unsuccessful"],
        "pending": ["Payment pending", "Payment processing", "Awaiting payment"],
    },
    "de": {
        "success": ["Zahlung erfolgreich", "Zahlung eingegangen", "Zahlung bestätigt"],
        "failed": ["Zahlung fehlgeschlagen", "Zahlung abgelehnt"],
        "pending": ["Zahlung ausstehend", "Zahlung in Bearbeitung"],
    },
    "fr": {
        "success": ["Paiement accepté", "Paiement effectué", "Paiement réussi"],
        "failed": ["Paiement refusé", "Échec du paiement"],
        "pending": ["Paiement en attente", "Paiement en cours de traitement"],
    },
    "es": {
        "success": ["Pago realizado", "Pago aceptado", "Pago completado", "Pago confirmado"],
        "failed": ["Pago rechazado", "Pago fallido", "Pago denegado"],
        "pending": ["Pago pendiente", "Pago en proceso", "Pendiente de confirmación"],
    },
    "pt": {
        "success": ["Pagamento efetuado", "Pagamento aceite", "Pagamento confirmado", "Pagamento concluído"],
        "failed": ["Pagamento recusado", "Pagamento falhou", "Pagamento não efetuado"],
        "pending": ["Pagamento pendente", "Pagamento em processamento", "A aguardar pagamento"],
    },
}
STATUS_LABELS = {
    "en": ["Status", "Payment status", "Transaction status"],
    "de": ["Status", "Zahlungsstatus"],
    "fr": ["Statut", "État du paiement"],
    "es": ["Estado", "Estado del pago"],
    "pt": ["Estado", "Estado do pagamento", "Situação"],
}
# a card terminal's outcome on the slip printed under a till's receipt
SLIP_WORDS = {
    "en": {"success": ["APPROVED", "AUTHORISED", "** APPROVED **"], "failed": ["DECLINED", "CARD DECLINED"]},
    "US": {"success": ["APPROVED", "AUTHORIZED"], "failed": ["DECLINED", "NOT AUTHORIZED"]},
    "de": {"success": ["Zahlung erfolgt", "GENEHMIGT"], "failed": ["Zahlung abgelehnt", "ABGELEHNT"]},
    "fr": {
        "success": ["PAIEMENT ACCEPTÉ", "TRANSACTION ACCEPTÉE"],
        "failed": ["PAIEMENT REFUSÉ", "TRANSACTION REFUSÉE"],
    },
    "es": {"success": ["OPERACIÓN APROBADA", "AUTORIZADA"], "failed": ["OPERACIÓN DENEGADA", "DENEGADA"]},
    "pt": {"success": ["TRANSAÇÃO APROVADA", "AUTORIZADA"], "failed": ["TRANSAÇÃO RECUSADA", "RECUSADA"]},
}
# ways to pay on French, Spanish and Portuguese pages; English and German ones word them as heldout62 and heldout64
WAYS = {
    "FR": {
        "card": ["CB", "Carte bancaire", "CB sans contact", "Visa ****{4}", "Mastercard ****{4}"],
        "wallet": ["Apple Pay", "PayPal", "Google Pay"],
        "netbanking": ["Virement", "Virement bancaire", "Prélèvement SEPA"],
        "cash": ["Espèces"],
    },
    "ES": {
        "card": ["Tarjeta", "Tarjeta de crédito", "Tarjeta débito ****{4}", "Visa", "Tarjeta contactless"],
        "wallet": ["Apple Pay", "Google Pay", "PayPal"],
        "netbanking": ["Transferencia", "Transferencia bancaria", "Domiciliación bancaria"],
        "cash": ["Efectivo", "Metálico"],
    },
    "PT": {
        "card": [
            "Cartão de débito",
            "Cartão de crédito",
            "Cartão Multibanco",
            "Visa ****{4}",
            "Cartão ****{4}",
        ],
        "wallet": ["Apple Pay", "Google Pay", "PayPal"],
        "netbanking": ["Transferência bancária", "Transferência imediata", "Débito direto"],
        "cash": ["Numerário", "Dinheiro"],
    },
}
IN_PERSON = ("sans contact", "contactless", "Multibanco")
METHOD_LABELS = {
    "en": ["Payment method", "Paid by", "Paid with", "Payment mode", "Payment type", "Mode of payment"],
    "de": ["Zahlungsart", "Zahlart", "Bezahlt mit", "Zahlungsmittel", "Zahlweise"],
    "fr": ["Mode de paiement", "Moyen de paiement", "Réglé par", "Règlement", "Payé par"],
    "es": ["Forma de pago", "Medio de pago", "Pagado con", "Método de pago"],
    "pt": ["Forma de pagamento", "Meio de pagamento", "Pago com", "Método de pagamento", "Modo de pagamento"],
}
PAID_WORDS = ("Paid", "Bezahlt", "Réglé", "Payé", "Pagado", "Pago com", "Settled")
PLAIN_DATE = {"en": ["Date", "Date & time"], "de": ["Datum"], "fr": ["Date"], "es": ["Fecha"], "pt": ["Data"]}
TOTALS = {
    "en": ["Total", "Total amount", "Grand total", "TOTAL"],
    "de": ["Gesamt", "Gesamtbetrag", "Summe", "Endbetrag"],
    "fr": ["Total", "Total TTC", "Montant TTC", "Net à payer"],
    "es": ["Total", "Importe total", "Total a pagar", "TOTAL"],
    "pt": ["Total", "Total a pagar", "Valor total", "TOTAL"],
}
PAID_TOTALS = {
    "en": ["Amount paid", "Total paid"],
    "de": ["Gezahlter Betrag", "Bezahlter Betrag"],
    "fr": ["Montant payé", "Montant réglé"],
    "es": ["Importe pagado", "Total pagado"],
    "pt": ["Valor pago", "Total pago"],
}

THERMAL = {"paper": (248, 247, 242), "width": 420, "size": 18}
A4 = {"paper": (255, 255, 255), "width": 700, "size": 18}
DARK = {
    "screen": True,
    "paper": (20, 22, 27),
    "ink": (236, 236, 238),
    "accent": (140, 205, 255),
    "label_ink": (165, 168, 176),
    "width": 500,
    "size": 20,
}


def _m(value: float, grouping: str) -> str:
    """``value`` in the page's grouping: French (and some Portuguese) pages group thousands with a space, Spanish
    ones leave a four-figure sum unpointed in a share."""
    if grouping in ("french", "spanish"):
        whole, cents = money(value, "european").split(",")
        if grouping == "french":
            whole = whole.replace(".", " ")
        elif len(whole) == 5:  # 1.234 -> 1234
            whole = whole.replace(".", "")
        return whole + "," + cents
    return money(value, grouping)


def _d(when: dt.date, pattern: str, lang: str) -> str:
    """``when`` in ``pattern``: heldout62's tokens on English and German pages, and this set's French, Spanish and
    Portuguese month and weekday names."""
    if lang in MONTHS:
        number = "1er" if lang == "fr" and when.day == 1 and "{B}" in pattern else str(when.day)
        pattern = (
            pattern.replace("{B}", MONTHS[lang][when.month - 1])
            .replace("{a}", WEEKDAYS[lang][when.weekday()])
            .replace("{d}", number)
        )
    return _dtext(when, pattern)


def _country(rng: random.Random, table: dict) -> tuple[str, object]:
    """Where the page is from (India, the UK and the US twice as often as each euro country) among those the family
    has, and the business on top."""
    where = rng.choice(
        [c for c in ["IN", "IN", "GB", "GB", "US", "US", "IE", "DE", "FR", "ES", "PT"] if c in table]
    )
    return where, rng.choice(table[where])


def _vin(rng: random.Random) -> str:
    return code(rng, 17, VIN_ALPHABET)


def _reg(rng: random.Random, where: str) -> str:
    """A vehicle registration as the country prints it (never the id)."""
    letters = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if where == "IN":
        return f"{rng.choice(['KA', 'MH', 'DL', 'TN', 'KL'])} {rng.randint(1, 53):02d} {code(rng, 2, letters)} {digits(rng, 4)}"
    if where == "GB":
        return f"{code(rng, 2, letters)}{rng.choice([19, 20, 21, 22, 23, 24, 71, 72, 73])} {code(rng, 3, letters)}"
    if where == "US":
        return f"{code(rng, 3, letters)}-{digits(rng, 4)}"
    if where == "IE":
        return f"{rng.choice([211, 212, 221, 231, 241, 251])}-{rng.choice(['D', 'C', 'G', 'KE', 'WW'])}-{digits(rng, rng.choice([4, 5]))}"
    if where == "DE":
        return f"{rng.choice(['B', 'M', 'HH', 'K', 'F', 'S'])}-{code(rng, 2, letters)} {digits(rng, rng.choice([3, 4]))}"
    if where == "FR":
        return f"{code(rng, 2, letters)}-{digits(rng, 3)}-{code(rng, 2, letters)}"
    if where == "ES":
        return f"{digits(rng, 4)} {code(rng, 3, 'BCDFGHJKLMNPRSTVWXYZ')}"
    return f"{code(rng, 2, letters)}-{rng.randint(10, 99)}-{code(rng, 2, letters)}"


class Page:
    """One page's conventions, chosen once: where it is from, its currency and language, its money mark and
    grouping, its date pattern; and the rows that print a total, a way to pay, an id, the day paid, an outcome or a
    tax."""

    def __init__(self, rng: random.Random, font: str, where: str, styles: list[str] | None = None):
        self.rng, self.font, self.where = rng, font, where
        self.currency, self.lang = CURRENCY[where], LANG[where]
        self.german = where == "DE"
        if where in MARKS:
            self.grouping = {
                "FR": "french" if rng.random() < 0.7 else "european",
                "ES": "spanish" if rng.random() < 0.5 else "european",
                "PT": "french" if rng.random() < 0.4 else "european",
            }[where]
            before, after = rng.choice(MARKS[where])
            self.fmt = lambda value: before + _m(value, self.grouping) + after
            self.pattern = rng.choice(DATES[where])
        else:
            self.fmt, self.grouping = _fmt(rng, font, self.currency, self.german, styles)
            self.pattern = _pattern(rng, self.currency, self.german)

    # -------- values

    def m(self, value: float) -> str:
        return _m(value, self.grouping)

    def neg(self, value: float) -> str:
        return "-" + self.m(value)

    def num(self, value: float, places: int) -> str:
        """A quantity (a weight, kilowatts, grams) with the page's decimal mark."""
        text = f"{value:.{places}f}"
        return text.replace(".", ",") if self.lang != "en" else text

    def date(self, when: dt.date) -> str:
        return _d(when, self.pattern, self.lang)

    def clock(self) -> str:
        rng = self.rng
        hour, minute = rng.randrange(8, 22), rng.randrange(60)
        if self.where in ("IN", "US") and rng.random() < 0.6:
            return f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
        if self.lang == "fr" and rng.random() < 0.5:
            return f"{hour:02d}h{minute:02d}"
        if self.german and rng.random() < 0.4:
            return f"{hour:02d}:{minute:02d} Uhr"
        if self.lang == "es" and rng.random() < 0.3:
            return f"{hour:02d}:{minute:02d} h"
        return f"{hour:02d}:{minute:02d}"

    def stamp(self, when: dt.date, p_time: float = 0.4) -> str:
        text = self.date(when)
        if self.rng.random() < p_time:
            joins = {
                "en": [" ", ", ", " at "],
                "fr": [" ", " à "],
                "es": [" ", ", ", " a las "],
                "pt": [" ", " às "],
            }
            text += self.rng.choice(joins.get(self.lang, [" ", ", "])) + self.clock()
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
        pools = {"FR": FR_PEOPLE, "ES": ES_PEOPLE, "PT": PT_PEOPLE}
        if self.where in pools:
            return self.rng.choice(pools[self.where])
        return _person(self.rng, self.currency, self.german)

    def staff(self) -> str:
        pools = {"FR": FR_STAFF, "ES": ES_STAFF, "PT": PT_STAFF}
        if self.where in pools:
            return self.rng.choice(pools[self.where])
        return _staff(self.rng, self.currency, self.german)

    def phone(self) -> str:
        rng = self.rng
        return {
            "IN": f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}",
            "GB": f"0{rng.choice(['20', '161', '117', '113'])} {digits(rng, 3)} {digits(rng, 4)}",
            "US": f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}",
            "IE": f"0{rng.choice(['1', '21', '91'])} {digits(rng, 3)} {digits(rng, 4)}",
            "DE": f"0{rng.choice(['30', '40', '89', '221'])} {digits(rng, 7)}",
            "FR": "0" + rng.choice("12345") + "".join(f" {rng.randint(10, 99)}" for _ in range(4)),
            "ES": f"{rng.choice(['91', '93', '96'])} {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}",
            "PT": f"{rng.choice(['21', '22', '239'])} {digits(rng, 3)} {digits(rng, 3)}",
        }[self.where]

    def tax_id(self) -> str:
        """The business's tax or registration number as the country prints it (never the id)."""
        rng = self.rng
        return {
            "IN": f"GSTIN: {rng.randint(10, 36)}{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}1Z{code(rng, 1, ALNUM)}",
            "GB": f"VAT Reg. No. GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}",
            "US": f"Tax ID {digits(rng, 2)}-{digits(rng, 7)}",
            "IE": f"VAT No. IE{digits(rng, 7)}{code(rng, 1, 'ABCDEFGHW')}",
            "DE": rng.choice(
                [
                    f"St.-Nr. {digits(rng, 2)}/{digits(rng, 3)}/{digits(rng, 5)}",
                    f"USt-IdNr. DE{digits(rng, 9)}",
                ]
            ),
            "FR": rng.choice(
                [
                    f"SIRET {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 5)}",
                    f"TVA intracom. FR{digits(rng, 2)} {digits(rng, 9)}",
                ]
            ),
            "ES": f"NIF {rng.choice('AB')}{digits(rng, 8)}",
            "PT": f"NIF {rng.choice('5')}{digits(rng, 8)}",
        }[self.where]

    # -------- rows

    def outcome(self, p_shown, p_success=0.6, p_failed=0.2, words=None) -> tuple[str | None, str | None]:
        """An outcome in a share of pages and one of its wordings (``words`` by language, else the set's)."""
        rng = self.rng
        if rng.random() >= p_shown:
            return None, None
        roll = rng.random()
        status = "success" if roll < p_success else ("failed" if roll < p_success + p_failed else "pending")
        table = (words or {}).get(self.lang) or OUTCOMES[self.lang]
        return status, rng.choice(table[status])

    def status_row(self, rows: list[tuple], text: str | None, p_alone: float = 0.6) -> None:
        """The outcome on a line of its own, or beside a status label."""
        if not text:
            return
        if self.rng.random() < p_alone:
            rows.append(("center", text))
        else:
            rows.append(("pair", self.rng.choice(STATUS_LABELS[self.lang]), text))

    def total(self, rows, total, status, totals=None, paid=None) -> None:
        """The total line; a wording of money having changed hands only where no failure or wait is printed."""
        labels = list((totals or TOTALS).get(self.where) or (totals or TOTALS)[self.lang])
        if status not in ("failed", "pending"):
            labels += list((paid or PAID_TOTALS).get(self.where) or (paid or PAID_TOTALS).get(self.lang, []))
        rows.append(("pair", self.rng.choice(labels), self.fmt(total)))

    def way(self, kinds: list[str], online: bool = False) -> tuple[str, str]:
        """A way to pay of one of ``kinds`` in the page's country's words, and its truth (online: nothing tapped,
        inserted or handed over)."""
        rng = self.rng
        if self.where in WAYS:
            table = WAYS[self.where]
            kind = rng.choice([k for k in kinds if k in table and not (online and k == "cash")] or ["card"])
            ways = [w for w in table[kind] if not (online and any(word in w for word in IN_PERSON))]
            return rng.choice(ways).replace("{4}", digits(rng, 4)), kind
        usable = [k for k in kinds if not (online and k == "cash")] or ["card"]
        if self.where != "IN":
            usable = [k for k in usable if k != "UPI"] or ["card"]
        return _way64(rng, self.currency, self.german, usable, online)

    def pay(self, rows, kinds, labels=None, p_absent=0.2, online=False, status=None) -> str | None:
        """A way to pay under a label in a share; its truth, or None where none is printed. Where the payment failed
        or waits no label says it was paid."""
        if not shown(self.rng, p_absent):
            return None
        table = labels or METHOD_LABELS
        pool = list(table.get(self.where) or table[self.lang])
        if status in ("failed", "pending"):  # no cash is refused or waited for
            kinds = [k for k in kinds if k != "cash"] or ["card"]
        printed, kind = self.way(kinds, online)
        if status in ("failed", "pending"):
            pool = [label for label in pool if not label.startswith(PAID_WORDS)] or ["Method"]
            for _ in range(8):
                if not printed.startswith(PAID_WORDS):
                    break
                printed, kind = self.way(kinds, online)
            if printed.startswith(PAID_WORDS):
                printed = printed.split(" ", 2)[-1]
        rows.append(("pair", self.rng.choice(pool), printed))
        return kind

    def dated(self, rows, when, labels, p_absent=0.2, p_time=0.4, bare=0.0, status=None) -> dt.date | None:
        """The day paid under a label (or bare on a line of its own in a share ``bare``), or None. Where the payment
        failed or waits, the day it was tried is printed under a plain Date / Datum / Fecha / Data."""
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
            suffix = "" if added else " (incl.)"
            if igst and shown(rng, 0.4):
                rows.append(("pair", f"IGST {self.pct(rate)}{suffix}", self.m(2 * half)))
            else:
                rows.append(("pair", f"CGST {self.pct(rate / 2)}{suffix}", self.m(half)))
                rows.append(("pair", f"SGST {self.pct(rate / 2)}{suffix}", self.m(half)))
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
                "ES": f"IVA {pct}",
                "PT": f"IVA {pct}",
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
                "ES": [f"IVA {pct} incluido", f"Cuota IVA {pct}"],
                "PT": [f"IVA {pct} incluído", f"Taxa IVA {pct}"],
            }[self.where]
        )
        rows.append(("pair", label, self.m(included)))
        return net

    def tender(self, rows, total: float) -> None:
        """Cash handed over and the change, in the page's words (never the sum paid)."""
        step = 500.0 if self.where == "IN" else (50.0 if total > 40 else (20.0 if total > 10 else 10.0))
        given = (int(total // step) + 1) * step
        words = self.rng.choice(
            {
                "en": [("Cash", "Change"), ("CASH", "CHANGE"), ("Cash tendered", "Change due")],
                "de": [("Bar", "Rückgeld"), ("BAR", "Rückgeld")],
                "fr": [("Espèces", "Rendu monnaie"), ("Espèces remises", "Rendu")],
                "es": [("Efectivo", "Cambio"), ("Entregado en efectivo", "Cambio")],
                "pt": [("Numerário", "Troco"), ("Dinheiro", "Troco")],
            }[self.lang]
        )
        rows.append(("pair", words[0], self.m(given)))
        rows.append(("pair", words[1], self.m(round(given - total, 2))))


SLIP_HEAD = {
    "en": ["CARD PAYMENT", "SALE", "CUSTOMER COPY"],
    "de": ["Kartenzahlung", "KUNDENBELEG"],
    "fr": ["CARTE BANCAIRE", "TICKET CLIENT"],
    "es": ["PAGO CON TARJETA", "COPIA CLIENTE"],
    "pt": ["PAGAMENTO COM CARTÃO", "DUPLICADO CLIENTE"],
}
SCHEMES = {
    "IN": ["VISA DEBIT", "RUPAY", "MASTERCARD"],
    "GB": ["VISA DEBIT", "MASTERCARD", "AMEX"],
    "US": ["VISA", "MASTERCARD", "DISCOVER"],
    "IE": ["VISA DEBIT", "MASTERCARD"],
    "DE": ["girocard", "VISA", "MASTERCARD"],
    "FR": ["CB", "VISA", "MASTERCARD"],
    "ES": ["VISA", "MASTERCARD", "MAESTRO"],
    "PT": ["VISA", "MASTERCARD", "MULTIBANCO"],
}
ENTRIES = {
    "en": ["CONTACTLESS", "CHIP & PIN", "PIN VERIFIED"],
    "US": ["CONTACTLESS", "CHIP READ", "SWIPED"],
    "de": ["kontaktlos", "Chip + PIN"],
    "fr": ["SANS CONTACT", "CODE CONFIDENTIEL VÉRIFIÉ"],
    "es": ["CONTACTLESS", "PIN VERIFICADO"],
    "pt": ["CONTACTLESS", "PIN VERIFICADO"],
}
AUTH_LABELS = {
    "en": ["AUTH CODE", "Auth code", "APPR CODE"],
    "IN": ["APPR CODE", "RRN", "Auth code"],
    "US": ["AUTH #", "APPROVAL CODE", "REF #"],
    "de": ["Genehmigungs-Nr.", "Autorisierung"],
    "fr": ["N° autorisation", "Autorisation"],
    "es": ["Nº autorización", "AUT."],
    "pt": ["Cód. autorização", "AUT."],
}


def _slip(page: Page, rows: list[tuple], total: float, status: str | None, with_ref: bool) -> str | None:
    """A card terminal's slip under a till's receipt: the scheme and a masked card, the entry, the terminal's id
    (never the id), the sum again, the approval code or reference in a share (the id) and the terminal's outcome where
    ``status`` is set; the approval code, or None."""
    rng = page.rng
    rows.append(("rule",))
    rows.append(("center", page.w(SLIP_HEAD)))
    rows.append(("pair", rng.choice(SCHEMES[page.where]), "**** " + digits(rng, 4)))
    rows.append(("left", page.w(ENTRIES)))
    rows.append(
        (
            "pair",
            rng.choice(["TID", "Terminal", "TPE"] if page.lang == "fr" else ["TID", "Terminal"]),
            digits(rng, 8),
        )
    )
    if shown(rng, 0.5):
        rows.append(("pair", "AID", rng.choice(["A0000000031010", "A0000000041010", "A0000005241010"])))
    amount_word = {"en": "AMOUNT", "de": "BETRAG", "fr": "MONTANT", "es": "IMPORTE", "pt": "MONTANTE"}[
        page.lang
    ]
    rows.append(("pair", amount_word, page.fmt(total)))
    ref = None
    if with_ref:
        if page.where == "IN" and shown(rng, 0.5):
            ref, label = digits(rng, 12), "RRN"
        else:
            ref, label = code(rng, 6, string.digits + "ABCDEF"), page.w(AUTH_LABELS)
            if label == "RRN":
                label = "APPR CODE"
        if not any(ch.isdigit() for ch in ref):
            ref = ref[:-1] + "7"
        rows.append(("pair", label, ref))
    if status in ("success", "failed"):
        words = SLIP_WORDS.get(page.where) if page.where == "US" else SLIP_WORDS[page.lang]
        rows.append(("center", rng.choice(words[status])))
    return ref


# ---------------------------------------------------------------- 1 a pizza chain's own delivery or collection order


PIZZA = {
    "IN": ["Domino's Pizza", "La Pino'z Pizza"],
    "GB": ["Papa John's"],
    "US": ["Little Caesars", "Papa Johns"],
    "IE": ["Apache Pizza"],
    "DE": ["Smiley's Pizza Profis"],
    "FR": ["Speed Rabbit Pizza"],
    "ES": ["Telepizza"],
    "PT": ["Pizza Hut"],
}
PIZZA_BAND = {
    "Domino's Pizza": (0, 100, 145),
    "La Pino'z Pizza": (28, 110, 58),
    "Papa John's": (0, 112, 74),
    "Little Caesars": (226, 110, 0),
    "Papa Johns": (0, 112, 74),
    "Apache Pizza": (190, 30, 40),
    "Smiley's Pizza Profis": (210, 45, 45),
    "Speed Rabbit Pizza": (225, 85, 20),
    "Telepizza": (205, 18, 40),
    "Pizza Hut": (190, 16, 46),
}
# the store's place (a branch under Store / Outlet / Filiale / Tienda / Loja: never the payee's name)
OUTLETS = {
    "IN": [
        "Koramangala 5th Block, Bengaluru",
        "Baner Road, Pune",
        "Sector 29, Gurugram",
        "Anna Nagar, Chennai",
    ],
    "GB": ["Deansgate, Manchester", "Gloucester Road, Bristol", "Headingley, Leeds"],
    "US": ["E 14th St, New York, NY 10003", "S Lamar Blvd, Austin, TX 78704"],
    "IE": ["Rathmines, Dublin 6", "Douglas, Cork", "Salthill, Galway"],
    "DE": ["Schanzenstraße, Hamburg", "Sendlinger Straße, München"],
    "FR": ["Rue de la République, Lyon", "Cours Julien, Marseille"],
    "ES": ["Calle de Alcalá, Madrid", "Carrer de Sants, Barcelona"],
    "PT": ["Av. da Liberdade, Lisboa", "Rua de Santa Catarina, Porto"],
}
US_TAX = {"NY": 0.08875, "TX": 0.0825}
ORDER_KINDS = {
    "en": ("Order type", ("Delivery", "Collection")),
    "IN": ("Order type", ("Delivery", "Takeaway")),
    "US": ("Order type", ("Delivery", "Carryout")),
    "de": ("Bestellart", ("Lieferung", "Abholung")),
    "fr": ("Mode", ("Livraison", "À emporter")),
    "es": ("Tipo de pedido", ("A domicilio", "Recoger en tienda")),
    "pt": ("Tipo de pedido", ("Entrega ao domicílio", "Take-away")),
}
MENU = {
    "IN": [
        ("Paneer Tikka Pizza (Medium)", 459.0),
        ("Veg Supreme (Large, Thin Crust)", 699.0),
        ("Chicken Tikka Pizza (Medium)", 569.0),
        ("Margherita (Regular)", 229.0),
        ("Garlic Bread", 129.0),
        ("Choco Lava Cake", 109.0),
        ("Coke 500 ml", 60.0),
    ],
    "GB": [
        ("Large Pepperoni", 21.99),
        ("Medium Margherita", 15.49),
        ("Medium BBQ Chicken", 18.99),
        ("Garlic Knots", 5.99),
        ("Chicken Wings (8)", 7.49),
        ("Cookie Dough", 4.99),
        ("Pepsi Max 1.25L", 3.29),
    ],
    "US": [
        ("Large Pepperoni", 14.99),
        ("Large Cheese", 12.99),
        ("Medium Garden Fresh", 13.49),
        ("Breadsticks", 6.99),
        ("Wings (10 pc)", 11.99),
        ("2-Liter Coke", 3.79),
    ],
    "IE": [
        ('14" Meat Feast', 21.50),
        ('12" Hot & Spicy', 17.95),
        ('10" Margherita', 11.50),
        ("Wedges", 4.50),
        ("Garlic Bread with Cheese", 5.95),
        ("Can of Coke", 2.20),
    ],
    "DE": [
        ("Pizza Salami (Medium)", 11.90),
        ("Pizza Margherita (Large)", 13.50),
        ("Pizza Tonno", 12.40),
        ("Pizzabrötchen (8 Stk.)", 4.90),
        ("Chicken Wings (6 Stk.)", 6.90),
        ("Coca-Cola 1,0 l", 3.40),
        ("Tiramisu", 4.50),
    ],
    "FR": [
        ("Pizza Reine (Large)", 14.90),
        ("Pizza 4 Fromages (Medium)", 12.50),
        ("Pizza Savoyarde (Large)", 15.90),
        ("Potatoes", 3.90),
        ("Chicken Wings x6", 5.90),
        ("Coca-Cola 1,25 L", 3.50),
        ("Brownie", 2.90),
    ],
    "ES": [
        ("Pizza Barbacoa (Mediana)", 13.95),
        ("Pizza Carbonara (Familiar)", 18.95),
        ("Pizza Margarita (Mediana)", 10.95),
        ("Patatas Deluxe", 3.95),
        ("Alitas de pollo (8 uds.)", 5.95),
        ("Coca-Cola 1,5 L", 3.25),
        ("Tarta de chocolate", 3.50),
    ],
    "PT": [
        ("Pizza Pepperoni (Média)", 12.90),
        ("Pizza Havaiana (Familiar)", 17.90),
        ("Pizza Margherita (Média)", 10.50),
        ("Pão de alho", 3.90),
        ("Asas de frango (6 un.)", 5.50),
        ("Coca-Cola 1,5 L", 2.95),
        ("Brownie", 2.75),
    ],
}
PIZZA_RATE = {"GB": 0.20, "IE": 0.135, "DE": 0.07, "FR": 0.10, "ES": 0.10, "PT": 0.13}
PIZZA_FEE = {"IN": 49.0, "GB": 2.49, "US": 3.99, "IE": 2.50, "DE": 2.00, "FR": 2.90, "ES": 2.50, "PT": 1.99}
PIZZA_TIP = {"IN": 20.0, "GB": 1.5, "US": 4.0, "IE": 2.0, "DE": 2.0, "FR": 1.0, "ES": 1.0, "PT": 1.0}
COD = {
    "IN": ["Cash on Delivery", "Pay on delivery (Cash)"],
    "GB": ["Cash on delivery"],
    "US": ["Cash at door"],
    "IE": ["Cash on delivery"],
    "DE": ["Barzahlung bei Lieferung"],
    "FR": ["Espèces à la livraison"],
    "ES": ["Efectivo al repartidor"],
    "PT": ["Dinheiro na entrega"],
}
PIZZA_TERMS = {
    "en": [
        "Allergen information is available in store and online.",
        "Images are for illustration only. Prices include applicable taxes.",
        "Delivery charges are non-refundable.",
    ],
    "IN": [
        "Prices are inclusive of packaging. Delivery charges are non-refundable.",
        "Allergen info on request.",
    ],
    "US": ["Tip goes 100% to your driver.", "Delivery areas and charges may vary."],
    "de": ["Allergene und Zusatzstoffe siehe Speisekarte.", "Abbildungen ähnlich. Alle Preise inkl. MwSt."],
    "fr": ["Informations allergènes disponibles en magasin.", "Photos non contractuelles."],
    "es": ["Información sobre alérgenos disponible en tienda.", "Imágenes no contractuales. IVA incluido."],
    "pt": [
        "Informação sobre alergénios disponível na loja.",
        "Imagens meramente ilustrativas. IVA incluído.",
    ],
}


def pizza_order(rng: random.Random, font: str):
    """A pizza chain's own app or e-mail order for delivery or collection (Domino's Pizza and La Pino'z in rupees,
    Papa John's in pounds, Little Caesars and Papa Johns in dollars, Apache Pizza in euros, and Smiley's Pizza
    Profis, Speed Rabbit Pizza, Telepizza and Pizza Hut on German, French, Spanish and Portuguese pages): the order's
    kind, the branch under Store / Outlet / Filiale / Restaurant / Tienda / Loja (never the payee's name), the
    customer and the address, the driver or rider under their role, pizzas by size and crust, a coupon taken off, a
    delivery charge and a tip (both in the sum paid), GST added or VAT / MwSt. / TVA / IVA included, sales tax on US
    pages, reward points, a delivery time and a pre-order's day (never the day paid), Order ID / Bestellnummer / N° de
    commande / Nº de pedido / N.º da encomenda in a share, Order date / Bestelldatum / Date de commande / Fecha del
    pedido / Data da encomenda in a share, a way to pay in a share (cash on delivery: cash, and no outcome); an
    outcome in a share (success, failed or pending)."""
    where, chain = _country(rng, PIZZA)
    page = Page(rng, font, where, ["sign", "sign_space", "rs", "code_before"])
    lang = page.lang
    when = day(rng)
    delivery = shown(rng, 0.3)
    cod = delivery and rng.random() < 0.25
    if cod:
        status, words = None, None
    else:
        status, words = page.outcome(0.6, p_success=0.6, p_failed=0.25)
    rows: list[tuple] = [("title", chain)]
    heading = page.w(
        {
            "en": ["Order details", "Your order", "Order summary", "Receipt"],
            "de": ["Deine Bestellung", "Bestellübersicht"],
            "fr": ["Votre commande", "Récapitulatif de commande"],
            "es": ["Tu pedido", "Resumen del pedido"],
            "pt": ["O seu pedido", "Resumo da encomenda"],
        }
    )
    rows.append(("center", heading))
    page.status_row(rows, words)
    rows.append(("rule",))
    kind_label, kinds = ORDER_KINDS.get(where) or ORDER_KINDS[lang]
    rows.append(("pair", kind_label, kinds[0] if delivery else kinds[1]))
    outlet = rng.choice(OUTLETS[where])
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Store", "Your store"],
                    "IN": ["Outlet", "Store"],
                    "de": ["Filiale", "Store"],
                    "fr": ["Restaurant", "Magasin"],
                    "es": ["Tienda", "Local"],
                    "pt": ["Loja", "Restaurante"],
                }
            ),
            outlet,
        )
    )
    customer = page.person()
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Name", "Customer", "Deliver to"] if delivery else ["Name", "Customer"],
                    "de": ["Name", "Kunde"],
                    "fr": ["Nom", "Client"],
                    "es": ["Nombre", "Cliente"],
                    "pt": ["Nome", "Cliente"],
                }
            ),
            customer,
        )
    )
    if delivery:
        rows.append(
            (
                "small",
                {
                    "IN": f"Flat {rng.randint(101, 1204)}, {rng.choice(['Prestige Shantiniketan', 'Lodha Aurum', 'DLF Phase 3'])}",
                    "GB": f"{rng.randint(2, 180)} {rng.choice(['Albert Road', 'Mill Lane', 'Park Avenue'])}",
                    "US": f"{rng.randint(100, 4999)} {rng.choice(['Oak St', 'W 23rd St', 'Riverside Dr'])} Apt {rng.randint(1, 40)}",
                    "IE": f"{rng.randint(1, 90)} {rng.choice(['Castle Avenue', 'Seafield Road', 'Orchard Grove'])}",
                    "DE": f"{rng.choice(['Lindenstraße', 'Bahnhofstraße', 'Am Markt'])} {rng.randint(1, 120)}",
                    "FR": f"{rng.randint(1, 120)} {rng.choice(['rue Victor Hugo', 'avenue Jean Jaurès', 'rue des Lilas'])}",
                    "ES": f"{rng.choice(['Calle Mayor', 'Avenida de América', 'Calle del Pez'])} {rng.randint(1, 120)}, {rng.randint(1, 8)}º",
                    "PT": f"{rng.choice(['Rua do Ouro', 'Av. de Roma', 'Rua Direita'])} {rng.randint(1, 200)}, {rng.randint(1, 6)}.º Esq.",
                }[where],
            )
        )
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    page.w(
                        {
                            "en": ["Your driver", "Driver"],
                            "IN": ["Delivery partner", "Your rider"],
                            "de": ["Fahrer/in", "Lieferfahrer"],
                            "fr": ["Livreur", "Votre livreur"],
                            "es": ["Repartidor", "Tu repartidor"],
                            "pt": ["Estafeta", "Entregador"],
                        }
                    ),
                    page.staff().split()[0],
                )
            )
    rows.append(("rule",))
    net = 0.0
    for name, unit in rng.sample(MENU[where], rng.randint(2, 4)):
        n = rng.choice([1, 1, 1, 2])
        line = round(unit * n, 2)
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, page.m(line)))
        net = round(net + line, 2)
    if shown(rng, 0.6):
        coupon = code(rng, rng.choice([6, 8]), UPPER + "0123456789")
        off = round(net * rng.choice([0.2, 0.25, 0.3]), 2)
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": [f"Coupon {coupon}", f"Deal ({coupon})", f"Discount - {coupon}"],
                        "de": [f"Gutschein {coupon}", f"Rabattcode {coupon}"],
                        "fr": [f"Code promo {coupon}", f"Remise {coupon}"],
                        "es": [f"Cupón {coupon}", f"Descuento {coupon}"],
                        "pt": [f"Cupão {coupon}", f"Desconto {coupon}"],
                    }
                ),
                page.neg(off),
            )
        )
        net = round(net - off, 2)
    if delivery:
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Delivery charge", "Delivery fee"],
                        "de": ["Liefergebühr"],
                        "fr": ["Frais de livraison"],
                        "es": ["Gastos de envío", "Coste de entrega"],
                        "pt": ["Taxa de entrega"],
                    }
                ),
                page.m(PIZZA_FEE[where]),
            )
        )
        net = round(net + PIZZA_FEE[where], 2)
    if where == "IN":
        total = page.tax(rows, net, 0.05, added=True)
    elif where == "US":
        state = "NY" if "NY" in outlet else "TX"
        total = page.tax(rows, net, US_TAX[state], added=True)
    else:
        total = page.tax(rows, net, PIZZA_RATE[where], added=False)
    if delivery and not cod and shown(rng, 0.5):
        tip = PIZZA_TIP[where] * rng.choice([1, 1, 2])
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Driver tip", "Tip"],
                        "IN": ["Tip for delivery partner", "Rider tip"],
                        "de": ["Trinkgeld"],
                        "fr": ["Pourboire livreur"],
                        "es": ["Propina"],
                        "pt": ["Gorjeta"],
                    }
                ),
                page.m(tip),
            )
        )
        total = round(total + tip, 2)
    page.total(rows, total, status if not cod else "pending")
    if cod:
        method = "cash"
        rows.append(
            ("pair", page.w(METHOD_LABELS | {"en": ["Payment method", "Payment"]}), rng.choice(COD[where]))
        )
    else:
        kinds = (
            ["UPI", "UPI", "wallet", "card", "netbanking"] if where == "IN" else ["card", "card", "wallet"]
        )
        method = page.pay(rows, kinds, p_absent=0.25, online=True, status=status)
    if status in (None, "success") and shown(rng, 0.5):
        points = rng.randint(8, 240)
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Points earned", "Reward points"],
                        "de": ["Bonuspunkte"],
                        "fr": ["Points fidélité"],
                        "es": ["Puntos ganados"],
                        "pt": ["Pontos ganhos"],
                    }
                ),
                str(points),
            )
        )
    rows.append(("rule",))
    ref = {
        "IN": digits(rng, 10),
        "GB": digits(rng, 7),
        "US": digits(rng, 8),
        "IE": "AP" + digits(rng, 7),
        "DE": digits(rng, 9),
        "FR": "CMD" + digits(rng, 7),
        "ES": digits(rng, 9),
        "PT": digits(rng, 8),
    }[where]
    txn = page.ident(
        rows,
        {
            "en": ["Order ID", "Order No.", "Order #", "Order number"],
            "de": ["Bestellnummer", "Bestell-Nr."],
            "fr": ["N° de commande", "Commande n°"],
            "es": ["Nº de pedido", "Número de pedido"],
            "pt": ["N.º da encomenda", "Número do pedido"],
        },
        ref,
        0.2,
    )
    dated = page.dated(
        rows,
        when,
        {
            "en": ["Order date", "Ordered on", "Placed on"],
            "de": ["Bestelldatum", "Bestellt am"],
            "fr": ["Date de commande", "Commandé le"],
            "es": ["Fecha del pedido", "Pedido realizado el"],
            "pt": ["Data da encomenda", "Data do pedido"],
        },
        0.25,
        0.7,
        status=status,
    )
    if not cod and rng.random() < 0.2:
        later = _later(when, rng, 1, 5)
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Scheduled for", "Pre-order for"],
                        "de": ["Vorbestellt für", "Lieferung am"],
                        "fr": ["Livraison prévue le", "Commande programmée pour"],
                        "es": ["Programado para", "Entrega programada"],
                        "pt": ["Agendado para", "Entrega agendada"],
                    }
                ),
                page.date(later) + " " + page.clock(),
            )
        )
    elif delivery:
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Estimated delivery", "Delivery in"],
                        "de": ["Voraussichtliche Lieferzeit"],
                        "fr": ["Livraison estimée"],
                        "es": ["Entrega estimada"],
                        "pt": ["Entrega prevista"],
                    }
                ),
                f"{(low := rng.choice([20, 25, 30, 35]))}-{low + 10} {'Min.' if lang == 'de' else 'min'}",
            )
        )
    rows.append(("small", page.w(PIZZA_TERMS)))
    truth = truth_fields(chain, total, page.currency, txn, dated, method, status)
    if shown(rng, 0.4):
        style = dict(EMAIL, band=PIZZA_BAND[chain], band_ink=(255, 255, 255))
        if rows[2] != ("rule",):  # the band holds the name and the heading only
            rows.insert(2, ("rule",))
    elif shown(rng, 0.25):
        style = dict(DARK)
    else:
        style = dict(SCREEN)
    return rows, truth, _page(font, rows, _sized(style, 19), chain)


# ---------------------------------------------------------------- 2 a fishmonger's or fish market's counter ticket


FISHMONGERS = {
    "IN": ["Sea Catch Fish Mart", "Matsya Fresh Fish Stall"],
    "GB": ["Harbour Fresh Fishmongers"],
    "US": ["Blue Harbor Seafood Market"],
    "IE": ["Galway Bay Fish Shop"],
    "DE": ["Fischhandel Godeffroy"],
    "FR": ["Poissonnerie du Port"],
    "ES": ["Pescadería Hermanos Lozano"],
    "PT": ["Peixaria Mar Azul"],
}
FISH_PLACES = {
    "Sea Catch Fish Mart": "Shop 14, Sassoon Dock Road, Colaba, Mumbai 400005",
    "Matsya Fresh Fish Stall": "Stall 7, Chalai Market, Thiruvananthapuram 695036",
    "Harbour Fresh Fishmongers": "3 The Quay, Brixham TQ5 8AW",
    "Blue Harbor Seafood Market": "1410 Commercial St, Portland, ME 04101",
    "Galway Bay Fish Shop": "Spanish Parade, Galway H91 X2C4",
    "Fischhandel Godeffroy": "Fischmarkt 11, 22767 Hamburg",
    "Poissonnerie du Port": "4 quai Gambetta, 62200 Boulogne-sur-Mer",
    "Pescadería Hermanos Lozano": "Mercado de Abastos, puesto 23, 15704 Santiago de Compostela",
    "Peixaria Mar Azul": "Mercado do Bolhão, banca 31, 4000-093 Porto",
}
# species, price per kg (per lb on US pages)
FISH = {
    "IN": [
        ("Seer fish (Surmai)", 900.0),
        ("Pomfret (White)", 1100.0),
        ("Prawns (Medium)", 650.0),
        ("Rohu", 260.0),
        ("Mackerel (Bangda)", 280.0),
        ("Sardine (Mathi)", 220.0),
    ],
    "GB": [
        ("Cod fillet", 24.50),
        ("Haddock fillet", 22.90),
        ("Scottish salmon fillet", 26.00),
        ("Cornish mackerel", 9.80),
        ("Raw king prawns", 28.00),
        ("Lemon sole", 19.50),
    ],
    "US": [
        ("Atlantic salmon fillet", 13.99),
        ("Wild cod loin", 12.49),
        ("Jumbo shrimp 16/20", 15.99),
        ("Sea scallops U10", 29.99),
        ("Halibut steak", 24.99),
    ],
    "IE": [
        ("Hake fillet", 21.00),
        ("Smoked haddock", 19.50),
        ("Organic salmon", 28.00),
        ("Dublin Bay prawns", 36.00),
        ("Mackerel", 8.50),
    ],
    "DE": [
        ("Lachsfilet", 32.90),
        ("Kabeljaufilet", 29.90),
        ("Scholle", 18.90),
        ("Matjesfilet", 22.90),
        ("Nordseekrabben", 79.00),
        ("Forelle geräuchert", 24.90),
    ],
    "FR": [
        ("Filet de cabillaud", 29.90),
        ("Bar de ligne", 34.00),
        ("Sole", 39.00),
        ("Moules de bouchot", 6.50),
        ("Crevettes roses cuites", 24.90),
        ("Pavé de saumon", 27.50),
    ],
    "ES": [
        ("Merluza de pincho", 18.95),
        ("Dorada", 9.95),
        ("Lubina", 11.50),
        ("Gamba blanca", 24.90),
        ("Boquerones", 7.95),
        ("Sardinas", 5.95),
    ],
    "PT": [
        ("Robalo", 14.90),
        ("Dourada", 9.90),
        ("Sardinha", 6.50),
        ("Carapau", 5.90),
        ("Bacalhau demolhado", 16.90),
        ("Polvo", 15.90),
    ],
}
# the food rate of each country's tax on fish (none in India, the UK, Ireland and on US pages)
FISH_RATE = {"DE": 0.07, "FR": 0.055, "ES": 0.10, "PT": 0.06}
CATCH = {
    "GB": ["Caught in FAO 27 (NE Atlantic), trawl", "Farmed in Scotland"],
    "IE": ["Caught in FAO 27, Irish waters", "Farmed in Ireland"],
    "DE": ["Fanggebiet FAO 27 Nordostatlantik, Schleppnetz", "Aquakultur Norwegen"],
    "FR": ["Zone FAO 27 - Pêché en mer, chalut", "Élevé en Écosse"],
    "ES": ["Zona FAO 27 - Capturado con redes de arrastre", "Criado en acuicultura (Grecia)"],
    "PT": ["Zona FAO 27 - Capturado no mar, redes de emalhar", "Aquicultura (Portugal)"],
}
LOT_WORD = {"en": "Lot", "de": "Los", "fr": "Lot", "es": "Lote", "pt": "Lote"}
FARMED = ("salmon", "Lachs", "saumon", "Forelle", "Dorada", "Lubina", "Dourada", "Robalo")
KEEP_COLD = {
    "en": ["Keep refrigerated 0-4°C. Use within 24 hours.", "Please keep chilled and cook thoroughly."],
    "IN": ["Keep in refrigerator. Cook within 24 hours.", "Goods once sold will not be taken back."],
    "de": ["Kühl lagern bei max. +2 °C. Zum baldigen Verzehr.", "Vor dem Verzehr vollständig durchgaren."],
    "fr": ["À conserver entre 0 et 4 °C. À consommer dans les 24 h.", "Merci de votre visite, à bientôt !"],
    "es": ["Conservar entre 0 y 4 °C. Consumir en 24 horas.", "Gracias por su compra."],
    "pt": ["Conservar entre 0 e 4 ºC. Consumir em 24 horas.", "Obrigado pela sua preferência."],
}


def fish_counter(rng: random.Random, font: str):
    """A fishmonger's or fish market's counter ticket (two in rupees, one each in pounds and dollars, an Irish, a
    German, a French, a Spanish and a Portuguese one in euros), a thermal slip: the stall's address and its GSTIN,
    VAT, Tax ID, St.-Nr., SIRET or NIF (never the id), CASH MEMO / RECEIPT / Kassenbon / Ticket / Factura
    simplificada / Fatura simplificada, the seller (Served by / Bed. / Vendeur / Le atendió / Atendido por), fish by
    weight at a price per kg (per lb on US pages) with the catch area, lot or farming line of EU labelling, a cleaning
    and cutting charge, the food rate of MwSt. / TVA / IVA included (none elsewhere), TOTAL / Summe / Total / Total a
    pagar, cash handed over and the change, or a card slip with its terminal id and an approval code or RRN in a
    share (the id, where no ticket number is printed), a UPI reference on Indian slips, the ticket's own number in a
    share, the date and time bare or under Date / Datum / Fecha / Data in a share; only the slip states an outcome
    (approved, or declined in a share)."""
    where, shop = _country(rng, FISHMONGERS)
    page = Page(rng, font, where, ["rs", "rs_slash", "sign", "code_before"])
    lang = page.lang
    when = day(rng)
    rows: list[tuple] = [("title", shop), ("center", FISH_PLACES[shop])]
    if shown(rng, 0.3):
        rows.append(("center", page.tax_id()))
    rows.append(
        (
            "center",
            page.w(
                {
                    "IN": ["CASH MEMO", "BILL"],
                    "en": ["RECEIPT", "SALES RECEIPT"],
                    "de": ["Kassenbon", "Beleg"],
                    "fr": ["TICKET", "Ticket de caisse"],
                    "es": ["FACTURA SIMPLIFICADA", "TICKET"],
                    "pt": ["FATURA SIMPLIFICADA", "Fatura-Recibo"],
                }
            ),
        )
    )
    bare_top = shown(rng, 0.5)
    dated = None
    if bare_top and shown(rng, 0.15):
        rows.append(("left", page.stamp(when, 0.9)))
        dated = when
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Served by", "Staff"],
                        "de": ["Bed.", "Es bediente Sie"],
                        "fr": ["Vendeur", "Vendeuse"],
                        "es": ["Le atendió", "Dependiente"],
                        "pt": ["Atendido por", "Operador"],
                    }
                ),
                page.staff().split()[0],
            )
        )
    rows.append(("rule",))
    unit = "lb" if where == "US" else "kg"
    net = 0.0
    for name, per in rng.sample(FISH[where], rng.randint(1, 3)):
        weight = round(rng.uniform(0.25, 1.8), 3 if where != "US" else 2)
        line = round(weight * per, 2)
        rows.append(("left", name))
        rows.append(
            (
                "pair",
                f"  {page.num(weight, 3 if where != 'US' else 2)} {unit} x {page.m(per)}/{unit}",
                page.m(line),
            )
        )
        if where in CATCH and shown(rng, 0.5):
            farmed = any(word in name for word in FARMED)
            rows.append(
                (
                    "small",
                    CATCH[where][farmed]
                    + (f" · {LOT_WORD[lang]} L{digits(rng, 4)}" if shown(rng, 0.5) else ""),
                )
            )
        net = round(net + line, 2)
    if where == "IN" and shown(rng, 0.3):
        clean = rng.choice([30.0, 50.0])
        rows.append(("pair", rng.choice(["Cleaning & cutting", "Cleaning charges"]), page.m(clean)))
        net = round(net + clean, 2)
    rows.append(("rule",))
    total = page.tax(rows, net, FISH_RATE.get(where, 0.0), added=False)
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["TOTAL", "Total"],
                    "IN": ["TOTAL", "Net Amt", "Bill Amount"],
                    "de": ["SUMME", "Summe EUR", "Zu zahlen"],
                    "fr": ["TOTAL", "Net à payer"],
                    "es": ["TOTAL", "Total a pagar"],
                    "pt": ["TOTAL", "Total a pagar"],
                }
            ),
            page.fmt(total),
        )
    )
    kinds = ["cash", "UPI", "UPI", "card"] if where == "IN" else ["cash", "card", "card"]
    kind = rng.choice(kinds)
    status, txn = None, None
    slip_words = None
    if kind == "cash":
        page.tender(rows, total)
        method = "cash"
    elif kind == "UPI":
        rows.append(
            (
                "pair",
                rng.choice(["Paid by", "Mode", "Payment"]),
                rng.choice(["UPI", "PhonePe UPI", "GPay UPI", "Paytm UPI"]),
            )
        )
        method = "UPI"
        if shown(rng, 0.5):
            txn = digits(rng, 12)
            rows.append(("pair", rng.choice(["UPI Ref No", "UPI Txn ID", "UTR"]), txn))
    else:
        method = "card"
        slip_words = shown(rng, 0.35)
        if slip_words:
            status = "success" if rng.random() < 0.8 else "failed"
        txn = _slip(page, rows, total, status, with_ref=shown(rng, 0.4))
    if txn is None and status != "failed" and shown(rng, 0.5):
        txn = page.ident(
            rows,
            {
                "en": ["Receipt No", "Ticket No"],
                "IN": ["Bill No", "Memo No"],
                "de": ["Bon-Nr.", "Beleg-Nr."],
                "fr": ["Ticket n°", "N° ticket"],
                "es": ["Nº ticket", "Factura simplificada nº"],
                "pt": ["Fatura simplificada n.º", "Doc. n.º"],
            },
            {
                "IN": str(rng.randint(120, 9800)),
                "GB": digits(rng, 5),
                "US": digits(rng, 6),
                "IE": digits(rng, 5),
                "DE": digits(rng, 4),
                "FR": digits(rng, 6),
                "ES": f"T{rng.randint(1, 3)}-{digits(rng, 6)}",
                "PT": f"FS {rng.choice(['A', 'B'])}{when.year}/{rng.randint(100, 9999)}",
            }[where],
            0.0,
        )
        if where == "PT" and shown(rng, 0.6):
            rows.append(("small", f"ATCUD: {code(rng, 8, ALNUM)}-{txn.rsplit('/', 1)[-1]}"))
            rows.append(("small", f"Processado por programa certificado n.º {rng.randint(1000, 2999)}/AT"))
    if dated is None:
        if shown(rng, 0.2):
            dated = None
        elif bare_top or shown(rng, 0.5):
            rows.append(("left", page.stamp(when, 0.8)))
            dated = when
        else:
            dated = page.dated(rows, when, PLAIN_DATE, 0.0, 0.7)
    rows.append(("small", page.w(KEEP_COLD)))
    truth = truth_fields(shop, total, page.currency, txn, dated, method, status)
    style = _sized(THERMAL, rng.choice([17, 18]))
    return rows, truth, _page(font, rows, style, shop, rng.choice([400, 440]))


# ---------------------------------------------------------------- 3 a shoe shop's till receipt


SHOE_SHOPS = {
    "IN": ["Bata", "Metro Shoes"],
    "GB": ["Clarks", "Schuh"],
    "US": ["Famous Footwear"],
    "IE": ["Korky's Shoes"],
    "DE": ["Deichmann"],
    "FR": ["Éram"],
    "ES": ["Calzados Marypaz"],
    "PT": ["Sapataria Lusitana"],
}
SHOE_PLACES = {
    "Bata": "Brigade Road, Bengaluru 560025",
    "Metro Shoes": "Phoenix Marketcity, Kurla West, Mumbai 400070",
    "Clarks": "Unit 12, Cabot Circus, Bristol BS1 3BX",
    "Schuh": "Buchanan Galleries, Glasgow G1 2GF",
    "Famous Footwear": "Barton Creek Square, Austin, TX 78746",
    "Korky's Shoes": "Henry Street, Dublin 1",
    "Deichmann": "Schildergasse 54, 50667 Köln",
    "Éram": "Centre commercial Part-Dieu, 69003 Lyon",
    "Calzados Marypaz": "C.C. Nervión Plaza, 41005 Sevilla",
    "Sapataria Lusitana": "Rua de Santa Catarina 210, 4000-443 Porto",
}
# (item, price, children's: zero-rated in the UK and Ireland)
SHOES = {
    "IN": [
        ("Men's formal lace-up Black UK 8", 2999.0, False),
        ("Women's sandals Tan UK 5", 1499.0, False),
        ("Kids' school shoes Black UK 2", 899.0, False),
        ("Sports shoes Grey UK 9", 3499.0, False),
        ("Socks (3 pairs)", 299.0, False),
        ("Shoe polish kit", 199.0, False),
    ],
    "GB": [
        ("Men's Derby Black UK 9 G", 85.00, False),
        ("Women's Ankle Boot Tan UK 5", 95.00, False),
        ("Kids' School Shoe Black 12F", 48.00, True),
        ("Trainers White UK 7", 70.00, False),
        ("Protector Spray 200ml", 7.99, False),
        ("Sports Socks 3pk", 9.00, False),
    ],
    "US": [
        ("Men's Running Shoe Sz 10.5 W", 89.99, False),
        ("Women's Slip-On Sneaker Sz 8", 64.99, False),
        ("Kids' Light-Up Sneaker Sz 13", 39.99, False),
        ("Leather Chelsea Boot Sz 9 M", 129.99, False),
        ("Crew Socks 6pk", 14.99, False),
    ],
    "IE": [
        ("Men's Brogue Brown EU 43", 110.00, False),
        ("Women's Court Shoe Navy EU 38", 89.00, False),
        ("Children's Velcro Shoe EU 30", 55.00, True),
        ("Wellington Boots EU 40", 35.00, False),
        ("Gel Insoles", 12.00, False),
    ],
    "DE": [
        ("Herren Sneaker weiß Gr. 43", 59.99, False),
        ("Damen Stiefelette schwarz Gr. 39", 79.99, False),
        ("Kinder Hausschuh Gr. 28", 19.99, False),
        ("Wanderschuh Gr. 42", 99.95, False),
        ("Imprägnierspray", 7.99, False),
        ("Sneakersocken 3er", 6.99, False),
    ],
    "FR": [
        ("Derbies homme cuir noir P.42", 89.90, False),
        ("Bottines femme camel P.38", 79.90, False),
        ("Baskets enfant P.31", 39.90, False),
        ("Chaussons", 19.90, False),
        ("Spray imperméabilisant", 8.90, False),
    ],
    "ES": [
        ("Zapato hombre piel negro T.42", 69.95, False),
        ("Botín mujer marrón T.38", 59.95, False),
        ("Deportiva niño T.30", 29.95, False),
        ("Sandalia mujer T.37", 34.95, False),
        ("Spray impermeabilizante", 6.95, False),
    ],
    "PT": [
        ("Sapato homem pele preto T.42", 64.99, False),
        ("Botim senhora camel T.38", 59.99, False),
        ("Sapatilha criança T.30", 29.99, False),
        ("Sandália senhora T.37", 34.99, False),
        ("Spray impermeabilizante", 6.99, False),
    ],
}
SHOE_RATE = {"GB": 0.20, "US": 0.0825, "IE": 0.23, "DE": 0.19, "FR": 0.20, "ES": 0.21, "PT": 0.23}
CLUBS = {
    "IN": ["Bata Club No", "Loyalty No"],
    "GB": ["Rewards card", "Member no"],
    "US": ["Famously You Rewards #", "Rewards #"],
    "IE": ["Loyalty card"],
    "DE": ["Kundenkarte", "App-ID"],
    "FR": ["Carte fidélité n°"],
    "ES": ["Tarjeta cliente"],
    "PT": ["Cartão cliente n.º"],
}
EXCHANGE = {
    "en": [
        ("Exchange or refund by", "Please keep your receipt. Unworn items only."),
        ("Return by", "Refunds to the original card with proof of purchase."),
    ],
    "IN": [
        (
            "Exchange within 7 days till",
            "No exchange on discounted items. Goods once sold cannot be refunded.",
        )
    ],
    "US": [("Return by", "Returns with receipt within 30 days for unworn merchandise.")],
    "de": [("Umtausch bis", "Umtausch nur mit Kassenbon und in Originalverpackung.")],
    "fr": [("Échange jusqu'au", "Échange sur présentation du ticket, articles non portés.")],
    "es": [("Cambios hasta", "Cambios y devoluciones con ticket en 30 días.")],
    "pt": [("Trocas até", "Trocas mediante apresentação do talão, artigos sem uso.")],
}


def shoe_shop_till(rng: random.Random, font: str):
    """A shoe shop's till receipt (Bata and Metro Shoes in rupees, Clarks and Schuh in pounds, Famous Footwear in
    dollars, Korky's in euros, and Deichmann, Éram, Calzados Marypaz and Sapataria Lusitana on German, French,
    Spanish and Portuguese pages), a thermal slip: the branch and its GSTIN, VAT, Tax ID, St.-Nr., SIRET or NIF
    (never the id), store, till and cashier, shoes by size and colour with an EAN (never the id), a second pair's or
    a member's discount, GST included or VAT / MwSt. / TVA / IVA included (children's shoes zero-rated on UK and
    Irish pages), sales tax added on US pages, a loyalty card's number and points (never the id), the tender (cash
    with the change, UPI, a card slip with its terminal id and an approval code in a share), the receipt's own number
    in a share, the date and time bare on top or at the foot in a share, an exchange-by day (never the day paid) and
    the exchange terms; only the slip states an outcome (approved, or declined in a share)."""
    where, shop = _country(rng, SHOE_SHOPS)
    page = Page(rng, font, where, ["rs", "sign", "code_before", "rs_slash"])
    when = day(rng)
    rows: list[tuple] = [("title", shop), ("center", SHOE_PLACES[shop])]
    if shown(rng, 0.35):
        rows.append(("center", page.tax_id()))
    rows.append(
        (
            "center",
            page.w(
                {
                    "IN": ["TAX INVOICE", "RETAIL INVOICE"],
                    "en": ["SALES RECEIPT", "RECEIPT"],
                    "de": ["Kassenbon", "Rechnung"],
                    "fr": ["Ticket de caisse", "TICKET"],
                    "es": ["FACTURA SIMPLIFICADA", "TICKET DE COMPRA"],
                    "pt": ["FATURA SIMPLIFICADA", "FATURA-RECIBO"],
                }
            ),
        )
    )
    store = f"{page.w({'en': ['Store'], 'de': ['Filiale'], 'fr': ['Magasin'], 'es': ['Tienda'], 'pt': ['Loja']})} {rng.randint(100, 4999)}"
    till = f"{page.w({'en': ['Till', 'Reg'], 'de': ['Kasse'], 'fr': ['Caisse'], 'es': ['Caja'], 'pt': ['Caixa']})} {rng.randint(1, 6)}"
    cashier = page.staff().split()[0]
    dated = None
    top = shown(rng, 0.5)
    if top and shown(rng, 0.15):
        rows.append(("left", f"{page.stamp(when, 0.9)}  {till}"))
        dated = when
    else:
        rows.append(("left", f"{store}  {till}"))
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Served by", "Cashier"],
                    "de": ["Es bediente Sie", "Bed."],
                    "fr": ["Caissier", "Vendeuse"],
                    "es": ["Le atendió", "Cajero"],
                    "pt": ["Operador", "Atendido por"],
                }
            ),
            cashier,
        )
    )
    rows.append(("rule",))
    chosen = rng.sample(SHOES[where], rng.randint(1, 3))
    net, zero = 0.0, 0.0
    for name, unit, child in chosen:
        rows.append(("pair", name, page.m(unit)))
        if shown(rng, 0.5):
            rows.append(("small", f"EAN {digits(rng, 13)}"))
        net = round(net + unit, 2)
        zero = round(zero + unit, 2) if child and where in ("GB", "IE") else zero
    shoes = [unit for name, unit, _ in chosen if unit > (20 if where != "IN" else 600)]
    if len(shoes) >= 2 and shown(rng, 0.4):
        off = round(min(shoes) / 2, 2)
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["2nd pair half price", "Multibuy saving"],
                        "de": ["2. Paar -50%"],
                        "fr": ["2e paire -50%"],
                        "es": ["2º par al 50%"],
                        "pt": ["2.º par -50%"],
                    }
                ),
                page.neg(off),
            )
        )
        net = round(net - off, 2)
    elif shown(rng, 0.25):
        off = round(net * 0.1, 2)
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Member discount 10%", "Staff-card discount 10%"],
                        "de": ["Kundenkarten-Rabatt 10%"],
                        "fr": ["Remise fidélité 10 %"],
                        "es": ["Descuento cliente 10%"],
                        "pt": ["Desconto cliente 10%"],
                    }
                ),
                page.neg(off),
            )
        )
        net = round(net - off, 2)
        zero = round(zero * 0.9, 2)
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Items", "Qty"],
                    "de": ["Artikel"],
                    "fr": ["Articles"],
                    "es": ["Artículos"],
                    "pt": ["Artigos"],
                }
            ),
            str(len(chosen)),
        )
    )
    if where == "IN":
        rate = 0.05 if all(unit <= 2500 for _, unit, _ in chosen) else 0.18
        total = page.tax(rows, net, rate, added=False)
    elif where == "US":
        total = page.tax(rows, net, SHOE_RATE["US"], added=True)
    else:
        rate = SHOE_RATE[where]
        taxable = round(net - zero, 2)
        if zero and shown(rng, 0.7):
            rows.append(("pair", "VAT 0% (A)", page.m(0.0)))
            rows.append(
                ("pair", f"VAT {page.pct(rate)} (B) incl.", page.m(round(taxable - taxable / (1 + rate), 2)))
            )
        else:
            page.tax(rows, taxable, rate, added=False)
        total = net
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["TOTAL", "Total", "BALANCE DUE"],
                    "IN": ["NET AMOUNT", "TOTAL", "Bill Amount"],
                    "de": ["SUMME", "Summe EUR", "Zu zahlen"],
                    "fr": ["TOTAL", "TOTAL TTC", "Net à payer"],
                    "es": ["TOTAL", "Total a pagar"],
                    "pt": ["TOTAL", "Total a pagar"],
                }
            ),
            page.fmt(total),
        )
    )
    kinds = ["card", "UPI", "UPI", "cash", "wallet"] if where == "IN" else ["card", "card", "cash", "wallet"]
    kind = rng.choice(kinds)
    status, txn = None, None
    if kind == "cash":
        page.tender(rows, total)
        method = "cash"
    elif kind == "card" and shown(rng, 0.3):
        method = "card"
        status = ("success" if rng.random() < 0.8 else "failed") if shown(rng, 0.4) else None
        txn = _slip(page, rows, total, status, with_ref=shown(rng, 0.5))
    else:
        method = page.pay(
            rows,
            [kind],
            {
                "en": ["Tender", "Paid by", "Payment"],
                "IN": ["Tender", "Mode", "Paid by"],
                "de": ["Zahlart", "Bezahlt mit"],
                "fr": ["Règlement", "Payé par"],
                "es": ["Forma de pago", "Pagado con"],
                "pt": ["Pago com", "Forma de pagamento"],
            },
            p_absent=0.0,
        )
    card_no = None
    if shown(rng, 0.4):
        card_no = digits(rng, rng.choice([10, 12]))
        rows.append(("pair", page.w(CLUBS), card_no))
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    page.w(
                        {
                            "en": ["Points balance", "Points earned"],
                            "de": ["Punktestand"],
                            "fr": ["Points cumulés"],
                            "es": ["Puntos acumulados"],
                            "pt": ["Pontos acumulados"],
                        }
                    ),
                    str(rng.randint(20, 2400)),
                )
            )
    if txn is None and status != "failed" and shown(rng, 0.45):
        txn = page.ident(
            rows,
            {
                "en": ["Receipt No", "Trans No", "Receipt #"],
                "IN": ["Bill No", "Invoice No"],
                "de": ["Bon-Nr.", "Belegnummer"],
                "fr": ["Ticket n°", "N° de transaction"],
                "es": ["Nº ticket", "Factura simplificada nº"],
                "pt": ["Fatura simplificada n.º", "N.º documento"],
            },
            {
                "IN": f"{code(rng, 3, UPPER)}/{when.year % 100}-{(when.year + 1) % 100}/{digits(rng, 5)}",
                "GB": digits(rng, 6),
                "US": digits(rng, 8),
                "IE": digits(rng, 6),
                "DE": digits(rng, 5),
                "FR": digits(rng, 7),
                "ES": f"{rng.randint(1, 9)}{rng.randint(100, 999)}-{digits(rng, 6)}",
                "PT": f"FS {code(rng, 2, UPPER)}{when.year}/{rng.randint(1000, 99999)}",
            }[where],
            0.0,
        )
        if where == "PT" and shown(rng, 0.6):
            rows.append(("small", f"ATCUD: {code(rng, 8, ALNUM)}-{txn.rsplit('/', 1)[-1]}"))
    if dated is None and shown(rng, 0.85):
        rows.append(("left", page.stamp(when, 0.9) + ("" if top else f"  {till}")))
        dated = when
    label, terms = page.w(EXCHANGE)
    if status != "failed":
        rows.append(
            (
                "pair",
                label,
                page.date(_later(when, rng, 7, 8) if where == "IN" else _later(when, rng, 28, 31)),
            )
        )
    rows.append(("small", terms))
    truth = truth_fields(shop, total, page.currency, txn, dated, method, status)
    style = _sized(THERMAL, rng.choice([17, 18]))
    return rows, truth, _page(font, rows, style, shop, rng.choice([400, 430]))


# ---------------------------------------------------------------- 4 a pet shop's online order


PET_SHOPS = {
    "IN": ["Supertails", "Zigly"],
    "GB": ["Pets at Home", "Jollyes"],
    "US": ["Chewy", "PetSmart"],
    "IE": ["Petstop"],
    "DE": ["Fressnapf", "zooplus"],
    "FR": ["Maxi Zoo", "Animalis"],
    "ES": ["Kiwoko", "Tiendanimal"],
    "PT": ["Tiendanimal"],
}
PET_BAND = {
    "Supertails": (92, 46, 145),
    "Zigly": (0, 150, 136),
    "Pets at Home": (0, 120, 60),
    "Jollyes": (214, 30, 60),
    "Chewy": (18, 85, 175),
    "PetSmart": (200, 20, 40),
    "Petstop": (0, 96, 160),
    "Fressnapf": (0, 120, 65),
    "zooplus": (40, 110, 190),
    "Maxi Zoo": (0, 120, 65),
    "Animalis": (240, 125, 0),
    "Kiwoko": (255, 140, 0),
    "Tiendanimal": (0, 140, 190),
}
# (item, price, pet food: taxed at a reduced rate on German pages)
PET_ITEMS = {
    "IN": [
        ("Drools Adult Dog Food 10 kg", 2999.0, True),
        ("Whiskas Ocean Fish Pouch 85 g x 12", 480.0, True),
        ("Bentonite Cat Litter 10 kg", 699.0, False),
        ("Chew Bones (pack of 6)", 349.0, True),
        ("Flea & Tick Spot-on (10-20 kg)", 780.0, False),
        ("Padded Dog Harness (M)", 899.0, False),
    ],
    "GB": [
        ("Adult Dog Food Chicken & Rice 12kg", 44.99, True),
        ("Cat Pouches in Jelly 40 x 85g", 17.50, True),
        ("Wood Pellet Cat Litter 30L", 12.99, False),
        ("Dental Chews 28pk", 14.99, True),
        ("Flea & Worm Spot-On 3pk", 27.99, False),
        ("Padded Dog Harness M", 22.00, False),
    ],
    "US": [
        ("Grain-Free Dry Dog Food 24 lb", 62.99, True),
        ("Wet Cat Food Variety Pack 24 x 3 oz", 21.48, True),
        ("Clumping Cat Litter 35 lb", 19.98, False),
        ("Bully Sticks 6 in, 10 ct", 24.99, True),
        ("Heartworm Chewables 6 ct (Rx)", 58.99, False),
        ("No-Pull Dog Harness M", 26.95, False),
    ],
    "IE": [
        ("Dog Food Lamb & Rice 15kg", 49.99, True),
        ("Cat Food Pouches 48 x 85g", 22.99, True),
        ("Clumping Cat Litter 10L", 8.99, False),
        ("Dental Sticks 28pk", 13.49, True),
        ("Spot-On Flea Treatment 3pk", 24.99, False),
    ],
    "DE": [
        ("Trockenfutter Adult Huhn 12 kg", 42.99, True),
        ("Nassfutter Katze 24 x 85 g", 14.99, True),
        ("Klumpstreu 15 l", 11.49, False),
        ("Kauknochen 10 Stk.", 8.99, True),
        ("Spot-on gegen Flöhe und Zecken 3 Pip.", 24.95, False),
        ("Hundegeschirr Gr. M", 19.99, False),
    ],
    "FR": [
        ("Croquettes chien adulte 12 kg", 44.90, True),
        ("Sachets chat 40 x 85 g", 18.90, True),
        ("Litière agglomérante 10 L", 9.90, False),
        ("Os à mâcher x10", 8.50, True),
        ("Pipettes antiparasitaires x3", 26.90, False),
        ("Harnais chien taille M", 21.90, False),
    ],
    "ES": [
        ("Pienso perro adulto 12 kg", 41.99, True),
        ("Comida húmeda gato 24 x 85 g", 15.99, True),
        ("Arena aglomerante 10 L", 8.99, False),
        ("Snacks dentales 28 uds.", 12.99, True),
        ("Pipetas antiparasitarias 3 uds.", 23.95, False),
        ("Arnés perro talla M", 18.99, False),
    ],
    "PT": [
        ("Ração cão adulto 12 kg", 42.99, True),
        ("Saquetas gato 24 x 85 g", 15.49, True),
        ("Areia aglomerante 10 L", 8.99, False),
        ("Snacks dentários 28 un.", 12.99, True),
        ("Pipetas antiparasitárias 3 un.", 24.49, False),
        ("Peitoral cão tamanho M", 18.99, False),
    ],
}
PETS = [
    ("Bruno", "Labrador"),
    ("Mochi", "cat"),
    ("Luna", "Beagle"),
    ("Simba", "cat"),
    ("Coco", "Cocker Spaniel"),
]
PET_COURIERS = {
    "IN": ["Delhivery", "Blue Dart", "Ekart"],
    "GB": ["DPD", "Royal Mail Tracked 48", "Evri"],
    "US": ["UPS Ground", "FedEx Home Delivery"],
    "IE": ["An Post", "DPD Ireland"],
    "DE": ["DHL Paket", "Hermes"],
    "FR": ["Colissimo", "Chronopost"],
    "ES": ["SEUR", "Correos Express"],
    "PT": ["CTT Expresso", "DPD Portugal"],
}
PET_RATE = {"GB": 0.20, "IE": 0.23, "DE": 0.19, "FR": 0.20, "ES": 0.21, "PT": 0.23}
PET_FREE = {"IN": 499.0, "GB": 39.0, "US": 49.0, "IE": 40.0, "DE": 29.0, "FR": 49.0, "ES": 39.0, "PT": 39.0}
PET_SHIP = {"IN": 79.0, "GB": 3.99, "US": 4.95, "IE": 4.95, "DE": 3.99, "FR": 4.90, "ES": 3.99, "PT": 3.90}
REPEAT = {
    "en": ["Repeat delivery saving 5%", "Subscribe & Save 5%"],
    "US": ["Autoship savings 5%", "Autoship first order 35% off"],
    "de": ["Spar-Abo -5%"],
    "fr": ["Abonnement -5 %"],
    "es": ["Ahorro suscripción -5%"],
    "pt": ["Poupança subscrição -5%"],
}


def pet_supplies_order(rng: random.Random, font: str):
    """A pet shop's online order e-mail or app receipt (Supertails and Zigly in rupees, Pets at Home and Jollyes in
    pounds, Chewy and PetSmart in dollars, Petstop in euros, and Fressnapf, zooplus, Maxi Zoo, Animalis, Kiwoko and
    Tiendanimal on German, French, Spanish and Portuguese pages): the customer greeted by name and the delivery
    address, the pet under Pet / Tier / Animal / Mascota (a name, never the payee), a prescription's vet practice (a
    business, never the payee), food, litter, treats and a flea treatment, a repeat-delivery or Autoship saving and
    the next delivery's day (never the day paid), delivery free over a threshold or charged, GST added, VAT / MwSt. /
    TVA / IVA included (the food at 7% and the rest at 19% on German pages), sales tax on US pages, reward points, the
    courier and its tracking number and an estimated delivery (never the id, never the day paid), Order number /
    Bestellnummer / N° de commande / Nº de pedido / N.º da encomenda in a share, Order date / Bestelldatum / Date de
    commande / Fecha del pedido / Data da encomenda in a share, a way to pay in a share; an outcome in a share."""
    where, shop = _country(rng, PET_SHOPS)
    page = Page(rng, font, where, ["sign", "sign_space", "rs", "code_before"])
    when = day(rng)
    status, words = page.outcome(0.55, p_success=0.55, p_failed=0.25)
    rows: list[tuple] = [("title", shop)]
    rows.append(
        (
            "center",
            page.w(
                {
                    "en": ["Order confirmation", "Order details", "Your order summary"],
                    "de": ["Bestellbestätigung", "Deine Bestellung"],
                    "fr": ["Confirmation de commande", "Votre commande"],
                    "es": ["Confirmación de pedido", "Resumen de tu pedido"],
                    "pt": ["Confirmação de encomenda", "Resumo da sua encomenda"],
                }
            )
            if status in (None, "success")
            else page.w(
                {
                    "en": ["Your order", "Order summary"],
                    "de": ["Deine Bestellung"],
                    "fr": ["Votre commande"],
                    "es": ["Tu pedido"],
                    "pt": ["A sua encomenda"],
                }
            ),
        )
    )
    customer = page.person()
    first = customer.split()[0]
    rows.append(
        (
            "left",
            page.w(
                {
                    "en": [f"Hi {first},"],
                    "IN": [f"Hi {first},", f"Hello {first},"],
                    "de": [f"Hallo {first},"],
                    "fr": [f"Bonjour {first},"],
                    "es": [f"Hola {first}:"],
                    "pt": [f"Olá {first},"],
                }
            ),
        )
    )
    page.status_row(rows, words, 0.5)
    pet, breed = rng.choice(PETS)
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Pet", "Shopping for"],
                        "de": ["Tier", "Dein Liebling"],
                        "fr": ["Animal"],
                        "es": ["Mascota"],
                        "pt": ["Animal de estimação"],
                    }
                ),
                f"{pet} ({breed})",
            )
        )
    rows.append(("rule",))
    chosen = rng.sample(PET_ITEMS[where], rng.randint(2, 4))
    net, food = 0.0, 0.0
    for name, unit, is_food in chosen:
        n = rng.choice([1, 1, 1, 2])
        line = round(unit * n, 2)
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, page.m(line)))
        net = round(net + line, 2)
        food = round(food + line, 2) if is_food else food
    rx = [name for name, _, _ in chosen if "Rx" in name or "Spot-On" in name or "Spot-on" in name]
    if rx and where in ("US", "GB", "IE") and shown(rng, 0.3):
        practice = rng.choice(
            {
                "US": ["Lakeside Animal Hospital", "Barton Creek Veterinary Clinic"],
                "GB": ["Vets4Pets Bristol", "Medivet Clapham"],
                "IE": ["Anicare Veterinary Clinic, Dublin 6"],
            }[where]
        )
        rows.append(
            ("small", f"Prescription approved by Dr. {_staff(rng, page.currency).split()[-1]}, {practice}")
        )
    repeat = shown(rng, 0.6)
    if repeat:
        off = round(net * (0.35 if where == "US" and shown(rng, 0.7) else 0.05), 2)
        label = page.w(REPEAT)
        if "35%" not in label:
            off = round(net * 0.05, 2)
        rows.append(("pair", label, page.neg(off)))
        share = 1 - off / net
        net, food = round(net - off, 2), round(food * share, 2)
    ship = 0.0 if net >= PET_FREE[where] else PET_SHIP[where]
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Delivery", "Shipping"],
                    "de": ["Versand"],
                    "fr": ["Livraison"],
                    "es": ["Envío"],
                    "pt": ["Portes de envio"],
                }
            ),
            page.m(ship)
            if ship
            else page.w(
                {
                    "en": ["FREE", "Free"],
                    "de": ["kostenlos"],
                    "fr": ["Offerte"],
                    "es": ["Gratis"],
                    "pt": ["Grátis"],
                }
            ),
        )
    )
    net = round(net + ship, 2)
    if where == "IN":
        total = page.tax(rows, net, 0.18, added=False, igst=True)
    elif where == "US":
        total = page.tax(rows, net, rng.choice([0.0625, 0.07, 0.0825]), added=True)
    elif where == "DE" and food and shown(rng, 0.7):
        other = round(net - food, 2)
        rows.append(("pair", "inkl. 7% MwSt.", page.m(round(food - food / 1.07, 2))))
        rows.append(("pair", "inkl. 19% MwSt.", page.m(round(other - other / 1.19, 2))))
        total = net
    else:
        total = page.tax(rows, net, PET_RATE[where], added=False)
    page.total(
        rows,
        total,
        status,
        {"en": ["Order total", "Total", "Grand total"]} | {k: v for k, v in TOTALS.items() if k != "en"},
    )
    kinds = ["UPI", "UPI", "card", "wallet", "netbanking"] if where == "IN" else ["card", "card", "wallet"]
    if where == "DE":
        kinds.append("netbanking")
    method = page.pay(rows, kinds, p_absent=0.25, online=True, status=status)
    if status in (None, "success") and shown(rng, 0.4):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Points earned", "Rewards earned"],
                        "US": ["Treats points earned"],
                        "de": ["Gesammelte Punkte"],
                        "fr": ["Points gagnés"],
                        "es": ["Puntos conseguidos"],
                        "pt": ["Pontos ganhos"],
                    }
                ),
                str(rng.randint(20, 600)),
            )
        )
    rows.append(("rule",))
    ref = {
        "IN": "ST" + digits(rng, 9) if shop == "Supertails" else "ZG-" + digits(rng, 8),
        "GB": digits(rng, 9),
        "US": digits(rng, 10),
        "IE": "PS" + digits(rng, 7),
        "DE": digits(rng, 10),
        "FR": digits(rng, 9),
        "ES": "TA" + digits(rng, 8) if shop == "Tiendanimal" else digits(rng, 8),
        "PT": "TA" + digits(rng, 8),
    }[where]
    txn = page.ident(
        rows,
        {
            "en": ["Order number", "Order no.", "Order #"],
            "de": ["Bestellnummer", "Auftragsnummer"],
            "fr": ["N° de commande", "Numéro de commande"],
            "es": ["Nº de pedido", "Número de pedido"],
            "pt": ["N.º da encomenda", "Número da encomenda"],
        },
        ref,
        0.2,
    )
    dated = page.dated(
        rows,
        when,
        {
            "en": ["Order date", "Ordered on", "Date placed"],
            "de": ["Bestelldatum", "Bestellt am"],
            "fr": ["Date de commande", "Commandé le"],
            "es": ["Fecha del pedido", "Fecha de compra"],
            "pt": ["Data da encomenda", "Data de compra"],
        },
        0.25,
        0.4,
        status=status,
    )
    if status in (None, "success"):
        courier = rng.choice(PET_COURIERS[where])
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Courier", "Delivered by"],
                        "de": ["Versand mit"],
                        "fr": ["Transporteur"],
                        "es": ["Transportista"],
                        "pt": ["Transportadora"],
                    }
                ),
                courier,
            )
        )
        if shown(rng, 0.5):
            tracking = {
                "IN": digits(rng, 13),
                "GB": code(rng, 2, UPPER) + digits(rng, 9) + "GB",
                "US": "1Z" + code(rng, 16, ALNUM),
                "IE": code(rng, 2, UPPER) + digits(rng, 9) + "IE",
                "DE": digits(rng, 14),
                "FR": "6A" + digits(rng, 11),
                "ES": digits(rng, 14),
                "PT": "DA" + digits(rng, 9) + "PT",
            }[where]
            rows.append(
                (
                    "pair",
                    page.w(
                        {
                            "en": ["Tracking number", "Tracking"],
                            "de": ["Sendungsnummer"],
                            "fr": ["N° de suivi"],
                            "es": ["Nº de seguimiento"],
                            "pt": ["N.º de seguimento"],
                        }
                    ),
                    tracking,
                )
            )
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Estimated delivery", "Arriving"],
                        "de": ["Voraussichtliche Zustellung"],
                        "fr": ["Livraison estimée"],
                        "es": ["Entrega estimada"],
                        "pt": ["Entrega prevista"],
                    }
                ),
                page.date(_later(when, rng, 1, 5)),
            )
        )
        if repeat:
            rows.append(
                (
                    "pair",
                    page.w(
                        {
                            "en": ["Next repeat delivery", "Next Autoship"],
                            "de": ["Nächste Abo-Lieferung"],
                            "fr": ["Prochaine livraison"],
                            "es": ["Próximo envío"],
                            "pt": ["Próxima entrega"],
                        }
                    ),
                    page.date(_later(when, rng, 28, 43)),
                )
            )
    address = {
        "IN": f"{customer}, {rng.randint(2, 400)} {rng.choice(['HSR Layout', 'Indiranagar', 'Powai'])}",
        "GB": f"{customer}, {rng.randint(2, 90)} {rng.choice(['Church Street', 'Victoria Road'])}",
        "US": f"{customer}, {rng.randint(100, 9000)} {rng.choice(['Maple Ave', 'Cedar Ln'])}",
        "IE": f"{customer}, {rng.randint(1, 60)} {rng.choice(['Main Street', 'Ashgrove'])}",
        "DE": f"{customer}, {rng.choice(['Gartenweg', 'Schulstraße'])} {rng.randint(1, 60)}",
        "FR": f"{customer}, {rng.randint(1, 90)} {rng.choice(['rue Pasteur', 'allée des Tilleuls'])}",
        "ES": f"{customer}, {rng.choice(['Calle Real', 'Calle Sol'])} {rng.randint(1, 90)}",
        "PT": f"{customer}, {rng.choice(['Rua da Paz', 'Rua Nova'])} {rng.randint(1, 90)}",
    }[where]
    rows.append(("small", address))
    rows.append(
        (
            "small",
            page.w(
                {
                    "en": ["Returns accepted within 28 days on unopened items.", "Prices include VAT."],
                    "IN": ["Easy returns within 7 days on unopened products."],
                    "US": ["Questions? Our team is here 24/7."],
                    "de": ["Widerrufsrecht: 14 Tage ab Erhalt der Ware."],
                    "fr": ["Droit de rétractation de 14 jours."],
                    "es": ["Dispones de 14 días para devoluciones."],
                    "pt": ["Tem 14 dias para devolver os artigos."],
                }
            ),
        )
    )
    truth = truth_fields(shop, total, page.currency, txn, dated, method, status)
    if shown(rng, 0.4):
        style = dict(EMAIL, band=PET_BAND[shop], band_ink=(255, 255, 255))
        if rows[2] != ("rule",):  # the band holds the name and the heading only
            rows.insert(2, ("rule",))
    else:
        style = dict(SCREEN if shown(rng, 0.5) else EMAIL)
    return rows, truth, _page(font, rows, _sized(style, 19), shop)


# ---------------------------------------------------------------- 5 a windscreen repair or replacement


GLASS = {
    "IN": ["ClearView Auto Glass"],
    "GB": ["Autoglass", "National Windscreens"],
    "US": ["Safelite AutoGlass"],
    "IE": ["Glasstech Windscreens Cork"],
    "DE": ["Carglass", "Junited Autoglas"],
    "FR": ["France Pare-Brise", "Mondial Pare-Brise"],
    "ES": ["Carglass"],
    "PT": ["ExpressGlass"],
}
GLASS_PLACES = {
    "IN": "Plot 21, Bhosari MIDC, Pune 411026",
    "GB": "Service centre: Aston Lane North, Birmingham B6 4AE",
    "US": "Mobile service - Columbus, OH 43215",
    "IE": "Kinsale Road Industrial Estate, Cork T12 R2TX",
    "DE": "Servicecenter Hamburg-Wandsbek, Friedrich-Ebert-Damm 120",
    "FR": "Centre de Villeurbanne, 45 cours Émile Zola",
    "ES": "Centro Madrid - Avda. de Manoteras 38",
    "PT": "Centro ExpressGlass Lisboa - Rua Cidade de Bolama 8",
}
INSURERS = {
    "IN": ["HDFC ERGO General Insurance", "ICICI Lombard", "Tata AIG"],
    "GB": ["Aviva", "Direct Line", "Admiral"],
    "US": ["GEICO", "State Farm", "Progressive"],
    "IE": ["FBD Insurance", "AXA Insurance", "Allianz"],
    "DE": ["HUK-COBURG", "Allianz Versicherung"],
    "FR": ["MAIF", "AXA France", "Groupama"],
    "ES": ["Mapfre", "Línea Directa"],
    "PT": ["Fidelidade", "Tranquilidade"],
}
CARS = {
    "IN": ["Maruti Suzuki Swift", "Hyundai Creta", "Tata Nexon"],
    "GB": ["Ford Focus", "Vauxhall Corsa", "Nissan Qashqai"],
    "US": ["Toyota RAV4", "Honda Civic", "Ford F-150"],
    "IE": ["Volkswagen Golf", "Toyota Corolla", "Hyundai Tucson"],
    "DE": ["VW Golf VIII", "Opel Astra", "BMW 320d"],
    "FR": ["Renault Clio V", "Peugeot 308", "Citroën C3"],
    "ES": ["Seat León", "Dacia Sandero", "Renault Captur"],
    "PT": ["Renault Mégane", "Peugeot 2008", "Fiat 500"],
}
# (work, price in euros), priced for each country at a rough rate
GLASS_WORK = {
    "en": [
        ("Windscreen replacement (OE glass)", 420.0),
        ("Windscreen chip repair", 65.0),
        ("ADAS camera recalibration", 180.0),
        ("Rain/light sensor gel pad", 25.0),
        ("Windscreen moulding", 40.0),
    ],
    "de": [
        ("Windschutzscheibe ersetzt (Erstausrüsterqualität)", 420.0),
        ("Steinschlagreparatur", 65.0),
        ("Kamera-Kalibrierung Fahrerassistenz", 180.0),
        ("Regensensor-Gelpad", 25.0),
        ("Scheibenrahmen / Zierleiste", 40.0),
    ],
    "fr": [
        ("Remplacement pare-brise (qualité origine)", 420.0),
        ("Réparation d'impact", 65.0),
        ("Calibrage caméra ADAS", 180.0),
        ("Gel capteur de pluie", 25.0),
        ("Enjoliveur de pare-brise", 40.0),
    ],
    "es": [
        ("Sustitución de luna delantera", 420.0),
        ("Reparación de impacto", 65.0),
        ("Calibración de cámara ADAS", 180.0),
        ("Gel sensor de lluvia", 25.0),
        ("Moldura de luna", 40.0),
    ],
    "pt": [
        ("Substituição de para-brisas", 420.0),
        ("Reparação de impacto", 65.0),
        ("Calibração de câmara ADAS", 180.0),
        ("Gel do sensor de chuva", 25.0),
        ("Moldura do para-brisas", 40.0),
    ],
}
RATE_FROM_EUR = {"IN": 25.0, "GB": 0.86, "US": 1.08, "IE": 1.0, "DE": 1.0, "FR": 1.0, "ES": 1.0, "PT": 1.0}
EXCESS = {
    "IN": [1000.0, 2000.0],
    "GB": [95.0, 115.0, 75.0],
    "US": [100.0, 250.0],
    "IE": [150.0, 100.0],
    "DE": [150.0, 300.0],
    "FR": [75.0, 100.0],
    "ES": [60.0, 90.0],
    "PT": [100.0, 75.0],
}
GLASS_RATE = {
    "IN": 0.18,
    "GB": 0.20,
    "US": 0.0575,
    "IE": 0.23,
    "DE": 0.19,
    "FR": 0.20,
    "ES": 0.21,
    "PT": 0.23,
}


def _priced(where: str, eur: float) -> float:
    """A price set in euros as the country would ask it (rupees, pounds and dollars at a rough rate)."""
    value = eur * RATE_FROM_EUR[where]
    return float(round(value / 50) * 50) if where == "IN" else round(value, 2)


def windscreen_repair(rng: random.Random, font: str):
    """A windscreen repair or replacement firm's invoice and receipt (ClearView Auto Glass in rupees, Autoglass and
    National Windscreens in pounds, Safelite in dollars, an Irish glass firm in euros, and Carglass, Junited
    Autoglas, France Pare-Brise, Mondial Pare-Brise, Carglass Spain and ExpressGlass on German, French, Spanish and
    Portuguese pages), a printed invoice or an e-mail: the customer, the vehicle's make, registration, VIN and mileage
    (never the id), the insurer (a business, never the payee), its policy and claim numbers and a job number (never
    the id), the incident's day and the fitting's day (never the day paid), the technician, glass, calibration,
    sensor pad and moulding, VAT / MwSt. / TVA / IVA or GST added, the invoice's total and, where an insurer pays,
    the insurer's share and the excess / deductible / Selbstbeteiligung / franchise / franquicia / franquia the
    customer paid (the amount), a zero balance due, the way to pay in a share, the invoice's number or the payment's
    reference in a share, the day paid under Payment date / Date paid / Bezahlt am / Date de paiement / Fecha de pago
    / Data de pagamento in a share; PAID / Bezahlt / Acquittée / Pagado / Pago or an outcome in a share."""
    where, firm = _country(rng, GLASS)
    page = Page(rng, font, where, ["sign", "rs", "code_before", "sign_space"])
    lang = page.lang
    when = day(rng)
    insured = shown(rng, 0.4)
    status, words = page.outcome(
        0.5,
        p_success=0.6,
        p_failed=0.2,
        words={
            "en": {
                "success": ["PAID", "Paid with thanks", "Payment received"],
                "failed": ["Payment declined"],
                "pending": ["Awaiting payment", "Payment pending"],
            },
            "de": {
                "success": ["Bezahlt", "Betrag dankend erhalten"],
                "failed": ["Zahlung abgelehnt"],
                "pending": ["Zahlung ausstehend"],
            },
            "fr": {
                "success": ["Acquittée", "Payée"],
                "failed": ["Paiement refusé"],
                "pending": ["En attente de paiement"],
            },
            "es": {
                "success": ["Pagado", "Pago recibido"],
                "failed": ["Pago rechazado"],
                "pending": ["Pendiente de pago"],
            },
            "pt": {
                "success": ["Pago", "Pagamento recebido"],
                "failed": ["Pagamento recusado"],
                "pending": ["A aguardar pagamento"],
            },
        },
    )
    rows: list[tuple] = [("title", firm), ("center", GLASS_PLACES[where])]
    if shown(rng, 0.5):
        rows.append(("center", page.tax_id()))
    rows.append(
        (
            "center",
            page.w(
                {
                    "en": ["INVOICE / RECEIPT", "Invoice", "Job receipt"],
                    "IN": ["TAX INVOICE", "INVOICE CUM RECEIPT"],
                    "de": ["Rechnung", "Rechnung / Quittung"],
                    "fr": ["Facture", "Facture acquittée"] if status == "success" else ["Facture"],
                    "es": ["Factura", "Factura / Recibo"],
                    "pt": ["Fatura-Recibo", "Fatura"],
                }
            ),
        )
    )
    page.status_row(rows, words, 0.7)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Customer", "Bill to"],
                    "de": ["Kunde", "Rechnungsempfänger"],
                    "fr": ["Client"],
                    "es": ["Cliente"],
                    "pt": ["Cliente"],
                }
            ),
            page.person(),
        )
    )
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Vehicle", "Make / model"],
                    "de": ["Fahrzeug"],
                    "fr": ["Véhicule"],
                    "es": ["Vehículo"],
                    "pt": ["Viatura"],
                }
            ),
            rng.choice(CARS[where]),
        )
    )
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Registration", "Reg no"],
                    "US": ["Plate", "License plate"],
                    "de": ["Kennzeichen"],
                    "fr": ["Immatriculation"],
                    "es": ["Matrícula"],
                    "pt": ["Matrícula"],
                }
            ),
            _reg(rng, where),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["VIN"],
                        "IN": ["Chassis No"],
                        "de": ["FIN"],
                        "fr": ["N° VIN"],
                        "es": ["Bastidor"],
                        "pt": ["N.º de quadro"],
                    }
                ),
                _vin(rng),
            )
        )
    if shown(rng, 0.4):
        km = rng.randint(8000, 160000)
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Mileage"],
                        "IN": ["Odometer"],
                        "de": ["km-Stand"],
                        "fr": ["Kilométrage"],
                        "es": ["Kilometraje"],
                        "pt": ["Quilometragem"],
                    }
                ),
                f"{km:,} {'mi' if where in ('GB', 'US') else 'km'}".replace(
                    ",", {"en": ",", "fr": " "}.get(lang, ".")
                ),
            )
        )
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Job no", "Job number"],
                    "de": ["Auftrags-Nr."],
                    "fr": ["N° d'intervention"],
                    "es": ["Nº de orden de trabajo"],
                    "pt": ["N.º de serviço"],
                }
            ),
            code(rng, 2, UPPER) + digits(rng, 7),
        )
    )
    if insured:
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Insurer"],
                        "de": ["Versicherung"],
                        "fr": ["Assureur"],
                        "es": ["Aseguradora"],
                        "pt": ["Seguradora"],
                    }
                ),
                rng.choice(INSURERS[where]),
            )
        )
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Policy no", "Policy number"],
                        "de": ["Versicherungsschein-Nr."],
                        "fr": ["N° de contrat"],
                        "es": ["Nº de póliza"],
                        "pt": ["N.º de apólice"],
                    }
                ),
                code(rng, 3, UPPER) + digits(rng, 8),
            )
        )
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Claim no", "Claim reference"],
                        "de": ["Schaden-Nr."],
                        "fr": ["N° de sinistre"],
                        "es": ["Nº de siniestro"],
                        "pt": ["N.º de sinistro"],
                    }
                ),
                digits(rng, rng.choice([8, 10])),
            )
        )
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Date of incident", "Date of loss"],
                        "de": ["Schadendatum"],
                        "fr": ["Date du sinistre"],
                        "es": ["Fecha del siniestro"],
                        "pt": ["Data do sinistro"],
                    }
                ),
                page.date(_earlier(when, rng, 4, 30)),
            )
        )
    fitted = _earlier(when, rng, 0, 3) if shown(rng, 0.5) else when
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Fitted on", "Date of service"],
                    "de": ["Einbaudatum", "Leistungsdatum"],
                    "fr": ["Date d'intervention"],
                    "es": ["Fecha de intervención"],
                    "pt": ["Data da intervenção"],
                }
            ),
            page.date(fitted),
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Technician"],
                        "de": ["Monteur"],
                        "fr": ["Technicien"],
                        "es": ["Técnico"],
                        "pt": ["Técnico"],
                    }
                ),
                page.staff(),
            )
        )
    rows.append(("rule",))
    work = GLASS_WORK[lang]
    replace = shown(rng, 0.3)
    chosen = [work[0]] + rng.sample(work[2:], rng.randint(0, 2)) if replace else [work[1]]
    net = 0.0
    for name, eur in chosen:
        value = _priced(where, eur * rng.uniform(0.9, 1.15))
        rows.append(("pair", name, page.m(value)))
        net = round(net + value, 2)
    if where == "US":
        invoice_total = page.tax(rows, net, GLASS_RATE["US"], added=True)
    else:
        if shown(rng, 0.5):
            rows.append(
                (
                    "pair",
                    page.w(
                        {
                            "en": ["Subtotal", "Net"],
                            "IN": ["Taxable value"],
                            "de": ["Nettobetrag"],
                            "fr": ["Total HT"],
                            "es": ["Base imponible"],
                            "pt": ["Total ilíquido"],
                        }
                    ),
                    page.m(net),
                )
            )
        invoice_total = page.tax(rows, net, GLASS_RATE[where], added=True)
    if insured and invoice_total > max(EXCESS[where]) * 1.5:
        excess = rng.choice(EXCESS[where])
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Invoice total", "Total invoice"],
                        "de": ["Rechnungsbetrag"],
                        "fr": ["Total facture"],
                        "es": ["Total factura"],
                        "pt": ["Total da fatura"],
                    }
                ),
                page.fmt(invoice_total),
            )
        )
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Claimed from insurer", "Payable by insurer"],
                        "US": ["Billed to insurance"],
                        "de": ["Anteil Versicherung"],
                        "fr": ["Pris en charge par l'assureur"],
                        "es": ["A cargo de la aseguradora"],
                        "pt": ["A cargo da seguradora"],
                    }
                ),
                page.m(round(invoice_total - excess, 2)),
            )
        )
        paid = status not in ("failed", "pending")
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Excess paid", "Customer contribution paid"]
                        if paid
                        else ["Excess", "Customer contribution"],
                        "US": ["Deductible paid"] if paid else ["Deductible"],
                        "de": ["Selbstbeteiligung (bezahlt)"] if paid else ["Selbstbeteiligung"],
                        "fr": ["Franchise réglée"] if paid else ["Franchise"],
                        "es": ["Franquicia abonada"] if paid else ["Franquicia"],
                        "pt": ["Franquia paga"] if paid else ["Franquia"],
                    }
                ),
                page.fmt(excess),
            )
        )
        total = excess
    else:
        total = invoice_total
        page.total(rows, total, status)
    kinds = ["UPI", "card", "cash", "netbanking"] if where == "IN" else ["card", "card", "cash", "netbanking"]
    method = page.pay(rows, kinds, p_absent=0.25, status=status)
    if status in (None, "success") and shown(rng, 0.3):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Balance due"],
                        "de": ["Offener Betrag"],
                        "fr": ["Reste à payer"],
                        "es": ["Pendiente"],
                        "pt": ["Valor em dívida"],
                    }
                ),
                page.m(0.0),
            )
        )
    rows.append(("rule",))
    ref = {
        "IN": f"CV/{when.year % 100}-{(when.year + 1) % 100}/{digits(rng, 4)}",
        "GB": "INV" + digits(rng, 8),
        "US": digits(rng, 9),
        "IE": "GT-" + digits(rng, 5),
        "DE": digits(rng, 10),
        "FR": "F" + digits(rng, 8),
        "ES": f"FV{when.year}-{digits(rng, 6)}",
        "PT": f"FR {code(rng, 2, UPPER)}{when.year}/{rng.randint(100, 9999)}",
    }[where]
    txn = page.ident(
        rows,
        {
            "en": ["Invoice No", "Invoice number"],
            "US": ["Invoice #", "Invoice No"],
            "de": ["Rechnungs-Nr.", "Rechnungsnummer"],
            "fr": ["Facture n°", "N° de facture"],
            "es": ["Nº de factura", "Factura nº"],
            "pt": ["Fatura-Recibo n.º", "N.º do documento"],
        },
        ref,
        0.25,
    )
    dated = page.dated(
        rows,
        when,
        {
            "en": ["Payment date", "Date paid"],
            "US": ["Payment date", "Paid on"],
            "de": ["Bezahlt am", "Zahlungsdatum"],
            "fr": ["Date de paiement", "Réglé le"],
            "es": ["Fecha de pago", "Fecha de cobro"],
            "pt": ["Data de pagamento", "Data do recebimento"],
        },
        0.3,
        0.4,
        status=status,
    )
    rows.append(
        (
            "small",
            page.w(
                {
                    "en": [
                        "Lifetime guarantee on workmanship for as long as you own the vehicle.",
                        "Do not use a car wash for 24 hours after replacement.",
                    ],
                    "de": [
                        "Bitte 24 Stunden keine Waschanlage nutzen.",
                        "Gewährleistung auf Einbau lt. AGB.",
                    ],
                    "fr": ["Garantie à vie sur la pose tant que vous êtes propriétaire du véhicule."],
                    "es": ["No lave el vehículo en túnel durante 24 horas."],
                    "pt": ["Não lave a viatura em túnel de lavagem nas próximas 24 horas."],
                }
            ),
        )
    )
    truth = truth_fields(firm, total, page.currency, txn, dated, method, status)
    style = A4 if shown(rng, 0.6) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 18), firm, 660)


# ---------------------------------------------------------------- 6 a home appliance repair visit


APPLIANCE_FIRMS = {
    "IN": ["Sai Cool Care Services", "Om Sai Electronics & Appliance Repairs"],
    "GB": ["ApplianceFix Leeds", "Whitegoods Doctor Ltd"],
    "US": ["Mr. Appliance of North Austin", "Lakeside Appliance Service"],
    "IE": ["Cork Domestic Appliance Repairs"],
    "DE": ["Hausgeräte-Service Becker"],
    "FR": ["Dépannage Électroménager Martin"],
    "ES": ["SAT Electrodomésticos Ruiz"],
    "PT": ["Frio Lar - Assistência Técnica"],
}
# (appliance, model, fault and work done) by language
APPLIANCES = {
    "en": [
        ("Washing machine", "LG F4V709WTS", "Not draining - drain pump replaced"),
        ("Fridge freezer", "Samsung RB38T603CSA", "Not cooling - fan motor replaced"),
        ("Dishwasher", "Bosch SMS4HVI33G", "E24 error - filter and sump cleared"),
        ("Tumble dryer", "Beko DTGC8011W", "No heat - thermal fuse replaced"),
        ("Electric oven", "Neff B57CR22N0B", "Element failed - fan element replaced"),
    ],
    "IN": [
        ("Split AC 1.5 ton", "Voltas 183V Vectra", "Not cooling - gas top-up (R32) and leak brazing"),
        ("Washing machine", "LG FHM1207ZDL", "Drum not spinning - carbon brushes replaced"),
        ("Refrigerator", "Whirlpool 265 IMPRO", "Not cooling - thermostat replaced"),
        ("Microwave oven", "IFB 25SC4", "Not heating - HV fuse replaced"),
    ],
    "de": [
        ("Waschmaschine", "Bosch WAN28K40", "Pumpt nicht ab - Laugenpumpe getauscht"),
        ("Geschirrspüler", "Siemens SN23HI60AE", "Heizt nicht - Heizpumpe erneuert"),
        ("Kühlschrank", "Liebherr CNd 5223", "Kühlt nicht - Lüftermotor getauscht"),
        ("Backofen", "AEG BPE535160M", "Heizt nicht - Heizelement erneuert"),
    ],
    "fr": [
        ("Lave-linge", "Whirlpool FFB 8458", "Ne vidange pas - pompe de vidange remplacée"),
        ("Lave-vaisselle", "Bosch SMV4HTX31E", "Ne chauffe pas - résistance remplacée"),
        ("Réfrigérateur", "Samsung RB34T602ESA", "Ne refroidit plus - ventilateur remplacé"),
        ("Four", "Whirlpool AKZ9 6230", "Ne chauffe plus - thermostat remplacé"),
    ],
    "es": [
        ("Lavadora", "Balay 3TS992B", "No desagua - sustitución de bomba de desagüe"),
        ("Lavavajillas", "Bosch SMS2ITW33E", "No calienta - cambio de resistencia"),
        ("Frigorífico", "LG GBP62PZNCN", "No enfría - cambio de ventilador"),
        ("Horno", "Teka HLB 8400", "No calienta - cambio de resistencia"),
    ],
    "pt": [
        ("Máquina de lavar roupa", "Indesit MTWE 71252", "Não escoa - substituição da bomba de esgoto"),
        ("Máquina de lavar loiça", "Bosch SMS2HTW72E", "Não aquece - substituição da resistência"),
        ("Frigorífico", "Samsung RB34T600ESA", "Não arrefece - substituição do ventilador"),
        ("Forno", "Teka HSB 615", "Não aquece - substituição do termóstato"),
    ],
}
# (call-out, labour, part) in euros
APPLIANCE_PRICES = (45.0, 60.0, 55.0)
APPLIANCE_RATE = {
    "IN": 0.18,
    "GB": 0.20,
    "US": 0.0825,
    "IE": 0.135,
    "DE": 0.19,
    "FR": 0.20,
    "ES": 0.21,
    "PT": 0.23,
}
APPLIANCE_FROM_EUR = {
    "IN": 14.0,
    "GB": 0.86,
    "US": 1.1,
    "IE": 1.0,
    "DE": 1.0,
    "FR": 1.0,
    "ES": 1.0,
    "PT": 1.0,
}


def appliance_repair(rng: random.Random, font: str):
    """A home appliance repair firm's job sheet and receipt (two in rupees, two each in pounds and dollars, one in
    euros in Ireland, and German, French, Spanish and Portuguese pages), printed, e-mailed or sent to a phone: the
    customer, the address and a phone number, the appliance's model and serial number, its installation year and its
    warranty, the job or service request number (never the id), the visit's day and slot (never the day paid), the
    engineer under their role, the fault and the work done, the call-out, labour and a part with its part number,
    GST / VAT / MwSt. / TVA / IVA added (sales tax on the part only on US pages), the labour costs a German household
    may claim (never the amount), a visit charge paid when booking and a diagnostic fee credited taken off (the
    balance paid is the amount), a warranty on parts until a day (never the day paid), the way to pay in a share,
    the receipt's number or the payment's reference in a share, the day paid in a share; PAID / Bezahlt / Payé /
    Pagado / Pago or an outcome in a share."""
    where, firm = _country(rng, APPLIANCE_FIRMS)
    page = Page(rng, font, where, ["rs", "rs_slash", "sign", "code_before"])
    lang = page.lang
    when = day(rng)
    status, words = page.outcome(
        0.5,
        p_success=0.6,
        p_failed=0.2,
        words={
            "en": {
                "success": ["PAID", "Payment received - thank you", "Paid in full"],
                "failed": ["Payment failed"],
                "pending": ["Payment pending", "Awaiting payment"],
            },
            "de": {
                "success": ["Bezahlt", "Betrag dankend erhalten"],
                "failed": ["Zahlung fehlgeschlagen"],
                "pending": ["Zahlung ausstehend"],
            },
            "fr": {
                "success": ["Payé", "Paiement reçu"],
                "failed": ["Paiement refusé"],
                "pending": ["Paiement en attente"],
            },
            "es": {
                "success": ["Pagado", "Cobrado"],
                "failed": ["Pago rechazado"],
                "pending": ["Pendiente de pago"],
            },
            "pt": {
                "success": ["Pago", "Pagamento recebido"],
                "failed": ["Pagamento recusado"],
                "pending": ["Pagamento pendente"],
            },
        },
    )
    rows: list[tuple] = [("title", firm), ("center", page.phone())]
    if shown(rng, 0.4):
        rows.append(("center", page.tax_id()))
    rows.append(
        (
            "center",
            page.w(
                {
                    "en": ["Service report & receipt", "Job sheet / Receipt", "Service invoice"],
                    "IN": ["SERVICE REPORT CUM RECEIPT", "Service Bill"],
                    "de": ["Arbeitsbericht / Rechnung", "Kundendienst-Rechnung"],
                    "fr": ["Bon d'intervention / Facture", "Facture de dépannage"],
                    "es": ["Parte de trabajo / Factura", "Factura de reparación"],
                    "pt": ["Relatório de assistência / Fatura-Recibo", "Fatura-Recibo"],
                }
            ),
        )
    )
    page.status_row(rows, words, 0.7)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Job no", "Service request no", "Call ID"],
                    "de": ["Auftrag Nr.", "Kundendienst-Nr."],
                    "fr": ["N° d'intervention", "Bon n°"],
                    "es": ["Nº de aviso", "Parte nº"],
                    "pt": ["N.º de pedido de assistência", "N.º do serviço"],
                }
            ),
            code(rng, 2, UPPER) + digits(rng, 6) if shown(rng, 0.5) else digits(rng, 8),
        )
    )
    customer = page.person()
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Customer", "Name"],
                    "de": ["Kunde"],
                    "fr": ["Client"],
                    "es": ["Cliente"],
                    "pt": ["Cliente"],
                }
            ),
            customer,
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Phone"],
                        "de": ["Telefon"],
                        "fr": ["Tél."],
                        "es": ["Teléfono"],
                        "pt": ["Telefone"],
                    }
                ),
                page.phone(),
            )
        )
    appliance, model, fault = rng.choice(APPLIANCES.get(where) or APPLIANCES[lang])
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Appliance"],
                    "de": ["Gerät"],
                    "fr": ["Appareil"],
                    "es": ["Aparato"],
                    "pt": ["Aparelho"],
                }
            ),
            appliance,
        )
    )
    rows.append(
        (
            "pair",
            page.w({"en": ["Model"], "de": ["Modell"], "fr": ["Modèle"], "es": ["Modelo"], "pt": ["Modelo"]}),
            model,
        )
    )
    if shown(rng, 0.6):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Serial no", "S/N"],
                        "de": ["Seriennummer", "FD-Nr."],
                        "fr": ["N° de série"],
                        "es": ["Nº de serie"],
                        "pt": ["N.º de série"],
                    }
                ),
                code(rng, 3, ALNUM) + digits(rng, 8),
            )
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Installed", "Year of purchase"],
                        "de": ["Baujahr"],
                        "fr": ["Année d'achat"],
                        "es": ["Año de compra"],
                        "pt": ["Ano de compra"],
                    }
                ),
                str(when.year - rng.randint(2, 9)),
            )
        )
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Warranty"],
                        "de": ["Garantie"],
                        "fr": ["Garantie"],
                        "es": ["Garantía"],
                        "pt": ["Garantia"],
                    }
                ),
                page.w(
                    {
                        "en": ["Out of warranty", "Expired"],
                        "de": ["abgelaufen"],
                        "fr": ["Hors garantie"],
                        "es": ["Fuera de garantía"],
                        "pt": ["Fora de garantia"],
                    }
                ),
            )
        )
    visit = _earlier(when, rng, 0, 4)
    slot = rng.choice(["09:00-11:00", "11:00-13:00", "14:00-16:00", "16:00-18:00"])
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Visit", "Visit date"],
                    "de": ["Termin"],
                    "fr": ["Date de passage"],
                    "es": ["Fecha de visita"],
                    "pt": ["Data da visita"],
                }
            ),
            f"{page.date(visit)} {slot}",
        )
    )
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Engineer", "Technician"],
                    "de": ["Techniker"],
                    "fr": ["Technicien"],
                    "es": ["Técnico"],
                    "pt": ["Técnico"],
                }
            ),
            page.staff(),
        )
    )
    rows.append(("left", fault))
    rows.append(("rule",))
    factor = APPLIANCE_FROM_EUR[where]
    callout, labour, part = (
        round(v * factor * rng.uniform(0.9, 1.2), 0 if where == "IN" else 2) for v in APPLIANCE_PRICES
    )
    part_no = code(rng, 4, ALNUM) + digits(rng, 6)
    lines = [
        (
            page.w(
                {
                    "en": ["Call-out charge", "Visit charge"],
                    "US": ["Service call"],
                    "de": ["Anfahrtspauschale"],
                    "fr": ["Déplacement"],
                    "es": ["Desplazamiento"],
                    "pt": ["Deslocação"],
                }
            ),
            callout,
        ),
        (
            page.w(
                {
                    "en": ["Labour (1 hr)", "Labour"],
                    "US": ["Labor"],
                    "de": ["Arbeitszeit 45 Min."],
                    "fr": ["Main-d'œuvre"],
                    "es": ["Mano de obra"],
                    "pt": ["Mão de obra"],
                }
            ),
            labour,
        ),
        (
            page.w(
                {
                    "en": [f"Part {part_no}"],
                    "de": [f"Ersatzteil {part_no}"],
                    "fr": [f"Pièce réf. {part_no}"],
                    "es": [f"Recambio ref. {part_no}"],
                    "pt": [f"Peça ref. {part_no}"],
                }
            ),
            part,
        ),
    ]
    net = 0.0
    for label, value in lines:
        rows.append(("pair", label, page.m(value)))
        net = round(net + value, 2)
    if where == "US":
        tax = round(part * APPLIANCE_RATE["US"], 2)
        rows.append(("pair", f"Sales tax {page.pct(APPLIANCE_RATE['US'])} (parts)", page.m(tax)))
        total = round(net + tax, 2)
    elif where == "GB" and shown(rng, 0.3):
        rows.append(("small", "Not VAT registered"))
        total = net
    else:
        total = page.tax(rows, net, APPLIANCE_RATE[where], added=True)
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Invoice total", "Total"],
                    "de": ["Rechnungsbetrag"],
                    "fr": ["Total TTC"],
                    "es": ["Total factura"],
                    "pt": ["Total"],
                }
            ),
            page.fmt(total),
        )
    )
    if where == "DE" and shown(rng, 0.6):
        rows.append(
            (
                "small",
                f"Enthaltene Arbeitskosten (§ 35a EStG): {page.m(round((callout + labour) * 1.19, 2))} €",
            )
        )
    paid_now = total
    if where in ("IN", "US", "GB") and shown(rng, 0.45):
        advance = {"IN": rng.choice([199.0, 299.0]), "US": 89.0, "GB": 45.0}[where]
        rows.append(
            (
                "pair",
                {
                    "IN": "Less: visit charge paid at booking",
                    "US": "Diagnostic fee credited",
                    "GB": "Less: deposit paid online",
                }[where],
                page.neg(advance),
            )
        )
        paid_now = round(total - advance, 2)
        done = status not in ("failed", "pending")
        rows.append(
            (
                "pair",
                rng.choice(["Balance paid", "Amount received"] if done else ["Balance", "Balance due"]),
                page.fmt(paid_now),
            )
        )
    kinds = ["UPI", "UPI", "cash", "card"] if where == "IN" else ["card", "cash", "netbanking", "wallet"]
    method = page.pay(rows, kinds, p_absent=0.2, status=status)
    rows.append(("rule",))
    ref = {
        "IN": digits(rng, 12) if method == "UPI" else f"SR/{digits(rng, 5)}",
        "GB": "R" + digits(rng, 6),
        "US": digits(rng, 7),
        "IE": digits(rng, 5),
        "DE": f"RE-{when.year}-{digits(rng, 4)}",
        "FR": f"FA{when.year % 100}{digits(rng, 5)}",
        "ES": f"{when.year}/{digits(rng, 5)}",
        "PT": f"FR {code(rng, 1, UPPER)}{when.year}/{rng.randint(10, 999)}",
    }[where]
    labels = {
        "en": ["Receipt No", "Invoice No"],
        "IN": ["UPI Ref No", "Transaction ID"] if method == "UPI" else ["Receipt No", "Bill No"],
        "US": ["Invoice #", "Receipt #"],
        "de": ["Rechnungsnummer", "Beleg-Nr."],
        "fr": ["Facture n°", "N° de facture"],
        "es": ["Nº de factura", "Factura nº"],
        "pt": ["Fatura-Recibo n.º", "Documento n.º"],
    }
    txn = page.ident(rows, labels, ref, 0.25)
    dated = page.dated(
        rows,
        when,
        {
            "en": ["Payment date", "Date paid", "Paid on"],
            "de": ["Bezahlt am", "Zahlungsdatum"],
            "fr": ["Date de paiement", "Payé le"],
            "es": ["Fecha de pago", "Fecha de cobro"],
            "pt": ["Data de pagamento", "Data de recebimento"],
        },
        0.3,
        0.4,
        status=status,
    )
    if status in (None, "success") and shown(rng, 0.6):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Parts warranty until", "Guarantee on parts to"],
                        "de": ["Gewährleistung bis"],
                        "fr": ["Pièces garanties jusqu'au"],
                        "es": ["Garantía de la reparación hasta"],
                        "pt": ["Garantia da reparação até"],
                    }
                ),
                page.date(_later(when, rng, 88, 93)),
            )
        )
    rows.append(
        (
            "small",
            page.w(
                {
                    "en": ["Parts once fitted cannot be returned.", "Customer signature: __________"],
                    "IN": [
                        "Received the above appliance in working condition.",
                        "Spares once fitted are not returnable.",
                    ],
                    "de": ["Gerät funktionsfähig übergeben. Unterschrift Kunde: ________"],
                    "fr": ["Appareil remis en état de marche. Signature du client : ________"],
                    "es": ["Conforme el cliente: ________"],
                    "pt": ["O cliente declara o aparelho em funcionamento. Assinatura: ________"],
                }
            ),
        )
    )
    truth = truth_fields(firm, paid_now, page.currency, txn, dated, method, status)
    style = rng.choice([A4, PAPER, EMAIL, SCREEN])
    return rows, truth, _page(font, rows, _sized(style, 18 if style is A4 else 19), firm)


# ---------------------------------------------------------------- 7 a bank's safe deposit locker rent


LOCKER_BANKS = {
    "IN": ["State Bank of India", "Canara Bank", "Punjab National Bank", "Bank of Baroda"],
    "GB": ["Metro Bank", "Birmingham Safe Deposit Vaults Ltd"],
    "US": ["Wells Fargo Bank, N.A.", "First Citizens Bank"],
    "IE": ["Dublin Safe Deposit Vaults"],
    "DE": ["Sparkasse KölnBonn", "Volksbank Mittelhessen eG"],
    "FR": ["Crédit Agricole Centre-Est", "Caisse d'Epargne Île-de-France"],
    "ES": ["CaixaBank", "Banco Sabadell"],
    "PT": ["Caixa Geral de Depósitos", "Millennium bcp"],
}
IFSC_PREFIX = {
    "State Bank of India": "SBIN",
    "Canara Bank": "CNRB",
    "Punjab National Bank": "PUNB",
    "Bank of Baroda": "BARB",
}
LOCKER_BRANCH = {
    "IN": [
        "Jayanagar 4th Block, Bengaluru",
        "Shivaji Nagar, Pune",
        "Mylapore, Chennai",
        "Karol Bagh, New Delhi",
    ],
    "GB": ["Holborn store, London", "Hockley, Birmingham"],
    "US": ["Main St Branch, Springfield, IL 62701", "Glenwood Ave Branch, Raleigh, NC 27608"],
    "IE": ["Harcourt Street, Dublin 2"],
    "DE": ["Filiale Neumarkt, Köln", "Filiale Seltersweg, Gießen"],
    "FR": ["Agence Lyon Bellecour", "Agence Paris Nation"],
    "ES": ["Valencia - Ruzafa", "Sevilla - Nervión"],
    "PT": ["Agência Avenidas Novas, Lisboa", "Balcão Boavista, Porto"],
}
# yearly rent by size (in the country's money)
LOCKER_SIZES = {
    "IN": [("Small (A)", 2000.0), ("Medium (B)", 4000.0), ("Large (D)", 8000.0)],
    "GB": [("Small", 180.0), ("Medium", 285.0), ("Large", 450.0)],
    "US": [("3 x 5 in", 65.0), ("5 x 10 in", 125.0), ("10 x 10 in", 210.0)],
    "IE": [("Small", 220.0), ("Medium", 340.0)],
    "DE": [("Größe S", 69.0), ("Größe M", 119.0), ("Größe L", 189.0)],
    "FR": [("Taille 1", 95.0), ("Taille 2", 150.0), ("Taille 3", 240.0)],
    "ES": [("Tamaño S", 120.0), ("Tamaño M", 180.0)],
    "PT": [("Tipo A", 90.0), ("Tipo B", 150.0), ("Tipo C", 240.0)],
}
LOCKER_WORDS = {
    "en": {
        "success": ["Payment successful", "Rent received", "Debit successful"],
        "failed": ["Debit failed - insufficient balance", "Payment unsuccessful"],
        "pending": ["Debit scheduled", "Payment pending"],
    },
    "de": {
        "success": ["Zahlung erfolgreich", "Lastschrift ausgeführt"],
        "failed": ["Lastschrift nicht eingelöst", "Zahlung fehlgeschlagen"],
        "pending": ["Lastschrift angekündigt", "Zahlung ausstehend"],
    },
    "fr": {
        "success": ["Prélèvement effectué", "Paiement effectué"],
        "failed": ["Prélèvement rejeté", "Paiement refusé"],
        "pending": ["Prélèvement à venir", "Paiement en attente"],
    },
    "es": {
        "success": ["Cargo realizado", "Pago realizado"],
        "failed": ["Cargo rechazado", "Pago rechazado"],
        "pending": ["Cargo pendiente", "Pago pendiente"],
    },
    "pt": {
        "success": ["Débito efetuado", "Pagamento efetuado"],
        "failed": ["Débito recusado", "Pagamento recusado"],
        "pending": ["Débito agendado", "Pagamento pendente"],
    },
}
# debits from the hirer's account (net banking), cash at the counter, a card
LOCKER_WAYS = {
    "IN": {
        "netbanking": ["Debited from SB A/c XXXXXXX{4}", "Auto-debit - Savings A/c ...{4}"],
        "cash": ["Cash at branch"],
        "card": ["Debit Card XX{4}"],
    },
    "GB": {
        "netbanking": ["Direct Debit", "Standing order"],
        "card": ["Debit card ****{4}"],
        "cash": ["Cash"],
    },
    "US": {
        "netbanking": ["Automatic debit - checking ••{4}"],
        "cash": ["Cash"],
        "card": ["Debit card ••{4}"],
    },
    "IE": {"netbanking": ["Direct Debit", "Bank transfer (SEPA)"], "card": ["Debit card"]},
    "DE": {
        "netbanking": ["Lastschrift vom Girokonto ...{4}", "Abbuchung vom Konto"],
        "cash": ["Bareinzahlung"],
    },
    "FR": {
        "netbanking": ["Prélèvement sur compte n° ****{4}", "Débit du compte courant"],
        "cash": ["Espèces"],
    },
    "ES": {"netbanking": ["Cargo en cuenta ****{4}", "Adeudo en cuenta"], "cash": ["Efectivo en ventanilla"]},
    "PT": {"netbanking": ["Débito em conta ****{4}", "Débito direto"], "cash": ["Numerário ao balcão"]},
}


def locker_rent(rng: random.Random, font: str):
    """A bank's or safe deposit company's receipt or debit advice for a safe deposit locker's yearly rent (State Bank
    of India, Canara Bank, Punjab National Bank and Bank of Baroda in rupees, Metro Bank and a Birmingham vault in
    pounds, Wells Fargo and First Citizens in dollars, a Dublin vault in euros, and Sparkasse KölnBonn, Volksbank
    Mittelhessen, Crédit Agricole, Caisse d'Epargne, CaixaBank, Banco Sabadell, Caixa Geral de Depósitos and
    Millennium bcp on German, French, Spanish and Portuguese pages): the branch and its IFSC, sort code, routing
    number, BIC or office code, the hirers (joint in a share) and a nominee (people, never the payee), a customer or
    CIF number and a masked account (never the id), the locker's number and size and its key's number (never the
    id), the rent period and its due day (never the day paid), the rent, GST 18% added on Indian pages, VAT added in
    the UK and Ireland, MwSt. / TVA / IVA included on euro pages, Imposto do Selo added on Portuguese pages, a late
    fee, a term deposit held as security and an insurance cover (never the amount), the way it was paid (a debit to
    the hirer's account is net banking), the journal number or reference in a share, the debit's day in a share, the
    terms; an outcome in a share (success, a returned debit, a debit announced)."""
    where, bank = _country(rng, LOCKER_BANKS)
    page = Page(rng, font, where, ["rs", "sign", "code_before", "rs_slash"])
    when = day(rng)
    status, words = page.outcome(0.6, p_success=0.55, p_failed=0.25, words=LOCKER_WORDS)
    rows: list[tuple] = [("title", bank)]
    branch = rng.choice(LOCKER_BRANCH[where])
    code_line = {
        "IN": f"IFSC: {IFSC_PREFIX.get(bank, 'SBIN')}0{digits(rng, 6)}",
        "GB": f"Sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}",
        "US": f"Routing no. {digits(rng, 9)}",
        "IE": f"Company reg. no. {digits(rng, 6)}",
        "DE": f"BIC {rng.choice(['COLSDE33', 'VBMHDE5F'])}",
        "FR": f"Code guichet {digits(rng, 5)}",
        "ES": f"Oficina {digits(rng, 4)}",
        "PT": f"Balcão n.º {digits(rng, 4)}",
    }[where]
    rows.append(("center", f"{branch} · {code_line}"))
    table = LOCKER_WAYS[where]
    kind = rng.choice(["netbanking", "netbanking"] + list(table))
    if status in ("failed", "pending"):
        kind = "netbanking"
    debit = kind == "netbanking"
    rows.append(
        (
            "center",
            page.w(
                {
                    "IN": ["Locker Rent Receipt", "SAFE DEPOSIT LOCKER - RENT ADVICE"]
                    + (["Debit Advice - Locker Rent"] if debit else []),
                    "en": ["Safe deposit box rental receipt", "Safe Deposit - Annual Rental"],
                    "de": ["Quittung Schrankfachmiete"]
                    + (["Schließfachmiete - Belastungsanzeige"] if debit else []),
                    "fr": ["Reçu de location de coffre"]
                    + (["Location de coffre-fort - Avis de prélèvement"] if debit else []),
                    "es": ["Recibo de alquiler de caja de seguridad"]
                    + (["Aviso de cargo - Caja de seguridad"] if debit else []),
                    "pt": ["Recibo de aluguer de cofre-forte"]
                    + (["Aviso de débito - Aluguer de cofre"] if debit else []),
                }
            ),
        )
    )
    page.status_row(rows, words, 0.5)
    rows.append(("rule",))
    hirers = [page.person()]
    if shown(rng, 0.5):
        other = page.person()
        if other != hirers[0]:
            hirers.append(other)
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Hirer(s)", "Box holder"],
                    "IN": ["Hirer(s)", "Locker holder(s)"],
                    "US": ["Box renter(s)"],
                    "de": ["Mieter/in", "Fachinhaber"],
                    "fr": ["Titulaire(s)", "Locataire"],
                    "es": ["Titular(es)"],
                    "pt": ["Titular(es)", "Locatário"],
                }
            ),
            " & ".join(hirers),
        )
    )
    if where == "IN" and shown(rng, 0.5):
        rows.append(("pair", "Nominee", _person(rng, "INR")))
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Customer no", "Customer ID"],
                    "IN": ["CIF No", "Customer ID"],
                    "de": ["Kundennummer"],
                    "fr": ["N° client"],
                    "es": ["Nº de cliente"],
                    "pt": ["N.º de cliente"],
                }
            ),
            digits(rng, 11) if where == "IN" else digits(rng, 8),
        )
    )
    size, rent = rng.choice(LOCKER_SIZES[where])
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Locker no", "Box no"],
                    "US": ["Box number"],
                    "de": ["Schließfach-Nr.", "Fach Nr."],
                    "fr": ["N° de coffre"],
                    "es": ["Nº de caja"],
                    "pt": ["N.º do cofre"],
                }
            ),
            f"{rng.randint(12, 980)} / {size}",
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Key no"],
                        "de": ["Schlüssel-Nr."],
                        "fr": ["N° de clé"],
                        "es": ["Nº de llave"],
                        "pt": ["N.º da chave"],
                    }
                ),
                code(rng, 1, "ABCDEFGH") + digits(rng, 4),
            )
        )
    start = (
        dt.date(when.year if when.month >= 4 else when.year - 1, 4, 1)
        if where == "IN"
        else _earlier(when, rng, 0, 20)
    )
    end = start.replace(year=start.year + 1) - dt.timedelta(days=1)
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Rent period", "Period"],
                    "de": ["Mietzeitraum"],
                    "fr": ["Période"],
                    "es": ["Periodo"],
                    "pt": ["Período"],
                }
            ),
            f"{page.date(start)} - {page.date(end)}",
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Due date"],
                        "de": ["Fällig am"],
                        "fr": ["Échéance"],
                        "es": ["Vencimiento"],
                        "pt": ["Data de vencimento"],
                    }
                ),
                page.date(start),
            )
        )
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Annual rent", "Locker rent"],
                    "US": ["Annual box rental fee"],
                    "de": ["Jahresmiete"],
                    "fr": ["Loyer annuel"],
                    "es": ["Cuota anual"],
                    "pt": ["Aluguer anual"],
                }
            ),
            page.m(rent),
        )
    )
    net = rent
    if shown(rng, 0.2) and status != "pending":
        late = {
            "IN": 500.0,
            "GB": 25.0,
            "US": 15.0,
            "IE": 25.0,
            "DE": 10.0,
            "FR": 15.0,
            "ES": 12.0,
            "PT": 10.0,
        }[where]
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Late payment fee", "Penalty for delayed payment"],
                        "de": ["Mahngebühr"],
                        "fr": ["Frais de retard"],
                        "es": ["Recargo por demora"],
                        "pt": ["Penalização por atraso"],
                    }
                ),
                page.m(late),
            )
        )
        net = round(net + late, 2)
    if where == "IN":
        total = page.tax(rows, net, 0.18, added=True)
    elif where in ("GB", "IE"):
        total = page.tax(rows, net, {"GB": 0.20, "IE": 0.23}[where], added=True)
    elif where == "PT":
        stamp = round(net * 0.04, 2)
        rows.append(("pair", "Imposto do Selo 4%", page.m(stamp)))
        total = round(net + stamp, 2)
    elif where == "US":
        total = net
    else:
        total = page.tax(rows, net, {"DE": 0.19, "FR": 0.20, "ES": 0.21}[where], added=False)
    page.total(
        rows,
        total,
        status,
        {
            "en": ["Total", "Total amount", "Amount"],
            "IN": ["Total", "Amount debited"] if status not in ("failed", "pending") else ["Total", "Amount"],
        }
        | {k: v for k, v in TOTALS.items() if k != "en"},
    )
    if shown(rng, 0.3):
        security = {
            "IN": f"Term deposit held as security: {page.m(rng.choice([25000.0, 50000.0, 75000.0]))} (TDR No. {digits(rng, 11)})",
            "GB": f"Contents insured up to {page.fmt(rng.choice([10000.0, 25000.0]))}",
            "US": "Contents are not FDIC insured.",
            "IE": f"Contents insurance cover: {page.fmt(20000.0)}",
            "DE": f"Versicherungssumme Fachinhalt: {page.fmt(rng.choice([26000.0, 52000.0]))}",
            "FR": f"Garantie du contenu jusqu'à {page.fmt(rng.choice([15000.0, 30000.0]))}",
            "ES": f"Seguro del contenido hasta {page.fmt(30000.0)}",
            "PT": f"Seguro do conteúdo até {page.fmt(25000.0)}",
        }[where]
        rows.append(("small", security))
    method = None
    if shown(rng, 0.2):
        printed = rng.choice(table[kind]).replace("{4}", digits(rng, 4))
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Mode of payment", "Payment method"],
                        "IN": ["Mode of payment", "Payment mode"],
                        "de": ["Zahlungsart", "Zahlweg"],
                        "fr": ["Mode de règlement", "Règlement"],
                        "es": ["Forma de pago", "Modo de cobro"],
                        "pt": ["Forma de pagamento", "Modo de cobrança"],
                    }
                ),
                printed,
            )
        )
        method = kind
    ref = {
        "IN": digits(rng, 10) if shown(rng, 0.5) else "IF" + digits(rng, 10),
        "GB": "SD" + digits(rng, 6),
        "US": digits(rng, 10),
        "IE": "DSV-" + digits(rng, 5),
        "DE": digits(rng, 12),
        "FR": code(rng, 4, UPPER) + digits(rng, 8),
        "ES": digits(rng, 16),
        "PT": digits(rng, 12),
    }[where]
    txn = page.ident(
        rows,
        {
            "IN": ["Journal No", "Transaction ID", "Txn Ref No"],
            "en": ["Receipt No", "Transaction reference"],
            "US": ["Confirmation #", "Transaction ID"],
            "de": ["Buchungsreferenz", "Belegnummer"],
            "fr": ["Référence de l'opération", "N° d'opération"],
            "es": ["Referencia de la operación", "Nº de operación"],
            "pt": ["Referência da operação", "N.º de operação"],
        },
        ref,
        0.25,
    )
    dated = page.dated(
        rows,
        when,
        {
            "IN": ["Date of debit", "Transaction date", "Value date"],
            "en": ["Date paid", "Payment date"],
            "US": ["Payment date", "Date posted"],
            "de": ["Buchungsdatum", "Belastet am"],
            "fr": ["Date de l'opération", "Prélevé le"],
            "es": ["Fecha de cargo", "Fecha de la operación"],
            "pt": ["Data do débito", "Data-valor"],
        },
        0.2,
        0.3,
        status=status,
    )
    rows.append(
        (
            "small",
            page.w(
                {
                    "IN": [
                        "Locker rent is payable annually in advance. The bank's liability is limited to 100 times the annual rent.",
                        "Please visit the branch to execute the revised locker agreement.",
                    ],
                    "en": ["Rental is payable annually in advance. Two forms of ID are required for access."],
                    "US": [
                        "Box rental renews automatically each year. Contents are not insured by the bank."
                    ],
                    "de": ["Die Miete wird jährlich im Voraus fällig. Zutritt nur mit Ausweis."],
                    "fr": [
                        "Le loyer est payable annuellement et d'avance. Accès sur présentation d'une pièce d'identité."
                    ],
                    "es": ["La cuota se cobra anualmente por anticipado. Acceso con DNI."],
                    "pt": [
                        "O aluguer é cobrado anualmente e antecipadamente. Acesso mediante identificação."
                    ],
                }
            ),
        )
    )
    truth = truth_fields(bank, total, page.currency, txn, dated, method, status)
    style = A4 if shown(rng, 0.6) else (EMAIL if shown(rng, 0.5) else SCREEN)
    return rows, truth, _page(font, rows, _sized(style, 18), bank)


# ---------------------------------------------------------------- 8 a number plate maker's order


PLATE_MAKERS = {
    "IN": ["Rosmerta Safety Systems Ltd", "Real Mazon India Ltd"],
    "GB": ["Halfords", "Plates4Less"],
    "IE": ["Reg Plates Direct"],
    "DE": ["Schilder Kühn am Straßenverkehrsamt", "Schilderprägung Bergmann"],
    "FR": ["Plaques Express Immat"],
    "ES": ["Matrículas Express Madrid"],
    "PT": ["Chapas Lusa - Matrículas"],
}
PLATE_PLACES = {
    "IN": "High Security Registration Plates - Online booking",
    "GB": "Registered Number Plate Supplier",
    "IE": "Unit 4, Newhall Retail Park, Naas, Co. Kildare",
    "DE": "Ostmerheimer Straße 220, 51109 Köln",
    "FR": "12 avenue Jean Jaurès, 69007 Lyon",
    "ES": "Calle de Arturo Soria 126, 28043 Madrid",
    "PT": "Rua Morais Soares 44, 1900-343 Lisboa",
}
# (plate, price in the country's money)
PLATES = {
    "IN": [("HSRP set (front + rear), 4-wheeler", 690.0), ("HSRP set (front + rear), 2-wheeler", 420.0)],
    "GB": [
        ("Standard plate - front (oblong)", 16.99),
        ("Standard plate - rear (oblong)", 16.99),
        ("3D gel plate - rear", 29.99),
        ("Motorcycle plate (7 x 9)", 19.99),
    ],
    "IE": [("Front plate (EU style)", 18.0), ("Rear plate (EU style)", 18.0), ("3D gel rear plate", 32.0)],
    "DE": [
        ("Kennzeichen 520 x 110 mm (Paar)", 29.90),
        ("Kennzeichen 460 x 110 mm", 15.90),
        ("Motorradkennzeichen 220 x 200 mm", 17.90),
    ],
    "FR": [
        ("Plaque avant plexiglas homologuée", 19.90),
        ("Plaque arrière plexiglas homologuée", 19.90),
        ("Plaque moto 210 x 130", 17.90),
    ],
    "ES": [
        ("Matrícula delantera homologada", 15.0),
        ("Matrícula trasera homologada", 15.0),
        ("Matrícula moto", 14.0),
    ],
    "PT": [
        ("Chapa de matrícula frente", 14.5),
        ("Chapa de matrícula traseira", 14.5),
        ("Chapa de matrícula mota", 12.5),
    ],
}
PLATE_EXTRAS = {
    "IN": [("Home fitment charges", 125.0), ("Convenience fee", 25.0)],
    "GB": [("Fitting", 5.0), ("Fixing kit (screws & caps)", 3.99)],
    "IE": [("Fitting", 5.0), ("Number plate holder", 6.50)],
    "DE": [("Kennzeichenhalter (2 Stk.)", 9.90), ("Umweltplakette grün", 5.00), ("Montage", 5.00)],
    "FR": [("Pose", 10.00), ("Kit de fixation rivets", 3.50)],
    "ES": [("Colocación", 6.00), ("Portamatrículas", 8.00)],
    "PT": [("Montagem", 5.00), ("Porta-matrícula", 7.50)],
}
PLATE_RATE = {"IN": 0.18, "GB": 0.20, "IE": 0.23, "DE": 0.19, "FR": 0.20, "ES": 0.21, "PT": 0.23}
DOCUMENTS = {
    "GB": ("V5C document reference", lambda rng: f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 4)}"),
    "IE": ("VLC no.", lambda rng: code(rng, 2, UPPER) + digits(rng, 8)),
    "DE": ("Zulassungsbescheinigung Teil I Nr.", lambda rng: code(rng, 2, UPPER) + digits(rng, 7)),
    "FR": (
        "N° de formule (certificat d'immatriculation)",
        lambda rng: f"{rng.randint(2015, 2025)}{code(rng, 2, UPPER)}{digits(rng, 5)}",
    ),
    "ES": ("Nº permiso de circulación", lambda rng: digits(rng, 9)),
    "PT": ("N.º do certificado de matrícula", lambda rng: code(rng, 1, UPPER) + digits(rng, 9)),
}
DEALERS = [
    "Sai Motors (Maruti Suzuki Arena)",
    "Koncept Hyundai",
    "Popular Vehicles (Tata Motors)",
    "Bimal Honda",
]


def number_plates(rng: random.Random, font: str):
    """A number plate maker's order receipt (Rosmerta Safety Systems and Real Mazon India for high security
    registration plates booked online in rupees, Halfords and Plates4Less in pounds, an Irish maker in euros, and two
    Schilderpräger beside a Cologne registration office, a French, a Spanish and a Portuguese plate maker on their
    own languages' pages), a till slip, a booking page or an e-mail: the maker's RNPS registration, GSTIN, VAT, St.-Nr.,
    SIRET or NIF (never the id), the customer and the ID seen, the vehicle's registration and a registration
    document's reference (a V5C's eleven digits, a Zulassungsbescheinigung's, a carte grise's formula number), the
    chassis and engine numbers' last digits (never the id), the fitment dealer (a business, never the payee), its
    appointment's day and slot (never the day paid), plates front and rear, fixings, a holder, an emissions sticker,
    fitting, a convenience fee, GST / VAT / MwSt. / TVA / IVA added or included, a personalised registration's fee paid
    to the registration office (never the amount), the way to pay in a share, Order No / Payment ID / Receipt No /
    Bon-Nr. / Facture n° / Nº ticket / Fatura n.º in a share, the day paid in a share; an outcome in a share."""
    where, maker = _country(rng, PLATE_MAKERS)
    page = Page(rng, font, where, ["sign", "rs", "code_before", "sign_space"])
    when = day(rng)
    till = maker == "Halfords" or (where in ("DE", "ES", "PT", "IE", "FR") and shown(rng, 0.5))
    status, words = page.outcome(0.3 if till else 0.6, p_success=0.55, p_failed=0.25)
    rows: list[tuple] = [("title", maker), ("center", PLATE_PLACES[where])]
    if where == "GB":
        rows.append(("center", f"DVLA RNPS Reg. No. {digits(rng, 5)}"))
    elif shown(rng, 0.5):
        rows.append(("center", page.tax_id()))
    rows.append(
        (
            "center",
            page.w(
                {
                    "IN": ["HSRP Booking Receipt", "Order Receipt - HSRP"],
                    "en": ["Number plate order", "Receipt"],
                    "de": ["Kassenbon", "Quittung"] if till else ["Auftragsbestätigung / Rechnung"],
                    "fr": ["Ticket de caisse", "Facture"],
                    "es": ["Factura simplificada", "Ticket"] if till else ["Factura"],
                    "pt": ["Fatura simplificada", "Fatura-Recibo"],
                }
            ),
        )
    )
    page.status_row(rows, words, 0.6)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Customer", "Name"],
                    "IN": ["Owner name", "Applicant"],
                    "de": ["Kunde", "Halter/in"],
                    "fr": ["Client", "Titulaire"],
                    "es": ["Cliente", "Titular"],
                    "pt": ["Cliente", "Proprietário"],
                }
            ),
            page.person(),
        )
    )
    reg = _reg(rng, where)
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Registration", "Reg no"],
                    "IN": ["Vehicle Registration No"],
                    "de": ["Kennzeichen"],
                    "fr": ["Immatriculation"],
                    "es": ["Matrícula"],
                    "pt": ["Matrícula"],
                }
            ),
            reg,
        )
    )
    if where == "IN":
        rows.append(("pair", "Chassis No (last 5)", code(rng, 5, VIN_ALPHABET)))
        rows.append(("pair", "Engine No (last 5)", code(rng, 5, VIN_ALPHABET)))
        rows.append(
            ("pair", "Vehicle class", rng.choice(["Private - Petrol", "Private - Diesel", "Private - CNG"]))
        )
        dealer = rng.choice(DEALERS)
        rows.append(("pair", rng.choice(["Fitment location", "Affixation centre"]), dealer))
        appointment = _later(when, rng, 3, 15)
        rows.append(
            (
                "pair",
                rng.choice(["Appointment date", "Fitment slot"]),
                f"{page.date(appointment)} {rng.choice(['10:00-12:00', '12:00-14:00', '14:00-16:00'])}",
            )
        )
    else:
        label, make = DOCUMENTS[where]
        if shown(rng, 0.3):
            rows.append(("pair", label, make(rng)))
        if where in ("GB", "IE") and shown(rng, 0.5):
            rows.append(("pair", "ID seen", rng.choice(["Driving licence", "Passport"]) + " (checked)"))
        if where == "DE" and shown(rng, 0.4):
            rows.append(
                (
                    "small",
                    f"Wunschkennzeichen reserviert - Gebühr {page.m(12.80)} € an die Zulassungsstelle (nicht enthalten)",
                )
            )
    rows.append(("rule",))
    net = 0.0
    chosen = rng.sample(PLATES[where], 1 if where == "IN" else rng.randint(1, 2))
    for name, price in chosen:
        rows.append(("pair", name, page.m(price)))
        net = round(net + price, 2)
    for name, price in rng.sample(PLATE_EXTRAS[where], rng.randint(0, len(PLATE_EXTRAS[where]))):
        rows.append(("pair", name, page.m(price)))
        net = round(net + price, 2)
    if where in ("IN",) or (not till and shown(rng, 0.5)):
        total = page.tax(rows, net, PLATE_RATE[where], added=True)
    else:
        total = page.tax(rows, net, PLATE_RATE[where], added=False)
    page.total(rows, total, status)
    kinds = (
        ["UPI", "UPI", "card", "netbanking", "wallet"]
        if where == "IN"
        else ["card", "card", "cash", "wallet"]
    )
    method = page.pay(rows, kinds, p_absent=0.2, online=not till, status=status)
    if method == "cash" and till:
        page.tender(rows, total)
    ref = {
        "IN": rng.choice(
            [
                f"HSRP{reg.split()[0]}{digits(rng, 9)}",
                "pay_" + code(rng, 14, string.ascii_letters + string.digits),
            ]
        ),
        "GB": digits(rng, 4) + " " + digits(rng, 4) if maker == "Halfords" else "P4L" + digits(rng, 7),
        "IE": "RPD" + digits(rng, 5),
        "DE": digits(rng, 5),
        "FR": "F" + digits(rng, 7),
        "ES": f"T{rng.randint(1, 4)}/{digits(rng, 6)}",
        "PT": f"FS {code(rng, 1, UPPER)}{when.year}/{rng.randint(10, 9999)}",
    }[where]
    txn = page.ident(
        rows,
        {
            "IN": ["Payment ID"] if ref.startswith("pay_") else ["Order No", "Booking ID"],
            "GB": ["Trans", "Receipt No"] if maker == "Halfords" else ["Order number", "Order no."],
            "en": ["Receipt No", "Order No"],
            "de": ["Bon-Nr.", "Beleg-Nr."] if till else ["Rechnungsnummer", "Auftrags-Nr."],
            "fr": ["Ticket n°", "Facture n°"],
            "es": ["Nº ticket", "Factura simplificada nº"],
            "pt": ["Fatura simplificada n.º", "Documento n.º"],
        },
        ref,
        0.25,
    )
    dated = page.dated(
        rows,
        when,
        {
            "IN": ["Booking date", "Payment date", "Transaction date"],
            "en": ["Date", "Date of purchase", "Order date"],
            "de": ["Datum", "Bezahlt am"],
            "fr": ["Date", "Date d'achat"],
            "es": ["Fecha", "Fecha de compra"],
            "pt": ["Data", "Data de emissão"],
        },
        0.2,
        0.7 if till else 0.3,
        bare=0.4 if till else 0.0,
        status=status,
    )
    rows.append(
        (
            "small",
            page.w(
                {
                    "IN": [
                        "HSRP will be affixed only at the booked centre on the appointment date. Carry the RC."
                    ],
                    "GB": ["Plates supplied only on production of the V5C and photo ID (DVLA RNPS)."],
                    "IE": ["Plates made to the National Vehicle Registration Plate specification."],
                    "de": ["Kennzeichen werden nur gegen Vorlage der Zulassungsbescheinigung geprägt."],
                    "fr": ["Plaques homologuées conformes à l'arrêté du 9 février 2009."],
                    "es": ["Matrículas homologadas según el Reglamento General de Vehículos."],
                    "pt": ["Chapas de matrícula homologadas pelo IMT."],
                }
            ),
        )
    )
    truth = truth_fields(maker, total, page.currency, txn, dated, method, status)
    if till:
        style = _sized(THERMAL, 18)
        return rows, truth, _page(font, rows, style, maker, 420)
    style = SCREEN if where == "IN" and shown(rng, 0.5) else rng.choice([EMAIL, A4])
    return rows, truth, _page(font, rows, _sized(style, 19), maker)


# ---------------------------------------------------------------- 9 a pay-by-bank (open banking) checkout payment


BANK_APPS = {
    "GB": ["Monzo", "Barclays", "NatWest", "Lloyds Bank"],
    "IE": ["AIB", "Bank of Ireland", "PTSB"],
    "US": ["Chase", "Bank of America"],
    "DE": ["Sparkasse", "DKB", "Commerzbank"],
    "FR": ["BNP Paribas", "Crédit Mutuel", "BoursoBank"],
    "ES": ["BBVA", "CaixaBank", "Santander"],
    "PT": ["Millennium bcp", "Caixa Geral de Depósitos", "novobanco"],
}
BANK_PAYEES = {
    "GB": ["Octopus Energy", "Wickes", "Currys", "Ocado Retail"],
    "IE": ["Bord Gáis Energy", "Harvey Norman Ireland", "Woodie's"],
    "US": ["Xfinity", "Wayfair", "Lowe's"],
    "DE": ["OTTO", "MediaMarkt", "Tchibo"],
    "FR": ["Boulanger", "Leroy Merlin", "Cdiscount"],
    "ES": ["El Corte Inglés", "PcComponentes", "Iberdrola"],
    "PT": ["Worten", "EDP Comercial", "Continente Online"],
}
PROVIDERS = {
    "GB": [
        ("TrueLayer", "TrueLayer Ltd is authorised by the FCA (firm reference 901096)."),
        ("Token.io", "Token.io Ltd is authorised by the FCA (firm reference 794952)."),
    ],
    "IE": [
        ("Yapily", "Yapily Connect Ltd is authorised by the FCA (firm reference 827001)."),
        ("TrueLayer", "TrueLayer (Ireland) Ltd is regulated by the Central Bank of Ireland (C452296)."),
    ],
    "US": [
        ("Plaid", "Pay by Bank powered by Plaid. ACH transfers may take 1-3 business days."),
        ("Trustly", "Online banking payments by Trustly, Inc. (NMLS ID 2006045)."),
    ],
    "DE": [
        ("Trustly", "Trustly Group AB, von der schwedischen Finanzaufsicht zugelassen."),
        ("Tink", "Zahlungsauslösedienst der Tink Germany GmbH."),
    ],
    "FR": [
        ("Fintecture", "Fintecture SAS, établissement de paiement agréé par l'ACPR (CIB 16868)."),
        ("Bridge", "Bridge SAS, établissement de paiement agréé par l'ACPR (CIB 16958)."),
    ],
    "ES": [
        ("Trustly", "Pago iniciado por Trustly Group AB."),
        ("Tink", "Servicio de iniciación de pagos de Tink AB."),
    ],
    "PT": [
        ("Tink", "Serviço de iniciação de pagamentos prestado pela Tink AB."),
        ("SIBS", "Iniciação de pagamento através da SIBS API Market."),
    ],
}
SCHEMES_BANK = {
    "GB": ["Pay by bank", "Faster Payment", "Instant bank transfer"],
    "IE": ["Pay by bank", "SEPA Instant transfer", "Instant bank transfer"],
    "US": ["Pay by Bank (ACH)", "Bank transfer (ACH)", "Pay by Bank (RTP)"],
    "DE": ["Echtzeitüberweisung", "SEPA-Echtzeitüberweisung", "Zahlung per Banküberweisung"],
    "FR": ["Virement instantané", "Paiement par virement", "Virement SEPA instantané"],
    "ES": ["Transferencia inmediata", "Pago por transferencia", "Transferencia SEPA inmediata"],
    "PT": ["Transferência imediata", "Pagamento por transferência", "Transferência SEPA imediata"],
}
PAYBANK_WORDS = {
    "en": {
        "success": ["Payment successful", "Payment complete", "Payment confirmed"],
        "failed": ["Payment failed", "Payment rejected by your bank", "Payment unsuccessful"],
        "pending": ["Payment pending", "Payment processing", "Payment in progress"],
    },
    "de": {
        "success": ["Zahlung erfolgreich", "Zahlung ausgeführt"],
        "failed": ["Zahlung abgelehnt", "Zahlung fehlgeschlagen"],
        "pending": ["Zahlung in Bearbeitung", "Zahlung ausstehend"],
    },
    "fr": {
        "success": ["Paiement effectué", "Paiement réussi", "Virement effectué"],
        "failed": ["Paiement refusé", "Échec du paiement"],
        "pending": ["Paiement en cours", "Paiement en attente"],
    },
    "es": {
        "success": ["Pago realizado", "Transferencia realizada", "Pago completado"],
        "failed": ["Pago rechazado", "Transferencia rechazada"],
        "pending": ["Pago en proceso", "Pago pendiente"],
    },
    "pt": {
        "success": ["Pagamento efetuado", "Transferência efetuada", "Pagamento concluído"],
        "failed": ["Pagamento recusado", "Transferência recusada"],
        "pending": ["Pagamento em processamento", "Pagamento pendente"],
    },
}


def _iban(rng: random.Random, where: str) -> str:
    if where == "GB":
        return f"Sort code {rng.randint(10, 99)}-{rng.randint(10, 99)}-{rng.randint(10, 99)} · Account {digits(rng, 8)}"
    if where == "US":
        return f"Routing {digits(rng, 9)} · Account ••••{digits(rng, 4)}"
    lengths = {"IE": ("IE", 18), "DE": ("DE", 18), "FR": ("FR", 23), "ES": ("ES", 20), "PT": ("PT", 21)}
    country, n = lengths[where]
    body = (
        f"{rng.randint(10, 99)}"
        + (code(rng, 4, UPPER) if where == "IE" else "")
        + digits(rng, n - (4 if where == "IE" else 0))
    )
    text = country + body
    return "IBAN " + " ".join(text[i : i + 4] for i in range(0, len(text), 4))


def pay_by_bank(rng: random.Random, font: str):
    """A pay-by-bank (open banking) checkout payment, shown in the payer's bank app (Monzo, Barclays, NatWest,
    Lloyds, AIB, Bank of Ireland, PTSB, Chase, Bank of America, Sparkasse, DKB, Commerzbank, BNP Paribas, Crédit
    Mutuel, BoursoBank, BBVA, CaixaBank, Santander, Millennium bcp, Caixa Geral de Depósitos, novobanco: the bank's
    name on top, never the payee) or on the shop's return page after it: the payee under To / Paid to / Payee /
    Empfänger / Bénéficiaire / Beneficiario / Beneficiário (Octopus Energy, Wickes, Currys, Ocado, Bord Gáis Energy,
    Harvey Norman, Woodie's, Xfinity, Wayfair, Lowe's, OTTO, MediaMarkt, Tchibo, Boulanger, Leroy Merlin, Cdiscount,
    El Corte Inglés, PcComponentes, Iberdrola, Worten, EDP Comercial, Continente Online), the payee's sort code and
    account or IBAN, the payer and their masked account (never the id), the payment provider that initiated it
    (TrueLayer, Token.io, Yapily, Plaid, Trustly, Tink, Fintecture, Bridge, SIBS: a business, never the payee) and
    its regulator's firm reference (never the id), a customer account number (never the id), the order's reference
    or the payment's id (one of them, in a share), the scheme (Faster Payment, SEPA Instant, Echtzeitüberweisung,
    virement instantané, transferencia inmediata, transferência imediata, ACH: net banking) in a share, the day paid
    in a share and an expected arrival day on ACH pages (never the day paid); an outcome on most pages."""
    where, payee = _country(rng, BANK_PAYEES)
    page = Page(rng, font, where, None)
    when = day(rng)
    bank = rng.choice(BANK_APPS[where])
    provider, regulator = rng.choice(PROVIDERS[where])
    in_bank = shown(rng, 0.45)
    status, words = page.outcome(0.85, p_success=0.6, p_failed=0.2, words=PAYBANK_WORDS)
    amount = round(rng.uniform(18, 900), 2)
    rows: list[tuple] = [("title", bank if in_bank else payee)]
    if words:
        rows.append(("center", words))
    else:
        rows.append(
            (
                "center",
                page.w(
                    {
                        "en": ["Payment details", "Payment summary"],
                        "de": ["Zahlungsdetails"],
                        "fr": ["Détails du paiement"],
                        "es": ["Detalle del pago"],
                        "pt": ["Detalhes do pagamento"],
                    }
                ),
            )
        )
    rows.append(("big", page.fmt(amount)))
    rows.append(("rule",))
    payer = page.person()
    to_labels = {
        "en": ["To", "Paid to", "Payee"],
        "de": ["Empfänger", "An"],
        "fr": ["Bénéficiaire", "À"],
        "es": ["Beneficiario", "Para"],
        "pt": ["Beneficiário", "Para"],
    }
    if status in ("failed", "pending"):
        to_labels["en"] = ["To", "Payee"]
    if in_bank:
        rows.append(("pair", page.w(to_labels), payee))
        if shown(rng, 0.6):
            rows.append(("small", _iban(rng, where)))
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["From", "Paid from"] if status in (None, "success") else ["From"],
                        "de": ["Von", "Auftraggeber"],
                        "fr": ["Depuis", "Émetteur"],
                        "es": ["Desde", "Ordenante"],
                        "pt": ["De", "Ordenante"],
                    }
                ),
                f"{payer} ••{digits(rng, 4)}",
            )
        )
    else:
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Your bank", "Bank"],
                        "de": ["Ihre Bank", "Bank"],
                        "fr": ["Votre banque"],
                        "es": ["Tu banco"],
                        "pt": ["O seu banco"],
                    }
                ),
                bank,
            )
        )
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Account holder", "Name"],
                        "de": ["Kontoinhaber/in"],
                        "fr": ["Titulaire du compte"],
                        "es": ["Titular"],
                        "pt": ["Titular da conta"],
                    }
                ),
                payer,
            )
        )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Customer account", "Account number"],
                        "de": ["Kundennummer"],
                        "fr": ["N° client"],
                        "es": ["Nº de cliente"],
                        "pt": ["N.º de cliente"],
                    }
                ),
                code(rng, 1, UPPER) + "-" + code(rng, 8, ALNUM) if where in ("GB", "IE") else digits(rng, 9),
            )
        )
    method = None
    if shown(rng, 0.3):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Payment type", "Method"],
                        "de": ["Zahlungsart", "Art"],
                        "fr": ["Type de paiement"],
                        "es": ["Tipo", "Método de pago"],
                        "pt": ["Tipo de pagamento", "Método"],
                    }
                ),
                rng.choice(SCHEMES_BANK[where]),
            )
        )
        method = "netbanking"
    txn = None
    if shown(rng, 0.25):
        if shown(rng, 0.5):
            value = rng.choice([f"ORDER {digits(rng, 8)}", f"INV-{digits(rng, 7)}", digits(rng, 10)])
            txn = value.split()[-1] if value.startswith("ORDER") else value
            rows.append(
                (
                    "pair",
                    page.w(
                        {
                            "en": ["Reference", "Order reference"],
                            "de": ["Verwendungszweck", "Bestellnummer"],
                            "fr": ["Référence", "N° de commande"],
                            "es": ["Concepto", "Nº de pedido"],
                            "pt": ["Descritivo", "N.º da encomenda"],
                        }
                    ),
                    txn,
                )
            )
        else:
            txn = {
                "GB": "-".join(code(rng, n, "0123456789abcdef") for n in (8, 4, 4, 4, 12)),
                "IE": "-".join(code(rng, n, "0123456789abcdef") for n in (8, 4, 4, 4, 12)),
                "US": digits(rng, 10),
                "DE": digits(rng, 10),
                "FR": code(rng, 16, UPPER + string.digits),
                "ES": digits(rng, 12),
                "PT": digits(rng, 12),
            }[where]
            rows.append(
                (
                    "pair",
                    page.w(
                        {
                            "en": ["Payment ID", "Transaction ID"],
                            "de": ["Transaktions-ID", "Zahlungs-ID"],
                            "fr": ["ID de transaction", "Référence du paiement"],
                            "es": ["ID de la operación", "Referencia del pago"],
                            "pt": ["ID da transação", "Referência do pagamento"],
                        }
                    ),
                    txn,
                )
            )
    dated = page.dated(
        rows,
        when,
        {
            "en": ["Date", "Paid on", "Date & time"],
            "de": ["Ausgeführt am", "Datum"],
            "fr": ["Date d'exécution", "Date"],
            "es": ["Fecha de ejecución", "Fecha"],
            "pt": ["Data de execução", "Data"],
        },
        0.2,
        0.7,
        status=status,
    )
    if where == "US" and status != "failed" and shown(rng, 0.6):
        rows.append(("pair", "Expected to arrive", page.date(_later(when, rng, 1, 4))))
    rows.append(("rule",))
    rows.append(
        (
            "small",
            page.w(
                {
                    "en": [
                        f"Payment initiated by {provider} on behalf of {payee}.",
                        f"Secured by {provider}.",
                    ],
                    "de": [f"Zahlung ausgelöst über {provider}.", f"Sicher bezahlt mit {provider}."],
                    "fr": [f"Paiement initié par {provider}.", f"Sécurisé par {provider}."],
                    "es": [f"Pago iniciado a través de {provider}.", f"Seguro con {provider}."],
                    "pt": [f"Pagamento iniciado através de {provider}.", f"Protegido por {provider}."],
                }
            ),
        )
    )
    rows.append(("small", regulator))
    truth = truth_fields(payee, amount, page.currency, txn, dated, method, status)
    style = dict(DARK) if shown(rng, 0.25) else dict(SCREEN)
    return rows, truth, _page(font, rows, _sized(style, 19), rows[0][1])


# ---------------------------------------------------------------- 10 a vehicle history check bought online


HISTORY = {
    "IN": ["CarInfo"],
    "GB": ["HPI Check", "Total Car Check"],
    "US": ["CARFAX", "AutoCheck"],
    "IE": ["Cartell.ie", "Motorcheck.ie"],
    "DE": ["carVertical"],
    "FR": ["Autorigin"],
    "ES": ["carVertical"],
    "PT": ["carVertical"],
}
# (product, price) by the provider's country
HISTORY_PRODUCTS = {
    "IN": [("RC Report - Full vehicle history", 299.0), ("Challan & RC Report", 199.0)],
    "GB": [("Full vehicle check", 19.99), ("3 check bundle", 29.99), ("Standard check", 9.99)],
    "US": [("1 CARFAX Vehicle History Report", 44.99), ("3 CARFAX Reports", 64.99), ("5 reports", 99.99)],
    "IE": [("Full car history check", 24.99), ("3 check bundle", 45.00)],
    "DE": [("Fahrzeughistorie-Bericht", 24.99), ("3 Berichte", 44.99)],
    "FR": [("Rapport d'historique complet", 19.90), ("Pack 3 rapports", 39.90)],
    "ES": [("Informe de historial del vehículo", 24.99), ("Pack 3 informes", 44.99)],
    "PT": [("Relatório de histórico do veículo", 24.99), ("Pack de 3 relatórios", 44.99)],
}
LENDERS = {
    "GB": ["Black Horse", "Close Brothers Motor Finance", "Santander Consumer Finance"],
    "IE": ["Bank of Ireland Finance", "Startline Motor Finance"],
    "US": ["Ally Financial", "Capital One Auto Finance"],
    "IN": ["HDFC Bank", "Mahindra Finance"],
    "DE": ["Santander Consumer Bank", "Volkswagen Bank"],
    "FR": ["DIAC", "Crédit Agricole Consumer Finance"],
    "ES": ["Santander Consumer Finance", "BBVA"],
    "PT": ["Cetelem", "Banco BPI"],
}
HISTORY_CARS = {
    "IN": ["Hyundai i20 Asta", "Maruti Suzuki Baleno Zeta", "Honda City VX"],
    "GB": ["Ford Fiesta 1.0 Titanium", "VW Polo 1.2 SE", "BMW 118i Sport"],
    "US": ["2019 Honda CR-V EX", "2017 Toyota Camry SE", "2020 Subaru Outback"],
    "IE": ["Toyota Auris Hybrid", "Skoda Octavia 1.6 TDI", "Ford Kuga"],
    "DE": ["VW Golf VII 1.4 TSI", "Audi A3 Sportback", "Opel Corsa F"],
    "FR": ["Peugeot 208 PureTech", "Renault Captur TCe", "Citroën C4"],
    "ES": ["Seat Ibiza 1.0 TSI", "Toyota C-HR", "Kia Sportage"],
    "PT": ["Renault Clio dCi", "Peugeot 308 SW", "Mercedes-Benz A 180"],
}


def vehicle_history_check(rng: random.Random, font: str):
    """A vehicle history check or report bought online before buying a used car (CarInfo in rupees, HPI Check and
    Total Car Check in pounds, CARFAX and AutoCheck in dollars, Cartell.ie and Motorcheck.ie in euros, and
    carVertical and Autorigin on German, French, Spanish and Portuguese pages), an e-mail or a page: the vehicle's
    registration, VIN and make, its first registration (never the day paid), the report's findings (outstanding
    finance with its lender, a business never the payee, and its sum, never the amount; a write-off category, mileage
    readings and MOT or NCT tests with their days and results, never the day paid nor an outcome of the payment;
    previous keepers; a valuation range and a guarantee's cover, never the amount), the report's or certificate's
    code and the checks left in a bundle (never the id), the product and its price, a discount code, VAT / MwSt. /
    TVA / IVA / GST included, Order number / Bestellnummer / N° de commande / Nº de pedido / N.º da encomenda or the
    payment's reference in a share, Date of purchase / Kaufdatum / Date d'achat / Fecha de compra / Data de compra in
    a share, the way to pay in a share; an outcome in a share."""
    where, provider = _country(rng, HISTORY)
    page = Page(rng, font, where, ["sign", "sign_space", "code_before"])
    lang = page.lang
    when = day(rng)
    status, words = page.outcome(0.55, p_success=0.55, p_failed=0.25)
    rows: list[tuple] = [("title", provider)]
    rows.append(
        (
            "center",
            page.w(
                {
                    "en": ["Your receipt", "Purchase confirmation", "Order summary"],
                    "de": ["Deine Bestellung", "Kaufbeleg"],
                    "fr": ["Votre commande", "Reçu d'achat"],
                    "es": ["Tu compra", "Justificante de compra"],
                    "pt": ["A sua compra", "Comprovativo de compra"],
                }
            ),
        )
    )
    page.status_row(rows, words, 0.6)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Vehicle", "Make / model"],
                    "de": ["Fahrzeug"],
                    "fr": ["Véhicule"],
                    "es": ["Vehículo"],
                    "pt": ["Veículo"],
                }
            ),
            rng.choice(HISTORY_CARS[where]),
        )
    )
    if where != "US" or shown(rng, 0.3):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Registration", "Reg"],
                        "IN": ["Registration No"],
                        "de": ["Kennzeichen"],
                        "fr": ["Immatriculation"],
                        "es": ["Matrícula"],
                        "pt": ["Matrícula"],
                    }
                ),
                _reg(rng, where),
            )
        )
    if where in ("US", "DE", "FR", "ES", "PT") or shown(rng, 0.5):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["VIN"],
                        "de": ["FIN"],
                        "fr": ["VIN"],
                        "es": ["Nº de bastidor (VIN)"],
                        "pt": ["VIN"],
                    }
                ),
                _vin(rng),
            )
        )
    first = dt.date(when.year - rng.randint(3, 11), rng.randint(1, 12), rng.randint(1, 28))
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["First registered"],
                    "US": ["Model year"],
                    "de": ["Erstzulassung"],
                    "fr": ["1re mise en circulation"],
                    "es": ["Primera matriculación"],
                    "pt": ["Primeira matrícula"],
                }
            ),
            str(first.year) if where == "US" else page.date(first),
        )
    )
    if status in (None, "success"):
        rows.append(("rule",))
        if shown(rng, 0.5):
            lender = rng.choice(LENDERS[where])
            owed = {"IN": 185000.0, "GB": 4210.0, "US": 6380.0}.get(where, 5200.0) * rng.uniform(0.5, 1.5)
            rows.append(
                (
                    "pair",
                    page.w(
                        {
                            "en": ["Outstanding finance"],
                            "IN": ["Hypothecation"],
                            "de": ["Offene Finanzierung"],
                            "fr": ["Financement en cours"],
                            "es": ["Financiación pendiente"],
                            "pt": ["Financiamento em curso"],
                        }
                    ),
                    f"{lender} - {page.fmt(round(owed, 0))}" if where != "IN" else lender,
                )
            )
        else:
            rows.append(
                (
                    "pair",
                    page.w(
                        {
                            "en": ["Outstanding finance"],
                            "IN": ["Hypothecation"],
                            "de": ["Offene Finanzierung"],
                            "fr": ["Financement en cours"],
                            "es": ["Financiación pendiente"],
                            "pt": ["Financiamento em curso"],
                        }
                    ),
                    page.w(
                        {
                            "en": ["None recorded", "Clear"],
                            "IN": ["None"],
                            "de": ["Keine"],
                            "fr": ["Aucun"],
                            "es": ["Ninguna"],
                            "pt": ["Nenhum"],
                        }
                    ),
                )
            )
        readings = rng.randint(2, 3)
        km = rng.randint(15000, 40000)
        for index in range(readings):
            seen = _earlier(when, rng, 30 + 360 * (readings - 1 - index), 60 + 360 * (readings - 1 - index))
            unit = "mi" if where in ("GB", "US") else "km"
            label = page.w(
                {
                    "GB": ["MOT test", "Mileage reading"],
                    "IE": ["NCT test", "Odometer reading"],
                    "en": ["Odometer reading"],
                    "de": ["Kilometerstand (HU)"],
                    "fr": ["Relevé kilométrique (CT)"],
                    "es": ["Lectura (ITV)"],
                    "pt": ["Leitura (inspeção)"],
                }
            )
            result = ""
            if where in ("GB", "IE") and "test" in label:
                result = " " + rng.choice(["PASS", "Pass", "Pass with advisories"])
            rows.append(
                (
                    "pair",
                    f"{label} {page.date(seen)}",
                    f"{km:,} {unit}{result}".replace(",", {"en": ",", "fr": " "}.get(lang, ".")),
                )
            )
            km += rng.randint(6000, 14000)
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Previous keepers", "Owners"],
                        "US": ["Previous owners"],
                        "de": ["Vorbesitzer"],
                        "fr": ["Propriétaires précédents"],
                        "es": ["Propietarios anteriores"],
                        "pt": ["Proprietários anteriores"],
                    }
                ),
                str(rng.randint(1, 4)),
            )
        )
        if where in ("GB", "IE", "US") and shown(rng, 0.5):
            low = {"GB": 7800.0, "IE": 11500.0, "US": 14200.0}[where] * rng.uniform(0.7, 1.3)
            rows.append(
                (
                    "pair",
                    "Valuation" if where != "US" else "Estimated retail value",
                    f"{page.fmt(round(low, -1))} - {page.fmt(round(low * 1.08, -1))}",
                )
            )
        if where == "GB" and provider == "HPI Check" and shown(rng, 0.6):
            rows.append(("small", f"Covered by the HPI Guarantee up to {page.fmt(30000.0)}"))
        if where == "US" and provider == "CARFAX" and shown(rng, 0.6):
            rows.append(("small", "Backed by the CARFAX Buyback Guarantee"))
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Certificate no", "Report ID"],
                        "de": ["Berichts-ID"],
                        "fr": ["Code du rapport"],
                        "es": ["Código de informe"],
                        "pt": ["Código do relatório"],
                    }
                ),
                code(rng, 10, ALNUM),
            )
        )
    rows.append(("rule",))
    product, price = rng.choice(HISTORY_PRODUCTS[where])
    rows.append(("pair", product, page.m(price)))
    net = price
    if shown(rng, 0.3):
        code_word = code(rng, rng.choice([6, 8]), UPPER)
        off = round(price * 0.2, 2)
        rows.append(
            (
                "pair",
                f"{page.w({'en': ['Discount'], 'de': ['Rabatt'], 'fr': ['Remise'], 'es': ['Descuento'], 'pt': ['Desconto']})} {code_word}",
                page.neg(off),
            )
        )
        net = round(net - off, 2)
    if where == "US":
        total = net
    else:
        total = page.tax(
            rows,
            net,
            {"IN": 0.18, "GB": 0.20, "IE": 0.23, "DE": 0.19, "FR": 0.20, "ES": 0.21, "PT": 0.23}[where],
            added=False,
        )
    page.total(rows, total, status)
    kinds = ["UPI", "UPI", "wallet", "card"] if where == "IN" else ["card", "card", "wallet"]
    method = page.pay(rows, kinds, p_absent=0.25, online=True, status=status)
    if status in (None, "success") and "3" in product and shown(rng, 0.6):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Checks remaining", "Reports left"],
                        "de": ["Verbleibende Berichte"],
                        "fr": ["Rapports restants"],
                        "es": ["Informes restantes"],
                        "pt": ["Relatórios restantes"],
                    }
                ),
                "2",
            )
        )
    ref = {
        "IN": "CI" + digits(rng, 10),
        "GB": digits(rng, 8),
        "US": code(rng, 3, UPPER) + digits(rng, 7),
        "IE": digits(rng, 7),
        "DE": "CV-" + digits(rng, 8),
        "FR": "AR" + digits(rng, 8),
        "ES": "CV-" + digits(rng, 8),
        "PT": "CV-" + digits(rng, 8),
    }[where]
    txn = page.ident(
        rows,
        {
            "en": ["Order number", "Order ID", "Transaction ID"],
            "de": ["Bestellnummer", "Transaktions-ID"],
            "fr": ["N° de commande", "Référence de paiement"],
            "es": ["Nº de pedido", "Referencia de pago"],
            "pt": ["N.º da encomenda", "Referência de pagamento"],
        },
        ref,
        0.25,
    )
    dated = page.dated(
        rows,
        when,
        {
            "en": ["Date of purchase", "Purchased", "Order date"],
            "de": ["Kaufdatum", "Bestelldatum"],
            "fr": ["Date d'achat", "Date de commande"],
            "es": ["Fecha de compra", "Fecha del pedido"],
            "pt": ["Data de compra", "Data da encomenda"],
        },
        0.25,
        0.6,
        status=status,
    )
    rows.append(
        (
            "small",
            page.w(
                {
                    "GB": [
                        "Data supplied by the DVLA, the police, insurers and finance houses.",
                        "Your report is available in your account for 30 days.",
                    ],
                    "IE": ["Data from the NVDF, finance houses and insurers."],
                    "US": ["This report is based only on information supplied to us."],
                    "IN": ["Data sourced from the VAHAN database. For information only."],
                    "de": ["Die Angaben beruhen auf Daten aus über 900 Registern."],
                    "fr": ["Données issues de registres européens et de constructeurs."],
                    "es": ["Datos procedentes de registros nacionales e internacionales."],
                    "pt": ["Dados provenientes de registos nacionais e internacionais."],
                }
            ),
        )
    )
    truth = truth_fields(provider, total, page.currency, txn, dated, method, status)
    style = EMAIL if shown(rng, 0.6) else SCREEN
    return rows, truth, _page(font, rows, _sized(style, 18), provider)


# ---------------------------------------------------------------- 11 a home EV charger's installation


EV_INSTALLERS = {
    "IN": ["Tata Power EZ Charge", "Zeon Home Charging"],
    "GB": ["Pod Point", "Spark EV Installations Ltd"],
    "US": ["Qmerit", "Lone Star EV Electric"],
    "IE": ["ePower", "Emerald EV Chargers"],
    "DE": ["The Mobility House", "Elektro Wallbox Profi GmbH"],
    "FR": ["Beev", "Zeplug"],
    "ES": ["Instalaciones Voltio Verde"],
    "PT": ["Carregar Já - Instalações Elétricas"],
}
CHARGERS = {
    "IN": ["Tata Power EZ Home 7.2 kW", "Delta AC Max 7.4 kW"],
    "GB": ["Ohme Home Pro 7.4 kW", "Zappi v2.1 7kW", "Pod Point Solo 3S 7kW"],
    "US": ["ChargePoint Home Flex (50 A)", "Tesla Wall Connector (Gen 3)", "Emporia Level 2 (48 A)"],
    "IE": ["Zappi v2.1 7kW", "Easee One 7.4 kW"],
    "DE": ["Easee One 11 kW", "Hager witty start 11 kW", "ABB Terra AC 11 kW"],
    "FR": ["Hager witty start 7,4 kW", "Wallbox Pulsar Plus 7,4 kW", "Schneider EVlink Pro AC"],
    "ES": ["Wallbox Pulsar Plus 7,4 kW", "Circontrol eHome 7,4 kW"],
    "PT": ["Wallbox Pulsar Plus 7,4 kW", "Efacec HomeCharger 7,4 kW"],
}
# the meter's or supply point's code (never the id)
SUPPLY_POINT = {
    "IN": lambda rng: ("Consumer No.", digits(rng, 12)),
    "GB": lambda rng: ("MPAN", f"{digits(rng, 2)} {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"),
    "US": lambda rng: ("Utility service account", f"{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 2)}"),
    "IE": lambda rng: ("MPRN", "10" + digits(rng, 9)),
    "DE": lambda rng: ("Zählernummer", "1ESY" + digits(rng, 10)),
    "FR": lambda rng: ("PDL", digits(rng, 14)),
    "ES": lambda rng: ("CUPS", "ES0021" + digits(rng, 12) + code(rng, 2, UPPER)),
    "PT": lambda rng: ("CPE", "PT0002" + digits(rng, 12) + code(rng, 2, UPPER)),
}
# (unit, installation, extras) in the country's money
EV_PRICES = {
    "IN": (38000.0, 6500.0, 1800.0),
    "GB": (599.0, 350.0, 85.0),
    "US": (649.0, 900.0, 180.0),
    "IE": (749.0, 450.0, 95.0),
    "DE": (799.0, 690.0, 120.0),
    "FR": (790.0, 560.0, 110.0),
    "ES": (720.0, 490.0, 95.0),
    "PT": (690.0, 420.0, 90.0),
}
EV_RATE = {"IN": 0.18, "GB": 0.20, "US": 0.0825, "IE": 0.135, "DE": 0.19, "FR": 0.055, "ES": 0.21, "PT": 0.23}
EV_EXTRAS = {
    "en": ["Additional cable (per 5 m)", "Earth rod & Type A RCD", "Groundworks / trenching"],
    "US": ["240V circuit & breaker", "Panel permit fee", "Conduit run (per 10 ft)"],
    "de": ["Zusätzliches Kabel (je 5 m)", "FI-Schutzschalter Typ A", "Kernbohrung"],
    "fr": ["Câble supplémentaire (5 m)", "Disjoncteur différentiel type A", "Saignée et goulotte"],
    "es": ["Cable adicional (5 m)", "Diferencial tipo A", "Canalización"],
    "pt": ["Cabo adicional (5 m)", "Diferencial tipo A", "Calha técnica"],
}
# help with the cost, printed beside the invoice; "off" where it is taken off the sum due
GRANTS = {
    "GB": [("OZEV EV chargepoint grant", 350.0, True)],
    "IE": [("SEAI EV Home Charger Grant (claimed by the customer)", 300.0, False)],
    "US": [
        ("Federal tax credit 30% (Form 8911), claim with your return", 0.0, False),
        ("Utility rebate to be paid by Austin Energy", 500.0, False),
    ],
    "DE": [("KfW-Förderung (Antrag durch den Kunden)", 500.0, False)],
    "FR": [
        ("Prime Advenir déduite", 600.0, True),
        ("Crédit d'impôt (75 %, max 500 €) à déclarer", 500.0, False),
    ],
    "ES": [("Programa MOVES III - ayuda a solicitar por el cliente", 490.0, False)],
    "PT": [("Incentivo Fundo Ambiental (a requerer pelo cliente)", 80.0, False)],
}
DEPOSIT_WORDS = {
    "en": ("Less: deposit paid {d}", "Balance paid", "Balance due"),
    "de": ("Abzgl. Anzahlung vom {d}", "Restbetrag bezahlt", "Restbetrag"),
    "fr": ("Acompte versé le {d}", "Solde réglé", "Solde à régler"),
    "es": ("Anticipo abonado el {d}", "Resto abonado", "Importe pendiente"),
    "pt": ("Sinal pago em {d}", "Remanescente pago", "Remanescente"),
}


def ev_charger_install(rng: random.Random, font: str):
    """A home electric-car charger's installation invoice and receipt (Tata Power EZ Charge and Zeon in rupees, Pod
    Point and a UK installer in pounds, Qmerit and a Texas electrician in dollars, ePower and an Irish installer in
    euros, and The Mobility House, an Elektro firm, Beev, Zeplug, a Spanish and a Portuguese installer on their own
    languages' pages), printed or e-mailed: the installer's registrations (NICEIC, OZEV installer id, RECI, Qualifelec,
    a licence; never the id), the customer and the installation address, the supply point's MPAN, MPRN, Zählernummer,
    PDL, CUPS or CPE code, the charger's model and serial number (never the id), the installation's day (never the day
    paid), the charger, the installation and extras, VAT / MwSt. / TVA / IVA / GST / sales tax added, a grant taken off
    (OZEV, Prime Advenir) or one the customer claims (SEAI, KfW, MOVES III, Fundo Ambiental, a tax credit, a utility's
    rebate; never the amount), a deposit paid earlier with its day taken off (the balance paid is the amount), the way
    to pay in a share, the invoice's number or the payment's reference in a share, the day paid in a share; PAID /
    Bezahlt / Acquittée / Pagada / Paga or an outcome in a share."""
    where, firm = _country(rng, EV_INSTALLERS)
    page = Page(rng, font, where, ["sign", "rs", "code_before", "sign_space"])
    lang = page.lang
    when = day(rng)
    status, words = page.outcome(
        0.5,
        p_success=0.6,
        p_failed=0.2,
        words={
            "en": {
                "success": ["PAID", "Paid in full", "Payment received - thank you"],
                "failed": ["Payment declined"],
                "pending": ["Awaiting payment", "Payment pending"],
            },
            "de": {
                "success": ["Bezahlt", "Betrag dankend erhalten"],
                "failed": ["Zahlung abgelehnt"],
                "pending": ["Zahlung ausstehend"],
            },
            "fr": {
                "success": ["Acquittée", "Payée"],
                "failed": ["Paiement refusé"],
                "pending": ["En attente de règlement"],
            },
            "es": {
                "success": ["Pagada", "Cobrada"],
                "failed": ["Pago rechazado"],
                "pending": ["Pendiente de pago"],
            },
            "pt": {
                "success": ["Paga", "Liquidada"],
                "failed": ["Pagamento recusado"],
                "pending": ["Pagamento pendente"],
            },
        },
    )
    rows: list[tuple] = [("title", firm)]
    reg = {
        "IN": page.tax_id(),
        "GB": f"NICEIC Approved Contractor {digits(rng, 6)} · OZEV installer ID {digits(rng, 4)}",
        "US": f"TECL #{digits(rng, 5)} · Licensed & insured",
        "IE": f"RECI Registered Electrical Contractor {digits(rng, 4)} · SEAI registered installer",
        "DE": page.tax_id() + " · Eingetragener Elektrofachbetrieb",
        "FR": f"Qualifelec IRVE n° {digits(rng, 6)} · " + page.tax_id(),
        "ES": f"Empresa instaladora autorizada nº {digits(rng, 5)} · " + page.tax_id(),
        "PT": f"Alvará n.º {digits(rng, 5)}-PAR · " + page.tax_id(),
    }[where]
    rows.append(("center", reg))
    rows.append(
        (
            "center",
            page.w(
                {
                    "en": ["Final invoice", "Invoice / Receipt", "Installation invoice"],
                    "IN": ["TAX INVOICE", "Installation Invoice"],
                    "de": ["Schlussrechnung", "Rechnung"],
                    "fr": ["Facture", "Facture de solde"],
                    "es": ["Factura", "Factura final"],
                    "pt": ["Fatura-Recibo", "Fatura"],
                }
            ),
        )
    )
    page.status_row(rows, words, 0.7)
    rows.append(("rule",))
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Customer", "Bill to"],
                    "de": ["Kunde"],
                    "fr": ["Client"],
                    "es": ["Cliente"],
                    "pt": ["Cliente"],
                }
            ),
            page.person(),
        )
    )
    label, value = SUPPLY_POINT[where](rng)
    if shown(rng, 0.3):
        rows.append(("pair", label, value))
    model = rng.choice(CHARGERS[where])
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Charger", "Chargepoint"],
                    "de": ["Wallbox"],
                    "fr": ["Borne"],
                    "es": ["Cargador"],
                    "pt": ["Carregador"],
                }
            ),
            model,
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Serial no", "S/N"],
                        "de": ["Seriennummer"],
                        "fr": ["N° de série"],
                        "es": ["Nº de serie"],
                        "pt": ["N.º de série"],
                    }
                ),
                code(rng, 2, UPPER) + digits(rng, 10),
            )
        )
    installed = _earlier(when, rng, 0, 12)
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Installed on", "Installation date"],
                    "de": ["Installiert am", "Leistungsdatum"],
                    "fr": ["Date d'installation", "Date de mise en service"],
                    "es": ["Fecha de instalación"],
                    "pt": ["Data de instalação"],
                }
            ),
            page.date(installed),
        )
    )
    if shown(rng, 0.4):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Electrician", "Installer"],
                        "de": ["Elektriker/in"],
                        "fr": ["Électricien"],
                        "es": ["Instalador"],
                        "pt": ["Eletricista"],
                    }
                ),
                page.staff(),
            )
        )
    rows.append(("rule",))
    unit, install, extra = EV_PRICES[where]
    unit = round(unit * rng.uniform(0.9, 1.1), 0 if where == "IN" else 2)
    install = round(install * rng.uniform(0.9, 1.2), 0 if where == "IN" else 2)
    rows.append(("pair", model, page.m(unit)))
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Standard installation", "Installation & commissioning"],
                    "de": ["Montage und Inbetriebnahme"],
                    "fr": ["Installation et mise en service"],
                    "es": ["Instalación y puesta en marcha"],
                    "pt": ["Instalação e colocação em serviço"],
                }
            ),
            page.m(install),
        )
    )
    net = round(unit + install, 2)
    for name in rng.sample(EV_EXTRAS.get(where) or EV_EXTRAS[lang], rng.randint(0, 2)):
        price = round(extra * rng.uniform(0.7, 1.4), 0 if where == "IN" else 2)
        rows.append(("pair", name, page.m(price)))
        net = round(net + price, 2)
    if shown(rng, 0.5) and where != "US":
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Subtotal", "Net"],
                        "IN": ["Taxable value"],
                        "de": ["Nettobetrag"],
                        "fr": ["Total HT"],
                        "es": ["Base imponible"],
                        "pt": ["Total ilíquido"],
                    }
                ),
                page.m(net),
            )
        )
    if where == "US":  # Texas taxes the equipment, not the labour
        tax = round(unit * EV_RATE["US"], 2)
        rows.append(("pair", f"Sales tax {page.pct(EV_RATE['US'])} (equipment)", page.m(tax)))
        total = round(net + tax, 2)
    else:
        total = page.tax(rows, net, EV_RATE[where], added=True)
    grant = rng.choice(GRANTS[where]) if where in GRANTS and shown(rng, 0.4) else None
    if grant and grant[2]:
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Invoice total"],
                        "de": ["Rechnungsbetrag"],
                        "fr": ["Total TTC"],
                        "es": ["Total factura"],
                        "pt": ["Total"],
                    }
                ),
                page.fmt(total),
            )
        )
        rows.append(("pair", grant[0], page.neg(grant[1])))
        total = round(total - grant[1], 2)
    due = total
    deposit = None
    if shown(rng, 0.5):
        deposit = round(total * rng.choice([0.2, 0.25, 0.3]), 0)
        when_deposit = _earlier(installed, rng, 10, 40)
        first, paid_label, due_label = DEPOSIT_WORDS[lang]
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Total"],
                        "de": ["Gesamtbetrag"],
                        "fr": ["Total TTC"],
                        "es": ["Total"],
                        "pt": ["Total"],
                    }
                )
                if not (grant and grant[2])
                else page.w(
                    {
                        "en": ["Total after grant"],
                        "de": ["Gesamt nach Förderung"],
                        "fr": ["Total après prime"],
                        "es": ["Total tras ayuda"],
                        "pt": ["Total após incentivo"],
                    }
                ),
                page.fmt(total),
            )
        )
        rows.append(("pair", first.replace("{d}", page.date(when_deposit)), page.neg(deposit)))
        due = round(total - deposit, 2)
        rows.append(("pair", paid_label if status not in ("failed", "pending") else due_label, page.fmt(due)))
    else:
        page.total(rows, total, status)
    if grant and not grant[2]:
        text = grant[0] + (f": {page.fmt(grant[1])}" if grant[1] else "")
        rows.append(("small", text))
    kinds = ["UPI", "netbanking", "card"] if where == "IN" else ["netbanking", "card", "card"]
    method = page.pay(rows, kinds, p_absent=0.25, status=status)
    ref = {
        "IN": f"EZ/{when.year % 100}-{(when.year + 1) % 100}/{digits(rng, 5)}",
        "GB": "INV-" + digits(rng, 6),
        "US": digits(rng, 6),
        "IE": "EP" + digits(rng, 5),
        "DE": f"RE{when.year}-{digits(rng, 4)}",
        "FR": f"FAC-{when.year}-{digits(rng, 5)}",
        "ES": f"F{when.year}/{digits(rng, 4)}",
        "PT": f"FR {code(rng, 1, UPPER)}{when.year}/{rng.randint(10, 999)}",
    }[where]
    txn = page.ident(
        rows,
        {
            "en": ["Invoice No", "Invoice number"],
            "US": ["Invoice #", "Invoice No"],
            "de": ["Rechnungsnummer", "Rechnungs-Nr."],
            "fr": ["Facture n°", "N° de facture"],
            "es": ["Nº de factura", "Factura nº"],
            "pt": ["Fatura-Recibo n.º", "N.º do documento"],
        },
        ref,
        0.25,
    )
    dated = page.dated(
        rows,
        when,
        {
            "en": ["Payment date", "Date paid", "Paid on"],
            "de": ["Bezahlt am", "Zahlungseingang"],
            "fr": ["Date de paiement", "Réglé le"],
            "es": ["Fecha de pago", "Fecha de cobro"],
            "pt": ["Data de pagamento", "Data de recebimento"],
        },
        0.3,
        0.3,
        status=status,
    )
    rows.append(
        (
            "small",
            page.w(
                {
                    "en": [
                        "3-year manufacturer's warranty on the charger. Register it in the app to enable smart charging.",
                        "Electrical installation certificate issued under BS 7671.",
                    ],
                    "US": ["Permit and inspection by the City of Austin. 2-year workmanship warranty."],
                    "IE": [
                        "Completion certificate issued to I.S. 10101 (Safe Electric). 3-year warranty on the charger."
                    ],
                    "IN": ["Warranty: 2 years on the charger. Installation as per CEA guidelines."],
                    "de": ["Anmeldung beim Netzbetreiber erfolgt. 3 Jahre Herstellergarantie."],
                    "fr": ["Attestation de conformité IRVE remise au client. Garantie 3 ans."],
                    "es": ["Certificado de instalación eléctrica (boletín) entregado al cliente."],
                    "pt": ["Certificado de instalação elétrica entregue ao cliente. Garantia de 3 anos."],
                }
            ),
        )
    )
    truth = truth_fields(firm, due, page.currency, txn, dated, method, status)
    style = A4 if shown(rng, 0.6) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 18), firm)


# ---------------------------------------------------------------- 12 a bullion dealer's coins and bars


BULLION = {
    "IN": ["Shree Ganesh Bullion"],
    "GB": ["The Royal Mint", "Chards"],
    "US": ["APMEX", "JM Bullion"],
    "IE": ["GoldCore"],
    "DE": ["Degussa Goldhandel", "pro aurum"],
    "FR": ["Godot & Fils", "AuCOFFRE"],
    "ES": ["Andorrano Joyería"],
    "PT": ["Lusometais Metais Preciosos"],
}
BULLION_PLACES = {
    "Shree Ganesh Bullion": "14, Sheikh Memon Street, Zaveri Bazaar, Mumbai 400002",
    "The Royal Mint": "Llantrisant, Pontyclun CF72 8YT",
    "Chards": "32-36 Harrowside, Blackpool FY4 1RJ",
    "APMEX": "Oklahoma City, OK 73104",
    "JM Bullion": "Dallas, TX 75244",
    "GoldCore": "14 Exchange Place, IFSC, Dublin 1",
    "Degussa Goldhandel": "Kettenhofweg 29, 60325 Frankfurt am Main",
    "pro aurum": "Joseph-Wild-Straße 12, 81829 München",
    "Godot & Fils": "23 rue Vivienne, 75002 Paris",
    "AuCOFFRE": "2 rue Paul Appell, 42000 Saint-Étienne",
    "Andorrano Joyería": "Calle Sevilla 3, 28014 Madrid",
    "Lusometais Metais Preciosos": "Rua do Ouro 120, 1100-061 Lisboa",
}
# (product, fine grams, metal)
BARS = {
    "IN": [
        ("24K Gold Bar 10 g (999.9)", 10.0, "gold"),
        ("24K Gold Coin 8 g (Lakshmi)", 8.0, "gold"),
        ("Silver Bar 1 kg (999)", 1000.0, "silver"),
    ],
    "GB": [
        ("1 oz Gold Britannia 2026", 31.10, "gold"),
        ("1/4 oz Gold Sovereign", 7.32, "gold"),
        ("1 oz Silver Britannia 2026", 31.10, "silver"),
        ("20 g Gold Bar (PAMP)", 20.0, "gold"),
    ],
    "US": [
        ("1 oz American Gold Eagle", 31.10, "gold"),
        ("1 oz Gold Maple Leaf", 31.10, "gold"),
        ("1 oz Silver American Eagle", 31.10, "silver"),
        ("10 oz Silver Bar (Valcambi)", 311.0, "silver"),
    ],
    "IE": [
        ("1 oz Gold Krugerrand", 31.10, "gold"),
        ("100 g Gold Bar (Heraeus)", 100.0, "gold"),
        ("1 oz Silver Maple Leaf", 31.10, "silver"),
    ],
    "DE": [
        ("Wiener Philharmoniker 1 oz Gold", 31.10, "gold"),
        ("Goldbarren 100 g Heraeus", 100.0, "gold"),
        ("Krügerrand 1 oz Gold", 31.10, "gold"),
        ("Silber Maple Leaf 1 oz", 31.10, "silver"),
    ],
    "FR": [
        ("Napoléon 20 francs or (5,81 g)", 5.81, "gold"),
        ("Lingotin or 100 g", 100.0, "gold"),
        ("Souverain or", 7.32, "gold"),
        ("Maple Leaf argent 1 oz", 31.10, "silver"),
    ],
    "ES": [
        ("Krugerrand 1 onza oro", 31.10, "gold"),
        ("Lingote oro 50 g Valcambi", 50.0, "gold"),
        ("Filarmónica de Viena 1 onza plata", 31.10, "silver"),
    ],
    "PT": [
        ("Krugerrand 1 onça ouro", 31.10, "gold"),
        ("Lingote de ouro 20 g", 20.0, "gold"),
        ("Maple Leaf 1 onça prata", 31.10, "silver"),
    ],
}
# the metal's spot price per gram in the page's money, and the dealer's premium
SPOT = {"INR": (9800.0, 105.0), "GBP": (88.0, 1.0), "USD": (112.0, 1.25), "EUR": (102.0, 1.15)}
EXEMPT_GOLD = {
    "GB": "Investment gold - VAT exempt",
    "IE": "Investment gold - exempt from VAT (Art. 346 VAT Directive)",
    "DE": "Anlagegold gem. § 25c UStG umsatzsteuerfrei",
    "FR": "Or d'investissement exonéré de TVA (art. 298 sexdecies A du CGI)",
    "ES": "Oro de inversión exento de IVA (art. 140 bis LIVA)",
    "PT": "Ouro para investimento isento de IVA (Regime Especial do Ouro)",
}
SILVER_RATE = {"GB": 0.20, "IE": 0.23, "ES": 0.21, "PT": 0.23}
SILVER_MARGIN = {"DE": "Differenzbesteuert nach § 25a UStG", "FR": "Régime de la marge - TVA non récupérable"}


def bullion_purchase(rng: random.Random, font: str):
    """A bullion dealer's invoice or order confirmation for gold and silver coins and bars (a Zaveri Bazaar dealer in
    rupees, The Royal Mint and Chards in pounds, APMEX and JM Bullion in dollars, GoldCore in euros, and Degussa, pro
    aurum, Godot & Fils, AuCOFFRE, Andorrano Joyería and a Lisbon dealer on German, French, Spanish and Portuguese
    pages), printed or e-mailed: the customer and a customer number, a PAN (never the id), the metal's spot price per
    ounce or per 10 g at a time of day (never the amount), coins and bars by weight and purity with a bar's serial
    number (never the id), investment gold exempt from VAT, silver with VAT added, under the margin scheme or exempt,
    GST 3% on Indian pages, insured delivery or vault storage, Total / Gesamtbetrag / Total TTC / Importe total /
    Total a pagar, the dealer's buy-back price (never the amount), the trade's and dispatch's days (never the day
    paid), the dealer's bank details for a transfer (never the id), the way to pay in a share (a bank transfer, NEFT
    or RTGS: net banking), Order number / Invoice No / Rechnungsnummer / Facture n° / Nº de pedido / Fatura n.º in a
    share, the day paid in a share; an outcome in a share, an order awaiting its transfer among them."""
    where, dealer = _country(rng, BULLION)
    page = Page(rng, font, where, ["sign", "rs", "code_before", "sign_space"])
    lang = page.lang
    when = day(rng)
    status, words = page.outcome(
        0.55,
        p_success=0.5,
        p_failed=0.2,
        words={
            "en": {
                "success": ["Payment received", "Paid", "Payment cleared"],
                "failed": ["Payment failed", "Card declined"],
                "pending": ["Awaiting payment", "Awaiting funds"],
            },
            "de": {
                "success": ["Zahlung eingegangen", "Bezahlt"],
                "failed": ["Zahlung fehlgeschlagen"],
                "pending": ["Zahlung ausstehend", "Warten auf Zahlungseingang"],
            },
            "fr": {
                "success": ["Paiement reçu", "Payée"],
                "failed": ["Paiement refusé"],
                "pending": ["En attente de votre virement", "Paiement en attente"],
            },
            "es": {
                "success": ["Pago recibido", "Pagado"],
                "failed": ["Pago rechazado"],
                "pending": ["Pendiente de transferencia", "Pago pendiente"],
            },
            "pt": {
                "success": ["Pagamento recebido", "Pago"],
                "failed": ["Pagamento recusado"],
                "pending": ["A aguardar transferência", "Pagamento pendente"],
            },
        },
    )
    rows: list[tuple] = [("title", dealer), ("center", BULLION_PLACES[dealer])]
    if shown(rng, 0.5):
        rows.append(("center", page.tax_id()))
    rows.append(
        (
            "center",
            page.w(
                {
                    "en": ["Invoice", "Order confirmation", "Trade confirmation"],
                    "IN": ["TAX INVOICE", "Invoice"],
                    "de": ["Rechnung", "Auftragsbestätigung"],
                    "fr": ["Facture", "Confirmation de commande"],
                    "es": ["Factura", "Confirmación de pedido"],
                    "pt": ["Fatura", "Confirmação de encomenda"],
                }
            ),
        )
    )
    page.status_row(rows, words, 0.6)
    rows.append(("rule",))
    customer = page.person()
    rows.append(
        (
            "pair",
            page.w(
                {
                    "en": ["Customer", "Client"],
                    "de": ["Kunde"],
                    "fr": ["Client"],
                    "es": ["Cliente"],
                    "pt": ["Cliente"],
                }
            ),
            customer,
        )
    )
    if shown(rng, 0.5):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Customer no", "Account no"],
                        "de": ["Kundennummer"],
                        "fr": ["N° client"],
                        "es": ["Nº de cliente"],
                        "pt": ["N.º de cliente"],
                    }
                ),
                digits(rng, 7),
            )
        )
    spot_gram, silver_gram = SPOT[page.currency]
    items = rng.sample(BARS[where], rng.randint(1, 2))
    rows_items, net_gold, net_silver = [], 0.0, 0.0
    for name, grams, metal in items:
        per_gram = spot_gram if metal == "gold" else silver_gram
        premium = rng.uniform(0.02, 0.06) if metal == "gold" else rng.uniform(0.12, 0.25)
        unit = round(grams * per_gram * (1 + premium), 0 if where == "IN" else 2)
        n = rng.choice([1, 1, 2]) if metal == "gold" else rng.choice([1, 5, 10, 20]) if grams < 100 else 1
        line = round(unit * n, 2)
        rows_items.append((name, n, unit, line, metal))
        if metal == "gold":
            net_gold = round(net_gold + line, 2)
        else:
            net_silver = round(net_silver + line, 2)
    if shown(rng, 0.5):
        if where == "IN":
            rows.append(
                ("pair", f"Gold rate (24K) per 10 g at {page.clock()}", page.m(round(spot_gram * 10, 0)))
            )
        else:
            label = page.w(
                {
                    "en": ["Gold spot at order", "Spot price (gold)"],
                    "de": ["Goldkurs bei Bestellung"],
                    "fr": ["Cours de l'or à la commande"],
                    "es": ["Cotización del oro"],
                    "pt": ["Cotação do ouro"],
                }
            )
            per = (
                "oz"
                if lang == "en"
                else (
                    "Unze"
                    if lang == "de"
                    else ("once" if lang == "fr" else ("onza" if lang == "es" else "onça"))
                )
            )
            rows.append(
                ("pair", f"{label} ({page.clock()})", f"{page.fmt(round(spot_gram * 31.1035, 2))}/{per}")
            )
    rows.append(("rule",))
    for name, n, unit, line, metal in rows_items:
        rows.append(("pair", f"{n} x {name}" if n > 1 else name, page.m(line)))
        if (
            metal == "gold"
            and ("Bar" in name or "barren" in name or "Lingot" in name or "Lingote" in name)
            and shown(rng, 0.6)
        ):
            rows.append(
                (
                    "small",
                    f"{page.w({'en': ['Serial no'], 'de': ['Seriennummer'], 'fr': ['N° de série'], 'es': ['Nº de serie'], 'pt': ['N.º de série']})} {code(rng, 2, UPPER)}{digits(rng, 6)}",
                )
            )
    net = round(net_gold + net_silver, 2)
    if where == "IN":
        total = page.tax(rows, net, 0.03, added=True)
    elif where == "US":
        rows.append(("pair", "Sales tax (bullion exempt)", page.m(0.0)))
        total = net
    else:
        total = net
        if net_gold:
            rows.append(("small", EXEMPT_GOLD[where]))
        if net_silver:
            if where in SILVER_MARGIN:
                rows.append(("small", SILVER_MARGIN[where]))
            else:
                total = round(net_gold + page.tax(rows, net_silver, SILVER_RATE[where], added=True), 2)
    if where != "IN" and shown(rng, 0.6):
        ship = {"GB": 9.95, "US": 9.99, "IE": 15.0, "DE": 14.9, "FR": 19.0, "ES": 15.0, "PT": 15.0}[where]
        label = page.w(
            {
                "en": ["Insured delivery", "Fully insured shipping"],
                "de": ["Versicherter Versand"],
                "fr": ["Livraison assurée"],
                "es": ["Envío asegurado"],
                "pt": ["Envio com seguro"],
            }
        )
        rows.append(("pair", label, page.m(ship)))
        total = round(total + ship, 2)
    page.total(rows, total, status)
    kinds = (
        ["netbanking", "netbanking", "UPI", "card", "cash"]
        if where == "IN"
        else ["netbanking", "netbanking", "card"]
    )
    if where == "US":
        kinds.append("wallet")
    if where == "DE" and total < 2000:
        kinds.append("cash")
    if status == "failed":
        kinds = ["card"]
    elif status == "pending":
        kinds = ["netbanking"]
    method = page.pay(rows, kinds, p_absent=0.2, status=status)
    if method == "netbanking" and status == "pending" and shown(rng, 0.7):
        rows.append(
            (
                "small",
                _iban(rng, where) if where != "IN" else f"A/c {digits(rng, 14)} · IFSC HDFC0{digits(rng, 6)}",
            )
        )
    if status in (None, "success") and shown(rng, 0.4):
        buyback = round(total * rng.uniform(0.9, 0.96), 2)
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Today's buy-back price", "We buy back at"],
                        "de": ["Rückkaufpreis heute"],
                        "fr": ["Prix de rachat du jour"],
                        "es": ["Precio de recompra hoy"],
                        "pt": ["Preço de recompra hoje"],
                    }
                ),
                page.fmt(buyback),
            )
        )
    rows.append(("rule",))
    ref = {
        "IN": f"SGB/{when.year % 100}-{(when.year + 1) % 100}/{digits(rng, 4)}",
        "GB": "RM" + digits(rng, 8) if dealer == "The Royal Mint" else "CH-" + digits(rng, 6),
        "US": digits(rng, 8),
        "IE": "GC" + digits(rng, 7),
        "DE": digits(rng, 9),
        "FR": "CMD" + digits(rng, 7),
        "ES": digits(rng, 6),
        "PT": f"FT {code(rng, 1, UPPER)}{when.year}/{rng.randint(10, 999)}",
    }[where]
    txn = page.ident(
        rows,
        {
            "en": ["Order number", "Invoice No", "Trade ref"],
            "IN": ["Invoice No", "Bill No"],
            "de": ["Rechnungsnummer", "Auftragsnummer"],
            "fr": ["Facture n°", "N° de commande"],
            "es": ["Nº de pedido", "Factura nº"],
            "pt": ["Fatura n.º", "N.º da encomenda"],
        },
        ref,
        0.2,
    )
    dated = page.dated(
        rows,
        when,
        {
            "en": ["Payment date", "Date paid", "Payment received on"],
            "de": ["Zahlungseingang", "Bezahlt am"],
            "fr": ["Date de paiement", "Réglé le"],
            "es": ["Fecha de pago", "Fecha de cobro"],
            "pt": ["Data de pagamento", "Data do pagamento"],
        },
        0.25,
        0.3,
        status=status,
    )
    if dated and status in (None, "success") and shown(rng, 0.6):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Trade date", "Price fixed on"],
                        "de": ["Handelstag"],
                        "fr": ["Date de la transaction"],
                        "es": ["Fecha de operación"],
                        "pt": ["Data da operação"],
                    }
                ),
                page.date(_earlier(when, rng, 0, 3)),
            )
        )
    if status in (None, "success") and shown(rng, 0.5):
        rows.append(
            (
                "pair",
                page.w(
                    {
                        "en": ["Dispatch by", "Estimated dispatch"],
                        "de": ["Versand bis"],
                        "fr": ["Expédition prévue"],
                        "es": ["Envío previsto"],
                        "pt": ["Expedição prevista"],
                    }
                ),
                page.date(_later(when, rng, 2, 10)),
            )
        )
    rows.append(
        (
            "small",
            page.w(
                {
                    "en": [
                        "Prices are fixed at the time of order. Cancelled orders are subject to market losses.",
                        "Bullion is non-refundable once the price is fixed.",
                    ],
                    "IN": [
                        "PAN is mandatory for purchases above Rs. 2 lakh.",
                        "Rates are subject to market fluctuation.",
                    ],
                    "de": ["Der Preis wird bei Bestellung fixiert. Stornierungen nur gegen Kursdifferenz."],
                    "fr": ["Le prix est fixé au moment de la commande."],
                    "es": ["El precio queda fijado en el momento del pedido."],
                    "pt": ["O preço é fixado no momento da encomenda."],
                }
            ),
        )
    )
    if where == "IN" and total > 200000 and shown(rng, 0.7):
        rows.insert(4, ("pair", "PAN", f"{code(rng, 5, UPPER)}{digits(rng, 4)}{code(rng, 1, UPPER)}"))
    truth = truth_fields(dealer, total, page.currency, txn, dated, method, status)
    style = A4 if shown(rng, 0.5) else EMAIL
    return rows, truth, _page(font, rows, _sized(style, 18), dealer)
