"""``heldout23``'s pictures: four products a kitchenware shop, delicatessen, patisserie and sports shop list,
and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 12:5 banner of 1440 x 600 (chopsticks), an 11:20 portrait of 660 x 1200
  (olive-oil bottle), a 7:6 landscape of 1120 x 960 (macarons), a 9:5 landscape of 1350 x 750 (yoga mat);
  the scene is a 6:7 portrait of 960 x 1120;
- the canvases they are padded onto (``PADDING``): a 2:1 banner barely wider than the chopsticks' picture, a
  4:5 portrait with broad white either side of the bottle (and the scene), a 5:4 landscape many times as wide
  as a very small picture of the macarons, and a square with a modest margin round the yoga mat;
- a pair of pale bamboo chopsticks lying side by side, a little apart, their tips on a small glossy black
  ceramic rest (a thin, pale product: square-sectioned rods tapering from 13 px to 4 px, a faint grain along
  them, lots of backdrop between them); a square clear-glass olive-oil bottle, four fifths full, with a cream
  paper label and a black pour spout (a translucent product: the white sweep seen through golden-green oil and
  clear glass, dark refracting edges, a clipped vertical highlight); three macarons in a row, raspberry,
  pistachio and lemon (saturated colours, smooth domed shells over a finely ruffled foot, a cream filling);
  a rolled charcoal yoga mat lying on its side with a grey strap, its spiral end towards the camera (a dark
  product with a fine embossed grain and thin lighter layer edges);
- every picture is finished the way a DSLR's raw file looks once a desktop raw converter developed it for a
  web shop: a filmic tone curve with a soft highlight shoulder, vibrance (muted colours saturated more than
  vivid ones), clarity (broad local contrast in the mid-tones), a purple fringe where a bright area meets a
  dark edge, fine luma grain, exported as a progressive JPEG at quality 82 with 4:2:0 chroma; the clipped
  white sweep is kept white;
- one full-frame scene: the olive-oil bottle on an oak worktop before a wall of glazed terracotta tiles lit
  by low sun from the right, the tiles seen through the bottle.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image

from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout11 import _lit

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "chopsticks": (1200, 1.06, 0.5),
    "olive_oil": (800, 1.55, 1.25),
    "macarons": (220, 5.2, 0.8),
    "yoga_mat": (760, 1.2, 1.0),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout23/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A DSLR raw developed for the web: a filmic curve with a soft shoulder, vibrance, clarity, a purple
    fringe at bright-to-dark edges, fine luma grain, progressive JPEG 82 4:2:0; clipped white stays white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    # the filmic curve: linear up to 0.7, then a shoulder rolling off to 1; the shadows a little crushed
    x = pixels / 255.0
    knee, room = 0.7, 0.3
    shoulder = knee + room * (1.0 - np.exp(-1.8 * (x - knee) / room)) / (1.0 - np.exp(-1.8))
    y = np.where(x < knee, x, shoulder)
    y = y - 0.025 * (1.0 - y) ** 6
    pixels = 255.0 * y
    # vibrance: muted colours gain more saturation than vivid ones
    mean = pixels.mean(axis=2, keepdims=True)
    spread = (pixels.max(axis=2, keepdims=True) - pixels.min(axis=2, keepdims=True)) / 255.0
    pixels = mean + (pixels - mean) * (1.0 + 0.3 * (1.0 - spread) ** 2)
    # clarity: broad local contrast, strongest in the mid-tones
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    detail = luma - _blurred(luma, max(h, w) / 90.0)
    mid = np.clip(4.0 * (luma / 255.0) * (1.0 - luma / 255.0), 0.0, 1.0)
    pixels = pixels + (0.3 * detail * mid)[..., None]
    # purple fringing: a bright area's blur spilling onto an adjacent dark edge
    bright = _blurred((luma > 240.0).astype(np.float32), 1.6)
    dark = np.clip(1.0 - luma / 160.0, 0.0, 1.0)
    fringe = np.clip(2.5 * bright * dark, 0.0, 1.0)
    pixels = pixels + fringe[..., None] * np.array([22.0, -8.0, 34.0], dtype=np.float32)
    grain = _rng(name + "/sensor").normal(0.0, 1.1, (h, w)).astype(np.float32)
    pixels = pixels + _blurred(grain, 0.6)[..., None] * 1.6
    pixels[white] = 255.0
    stored = io.BytesIO()
    Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8)).save(
        stored, "JPEG", quality=82, subsampling=2, progressive=True
    )
    decoded = np.asarray(Image.open(io.BytesIO(stored.getvalue())).convert("RGB"), dtype=np.float32)
    decoded[white & (decoded.min(axis=2) >= 248.0)] = 255.0
    return Image.fromarray(np.clip(decoded + 0.5, 0, 255).astype(np.uint8))


def _on_sweep(
    frame: Frame,
    colour: np.ndarray,
    mask: np.ndarray,
    name: str,
    depth: float,
    shadow: np.ndarray | None = None,
) -> Image.Image:
    """The product on a white sweep lit by a softbox from the upper right: a contact line and a shadow
    falling a little down and to the left."""
    cast = mask if shadow is None else shadow
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(cast, 1.4, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(cast, 10.0, -7, 9) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


def _rod(
    px: np.ndarray,
    py: np.ndarray,
    base: tuple[float, float],
    tip: tuple[float, float],
    wide: float,
    narrow: float,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(coverage, across -1..1, along 0..1) of a rod tapering from ``wide`` px at ``base`` to ``narrow`` at
    ``tip``, its ends cut square."""
    bx, by = base
    ax, ay = tip[0] - bx, tip[1] - by
    length = float(np.hypot(ax, ay))
    ux, uy = ax / length, ay / length
    along = (px - bx) * ux + (py - by) * uy
    across = -(px - bx) * uy + (py - by) * ux
    t = np.clip(along / length, 0.0, 1.0)
    half = 0.5 * (wide + (narrow - wide) * t)
    inside = np.clip(half - np.abs(across) + 0.5, 0, 1)
    ends = np.clip(along + 0.5, 0, 1) * np.clip(length - along + 0.5, 0, 1)
    return inside * ends, np.clip(across / np.maximum(half, 0.5), -1, 1), t


# ---- a pair of bamboo chopsticks on a ceramic rest ---------------------------------------------------------


def chopsticks_packshot() -> Image.Image:
    """A pair of pale bamboo chopsticks, tips on a small black ceramic rest, 12:5 on white."""
    frame = Frame(1440, 600)
    px, py = frame.x * frame.width, frame.y * frame.height
    colour = _white(frame)
    mask = np.zeros((frame.height, frame.width), dtype=np.float32)
    # the rest first (the sticks lie over it): a small glossy black pillow of ceramic
    rx, ry = 1140.0, 326.0
    du, dv = (px - rx) / 58.0, (py - ry) / 32.0
    rest = np.clip((1.0 - (np.abs(du) ** 2.6 + np.abs(dv) ** 2.2)) * 18.0 + 0.5, 0, 1)
    dip = 1.0 - 0.25 * np.exp(-(((px - rx) / 28.0) ** 2))
    nz = np.sqrt(np.clip(1 - du**2 - dv**2, 0, 1))
    shine = _lit(du * 0.6, dv * 0.9, nz + 0.1, (0.4, -0.6, 0.7))
    tone = (18.0 + 40.0 * shine + 230.0 * shine**30) * dip
    colour = _over(colour, np.repeat(tone[..., None], 3, axis=2), rest)
    mask = np.maximum(mask, rest)
    grain_rng = _rng("chopsticks/grain")
    bamboo = np.array([222, 192, 142], dtype=np.float32)
    for base, tip, seed in (((150.0, 250.0), (1230.0, 305.0), 0), ((165.0, 330.0), (1240.0, 352.0), 1)):
        cover, across, t = _rod(px, py, base, tip, 13.0, 4.0)
        # square section: two faces seen, the upper one lit, a crisp ridge between them
        face = np.where(across < -0.1, 1.0, 0.78) - 0.1 * np.abs(across)
        streaks = np.interp(
            t * 300.0 + 37.0 * across, np.arange(400), grain_rng.normal(0.0, 1.0, 400)
        ).astype(np.float32)
        nodes = np.exp(-(((t - (0.18 + 0.03 * seed)) / 0.004) ** 2)) * 0.25
        # the lacquered tips a little darker
        lacquer = np.clip((t - 0.82) / 0.03, 0, 1) * 0.18
        tone = face * (1.0 + 0.05 * streaks) * (1.0 - nodes - lacquer)
        stick = bamboo * tone[..., None]
        colour = _over(colour, stick, cover)
        mask = np.maximum(mask, cover)
    return _on_sweep(frame, colour, mask, "chopsticks", 0.2)


# ---- a square clear-glass olive-oil bottle ----------------------------------------------------------------


def _bottle(
    frame: Frame, behind: np.ndarray, cx: float, bottom: float, scale: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask) of a square clear-glass olive-oil bottle standing at (cx, bottom), ``scale`` px per
    unit (the body is 2.2 units wide, the whole bottle 9.6 tall), seeing ``behind`` through it."""
    px, py = frame.x * frame.width, frame.y * frame.height
    u, v = (px - cx) / scale, (bottom - py) / scale  # v up from the base
    # the outline: a square body with rounded shoulders into a neck, a black spout on top
    body_half = 1.1
    shoulder = np.clip((v - 6.2) / 1.2, 0, 1)
    half = body_half * (1 - shoulder) + 0.36 * shoulder
    half = half - 0.08 * np.clip(0.25 - v, 0, 1) / 0.25  # a rounded heel
    glass_top = 8.6
    glass = np.clip((half - np.abs(u)) * scale + 0.5, 0, 1) * np.clip(v * scale + 0.5, 0, 1)
    glass = glass * np.clip((glass_top - v) * scale + 0.5, 0, 1)
    spout = np.clip((0.4 - np.abs(u)) * scale + 0.5, 0, 1) * np.clip(
        (v - glass_top + 0.05) * scale + 0.5, 0, 1
    )
    spout = spout * np.clip((9.45 - v) * scale + 0.5, 0, 1)
    nozzle = np.clip((0.12 - np.abs(u + 0.1)) * scale + 0.5, 0, 1) * np.clip((v - 9.4) * scale + 0.5, 0, 1)
    nozzle = nozzle * np.clip((9.6 - v) * scale + 0.5, 0, 1)
    # seen through: shrunk towards the middle (refraction) and tinted
    rel = np.clip(np.abs(u) / np.maximum(half, 0.2), 0, 1)
    oil_level = 5.3
    oil = np.clip((oil_level - v) * scale * 0.5 + 0.5, 0, 1) * np.clip((v - 0.12) * scale + 0.5, 0, 1)
    # refraction: a squeezed copy of the backdrop behind, gathered from a narrower strip
    squeeze = np.clip(cx + (px - cx) * 0.55, 0, frame.width - 1).astype(np.int64)
    ys = np.arange(frame.height)[:, None].repeat(frame.width, axis=1)
    refracted = behind[ys, squeeze]
    seen = refracted * 0.92
    gold = np.array([0.93, 0.80, 0.30], dtype=np.float32)
    deep = 0.75 + 0.25 * (1 - rel**2)  # thicker oil through the middle
    seen = seen * (1 - oil[..., None] * (1 - gold * deep[..., None]))
    # the oil's meniscus: a thin brighter line
    meniscus = np.exp(-(((v - oil_level) * scale / 1.5) ** 2)) * (np.abs(u) < half)
    seen = seen + 60.0 * meniscus[..., None]
    # the glass walls: dark refracting edges, a thick base, a clipped vertical highlight on the right
    edge = np.clip((rel - 0.86) / 0.14, 0, 1) ** 1.5
    seen = seen * (1 - 0.65 * edge)[..., None]
    heel = np.clip((0.3 - v) / 0.3, 0, 1)
    seen = seen * (1 - 0.35 * heel)[..., None]
    highlight = np.exp(-(((u - 0.62 * half) / 0.07) ** 2)) * np.clip((v - 0.6) / 0.4, 0, 1) * (1 - shoulder)
    seen = seen + 300.0 * highlight[..., None]
    # the paper label: cream, with a printed band, an olive sprig and lines of small print
    lu, lv = u, v - 2.9
    label = np.clip((1.02 - np.abs(lu)) * scale + 0.5, 0, 1) * np.clip((1.3 - np.abs(lv)) * scale + 0.5, 0, 1)
    paper = np.array([238, 228, 204], dtype=np.float32) * (0.93 + 0.07 * (1 - rel**2))[..., None]
    band = (np.abs(lv - 0.75) < 0.14).astype(np.float32)
    paper = _over(paper, np.array([62, 88, 40], dtype=np.float32) * np.ones_like(paper), band)
    leaf_a = np.clip((1 - (((lu + 0.15) / 0.32) ** 2 + ((lv - 0.1) / 0.12) ** 2)) * 6, 0, 1)
    leaf_b = np.clip((1 - (((lu - 0.25) / 0.28) ** 2 + ((lv - 0.25) / 0.1) ** 2)) * 6, 0, 1)
    fruit = np.clip((1 - (((lu - 0.05) / 0.13) ** 2 + ((lv + 0.15) / 0.16) ** 2)) * 6, 0, 1)
    paper = _over(
        paper, np.array([96, 128, 58], dtype=np.float32) * np.ones_like(paper), np.maximum(leaf_a, leaf_b)
    )
    paper = _over(paper, np.array([48, 52, 30], dtype=np.float32) * np.ones_like(paper), fruit)
    rng = _rng(name + "/print")
    for row in range(4):
        top = -0.55 - 0.17 * row
        width = rng.uniform(0.55, 0.85)
        line = (np.abs(lv - top) < 0.035) * (np.abs(lu) < width)
        ink = (np.sin(lu * scale * 0.9 + row) > -0.2).astype(np.float32) * line
        paper = _over(paper, np.full_like(paper, 70.0), ink.astype(np.float32) * 0.9)
    seen = _over(seen, paper, label)
    cap = (
        np.array([24, 24, 26], dtype=np.float32) * (1 + 0.6 * np.exp(-(((u - 0.15) / 0.08) ** 2)))[..., None]
    )
    colour = _over(behind, seen, glass)
    colour = _over(colour, cap * np.ones_like(colour), np.maximum(spout, nozzle))
    return colour, np.clip(np.maximum.reduce([glass, spout, nozzle]), 0, 1)


def olive_oil_packshot() -> Image.Image:
    """A square clear-glass bottle of olive oil with a paper label and a black spout, 11:20 on white."""
    frame = Frame(660, 1200)
    behind = _white(frame)
    colour, mask = _bottle(frame, behind, 330.0, 1140.0, 112.0, "olive_oil")
    return _on_sweep(frame, colour, mask, "olive_oil", 0.24)


def tiles_scene() -> Image.Image:
    """The olive-oil bottle on an oak worktop before glazed terracotta tiles in low sun from the right."""
    frame = Frame(960, 1120)
    px, py = frame.x * frame.width, frame.y * frame.height
    counter = 0.72 * frame.height
    # the tiles: 150 px squares, each its own shade of glazed terracotta, pale grout between them
    tile = 150.0
    col, row = np.floor(px / tile), np.floor(py / tile)
    rng = _rng("tiles/shades")
    shades = rng.uniform(0.82, 1.1, (16, 16)).astype(np.float32)
    shade = shades[row.astype(np.int64) % 16, col.astype(np.int64) % 16]
    clay = np.array([196, 104, 66], dtype=np.float32) * shade[..., None]
    mottle = frame.noise("tiles/mottle", 30, octaves=3)
    clay = clay * (0.88 + 0.24 * mottle)[..., None]
    gx, gy = np.abs(px / tile - np.round(px / tile)) * tile, np.abs(py / tile - np.round(py / tile)) * tile
    grout = np.clip(3.0 - np.minimum(gx, gy), 0, 1)
    wall = _over(clay, np.full_like(clay, 214.0), grout)
    sun = 0.55 + 0.7 * np.clip(frame.x, 0, 1) ** 1.5
    glaze = 90.0 * np.exp(-(((px % tile) - 100.0) ** 2 + ((py % tile) - 45.0) ** 2) / 300.0)
    wall = wall * sun[..., None] + (glaze * np.clip(frame.x, 0, 1))[..., None]
    # the oak worktop: warm grain streaks running across, its front edge catching the light
    rng_wood = _rng("tiles/oak")
    streaks = np.interp(
        py + 14.0 * frame.noise("tiles/wave", 6),
        np.arange(frame.height + 40),
        rng_wood.normal(0, 1, frame.height + 40),
    )
    oak = np.array([172, 128, 82], dtype=np.float32) * (0.92 + 0.06 * streaks.astype(np.float32))[..., None]
    oak = oak * (0.7 + 0.45 * frame.x)[..., None]
    into = np.clip((py - counter) + 0.5, 0, 1)[..., None]
    scene = into * oak + (1 - into) * wall
    # the bottle's shadow on the wall and worktop, cast to the left
    cx, bottom, scale = 0.42 * frame.width, 0.9 * frame.height, 80.0
    shadow_wall = (np.abs(px - (cx - 170.0)) < 90.0) * (py < counter) * (py > counter - 8.6 * scale * 0.85)
    shadow_top = np.exp(-(((py - bottom + 10.0) / 18.0) ** 2)) * np.clip((cx + 40.0 - px) / 60.0, 0, 1)
    shadow_top = shadow_top * np.clip((px - cx + 330.0) / 120.0, 0, 1)
    soft = _blurred(shadow_wall.astype(np.float32), 14.0) + 0.8 * _blurred(shadow_top, 6.0)
    scene = scene * (1 - 0.45 * np.clip(soft, 0, 1))[..., None]
    colour, _ = _bottle(frame, scene, cx, bottom, scale, "tiles")
    # the low sun through the oil throws a golden caustic onto the worktop to the left
    caustic = np.exp(-(((px - cx + 120.0) / 40.0) ** 2 + ((py - bottom + 4.0) / 8.0) ** 2))
    colour = colour + caustic[..., None] * np.array([90.0, 70.0, 10.0], dtype=np.float32)
    return _as_photo(colour, "tiles")


# ---- three macarons ---------------------------------------------------------------------------------------

_SHELLS = np.array([[226, 42, 112], [128, 196, 82], [252, 212, 38]], dtype=np.float32)


def macarons_packshot() -> Image.Image:
    """Three macarons in a row, raspberry, pistachio and lemon, side on, 7:6 on white."""
    frame = Frame(1120, 960)
    px, py = frame.x * frame.width, frame.y * frame.height
    colour = _white(frame)
    mask = np.zeros((frame.height, frame.width), dtype=np.float32)
    ruffle = _blurred(
        _rng("macarons/feet").normal(0.0, 1.0, (frame.height, frame.width)).astype(np.float32), 1.1
    )
    ruffle = ruffle / float(ruffle.std())
    fringe = _blurred(ruffle, 2.0)
    fringe = fringe / float(fringe.std())
    # drawn back to front: the middle one a little behind and higher
    for (cx, cy, radius), shell in zip(
        ((560.0, 430.0, 200.0), (300.0, 540.0, 210.0), (830.0, 545.0, 205.0)), _SHELLS[[1, 0, 2]], strict=True
    ):
        u, v = (px - cx) / radius, (py - cy) / radius
        # layers down the side: top shell, ruffled foot, filling, foot, bottom shell
        feet = ((v > -0.16) & (v < -0.02)) | ((v > 0.14) & (v < 0.28))
        width = np.where(feet, 1.0 + 0.012 * fringe, np.where((v >= -0.02) & (v <= 0.14), 0.93, 1.0))
        top = np.where(v < 0, 0.58, 0.42)
        outline = (np.abs(u) / width) ** 2.4 + (np.abs(v - 0.06) / top) ** 2.4
        cover = np.clip((1.0 - outline) * radius * 0.5 + 0.5, 0, 1)
        dome = np.sqrt(np.clip(1.0 - u**2 - ((v + 0.1) / 0.55) ** 2, 0, 1))
        lit = _lit(u * 0.9, (v + 0.2) * 0.9, dome + 0.35, (0.45, -0.6, 0.66))
        body = shell * (0.6 + 0.5 * lit)[..., None]
        # the shell's smooth sheen, the feet's fine bumpy texture, the filling's cream
        body = body + (120.0 * lit**14 * (v < -0.16))[..., None]
        bumps = (0.82 + 0.14 * ruffle) * feet
        body = np.where(
            feet[..., None], shell * (0.55 + 0.35 * lit)[..., None] * bumps[..., None] + 18.0, body
        )
        filling = (v >= -0.02) & (v <= 0.14)
        cream = np.array([246, 236, 214], dtype=np.float32) * (0.8 + 0.2 * lit)[..., None]
        body = np.where(filling[..., None], cream, body)
        colour = _over(colour, body, cover)
        mask = np.maximum(mask, cover)
    return _on_sweep(frame, colour, mask, "macarons", 0.18)


# ---- a rolled charcoal yoga mat -----------------------------------------------------------------------------


def yoga_mat_packshot() -> Image.Image:
    """A rolled charcoal yoga mat on its side with a grey strap, its spiral end to the camera, 9:5 on white."""
    frame = Frame(1350, 750)
    px, py = frame.x * frame.width, frame.y * frame.height
    cy, radius = 390.0, 185.0
    left, right = 300.0, 1170.0
    # the side of the roll: a cylinder from the end face at ``left`` to ``right``
    across = (py - cy) / radius
    side = np.clip((1 - np.abs(across)) * radius + 0.5, 0, 1) * np.clip((px - left) + 0.5, 0, 1)
    side = side * np.clip((right + radius * 0.25 * np.sqrt(np.clip(1 - across**2, 0, 1)) - px) + 0.5, 0, 1)
    nz = np.sqrt(np.clip(1 - across**2, 0, 1))
    lit = _lit(np.zeros_like(across), across, nz, (0.2, -0.6, 0.77))
    grain = _blurred(
        _rng("yoga_mat/grain").normal(0.0, 1.0, (frame.height, frame.width)).astype(np.float32), 0.8
    )
    grain = grain / float(grain.std())
    charcoal = np.array([50, 52, 58], dtype=np.float32)
    tone = (0.55 + 0.75 * lit + 0.9 * lit**8) * (1 + 0.09 * grain)
    body = charcoal * tone[..., None]
    # the mat's outer edge spiralling along the roll: a faint ridge across it near the end
    lap = np.exp(-(((px - left - 60.0 - 25.0 * across) / 3.0) ** 2)) * 0.35
    body = body * (1 + lap)[..., None]
    # the end face: an ellipse of spiral layers, each edge a thin lighter line
    eu, ev = (px - left) / (radius * 0.38), (py - cy) / radius
    er = np.hypot(eu, ev)
    end = np.clip((1 - er) * radius * 0.38 + 0.5, 0, 1)
    theta = np.arctan2(ev, eu)
    turns = (er * 11.0 - theta / (2 * np.pi)) % 1.0
    layer_edge = np.exp(-(((turns - 0.5) * 11.0 * radius * 0.38 / 36.0 / 1.0) ** 2))
    core = er < 0.12
    face = charcoal * (0.7 + 0.08 * grain)[..., None] + (40.0 * layer_edge)[..., None]
    face = np.where(core[..., None], np.full_like(face, 255.0), face)
    hollow = np.clip((0.12 - er) * radius * 0.38 + 0.5, 0, 1)
    # the strap round the middle: a grey webbing band with a small steel buckle on top
    strap_x = 720.0
    strap = np.clip((22.0 - np.abs(px - strap_x - 14.0 * across)) + 0.5, 0, 1) * side
    weave = 0.9 + 0.1 * np.sin(py * 1.9) * np.sin(px * 1.7)
    webbing = np.array([150, 150, 146], dtype=np.float32) * ((0.55 + 0.6 * lit) * weave)[..., None]
    buckle = np.clip((1 - (((px - strap_x + 8.0) / 30.0) ** 2 + ((py - cy + 150.0) / 14.0) ** 2)) * 8, 0, 1)
    steel = (
        np.full((frame.height, frame.width, 3), 150.0, dtype=np.float32)
        + (90.0 * np.exp(-(((py - cy + 156.0) / 3.0) ** 2)))[..., None]
    )
    colour = _over(_white(frame), body, side)
    colour = _over(colour, webbing, strap)
    colour = _over(colour, steel, buckle * side)
    colour = _over(colour, face, end)
    mask = np.clip(np.maximum(side, end) * (1 - hollow), 0, 1)
    colour = _over(colour, _white(frame), hollow)
    return _on_sweep(frame, colour, mask, "yoga_mat", 0.3)
