"""Seventh independently written held-out receipt set (``heldout7``): payment documents of kinds the
parser was not written against, drawn from a fixed seed.

Families: a petrol-pump EDC UPI QR slip, a temple trust donation counter receipt, a courier COD collection
slip, a bank debit SMS shown on a phone, a credit-card bill payment screen, an insurance / SIP mandate debit
e-mail, a quick-commerce order screen with a refund beside the payment, a Singapore hawker NETS / PayNow
receipt, a US gas-station pump receipt, a German Kassenbon with TSE lines, a French ticket de caisse, a UK
council tax payment confirmation, a holiday-rental payment receipt e-mail (listing and card currencies) and,
in at most two receipts, a Dubai mall receipt (AED, a currency the product does not accept).

Truth conventions:

* ``amount``: the amount actually paid (the grand total; for a failed or pending payment the amount that
  was attempted), as ``"1234.50"``; ``currency``: its ISO code (for the rental e-mail, the currency the
  card or wallet was charged in).
* ``date``: the payment / transaction date in ISO form; None when only other dates (due dates, next
  debit, check-in, refund-by) are printed.
* ``payment_method``: ``UPI``, ``card``, ``netbanking``, ``wallet`` or ``cash``; None when not printed or
  when the means is none of these (cheque, NACH debit, PayNow, a QR sale that does not say which).
* ``status``: ``success``, ``failed`` or ``pending``; None when the document states no outcome.
* ``transaction_id``: exactly as printed: the payment's own reference, else the document's own number
  (receipt / bill / slip number), else None; never an approval code, customer, account, policy, order or
  booking number.
* ``merchant_name``: the payee as printed; None when no payee is printed.

Each receipt has a clean render and a degraded copy; the degradations applied are in ``degradations``.
"""
from __future__ import annotations

import datetime as dt
import random
from decimal import Decimal
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from bench.receipt_dataset import ReceiptTruth, group_indian
from bench.receipt_eval_set import EvalReceipt, jpeg_roundtrip

SPLIT = "heldout7"
SEED = 7_707_213
DEFAULT_N = 72

FONT_ROOT = "/usr/share/fonts/truetype/"
MONO = ["liberation2/LiberationMono-Regular.ttf", "dejavu/DejaVuSansMono.ttf", "freefont/FreeMono.ttf",
        "noto/NotoSansMono-Regular.ttf"]
MONO_BOLD = {"liberation2/LiberationMono-Regular.ttf": "liberation2/LiberationMono-Bold.ttf",
             "dejavu/DejaVuSansMono.ttf": "dejavu/DejaVuSansMono-Bold.ttf",
             "freefont/FreeMono.ttf": "freefont/FreeMonoBold.ttf",
             "noto/NotoSansMono-Regular.ttf": "noto/NotoSansMono-Bold.ttf"}
SANS = ["liberation2/LiberationSans-Regular.ttf", "dejavu/DejaVuSans.ttf", "freefont/FreeSans.ttf",
        "noto/NotoSans-Regular.ttf"]
SANS_BOLD = {"liberation2/LiberationSans-Regular.ttf": "liberation2/LiberationSans-Bold.ttf",
             "dejavu/DejaVuSans.ttf": "dejavu/DejaVuSans-Bold.ttf",
             "freefont/FreeSans.ttf": "freefont/FreeSansBold.ttf",
             "noto/NotoSans-Regular.ttf": "noto/NotoSans-Bold.ttf"}
SERIF = ["liberation2/LiberationSerif-Regular.ttf", "dejavu/DejaVuSerif.ttf", "freefont/FreeSerif.ttf",
         "noto/NotoSerif-Regular.ttf"]
SERIF_BOLD = {"liberation2/LiberationSerif-Regular.ttf": "liberation2/LiberationSerif-Bold.ttf",
              "dejavu/DejaVuSerif.ttf": "dejavu/DejaVuSerif-Bold.ttf",
              "freefont/FreeSerif.ttf": "freefont/FreeSerifBold.ttf",
              "noto/NotoSerif-Regular.ttf": "noto/NotoSerif-Bold.ttf"}
BOLD = {**MONO_BOLD, **SANS_BOLD, **SERIF_BOLD}

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@lru_cache(maxsize=256)
def _font(path: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_ROOT + path, size)


@lru_cache(maxsize=64)
def _has_glyph(path: str, ch: str) -> bool:
    f = _font(path, 30)

    def ink(c: str) -> bytes:
        im = Image.new("L", (80, 60))
        ImageDraw.Draw(im).text((5, 5), c, font=f, fill=255)
        return im.tobytes()

    return ink(ch) != ink("\U0010fffd")


# ---------------------------------------------------------------- drawing


class Doc:
    """A list of lines drawn top to bottom; every string drawn is kept in ``drawn``."""

    def __init__(self, width: int, font: str, size: int, *, bg=(255, 255, 255), fg=(25, 25, 25), margin=28):
        self.width, self.font, self.size, self.bg, self.fg, self.margin = width, font, max(22, size), bg, fg, margin
        self.items: list[tuple] = []
        self.drawn: list[str] = []
        self.keep: list[str] = []

    def _f(self, size: int | None, bold: bool) -> ImageFont.FreeTypeFont:
        path = BOLD.get(self.font, self.font) if bold else self.font
        return _font(path, max(22, size or self.size))

    def text(self, s: str, align: str = "left", size: int | None = None, bold: bool = False, color=None):
        self.items.append(("text", s, align, size, bold, color))

    def kv(self, label: str, value: str, size: int | None = None, bold: bool = False, color=None):
        self.items.append(("kv", label, value, size, bold, color))

    def stack(self, label: str, value: str, size: int | None = None, bold: bool = False):
        self.items.append(("text", label, "left", (size or self.size) - 4, False, (110, 110, 110)))
        self.items.append(("text", value, "left", size, bold, None))

    def row(self, cells: list[str], xs: list[float], size: int | None = None, bold: bool = False):
        """Cells whose right edge (a negative x) or left edge (positive) sits at fractions of the width."""
        self.items.append(("row", cells, xs, size, bold))

    def rule(self, dashed: bool = True):
        self.items.append(("rule", dashed))

    def gap(self, h: int = 12):
        self.items.append(("gap", h))

    def band(self, s: str, color, fg=(255, 255, 255), size: int | None = None):
        self.items.append(("band", s, color, fg, size))

    def _wrap(self, s: str, font, width: int) -> list[str]:
        protected = s
        for k in self.keep:
            if k and " " in k:
                protected = protected.replace(k, k.replace(" ", "\u00a0"))
        words, lines, cur = protected.split(" "), [], ""
        for w in words:
            trial = (cur + " " + w).strip()
            if cur and font.getlength(trial.replace("\u00a0", " ")) > width:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        lines.append(cur)
        return [ln.replace("\u00a0", " ") for ln in lines]

    def render(self) -> Image.Image:
        inner = self.width - 2 * self.margin
        ops: list[tuple] = []
        y = self.margin
        for it in self.items:
            kind = it[0]
            if kind == "text":
                _, s, align, size, bold, color = it
                f = self._f(size, bold)
                lh = int(f.size * 1.32)
                for ln in self._wrap(s, f, inner):
                    ops.append(("t", ln, align, f, color, y))
                    y += lh
            elif kind == "kv":
                _, label, value, size, bold, color = it
                f = self._f(size, bold)
                lh = int(f.size * 1.32)
                if f.getlength(label) + f.getlength(value) + 20 > inner:
                    ops.append(("t", label, "left", f, color, y))
                    y += lh
                    ops.append(("t", value, "right", f, color, y))
                else:
                    ops.append(("t", label, "left", f, color, y))
                    ops.append(("t", value, "right", f, color, y))
                y += lh
            elif kind == "row":
                _, cells, xs, size, bold = it
                f = self._f(size, bold)
                for c, x in zip(cells, xs):
                    ops.append(("c", c, x, f, None, y))
                y += int(f.size * 1.32)
            elif kind == "rule":
                ops.append(("r", it[1], y + 6))
                y += 16
            elif kind == "gap":
                y += it[1]
            elif kind == "band":
                _, s, color, fg, size = it
                f = self._f(size or self.size + 4, True)
                h = int(f.size * 2.0)
                ops.append(("b", s, color, fg, f, y, h))
                y += h + 10
        height = y + self.margin
        img = Image.new("RGB", (self.width, height), self.bg)
        d = ImageDraw.Draw(img)
        for op in ops:
            if op[0] == "t":
                _, s, align, f, color, yy = op
                w = f.getlength(s)
                x = self.margin if align == "left" else (self.width - self.margin - w if align == "right"
                                                        else (self.width - w) / 2)
                d.text((x, yy), s, font=f, fill=color or self.fg)
                self.drawn.append(s)
            elif op[0] == "c":
                _, s, xf, f, color, yy = op
                x = self.margin + xf * inner if xf >= 0 else self.margin + (-xf) * inner - f.getlength(s)
                d.text((x, yy), s, font=f, fill=color or self.fg)
                self.drawn.append(s)
            elif op[0] == "r":
                _, dashed, yy = op
                if dashed:
                    for x in range(self.margin, self.width - self.margin, 14):
                        d.line([(x, yy), (x + 7, yy)], fill=self.fg, width=2)
                else:
                    d.line([(self.margin, yy), (self.width - self.margin, yy)], fill=(190, 190, 190), width=2)
            elif op[0] == "b":
                _, s, color, fg, f, yy, h = op
                d.rectangle([0, yy, self.width, yy + h], fill=color)
                w = f.getlength(s)
                d.text(((self.width - w) / 2, yy + (h - f.size) / 2 - 2), s, font=f, fill=fg)
                self.drawn.append(s)
        return img


# ---------------------------------------------------------------- values


class Ctx:
    def __init__(self, rng: random.Random):
        self.rng = rng

    def has(self, p: float = 0.17) -> bool:
        """Whether an optional field is printed (absent about ``p`` of the time)."""
        return self.rng.random() >= p

    def pick(self, seq):
        return self.rng.choice(seq)

    def digits(self, n: int, first: str = "123456789") -> str:
        return self.rng.choice(first) + "".join(self.rng.choice("0123456789") for _ in range(n - 1))

    def alnum(self, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
        while True:
            s = "".join(self.rng.choice(alphabet) for _ in range(n))
            mixed = any(c.isdigit() for c in alphabet) and any(c.isalpha() for c in alphabet)
            if not mixed or (any(c.isdigit() for c in s) and any(c.isalpha() for c in s)):
                return s

    def amount(self, lo: float, hi: float, whole: bool = False) -> Decimal:
        v = Decimal(str(round(self.rng.uniform(lo, hi), 2)))
        return v.quantize(Decimal("1")) if whole else v.quantize(Decimal("0.01"))

    def date(self) -> dt.date:
        return dt.date(2024, 1, 1) + dt.timedelta(days=self.rng.randint(0, 700))

    def time(self, seconds: bool = True, ampm: bool = False) -> str:
        h, m, s = self.rng.randint(0, 23), self.rng.randint(0, 59), self.rng.randint(0, 59)
        if ampm:
            return f"{(h % 12) or 12:02d}:{m:02d} {'AM' if h < 12 else 'PM'}"
        return f"{h:02d}:{m:02d}:{s:02d}" if seconds else f"{h:02d}:{m:02d}"

    def phone_in(self) -> str:
        return self.pick(["+91 ", "", "0"]) + self.digits(5, "6789") + self.pick([" ", ""]) + self.digits(5, "0123456789")


def fmt_date(ctx: Ctx, d: dt.date, styles: list[str]) -> str:
    s = ctx.pick(styles)
    mon = MONTHS[d.month - 1]
    return {
        "dmy/": f"{d.day:02d}/{d.month:02d}/{d.year}",
        "dmy-": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "dmy.": f"{d.day:02d}.{d.month:02d}.{d.year}",
        "dmy2/": f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
        "dmy2-": f"{d.day:02d}-{d.month:02d}-{d.year % 100:02d}",
        "dmy2.": f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}",
        "d mon y": f"{d.day} {mon[:3]} {d.year}",
        "d-MON-y": f"{d.day:02d}-{mon[:3].upper()}-{d.year}",
        "dMONy2": f"{d.day:02d}{mon[:3].upper()}{d.year % 100:02d}",
        "d month y": f"{d.day} {mon} {d.year}",
        "day d month y": f"{DAYS[d.weekday()]}, {d.day} {mon} {d.year}",
        "iso": d.isoformat(),
        "ymd/": f"{d.year}/{d.month:02d}/{d.day:02d}",
        "mdy/": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "mdy2/": f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}",
        "mon d, y": f"{mon[:3]} {d.day}, {d.year}",
        "month d, y": f"{mon} {d.day}, {d.year}",
    }[s]


IN_DATES = ["dmy/", "dmy-", "dmy2/", "dmy2-", "d mon y", "d-MON-y", "dMONy2", "d month y", "iso", "ymd/"]
US_DATES = ["mdy/", "mdy2/", "mon d, y", "month d, y", "iso"]


def g_west(v: Decimal) -> str:
    whole, frac = f"{v:.2f}".split(".")
    return f"{int(whole):,}.{frac}"


def g_indian(v: Decimal) -> str:
    whole, frac = f"{v:.2f}".split(".")
    return f"{group_indian(int(whole))}.{frac}"


def g_eu(v: Decimal, sep: str = ".") -> str:
    whole, frac = f"{v:.2f}".split(".")
    return f"{int(whole):,}".replace(",", sep) + "," + frac


def rupee(ctx: Ctx, font: str, v: Decimal, allow_symbol: bool = True) -> str:
    prefixes = ["Rs.", "Rs. ", "Rs ", "INR ", "INR "]
    if allow_symbol and _has_glyph(font, "\u20b9"):
        prefixes += ["\u20b9", "\u20b9 "]
    if not hasattr(ctx, "rs_style"):  # one way of writing rupees per document
        ctx.rs_style = (ctx.pick(prefixes), ctx.rng.random() < 0.75)
    prefix, grouped = ctx.rs_style
    if prefix.startswith("\u20b9") and not allow_symbol:
        prefix = "Rs. "
    return prefix + (g_indian(v) if grouped else f"{v:.2f}")


def upi_rrn(ctx: Ctx) -> str:
    return ctx.digits(12, "3456")


def masked_card(ctx: Ctx) -> str:
    last = ctx.digits(4, "0123456789")
    return ctx.pick([f"XXXX XXXX XXXX {last}", f"************{last}", f"xxxx{last}", f"**** {last}"])


# ---------------------------------------------------------------- families
# Each returns (doc, truth, printed) where printed holds the printed forms of amount and date.


def fam_petrol_edc(ctx: Ctx):
    font = ctx.pick(MONO)
    doc = Doc(576, font, ctx.pick([22, 23, 24]), margin=20)
    bank = ctx.pick(["HDFC BANK", "ICICI BANK", "AXIS BANK", "STATE BANK OF INDIA", "KOTAK MAHINDRA BANK"])
    oil = ctx.pick(["INDIAN OIL", "HPCL", "BPCL", "NAYARA ENERGY", "JIO-BP"])
    pump = ctx.pick(["SHREE BALAJI FUELS", "GURU KRIPA SERVICE STN", "RAJ AUTO FUELS", "NEW HIGHWAY FILLING STN",
                     "MAA DURGA PETROLEUM", "SAI KRISHNA FUEL POINT"])
    merchant = pump if ctx.has() else None
    doc.text(bank, "center", bold=True)
    doc.text(f"{oil} DEALER", "center")
    if merchant:
        doc.text(merchant, "center", bold=True)
    doc.text(ctx.pick(["NH-48, KM 112, VAPI", "STATION RD, NASHIK", "RING ROAD, INDORE", "GT ROAD, PANIPAT"]), "center")
    doc.text(f"GSTIN:{ctx.digits(2, '123')}{ctx.alnum(10, 'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789')}1Z{ctx.digits(1)}", "center")
    doc.rule()
    doc.kv("TID:" + ctx.digits(8), "MID:" + ctx.digits(15, "0123456789"))
    invoice = ctx.digits(6, "0")
    doc.kv("BATCH NO:" + ctx.digits(6, "0"), "INVOICE NO:" + invoice)
    d = ctx.date()
    ds = fmt_date(ctx, d, ["dmy/", "dmy-", "dmy2/", "d-MON-y", "dMONy2"])
    has_date = ctx.has()
    if has_date:
        doc.kv(ctx.pick(["DATE:", "DATE :", "TXN DATE:"]) + ds, "TIME:" + ctx.time())
    upi = ctx.has(0.2)
    doc.text(ctx.pick(["UPI QR SALE", "UPI SALE", "SALE (UPI)"]) if upi else ctx.pick(["QR SALE", "BHARAT QR SALE"]),
             "center", bold=True, size=doc.size + 4)
    rrn = upi_rrn(ctx)
    has_id = ctx.has()
    if has_id:
        doc.kv(ctx.pick(["RRN:", "RRN NO:", "UPI REF NO:", "CUST REF NO:"]), rrn)
    doc.kv(ctx.pick(["APPR CODE:", "AUTH CODE:", "APPROVAL:"]), ctx.digits(6, "0123456789"))
    if upi:
        doc.kv("PAYER VPA:", ctx.digits(4, "6789") + "xxxx" + ctx.digits(2) + ctx.pick(["@ybl", "@okaxis", "@paytm", "@oksbi"]))
    doc.rule()
    fuel = ctx.pick(["PETROL", "DIESEL", "XTRAPREMIUM", "SPEED"])
    rate = ctx.amount(89, 109)
    vol = ctx.amount(3, 45)
    amt = (rate * vol).quantize(Decimal("1"))
    doc.kv("PRODUCT:", fuel)
    doc.kv("RATE/LTR:", f"{rate:.2f}")
    doc.kv("VOLUME:", f"{vol:.2f} L")
    doc.kv("VEHICLE NO:", ctx.pick(["MH", "GJ", "KA", "DL", "UP"]) + ctx.digits(2) + ctx.alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + ctx.digits(4))
    amt_s = rupee(ctx, font, amt, allow_symbol=False)
    doc.kv(ctx.pick(["AMOUNT:", "TOTAL AMT:", "SALE AMOUNT:", "AMT"]), amt_s, bold=True, size=doc.size + 2)
    status = ctx.pick(["success"] * 4 + ["failed", "pending", None])
    txt = {"success": ["TXN APPROVED", "TRANSACTION SUCCESSFUL", "APPROVED"],
           "failed": ["TXN DECLINED", "TRANSACTION FAILED"],
           "pending": ["TXN PENDING - CHECK WITH BANK", "STATUS: PENDING"]}
    if status:
        doc.text(ctx.pick(txt[status]), "center", bold=True)
    doc.rule()
    doc.text("CUSTOMER COPY", "center")
    doc.text(ctx.pick(["THANK YOU. VISIT AGAIN", "FILL ONLY IN ZERO", "CHECK DENSITY BEFORE FILLING"]), "center")
    doc.keep = [merchant or ""]
    truth = ReceiptTruth(merchant, f"{amt:.2f}", "INR", rrn if has_id else invoice,
                         d.isoformat() if has_date else None, "UPI" if upi else None, status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_temple(ctx: Ctx):
    font = ctx.pick(SERIF)
    doc = Doc(1000, font, ctx.pick([26, 28, 30]), bg=(252, 247, 232), margin=50)
    name = ctx.pick(["Shree Ganesh Mandir Trust", "Sri Venkateswara Devasthanam Trust", "Shri Hanuman Seva Samiti",
                     "Arulmigu Murugan Temple Trust", "Shri Radha Krishna Mandir Nyas"])
    merchant = (name.upper() if ctx.rng.random() < 0.5 else name) if ctx.has(0.17) else None
    if merchant:
        doc.text(merchant, "center", bold=True, size=doc.size + 8)
    else:
        doc.text("Temple Donation Counter", "center", bold=True, size=doc.size + 6)
    doc.text(f"Regd. No. {ctx.pick(['E', 'F', 'A'])}-{ctx.digits(4)} ({ctx.pick(['Mumbai', 'Pune', 'Chennai', 'Jaipur'])})", "center")
    doc.text(f"80G Regn: {ctx.alnum(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{ctx.digits(4)}{ctx.alnum(1, 'ABCDEFGH')}{ctx.digits(8)}", "center", size=doc.size - 4)
    doc.text("Phone: " + ctx.phone_in(), "center", size=doc.size - 4)
    doc.rule(False)
    doc.text(ctx.pick(["DONATION RECEIPT", "Receipt for Offering", "DAAN RASEED / RECEIPT"]), "center", bold=True)
    rno = ctx.pick(["DN/", "R-", "TR/"]) + str(ctx.date().year) + "/" + ctx.digits(6, "0")
    d = ctx.date()
    ds = fmt_date(ctx, d, ["dmy/", "dmy-", "dmy.", "d month y", "d-MON-y"])
    has_date, has_no = ctx.has(), ctx.has()
    if has_no or has_date:
        doc.kv(ctx.pick(["Receipt No.:", "Rcpt No:", "No."]) + " " + rno if has_no else "",
               ("Date: " + ds) if has_date else "")
    donor = ctx.pick(["Shri Ramesh Patil", "Smt. Lakshmi Iyer", "Shri Anil Kumar Gupta", "Smt. Kavita Deshmukh"])
    doc.text(ctx.pick(["Received with thanks from", "Received from", "Donor:"]) + " " + donor)
    doc.text(f"PAN: {ctx.alnum(5, 'ABCDEFGHJKLMNPQRSTUVWXYZ')}{ctx.digits(4)}{ctx.alnum(1, 'ABCDEFGH')}   Mobile: {ctx.phone_in()}")
    purpose = ctx.pick(["Annadanam", "Gau Seva", "Building Fund", "Nitya Pooja", "Abhishekam Seva"])
    doc.kv("Towards:", purpose)
    amt = ctx.pick([Decimal(x) for x in ["101", "251", "501", "1001", "1100", "2100", "5001", "11000", "21000"]])
    amt_s = ctx.pick(["Rs. ", "Rs.", "INR "]) + group_indian(int(amt)) + ctx.pick(["/-", ".00", ".00 only"])
    mode = ctx.pick(["cash", "cash", "UPI", "cheque", None])
    ref = upi_rrn(ctx)
    txn_id = rno if has_no else None
    if mode == "cash":
        doc.kv("Mode of Payment:", ctx.pick(["Cash", "CASH"]))
    elif mode == "UPI":
        doc.kv("Mode of Payment:", "UPI")
        if ctx.has(0.3):
            doc.kv(ctx.pick(["UPI Ref No.:", "UTR:"]), ref)
            txn_id = ref
    elif mode == "cheque":
        doc.kv("Cheque No.:", ctx.digits(6, "0123456789") + " dt. " + fmt_date(ctx, d - dt.timedelta(days=ctx.rng.randint(1, 9)), ["dmy/"]))
    doc.kv(ctx.pick(["Amount:", "Sum of:", "Donation Amount:"]), amt_s, bold=True, size=doc.size + 4)
    status = None
    if ctx.rng.random() < 0.3:
        status = "success"
        doc.text(ctx.pick(["Payment Status: Received", "Status: Paid"]))
    doc.gap(30)
    doc.text("Donations are exempt u/s 80G of the Income Tax Act, 1961.", size=doc.size - 4)
    doc.kv("", "Authorised Signatory")
    doc.keep = [merchant or "", donor]
    truth = ReceiptTruth(merchant, f"{amt:.2f}", "INR", txn_id, d.isoformat() if has_date else None,
                         {"cash": "cash", "UPI": "UPI"}.get(mode or ""), status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_courier_cod(ctx: Ctx):
    font = ctx.pick(MONO + SANS[:2])
    doc = Doc(576, font, 22, margin=18)
    courier = ctx.pick(["SwiftKart Logistics", "BlueLine Express", "Ekart Fastship", "Xpressway Couriers", "ShipNow Logistics"])
    merchant = courier.upper() if ctx.has(0.17) else None
    if merchant:
        doc.text(merchant, "center", bold=True, size=26)
    doc.text(ctx.pick(["COD COLLECTION RECEIPT", "CASH ON DELIVERY - COLLECTION SLIP", "COD PAYMENT SLIP"]), "center", bold=True)
    doc.rule()
    slip = ctx.pick(["CS", "COD", "SL"]) + ctx.digits(9)
    has_slip = ctx.has()
    if has_slip:
        doc.kv(ctx.pick(["Slip No:", "Receipt No:", "Collection No:"]), slip)
    doc.kv(ctx.pick(["AWB No:", "AWB:", "Waybill:"]), ctx.digits(13))
    doc.kv("Order ID:", ctx.pick(["OD", "ORD", ""]) + ctx.digits(12))
    doc.kv("Consignee:", ctx.pick(["Priya S", "Mohd Irfan", "K Srinivas", "Neha Verma", "Arjun Rao"]))
    doc.kv("Mobile:", "XXXXXX" + ctx.digits(4, "0123456789"))
    doc.kv("Pincode:", ctx.digits(6, "12345678"))
    d = ctx.date()
    ds = fmt_date(ctx, d, IN_DATES)
    has_date = ctx.has()
    if has_date:
        doc.kv(ctx.pick(["Delivered on:", "Collected on:", "Date:"]), ds + " " + ctx.time(False))
    else:
        doc.kv("Shipped on:", fmt_date(ctx, d - dt.timedelta(days=ctx.rng.randint(2, 6)), IN_DATES))
    doc.rule()
    amt = ctx.amount(149, 8999)
    if ctx.rng.random() < 0.5:
        amt = amt.quantize(Decimal("1")).quantize(Decimal("0.01"))
    amt_s = rupee(ctx, font, amt)
    doc.kv("Shipment value:", g_indian(amt + ctx.amount(0, 400, whole=True)))
    doc.kv(ctx.pick(["COD Amount:", "Amount Collected:", "Collected Amt:", "Total Collected:"]), amt_s, bold=True)
    mode = ctx.pick(["cash", "UPI", "UPI", "card", None])
    ref = upi_rrn(ctx)
    txn_id = slip if has_slip else None
    if mode:
        doc.kv(ctx.pick(["Mode:", "Payment Mode:", "Paid by:"]), {"cash": "Cash", "UPI": "UPI (QR)", "card": "Card (POS)"}[mode])
    if mode == "UPI" and ctx.has(0.3):
        doc.kv(ctx.pick(["UPI Ref:", "UTR No:", "Txn Ref:"]), ref)
        txn_id = ref
    if mode == "card":
        doc.kv("Card:", masked_card(ctx))
        doc.kv("Auth Code:", ctx.digits(6, "0123456789"))
    status = ctx.pick(["success", "success", "success", "pending", "failed", None])
    if status:
        doc.kv("Status:", ctx.pick({"success": ["COLLECTED", "PAYMENT RECEIVED", "SUCCESS"],
                                     "pending": ["PAYMENT PENDING", "AWAITING CONFIRMATION"],
                                     "failed": ["PAYMENT FAILED", "NOT COLLECTED"]}[status]), bold=True)
    doc.rule()
    doc.kv("Delivery Agent:", ctx.pick(["Raju", "Sandeep K", "Imran", "Vikas"]) + " / " + ctx.digits(10, "6789"))
    doc.text("Customer Care: 1800-" + ctx.digits(3) + "-" + ctx.digits(4), "center")
    truth = ReceiptTruth(merchant, f"{amt:.2f}", "INR", txn_id, d.isoformat() if has_date else None,
                         mode, status)
    return doc, truth, [amt_s, ds if has_date else None]


def _phone_top(ctx: Ctx, doc: Doc, dark: bool):
    doc.kv(ctx.time(False), ctx.pick(["4G  78%", "5G  61%", "LTE  92%", "Wi-Fi  44%"]), size=22,
           color=(200, 200, 200) if dark else (90, 90, 90))
    doc.gap(6)


def fam_sms(ctx: Ctx):
    font = ctx.pick(SANS)
    doc = Doc(720, font, ctx.pick([26, 28]), bg=(245, 245, 247), margin=32)
    _phone_top(ctx, doc, False)
    sender = ctx.pick(["AX-HDFCBK", "VM-SBIUPI", "JD-ICICIT", "BZ-KOTAKB", "AD-AXISBK"])
    doc.band(sender, (60, 110, 200), size=28)
    d = ctx.date()
    ds = fmt_date(ctx, d, ["dmy2-", "dmy-", "dMONy2", "dmy/", "d-MON-y"])
    amt = ctx.amount(10, 900) if ctx.rng.random() < 0.7 else ctx.amount(10, 400, whole=True)
    amt_s = ctx.pick(["Rs.", "Rs ", "INR "]) + (f"{amt:.2f}" if ctx.rng.random() < 0.7 else g_indian(amt))
    vendor = ctx.pick(["SHARMA VEG STORE", "RAMU SABZI WALA", "GUPTA FRUITS", "KRISHNA VEGETABLES", "NEW FRESH MANDI"])
    vpa = ctx.pick(["q", "paytmqr", "bharatpe."]) + ctx.digits(9) + ctx.pick(["@ybl", "@paytm", "@axl", "@ibl"])
    has_m, has_id, has_date = ctx.has(0.2), ctx.has(), ctx.has(0.17)
    ref = upi_rrn(ctx)
    acct = "XX" + ctx.digits(4, "0123456789")
    status = ctx.pick(["success"] * 4 + ["failed", "pending"])
    to = f"to VPA {vpa} ({vendor})" if has_m else f"to VPA {vpa}"
    when = f" on {ds}" if has_date else ""
    refp = f" UPI Ref No {ref}." if has_id else ""
    if status == "success":
        body = ctx.pick([f"{amt_s} debited from A/c {acct}{when} {to}.{refp}",
                         f"Sent {amt_s} from A/c {acct} {to}{when}.{refp}"])
        body += f" Avl Bal Rs.{g_indian(ctx.amount(500, 90000))}. Not you? Call 1800{ctx.digits(7)}"
    elif status == "failed":
        body = f"Your UPI txn of {amt_s} {to}{when} has FAILED.{refp} Amount, if debited, will be reversed in 48 hrs."
    else:
        body = f"UPI txn of {amt_s} from A/c {acct} {to}{when} is PENDING.{refp} Please do not retry."
    doc.gap(10)
    doc.keep = [vendor, to, f"UPI Ref No {ref}", amt_s, f"on {ds}"]
    doc.text(body)
    doc.text(ctx.pick(["Today", "Yesterday", fmt_date(ctx, d, ["d mon y"])]) + ", " + ctx.time(False, True), "right",
             size=22, color=(120, 120, 120))
    doc.gap(20)
    doc.text(f"Your OTP for login is {ctx.digits(6)}. Do not share it with anyone. -{sender[3:]}", size=24,
             color=(110, 110, 110))
    doc.gap(30)
    doc.text("Text message", "left", size=22, color=(150, 150, 150))
    truth = ReceiptTruth(vendor if has_m else None, f"{amt:.2f}", "INR", ref if has_id else None,
                         d.isoformat() if has_date else None, "UPI", status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_card_bill(ctx: Ctx):
    font = ctx.pick(SANS)
    dark = ctx.rng.random() < 0.5
    doc = Doc(720, font, 26, bg=(18, 18, 22) if dark else (250, 250, 250),
              fg=(235, 235, 235) if dark else (20, 20, 20), margin=36)
    _phone_top(ctx, doc, dark)
    status = ctx.pick(["success"] * 4 + ["failed", "pending"])
    head = {"success": ["Payment successful", "Bill paid!", "Payment complete"],
            "failed": ["Payment failed", "Payment unsuccessful"],
            "pending": ["Payment processing", "Payment pending"]}[status]
    doc.gap(30)
    doc.text(ctx.pick(head), "center", bold=True, size=34)
    amt = ctx.amount(500, 95000)
    amt_s = rupee(ctx, font, amt)
    doc.text(amt_s, "center", bold=True, size=44)
    issuer = ctx.pick(["HDFC Bank Credit Card", "Axis Bank Credit Card", "SBI Card", "ICICI Bank Credit Card",
                       "OneCard", "AU Bank Credit Card"])
    has_m = ctx.has(0.17)
    if has_m:
        doc.text(ctx.pick(["paid to", "to", "towards"]), "center", size=24, color=(140, 140, 140))
        doc.text(issuer, "center", bold=True)
    doc.text("•••• " + ctx.digits(4, "0123456789") if _has_glyph(font, "•") else "XXXX " + ctx.digits(4, "0123456789"), "center")
    doc.gap(24)
    doc.rule(False)
    d = ctx.date()
    ds = fmt_date(ctx, d, ["d mon y", "d month y", "dmy/", "d-MON-y", "iso"])
    tid = ctx.pick(["CRD", "SLC", "PMT", ""]) + ctx.alnum(14, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")
    has_id, has_date, has_meth = ctx.has(), ctx.has(), ctx.has()
    if has_id:
        doc.stack(ctx.pick(["Transaction ID", "Payment ID", "Reference number"]), tid)
    if has_date:
        doc.stack(ctx.pick(["Paid on", "Date & time", "Initiated on"]), ds + ", " + ctx.time(False, True))
    meth = ctx.pick(["UPI", "netbanking", "UPI", "wallet"])
    if has_meth:
        doc.stack("Paid via", {"UPI": "UPI  " + ctx.pick(["rahul.k@okaxis", "98xxxx1234@ybl", "anita@oksbi"]),
                               "netbanking": "Net Banking  " + ctx.pick(["SBI", "Kotak", "IDFC FIRST"]),
                               "wallet": ctx.pick(["Amazon Pay balance", "Paytm Wallet", "MobiKwik wallet"])}[meth])
    doc.rule(False)
    due = ctx.amount(float(amt), float(amt) * 2.5)
    doc.kv("Total due", rupee(ctx, font, due), size=24)
    doc.kv("Minimum due", rupee(ctx, font, (due * Decimal("0.05")).quantize(Decimal("0.01"))), size=24)
    doc.kv("Due date", fmt_date(ctx, d + dt.timedelta(days=ctx.rng.randint(2, 15)), ["d mon y"]), size=24)
    if status == "success":
        doc.text(f"You earned {ctx.rng.randint(100, 9000):,} coins", "center", size=24, color=(120, 180, 90))
    elif status == "pending":
        doc.text("Bank confirmation can take up to 48 hours", "center", size=24)
    doc.keep = [issuer]
    truth = ReceiptTruth(issuer if has_m else None, f"{amt:.2f}", "INR", tid if has_id else None,
                         d.isoformat() if has_date else None, meth if has_meth else None, status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_mandate(ctx: Ctx):
    font = ctx.pick(SANS + SERIF[:1])
    doc = Doc(1240, font, 28, margin=70)
    kind = ctx.pick(["lic", "sip", "sip", "life"])
    payee = {"lic": "Life Insurance Corporation of India",
             "sip": ctx.pick(["Mirae Asset Mutual Fund", "Parag Parikh Mutual Fund", "Axis Mutual Fund", "SBI Mutual Fund"]),
             "life": ctx.pick(["HDFC Life Insurance", "Max Life Insurance", "Tata AIA Life"])}[kind]
    doc.text("From: " + ctx.pick(["alerts@", "noreply@", "service@"]) + ctx.pick(["camsonline.com", "kfintech.com", "licindia.in", "mandates.npci.org.in"]), size=24, color=(90, 90, 90))
    doc.text("Subject: " + ("Premium received" if kind != "sip" else "SIP instalment processed"), size=24, color=(90, 90, 90))
    doc.rule(False)
    has_m = ctx.has(0.17)
    if has_m:
        doc.text(payee, bold=True, size=36)
    status = ctx.pick(["success"] * 4 + ["failed", "pending"])
    doc.text("Dear " + ctx.pick(["Mr. Suresh Nair", "Ms. Pooja Shah", "Investor", "Policyholder"]) + ",")
    verb = {"success": "has been debited successfully", "failed": "could not be debited",
            "pending": "is under process"}[status]
    doc.text(f"Your {'SIP instalment' if kind == 'sip' else 'renewal premium'} {verb}. Details are given below.")
    doc.gap(10)
    amt = ctx.amount(500, 50000, whole=kind == "sip")
    amt_s = rupee(ctx, font, amt)
    d = ctx.date()
    ds = fmt_date(ctx, d, IN_DATES)
    ref = ctx.pick(["UTR", "N", "AXMF"]) + ctx.digits(ctx.pick([10, 12, 14]))
    meth = ctx.pick(["UPI", "UPI", "card", None])
    has_id, has_date = ctx.has(), ctx.has()
    rows = []
    if kind == "sip":
        rows.append((ctx.pick(["Folio No.", "Folio Number"]), ctx.digits(8) + "/" + ctx.digits(2)))
        rows.append(("Scheme", ctx.pick(["Flexi Cap Fund - Direct Growth", "ELSS Tax Saver - Direct", "Large Cap Fund - Regular"])))
    else:
        rows.append((ctx.pick(["Policy No.", "Policy Number"]), ctx.digits(9)))
        rows.append(("Plan", ctx.pick(["Jeevan Anand (915)", "Click 2 Protect", "Term Plan"])))
    rows.append((ctx.pick(["UMRN", "Mandate ID"]), ctx.pick(["HDFC", "ICIC", "SBIN", "UTIB"]) + "7" + ctx.digits(15, "0123456789")))
    rows.append((ctx.pick(["Amount", "Instalment Amount", "Premium Amount", "Debit Amount"]), amt_s))
    if has_date:
        rows.append((ctx.pick(["Debit Date", "Transaction Date", "Date of Debit"]), ds))
    rows.append((ctx.pick(["Next Due Date", "Next Debit On"]), fmt_date(ctx, d + dt.timedelta(days=30), IN_DATES)))
    if meth:
        rows.append(("Payment Mode", {"UPI": "UPI AutoPay", "card": "Debit Card e-Mandate"}[meth]))
    else:
        rows.append(("Payment Mode", ctx.pick(["NACH Debit", "ECS / NACH"])))
    rows.append(("Bank A/c", ctx.pick(["HDFC Bank", "SBI", "ICICI Bank"]) + " XXXXXX" + ctx.digits(4, "0123456789")))
    if has_id:
        rows.append((ctx.pick(["Transaction Ref No.", "UTR No.", "Payment Reference"]), ref))
    rows.append(("Status", {"success": "Successful", "failed": "Failed - Insufficient balance", "pending": "Under Process"}[status]))
    for k, v in rows:
        doc.row([k, v], [0.0, 0.42])
    doc.gap(20)
    if status == "failed":
        doc.text("Please ensure sufficient balance before the next presentation to avoid bounce charges.")
    doc.text("This is a system generated mail. Please do not reply.", size=24, color=(120, 120, 120))
    doc.text("Toll free: 1800 " + ctx.digits(3) + " " + ctx.digits(4), size=24, color=(120, 120, 120))
    truth = ReceiptTruth(payee if has_m else None, f"{amt:.2f}", "INR", ref if has_id else None,
                         d.isoformat() if has_date else None, meth, status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_qc_refund(ctx: Ctx):
    font = ctx.pick(SANS)
    doc = Doc(720, font, 26, bg=(255, 255, 255), margin=34)
    _phone_top(ctx, doc, False)
    brand = ctx.pick(["Blinkit", "Zepto", "Swiggy Instamart", "BigBasket Now", "Flipkart Minutes"])
    has_m = ctx.has(0.17)
    if has_m:
        doc.band(brand, ctx.pick([(248, 203, 70), (90, 30, 140), (250, 110, 30), (20, 130, 60)]),
                 fg=(20, 20, 20) if brand == "Blinkit" else (255, 255, 255))
    else:
        doc.band("Order summary", (40, 40, 40))
    doc.text("Order #" + ctx.digits(ctx.pick([10, 12, 14])), bold=True)
    d = ctx.date()
    ds = fmt_date(ctx, d, ["d mon y", "d month y", "dmy/", "d-MON-y"])
    has_date = ctx.has()
    if has_date:
        doc.text(ctx.pick(["Placed on ", "Ordered on ", ""]) + ds + ", " + ctx.time(False, True), size=24, color=(110, 110, 110))
    doc.text(f"{ctx.rng.randint(2, 9)} items | Delivered in {ctx.rng.randint(7, 19)} mins", size=24)
    doc.rule(False)
    items = [("Amul Taaza Milk 1 L", 68), ("Aashirvaad Atta 5 kg", 289), ("Onion 1 kg", 42), ("Maggi 4 pack", 56),
             ("Banana Robusta 6 pcs", 48), ("Surf Excel 1 kg", 145), ("Bread Brown 400 g", 55)]
    total = Decimal(0)
    for nm, p in ctx.rng.sample(items, ctx.rng.randint(2, 4)):
        q = ctx.rng.randint(1, 3)
        total += Decimal(p * q)
        doc.kv(f"{nm} x{q}", rupee(ctx, font, Decimal(p * q)), size=24)
    doc.rule(False)
    doc.text("Bill details", bold=True)
    fee = Decimal(ctx.pick([0, 15, 25, 30]))
    handling = Decimal(ctx.pick(["2.00", "4.00", "5.99", "9.00"]))
    disc = Decimal(ctx.pick([0, 10, 25, 40]))
    grand = total + fee + handling - disc
    doc.kv("Item total", rupee(ctx, font, total), size=24)
    doc.kv("Delivery fee", "FREE" if fee == 0 else rupee(ctx, font, fee), size=24)
    doc.kv(ctx.pick(["Handling charge", "Platform fee"]), rupee(ctx, font, handling), size=24)
    if disc:
        doc.kv("Coupon discount", "-" + rupee(ctx, font, disc), size=24)
    amt_s = rupee(ctx, font, grand)
    doc.kv(ctx.pick(["Bill total", "Grand total", "Amount paid", "Total paid"]), amt_s, bold=True)
    meth = ctx.pick(["UPI", "card", "wallet", "cash", "UPI"])
    has_meth = ctx.has()
    if has_meth:
        doc.kv("Payment", {"UPI": "Paid via UPI", "card": "Card xx" + ctx.digits(4, "0123456789"),
                           "wallet": ctx.pick(["Zepto Cash wallet", "Paytm Wallet", "Amazon Pay wallet"]),
                           "cash": "Cash on delivery"}[meth], size=24)
    pid = ctx.pick(["pay_", "TXN", ""]) + ctx.alnum(14, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789")
    has_id = ctx.has(0.3) and meth != "cash"
    if has_id:
        doc.kv(ctx.pick(["Payment ID", "Transaction ID"]), pid, size=24)
    doc.rule(False)
    refund = Decimal(ctx.pick([12, 42, 48, 56, 68]))
    doc.band(ctx.pick(["Refund initiated", "Refund processed"]), (225, 245, 230), fg=(20, 110, 50), size=26)
    doc.kv("Refund amount", rupee(ctx, font, refund), size=24)
    doc.kv("Refund ID", "RF" + ctx.digits(12), size=24)
    doc.text("Reason: item missing / damaged", size=24)
    doc.text("Expected by " + fmt_date(ctx, d + dt.timedelta(days=ctx.rng.randint(2, 6)), ["d mon y"]), size=24)
    status = None
    if ctx.rng.random() < 0.6 and meth != "cash":
        status = "success"
        doc.text(ctx.pick(["Payment successful", "Payment status: Paid"]), "center", size=24, color=(20, 110, 50))
    doc.keep = [brand]
    truth = ReceiptTruth(brand if has_m else None, f"{grand:.2f}", "INR", pid if has_id else None,
                         d.isoformat() if has_date else None, meth if has_meth else None, status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_sg_hawker(ctx: Ctx):
    font = ctx.pick(MONO)
    doc = Doc(576, font, 22, margin=18)
    stall = ctx.pick(["AH SENG CHAR KWAY TEOW", "HUP KEE FRIED OYSTER", "TIAN TIAN CHICKEN RICE", "LAO BAN BEANCURD",
                      "MARKET STREET PRAWN MEE"])
    has_m = ctx.has(0.17)
    if has_m:
        doc.text(stall, "center", bold=True)
    doc.text(ctx.pick(["BLK 51 OLD AIRPORT RD #01-12", "MAXWELL FOOD CENTRE #01-10", "AMOY ST FC #02-78",
                       "BLK 505 JURONG WEST ST 52 #01-34"]), "center")
    doc.text("SINGAPORE " + ctx.digits(6, "1234567"), "center")
    doc.text("UEN: " + ctx.digits(9, "12") + ctx.pick("KMNDEW"), "center")
    doc.rule()
    items = [("Char Kway Teow (L)", "6.00"), ("Kopi O", "1.40"), ("Teh C Peng", "1.90"), ("Chicken Rice", "4.50"),
             ("Fried Oyster (M)", "8.00"), ("Barley", "1.60"), ("Prawn Mee Soup", "5.50")]
    total = Decimal(0)
    for nm, p in ctx.rng.sample(items, ctx.rng.randint(1, 4)):
        q = ctx.rng.randint(1, 2)
        total += Decimal(p) * q
        doc.kv(f"{q} {nm}", f"{Decimal(p) * q:.2f}")
    doc.rule()
    amt_s = ctx.pick(["SGD ", "S$", "$"]) + f"{total:.2f}"
    doc.kv(ctx.pick(["TOTAL", "TOTAL AMOUNT", "AMOUNT DUE"]), amt_s, bold=True)
    meth = ctx.pick(["card", "card", "paynow", "cash"])
    d = ctx.date()
    ds = fmt_date(ctx, d, ["dmy/", "d mon y", "dmy-", "iso"])
    has_date, has_id = ctx.has(), ctx.has()
    ref = ctx.digits(10, "0")
    status = None
    if meth == "cash":
        paid = total + Decimal(ctx.pick(["0.00", "0.60", "2.00", "5.00"]))
        doc.kv("CASH", f"{paid:.2f}")
        doc.kv("CHANGE", f"{paid - total:.2f}")
        if has_id:
            doc.kv(ctx.pick(["RCPT NO:", "BILL NO:"]), ref)
    else:
        doc.text("NETS" if meth == "card" else ctx.pick(["PAYNOW QR", "SGQR - PAYNOW"]), "center", bold=True)
        doc.kv("TID:", ctx.digits(8))
        doc.kv("STAN:", ctx.digits(6, "0"))
        if meth == "card":
            doc.kv("CARD:", ctx.pick(["NETS ", ""]) + "XXXXXXXXXXXX" + ctx.digits(4, "0123456789"))
            doc.kv("APPR CODE:", ctx.digits(6, "0123456789"))
        if has_id:
            doc.kv(ctx.pick(["TXN REF:", "REF NO:", "TRANS REF:"]), ref)
        status = ctx.pick(["success", "success", "success", "failed", None])
        if status:
            doc.text({"success": ctx.pick(["APPROVED", "TRANSACTION APPROVED"]),
                      "failed": ctx.pick(["DECLINED", "TRANSACTION DECLINED"])}[status], "center", bold=True)
    if has_date:
        doc.kv(ds, ctx.time())
    doc.rule()
    doc.text("THANK YOU, COME AGAIN", "center")
    doc.keep = [stall]
    truth = ReceiptTruth(stall if has_m else None, f"{total:.2f}", "SGD", ref if has_id else None,
                         d.isoformat() if has_date else None, {"card": "card", "cash": "cash"}.get(meth), status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_us_gas(ctx: Ctx):
    font = ctx.pick(MONO)
    doc = Doc(576, font, 22, margin=18)
    station = ctx.pick(["MAPLETON FUEL STOP #212", "RIVERSIDE GAS & GO", "PINE CREEK SUNOCO", "QUIK-FILL #0457",
                        "LAKESHORE SHELL"])
    has_m = ctx.has(0.17)
    if has_m:
        doc.text(station, "center", bold=True)
    doc.text(ctx.pick(["1402 W MAIN ST", "880 HWY 41 N", "2250 ROUTE 9"]), "center")
    doc.text(ctx.pick(["SPRINGFIELD, IL 62704", "MACON, GA 31210", "ALBANY, NY 12205"]), "center")
    doc.text(f"({ctx.digits(3, '2345678')}) {ctx.digits(3)}-{ctx.digits(4)}", "center")
    doc.rule()
    d = ctx.date()
    ds = fmt_date(ctx, d, US_DATES)
    has_date = ctx.has()
    if has_date:
        doc.kv(ds, ctx.time(False, True))
    tr = ctx.digits(6, "0")
    has_id = ctx.has()
    doc.kv(f"PUMP # {ctx.rng.randint(1, 16):02d}", f"REG {ctx.rng.randint(1, 3)}")
    if has_id:
        doc.kv(ctx.pick(["TRANS #", "TRAN NO", "INVOICE"]), tr)
    grade = ctx.pick(["REGULAR", "UNLEADED", "PLUS", "PREMIUM", "DIESEL"])
    ppg = ctx.amount(2.9, 4.9)
    gal = Decimal(str(round(ctx.rng.uniform(4, 22), 3)))
    amt = (ppg * gal).quantize(Decimal("0.01"))
    doc.text(f"{grade}  {gal} G @ ${ppg}/G")
    doc.kv("FUEL SALE", f"${amt}")
    doc.kv("SUBTOTAL", f"{amt}")
    doc.kv("TAX", "0.00")
    amt_s = ctx.pick(["$", "$ ", "USD "]) + g_west(amt)
    doc.kv("TOTAL", amt_s, bold=True)
    meth = ctx.pick(["card", "card", "card", "cash"])
    status = None
    if meth == "card":
        doc.kv(ctx.pick(["VISA", "MASTERCARD", "DISCOVER", "AMEX"]), masked_card(ctx))
        doc.kv("ENTRY", ctx.pick(["CHIP", "CONTACTLESS", "SWIPED"]))
        doc.kv(ctx.pick(["AUTH #", "APPROVAL"]), ctx.digits(6, "0123456789"))
        doc.kv("PRE-AUTH", f"${ctx.pick(['75.00', '100.00', '125.00'])}")
        status = ctx.pick(["success", "success", "success", "failed", None])
        if status:
            doc.text(ctx.pick(["APPROVED", "APPROVED - THANK YOU"]) if status == "success" else "DECLINED", "center", bold=True)
    else:
        tend = amt + Decimal(ctx.pick(["0.00", "0.63", "5.00", "10.00"]))
        doc.kv("CASH", f"${tend}")
        doc.kv("CHANGE", f"${tend - amt}")
    doc.rule()
    doc.text(f"FUEL REWARDS: SAVED {ctx.rng.randint(5, 30)}C/GAL", "center")
    doc.text("THANK YOU - DRIVE SAFE", "center")
    doc.keep = [station]
    truth = ReceiptTruth(station if has_m else None, f"{amt:.2f}", "USD", tr if has_id else None,
                         d.isoformat() if has_date else None, meth, status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_de_kassenbon(ctx: Ctx):
    font = ctx.pick(MONO + SANS[:1])
    doc = Doc(576, font, 22, margin=18)
    shop = ctx.pick(["Bäckerei Schmidt GmbH", "Edeka Müller oHG", "Drogerie Kaiser", "Getränke Hoffmann",
                     "Buchhandlung am Markt"])
    has_m = ctx.has(0.17)
    if has_m:
        doc.text(shop, "center", bold=True)
    doc.text(ctx.pick(["Hauptstraße 12", "Bahnhofplatz 3", "Lindenallee 45"]), "center")
    doc.text(ctx.pick(["10115 Berlin", "80331 München", "50667 Köln", "20095 Hamburg"]), "center")
    doc.text("Tel. 0" + ctx.digits(3) + " " + ctx.digits(6), "center")
    doc.text("USt-IdNr. DE" + ctx.digits(9), "center")
    doc.rule()
    items = [("Brötchen", "0,45"), ("Vollkornbrot", "3,29"), ("Milch 1,5%", "1,19"), ("Kaffee 500g", "6,99"),
             ("Apfelschorle", "0,89"), ("Zahnpasta", "1,95"), ("Taschenbuch", "12,00")]
    total = Decimal(0)
    for nm, p in ctx.rng.sample(items, ctx.rng.randint(2, 5)):
        q = ctx.rng.randint(1, 3)
        v = Decimal(p.replace(",", ".")) * q
        total += v
        doc.kv(f"{q} x {nm}" if q > 1 else nm, g_eu(v) + " A")
    doc.rule()
    amt_s = ctx.pick(["EUR ", "", "€ "]) + g_eu(total)
    doc.kv(ctx.pick(["SUMME", "Summe EUR", "ZU ZAHLEN", "Gesamt"]), amt_s, bold=True, size=26)
    meth = ctx.pick(["card", "card", "cash"])
    status = None
    if meth == "cash":
        paid = (total + Decimal(ctx.pick(["0.01", "1.00", "5.00", "10.00"]))).quantize(Decimal("1"))
        doc.kv("Gegeben Bar", g_eu(paid))
        doc.kv("Rückgeld", g_eu(paid - total))
    else:
        doc.kv("Geg. " + ctx.pick(["EC-Karte", "Girocard", "Kartenzahlung"]), g_eu(total))
    doc.kv("MwSt 7%", g_eu((total * Decimal("0.07") / Decimal("1.07")).quantize(Decimal("0.01"))))
    doc.kv("Netto", g_eu((total / Decimal("1.07")).quantize(Decimal("0.01"))))
    doc.rule()
    d = ctx.date()
    ds = fmt_date(ctx, d, ["dmy.", "dmy2."])
    t = ctx.time()
    has_date, has_id = ctx.has(), True  # the Bon-Nr. is always printed (the TSE number would stand in otherwise)
    bon = ctx.digits(4, "0123456789")
    if has_date:
        doc.kv(ds + " " + t, f"Kasse {ctx.rng.randint(1, 4)}")
    if has_id:
        doc.kv(ctx.pick(["Bon-Nr.", "Beleg-Nr.", "Bon"]), bon)
    doc.kv("Bed.", ctx.pick(["Anna", "1", "Frau K."]))
    if meth == "card":
        doc.rule()
        doc.text("Kartenzahlung", "center", bold=True)
        doc.text("girocard  ****" + ctx.digits(4, "0123456789"), "center")
        doc.kv("Terminal-ID", ctx.digits(8, "5"))
        doc.kv("Autorisierungs-Nr.", ctx.digits(6, "0123456789"))
        if ctx.rng.random() < 0.7:
            status = ctx.pick(["success", "success", "success", "failed"])
            doc.text("Zahlung erfolgt" if status == "success" else "Zahlung abgelehnt", "center", bold=True)
    doc.rule()
    start = f"{d.isoformat()}T{t}.000"
    doc.text("TSE-Transaktion: " + ctx.digits(5), size=22)
    doc.text("TSE-Signaturzähler: " + ctx.digits(6), size=22)
    doc.text("TSE-Start: " + start, size=22)
    doc.text("TSE-Seriennr.: " + "".join(ctx.rng.choice("0123456789abcdef") for _ in range(24)), size=22)
    doc.text("Vielen Dank für Ihren Einkauf!", "center")
    doc.keep = [shop]
    truth = ReceiptTruth(shop if has_m else None, f"{total:.2f}", "EUR", bon if has_id else None,
                         d.isoformat() if has_date else d.isoformat(), meth, status)
    # the TSE start line prints the ISO date even when the header date is absent
    return doc, truth, [amt_s, ds if has_date else d.isoformat()]


def fam_fr_ticket(ctx: Ctx):
    font = ctx.pick(MONO + SANS[1:2])
    doc = Doc(576, font, 22, margin=18)
    shop = ctx.pick(["Épicerie du Marché", "Boulangerie Dupont", "Pharmacie des Lilas", "Tabac Presse Le Central",
                     "Fromagerie Martin"])
    has_m = ctx.has(0.17)
    shop = shop.upper() if ctx.rng.random() < 0.4 else shop
    if has_m:
        doc.text(shop, "center", bold=True)
    doc.text(ctx.pick(["12 rue de la République", "3 place du Marché", "45 av. Jean Jaurès"]), "center")
    doc.text(ctx.pick(["69002 LYON", "75011 PARIS", "13001 MARSEILLE", "33000 BORDEAUX"]), "center")
    doc.text(f"SIRET {ctx.digits(3)} {ctx.digits(3)} {ctx.digits(3)} {ctx.digits(5, '0')}", "center")
    doc.text("TVA FR" + ctx.digits(11), "center")
    doc.rule()
    items = [("BAGUETTE TRADITION", "1,30"), ("CROISSANT", "1,10"), ("COMTE 18 MOIS", "7,85"), ("EAU MINERALE", "0,95"),
             ("CAFE MOULU", "4,20"), ("JOURNAL", "2,50"), ("CAMEMBERT", "3,40")]
    total = Decimal(0)
    for nm, p in ctx.rng.sample(items, ctx.rng.randint(2, 5)):
        q = ctx.rng.randint(1, 3)
        v = Decimal(p.replace(",", ".")) * q
        total += v
        doc.kv(f"{q} {nm}", g_eu(v, " ") + " €" if _has_glyph(font, "€") else g_eu(v, " "))
    doc.rule()
    cur = " €" if _has_glyph(font, "€") else " EUR"
    amt_s = g_eu(total, " ") + ctx.pick([cur, " EUR"])
    doc.kv(ctx.pick(["TOTAL TTC", "TOTAL", "MONTANT DÛ", "A PAYER"]), amt_s, bold=True, size=26)
    doc.kv("dont TVA 5,5%", g_eu((total * Decimal("0.055") / Decimal("1.055")).quantize(Decimal("0.01"))))
    meth = ctx.pick(["card", "card", "cash"])
    d = ctx.date()
    ds = fmt_date(ctx, d, ["dmy/", "dmy2/", "dmy-"])
    has_date, has_id = ctx.has(), ctx.has()
    tk = ctx.digits(6, "0")
    status = None
    if meth == "cash":
        paid = (total + Decimal(ctx.pick(["0.00", "1.00", "5.00"]))).quantize(Decimal("1"), rounding="ROUND_UP")
        doc.kv("ESPECES", g_eu(paid))
        doc.kv("RENDU", g_eu(paid - total))
    else:
        doc.kv(ctx.pick(["CB", "CARTE BANCAIRE", "CB SANS CONTACT"]), g_eu(total))
    doc.rule()
    if has_date:
        doc.text(ctx.pick(["Le ", ""]) + ds + ctx.pick([" à ", " "]) + ctx.time(False), "center")
    if has_id:
        doc.kv(ctx.pick(["Ticket N°", "TICKET", "N° ticket"]), tk)
    doc.kv("Caisse " + str(ctx.rng.randint(1, 5)), "Vendeur " + ctx.digits(2))
    if meth == "card":
        doc.rule()
        doc.text("CARTE BANCAIRE", "center", bold=True)
        doc.text("A0000000421010", "center")
        doc.text("************" + ctx.digits(4, "0123456789"), "center")
        doc.kv("No AUTO:", ctx.digits(6, "0123456789"))
        doc.kv("MONTANT", g_eu(total) + " EUR")
        if ctx.rng.random() < 0.75:
            status = ctx.pick(["success", "success", "success", "failed"])
            doc.text("TRANSACTION ACCEPTEE" if status == "success" else "TRANSACTION REFUSEE", "center", bold=True)
    doc.text("Merci de votre visite", "center")
    doc.text("A bientôt !", "center")
    doc.keep = [shop]
    truth = ReceiptTruth(shop if has_m else None, f"{total:.2f}", "EUR", tk if has_id else None,
                         d.isoformat() if has_date else None, meth, status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_uk_council(ctx: Ctx):
    font = ctx.pick(SANS)
    doc = Doc(1240, font, 28, margin=70)
    council = ctx.pick(["Eastbridge District Council", "Northvale Borough Council", "Kingsford City Council",
                        "Westmoor Council"])
    has_m = ctx.has(0.17)
    if has_m:
        doc.band(council, (0, 60, 110), size=34)
    else:
        doc.band("Online payments", (0, 60, 110), size=34)
    status = ctx.pick(["success"] * 4 + ["failed", "pending"])
    doc.gap(10)
    doc.text({"success": ctx.pick(["Payment confirmation", "Thank you for your payment"]),
              "failed": "Your payment was not successful",
              "pending": "Your payment is being processed"}[status], bold=True, size=40)
    if status == "success":
        doc.text(ctx.pick(["Your payment has been received.", "Payment complete. A confirmation e-mail has been sent."]))
    elif status == "failed":
        doc.text("Your card issuer declined the payment. No money has been taken.")
    else:
        doc.text("We will e-mail you when your bank confirms the payment.")
    doc.gap(16)
    amt = ctx.amount(40, 2400)
    amt_s = ctx.pick(["£", "£ ", "GBP "]) + g_west(amt)
    d = ctx.date()
    ds = fmt_date(ctx, d, ["d month y", "d mon y", "dmy/", "day d month y"])
    ref = ctx.pick(["CTX-", "PAY", "WP", ""]) + ctx.alnum(ctx.pick([8, 10, 12]))
    has_id, has_date, has_meth = ctx.has(), ctx.has(), ctx.has()
    rows = [("Payment for", "Council Tax"),
            (ctx.pick(["Council Tax account number", "Account reference"]), ctx.digits(8, "4")),
            ("Property", ctx.pick(["14 Elm Road, ", "Flat 3, 22 High Street, "]) + "EB" + ctx.digits(1) + " " + ctx.digits(1) + "QX")]
    if has_id:
        rows.append((ctx.pick(["Payment reference", "Transaction reference", "Receipt number"]), ref))
    rows.append((ctx.pick(["Amount paid", "Amount", "Payment amount"]), amt_s))
    if has_date:
        rows.append((ctx.pick(["Date of payment", "Payment date", "Date"]), ds))
    if has_meth:
        rows.append(("Paid by", ctx.pick(["Visa Debit", "Mastercard", "Visa"]) + " ending " + ctx.digits(4, "0123456789")))
    rows.append(("Authorisation code", ctx.digits(6, "0123456789")))
    for k, v in rows:
        doc.row([k, v], [0.0, 0.45])
        doc.rule(False)
    doc.gap(10)
    doc.text("Your next instalment of £" + g_west(amt) + " is due on " +
             fmt_date(ctx, d + dt.timedelta(days=ctx.rng.randint(20, 40)), ["d month y"]) + ".")
    doc.text("Council Tax enquiries: 0" + ctx.digits(3, "123") + " " + ctx.digits(3) + " " + ctx.digits(4), size=24)
    doc.keep = [council]
    truth = ReceiptTruth(council if has_m else None, f"{amt:.2f}", "GBP", ref if has_id else None,
                         d.isoformat() if has_date else None, "card" if has_meth else None, status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_rental_email(ctx: Ctx):
    font = ctx.pick(SANS + SERIF[:1])
    doc = Doc(1240, font, 28, margin=80)
    brand = ctx.pick(["Staybnb", "HolidayNest", "CasaStay", "Roamly"])
    has_m = ctx.has(0.17)
    if has_m:
        doc.text(brand, bold=True, size=40, color=(230, 60, 90))
    doc.text(ctx.pick(["Your receipt", "Payment receipt", "Receipt for your stay"]), bold=True, size=36)
    rid = "RC" + ctx.alnum(10)
    has_id = ctx.has()
    if has_id:
        doc.text(ctx.pick(["Receipt ID: ", "Receipt # "]) + rid, size=26)
    doc.text("Confirmation code: " + "HM" + ctx.alnum(8), size=26)
    listing_cur = ctx.pick(["EUR", "GBP", "USD"])
    pay_cur = ctx.pick([c for c in ["INR", "USD", "EUR", "GBP"] if c != listing_cur] + [listing_cur])
    sym = {"EUR": "€", "GBP": "£", "USD": "$", "INR": "Rs. "}
    styles = (US_DATES if pay_cur == "USD" else ["d mon y", "d month y", "day d month y", "iso"])
    ci = ctx.date()
    nights = ctx.rng.randint(2, 7)
    doc.gap(10)
    doc.text(ctx.pick(["Lisbon", "Edinburgh", "Goa", "Nice", "Austin"]) + f" · {nights} nights", bold=True)
    doc.text(f"Check-in {fmt_date(ctx, ci, styles)}  ·  Check-out "
             f"{fmt_date(ctx, ci + dt.timedelta(days=nights), styles)}", size=26)
    doc.rule(False)
    rate = ctx.amount(60, 240, whole=True)
    clean = ctx.amount(20, 80, whole=True)
    service = (rate * nights * Decimal("0.14")).quantize(Decimal("0.01"))
    taxes = (rate * nights * Decimal("0.06")).quantize(Decimal("0.01"))
    listing_total = rate * nights + clean + service + taxes
    s = sym[listing_cur]
    doc.kv(f"{s}{rate:.2f} x {nights} nights", f"{s}{g_west(rate * nights)}")
    doc.kv("Cleaning fee", f"{s}{g_west(clean)}")
    doc.kv("Service fee", f"{s}{g_west(service)}")
    doc.kv("Occupancy taxes", f"{s}{g_west(taxes)}")
    doc.kv(f"Total ({listing_cur})", f"{s}{g_west(listing_total)}", bold=True)
    doc.rule(False)
    rate_fx = {"INR": Decimal("89.37"), "USD": Decimal("1.08"), "EUR": Decimal("1"), "GBP": Decimal("0.85")}
    paid = (listing_total * rate_fx[pay_cur] / rate_fx[listing_cur]).quantize(Decimal("0.01"))
    doc.text("Payment", bold=True)
    d = ci - dt.timedelta(days=ctx.rng.randint(3, 60))
    ds = fmt_date(ctx, d, styles)
    has_date, has_meth = ctx.has(), ctx.has()
    meth = ctx.pick(["card", "card", "wallet", "UPI"] if pay_cur == "INR" else ["card", "card", "wallet"])
    mtxt = {"card": ctx.pick(["Visa", "Mastercard", "Amex"]) + " •••• " + ctx.digits(4, "0123456789"),
            "wallet": ctx.pick(["PayPal", "Google Pay", "Apple Pay"]), "UPI": "UPI"}[meth]
    if not _has_glyph(doc.font, "•"):
        mtxt = mtxt.replace("•", "*")
    amt_s = (sym[pay_cur] if pay_cur != "INR" else ctx.pick(["Rs. ", "INR "])) + (g_indian(paid) if pay_cur == "INR" else g_west(paid))
    amt_s += ctx.pick(["", " " + pay_cur]) if pay_cur != "INR" else ""
    label = mtxt if has_meth else "Amount charged"
    doc.kv(label, amt_s, bold=True)
    if has_date:
        doc.text(ds + " " + ctx.time(False, True), size=26, color=(110, 110, 110))
    if pay_cur != listing_cur:
        doc.text(f"Exchange rate: 1 {listing_cur} = {(rate_fx[pay_cur] / rate_fx[listing_cur]).quantize(Decimal('0.0001'))} {pay_cur}", size=24)
    status = ctx.pick(["success", "success", "success", "pending", None])
    if status:
        doc.kv(ctx.pick(["Payment status", "Status"]), "Paid" if status == "success" else "Pending", bold=True)
    doc.gap(10)
    doc.text(f"{brand}, Inc. · 888 Brannan St · San Francisco, CA" if ctx.rng.random() < 0.5 else
             f"{brand} Ireland UC · 8 Hanover Quay · Dublin 2", size=24, color=(120, 120, 120))
    doc.keep = [brand]
    truth = ReceiptTruth(brand if has_m else None, f"{paid:.2f}", pay_cur, rid if has_id else None,
                         d.isoformat() if has_date else None, meth if has_meth else None, status)
    return doc, truth, [amt_s, ds if has_date else None]


def fam_dubai(ctx: Ctx):
    font = ctx.pick(MONO)
    doc = Doc(576, font, 22, margin=18)
    shop = ctx.pick(["AL NOOR PERFUMES LLC", "DESERT ROSE GIFTS TRADING", "GOLDEN DATES & SWEETS LLC"])
    doc.text(shop, "center", bold=True)
    doc.text("THE DUBAI MALL, GF-" + ctx.digits(3), "center")
    doc.text("TRN: 100" + ctx.digits(12, "0123456789"), "center")
    doc.text("TAX INVOICE", "center", bold=True)
    doc.rule()
    inv = "INV-" + str(ctx.date().year) + "-" + ctx.digits(6, "0")
    doc.kv("Invoice No:", inv)
    d = ctx.date()
    ds = fmt_date(ctx, d, ["dmy/", "d-MON-y"])
    doc.kv("Date:", ds + " " + ctx.time(False))
    sub = ctx.amount(80, 1800, whole=True)
    vat = (sub * Decimal("0.05")).quantize(Decimal("0.01"))
    total = sub + vat
    doc.kv(ctx.pick(["Oud Attar 12ml", "Gift Box Dates 500g", "Bakhoor Set"]), f"{sub:.2f}")
    doc.kv("Subtotal", f"{sub:.2f}")
    doc.kv("VAT 5%", f"{vat:.2f}")
    amt_s = "AED " + g_west(total)
    doc.kv("TOTAL", amt_s, bold=True)
    doc.kv(ctx.pick(["MASTERCARD", "VISA"]), masked_card(ctx))
    doc.kv("AUTH CODE", ctx.digits(6, "0123456789"))
    doc.text("APPROVED", "center", bold=True)
    doc.text("Tel: +971 4 " + ctx.digits(3) + " " + ctx.digits(4), "center")
    doc.keep = [shop]
    truth = ReceiptTruth(shop, f"{total:.2f}", "AED", inv, d.isoformat(), "card", "success")
    return doc, truth, [amt_s, ds]


FAMILIES = {
    "petrol_edc": fam_petrol_edc, "temple_donation": fam_temple, "courier_cod": fam_courier_cod,
    "bank_sms_screen": fam_sms, "card_bill_screen": fam_card_bill, "mandate_debit_email": fam_mandate,
    "quick_commerce_refund": fam_qc_refund, "sg_hawker_nets": fam_sg_hawker, "us_gas_pump": fam_us_gas,
    "de_kassenbon": fam_de_kassenbon, "fr_ticket": fam_fr_ticket, "uk_council_tax": fam_uk_council,
    "rental_receipt_email": fam_rental_email,
}
SCREENS = {"bank_sms_screen", "card_bill_screen", "quick_commerce_refund"}
DUBAI_AT = (23, 58)


def _family_for(i: int) -> str:
    if i in DUBAI_AT:
        return "dubai_mall"
    names = list(FAMILIES)
    shift = sum(1 for k in DUBAI_AT if k < i)
    return names[(i - shift) % len(names)]


# ---------------------------------------------------------------- degradation


def degrade(img: Image.Image, rng: random.Random, screen: bool) -> tuple[Image.Image, dict[str, float]]:
    out: dict[str, float] = {}
    im = img
    ops = ["blur", "rotate", "perspective", "contrast", "noise", "light"] + (["moire"] * 2 if screen else [])
    chosen = rng.sample(ops, rng.randint(2, 3))
    w, h = im.size
    for op in chosen:
        if op == "blur":
            r = round(rng.uniform(0.6, 1.6), 2)
            im = im.filter(ImageFilter.GaussianBlur(r))
            out["blur"] = r
        elif op == "rotate":
            a = round(rng.uniform(-6, 6), 2)
            im = im.rotate(a, resample=Image.BICUBIC, expand=True, fillcolor=(128, 128, 128))
            out["rotate"] = a
        elif op == "perspective":
            k = rng.uniform(0.02, 0.06)
            W, H = im.size
            dx, dy = k * W, k * H
            src = [(rng.uniform(0, dx), rng.uniform(0, dy)), (W - rng.uniform(0, dx), rng.uniform(0, dy)),
                   (W - rng.uniform(0, dx), H - rng.uniform(0, dy)), (rng.uniform(0, dx), H - rng.uniform(0, dy))]
            dst = [(0, 0), (W, 0), (W, H), (0, H)]
            coeffs = _persp_coeffs(dst, src)
            im = im.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(128, 128, 128))
            out["perspective"] = round(k, 3)
        elif op == "contrast":
            c = rng.uniform(0.45, 0.7)
            a = np.asarray(im, dtype=np.float32)
            a = 128 + (a - 128) * c + rng.uniform(-15, 25)
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
            out["low_contrast"] = round(c, 2)
        elif op == "noise":
            s = rng.uniform(6, 16)
            a = np.asarray(im, dtype=np.float32)
            nrng = np.random.default_rng(rng.randint(0, 2**31))
            a = a + nrng.normal(0, s, a.shape[:2])[..., None]
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
            out["noise"] = round(s, 1)
        elif op == "light":
            a = np.asarray(im, dtype=np.float32)
            H, W = a.shape[:2]
            yy, xx = np.mgrid[0:H, 0:W]
            cx, cy = rng.uniform(0, W), rng.uniform(0, H)
            dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(W, H)
            f = 1.0 - rng.uniform(0.3, 0.5) * np.clip(dist, 0, 1)
            im = Image.fromarray(np.clip(a * f[..., None], 0, 255).astype(np.uint8))
            out["uneven_light"] = round(float(f.min()), 2)
        elif op == "moire":
            a = np.asarray(im, dtype=np.float32)
            H, W = a.shape[:2]
            yy, xx = np.mgrid[0:H, 0:W]
            period = rng.uniform(3.5, 6.0)
            ang = rng.uniform(0, np.pi)
            wave = np.sin((xx * np.cos(ang) + yy * np.sin(ang)) * 2 * np.pi / period)
            amp = rng.uniform(8, 18)
            im = Image.fromarray(np.clip(a + amp * wave[..., None], 0, 255).astype(np.uint8))
            out["moire"] = round(amp, 1)
    q = rng.randint(20, 60)
    im = jpeg_roundtrip(im, q)
    out["jpeg_quality"] = q
    return im, out


def _persp_coeffs(dst, src):
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(m, dtype=np.float64)
    b = np.array([c for p in src for c in p], dtype=np.float64)
    return tuple(np.linalg.solve(a, b))


# ---------------------------------------------------------------- set


def _check(doc: Doc, truth: ReceiptTruth, printed: list[str | None], key: str) -> None:
    text = "\n".join(doc.drawn)
    for value in (truth.merchant_name, truth.transaction_id, *printed):
        if value is not None:
            assert any(value in s for s in doc.drawn), f"{key}: {value!r} not drawn in\n{text}"


def make_heldout7_receipt(i: int) -> EvalReceipt:
    rng = random.Random(SEED * 1000 + i)
    family = _family_for(i)
    fn = FAMILIES.get(family, fam_dubai)
    doc, truth, printed = fn(Ctx(rng))
    clean = doc.render()
    _check(doc, truth, printed, f"{SPLIT}-{i:04d}")
    degraded, degradations = degrade(clean, rng, family in SCREENS)
    return EvalReceipt(split=SPLIT, index=i, family=family, font=doc.font, truth=truth, clean=clean,
                       degraded=degraded, degradations=degradations,
                       meta={"size": clean.size, "printed_amount": printed[0], "printed_date": printed[1]})


def make_heldout7_set(n: int = DEFAULT_N) -> list[EvalReceipt]:
    """The first ``n`` receipts of the seventh held-out set (72 by default)."""
    return [make_heldout7_receipt(i) for i in range(n)]
