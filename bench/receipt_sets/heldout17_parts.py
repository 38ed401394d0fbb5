"""Shared pieces of the heldout17 layouts: glyph checks, amounts with their currency, dates and outcomes."""

from __future__ import annotations

import datetime as dt
import functools
import random

from bench.receipt_sets.heldout14_render import load_font
from bench.receipt_sets.heldout14_values import clock, date_text, money, shown

DAY_FIRST = ["%d/%m/%Y", "%d %B %Y", "%d-%b-%Y", "%d.%m.%Y", "%Y-%m-%d", "%d %b %Y", "{d} %b %Y"]
US_DATES = ["%m/%d/%Y", "%B {d}, %Y", "%b {d}, %Y", "%Y-%m-%d", "%m-%d-%Y"]


@functools.lru_cache(maxsize=None)
def has_glyph(font: str, char: str) -> bool:
    """Whether ``font`` draws ``char`` (its mask differs from the face's missing-glyph box)."""
    face = load_font(font, 24)
    return bytes(face.getmask(char)) != bytes(face.getmask("\U0010fffd"))


def mark(font: str, symbol: str, iso: str) -> str:
    """``symbol`` where the font has it, else the ISO code."""
    return symbol if all(has_glyph(font, char) for char in symbol) else iso


def whole_money(value: float, grouping: str) -> str:
    """A whole amount (yen, won) with thousands grouped."""
    text = f"{int(round(value)):,}"
    return text.replace(",", ".") if grouping == "european" else text


def amount_text(
    rng: random.Random,
    font: str,
    value: float,
    iso: str,
    symbol: str,
    grouping: str,
    symbol_tells: bool,
    whole: bool = False,
) -> tuple[str, str | None]:
    """``value`` printed with a mark, a code or neither, and the currency that can be told from it."""
    number = whole_money(value, grouping) if whole else money(value, grouping)
    form = rng.choice(["mark", "mark", "code", "suffix", "bare"])
    if form == "mark":
        shown_mark = mark(font, symbol, iso)
        told = iso if shown_mark == iso or symbol_tells else None
        return (f"{shown_mark} {number}" if shown_mark == iso else f"{shown_mark}{number}"), told
    if form == "code":
        return f"{iso} {number}", iso
    if form == "suffix":
        return f"{number} {iso}", iso
    return number, None


def when_text(rng: random.Random, when: dt.date, patterns: list[str]) -> str:
    """``when`` in one of ``patterns``."""
    return date_text(when, rng.choice(patterns))


def payment_date(
    rng: random.Random,
    rows: list[tuple],
    labels: list[str],
    when: dt.date,
    patterns: list[str],
    p_absent: float = 0.15,
) -> dt.date | None:
    """Print the payment date (sometimes with the time) most times; the date printed, if any."""
    if not shown(rng, p_absent):
        return None
    stamp = when_text(rng, when, patterns) + (
        f" {clock(rng, rng.random() < 0.4)}" if rng.random() < 0.5 else ""
    )
    rows.append(("pair", rng.choice(labels), stamp))
    return when


def outcome(rng: random.Random, weights: tuple[int, int, int] = (7, 2, 1)) -> str:
    """success, failed or pending."""
    return rng.choices(["success", "failed", "pending"], weights)[0]


def headline(rng: random.Random, result: str, words: dict[str, list[str]]) -> str:
    """One wording of ``result`` from ``words``."""
    return rng.choice(words[result])


def announce(rng: random.Random, rows: list[tuple], result: str, words: dict[str, list[str]]) -> None:
    """Print the outcome in one of ``words`` most times (some pages state none)."""
    if shown(rng):
        rows.append(("center", headline(rng, result, words)))


EN_WORDS = {
    "success": [
        "Payment Successful",
        "Payment Complete",
        "Paid",
        "Transaction Approved",
        "Thank you - payment received",
    ],
    "failed": ["Payment Failed", "Payment Declined", "Transaction Unsuccessful", "Declined"],
    "pending": ["Payment Pending", "Processing", "Payment in progress", "Awaiting confirmation"],
}


def references(
    rng: random.Random, rows: list[tuple], ranked: list[tuple[list[str], str, float]]
) -> str | None:
    """Print each reference (labels, value, chance left off), strongest first; the strongest printed one."""
    printed = [value for labels, value, p_absent in ranked if _print(rng, rows, labels, value, p_absent)]
    return printed[0] if printed else None


def distractors(
    rng: random.Random, rows: list[tuple], pool: list[tuple[list[str], str]], most: int = 3
) -> None:
    """Print one to ``most`` of the numbers that are not the answer (accounts, terminals, balances)."""
    for labels, value in rng.sample(pool, rng.randint(1, min(most, len(pool)))):
        rows.append(("pair", rng.choice(labels), value))


def _print(rng: random.Random, rows: list[tuple], labels: list[str], value: str, p_absent: float) -> bool:
    if rng.random() < p_absent:
        return False
    rows.append(("pair", rng.choice(labels), value))
    return True


def truth(merchant, value, currency, reference, when, method, result) -> dict:
    """The truth fields of one receipt."""
    return {
        "merchant_name": merchant,
        "amount": None if value is None else f"{value:.2f}",
        "currency": currency,
        "transaction_id": reference,
        "date": None if when is None else when.isoformat(),
        "payment_method": method,
        "status": result,
    }
