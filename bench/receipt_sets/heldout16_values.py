"""Printed values for the heldout16 receipts: glyph checks, more groupings, local month names, and names."""

from __future__ import annotations

import datetime as dt
import functools
import random

from bench.receipt_sets.heldout14_render import load_font
from bench.receipt_sets.heldout14_values import money

MISSING = "\U0010fffd"  # a private-use code point no face draws: its box is the face's "missing glyph"


@functools.lru_cache(maxsize=None)
def has_glyph(font: str, char: str) -> bool:
    """Whether ``font`` draws ``char`` (rather than its missing-glyph box)."""
    face = load_font(font, 24)
    drawn, missing = face.getmask(char), face.getmask(MISSING)
    return drawn.size != missing.size or bytes(drawn) != bytes(missing)


def mark(font: str, symbol: str, fallback: str) -> str:
    """``symbol`` when every glyph of it is in ``font``, else the plain ``fallback`` (an ISO code or "Rs.")."""
    return symbol if all(has_glyph(font, char) for char in symbol) else fallback


def grouped(value: float, style: str, decimals: int = 2) -> str:
    """``value`` in ``money``'s styles plus "space" (1 234,56) and "spacedot" (1 234.56); no cents if asked."""
    if style in ("space", "spacedot"):
        whole, cents = f"{value:.2f}".split(".")
        text = f"{int(whole):,}".replace(",", " ")
        point = "," if style == "space" else "."
    else:
        text = money(value, style)
        if decimals:
            return text
        return text[:-3]
    return text if not decimals else f"{text}{point}{cents}"


MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "pl": ["stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
           "października", "listopada", "grudnia"],
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"],
    "hu": ["január", "február", "március", "április", "május", "június", "július", "augusztus", "szeptember",
           "október", "november", "december"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
           "outubro", "novembro", "dezembro"],
}


def month_name(date: dt.date, language: str) -> str:
    """The month of ``date`` in ``language`` (the genitive where the language prints one after a day)."""
    return MONTHS[language][date.month - 1]


def later(date: dt.date, rng: random.Random, low: int, high: int) -> dt.date:
    """A date ``low`` to ``high`` days after ``date`` (negative for before): a due, print or start date."""
    return date + dt.timedelta(days=rng.randint(low, high))


def pick(rng: random.Random, *options):
    """One of ``options``."""
    return rng.choice(options)
