"""Printed values for the heldout10 receipts: money in several groupings, dates, references."""

from __future__ import annotations

import datetime as dt
import random
import string
from decimal import Decimal

from bench.receipt_dataset import group_indian

CENT = Decimal("0.01")
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def amount(rng: random.Random, lo: int, hi: int, cents: bool = True) -> Decimal:
    whole = rng.randint(lo, hi)
    frac = rng.choice([0, 0, rng.randint(1, 99)]) if cents else 0
    return (Decimal(whole) + Decimal(frac) / 100).quantize(CENT)


def money(value: Decimal, grouping: str) -> str:
    """``value`` printed: ``in`` 1,23,456.50; ``west`` 123,456.50; ``eu`` 123.456,50; ``ch`` 123'456.50;
    ``space`` 123 456,50; ``plain`` 123456.50; ``yen`` 123,456 (no decimals)."""
    whole = int(value)
    cents = f"{int((value - whole) * 100):02d}"
    if grouping == "yen":
        return f"{whole:,}"
    if grouping == "in":
        return f"{group_indian(whole)}.{cents}"
    if grouping == "west":
        return f"{whole:,}.{cents}"
    if grouping == "eu":
        return f"{whole:,}".replace(",", ".") + f",{cents}"
    if grouping == "ch":
        return f"{whole:,}".replace(",", "'") + f".{cents}"
    if grouping == "space":
        return f"{whole:,}".replace(",", " ") + f",{cents}"
    return f"{whole}.{cents}"


def rupee(rng: random.Random, has_glyph: bool) -> str:
    """A rupee mark the font can draw: the sign, ``Rs.``, ``Rs`` or ``INR``."""
    return rng.choice((["₹", "₹ "] if has_glyph else []) + ["Rs. ", "Rs.", "INR "])


def day(rng: random.Random, start: str = "2024-06-01", span: int = 540) -> dt.date:
    return dt.date.fromisoformat(start) + dt.timedelta(days=rng.randint(0, span))


def clock(rng: random.Random, seconds: bool = False, ampm: bool = False) -> str:
    h, m, s = rng.randint(7, 22), rng.randint(0, 59), rng.randint(0, 59)
    if ampm:
        text = f"{(h - 1) % 12 + 1:02d}:{m:02d}" + (f":{s:02d}" if seconds else "")
        return text + (" PM" if h >= 12 else " AM")
    return f"{h:02d}:{m:02d}" + (f":{s:02d}" if seconds else "")


def date_text(d: dt.date, style: str) -> str:
    """``d`` printed as ``dmy/`` ``dmy-`` ``dmy.`` ``mdy/`` ``d Mon Y`` ``d-Mon-Y`` ``Mon d, Y`` ``iso`` ``ymd/``."""
    mon = MONTHS[d.month - 1]
    return {
        "dmy/": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy-": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dmy.": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "mdy/": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "d Mon Y": f"{d.day} {mon} {d.year}",
        "d-Mon-Y": f"{d.day:02d}-{mon}-{d.year}",
        "Mon d, Y": f"{mon} {d.day}, {d.year}",
        "iso": d.isoformat(),
        "ymd/": f"{d.year}/{d.month:02d}/{d.day:02d}",
    }[style]


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def code(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def phone_in(rng: random.Random) -> str:
    return rng.choice(["+91 ", "", "0"]) + rng.choice("6789") + digits(rng, 9)


def masked_card(rng: random.Random) -> str:
    last = digits(rng, 4)
    return rng.choice([f"XXXX XXXX XXXX {last}", f"**** **** **** {last}", f"xxxxxxxxxxxx{last}",
                       f"{digits(rng, 4)} XXXX XXXX {last}"])
