"""Values for heldout13 receipts: money in several groupings, dates in several formats, ids, names."""

from __future__ import annotations

import datetime as dt
import random
import re

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MESES = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]


def pick_date(rng: random.Random) -> dt.date:
    """A day in 2025 or 2026."""
    return dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 690))


def show_date(day: dt.date, rng: random.Random, order: str) -> str:
    """Print a date the way a region does: order 'dmy' (India, LatAm, Egypt), 'mdy' (US) or 'ymd'."""
    if order == "mdy":
        return rng.choice([f"{day.month:02d}/{day.day:02d}/{day.year}", f"{day.month}/{day.day}/{day.year % 100:02d}",
                           f"{MONTHS[day.month - 1]} {day.day}, {day.year}"])
    if order == "ymd":
        return rng.choice([f"{day.year}/{day.month:02d}/{day.day:02d}", f"{day.isoformat()}"])
    return rng.choice([f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.day:02d}-{day.month:02d}-{day.year % 100:02d}",
                       f"{day.day:02d}-{MONTHS[day.month - 1]}-{day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}",
                       f"{day.day} {MONTHS[day.month - 1]} {day.year}"])


def show_date_es(day: dt.date, rng: random.Random) -> str:
    """A Spanish-language date."""
    return rng.choice([f"{day.day:02d}/{day.month:02d}/{day.year}", f"{day.day} {MESES[day.month - 1]} {day.year}",
                       f"{day.day:02d}-{day.month:02d}-{day.year}"])


def show_time(rng: random.Random) -> str:
    """A clock time, 24 h or 12 h."""
    hour, minute = rng.randint(0, 23), rng.randint(0, 59)
    if rng.random() < 0.5:
        return f"{hour:02d}:{minute:02d}"
    return f"{(hour % 12) or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}"


def group_western(value: int) -> str:
    """1,234,567"""
    return f"{value:,}"


def group_indian(value: int) -> str:
    """12,34,567: thousands, then pairs of digits."""
    text = str(value)
    lakhs = re.sub(r"(\d)(?=(\d\d)+$)", r"\1,", text[:-3])
    return f"{lakhs},{text[-3:]}" if lakhs else text


def money(cents: int, rng: random.Random, grouping: str, decimals: bool = True) -> str:
    """Print cents with 'western', 'indian', 'dot' (1.234,50) or 'plain' grouping."""
    whole, frac = divmod(cents, 100)
    if grouping == "indian":
        text = group_indian(whole)
    elif grouping == "dot":
        text = group_western(whole).replace(",", ".")
    elif grouping == "plain":
        text = str(whole)
    else:
        text = group_western(whole)
    if not decimals:
        return text
    return f"{text}{',' if grouping == 'dot' else '.'}{frac:02d}"


def truth_amount(cents: int) -> str:
    """The truth form: 1234.50"""
    return f"{cents // 100}.{cents % 100:02d}"


def digits(rng: random.Random, n: int) -> str:
    """n digits, no leading zero."""
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def code(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
    """n characters of an upper-case code."""
    return "".join(rng.choice(alphabet) for _ in range(n))


def chance(rng: random.Random, p: float) -> bool:
    """True with probability p."""
    return rng.random() < p


INDIAN_PEOPLE = ["RAMESH KUMAR", "Sunita Devi", "LAKSHMI NARAYANAN", "Gurpreet Singh", "ANJALI PATIL",
                 "Mohd Irfan", "SAVITRI BAI", "Venkatesh Rao", "Kavita Yadav", "BHARAT PARMAR"]
INDIAN_SHOPS = ["SRI BALAJI KIRANA", "Maa Durga Tea Stall", "NEW ANAND MEDICALS", "Sai Krupa Vegetables",
                "GANESH PAN CENTRE", "Royal Mobile Recharge", "Shree Ram Flour Mill", "AL-AMEEN MEAT SHOP"]
