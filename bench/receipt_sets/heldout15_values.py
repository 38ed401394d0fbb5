"""Printed values for the heldout15 receipts, on top of heldout14's: outcomes, message lines, dates."""

from __future__ import annotations

import datetime as dt
import math
import random
import textwrap

from bench.receipt_sets.heldout14_values import date_text

DATE_PATTERNS = {
    "iso": "%Y-%m-%d", "slash_ymd": "%Y/%m/%d", "dmy": "%d/%m/%Y", "dmy_short": "%d/%m/%y", "mdy": "%m/%d/%Y",
    "dash_dmy": "%d-%m-%Y", "dmon": "%d %b %Y", "dmon_dash": "%d-%b-%Y", "mon_d": "%b {d}, %Y",
    "d_month": "{d} %B %Y", "dot_dmy": "%d.%m.%Y",
}


def when(date: dt.date, rng: random.Random, patterns: list[str]) -> str:
    """``date`` in one of the named ``patterns``."""
    return date_text(date, DATE_PATTERNS[rng.choice(patterns)])


def outcome(rng: random.Random, failed: float = 0.12, pending: float = 0.08) -> str:
    """A payment's outcome: mostly success, a share failed or pending."""
    draw = rng.random()
    return "failed" if draw < failed else "pending" if draw < failed + pending else "success"


def wrapped(text: str, width: int) -> list[tuple]:
    """``text`` as left-aligned rows of at most ``width`` characters (a message bubble's lines)."""
    return [("left", line) for line in textwrap.wrap(text, width)]


def hexid(rng: random.Random, n: int) -> str:
    """``n`` lowercase hex digits."""
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def later(date: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    """A date ``low`` to ``high`` days after ``date`` (a due, event or appointment date, a distractor)."""
    return date + dt.timedelta(days=rng.randint(low, high))


def spread(rng: random.Random, low: float, high: float, round_to: float = 0.01) -> float:
    """A price between ``low`` and ``high`` drawn evenly on a log scale (small sums more often than large)."""
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    return round(round(value / round_to) * round_to, 2)
