"""``heldout32``'s pictures: four products a sewing shop, home-appliance shop, outdoor shop and art shop list,
and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 9:7 landscape of 1260 x 980 (pincushion), a 7:10 portrait of 840 x 1200 (desk
  fan), an 8:7 landscape of 1120 x 980 (compass), a 12:5 banner of 1560 x 650 that the chat app shrinks to
  1280 x 533 (paintbrush); the scene is a 14:9 landscape of 1400 x 900, shrunk to 1280 x 823;
- the canvases they are padded onto (``PADDING``): a 1:1.15 portrait with a broad margin round the pincushion,
  a 1:0.98 near-square barely taller than the desk fan's picture with broad white either side of it, a 1:0.6
  banner about four times as wide as a small picture of the compass (and the scene), and a 1:0.55 landscape
  with a moderate margin round the paintbrush; every padded picture covers at least 5 % of its canvas;
- a tomato pincushion from the side and a little above: a plump red satin tomato of six lobes, a green felt
  calyx, a small strawberry hanging from it on a thin green cord, and fourteen dressmaker's pins with round
  glass heads of many colours stuck into it at all angles (a saturated product with thin steel lines running
  off it onto the backdrop); a retro desk fan from the front: a chrome wire cage of thin concentric rings and
  radial spokes, three pale translucent blades behind it, a chrome badge, a mint stem and base with three
  push buttons (a product mostly of thin wires, the backdrop seen between them); an orienteering compass
  lying flat, seen from above, turned: a clear acrylic baseplate (a near-white, transparent product) with a
  finely ticked ruler edge and a red direction arrow, a black bezel ring with 72 white ticks, a capsule with red
  meridian lines, a red and white needle, and an orange lanyard loop; a flat artist's brush lying across,
  tilted a little: cream synthetic bristles of fine strands with a blue paint tip, a crimped brushed ferrule
  and a long tapering glossy red handle with a clipped highlight;
- every picture is finished the way a seller's photo looks when it was taken with an old compact camera and
  then messaged through a chat app before being uploaded: the camera's lens barrel-distorts (2.5 %, the
  corners in place) with lateral chromatic aberration (red 0.15 % larger, blue 0.15 % smaller), softens 0.8 px,
  darkens the corners 8 % and blooms purple into the dark side of high-contrast edges (purple fringing); its
  small CCD adds strong shot and read noise on an exposure that clips the white sweep; its processing
  applies an S-shaped tone curve, a strong chroma noise reduction, a heavy unsharp mask (radius 2 px, 170 %,
  threshold 1, with halos) and saves a JPEG at quality 70 with 4:2:2 chroma; the chat app shrinks any picture
  longer than 1280 px to 1280 px (bilinear) and re-encodes it at JPEG quality 80 with 4:2:0 chroma;
- one full-frame scene: the compass on a topographic map spread on a weathered picnic table, before a forest
  far out of focus (bright sky through the leaves), lit by daylight from the upper left.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.photo_sets.heldout30 import _drawn
from bench.photo_sets.heldout31 import _turned
from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "pincushion": (620, 1.7, 1.15),
    "desk_fan": (1000, 1.05, 0.98),
    "compass": (290, 4.1, 0.6),
    "paintbrush": (1150, 1.3, 0.55),
}

_MASKS: dict[str, np.ndarray] = {}
_BARREL = 0.025  # the compact camera's barrel distortion at the corners, relative
_LATERAL = (0.9985, 1.0, 1.0015)  # where each channel is sampled from, relative (lateral chromatic aberration)
_CHAT_SIDE = 1280  # the chat app's longest side


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout32/" + name).encode()))


def _sample(values: np.ndarray, sy: np.ndarray, sx: np.ndarray) -> np.ndarray:
    """Bilinear samples of a 2-D array at (sy, sx), clamped to its edges."""
    h, w = values.shape
    sy = np.clip(sy, 0.0, h - 1.0)
    sx = np.clip(sx, 0.0, w - 1.0)
    y0 = np.minimum(np.floor(sy).astype(np.int32), h - 2)
    x0 = np.minimum(np.floor(sx).astype(np.int32), w - 2)
    fy, fx = sy - y0, sx - x0
    top = values[y0, x0] * (1 - fx) + values[y0, x0 + 1] * fx
    bottom = values[y0 + 1, x0] * (1 - fx) + values[y0 + 1, x0 + 1] * fx
    return (top * (1 - fy) + bottom * fy).astype(np.float32)


def _lens(h: int, w: int, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """Where the barrel-distorting lens samples each output pixel from (corners in place), times ``scale``."""
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    cy, cx = (h - 1) / 2.0, (w - 1) / 2.0
    reach = float(np.hypot(cx, cy))
    r2 = ((xs - cx) ** 2 + (ys - cy) ** 2) / reach**2
    factor = (1.0 + _BARREL * r2) / (1.0 + _BARREL) * scale
    return cy + (ys - cy) * factor, cx + (xs - cx) * factor


def _compact(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """The picture taken with an old compact camera and messaged through a chat app: barrel distortion, lateral
    chromatic aberration, softening, vignetting, purple fringing, CCD noise, an S curve, chroma noise reduction,
    a heavy unsharp mask, JPEG 70 4:2:2; then shrunk to 1280 px at most and re-encoded at JPEG 80 4:2:0."""
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    light = (pixels / 255.0) ** 2.2
    # the lens: barrel distortion with each channel a little differently magnified, softening, vignetting
    channels = []
    for c in range(3):
        sy, sx = _lens(h, w, _LATERAL[c])
        channels.append(_blurred(_sample(light[..., c], sy, sx), 0.8))
    lensed = np.stack(channels, axis=2)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xs - w / 2) ** 2 + (ys - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    exposed = lensed * (1.0 - 0.08 * r2)[..., None] * 1.24
    # purple fringing: light from the bright side blooms into the dark side of a high-contrast edge
    luma = exposed @ np.array([0.3, 0.59, 0.11], dtype=np.float32)
    bright = np.clip((luma - 0.75) / 0.25, 0.0, 1.0)
    bloom = np.clip(_blurred(bright, 2.2) - bright, 0.0, 1.0) * np.clip(1.0 - luma * 1.6, 0.0, 1.0)
    exposed = exposed + bloom[..., None] * np.array([0.2, 0.02, 0.32], dtype=np.float32)
    # the small CCD: strong shot and read noise
    spread = np.sqrt(0.00035 * np.clip(exposed, 0, None) + 0.003**2)
    exposed = exposed + spread * _rng(name + "/ccd").normal(0.0, 1.0, exposed.shape).astype(np.float32)
    toned = np.clip(exposed, 0.0, 1.0) ** (1 / 2.2)
    toned = np.clip(toned - 0.045 * np.sin(2 * np.pi * toned), 0.0, 1.0) * 255.0
    # its processing: chroma noise reduction, a heavy unsharp mask, JPEG 70 4:2:2
    ycc = np.asarray(Image.fromarray(np.clip(toned + 0.5, 0, 255).astype(np.uint8)).convert("YCbCr"))
    ycc = ycc.astype(np.float32)
    for c in (1, 2):
        ycc[..., c] = _blurred(ycc[..., c], 2.4)
    image = Image.fromarray(np.clip(ycc + 0.5, 0, 255).astype(np.uint8), "YCbCr").convert("RGB")
    image = image.filter(ImageFilter.UnsharpMask(radius=2.0, percent=170, threshold=1))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70, subsampling=1)
    image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    # the chat app: shrunk to 1280 px at most (bilinear), re-encoded at JPEG 80 4:2:0
    size = (w, h)
    if max(w, h) > _CHAT_SIDE:
        ratio = _CHAT_SIDE / max(w, h)
        size = (round(w * ratio), round(h * ratio))
        image = image.resize(size, Image.Resampling.BILINEAR, reducing_gap=None)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80, subsampling=2)
    if mask is not None:
        sy, sx = _lens(h, w, 1.0)
        warped = np.clip(_sample(mask.astype(np.float32), sy, sx), 0.0, 1.0)
        if size != (w, h):
            warped = np.asarray(
                Image.fromarray(warped, "F").resize(size, Image.Resampling.BILINEAR), dtype=np.float32
            )
        _MASKS[name] = warped > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _sweep(frame: Frame, mask: np.ndarray, depth: float) -> np.ndarray:
    """A white sweep lit from the upper left with a contact line and a soft shadow down-right of ``mask``."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.3)
    return _shade(backdrop, _soft(mask, 14.0, 9, 12) * outside, depth)


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit from the upper left: a contact line and a soft shadow down-right."""
    return _compact(_over(_sweep(frame, mask, depth), colour, mask), name, mask)


def _px(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    return frame.x * frame.width, frame.y * frame.height


def _fine(name: str, frame: Frame, radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance fine noise blurred by ``radius`` px (a pair: along y, along x)."""
    from scipy import ndimage

    values = _rng(name).normal(0, 1, (frame.height, frame.width)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="nearest")
    return values / float(values.std())


def _grey(values: np.ndarray) -> np.ndarray:
    return np.repeat(values[..., None], 3, axis=2).astype(np.float32)


def _rgb(frame: Frame, r: float, g: float, b: float) -> np.ndarray:
    return np.ones((frame.height, frame.width, 1), dtype=np.float32) * np.array([r, g, b], dtype=np.float32)


def _segment(
    px: np.ndarray, py: np.ndarray, a: tuple[float, float], b: tuple[float, float]
) -> tuple[np.ndarray, ...]:
    """(distance to the segment a-b, position along it 0..1) of every pixel."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = max(dx * dx + dy * dy, 1e-6)
    t = np.clip(((px - a[0]) * dx + (py - a[1]) * dy) / length2, 0.0, 1.0)
    return np.hypot(px - a[0] - t * dx, py - a[1] - t * dy), t


# ---- a tomato pincushion ---------------------------------------------------------------------------------


def pincushion_packshot() -> Image.Image:
    """A tomato pincushion with a strawberry and fourteen glass-headed pins, 9:7 on white."""
    frame = Frame(1260, 980)
    px, py = _px(frame)
    cx, cy, rx, ry = 610.0, 590.0, 360.0, 280.0
    # the tomato: a satin sphere of six lobes, lit from the upper left, a soft sheen
    u, v = (px - cx) / rx, (py - cy) / ry
    inside = 1.0 - (u**2 + v**2)
    tomato = np.clip(np.sqrt(np.clip(inside, 0, 1)) * min(rx, ry) * 1.2 + np.clip(inside, -1, 0) * rx + 0.5, 0, 1)
    nz = np.sqrt(np.clip(inside, 0, 1))
    light = np.clip(-0.42 * u - 0.5 * v + 0.76 * nz, 0, 1)
    longitude = np.arcsin(np.clip(u / np.maximum(np.sqrt(np.clip(1 - v**2, 1e-4, 1)), 1e-3), -1, 1))
    lobe = 0.5 + 0.5 * np.cos(6.0 * longitude + 0.4)
    weave = 1 + 0.05 * _fine("pincushion/satin", frame, (0.7, 1.4))
    red = np.array([204, 30, 38], dtype=np.float32)
    satin = red * ((0.3 + 0.78 * light) * (0.7 + 0.3 * lobe) * weave)[..., None]
    sheen = np.exp(-(((u + 0.35) / 0.16) ** 2 + ((v + 0.42) / 0.22) ** 2)) * (0.6 + 0.4 * lobe)
    satin = satin + (120.0 * sheen)[..., None] * np.array([1.0, 0.75, 0.75], dtype=np.float32)
    colour = _over(_white(frame), satin, tomato)
    mask = tomato.copy()
    # the green felt calyx on top: six pointed leaves round the stalk
    top = (cx - 20.0, cy - ry * 0.86)

    def calyx(d: ImageDraw.ImageDraw, k: int) -> None:
        for i in range(6):
            a = 2 * np.pi * i / 6 + 0.3
            tip = (top[0] + 150.0 * np.cos(a), top[1] + 52.0 * np.sin(a))
            side = (-np.sin(a) * 26.0, np.cos(a) * 9.0)
            points = [(top[0] + side[0], top[1] + side[1]), tip, (top[0] - side[0], top[1] - side[1])]
            d.polygon([(x * k, y * k) for x, y in points], fill=255)
        d.ellipse([(top[0] - 16) * k, (top[1] - 60) * k, (top[0] + 16) * k, (top[1] + 6) * k], fill=255)

    leaves = _drawn(frame.width, frame.height, calyx)
    felt = _rgb(frame, 52, 124, 58) * (1 + 0.1 * _fine("pincushion/felt", frame, 1.0))[..., None]
    felt = felt * (0.8 + 0.3 * np.clip((top[1] + 30.0 - py) / 80.0, -0.5, 1))[..., None]
    colour = _over(colour, felt, leaves)
    mask = np.maximum(mask, leaves)
    # the strawberry emery on a thin green cord from the calyx
    sx0, sy0 = cx + rx * 0.98, cy + ry * 0.62
    berry_u, berry_v = (px - sx0) / 58.0, (py - sy0) / 72.0
    berry_v = berry_v + 0.35 * berry_u**2 * np.sign(berry_v)
    berry = np.clip((1.0 - np.hypot(berry_u, berry_v * np.where(berry_v > 0, 1.0, 1.25))) * 58.0 + 0.5, 0, 1)
    seeds = np.clip(np.sin(px / 5.5) * np.sin(py / 5.5) - 0.82, 0, 1) * 6.0
    berry_lit = 0.6 + 0.4 * np.clip(-berry_u - berry_v + 1, 0, 1.4)
    berry_colour = np.array([214, 40, 54], dtype=np.float32) * berry_lit[..., None]
    berry_colour = _over(berry_colour, _rgb(frame, 236, 206, 80), np.clip(seeds, 0, 1))

    def sepals(d: ImageDraw.ImageDraw, k: int) -> None:
        points = []
        for j in range(10):
            a = np.pi * j / 9
            reach = 34.0 if j % 2 == 0 else 14.0
            points.append((sx0 - reach * np.cos(a), sy0 - 66.0 + reach * 0.6 * np.sin(a)))
        points.append((sx0, sy0 - 76.0))
        d.polygon([(x * k, y * k) for x, y in points], fill=255)

    cap = _drawn(frame.width, frame.height, sepals)
    cord_points = [top, (cx + rx * 0.6, cy - ry * 1.05), (cx + rx * 1.12, cy - ry * 0.3), (sx0, sy0 - 80.0)]

    def cord(d: ImageDraw.ImageDraw, k: int) -> None:
        path = []
        for j in range(41):
            t = j / 40
            p0, p1, p2, p3 = cord_points
            x = (1 - t) ** 3 * p0[0] + 3 * (1 - t) ** 2 * t * p1[0] + 3 * (1 - t) * t**2 * p2[0] + t**3 * p3[0]
            y = (1 - t) ** 3 * p0[1] + 3 * (1 - t) ** 2 * t * p1[1] + 3 * (1 - t) * t**2 * p2[1] + t**3 * p3[1]
            path.append((x * k, y * k))
        d.line(path, fill=255, width=int(3.2 * k), joint="curve")

    string = _drawn(frame.width, frame.height, cord) * (1 - tomato)
    colour = _over(colour, _rgb(frame, 44, 104, 48), string)
    colour = _over(colour, berry_colour, berry)
    colour = _over(colour, felt * 0.9, cap)
    mask = np.maximum.reduce([mask, string, berry, cap])
    # fourteen pins: a thin steel shaft from where it enters the tomato out to a round glass head
    rng = _rng("pincushion/pins")
    heads = [(240, 200, 40), (40, 90, 210), (250, 250, 246), (236, 90, 170), (60, 170, 80), (250, 130, 30)]
    for i in range(14):
        # eleven over the top, three in the sides (the left and the right)
        if i < 11:
            phi = np.deg2rad(rng.uniform(-165.0, -15.0))
        else:
            phi = np.deg2rad(rng.uniform(-10.0, 40.0) * (1 if i % 2 else -1) + 180.0 * (i % 2))
        depth = rng.uniform(0.55, 0.9)
        entry = (cx + rx * depth * np.cos(phi), cy + ry * depth * np.sin(phi))
        lean = np.deg2rad(rng.uniform(-25.0, 25.0))
        direction = (np.cos(phi + lean), np.sin(phi + lean) - 0.35)
        norm = float(np.hypot(*direction))
        length = rng.uniform(70.0, 150.0)
        head = (entry[0] + direction[0] / norm * length, entry[1] + direction[1] / norm * length)
        distance, along = _segment(px, py, entry, head)
        shaft = np.clip(1.3 - distance + 0.5, 0, 1)
        steel = _grey(110.0 + 100.0 * np.exp(-((distance / 0.8) ** 2)) * (0.6 + 0.4 * along))
        colour = _over(colour, steel, shaft)
        radius = rng.uniform(10.0, 14.0)
        dh = np.hypot(px - head[0], py - head[1])
        ball = np.clip(radius - dh + 0.5, 0, 1)
        glass = np.array(heads[i % len(heads)], dtype=np.float32)
        lit = np.clip(1.0 - np.hypot(px - head[0] + radius * 0.35, py - head[1] + radius * 0.35) / radius, 0, 1)
        ball_colour = glass * (0.55 + 0.45 * np.clip(1 - dh / radius, 0, 1))[..., None]
        ball_colour = ball_colour + (255.0 * lit**6)[..., None]
        colour = _over(colour, ball_colour, ball)
        mask = np.maximum.reduce([mask, shaft, ball])
    return _on_sweep(frame, colour, np.clip(mask, 0, 1), "pincushion", 0.3)


# ---- a retro desk fan ------------------------------------------------------------------------------------


def desk_fan_packshot() -> Image.Image:
    """A retro desk fan from the front: a chrome wire cage, pale blades, a mint stem and base, 7:10 on white."""
    frame = Frame(840, 1200)
    px, py = _px(frame)
    cx, cy, cage_r = 420.0, 430.0, 330.0
    r = np.hypot(px - cx, py - cy)
    theta = np.arctan2(py - cy, px - cx)
    # the stem and the base, behind the cage
    stem = np.clip(np.minimum(26.0 - np.abs(px - cx), np.minimum(py - 700.0, 1030.0 - py)) + 0.5, 0, 1)
    sn = np.clip((px - cx) / 26.0, -1, 1)
    mint = np.array([158, 206, 188], dtype=np.float32)
    stem_colour = mint * (0.62 + 0.38 * np.sqrt(1 - sn**2) - 0.15 * sn)[..., None]
    bu, bv = (px - cx) / 270.0, (py - 1060.0) / 70.0
    base = np.clip((1.0 - np.maximum(np.abs(bu) ** 4 + np.abs(bv) ** 4, 0) ** 0.25) * 70.0 + 0.5, 0, 1)
    base_colour = mint * (0.7 + 0.3 * np.clip(-bv, -1, 1) * 0.6 + 0.12 * np.clip(-bu, -1, 1))[..., None]
    base_colour = base_colour * (1 + 0.02 * _fine("desk_fan/plastic", frame, 1.5))[..., None]
    colour = _over(_white(frame), stem_colour, stem)
    colour = _over(colour, base_colour, base)
    buttons = np.zeros_like(px)
    for bx, tint in ((cx - 110.0, (232, 232, 226)), (cx - 20.0, (232, 232, 226)), (cx + 70.0, (214, 60, 50))):
        button = np.clip(np.minimum(32.0 - np.abs(px - bx - 20.0), 13.0 - np.abs(py - 1040.0)) + 0.5, 0, 1)
        lit = (1.0 - 0.25 * np.clip((py - 1040.0) / 13.0, 0, 1))[..., None]
        colour = _over(colour, _rgb(frame, *tint) * lit, button)
        buttons = np.maximum(buttons, button)
    # the motor's dark housing behind the blades and three pale translucent blades
    housing = np.clip(120.0 - r + 0.5, 0, 1)
    motor = _grey(np.full_like(px, 70.0)) * (0.8 + 0.2 * np.clip(-(py - cy) / 120.0, -1, 1))[..., None]
    colour = _over(colour, motor, housing)
    blade_angle = (theta + 0.35) % (2 * np.pi / 3) - np.pi / 3
    spread = 0.62 * np.clip(1.0 - ((r - 190.0) / 140.0) ** 2, 0, 1) ** 0.5 + 0.08
    blades = np.clip((spread - np.abs(blade_angle)) * r + 0.5, 0, 1) * np.clip(305.0 - r + 0.5, 0, 1)
    blades = blades * np.clip(r - 40.0, 0, 1)
    blade_colour = np.array([214, 232, 240], dtype=np.float32) * (0.86 + 0.14 * np.cos(blade_angle * 3.0))[..., None]
    colour = _over(colour, blade_colour, blades * 0.92)
    # the chrome cage: an outer rim, thin rings and radial spokes, a badge in the middle
    rings = np.zeros_like(px)
    for ring_r in np.arange(80.0, 320.0, 20.0):
        rings = np.maximum(rings, np.clip(1.1 - np.abs(r - ring_r) + 0.5, 0, 1))
    rim = np.clip(5.0 - np.abs(r - cage_r + 4.0) + 0.5, 0, 1)
    spoke_gap = np.abs(((theta + np.pi / 32) % (np.pi / 16)) - np.pi / 32) * r
    spokes = np.clip(1.2 - spoke_gap + 0.5, 0, 1) * np.clip(r - 62.0, 0, 1) * np.clip(cage_r - r, 0, 1)
    wires = np.clip(np.maximum.reduce([rings * np.clip(cage_r - r, 0, 1), rim, spokes]), 0, 1)
    chrome = _grey(105.0 + 90.0 * np.cos(theta + 2.3) ** 2 + 20.0 * np.sin(r / 9.0))
    colour = _over(colour, chrome, wires)
    badge = np.clip(62.0 - r + 0.5, 0, 1)
    badge_colour = _grey(170.0 + 70.0 * np.clip(-(px - cx + py - cy) / 90.0, -1, 1))
    badge_colour = _over(badge_colour, _rgb(frame, 40, 80, 150), np.clip(3.0 - np.abs(r - 44.0) + 0.5, 0, 1))
    colour = _over(colour, badge_colour, badge)
    mask = np.clip(np.maximum.reduce([stem, base, buttons, housing, blades, wires, badge]), 0, 1)
    return _on_sweep(frame, colour, mask, "desk_fan", 0.26)


# ---- an orienteering compass -----------------------------------------------------------------------------


def _compass(
    frame: Frame, backdrop: np.ndarray, cx: float, cy: float, s: float, angle: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """(picture, mask) of a baseplate compass ``s`` times 690 px long laid over ``backdrop`` (seen through it)."""
    px, py = _px(frame)
    qx, qy = _turned(px, py, cx, cy, angle)
    qx, qy = qx / s, qy / s
    # the clear acrylic baseplate with rounded corners: the backdrop seen through it, a little darker and cooler
    corner = np.hypot(np.clip(np.abs(qx) - 130.0, 0, None), np.clip(np.abs(qy) - 310.0, 0, None))
    inset = np.minimum(160.0 - np.abs(qx), 340.0 - np.abs(qy))
    edge_in = np.where((np.abs(qx) > 130.0) & (np.abs(qy) > 310.0), 30.0 - corner, inset)
    plate = np.clip(edge_in * s + 0.5, 0, 1)
    through = backdrop * np.array([0.9, 0.94, 0.95], dtype=np.float32)
    through = through * (1.0 - 0.45 * np.clip((5.0 - edge_in) / 5.0, 0, 1))[..., None]
    through = through + (24.0 * np.exp(-(((qx + qy * 0.3 + 60.0) / 20.0) ** 2)))[..., None]
    picture = _over(backdrop, through, plate)
    # printed on it: a ruler's ticks along the left edge, direction-of-travel lines and a red arrow
    tick_step = 7.0
    tick = np.abs((qy + 1000.0) % tick_step - tick_step / 2) < 0.55
    long_tick = np.abs((qy + 1000.0) % (tick_step * 5) - tick_step * 2.5) < 0.7
    reach = np.where(long_tick, 34.0, 18.0)
    ticks = (tick | long_tick) & (qx < -160.0 + reach) & (qx > -156.0) & (np.abs(qy) < 300.0)
    ticks_f = ticks.astype(np.float32) * plate
    picture = _over(picture, _grey(np.full_like(px, 30.0)), _blurred(ticks_f, 0.4 * s))
    shaft = 12.0 - np.abs(qx) - np.clip(-qy - 250.0, 0, None) * 0.6
    arrow = np.clip(np.minimum(shaft, np.minimum(-qy - 180.0, qy + 320.0)) * s + 0.5, 0, 1)
    lines = np.clip(1.1 - np.abs(np.abs(qx) - 60.0) * s + 0.5, 0, 1) * np.clip((-qy - 160.0) * s, 0, 1)
    lines = lines * np.clip((qy + 300.0) * s, 0, 1)
    picture = _over(picture, _rgb(frame, 206, 36, 40), np.maximum(arrow, lines * 0.9) * plate)
    # the housing: a black bezel ring with 72 white ticks round a clear capsule
    hy = 90.0
    hr = np.hypot(qx, qy - hy)
    ht = np.arctan2(qy - hy, qx)
    bezel = np.clip((150.0 - hr) * s + 0.5, 0, 1) * np.clip((hr - 118.0) * s + 0.5, 0, 1)
    knurl = 1.0 + 0.4 * (np.sin(ht * 160.0) > 0.6) * np.clip((hr - 144.0) / 6.0, 0, 1)
    bezel_colour = _grey(28.0 * knurl + 18.0 * np.clip(-(qx + qy - hy) / 200.0, -1, 1) + 22.0)
    step = 2 * np.pi / 72
    tick_gap = np.abs(((ht + step / 2) % step) - step / 2) * hr
    white_ticks = np.clip((1.0 - tick_gap) * s + 0.5, 0, 1) * np.clip((hr - 122.0) * s, 0, 1)
    white_ticks = white_ticks * np.clip((140.0 - hr) * s, 0, 1)
    bezel_colour = _over(bezel_colour, _grey(np.full_like(px, 236.0)), white_ticks)
    capsule = np.clip((118.0 - hr) * s + 0.5, 0, 1)
    inside = picture * np.array([0.93, 0.96, 0.95], dtype=np.float32)
    meridians = np.zeros_like(px)
    for off in (-75.0, -45.0, -15.0, 15.0, 45.0, 75.0):
        meridians = np.maximum(meridians, np.clip((0.9 - np.abs(qx - off)) * s + 0.5, 0, 1))
    inside = _over(inside, _rgb(frame, 190, 40, 44), meridians * capsule * 0.85)
    # the orienting arrow's outline: a red box in the capsule
    orient = np.clip(np.minimum.reduce([26.0 - np.abs(qx), hy - 20.0 - qy, qy - hy + 100.0]) * s + 0.5, 0, 1)
    within = np.clip(np.minimum.reduce([22.0 - np.abs(qx), hy - 24.0 - qy, qy - hy + 96.0]) * s + 0.5, 0, 1)
    orient_outline = np.clip(orient - within, 0, 1)
    inside = _over(inside, _rgb(frame, 200, 40, 44), orient_outline)
    # the needle: a red north half and a white south half, a pivot
    nx, ny = _turned(qx, qy - hy, 0.0, 0.0, 22.0)
    needle = np.clip((14.0 * (1.0 - np.abs(ny) / 100.0) - np.abs(nx)) * s + 0.5, 0, 1)
    needle = needle * np.clip((100.0 - np.abs(ny)) * s, 0, 1)
    north, south = np.array([214, 30, 36], np.float32), np.array([238, 238, 232], np.float32)
    needle_colour = np.where((ny < 0)[..., None], north, south)
    needle_colour = needle_colour * (0.82 + 0.18 * np.sign(nx))[..., None]
    inside = _over(inside, needle_colour, needle)
    inside = _over(inside, _grey(np.full_like(px, 60.0)), np.clip((7.0 - hr) * s + 0.5, 0, 1))
    picture = _over(picture, inside, capsule)
    picture = _over(picture, bezel_colour, bezel)
    # an orange lanyard loop from a hole at the plate's bottom end
    loop_x, loop_y = qx, qy - 420.0
    loop_r = np.hypot(loop_x / 60.0, loop_y / 95.0)
    lanyard = np.clip((0.055 - np.abs(loop_r - 1.0)) * 60.0 * s + 0.5, 0, 1) * np.clip((qy - 332.0) * s, 0, 1)
    twist = 0.75 + 0.25 * np.sin(np.arctan2(loop_y, loop_x) * 30.0)
    cord = np.array([236, 110, 30], dtype=np.float32) * twist[..., None]
    picture = _over(picture, cord, lanyard)
    hole = np.clip((8.0 - np.hypot(qx, qy - 322.0)) * s + 0.5, 0, 1)
    picture = _over(picture, backdrop, hole)
    mask = np.clip(np.maximum.reduce([plate * (1 - hole), bezel, capsule, lanyard]), 0, 1)
    return picture, mask


def compass_packshot() -> Image.Image:
    """An orienteering compass lying flat, seen from above, turned, its clear baseplate on white, 8:7."""
    frame = Frame(1120, 980)
    _, mask = _compass(frame, _white(frame), 560.0, 470.0, 1.0, -32.0, "compass")
    picture, mask = _compass(frame, _sweep(frame, mask, 0.16), 560.0, 470.0, 1.0, -32.0, "compass")
    return _compact(picture, "compass", mask)


def map_table_scene() -> Image.Image:
    """The compass on a topographic map spread on a picnic table before a forest far out of focus."""
    frame = Frame(1400, 900)
    px, py = _px(frame)
    # the forest: dark green foliage with bright sky between the leaves, far out of focus
    leaves = frame.noise("map_table/leaves", 9, octaves=3)
    forest = _rgb(frame, 46, 84, 40) * (0.6 + 0.8 * leaves)[..., None]
    sky = np.clip((leaves - 0.62) / 0.1, 0, 1) * np.clip(1.2 - frame.y * 3.0, 0, 1)
    forest = _over(forest, _rgb(frame, 250, 252, 255), sky)
    forest = np.stack([_blurred(forest[..., c], 10.0) for c in range(3)], axis=2)
    # the table: weathered grey-brown planks, in focus, running across
    table_top = 250.0
    plank = np.floor((py - table_top) / 120.0)
    seams = np.exp(-((((py - table_top) % 120.0) - 0.0) / 2.5) ** 2)
    grain = 1 + 0.06 * _fine("map_table/planks", frame, (0.8, 18.0)) + 0.04 * np.sin(plank * 2.1)
    wood = _rgb(frame, 150, 128, 104) * (grain * (1 - 0.5 * seams) * (1.0 - 0.12 * frame.x))[..., None]
    scene = _over(forest, wood, np.clip(py - table_top + 0.5, 0, 1))
    # the map: cream paper with brown contour lines, a blue river, green woods and a blue grid
    mx0, mx1, my0, my1 = 180.0, 1260.0, 330.0, 900.0
    sheet = np.clip(np.minimum.reduce([px - mx0, mx1 - px, py - my0, my1 + 40.0 - py]) + 0.5, 0, 1)
    height = frame.noise("map_table/terrain", 4, octaves=3)
    paper = _rgb(frame, 240, 234, 214) * (1 + 0.02 * _fine("map_table/paper", frame, 1.0))[..., None]
    paper = _over(paper, _rgb(frame, 196, 222, 170), np.clip((height - 0.58) / 0.02, 0, 1) * 0.8)
    level = height * 26.0
    contour = np.clip(1.0 - np.abs(level - np.round(level)) / 0.05, 0, 1)
    paper = _over(paper, _rgb(frame, 170, 110, 60), contour * 0.8)
    river = np.abs(py - 620.0 - 80.0 * np.sin(px / 170.0) - 30.0 * np.sin(px / 53.0))
    paper = _over(paper, _rgb(frame, 70, 130, 200), np.clip(3.0 - river + 0.5, 0, 1))
    grid = np.minimum(np.abs((px - mx0) % 135.0 - 67.5), np.abs((py - my0) % 135.0 - 67.5))
    paper = _over(paper, _rgb(frame, 90, 130, 190), np.clip(67.5 - grid - 66.7, 0, 1) * 0.7)
    fold = np.exp(-(((px - 720.0) / 9.0) ** 2))
    paper = paper * (1.0 - 0.08 * fold + 0.05 * np.clip((px - 720.0) / 500.0, -1, 1))[..., None]
    scene = _over(scene, paper, sheet)
    # daylight from the upper left: a little brighter there
    scene = scene * (0.92 + 0.14 * (1 - frame.x) * (1 - 0.5 * frame.y))[..., None]
    _, mask = _compass(frame, scene, 820.0, 560.0, 0.58, 24.0, "map_table")
    shadow = _soft(mask, 8.0, 6, 8) * (1 - mask)
    scene = scene * (1 - 0.35 * shadow)[..., None]
    picture, _ = _compass(frame, scene, 820.0, 560.0, 0.58, 24.0, "map_table")
    return _compact(picture, "map_table")


# ---- a flat artist's brush -------------------------------------------------------------------------------


def paintbrush_packshot() -> Image.Image:
    """A flat artist's brush lying across, tilted a little: bristles, a crimped ferrule, a red handle, 12:5."""
    frame = Frame(1560, 650)
    px, py = _px(frame)
    qx, qy = _turned(px, py, 780.0, 325.0, -3.5)
    # the bristles: cream synthetic strands, a ragged chisel tip dipped in blue
    tip = -700.0 + 5.0 * frame.noise("paintbrush/tip", 40, octaves=2) * 2.0
    half_bristles = np.interp(qx, [-705.0, -520.0], [56.0, 60.0])
    bristles = np.clip(half_bristles - np.abs(qy) + 0.5, 0, 1) * np.clip(qx - tip + 0.5, 0, 1)
    bristles = bristles * np.clip(-510.0 - qx, 0, 1)
    strands = 1 + 0.16 * _fine("paintbrush/strands", frame, (0.6, 40.0))
    bn = np.clip(qy / 60.0, -1, 1)
    lit = (0.7 + 0.3 * np.sqrt(1 - bn**2) - 0.1 * bn) * strands
    hair = np.array([226, 204, 160], dtype=np.float32) * lit[..., None]
    paint = np.clip((tip + 60.0 - qx) / 30.0, 0, 1)
    hair = _over(hair, np.array([34, 58, 160], dtype=np.float32) * strands[..., None], paint)
    # the ferrule: brushed steel, narrowing towards the handle, two crimps
    half_ferrule = np.interp(qx, [-525.0, -330.0], [62.0, 46.0])
    ferrule = np.clip(half_ferrule - np.abs(qy) + 0.5, 0, 1)
    ferrule = ferrule * np.clip(np.minimum(qx + 525.0, -330.0 - qx) + 0.5, 0, 1)
    fn = np.clip(qy / np.maximum(half_ferrule, 1), -1, 1)
    metal = 140.0 + 70.0 * np.cos(2.6 * fn + 0.7) + 70.0 * np.exp(-(((fn + 0.4) / 0.1) ** 2))
    metal = metal * (1 + 0.04 * _fine("paintbrush/brushed", frame, (0.5, 14.0)))
    crimps = np.exp(-(((qx + 372.0) / 3.0) ** 2)) + np.exp(-(((qx + 358.0) / 3.0) ** 2))
    metal = metal * (1 - 0.4 * np.clip(crimps, 0, 1))
    # the handle: glossy red lacquer, swelling a little, then tapering to a rounded end
    half_handle = np.interp(qx, [-340.0, -200.0, 500.0, 690.0], [44.0, 50.0, 26.0, 16.0])
    handle = np.clip(half_handle - np.abs(qy) + 0.5, 0, 1) * np.clip(qx + 340.0, 0, 1)
    handle = handle * np.clip(690.0 - qx + 0.5, 0, 1)
    handle = np.maximum(handle, np.clip(16.0 - np.hypot(qx - 690.0, qy) + 0.5, 0, 1))
    hn = np.clip(qy / np.maximum(half_handle, 1), -1, 1)
    lacquer = np.array([176, 26, 30], dtype=np.float32) * (0.5 + 0.5 * np.sqrt(1 - hn**2) - 0.15 * hn)[..., None]
    lacquer = lacquer + (255.0 * np.exp(-(((hn + 0.45) / 0.09) ** 2)))[..., None]
    band = np.clip(4.0 - np.abs(qx + 250.0) + 0.5, 0, 1)
    lacquer = _over(lacquer, _rgb(frame, 214, 176, 80), band)
    colour = _over(_white(frame), hair, bristles)
    colour = _over(colour, _grey(metal), ferrule)
    colour = _over(colour, lacquer, handle)
    mask = np.clip(np.maximum.reduce([bristles, ferrule, handle]), 0, 1)
    return _on_sweep(frame, colour, mask, "paintbrush", 0.28)
