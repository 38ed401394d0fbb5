"""Draw heldout14 receipts from rows of text, and make their degraded copies (a photo or a screen shot).

``family_set`` draws a whole set from its families; heldout15 to heldout18 draw theirs with it too.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_eval_set import EvalReceipt

FONT_DIR = "/usr/share/fonts/truetype"
# the Debian package that installs each font folder (all in the Makefile's APT_PACKAGES)
FONT_PACKAGES = {
    "dejavu": "fonts-dejavu-core",
    "liberation": "fonts-liberation",
    "liberation2": "fonts-liberation2",
    "freefont": "fonts-freefont-ttf",
    "noto": "fonts-noto-core / fonts-noto-mono",
}
# A row is (kind, *texts): "title"/"big"/"center" are centred, "left" and "right" aligned, "pair" is a label
# on the left with its value on the right, "rule" a dashed line and "gap" an empty line.
SCALE = {"title": 1.35, "big": 1.8, "center": 1.0, "left": 1.0, "right": 1.0, "pair": 1.0, "small": 0.8}


def check_fonts(split: str, families: list[Family]) -> None:
    """Stop with the missing files and their packages if any face of the set is not installed: a set drawn in
    whatever face happened to be there instead would not be ``split``."""
    faces = sorted({font for _, _, fonts in families for font in fonts})
    missing = [font for font in faces if not Path(FONT_DIR, font).is_file()]
    if missing:
        lines = [f"  {FONT_DIR}/{font} ({FONT_PACKAGES[font.split('/')[0]]})" for font in missing]
        raise FileNotFoundError(
            f"{split} draws its receipts in faces this machine lacks; install them (make system-deps):\n"
            + "\n".join(lines)
        )


def load_font(font: str, size: int) -> ImageFont.FreeTypeFont:
    """The TrueType face ``font`` (a path under FONT_DIR) at ``size`` pixels."""
    return ImageFont.truetype(f"{FONT_DIR}/{font}", size)


def render(rows: list[tuple], font: str, style: dict) -> Image.Image:
    """Draw ``rows`` on a page (paper or a phone screen) in ``font`` with the colours in ``style``."""
    width, size, margin = style.get("width", 620), style.get("size", 22), 34
    faces = {kind: load_font(font, int(size * scale)) for kind, scale in SCALE.items()}
    line = int(size * 1.55)
    height = margin * 2 + sum(
        int(line * (SCALE.get(row[0], 1.0) if row[0] != "pair" else 1.0))
        * (2 if row[0] == "pair" and _too_wide(faces["pair"], row, width - 2 * margin) else 1)
        for row in rows
    )
    page = Image.new(
        "RGB", (width, max(height, style.get("min_height", 0))), style.get("paper", (252, 251, 246))
    )
    draw = ImageDraw.Draw(page)
    if style.get("band"):
        draw.rectangle((0, 0, width, margin + int(line * 2.6)), fill=style["band"])
    ink, accent = style.get("ink", (25, 25, 30)), style.get("accent", style.get("ink", (25, 25, 30)))
    y = margin
    for row in rows:
        kind = row[0]
        face = faces.get(kind, faces["left"])
        step = int(line * SCALE.get(kind, 1.0)) if kind != "pair" else line
        colour = accent if kind in ("title", "big") else ink
        if style.get("band") and y < margin + line * 2.4:
            colour = style.get("band_ink", (255, 255, 255))
        if kind == "rule":
            for x in range(margin, width - margin, 12):
                draw.line((x, y + step // 2, x + 6, y + step // 2), fill=ink, width=1)
        elif kind in ("title", "big", "center", "small"):
            text_width = draw.textlength(row[1], font=face)
            draw.text(((width - text_width) / 2, y), row[1], font=face, fill=colour)
        elif kind == "left":
            draw.text((margin, y), row[1], font=face, fill=colour)
        elif kind == "right":
            draw.text(
                (width - margin - draw.textlength(row[1], font=face), y), row[1], font=face, fill=colour
            )
        elif kind == "pair":
            label, value = row[1], row[2]
            draw.text((margin, y), label, font=face, fill=style.get("label_ink", ink))
            if _too_wide(face, row, width - 2 * margin):
                y += step
            draw.text((width - margin - draw.textlength(value, font=face), y), value, font=face, fill=ink)
        y += step
    return page


def _too_wide(face: ImageFont.FreeTypeFont, row: tuple, room: int) -> bool:
    return row[0] == "pair" and face.getlength(row[1]) + face.getlength(row[2]) + 24 > room


# ---------------------------------------------------------------- degradation


def _blur(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    radius = rng.uniform(0.6, 1.8)
    return image.filter(ImageFilter.GaussianBlur(radius)), radius


def _rotate(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    angle = rng.uniform(-6, 6)
    return image.rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(120, 118, 112)), angle


def _perspective(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    width, height = image.size
    pad = int(0.06 * max(width, height))
    framed = Image.new("RGB", (width + 2 * pad, height + 2 * pad), (110, 105, 100))
    framed.paste(image, (pad, pad))
    w, h = framed.size
    skew = rng.uniform(0.02, 0.06)
    # PIL's QUAD takes the source corners in the order upper-left, lower-left, lower-right, upper-right
    corners = [
        (rng.uniform(0, skew) * w, rng.uniform(0, skew) * h),
        (rng.uniform(0, skew) * w, h - rng.uniform(0, skew) * h),
        (w - rng.uniform(0, skew) * w, h - rng.uniform(0, skew) * h),
        (w - rng.uniform(0, skew) * w, rng.uniform(0, skew) * h),
    ]
    quad = [coordinate for corner in corners for coordinate in corner]
    return framed.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC), skew


def _low_contrast(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    factor = rng.uniform(0.45, 0.7)
    return ImageEnhance.Contrast(image).enhance(factor), factor


def _noise(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    sigma = rng.uniform(6, 18)
    pixels = np.asarray(image, dtype=np.float32)
    grain = np.random.default_rng(rng.randrange(2**32)).normal(0, sigma, pixels.shape[:2])[..., None]
    return Image.fromarray(np.clip(pixels + grain, 0, 255).astype(np.uint8)), sigma


def _uneven_light(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    width, height = image.size
    depth = rng.uniform(0.25, 0.5)
    cx, cy = rng.uniform(0, width), rng.uniform(0, height)
    ys, xs = np.mgrid[0:height, 0:width]
    distance = np.hypot(xs - cx, ys - cy) / np.hypot(width, height)
    light = 1.0 - depth * np.clip(distance, 0, 1)
    pixels = np.asarray(image, dtype=np.float32) * light[..., None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), depth


def _screen_photo(image: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    """A phone photo of a screen: pixel grid, moiré stripes, a colour cast and a bright glare patch."""
    width, height = image.size
    period = rng.uniform(3.0, 5.5)
    ys, xs = np.mgrid[0:height, 0:width]
    angle = rng.uniform(-0.4, 0.4)
    moire = 1.0 - 0.09 * (0.5 + 0.5 * np.sin((xs * np.cos(angle) + ys * np.sin(angle)) * 2 * np.pi / period))
    pixels = np.asarray(image, dtype=np.float32) * moire[..., None]
    pixels *= np.array([rng.uniform(0.9, 1.0), rng.uniform(0.93, 1.0), rng.uniform(0.95, 1.05)])
    gx, gy = rng.uniform(0, width), rng.uniform(0, height * 0.6)
    glare = 60 * np.exp(-(((xs - gx) / (width * 0.3)) ** 2 + ((ys - gy) / (height * 0.15)) ** 2))
    pixels += glare[..., None]
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8)), period


STEPS = {
    "blur": _blur, "rotate": _rotate, "perspective": _perspective, "low_contrast": _low_contrast,
    "noise": _noise, "uneven_light": _uneven_light,
}
ORDER = ["screen_photo", "perspective", "rotate", "uneven_light", "low_contrast", "blur", "noise"]


def degrade(image: Image.Image, rng: random.Random, screen: bool) -> tuple[Image.Image, dict[str, float]]:
    """One to three degradations (a screen is always photographed off the display), then JPEG q20–60."""
    names = rng.sample(sorted(STEPS), rng.randint(0, 2) if screen else rng.randint(1, 3))
    if screen:
        names.append("screen_photo")
    params: dict[str, float] = {}
    for name in sorted(names, key=ORDER.index):
        step = _screen_photo if name == "screen_photo" else STEPS[name]
        image, params[name] = step(image, rng)
    quality = rng.randint(20, 60)
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    params["jpeg_quality"] = float(quality)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), params


# a layout family: its name, the builder of one receipt's rows, truth and style from a seed and a font, its fonts
Family = tuple[str, Callable[[random.Random, str], tuple[list, dict, dict]], list[str]]


def family_set(split: str, families: list[Family], n: int, *,
               draw: Callable[[list, str, dict], Image.Image] = render) -> list[EvalReceipt]:
    """The first ``n`` receipts of a set: receipt ``i`` of the family at its position (96 make eight of each of
    twelve), everything else from its own seed ``<split>-<i>``; each page drawn by ``draw`` (a set's own, which
    draws this module's page and then its frame, photo or marks)."""
    receipts = []
    for index in range(n):
        rng = random.Random(f"{split}-{index}")
        family, build, fonts = families[index % len(families)]
        font = rng.choice(fonts)
        rows, truth, style = build(rng, font)
        clean = draw(rows, font, style)
        degraded, params = degrade(clean, rng, screen=style.get("screen", False))
        receipts.append(EvalReceipt(split, index, family, font, ReceiptTruth(**truth), clean, degraded, params,
                                    meta={"style": style}))
    return receipts
