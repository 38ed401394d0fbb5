"""``heldout9``'s degraded copies: one to three of the ways a receipt reaches us as a poor photo or scan."""

from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageEnhance, ImageFilter

from bench.receipt_eval_set import jpeg_roundtrip


def _pad(img: Image.Image, px: int, fill: tuple = (92, 88, 80)) -> Image.Image:
    out = Image.new("RGB", (img.width + 2 * px, img.height + 2 * px), fill)
    out.paste(img, (px, px))
    return out


def _blur(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    r = round(rng.uniform(0.7, 1.6), 2)
    return img.filter(ImageFilter.GaussianBlur(r)), r


def _rotate(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    a = round(rng.uniform(-6, 6), 2)
    return img.rotate(a, expand=True, fillcolor=(96, 92, 86), resample=Image.BICUBIC), a


def _perspective(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    img = _pad(img, 30)
    w, h = img.size
    k = rng.uniform(0.03, 0.08)
    dx, dy = w * k, h * k * 0.5
    # quad corners in the source for the output's corners (UL, LL, LR, UR)
    quad = (rng.uniform(0, dx), rng.uniform(0, dy), rng.uniform(0, dx), h - rng.uniform(0, dy),
            w - rng.uniform(0, dx), h - rng.uniform(0, dy), w - rng.uniform(0, dx), rng.uniform(0, dy))
    return img.transform((w, h), Image.QUAD, quad, resample=Image.BICUBIC, fillcolor=(96, 92, 86)), round(k, 3)


def _low_contrast(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    c = round(rng.uniform(0.45, 0.7), 2)
    return ImageEnhance.Brightness(ImageEnhance.Contrast(img).enhance(c)).enhance(rng.uniform(1.0, 1.12)), c


def _noise(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    sigma = round(rng.uniform(6, 16), 1)
    a = np.asarray(img, dtype=np.float32)
    a = a + np.random.default_rng(rng.randrange(2**32)).normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), sigma


def _uneven_light(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    d = np.sqrt(((xx - cx) / w) ** 2 + ((yy - cy) / h) ** 2)
    depth = round(rng.uniform(0.3, 0.5), 2)
    gain = 1.0 - depth * np.clip(d / 1.2, 0, 1)
    a = np.asarray(img, dtype=np.float32) * gain[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), depth


def _crumpled(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    """Paper folded in thirds and crumpled: fold lines and soft creases shading the page."""
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shade = np.ones((h, w), np.float32)
    for k in (1, 2):
        fy = h * k / 3 + rng.uniform(-h * 0.04, h * 0.04)
        shade -= 0.32 * np.exp(-((yy - fy) / 6.0) ** 2)
        shade += 0.08 * np.tanh((yy - fy) / 40.0) * (1 if k == 1 else -1)
    for _ in range(4):  # broad wrinkles: slow waves of light and shade across the sheet
        ang = rng.uniform(0, math.pi)
        wave = (xx * math.cos(ang) + yy * math.sin(ang)) * 2 * math.pi / rng.uniform(120, 320)
        shade += 0.05 * np.sin(wave + rng.uniform(0, 2 * math.pi))
    n = rng.randint(6, 11)
    for _ in range(n):
        ang = rng.uniform(0, math.pi)
        off = rng.uniform(-0.5, 0.5) * (w + h)
        dist = (xx - w / 2) * math.cos(ang) + (yy - h / 2) * math.sin(ang) - off
        shade -= rng.uniform(0.08, 0.17) * np.exp(-(dist / rng.uniform(3, 9)) ** 2)
    a = np.asarray(img, dtype=np.float32) * np.clip(shade, 0.55, 1.1)[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)), float(n)


def _screen_photo(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    """A phone photo of a monitor: a colour cast, faint moiré bands, a soft glare, slight blur."""
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    period = rng.uniform(5, 9)
    moire = 1.0 - 0.07 * (0.5 + 0.5 * np.sin((xx * 0.35 + yy) * 2 * math.pi / period))
    glare = 0.18 * np.exp(-(((xx - rng.uniform(0, w)) / (0.4 * w)) ** 2 + ((yy - rng.uniform(0, h)) / (0.3 * h)) ** 2))
    tint = np.array([rng.uniform(0.86, 0.95), rng.uniform(0.93, 1.0), 1.0], np.float32)
    a = np.asarray(img, dtype=np.float32) * moire[..., None] * tint + 255 * glare[..., None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return _pad(out, 24, (18, 18, 22)), round(period, 2)


_OPS = {
    "blur": _blur,
    "rotation": _rotate,
    "perspective": _perspective,
    "low_contrast": _low_contrast,
    "noise": _noise,
    "uneven_light": _uneven_light,
    "crumpled": _crumpled,
    "screen_photo": _screen_photo,
}
# the order a photo's faults arise in: the paper or screen first, then the camera, then the file
_ORDER = ["crumpled", "screen_photo", "uneven_light", "low_contrast", "perspective", "rotation", "blur", "noise"]


def degrade(img: Image.Image, rng: random.Random, screen: bool) -> tuple[Image.Image, dict[str, float]]:
    """A degraded copy of ``img`` and what was done to it (JPEG always counts as one of the 1-3 faults)."""
    pool = [k for k in _ORDER if k != ("crumpled" if screen else "screen_photo")]
    if screen and rng.random() < 0.6:
        picks = ["screen_photo"] + rng.sample([k for k in pool if k != "screen_photo"], rng.randint(0, 1))
    else:
        picks = rng.sample(pool, rng.randint(0, 2))
    done: dict[str, float] = {}
    for name in _ORDER:
        if name in picks:
            img, v = _OPS[name](img, rng)
            done[name] = v
    q = rng.randint(20, 60)
    done["jpeg_quality"] = float(q)
    return jpeg_roundtrip(img, q), done
