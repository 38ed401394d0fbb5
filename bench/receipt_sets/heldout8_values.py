"""Values printed on the heldout8 receipts: amounts, dates, references, names and the outcome words."""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from datetime import datetime, timedelta
from decimal import Decimal

from bench.receipt_dataset import group_indian

UPPER_DIGITS = string.ascii_uppercase + string.digits
ALNUM = string.ascii_letters + string.digits

SHOPS = [
    "Sri Balaji Provision Stores",
    "Annapoorna Tiffin Centre",
    "Kumar Electricals",
    "Green Basket Mart",
    "Lakshmi Textiles",
    "New Bombay Bakery",
    "Royal Optics",
    "Shree Ganesh Hardware",
    "Cafe Mocha Point",
    "Fresh Farm Dairy",
    "Noor Mobile Gallery",
    "Kaveri Sweets",
    "Patel Stationery Mart",
    "Urban Tandoor",
    "Sunrise Fitness Studio",
    "Blue Lotus Salon",
    "Moti Mahal Caterers",
    "Janata Fruit Co",
]
PEOPLE = [
    "Priya Sharma",
    "Mohammed Irfan",
    "Anjali Deshpande",
    "Rakesh Kumar Yadav",
    "Sneha Iyer",
    "Vikram Singh",
    "Fatima Shaikh",
    "Arjun Menon",
    "Kavita Reddy",
    "Harpreet Kaur",
]
BANKS = [
    ("State Bank of India", "SBIN"),
    ("HDFC Bank", "HDFC"),
    ("ICICI Bank", "ICIC"),
    ("Axis Bank", "UTIB"),
    ("Kotak Mahindra Bank", "KKBK"),
    ("Punjab National Bank", "PUNB"),
    ("Bank of Baroda", "BARB"),
    ("Canara Bank", "CNRB"),
]
HANDLES = ["ybl", "okaxis", "okicici", "paytm", "upi", "axl", "ibl", "oksbi"]


def digits(r: random.Random, n: int) -> str:
    return str(r.randint(1, 9)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def code(r: random.Random, n: int, alphabet: str = UPPER_DIGITS) -> str:
    return "".join(r.choice(alphabet) for _ in range(n))


def utr(r: random.Random, when: datetime) -> str:
    """A 12-digit UPI / IMPS reference: year digit, day of year, hour, then a serial."""
    return f"{when.year % 10}{when.timetuple().tm_yday:03d}{when.hour:02d}" + digits(r, 6)


def vpa(r: random.Random, name: str) -> str:
    stem = "".join(ch for ch in name.lower() if ch.isalnum())[:12]
    return f"{stem}{r.choice(['', str(r.randint(1, 99))])}@{r.choice(HANDLES)}"


def masked(r: random.Random, n: int = 4, lead: str = "XXXX") -> str:
    return lead + digits(r, n)


def mobile(r: random.Random) -> str:
    return r.choice(["+91 ", "", "+91-"]) + str(r.randint(6, 9)) + digits(r, 9)


def gstin(r: random.Random) -> str:
    return (
        f"{r.randint(10, 36):02d}{code(r, 5, string.ascii_uppercase)}{r.randint(1000, 9999)}"
        f"{r.choice(string.ascii_uppercase)}1Z{r.choice(UPPER_DIGITS)}"
    )


def when(r: random.Random) -> datetime:
    start = datetime(2024, 1, 2, 7, 0)
    return start + timedelta(days=r.randint(0, 1000), minutes=r.randint(0, 14 * 60), seconds=r.randint(0, 59))


def outcome(r: random.Random, failed: float = 0.15, pending: float = 0.1) -> str:
    x = r.random()
    return "failed" if x < failed else "pending" if x < failed + pending else "success"


def amount(r: random.Random, lo: int, hi: int, paise: float = 0.5) -> Decimal:
    whole = r.randint(lo, hi)
    cents = r.randint(1, 99) if r.random() < paise else 0
    return Decimal(whole) + Decimal(cents) / 100


def truth_amount(a: Decimal) -> str:
    return f"{a:.2f}"


def _grouped(a: Decimal, indian: bool, decimals: str) -> str:
    whole = int(a)
    body = group_indian(whole) if indian else f"{whole:,}"
    if decimals == "never" and a == whole:
        return body
    return f"{body}.{round((a - whole) * 100):02d}"


def inr(
    r: random.Random,
    a: Decimal,
    *,
    symbols: tuple[str, ...] = ("₹", "₹ ", "Rs. ", "Rs ", "INR "),
    indian: float = 0.8,
) -> str:
    """Rupees as Indian receipts print them: a sign or code, Indian (mostly) or Western grouping."""
    decimals = r.choice(["always", "never"])
    return r.choice(symbols) + _grouped(a, r.random() < indian, decimals)


def inr_style(
    r: random.Random, symbols: tuple[str, ...] = ("₹", "Rs.", "Rs. ", "INR ")
) -> Callable[[Decimal], str]:
    """One document's way of printing rupees, used for every amount on it."""
    sign, indian, decimals = r.choice(symbols), r.random() < 0.8, r.choice(["always", "never"])
    return lambda a: sign + _grouped(a, indian, decimals)


def foreign_style(r: random.Random, currency: str) -> Callable[[Decimal], str]:
    """One document's way of printing dollars, pounds or euros."""
    seed = r.randrange(2**32)
    return lambda a: foreign(random.Random(seed), a, currency)


def foreign(r: random.Random, a: Decimal, currency: str) -> str:
    """Dollars, pounds or euros the way their home receipts print them."""
    body = _grouped(a, False, "always")
    if currency == "EUR":
        continental = body.replace(",", " ").replace(".", ",").replace(" ", ".")
        return r.choice([f"{continental} €", f"€{body}", f"EUR {continental}", f"{continental} EUR"])
    sign = {"USD": "$", "GBP": "£"}[currency]
    return r.choice([f"{sign}{body}", f"{sign} {body}", f"{currency} {body}"])


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def time_text(r: random.Random, t: datetime, *, seconds: bool | None = None) -> str:
    if seconds is None:
        seconds = r.random() < 0.4
    if r.random() < 0.5:
        return t.strftime("%H:%M:%S" if seconds else "%H:%M")
    h = t.hour % 12 or 12
    ampm = r.choice([("AM", "PM"), ("am", "pm")])[t.hour >= 12]
    return f"{h}:{t.minute:02d}{f':{t.second:02d}' if seconds else ''} {ampm}"


def date_text(r: random.Random, t: datetime, *, month_first: bool = False, style: str | None = None) -> str:
    """One of the printed date styles; numeric dates are day-first unless ``month_first`` (US)."""
    style = style or r.choice(["num/", "num-", "dmy", "mdy", "iso", "dmy-", "num."])
    mon = MONTHS[t.month - 1]
    d, m, y = f"{t.day:02d}", f"{t.month:02d}", str(t.year)
    if style in ("num/", "num-", "num."):
        sep = style[-1]
        return sep.join([m, d, y] if month_first else [d, m, y])
    if style == "dmy":
        return f"{t.day} {r.choice([mon, mon.upper(), t.strftime('%B')])} {y}"
    if style == "mdy":
        return f"{r.choice([mon, t.strftime('%B')])} {t.day}, {y}"
    if style == "dmy-":
        return f"{d}-{mon}-{y}"
    return f"{y}-{m}-{d}"


def stamp(r: random.Random, t: datetime, *, month_first: bool = False) -> str:
    """A date with its time in one of several orders."""
    dt, tm = date_text(r, t, month_first=month_first), time_text(r, t)
    return r.choice([f"{dt} {tm}", f"{dt}, {tm}", f"{tm} on {dt}", f"{dt} | {tm}"])
