"""``heldout11``'s pictures: three products a shoe, plant and bicycle shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 3:4 portrait of 1050 x 1400 (boot), a 1500 px square (cactus), a 2:1
  landscape of 2000 x 1000 around a small, open product (chain); the scene is a 16:9 landscape of
  1664 x 936;
- the canvases they are padded onto (``PADDING``): an almost square one whose height is flush with the
  boot's picture (a 2 % margin on its longest side), a 5:3 landscape (as tall as the potted cactus needs),
  a 5:2 banner around a very small picture;
- a glossy black leather product with clipped specular highlights (a Chelsea ankle boot: smooth
  leather with a fine grain, creases over the instep, a ribbed elastic gore, a stitched welt and a
  stacked heel); a product fringed with hundreds of 1 px spines (a ribbed columnar cactus with one arm
  in a grey concrete pot); a thin, open metal product that encloses the backdrop and is full of small
  gaps (a bicycle chain laid in a loose loop, its plates, rollers and rivets);
- every picture is finished the way a photo-sharing app's "faded" filter finishes it: the black point
  lifted (no pixel darker than about 20), cool shadows and warm midtones, a gentle S-curve, a tenth less
  saturation, a fine monochrome film grain, saved as a JPEG at quality 78 with 4:2:0 chroma (pure white
  stays white);
- one full-frame scene: the cactus on a terrazzo table before a warm plaster wall, a patch of low sun on
  the wall crossed by the shadows of a window's bars (the patch clips to white) and the cactus's hard
  shadow.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its
shadow or backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageDraw

from bench.photo_sets.heldout4 import SUPERSAMPLE, Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout10 import _rounded, _smooth

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "boot": (700, 1.02, 0.98),
    "cactus": (790, 1.33, 0.6),
    "chain": (350, 4.5, 0.4),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout11/" + name).encode()))


def _curve(values: np.ndarray, lift: float, warmth: float) -> np.ndarray:
    """One channel's tone curve: a gentle S-curve, the black point lifted to ``lift``, midtones pushed by
    ``warmth``; 255 stays 255."""
    t = np.clip(values / 255.0, 0.0, 1.0)
    s = t + 0.10 * np.sin(2 * np.pi * t) * (1 - t) * 0.9  # a soft S: darker quarter-tones, brighter
    s = np.clip(s + warmth * np.sin(np.pi * s), 0.0, 1.0)
    return lift + (255.0 - lift) * s


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A photo-sharing app's faded filter: lifted blacks, cool shadows and warm mids, a soft S-curve, less
    saturation, fine film grain, JPEG quality 78 with 4:2:0 chroma."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    h, w = pixels.shape[:2]
    pixels = np.clip(pixels, 0.0, 255.0)
    white = pixels.min(axis=2) >= 254.5
    grey = pixels.mean(axis=2, keepdims=True)
    pixels = grey + 0.9 * (pixels - grey)
    grain = _blurred(_rng(name + "/grain").normal(0.0, 3.0, (h, w)), 0.6)
    pixels = pixels + (grain * (1.0 - np.abs(grey[..., 0] / 127.5 - 1.0) ** 2))[..., None]
    out = np.stack(
        [_curve(pixels[..., 0], 20.0, 0.035), _curve(pixels[..., 1], 21.0, 0.015),
         _curve(pixels[..., 2], 28.0, -0.02)],
        axis=2,
    )
    out[white] = 255.0
    image = Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=78, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _chaikin(points: list[tuple[float, float]], rounds: int = 4) -> list[tuple[float, float]]:
    """A closed outline's corners cut ``rounds`` times: a smooth curve through the drawn shape."""
    pts = np.asarray(points, dtype=np.float64)
    for _ in range(rounds):
        nxt = np.roll(pts, -1, axis=0)
        pts = np.stack([0.75 * pts + 0.25 * nxt, 0.25 * pts + 0.75 * nxt], axis=1).reshape(-1, 2)
    return [(float(x), float(y)) for x, y in pts]


def _shape(frame: Frame, points: list[tuple[float, float]], smooth: bool = True) -> np.ndarray:
    """The antialiased mask of a closed outline given in shares of the frame."""
    outline = _chaikin(points) if smooth else points
    return frame.mask(lambda d, at: d.polygon([tuple(at(x, y)) for x, y in outline], fill=255))


def _lit(nx: np.ndarray, ny: np.ndarray, nz: np.ndarray, light: tuple[float, float, float]) -> np.ndarray:
    lx, ly, lz = np.asarray(light) / np.linalg.norm(light)
    return np.clip(nx * lx + ny * ly + nz * lz, 0.0, 1.0)


# ---- a black leather Chelsea boot, side view ----------------------------------------------------------


def boot_packshot() -> Image.Image:
    """A glossy black leather Chelsea boot standing in profile, toe to the right, on white."""
    frame = Frame(1050, 1400)
    x, y = frame.x, frame.y
    upper = _shape(frame, [(0.215, 0.80), (0.195, 0.62), (0.20, 0.40), (0.215, 0.21), (0.24, 0.175),
                           (0.40, 0.17), (0.52, 0.18), (0.53, 0.34), (0.555, 0.49), (0.63, 0.565),
                           (0.76, 0.625), (0.855, 0.675), (0.895, 0.735), (0.89, 0.795)])
    sole = _shape(frame, [(0.205, 0.79), (0.90, 0.78), (0.912, 0.805), (0.89, 0.828), (0.50, 0.832),
                          (0.43, 0.815), (0.375, 0.816), (0.372, 0.862), (0.218, 0.862), (0.205, 0.84)],
                  smooth=False)
    gore = _shape(frame, [(0.30, 0.172), (0.44, 0.172), (0.41, 0.33), (0.375, 0.46), (0.34, 0.33)])
    tab = frame.mask(lambda d, at: d.rounded_rectangle(at(0.185, 0.115, 0.235, 0.20), radius=14 * SUPERSAMPLE,
                                                       fill=255))
    tab_hole = frame.mask(lambda d, at: d.rounded_rectangle(at(0.198, 0.128, 0.222, 0.168),
                                                            radius=8 * SUPERSAMPLE, fill=255))
    tab = tab * (1 - tab_hole) * (1 - upper)
    mask = np.maximum.reduce([upper, sole, tab])
    # the leather: a dome over the upper, lit from the upper left, a glossy highlight that clips
    nx, ny, nz = _rounded(upper, 120.0)
    grain = frame.noise("boot/grain", 420) - 0.5
    ny_g = ny + 0.05 * grain
    diffuse = _lit(nx, ny_g, nz, (-0.5, 0.7, 0.6))
    half = np.stack([nx - 0.35, ny_g - 0.55, nz + 1.0])
    spec = np.clip((nx * -0.35 + ny_g * 0.55 + nz * 1.0) / np.linalg.norm(half, axis=0), 0, 1) ** 40
    creases = np.sin(2 * np.pi * ((x - 0.6) * 0.8 + (y - 0.57) * 0.6) / 0.018) ** 8
    creases = creases * frame.blob(0.64, 0.585, 0.06, 0.035)
    # the gloss: a long reflection of the softbox down the shaft's front and over the toe cap, clipping
    gloss = np.exp(-(((x - 0.47 + 0.25 * (y - 0.2)) / 0.018) ** 2)) * _smooth(0.19, 0.26, y) * _smooth(0.52, 0.44, y)
    gloss = gloss + 1.4 * np.exp(-(((x - 0.80) / 0.05) ** 2) - ((y - 0.675 + 0.5 * (x - 0.8)) / 0.012) ** 2)
    gloss = gloss + 0.5 * np.exp(-(((x - 0.25) / 0.012) ** 2)) * _smooth(0.2, 0.3, y) * _smooth(0.78, 0.6, y)
    leather = 14.0 + 26.0 * diffuse + 300.0 * spec + 260.0 * gloss * (0.85 + 0.3 * grain) + 3.0 * grain
    leather = leather - 10.0 * creases
    leather = leather + 90.0 * np.exp(-(((y - 0.58 - 0.9 * (x - 0.63) ** 2 * 3) / 0.006) ** 2)) * (
        frame.blob(0.70, 0.60, 0.10, 0.06))  # the light along the instep's ridge
    colour = leather[..., None] * np.array([1.0, 0.97, 0.95], dtype=np.float32)
    # the elastic gore: matte, fine vertical ribs
    ribs = 0.75 + 0.25 * np.sin(2 * np.pi * x * 1050 / 5.0)
    elastic = (30.0 + 14.0 * diffuse) * ribs
    colour = colour * (1 - gore[..., None]) + (elastic[..., None] * np.array([1.0, 1.0, 1.03])) * gore[..., None]
    # the stitched welt just above the sole, and the stitching round the gore
    welt = np.exp(-(((y - (0.785 - 0.014 * (x - 0.2))) / 0.003) ** 2)) * (x > 0.22) * (x < 0.885)
    dashes = (np.sin(2 * np.pi * x * 1050 / 9.0) > 0.1).astype(np.float32)
    colour += (welt * dashes * 70.0)[..., None] * upper[..., None]
    # the pull tab: brown webbing
    webbing = (88.0 + 20.0 * (frame.noise("boot/webbing", 300) - 0.5))[..., None] * np.array(
        [0.62, 0.42, 0.28], dtype=np.float32) * 1.6
    colour = colour * (1 - tab[..., None]) + webbing * tab[..., None]
    # the sole: dark rubber, a lighter sanded edge, a stacked heel's layers
    rubber = 30.0 + 10.0 * frame.noise("boot/rubber", 200)
    edge = 30.0 * np.exp(-(((y - 0.80) / 0.006) ** 2))
    layers = 6.0 * np.sin(2 * np.pi * y * 1400 / 7.0) * (x < 0.375) * (y > 0.83)
    sole_colour = (rubber + edge + layers)[..., None] * np.array([1.0, 0.9, 0.82], dtype=np.float32)
    colour = colour * (1 - sole[..., None]) + sole_colour * sole[..., None]
    backdrop = _shade(_white(frame), _blurred(frame.blob(0.56, 0.862, 0.36, 0.010), 2.0), 0.7)
    backdrop = _shade(backdrop, _soft(mask, 18, 14, 6) * (1 - mask), 0.16)
    return _as_photo(_over(backdrop, colour, mask), "boot", mask)


# ---- a ribbed columnar cactus in a concrete pot ---------------------------------------------------------


def _capsule(frame: Frame, x0: float, y0: float, x1: float, y1: float, half: float) -> np.ndarray:
    """A rounded stroke from (x0, y0) to (x1, y1), ``half`` its half width; all in px."""
    w, h = frame.width, frame.height
    return frame.mask(lambda d, at: [
        d.line([*at(x0 / w, y0 / h), *at(x1 / w, y1 / h)], fill=255, width=round(2 * half * SUPERSAMPLE)),
        d.ellipse(at((x0 - half) / w, (y0 - half) / h, (x0 + half) / w, (y0 + half) / h), fill=255),
        d.ellipse(at((x1 - half) / w, (y1 - half) / h, (x1 + half) / w, (y1 + half) / h), fill=255),
    ])


def _cactus(frame: Frame, cx: float, base: float, size: float, name: str) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a concrete pot and a ribbed cactus column with one arm, spines on every areole.
    ``cx`` in shares of the width, ``base`` (the pot's foot) of the height, ``size`` (the whole height) px."""
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    ox, oy = cx * w, base * h
    rng = _rng(name)
    # the pot: a slightly tapered cylinder, its rim an ellipse
    pot_h, top_r, foot_r = 0.30 * size, 0.20 * size, 0.165 * size
    rim_y = oy - pot_h
    t = np.clip((py - rim_y) / pot_h, 0, 1)
    radius = top_r + (foot_r - top_r) * t
    pot = np.clip(radius - np.abs(px - ox) + 0.5, 0, 1) * np.clip(py - rim_y + 0.5, 0, 1)
    pot *= np.clip(oy - py + 0.5, 0, 1)
    rim_ry = 0.05 * size
    rim = np.clip(1.0 - np.hypot((px - ox) / top_r, (py - rim_y) / rim_ry), 0, 1) * 60.0
    rim = np.clip(rim, 0, 1)
    foot_round = np.clip(1.0 - np.hypot((px - ox) / foot_r, (py - oy) / rim_ry), 0, 1) * 60.0
    pot = np.maximum.reduce([pot, rim, np.clip(foot_round, 0, 1) * (py >= oy)])
    u = np.clip((px - ox) / np.maximum(radius, 1), -1, 1)
    shade = 0.55 + 0.45 * np.clip(-0.55 * u + 0.8 * np.sqrt(1 - u**2), 0, 1)
    pits = (frame.noise(name + "/pits", 260) < 0.08).astype(np.float32)
    concrete = (150.0 + 24.0 * (frame.noise(name + "/cement", 120, octaves=3) - 0.5)) * shade - 40.0 * pits
    colour = np.repeat(concrete[..., None], 3, axis=2) * np.array([1.0, 0.99, 0.96], dtype=np.float32)
    inside = np.clip(1.0 - np.hypot((px - ox) / (0.9 * top_r), (py - rim_y) / (0.8 * rim_ry)), 0, 1) * 60.0
    inside = np.clip(inside, 0, 1)
    gravel = (60.0 + 60.0 * frame.noise(name + "/gravel", 500))[..., None] * np.array([0.9, 0.85, 0.78])
    colour = colour * (1 - inside[..., None]) + gravel * inside[..., None]
    # the cactus: the column, an arm's elbow and its upright; ribs across each, shaded as a cylinder
    col_half = 0.085 * size
    parts = [
        (_capsule(frame, ox - 0.17 * size, rim_y - 0.40 * size, ox - 0.05 * size, rim_y - 0.40 * size,
                  0.05 * size), "y", rim_y - 0.40 * size, 0.05 * size),
        (_capsule(frame, ox - 0.18 * size, rim_y - 0.40 * size, ox - 0.18 * size, rim_y - 0.60 * size,
                  0.055 * size), "x", ox - 0.18 * size, 0.055 * size),
        (_capsule(frame, ox, rim_y + 0.02 * size, ox, oy - 0.94 * size, col_half), "x", ox, col_half),
    ]
    plant = np.zeros_like(px)
    green = np.zeros((h, w, 3), dtype=np.float32)
    areoles: list[tuple[float, float]] = []
    for part, axis, centre, half in parts:
        across = ((px - centre) if axis == "x" else (py - centre)) / half
        a = np.clip(across, -1, 1)
        ribs = 0.55 + 0.45 * np.cos(np.pi * 4.5 * np.arcsin(a) / (np.pi / 2)) ** 2
        nz = np.sqrt(1 - a**2)
        light = (-0.5 * a + 0.85 * nz) if axis == "x" else (-0.7 * a + 0.7 * nz)
        tone = (0.25 + 0.75 * np.clip(light, 0, 1)) * ribs
        skin = (0.92 + 0.16 * frame.noise(name + "/skin", 240))[..., None] * np.array([62, 118, 72]) * 1.25
        piece = skin * tone[..., None]
        green = green * (1 - part[..., None]) + piece * part[..., None]
        plant = np.maximum(plant, part)
        ys, xs = np.nonzero(part > 0.5)
        if axis == "y":  # the elbow's areoles hide under the upright's and the column's
            continue
        lo, hi = ys.min(), ys.max()
        for k in range(-4, 5):  # the rib crests, seen as arcsin(across) = k/4.5 * pi/2
            offset = np.sin(k / 4.5 * np.pi / 2) * half
            stagger = 0.0275 * size * (k % 2)
            for along in np.arange(lo + 8 + stagger, hi - 4, 0.055 * size):
                areoles.append((centre + offset, along + rng.uniform(-2, 2)))
    colour = colour * (1 - plant[..., None]) + green * plant[..., None]
    spine_len = 0.035 * size

    def spines(d: ImageDraw.ImageDraw, at, paint: bool) -> None:
        k = at(1.0 / w)[0]
        for sx, sy in areoles:
            for angle in rng.uniform(0, 2 * np.pi, 5):
                length = spine_len * rng.uniform(0.6, 1.1)
                tone = rng.uniform(0.85, 1.0)
                fill = tuple(int(v * tone) for v in (236, 226, 178)) if paint else 255
                d.line([sx * k, sy * k, (sx + length * np.cos(angle)) * k, (sy + length * np.sin(angle)) * k],
                       fill=fill, width=max(1, round(0.9 * k)))
            r = 0.006 * size
            d.ellipse([(sx - r) * k, (sy - r) * k, (sx + r) * k, (sy + r) * k],
                      fill=(232, 230, 220) if paint else 255)

    state = rng.bit_generator.state
    spine_mask = frame.mask(lambda d, at: spines(d, at, False))
    rng.bit_generator.state = state  # the same spines painted as masked
    spine_colour = frame.painting(lambda d, at: spines(d, at, True))
    spine_colour = spine_colour / np.maximum(spine_mask[..., None], 1e-3)
    colour = colour * (1 - spine_mask[..., None]) + spine_colour * spine_mask[..., None]
    mask = np.maximum.reduce([pot, plant, spine_mask])
    return colour, mask


def cactus_packshot() -> Image.Image:
    """The potted cactus on white in a 1500 px square, a soft contact shadow under the pot."""
    frame = Frame(1500, 1500)
    colour, mask = _cactus(frame, 0.52, 0.86, 1180.0, "cactus")
    backdrop = _shade(_white(frame), _blurred(frame.blob(0.53, 0.862, 0.19, 0.012), 3.0), 0.6)
    backdrop = _shade(backdrop, _soft(mask, 16, 18, 4) * (1 - mask), 0.12)
    return _as_photo(_over(backdrop, colour, mask), "cactus", mask)


def terrazzo_scene() -> Image.Image:
    """The cactus on a terrazzo table before a warm plaster wall, a patch of low sun with window bars."""
    frame = Frame(1664, 936)
    x, y = frame.x, frame.y
    table_top = 0.74
    trowel = frame.noise("terrazzo/trowel", 18, octaves=4)
    wall = (0.86 + 0.14 * trowel)[..., None] * np.array([206, 168, 136], dtype=np.float32)
    wall *= (0.78 + 0.3 * frame.blob(0.45, 0.3, 0.8, 0.7))[..., None]
    # the sun patch: a skewed window, two bars across it, soft penumbra
    sx = x - 0.45 * (table_top - y)
    patch = _smooth(0.50, 0.51, sx) * _smooth(0.93, 0.92, sx) * _smooth(0.06, 0.07, y) * _smooth(0.66, 0.65, y)
    bars = (np.abs(sx - 0.715) < 0.008) | (np.abs(y - 0.36) < 0.012)
    patch = _blurred(patch * (1 - bars), 2.5)
    scene = wall * (1 + 0.9 * patch)[..., None]
    # the terrazzo: an off-white cement with chips of marble in three colours
    cement = (0.94 + 0.05 * frame.noise("terrazzo/cement", 200))[..., None] * np.array(
        [226, 222, 214], dtype=np.float32)
    for seed, tint, share in (("red", (190, 110, 90), 0.06), ("grey", (120, 120, 118), 0.07),
                              ("green", (110, 140, 120), 0.04)):
        chips = frame.noise("terrazzo/" + seed, 260) > 1.0 - share * 2.2
        cement[chips] = np.array(tint, dtype=np.float32) * (0.9 + 0.2 * frame.noise("terrazzo/" + seed + "v", 60))[
            chips][..., None]
    perspective = (0.85 + 0.2 * (y - table_top) / (1 - table_top))[..., None]
    top = y >= table_top
    scene = np.where(top[..., None], cement * perspective, scene)
    scene[(y > 0.958)] *= 0.55  # the table's front edge in shade
    colour, mask = _cactus(frame, 0.34, 0.90, 640.0, "terrazzo/cactus")
    # its hard shadow on the wall (the sun from the left), and a contact shadow on the table
    shadow = np.roll(mask, (-40, 170), axis=(0, 1)) * (~top)
    scene = _shade(scene, _blurred(shadow, 3.0) * (0.35 + 0.4 * patch), 0.55)
    scene = _shade(scene, frame.blob(0.36, 0.90, 0.08, 0.012), 0.5)
    return _as_photo(_over(scene, colour, mask), "terrazzo")


# ---- a bicycle chain laid in a loose loop ----------------------------------------------------------------


def chain_packshot() -> Image.Image:
    """A bicycle chain in a loose loop, small in a wide 2:1 frame: outer and inner plates, rollers, rivets."""
    frame = Frame(2000, 1000)
    w, h = frame.width, frame.height
    rng = _rng("chain")
    pitch = 34.0
    # the path: a slack loop, its radius wobbling
    theta = np.linspace(0, 2 * np.pi, 4000)
    wobble = 1.0 + 0.08 * np.sin(2 * theta + 0.7) + 0.05 * np.sin(3 * theta + 2.1)
    path = np.stack([1000 + 380 * wobble * np.cos(theta), 500 + 250 * wobble * np.sin(theta)], axis=1)
    steps = np.hypot(*np.diff(path, axis=0).T)
    dist = np.concatenate([[0.0], np.cumsum(steps)])
    n = int(dist[-1] // pitch)
    at_s = np.arange(n + 1) * (dist[-1] / n)
    pins = np.stack([np.interp(at_s, dist, path[:, 0]), np.interp(at_s, dist, path[:, 1])], axis=1)

    def plates(outer: bool) -> tuple[np.ndarray, list[tuple[float, float, float, float]]]:
        boxes = []

        def draw(d: ImageDraw.ImageDraw, at) -> None:
            k = at(1.0 / w)[0]
            r = (0.46 if outer else 0.40) * pitch
            waist = (0.24 if outer else 0.31) * pitch
            for i in range(n):
                if (i % 2 == 0) != outer:
                    continue
                (x0, y0), (x1, y1) = pins[i], pins[i + 1]
                dx, dy = (x1 - x0) / pitch, (y1 - y0) / pitch
                qx, qy = -dy * waist, dx * waist
                d.polygon([((x0 + qx) * k, (y0 + qy) * k), ((x1 + qx) * k, (y1 + qy) * k),
                           ((x1 - qx) * k, (y1 - qy) * k), ((x0 - qx) * k, (y0 - qy) * k)], fill=255)
                for cx, cy in ((x0, y0), (x1, y1)):
                    d.ellipse([(cx - r) * k, (cy - r) * k, (cx + r) * k, (cy + r) * k], fill=255)
                boxes.append((x0, y0, x1, y1))

        return frame.mask(draw), boxes

    inner, _ = plates(False)
    outer, _ = plates(True)
    rivets = frame.mask(lambda d, at: [
        d.ellipse(at((cx - 0.12 * pitch) / w, (cy - 0.12 * pitch) / h, (cx + 0.12 * pitch) / w,
                     (cy + 0.12 * pitch) / h), fill=255) for cx, cy in pins[:n]])
    rollers = frame.mask(lambda d, at: [
        d.ellipse(at((cx - 0.31 * pitch) / w, (cy - 0.31 * pitch) / h, (cx + 0.31 * pitch) / w,
                     (cy + 0.31 * pitch) / h), fill=255) for cx, cy in pins[:n]])
    mask = np.maximum.reduce([inner, outer])
    brushed = frame.noise("chain/brushed", 700) - 0.5
    oil = frame.noise("chain/oil", 30, octaves=2)
    colour = np.zeros((h, w, 3), dtype=np.float32)
    for part, base, radius in ((inner, 70.0, 5.0), (rollers * inner, 55.0, 4.0), (outer, 150.0, 6.0)):
        nx, ny, nz = _rounded(part, radius)
        spec = _lit(nx, ny, nz, (-0.4, 0.6, 0.7)) ** 30
        steel = base * (0.8 + 0.25 * _lit(nx, ny, nz, (-0.3, 0.5, 0.8))) + 140.0 * spec + 20.0 * brushed
        steel = steel * (1.0 - 0.35 * oil)
        colour = colour * (1 - part[..., None]) + (steel[..., None] * np.array([0.97, 0.99, 1.0])) * part[..., None]
    rivet_tone = 95.0 + 10.0 * rng.uniform(0.0, 1.0)  # the peened pin ends, darker than the plates
    colour = colour * (1 - rivets[..., None]) + rivet_tone * rivets[..., None] * outer[..., None] + (
        colour * rivets[..., None] * (1 - outer[..., None]))
    backdrop = _shade(_white(frame), _soft(mask, 6, 3, 5) * (1 - mask), 0.35)
    backdrop = _shade(backdrop, _soft(mask, 1.5, 1, 2) * (1 - mask), 0.3)
    return _as_photo(_over(backdrop, colour, mask), "chain", mask)
