"""``heldout45``'s pictures: four products an art-supplies shop, glover, yarn shop and music shop list, and one
scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the page a phone's document-scanner app cut out and straightened: an A4
  landscape of 1500 x 1061 (watercolour tin), an A4 portrait of 1061 x 1500 (leather gloves), a 25:9 strip of
  1500 x 540 the seller dragged the app's crop handles to round the knitting needles (thin in it) and a US
  Letter portrait of 1159 x 1500 (guitar picks, small in it); the scene is a 3:4 portrait of 1125 x 1500;
- the canvases they are padded onto (``PADDING``): a 1:0.72 landscape with a moderate margin round the tin's
  picture (and round the scene), a 1:1.25 portrait with a close margin round the gloves' picture, a 1:0.52
  banner a little wider than the needles' long picture, and a 1:1.2 portrait whose width is 2.5 times the
  width of the picks' small picture (the picture covers about 9 % of it); every padded picture covers at
  least 8 % of its canvas;
- a travel watercolour set seen from above, its black enamelled tin opened flat: twelve half pans of dried
  paint in a clip tray, cakes worn into hollows and cracked, the lid's white enamel mixing wells stained with
  old washes, a thumb ring whose hole shows the page, and a folding sable brush beside it (a pale lid and a
  dark tin with glossy rims); a pair of black nappa leather gloves lying flat, the one over the other, three
  rows of points stitching on their backs, creases at the knuckles, a gathered wrist, a burgundy lining at
  the cuffs and a gilt snap (a dark product); a pair of rosewood knitting needles with turned knobs, nearly
  parallel, their points crossing, the size burnt in near the knob (a thin product); three celluloid guitar
  picks fanned out, tortoiseshell, cream pearloid and translucent red, gold-foil printing on each (a small
  product);
- every packshot is a seller's phone photo taken with a document-scanner app: the item laid on a sheet of
  white printer paper on a desk under the ceiling's LED panel (a warm white light, brighter towards the
  top left of the page, a soft shadow of the phone and the seller's hand over its lower part, soft shadows
  and a contact line under the item), the phone held a little tilted, so that the page's far edge is
  narrower; the phone's still (sensor noise, its noise reduction and sharpening, a JPEG at quality 95 with
  4:2:0 chroma) is straightened by the app: the page's four corners, found a hair inside its edges, are
  mapped onto a rectangle by cubic-spline sampling (the far end from fewer of the phone's pixels); then
  the app's "colour document" filter divides each channel by the light it estimates from the page (the
  93rd percentile of each block of paper, and under the item a smooth surface fitted to the paper round
  it), so the page and its soft shadows turn white, sets its black and white points (the paper clipped, the
  palest glints with it, black leather crushed), boosts the saturation, sharpens the luma for text, and
  saves a JPEG at quality 88 with 4:2:0 chroma; the marketplace's app re-encodes it as a JPEG at quality 82
  with 4:2:0 chroma;
- one full-frame scene: the tin and brush on a cherry-wood desk seen from straight above beside a glass
  jar of cloudy rinse water and a sheet of watercolour paper taped down with a half-painted lemon on it and
  a pencil, lit by a window to the left; the same phone's own camera (its JPEG at quality 92), shrunk by the
  marketplace's app to 1500 px on the long side and re-encoded at quality 82.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the page or a
shadow), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PIL import Image

from bench.photo_sets.heldout34 import _box
from bench.photo_sets.heldout35 import _grid
from bench.photo_sets.heldout36 import _blur, _over, _rgb
from bench.photo_sets.heldout37 import _ellipse
from bench.photo_sets.heldout43 import _poly
from bench.photo_sets.heldout44 import _lettering, _stroke, _turn, _wide

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "watercolour_tin": (880, 1.45, 0.72),
    "leather_gloves": (780, 1.2, 1.25),
    "knitting_needles": (960, 1.15, 0.52),
    "guitar_picks": (280, 2.5, 1.2),
}

_MASKS: dict[str, np.ndarray] = {}

# the phone's exposure of the page: white paper under the full light of the panel reads this level
_EXPOSURE = 0.8
# the ceiling panel's warm white, as the phone's white balance leaves it
_TINT = np.array([1.0, 0.975, 0.93], dtype=np.float32)
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout45/" + name).encode()))


def _fine(name: str, shape: tuple[int, int], radius: float) -> np.ndarray:
    """Unit-variance noise smooth over about ``radius`` px; a wide one interpolated from a coarse lattice."""
    from scipy import ndimage

    if radius <= 3.0:
        pad = int(3 * radius) + 1
        values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
        values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    else:
        step = radius * 1.2
        rows, cols = int(shape[0] / step) + 4, int(shape[1] / step) + 4
        lattice = ndimage.gaussian_filter(_rng(name).normal(0, 1, (rows, cols)), 0.6, mode="wrap")
        values = ndimage.zoom(lattice.astype(np.float32), step, order=3)[: shape[0], : shape[1]]
    return (values - float(values.mean())) / float(values.std())


def _along(name: str, a: np.ndarray, b: np.ndarray, step_a: float, step_b: float) -> np.ndarray:
    """Smooth unit noise fixed to an item's own coordinates (a, b): a lattice of values every ``step_a`` by
    ``step_b`` px of them, read by cubic splines (grain that follows a turned item)."""
    from scipy import ndimage

    a0, b0 = float(a.min()), float(b.min())
    rows = int((float(b.max()) - b0) / step_b) + 5
    cols = int((float(a.max()) - a0) / step_a) + 5
    lattice = _rng(name).normal(0, 1, (rows, cols))
    coords = [(b - b0) / step_b + 2.0, (a - a0) / step_a + 2.0]
    values = ndimage.map_coordinates(lattice, coords, order=3, mode="nearest").astype(np.float32)
    return values / max(float(lattice.std()), 1e-6)


def _capsule(
    px: np.ndarray, py: np.ndarray, x0: float, y0: float, x1: float, y1: float, r0: float, r1: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """An antialiased capsule from (x0, y0), ``r0`` wide each side, to (x1, y1), ``r1``: its mask, how far
    along it each pixel lies (0..1) and where across it (-1 at its right edge as the screen shows it running
    from its start, 1 at its left)."""
    dx, dy = x1 - x0, y1 - y0
    length = max(float(np.hypot(dx, dy)), 1e-6)
    t = np.clip(((px - x0) * dx + (py - y0) * dy) / length**2, 0, 1)
    radius = r0 + (r1 - r0) * t
    side = ((px - x0) * dy - (py - y0) * dx) / length
    d = np.hypot(px - x0 - t * dx, py - y0 - t * dy)
    return np.clip(radius - d + 0.5, 0, 1), t, np.clip(side / np.maximum(radius, 0.5), -1, 1)


def _shifted(values: np.ndarray, dx: int, dy: int) -> np.ndarray:
    """``values`` moved ``dx`` px right and ``dy`` px down, zeros coming in."""
    out = np.zeros_like(values)
    h, w = values.shape[:2]
    out[max(dy, 0) : h + min(dy, 0), max(dx, 0) : w + min(dx, 0)] = values[
        max(-dy, 0) : h + min(-dy, 0), max(-dx, 0) : w + min(-dx, 0)
    ]
    return out


def _hull(px: np.ndarray, py: np.ndarray, circles: list[tuple[float, float, float]]) -> np.ndarray:
    """The antialiased convex hull of circles (x, y, r) listed anticlockwise on screen (y down)."""
    mask = np.zeros(px.shape, dtype=np.float32)
    points: list[tuple[float, float]] = []
    for i, (x0, y0, r0) in enumerate(circles):
        x1, y1, r1 = circles[(i + 1) % len(circles)]
        mask = np.maximum(mask, _ellipse(px, py, x0, y0, r0, r0))
        length = float(np.hypot(x1 - x0, y1 - y0))
        ux, uy = (x1 - x0) / length, (y1 - y0) / length
        # the outer tangent: its normal turned from the centre line by the radii's difference
        c = (r0 - r1) / length
        s = float(np.sqrt(max(1.0 - c * c, 0.0)))
        nx, ny = c * ux - s * uy, c * uy + s * ux
        points += [(x0 + r0 * nx, y0 + r0 * ny), (x1 + r1 * nx, y1 + r1 * ny)]
    return np.maximum(mask, _poly(px, py, points))


# ---- the phone over the page, and the scanner app ----------------------------------------------------------


@dataclass(frozen=True)
class _Shot:
    """The phone's frame of a page: each of its pixels' place on the page (in px of the app's output) and
    the homography that takes the page's places to the frame's."""

    px: np.ndarray
    py: np.ndarray
    forward: np.ndarray
    size: tuple[int, int]
    k: float


def _homography(page: list[tuple[float, float]], frame: list[tuple[float, float]]) -> np.ndarray:
    rows, rhs = [], []
    for (x, y), (u, v) in zip(page, frame):
        rows.append([x, y, 1.0, 0.0, 0.0, 0.0, -u * x, -u * y])
        rows.append([0.0, 0.0, 0.0, x, y, 1.0, -v * x, -v * y])
        rhs += [u, v]
    solved = np.linalg.solve(np.array(rows), np.array(rhs))
    return np.append(solved, 1.0).reshape(3, 3)


def _apply(matrix: np.ndarray, x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    d = matrix[2, 0] * x + matrix[2, 1] * y + matrix[2, 2]
    return (matrix[0, 0] * x + matrix[0, 1] * y + matrix[0, 2]) / d, (
        matrix[1, 0] * x + matrix[1, 1] * y + matrix[1, 2]
    ) / d


def _shot(w: int, h: int, k: float, far: float, turn: float) -> _Shot:
    """The phone held over a ``w`` x ``h`` page, tilted so that the page's far (upper) edge is ``far`` times as
    wide as its near edge, which spans ``k`` of the phone's pixels per px of the page, and turned ``turn``
    degrees; the frame is cut to the page and a margin of desk round it."""
    depth = k * h * (1.0 + far) / 2.0
    frame = [(-far * k * w / 2, 0.0), (far * k * w / 2, 0.0), (k * w / 2, depth), (-k * w / 2, depth)]
    a = np.deg2rad(turn)
    frame = [(x * np.cos(a) - y * np.sin(a), x * np.sin(a) + y * np.cos(a)) for x, y in frame]
    left = min(x for x, _ in frame) - 8.0
    top = min(y for _, y in frame) - 8.0
    frame = [(x - left, y - top) for x, y in frame]
    cols = int(max(x for x, _ in frame) + 9.0)
    rows = int(max(y for _, y in frame) + 9.0)
    page = [(-0.5, -0.5), (w - 0.5, -0.5), (w - 0.5, h - 0.5), (-0.5, h - 0.5)]
    forward = _homography(page, frame)
    gx, gy = _grid(cols, rows)
    px, py = _apply(np.linalg.inv(forward), gx.astype(np.float64), gy.astype(np.float64))
    return _Shot(px.astype(np.float32), py.astype(np.float32), forward, (w, h), k)


def _win(shot: _Shot, x0: float, y0: float, x1: float, y1: float) -> tuple[slice, slice]:
    """The rows and columns of the phone's frame that hold the page's box (x0, y0)-(x1, y1)."""
    fx, fy = _apply(shot.forward, np.array([x0, x1, x1, x0]), np.array([y0, y0, y1, y1]))
    rows, cols = shot.px.shape
    return (
        slice(max(0, int(fy.min()) - 3), max(0, min(rows, int(fy.max()) + 4))),
        slice(max(0, int(fx.min()) - 3), max(0, min(cols, int(fx.max()) + 4))),
    )


def _paper(shot: _Shot, name: str) -> np.ndarray:
    """White printer paper as the phone sees its albedo (1 = the paper): a faint cloud of its fibres; the
    desk's dark wood outside it."""
    w, h = shot.size
    shape = shot.px.shape
    level = (
        1.0
        + 0.006 * _fine(name + "/fibres", shape, 0.7 * shot.k)
        + 0.004 * _fine(name + "/cloud", shape, 14.0 * shot.k)
    )
    on_page = np.clip(shot.px + 0.5 + 0.5, 0, 1) * np.clip(w - 0.5 - shot.px + 0.5, 0, 1)
    on_page = on_page * np.clip(shot.py + 0.5 + 0.5, 0, 1) * np.clip(h - 0.5 - shot.py + 0.5, 0, 1)
    desk = _rgb(92, 62, 44)[None, None, :] * (1.0 + 0.08 * _fine(name + "/desk", shape, 3.0))[..., None]
    return _over(desk, level[..., None] * np.ones(3, dtype=np.float32), on_page)


def _panel_light(shot: _Shot) -> np.ndarray:
    """The ceiling panel's light on the page (1 at its brightest): falling off towards the lower right, and the
    soft shadow of the phone and the seller's hand over the page's lower middle."""
    w, h = shot.size
    u, v = shot.px / 1500.0, shot.py / 1500.0
    level = 1.0 - 0.1 * u - 0.06 * v - 0.04 * ((u - 0.25) ** 2 + (v - 0.15) ** 2)
    r = np.hypot((shot.px - 0.56 * w) / 620.0, (shot.py - h - 60.0) / 470.0)
    level = level * (1.0 - 0.17 / (1.0 + np.exp((r - 1.0) / 0.4)))
    return level.astype(np.float32)


def _shadow(mask: np.ndarray, k: float, dx: float, dy: float, soft: float, depth: float) -> np.ndarray:
    """How much light the page keeps (1 = all) beside an item of ``mask`` standing off it: a soft shadow moved
    (dx, dy) px of the page and blurred ``soft`` px, and a contact line close round it."""
    from scipy import ndimage

    moved = ndimage.shift(mask, (dy * k, dx * k), order=1, mode="constant", cval=0.0)
    cast = np.clip(_wide(moved, soft * k), 0, 1)
    contact = np.clip(_blur(mask, 0.9 * k) * 1.5, 0, 1)
    return 1.0 - depth * cast - 0.22 * contact * (1.0 - mask)


def _camera(values: np.ndarray, name: str, quality: int) -> np.ndarray:
    """The phone's still of ``values`` (linear-ish sRGB 0..1, 1 clips): shot and read noise, noise reduction
    that keeps edges and smooths flat ripples and the chroma, a light sharpening, 8 bits and a JPEG at
    ``quality`` with 4:2:0 chroma. The decoded levels, 0..255."""
    rng = _rng(name + "/sensor")
    clipped = np.clip(values, 0, 1.0)
    sigma = np.sqrt(0.000025 + 0.00013 * clipped)
    noisy = clipped + rng.normal(0, 1, clipped.shape).astype(np.float32) * sigma
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (2.6, 2.6, 0))
    smooth = _blur(y, 1.1)
    detail = y - smooth
    y = smooth + detail * (detail**2 / (detail**2 + 0.011**2))
    y = y + 0.45 * (y - _blur(y, 1.4))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, subsampling=2)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _straighten(frame: np.ndarray, shot: _Shot, order: int = 3) -> np.ndarray:
    """The app's page: each output pixel sampled from the phone's frame where the page's place maps to it, the
    page's corners taken 2 px inside its edges."""
    from scipy import ndimage

    w, h = shot.size
    inset = 2.0
    gx, gy = _grid(w, h)
    x = inset - 0.5 + (gx + 0.5) * (w - 2.0 * inset) / w
    y = inset - 0.5 + (gy + 0.5) * (h - 2.0 * inset) / h
    fx, fy = _apply(shot.forward, x.astype(np.float64), y.astype(np.float64))
    coords = [fy.astype(np.float32), fx.astype(np.float32)]
    if frame.ndim == 2:
        return ndimage.map_coordinates(frame, coords, order=order, mode="nearest").astype(np.float32)
    return np.stack(
        [ndimage.map_coordinates(frame[..., c], coords, order=order, mode="nearest") for c in range(3)],
        axis=-1,
    ).astype(np.float32)


def _page_light(page: np.ndarray) -> np.ndarray:
    """The app's estimate of the light on the page, per channel: the 93rd percentile of each 40-px block of
    paper, and under the item a smooth cubic surface fitted to those blocks (blocks far darker than the page,
    a dark item, or than the surface fitted so far, a pale one, are left out of the next fit, three times
    over); smoothed and spread back over the page."""
    from scipy import ndimage

    h, w = page.shape[:2]
    block = 40
    rows, cols = -(-h // block), -(-w // block)
    padded = np.pad(page, ((0, rows * block - h), (0, cols * block - w), (0, 0)), mode="edge")
    tiles = padded.reshape(rows, block, cols, block, 3).transpose(0, 2, 1, 3, 4).reshape(rows, cols, -1, 3)
    top = np.log(np.maximum(np.percentile(tiles, 93, axis=2), 1.0))
    luma = top @ _LUMA

    def terms(x: np.ndarray, y: np.ndarray) -> np.ndarray:
        return np.stack([x**i * y**j for i in range(4) for j in range(4 - i)], axis=-1)

    by, bx = np.mgrid[0:rows, 0:cols].astype(np.float64)
    across = terms((bx * block + block / 2.0) / w * 2.0 - 1.0, (by * block + block / 2.0) / h * 2.0 - 1.0)
    paper = luma > float(np.percentile(luma, 90)) + np.log(0.55)
    for _ in range(3):
        weights = paper.ravel().astype(np.float64)
        design = across.reshape(-1, across.shape[-1]) * weights[:, None]
        coef, *_ = np.linalg.lstsq(design, top.reshape(-1, 3) * weights[:, None], rcond=None)
        fitted = (across @ coef) @ _LUMA
        paper = paper & (luma > fitted + np.log(0.93))
    # the paper's own blocks where it shows, the fitted surface under the item; smoothed and spread back
    blocks = np.where(paper[..., None], top, across @ coef)
    blocks = ndimage.gaussian_filter(blocks, (0.8, 0.8, 0), mode="nearest")
    spread = ndimage.zoom(blocks, (block, block, 1), order=1, mode="nearest", grid_mode=True)[:h, :w]
    return np.maximum(np.exp(spread), 1.0).astype(np.float32)


def _scan(scene: np.ndarray, shot: _Shot, name: str, mask: np.ndarray) -> Image.Image:
    """The upload of ``scene`` (albedo under the panel, on the phone's frame): the phone's still, the app's
    straightened page, its colour-document filter and JPEG, the marketplace app's re-encoding."""
    lit = scene * (_panel_light(shot)[..., None] * _TINT * _EXPOSURE)
    page = _straighten(_camera(lit, name, 95), shot)
    ratio = page / _page_light(page)
    values = np.clip((ratio - 0.025) / (0.9 - 0.025), 0, 1) ** 1.06
    y = values @ _LUMA
    values = y[..., None] + 1.3 * (values - y[..., None])
    values = values + 0.8 * (y - _blur(y, 1.0))[..., None]
    image = Image.fromarray(np.clip(values * 255.0 + 0.5, 0, 255).astype(np.uint8))
    for quality in (88, 82):
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=quality, subsampling=2)
        image = Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
    _MASKS[name] = _straighten(mask, shot, order=1) > 0.5
    return image


# ---- a travel watercolour set ------------------------------------------------------------------------------

# the twelve half pans' dried paints, row by row: lemon, ochre, cadmium red, alizarin, sienna, umber,
# ultramarine, cerulean, viridian, sap green, Payne's grey, ivory black
_PAINTS = [
    (224, 198, 38),
    (188, 136, 58),
    (200, 52, 40),
    (122, 22, 42),
    (146, 64, 36),
    (74, 48, 36),
    (42, 42, 124),
    (44, 112, 162),
    (22, 92, 78),
    (74, 102, 42),
    (48, 54, 66),
    (28, 28, 30),
]


def _pan(
    u: np.ndarray, v: np.ndarray, cx: float, cy: float, s: float, paint: tuple[int, int, int], name: str
) -> tuple[np.ndarray, np.ndarray]:
    """A white plastic half pan of dried paint at (cx, cy) mm of the tin, ``s`` px per mm: colour, mask."""
    x, y = (u - cx * s), (v - cy * s)
    shape = u.shape
    rng = _rng(name)
    cup = _box(x, y, -8.0 * s, -9.5 * s, 8.0 * s, 9.5 * s, 1.8 * s)
    cake = _box(x, y, -6.9 * s, -8.4 * s, 6.9 * s, 8.4 * s, 1.2 * s)
    # the cup's rim: lit plastic, its inner wall shaded on the upper left (the cake sits below the rim)
    inner_lit = np.clip(0.55 + 0.35 * np.clip((x + y) / (9.0 * s), -1, 1), 0, 1)
    colour = _rgb(236, 234, 228)[None, None, :] * (0.93 - 0.25 * (1.0 - inner_lit) * (1.0 - cake))[..., None]
    # the cake: grainy, a worn hollow where a brush has rubbed it (smoother, glossier, a darker rim), cracks
    grain = (
        1.0 + 0.04 * _fine(name + "/grain", shape, 0.5 * s) + 0.03 * _fine(name + "/lumps", shape, 1.6 * s)
    )
    hx, hy = rng.uniform(-2.0, 2.0) * s, rng.uniform(-2.5, 2.5) * s
    rx, ry = rng.uniform(3.8, 5.2) * s, rng.uniform(4.4, 6.0) * s
    d, e = (x - hx) / rx, (y - hy) / ry
    r = np.hypot(d, e)
    worn = np.clip((1.0 - r) * 4.0, 0, 1)
    # the hollow's slope: its upper-left side turned from the light, its lower-right side towards it
    dish = 1.0 + 0.16 * np.clip((d + e) / 1.4, -1, 1) * worn * np.clip(r * 2.0, 0, 1)
    tone = grain * dish * (1.0 + 0.06 * worn)
    tone = tone * (1.0 - 0.3 * np.clip(1.0 - (x + 6.9 * s) / (1.0 * s), 0, 1))
    tone = tone * (1.0 - 0.25 * np.clip(1.0 - (y + 8.4 * s) / (1.0 * s), 0, 1))
    base = np.asarray(paint, dtype=np.float32) / 255.0
    deep = base[None, None, :] ** (1.0 + 0.25 * worn)[..., None]
    cracks = np.zeros(shape, dtype=np.float32)
    for _ in range(int(rng.integers(0, 3))):
        points = [(rng.uniform(-6, 6) * s, rng.uniform(-7.5, 7.5) * s)]
        heading = rng.uniform(0, 2 * np.pi)
        for _ in range(4):
            heading += rng.normal(0, 0.45)
            step = rng.uniform(1.0, 2.0) * s
            points.append((points[-1][0] + step * np.cos(heading), points[-1][1] + step * np.sin(heading)))
        cracks = np.maximum(cracks, _stroke(x, y, points, 0.22 * s, 0.1 * s))
    cake_colour = deep * (tone * (1.0 - 0.35 * cracks * (1.0 - worn)))[..., None]
    colour = _over(colour, cake_colour, cake)
    return colour, cup


def _tin(
    px: np.ndarray,
    py: np.ndarray,
    place: tuple[float, float, float],
    s: float,
    name: str,
    gloss: float,
) -> tuple[np.ndarray, np.ndarray]:
    """The open tin seen from above at ``place`` (centre of its hinge x, y and turn in degrees), ``s`` px per
    mm, the light's glint along its rims ``gloss`` strong: colour (albedo, highlights over 1), mask."""
    cx, cy, angle = place
    tx, ty = _turn(px, py, cx, cy, angle)
    u, v = tx - cx, ty - cy
    shape = px.shape
    halves = []
    for x0 in (1.2, -63.2):
        halves.append(_box(u, v, x0 * s, -48.0 * s, (x0 + 62.0) * s, 48.0 * s, 5.0 * s))
    base, lid = halves
    hinge = _box(u, v, -1.9 * s, -40.0 * s, 1.9 * s, 40.0 * s, 1.5 * s)
    ring_outer = _ellipse(u, v, 68.6 * s, 0.0, 6.6 * s, 6.6 * s)
    ring_hole = _ellipse(u, v, 68.6 * s, 0.0, 4.3 * s, 4.3 * s)
    lug = _box(u, v, 62.0 * s, -2.6 * s, 64.4 * s, 2.6 * s, 0.6 * s)
    ring = np.clip(np.maximum(ring_outer - ring_hole, lug), 0, 1)
    mask = np.clip(np.maximum.reduce([base, lid, hinge, ring]), 0, 1)
    black = _rgb(20, 20, 23)
    colour = np.ones(shape + (3,), dtype=np.float32) * black
    # the rims: black enamel rolled over the wall, a glint along each rim's rolled top
    for x0, half in ((1.2, base), (-63.2, lid)):
        inner = _box(u, v, (x0 + 1.9) * s, -46.1 * s, (x0 + 60.1) * s, 46.1 * s, 3.4 * s)
        edge = _box(u, v, (x0 + 0.55) * s, -47.45 * s, (x0 + 61.45) * s, 47.45 * s, 4.5 * s)
        top = np.clip(
            edge - _box(u, v, (x0 + 1.05) * s, -46.95 * s, (x0 + 60.95) * s, 46.95 * s, 4.0 * s), 0, 1
        )
        facing = 0.55 + 0.45 * np.clip(-(u - (x0 + 31.0) * s) / (31.0 * s) - v / (48.0 * s), -1, 1)
        colour = colour + (gloss * top * facing * half)[..., None]
        if x0 > 0:
            # the base: a black clip tray, its floor dull, two steel rails between the pans' columns
            floor = black * (0.9 + 0.1 * _fine(name + "/floor", shape, 2.0))[..., None]
            colour = _over(colour, floor, inner)
            for rail_x in (23.2, 41.2):
                rail = _box(u, v, (rail_x - 0.5) * s, -44.0 * s, (rail_x + 0.5) * s, 44.0 * s, 0.4 * s)
                shine = 0.45 + 0.35 * np.exp(-(((u - (rail_x - 0.2) * s) / (0.25 * s)) ** 2))
                colour = _over(colour, _rgb(150, 152, 158)[None, None, :] * shine[..., None], rail * inner)
        else:
            # the lid: white enamel, a shallow tray whose inner wall is shaded along its upper and left sides
            wall_left = np.clip(1.0 - (u - (x0 + 1.9) * s) / (2.2 * s), 0, 1)
            wall_top = np.clip(1.0 - (v + 46.1 * s) / (2.2 * s), 0, 1)
            wall_low = np.clip(1.0 - (46.1 * s - v) / (1.6 * s), 0, 1)
            enamel = 0.84 * (1.0 - 0.2 * np.maximum(wall_left, wall_top) + 0.04 * wall_low)
            enamel = enamel * (1.0 + 0.01 * _fine(name + "/enamel", shape, 1.2 * s))
            colour = _over(colour, _rgb(248, 246, 238)[None, None, :] * enamel[..., None], inner)
    # the lid's three mixing wells: recessed, their upper-left walls in shade, old washes dried in them
    for j, (well_x, stain) in enumerate(
        ((-50.2, (52, 60, 150)), (-32.2, (170, 40, 70)), (-14.2, (90, 120, 50)))
    ):
        well = _box(u, v, (well_x - 7.0) * s, -42.0 * s, (well_x + 7.0) * s, 42.0 * s, 7.0 * s)
        floor = _box(u, v, (well_x - 5.8) * s, -40.8 * s, (well_x + 5.8) * s, 40.8 * s, 5.8 * s)
        slope = np.clip(well - floor, 0, 1)
        lit_side = np.clip(((u - well_x * s) / (7.0 * s) + v / (42.0 * s) * 0.3), -1, 1)
        shade = 1.0 - 0.22 * slope * (1.0 - lit_side) * 0.5 + 0.05 * slope * np.clip(lit_side, 0, 1)
        colour = colour * np.where(well > 0, shade, 1.0)[..., None]
        blot = _fine(name + f"/stain{j}", shape, 5.0 * s) + 0.2 * _fine(name + f"/edge{j}", shape, 1.2 * s)
        level = blot - 0.9 + 0.9 * np.clip(1.0 - np.abs(v / s - (12.0 - 14.0 * j)) / (20.0 + 6.0 * j), 0, 1)
        wash = np.clip(level * 4.0, 0, 1) * floor
        tide = np.exp(-((level / 0.05) ** 2)) * floor
        tint = _rgb(*stain)[None, None, :]
        colour = colour * (1.0 - (0.2 * wash + 0.28 * tide)[..., None] * (1.0 - tint))
        glint = np.exp(-(((u - (well_x - 4.9) * s) / (0.5 * s)) ** 2)) * np.clip(
            1.0 - np.abs(v) / (34.0 * s), 0, 1
        )
        colour = colour + (0.08 * glint * floor)[..., None]
    # the twelve half pans
    for j, paint in enumerate(_PAINTS):
        col, row = j % 3, j // 3
        px0, py0 = 32.2 + (col - 1) * 18.0, -31.5 + row * 21.0
        ux, vy = px0 * s + cx, py0 * s + cy
        a = np.deg2rad(angle)
        sx = cx + (ux - cx) * np.cos(a) - (vy - cy) * np.sin(a)
        sy = cy + (ux - cx) * np.sin(a) + (vy - cy) * np.cos(a)
        win = _near(px, py, sx, sy, 14.0 * s)
        if win is None:
            continue
        pan_colour, cup = _pan(u[win], v[win], px0, py0, s, paint, name + f"/pan{j}")
        shadowed = (
            colour[win] * (1.0 - 0.5 * np.clip(_blur(np.roll(cup, 2, axis=0), 1.5) - cup, 0, 1))[..., None]
        )
        colour[win] = _over(shadowed, pan_colour, cup)
    # the hinge: a rolled black barrel, a glint along it; the thumb ring's black loop
    hinge_shine = np.exp(-(((u + 0.6 * s) / (0.45 * s)) ** 2))
    colour = _over(colour, black[None, None, :] + (gloss * 0.9 * hinge_shine)[..., None], hinge)
    ring_r = np.hypot(u - 68.6 * s, v)
    ring_shine = np.exp(-(((ring_r - 5.5 * s) / (0.4 * s)) ** 2)) * np.clip(
        -(u - 68.6 * s + v) / (6.6 * s), 0, 1
    )
    colour = _over(colour, black[None, None, :] + (gloss * ring_shine)[..., None], ring)
    return colour, mask


def _near(px: np.ndarray, py: np.ndarray, x: float, y: float, reach: float) -> tuple[slice, slice] | None:
    """The rows and columns of a grid of places (``px``, ``py``) within ``reach`` px of (x, y), or None."""
    inside = (np.abs(px - x) <= reach) & (np.abs(py - y) <= reach)
    rows = np.flatnonzero(inside.any(axis=1))
    cols = np.flatnonzero(inside.any(axis=0))
    if rows.size == 0 or cols.size == 0:
        return None
    return slice(int(rows[0]), int(rows[-1]) + 1), slice(int(cols[0]), int(cols[-1]) + 1)


def _region(px: np.ndarray, py: np.ndarray, box: tuple[float, float, float, float]) -> tuple[slice, slice]:
    """The rows and columns of a grid of places (``px``, ``py``) that hold the box (x0, y0, x1, y1)."""
    x0, y0, x1, y1 = box
    inside = (px >= x0) & (px <= x1) & (py >= y0) & (py <= y1)
    rows = np.flatnonzero(inside.any(axis=1))
    cols = np.flatnonzero(inside.any(axis=0))
    return slice(int(rows[0]), int(rows[-1]) + 1), slice(int(cols[0]), int(cols[-1]) + 1)


def _place(
    px: np.ndarray,
    py: np.ndarray,
    box: tuple[float, float, float, float],
    draw: Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]],
) -> tuple[np.ndarray, tuple[slice, slice], np.ndarray]:
    """Draws an item inside ``box`` only (``draw(px, py)`` gives its colour and mask there): the item's mask
    over the whole grid, the window and the item's colour in it."""
    win = _region(px, py, box)
    item_colour, item_mask = draw(px[win], py[win])
    mask = np.zeros(px.shape, dtype=np.float32)
    mask[win] = item_mask
    return mask, win, item_colour


def _brush(
    px: np.ndarray,
    py: np.ndarray,
    start: tuple[float, float],
    angle: float,
    s: float,
    name: str,
    k: float,
    gloss: float,
) -> tuple[np.ndarray, np.ndarray]:
    """The folding sable brush from its handle's end at ``start``, pointing ``angle`` degrees (clockwise from
    the page's x axis), ``s`` px per mm: colour, mask."""
    x0, y0 = start
    a = np.deg2rad(angle)
    dx, dy = px - x0, py - y0
    along = (dx * np.cos(a) + dy * np.sin(a)) / s
    across = (-dx * np.sin(a) + dy * np.cos(a)) / s
    # its radius along it (mm): the barrel's rounded end, the barrel, a gilt band, the ferrule, the hair
    knots = [
        (-0.6, 0.0),
        (0.0, 2.6),
        (1.2, 3.7),
        (2.5, 4.0),
        (76.0, 4.0),
        (76.1, 4.15),
        (79.0, 4.15),
        (79.1, 3.6),
        (81.0, 3.5),
        (94.0, 2.6),
        (95.0, 2.3),
        (99.0, 2.5),
        (104.0, 2.0),
        (109.0, 0.9),
        (112.0, 0.0),
    ]
    radius = np.interp(along, [p[0] for p in knots], [p[1] for p in knots]).astype(np.float32)
    mask = np.clip((radius - np.abs(across)) * s + 0.5, 0, 1) * (along > -0.6) * (along < 112.0)
    side = np.clip(across / np.maximum(radius, 0.3), -1, 1)
    roundness = np.sqrt(np.clip(1.0 - side**2, 0, 1))
    lacquer = _rgb(16, 16, 18)[None, None, :] * (0.7 + 0.5 * roundness)[..., None]
    shine = gloss * np.exp(-(((side + 0.42) / 0.16) ** 2)) + 0.25 * gloss * np.exp(
        -(((side - 0.55) / 0.12) ** 2)
    )
    colour = lacquer + shine[..., None]
    band = (along > 76.0) & (along < 79.0)
    gold = (
        _rgb(206, 168, 86)[None, None, :]
        * (0.55 + 0.6 * roundness + 0.6 * np.exp(-(((side + 0.4) / 0.2) ** 2)))[..., None]
    )
    colour = np.where(band[..., None], gold, colour)
    ferrule = (along >= 79.0) & (along < 95.0)
    steel = (
        0.35
        + 0.25 * roundness
        + 0.75 * np.exp(-(((side + 0.35) / 0.18) ** 2))
        - 0.2 * np.exp(-(((side - 0.25) / 0.2) ** 2))
    )
    crimp = 1.0 - 0.3 * np.clip(1.0 - np.abs(along - 92.5) / 0.5, 0, 1)
    colour = np.where(
        ferrule[..., None], _rgb(214, 214, 220)[None, None, :] * (steel * crimp)[..., None], colour
    )
    # the hair: reddish brown, darker at its belly, a fine streak of hairs along it and a golden point
    hair = along >= 95.0
    strands = 0.85 + 0.15 * np.sin(
        across * s * 2.2 + 2.0 * _along(name + "/hair", along * s, across * s, 18.0 * s, 0.8 * s)
    )
    hair_tone = (0.75 + 0.35 * roundness) * strands * (1.0 + 0.25 * np.clip((along - 104.0) / 8.0, 0, 1))
    colour = np.where(hair[..., None], _rgb(132, 74, 40)[None, None, :] * hair_tone[..., None], colour)
    # the gilt lettering on the barrel
    text = _lettering("KOLINSKY SABLE  No 6", 2.6 * s, along * s, across * s, 20.0 * s, -1.3 * s, k)
    colour = _over(colour, _rgb(212, 176, 92), 0.9 * text * mask * (along < 76.0))
    return colour, mask


def watercolour_tin_packshot() -> Image.Image:
    """A travel watercolour set, its tin opened flat and a folding sable brush beside it, on an A4 page, 1500 x
    1061 (landscape)."""
    w, h, k, s = 1500, 1061, 1.55, 5.2
    shot = _shot(w, h, k, 0.88, 1.2)
    px, py = shot.px, shot.py
    colour = _paper(shot, "tin")
    tin_mask, tin_win, tin_colour = _place(
        px, py, (235.0, 250.0, 1000.0, 790.0), lambda x, y: _tin(x, y, (585.0, 520.0, -1.5), s, "tin", 0.55)
    )
    brush_mask, brush_win, brush_colour = _place(
        px,
        py,
        (1090.0, 180.0, 1215.0, 820.0),
        lambda x, y: _brush(x, y, (1135.0, 210.0), 86.5, s, "tin/brush", k, 0.9),
    )
    mask = np.clip(np.maximum(tin_mask, brush_mask), 0, 1)
    light = _shadow(tin_mask, k, 1.6 * s, 2.2 * s, 2.6 * s, 0.32) * _shadow(
        brush_mask, k, 0.8 * s, 1.1 * s, 1.2 * s, 0.3
    )
    colour = colour * light[..., None]
    colour[tin_win] = _over(colour[tin_win], tin_colour, tin_mask[tin_win])
    colour[brush_win] = _over(colour[brush_win], brush_colour, brush_mask[brush_win])
    return _scan(colour, shot, "watercolour_tin", mask)


# ---- a pair of leather gloves ------------------------------------------------------------------------------

# each finger of a left glove seen from its back (its thumb to the right): base x, y (mm), length, splay (deg)
_FINGERS = [
    (-26.0, -50.0, 50.0, -6.0),
    (-8.8, -57.0, 62.0, -2.0),
    (8.6, -59.0, 66.0, 1.0),
    (25.6, -57.0, 60.0, 4.0),
]


def _glove(
    px: np.ndarray,
    py: np.ndarray,
    place: tuple[float, float, float],
    s: float,
    k: float,
    mirror: bool,
    name: str,
) -> tuple[np.ndarray, np.ndarray]:
    """A black nappa glove lying on its palm at ``place`` (its wrist's middle x, y and a turn in degrees),
    ``s`` px per mm; a left glove, or with ``mirror`` a right one (its thumb to the left): colour, mask."""
    cx, cy, angle = place
    tx, ty = _turn(px, py, cx, cy, angle)
    u, v = tx - cx, ty - cy
    if mirror:
        u = -u
    shape = px.shape

    def mm(*values: float) -> list[float]:
        return [value * s for value in values]

    cuff = _poly(
        u, v, [tuple(mm(-33.0, -2.0)), tuple(mm(33.0, -2.0)), tuple(mm(37.5, 50.5)), tuple(mm(-37.5, 50.5))]
    )
    hand = _poly(
        u,
        v,
        [
            tuple(mm(-33.0, 4.0)),
            tuple(mm(33.0, 4.0)),
            tuple(mm(37.0, -32.0)),
            tuple(mm(35.0, -62.0)),
            tuple(mm(26.0, -68.0)),
            tuple(mm(-28.0, -62.0)),
            tuple(mm(-35.0, -55.0)),
            tuple(mm(-37.0, -30.0)),
        ],
    )
    parts = [cuff, hand]
    finger_lights = np.zeros(shape, dtype=np.float32)
    seams = np.zeros(shape, dtype=np.float32)
    creases = np.zeros(shape, dtype=np.float32)
    for bx, by, length, splay in _FINGERS:
        a = np.deg2rad(splay)
        x0, y0 = bx, by + 13.0
        x1, y1 = bx + (length + 13.0) * np.sin(a), y0 - (length + 13.0) * np.cos(a)
        finger, t, side = _capsule(u, v, *mm(x0, y0, x1, y1, 8.2, 7.2))
        parts.append(finger)
        finger_lights = np.maximum(
            finger_lights, finger * np.exp(-(((side + 0.35) / 0.28) ** 2)) * np.clip(t * 3.0, 0, 1)
        )
        seams = np.maximum(
            seams, finger * np.clip(1.0 - np.abs(np.abs(side) - 0.8) / 0.07, 0, 1) * (t > 0.22)
        )
        # two or three creases across the finger where its knuckles bend
        along = t * (length + 13.0)
        for joint, depth in ((15.0, 1.0), (18.5, 0.7), (15.0 + 0.55 * length, 0.6)):
            curve = along - joint - 1.2 * side**2
            creases = np.maximum(
                creases, depth * finger * np.clip(1.0 - np.abs(curve) / 0.45, 0, 1) * (np.abs(side) < 0.75)
            )
    thumb, thumb_t, thumb_side = _capsule(u, v, *mm(29.0, -10.0, 50.0, -50.0, 9.6, 8.0))
    parts.append(thumb)
    mask = np.clip(np.maximum.reduce(parts), 0, 1)
    finger_lights = np.maximum(
        finger_lights, thumb * np.exp(-(((thumb_side + 0.3) / 0.3) ** 2)) * np.clip(thumb_t * 2.5, 0, 1)
    )
    # the thumb's seam: where it is sewn into the hand, a short arc across its root
    root = np.abs(np.hypot(u - 40.0 * s, v + 31.0 * s) - 11.0 * s)
    thumb_seam = np.clip(1.0 - root / (0.3 * s), 0, 1) * thumb * (v < -22.0 * s) * (u < 36.0 * s)
    seams = np.maximum(seams, thumb_seam)
    # the leather: black nappa, a fine grain, its surface rolling off towards the outline, a broad sheen of the
    # panel over the back of the hand and along each finger
    grain = (
        1.0
        + 0.16 * _fine(name + "/grain", shape, 0.22 * s * k)
        + 0.06 * _fine(name + "/hide", shape, 2.5 * s * k)
    )
    roll = np.clip(_wide(mask, 1.6 * s * k) * 1.8 - 0.8, 0, 1)
    body = 0.62 + 0.38 * roll
    sheen = 0.11 * np.exp(-(((u + 6.0 * s) / (26.0 * s)) ** 2) - ((v + 36.0 * s) / (30.0 * s)) ** 2)
    sheen = sheen * hand * (1.0 + 0.3 * _fine(name + "/sheen", shape, 4.0 * s * k))
    leather = _rgb(14, 14, 15)[None, None, :] * (grain * body)[..., None]
    colour = leather + (sheen + 0.07 * finger_lights * roll)[..., None] + 0.03 * roll[..., None]
    # the three rows of points: raised welts fanning from the wrist to the knuckles, each lit on its left
    for j, offset in enumerate((-12.0, 0.0, 12.0)):
        top_x = offset * 1.3
        points_mask, t, side = _capsule(u, v, *mm(offset, -9.0, top_x, -58.0, 0.8, 0.6))
        ridge = points_mask * np.clip(1.0 - t * 0.3, 0, 1)
        colour = colour + (0.09 * ridge * np.clip(-side, 0, 1))[..., None]
        colour = colour * (1.0 - 0.45 * ridge * np.clip(side, 0, 1))[..., None]
        stitches = (
            np.clip(np.sin(t * (49.0 / 1.4) * np.pi) * 3.0 - 1.8, 0, 1)
            * ridge
            * np.clip(1.0 - np.abs(side), 0, 1)
        )
        colour = colour + (0.06 * stitches)[..., None]
    # the knuckles' creases and the fingers' seams
    colour = colour * (1.0 - 0.5 * seams)[..., None]
    colour = (
        colour * (1.0 - 0.4 * creases)[..., None]
        + (0.05 * np.roll(creases, -max(1, round(0.3 * s * k)), axis=0))[..., None]
    )
    # the gathered wrist: short ripples across it
    gather = np.clip(1.0 - np.abs(v - 1.0 * s) / (3.2 * s), 0, 1) * np.clip(
        1.0 - np.abs(u) / (33.0 * s), 0, 1
    )
    ripple = np.sin(u / s * 2.0 * np.pi / 2.6 + 1.5 * _fine(name + "/gather", shape, 1.5 * s * k))
    colour = (
        colour * (1.0 + 0.35 * gather * ripple)[..., None]
        + (0.03 * gather * np.clip(ripple, 0, 1))[..., None]
    )
    # the cuff's hem: a row of stitches and the burgundy lining showing along its edge
    hem_line = np.clip(1.0 - np.abs(v - 46.5 * s) / (0.35 * s), 0, 1) * cuff
    dashes = np.clip(np.sin(u / s * 2.0 * np.pi / 2.2) * 3.0 - 1.0, 0, 1)
    colour = colour + (0.08 * hem_line * dashes)[..., None]
    edge_y = (50.5 - 1.3 + 0.35 * np.sin(u / s * 0.9)) * s
    lining = np.clip((v - edge_y) / (0.6 * s), 0, 1) * cuff
    colour = _over(colour, _rgb(96, 26, 40)[None, None, :] * (0.8 + 0.2 * grain)[..., None], lining)
    # the gilt snap on the cuff
    sx, sy = 25.0 * s, 38.0 * s
    snap = _ellipse(u, v, sx, sy, 3.2 * s, 3.2 * s)
    r = np.hypot(u - sx, v - sy) / (3.2 * s)
    dome = (
        0.55
        + 0.45 * np.sqrt(np.clip(1.0 - r**2, 0, 1))
        + 0.9 * np.exp(-(((u - sx + 1.0 * s) / (0.8 * s)) ** 2 + ((v - sy + 1.0 * s) / (0.8 * s)) ** 2))
    )
    dome = dome * (1.0 - 0.4 * np.clip(1.0 - np.abs(r - 0.86) / 0.07, 0, 1))
    colour = _over(colour, _rgb(196, 160, 84)[None, None, :] * dome[..., None], snap)
    return colour, mask


def leather_gloves_packshot() -> Image.Image:
    """A pair of black nappa leather gloves lying flat, the left over the right, on an A4 page, 1061 x 1500
    (portrait)."""
    w, h, k, s = 1061, 1500, 1.45, 5.05
    shot = _shot(w, h, k, 0.85, -0.8)
    colour = _paper(shot, "gloves")
    under_place, over_place = (430.0, 975.0, -4.0), (640.0, 1045.0, 5.0)
    win = _win(shot, 60.0, 150.0, 1000.0, 1380.0)
    px, py = shot.px[win], shot.py[win]
    under_colour, under_mask = _glove(px, py, under_place, s, k, True, "gloves/right")
    over_colour, over_mask = _glove(px, py, over_place, s, k, False, "gloves/left")
    mask = np.zeros(shot.px.shape, dtype=np.float32)
    mask[win] = np.clip(np.maximum(under_mask, over_mask), 0, 1)
    light = np.ones(shot.px.shape, dtype=np.float32)
    light[win] = _shadow(mask[win], k, 0.9 * s, 1.3 * s, 1.6 * s, 0.34)
    colour = colour * light[..., None]
    # the left glove's edge throws a thin shadow onto the right one beneath it
    part = colour[win]
    onto = _shadow(over_mask, k, 0.8 * s, 1.1 * s, 0.9 * s, 0.55)
    part = _over(part, under_colour * onto[..., None], under_mask)
    part = _over(part, over_colour, over_mask)
    colour[win] = part
    return _scan(colour, shot, "leather_gloves", mask)


# ---- a pair of rosewood knitting needles -------------------------------------------------------------------


def _needle(
    px: np.ndarray,
    py: np.ndarray,
    start: tuple[float, float],
    end: tuple[float, float],
    s: float,
    k: float,
    name: str,
) -> tuple[np.ndarray, np.ndarray]:
    """A 6 mm rosewood knitting needle from its knob's end at ``start`` to its point at ``end``, ``s`` px per
    mm: colour, mask."""
    x0, y0 = start
    x1, y1 = end
    length = float(np.hypot(x1 - x0, y1 - y0))
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    dx, dy = px - x0, py - y0
    a = (dx * ux + dy * uy) / s  # mm along it from the knob's end
    b = (-dx * uy + dy * ux) / s  # mm across it
    total = length / s
    # its radius along it: a turned knob with a bead and a collar, the shaft, the taper to a rounded point
    knots = [
        (0.0, 2.2),
        (0.6, 4.2),
        (1.8, 5.2),
        (4.6, 5.6),
        (7.2, 5.0),
        (8.4, 4.1),
        (9.0, 4.6),
        (10.2, 4.6),
        (10.8, 3.0),
        (total - 24.0, 3.0),
        (total - 6.0, 1.6),
        (total - 1.2, 0.95),
        (total - 0.3, 0.5),
        (total, 0.0),
    ]
    radius = np.interp(a, [p[0] for p in knots], [p[1] for p in knots]).astype(np.float32)
    inside = (a >= 0.0) & (a <= total)
    mask = np.clip((radius - np.abs(b)) * s + 0.5, 0, 1) * inside
    mask = mask * np.clip(a * s + 0.5, 0, 1) * np.clip((total - a) * s + 0.5, 0, 1)
    side = np.clip(b / np.maximum(radius, 0.3), -1, 1)
    round_shade = 0.62 + 0.38 * np.sqrt(np.clip(1.0 - side**2, 0, 1)) - 0.06 * side
    # rosewood: dark streaks along it, fine pores, a reddish figure; the polish's long highlight
    streaks = _along(name + "/streaks", a * s, side * 40.0, 45.0 * s, 3.0)
    pores = _along(name + "/pores", a * s, side * 120.0, 2.2 * s, 4.0)
    figure = _along(name + "/figure", a * s, side * 10.0, 40.0 * s, 10.0)
    wood = 1.0 + 0.1 * np.clip(streaks, -2, 2) - 0.12 * np.clip(pores - 1.1, 0, 2) + 0.1 * figure
    dark = np.clip(streaks - 0.6, 0, 1.5) * 0.4
    tone = round_shade * wood * (1.0 - dark)
    colour = _rgb(100, 44, 34)[None, None, :] * tone[..., None]
    knob = a < 10.8
    colour = np.where(knob[..., None], _rgb(84, 36, 28)[None, None, :] * (tone * 0.95)[..., None], colour)
    groove = np.clip(1.0 - np.abs(a - 8.4) / 0.35, 0, 1) + np.clip(1.0 - np.abs(a - 10.8) / 0.3, 0, 1)
    colour = colour * (1.0 - 0.45 * groove)[..., None]
    polish = 0.32 * np.exp(-(((side + 0.42) / 0.12) ** 2)) + 0.08 * np.exp(-(((side - 0.6) / 0.12) ** 2))
    polish = polish * (0.85 + 0.15 * figure)
    colour = colour + polish[..., None]
    # the size engraved (burnt) into the shaft near the knob
    text = _lettering("6.0 mm", 3.4 * s, a * s, b * s, 16.0 * s, -1.7 * s, k)
    colour = colour * (1.0 - 0.6 * text * mask)[..., None]
    return colour, mask


def knitting_needles_packshot() -> Image.Image:
    """A pair of rosewood knitting needles, nearly parallel, their points crossing, in a 25:9 strip the seller
    cropped the page to, 1500 x 540."""
    w, h, k, s = 1500, 540, 1.5, 5.36
    shot = _shot(w, h, k, 0.93, 0.6)
    px, py = shot.px, shot.py
    colour = _paper(shot, "needles")
    lower_colour, lower_mask = _needle(px, py, (96.0, 318.0), (1402.0, 268.0), s, k, "needles/lower")
    upper_colour, upper_mask = _needle(px, py, (70.0, 226.0), (1420.0, 292.0), s, k, "needles/upper")
    mask = np.clip(np.maximum(lower_mask, upper_mask), 0, 1)
    colour = colour * _shadow(mask, k, 1.4 * s, 2.0 * s, 1.8 * s, 0.36)[..., None]
    colour = _over(colour, lower_colour, lower_mask)
    onto = _shadow(upper_mask, k, 1.2 * s, 1.6 * s, 1.0 * s, 0.5)
    colour = colour * np.where(lower_mask > 0, onto, 1.0)[..., None]
    colour = _over(colour, upper_colour, upper_mask)
    return _scan(colour, shot, "knitting_needles", mask)


# ---- three celluloid guitar picks --------------------------------------------------------------------------


def _pick(
    px: np.ndarray,
    py: np.ndarray,
    place: tuple[float, float, float],
    s: float,
    k: float,
    kind: str,
    name: str,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """A standard-shaped celluloid pick at ``place`` (its middle x, y and a turn in degrees), its point down
    before the turn, ``s`` px per mm, of ``kind`` tortoiseshell, pearloid or red: colour, mask and how much of
    what lies under it shows through (0 where it is opaque)."""
    cx, cy, angle = place
    tx, ty = _turn(px, py, cx, cy, angle)
    u, v = tx - cx, ty - cy
    shape = px.shape

    # the outline: the hull of two broad shoulders and a small rounded point, and the arc over its top, a
    # circle that meets both shoulders' circles where they touch it
    def outline(inset: float) -> np.ndarray:
        circles = [(-7.0 * s, -1.5 * s, (8.0 - inset) * s), (0.0, 12.4 * s, (2.4 - inset) * s)]
        circles.append((7.0 * s, -1.5 * s, (8.0 - inset) * s))
        arc = _ellipse(u, v, 0.0, 5.17 * s, (17.67 - inset) * s, (17.67 - inset) * s)
        arc = np.minimum(arc, np.clip(-7.0 * s - v + 0.5, 0, 1))
        return np.maximum(_hull(u, v, circles), arc)

    mask = outline(0.0)
    inner = outline(0.7)
    bevel = np.clip(mask - inner, 0, 1)
    through = np.zeros(shape, dtype=np.float32)
    if kind == "tortoiseshell":
        mottle = _fine(name + "/mottle", shape, 2.2 * s * k) + 0.5 * _fine(
            name + "/flecks", shape, 0.7 * s * k
        )
        amber = _rgb(206, 128, 44)[None, None, :]
        brown = _rgb(88, 40, 18)[None, None, :]
        black = _rgb(30, 16, 10)[None, None, :]
        colour = _over(amber, brown, np.clip((mottle + 0.3) * 1.4, 0, 1))
        colour = _over(colour, black, np.clip((mottle - 0.9) * 1.6, 0, 1))
        through = 0.35 * np.clip(1.0 - (mottle + 0.6), 0, 1)
    elif kind == "pearloid":
        swirl = _fine(name + "/swirl", shape, 3.0 * s * k)
        bands = np.sin(u / s * 0.9 + v / s * 0.35 + 4.0 * swirl)
        glow = 0.5 + 0.5 * bands
        colour = _rgb(226, 216, 198)[None, None, :] * (0.8 + 0.12 * glow)[..., None]
        colour = (
            colour + (0.05 * glow * np.clip(swirl, -1, 1))[..., None] * _rgb(255, 120, 200)[None, None, :]
        )
        colour = colour * (1.0 - 0.07 * np.clip(1.0 - np.abs(bands) / 0.3, 0, 1))[..., None]
    else:
        colour = _rgb(208, 30, 44)[None, None, :] * np.ones(shape + (3,), dtype=np.float32)
        through = np.full(shape, 0.45, dtype=np.float32)
    # the bevelled edge a touch darker, a soft gloss of the panel across its shoulder
    colour = colour * (1.0 - 0.25 * bevel)[..., None]
    gloss = 0.22 * np.exp(-(((u + 3.0 * s) / (4.0 * s)) ** 2) - ((v + 6.0 * s) / (2.5 * s)) ** 2)
    colour = colour + gloss[..., None]
    # the gold-foil printing: a star and the gauge
    star_r = np.hypot(u, v + 3.0 * s)
    star_a = np.arctan2(v + 3.0 * s, u)
    star = np.clip((2.6 * s * (0.55 + 0.45 * np.cos(5.0 * (star_a + np.pi / 2.0))) - star_r) + 0.5, 0, 1)
    text = _lettering("MEDIUM", 1.9 * s, u, v, -5.6 * s, 1.2 * s, k)
    foil = np.clip(np.maximum(star, text), 0, 1) * inner
    sparkle = 1.0 + 0.25 * _fine(name + "/foil", shape, 0.4 * s * k)
    colour = _over(colour, _rgb(222, 184, 96)[None, None, :] * sparkle[..., None], 0.92 * foil)
    through = through * (1.0 - foil)
    return colour, mask, through


def guitar_picks_packshot() -> Image.Image:
    """Three celluloid guitar picks fanned out, small on a US Letter page, 1159 x 1500 (portrait)."""
    w, h, k, s = 1159, 1500, 1.6, 5.37
    shot = _shot(w, h, k, 0.87, -1.5)
    colour = _paper(shot, "picks")
    win = _win(shot, 380.0, 560.0, 800.0, 920.0)
    px, py = shot.px[win], shot.py[win]
    mask = np.zeros(shot.px.shape, dtype=np.float32)
    part = colour[win]
    picks = [
        ((520.0, 760.0, 32.0), "tortoiseshell"),
        ((600.0, 720.0, 4.0), "pearloid"),
        ((676.0, 768.0, -30.0), "red"),
    ]
    drawn = [_pick(px, py, place, s, k, kind, f"picks/{kind}") for place, kind in picks]
    together = np.clip(np.maximum.reduce([m for _, m, _ in drawn]), 0, 1)
    mask[win] = together
    part = part * _shadow(together, k, 0.5 * s, 0.7 * s, 0.7 * s, 0.22)[..., None]
    for j, (pick_colour, pick_mask, through) in enumerate(drawn):
        if j > 0:
            part = (
                part
                * (
                    1.0
                    - 0.35
                    * np.clip(
                        _blur(np.roll(pick_mask, round(0.5 * s * k), axis=0), 0.6 * s * k) - pick_mask, 0, 1
                    )
                )[..., None]
            )
        seen = part * through[..., None] + pick_colour * (1.0 - through[..., None])
        if j == 2:
            seen = part * (0.25 + 0.75 * pick_colour)
            seen = seen + (pick_colour - pick_colour.clip(0, 1))
        part = _over(part, seen, pick_mask)
    colour[win] = part
    return _scan(colour, shot, "guitar_picks", mask)


# ---- the watercolour set on a desk -------------------------------------------------------------------------


def _pencil(
    px: np.ndarray, py: np.ndarray, start: tuple[float, float], end: tuple[float, float], s: float
) -> tuple[np.ndarray, np.ndarray]:
    """A yellow hexagonal pencil from its eraser at ``start`` to its sharpened point at ``end``, ``s`` px per
    mm: colour, mask."""
    x0, y0 = start
    x1, y1 = end
    length = float(np.hypot(x1 - x0, y1 - y0))
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    a = ((px - x0) * ux + (py - y0) * uy) / s
    b = (-(px - x0) * uy + (py - y0) * ux) / s
    total = length / s
    knots = [(0.0, 2.6), (0.8, 3.3), (6.0, 3.3), (6.1, 3.6), (13.0, 3.6), (13.1, 3.5), (total - 20.0, 3.5)]
    knots += [(total - 6.0, 1.1), (total - 0.6, 0.4), (total, 0.0)]
    radius = np.interp(a, [p[0] for p in knots], [p[1] for p in knots]).astype(np.float32)
    mask = (
        np.clip((radius - np.abs(b)) * s + 0.5, 0, 1)
        * np.clip(a * s + 0.5, 0, 1)
        * np.clip((total - a) * s + 0.5, 0, 1)
    )
    side = np.clip(b / np.maximum(radius, 0.3), -1, 1)
    facet = np.floor((side + 1.0) * 1.5).clip(0, 2)
    shade = np.array([1.08, 0.94, 0.72], dtype=np.float32)[facet.astype(int)]
    colour = _rgb(236, 184, 30)[None, None, :] * shade[..., None]
    colour = colour + (0.12 * np.exp(-(((side + 0.5) / 0.1) ** 2)))[..., None]
    eraser = a < 6.0
    colour = np.where(
        eraser[..., None],
        _rgb(222, 120, 128)[None, None, :] * (0.8 + 0.25 * np.sqrt(np.clip(1 - side**2, 0, 1)))[..., None],
        colour,
    )
    ferrule = (a >= 6.0) & (a < 13.0)
    ribs = 0.7 + 0.3 * np.abs(np.sin(a * np.pi / 0.9))
    metal = (
        _rgb(190, 192, 186)[None, None, :]
        * (ribs * (0.6 + 0.5 * np.exp(-(((side + 0.4) / 0.3) ** 2))))[..., None]
    )
    colour = np.where(ferrule[..., None], metal, colour)
    wood = a >= total - 20.0
    scallop = total - 20.0 + 2.0 * np.abs(np.cos(side * np.pi * 1.5))
    cone = _rgb(214, 178, 130)[None, None, :] * (0.85 + 0.2 * np.sqrt(np.clip(1 - side**2, 0, 1)))[..., None]
    colour = np.where((wood & (a >= scallop))[..., None], cone, colour)
    colour = np.where(
        (a >= total - 6.0)[..., None],
        _rgb(60, 60, 64)[None, None, :] * (0.8 + 0.6 * np.exp(-(((side + 0.3) / 0.3) ** 2)))[..., None],
        colour,
    )
    return colour, mask


def _lemon(px: np.ndarray, py: np.ndarray, cx: float, cy: float, s: float, name: str) -> np.ndarray:
    """A half-painted lemon on the watercolour paper: how much of each wash lies where (yellow, its shaded
    side, the grey-violet shadow under it, the leaf, pencil lines) as a stack of five coverages."""
    shape = px.shape
    u, v = (px - cx) / s, (py - cy) / s
    body = np.hypot(u / 31.0, v / 21.0)
    tips = np.maximum(
        _ellipse(u * s, v * s, -31.0 * s, -1.5 * s, 5.0 * s, 4.0 * s),
        _ellipse(u * s, v * s, 31.5 * s, 1.0 * s, 4.5 * s, 3.6 * s),
    )
    lemon = np.maximum(np.clip((1.0 - body) * 21.0 * s + 0.5, 0, 1), tips)
    bloom = _fine(name + "/bloom", shape, 6.0 * s) * 0.5 + _fine(name + "/granules", shape, 0.5 * s) * 0.25
    yellow = lemon * np.clip(0.8 + 0.2 * bloom, 0, 1)
    shaded = lemon * np.clip((u + v * 1.2) / 30.0 + 0.25 * bloom, 0, 1)
    shadow = np.clip((1.0 - np.hypot((u - 6.0) / 30.0, (v - 23.0) / 6.5)) * 8.0, 0, 1) * (1.0 - lemon)
    shadow = shadow * np.clip(0.7 + 0.3 * bloom, 0, 1)
    leaf_u, leaf_v = _turn(u, v, -42.0, -10.0, 35.0)
    leaf = np.clip((1.0 - np.hypot((leaf_u + 42.0) / 12.0, (leaf_v + 10.0) / 4.8)) * 5.0 * s, 0, 1)
    leaf = np.maximum(
        leaf, np.clip(0.9 - np.abs(v + 2.5 + 0.45 * (u + 34.0)) * s, 0, 1) * (u < -33.0) * (u > -41.0)
    )
    leaf = leaf * np.clip(0.75 + 0.25 * bloom, 0, 1)
    ring = np.abs(np.hypot((u - 62.0) / 28.0, (v - 6.0) / 19.0) - 1.0) * 20.0 * s
    pencil = np.clip(0.9 - ring, 0, 1) * 0.5
    return np.stack([yellow, shaded, shadow, leaf, pencil])


def desk_scene() -> Image.Image:
    """The watercolour set and brush on a cherry-wood desk seen from straight above beside a jar of rinse
    water, a taped-down sheet with a half-painted lemon and a pencil, a window to the left, 3:4."""
    w, h, k, s = 1125, 1500, 1.6, 3.1
    gx, gy = _grid(round(w * k), round(h * k))
    px, py = (gx + 0.5) / k - 0.5, (gy + 0.5) / k - 0.5
    shape = px.shape
    # the window's light from the left, falling off across the desk
    light = (1.1 - 0.3 * (px / w) + 0.04 * np.sin(py / h * 2.5)).astype(np.float32)
    # cherry: a broad flat-sawn figure, fine darker lines, a few pin knots
    figure = _along("desk/figure", px, py, 260.0, 45.0)
    wave = _along("desk/wave", px, py, 320.0, 120.0)
    lines = np.sin(py / 2.6 + 5.0 * wave + 0.8 * figure)
    streak = _along("desk/streak", px, py, 90.0, 2.5)
    desk = 1.0 + 0.03 * figure + 0.025 * lines + 0.02 * streak + 0.015 * _fine("desk/pores", shape, 0.8 * k)
    colour = _rgb(176, 112, 76)[None, None, :] * desk[..., None]
    for kx, ky in ((980.0, 180.0), (140.0, 1380.0)):
        knot = _ellipse(px, py, kx, ky, 5.0, 3.0)
        colour = _over(colour, _rgb(96, 56, 36), 0.8 * knot)
    # the watercolour sheet, taped down at its corners, the lemon on it
    win = _region(px, py, (100.0, 630.0, 760.0, 1465.0))
    x, y, part = px[win], py[win], colour[win]
    sheet_x, sheet_y, sheet_turn = 430.0, 1045.0, -4.0
    su, sv = _turn(x, y, sheet_x, sheet_y, sheet_turn)
    sheet = _box(
        su, sv, sheet_x - 74.0 * s, sheet_y - 105.0 * s, sheet_x + 74.0 * s, sheet_y + 105.0 * s, 0.5
    )
    tooth = _fine("desk/tooth", x.shape, 0.9 * s * k)
    emboss = tooth - np.roll(tooth, 2, axis=1)
    paper = _rgb(246, 243, 234)[None, None, :] * (0.97 + 0.025 * emboss)[..., None]
    washes = _lemon(su, sv, sheet_x - 10.0 * s, sheet_y - 18.0 * s, s, "desk/lemon")
    for layer, tone, strength in zip(
        washes,
        ((240, 208, 62), (206, 150, 38), (150, 140, 178), (74, 118, 52), (90, 90, 96)),
        (0.85, 0.55, 0.45, 0.8, 0.6),
    ):
        tint = _rgb(*tone)[None, None, :]
        edge = np.clip(layer - _blur(layer, 1.2 * k), 0, 1) * 0.6
        paper = paper * (1.0 - (strength * np.clip(layer + edge, 0, 1))[..., None] * (1.0 - tint))
    lifted = np.clip(_wide(_shifted(sheet, round(3 * k), round(2 * k)), 2.0 * k) - sheet, 0, 1)
    part = _over(part * (1.0 - 0.3 * lifted)[..., None], paper, sheet)
    tape = np.zeros(x.shape, dtype=np.float32)
    for cx_, cy_, turn_ in (
        (-74.0, -105.0, 45.0),
        (74.0, -105.0, -45.0),
        (74.0, 105.0, 45.0),
        (-74.0, 105.0, -45.0),
    ):
        tu, tv = _turn(su, sv, sheet_x + cx_ * s, sheet_y + cy_ * s, turn_)
        torn = 0.8 * s * _fine(f"desk/tape{cx_}{cy_}", x.shape, 0.6 * s * k)
        x0, y0 = sheet_x + (cx_ - 22.0) * s, sheet_y + (cy_ - 9.0) * s
        strip = _box(tu, tv, x0, y0, x0 + 44.0 * s, y0 + 18.0 * s, 0.5)
        ends = np.clip(22.0 * s - np.abs(tu - sheet_x - cx_ * s) + torn + 0.5, 0, 1)
        tape = np.maximum(tape, strip * ends)
    colour[win] = _over(
        part, _rgb(226, 206, 156)[None, None, :] * (0.96 + 0.04 * emboss)[..., None], 0.7 * tape
    )
    # the jar of rinse water: a thick glass rim, cloudy grey-blue water, the window's glint, its shadow with a
    # bright caustic in it
    win = _region(px, py, (80.0, 170.0, 440.0, 490.0))
    x, y, part = px[win], py[win], colour[win]
    jx, jy, jr = 235.0, 330.0, 42.0 * s
    jar = _ellipse(x, y, jx, jy, jr, jr)
    cast = _shifted(jar, round(26 * k), round(8 * k))
    caustic = _ellipse(x, y, jx + 1.15 * jr, jy + 0.25 * jr, 0.28 * jr, 0.18 * jr)
    part = part * (1.0 - 0.4 * np.clip(_wide(cast, 6.0 * k), 0, 1) * (1.0 - jar))[..., None]
    part = part + (0.25 * _wide(caustic, 4.0 * k) * (1.0 - jar))[..., None]
    r = np.hypot(x - jx, y - jy) / jr
    water = part * np.array([0.72, 0.74, 0.8], dtype=np.float32) + np.array(
        [0.06, 0.07, 0.09], dtype=np.float32
    )
    water = water * (1.0 + 0.05 * _fine("desk/water", x.shape, 8.0 * k))[..., None]
    glass = part * 0.8 + 0.25 * np.clip(1.0 - np.abs(r - 0.96) / 0.03, 0, 1)[..., None]
    rim = np.clip((r - 0.9) / 0.02, 0, 1)
    inside = _over(water, glass, rim)
    towards = np.clip(-((x - jx) + (y - jy) * 0.3) / jr, 0, 1)
    glint = np.exp(-(((r - 0.95) / 0.025) ** 2)) * towards**3
    inside = inside + (0.7 * glint - 0.12 * np.exp(-(((r - 0.86) / 0.03) ** 2)))[..., None]
    colour[win] = _over(part, inside, jar)
    # the tin and the brush, and the pencil, each with its soft shadow to the right
    items = [
        _place(
            px,
            py,
            (480.0, 60.0, 1060.0, 610.0),
            lambda x, y: _tin(x, y, (760.0, 335.0, 8.0), s, "desk/tin", 0.45),
        ),
        _place(
            px,
            py,
            (780.0, 620.0, 900.0, 1000.0),
            lambda x, y: _brush(x, y, (870.0, 640.0), 101.0, s, "desk/brush", k, 0.7),
        ),
        _place(
            px,
            py,
            (905.0, 915.0, 1030.0, 1455.0),
            lambda x, y: _pencil(x, y, (925.0, 930.0), (1010.0, 1440.0), s),
        ),
    ]
    for (item, _, _), (dx, dy, soft, depth) in zip(
        items, ((16.0, 5.0, 7.0, 0.45), (8.0, 3.0, 3.0, 0.4), (7.0, 2.5, 2.5, 0.4))
    ):
        colour = (
            colour
            * (
                1.0
                - depth
                * np.clip(_wide(_shifted(item, round(dx * k), round(dy * k)), soft * k), 0, 1)
                * (1.0 - item)
            )[..., None]
        )
    for item, win, item_colour in items:
        colour[win] = _over(colour[win], item_colour, item[win])
    values = colour * light[..., None] * np.array([1.0, 0.985, 0.96], dtype=np.float32) * 0.86
    photo = _camera(values, "desk", 92)
    image = Image.fromarray(np.clip(photo + 0.5, 0, 255).astype(np.uint8)).resize(
        (w, h), Image.Resampling.LANCZOS
    )
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")
