"""``heldout19``'s pictures: four products a Christmas shop, milliner, stationer and computer shop list, and
one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 7:8 portrait of 980 x 1120 (bauble), a 12:7 landscape of 1680 x 980 (sun
  hat), a 9:13 portrait of 900 x 1300 (gift bag), a 13:10 landscape of 1300 x 1000 (mouse); the scene is a
  19:13 landscape of 1520 x 1040;
- the canvases they are padded onto (``PADDING``): a 1:1.3 portrait with a modest margin around the bauble,
  a 1:0.62 banner barely wider than the hat's picture (and the scene), a 4:3 landscape with broad margins
  beside the tall gift bag, a square many times as wide as a very small picture of the mouse;
- a deep-blue glass Christmas bauble with a gold cap and a hanging loop (a very glossy sphere: the ring
  light's round catchlight, a window's reflection, the white sweep mirrored along its rim); a natural straw
  sun hat seen a little from above, its braid plaited at a 3 px pitch, with a black grosgrain band (a very
  fine texture all over); a white paper gift bag with twisted paper handles and a pale grey printed name (a
  pale, low-contrast product on white); a matte black wireless mouse lying askew, seen from above, with a
  rubber scroll wheel (a very dark, smooth product);
- every picture is finished the way a phone's ultra-wide camera finishes a picture lit by a ring light: a
  slightly cool, faintly magenta white balance, corners softer than the middle (field curvature), purple
  fringes on the dark side of edges against bright areas, luma noise that grows towards the corners (the
  vignette corrected by digital gain), a progressive JPEG at quality 81 with 4:2:0 chroma; the clipped white
  sweep is kept white;
- one full-frame scene: the sun hat on a sandy beach below the sea and a summer sky.

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
from bench.photo_sets.heldout11 import _lit
from bench.photo_sets.heldout17 import _along
from bench.photo_sets.heldout18 import _words

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "bauble": (760, 1.18, 1.3),
    "sun_hat": (1100, 1.03, 0.62),
    "gift_bag": (520, 1.9, 0.75),
    "mouse": (220, 6.0, 1.0),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout19/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A phone's ultra-wide camera under a ring light: a cool magenta-tinted balance, soft corners, purple
    fringes, corner noise, progressive JPEG 81 4:2:0; the clipped white stays white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xs - w / 2) ** 2 + (ys - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    # the ring light's cheap LEDs: a little cool, a faint magenta tint
    pixels = pixels * np.array([0.99, 0.975, 1.015], dtype=np.float32)
    # field curvature: the corners of an ultra-wide lens are softer than its middle
    soft = np.stack([_blurred(pixels[..., c], 1.3) for c in range(3)], axis=2)
    weight = (0.85 * np.clip(r2, 0, 1) ** 1.5)[..., None]
    pixels = pixels * (1 - weight) + soft * weight
    # purple fringing: the dark side of an edge against a bright area turns magenta
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    bright = _blurred((luma > 225.0).astype(np.float32), 2.2)
    fringe = bright * np.clip((200.0 - luma) / 120.0, 0.0, 1.0) * (0.4 + 0.6 * np.clip(r2, 0, 1))
    pixels = pixels + fringe[..., None] * np.array([14.0, -8.0, 24.0], dtype=np.float32)
    # the lens's vignette corrected by digital gain: the noise grows towards the corners
    rng = _rng(name + "/sensor")
    sigma = 1.1 * (1.0 + 1.6 * np.clip(r2, 0, 1))
    grain = _blurred(rng.normal(0.0, 1.0, (h, w)), 0.5) * 1.6 * sigma
    pixels = pixels + grain[..., None] + rng.normal(0.0, 0.5, (h, w, 3)).astype(np.float32)
    pixels[white] = 255.0
    image = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    stored = io.BytesIO()
    image.save(stored, "JPEG", quality=81, subsampling=2, progressive=True, optimize=True)
    return Image.open(io.BytesIO(stored.getvalue())).convert("RGB")


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit by a ring light round the lens: a contact line and a soft, even
    shadow close round it."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.8, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(mask, 11.0, 0, 5) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


# ---- a deep-blue glass Christmas bauble -------------------------------------------------------------------


def bauble_packshot() -> Image.Image:
    """A glossy deep-blue glass bauble with a gold cap and a hanging loop, 7:8 on white."""
    frame = Frame(980, 1120)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx, cy, radius = 0.5 * frame.width, 0.57 * frame.height, 0.36 * frame.width
    nx, ny = (px - cx) / radius, -(py - cy) / radius
    rho = np.hypot(nx, ny)
    sphere = np.clip((1.0 - rho) * radius + 0.5, 0, 1)
    nz = np.sqrt(np.clip(1.0 - rho**2, 0, 1))
    lit = _lit(nx, ny, nz, (-0.3, 0.45, 0.85))
    glass = np.array([16, 34, 112], dtype=np.float32) * (0.3 + 0.8 * lit)[..., None]
    # the white sweep and the room mirrored along the rim (Fresnel), lighter below where the sweep is
    rim = np.clip((rho - 0.72) / 0.28, 0, 1) ** 2
    floor = np.clip(-ny, 0, 1)
    glass = glass + (rim * (70.0 + 90.0 * floor))[..., None] * np.array([0.85, 0.9, 1.0], dtype=np.float32)
    # the ring light round the lens: a round catchlight centred on the sphere; a window up to the left
    ring = np.exp(-(((rho - 0.17) / 0.018) ** 2))
    wx, wy = nx + 0.46 - 0.25 * (ny - 0.48), ny - 0.48  # a window mirrored curved on the sphere
    window = _smooth(0.03, 0.0, np.abs(wx) - 0.09) * _smooth(0.03, 0.0, np.abs(wy) - 0.11)
    bars = np.minimum(np.abs(wx), np.abs(wy))
    window = window * (1.0 - 0.8 * _smooth(0.008, 0.0, bars)) * (1.0 - 0.3 * rho)  # its glazing bars
    glass = glass + (235.0 * ring + 180.0 * window)[..., None] * np.array([1.0, 1.0, 1.0], dtype=np.float32)
    # the gold cap: a ridged cylinder, and a thin gold wire loop above it
    cap_top, cap_bottom = cy - radius - 0.055 * frame.height, cy - radius * 0.985 + 6.0
    cap_half = 0.055 * frame.width
    cap = np.clip(cap_half - np.abs(px - cx) + 0.5, 0, 1) * _smooth(cap_top - 1, cap_top + 1, py)
    cap = cap * _smooth(cap_bottom + 1, cap_bottom - 1, py)
    across = np.clip((px - cx) / cap_half, -1, 1)
    ridges = 0.8 + 0.2 * np.cos(2 * np.pi * py / 6.0)
    gold = (
        np.array([196, 156, 74], dtype=np.float32)
        * ((0.45 + 0.7 * np.exp(-(((across + 0.35) / 0.3) ** 2))) * ridges)[..., None]
    )
    loop = frame.mask(
        lambda d, at: d.ellipse(
            at(
                0.5 - 0.035,
                (cap_top - 0.085 * frame.height) / frame.height,
                0.5 + 0.035,
                cap_top / frame.height + 0.01,
            ),
            outline=255,
            width=3 * SUPERSAMPLE,
        )
    )
    wire = np.array([170, 136, 70], dtype=np.float32) * np.ones_like(glass)
    colour = _over(_white(frame), glass, sphere)
    colour = _over(colour, wire, loop)
    colour = _over(colour, gold, cap)
    mask = np.clip(np.maximum.reduce([sphere, cap, loop]), 0, 1)
    return _on_sweep(frame, colour.astype(np.float32), mask, "bauble", 0.3)


# ---- a natural straw sun hat ------------------------------------------------------------------------------


def _hat(
    frame: Frame, backdrop: np.ndarray, cx: float, cy: float, brim: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, coverage) of a straw sun hat whose brim is centred at (cx, cy) (shares) and ``brim`` px
    across half its width, seen a little from above, over ``backdrop``."""
    px, py = frame.x * frame.width, frame.y * frame.height
    x0, y0 = cx * frame.width, cy * frame.height
    brx, bry = brim, 0.46 * brim
    dx = px - x0
    r = np.hypot(dx / brx, (py - y0) / bry)
    brim_cover = np.clip((1.0 - r) * bry + 0.5, 0, 1)
    # the crown: an oval band from its base on the brim up to a rounded top
    base_y, top_y = y0 - 0.06 * brim, y0 - 0.5 * brim
    crx, cry = 0.47 * brim, 0.2 * brim
    t = np.clip((py - top_y) / (base_y - top_y), 0, 1)
    half = crx * (0.9 + 0.1 * t)
    side = np.clip(half - np.abs(dx) + 0.5, 0, 1) * (py >= top_y) * (py <= base_y)
    base_round = cry * np.sqrt(np.clip(1 - (dx / crx) ** 2, 0, 1))
    front = (
        np.clip(half - np.abs(dx) + 0.5, 0, 1) * np.clip(base_y + base_round - py + 0.5, 0, 1) * (py > base_y)
    )
    top = np.clip((1.0 - np.hypot(dx / (0.9 * crx), (py - top_y) / (0.85 * cry))) * cry + 0.5, 0, 1)
    crown = np.clip(np.maximum.reduce([side, front, top]), 0, 1)
    # straw plaited into a braid 7 px wide that spirals round the hat, its strands chevroned at a 3 px pitch
    angle = np.arctan2((py - y0) / bry, dx / brx)
    along_brim, out = angle * brx, r * bry
    row = np.floor(out / 7.0)
    chevron = np.cos(2 * np.pi * (along_brim + np.where(row % 2 == 0, 1, -1) * (out % 7.0)) / 3.0)
    crown_row = np.floor((py - top_y) / 7.0)
    crown_chev = np.cos(2 * np.pi * (dx + np.where(crown_row % 2 == 0, 1, -1) * ((py - top_y) % 7.0)) / 3.0)
    weave = np.where(crown > 0.5, crown_chev, chevron)
    seam = np.where(crown > 0.5, (py - top_y) % 7.0, out % 7.0)
    groove = np.exp(-((np.minimum(seam, 7.0 - seam) / 0.8) ** 2))
    strands = frame.noise(name + "/strands", 160)
    tone = (0.86 + 0.09 * weave - 0.2 * groove) * (0.93 + 0.14 * strands)
    # lit from the upper left: the brim's far side a little brighter, the crown rounded like a drum
    a = np.clip(dx / half, -1, 1)
    crown_lit = _lit(a, np.full_like(a, 0.2), np.sqrt(1 - a**2), (-0.5, 0.4, 0.77))
    brim_lit = 0.82 + 0.12 * np.clip(-dx / brx, -1, 1) + 0.08 * np.clip(-(py - y0) / bry, -1, 1)
    light = np.where(crown > 0.5, 0.6 + 0.45 * crown_lit, brim_lit)
    straw = np.array([218, 188, 128], dtype=np.float32) * (tone * light)[..., None]
    # the crown's shadow on the brim, down to the right; the brim's bound edge a little darker
    shadow = _soft(crown, 0.08 * brim, round(0.1 * brim), round(0.08 * brim)) * (crown < 0.5)
    straw = straw * (1 - 0.35 * shadow)[..., None]
    straw = straw * (1 - 0.25 * np.exp(-((((1 - r) * bry) / 3.0) ** 2)) * (crown < 0.5))[..., None]
    # a black grosgrain ribbon round the crown's base, finely ribbed
    band_top = base_y - 0.07 * brim + base_round
    band = np.clip(side + front, 0, 1) * _smooth(band_top - 1, band_top + 1, py)
    band = band * np.clip(base_y + base_round - py + 0.5, 0, 1)
    ribs = 0.85 + 0.15 * np.cos(2 * np.pi * dx / 2.5)
    ribbon = np.array([30, 29, 32], dtype=np.float32) * (ribs * (0.7 + 0.6 * crown_lit))[..., None]
    colour = _over(straw, ribbon, band)
    coverage = np.clip(np.maximum(brim_cover, crown), 0, 1)
    return _over(backdrop, colour, coverage), coverage


def sun_hat_packshot() -> Image.Image:
    """A natural straw sun hat with a black band, seen a little from above, 12:7 on white."""
    frame = Frame(1680, 980)
    colour, coverage = _hat(frame, _white(frame), 0.5, 0.6, 0.43 * frame.width, "sun_hat")
    return _on_sweep(frame, colour, coverage, "sun_hat", 0.22)


def beach_scene() -> Image.Image:
    """The sun hat on pale beach sand in the afternoon sun, the sea and a summer sky behind it."""
    frame = Frame(1520, 1040)
    h, w = frame.height, frame.width
    py = frame.y * h
    horizon, shore = 0.2 * h, 0.33 * h
    sky = np.array([118, 168, 222], dtype=np.float32) + (py / horizon)[..., None] * np.array(
        [70, 52, 24], dtype=np.float32
    )
    sparkle = (frame.noise("beach/sparkle", 300) > 0.8) * 40.0
    sea = (
        np.array([36, 104, 146], dtype=np.float32)
        * (0.85 + 0.3 * (py - horizon) / (shore - horizon))[..., None]
        + sparkle[..., None]
    )
    foam = np.exp(-(((py - shore + 6.0 + 6.0 * np.sin(frame.x * 19.0)) / 4.0) ** 2))
    grain = frame.noise("beach/grain", 500) - 0.5
    ripples = np.sin(py / 9.0 + 4.0 * frame.noise("beach/ripples", 6))
    wet = _smooth(shore + 60, shore, py)
    sand = (
        np.array([226, 206, 168], dtype=np.float32)
        * ((0.92 + 0.1 * grain + 0.025 * ripples) * (1 - 0.22 * wet))[..., None]
    )
    scene = _over(sky, sea, _smooth(horizon - 1, horizon + 1, py))
    scene = _over(scene, sand, _smooth(shore - 2, shore + 2, py))
    scene = _over(scene, np.full_like(scene, 240.0), 0.8 * foam)
    colour, coverage = _hat(frame, scene, 0.48, 0.66, 0.3 * w, "beach")
    # the hat's shadow on the sand, to the lower right of it
    shadow = _soft(coverage, 10.0, round(0.05 * w), round(0.06 * h)) * (1 - coverage)
    colour = _shade(colour, shadow, 0.4)
    return _as_photo(colour, "beach")


# ---- a white paper gift bag -------------------------------------------------------------------------------


def gift_bag_packshot() -> Image.Image:
    """A white paper gift bag with twisted paper handles, standing a little turned, 9:13 on white."""
    frame = Frame(900, 1300)
    left, right, side_right = 0.16, 0.7, 0.84
    top, bottom = 0.36, 0.9
    face = frame.mask(lambda d, at: d.rectangle(at(left, top, right, bottom), fill=255))
    gusset = frame.mask(
        lambda d, at: d.polygon(
            [
                tuple(at(right, top)),
                tuple(at(side_right, top + 0.02)),
                tuple(at(side_right, bottom - 0.015)),
                tuple(at(right, bottom)),
            ],
            fill=255,
        )
    )
    # the gusset folds inwards down its middle: a lit half and a shaded half
    fold = right + (side_right - right) * 0.5
    paper_grain = 1.0 + 0.01 * (frame.noise("gift_bag/paper", 120, octaves=2) - 0.5)
    face_tone = (0.965 - 0.02 * frame.y + 0.01 * frame.x) * paper_grain
    gusset_tone = np.where(frame.x < fold, 0.9, 0.84) * paper_grain
    crease = np.exp(-(((frame.x - fold) * frame.width / 1.2) ** 2))
    gusset_tone = gusset_tone - 0.04 * crease
    paper = np.array([252, 251, 248], dtype=np.float32)
    colour = _over(_white(frame), paper * face_tone[..., None], face)
    colour = _over(colour, paper * gusset_tone[..., None], gusset * (1 - face))
    # the folded-over top cuff leaves a faint line; the handles' holes are punched through it
    cuff = np.exp(-(((frame.y - top - 0.045) * frame.height / 1.3) ** 2)) * face
    colour = colour * (1 - 0.05 * cuff)[..., None]

    # twisted paper rope handles: the back one shows behind the front one
    def handle(x0: float, x1: float, lift: float) -> np.ndarray:
        def draw(d, at) -> None:
            d.arc(at(x0, top - lift, x1, top + lift), 180, 360, fill=255, width=9 * SUPERSAMPLE)
            for x in (x0, x1):
                d.line([tuple(at(x, top)), tuple(at(x, top + 0.03))], fill=255, width=9 * SUPERSAMPLE)

        return frame.mask(draw)

    back = handle(0.36, 0.62, 0.19) * (1 - face)
    front = handle(0.3, 0.56, 0.2)
    twist = 0.93 + 0.06 * np.cos(2 * np.pi * (frame.x * frame.width + frame.y * frame.height) / 6.0)
    rope = np.array([238, 236, 229], dtype=np.float32) * twist[..., None]
    colour = _over(colour, rope * 0.9, back * (1 - front))
    colour = _over(colour, rope, front)
    # the shop's name printed small in pale grey
    ink = _words(frame, (("maison lumen", 0.43, 0.6, 0.028), ("paris", 0.43, 0.627, 0.016)))
    colour = _over(
        colour, np.array([168, 166, 164], dtype=np.float32) * np.ones_like(colour), 0.9 * ink * face
    )
    mask = np.clip(np.maximum.reduce([face, gusset, back, front]), 0, 1)
    return _on_sweep(frame, colour.astype(np.float32), mask, "gift_bag", 0.2)


# ---- a matte black wireless mouse -------------------------------------------------------------------------


def mouse_packshot() -> Image.Image:
    """A matte black wireless mouse from above, lying askew, with a rubber scroll wheel, 13:10 on white."""
    frame = Frame(1300, 1000)
    length, width = 0.7 * frame.height, 0.4 * frame.height
    u, v = _along(frame, 0.5, 0.5, 62.0, length)  # u from the buttons' front edge towards the rear
    s = u / length
    half = width / 2 * (0.84 + 0.16 * np.sin(np.pi * np.clip(s, 0, 1) ** 0.8))
    shape = np.abs((s - 0.5) / 0.5) ** 2.6 + np.abs(v / half) ** 2.6
    body = np.clip((1.0 - shape) * 40.0 + 0.5, 0, 1)
    nx, ny, nz = _rounded(body, 0.45 * width)
    lit = _lit(nx, ny, nz, (-0.4, 0.5, 0.77))
    coat = 1.0 + 0.04 * (frame.noise("mouse/coat", 120) - 0.5)
    black = np.array([22, 22, 25], dtype=np.float32) * ((0.5 + 0.9 * lit) * coat)[..., None]
    # a soft sheen and the ring light's faint round reflection on the hump
    hump = np.hypot((s - 0.58) / 0.5, v / (0.6 * width))
    black = (
        black
        + (16.0 * np.exp(-((hump / 0.45) ** 2)) + 12.0 * np.exp(-(((hump - 0.15) / 0.025) ** 2)))[..., None]
    )
    # grooves: between the two buttons, and where the buttons meet the shell
    split = np.exp(-((v / 1.2) ** 2)) * (s < 0.4)
    seam = np.exp(-(((s - 0.4 - 0.0006 * v**2 / length) * length / 1.2) ** 2)) * (np.abs(v) < 0.95 * half)
    black = black * (1 - 0.6 * np.clip(split + seam, 0, 1))[..., None]
    # the rubber scroll wheel in its slot, ribbed across
    wheel = _smooth(0.12, 0.125, s) * _smooth(0.27, 0.265, s) * _smooth(0.06 * width, 0.05 * width, np.abs(v))
    ribs = 0.75 + 0.25 * np.cos(2 * np.pi * u / 2.6)
    rubber = (
        np.array([58, 58, 62], dtype=np.float32)
        * (ribs * (0.7 + 0.5 * np.exp(-(((s - 0.19) / 0.05) ** 2))))[..., None]
    )
    colour = _over(black, rubber, wheel * body)
    colour = _over(_white(frame), colour, body)
    return _on_sweep(frame, colour.astype(np.float32), body, "mouse", 0.35)
