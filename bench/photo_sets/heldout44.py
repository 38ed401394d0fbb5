"""``heldout44``'s pictures: four products a gift shop, games shop, music shop and stamp dealer list, and one
scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 13:8 landscape of 1200 x 738 (paper folding fan), an 11:8 landscape of
  1200 x 873 (game controller), a 7:3 landscape of 1200 x 514 (pearwood recorder, thin in its frame), a 5:6
  portrait of 1000 x 1200 (postage stamp, small in it); the scene is a 16:9 landscape of 1200 x 675;
- the canvases they are padded onto (``PADDING``): a 1:0.8 landscape with a moderate margin round the fan's
  picture, a square with a close margin round the controller's picture (and the scene), a 1:0.6 landscape a
  little wider than the recorder's long picture, and a 1:1.3 portrait whose width is 2.7 times the height of
  the stamp's small picture (the picture covers about 9 % of it); every padded picture covers at least 8 % of
  its canvas;
- a cream paper folding fan opened to a half circle, seen from above: a pleated leaf painted with a branch of
  plum blossom, its bamboo ribs showing through the lit paper as darker lines, the backdrop between the
  sticks under the leaf, two broader lacquered guard sticks and a brass rivet (a pale, translucent product on
  white); a gloss-black game controller seen from above: a D-pad, four coloured face buttons, two rubber
  thumbsticks, a speaker grille, shoulder buttons peeking over its top edge and stippled grips (a dark,
  glossy product); a pearwood soprano recorder lying on its side: a beak, the labium window, turned rings at
  its joints and seven finger holes, two of them double (a thin product); a used Christmas postage stamp,
  small in its frame: a robin on a holly branch engraved in fine lines, a carmine frame, its value, a wavy
  machine cancel, perforated edges whose holes show the backdrop and a hinge remnant on its back that the
  light through it shows (a small product);
- every picture is a seller's phone photo taken straight down from a copy stand onto an A3 LED tracing
  light pad (a backlit white panel, glowing brighter than anything lit from the front, so it clips to pure
  white without editing), the item lit from above by two small daylight LED lamps on the stand's arms: no
  cast shadow at all, a veil of glare spilling from the pad over the item's outline (a bright rim a pixel or
  two wide fading into it), the glowing pad reflected along glossy outlines, paper lit through from behind
  (its fibres' clouds, a watermark, the ribs inside the fan's leaf); the phone's noise reduction, its
  sharpening and a gentle S tone curve, saved as a JPEG at quality 90 with 4:2:0 chroma; then the
  marketplace's web uploader crops it in the browser and shrinks the crop to 1200 px on the long side by
  drawing it onto a canvas (bilinear sampling without a prefilter: the phone's grain kept at full strength
  and fine patterns aliased) and re-encodes it with ``toBlob`` as a JPEG at quality 85 with 4:2:0 chroma;
- one full-frame scene: the controller seen from above on a walnut coffee table beside a mug of coffee and
  the corner of a grey knitted throw, lit by a window to the left (soft shadows cast to the right), the same
  phone and uploader without the pad.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the pad), for the
bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from bench.photo_sets.heldout34 import _box
from bench.photo_sets.heldout35 import _grid
from bench.photo_sets.heldout36 import _blur, _over, _rgb
from bench.photo_sets.heldout37 import _ellipse
from bench.photo_sets.heldout43 import _poly

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "paper_fan": (820, 1.4, 0.8),
    "game_controller": (760, 1.25, 1.0),
    "pearwood_recorder": (920, 1.1, 0.6),
    "postage_stamp": (300, 2.7, 1.3),
}

_MASKS: dict[str, np.ndarray] = {}

# the light pad's glow where a white card lit by the lamps would be 1: it clips, well past white
_PAD = 1.32


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout44/" + name).encode()))


def _fine(name: str, shape: tuple[int, int], radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance noise blurred by ``radius`` px (of the array); along a wide radius drawn coarser and
    enlarged."""
    from scipy import ndimage

    radii = np.broadcast_to(np.asarray(radius, dtype=np.float64), (2,))
    steps = [max(1, int(r // 3.0)) for r in radii]
    rows, cols = -(-shape[0] // steps[0]) + 1, -(-shape[1] // steps[1]) + 1
    pads = [int(3 * r / step) + 1 for r, step in zip(radii, steps)]
    values = _rng(name).normal(0, 1, (rows + 2 * pads[0], cols + 2 * pads[1])).astype(np.float32)
    values = ndimage.gaussian_filter(values, (radii[0] / steps[0], radii[1] / steps[1]), mode="wrap")
    values = values[pads[0] : -pads[0], pads[1] : -pads[1]]
    if steps != [1, 1]:
        values = ndimage.zoom(values, steps, order=1)
    values = values[: shape[0], : shape[1]]
    return (values - float(values.mean())) / float(values.std())


def _wide(values: np.ndarray, radius: float) -> np.ndarray:
    """``values`` blurred by a wide ``radius`` px, on a coarser copy."""
    from scipy import ndimage

    step = max(1, int(radius // 4.0))
    if step == 1:
        return _blur(values, radius)
    small = ndimage.zoom(values, 1.0 / step, order=1)
    small = ndimage.gaussian_filter(small, radius / step, mode="nearest")
    factors = (values.shape[0] / small.shape[0], values.shape[1] / small.shape[1])
    return ndimage.zoom(small, factors, order=1)[: values.shape[0], : values.shape[1]]


# ---- drawing on the phone's own grid, in pixels of the 1200-px upload --------------------------------------


def _frame(w: int, h: int, k: float) -> tuple[np.ndarray, np.ndarray]:
    """The phone's crop of a ``w`` x ``h`` upload, ``k`` times as large: each of its pixels' centre in pixels
    of the upload (what is drawn with a one-pixel antialiased edge here is ``k`` of the phone's pixels wide)."""
    gx, gy = _grid(round(w * k), round(h * k))
    return (gx + 0.5) / k - 0.5, (gy + 0.5) / k - 0.5


def _span(px: np.ndarray, py: np.ndarray, x0: float, y0: float, x1: float, y1: float) -> tuple[slice, slice]:
    """The rows and columns of the phone's grid (from ``_frame``) inside the box (x0, y0)-(x1, y1) of the
    upload."""
    cols = np.searchsorted(px[0], [min(x0, x1), max(x0, x1)])
    rows = np.searchsorted(py[:, 0], [min(y0, y1), max(y0, y1)])
    return slice(int(rows[0]), int(rows[1])), slice(int(cols[0]), int(cols[1]))


def _near(px: np.ndarray, py: np.ndarray, x: float, y: float, reach: float) -> tuple[slice, slice]:
    """The rows and columns of the phone's grid within ``reach`` px of (x, y) of the upload."""
    return _span(px, py, x - reach, y - reach, x + reach, y + reach)


def _turn(
    px: np.ndarray, py: np.ndarray, cx: float, cy: float, degrees: float
) -> tuple[np.ndarray, np.ndarray]:
    """Coordinates in which a shape drawn upright about (cx, cy) shows turned by ``degrees`` (clockwise)."""
    a = np.deg2rad(degrees)
    dx, dy = px - cx, py - cy
    return cx + dx * np.cos(a) + dy * np.sin(a), cy - dx * np.sin(a) + dy * np.cos(a)


def _stroke(
    px: np.ndarray, py: np.ndarray, points: list[tuple[float, float]], w0: float, w1: float
) -> np.ndarray:
    """An antialiased brush stroke along ``points``, ``w0`` wide at its start tapering to ``w1``."""
    out = np.zeros(px.shape, dtype=np.float32)
    lengths = [float(np.hypot(b[0] - a[0], b[1] - a[1])) for a, b in zip(points, points[1:])]
    total = max(sum(lengths), 1e-6)
    done = 0.0
    for (x0, y0), (x1, y1), length in zip(points, points[1:], lengths):
        dx, dy = x1 - x0, y1 - y0
        t = np.clip(((px - x0) * dx + (py - y0) * dy) / max(length**2, 1e-6), 0, 1)
        d = np.hypot(px - x0 - t * dx, py - y0 - t * dy)
        width = w0 + (w1 - w0) * (done + t * length) / total
        out = np.maximum(out, np.clip(width / 2.0 - d + 0.5, 0, 1))
        done += length
    return out


def _shifted(values: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """``values`` moved ``dx`` px right and ``dy`` px down, zeros coming in."""
    out = np.zeros_like(values)
    h, w = values.shape[:2]
    out[max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] = values[
        max(-dy, 0) : h + min(-dy, 0), max(-dx, 0) : w + min(-dx, 0)
    ]
    return out


def _rim(mask: np.ndarray, k: float, width: float) -> np.ndarray:
    """How near the outline each pixel of ``mask`` lies (1 on it, fading over ``width`` px of the upload)."""
    return np.clip((1.0 - _wide(mask, width * k)) * 2.0, 0, 1) * mask


# ---- the light pad, the phone and the browser's uploader ---------------------------------------------------


def _on_pad(colour: np.ndarray, mask: np.ndarray, k: float) -> np.ndarray:
    """``colour`` (the item as the lamps and the pad's light through it show it) on the glowing pad, and the
    veil of glare the pad spills over it: a bright rim a pixel or two wide, a glow fading a few pixels into
    it and a faint haze over the whole frame."""
    h, w = mask.shape
    gx, gy = _grid(w, h)
    r2 = ((gx / w - 0.5) ** 2 + (gy / h - 0.5) ** 2) * 2.0
    pad = _PAD * (1.0 - 0.1 * r2)
    glow = pad * (1.0 - mask)
    veil = 0.1 * _blur(glow, 0.9 * k) + 0.045 * _wide(glow, 5.0 * k) + 0.02 * _wide(glow, 45.0 * k)
    out = _over(pad[..., None] * np.ones(3, dtype=np.float32), colour, mask)
    return out + veil[..., None]


def _phone(scene: np.ndarray, name: str) -> np.ndarray:
    """The phone's photo of ``scene`` (sRGB 0..1, 1 clips): sensor noise, noise reduction that smooths the
    luma's small ripples and smears the chroma, sharpening, a gentle S tone curve, 8 bits, a JPEG at quality
    90 with 4:2:0 chroma. The decoded levels, 0..255."""
    values = np.clip(scene, 0, 1.05)
    noise = _rng(name + "/sensor").normal(0, 1, values.shape).astype(np.float32)
    values = np.clip(values + noise * (0.006 + 0.012 * np.sqrt(np.clip(values, 0, 1))), 0, 1.05)
    y = values @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    chroma = values - y[..., None]
    ripple = y - _blur(y, 1.3)
    y = y - 0.75 * ripple * np.exp(-((ripple / 0.025) ** 2))
    chroma = _blur(chroma, (2.2, 2.2, 0))
    y = y + 0.7 * (y - _blur(y, 1.6))
    values = np.clip(y[..., None] + chroma, 0, 1)
    values = values - 0.045 * np.sin(2.0 * np.pi * values)
    image = Image.fromarray(np.clip(values * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, subsampling=2)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _bilinear(values: np.ndarray, w: int, h: int) -> np.ndarray:
    """A canvas's ``drawImage`` of ``values`` at ``w`` x ``h``: each pixel sampled bilinearly at its centre,
    from the four nearest source pixels only (no prefilter, however much smaller)."""
    rows, cols = values.shape[:2]
    sx = np.clip((np.arange(w, dtype=np.float64) + 0.5) * cols / w - 0.5, 0, cols - 1)
    sy = np.clip((np.arange(h, dtype=np.float64) + 0.5) * rows / h - 0.5, 0, rows - 1)
    x0 = np.minimum(np.floor(sx).astype(int), cols - 2)
    y0 = np.minimum(np.floor(sy).astype(int), rows - 2)
    fx = (sx - x0).astype(np.float32)
    fy = (sy - y0).astype(np.float32)
    if values.ndim == 3:
        fx, fy = fx[:, None], fy[:, None, None]
    else:
        fy = fy[:, None]
    top = values[y0][:, x0] * (1.0 - fx) + values[y0][:, x0 + 1] * fx
    bottom = values[y0 + 1][:, x0] * (1.0 - fx) + values[y0 + 1][:, x0 + 1] * fx
    return top * (1.0 - fy) + bottom * fy


def _export(
    scene: np.ndarray, name: str, size: tuple[int, int], mask: np.ndarray | None = None
) -> Image.Image:
    """The upload of ``scene`` (drawn on the phone's grid, sRGB 0..1): the phone's JPEG, drawn by the
    marketplace's uploader onto a ``size`` canvas and saved by ``toBlob`` as a JPEG at quality 85, 4:2:0."""
    w, h = size
    photo = _phone(scene, name)
    shrunk = _bilinear(photo, w, h)
    image = Image.fromarray(np.clip(shrunk + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, subsampling=2)
    if mask is not None:
        _MASKS[name] = _bilinear(mask, w, h) > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# ---- a game controller -------------------------------------------------------------------------------------


def _controller(
    px: np.ndarray,
    py: np.ndarray,
    backdrop: np.ndarray,
    place: tuple[float, float, float, float],
    k: float,
    name: str,
    lamps: tuple[float, float, float],
) -> tuple[np.ndarray, np.ndarray]:
    """The gloss-black controller seen from above at ``place`` (centre x, y, size, turn in degrees) over
    ``backdrop``, its gloss catching ``lamps`` (the left lamp's, the right lamp's and the outline's share):
    colour, mask."""
    cx, cy, s, angle = place
    tx, ty = _turn(px, py, cx, cy, angle)
    u, v = (tx - cx) / s, (ty - cy) / s
    shape = px.shape
    upper = _box(u, v, -350.0, -200.0, 350.0, 40.0, 105.0)
    grips = np.zeros(shape, dtype=np.float32)
    for side in (-1.0, 1.0):
        gu, gv = _turn(u, v, 262.0 * side, 130.0, -19.0 * side)
        grips = np.maximum(grips, _ellipse(gu, gv, 262.0 * side, 130.0, 98.0, 200.0))
    middle = np.clip(
        _box(u, v, -330.0, -150.0, 330.0, 150.0, 60.0) - _ellipse(u, v, 0.0, 285.0, 215.0, 160.0), 0, 1
    )
    body = np.clip(np.maximum.reduce([upper, grips, middle]), 0, 1)
    band = _box(u, v, -342.0, -222.0, 342.0, 0.0, 112.0)
    bumpers = band * np.maximum(
        _ellipse(u, v, -252.0, -196.0, 104.0, 40.0), _ellipse(u, v, 252.0, -196.0, 104.0, 40.0)
    )
    bumpers = np.clip(bumpers - body, 0, 1)
    mask = np.clip(body + bumpers, 0, 1)
    # the shoulder buttons: matte dark grey, lit along their top edge
    edge = np.clip((1.0 - _wide(upper, 6.0 * k * s)) * 2.0, 0, 1)
    colour = _over(backdrop, _rgb(40, 40, 44)[None, None, :] * (0.75 + 0.45 * edge)[..., None], bumpers)
    # the body: black gloss, a little lifted where it bulges, the stippled rear of the grips matte
    bulge = np.clip(1.0 - (u / 380.0) ** 2 - ((v + 60.0) / 260.0) ** 2, 0, 1)
    black = _rgb(17, 17, 19)[None, None, :] * (0.85 + 0.35 * bulge)[..., None]
    colour = _over(colour, black, body)
    stipple = grips * np.clip((v - 170.0) / 60.0, 0, 1) * np.clip(np.abs(u) - 150.0, 0, 1)
    bumps = 1.0 + 0.2 * np.clip(_fine(name + "/stipple", shape, 0.45 * k * s + 0.3), -1.5, 2.5)
    colour = _over(colour, _rgb(27, 27, 30)[None, None, :] * bumps[..., None], stipple)
    gloss = body * (1.0 - stipple)
    # the lamps in the gloss: a broad soft light on each shoulder, a long one down each grip, fingerprints
    left, right, outline = lamps
    shine = np.zeros(shape, dtype=np.float32)
    for side, strength in ((-1.0, left), (1.0, right)):
        spot = _box(u, v, 185.0 * side - 62.0, -176.0, 185.0 * side + 62.0, -146.0, 15.0)
        spot = _wide(spot, 5.0 * k * s) * (
            1.0 - 0.4 * np.clip((np.abs(u) - 185.0) * side * side / 70.0, -1, 1)
        )
        gu, gv = _turn(u, v, 262.0 * side, 130.0, -19.0 * side)
        ridge = np.exp(-(((gu - 262.0 * side + 38.0 * side) / 20.0) ** 2))
        ridge = ridge * np.clip(1.0 - ((gv - 90.0) / 150.0) ** 2, 0, 1)
        shine = shine + strength * (spot + 0.55 * ridge)
    prints = 1.0 + 0.12 * np.clip(_fine(name + "/prints", shape, 6.0 * k * s + 0.5), -1.5, 1.5)
    colour = colour + (shine * prints * gloss * 0.55)[..., None]
    colour = colour + (outline * _rim(body, k, 3.5 * s) * (1.0 - stipple))[..., None]
    colour = (
        colour
        + (0.012 * np.clip(_fine(name + "/smudge", shape, 14.0 * k * s + 1.0) - 0.6, 0, 2) * gloss)[..., None]
    )
    a = np.deg2rad(angle)

    def near(x: float, y: float, reach: float) -> tuple[slice, slice]:
        """The window of the grid round the controller's own point (x, y), ``reach`` of its px about it."""
        ux = cx + s * (x * np.cos(a) - y * np.sin(a))
        uy = cy + s * (x * np.sin(a) + y * np.cos(a))
        return _near(px, py, ux, uy, reach * s + 4.0)

    # the D-pad in its round recess
    dx, dy = -215.0, -75.0
    win = near(dx, dy, 80.0)
    pu, pv, part = u[win], v[win], colour[win]
    recess = _ellipse(pu, pv, dx, dy, 74.0, 74.0)
    part = part * (1.0 - 0.35 * recess)[..., None]
    lip = np.clip(1.0 - np.abs(np.hypot(pu - dx, pv - dy) - 74.0) / 2.5, 0, 1) * (pv > dy)
    part = part + 0.06 * lip[..., None]
    cross = np.maximum(
        _box(pu, pv, dx - 59.0, dy - 18.0, dx + 59.0, dy + 18.0, 6.0),
        _box(pu, pv, dx - 18.0, dy - 59.0, dx + 18.0, dy + 59.0, 6.0),
    )
    cross_shade = (
        0.9
        + 0.125 * np.clip((dy - pv) / 59.0, -1, 1)
        + 0.15 * np.exp(-(((pu - dx + 30.0) / 14.0) ** 2 + ((pv - dy + 30.0) / 14.0) ** 2))
    )
    part = _over(part, _rgb(34, 34, 37)[None, None, :] * cross_shade[..., None], cross)
    for ax, ay in ((0.0, -42.0), (0.0, 42.0), (-42.0, 0.0), (42.0, 0.0)):
        part = part * (1.0 - 0.4 * _ellipse(pu, pv, dx + ax, dy + ay, 5.0, 5.0))[..., None]
    colour[win] = part
    # four face buttons, domed and clear-coloured, each with a lamp's spark
    fx, fy = 215.0, -75.0
    for (bx, by), rgb in (
        ((0.0, -56.0), (222, 184, 52)),
        ((56.0, 0.0), (206, 56, 50)),
        ((0.0, 56.0), (62, 164, 76)),
        ((-56.0, 0.0), (56, 104, 196)),
    ):
        x0, y0 = fx + bx, fy + by
        win = near(x0, y0, 34.0)
        pu, pv, part = u[win], v[win], colour[win]
        part = part * (1.0 - 0.6 * _ellipse(pu, pv, x0, y0, 29.0, 29.0))[..., None]
        cap = _ellipse(pu, pv, x0, y0, 25.0, 25.0)
        r = np.clip(np.hypot(pu - x0, pv - y0) / 25.0, 0, 1)
        dome = (0.62 + 0.38 * np.sqrt(1.0 - r**2) - 0.12 * np.clip((pv - y0) / 25.0, -1, 1))[..., None]
        part = _over(part, _rgb(*rgb)[None, None, :] * dome, cap)
        spark = np.exp(-(((pu - x0 + 9.0) / 5.0) ** 2 + ((pv - y0 + 10.0) / 4.0) ** 2)) * cap
        colour[win] = part + 0.55 * spark[..., None]
    # the two thumbsticks: a dark well, a rubber cap dished in the middle with a knurled rim
    for sx in (-112.0, 112.0):
        sy = 78.0
        win = near(sx, sy, 76.0)
        pu, pv, part = u[win], v[win], colour[win]
        part = part * (1.0 - 0.55 * _ellipse(pu, pv, sx, sy, 70.0, 70.0))[..., None]
        cap = _ellipse(pu, pv, sx, sy, 53.0, 53.0)
        r = np.hypot(pu - sx, pv - sy) / 53.0
        turn = np.arctan2(pv - sy, pu - sx)
        dish = 0.78 + 0.22 * np.clip(r, 0, 1) ** 2
        dish = dish - 0.14 * np.clip((sy - pv) / 53.0, -1, 1) * np.clip(1.0 - r / 0.8, 0, 1)
        knurl = np.where(r > 0.8, 0.82 + 0.18 * (np.sin(turn * 48.0) > 0.0), 1.0)
        ring_light = 0.3 * np.clip(1.0 - np.abs(r - 0.82) / 0.05, 0, 1) * np.clip((sy - pv) / 53.0, 0, 1)
        rubber = 1.0 + 0.05 * _fine(name + f"/rubber{sx:+.0f}", pu.shape, 0.5 * k * s + 0.3)
        cap_colour = _rgb(44, 44, 47)[None, None, :] * (dish * knurl * rubber + ring_light)[..., None]
        colour[win] = _over(part, cap_colour, cap)
    # the home button, two small buttons, a speaker grille and the player light
    win = near(0.0, 118.0, 26.0)
    pu, pv, part = u[win], v[win], colour[win]
    home = _ellipse(pu, pv, 0.0, 118.0, 21.0, 21.0)
    spark = 1.0 + 0.8 * np.exp(-(((pu + 7.0) / 6.0) ** 2 + ((pv - 110.0) / 5.0) ** 2))
    part = _over(part, _rgb(22, 22, 24)[None, None, :] * spark[..., None], home)
    logo = np.clip(1.2 - np.abs(np.hypot(pu, pv - 118.0) - 10.0), 0, 1) * home
    colour[win] = _over(part, _rgb(120, 120, 124), logo)
    for bx in (-128.0, 128.0):
        win = near(bx, -152.0, 24.0)
        pu, pv, part = u[win], v[win], colour[win]
        part = part * (1.0 - 0.5 * _box(pu, pv, bx - 10.0, -171.0, bx + 10.0, -133.0, 10.0))[..., None]
        pill = _box(pu, pv, bx - 7.0, -168.0, bx + 7.0, -136.0, 7.0)
        pill_shade = 0.8 + 0.3 * np.clip((-150.0 - pv) / 16.0, 0, 1)
        colour[win] = _over(part, _rgb(58, 58, 62)[None, None, :] * pill_shade[..., None], pill)
    win = near(0.0, 18.0, 50.0)
    pu, pv = u[win], v[win]
    grille = _box(pu, pv, -44.0, -2.0, 44.0, 38.0, 14.0)
    row = np.round((pv - 4.0) / 8.0)
    hx = pu - 4.5 * (row % 2)
    holes = np.clip(2.4 - np.hypot(hx - 9.0 * np.round(hx / 9.0), pv - 4.0 - 8.0 * row) + 0.5, 0, 1) * grille
    colour[win] = colour[win] * (1.0 - 0.8 * holes)[..., None]
    win = near(0.0, -187.0, 40.0)
    light = _box(u[win], v[win], -34.0, -190.0, 34.0, -184.0, 3.0)
    colour[win] = _over(colour[win], np.array([0.72, 0.86, 1.0], dtype=np.float32), light)
    return colour, mask


def game_controller_packshot() -> Image.Image:
    """A gloss-black game controller seen from above on the light pad, 11:8."""
    w, h, k = 1200, 873, 1.8
    px, py = _frame(w, h, k)
    place = (600.0, 418.0, 1.1, -2.0)
    backdrop = np.ones(px.shape + (3,), dtype=np.float32)
    colour, mask = _controller(px, py, backdrop, place, k, "controller", (0.6, 0.55, 0.35))
    return _export(_on_pad(colour, mask, k), "game_controller", (w, h), mask)


# ---- a pearwood recorder -----------------------------------------------------------------------------------


def pearwood_recorder_packshot() -> Image.Image:
    """A pearwood soprano recorder lying on its side, its beak to the left, thin in a 7:3 landscape."""
    w, h, k = 1200, 514, 1.75
    px, py = _frame(w, h, k)
    shape = px.shape
    length = 1030.0
    tx, ty = _turn(px, py, 600.0, 257.0, -3.0)
    a, b = tx - (600.0 - length / 2.0), ty - 257.0
    # its radius along its length: the beak, the head joint and its bead, the tapering body, the foot's socket
    # ring, the foot flaring to a bead at the bell
    knots = [
        (0.0, 12.5),
        (18.0, 14.5),
        (60.0, 17.0),
        (110.0, 18.8),
        (160.0, 19.6),
        (318.0, 20.2),
        (321.0, 23.0),
        (347.0, 23.4),
        (350.0, 18.6),
        (600.0, 17.2),
        (818.0, 15.8),
        (821.0, 19.8),
        (846.0, 20.0),
        (849.0, 16.4),
        (950.0, 15.6),
        (992.0, 17.4),
        (1008.0, 19.4),
        (1011.0, 20.6),
        (1026.0, 20.2),
        (1030.0, 19.0),
    ]
    radius = np.interp(a, [p[0] for p in knots], [p[1] for p in knots]).astype(np.float32)
    mask = np.clip(radius - np.abs(b) + 0.5, 0, 1)
    mask = mask * np.clip(a - 0.004 * b**2 + 0.5, 0, 1) * np.clip(length - a + 0.5, 0, 1)
    across = np.clip(b / np.maximum(radius, 1.0), -1, 1)
    # pearwood: a fine straight grain along it, a reddish figure, an oiled sheen along its top, the lit pad
    # seen at a grazing angle along its sides
    grain = (
        1.0
        + 0.05 * _fine("recorder/grain", shape, (0.5 * k, 30.0 * k))
        + 0.035 * _fine("recorder/figure", shape, (4.0 * k, 120.0 * k))
    )
    round_shade = 0.7 + 0.3 * np.sqrt(1.0 - across**2) - 0.04 * across
    beak = 0.88 + 0.12 * np.clip(a / 110.0, 0, 1)
    wood = _rgb(192, 136, 96)[None, None, :] * (round_shade * grain * beak)[..., None]
    colour = _over(np.ones(shape + (3,), dtype=np.float32), wood, mask)
    sheen = (
        0.1 * np.exp(-(((across + 0.18) / 0.22) ** 2)) * (1.0 + 0.3 * _fine("recorder/oil", shape, 9.0 * k))
    )
    colour = colour + ((sheen + 0.16 * np.abs(across) ** 10) * mask)[..., None]
    # the turned rings' grooves
    for x0 in (321.0, 334.0, 347.0, 821.0, 846.0, 1011.0):
        groove = np.clip(1.3 - np.abs(a - x0), 0, 1) * mask
        colour = colour * (1.0 - 0.45 * groove)[..., None]
    # the windway's slit at the tip of the beak
    slit = _box(a, b, 0.5, -6.0, 3.0, 6.0, 1.0) * mask
    colour = colour * (1.0 - 0.6 * slit)[..., None]
    # the labium window: the windway's dark exit, then the ramp rising to the surface
    hole = _box(a, b, 198.0, -8.0, 209.0, 8.0, 1.2)
    colour = _over(colour, _rgb(28, 18, 12), hole)
    ramp = _box(a, b, 208.5, -8.0, 228.0, 8.0, 1.2)
    ramp_shade = 0.8 + 0.3 * np.clip((a - 208.5) / 19.5, 0, 1)
    colour = _over(colour, _rgb(206, 152, 110)[None, None, :] * (ramp_shade * grain)[..., None], ramp)
    colour = colour * (1.0 - 0.35 * np.clip(1.2 - np.abs(a - 228.0), 0, 1) * ramp)[..., None]
    # the maker's stamp, burnt into the head
    mark = np.clip(1.0 - np.abs(np.hypot((a - 268.0) / 1.3, b) - 6.0), 0, 1) * mask
    colour = colour * (1.0 - 0.35 * mark)[..., None]
    # the finger holes: five single ones, then a double hole on the body and one on the foot
    holes = [(x0, 0.0, 5.2) for x0 in (430.0, 487.0, 544.0, 620.0, 678.0)]
    holes += [(736.0, -5.2, 3.4), (736.0, 5.2, 3.4), (905.0, -4.6, 3.1), (905.0, 4.6, 3.1)]
    for x0, y0, r in holes:
        well = _ellipse(a, b, x0, y0, r, r)
        inside = np.clip((b - y0) / r, -1, 1)
        colour = _over(
            colour, _rgb(34, 22, 14)[None, None, :] * (1.0 + 1.6 * np.clip(inside, 0, 1))[..., None], well
        )
        lip = np.clip(1.0 - np.abs(np.hypot(a - x0, b - y0) - r - 0.8), 0, 1) * (b > y0)
        colour = colour + 0.1 * (lip * mask)[..., None]
    return _export(_on_pad(colour, mask, k), "pearwood_recorder", (w, h), mask)


# ---- a paper folding fan -----------------------------------------------------------------------------------


def paper_fan_packshot() -> Image.Image:
    """A cream paper folding fan opened to a half circle, plum blossom painted on its pleated leaf, 13:8."""
    w, h, k = 1200, 738, 1.7
    px, py = _frame(w, h, k)
    shape = px.shape
    ox, oy = 600.0, 650.0  # the rivet
    dx, dy = px - ox, oy - py
    r = np.hypot(dx, dy)
    theta = np.degrees(np.arctan2(dy, dx))
    first, last, sticks = 9.0, 171.0, 17
    step = (last - first) / (sticks - 1)
    inner, outer = 236.0, 548.0
    # the leaf: an annulus between the guards, its edge a little scalloped where the pleats fold
    phase = (theta - first) / (step / 2.0)
    fold = phase - np.floor(phase)
    tri = 1.0 - 2.0 * np.abs(fold - 0.5)  # 0 on a fold, 1 mid-face
    facing = np.where(np.floor(phase) % 2 == 0, 1.0, -1.0)
    edge_r = outer - 3.0 * tri
    arc = np.radians(np.minimum(theta - first, last - theta)) * r
    leaf = np.clip(r - inner + 0.5, 0, 1) * np.clip(edge_r - r + 0.5, 0, 1) * np.clip(arc + 0.5, 0, 1)
    leaf = leaf * (dy > -20.0)
    # the ribs: inner sticks from behind the rivet to under the leaf, glued inside it nearly to its edge; two
    # broader guard sticks on top reaching its edge
    ribs = np.zeros(shape, dtype=np.float32)
    inside_ribs = np.zeros(shape, dtype=np.float32)
    guards = np.zeros(shape, dtype=np.float32)
    guard_light = np.zeros(shape, dtype=np.float32)
    stick_shade = np.ones(shape, dtype=np.float32)
    stick_grain = np.ones(shape, dtype=np.float32)
    for i in range(sticks):
        t = np.radians(first + step * i)
        reach = outer + 8.0 if i in (0, sticks - 1) else 0.93 * outer + 2.0
        ends_x = (ox - 26.0 * np.cos(t), ox + reach * np.cos(t))
        ends_y = (oy + 26.0 * np.sin(t), oy - reach * np.sin(t))
        win = _span(px, py, min(ends_x) - 16.0, min(ends_y) - 16.0, max(ends_x) + 16.0, max(ends_y) + 16.0)
        wx, wy = dx[win], dy[win]
        along = wx * np.cos(t) + wy * np.sin(t)
        perp = -wx * np.sin(t) + wy * np.cos(t)
        if i in (0, sticks - 1):
            half = 9.0 + 4.0 * np.clip(along / outer, 0, 1)
            guard = np.clip(half - np.abs(perp) + 0.5, 0, 1) * np.clip(along + 26.0 + 0.5, 0, 1)
            guard = guard * np.clip(outer + 6.0 - along + 0.5, 0, 1)
            guards[win] = np.maximum(guards[win], guard)
            guard_light[win] = np.maximum(guard_light[win], guard * np.exp(-(((perp - 2.5) / 2.2) ** 2)))
            continue
        half = 3.0 + 5.0 * np.clip(along / inner, 0, 1)
        stick = np.clip(half - np.abs(perp) + 0.5, 0, 1) * np.clip(along + 24.0 + 0.5, 0, 1)
        stick = stick * np.clip(inner + 8.0 - along + 0.5, 0, 1)
        # each stick lies on the one before it: a thin shade along its lower side
        lower = 1.0 - 0.25 * np.clip(1.5 - np.abs(perp + half - 1.0), 0, 1)
        stick_shade[win] = np.where(stick > 0.5, lower, stick_shade[win])
        fibres = 1.0 + 0.05 * np.sin(perp * 2.1 + 1.3 * i) + 0.03 * np.sin(perp * 5.3 + 0.7 * i)
        stick_grain[win] = np.where(stick > 0.5, fibres, stick_grain[win])
        ribs[win] = np.maximum(ribs[win], stick)
        rib_half = 3.0 - 1.4 * np.clip((along - inner) / (outer - inner), 0, 1)
        inside = np.clip(rib_half - np.abs(perp) + 0.5, 0, 1) * np.clip(along - inner + 0.5, 0, 1)
        inside_ribs[win] = np.maximum(inside_ribs[win], inside * np.clip(0.93 * outer - along + 0.5, 0, 1))
    butt = _ellipse(px, py, ox, oy + 4.0, 24.0, 24.0)
    ribs = np.clip(np.maximum(ribs, butt) - leaf, 0, 1)
    mask = np.clip(np.maximum.reduce([leaf, ribs, guards]), 0, 1)
    colour = np.ones(shape + (3,), dtype=np.float32)
    # the bamboo sticks: pale, a grain along each, lit from above
    bamboo = _rgb(206, 172, 124)[None, None, :] * (0.93 * stick_grain * stick_shade)[..., None]
    colour = _over(colour, bamboo, ribs)
    # the leaf: paper lit from the front by the lamps (each pleat's two faces turned towards one lamp or the
    # other, a crease line on each fold) and from behind by the pad (its fibres' clouds, the ribs inside it
    # blocking that light, a folded-over binding along the edge)
    front = 0.77 * (
        1.0 + 0.06 * facing * (0.3 + 0.7 * tri) - 0.12 * np.clip(1.0 - tri / 0.06, 0, 1) * (facing > 0)
    )
    front = front * (1.0 + 0.012 * _fine("fan/fibres", shape, 0.6 * k))
    clouds = 1.0 + 0.05 * _fine("fan/clouds", shape, 2.2 * k)
    through = 0.12 * _PAD * clouds * (1.0 - 0.85 * inside_ribs)
    binding = np.clip((r - (edge_r - 7.0)) + 0.5, 0, 1)
    through = through * (1.0 - 0.45 * binding)
    paper = _rgb(240, 230, 206)[None, None, :] * (front + through)[..., None]
    # the painted plum branch: dark ink, five-petal blossoms with red hearts, buds
    branch = np.zeros(shape, dtype=np.float32)
    for points, w0, w1 in (
        (
            [(268.0, 470.0), (360.0, 420.0), (430.0, 330.0), (540.0, 262.0), (700.0, 190.0), (842.0, 150.0)],
            15.0,
            4.0,
        ),
        ([(430.0, 330.0), (402.0, 250.0), (418.0, 168.0)], 8.0, 2.5),
        ([(700.0, 190.0), (760.0, 240.0), (850.0, 262.0)], 7.0, 2.0),
        ([(540.0, 262.0), (600.0, 300.0)], 5.0, 2.0),
    ):
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        win = _span(px, py, min(xs) - w0, min(ys) - w0, max(xs) + w0, max(ys) + w0)
        branch[win] = np.maximum(branch[win], _stroke(px[win], py[win], points, w0, w1))
    ink = branch * (0.9 + 0.08 * _fine("fan/ink", shape, (2.0 * k, 6.0 * k)))
    paper = _over(
        paper, _rgb(62, 44, 36)[None, None, :] * (front + 0.4 * through)[..., None] / 0.77, np.clip(ink, 0, 1)
    )
    blossoms = [
        (388.0, 390.0, 15.0),
        (466.0, 300.0, 13.0),
        (412.0, 232.0, 12.0),
        (610.0, 236.0, 14.0),
        (655.0, 205.0, 11.0),
        (772.0, 170.0, 13.0),
        (808.0, 250.0, 12.0),
        (600.0, 300.0, 10.0),
        (330.0, 448.0, 12.0),
    ]
    for bx, by, size in blossoms:
        win = _near(px, py, bx, by, size + 3.0)
        wx, wy, part = px[win] - bx, py[win] - by, paper[win]
        lit = (front[win] + 0.6 * through[win]) / 0.77
        rr = np.hypot(wx, wy)
        petal_r = size * (0.72 + 0.28 * np.abs(np.cos(2.5 * np.arctan2(wy, wx) + bx)))
        flower = np.clip(petal_r - rr + 0.5, 0, 1)
        tint = 0.85 + 0.15 * np.clip(rr / size, 0, 1)
        part = _over(part, _rgb(236, 150, 164)[None, None, :] * (tint * lit)[..., None], 0.9 * flower)
        part = _over(part, _rgb(178, 48, 64), np.clip(size * 0.28 - rr + 0.5, 0, 1))
        for j in range(5):
            sa = bx * 0.7 + j * 2.0 * np.pi / 5.0
            stamen = _ellipse(wx, wy, 0.5 * size * np.cos(sa), 0.5 * size * np.sin(sa), 1.6, 1.6)
            part = _over(part, _rgb(214, 170, 60), stamen)
        paper[win] = part
    for bx, by in ((700.0, 160.0), (842.0, 140.0), (418.0, 158.0), (858.0, 266.0), (372.0, 445.0)):
        win = _near(px, py, bx, by, 9.0)
        paper[win] = _over(paper[win], _rgb(198, 70, 86), _ellipse(px[win], py[win], bx, by, 5.0, 6.0))
    colour = _over(colour, paper, leaf)
    # the lacquered guards: dark bamboo, a lamp's long light down each, the pad glowing along their sides
    lacquer = 0.9 + 0.07 * _fine("fan/guard", shape, (0.6 * k, 30.0 * k))
    guard_colour = _rgb(116, 70, 40)[None, None, :] * lacquer[..., None]
    colour = _over(colour, guard_colour, guards)
    colour = colour + (0.16 * guard_light)[..., None]
    colour = colour + (0.25 * _rim(guards, k, 2.5))[..., None]
    # the brass rivet
    rivet = _ellipse(px, py, ox, oy, 10.0, 10.0)
    rivet_shade = 0.75 + 0.4 * np.exp(-(((px - ox + 3.0) / 3.5) ** 2 + ((py - oy + 3.0) / 3.5) ** 2))
    colour = _over(colour, _rgb(196, 160, 84)[None, None, :] * rivet_shade[..., None], rivet)
    mask = np.clip(np.maximum(mask, rivet), 0, 1)
    return _export(_on_pad(colour, mask, k), "paper_fan", (w, h), mask)


# ---- a postage stamp ---------------------------------------------------------------------------------------


def _lettering(
    text: str, size: float, u: np.ndarray, v: np.ndarray, x0: float, y0: float, k: float
) -> np.ndarray:
    """``text`` set ``size`` px tall with its top left at (x0, y0) in the coordinates (u, v): an antialiased
    mask, rendered at the phone's scale and read at each pixel's place."""
    from scipy import ndimage

    font = ImageFont.load_default(size=round(size * k * 4))
    left, top, right, bottom = font.getbbox(text)
    big = Image.new("L", (right + 8, bottom + 8), 0)
    ImageDraw.Draw(big).text((4 - left, 4 - top), text, fill=255, font=font)
    small = big.resize((max(1, round(big.width / 4)), max(1, round(big.height / 4))), Image.Resampling.BOX)
    glyphs = np.asarray(small, dtype=np.float32) / 255.0
    rows = (v - y0) * k + 1.0
    cols = (u - x0) * k + 1.0
    return ndimage.map_coordinates(glyphs, [rows, cols], order=1, cval=0.0).astype(np.float32)


def postage_stamp_packshot() -> Image.Image:
    """A used postage stamp, a robin on a holly branch in fine engraved lines, small in a 5:6 portrait."""
    w, h, k = 1000, 1200, 1.6
    frame_x, frame_y = _frame(w, h, k)
    cx, cy = 506.0, 588.0
    # the stamp is drawn on the part of the frame round it; the rest is the pad
    win = _near(frame_x, frame_y, cx, cy, 170.0)
    px, py = frame_x[win], frame_y[win]
    shape = px.shape
    tx, ty = _turn(px, py, cx, cy, 2.5)
    u, v = tx - cx, ty - cy
    half_w, half_h, hole = 98.0, 118.0, 3.9
    # the paper cut along the perforations: each hole takes a bite from the edge, its teeth torn a little
    ragged = 0.6 * _fine("stamp/tear", shape, 0.8 * k)
    paper = np.clip(half_w - np.abs(u) + 0.5, 0, 1) * np.clip(half_h - np.abs(v) + 0.5, 0, 1)
    for half, along, across in ((half_w, v, u), (half_h, u, v)):
        span = half_h if half is half_w else half_w
        count = round(2.0 * span / 12.4)
        pitch = 2.0 * span / count
        nearest = np.round((along + span) / pitch) * pitch - span
        bite = np.hypot(along - nearest, np.abs(across) - half)
        paper = paper * np.clip(bite - hole + ragged + 0.5, 0, 1)
    mask = paper
    # the paper lit from the front and through from behind: its fibres' clouds, the watermark's crowns, a
    # hinge remnant left on its back
    clouds = 1.0 + 0.14 * _fine("stamp/clouds", shape, 2.4 * k) + 0.04 * _fine("stamp/fibres", shape, 0.5 * k)
    wu, wv = (
        u - 30.0 * np.round(u / 30.0),
        v - 15.0 * (np.round(u / 30.0) % 2) - 30.0 * np.round((v - 15.0 * (np.round(u / 30.0) % 2)) / 30.0),
    )
    crowns = np.clip(3.5 - np.hypot(wu / 1.6, wv) + 0.5, 0, 1) * 0.12
    hinge = _box(u, v, -30.0, -108.0, 34.0, -70.0, 2.0) * 0.3
    through = 0.15 * _PAD * clouds * (1.0 + crowns) * (1.0 - hinge)
    lit = 0.66 * (1.0 + 0.015 * _fine("stamp/tooth", shape, 0.6 * k))
    sheet = _rgb(246, 242, 232)[None, None, :]
    colour = np.ones(shape + (3,), dtype=np.float32)
    colour = _over(colour, sheet * (lit + through)[..., None], paper)

    def inked(base: np.ndarray, ink: tuple[int, int, int], coverage: np.ndarray) -> np.ndarray:
        """Ink laid over the paper: it darkens both the lit paper and the light through it."""
        tone = _rgb(*ink)[None, None, :] * (lit + 0.6 * through)[..., None] / 0.66
        return _over(base, tone, np.clip(coverage, 0, 1) * paper)

    # the engraved design: a carmine frame in fine diagonal hatching, a sky of horizontal lines closing up
    # towards the top, the robin, the holly and the value
    design = _box(u, v, -80.0, -100.0, 80.0, 100.0, 0.5)
    window = _box(u, v, -72.0, -92.0, 72.0, 78.0, 0.5)
    hatch = 0.55 + 0.45 * np.sin((u + v) * 2.0 * np.pi / 1.7)
    colour = inked(colour, (166, 30, 50), np.clip(design - window, 0, 1) * (0.6 + 0.4 * hatch))
    density = 0.25 + 0.45 * np.clip((40.0 - v) / 130.0, 0, 1)
    sky_lines = np.clip((np.sin(v * 2.0 * np.pi / 2.1) + 1.0) / 2.0 - (1.0 - density), 0, 1) / np.maximum(
        density, 0.05
    )
    colour = inked(colour, (78, 118, 168), window * sky_lines * 0.85)
    bird_u, bird_v = _turn(u, v, -4.0, 8.0, -18.0)
    body = _ellipse(bird_u, bird_v, -4.0, 8.0, 36.0, 27.0)
    head = _ellipse(u, v, 20.0, -22.0, 17.0, 17.0)
    tail = _poly(u, v, [(-30.0, 16.0), (-68.0, 40.0), (-62.0, 50.0), (-22.0, 30.0)])
    robin = np.clip(np.maximum.reduce([body, head, tail]), 0, 1)
    feathers = 0.8 + 0.2 * np.sin((u * 0.6 - v) * 2.0 * np.pi / 2.4)
    colour = inked(colour, (110, 84, 60), robin * feathers)
    breast = np.clip(_ellipse(u, v, 16.0, 2.0, 20.0, 26.0) * robin, 0, 1)
    colour = inked(colour, (214, 92, 40), breast * (0.85 + 0.15 * np.sin(v * 2.0 * np.pi / 1.9)))
    belly = np.clip(_ellipse(u, v, 2.0, 26.0, 18.0, 9.0) * body, 0, 1)
    colour = inked(colour, (236, 226, 206), belly)
    wing = _ellipse(bird_u, bird_v, -14.0, 2.0, 20.0, 12.0) * body
    colour = inked(colour, (72, 54, 40), wing * (0.75 + 0.25 * np.sin(bird_u * 2.0 * np.pi / 3.0)))
    beak = _poly(u, v, [(34.0, -26.0), (45.0, -21.0), (34.0, -18.0)])
    colour = inked(colour, (40, 32, 28), beak)
    colour = inked(colour, (16, 14, 14), _ellipse(u, v, 25.0, -25.0, 2.6, 2.6))
    legs = np.maximum(
        _stroke(u, v, [(-6.0, 32.0), (-8.0, 47.0)], 1.6, 1.4),
        _stroke(u, v, [(4.0, 32.0), (6.0, 47.0)], 1.6, 1.4),
    )
    colour = inked(colour, (60, 42, 34), legs)
    twig = _stroke(u, v, [(-72.0, 56.0), (-20.0, 49.0), (30.0, 50.0), (72.0, 42.0)], 7.0, 4.0)
    colour = inked(colour, (84, 56, 38), twig)
    for lx, ly, turn in ((-44.0, 64.0, 30.0), (44.0, 58.0, -25.0), (58.0, 30.0, 60.0)):
        hu, hv = _turn(u, v, lx, ly, turn)
        spikes = 1.0 + 0.2 * np.abs(np.sin((hu - lx) * np.pi / 6.0))
        leaf = _ellipse(hu, (hv - ly) * spikes + ly, lx, ly, 16.0, 7.0)
        colour = inked(colour, (40, 100, 56), leaf * (0.8 + 0.2 * np.sin((hu + hv) * 2.0 * np.pi / 1.8)))
    for bx, by in ((-30.0, 70.0), (-24.0, 74.0), (-33.0, 76.0), (50.0, 68.0)):
        colour = inked(colour, (196, 30, 40), _ellipse(u, v, bx, by, 3.4, 3.4))
    tablet = _box(u, v, -72.0, 78.0, 72.0, 92.0, 0.5)
    colour = inked(colour, (166, 30, 50), tablet * 0.15)
    colour = inked(colour, (150, 24, 44), _lettering("20", 15.0, u, v, -69.0, 77.5, k))
    colour = inked(colour, (150, 24, 44), _lettering("CHRISTMAS", 8.0, u, v, -8.0, 82.0, k))
    # the machine cancel: wavy lines across its upper right, the ink broken where the paper did not take it
    waves = np.zeros(shape, dtype=np.float32)
    for j in range(5):
        line = -96.0 + 14.0 * j + 5.0 * np.sin(u / 11.0 + 0.6 * j)
        waves = np.maximum(waves, np.clip(1.6 - np.abs(v - line) + 0.5, 0, 1) * np.clip(u + 40.0 + 0.5, 0, 1))
    broken = np.clip(0.75 + 0.5 * _fine("stamp/cancel", shape, 1.2 * k), 0, 1)
    colour = inked(colour, (34, 34, 40), waves * broken * 0.85)
    whole = np.ones(frame_x.shape + (3,), dtype=np.float32)
    whole[win] = colour
    whole_mask = np.zeros(frame_x.shape, dtype=np.float32)
    whole_mask[win] = mask
    return _export(_on_pad(whole, whole_mask, k), "postage_stamp", (w, h), whole_mask)


# ---- the controller on a coffee table ----------------------------------------------------------------------


def coffee_table_scene() -> Image.Image:
    """The controller seen from above on a walnut coffee table beside a mug of coffee and the corner of a grey
    knitted throw, a window to the left, 16:9."""
    w, h, k = 1200, 675, 1.7
    px, py = _frame(w, h, k)
    shape = px.shape
    # the window's light: brighter to the left, its soft reflection in the table's satin varnish
    light = 1.06 - 0.24 * (px / w) + 0.04 * (py / h)
    figure = _fine("table/figure", shape, (2.5 * k, 90.0 * k))
    wave = np.sin(py / 5.5 + 2.2 * figure + 0.8 * _fine("table/wave", shape, (30.0 * k, 200.0 * k)))
    pores = _fine("table/pores", shape, (0.5 * k, 5.0 * k))
    walnut = 1.0 + 0.07 * wave + 0.05 * figure + 0.035 * pores
    seam = np.clip(1.2 - np.abs(py - 612.0), 0, 1)
    table = _rgb(112, 74, 50)[None, None, :] * (walnut * light * (1.0 - 0.35 * seam))[..., None]
    glare = 0.07 * np.exp(-(((px + 80.0) / 360.0) ** 2) - ((py - 260.0) / 260.0) ** 2)
    colour = table + glare[..., None]
    # the knitted throw over the upper right corner: chunky stockinette, its edge rolled, its shadow
    ku, kv = _turn(px, py, 1000.0, 100.0, 24.0)
    edge = 120.0 + 8.0 * np.sin(ku / 23.0) + 4.0 * _fine("throw/edge", shape, 12.0 * k)
    throw = np.clip(edge - (kv - 100.0) + 0.5, 0, 1) * np.clip(ku - 760.0 + 0.5, 0, 1)
    halves = ku / 12.0
    half = halves - np.floor(halves)
    slant = np.where(np.floor(halves) % 2 == 0, 1.0, -1.0)
    row = (kv / 20.0 + 0.5 * slant * (half - 0.5)) % 1.0
    leg = np.sin(np.pi * half) ** 0.6 * np.sin(np.pi * row) ** 0.8
    stitch = (0.42 + 0.58 * leg) * (0.92 + 0.08 * _fine("throw/yarn", shape, 0.8 * k))
    colour = (
        colour
        * (1.0 - 0.5 * np.clip(_wide(_shifted(throw, int(12 * k), int(16 * k)), 9.0 * k) - throw, 0, 1))[
            ..., None
        ]
    )
    wool = (
        _rgb(168, 166, 162)[None, None, :]
        * (stitch * (0.8 + 0.3 * np.clip((edge - (kv - 100.0)) / 60.0, 0, 1)) * light)[..., None]
    )
    colour = _over(colour, wool, throw)
    # the mug of black coffee, lit from the left, its shadow cast to the right
    mx, my, mr = 930.0, 468.0, 88.0
    mug = np.maximum(
        _ellipse(px, py, mx, my, mr, mr), _box(px, py, mx + 70.0, my - 8.0, mx + 136.0, my + 8.0, 8.0)
    )
    cast = _shifted(mug, int(34 * k), int(10 * k))
    colour = colour * (1.0 - 0.5 * np.clip(_wide(cast, 10.0 * k), 0, 1) * (1.0 - mug))[..., None]
    glaze = _rgb(238, 236, 230)[None, None, :] * (1.0 - 0.1 * np.clip((px - mx) / mr, -1, 1))[..., None]
    colour = _over(colour, glaze * light[..., None] * 1.02, mug)
    inner = _ellipse(px, py, mx, my, mr - 9.0, mr - 9.0)
    wall = np.clip((px - mx) / (mr - 9.0), -1, 1)
    colour = _over(colour, _rgb(226, 222, 214)[None, None, :] * (0.62 + 0.3 * wall)[..., None], inner)
    coffee = _ellipse(px, py, mx + 4.0, my + 2.0, mr - 17.0, mr - 17.0)
    colour = _over(
        colour,
        _rgb(54, 32, 20)[None, None, :] * (1.0 + 0.08 * np.clip((mx - px) / mr, -1, 1))[..., None],
        coffee,
    )
    window = _box(px, py, mx - 46.0, my - 38.0, mx - 22.0, my - 18.0, 4.0) * coffee
    colour = colour + 0.3 * _wide(window, 2.5 * k)[..., None]
    # the controller, turned a little, lit by the window: its shadow soft and to the right
    place = (470.0, 330.0, 0.55, 14.0)
    _, shadow_mask = _controller(px, py, colour, place, k, "table/controller", (0.7, 0.1, 0.03))
    shade = _shifted(shadow_mask, int(16 * k), int(7 * k))
    contact = _shifted(shadow_mask, 0, int(2 * k))
    colour = (
        colour
        * (
            1.0
            - 0.5 * np.clip(_wide(shade, 7.0 * k), 0, 1)
            - 0.25 * np.clip(_wide(contact, 2.0 * k), 0, 1) * (1.0 - shadow_mask)
        )[..., None]
    )
    colour, _ = _controller(px, py, colour, place, k, "table/controller", (0.7, 0.1, 0.03))
    return _export(colour, "coffee_table", (w, h))
