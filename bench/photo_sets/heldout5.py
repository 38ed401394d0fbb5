"""``heldout5``'s pictures: products and scenes as sellers shoot them at home and in a light box.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the canvases are 3:2 and 16:9 landscapes, a 2:3 portrait, a 1100 x 1300 portrait and a 1300 px square;
- the backdrops are those sellers use: a light-box sweep that is not quite clipped (luma 244-252, a
  gentle fall-off), a cut-out on pure white, a side light that casts a soft shadow sideways, a glossy
  acrylic sheet that mirrors the product faintly;
- products have white holes of their own (a teapot's handle, gaps between a plant's leaves, a backpack's
  grab loop) and a white watch dial: white inside the product that is not the backdrop, and backdrop
  that the product encloses;
- every picture carries a little colour sensor noise and is stored as a JPEG at quality 88;
- two full-frame scenes: a bright kitchen whose window blows out to white in a corner, and a dim
  entrance hall lit by one warm lamp (a moody photo, exposed as the seller meant it);
- a photo is padded onto white with its own margins and canvas shapes (``PADDING``), thin ones included.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its
shadow, reflection or backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.photo_sets.heldout4 import Frame, _font, _over

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "teapot": (760, 1.1, 0.6667),
    "backpack": (520, 1.9, 1.3),
    "sunglasses": (820, 1.15, 0.5625),
    "plant": (600, 1.6, 1.2),
    "watch": (450, 2.2, 1.0),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout5/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A phone's finish: colour sensor noise (less in bright parts), clipped, saved as a JPEG at quality 88."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    rng = _rng(name + "/sensor")
    grain = rng.normal(0.0, 1.8, pixels.shape).astype(np.float32)
    grain *= (1.0 - 0.7 * (pixels / 255.0)).clip(0.0, 1.0)
    image = Image.fromarray(np.clip(pixels + grain + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _light_box(frame: Frame) -> np.ndarray:
    """A light-box sweep: near white (252 at the top), falling to 244 at the bottom, never clipped."""
    level = 252.0 - 8.0 * frame.y**1.5
    return np.repeat(level[..., None], 3, axis=2)


def _side_shadow(frame: Frame, backdrop: np.ndarray, mask: np.ndarray, dx: float, depth: float) -> np.ndarray:
    """A soft shadow the product casts sideways (its mask shifted and blurred), darkening ``backdrop``."""
    shifted = np.roll(mask, round(dx * frame.width), axis=1)
    blurred = Image.fromarray((shifted * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(frame.width * 0.02))
    soft = np.asarray(blurred, dtype=np.float32)
    return backdrop * (1.0 - depth * soft / 255.0)[..., None]


# ---- a white glazed teapot --------------------------------------------------------------------------------


def _teapot(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a round white teapot, a loop handle (backdrop seen through it), a spout, a lid knob."""
    body = frame.mask(lambda d, at: d.ellipse(at(0.36, 0.36, 0.64, 0.82), fill=255))
    handle = frame.mask(
        lambda d, at: (
            d.ellipse(at(0.58, 0.44, 0.74, 0.70), fill=255),
            d.ellipse(at(0.615, 0.48, 0.705, 0.66), fill=0),
        )
    )
    spout = frame.mask(lambda d, at: d.polygon(at(0.38, 0.56, 0.26, 0.42, 0.245, 0.43, 0.37, 0.70), fill=255))
    lid = frame.mask(
        lambda d, at: (
            d.ellipse(at(0.42, 0.33, 0.58, 0.40), fill=255),
            d.ellipse(at(0.48, 0.28, 0.52, 0.345), fill=255),
        )
    )
    mask = np.maximum.reduce([body, handle * (1 - body), spout, lid])
    x, y = frame.x, frame.y
    # glaze: white, shaded grey away from the key light (upper left), a hot specular highlight
    shade = 0.72 + 0.26 * frame.blob(0.44, 0.48, 0.22, 0.28) - 0.12 * frame.blob(0.62, 0.78, 0.12, 0.10)
    glaze = 248.0 * shade + 40.0 * frame.blob(0.45, 0.46, 0.015, 0.03)
    glaze -= 30.0 * np.exp(-(((y - 0.365) / 0.004) ** 2)) * (np.abs(x - 0.5) < 0.08)  # the lid's seam
    colour = np.repeat(glaze[..., None], 3, axis=2) * np.array([1.0, 0.99, 0.965], dtype=np.float32)
    # a thin cobalt band painted round the belly
    band = np.exp(-(((y - 0.62 - 0.02 * np.cos((x - 0.5) * 12)) / 0.004) ** 2)) * body
    colour = colour * (1 - band[..., None]) + np.array([40, 60, 150], dtype=np.float32) * band[..., None]
    return colour, mask


def teapot_packshot() -> Image.Image:
    frame = Frame(1500, 1000)
    colour, mask = _teapot(frame)
    backdrop = _side_shadow(frame, np.full((frame.height, frame.width, 3), 255.0, np.float32), mask, 0.05, 0.3)
    return _as_photo(_over(backdrop, colour, mask), "teapot", mask)


def kitchen_scene() -> Image.Image:
    """The teapot on a light oak table by a window that blows out to white (top left): full frame."""
    frame = Frame(1500, 1000)
    x, y = frame.x, frame.y
    wall = np.array([214, 208, 196], dtype=np.float32) * (0.8 + 0.25 * frame.blob(0.1, 0.1, 0.6, 0.7))[..., None]
    window = ((x < 0.26) & (y < 0.5)).astype(np.float32)
    sky = np.full_like(wall, 255.0)
    mullion = ((np.abs(x - 0.13) < 0.006) | (np.abs(y - 0.25) < 0.006)) & (window > 0)
    room = wall * (1 - window[..., None]) + sky * window[..., None]
    room[mullion] = (235, 232, 226)
    rings = 0.5 + 0.5 * np.sin(2 * np.pi * (x * 24 + 2.5 * frame.noise("kitchen/oak", 4, octaves=2)))
    oak = (0.78 + 0.14 * rings + 0.08 * frame.noise("kitchen/pores", 260))[..., None] * np.array(
        [214, 176, 128], dtype=np.float32
    )
    backdrop = np.where((y > 0.74)[..., None], oak, room)
    backdrop *= (1.0 - 0.35 * frame.blob(0.54, 0.82, 0.16, 0.025))[..., None]
    colour, mask = _teapot(frame)
    return _as_photo(_over(backdrop, colour, mask), "kitchen")


# ---- a navy backpack --------------------------------------------------------------------------------------


def _backpack(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): navy nylon with a fine ripstop grid, a front pocket, zips, a grab loop on top."""
    body = frame.mask(lambda d, at: d.rounded_rectangle(at(0.26, 0.24, 0.74, 0.86), radius=at(0.11)[0], fill=255))
    loop = frame.mask(
        lambda d, at: (
            d.rounded_rectangle(at(0.44, 0.14, 0.56, 0.27), radius=at(0.04)[0], fill=255),
            d.rounded_rectangle(at(0.465, 0.165, 0.535, 0.25), radius=at(0.025)[0], fill=0),
        )
    )
    pocket = frame.mask(lambda d, at: d.rounded_rectangle(at(0.32, 0.56, 0.68, 0.82), radius=at(0.05)[0], fill=255))
    x, y = frame.x, frame.y
    ripstop = ((np.abs(((x * frame.width) % 9) - 4.5) < 0.7) | (np.abs(((y * frame.height) % 9) - 4.5) < 0.7))
    nylon = 58.0 + 10.0 * ripstop + 14.0 * (frame.noise("backpack/crease", 14, octaves=3) - 0.5)
    nylon *= 0.75 + 0.45 * frame.blob(0.40, 0.38, 0.35, 0.40)
    colour = nylon[..., None] * np.array([0.55, 0.68, 1.15], dtype=np.float32)
    colour *= (1.0 - 0.25 * pocket * (1 - frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.33, 0.575, 0.67, 0.81), radius=at(0.045)[0], fill=255)
    )))[..., None]

    def zips(d: ImageDraw.ImageDraw, at: Callable[..., list[float]]) -> None:
        d.arc(at(0.30, 0.28, 0.70, 0.70), 200, 340, fill=(30, 30, 34), width=int(at(0.008)[0]))
        d.line(at(0.34, 0.60, 0.66, 0.60), fill=(30, 30, 34), width=int(at(0.007)[0]))
        d.rounded_rectangle(at(0.62, 0.585, 0.645, 0.65), radius=at(0.004)[0], fill=(190, 190, 196))
        d.rounded_rectangle(at(0.335, 0.33, 0.355, 0.39), radius=at(0.004)[0], fill=(190, 190, 196))
        d.text(at(0.45, 0.70), "TRAIL", fill=(225, 225, 230), font=_font(int(at(0.03)[0])))

    details = frame.painting(zips)
    drawn = (details.max(axis=2) > 0)[..., None]
    colour = colour * (1 - drawn) + details * drawn
    return colour, np.maximum.reduce([body, loop * (1 - body), pocket])


def backpack_packshot() -> Image.Image:
    frame = Frame(1000, 1500)
    colour, mask = _backpack(frame)
    return _as_photo(_over(np.full_like(colour, 255.0), colour, mask), "backpack", mask)


def hall_scene() -> Image.Image:
    """The backpack on a slate floor of a dim entrance hall, one warm lamp to the side: full frame, moody."""
    frame = Frame(1000, 1500)
    x, y = frame.x, frame.y
    lamp = frame.blob(0.85, 0.18, 0.30, 0.25)
    wall = np.array([96, 84, 70], dtype=np.float32) * (0.55 + 0.9 * lamp)[..., None]
    slate = (48.0 + 26.0 * frame.noise("hall/slate", 30, octaves=4))[..., None] * np.array(
        [0.95, 1.0, 1.05], dtype=np.float32
    )
    joints = (np.abs(((x + 0.3 * y) * 5) % 1 - 0.5) < 0.01) & (y > 0.78)
    backdrop = np.where((y > 0.78)[..., None], slate, wall)
    backdrop[joints] *= 0.6
    bulb = 255.0 * np.exp(-(((x - 0.88) / 0.03) ** 2) - ((y - 0.12) / 0.02) ** 2)
    backdrop = backdrop + np.array([1.0, 0.85, 0.6], dtype=np.float32) * bulb[..., None]
    colour, mask = _backpack(frame)
    colour *= (0.7 + 0.5 * frame.blob(0.8, 0.3, 0.5, 0.6))[..., None]
    return _as_photo(_over(backdrop, colour, mask), "hall")


# ---- tortoiseshell sunglasses ----------------------------------------------------------------------------


def sunglasses_packshot() -> Image.Image:
    """Front view, temples folded: a tortoiseshell acetate frame, dark gradient lenses, on glossy acrylic."""
    frame = Frame(1600, 900)
    x, y = frame.x, frame.y
    rims = frame.mask(
        lambda d, at: (
            d.rounded_rectangle(at(0.24, 0.34, 0.49, 0.66), radius=at(0.05)[0], fill=255),
            d.rounded_rectangle(at(0.51, 0.34, 0.76, 0.66), radius=at(0.05)[0], fill=255),
            d.rectangle(at(0.48, 0.39, 0.52, 0.43), fill=255),
            d.rectangle(at(0.22, 0.36, 0.25, 0.40), fill=255),
            d.rectangle(at(0.75, 0.36, 0.78, 0.40), fill=255),
        )
    )
    lenses = frame.mask(
        lambda d, at: (
            d.rounded_rectangle(at(0.255, 0.37, 0.475, 0.635), radius=at(0.04)[0], fill=255),
            d.rounded_rectangle(at(0.525, 0.37, 0.745, 0.635), radius=at(0.04)[0], fill=255),
        )
    )
    spots = frame.noise("sunglasses/tortoise", 60, octaves=3)
    tortoise = np.where(spots[..., None] > 0.55, np.array([60, 30, 12.0]), np.array([170, 105, 40.0]))
    tortoise = tortoise.astype(np.float32) * (0.8 + 0.3 * frame.blob(0.35, 0.35, 0.3, 0.2))[..., None]
    lens = (22.0 + 50.0 * np.clip((0.64 - y) / 0.27, 0, 1) ** 2)[..., None] * np.array(
        [0.9, 0.95, 0.85], dtype=np.float32
    )
    lens += (230.0 * np.exp(-(((x - y * 0.3 - 0.24) / 0.008) ** 2)) * (y < 0.46))[..., None]  # a window glint
    colour = tortoise * (1 - lenses[..., None]) + lens * lenses[..., None]
    mask = np.maximum(rims, lenses)
    backdrop = np.full_like(colour, 255.0)
    # glossy acrylic: a faint upside-down reflection under the frame
    reflection = np.flip(mask, axis=0)
    reflection = np.roll(reflection, round(-0.02 * frame.height), axis=0) * (y > 0.67) * np.exp(-(y - 0.67) / 0.06)
    backdrop *= (1.0 - 0.18 * reflection)[..., None]
    return _as_photo(_over(backdrop, colour, mask), "sunglasses", mask)


# ---- a potted plant ---------------------------------------------------------------------------------------


def plant_packshot() -> Image.Image:
    """A leafy plant in a terracotta pot: many veined leaves, white seen between them; a contact shadow."""
    frame = Frame(1100, 1300)
    x, y = frame.x, frame.y
    rng = _rng("plant/leaves")
    leaves = []
    for _ in range(34):
        angle = rng.uniform(-2.6, -0.5)
        reach = rng.uniform(0.10, 0.30)
        cx, cy = 0.5 + reach * np.cos(angle) * 1.1, 0.52 + reach * np.sin(angle) * 1.2
        leaves.append((cx, cy, rng.uniform(0.03, 0.055), rng.uniform(0.012, 0.024), angle, rng.uniform(0.7, 1.1)))
    colour = np.zeros((frame.height, frame.width, 3), np.float32)
    mask = np.zeros((frame.height, frame.width), np.float32)
    for cx, cy, length, width, angle, light in leaves:
        u = (x - cx) * np.cos(angle) + (y - cy) * np.sin(angle)
        v = -(x - cx) * np.sin(angle) + (y - cy) * np.cos(angle)
        leaf = np.clip(2.5 * (1 - (u / length) ** 2 - (v / width) ** 2), 0, 1)
        vein = np.exp(-((v / 0.0015) ** 2))  # the midrib
        green = np.array([52, 118, 46], dtype=np.float32) * light * (0.85 + 0.3 * (v / width))[..., None]
        green = green * (1 - 0.4 * vein[..., None]) + 0.4 * vein[..., None] * np.array([150, 200, 120])
        colour = colour * (1 - leaf[..., None]) + green * leaf[..., None]
        mask = np.maximum(mask, leaf)
    stems = frame.mask(
        lambda d, at: [
            d.line(at(0.5, 0.62, cx, cy), fill=255, width=max(2, int(at(0.005)[0])))
            for cx, cy, *_ in leaves[::3]
        ]
    )
    colour = colour * (1 - stems[..., None]) + np.array([70, 110, 50], np.float32) * stems[..., None]
    mask = np.maximum(mask, stems)
    pot = frame.mask(lambda d, at: d.polygon(at(0.36, 0.60, 0.64, 0.60, 0.60, 0.86, 0.40, 0.86), fill=255))
    rim = frame.mask(lambda d, at: d.rectangle(at(0.345, 0.58, 0.655, 0.63), fill=255))
    clay = (0.8 + 0.25 * frame.blob(0.42, 0.65, 0.12, 0.2) + 0.06 * frame.noise("plant/clay", 120))[..., None]
    clay = clay * np.array([184, 98, 62], dtype=np.float32)
    potmask = np.maximum(pot, rim)
    colour = colour * (1 - potmask[..., None]) + clay * potmask[..., None]
    mask = np.maximum(mask, potmask)
    backdrop = np.repeat((255.0 * (1 - 0.3 * frame.blob(0.5, 0.865, 0.16, 0.018)))[..., None], 3, axis=2)
    return _as_photo(_over(backdrop, colour, mask), "plant", mask)


# ---- a steel watch with a white dial ---------------------------------------------------------------------


def watch_packshot() -> Image.Image:
    """A steel watch lying flat on a light box: a white dial, black indices and hands, a brown leather strap."""
    frame = Frame(1300, 1300)
    x, y = frame.x, frame.y
    strap = frame.mask(
        lambda d, at: (
            d.rounded_rectangle(at(0.455, 0.16, 0.545, 0.42), radius=at(0.01)[0], fill=255),
            d.rounded_rectangle(at(0.455, 0.58, 0.545, 0.84), radius=at(0.01)[0], fill=255),
        )
    )
    case = frame.mask(lambda d, at: d.ellipse(at(0.40, 0.40, 0.60, 0.60), fill=255))
    dial = frame.mask(lambda d, at: d.ellipse(at(0.415, 0.415, 0.585, 0.585), fill=255))
    crown = frame.mask(lambda d, at: d.rectangle(at(0.598, 0.49, 0.612, 0.51), fill=255))
    leather = (0.8 + 0.3 * frame.noise("watch/leather", 160, octaves=2))[..., None] * np.array(
        [120, 72, 40], dtype=np.float32
    )
    holes = frame.mask(
        lambda d, at: [d.ellipse(at(0.494, yy, 0.506, yy + 0.012), fill=255) for yy in (0.64, 0.68, 0.72, 0.76)]
    )
    leather *= (1 - 0.7 * holes)[..., None]
    angle = np.arctan2(y - 0.5, x - 0.5)
    steel = (150.0 + 70.0 * np.sin(2 * angle + 0.6) + 20.0 * np.sin(9 * angle))[..., None] * np.array(
        [1.0, 1.0, 1.04], dtype=np.float32
    )
    face = np.full_like(steel, 250.0) * np.array([1.0, 1.0, 0.985], dtype=np.float32)

    def marks(d: ImageDraw.ImageDraw, at: Callable[..., list[float]]) -> None:
        for hour in range(12):
            t = hour * np.pi / 6
            d.line(
                at(0.5 + 0.070 * np.cos(t), 0.5 + 0.070 * np.sin(t), 0.5 + 0.080 * np.cos(t), 0.5 + 0.080 * np.sin(t)),
                fill=(20, 20, 24),
                width=int(at(0.004)[0]),
            )
        d.line(at(0.5, 0.5, 0.53, 0.455), fill=(20, 20, 24), width=int(at(0.005)[0]))
        d.line(at(0.5, 0.5, 0.44, 0.52), fill=(20, 20, 24), width=int(at(0.004)[0]))
        d.text(at(0.475, 0.535), "AUTOMATIC", fill=(60, 60, 64), font=_font(int(at(0.007)[0])))

    printed = frame.painting(marks, base=(255, 255, 255))
    face = np.where((printed.min(axis=2) < 250)[..., None], printed, face)
    colour = leather * strap[..., None]
    colour = colour * (1 - case[..., None]) + steel * case[..., None]
    colour = colour * (1 - dial[..., None]) + face * dial[..., None]
    colour = colour * (1 - crown[..., None]) + steel * crown[..., None]
    mask = np.maximum.reduce([strap, case, crown])
    return _as_photo(_over(_light_box(frame), colour, mask), "watch", mask)
