"""A sixth held-out receipt set, written independently of the parser: sixteen less common layouts.

Families: a hardware-store GST tax invoice with an HSN table, a cinema booking confirmation, a
hospital pharmacy counter slip, a toll-plaza receipt (FASTag or cash), a cooperative-bank cash
deposit counterfoil, an insurance renewal e-receipt, a DTH/broadband bill-payment
acknowledgement, a hotel folio checkout summary, a US restaurant card slip with a tip line, a
Canadian/Australian grocery till, a UK ticket-office receipt, an online-store order invoice, a
bank-statement extract with one highlighted debit, an e-wallet passbook entry, a UPI collect
request result screen and a jewellery estimate-cum-receipt. Each receipt is drawn clean and then
degraded (JPEG q20-60 plus two to four of blur, rotation up to ±6°, perspective, low contrast,
noise, uneven light and, for screens, moiré); ``degradations`` records what was applied.

Truth conventions:

* ``amount``: the amount actually paid (the grand total after tax, tip, discount and exchange),
  a plain decimal string such as ``"1234.50"``; for a failed or pending payment, the amount of
  the attempted payment.
* ``currency``: ISO 4217 code (INR, USD, CAD, AUD, GBP, EUR).
* ``date``: the payment/transaction date (ISO ``yyyy-mm-dd``); ``None`` when only other dates
  (show, travel, due, check-in, policy period) are printed. Month-first dates appear only with USD.
* ``payment_method``: UPI, card, netbanking, wallet, cash, or ``None`` when the page names none.
  A FASTag toll deduction names no method of these and is ``None``.
* ``status``: success, failed or pending; ``None`` when the page states no outcome (a plain
  invoice or statement line is not taken as a stated outcome; "PAID", "APPROVED", "RECEIVED"
  stamps are).
* ``transaction_id``: exactly as printed: the payment's own reference (UPI ref, bank reference,
  transaction number), else the document's own number (invoice, bill, receipt, folio number),
  else ``None``; never an approval code, a customer, account, policy, booking, PNR or order number.
* ``merchant_name``: the payee as printed (for a deposit counterfoil, the credited account's name;
  for a statement line, the payee named in the narration); ``None`` when no payee is printed.

Every non-``None`` truth is checked against the strings drawn on the page.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from bench.receipt_dataset import ReceiptTruth, group_indian
from bench.receipt_eval_set import EvalReceipt, jpeg_roundtrip

SPLIT = "heldout6"
SEED = 60_613_006
DEFAULT_N = 96

_TT = "/usr/share/fonts/truetype"
# (regular, bold, has ₹)
FONTS_PROP = {
    "LiberationSans": (f"{_TT}/liberation2/LiberationSans-Regular.ttf",
                       f"{_TT}/liberation2/LiberationSans-Bold.ttf", False),
    "LiberationSerif": (f"{_TT}/liberation2/LiberationSerif-Regular.ttf",
                        f"{_TT}/liberation2/LiberationSerif-Bold.ttf", False),
    "FreeSans": (f"{_TT}/freefont/FreeSans.ttf", f"{_TT}/freefont/FreeSansBold.ttf", True),
    "FreeSerif": (f"{_TT}/freefont/FreeSerif.ttf", f"{_TT}/freefont/FreeSerifBold.ttf", True),
    "NotoSans": (f"{_TT}/noto/NotoSans-Regular.ttf", f"{_TT}/noto/NotoSans-Bold.ttf", True),
    "NotoSerif": (f"{_TT}/noto/NotoSerif-Regular.ttf", f"{_TT}/noto/NotoSerif-Bold.ttf", True),
    "DejaVuSansCondensed": (f"{_TT}/dejavu/DejaVuSansCondensed.ttf",
                            f"{_TT}/dejavu/DejaVuSansCondensed-Bold.ttf", True),
    "DejaVuSerif": (f"{_TT}/dejavu/DejaVuSerif.ttf", f"{_TT}/dejavu/DejaVuSerif-Bold.ttf", True),
}
FONTS_MONO = {
    "LiberationMono": (f"{_TT}/liberation2/LiberationMono-Regular.ttf",
                       f"{_TT}/liberation2/LiberationMono-Bold.ttf", False),
    "FreeMono": (f"{_TT}/freefont/FreeMonoBold.ttf", f"{_TT}/freefont/FreeMonoBold.ttf", True),
    "DejaVuSansMono": (f"{_TT}/dejavu/DejaVuSansMono.ttf", f"{_TT}/dejavu/DejaVuSansMono-Bold.ttf", True),
    "NotoSansMono": (f"{_TT}/noto/NotoSansMono-Regular.ttf", f"{_TT}/noto/NotoSansMono-Bold.ttf", True),
}

THERMAL_W, PHONE_W, A4_W = 576, 720, 1240


@lru_cache(maxsize=256)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(path, size)


# ---------------------------------------------------------------- page drawing


class Page:
    """A page drawn top to bottom; every string drawn is kept in ``drawn``."""

    def __init__(self, width: int, font: tuple[str, str, bool], size: int, *, margin: int = 30,
                 bg: tuple[int, int, int] = (255, 255, 255), fg: tuple[int, int, int] = (20, 20, 20),
                 height: int = 3200):
        self.w, self.size, self.margin, self.bg, self.fg = width, size, margin, bg, fg
        self.reg, self.bold, self.rupee = font
        self.img = Image.new("RGB", (width, height), bg)
        self.d = ImageDraw.Draw(self.img)
        self.y = margin
        self.drawn: list[str] = []

    def f(self, size: int | None = None, bold: bool = False) -> ImageFont.FreeTypeFont:
        return _font(self.bold if bold else self.reg, size or self.size)

    def width_of(self, s: str, size: int | None = None, bold: bool = False) -> float:
        return self.d.textlength(s, font=self.f(size, bold))

    def _fit(self, s: str, size: int, bold: bool, room: float) -> int:
        while size > 22 and self.d.textlength(s, font=self.f(size, bold)) > room:
            size -= 1
        assert self.d.textlength(s, font=self.f(size, bold)) <= room + 1, (s, room)
        return size

    def put(self, s: str, x: float, *, size: int | None = None, bold: bool = False,
            color: tuple[int, int, int] | None = None, y: float | None = None) -> None:
        self.d.text((x, self.y if y is None else y), s, font=self.f(size, bold), fill=color or self.fg)
        self.drawn.append(s)

    def text(self, s: str, align: str = "left", *, size: int | None = None, bold: bool = False,
             color: tuple[int, int, int] | None = None, indent: int = 0, spacing: float = 1.45) -> None:
        room = self.w - 2 * self.margin - indent
        if self.width_of(s, 22, bold) > room and " " in s:  # wrap at the last space that fits
            words = s.split(" ")
            k = len(words) - 1
            while k > 1 and self.width_of(" ".join(words[:k]), 22, bold) > room:
                k -= 1
            self.text(" ".join(words[:k]), align, size=size, bold=bold, color=color, indent=indent,
                      spacing=1.25)
            self.text(" ".join(words[k:]), align, size=size, bold=bold, color=color, indent=indent,
                      spacing=spacing)
            return
        size = self._fit(s, size or self.size, bold, room)
        tw = self.width_of(s, size, bold)
        x = {"left": self.margin + indent, "center": (self.w - tw) / 2,
             "right": self.w - self.margin - tw}[align]
        self.put(s, x, size=size, bold=bold, color=color)
        self.y += int(size * spacing)

    def lr(self, left: str, right: str, *, size: int | None = None, bold: bool = False,
           lcolor: tuple[int, int, int] | None = None, rbold: bool | None = None,
           spacing: float = 1.45) -> None:
        size = size or self.size
        rb = bold if rbold is None else rbold
        room = self.w - 2 * self.margin
        if self.width_of(left, size, bold) + self.width_of(right, size, rb) + 16 > room:
            self.text(left, size=size, bold=bold, color=lcolor, spacing=1.25)
            self.text(right, "right", size=size, bold=rb, spacing=spacing)
            return
        self.put(left, self.margin, size=size, bold=bold, color=lcolor)
        self.put(right, self.w - self.margin - self.width_of(right, size, rb), size=size, bold=rb)
        self.y += int(size * spacing)

    def above(self, label: str, value: str, *, size: int | None = None, bold: bool = True,
              lcolor: tuple[int, int, int] = (110, 110, 110), align: str = "left") -> None:
        size = size or self.size
        self.text(label, align, size=max(20, size - 4), color=lcolor, spacing=1.2)
        self.text(value, align, size=size, bold=bold, spacing=1.6)

    def row(self, cells: list[str], xs: list[float], aligns: str, *, size: int | None = None,
            bold: bool = False, spacing: float = 1.45) -> None:
        """A table row: xs are column anchors (fractions of the width); aligns 'l'/'r'/'c' per cell."""
        size = size or self.size
        for s, fx, a in zip(cells, xs, aligns):
            if not s:
                continue
            x = fx * self.w
            tw = self.width_of(s, size, bold)
            x = x if a == "l" else x - tw if a == "r" else x - tw / 2
            self.put(s, x, size=size, bold=bold)
        self.y += int(size * spacing)

    def rule(self, dashed: bool = False, color: tuple[int, int, int] | None = None, gap: int = 12) -> None:
        y = self.y + gap // 2
        c = color or self.fg
        if dashed:
            for x in range(self.margin, self.w - self.margin, 14):
                self.d.line([(x, y), (x + 7, y)], fill=c, width=2)
        else:
            self.d.line([(self.margin, y), (self.w - self.margin, y)], fill=c, width=2)
        self.y += gap

    def band(self, s: str, fill: tuple[int, int, int], *, color: tuple[int, int, int] = (255, 255, 255),
             size: int | None = None, bold: bool = True, pad: int = 18, align: str = "center",
             full: bool = True) -> None:
        size = size or self.size + 6
        x0 = 0 if full else self.margin
        x1 = self.w if full else self.w - self.margin
        self.d.rectangle([x0, self.y, x1, self.y + size + 2 * pad], fill=fill)
        self.y += pad
        self.text(s, align, size=size, bold=bold, color=color, spacing=0)
        self.y += size + pad + 14

    def highlight(self, fill: tuple[int, int, int], lines: float = 1.0, size: int | None = None) -> None:
        size = size or self.size
        self.d.rectangle([self.margin - 6, self.y - 6, self.w - self.margin + 6,
                          self.y + int(size * 1.45 * lines)], fill=fill)

    def gap(self, px: int) -> None:
        self.y += px

    def done(self) -> Image.Image:
        return self.img.crop((0, 0, self.w, min(self.img.height, self.y + self.margin)))


# ---------------------------------------------------------------- values


def q2(x: Decimal | float | int) -> Decimal:
    return Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def alnum(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def upper(rng: random.Random, n: int) -> str:
    return alnum(rng, n, "ABCDEFGHJKLMNPRSTUVWXYZ")


def gstin(rng: random.Random) -> str:
    return f"{rng.choice(['27', '29', '07', '33', '24', '09', '19', '36'])}{upper(rng, 5)}{digits(rng, 4)}" \
           f"{upper(rng, 1)}1Z{alnum(rng, 1)}"


def phone_in(rng: random.Random) -> str:
    return rng.choice(["+91 ", "", "Ph: "]) + f"{rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}"


def group_western(whole: int, sep: str = ",") -> str:
    return f"{whole:,}".replace(",", sep)


def money_num(amount: Decimal, style: str) -> str:
    whole = int(amount)
    cents = f"{int((amount - whole) * 100):02d}"
    if style == "indian":
        return f"{group_indian(whole)}.{cents}"
    if style == "western":
        return f"{group_western(whole)}.{cents}"
    if style == "continental":
        return f"{group_western(whole, '.')},{cents}"
    if style == "space":
        return f"{group_western(whole, ' ')},{cents}"
    return f"{whole}.{cents}"


def parse_money(s: str) -> Decimal:
    """The value of a drawn amount (used only to check that what was drawn matches the truth)."""
    t = "".join(c for c in s if c.isdigit() or c in ".,")
    t = t.strip(".,")
    if len(t) > 3 and t[-3] == ",":
        t = t[:-3].replace(".", "").replace(",", "") + "." + t[-2:]
    else:
        t = t.replace(",", "")
    return Decimal(t)


class Money:
    """Formats amounts in one currency and one style for a whole receipt."""

    def __init__(self, rng: random.Random, currency: str, rupee_glyph: bool, *, mono: bool = False):
        self.cur = currency
        if currency == "INR":
            syms = ["Rs.", "Rs. ", "INR ", "Rs "] + (["₹", "₹ ", "₹"] if rupee_glyph else [])
            self.style = rng.choice(["indian", "indian", "indian", "plain"])
        elif currency == "USD":
            syms = ["$", "$", "USD "]
            self.style = rng.choice(["western", "western", "plain"])
        elif currency == "CAD":
            syms = ["$", "C$", "CA$"]
            self.style = rng.choice(["western", "plain"])
        elif currency == "AUD":
            syms = ["$", "A$", "AU$"]
            self.style = rng.choice(["western", "plain"])
        elif currency == "GBP":
            syms = ["£", "£", "GBP "]
            self.style = rng.choice(["western", "plain"])
        else:
            syms = ["€ ", "EUR ", "€"]
            self.style = rng.choice(["continental", "continental", "western", "space"])
        self.sym = rng.choice(syms)
        self.suffix_eur = currency == "EUR" and rng.random() < 0.5

    def __call__(self, amount: Decimal, sym: bool = True) -> str:
        n = money_num(amount, self.style)
        if not sym:
            return n
        if self.suffix_eur:
            return f"{n} €" if "€" in self.sym else f"{n} EUR"
        return f"{self.sym}{n}"


DATE_FMTS = ["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %b %Y", "%d-%b-%Y", "%d %B %Y", "%Y-%m-%d",
             "%d/%m/%y", "%a, %d %b %Y", "UP:%d-%b-%y", "%d %b '%y", "%Y/%m/%d"]
DATE_FMTS_US = ["%m/%d/%Y", "%m/%d/%y", "%b %d, %Y", "%B %d, %Y", "%a %b %d %Y"]


def fmt_date(rng: random.Random, d: date, usd: bool = False, fmts: list[str] | None = None) -> str:
    f = rng.choice(fmts or (DATE_FMTS_US + ["%Y-%m-%d"] if usd else DATE_FMTS))
    if f.startswith("UP:"):
        return d.strftime(f[3:]).upper()
    return d.strftime(f)


def fmt_time(rng: random.Random) -> str:
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    return rng.choice([f"{h:02d}:{m:02d}", f"{h:02d}:{m:02d}:{s:02d}",
                       f"{(h % 12) or 12:02d}:{m:02d} {'AM' if h < 12 else 'PM'}"])


def rand_date(rng: random.Random) -> date:
    return date(2024, 1, 1) + timedelta(days=rng.randint(0, 960))


@dataclass
class Drawn:
    """One rendered receipt before degradation."""

    family: str
    font: str
    image: Image.Image
    truth: ReceiptTruth
    shown_amount: str
    shown_date: str | None
    drawn: list[str]
    screen: bool = False
    meta: dict = field(default_factory=dict)


def choose_font(rng: random.Random, mono: bool = False, exclude_rupeeless: bool = False):
    pool = FONTS_MONO if mono else FONTS_PROP
    names = [n for n in pool if not exclude_rupeeless or pool[n][2]]
    name = rng.choice(names)
    return name, pool[name]


def maybe(rng: random.Random, p: float) -> bool:
    return rng.random() < p


GREY = (110, 110, 110)


# ---------------------------------------------------------------- families


def fam_hardware_gst(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng)
    p = Page(A4_W, font, rng.choice([24, 25, 26]), margin=60)
    m = Money(rng, "INR", font[2])
    shop = rng.choice(["Shree Balaji Hardware & Sanitary", "New Kamdhenu Steel Traders",
                       "Laxmi Paints and Hardware", "Sai Electricals & Plumbing Mart",
                       "Patel Tools Emporium"])
    p.text(rng.choice(["TAX INVOICE", "GST TAX INVOICE", "Tax Invoice (Original for Recipient)"]), "center",
           size=30, bold=True)
    p.text(shop, "center", size=36, bold=True)
    p.text(f"{rng.choice(['Shop No.', 'Plot', 'Unit'])} {rng.randint(3, 240)}, "
           f"{rng.choice(['Station Road', 'MIDC Phase II', 'Lohar Chawl', 'Ring Road'])}", "center")
    p.text(f"GSTIN: {gstin(rng)}   {phone_in(rng)}", "center")
    p.rule()
    inv = rng.choice(["INV/", "HW-", "TI/24-25/", "B"]) + digits(rng, rng.choice([4, 5]))
    d = rand_date(rng)
    ds = fmt_date(rng, d)
    p.lr(f"{rng.choice(['Invoice No', 'Bill No.', 'Inv. No'])}: {inv}",
         f"{rng.choice(['Date', 'Invoice Date', 'Dated'])}: {ds}")
    p.lr(f"Buyer: {rng.choice(['Cash Customer', 'M/s Ravi Constructions', 'Anil Deshmukh'])}",
         f"Buyer GSTIN: {gstin(rng)}" if maybe(rng, 0.5) else f"Mob: {phone_in(rng)}")
    p.text(f"Place of Supply: {rng.choice(['Maharashtra (27)', 'Karnataka (29)', 'Gujarat (24)'])}")
    p.rule()
    xs = [0.05, 0.09, 0.50, 0.60, 0.70, 0.80, 0.95]
    p.row(["#", "Description", "HSN", "Qty", "Rate", "GST%", "Amount"], [0.05, 0.09, 0.50, 0.60, 0.70, 0.80,
                                                                         0.95],
          "lllrrrr", bold=True)
    items = [("PVC Pipe 1 inch 3m", "3917"), ("Ball Valve 15mm", "8481"), ("Wall Putty 20kg", "3214"),
             ("Copper Wire 1.5 sqmm", "8544"), ("Hex Bolt M10 (pkt)", "7318"), ("Cement 50kg OPC", "2523"),
             ("Drill Bit Set", "8207"), ("Enamel Paint 4L", "3208"), ("LED Batten 20W", "9405")]
    sub = Decimal(0)
    tax = Decimal(0)
    for i, (name, hsn) in enumerate(rng.sample(items, rng.randint(3, 6)), 1):
        qty = rng.randint(1, 12)
        rate = q2(rng.uniform(40, 1800))
        gst = rng.choice([12, 18, 18, 28])
        amt = q2(qty * rate)
        sub += amt
        tax += q2(amt * gst / 100)
        p.row([str(i), name, hsn, str(qty), money_num(rate, "plain"), str(gst), money_num(amt, "plain")],
              xs, "lllrrrr")
    p.rule()
    half = q2(tax / 2)
    total = sub + half * 2
    rounded = q2(round(total))
    p.lr("Taxable Value", money_num(sub, m.style))
    p.lr("CGST", money_num(half, m.style))
    p.lr("SGST", money_num(half, m.style))
    if rounded != total and maybe(rng, 0.6):
        p.lr("Round Off", f"{rounded - total:+.2f}")
        total = rounded
    shown = m(total)
    p.lr(rng.choice(["Grand Total", "Invoice Total", "Net Amount", "Total Amount Payable"]), shown, bold=True)
    p.gap(10)
    method, mtext = rng.choice([("cash", "Cash"), ("UPI", "UPI"), ("card", "Card"), ("UPI",
                                                                                     "Google Pay / UPI"),
                                (None, None)])
    ref = None
    if mtext:
        p.text(f"{rng.choice(['Mode of Payment', 'Payment Mode', 'Paid by'])}: {mtext}")
        if method == "UPI" and maybe(rng, 0.6):
            ref = digits(rng, 12)
            p.text(f"UPI Ref: {ref}")
    p.text(f"E-Way Bill: {digits(rng, 12)}" if maybe(rng, 0.4) else f"Vehicle No: MH{rng.randint(1, 48):02d} "
                                                                      f"{upper(rng, 2)} {digits(rng, 4)}")
    p.text("Goods once sold will not be taken back.", size=22, color=GREY)
    p.gap(30)
    p.text(f"for {shop}", "right")
    p.text("Authorised Signatory", "right", size=22)
    status = None
    return Drawn("hardware_gst_invoice", fname, p.done(),
                 ReceiptTruth(shop, str(total), "INR", ref or inv, d.isoformat(), method, status),
                 shown, ds, p.drawn)


def fam_cinema(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng)
    p = Page(PHONE_W, font, rng.choice([24, 26]), margin=36, bg=rng.choice([(255, 255, 255), (246, 246,
                                                                                              250)]))
    m = Money(rng, "INR", font[2])
    chain = rng.choice(["PVR INOX", "Cinepolis", "Miraj Cinemas", "Carnival Cinemas", "Movietime Cinemas"])
    app_col = rng.choice([(204, 30, 60), (30, 60, 140), (20, 20, 20)])
    status, sline = rng.choice([("success", "Booking Confirmed"), ("success", "Your tickets are booked!"),
                                ("failed", "Booking Failed"), ("pending", "Payment Pending"),
                                ("success", "Payment Successful")])
    p.band(sline, app_col, size=32)
    p.text(rng.choice(["Aurora Rising", "The Last Monsoon", "Kesari Dhoop", "Midnight Express 2",
                       "Operation Neelkanth"]) + f" ({rng.choice(['UA', 'U', 'A'])})", size=30, bold=True)
    p.text(f"{chain}: {rng.choice(['Phoenix Mall', 'Forum', 'City Centre', 'Nexus'])}, "
           f"{rng.choice(['Pune', 'Bengaluru', 'Lucknow', 'Kochi'])}", color=GREY)
    show = rand_date(rng)
    pay = show - timedelta(days=rng.randint(0, 6))
    p.text(f"Show: {fmt_date(rng, show, fmts=['%a, %d %b', '%d %b %Y', '%a, %d %b %Y'])} | {fmt_time(rng)}")
    p.text(f"Screen {rng.randint(1, 9)}  Seats: {rng.choice('DEFGHJK')}{rng.randint(1, 12)}, "
           f"{rng.choice('DEFGHJK')}{rng.randint(13, 20)}")
    book = upper(rng, 2) + alnum(rng, 6)
    p.above(rng.choice(["Booking ID", "BOOKING CODE", "Booking Ref"]), book)
    p.rule(color=(210, 210, 210))
    n = rng.randint(1, 5)
    tk = q2(rng.choice([180, 220, 250, 320, 450, 650]))
    fee = q2(rng.uniform(25, 60) * n)
    gst = q2(fee * Decimal("0.18"))
    fb = q2(rng.choice([0, 0, 280, 420, 560]))
    total = tk * n + fee + gst + fb
    p.lr(f"Tickets x {n}", m(tk * n))
    p.lr("Convenience fee", m(fee))
    p.lr("GST on fee @18%", m(gst))
    if fb:
        p.lr("Food & Beverage", m(fb))
    shown = m(total)
    p.lr(rng.choice(["Amount Paid", "Total", "Order Total"]), shown, bold=True)
    p.rule(color=(210, 210, 210))
    method, mline = rng.choice([("UPI", "UPI (PhonePe)"), ("card", "Credit Card xx" + digits(rng, 4)),
                                ("netbanking", "Net Banking - HDFC"), ("wallet", "Amazon Pay Balance"),
                                (None, None)])
    if mline:
        p.lr("Paid via", mline)
    tid = None
    if maybe(rng, 0.75):
        tid = rng.choice(["T", "PAY", ""]) + digits(rng, rng.choice([10, 12, 14]))
        p.lr(rng.choice(["Transaction ID", "Payment Ref", "Txn No."]), tid)
    ds = None
    if maybe(rng, 0.7):
        ds = fmt_date(rng, pay)
        p.lr(rng.choice(["Booked on", "Booking date", "Paid on"]), f"{ds} {fmt_time(rng)}")
    p.gap(10)
    p.text("Show this QR at the entrance. Cancellations up to 2 hours before show.", size=22, color=GREY)
    return Drawn("cinema_booking", fname, p.done(),
                 ReceiptTruth(chain, str(total), "INR", tid, pay.isoformat() if ds else None, method, status),
                 shown, ds, p.drawn, screen=True)


def fam_pharmacy(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng, mono=True)
    p = Page(THERMAL_W, font, 24, margin=22, bg=(250, 249, 244))
    m = Money(rng, "INR", font[2])
    hosp = rng.choice(["Sanjeevani Multispeciality Hospital", "City Care Hospital Pharmacy",
                       "St. Martha's Hospital", "Aarogya Nursing Home"])
    pharm = rng.choice(["IP Pharmacy Counter", "OPD Pharmacy", "24x7 Pharmacy"])
    merchant = hosp if maybe(rng, 0.7) else None
    if merchant:
        p.text(hosp, "center", bold=True)
    p.text(pharm, "center")
    p.text(f"DL No: {rng.choice(['MH-PZ1', 'KA-B20', 'TN-01'])}-{digits(rng, 6)}", "center", size=22)
    p.text(f"Ph: {digits(rng, 3)}-{digits(rng, 7)}", "center", size=22)
    p.rule(dashed=True)
    bill = rng.choice(["PH", "OPB", "CS"]) + "/" + digits(rng, 6)
    d = rand_date(rng)
    ds = fmt_date(rng, d)
    p.lr(rng.choice(["Bill No:", "Sale No:", "Receipt#"]), bill)
    p.lr("Date:", f"{ds}")
    p.lr("UHID:", f"{rng.choice(['UH', 'MR'])}{digits(rng, 8)}")
    p.lr("Patient:", rng.choice(["R. Kulkarni", "Meena S", "Abdul Karim", "J. Fernandes"]))
    p.lr("Dr:", rng.choice(["Dr. S. Rao", "Dr. Mehta", "Dr. P. Nair"]))
    p.rule(dashed=True)
    p.row(["Item", "Qty", "Amt"], [0.04, 0.66, 0.96], "lrr", bold=True)
    meds = ["Pantoprazole 40", "Paracetamol 650", "Amoxyclav 625", "Cetirizine 10", "ORS Sachet",
            "Insulin Pen", "Vitamin D3 60K", "Azithro 500", "IV Set", "Syringe 5ml"]
    gross = Decimal(0)
    for med in rng.sample(meds, rng.randint(3, 6)):
        qty = rng.randint(1, 15)
        amt = q2(rng.uniform(12, 640))
        gross += amt
        p.row([med, str(qty), money_num(amt, "plain")], [0.04, 0.66, 0.96], "lrr")
        if maybe(rng, 0.4):
            p.text(f"B:{upper(rng, 2)}{digits(rng, 4)} Exp:{rng.randint(1, 12):02d}/{rng.randint(26, 29)}",
                   size=22, indent=20, color=GREY)
    p.rule(dashed=True)
    disc = q2(gross * Decimal(rng.choice([0, 5, 10, 12])) / 100)
    p.lr("Gross:", money_num(gross, m.style))
    if disc:
        p.lr("Discount:", "-" + money_num(disc, m.style))
    total = gross - disc
    shown = m(total)
    p.lr(rng.choice(["NET AMT:", "Net Payable:", "TOTAL:"]), shown, bold=True)
    p.text("(GST incl. as applicable)", size=22)
    method, mt = rng.choice([("cash", "CASH"), ("card", "CARD"), ("UPI", "UPI"), ("cash", "Cash"), (None,
                                                                                                    None)])
    if mt:
        p.lr(rng.choice(["Paymode:", "Paid By:", "Mode:"]), mt)
    if method == "cash" and maybe(rng, 0.6):
        tendered = q2(math.ceil(float(total) / 100) * 100 + rng.choice([0, 100, 500]))
        p.lr("Tendered:", money_num(tendered, "plain"))
        p.lr("Change:", money_num(tendered - total, "plain"))
    p.rule(dashed=True)
    p.text("Get well soon", "center", size=22)
    return Drawn("pharmacy_counter_slip", fname, p.done(),
                 ReceiptTruth(merchant, str(total), "INR", bill, d.isoformat(), method, None),
                 shown, ds, p.drawn)


def fam_toll(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng, mono=True)
    p = Page(THERMAL_W, font, 24, margin=22, bg=(252, 252, 246))
    m = Money(rng, "INR", font[2])
    plaza = rng.choice(["Khed Shivapur Toll Plaza", "Kherki Daula Toll Plaza", "Paranur Toll Plaza",
                        "Vasad Toll Plaza", "Hosur Road Toll Plaza"])
    p.text(rng.choice(["NHAI", "National Highways Authority of India"]), "center", size=22)
    p.text(plaza, "center", bold=True)
    p.text(f"NH-{rng.choice([4, 8, 44, 48, 32])} Km {rng.randint(10, 480)}.{rng.randint(0, 9)}00", "center",
           size=22)
    concessionaire = rng.choice(["Ashoka Highways Ltd", "IRB Infra Ltd", "L&T IDPL"])
    p.text(f"Operator: {concessionaire}", "center", size=22)
    p.rule(dashed=True)
    tno = rng.choice(["", "TKT", "T"]) + digits(rng, rng.choice([9, 11]))
    d = rand_date(rng)
    ds = fmt_date(rng, d, fmts=["%d/%m/%Y", "%d-%m-%Y", "%d-%b-%Y", "%d.%m.%y"])
    p.lr(rng.choice(["Ticket No:", "Receipt No:", "Trans No:"]), tno)
    p.lr("Date & Time:", f"{ds} {fmt_time(rng)}")
    p.lr("Lane:", f"{rng.randint(1, 14):02d}  Booth: {rng.choice('ABCD')}{rng.randint(1, 9)}")
    p.lr("Vehicle No:",
         f"{rng.choice(['MH12', 'HR26', 'TN09', 'GJ06', 'KA01'])}{upper(rng, 2)}{digits(rng, 4)}")
    p.lr("Class:", rng.choice(["Car/Jeep/Van", "LCV", "Bus/Truck"]))
    journey = rng.choice(["Single Journey", "Return Journey"])
    p.lr("Journey:", journey)
    fee = q2(rng.choice([65, 95, 110, 125, 160, 215, 345, 520]))
    fastag = maybe(rng, 0.5)
    if fastag:
        total = fee
        method = None
        p.lr("Payment:", "FASTag")
        p.lr("Tag ID:", f"{digits(rng, 4)}{digits(rng, 4)}{digits(rng, 4)}")
        p.lr("Issuer:", rng.choice(["ICICI Bank", "Paytm Payments Bank", "SBI", "Airtel Payments Bank"]))
    else:
        over = rng.random() < 0.3
        total = q2(fee * 2) if over else fee
        method = "cash"
        p.lr("Payment:", rng.choice(["CASH", "Cash"]))
        if over:
            p.text("Non-FASTag user: 2x fee", size=22)
    shown = m(total)
    p.lr(rng.choice(["Fee:", "Amount:", "Toll Fee:"]), shown, bold=True)
    if fastag and maybe(rng, 0.6):
        p.lr("Tag Balance:", money_num(q2(rng.uniform(150, 4000)), "plain"))
    p.rule(dashed=True)
    p.text(f"Valid till {ds} 23:59" if journey == "Return Journey" else "Happy Journey", "center", size=22)
    p.text("Helpline 1033", "center", size=22)
    merchant = plaza
    return Drawn("toll_plaza_receipt", fname, p.done(),
                 ReceiptTruth(merchant, str(total), "INR", tno, d.isoformat(), method, None),
                 shown, ds, p.drawn)


def amount_words(n: int) -> str:
    ones = ["", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven",
            "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen", "Seventeen", "Eighteen", "Nineteen"]
    tens = ["", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty", "Ninety"]

    def two(k: int) -> str:
        return ones[k] if k < 20 else (tens[k // 10] + (" " + ones[k % 10] if k % 10 else ""))

    parts = []
    for div, name in ((10_000_000, "Crore"), (100_000, "Lakh"), (1000, "Thousand"), (100, "Hundred")):
        if n >= div:
            parts.append(f"{two(n // div)} {name}")
            n %= div
    if n:
        parts.append(two(n))
    return " ".join(parts) or "Zero"


def fam_coop_deposit(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng)
    p = Page(A4_W, font, rng.choice([24, 26]), margin=50, bg=(243, 238, 222))
    m = Money(rng, "INR", font[2])
    bank = rng.choice(["The Vaish Co-operative Bank Ltd.", "Saraswat Sahakari Bank Ltd.",
                       "Janata Sahakari Bank Ltd.", "The Kalupur Commercial Co-op. Bank Ltd."])
    p.text(bank, "center", size=34, bold=True)
    p.text(f"Branch: {rng.choice(['Sadashiv Peth', 'Dadar (W)', 'Navrangpura', 'Chandni Chowk'])}"
           f"   IFSC: {upper(rng, 4)}0{digits(rng, 6)}", "center")
    p.text(rng.choice(["CASH DEPOSIT SLIP - COUNTERFOIL", "PAY-IN-SLIP (Customer Copy)",
                       "Cash Credit Voucher - Depositor's Counterfoil"]), "center", bold=True)
    p.rule()
    d = rand_date(rng)
    ds = fmt_date(rng, d, fmts=["%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d/%m/%y"])
    payee = rng.choice(["Shree Ganesh Traders", "Om Sai Kirana Stores", "Gurukrupa Dairy Farm",
                        "Nandini Textiles", "Mahalaxmi Agro Services"])
    p.lr(f"Date: {ds}", f"{rng.choice(['A/c Type', 'Type'])}: {rng.choice(['Current', 'Savings', 'CC'])}")
    p.lr(rng.choice(["Credit A/c of:", "Name of Account Holder:", "Paid to the credit of:"]), payee)
    p.lr(rng.choice(["Account No.:", "A/c No:"]), digits(rng, rng.choice([12, 15])))
    p.lr("Deposited by:", rng.choice(["Self", "Ramesh Jadhav", "Sunita Patil", "M. Iqbal"]))
    p.lr("Mobile:", phone_in(rng))
    p.rule()
    p.row(["Denomination", "Pieces", "Amount"], [0.06, 0.55, 0.94], "lrr", bold=True)
    total = Decimal(0)
    for den in (2000, 500, 200, 100, 50, 20, 10):
        if den == 2000 or maybe(rng, 0.35):
            continue
        k = rng.randint(1, 40)
        total += den * k
        p.row([f"{den} x", str(k), money_num(Decimal(den * k), "plain")], [0.06, 0.55, 0.94], "lrr")
    if total == 0:
        total = Decimal(500 * 12)
        p.row(["500 x", "12", "6000.00"], [0.06, 0.55, 0.94], "lrr")
    total = q2(total)
    p.rule()
    shown = m(total)
    p.lr(rng.choice(["Total", "TOTAL Rs.", "Total Cash"]), shown, bold=True)
    p.text(f"Rupees {amount_words(int(total))} Only")
    p.gap(10)
    scroll = rng.choice(["Scroll No", "Journal No", "Txn ID", "Trans. No."])
    sid = digits(rng, rng.choice([6, 8, 10]))
    show_sid = maybe(rng, 0.8)  # some counterfoils carry only the teller's initials
    p.lr(f"{scroll}: {sid}" if show_sid else "Scroll No: ________",
         f"Teller: {upper(rng, 1)}{digits(rng, 3)}")
    status = None
    if maybe(rng, 0.6):
        stamp = rng.choice(["CASH RECEIVED", "RECEIVED", "PAID IN"])
        p.gap(14)
        p.text(stamp, "right", size=34, bold=True, color=(60, 60, 170))
        status = "success"
    p.text("Cashier's Signature", "right", size=22)
    return Drawn("coop_bank_deposit_counterfoil", fname, p.done(),
                 ReceiptTruth(payee, str(total), "INR", sid if show_sid else None, d.isoformat(), "cash",
                              status),
                 shown, ds, p.drawn)


def fam_insurance(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng)
    p = Page(A4_W, font, rng.choice([24, 25, 26]), margin=70)
    m = Money(rng, "INR", font[2])
    insurer = rng.choice(["Bajaj Allianz General Insurance Co. Ltd.",
                          "Star Health and Allied Insurance Co. Ltd.",
                          "HDFC ERGO General Insurance Company Limited", "Max Life Insurance Co. Ltd.",
                          "Niva Bupa Health Insurance Company Limited"])
    p.band(rng.choice(["Premium Receipt", "RENEWAL PREMIUM RECEIPT", "Payment Acknowledgement"]),
           rng.choice([(0, 84, 147), (0, 120, 90), (150, 30, 40)]), size=32, full=False)
    p.text(insurer, size=30, bold=True)
    p.text(f"CIN: U66010{upper(rng, 2)}{digits(rng, 4)}PLC{digits(rng, 6)}   IRDAI Reg. No. {digits(rng, 3)}",
           size=22, color=GREY)
    p.gap(10)
    rno = rng.choice(["RCPT", "R", "PR/"]) + digits(rng, 10)
    rd = rand_date(rng)
    due = rd + timedelta(days=rng.randint(1, 20))
    start = due
    leap_day = start.month == 2 and start.day == 29
    end = date(start.year + 1, 2, 28) if leap_day else start.replace(year=start.year + 1) - timedelta(days=1)
    rds = fmt_date(rng, rd)
    p.lr(rng.choice(["Receipt No.", "Receipt Number"]), rno)
    show_rd = maybe(rng, 0.7)
    if show_rd:
        p.lr(rng.choice(["Receipt Date", "Date of Payment", "Premium Paid On"]), rds)
    p.lr(rng.choice(["Policy No.", "Policy Number"]),
         f"{digits(rng, 4)}/{digits(rng, 8)}/{rng.randint(0, 99):02d}")
    p.lr("Proposer", rng.choice(["Mr. Vikram Sethi", "Mrs. Asha Menon", "Mr. Rohan Gupta"]))
    p.lr("Product", rng.choice(["Health Guard Family Floater", "Private Car Package Policy", "Term Plan Plus",
                                "Optima Secure"]))
    p.lr("Renewal Due Date", fmt_date(rng, due))
    p.lr("Period of Cover",
         f"{fmt_date(rng, start, fmts=['%d/%m/%Y'])} to {fmt_date(rng, end, fmts=['%d/%m/%Y'])}")
    p.rule(color=(180, 180, 180))
    net = q2(rng.uniform(4500, 68000))
    gst = q2(net * Decimal("0.18"))
    total = net + gst
    p.lr("Net Premium", m(net))
    p.lr(rng.choice(["GST @ 18%", "IGST 18%", "CGST+SGST (18%)"]), m(gst))
    shown = m(total)
    p.lr(rng.choice(["Total Premium Received", "Total Amount Paid", "Gross Premium"]), shown, bold=True)
    p.text(f"(Rupees {amount_words(int(total))} only)", size=22)
    p.rule(color=(180, 180, 180))
    method, mt = rng.choice([("netbanking", "Net Banking"), ("card", "Credit Card"), ("UPI", "UPI"),
                             ("card", "Debit Card"), ("netbanking", "Internet Banking"), (None, None)])
    if mt:
        p.lr(rng.choice(["Payment Mode", "Mode of Payment", "Instrument"]), mt)
    tid = None
    if maybe(rng, 0.7):
        tid = rng.choice(["", "IGAB", "PG", "HD"]) + digits(rng, rng.choice([10, 12, 16]))
        p.lr(rng.choice(["Transaction Reference", "Bank Ref. No.", "PG Txn ID"]), tid)
    status = None
    if maybe(rng, 0.6):
        status = "success"
        p.lr("Payment Status", rng.choice(["Successful", "SUCCESS", "Realised"]))
    p.gap(20)
    p.text("This is a computer generated receipt and does not require a signature.", size=22, color=GREY)
    p.text(f"Toll free: 1800-{digits(rng, 3)}-{digits(rng, 4)}", size=22, color=GREY)
    return Drawn("insurance_renewal_receipt", fname, p.done(),
                 ReceiptTruth(insurer, str(total), "INR", tid or rno, rd.isoformat() if show_rd else None,
                              method, status), shown, rds if show_rd else None, p.drawn)


def fam_dth(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng)
    dark = maybe(rng, 0.3)
    bg = (28, 28, 34) if dark else (255, 255, 255)
    fg = (235, 235, 235) if dark else (25, 25, 25)
    p = Page(PHONE_W, font, 26, margin=40, bg=bg, fg=fg)
    m = Money(rng, "INR", font[2])
    op = rng.choice(["Tata Play", "Airtel Digital TV", "ACT Fibernet", "JioFiber", "Dish TV",
                     "Hathway Broadband"])
    status, st = rng.choice([("success", "Recharge Successful"), ("success", "Payment Successful"),
                             ("failed", "Payment Failed"), ("pending", "Payment Processing"),
                             ("success", "Bill Paid"), ("pending", "Pending confirmation")])
    col = {"success": (16, 140, 70), "failed": (200, 40, 40), "pending": (220, 140, 0)}[status]
    p.gap(20)
    p.text(st, "center", size=34, bold=True, color=col)
    total = q2(rng.choice([299, 349, 399, 449, 589, 699, 799, 999, 1178, 1499, 2360, 4716]))
    shown = m(total)
    p.text(shown, "center", size=46, bold=True)
    p.gap(10)
    p.above(rng.choice(["Paid to", "Biller", "Operator"]), op, lcolor=(150, 150, 150))
    p.above(rng.choice(["Subscriber ID", "Customer ID", "Account No.", "Registered Mobile"]),
            digits(rng, 10), lcolor=(150, 150, 150))
    if maybe(rng, 0.5):
        p.above("Plan", rng.choice(["Hindi Smart HD", "100 Mbps - 1 Month", "Family Sports Pack",
                                    "300 Mbps Quarterly"]), lcolor=(150, 150, 150))
    p.rule(color=(120, 120, 120))
    tid = None
    if maybe(rng, 0.7):
        tid = rng.choice(["", "BBPS", "CC0", "OD"]) + (digits(rng, 12) if maybe(rng, 0.6) else alnum(rng, 14))
        p.lr(rng.choice(["Transaction ID", "B-Connect Txn ID", "Order ID / Ref"]), tid, lcolor=(150, 150,
                                                                                                150))
    if maybe(rng, 0.5):
        p.lr("Approval Ref", digits(rng, 6), lcolor=(150, 150, 150))
    method, mt = rng.choice([("UPI", "UPI - okaxis"), ("wallet", "Paytm Wallet"), ("card", "Debit Card **" +
                             digits(rng, 4)), ("netbanking", "Netbanking"), ("UPI", "BHIM UPI"), (None,
                                                                                                  None)])
    if mt:
        p.lr(rng.choice(["Payment mode", "Paid using", "Debited from"]), mt, lcolor=(150, 150, 150))
    d = rand_date(rng)
    ds = fmt_date(rng, d)
    p.lr(rng.choice(["Date", "Date & time", "On"]), f"{ds}, {fmt_time(rng)}", lcolor=(150, 150, 150))
    p.lr("Next due date", fmt_date(rng, d + timedelta(days=30)), lcolor=(150, 150, 150))
    p.gap(10)
    p.text("Powered by Bharat BillPay", "center", size=22, color=(150, 150, 150))
    return Drawn("dth_broadband_ack", fname, p.done(),
                 ReceiptTruth(op, str(total), "INR", tid, d.isoformat(), method, status),
                 shown, ds, p.drawn, screen=True)


def fam_hotel(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng)
    p = Page(A4_W, font, 24, margin=70)
    cur = "EUR" if maybe(rng, 0.6) else "INR"
    m = Money(rng, cur, font[2])
    if cur == "EUR":
        hotel = rng.choice(["Hotel Alpenblick", "Grand Hotel Continental", "Hotel Am Stadtpark",
                            "Hotel Savoia"])
    else:
        hotel = rng.choice(["The Lalit Grand Palace", "Hotel Sea Princess", "Fortune Park Panchwati",
                            "Sterling Lake Resort"])
    p.text(hotel, "center", size=38, bold=True)
    p.text("GUEST FOLIO" if maybe(rng, 0.5) else "Checkout Summary / Invoice", "center", bold=True)
    p.text(f"GSTIN {gstin(rng)}" if cur == "INR" else f"USt-IdNr. DE{digits(rng, 9)}", "center", size=22,
           color=GREY)
    p.gap(10)
    fol = rng.choice(["F", "FOL", ""]) + digits(rng, 6)
    cin = rand_date(rng)
    nights = rng.randint(1, 5)
    cout = cin + timedelta(days=nights)
    fmts = DATE_FMTS[:9]
    p.lr(f"Guest: {rng.choice(['Mr. A. Sharma', 'Ms. K. Weber', 'Dr. N. Iyer', 'Mr. J. Rossi'])}",
         f"{rng.choice(['Folio No.', 'Folio #', 'Bill No.'])} {fol}")
    p.lr(f"Room: {rng.randint(101, 1520)}  ({rng.choice(['Deluxe King', 'Superior Twin', 'Suite'])})",
         f"Conf. No. {digits(rng, 9)}")
    p.lr(f"Arrival: {fmt_date(rng, cin, fmts=fmts)}", f"Departure: {fmt_date(rng, cout, fmts=fmts)}")
    p.lr(f"Adults: {rng.randint(1, 3)}", f"Membership: {upper(rng, 2)}{digits(rng, 7)}")
    p.rule()
    xs = [0.06, 0.22, 0.94]
    p.row(["Date", "Description", "Amount"], xs, "llr", bold=True)
    rate = q2(rng.uniform(3200, 14500) if cur == "INR" else rng.uniform(89, 260))
    sub = Decimal(0)
    for k in range(nights):
        dd = cin + timedelta(days=k)
        p.row([dd.strftime("%d/%m"), "Room Charge", money_num(rate, m.style)], xs, "llr")
        sub += rate
        if maybe(rng, 0.4):
            x = q2(rng.uniform(300, 2200) if cur == "INR" else rng.uniform(12, 70))
            p.row([dd.strftime("%d/%m"), rng.choice(["Restaurant", "Minibar", "Laundry", "Room Service"]),
                   money_num(x, m.style)], xs, "llr")
            sub += x
    p.rule()
    if cur == "INR":
        tax = q2(sub * Decimal(rng.choice(["0.12", "0.18"])))
        p.lr("Subtotal", money_num(sub, m.style))
        p.lr("CGST + SGST", money_num(tax, m.style))
    else:
        tax = q2(sub * Decimal("0.07"))
        p.lr("Netto", money_num(sub, m.style))
        p.lr("MwSt 7%", money_num(tax, m.style))
    total = sub + tax
    city_tax = Decimal(0)
    if cur == "EUR" and maybe(rng, 0.5):
        city_tax = q2(Decimal("2.50") * nights)
        p.lr("City Tax", money_num(city_tax, m.style))
        total += city_tax
    p.lr(rng.choice(["Total Charges", "Folio Total", "Grand Total"]), money_num(total, m.style), bold=True)
    method, mt = rng.choice([("card", "Visa xxxx " + digits(rng, 4)), ("card",
                                                                       "MasterCard ****" + digits(rng, 4)),
                             ("cash", "Cash"), ("UPI", "UPI") if cur == "INR" else ("card",
                                                                                    "AMEX " + digits(rng, 4)),
                             ("netbanking", "Bank Transfer")])
    settle = cout
    sds = fmt_date(rng, settle, fmts=fmts)
    shown = m(total)
    p.lr(f"Payment - {mt}", "-" + shown)
    p.lr("Balance", money_num(Decimal(0), m.style), bold=True)
    p.gap(10)
    show_settle = maybe(rng, 0.7)
    if show_settle:
        p.text(f"{rng.choice(['Settled on', 'Payment received', 'Paid on'])}: {sds}")
    status = "success" if maybe(rng, 0.5) else None
    if status:
        p.text(rng.choice(["PAID IN FULL", "SETTLED", "Zero balance - Paid"]), "right", bold=True, size=30)
    p.gap(20)
    p.text("Guest signature: ____________________", size=22)
    p.text("We hope you enjoyed your stay.", "center", size=22, color=GREY)
    return Drawn("hotel_folio", fname, p.done(),
                 ReceiptTruth(hotel, str(total), cur, fol, settle.isoformat() if show_settle else None,
                              method,
                              status), shown, sds if show_settle else None, p.drawn)


def fam_us_restaurant(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng, mono=True)
    p = Page(THERMAL_W, font, 24, margin=22, bg=(251, 251, 248))
    m = Money(rng, "USD", font[2])
    name = rng.choice(["Blue Fin Grill", "Luigi's Trattoria", "The Corner Diner", "Smokehouse 57",
                       "Pho Saigon"])
    p.text(name, "center", size=30, bold=True)
    p.text(f"{rng.randint(10, 9800)} {rng.choice(['Main St', 'Market St', 'Broadway', 'Elm Ave'])}", "center")
    p.text(f"{rng.choice(['Austin, TX', 'Portland, OR', 'Chicago, IL', 'Boston, MA'])} ", "center")
    p.text(f"({digits(rng, 3)}) {digits(rng, 3)}-{digits(rng, 4)}", "center")
    p.rule(dashed=True)
    d = rand_date(rng)
    ds = fmt_date(rng, d, usd=True)
    chk = digits(rng, 4)
    show_chk = maybe(rng, 0.75)
    p.lr(f"Server: {rng.choice(['Maria', 'Jake', 'Tina', 'Dev'])}", f"Check #{chk}" if show_chk else "")
    p.lr(f"Table {rng.randint(1, 40)}", f"Guests {rng.randint(1, 6)}")
    p.lr(ds, fmt_time(rng))
    p.rule(dashed=True)
    sub = q2(rng.uniform(18, 240))
    tax = q2(sub * Decimal(rng.choice(["0.0825", "0.06", "0.1025", "0.07"])))
    p.lr("Subtotal", money_num(sub, m.style))
    p.lr("Tax", money_num(tax, m.style))
    amount = sub + tax
    p.lr("Amount", m(amount), bold=True)
    card = rng.choice(["VISA", "MASTERCARD", "AMEX", "DISCOVER"])
    p.lr(card, f"XXXXXXXXXXXX{digits(rng, 4)}")
    p.lr("Entry:", rng.choice(["CHIP", "CONTACTLESS", "SWIPED"]))
    p.lr("Auth Code:", alnum(rng, 6))
    ref = digits(rng, rng.choice([6, 12]))
    has_ref = maybe(rng, 0.6)
    if has_ref:
        p.lr(rng.choice(["Ref #:", "Trans #:", "Reference:"]), ref)
    p.lr("Term ID:", f"{digits(rng, 8)}  Batch {digits(rng, 3)}")
    approved = maybe(rng, 0.7)
    if approved:
        p.text(rng.choice(["APPROVED", "Approved - Thank You", "TRANSACTION APPROVED"]), "center", bold=True)
    p.rule(dashed=True)
    tip_filled = maybe(rng, 0.75)
    if tip_filled:
        tip = q2(amount * Decimal(rng.choice(["0.15", "0.18", "0.20", "0.22"])))
        total = amount + tip
        p.lr("Tip:", money_num(tip, m.style))
        p.lr("Total:", m(total), bold=True)
    else:
        total = amount
        p.lr("Tip:", "________")
        p.lr("Total:", "________")
    p.text("Suggested: 18% 20% 22%", size=22)
    p.gap(26)
    p.text("X_____________________________", size=24)
    p.text("I agree to pay the above total", size=22)
    p.text("according to my card issuer agreement.", size=22)
    p.text("MERCHANT COPY" if maybe(rng, 0.5) else "CUSTOMER COPY", "center", bold=True)
    shown = m(total)
    return Drawn("us_restaurant_card_slip", fname, p.done(),
                 ReceiptTruth(name, str(total), "USD", ref if has_ref else chk if show_chk else None,
                              d.isoformat(), "card",
                              "success" if approved else None), shown, ds, p.drawn)


def fam_grocery_ca_au(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng, mono=True)
    p = Page(THERMAL_W, font, 24, margin=22, bg=(250, 250, 250))
    cur = rng.choice(["CAD", "AUD"])
    m = Money(rng, cur, font[2])
    if cur == "CAD":
        store = rng.choice(["Maple Leaf Fresh Market", "Northside No Frills", "Harbour Grocers",
                            "Prairie Co-op"])
        loc = rng.choice(["Toronto ON", "Calgary AB", "Halifax NS", "Ottawa ON"])
        reg = f"GST/HST # {digits(rng, 9)} RT0001"
        fmts = ["%Y-%m-%d", "%d/%m/%Y", "%d %b %Y", "%Y/%m/%d"]
    else:
        store = rng.choice(["Southern Cross Supermarket", "Bondi Fresh Foods", "Harvest IGA Fremantle",
                            "Yarra Valley Grocer"])
        loc = rng.choice(["Sydney NSW", "Fremantle WA", "Melbourne VIC", "Brisbane QLD"])
        reg = f"ABN {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
        fmts = ["%d/%m/%Y", "%d/%m/%y", "%d %b %Y", "%d.%m.%Y", "%d-%b-%Y"]
    p.text(store, "center", bold=True)
    p.text(loc, "center")
    p.text(reg, "center", size=22)
    if cur == "AUD" and maybe(rng, 0.7):
        p.text("TAX INVOICE", "center", bold=True)
    p.rule(dashed=True)
    items = ["BANANAS KG", "MILK 2L", "SOURDOUGH", "EGGS 12PK", "CHEDDAR 500G", "OLIVE OIL 1L",
             "COFFEE BEANS",
             "TOMATOES", "RICE 5KG", "YOGHURT", "CHICKEN THIGH", "APPLES GALA", "PASTA 500G", "MAPLE SYRUP"]
    sub = Decimal(0)
    taxable = Decimal(0)
    chosen = rng.sample(items, rng.randint(4, 9))
    for it in chosen:
        pr = q2(rng.uniform(1.2, 24))
        flag = rng.random() < 0.3
        sub += pr
        if flag:
            taxable += pr
        p.lr(it + (" *" if flag else ""), money_num(pr, "plain"))
    p.rule(dashed=True)
    p.lr(f"SUBTOTAL ({len(chosen)} items)", money_num(sub, "plain"))
    if cur == "CAD":
        tname, rate = {"ON": ("HST 13%", "0.13"), "AB": ("GST 5%", "0.05"), "NS": ("HST 15%",
                                                                                   "0.15")}[loc[-2:]]
        tax = q2(taxable * Decimal(rate))
        p.lr(tname, money_num(tax, "plain"))
        total = sub + tax
    else:
        tax = q2((taxable / 11))
        total = sub
        p.text(f"* GST incl. items  GST {money_num(tax, 'plain')}", size=22)
    rounding = Decimal(0)
    shown = m(total)
    total_label = rng.choice(["TOTAL", "BALANCE DUE", "TOTAL " + cur])
    p.lr(total_label, shown, bold=True)
    cash = maybe(rng, 0.25)
    if cash:
        method = "cash"
        tend = q2(math.ceil(float(total) / 5) * 5 + 5)
        p.lr("CASH", money_num(tend, "plain"))
        p.lr("CHANGE", money_num(tend - total, "plain"))
    else:
        method = "card"
        brand = rng.choice(["INTERAC", "DEBIT", "VISA", "MASTERCARD", "EFTPOS", "VISA DEBIT"])
        p.lr(brand, m(total))
        p.lr("CARD", f"************{digits(rng, 4)}")
        p.lr("AUTH #", digits(rng, 6))
        if maybe(rng, 0.5):
            p.lr("RRN", digits(rng, 12))
    if cur not in total_label and cur[:2] not in m.sym:
        p.text(f"All amounts in {cur}", size=22)
    d = rand_date(rng)
    ds = fmt_date(rng, d, fmts=fmts)
    txn = digits(rng, 4)
    p.rule(dashed=True)
    p.lr(f"{ds} {fmt_time(rng)}", f"ST{digits(rng, 3)} LN{rng.randint(1, 12)}")
    show_txn = maybe(rng, 0.8)
    if show_txn:
        p.lr(rng.choice(["TRANS", "TRN#", "RECEIPT"]), txn)
    status = None
    if not cash and maybe(rng, 0.6):
        status = "success"
        p.text(rng.choice(["APPROVED", "00 APPROVED", "ACCEPTED"]), "center", bold=True)
    p.text("Thank you for shopping local!", "center", size=22)
    return Drawn("ca_au_grocery_till", fname, p.done(),
                 ReceiptTruth(store, str(total), cur, txn if show_txn else None, d.isoformat(), method,
                              status), shown, ds, p.drawn,
                 meta={"rounding": str(rounding)})


def fam_uk_rail(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng, mono=maybe(rng, 0.6))
    p = Page(THERMAL_W + 104, font, 24, margin=26, bg=(255, 253, 245))
    m = Money(rng, "GBP", font[2])
    toc = rng.choice(["Northern", "Great Western Railway", "Avanti West Coast", "LNER", "Southeastern"])
    stn = rng.choice(["Leeds", "Bristol Temple Meads", "Manchester Piccadilly", "York", "Ashford Intl"])
    p.text(toc, "center", bold=True, size=28)
    p.text(f"{stn} Travel Centre", "center")
    p.text(f"VAT Reg No GB {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 2)}", "center", size=22)
    p.rule()
    p.text(rng.choice(["SALES RECEIPT", "Receipt - Ticket Office", "CUSTOMER RECEIPT"]), "center", bold=True)
    d = rand_date(rng)
    travel = d + timedelta(days=rng.randint(0, 14))
    fmts = ["%d/%m/%Y", "%d %b %Y", "%d-%b-%Y", "%d.%m.%y", "%d %B %Y"]
    ds = fmt_date(rng, d, fmts=fmts)
    tnum = digits(rng, 5)
    show_issue = maybe(rng, 0.65)  # otherwise only the travel dates are printed
    if show_issue:
        p.lr("Date of issue", ds)
    p.lr(rng.choice(["Transaction No", "Trans No.", "Receipt No"]), tnum)
    p.lr("Machine", f"{digits(rng, 4)}  Window {rng.randint(1, 8)}")
    p.rule(dashed=True)
    total = Decimal(0)
    for _ in range(rng.randint(1, 3)):
        tk = rng.choice(["Anytime Return", "Off-Peak Day Return", "Advance Single", "Super Off-Peak Rtn"])
        rc = rng.choice(["", " 16-25 Rcard", " Two Together"])
        price = q2(rng.uniform(6, 190))
        total += price
        p.text(f"{tk}{rc}")
        p.lr(f"  {stn[:10]} - {rng.choice(['London Terminals', 'Sheffield', 'Newcastle', 'Cardiff Cen'])}",
             money_num(price, m.style))
        p.text(f"  Travel: {fmt_date(rng, travel, fmts=fmts)}  Tkt {digits(rng, 5)}", size=22)
    if maybe(rng, 0.3):
        fee = q2(rng.choice([5, 10]))
        total += fee
        p.lr("Railcard purchase", money_num(fee, m.style))
    p.rule(dashed=True)
    shown = m(total)
    p.lr(rng.choice(["TOTAL", "Total Due", "Amount Paid"]), shown, bold=True)
    method, mt = rng.choice([("card", "Contactless Visa"), ("card", "Mastercard Debit"), ("cash", "Cash"),
                             ("card", "Card"), (None, None)])
    if mt:
        p.lr(rng.choice(["Paid by", "Payment"]), mt)
    if method == "card":
        p.lr("Card", f"**** **** **** {digits(rng, 4)}")
        p.lr("Auth code", alnum(rng, 6))
    p.text("VAT: Zero rated", size=22)
    p.text("Please keep for your records", "center", size=22)
    return Drawn("uk_rail_ticket_office", fname, p.done(),
                 ReceiptTruth(toc, str(total), "GBP", tnum, d.isoformat() if show_issue else None, method,
                              None),
                 shown, ds if show_issue else None, p.drawn)


def fam_ecommerce(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng)
    p = Page(A4_W, font, 24, margin=70)
    m = Money(rng, "INR", font[2])
    seller = rng.choice(["Appario Retail Private Ltd", "RetailNet", "Cloudtail India Pvt Ltd",
                         "SuperComNet Enterprises", "Darshita Etel Pvt Ltd"])
    site = rng.choice(["amazon.in", "Flipkart", "Myntra", "Tata CLiQ"])
    p.lr("Tax Invoice/Bill of Supply/Cash Memo", site, bold=True, size=28)
    p.text("(Original for Recipient)", "left", size=22, color=GREY)
    p.gap(8)
    p.text("Sold By :", bold=True)
    p.text(seller)
    p.text(f"{rng.choice(['Survey No. 31/1', 'Plot 12', 'Warehouse C-4'])}, "
           f"{rng.choice(['Bhiwandi', 'Hoskote', 'Farukhnagar', 'Uluberia'])}")
    p.lr(f"PAN No: {upper(rng, 5)}{digits(rng, 4)}{upper(rng, 1)}", f"GST Registration No: {gstin(rng)}")
    p.gap(8)
    od = rand_date(rng)
    invd = od + timedelta(days=rng.randint(0, 2))
    amazon_order = f"{digits(rng, 3)}-{digits(rng, 7)}-{digits(rng, 7)}"
    order = amazon_order if site == "amazon.in" else "OD" + digits(rng, 18)
    inv = rng.choice(["IN-", "FAAB", "BLR7-", "DEL4-"]) + digits(rng, 6)
    p.lr(f"Order Number: {order}", f"Invoice Number : {inv}")
    ods = fmt_date(rng, od, fmts=["%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%d %b %Y"])
    ids = fmt_date(rng, invd, fmts=["%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y", "%d %b %Y"])
    p.lr(f"Order Date: {ods}", f"Invoice Date : {ids}")
    p.text(f"Billing Address: {rng.choice(['K. Srinivas', 'Pooja Arora', 'Imran Shaikh'])}, "
           f"{rng.choice(['Hyderabad', 'Jaipur', 'Nagpur'])} {digits(rng, 6)}")
    p.rule()
    xs = [0.06, 0.10, 0.55, 0.65, 0.75, 0.85, 0.95]
    p.row(["Sl", "Description", "Unit Price", "Qty", "Net", "Tax", "Total"], xs, "llrrrrr", bold=True)
    total = Decimal(0)
    prods = ["boAt Airdopes 141 TWS", "Prestige Pressure Cooker 3L", "Philips Trimmer BT1232",
             "Classmate Notebook (Pack of 6)", "Milton Thermosteel 1L", "Logitech M221 Mouse",
             "USB-C Cable 1m"]
    for i, pr in enumerate(rng.sample(prods, rng.randint(1, 4)), 1):
        unit = q2(rng.uniform(149, 4999))
        qty = rng.randint(1, 3)
        net = q2(unit * qty / Decimal("1.18"))
        gross = q2(unit * qty)
        tax = gross - net
        total += gross
        p.row([str(i), pr, money_num(q2(unit / Decimal("1.18")), "plain"), str(qty), money_num(net, "plain"),
               money_num(tax, "plain"), money_num(gross, "plain")], xs, "llrrrrr", size=22)
        p.text(f"HSN:{digits(rng, 4)}  IGST 18%", size=22, indent=60, color=GREY)
    ship = q2(rng.choice([0, 0, 40, 99]))
    if ship:
        p.row(["", "Shipping Charges", "", "", "", "", money_num(ship, "plain")], xs, "llrrrrr", size=22)
        total += ship
    p.rule()
    shown = m(total)
    p.lr("TOTAL:", shown, bold=True)
    p.text(f"Amount in Words: {amount_words(int(total))} only", size=22)
    p.gap(10)
    method, mt = rng.choice([("UPI", "UPI"), ("card", "Credit Card"), ("netbanking", "Net Banking"),
                             ("cash", "Cash on Delivery"), ("wallet", "Amazon Pay Balance"), (None, None)])
    tid = None
    if mt:
        p.lr("Mode of Payment:", mt)
    if mt and method != "cash" and maybe(rng, 0.6):
        tid = alnum(rng, 20) if maybe(rng, 0.5) else digits(rng, 12)
        p.lr("Transaction ID:", tid)
        p.lr("Date & Time:", f"{ods}, {fmt_time(rng)}")
    p.gap(20)
    p.text(f"For {seller}:", "right")
    p.text("Authorized Signatory", "right", size=22)
    p.text("Whether tax is payable under reverse charge - No", size=22, color=GREY)
    # The payment date: the transaction's own date when printed, else the invoice date.
    if tid:
        pay, ps = od, ods
    else:
        pay, ps = invd, ids
    return Drawn("online_order_invoice", fname, p.done(),
                 ReceiptTruth(seller, str(total), "INR", tid or inv, pay.isoformat(), method, None), shown,
                 ps,
                 p.drawn)


def fam_statement(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng)
    p = Page(A4_W, font, 22, margin=60)
    m = Money(rng, "INR", font[2])
    bank = rng.choice(["State Bank of India", "HDFC Bank", "ICICI Bank", "Kotak Mahindra Bank",
                       "Bank of Baroda"])
    p.text(bank, size=34, bold=True)
    p.text("Statement of Account", size=26, bold=True)
    p.lr(f"Account Name: {rng.choice(['NEHA KAPOOR', 'SURESH BABU K', 'ARJUN MALHOTRA'])}",
         f"Account No: XXXXXXXX{digits(rng, 4)}", size=22)
    start = rand_date(rng)
    fmts = ["%d/%m/%y", "%d-%m-%Y", "%d %b %Y", "%d-%b-%y", "%d/%m/%Y"]
    f = rng.choice(fmts)
    p.lr(f"Period: {fmt_date(rng, start, fmts=[f])} to {fmt_date(rng, start + timedelta(days=30), fmts=[f])}",
         f"Customer ID: {digits(rng, 9)}", size=22)
    p.rule()
    xs = [0.05, 0.15, 0.47, 0.73, 0.84, 0.96]
    p.row(["Date", "Narration", "Chq/Ref No.", "Debit", "Credit", "Balance"], xs, "lllrrr", size=22,
          bold=True)
    p.rule(gap=8)
    bal = q2(rng.uniform(60000, 420000))
    payees = ["SWIGGY", "BIGBASKET", "IRCTC", "RELIANCE RETAIL", "APOLLO PHARMACY", "URBAN COMPANY",
              "DECATHLON", "MAKEMYTRIP", "BESCOM", "ZEPTO", "CROMA", "LIC OF INDIA"]
    n = rng.randint(6, 10)
    hi = rng.randint(1, n - 2)
    truth = None
    d = start
    for k in range(n):
        d = d + timedelta(days=rng.randint(0, 3))
        payee = rng.choice(payees)
        kind = rng.choice(["UPI", "UPI", "POS", "NEFT", "IMPS", "ACH"]) if k != hi else \
            rng.choice(["UPI", "UPI", "POS", "NEFT", "IMPS"])
        credit = k != hi and rng.random() < 0.25
        amt = q2(rng.uniform(90, min(38000, float(bal) / 6)))
        ref = digits(rng, 12) if kind in ("UPI", "IMPS", "POS") else f"{upper(rng, 4)}{digits(rng, 11)}"
        if credit:
            payee = rng.choice(["SALARY ACME TECH", "REFUND AMAZON", "INT PD", "NEFT FROM R GUPTA"])
            narr = f"{kind}/CR/{payee}"
            bal += amt
        else:
            if k == hi and kind == "UPI" and maybe(rng, 0.5):
                payee = None  # a bare UPI debit: the narration names no payee
            narr = {"UPI": f"UPI/DR/{payee}/" if payee else f"UPI/DR/{ref}",
                    "POS": f"POS {digits(rng, 4)}XX {payee}",
                    "NEFT": f"NEFT-{payee}", "IMPS": f"IMPS/P2M/{payee}", "ACH": f"ACH D- {payee}"}[kind]
            bal -= amt
        ds = fmt_date(rng, d, fmts=[f])
        if k == hi:
            p.highlight((255, 240, 150), size=22)
            truth = (payee, amt, ref, d, ds, {"UPI": "UPI", "IMPS": "netbanking", "POS": "card",
                                               "NEFT": "netbanking"}[kind])
        p.row([ds, narr, ref, "" if credit else money_num(amt, m.style), money_num(amt,
                                                                                   m.style) if credit else "",
               money_num(bal, m.style)], xs, "lllrrr", size=22)
    p.rule()
    p.text(f"Closing Balance: {m(bal)}", size=22)
    p.text("This is a computer generated statement.", size=22, color=GREY)
    payee, amt, ref, d, ds, method = truth
    return Drawn("bank_statement_extract", fname, p.done(),
                 ReceiptTruth(payee, str(amt), "INR", ref, d.isoformat(), method, None),
                 money_num(amt, m.style), ds, p.drawn, meta={"highlight_row": hi})


def fam_wallet_passbook(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng)
    p = Page(PHONE_W, font, 26, margin=36, bg=(245, 247, 250))
    m = Money(rng, "INR", font[2])
    app = rng.choice(["Paytm", "MobiKwik", "Freecharge", "Airtel Thanks"])
    p.band(rng.choice(["Passbook", "Wallet Passbook", "Transaction Details"]),
           rng.choice([(0, 46, 110), (40, 60, 200), (230, 80, 20)]), size=30, align="left")
    p.text(f"{app} Wallet", color=GREY)
    payee = rng.choice(["Chai Point", "Sharma General Store", "Uber India", "Dominos Pizza", "BEST Bus",
                        "Reliance Fresh", "Namma Metro"])
    status, st = rng.choice([("success", "Paid Successfully"), ("success", "Payment Successful"),
                             ("failed", "Payment Failed"), ("pending", "Pending"), ("success", "Money Sent")])
    amt = q2(rng.choice([rng.uniform(20, 900), rng.uniform(900, 12000)]))
    p.gap(10)
    p.text(rng.choice(["Paid to", "To"]), color=GREY, size=22)
    p.text(payee, size=32, bold=True)
    shown = m(amt)
    p.text(shown, size=44, bold=True)
    p.text(st, bold=True, color={"success": (20, 140, 60), "failed": (200, 40, 40), "pending": (210, 130,
                                                                                                0)}[status])
    p.rule(color=(200, 200, 200))
    d = rand_date(rng)
    ds = fmt_date(rng, d)
    p.lr(rng.choice(["Date", "Time"]), f"{ds} {fmt_time(rng)}", lcolor=GREY)
    tid = digits(rng, rng.choice([11, 12, 20]))
    p.lr(rng.choice(["Wallet Txn ID", "Transaction ID", "Txn ID"]) if maybe(rng, 0.9) else "Ref No.", tid,
         lcolor=GREY)
    p.lr("Paid from", rng.choice(["Wallet", f"{app} Wallet", f"{app} Balance", "Wallet Balance"]),
         lcolor=GREY)
    if status == "success":
        p.lr("Closing Balance", m(q2(rng.uniform(5, 3000))), lcolor=GREY)
    p.lr("Merchant mobile", phone_in(rng), lcolor=GREY)
    if maybe(rng, 0.5):
        p.lr("Cashback", m(q2(rng.choice([5, 10, 25, 50]))), lcolor=GREY)
    p.gap(20)
    p.rule(color=(200, 200, 200))
    p.text("Other entries", bold=True, size=24)
    for _ in range(rng.randint(2, 4)):
        od = d - timedelta(days=rng.randint(1, 40))
        p.lr(f"{rng.choice(['Added money', 'Paid to Zomato', 'Received from Rahul', 'Recharge'])}",
             f"{rng.choice(['+', '-'])} {money_num(q2(rng.uniform(50, 4000)), m.style)}", size=22)
        p.text(fmt_date(rng, od), size=22, color=GREY)
    return Drawn("ewallet_passbook_entry", fname, p.done(),
                 ReceiptTruth(payee, str(amt), "INR", tid, d.isoformat(), "wallet", status), shown, ds,
                 p.drawn,
                 screen=True)


def fam_upi_collect(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng, exclude_rupeeless=True)
    p = Page(PHONE_W, font, 26, margin=40)
    m = Money(rng, "INR", font[2])
    payee = rng.choice(["IRCTC", "Zomato Ltd", "Tata Power DDL", "Swiggy", "Jio Prepaid", "Myntra Designs",
                        "Ola Cabs", "Delhi Jal Board"])
    vpa = payee.lower().split()[0] + rng.choice(["@icici", "@ybl", "@hdfcbank", "@axisbank",
                                                 ".payu@hdfcbank"])
    p.band(rng.choice(["BHIM", "Collect Request", "Pay Request"]), (0, 90, 160), size=30, align="left")
    status, st = rng.choice([("success", "Request Approved & Paid"), ("success", "Transaction Successful"),
                             ("failed", "Transaction Declined"), ("failed", "Request Expired"),
                             ("pending", "Awaiting bank confirmation"), ("success", "Payment Successful")])
    p.gap(10)
    p.text(st, "center", size=32, bold=True,
           color={"success": (20, 140, 60), "failed": (200, 40, 40), "pending": (210, 130, 0)}[status])
    amt = q2(rng.uniform(50, 25000))
    shown = m(amt)
    p.text(shown, "center", size=46, bold=True)
    p.gap(10)
    p.above(rng.choice(["Request from", "Payee", "Requested by"]), payee)
    p.above("UPI ID", vpa, bold=False)
    p.above("Remarks", rng.choice([f"Order {digits(rng, 9)}", f"PNR {digits(rng, 10)}", "Bill payment",
                                   f"CA No {digits(rng, 9)}"]), bold=False)
    p.rule(color=(210, 210, 210))
    d = rand_date(rng)
    ds = fmt_date(rng, d)
    ref = digits(rng, 12)
    p.lr(rng.choice(["UPI Ref No", "UPI Transaction ID", "RRN"]), ref)
    if maybe(rng, 0.5):
        p.lr("Collect Req ID", upper(rng, 3) + alnum(rng, 29)[:20])
    p.lr("Debited from", f"{rng.choice(['SBI', 'Canara Bank', 'Axis Bank'])} XXXX{digits(rng, 4)}")
    show_date = maybe(rng, 0.75)
    if show_date:
        p.lr(rng.choice(["Date & Time", "Transaction date", "On"]), f"{ds} {fmt_time(rng)}")
    if maybe(rng, 0.5):
        p.lr("Expires", f"{fmt_date(rng, d + timedelta(days=1))} {fmt_time(rng)}")
    p.gap(10)
    p.text(f"For help call {phone_in(rng)}", "center", size=22, color=GREY)
    return Drawn("upi_collect_result", fname, p.done(),
                 ReceiptTruth(payee, str(amt), "INR", ref, d.isoformat() if show_date else None, "UPI",
                              status),
                 shown, ds if show_date else None, p.drawn, screen=True)


def fam_jewellery(rng: random.Random) -> Drawn:
    fname, font = choose_font(rng)
    p = Page(A4_W, font, 26, margin=70, bg=(255, 252, 240))
    m = Money(rng, "INR", font[2])
    shop = rng.choice(["Shree Ambica Jewellers", "P. N. Gadgil & Sons", "Kalyan Gold Palace",
                       "Lalithaa Jewellery Mart",
                       "Motilal Jewellers"])
    p.text(shop, "center", size=40, bold=True)
    p.text(rng.choice(["ESTIMATE CUM RECEIPT", "Estimate / Receipt", "Sales Estimate & Payment Receipt"]),
           "center",
           bold=True)
    p.text(f"BIS Hallmark Licence {digits(rng, 10)}  |  GSTIN {gstin(rng)}", "center", size=22, color=GREY)
    p.rule()
    est = rng.choice(["EST/", "E-", "ER"]) + digits(rng, 5)
    d = rand_date(rng)
    ds = fmt_date(rng, d)
    p.lr(f"Estimate No: {est}", f"Date: {ds}")
    p.lr(f"Customer: {rng.choice(['Smt. Lata Joshi', 'Mr. K. Raman', 'Mrs. F. Khan'])}",
         f"Mob: {phone_in(rng)}")
    rate = q2(rng.choice([6120, 6385, 6540, 6810, 7150, 7320]))
    rate24 = money_num(q2(rate * Decimal("1.09")), m.style)
    p.text(f"Gold Rate (22K) per gm: {money_num(rate, m.style)}   24K: {rate24}")
    p.rule()
    xs = [0.06, 0.40, 0.55, 0.72, 0.94]
    p.row(["Item", "Purity", "Net Wt (g)", "Making", "Value"], xs, "lrrrr", bold=True)
    sub = Decimal(0)
    for it in rng.sample(["Necklace", "Bangles (pair)", "Ring", "Earrings", "Chain", "Mangalsutra"],
                         rng.randint(1, 3)):
        wt = Decimal(str(round(rng.uniform(2, 38), 3)))
        mk = q2(wt * rate * Decimal(rng.choice(["0.08", "0.12", "0.14"])))
        val = q2(wt * rate) + mk
        sub += val
        p.row([it, "22K 916", f"{wt:.3f}", money_num(mk, "plain"), money_num(val, "plain")], xs, "lrrrr")
    p.rule()
    gst = q2(sub * Decimal("0.03"))
    p.lr("Total Value", money_num(sub, m.style))
    p.lr("GST @ 3%", money_num(gst, m.style))
    total = sub + gst
    if maybe(rng, 0.4):
        old = q2(Decimal(str(round(rng.uniform(3, 12), 3))) * rate * Decimal("0.9"))
        p.lr("Less: Old Gold Exchange", "-" + money_num(old, m.style))
        total -= old
    shown = m(total)
    p.lr(rng.choice(["Net Payable", "Grand Total", "Net Amount"]), shown, bold=True)
    p.gap(8)
    method, mt = rng.choice([("card", "Card"), ("UPI", "UPI"), ("cash", "Cash"), ("netbanking", "RTGS"),
                             (None, None), (None, None)])
    if method == "cash" and total > 199999:
        method, mt = "netbanking", "RTGS"
    if mt:
        p.lr(rng.choice(["Received by", "Payment Mode", "Paid through"]), mt)
    rno = None
    if maybe(rng, 0.5):
        rno = digits(rng, rng.choice([6, 12]))
        p.lr(rng.choice(["Receipt No", "Payment Ref"]), rno)
    status = "success" if maybe(rng, 0.5) else None
    if status:
        p.text(rng.choice(["PAID", "Payment received with thanks"]), "right", bold=True, size=30)
    p.gap(14)
    p.text("Rates valid for the day only. Weights verified in customer's presence.", size=22, color=GREY)
    return Drawn("jewellery_estimate_receipt", fname, p.done(),
                 ReceiptTruth(shop, str(total), "INR", rno or est, d.isoformat(), method, status), shown, ds,
                 p.drawn)


FAMILIES = [fam_hardware_gst, fam_cinema, fam_pharmacy, fam_toll, fam_coop_deposit, fam_insurance, fam_dth,
            fam_hotel, fam_us_restaurant, fam_grocery_ca_au, fam_uk_rail, fam_ecommerce, fam_statement,
            fam_wallet_passbook, fam_upi_collect, fam_jewellery]


# ---------------------------------------------------------------- degradation


def _perspective_coeffs(src: list[tuple[float, float]], dst: list[tuple[float, float]]) -> list[float]:
    a = []
    b = []
    for (x, y), (u, v) in zip(dst, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.extend([u, v])
    return [float(c) for c in np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float))]


def degrade(img: Image.Image, rng: random.Random, screen: bool) -> tuple[Image.Image, dict[str, float]]:
    """A photographed/scanned copy: two to four distortions, then a JPEG round trip."""
    applied: dict[str, float] = {}
    ops = ["blur", "rotate", "perspective", "contrast", "noise", "light"] + (["moire",
                                                                              "moire"] if screen else [])
    chosen = rng.sample(ops, rng.randint(2, 4))
    if screen and "moire" not in chosen and rng.random() < 0.5:
        chosen.append("moire")
    w, h = img.size
    out = img
    if "moire" in chosen:
        period = rng.uniform(3.0, 6.0)
        amp = rng.uniform(8, 20)
        ang = rng.uniform(0, math.pi)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        wave = amp * np.sin((xx * math.cos(ang) + yy * math.sin(ang)) * 2 * math.pi / period) * \
            (0.6 + 0.4 * np.sin(xx * 2 * math.pi / (period * 37)))
        arr = np.asarray(out, dtype=np.float32) + wave[..., None]
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        applied["moire_amplitude"] = round(amp, 2)
    if "contrast" in chosen:
        f = rng.uniform(0.45, 0.75)
        out = ImageEnhance.Contrast(out).enhance(f)
        applied["contrast"] = round(f, 3)
    if "light" in chosen:
        lo = rng.uniform(0.55, 0.8)
        ang = rng.uniform(0, 2 * math.pi)
        yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
        t = (xx / w - 0.5) * math.cos(ang) + (yy / h - 0.5) * math.sin(ang) + 0.5
        gain = lo + (1 - lo) * np.clip(t, 0, 1)
        arr = np.asarray(out, dtype=np.float32) * gain[..., None]
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        applied["uneven_light_min"] = round(lo, 3)
    if "perspective" in chosen:
        k = rng.uniform(0.02, 0.06)
        dst = [(rng.uniform(0, k) * w, rng.uniform(0, k) * h),
               (w - rng.uniform(0, k) * w, rng.uniform(0, k) * h),
               (w - rng.uniform(0, k) * w, h - rng.uniform(0, k) * h),
               (rng.uniform(0, k) * w, h - rng.uniform(0, k) * h)]
        src = [(0, 0), (w, 0), (w, h), (0, h)]
        out = out.transform((w, h), Image.Transform.PERSPECTIVE, _perspective_coeffs(src, dst),
                            Image.Resampling.BICUBIC, fillcolor=(90, 85, 80))
        applied["perspective"] = round(k, 3)
    if "rotate" in chosen:
        a = rng.uniform(2, 6) * rng.choice([-1, 1])
        out = out.rotate(a, Image.Resampling.BICUBIC, expand=True, fillcolor=(96, 92, 88))
        applied["rotate_deg"] = round(a, 2)
    if "blur" in chosen:
        r = rng.uniform(0.6, 1.5)
        out = out.filter(ImageFilter.GaussianBlur(r))
        applied["blur_radius"] = round(r, 2)
    if "noise" in chosen:
        s = rng.uniform(6, 16)
        nrng = np.random.default_rng(rng.randint(0, 2**31))
        arr = np.asarray(out, dtype=np.float32) + nrng.normal(0, s, (out.height, out.width,
                                                                     1)).astype(np.float32)
        out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        applied["noise_sigma"] = round(s, 2)
    q = rng.randint(20, 60)
    out = jpeg_roundtrip(out, q)
    applied["jpeg_quality"] = float(q)
    return out, applied


# ---------------------------------------------------------------- checks and the set


def _check(r: Drawn) -> None:
    """Every non-None truth is on the page: names and ids as drawn, the amount and date as formatted."""
    t = r.truth
    text = "\n".join(r.drawn)
    for name in ("merchant_name", "transaction_id"):
        v = getattr(t, name)
        assert v is None or v in text, (r.family, name, v)
    assert any(r.shown_amount in s for s in r.drawn), (r.family, r.shown_amount)
    assert parse_money(r.shown_amount) == Decimal(t.amount), (r.family, r.shown_amount, t.amount)
    assert t.amount == str(q2(Decimal(t.amount))), t.amount
    if t.date is None:
        assert r.shown_date is None
    else:
        assert r.shown_date is not None and r.shown_date in text, (r.family, r.shown_date)
    assert t.currency in {"INR", "USD", "CAD", "AUD", "GBP", "EUR"}
    assert t.payment_method in {None, "UPI", "card", "netbanking", "wallet", "cash"}
    assert t.status in {None, "success", "failed", "pending"}


def make_heldout6_receipt(index: int) -> EvalReceipt:
    rng = random.Random(SEED * 1000 + index)
    fam = FAMILIES[index % len(FAMILIES)]
    r = fam(rng)
    _check(r)
    degraded, applied = degrade(r.image, rng, r.screen)
    meta = dict(r.meta)
    meta.update({"shown_amount": r.shown_amount, "shown_date": r.shown_date, "screen": r.screen,
                 "size": list(r.image.size)})
    return EvalReceipt(split=SPLIT, index=index, family=r.family, font=r.font, truth=r.truth, clean=r.image,
                       degraded=degraded, degradations=applied, meta=meta)


def make_heldout6_set(n: int = DEFAULT_N) -> list[EvalReceipt]:
    """The first ``n`` receipts of the heldout6 split (the same receipts every call)."""
    return [make_heldout6_receipt(i) for i in range(n)]
