"""Printed values for the heldout14 receipts: amounts in several groupings, dates, references, names."""

from __future__ import annotations

import datetime as dt
import random
import re
import string

NO_RUPEE_FONTS = ("Liberation", "Free")  # these faces lack the ₹ glyph, so their receipts print "Rs"


def truth_fields(merchant, amount, currency, txn, when, method, status) -> dict:
    """The truth of one receipt: the amount as "1234.50", the date as ISO, ``None`` for what is not printed."""
    return {
        "merchant_name": merchant,
        "amount": f"{amount:.2f}",
        "currency": currency,
        "transaction_id": txn,
        "date": when.isoformat() if when else None,
        "payment_method": method,
        "status": status,
    }


def rupee(font: str) -> str:
    """The rupee mark a receipt drawn in ``font`` can print."""
    return "Rs." if any(name in font for name in NO_RUPEE_FONTS) else "₹"


def shown(rng: random.Random, p_absent: float = 0.15) -> bool:
    """Whether an optional field is printed on this receipt."""
    return rng.random() >= p_absent


def optional_pair(rng: random.Random, rows: list[tuple], labels: list[str], value: str,
                  p_absent: float = 0.15) -> bool:
    """Print ``value`` under one of ``labels`` unless it is left off; whether it was printed."""
    if not shown(rng, p_absent):
        return False
    rows.append(("pair", rng.choice(labels), value))
    return True


def money(value: float, grouping: str) -> str:
    """``value`` with two decimals in one of the grouping styles (indian, western, european, swiss, plain)."""
    whole, cents = f"{value:.2f}".split(".")
    if grouping == "plain":
        return f"{whole}.{cents}"
    if grouping == "indian":
        # lakh and crore: the last three digits, then pairs
        head, tail = whole[:-3], whole[-3:]
        return (re.sub(r"(\d)(?=(\d{2})+$)", r"\1,", head) + "," if head else "") + tail + "." + cents
    separator, point = {"western": (",", "."), "european": (".", ","), "swiss": ("'", ".")}[grouping]
    return f"{int(whole):,}".replace(",", separator) + point + cents


def price(rng: random.Random, low: float, high: float, round_to: float = 0.01) -> float:
    """A price between ``low`` and ``high``, rounded to ``round_to``."""
    return round(round(rng.uniform(low, high) / round_to) * round_to, 2)


def day(rng: random.Random) -> dt.date:
    """A payment date in 2025 or 2026."""
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(0, 690))


def date_text(date: dt.date, pattern: str) -> str:
    """``date`` printed with a strftime ``pattern`` (day numbers without a leading zero where asked)."""
    return date.strftime(pattern).replace("{d}", str(date.day))


def clock(rng: random.Random, twelve_hour: bool) -> str:
    """A time of day."""
    hour, minute = rng.randrange(7, 22), rng.randrange(60)
    if twelve_hour:
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'PM' if hour >= 12 else 'AM'}"
    return f"{hour:02d}:{minute:02d}"


def digits(rng: random.Random, n: int) -> str:
    """``n`` random digits, the first not zero."""
    return str(rng.randrange(1, 10)) + "".join(rng.choice(string.digits) for _ in range(n - 1))


def code(rng: random.Random, n: int, alphabet: str = string.ascii_uppercase + string.digits) -> str:
    """``n`` characters from ``alphabet``."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def phone(rng: random.Random) -> str:
    """An Indian mobile number (a distractor)."""
    return rng.choice("6789") + digits(rng, 9)


PEOPLE = [
    "Ananya Rao", "Vikram Sethi", "Meera Pillai", "Rohan Kulkarni", "Farah Qureshi", "Arjun Menon",
    "Lena Vogt", "Pieter de Wit", "Sofie Jensen", "Marc Peeters", "Emily Carter", "Noah Fischer",
]
