"""``heldout46``'s pictures: four products a coin dealer, mineral dealer and two jewellers list, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop of a USB stand microscope's 1920 x 1080 frame: a square
  of 1080 x 1080 (silver coin), a 4:5 portrait of 864 x 1080 (tourmaline crystal), a 16:5 strip of
  1920 x 600 (tie pin, thin in it; shrunk by the marketplace to 1600 x 500) and a 3:2 landscape of
  1620 x 1080 (amethyst, small in it; shrunk to 1600 x 1067); the scene is a 5:4 landscape of 1350 x 1080;
- the canvases they are padded onto (``PADDING``): a 1:0.9 landscape with a moderate margin round the coin's
  picture (and round the scene), a 1:1.35 portrait with a close margin round the crystal's picture, a 1:0.45
  banner a little wider than the pin's long picture, and a 1:0.85 landscape whose width is 3.6 times the
  width of the amethyst's small picture (the picture covers about 9 % of it); every padded picture covers at
  least 8 % of its canvas;
- an old silver florin seen from above, worn and toned: a crowned, quartered shield in a laurel wreath,
  its legend and date raised round it, a denticled rim, hairline scratches, its high points rubbed bright
  and an iridescent gold-and-blue toning towards the rim (a metallic, mid-grey product); a black schorl
  tourmaline crystal lying on its side: a striated prism with a blunt three-faced termination, a broken
  base with a conchoidal fracture and a rusty iron stain, glassy faces that mirror the microscope's ring of
  LEDs (a dark product); a gold-plated stick pin: a cabochon garnet in a four-claw collet, a twisted upper
  shank and a plain shank tapering to its point (a thin product); a round brilliant-cut amethyst lying on
  its pavilion, small in its frame: a table with the pavilion's dark arrows and the ring of LEDs mirrored
  in it, star, bezel and upper girdle facets, some flashing white, a frosted girdle (a small product);
- every packshot is a seller's USB stand microscope's frame: the item on the microscope's white acrylic
  stage under the ring of eight white LEDs round its lens (the stage brighter in the middle and falling off
  towards the corners, a soft shadow all round each item, one faint shadow per LED, and a contact line; the
  ring mirrored as eight dots in glossy faces); its cheap lens (a little soft, red and blue spread apart
  towards the frame's edges, the stage and the lower sides of a tall item a little out of focus), the small
  sensor's noise, the camera's noise reduction and strong sharpening (dark halos round the items), an MJPEG
  frame at quality 78 with 4:2:2 chroma saved as it is by the microscope's app; then a photo editor crops it
  and sets levels with the white point picked on the stage's dimmest corner (so the whole stage clips to
  white, each channel on its own, and the centre is brightened by as much as the corner was dim) and saves a
  JPEG at quality 90 without chroma subsampling; the marketplace shrinks what is wider than 1600 px to 1600
  px and re-encodes it at quality 80 with 4:2:0 chroma;
- one full-frame scene: the florin and a copper penny in a numismatist's tray of green felt, beside the
  tray's oak divider, seen through the same microscope at its widest field and not edited (the ring's bright
  middle and dim corners kept), its app's frame re-encoded by the marketplace at quality 80.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the stage or a
shadow), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageFont

from bench.photo_sets.heldout34 import _box
from bench.photo_sets.heldout35 import _grid
from bench.photo_sets.heldout36 import _blur, _over, _rgb
from bench.photo_sets.heldout37 import _ellipse
from bench.photo_sets.heldout43 import _poly
from bench.photo_sets.heldout44 import _lettering, _shifted, _stroke, _turn, _wide
from bench.photo_sets.heldout45 import _capsule, _region

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "silver_coin": (740, 1.3, 0.9),
    "tourmaline": (840, 1.18, 1.35),
    "tie_pin": (1000, 1.08, 0.45),
    "amethyst": (250, 3.6, 0.85),
}

_MASKS: dict[str, np.ndarray] = {}

# the microscope's sensor, its pixels
_SENSOR = (1920, 1080)
# the LEDs' cool white as the camera's fixed white balance leaves it
_TINT = np.array([0.965, 1.0, 1.045], dtype=np.float32)
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout46/" + name).encode()))


def _fine(name: str, shape: tuple[int, int], radius: float) -> np.ndarray:
    """Unit-variance noise smooth over about ``radius`` px; a wide one interpolated from a coarse lattice."""
    from scipy import ndimage

    if radius <= 3.0:
        pad = int(3 * radius) + 1
        values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
        values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    else:
        step = radius * 1.2
        rows, cols = int(shape[0] / step) + 4, int(shape[1] / step) + 4
        lattice = ndimage.gaussian_filter(_rng(name).normal(0, 1, (rows, cols)), 0.6, mode="wrap")
        values = ndimage.zoom(lattice.astype(np.float32), step, order=3)[: shape[0], : shape[1]]
    return (values - float(values.mean())) / float(values.std())


def _along(name: str, a: np.ndarray, b: np.ndarray, step_a: float, step_b: float) -> np.ndarray:
    """Smooth unit noise fixed to an item's own coordinates (a, b): a lattice of values every ``step_a`` by
    ``step_b`` of them, read by cubic splines (striations that follow a turned item)."""
    from scipy import ndimage

    a0, b0 = float(a.min()), float(b.min())
    rows = int((float(b.max()) - b0) / step_b) + 5
    cols = int((float(a.max()) - a0) / step_a) + 5
    lattice = _rng(name).normal(0, 1, (rows, cols))
    coords = [(b - b0) / step_b + 2.0, (a - a0) / step_a + 2.0]
    values = ndimage.map_coordinates(lattice, coords, order=3, mode="nearest").astype(np.float32)
    return values / max(float(lattice.std()), 1e-6)


def _width(text: str, size: float) -> float:
    """How wide ``_lettering`` sets ``text`` ``size`` px tall (at one pixel per unit)."""
    font = ImageFont.load_default(size=round(size * 4))
    left, _, right, _ = font.getbbox(text)
    return (right - left) / 4.0


def _leds(
    u: np.ndarray, v: np.ndarray, cx: float, cy: float, radius: float, dot: tuple[float, float]
) -> np.ndarray:
    """The ring of eight LEDs mirrored in a glossy face: eight soft dots on a circle of ``radius`` round (cx, cy),
    each ``dot`` (along u, along v) wide."""
    out = np.zeros(u.shape, dtype=np.float32)
    for j in range(8):
        a = 2.0 * np.pi * j / 8.0 + 0.3
        x, y = cx + radius * np.cos(a), cy + radius * np.sin(a)
        out = out + np.exp(-(((u - x) / dot[0]) ** 2) - ((v - y) / dot[1]) ** 2)
    return np.clip(out, 0, 1.2)


# ---- the microscope, its stage and the editing ----------------------------------------------------------


def _sensor() -> tuple[np.ndarray, np.ndarray]:
    return _grid(*_SENSOR)


def _stage(name: str) -> np.ndarray:
    """The white acrylic stage as the sensor sees its albedo: a faint sheen of its surface."""
    shape = (_SENSOR[1], _SENSOR[0])
    level = 1.0 + 0.004 * _fine(name + "/acrylic", shape, 1.0) + 0.006 * _fine(name + "/sheen", shape, 40.0)
    return level[..., None] * np.ones(3, dtype=np.float32)


def _ring_shadow(mask: np.ndarray, reach: float, soft: float, depth: float) -> np.ndarray:
    """How much light the stage keeps (1 = all) round an item of ``mask`` under the ring of LEDs: each LED's
    faint shadow thrown ``reach`` px outwards and blurred ``soft`` px (together a soft shadow all round,
    a little deeper on the side the brighter LEDs face), and a contact line close round it."""
    cast = np.zeros(mask.shape, dtype=np.float32)
    for j in range(8):
        a = 2.0 * np.pi * j / 8.0 + 0.3
        weight = 1.0 + 0.25 * np.cos(a - 0.8)
        moved = _shifted(mask, round(reach * np.cos(a)), round(reach * np.sin(a)))
        cast = cast + weight * moved / 8.0
    cast = np.clip(_wide(cast, soft), 0, 1)
    contact = np.clip(_blur(mask, 1.3) * 1.6, 0, 1)
    return 1.0 - (depth * cast + 0.3 * contact) * (1.0 - mask)


def _microscope(
    albedo: np.ndarray, name: str, exposure: float, defocus: np.ndarray | None = None
) -> np.ndarray:
    """The microscope's frame of ``albedo`` (0..1 on its sensor grid, over 1 for glints): the ring light
    brighter in the middle, the cheap lens (soft, out of focus where ``defocus`` says, lateral colour), shot
    and read noise, noise reduction, strong sharpening, 8 bits, an MJPEG frame at quality 78 with 4:2:2
    chroma. The decoded levels, 0..255."""
    from scipy import ndimage

    h, w = albedo.shape[:2]
    gx, gy = _grid(w, h)
    cx, cy = (w - 1) / 2.0, (h - 1) / 2.0
    r2 = ((gx - cx) ** 2 + (gy - cy) ** 2) / (cx**2 + cy**2)
    light = (1.0 - 0.22 * r2 - 0.03 * (gx - cx) / cx) * exposure
    values = albedo * light[..., None] * _TINT
    if defocus is not None:
        values = _over(values, _blur(values, (1.8, 1.8, 0)), defocus)
    values = _blur(values, (0.8, 0.8, 0))
    # lateral colour: red a little larger than green, blue a little smaller, about the frame's middle
    for c, m in ((0, 1.0011), (2, 0.999)):
        coords = [cy + (gy - cy) / m, cx + (gx - cx) / m]
        values[..., c] = ndimage.map_coordinates(values[..., c], coords, order=1, mode="nearest")
    rng = _rng(name + "/sensor")
    clipped = np.clip(values, 0, 1.0)
    sigma = np.sqrt(0.00005 + 0.00022 * clipped)
    noisy = clipped + rng.normal(0, 1, clipped.shape).astype(np.float32) * sigma
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (3.0, 3.0, 0))
    smooth = _blur(y, 1.0)
    detail = y - smooth
    y = smooth + detail * (detail**2 / (detail**2 + 0.014**2))
    y = y + 0.95 * (y - _blur(y, 1.7))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=78, subsampling=1)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: what is wider than 1600 px shrunk to 1600 px, a JPEG at quality 80 with 4:2:0 chroma."""
    if max(image.size) > 1600:
        ratio = 1600 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _upload(frame: np.ndarray, box: tuple[int, int, int, int], name: str, mask: np.ndarray) -> Image.Image:
    """The seller's edit of the microscope's frame: cropped to ``box``, levels with the white point picked on
    the stage's dimmest corner (each channel white there, a little above it so the stage's grain clips too)
    and a black point at 6, a JPEG at quality 90 without chroma subsampling; then the marketplace's copy."""
    x0, y0, x1, y1 = box
    crop = frame[y0:y1, x0:x1]
    corners = [crop[:40, :40], crop[:40, -40:], crop[-40:, :40], crop[-40:, -40:]]
    levels = [np.median(c.reshape(-1, 3), axis=0) for c in corners]
    white = min(levels, key=lambda level: float(level @ _LUMA)) * 0.93
    values = np.clip((crop - 6.0) / (white - 6.0), 0, 1)
    image = Image.fromarray(np.clip(values * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, subsampling=0)
    image = _market(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    drawn = Image.fromarray((np.clip(mask[y0:y1, x0:x1], 0, 1) * 255.0).astype(np.uint8))
    if drawn.size != image.size:
        drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
    _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _paste(
    colour: np.ndarray, mask: np.ndarray, win: tuple[slice, slice], item: np.ndarray, item_mask: np.ndarray
) -> None:
    colour[win] = _over(colour[win], item, item_mask)
    mask[win] = np.maximum(mask[win], item_mask)


# ---- an old silver florin ------------------------------------------------------------------------------


def _coin(
    px: np.ndarray,
    py: np.ndarray,
    cx: float,
    cy: float,
    radius: float,
    name: str,
    metal: str,
    legend: str,
    date: str,
) -> tuple[np.ndarray, np.ndarray]:
    """A struck coin seen from above at (cx, cy), ``radius`` px: a crowned, quartered shield in a laurel
    wreath, ``legend`` over it and ``date`` under it, a denticled rim; ``metal`` silver (toned towards its
    rim) or copper. Its colour and mask."""
    shape = px.shape
    R = radius
    dx, dy = px - cx, py - cy
    rho = np.hypot(dx, dy)
    r = rho / R
    height = np.zeros(shape, dtype=np.float32)
    # the rim and its denticles
    height = np.maximum(height, np.clip((r - 0.93) * R + 0.5, 0, 1))
    theta = np.arctan2(dx, -dy)
    band = np.clip((r - 0.885) * R + 0.5, 0, 1) * np.clip((0.93 - r) * R + 0.5, 0, 1)
    teeth = np.clip(np.cos(theta * 120.0) * 3.0 + 0.5, 0, 1)
    height = np.maximum(height, 0.7 * band * teeth)
    # the legend along the top, the date along the bottom, their tops towards the middle
    size = 0.085 * R
    top = 0.87 * R
    u, v = theta * top, top - rho
    letters = _lettering(legend, size, u, v, -_width(legend, size) / 2.0, 0.0, 1.0) * (np.abs(theta) < 1.6)
    below = np.arctan2(dx, dy)
    inner = 0.78 * R
    u, v = below * inner, rho - inner
    digits = _lettering(date, size, u, v, -_width(date, size) / 2.0, 0.0, 1.0) * (np.abs(below) < 1.0)
    height = np.maximum(height, 0.6 * np.clip(np.maximum(letters, digits), 0, 1))
    # the shield: a raised border, a cross quartering it, two quarters hatched
    corners = [(-0.3, -0.26), (0.3, -0.26), (0.3, 0.12), (0.0, 0.46), (-0.3, 0.12)]
    shield = _poly(px, py, [(cx + a * R, cy + b * R) for a, b in corners])
    inset = [(-0.26, -0.22), (0.26, -0.22), (0.26, 0.11), (0.0, 0.405), (-0.26, 0.11)]
    field = _poly(px, py, [(cx + a * R, cy + b * R) for a, b in inset])
    sx, sy = dx / R, (dy / R - 0.0)
    cross = np.clip((0.035 - np.abs(sx)) * R + 0.5, 0, 1) + np.clip(
        (0.035 - np.abs(sy - 0.04)) * R + 0.5, 0, 1
    )
    hatched = ((sx < 0) == (sy < 0.04)).astype(np.float32) * (np.sin(sx * R * 2.0 * np.pi / 7.0) > 0.2)
    relief = 0.6 * np.clip(shield - field, 0, 1) + field * (0.32 + 0.08 * hatched)
    relief = np.maximum(relief, 0.55 * np.clip(cross, 0, 1) * field)
    height = np.maximum(height, relief)
    # the crown over it: a band and five arches with a pearl on each
    crown = _box(px, py, cx - 0.2 * R, cy - 0.38 * R, cx + 0.2 * R, cy - 0.3 * R, 0.01 * R)
    for j in range(5):
        ax = cx + (j - 2) * 0.09 * R
        arch = _ellipse(px, py, ax, cy - 0.4 * R, 0.035 * R, 0.06 * R) * (py < cy - 0.33 * R)
        pearl = _ellipse(px, py, ax, cy - 0.47 * R, 0.018 * R, 0.018 * R)
        crown = np.maximum(crown, np.maximum(arch, pearl))
    height = np.maximum(height, 0.58 * crown)
    # the laurel wreath: two sprays of leaves curving up round the shield
    for side in (-1.0, 1.0):
        for j in range(11):
            a = np.deg2rad(200.0 + 13.0 * j) if side < 0 else np.deg2rad(340.0 - 13.0 * j)
            lx, ly = cx + 0.6 * R * np.cos(a), cy - 0.6 * R * np.sin(a) + 0.05 * R
            turn = np.rad2deg(-a) + 90.0 + side * 25.0
            tu, tv = _turn(px, py, lx, ly, turn)
            d = np.hypot((tu - lx) / (0.055 * R), (tv - ly) / (0.022 * R))
            leaf = np.clip((1.0 - d) * 0.022 * R + 0.5, 0, 1)
            height = np.maximum(height, 0.5 * leaf * (0.75 + 0.25 * np.sqrt(np.clip(1.0 - d**2, 0, 1))))
    # wear: the highest points rubbed flat
    height = np.minimum(height, 0.62 + 0.03 * _fine(name + "/wear", shape, 6.0)) * (r < 1.0)
    height = np.maximum(height, np.clip((r - 0.93) * R + 0.5, 0, 1) * (r < 1.0))
    height = _blur(height, 1.4)
    gy_, gx_ = np.gradient(height)
    slope = np.hypot(gx_, gy_)
    glint = np.exp(-(((slope - 0.11) / 0.05) ** 2))
    facing = np.clip(-(gx_ + gy_) * 6.0, -1, 1)
    rubbed = np.clip((height - 0.45) * 4.0, 0, 1)
    tone = 0.5 + 0.12 * height + 0.3 * glint + 0.08 * facing + 0.1 * rubbed
    tone = tone * (1.0 + 0.035 * _fine(name + "/grain", shape, 1.2))
    tone = tone * (1.0 - 0.25 * np.clip((r - 0.985) * R / 3.0, 0, 1))
    rng = _rng(name + "/scratches")
    for _ in range(7):
        a0 = rng.uniform(0, 2 * np.pi)
        x0, y0 = cx + rng.uniform(0, 0.7) * R * np.cos(a0), cy + rng.uniform(0, 0.7) * R * np.sin(a0)
        heading = rng.uniform(0, np.pi)
        step = rng.uniform(0.15, 0.35) * R
        points = [(x0, y0), (x0 + step * np.cos(heading), y0 + step * np.sin(heading))]
        points.append(
            (points[1][0] + step * np.cos(heading + 0.15), points[1][1] + step * np.sin(heading + 0.15))
        )
        line = _stroke(px, py, points, 1.3, 0.6)
        tone = tone * (1.0 - 0.22 * line) + 0.12 * line * (rng.uniform() > 0.5)
    if metal == "silver":
        colour = _rgb(214, 216, 218)[None, None, :] * tone[..., None]
        t = np.clip((r - 0.62) / 0.38, 0, 1)
        gold = np.exp(-(((t - 0.45) / 0.22) ** 2))
        blue = np.exp(-(((t - 0.92) / 0.12) ** 2))
        patch = np.clip(0.7 + 0.5 * _fine(name + "/toning", shape, 0.08 * R), 0, 1)
        tint = 1.0 + (_rgb(255, 222, 176) - 1.0)[None, None, :] * (0.45 * gold * patch)[..., None]
        tint = tint + (_rgb(184, 202, 255) - 1.0)[None, None, :] * (0.5 * blue * patch)[..., None]
        colour = colour * tint
    else:
        colour = _rgb(190, 112, 74)[None, None, :] * (tone * 0.9)[..., None]
        colour = colour * (1.0 + 0.08 * _fine(name + "/patina", shape, 0.1 * R))[..., None]
    mask = np.clip((R - rho) + 0.5, 0, 1)
    return colour, mask


def silver_coin_packshot() -> Image.Image:
    """An old silver florin, worn and toned, on the microscope's stage, a 1080 x 1080 square."""
    px, py = _sensor()
    colour = _stage("coin")
    mask = np.zeros(px.shape, dtype=np.float32)
    win = _region(px, py, (490.0, 70.0, 1430.0, 1010.0))
    coin, coin_mask = _coin(px[win], py[win], 962.0, 538.0, 448.0, "coin", "silver", "ONE FLORIN", "1887")
    full = np.zeros(px.shape, dtype=np.float32)
    full[win] = coin_mask
    colour = colour * _ring_shadow(full, 14.0, 16.0, 0.3)[..., None]
    _paste(colour, mask, win, coin, coin_mask)
    frame = _microscope(colour, "coin", 0.8)
    return _upload(frame, (420, 0, 1500, 1080), "silver_coin", mask)


# ---- a black tourmaline crystal ------------------------------------------------------------------------


def _tourmaline(
    px: np.ndarray, py: np.ndarray, start: tuple[float, float], end: tuple[float, float], s: float, name: str
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A black schorl crystal lying on its side from its broken base at ``start`` to its termination at
    ``end``, ``s`` px per mm: colour (glints over 1), mask, and how far each part of it is below the top
    face in focus (0..1, for the depth of field)."""
    x0, y0 = start
    x1, y1 = end
    length = float(np.hypot(x1 - x0, y1 - y0))
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    a = ((px - x0) * ux + (py - y0) * uy) / s
    b = (-(px - x0) * uy + (py - y0) * ux) / s
    total = length / s
    shape = px.shape
    half = 4.8 + 0.25 * _along(name + "/sides", a * s, b * 0.0, 40.0 * s, 1.0)
    tip = 7.5
    half = np.where(a > total - tip, half * (0.32 + 0.68 * np.clip((total - a) / tip, 0, 1)), half)
    broken = 1.4 * _fine(name + "/break", shape, 1.6 * s) + 0.8 * np.abs(b)
    mask = np.clip((half - np.abs(b)) * s + 0.5, 0, 1)
    mask = mask * np.clip((a - broken) * s + 0.5, 0, 1) * np.clip((total - a) * s + 0.5, 0, 1)
    across = np.clip(b / np.maximum(half, 0.3), -1, 1)
    # three faces of the prism seen from above: the top face flat, the two sides sloping to the stage
    left, right = across < -0.32, across > 0.38
    face = np.where(left, 0.62, np.where(right, 1.35, 1.0)).astype(np.float32)
    striae = _along(name + "/striae", a * s, b * s, 9.0 * s, 0.18 * s)
    grooves = _along(name + "/grooves", a * s, b * s, 30.0 * s, 0.6 * s)
    tone = 0.085 * face * (1.0 + 0.22 * np.clip(striae, -2, 2) + 0.12 * grooves)
    # the termination: three faces meeting in a blunt point
    end_zone = a > total - tip
    centre = np.abs(across) < 0.35 + 0.5 * np.clip((a - (total - tip)) / tip, 0, 1)
    end_face = np.where(centre, 1.5, np.where(across < 0, 0.7, 1.15)).astype(np.float32)
    tone = np.where(end_zone, 0.09 * end_face * (1.0 + 0.05 * grooves), tone)
    # the edges between faces catch the light: thin bright lines along them
    edges = np.exp(-(((across + 0.32) / 0.025) ** 2)) + np.exp(-(((across - 0.38) / 0.025) ** 2))
    edges = edges * (~end_zone) + np.exp(-(((a - (total - tip)) / 0.12) ** 2)) * (np.abs(across) < 1)
    tone = tone + 0.16 * edges
    # the broken base: a glassy conchoidal fracture, a rusty iron stain
    fracture = np.clip(3.5 - a + 0.6 * _fine(name + "/shell", shape, 1.0 * s), 0, 1)
    ripple = 0.09 + 0.05 * np.sin(np.hypot(a - 0.5, b - 1.5) * 3.2)
    tone = _over(tone[..., None], ripple[..., None], fracture)[..., 0]
    colour = _rgb(13, 13, 15)[None, None, :] * (tone / 0.05)[..., None]
    rust = np.clip(_fine(name + "/rust", shape, 0.8 * s) * 1.5 - 1.0, 0, 1) * np.clip(4.0 - a, 0, 1)
    colour = _over(colour, _rgb(92, 52, 26), 0.75 * rust)
    # the ring of LEDs mirrored in the glassy faces, each dot smeared across the striations
    mid = total * 0.52
    dots = _leds(a, b, mid, -0.2, 2.2, (0.16, 0.45)) * (~left) * (~right)
    dots = dots + 0.8 * _leds(a, b, total - 3.6, 0.0, 0.9, (0.1, 0.12)) * end_zone * centre
    colour = colour + (1.05 * dots)[..., None] * np.array([0.95, 0.97, 1.0], dtype=np.float32)
    colour = colour + (0.035 * np.exp(-((across / 0.2) ** 2)) * (~end_zone))[..., None]
    below = np.clip((np.abs(across) - 0.35) / 0.65, 0, 1) * mask
    return colour, mask, below


def tourmaline_packshot() -> Image.Image:
    """A black schorl tourmaline crystal lying on its side on the microscope's stage, an 864 x 1080 portrait."""
    px, py = _sensor()
    colour = _stage("tourmaline")
    s = 29.0
    win = _region(px, py, (560.0, 40.0, 1360.0, 1040.0))
    crystal, crystal_mask, below = _tourmaline(
        px[win], py[win], (1190.0, 960.0), (748.0, 120.0), s, "tourmaline"
    )
    mask = np.zeros(px.shape, dtype=np.float32)
    mask[win] = crystal_mask
    colour = colour * _ring_shadow(mask, 2.8 * s, 1.6 * s, 0.36)[..., None]
    _paste(colour, np.zeros_like(mask), win, crystal, crystal_mask)
    # the stage and the crystal's lower sides a little out of focus, its top face sharp
    defocus = np.full(px.shape, 0.55, dtype=np.float32)
    defocus[win] = 0.55 * (1.0 - crystal_mask) + 0.6 * below
    defocus = _blur(defocus, 2.0)
    frame = _microscope(colour, "tourmaline", 0.8, defocus)
    return _upload(frame, (528, 0, 1392, 1080), "tourmaline", mask)


# ---- a gold-plated stick pin ---------------------------------------------------------------------------


def _tie_pin(
    px: np.ndarray, py: np.ndarray, head: tuple[float, float], point: tuple[float, float], s: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """A gold-plated stick pin from its garnet's middle at ``head`` to its point at ``point``, ``s`` px per mm:
    colour (glints over 1), mask."""
    x0, y0 = head
    x1, y1 = point
    length = float(np.hypot(x1 - x0, y1 - y0))
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    a = ((px - x0) * ux + (py - y0) * uy) / s
    b = (-(px - x0) * uy + (py - y0) * ux) / s
    total = length / s
    shape = px.shape
    knots = [(2.0, 0.62), (4.5, 0.62), (5.2, 0.75), (5.8, 0.58), (24.0, 0.58), (24.6, 0.72), (25.2, 0.48)]
    knots += [(total - 9.0, 0.45), (total - 2.0, 0.22), (total, 0.0)]
    radius = np.interp(a, [k[0] for k in knots], [k[1] for k in knots]).astype(np.float32)
    shank = np.clip((radius - np.abs(b)) * s + 0.5, 0, 1) * np.clip((a - 2.0) * s + 0.5, 0, 1)
    shank = shank * np.clip((total - a) * s + 0.5, 0, 1)
    side = np.clip(b / np.maximum(radius, 0.1), -1, 1)
    round_ = np.sqrt(np.clip(1.0 - side**2, 0, 1))
    shine = (
        0.45
        + 0.33 * round_
        + 0.6 * np.exp(-(((side + 0.35) / 0.16) ** 2))
        + 0.2 * np.exp(-(((side - 0.6) / 0.12) ** 2))
    )
    twisted = (a > 5.8) & (a < 24.0)
    groove = np.clip(np.sin((a / 0.85 + side * 0.45) * 2.0 * np.pi) * 2.5 + 0.8, 0, 1)
    shine = np.where(twisted, shine * (0.55 + 0.45 * groove), shine)
    gold = _rgb(220, 172, 84)[None, None, :]
    colour = gold * shine[..., None]
    # the collet: a gold bezel round the garnet, four claws over its edge
    rr = np.hypot(px - x0, py - y0) / s
    collet = np.clip((3.5 - rr) * s + 0.5, 0, 1)
    bezel = 0.5 + 0.5 * np.exp(-(((rr - 3.2) / 0.18) ** 2)) + 0.3 * np.clip((b + a) / 5.0, -1, 1)
    colour = _over(colour, gold * bezel[..., None], collet)
    stone = np.clip((2.85 - rr) * s + 0.5, 0, 1)
    dome = np.sqrt(np.clip(1.0 - (rr / 2.85) ** 2, 0, 1))
    glow = np.exp(-(((a - 0.9) / 1.4) ** 2 + ((b - 0.8) / 1.4) ** 2))
    garnet = _rgb(104, 12, 22)[None, None, :] * (0.45 + 0.55 * dome)[..., None]
    garnet = garnet + (glow * 0.35)[..., None] * _rgb(255, 40, 50)[None, None, :]
    garnet = garnet + (1.1 * _leds(a, b, 0.0, 0.0, 1.15, (0.13, 0.13)) + 0.12 * np.exp(-((rr / 0.9) ** 2)))[
        ..., None
    ] * np.array([1.0, 0.95, 0.95], dtype=np.float32)
    colour = _over(colour, garnet, stone)
    claws = np.zeros(shape, dtype=np.float32)
    for j in range(4):
        angle = np.deg2rad(45.0 + 90.0 * j)
        cx, cy = x0 + 2.85 * s * np.cos(angle), y0 + 2.85 * s * np.sin(angle)
        claw, _, _ = _capsule(
            px, py, cx, cy, x0 + 3.4 * s * np.cos(angle), y0 + 3.4 * s * np.sin(angle), 0.5 * s, 0.55 * s
        )
        claws = np.maximum(claws, claw)
    lit = 0.6 + 0.6 * np.exp(-(((np.hypot(px - x0, py - y0) / s - 2.9) / 0.25) ** 2))
    colour = _over(colour, gold * lit[..., None], claws)
    mask = np.clip(np.maximum.reduce([shank, collet, claws]), 0, 1)
    return colour, mask


def tie_pin_packshot() -> Image.Image:
    """A gold-plated stick pin with a cabochon garnet, in a 1920 x 600 strip of the microscope's frame (shrunk
    by the marketplace to 1600 x 500)."""
    px, py = _sensor()
    colour = _stage("pin")
    s = 26.5
    win = _region(px, py, (80.0, 380.0, 1860.0, 700.0))
    pin, pin_mask = _tie_pin(px[win], py[win], (205.0, 560.0), (1800.0, 505.0), s, "pin")
    mask = np.zeros(px.shape, dtype=np.float32)
    mask[win] = pin_mask
    colour = colour * _ring_shadow(mask, 0.9 * s, 0.7 * s, 0.3)[..., None]
    _paste(colour, np.zeros_like(mask), win, pin, pin_mask)
    frame = _microscope(colour, "pin", 0.8)
    return _upload(frame, (0, 240, 1920, 840), "tie_pin", mask)


# ---- a round brilliant-cut amethyst --------------------------------------------------------------------


def _amethyst(
    px: np.ndarray, py: np.ndarray, cx: float, cy: float, radius: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """A round brilliant-cut amethyst lying on its pavilion, seen from above at (cx, cy), ``radius`` px: its
    colour (flashes over 1) and mask."""
    dx, dy = px - cx, py - cy
    r = np.hypot(dx, dy) / radius
    theta = np.arctan2(dy, dx) + np.pi / 8.0
    eighth = np.pi / 4.0
    sector = np.floor(theta / eighth).astype(int) % 8
    frac = (theta / eighth) % 1.0
    towards = np.abs(frac - 0.5) * 2.0  # 0 at a table edge's middle, 1 at a table corner
    octagon = r * np.cos((frac - 0.5) * eighth)
    table = octagon < 0.56
    star = (~table) & (octagon < 0.56 + 0.2 * (1.0 - towards))
    girdle_side = r > 0.86 - 0.1 * towards
    kite = (~table) & (~star) & (~girdle_side)
    half = (frac > 0.5).astype(int)
    zone = np.where(table, 0, np.where(star, 1, np.where(kite, 2, 3)))
    facet = zone * 16 + sector * 2 + np.where(zone >= 2, half, 0)
    rng = _rng(name + "/facets")
    tones = rng.uniform(0.0, 1.0, 64).astype(np.float32)
    flashes = (rng.uniform(0.0, 1.0, 64) > 0.9).astype(np.float32)
    t = tones[facet]
    dark, mid, light = _rgb(58, 12, 80), _rgb(126, 66, 156), _rgb(184, 140, 206)
    colour = np.where(
        (t < 0.5)[..., None],
        dark + (mid - dark) * (t / 0.5)[..., None],
        mid + (light - mid) * ((t - 0.5) / 0.5)[..., None],
    )
    colour = _over(colour, _rgb(238, 226, 248), 0.85 * flashes[facet] * (zone > 0))
    # the table: the pavilion's eight dark arrows under it, its mid tone lighter towards the middle
    arrow = np.clip(1.0 - np.abs(frac - 0.5) / (0.13 * (1.0 - r / 0.6) + 0.03), 0, 1) * (r > 0.08)
    table_tone = mid * (1.15 - 0.35 * r)[..., None]
    table_tone = _over(table_tone, dark * 0.8, 0.8 * arrow)
    colour = np.where(table[..., None], table_tone, colour)
    colour = (
        colour
        + (1.2 * _leds(dx, dy, 0.0, 0.0, 0.3 * radius, (0.03 * radius, 0.03 * radius)) * table)[..., None]
    )
    # the facets' edges: a thin bright or dark line where two meet
    edge = np.zeros(px.shape, dtype=np.float32)
    edge[:, 1:] = np.maximum(edge[:, 1:], facet[:, 1:] != facet[:, :-1])
    edge[1:, :] = np.maximum(edge[1:, :], facet[1:, :] != facet[:-1, :])
    edge = _blur(edge, 0.6) * 1.6
    colour = colour * (1.0 - 0.2 * np.clip(edge, 0, 1))[..., None] + (0.06 * np.clip(edge, 0, 1))[..., None]
    # the frosted girdle
    girdle = np.clip((r - 0.975) * radius + 0.5, 0, 1)
    colour = _over(colour, _rgb(176, 158, 188), girdle)
    mask = np.clip((1.0 - r) * radius + 0.5, 0, 1)
    return colour, mask


def amethyst_packshot() -> Image.Image:
    """A round brilliant-cut amethyst small on the microscope's stage, a 1620 x 1080 landscape (shrunk by the
    marketplace to 1600 x 1067)."""
    px, py = _sensor()
    colour = _stage("amethyst")
    win = _region(px, py, (780.0, 360.0, 1240.0, 820.0))
    stone, stone_mask = _amethyst(px[win], py[win], 1010.0, 590.0, 168.0, "amethyst")
    mask = np.zeros(px.shape, dtype=np.float32)
    mask[win] = stone_mask
    colour = colour * _ring_shadow(mask, 22.0, 18.0, 0.28)[..., None]
    # the backdrop's light through the stone deepens its colour where it lies, a faint violet pool beside it
    pool = np.clip(_wide(_shifted(mask, 20, 26), 14.0) - mask, 0, 1)
    colour = colour * (1.0 - 0.12 * pool[..., None] * (1.0 - _rgb(150, 90, 190)[None, None, :]))
    _paste(colour, np.zeros_like(mask), win, stone, stone_mask)
    frame = _microscope(colour, "amethyst", 0.8)
    return _upload(frame, (150, 0, 1770, 1080), "amethyst", mask)


# ---- the coins in a numismatist's tray -----------------------------------------------------------------


def coin_tray_scene() -> Image.Image:
    """The florin and a copper penny on a numismatist's green felt tray beside its oak divider, the microscope
    at its widest field and not edited, a 1350 x 1080 landscape."""
    px, py = _sensor()
    shape = px.shape
    fibres = 0.1 * _fine("tray/fibres", shape, 0.8) + 0.05 * _fine("tray/nap", shape, 6.0)
    felt = _rgb(40, 84, 54)[None, None, :] * (1.0 + fibres)[..., None]
    rng = _rng("tray/hairs")
    for _ in range(40):
        x, y = rng.uniform(285, 1635), rng.uniform(0, 1080)
        heading = rng.uniform(0, np.pi)
        step = rng.uniform(8, 22)
        points = [(x, y), (x + step * np.cos(heading), y + step * np.sin(heading))]
        points.append(
            (points[1][0] + step * np.cos(heading + 0.6), points[1][1] + step * np.sin(heading + 0.6))
        )
        win = _region(px, py, (x - 50, y - 50, x + 50, y + 50))
        hair = _stroke(px[win], py[win], points, 1.6, 1.0)
        felt[win] = felt[win] * (1.0 + 0.35 * hair * rng.choice([-1.0, 1.0]))[..., None]
    colour = felt
    # the oak divider across the top of the field
    oak = (
        _rgb(176, 128, 80)[None, None, :]
        * (1.0 + 0.08 * _along("tray/oak", px, py, 120.0, 3.0) + 0.03 * _fine("tray/pores", shape, 0.7))[
            ..., None
        ]
    )
    divider = np.clip(150.0 + 6.0 * np.sin(px / 400.0) - py + 0.5, 0, 1)
    colour = colour * (1.0 - 0.35 * np.clip(_wide(_shifted(divider, 0, 24), 14.0) - divider, 0, 1))[..., None]
    colour = _over(colour, oak * (1.0 - 0.25 * np.clip((py - 120.0) / 30.0, 0, 1))[..., None], divider)
    items = []
    for name, (cx, cy, radius), metal, legend, date in (
        ("tray/florin", (820.0, 600.0, 300.0), "silver", "ONE FLORIN", "1887"),
        ("tray/penny", (1475.0, 720.0, 340.0), "copper", "ONE PENNY", "1912"),
    ):
        win = _region(px, py, (cx - radius - 4, cy - radius - 4, cx + radius + 4, cy + radius + 4))
        coin, coin_mask = _coin(px[win], py[win], cx, cy, radius, name, metal, legend, date)
        full = np.zeros(shape, dtype=np.float32)
        full[win] = coin_mask
        items.append((win, coin, coin_mask, full))
    for _, _, _, full in items:
        colour = colour * _ring_shadow(full, 12.0, 14.0, 0.4)[..., None]
    for win, coin, coin_mask, _ in items:
        colour[win] = _over(colour[win], coin, coin_mask)
    frame = _microscope(colour, "tray", 1.05)
    picture = Image.fromarray(np.clip(frame[:, 285:1635] + 0.5, 0, 255).astype(np.uint8))
    return _market(picture)
