"""``heldout8``'s pictures: four products a homeware and clothing shop lists, and two scenes.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the canvases: a tall A-series portrait (1:1.414), a 1.91:1 link-preview landscape that the picture
  fills to its height (thin margins above and below, wide ones at the sides), a 7:5 landscape with a
  wide margin around a small picture, a 9:16 story portrait (``PADDING``);
- a dark, glossy product whose window reflection clips to white (a bottle vase in a blue-black glaze
  with a rust glaze running from its rim), a busy printed product with a silk sheen (a scarf folded
  flat), a wooden product with a hanging hole that shows the backdrop (an oak chopping board), a white
  product on white (a folded cotton T-shirt);
- the backdrops: a cut-out on pure white with a soft contact shadow (vase, scarf), an editor's drop
  shadow offset down and right (board), a light table a little warm and dimmer towards the bottom
  (T-shirt);
- every picture is finished the way a mirrorless camera and a photo editor finish it: almost no noise
  (low ISO), a slight lateral chromatic aberration towards the corners, saved as a lossy WebP at
  quality 80 (4:2:0 chroma);
- two full-frame scenes: the board with a tomato on a kitchen counter before a subway-tile backsplash
  lit by a window, and the vase on a walnut sideboard before a sage wall lit by a lamp out of frame.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its
shadow or backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageFilter

from bench.photo_sets.heldout4 import Frame, _font, _over

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "vase": (660, 1.55, 1.4142),
    "scarf": (920, 1.48, 0.5236),
    "board": (430, 2.0, 0.7143),
    "tshirt": (780, 1.18, 1.7778),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout8/" + name).encode()))


def _chromatic(image: Image.Image, pixels_at_corner: float) -> Image.Image:
    """Lateral chromatic aberration: red a little larger and blue a little smaller about the centre."""
    w, h = image.size
    pad = int(np.ceil(pixels_at_corner)) + 2
    padded = Image.fromarray(np.pad(np.asarray(image), ((pad, pad), (pad, pad), (0, 0)), mode="edge"))
    cx, cy = padded.width / 2.0, padded.height / 2.0
    corner = float(np.hypot(w / 2.0, h / 2.0))
    channels = list(padded.split())
    for index, sign in ((0, 1.0), (2, -1.0)):
        s = 1.0 + sign * pixels_at_corner / corner
        data = (1 / s, 0.0, cx - cx / s, 0.0, 1 / s, cy - cy / s)
        channels[index] = channels[index].transform(
            padded.size, Image.Transform.AFFINE, data, Image.Resampling.BICUBIC
        )
    return Image.merge("RGB", channels).crop((pad, pad, pad + w, pad + h))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A mirrorless camera and an editor's finish: low-ISO grain, slight chromatic aberration, WebP 80."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    grain = _rng(name + "/sensor").normal(0.0, 0.7, pixels.shape[:2]).astype(np.float32)
    noisy = pixels + grain[..., None] * (pixels.max(axis=2, keepdims=True) < 254.5)
    image = Image.fromarray(np.clip(noisy + 0.5, 0, 255).astype(np.uint8))
    image = _chromatic(image, 1.1)
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", quality=80, method=4)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _white(frame: Frame) -> np.ndarray:
    return np.full((frame.height, frame.width, 3), 255.0, dtype=np.float32)


def _shade(backdrop: np.ndarray, shadow: np.ndarray, depth: float) -> np.ndarray:
    return backdrop * (1.0 - depth * shadow)[..., None]


def _soft(mask: np.ndarray, radius: float, dx: int = 0, dy: int = 0) -> np.ndarray:
    """A mask shifted by (dx, dy) px and blurred: a drop or contact shadow's footprint, 0..1."""
    shifted = np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
    image = Image.fromarray(np.clip(shifted * 255.0 + 0.5, 0, 255).astype(np.uint8))
    return np.asarray(image.filter(ImageFilter.GaussianBlur(radius)), dtype=np.float32) / 255.0


def _columns(name: str, width: int, cells: int) -> np.ndarray:
    """Smooth 0..1 noise along x only (one value per column)."""
    knots = _rng(name).uniform(0.0, 1.0, cells + 1)
    return np.interp(np.linspace(0, cells, width), np.arange(cells + 1), knots).astype(np.float32)


# ---- a bottle vase in a dark glaze ------------------------------------------------------------------------


def _vase(frame: Frame, cx: float, top: float, bottom: float) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a bottle vase, blue-black glossy glaze, a rust glaze run from the rim, a clay foot."""
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    height = (bottom - top) * h
    t = (py - top * h) / height  # 0 at the rim, 1 at the foot
    knots_t = [0.0, 0.03, 0.07, 0.12, 0.24, 0.36, 0.50, 0.64, 0.78, 0.89, 0.96, 1.0]
    knots_r = [0.085, 0.088, 0.068, 0.056, 0.058, 0.10, 0.19, 0.225, 0.212, 0.165, 0.125, 0.118]
    grid = np.linspace(0.0, 1.0, 1024)
    profile = np.interp(grid, knots_t, knots_r)
    window = np.hanning(201) / np.hanning(201).sum()
    for _ in range(2):
        profile = np.convolve(np.pad(profile, 100, mode="edge"), window, mode="valid")
    radius = np.interp(np.clip(t, 0, 1), grid, profile).astype(np.float32) * height
    off = px - cx * w
    mask = np.clip(radius - np.abs(off) + 0.5, 0, 1) * np.clip(t * height + 0.5, 0, 1)
    mask *= np.clip((1 - t) * height + 0.5, 0, 1)
    nx = np.clip(off / np.maximum(radius, 1.0), -1.0, 1.0)
    nz = np.sqrt(1.0 - nx**2)
    light = np.clip(0.2 + 0.55 * nz - 0.3 * nx, 0.05, 1.2)
    glaze = light[..., None] * np.array([30, 42, 54], dtype=np.float32)
    drips = 0.16 + 0.16 * _columns("vase/drips", w, 70) ** 4
    run = np.clip((drips[None, :] - t) / 0.015, 0, 1) * (0.75 + 0.25 * frame.noise("vase/rust", 50))
    rust = (light * (0.8 + 0.4 * frame.noise("vase/speckle", 300)))[..., None] * np.array(
        [150, 86, 44], dtype=np.float32
    )
    colour = glaze * (1 - run[..., None]) + rust * run[..., None]
    foot = np.clip((t - 0.962) / 0.004, 0, 1)[..., None]
    clay = (0.5 + 0.6 * light)[..., None] * np.array([190, 164, 132], dtype=np.float32)
    colour = colour * (1 - foot) + clay * foot
    # the window's reflection: a bright band with two mullions, clipped; a faint rim light on the right
    band = np.exp(-(((nx + 0.42) / 0.07) ** 4)) * np.clip((t - 0.30) / 0.03, 0, 1)
    band = band * np.clip((0.9 - t) / 0.03, 0, 1)
    band *= 1.0 - 0.9 * (np.abs((t - 0.3) * 5.0 % 1.0 - 0.5) > 0.46)
    colour += (260.0 * band)[..., None] * (1 - foot)
    colour += (38.0 * np.exp(-(((nx - 0.86) / 0.06) ** 2)))[..., None]
    mouth = np.clip(1.0 - np.hypot(off / (0.06 * height), (t - 0.006) / 0.012), 0, 1) ** 0.3
    colour = colour * (1 - mouth[..., None]) + 12.0 * mouth[..., None]
    return colour, mask


def vase_packshot() -> Image.Image:
    frame = Frame(1080, 1440)
    colour, mask = _vase(frame, 0.5, 0.10, 0.90)
    backdrop = _shade(_white(frame), frame.blob(0.5, 0.90, 0.2, 0.012), 0.35)
    return _as_photo(_over(backdrop, colour, mask), "vase", mask)


def sideboard_scene() -> Image.Image:
    """The vase on a walnut sideboard, a sage wall and a framed print's edge, lit by a lamp out of frame."""
    frame = Frame(1350, 1800)
    x, y = frame.x, frame.y
    lamp = 0.62 + 0.5 * frame.blob(1.05, 0.25, 0.7, 0.55)
    wall = lamp[..., None] * np.array([142, 156, 128], dtype=np.float32)
    wall *= (0.97 + 0.06 * frame.noise("sideboard/plaster", 120, octaves=2))[..., None]
    frame_edge = (x < 0.13) & (y > 0.10) & (y < 0.46)
    mat = (x < 0.10) & (y > 0.13) & (y < 0.43)
    wall[frame_edge] = np.array([40, 32, 26], dtype=np.float32)
    wall[mat] = np.array([226, 220, 206], dtype=np.float32) * lamp[mat][..., None]
    warp = frame.noise("sideboard/warp", 3, octaves=2)
    grain = 0.5 + 0.5 * np.sin(2 * np.pi * (y * 70 + 1.5 * warp + 0.2 * x))
    walnut = (0.55 + 0.25 * grain**3 + 0.2 * frame.noise("sideboard/pores", 400))[..., None] * np.array(
        [118, 76, 46], dtype=np.float32
    )
    walnut *= (0.7 + 0.35 * lamp)[..., None]
    backdrop = np.where((y > 0.64)[..., None], walnut, wall)
    backdrop[(y > 0.64) & (y < 0.655)] *= 1.35  # the top's front edge catches the light
    backdrop[(np.abs(y - 0.82) < 0.003)] *= 0.3  # the drawers' gap
    backdrop = _shade(backdrop, frame.blob(0.5, 0.645, 0.17, 0.01), 0.5)
    colour, mask = _vase(frame, 0.5, 0.22, 0.645)
    return _as_photo(_over(backdrop, colour, mask), "sideboard")


# ---- a printed silk scarf ---------------------------------------------------------------------------------


def scarf_packshot() -> Image.Image:
    """A silk scarf folded to a rectangle, a teardrop print on coral inside a navy border, a turned corner."""
    frame = Frame(1620, 1080)
    box = (0.17, 0.15, 0.83, 0.85)
    body = frame.mask(lambda d, at: d.rectangle(at(*box), fill=255))
    flap = frame.mask(lambda d, at: d.polygon(at(0.83, 0.62, 0.83, 0.85, 0.66, 0.85), fill=255))

    def print_(d, at) -> None:
        d.rectangle(at(*box), fill=(24, 36, 82))
        d.rectangle(at(0.20, 0.195, 0.80, 0.805), fill=(214, 172, 64))
        d.rectangle(at(0.205, 0.203, 0.795, 0.797), fill=(226, 104, 84))
        step = 0.045
        for row, yy in enumerate(np.arange(0.24, 0.78, step * 1.5)):
            for xx in np.arange(0.23 + (row % 2) * step / 2, 0.78, step):
                d.ellipse(at(xx - 0.012, yy - 0.025, xx + 0.012, yy + 0.012), fill=(214, 172, 64))
                d.ellipse(at(xx - 0.006, yy - 0.010, xx + 0.006, yy + 0.004), fill=(24, 36, 82))
                d.ellipse(at(xx + 0.014, yy + 0.016, xx + 0.020, yy + 0.026), fill=(250, 236, 210))

    printed = frame.painting(print_, base=(255, 255, 255))
    sheen = 0.82 + 0.3 * frame.noise("scarf/sheen", 5, octaves=2)
    crease = np.exp(-(((frame.x - 0.45 + 0.3 * (frame.y - 0.5)) / 0.006) ** 2))
    sheen = sheen - 0.18 * crease + 0.12 * np.roll(crease, 10, axis=1)
    colour = printed * sheen[..., None]
    back = np.array([206, 128, 110], dtype=np.float32)
    back = back * (0.9 + 0.1 * frame.noise("scarf/back", 30))[..., None]
    colour = colour * (1 - flap[..., None]) + back * flap[..., None]
    mask = np.maximum(body, flap)
    turned = (1 - 0.25 * _soft(flap, 6, -6, -4) * (1 - flap))[..., None]
    colour = colour * turned
    colour_img = Image.fromarray(np.clip(colour + 0.5, 0, 255).astype(np.uint8)).rotate(
        4.0, Image.Resampling.BICUBIC, fillcolor=(255, 255, 255)
    )
    mask_img = Image.fromarray(np.clip(mask * 255 + 0.5, 0, 255).astype(np.uint8))
    mask = np.asarray(mask_img.rotate(4.0, Image.Resampling.BICUBIC), dtype=np.float32) / 255.0
    colour = np.asarray(colour_img, dtype=np.float32)
    backdrop = _shade(_white(frame), _soft(mask, 9, 3, 6), 0.16)
    return _as_photo(_over(backdrop, colour, mask), "scarf", mask)


# ---- an oak chopping board --------------------------------------------------------------------------------


def _board(frame: Frame, x0: float, y0: float, x1: float, y1: float) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a long-grain oak board seen from above, a juice groove, a handle with a hole,
    its thickness showing along the near edge."""
    bw, bh = x1 - x0, y1 - y0
    split = x0 + 0.80 * bw
    r = 0.04 * bh
    body = frame.mask(lambda d, at: d.rounded_rectangle(at(x0, y0, split, y1), radius=at(0, r)[1], fill=255))
    handle = frame.mask(
        lambda d, at: d.rounded_rectangle(at(split - 0.05 * bw, y0 + 0.30 * bh, x1, y0 + 0.70 * bh),
                                          radius=at(0, 0.2 * bh)[1], fill=255)
    )
    hole = frame.mask(
        lambda d, at: d.ellipse(at(x1 - 0.10 * bw, y0 + 0.43 * bh, x1 - 0.05 * bw, y0 + 0.57 * bh), fill=255)
    )
    edge = frame.mask(
        lambda d, at: d.rounded_rectangle(at(x0, y0 + 0.5 * bh, split, y1 + 0.05 * bh), radius=at(0, r)[1],
                                          fill=255)
    ) * (1 - body)
    groove_out, groove_in = (
        frame.mask(
            lambda d, at, ix=ix, iy=iy: d.rounded_rectangle(
                at(x0 + ix * bw, y0 + iy * bh, split - ix * bw, y1 - iy * bh), radius=at(0, r)[1], fill=255
            )
        )
        for ix, iy in ((0.035, 0.06), (0.041, 0.075))
    )
    x, y = frame.x, frame.y
    v = (y - y0) / bh
    warp = frame.noise("board/warp", 4, octaves=2)
    rings = 0.5 + 0.5 * np.sin(2 * np.pi * (v * 14 + 2.5 * warp + 0.4 * (x - x0) / bw))
    fibres = _rng("board/fibres").normal(0.0, 1.0, frame.height).astype(np.float32)[
        np.clip((y * frame.height).astype(int), 0, frame.height - 1)
    ]
    wood = (0.86 + 0.05 * fibres - 0.22 * rings**6 + 0.06 * frame.noise("board/pores", 250))
    wood *= 0.9 + 0.15 * frame.blob(0.3, 0.2, 0.8, 0.8)
    colour = wood[..., None] * np.array([206, 160, 108], dtype=np.float32)
    groove = (groove_out - groove_in).clip(0, 1)
    colour *= (1 - 0.35 * groove)[..., None]
    side = (0.55 + 0.06 * fibres)[..., None] * np.array([176, 128, 82], dtype=np.float32)
    colour = colour * (1 - edge[..., None]) + side * edge[..., None]
    mask = np.maximum.reduce([body, handle, edge]) * (1 - hole)
    return colour, mask


def board_packshot() -> Image.Image:
    frame = Frame(1600, 1200)
    colour, mask = _board(frame, 0.12, 0.24, 0.88, 0.74)
    backdrop = _shade(_white(frame), _soft(mask, 14, 22, 30), 0.3)
    return _as_photo(_over(backdrop, colour, mask), "board", mask)


def counter_scene() -> Image.Image:
    """The board with a tomato on a pale quartz kitchen counter, a subway-tile backsplash, window light."""
    frame = Frame(1800, 1200)
    x, y = frame.x, frame.y
    px, py = x * frame.width, y * frame.height
    window = (1.08 - 0.38 * x)[..., None]
    row = np.floor(py / 60.0)
    grout = (np.abs(py % 60.0 - 30.0) > 28.0) | (np.abs((px + (row % 2) * 90.0) % 180.0 - 90.0) > 88.0)
    tiles = np.where(grout, 178.0, 236.0 + 10.0 * frame.blob(0.2, 0.1, 0.3, 0.2))
    tiles = tiles[..., None] * np.array([1.0, 1.0, 0.98], dtype=np.float32)
    quartz = 202.0 + 16.0 * (frame.noise("counter/quartz", 150, octaves=3) - 0.5)
    flecks = (_rng("counter/flecks").random((frame.height, frame.width)) < 0.006) * -70.0
    quartz = (quartz + flecks)[..., None] * np.array([1.0, 0.99, 0.96], dtype=np.float32)
    backdrop = np.where((y > 0.42)[..., None], quartz, tiles) * window
    backdrop[(y > 0.42) & (y < 0.435)] *= 0.72  # the counter's back edge in shadow
    colour, mask = _board(frame, 0.16, 0.56, 0.80, 0.90)
    backdrop = _shade(backdrop, _soft(mask, 12, 16, 20), 0.4)
    scene = _over(backdrop, colour, mask)
    tomato = frame.mask(lambda d, at: d.ellipse(at(0.34, 0.60, 0.45, 0.76), fill=255))
    shade = np.clip(1.0 - np.hypot((x - 0.37) / 0.07, (y - 0.64) / 0.10), 0, 1)
    red = (0.45 + 0.65 * shade)[..., None] * np.array([196, 34, 22], dtype=np.float32)
    red += (230.0 * frame.blob(0.365, 0.635, 0.008, 0.012))[..., None]
    calyx = frame.mask(
        lambda d, at: d.polygon(
            at(0.395, 0.605, 0.41, 0.62, 0.43, 0.615, 0.415, 0.635, 0.42, 0.66,
               0.395, 0.64, 0.37, 0.66, 0.375, 0.635, 0.36, 0.615, 0.38, 0.62),
            fill=255,
        )
    ) * tomato
    red = red * (1 - calyx[..., None]) + np.array([60, 110, 40], dtype=np.float32) * calyx[..., None]
    scene = _shade(scene, _soft(tomato, 10, 14, 16) * (1 - tomato), 0.45)
    return _as_photo(_over(scene, red, tomato), "counter")


# ---- a folded white cotton T-shirt ------------------------------------------------------------------------


def tshirt_packshot() -> Image.Image:
    """A white crew-neck T-shirt folded square: jersey knit, fold shadows, a small navy chest print."""
    frame = Frame(1080, 1350)
    x, y = frame.x, frame.y
    body = frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.20, 0.20, 0.80, 0.84), radius=at(0.03)[0], fill=255)
    )
    collar = frame.mask(lambda d, at: d.ellipse(at(0.38, 0.17, 0.62, 0.31), fill=255))
    neck_in = frame.mask(lambda d, at: d.ellipse(at(0.40, 0.185, 0.60, 0.292), fill=255))
    px = x * frame.width
    knit = 0.5 + 0.5 * np.cos(2 * np.pi * px / 4.0)
    cotton = 0.93 + 0.012 * knit + 0.02 * (frame.noise("tshirt/cotton", 200) - 0.5)
    cotton *= 0.95 + 0.05 * frame.blob(0.3, 0.25, 0.6, 0.6)
    for fold_x in (0.30, 0.70):  # the sleeves folded behind: soft ridges
        cotton -= 0.045 * np.exp(-(((x - fold_x) / 0.012) ** 2)) * (y > 0.21)
        cotton += 0.02 * np.exp(-(((x - fold_x - 0.016) / 0.012) ** 2)) * (y > 0.21)
    cotton -= 0.045 * np.exp(-(((y - 0.56) / 0.008) ** 2))  # folded in half
    cotton -= 0.05 * np.exp(-(((y - 0.835) / 0.01) ** 2))  # the hem rolls under
    colour = cotton[..., None] * np.array([252, 252, 254], dtype=np.float32)
    rib = (collar - neck_in).clip(0, 1)
    ribbed = (0.86 + 0.04 * (0.5 + 0.5 * np.cos(2 * np.pi * px / 3.0)))[..., None] * np.array(
        [250, 250, 252], dtype=np.float32
    )
    colour = colour * (1 - rib[..., None]) + ribbed * rib[..., None]
    # inside the neckline: the back of the shirt, shaded more towards the collar's back
    inside = (0.9 - 0.1 * np.clip((0.25 - y) / 0.06, 0, 1))[..., None]
    inside = inside * np.array([246, 246, 250], dtype=np.float32)
    colour = colour * (1 - neck_in[..., None]) + inside * neck_in[..., None]
    ink = frame.painting(
        lambda d, at: d.text(at(0.43, 0.36), "NORTH & CO.", fill=(34, 44, 88), font=_font(int(at(0.026)[0])))
    )
    inked = (ink.max(axis=2) > 10)[..., None]
    colour = colour * (1 - inked) + ink * inked
    mask = np.maximum(body, collar)
    table = (254.5 - 3.5 * y)[..., None] * np.array([1.0, 0.996, 0.986], dtype=np.float32)
    backdrop = _shade(table, _soft(mask, 10, 4, 8), 0.1)
    return _as_photo(_over(backdrop, colour, mask), "tshirt", mask)
