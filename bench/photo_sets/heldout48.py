"""``heldout48``'s pictures: four products a small bakery and delicatessen lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop of an older phone's photo: a 5:4 landscape of
  1500 x 1200 (biscuit tin), a 3:4 portrait of 1200 x 1600 (honey jar), a 7:2 strip of 2100 x 600 (baguette,
  thin in it; shrunk by the marketplace to 1600 x 457) and a 7:5 landscape of 1400 x 1000 (cheese wedge,
  small in it); the scene is a 4:5 portrait of 1200 x 1500;
- the canvases they are padded onto (``PADDING``): a 1:0.82 landscape with a moderate margin round the tin's
  picture, a 1:1.12 portrait with a moderate margin round the jar's picture (and round the scene), a 1:0.3
  banner a little wider than the baguette's long picture, and a 1:0.86 landscape whose width is 2.95 times the
  width of the cheese's small picture (the picture covers about 9 % of it); every padded picture covers at
  least 8 % of its canvas;
- a round biscuit tin with its lid on, seen a little from above: bottle-green enamel, a fluted side, gilt
  bands at the lid's skirt and the base, the lid embossed with a gilt rosette, a raised ring and a beaded
  border, the ceiling tube mirrored as a pale band across the lid and as upright streaks down the side (a
  dark product with glossy parts); a round glass jar of clear amber honey with a gilt lug lid, the counter
  seen through the honey (deeper amber towards the jar's sides), a pale glow where the light comes through
  it, the tube mirrored as upright streaks down the glass and a clear gap of air under the lid (a
  translucent product); a crusty baguette lying along a beech bread board: a golden crust, darker towards its
  ends, five diagonal scores opened into paler ears, fine cracks in the crust and a dusting of flour (a thin
  product); a wedge of hard cheese on an oak cheese board: a pale yellow top, its cut face in shade, a few
  small eyes, a brown-orange rind with a cloth texture along its back (a small product);
- every packshot is an older phone's photo in the shop under the ceiling's cool fluorescent tubes: the item
  on the brushed stainless steel counter (the tube mirrored in it as a broad pale band, the item mirrored
  dimly below its base, a soft shadow all round and a contact line) or on a wooden board; the phone leaves
  the light a little cool, a faint horizontal banding from the tubes' flicker, its soft lens and vignetting
  (the corners about a fifth darker), strong luma and blotchy chroma noise, weak noise reduction and strong
  sharpening, a JPEG at quality 90 with 4:2:0 chroma; the seller cuts the item out on a desktop
  background-removal website (a clean mask along the item's outline that keeps a halo of the counter or
  board about a pixel wide round it, white outside) and downloads a PNG; the marketplace shrinks what is
  longer than 1600 px to 1600 px and converts it to a JPEG at quality 86 with 4:2:0 chroma;
- one full-frame scene: the tin, the jar and the cheese on its board on the steel counter before a wall of
  white metro tiles with grey grout, the counter's rolled front edge below, the tube mirrored in the steel
  and the tiles, not edited (the vignetting kept), the phone's JPEG re-encoded by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the counter's
halo, a shadow or a reflection), for the bench's clipping scope.
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
from bench.photo_sets.heldout43 import _poly
from bench.photo_sets.heldout44 import _shifted, _turn, _wide

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "biscuit_tin": (840, 1.28, 0.82),
    "honey_jar": (880, 1.2, 1.12),
    "baguette": (1060, 1.07, 0.3),
    "cheese_wedge": (250, 2.95, 0.86),
}

_MASKS: dict[str, np.ndarray] = {}

# the tubes' cool light as the phone's white balance leaves it
_COOL = np.array([0.965, 0.985, 1.0], dtype=np.float32)
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
_WHITE = np.ones(3, dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout48/" + name).encode()))


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


def _brushed(name: str, shape: tuple[int, int], length: float) -> np.ndarray:
    """Unit-variance streaks ``length`` px long along the rows (brushed steel, wood grain)."""
    pad = int(3 * length) + 2
    values = _rng(name).normal(0, 1, (shape[0] + 6, shape[1] + 2 * pad)).astype(np.float32)
    values = _blur(values, (0.7, length))[3:-3, pad:-pad]
    return (values - float(values.mean())) / float(values.std())


# ---- the counter, the boards, the phone, the website and the marketplace ----------------------------------


def _counter(name: str, w: int, h: int, band: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The brushed stainless steel counter as the phone frames it: its grid and colour (the ceiling tube
    mirrored as a broad pale band about ``band`` px down the frame, darker towards the front)."""
    px, py = _grid(w, h)
    shape = px.shape
    level = (
        0.6
        + 0.035 * _brushed(name + "/brushed", shape, 30.0)
        + 0.012 * _fine(name + "/grain", shape, 0.8)
        + 0.02 * _fine(name + "/smears", shape, 120.0)
        - 0.07 * py / h
        + 0.24 * np.exp(-(((py - band) / (0.16 * h)) ** 2))
    )
    return px, py, level[..., None] * np.array([0.97, 0.985, 1.0], dtype=np.float32)


def _board(
    name: str, w: int, h: int, tone: tuple[float, float, float], period: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A wooden board filling the frame, its grain along the rows ``period`` px apart: grid and colour."""
    px, py = _grid(w, h)
    shape = px.shape
    warp = 3.0 * period * _fine(name + "/warp", shape, 60.0)
    rings = 0.5 + 0.5 * np.cos(2 * np.pi * (py + warp) / period)
    level = (
        0.88
        + 0.1 * rings**3
        + 0.05 * _brushed(name + "/fibre", shape, 40.0)
        + 0.03 * _fine(name + "/patch", shape, 90.0)
    )
    knife = np.clip(_brushed(name + "/marks", shape, 80.0) - 2.6, 0, 1)
    level = level - 0.08 * knife
    return px, py, _rgb(*tone)[None, None, :] * level[..., None]


def _shade(mask: np.ndarray, drop: float, soft: float, depth: float) -> np.ndarray:
    """How much light the counter keeps (1 = all) round an item of ``mask`` under the ceiling's tubes: a soft
    shadow all round, a little towards the front, and a contact line."""
    cast = _wide(_shifted(mask, 0, round(drop)), soft)
    contact = np.clip(_blur(mask, 1.5) * 1.6, 0, 1)
    return 1.0 - (depth * np.clip(cast, 0, 1) + 0.3 * contact) * (1.0 - mask)


def _mirror(colour: np.ndarray, mask: np.ndarray, strength: float) -> tuple[np.ndarray, np.ndarray]:
    """The item mirrored dimly in the steel below its base: a colour and how much of it shows."""
    rows = np.nonzero(mask.max(axis=1) > 0.5)[0]
    if rows.size == 0:
        return colour, np.zeros_like(mask)
    base = int(rows.max())
    h = mask.shape[0]
    source = np.clip(2 * base - np.arange(h), 0, h - 1)
    below = (np.arange(h) > base).astype(np.float32)
    fade = np.exp(-np.clip(np.arange(h) - base, 0, None) / (0.07 * h)).astype(np.float32)
    alpha = _blur(mask[source] * (below * fade)[:, None], (5.0, 3.0)) * strength * (1.0 - mask)
    return _blur(colour[source], (5.0, 3.0, 0)), alpha


def _light(values: np.ndarray, name: str) -> np.ndarray:
    """The tubes' light as the phone records it: cool, a little brighter towards the top, and the faint
    horizontal banding of their flicker across the rolling shutter."""
    h, w = values.shape[:2]
    px, py = _grid(w, h)
    flicker = 1.0 + 0.012 * np.sin(2 * np.pi * py / (0.19 * h) + 1.3)
    light = (1.0 - 0.05 * py / h + 0.02 * _fine(name + "/light", (h, w), 220.0)) * flicker
    return values * light[..., None] * _COOL


def _phone(values: np.ndarray, name: str) -> np.ndarray:
    """An older phone's still of ``values`` (0..1, over 1 for glints): vignetting, a soft lens, strong luma and
    blotchy chroma noise, weak noise reduction, strong sharpening, 8 bits, a JPEG at quality 90 with 4:2:0
    chroma. Its levels, 0..255."""
    h, w = values.shape[:2]
    px, py = _grid(w, h)
    r2 = ((px - 0.52 * w) ** 2 + (py - 0.48 * h) ** 2) / ((0.5 * w) ** 2 + (0.5 * h) ** 2)
    values = values * (1.0 - 0.2 * r2)[..., None]
    values = _blur(values, (1.3, 1.3, 0))
    clipped = np.clip(values, 0, 1)
    sigma = np.sqrt(0.00008 + 0.00045 * clipped)
    rng = _rng(name + "/sensor")
    noisy = clipped + rng.normal(0, 1, clipped.shape).astype(np.float32) * sigma
    blotches = np.stack([_fine(name + f"/blotch{c}", (h, w), 3.0) for c in range(3)], axis=-1)
    noisy = noisy + 0.01 * blotches * (0.4 + clipped)
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (1.2, 1.2, 0))
    smooth = _blur(y, 0.8)
    detail = y - smooth
    y = smooth + detail * (detail**2 / (detail**2 + 0.007**2))
    y = y + 0.85 * (y - _blur(y, 1.6))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, subsampling=2)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: what is longer than 1600 px shrunk to 1600 px, a JPEG at quality 86 with 4:2:0 chroma."""
    if max(image.size) > 1600:
        ratio = 1600 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=86, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _cutout(frame: np.ndarray, mask: np.ndarray, name: str) -> Image.Image:
    """The background-removal website on the phone's still: a clean mask along the item's outline that keeps
    about a pixel of what lay round it, white outside, downloaded as a PNG; then the marketplace's copy."""
    from scipy import ndimage

    outside = ndimage.distance_transform_edt(mask < 0.5).astype(np.float32)
    keep = np.clip(_blur(np.maximum(mask, np.clip(2.0 - outside, 0, 1)), 0.45), 0, 1)
    values = frame * keep[..., None] + 255.0 * (1.0 - keep[..., None])
    buffer = io.BytesIO()
    Image.fromarray(np.clip(values + 0.5, 0, 255).astype(np.uint8)).save(buffer, "PNG")
    image = _market(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    drawn = Image.fromarray((np.clip(mask, 0, 1) * 255.0).astype(np.uint8))
    if drawn.size != image.size:
        drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
    _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _on_counter(
    name: str, size: tuple[int, int], band: float, draw, drop: float, mirror: float
) -> Image.Image:
    """A packshot of the item ``draw(px, py, behind)`` gives (colour, mask) on the steel counter."""
    px, py, colour = _counter(name, *size, band)
    item, mask = draw(px, py, colour)
    colour = colour * _shade(mask, drop, 2.2 * drop, 0.35)[..., None]
    reflection, alpha = _mirror(item, mask, mirror)
    colour = _over(colour, reflection * 0.9 + colour * 0.1, alpha)
    colour = _over(colour, item, mask)
    return _cutout(_phone(_light(colour, name), name), mask, name)


def _on_board(
    name: str, size: tuple[int, int], tone: tuple[float, float, float], period: float, draw, drop: float
) -> Image.Image:
    """A packshot of the item ``draw(px, py)`` gives (colour, mask) on a wooden board."""
    px, py, colour = _board(name, *size, tone, period)
    item, mask = draw(px, py)
    colour = colour * _shade(mask, drop, 2.0 * drop, 0.4)[..., None]
    colour = _over(colour, item, mask)
    return _cutout(_phone(_light(colour, name), name), mask, name)


# ---- a round biscuit tin with an embossed lid -------------------------------------------------------------


def _tin(
    px: np.ndarray, py: np.ndarray, cx: float, cy: float, radius: float, height: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """A round biscuit tin seen a little from above, its lid's middle at (cx, cy), ``radius`` px wide each side
    and ``height`` px tall: its colour (glints over 1) and mask."""
    shape = px.shape
    ry = 0.42 * radius
    u = np.clip((px - cx) / radius, -1, 1)
    front = cy + ry * np.sqrt(np.clip(1.0 - u**2, 0, 1))
    top = _ellipse(px, py, cx, cy, radius, ry)
    side = np.clip((radius - np.abs(px - cx)) + 0.5, 0, 1) * np.clip((py - cy) + 0.5, 0, 1)
    side = side * np.clip((cy + height - py) + 0.5, 0, 1)
    body = np.maximum(side, _ellipse(px, py, cx, cy + height, radius, ry))
    mask = np.clip(np.maximum(top, body), 0, 1)
    # the side: bottle-green enamel on a fluted drum, lit from above, the tubes mirrored as upright streaks
    round_ = np.sqrt(np.clip(1.0 - u**2, 0, 1))
    flutes = 1.0 + 0.07 * np.cos(np.arcsin(u) * 44.0)
    drum = (0.35 + 0.65 * round_**0.7) * flutes * (1.0 - 0.12 * np.clip((py - front) / height, 0, 1))
    green = _rgb(26, 66, 50)[None, None, :] * (1.0 + 0.03 * _fine(name + "/enamel", shape, 1.0))[..., None]
    colour = green * drum[..., None]
    streaks = 0.75 * np.exp(-(((u + 0.42) / 0.05) ** 2)) + 0.25 * np.exp(-(((u - 0.58) / 0.08) ** 2))
    colour = colour + (streaks * flutes**4 * 0.8)[..., None] * _WHITE
    # the lid's skirt ends in a gilt band; another gilt band round the base
    down = py - front
    gold = _rgb(200, 162, 82)[None, None, :] * (0.45 + 0.7 * round_**0.6 + 0.6 * streaks)[..., None]
    for start, width in ((0.17, 0.035), (0.86, 0.045)):
        band = np.clip((down - start * height) + 0.5, 0, 1) * np.clip(
            (start + width) * height - down + 0.5, 0, 1
        )
        colour = _over(colour, gold, band * body)
    skirt_edge = np.exp(-(((down - 0.212 * height) / 1.2) ** 2))
    colour = colour * (1.0 - 0.45 * skirt_edge * body)[..., None]
    # the lid's top: embossed with a rosette, a raised ring and a beaded border, printed gilt on green
    lu, lv = (px - cx) / radius, (py - cy) / ry
    r = np.hypot(lu, lv)
    theta = np.arctan2(lv, lu)
    petals = np.clip((0.36 * (0.72 + 0.28 * np.cos(8 * theta)) - r) * 25.0, 0, 1)
    boss = np.exp(-((r / 0.09) ** 2))
    ring = np.exp(-(((r - 0.56) / 0.022) ** 2))
    beads = np.exp(-(((r - 0.8) / 0.028) ** 2)) * (0.5 + 0.5 * np.cos(40 * theta)) ** 3
    lip = np.exp(-(((r - 0.95) / 0.03) ** 2))
    relief = _blur(0.8 * petals + 0.5 * boss + 0.7 * ring + 0.8 * beads + 0.9 * lip, 1.6)
    gy, gx = np.gradient(relief)
    slope = -(gy * 0.9 + gx * 0.3) * ry / 6.0
    lit = 0.82 + np.clip(slope, -0.45, 0.6)
    printed = np.clip(petals + ring * 1.5 + beads * 1.4 + boss, 0, 1)
    enamel = _rgb(30, 74, 56)[None, None, :] * np.ones(shape + (1,), dtype=np.float32)
    lid = _over(enamel, _rgb(204, 166, 86), printed)
    lid = lid * (lit * (0.9 + 0.1 * (1.0 - r)))[..., None]
    sheen = (
        np.exp(-(((lv + 0.42) / 0.16) ** 2))
        * np.exp(-((lu / 0.75) ** 4))
        * (1.0 - 0.7 * np.clip(np.abs(slope) * 3, 0, 1))
    )
    lid = lid + (0.55 * sheen)[..., None] * _WHITE
    colour = _over(colour, lid, top)
    return colour, mask


def biscuit_tin_packshot() -> Image.Image:
    """A round biscuit tin with an embossed lid on the steel counter, a 1500 x 1200 landscape."""
    return _on_counter(
        "biscuit_tin",
        (1500, 1200),
        330.0,
        lambda px, py, behind: _tin(px, py, 745.0, 470.0, 520.0, 330.0, "tin"),
        14.0,
        0.3,
    )


# ---- a glass jar of clear honey ------------------------------------------------------------------------------


def _jar(
    px: np.ndarray,
    py: np.ndarray,
    behind: np.ndarray,
    cx: float,
    base: float,
    width: float,
    height: float,
    name: str,
) -> tuple[np.ndarray, np.ndarray]:
    """A round glass jar of clear amber honey with a gilt lug lid, standing at ``base`` with its middle at
    ``cx``, ``width`` px wide and ``height`` px tall, ``behind`` seen through it: colour (glints over 1) and
    mask."""
    shape = px.shape
    half = width / 2.0
    lid_top, lid_bottom = base - height, base - 0.85 * height
    shoulder = base - 0.74 * height
    fill = base - 0.775 * height
    body = _box(px, py, cx - half, shoulder - 0.1 * height, cx + half, base, 0.2 * width)
    neck = _box(px, py, cx - 0.4 * width, lid_bottom - 4.0, cx + 0.4 * width, shoulder, 0.03 * width)
    glass = np.clip(np.maximum(body, neck), 0, 1)
    lid = _box(px, py, cx - 0.44 * width, lid_top, cx + 0.44 * width, lid_bottom, 0.025 * width)
    lid_face = _ellipse(px, py, cx, lid_top, 0.44 * width, 0.07 * width)
    mask = np.clip(np.maximum.reduce([glass, lid, lid_face]), 0, 1)
    # what lies behind, seen through the round jar: narrowed and turned over left to right, a little blurred
    u = np.clip((px - cx) / half, -1, 1)
    cols = np.clip(np.round(cx - (px - cx) * 0.55), 0, shape[1] - 1).astype(np.int64)
    rows = np.clip(np.round(py - 0.03 * height), 0, shape[0] - 1).astype(np.int64)
    seen = _blur(behind, (2.0, 2.0, 0))[rows, cols]
    path = 0.75 + 0.9 * (1.0 - np.sqrt(np.clip(1.0 - u**2, 0, 1)))
    absorb = np.array([0.22, 0.9, 2.6], dtype=np.float32)
    honey = seen * np.exp(-path[..., None] * absorb) * 1.25
    glow = np.exp(-((u / 0.55) ** 2)) * np.clip((py - fill) / (0.6 * height), 0, 1)
    honey = honey + (0.28 * glow)[..., None] * _rgb(250, 170, 50)[None, None, :]
    pool = np.exp(-(((py - (base - 0.07 * height)) / (0.035 * height)) ** 2)) * np.exp(-((u / 0.6) ** 2))
    honey = honey + (0.3 * pool)[..., None] * _rgb(255, 196, 80)[None, None, :]
    honey = honey * (1.0 + 0.02 * _fine(name + "/honey", shape, 6.0))[..., None]
    air = seen * 0.93 + 0.03
    inside = np.clip((py - fill) + 0.5, 0, 1)
    colour = _over(air, honey, inside)
    meniscus = np.exp(-(((py - fill) / 2.0) ** 2)) * (np.abs(u) < 0.8)
    colour = colour * (1.0 - 0.35 * meniscus)[..., None] + (0.2 * np.exp(-(((py - fill - 5) / 2.5) ** 2)))[
        ..., None
    ] * _rgb(255, 220, 150)
    # a few small bubbles held in the honey
    rng = _rng(name + "/bubbles")
    for _ in range(7):
        bx = cx + rng.uniform(-0.6, 0.6) * half
        by = rng.uniform(fill + 0.1 * height, base - 0.1 * height)
        br = rng.uniform(2.5, 6.0)
        bubble = _ellipse(px, py, bx, by, br, br)
        rim = np.clip(bubble - _ellipse(px, py, bx + 0.3 * br, by + 0.3 * br, 0.6 * br, 0.6 * br), 0, 1)
        colour = colour + (0.25 * rim)[..., None] * _rgb(255, 230, 170)
    # the glass: dark thick sides, a pale inner rim, the tubes as upright streaks, the shoulder's curve
    side = np.clip(1.0 - np.abs(u), 0, 1)
    colour = colour * (1.0 - 0.55 * np.exp(-((side / 0.035) ** 2)))[..., None]
    colour = colour + (0.18 * np.exp(-(((side - 0.06) / 0.015) ** 2)))[..., None] * _WHITE
    streaks = 0.85 * np.exp(-(((u + 0.52) / 0.045) ** 2)) + 0.35 * np.exp(-(((u - 0.63) / 0.07) ** 2))
    streaks = streaks * np.clip((py - shoulder + 0.02 * height) / (0.04 * height), 0, 1)
    streaks = streaks * np.clip((base - 0.05 * height - py) / (0.04 * height), 0, 1)
    colour = colour + (streaks * 0.95)[..., None] * _WHITE
    curve = np.exp(-(((py - (shoulder - 0.05 * height)) / (0.02 * height)) ** 2)) * np.exp(
        -(((u + 0.2) / 0.4) ** 2)
    )
    colour = colour + (0.35 * curve * glass)[..., None] * _WHITE
    bottom = np.exp(-(((py - (base - 0.012 * height)) / (0.01 * height)) ** 2))
    colour = colour * (1.0 - 0.3 * bottom)[..., None]
    # the gilt lug lid: upright ridges round its skirt, a rolled edge, its top a pale gilt ellipse
    lu = np.clip((px - cx) / (0.44 * width), -1, 1)
    drum = 0.4 + 0.6 * np.sqrt(np.clip(1.0 - lu**2, 0, 1))
    ridges = 0.82 + 0.18 * np.cos(np.arcsin(lu) * 60.0)
    shine = 0.7 * np.exp(-(((lu + 0.45) / 0.07) ** 2)) + 0.3 * np.exp(-(((lu - 0.6) / 0.1) ** 2))
    gilt = _rgb(196, 150, 62)[None, None, :] * (drum * ridges)[..., None] + (shine * ridges)[
        ..., None
    ] * _rgb(255, 236, 190)
    roll = np.exp(-(((py - (lid_bottom - 0.012 * height)) / (0.008 * height)) ** 2))
    gilt = gilt * (1.0 - 0.35 * roll)[..., None]
    colour = _over(colour, gilt, lid)
    lr = np.hypot((px - cx) / (0.44 * width), (py - lid_top) / (0.07 * width))
    face = (
        _rgb(214, 174, 92)[None, None, :]
        * (0.85 + 0.2 * np.exp(-(((lr - 0.8) / 0.05) ** 2)) - 0.1 * lr)[..., None]
    )
    face = (
        face
        + (0.45 * np.exp(-(((py - lid_top + 0.03 * width) / (0.02 * width)) ** 2)) * (1 - lr))[..., None]
        * _WHITE
    )
    colour = _over(colour, face, lid_face)
    return colour, mask


def honey_jar_packshot() -> Image.Image:
    """A glass jar of clear honey with a gilt lid on the steel counter, a 1200 x 1600 portrait."""
    return _on_counter(
        "honey_jar",
        (1200, 1600),
        520.0,
        lambda px, py, behind: _jar(px, py, behind, 590.0, 1290.0, 560.0, 920.0, "jar"),
        12.0,
        0.35,
    )


# ---- a crusty baguette -----------------------------------------------------------------------------------


def _baguette(
    px: np.ndarray,
    py: np.ndarray,
    x0: float,
    x1: float,
    yc: float,
    radius: float,
    degrees: float,
    name: str,
) -> tuple[np.ndarray, np.ndarray]:
    """A baguette lying from ``x0`` to ``x1`` along ``yc``, ``radius`` px thick each side, turned ``degrees``:
    its colour and mask."""
    shape = px.shape
    cx = (x0 + x1) / 2.0
    u, v = _turn(px, py, cx, yc, degrees)
    length = x1 - x0
    a = (u - x0) / length
    t = np.clip(np.abs(2.0 * a - 1.0), 0, 1)
    wobble = 1.0 + 0.04 * _fine(name + "/shape", shape, 80.0)
    half = radius * np.sqrt(np.clip(1.0 - t**7, 0, 1)) * wobble
    mask = np.clip(half - np.abs(v - yc) + 0.5, 0, 1) * (a > 0) * (a < 1)
    across = np.clip((v - yc) / np.maximum(half, 1.0), -1, 1)
    # the crust: golden, browner towards the ends and along its lower side, rounded by the light from above
    bake = np.clip(0.5 + 0.35 * _fine(name + "/bake", shape, 40.0) + 0.9 * t**4 + 0.25 * across, 0, 1.6)
    golden = _rgb(222, 152, 66)[None, None, :] * np.ones(shape + (1,), dtype=np.float32)
    crust = _over(golden, _rgb(140, 74, 26), np.clip(bake - 0.3, 0, 1))
    round_ = 0.55 + 0.45 * np.sqrt(np.clip(1.0 - across**2, 0, 1)) - 0.12 * np.clip(across, 0, 1)
    grain = 1.0 + 0.07 * _fine(name + "/grain", shape, 1.0) + 0.05 * _fine(name + "/blister", shape, 4.0)
    colour = crust * (round_ * grain)[..., None]
    # five diagonal scores opened into pale ears, their lifted lips dark and catching the light
    for k in range(5):
        centre = x0 + length * (0.15 + 0.175 * k)
        su, sv = _turn(u, v, centre, yc, -24.0)
        d = np.hypot((su - centre) / (0.11 * length), (sv - yc) / (0.36 * radius))
        score = np.clip((1.0 - d) * 0.36 * radius + 0.5, 0, 1) * mask
        bloom = _rgb(240, 198, 120)[None, None, :] * (0.85 + 0.15 * np.clip(1.0 - d, 0, 1))[..., None]
        bloom = bloom * (1.0 + 0.05 * _fine(name + f"/crumb{k}", shape, 1.5))[..., None]
        colour = _over(colour, bloom * round_[..., None], score)
        lip = np.exp(-(((d - 1.0) / 0.12) ** 2)) * (sv < yc) * mask
        colour = colour * (1.0 - 0.45 * lip)[..., None]
        edge = np.exp(-(((d - 0.93) / 0.05) ** 2)) * (sv > yc) * mask
        colour = colour + (0.18 * edge)[..., None] * _rgb(255, 226, 170)
    # fine cracks across the crust and a dusting of flour
    cracks = np.exp(-((_fine(name + "/cracks", shape, 2.2) / 0.09) ** 2)) * np.clip(1.2 - bake, 0, 1)
    colour = colour * (1.0 - 0.35 * cracks)[..., None]
    flour = np.clip(_fine(name + "/flour", shape, 0.9) - 2.3, 0, 1) + 0.12 * np.clip(
        _fine(name + "/dust", shape, 45.0) - 0.8, 0, 1
    )
    colour = _over(colour, _rgb(238, 232, 220), np.clip(flour, 0, 0.8) * mask)
    return colour, mask


def baguette_packshot() -> Image.Image:
    """A crusty baguette on a beech bread board, thin in a 2100 x 600 strip (shrunk by the marketplace to
    1600 x 457)."""
    return _on_board(
        "baguette",
        (2100, 600),
        (214, 178, 132),
        23.0,
        lambda px, py: _baguette(px, py, 170.0, 1930.0, 300.0, 80.0, 1.8, "baguette"),
        9.0,
    )


# ---- a wedge of hard cheese ------------------------------------------------------------------------------


def _wedge(
    px: np.ndarray, py: np.ndarray, ox: float, oy: float, s: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """A wedge of hard cheese, its tip to the left at (ox, oy + 60 s), ``s`` px per unit: colour and mask."""
    shape = px.shape
    tip, back, front = (ox, oy + 60 * s), (ox + 330 * s, oy), (ox + 300 * s, oy + 110 * s)
    depth = 92 * s
    top = _poly(px, py, [tip, back, front])
    side = _poly(px, py, [tip, front, (front[0], front[1] + depth), (tip[0], tip[1] + depth)])
    rind = _poly(px, py, [back, (back[0], back[1] + depth), (front[0], front[1] + depth), front])
    mask = np.clip(np.maximum.reduce([top, side, rind]), 0, 1)
    paste = _rgb(252, 226, 148)[None, None, :] * (1.0 + 0.03 * _fine(name + "/paste", shape, 2.0))[..., None]
    colour = paste * (1.0 - 0.08 * np.clip((px - ox) / (330 * s), 0, 1))[..., None]
    colour = _over(colour, paste * 0.86 * _rgb(250, 238, 224), side)
    # under the rind, the paste turns a little darker and more amber
    dx, dy = back[0] - front[0], back[1] - front[1]
    norm = float(np.hypot(dx, dy))
    from_rind = ((px - front[0]) * dy - (py - front[1]) * dx) / norm
    near = np.exp(-((np.clip(-from_rind, 0, None) / (14 * s)) ** 2))
    near_side = np.exp(-((np.clip(front[0] - px, 0, None) / (14 * s)) ** 2)) * side
    colour = colour * (1.0 - 0.12 * np.maximum(near * top, near_side))[..., None]
    # the rind: brown-orange, mottled, a cloth texture, its top lip along the wedge's back edge
    cloth = 0.9 + 0.1 * np.cos(px / (1.3 * s)) * np.cos(py / (1.3 * s))
    mottle = 1.0 + 0.15 * _fine(name + "/rind", shape, 5.0 * s) + 0.08 * _fine(name + "/pits", shape, 1.0)
    crust = _rgb(164, 104, 52)[None, None, :] * (cloth * mottle)[..., None]
    colour = _over(colour, crust * 0.85, rind)
    lip = np.clip(3.5 * s - np.abs(from_rind) + 0.5, 0, 1) * top
    strip = np.clip(4.0 * s - (front[0] - px) + 0.5, 0, 1) * side
    colour = _over(colour, crust, np.maximum(lip, strip))
    # a few small eyes, shaded at their upper side
    rng = _rng(name + "/eyes")
    for face, count in ((top, 6), (side, 5)):
        ys, xs = np.nonzero(face > 0.99)
        for _ in range(count):
            i = rng.integers(0, xs.size)
            ex, ey = float(xs[i]), float(ys[i])
            er = rng.uniform(3.0, 7.5) * s
            eye = _ellipse(px, py, ex, ey, er, 0.75 * er) * face
            inner = np.clip(0.5 + 0.4 * (py - ey) / er, 0.3, 1.0)
            colour = _over(colour, colour * inner[..., None] * 0.85, eye)
    # the top face catches the tube's light
    colour = colour + (0.06 * top * np.exp(-(((py - oy - 40 * s) / (30 * s)) ** 2)))[..., None] * _WHITE
    return colour, mask


def cheese_wedge_packshot() -> Image.Image:
    """A wedge of hard cheese small on an oak cheese board, a 1400 x 1000 landscape."""
    return _on_board(
        "cheese_wedge",
        (1400, 1000),
        (176, 130, 86),
        31.0,
        lambda px, py: _wedge(px, py, 540.0, 420.0, 1.05, "cheese"),
        7.0,
    )


# ---- the counter in the shop -----------------------------------------------------------------------------


def counter_scene() -> Image.Image:
    """The tin, the jar and the cheese on its board on the steel counter before a wall of white metro tiles,
    not edited, a 1200 x 1500 portrait."""
    w, h = 1200, 1500
    wall_end = 560.0
    px, py, colour = _counter("counter", w, h, 700.0)
    shape = px.shape
    # the tiled wall: white metro tiles in a running bond, grey grout, each tile's bevel and the tube in it
    row = np.floor(py / 62.0)
    tx = (px + 62.0 * (row % 2)) % 124.0
    ty = py % 62.0
    grout = np.clip(2.5 - np.minimum(np.minimum(tx, 124.0 - tx), np.minimum(ty, 62.0 - ty)), 0, 1)
    bevel = (
        1.0 - 0.08 * np.exp(-(np.minimum(ty, 62.0 - ty) / 5.0)) + 0.06 * np.exp(-(((ty - 10.0) / 4.0) ** 2))
    )
    tiles = (
        _rgb(234, 236, 234)[None, None, :]
        * (bevel * (1.0 + 0.01 * _fine("counter/glaze", shape, 2.0)))[..., None]
    )
    tiles = _over(tiles, _rgb(168, 170, 166), grout)
    tiles = tiles * (0.93 + 0.07 * np.clip(py / wall_end, 0, 1))[..., None]
    on_wall = np.clip(wall_end - py + 0.5, 0, 1)
    colour = _over(colour, tiles, on_wall)
    upstand = np.exp(-(((py - wall_end - 3.0) / 3.0) ** 2))
    colour = colour * (1.0 - 0.4 * upstand)[..., None]
    # the counter's rolled front edge, and its shadowed front below
    edge = np.exp(-(((py - 1410.0) / 7.0) ** 2))
    colour = colour + (0.3 * edge)[..., None] * _WHITE
    colour = _over(
        colour,
        _rgb(70, 72, 76) * (1.0 + 0.05 * _fine("counter/front", shape, 1.0))[..., None],
        np.clip(py - 1424.0, 0, 1),
    )
    # the items: the tin at the back, the jar, and the cheese on its oak board at the front
    board = _box(px, py, 560.0, 1150.0, 1130.0, 1350.0, 18.0)
    _, _, oak = _board("counter/board", w, h, (176, 130, 86), 26.0)
    tin, tin_mask = _tin(px, py, 330.0, 640.0, 245.0, 165.0, "counter/tin")
    jar, jar_mask = _jar(px, py, colour, 860.0, 1050.0, 260.0, 430.0, "counter/jar")
    cheese, cheese_mask = _wedge(px, py, 650.0, 1170.0, 0.95, "counter/cheese")
    for mask, drop in ((board, 8.0), (tin_mask, 12.0), (jar_mask, 10.0)):
        colour = colour * _shade(mask, drop, 2.2 * drop, 0.35)[..., None]
    for item, mask in ((tin, tin_mask), (jar, jar_mask)):
        reflection, alpha = _mirror(item, mask, 0.22)
        colour = _over(colour, reflection * 0.9 + colour * 0.1, alpha)
    colour = _over(colour, oak * (1.0 - 0.3 * np.exp(-(((py - 1342.0) / 6.0) ** 2)))[..., None], board)
    colour = colour * _shade(cheese_mask, 6.0, 12.0, 0.4)[..., None]
    for item, mask in ((tin, tin_mask), (jar, jar_mask), (cheese, cheese_mask)):
        colour = _over(colour, item, mask)
    frame = _phone(_light(colour, "counter"), "counter")
    return _market(Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8)))
