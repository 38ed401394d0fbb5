"""``heldout9``'s drawing surface and value styles: fonts, a line-by-line sheet, amounts, dates, ids."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from decimal import Decimal
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from bench.receipt_dataset import group_indian

_TT = "/usr/share/fonts/truetype/"
# name -> (regular, bold)
FONTS = {
    "LiberationSans": (_TT + "liberation/LiberationSans-Regular.ttf", _TT + "liberation/LiberationSans-Bold.ttf"),
    "LiberationSerif": (_TT + "liberation/LiberationSerif-Regular.ttf", _TT + "liberation/LiberationSerif-Bold.ttf"),
    "LiberationMono": (_TT + "liberation/LiberationMono-Regular.ttf", _TT + "liberation/LiberationMono-Bold.ttf"),
    "FreeSans": (_TT + "freefont/FreeSans.ttf", _TT + "freefont/FreeSansBold.ttf"),
    "FreeSerif": (_TT + "freefont/FreeSerif.ttf", _TT + "freefont/FreeSerifBold.ttf"),
    "FreeMono": (_TT + "freefont/FreeMono.ttf", _TT + "freefont/FreeMonoBold.ttf"),
    "NotoSans": (_TT + "noto/NotoSans-Regular.ttf", _TT + "noto/NotoSans-Bold.ttf"),
    "NotoSerif": (_TT + "noto/NotoSerif-Regular.ttf", _TT + "noto/NotoSerif-Bold.ttf"),
    "NotoSansMono": (_TT + "noto/NotoSansMono-Regular.ttf", _TT + "noto/NotoSansMono-Bold.ttf"),
    "DejaVuSans": (_TT + "dejavu/DejaVuSans.ttf", _TT + "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansMono": (_TT + "dejavu/DejaVuSansMono.ttf", _TT + "dejavu/DejaVuSansMono-Bold.ttf"),
    "DejaVuSerifCondensed": (_TT + "dejavu/DejaVuSerifCondensed.ttf", _TT + "dejavu/DejaVuSerifCondensed-Bold.ttf"),
}
PROPORTIONAL = ["LiberationSans", "LiberationSerif", "FreeSans", "FreeSerif", "NotoSans", "NotoSerif", "DejaVuSans",
                "DejaVuSerifCondensed"]
MONOSPACE = ["LiberationMono", "FreeMono", "NotoSansMono", "DejaVuSansMono"]


@lru_cache(maxsize=256)
def font(name: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONTS[name][1 if bold else 0], size)


class Sheet:
    """A page drawn top to bottom, one row at a time, then cropped to what was drawn."""

    def __init__(self, width: int, font_name: str, size: int = 22, bg: tuple = (255, 255, 255),
                 ink: tuple = (20, 20, 20), margin: int = 28) -> None:
        self.w, self.font_name, self.size, self.ink, self.margin = width, font_name, size, ink, margin
        self.img = Image.new("RGB", (width, 3200), bg)
        self.d = ImageDraw.Draw(self.img)
        self.y = margin
        # Liberation has no rupee sign; a shop printing in it writes "Rs." instead
        self.rupee = "Rs." if font_name.startswith("Liberation") else "₹"

    def _t(self, s: str) -> str:
        return s.replace("₹", self.rupee)

    def _f(self, size: int | None, bold: bool) -> ImageFont.FreeTypeFont:
        return font(self.font_name, size or self.size, bold)

    def gap(self, h: int = 10) -> None:
        self.y += h

    def text(self, s: str, size: int | None = None, bold: bool = False, x: int | None = None,
             color: tuple | None = None, align: str = "left") -> None:
        f = self._f(size, bold)
        s = self._t(s)
        tw = self.d.textlength(s, font=f)
        if align == "center":
            x0 = (self.w - tw) / 2
        elif align == "right":
            x0 = self.w - self.margin - tw
        else:
            x0 = self.margin if x is None else x
        self.d.text((x0, self.y), s, font=f, fill=color or self.ink)
        self.y += int((size or self.size) * 1.42)

    def center(self, s: str, size: int | None = None, bold: bool = False, color: tuple | None = None) -> None:
        self.text(s, size, bold, color=color, align="center")

    def kv(self, key: str, value: str, size: int | None = None, bold: bool = False, key_color: tuple | None = None,
           sep: str = "") -> None:
        """A label on the left and its value flush right."""
        f = self._f(size, bold)
        key, value = self._t(key), self._t(value)
        self.d.text((self.margin, self.y), key + sep, font=f, fill=key_color or self.ink)
        tw = self.d.textlength(value, font=f)
        self.d.text((self.w - self.margin - tw, self.y), value, font=f, fill=self.ink)
        self.y += int((size or self.size) * 1.42)

    def cols(self, cells: list[str], xs: list[float], size: int | None = None, bold: bool = False) -> None:
        """Cells at fractions ``xs`` of the width; a negative fraction right-aligns the cell there."""
        f = self._f(size, bold)
        for cell, frac in zip(map(self._t, cells), xs, strict=True):
            if frac < 0:
                x = -frac * self.w - self.d.textlength(cell, font=f)
            else:
                x = frac * self.w
            self.d.text((x, self.y), cell, font=f, fill=self.ink)
        self.y += int((size or self.size) * 1.42)

    def rule(self, dashed: bool = False, color: tuple | None = None, width: int = 1) -> None:
        y = self.y + 4
        if dashed:
            for x in range(self.margin, self.w - self.margin, 12):
                self.d.line((x, y, x + 6, y), fill=color or self.ink, width=width)
        else:
            self.d.line((self.margin, y, self.w - self.margin, y), fill=color or self.ink, width=width)
        self.y += 12

    def band(self, s: str, fill: tuple, color: tuple = (255, 255, 255), size: int | None = None,
             h: int | None = None, align: str = "center") -> None:
        """A full-width coloured bar with a title (app bars, letterheads)."""
        size = size or self.size + 4
        h = h or int(size * 2.4)
        self.d.rectangle((0, self.y, self.w, self.y + h), fill=fill)
        f = self._f(size, True)
        tw = self.d.textlength(s, font=f)
        x = (self.w - tw) / 2 if align == "center" else self.margin
        self.d.text((x, self.y + (h - size) / 2 - 2), s, font=f, fill=color)
        self.y += h + 10

    def box_start(self) -> int:
        return self.y

    def box_end(self, top: int, color: tuple = (120, 120, 120)) -> None:
        self.d.rectangle((self.margin - 10, top - 6, self.w - self.margin + 10, self.y + 2), outline=color, width=2)
        self.y += 12

    def finish(self, bottom: int | None = None) -> Image.Image:
        return self.img.crop((0, 0, self.w, self.y + (self.margin if bottom is None else bottom)))


def stamp(img: Image.Image, lines: list[str], rng: random.Random, color: tuple = (40, 60, 170)) -> Image.Image:
    """A round-cornered rubber stamp pressed at a slant onto the page (handwritten-looking ink)."""
    f = font(rng.choice(["FreeSerif", "DejaVuSerifCondensed", "LiberationSerif"]), 26, True)
    w = int(max(ImageDraw.Draw(img).textlength(s, font=f) for s in lines)) + 40
    h = 38 * len(lines) + 24
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    d.rounded_rectangle((2, 2, w - 3, h - 3), radius=14, outline=color + (210,), width=4)
    for k, s in enumerate(lines):
        tw = d.textlength(s, font=f)
        d.text(((w - tw) / 2, 12 + 38 * k), s, font=f, fill=color + (200,))
    layer = layer.rotate(rng.uniform(-14, 14), expand=True, resample=Image.BICUBIC)
    out = img.convert("RGBA")
    x = rng.randint(max(0, img.width // 2 - layer.width), max(0, img.width - layer.width - 10))
    y = rng.randint(int(img.height * 0.55), max(int(img.height * 0.55) + 1, img.height - layer.height - 10))
    out.alpha_composite(layer, (x, y))
    return out.convert("RGB")


# ---------------------------------------------------------------- values


def money(rng: random.Random, lo: float, hi: float, paise: bool = True) -> Decimal:
    v = Decimal(rng.randint(int(lo * 100), int(hi * 100))) / 100
    return v if paise else Decimal(int(v))


def q2(v: Decimal) -> Decimal:
    return v.quantize(Decimal("0.01"))


def amt_in(v: Decimal, decimals: bool = True) -> str:
    """Indian grouping: 1,23,456.50."""
    whole, frac = divmod(q2(v) * 100, 100)
    s = group_indian(int(whole))
    return f"{s}.{int(frac):02d}" if decimals or frac else s


def amt_west(v: Decimal) -> str:
    return f"{q2(v):,.2f}"


def amt_cont(v: Decimal, thousands: str = ".") -> str:
    """Continental: 1.234,50 (or 1 234,50)."""
    return f"{q2(v):,.2f}".replace(",", "#").replace(".", ",").replace("#", thousands)


def rupees(rng: random.Random, v: Decimal) -> str:
    """The amount in one of the ways Indian receipts write rupees."""
    style = rng.randrange(6)
    body = amt_in(v) if style < 4 else amt_west(v)
    return [f"₹{body}", f"Rs. {body}", f"INR {body}", f"₹ {body}", f"Rs {body}", f"{body}"][style]


def truth_amount(v: Decimal) -> str:
    return f"{q2(v):.2f}"


def when(rng: random.Random, start: str = "2024-01-01", days: int = 700) -> datetime:
    base = datetime.fromisoformat(start)
    return base + timedelta(days=rng.randrange(days), minutes=rng.randrange(7 * 60, 22 * 60))


def fmt_date(rng: random.Random, t: datetime, region: str = "in", time: bool | None = None) -> str:
    """``t`` written the way a ``region`` ("in", "us", "eu", "uk", "iso") receipt writes a date."""
    styles = {
        "in": ["%d/%m/%Y", "%d-%m-%Y", "%d %b %Y", "%d-%b-%Y", "%d-%m-%y", "%d.%m.%Y", "%b %d, %Y", "%Y-%m-%d"],
        "us": ["%m/%d/%Y", "%b %d, %Y", "%B %d, %Y", "%m/%d/%y", "%Y-%m-%d"],
        "uk": ["%d/%m/%Y", "%d %b %Y", "%d %B %Y", "%d/%m/%y"],
        "eu": ["%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%y", "%Y-%m-%d"],
        "iso": ["%Y-%m-%d"],
    }[region]
    s = t.strftime(rng.choice(styles))
    if time is None:
        time = rng.random() < 0.5
    if time:
        s += " " + t.strftime(rng.choice(["%H:%M", "%H:%M:%S", "%I:%M %p"]))
    return s


def digits(rng: random.Random, n: int) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 1))


def code(rng: random.Random, n: int, alphabet: str = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def phone_in(rng: random.Random) -> str:
    return rng.choice(["+91 ", "", "+91-"]) + str(rng.randint(6, 9)) + digits(rng, 9)


def gstin(rng: random.Random) -> str:
    return f"{rng.randint(1, 36):02d}{code(rng, 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{digits(rng, 4)}" \
           f"{code(rng, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}1Z{code(rng, 1, '0123456789ABCDEF')}"


def pan(rng: random.Random) -> str:
    return f"{code(rng, 5, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{digits(rng, 4)}{code(rng, 1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}"


def masked_card(rng: random.Random) -> str:
    return rng.choice(["XXXX XXXX XXXX ", "**** **** **** ", "xxxx-xxxx-xxxx-", "•••• "]) + digits(rng, 4)


def utr(rng: random.Random, t: datetime) -> str:
    """A 12-digit UPI RRN: year digit, day of year, hour, then six digits."""
    return f"{t.year % 10}{t.timetuple().tm_yday:03d}{t.hour:02d}{digits(rng, 6)}"


def maybe(rng: random.Random, p: float) -> bool:
    return rng.random() < p
