"""Values for the heldout12 receipts: amounts in several groupings, dates, ids, outcomes, absences."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

DIGITS = "0123456789"
UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ"
ALNUM = UPPER + "23456789"

# a share of non-success outcomes above the 15 % the set promises
OUTCOME_WEIGHTS = {"success": 0.66, "failed": 0.18, "pending": 0.16}


def money(rng: random.Random, low: float, high: float, step: str = "0.01") -> Decimal:
    """A random amount between ``low`` and ``high`` rounded to ``step`` (whole units for VND)."""
    raw = Decimal(str(rng.uniform(low, high)))
    return raw.quantize(Decimal(step), rounding=ROUND_HALF_UP).quantize(Decimal("0.01"))


def truth_amount(value: Decimal) -> str:
    """The product's amount convention: plain digits with two decimals."""
    return f"{value:.2f}"


def group(value: Decimal, style: str) -> str:
    """Print ``value`` with a thousands grouping: comma, dot, space, apostrophe, indian or plain."""
    whole, cents = f"{value:.2f}".split(".")
    if style == "indian" and len(whole) > 3:
        head, tail = whole[:-3], whole[-3:]
        parts = []
        while len(head) > 2:
            parts.insert(0, head[-2:])
            head = head[:-2]
        parts.insert(0, head)
        return ",".join(parts + [tail]) + "." + cents
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    if style == "comma":
        return ",".join(groups) + "." + cents
    if style == "dot":
        return ".".join(groups) + "," + cents
    if style == "space":
        return " ".join(groups) + "," + cents
    if style == "apostrophe":
        return "'".join(groups) + "." + cents
    if style == "dot_whole":  # Vietnamese dong: no minor unit printed
        return ".".join(groups)
    if style == "comma_whole":
        return ",".join(groups)
    return "".join(groups) + "." + cents


def pay_date(rng: random.Random) -> date:
    """A payment date in 2024–2026."""
    return date(2024, 1, 1) + timedelta(days=rng.randint(0, 1000))


def us_date(rng: random.Random) -> date:
    """A date whose day is above 12, so a month-first print cannot be read the other way."""
    day = pay_date(rng)
    return day.replace(day=rng.randint(13, 28))


def fmt_date(day: date, style: str) -> str:
    """Print a date in one of the styles the families use."""
    return day.strftime(style).replace("{d}", str(day.day))


def digits(rng: random.Random, n: int) -> str:
    """``n`` digits, the first not zero."""
    return rng.choice(DIGITS[1:]) + "".join(rng.choice(DIGITS) for _ in range(n - 1))


def code(rng: random.Random, n: int, alphabet: str = ALNUM) -> str:
    """``n`` characters of ``alphabet`` with at least one digit and one letter when both are possible."""
    while True:
        text = "".join(rng.choice(alphabet) for _ in range(n))
        if n < 2 or not (set(alphabet) & set(DIGITS) and set(alphabet) & set(UPPER)):
            return text
        if any(c.isdigit() for c in text) and any(c.isalpha() for c in text):
            return text


def phone(rng: random.Random, prefix: str, n: int = 9) -> str:
    """A phone number (a distractor)."""
    return f"{prefix} {digits(rng, n)}"


def outcome(rng: random.Random) -> str:
    """success, failed or pending by OUTCOME_WEIGHTS."""
    names = list(OUTCOME_WEIGHTS)
    return rng.choices(names, weights=[OUTCOME_WEIGHTS[n] for n in names])[0]


def absent(rng: random.Random, share: float = 0.16) -> bool:
    """Whether a field is left off this receipt."""
    return rng.random() < share


def hhmm(rng: random.Random) -> str:
    """A time of day."""
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def truth(merchant: str | None, amount: Decimal | None, currency: str | None, txn_id: str | None,
          day: date | None, method: str | None, status: str | None) -> dict:
    """The truth dict in ReceiptTruth's field names."""
    return {"merchant_name": merchant, "amount": truth_amount(amount) if amount is not None else None,
            "currency": currency, "transaction_id": txn_id, "date": day.isoformat() if day else None,
            "payment_method": method, "status": status}


def kv_unless_absent(rng: random.Random, rows: list[tuple], labels: list[str], value: str,
                     share: float = 0.16) -> bool:
    """Append a label/value row under one of ``labels`` unless the field is left off; say whether it was."""
    if absent(rng, share):
        return False
    rows.append(("kv", rng.choice(labels), value))
    return True
