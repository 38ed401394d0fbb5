"""Drawing and degrading the heldout11 receipts: rows to a picture, then a photo or scan of it."""

from __future__ import annotations

import io
import random
from functools import lru_cache
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

_FONT_ROOT = Path("/usr/share/fonts/truetype")
# name: (regular, bold)
FONT_PATHS: dict[str, tuple[str, str]] = {
    "dejavu_sans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "dejavu_condensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "dejavu_serif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "dejavu_mono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "liberation_sans": ("liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf"),
    "liberation_serif": ("liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf"),
    "liberation_mono": ("liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf"),
    "freesans": ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf"),
    "freeserif": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf"),
    "freemono": ("freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf"),
    "noto_sans": ("noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf"),
    "noto_serif": ("noto/NotoSerif-Regular.ttf", "noto/NotoSerif-Bold.ttf"),
    "noto_mono": ("noto/NotoSansMono-Regular.ttf", "noto/NotoSansMono-Bold.ttf"),
}
SANS = ["dejavu_sans", "liberation_sans", "freesans", "noto_sans", "dejavu_condensed"]
SERIF = ["dejavu_serif", "liberation_serif", "freeserif", "noto_serif"]
MONO = ["dejavu_mono", "liberation_mono", "freemono", "noto_mono"]

# style: (width range, base size range)
STYLES = {
    "screen": ((560, 700), (22, 28)),
    "email": ((760, 900), (19, 23)),
    "document": ((880, 1020), (18, 22)),
    "paper": ((520, 640), (19, 24)),
    "thermal": ((430, 520), (17, 20)),
}
ACCENTS = [(0, 120, 90), (20, 80, 170), (120, 40, 140), (200, 90, 0), (0, 110, 140), (170, 20, 50)]


# ---------------------------------------------------------------- rows


def title(text: str, scale: float = 1.35, align: str = "c") -> tuple:
    """A bold heading."""
    return ("text", text, scale, align, "fg", True)


def text(text: str, scale: float = 1.0, align: str = "l", tone: str = "fg", bold: bool = False) -> tuple:
    """A line of text; tone ``fg``, ``grey`` or ``accent``."""
    return ("text", text, scale, align, tone, bold)


def kv(label: str, value: str, scale: float = 1.0) -> tuple:
    """A label on the left and its value on the right."""
    return ("kv", label, value, scale)


def stack(label: str, value: str) -> tuple:
    """A small grey label above its value."""
    return ("stack", label, value)


def rule(dashed: bool = False) -> tuple:
    """A horizontal line."""
    return ("rule", dashed)


def gap() -> tuple:
    """Empty space."""
    return ("gap",)


def band(text: str) -> tuple:
    """A coloured header band with the text in white."""
    return ("band", text)


def badge(text: str, status: str | None) -> tuple:
    """A status pill: green, red or amber by ``status``."""
    return ("badge", text, status)


def cols(cells: list[str], fractions: list[float], bold: bool = False) -> tuple:
    """Cells starting at the given fractions of the line."""
    return ("cols", cells, fractions, bold)


# ---------------------------------------------------------------- drawing


@lru_cache(maxsize=256)
def font_file(name: str, size: int, bold: bool) -> ImageFont.FreeTypeFont:
    regular, heavy = FONT_PATHS[name]
    return ImageFont.truetype(str(_FONT_ROOT / (heavy if bold else regular)), size)


@lru_cache(maxsize=32)
def glyphs(name: str) -> str:
    """The currency symbols ``name`` can draw in both weights (a missing glyph renders as the notdef box)."""

    def ink(ch: str, bold: bool) -> bytes:
        img = Image.new("L", (48, 48), 0)
        ImageDraw.Draw(img).text((4, 4), ch, font=font_file(name, 24, bold), fill=255)
        return img.tobytes()

    return "".join(
        ch for ch in "₹₱₩฿€£" if all(ink(ch, bold) != ink("\uffff", bold) for bold in (False, True))
    )


def _row_height(row: tuple, size: int) -> int:
    kind = row[0]
    if kind == "text":
        return round(size * row[2] * 1.55)
    if kind == "kv":
        return round(size * row[3] * 1.55)
    return {
        "stack": round(size * 2.9),
        "rule": round(size * 0.9),
        "gap": round(size * 0.7),
        "band": round(size * 3.0),
        "badge": round(size * 2.4),
        "cols": round(size * 1.5),
    }[kind]


def render(rows: list[tuple], font: str, style: str, rng: random.Random) -> Image.Image:
    """Draw ``rows`` in ``font`` as a ``style`` document (screen, email, document, paper, thermal)."""
    (w_lo, w_hi), (s_lo, s_hi) = STYLES[style]
    width, size = rng.randint(w_lo, w_hi), rng.randint(s_lo, s_hi)
    dark = style == "screen" and rng.random() < 0.3
    if dark:
        bg, fg, grey = (18, 20, 24), (236, 236, 236), (160, 160, 168)
    elif style == "thermal":
        shade = rng.randint(236, 250)
        bg, fg, grey = (shade, shade, shade - 6), (35, 35, 40), (90, 90, 95)
    else:
        bg, fg, grey = (255, 255, 255), (22, 22, 26), (105, 105, 112)
    accent = rng.choice(ACCENTS)
    tones = {"fg": fg, "grey": grey, "accent": accent}
    margin = max(18, width // 18)
    heights = [_row_height(r, size) for r in rows]
    img = Image.new("RGB", (width, sum(heights) + 2 * margin), bg)
    draw = ImageDraw.Draw(img)
    if style == "document":
        draw.rectangle(
            (margin // 2, margin // 2, width - margin // 2, img.height - margin // 2), outline=grey
        )
    y = margin
    for row, h in zip(rows, heights, strict=True):
        _draw_row(draw, row, y, h, width=width, margin=margin, size=size, font=font, tones=tones, bg=bg)
        y += h
    return img


def _fit(
    draw: ImageDraw.ImageDraw, text: str, font: str, size: int, bold: bool, room: float
) -> ImageFont.FreeTypeFont:
    """The largest face up to ``size`` in which ``text`` fits ``room`` pixels."""
    while size > 9 and draw.textlength(text, font=font_file(font, size, bold)) > room:
        size -= 1
    return font_file(font, size, bold)


def _draw_row(
    draw: ImageDraw.ImageDraw,
    row: tuple,
    y: int,
    h: int,
    *,
    width: int,
    margin: int,
    size: int,
    font: str,
    tones: dict,
    bg: tuple,
) -> None:
    kind, room = row[0], width - 2 * margin
    if kind == "text":
        _, content, scale, align, tone, bold = row
        face = _fit(draw, content, font, round(size * scale), bold, room)
        length = draw.textlength(content, font=face)
        x = {"l": margin, "c": (width - length) / 2, "r": width - margin - length}[align]
        draw.text((x, y), content, font=face, fill=tones[tone])
    elif kind == "kv":
        _, label, value, scale = row
        fv = _fit(draw, value, font, round(size * scale), True, room * 0.55)
        fl = _fit(
            draw, label, font, round(size * scale), False, room - draw.textlength(value, font=fv) - size
        )
        draw.text((margin, y), label, font=fl, fill=tones["fg"])
        draw.text((width - margin - draw.textlength(value, font=fv), y), value, font=fv, fill=tones["fg"])
    elif kind == "stack":
        draw.text(
            (margin, y),
            row[1],
            font=_fit(draw, row[1], font, round(size * 0.8), False, room),
            fill=tones["grey"],
        )
        draw.text(
            (margin, y + round(size * 1.2)),
            row[2],
            font=_fit(draw, row[2], font, size, True, room),
            fill=tones["fg"],
        )
    elif kind == "rule":
        mid = y + h // 2
        if row[1]:
            for x in range(margin, width - margin, 12):
                draw.line((x, mid, min(x + 6, width - margin), mid), fill=tones["grey"], width=1)
        else:
            draw.line((margin, mid, width - margin, mid), fill=tones["grey"], width=1)
    elif kind == "band":
        draw.rectangle((0, y, width, y + h - round(size * 0.4)), fill=tones["accent"])
        face = _fit(draw, row[1], font, round(size * 1.2), True, room)
        draw.text((margin, y + round(size * 0.7)), row[1], font=face, fill=(255, 255, 255))
    elif kind == "badge":
        colour = {"success": (30, 140, 70), "failed": (190, 40, 40), "pending": (215, 140, 0)}.get(
            row[2], tones["accent"]
        )
        face = font_file(font, round(size * 1.05), True)
        length = draw.textlength(row[1], font=face)
        x0 = (width - length) / 2 - size
        draw.rounded_rectangle((x0, y + 4, x0 + length + 2 * size, y + h - 6), radius=size // 2, fill=colour)
        draw.text(((width - length) / 2, y + round(size * 0.5)), row[1], font=face, fill=(255, 255, 255))
    elif kind == "cols":
        _, cells, fractions, bold = row
        xs = [margin + f * room for f in fractions] + [width - margin]
        fsize = round(size * 0.9)
        # shrink the row until every cell ends before the next one starts (no overprinted columns)
        while fsize > 9 and any(
            draw.textlength(t, font=font_file(font, fsize, bold)) > xs[i + 1] - xs[i] - size * 0.4
            for i, t in enumerate(cells)
        ):
            fsize -= 1
        for cell, x in zip(cells, xs, strict=False):
            draw.text((x, y), cell, font=font_file(font, fsize, bold), fill=tones["fg"])


# ---------------------------------------------------------------- degrading

DEGRADATIONS = ("blur", "rotate", "perspective", "contrast", "noise", "light", "screen")


def degrade(
    img: Image.Image, rng: random.Random, *, screen_like: bool
) -> tuple[Image.Image, dict[str, float]]:
    """One to three of blur, rotation, perspective, low contrast, noise, uneven light, a photo of a screen; JPEG."""
    pool = [d for d in DEGRADATIONS if d != "screen"]
    chosen = rng.sample(pool, rng.randint(1, 3))
    if (screen_like and rng.random() < 0.6) or rng.random() < 0.1:
        chosen = [*chosen[:2], "screen"]
    out = img.convert("RGB")
    params: dict[str, float] = {}
    for kind in chosen:
        out, params[kind] = _apply(kind, out, rng)
    quality = rng.randint(20, 60)
    params["jpeg"] = quality
    buffer = io.BytesIO()
    out.save(buffer, format="JPEG", quality=quality)
    buffer.seek(0)
    return Image.open(buffer).convert("RGB"), params


def _apply(kind: str, out: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    corner = out.getpixel((1, 1))
    if kind == "blur":
        v = round(rng.uniform(0.5, 1.4), 3)
        return out.filter(ImageFilter.GaussianBlur(v)), v
    if kind == "rotate":
        v = round(rng.uniform(0.8, 6.0) * rng.choice([-1, 1]), 3)
        return out.rotate(v, resample=Image.BICUBIC, expand=True, fillcolor=corner), v
    if kind == "perspective":
        v = round(rng.uniform(0.015, 0.05), 3)
        w, h = out.size
        d = v * w
        quad = (
            rng.uniform(0, d),
            rng.uniform(0, d),
            rng.uniform(0, d),
            h - rng.uniform(0, d),
            w - rng.uniform(0, d),
            h - rng.uniform(0, d),
            w - rng.uniform(0, d),
            rng.uniform(0, d),
        )
        return out.transform(out.size, Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=corner), v
    if kind == "contrast":
        v = round(rng.uniform(0.35, 0.65), 3)
        return ImageEnhance.Contrast(out).enhance(v), v
    arr = np.asarray(out, dtype=np.float32)
    h, w = arr.shape[:2]
    if kind == "noise":
        v = round(rng.uniform(4, 14), 3)
        arr = arr + np.random.default_rng(rng.randint(0, 2**31)).normal(0, v, arr.shape)
        return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)), v
    if kind == "light":
        v = round(rng.uniform(0.2, 0.5), 3)
        gx = np.linspace(-1, 1, w)[None, :] * rng.uniform(-1, 1)
        gy = np.linspace(-1, 1, h)[:, None] * rng.uniform(-1, 1)
        shade = 1.0 - v * (0.5 + 0.5 * np.clip(gx + gy, -1, 1))
        return Image.fromarray(np.clip(arr * shade[..., None], 0, 255).astype(np.uint8)), v
    # a phone photo of a monitor: moiré stripes, a grey-blue cast, slight softening
    v = round(rng.uniform(0.04, 0.11), 3)
    yy, xx = np.mgrid[0:h, 0:w]
    moire = (
        np.sin((xx * rng.uniform(0.6, 1.0) + yy * rng.uniform(0.2, 0.5)) * rng.uniform(0.8, 1.4)) * 255 * v
    )
    arr = arr * 0.82 + np.array([18, 22, 30], dtype=np.float32) + moire[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)), v
