"""Drawing for the third held-out receipt set: rows of text onto a screen, slip or page, and its photo.

``render`` lays out label/value rows the way phone apps, thermal slips and printed pages do; ``degrade``
turns the clean image into a phone photo or re-shared screenshot and reports each step's value.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

from bench.receipt_dataset import ReceiptTruth
from bench.receipt_eval_set import jpeg_roundtrip

FONT_DIR = "/usr/share/fonts/truetype/dejavu/"
FONTS = {  # name -> (regular, bold)
    "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"),
    "DejaVuSerifCondensed": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf"),
    "DejaVuSerif-Italic": ("DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "DejaVuSansMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "DejaVuSansMono-Bold": ("DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Bold.ttf"),
    "DejaVuSansCondensed": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf"),
    "DejaVuSans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"),
}


# ---------------------------------------------------------------- rows and the page they draw


@dataclass
class Row:
    kind: str  # text | kv | rule | gap | band | box
    text: str = ""
    right: str = ""
    size: float = 1.0
    bold: bool = False
    align: str = "l"  # l | c | r
    tone: str = "fg"  # fg | muted | accent | good | bad


def T(text: str, size: float = 1.0, bold: bool = False, align: str = "l", tone: str = "fg") -> Row:
    return Row("text", text, size=size, bold=bold, align=align, tone=tone)


def KV(left: str, right: str, size: float = 1.0, bold: bool = False, tone: str = "fg") -> Row:
    return Row("kv", left, right, size=size, bold=bold, tone=tone)


def RULE(dashed: bool = False) -> Row:
    return Row("rule", align="d" if dashed else "s")


def GAP(size: float = 0.5) -> Row:
    return Row("gap", size=size)


@dataclass
class Draft:
    """What one family builder returns: rows to draw and the truth they carry."""

    rows: list[Row]
    kind: str  # screen | slip | page
    truth: ReceiptTruth
    meta: dict = field(default_factory=dict)
    dark: bool = False
    accent: tuple[int, int, int] = (20, 90, 200)


@lru_cache(maxsize=256)
def _font(name: str, size: int, bold: bool) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(FONT_DIR + FONTS[name][1 if bold else 0], size)


def _theme(d: Draft) -> dict[str, tuple[int, int, int]]:
    if d.dark:
        base = {"bg": (17, 18, 22), "fg": (236, 236, 238), "muted": (150, 152, 160)}
    elif d.kind == "slip":
        base = {"bg": (251, 249, 241), "fg": (35, 35, 38), "muted": (90, 90, 95)}
    else:
        base = {"bg": (255, 255, 255), "fg": (24, 24, 32), "muted": (108, 110, 120)}
    return base | {"accent": d.accent, "good": (18, 140, 70), "bad": (200, 40, 40)}


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    lines, cur = [], ""
    for word in text.split(" "):
        trial = f"{cur} {word}".strip()
        if cur and font.getlength(trial) > width:
            lines.append(cur)
            cur = word
        else:
            cur = trial
    return lines + [cur]


def render(d: Draft, *, font: str, size: int, width: int) -> Image.Image:
    """Draw the rows top to bottom on a canvas ``width`` wide (height follows the content)."""
    colors = _theme(d)
    margin = int(width * (0.05 if d.kind == "slip" else 0.07))
    inner = width - 2 * margin
    ops: list[tuple] = []  # (y, callable) laid out first, drawn once the height is known
    y = margin
    for row in d.rows:
        px = max(10, int(size * row.size))
        f = _font(font, px, row.bold)
        lh = int(px * 1.42)
        color = colors[row.tone]
        if row.kind == "gap":
            y += int(size * row.size)
        elif row.kind == "rule":
            ops.append(("rule", y + lh // 3, row.align == "d"))
            y += int(lh * 0.7)
        elif row.kind == "band":
            h = int(lh * 2.1)
            ops.append(("band", y, h, f, row.text))
            y += h + lh // 3
        elif row.kind == "box":
            tw = int(f.getlength(row.text))
            ops.append(("box", y, tw, lh, f, row.text, color))
            y += lh + lh // 2
        elif row.kind == "text":
            for line in _wrap(row.text, f, inner):
                tw = f.getlength(line)
                x = margin if row.align == "l" else (width - tw) / 2 if row.align == "c" else width - margin - tw
                ops.append(("text", x, y, line, f, color))
                y += lh
        else:  # kv
            lw, rw = f.getlength(row.text), f.getlength(row.right)
            if lw + rw + size > inner:
                ops.append(("text", margin, y, row.text, f, colors["muted"] if row.tone == "fg" else color))
                y += lh
            else:
                ops.append(("text", margin, y, row.text, f, colors["muted"] if row.tone == "fg" else color))
            ops.append(("text", width - margin - rw, y, row.right, f, color))
            y += lh
    height = max(y + margin, int(width * 1.7)) if d.kind == "screen" else y + margin
    img = Image.new("RGB", (width, height), colors["bg"])
    draw = ImageDraw.Draw(img)
    for op in ops:
        if op[0] == "text":
            draw.text((op[1], op[2]), op[3], font=op[4], fill=op[5])
        elif op[0] == "rule":
            step = 14 if op[2] else width
            for x in range(margin, width - margin, step):
                draw.line([(x, op[1]), (min(x + (7 if op[2] else width), width - margin), op[1])],
                          fill=colors["muted"], width=2)
        elif op[0] == "band":
            draw.rectangle([0, op[1] - margin // 2, width, op[1] + op[2]], fill=colors["accent"])
            tw = op[3].getlength(op[4])
            draw.text(((width - tw) / 2, op[1] + op[2] * 0.22), op[4], font=op[3], fill=(255, 255, 255))
        else:  # box: a stamp
            _, by, tw, lh, f, text, color = op
            x0 = (width - tw) / 2
            draw.rectangle([x0 - 16, by - 6, x0 + tw + 16, by + lh + 2], outline=color, width=4)
            draw.text((x0, by), text, font=f, fill=color)
    return img


# ---------------------------------------------------------------- the degraded copy


def _perspective(img: Image.Image, rng: random.Random, desk: tuple[int, int, int]) -> tuple[Image.Image, float]:
    """The page as seen slightly off-axis: each corner moves up to ``jitter`` of the page's width."""
    w, h = img.size
    jitter = rng.uniform(0.01, 0.035)
    pad = int(w * 0.06)
    out = [(pad + x + rng.uniform(-jitter, jitter) * w, pad + y + rng.uniform(-jitter, jitter) * w)
           for x, y in [(0, 0), (w, 0), (w, h), (0, h)]]
    src = [(0, 0), (w, 0), (w, h), (0, h)]
    a = []
    b = []
    for (x, y), (u, v) in zip(out, src):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b += [u, v]
    coeffs = np.linalg.solve(np.array(a, dtype=float), np.array(b, dtype=float))
    size = (w + 2 * pad, h + 2 * pad)
    return img.transform(size, Image.Transform.PERSPECTIVE, tuple(coeffs), Image.Resampling.BICUBIC,
                         fillcolor=desk), jitter


def _light(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    arr = np.asarray(img).astype(np.float32)
    h, w = arr.shape[:2]
    low = rng.uniform(0.5, 0.8)
    angle = rng.uniform(0, 2 * np.pi)
    yy, xx = np.mgrid[0:h, 0:w]
    ramp = (xx / w - 0.5) * np.cos(angle) + (yy / h - 0.5) * np.sin(angle)
    ramp = (ramp - ramp.min()) / max(float(np.ptp(ramp)), 1e-6)
    arr *= (low + (1 - low) * ramp)[..., None]
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8)), low


def _moire(img: Image.Image, rng: random.Random) -> tuple[Image.Image, float]:
    arr = np.asarray(img).astype(np.float32)
    h, w = arr.shape[:2]
    amp = rng.uniform(6, 18)
    f1, f2 = rng.uniform(0.08, 0.2), rng.uniform(0.08, 0.2)
    t1, t2 = rng.uniform(0, np.pi), rng.uniform(0, np.pi)
    yy, xx = np.mgrid[0:h, 0:w]
    wave = np.sin(2 * np.pi * f1 * (xx * np.cos(t1) + yy * np.sin(t1))) * \
        np.sin(2 * np.pi * f2 * (xx * np.cos(t2) + yy * np.sin(t2)))
    for ch, phase in enumerate((0.0, 0.6, 1.2)):
        arr[..., ch] += amp * np.roll(wave, int(phase * 3), axis=1)
    return Image.fromarray(arr.clip(0, 255).astype(np.uint8)), amp


def degrade(img: Image.Image, rng: random.Random, kind: str) -> tuple[Image.Image, dict[str, float]]:
    """A phone photo or re-shared screenshot of ``img``; returns it with the value of each step taken."""
    steps: dict[str, float] = {}
    desk = rng.choice([(92, 74, 58), (180, 176, 168), (40, 42, 48), (205, 196, 180)])
    chosen = set(rng.sample(["rescale", "perspective", "rotate", "light", "contrast", "blur", "noise"],
                            rng.randint(2, 4)))
    if kind == "screen" and rng.random() < 0.45:
        chosen.add("moire")
    if "rescale" in chosen:
        f = steps["rescale"] = round(rng.uniform(0.5, 0.8), 3)
        w, h = img.size
        img = img.resize((int(w * f), int(h * f)), Image.Resampling.BILINEAR).resize((w, h),
                                                                                     Image.Resampling.BILINEAR)
    if "perspective" in chosen:
        img, steps["perspective"] = _perspective(img, rng, desk)
    if "rotate" in chosen:
        angle = steps["rotate"] = round(rng.uniform(-6, 6), 2)
        img = img.rotate(angle, Image.Resampling.BICUBIC, expand=True, fillcolor=desk)
    if "light" in chosen:
        img, steps["light"] = _light(img, rng)
    if "contrast" in chosen:
        f = steps["contrast"] = round(rng.uniform(0.45, 0.75), 3)
        img = ImageEnhance.Contrast(img).enhance(f)
    if "blur" in chosen:
        r = steps["blur"] = round(rng.uniform(0.4, 1.6), 2)
        img = img.filter(ImageFilter.GaussianBlur(r))
    if "moire" in chosen:
        img, steps["moire"] = _moire(img, rng)
    if "noise" in chosen:
        sigma = steps["noise"] = round(rng.uniform(3, 12), 2)
        noise = np.random.default_rng(rng.getrandbits(32)).normal(0, sigma, (img.size[1], img.size[0], 1))
        img = Image.fromarray((np.asarray(img).astype(np.float32) + noise).clip(0, 255).astype(np.uint8))
    quality = rng.randint(20, 60)
    steps["jpeg"] = quality
    return jpeg_roundtrip(img, quality), steps
