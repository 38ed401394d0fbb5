"""A fifth held-out receipt set, written apart from the parser and from the other evaluation sets.

Nineteen layout families a large marketplace's payments team sees: a fuel-station POS slip, a restaurant
bill with service charge and a CGST/SGST split, a metro-card top-up slip, a telecom app's recharge
screen, a school/college fee receipt, a municipal property-tax receipt, a pharmacy invoice, a railway or
airline booking payment page, a food-delivery order screen, a bank's IMPS/NEFT/RTGS transfer advice,
three UPI app screens with different visual languages (a ring-and-tick screen, a coloured banner with
cards, a minimal avatar screen), a card receipt e-mail, a continental supermarket till receipt
(German, French, Dutch or Italian wording, comma decimals), a UK parking-machine ticket, a US utility
autopay confirmation, a marketplace seller payout statement and an NGO donation receipt. Each family
varies its label wording per receipt and prints its own distractors (phone, GSTIN/VAT, consumer,
account, booking and PNR numbers, masked cards, approval codes, terminal and batch numbers, item lines,
subtotals, taxes, discounts, tips, due/validity/travel dates). Fonts are Liberation, FreeFont and
Noto where installed (DejaVu otherwise), monospace on thermal slips; "Rs." or "INR" is printed where a
font lacks the rupee glyph.

Truth conventions (the fields of ``ReceiptTruth``):

- ``amount``: the amount actually paid (the grand total, after discounts, taxes, tips and round-off) as
  a plain decimal string with two places, ``"1234.50"``;
- ``currency``: the ISO 4217 code (INR, USD, EUR, GBP, ...);
- ``date``: the payment/transaction date as ISO ``yyyy-mm-dd``; ``None`` when only other dates (due,
  travel, validity, expiry) are printed. Numeric month-first dates are printed only with USD;
- ``payment_method``: one of ``UPI``, ``card``, ``netbanking`` (net banking and IMPS/NEFT/RTGS transfers),
  ``wallet``, ``cash``; ``None`` when the page does not say;
- ``status``: ``success``, ``failed`` or ``pending``; ``None`` when the page states no outcome;
- ``transaction_id``: exactly as printed: the payment's own reference (UPI ref, UTR, transaction id,
  confirmation number), else the document's own number (bill/receipt/invoice number), else ``None``;
  never an approval code, nor a customer/account/consumer/booking/PNR number;
- ``merchant_name``: the payee exactly as printed, ``None`` if no payee is printed.

About a sixth of the optional fields are genuinely absent from the page. Every receipt has a clean
image and a degraded copy (JPEG q20–60, blur, rotation up to ±6°, perspective, low contrast, noise,
uneven light, moiré of a photographed screen) with what was applied in ``degradations``. Every truth
string is checked against the text actually drawn on the image.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from bench.receipt_dataset import ReceiptTruth, group_indian
from bench.receipt_eval_set import EvalReceipt, jpeg_roundtrip

SPLIT = "heldout5"
SEED = 50_521
DEFAULT_N = 96

_FONT_ROOT = Path("/usr/share/fonts/truetype")

# (regular, bold) relative to _FONT_ROOT, in order of preference within each kind
_FONTS: dict[str, list[tuple[str, str]]] = {
    "mono": [
        ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
        ("noto/NotoSansMono-Regular.ttf", "noto/NotoSansMono-Bold.ttf"),
        ("freefont/FreeMonoBold.ttf", "freefont/FreeMonoBold.ttf"),
        ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    ],
    "sans": [
        ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
        ("noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf"),
        ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf"),
        ("noto/NotoSansDisplay-Regular.ttf", "noto/NotoSans-Bold.ttf"),
        ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    ],
    "serif": [
        ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
        ("noto/NotoSerif-Regular.ttf", "noto/NotoSerif-Bold.ttf"),
        ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf"),
        ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    ],
}


def _available(kind: str) -> list[tuple[Path, Path]]:
    out = [(_FONT_ROOT / r, _FONT_ROOT / b) for r, b in _FONTS[kind]]
    out = [(r, b) for r, b in out if r.exists() and b.exists()]
    if not out:
        raise RuntimeError(f"no {kind} font under {_FONT_ROOT}")
    return out


@lru_cache(maxsize=512)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


@lru_cache(maxsize=64)
def _has_glyph(path: str, ch: str) -> bool:
    f = _font(path, 40)
    missing = f.getmask("\u0378")  # unassigned: draws the font's .notdef box
    got = f.getmask(ch)
    return got.size != (0, 0) and (got.size != missing.size or bytes(got) != bytes(missing))


# ---------------------------------------------------------------- layout engine


@dataclass
class _Op:
    kind: str
    args: dict[str, Any]


@dataclass
class Doc:
    """A page described as a list of operations, drawn in two passes (measure, then paint)."""

    width: int
    font_kind: str
    regular: Path
    bold: Path
    size: int
    bg: tuple[int, int, int] = (255, 255, 255)
    fg: tuple[int, int, int] = (20, 20, 20)
    margin: int = 24
    ops: list[_Op] = field(default_factory=list)
    drawn: list[str] = field(default_factory=list)

    # -- building
    def _add(self, kind: str, **args: Any) -> Doc:
        self.ops.append(_Op(kind, args))
        return self

    def text(
        self,
        s: str,
        align: str = "left",
        size: float = 1.0,
        bold: bool = False,
        color: tuple[int, int, int] | None = None,
    ) -> Doc:
        return self._add("text", s=s, align=align, size=size, bold=bold, color=color)

    def kv(
        self,
        label: str,
        value: str,
        size: float = 1.0,
        bold: bool = False,
        sep: str = "",
        tab: float | None = None,
        color: tuple[int, int, int] | None = None,
        label_color: tuple[int, int, int] | None = None,
    ) -> Doc:
        """Label left, value right (or at ``tab``, a fraction of the width, after ``sep``)."""
        return self._add(
            "kv",
            label=label,
            value=value,
            size=size,
            bold=bold,
            sep=sep,
            tab=tab,
            color=color,
            label_color=label_color,
        )

    def above(
        self,
        label: str,
        value: str,
        size: float = 1.0,
        bold: bool = False,
        label_color: tuple[int, int, int] = (110, 110, 110),
        align: str = "left",
    ) -> Doc:
        """A small grey label with its value on the line below."""
        return self._add(
            "above", label=label, value=value, size=size, bold=bold, label_color=label_color, align=align
        )

    def rule(self, style: str = "solid", color: tuple[int, int, int] | None = None) -> Doc:
        return self._add("rule", style=style, color=color)

    def gap(self, px: int) -> Doc:
        return self._add("gap", px=px)

    def bar(
        self,
        s: str,
        bg: tuple[int, int, int],
        fg: tuple[int, int, int] = (255, 255, 255),
        height: int = 110,
        size: float = 1.15,
        align: str = "left",
    ) -> Doc:
        return self._add("bar", s=s, bg=bg, fgc=fg, height=height, size=size, align=align)

    def icon(self, kind: str, color: tuple[int, int, int], radius: int = 46, letter: str = "") -> Doc:
        return self._add("icon", icon=kind, color=color, radius=radius, letter=letter)

    def box(
        self,
        fill: tuple[int, int, int] | None,
        outline: tuple[int, int, int] | None = None,
        radius: int = 18,
        pad: int = 18,
        inset: int = 0,
    ) -> Doc:
        return self._add("box", fill=fill, outline=outline, radius=radius, pad=pad, inset=inset)

    def endbox(self) -> Doc:
        return self._add("endbox")

    def table(
        self,
        header: list[str],
        rows: list[list[str]],
        fracs: list[float],
        aligns: str,
        grid: bool = False,
        size: float = 0.95,
        header_fill: tuple[int, int, int] | None = None,
        bold_last: bool = False,
    ) -> Doc:
        return self._add(
            "table",
            header=header,
            rows=rows,
            fracs=fracs,
            aligns=aligns,
            grid=grid,
            size=size,
            header_fill=header_fill,
            bold_last=bold_last,
        )

    # -- drawing
    def _f(self, scale: float, bold: bool) -> ImageFont.FreeTypeFont:
        # never below 22 px: every glyph line stays at least ~18 px tall from ascender to descender
        return _font(str(self.bold if bold else self.regular), max(22, round(self.size * scale)))

    @staticmethod
    def _line_h(f: ImageFont.FreeTypeFont) -> int:
        a, d = f.getmetrics()
        return int((a + d) * 1.12)

    def _run(self, dr: ImageDraw.ImageDraw | None, boxes: list[tuple[int, int, _Op]]) -> tuple[int, list]:
        y = self.margin
        x0, x1 = self.margin, self.width - self.margin
        stack: list[tuple[int, _Op, int, int]] = []  # (y_start, op, saved x0, saved x1)
        found: list[tuple[int, int, _Op]] = []

        def put(x: float, yy: float, s: str, f: ImageFont.FreeTypeFont, color: tuple[int, int, int] | None):
            if dr is not None and s:
                dr.text((x, yy), s, font=f, fill=color or self.fg)
                self.drawn.append(s)

        for op in self.ops:
            a = op.args
            if op.kind == "text":
                f = self._f(a["size"], a["bold"])
                w = f.getlength(a["s"])
                if w > x1 - x0:
                    raise ValueError(f"text too wide for {self.width}px: {a['s']!r}")
                x = {"left": x0, "center": (x0 + x1 - w) / 2, "right": x1 - w}[a["align"]]
                put(x, y, a["s"], f, a["color"])
                y += self._line_h(f)
            elif op.kind == "kv":
                f = self._f(a["size"], a["bold"])
                lab = a["label"] + a["sep"]
                lw, vw = f.getlength(lab), f.getlength(a["value"])
                if a["tab"] is not None:
                    vx = x0 + (x1 - x0) * a["tab"]
                    vx = max(vx, x0 + lw + 8)
                else:
                    vx = x1 - vw
                put(x0, y, lab, f, a["label_color"])
                if vx + vw > x1 or vx < x0 + lw + 10:  # no room: the value goes on its own line
                    y += self._line_h(f)
                    if vw > x1 - x0:
                        raise ValueError(f"value too wide for {self.width}px: {a['value']!r}")
                    vx = x1 - vw
                put(vx, y, a["value"], f, a["color"])
                y += self._line_h(f)
            elif op.kind == "above":
                fl = self._f(a["size"] * 0.8, False)
                fv = self._f(a["size"], a["bold"])
                for s, f, c in ((a["label"], fl, a["label_color"]), (a["value"], fv, None)):
                    w = f.getlength(s)
                    if w > x1 - x0:
                        raise ValueError(f"text too wide for {self.width}px: {s!r}")
                    x = x0 if a["align"] == "left" else (x0 + x1 - w) / 2
                    put(x, y, s, f, c)
                    y += self._line_h(f)
                y += 6
            elif op.kind == "rule":
                c = a["color"] or (150, 150, 150)
                if dr is not None:
                    if a["style"] == "solid":
                        dr.line([(x0, y + 8), (x1, y + 8)], fill=c, width=2)
                    elif a["style"] == "dashed":
                        for xx in range(x0, x1, 14):
                            dr.line([(xx, y + 8), (min(xx + 8, x1), y + 8)], fill=c, width=2)
                    elif a["style"] == "double":
                        dr.line([(x0, y + 5), (x1, y + 5)], fill=c, width=2)
                        dr.line([(x0, y + 11), (x1, y + 11)], fill=c, width=2)
                    elif a["style"] in ("chars-", "chars="):
                        f = self._f(1.0, False)
                        n = int((x1 - x0) / max(1.0, f.getlength("-")))
                        dr.text((x0, y - 4), a["style"][-1] * n, font=f, fill=self.fg)
                y += 18 if not a["style"].startswith("chars") else self._line_h(self._f(1.0, False)) - 4
            elif op.kind == "gap":
                y += a["px"]
            elif op.kind == "bar":
                f = self._f(a["size"], True)
                if y == self.margin:  # a top bar starts at the screen's edge
                    y = 0
                if dr is not None:
                    dr.rectangle([0, y, self.width, y + a["height"]], fill=a["bg"])
                w = f.getlength(a["s"])
                x = self.margin if a["align"] == "left" else (self.width - w) / 2
                asc, desc = f.getmetrics()
                put(x, y + (a["height"] - asc - desc) / 2, a["s"], f, a["fgc"])
                y += a["height"] + 16
            elif op.kind == "icon":
                r = a["radius"]
                cx, cy = self.width / 2, y + r
                if dr is not None:
                    dr.ellipse([cx - r, cy - r, cx + r, cy + r], fill=a["color"])
                    wcol = (255, 255, 255)
                    lw = max(4, r // 7)
                    if a["icon"] == "tick":
                        dr.line(
                            [
                                (cx - r * 0.45, cy + r * 0.02),
                                (cx - r * 0.1, cy + r * 0.35),
                                (cx + r * 0.45, cy - r * 0.3),
                            ],
                            fill=wcol,
                            width=lw,
                            joint="curve",
                        )
                    elif a["icon"] == "cross":
                        d = r * 0.35
                        dr.line([(cx - d, cy - d), (cx + d, cy + d)], fill=wcol, width=lw)
                        dr.line([(cx - d, cy + d), (cx + d, cy - d)], fill=wcol, width=lw)
                    elif a["icon"] == "clock":
                        dr.ellipse(
                            [cx - r * 0.55, cy - r * 0.55, cx + r * 0.55, cy + r * 0.55],
                            outline=wcol,
                            width=lw,
                        )
                        dr.line(
                            [
                                (cx, cy),
                                (cx, cy - r * 0.35),
                            ],
                            fill=wcol,
                            width=lw,
                        )
                        dr.line([(cx, cy), (cx + r * 0.28, cy)], fill=wcol, width=lw)
                if a["letter"]:
                    f = self._f(1.5, True)
                    bb = f.getbbox(a["letter"])
                    put(cx - (bb[0] + bb[2]) / 2, cy - (bb[1] + bb[3]) / 2, a["letter"], f, (255, 255, 255))
                y += 2 * r + 18
            elif op.kind == "box":
                y += a["pad"] // 2
                stack.append((y, op, x0, x1))
                x0, x1 = x0 + a["inset"] + a["pad"], x1 - a["inset"] - a["pad"]
                y += a["pad"]
            elif op.kind == "endbox":
                ys, bop, sx0, sx1 = stack.pop()
                y += bop.args["pad"]
                found.append((ys, y, bop))
                x0, x1 = sx0, sx1
                y += bop.args["pad"] // 2 + 6
            elif op.kind == "table":
                f = self._f(a["size"], False)
                fb = self._f(a["size"], True)
                lh = self._line_h(f) + (8 if a["grid"] else 0)
                cols = []
                acc = x0
                for fr in a["fracs"]:
                    cols.append((acc, acc + (x1 - x0) * fr))
                    acc += (x1 - x0) * fr
                allrows = ([(a["header"], True)] if a["header"] else []) + [
                    (r, a["bold_last"] and i == len(a["rows"]) - 1) for i, r in enumerate(a["rows"])
                ]
                ytop = y
                for ri, (row, isb) in enumerate(allrows):
                    ff = fb if isb else f
                    if dr is not None and ri == 0 and a["header"] and a["header_fill"]:
                        dr.rectangle([x0, y, x1, y + lh], fill=a["header_fill"])
                    for (cx0, cx1), cell, al in zip(cols, row, a["aligns"]):
                        w = ff.getlength(cell)
                        if w > cx1 - cx0 - 8:
                            raise ValueError(f"cell too wide: {cell!r}")
                        x = cx0 + 6 if al == "l" else (cx1 - 6 - w if al == "r" else (cx0 + cx1 - w) / 2)
                        put(x, y + (4 if a["grid"] else 0), cell, ff, None)
                    y += lh
                    if dr is not None and a["grid"]:
                        dr.line([(x0, y), (x1, y)], fill=(90, 90, 90), width=1)
                if dr is not None and a["grid"]:
                    dr.line([(x0, ytop), (x1, ytop)], fill=(90, 90, 90), width=1)
                    for cx0, cx1 in cols:
                        dr.line([(cx0, ytop), (cx0, y)], fill=(90, 90, 90), width=1)
                    dr.line([(x1, ytop), (x1, y)], fill=(90, 90, 90), width=1)
                y += 8
            else:  # pragma: no cover
                raise ValueError(op.kind)
        return y + self.margin, found

    def render(self) -> Image.Image:
        h, boxes = self._run(None, [])
        img = Image.new("RGB", (self.width, max(h, 200)), self.bg)
        dr = ImageDraw.Draw(img)
        for ys, ye, op in boxes:
            a = op.args
            rect = [self.margin + a["inset"], ys, self.width - self.margin - a["inset"], ye]
            dr.rounded_rectangle(
                rect, radius=a["radius"], fill=a["fill"], outline=a["outline"], width=2 if a["outline"] else 0
            )
        self.drawn = []
        self._run(dr, [])
        return img


def _doc(rng: random.Random, kind: str, width: int, size: int, **kw: Any) -> Doc:
    reg, bold = rng.choice(_available(kind))
    return Doc(width=width, font_kind=kind, regular=reg, bold=bold, size=size, **kw)


# ---------------------------------------------------------------- values


_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def _code(rng: random.Random, n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))


def _gstin(rng: random.Random) -> str:
    return f"{rng.randint(1, 36):02d}{_letters(rng, 5)}{_digits(rng, 4)}{_letters(rng, 1)}1Z{_code(rng, 1)}"


def _phone_in(rng: random.Random) -> str:
    n = str(rng.choice([6, 7, 8, 9])) + _digits(rng, 9)
    return rng.choice([f"+91 {n[:5]} {n[5:]}", f"{n}", f"+91-{n}", f"0{n[:5]}-{n[5:]}"])


def _mask(rng: random.Random) -> str:
    d = _digits(rng, 4)
    return rng.choice([f"XXXX XXXX XXXX {d}", f"**** {d}", f"xxxx{d}", f"•••• {d}", f"XX{d}"])


def _money(amount: Decimal, style: str, paise: bool = True) -> str:
    """``style``: indian, western, plain, continental (1.234,56), space (1 234,56)."""
    q = amount.quantize(Decimal("0.01"))
    whole = int(q)
    cents = int((q - whole) * 100)
    if style == "indian":
        g = group_indian(whole)
    elif style == "western":
        g = f"{whole:,}"
    elif style == "continental":
        g = f"{whole:,}".replace(",", ".")
    elif style == "space":
        g = f"{whole:,}".replace(",", " ")
    else:
        g = str(whole)
    if not paise and cents == 0:
        return g
    dec = "," if style in ("continental", "space") else "."
    return f"{g}{dec}{cents:02d}"


def _rupee(doc: Doc, rng: random.Random) -> str:
    """A rupee mark the page's font can draw."""
    opts = ["Rs.", "Rs. ", "INR ", "Rs "]
    if _has_glyph(str(doc.regular), "₹") and _has_glyph(str(doc.bold), "₹"):
        opts += ["₹", "₹", "₹ ", "₹"]
    return rng.choice(opts)


def _amt(rng: random.Random, lo: float, hi: float, step: float = 0.01) -> Decimal:
    v = rng.uniform(lo, hi)
    v = round(v / step) * step
    return Decimal(str(round(v, 2))).quantize(Decimal("0.01"))


def _d(x: Any) -> Decimal:
    return Decimal(x).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


_DMY_FORMATS = [
    "%d/%m/%Y",
    "%d-%m-%Y",
    "%d.%m.%Y",
    "%d %b %Y",
    "%d-%b-%Y",
    "%d %B %Y",
    "%Y-%m-%d",
    "%d/%m/%y",
    "%d-%b-%y",
    "%A, %d %B %Y",
    "%b %d, %Y",
    "%d %b, %Y",
    "%d.%m.%y",
]
_MDY_FORMATS = ["%m/%d/%Y", "%m/%d/%y", "%b %d, %Y", "%B %d, %Y", "%m-%d-%Y", "%a, %b %d, %Y"]


def _fmt_date(rng: random.Random, d: date, currency: str, fmts: list[str] | None = None) -> str:
    if fmts is None:
        fmts = _MDY_FORMATS if currency == "USD" else _DMY_FORMATS
    fmt = rng.choice(fmts)
    s = d.strftime(fmt)
    if ("%b" in fmt or "%B" in fmt) and rng.random() < 0.3:  # "5 Mar 2026", "Mar 5, 2026"
        s = re.sub(r"\b0(\d)\b", r"\1", s, count=1)
    return s


def _time(rng: random.Random, style: str | None = None) -> str:
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    style = style or rng.choice(["24", "24s", "12"])
    if style == "24":
        return f"{h:02d}:{m:02d}"
    if style == "24s":
        return f"{h:02d}:{m:02d}:{s:02d}"
    return (
        f"{(h % 12) or 12}:{m:02d} {'AM' if h < 12 else 'PM'}"
        if rng.random() < 0.5
        else f"{(h % 12) or 12}:{m:02d} {'am' if h < 12 else 'pm'}"
    )


def _day(rng: random.Random) -> date:
    return date(2025, 1, 1) + timedelta(days=rng.randint(0, 700))


_FIRST = [
    "Aarav",
    "Priya",
    "Rohan",
    "Meera",
    "Kabir",
    "Ananya",
    "Vikram",
    "Sneha",
    "Arjun",
    "Divya",
    "Farhan",
    "Ishita",
    "Karthik",
    "Lakshmi",
    "Nikhil",
    "Pooja",
    "Rahul",
    "Sana",
    "Tanvi",
    "Yash",
]
_LAST = [
    "Sharma",
    "Iyer",
    "Reddy",
    "Patel",
    "Nair",
    "Khan",
    "Gupta",
    "Das",
    "Menon",
    "Joshi",
    "Bhat",
    "Kulkarni",
    "Chatterjee",
    "Singh",
    "Rao",
    "Mehta",
    "Pillai",
    "Agarwal",
]
_CITIES = [
    "Pune",
    "Bengaluru",
    "Chennai",
    "Hyderabad",
    "Kochi",
    "Jaipur",
    "Lucknow",
    "Indore",
    "Nagpur",
    "Surat",
    "Bhopal",
    "Mysuru",
    "Vadodara",
    "Coimbatore",
    "Guwahati",
    "Noida",
]


def _person(rng: random.Random) -> str:
    return f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"


def _bank(rng: random.Random) -> str:
    return rng.choice(
        [
            "State Bank of India",
            "HDFC Bank",
            "ICICI Bank",
            "Axis Bank",
            "Kotak Mahindra Bank",
            "Bank of Baroda",
            "Canara Bank",
            "Punjab National Bank",
            "IndusInd Bank",
            "Federal Bank",
            "Union Bank of India",
            "Yes Bank",
        ]
    )


def _upi_ref(rng: random.Random) -> str:
    return _digits(rng, 12)


# ---------------------------------------------------------------- families

# A family returns the page, its truth and what it printed for the total and the date.
FamilyOut = tuple[Doc, ReceiptTruth, dict[str, Any]]

_STATUS_WORDS = {
    "success": [
        "Successful",
        "Success",
        "SUCCESS",
        "Completed",
        "Paid",
        "PAID",
        "APPROVED",
        "Approved",
        "Received",
        "received",
        "successful",
        "Processed",
        "Settled",
        "Payment done",
        "erfolgt",
        "ACCEPTE",
        "Autorizzato",
        "Betaald",
        "paid",
        "completed",
        "Confirmed",
        "CONFIRMED",
    ],
    "failed": [
        "Failed",
        "FAILED",
        "failed",
        "Declined",
        "DECLINED",
        "declined",
        "Unsuccessful",
        "Rejected",
        "REJECTED",
    ],
    "pending": [
        "Pending",
        "PENDING",
        "pending",
        "Processing",
        "processing",
        "In Process",
        "Scheduled",
        "scheduled",
        "Awaiting",
        "under process",
        "Under process",
        "in progress",
        "in Progress",
    ],
}
_METHOD_WORDS = {
    "UPI": ["UPI", "BHIM"],
    "card": [
        "Card",
        "CARD",
        "card",
        "Visa",
        "VISA",
        "Mastercard",
        "MASTERCARD",
        "RuPay",
        "RUPAY",
        "Amex",
        "CB",
        "PIN",
        "Contactless",
        "Girocard",
        "Bancomat",
        "Carte",
        "Karte",
        "Discover",
        "Carta",
    ],
    "netbanking": [
        "Net Banking",
        "NetBanking",
        "Netbanking",
        "NEFT",
        "IMPS",
        "RTGS",
        "Internet Banking",
        "NET BANKING",
        "Bank Transfer",
    ],
    "wallet": ["Wallet", "wallet", "WALLET"],
    "cash": ["Cash", "CASH", "cash", "Bar", "Espèces", "ESPECES", "Contant", "Contanti", "CONTANTI", "Coins"],
}
_CURRENCY_MARKS = {
    "INR": ["₹", "Rs", "INR"],
    "USD": ["$", "USD"],
    "EUR": ["€", "EUR"],
    "GBP": ["£", "GBP"],
    "AED": ["AED"],
    "SGD": ["SGD", "S$"],
    "AUD": ["AUD", "A$"],
}


def _status_pick(rng: random.Random, p_fail: float = 0.12, p_pend: float = 0.1) -> str:
    r = rng.random()
    return "failed" if r < p_fail else ("pending" if r < p_fail + p_pend else "success")


def fam_fuel_pos(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, "mono", 576, rng.choice([24, 25, 26]), bg=(250, 249, 244), margin=20)
    brand = rng.choice(["HP", "IOCL", "BPCL", "Nayara", "Jio-bp", "Shell"])
    station = rng.choice(
        [
            "SHREE BALAJI FUELS",
            "GANESH AUTO SERVICE",
            "NEW HIGHWAY FILLING STN",
            "SAI PETRO POINT",
            "MAHALAXMI FUEL CENTRE",
            "KRISHNA SERVICE STATION",
        ]
    )
    city = rng.choice(_CITIES).upper()
    rate = _amt(rng, 89, 109)
    litres = Decimal(str(round(rng.uniform(4, 45), 2)))
    total = _d(rate * litres)
    mode = rng.choice(["card", "card", "UPI", "cash", "wallet"])
    status = "success" if mode != "cash" and rng.random() < 0.8 else None
    show_date = rng.random() > 0.2
    day = _day(rng)
    rs = _rupee(doc, rng)
    doc.text(f"WELCOME TO {brand}", "center", bold=True)
    doc.text(station, "center", bold=True)
    doc.text(f"{rng.choice(['NH-48', 'MG ROAD', 'RING RD', 'STATION RD'])}, {city}", "center")
    doc.text(f"Ph: {_phone_in(rng)}", "center", size=0.9)
    doc.text(f"GSTIN:{_gstin(rng)}", "center", size=0.9)
    doc.rule("chars-")
    tid, mid, batch = _digits(rng, 8), _digits(rng, 15), f"{rng.randint(1, 999):06d}"
    doc.kv("TID:", tid)
    doc.kv("MID:", mid)
    rec = str(rng.randint(10000, 999999))
    id_label = rng.choice(["RECEIPT NO:", "BILL NO:", "TXN NO:", "INVOICE NO:"])
    doc.kv(id_label, rec)
    doc.kv("BATCH:", batch)
    dstr = _fmt_date(rng, day, "INR", ["%d/%m/%Y", "%d-%m-%y", "%d/%m/%y", "%d-%b-%Y"])
    if show_date:
        doc.kv(rng.choice(["DATE:", "DT:"]), dstr)
        doc.kv("TIME:", _time(rng, "24s"))
    doc.rule("chars-")
    doc.kv("NOZZLE NO:", str(rng.randint(1, 8)))
    doc.kv("PRODUCT:", rng.choice(["PETROL", "DIESEL", "XTRAPREMIUM", "POWER", "SPEED 97"]))
    doc.kv(rng.choice(["RATE/LTR:", "RATE(Rs/L):"]), _money(rate, "plain"))
    doc.kv(rng.choice(["VOLUME(L):", "QTY(LTR):"]), f"{litres:.2f}")
    doc.kv(
        "VEHICLE NO:",
        f"{rng.choice(['MH', 'KA', 'TN', 'DL', 'GJ'])}{rng.randint(1, 50):02d}"
        f"{_letters(rng, 2)}{_digits(rng, 4)}",
    )
    doc.kv("MOBILE NO:", _phone_in(rng).replace(" ", "")[-10:])
    doc.rule("chars-")
    amt_s = _money(total, rng.choice(["plain", "indian"]))
    doc.kv(
        rng.choice(["AMOUNT:", "TOTAL AMT:", "SALE AMT:", "NET AMOUNT:"]), f"{rs}{amt_s}", bold=True, size=1.1
    )
    card_words = {
        "card": rng.choice(["CARD", "DEBIT CARD", "CREDIT CARD"]),
        "UPI": "UPI",
        "cash": "CASH",
        "wallet": rng.choice(["WALLET", "FLEET WALLET", "PAYTM WALLET"]),
    }
    show_mode = rng.random() > 0.2
    if show_mode:
        doc.kv(rng.choice(["MODE:", "PAYMENT MODE:", "PAID BY:"]), card_words[mode])
    if mode == "card":
        doc.kv("CARD:", _mask(rng).upper())
        doc.kv(rng.choice(["APPR CODE:", "AUTH CODE:"]), _code(rng, 6))
        doc.kv("RRN:", _digits(rng, 12))
    if status:
        doc.text(rng.choice(["TXN APPROVED", "APPROVED", "PAYMENT SUCCESSFUL"]), "center", bold=True)
    doc.rule("chars=")
    doc.text(rng.choice(["THANK YOU. VISIT AGAIN", "SAVE FUEL SAVE MONEY", "DRIVE SAFE"]), "center")
    truth = ReceiptTruth(
        station,
        str(total),
        "INR",
        rec,
        day.isoformat() if show_date else None,
        mode if show_mode else None,
        status,
    )
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def fam_restaurant(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, rng.choice(["mono", "mono", "sans"]), 576, 24, margin=20)
    name = rng.choice(
        [
            "Anjappar Chettinad",
            "The Brew Room",
            "Hotel Saravana Bhavan",
            "Punjabi Tadka Dhaba",
            "Coastal Curry House",
            "Café Mocha Mantra",
            "Bombay Brasserie Express",
            "Udupi Krishna Bhavan",
        ]
    )
    items = rng.sample(
        [
            ("Paneer Tikka", 280),
            ("Chicken 65", 320),
            ("Veg Biryani", 240),
            ("Butter Naan", 60),
            ("Masala Dosa", 110),
            ("Filter Coffee", 45),
            ("Dal Makhani", 260),
            ("Fresh Lime Soda", 90),
            ("Fish Curry", 380),
            ("Gulab Jamun", 95),
            ("Cold Coffee", 150),
        ],
        rng.randint(3, 6),
    )
    qtys = [rng.randint(1, 3) for _ in items]
    sub = _d(sum(p * q for (_, p), q in zip(items, qtys)))
    svc_rate = rng.choice([0, 5, 7.5, 10])
    svc = _d(sub * Decimal(str(svc_rate)) / 100)
    disc = _d(sub * Decimal(rng.choice([0, 0, 10, 15])) / 100)
    base = sub + svc - disc
    cgst = _d(base * Decimal("0.025"))
    sgst = cgst
    raw = base + cgst + sgst
    roundoff = (
        _d(raw.quantize(Decimal(1), rounding=ROUND_HALF_UP) - raw) if rng.random() < 0.6 else Decimal(0)
    )
    total = _d(raw + roundoff)
    day = _day(rng)
    rs = _rupee(doc, rng)
    doc.text(name, "center", bold=True, size=1.2)
    doc.text(
        f"{rng.randint(1, 200)}, {rng.choice(['Anna Salai', 'FC Road', 'Indiranagar', 'Park Street'])}",
        "center",
        size=0.9,
    )
    doc.text(f"GSTIN: {_gstin(rng)}", "center", size=0.85)
    doc.text(f"FSSAI Lic No: {_digits(rng, 14)}", "center", size=0.85)
    doc.rule("dashed")
    bill = rng.choice(
        [f"{rng.randint(1, 9999)}", f"B{_digits(rng, 5)}", f"INV/{day.year % 100}-{_digits(rng, 4)}"]
    )
    doc.kv(rng.choice(["Bill No", "Bill #", "Invoice No"]), bill, sep=rng.choice([":", ""]))
    show_date = rng.random() > 0.2
    dstr = _fmt_date(rng, day, "INR")
    if show_date:
        doc.kv(rng.choice(["Date", "Dt"]), dstr, sep=":")
    doc.kv("Table", f"T{rng.randint(1, 30)}   Covers: {rng.randint(1, 6)}")
    doc.kv(rng.choice(["Steward", "Captain", "Server"]), rng.choice(_FIRST))
    doc.rule("dashed")
    doc.table(
        ["Item", "Qty", "Amt"],
        [[n, str(q), _money(_d(p * q), "plain")] for (n, p), q in zip(items, qtys)],
        [0.6, 0.12, 0.28],
        "lcr",
        size=0.95,
    )
    doc.rule("dashed")
    doc.kv(rng.choice(["Sub Total", "Item Total", "Gross Amt"]), _money(sub, "indian"))
    if svc:
        doc.kv(f"Service Charge @{svc_rate:g}%", _money(svc, "plain"))
    if disc:
        doc.kv("Discount", f"-{_money(disc, 'plain')}")
    doc.kv("CGST @2.5%", _money(cgst, "plain"))
    doc.kv("SGST @2.5%", _money(sgst, "plain"))
    if roundoff:
        doc.kv("Round Off", f"{'+' if roundoff > 0 else ''}{roundoff}")
    amt_s = _money(total, rng.choice(["indian", "plain"]))
    doc.rule("dashed")
    doc.kv(
        rng.choice(["Grand Total", "NET PAYABLE", "Total Amount", "Bill Amount"]),
        f"{rs}{amt_s}",
        bold=True,
        size=1.15,
    )
    mode = rng.choice(["card", "UPI", "cash", "wallet", None])
    words = {
        "card": rng.choice(["Card", "Credit Card", "Debit Card"]),
        "UPI": rng.choice(["UPI", "UPI (GPay)"]),
        "cash": "Cash",
        "wallet": "Wallet",
    }
    status = None
    if mode:
        doc.kv(rng.choice(["Paid by", "Settlement", "Payment Mode"]), words[mode], sep=":")
        if rng.random() < 0.5:
            doc.text(rng.choice(["** PAID **", "BILL SETTLED - PAID"]), "center", bold=True)
            status = "success"
    doc.rule("dashed")
    doc.text("Service charge is optional", "center", size=0.85)
    doc.text("Thank you! Please visit again", "center", size=0.9)
    truth = ReceiptTruth(name, str(total), "INR", bill, day.isoformat() if show_date else None, mode, status)
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def fam_metro_topup(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, "mono", 576, 25, bg=(252, 252, 248), margin=22)
    op = rng.choice(
        [
            ("BANGALORE METRO RAIL CORP LTD", "BMRCL"),
            ("DELHI METRO RAIL CORPORATION", "DMRC"),
            ("MUMBAI METRO ONE", "MMOPL"),
            ("CHENNAI METRO RAIL LIMITED", "CMRL"),
            ("HYDERABAD METRO RAIL", "L&TMRHL"),
            ("KOCHI METRO RAIL LTD", "KMRL"),
        ]
    )
    merchant = op[0] if rng.random() < 0.6 else op[1]
    day = _day(rng)
    rs = _rupee(doc, rng)
    amount = _d(rng.choice([100, 200, 250, 300, 500, 1000, 2000]))
    prev = _amt(rng, 0, 180)
    doc.text(merchant, "center", bold=True)
    doc.text(rng.choice(["CARD TOP-UP RECEIPT", "SMART CARD RECHARGE", "TRAVEL CARD ADD VALUE"]), "center")
    doc.text(
        f"{rng.choice(['MG Road', 'Rajiv Chowk', 'Andheri', 'Guindy', 'Ameerpet', 'Aluva'])} Stn", "center"
    )
    doc.rule("chars-")
    dstr = _fmt_date(rng, day, "INR", ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d-%b-%Y"])
    doc.kv("DATE/TIME", f"{dstr} {_time(rng, '24s')}")
    doc.kv(rng.choice(["TVM ID", "AVM NO", "BOOTH"]), f"{rng.randint(1, 40):03d}")
    doc.kv(rng.choice(["CARD NO", "CSC NO", "CARD ID"]), _digits(rng, 16)[:12])
    txn = rng.choice([f"{_digits(rng, 10)}", f"T{_digits(rng, 11)}", f"{_letters(rng, 3)}{_digits(rng, 8)}"])
    id_label = rng.choice(["TXN ID", "TRANS NO", "TXN REF"])
    show_id = rng.random() > 0.3
    if show_id:
        doc.kv(id_label, txn)
    doc.rule("chars-")
    doc.kv("PREV BAL", _money(prev, "plain"))
    amt_s = _money(amount, "plain", paise=rng.random() < 0.6)
    doc.kv(rng.choice(["TOPUP AMT", "RECHARGE AMT", "ADD VALUE"]), f"{rs}{amt_s}", bold=True)
    doc.kv(rng.choice(["NEW BAL", "CARD BAL"]), _money(prev + amount, "plain"))
    mode = rng.choice(["UPI", "card", "cash", "cash"])
    words = {"UPI": "UPI QR", "card": rng.choice(["DEBIT CARD", "RUPAY CARD", "CREDIT CARD"]), "cash": "CASH"}
    doc.kv(rng.choice(["PAY MODE", "PAYMENT"]), words[mode])
    if mode == "card":
        doc.kv("AUTH", _digits(rng, 6))
    status = rng.choice(["success", "success", None])
    if status:
        doc.text(rng.choice(["TOPUP SUCCESSFUL", "TRANSACTION SUCCESS"]), "center", bold=True)
    doc.rule("chars-")
    doc.text(f"Card valid till {(day + timedelta(days=3650)).strftime('%m/%Y')}", "center", size=0.9)
    doc.text(f"Helpline {rng.choice(['1800 425 12345', '155370', '1800-11-2233'])}", "center", size=0.9)
    truth = ReceiptTruth(
        merchant, str(amount), "INR", txn if show_id else None, day.isoformat(), mode, status
    )
    return doc, truth, {"amount": amt_s, "date": dstr}


def fam_mobile_recharge(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, "sans", 720, 28, bg=(245, 246, 250), margin=28)
    telco, color = rng.choice(
        [("Jio", (15, 60, 201)), ("Airtel", (230, 0, 0)), ("Vi", (238, 0, 140)), ("BSNL", (0, 110, 190))]
    )
    st = _status_pick(rng, 0.15, 0.12)
    day = _day(rng)
    price = _d(rng.choice([155, 199, 239, 299, 349, 479, 666, 719, 859, 2999, 3599]))
    rs = _rupee(doc, rng)
    doc.bar(f"{telco}  ·  My Account", color, height=104)
    doc.icon(
        {"success": "tick", "failed": "cross", "pending": "clock"}[st],
        {"success": (22, 160, 80), "failed": (210, 40, 40), "pending": (235, 150, 0)}[st],
    )
    headline = {
        "success": ["Recharge Successful", "Recharge successful!", "Payment Successful"],
        "failed": ["Recharge Failed", "Payment Failed"],
        "pending": ["Recharge Pending", "Payment Processing"],
    }[st]
    doc.text(rng.choice(headline), "center", bold=True, size=1.25)
    amt_s = _money(price, "indian", paise=rng.random() < 0.4)
    doc.text(f"{rs}{amt_s}", "center", bold=True, size=1.8)
    if st == "failed":
        doc.text("Any amount debited will be refunded in 3-5 days", "center", size=0.8)
    doc.gap(10)
    doc.box((255, 255, 255), radius=22)
    num = str(rng.choice([7, 8, 9])) + _digits(rng, 9)
    doc.above(rng.choice(["Mobile Number", "Recharged for", "Prepaid number"]), f"+91 {num[:5]} {num[5:]}")
    doc.above(
        "Plan",
        f"{rs}{_money(price, 'plain', False)} · {rng.choice(['1.5 GB/day', '2 GB/day', 'Unlimited'])}"
        f" · {rng.choice([28, 56, 84, 365])} days",
    )
    doc.above(
        rng.choice(["Valid till", "Validity ends", "Expires on"]),
        _fmt_date(rng, day + timedelta(days=rng.choice([28, 56, 84])), "INR", ["%d %b %Y", "%d/%m/%Y"]),
    )
    doc.endbox()
    doc.box((255, 255, 255), radius=22)
    dstr = _fmt_date(rng, day, "INR", ["%d %b %Y", "%d %B %Y", "%d/%m/%Y", "%d-%b-%Y", "%d %b, %Y"])
    show_date = rng.random() > 0.2
    if show_date:
        doc.kv(rng.choice(["Date", "Paid on", "Transaction date"]), f"{dstr}, {_time(rng, '12')}", size=0.9)
    oid = f"{rng.choice(['NR', 'BR', 'RC', ''])}{_digits(rng, 12)}"
    show_id = rng.random() > 0.2
    if show_id:
        doc.kv(rng.choice(["Order ID", "Transaction ID", "Txn ID"]), oid, size=0.9)
    mode = rng.choice(["UPI", "card", "wallet", "netbanking"])
    words = {
        "UPI": rng.choice(["UPI", "UPI - PhonePe", "BHIM UPI"]),
        "card": rng.choice(["Debit Card", "Credit Card"]),
        "wallet": rng.choice([f"{telco} Wallet", "Mobile Wallet"]),
        "netbanking": "Net Banking",
    }
    show_mode = rng.random() > 0.22
    if show_mode:
        doc.kv(rng.choice(["Paid via", "Payment mode"]), words[mode], size=0.9)
    doc.endbox()
    doc.text(
        f"Customer care: {rng.choice(['198', '121', '199', '1800-889-9999'])}",
        "center",
        size=0.8,
        color=(90, 90, 90),
    )
    truth = ReceiptTruth(
        telco,
        str(price),
        "INR",
        oid if show_id else None,
        day.isoformat() if show_date else None,
        mode if show_mode else None,
        st,
    )
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def fam_fee_receipt(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, rng.choice(["serif", "sans"]), 1240, 28, margin=60)
    inst = rng.choice(
        [
            "St. Xavier's High School",
            "Delhi Public School, Sector 45",
            "Govt. Engineering College",
            "Kendriya Vidyalaya No. 2",
            "Sri Venkateswara Degree College",
            "National Institute of Design",
            "Vidya Niketan Junior College",
        ]
    )
    day = _day(rng)
    rs = _rupee(doc, rng)
    heads = rng.sample(
        [
            ("Tuition Fee", (8000, 45000)),
            ("Development Fee", (1000, 6000)),
            ("Lab Fee", (500, 3000)),
            ("Transport Fee", (2000, 9000)),
            ("Library Fee", (300, 1500)),
            ("Exam Fee", (500, 2500)),
            ("Sports Fee", (200, 1200)),
            ("Hostel Fee", (15000, 60000)),
        ],
        rng.randint(3, 5),
    )
    vals = [_d(rng.randint(*r) // 50 * 50) for _, r in heads]
    late = _d(rng.choice([0, 0, 0, 100, 250, 500]))
    total = sum(vals, Decimal(0)) + late
    doc.text(inst, "center", bold=True, size=1.35)
    doc.text(f"{rng.choice(_CITIES)} · Affiliation No. {_digits(rng, 7)}", "center", size=0.85)
    doc.text(
        rng.choice(["FEE RECEIPT", "Fee Receipt", "STUDENT FEE RECEIPT (Office Copy)"]), "center", bold=True
    )
    doc.rule("double")
    rno = rng.choice([f"FR/{day.year}/{_digits(rng, 5)}", f"{_digits(rng, 6)}", f"R-{_digits(rng, 4)}"])
    doc.kv(rng.choice(["Receipt No.", "Receipt #", "Rcpt No"]), rno, sep=" :", tab=0.3)
    dstr = _fmt_date(rng, day, "INR")
    doc.kv(rng.choice(["Date", "Receipt Date", "Date of Payment"]), dstr, sep=" :", tab=0.3)
    doc.kv("Student Name", _person(rng), sep=" :", tab=0.3)
    doc.kv(
        rng.choice(["Admission No.", "Roll No.", "Enrolment No."]),
        _digits(rng, rng.choice([5, 8, 10])),
        sep=" :",
        tab=0.3,
    )
    doc.kv(
        "Class / Sec",
        rng.choice(["VIII-B", "X-A", "XII Sci", "B.Tech II Yr", "B.Com I Yr"]),
        sep=" :",
        tab=0.3,
    )
    doc.kv(
        rng.choice(["Term", "Period"]),
        rng.choice(["Apr–Jun", "Term II", f"AY {day.year}-{(day.year + 1) % 100}"]),
        sep=" :",
        tab=0.3,
    )
    doc.gap(10)
    rows = [[str(i + 1), n, _money(v, "indian")] for i, ((n, _), v) in enumerate(zip(heads, vals))]
    if late:
        rows.append([str(len(rows) + 1), "Late Fine", _money(late, "indian")])
    amt_s = _money(total, "indian")
    rows.append(["", "Total", f"{rs}{amt_s}"])
    doc.table(
        ["S.No", "Particulars", f"Amount ({'INR' if rs.startswith('INR') else 'Rs.'})"],
        rows,
        [0.12, 0.58, 0.3],
        "clr",
        grid=True,
        header_fill=(230, 230, 230),
        bold_last=True,
    )
    doc.text(f"Next instalment due by {_fmt_date(rng, day + timedelta(days=90), 'INR')}", size=0.85)
    doc.gap(10)
    mode = rng.choice(["netbanking", "UPI", "card", "cash"])
    words = {
        "netbanking": rng.choice(["Net Banking", "Online - NetBanking"]),
        "UPI": "UPI",
        "card": rng.choice(["Debit Card", "Credit Card"]),
        "cash": "Cash",
    }
    show_mode = rng.random() > 0.25
    if show_mode:
        doc.kv("Payment Mode", words[mode], sep=" :", tab=0.3)
    ref = None
    if mode != "cash" and rng.random() < 0.75:
        ref = rng.choice([_digits(rng, 12), f"{_letters(rng, 4)}{_digits(rng, 10)}"])
        doc.kv(rng.choice(["Transaction Ref.", "Bank Ref No.", "UTR / Ref"]), ref, sep=" :", tab=0.3)
    status = None
    if rng.random() < 0.5:
        doc.kv("Status", rng.choice(["PAID", "Received"]), sep=" :", tab=0.3)
        status = "success"
    doc.gap(30)
    doc.kv("Parent's Mobile: " + _phone_in(rng), "Cashier / Accountant")
    doc.text("This is a computer generated receipt.", "center", size=0.8)
    truth = ReceiptTruth(
        inst, str(total), "INR", ref or rno, day.isoformat(), mode if show_mode else None, status
    )
    return doc, truth, {"amount": amt_s, "date": dstr}


def fam_property_tax(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, rng.choice(["sans", "serif"]), 1240, 27, margin=60, bg=(255, 254, 248))
    corp = rng.choice(
        [
            "Pune Municipal Corporation",
            "Bruhat Bengaluru Mahanagara Palike",
            "Greater Chennai Corporation",
            "Municipal Corporation of Greater Mumbai",
            "Greater Hyderabad Municipal Corporation",
            "Indore Municipal Corporation",
            "Nagpur Municipal Corporation",
        ]
    )
    day = _day(rng)
    rs = _rupee(doc, rng)
    gen = _d(rng.randint(1500, 60000))
    edu = _d(gen * Decimal("0.1"))
    water = _d(rng.choice([0, 600, 1200, 2400]))
    pen = _d(rng.choice([0, 0, gen * Decimal("0.02")]))
    reb = _d(rng.choice([0, 0, gen * Decimal("0.05")]))
    total = gen + edu + water + pen - reb
    doc.text(corp, "center", bold=True, size=1.3)
    doc.text(rng.choice(["Property Tax Department", "Revenue Department - Property Tax"]), "center")
    doc.text(
        rng.choice(["PAYMENT RECEIPT", "ONLINE PAYMENT ACKNOWLEDGEMENT", "Tax Receipt"]), "center", bold=True
    )
    doc.rule("solid")
    fy = f"{day.year if day.month > 3 else day.year - 1}-{(day.year + (1 if day.month > 3 else 0)) % 100:02d}"
    rno = f"{rng.choice(['PT', 'RCPT', 'R'])}{_digits(rng, 9)}"
    doc.kv(rng.choice(["Receipt Number", "Receipt No"]), rno, sep=" :", tab=0.35)
    doc.kv(
        rng.choice(["Property ID", "Assessment No.", "PID / Khata No."]),
        f"{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 3)}",
        sep=" :",
        tab=0.35,
    )
    doc.kv("Owner Name", _person(rng), sep=" :", tab=0.35)
    doc.kv(
        "Ward / Zone",
        f"{rng.randint(1, 198)} / {rng.choice(['East', 'South', 'Zone-III', 'Central'])}",
        sep=" :",
        tab=0.35,
    )
    doc.kv("Financial Year", fy, sep=" :", tab=0.35)
    dstr = _fmt_date(rng, day, "INR")
    show_date = rng.random() > 0.2
    if show_date:
        doc.kv(rng.choice(["Payment Date", "Date of Receipt", "Transaction Date"]), dstr, sep=" :", tab=0.35)
    doc.gap(8)
    rows = [["General Tax", _money(gen, "indian")], ["Education Cess", _money(edu, "indian")]]
    if water:
        rows.append(["Water Benefit Tax", _money(water, "indian")])
    if pen:
        rows.append(["Penalty / Interest", _money(pen, "indian")])
    if reb:
        rows.append(["Rebate (early payment)", f"-{_money(reb, 'indian')}"])
    amt_s = _money(total, rng.choice(["indian", "plain"]))
    rows.append([rng.choice(["Total Amount Paid", "Net Amount Paid", "Amount Received"]), f"{rs}{amt_s}"])
    doc.table(
        ["Tax Head", "Amount"],
        rows,
        [0.65, 0.35],
        "lr",
        grid=True,
        header_fill=(225, 232, 240),
        bold_last=True,
    )
    mode = rng.choice(["netbanking", "card", "UPI"])
    words = {"netbanking": "Net Banking", "card": rng.choice(["Credit Card", "Debit Card"]), "UPI": "UPI"}
    doc.kv(
        "Payment Mode",
        f"{words[mode]} ({rng.choice(['BillDesk', 'PayU', 'CCAvenue', 'Razorpay'])})",
        sep=" :",
        tab=0.35,
    )
    bref = rng.choice([_digits(rng, 12), f"{_letters(rng, 3)}{_digits(rng, 9)}"])
    show_ref = rng.random() > 0.2
    if show_ref:
        doc.kv(
            rng.choice(["Bank Reference No", "Gateway Txn ID", "Transaction Ref"]), bref, sep=" :", tab=0.35
        )
    st = rng.choice(["success", "success", "success", "pending"])
    doc.kv(
        "Payment Status",
        {
            "success": rng.choice(["Success", "SUCCESS", "Paid"]),
            "pending": rng.choice(["Pending", "Awaiting bank confirmation"]),
        }[st],
        sep=" :",
        tab=0.35,
    )
    doc.gap(20)
    doc.text(f"Due date for second half: {_fmt_date(rng, day + timedelta(days=150), 'INR')}", size=0.85)
    doc.text(f"Citizen helpline {rng.choice(['1800-103-0222', '155304', '020-25501000'])}", size=0.85)
    truth = ReceiptTruth(
        corp, str(total), "INR", bref if show_ref else rno, day.isoformat() if show_date else None, mode, st
    )
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def fam_pharmacy(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, rng.choice(["mono", "sans"]), rng.choice([576, 800]), 24, margin=22)
    shop = rng.choice(
        [
            "Apollo Pharmacy",
            "MedPlus",
            "Wellness Forever",
            "Sri Sai Medicals",
            "Jan Aushadhi Kendra",
            "Lifeline Chemists",
            "Guardian Pharmacy",
        ]
    )
    day = _day(rng)
    rs = _rupee(doc, rng)
    meds = rng.sample(
        [
            ("Paracetamol 650", 30.9),
            ("Azithral 500", 119.5),
            ("Pan-D Cap", 185.0),
            ("Cetzine 10mg", 21.4),
            ("Vitamin D3 60K", 142.0),
            ("ORS Sachet", 22.0),
            ("Telma 40", 232.8),
            ("Shelcal 500", 126.0),
            ("Dolo 650", 33.6),
            ("Benadryl Syp", 128.0),
        ],
        rng.randint(2, 5),
    )
    q = [rng.randint(1, 3) for _ in meds]
    gross = _d(sum(Decimal(str(p)) * n for (_, p), n in zip(meds, q)))
    disc = _d(gross * Decimal(rng.choice([0, 5, 10, 12, 15, 20])) / 100)
    total = _d(gross - disc)
    doc.text(shop, "center", bold=True, size=1.2)
    doc.text(f"{rng.choice(_CITIES)} | Ph {_phone_in(rng)}", "center", size=0.85)
    doc.text(f"DL No: {rng.choice(['20B', '21B', 'KA-B'])}/{_digits(rng, 6)}", "center", size=0.85)
    doc.text(f"GSTIN {_gstin(rng)}", "center", size=0.85)
    doc.rule("dashed")
    doc.text(rng.choice(["TAX INVOICE", "CASH MEMO", "Bill of Supply"]), "center", bold=True)
    inv = rng.choice([f"{_letters(rng, 2)}{_digits(rng, 7)}", f"{_digits(rng, 6)}", f"INV-{_digits(rng, 5)}"])
    doc.kv(rng.choice(["Inv No", "Bill No", "Invoice #"]), inv, sep=":")
    dstr = _fmt_date(rng, day, "INR", ["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d/%m/%y", "%d.%m.%Y"])
    doc.kv(rng.choice(["Date", "Bill Dt"]), dstr, sep=":")
    doc.kv("Patient", _person(rng), sep=":")
    doc.kv("Dr.", _person(rng), sep="")
    doc.rule("dashed")
    rows = []
    for (n, p), k in zip(meds, q):
        exp = date(day.year + rng.randint(1, 3), rng.randint(1, 12), 1).strftime("%m/%y")
        rows.append(
            [n, f"{_letters(rng, 1)}{_digits(rng, 4)}", exp, str(k), _money(_d(Decimal(str(p)) * k), "plain")]
        )
    if doc.width >= 800:
        doc.table(
            ["Item", "Batch", "Exp", "Qty", "Amt"], rows, [0.36, 0.19, 0.15, 0.1, 0.2], "llccr", size=0.85
        )
    else:  # a narrow slip has no room for the batch column
        doc.table(
            ["Item", "Exp", "Qty", "Amt"],
            [[r[0], r[2], r[3], r[4]] for r in rows],
            [0.48, 0.18, 0.1, 0.24],
            "lccr",
            size=0.85,
        )
    doc.rule("dashed")
    doc.kv("Gross Amt", _money(gross, "plain"))
    if disc:
        doc.kv(rng.choice(["Discount", "Less Disc."]), f"-{_money(disc, 'plain')}")
    doc.kv("GST incl. (CGST+SGST)", _money(_d(total * Decimal("0.0536")), "plain"), size=0.85)
    amt_s = _money(total, rng.choice(["plain", "indian"]))
    doc.kv(rng.choice(["Net Amount", "NET PAYABLE", "Total Payable"]), f"{rs}{amt_s}", bold=True, size=1.15)
    if disc:
        doc.text(f"You saved {rs}{_money(disc, 'plain')} today!", "center", size=0.9)
    mode = rng.choice(["cash", "UPI", "card", None])
    if mode:
        doc.kv("Paid By", {"cash": "Cash", "UPI": "UPI", "card": "Card"}[mode], sep=":")
    doc.rule("dashed")
    doc.text("Goods once sold will not be taken back", "center", size=0.8)
    truth = ReceiptTruth(shop, str(total), "INR", inv, day.isoformat(), mode, None)
    return doc, truth, {"amount": amt_s, "date": dstr}


def fam_travel_booking(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, "sans", rng.choice([1000, 1240]), 27, margin=48)
    air = rng.random() < 0.5
    day = _day(rng)
    travel = day + timedelta(days=rng.randint(2, 60))
    st = _status_pick(rng, 0.15, 0.1)
    rs = _rupee(doc, rng)
    if air:
        merchant = rng.choice(["IndiGo", "Air India Express", "Akasa Air", "SpiceJet"])
        fare = _d(rng.randint(2400, 14000))
        fees = [
            ("Base Fare", fare),
            ("Airport charges (UDF/PSF)", _d(rng.randint(300, 1200))),
            ("GST", _d(fare * Decimal("0.05"))),
            ("Convenience Fee", _d(rng.choice([0, 199, 350, 400]))),
        ]
        doc.bar(
            f"{merchant}  |  Manage Booking",
            rng.choice([(0, 45, 114), (180, 20, 40), (255, 100, 0)]),
            height=96,
        )
    else:
        merchant = rng.choice(["IRCTC", "Indian Railways e-Ticketing", "RailYatri Payments"])
        fare = _d(rng.randint(200, 4500))
        fees = [
            ("Ticket Fare", fare),
            ("Convenience Fee (incl. GST)", _d(rng.choice([11.8, 17.7, 23.6, 35.4]))),
            ("Travel Insurance", _d(rng.choice([0, 0.45, 0.90]))),
        ]
        doc.bar(f"{merchant}  –  Payment Summary", rng.choice([(33, 60, 120), (20, 90, 60)]), height=96)
    fees = [(n, v) for n, v in fees if v]
    total = sum((v for _, v in fees), Decimal(0))
    head = {
        "success": ["Payment Successful", "Booking Confirmed – payment received"],
        "failed": ["Payment Failed", "Transaction Failed. Booking not confirmed"],
        "pending": ["Payment Pending", "Booking in progress – payment pending"],
    }[st]
    doc.text(
        rng.choice(head),
        bold=True,
        size=1.3,
        color={"success": (20, 130, 60), "failed": (200, 30, 30), "pending": (200, 120, 0)}[st],
    )
    doc.gap(6)
    pnr = _code(rng, 6) if air else _digits(rng, 10)
    doc.kv(rng.choice(["PNR", "Booking Reference", "PNR No."]), pnr, sep=":", tab=0.42)
    if air:
        doc.kv(
            "Flight",
            f"{rng.choice(['6E', 'IX', 'QP', 'SG'])} {rng.randint(100, 9999)}  "
            f"{rng.choice(['BLR', 'DEL', 'BOM', 'MAA'])} → {rng.choice(['HYD', 'CCU', 'GOI', 'PNQ'])}",
            sep=":",
            tab=0.42,
        )
    else:
        doc.kv(
            "Train",
            f"{rng.randint(11000, 22999)} / {rng.choice(['SHATABDI EXP', 'DURONTO', 'RAJDHANI', 'MAIL'])}",
            sep=":",
            tab=0.42,
        )
    doc.kv(
        rng.choice(["Date of Journey", "Travel Date", "Departure"]),
        _fmt_date(rng, travel, "INR"),
        sep=":",
        tab=0.42,
    )
    doc.kv("Passengers", str(rng.randint(1, 4)), sep=":", tab=0.42)
    doc.rule("solid")
    doc.table(["Fare breakup", "Amount"], [[n, _money(v, "indian")] for n, v in fees], [0.7, 0.3], "lr")
    amt_s = _money(total, rng.choice(["indian", "plain"]))
    doc.kv(
        rng.choice(["Total Amount Paid", "Total Fare", "Amount Charged"])
        if st == "success"
        else "Total Amount",
        f"{rs}{amt_s}",
        bold=True,
        size=1.15,
    )
    doc.rule("solid")
    txn = rng.choice([_digits(rng, 10), f"{rng.choice(['PG', 'TXN'])}{_digits(rng, 12)}", _digits(rng, 14)])
    show_id = rng.random() > 0.2
    if show_id:
        doc.kv(
            rng.choice(["Transaction ID", "Payment Ref No.", "Bank Transaction ID"]), txn, sep=":", tab=0.42
        )
    dstr = _fmt_date(rng, day, "INR", ["%d-%b-%Y", "%d %b %Y", "%d/%m/%Y", "%d-%m-%Y"])
    t = _time(rng, "24s")
    show_date = rng.random() > 0.2
    if show_date:
        doc.kv(
            rng.choice(["Booking Date", "Transaction Date", "Payment Date & Time"]),
            f"{dstr} {t}",
            sep=":",
            tab=0.42,
        )
    mode = rng.choice(["UPI", "card", "netbanking", "wallet"])
    words = {
        "UPI": "UPI",
        "card": rng.choice(["Credit Card", "Debit Card"]),
        "netbanking": "Net Banking",
        "wallet": rng.choice(["Mobikwik Wallet", "Amazon Pay Wallet"]),
    }
    doc.kv(rng.choice(["Payment Mode", "Paid using"]), words[mode], sep=":", tab=0.42)
    doc.text(f"Customer ID: {_digits(rng, 9)}   Helpline: 0755-{_digits(rng, 7)}", size=0.8)
    truth = ReceiptTruth(
        merchant,
        str(total),
        "INR",
        txn if show_id else None,
        day.isoformat() if show_date else None,
        mode,
        st,
    )
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def fam_food_delivery(rng: random.Random) -> FamilyOut:
    app, color = rng.choice(
        [
            ("FeastNow", (252, 128, 25)),
            ("Tiffinly", (226, 55, 68)),
            ("DabbaGo", (90, 40, 160)),
            ("Zaika Express", (0, 140, 110)),
        ]
    )
    doc = _doc(rng, "sans", 720, 27, bg=(255, 255, 255), margin=28)
    rest = rng.choice(
        [
            "Meghana Foods",
            "Behrouz Biryani",
            "Burger Singh",
            "Chaayos",
            "Haldiram's",
            "Wow! Momo",
            "Paradise Biryani",
            "A2B Adyar Ananda Bhavan",
        ]
    )
    day = _day(rng)
    rs = _rupee(doc, rng)
    items = rng.sample(
        [
            ("Chicken Biryani", 329),
            ("Paneer Butter Masala", 279),
            ("Veg Momos (8)", 149),
            ("Masala Chai", 89),
            ("Aloo Tikki Burger", 139),
            ("Gulab Jamun (2)", 79),
            ("Tandoori Roti", 35),
            ("Dal Tadka", 199),
        ],
        rng.randint(2, 4),
    )
    qs = [rng.randint(1, 2) for _ in items]
    it = _d(sum(p * k for (_, p), k in zip(items, qs)))
    dfee = _d(rng.choice([0, 19, 29, 39, 49]))
    pfee = _d(rng.choice([2, 5, 6, 10]))
    gst = _d(it * Decimal("0.05"))
    disc = _d(rng.choice([0, 0, 40, 60, 75, 100]))
    tip = _d(rng.choice([0, 0, 10, 20, 30]))
    total = it + dfee + pfee + gst - disc + tip
    st = _status_pick(rng, 0.08, 0.08)
    doc.bar("← Order details", color, height=100, size=1.05)
    doc.text(rest, bold=True, size=1.2)
    doc.text(
        f"{rng.choice(['Koramangala', 'Banjara Hills', 'Salt Lake', 'Andheri W', 'Vijay Nagar'])}",
        size=0.85,
        color=(110, 110, 110),
    )
    oid = rng.choice(
        [_digits(rng, 12), f"#{_digits(rng, 10)}", f"{_digits(rng, 6)}{_letters(rng, 2)}{_digits(rng, 4)}"]
    )
    doc.text(
        f"Order {rng.choice(['ID', 'No.', '#'])}: {oid}" if not oid.startswith("#") else f"Order {oid}",
        size=0.9,
    )
    stext = {
        "success": rng.choice(["Delivered · Payment successful", "Order delivered · Paid"]),
        "failed": "Payment failed · Order cancelled",
        "pending": "Payment pending",
    }[st]
    doc.text(
        stext,
        size=0.95,
        bold=True,
        color={"success": (30, 140, 60), "failed": (200, 40, 40), "pending": (200, 120, 0)}[st],
    )
    doc.rule("dashed", (200, 200, 200))
    for (n, p), k in zip(items, qs):
        doc.kv(f"{k} x {n}", f"{rs}{_money(_d(p * k), 'plain', False)}", size=0.9)
    doc.rule("dashed", (200, 200, 200))
    doc.kv("Item total", f"{rs}{_money(it, 'plain')}", size=0.9)
    doc.kv("Delivery fee", "FREE" if not dfee else f"{rs}{_money(dfee, 'plain')}", size=0.9)
    doc.kv(rng.choice(["Platform fee", "Handling charge"]), f"{rs}{_money(pfee, 'plain')}", size=0.9)
    doc.kv("GST and restaurant charges", f"{rs}{_money(gst, 'plain')}", size=0.9)
    if disc:
        doc.kv(
            rng.choice(["Coupon FEAST60", "Item discount", "Offer applied"]),
            f"-{rs}{_money(disc, 'plain')}",
            size=0.9,
            color=(30, 140, 60),
        )
    if tip:
        doc.kv("Delivery partner tip", f"{rs}{_money(tip, 'plain')}", size=0.9)
    doc.rule("solid", (200, 200, 200))
    amt_s = _money(total, "plain")
    doc.kv(
        rng.choice(["Grand Total", "Bill Total", "Total paid" if st == "success" else "To Pay"]),
        f"{rs}{amt_s}",
        bold=True,
        size=1.1,
    )
    mode = rng.choice(["UPI", "card", "wallet", "cash"])
    words = {
        "UPI": rng.choice(["UPI", "Paid via UPI"]),
        "card": rng.choice(["Credit Card", "HDFC Card"]),
        "wallet": f"{app} Money wallet",
        "cash": "Cash on Delivery",
    }
    doc.box((246, 246, 246), radius=14)
    show_payee = rng.random() > 0.25
    if show_payee:
        doc.kv("Paid to" if st == "success" else "Payee", app, size=0.9)
    show_mode = rng.random() > 0.22
    if show_mode:
        doc.kv(rng.choice(["Payment method", "Paid using", "Payment"]), words[mode], size=0.9)
    show_date = rng.random() > 0.22
    dstr = _fmt_date(rng, day, "INR", ["%d %b %Y", "%d %B %Y", "%a, %d %b %Y", "%d/%m/%Y"])
    if show_date:
        doc.kv(rng.choice(["Ordered on", "Placed on"]), f"{dstr}, {_time(rng, '12')}", size=0.9)
    doc.kv("Deliver to", f"{rng.choice(['Home', 'Work'])} · +91 {_digits(rng, 10)[:5]}xxxxx", size=0.9)
    doc.endbox()
    truth = ReceiptTruth(
        app if show_payee else None,
        str(total),
        "INR",
        oid.lstrip("#"),
        day.isoformat() if show_date else None,
        mode if show_mode else None,
        st,
    )
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def fam_bank_advice(rng: random.Random) -> FamilyOut:
    bank = _bank(rng)
    doc = _doc(rng, rng.choice(["sans", "serif"]), 1240, 27, margin=56)
    day = _day(rng)
    kind = rng.choice(["IMPS", "NEFT", "RTGS", "IMPS"])
    amt = _amt(rng, 500, 450000, 1) if kind != "RTGS" else _amt(rng, 200000, 2500000, 1)
    st = _status_pick(rng, 0.12, 0.15)
    rs = _rupee(doc, rng)
    benef = rng.choice(
        [
            _person(rng),
            "Sunrise Traders",
            "Ravi Enterprises",
            "Green Leaf Organics Pvt Ltd",
            "Nandini Dairy Agency",
            "Om Sai Constructions",
        ]
    )
    doc.bar(bank, rng.choice([(20, 50, 110), (150, 20, 40), (0, 100, 130), (100, 40, 120)]), height=110)
    doc.text(
        rng.choice(
            [
                f"{kind} Transaction Acknowledgement",
                f"Fund Transfer Advice – {kind}",
                f"{kind} Payment Receipt",
            ]
        ),
        "center",
        bold=True,
        size=1.15,
    )
    doc.gap(10)
    ref = rng.choice([_digits(rng, 12), f"{_letters(rng, 4)}{rng.choice(['R', 'N', 'H'])}{_digits(rng, 11)}"])
    lab_ref = {
        "IMPS": ["IMPS Ref No. (RRN)", "Transaction Reference No.", "RRN"],
        "NEFT": ["UTR Number", "UTR No.", "Transaction Reference"],
        "RTGS": ["UTR Number", "UTR No."],
    }[kind]
    show_ref = st != "failed" or rng.random() < 0.5
    rows = []
    if show_ref:
        rows.append((rng.choice(lab_ref), ref))
    if show_ref:
        rows.append((rng.choice(["Internal Reference", "Request ID", "Service Request No"]), _digits(rng, 9)))
    dstr = _fmt_date(
        rng, day, "INR", ["%d/%m/%Y", "%d-%b-%Y", "%d-%m-%Y", "%d %b %Y", "%Y-%m-%d", "%d.%m.%Y"]
    )
    show_date = rng.random() > 0.22
    if show_date:
        rows.append(
            (
                rng.choice(["Transaction Date", "Date & Time", "Value Date", "Transfer Date"]),
                f"{dstr} {_time(rng, '24s')}",
            )
        )
    rows.append(("Debit Account", f"XXXXXXXX{_digits(rng, 4)}"))
    rows.append((rng.choice(["Beneficiary Name", "Payee Name", "Credited to"]), benef))
    rows.append(("Beneficiary A/c No.", f"XXXXXX{_digits(rng, 4)}"))
    rows.append(("IFSC", f"{rng.choice(['SBIN', 'HDFC', 'ICIC', 'UTIB', 'KKBK'])}0{_digits(rng, 6)}"))
    amt_s = _money(amt, rng.choice(["indian", "indian", "plain"]))
    rows.append((rng.choice(["Amount", "Transfer Amount", "Amount (INR)"]), f"{rs}{amt_s}"))
    chg = _d(rng.choice([0, 2.5, 5, 15, 25]))
    rows.append(("Charges", f"{_money(chg, 'plain')} + GST" if chg else "0.00"))
    rows.append(("Remarks", rng.choice(["Rent", "Invoice 2231", "Family", "Supplier payment", "Advance"])))
    rows.append(
        (
            rng.choice(["Status", "Transaction Status"]),
            {
                "success": rng.choice(["Success", "SUCCESSFUL", "Processed", "Completed"]),
                "failed": rng.choice(["Failed", "FAILED - Beneficiary bank not responding", "Rejected"]),
                "pending": rng.choice(["Pending", "In Process", "Under process"]),
            }[st],
        )
    )
    rng.shuffle(rows[:2])
    if rng.random() < 0.5:
        for k, v in rows:
            doc.kv(k, v, sep=" :", tab=0.42)
    else:
        doc.table([], [[k, v] for k, v in rows], [0.42, 0.58], "ll", grid=True, size=1.0)
    doc.gap(20)
    doc.text(
        f"Customer ID {_digits(rng, 8)} · Branch {rng.choice(_CITIES)} · Toll free 1800 {_digits(rng, 3)} "
        f"{_digits(rng, 4)}",
        size=0.8,
    )
    doc.text("This is a system generated advice and does not require signature.", size=0.8)
    truth = ReceiptTruth(
        benef,
        str(amt),
        "INR",
        ref if show_ref else None,
        day.isoformat() if show_date else None,
        "netbanking",
        st,
    )
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def _upi_common(rng: random.Random) -> dict[str, Any]:
    payee = rng.choice(
        [
            "Sharma General Store",
            "Fresh Mart Supermarket",
            "Rohit Auto Works",
            _person(rng),
            _person(rng),
            "Lakshmi Tiffin Centre",
            "Zen Salon & Spa",
            "BigBasket",
            "Blinkit",
            "Kumar Mobiles",
            "Decathlon Sports India",
        ]
    )
    handle = re.sub(r"[^a-z]", "", payee.lower())[:10] + rng.choice(
        ["@okaxis", "@ybl", "@paytm", "@oksbi", "@ibl", "@upi", "@okhdfcbank"]
    )
    return {
        "payee": payee,
        "vpa": handle,
        "amt": _amt(rng, 10, 25000, rng.choice([0.01, 1, 1, 10])),
        "day": _day(rng),
        "ref": _upi_ref(rng),
        "st": _status_pick(rng, 0.12, 0.12),
    }


def fam_upi_ring(rng: random.Random) -> FamilyOut:
    """Light screen, a ring with a tick, a big amount, rows of details below a divider."""
    c = _upi_common(rng)
    doc = _doc(rng, "sans", 720, 28, bg=(255, 255, 255), margin=32)
    rs = _rupee(doc, rng)
    st = c["st"]
    app = rng.choice(["PayZap", "Paysa", "QuickPe"])
    doc.text(app, "left", bold=True, size=1.1, color=(0, 185, 241))
    doc.gap(20)
    doc.icon(
        {"success": "tick", "failed": "cross", "pending": "clock"}[st],
        {"success": (0, 185, 241), "failed": (225, 60, 60), "pending": (240, 160, 0)}[st],
        radius=56,
    )
    head = {
        "success": ["Paid Successfully", "Payment Successful", "Money Sent"],
        "failed": ["Payment Failed", "Transaction Failed"],
        "pending": ["Payment Pending", "Payment in Progress"],
    }[st]
    doc.text(rng.choice(head), "center", bold=True, size=1.15)
    amt_s = _money(c["amt"], rng.choice(["indian", "indian", "plain"]), paise=rng.random() < 0.5)
    doc.text(f"{rs}{amt_s}", "center", bold=True, size=2.0)
    show_payee = rng.random() > 0.22
    if show_payee:
        doc.text(f"to {c['payee']}", "center", size=1.0)
    doc.text(c["vpa"], "center", size=0.85, color=(110, 110, 110))
    doc.gap(10)
    doc.rule("solid", (220, 220, 220))
    dstr = _fmt_date(rng, c["day"], "INR", ["%d %b %Y", "%d %b, %Y", "%d %B %Y", "%d/%m/%Y"])
    show_date = rng.random() > 0.2
    t = _time(rng, "12")
    if show_date:
        doc.text(
            f"{t}, {dstr}" if rng.random() < 0.5 else f"{dstr}, {t}", "center", size=0.9, color=(90, 90, 90)
        )
    show_ref = rng.random() > 0.2
    wallet = rng.random() < 0.3  # paid from the app's wallet, not over UPI
    if show_ref:
        labels = (
            ["Wallet Txn ID", "Transaction ID"]
            if wallet
            else ["UPI Ref. No:", "UPI Reference No.", "UPI Ref ID"]
        )
        doc.kv(rng.choice(labels), c["ref"], size=0.9)
    doc.kv(rng.choice(["Linked mobile:", "Mobile:"]), f"+91 {_digits(rng, 5)} {_digits(rng, 5)}", size=0.9)
    doc.kv(
        "From:",
        f"{rng.choice(['SBI', 'HDFC Bank', 'ICICI Bank', 'Axis Bank', 'Kotak'])} - {_digits(rng, 4)}",
        size=0.9,
    )
    show_mode = rng.random() > 0.2
    if show_mode:
        doc.text(
            f"Paid from {app} Wallet" if wallet else "Paid via UPI", "center", size=0.85, color=(90, 90, 90)
        )
    doc.gap(14)
    doc.text("Share  ·  Check Balance  ·  Need help?", "center", size=0.85, color=(0, 120, 200))
    truth = ReceiptTruth(
        c["payee"] if show_payee else None,
        str(c["amt"]),
        "INR",
        c["ref"] if show_ref else None,
        c["day"].isoformat() if show_date else None,
        ("wallet" if wallet else "UPI") if show_mode else ("UPI" if show_ref and not wallet else None),
        st,
    )
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def fam_upi_band(rng: random.Random) -> FamilyOut:
    """A coloured status band across the top and details in grey cards."""
    c = _upi_common(rng)
    doc = _doc(rng, "sans", 720, 27, bg=(238, 236, 244), margin=26)
    rs = _rupee(doc, rng)
    st = c["st"]
    band = {"success": (95, 37, 159), "failed": (200, 50, 50), "pending": (230, 140, 0)}[st]
    words = {
        "success": ["Transaction Successful", "Payment Successful"],
        "failed": ["Transaction Failed"],
        "pending": ["Transaction Pending", "Payment Processing"],
    }[st]
    dstr = _fmt_date(rng, c["day"], "INR", ["%d %b %Y", "%d %B %Y", "%d/%m/%Y", "%d-%m-%Y"])
    t = _time(rng, "12")
    doc.bar(rng.choice(words), band, height=96, size=1.1)
    show_date = rng.random() > 0.2
    if show_date:
        doc.text(f"{t} on {dstr}", size=0.85, color=(80, 80, 80))
    doc.box((255, 255, 255), radius=16)
    doc.text(
        rng.choice(["Paid to", "Sent to"]) if st == "success" else "To", size=0.85, color=(120, 120, 120)
    )
    amt_s = _money(c["amt"], rng.choice(["indian", "plain"]))
    doc.kv(c["payee"], f"{rs}{amt_s}", bold=True, size=1.05)
    doc.text(c["vpa"], size=0.85, color=(120, 120, 120))
    doc.endbox()
    doc.box((255, 255, 255), radius=16)
    doc.text("Transfer Details", bold=True, size=0.95)
    tid = f"T{c['day'].strftime('%y%m%d')}{_digits(rng, 14)}"
    show_tid = rng.random() > 0.2
    if show_tid:
        doc.above(rng.choice(["Transaction ID", "Transaction Id"]), tid, size=0.9)
    doc.above("Debited from", f"{_mask(rng)}", size=0.9)
    utr = c["ref"]
    doc.above(rng.choice(["UTR", "UTR No.", "Bank Reference No."]), utr, size=0.9)
    doc.endbox()
    doc.text(
        "Paid using BHIM UPI" if rng.random() < 0.3 else "Powered by UPI",
        "center",
        size=0.8,
        color=(90, 90, 90),
    )
    doc.text(f"Support: {_phone_in(rng)}", "center", size=0.8, color=(90, 90, 90))
    # the app's own transaction id is the payment's reference on this screen; the UTR is the bank's
    truth = ReceiptTruth(
        c["payee"],
        str(c["amt"]),
        "INR",
        tid if show_tid else utr,
        c["day"].isoformat() if show_date else None,
        "UPI",
        st,
    )
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def fam_upi_minimal(rng: random.Random) -> FamilyOut:
    """White screen: an avatar letter, the payee, a huge amount, a status line, a details box."""
    c = _upi_common(rng)
    doc = _doc(rng, "sans", 720, 28, bg=(255, 255, 255), margin=34)
    rs = _rupee(doc, rng)
    st = c["st"]
    doc.gap(30)
    doc.icon(
        "letter",
        rng.choice([(66, 133, 244), (52, 168, 83), (251, 188, 5), (234, 67, 53)]),
        radius=52,
        letter=c["payee"][0],
    )
    doc.text(rng.choice(["To ", "To: ", ""]) + c["payee"], "center", size=1.1)
    doc.text(c["vpa"], "center", size=0.8, color=(100, 100, 100))
    amt_s = _money(c["amt"], rng.choice(["indian", "plain"]), paise=rng.random() < 0.5)
    doc.text(f"{rs}{amt_s}", "center", size=2.3)
    sw = {
        "success": ["Completed", "Payment completed"],
        "failed": ["Failed", "Payment failed"],
        "pending": ["Pending", "Processing"],
    }[st]
    doc.text(
        rng.choice(sw),
        "center",
        size=0.95,
        color={"success": (30, 142, 62), "failed": (217, 48, 37), "pending": (200, 120, 0)}[st],
    )
    dstr = _fmt_date(rng, c["day"], "INR", ["%d %b %Y", "%d %B %Y", "%d %b, %Y"])
    show_date = rng.random() > 0.2
    if show_date:
        doc.text(f"{dstr}, {_time(rng, '12')}", "center", size=0.85, color=(100, 100, 100))
    doc.gap(20)
    doc.box(None, (218, 220, 224), radius=14)
    doc.kv(f"{_bank(rng)} {_digits(rng, 4)}", "", size=0.9)
    show_ref = rng.random() > 0.2
    if show_ref:
        doc.above(rng.choice(["UPI transaction ID", "UPI Ref No"]), c["ref"], size=0.9)
    doc.above("To", f"{c['payee']}" if rng.random() < 0.3 else c["vpa"], size=0.9)
    doc.above("From", f"{_person(rng)} ({_bank(rng)})", size=0.85)
    doc.endbox()
    doc.text("UPI  ·  Pay again  ·  Split", "center", size=0.85, color=(26, 115, 232))
    truth = ReceiptTruth(
        c["payee"],
        str(c["amt"]),
        "INR",
        c["ref"] if show_ref else None,
        c["day"].isoformat() if show_date else None,
        "UPI",
        st,
    )
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def fam_card_email(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, "sans", 860, 30, bg=(246, 249, 252), margin=36)
    cur = rng.choice(["USD", "USD", "EUR", "GBP", "SGD", "AUD"])
    sym = {"USD": "$", "EUR": "€", "GBP": "£", "SGD": "S$", "AUD": "A$"}[cur]
    biz = rng.choice(
        [
            "Figment Labs, Inc.",
            "Northwind Coffee Roasters",
            "Pixelcraft Studio",
            "Lumen Analytics",
            "Brightside Yoga",
            "Cobalt Hosting Ltd",
            "Parcelly",
        ]
    )
    day = _day(rng)
    lines = rng.sample(
        [
            ("Pro plan (monthly)", 29),
            ("Extra seat × 2", 24),
            ("Workshop ticket", 45),
            ("Coffee beans 1kg", 32.5),
            ("Shipping", 6.99),
            ("Storage add-on", 9),
        ],
        rng.randint(1, 3),
    )
    sub = _d(sum(Decimal(str(v)) for _, v in lines))
    taxr = Decimal(rng.choice(["0", "0.0725", "0.2", "0.09", "0.1"]))
    tax = _d(sub * taxr)
    total = sub + tax
    st = rng.choice(["success", "success", "success", "failed"])
    doc.gap(20)
    doc.box((255, 255, 255), radius=10, pad=28)
    doc.text(biz, "center", bold=True, size=1.1, color=(80, 80, 80))
    doc.text(
        f"Receipt from {biz}" if st == "success" else "Your payment was declined",
        "center",
        size=1.2,
        bold=True,
    )
    rno = f"{_digits(rng, 4)}-{_digits(rng, 4)}"
    if st != "success":
        rno = f"{_letters(rng, 4)}-{_digits(rng, 4)}"
    doc.text(
        f"Receipt #{rno}" if st == "success" else f"Invoice #{rno}",
        "center",
        size=0.85,
        color=(130, 130, 130),
    )
    doc.gap(20)
    money = (
        (lambda v: f"{sym}{_money(v, 'western')}")
        if cur != "EUR" or rng.random() < 0.5
        else (lambda v: f"€{_money(v, 'western')}")
    )
    dstr = _fmt_date(rng, day, cur, ["%b %d, %Y", "%B %d, %Y"] if cur == "USD" else ["%d %b %Y", "%d %B %Y"])
    brand = rng.choice(["Visa", "Mastercard", "Amex", "Discover"])
    last4 = _digits(rng, 4)
    doc.table(
        [
            "AMOUNT PAID" if st == "success" else "AMOUNT",
            "DATE PAID" if st == "success" else "DATE",
            "PAYMENT METHOD",
        ],
        [[money(total), dstr, f"{brand} – {last4}"]],
        [0.3, 0.33, 0.37],
        "lll",
        size=0.8,
    )
    doc.gap(10)
    doc.text("SUMMARY", size=0.8, color=(130, 130, 130))
    doc.box((246, 249, 252), radius=8)
    for n, v in lines:
        doc.kv(n, money(_d(Decimal(str(v)))), size=0.9)
    if tax:
        doc.kv(f"Tax ({(taxr * 100).normalize():f}%)", money(tax), size=0.9)
    amt_s = money(total)
    doc.kv("Amount charged" if st == "success" else "Amount due", amt_s, bold=True, size=0.95)
    doc.endbox()
    if st == "failed":
        doc.text(f"The charge to your {brand} was declined.", size=0.85)
    doc.text(
        f"Questions? Contact us at billing@{re.sub(r'[^a-z]', '', biz.lower())[:12]}.com",
        size=0.8,
        color=(120, 120, 120),
    )
    doc.text(
        f"or call +1 {_digits(rng, 3)}-{_digits(rng, 3)}-{_digits(rng, 4)}", size=0.8, color=(120, 120, 120)
    )
    doc.endbox()
    truth = ReceiptTruth(biz, str(total), cur, rno, day.isoformat(), "card", st)
    return doc, truth, {"amount": amt_s, "date": dstr}


def fam_eu_till(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, "mono", 576, 25, bg=(251, 250, 246), margin=20)
    lang = rng.choice(["de", "fr", "nl", "it"])
    store = {
        "de": ["REWE Markt GmbH", "EDEKA Neukauf", "Netto Filiale 4411", "dm-drogerie markt"],
        "fr": ["Carrefour Market", "Monoprix", "Intermarché Super", "Franprix"],
        "nl": ["Albert Heijn 1183", "Jumbo Supermarkt", "PLUS Verbeek"],
        "it": ["Esselunga S.p.A.", "Conad City", "Coop Lombardia"],
    }[lang]
    name = rng.choice(store)
    day = _day(rng)
    items = rng.sample(
        [
            ("Milch 1,5%", "Lait demi-écrémé", "Halfvolle melk", "Latte p.s.", 1.19),
            ("Brot", "Baguette", "Brood", "Pane", 2.49),
            ("Äpfel 1kg", "Pommes 1kg", "Appels 1kg", "Mele 1kg", 2.99),
            ("Kaffee", "Café moulu", "Koffie", "Caffè", 5.79),
            ("Butter", "Beurre", "Roomboter", "Burro", 2.29),
            ("Käse", "Fromage", "Kaas", "Formaggio", 3.45),
            ("Wasser 6x1,5L", "Eau 6x1,5L", "Water 6x1,5L", "Acqua 6x1,5L", 3.30),
        ],
        rng.randint(3, 6),
    )
    li = {"de": 0, "fr": 1, "nl": 2, "it": 3}[lang]
    total = _d(sum(Decimal(str(it[4])) for it in items))
    doc.text(name, "center", bold=True)
    doc.text(
        {
            "de": "Hauptstr. 12, 50667 Köln",
            "fr": "12 rue de Rivoli, 75004 Paris",
            "nl": "Damrak 12, 1012 LG Amsterdam",
            "it": "Via Roma 12, 20121 Milano",
        }[lang],
        "center",
        size=0.85,
    )
    vat_lab = {"de": "USt-IdNr", "fr": "TVA", "nl": "BTW-nr", "it": "P.IVA"}[lang]
    doc.text(f"{vat_lab}: {lang.upper()}{_digits(rng, 9)}", "center", size=0.85)
    doc.text(
        f"Tel. { {'de': '+49', 'fr': '+33', 'nl': '+31', 'it': '+39'}[lang] } {_digits(rng, 3)} {_digits(rng, 6)}",
        "center",
        size=0.85,
    )
    doc.rule("chars-")
    doc.text("EUR", "right")
    for it in items:
        doc.kv(it[li], f"{_money(_d(it[4]), 'continental')} {rng.choice(['A', 'B'])}")
    doc.rule("chars-")
    amt_s = _money(total, "continental")
    tot_lab = {
        "de": ["SUMME", "Summe EUR", "ZU ZAHLEN"],
        "fr": ["TOTAL TTC", "TOTAL", "A PAYER"],
        "nl": ["TOTAAL", "Te betalen"],
        "it": ["TOTALE", "TOTALE COMPLESSIVO"],
    }[lang]
    doc.kv(rng.choice(tot_lab), f"{amt_s}{rng.choice([' EUR', ' €', ''])}", bold=True, size=1.15)
    mode = rng.choice(["card", "cash", "card"])
    mw = {
        "de": {"card": ["Girocard", "EC-Karte", "Kartenzahlung"], "cash": ["Bar", "BAR"]},
        "fr": {"card": ["CB", "Carte bancaire"], "cash": ["Espèces", "ESPECES"]},
        "nl": {"card": ["PIN", "Pinbetaling"], "cash": ["Contant"]},
        "it": {"card": ["Bancomat", "Carta di credito"], "cash": ["Contanti", "CONTANTI"]},
    }[lang][mode]
    if mode == "cash":
        given = _d(math.ceil(float(total) / 5) * 5 + rng.choice([0, 5, 10]))
        doc.kv(rng.choice(mw), _money(given, "continental"))
        doc.kv(
            {"de": "Rückgeld", "fr": "Rendu", "nl": "Wisselgeld", "it": "Resto"}[lang],
            _money(given - total, "continental"),
        )
    else:
        doc.kv(rng.choice(mw), amt_s)
    vat_rate = {"de": "7", "fr": "5,5", "nl": "9", "it": "10"}[lang]
    net = _d(total / Decimal("1.07"))
    doc.text(
        f"{'MwSt' if lang == 'de' else vat_lab[:3]} {vat_rate}%  Netto {_money(net, 'continental')}"
        f"  {_money(total - net, 'continental')}",
        size=0.85,
    )
    doc.rule("chars-")
    dstr = day.strftime(
        rng.choice(
            ["%d.%m.%Y", "%d.%m.%y"]
            if lang == "de"
            else ["%d/%m/%Y", "%d/%m/%y"]
            if lang in ("fr", "it")
            else ["%d-%m-%Y", "%d-%m-%y"]
        )
    )
    doc.kv(dstr, _time(rng, "24"))
    bon = str(rng.randint(1000, 99999))
    bon_lab = {
        "de": ["Bon-Nr.", "Beleg-Nr."],
        "fr": ["Ticket", "N° ticket"],
        "nl": ["Bonnr", "Bon"],
        "it": ["Scontrino N.", "Doc. N."],
    }[lang]
    doc.kv(rng.choice(bon_lab), bon)
    doc.kv(
        {"de": "Kasse", "fr": "Caisse", "nl": "Kassa", "it": "Cassa"}[lang],
        f"{rng.randint(1, 12)}   {rng.choice(['Bed.', 'Op.', 'Cais.'])} {rng.randint(100, 999)}",
    )
    status = None
    if mode == "card":
        doc.text(f"{_mask(rng).upper()}", "center", size=0.9)
        doc.text(
            f"{rng.choice(['Terminal-ID', 'TID'])} {_digits(rng, 8)}  Trace {_digits(rng, 6)}",
            "center",
            size=0.85,
        )
        if rng.random() < 0.7:
            doc.text(
                {
                    "de": "Zahlung erfolgt",
                    "fr": "PAIEMENT ACCEPTE",
                    "nl": "Betaald",
                    "it": "Pagamento Autorizzato",
                }[lang],
                "center",
                bold=True,
            )
            status = "success"
    if lang == "de" and rng.random() < 0.5:
        doc.text(f"TSE-Signatur: {_code(rng, 20)}", size=0.8)
    doc.text(
        {
            "de": "Vielen Dank für Ihren Einkauf",
            "fr": "Merci de votre visite",
            "nl": "Bedankt en tot ziens",
            "it": "Grazie e arrivederci",
        }[lang],
        "center",
        size=0.9,
    )
    truth = ReceiptTruth(name, str(total), "EUR", bon, day.isoformat(), mode, status)
    return doc, truth, {"amount": amt_s, "date": dstr}


def fam_uk_parking(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, "mono", 576, 26, bg=(255, 255, 255), margin=24)
    op = rng.choice(
        [
            "NCP Car Parks",
            "Westminster City Council",
            "APCOA Parking UK",
            "Euro Car Parks",
            "Leeds City Council",
            "RingGo Parking",
        ]
    )
    day = _day(rng)
    hrs = rng.choice([1, 2, 3, 4, 24])
    price = _d(rng.choice([1.4, 2.2, 3.4, 4.8, 6.5, 12.0, 18.5]))
    doc.text(
        rng.choice(["PAY & DISPLAY", "PAY AT MACHINE", "CAR PARK RECEIPT"]), "center", bold=True, size=1.1
    )
    doc.text(op, "center", bold=True)
    doc.text(f"{rng.choice(['Castle St', 'Station Rd', 'High St', 'Quayside'])} Car Park", "center")
    doc.text(f"VAT No. GB {_digits(rng, 3)} {_digits(rng, 4)} {_digits(rng, 2)}", "center", size=0.85)
    doc.rule("chars=")
    dstr = day.strftime(rng.choice(["%d/%m/%Y", "%d/%m/%y", "%d %b %Y", "%d-%b-%y"]))
    t_in = rng.randint(6, 18)
    doc.kv("Machine", f"{rng.randint(1, 30):03d}")
    tick = f"{_digits(rng, 6)}"
    doc.kv(rng.choice(["Ticket No", "Ticket #", "Receipt No"]), tick)
    doc.kv(rng.choice(["Purchased", "Arrival", "Issued"]), f"{t_in:02d}:{rng.randint(0, 59):02d} {dstr}")
    exp_day = day + timedelta(days=1 if hrs == 24 else 0)
    doc.kv("Expires", f"{(t_in + hrs) % 24:02d}:{rng.randint(0, 59):02d} {exp_day.strftime('%d/%m/%y')}")
    doc.kv("Tariff", f"Up to {hrs} hr{'s' if hrs > 1 else ''}")
    doc.kv("VRM", f"{_letters(rng, 2)}{rng.randint(10, 73)} {_letters(rng, 3)}")
    doc.rule("chars-")
    amt_s = _money(price, "western")
    doc.kv(rng.choice(["Amount paid", "TOTAL", "Paid"]), f"£{amt_s}", bold=True, size=1.15)
    doc.kv("incl. VAT 20%", f"£{_money(_d(price / 6), 'western')}", size=0.9)
    mode = rng.choice(["card", "card", "cash"])
    status = None
    if mode == "card":
        doc.kv(rng.choice(["Contactless", "Card"]), rng.choice(["VISA DEBIT", "MASTERCARD", "AMEX"]))
        doc.kv("PAN", f"************{_digits(rng, 4)}")
        doc.kv("Auth Code", _digits(rng, 6))
        doc.kv("AID", f"A0000000{_digits(rng, 6)}")
        if rng.random() < 0.75:
            doc.text(rng.choice(["APPROVED", "TRANSACTION APPROVED"]), "center", bold=True)
            status = "success"
    else:
        given = price + _d(rng.choice([0, 0.6, 1]))
        doc.kv(rng.choice(["Cash", "Coins"]), f"£{_money(given, 'western')}")
        doc.kv("Change", f"£{_money(given - price, 'western')}")
    doc.rule("chars=")
    doc.text("Display ticket face up", "center", size=0.9)
    truth = ReceiptTruth(op, str(price), "GBP", tick, day.isoformat(), mode, status)
    return doc, truth, {"amount": amt_s, "date": dstr}


def fam_us_autopay(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, "sans", 760, 27, bg=(255, 255, 255), margin=34)
    util = rng.choice(
        [
            "Pacific Gas and Electric",
            "Duke Energy",
            "Con Edison",
            "City of Austin Utilities",
            "Xfinity",
            "Georgia Power",
            "Seattle Public Utilities",
        ]
    )
    day = _day(rng)
    due = day + timedelta(days=rng.randint(0, 12))
    amt = _amt(rng, 24, 460)
    st = rng.choice(["success", "success", "pending", "failed"])
    doc.bar(util, rng.choice([(0, 82, 155), (20, 110, 70), (120, 30, 30)]), height=100, size=1.05)
    head = {
        "success": ["Payment received", "Thank you! Your payment was received", "AutoPay payment successful"],
        "pending": ["Your AutoPay payment is scheduled", "Payment processing"],
        "failed": ["AutoPay payment failed", "Your payment was declined"],
    }[st]
    doc.text(rng.choice(head), bold=True, size=1.1)
    doc.gap(6)
    amt_s = f"${_money(amt, 'western')}"
    acct = f"{_digits(rng, 4)}-{_digits(rng, 4)}-{_digits(rng, 2)}"
    doc.above(rng.choice(["Account number", "Account #"]), acct)
    doc.above(
        rng.choice(["Payment amount", "Amount", "Amount paid"]) if st != "pending" else "Scheduled amount",
        amt_s,
        bold=True,
        size=1.2,
    )
    dstr = _fmt_date(rng, day, "USD")
    show_date = st != "pending" and rng.random() > 0.2
    if show_date:
        doc.above(
            {"success": rng.choice(["Payment date", "Paid on", "Date processed"]), "failed": "Attempted on"}[
                st
            ],
            dstr,
        )
    doc.above("Bill due date", _fmt_date(rng, due, "USD"))
    conf = rng.choice(
        [_digits(rng, 10), f"{_letters(rng, 2)}{_digits(rng, 8)}", f"{_digits(rng, 3)}-{_digits(rng, 7)}"]
    )
    show_conf = st == "success" and rng.random() > 0.2
    if show_conf:
        doc.above(rng.choice(["Confirmation number", "Confirmation #", "Reference number"]), conf)
    doc.above(
        rng.choice(["Payment method", "Paid with"]),
        f"{rng.choice(['Visa', 'Mastercard', 'Debit card'])} ending in {_digits(rng, 4)}",
    )
    doc.rule("solid", (220, 220, 220))
    doc.text(f"Questions? Call 1-800-{_digits(rng, 3)}-{_digits(rng, 4)}", size=0.85, color=(90, 90, 90))
    truth = ReceiptTruth(
        util, str(amt), "USD", conf if show_conf else None, day.isoformat() if show_date else None, "card", st
    )
    return doc, truth, {"amount": amt_s, "date": dstr if show_date else None}


def fam_seller_payout(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, rng.choice(["sans", "serif"]), 1240, 25, margin=50)
    mp = rng.choice(
        ["ShopKart Marketplace", "Bazaarly Seller Hub", "Meesho-style Reseller Desk", "CartNation"]
    )
    seller = rng.choice(
        [
            "Shree Ganesh Handlooms",
            "Urban Threads Co.",
            "Kiran Kitchenware",
            "TechNest Accessories",
            "Patel Dry Fruits",
            "Aarohi Ethnic Wear",
        ]
    )
    day = _day(rng)
    rs = _rupee(doc, rng)
    orders = [(f"OD{_digits(rng, 12)}", _d(rng.randint(300, 9000))) for _ in range(rng.randint(3, 5))]
    gross = sum((v for _, v in orders), Decimal(0))
    comm = _d(gross * Decimal("0.12"))
    ship = _d(len(orders) * rng.choice([45, 60, 72]))
    tds = _d(gross * Decimal("0.001"))
    tcs = _d(gross * Decimal("0.005"))
    net = gross - comm - ship - tds - tcs
    doc.text(mp, bold=True, size=1.3)
    doc.text(rng.choice(["Settlement Statement", "Payout Summary", "Payment Advice to Seller"]), size=1.1)
    doc.rule("solid")
    doc.kv(rng.choice(["Seller", "Beneficiary", "Paid to"]), seller, sep=":", tab=0.3)
    doc.kv("Seller ID", f"{_letters(rng, 3)}{_digits(rng, 6)}", sep=":", tab=0.3)
    doc.kv("GSTIN", _gstin(rng), sep=":", tab=0.3)
    p0 = day - timedelta(days=rng.choice([7, 14]))
    doc.kv(
        "Settlement period",
        f"{p0.strftime('%d %b')} – {(day - timedelta(days=1)).strftime('%d %b %Y')}",
        sep=":",
        tab=0.3,
    )
    doc.gap(10)
    doc.table(
        ["Order ID", "Order date", "Sale value"],
        [
            [o, (p0 + timedelta(days=rng.randint(0, 6))).strftime("%d/%m/%Y"), _money(v, "indian")]
            for o, v in orders
        ],
        [0.45, 0.27, 0.28],
        "lcr",
        grid=True,
        header_fill=(235, 235, 235),
        size=0.9,
    )
    doc.kv("Gross sales", _money(gross, "indian"), tab=0.7)
    doc.kv("Marketplace commission", f"-{_money(comm, 'indian')}", tab=0.7)
    doc.kv("Shipping / fulfilment fee", f"-{_money(ship, 'indian')}", tab=0.7)
    doc.kv("TDS u/s 194-O", f"-{_money(tds, 'indian')}", tab=0.7)
    doc.kv("TCS (GST)", f"-{_money(tcs, 'indian')}", tab=0.7)
    amt_s = _money(net, "indian")
    doc.kv(
        rng.choice(["Net payout", "Amount settled", "Net amount credited"]),
        f"{rs}{amt_s}",
        bold=True,
        size=1.15,
        tab=0.7,
    )
    doc.rule("solid")
    st = rng.choice(["success", "success", "pending", None])
    sid = f"{rng.choice(['STL', 'PAY', 'SET'])}-{_digits(rng, 9)}"
    doc.kv(rng.choice(["Settlement ID", "Payout ID"]), sid, sep=":", tab=0.3)
    utr = f"{rng.choice(['HDFCN', 'ICICN', 'UTIBN'])}{_digits(rng, 11)}"
    show_utr = st == "success" and rng.random() < 0.8
    if show_utr:
        doc.kv(rng.choice(["UTR", "Bank UTR", "NEFT UTR"]), utr, sep=":", tab=0.3)
    doc.kv("Mode", rng.choice(["NEFT", "IMPS", "NEFT to A/c XXXX" + _digits(rng, 4)]), sep=":", tab=0.3)
    dstr = _fmt_date(rng, day, "INR")
    doc.kv(
        rng.choice(["Payout date", "Settlement date", "Credited on"])
        if st != "pending"
        else "Expected credit",
        dstr,
        sep=":",
        tab=0.3,
    )
    if st:
        doc.kv(
            "Status",
            {
                "success": rng.choice(["Paid", "Settled", "Completed"]),
                "pending": rng.choice(["Processing", "Pending"]),
            }[st],
            sep=":",
            tab=0.3,
        )
    # the payee of a payout is the seller; the payout's own reference is the UTR when printed, else its id
    truth = ReceiptTruth(
        seller,
        str(net),
        "INR",
        utr if show_utr else sid,
        day.isoformat() if st != "pending" else None,
        "netbanking",
        st,
    )
    return doc, truth, {"amount": amt_s, "date": dstr if st != "pending" else None}


def fam_donation(rng: random.Random) -> FamilyOut:
    doc = _doc(rng, rng.choice(["serif", "sans"]), 1240, 28, margin=64, bg=(255, 253, 246))
    ngo = rng.choice(
        [
            "Akshaya Patra Foundation",
            "Goonj",
            "HelpAge India",
            "CRY - Child Rights and You",
            "Smile Foundation",
            "Sankalp Seva Trust",
            "Udaan Welfare Society",
        ]
    )
    day = _day(rng)
    rs = _rupee(doc, rng)
    amt = _d(rng.choice([500, 1000, 1100, 2100, 2500, 5000, 5001, 10000, 25000, 51000]))
    doc.text(ngo, "center", bold=True, size=1.4)
    doc.text(
        f"Regd. Office: {rng.choice(_CITIES)} · PAN {_letters(rng, 5)}{_digits(rng, 4)}{_letters(rng, 1)}",
        "center",
        size=0.8,
    )
    doc.text(
        f"80G Regn No. {_letters(rng, 5)}{_digits(rng, 4)}{_letters(rng, 1)}F{_digits(rng, 8)}",
        "center",
        size=0.8,
    )
    doc.rule("double")
    doc.text(
        rng.choice(["DONATION RECEIPT", "Receipt for Donation", "Acknowledgement of Donation"]),
        "center",
        bold=True,
        size=1.1,
    )
    rno = rng.choice(
        [f"DR/{day.year}/{_digits(rng, 5)}", f"{_letters(rng, 3)}-{_digits(rng, 6)}", _digits(rng, 7)]
    )
    dstr = _fmt_date(rng, day, "INR")
    doc.kv(f"{rng.choice(['Receipt No.', 'Receipt No', 'Rcpt. No.'])} {rno}", f"Date: {dstr}")
    doc.gap(10)
    donor = _person(rng)
    doc.text(f"Received with thanks from {rng.choice(['Mr.', 'Ms.', 'Dr.'])} {donor}")
    doc.text(
        f"PAN of donor: {_letters(rng, 5)}{_digits(rng, 4)}{_letters(rng, 1)}   Mobile: {_phone_in(rng)}",
        size=0.9,
    )
    amt_s = _money(amt, rng.choice(["indian", "plain"]), paise=rng.random() < 0.5)
    doc.text(
        f"the sum of {rs}{amt_s}/- towards {rng.choice(['General Donation', 'Mid-day meal programme', 'Corpus'])}"
    )
    mode = rng.choice(["UPI", "netbanking", "card", "cash", None])
    ref = None
    if mode:
        w = {
            "UPI": "UPI",
            "netbanking": rng.choice(["Net Banking", "NEFT"]),
            "card": "Credit Card",
            "cash": "Cash",
        }
        doc.kv("Mode of payment", w[mode], sep=" :", tab=0.32)
        if mode != "cash" and rng.random() < 0.7:
            ref = rng.choice(
                [
                    _digits(rng, 12),
                    f"pay_{_code(rng, 14, 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')}",
                ]
            )
            doc.kv(rng.choice(["Transaction ID", "Payment Reference"]), ref, sep=" :", tab=0.32)
    doc.gap(20)
    doc.text("Donations are eligible for deduction under section 80G of the Income Tax Act, 1961.", size=0.8)
    doc.text(
        f"Valid till: {_fmt_date(rng, day.replace(month=3, day=31) if day.month <= 3 else date(day.year + 1, 3, 31), 'INR')}"
        f" (FY of donation)",
        size=0.8,
    )
    doc.kv("", "Authorised Signatory")
    truth = ReceiptTruth(ngo, str(amt), "INR", ref or rno, day.isoformat(), mode, None)
    return doc, truth, {"amount": amt_s, "date": dstr}


FAMILIES: dict[str, Callable[[random.Random], FamilyOut]] = {
    "fuel_pos": fam_fuel_pos,
    "restaurant_gst": fam_restaurant,
    "metro_topup": fam_metro_topup,
    "mobile_recharge": fam_mobile_recharge,
    "fee_receipt": fam_fee_receipt,
    "property_tax": fam_property_tax,
    "pharmacy_invoice": fam_pharmacy,
    "travel_booking": fam_travel_booking,
    "food_delivery": fam_food_delivery,
    "bank_transfer_advice": fam_bank_advice,
    "upi_ring": fam_upi_ring,
    "upi_band": fam_upi_band,
    "upi_minimal": fam_upi_minimal,
    "card_receipt_email": fam_card_email,
    "eu_till": fam_eu_till,
    "uk_parking": fam_uk_parking,
    "us_autopay": fam_us_autopay,
    "seller_payout": fam_seller_payout,
    "donation_receipt": fam_donation,
}
_SCREENS = {
    "mobile_recharge",
    "food_delivery",
    "upi_ring",
    "upi_band",
    "upi_minimal",
    "travel_booking",
    "us_autopay",
    "card_receipt_email",
}


# ---------------------------------------------------------------- truth checks


def _digits_of(s: str) -> str:
    return re.sub(r"\D", "", s)


def check_truth(truth: ReceiptTruth, drawn: list[str], printed: dict[str, Any]) -> None:
    """Every non-None truth value is readable in what was drawn."""
    text = "\n".join(drawn)
    if truth.merchant_name is not None:
        assert truth.merchant_name in text, truth.merchant_name
    if truth.transaction_id is not None:
        assert truth.transaction_id in text, truth.transaction_id
    if truth.amount is not None:
        shown = printed["amount"]
        assert shown in text, shown
        want = _digits_of(truth.amount)
        if not re.search(r"[.,]\d\d$", shown):
            want = want[:-2] if want.endswith("00") else "?"
        assert _digits_of(shown) == want, (shown, truth.amount)
        assert re.fullmatch(r"\d+\.\d\d", truth.amount), truth.amount
    if truth.date is not None:
        shown = printed["date"]
        assert shown and shown in text, shown
        d = date.fromisoformat(truth.date)
        assert str(d.year) in shown or f"{d.year % 100:02d}" in shown, (shown, truth.date)
    else:
        assert printed.get("date") is None
    if truth.currency is not None:
        assert any(m in text for m in _CURRENCY_MARKS[truth.currency]), truth.currency
    if truth.payment_method is not None:
        assert any(w in text for w in _METHOD_WORDS[truth.payment_method]), truth.payment_method
    if truth.status is not None:
        assert any(w in text for w in _STATUS_WORDS[truth.status]), truth.status


# ---------------------------------------------------------------- degradation


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, dtype=float)
    b = np.array([c for p in src for c in p], dtype=float)
    return np.linalg.solve(a, b).tolist()


def degrade(rng: random.Random, img: Image.Image, screen: bool) -> tuple[Image.Image, dict[str, float]]:
    out = img.convert("RGB")
    applied: dict[str, float] = {}
    bg = out.getpixel((2, out.height - 3))
    if screen and rng.random() < 0.6:  # photo of a screen: moiré and a slight rescale
        w, h = out.size
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        period = rng.uniform(3.0, 7.0)
        ang = rng.uniform(0, math.pi)
        amp = rng.uniform(8, 22)
        pat = amp * np.sin((xx * math.cos(ang) + yy * math.sin(ang)) * 2 * math.pi / period)
        arr = np.asarray(out, dtype=np.float32) + pat[..., None]
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        applied["moire_amp"] = round(amp, 1)
        s = rng.uniform(0.8, 0.95)
        out = out.resize((int(w * s), int(h * s)), Image.BILINEAR)
        applied["rescale"] = round(s, 2)
    if rng.random() < 0.5:
        ang = rng.uniform(-6, 6)
        out = out.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(rng.randint(60, 200),) * 3)
        applied["rotate_deg"] = round(ang, 2)
    elif rng.random() < 0.5:
        w, h = out.size

        def j(s: float) -> float:
            return rng.uniform(0, s)

        k = rng.uniform(0.03, 0.08)
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        dst = [
            (j(w * k), j(h * k)),
            (w - j(w * k), j(h * k)),
            (w - j(w * k), h - j(h * k)),
            (j(w * k), h - j(h * k)),
        ]
        out = out.transform(
            (w, h),
            Image.PERSPECTIVE,
            _perspective_coeffs(src, dst),
            Image.BICUBIC,
            fillcolor=(rng.randint(60, 200),) * 3,
        )
        applied["perspective"] = round(k, 3)
    if rng.random() < 0.45:
        r = rng.uniform(0.6, 1.6)
        out = out.filter(ImageFilter.GaussianBlur(r))
        applied["blur"] = round(r, 2)
    if rng.random() < 0.35:
        c = rng.uniform(0.45, 0.75)
        out = ImageEnhance.Contrast(out).enhance(c)
        applied["contrast"] = round(c, 2)
    if rng.random() < 0.4:  # uneven light: a gradient from one side
        w, h = out.size
        g = np.linspace(
            rng.uniform(0.55, 0.8), rng.uniform(1.0, 1.1), w if rng.random() < 0.5 else h, dtype=np.float32
        )
        arr = np.asarray(out, dtype=np.float32)
        arr = arr * (g[None, :, None] if len(g) == w else g[:, None, None])
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        applied["uneven_light"] = round(float(g[0]), 2)
    if rng.random() < 0.4:
        sigma = rng.uniform(4, 14)
        arr = np.asarray(out, dtype=np.float32)
        noise = np.random.default_rng(rng.randint(0, 2**31)).normal(0, sigma, arr.shape[:2])[..., None]
        out = Image.fromarray(np.clip(arr + noise, 0, 255).astype(np.uint8))
        applied["noise_sigma"] = round(sigma, 1)
    q = rng.randint(20, 60)
    out = jpeg_roundtrip(out, q)
    applied["jpeg_quality"] = float(q)
    del bg
    return out, applied


# ---------------------------------------------------------------- the set


def make_heldout5_receipt(index: int) -> EvalReceipt:
    rng = random.Random(SEED * 1000 + index)
    names = list(FAMILIES)
    family = names[index % len(names)]
    doc, truth, printed = FAMILIES[family](rng)
    clean = doc.render()
    check_truth(truth, doc.drawn, printed)
    degraded, applied = degrade(rng, clean, family in _SCREENS)
    return EvalReceipt(
        split=SPLIT,
        index=index,
        family=family,
        font=doc.regular.name,
        truth=truth,
        clean=clean,
        degraded=degraded,
        degradations=applied,
        meta={
            "width": clean.width,
            "height": clean.height,
            "printed_amount": printed["amount"],
            "printed_date": printed["date"],
        },
    )


def make_heldout5_set(n: int = DEFAULT_N) -> list[EvalReceipt]:
    """The first ``n`` receipts of the fifth held-out split, the same on every call."""
    return [make_heldout5_receipt(i) for i in range(n)]
