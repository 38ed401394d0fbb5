"""Drawing and degrading for the heldout12 receipts: rows onto paper or an app screen, then a worse copy."""

from __future__ import annotations

import io
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

FONT_DIR = "/usr/share/fonts/truetype"
FONT_FILES = {
    "DejaVuSans": ("dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf"),
    "DejaVuSansMono": ("dejavu/DejaVuSansMono.ttf", "dejavu/DejaVuSansMono-Bold.ttf"),
    "DejaVuSerif": ("dejavu/DejaVuSerif.ttf", "dejavu/DejaVuSerif-Bold.ttf"),
    "DejaVuSansCondensed": ("dejavu/DejaVuSansCondensed.ttf", "dejavu/DejaVuSansCondensed-Bold.ttf"),
    "LiberationSans": ("liberation/LiberationSans-Regular.ttf", "liberation/LiberationSans-Bold.ttf"),
    "LiberationSerif": ("liberation/LiberationSerif-Regular.ttf", "liberation/LiberationSerif-Bold.ttf"),
    "LiberationMono": ("liberation/LiberationMono-Regular.ttf", "liberation/LiberationMono-Bold.ttf"),
    "LiberationSansNarrow": ("liberation/LiberationSansNarrow-Regular.ttf",
                             "liberation/LiberationSansNarrow-Bold.ttf"),
    "FreeSans": ("freefont/FreeSans.ttf", "freefont/FreeSansBold.ttf"),
    "FreeSerif": ("freefont/FreeSerif.ttf", "freefont/FreeSerifBold.ttf"),
    "FreeMono": ("freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf"),
    "NotoSans": ("noto/NotoSans-Regular.ttf", "noto/NotoSans-Bold.ttf"),
    "NotoSerif": ("noto/NotoSerif-Regular.ttf", "noto/NotoSerif-Bold.ttf"),
    "NotoSansMono": ("noto/NotoSansMono-Regular.ttf", "noto/NotoSansMono-Bold.ttf"),
}
# fonts that carry ₺ and ₹ as well as € £ ₦ ₫
WIDE_FONTS = ["DejaVuSans", "DejaVuSerif", "DejaVuSansMono", "NotoSans", "NotoSerif", "NotoSansMono"]
SANS_FONTS = ["LiberationSans", "FreeSans", "NotoSans", "DejaVuSans", "LiberationSansNarrow", "DejaVuSansCondensed"]
MONO_FONTS = ["LiberationMono", "FreeMono", "DejaVuSansMono", "NotoSansMono"]
SERIF_FONTS = ["LiberationSerif", "FreeSerif", "DejaVuSerif", "NotoSerif"]

PAPER = {"kind": "paper", "bg": (255, 255, 255)}
SIZES = {"title": 26, "big": 34, "center": 17, "text": 17, "kv": 17, "small": 13, "stamp": 30}


@lru_cache(maxsize=128)
def load_font(name: str, size: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    """A TrueType font by family name (bold falls back to regular when the file is missing)."""
    regular, heavy = FONT_FILES[name]
    try:
        return ImageFont.truetype(f"{FONT_DIR}/{heavy if bold else regular}", size)
    except OSError:
        return ImageFont.truetype(f"{FONT_DIR}/{regular}", size)


def _text_width(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont) -> int:
    return int(draw.textlength(text, font=font))


def render(rows: list[tuple], style: dict, font: str) -> Image.Image:
    """Draw ``rows`` (title, center, text, kv, big, small, stamp, rule, gap) on paper or a screen."""
    screen = style.get("kind") == "screen"
    width = style.get("width", 430 if screen else 520)
    bg, fg = style.get("bg", (255, 255, 255)), style.get("fg", (20, 20, 20))
    accent = style.get("accent", fg)
    margin = 26
    canvas = Image.new("RGB", (width, 2400), bg)
    draw = ImageDraw.Draw(canvas)
    y = 16
    if screen:  # a status bar and a coloured app header, as a phone screenshot has
        status_font = load_font(font, 13)
        draw.text((margin, 6), style.get("clock", "9:41"), fill=fg, font=status_font)
        draw.text((width - margin - 44, 6), "5G 82%", fill=fg, font=status_font)
        draw.rectangle((0, 28, width, 84), fill=accent)
        draw.text((margin, 42), style.get("header", ""), fill=(255, 255, 255), font=load_font(font, 22, True))
        y = 100
    for row in rows:
        kind = row[0]
        if kind == "gap":
            y += 12
            continue
        if kind == "rule":
            dash = "- " * 80 if not screen else None
            if dash:
                draw.text((margin, y), dash, fill=fg, font=load_font(font, 12))
            else:
                draw.line((margin, y + 6, width - margin, y + 6), fill=(200, 200, 205), width=1)
            y += 18
            continue
        size = SIZES[kind]
        bold = kind in ("title", "big", "stamp") or (len(row) > 3 and row[3] == "bold")
        face = load_font(font, size, bold)
        colour = accent if kind in ("big", "stamp") and screen else fg
        if kind == "stamp":
            colour = row[2] if len(row) > 2 else (170, 30, 30)
        if kind == "kv":
            label, value = row[1], row[2]
            label_w, value_w = _text_width(draw, label, face), _text_width(draw, value, face)
            if label_w + value_w + 20 > width - 2 * margin:  # too long for one line: value below
                draw.text((margin, y), label, fill=fg, font=face)
                y += size + 6
            else:
                draw.text((margin, y), label, fill=(110, 110, 115) if screen else fg, font=face)
            draw.text((width - margin - value_w, y), value, fill=fg, font=face)
            y += size + 9
            continue
        text = row[1]
        text_w = _text_width(draw, text, face)
        while text_w > width - 2 * margin and size > 10:  # shrink a line that does not fit
            size -= 1
            face = load_font(font, size, bold)
            text_w = _text_width(draw, text, face)
        x = margin if kind in ("text", "small") else (width - text_w) // 2
        if kind == "stamp":
            draw.rectangle((x - 8, y - 4, x + text_w + 8, y + size + 8), outline=colour, width=3)
        draw.text((x, y), text, fill=colour, font=face)
        y += size + (14 if kind in ("title", "big", "stamp") else 9)
    return canvas.crop((0, 0, width, y + 24))


def degrade(image: Image.Image, rng: random.Random, screen: bool) -> tuple[Image.Image, dict[str, float]]:
    """One to three of blur, rotation, perspective, low contrast, noise, uneven light, screen photo; then JPEG."""
    params: dict[str, float] = {}
    steps = ["blur", "rotate", "perspective", "contrast", "noise", "light"]
    chosen = rng.sample(steps, rng.randint(1, 3))
    if screen:  # a screen is photographed or shared as is
        chosen = ["screen_photo"] + chosen[:2]
    out = image.convert("RGB")
    for step in chosen:
        if step == "screen_photo":
            out = _screen_photo(out, rng)
            params["screen_photo"] = 1.0
        elif step == "blur":
            radius = rng.uniform(0.6, 1.8)
            out = out.filter(ImageFilter.GaussianBlur(radius))
            params["blur"] = round(radius, 2)
        elif step == "rotate":
            angle = rng.uniform(-6, 6)
            out = out.rotate(angle, expand=True, fillcolor=(120, 118, 112), resample=Image.BICUBIC)
            params["rotate"] = round(angle, 2)
        elif step == "perspective":
            out, amount = _perspective(out, rng)
            params["perspective"] = round(amount, 3)
        elif step == "contrast":
            factor = rng.uniform(0.35, 0.65)
            out = ImageEnhance.Contrast(out).enhance(factor)
            params["contrast"] = round(factor, 2)
        elif step == "noise":
            sigma = rng.uniform(8, 22)
            out = _noise(out, rng, sigma)
            params["noise"] = round(sigma, 1)
        elif step == "light":
            out, strength = _uneven_light(out, rng)
            params["light"] = round(strength, 2)
    quality = rng.randint(20, 60)
    buffer = io.BytesIO()
    out.save(buffer, "JPEG", quality=quality)
    params["jpeg"] = float(quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), params


def _perspective(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    w, h = image.size
    amount = rng.uniform(0.02, 0.07)
    dx, dy = w * amount, h * amount * 0.5
    corners = [(rng.uniform(0, dx), rng.uniform(0, dy)), (w - rng.uniform(0, dx), rng.uniform(0, dy)),
               (w - rng.uniform(0, dx), h - rng.uniform(0, dy)), (rng.uniform(0, dx), h - rng.uniform(0, dy))]
    coeffs = _perspective_coeffs([(0, 0), (w, 0), (w, h), (0, h)], corners)
    return image.transform((w, h), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=(120, 118, 112)), amount


def _perspective_coeffs(target: list[tuple[float, float]], source: list[tuple[float, float]]) -> list[float]:
    """The eight coefficients PIL wants for a map from ``target`` corners to ``source`` corners."""
    import numpy as np  # only the perspective step needs it

    matrix = []
    for (x, y), (u, v) in zip(target, source):
        matrix.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        matrix.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    solution = np.linalg.solve(np.array(matrix, dtype=float), np.array(source, dtype=float).reshape(8))
    return [float(c) for c in solution]


def _noise(image: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    import numpy as np

    pixels = np.asarray(image, dtype=np.float32)
    grain = np.random.default_rng(rng.randint(0, 2**31)).normal(0, sigma, pixels.shape)
    return Image.fromarray(np.clip(pixels + grain, 0, 255).astype("uint8"))


def _uneven_light(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    import numpy as np

    w, h = image.size
    strength = rng.uniform(0.3, 0.6)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    yy, xx = np.mgrid[0:h, 0:w]
    distance = np.hypot(xx - cx, yy - cy) / max(w, h)
    shade = 1.0 - strength * np.clip(distance, 0, 1)
    pixels = np.asarray(image, dtype=np.float32) * shade[..., None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype("uint8")), strength


def _screen_photo(image: Image.Image, rng: random.Random) -> Image.Image:
    """A phone screen photographed: dark bezel, a faint pixel grid, a glare band, softened."""
    import numpy as np

    w, h = image.size
    bezel = Image.new("RGB", (w + 60, h + 90), (18, 18, 22))
    bezel.paste(image, (30, 45))
    pixels = np.asarray(bezel, dtype=np.float32)
    pixels[::3, :, :] *= rng.uniform(0.82, 0.92)  # scan lines of the display
    glare_x = rng.randint(0, w)
    pixels[:, max(0, glare_x - 40):glare_x + 40, :] += rng.uniform(18, 40)
    out = Image.fromarray(np.clip(pixels, 0, 255).astype("uint8"))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0)))
