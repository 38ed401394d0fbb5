"""Drawing and degrading the heldout10 receipts: rows of text on a slip, a page or a screen."""

from __future__ import annotations

import random

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from bench.receipt_eval_set import jpeg_roundtrip

_DIR = "/usr/share/fonts/truetype"
# name -> (regular, bold, has a rupee glyph)
FONTS: dict[str, tuple[str, str, bool]] = {
    "LiberationMono": (f"{_DIR}/liberation/LiberationMono-Regular.ttf",
                       f"{_DIR}/liberation/LiberationMono-Bold.ttf", False),
    "FreeMono": (f"{_DIR}/freefont/FreeMono.ttf", f"{_DIR}/freefont/FreeMonoBold.ttf", True),
    "DejaVuSansMono": (f"{_DIR}/dejavu/DejaVuSansMono.ttf", f"{_DIR}/dejavu/DejaVuSansMono-Bold.ttf", True),
    "NotoSansMono": (f"{_DIR}/noto/NotoSansMono-Regular.ttf", f"{_DIR}/noto/NotoSansMono-Bold.ttf", True),
    "LiberationSans": (f"{_DIR}/liberation/LiberationSans-Regular.ttf",
                       f"{_DIR}/liberation/LiberationSans-Bold.ttf", False),
    "LiberationSerif": (f"{_DIR}/liberation/LiberationSerif-Regular.ttf",
                        f"{_DIR}/liberation/LiberationSerif-Bold.ttf", False),
    "FreeSans": (f"{_DIR}/freefont/FreeSans.ttf", f"{_DIR}/freefont/FreeSansBold.ttf", True),
    "FreeSerif": (f"{_DIR}/freefont/FreeSerif.ttf", f"{_DIR}/freefont/FreeSerifBold.ttf", True),
    "NotoSans": (f"{_DIR}/noto/NotoSans-Regular.ttf", f"{_DIR}/noto/NotoSans-Bold.ttf", True),
    "NotoSerif": (f"{_DIR}/noto/NotoSerif-Regular.ttf", f"{_DIR}/noto/NotoSerif-Bold.ttf", True),
    "DejaVuSans": (f"{_DIR}/dejavu/DejaVuSans.ttf", f"{_DIR}/dejavu/DejaVuSans-Bold.ttf", True),
    "DejaVuSerifCondensed": (f"{_DIR}/dejavu/DejaVuSerifCondensed.ttf",
                             f"{_DIR}/dejavu/DejaVuSerifCondensed-Bold.ttf", True),
}
MONO = ["LiberationMono", "FreeMono", "DejaVuSansMono", "NotoSansMono"]
PROPORTIONAL = ["LiberationSans", "LiberationSerif", "FreeSans", "FreeSerif", "NotoSans", "NotoSerif",
                "DejaVuSans", "DejaVuSerifCondensed"]


def has_rupee(font: str) -> bool:
    return FONTS[font][2]


# A row: ("title", text) | ("c", text) | ("t", text) | ("kv", label, value) | ("KV", label, value)
# | ("rule",) | ("gap",) | ("banner", text)  -- "KV" is drawn bold, "banner" on the accent colour.
Row = tuple[str, ...]


def render(rows: list[Row], font: str, style: str, rng: random.Random) -> Image.Image:
    """Draw rows on a ``slip`` (narrow thermal paper), a ``page`` (A4-ish) or a ``screen`` (app)."""
    width = {"slip": rng.randint(400, 470), "page": rng.randint(680, 780), "screen": rng.randint(460, 540)}[style]
    size = {"slip": rng.randint(17, 19), "page": rng.randint(18, 21), "screen": rng.randint(19, 22)}[style]
    regular, bold, _ = FONTS[font]
    f = ImageFont.truetype(regular, size)
    fb = ImageFont.truetype(bold, size)
    ft = ImageFont.truetype(bold, size + 7)
    accent = rng.choice([(22, 64, 128), (120, 30, 40), (20, 100, 70), (60, 60, 60), (90, 40, 120)])
    paper = {"slip": (rng.randint(244, 252), rng.randint(242, 250), rng.randint(232, 244)),
             "page": (255, 255, 255), "screen": (rng.randint(246, 252),) * 3}[style]
    ink = (25, 25, 30) if style != "slip" else (40, 40, 48)
    pad = 26 if style != "page" else 48
    probe = ImageDraw.Draw(Image.new("RGB", (1, 1)))
    for row in rows:  # widen the paper until every row fits
        kind = row[0]
        if kind == "title":
            need = probe.textlength(row[1], font=ft)
        elif kind in ("kv", "KV"):
            use = fb if kind == "KV" else f
            need = probe.textlength(row[1], font=use) + probe.textlength(row[2], font=use) + size
        elif kind in ("c", "t", "banner"):
            need = probe.textlength(row[1], font=fb if kind == "banner" else f)
        else:
            continue
        width = max(width, int(need) + 2 * pad + 4)
    line = int(size * 1.45)
    heights = {"title": int((size + 7) * 1.6), "gap": line // 2, "rule": line // 2 + 4, "banner": line + 16}
    height = pad * 2 + sum(heights.get(r[0], line) for r in rows)
    img = Image.new("RGB", (width, height), paper)
    d = ImageDraw.Draw(img)
    y = pad
    for row in rows:
        kind = row[0]
        if kind == "title":
            w = d.textlength(row[1], font=ft)
            x = (width - w) / 2 if style != "page" else pad
            d.text((x, y), row[1], font=ft, fill=accent if style != "slip" else ink)
        elif kind == "banner":
            d.rectangle([0 if style == "screen" else pad, y, width - (0 if style == "screen" else pad), y + line + 10],
                        fill=accent)
            w = d.textlength(row[1], font=fb)
            d.text(((width - w) / 2, y + 6), row[1], font=fb, fill=(255, 255, 255))
        elif kind == "c":
            w = d.textlength(row[1], font=f)
            d.text(((width - w) / 2, y), row[1], font=f, fill=ink)
        elif kind == "t":
            d.text((pad, y), row[1], font=f, fill=ink)
        elif kind in ("kv", "KV"):
            use = fb if kind == "KV" else f
            d.text((pad, y), row[1], font=use, fill=ink if style != "screen" or kind == "KV" else (95, 95, 105))
            w = d.textlength(row[2], font=use)
            d.text((width - pad - w, y), row[2], font=use, fill=ink)
        elif kind == "rule":
            yy = y + heights["rule"] // 2
            if style == "slip":
                dash = max(d.textlength("-", font=f), 1.0)
                d.text((pad, yy - size // 2 - 2), "-" * int((width - 2 * pad) / dash), font=f, fill=ink)
            else:
                d.line([pad, yy, width - pad, yy], fill=(190, 190, 195), width=1)
        y += heights.get(kind, line)
    return img


# ---------------------------------------------------------------- degradations


def _perspective(img: Image.Image, rng: random.Random, amount: float) -> Image.Image:
    w, h = img.size
    dx, dy = w * amount, h * amount
    quad = (rng.uniform(0, dx), rng.uniform(0, dy), rng.uniform(0, dx), h - rng.uniform(0, dy),
            w - rng.uniform(0, dx), h - rng.uniform(0, dy), w - rng.uniform(0, dx), rng.uniform(0, dy))
    return img.transform((w, h), Image.Transform.QUAD, quad, Image.Resampling.BICUBIC, fillcolor=(120, 118, 112))


def _uneven_light(img: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    w, h = img.size
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    yy, xx = np.mgrid[0:h, 0:w]
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / max(w, h)
    gain = 1.0 - strength * np.clip(dist, 0, 1)
    arr = np.asarray(img, dtype=np.float32) * gain[..., None]
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _noise(img: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    arr = np.asarray(img, dtype=np.float32) + gen.normal(0, sigma, (img.size[1], img.size[0], 1))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def _screen_photo(img: Image.Image, rng: random.Random, strength: float) -> Image.Image:
    w, h = img.size
    period = rng.uniform(3.0, 5.5)
    yy, xx = np.mgrid[0:h, 0:w]
    moire = 1.0 - strength * 0.5 * (1 + np.sin((xx * 0.3 + yy) * 2 * np.pi / period))
    arr = np.asarray(img, dtype=np.float32) * moire[..., None]
    arr = arr * np.array([0.93, 0.98, 1.05], dtype=np.float32) + 8
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    return out.filter(ImageFilter.GaussianBlur(0.6))


_KINDS = ["blur", "rotate", "perspective", "contrast", "noise", "light", "screen"]


def degrade(img: Image.Image, rng: random.Random, screen_like: bool) -> tuple[Image.Image, dict[str, float]]:
    """One to three degradations, then a JPEG round trip at q20-60; returns the copy and its settings."""
    kinds = [k for k in _KINDS if k != "screen" or screen_like]
    chosen = rng.sample(kinds, rng.randint(1, 3))
    params: dict[str, float] = {}
    out = img
    for kind in _KINDS:
        if kind not in chosen:
            continue
        if kind == "blur":
            params["blur"] = round(rng.uniform(0.6, 1.6), 2)
            out = out.filter(ImageFilter.GaussianBlur(params["blur"]))
        elif kind == "rotate":
            params["rotate"] = round(rng.uniform(-6, 6), 2)
            out = out.rotate(params["rotate"], resample=Image.Resampling.BICUBIC, expand=True,
                             fillcolor=(110, 108, 100))
        elif kind == "perspective":
            params["perspective"] = round(rng.uniform(0.02, 0.07), 3)
            out = _perspective(out, rng, params["perspective"])
        elif kind == "contrast":
            params["contrast"] = round(rng.uniform(0.4, 0.7), 2)
            out = ImageEnhance.Contrast(out).enhance(params["contrast"])
        elif kind == "noise":
            params["noise"] = round(rng.uniform(6, 16), 1)
            out = _noise(out, rng, params["noise"])
        elif kind == "light":
            params["light"] = round(rng.uniform(0.25, 0.5), 2)
            out = _uneven_light(out, rng, params["light"])
        elif kind == "screen":
            params["screen"] = round(rng.uniform(0.08, 0.16), 3)
            out = _screen_photo(out, rng, params["screen"])
    params["jpeg_quality"] = rng.randint(20, 60)
    return jpeg_roundtrip(out, int(params["jpeg_quality"])), params
