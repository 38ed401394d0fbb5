"""Printed values for the heldout11 receipts: money in each locale's form, dates, ids, names."""

from __future__ import annotations

import random
import textwrap
import weakref
from datetime import date, datetime, timedelta
from decimal import Decimal

from bench.receipt_dataset import group_indian
from bench.receipt_eval_set import _code as code  # noqa: F401 (re-exported for the family modules)
from bench.receipt_eval_set import _digits as digits

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
FULL_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"]
PT_MONTHS = ["jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"]
ES_MONTHS = ["ENE", "FEB", "MAR", "ABR", "MAY", "JUN", "JUL", "AGO", "SEP", "OCT", "NOV", "DIC"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def letters(rng: random.Random, n: int) -> str:
    """``n`` capital letters."""
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def amount(rng: random.Random, low: float, high: float, *, cents: bool = True) -> Decimal:
    """A price between ``low`` and ``high``, with cents or whole."""
    value = Decimal(str(round(rng.uniform(low, high), 2 if cents else 0)))
    return value.quantize(Decimal("0.01"))


def when(rng: random.Random) -> datetime:
    """A payment moment in 2024–2026."""
    day = date(2024, 1, 3) + timedelta(days=rng.randint(0, 1000))
    return datetime(day.year, day.month, day.day, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59))


def truth_amount(value: Decimal) -> str:
    """The truth form of an amount: ``1234.50``."""
    return f"{value.quantize(Decimal('0.01'))}"


# ---------------------------------------------------------------- money


def number(value: Decimal, grouping: str, *, decimals: bool = True) -> str:
    """A number grouped ``western`` (1,234.50), ``continental`` (1.234,50), ``indian``, ``space`` or ``none``."""
    whole = int(value)
    frac = f"{int((value - whole) * 100):02d}"
    if grouping == "indian":
        head, sep = group_indian(whole), "."
    elif grouping == "continental":
        head, sep = f"{whole:,}".replace(",", "."), ","
    elif grouping == "space":
        head, sep = f"{whole:,}".replace(",", " "), ","
    elif grouping == "none":
        head, sep = str(whole), "."
    else:
        head, sep = f"{whole:,}", "."
    return f"{head}{sep}{frac}" if decimals else head


# currency: (forms, grouping, whole-only?) — forms use {n} for the number; "?" marks a symbol that needs a glyph
MONEY_FORMS: dict[str, tuple[list[str], list[str], bool]] = {
    "INR": (
        ["?₹{n}", "?₹ {n}", "Rs. {n}", "Rs {n}", "INR {n}", "{n} INR"],
        ["indian", "indian", "none"],
        False,
    ),
    "USD": (["${n}", "$ {n}", "USD {n}", "US${n}", "{n} USD"], ["western"], False),
    "EUR": (["{n} €", "€{n}", "EUR {n}", "{n} EUR"], ["continental", "western", "space"], False),
    "GBP": (["£{n}", "£ {n}", "GBP {n}"], ["western"], False),
    "BRL": (["R$ {n}", "R${n}", "BRL {n}"], ["continental"], False),
    "KES": (["Ksh{n}", "KSh {n}", "KES {n}", "Kshs. {n}"], ["western"], False),
    "PHP": (["?₱{n}", "?₱ {n}", "PHP {n}", "Php {n}"], ["western"], False),
    "IDR": (["Rp {n}", "Rp{n}", "IDR {n}"], ["continental"], True),
    "SGD": (["S${n}", "SGD {n}", "SGD{n}"], ["western"], False),
    "MXN": (["${n} MXN", "MXN ${n}", "MXN {n}", "{n} MXN"], ["western"], False),
    "KRW": (["?₩{n}", "KRW {n}", "{n} KRW", "W {n}"], ["western"], True),
    "THB": (["?฿{n}", "THB {n}", "{n} THB", "{n} Baht"], ["western"], False),
    "AUD": (["A${n}", "AUD {n}", "AU$ {n}"], ["western"], False),
    "CAD": (["C${n}", "CAD {n}", "CA$ {n}"], ["western"], False),
}


# one printer keeps one habit: the grouping and money form a receipt drew for a currency, keyed by its generator
_HABITS: weakref.WeakKeyDictionary[random.Random, dict[tuple[str, str], str]] = weakref.WeakKeyDictionary()


def _habit(rng: random.Random, currency: str, what: str, options: list[str]) -> str:
    habits = _HABITS.setdefault(rng, {})
    if (currency, what) not in habits:
        habits[currency, what] = rng.choice(options)
    return habits[currency, what]


def money(rng: random.Random, value: Decimal, currency: str, glyphs: str = "") -> str:
    """``value`` as a receipt in ``currency`` prints it; symbols the font lacks (not in ``glyphs``) are not drawn."""
    forms, groupings, whole_only = MONEY_FORMS[currency]
    usable = [f.lstrip("?") for f in forms if not f.startswith("?") or f[1] in glyphs]
    grouping = _habit(rng, currency, "grouping", groupings)
    # rupiah is sometimes printed with ",00"; won never
    decimals = not whole_only or (
        currency == "IDR" and _habit(rng, currency, "decimals", ["no", "no", "yes"]) == "yes"
    )
    if not whole_only and value == int(value) and rng.random() < 0.25:
        decimals = False
    return _habit(rng, currency, "form", usable).format(n=number(value, grouping, decimals=decimals))


def bare(rng: random.Random, value: Decimal, currency: str) -> str:
    """``value`` with the grouping its currency uses and no symbol (a line item or a column)."""
    _, groupings, whole_only = MONEY_FORMS[currency]
    return number(value, _habit(rng, currency, "grouping", groupings), decimals=not whole_only)


# ---------------------------------------------------------------- dates


def date_text(rng: random.Random, moment: datetime, locale: str, *, time: bool | None = None) -> str:
    """The date (and maybe time) as a receipt of ``locale`` prints it (``us``, ``in``, ``eu``, ``br``, ``mx``, ``iso``)."""
    d = moment
    mon, full = MONTHS[d.month - 1], FULL_MONTHS[d.month - 1]
    by_locale = {
        "us": [
            f"{d.month:02d}/{d.day:02d}/{d.year}",
            f"{mon} {d.day}, {d.year}",
            f"{full} {d.day}, {d.year}",
            f"{d.month}/{d.day}/{d.year % 100:02d}",
            f"{WEEKDAYS[d.weekday()]}, {full} {d.day}, {d.year}",
        ],
        "in": [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d}-{mon}-{d.year}",
            f"{d.day} {full} {d.year}",
            f"{d.day:02d}-{d.month:02d}-{d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day:02d} {mon.upper()} {d.year}",
        ],
        "eu": [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day} {mon} {d.year}",
            f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.day} {full} {d.year}",
            f"{d.year}-{d.month:02d}-{d.day:02d}",
        ],
        "br": [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d} {PT_MONTHS[d.month - 1]} {d.year}",
            f"{d.day:02d}/{PT_MONTHS[d.month - 1].upper()}/{d.year}",
        ],
        "mx": [
            f"{d.day:02d}/{d.month:02d}/{d.year}",
            f"{d.day:02d}-{ES_MONTHS[d.month - 1]}-{d.year}",
            f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        ],
        "iso": [
            f"{d.year}-{d.month:02d}-{d.day:02d}",
            f"{d.year}.{d.month:02d}.{d.day:02d}",
            f"{d.year}/{d.month:02d}/{d.day:02d}",
        ],
    }[locale]
    text = rng.choice(by_locale)
    if time is None:
        time = rng.random() < 0.55
    if time:
        clock = (
            f"{d.hour:02d}:{d.minute:02d}"
            if rng.random() < 0.5
            else f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}"
        )
        if locale == "us" or rng.random() < 0.25:
            clock = f"{(d.hour - 1) % 12 + 1}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
        text = f"{text} {rng.choice(['', '- ', 'at ', '| ', ''])}{clock}".replace("  ", " ")
    return text


def other_day(rng: random.Random, moment: datetime, low: int, high: int) -> datetime:
    """A day ``low``..``high`` days from ``moment`` (a due date, check-in or journey date)."""
    return moment + timedelta(days=rng.choice([-1, 1]) * rng.randint(low, high))


# ---------------------------------------------------------------- people and places

INDIAN_NAMES = ["Rohit Deshmukh", "Priya Natarajan", "Imran Qureshi", "Lakshmi Venkatesh",
    "Gurpreet Sandhu", "Ananya Bose", "Karthik Subramanian", "Meera Joshi"]
WESTERN_NAMES = ["Emily Carter", "James O'Neill", "Sofia Marquez", "Daniel Whitaker", "Hannah Kim",
    "Lucas Moreau", "Olivia Brennan", "Noah Fischer"]


def phone(rng: random.Random, country: str) -> str:
    """A phone number as printed in ``country`` (a distractor)."""
    return {
        "IN": f"+91 {digits(rng, 5)} {digits(rng, 5)}",
        "KE": f"07{rng.randint(10, 99)}{digits(rng, 6)}",
        "PH": f"09{rng.randint(10, 99)} {digits(rng, 3)} {digits(rng, 4)}",
        "BR": f"(11) 9{digits(rng, 4)}-{digits(rng, 4)}",
        "US": f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}",
        "MX": f"55 {digits(rng, 4)} {digits(rng, 4)}",
        "ID": f"0812-{digits(rng, 4)}-{digits(rng, 4)}",
        "KR": f"02-{digits(rng, 3)}-{digits(rng, 4)}",
        "TH": f"02-{digits(rng, 3)}-{digits(rng, 4)}",
    }[country]


def masked_account(rng: random.Random) -> str:
    """A masked account or card number (never an id)."""
    return rng.choice(["XXXX", "xxxx", "****", "•••• ", "XXXXXX"]) + digits(rng, 4)


# ---------------------------------------------------------------- truth


def outcome(rng: random.Random, failed: float = 0.1, pending: float = 0.08) -> str:
    """``success`` mostly, ``failed`` or ``pending`` in a share."""
    roll = rng.random()
    return "failed" if roll < failed else "pending" if roll < failed + pending else "success"


def truth(
    merchant: str | None,
    paid: Decimal,
    currency: str | None,
    transaction_id: str | None,
    moment: datetime | None,
    method: str | None,
    status: str | None,
) -> dict[str, str | None]:
    """The truth dict of a receipt, in the product's conventions."""
    return {
        "merchant_name": merchant,
        "amount": truth_amount(paid),
        "currency": currency,
        "transaction_id": transaction_id,
        "date": moment.date().isoformat() if moment else None,
        "payment_method": method,
        "status": status,
    }


def wrap(paragraph: str, width: int) -> list[str]:
    """``paragraph`` broken into lines of at most ``width`` characters; no-break spaces hold (an SMS body)."""
    return [line.replace("\u00a0", " ") for line in textwrap.wrap(paragraph, width)]


def unbroken(printed: str) -> str:
    """``printed`` with no-break spaces, so that wrapping keeps it on one line (an amount, a date)."""
    return printed.replace(" ", "\u00a0")
