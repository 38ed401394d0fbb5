"""``heldout43``'s pictures: four products a leather-goods shop, tool shop, games shop and kitchen shop list,
and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 5:4 landscape of 1400 x 1120 (cream leather handbag), a 10:9 landscape of
  1400 x 1260 (cordless drill), the booth's whole 3:2 frame of 1400 x 933 left uncropped (ebony chess king,
  small in it), a 5:12 portrait of 583 x 1400 (walnut pepper mill, thin in its frame); the scene is a 4:3
  landscape of 1400 x 1050;
- the canvases they are padded onto (``PADDING``): a 1:1.2 portrait with a modest margin round the handbag's
  picture, a 1:0.6 landscape with broad white beside the drill's picture, a 1:1.3 portrait whose width is 2.2
  times the height of the chess king's small picture (the picture covers about 9 % of it), and a 1:0.62
  landscape whose width is one and three quarter times the height of the pepper mill's tall picture, broad
  white either side of it (and round the scene); every padded picture covers at least 8 % of its canvas;
- a cream pebbled-leather top-handle handbag in three-quarter view: a front flap with a curved edge painted
  tan and stitched, a gold turn-lock, a rolled handle arching over the bag (white between it and the bag),
  its side gusset in shade, gold feet (a pale product on white); a cordless drill in profile, its chuck to
  the left: a glossy orange housing with a black rubber rear cap and vents, a black ribbed keyless chuck and a
  steel twist bit, a black rubber grip with an orange insert, a trigger, a battery pack with its charge
  lights; a black ebony chess king, small in the frame: a turned, glossy piece with a cross on its crown and
  a green baize pad (a small, dark, glossy product); a tall walnut pepper mill: an oiled, figured grain, a
  domed head over a dark parting line, two turned rings near its foot, a steel finial nut (a thin product);
- every picture is a frame of a 360-degree spin shot on an automated product turntable in a white LED light
  booth: the item stands on a motorised white acrylic disc, lit by LED panels above it and on both sides (a
  very even light, a soft pool of shadow right under the item and a contact line, a faint mirror image of
  the item in the disc's gloss, the panels' long rectangles reflected in glossy parts, the white booth seen at
  a grazing angle along a glossy outline), a tethered camera's frame at ISO 200; the turntable's software
  whitens the backdrop by comparing each frame with a clean plate (the empty booth shot first): pixels within
  a tolerance of the plate become pure white behind a narrow feather, so what differs from it -- the item,
  its shadow, the darker parts of its reflection -- is kept, and the shadow ends at a contour where it grows
  fainter than the tolerance (the pale handbag's mirror image in the disc, too faint, is mostly whitened
  away); its web sharpening, a crop to the item's sweep over the whole turn, and an AVIF at quality 60 with
  4:2:0 chroma at 1400 px on the long side;
- one full-frame scene: the pepper mill on a slate board on a pine kitchen table beside a cream bowl of black
  peppercorns, a dark-green tongue-and-groove wall behind, lit by one of the booth's LED panels on a stand to
  the left; the same camera and AVIF export, without the clean plate.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the disc, the
shadow or the reflection), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image

from bench.photo_sets.heldout34 import _box
from bench.photo_sets.heldout35 import _grid
from bench.photo_sets.heldout36 import _blur, _over, _rgb
from bench.photo_sets.heldout37 import _ellipse

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "leather_handbag": (860, 1.3, 1.2),
    "cordless_drill": (700, 1.9, 0.6),
    "chess_king": (440, 2.2, 1.3),
    "pepper_mill": (900, 1.75, 0.62),
}

_MASKS: dict[str, np.ndarray] = {}

# how far the camera looks down on the turntable: a round section of radius r shows as an ellipse r * _TILT tall
_TILT = 0.22


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout43/" + name).encode()))


def _fine(name: str, shape: tuple[int, int], radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance noise blurred by ``radius`` px."""
    from scipy import ndimage

    pad = int(3 * float(np.max(radius))) + 1
    values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    return values / float(values.std())


def _poly(px: np.ndarray, py: np.ndarray, points: list[tuple[float, float]]) -> np.ndarray:
    """An antialiased convex polygon."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    area = sum(xs[i] * ys[(i + 1) % len(xs)] - xs[(i + 1) % len(xs)] * ys[i] for i in range(len(xs)))
    sign = 1.0 if area > 0 else -1.0
    inside = None
    for i in range(len(points)):
        (x0, y0), (x1, y1) = points[i], points[(i + 1) % len(points)]
        length = float(np.hypot(x1 - x0, y1 - y0))
        dist = sign * ((x1 - x0) * (py - y0) - (y1 - y0) * (px - x0)) / length
        inside = dist if inside is None else np.minimum(inside, dist)
    return np.clip(inside + 0.5, 0, 1)


def _turned(
    px: np.ndarray, py: np.ndarray, cx: float, knots: list[tuple[float, float]], smooth: float = 0.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A turned (round) piece standing upright, seen a little from above: ``knots`` give its radius down its
    height (y, r), a smooth curve through them rounded over ``smooth`` px, each round section showing as an ellipse ``_TILT`` times as tall as it is wide. Each pixel
    shows the highest section whose ellipse holds it (the front of a section, or the top of one that faces
    up). Its mask, its position across (-1..1), the height on the profile that each pixel shows (a ring round
    the piece curves down towards the camera) and how much its surface faces up (0..1)."""
    from scipy import interpolate, ndimage

    h, w = px.shape
    ky = np.arange(knots[0][0], knots[-1][0] + 0.25, 0.5, dtype=np.float32)
    profile = interpolate.PchipInterpolator([k[0] for k in knots], [k[1] for k in knots])
    kr = np.clip(profile(ky), 0, None).astype(np.float32)
    if smooth > 0:
        kr = ndimage.gaussian_filter1d(kr, smooth / 0.5, mode="nearest")
    shown = np.full((h, w), np.inf, dtype=np.float32)
    mask = np.zeros((h, w), dtype=np.float32)
    for y, r in zip(ky[::-1].tolist(), kr[::-1].tolist()):
        if r < 0.5:
            continue
        ry = max(_TILT * r, 0.5)
        rows = slice(max(0, int(y - ry) - 2), max(0, min(h, int(y + ry) + 3)))
        cols = slice(max(0, int(cx - r) - 2), max(0, min(w, int(cx + r) + 3)))
        u, v = (px[rows, cols] - cx) / r, (py[rows, cols] - y) / ry
        radial = np.maximum(np.hypot(u, v), 1e-6)
        steep = np.maximum(np.hypot(u / r, v / ry) / radial, 1e-6)
        inside = np.clip(0.5 - (radial - 1.0) / steep, 0, 1)
        mask[rows, cols] = np.maximum(mask[rows, cols], inside)
        shown[rows, cols] = np.where(radial <= 1.0, y, shown[rows, cols])
    shown = np.where(np.isfinite(shown), shown, ky[-1])
    radius = np.interp(shown, ky, kr)
    across = np.clip((px - cx) / np.maximum(radius, 1.0), -1, 1)
    slope = np.interp(shown, ky[:-1], np.diff(kr) / np.maximum(np.diff(ky), 1e-3))
    up = np.where(shown <= ky[0] + 0.25, 1.0, np.clip(slope / 1.5, 0, 1)).astype(np.float32)
    return mask, across, shown, up


def _gloss(across: np.ndarray, up: np.ndarray, strips: float, top: float, rim: float) -> np.ndarray:
    """The light booth in a glossy round surface: the side panels as two upright strips either side of the
    middle, the top panel on whatever faces up, and the white booth at a grazing angle along the outline."""
    side = np.exp(-(((np.abs(across) - 0.52) / 0.1) ** 2))
    return strips * side + top * up + rim * np.abs(across) ** 8


# ---- the light booth, the turntable's clean plate and its AVIF ---------------------------------------------


def _booth(shape: tuple[int, int], name: str, cx: float, base: float) -> np.ndarray:
    """The empty booth as the camera sees it (a little under white): the back wall brightest at the top
    middle under the top panel, the floor curving up into it, dimmer towards the lower corners, the white
    acrylic disc round ``(cx, base)`` a touch brighter with a faint grey front rim."""
    h, w = shape
    px, py = _grid(w, h)
    u, v = px / w, py / h
    level = 0.982 - 0.012 * v - 0.03 * ((u - 0.5) * 2.0) ** 2 * v - 0.008 * ((u - 0.5) * 2.0) ** 2
    rx = 0.44 * w
    ry = rx * _TILT
    disc = _ellipse(px, py, cx, base, rx, ry)
    level = level + 0.006 * disc
    rim = np.clip(1.2 - np.abs(np.hypot((px - cx) / rx, (py - base) / ry) - 1.0) * ry, 0, 1) * (py > base)
    level = level - 0.035 * rim
    level = level + 0.0015 * _fine(name + "/booth", shape, 1.0)
    return level[..., None] * np.array([0.996, 1.0, 0.998], dtype=np.float32)


def _under(mask: np.ndarray, base: float, depth: float) -> np.ndarray:
    """The booth's shadow: a soft pool on the disc right under the item and a contact line: 1 where lit."""
    h, w = mask.shape
    _, py = _grid(w, h)
    footprint = mask * np.clip((py - base + 40.0) / 40.0, 0, 1)
    pool = np.clip(_blur(footprint, (9.0, 30.0)) * 2.4, 0, 1) * np.clip((py - base + 60.0) / 40.0, 0, 1)
    contact = np.clip(_blur(np.roll(mask, 3, axis=0), 2.5) * 1.6, 0, 1) * (1.0 - mask)
    return 1.0 - depth * pool - 0.3 * contact


def _mirrored(colour: np.ndarray, mask: np.ndarray, base: float, strength: float, fade: float) -> np.ndarray:
    """``colour`` with the item's faint mirror image in the disc's gloss below ``base``."""
    h, w = mask.shape
    rows = np.clip(np.round(2.0 * base - np.arange(h)), 0, h - 1).astype(int)
    _, py = _grid(w, h)
    below = py - base
    alpha = strength * mask[rows] * np.exp(-np.maximum(below, 0.0) / fade) * (below > 0) * (1.0 - mask)
    alpha = _blur(alpha, 1.2)
    return _over(colour, _blur(colour[rows], (2.0, 1.0, 0)), alpha)


def _sensor(values: np.ndarray, name: str) -> np.ndarray:
    """The camera's frame at ISO 200, in 8-bit levels."""
    noise = _rng(name).normal(0, 1, values.shape).astype(np.float32)
    return np.clip(np.round((values + noise * (0.002 + 0.004 * values)) * 255.0), 0, 255)


def _export(
    scene: np.ndarray, name: str, plate: np.ndarray | None = None, mask: np.ndarray | None = None
) -> Image.Image:
    """The turntable software's frame of ``scene`` (sRGB 0..1, already at the 1400 px it exports): the
    camera's frame; where there is a clean ``plate``, every pixel within 10 levels of it (the difference
    smoothed over a pixel, then feathered over 8 levels) made pure white; the software's web sharpening; an
    AVIF at quality 60 with 4:2:0 chroma."""
    frame = _sensor(np.clip(scene, 0, 1), name + "/frame")
    if plate is not None:
        empty = _sensor(np.clip(plate, 0, 1), name + "/plate")
        difference = _blur(np.abs(frame - empty).max(axis=2), 1.0)
        keep = _blur(np.clip((difference - 10.0) / 8.0, 0, 1), 0.7)[..., None]
        frame = frame * keep + 255.0 * (1.0 - keep)
    out = frame / 255.0
    out = out + 0.4 * (out - _blur(out, (0.8, 0.8, 0)))
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "AVIF", quality=60, subsampling="4:2:0", speed=6, max_threads=1)
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# ---- a cream leather handbag -------------------------------------------------------------------------------


def leather_handbag_packshot() -> Image.Image:
    """A cream pebbled-leather top-handle handbag in three-quarter view, a gold turn-lock, 5:4."""
    w, h = 1400, 1120
    px, py = _grid(w, h)
    shape = (h, w)
    cx, base = 700.0, 906.0
    plate = _booth(shape, "leather_handbag", cx, base)
    top_y, bottom_y = 470.0, 900.0
    t = np.clip((py - top_y) / (bottom_y - top_y), 0, 1)
    corner = 45.0
    dy = np.clip(py - (bottom_y - corner), 0, corner)
    inset = corner - np.sqrt(corner**2 - dy**2)
    left, right = 385.0 - 55.0 * t + inset, 955.0 + 45.0 * t
    front = np.clip(px - left + 0.5, 0, 1) * np.clip(right - px + 0.5, 0, 1)
    front = front * np.clip(py - top_y + 0.5, 0, 1) * np.clip(bottom_y - py + 0.5, 0, 1)
    gusset = _poly(px, py, [(955.0, 470.0), (1035.0, 452.0), (1082.0, 866.0), (1000.0, 900.0)])
    gusset = np.clip(gusset - front, 0, 1)
    lid = _poly(px, py, [(385.0, 470.0), (462.0, 452.0), (1035.0, 452.0), (955.0, 470.0)])
    # the rolled handle arching over the bag, on two tabs with gold rings
    hx, hy, hrx, hry = 670.0, 462.0, 172.0, 212.0
    arch = np.clip(
        _ellipse(px, py, hx, hy, hrx + 14.0, hry + 14.0) - _ellipse(px, py, hx, hy, hrx - 14.0, hry - 14.0),
        0,
        1,
    )
    arch = arch * np.clip(hy - py + 0.5, 0, 1)
    tabs = np.maximum(
        _box(px, py, 480.0, 438.0, 516.0, 500.0, 8.0), _box(px, py, 824.0, 438.0, 860.0, 500.0, 8.0)
    )
    rings = np.zeros(shape, dtype=np.float32)
    for rx_ in (498.0, 842.0):
        ring = np.hypot(px - rx_, (py - 452.0) * 1.1)
        rings = np.maximum(rings, np.clip(4.0 - np.abs(ring - 14.0) + 0.5, 0, 1))
    feet = np.maximum(_ellipse(px, py, 405.0, 902.0, 15.0, 6.0), _ellipse(px, py, 940.0, 902.0, 15.0, 6.0))
    leather = np.clip(np.maximum.reduce([front, gusset, lid, arch, tabs]), 0, 1)
    gold_parts = np.clip(np.maximum(rings, feet), 0, 1)
    mask = np.clip(np.maximum(leather, gold_parts), 0, 1)
    colour = plate * _under(mask, base, 0.24)[..., None]
    cream = _rgb(236, 224, 200)
    pebble = 1.0 + 0.018 * _fine("bag/pebble", shape, 1.6) + 0.012 * _fine("bag/hide", shape, 18.0)
    # the faces: the front lit evenly, a soft sheen from the top panel near its top and from the left panel
    # along its left side; the gusset in shade; the top lit from above
    sheen = 0.05 * np.clip(1.0 - t / 0.35, 0, 1) + 0.04 * np.clip(1.0 - (px - left) / 90.0, 0, 1)
    front_shade = (0.93 - 0.05 * t + sheen) * pebble
    colour = _over(colour, cream[None, None, :] * front_shade[..., None], front)
    colour = _over(colour, cream[None, None, :] * (0.8 + 0.04 * t)[..., None] * pebble[..., None], gusset)
    colour = _over(colour, cream[None, None, :] * (1.0 * pebble)[..., None], lid)
    colour = colour * (1.0 - 0.25 * np.clip(1.5 - np.abs(py - top_y), 0, 1) * front)[..., None]
    # the flap: its curved edge painted tan, a row of stitches inside it, its shadow on the front below
    flap_edge = 662.0 + 40.0 * np.sqrt(np.clip(1.0 - ((px - 670.0) / 300.0) ** 2, 0, 1))
    below_flap = front * np.clip(py - flap_edge, 0, 1)
    colour = colour * (1.0 - 0.16 * np.exp(-np.maximum(py - flap_edge, 0.0) / 7.0) * below_flap)[..., None]
    paint = front * np.clip(2.0 - np.abs(py - flap_edge) + 0.5, 0, 1)
    colour = _over(colour, _rgb(176, 128, 84), paint)
    stitch = front * np.clip(1.2 - np.abs(py - flap_edge + 10.0), 0, 1) * (np.sin(px / 3.5) > 0.1)
    colour = colour * (1.0 - 0.18 * stitch)[..., None]
    for edge in (left + 10.0, right - 10.0):
        seam = front * np.clip(1.2 - np.abs(px - edge), 0, 1) * (np.sin(py / 3.5) > 0.1) * (py < flap_edge)
        colour = colour * (1.0 - 0.16 * seam)[..., None]
    # the handle: rolled, lit along its top, the tabs stitched to the bag
    radial = np.hypot((px - hx) / hrx, (py - hy) / hry)
    roll = np.clip((radial - 1.0) * min(hrx, hry) / 14.0, -1, 1)
    handle_shade = (0.8 + 0.18 * np.sqrt(1.0 - roll**2) + 0.08 * np.clip(-roll, 0, 1)) * pebble
    colour = _over(colour, cream[None, None, :] * handle_shade[..., None], arch)
    colour = _over(colour, cream[None, None, :] * (0.9 * pebble)[..., None], tabs)
    colour = _over(
        colour,
        _rgb(176, 128, 84),
        np.clip(
            tabs
            - _box(px, py, 482.0, 440.0, 514.0, 498.0, 7.0)
            - _box(px, py, 826.0, 440.0, 858.0, 498.0, 7.0),
            0,
            1,
        ),
    )
    # the gold: the rings, the feet and the turn-lock on the flap's edge, the panels in it
    gold = _rgb(206, 166, 86)[None, None, :] * (0.85 + 0.3 * np.clip((470.0 - py) / 30.0, 0, 1))[..., None]
    colour = _over(colour, gold, gold_parts)
    plate_lock = _box(px, py, 628.0, 676.0, 712.0, 726.0, 10.0)
    turn = _ellipse(px, py, 670.0, 700.0, 11.0, 21.0)
    lock_shade = 0.82 + 0.25 * np.clip((701.0 - py) / 25.0, -1, 1)
    colour = _over(colour, _rgb(206, 166, 86)[None, None, :] * lock_shade[..., None], plate_lock)
    colour = (
        colour
        * (
            1.0
            - 0.3
            * np.clip(1.5 - np.abs(_box(px, py, 636.0, 684.0, 704.0, 718.0, 6.0) - 0.5) * 2, 0, 1)
            * plate_lock
        )[..., None]
    )
    colour = _over(
        colour,
        _rgb(226, 190, 110)[None, None, :] * (0.8 + 0.3 * np.clip((670.0 - px) / 11.0, -1, 1))[..., None],
        turn,
    )
    colour = colour + 0.35 * (_box(px, py, 640.0, 679.0, 700.0, 683.0, 2.0) * plate_lock)[..., None]
    colour = _mirrored(colour, mask, base, 0.16, 40.0)
    return _export(colour, "leather_handbag", plate, mask)


# ---- a cordless drill --------------------------------------------------------------------------------------


def cordless_drill_packshot() -> Image.Image:
    """A cordless drill in profile, its chuck to the left: an orange housing, black rubber, a battery, 10:9."""
    w, h = 1400, 1260
    px, py = _grid(w, h)
    shape = (h, w)
    base = 1010.0
    plate = _booth(shape, "cordless_drill", 700.0, base)
    axis = 450.0
    bit = _box(px, py, 70.0, axis - 9.0, 220.0, axis + 9.0, 4.0)
    chuck_half = 52.0 + 14.0 * np.clip((px - 210.0) / 130.0, 0, 1)
    chuck = np.clip(chuck_half - np.abs(py - axis) + 0.5, 0, 1) * np.clip(px - 210.0 + 0.5, 0, 1)
    chuck = chuck * np.clip(342.0 - px + 0.5, 0, 1)
    nose = _box(px, py, 196.0, axis - 26.0, 216.0, axis + 26.0, 5.0)
    collar = _box(px, py, 338.0, axis - 80.0, 412.0, axis + 80.0, 14.0)
    housing = _box(px, py, 405.0, axis - 106.0, 962.0, axis + 106.0, 96.0)
    handle = _poly(px, py, [(652.0, 540.0), (842.0, 540.0), (800.0, 888.0), (612.0, 888.0)])
    trigger = _box(px, py, 586.0, 584.0, 652.0, 676.0, 20.0) * np.clip(660.0 - px, 0, 1)
    battery = _box(px, py, 540.0, 870.0, 902.0, 1010.0, 22.0)
    mask = np.clip(np.maximum.reduce([bit, chuck, nose, collar, housing, handle, trigger, battery]), 0, 1)
    colour = plate * _under(mask, base, 0.26)[..., None]
    orange = _rgb(232, 112, 28)
    black = _rgb(40, 40, 43)
    rubber = 1.0 + 0.04 * _fine("drill/rubber", shape, 1.0)
    # the housing: rounded across its axis, the top panel in a long strip along its top, the rear cap black
    across = np.clip((py - axis) / 106.0, -1, 1)
    body = (0.72 + 0.26 * np.sqrt(1.0 - across**2) - 0.08 * across)[..., None]
    shell = orange[None, None, :] * body
    rear = np.clip(px - 850.0, 0, 1)
    shell = _over(shell, black[None, None, :] * body * rubber[..., None], rear)
    colour = _over(colour, shell, housing)
    top_light = np.exp(-(((py - (axis - 80.0)) / 9.0) ** 2)) * np.clip((px - 430.0) / 40.0, 0, 1)
    top_light = top_light * np.clip((830.0 - px) / 40.0, 0, 1)
    colour = colour + 0.3 * (top_light * housing)[..., None]
    for k in range(5):
        slot = _box(px, py, 872.0 + 14.0 * k, axis - 60.0, 878.0 + 14.0 * k, axis + 20.0, 3.0)
        colour = _over(colour, _rgb(14, 14, 15), slot * housing)
    colour = colour * (1.0 - 0.3 * np.clip(1.5 - np.abs(px - 850.0), 0, 1) * housing)[..., None]
    # the collar with its torque ticks, the chuck's ribs, the steel nose and the twist bit
    collar_shade = 0.75 + 0.25 * np.sqrt(1.0 - np.clip((py - axis) / 80.0, -1, 1) ** 2)
    colour = _over(colour, black[None, None, :] * collar_shade[..., None] * 1.2, collar)
    ticks = collar * (np.abs(np.sin((py - axis) / 5.0)) > 0.9) * np.clip(1.5 - np.abs(px - 350.0), 0, 1)
    colour = _over(colour, _rgb(220, 220, 214), ticks)
    ribs = 0.8 + 0.2 * (np.sin(px / 3.0) > 0.0)
    chuck_shade = (0.6 + 0.4 * np.sqrt(1.0 - np.clip((py - axis) / chuck_half, -1, 1) ** 2)) * ribs
    colour = _over(colour, black[None, None, :] * chuck_shade[..., None], chuck)
    colour = colour + 0.18 * (np.exp(-(((py - axis + 34.0) / 6.0) ** 2)) * chuck)[..., None]
    steel = _rgb(188, 190, 194)
    colour = _over(
        colour, steel[None, None, :] * (0.7 + 0.3 * np.clip((axis - py) / 20.0, -1, 1))[..., None], nose
    )
    flutes = 0.65 + 0.35 * (np.sin((px + 0.9 * (py - axis)) / 4.2) > -0.2)
    colour = _over(
        colour,
        steel[None, None, :] * (flutes * (0.85 + 0.15 * np.clip((axis - py) / 9.0, -1, 1)))[..., None],
        bit,
    )
    # the grip: black rubber with an orange insert, a trigger and the direction button
    grip_across = np.clip((px - (747.0 - 0.12 * (py - 540.0))) / 95.0, -1, 1)
    grip_shade = (0.7 + 0.3 * np.sqrt(1.0 - grip_across**2)) * rubber
    colour = _over(colour, black[None, None, :] * grip_shade[..., None], handle)
    insert = _poly(px, py, [(700.0, 600.0), (770.0, 600.0), (742.0, 840.0), (672.0, 840.0)]) * handle
    colour = _over(colour, orange[None, None, :] * (0.85 * grip_shade)[..., None], insert)
    colour = _over(
        colour, black[None, None, :] * (0.9 + 0.2 * np.clip((630.0 - py) / 40.0, -1, 1))[..., None], trigger
    )
    colour = _over(colour, _rgb(110, 110, 112), _ellipse(px, py, 672.0, 562.0, 12.0, 9.0))
    # the battery: black, an orange band, its release button and three green charge lights
    battery_shade = 0.85 + 0.15 * np.clip((950.0 - py) / 70.0, -1, 1)
    colour = _over(colour, black[None, None, :] * (battery_shade * rubber)[..., None], battery)
    band = _box(px, py, 542.0, 930.0, 900.0, 952.0, 2.0) * battery
    colour = _over(colour, orange[None, None, :] * 0.9, band)
    colour = _over(colour, _rgb(96, 96, 100), _box(px, py, 556.0, 884.0, 600.0, 906.0, 6.0))
    for k in range(3):
        colour = _over(colour, _rgb(90, 200, 110), _ellipse(px, py, 640.0 + 20.0 * k, 895.0, 5.0, 4.0))
    colour = colour + 0.25 * (np.exp(-(((py - 878.0) / 4.0) ** 2)) * battery)[..., None]
    colour = _mirrored(colour, mask, base, 0.16, 50.0)
    return _export(colour, "cordless_drill", plate, mask)


# ---- an ebony chess king -----------------------------------------------------------------------------------


def _chess_king(
    px: np.ndarray, py: np.ndarray, backdrop: np.ndarray, cx: float, bottom: float, s: float
) -> tuple[np.ndarray, np.ndarray]:
    """The ebony king standing at ``bottom``, ``s`` times its packshot size: colour, mask."""
    profile = [
        (362.0, 6.0),
        (366.0, 13.0),
        (372.0, 14.0),
        (377.0, 12.0),
        (379.0, 30.0),
        (382.0, 40.0),
        (392.0, 34.0),
        (408.0, 22.0),
        (414.0, 19.0),
        (420.0, 30.0),
        (423.0, 37.0),
        (434.0, 37.0),
        (438.0, 26.0),
        (444.0, 22.0),
        (480.0, 23.0),
        (520.0, 26.0),
        (560.0, 32.0),
        (584.0, 38.0),
        (588.0, 46.0),
        (598.0, 46.0),
        (602.0, 53.0),
        (618.0, 58.0),
        (624.0, 55.0),
        (630.0, 60.0),
        (640.0, 63.0),
        (650.0, 63.0),
    ]
    knots = [(bottom - (650.0 - y) * s, r * s) for y, r in profile]
    body, across, shown, up = _turned(px, py, cx, knots, 0.8 * s)
    vertical = _box(px, py, cx - 6.0 * s, bottom - 334.0 * s, cx + 6.0 * s, bottom - 284.0 * s, 2.0 * s)
    bar = _box(px, py, cx - 19.0 * s, bottom - 323.0 * s, cx + 19.0 * s, bottom - 311.0 * s, 2.0 * s)
    cross = np.clip(np.maximum(vertical, bar) - body, 0, 1)
    mask = np.clip(np.maximum(body, cross), 0, 1)
    ebony = _rgb(24, 20, 19)
    grain = 1.0 + 0.08 * _fine("king/grain", px.shape, (6.0, 0.8))
    shade = ebony[None, None, :] * (grain * (0.8 + 0.2 * np.sqrt(1.0 - across**2)))[..., None]
    colour = _over(backdrop, shade, body)
    colour = colour + (_gloss(across, up, 0.3, 0.3, 0.35) * body)[..., None]
    cross_across = np.clip((px - cx) / (6.0 * s), -1, 1)
    cross_shade = 1.0 + 2.5 * np.exp(-(((cross_across + 0.3) / 0.3) ** 2))
    colour = _over(colour, ebony[None, None, :] * cross_shade[..., None], cross)
    # the rings' turned lines and the green baize pad under the foot
    for y in (598.0, 630.0):
        line = np.clip(1.2 - np.abs(shown - (bottom - (650.0 - y) * s)) / max(s, 0.3), 0, 1) * body
        colour = colour * (1.0 - 0.5 * line)[..., None]
    baize = body * np.clip(shown - (bottom - 3.0 * s) + 0.5, 0, 1)
    colour = _over(colour, _rgb(44, 92, 58), baize)
    return colour, mask


def chess_king_packshot() -> Image.Image:
    """A black ebony chess king, small in the booth's whole 3:2 frame."""
    w, h = 1400, 933
    px, py = _grid(w, h)
    cx, bottom = 700.0, 648.0
    plate = _booth((h, w), "chess_king", cx, bottom)
    _, mask = _chess_king(px, py, plate, cx, bottom, 1.0)
    lit = plate * _under(mask, bottom, 0.3)[..., None]
    colour, mask = _chess_king(px, py, lit, cx, bottom, 1.0)
    colour = _mirrored(colour, mask, bottom + 2.0, 0.2, 45.0)
    return _export(colour, "chess_king", plate, mask)


# ---- a walnut pepper mill ----------------------------------------------------------------------------------


def _pepper_mill(
    px: np.ndarray,
    py: np.ndarray,
    backdrop: np.ndarray,
    cx: float,
    bottom: float,
    s: float,
    name: str,
    sheen: float = 1.0,
) -> tuple[np.ndarray, np.ndarray]:
    """The walnut pepper mill standing at ``bottom``, ``s`` times its packshot size: colour, mask."""
    shape = px.shape
    profile = [
        (150.0, 26.0),
        (156.0, 27.0),
        (190.0, 30.0),
        (202.0, 30.0),
        (204.0, 60.0),
        (212.0, 80.0),
        (230.0, 98.0),
        (260.0, 110.0),
        (300.0, 118.0),
        (340.0, 121.5),
        (380.0, 121.0),
        (420.0, 117.0),
        (450.0, 111.0),
        (466.0, 106.0),
        (470.0, 99.0),
        (478.0, 99.0),
        (482.0, 106.0),
        (560.0, 96.0),
        (700.0, 90.0),
        (900.0, 96.0),
        (1100.0, 112.0),
        (1230.0, 122.0),
        (1265.0, 124.0),
        (1280.0, 120.0),
        (1290.0, 116.0),
    ]
    knots = [(bottom - (1290.0 - y) * s, r * s) for y, r in profile]
    mask, across, shown, up = _turned(px, py, cx, knots)
    height = 1290.0 - (bottom - shown) / s  # the profile's own height each pixel shows
    walnut = _rgb(118, 78, 50)
    figure = 0.07 * _fine(name + "/figure", shape, (70.0 * s + 4.0, 1.6))
    pores = 0.03 * _fine(name + "/pores", shape, 0.8)
    wave = _fine(name + "/wave", shape, (120.0 * s + 6.0, 12.0 * s + 2.0))
    grain = 1.0 + figure + pores + 0.1 * np.sin(px / (9.0 * max(s, 0.3)) + 3.0 * wave)
    wood = mask * (height > 202.5)
    shade = (0.7 + 0.3 * np.sqrt(1.0 - across**2) - 0.05 * across) * grain * (1.0 + 0.12 * up)
    colour = _over(backdrop, walnut[None, None, :] * shade[..., None], wood)
    colour = colour + sheen * (_gloss(across, up, 0.1, 0.12, 0.12) * wood)[..., None]
    # the dark parting line between the head and the body, and two turned rings near the foot
    parting = wood * np.clip(1.0 - np.abs(height - 474.0) / 5.0, 0, 1)
    colour = _over(colour, _rgb(30, 20, 14), parting)
    for y in (1178.0, 1196.0):
        ring = np.clip(1.4 - np.abs(height - y), 0, 1) * wood
        colour = colour * (1.0 - 0.45 * ring)[..., None]
    # the steel finial nut: knurled round its side, its top lit by the top panel
    nut = mask * (height <= 202.5)
    steel = _rgb(176, 178, 182)
    knurl = 0.85 + 0.15 * (np.sin(px / max(2.2 * s, 1.0)) > 0) * (1.0 - up)
    nut_shade = (0.6 + 0.4 * np.sqrt(1.0 - across**2)) * knurl * (1.0 - 0.25 * up) + 0.1 * up
    colour = _over(colour, steel[None, None, :] * nut_shade[..., None], nut)
    colour = colour + (_gloss(across, np.zeros_like(up), 0.4, 0.0, 0.2) * nut * (1.0 - up))[..., None]
    return colour, mask


def pepper_mill_packshot() -> Image.Image:
    """A tall walnut pepper mill with a steel finial nut, 5:12."""
    w, h = 583, 1400
    px, py = _grid(w, h)
    cx, bottom = 292.0, 1290.0
    plate = _booth((h, w), "pepper_mill", cx, bottom)
    _, mask = _pepper_mill(px, py, plate, cx, bottom, 1.0, "mill")
    lit = plate * _under(mask, bottom, 0.26)[..., None]
    colour, mask = _pepper_mill(px, py, lit, cx, bottom, 1.0, "mill")
    colour = _mirrored(colour, mask, bottom + 20.0, 0.16, 40.0)
    return _export(colour, "pepper_mill", plate, mask)


# ---- the mill in a kitchen ---------------------------------------------------------------------------------


def kitchen_table_scene() -> Image.Image:
    """The pepper mill on a slate board on a pine table by a cream bowl of peppercorns, a dark-green
    tongue-and-groove wall behind, an LED panel on a stand to the left, 4:3."""
    w, h = 1400, 1050
    px, py = _grid(w, h)
    shape = (h, w)
    edge = 700.0  # where the table meets the wall
    light = 0.78 + 0.3 * np.exp(-(((px + 100.0) / 900.0) ** 2)) - 0.06 * (py / h)
    boards = (px + 18.0) % 112.0
    groove = np.clip(2.0 - np.abs(boards - 56.0) + 0.5, 0, 1)
    paint = (
        1.0 + 0.012 * _fine("kitchen/paint", shape, 2.0) + 0.02 * _fine("kitchen/board", shape, (200.0, 30.0))
    )
    wall = _rgb(52, 86, 70)[None, None, :] * (light * paint * (1.0 - 0.45 * groove))[..., None]
    wall = wall + 0.04 * (np.clip(2.0 - np.abs(boards - 60.0) + 0.5, 0, 1))[..., None]
    depth = np.clip((py - edge) / (h - edge), 0, 1)
    pine_grain = 0.93 + 0.07 * np.sin(
        py / (3.0 + 5.0 * depth) + 3.0 * _fine("kitchen/pine", shape, (12.0, 160.0))
    )
    knots = _fine("kitchen/knots", shape, (18.0, 60.0))
    pine = (
        _rgb(206, 164, 112)[None, None, :]
        * (pine_grain * (0.88 + 0.12 * depth) * (1.0 - 0.08 * np.clip(knots - 1.8, 0, 1)) * light)[..., None]
    )
    joints = np.clip(1.3 - np.abs((py - edge) % (90.0 + 40.0 * depth) - 45.0), 0, 1) * (py > edge + 30.0)
    pine = pine * (1.0 - 0.25 * joints)[..., None]
    colour = _over(wall, pine, np.clip(py - edge + 0.5, 0, 1))
    colour = colour * (1.0 - 0.3 * np.clip(3.0 - np.abs(py - edge) + 0.5, 0, 1))[..., None]
    # the slate board in perspective, its chipped pale edge, and its shadow on the pine
    board = _poly(px, py, [(430.0, 770.0), (1130.0, 770.0), (1180.0, 930.0), (380.0, 930.0)])
    colour = (
        colour
        * (1.0 - 0.3 * np.clip(_blur(np.roll(np.roll(board, 14, axis=0), 20, axis=1), 8.0), 0, 1))[..., None]
    )
    slate = (
        _rgb(58, 60, 64)[None, None, :]
        * (
            (
                0.95
                + 0.04 * _fine("kitchen/slate", shape, 1.4)
                + 0.03 * _fine("kitchen/cleft", shape, (3.0, 40.0))
            )
            * (1.0 - 0.1 * np.clip((px - 380.0) / 800.0, 0, 1))
        )[..., None]
    )
    colour = _over(colour, slate, board)
    front_edge = _poly(px, py, [(380.0, 930.0), (1180.0, 930.0), (1180.0, 944.0), (380.0, 944.0)])
    chipped = 0.8 + 0.2 * (_fine("kitchen/chips", shape, (1.0, 3.0)) > 0.6)
    colour = _over(colour, _rgb(110, 112, 116)[None, None, :] * chipped[..., None], front_edge)
    # the cream bowl of peppercorns on the table to the left
    bx, by = 250.0, 880.0
    bowl_body = _ellipse(px, py, bx, by - 62.0, 118.0, 118.0) * np.clip(py - (by - 62.0), 0, 1)
    bowl_body = np.maximum(bowl_body, _box(px, py, bx - 52.0, by + 30.0, bx + 52.0, by + 64.0, 8.0))
    bowl_top = _ellipse(px, py, bx, by - 62.0, 118.0, 26.0)
    bowl = np.clip(np.maximum(bowl_body, bowl_top), 0, 1)
    colour = (
        colour * (1.0 - 0.3 * np.clip(_blur(np.roll(bowl, 34, axis=1), 14.0), 0, 1) * (py > edge))[..., None]
    )
    b_across = np.clip(
        (px - bx) / np.maximum(118.0 * np.sqrt(np.clip(1.0 - ((py - by + 62.0) / 118.0) ** 2, 0.05, 1)), 1.0),
        -1,
        1,
    )
    glaze = (
        _rgb(236, 228, 212)[None, None, :]
        * (0.72 + 0.22 * np.sqrt(1.0 - b_across**2) - 0.1 * b_across)[..., None]
    )
    colour = _over(colour, glaze, bowl_body)
    colour = _over(colour, _rgb(236, 228, 212) * 0.95, bowl_top)
    corns = _ellipse(px, py, bx, by - 60.0, 106.0, 21.0)
    pepper = 1.0 - 0.6 * np.clip(
        np.sin(px / 2.6) * np.sin(py / 2.4) + 0.3 * _fine("kitchen/corns", shape, 1.0), 0, 1
    )
    colour = _over(colour, _rgb(52, 40, 34)[None, None, :] * pepper[..., None], corns)
    # the mill on the board, lit from the left, its shadow cast to the right across the board
    cx, bottom, s = 800.0, 872.0, 0.56
    _, mill_mask = _pepper_mill(px, py, colour, cx, bottom, s, "kitchen/mill", sheen=0.6)
    cast = np.clip(_blur(np.roll(np.roll(mill_mask, 70, axis=1), 8, axis=0), 22.0) * 1.3, 0, 1)
    contact = np.clip(_blur(np.roll(mill_mask, 4, axis=0), 4.0) * 1.5, 0, 1) * (py > bottom - 10.0)
    colour = colour * (1.0 - 0.45 * cast - 0.3 * contact)[..., None]
    colour, _ = _pepper_mill(px, py, colour, cx, bottom, s, "kitchen/mill", sheen=0.6)
    return _export(colour, "kitchen_table")
