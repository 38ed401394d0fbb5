"""A second held-out receipt set, ``heldout2``, written apart from the parser and scored only once, at the end.

``bench/receipt_eval_set.py`` was written by the same hand as the parser's label lexicon, so its
held-out split can share the parser's blind spots. This set was written without reading the
parser or its lexicon, from how receipts issued in India, the US, the UK and the euro area look:
twelve layout families that set does not have (Amazon Pay-, CRED- and MobiKwik-style app screens,
bank SMS alerts as phone screenshots, fuel-pump slips, pharmacy bills, hotel folios, rail and air
e-tickets, insurance premium receipts, supermarket till slips, emailed Stripe/PayPal/Razorpay-style
receipts, SEPA/BACS/Faster Payments transfer confirmations), its own label wordings, its own
renderer (two-column tables, right-aligned values, values under their labels, padded monospace
lines, banners, chat bubbles) and fonts that set does not draw (DejaVu Condensed, DejaVu Serif
Condensed, Liberation Sans Narrow, Noto Sans/Serif Display, Noto Mono, FreeSans Oblique,
DejaVu Serif), ₹/Rs/INR/$/€/£ with Indian, Western and continental (1.234,56) grouping, a dozen
date styles, and a degraded copy of every receipt with its own degradation ranges.

The truth follows ``bench/receipt_eval_set.py``: amount "1234.50", ISO currency and date,
payment_method in {UPI, card, netbanking, wallet, cash}, status in {success, failed, pending},
``None`` for a field with nothing on the page a reader would take for it. Each page prints its
id beside numbers that are not one (PNRs, policy numbers, GSTINs, vehicle numbers, batch numbers,
IBANs, sort codes, TID/MID, card last-4, phone numbers, balances, item prices).
"""

from __future__ import annotations

import math
import random
import re
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from bench.receipt_dataset import ReceiptTruth, group_indian
from bench.receipt_eval_set import EvalReceipt, jpeg_roundtrip
from bench.receipt_eval_set import _code
from bench.receipt_eval_set import _digits as _num

SPLIT = "heldout2"
SEED = 26_021_113

FAMILIES = ("amazonpay_screen", "cred_screen", "mobikwik_screen", "bank_sms", "fuel_slip", "pharmacy_bill",
            "hotel_folio", "e_ticket", "insurance_receipt", "till_slip", "emailed_receipt", "bank_transfer")
SCREEN_FAMILIES = {"amazonpay_screen", "cred_screen", "mobikwik_screen", "bank_sms", "emailed_receipt",
                   "bank_transfer", "e_ticket"}
MONO_FAMILIES = {"fuel_slip", "till_slip"}

_FONT_ROOT = Path("/usr/share/fonts/truetype")
# name: (regular, bold or None for a stroked regular, monospace?)
FONT_FILES: dict[str, tuple[str, str | None, bool]] = {
    "dejavu_condensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf", False),
    "dejavu_serif_condensed": ("dejavu/DejaVuSerifCondensed.ttf", "dejavu/DejaVuSerifCondensed-Bold.ttf", False),
    "dejavu_serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf", False),
    "liberation_narrow": ("liberation/LiberationSansNarrow-Regular.ttf", "liberation/LiberationSansNarrow-Bold.ttf",
                          False),
    "noto_display": ("noto/NotoSansDisplay-Regular.ttf", "noto/NotoSansDisplay-Bold.ttf", False),
    "noto_serif_display": ("noto/NotoSerifDisplay-Regular.ttf", "noto/NotoSerifDisplay-Bold.ttf", False),
    "freesans_oblique": ("freefont/FreeSansOblique.ttf", "freefont/FreeSansBoldOblique.ttf", False),
    "noto_mono": ("noto/NotoMono-Regular.ttf", None, True),
    "liberation_mono_v1": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf", True),
    "freemono_bold": ("freefont/FreeMonoBold.ttf", "freefont/FreeMonoBold.ttf", True),
}
PROP_FONTS = tuple(k for k, v in FONT_FILES.items() if not v[2])
MONO_FONTS = tuple(k for k, v in FONT_FILES.items() if v[2])

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_FULL = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
DAYS_FULL = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
ALNUM = "ABCDEFGHJKMNPRSTUVWXYZ23456789"

IN_SHOPS = ["Gupta Medical Hall", "Om Sai Medicos", "Jan Aushadhi Kendra", "Sanjivani Chemists",
            "Shree Ganesh Pharmacy", "Noble Plus Pharmacy", "Kaveri Provision Stores", "Hotel Annapoorna",
            "Ganga Sweets and Namkeen", "Zudio Fashion", "Blinkit", "Swiggy Instamart", "Cafe Coffee Day",
            "Udupi Krishna Bhavan", "Patel Brothers Hardware", "Mahalaxmi Jewellers", "Reliance Smart Bazaar",
            "Croma Retail", "Bata Showroom", "Lakme Salon"]
IN_PEOPLE = ["Ananya Kulkarni", "Rohit Deshpande", "Farhan Qureshi", "Meenakshi Sundaram", "Gurpreet Kaur",
             "Siddharth Menon", "Pooja Chatterjee", "Vikram Rathore", "Deepa Nambiar", "Imran Sheikh"]
IN_FUEL = ["Jayant Fuel Centre", "Sai Krupa Service Station", "Highway Auto Fuels", "Ashirwad Petroleum",
           "Green Park Filling Station", "Shiv Shakti Fuel Point"]
WEST_FUEL = ["Riverside Service Station", "Maple Road Gas", "Esso Eastgate Services", "Station Total Lyon Sud",
             "Aral Tankstelle Nord", "Murphy Express"]
IN_HOTELS = ["Hotel Surya Residency", "The Lalit Grand", "Ginger Hotel Andheri", "Lemon Tree Premier",
             "Hotel Sea Princess", "Treebo Trend Amber"]
WEST_HOTELS = ["Premier Inn Leeds City", "Holiday Inn Express Boston", "Hotel Ibis Paris Gare du Nord",
               "The Grand Hotel Brighton", "Motel One Berlin", "Hampton Inn Denver"]
IN_INSURERS = ["Star Health and Allied Insurance", "HDFC Life Insurance", "ICICI Lombard General Insurance",
               "Life Insurance Corporation of India", "Niva Bupa Health Insurance", "Tata AIG General Insurance"]
WEST_INSURERS = ["Aviva Insurance", "Direct Line", "Allianz Versicherung", "State Farm", "AXA Assurance"]
WEST_SHOPS = ["Sainsburys Local", "Co-op Food", "Albert Heijn", "Lidl", "Kroger", "Safeway", "Waitrose",
              "Rewe Markt", "Esselunga", "Aldi Sud", "Walgreens", "Morrisons"]
WEST_BUSINESSES = ["Figma Inc", "Notion Labs", "Bright Yoga Studio", "Northwind Coffee Roasters", "Acme Hosting",
                   "Loom Design Co", "Harbour Bikes"]
WEST_PEOPLE = ["Oliver Bennett", "Sophie Martin", "Lukas Schneider", "Emma Collins", "Giulia Romano",
               "Daniel Okafor", "Chloe Dubois"]
AIRLINES_IN = ["IndiGo", "Air India", "Akasa Air", "SpiceJet"]
AIRLINES_WEST = ["British Airways", "Lufthansa", "easyJet", "Delta Air Lines", "KLM"]
RAIL = ["IRCTC", "Indian Railways"]
APP_BANKS = ["HDFC Bank", "ICICI Bank", "SBI", "Axis Bank", "Kotak Bank", "Yes Bank", "IDFC First Bank"]
SMS_SENDERS = ["AD-HDFCBK", "VM-ICICIT", "JD-SBIUPI", "AX-AXISBK", "VK-KOTAKB", "BZ-IDFCFB"]
GROCERY = ["Semi Skimmed Milk", "Sourdough Loaf", "Free Range Eggs", "Bananas Loose", "Cheddar 400g",
           "Orange Juice 1L", "Pasta Fusilli", "Tomatoes", "Greek Yoghurt", "Coffee Beans", "Dish Soap", "Apples"]
MEDICINES = ["Paracetamol 650mg", "Azithromycin 500", "Pantoprazole 40", "Cetirizine 10mg", "Vitamin D3 60K",
             "ORS Sachet", "Amoxicillin 250", "Cough Syrup 100ml", "Metformin 500", "Bandage Roll"]


# ---------------------------------------------------------------- values


def _alnum(rng: random.Random, n: int) -> str:
    return _code(rng, n, ALNUM)


def _western_group(whole: int, sep: str) -> str:
    return f"{whole:,}".replace(",", sep)


def money_text(rng: random.Random, amount: Decimal, currency: str, *, rupee: bool, decimals_optional: bool = True) -> str:
    """How the amount is printed: symbol or code, Indian/Western/continental grouping, sometimes no paise."""
    whole, cents = int(amount), int((amount - int(amount)) * 100)
    drop = decimals_optional and cents == 0 and rng.random() < 0.35
    if currency == "INR":
        grouped = group_indian(whole) if rng.random() < 0.85 else str(whole)
        num = grouped if drop else f"{grouped}.{cents:02d}"
        forms = ["Rs.{}", "Rs {}", "INR {}", "Rs. {}/-" if drop else "Rs. {}", "{} INR"]
        if rupee:
            forms += ["₹{}", "₹ {}", "₹{}"]
        return rng.choice(forms).format(num)
    if currency == "EUR" and rng.random() < 0.6:  # continental: 1.234,56 or 1 234,56
        grouped = _western_group(whole, rng.choice([".", " ", ""]))
        num = f"{grouped},{cents:02d}"
        return rng.choice(["{} €", "{}€", "€ {}", "EUR {}", "{} EUR"]).format(num)
    grouped = _western_group(whole, ",") if rng.random() < 0.85 else str(whole)
    num = grouped if drop else f"{grouped}.{cents:02d}"
    sym = {"USD": "$", "EUR": "€", "GBP": "£"}[currency]
    forms = [sym + "{}", sym + "{}", currency + " {}", "{} " + currency]
    if currency == "USD":
        forms.append("US$ {}")
    return rng.choice(forms).format(num)


def plain_money(amount: Decimal, currency: str, *, continental: bool = False) -> str:
    """An item price or a distractor: digits only, with the receipt's own grouping and decimal mark."""
    whole, cents = int(amount), int((amount - int(amount)) * 100)
    if currency == "INR":
        return f"{group_indian(whole)}.{cents:02d}"
    if continental:
        return f"{_western_group(whole, '.')},{cents:02d}"
    return f"{whole:,}.{cents:02d}"


def _time_text(rng: random.Random, hh: int, mm: int, ss: int, *, us: bool) -> str:
    h12 = hh % 12 or 12
    ampm = "AM" if hh < 12 else "PM"
    forms = [f"{hh:02d}:{mm:02d}", f"{hh:02d}:{mm:02d}:{ss:02d}", f"{h12}:{mm:02d} {ampm}",
             f"{h12:02d}:{mm:02d}:{ss:02d} {ampm.lower()}"]
    if us:
        forms = forms[2:] + forms[2:3]
    return rng.choice(forms)


def date_text(rng: random.Random, d: date, *, locale: str, time: bool) -> str:
    """A date as the issuer would print it; ``locale`` us prints month first in numeric styles."""
    us = locale == "us"
    dd, mm, yy, yyyy = d.day, d.month, d.year % 100, d.year
    mon, month = MONTHS[mm - 1], MONTHS_FULL[mm - 1]
    wd, wdf = DAYS[d.weekday()], DAYS_FULL[d.weekday()]
    nth = "th" if 11 <= dd <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(dd % 10, "th")
    numeric = [f"{mm:02d}/{dd:02d}/{yyyy}", f"{mm}/{dd}/{yy:02d}", f"{mm:02d}-{dd:02d}-{yy:02d}"] if us else \
        [f"{dd:02d}/{mm:02d}/{yyyy}", f"{dd:02d}/{mm:02d}/{yy:02d}", f"{dd:02d}-{mm:02d}-{yyyy}",
         f"{dd:02d}.{mm:02d}.{yyyy}", f"{dd:02d}.{mm:02d}.{yy:02d}"]
    textual = [f"{dd} {mon} {yyyy}", f"{dd:02d}-{mon}-{yy:02d}", f"{dd:02d}{mon.upper()}{yy:02d}",
               f"{wd}, {dd:02d} {mon} {yyyy}", f"{wdf}, {dd} {month} {yyyy}", f"{dd}{nth} {month} {yyyy}",
               f"{mon} {dd}, {yyyy}", f"{month} {dd}, {yyyy}", f"{wd} {mon} {dd} {yyyy}", f"{dd:02d} {mon.upper()} {yyyy}",
               f"{yyyy}-{mm:02d}-{dd:02d}"]
    text = rng.choice(numeric) if rng.random() < 0.4 else rng.choice(textual)
    if time:
        t = _time_text(rng, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59), us=us)
        text += rng.choice([" " + t, ", " + t, " | " + t, " at " + t, "  " + t])
    return text


# ---------------------------------------------------------------- rendering


@lru_cache(maxsize=512)
def _font(name: str, size: int, bold: bool) -> ImageFont.FreeTypeFont:
    regular, bold_file, _ = FONT_FILES[name]
    path = bold_file if bold and bold_file else regular
    return ImageFont.truetype(str(_FONT_ROOT / path), size)


@lru_cache(maxsize=64)
def has_glyph(name: str, ch: str) -> bool:
    f = _font(name, 28, False)

    def ink(c: str) -> bytes:
        img = Image.new("L", (64, 64), 0)
        ImageDraw.Draw(img).text((4, 4), c, font=f, fill=255)
        return img.tobytes()

    return ink(ch) != ink("\uffff")


class Page:
    """Draws lines top to bottom on a tall canvas and crops it at the end."""

    def __init__(self, width: int, font: str, size: int, *, bg=(255, 255, 255), fg=(25, 25, 25),
                 grey=(110, 110, 110), margin: int | None = None) -> None:
        self.width, self.font, self.size = width, font, size
        self.bg, self.fg, self.grey = bg, fg, grey
        self.margin = margin if margin is not None else max(22, width // 18)
        self.img = Image.new("RGB", (width, 5000), bg)
        self.draw = ImageDraw.Draw(self.img)
        self.y = self.margin
        self.stroke_bold = FONT_FILES[font][1] is None

    @property
    def inner(self) -> int:
        return self.width - 2 * self.margin

    def fit(self, text: str, scale: float, bold: bool, avail: float) -> ImageFont.FreeTypeFont:
        size = max(10, round(self.size * scale))
        f = _font(self.font, size, bold)
        while size > 10 and self.draw.textlength(text, font=f) > avail:
            size -= 1
            f = _font(self.font, size, bold)
        return f

    def _put(self, xy: tuple[float, float], text: str, f: ImageFont.FreeTypeFont, bold: bool, color) -> None:
        sw = 1 if bold and self.stroke_bold else 0
        self.draw.text(xy, text, font=f, fill=color, stroke_width=sw, stroke_fill=color)

    def step(self, scale: float = 1.0) -> None:
        self.y += round(self.size * scale * 1.5)

    def text(self, s: str, align: str = "l", scale: float = 1.0, bold: bool = False, color=None,
             indent: float = 0.0) -> None:
        avail = self.inner - indent
        f = self.fit(s, scale, bold, avail)
        w = self.draw.textlength(s, font=f)
        x = {"l": self.margin + indent, "c": (self.width - w) / 2, "r": self.width - self.margin - w}[align]
        self._put((x, self.y), s, f, bold, color or self.fg)
        self.step(scale)

    def cols(self, cells: list[str], xs: list[float], aligns: str, scale: float = 1.0, bold: bool = False,
             color=None) -> None:
        """Cells starting at fractions ``xs``; an ``r`` cell ends where the next column starts."""
        edges = [self.margin + x * self.inner for x in xs] + [self.width - self.margin]
        size = round(self.size * scale)
        while size > 10:
            fonts = [_font(self.font, size, bold)] * len(cells)
            if all(self.draw.textlength(c, font=fonts[i]) <= edges[i + 1] - edges[i] - self.size * 0.4
                   for i, c in enumerate(cells)):
                break
            size -= 1
        f = _font(self.font, size, bold)
        for i, cell in enumerate(cells):
            if aligns[i] == "r":
                x = edges[i + 1] - self.draw.textlength(cell, font=f) - (self.size * 0.2 if i + 1 < len(cells) else 0)
            else:
                x = edges[i]
            self._put((x, self.y), cell, f, bold, color or self.fg)
        self.step(scale)

    def pair(self, label: str, value: str, style: str, scale: float = 1.0, bold_value: bool = False) -> None:
        """A label and its value: ``lr`` right-aligned value, ``colon`` inline, ``tab`` aligned column,
        ``below`` value on the next line, ``pad`` monospace padding."""
        if style in {"lr", "tab"} and not self._fits_beside(label, value, scale, style):
            style = "below"  # a long value goes under its label rather than shrinking out of sight
        if style == "lr":
            fl = self.fit(label, scale, False, self.inner * 0.55)
            fv = self.fit(value, scale, bold_value, self.inner - self.draw.textlength(label, font=fl) - self.size)
            self._put((self.margin, self.y), label, fl, False, self.fg)
            self._put((self.width - self.margin - self.draw.textlength(value, font=fv), self.y), value, fv,
                      bold_value, self.fg)
            self.step(scale)
        elif style == "colon":
            self.text(f"{label}{'' if label.endswith(':') else ':'} {value}", scale=scale, bold=bold_value)
        elif style == "tab":
            self.cols([label, ": " + value], [0.0, 0.42], "ll", scale=scale)
        elif style == "below":
            self.text(label, scale=scale * 0.8, color=self.grey)
            self.y -= round(self.size * scale * 0.3)
            self.text(value, scale=scale * 1.05, bold=True)
        elif style == "pad":
            f = _font(self.font, round(self.size * scale), bold_value)
            per = max(1.0, self.draw.textlength("M", font=f))
            n = int(self.inner / per) - 1
            gap = max(1, n - len(label) - len(value))
            self.text(label + " " * gap + value, scale=scale, bold=bold_value)
        else:
            raise KeyError(style)

    def _fits_beside(self, label: str, value: str, scale: float, style: str) -> bool:
        f = _font(self.font, round(self.size * scale), True)
        room = self.inner * 0.58 - self.size * 0.8 if style == "tab" else \
            self.inner - self.draw.textlength(label, font=f) - self.size
        return self.draw.textlength(value, font=f) <= room

    def rule(self, style: str = "solid") -> None:
        y = self.y + round(self.size * 0.4)
        if style == "solid":
            self.draw.line((self.margin, y, self.width - self.margin, y), fill=self.grey, width=1)
        elif style == "dashed":
            x = self.margin
            while x < self.width - self.margin:
                self.draw.line((x, y, min(x + 8, self.width - self.margin), y), fill=self.grey, width=1)
                x += 14
        elif style == "double":
            self.draw.line((self.margin, y - 2, self.width - self.margin, y - 2), fill=self.fg, width=1)
            self.draw.line((self.margin, y + 2, self.width - self.margin, y + 2), fill=self.fg, width=1)
        self.y += round(self.size * 0.9)

    def gap(self, k: float = 0.6) -> None:
        self.y += round(self.size * k)

    def banner(self, text: str, fill, color=(255, 255, 255), scale: float = 1.2, align: str = "l") -> None:
        h = round(self.size * scale * 2.2)
        top = self.y
        self.draw.rectangle((0, top, self.width, top + h), fill=fill)
        f = self.fit(text, scale, True, self.inner)
        w = self.draw.textlength(text, font=f)
        x = self.margin if align == "l" else (self.width - w) / 2
        self._put((x, top + round(h * 0.22)), text, f, True, color)
        self.y = top + h + round(self.size * 0.6)

    def icon(self, kind: str, color) -> None:
        """A round status mark (tick, cross or clock) above its status text."""
        r = round(self.size * 1.3)
        cx, cy = self.width // 2, self.y + r
        self.draw.ellipse((cx - r, cy - r, cx + r, cy + r), fill=color)
        w = max(3, r // 5)
        white = (255, 255, 255)
        if kind == "success":
            self.draw.line((cx - r * 0.45, cy, cx - r * 0.1, cy + r * 0.38, cx + r * 0.5, cy - r * 0.35), fill=white,
                           width=w)
        elif kind == "failed":
            self.draw.line((cx - r * 0.4, cy - r * 0.4, cx + r * 0.4, cy + r * 0.4), fill=white, width=w)
            self.draw.line((cx - r * 0.4, cy + r * 0.4, cx + r * 0.4, cy - r * 0.4), fill=white, width=w)
        else:
            self.draw.ellipse((cx - r * 0.55, cy - r * 0.55, cx + r * 0.55, cy + r * 0.55), outline=white, width=w)
            self.draw.line((cx, cy, cx, cy - r * 0.4, ), fill=white, width=w)
            self.draw.line((cx, cy, cx + r * 0.3, cy), fill=white, width=w)
        self.y += 2 * r + round(self.size * 0.5)

    def box(self, top: int, fill=None, outline=None) -> None:
        """An outline around what was drawn since ``top`` (a card on an app screen)."""
        self.draw.rounded_rectangle((self.margin // 2, top - self.size // 2, self.width - self.margin // 2,
                                     self.y + self.size // 4), radius=self.size // 2, outline=outline or self.grey,
                                    width=1, fill=fill)

    def wrapped(self, text: str, x0: int, x1: int, scale: float = 1.0, color=None) -> None:
        f = _font(self.font, round(self.size * scale), False)
        line = ""
        for word in text.split(" "):
            trial = (line + " " + word).strip()
            if self.draw.textlength(trial, font=f) > x1 - x0 and line:
                self._put((x0, self.y), line, f, False, color or self.fg)
                self.step(scale)
                line = word
            else:
                line = trial
        if line:
            self._put((x0, self.y), line, f, False, color or self.fg)
            self.step(scale)

    def finish(self) -> Image.Image:
        return self.img.crop((0, 0, self.width, self.y + self.margin))


# ---------------------------------------------------------------- receipts


class Receipt:
    """One receipt being drawn: its truth, what to print for each field, and the chosen wordings."""

    def __init__(self, rng: random.Random, family: str, font: str, truth: ReceiptTruth, when: date,
                 locale: str) -> None:
        self.rng, self.family, self.font, self.t, self.when, self.locale = rng, family, font, truth, when, locale
        rupee = has_glyph(font, "₹")
        self.amount = Decimal(truth.amount or "0")
        self.currency = truth.currency or "INR"
        self.money = money_text(rng, self.amount, self.currency, rupee=rupee)
        self.dt = date_text(rng, when, locale=locale, time=rng.random() < 0.55) if truth.date else ""
        self.bullet = "•" if has_glyph(font, "•") else "X"
        self.text_px = 20  # the body text size of the page, set when it is drawn
        self.rail = False  # an e-ticket for a train, not a flight
        self.settled = truth.status not in {"failed", "pending"}  # no "amount paid" beside a failed payment
        self.continental = truth.currency == "EUR" and re.search(r",\d\d(\D|$)", self.money) is not None

    def plain(self, amount: Decimal) -> str:
        return plain_money(amount, self.currency, continental=self.continental)

    def page(self, width: int, size: int, **colours) -> Page:
        self.text_px = size
        return Page(width, self.font, size, **colours)

    def pick(self, options: list[str]) -> str:
        return self.rng.choice(options)

    def case(self, label: str) -> str:
        r = self.rng.random()
        return label.upper() if r < 0.25 else label

    def card_mask(self) -> str:
        last4 = _num(self.rng, 4)
        b = self.bullet
        return self.pick([f"XXXX XXXX XXXX {last4}", f"{b * 4} {last4}", f"ending {last4}", f"xx{last4}",
                          f"************{last4}"])

    def status_words(self) -> str:
        s = self.t.status
        return self.pick({
            "success": ["Payment successful", "Paid", "Approved", "AUTHORISED", "Transaction complete",
                        "Payment received", "Successful", "Your payment was successful", "Payment completed",
                        "Payment accepted"],
            "failed": ["Payment failed", "Declined", "Transaction declined", "NOT AUTHORISED", "Unsuccessful",
                       "Payment could not be completed", "Rejected by bank", "Transaction failed"],
            "pending": ["Pending", "Processing", "Payment in progress", "Awaiting confirmation from bank",
                        "Under process", "In process", "Payment pending"],
        }[s])


STATUS_COLOURS = {"success": (22, 140, 70), "failed": (200, 40, 40), "pending": (225, 150, 20)}


def _upi_vpa(rng: random.Random, name: str) -> str:
    slug = "".join(ch for ch in name.lower().split()[0] if ch.isalpha())
    return f"{slug}{rng.randint(1, 999)}@{rng.choice(['okhdfcbank', 'ybl', 'paytm', 'axl', 'ibl', 'okicici'])}"


def _app_screen(r: Receipt, app: str, accent) -> Image.Image:
    t, rng = r.t, r.rng
    dark = app == "CRED" or rng.random() < 0.2
    bg, fg, grey = ((14, 14, 16), (236, 236, 236), (150, 150, 150)) if dark else \
        ((255, 255, 255), (20, 20, 24), (110, 110, 118))
    p = r.page(rng.randint(600, 720), rng.randint(24, 29), bg=bg, fg=fg, grey=grey)
    p.text(f"{rng.randint(7, 11)}:{rng.randint(10, 59)}", "l", 0.7, color=grey)
    if app == "CRED":
        p.text("CRED", "l", 1.3, bold=True)
    elif app == "Amazon Pay":
        p.banner("amazon pay", (35, 47, 62), scale=1.1)
    else:
        p.banner("MobiKwik", accent, scale=1.1, align="c")
    p.gap(0.8)
    if t.status:
        p.icon(t.status, STATUS_COLOURS[t.status])
        p.text(r.status_words(), "c", 1.15, bold=True)
    p.text(r.money, "c", 2.1, bold=True)
    if t.merchant_name:
        lab = r.pick(["Paid to", "Sent to", "Payment to", "To", "You paid", "Merchant"] if r.settled else
                     ["To", "Payment to", "Merchant"])
        if rng.random() < 0.6:
            p.text(lab, "c", 0.85, color=grey)
            p.text(t.merchant_name, "c", 1.15, bold=True)
        else:
            p.text(f"{lab} {t.merchant_name}", "c", 1.0)
        if t.payment_method == "UPI" and rng.random() < 0.6:
            p.text(_upi_vpa(rng, t.merchant_name), "c", 0.8, color=grey)
    if t.date:
        p.text(r.dt, "c", 0.85, color=grey)
    p.gap(0.8)
    top = p.y
    style = rng.choice(["lr", "below", "below", "tab"])
    if t.transaction_id:
        if t.payment_method == "UPI":
            lab = r.pick(["UPI transaction ID", "UPI Ref. No", "Bank reference no.", "UPI reference", "RRN",
                          "Transaction reference"])
        else:
            lab = r.pick(["Transaction ID", "Order ID", "Txn. ref", "Payment reference", "Reference ID"])
        p.pair(lab, t.transaction_id, style, 0.95)
    if t.payment_method:
        lab = r.pick(["Paid using", "Payment method", "Debited from", "Paid via", "Source"])
        bank = rng.choice(APP_BANKS)
        val = {"UPI": r.pick([f"{bank} UPI  xx{_num(rng, 4)}", f"UPI - {bank}", f"BHIM UPI ({bank})"]),
               "wallet": r.pick([f"{app} Balance", f"{app} Wallet", "Wallet balance"]),
               "card": r.pick([f"{bank} Credit Card {r.card_mask()}", f"Debit card {r.card_mask()}",
                               f"Visa card {r.card_mask()}"])}[t.payment_method]
        p.pair(lab, val, style, 0.95)
    if t.status == "success" and rng.random() < 0.5:  # a reward only follows a payment that went through
        p.pair(r.pick(["Cashback earned", "Rewards", "Coins earned"]), f"{rng.randint(1, 99)}", style, 0.95)
    p.box(top)
    p.gap(1.0)
    p.text(r.pick(["Need help? Contact us", "Share receipt", "Go to home", "View all transactions"]), "c", 0.8,
           color=grey)
    return p.finish()


def _bank_sms(r: Receipt) -> Image.Image:
    t, rng = r.t, r.rng
    p = r.page(rng.randint(620, 720), rng.randint(24, 28), bg=(246, 246, 248), fg=(20, 20, 20),
             grey=(120, 120, 125))
    sender = rng.choice(SMS_SENDERS)
    p.text(f"{rng.randint(7, 11)}:{rng.randint(10, 59)}", "l", 0.7, color=p.grey)
    p.text("< " + sender, "l", 1.05, bold=True)
    p.rule()
    if t.date:
        p.text(f"Text Message  {DAYS[r.when.weekday()]}, {r.when.day} {MONTHS[r.when.month - 1]}", "c", 0.75,
               color=p.grey)
    acct = f"A/c XX{_num(rng, 4)}" if rng.random() < 0.5 else f"a/c no. XXXXXXXX{_num(rng, 4)}"
    m = t.payment_method
    if m == "card":
        source = r.pick([f"Credit Card XX{_num(rng, 4)}", f"Debit Card ending {_num(rng, 4)}",
                         f"card no. XX{_num(rng, 4)}"])
    else:
        source = acct
    verb = {"success": r.pick(["debited from", "sent from", "spent on" if m == "card" else "debited from"]),
            "failed": "", "pending": ""}[t.status or "success"]
    parts: list[str] = []
    if t.status == "success":
        parts.append(f"{r.money} {verb} {source}")
    else:
        parts.append(f"Your {r.pick(['transaction', 'payment'])} of {r.money} from {source}")
    if t.merchant_name:
        if m == "UPI" and rng.random() < 0.5:
            parts.append(f"to VPA {_upi_vpa(rng, t.merchant_name)} ({t.merchant_name.upper()})")
        else:
            parts.append(f"{'at' if m == 'card' else 'to'} {t.merchant_name}")
    if t.date:
        parts.append(f"on {r.dt}")
    if m == "UPI":
        parts.append(r.pick(["via UPI", "through UPI", "(UPI)"]))
    elif m == "netbanking":
        parts.append(r.pick(["via NEFT", "by IMPS", "via Net Banking"]))
    if t.status == "failed":
        parts.append(r.pick(["has FAILED", "was declined", "could not be processed"]))
    elif t.status == "pending":
        parts.append(r.pick(["is pending", "is under process", "is awaiting confirmation"]))
    body = " ".join(parts) + "."
    if t.status == "success" and rng.random() < 0.4:
        body += " Txn successful."
    if t.status == "failed":
        body += " Amount, if debited, will be reversed in 3 working days."
    if t.transaction_id:
        lab = r.pick(["UPI Ref No", "UPI Ref:", "Ref No."] if m == "UPI" else ["Ref No.", "Txn ID:", "RRN", "Ref#"])
        body += f" {lab} {t.transaction_id}."
    if t.status == "success" and rng.random() < 0.6:
        body += f" Avl Bal: Rs.{group_indian(rng.randint(1000, 400000))}.{rng.randint(10, 99)}."
    body += r.pick([f" Not you? Call 1800{_num(rng, 7)}", f" If not done by you, SMS BLOCK {_num(rng, 4)} to "
                    f"{_num(rng, 10)}", f" Not you? Report at 1800-{_num(rng, 3)}-{_num(rng, 4)}"])
    body += f" - {sender.split('-')[1][:4]}"
    top = p.y
    p.gap(0.3)
    p.wrapped(body, p.margin + 14, p.width - p.margin - 60)
    p.draw.rounded_rectangle((p.margin, top - 4, p.width - p.margin - 40, p.y + 6), radius=18,
                             outline=(200, 200, 205), width=2)
    p.gap(0.6)
    p.text(f"{rng.randint(1, 12)}:{rng.randint(10, 59)} {rng.choice(['AM', 'PM'])}", "l", 0.7, color=p.grey)
    p.gap(2.5)
    p.text("Text message", "l", 0.85, color=p.grey)
    return p.finish()


def _fuel_slip(r: Receipt) -> Image.Image:
    t, rng = r.t, r.rng
    india = t.currency == "INR"
    p = r.page(rng.randint(440, 540), rng.randint(17, 21))
    up = rng.random() < 0.6
    if t.merchant_name:
        p.text(t.merchant_name.upper() if up else t.merchant_name, "c", 1.2, bold=True)
    p.text(r.pick(["Dealer Code: " + _num(rng, 6), "Ph: 0" + _num(rng, 10)]) if india else
           f"Tel {_num(rng, 3)} {_num(rng, 3)} {_num(rng, 4)}", "c", 0.9)
    if india:
        p.text(f"GSTIN {rng.randint(10, 36)}{_alnum(rng, 10)}1Z{rng.randint(1, 9)}", "c", 0.9)
    p.rule("dashed")
    style = rng.choice(["pad", "colon", "pad"])
    if t.transaction_id:
        lab = r.pick(["Bill No", "RECEIPT NO", "Txn No", "Trans #", "Slip No.", "INVOICE"])
        p.pair(r.case(lab), t.transaction_id, style)
    if t.date:
        p.pair(r.pick(["DATE", "Date/Time", "DT"]), r.dt, style)
    p.pair("PUMP", f"{rng.randint(1, 8)}", style)
    p.pair("NOZZLE", f"{rng.randint(1, 4)}", style)
    if india:
        p.pair("VEHICLE NO", f"{rng.choice(['MH', 'KA', 'DL', 'TN', 'GJ'])}{rng.randint(1, 50):02d}"
               f"{rng.choice(ALNUM[:20])}{rng.choice(ALNUM[:20])}{_num(rng, 4)}", style)
    product = r.pick(["PETROL", "DIESEL", "XTRA PREMIUM", "SPEED 97"] if india else
                     ["UNLEADED", "SUPER UNL", "DIESEL", "SP95-E10"])
    rate = Decimal(rng.randint(9400, 10900)) / 100 if india else Decimal(rng.randint(139, 189)) / 100
    volume = (r.amount / rate).quantize(Decimal("0.01"))
    p.pair("PRODUCT", product, style)
    p.pair("RATE" + ("/LTR" if india else " /L"), r.plain(rate), style)
    p.pair("VOLUME", f"{volume} L", style)
    p.rule("dashed")
    p.pair(r.pick(["AMOUNT", "TOTAL", "SALE AMT", "AMT DUE"]), r.money, "pad", 1.1, bold_value=True)
    m = t.payment_method
    if m:
        val = {"cash": "CASH", "card": r.pick(["CARD", "DEBIT CARD", "VISA"]), "UPI": r.pick(["UPI", "BHIM UPI"])}[m]
        p.pair(r.pick(["MODE", "PAYMENT", "PAID BY"]), val, style)
        if m == "card":
            p.text(r.card_mask(), "l", 0.95)
    if t.status:
        p.text("** " + r.status_words().upper() + " **", "c", 1.0, bold=True)
    p.rule("dashed")
    p.text(r.pick(["SAVE FUEL SAVE INDIA", "THANK YOU, DRIVE SAFE", "HAVE A NICE DAY"] if india else
                  ["THANK YOU FOR YOUR CUSTOM", "VAT INCLUDED", "DRIVE SAFELY"]), "c", 0.9)
    return p.finish()


def _items_for(rng: random.Random, total: Decimal, names: list[str], k: int) -> list[tuple[str, Decimal]]:
    """``k`` items whose prices add up to ``total`` exactly."""
    cents = int(total * 100)
    if cents < k * 50:
        k = 1
    cuts = sorted(rng.sample(range(50, cents - 49), k - 1)) if k > 1 else []
    bounds = [0] + cuts + [cents]
    prices = [Decimal(bounds[i + 1] - bounds[i]) / 100 for i in range(k)]
    return [(rng.choice(names), pr) for pr in prices]


def _pharmacy_bill(r: Receipt) -> Image.Image:
    t, rng = r.t, r.rng
    p = r.page(rng.randint(820, 960), rng.randint(19, 23))
    if t.merchant_name:
        p.text(t.merchant_name.upper(), "c", 1.5, bold=True)
    p.text(f"Shop No. {rng.randint(1, 40)}, {rng.choice(['Station Road', 'Nehru Nagar', 'Sector 14'])}, "
           f"{rng.choice(['Pune', 'Indore', 'Kochi', 'Lucknow'])}", "c", 0.85)
    p.text(f"D.L. No. 20B/{rng.choice(['MH', 'MP', 'KL', 'UP'])}-{_num(rng, 5)}, 21B/{_num(rng, 5)}   "
           f"GSTIN: {rng.randint(10, 36)}{_alnum(rng, 10)}1Z{rng.randint(1, 9)}", "c", 0.8)
    p.text(f"Ph: {_num(rng, 10)}", "c", 0.8)
    p.text(r.pick(["CASH MEMO", "TAX INVOICE", "RETAIL INVOICE", "BILL OF SUPPLY"]), "c", 1.0, bold=True)
    p.rule()
    left = f"Patient: {rng.choice(IN_PEOPLE)}"
    right = ""
    if t.transaction_id:
        right = f"{r.pick(['Bill No.', 'Inv. No', 'Sale No', 'Memo No', 'Invoice #'])} : {t.transaction_id}"
    p.cols([left, right], [0.0, 0.55], "ll", 0.9)
    left = f"Dr. {rng.choice(['A. Joshi', 'S. Rao', 'K. Mehta', 'P. Iyer'])}"
    right = f"{r.pick(['Bill Date', 'Date', 'Inv. Date', 'Dt.'])} : {r.dt}" if t.date else ""
    p.cols([left, right], [0.0, 0.55], "ll", 0.9)
    p.rule()
    xs = [0.0, 0.04, 0.42, 0.56, 0.68, 0.77, 0.88]
    p.cols(["#", "Product", "Batch", "Exp", "Qty", "MRP", "Amount"], xs, "lllllrr", 0.85, bold=True)
    items = _items_for(rng, r.amount, MEDICINES, rng.randint(2, 4))
    for i, (name, price) in enumerate(items, 1):
        qty = rng.randint(1, 3)
        p.cols([str(i), name, _alnum(rng, 6), f"{rng.randint(1, 12):02d}/{rng.randint(26, 29)}", str(qty),
                f"{price / qty:.2f}", f"{price:.2f}"], xs, "lllllrr", 0.85)
    p.rule()
    gst = (r.amount * Decimal("0.0536")).quantize(Decimal("0.01"))
    p.pair("Incl. GST (CGST 6% + SGST 6%)", f"{gst:.2f}", "lr", 0.85)
    lab = r.pick(["Net Amount", "Bill Amount", "Amount Payable", "NET PAYABLE", "Total Rs.", "Grand Total"])
    p.pair(lab, r.money, "lr", 1.15, bold_value=True)
    m = t.payment_method
    if m:
        p.pair(r.pick(["Payment Mode", "Paid by", "Mode of Payment", "Tender"]),
               {"cash": "Cash", "card": f"Card {r.card_mask()}", "UPI": r.pick(["UPI", "UPI / QR"])}[m], "lr", 0.9)
    if t.status:
        p.text(f"Payment Status: {r.status_words()}" if rng.random() < 0.5 else r.status_words().upper(), "l", 0.95,
               bold=True)
    p.gap()
    p.text("Medicines once sold will not be taken back. Get well soon!", "c", 0.75, color=p.grey)
    p.text("For " + (t.merchant_name or "the pharmacy") + "   Pharmacist", "r", 0.8)
    return p.finish()


def _hotel_folio(r: Receipt) -> Image.Image:
    t, rng = r.t, r.rng
    india = t.currency == "INR"
    p = r.page(rng.randint(860, 980), rng.randint(19, 23))
    if t.merchant_name:
        p.text(t.merchant_name, "c", 1.6, bold=True)
    p.text(r.pick(["Guest Folio", "INVOICE", "Final Bill", "Guest Receipt"]), "c", 1.1, bold=True)
    if india:
        p.text(f"GSTIN: {rng.randint(10, 36)}{_alnum(rng, 10)}1Z{rng.randint(1, 9)}   "
               f"Reservations: +91 {_num(rng, 10)}", "c", 0.8)
    elif t.currency == "GBP":
        p.text(f"VAT Reg. No. {_num(rng, 9)}   Tel +44 {_num(rng, 10)}", "c", 0.8)
    elif t.currency == "EUR":
        p.text(f"USt-IdNr. DE{_num(rng, 9)}   Tel +49 {_num(rng, 10)}", "c", 0.8)
    else:
        p.text(f"Tel ({_num(rng, 3)}) {_num(rng, 3)}-{_num(rng, 4)}   Fax ({_num(rng, 3)}) {_num(rng, 3)}-{_num(rng, 4)}",
               "c", 0.8)
    p.rule("double")
    nights = rng.randint(1, 4)
    guest = rng.choice(IN_PEOPLE if india else WEST_PEOPLE)
    rows = [(f"Guest: {guest}", f"Room No: {rng.randint(101, 915)}")]
    if t.transaction_id:
        rows.append((f"{r.pick(['Folio No', 'Bill No.', 'Invoice No', 'Receipt #', 'Check No'])}: {t.transaction_id}",
                     f"Pax: {rng.randint(1, 3)}"))
    if t.date:
        arr = r.when - timedelta(days=nights)
        arr_text = f"{arr.day:02d}/{arr.month:02d}/{arr.year}" if r.locale != "us" else \
            f"{arr.month:02d}/{arr.day:02d}/{arr.year}"
        rows.append((f"Arrival: {arr_text}", f"{r.pick(['Bill Date', 'Departure', 'Date', 'Invoice Date'])}: {r.dt}"))
    for a, b in rows:
        p.cols([a, b], [0.0, 0.52], "ll", 0.9)
    p.rule()
    xs = [0.0, 0.2, 0.7, 0.86]
    p.cols(["Date", "Description", "Charges", "Credits"], xs, "llrr", 0.9, bold=True)
    total = r.amount
    tax = (total * Decimal("0.107")).quantize(Decimal("0.01"))
    room = total - tax
    per = (room / nights).quantize(Decimal("0.01"))
    lines = [per] * (nights - 1) + [room - per * (nights - 1)]
    for i, amt in enumerate(lines):
        d = r.when - timedelta(days=nights - i)
        p.cols([f"{d.day:02d}-{MONTHS[d.month - 1]}" if t.date else f"Night {i + 1}",
                r.pick(["Room Charge", "Accommodation", "Room Tariff"]), r.plain(amt), ""],
               xs, "llrr", 0.9)
    tax_label = r.pick(["CGST + SGST 12%", "GST 12%", "Taxes"] if india else ["VAT", "Taxes", "City tax + VAT"])
    p.cols(["", tax_label, r.plain(tax), ""], xs, "llrr", 0.9)
    m = t.payment_method
    pay_desc = {"card": f"{r.pick(['Visa', 'Mastercard', 'Amex'])} {r.card_mask()}", "cash": "Cash",
                "UPI": "UPI Payment", "netbanking": "Bank Transfer"}.get(m or "", r.pick(["Settlement", "Payment"]))
    p.cols(["", pay_desc, "", r.plain(total)], xs, "llrr", 0.9)
    p.rule()
    p.pair(r.pick(["Total Charges", "Total Amount", "Amount Paid", "Grand Total", "Total Bill"]), r.money, "lr", 1.1,
           bold_value=True)
    if t.status:
        p.pair("Balance", "0.00", "lr", 0.95)
    if t.status:
        p.text(r.status_words().upper(), "r", 1.2, bold=True, color=STATUS_COLOURS[t.status])
    p.gap()
    p.text("Check-out time 12 noon. We hope you enjoyed your stay.", "c", 0.8, color=p.grey)
    return p.finish()


def _e_ticket(r: Receipt) -> Image.Image:
    t, rng = r.t, r.rng
    rail = r.rail
    p = r.page(rng.randint(880, 1000), rng.randint(19, 23))
    title = r.pick(["Electronic Reservation Slip (ERS)", "e-Ticket", "Booking Confirmation"]) if rail else \
        r.pick(["E-Ticket Itinerary / Receipt", "Booking confirmation", "Your e-ticket receipt"])
    if t.merchant_name:
        p.banner(t.merchant_name, (30, 60, 130) if rail else (170, 30, 50), scale=1.2)
    p.text(title, "l", 1.1, bold=True)
    pnr = _num(rng, 10) if rail else _alnum(rng, 6)
    xs = [0.0, 0.34, 0.67]
    if rail:
        p.cols(["PNR", "Train No./Name", "Class"], xs, "lll", 0.85, color=p.grey)
        p.cols([pnr, f"{_num(rng, 5)} / {rng.choice(['RAJDHANI EXP', 'SHATABDI EXP', 'DURONTO EXP'])}",
                rng.choice(["3A", "2A", "SL", "CC"])], xs, "lll", 0.95, bold=True)
    else:
        p.cols(["Booking ref (PNR)", "Flight", "Seat"], xs, "lll", 0.85, color=p.grey)
        p.cols([pnr, f"{_alnum(rng, 2)[:2]} {rng.randint(100, 9999)}", f"{rng.randint(1, 40)}{rng.choice('ABCDEF')}"],
               xs, "lll", 0.95, bold=True)
    p.cols(["From", "To", "Passenger"], xs, "lll", 0.85, color=p.grey)
    cities = ["MUMBAI CST", "NEW DELHI", "CHENNAI CTL", "HOWRAH JN"] if rail else \
        ["BOM", "DEL", "LHR", "FRA", "JFK", "AMS", "BLR"]
    a, b = rng.sample(cities, 2)
    p.cols([a, b, rng.choice(IN_PEOPLE + WEST_PEOPLE)], xs, "lll", 0.95)
    p.rule()
    p.text("Payment details", "l", 1.0, bold=True)
    style = rng.choice(["tab", "lr"])
    base = (r.amount * Decimal("0.88")).quantize(Decimal("0.01"))
    p.pair(r.pick(["Ticket Fare", "Base fare", "Fare"]), r.plain(base), style, 0.9)
    p.pair(r.pick(["Convenience Fee (incl. GST)", "Taxes and fees", "Airport charges"]),
           r.plain(r.amount - base), style, 0.9)
    p.pair(r.pick(["Total Fare (all inclusive)", "Total paid", "Amount charged", "Total"] if r.settled else
                  ["Total Fare (all inclusive)", "Total"]), r.money, style, 1.05,
           bold_value=True)
    if t.transaction_id:
        p.pair(r.pick(["Transaction ID", "Payment Ref.", "Payment reference", "Txn Ref No"]), t.transaction_id, style,
               0.95)
    if t.date:
        p.pair(r.pick(["Booking Date", "Date of Booking", "Booked on", "Payment date"]), r.dt, style, 0.95)
    if t.payment_method:
        p.pair(r.pick(["Payment mode", "Paid by", "Form of payment"]),
               {"card": f"Credit card {r.card_mask()}", "netbanking": r.pick(["Net Banking", "Internet banking"]),
                "UPI": "UPI", "wallet": r.pick(["Paytm Wallet", "MobiKwik wallet"])}[t.payment_method], style, 0.95)
    if t.status:
        p.pair(r.pick(["Booking status", "Payment status", "Status"]), r.status_words(), style, 0.95)
    p.gap()
    care = "14646" if rail else f"+91 {_num(rng, 10)}" if t.currency == "INR" else f"+1 {_num(rng, 10)}"
    p.text("Carry a valid photo ID. Customer care: " + care, "l", 0.8,
           color=p.grey)
    return p.finish()


def _insurance_receipt(r: Receipt) -> Image.Image:
    t, rng = r.t, r.rng
    india = t.currency == "INR"
    p = r.page(rng.randint(860, 980), rng.randint(20, 24))
    if t.merchant_name:
        p.text(t.merchant_name, "l", 1.4, bold=True)
    p.text(f"IRDAI Reg. No. {_num(rng, 3)}  CIN U{_num(rng, 5)}MH{_num(rng, 4)}PLC{_num(rng, 6)}" if india else
           f"Registered office: {rng.randint(1, 99)} {rng.choice(['King Street', 'Rue de la Paix', 'Main Ave'])}",
           "l", 0.75, color=p.grey)
    p.rule()
    p.text(r.pick(["PREMIUM RECEIPT", "Renewal Premium Receipt", "Payment Acknowledgement", "Receipt for premium"]),
           "c", 1.2, bold=True)
    style = rng.choice(["tab", "tab", "below", "lr"])
    p.pair(r.pick(["Policy No.", "Policy Number", "Certificate No."]), _num(rng, rng.choice([9, 10, 12])), style, 0.95)
    p.pair(r.pick(["Policyholder", "Proposer Name", "Insured"]), rng.choice(IN_PEOPLE if india else WEST_PEOPLE),
           style, 0.95)
    if t.transaction_id:
        p.pair(r.pick(["Receipt No.", "Premium Receipt No", "Transaction Ref. No.", "Payment Reference",
                       "Collection No."]), t.transaction_id, style, 0.95)
    if t.date:
        p.pair(r.pick(["Receipt Date", "Date of Payment", "Premium paid on", "Collection Date"]), r.dt, style, 0.95)
    p.pair(r.pick(["Premium", "Basic premium"]),
           r.plain((r.amount / Decimal("1.18")).quantize(Decimal("0.01"))), style, 0.95)
    p.pair(r.pick(["Total Premium Received", "Amount Received", "Total amount", "Sum received"] if r.settled
                  else ["Total premium", "Amount"]), r.money, style, 1.05,
           bold_value=True)
    if t.payment_method:
        p.pair(r.pick(["Mode of Payment", "Payment Mode", "Paid through"]),
               {"netbanking": r.pick(["Net Banking", "Online - Internet Banking", "Online banking"]),
                "card": f"Credit Card {r.card_mask()}", "UPI": "UPI", "cash": "Cash"}[t.payment_method], style, 0.95)
    if t.status:
        p.pair(r.pick(["Status", "Payment Status"]), r.status_words(), style, 0.95)
    p.gap()
    p.wrapped("This receipt is subject to realisation of the payment. For queries call " +
              (f"1800 {_num(rng, 3)} {_num(rng, 4)}" if india else f"0{_num(rng, 10)}") +
              ". Sum insured " + r.plain(Decimal(rng.randint(2, 50) * 100000)) + ".",
              p.margin, p.width - p.margin, 0.8, color=p.grey)
    return p.finish()


def _till_slip(r: Receipt) -> Image.Image:
    t, rng = r.t, r.rng
    p = r.page(rng.randint(440, 540), rng.randint(17, 21))
    if t.merchant_name:
        p.text(t.merchant_name.upper() if rng.random() < 0.5 else t.merchant_name, "c", 1.3, bold=True)
    p.text(f"{rng.randint(1, 250)} {rng.choice(['High Street', 'Market Sq', 'Hauptstrasse', 'Elm Ave'])}", "c", 0.9)
    p.text(rng.choice([f"Tel: {_num(rng, 11)}", f"Store {_num(rng, 4)}"] +
                      ([f"VAT NO: {'GB' if t.currency == 'GBP' else 'DE'} {_num(rng, 3)} {_num(rng, 4)} {_num(rng, 2)}"]
                       if t.currency != "USD" else [])), "c", 0.9)
    p.rule("dashed")
    items = _items_for(rng, r.amount, GROCERY, rng.randint(2, 5))
    for name, price in items:
        p.pair(name.upper(), f"{r.plain(price)} {rng.choice('AB')}", "pad", 0.95)
    p.rule("dashed")
    p.pair(f"{len(items)} {r.pick(['BALANCE DUE', 'TOTAL', 'AMOUNT DUE', 'TO PAY'])}", r.money, "pad", 1.15,
           bold_value=True)
    m = t.payment_method
    if m == "cash":
        tendered = Decimal(int(r.amount) + rng.choice([1, 5, 10, 20]))
        p.pair("CASH", r.plain(tendered), "pad")
        p.pair("CHANGE", r.plain(tendered - r.amount), "pad")
    elif m == "card":
        p.pair(r.pick(["VISA DEBIT", "MASTERCARD", "CONTACTLESS"]), r.plain(r.amount), "pad")
        p.text(r.card_mask(), "l", 0.9)
        p.pair("AID", f"A0000000{_num(rng, 2)}10{_num(rng, 2)}", "pad", 0.85)
        p.pair("PAN SEQ", f"0{rng.randint(0, 3)}", "pad", 0.85)
        p.pair("TID", f"****{_num(rng, 4)}", "pad", 0.85)
    if t.transaction_id:
        labels = ["RECEIPT NO", "TRANS NO", "TXN #"] + (["Beleg-Nr."] if t.currency == "EUR" else [])
        lab = r.pick(labels + (["AUTH CODE", "AUTH NO"] if m == "card" else []))
        p.pair(lab, t.transaction_id, "pad", 0.95)
    if t.status:
        p.text(r.status_words().upper(), "c", 1.05, bold=True)
    if t.date:
        p.text(r.dt, "l", 0.95)
    p.rule("dashed")
    p.text(r.pick(["THANK YOU FOR SHOPPING", "PLEASE KEEP YOUR RECEIPT", "VIELEN DANK", "GRAZIE"]), "c", 0.9)
    if rng.random() < 0.5:
        p.text(f"Points this visit: {rng.randint(1, 60)}   Total points: {rng.randint(100, 9000)}", "c", 0.8)
    return p.finish()


def _emailed_receipt(r: Receipt) -> Image.Image:
    t, rng = r.t, r.rng
    p = r.page(rng.randint(680, 800), rng.randint(21, 25), bg=(247, 248, 250))
    sender = {"card": "stripe", "wallet": "paypal", "UPI": "razorpay", "netbanking": "razorpay"}.get(
        t.payment_method or "", "billing-mail")
    p.text(r.pick(["Inbox", "Mail"]) + f"   from: receipts+{_num(rng, 6)}@{sender}.com", "l", 0.7, color=p.grey)
    p.gap()
    if t.merchant_name:
        p.text(r.pick(["Receipt from {}", "Your payment to {}", "{}"]).format(t.merchant_name), "c", 1.25, bold=True)
    else:
        p.text(r.pick(["Your receipt", "Payment receipt"]), "c", 1.25, bold=True)
    p.text(r.money, "c", 1.9, bold=True)
    if t.status:
        p.text(r.status_words(), "c", 1.0, color=STATUS_COLOURS[t.status])
    p.gap()
    xs = [0.0, 0.36, 0.68]
    heads, vals = [], []
    if t.transaction_id:
        heads.append(r.pick(["RECEIPT #", "Transaction ID", "Payment ID", "Receipt number"]))
        vals.append(t.transaction_id)
    if t.date:
        heads.append(r.pick(["DATE PAID", "Date", "Paid on"]))
        vals.append(r.dt)
    if t.payment_method:
        heads.append(r.pick(["PAYMENT METHOD", "Paid with", "Funding source"]))
        vals.append({"card": f"{r.pick(['Visa', 'Mastercard', 'Amex'])} - {_num(rng, 4)}",
                     "wallet": "PayPal balance", "UPI": "UPI", "netbanking": "Netbanking"}[t.payment_method])
    if heads:
        if rng.random() < 0.5:
            p.cols(heads, xs[: len(heads)], "lll", 0.75, color=p.grey)
            p.cols(vals, xs[: len(vals)], "lll", 0.9)
        else:
            for h, v in zip(heads, vals, strict=True):
                p.pair(h, v, "lr", 0.9)
    p.rule()
    p.text("SUMMARY", "l", 0.75, color=p.grey)
    items = _items_for(rng, r.amount, ["Pro plan (monthly)", "Class pack x5", "Hosting - 1 yr",
                                                 "Seat licence", "Coffee subscription"], rng.randint(1, 2))
    for name, price in items:
        p.pair(name, r.plain(price), "lr", 0.9)
    p.pair(r.pick(["Amount paid", "Amount charged", "Total"] if r.settled else ["Total", "Amount"]), r.money, "lr",
           1.0, bold_value=True)
    p.rule()
    p.wrapped(f"Questions? Contact support or call +{rng.randint(1, 49)} {_num(rng, 9)}.",
              p.margin, p.width - p.margin, 0.75, color=p.grey)
    return p.finish()


def _bank_transfer(r: Receipt) -> Image.Image:
    t, rng = r.t, r.rng
    cur = t.currency
    p = r.page(rng.randint(700, 860), rng.randint(21, 25))
    bank = {"GBP": ["Barclays", "NatWest", "Monzo", "Lloyds Bank"], "EUR": ["ING", "Deutsche Bank", "BNP Paribas",
                                                                         "N26"], "USD": ["Chase", "Wells Fargo"]}[cur]
    p.banner(rng.choice(bank), (0, 90, 140), scale=1.1)
    if t.status:
        p.icon(t.status, STATUS_COLOURS[t.status])
        p.text(r.status_words(), "c", 1.15, bold=True)
    else:
        p.text(r.pick(["Payment details", "Transfer summary"]), "c", 1.15, bold=True)
    style = rng.choice(["lr", "below", "tab"])
    de = cur == "EUR" and rng.random() < 0.35  # a German bank's own wording
    amount_labels = ["Amount", "You sent", "Transfer amount"] if r.settled else ["Amount", "Transfer amount"]
    p.pair(r.pick(["Betrag"] if de else amount_labels), r.money, style, 1.1,
           bold_value=True)
    if t.merchant_name:
        p.pair(r.pick(["Empfänger"] if de else ["Payee", "Recipient", "To", "Beneficiary"]), t.merchant_name, style)
    if cur == "GBP":
        p.pair("Sort code", f"{_num(rng, 2)}-{_num(rng, 2)}-{_num(rng, 2)}", style)
        p.pair("Account number", _num(rng, 8), style)
    elif cur == "EUR":
        iban = f"{rng.choice(['DE', 'FR', 'NL', 'ES'])}{_num(rng, 2)} {_num(rng, 4)} {_num(rng, 4)} {_num(rng, 4)} " \
               f"{_num(rng, 4)} {_num(rng, 2)}"
        p.pair("IBAN", iban, style)
        p.pair("BIC", rng.choice(["INGBNL2A", "DEUTDEFF", "BNPAFRPP", "NTSBDEB1"]), style)
    else:
        p.pair("Routing number", _num(rng, 9), style)
        p.pair("Account", f"****{_num(rng, 4)}", style)
    p.pair(r.pick(["Verwendungszweck"] if de else ["Your reference", "Reference for payee", "Memo"]),
           rng.choice(["RENT FLAT 2", "Dinner split", "School trip", "Miete Mai", "Loyer", "Thank you"]), style)
    if t.date:
        p.pair(r.pick(["Date", "Payment date", "Sent on", "Execution date", "Value date"]), r.dt, style)
    if t.payment_method:
        p.pair(r.pick(["Payment type", "Method", "Type"]),
               {"GBP": r.pick(["Faster Payment", "BACS transfer", "Online transfer"]),
                "EUR": r.pick(["SEPA Credit Transfer", "SEPA Instant", "Online banking transfer"]),
                "USD": r.pick(["ACH transfer", "Wire transfer", "Online transfer"])}[cur], style)
    if t.transaction_id:
        p.pair(r.pick(["Auftragsnummer"] if de else ["Confirmation number", "Transaction number", "Payment ID",
                                                     "Transaction reference"]), t.transaction_id, style)
    p.gap()
    p.text(r.pick(["Keep this confirmation for your records.", "Thank you for banking with us."]), "c", 0.8,
           color=p.grey)
    return p.finish()


def _render(r: Receipt) -> Image.Image:
    f = r.family
    if f == "amazonpay_screen":
        return _app_screen(r, "Amazon Pay", (35, 47, 62))
    if f == "cred_screen":
        return _app_screen(r, "CRED", (20, 20, 20))
    if f == "mobikwik_screen":
        return _app_screen(r, "MobiKwik", (0, 102, 204))
    return {"bank_sms": _bank_sms, "fuel_slip": _fuel_slip, "pharmacy_bill": _pharmacy_bill,
            "hotel_folio": _hotel_folio, "e_ticket": _e_ticket, "insurance_receipt": _insurance_receipt,
            "till_slip": _till_slip, "emailed_receipt": _emailed_receipt, "bank_transfer": _bank_transfer}[f](r)


# ---------------------------------------------------------------- degradation

DEGRADE_RANGES: dict[str, tuple[float, float]] = {
    "jpeg": (20, 60), "blur": (0.6, 1.5), "rotate": (1.0, 6.0), "perspective": (0.02, 0.06), "contrast": (0.35, 0.6),
    "noise": (5, 16), "light": (0.25, 0.55), "screen": (0.06, 0.14), "downscale": (0.55, 0.8), "shadow": (0.25, 0.5),
}
PAPER = ("blur", "rotate", "perspective", "contrast", "noise", "light", "downscale", "shadow")
SCREEN = ("blur", "rotate", "perspective", "contrast", "noise", "screen", "downscale", "light")


def degrade(img: Image.Image, rng: random.Random, *, screen: bool,
            text_px: int) -> tuple[Image.Image, dict[str, float]]:
    """Two to four degradations (a screen photo likelier for screens), then JPEG q20–60.

    Downscaling stops where body text would fall under 14 px: below that a person can no longer read
    the ids either, and the truth would no longer be on the page."""
    import numpy as np

    pool = SCREEN if screen else PAPER
    chosen = rng.sample(pool, rng.randint(2, 4))
    if screen and "screen" not in chosen and rng.random() < 0.5:
        chosen[0] = "screen"
    params: dict[str, float] = {}
    out = img.convert("RGB")
    fill = out.getpixel((1, 1))
    for kind in chosen:
        lo, hi = DEGRADE_RANGES[kind]
        if kind == "downscale":
            lo = min(hi, max(lo, 14 / text_px))
        v = round(rng.uniform(lo, hi), 3)
        if kind == "rotate":
            v *= rng.choice([-1, 1])
            out = out.rotate(v, resample=Image.BICUBIC, expand=True, fillcolor=(128, 120, 110))
        elif kind == "blur":
            out = out.filter(ImageFilter.GaussianBlur(v))
        elif kind == "perspective":
            w, h = out.size
            dx, dy = v * w, v * h
            quad = (rng.uniform(0, dx), rng.uniform(0, dy), rng.uniform(0, dx), h - rng.uniform(0, dy),
                    w - rng.uniform(0, dx), h - rng.uniform(0, dy), w - rng.uniform(0, dx), rng.uniform(0, dy))
            out = out.transform(out.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=fill)
        elif kind == "contrast":
            out = ImageEnhance.Contrast(out).enhance(v)
            out = ImageEnhance.Brightness(out).enhance(rng.uniform(0.9, 1.15))
        elif kind == "noise":
            arr = np.asarray(out, dtype=np.float32)
            arr = arr + np.random.default_rng(rng.randint(0, 2**31)).normal(0, v, arr.shape[:2])[..., None]
            out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        elif kind == "light":
            arr = np.asarray(out, dtype=np.float32)
            h, w = arr.shape[:2]
            cx, cy = rng.uniform(0, w), rng.uniform(0, h)
            yy, xx = np.mgrid[0:h, 0:w]
            dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(w, h)
            shade = 1.0 - v * np.clip(dist, 0, 1)
            out = Image.fromarray(np.clip(arr * shade[..., None], 0, 255).astype(np.uint8))
        elif kind == "shadow":
            # a hand or phone shadow across one side of the paper
            arr = np.asarray(out, dtype=np.float32)
            h, w = arr.shape[:2]
            yy, xx = np.mgrid[0:h, 0:w]
            a, b = rng.uniform(-1, 1), rng.uniform(0.3, 0.7)
            edge = (xx / w - b) + a * (yy / h - 0.5)
            soft = np.clip(edge * 12 + 0.5, 0, 1)
            shade = 1.0 - v * soft
            out = Image.fromarray(np.clip(arr * shade[..., None], 0, 255).astype(np.uint8))
        elif kind == "screen":
            arr = np.asarray(out, dtype=np.float32)
            h, w = arr.shape[:2]
            yy, xx = np.mgrid[0:h, 0:w]
            freq = rng.uniform(0.55, 1.1)
            moire = np.sin((xx * 0.7 + yy * 0.5) * freq) * np.sin(yy * freq * 0.9) * 255 * v
            tint = np.array([0.92, 0.97, 1.05], dtype=np.float32)
            arr = (arr * 0.8 + 25) * tint + moire[..., None]
            out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.7))
        elif kind == "downscale":
            w, h = out.size
            small = out.resize((max(1, round(w * v)), max(1, round(h * v))), Image.BILINEAR)
            out = small
        params[kind] = v
    quality = rng.randint(int(DEGRADE_RANGES["jpeg"][0]), int(DEGRADE_RANGES["jpeg"][1]))
    params["jpeg"] = quality
    return jpeg_roundtrip(out, quality), params


# ---------------------------------------------------------------- the set

# family: (currencies it is issued in, payment methods it can show, id makers)
_CURRENCIES = {
    "amazonpay_screen": ["INR"], "cred_screen": ["INR"], "mobikwik_screen": ["INR"], "bank_sms": ["INR"],
    "fuel_slip": ["INR", "INR", "GBP", "EUR", "USD"], "pharmacy_bill": ["INR"],
    "hotel_folio": ["INR", "GBP", "EUR", "USD"], "e_ticket": ["INR", "INR", "GBP", "EUR", "USD"],
    "insurance_receipt": ["INR", "INR", "GBP", "EUR", "USD"], "till_slip": ["GBP", "EUR", "USD"],
    "emailed_receipt": ["USD", "EUR", "GBP", "INR"], "bank_transfer": ["GBP", "EUR", "USD"],
}
_METHODS = {
    "amazonpay_screen": ["UPI", "wallet", "card"], "cred_screen": ["UPI", "UPI", "card"],
    "mobikwik_screen": ["wallet", "UPI"], "bank_sms": ["UPI", "UPI", "card", "netbanking"],
    "fuel_slip": ["cash", "card", "UPI"], "pharmacy_bill": ["cash", "UPI", "card"],
    "hotel_folio": ["card", "cash", "UPI", "netbanking"], "e_ticket": ["card", "netbanking", "UPI", "wallet"],
    "insurance_receipt": ["netbanking", "card", "UPI", "cash"], "till_slip": ["card", "card", "cash"],
    "emailed_receipt": ["card", "card", "wallet", "UPI", "netbanking"], "bank_transfer": ["netbanking"],
}
# the share of each optional field left off the page (nothing printed for it)
ABSENT_P = {"merchant_name": 0.12, "transaction_id": 0.15, "date": 0.12, "payment_method": 0.15, "status": 0.25}


def _txn_id(rng: random.Random, family: str, method: str, currency: str) -> str:
    if method == "UPI" and family in {"amazonpay_screen", "cred_screen", "mobikwik_screen", "bank_sms"}:
        return _num(rng, 12)
    makers = {
        "amazonpay_screen": lambda: rng.choice(["AP", "P"]) + _alnum(rng, rng.randint(10, 14)),
        "cred_screen": lambda: "CRD" + _num(rng, 11),
        "mobikwik_screen": lambda: "MK" + _num(rng, rng.randint(12, 16)),
        "bank_sms": lambda: _num(rng, 12) if rng.random() < 0.6 else _alnum(rng, 10),
        "fuel_slip": lambda: _num(rng, rng.randint(4, 8)),
        "pharmacy_bill": lambda: rng.choice(["", "CM/", "S-", "GMH"]) + _num(rng, rng.randint(4, 6)),
        "hotel_folio": lambda: _num(rng, rng.randint(5, 8)),
        "e_ticket": lambda: _num(rng, 15) if currency == "INR" and rng.random() < 0.5 else _alnum(rng, 12),
        "insurance_receipt": lambda: rng.choice(["R", "PR", ""]) + _num(rng, rng.randint(8, 12)),
        "till_slip": lambda: _num(rng, 6) if rng.random() < 0.5 else _alnum(rng, 6),
        "emailed_receipt": lambda: (f"{_num(rng, 4)}-{_num(rng, 4)}" if rng.random() < 0.35 else
                                    _alnum(rng, 17) if rng.random() < 0.5 else "pay_" + _alnum(rng, 14)),
        "bank_transfer": lambda: _alnum(rng, rng.randint(10, 16)),
    }
    return makers[family]()


def _amount(rng: random.Random, family: str, currency: str) -> Decimal:
    lo, hi = {"INR": {"fuel_slip": (200, 6000), "pharmacy_bill": (60, 4500), "hotel_folio": (2500, 90000),
                      "e_ticket": (450, 60000), "insurance_receipt": (4000, 250000)}.get(family, (10, 60000)),
              }.get(currency, {"fuel_slip": (20, 140), "hotel_folio": (90, 2400), "e_ticket": (40, 1900),
                               "insurance_receipt": (80, 3200), "till_slip": (3, 180),
                               "emailed_receipt": (5, 900), "bank_transfer": (10, 12000)}.get(family, (5, 500)))
    whole = Decimal(round(math.exp(rng.uniform(math.log(lo), math.log(hi)))))  # small sums commoner than big
    if currency != "INR" or rng.random() < 0.55:
        whole += Decimal(rng.randint(0, 99)) / 100
    return whole


def make_heldout2_receipt(index: int) -> EvalReceipt:
    """Receipt ``index`` of the heldout2 split (seeded: the same receipt every time)."""
    rng = random.Random(SEED * 1_000_003 + index)
    family = FAMILIES[index % len(FAMILIES)]
    font = rng.choice(MONO_FONTS if family in MONO_FAMILIES else PROP_FONTS)
    currency = rng.choice(_CURRENCIES[family])
    method = rng.choice(_METHODS[family])
    if currency != "INR" and method == "UPI":
        method = "card"
    if family == "emailed_receipt" and currency != "INR" and method == "netbanking":
        method = "wallet"
    if family == "e_ticket" and currency != "INR" and method in {"wallet", "netbanking"}:
        method = "card"
    if family == "insurance_receipt" and currency != "INR" and method == "cash":
        method = "netbanking"
    if family == "emailed_receipt" and currency == "INR" and method == "wallet":
        method = "UPI"
    locale = "us" if currency == "USD" else "in" if currency == "INR" else "eu"
    amount = _amount(rng, family, currency)
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    merchant = rng.choice({
        "amazonpay_screen": IN_SHOPS + IN_PEOPLE, "cred_screen": IN_SHOPS, "mobikwik_screen": IN_SHOPS + IN_PEOPLE,
        "bank_sms": IN_SHOPS + IN_PEOPLE, "fuel_slip": IN_FUEL if currency == "INR" else WEST_FUEL,
        "pharmacy_bill": IN_SHOPS[:6], "hotel_folio": IN_HOTELS if currency == "INR" else WEST_HOTELS,
        "e_ticket": (RAIL + AIRLINES_IN) if currency == "INR" else AIRLINES_WEST,
        "insurance_receipt": IN_INSURERS if currency == "INR" else WEST_INSURERS, "till_slip": WEST_SHOPS,
        "emailed_receipt": WEST_BUSINESSES, "bank_transfer": WEST_PEOPLE + WEST_BUSINESSES}[family])
    status = rng.choice(["success"] * 7 + ["failed", "pending"])
    truth = ReceiptTruth(merchant_name=merchant, amount=f"{amount:.2f}", currency=currency,
                         transaction_id=_txn_id(rng, family, method, currency), date=when.isoformat(),
                         payment_method=method, status=status)
    for name, p in ABSENT_P.items():
        if rng.random() < p:
            setattr(truth, name, None)
    if family == "bank_sms":
        truth.status = status  # an alert always says what happened to the money
    if family == "bank_transfer":
        truth.payment_method = method  # the whole page is a bank transfer
    if family == "e_ticket" and truth.transaction_id is None:
        truth.transaction_id = _txn_id(rng, family, method, currency)  # a PNR alone would be read as the reference
    if family in {"fuel_slip", "pharmacy_bill", "hotel_folio", "till_slip"} and truth.status in {"failed", "pending"}:
        truth.status = "success" if rng.random() < 0.5 else None  # a printed bill is for a settled sale
    if family == "till_slip" and method == "cash" and truth.status:
        truth.status = None  # a cash till slip prints no approval
    receipt = Receipt(rng, family, font, truth, when, locale)
    receipt.rail = merchant in RAIL
    clean = _render(receipt)
    degraded, params = degrade(clean, rng, screen=family in SCREEN_FAMILIES, text_px=receipt.text_px)
    return EvalReceipt(SPLIT, index, family, font, truth, clean, degraded, params,
                       meta={"size": clean.size, "locale": locale})


def make_heldout2_set(n: int) -> list[EvalReceipt]:
    """The first ``n`` receipts of heldout2."""
    return [make_heldout2_receipt(i) for i in range(n)]
