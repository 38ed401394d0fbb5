"""Drawing and photographing the heldout8 receipts: a row-based page renderer and a camera/scan degrader.

A page is a list of rows (text, label/value pair, stacked pair, table columns, colour band, status
badge, rule, gap) drawn top to bottom on a canvas of the layout's width; the height follows the content.
The degrader applies one to three of: JPEG recompression, blur, rotation, perspective, low contrast,
sensor noise, uneven light and a photo of a screen (moire and colour cast), and reports what it did.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from bench.receipt_eval_set import jpeg_roundtrip

# Family name -> (regular, bold) files, resolved by Pillow in the system font folders.
FONT_FILES = {
    "DejaVu Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
    "DejaVu Sans Condensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DejaVu Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVu Serif Condensed": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
    "DejaVu Sans Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
}
PROPORTIONAL = [name for name in FONT_FILES if "Mono" not in name]


@dataclass(frozen=True)
class Theme:
    bg: tuple[int, int, int] = (255, 255, 255)
    fg: tuple[int, int, int] = (25, 25, 25)
    muted: tuple[int, int, int] = (105, 105, 110)
    accent: tuple[int, int, int] = (40, 90, 200)


DARK = Theme(bg=(20, 21, 24), fg=(236, 236, 236), muted=(160, 160, 168), accent=(110, 170, 255))
THERMAL = Theme(bg=(248, 246, 240), fg=(30, 30, 30), muted=(70, 70, 70), accent=(30, 30, 30))

Row = tuple[str, tuple, dict[str, Any]]


def text(s: str, **opts: Any) -> Row:
    return ("text", (s,), opts)


def kv(label: str, value: str, **opts: Any) -> Row:
    return ("kv", (label, value), opts)


def stack(label: str, value: str, **opts: Any) -> Row:
    return ("stack", (label, value), opts)


def cols(cells: list[str], stops: list[float], **opts: Any) -> Row:
    """Table cells; ``stops`` are right edges (fractions of the width) for all cells but the first."""
    return ("cols", (cells, stops), opts)


def band(s: str, color: tuple[int, int, int], **opts: Any) -> Row:
    return ("band", (s, color), opts)


def badge(outcome: str, color: tuple[int, int, int]) -> Row:
    return ("badge", (outcome, color), {})


def rule(dashed: bool = False) -> Row:
    return ("rule", (dashed,), {})


def gap(px: int = 12) -> Row:
    return ("gap", (px,), {})


@lru_cache(maxsize=64)
def _font(family: str, size: int, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_FILES[family][1 if bold else 0], size)


def _wrap(draw: ImageDraw.ImageDraw, s: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    if draw.textlength(s, font=font) <= width:
        return [s]  # keeps the runs of spaces that align a slip's columns
    lines, line = [], ""
    for word in s.split(" "):
        trial = f"{line} {word}".strip()
        if line and draw.textlength(trial, font=font) > width:
            lines.append(line)
            line = word
        else:
            line = trial
    return lines + [line]


def render(rows: list[Row], *, font: str, size: int, width: int, theme: Theme) -> Image.Image:
    """Draw ``rows`` on a page ``width`` pixels wide in ``font`` at ``size`` px; the height fits the rows."""
    canvas = Image.new("RGB", (width, 6000), theme.bg)
    d = ImageDraw.Draw(canvas)
    pad = max(18, width // 22)
    inner = width - 2 * pad
    y = pad

    def color(opts: dict[str, Any], default: tuple[int, int, int]) -> tuple[int, int, int]:
        c = opts.get("color")
        return (
            {"muted": theme.muted, "accent": theme.accent, None: default}.get(c, c)
            if not isinstance(c, tuple)
            else c
        )

    for kind, args, opts in rows:
        f = _font(font, int(size * opts.get("scale", 1.0)), bool(opts.get("bold")))
        line_h = int(f.size * 1.45)
        if kind == "text":
            for line in _wrap(d, args[0], f, inner):
                w = d.textlength(line, font=f)
                x = {"l": pad, "c": (width - w) / 2, "r": width - pad - w}[opts.get("align", "l")]
                d.text((x, y), line, font=f, fill=color(opts, theme.fg))
                y += line_h
        elif kind in ("kv", "stack"):
            label, value = args
            lf = _font(font, int(f.size * (0.82 if kind == "stack" else 1.0)), bool(opts.get("label_bold")))
            d.text(
                (pad, y),
                label,
                font=lf,
                fill=theme.muted if kind == "stack" or opts.get("muted_label") else theme.fg,
            )
            vw = d.textlength(value, font=f)
            if kind == "stack":
                y += int(lf.size * 1.35)
                d.text((pad, y), value, font=f, fill=color(opts, theme.fg))
            else:
                if d.textlength(label, font=lf) + vw + size > inner:
                    y += line_h
                d.text((width - pad - vw, y), value, font=f, fill=color(opts, theme.fg))
            y += line_h
        elif kind == "cols":
            cells, stops = args
            d.text((pad, y), cells[0], font=f, fill=color(opts, theme.fg))
            for cell, stop in zip(cells[1:], stops):
                d.text(
                    (pad + inner * stop - d.textlength(cell, font=f), y),
                    cell,
                    font=f,
                    fill=color(opts, theme.fg),
                )
            y += line_h
        elif kind == "band":
            s, bg = args
            h = int(f.size * 2.4)
            d.rectangle((0, 0 if y <= pad else y - pad // 2, width, y + h), fill=bg)
            w = d.textlength(s, font=f)
            d.text(
                ((width - w) / 2, y + (h - f.size) / 2 - 2), s, font=f, fill=opts.get("fg", (255, 255, 255))
            )
            y += h + pad // 2
        elif kind == "badge":
            outcome, c = args
            r = int(size * 1.6)
            cx, cy = width // 2, y + r
            d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=c)
            if outcome == "success":
                d.line(
                    [(cx - r * 0.45, cy), (cx - r * 0.1, cy + r * 0.35), (cx + r * 0.5, cy - r * 0.35)],
                    fill="white",
                    width=max(3, r // 6),
                )
            elif outcome == "failed":
                k = r * 0.4
                d.line([(cx - k, cy - k), (cx + k, cy + k)], fill="white", width=max(3, r // 6))
                d.line([(cx - k, cy + k), (cx + k, cy - k)], fill="white", width=max(3, r // 6))
            else:
                d.line(
                    [(cx, cy - r * 0.5), (cx, cy), (cx + r * 0.35, cy + r * 0.25)],
                    fill="white",
                    width=max(3, r // 7),
                )
            y += 2 * r + size
        elif kind == "rule":
            if args[0]:
                for x in range(pad, width - pad, 14):
                    d.line([(x, y + 6), (x + 7, y + 6)], fill=theme.muted, width=2)
            else:
                d.line([(pad, y + 6), (width - pad, y + 6)], fill=theme.muted, width=1)
            y += 16
        elif kind == "gap":
            y += args[0]
    return canvas.crop((0, 0, width, min(6000, y + pad)))


# ---------------------------------------------------------------- degradations

_TABLE = [(96, 84, 70), (150, 146, 138), (60, 62, 70), (182, 170, 150)]


def _perspective(img: Image.Image, rng: random.Random, bg: tuple[int, int, int]) -> tuple[Image.Image, float]:
    w, h = img.size
    m = rng.uniform(0.02, 0.06)
    margin = int(max(w, h) * m) + 4
    base = Image.new("RGB", (w + 2 * margin, h + 2 * margin), bg)
    base.paste(img, (margin, margin))
    W, H = base.size
    src = [(margin, margin), (margin + w, margin), (margin + w, margin + h), (margin, margin + h)]
    dst = [(x + rng.uniform(-1, 1) * m * w, y + rng.uniform(-1, 1) * m * h) for x, y in src]
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src):
        a += [[x, y, 1, 0, 0, 0, -u * x, -u * y], [0, 0, 0, x, y, 1, -v * x, -v * y]]
        b += [u, v]
    coeffs = np.linalg.solve(np.array(a, float), np.array(b, float))
    return base.transform(
        (W, H), Image.Transform.PERSPECTIVE, tuple(coeffs), Image.Resampling.BICUBIC, fillcolor=bg
    ), round(m, 3)


def _uneven(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    depth = rng.uniform(0.3, 0.5)
    w, h = img.size
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = rng.uniform(0, w), rng.uniform(0, h)
    dist = np.sqrt((xx - cx) ** 2 + (yy - cy) ** 2) / np.hypot(w, h)
    gain = 1.0 - depth * np.clip(dist * 1.6, 0, 1)
    arr = np.asarray(img, np.float32) * gain[..., None]
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8)), round(depth, 3)


def _screen_photo(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    w, h = img.size
    period = rng.uniform(3.0, 6.0)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    angle = rng.uniform(0.2, 1.2)
    wave = np.sin((xx * np.cos(angle) + yy * np.sin(angle)) * 2 * np.pi / period)
    arr = np.asarray(img, np.float32) * 0.86 + 22
    arr += (wave * 9)[..., None]
    arr *= np.array([rng.uniform(0.9, 1.0), rng.uniform(0.92, 1.0), rng.uniform(0.95, 1.06)], np.float32)
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return out, round(period, 2)


def degrade(img: Image.Image, rng: random.Random) -> tuple[Image.Image, dict[str, float]]:
    """A camera or scanner copy of ``img`` with one to three degradations, and what was applied."""
    kinds = [
        "jpeg",
        "blur",
        "rotation",
        "perspective",
        "low_contrast",
        "noise",
        "uneven_light",
        "screen_photo",
    ]
    chosen = set(rng.sample(kinds, rng.choice([1, 2, 2, 3, 3])))
    done: dict[str, float] = {}
    bg = rng.choice(_TABLE)
    if "screen_photo" in chosen:
        img, done["screen_photo_moire_px"] = _screen_photo(img, rng)
    if "perspective" in chosen:
        img, done["perspective"] = _perspective(img, rng, bg)
    if "rotation" in chosen:
        angle = round(rng.choice([-1, 1]) * rng.uniform(1.0, 6.0), 2)
        img = img.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=bg)
        done["rotation_deg"] = angle
    if "uneven_light" in chosen:
        img, done["uneven_light"] = _uneven(img, rng)
    if "low_contrast" in chosen:
        factor = round(rng.uniform(0.35, 0.6), 3)
        img = ImageEnhance.Contrast(img).enhance(factor)
        done["contrast"] = factor
    if "noise" in chosen:
        sigma = round(rng.uniform(6.0, 16.0), 2)
        noise = np.random.default_rng(rng.randrange(2**32)).normal(0, sigma, (img.height, img.width, 1))
        img = Image.fromarray((np.asarray(img, np.float32) + noise).clip(0, 255).astype(np.uint8))
        done["noise_sigma"] = sigma
    if "blur" in chosen:
        radius = round(rng.uniform(0.6, 1.5), 2)
        img = img.filter(ImageFilter.GaussianBlur(radius))
        done["blur_radius"] = radius
    if "jpeg" in chosen:
        q = rng.randint(20, 60)
        img = jpeg_roundtrip(img, q)
        done["jpeg_quality"] = q
    return img, done
