"""``heldout25``'s pictures: four products a golf shop, sweet shop, greengrocer and toy shop list, and one
scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: an 8:7 landscape of 1040 x 910 (golf ball), a 1:2 portrait of 560 x 1120
  (candy cane), a 13:10 landscape of 1170 x 900 (avocado), a 6:5 landscape of 1080 x 900 (puzzle cube); the
  scene is a 3:2 landscape of 1290 x 860;
- the canvases they are padded onto (``PADDING``): a 1.72:1 landscape nine times as wide as a very small
  picture of the golf ball, a tall 1:1.52 portrait barely taller than the candy cane's picture, a 1:1.58 portrait
  with broad white above and below the avocado (and the scene) and a 1.28:1 landscape with broad white
  either side of the cube and a slim margin above and below;
- a white dimpled golf ball (a white product on white: hundreds of shallow dimples told apart only by soft
  shading); a red and white striped candy cane, a thin hooked stick 34 px wide (saturated stripes, mostly
  surrounded by backdrop, the hook curling round it); a whole Hass avocado, a very dark pebbly green-black skin
  with a dull sheen; a 3 x 3 puzzle cube with six saturated sticker colours on black plastic seen at an
  angle (flat saturated patches divided by dark grooves);
- every picture is finished the way it looks when a seller screenshots the product page of another shop and
  uploads the screenshot: the browser drew the photo at two thirds of its size with a plain bilinear resize
  (fine detail aliased), the display's colour management nudged the tones (a slightly brighter gamma, a faint
  warm cast; white stays white), the operating system's 150 % display scaling enlarged the screenshot back
  with a bilinear resize (soft, a little stepped), and the screenshot was re-saved as a JPEG at quality 77
  with 4:2:0 chroma; the clipped white sweep is kept white;
- one full-frame scene: the avocado on a rough, oatmeal linen tablecloth beside a wooden board's corner,
  lit from a window on the left.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageDraw

from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout11 import _lit

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "golf_ball": (110, 9.0, 0.58),
    "candy_cane": (1200, 0.68, 1.52),
    "avocado": (800, 1.2, 1.58),
    "puzzle_cube": (850, 1.4, 0.78),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout25/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A screenshot of a product page re-saved as JPEG: drawn at 2/3 size by a bilinear resize, the display's
    colour management (a brighter gamma, a faint warm cast), enlarged back by 150 % display scaling, JPEG 77
    4:2:0; white kept white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    # the photo as shot: a little sensor noise
    pixels = pixels + _rng(name + "/sensor").normal(0.0, 1.5, (h, w, 1)).astype(np.float32)
    pixels[white] = 255.0
    photo = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    # the browser: a plain bilinear shrink to 2/3 (no prefilter over the whole footprint: fine detail aliases)
    from scipy import ndimage

    source = np.asarray(photo, dtype=np.float32)
    small = ndimage.zoom(source, (2 / 3, 2 / 3, 1), order=1, mode="nearest", grid_mode=True)
    # the display's colour management: a slightly brighter gamma and a faint warm cast, white kept white
    small = 255.0 * (small / 255.0) ** 0.94
    small = small * np.array([1.0, 0.992, 0.972], dtype=np.float32) + np.array([0.0, 2.0, 7.0]) * (
        small / 255.0
    )
    # the screenshot at 150 % display scaling, enlarged back to the photo's size
    shot = Image.fromarray(np.clip(small + 0.5, 0, 255).astype(np.uint8))
    shot = shot.resize((w, h), Image.Resampling.BILINEAR)
    stored = io.BytesIO()
    shot.save(stored, "JPEG", quality=77, subsampling=2)
    decoded = np.asarray(Image.open(io.BytesIO(stored.getvalue())).convert("RGB"), dtype=np.float32)
    decoded[white & (decoded.min(axis=2) >= 245.0)] = 255.0
    return Image.fromarray(np.clip(decoded + 0.5, 0, 255).astype(np.uint8))


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit from the upper left: a contact line and a soft shadow down-right."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(mask, 14.0, 9, 12) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


# ---- a golf ball -----------------------------------------------------------------------------------------


def golf_ball_packshot() -> Image.Image:
    """A white dimpled golf ball, 8:7 on white."""
    frame = Frame(1040, 910)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx, cy, radius = 520.0, 440.0, 330.0
    u, v = (px - cx) / radius, (py - cy) / radius
    r = np.hypot(u, v)
    cover = np.clip((1.0 - r) * radius + 0.5, 0, 1)
    nz = np.sqrt(np.clip(1.0 - r**2, 0, 1))
    # dimples: a hexagonal lattice on the sphere, seen through its projection (foreshortened at the rim)
    lon = np.arctan2(u, np.maximum(nz, 1e-3))
    lat = np.arcsin(np.clip(v, -1, 1))
    pitch = 0.16
    row = lat / (pitch * 0.866)
    offset = 0.5 * (np.round(row) % 2)
    du = (lon / pitch - offset) - np.round(lon / pitch - offset)
    dv = row - np.round(row)
    dimple = np.clip(1.0 - (du**2 + dv**2) / 0.2, 0, 1)
    # each dimple a shallow cup: lit on its lower right inside, shaded on its upper left
    tilt_u, tilt_v = -du * dimple * 0.5, -dv * dimple * 0.5
    lit = _lit(u + tilt_u, v + tilt_v, nz + 0.05, (-0.5, -0.6, 0.65))
    tone = 150.0 + 112.0 * lit - 10.0 * dimple
    body = np.stack([tone, tone * 0.995, tone * 0.985], axis=2)
    body = body * (0.8 + 0.2 * np.clip(nz * 3.0, 0, 1))[..., None]
    # a small printed logo in dark blue
    logo = (np.abs(v + 0.05) < 0.05) * (np.abs(u - 0.1) < 0.22) * (np.sin(px * 0.5) > 0.0)
    body = _over(
        body, np.full_like(body, 1.0) * np.array([30, 40, 110], dtype=np.float32), logo * cover * 0.9
    )
    return _on_sweep(frame, _over(_white(frame), body, cover), cover, "golf_ball", 0.26)


# ---- a candy cane ----------------------------------------------------------------------------------------


def candy_cane_packshot() -> Image.Image:
    """A red and white striped candy cane standing, hook at the top, 1:2 on white."""
    frame = Frame(560, 1120)
    px, py = frame.x * frame.width, frame.y * frame.height
    half = 17.0
    # the path: a straight stick x = 330 from y 1060 up to y 300, then a half circle of radius 110 to x = 110
    hx, hy, hr = 220.0, 300.0, 110.0
    straight_d = np.where((py >= hy) & (py <= 1060.0), np.abs(px - 330.0), 1e6)
    ring = np.hypot(px - hx, py - hy)
    arc_d = np.where(py < hy, np.abs(ring - hr), 1e6)
    # the hook's end comes down a little on the left
    tail_d = np.where((py >= hy) & (py <= hy + 70.0), np.abs(px - 110.0), 1e6)
    d = np.minimum(np.minimum(straight_d, arc_d), tail_d)
    end = np.clip((1060.0 + half - py) + 0.5, 0, 1)
    cover = np.clip((half - d) + 0.5, 0, 1) * end
    cover = cover * np.where(px < hx, np.clip(hy + 70.0 + half - py + 0.5, 0, 1), 1.0)
    # the length along the path, for diagonal stripes
    angle = np.arctan2(py - hy, px - hx)
    along = np.where(py >= hy, np.where(px > hx, 1060.0 - py, 1060.0 - hy + np.pi * hr + (py - hy)), 0.0)
    along = np.where(py < hy, 1060.0 - hy + hr * (-angle), along)
    across = np.where(py >= hy, np.where(px > hx, px - 330.0, px - 110.0), ring - hr)
    phase = (along + 1.6 * across) / 26.0
    stripe = np.clip(np.sin(phase * np.pi) * 4.0, -1, 1) * 0.5 + 0.5
    thin = np.clip(np.sin((along + 1.6 * across + 9.0) / 26.0 * np.pi) * 6.0 - 4.0, 0, 1)
    red = np.array([212, 22, 38], dtype=np.float32)
    cream = np.array([248, 244, 236], dtype=np.float32)
    colour = red * stripe[..., None] + cream * (1 - stripe)[..., None]
    colour = _over(
        colour, np.array([40, 150, 70], dtype=np.float32) * np.ones_like(colour), thin * (1 - stripe)
    )
    # round in section: lit from the left, a glossy streak
    n = np.clip(across / half, -1, 1)
    shade = 0.62 + 0.4 * np.sqrt(np.clip(1 - n**2, 0, 1)) - 0.12 * n
    colour = colour * shade[..., None] + (120.0 * np.exp(-(((n + 0.45) / 0.12) ** 2)))[..., None]
    return _on_sweep(frame, _over(_white(frame), colour, cover), cover, "candy_cane", 0.22)


# ---- an avocado ------------------------------------------------------------------------------------------


def _avocado(frame: Frame, cx: float, cy: float, size: float, light: tuple[float, float, float]) -> tuple:
    """(colour, mask) of a whole Hass avocado lying on its side: a dark, pebbly green-black skin."""
    px, py = frame.x * frame.width, frame.y * frame.height
    u, v = (px - cx) / size, (py - cy) / size
    # a pear shape: the neck to the left narrower
    width = 0.62 + 0.14 * np.tanh(2.2 * u)
    e = (u / 1.0) ** 2 + (v / width) ** 2
    cover = np.clip((1.0 - np.sqrt(e)) * size * 0.7 + 0.5, 0, 1)
    nz = np.sqrt(np.clip(1.0 - e, 0, 1))
    pebbles = frame.noise("avocado/pebbles", 90, octaves=2)
    fine = _blurred(_rng("avocado/fine").normal(0, 1, (frame.height, frame.width)).astype(np.float32), 1.2)
    bump_x, bump_y = np.gradient(pebbles)
    lit = _lit(u - 6.0 * bump_x, v / width - 6.0 * bump_y, nz + 0.05, light)
    skin = np.array([52, 62, 30], dtype=np.float32) * (0.5 + 0.45 * pebbles)[..., None]
    skin = skin + np.array([18, 10, 22], dtype=np.float32) * (pebbles > 0.6)[..., None]
    tone = (0.35 + 0.9 * lit) * (1.0 + 0.08 * fine / float(fine.std()))
    body = skin * tone[..., None] + (45.0 * lit**12)[..., None]
    # the stem's nub at the neck
    nub = np.clip(9.0 - np.hypot(px - (cx - 0.98 * size), py - cy), 0, 1)
    body = _over(body, np.full_like(body, 70.0) * np.array([1.0, 0.8, 0.55], dtype=np.float32), nub)
    return body, np.maximum(cover, nub)


def avocado_packshot() -> Image.Image:
    """A whole Hass avocado lying on its side, 13:10 on white."""
    frame = Frame(1170, 900)
    body, cover = _avocado(frame, 600.0, 440.0, 400.0, (-0.5, -0.6, 0.7))
    return _on_sweep(frame, _over(_white(frame), body, cover), cover, "avocado", 0.3)


def linen_scene() -> Image.Image:
    """The avocado on a rough oatmeal linen tablecloth beside a wooden board's corner, window light from the left."""
    frame = Frame(1290, 860)
    px, py = frame.x * frame.width, frame.y * frame.height
    weave_x = np.sin(px * 2.1) * 0.5 + 0.5
    weave_y = np.sin(py * 2.1) * 0.5 + 0.5
    slubs = frame.noise("linen/slubs", 60, octaves=2)
    cloth = (
        np.array([206, 192, 168], dtype=np.float32)
        * (0.86 + 0.06 * weave_x + 0.06 * weave_y + 0.1 * slubs)[..., None]
    )
    # a walnut board's corner at the lower right
    board = np.clip((px - 880.0 + 0.3 * (py - 600.0)) + 0.5, 0, 1) * np.clip((py - 560.0) + 0.5, 0, 1)
    grain = 0.85 + 0.15 * np.sin(py * 0.09 + 3.0 * frame.noise("linen/grain", 8))
    wood = np.array([112, 74, 46], dtype=np.float32) * grain[..., None]
    table = _over(cloth, wood, board)
    table = table * (1.08 - 0.4 * np.clip(frame.x, 0, 1))[..., None]
    cx, cy, size = 520.0, 420.0, 300.0
    shadow = np.exp(-(((px - cx - 80.0) / 330.0) ** 2 + ((py - cy - 70.0) / 160.0) ** 2))
    table = table * (1 - 0.45 * shadow)[..., None]
    body, cover = _avocado(frame, cx, cy, size, (-0.8, -0.3, 0.5))
    return _as_photo(_over(table, body, cover), "linen")


# ---- a puzzle cube ---------------------------------------------------------------------------------------


def puzzle_cube_packshot() -> Image.Image:
    """A 3 x 3 puzzle cube seen at an angle from above: three faces of saturated stickers on black, 6:5 on
    white."""
    frame = Frame(1080, 900)
    side = 4
    size = (frame.width * side, frame.height * side)
    body = Image.new("L", size, 0)
    stickers = Image.new("RGB", size, (0, 0, 0))
    sticker_mask = Image.new("L", size, 0)
    draw_body, draw_st, draw_mask = (
        ImageDraw.Draw(body),
        ImageDraw.Draw(stickers),
        ImageDraw.Draw(sticker_mask),
    )
    x0, y0, edge = 540.0, 470.0, 360.0
    a, b = edge * 0.87, edge * 0.5
    top = [(x0, y0), (x0 - a, y0 - b), (x0, y0 - 2 * b), (x0 + a, y0 - b)]
    left = [(x0, y0), (x0 - a, y0 - b), (x0 - a, y0 - b + edge), (x0, y0 + edge)]
    right = [(x0, y0), (x0 + a, y0 - b), (x0 + a, y0 - b + edge), (x0, y0 + edge)]
    for face in (top, left, right):
        draw_body.polygon([(p * side, q * side) for p, q in face], fill=255)
    palette = {
        "top": [(250, 250, 250), (250, 214, 0), (250, 250, 250)],
        "left": [(200, 20, 30), (0, 150, 70), (250, 120, 0)],
        "right": [(0, 70, 190), (250, 120, 0), (200, 20, 30)],
    }
    light = {"top": 1.0, "left": 0.82, "right": 0.66}
    rng = _rng("cube/stickers")
    for name, face in (("top", top), ("left", left), ("right", right)):
        origin = np.array(face[0] if name != "top" else face[1], dtype=np.float64)
        if name == "top":
            e1 = np.array(face[0]) - np.array(face[1])
            e2 = np.array(face[2]) - np.array(face[1])
        else:
            e1 = np.array(face[1]) - np.array(face[0])
            e2 = np.array(face[3]) - np.array(face[0])
        for i in range(3):
            for j in range(3):
                colour = palette[name][rng.integers(0, 3)]
                colour = tuple(int(c * light[name]) for c in colour)
                corners = []
                for di, dj in ((0.06, 0.06), (0.94, 0.06), (0.94, 0.94), (0.06, 0.94)):
                    p = origin + e1 * (i + di) / 3 + e2 * (j + dj) / 3
                    corners.append((p[0] * side, p[1] * side))
                draw_st.polygon(corners, fill=colour)
                draw_mask.polygon(corners, fill=255)
    shape = (frame.width, frame.height)
    mask = np.asarray(body.resize(shape, Image.Resampling.BOX), dtype=np.float32) / 255.0
    on = np.asarray(sticker_mask.resize(shape, Image.Resampling.BOX), dtype=np.float32) / 255.0
    paint = np.asarray(stickers.resize(shape, Image.Resampling.BOX), dtype=np.float32)
    paint = paint / np.maximum(on, 1e-3)[..., None]
    plastic = np.full((frame.height, frame.width, 3), 24.0, dtype=np.float32)
    colour = _over(_over(_white(frame), plastic, mask), paint, on * mask)
    # a broad soft sheen across the top face
    px, py = frame.x * frame.width, frame.y * frame.height
    sheen = np.exp(-(((px - 470.0) / 140.0) ** 2 + ((py - 250.0) / 70.0) ** 2)) * mask
    colour = colour + (28.0 * sheen)[..., None]
    return _on_sweep(frame, colour, mask, "puzzle_cube", 0.28)
