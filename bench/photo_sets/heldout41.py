"""``heldout41``'s pictures: four products a haberdasher, stationer, shoe shop and garden centre list, and one
scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 4:5 portrait of 1024 x 1280 (hank of wool), a 2:1 landscape of 1280 x 640
  (fountain pen, thin in its frame), a 3:2 landscape of 1280 x 853 (white leather trainer), a 9:16 portrait of
  720 x 1280 (terracotta planter, the phone held upright); the scene is a 1:1 square of 1280 x 1280;
- the canvases they are padded onto (``PADDING``): a 1:1.4 tall portrait twice as wide as the hank's picture,
  a 1:0.95 canvas more than twice as wide as a small picture of the pen (the picture covers about 9.5 % of
  it), a 1:0.55 wide banner with a thin margin round the trainer's picture, and a 1:0.7 landscape beside the
  planter's tall picture (and the scene); every padded picture covers at least 8 % of its canvas;
- a twisted hank of moss-green merino wool: its plies' fine twist, the creases where the hank twists on
  itself, a cream paper band round its middle printed with the spinner's mark; an uncapped fountain pen lying
  flat: a glossy black lacquered barrel, its cap posted on the end with a gold clip and ring, a black grip and
  a two-tone gold nib with its slit and breather hole; a white leather trainer seen from the side: a pale
  grey cupsole, stitched overlays, a perforated toe, white laces, a sage-green heel tab; an empty terracotta
  planter seen a little from above: its rolled rim, a tapered porous body, the darker inside, a matching
  saucer;
- every picture is a seller's phone photo on a kitchen table by a window, the item on a sheet of white card
  curved up against the wall: daylight from a window on the left (the card brighter towards it, its bend where
  it rises from the table a little darker), one soft shadow cast to the right and a contact line under the
  item, the window's four panes reflected in glossy parts; the phone's HDR merge (a local tone mapping that
  lifts the shadows and leaves a bright halo round dark edges), its sharpening, then the marketplace app's
  in-app camera that saves a WebP at quality 78 at 1280 px on the long side;
- one full-frame scene: the planter on a white-painted windowsill, the window's glazing bars and the garden
  beyond it bright and out of focus, a sage-green wall below the sill, the same finish.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the card or the
shadow), for the bench's clipping scope.
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
    "wool_hank": (700, 2.0, 1.4),
    "fountain_pen": (560, 2.35, 0.95),
    "leather_trainer": (900, 1.3, 0.55),
    "terracotta_planter": (820, 1.8, 0.7),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout41/" + name).encode()))


def _fine(name: str, shape: tuple[int, int], radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance noise blurred by ``radius`` px."""
    from scipy import ndimage

    pad = int(3 * float(np.max(radius))) + 1
    values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    return values / float(values.std())


# ---- the white card by the window, the phone's HDR and the app's WebP -------------------------------------


def _card(shape: tuple[int, int], name: str, bend: float) -> np.ndarray:
    """A sheet of white card on the table, curved up against the wall: brighter towards the window on the
    left, its bend at ``bend`` (a fraction of the height) a little darker, the upright part above it dimmer
    than the part lying flat, the card's fine tooth."""
    h, w = shape
    xs, ys = _grid(w, h)
    u, v = xs / w, ys / h
    level = 0.985 - 0.055 * u**1.3 - 0.025 * np.clip((bend - v) / bend, 0, 1)
    level = level - 0.022 * np.exp(-(((v - bend) / 0.05) ** 2))
    level = level + 0.003 * _fine(name + "/tooth", shape, 0.8) + 0.004 * _fine(name + "/warp", shape, 110.0)
    return level[..., None] * np.array([0.985, 0.99, 1.0], dtype=np.float32)


def _window_shadow(mask: np.ndarray, reach: float, radius: float, depth: float) -> np.ndarray:
    """The window's shadow: one, cast to the right and a little down, soft, and a contact line: 1 where lit."""
    moved = np.roll(np.roll(mask, int(reach), axis=1), int(reach * 0.25), axis=0)
    cast = np.clip(_blur(moved, radius) * 1.3, 0, 1)
    contact = np.clip(_blur(np.roll(mask, 2, axis=0), 2.5) * 1.5, 0, 1) * (1.0 - mask)
    return 1.0 - depth * cast - 0.18 * contact


def _panes(px: np.ndarray, py: np.ndarray, x: float, y: float, w: float, h: float, bar: float) -> np.ndarray:
    """The window reflected in a glossy surface: a soft rectangle split into four panes by its bars."""
    inside = np.clip(np.minimum(w / 2 - np.abs(px - x), h / 2 - np.abs(py - y)) / 3.0 + 0.5, 0, 1)
    bars = np.clip(bar / 2 - np.abs(px - x) + 0.5, 0, 1) + np.clip(bar / 2 - np.abs(py - y) + 0.5, 0, 1)
    return inside * (1.0 - np.clip(bars, 0, 1))


def _export(scene: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """The phone's photo of ``scene`` (sRGB 0..1, already at the 1280 px the app saves): daylight sensor noise,
    the HDR merge's local tone mapping (each place brightened against its neighbourhood's level, which lifts
    the shadows and leaves a bright halo on the card round a dark edge), the phone's sharpening, and the app's
    WebP at quality 78."""
    out = scene.astype(np.float32)
    rng = _rng(name + "/sensor")
    lum = out.mean(axis=2, keepdims=True)
    out = out + rng.normal(0, 1, out.shape).astype(np.float32) * (0.003 + 0.005 * lum)
    lum = out.mean(axis=2)
    local = np.maximum(_blur(lum, 26.0), 0.04)
    gain = np.clip((0.8 / local) ** 0.16, 0.96, 1.3)
    out = out * gain[..., None]
    out = out + 0.5 * (out - _blur(out, (1.0, 1.0, 0)))
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", quality=78, method=4)
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# ---- a hank of wool ----------------------------------------------------------------------------------------


def wool_hank_packshot() -> Image.Image:
    """A twisted hank of moss-green merino wool with a cream paper band, 4:5."""
    w, h = 1024, 1280
    px, py = _grid(w, h)
    colour = _card((h, w), "wool_hank", 0.55)
    cx = 512.0
    # the hank: a long twisted rope, a little fatter between its creases, bent slightly to the right
    centre = cx + 40.0 * np.sin((py - 150.0) / 980.0 * np.pi)
    lobe = np.abs(np.sin((py - 150.0) / 160.0 * np.pi))
    half = 150.0 + 26.0 * lobe
    mask = np.clip(half - np.abs(px - centre) + 0.5, 0, 1)
    mask = mask * _box(px, py, 0.0, 150.0, float(w), 1130.0, 120.0)
    mask = np.maximum(mask, _ellipse(px, py, cx + 0.0, 176.0, 150.0, 60.0))
    mask = np.maximum(mask, _ellipse(px, py, cx + 0.0, 1104.0, 150.0, 60.0))
    colour = colour * _window_shadow(mask, 34.0, 30.0, 0.14)[..., None]
    across = np.clip((px - centre) / half, -1, 1)
    rounded = 0.62 + 0.38 * np.sqrt(1.0 - across**2) - 0.1 * across  # lit from the window on the left
    # the plies: fine diagonal ribs, their direction flipping at each crease, and fibres
    along = np.floor((py - 150.0) / 160.0) % 2 * 2.0 - 1.0
    plies = 0.5 + 0.5 * np.sin((py + along * 1.2 * (px - centre)) / 3.2)
    crease = np.clip(1.0 - lobe * 6.0, 0, 1)
    fibre = _fine("hank/fibre", (h, w), 0.9)
    shade = rounded * (0.8 + 0.2 * plies) * (1.0 - 0.35 * crease) * (1.0 + 0.05 * fibre)
    wool = _rgb(104, 128, 72)[None, None, :] * shade[..., None]
    colour = _over(colour, wool, mask)
    # the paper band round the middle, printed with the spinner's mark and a line of text
    band = _box(px, py, centre.min() - 200.0, 600.0, centre.max() + 200.0, 700.0, 3.0) * mask
    paper = _rgb(238, 228, 204)[None, None, :] * (0.78 + 0.22 * np.sqrt(1.0 - across**2))[..., None]
    colour = _over(colour, paper, band)
    mark = _ellipse(px, py, centre - 60.0, 650.0, 26.0, 26.0) * band
    colour = _over(colour, _rgb(120, 46, 40), mark)
    for row in (632.0, 662.0):
        text = _box(px, py, centre - 20.0, row - 5.0, centre + 90.0, row + 5.0, 2.0)
        colour = _over(colour, _rgb(60, 52, 46), text * band * (0.75 + 0.25 * (np.sin(px / 2.6) > 0)))
    return _export(np.clip(colour, 0, 1), "wool_hank", mask)


# ---- a fountain pen ----------------------------------------------------------------------------------------


def fountain_pen_packshot() -> Image.Image:
    """An uncapped fountain pen lying flat, its cap posted, a black lacquered barrel and a gold nib, 2:1."""
    w, h = 1280, 640
    px, py = _grid(w, h)
    colour = _card((h, w), "fountain_pen", 0.3)
    axis = 330.0
    cap = _box(px, py, 160.0, axis - 31.0, 520.0, axis + 31.0, 30.0)
    barrel = _box(px, py, 480.0, axis - 27.0, 980.0, axis + 27.0, 8.0)
    grip_half = 24.0 - 8.0 * np.clip((px - 980.0) / 110.0, 0, 1)
    grip = np.clip(grip_half - np.abs(py - axis) + 0.5, 0, 1) * np.clip(px - 970.0, 0, 1) * (px < 1090.0)
    nib_half = 16.0 * np.clip((1200.0 - px) / 110.0, 0, 1) ** 0.8
    nib = np.clip(nib_half - np.abs(py - axis) + 0.5, 0, 1) * np.clip(px - 1088.0, 0, 1) * (px < 1200.0)
    clip_ = _box(px, py, 230.0, axis - 38.0, 500.0, axis - 26.0, 5.0)
    clip_ = np.maximum(clip_, _ellipse(px, py, 236.0, axis - 32.0, 11.0, 9.0))
    black = np.clip(np.maximum.reduce([cap, barrel, grip]), 0, 1)
    mask = np.clip(np.maximum.reduce([black, nib, clip_]), 0, 1)
    colour = colour * _window_shadow(mask, 16.0, 12.0, 0.16)[..., None]
    round_ = np.clip((py - axis) / 31.0, -1, 1)
    lacquer = _rgb(20, 20, 24)[None, None, :] * (1.0 - 0.35 * round_**2)[..., None]
    colour = _over(colour, lacquer, black)
    # the window in the lacquer: a long run of panes along the upper side of the cap and the barrel
    for x0, x1 in ((180.0, 500.0), (500.0, 965.0)):
        panes = _panes(px, py, (x0 + x1) / 2.0, axis - 13.0, x1 - x0 - 30.0, 9.0, 6.0)
        colour = colour + 0.62 * (panes * black)[..., None]
    # the gold: the clip, the cap's ring, the barrel's end band and the nib (its slit and breather hole)
    gold = _rgb(206, 164, 82)[None, None, :] * (1.0 + 0.3 * np.clip(-round_, 0, 1))[..., None]
    ring = _box(px, py, 500.0, axis - 32.0, 516.0, axis + 32.0, 2.0)
    end = _box(px, py, 958.0, axis - 28.0, 972.0, axis + 28.0, 2.0)
    colour = _over(colour, gold, np.clip(np.maximum.reduce([clip_, ring, end]), 0, 1))
    pale = _rgb(226, 222, 214)[None, None, :]
    colour = _over(colour, _over(gold, pale, (px > 1130.0).astype(np.float32) * 0.8), nib)
    slit = np.clip(1.0 - np.abs(py - axis) + 0.5, 0, 1) * (px > 1130.0) * nib
    colour = colour * (1.0 - 0.8 * slit)[..., None]
    colour = _over(colour, _rgb(30, 24, 16), _ellipse(px, py, 1128.0, axis, 4.0, 4.0))
    colour = colour + 0.45 * (_panes(px, py, 1140.0, axis - 6.0, 60.0, 6.0, 4.0) * nib)[..., None]
    return _export(np.clip(colour, 0, 1), "fountain_pen", mask)


# ---- a white leather trainer -------------------------------------------------------------------------------


def leather_trainer_packshot() -> Image.Image:
    """A white leather trainer seen from the side, its toe to the right, a pale grey cupsole, 3:2."""
    w, h = 1280, 853
    px, py = _grid(w, h)
    colour = _card((h, w), "leather_trainer", 0.4)
    # the upper's top edge from the heel (left) over the collar and the tongue down to the toe
    knots_x = [170.0, 200.0, 320.0, 420.0, 520.0, 600.0, 760.0, 960.0, 1090.0, 1115.0]
    knots_y = [330.0, 290.0, 330.0, 320.0, 270.0, 290.0, 420.0, 500.0, 560.0, 640.0]
    top = np.interp(px[0], knots_x, knots_y)[None, :]
    upper = np.clip(py - top + 0.5, 0, 1) * np.clip(640.0 - py + 0.5, 0, 1)
    upper = upper * np.clip(px - 170.0 + 0.5, 0, 1) * np.clip(1115.0 - px + 0.5, 0, 1)
    sole = _box(px, py, 150.0, 610.0, 1135.0, 690.0, 28.0)
    mask = np.clip(np.maximum(upper, sole), 0, 1)
    colour = colour * _window_shadow(mask, 22.0, 26.0, 0.12)[..., None]
    leather = (
        _rgb(242, 240, 236)[None, None, :]
        * (0.9 + 0.08 * np.clip((660.0 - py) / 360.0, 0, 1) + 0.012 * _fine("trainer/grain", (h, w), 1.2))[
            ..., None
        ]
    )
    colour = _over(colour, leather, upper)
    # the overlays' outlines and their stitching: a toe cap, an eyestay and a heel counter
    seams = np.zeros((h, w), dtype=np.float32)
    for cxe, cye, rxe, rye in ((1000.0, 640.0, 150.0, 110.0), (300.0, 640.0, 140.0, 250.0)):
        ring = np.hypot((px - cxe) / rxe, (py - cye) / rye)
        seams = np.maximum(seams, np.clip(1.0 - np.abs(ring - 1.0) * rxe / 1.5, 0, 1))
        stitch = np.clip(1.0 - np.abs(ring - 0.95) * rxe / 1.2, 0, 1) * (np.sin(px / 3.0 + py / 3.0) > 0.2)
        seams = np.maximum(seams, 0.6 * stitch)
    colour = colour * (1.0 - 0.28 * seams * upper)[..., None]
    # the perforated toe and the eyelets with the white laces
    holes = (np.sin(px / 7.0) > 0.86) & (np.sin(py / 7.0) > 0.86)
    toe = np.hypot((px - 1000.0) / 130.0, (py - 640.0) / 90.0) < 1.0
    colour = colour * (1.0 - 0.3 * (holes & toe) * upper)[..., None]
    for k in range(5):
        ex, ey = 560.0 + 45.0 * k, 300.0 + 26.0 * k
        colour = _over(colour, _rgb(170, 170, 168), _ellipse(px, py, ex, ey + 22.0, 7.0, 7.0) * upper)
        lace = _box(px, py, ex - 26.0, ey + 10.0, ex + 26.0, ey + 22.0, 6.0) * upper
        colour = _over(colour, _rgb(248, 248, 246), lace)
        colour = colour * (1.0 - 0.15 * np.clip(1.0 - np.abs(py - ey - 22.0) / 1.5, 0, 1) * lace)[..., None]
    colour = _over(colour, _rgb(150, 178, 150), _box(px, py, 170.0, 300.0, 214.0, 460.0, 10.0) * upper)
    # the cupsole: pale grey rubber, a ridge along it, a darker outsole line at the bottom
    rubber = _rgb(214, 214, 210)[None, None, :] * (1.0 - 0.08 * np.clip((py - 610.0) / 80.0, 0, 1))[..., None]
    colour = _over(colour, rubber, sole)
    colour = colour * (1.0 - 0.18 * np.clip(1.5 - np.abs(py - 636.0), 0, 1) * sole)[..., None]
    colour = _over(colour, _rgb(150, 150, 146), sole * np.clip(py - 680.0, 0, 1))
    return _export(np.clip(colour, 0, 1), "leather_trainer", mask)


# ---- a terracotta planter ----------------------------------------------------------------------------------


def _planter(
    px: np.ndarray, py: np.ndarray, backdrop: np.ndarray, cx: float, bottom: float, s: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """The planter and its saucer standing at ``bottom``, ``s`` times their packshot size: colour, mask."""
    shape = px.shape
    rim_top, rim_bottom = bottom - 700.0 * s, bottom - 610.0 * s
    t = np.clip((py - rim_bottom) / (560.0 * s), 0, 1)
    half = (215.0 - 60.0 * t) * s
    body = np.clip(half - np.abs(px - cx) + 0.5, 0, 1) * np.clip(py - rim_bottom + 0.5, 0, 1)
    body = body * np.clip(bottom - 50.0 * s - py + 0.5, 0, 1)
    rim = _box(px, py, cx - 240.0 * s, rim_top, cx + 240.0 * s, rim_bottom + 4.0 * s, 14.0 * s)
    mouth = _ellipse(px, py, cx, rim_top, 240.0 * s, 40.0 * s)
    saucer = _box(px, py, cx - 190.0 * s, bottom - 54.0 * s, cx + 190.0 * s, bottom, 10.0 * s)
    mask = np.clip(np.maximum.reduce([body, rim, mouth, saucer]), 0, 1)
    across = np.clip((px - cx) / np.maximum(half, 1.0), -1, 1)
    rounded = (0.64 + 0.36 * np.sqrt(1.0 - across**2) - 0.12 * across)[..., None]
    porous = 1.0 + 0.06 * _fine(name + "/pores", shape, 1.1) + 0.04 * _fine(name + "/blush", shape, 30.0)
    clay = _rgb(182, 96, 60)[None, None, :] * porous[..., None]
    colour = _over(backdrop, clay * rounded, np.clip(body + saucer, 0, 1))
    colour = _over(colour, clay * rounded * 1.06, rim)
    colour = colour * (1.0 - 0.3 * np.clip(1.5 - np.abs(py - rim_bottom - 2.0 * s), 0, 1) * body)[..., None]
    inside = _ellipse(px, py, cx, rim_top, 214.0 * s, 32.0 * s)
    dark = (
        _rgb(120, 60, 38)[None, None, :] * (0.7 + 0.3 * np.clip((py - rim_top) / (32.0 * s), 0, 1))[..., None]
    )
    colour = _over(colour, dark * porous[..., None], inside)
    colour = colour * (1.0 - 0.25 * np.clip(1.5 - np.abs(py - bottom + 54.0 * s), 0, 1) * saucer)[..., None]
    return colour, mask


def terracotta_planter_packshot() -> Image.Image:
    """An empty terracotta planter on its saucer, seen a little from above, 9:16."""
    w, h = 720, 1280
    px, py = _grid(w, h)
    backdrop = _card((h, w), "terracotta_planter", 0.5)
    _, mask = _planter(px, py, backdrop, 360.0, 1060.0, 1.0, "planter")
    lit = backdrop * _window_shadow(mask, 30.0, 34.0, 0.13)[..., None]
    colour, mask = _planter(px, py, lit, 360.0, 1060.0, 1.0, "planter")
    return _export(np.clip(colour, 0, 1), "terracotta_planter", mask)


# ---- a windowsill ------------------------------------------------------------------------------------------


def painted_windowsill_scene() -> Image.Image:
    """The planter on a white-painted windowsill, the garden bright and out of focus beyond the glass, 1:1."""
    w, h = 1280, 1280
    px, py = _grid(w, h)
    sill = 930.0
    garden = (
        _rgb(120, 158, 96)[None, None, :]
        * (1.0 + 0.18 * _fine("sill/leaves", (h, w), 40.0) + 0.25 * np.clip((400.0 - py) / 400.0, 0, 1))[
            ..., None
        ]
    )
    sky = _rgb(222, 232, 240)[None, None, :] * np.ones((h, w, 1), dtype=np.float32)
    colour = _over(garden, sky, np.clip((330.0 + 40.0 * _fine("sill/trees", (h, w), 60.0) - py) / 30.0, 0, 1))
    # the window's frame and glazing bars, white paint
    paint = _rgb(236, 236, 230)
    bars = np.clip(14.0 - np.abs(px - 640.0) + 0.5, 0, 1) + np.clip(14.0 - np.abs(py - 460.0) + 0.5, 0, 1)
    frame = 1.0 - _box(px, py, 90.0, 60.0, 1190.0, 860.0, 2.0)
    colour = _over(colour, paint, np.clip(bars + frame, 0, 1) * (py < sill))
    # the sill: its top lit from the window, its front edge, and the sage-green wall below
    top = np.clip(py - sill + 0.5, 0, 1)
    painted = paint[None, None, :] * (1.0 - 0.12 * np.clip((py - sill) / 90.0, 0, 1))[..., None]
    colour = _over(colour, painted, top)
    wall = _rgb(150, 170, 140)[None, None, :] * (0.85 + 0.015 * _fine("sill/wall", (h, w), 3.0))[..., None]
    colour = _over(colour, wall, np.clip(py - 1040.0 + 0.5, 0, 1))
    colour = colour * (1.0 - 0.35 * np.clip(3.0 - np.abs(py - 1040.0) + 0.5, 0, 1))[..., None]
    planter, mask = _planter(px, py, colour, 760.0, 1000.0, 0.7, "sill/planter")
    shadow = np.clip(_blur(np.roll(mask, 30, axis=1), 20.0) * 1.2, 0, 1) * (py > sill) * (py < 1040.0)
    colour = colour * (1.0 - 0.28 * shadow)[..., None]
    colour = _over(colour, planter, mask)
    return _export(np.clip(colour, 0, 1), "painted_windowsill", None)
