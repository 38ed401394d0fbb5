"""``heldout28``'s pictures: four products a menswear shop, drinkware shop, cycle shop and homeware shop list,
and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, as the messaging app delivers them (drawn larger, shrunk to 1280 px on the long
  side): a 13:12 landscape of 1280 x 1182 (belt), a 5:2 banner of 1280 x 512 (water bottle), a 10:11 portrait
  of 1164 x 1280 (bicycle bell), an 81:59 landscape of 1280 x 932 (cork coasters); the scene is a 7:9 portrait
  of 996 x 1280;
- the canvases they are padded onto (``PADDING``): a 1:0.61 landscape with broad white either side of a small
  picture of the belt, a 1:0.3 banner barely larger than the water bottle's picture, a 1:1.22 portrait ten
  times as wide as a tiny picture of the bell (and the scene), and a 1:0.93 landscape flush with the coasters'
  picture at the sides, broad white above and below;
- a dark brown pebble-grain leather belt rolled into a loose flat spiral, its turns about 11 px apart with the
  backdrop showing between them, tan stitching along both edges, five punched holes near the tip showing the
  backdrop, a polished brass buckle at the outer end (a dark, finely grained product with many thin gaps); a
  clear plastic water bottle lying on its side with a blue ridged cap, a little over a third full of water,
  moulded rings and a pale blue label band (a transparent product: the white sweep seen through it, dark
  refracting walls, a clipped highlight streak); a chrome bicycle bell seen from above, a mirror-polished dome
  with two pressed rings reflecting a bright softbox, a dark room below its horizon and the white sweep at its
  rim, a black thumb lever and clamp (a small metallic product of hard mirrored contrasts); a stack of four
  round cork coasters seen from above at an angle (a mid-tone product whose only texture is a fine granular
  grain with dark pits);
- every picture is finished the way a seller's photo looks after it was sent through a messaging app (the
  phone's camera: a little luma noise, mild sharpening, JPEG quality 92 with 4:2:0 chroma; the app: shrunk to
  1280 px on the long side with a Lanczos filter, a mild unsharp mask -- radius 1 px, 35 %, threshold 2 --,
  and re-encoded as a JPEG at quality 70 with 4:2:0 chroma, the size-first compression chat apps use); the
  clipped white sweep is kept white;
- one full-frame scene: the bell clamped to a matte black handlebar with a foam grip, before a park far out of
  focus (foliage, sky through the leaves, a grey path), lit by the sun from the upper left.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop, at the delivered size), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout11 import _lit

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "belt": (470, 2.35, 0.61),
    "water_bottle": (1200, 1.02, 0.3),
    "bicycle_bell": (120, 10.0, 1.22),
    "cork_coasters": (1020, 1.0, 0.93),
}

_MASKS: dict[str, np.ndarray] = {}
_SUPERSAMPLE = 4
_LONG_SIDE = 1280


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout28/" + name).encode()))


def _jpeg(image: Image.Image, quality: int) -> Image.Image:
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A phone's JPEG (luma noise, mild sharpening, quality 92 4:2:0) sent through a messaging app: shrunk to
    1280 px on the long side (Lanczos), a mild unsharp mask, re-encoded at JPEG quality 70 4:2:0; white kept
    white."""
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    # the phone's camera
    pixels = pixels + _rng(name + "/sensor").normal(0.0, 1.5, (h, w, 1)).astype(np.float32)
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    pixels = pixels + (0.45 * (luma - _blurred(luma, 1.0)))[..., None]
    pixels[white] = 255.0
    photo = _jpeg(Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8)), 92)
    # the messaging app: Lanczos to 1280 px on the long side, a mild unsharp mask, JPEG 70 with 4:2:0
    ratio = min(1.0, _LONG_SIDE / max(w, h))
    size = (round(w * ratio), round(h * ratio))
    photo = photo.resize(size, Image.Resampling.LANCZOS)
    photo = photo.filter(ImageFilter.UnsharpMask(radius=1.0, percent=35, threshold=2))
    decoded = np.asarray(_jpeg(photo, 70), dtype=np.float32).copy()
    kept = Image.fromarray((white * 255).astype(np.uint8)).resize(size, Image.Resampling.BOX)
    kept_white = np.asarray(kept) >= 254
    decoded[kept_white & (decoded.min(axis=2) >= 240.0)] = 255.0
    if mask is not None:
        reduced = Image.fromarray(np.clip(mask * 255.0 + 0.5, 0, 255).astype(np.uint8)).resize(
            size, Image.Resampling.BOX
        )
        _MASKS[name] = np.asarray(reduced, dtype=np.float32) / 255.0 > 0.5
    return Image.fromarray(decoded.astype(np.uint8))


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit from the upper left: a contact line and a soft shadow down-right."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(mask, 14.0, 9, 12) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


def _drawn(frame: Frame, draw: Callable[[ImageDraw.ImageDraw, int], None]) -> np.ndarray:
    """An antialiased 0..1 mask drawn in pixel coordinates at 4x (``draw`` gets the factor), reduced."""
    big = Image.new("L", (frame.width * _SUPERSAMPLE, frame.height * _SUPERSAMPLE), 0)
    draw(ImageDraw.Draw(big), _SUPERSAMPLE)
    reduced = big.resize((frame.width, frame.height), Image.Resampling.BOX)
    return np.asarray(reduced, dtype=np.float32) / 255.0


def _fine(name: str, frame: Frame, radius: float) -> np.ndarray:
    """Unit-variance fine noise blurred by ``radius`` px."""
    values = _blurred(_rng(name).normal(0, 1, (frame.height, frame.width)).astype(np.float32), radius)
    return values / float(values.std())


# ---- a leather belt, rolled ------------------------------------------------------------------------------


def belt_packshot() -> Image.Image:
    """A dark brown leather belt rolled into a loose flat spiral, brass buckle outside, 13:12 on white."""
    frame = Frame(1560, 1440)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx, cy = 760.0, 700.0
    r0, pitch, width, turns = 74.0, 86.0, 72.0, 4.3
    dx, dy = px - cx, py - cy
    r = np.hypot(dx, dy)
    theta = np.mod(np.arctan2(dy, dx), 2 * np.pi)
    k = np.floor((r - r0 - pitch * theta / (2 * np.pi)) / pitch + 0.5)
    phi = theta + 2 * np.pi * k  # the angle wound from the tip
    centre_r = r0 + pitch * phi / (2 * np.pi)
    d = r - centre_r
    end = 2 * np.pi * turns
    strap = np.clip(width / 2 - np.abs(d) + 0.5, 0, 1) * (phi >= 0) * (phi <= end)
    # the rounded tip at the spiral's inner end
    tip_x, tip_y = cx + r0, cy
    tip = np.clip(width / 2 - np.hypot(px - tip_x, py - tip_y) + 0.5, 0, 1)
    across = np.where(strap > 0, d / (width / 2), np.hypot(px - tip_x, py - tip_y) / (width / 2))
    across = np.clip(across, -1, 1)
    arc = r0 * phi + pitch * phi**2 / (4 * np.pi)  # length along the strap from the tip
    mask = np.clip(np.maximum(strap, tip), 0, 1)
    # the leather: dark brown, a fine pebble grain, a slightly domed strap with darker painted edges
    grain = 0.6 * _fine("belt/pebble", frame, 1.1) + 0.4 * _fine("belt/pores", frame, 0.6)
    dome = np.sqrt(np.clip(1 - across**2, 0, 1))
    lit = _lit(
        -across * dx / np.maximum(r, 1) * 0.6,
        -across * dy / np.maximum(r, 1) * 0.6,
        dome + 0.3,
        (-0.5, -0.6, 0.6),
    )
    leather = np.array([96, 56, 32], dtype=np.float32)
    colour = leather * ((0.62 + 0.5 * lit) * (1 + 0.08 * grain))[..., None]
    colour = colour * (1 - 0.45 * np.clip((np.abs(across) - 0.88) / 0.12, 0, 1))[..., None]
    # tan stitching 8 px inside each edge: 5 px stitches every 9 px along the strap
    stitch_line = np.exp(-(((np.abs(across) * width / 2 - (width / 2 - 8.0)) / 1.1) ** 2))
    stitch = stitch_line * (np.mod(arc, 9.0) < 5.0) * (strap > 0) * (phi > 0.4)
    colour = _over(
        colour, np.full_like(colour, 1.0) * np.array([198, 164, 112], dtype=np.float32), stitch * 0.9
    )
    # five punched holes near the tip: the backdrop shows through
    for i in range(5):
        a = 1.3 + 0.5 * i
        rr = r0 + pitch * a / (2 * np.pi)
        hx, hy = cx + rr * np.cos(a), cy + rr * np.sin(a)
        hd = np.hypot(px - hx, py - hy)
        colour = colour * (1 - 0.4 * np.clip(10.5 - hd, 0, 1))[..., None]  # the hole's dark punched wall
        mask = mask * (1 - np.clip(7.0 - hd + 0.5, 0, 1))
    # the buckle at the outer end: a polished brass frame with a prong, tangent to the spiral
    end_r = r0 + pitch * turns
    ex, ey = cx + end_r * np.cos(end), cy + end_r * np.sin(end)
    tx, ty = -np.sin(end), np.cos(end)  # along the strap, onwards
    u = (px - ex) * tx + (py - ey) * ty
    v = (px - ex) * np.cos(end) + (py - ey) * np.sin(end)
    half = width / 2 + 12.0
    outer = np.clip(np.minimum.reduce([u + 6.0, 70.0 - u, half - np.abs(v)]) + 0.5, 0, 1)
    inner = np.clip(np.minimum.reduce([u - 8.0, 56.0 - u, half - 12.0 - np.abs(v)]) + 0.5, 0, 1)
    ring = outer * (1 - inner)
    prong = np.clip(np.minimum.reduce([u - 4.0, 60.0 - u, 3.5 - np.abs(v)]) + 0.5, 0, 1)
    strap_under = (
        np.clip(width / 2 - np.abs(v) + 0.5, 0, 1) * np.clip(u + 6.5, 0, 1) * np.clip(52.0 - u, 0, 1)
    )
    colour = _over(colour, leather * (0.7 + 0.06 * grain)[..., None], strap_under * (1 - ring))
    mask = np.maximum(mask, strap_under)
    bar_n = np.clip(np.where(np.abs(v) > half - 12.0, (np.abs(v) - (half - 6.0)) / 6.0, 0.0), -1, 1)
    brass_lit = 0.55 + 0.5 * np.exp(-(((bar_n + 0.4) / 0.35) ** 2)) - 0.25 * (u > 30.0)
    brass = np.array([212, 172, 92], dtype=np.float32) * brass_lit[..., None]
    brass = brass + (50.0 * np.exp(-(((u - 2.0) / 2.5) ** 2)))[..., None] * ring[..., None]
    colour = _over(colour, brass, ring)
    colour = colour * (1 - 0.4 * _soft(prong, 2.0, 3, 3) * (1 - prong))[..., None]
    prong_colour = (
        np.array([200, 160, 86], dtype=np.float32) * (0.7 + 0.4 * np.exp(-((v / 2.0) ** 2)))[..., None]
    )
    colour = _over(colour, prong_colour, prong)
    mask = np.clip(np.maximum.reduce([mask, ring, prong]), 0, 1)
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "belt", 0.3)


# ---- a clear plastic water bottle ------------------------------------------------------------------------


def water_bottle_packshot() -> Image.Image:
    """A clear plastic water bottle on its side, over a third full, blue ridged cap to the right, 5:2."""
    frame = Frame(1700, 680)
    px, py = frame.x * frame.width, frame.y * frame.height
    cy = 330.0
    # the radius along the axis: a rounded base, the body, a shoulder tapering to the neck, the cap
    radius = np.interp(
        px,
        [150.0, 158.0, 175.0, 200.0, 1270.0, 1330.0, 1420.0, 1460.0, 1490.0, 1492.0, 1600.0, 1601.0],
        [0.0, 70.0, 128.0, 150.0, 150.0, 140.0, 80.0, 56.0, 54.0, 60.0, 60.0, 0.0],
    )
    # moulded rings round the body: the silhouette pinched a little at each
    rings = (800.0, 860.0, 1060.0, 1120.0)
    for x in rings:
        radius = radius - 5.0 * np.exp(-(((px - x) / 9.0) ** 2))
    inside = (px > 150.0) * (px < 1601.0)
    mask = np.clip(radius - np.abs(py - cy) + 0.5, 0, 1) * inside
    n = np.clip((py - cy) / np.maximum(radius, 1.0), -1, 1)
    cap = np.clip(px - 1492.0 + 0.5, 0, 1)
    # the clear wall: the white sweep seen through it, dark refracting walls, a clipped highlight streak
    walls = np.exp(-(((1 - np.abs(n)) / 0.1) ** 2)) * 0.55 + np.exp(-(((1 - np.abs(n)) / 0.3) ** 2)) * 0.15
    see_through = np.array([238, 243, 246], dtype=np.float32) * (1 - walls)[..., None]
    see_through = see_through * (1 - 0.22 * np.exp(-(((n - 0.55) / 0.12) ** 2)))[..., None]
    # the water, lying in the lower part: a little bluer, its surface a fine dark line with a bright edge
    level = 0.18
    water = np.clip((n - level) * 150.0 + 0.5, 0, 1) * (px > 185.0) * (px < 1330.0)
    see_through = _over(see_through, see_through * np.array([0.9, 0.95, 0.98], dtype=np.float32), water)
    surface = np.exp(-(((n - level) * 150.0 / 1.2) ** 2)) * (px > 185.0) * (px < 1330.0)
    see_through = see_through * (1 - 0.35 * surface)[..., None]
    # the rings: a dark and a bright line each, across the body
    for x in rings:
        see_through = see_through * (1 - 0.35 * np.exp(-(((px - x + 3.0) / 2.0) ** 2)))[..., None]
        see_through = see_through + (30.0 * np.exp(-(((px - x - 3.0) / 2.0) ** 2)))[..., None]
    # the shoulder and base catch the light as bright and dark arcs
    shoulder = np.exp(-(((px - 1360.0) / 30.0) ** 2)) * np.exp(-(((n + 0.2) / 0.5) ** 2))
    see_through = see_through * (1 - 0.3 * shoulder)[..., None]
    # a pale blue label band, printed with two darker blue lines of "text"
    label = np.clip(np.minimum(px - 430.0, 720.0 - px) + 0.5, 0, 1)
    label_colour = np.array([150, 196, 232], dtype=np.float32) * (0.72 + 0.3 * np.sqrt(1 - n**2))[..., None]
    text = (np.abs(n + 0.15) < 0.1) * (px > 470.0) * (px < 690.0) * (np.mod(px, 23.0) < 17.0)
    text = text + (np.abs(n - 0.12) < 0.05) * (px > 500.0) * (px < 660.0) * (np.mod(px, 11.0) < 8.0)
    label_colour = _over(
        label_colour,
        np.full_like(label_colour, 1.0) * np.array([28, 62, 128], dtype=np.float32),
        np.clip(text, 0, 1) * 0.95,
    )
    colour = _over(see_through, label_colour, label)
    highlight = np.exp(-(((n + 0.55) / 0.07) ** 2)) * (px > 200.0) * (px < 1330.0) * (1 - label)
    colour = colour + (60.0 * highlight)[..., None]
    # the blue cap: ridges parallel to the axis, a rounded shine
    ridges = 0.82 + 0.18 * np.cos(np.arcsin(n) * 30.0)
    cap_lit = 0.5 + 0.55 * _lit(np.zeros_like(n), n, np.sqrt(np.clip(1 - n**2, 0.02, 1)), (-0.3, -0.7, 0.6))
    cap_colour = np.array([30, 92, 190], dtype=np.float32) * (cap_lit * ridges)[..., None]
    cap_colour = cap_colour * (1 - 0.4 * np.exp(-(((px - 1498.0) / 3.0) ** 2)))[..., None]
    colour = _over(colour, cap_colour, cap)
    colour = _over(_white(frame), colour, mask)
    return _on_sweep(frame, colour, mask, "water_bottle", 0.18)


# ---- a chrome bicycle bell -------------------------------------------------------------------------------


def _bell(
    frame: Frame, cx: float, cy: float, size: float, light: tuple[float, float, float], surround: float
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask) of a chrome bicycle bell from above: a dome ``size`` px across, a lever, a clamp.

    ``surround`` is the brightness of what the dome's rim mirrors (the white sweep, a dark park)."""
    px, py = frame.x * frame.width, frame.y * frame.height
    rad = size / 2
    u, v = (px - cx) / rad, (py - cy) / rad
    r = np.hypot(u, v)
    dome = np.clip((1.0 - r) * rad + 0.5, 0, 1)
    nz = np.sqrt(np.clip(1 - r**2, 0.0, 1.0))
    # a mirror: the reflected ray's height picks the softbox above, the dark room below a sharp horizon
    lx, ly, lz = np.asarray(light) / np.linalg.norm(light)
    rise = 0.8 * nz - 0.45 * v - 0.15 * u
    mirror = 0.16 + 0.72 / (1 + np.exp(-(rise - 0.45) / 0.05))
    window = np.exp(-(((u - lx * 0.55) / 0.16) ** 2) - ((v - ly * 0.55) / 0.1) ** 2)
    mirror = mirror + 0.9 * window
    mirror = mirror + (surround / 230.0) * 0.7 * np.clip((r - 0.82) / 0.14, 0, 1)
    mirror = mirror * (1 - 0.55 * np.clip((r - 0.965) / 0.035, 0, 1))  # the rolled rim turned away
    # two pressed rings and the centre nut
    for ring_r in (0.38, 0.66):
        mirror = mirror * (1 - 0.45 * np.exp(-(((r - ring_r) * rad / 2.0) ** 2)))
        mirror = mirror + 0.3 * np.exp(-(((r - ring_r - 3.5 / rad) * rad / 1.8) ** 2))
    hexagon = (
        np.maximum.reduce([np.abs(u * np.cos(a) + v * np.sin(a)) for a in np.deg2rad([0.0, 60.0, 120.0])])
        * rad
    )
    nut = np.clip(0.075 * rad - hexagon + 0.5, 0, 1)
    nut_face = 0.6 + 0.5 * np.clip(-(u * 0.7 + v * 0.7) * rad / (0.075 * rad), -1, 1)
    chrome = np.array([212, 218, 226], dtype=np.float32)
    colour = chrome * mirror[..., None]
    colour = _over(colour, chrome * nut_face[..., None], nut)
    # the black thumb lever, sticking out to the lower right, with a chrome striker at its root
    angle = np.deg2rad(35.0)
    along = (px - cx) * np.cos(angle) + (py - cy) * np.sin(angle)
    side = -(px - cx) * np.sin(angle) + (py - cy) * np.cos(angle)
    lever_half = np.interp(along, [rad * 0.7, rad * 1.15, rad * 1.4], [0.08 * rad, 0.1 * rad, 0.16 * rad])
    lever = np.clip(lever_half - np.abs(side) + 0.5, 0, 1) * np.clip(along - rad * 0.7, 0, 1)
    lever = lever * np.clip(rad * 1.42 - along + 0.5, 0, 1)
    paddle = np.clip(0.17 * rad - np.hypot(along - rad * 1.4, side) + 0.5, 0, 1)
    lever = np.maximum(lever, paddle) * (1 - dome)
    plastic = (
        26.0
        + 40.0 * np.exp(-(((side + 0.05 * rad) / (0.05 * rad)) ** 2))
        + 6.0 * _fine("bell/plastic", frame, 1.0)
    )
    colour = _over(colour, np.repeat(plastic[..., None], 3, axis=2), lever)
    # the clamp behind the dome at the bottom: a black band with a screw
    clamp = np.clip(np.minimum(0.16 * rad - np.abs(px - cx), (py - cy) - 0.0) + 0.5, 0, 1)
    clamp = clamp * np.clip(cy + rad * 1.28 - py + 0.5, 0, 1) * (1 - dome) * (1 - lever)
    screw = np.clip(0.06 * rad - np.hypot(px - cx, py - cy - rad * 1.14) + 0.5, 0, 1)
    clamp_colour = (
        np.full_like(colour, 34.0)
        + (18.0 * np.exp(-(((px - cx + 0.06 * rad) / (0.04 * rad)) ** 2)))[..., None]
    )
    clamp_colour = _over(clamp_colour, np.full_like(colour, 150.0), screw * clamp)
    colour = _over(colour, clamp_colour, clamp)
    mask = np.clip(np.maximum.reduce([dome, lever, clamp]), 0, 1)
    return colour, mask


def bicycle_bell_packshot() -> Image.Image:
    """A chrome bicycle bell seen from above, a black thumb lever and clamp, 10:11 on white."""
    frame = Frame(1400, 1540)
    colour, mask = _bell(frame, 660.0, 700.0, 760.0, (-0.55, -0.6, 0.6), 255.0)
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "bicycle_bell", 0.3)


def park_handlebar_scene() -> Image.Image:
    """The bell on a matte black handlebar before a park far out of focus, sun from the upper left."""
    frame = Frame(1470, 1890)
    px, py = frame.x * frame.width, frame.y * frame.height
    # the park, far out of focus: foliage, sky through the leaves, a grey path below
    leaves = frame.noise("park/leaves", 6, octaves=3)
    sky = np.clip((leaves - 0.62) / 0.1, 0, 1) * np.clip(1.2 - frame.y * 1.6, 0, 1)
    green = np.array([70, 112, 52], dtype=np.float32) * (0.55 + 0.7 * leaves)[..., None]
    park = _over(green, np.full_like(green, 1.0) * np.array([214, 226, 238], dtype=np.float32), sky)
    path = np.clip((py - 1180.0) / 60.0, 0, 1)
    gravel = (
        np.array([150, 146, 138], dtype=np.float32) * (0.85 + 0.25 * frame.noise("park/path", 5))[..., None]
    )
    park = _over(park, gravel, path)
    park = np.stack([_blurred(park[..., c], 6.0) for c in range(3)], axis=2)
    # the handlebar: a matte black tube across, a foam grip on the right, a sheen along its top
    bar_y, bar_r = 1180.0, 46.0
    tube = np.clip(bar_r - np.abs(py - bar_y) + 0.5, 0, 1)
    bn = np.clip((py - bar_y) / bar_r, -1, 1)
    bar_colour = 30.0 + 60.0 * np.exp(-(((bn + 0.5) / 0.2) ** 2)) + 6.0 * bn
    grip = np.clip(px - 1080.0 + 0.5, 0, 1)
    grip_r = 60.0
    grip_mask = np.clip(grip_r - np.abs(py - bar_y) + 0.5, 0, 1) * grip
    gn = np.clip((py - bar_y) / grip_r, -1, 1)
    foam = 24.0 + 24.0 * np.exp(-(((gn + 0.45) / 0.35) ** 2)) + 5.0 * _fine("park/foam", frame, 0.8)
    scene = _over(park, np.repeat(bar_colour[..., None], 3, axis=2), tube)
    scene = _over(scene, np.repeat(foam[..., None], 3, axis=2), grip_mask)
    colour, mask = _bell(frame, 560.0, 860.0, 560.0, (-0.6, -0.55, 0.6), 90.0)
    scene = scene * (1 - 0.35 * _soft(mask, 10.0, 10, 14) * (1 - mask) * tube)[..., None]
    return _as_photo(_over(scene, colour, mask), "park_handlebar")


# ---- a stack of cork coasters ----------------------------------------------------------------------------


def cork_coasters_packshot() -> Image.Image:
    """A stack of four round cork coasters seen from above at an angle, 81:59 on white."""
    frame = Frame(1620, 1180)
    px, py = frame.x * frame.width, frame.y * frame.height
    # cork: a fine granular grain of tan and darker granules, with small dark pits
    granules = 0.55 * _fine("cork/granules", frame, 1.3) + 0.45 * _fine("cork/fine", frame, 0.7)
    pits = np.clip((_fine("cork/pits", frame, 1.6) - 2.0) / 0.6, 0, 1)
    cork = np.array([196, 150, 100], dtype=np.float32) * (1 + 0.1 * granules)[..., None]
    cork = _over(cork, np.full_like(cork, 1.0) * np.array([112, 78, 50], dtype=np.float32), pits * 0.85)
    rx, ry, thick = 470.0, 215.0, 26.0
    colour = _white(frame)
    mask = np.zeros((frame.height, frame.width), dtype=np.float32)
    shifts = (0.0, 14.0, -10.0, 6.0)
    base = 760.0
    for i, shift in enumerate(shifts):
        cx, top_y = 800.0 + shift, base - i * (thick + 2.0)
        e_top = np.hypot((px - cx) / rx, (py - top_y) / ry)
        e_low = np.hypot((px - cx) / rx, (py - top_y - thick) / ry)
        top = np.clip((1.0 - e_top) * ry + 0.5, 0, 1)
        lower = np.clip((1.0 - e_low) * ry + 0.5, 0, 1)
        band = np.clip(rx - np.abs(px - cx) + 0.5, 0, 1) * np.clip(py - top_y + 0.5, 0, 1)
        band = band * np.clip(top_y + thick - py + 0.5, 0, 1)
        side = np.clip(np.maximum(lower, band) - top, 0, 1)
        n = np.clip((px - cx) / rx, -1, 1)
        side_colour = cork * (0.58 + 0.22 * np.clip(-n + 0.3, 0, 1))[..., None]
        # a thin dark seam under each coaster, where it sits on the one below
        side_colour = (
            side_colour
            * (
                1
                - 0.35
                * np.clip((py - (top_y + thick - 3.0 + ry * (np.sqrt(np.clip(1 - n**2, 0, 1))))) / 3.0, 0, 1)
            )[..., None]
        )
        face = 0.86 + 0.1 * np.clip(-(px - cx) / rx - (py - top_y) / ry, -1, 1)
        top_colour = cork * face[..., None]
        top_colour = top_colour * (1 + 0.08 * np.exp(-(((e_top - 0.985) * ry / 1.5) ** 2)))[..., None]
        colour = _over(colour, side_colour, side)
        colour = _over(colour, top_colour, top)
        mask = np.maximum(mask, np.maximum(side, top))
    return _on_sweep(frame, colour, mask, "cork_coasters", 0.26)
