"""``heldout6``'s pictures: products sellers shoot with a phone's flash or by a window, and two scenes.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the canvases are 4:3 and 5:4 landscapes, a 4:5 portrait and a 21:9 strip (a long product laid flat);
- the backdrops: white paper with a faint grain (249-254), a flash on white that leaves a soft contact
  shadow, a cut-out on pure white;
- a pale product on white (an ivory candle with a kraft label), a glossy product with vents that show
  the backdrop (a bicycle helmet), a woven product with a handle that encloses the backdrop (a wicker
  basket), a dark product with a fine grain (a skateboard's grip tape);
- every picture is finished the way a phone's camera app finishes it: sharpened (an unsharp mask that
  leaves faint halos), a little luma noise, stored as a JPEG at quality 92;
- two full-frame scenes: the basket on a sunlit stone patio with a hard shadow and a whitewashed wall,
  and the candle, lit, on a dark windowsill at dusk (a low-key photo, exposed as the seller meant it);
- a photo is padded onto white with its own margins and canvas shapes (``PADDING``), a 5 % one included.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its
shadow or backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageFilter

from bench.photo_sets.heldout4 import Frame, _font, _over

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "basket": (700, 1.45, 0.75),
    "candle": (580, 1.05, 1.25),
    "skateboard": (880, 1.12, 0.4286),
    "helmet": (480, 2.6, 0.8),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout6/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A phone camera app's finish: sharpened with faint halos, a little luma noise, JPEG at quality 92."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    image = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.UnsharpMask(radius=2.0, percent=60, threshold=2))
    sharpened = np.asarray(image, dtype=np.float32)
    grain = _rng(name + "/sensor").normal(0.0, 1.4, sharpened.shape[:2]).astype(np.float32)
    grain *= (1.0 - 0.6 * (sharpened.mean(axis=2) / 255.0)).clip(0.0, 1.0)
    image = Image.fromarray(np.clip(sharpened + grain[..., None] + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _paper(frame: Frame, name: str) -> np.ndarray:
    """White paper with a faint grain: luma 249-254."""
    level = 251.5 + 2.5 * (2.0 * frame.noise(name + "/paper", 300) - 1.0)
    return np.repeat(level[..., None], 3, axis=2)


def _contact_shadow(frame: Frame, backdrop: np.ndarray, cx: float, cy: float, rx: float, ry: float,
                    depth: float) -> np.ndarray:
    return backdrop * (1.0 - depth * frame.blob(cx, cy, rx, ry))[..., None]


# ---- a wicker basket -------------------------------------------------------------------------------------


def _basket(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a woven wicker basket, a bent-cane handle arching over it (backdrop seen inside)."""
    body = frame.mask(lambda d, at: d.polygon(at(0.28, 0.46, 0.72, 0.46, 0.66, 0.84, 0.34, 0.84), fill=255))
    rim = frame.mask(lambda d, at: d.ellipse(at(0.27, 0.43, 0.73, 0.50), fill=255))
    handle = frame.mask(
        lambda d, at: (
            d.arc(at(0.33, 0.14, 0.67, 0.78), 185, 355, fill=255, width=int(at(0.022)[0])),
        )
    )
    x, y = frame.x, frame.y
    px, py = x * frame.width, y * frame.height
    # over-under weave: strands 14 px wide, alternating which way they run
    cell = (np.floor(px / 14) + np.floor(py / 14)) % 2
    across = 0.5 + 0.5 * np.cos(np.pi * ((py % 14) / 7.0 - 1.0))
    down = 0.5 + 0.5 * np.cos(np.pi * ((px % 14) / 7.0 - 1.0))
    weave = np.where(cell > 0, across, down)
    cane = (0.62 + 0.38 * weave) * (0.85 + 0.2 * frame.noise("basket/stain", 18, octaves=2))
    cane *= 0.8 + 0.35 * frame.blob(0.42, 0.5, 0.3, 0.35)
    colour = cane[..., None] * np.array([196, 150, 96], dtype=np.float32)
    handle_only = handle * (1 - np.maximum(body, rim))
    wrap = 0.7 + 0.3 * np.abs(np.sin((x + y) * frame.width / 9.0))
    colour = colour * (1 - handle_only[..., None]) + (wrap[..., None] * np.array([170, 124, 76])) * handle_only[
        ..., None
    ]
    return colour, np.maximum.reduce([body, rim, handle_only])


def basket_packshot() -> Image.Image:
    frame = Frame(1400, 1050)
    colour, mask = _basket(frame)
    backdrop = _contact_shadow(frame, np.full_like(colour, 255.0), 0.5, 0.85, 0.22, 0.02, 0.35)
    return _as_photo(_over(backdrop, colour, mask), "basket", mask)


def patio_scene() -> Image.Image:
    """The basket on a sunlit stone patio: a whitewashed wall behind, a hard shadow cast to the right."""
    frame = Frame(1400, 1050)
    x, y = frame.x, frame.y
    wall = (228.0 + 10.0 * frame.noise("patio/lime", 40, octaves=3))[..., None] * np.array(
        [1.0, 0.98, 0.94], dtype=np.float32
    )
    flags = (150.0 + 50.0 * frame.noise("patio/stone", 12, octaves=4))[..., None] * np.array(
        [1.0, 0.93, 0.84], dtype=np.float32
    )
    joints = ((np.abs((x * 6) % 1 - 0.5) > 0.485) | (np.abs(((y - 0.62) * 9) % 1 - 0.5) > 0.48)) & (y > 0.62)
    flags[joints] *= 0.55
    backdrop = np.where((y > 0.62)[..., None], flags, wall)
    colour, mask = _basket(frame)
    shadow = np.roll(np.roll(mask, round(0.12 * frame.width), axis=1), round(0.03 * frame.height), axis=0)
    backdrop *= (1.0 - 0.45 * shadow * (y > 0.6))[..., None]
    colour *= 1.12
    return _as_photo(_over(backdrop, colour, mask), "patio")


# ---- an ivory pillar candle --------------------------------------------------------------------------------


def _candle(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): an ivory wax pillar, a kraft paper label with dark print, a black wick."""
    wax = frame.mask(lambda d, at: d.rounded_rectangle(at(0.30, 0.26, 0.70, 0.86), radius=at(0.03)[0], fill=255))
    top = frame.mask(lambda d, at: d.ellipse(at(0.30, 0.23, 0.70, 0.29), fill=255))
    wick = frame.mask(lambda d, at: d.line(at(0.5, 0.26, 0.505, 0.205), fill=255, width=int(at(0.008)[0])))
    x = frame.x
    shade = 0.80 + 0.18 * np.cos((x - 0.45) / 0.2 * 1.3).clip(0, 1) + 0.03 * frame.noise("candle/wax", 90)
    colour = shade[..., None] * np.array([246, 238, 218], dtype=np.float32)
    label = frame.mask(lambda d, at: d.rectangle(at(0.30, 0.50, 0.70, 0.70), fill=255)) * wax
    kraft = (0.85 + 0.15 * frame.noise("candle/kraft", 200, octaves=2))[..., None] * np.array(
        [186, 150, 108], dtype=np.float32
    )

    def print_(d, at) -> None:
        d.text(at(0.36, 0.53), "CEDAR &", fill=(50, 40, 30), font=_font(int(at(0.05)[0])))
        d.text(at(0.36, 0.60), "FIG", fill=(50, 40, 30), font=_font(int(at(0.05)[0])))
        d.line(at(0.36, 0.665, 0.64, 0.665), fill=(50, 40, 30), width=2)

    ink = frame.painting(print_)
    inked = (ink.max(axis=2) > 0)[..., None]
    kraft = kraft * (1 - inked) + ink * inked
    colour = colour * (1 - label[..., None]) + kraft * label[..., None]
    colour = colour * (1 - wick[..., None]) + np.array([28, 24, 22], np.float32) * wick[..., None]
    return colour, np.maximum.reduce([wax, top, wick])


def candle_packshot() -> Image.Image:
    frame = Frame(960, 1200)
    colour, mask = _candle(frame)
    backdrop = _contact_shadow(frame, _paper(frame, "candle"), 0.5, 0.865, 0.22, 0.015, 0.3)
    return _as_photo(_over(backdrop, colour, mask), "candle", mask)


def windowsill_scene() -> Image.Image:
    """The candle, lit, on a dark stained-oak windowsill at dusk, a blue window behind: low key, full frame."""
    frame = Frame(960, 1200)
    x, y = frame.x, frame.y
    dusk = np.array([40, 52, 84], dtype=np.float32) * (0.7 + 0.5 * (1 - y))[..., None]
    frame_wood = (np.abs(x - 0.5) > 0.44) | (y < 0.05)
    sill = (38.0 + 18.0 * frame.noise("sill/oak", 6, octaves=4) + 8.0 * np.sin(x * 140.0))[..., None] * np.array(
        [1.0, 0.8, 0.6], dtype=np.float32
    )
    backdrop = np.where((y > 0.8)[..., None] | frame_wood[..., None], sill, dusk)
    colour, mask = _candle(frame)
    glow = frame.blob(0.5, 0.2, 0.25, 0.2)
    colour *= (0.35 + 0.4 * glow)[..., None]
    backdrop = backdrop + (90.0 * glow)[..., None] * np.array([1.0, 0.7, 0.35], dtype=np.float32)
    flame = np.exp(-(((x - 0.503) / 0.01) ** 2) - ((y - 0.175) / 0.025) ** 2)
    out = _over(backdrop, colour, mask)
    out = out + (255.0 * flame)[..., None] * np.array([1.0, 0.9, 0.6], dtype=np.float32)
    return _as_photo(out, "windowsill")


# ---- a skateboard, top view ------------------------------------------------------------------------------


def skateboard_packshot() -> Image.Image:
    """A deck laid flat, seen from above: black grip tape with a fine grit, maple showing at the edges."""
    frame = Frame(1800, 700)
    x = frame.x
    deck = frame.mask(lambda d, at: d.rounded_rectangle(at(0.08, 0.22, 0.92, 0.78), radius=at(0, 0.28)[1], fill=255))
    tape = frame.mask(lambda d, at: d.rounded_rectangle(at(0.09, 0.25, 0.91, 0.75), radius=at(0, 0.25)[1], fill=255))
    grit = _rng("skateboard/grit").normal(0.0, 1.0, (frame.height, frame.width)).astype(np.float32)
    grip = 34.0 + 9.0 * grit + 10.0 * frame.blob(0.35, 0.4, 0.3, 0.5)
    maple = np.array([214, 182, 132], dtype=np.float32) * (0.9 + 0.1 * np.sin(x * 300.0))[..., None]
    bolts = frame.mask(
        lambda d, at: [
            d.ellipse(at(bx, by, bx + 0.008, by + 0.02), fill=255)
            for bx in (0.2, 0.225, 0.765, 0.79)
            for by in (0.42, 0.56)
        ]
    )
    colour = maple * (1 - tape[..., None]) + np.repeat(grip[..., None], 3, axis=2) * tape[..., None]
    colour = colour * (1 - bolts[..., None]) + np.array([170, 170, 176], np.float32) * bolts[..., None]
    backdrop = _contact_shadow(frame, np.full_like(colour, 255.0), 0.5, 0.8, 0.4, 0.03, 0.25)
    return _as_photo(_over(backdrop, colour, deck), "skateboard", deck)


# ---- a glossy red bicycle helmet ---------------------------------------------------------------------------


def helmet_packshot() -> Image.Image:
    """A glossy red helmet in profile: vents that show the backdrop, a black visor, hard specular streaks."""
    frame = Frame(1300, 1000)
    x, y = frame.x, frame.y
    shell = frame.mask(lambda d, at: d.chord(at(0.22, 0.22, 0.80, 0.98), 180, 360, fill=255))
    vents = frame.mask(
        lambda d, at: [d.ellipse(at(cx - 0.04, 0.36, cx + 0.04, 0.44), fill=255) for cx in (0.36, 0.50, 0.64)]
    )
    visor = frame.mask(lambda d, at: d.polygon(at(0.68, 0.56, 0.86, 0.57, 0.84, 0.61, 0.70, 0.61), fill=255))
    strap = frame.mask(lambda d, at: d.line(at(0.45, 0.6, 0.52, 0.8, 0.60, 0.6), fill=255, width=int(at(0.01)[0])))
    red = np.array([200, 28, 36], dtype=np.float32) * (0.6 + 0.5 * frame.blob(0.42, 0.32, 0.25, 0.2))[..., None]
    streak = np.exp(-(((y - 0.30 - 0.15 * (x - 0.5) ** 2 * 8) / 0.012) ** 2)) * (np.abs(x - 0.48) < 0.16)
    colour = red + (255.0 * streak)[..., None]
    mask = shell * (1 - vents)
    colour = colour * (1 - visor[..., None]) + np.array([22, 22, 26], np.float32) * visor[..., None]
    colour = colour * (1 - strap[..., None]) + np.array([30, 30, 30], np.float32) * strap[..., None]
    mask = np.maximum.reduce([mask, visor, strap])
    backdrop = _contact_shadow(frame, np.full_like(colour, 255.0), 0.5, 0.61, 0.3, 0.02, 0.3)
    return _as_photo(_over(backdrop, colour, mask), "helmet", mask)
