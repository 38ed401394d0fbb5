"""``heldout29``'s pictures: four products a cookware shop, wine shop, hardware shop and tool shop list, and one
scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 3:2 landscape of 1560 x 1040 (saucepan), a 2:5 portrait of 600 x 1500 (wine
  bottle), a 10:7 landscape of 1400 x 980 (door lever handle), a square of 1200 x 1200 (tape measure); the
  scene is a 15:11 landscape of 1500 x 1100;
- the canvases they are padded onto (``PADDING``): a 1:0.85 landscape with a moderate margin round the
  saucepan, a 1:2.2 tall portrait as wide as the wine bottle's picture is tall (and the scene), a 1:0.47
  banner three times as wide as a small picture of the door handle, and a 1:1.12 portrait with a narrow margin
  round the tape measure;
- a red enamel saucepan seen from the side and a little above, its cream enamel inside showing, a black
  enamel rim and a black bakelite handle with a hanging hole (a saturated glossy product with a clipped
  highlight streak); a dark green glass wine bottle with a burgundy foil capsule and a cream label (a very
  dark transparent product: almost black where the wine is, the sweep seen green through the empty neck,
  clipped highlight streaks); a polished brass door lever handle on a round rosette with lathe rings (a warm
  metallic product of mirrored bands and fine brushed lines); a yellow tape measure with a black rubber
  band round its case and its steel blade pulled out, with fine black ticks (a bright product with a fine,
  regular print);
- every picture is finished the way a product photo looks when a seller scans it from a printed catalogue
  page: printed as a four-colour halftone (cyan, magenta, yellow and black screens at 15, 75, 0 and 45
  degrees, about 3.6 px a cell, the dots' edges a little spread), scanned with the scanner's descreen filter
  (a Gaussian blur of 1.1 px), its sharpening (an unsharp mask of radius 1.5 px, 80 %, threshold 3), a little
  sensor noise, saved as a JPEG at quality 88 with 4:2:0 chroma; the unprinted paper is the scanner's white
  point, kept clipped white;
- one full-frame scene: the wine bottle standing on an oak table before a restaurant far out of focus (warm
  round lamp lights, a dark wall), lit from the left.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageFilter

from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "saucepan": (600, 1.5, 0.85),
    "wine_bottle": (1100, 1.0, 2.2),
    "door_handle": (380, 3.3, 0.47),
    "tape_measure": (850, 1.12, 1.12),
}

_MASKS: dict[str, np.ndarray] = {}
_CELL = 3.6


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout29/" + name).encode()))


def _screen(coverage: np.ndarray, angle: float) -> np.ndarray:
    """A halftone screen's ink (0..1) for a coverage (0..1), cells ``_CELL`` px across turned by ``angle``."""
    h, w = coverage.shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    a = np.deg2rad(angle)
    u = xs * np.cos(a) + ys * np.sin(a)
    v = -xs * np.sin(a) + ys * np.cos(a)
    spot = 0.5 + 0.25 * (np.cos(2 * np.pi * u / _CELL) + np.cos(2 * np.pi * v / _CELL))
    ink = np.clip((coverage - (1.0 - spot)) * 5.0 + 0.5, 0, 1)
    return ink * np.clip(coverage * 40.0, 0, 1)


def _as_print(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A catalogue page's four-colour halftone, scanned: descreened, sharpened, a little noise, JPEG 88
    4:2:0; the unprinted paper kept white."""
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    cmy = 1.0 - pixels / 255.0
    k = 0.6 * cmy.min(axis=2)
    cmy = (cmy - k[..., None]) / np.maximum(1.0 - k, 1e-3)[..., None]
    inks = [_screen(cmy[..., i], angle) for i, angle in enumerate((15.0, 75.0, 0.0))]
    printed = np.full((h, w, 3), 255.0, dtype=np.float32)
    for i in range(3):
        printed[..., i] *= 1.0 - 0.97 * inks[i]
    printed *= (1.0 - 0.92 * _screen(k, 45.0))[..., None]
    printed[white] = 255.0
    # the scanner: descreen, sharpen, a little sensor noise, JPEG 88 4:2:0
    printed = np.stack([_blurred(printed[..., c], 1.1) for c in range(3)], axis=2)
    image = Image.fromarray(np.clip(printed + 0.5, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.UnsharpMask(radius=1.5, percent=80, threshold=3))
    scanned = np.asarray(image, dtype=np.float32) + _rng(name + "/scanner").normal(0.0, 1.2, (h, w, 1))
    scanned[white] = 255.0
    buffer = io.BytesIO()
    Image.fromarray(np.clip(scanned + 0.5, 0, 255).astype(np.uint8)).save(
        buffer, "JPEG", quality=88, subsampling=2
    )
    decoded = np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32).copy()
    decoded[white & (decoded.min(axis=2) >= 238.0)] = 255.0
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.fromarray(decoded.astype(np.uint8))


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit from the upper left: a contact line and a soft shadow down-right."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(mask, 14.0, 9, 12) * outside, depth)
    return _as_print(_over(backdrop, colour, mask), name, mask)


def _fine(name: str, frame: Frame, radius: float) -> np.ndarray:
    values = _blurred(_rng(name).normal(0, 1, (frame.height, frame.width)).astype(np.float32), radius)
    return values / float(values.std())


def _px(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    return frame.x * frame.width, frame.y * frame.height


# ---- a red enamel saucepan -------------------------------------------------------------------------------


def saucepan_packshot() -> Image.Image:
    """A red enamel saucepan from the side and a little above, a black bakelite handle, 3:2 on white."""
    frame = Frame(1560, 1040)
    px, py = _px(frame)
    cx, top, bottom, rx, ry = 640.0, 380.0, 840.0, 380.0, 70.0
    n = np.clip((px - cx) / rx, -1, 1)
    side = np.clip(rx - np.abs(px - cx) + 0.5, 0, 1)
    body = side * np.clip(py - top + 0.5, 0, 1) * np.clip(bottom + ry * np.sqrt(1 - n**2) - py + 0.5, 0, 1)
    e = np.hypot((px - cx) / rx, (py - top) / ry)
    rim = np.clip((1.0 - e) * ry + 0.5, 0, 1)
    e_in = np.hypot((px - cx) / (rx - 14.0), (py - top - 2.0) / (ry - 10.0))
    inside = np.clip((1.0 - e_in) * (ry - 10.0) + 0.5, 0, 1)
    # the red enamel: cylindrical shading, a broad soft sheen, a clipped window streak, a darker foot
    shade = 0.45 + 0.55 * np.clip(np.sqrt(1 - n**2) * 0.8 - 0.35 * n, 0, 1)
    red = np.array([200, 30, 32], dtype=np.float32) * shade[..., None]
    red = red + (255.0 * np.exp(-(((n + 0.58) / 0.035) ** 2)))[..., None]
    red = red + (70.0 * np.exp(-(((n + 0.3) / 0.2) ** 2)))[..., None]
    red = red * (1 - 0.35 * np.clip((py - bottom + 10.0) / 60.0, 0, 1))[..., None]
    colour = _over(_white(frame), red, body)
    enamel = (
        np.array([30, 24, 26], dtype=np.float32) + (60.0 * np.exp(-(((e - 0.96) / 0.02) ** 2)))[..., None]
    )
    colour = _over(colour, enamel * np.ones_like(colour), rim)
    cream = (
        np.array([236, 228, 212], dtype=np.float32)
        * (0.72 + 0.28 * np.clip((py - top + ry) / (2 * ry), 0, 1))[..., None]
    )
    colour = _over(colour, cream, inside)
    # the handle: black bakelite, a steel rivet plate, a hanging hole near the end
    t = np.clip((px - 1000.0) / 480.0, 0, 1)
    axis_y = 450.0 - 60.0 * t
    half = 22.0 - 5.0 * t
    handle = np.clip(half - np.abs(py - axis_y) + 0.5, 0, 1) * np.clip(px - 1000.0, 0, 1)
    handle = handle * np.clip(1480.0 - px + 0.5, 0, 1)
    end = np.clip(half - np.hypot(px - 1480.0, py - axis_y) + 0.5, 0, 1)
    handle = np.maximum(handle, end) * (1 - body)
    hn = np.clip((py - axis_y) / np.maximum(half, 1), -1, 1)
    bakelite = 24.0 + 70.0 * np.exp(-(((hn + 0.45) / 0.18) ** 2)) + 4.0 * _fine("saucepan/bakelite", frame, 1)
    colour = _over(colour, np.repeat(bakelite[..., None], 3, axis=2), handle)
    plate = np.clip(np.minimum.reduce([px - 1000.0, 1060.0 - px, 30.0 - np.abs(py - 452.0)]) + 0.5, 0, 1)
    steel = 150.0 + 60.0 * np.exp(-(((py - 440.0) / 6.0) ** 2))
    colour = _over(colour, np.repeat(steel[..., None], 3, axis=2), plate)
    hole = np.clip(9.0 - np.hypot(px - 1445.0, py - (450.0 - 60.0 * 445.0 / 480.0)) + 0.5, 0, 1)
    mask = np.clip(np.maximum.reduce([body, rim, handle, plate]), 0, 1) * (1 - hole)
    return _on_sweep(frame, colour, mask, "saucepan", 0.3)


# ---- a green glass wine bottle ---------------------------------------------------------------------------


def _bottle(frame: Frame, cx: float, top: float, scale: float, light: float) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask) of a dark green wine bottle ``scale`` times 1370 px tall, standing with its top at
    ``top``; ``light`` is the brightness of what is seen through the empty neck."""
    px, py = _px(frame)
    y = (py - top) / scale
    radius = scale * np.interp(
        y,
        [0.0, 1.0, 30.0, 34.0, 440.0, 520.0, 640.0, 1270.0, 1290.0, 1300.0],
        [0, 34, 34, 29, 30, 90, 130, 130, 125, 0],
    )
    mask = np.clip(radius - np.abs(px - cx) + 0.5, 0, 1) * (y > 0) * (y < 1300.0)
    n = np.clip((px - cx) / np.maximum(radius, 1.0), -1, 1)
    wall = np.exp(-(((1 - np.abs(n)) / 0.12) ** 2))
    # the wine: almost black green; the empty neck: what is behind, seen green, darker walls
    wine = np.array([14, 34, 20], dtype=np.float32) * (1 + 0.9 * wall)[..., None]
    neck = np.array([0.45, 0.7, 0.5], dtype=np.float32) * light * (1 - 0.6 * wall)[..., None]
    colour = _over(wine, neck, np.clip((420.0 - y) / 6.0, 0, 1))
    streak = np.exp(-(((n + 0.55) / 0.05) ** 2)) * (y > 60.0)
    colour = colour + (255.0 * streak)[..., None] + (90.0 * np.exp(-(((n - 0.72) / 0.04) ** 2)))[..., None]
    # the burgundy foil capsule with crimp lines
    foil = np.array([126, 22, 42], dtype=np.float32) * (0.5 + 0.5 * np.sqrt(1 - n**2) - 0.25 * n)[..., None]
    foil = foil + (120.0 * np.exp(-(((n + 0.45) / 0.1) ** 2)))[..., None]
    foil = foil * (1 - 0.3 * (np.mod(y, 9.0) < 2.0) * (y > 150.0))[..., None]
    capsule = np.clip(y + 0.5, 0, 1) * np.clip(200.0 - y + 0.5, 0, 1)
    colour = _over(colour, foil, capsule)
    # the cream label with a dark red crest and black lines of text
    label = np.clip((y - 800.0) * scale + 0.5, 0, 1) * np.clip((1120.0 - y) * scale + 0.5, 0, 1)
    paper = (
        np.array([236, 226, 200], dtype=np.float32) * (0.62 + 0.38 * np.sqrt(1 - n**2) - 0.12 * n)[..., None]
    )
    crest = np.clip(30.0 - np.hypot(n * 130.0, y - 880.0) + 0.5, 0, 1)
    text = (np.abs(n) < 0.55) * ((np.abs(y - 960.0) < 7.0) + (np.abs(y - 1000.0) < 4.0) * (np.abs(n) < 0.4))
    text = text * (np.mod(n * 130.0 * scale, 14.0) < 10.0)
    paper = _over(paper, np.full_like(paper, 1.0) * np.array([120, 20, 30], dtype=np.float32), crest)
    paper = _over(paper, np.full_like(paper, 30.0), np.clip(text, 0, 1) * 0.95)
    colour = _over(colour, paper, label)
    return colour, mask


def wine_bottle_packshot() -> Image.Image:
    """A dark green glass wine bottle with a burgundy capsule and a cream label, 2:5 on white."""
    frame = Frame(600, 1500)
    colour, mask = _bottle(frame, 300.0, 90.0, 1.0, 250.0)
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "wine_bottle", 0.3)


def restaurant_table_scene() -> Image.Image:
    """The wine bottle on an oak table before a restaurant far out of focus, lit from the left."""
    frame = Frame(1500, 1100)
    px, py = _px(frame)
    wall = (
        np.array([52, 38, 30], dtype=np.float32) * (0.7 + 0.6 * frame.noise("restaurant/wall", 5))[..., None]
    )
    rng = _rng("restaurant/lamps")
    for _ in range(14):
        x, y, r = rng.uniform(0, 1500), rng.uniform(60, 650), rng.uniform(25, 60)
        disc = np.clip(r - np.hypot(px - x, py - y) + 0.5, 0, 1) * 0.8
        wall = _over(wall, np.full_like(wall, 1.0) * np.array([250, 196, 120], dtype=np.float32), disc)
    wall = np.stack([_blurred(wall[..., c], 5.0) for c in range(3)], axis=2)
    table = np.clip(py - 880.0 + 0.5, 0, 1)
    grain = 0.85 + 0.12 * np.sin(py / 3.0 + 8.0 * frame.noise("restaurant/oak", 3, octaves=2))
    oak = np.array([168, 118, 72], dtype=np.float32) * (grain * (1.1 - 0.3 * frame.x))[..., None]
    scene = _over(wall, oak, table)
    colour, mask = _bottle(frame, 700.0, 880.0 - 1290.0 * 0.62, 0.62, 90.0)
    scene = scene * (1 - 0.4 * _soft(mask, 12.0, 24, 4) * (1 - mask) * table)[..., None]
    return _as_print(_over(scene, colour, mask), "restaurant_table")


# ---- a brass door lever handle ---------------------------------------------------------------------------


def door_handle_packshot() -> Image.Image:
    """A polished brass door lever handle on a round rosette with lathe rings, 10:7 on white."""
    frame = Frame(1400, 980)
    px, py = _px(frame)
    brass = np.array([214, 168, 78], dtype=np.float32)
    rcx, rcy, rr = 330.0, 490.0, 190.0
    r = np.hypot(px - rcx, py - rcy)
    rosette = np.clip(rr - r + 0.5, 0, 1)
    rings = 0.82 + 0.1 * np.sin(r / 1.6) * (r > 120.0) + 0.35 * np.exp(-(((r - 150.0) / 8.0) ** 2))
    face = rings * (0.8 + 0.35 * np.clip(-((px - rcx) + (py - rcy)) / (1.4 * rr), -1, 1))
    colour = _over(_white(frame), brass * face[..., None], rosette)
    # the lever: a round bar from the rosette to the right, its end turned down a little
    t = np.clip((px - rcx) / (1240.0 - rcx), 0, 1)
    axis_y = rcy + 70.0 * t**4
    half = 42.0 - 8.0 * t
    lever = (
        np.clip(half - np.abs(py - axis_y) + 0.5, 0, 1) * np.clip(px - rcx, 0, 1) * np.clip(1240.0 - px, 0, 1)
    )
    cap = np.clip(34.0 - np.hypot(px - 1240.0, py - (rcy + 70.0)) + 0.5, 0, 1)
    lever = np.maximum(lever, cap)
    hn = np.clip((py - axis_y) / half, -1, 1)
    band = 0.35 + 0.85 * np.exp(-(((hn + 0.5) / 0.16) ** 2)) + 0.5 * np.exp(-(((hn - 0.75) / 0.12) ** 2))
    band = band - 0.2 * np.exp(-(((hn - 0.2) / 0.15) ** 2))
    brushed = 1 + 0.05 * _blurred(
        _rng("handle/brushed").normal(0, 1, (frame.height, 1)).astype(np.float32), 0.6
    )
    lever_colour = brass * (band * brushed[:, :1])[..., None]
    lever_colour = lever_colour + (200.0 * np.exp(-(((hn + 0.5) / 0.05) ** 2)))[..., None]
    colour = _over(colour, lever_colour, lever)
    mask = np.clip(np.maximum(rosette, lever), 0, 1)
    return _on_sweep(frame, colour, mask, "door_handle", 0.3)


# ---- a yellow tape measure -------------------------------------------------------------------------------


def tape_measure_packshot() -> Image.Image:
    """A yellow tape measure with a black rubber band, its steel blade pulled out, square on white."""
    frame = Frame(1200, 1200)
    px, py = _px(frame)
    x0, y0, x1, y1, corner = 200.0, 280.0, 800.0, 880.0, 110.0
    qx = np.maximum(np.maximum(x0 + corner - px, px - (x1 - corner)), 0)
    qy = np.maximum(np.maximum(y0 + corner - py, py - (y1 - corner)), 0)
    inset = np.minimum(np.minimum(px - x0, x1 - px), np.minimum(py - y0, y1 - py))
    dist = np.where((qx > 0) & (qy > 0), corner - np.hypot(qx, qy), np.minimum(inset, corner))
    case = np.clip(dist + 0.5, 0, 1)
    yellow = (
        np.array([246, 198, 22], dtype=np.float32)
        * (0.85 + 0.2 * np.clip(1 - (px + py - 600) / 900, 0, 1))[..., None]
    )
    rubber = np.full_like(yellow, 30.0) + (12.0 * _fine("tape/rubber", frame, 0.8))[..., None]
    colour = _over(yellow, rubber, np.clip(40.0 - dist + 0.5, 0, 1))
    badge = np.clip(90.0 - np.hypot(px - 500.0, py - 580.0) + 0.5, 0, 1)
    logo = (np.abs(py - 580.0) < 12.0) * (np.abs(px - 500.0) < 60.0)
    colour = _over(colour, np.full_like(colour, 26.0), badge)
    colour = _over(colour, np.full_like(colour, 240.0), logo * badge)
    # the blade: curved steel painted yellow, black ticks every 5 px, longer every 25, red marks every 50
    blade = np.clip(np.minimum.reduce([px - 780.0, 1130.0 - px, 30.0 - np.abs(py - 820.0)]) + 0.5, 0, 1)
    bn = (py - 820.0) / 30.0
    blade_colour = (
        np.array([244, 214, 60], dtype=np.float32) * (0.8 + 0.25 * np.exp(-((bn / 0.5) ** 2)))[..., None]
    )
    u = px - 800.0
    tick = (np.mod(u, 5.0) < 1.2) * (bn < -0.55) + (np.mod(u, 25.0) < 1.6) * (bn < 0.0)
    colour_ticks = _over(blade_colour, np.full_like(blade_colour, 20.0), np.clip(tick, 0, 1))
    red = (np.mod(u, 50.0) > 30.0) * (np.mod(u, 50.0) < 42.0) * (np.abs(bn - 0.45) < 0.25)
    colour_ticks = _over(
        colour_ticks, np.full_like(colour_ticks, 1.0) * np.array([200, 30, 30], dtype=np.float32), red
    )
    colour = _over(colour, colour_ticks, blade * (1 - case))
    hook = np.clip(np.minimum.reduce([px - 1130.0, 1142.0 - px, 42.0 - np.abs(py - 826.0)]) + 0.5, 0, 1)
    colour = _over(colour, np.full_like(colour, 170.0), hook)
    mask = np.clip(np.maximum.reduce([case, blade, hook]), 0, 1)
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "tape_measure", 0.28)
