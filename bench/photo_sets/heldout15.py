"""``heldout15``'s pictures: four products a toy, sporting goods, garden and kitchen-utensil shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 7:6 landscape of 1400 x 1200 (rubber duck), a 1:2 portrait of 880 x 1760
  (badminton racket), a 5:6 portrait of 1000 x 1200 (plant pot), a 5:2 landscape of 1750 x 700 (wooden spoon);
  the scene is a 3:4 portrait of 1200 x 1600;
- the canvases they are padded onto (``PADDING``): a 3:2 landscape many times as wide as a very small picture of
  the duck, a tall portrait with a wide margin around the racket, a 16:9 landscape barely taller than the
  pot's picture (and around the scene), a long landscape with a thin margin at the spoon's ends;
- a glossy yellow rubber duck in profile (a moulded vinyl body and head, an orange beak, a black eye, bright
  specular highlights of a softbox that clip to white); a badminton racket standing upright (a thin
  red-and-black frame, a fine mesh of pale strings showing the backdrop, a slim steel shaft, a navy grip
  wrap); a matte black ceramic plant pot with a rolled rim on its saucer (dark everywhere, a faint sheen);
  a beech wooden spoon lying flat with a long grain and a hanging hole;
- every picture is finished the way a cheap USB webcam finishes it: a small sensor read at a lower
  resolution and upscaled by the driver (soft), a cool greenish white balance, blotchy chroma noise left by
  its temporal noise reduction, saved as a JPEG at quality 72 with 4:2:2 chroma (a clipped white backdrop
  stays white);
- one full-frame scene: the pot with a small plant in it on weathered grey wooden decking in low sunlight,
  before a rendered wall, its long shadow falling to the left.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image

from bench.photo_sets.heldout4 import SUPERSAMPLE, Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout10 import _rounded, _smooth
from bench.photo_sets.heldout13 import _metal

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "rubber_duck": (170, 7.8, 0.66),
    "racket": (820, 1.55, 1.6),
    "plant_pot": (610, 1.9, 0.5625),
    "wooden_spoon": (760, 1.03, 0.42),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout15/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A cheap USB webcam: read at a lower resolution and upscaled by the driver, a cool greenish white
    balance, blotchy chroma noise, JPEG quality 72 with 4:2:2 chroma; clipped white stays white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    # the sensor's own resolution is 0.62 of the frame; the driver enlarges it bilinearly
    small = (round(w * 0.62), round(h * 0.62))
    channels = []
    for c in range(3):
        plane = Image.fromarray(pixels[..., c], mode="F").resize(small, Image.Resampling.BOX)
        channels.append(np.asarray(plane.resize((w, h), Image.Resampling.BILINEAR)))
    pixels = np.stack(channels, axis=2)
    pixels = pixels * np.array([0.95, 1.0, 1.02], dtype=np.float32)
    # temporal noise reduction leaves colour noise as soft blotches a few px across, fainter in highlights
    rng = _rng(name + "/sensor")
    blotches = np.stack([_blurred(rng.normal(0.0, 9.0, (h, w)), 2.5) for _ in range(2)], axis=2)
    weight = (1.0 - 0.7 * pixels.mean(axis=2) / 255.0)[..., None]
    pixels[..., 0:1] += blotches[..., 0:1] * weight
    pixels[..., 2:3] += blotches[..., 1:2] * weight
    pixels[..., 1:2] -= 0.5 * (blotches[..., 0:1] + blotches[..., 1:2]) * weight
    luma = rng.normal(0.0, 1.3, (h, w)).astype(np.float32)
    pixels = pixels + luma[..., None]
    # auto-exposure set the backdrop well past white: it stays clipped
    pixels[white] = 255.0
    image = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=72, subsampling=1)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _on_white(
    frame: Frame,
    colour: np.ndarray,
    mask: np.ndarray,
    name: str,
    *shadows: tuple[float, int, int, float],
    caster: np.ndarray | None = None,
) -> Image.Image:
    """The product on the white sweep with its shadows, each (blur radius, dx, dy, depth) of ``caster``
    (the product's mask unless given), finished by the webcam."""
    caster = mask if caster is None else caster
    backdrop = _white(frame)
    for radius, dx, dy, depth in shadows:
        backdrop = _shade(backdrop, _soft(caster, radius, dx, dy) * (1 - mask), depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


# ---- a glossy yellow rubber duck in profile --------------------------------------------------------------


def rubber_duck_packshot() -> Image.Image:
    """A glossy yellow rubber duck in profile facing left, softbox highlights clipping, 7:6 on white."""
    frame = Frame(1400, 1200)
    x, y = frame.x, frame.y
    body = frame.mask(
        lambda d, at: [
            d.ellipse(at(0.22, 0.42, 0.8, 0.86), fill=255),
            # the tail: a raised point at the back
            d.polygon([tuple(at(0.66, 0.5)), tuple(at(0.84, 0.38)), tuple(at(0.8, 0.62))], fill=255),
        ]
    )
    head = frame.mask(lambda d, at: d.ellipse(at(0.2, 0.12, 0.5, 0.5), fill=255))
    beak = frame.mask(
        lambda d, at: d.polygon(
            [tuple(at(0.23, 0.27)), tuple(at(0.1, 0.31)), tuple(at(0.12, 0.36)), tuple(at(0.25, 0.37))],
            fill=255,
        )
    )
    shell = np.clip(body + head, 0, 1)
    nx, ny, nz = _rounded(shell, 120.0)
    diffuse = np.clip(-0.45 * nx + 0.5 * ny + 0.74 * nz, 0, 1)
    yellow = np.array([252, 206, 30], dtype=np.float32)
    colour = yellow * (0.5 + 0.55 * diffuse)[..., None]
    # the head's own roundness, and the crease where it meets the body
    hx, hy, hz = _rounded(head, 90.0)
    head_lit = np.clip(-0.45 * hx + 0.5 * hy + 0.74 * hz, 0, 1)
    colour = colour * (1 - head[..., None]) + (yellow * (0.5 + 0.55 * head_lit)[..., None]) * head[..., None]
    crease = np.exp(-(((y - 0.47) / 0.018) ** 2)) * _smooth(0.2, 0.26, x) * _smooth(0.52, 0.46, x)
    colour = colour * (1.0 - 0.25 * crease * shell)[..., None]
    # a moulded wing on the body: a slightly darker raised patch with its own rim of shade
    wing = frame.mask(lambda d, at: d.ellipse(at(0.42, 0.52, 0.7, 0.72), fill=255))
    wing_edge = np.clip(_blurred(wing, 5.0) - wing, 0, 1) * 2.0
    colour = colour * (1.0 - 0.08 * wing - 0.3 * np.clip(wing_edge, 0, 1))[..., None]
    beak_colour = (
        np.array([245, 120, 20], dtype=np.float32) * (0.75 + 0.3 * (1 - (y - 0.27) / 0.1))[..., None]
    )
    colour = colour * (1 - beak[..., None]) + beak_colour * beak[..., None]
    eye = frame.mask(lambda d, at: d.ellipse(at(0.285, 0.215, 0.325, 0.26), fill=255))
    colour = colour * (1 - eye[..., None]) + np.array([20, 18, 16], dtype=np.float32) * eye[..., None]
    # the gloss: the softbox's reflections on head and body, clipping to white, and the eye's catchlight
    glints = (
        frame.blob(0.3, 0.19, 0.035, 0.022)
        + frame.blob(0.52, 0.53, 0.07, 0.022)
        + frame.blob(0.62, 0.56, 0.05, 0.02) * 0.7
        + frame.blob(0.299, 0.227, 0.005, 0.006)
    )
    colour = colour + (np.clip(glints, 0, 1.2) * 260.0 * shell)[..., None]
    mask = np.clip(shell + beak, 0, 1)
    return _on_white(frame, colour, mask, "rubber_duck", (6, 4, 6, 0.45), (30, 22, 10, 0.16))


# ---- a badminton racket standing upright -----------------------------------------------------------------


def racket_packshot() -> Image.Image:
    """A badminton racket upright: a thin red-black frame, a fine string mesh, a navy grip, 1:2 on white."""
    frame = Frame(880, 1760)
    w, h = frame.width, frame.height
    k = SUPERSAMPLE
    head_box = (0.14, 0.04, 0.86, 0.46)
    hoop = frame.mask(lambda d, at: d.ellipse(at(*head_box), outline=255, width=round(15 * k)))
    inner = frame.mask(
        lambda d, at: d.ellipse(
            [
                head_box[0] * w * k + 13 * k,
                head_box[1] * h * k + 13 * k,
                head_box[2] * w * k - 13 * k,
                head_box[3] * h * k - 13 * k,
            ],
            fill=255,
        )
    )
    # the strings: 22 mains and 24 crosses, each about 1.5 px wide
    strings = (
        frame.mask(
            lambda d, at: [
                *[
                    d.line([(sx * k, 0), (sx * k, h * k)], fill=255, width=round(1.5 * k))
                    for sx in np.linspace(0.16 * w, 0.84 * w, 22)
                ],
                *[
                    d.line([(0, sy * k), (w * k, sy * k)], fill=255, width=round(1.5 * k))
                    for sy in np.linspace(0.05 * h, 0.45 * h, 24)
                ],
            ]
        )
        * inner
    )
    throat = frame.mask(
        lambda d, at: [
            d.line([tuple(at(0.33, 0.43)), tuple(at(0.495, 0.53))], fill=255, width=round(11 * k)),
            d.line([tuple(at(0.67, 0.43)), tuple(at(0.505, 0.53))], fill=255, width=round(11 * k)),
        ]
    )
    shaft = frame.mask(
        lambda d, at: d.line([tuple(at(0.5, 0.52)), tuple(at(0.5, 0.78))], fill=255, width=round(7 * k))
    )
    grip = frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.465, 0.77, 0.535, 0.965), radius=10 * k, fill=255)
    )
    carbon = np.maximum(hoop, throat)
    # the frame: glossy black carbon, painted red around the top of the hoop
    red_part = _smooth(0.24, 0.2, frame.y)[..., None]
    frame_colour = (
        _metal(carbon, 6.0, (0.32, 0.3, 0.3), 110.0) * (1 - red_part)
        + _metal(carbon, 6.0, (0.95, 0.18, 0.16), 150.0) * red_part
    )
    steel = _metal(shaft, 3.0, (0.92, 0.94, 0.98), 160.0)
    gx, gy, gz = _rounded(grip, 12.0)
    wrap = 0.8 + 0.2 * (np.sin((frame.y * h + frame.x * w * 0.6) * 2 * np.pi / 22.0) > -0.7)
    grip_colour = (
        np.array([28, 40, 92], dtype=np.float32)
        * ((0.55 + 0.5 * np.clip(-0.4 * gx + 0.5 * gy + 0.77 * gz, 0, 1)) * wrap)[..., None]
    )
    string_colour = np.array([212, 214, 126], dtype=np.float32)
    mask = np.maximum.reduce([carbon, strings, shaft, grip])
    colour = string_colour * np.ones_like(frame.x)[..., None]
    colour = _over(colour, steel, shaft)
    colour = _over(colour, frame_colour, carbon)
    colour = _over(colour, grip_colour, grip)
    # standing upright, the racket casts its shadow away from the backdrop behind it: only a faint one of the
    # solid parts, the strings' too thin to show
    solid = np.maximum.reduce([carbon, shaft, grip])
    return _on_white(frame, colour, mask, "racket", (3, 3, 4, 0.3), (14, 10, 12, 0.1), caster=solid)


# ---- a matte black ceramic plant pot ---------------------------------------------------------------------


def _pot(frame: Frame, cx: float, top: float, bottom: float, half: float) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a matte black pot (body tapering down, a rolled rim, a saucer) between ``top`` and
    ``bottom`` (shares of the height), ``half`` its rim's half-width (share of the width)."""
    x, y = frame.x, frame.y
    rim_h = 0.09 * (bottom - top)
    body = frame.mask(
        lambda d, at: d.polygon(
            [
                tuple(at(cx - half * 0.93, top + rim_h)),
                tuple(at(cx + half * 0.93, top + rim_h)),
                tuple(at(cx + half * 0.7, bottom - 0.04 * (bottom - top))),
                tuple(at(cx - half * 0.7, bottom - 0.04 * (bottom - top))),
            ],
            fill=255,
        )
    )
    rim = frame.mask(
        lambda d, at: d.rounded_rectangle(
            at(cx - half, top, cx + half, top + rim_h),
            radius=0.4 * rim_h * frame.height * SUPERSAMPLE,
            fill=255,
        )
    )
    saucer = frame.mask(
        lambda d, at: d.rounded_rectangle(
            at(cx - half * 0.82, bottom - 0.05 * (bottom - top), cx + half * 0.82, bottom),
            radius=0.02 * (bottom - top) * frame.height * SUPERSAMPLE,
            fill=255,
        )
    )
    # a cylinder lit from the upper left: the light falls off across the width, a faint broad sheen
    across = (x - cx) / half
    tone = 40.0 - 14.0 * across + 22.0 * np.exp(-(((across + 0.45) / 0.22) ** 2)) - 10.0 * across**4
    glaze = 1.0 + 0.06 * (frame.noise("plant_pot/glaze", 40, octaves=2) - 0.5)
    pot_colour = (tone * glaze)[..., None] * np.array([1.0, 1.0, 1.04], dtype=np.float32)
    rim_colour = pot_colour * (1.15 + 0.25 * _smooth(top + rim_h, top, y))[..., None]
    saucer_colour = pot_colour * 0.8
    # the rim overhangs the body: a band of shade just beneath it
    under_rim = np.exp(-(((y - top - rim_h) / 0.012) ** 2))
    pot_colour = pot_colour * (1.0 - 0.5 * under_rim)[..., None]
    colour = _over(_over(saucer_colour, pot_colour, body), rim_colour, rim)
    mask = np.maximum.reduce([body, rim, saucer])
    return colour.astype(np.float32), mask


def plant_pot_packshot() -> Image.Image:
    """A matte black ceramic plant pot with a rolled rim on its saucer, seen level, 5:6 on white."""
    frame = Frame(1000, 1200)
    colour, mask = _pot(frame, 0.5, 0.16, 0.86, 0.33)
    return _on_white(frame, colour, mask, "plant_pot", (5, 2, 5, 0.5), (26, 24, 14, 0.14))


def decking_scene() -> Image.Image:
    """The pot with a small plant on weathered grey decking before a rendered wall, low sun from the right."""
    frame = Frame(1200, 1600)
    x, y = frame.x, frame.y
    h = frame.height
    horizon = 0.42
    wall = (178.0 + 26.0 * (frame.noise("decking/render", 30, octaves=4) - 0.5))[..., None] * np.array(
        [1.0, 0.95, 0.86], dtype=np.float32
    )
    # the boards run across the frame, narrowing with distance; gaps between them dark
    depth = np.clip((y - horizon) / (1 - horizon), 0, 1)
    board = np.sqrt(depth) * 9.0
    gaps = np.exp(-(((board - np.round(board)) / (0.015 + 0.02 * depth)) ** 2))
    grain = frame.noise("decking/grain", 3, octaves=2)
    streaks = np.sin((x * 90.0 + 6.0 * grain + np.floor(board) * 1.7) * 2 * np.pi * 0.2) * 0.5 + 0.5
    weathering = frame.noise("decking/weather", 18, octaves=3) - 0.5
    plank = (120.0 + 40.0 * depth + 14.0 * streaks + 30.0 * weathering)[..., None] * np.array(
        [0.98, 0.96, 0.92], dtype=np.float32
    )
    plank = plank * (1.0 - 0.75 * gaps)[..., None]
    floor = _smooth(horizon - 0.002, horizon + 0.002, y)
    scene = _over(wall, plank, floor)
    # low sunlight warms the right and the floor, the wall's left is in shade
    scene = scene * (0.8 + 0.35 * x)[..., None] * np.array([1.05, 1.0, 0.92], dtype=np.float32)
    colour, mask = _pot(frame, 0.52, 0.5, 0.86, 0.26)
    # the plant: a tuft of leaves rising from the pot, each a pointed ellipse, green, lit from the right
    rng = _rng("decking/leaves")
    leaves = frame.mask(
        lambda d, at: [
            d.ellipse(at(lx - 0.035, ly - 0.09, lx + 0.035, ly + 0.09), fill=255)
            for lx, ly in zip(rng.uniform(0.36, 0.68, 24), rng.uniform(0.36, 0.5, 24), strict=True)
        ]
    )
    leaf_tone = 0.6 + 0.7 * frame.noise("decking/leaf", 60) * (0.7 + 0.6 * x)
    leaf_colour = np.array([52, 110, 44], dtype=np.float32) * leaf_tone[..., None]
    # the shadow is cast from a copy padded on the right, so its shift to the left does not wrap round
    caster = np.pad(np.maximum(mask, leaves * (y < 0.5)), ((0, 0), (0, frame.width)))
    shadow = _soft(caster, 10, -int(0.3 * frame.width), int(0.02 * h))[:, : frame.width] * (1 - mask)
    scene = _shade(scene, shadow * floor, 0.45)
    scene = _shade(scene, _soft(mask, 4, 0, 5) * (1 - mask), 0.5)
    scene = _over(scene, leaf_colour, leaves * (1 - mask))
    scene = _over(scene, colour * 1.05, mask)
    return _as_photo(scene, "decking")


# ---- a beech wooden spoon lying flat ---------------------------------------------------------------------


def wooden_spoon_packshot() -> Image.Image:
    """A beech wooden spoon lying flat, a long grain and a hanging hole, in a 5:2 landscape on white."""
    frame = Frame(1750, 700)
    w, h = frame.width, frame.height
    x, y = frame.x, frame.y
    k = SUPERSAMPLE
    bowl = frame.mask(lambda d, at: d.ellipse(at(0.06, 0.22, 0.36, 0.78), fill=255))
    handle = frame.mask(
        lambda d, at: [
            d.polygon(
                [tuple(at(0.32, 0.44)), tuple(at(0.9, 0.43)), tuple(at(0.9, 0.57)), tuple(at(0.32, 0.56))],
                fill=255,
            ),
            d.ellipse(at(0.87, 0.43, 0.93, 0.57), fill=255),
        ]
    )
    hole = frame.mask(
        lambda d, at: d.ellipse(
            [(0.895 * w - 9) * k, (0.5 * h - 9) * k, (0.895 * w + 9) * k, (0.5 * h + 9) * k], fill=255
        )
    )
    mask = np.clip(bowl + handle, 0, 1) * (1 - hole)
    # the grain runs along the spoon: thin bands that wander a little, darker late wood
    wander = frame.noise("wooden_spoon/wander", 4, octaves=2)
    bands = np.sin((y * 38.0 + 2.5 * wander) * 2 * np.pi) * 0.5 + 0.5
    fleck = frame.noise("wooden_spoon/fleck", 300) - 0.5
    beech = np.array([214, 172, 122], dtype=np.float32)
    nx, ny, nz = _rounded(mask, 14.0)
    lit = np.clip(-0.4 * nx + 0.55 * ny + 0.73 * nz, 0, 1)
    colour = beech * (0.62 + 0.4 * lit - 0.12 * bands**3 + 0.08 * fleck)[..., None]
    # the bowl is hollow: darker towards its far side, a lighter lip on the near one
    u, v = (x - 0.21) / 0.15, (y - 0.5) / 0.28
    r = np.hypot(u, v)
    hollow = _smooth(0.95, 0.75, r) * (0.9 - 0.3 * (u + v))
    colour = colour * (1.0 - 0.18 * np.clip(hollow, 0, 1.2))[..., None]
    return _on_white(frame, colour, mask, "wooden_spoon", (4, 2, 4, 0.35), (16, 12, 14, 0.12))
