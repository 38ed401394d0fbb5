"""``heldout21``'s pictures: four products a kitchenware shop, menswear shop, coffee roaster and stationer
list, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 2:5 portrait of 600 x 1500 (balloon whisk), a 23:20 landscape of 1150 x 1000
  (pocket square), a 14:9 landscape of 1400 x 900 (coffee beans), a 17:5 banner of 1700 x 500 (acrylic
  ruler); the scene is a 7:5 landscape of 1400 x 1000;
- the canvases they are padded onto (``PADDING``): a 5:4 landscape much wider than the tall whisk (so it sits
  off centre, white to one side), a square barely larger than the pocket square, a 1:1.6 portrait many times
  as tall as a small picture of the beans (and the scene), sitting above or below its middle, and a 5:2
  banner with a modest margin round the ruler;
- a stainless-steel balloon whisk standing upright (eight thin polished wires, 2.5 px thick, looping out of a
  brushed handle: thin reflective lines mostly surrounded by backdrop, their glints clipped); a black and
  cream houndstooth wool pocket square lying flat, a little turned (a very fine, strictly regular woven
  check: threads 1.6 px wide, a repeat every 13 px, prone to moire when shrunk); a heap of dark-roast coffee
  beans (a very dark, oily product of hundreds of small glossy ovals with creases, tiny specular glints); a
  clear acrylic 30 cm ruler lying askew (a transparent product: the white sweep seen through it, only its
  refracting edges, faint shadow and printed black scale show it);
- every picture is finished the way an old CCD compact camera finishes a still: a warm, faintly green white
  balance, lateral chromatic aberration (red magnified and blue shrunk about the centre), a soft highlight
  shoulder, luma and chroma noise with the chroma noise smoothed away (colour smeared a little across
  edges), a baseline JPEG at quality 86 with 4:2:2 chroma; the clipped white sweep is kept white;
- one full-frame scene: the coffee beans spilt across a dark slate board beside a white espresso cup, lit by a
  window from the upper right.

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
from bench.photo_sets.heldout10 import _smooth
from bench.photo_sets.heldout11 import _lit
from bench.photo_sets.heldout17 import _along
from bench.photo_sets.heldout18 import _words

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "balloon_whisk": (560, 1.9, 0.8),
    "pocket_square": (940, 1.06, 1.0),
    "coffee_beans": (330, 3.1, 1.6),
    "acrylic_ruler": (1100, 1.18, 0.4),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout21/" + name).encode()))


def _scaled(channel: np.ndarray, factor: float) -> np.ndarray:
    """A channel magnified by ``factor`` about the picture's centre (bilinear)."""
    h, w = channel.shape
    image = Image.fromarray(channel.astype(np.float32), mode="F")
    a = 1.0 / factor
    data = (a, 0.0, (w / 2) * (1 - a), 0.0, a, (h / 2) * (1 - a))
    reach = Image.fromarray(np.ones((h, w), dtype=np.float32), mode="F")
    moved, reached = (
        np.asarray(
            i.transform((w, h), Image.Transform.AFFINE, data, Image.Resampling.BILINEAR), dtype=np.float32
        )
        for i in (image, reach)
    )
    return moved + (1.0 - reached) * channel  # the border the shift left empty keeps its own value


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """An old CCD compact's still: warm, faintly green white balance, lateral chromatic aberration, a soft
    highlight shoulder, chroma noise smoothed away, baseline JPEG 86 4:2:2; the clipped white stays white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    # the zoom lens's lateral chromatic aberration: red a little larger, blue a little smaller
    pixels = np.stack(
        [_scaled(pixels[..., 0], 1.0016), pixels[..., 1], _scaled(pixels[..., 2], 0.9984)], axis=2
    )
    pixels = np.stack([_blurred(pixels[..., c], 0.6) for c in range(3)], axis=2)
    # the warm, faintly green auto white balance (the highlights' white point kept) and a soft shoulder
    # above 3/4 of full scale
    depth = np.clip(3.0 * (1.0 - pixels.mean(axis=2) / 255.0), 0.0, 1.0)[..., None]
    pixels = pixels * (1.0 + depth * np.array([0.03, 0.015, -0.07], dtype=np.float32))
    t = np.clip(pixels / 255.0, 0.0, 1.2)
    knee = 0.75
    t = np.where(t < knee, t, knee + (1 - knee) * np.tanh((t - knee) / (1 - knee)) / np.tanh(1.0))
    pixels = 255.0 * t
    # the CCD's noise: luma and chroma grain; the camera's noise reduction smooths the chroma away
    rng = _rng(name + "/sensor")
    pixels = pixels + rng.normal(0.0, 2.2, (h, w, 3)).astype(np.float32)
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    chroma = pixels - luma[..., None]
    chroma = np.stack([_blurred(chroma[..., c], 1.8) for c in range(3)], axis=2)
    pixels = luma[..., None] + chroma
    soft = _blurred(luma, 1.2)
    pixels = pixels + (0.5 * (luma - soft))[..., None]
    pixels[white] = 255.0
    image = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    stored = io.BytesIO()
    image.save(stored, "JPEG", quality=86, subsampling=1)
    return Image.open(io.BytesIO(stored.getvalue())).convert("RGB")


def _on_sweep(
    frame: Frame,
    colour: np.ndarray,
    mask: np.ndarray,
    name: str,
    depth: float,
    shadow: np.ndarray | None = None,
) -> Image.Image:
    """The product on a white sweep lit by a large softbox from the upper right: a contact line and a shadow
    falling a little down and to the left."""
    cast = mask if shadow is None else shadow
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(cast, 1.4, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(cast, 14.0, -7, 9) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


# ---- a stainless-steel balloon whisk ----------------------------------------------------------------------


def balloon_whisk_packshot() -> Image.Image:
    """A stainless-steel balloon whisk standing upright: eight thin wire loops and a brushed handle, 2:5."""
    frame = Frame(600, 1500)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx = 0.5 * frame.width
    top, neck = 0.035 * frame.height, 0.6 * frame.height
    mid, tall = (top + neck) / 2, (neck - top) / 2
    wires = np.zeros((frame.height, frame.width), dtype=np.float32)
    steel = np.zeros((frame.height, frame.width, 3), dtype=np.float32)
    rng = _rng("balloon_whisk/wires")
    theta = np.linspace(0.0, 2 * np.pi, 600)
    pinch = 1 - 0.93 * ((1 - np.cos(theta)) / 2) ** 2.6
    for i, turn in enumerate(np.linspace(0.0, np.pi, 8, endpoint=False) + 0.17):
        half = 0.44 * frame.width * (0.12 + 0.88 * abs(np.cos(turn)))
        xs = cx + half * np.sin(theta) * pinch * (1 if i % 2 else -1)
        ys = mid - tall * np.cos(theta) * (1 - 0.015 * i)
        points = list(zip(xs.tolist(), ys.tolist(), strict=True))

        def draw(d, at, points=points):
            d.line(
                [(x * SUPERSAMPLE, y * SUPERSAMPLE) for x, y in points],
                fill=255,
                width=round(2.5 * SUPERSAMPLE),
                joint="curve",
            )

        wire = frame.mask(draw)
        # polished steel: the softbox and the room slide along the wire as it curves; some glints clip
        phase = rng.uniform(0, 2 * np.pi)
        sweep = 0.5 + 0.5 * np.sin(9.0 * frame.y + 5.0 * frame.x * (1 if i % 2 else -1) + phase)
        tone = 70.0 + 150.0 * sweep**3 + 120.0 * (sweep > 0.97)
        front = 1.0 if np.sin(turn) > 0 else 0.82
        metal = (tone * front)[..., None] * np.array([0.97, 0.99, 1.02], dtype=np.float32)
        steel = _over(steel, metal, wire)
        wires = np.maximum(wires, wire)
    # the handle: a brushed steel cylinder with a ferrule where the wires go in and a hanging ring
    handle_top, handle_bottom = neck - 0.01 * frame.height, 0.955 * frame.height
    half_h = 0.052 * frame.width + 0.012 * frame.width * np.clip(
        (py - handle_top) / (handle_bottom - handle_top), 0, 1
    )
    handle = np.clip(half_h - np.abs(px - cx) + 0.5, 0, 1) * _smooth(handle_top, handle_top + 1.5, py)
    handle = handle * _smooth(handle_bottom, handle_bottom - 8.0, py)
    a = np.clip((px - cx) / np.maximum(half_h, 1.0), -1, 1)
    nz = np.sqrt(np.clip(1 - a**2, 0, 1))
    lit = _lit(a, np.zeros_like(a), nz, (0.5, 0.3, 0.81))
    # brushed along the handle: fine streaks that run its length
    streaks = _rng("balloon_whisk/brush").normal(0.0, 1.0, (1, frame.width)).astype(np.float32)
    brushed = _blurred(np.repeat(streaks, frame.height, axis=0), 0.6)
    body = 60.0 + 150.0 * lit + 6.0 * brushed + 90.0 * np.exp(-(((a - 0.35) / 0.1) ** 2))
    body = body + 40.0 * np.exp(-(((a + 0.7) / 0.12) ** 2))
    ferrule = np.exp(-(((py - handle_top - 26.0) / 3.0) ** 2)) + np.exp(
        -(((py - handle_top - 40.0) / 2.0) ** 2)
    )
    body = body * (1 - 0.45 * ferrule)
    metal = body[..., None] * np.array([0.96, 0.98, 1.02], dtype=np.float32)
    ring_c = (cx, 0.975 * frame.height)
    ring = np.clip(3.0 - np.abs(np.hypot(px - ring_c[0], py - ring_c[1]) - 0.035 * frame.width) + 0.5, 0, 1)
    ring = ring * (py > handle_bottom - 4.0)
    colour = _over(_white(frame), steel, wires)
    colour = _over(colour, metal, handle)
    colour = _over(colour, np.full_like(colour, 150.0), ring)
    mask = np.clip(np.maximum.reduce([wires, handle, ring]), 0, 1)
    return _on_sweep(frame, colour, mask, "balloon_whisk", 0.2)


# ---- a houndstooth wool pocket square ---------------------------------------------------------------------


def _houndstooth(frame: Frame, cx: float, cy: float, angle: float, pitch: float) -> np.ndarray:
    """0..1 share of black of a 2/2 twill houndstooth (4 black, 4 cream threads) at ``pitch`` px a thread,
    worked out at 3x and averaged (the fine check as a lens resolves it)."""
    fine = 3
    h, w = frame.height, frame.width
    ys, xs = np.mgrid[0 : h * fine, 0 : w * fine].astype(np.float32) / fine
    theta = np.deg2rad(angle)
    dx, dy = xs - cx * w, ys - cy * h
    u = dx * np.cos(theta) + dy * np.sin(theta)
    v = -dx * np.sin(theta) + dy * np.cos(theta)
    i, j = np.floor(u / pitch).astype(np.int64), np.floor(v / pitch).astype(np.int64)
    warp_up = (i + j) % 4 < 2
    dark = np.where(warp_up, i % 8 < 4, j % 8 < 4).astype(np.float32)
    return dark.reshape(h, fine, w, fine).mean(axis=(1, 3))


def pocket_square_packshot() -> Image.Image:
    """A black and cream houndstooth wool pocket square lying flat, a little turned, 23:20 on white."""
    frame = Frame(1150, 1000)
    side = 0.78 * frame.height
    u, v = _along(frame, 0.5, 0.5, -7.0, side)
    wobble = 3.0 * np.sin(u / 37.0) + 2.0 * np.sin(v / 29.0)
    square = _smooth(0.0, 1.5, u + wobble) * _smooth(side, side - 1.5, u - wobble)
    square = square * np.clip(side / 2 - np.abs(v + 0.5 * wobble) + 0.5, 0, 1)
    dark = _houndstooth(frame, 0.5, 0.5, -7.0, 1.6)
    black = np.array([34, 31, 30], dtype=np.float32)
    cream = np.array([222, 212, 188], dtype=np.float32)
    cloth = black + (1 - dark)[..., None] * (cream - black)
    # the wool's slubs, a soft fold across the diagonal, the rolled hem's shade along the edge
    slub = frame.noise("pocket_square/slub", 60, octaves=2)
    fold = np.exp(-(((u - v - side / 2 + 0.04 * side) / 14.0) ** 2))
    hem = np.exp(-(np.minimum.reduce([u, side - u, side / 2 - v, side / 2 + v]) / 5.0))
    light = (0.9 + 0.1 * slub + 0.06 * (1 - frame.x)) * (1 - 0.18 * fold) * (1 - 0.25 * np.clip(hem, 0, 1))
    cloth = cloth * light[..., None]
    colour = _over(_white(frame), cloth, square)
    return _on_sweep(frame, colour.astype(np.float32), square, "pocket_square", 0.12)


# ---- a heap of dark-roast coffee beans --------------------------------------------------------------------


def _beans(
    frame: Frame, backdrop: np.ndarray, spots: np.ndarray, size: float, seed: str
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, coverage) of dark-roast beans at ``spots`` (px, drawn in order, later ones on top), ``size``
    px long, over ``backdrop``; each casts a small shadow on what is under it."""
    colour, coverage = backdrop.copy(), np.zeros(backdrop.shape[:2], dtype=np.float32)
    rng = _rng(seed)
    for bx, by in spots:
        angle = rng.uniform(0, np.pi)
        length = size * rng.uniform(0.85, 1.15)
        rx, ry = length / 2, length * rng.uniform(0.32, 0.38)
        r = int(rx + 8)
        x0, x1 = max(0, int(bx) - r), min(frame.width, int(bx) + r)
        y0, y1 = max(0, int(by) - r), min(frame.height, int(by) + r)
        if x0 >= x1 or y0 >= y1:
            continue
        ys, xs = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        dx, dy = xs - bx, ys - by
        a = (dx * np.cos(angle) + dy * np.sin(angle)) / rx
        b = (-dx * np.sin(angle) + dy * np.cos(angle)) / ry
        dist = np.hypot(a, b)
        bean = np.clip((1 - dist) * min(rx, ry) + 0.5, 0, 1)
        sa, sb = a - 3.0 / rx, b - 3.0 / ry
        shadow = np.clip(1.25 - np.hypot(sa, sb), 0, 1) * (1 - bean)
        nz = np.sqrt(np.clip(1 - dist**2, 0, 1))
        nx = (a * np.cos(angle) - b * np.sin(angle)) / 1.0
        ny = -(a * np.sin(angle) + b * np.cos(angle))
        lit = _lit(nx, ny, nz, (0.45, 0.45, 0.77))
        roast = rng.uniform(0.75, 1.15)
        tone = np.array([62, 38, 24], dtype=np.float32) * roast * (0.35 + 0.85 * lit)[..., None]
        # the crease: a dark S-curve along the middle; an oily specular glint, sometimes clipped
        crease = np.exp(-(((b - 0.18 * np.sin(2.6 * a)) / 0.09) ** 2)) * (np.abs(a) < 0.85)
        tone = tone * (1 - 0.8 * crease)[..., None]
        glint = np.exp(-((nx - 0.35) ** 2 + (ny - 0.4) ** 2) / 0.02) * rng.uniform(0.4, 1.6)
        tone = tone + (200.0 * glint)[..., None]
        patch = colour[y0:y1, x0:x1]
        patch = patch * (1 - 0.55 * shadow)[..., None]
        colour[y0:y1, x0:x1] = _over(patch, tone, bean)
        coverage[y0:y1, x0:x1] = np.maximum(coverage[y0:y1, x0:x1], bean)
    return colour, coverage


def coffee_beans_packshot() -> Image.Image:
    """A low heap of dark-roast coffee beans seen from a little above, 14:9 on white."""
    frame = Frame(1400, 900)
    rng = _rng("coffee_beans/heap")
    n = 520
    radius = np.sqrt(rng.random(n))
    turn = rng.uniform(0, 2 * np.pi, n)
    xs = 0.5 * frame.width + 0.36 * frame.width * radius * np.cos(turn)
    ys = 0.55 * frame.height + 0.3 * frame.height * radius * np.sin(turn)
    order = np.argsort(-radius)  # the rim first, the top of the heap last
    spots = np.stack([xs[order], ys[order] - 40.0 * (1 - radius[order] ** 2)], axis=1)
    colour, coverage = _beans(frame, _white(frame), spots, 44.0, "coffee_beans/beans")
    return _on_sweep(frame, colour, coverage, "coffee_beans", 0.3)


def slate_scene() -> Image.Image:
    """Coffee beans spilt across a dark slate board beside a white espresso cup, window light upper right."""
    frame = Frame(1400, 1000)
    px, py = frame.x * frame.width, frame.y * frame.height
    layers = frame.noise("slate/layers", 6, octaves=4)
    cleft = np.sin(py / 23.0 + 6.0 * frame.noise("slate/cleft", 3, octaves=2))
    slate = np.array([58, 62, 66], dtype=np.float32) * (0.8 + 0.25 * layers + 0.04 * cleft)[..., None]
    # the white espresso cup and saucer, top left, seen from above
    cup_c = (0.24 * frame.width, 0.3 * frame.height)
    r = np.hypot(px - cup_c[0], py - cup_c[1])
    saucer = np.clip(170.0 - r + 0.5, 0, 1)
    cup = np.clip(112.0 - r + 0.5, 0, 1)
    coffee = np.clip(92.0 - r + 0.5, 0, 1)
    scene = _shade(slate, _soft(saucer, 12.0, -10, 12) * (1 - saucer), 0.5)
    china = (
        np.array([236, 234, 230], dtype=np.float32)
        * (0.82 + 0.18 * np.clip((px - cup_c[0]) / 170 + 0.5, 0, 1))[..., None]
    )
    scene = _over(scene, china, saucer)
    scene = _over(scene, china * 1.04, cup)
    crema = (
        np.array([150, 96, 52], dtype=np.float32) * (0.75 + 0.3 * frame.noise("slate/crema", 40))[..., None]
    )
    scene = _over(scene, crema, coffee)
    rng = _rng("slate/spill")
    n = 260
    along = rng.random(n) ** 0.7
    xs = 0.4 * frame.width + 0.55 * frame.width * along + rng.normal(0, 50, n)
    ys = 0.75 * frame.height - 0.25 * frame.height * along + rng.normal(0, 60 * (1 - along) + 25, n)
    spots = np.stack([xs, ys], axis=1)[np.argsort(ys)]
    colour, _ = _beans(frame, scene, spots, 40.0, "slate/beans")
    window = 0.62 + 0.5 * np.exp(-(((frame.x - 0.85) ** 2) / 0.25 + ((frame.y - 0.1) ** 2) / 0.4))
    return _as_photo(colour * window[..., None], "slate")


# ---- a clear acrylic ruler --------------------------------------------------------------------------------


def acrylic_ruler_packshot() -> Image.Image:
    """A clear acrylic 30 cm ruler lying askew, its black scale printed on it, 17:5 on white."""
    frame = Frame(1700, 500)
    length, width = 0.9 * frame.width, 0.34 * frame.height
    u, v = _along(frame, 0.5, 0.5, -3.0, length)
    ends = _smooth(0.0, 1.2, u) * _smooth(length, length - 1.2, u)
    ruler = ends * np.clip(width / 2 - np.abs(v) + 0.5, 0, 1)
    # the sweep seen through the acrylic: a faint cool grey; its cut edges refract the room (a dark and a
    # bright line along each), a bevel down the scale edge
    edge = np.minimum.reduce([u, length - u, width / 2 - v, width / 2 + v])
    through = np.array([238, 242, 244], dtype=np.float32) * np.ones(
        (frame.height, frame.width, 3), np.float32
    )
    rim = np.exp(-(((edge - 1.2) / 1.1) ** 2))
    glow = np.exp(-(((edge - 4.0) / 1.6) ** 2))
    bevel = np.exp(-(((v + width / 2 - 14.0) / 3.0) ** 2))
    acrylic = through * (1 - 0.45 * rim - 0.08 * bevel)[..., None] + (14.0 * glow)[..., None]
    acrylic = acrylic * (1 - 0.03 * frame.noise("acrylic_ruler/scratches", 90))[..., None]
    # the printed scale: a tick every millimetre (5.3 px), longer at 5 and 10, numbers every centimetre
    mm = length * 0.95 / 300.0
    start = 0.025 * length
    k = np.round((u - start) / mm)
    near = np.abs(u - start - k * mm) < 0.55
    tall = np.where(k % 10 == 0, 0.36, np.where(k % 5 == 0, 0.25, 0.16)) * width
    ticks = near * (v < -width / 2 + 2.0 + tall) * (v > -width / 2 + 2.0) * (k >= 0) * (k <= 300)
    ticks = _blurred(ticks.astype(np.float32), 0.45)
    theta = np.deg2rad(-3.0)

    def spot(along: float, across: float) -> tuple[float, float]:
        # (x, y) shares of the point ``along`` px from the ruler's start and ``across`` px off its middle
        du = along - length / 2
        x = 0.5 * frame.width + du * np.cos(theta) - across * np.sin(theta)
        y = 0.5 * frame.height + du * np.sin(theta) + across * np.cos(theta)
        return float(x / frame.width), float(y / frame.height)

    rows = tuple(
        (str(cm), *spot(start + cm * 10 * mm, -width / 2 + 0.36 * width + 20.0), 0.055) for cm in range(31)
    )
    numbers = _words(frame, rows)
    brand = _words(frame, (("ACRYLIC  30 cm", *spot(length / 2, 0.28 * width), 0.042),))
    printed = np.clip(ticks + numbers + brand, 0, 1) * ruler
    colour = _over(_white(frame), acrylic, ruler)
    colour = _over(colour, np.full_like(colour, 22.0), 0.92 * printed)
    # a transparent part casts only a faint shadow with a bright caustic line at its edge
    return _on_sweep(frame, colour.astype(np.float32), ruler, "acrylic_ruler", 0.07)
