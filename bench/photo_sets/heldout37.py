"""``heldout37``'s pictures: four products a knitwear maker, potter, leather worker and plant seller list, and
one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 5:4 landscape of 1250 x 1000 (wool hat), a 1:1 square of 1100 x 1100 (mug), a
  16:9 landscape of 1440 x 810 (wallet, small in its frame), a 2:3 portrait of 880 x 1320 (houseplant); the
  scene is a 3:4 portrait of 960 x 1280;
- the canvases they are padded onto (``PADDING``): a 1:0.8 landscape with a margin round the hat, a 1:1.3
  portrait about one and a half times as wide as the mug (and the scene), a 1:0.6 wide landscape about two
  and a half times as wide as a small picture of the wallet, and a 1:1.0 square with broad white beside the
  plant's tall picture; every padded picture covers at least 8 % of its canvas;
- a knitted wool hat: a mustard beanie of knit ribs (rows of V stitches) with a folded cuff and a cream
  pompom of fluffy yarn; a ceramic mug with a glossy teal glaze that breaks brown at the rim, a loop handle,
  the lamp's highlight in the glaze; a brown leather wallet, folded, with a stitched edge, a grain, a
  darker card slot and an embossed mark; a small houseplant: a terracotta pot with a rim, dark soil and a
  fan of green leaves with lighter midribs;
- every picture is a phone's night mode indoors, the way a seller photographs at home in the evening: the
  item on a white sheet or poster board under a warm lamp (the white near white in the middle, warmer and
  darker towards the edges, a soft shadow away from the lamp), strong sensor noise merged from several frames
  (fine texture smeared into a waxy look while strong edges stay), strong local tone mapping (shadows lifted,
  highlights compressed, halos along high-contrast edges), the phone's sharpening halos, the lamp's
  orange cast only partly corrected, a faint ghost where something moved between frames, saved as a JPEG at
  quality 83 to 87 with 4:2:0 chroma;
- one full-frame scene: the mug on a wooden bedside table beside the lamp (its shade glowing, the bulb's
  hotspot clipped), a book under it, a dim wall behind, the same night-mode finish.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the sheet or the
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

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "wool_hat": (900, 1.25, 0.8),
    "glazed_mug": (720, 1.5, 1.3),
    "leather_wallet": (560, 2.5, 0.6),
    "houseplant": (820, 1.9, 1.0),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout37/" + name).encode()))


def _fine(name: str, shape: tuple[int, int], radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance noise blurred by ``radius`` px."""
    from scipy import ndimage

    pad = int(3 * float(np.max(radius))) + 1
    values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    return values / float(values.std())


def _ellipse(px: np.ndarray, py: np.ndarray, cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
    d = (np.hypot((px - cx) / rx, (py - cy) / ry) - 1.0) * min(rx, ry)
    return np.clip(0.5 - d, 0, 1)


# ---- the phone's night mode ------------------------------------------------------------------------------


def _sheet(shape: tuple[int, int], name: str, lamp: tuple[float, float]) -> np.ndarray:
    """A white sheet or poster board under the lamp: near white where the lamp points, warmer and darker
    towards the edges, a few soft folds."""
    h, w = shape
    xs, ys = _grid(w, h)
    d = np.hypot((xs / w - lamp[0]) * 1.1, ys / h - lamp[1])
    light = 1.0 - 0.32 * d**1.6
    folds = 0.018 * _fine(name + "/folds", shape, (h / 9.0, w / 30.0)) + 0.006 * _fine(
        name + "/weave", shape, 3.0
    )
    white = np.clip(light + folds, 0.3, 1.05)
    warm = np.clip(d, 0, 1)[..., None] * np.array([0.0, -0.05, -0.13], dtype=np.float32)
    return white[..., None] * (np.ones(3, dtype=np.float32) + warm)


def _shadow(mask: np.ndarray, shift: tuple[int, int], radius: float) -> np.ndarray:
    """The soft shadow the product casts away from the lamp: 1 where it is lit."""
    moved = np.roll(mask, shift, axis=(0, 1))
    return 1.0 - 0.45 * np.clip(_blur(moved, radius), 0, 1)


def _night(
    scene: np.ndarray,
    name: str,
    quality: int,
    mask: np.ndarray | None = None,
    ghost: tuple[np.ndarray, tuple[int, int]] | None = None,
) -> Image.Image:
    """The phone's night-mode capture of ``scene`` (sRGB 0..1, white-balanced as the eye sees it) under a warm
    lamp, and the JPEG at ``quality``; ``ghost`` = (the pixels that moved, how far) leaves a faint second copy.

    The lamp's orange light, a dim exposure and strong sensor noise; several frames merged (the moved part
    twice, faintly), the merge's noise reduction smearing fine texture while strong edges stay; local tone
    mapping that lifts shadows and compresses highlights (halos where it meets high-contrast edges); the white
    balance partly corrected; sharpening; 8 bits and the JPEG."""
    h, w = scene.shape[:2]
    rng = _rng(name + "/sensor")
    out = scene.astype(np.float32)
    if ghost is not None:  # one of the merged frames caught the moved part elsewhere
        moved, (dy, dx) = ghost
        shifted = np.roll(out, (dy, dx), axis=(0, 1))
        where = 0.22 * np.clip(np.roll(moved, (dy, dx), axis=(0, 1)) - moved * 0.6, 0, 1)
        out = _over(out, shifted, where)
    # the lamp's warm light and a dim exposure
    linear = np.clip(out, 0, None) ** 2.2 * np.array([1.0, 0.74, 0.46], dtype=np.float32) * 0.28
    # noise of the merged frames: luminance and blotchy chroma noise, worse in the dark
    noise = rng.normal(0, 1, linear.shape).astype(np.float32) * (0.0015 + 0.02 * np.sqrt(linear))
    blotch = np.stack([_fine(f"{name}/chroma{c}", (h, w), 3.0) for c in range(3)], axis=2)
    linear = np.clip(linear + noise + 0.0012 * blotch, 0, None)
    # the multi-frame noise reduction: smooth where the picture is flat, keep strong edges
    lum = linear.mean(axis=2)
    gy, gx = np.gradient(_blur(np.sqrt(lum + 0.02), 2.0))
    edge = np.clip(np.hypot(gx, gy) / 0.02 - 0.3, 0, 1)[..., None]
    smooth = _blur(linear, (3.5, 3.5, 0))
    linear = smooth * (1.0 - edge) + _blur(linear, (0.7, 0.7, 0)) * edge
    # local tone mapping: each pixel's gain from a blurred base, shadows lifted, highlights compressed
    base = _blur(linear.mean(axis=2), 22.0) + 0.004
    gain = np.clip((0.18 / base) ** 0.62, 0.8, 9.0)
    mapped = linear * gain[..., None]
    mapped = mapped / (1.0 + 0.55 * mapped)  # the highlights' shoulder
    # exposed so the brightest white reads near white; the white balance partly corrects the orange
    ref = np.percentile(_blur(mapped, (4.0, 4.0, 0)).reshape(-1, 3), 99.0, axis=0) + 1e-4
    mapped = mapped / ref * np.array([1.0, 0.975, 0.935], dtype=np.float32) ** 2.2 * 1.02
    out = np.clip(mapped, 0, 1) ** (1 / 2.2)
    out = out + 0.9 * (out - _blur(out, (1.8, 1.8, 0)))  # sharpening, with its halos
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, subsampling=2)
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# ---- a knitted wool hat ----------------------------------------------------------------------------------


def wool_hat_packshot() -> Image.Image:
    """A mustard knitted beanie, ribbed, a folded cuff, a cream pompom, on a white sheet, 5:4."""
    w, h = 1250, 1000
    px, py = _grid(w, h)
    cx = 620.0
    crown = _ellipse(px, py, cx, 560.0, 330.0, 330.0) * (py < 560.0)
    body = np.maximum(crown, _box(px, py, cx - 330, 540.0, cx + 330, 760.0, 4.0))
    cuff = _box(px, py, cx - 345, 660.0, cx + 345, 800.0, 26.0)
    pom = np.clip(
        _ellipse(px, py, cx, 230.0, 120.0, 110.0)
        + 0.6
        * _fine("hat/pom_edge", (h, w), 3.0)
        * (_ellipse(px, py, cx, 230.0, 135.0, 125.0) - _ellipse(px, py, cx, 230.0, 105.0, 95.0)),
        0,
        1,
    )
    hat = np.maximum(body, cuff)
    # knit ribs: columns of V stitches that converge towards the crown
    lean = (px - cx) * (1.0 - np.clip((700.0 - py) / 600.0, 0, 0.6))
    col = np.abs(np.sin(lean / 9.0))
    vs = np.abs(np.sin(py / 6.0 + np.sign(np.sin(lean / 18.0)) * lean / 12.0))
    knit = 0.72 + 0.2 * col + 0.12 * vs + 0.05 * _fine("hat/fuzz", (h, w), 1.0)
    rib = 0.72 + 0.3 * np.abs(np.sin((px - cx) / 7.0))
    mustard = _rgb(204, 150, 44)
    colour = _sheet((h, w), "wool_hat", (0.35, 0.3))
    colour = colour * _shadow(np.maximum(hat, pom), (26, 34), 22.0)[..., None]
    colour = _over(colour, mustard[None, None, :] * knit[..., None], body)
    colour = _over(colour, mustard[None, None, :] * 0.92 * rib[..., None], cuff)
    fluff = 0.82 + 0.12 * _fine("hat/pom", (h, w), 1.5) + 0.1 * np.clip((260.0 - py) / 120.0, -1, 1)
    colour = _over(colour, _rgb(236, 226, 204)[None, None, :] * fluff[..., None], pom)
    mask = np.maximum.reduce([hat, pom])
    return _night(colour, "wool_hat", 85, mask, ghost=(pom, (0, 9)))


# ---- a ceramic mug with a glossy glaze -------------------------------------------------------------------


def _mug(px: np.ndarray, py: np.ndarray, cx: float, top: float, s: float) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask) of a mug 360 * ``s`` px wide standing with its rim at ``top``."""
    half, height = 180.0 * s, 420.0 * s
    body = _box(px, py, cx - half, top, cx + half, top + height, 26.0 * s)
    rim = _ellipse(px, py, cx, top, half, 34.0 * s)
    inside = _ellipse(px, py, cx, top + 3 * s, half - 14 * s, 26.0 * s)
    hd = np.abs(np.hypot((px - cx - half - 10 * s) / (78.0 * s), (py - top - 190 * s) / (118.0 * s)) - 1.0)
    handle = np.clip((0.24 - hd) * 90.0 * s, 0, 1) * (px > cx + half - 8 * s)
    u = (px - cx) / half
    teal = _rgb(30, 120, 122)
    shade = np.clip(1.0 - 0.55 * u**2 + 0.1 * u, 0.25, 1.1)
    glaze = teal[None, None, :] * shade[..., None]
    brown = np.clip(1.0 - (py - top) / (40.0 * s), 0, 1)  # the glaze breaks brown at the rim
    glaze = _over(glaze, _rgb(120, 72, 40), brown * 0.8)
    highlight = np.exp(-(((u + 0.45) / 0.07) ** 2)) * np.clip((py - top - 40 * s) / (60 * s), 0, 1)
    highlight *= np.clip((top + height - 50 * s - py) / (60 * s), 0, 1)
    glaze = glaze + 0.85 * highlight[..., None]
    colour = glaze * body[..., None]
    mask = np.maximum.reduce([body, rim, handle])
    colour = _over(colour, _rgb(26, 104, 108) * 0.85, handle * (1.0 - body))
    colour = _over(colour, _rgb(130, 80, 46), rim)
    colour = _over(colour, _rgb(236, 230, 214) * 0.55, inside)
    return colour, mask


def glazed_mug_packshot() -> Image.Image:
    """A ceramic mug in a glossy teal glaze breaking brown at the rim, the lamp's highlight in it, 1:1."""
    w, h = 1100, 1100
    px, py = _grid(w, h)
    colour, mask = _mug(px, py, 500.0, 300.0, 1.25)
    backdrop = _sheet((h, w), "glazed_mug", (0.3, 0.35))
    backdrop = backdrop * _shadow(mask, (20, 60), 30.0)[..., None]
    picture = _over(backdrop, colour, mask)
    return _night(picture, "glazed_mug", 86, mask)


# ---- a leather wallet ------------------------------------------------------------------------------------


def leather_wallet_packshot() -> Image.Image:
    """A folded brown leather wallet, stitched edge, grain, a card slot and an embossed mark, 16:9 (small)."""
    w, h = 1440, 810
    px, py = _grid(w, h)
    x0, y0, x1, y1 = 520.0, 260.0, 940.0, 580.0
    wallet = _box(px, py, x0, y0, x1, y1, 22.0)
    grain = 1.0 + 0.06 * _fine("wallet/grain", (h, w), 1.3) + 0.04 * _fine("wallet/pores", (h, w), 0.6)
    brown = _rgb(112, 62, 34)[None, None, :] * grain[..., None]
    brown = brown * (1.0 - 0.25 * np.clip((py - y0) / (y1 - y0), 0, 1))[..., None]
    colour = _sheet((h, w), "leather_wallet", (0.55, 0.25))
    colour = colour * _shadow(wallet, (14, 18), 12.0)[..., None]
    colour = _over(colour, brown, wallet)
    edge = _box(px, py, x0 + 14, y0 + 14, x1 - 14, y1 - 14, 12.0) - _box(
        px, py, x0 + 17, y0 + 17, x1 - 17, y1 - 17, 10
    )
    stitches = np.clip(edge, 0, 1) * ((((px + py) % 14.0) < 8.0).astype(np.float32))
    colour = _over(colour, _rgb(214, 190, 150), stitches)
    slot = _box(px, py, x0 + 40, y0 + 70, x1 - 40, y0 + 80, 3.0)
    colour = _over(colour, _rgb(40, 22, 12), slot)
    mark = _ellipse(px, py, 730.0, 470.0, 40.0, 40.0) - _ellipse(px, py, 730.0, 470.0, 34.0, 34.0)
    colour = colour * (1.0 - 0.35 * np.clip(mark, 0, 1))[..., None]
    return _night(colour, "leather_wallet", 84, wallet)


# ---- a small houseplant in a pot -------------------------------------------------------------------------


def _plant(px: np.ndarray, py: np.ndarray, cx: float, base: float, s: float, name: str):
    """(colour, mask) of a terracotta pot with a fan of leaves, its bottom at ``base``, 300 * ``s`` wide."""
    shape = px.shape
    top = base - 300.0 * s
    half = 150.0 * s
    taper = 150.0 * s - 30.0 * s * np.clip((py - top) / (300.0 * s), 0, 1)
    pot = np.clip(np.minimum(taper - np.abs(px - cx), np.minimum(py - top, base - py)) + 0.5, 0, 1)
    rim = _box(px, py, cx - half - 12 * s, top - 10 * s, cx + half + 12 * s, top + 50 * s, 6 * s)
    clay = (
        _rgb(188, 98, 62)[None, None, :]
        * ((0.85 + 0.25 * (1 - ((px - cx) / (150 * s)) ** 2)) + 0.05 * _fine(name + "/clay", shape, 1.5))[
            ..., None
        ]
    )
    leaves = np.zeros(shape, dtype=np.float32)
    veins = np.zeros(shape, dtype=np.float32)
    tone = np.zeros(shape, dtype=np.float32)
    for i, angle in enumerate(np.linspace(-1.1, 1.1, 7)):
        length = (260.0 + 80.0 * np.cos(angle * 2.0)) * s
        ax, ay = cx, top + 10 * s
        mx, my = ax + np.sin(angle) * length * 0.55, ay - np.cos(angle) * length * 0.55
        u = (px - mx) * np.sin(angle) - (py - my) * np.cos(angle)
        v = (px - mx) * np.cos(angle) + (py - my) * np.sin(angle)
        leaf = np.clip((1.0 - np.hypot(u / (length * 0.5), v / (52.0 * s))) * 40.0 * s, 0, 1)
        leaves = np.maximum(leaves, leaf)
        veins = np.maximum(veins, leaf * np.clip(2.5 * s - np.abs(v) + 0.5, 0, 1))
        tone = np.where(leaf > 0.5, 0.8 + 0.06 * i % 3 + 0.1 * np.clip(v / (52.0 * s), -1, 1), tone)
    green = _rgb(52, 128, 60)[None, None, :] * tone[..., None]
    colour = _over(np.zeros(shape + (3,), dtype=np.float32), clay, pot)
    colour = _over(colour, clay * 1.05, rim)
    soil = _ellipse(px, py, cx, top - 2 * s, half - 4 * s, 14 * s)
    colour = _over(colour, _rgb(52, 36, 26), soil)
    colour = _over(colour, green, leaves)
    colour = _over(colour, _rgb(150, 196, 120), veins * 0.8)
    mask = np.maximum.reduce([pot, rim, leaves])
    return colour, mask, leaves


def houseplant_packshot() -> Image.Image:
    """A small houseplant in a terracotta pot, a fan of leaves, on white poster board, 2:3."""
    w, h = 880, 1320
    px, py = _grid(w, h)
    colour, mask, leaves = _plant(px, py, 440.0, 1120.0, 1.3, "plant")
    backdrop = _sheet((h, w), "houseplant", (0.5, 0.4))
    backdrop = backdrop * _shadow(mask, (10, 40), 26.0)[..., None]
    picture = _over(backdrop, colour, mask)
    return _night(picture, "houseplant", 83, mask, ghost=(leaves, (-6, 8)))


# ---- a bedside table -------------------------------------------------------------------------------------


def bedside_table_scene() -> Image.Image:
    """The mug on a wooden bedside table beside the lit lamp, a book under it, a dim wall, 3:4."""
    w, h = 960, 1280
    px, py = _grid(w, h)
    glow = np.exp(-((np.hypot(px - 250.0, py - 420.0) / 520.0) ** 2))
    wall = (
        _rgb(190, 180, 164)[None, None, :]
        * (0.25 + 0.75 * glow + 0.03 * _fine("table/wall", (h, w), 6.0))[..., None]
    )
    top = 760.0
    table = np.clip(py - top + 0.5, 0, 1)
    wood_lines = 0.8 + 0.12 * np.sin(px / 11.0 + 3.0 * _fine("table/wood", (h, w), (30.0, 4.0)))
    wood = _rgb(120, 76, 44)[None, None, :] * wood_lines[..., None] * (0.6 + 0.6 * glow)[..., None]
    colour = _over(wall, wood, table)
    edge = np.clip(np.minimum(py - top, top + 26 - py) + 0.5, 0, 1)
    colour = _over(colour, _rgb(150, 100, 60), edge)
    # the lamp: a round base, a stem and a glowing fabric shade, the bulb's hotspot clipped
    lamp_base = _ellipse(px, py, 250.0, 820.0, 110.0, 28.0)
    stem = _box(px, py, 238.0, 480.0, 262.0, 820.0, 6.0)
    shade = np.clip(np.minimum(py - 250.0, 500.0 - py) + 0.5, 0, 1) * np.clip(
        (120.0 + (py - 250.0) * 0.3) - np.abs(px - 250.0) + 0.5, 0, 1
    )
    colour = _over(colour, _rgb(60, 56, 52), np.maximum(lamp_base, stem))
    shade_lit = (
        _rgb(255, 246, 228)[None, None, :] * (1.1 + 0.4 * np.exp(-(((py - 480.0) / 40.0) ** 2)))[..., None]
    )
    colour = _over(colour, shade_lit, shade)
    # a book, and the mug on it
    book = _box(px, py, 470.0, 800.0, 860.0, 860.0, 4.0)
    colour = _over(colour, _rgb(140, 40, 46) * 0.8, book)
    pages = _box(px, py, 478.0, 806.0, 852.0, 822.0, 2.0)
    colour = _over(colour, _rgb(230, 220, 196) * 0.8, pages)
    mug_colour, mug = _mug(px, py, 640.0, 570.0, 0.55)
    colour = _over(colour, mug_colour, mug)
    return _night(np.clip(colour, 0, 1.6), "bedside_table", 87, None, ghost=(shade, (0, 5)))
