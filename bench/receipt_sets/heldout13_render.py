"""Draw heldout13 receipts with PIL and degrade the copy a phone would capture."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont, ImageOps

FONT_DIR = "/usr/share/fonts/truetype"
# row kinds: ("c", text) centred, ("l", text) left, ("kv", label, value), ("big", text), ("rule",), ("gap",)
STYLE_LOOK = {
    "thermal": {"width": 470, "paper": (246, 244, 238), "ink": (35, 35, 40), "size": 17},
    "slip": {"width": 520, "paper": (252, 252, 250), "ink": (20, 20, 60), "size": 18},
    "screen": {"width": 460, "paper": (255, 255, 255), "ink": (30, 30, 30), "size": 20},
    "sms": {"width": 440, "paper": (236, 240, 236), "ink": (10, 10, 10), "size": 19},
}


def load_font(name: str, size: int) -> ImageFont.FreeTypeFont:
    """Open a font by its path under the system font folder."""
    return ImageFont.truetype(f"{FONT_DIR}/{name}", size)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, line = [], ""
    for word in text.split(" "):
        trial = f"{line} {word}".strip()
        if font.getlength(trial) <= width or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    return lines + [line] if line else lines


def render_rows(rows: list[tuple], style: str, font_name: str, accent: tuple[int, int, int]) -> Image.Image:
    """Lay the rows out top to bottom on the style's paper."""
    look = STYLE_LOOK[style]
    width, size = look["width"], look["size"]
    font, big = load_font(font_name, size), load_font(font_name, int(size * 1.6))
    margin, inner = 22, look["width"] - 44
    lines: list[tuple] = []
    if style == "screen":
        lines.append(("bar", None, 56))
    for row in rows:
        kind = row[0]
        if kind in ("c", "l"):
            for part in _wrap(row[1], font, inner - (24 if style == "sms" else 0)):
                lines.append((kind, part, size + 8))
        elif kind == "big" and big.getlength(row[1]) > inner:  # a long heading drops to body size
            lines += [("c", part, size + 8) for part in _wrap(row[1], font, inner)]
        elif kind == "big":
            lines.append(("big", row[1], int(size * 1.6) + 12))
        elif kind == "kv":
            lines.append(("kv", (row[1], row[2]), size + 8))
        elif kind == "rule":
            lines.append(("rule", None, 12))
        else:
            lines.append(("gap", None, size // 2 + 4))
    height = sum(h for _, _, h in lines) + 2 * margin
    image = Image.new("RGB", (width, height), look["paper"])
    draw = ImageDraw.Draw(image)
    ink = look["ink"]
    if style == "sms":
        draw.rounded_rectangle((margin - 8, margin - 8, width - margin + 8, height - margin + 8), 16,
                               fill=(255, 255, 255), outline=(190, 200, 190))
    y = margin
    for kind, text, h in lines:
        if kind == "bar":
            draw.rectangle((0, 0, width, 48), fill=accent)
        elif kind == "c":
            draw.text(((width - font.getlength(text)) / 2, y), text, font=font, fill=ink)
        elif kind == "l":
            draw.text((margin + (6 if style == "sms" else 0), y), text, font=font, fill=ink)
        elif kind == "big":
            draw.text(((width - big.getlength(text)) / 2, y), text, font=big, fill=accent if style == "screen" else ink)
        elif kind == "kv":
            label, value = text
            draw.text((margin, y), label, font=font, fill=ink)
            draw.text((width - margin - font.getlength(value), y), value, font=font, fill=ink)
        elif kind == "rule":
            step = 8 if style == "thermal" else width
            for x in range(margin, width - margin, step):
                draw.line((x, y + 5, min(x + (4 if step == 8 else width), width - margin), y + 5), fill=ink)
        y += h
    return image


def _perspective(image: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    # a table border first, so pulling the corners in never cuts the printed text
    image = ImageOps.expand(image, int(max(image.size) * strength) + 6, fill=(120, 118, 110))
    w, h = image.size
    d = [rng.uniform(0, strength) * s for s in (w, h, w, h, w, h, w, h)]
    quad = (d[0], d[1], d[2], h - d[3], w - d[4], h - d[5], w - d[6], d[7])
    return image.transform((w, h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=(120, 118, 110))


def _uneven_light(image: Image.Image, rng: random.Random) -> Image.Image:
    w, h = image.size
    shade = Image.linear_gradient("L").resize((w, h)).rotate(rng.choice([0, 90, 180, 270]), expand=False)
    depth = rng.uniform(0.35, 0.6)
    shade = shade.point(lambda v: int(255 - v * depth))
    dark = Image.new("RGB", (w, h), (30, 30, 30))
    return Image.composite(image, dark, shade.resize((w, h)))


def _noise(image: Image.Image, rng: random.Random) -> Image.Image:
    grain = Image.effect_noise(image.size, rng.uniform(18, 40)).convert("RGB")
    return Image.blend(image, grain, rng.uniform(0.12, 0.25))


def _screen_photo(image: Image.Image, rng: random.Random) -> Image.Image:
    w, h = image.size
    # a phone held over another phone's screen: pixel grid, glare, slight keystone
    grid = Image.new("L", (w, h), 255)
    draw = ImageDraw.Draw(grid)
    pitch = rng.choice([3, 4, 5])
    for y in range(0, h, pitch):
        draw.line((0, y, w, y), fill=int(rng.uniform(190, 225)))
    shot = Image.composite(image, Image.new("RGB", (w, h), (0, 0, 0)), grid)
    shot = ImageEnhance.Brightness(shot).enhance(rng.uniform(1.05, 1.25))
    shot = _perspective(shot, rng, 0.035)
    return shot.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.1)))


def _blur(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    radius = round(rng.uniform(0.6, 1.6), 2)
    return image.filter(ImageFilter.GaussianBlur(radius)), radius


def _rotate(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    angle = round(rng.uniform(-6, 6), 2)
    return image.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=(120, 118, 110)), angle


def _keystone(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    strength = round(rng.uniform(0.02, 0.06), 3)
    return _perspective(image, rng, strength), strength


def _flatten(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    factor = round(rng.uniform(0.45, 0.7), 2)
    return ImageEnhance.Contrast(image).enhance(factor), factor


# each camera fault returns the image and the strength recorded in the receipt's params
FAULTS = {
    "blur": _blur,
    "rotate": _rotate,
    "perspective": _keystone,
    "low_contrast": _flatten,
    "noise": lambda image, rng: (_noise(image, rng), 1.0),
    "uneven_light": lambda image, rng: (_uneven_light(image, rng), 1.0),
}


def degrade(clean: Image.Image, rng: random.Random, screen: bool) -> tuple[Image.Image, dict[str, float]]:
    """Apply one to three camera faults (a screen is always photographed as a screen), then JPEG."""
    image, params = clean.copy(), {}
    if screen:
        image = _screen_photo(image, rng)
        params["screen_like"] = 1.0
    for fault in rng.sample(sorted(FAULTS), rng.randint(1, 2 if screen else 3)):
        image, params[fault] = FAULTS[fault](image, rng)
    params["jpeg_quality"] = float(rng.randint(20, 60))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=int(params["jpeg_quality"]))
    buffer.seek(0)
    return Image.open(buffer).convert("RGB"), params
