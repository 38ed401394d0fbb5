"""``heldout20``'s pictures: four products a fashion boutique, stationer, craft shop and home-fragrance shop
list, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 29:20 landscape of 1450 x 1000 (sequin clutch), a 40:19 banner of 1600 x 760
  (highlighters), a 33:26 landscape of 1320 x 1040 (cutting mat), a 38:63 portrait of 760 x 1260 (reed
  diffuser); the scene is an 8:5 landscape of 1600 x 1000;
- the canvases they are padded onto (``PADDING``): a 5:4 landscape with a thin margin round the clutch, a 2:1
  banner barely wider than the highlighters' picture (and the scene), a 4:3 landscape many times as wide as a
  very small picture of the cutting mat, a 1:1.45 portrait with a moderate margin round the diffuser;
- a gold sequinned evening clutch (hundreds of small tilted mirrors: a dense field of tiny specular
  sparkles, many of them clipped to white, on a dark-gold ground); three fluorescent highlighter pens
  (yellow, pink, green: colours that clip a channel of sRGB when they are correctly exposed); a green
  self-healing cutting mat seen from above, a little askew, almost filling the frame (a fine printed grid
  every 10 px, bolder every 50 px, ruler ticks along its edges: a fine, strictly regular pattern); a frosted
  glass reed diffuser with pale amber oil and thin rattan reeds fanning out of it (a translucent, pale,
  low-contrast product with thin dark sticks mostly surrounded by backdrop);
- every picture is finished the way an action camera finishes a still: a fixed-focus wide lens a little
  soft everywhere, a vivid colour profile (saturation and contrast raised), strong small-radius sharpening,
  faint fixed-pattern row noise and a little luma noise, a baseline JPEG at quality 79 with 4:2:0 chroma;
  the clipped white sweep is kept white;
- one full-frame scene: the highlighters on a sheet of lined paper on a birch plywood desk, lit by a desk
  lamp from the left.

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
    "sequin_clutch": (880, 1.1, 0.8),
    "highlighters": (1150, 1.04, 0.5),
    "cutting_mat": (200, 6.5, 0.75),
    "reed_diffuser": (600, 1.5, 1.45),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout20/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """An action camera's still: a fixed-focus lens a little soft, a vivid profile, strong small-radius
    sharpening, fixed-pattern row noise, baseline JPEG 79 4:2:0; the clipped white stays white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    # the fixed-focus wide lens: a little soft everywhere
    pixels = np.stack([_blurred(pixels[..., c], 0.8) for c in range(3)], axis=2)
    # the vivid profile: saturation raised round the luma, a contrast S-curve about the mid-tones
    luma = (pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32))[..., None]
    pixels = luma + 1.25 * (pixels - luma)
    t = np.clip(pixels / 255.0, 0.0, 1.0)
    pixels = 255.0 * (t - 0.6 * np.sin(2 * np.pi * t) / (2 * np.pi))
    # strong sharpening with a small radius
    soft = np.stack([_blurred(pixels[..., c], 0.9) for c in range(3)], axis=2)
    pixels = pixels + 1.1 * (pixels - soft)
    # the small sensor: faint fixed-pattern row noise and a little luma noise
    rng = _rng(name + "/sensor")
    rows = rng.normal(0.0, 0.9, (h, 1)).astype(np.float32)
    grain = rng.normal(0.0, 1.4, (h, w)).astype(np.float32)
    pixels = pixels + (rows + grain)[..., None] + rng.normal(0.0, 0.4, (h, w, 3)).astype(np.float32)
    pixels[white] = 255.0
    image = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    stored = io.BytesIO()
    image.save(stored, "JPEG", quality=79, subsampling=2)
    return Image.open(io.BytesIO(stored.getvalue())).convert("RGB")


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit by two softboxes from the upper left and right: a contact line and a
    shadow falling a little down and to the right."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.32)
    backdrop = _shade(backdrop, _soft(mask, 16.0, 8, 10) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


# ---- a gold sequinned evening clutch ----------------------------------------------------------------------


def sequin_clutch_packshot() -> Image.Image:
    """A gold sequinned envelope clutch with a gold clasp, lying flat and seen from the front, 29:20 on white."""
    frame = Frame(1450, 1000)
    px, py = frame.x * frame.width, frame.y * frame.height
    left, right, top, bottom = 0.14, 0.86, 0.24, 0.78
    body = frame.mask(
        lambda d, at: d.rounded_rectangle(at(left, top, right, bottom), 22 * SUPERSAMPLE, fill=255)
    )
    # sequins: discs on a staggered grid at a 9 px pitch, each tilted at random, so each reflects the
    # softboxes (a sparkle, often clipped), the gold ground or the dark room
    pitch = 9.0
    row = np.floor(py / (pitch * 0.87))
    shifted = px + np.where(row % 2 == 0, 0.0, pitch / 2)
    col = np.floor(shifted / pitch)
    cell_x = shifted - (col + 0.5) * pitch
    cell_y = py - (row + 0.5) * pitch * 0.87
    rng = _rng("sequin_clutch/tilts")
    tilt = rng.random((int(row.max()) + 2, int(col.max()) + 2)).astype(np.float32)
    index = tilt[row.astype(int), col.astype(int)]
    disc = np.clip(4.3 - np.hypot(cell_x, cell_y), 0, 1)
    hole = np.clip(1.1 - np.hypot(cell_x, cell_y), 0, 1)
    sparkle = (index > 0.9) * 255.0 + (index <= 0.9) * (60.0 + 170.0 * index**2.2)
    sheen = 0.9 + 0.2 * np.exp(-(((frame.x - 0.35) ** 2 + (frame.y - 0.4) ** 2) / 0.05))
    gold = np.array([1.0, 0.82, 0.46], dtype=np.float32)
    sequins = (sparkle * sheen)[..., None] * gold
    sequins = sequins + (index > 0.965)[..., None] * np.array(
        [80, 80, 80], dtype=np.float32
    )  # pure white glints
    ground = np.array([92, 70, 28], dtype=np.float32) * np.ones_like(sequins)
    colour = _over(ground, sequins, disc * (1 - 0.7 * hole))
    # the flap: a V whose edge casts a thin shadow on the sequins below it
    tip_y = 0.6 * frame.height
    flap_edge = top * frame.height + (tip_y - top * frame.height) * (1 - np.abs(frame.x - 0.5) / (0.5 - left))
    below = _smooth(flap_edge, flap_edge + 3.0, py)
    line = np.exp(-(((py - flap_edge - 2.5) / 2.2) ** 2))
    colour = colour * (1 - 0.55 * line * below)[..., None] * (0.92 + 0.08 * (1 - below))[..., None]
    # a polished gold clasp at the flap's tip
    clasp = frame.mask(
        lambda d, at: d.ellipse(at(0.5 - 0.028, 0.6 - 0.015, 0.5 + 0.028, 0.6 + 0.058), fill=255)
    )
    cx, cy = 0.5 * frame.width, 0.622 * frame.height
    nx, ny = (px - cx) / (0.028 * frame.width), -(py - cy) / (0.036 * frame.height)
    nz = np.sqrt(np.clip(1 - nx**2 - ny**2, 0, 1))
    metal = (
        np.array([214, 176, 92], dtype=np.float32)
        * (0.35 + 0.8 * _lit(nx, ny, nz, (-0.4, 0.5, 0.77)))[..., None]
    )
    metal = metal + 150.0 * np.exp(-(((nx + 0.3) ** 2 + (ny - 0.35) ** 2) / 0.02))[..., None]
    colour = _over(colour, metal, clasp)
    # the edges roll away from the light: a little darker along the border
    nbx, nby, nbz = _rounded(body, 18.0)
    colour = colour * (0.55 + 0.5 * _lit(nbx, nby, nbz, (-0.3, 0.4, 0.87)))[..., None]
    colour = _over(_white(frame), colour, body)
    return _on_sweep(frame, colour.astype(np.float32), body, "sequin_clutch", 0.28)


# ---- three fluorescent highlighter pens -------------------------------------------------------------------

_FLUO = (
    np.array([250, 255, 20], dtype=np.float32),  # yellow
    np.array([255, 45, 160], dtype=np.float32),  # pink
    np.array([80, 255, 70], dtype=np.float32),  # green
)


def _highlighters(
    frame: Frame, backdrop: np.ndarray, cx: float, cy: float, angle: float, length: float
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, coverage) of three chisel-tip highlighters lying side by side round (cx, cy) (shares), their
    barrels ``length`` px long at ``angle`` degrees, over ``backdrop``."""
    colour, coverage = backdrop, np.zeros(backdrop.shape[:2], dtype=np.float32)
    thick = 0.105 * length
    for i, tint in enumerate(_FLUO):
        offset = (i - 1) * 1.35 * thick
        theta = np.deg2rad(angle)
        x0 = cx + offset * -np.sin(theta) / frame.width + 0.02 * (i - 1) * np.cos(theta)
        y0 = cy + offset * np.cos(theta) / frame.height
        u, v = _along(frame, x0, y0, angle, length)
        s = u / length
        # a flat-sided barrel that tapers into the cap, and the cap's clip along its top
        half = thick / 2 * np.where(s < 0.72, 1.0, 0.92)
        half = half * np.where(s > 0.96, np.clip(1 - (s - 0.96) / 0.05, 0.55, 1), 1.0)
        ends = _smooth(0.0, 0.006, s) * _smooth(1.01, 1.0, s)
        pen = np.clip(half - np.abs(v) + 0.5, 0, 1) * ends
        a = np.clip(v / half, -1, 1)
        nz = np.sqrt(np.clip(1 - a**2, 0, 1))
        lit = _lit(np.zeros_like(a), -a, nz, (-0.3, 0.5, 0.81))
        # matte fluorescent plastic: the body is as bright as the colour allows; a soft sheen stripe
        body = tint * (0.72 + 0.38 * lit)[..., None]
        sheen = np.exp(-(((a + 0.38) / 0.12) ** 2))
        body = body + (70.0 * sheen)[..., None]
        # a printed white label band and a black brand name on it; a darker grip ring
        label = _smooth(0.28, 0.285, s) * _smooth(0.6, 0.595, s) * (np.abs(a) < 0.8)
        body = _over(body, np.array([246, 246, 240], dtype=np.float32) * (0.75 + 0.3 * lit)[..., None], label)
        ink = (np.abs(np.sin(u * 0.6)) > 0.55) * _smooth(0.32, 0.321, s) * _smooth(0.55, 0.549, s)
        ink = ink * (np.abs(a) < 0.28)
        body = _over(body, np.full_like(body, 30.0), 0.85 * ink)
        cap_line = np.exp(-(((s - 0.72) * length / 1.4) ** 2))
        body = body * (1 - 0.45 * cap_line)[..., None]
        clip = (
            _smooth(0.78, 0.785, s)
            * _smooth(0.97, 0.965, s)
            * np.clip(0.22 * half - np.abs(v + 0.55 * half) + 0.5, 0, 1)
        )
        body = _over(body, tint * 0.78 * np.ones_like(body), clip)
        shadow = _soft(pen, 6.0, 4, 6) * (1 - pen)
        colour = _shade(colour, shadow, 0.35)
        colour = _over(colour, body, pen)
        coverage = np.maximum(coverage, pen)
    return colour, np.clip(coverage, 0, 1)


def highlighters_packshot() -> Image.Image:
    """Three fluorescent highlighter pens side by side, a little askew, 40:19 on white."""
    frame = Frame(1600, 760)
    colour, coverage = _highlighters(frame, _white(frame), 0.5, 0.5, -4.0, 0.78 * frame.width)
    return _on_sweep(frame, colour, coverage, "highlighters", 0.22)


def study_desk_scene() -> Image.Image:
    """The highlighters on a sheet of lined paper on a birch plywood desk, a desk lamp to the left."""
    frame = Frame(1600, 1000)
    h, w = frame.height, frame.width
    px, py = frame.x * w, frame.y * h
    grain = frame.noise("study_desk/grain", 40, octaves=3)
    figure = np.sin(px / 7.0 + 9.0 * grain + 2.0 * np.sin(py / 90.0))
    wood = np.array([214, 184, 140], dtype=np.float32) * (0.88 + 0.06 * figure + 0.08 * grain)[..., None]
    # the sheet of paper, turned a little, with ruled blue lines and a red margin
    u, v = _along(frame, 0.56, 0.52, 8.0, 0.62 * w)
    sheet = _smooth(0.0, 1.5, u) * _smooth(0.62 * w, 0.62 * w - 1.5, u)
    sheet = sheet * np.clip(0.4 * w - np.abs(v) + 0.5, 0, 1)
    ruled = np.exp(-((((v + 0.4 * w) % 28.0 - 14.0) / 0.9) ** 2)) * (u > 0.08 * w)
    margin = np.exp(-(((u - 0.1 * w) / 1.0) ** 2))
    paper = np.array([243, 240, 232], dtype=np.float32) * np.ones_like(wood)
    paper = _over(paper, np.array([150, 176, 214], dtype=np.float32) * np.ones_like(wood), 0.8 * ruled)
    paper = _over(paper, np.array([214, 120, 120], dtype=np.float32) * np.ones_like(wood), 0.8 * margin)
    scene = _shade(wood, _soft(sheet, 5.0, 3, 4) * (1 - sheet), 0.25)
    scene = _over(scene, paper, sheet)
    colour, coverage = _highlighters(frame, scene, 0.5, 0.55, 12.0, 0.6 * w)
    # the lamp's pool of light from the left; the far right corner in its shade
    pool = 0.7 + 0.38 * np.exp(-(((frame.x - 0.25) ** 2) / 0.3 + ((frame.y - 0.4) ** 2) / 0.5))
    colour = colour * pool[..., None]
    return _as_photo(colour, "study_desk")


# ---- a green self-healing cutting mat ---------------------------------------------------------------------


def cutting_mat_packshot() -> Image.Image:
    """A green self-healing cutting mat from above, a little askew, almost filling a 33:26 frame."""
    frame = Frame(1320, 1040)
    mat_w, mat_h = 0.9 * frame.width, 0.84 * frame.height
    u, v = _along(frame, 0.5, 0.5, 3.5, mat_w)
    inside = _smooth(0.0, 1.2, u) * _smooth(mat_w, mat_w - 1.2, u)
    corner = np.clip(mat_h / 2 - np.abs(v) + 0.5, 0, 1)
    mat = inside * corner
    # the printed grid: a 1 px line every 10 px, a bolder one every 50 px, from a 20 px inset
    gu, gv = u - 40.0, v + mat_h / 2 - 40.0
    inner = (gu > -0.5) * (gu < mat_w - 79.5) * (gv > -0.5) * (gv < mat_h - 79.5)
    fine = np.maximum(
        np.exp(-((((gu + 5.0) % 10.0 - 5.0) / 0.5) ** 2)), np.exp(-((((gv + 5.0) % 10.0 - 5.0) / 0.5) ** 2))
    )
    bold = np.maximum(
        np.exp(-((((gu + 25.0) % 50.0 - 25.0) / 0.9) ** 2)),
        np.exp(-((((gv + 25.0) % 50.0 - 25.0) / 0.9) ** 2)),
    )
    # ruler ticks along the top and left edges, outside the grid
    ticks_top = (
        (np.abs((gu + 5.0) % 10.0 - 5.0) < 0.6)
        * (gv < -6.0)
        * (gv > -np.where((gu + 25.0) % 50.0 < 1.0, 30.0, 16.0))
        * (gu > -0.5)
        * (gu < mat_w - 79.5)
    )
    ticks_left = (
        (np.abs((gv + 5.0) % 10.0 - 5.0) < 0.6)
        * (gu < -6.0)
        * (gu > -np.where((gv + 25.0) % 50.0 < 1.0, 30.0, 16.0))
        * (gv > -0.5)
        * (gv < mat_h - 79.5)
    )
    lines = np.clip(0.55 * fine * inner + bold * inner + ticks_top + ticks_left, 0, 1)
    # the mat: a matte green vinyl with a faint mottle and fine knife scores
    mottle = frame.noise("cutting_mat/mottle", 24, octaves=3)
    scores = np.exp(-(((np.sin(0.02 * u + 0.35 * v / 40.0) * 40.0) % 97.0 - 48.0) ** 2 / 0.5)) * 0.5
    green = np.array([38, 112, 78], dtype=np.float32) * (0.9 + 0.12 * mottle + 0.06 * frame.x)[..., None]
    green = green * (1 - 0.1 * scores)[..., None]
    colour = _over(green, np.array([226, 222, 150], dtype=np.float32) * np.ones_like(green), 0.85 * lines)
    ink = _words(frame, (("A3 self-healing", 0.17, 0.08, 0.022),))
    colour = _over(colour, np.array([226, 222, 150], dtype=np.float32) * np.ones_like(green), 0.8 * ink * mat)
    colour = _over(_white(frame), colour, mat)
    return _on_sweep(frame, colour.astype(np.float32), mat, "cutting_mat", 0.18)


# ---- a frosted glass reed diffuser ------------------------------------------------------------------------


def reed_diffuser_packshot() -> Image.Image:
    """A frosted glass reed diffuser, pale amber oil, a black collar and seven rattan reeds, 38:63 on white."""
    frame = Frame(760, 1260)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx = 0.5 * frame.width
    top, shoulder, bottom = 0.6 * frame.height, 0.66 * frame.height, 0.93 * frame.height
    half_body, half_neck = 0.27 * frame.width, 0.07 * frame.width
    t = np.clip((py - top) / (shoulder - top), 0, 1)
    half = half_neck + (half_body - half_neck) * np.sin(np.pi / 2 * t) ** 0.6
    bottle = np.clip(half - np.abs(px - cx) + 0.5, 0, 1) * _smooth(top - 1, top + 1, py)
    bottle = bottle * _smooth(bottom + 1, bottom - 1, py)
    a = np.clip((px - cx) / np.maximum(half, 1.0), -1, 1)
    # frosted glass: the backdrop seen through it diffused and a little grey, denser towards the edges;
    # the oil's level a third of the way up, a pale amber glow under it
    level = bottom - 0.38 * (bottom - shoulder)
    oil = _smooth(level - 2.0, level + 2.0, py)
    frost = 216.0 - 48.0 * np.abs(a) ** 2.5 - 8.0 * frame.noise("reed_diffuser/frost", 200)
    frost = (
        frost
        + 14.0 * np.exp(-(((a + 0.5) / 0.25) ** 2))
        - 10.0 * np.clip((py - shoulder) / (bottom - shoulder), 0, 1)
    )
    glass = np.stack([frost, frost, frost + 2.0], axis=2)
    amber = np.array([0.98, 0.86, 0.62], dtype=np.float32)
    glass = glass * (1 - oil[..., None] * (1 - amber))
    glass = glass * (1 - 0.18 * np.exp(-(((py - level) / 2.0) ** 2)))[..., None]  # the meniscus
    glass = glass + (14.0 * np.exp(-(((a + 0.55) / 0.12) ** 2)))[..., None]  # a soft frosted highlight
    foot = np.exp(-(((py - bottom + 6.0) / 4.0) ** 2))
    glass = glass * (1 - 0.12 * foot)[..., None]
    # the black collar on the neck
    collar_top = top - 0.045 * frame.height
    collar = np.clip(half_neck * 1.15 - np.abs(px - cx) + 0.5, 0, 1) * _smooth(
        collar_top - 1, collar_top + 1, py
    )
    collar = collar * _smooth(top + 8, top + 6, py)
    ca = np.clip((px - cx) / (half_neck * 1.15), -1, 1)
    black = (
        np.array([26, 25, 24], dtype=np.float32) * (0.6 + 0.9 * np.exp(-(((ca + 0.4) / 0.2) ** 2)))[..., None]
    )
    # seven rattan reeds, 4 px thick, fanning out of the neck
    reeds = np.zeros_like(bottle)
    rng = _rng("reed_diffuser/reeds")
    for angle in np.linspace(-17.0, 16.0, 7) + rng.normal(0.0, 1.5, 7):
        theta = np.deg2rad(angle)
        length = 0.5 * frame.height * (0.96 + 0.08 * rng.random())
        dx, dy = np.sin(theta), -np.cos(theta)
        rel_x, rel_y = px - cx, py - (top + 0.02 * frame.height)
        along = rel_x * dx + rel_y * dy
        across = rel_x * dy - rel_y * dx
        reed = (
            np.clip(2.0 - np.abs(across) + 0.5, 0, 1)
            * _smooth(0.0, 1.0, along)
            * _smooth(length, length - 1.0, along)
        )
        reeds = np.maximum(reeds, reed)
    rattan = (
        np.array([118, 88, 58], dtype=np.float32)
        * (0.85 + 0.2 * frame.noise("reed_diffuser/rattan", 300))[..., None]
    )
    colour = _over(_white(frame), glass, bottle)
    colour = _over(colour, rattan, reeds * (1 - bottle))
    colour = _over(colour, black, collar)
    mask = np.clip(np.maximum.reduce([bottle, collar, reeds]), 0, 1)
    return _on_sweep(frame, colour.astype(np.float32), mask, "reed_diffuser", 0.24)
