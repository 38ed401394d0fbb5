"""The twelve heldout93 layouts: each builds (rows, truth, style) for one receipt from its own random stream.

Written apart from the parser and from the earlier sets' layouts: everyday European payments as buyers upload them
as proof, in their own languages, currencies and number and date styles: a Spanish bank app's Bizum screen, a
Swedish Swish receipt, a MobilePay (Denmark, Finland) or Vipps (Norway) activity's detail, a Dutch iDEAL result in
a bank app or a paid Tikkie, a Polish bank app's BLIK payment or BLIK phone transfer, a Swiss TWINT transaction in
German, French or Italian, an Italian Satispay payment, a French Lydia or Wero screen, a SEPA Instant transfer's
confirmation in a banking app (N26, ING, Sparkasse, Revolut, Santander, BNP Paribas, Intesa Sanpaolo), a bank's PDF
transfer confirmation printed and photographed or shown in a PDF viewer, a card terminal's slip photographed on a
counter (Worldline, SumUp, Adyen, Nets, Ingenico, Nexi, PAX) and a payment service's hosted result page in a
browser (Redsys, Nexi XPay, Przelewy24, Mollie, Payrexx, Nets Easy).

Every page is a ``Page`` of rows (``heldout14_render``'s kinds), each row carrying the facts it prints: the payee,
the day paid, an id with its rank, a way to pay with its rank, an outcome, the sum (``keep``). The truth is read
from the facts of the rows that are on the page (``Page.truth``), so a row a crop takes leaves its field ``None``.
``compose`` draws a page with ``heldout14_render.render`` and then its frame (``style["h93"]``): a browser's
window, a slip lying on a counter, a printed page on a desk, a PDF viewer.
"""

from __future__ import annotations

import datetime as dt
import random
import string
from functools import cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bench.receipt_sets.heldout14_render import FONT_DIR, SCALE
from bench.receipt_sets.heldout14_render import render as base_render
from bench.receipt_sets.heldout14_values import code, day, digits, truth_fields

MARGIN = 34  # heldout14_render.render's page margin
UPPER = "".join(letter for letter in string.ascii_uppercase if letter not in "IO")
ALNUM = UPPER + "23456789"
HEXUP = "0123456789ABCDEF"
HEXLOW = "0123456789abcdef"
B62 = string.ascii_letters + string.digits

# the rank of an id's kind, as README "Receipt fields" orders the families: the highest printed is the id
RRN, BANKREF, TXN, APPR, ORDER, BILL = 6, 5, 4, 3, 2, 1
# the rank of a way to pay's evidence: a line that names the way paid (a card under "Betalt med") beats the
# app or scheme the whole page belongs to
SAID, APP = 3, 2

SCREEN = {
    "screen": True,
    "paper": (255, 255, 255),
    "ink": (28, 30, 36),
    "label_ink": (110, 113, 122),
    "width": 540,
    "size": 20,
}
SOFT = {
    "screen": True,
    "paper": (244, 245, 248),
    "ink": (24, 26, 32),
    "label_ink": (100, 104, 116),
    "width": 540,
    "size": 20,
}
DARK = {
    "screen": True,
    "paper": (18, 19, 23),
    "ink": (232, 233, 238),
    "label_ink": (150, 154, 166),
    "width": 540,
    "size": 20,
}
WEB = {
    "screen": True,
    "paper": (255, 255, 255),
    "ink": (30, 32, 38),
    "label_ink": (96, 100, 110),
    "width": 700,
    "size": 18,
}
A4 = {"paper": (255, 255, 255), "ink": (20, 20, 26), "label_ink": (64, 64, 74), "width": 760, "size": 17}
SLIP = {"paper": (250, 249, 243), "ink": (38, 38, 44), "width": 420, "size": 17}


# ---------------------------------------------------------------- faces


@cache
def face(font: str, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(f"{FONT_DIR}/{font}", px)


@cache
def has_glyph(font: str, char: str) -> bool:
    """Whether ``font`` draws ``char`` (its mask differs from the face's missing-glyph box)."""
    f = face(font, 24)
    return char == " " or bytes(f.getmask(char)) != bytes(f.getmask("\U0010fffd"))


def glyphs(font: str, text: str) -> bool:
    return all(has_glyph(font, ch) for ch in text)


def sign(font: str, char: str, fallback: str) -> str:
    return char if has_glyph(font, char) else fallback


def back(font: str) -> str:
    return sign(font, "\u2190", "<")


def tick(font: str) -> str:
    return sign(font, "\u2713", "")


# ---------------------------------------------------------------- a page of rows and the facts they print


class Page:
    """Rows with the facts each prints: merchant/txn/method as (rank, value), date and status as values, keep
    for the row of the sum (no crop takes it)."""

    def __init__(self, font: str, style: dict):
        self.font, self.style = font, style
        self.rows: list[tuple[tuple, dict]] = []

    def add(self, row: tuple, **facts) -> None:
        self.rows.append((row, facts))

    def width(self, text: str, kind: str = "left") -> float:
        return face(self.font, int(self.style["size"] * SCALE.get(kind, 1.0))).getlength(text)

    def fits(self, text: str, kind: str = "left") -> bool:
        return self.width(text, kind) <= self.style["width"] - 2 * MARGIN

    def para(self, kind: str, text: str, **facts) -> None:
        """``text`` wrapped to the page's width in ``kind`` rows, each carrying ``facts``."""
        line = ""
        for word in text.split(" "):
            trial = f"{line} {word}".strip()
            if line and not self.fits(trial, kind):
                self.add((kind, line), **facts)
                line = word
            else:
                line = trial
        if line:
            self.add((kind, line), **facts)

    def crop(self, top: int, bottom: int) -> None:
        """Cut ``top`` rows off the top and ``bottom`` off the foot (a screenshot cropped before sending)."""
        gone = self.rows[:top] + self.rows[len(self.rows) - bottom :]
        assert not any(facts.get("keep") for _, facts in gone), "a crop took the sum"
        self.rows = self.rows[top : len(self.rows) - bottom]

    def name_the_way(self, word: str, way: str) -> None:
        """Every row that prints the scheme's or app's name (a header, a title, a label such as Swish-nummer or
        Referencia Bizum) names the way paid, below a line that names it outright."""
        for i, (row, facts) in enumerate(self.rows):
            if "method" not in facts and any(word in text for text in row[1:] if isinstance(text, str)):
                self.rows[i] = (row, dict(facts, method=(APP, way)))

    def out(self) -> list[tuple]:
        return [row for row, _ in self.rows]

    def texts(self) -> list[str]:
        return [text for row, _ in self.rows for text in row[1:] if isinstance(text, str)]

    def truth(self, amount: float, currency: str) -> dict:
        assert any(facts.get("keep") for _, facts in self.rows), "the sum is not on the page"
        for text in self.texts():
            assert glyphs(self.font, text), (self.font, text)

        def ranked(key: str):
            found = [facts[key] for _, facts in self.rows if facts.get(key) is not None]
            if not found:
                return None
            top = max(rank for rank, _ in found)
            values = {value for rank, value in found if rank == top}
            assert len(values) == 1, (key, values)
            return values.pop()

        def single(key: str):
            values = {facts[key] for _, facts in self.rows if facts.get(key) is not None}
            assert len(values) <= 1, (key, values)
            return values.pop() if values else None

        status = single("status")
        return truth_fields(
            ranked("merchant"),
            round(amount, 2),
            currency,
            ranked("txn"),
            single("date"),
            ranked("method"),
            OUTCOME[status] if status else None,
        )


# an outcome as printed -> the truth: a cancelled payment took no money (failed); a payment refunded after it
# went through states none of the three (heldout84: a refund after a payment that went through states none)
OUTCOME = {
    "success": "success",
    "failed": "failed",
    "pending": "pending",
    "cancelled": "failed",
    "refunded": None,
}


def pick(rng: random.Random, shares: dict) -> str | None:
    """One key of ``shares`` (key -> share; the rest of 1.0 is None)."""
    roll, acc = rng.random(), 0.0
    for key, share in shares.items():
        acc += share
        if roll < acc:
            return key
    return None


# ---------------------------------------------------------------- numbers, sums and days in local styles


def grouped(value: float, thousands: str, point: str, places: int = 2) -> str:
    whole, _, frac = f"{value:.{places}f}".partition(".")
    body = f"{int(whole):,}".replace(",", thousands) if thousands != "none" else whole
    return f"{body}{point}{frac}" if places else body


class Money:
    """A page's way of printing its currency, chosen once: the mark or code and where it goes, the grouping
    (dots, spaces or apostrophes, or none) and the decimal comma or point."""

    FORMS = {
        ("EUR", "es"): ["{n} €", "{n} €", "{n} EUR"],
        ("EUR", "nl"): ["€ {n}", "€{n}", "EUR {n}"],
        ("EUR", "de"): ["{n} €", "{n} EUR", "EUR {n}"],
        ("EUR", "fr"): ["{n} €", "{n} €", "{n} EUR"],
        ("EUR", "it"): ["{n} €", "€ {n}", "EUR {n}"],
        ("EUR", "fi"): ["{n} €", "{n} €", "{n} EUR"],
        ("EUR", "en"): ["€{n}", "€{n}", "EUR {n}"],
        ("SEK", "sv"): ["{n} kr", "{n} kr", "{n} SEK"],
        ("DKK", "da"): ["{n} kr.", "kr. {n}", "{n} DKK", "DKK {n}"],
        ("NOK", "nb"): ["{n} kr", "kr {n}", "NOK {n}"],
        ("PLN", "pl"): ["{n} zł", "{n} zł", "{n} PLN"],
        ("CHF", "de"): ["CHF {n}", "CHF {n}", "Fr. {n}", "{n} CHF"],
        ("CHF", "fr"): ["CHF {n}", "CHF {n}", "Fr. {n}", "{n} CHF"],
        ("CHF", "it"): ["CHF {n}", "CHF {n}", "Fr. {n}", "{n} CHF"],
    }
    GROUPS = {
        "es": [".", "none"],
        "nl": ["."],
        "de": ["."],
        "fr": [" "],
        "it": ["."],
        "fi": [" "],
        "en": [","],
        "sv": [" "],
        "da": ["."],
        "nb": [" "],
        "pl": [" "],
    }

    def __init__(
        self,
        rng: random.Random,
        currency: str,
        lang: str,
        forms: list[str] | None = None,
        whole: bool = False,
    ):
        self.currency, self.lang = currency, lang
        self.form = rng.choice(forms or self.FORMS[(currency, lang)])
        if currency == "CHF":
            self.thousands, self.point = rng.choice(["'", "'", " "]), "."
        elif lang == "en":
            self.thousands, self.point = ",", "."
        else:
            self.thousands, self.point = rng.choice(self.GROUPS[lang]), ","
        self.whole = whole  # whole kronor / francs printed without their öre / rappen

    def num(self, value: float) -> str:
        if self.whole and abs(value - round(value)) < 1e-9:
            if self.currency == "CHF" and "Fr." in self.form:
                return grouped(value, self.thousands, self.point, 0) + ".–"
            return grouped(value, self.thousands, self.point, 0)
        return grouped(value, self.thousands, self.point)

    def __call__(self, value: float, minus: str = "") -> str:
        text = self.form.format(n=self.num(value))
        return f"{minus}{text}" if minus else text


def price(rng: random.Random, low: float, high: float, p_round: float = 0.25) -> float:
    """A sum between ``low`` and ``high``: whole on a share, else with cents."""
    if rng.random() < p_round:
        return float(max(1, round(rng.uniform(low, high))))
    return round(rng.uniform(low, high), 2)


MONTHS = {
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "da": "januar februar marts april maj juni juli august september oktober november december",
    "nb": "januar februar mars april mai juni juli august september oktober november desember",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
    "lokakuuta marraskuuta joulukuuta",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "en": "January February March April May June July August September October November December",
}
MONTHS = {lang: names.split() for lang, names in MONTHS.items()}
MON = {
    "es": "ene feb mar abr may jun jul ago sept oct nov dic",
    "sv": "jan. feb. mars apr. maj juni juli aug. sep. okt. nov. dec.",
    "da": "jan. feb. mar. apr. maj jun. jul. aug. sep. okt. nov. dec.",
    "nb": "jan. feb. mar. apr. mai jun. jul. aug. sep. okt. nov. des.",
    "nl": "jan feb mrt apr mei jun jul aug sep okt nov dec",
    "pl": "sty lut mar kwi maj cze lip sie wrz paź lis gru",
    "de": "Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.",
    "it": "gen feb mar apr mag giu lug ago set ott nov dic",
    "fr": "janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.",
    "en": "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec",
}
MON = {lang: names.split() for lang, names in MON.items()}
WEEKDAYS = {
    "es": "lunes martes miércoles jueves viernes sábado domingo",
    "sv": "måndag tisdag onsdag torsdag fredag lördag söndag",
    "da": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "nb": "mandag tirsdag onsdag torsdag fredag lørdag søndag",
    "fi": "maanantai tiistai keskiviikko torstai perjantai lauantai sunnuntai",
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag",
    "pl": "poniedziałek wtorek środa czwartek piątek sobota niedziela",
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag",
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica",
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche",
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday",
}
WEEKDAYS = {lang: names.split() for lang, names in WEEKDAYS.items()}
# the date patterns of each language: {dd} {mm} zero-padded, {d} {m} without, {Y} {y}, {month} {mon} {wd}
DATES = {
    "es": ["{dd}/{mm}/{Y}", "{d} de {month} de {Y}", "{d} {mon} {Y}", "{wd}, {d} de {month} de {Y}"],
    "sv": ["{Y}-{mm}-{dd}", "{Y}-{mm}-{dd}", "{d} {month} {Y}", "{wd} {d} {month} {Y}"],
    "da": ["{dd}.{mm}.{Y}", "{d}. {month} {Y}", "{d}. {mon} {Y}", "{wd} d. {d}. {month} {Y}"],
    "nb": ["{dd}.{mm}.{Y}", "{d}. {month} {Y}", "{d}. {mon} {Y}", "{wd} {d}. {month} {Y}"],
    "fi": ["{d}.{m}.{Y}", "{dd}.{mm}.{Y}", "{d}. {month} {Y}", "{wd} {d}.{m}.{Y}"],
    "nl": ["{dd}-{mm}-{Y}", "{d} {month} {Y}", "{d} {mon} {Y}", "{wd} {d} {month} {Y}"],
    "pl": ["{dd}.{mm}.{Y}", "{d} {month} {Y}", "{Y}-{mm}-{dd}", "{dd}.{mm}.{Y}"],
    "de": ["{dd}.{mm}.{Y}", "{d}. {month} {Y}", "{wd}, {d}. {month} {Y}", "{dd}.{mm}.{Y}"],
    "it": ["{dd}/{mm}/{Y}", "{d} {month} {Y}", "{d} {mon} {Y}", "{wd} {d} {month} {Y}"],
    "fr": ["{dd}/{mm}/{Y}", "{d} {month} {Y}", "{wd} {d} {month} {Y}", "{dd}/{mm}/{Y}"],
    "en": ["{d} {mon} {Y}", "{d} {month} {Y}", "{dd}/{mm}/{Y}"],
}


def ldate(d: dt.date, lang: str, pattern: str) -> str:
    return pattern.format(
        dd=f"{d.day:02d}",
        mm=f"{d.month:02d}",
        d=d.day,
        m=d.month,
        Y=d.year,
        y=f"{d.year % 100:02d}",
        month=MONTHS[lang][d.month - 1],
        mon=MON.get(lang, MONTHS[lang])[d.month - 1],
        wd=WEEKDAYS[lang][d.weekday()],
    )


def hm(rng: random.Random) -> tuple[int, int]:
    return rng.randrange(7, 23), rng.randrange(60)


def ltime(rng: random.Random, lang: str, at: tuple[int, int]) -> str:
    """A time of day the way ``lang`` prints it after a date (its connective included)."""
    h, m = at
    forms = {
        "es": [f"{h:02d}:{m:02d}", f"- {h:02d}:{m:02d}", f"a las {h:02d}:{m:02d}"],
        "sv": [f"{h:02d}:{m:02d}", f"kl. {h:02d}:{m:02d}", f"kl {h:02d}.{m:02d}"],
        "da": [f"{h:02d}.{m:02d}", f"kl. {h:02d}.{m:02d}", f"{h:02d}:{m:02d}"],
        "nb": [f"{h:02d}:{m:02d}", f"kl. {h:02d}:{m:02d}", f"kl. {h:02d}.{m:02d}"],
        "fi": [f"klo {h:02d}.{m:02d}", f"klo {h}.{m:02d}", f"{h:02d}:{m:02d}"],
        "nl": [f"{h:02d}:{m:02d}", f"om {h:02d}:{m:02d}", f"{h:02d}:{m:02d} uur"],
        "pl": [f"{h:02d}:{m:02d}", f"godz. {h:02d}:{m:02d}", f"{h:02d}:{m:02d}:{rng.randrange(60):02d}"],
        "de": [f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d} Uhr", f"um {h:02d}:{m:02d} Uhr"],
        "it": [f"{h:02d}:{m:02d}", f"alle {h:02d}:{m:02d}", f"ore {h:02d}:{m:02d}"],
        "fr": [f"{h:02d}:{m:02d}", f"à {h:02d}h{m:02d}", f"{h:02d}h{m:02d}"],
        "en": [f"{h:02d}:{m:02d}", f"at {h:02d}:{m:02d}"],
    }[lang]
    return rng.choice(forms)


def stamp(
    rng: random.Random,
    d: dt.date,
    lang: str,
    pattern: str | None = None,
    *,
    clock: bool = True,
    joiner: str | None = None,
) -> str:
    """A day, and on most pages its time, in ``lang``'s words."""
    text = ldate(d, lang, pattern or rng.choice(DATES[lang]))
    if not clock:
        return text
    time = ltime(rng, lang, hm(rng))
    if joiner is None:
        joiner = (
            rng.choice([", ", " ", " · "])
            if not time.startswith(("a ", "à", "om", "kl", "klo", "alle", "um", "at", "godz", "ore", "-"))
            else " "
        )
    return f"{text}{joiner}{time}"


def status_bar(rng: random.Random, font: str) -> tuple:
    """A phone's status bar: the time, the operator or network, the battery."""
    h, m = hm(rng)
    network = rng.choice(["4G", "5G", "LTE", "Wi-Fi", "4G+"])
    return ("small", f"{h:02d}:{m:02d}        {network}   {rng.randrange(9, 100)} %")


# ---------------------------------------------------------------- people, places, accounts

PEOPLE = {
    "es": [
        "Lucía Fernández Ruiz",
        "Javier Moreno Gil",
        "Carmen Navarro",
        "Alejandro Ortega",
        "Marta Sánchez López",
        "Pablo Romero",
        "Nuria Castillo Vidal",
        "Sergio Delgado",
    ],
    "sv": [
        "Erik Johansson",
        "Maria Nilsson",
        "Johan Lindqvist",
        "Elin Karlsson",
        "Oskar Berg",
        "Sara Åkesson",
    ],
    "da": ["Mads Sørensen", "Freja Nielsen", "Anders Kjær", "Ida Møller", "Rasmus Holm", "Sofie Lund"],
    "nb": [
        "Ola Nordmann Haugen",
        "Ingrid Solberg",
        "Magnus Bakke",
        "Kari Lie",
        "Henrik Dahl",
        "Silje Strand",
    ],
    "fi": ["Mikko Virtanen", "Aino Korhonen", "Juha Mäkinen", "Laura Nieminen", "Eetu Heikkinen"],
    "nl": ["Sanne de Vries", "Daan Jansen", "Lotte van Dijk", "Bram Visser", "Eva Bakker", "Thijs de Boer"],
    "pl": [
        "Anna Kowalska",
        "Piotr Wiśniewski",
        "Katarzyna Wójcik",
        "Michał Zieliński",
        "Agnieszka Lewandowska",
        "Tomasz Kamiński",
    ],
    "de": ["Laura Meier", "Jonas Brunner", "Lea Fischer", "Tobias Keller", "Sarah Huber", "Felix Weber"],
    "fr": ["Camille Martin", "Thomas Dubois", "Léa Bernard", "Hugo Moreau", "Chloé Laurent", "Julien Petit"],
    "it": [
        "Giulia Rossi",
        "Marco Bianchi",
        "Francesca Romano",
        "Luca Colombo",
        "Chiara Ricci",
        "Davide Greco",
    ],
    "en": ["Lena Hoffmann", "Tom Becker", "Anna Schulz", "Max Wagner"],
}


def phone(rng: random.Random, country: str) -> str:
    def d(n: int) -> str:
        return "".join(rng.choice(string.digits) for _ in range(n))

    return {
        "ES": f"+34 6{d(2)} {d(3)} {d(3)}",
        "SE": f"07{rng.choice('0236')}-{d(3)} {d(2)} {d(2)}",
        "DK": f"+45 {d(2)} {d(2)} {d(2)} {d(2)}",
        "NO": f"+47 {rng.choice('49')}{d(2)} {d(2)} {d(3)}",
        "FI": f"+358 4{rng.choice('0145')} {d(3)} {d(4)}",
        "PL": f"+48 {rng.choice('5678')}{d(2)} {d(3)} {d(3)}",
        "CH": f"+41 7{rng.choice('5689')} {d(3)} {d(2)} {d(2)}",
        "FR": f"+33 6 {d(2)} {d(2)} {d(2)} {d(2)}",
        "IT": f"+39 3{d(2)} {d(3)} {d(4)}",
        "NL": f"06-{d(8)}",
        "DE": f"+49 1{rng.choice('567')}{d(1)} {d(7)}",
    }[country]


IBAN_SHAPE = {  # country: (length of the BBAN, letters at the front of the BBAN)
    "ES": (20, 0),
    "DE": (18, 0),
    "NL": (14, 4),
    "FR": (23, 0),
    "IT": (23, 1),
    "PL": (24, 0),
    "CH": (17, 0),
    "DK": (14, 0),
    "SE": (20, 0),
    "NO": (11, 0),
    "FI": (14, 0),
    "AT": (16, 0),
    "BE": (12, 0),
    "LT": (16, 0),
}
NL_BANKS = ["INGB", "ABNA", "RABO", "BUNQ", "ASNB", "SNSB", "KNAB", "TRIO"]


def iban(rng: random.Random, country: str, bank: str | None = None) -> str:
    length, letters = IBAN_SHAPE[country]
    head = bank or "".join(rng.choice(UPPER) for _ in range(letters))
    bban = head + "".join(rng.choice(string.digits) for _ in range(length - len(head)))
    raw = f"{country}{rng.randrange(2, 99):02d}{bban}"
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def masked_iban(rng: random.Random, country: str, bank: str | None = None) -> str:
    full = iban(rng, country, bank).split(" ")
    style = rng.choice(["stars", "dots", "tail"])
    if style == "stars":
        return " ".join([full[0]] + ["****"] * (len(full) - 2) + [full[-1]])
    if style == "dots":
        return f"{full[0][:2]}•• •••• {full[-1]}"
    return f"{full[0][:2]} ... {full[-1]}"


def card_mask(rng: random.Random, font: str, style: str | None = None) -> str:
    last = digits(rng, 4)
    dot = sign(font, "\u2022", "*")
    style = style or rng.choice(["dots", "stars", "x", "long"])
    if style == "dots":
        return f"{dot * 4} {last}"
    if style == "stars":
        return f"**** {last}"
    if style == "x":
        return f"XXXX XXXX XXXX {last}"
    return f"{'*' * 12}{last}"


# ---------------------------------------------------------------- drawing: the page, then its frame


def compose(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """The page as ``heldout14_render.render`` draws it, then the frame in ``style["h93"]`` (none prints a fact
    of the truth: a browser's address and tab, a PDF viewer's file name, the counter or the desk)."""
    image = base_render(rows, font, style)
    frame = (style.get("h93") or {}).get("frame")
    if frame:
        image = FRAMES[frame["kind"]](image, frame, font)
    return image


def _browser(image: Image.Image, frame: dict, font: str) -> Image.Image:
    """A desktop browser's window: a tab with the page's title, the address bar, then the page."""
    w, h = image.size
    top = 88
    canvas = Image.new("RGB", (w, h + top), (222, 225, 230))
    draw = ImageDraw.Draw(canvas)
    draw.rounded_rectangle((12, 8, min(w - 80, 330), 44), radius=8, fill=(255, 255, 255))
    draw.text((26, 16), frame["tab"], font=face(font, 15), fill=(40, 40, 46))
    for i, x in enumerate((w - 66, w - 44, w - 22)):
        draw.ellipse((x - 5, 20, x + 5, 30), fill=[(237, 106, 94), (245, 191, 79), (98, 197, 84)][i])
    draw.rounded_rectangle((12, 50, w - 12, 80), radius=14, fill=(255, 255, 255), outline=(200, 203, 208))
    draw.text((30, 56), frame["url"], font=face(font, 15), fill=(60, 64, 72))
    canvas.paste(image, (0, top))
    return canvas


def _viewer(image: Image.Image, frame: dict, font: str) -> Image.Image:
    """A PDF viewer: its dark toolbar with the file's name, page and zoom, the page on grey round it."""
    w, h = image.size
    s = frame.get("scale", 0.9)
    inner = image.resize((int(w * s), int(h * s)), Image.LANCZOS)
    bar, pad = 46, 26
    canvas = Image.new("RGB", (w + 2 * pad, bar + inner.size[1] + 2 * pad), (82, 86, 89))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, canvas.size[0], bar), fill=(50, 54, 57))
    draw.text((16, 13), frame["file"], font=face(font, 16), fill=(235, 235, 235))
    tail = f"1 / 1     {frame.get('zoom', '100 %')}"
    f = face(font, 16)
    draw.text((canvas.size[0] - 16 - f.getlength(tail), 13), tail, font=f, fill=(235, 235, 235))
    x = (canvas.size[0] - inner.size[0]) // 2
    draw.rectangle(
        (x + 4, bar + pad + 4, x + inner.size[0] + 4, bar + pad + inner.size[1] + 4), fill=(40, 40, 40)
    )
    canvas.paste(inner, (x, bar + pad))
    return canvas


def _lying(image: Image.Image, frame: dict, font: str) -> Image.Image:
    """Paper lying on a surface, photographed from above: a border of the surface, a soft shadow, the sheet
    turned a little, light falling off towards one corner."""
    w, h = image.size
    pad = frame.get("pad", 60)
    surface = frame["surface"]
    rng = np.random.default_rng(frame["seed"])
    canvas = np.ones((h + 2 * pad, w + 2 * pad, 3), dtype=np.float32) * np.array(surface, dtype=np.float32)
    # the surface's grain: wood's stripes or a counter's speckle
    ys, xs = np.mgrid[0 : canvas.shape[0], 0 : canvas.shape[1]]
    if frame.get("grain") == "wood":
        canvas *= (1.0 + 0.06 * np.sin(ys / 7.0 + 3 * np.sin(xs / 90.0)))[..., None]
    else:
        canvas += rng.normal(0, 7, canvas.shape[:2])[..., None]
    base = Image.fromarray(np.clip(canvas, 0, 255).astype(np.uint8))
    shadow = Image.new("L", base.size, 0)
    ImageDraw.Draw(shadow).rectangle((pad + 6, pad + 10, pad + w + 6, pad + h + 10), fill=110)
    shadow = shadow.filter(ImageFilter.GaussianBlur(9))
    base.paste((30, 28, 26), mask=shadow)
    base.paste(image, (pad, pad))
    base = base.rotate(frame["angle"], resample=Image.BICUBIC, expand=False, fillcolor=tuple(surface))
    pixels = np.asarray(base, dtype=np.float32)
    cx, cy = frame["light"]
    dist = np.hypot(xs / base.size[0] - cx, ys / base.size[1] - cy)
    pixels *= (1.0 - 0.22 * np.clip(dist, 0, 1.2))[..., None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))


FRAMES = {"browser": _browser, "viewer": _viewer, "lying": _lying}


def lying_frame(rng: random.Random, grain: str | None = None) -> dict:
    grain = grain or rng.choice(["wood", "stone"])
    surface = (
        rng.choice([(128, 92, 62), (150, 112, 78), (96, 70, 50)])
        if grain == "wood"
        else rng.choice([(70, 72, 76), (160, 160, 156), (54, 60, 70), (188, 184, 176)])
    )
    return {
        "kind": "lying",
        "surface": surface,
        "grain": grain,
        "angle": rng.uniform(-3.0, 3.0),
        "seed": rng.randrange(2**31),
        "light": (rng.random(), rng.random()),
        "pad": rng.randrange(40, 80),
    }


def look(
    rng: random.Random,
    brand: tuple,
    *,
    p_dark: float = 0.2,
    p_soft: float = 0.3,
    width: tuple = (520, 540, 560),
    size: tuple = (19, 20, 21),
) -> dict:
    """An app screen's colours: white or a soft grey with the brand's accent, or dark mode."""
    w, s = rng.choice(width), rng.choice(size)
    roll = rng.random()
    if roll < p_dark:
        light = (235, 236, 240) if sum(brand) < 240 else tuple((c + 255) // 2 for c in brand)
        return dict(DARK, width=w, size=s, accent=light)
    tall = (
        {"min_height": int(w * rng.uniform(1.7, 2.1))} if rng.random() < 0.3 else {}
    )  # the phone's whole screen
    return dict(SOFT if roll < p_dark + p_soft else SCREEN, width=w, size=s, accent=brand, **tall)


def later(d: dt.date, rng: random.Random, low: int = 1, high: int = 6) -> dt.date:
    return d + dt.timedelta(days=rng.randint(low, high))


def earlier(d: dt.date, rng: random.Random, low: int = 2, high: int = 20) -> dt.date:
    return d - dt.timedelta(days=rng.randint(low, high))


def order_no(rng: random.Random) -> str:
    return rng.choice(
        [digits(rng, 4), digits(rng, 5), digits(rng, 8), f"{rng.randrange(2024, 2027)}-{digits(rng, 5)}"]
    )


# ---------------------------------------------------------------- 1 a Spanish bank app's Bizum

ES_BANKS = {
    "CaixaBank": (0, 122, 183),
    "BBVA": (0, 68, 129),
    "Santander": (236, 0, 0),
    "Banco Sabadell": (0, 117, 190),
    "ING": (255, 98, 0),
    "Unicaja": (0, 125, 70),
    "ABANCA": (0, 84, 140),
    "Kutxabank": (0, 90, 60),
}
ES_SHOPS = [
    "Panadería La Espiga",
    "Academia de Baile Son Latino",
    "Club Deportivo Arenal",
    "Floristería Azahar",
    "Peluquería Nerea",
    "Frutas Hermanos Cano",
    "Asociación Vecinal Delicias",
    "Escuela de Surf Olas",
]
BIZUM_WORDS = {
    "success": (
        ["Bizum enviado", "¡Bizum enviado!", "Operación realizada", "Has enviado un Bizum"],
        ["Completado", "Realizado", "Enviado"],
    ),
    "pending": (["Bizum pendiente", "Pendiente de aceptación"], ["Pendiente"]),
    "failed": (
        ["Bizum rechazado", "No se ha podido enviar el Bizum", "Operación denegada"],
        ["Rechazado", "Denegado"],
    ),
    "cancelled": (["Bizum anulado", "Operación anulada"], ["Anulado"]),
    "refunded": (["Bizum devuelto"], ["Devuelto"]),
}


def bizum(rng: random.Random, font: str):
    """A Spanish bank app's Bizum detail (CaixaBank, BBVA, Santander, Sabadell, ING, Unicaja, ABANCA, Kutxabank):
    the outcome, the sum, the payee (a person, a small shop or a club) with their mobile, the Concepto with an
    order number typed by the payer, the day, the account charged (masked IBAN), the operation's reference,
    the balance left and a zero fee on a share; a pending Bizum waits for the payee to sign up, a returned one
    tells the day it came back."""
    bank = rng.choice(list(ES_BANKS))
    style = look(rng, ES_BANKS[bank])
    page = Page(font, style)
    paid = day(rng)
    money = Money(rng, "EUR", "es")
    amount = price(rng, 4, 480, 0.4)
    outcome = pick(rng, {"success": 0.5, "pending": 0.14, "failed": 0.14, "cancelled": 0.1, "refunded": 0.12})
    shop = rng.random() < 0.3
    payee = rng.choice(ES_SHOPS if shop else PEOPLE["es"])
    first = payee.split()[0]
    titles, words = BIZUM_WORDS[outcome]
    scheme = {"method": (APP, "netbanking")}
    if rng.random() < 0.5:
        page.add(status_bar(rng, font))
    head = rng.choice(
        [f"{back(font)}  Bizum", bank, f"{back(font)}  Detalle de la operación", f"{bank} · Bizum"]
    )
    page.add(
        ("center" if not head.startswith(back(font)) else "left", head), **(scheme if "Bizum" in head else {})
    )
    title = rng.choice(titles)
    page.add(
        ("title", f"{tick(font)} {title}".strip() if outcome == "success" else title),
        status=outcome,
        **(scheme if "Bizum" in title else {}),
    )
    page.add(("big", money(amount, "-" if rng.random() < 0.35 else "")), keep=True)
    form = rng.choice(["stack", "pair"] + (["sentence"] if outcome in ("success", "refunded") else []))
    if form == "stack":
        page.add(("small", rng.choice(["Destinatario", "Para", "Enviado a"])))
        page.add(("center", payee), merchant=(1, payee))
    elif form == "pair":
        page.add(("pair", rng.choice(["Destinatario", "Beneficiario"]), payee), merchant=(1, payee))
    else:
        page.add(("small", f"Has enviado {money(amount)} a"))
        page.add(("center", payee), merchant=(1, payee))
    page.add(("pair", rng.choice(["Teléfono", "Móvil"]), phone(rng, "ES")))
    if rng.random() < 0.4:
        page.add(
            (
                "pair",
                rng.choice(["Tipo de operación", "Operación"]),
                rng.choice(["Envío Bizum", "Bizum enviado"]),
            ),
            **scheme,
        )
    page.add(("rule",))
    concept = rng.choice(
        [
            f"Pedido {order_no(rng)}",
            f"pedido nº {digits(rng, 4)}",
            f"Wallapop {digits(rng, 9)}",
            "Cena cumpleaños",
            f"Cuota {MONTHS['es'][paid.month - 1]}",
            f"Factura F-{digits(rng, 4)}",
        ]
    )
    page.add(("pair", "Concepto", concept))
    if rng.random() < 0.1:
        page.add(("pair", "Fecha", f"Hoy, {ltime(rng, 'es', hm(rng)).replace('a las ', '')}"))
    else:
        page.add(
            ("pair", rng.choice(["Fecha", "Fecha y hora", "Fecha de la operación"]), stamp(rng, paid, "es")),
            date=paid,
        )
    if rng.random() < 0.8:
        label, rank = rng.choice(
            [
                ("Referencia", BANKREF),
                ("Nº de operación", BANKREF),
                ("Identificador", TXN),
                ("Referencia Bizum", BANKREF),
            ]
        )
        ref = rng.choice([digits(rng, 12), "BZ" + digits(rng, 11), code(rng, 16, ALNUM)])
        page.add(("pair", label, ref), txn=(rank, ref))
    page.add(("pair", rng.choice(["Cuenta de cargo", "Cuenta origen", "Desde"]), masked_iban(rng, "ES")))
    if rng.random() < 0.4:
        page.add(("pair", "Estado", rng.choice(words)), status=outcome)
    if rng.random() < 0.3:
        page.add(("pair", "Comisión", money(0.0)))
    if rng.random() < 0.4:
        page.add(("pair", "Saldo disponible", money(price(rng, 20, 4800))))
    notes = {
        "pending": f"{first} aún no tiene Bizum. Tiene 2 días para darse de alta; si no, te devolveremos el dinero.",
        "failed": "No se ha realizado ningún cargo en tu cuenta.",
        "cancelled": "Has anulado este Bizum. El importe no se ha cargado en tu cuenta.",
        "refunded": f"{first} te ha devuelto este Bizum el {ldate(later(paid, rng), 'es', '{dd}/{mm}/{Y}')}.",
    }
    if outcome in notes:
        page.para("small", notes[outcome], status=outcome)
    page.add(("center", rng.choice(["Compartir justificante", "Descargar justificante", "Volver al inicio"])))
    if rng.random() < 0.15:
        page.crop(1 if page.rows[0][0][0] == "small" else 0, 1)
    page.name_the_way("Bizum", "netbanking")
    return page.out(), page.truth(amount, "EUR"), style


# ---------------------------------------------------------------- 2 a Swedish Swish receipt

SE_SHOPS = [
    "Kafé Lindgren",
    "Lunds Bageri AB",
    "IK Sirius Innebandy",
    "Gårdsbutiken Ekhagen",
    "Frisörsalong Klipp & Form",
    "Loppis Södermalm",
    "Blomsterhandel Ros & Lilja",
    "Västerås Cykelservice AB",
]
SWISH_WORDS = {
    "success": (
        ["Betalningen är genomförd", "Swish skickad", "Betalning genomförd", "Klart!"],
        ["Genomförd", "Betald"],
    ),
    "pending": (["Betalningen behandlas", "Väntar på bekräftelse"], ["Pågående", "Väntar"]),
    "failed": (["Betalningen misslyckades", "Betalningen nekades"], ["Misslyckad", "Nekad"]),
    "cancelled": (["Betalningen avbröts"], ["Avbruten"]),
    "refunded": (["Återbetald"], ["Återbetald"]),
}


def swish(rng: random.Random, font: str):
    """A Swish receipt (Kvitto): the outcome, the sum in kronor (whole kronor on a share), Till / Mottagare with
    the payee's Swish number (a company's 123 number or a mobile), Meddelande with an order or invoice number,
    Datum (ISO or with the month's name; "Idag" on a share), Referens (a long hex code), Från with the payer's
    name, a refund's day and sum where the payee paid it back."""
    pink = rng.choice([(236, 87, 106), (220, 60, 90), (46, 125, 110)])
    style = look(rng, pink)
    page = Page(font, style)
    paid = day(rng)
    money = Money(rng, "SEK", "sv", whole=rng.random() < 0.4)
    amount = price(rng, 20, 3200, 0.5)
    outcome = pick(
        rng, {"success": 0.52, "pending": 0.12, "failed": 0.14, "cancelled": 0.1, "refunded": 0.12}
    )
    shop = rng.random() < 0.5
    payee = rng.choice(SE_SHOPS if shop else PEOPLE["sv"])
    titles, words = SWISH_WORDS[outcome]
    scheme = {"method": (APP, "netbanking")}
    if rng.random() < 0.5:
        page.add(status_bar(rng, font))
    head = rng.choice([("center", "Swish"), ("left", f"{back(font)}  Kvitto"), ("center", "Swish · Kvitto")])
    page.add(head, **(scheme if "Swish" in head[1] else {}))
    title = rng.choice(titles)
    page.add(("title", title), status=outcome, **(scheme if "Swish" in title else {}))
    page.add(("big", money(amount, "-" if rng.random() < 0.3 else "")), keep=True)
    if "Swish" not in head[1] + title and rng.random() < 0.5:
        page.add(("small", "Swish"), **scheme)
    if rng.random() < 0.5:
        page.add(("center", f"till {payee}"), merchant=(1, payee))
    else:
        page.add(("pair", rng.choice(["Mottagare", "Till"]), payee), merchant=(1, payee))
    number = f"123 {digits(rng, 3)} {digits(rng, 2)} {digits(rng, 2)}" if shop else phone(rng, "SE")
    page.add(("pair", rng.choice(["Swish-nummer", "Nummer"]), number))
    page.add(("rule",))
    message = rng.choice(
        [
            f"Order {order_no(rng)}",
            f"Faktura {digits(rng, 5)}",
            f"Ordernr {digits(rng, 6)}",
            "Loppis cykel",
            "Medlemsavgift",
            f"Bord {rng.randrange(2, 30)}",
        ]
    )
    page.add(("pair", "Meddelande", message))
    if rng.random() < 0.1:
        page.add(("pair", "Datum", f"Idag {hm(rng)[0]:02d}:{rng.randrange(60):02d}"))
    else:
        page.add(("pair", rng.choice(["Datum", "Datum och tid", "Tid"]), stamp(rng, paid, "sv")), date=paid)
    if outcome != "pending" or rng.random() < 0.5:
        ref = rng.choice([code(rng, 32, HEXUP), code(rng, 20, HEXUP), digits(rng, 10) + code(rng, 6, UPPER)])
        label, rank = rng.choice(
            [("Referens", BANKREF), ("Betalningsreferens", BANKREF), ("Swish-referens", BANKREF)]
        )
        page.add(("pair", label, ref), txn=(rank, ref))
    page.add(("pair", "Från", rng.choice(PEOPLE["sv"])))
    if rng.random() < 0.4:
        page.add(("pair", "Status", rng.choice(words)), status=outcome)
    if outcome == "refunded":
        page.para(
            "small",
            f"{payee} har betalat tillbaka {money(amount)} den "
            f"{ldate(later(paid, rng), 'sv', '{d} {month} {Y}')}.",
            status=outcome,
        )
    elif outcome == "failed":
        page.para("small", "Inga pengar har dragits från ditt konto.", status=outcome)
    elif outcome == "pending":
        page.para("small", "Din bank behandlar betalningen. Det kan ta några minuter.", status=outcome)
    page.add(("center", rng.choice(["Dela kvitto", "Visa QR-kod", "Klar"])))
    page.name_the_way("Swish", "netbanking")
    return page.out(), page.truth(amount, "SEK"), style


# ---------------------------------------------------------------- 3 MobilePay (Denmark, Finland) or Vipps (Norway)

NORDIC = {
    # country: app, currency, language, brand colour, shops, words
    "DK": (
        "MobilePay",
        "DKK",
        "da",
        (90, 120, 245),
        [
            "Netto Vesterbro",
            "Lagkagehuset Nørrebro",
            "Kiosk Søndergade",
            "Cykelsmeden Aarhus",
            "Blomsterbutikken Rosa",
            "Café Solsikke",
            "Fiskehandler Jens Ø",
        ],
        {
            "payee": ["Betalt til", "Modtager"],
            "status": "Status",
            "date": ["Dato", "Tidspunkt"],
            "id": ["Transaktions-ID", "Transaktionsnummer"],
            "fund": ["Betalt med", "Betalingskort"],
            "msg": "Besked",
            "number": "MobilePay-nummer",
            "reg": "CVR-nr.",
            "head": "Aktivitet",
            "account": "Konto",
            "refund": "Refunderet {m} den {d}",
            "order": "Ordre",
            "notes": ["Koncertbilletter", "Middag fredag", "Tak for lån"],
            "share": "Del kvittering",
            "success": ["Gennemført", "Betalt"],
            "failed": ["Afvist", "Mislykkedes"],
            "pending": ["Afventer", "Behandles"],
            "cancelled": ["Annulleret"],
            "refunded": ["Refunderet"],
        },
    ),
    "FI": (
        "MobilePay",
        "EUR",
        "fi",
        (90, 120, 245),
        [
            "K-Market Kallio",
            "Kahvila Pulla",
            "Helsingin Pyöräkorjaamo",
            "R-kioski Kamppi",
            "Kukkakauppa Orvokki",
            "Leipomo Hiiva Oy",
        ],
        {
            "payee": ["Maksunsaaja", "Saaja"],
            "status": "Tila",
            "date": ["Päivämäärä", "Aika"],
            "id": ["Tapahtumatunnus", "Maksutunnus"],
            "fund": ["Maksutapa", "Kortti"],
            "msg": "Viesti",
            "number": "Myyjänumero",
            "reg": "Y-tunnus",
            "head": "Tapahtuma",
            "account": "Tili",
            "refund": "Hyvitetty {m} {d}",
            "order": "Tilaus",
            "notes": ["Konserttiliput", "Lounas", "Kiitos lainasta"],
            "share": "Jaa kuitti",
            "success": ["Suoritettu", "Maksettu"],
            "failed": ["Hylätty", "Epäonnistui"],
            "pending": ["Odottaa", "Käsittelyssä"],
            "cancelled": ["Peruttu"],
            "refunded": ["Hyvitetty"],
        },
    ),
    "NO": (
        "Vipps",
        "NOK",
        "nb",
        (255, 91, 36),
        [
            "Kiwi Grünerløkka",
            "Baker Hansen",
            "Narvesen Oslo S",
            "Sykkelhuset Bergen",
            "Blomsterdekoratøren Lilje",
            "Kaffebrenneriet Majorstuen",
            "Tromsø Turlag",
        ],
        {
            "payee": ["Betalt til", "Mottaker"],
            "status": "Status",
            "date": ["Dato", "Tidspunkt"],
            "id": ["Transaksjons-ID", "Transaksjonsnummer"],
            "fund": ["Betalt med", "Kort"],
            "msg": "Melding",
            "number": "Vippsnummer",
            "reg": "Org.nr.",
            "head": "Aktivitet",
            "account": "Konto",
            "refund": "Refundert {m} {d}",
            "order": "Ordre",
            "notes": ["Konsertbilletter", "Middag fredag", "Takk for lånet"],
            "share": "Del kvittering",
            "success": ["Fullført", "Betalt"],
            "failed": ["Avvist", "Mislyktes"],
            "pending": ["Venter", "Behandles"],
            "cancelled": ["Kansellert", "Avbrutt"],
            "refunded": ["Refundert", "Tilbakebetalt"],
        },
    ),
}


def reg_number(rng: random.Random, country: str) -> str:
    if country == "DK":
        return digits(rng, 8)
    if country == "FI":
        return f"{digits(rng, 7)}-{rng.randrange(10)}"
    return f"9{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}"


def nordic_wallet(rng: random.Random, font: str):
    """A MobilePay (Danish kroner or Finnish euros) or Vipps (Norwegian kroner) activity's detail: the payee on
    top, the sum with a minus, the state under its label, the day and time in the country's style (14.03.2025
    13.07, 14. marts 2025 kl. 13.07, 14.3.2025 klo 13.07), the transaction's id, the card paid with on a share
    (a bank account or nothing on the rest: the app itself is then the way), the shop's MobilePay / Vipps number
    and CVR / Y-tunnus / Org.nr., a person's mobile and message on a share, a refund's sum and day."""
    country = rng.choice(["DK", "DK", "FI", "NO", "NO"])
    app, currency, lang, brand, shops, w = NORDIC[country]
    style = look(rng, brand)
    page = Page(font, style)
    paid = day(rng)
    money = Money(rng, currency, lang)
    amount = price(rng, 15 if currency != "EUR" else 2, 1800 if currency != "EUR" else 240, 0.35)
    outcome = pick(rng, {"success": 0.55, "pending": 0.1, "failed": 0.13, "cancelled": 0.1, "refunded": 0.12})
    person = rng.random() < 0.3
    payee = rng.choice(PEOPLE[lang] if person else shops)
    wallet = {"method": (APP, "wallet")}
    if rng.random() < 0.5:
        page.add(status_bar(rng, font))
    head = rng.choice(
        [("left", f"{back(font)}  {w['head']}"), ("center", app), ("left", f"{back(font)}  {app}")]
    )
    page.add(head, **(wallet if app in head[1] else {}))
    page.add(("title", payee), merchant=(1, payee))
    page.add(("big", money(amount, rng.choice(["-", "-", "\u2013", ""]))), keep=True)
    if app not in head[1]:
        page.add(("small", app), **wallet)
    state = rng.choice(w[outcome])
    if rng.random() < 0.6:
        page.add(("pair", w["status"], state), status=outcome)
    else:
        page.add(("center", state), status=outcome)
    page.add(("rule",))
    if rng.random() < 0.5:
        page.add(("pair", rng.choice(w["payee"]), payee), merchant=(1, payee))
    page.add(("pair", rng.choice(w["date"]), stamp(rng, paid, lang)), date=paid)
    if outcome != "pending" or rng.random() < 0.4:
        ref = digits(rng, 10) if country == "NO" else code(rng, rng.choice([12, 16]), ALNUM)
        page.add(("pair", rng.choice(w["id"]), ref), txn=(TXN, ref))
    fund = pick(rng, {"card": 0.5, "account": 0.2})
    if fund == "card":
        scheme = rng.choice(
            ["Visa/Dankort", "Visa", "Mastercard"]
            if country == "DK"
            else ["Visa", "Mastercard", "Visa Debit"]
        )
        page.add(
            ("pair", rng.choice(w["fund"]), f"{scheme} {card_mask(rng, font, 'dots')}"), method=(SAID, "card")
        )
    elif fund == "account":
        page.add(
            ("pair", w["account"], f"{digits(rng, 4)} {sign(font, chr(0x2022), '*') * 4} {digits(rng, 4)}")
        )
    if person:
        page.add(("pair", "Tlf." if country != "FI" else "Puhelin", phone(rng, country)))
        page.add(
            (
                "pair",
                w["msg"],
                rng.choice([f"{w['order']} {order_no(rng)}", f"#{digits(rng, 5)}"] + w["notes"]),
            )
        )
    else:
        page.add(("pair", w["number"], digits(rng, rng.choice([5, 6]))))
        page.add(("pair", w["reg"], reg_number(rng, country)))
    if outcome == "refunded":
        back_day = later(paid, rng)
        page.add(
            ("small", w["refund"].format(m=money(amount), d=ldate(back_day, lang, DATES[lang][0]))),
            status=outcome,
        )
    if rng.random() < 0.35:
        page.add(("center", w["share"]))
    if rng.random() < 0.25:  # the screenshot cropped just above the sum: the name on top is cut off
        page.crop(next(i for i, (row, _) in enumerate(page.rows) if row[0] == "title") + 1, 0)
    page.name_the_way(app, "wallet")
    return page.out(), page.truth(amount, currency), style


# ---------------------------------------------------------------- 4 a Dutch iDEAL result or a paid Tikkie

NL_BANKS = {
    "ING": ((255, 98, 0), "INGB"),
    "Rabobank": ((0, 40, 120), "RABO"),
    "ABN AMRO": ((0, 146, 138), "ABNA"),
    "bunq": ((40, 160, 90), "BUNQ"),
    "ASN Bank": ((0, 90, 160), "ASNB"),
    "SNS": ((100, 40, 150), "SNSB"),
    "Knab": ((0, 70, 110), "KNAB"),
    "Triodos Bank": ((0, 100, 80), "TRIO"),
}
NL_SHOPS = [
    "Fietsenwinkel De Spaak B.V.",
    "Boekhandel Het Leesteken",
    "Koffiebranderij Bonen & Co",
    "Dierenspeciaalzaak Snuffel",
    "Tuincentrum De Linde B.V.",
    "Wolwinkel Bolletje",
    "Sportschool Kracht",
    "Stichting Buurtmoestuin Oost",
]
IDEAL_WORDS = {
    "success": (["Betaling geslaagd", "Je betaling is gelukt", "Betaald"], ["Voltooid", "Geslaagd"]),
    "pending": (["Betaling wordt verwerkt", "In behandeling"], ["In behandeling"]),
    "failed": (["Betaling mislukt", "Betaling niet gelukt"], ["Mislukt"]),
    "cancelled": (["Betaling geannuleerd", "Je hebt de betaling geannuleerd"], ["Geannuleerd"]),
}


def ideal_tikkie(rng: random.Random, font: str):
    """A Dutch iDEAL payment's result in the payer's bank app (ING, Rabobank, ABN AMRO, bunq, ASN, SNS, Knab,
    Triodos): the outcome, the sum (€ before it), Aan / Naar / Begunstigde with the shop's IBAN, Omschrijving with
    the shop's order number, the iDEAL transaction's id under Transactie-ID / Transactienummer / Kenmerk, Datum,
    the payer's masked account; or a paid Tikkie: "Tikkie van …", Omschrijving, Betaald aan, Betaald op, Betaald via
    iDEAL with the bank, the request's Aangemaakt op and Verloopt op days."""
    bank = rng.choice(list(NL_BANKS))
    brand, code_of_bank = NL_BANKS[bank]
    paid = day(rng)
    money = Money(rng, "EUR", "nl")
    netbank = {"method": (APP, "netbanking")}
    if rng.random() < 0.6:  # iDEAL in the bank's app
        style = look(rng, brand)
        page = Page(font, style)
        amount = price(rng, 6, 900, 0.2)
        outcome = pick(rng, {"success": 0.58, "pending": 0.12, "failed": 0.15, "cancelled": 0.15})
        shop = rng.choice(NL_SHOPS)
        titles, words = IDEAL_WORDS[outcome]
        if rng.random() < 0.5:
            page.add(status_bar(rng, font))
        page.add(("center", bank))
        page.add(("small", rng.choice(["iDEAL", "iDEAL-betaling", "Betalen met iDEAL"])), **netbank)
        page.add(("title", rng.choice(titles)), status=outcome)
        page.add(("big", money(amount)), keep=True)
        page.add(("pair", rng.choice(["Aan", "Naar", "Begunstigde"]), shop), merchant=(1, shop))
        page.add(("pair", "IBAN", iban(rng, "NL", rng.choice(NL_BANKS_CODES))))
        short = shop.split()[0]
        page.add(
            (
                "pair",
                "Omschrijving",
                rng.choice(
                    [
                        f"Bestelling {order_no(rng)} {short}",
                        f"{short} order {digits(rng, 7)}",
                        f"Factuur {digits(rng, 6)}",
                    ]
                ),
            )
        )
        label, rank = rng.choice([("Transactie-ID", TXN), ("Transactienummer", TXN), ("Kenmerk", BANKREF)])
        ref = "00" + digits(rng, 14)
        page.add(("pair", label, ref), txn=(rank, ref))
        page.add(("pair", rng.choice(["Datum", "Datum en tijd"]), stamp(rng, paid, "nl")), date=paid)
        page.add(("pair", rng.choice(["Van rekening", "Van"]), masked_iban(rng, "NL", code_of_bank)))
        if rng.random() < 0.4:
            page.add(("pair", "Status", rng.choice(words)), status=outcome)
        page.add(("center", rng.choice(["Terug naar de webwinkel", "Terug naar de winkel", "Sluiten"])))
        return page.out(), page.truth(amount, "EUR"), style
    style = look(rng, (0, 80, 160), p_dark=0.1)
    page = Page(font, style)
    amount = price(rng, 3, 120, 0.3)
    outcome = pick(rng, {"success": 0.7, "pending": 0.15, "failed": 0.15})
    name = rng.choice(PEOPLE["nl"])
    if rng.random() < 0.4:
        page.add(status_bar(rng, font))
    page.add(("center", "Tikkie"))
    page.add(("small", f"Tikkie van {name}"), merchant=(1, name))
    page.add(
        (
            "title",
            {
                "success": rng.choice(["Je hebt betaald!", "Betaald"]),
                "pending": "Betaling wordt verwerkt",
                "failed": "Betaling mislukt",
            }[outcome],
        ),
        status=outcome,
    )
    page.add(("big", money(amount)), keep=True)
    page.add(
        (
            "pair",
            rng.choice(["Omschrijving", "Waarvoor"]),
            rng.choice(
                [
                    "Etentje vrijdag",
                    "Kado voor Lisa",
                    "Festivaltickets",
                    f"Boodschappen {digits(rng, 2)}/{paid.month:02d}",
                    "Huur bakfiets",
                ]
            ),
        )
    )
    done = outcome == "success"
    page.add(("pair", "Betaald aan" if done else "Aan", name), merchant=(1, name))
    page.add(("pair", "Betaald op" if done else "Datum", stamp(rng, paid, "nl")), date=paid)
    page.add(
        (
            "pair",
            rng.choice(["Betaald via", "Betaalmethode"]) if done else "Betaalmethode",
            f"iDEAL - {bank}",
        ),
        method=(SAID, "netbanking"),
    )
    if rng.random() < 0.5:
        ref = code(rng, 12, ALNUM)
        page.add(("pair", "Transactie-ID", ref), txn=(TXN, ref))
    made = earlier(paid, rng, 0, 3)
    page.add(("pair", "Aangemaakt op", ldate(made, "nl", "{d} {month} {Y}")))
    page.add(("pair", "Verloopt op", ldate(made + dt.timedelta(days=14), "nl", "{d} {month} {Y}")))
    page.add(("center", "Deel je betaalbewijs"))
    return page.out(), page.truth(amount, "EUR"), style


NL_BANKS_CODES = [code_of_bank for _, code_of_bank in NL_BANKS.values()]


# ---------------------------------------------------------------- 5 a Polish bank app's BLIK payment

PL_BANKS = {
    "IKO": (0, 50, 120),
    "mBank": (200, 0, 40),
    "Santander": (236, 0, 0),
    "ING Bank Śląski": (255, 98, 0),
    "Pekao": (200, 20, 30),
    "Bank Millennium": (160, 0, 80),
    "Alior Bank": (180, 20, 40),
    "VeloBank": (0, 160, 120),
}
PL_SHOPS = [
    "Sklep Rowerowy Kolarz sp. z o.o.",
    "Księgarnia Pod Globusem",
    "Kwiaciarnia Stokrotka",
    "Piekarnia Złoty Kłos",
    "Apteka Pod Lwem",
    "Szkoła Tańca Rytm",
    "Pizzeria Da Marco Kraków",
    "Zoo Sklep Azor",
]
BLIK_WORDS = {
    "success": (
        ["Płatność zakończona", "Transakcja zaakceptowana", "Przelew wysłany", "Gotowe!"],
        ["Zrealizowana", "Wykonana"],
    ),
    "pending": (["Oczekuje na potwierdzenie", "W trakcie realizacji"], ["Oczekująca", "W realizacji"]),
    "failed": (["Transakcja odrzucona", "Płatność nieudana"], ["Odrzucona"]),
    "cancelled": (["Transakcja anulowana"], ["Anulowana"]),
    "refunded": (["Płatność zwrócona"], ["Zwrócona"]),
}


def blik(rng: random.Random, font: str):
    """A Polish bank app's BLIK detail (IKO, mBank, Santander, ING, Pekao, Millennium, Alior, VeloBank): a BLIK
    payment to a shop or a BLIK transfer to a phone, the outcome and Status, Kwota in złoty (spaces between the
    thousands), Odbiorca, the payee's phone, Tytuł with an order number, Data operacji / Data transakcji with
    Data księgowania (the day the bank booked it, a day or two later) on a share, the transaction's number, Z
    rachunku, Dostępne środki (the balance after), a refund's day."""
    bank = rng.choice(list(PL_BANKS))
    style = look(rng, PL_BANKS[bank])
    page = Page(font, style)
    paid = day(rng)
    money = Money(rng, "PLN", "pl")
    amount = price(rng, 9, 2400, 0.3)
    outcome = pick(
        rng, {"success": 0.52, "pending": 0.12, "failed": 0.14, "cancelled": 0.1, "refunded": 0.12}
    )
    transfer = rng.random() < 0.4
    payee = rng.choice(PEOPLE["pl"] if transfer else PL_SHOPS)
    titles, words = BLIK_WORDS[outcome]
    if transfer and outcome == "success":
        titles = ["Przelew wysłany", "Gotowe!"]
    elif outcome == "success":
        titles = [t for t in titles if t != "Przelew wysłany"]
    if outcome == "refunded" and transfer:
        outcome, titles, words = "success", ["Przelew wysłany"], BLIK_WORDS["success"][1]
    if rng.random() < 0.5:
        page.add(status_bar(rng, font))
    page.add(("center", bank))
    kind = (
        "Przelew na telefon BLIK"
        if transfer
        else rng.choice(["Płatność BLIK", "Płatność BLIK w internecie", "Zakupy BLIK"])
    )
    page.add(("small", kind), method=(APP, "netbanking"))
    page.add(("title", rng.choice(titles)), status=outcome)
    page.add(("big", money(amount, "-" if rng.random() < 0.5 else "")), keep=True)
    page.add(("rule",))
    page.add(("pair", "Odbiorca", payee), merchant=(1, payee))
    if transfer:
        page.add(("pair", "Numer telefonu", phone(rng, "PL")))
    page.add(
        (
            "pair",
            "Tytuł",
            rng.choice(
                [
                    f"Zamówienie nr {digits(rng, 4)}/{paid.month:02d}/{paid.year}",
                    f"Zamówienie {order_no(rng)}",
                    "Zwrot za bilety",
                    "Składka na prezent",
                    f"Faktura FV/{digits(rng, 3)}/{paid.year}",
                ]
            ),
        )
    )
    page.add(
        ("pair", rng.choice(["Data operacji", "Data transakcji", "Data"]), stamp(rng, paid, "pl")), date=paid
    )
    if rng.random() < 0.3 and outcome in ("success", "refunded"):
        page.add(("pair", "Data księgowania", ldate(later(paid, rng, 1, 2), "pl", "{dd}.{mm}.{Y}")))
    if outcome != "pending" or rng.random() < 0.5:
        label, rank = rng.choice(
            [("Numer transakcji", TXN), ("ID transakcji", TXN), ("Numer referencyjny", BANKREF)]
        )
        ref = rng.choice([digits(rng, 12), digits(rng, 16), f"{code(rng, 4, UPPER)}{digits(rng, 10)}"])
        page.add(("pair", label, ref), txn=(rank, ref))
    if rng.random() < 0.5:
        page.add(("pair", "Status", rng.choice(words)), status=outcome)
    acct = rng.choice(
        [
            f"Konto {rng.choice(['za Zero', 'Osobiste', 'Intensive', 'Direct'])} "
            f"{sign(font, chr(0x2022), '*') * 2} {digits(rng, 4)}",
            masked_iban(rng, "PL"),
        ]
    )
    page.add(("pair", "Z rachunku", acct))
    if rng.random() < 0.45:
        page.add(("pair", rng.choice(["Dostępne środki", "Saldo po operacji"]), money(price(rng, 30, 9000))))
    if outcome == "refunded":
        page.para(
            "small",
            f"Sprzedawca zwrócił środki {ldate(later(paid, rng), 'pl', '{d} {month} {Y}')}.",
            status=outcome,
        )
    elif outcome == "failed":
        page.para("small", "Środki nie zostały pobrane z rachunku.", status=outcome)
    page.add(("center", rng.choice(["Pobierz potwierdzenie", "Udostępnij", "Wróć do pulpitu"])))
    page.name_the_way("BLIK", "netbanking")
    return page.out(), page.truth(amount, "PLN"), style


# ---------------------------------------------------------------- 6 a Swiss TWINT transaction

CH_SHOPS = {
    "de": [
        "Migros Zürich HB",
        "Coop Bern Bahnhof",
        "Bäckerei Kleiner",
        "Parkhaus Bahnhof Luzern",
        "Velostation Basel",
        "Hofladen Zumstein",
        "Kiosk am Bellevue",
    ],
    "fr": [
        "Boulangerie du Bourg",
        "Marché Frais Lausanne",
        "Cave de la Côte",
        "Parking de la Gare Genève",
        "Fromagerie Rochat",
    ],
    "it": ["Pasticceria Ticinese", "Grotto del Sole", "Panetteria Bellinzona", "Farmacia Lugano Centro"],
}
TWINT = {
    "de": {
        "payee": ["Empfänger", "Bezahlt an"],
        "status": "Status",
        "date": ["Datum", "Zeitpunkt"],
        "id": ["Transaktions-ID", "Transaktionsnummer"],
        "fund": ["Zahlungsmittel", "Belastet"],
        "msg": "Mitteilung",
        "terminal": ["Terminal-ID", "Kasse"],
        "balance": "Guthaben",
        "own": "TWINT Guthaben",
        "account": "Konto",
        "head": "Transaktion",
        "success": ["Ausgeführt", "Erfolgreich"],
        "failed": ["Abgelehnt", "Fehlgeschlagen"],
        "pending": ["In Bearbeitung", "Ausstehend"],
        "cancelled": ["Storniert", "Abgebrochen"],
        "refunded": ["Rückerstattet"],
        "refund": "Rückerstattung {m} am {d}",
    },
    "fr": {
        "payee": ["Destinataire", "Payé à"],
        "status": "Statut",
        "date": ["Date"],
        "id": ["ID de transaction", "N° de transaction"],
        "fund": ["Moyen de paiement", "Débité"],
        "msg": "Message",
        "terminal": ["ID du terminal", "Caisse"],
        "balance": "Solde",
        "own": "Avoir TWINT",
        "account": "Compte",
        "head": "Transaction",
        "success": ["Effectué", "Réussi"],
        "failed": ["Refusé", "Échoué"],
        "pending": ["En cours", "En attente"],
        "cancelled": ["Annulé"],
        "refunded": ["Remboursé"],
        "refund": "Remboursement {m} le {d}",
    },
    "it": {
        "payee": ["Destinatario", "Pagato a"],
        "status": "Stato",
        "date": ["Data"],
        "id": ["ID transazione", "Numero transazione"],
        "fund": ["Mezzo di pagamento", "Addebitato"],
        "msg": "Messaggio",
        "terminal": ["ID terminale", "Cassa"],
        "balance": "Saldo",
        "own": "Credito TWINT",
        "account": "Conto",
        "head": "Transazione",
        "success": ["Eseguito", "Riuscito"],
        "failed": ["Rifiutato", "Non riuscito"],
        "pending": ["In elaborazione", "In sospeso"],
        "cancelled": ["Annullato"],
        "refunded": ["Rimborsato"],
        "refund": "Rimborso {m} il {d}",
    },
}
CH_BANKS = ["UBS", "PostFinance", "ZKB", "Raiffeisen", "BCV", "Migros Bank"]


def twint(rng: random.Random, font: str):
    """A TWINT transaction's detail (TWINT, or a bank's TWINT app) in German, French or Italian: the payee on top,
    the sum in francs (CHF 1'234.50, Fr. 12.50, Fr. 20.– on a share), the state under Status / Statut / Stato,
    the day (14.03.2025 13:07), the transaction's id, what was charged (a card, the TWINT balance or a bank
    account), a shop's terminal or till, a person's mobile and message, a cashback and the balance on a share,
    a refund's sum and day."""
    lang = rng.choice(["de", "de", "fr", "it"])
    w = TWINT[lang]
    bank = rng.choice(CH_BANKS)
    app = rng.choice(["TWINT", "TWINT", f"{bank} TWINT"])
    style = look(rng, (20, 20, 20), p_dark=0.3)
    page = Page(font, style)
    paid = day(rng)
    money = Money(rng, "CHF", lang, whole=rng.random() < 0.3)
    amount = price(rng, 2, 1400, 0.35)
    outcome = pick(rng, {"success": 0.55, "pending": 0.1, "failed": 0.13, "cancelled": 0.1, "refunded": 0.12})
    person = rng.random() < 0.3
    payee = rng.choice(PEOPLE["de" if lang == "de" else lang] if person else CH_SHOPS[lang])
    wallet = {"method": (APP, "wallet")}
    if rng.random() < 0.5:
        page.add(status_bar(rng, font))
    page.add(("center", app), **wallet)
    page.add(("left", f"{back(font)}  {w['head']}"))
    page.add(("title", payee), merchant=(1, payee))
    page.add(("big", money(amount, rng.choice(["- ", "", "\u2013 "]))), keep=True)
    state = rng.choice(w[outcome])
    page.add(("pair", w["status"], state) if rng.random() < 0.7 else ("center", state), status=outcome)
    page.add(("rule",))
    if rng.random() < 0.4:
        page.add(("pair", rng.choice(w["payee"]), payee), merchant=(1, payee))
    page.add(
        (
            "pair",
            rng.choice(w["date"]),
            stamp(rng, paid, lang, rng.choice(["{dd}.{mm}.{Y}", DATES[lang][1]])),
        ),
        date=paid,
    )
    if outcome != "pending" or rng.random() < 0.5:
        ref = rng.choice(
            [code(rng, 12, ALNUM), f"{code(rng, 8, HEXUP)}-{code(rng, 4, HEXUP)}", digits(rng, 14)]
        )
        page.add(("pair", rng.choice(w["id"]), ref), txn=(TXN, ref))
    fund = pick(rng, {"card": 0.35, "own": 0.2, "account": 0.3})
    if fund == "card":
        page.add(
            (
                "pair",
                rng.choice(w["fund"]),
                f"{rng.choice(['Visa', 'Mastercard', 'PostFinance Card'])} "
                f"{card_mask(rng, font, rng.choice(['dots', 'stars']))}",
            ),
            method=(SAID, "card"),
        )
    elif fund == "own":
        page.add(("pair", rng.choice(w["fund"]), w["own"]), method=(SAID, "wallet"))
    elif fund == "account":
        page.add(
            (
                "pair",
                rng.choice(w["fund"]),
                f"{w['account']} {bank} {sign(font, chr(0x2022), '*') * 4} {digits(rng, 4)}",
            )
        )
    if person:
        page.add(("pair", "Tel.", phone(rng, "CH")))
        page.add(
            (
                "pair",
                w["msg"],
                rng.choice(
                    [
                        f"Bestellung {order_no(rng)}",
                        f"#{digits(rng, 5)}",
                        "Merci!",
                        "Grazie",
                        "Znacht",
                        "Konzert",
                    ]
                    if lang == "de"
                    else [f"Commande {order_no(rng)}", "Merci!", "Souper"]
                    if lang == "fr"
                    else [f"Ordine {order_no(rng)}", "Grazie!", "Cena"]
                ),
            )
        )
    else:
        label = rng.choice(w["terminal"])
        page.add(("pair", label, digits(rng, 8) if "ID" in label else str(rng.randrange(1, 12))))
    if outcome == "success" and rng.random() < 0.3:
        page.add(("pair", "Cashback", money(round(amount * 0.02 + 0.05, 2))))
    if rng.random() < 0.3:
        page.add(("pair", w["balance"], money(price(rng, 5, 600))))
    if outcome == "refunded":
        page.add(
            ("small", w["refund"].format(m=money(amount), d=ldate(later(paid, rng), lang, "{dd}.{mm}.{Y}"))),
            status=outcome,
        )
    if rng.random() < 0.25:  # the screenshot cropped just above the sum: the name on top is cut off
        page.crop(next(i for i, (row, _) in enumerate(page.rows) if row[0] == "title") + 1, 0)
    page.name_the_way("TWINT", "wallet")
    return page.out(), page.truth(amount, "CHF"), style


# ---------------------------------------------------------------- 7 an Italian Satispay payment

IT_SHOPS = [
    ("Bar Pasticceria Gallo", "Via Roma 12", "20121 Milano"),
    ("Edicola Centrale", "Piazza Duomo 3", "40124 Bologna"),
    ("Panificio Russo", "Via Toledo 188", "80134 Napoli"),
    ("Gelateria La Romana", "Corso Vittorio Emanuele 41", "10121 Torino"),
    ("Farmacia San Marco", "Campo San Luca 4", "30124 Venezia"),
    ("Libreria Il Mosaico", "Via dei Servi 22", "50122 Firenze"),
    ("Tabaccheria Colombo", "Viale Monza 140", "20127 Milano"),
]
SATIS_WORDS = {
    "success": (["Pagamento completato", "Pagamento eseguito", "Fatto!"], ["Completato", "Eseguito"]),
    "pending": (["In attesa di conferma", "Pagamento in elaborazione"], ["In attesa"]),
    "failed": (["Pagamento non riuscito", "Pagamento rifiutato"], ["Non riuscito", "Rifiutato"]),
    "cancelled": (["Pagamento annullato"], ["Annullato"]),
    "refunded": (["Pagamento rimborsato"], ["Rimborsato"]),
}


def satispay(rng: random.Random, font: str):
    """A Satispay payment's detail in Italian: the outcome, the sum, Negozio / Esercente with its street and
    postcode (or a person under Inviato a, with a message), Data, ID transazione / Codice transazione, the
    shop's receipt number (Scontrino n.) and P.IVA on a share, Pagato con Budget Satispay on a share, a cashback,
    the Budget left, a refund's sum and day."""
    style = look(rng, (239, 65, 53), p_dark=0.2)
    page = Page(font, style)
    paid = day(rng)
    money = Money(rng, "EUR", "it")
    amount = price(rng, 1.2, 180, 0.2)
    outcome = pick(rng, {"success": 0.55, "pending": 0.1, "failed": 0.13, "cancelled": 0.1, "refunded": 0.12})
    person = rng.random() < 0.25
    titles, words = SATIS_WORDS[outcome]
    wallet = {"method": (APP, "wallet")}
    if rng.random() < 0.5:
        page.add(status_bar(rng, font))
    page.add(("center", "Satispay"), **wallet)
    page.add(("title", rng.choice(titles)), status=outcome)
    page.add(("big", money(amount, rng.choice(["-", ""]))), keep=True)
    if person:
        payee = rng.choice(PEOPLE["it"])
        page.add(("pair", rng.choice(["Inviato a", "Destinatario"]), payee), merchant=(1, payee))
        page.add(
            (
                "pair",
                "Messaggio",
                rng.choice(["pizza sabato", "regalo Marta", f"ordine {order_no(rng)}", "calcetto"]),
            )
        )
    else:
        payee, street, town = rng.choice(IT_SHOPS)
        page.add(("pair", rng.choice(["Negozio", "Esercente"]), payee), merchant=(1, payee))
        page.add(("small", f"{street}, {town}"))
    page.add(("rule",))
    page.add(("pair", rng.choice(["Data", "Data e ora"]), stamp(rng, paid, "it")), date=paid)
    if outcome != "pending" or rng.random() < 0.4:
        ref = rng.choice([code(rng, 10, ALNUM), f"{code(rng, 8, HEXLOW)}-{code(rng, 4, HEXLOW)}"])
        page.add(("pair", rng.choice(["ID transazione", "Codice transazione"]), ref), txn=(TXN, ref))
    if not person and rng.random() < 0.35:
        receipt = f"{digits(rng, 4)}-{digits(rng, 4)}"
        page.add(("pair", "Scontrino n.", receipt), txn=(BILL, receipt))
    if not person and rng.random() < 0.35:
        page.add(("pair", "P.IVA", digits(rng, 11)))
    if rng.random() < 0.35:
        page.add(("pair", rng.choice(["Pagato con", "Metodo"]), "Budget Satispay"), method=(SAID, "wallet"))
    if outcome == "success" and rng.random() < 0.35:
        page.add(("pair", "Cashback", money(round(amount * 0.05 + 0.1, 2))))
    if rng.random() < 0.4:
        page.add(("pair", rng.choice(["Budget residuo", "Saldo disponibile"]), money(price(rng, 5, 400))))
    if outcome == "refunded":
        page.para(
            "small",
            f"Rimborso di {money(amount)} ricevuto il {ldate(later(paid, rng), 'it', '{d} {month} {Y}')}",
            status=outcome,
        )
    elif outcome == "failed":
        page.para("small", "Non ti è stato addebitato nulla.", status=outcome)
    page.add(("center", rng.choice(["Condividi ricevuta", "Segnala un problema"])))
    return page.out(), page.truth(amount, "EUR"), style


# ---------------------------------------------------------------- 8 a French Lydia or Wero screen

FR_SHOPS = [
    "Boulangerie Martin",
    "Fromagerie Roussel",
    "Association Sportive Belleville",
    "Cave à Vins du Marché",
    "Atelier Vélo Solidaire",
    "Librairie Les Mots Passants",
]
FR_BANKS = {
    "BNP Paribas": (0, 145, 90),
    "Société Générale": (226, 0, 26),
    "La Banque Postale": (0, 62, 137),
    "Crédit Mutuel": (0, 80, 160),
    "Caisse d'Epargne": (220, 0, 40),
}
LYDIA_WORDS = {
    "success": (["Paiement envoyé", "Argent envoyé", "Paiement effectué"], ["Effectué", "Envoyé"]),
    "pending": (["Paiement en cours", "En attente d'acceptation"], ["En cours", "En attente"]),
    "failed": (["Paiement refusé", "Le paiement a échoué"], ["Refusé", "Échoué"]),
    "cancelled": (["Paiement annulé"], ["Annulé"]),
    "refunded": (["Paiement remboursé"], ["Remboursé"]),
}


def lydia_wero(rng: random.Random, font: str):
    """A French Lydia screen (the app's balance or a card paid with) or a Wero payment in the Wero app or a French
    bank's app (BNP Paribas, Société Générale, La Banque Postale, Crédit Mutuel, Caisse d'Epargne): the outcome,
    the sum (1 234,56 €), the payee (a friend, a small shop or a club) under À / Bénéficiaire or after "Vous avez
    envoyé … à", the phone, Motif / Message with an order number, Date (14 mars 2025 à 13h07), Statut, the
    reference, the account paid from, a refund's day."""
    paid = day(rng)
    money = Money(rng, "EUR", "fr")
    amount = price(rng, 3, 650, 0.35)
    outcome = pick(rng, {"success": 0.55, "pending": 0.1, "failed": 0.13, "cancelled": 0.1, "refunded": 0.12})
    payee = rng.choice(PEOPLE["fr"] if rng.random() < 0.65 else FR_SHOPS)
    titles, words = LYDIA_WORDS[outcome]
    lydia = rng.random() < 0.5
    bank = rng.choice(list(FR_BANKS))
    if lydia:
        style = look(rng, (23, 119, 242))
        scheme = {"method": (APP, "wallet")}
    else:
        style = look(rng, rng.choice([(30, 30, 30), FR_BANKS[bank]]))
        scheme = {"method": (APP, "netbanking")}
    page = Page(font, style)
    if rng.random() < 0.5:
        page.add(status_bar(rng, font))
    if lydia:
        page.add(("center", "Lydia"), **scheme)
    elif rng.random() < 0.5:
        page.add(("center", "Wero"), **scheme)
    else:
        page.add(("center", bank))
        page.add(("small", "Wero"), **scheme)
    page.add(("title", rng.choice(titles)), status=outcome)
    page.add(("big", money(amount)), keep=True)
    if rng.random() < 0.4:
        verb = {"success": "Vous avez envoyé", "refunded": "Vous avez envoyé"}.get(outcome, "Paiement de")
        page.add(("small", f"{verb} {money(amount)} à"))
        page.add(("center", payee), merchant=(1, payee))
    else:
        page.add(("pair", rng.choice(["À", "Bénéficiaire"]), payee), merchant=(1, payee))
    if payee in PEOPLE["fr"] or not lydia:
        page.add(("pair", "Téléphone", phone(rng, "FR")))
    page.add(("rule",))
    page.add(
        (
            "pair",
            rng.choice(["Motif", "Message"]),
            rng.choice(
                [
                    f"Commande {order_no(rng)}",
                    "Resto vendredi",
                    "Cotisation saison",
                    f"Facture n° {digits(rng, 5)}",
                    "Courses",
                    "Billets concert",
                ]
            ),
        )
    )
    page.add(("pair", "Date", stamp(rng, paid, "fr")), date=paid)
    if rng.random() < 0.6:
        page.add(("pair", "Statut", rng.choice(words)), status=outcome)
    if outcome != "pending" or rng.random() < 0.5:
        label, rank = rng.choice(
            [("Référence", BANKREF), ("N° de transaction", TXN), ("Identifiant de transaction", TXN)]
        )
        ref = code(rng, rng.choice([10, 12, 16]), ALNUM)
        page.add(("pair", label, ref), txn=(rank, ref))
    if lydia:
        fund = rng.choice(["balance", "card", None])
        if fund == "balance":
            page.add(
                ("pair", rng.choice(["Payé avec", "Moyen de paiement"]), "Solde Lydia"),
                method=(SAID, "wallet"),
            )
        elif fund == "card":
            page.add(
                (
                    "pair",
                    rng.choice(["Payé avec", "Moyen de paiement"]),
                    f"Carte {rng.choice(['Visa', 'Mastercard'])} {card_mask(rng, font, 'dots')}",
                ),
                method=(SAID, "card"),
            )
        if rng.random() < 0.3:
            page.add(("pair", "Solde", money(price(rng, 5, 800))))
    else:
        page.add(("pair", rng.choice(["Depuis le compte", "Compte débité"]), masked_iban(rng, "FR")))
    if outcome == "refunded":
        page.para(
            "small",
            f"Remboursé par {payee} le {ldate(later(paid, rng), 'fr', '{d} {month} {Y}')}.",
            status=outcome,
        )
    elif outcome == "failed":
        page.para("small", "Aucun montant n'a été débité de votre compte.", status=outcome)
    page.add(("center", rng.choice(["Partager le reçu", "Télécharger le justificatif", "Fermer"])))
    return page.out(), page.truth(amount, "EUR"), style


# ---------------------------------------------------------------- 9 a SEPA Instant transfer in a banking app

SEPA_BANKS = [
    ("N26", "de", (54, 161, 139), "DE"),
    ("N26", "en", (54, 161, 139), "DE"),
    ("ING", "de", (255, 98, 0), "DE"),
    ("Sparkasse", "de", (255, 0, 0), "DE"),
    ("Revolut", "en", (25, 28, 31), "LT"),
    ("Santander", "es", (236, 0, 0), "ES"),
    ("BNP Paribas", "fr", (0, 145, 90), "FR"),
    ("Intesa Sanpaolo", "it", (0, 122, 61), "IT"),
]
SEPA_PAYEES = {
    "de": [
        "Malerbetrieb Krüger GmbH",
        "Hausverwaltung Sommer",
        "Fahrradladen Speiche & Co. KG",
        "Zahnarztpraxis Dr. Lindner",
        "Tierarztpraxis am Park",
        "Jonas Brunner",
        "Lea Fischer",
    ],
    "en": [
        "Malerbetrieb Krüger GmbH",
        "Studio Yoga Mitte",
        "Tom Becker",
        "Anna Schulz",
        "Kita Sonnenschein e.V.",
    ],
    "es": ["Reformas Hermanos Vidal S.L.", "Academia Idiomas Sol", "Taller Mecánico Ruiz", "Carmen Navarro"],
    "fr": ["Plomberie Lefèvre SARL", "Cabinet Dr Mercier", "Garage du Centre", "Léa Bernard"],
    "it": ["Idraulica Bianchi S.r.l.", "Studio Dentistico Ferri", "Autofficina Moretti", "Chiara Ricci"],
}
BICS = {
    "DE": ["COBADEFFXXX", "DEUTDEDBXXX", "INGDDEFFXXX", "GENODEM1GLS", "BYLADEM1001"],
    "ES": ["CAIXESBBXXX", "BBVAESMMXXX", "BSCHESMMXXX"],
    "FR": ["BNPAFRPPXXX", "SOGEFRPPXXX", "CEPAFRPP751"],
    "IT": ["BCITITMMXXX", "UNCRITMMXXX", "BPMOIT22XXX"],
}
SEPA = {
    "de": {
        "title": {
            "success": ["Überweisung ausgeführt", "Echtzeitüberweisung gesendet", "Geld gesendet"],
            "pending": ["Überweisung in Bearbeitung", "Auftrag vorgemerkt"],
            "failed": ["Überweisung abgelehnt", "Überweisung fehlgeschlagen"],
            "cancelled": ["Überweisung storniert"],
        },
        "word": {
            "success": ["Ausgeführt", "Abgeschlossen"],
            "pending": ["In Bearbeitung", "Vorgemerkt"],
            "failed": ["Abgelehnt", "Fehlgeschlagen"],
            "cancelled": ["Storniert"],
        },
        "payee": ["Empfänger", "Zahlungsempfänger"],
        "amount": "Betrag",
        "purpose": "Verwendungszweck",
        "exec": ["Ausgeführt am", "Ausführungsdatum", "Datum"],
        "value": "Wertstellung",
        "id": [("Transaktions-ID", TXN), ("Auftragsnummer", TXN), ("Referenz", BANKREF)],
        "fee": ["Entgelt", "Gebühr"],
        "total": "Gesamtbetrag",
        "balance": ["Neuer Kontostand", "Verfügbar"],
        "type": (
            "Art",
            ["Echtzeitüberweisung", "SEPA-Echtzeitüberweisung"],
            ["SEPA-Überweisung", "Überweisung"],
        ),
        "from": "Vom Konto",
        "status": "Status",
        "purposes": [
            "Rechnung RE-{y}-{n4} vom {inv}",
            "Kundennr. {n6} Rechnung {n4}",
            "Bestellung {n8}",
            "Miete {month}",
            "Anzahlung Angebot {n4}",
        ],
    },
    "en": {
        "title": {
            "success": ["Transfer sent", "Money sent", "Instant transfer completed"],
            "pending": ["Transfer pending", "Processing"],
            "failed": ["Transfer failed", "Transfer declined"],
            "cancelled": ["Transfer cancelled"],
        },
        "word": {
            "success": ["Completed", "Sent"],
            "pending": ["Pending", "Processing"],
            "failed": ["Failed", "Declined"],
            "cancelled": ["Cancelled"],
        },
        "payee": ["To", "Recipient"],
        "amount": "Amount",
        "purpose": "Reference",
        "exec": ["Executed on", "Date"],
        "value": "Value date",
        "id": [("Transaction ID", TXN)],
        "fee": ["Fee"],
        "total": "Total",
        "balance": ["Balance"],
        "type": (
            "Type",
            ["SEPA Instant transfer", "Instant bank transfer"],
            ["SEPA transfer", "Bank transfer"],
        ),
        "from": "From",
        "status": "Status",
        "purposes": ["Invoice {y}-{n4}", "Order {n6}", "Rent {month}", "Invoice {n4} of {inv}"],
    },
    "es": {
        "title": {
            "success": ["Transferencia realizada", "Transferencia inmediata enviada"],
            "pending": ["Transferencia en curso", "Transferencia pendiente"],
            "failed": ["Transferencia rechazada"],
            "cancelled": ["Transferencia cancelada"],
        },
        "word": {
            "success": ["Completada", "Realizada"],
            "pending": ["Pendiente", "En curso"],
            "failed": ["Rechazada"],
            "cancelled": ["Cancelada"],
        },
        "payee": ["Beneficiario", "Destinatario"],
        "amount": "Importe",
        "purpose": "Concepto",
        "exec": ["Fecha de operación", "Fecha"],
        "value": "Fecha valor",
        "id": [("Referencia", BANKREF), ("Nº de operación", BANKREF), ("Número de referencia", BANKREF)],
        "fee": ["Comisión"],
        "total": "Importe total",
        "balance": ["Saldo disponible"],
        "type": ("Tipo", ["Transferencia inmediata"], ["Transferencia SEPA", "Transferencia ordinaria"]),
        "from": "Cuenta de cargo",
        "status": "Estado",
        "purposes": ["Factura F-{y}/{n4} del {inv}", "Pedido {n6}", "Alquiler {month}", "Presupuesto {n4}"],
    },
    "fr": {
        "title": {
            "success": ["Virement effectué", "Virement instantané envoyé"],
            "pending": ["Virement en cours"],
            "failed": ["Virement refusé", "Virement rejeté"],
            "cancelled": ["Virement annulé"],
        },
        "word": {
            "success": ["Effectué", "Exécuté"],
            "pending": ["En cours"],
            "failed": ["Refusé", "Rejeté"],
            "cancelled": ["Annulé"],
        },
        "payee": ["Bénéficiaire"],
        "amount": "Montant",
        "purpose": "Motif",
        "exec": ["Date d'exécution", "Date"],
        "value": "Date de valeur",
        "id": [("Référence", BANKREF), ("Référence de l'opération", BANKREF)],
        "fee": ["Frais"],
        "total": "Montant total",
        "balance": ["Solde disponible"],
        "type": ("Type", ["Virement instantané"], ["Virement SEPA"]),
        "from": "Compte débité",
        "status": "Statut",
        "purposes": ["Facture FA-{n4} du {inv}", "Commande {n6}", "Loyer {month}", "Devis n° {n4}"],
    },
    "it": {
        "title": {
            "success": ["Bonifico eseguito", "Bonifico istantaneo inviato"],
            "pending": ["Bonifico in lavorazione"],
            "failed": ["Bonifico non eseguito", "Bonifico rifiutato"],
            "cancelled": ["Bonifico revocato"],
        },
        "word": {
            "success": ["Eseguito"],
            "pending": ["In lavorazione"],
            "failed": ["Non eseguito", "Rifiutato"],
            "cancelled": ["Revocato", "Annullato"],
        },
        "payee": ["Beneficiario"],
        "amount": "Importo",
        "purpose": "Causale",
        "exec": ["Data esecuzione", "Data"],
        "value": "Data valuta",
        "id": [("CRO", BANKREF), ("TRN", BANKREF), ("Numero operazione", BANKREF)],
        "fee": ["Commissioni"],
        "total": "Totale addebitato",
        "balance": ["Saldo disponibile"],
        "type": ("Tipo", ["Bonifico istantaneo"], ["Bonifico SEPA", "Bonifico ordinario"]),
        "from": "Conto di addebito",
        "status": "Esito",
        "purposes": [
            "Fattura n. {n4} del {inv}",
            "Ordine {n6}",
            "Affitto {month}",
            "Acconto preventivo {n4}",
        ],
    },
}


def purpose(rng: random.Random, lang: str, forms: list[str], paid: dt.date) -> str:
    invoice_day = earlier(paid, rng, 3, 25)
    inv = ldate(invoice_day, lang, "{dd}.{mm}.{Y}" if lang == "en" else DATES[lang][0])
    return rng.choice(forms).format(
        y=paid.year,
        n4=digits(rng, 4),
        n6=digits(rng, 6),
        n8=digits(rng, 8),
        inv=inv,
        month=MONTHS[lang][paid.month - 1],
    )


def sepa_ref(rng: random.Random, label: str, bank: str) -> str:
    if label == "TRN":
        return f"0306{digits(rng, 22)}IT"
    if label == "CRO":
        return digits(rng, 11)
    if bank == "Revolut":
        return "-".join(code(rng, n, HEXLOW) for n in (8, 4, 4, 4, 12))
    return rng.choice([digits(rng, 12), code(rng, 16, ALNUM), f"{code(rng, 3, UPPER)}{digits(rng, 13)}"])


def transfer_word(text: str) -> bool:
    """Whether ``text`` names a bank transfer (the way paid)."""
    return any(
        word in text.lower()
        for word in (
            "überweisung",
            "transfer",
            "bonifico",
            "virement",
            "przelew",
            "overboeking",
            "overføring",
            "överföring",
        )
    )


def sepa_app(rng: random.Random, font: str):
    """A SEPA (Instant) transfer's confirmation in a banking app: N26 (German or English), ING, Sparkasse,
    Revolut, Santander, BNP Paribas or Intesa Sanpaolo, each in its language: the outcome, the sum, the payee and
    their IBAN and BIC, the purpose the payer typed (an invoice's number and day, an order or customer number;
    English apps call it Reference), the day executed, the value date on a share (the same day, or a working
    day later on a plain SEPA transfer), the bank's reference (Transaktions-ID, Auftragsnummer, Referencia, Nº
    de operación, Référence, CRO, TRN; Revolut's in lower case), the transfer's type, a fee and the total with
    it on a share, the balance after, the account paid from."""
    bank, lang, brand, country = rng.choice(SEPA_BANKS)
    w = SEPA[lang]
    style = look(rng, brand, p_dark=0.25 if bank in ("N26", "Revolut") else 0.1)
    page = Page(font, style)
    paid = day(rng)
    money = Money(rng, "EUR", lang)
    amount = price(rng, 25, 4800, 0.35)
    outcome = pick(rng, {"success": 0.6, "pending": 0.14, "failed": 0.13, "cancelled": 0.13})
    payee = rng.choice(SEPA_PAYEES[lang])
    netbank = {"method": (SAID, "netbanking")}
    if rng.random() < 0.5:
        page.add(status_bar(rng, font))
    page.add(("center", bank))
    instant = rng.random() < 0.6
    titles = [
        t
        for t in w["title"][outcome]
        if instant
        or not any(word in t.lower() for word in ("echtzeit", "instant", "inmediata", "istantaneo"))
    ]
    title = rng.choice(titles)
    page.add(("title", title), status=outcome, **(netbank if transfer_word(title) else {}))
    page.add(("big", money(amount, rng.choice(["-", ""]))), keep=True)
    page.add(("pair", rng.choice(w["payee"]), payee), merchant=(1, payee))
    page.add(
        (
            "pair",
            "IBAN",
            iban(
                rng,
                {"de": "DE", "en": rng.choice(["DE", "NL", "FR"]), "es": "ES", "fr": "FR", "it": "IT"}[lang],
            ),
        )
    )
    if rng.random() < 0.6:
        page.add(("pair", "BIC", rng.choice(BICS.get(country, BICS["DE"]))))
    page.add(("rule",))
    page.add(("pair", w["purpose"], purpose(rng, lang, w["purposes"], paid)))
    date_pattern = {
        "en": "{d} {mon} {Y}",
        "de": "{dd}.{mm}.{Y}",
        "es": "{dd}/{mm}/{Y}",
        "fr": "{dd}/{mm}/{Y}",
        "it": "{dd}/{mm}/{Y}",
    }[lang]
    pattern = rng.choice([date_pattern, DATES[lang][1]])
    page.add(
        ("pair", rng.choice(w["exec"]), stamp(rng, paid, lang, pattern, clock=rng.random() < 0.5)), date=paid
    )
    kind = rng.choice(w["type"][1] if instant else w["type"][2])
    if outcome in ("success", "pending") and rng.random() < 0.45:
        valued = paid if instant else paid + dt.timedelta(days=rng.choice([1, 1, 3]))
        page.add(("pair", w["value"], ldate(valued, lang, pattern)))
    if rng.random() < 0.6:
        page.add(("pair", w["type"][0], kind), **netbank)
    if outcome != "pending" or rng.random() < 0.5:
        label, rank = rng.choice(w["id"])
        ref = sepa_ref(rng, label, bank)
        page.add(("pair", label, ref), txn=(rank, ref))
    if outcome in ("success", "pending") and rng.random() < 0.45:
        fee = rng.choice([0.0, 0.0, 0.5, 1.0, 1.5, 2.0])
        page.add(("pair", rng.choice(w["fee"]), money(fee)))
        if fee and rng.random() < 0.6:
            page.add(("pair", w["total"], money(amount + fee)))
    if rng.random() < 0.5:
        page.add(("pair", w["status"], rng.choice(w["word"][outcome])), status=outcome)
    page.add(("pair", w["from"], masked_iban(rng, country if country in IBAN_SHAPE else "DE")))
    if rng.random() < 0.35:
        page.add(("pair", rng.choice(w["balance"]), money(price(rng, 100, 9000))))
    return page.out(), page.truth(amount, "EUR"), style


# ---------------------------------------------------------------- 10 a bank's PDF transfer confirmation

PDF_BANKS = {
    "de": [
        ("Sparkasse KölnBonn", "Hahnenstraße 57, 50667 Köln", (255, 0, 0)),
        ("Commerzbank AG", "Kaiserplatz, 60311 Frankfurt am Main", (255, 196, 0)),
        ("Volksbank Mittelhessen eG", "Schiffenberger Weg 110, 35394 Gießen", (0, 80, 160)),
        ("Deutsche Bank AG", "Taunusanlage 12, 60325 Frankfurt am Main", (0, 24, 168)),
    ],
    "es": [
        ("CaixaBank, S.A.", "Calle Pintor Sorolla 2-4, 46002 Valencia", (0, 122, 183)),
        ("Banco Bilbao Vizcaya Argentaria, S.A.", "Plaza de San Nicolás 4, 48005 Bilbao", (0, 68, 129)),
        ("Banco Santander, S.A.", "Paseo de Pereda 9-12, 39004 Santander", (236, 0, 0)),
    ],
    "fr": [
        ("Crédit Agricole Île-de-France", "26 quai de la Rapée, 75012 Paris", (0, 110, 90)),
        ("Société Générale", "29 boulevard Haussmann, 75009 Paris", (226, 0, 26)),
        ("LCL - Le Crédit Lyonnais", "18 rue de la République, 69002 Lyon", (0, 40, 100)),
    ],
    "it": [
        ("UniCredit S.p.A.", "Piazza Gae Aulenti 3, 20154 Milano", (200, 0, 30)),
        ("Intesa Sanpaolo S.p.A.", "Piazza San Carlo 156, 10121 Torino", (0, 122, 61)),
        ("BPER Banca S.p.A.", "Via San Carlo 8/20, 41121 Modena", (0, 90, 70)),
    ],
    "nl": [
        ("Rabobank", "Croeselaan 18, 3521 CB Utrecht", (0, 40, 120)),
        ("ABN AMRO Bank N.V.", "Gustav Mahlerlaan 10, 1082 PP Amsterdam", (0, 146, 138)),
        ("ING Bank N.V.", "Bijlmerdreef 106, 1102 CT Amsterdam", (255, 98, 0)),
    ],
    "pl": [
        ("PKO Bank Polski S.A.", "ul. Puławska 15, 02-515 Warszawa", (0, 50, 120)),
        ("mBank S.A.", "ul. Prosta 18, 00-850 Warszawa", (200, 0, 40)),
        ("Bank Pekao S.A.", "ul. Żubra 1, 01-066 Warszawa", (200, 20, 30)),
    ],
}
PDF = {
    "de": {
        "titles": [
            "Überweisungsbeleg",
            "Bestätigung Ihrer Überweisung",
            "Auftragsbestätigung SEPA-Überweisung",
        ],
        "created": "Erstellt am",
        "at": "um",
        "payer": "Auftraggeber",
        "payee": "Zahlungsempfänger",
        "name": "Name",
        "account": "IBAN",
        "bank": "Kreditinstitut",
        "details": "Zahlungsdetails",
        "amount": "Betrag",
        "purpose": "Verwendungszweck",
        "e2e": "End-to-End-Referenz",
        "exec": "Ausführungsdatum",
        "value": "Wertstellung",
        "type": ("Zahlungsart", ["SEPA-Überweisung", "SEPA-Echtzeitüberweisung"]),
        "id": [("Auftragsnummer", TXN), ("Transaktionsreferenz", BANKREF), ("Referenz", BANKREF)],
        "fee": "Entgelt",
        "status": "Status",
        "success": ["ausgeführt"],
        "pending": ["in Bearbeitung"],
        "foot": "Dieser Beleg wurde maschinell erstellt und ist ohne Unterschrift gültig.",
        "page": "Seite 1 von 1",
        "file": "Ueberweisung_{Y}{mm}{dd}.pdf",
        "country": "DE",
        "purposes": SEPA["de"]["purposes"],
    },
    "es": {
        "titles": ["Justificante de transferencia", "Comprobante de transferencia SEPA"],
        "created": "Documento generado el",
        "at": "a las",
        "payer": "Ordenante",
        "payee": "Beneficiario",
        "name": "Titular",
        "account": "IBAN",
        "bank": "Entidad",
        "details": "Datos de la operación",
        "amount": "Importe",
        "purpose": "Concepto",
        "e2e": "Referencia del ordenante",
        "exec": "Fecha de ejecución",
        "value": "Fecha valor",
        "type": ("Tipo", ["Transferencia SEPA", "Transferencia inmediata"]),
        "id": [("Referencia de la operación", BANKREF), ("Nº de operación", BANKREF)],
        "fee": "Comisiones",
        "status": "Estado",
        "success": ["Realizada", "Ejecutada"],
        "pending": ["Pendiente"],
        "foot": "Este justificante se emite a efectos informativos.",
        "page": "Página 1 de 1",
        "file": "Justificante_{dd}{mm}{Y}.pdf",
        "country": "ES",
        "purposes": SEPA["es"]["purposes"],
    },
    "fr": {
        "titles": ["Avis d'opération - Virement SEPA", "Justificatif de virement"],
        "created": "Édité le",
        "at": "à",
        "payer": "Donneur d'ordre",
        "payee": "Bénéficiaire",
        "name": "Nom",
        "account": "IBAN",
        "bank": "Banque",
        "details": "Détail de l'opération",
        "amount": "Montant",
        "purpose": "Motif",
        "e2e": "Référence client",
        "exec": "Date d'exécution",
        "value": "Date de valeur",
        "type": ("Type", ["Virement SEPA", "Virement instantané"]),
        "id": [("Référence de l'opération", BANKREF), ("N° d'opération", BANKREF)],
        "fee": "Frais",
        "status": "Statut",
        "success": ["Exécuté"],
        "pending": ["En cours de traitement"],
        "foot": "Document établi à titre d'information.",
        "page": "Page 1/1",
        "file": "avis_virement_{Y}-{mm}-{dd}.pdf",
        "country": "FR",
        "purposes": SEPA["fr"]["purposes"],
    },
    "it": {
        "titles": ["Contabile bonifico SEPA", "Ricevuta di bonifico"],
        "created": "Documento emesso il",
        "at": "alle",
        "payer": "Ordinante",
        "payee": "Beneficiario",
        "name": "Intestatario",
        "account": "IBAN",
        "bank": "Banca",
        "details": "Dettaglio operazione",
        "amount": "Importo",
        "purpose": "Causale",
        "e2e": None,
        "exec": "Data esecuzione",
        "value": "Data valuta",
        "type": ("Tipo", ["Bonifico SEPA", "Bonifico istantaneo"]),
        "id": [("CRO", BANKREF), ("TRN", BANKREF)],
        "fee": "Commissioni",
        "status": "Esito",
        "success": ["Eseguito"],
        "pending": ["In lavorazione"],
        "foot": "Documento generato automaticamente.",
        "page": "Pagina 1 di 1",
        "file": "contabile_{Y}{mm}{dd}.pdf",
        "country": "IT",
        "purposes": SEPA["it"]["purposes"],
    },
    "nl": {
        "titles": ["Bevestiging overboeking", "Overzicht overboeking"],
        "created": "Aangemaakt op",
        "at": "om",
        "payer": "Opdrachtgever",
        "payee": "Begunstigde",
        "name": "Naam",
        "account": "IBAN",
        "bank": "Bank",
        "details": "Gegevens van de betaling",
        "amount": "Bedrag",
        "purpose": "Omschrijving",
        "e2e": None,
        "exec": "Uitvoeringsdatum",
        "value": "Rentedatum",
        "type": ("Soort", ["Overboeking", "Instant overboeking"]),
        "id": [("Transactiereferentie", BANKREF), ("Referentie", BANKREF)],
        "fee": "Kosten",
        "status": "Status",
        "success": ["Uitgevoerd"],
        "pending": ["In behandeling"],
        "foot": "Dit is een automatisch gegenereerd document.",
        "page": "Pagina 1 van 1",
        "file": "overboeking_{dd}-{mm}-{Y}.pdf",
        "country": "NL",
        "purposes": ["Factuur {n6} d.d. {inv}", "Bestelling {n8}", "Huur {month}", "Offerte {n4}"],
    },
    "pl": {
        "titles": ["Potwierdzenie przelewu", "Potwierdzenie transakcji"],
        "created": "Wygenerowano",
        "at": "godz.",
        "payer": "Nadawca",
        "payee": "Odbiorca",
        "name": "Nazwa",
        "account": "Rachunek",
        "bank": None,
        "details": "Szczegóły przelewu",
        "amount": "Kwota",
        "purpose": "Tytuł",
        "e2e": None,
        "exec": "Data realizacji",
        "value": "Data księgowania",
        "type": ("Rodzaj przelewu", ["Przelew zwykły (Elixir)", "Przelew natychmiastowy (Express Elixir)"]),
        "id": [("Numer referencyjny", BANKREF), ("Identyfikator transakcji", TXN)],
        "fee": "Prowizja",
        "status": "Status",
        "success": ["Zrealizowany"],
        "pending": ["Oczekujący"],
        "foot": "Dokument wygenerowany elektronicznie, nie wymaga podpisu ani stempla.",
        "page": "Strona 1 z 1",
        "file": "potwierdzenie_{Y}{mm}{dd}.pdf",
        "country": "PL",
        "purposes": [
            "Faktura FV/{n4}/{y} z dnia {inv}",
            "Zamówienie {n6}",
            "Czynsz {month}",
            "Zaliczka {n4}",
        ],
    },
}
PDF_PAYEES = {
    "de": SEPA_PAYEES["de"][:5] + ["Schreinerei Holzwurm GmbH", "Musikschule Allegro e.V."],
    "es": SEPA_PAYEES["es"][:3]
    + ["Comunidad de Propietarios Calle Mayor 14", "Clínica Veterinaria Huellas S.L."],
    "fr": SEPA_PAYEES["fr"][:3] + ["SCI Les Tilleuls", "École de Musique Crescendo"],
    "it": SEPA_PAYEES["it"][:3] + ["Condominio Via Garibaldi 21", "Scuola di Danza Étoile"],
    "nl": [
        "Aannemersbedrijf Van den Berg B.V.",
        "Huisartsenpraktijk De Linde",
        "Vereniging Eigen Huis",
        "Fysiotherapie Centrum B.V.",
    ],
    "pl": [
        "Spółdzielnia Mieszkaniowa Zacisze",
        "Usługi Remontowe Nowak",
        "Przychodnia Weterynaryjna Reks",
        "Biuro Rachunkowe Bilans sp. z o.o.",
    ],
}


def pl_account(rng: random.Random, masked: bool = False) -> str:
    groups = [f"{rng.randrange(10, 99)}"] + [
        "".join(rng.choice(string.digits) for _ in range(4)) for _ in range(6)
    ]
    if masked:
        groups[2:6] = ["****"] * 4
    return " ".join(groups)


def sepa_pdf(rng: random.Random, font: str):
    """A bank's PDF confirmation of a transfer, German, Spanish, French, Italian, Dutch or Polish (złoty): the
    bank's name and address on top, the document's title and the day it was made (a day or more after the
    transfer on a share), the payer's section (name, IBAN), the payee's (name, IBAN, BIC, bank), the details:
    the sum, the purpose (an invoice's number and day), the payer's own end-to-end reference, the day executed and
    the value date, the transfer's type, the bank's reference (Auftragsnummer, Referencia de la operación,
    Référence de l'opération, CRO or TRN, Transactiereferentie, Numer referencyjny), the fee, a status on most,
    the footer and the page's number; shown in a PDF viewer with the file's name, or printed and photographed
    on a desk."""
    lang = rng.choice(["de", "de", "es", "fr", "it", "nl", "pl"])
    w = PDF[lang]
    bank, address, brand = rng.choice(PDF_BANKS[lang])
    currency = "PLN" if lang == "pl" else "EUR"
    screen = rng.random() < 0.5
    style = dict(
        A4, accent=brand, width=rng.choice([740, 760, 800]), size=rng.choice([16, 17, 18]), screen=screen
    )
    page = Page(font, style)
    paid = day(rng)
    made = paid + dt.timedelta(days=rng.choice([0, 0, 1, 2, 5]))
    money = Money(
        rng,
        currency,
        lang,
        forms=["{n} zł", "{n} PLN", "PLN {n}"] if lang == "pl" else ["{n} EUR", "EUR {n}", "{n} €"],
    )
    amount = price(rng, 40, 12000 if lang != "pl" else 40000, 0.4)
    outcome = pick(rng, {"success": 0.55, "pending": 0.12})
    if outcome == "pending":  # a PDF of a transfer still under way is made the day it was sent
        made = paid
    payee = rng.choice(PDF_PAYEES[lang])
    payer = rng.choice(PEOPLE[lang if lang in PEOPLE else "de"])
    country = w["country"]
    page.add(("title", bank))
    page.add(("small", address))
    page.add(("gap",))
    title = rng.choice(w["titles"])
    page.add(("left", title), **({"method": (SAID, "netbanking")} if transfer_word(title) else {}))
    h, m = hm(rng)
    page.add(("small", f"{w['created']} {ldate(made, lang, DATES[lang][0])} {w['at']} {h:02d}:{m:02d}"))
    page.add(("rule",))
    page.add(("left", w["payer"]))
    page.add(("pair", w["name"], payer))
    page.add(("pair", w["account"], pl_account(rng, True) if lang == "pl" else masked_iban(rng, country)))
    page.add(("gap",))
    page.add(("left", w["payee"]))
    page.add(("pair", w["name"], payee), merchant=(1, payee))
    page.add(
        (
            "pair",
            w["account"],
            pl_account(rng)
            if lang == "pl"
            else iban(rng, country, rng.choice(NL_BANKS_CODES) if country == "NL" else None),
        )
    )
    if lang != "pl":
        page.add(
            ("pair", "BIC", rng.choice(BICS.get(country, ["RABONL2UXXX", "ABNANL2AXXX", "INGBNL2AXXX"])))
        )
    page.add(("gap",))
    page.add(("left", w["details"]))
    page.add(("pair", w["amount"], money(amount)), keep=True)
    page.add(("pair", w["purpose"], purpose(rng, lang, w["purposes"], paid)))
    if w["e2e"] and rng.random() < 0.5:
        page.add(
            ("pair", w["e2e"], rng.choice(["NOTPROVIDED", f"{payer.split()[-1].upper()}-{digits(rng, 4)}"]))
        )
    pattern = rng.choice([DATES[lang][0], DATES[lang][1]])
    page.add(("pair", w["exec"], ldate(paid, lang, pattern)), date=paid)
    instant = rng.random() < 0.5
    if rng.random() < 0.6:
        valued = paid if instant or lang == "pl" else paid + dt.timedelta(days=rng.choice([0, 1, 1, 3]))
        if lang == "pl" and not instant:
            valued = paid + dt.timedelta(days=rng.choice([0, 1]))
        page.add(("pair", w["value"], ldate(valued, lang, pattern)))
    if rng.random() < 0.65:
        page.add(("pair", w["type"][0], w["type"][1][1 if instant else 0]), method=(SAID, "netbanking"))
    label, rank = rng.choice(w["id"])
    ref = (
        sepa_ref(rng, label, bank)
        if label in ("CRO", "TRN")
        else rng.choice([digits(rng, 14), f"{code(rng, 4, UPPER)}{digits(rng, 12)}", code(rng, 16, ALNUM)])
    )
    page.add(("pair", label, ref), txn=(rank, ref))
    if rng.random() < 0.6:
        page.add(("pair", w["fee"], money(rng.choice([0.0, 0.0, 0.5, 1.0, 2.5]))))
    if outcome:
        page.add(("pair", w["status"], rng.choice(w[outcome])), status=outcome)
    page.add(("rule",))
    page.para("small", w["foot"])
    page.add(("small", w["page"]))
    if screen:
        file = w["file"].format(Y=made.year, mm=f"{made.month:02d}", dd=f"{made.day:02d}")
        style["h93"] = {
            "frame": {
                "kind": "viewer",
                "file": file,
                "scale": rng.choice([0.8, 0.9, 1.0]),
                "zoom": rng.choice(["100 %", "125 %", "90 %"]),
            }
        }
    else:
        style["h93"] = {"frame": lying_frame(rng, "wood")}
    return page.out(), page.truth(amount, currency), style


# ---------------------------------------------------------------- 11 a card terminal's slip, photographed

SLIPS = {
    # language: currency, terminals, schemes, shops (name, street, town), words
    "de": (
        "EUR",
        ["Worldline", "SumUp", "Adyen", "Ingenico", "PAX"],
        ["girocard", "VISA", "Mastercard", "V PAY", "Maestro"],
        [
            ("Bäckerei Lindemann", "Hauptstr. 14", "69117 Heidelberg"),
            ("Apotheke am Markt", "Marktplatz 3", "79098 Freiburg"),
            ("Getränke Hoffmann", "Sonnenallee 120", "12045 Berlin"),
            ("Buchhandlung Leseratte", "Königstr. 8", "90402 Nürnberg"),
        ],
        {
            "sale": ["Kartenzahlung", "Zahlung"],
            "void": "STORNO",
            "date": "Datum",
            "time": "Uhrzeit",
            "tid": "Terminal-ID",
            "mid": ["VU-Nr.", "Händler-Nr."],
            "bill": ["Beleg-Nr.", "Trace-Nr."],
            "auth": ["Autorisierungs-Nr.", "Genehmigungs-Nr."],
            "ref": [("Ref.-Nr.", BANKREF)],
            "amount": "Betrag",
            "success": ["Zahlung erfolgt", "GENEHMIGT"],
            "failed": ["Zahlung nicht erfolgt", "ABGELEHNT"],
            "cancelled": ["Storno erfolgt", "STORNIERT"],
            "copy": "Kundenbeleg",
            "bye": "Vielen Dank für Ihren Einkauf",
            "entry": ["kontaktlos", "Chip", "PIN"],
            "tel": "Tel.",
        },
    ),
    "nl": (
        "EUR",
        ["Worldline", "CCV", "Adyen", "SumUp"],
        ["Maestro", "V PAY", "Debit Mastercard", "VISA"],
        [
            ("Bakkerij Van der Meer", "Dorpsstraat 21", "3811 BK Amersfoort"),
            ("Drogisterij De Kroon", "Grote Markt 5", "9711 LV Groningen"),
            ("Kaashandel Gouda", "Markt 44", "2801 JL Gouda"),
        ],
        {
            "sale": ["Betaling", "PINNEN"],
            "void": "ANNULERING",
            "date": "Datum",
            "time": "Tijd",
            "tid": "Terminal",
            "mid": ["Merchant", "Winkelier"],
            "bill": ["Volgnr.", "Ticketnr."],
            "auth": ["Autorisatiecode", "Autorisatie"],
            "ref": [("Referentie", BANKREF)],
            "amount": "Totaal",
            "success": ["Akkoord", "BETALING GELUKT"],
            "failed": ["GEWEIGERD", "Betaling mislukt"],
            "cancelled": ["GEANNULEERD"],
            "copy": "Kopie kaarthouder",
            "bye": "Bedankt en tot ziens",
            "entry": ["Contactloos", "Chip"],
            "tel": "Tel.",
        },
    ),
    "fr": (
        "EUR",
        ["Ingenico", "Worldline", "SumUp"],
        ["CB", "VISA", "MASTERCARD"],
        [
            ("Boulangerie Au Bon Pain", "12 rue de la Paix", "44000 Nantes"),
            ("Pharmacie du Centre", "3 place Bellecour", "69002 Lyon"),
            ("Fromagerie Lemoine", "8 rue Sainte-Catherine", "33000 Bordeaux"),
        ],
        {
            "sale": ["PAIEMENT", "DEBIT"],
            "void": "ANNULATION",
            "date": "Le",
            "time": "A",
            "tid": "N° terminal",
            "mid": ["N° contrat", "Commerçant"],
            "bill": ["Ticket n°", "No ticket"],
            "auth": ["No AUTO", "Autorisation"],
            "ref": [("Réf.", BANKREF)],
            "amount": "MONTANT",
            "success": ["PAIEMENT ACCEPTE", "ACCEPTE"],
            "failed": ["PAIEMENT REFUSE", "REFUSE"],
            "cancelled": ["ANNULATION EFFECTUEE"],
            "copy": "TICKET CLIENT - A CONSERVER",
            "bye": "MERCI AU REVOIR",
            "entry": ["SANS CONTACT", "PUCE"],
            "tel": "Tél.",
        },
    ),
    "it": (
        "EUR",
        ["Nexi", "Ingenico", "SumUp"],
        ["PagoBANCOMAT", "VISA", "MASTERCARD"],
        [
            ("Bar Caffè Roma", "Via Nazionale 40", "00184 Roma"),
            ("Ferramenta Bonetti", "Corso Buenos Aires 77", "20124 Milano"),
            ("Salumeria Da Gino", "Via Indipendenza 9", "40121 Bologna"),
        ],
        {
            "sale": ["ACQUISTO", "PAGAMENTO"],
            "void": "STORNO",
            "date": "DATA",
            "time": "ORA",
            "tid": "TERMINALE",
            "mid": ["ESERCENTE", "COD. ESERCENTE"],
            "bill": ["OPER.", "N. SCONTRINO"],
            "auth": ["COD.AUT.", "AUT."],
            "ref": [("RRN", RRN)],
            "amount": "IMPORTO",
            "success": ["TRANSAZIONE ESEGUITA", "AUTORIZZATA"],
            "failed": ["TRANSAZIONE NEGATA", "NEGATA"],
            "cancelled": ["STORNO ESEGUITO"],
            "copy": "COPIA CLIENTE",
            "bye": "GRAZIE E ARRIVEDERCI",
            "entry": ["CONTACTLESS", "CHIP"],
            "tel": "Tel.",
        },
    ),
    "es": (
        "EUR",
        ["Ingenico", "Verifone", "SumUp"],
        ["VISA", "MASTERCARD", "VISA DEBIT"],
        [
            ("Farmacia Ldo. Ortiz", "C/ Mayor 22", "28013 Madrid"),
            ("Panadería Hermanos Gil", "Av. Constitución 5", "41004 Sevilla"),
            ("Librería Atlántida", "Rúa do Franco 30", "15702 Santiago"),
        ],
        {
            "sale": ["VENTA", "COMPRA"],
            "void": "ANULACION",
            "date": "FECHA",
            "time": "HORA",
            "tid": "TERMINAL",
            "mid": ["COMERCIO", "Nº COMERCIO"],
            "bill": ["Nº OPER.", "OPERACION"],
            "auth": ["AUT.", "COD. AUTORIZACION"],
            "ref": [("REF.", BANKREF)],
            "amount": "IMPORTE",
            "success": ["OPERACION APROBADA", "APROBADA"],
            "failed": ["OPERACION DENEGADA", "DENEGADA"],
            "cancelled": ["ANULACION REALIZADA"],
            "copy": "COPIA PARA EL CLIENTE",
            "bye": "GRACIAS POR SU VISITA",
            "entry": ["CONTACTLESS", "CHIP"],
            "tel": "Tel.",
        },
    ),
    "da": (
        "DKK",
        ["Nets", "Verifone", "SumUp"],
        ["Dankort", "Visa/Dankort", "MASTERCARD"],
        [
            ("Bageriet Ærø", "Vestergade 12", "8000 Aarhus C"),
            ("Fiskehuset Nyhavn", "Nyhavn 31", "1051 København K"),
            ("Boghandel Odense", "Kongensgade 40", "5000 Odense C"),
        ],
        {
            "sale": ["KØB"],
            "void": "ANNULLERING",
            "date": "Dato",
            "time": "Tid",
            "tid": "Terminal",
            "mid": ["Forretningsnr."],
            "bill": ["Kvitt.nr."],
            "auth": ["Aut.kode"],
            "ref": [("Ref.", BANKREF)],
            "amount": "BELØB",
            "success": ["GODKENDT"],
            "failed": ["AFVIST"],
            "cancelled": ["ANNULLERET"],
            "copy": "KUNDENS KVITTERING",
            "bye": "TAK FOR BESØGET",
            "entry": ["Kontaktløs", "Chip"],
            "tel": "Tlf.",
        },
    ),
    "sv": (
        "SEK",
        ["Nets", "Worldline", "SumUp"],
        ["VISA", "MASTERCARD", "VISA DEBIT"],
        [
            ("Konditori Vetekatten", "Kungsgatan 55", "111 22 Stockholm"),
            ("Järnhandeln i Lund", "Bangatan 4", "222 21 Lund"),
            ("Blomsterboden", "Avenyn 12", "411 36 Göteborg"),
        ],
        {
            "sale": ["KÖP"],
            "void": "ANNULLERING",
            "date": "Datum",
            "time": "Tid",
            "tid": "Terminal",
            "mid": ["Butiksnr"],
            "bill": ["Kvittonr"],
            "auth": ["Godk.kod", "Auk.kod"],
            "ref": [("Ref", BANKREF)],
            "amount": "BELOPP",
            "success": ["GODKÄNT", "GODKÄND"],
            "failed": ["NEKAD"],
            "cancelled": ["ANNULLERAD"],
            "copy": "KUNDENS EXEMPLAR",
            "bye": "TACK FÖR BESÖKET",
            "entry": ["Kontaktlös", "Chip"],
            "tel": "Tel",
        },
    ),
    "nb": (
        "NOK",
        ["Nets", "Verifone", "Worldline"],
        ["BankAxept", "VISA", "MASTERCARD"],
        [
            ("Godt Brød Torggata", "Torggata 20", "0183 Oslo"),
            ("Apotek 1 Bryggen", "Bryggen 9", "5003 Bergen"),
            ("Sport Outlet Tromsø", "Storgata 88", "9008 Tromsø"),
        ],
        {
            "sale": ["KJØP"],
            "void": "ANNULLERING",
            "date": "Dato",
            "time": "Tid",
            "tid": "Terminal",
            "mid": ["Brukersted"],
            "bill": ["Kvitt.nr."],
            "auth": ["Aut.kode"],
            "ref": [("Ref.", BANKREF)],
            "amount": "BELØP",
            "success": ["GODKJENT"],
            "failed": ["AVVIST"],
            "cancelled": ["ANNULLERT"],
            "copy": "KUNDENS KVITTERING",
            "bye": "TAKK FOR BESØKET",
            "entry": ["Kontaktløs", "Chip"],
            "tel": "Tlf.",
        },
    ),
    "pl": (
        "PLN",
        ["Ingenico", "PAX", "Verifone"],
        ["VISA", "MASTERCARD", "MAESTRO"],
        [
            ("Piekarnia Pod Arkadami", "ul. Floriańska 12", "31-019 Kraków"),
            ("Apteka Centrum", "ul. Marszałkowska 80", "00-517 Warszawa"),
            ("Księgarnia Kapitałka", "ul. Długa 5", "80-827 Gdańsk"),
        ],
        {
            "sale": ["SPRZEDAŻ"],
            "void": "ANULOWANIE",
            "date": "Data",
            "time": "Godz.",
            "tid": "Terminal",
            "mid": ["Punkt", "MID"],
            "bill": ["Nr wydruku"],
            "auth": ["Kod aut.", "KOD AUTORYZACJI"],
            "ref": [("Nr trans.", TXN)],
            "amount": "KWOTA",
            "success": ["TRANSAKCJA ZAAKCEPTOWANA", "ZAAKCEPTOWANO"],
            "failed": ["TRANSAKCJA ODRZUCONA"],
            "cancelled": ["ANULOWANO"],
            "copy": "KOPIA DLA KLIENTA",
            "bye": "DZIĘKUJEMY",
            "entry": ["ZBLIŻENIOWO", "CHIP"],
            "tel": "Tel.",
        },
    ),
    "fi": (
        "EUR",
        ["Nets", "Worldline", "Verifone"],
        ["VISA DEBIT", "MASTERCARD", "VISA"],
        [
            ("Leipomo Pulla Oy", "Aleksanterinkatu 15", "00100 Helsinki"),
            ("Apteekki Tammela", "Hämeenkatu 9", "33100 Tampere"),
            ("Kirjakauppa Sivu", "Kauppakatu 22", "40100 Jyväskylä"),
        ],
        {
            "sale": ["OSTO"],
            "void": "PERUUTUS",
            "date": "Pvm",
            "time": "Klo",
            "tid": "Pääte",
            "mid": ["Kauppiastunnus"],
            "bill": ["Kuitti nro"],
            "auth": ["Vahvistus", "Valtuutus"],
            "ref": [("Arkistointitunnus", RRN)],
            "amount": "SUMMA",
            "success": ["HYVÄKSYTTY"],
            "failed": ["HYLÄTTY"],
            "cancelled": ["PERUUTETTU"],
            "copy": "ASIAKKAAN KUITTI",
            "bye": "KIITOS KÄYNNISTÄ",
            "entry": ["Lähimaksu", "Siru"],
            "tel": "Puh.",
        },
    ),
}
COUNTRY_OF = {
    "de": "DE",
    "nl": "NL",
    "fr": "FR",
    "it": "IT",
    "es": "ES",
    "da": "DK",
    "sv": "SE",
    "nb": "NO",
    "pl": "PL",
    "fi": "FI",
}
SLIP_MONEY = {
    "EUR": ["EUR {n}", "{n} EUR", "{n} €"],
    "DKK": ["DKK {n}", "Kr. {n}"],
    "SEK": ["SEK {n}", "{n} SEK"],
    "NOK": ["NOK {n}", "kr {n}"],
    "PLN": ["PLN {n}", "{n} zł", "{n} PLN"],
}
SLIP_DATES = {
    "de": ["{dd}.{mm}.{y}", "{dd}.{mm}.{Y}"],
    "nl": ["{dd}-{mm}-{Y}", "{dd}/{mm}/{y}"],
    "fr": ["{dd}/{mm}/{y}", "{dd}/{mm}/{Y}"],
    "it": ["{dd}/{mm}/{y}", "{dd}/{mm}/{Y}"],
    "es": ["{dd}/{mm}/{y}", "{dd}/{mm}/{Y}"],
    "da": ["{dd}.{mm}.{Y}", "{dd}-{mm}-{Y}"],
    "sv": ["{Y}-{mm}-{dd}", "{y}{mm}{dd}"],
    "nb": ["{dd}.{mm}.{Y}", "{dd}.{mm}.{y}"],
    "pl": ["{Y}-{mm}-{dd}", "{dd}.{mm}.{Y}"],
    "fi": ["{d}.{m}.{Y}", "{dd}.{mm}.{Y}"],
}
AIDS = [
    "A0000000031010",
    "A0000000041010",
    "A0000000043060",
    "A0000000032020",
    "A0000000591010",
    "A0000001211010",
    "A0000000421010",
]


def slip_photo(rng: random.Random, font: str):
    """A card terminal's customer slip photographed lying on a counter (Worldline, SumUp, Adyen, CCV, Nets, Ingenico,
    Nexi, Verifone, PAX), in the shop's language (German, Dutch, French, Italian, Spanish, Danish, Swedish,
    Norwegian, Polish, Finnish) and currency: the shop, its street, town and phone on top, the sale's kind (a void
    on a share), the day and time (two-digit years on a share), the terminal's id and the merchant's number, the
    scheme with the masked card, the AID and the entry, the sum, the outcome, the auth code, the slip's own
    number, a reference (RRN / Ref. / Réf. / Arkistointitunnus / Nr trans.) on a share, the copy's name and a
    thanks."""
    lang = rng.choice(list(SLIPS))
    currency, terminals, schemes, shops, w = SLIPS[lang]
    shop, street, town = rng.choice(shops)
    style = dict(SLIP, width=rng.choice([400, 420, 440]), size=rng.choice([16, 17]))
    page = Page(font, style)
    paid = day(rng)
    amount = price(rng, 2, 180 if currency == "EUR" else (1400 if currency != "PLN" else 600), 0.15)
    outcome = pick(rng, {"success": 0.65, "failed": 0.2, "cancelled": 0.15})
    form = rng.choice(SLIP_MONEY[currency])
    n = grouped(amount, "." if lang in ("de", "nl", "it", "es", "da") else " ", ",")
    if rng.random() < 0.5:
        n = grouped(amount, "none", ",")
    shown = form.format(n=n)
    page.add(("title", shop), merchant=(1, shop))
    page.add(("center", street))
    page.add(("center", town))
    page.add(("center", f"{w['tel']} {phone(rng, COUNTRY_OF[lang])}"))
    page.add(("rule",))
    page.add(("center", w["void"] if outcome == "cancelled" else rng.choice(w["sale"])))
    h, m = hm(rng)
    when_text = ldate(paid, lang, rng.choice(SLIP_DATES[lang]))
    if rng.random() < 0.5:
        page.add(("pair", w["date"], when_text), date=paid)
        page.add(("pair", w["time"], f"{h:02d}:{m:02d}:{rng.randrange(60):02d}"))
    else:
        page.add(("left", f"{w['date']} {when_text}   {w['time']} {h:02d}:{m:02d}"), date=paid)
    page.add(("pair", w["tid"], digits(rng, 8)))
    page.add(("pair", rng.choice(w["mid"]), digits(rng, rng.choice([9, 10, 12]))))
    scheme = rng.choice(schemes)
    page.add(("left", scheme), method=(SAID, "card"))
    page.add(("left", card_mask(rng, font, rng.choice(["long", "x", "stars"]))), method=(SAID, "card"))
    if rng.random() < 0.6:
        page.add(("pair", "AID", rng.choice(AIDS)))
    page.add(("left", rng.choice(w["entry"])))
    page.add(("rule",))
    page.add(("pair", w["amount"], shown), keep=True)
    page.add(("rule",))
    page.add(("center", rng.choice(w[outcome])), status=outcome)
    if outcome == "success":
        auth = rng.choice([digits(rng, 6), code(rng, 6, ALNUM)])
        page.add(("pair", rng.choice(w["auth"]), auth), txn=(APPR, auth))
    bill = f"{rng.randrange(1, 9999):04d}" if rng.random() < 0.6 else f"{rng.randrange(1, 999999):06d}"
    page.add(("pair", rng.choice(w["bill"]), bill), txn=(BILL, bill))
    if rng.random() < 0.35:
        label, rank = rng.choice(w["ref"])
        ref = digits(rng, 12)
        page.add(("pair", label, ref), txn=(rank, ref))
    if rng.random() < 0.4:
        page.add(("pair", "AC", code(rng, 16, HEXUP)))
    page.add(("center", w["copy"]))
    page.add(("center", w["bye"]))
    page.add(("small", rng.choice(terminals)))
    if rng.random() < 0.25:  # the slip torn below its copy line
        page.crop(0, 2)
    style["h93"] = {"frame": lying_frame(rng)}
    return page.out(), page.truth(amount, currency), style


# ---------------------------------------------------------------- 12 a payment service's result page in a browser

PSP_SHOPS = {
    "es": [
        ("TIENDA CICLOS ARENAL", "ciclosarenal.es"),
        ("LIBRERIA EL FARO S.L.", "libreriaelfaro.com"),
        ("ACEITES SIERRA SUR", "aceitessierrasur.es"),
    ],
    "it": [
        ("Ceramiche Vietresi Srl", "ceramichevietresi.it"),
        ("Caffè Torrefazione Moka", "torrefazionemoka.it"),
        ("Ottica Visconti", "otticavisconti.it"),
    ],
    "pl": [
        ("Sklep Górski Szlak", "gorskiszlak.pl"),
        ("Herbaciarnia Liść", "lisc-herbata.pl"),
        ("Księgarnia Czytelnik24", "czytelnik24.pl"),
    ],
    "nl": [
        ("Fietsenwinkel De Spaak B.V.", "despaak.nl"),
        ("Plantenhuis Groen", "plantenhuisgroen.nl"),
        ("Koffiebranderij Bonen & Co", "bonenenco.nl"),
    ],
    "de": [
        ("Velostation Basel", "velostation-basel"),
        ("Käserei Alpenblick", "kaeserei-alpenblick"),
        ("Buchhandlung Seitenwind", "seitenwind"),
    ],
    "da": [("Cykelsmeden Aarhus", "cykelsmeden.dk"), ("Tehuset Jasmin", "tehusetjasmin.dk")],
    "sv": [("Järnhandeln i Lund", "jarnhandeln.se"), ("Tebutiken Kamelia", "kamelia.se")],
    "nb": [("Sykkelhuset Bergen", "sykkelhuset.no"), ("Teboden Oslo", "teboden.no")],
}
PSP_WORDS = {
    "es": {
        "success": "Operación autorizada",
        "failed": "Operación denegada",
        "cancelled": "Operación cancelada por el usuario",
    },
    "it": {
        "success": "Pagamento eseguito",
        "failed": "Pagamento non riuscito",
        "cancelled": "Pagamento annullato",
    },
    "pl": {
        "success": "Płatność zakończona sukcesem",
        "failed": "Płatność odrzucona",
        "pending": "Płatność oczekuje na potwierdzenie",
        "cancelled": "Płatność anulowana",
    },
    "nl": {
        "success": "Betaling geslaagd",
        "failed": "Betaling mislukt",
        "pending": "Je betaling wordt verwerkt",
        "cancelled": "Betaling geannuleerd",
    },
    "de": {
        "success": "Zahlung erfolgreich",
        "failed": "Zahlung fehlgeschlagen",
        "cancelled": "Zahlung abgebrochen",
    },
    "da": {"success": "Betalingen er gennemført", "failed": "Betalingen blev afvist"},
    "sv": {"success": "Betalningen är genomförd", "failed": "Betalningen nekades"},
    "nb": {"success": "Betalingen er fullført", "failed": "Betalingen ble avvist"},
}


def psp_result(rng: random.Random, font: str):
    """A payment service's hosted result page in a desktop browser (its address and tab drawn above): Redsys
    (Spain: Comercio in capitals, Terminal, Número de pedido, Importe, Fecha and Hora, Código de autorización,
    the masked card), Nexi XPay (Italy: Esito, Codice ordine, Codice autorizzazione, the card or PayPal),
    Przelewy24 (Poland: Sprzedawca, Tytuł with the order, the P24 transaction's id, BLIK, a bank transfer or a
    card), Mollie (the Netherlands: the shop on top, Betaalmethode iDEAL, Bancontact, a credit card or PayPal, the
    tr_ payment id in mixed case, Bestelnummer, the order's lines), Payrexx (Switzerland: TWINT, PostFinance Card
    or Visa) and Nets Easy (Denmark, Sweden, Norway: Ordrenummer, a lower-case Betalings-ID, a card, MobilePay,
    Swish or Vipps). An order's number ranks below the payment's own id and the approval code."""
    psp = rng.choice(["redsys", "nexi", "p24", "mollie", "payrexx", "nets"])
    lang = {"redsys": "es", "nexi": "it", "p24": "pl", "mollie": "nl", "payrexx": "de"}.get(
        psp
    ) or rng.choice(["da", "sv", "nb"])
    shop, domain = rng.choice(PSP_SHOPS[lang])
    currency = {
        "es": "EUR",
        "it": "EUR",
        "pl": "PLN",
        "nl": "EUR",
        "de": "CHF",
        "da": "DKK",
        "sv": "SEK",
        "nb": "NOK",
    }[lang]
    style = dict(
        WEB,
        width=rng.choice([660, 700, 740]),
        size=rng.choice([17, 18]),
        accent=rng.choice([(30, 60, 120), (0, 110, 90), (180, 40, 40), (60, 60, 70)]),
    )
    page = Page(font, style)
    paid = day(rng)
    money = Money(rng, currency, lang if currency != "CHF" else "de")
    amount = price(rng, 9, 900 if currency in ("EUR", "CHF") else 5000, 0.2)
    words = PSP_WORDS[lang]
    outcome = rng.choice([k for k in words for _ in range({"success": 5, "failed": 2}.get(k, 1))])
    order = rng.choice([digits(rng, 6), f"{digits(rng, 4)}{code(rng, 4, UPPER)}", digits(rng, 10)])
    h, m = hm(rng)
    card = f"{rng.choice(['4548', '5402', '4917', '5167'])} {digits(rng, 2)}** **** {digits(rng, 4)}"
    if psp == "redsys":
        frame = {"url": "https://sis.redsys.es/sis/realizarPago", "tab": "Pago seguro | Redsys"}
        page.add(("left", "redsys · Pago seguro"))
        page.add(("title", words[outcome]), status=outcome)
        page.add(("pair", "Comercio", shop), merchant=(1, shop))
        page.add(("pair", "Terminal", rng.choice(["1", "001", "2"])))
        page.add(("pair", "Número de pedido", order), txn=(ORDER, order))
        page.add(("pair", "Importe", money(amount)), keep=True)
        page.add(("pair", "Fecha", ldate(paid, "es", "{dd}/{mm}/{Y}")), date=paid)
        page.add(("pair", "Hora", f"{h:02d}:{m:02d}"))
        if outcome != "cancelled":
            page.add(("pair", "Tarjeta", card), method=(SAID, "card"))
        if outcome == "success":
            auth = digits(rng, 6)
            page.add(("pair", "Código de autorización", auth), txn=(APPR, auth))
        elif outcome == "failed":
            page.add(("pair", "Código de respuesta", f"0{rng.choice(['190', '180', '129', '184'])}"))
        page.add(
            ("pair", "Descripción del producto", rng.choice(["Pedido web", "Compra online", "Suscripción"]))
        )
        page.add(("center", "Volver al comercio"))
    elif psp == "nexi":
        frame = {"url": "https://ecommerce.nexi.it/ecomm/ecomm/DispatcherServlet", "tab": "Nexi XPay"}
        page.add(("left", "Nexi XPay"))
        page.add(("title", words[outcome]), status=outcome)
        page.add(
            (
                "pair",
                "Esito",
                {"success": "Positivo", "failed": "Negativo", "cancelled": "Annullato"}[outcome],
            ),
            status=outcome,
        )
        page.add(("pair", "Esercente", shop), merchant=(1, shop))
        page.add(("pair", rng.choice(["Codice ordine", "Numero ordine"]), order), txn=(ORDER, order))
        page.add(("pair", "Importo", money(amount)), keep=True)
        page.add(("pair", "Data e ora", stamp(rng, paid, "it", "{dd}/{mm}/{Y}", joiner=" ")), date=paid)
        way = rng.choice(["card", "card", "paypal"])
        if outcome != "cancelled":
            page.add(
                (
                    "pair",
                    "Metodo di pagamento",
                    f"{rng.choice(['VISA', 'Mastercard'])} {card}" if way == "card" else "PayPal",
                ),
                method=(SAID, "card" if way == "card" else "wallet"),
            )
        if outcome == "success" and way == "card":
            auth = code(rng, 6, ALNUM)
            page.add(("pair", "Codice autorizzazione", auth), txn=(APPR, auth))
        page.add(("center", "Torna al sito dell'esercente"))
    elif psp == "p24":
        frame = {"url": "https://secure.przelewy24.pl/podsumowanie", "tab": "Przelewy24 - płatność"}
        page.add(("left", "Przelewy24"))
        page.add(("title", words[outcome]), status=outcome)
        page.add(("pair", "Sprzedawca", shop), merchant=(1, shop))
        page.add(("pair", "Kwota", money(amount)), keep=True)
        page.add(("pair", "Tytuł", f"Zamówienie {order}"))
        p24 = f"P24-{code(rng, 3, ALNUM)}-{code(rng, 3, ALNUM)}-{code(rng, 3, ALNUM)}"
        page.add(("pair", rng.choice(["ID transakcji", "Numer transakcji"]), p24), txn=(TXN, p24))
        way, method = rng.choice(
            [
                ("BLIK", "netbanking"),
                ("mTransfer", "netbanking"),
                ("Płacę z iPKO", "netbanking"),
                ("Karta płatnicza", "card"),
                ("Google Pay", "wallet"),
            ]
        )
        page.add(("pair", "Metoda płatności", way), method=(SAID, method))
        page.add(("pair", "Data", stamp(rng, paid, "pl", "{dd}.{mm}.{Y}", joiner=", ")), date=paid)
        page.add(("center", "Wróć do sklepu"))
    elif psp == "mollie":
        frame = {"url": f"https://www.mollie.com/checkout/{domain.split('.')[0]}", "tab": f"Betalen - {shop}"}
        page.add(("title", shop), merchant=(1, shop))
        page.add(("left", words[outcome]), status=outcome)
        page.add(("pair", "Bedrag", money(amount)), keep=True)
        way, method = rng.choice(
            [
                ("iDEAL", "netbanking"),
                ("iDEAL", "netbanking"),
                ("Bancontact", "card"),
                ("Creditcard", "card"),
                ("PayPal", "wallet"),
            ]
        )
        page.add(("pair", "Betaalmethode", way), method=(SAID, method))
        pid = "tr_" + code(rng, 10, B62)
        page.add(("pair", rng.choice(["Betalings-ID", "Transactie-ID"]), pid), txn=(TXN, pid))
        page.add(("pair", "Bestelnummer", order), txn=(ORDER, order))
        page.add(("pair", "Datum", stamp(rng, paid, "nl", "{dd}-{mm}-{Y}")), date=paid)
        order_lines(rng, page, money, amount, "nl")
        page.add(("center", "Terug naar de webwinkel"))
    elif psp == "payrexx":
        frame = {"url": f"https://{domain}.payrexx.com/de/pay", "tab": f"{shop} - Bezahlen"}
        page.add(("title", shop), merchant=(1, shop))
        page.add(("left", words[outcome]), status=outcome)
        page.add(("pair", "Betrag", money(amount)), keep=True)
        way, method = rng.choice(
            [
                ("TWINT", "wallet"),
                ("TWINT", "wallet"),
                ("PostFinance Card", "card"),
                (f"Visa {card_mask(rng, font, 'stars')}", "card"),
            ]
        )
        if outcome != "cancelled":
            page.add(("pair", "Zahlungsmittel", way), method=(SAID, method))
        ref = digits(rng, 8)
        page.add(("pair", rng.choice(["Referenz", "Transaktions-ID"]), ref), txn=(TXN, ref))
        page.add(("pair", "Bestellnummer", order), txn=(ORDER, order))
        page.add(("pair", "Datum", stamp(rng, paid, "de", "{dd}.{mm}.{Y}", joiner=", ")), date=paid)
        order_lines(rng, page, money, amount, "de")
    else:
        frame = {"url": "https://checkout.dibspayment.eu/v1/checkout", "tab": f"{shop} | Checkout"}
        w = {
            "da": (
                "Butik",
                "Ordrenummer",
                "Betalings-ID",
                "Betalingsmetode",
                "Beløb",
                "Dato",
                "Tilbage til butikken",
                [("MobilePay", "wallet")],
            ),
            "sv": (
                "Butik",
                "Ordernummer",
                "Betalnings-ID",
                "Betalningsmetod",
                "Belopp",
                "Datum",
                "Tillbaka till butiken",
                [("Swish", "netbanking")],
            ),
            "nb": (
                "Butikk",
                "Ordrenummer",
                "Betalings-ID",
                "Betalingsmetode",
                "Beløp",
                "Dato",
                "Tilbake til butikken",
                [("Vipps", "wallet")],
            ),
        }[lang]
        page.add(("left", "Nets Easy"))
        page.add(("title", words[outcome]), status=outcome)
        page.add(("pair", w[0], shop), merchant=(1, shop))
        page.add(("pair", w[1], order), txn=(ORDER, order))
        pid = code(rng, 32, HEXLOW)
        page.add(("pair", w[2], pid), txn=(TXN, pid))
        way, method = rng.choice(
            w[7]
            + [
                (f"Visa {card_mask(rng, font, 'stars')}", "card"),
                (f"Mastercard {card_mask(rng, font, 'stars')}", "card"),
            ]
        )
        page.add(("pair", w[3], way), method=(SAID, method))
        page.add(("pair", w[4], money(amount)), keep=True)
        page.add(("pair", w[5], stamp(rng, paid, lang)), date=paid)
        page.add(("center", w[6]))
    style["h93"] = {"frame": dict(frame, kind="browser")}
    return page.out(), page.truth(amount, currency), style


def order_lines(rng: random.Random, page: Page, money: Money, total: float, lang: str) -> None:
    """An order's summary under a hosted page: one or two lines and the shipping that sum to the total paid."""
    items = {
        "nl": ["Fietsslot", "Koffiebonen 1 kg", "Plantenpot", "Cadeaubon"],
        "de": ["Veloschloss", "Bergkäse 500 g", "Taschenbuch", "Gutschein"],
    }[lang]
    ship = rng.choice([0.0, 4.95, 6.9, 9.0]) if total > 20 else 0.0
    rest = round(total - ship, 2)
    lines = (
        [rest]
        if rng.random() < 0.5 or rest < 10
        else [round(rest * 0.6, 2), round(rest - round(rest * 0.6, 2), 2)]
    )
    page.add(("rule",))
    for item, value in zip(rng.sample(items, len(lines)), lines, strict=True):
        page.add(("pair", f"1 x {item}", money(value)))
    page.add(("pair", {"nl": "Verzending", "de": "Versand"}[lang], money(ship)))
    page.add(("pair", {"nl": "Totaal", "de": "Total"}[lang], money(total)), keep=True)
