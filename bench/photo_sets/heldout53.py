"""``heldout53``'s pictures: four products a climbing shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop exported from Lightroom: a 13:9 landscape of 1820 x 1260
  (climbing shoe; shrunk by the marketplace to 1600 x 1108), a 9:11 portrait of 1080 x 1320 (chalk bag; kept
  at 1080 x 1320), a 9:2 strip of 1980 x 440 (quickdraw, long and low in it; shrunk to 1600 x 356) and a 7:6
  landscape of 1400 x 1200 (block of chalk, small in it; kept at 1400 x 1200); the scene is a 5:4 landscape
  of 1500 x 1200 (kept);
- the canvases they are padded onto (``PADDING``): a 1:0.76 landscape with broad white above and below the
  shoe's low, wide picture, a 1:1.2 portrait round the chalk bag's tall picture (and round the scene), a
  1:0.33 banner a little wider than the quickdraw's long picture, and a 1:0.95 canvas whose width is 2.45
  times the width of the chalk block's small picture (which covers about 15 % of it); every padded picture
  covers at least 8 % of its canvas;
- a rock climbing shoe standing in profile, its toe to the left: a downturned last, a black rubber sole and
  rand, a black rubber toe patch and heel cup, an orange microfibre upper with cream stitching, a black velcro
  strap across the instep printed "CRUXWORKS" in white, a grey webbing pull loop above the heel (the backdrop
  showing through it) and the model's name "SERAC" printed on the heel (a product of several materials with
  printed text); a chalk bag standing upright: a teal corduroy cylinder (its wales running up it), a black
  cordura base, a rolled rim of white fleece and the white fleece lining inside, a red drawstring out of a
  grommet through a black cord lock, a brush loop of black webbing at the side holding a blue brush with
  white nylon bristles, a black woven label reading "CRUXWORKS" (white and very bright parts); a quickdraw
  lying flat along the strip: a blue anodised straight-gate carabiner with "CRUXWORKS" and its strengths
  etched on the spine, a black dogbone sling printed "CRUXWORKS 22 kN" with two bar-tacks at each end, a
  silver wire-gate carabiner (a 1.6 mm wire loop for its gate) held by a clear blue rubber keeper (a long
  product with thin parts, the backdrop showing inside both carabiners); a 56 g block of climbing chalk lying
  flat, seen at about 50 degrees, small in its frame: a bright white block of magnesium carbonate with a
  powdery, pitted face, two scrape marks and a crumbled corner, its right half still in its torn paper
  wrapper (a blue band with "CRUXWORKS" and "PURE CHALK", "MAGNESIUM CARBONATE" and "56 g / 2 oz" on its
  side, its end folded like an envelope) (a small, white product);
- every packshot is the shop's entry-level DSLR with a 50 mm f/1.8 lens at f/2.8, handheld at ISO 1600 in
  the back of the bouldering gym, on a white PVC (vinyl) backdrop unrolled from the wall over a table: one
  bi-colour LED panel at 4300 K on a stand at the front right is the key (the vinyl brightest under it, at the
  frame's upper right, and darker towards the lower left, a soft shadow cast to the back left, a contact line
  under each item, a faint green cast from the panel's LEDs), the gym's cool LED high-bays far above a weak
  fill; the lens's shallow depth of field (the sweep behind a standing item and the far end of a flat one a
  little soft), its vignetting wide open, the camera's ISO 1600 luma and chroma noise, its standard noise
  reduction and sharpening, a JPEG at quality 96 with 4:2:2 chroma; the seller's edit in Lightroom on the
  phone: Exposure +0.45, Highlights -25, Shadows +20 and Whites +35, then Masking's Select Background (the AI
  mask, worked out at a quarter of the resolution: a soft edge a pixel or two onto the item in places, thin
  wire left partly outside the subject, the dark core of the contact shadow and small gaps the item encloses
  kept as subject) with Exposure +1.7 and Whites +50 on it, so that the vinyl clips to white; exported as a
  JPEG at quality 88 with 4:2:0 chroma; the marketplace shrinks what is longer than 1600 px to 1600 px and
  re-encodes it as a WebP at quality 82;
- one full-frame scene: the chalk bag, the shoe, the quickdraw and the chalk block on a blue vinyl crash mat
  dusted with chalk at the foot of the bouldering wall (grey sand-textured plywood panels with a grid of T-nut
  holes, bolted resin holds in many colours with chalk on their tops, route tape marked "V3", a bare birch
  kicker board), under the gym's high-bays, with the same camera and the same Light panel sliders (no mask),
  re-encoded by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the vinyl, a
shadow or a gap kept by the mask), for the bench's clipping scope.
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
from bench.photo_sets.heldout44 import _shifted, _turn
from bench.photo_sets.heldout48 import _brushed, _fine
from bench.photo_sets.heldout49 import _layer, _paint, _put, _shading, _unit
from bench.photo_sets.heldout51 import _from_height

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "climbing_shoe": (920, 1.3, 0.76),
    "chalk_bag": (820, 1.25, 1.2),
    "quickdraw": (1000, 1.07, 0.33),
    "chalk_block": (300, 2.45, 0.95),
}

_MASKS: dict[str, np.ndarray] = {}

# the LED panel at 4300 K (the key), as the camera's auto white balance left it: a faint green from its LEDs
_PANEL = np.array([0.975, 1.0, 0.955], dtype=np.float32)
# the gym's cool LED high-bays far above (the fill)
_HIGH_BAYS = np.array([0.15, 0.165, 0.19], dtype=np.float32)
_EXPOSURE = 0.74
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
# the panel's direction in the picture (x right, y down, z towards the camera): in front, up and to the right
_TOWARDS_PANEL = np.array([0.46, -0.5, 0.73], dtype=np.float32) / float(np.linalg.norm([0.46, -0.5, 0.73]))
# the high-bays' direction in the scene: from high above, a little in front
_TOWARDS_BAYS = np.array([0.08, -0.8, 0.6], dtype=np.float32) / float(np.linalg.norm([0.08, -0.8, 0.6]))
_VIEW = np.array([0.0, 0.0, 1.0], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout53/" + name).encode()))


def _font(size: float) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _solid(colour: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    return colour[None, None, :] * np.ones(shape + (1,), np.float32)


def _poly(shape: tuple[int, int], points, ss: int = 4) -> np.ndarray:
    """An antialiased mask of the polygon ``points`` (pixel coordinates), drawn ``ss`` times finer."""
    pts = np.asarray(points, dtype=np.float64)
    x0, y0 = max(int(np.floor(pts[:, 0].min())) - 2, 0), max(int(np.floor(pts[:, 1].min())) - 2, 0)
    x1, y1 = (
        min(int(np.ceil(pts[:, 0].max())) + 3, shape[1]),
        min(int(np.ceil(pts[:, 1].max())) + 3, shape[0]),
    )
    out = np.zeros(shape, np.float32)
    if x1 <= x0 or y1 <= y0:
        return out
    big = Image.new("L", ((x1 - x0) * ss, (y1 - y0) * ss), 0)
    ImageDraw.Draw(big).polygon([((x - x0 + 0.5) * ss, (y - y0 + 0.5) * ss) for x, y in pts], fill=255)
    small = big.resize((x1 - x0, y1 - y0), Image.Resampling.BOX)
    out[y0:y1, x0:x1] = np.asarray(small, dtype=np.float32) / 255.0
    return out


def _spline(points, n: int = 12, closed: bool = False) -> np.ndarray:
    """A Catmull-Rom curve through ``points``, ``n`` steps a span."""
    p = np.asarray(points, dtype=np.float64)
    if closed:
        p = np.concatenate([p[-1:], p, p[:2]])
    else:
        p = np.concatenate([2 * p[:1] - p[1:2], p, 2 * p[-1:] - p[-2:-1]])
    t = np.linspace(0, 1, n, endpoint=False)[:, None]
    out = []
    for i in range(1, len(p) - 2):
        a, b, c, d = p[i - 1], p[i], p[i + 1], p[i + 2]
        out.append(
            0.5 * (2 * b + (c - a) * t + (2 * a - 5 * b + 4 * c - d) * t**2 + (3 * b - a - 3 * c + d) * t**3)
        )
    out.append(p[-2:-1])
    return np.concatenate(out)


def _rod(shape: tuple[int, int], centre, r: float):
    """A round rod ``r`` px thick each side of the polyline ``centre`` (pixel coordinates): its mask and
    normals (nx, ny, nz)."""
    pts = np.asarray(centre, dtype=np.float32)
    pad = r + 3
    x0, y0 = max(int(pts[:, 0].min() - pad), 0), max(int(pts[:, 1].min() - pad), 0)
    x1, y1 = min(int(pts[:, 0].max() + pad) + 1, shape[1]), min(int(pts[:, 1].max() + pad) + 1, shape[0])
    mask = np.zeros(shape, np.float32)
    nx, ny, nz = np.zeros(shape, np.float32), np.zeros(shape, np.float32), np.ones(shape, np.float32)
    if x1 <= x0 or y1 <= y0:
        return mask, nx, ny, nz
    gy, gx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    best = np.full(gx.shape, np.inf, np.float32)
    vx, vy = np.zeros_like(gx), np.zeros_like(gx)
    for (ax, ay), (bx, by) in zip(pts[:-1], pts[1:]):
        dx, dy = bx - ax, by - ay
        t = np.clip(((gx - ax) * dx + (gy - ay) * dy) / max(dx * dx + dy * dy, 1e-6), 0, 1)
        ox, oy = gx - (ax + t * dx), gy - (ay + t * dy)
        d2 = ox * ox + oy * oy
        closer = d2 < best
        best = np.where(closer, d2, best)
        vx, vy = np.where(closer, ox, vx), np.where(closer, oy, vy)
    d = np.sqrt(best)
    mask[y0:y1, x0:x1] = np.clip(r - d + 0.5, 0, 1)
    z = np.sqrt(np.clip(1.0 - (d / r) ** 2, 0.02, 1.0))
    ux, uy, uz = _unit(vx / r, vy / r, z)
    nx[y0:y1, x0:x1], ny[y0:y1, x0:x1], nz[y0:y1, x0:x1] = ux, uy, uz
    return mask, nx, ny, nz


def _sample(art: np.ndarray, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """``art`` (h x w or h x w x c) read at fractional (rows, cols), zero outside."""
    from scipy import ndimage

    if art.ndim == 2:
        return ndimage.map_coordinates(art, [rows, cols], order=1, mode="constant").astype(np.float32)
    return np.stack(
        [
            ndimage.map_coordinates(art[..., c], [rows, cols], order=1, mode="constant")
            for c in range(art.shape[2])
        ],
        axis=-1,
    ).astype(np.float32)


def _text_art(size: tuple[int, int], lines, background: float = 0.0) -> np.ndarray:
    """White text on ``background`` (0..1), drawn twice as large and reduced: lines of (x, y, text, size)."""
    w, h = size
    art = Image.new("L", (w * 2, h * 2), int(background * 255))
    d = ImageDraw.Draw(art)
    for x, y, text, height in lines:
        d.text((x * 2, y * 2), text, fill=255, font=_font(height * 2), anchor="mm")
    return np.asarray(art.resize((w, h), Image.Resampling.BOX), dtype=np.float32) / 255.0


# ---- the vinyl sweep, the LED panel, the DSLR, Lightroom and the marketplace -----------------------------


def _sweep(name: str, w: int, h: int, bend: float | None):
    """The white PVC backdrop filling the frame: its grid and layer (a faint embossed grain). ``bend`` is the
    row where the sweep curves from the floor up to the wall behind a standing item (None: only the floor)."""
    px, py = _grid(w, h)
    shape = px.shape
    tone = (
        0.9
        + 0.004 * _fine("h53/" + name + "/grain", shape, 0.7)
        + 0.005 * _fine("h53/" + name + "/cloud", shape, 70.0)
    )
    if bend is not None:
        # the wall part faces the camera and the panel a little less squarely than the floor
        tone = tone * (1.0 - 0.06 * np.clip((bend - py) / (0.3 * h), 0, 1))
    albedo = tone[..., None] * np.array([1.0, 0.998, 0.993], dtype=np.float32)
    return px, py, (albedo, albedo.copy(), np.zeros_like(albedo), np.zeros(shape, dtype=np.float32))


def _panel_pool(px: np.ndarray, py: np.ndarray, w: int, h: int, bend: float | None) -> np.ndarray:
    """The panel's light over the frame: brightest at the upper right, falling off towards the lower left;
    on the vinyl's floor behind a standing item, the panel's broad soft sheen."""
    r2 = ((px - 0.78 * w) ** 2 + (py - 0.25 * h) ** 2) / (w**2 + h**2)
    pool = 1.0 / (1.0 + 1.1 * r2)
    if bend is not None:
        pool = pool + 0.06 * np.exp(
            -(((px - 0.7 * w) / (0.25 * w)) ** 2 + ((py - bend - 0.06 * h) / (0.07 * h)) ** 2)
        )
    return pool.astype(np.float32)


def _lighting(
    layer, keymap: np.ndarray | float, fill: np.ndarray | float = 1.0, key=_PANEL, fill_colour=_HIGH_BAYS
):
    """The linear light the camera sees off ``layer``."""
    lit, amb, glow, _ = layer
    k = keymap if np.isscalar(keymap) else np.asarray(keymap)[..., None]
    f = fill if np.isscalar(fill) else np.asarray(fill)[..., None]
    return (lit * key * k + amb * fill_colour * f + glow) * _EXPOSURE


def _defocus(linear: np.ndarray, sigma: np.ndarray) -> np.ndarray:
    """The 50 mm lens's depth of field: each pixel blurred by its own ``sigma`` (px), blended between a few
    blurred copies."""
    levels = (0.0, 1.0, 2.0, 3.5, 5.5)
    sigma = np.clip(sigma, 0, levels[-1])
    out = np.zeros_like(linear)
    copies = [linear if s == 0 else _blur(linear, (s, s, 0)) for s in levels]
    for i in range(len(levels) - 1):
        lo, hi = levels[i], levels[i + 1]
        t = np.clip((sigma - lo) / (hi - lo), 0, 1)
        inside = ((sigma >= lo) & ((sigma < hi) | (i == len(levels) - 2))).astype(np.float32)
        out += (copies[i] * (1 - t)[..., None] + copies[i + 1] * t[..., None]) * inside[..., None]
    return out


def _dslr(linear: np.ndarray, name: str, sigma: np.ndarray | None = None) -> np.ndarray:
    """The DSLR's JPEG of ``linear`` light: the lens's depth of field (``sigma``, px) and vignetting at f/2.8,
    the picture style's tone curve, ISO 1600 luma and chroma noise, standard noise reduction and sharpening, a
    JPEG at quality 96 with 4:2:2 chroma. Its levels, 0..255."""
    h, w = linear.shape[:2]
    if sigma is not None:
        linear = _defocus(linear, sigma)
    linear = _blur(linear, (0.6, 0.6, 0))
    px, py = _grid(w, h)
    r2 = ((px - w / 2) ** 2 + (py - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    linear = linear * (1.0 - 0.16 * r2 + 0.04 * r2 * r2)[..., None]
    # the picture style: a soft shoulder, an sRGB-like curve with a little more contrast in the middle
    linear = np.where(linear < 0.82, linear, 0.82 + 0.18 * np.tanh((linear - 0.82) / 0.18))
    values = np.power(np.clip(linear, 0, None), 1 / 2.2)
    values = values + 0.07 * (values - 0.5) * (1 - np.abs(2 * values - 1))
    # ISO 1600: luma grain and blotchy chroma noise, more in the mid-tones than in the bright vinyl
    rng = _rng(name + "/sensor")
    v = np.clip(values, 0, 1)
    sigma_n = np.sqrt(0.00005 + 0.00028 * v * (1.15 - v))
    noisy = values + rng.normal(0, 1, values.shape[:2]).astype(np.float32)[..., None] * sigma_n
    noisy = noisy + _blur(rng.normal(0, 1, values.shape).astype(np.float32), (1.8, 1.8, 0)) * sigma_n * 2.2
    # the camera's standard noise reduction and sharpening
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (1.5, 1.5, 0))
    y = 0.55 * y + 0.45 * _blur(y, 0.9)
    y = y + 0.75 * (y - _blur(y, 1.1))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=96, subsampling=1)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: what is longer than 1600 px shrunk to 1600 px, a WebP at quality 82."""
    if max(image.size) > 1600:
        ratio = 1600 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "WEBP", quality=82, method=4)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _to_linear(x: np.ndarray) -> np.ndarray:
    return np.where(x <= 0.04045, x / 12.92, np.power((np.clip(x, 0, None) + 0.055) / 1.055, 2.4))


def _to_srgb(linear: np.ndarray) -> np.ndarray:
    return np.where(
        linear <= 0.0031308,
        12.92 * linear,
        1.055 * np.power(np.clip(linear, 0.0031308, None), 1 / 2.4) - 0.055,
    )


def _sliders(x: np.ndarray) -> np.ndarray:
    """Lightroom's Light panel on ``x`` (0..1): Exposure +0.45, Highlights -25, Shadows +20, Whites +35."""
    x = _to_srgb(_to_linear(x) * 2.0**0.45)
    x = x - 0.25 * 0.3 * np.clip((x - 0.55) / 0.45, 0, 1) ** 2 * (1.0 - np.clip((x - 0.93) / 0.07, 0, 1))
    x = x + 0.2 * 0.25 * np.clip(1.0 - x / 0.4, 0, 1) * np.clip(x / 0.08, 0, 1)
    return x / (1.0 - 0.35 * 0.1)


def _select_background(frame: np.ndarray, item: np.ndarray, shadow: np.ndarray, name: str) -> np.ndarray:
    """Lightroom's Select Background: 1 where its AI mask takes the picture for background. It finds the
    subject at a quarter of the resolution (thin wire partly lost, a soft edge wandering a pixel or two),
    takes the dark core of the contact shadow beside the item and the small gaps the item encloses for
    subject, and is less sure of the item where it is as bright as the vinyl round it."""
    from scipy import ndimage

    h, w = item.shape
    solid = item > 0.5
    luma = frame @ _LUMA / 255.0
    ring = 1.0 - item
    backdrop = _blur(luma * ring, 25.0) / np.maximum(_blur(ring, 25.0), 0.05)
    sure = item * np.clip(0.45 + np.abs(backdrop - luma) / 0.1, 0, 1)
    near = ndimage.binary_dilation(solid, iterations=max(2, round(0.004 * max(h, w))))
    subject = np.maximum(sure, (near & ~solid & (shadow > 0.45)).astype(np.float32))
    filled = ndimage.binary_fill_holes(subject > 0.5)
    holes = filled & ~(subject > 0.5)
    labels, count = ndimage.label(holes)
    if count:
        sizes = ndimage.sum(holes, labels, index=np.arange(1, count + 1))
        small = np.isin(labels, np.nonzero(sizes < 0.0015 * h * w)[0] + 1)
        subject = np.maximum(subject, small.astype(np.float32))
    # a quarter of the resolution, enlarged again
    q = 4
    hq, wq = -(-h // q), -(-w // q)
    padded = np.zeros((hq * q, wq * q), np.float32)
    padded[:h, :w] = subject
    low = padded.reshape(hq, q, wq, q).mean(axis=(1, 3))
    up = np.asarray(
        Image.fromarray(low).resize((wq * q, hq * q), Image.Resampling.BILINEAR), dtype=np.float32
    )[:h, :w]
    up = up + 0.04 * _fine("h53/" + name + "/mask", (h, w), 4.0)
    return 1.0 - np.clip((up - 0.5) / 0.3 + 0.5, 0, 1)


def _lightroom(
    frame: np.ndarray, item: np.ndarray | None, shadow: np.ndarray | None, name: str
) -> Image.Image:
    """The seller's edit in Lightroom on the phone: the Light panel's sliders, then (for a packshot) Select
    Background with Exposure +1.7 and Whites +50 on it; exported as a JPEG at quality 88 with 4:2:0 chroma;
    the marketplace's shrink and re-encode."""
    x = _sliders(frame / 255.0)
    if item is not None:
        background = _select_background(frame, item, shadow, name)[..., None]
        x = _to_srgb(_to_linear(np.clip(x, 0, 1)) * 2.0 ** (1.7 * background))
        x = x / (1.0 - 0.12 * background)
    image = Image.fromarray(np.clip(x * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88, subsampling=2)
    image = _market(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    if item is not None:
        drawn = Image.fromarray((np.clip(item, 0, 1) * 255.0).astype(np.uint8))
        if drawn.size != image.size:
            drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
        _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _soft_cast(mask: np.ndarray, dx: float, dy: float, soft: float) -> np.ndarray:
    """The soft shadow the panel makes an item of ``mask`` cast up to ``dx``, ``dy`` px away."""
    shadow = np.zeros_like(mask)
    for t in np.linspace(0.1, 1.0, 7):
        shadow = np.maximum(shadow, _shifted(mask, round(t * dx), round(t * dy)) * (1.0 - 0.45 * t))
    return np.clip(_blur(shadow, soft), 0, 1)


def _packshot(
    name: str, size: tuple[int, int], draw, bend: float | None, cast: tuple[float, float, float], sigma
) -> Image.Image:
    """A packshot of the item ``draw(px, py)`` gives (a layer and its contact band) on the vinyl, lit by the
    panel; ``cast`` is its shadow's reach and softness, ``sigma(px, py, mask)`` the lens's blur."""
    w, h = size
    px, py, vinyl = _sweep(name, w, h, bend)
    item, contact = draw(px, py)
    mask = item[3]
    shadow = np.maximum(_soft_cast(mask, *cast), contact) * (1.0 - mask)
    keymap = _panel_pool(px, py, w, h, bend) * (1.0 - 0.55 * shadow) * (1.0 - 0.4 * contact * (1.0 - mask))
    fill = 1.0 - 0.8 * contact * (1.0 - mask)
    layer = _put(vinyl, item)
    linear = _lighting(layer, keymap, fill)
    frame = _dslr(linear, name, sigma(px, py, mask))
    return _lightroom(frame, mask, shadow, name)


def _standing_blur(base: float, h: int):
    """The lens's blur for a standing item focused on at its base row: the item and the floor before it sharp,
    the sweep behind it softer the farther up it rises."""

    def sigma(px: np.ndarray, py: np.ndarray, mask: np.ndarray) -> np.ndarray:
        behind = 0.3 + 2.8 * np.clip((base - py) / (0.55 * h), 0, 1) ** 1.3
        return behind * (1.0 - _blur(mask, 3.0)) + 0.15

    return sigma


def _flat_blur(focus: float, h: int, depth: float):
    """The lens's blur for a flat item focused on at row ``focus``: softer towards the top and bottom."""

    def sigma(px: np.ndarray, py: np.ndarray, mask: np.ndarray) -> np.ndarray:
        return 0.15 + depth * np.abs(py - focus) / h

    return sigma


# ---- a climbing shoe ------------------------------------------------------------------------------------

# its profile in cm: the sole from the toe's tip (x 0) to the heel, then the heel, the collar and the instep
_SOLE = [
    (0.0, 1.6),
    (0.4, 0.7),
    (1.2, 0.15),
    (2.5, 0.0),
    (4.5, 0.05),
    (7.0, 0.35),
    (10.0, 0.9),
    (13.0, 1.25),
    (16.0, 1.2),
    (18.5, 0.8),
    (20.5, 0.3),
    (22.0, 0.05),
    (24.0, 0.0),
    (25.3, 0.25),
    (26.0, 1.0),
]
_UPPER = [
    (26.4, 2.4),
    (26.5, 4.0),
    (26.3, 5.8),
    (25.9, 7.3),
    (25.4, 8.6),
    (24.4, 9.0),
    (22.5, 8.7),
    (20.5, 8.3),
    (18.8, 8.5),
    (17.2, 9.2),
    (16.2, 9.5),
    (15.4, 9.3),
    (14.0, 8.7),
    (12.0, 7.8),
    (10.0, 6.9),
    (8.0, 6.0),
    (6.0, 5.0),
    (4.0, 4.0),
    (2.4, 3.2),
    (1.0, 2.5),
    (0.2, 2.0),
]


def _shoe(
    px: np.ndarray,
    py: np.ndarray,
    x0: float,
    base: float,
    s: float,
    name: str,
    key: np.ndarray = _TOWARDS_PANEL,
    elev: float = 14.0,
):
    """A climbing shoe standing in profile, its toe's tip at ``x0``, its sole on row ``base``, ``s`` px a
    centimetre (26 cm long), seen ``elev`` degrees from above: a layer and its contact band."""
    from scipy import ndimage

    shape = px.shape
    ce = float(np.cos(np.deg2rad(elev)))
    outline = _spline(_SOLE + _UPPER, 8, closed=True)
    body = _poly(shape, [(x0 + x * s, base - y * s * ce) for x, y in outline])
    X, Y = (px - x0) / s, (base - py) / (s * ce)
    sole_x, sole_y = zip(*_spline(_SOLE, 8))
    rel = Y - np.interp(X, sole_x, sole_y)
    # the black rubber: the sole and rand along the bottom, the toe patch and the heel cup
    rand = np.clip((1.45 - rel) * s * 0.5 + 0.5, 0, 1)
    sole = np.clip((0.42 - rel) * s * 0.5 + 0.5, 0, 1)
    toe = np.clip((1.0 - np.hypot((X - 0.1) / 6.9, (Y - 0.2) / 5.0)) * 5.0 * s + 0.5, 0, 1)
    heel = np.clip((1.0 - np.hypot((X - 26.8) / 6.3, (Y - 1.0) / 6.6)) * 6.0 * s + 0.5, 0, 1)
    rubber = np.maximum.reduce([rand, toe, heel]) * body
    # its height: rounded over the last, the rubber standing a little proud of the upper along its edge
    height = _blur(body, 0.9 * s) * 2.2 * s + _blur(rubber, 0.08 * s) * 0.12 * s
    nx, ny, nz = _from_height(height)
    lambert, gloss = _shading(nx, ny, nz, key, _VIEW, 22.0)
    # the upper: orange microfibre with a fine nap, cream stitching along the rubber's edge
    nap = 0.05 * _fine("h53/" + name + "/nap", shape, 0.7) + 0.03 * _fine(
        "h53/" + name + "/nap2", shape, 0.08 * s
    )
    upper = _solid(_rgb(232, 88, 18), shape) * (1.0 + nap)[..., None]
    off = ndimage.distance_transform_edt(rubber < 0.5).astype(np.float32) / s
    dash = (np.mod((X + 0.55 * Y) / 0.32, 1.0) < 0.6).astype(np.float32)
    stitch = np.clip(1.0 - np.abs(off - 0.22) / 0.05, 0, 1) * dash * (1.0 - rubber) * body
    upper = _over(upper, _rgb(236, 214, 170), stitch * 0.9)
    # the collar: the grey lining's edge along the top between the tongue and the heel
    top_x, top_y = zip(*reversed(_UPPER[4:12]))
    below_top = np.interp(X, top_x, top_y) - Y
    lining = (
        np.clip((0.5 - below_top) * s * 0.5 + 0.5, 0, 1) * ((X > 16.6) & (X < 25.4)) * body * (1.0 - rubber)
    )
    upper = _over(
        upper,
        _rgb(96, 96, 102) * (1.0 + 0.04 * _fine("h53/" + name + "/lining", shape, 0.8))[..., None],
        lining,
    )
    black = (
        _solid(_rgb(9, 9, 10), shape) * (1.0 + 0.08 * _fine("h53/" + name + "/rubber", shape, 1.5))[..., None]
    )
    black = _over(black, _rgb(22, 22, 23), sole * body * 0.6)
    albedo = _over(upper, black, rubber)
    shine = 0.14 * rubber + 0.02 * (1.0 - rubber)
    layer = _put(_layer(shape), _paint(albedo, 0.25 + 0.75 * lambert, 0.55 + 0.45 * nz, shine * gloss, body))
    # the model's name printed white on the heel cup
    tx, ty = x0 + 23.4 * s, base - 4.3 * s * ce
    art = _text_art((shape[1], shape[0]), [(tx, ty, "SERAC", 1.0 * s)])
    tu, tv = _turn(px, py, tx, ty, -6.0)
    ink = _sample(art, tv, tu) * heel * body * 0.9
    layer = _put(
        layer,
        _paint(_solid(_rgb(236, 236, 232), shape), 0.25 + 0.75 * lambert, 0.55 + 0.45 * nz, 0.1 * gloss, ink),
    )
    # the velcro strap across the instep, from the collar's front down to the rand, printed "CRUXWORKS"
    ax, ay = x0 + 16.5 * s, base - 8.9 * s * ce
    bx, by = x0 + 11.3 * s, base - 2.7 * s * ce
    angle = float(np.degrees(np.arctan2(by - ay, bx - ax)))
    mx, my = (ax + bx) / 2, (ay + by) / 2
    length = float(np.hypot(bx - ax, by - ay))
    u, v = _turn(px, py, mx, my, angle)
    strap = (
        _box(u, v, mx - length / 2 - 0.6 * s, my - 1.25 * s, mx + length / 2, my + 1.25 * s, 0.5 * s) * body
    )
    fuzz = 1.0 + 0.12 * _fine("h53/" + name + "/velcro", shape, 0.6)
    edge = np.clip(1.0 - (1.25 * s - np.abs(v - my)) / (0.18 * s), 0, 1)
    webbing = _over(_solid(_rgb(15, 15, 17), shape) * fuzz[..., None], _rgb(70, 70, 74), edge)
    s_h = _blur(strap, 0.25 * s) * 0.3 * s + height
    s_nx, s_ny, s_nz = _from_height(s_h)
    s_lambert, s_gloss = _shading(s_nx, s_ny, s_nz, key, _VIEW, 12.0)
    layer = _put(layer, _paint(webbing, 0.3 + 0.7 * s_lambert, 0.55 + 0.45 * s_nz, 0.03 * s_gloss, strap))
    # the print reads from the strap's lower end up to the collar
    art = _text_art((shape[1], shape[0]), [(mx, my, "CRUXWORKS", 1.05 * s)])
    ux, uy = _turn(px, py, mx, my, angle + 180.0)
    print_ = _sample(art, uy, ux) * strap * (1.0 - edge) * 0.92
    layer = _put(
        layer,
        _paint(
            _solid(_rgb(240, 240, 236), shape),
            0.3 + 0.7 * s_lambert,
            0.55 + 0.45 * s_nz,
            0.03 * s_gloss,
            print_,
        ),
    )
    # the grey webbing pull loop above the heel (the backdrop through it)
    loop_c = _spline([(24.3, 8.4), (24.4, 9.9), (25.0, 10.8), (25.8, 10.6), (26.1, 9.4), (25.95, 8.2)], 10)
    loop, l_nx, l_ny, l_nz = _rod(shape, [(x0 + x * s, base - y * s * ce) for x, y in loop_c], 0.36 * s)
    loop = loop * (1.0 - 0.6 * body * (Y < 8.6))
    l_lambert, _ = _shading(l_nx * 0.4, l_ny * 0.4, np.maximum(l_nz, 0.6), key, _VIEW, 10.0)
    weave = 1.0 + 0.08 * np.sin((px + py) * 2.2) * np.sin((px - py) * 2.2)
    layer = _put(
        layer,
        _paint(
            _solid(_rgb(118, 118, 124), shape) * weave[..., None],
            0.3 + 0.7 * l_lambert,
            np.full(shape, 0.8, np.float32),
            np.zeros(shape, np.float32),
            loop,
        ),
    )
    # where the sole touches the vinyl: under the toe and the heel
    gap = np.interp(X, sole_x, sole_y) * (X > 0) * (X < 26.2) + 9.0 * ((X <= 0) | (X >= 26.2))
    band = np.clip(1.0 - np.abs(Y + 0.1) / 0.45, 0, 1) + 0.6 * ((Y > 0) & (Y < gap))
    contact = _blur(np.clip(band, 0, 1) * np.clip(1.0 - gap / 1.3, 0, 1) * (1.0 - body), 0.12 * s)
    return layer, np.clip(contact * 1.2, 0, 1)


def climbing_shoe_packshot() -> Image.Image:
    """A climbing shoe standing in profile on the vinyl, an 1820 x 1260 landscape (shrunk by the marketplace
    to 1600 x 1108)."""
    return _packshot(
        "climbing_shoe",
        (1820, 1260),
        lambda px, py: _shoe(px, py, 270.0, 860.0, 50.0, "shoe"),
        860.0,
        (-110.0, -40.0, 28.0),
        _standing_blur(860.0, 1260),
    )


# ---- a chalk bag ----------------------------------------------------------------------------------------


def _chalk_bag(
    px: np.ndarray,
    py: np.ndarray,
    cx: float,
    base: float,
    s: float,
    name: str,
    key: np.ndarray = _TOWARDS_PANEL,
    elev: float = 20.0,
):
    """A chalk bag standing upright, its base's middle at (``cx``, ``base``), ``s`` px a centimetre (14 cm
    across, 16.8 cm tall to its rim), seen ``elev`` degrees from above: a layer and its contact band."""
    shape = px.shape
    k, ce = float(np.sin(np.deg2rad(elev))), float(np.cos(np.deg2rad(elev)))
    r = 7.0 * s
    top = base - 16.8 * s * ce
    body = np.maximum.reduce(
        [
            _box(px, py, cx - r, top, cx + r, base, 0.0),
            _ellipse(px, py, cx, base, r, k * r),
            _ellipse(px, py, cx, top, r, k * r),
        ]
    )
    u = np.clip((px - cx) / r, -0.999, 0.999)
    w_ = np.sqrt(1.0 - u**2)
    arc = np.arcsin(u) * 7.0
    zh = (base + k * r * w_ - py) / (s * ce)
    front = body * np.clip((16.8 - zh) * s * ce + 0.5, 0, 1)
    # the cylinder's normals: the base rounding under, the rolled rim turning up, a few soft creases
    crease = 0.12 * np.sin(arc * 1.4 + 0.8) + 0.08 * np.sin(arc * 2.9 - 0.3 + 0.2 * zh)
    tilt = -0.5 * np.clip((zh - 15.7) / 1.1, 0, 1) + 0.6 * np.clip((1.0 - zh) / 1.0, 0, 1)
    wale = np.cos(2 * np.pi * arc / 0.32)
    nx, ny, nz = _unit(u + crease * w_ + 0.12 * np.sin(2 * np.pi * arc / 0.32) * w_, tilt, w_)
    lambert, gloss = _shading(nx, ny, nz, key, _VIEW, 8.0)
    teal = (
        _solid(_rgb(18, 116, 124), shape)
        * (0.9 + 0.08 * wale + 0.03 * _fine("h53/" + name + "/cord", shape, 0.8))[..., None]
    )
    cordura = _solid(_rgb(14, 14, 16), shape) * (1.0 + 0.1 * np.sin(px * 1.9) * np.sin(py * 1.9))[..., None]
    fleece = (
        _solid(_rgb(246, 246, 242), shape)
        * (0.96 + 0.025 * _fine("h53/" + name + "/fleece", shape, 2.0))[..., None]
    )
    base_band = np.clip((1.8 - zh) * s * ce + 0.5, 0, 1)
    rim_band = np.clip((zh - 15.6) * s * ce + 0.5, 0, 1)
    albedo = _over(_over(teal, cordura, base_band), fleece, rim_band)
    seam = np.exp(-(((zh - 1.8) * s * ce / 1.2) ** 2)) * 0.6
    albedo = albedo * (1.0 - seam)[..., None]
    layer = _put(_layer(shape), _paint(albedo, 0.2 + 0.8 * lambert, 0.5 + 0.5 * nz, 0.03 * gloss, front))
    # the rim's top seen from above (white fleece) and the opening: the lining inside, darker deeper down
    ri = r - 0.75 * s
    ring = _ellipse(px, py, cx, top, r, k * r) * (1.0 - front)
    opening = _ellipse(px, py, cx, top, ri, k * ri)
    wi = np.sqrt(np.clip(1.0 - ((px - cx) / ri) ** 2, 0.0001, 1))
    depth = np.clip((py - (top - k * ri * wi)) / (2 * k * ri * wi), 0, 1)
    inside = (
        fleece * (0.08 + 0.7 * (1.0 - depth) ** 1.6)[..., None] * (1.0 - 0.2 * np.clip(u, 0, 1))[..., None]
    )
    rim_top = _paint(
        fleece,
        np.full(shape, 0.85, np.float32),
        np.full(shape, 0.9, np.float32),
        np.zeros(shape, np.float32),
        ring,
    )
    layer = _put(layer, rim_top)
    layer = _put(layer, (inside * 0.9, inside, np.zeros_like(inside), opening))
    # the black woven label on the front
    res = s
    art = _text_art((int(22 * res), int(17 * res)), [(11.3 * res, (17 - 6.8) * res, "CRUXWORKS", 0.66 * res)])
    cols, rows = (arc + 11.0) * res, (17.0 - zh) * res
    label = _box(arc * s, zh * s, -2.3 * s, 6.0 * s, 2.9 * s, 7.6 * s, 0.05 * s) * front
    woven = _over(_solid(_rgb(16, 16, 18), shape), _rgb(238, 238, 232), _sample(art, rows, cols) * 0.95)
    layer = _put(layer, _paint(woven, 0.25 + 0.75 * lambert, 0.5 + 0.5 * nz, 0.02 * gloss, label))
    # the brush loop of black webbing on the right, the brush's blue handle in it and its white bristles
    loop = _box(arc * s, zh * s, 4.0 * s, 3.4 * s, 6.2 * s, 12.6 * s, 0.05 * s) * front
    tack = (np.abs(zh - 3.9) < 0.25) | (np.abs(zh - 12.1) < 0.25)
    loop_albedo = _over(
        _solid(_rgb(20, 20, 22), shape),
        _rgb(90, 90, 92),
        (tack * (np.mod(arc * 9, 1) < 0.5)).astype(np.float32),
    )
    hx0, hx1 = cx + r * np.sin(4.45 / 7.0), cx + r * np.sin(5.75 / 7.0)
    foot = base + k * r * np.sqrt(1 - np.sin(5.1 / 7.0) ** 2)
    handle = _box(px, py, hx0, foot - 19.2 * s * ce, hx1, foot - 5.0 * s * ce, 0.45 * s)
    hu = np.clip((px - (hx0 + hx1) / 2) / ((hx1 - hx0) / 2), -0.999, 0.999)
    h_nx, h_ny, h_nz = _unit(hu * 0.8, np.zeros(shape, np.float32), np.sqrt(1 - hu**2))
    h_lambert, h_gloss = _shading(h_nx, h_ny, h_nz, key, _VIEW, 40.0)
    layer = _put(
        layer,
        _paint(
            _solid(_rgb(28, 84, 196), shape), 0.25 + 0.75 * h_lambert, 0.5 + 0.5 * h_nz, 0.5 * h_gloss, handle
        ),
    )
    layer = _put(layer, _paint(loop_albedo, 0.2 + 0.8 * lambert, 0.5 + 0.5 * nz, 0.04 * gloss, loop))
    # the bristles: a tuft of white nylon strands out of the handle's top towards the right, their tips ragged
    strands = _brushed("h53/" + name + "/bristles", shape, 0.5 * s)
    tips = _brushed("h53/" + name + "/tips", (shape[1], shape[0]), 0.02 * s).T
    reach = 1.2 * s + 0.22 * s * np.clip(tips, -2, 2)
    tuft_y0, tuft_y1 = foot - 19.0 * s * ce, foot - 16.8 * s * ce
    bristles = _box(px, py, hx1 - 0.3 * s, tuft_y0, hx1 + 3 * s, tuft_y1, 0.15 * s)
    bristles = bristles * np.clip(hx1 + reach - px, 0, 1) * np.clip(0.75 + 0.3 * strands, 0, 1)
    across = np.clip((py - tuft_y0) / (tuft_y1 - tuft_y0), 0, 1)
    layer = _put(
        layer,
        _paint(
            _solid(_rgb(240, 240, 236), shape) * (0.9 + 0.06 * strands)[..., None],
            0.5 + 0.4 * np.sin(np.pi * across),
            np.full(shape, 0.8, np.float32),
            np.zeros(shape, np.float32),
            bristles,
        ),
    )
    # the red drawstring out of its grommet below the rim, through a black cord lock, two knotted ends
    gx = cx + r * np.sin(-2.2 / 7.0)
    gy = base + k * r * np.sqrt(1 - np.sin(-2.2 / 7.0) ** 2) - 15.0 * s * ce
    grommet = np.clip(
        _ellipse(px, py, gx, gy, 0.42 * s, 0.34 * s) - _ellipse(px, py, gx, gy, 0.22 * s, 0.18 * s), 0, 1
    )
    layer = _put(
        layer,
        _paint(
            _solid(_rgb(30, 30, 32), shape),
            0.3 + 0.7 * lambert,
            np.full(shape, 0.6, np.float32),
            0.3 * gloss,
            grommet,
        ),
    )
    lock_y = gy + 3.0 * s * ce
    for dx_, bend in ((-0.2, -0.35), (0.2, 0.3)):
        cord_c = _spline(
            [
                (gx + dx_ * 0.4 * s, gy),
                (gx + dx_ * s, lock_y - 1.0 * s),
                (gx + dx_ * 1.2 * s, lock_y + 1.6 * s),
                (gx + bend * s, lock_y + 3.2 * s),
            ],
            10,
        )
        cord, c_nx, c_ny, c_nz = _rod(shape, cord_c, 0.2 * s)
        c_lambert, c_gloss = _shading(c_nx, c_ny, c_nz, key, _VIEW, 10.0)
        braid = 1.0 + 0.12 * np.sin((px * 0.7 + py * 1.3) / (0.05 * s))
        layer = _put(
            layer,
            _paint(
                _solid(_rgb(196, 30, 36), shape) * braid[..., None],
                0.2 + 0.8 * c_lambert,
                0.5 + 0.5 * c_nz,
                0.05 * c_gloss,
                cord,
            ),
        )
        knot = _ellipse(px, py, gx + bend * s, lock_y + 3.3 * s, 0.32 * s, 0.32 * s)
        layer = _put(
            layer,
            _paint(
                _solid(_rgb(180, 26, 32), shape),
                0.3 + 0.5 * np.clip(1 - (py - lock_y - 3.0 * s) / (0.6 * s), 0, 1),
                np.full(shape, 0.7, np.float32),
                np.zeros(shape, np.float32),
                knot,
            ),
        )
    lock = _box(px, py, gx - 0.7 * s, lock_y - 0.9 * s, gx + 0.7 * s, lock_y + 1.0 * s, 0.35 * s)
    lu = np.clip((px - gx) / (0.7 * s), -0.999, 0.999)
    k_nx, k_ny, k_nz = _unit(lu * 0.7, np.zeros(shape, np.float32), np.sqrt(1 - lu**2))
    k_lambert, k_gloss = _shading(k_nx, k_ny, k_nz, key, _VIEW, 30.0)
    layer = _put(
        layer,
        _paint(
            _solid(_rgb(24, 24, 26), shape), 0.3 + 0.7 * k_lambert, 0.6 + 0.4 * k_nz, 0.25 * k_gloss, lock
        ),
    )
    button = _box(px, py, gx - 0.4 * s, lock_y - 1.5 * s, gx + 0.4 * s, lock_y - 0.85 * s, 0.25 * s)
    layer = _put(
        layer,
        _paint(
            _solid(_rgb(70, 70, 74), shape),
            0.3 + 0.7 * k_lambert,
            np.full(shape, 0.6, np.float32),
            0.2 * k_gloss,
            button,
        ),
    )
    # where the base meets the vinyl
    contact = _blur(_ellipse(px, py, cx, base + 0.15 * s, r * 1.02, k * r * 1.12), 0.22 * s)
    contact = np.clip(contact * 1.8, 0, 1) * (1.0 - body)
    return layer, contact


def chalk_bag_packshot() -> Image.Image:
    """A chalk bag standing upright on the vinyl, a 1080 x 1320 portrait (kept at 1080 x 1320)."""
    return _packshot(
        "chalk_bag",
        (1080, 1320),
        lambda px, py: _chalk_bag(px, py, 520.0, 1070.0, 38.0, "bag"),
        1070.0,
        (-150.0, -70.0, 34.0),
        _standing_blur(1070.0, 1320),
    )


# ---- a quickdraw ----------------------------------------------------------------------------------------


def _plane(px: np.ndarray, py: np.ndarray, origin, e1, e2) -> tuple[np.ndarray, np.ndarray]:
    """The coordinates (X, Y) of each pixel in a plane whose point (X, Y) lies at origin + X e1 + Y e2."""
    m = np.array([[e1[0], e2[0]], [e1[1], e2[1]]], dtype=np.float64)
    inv = np.linalg.inv(m)
    dx, dy = px - origin[0], py - origin[1]
    return (inv[0, 0] * dx + inv[0, 1] * dy).astype(np.float32), (inv[1, 0] * dx + inv[1, 1] * dy).astype(
        np.float32
    )


def _to_px(points, origin, e1, e2) -> list[tuple[float, float]]:
    return [(origin[0] + x * e1[0] + y * e2[0], origin[1] + x * e1[1] + y * e2[1]) for x, y in points]


# a carabiner's frame in cm: its spine along the far side, the nose at the left, the gate's hinge at the right
_FRAME = [
    (1.6, 2.75),
    (3.2, 2.35),
    (4.4, 1.3),
    (4.85, -0.1),
    (4.5, -1.5),
    (3.4, -2.45),
    (1.0, -2.7),
    (-2.0, -2.65),
    (-3.7, -2.2),
    (-4.55, -1.2),
    (-4.6, 0.0),
    (-4.1, 0.9),
]
_HINGE, _NOSE = np.array([1.6, 2.75]), np.array([-4.1, 0.9])


def _metal(albedo: np.ndarray, tint: np.ndarray, nx, ny, nz, key, mask, streak: float = 1.2):
    """Anodised or polished aluminium: a little diffuse light, the white vinyl mirrored along the sides that
    turn down to it, the panel as a streak where a face looks back between it and the camera."""
    lambert, gloss = _shading(nx, ny, nz, key, _VIEW, 45.0)
    env = 0.22 + 0.78 * np.clip(1.0 - nz, 0, 1) ** 1.3
    lit = albedo * (0.15 + 0.5 * lambert)[..., None] + tint * (0.5 * env + streak * gloss)[..., None]
    amb = albedo * 0.5 + tint * env[..., None]
    return lit, amb, np.zeros_like(lit), mask


def _carabiner(
    px: np.ndarray,
    py: np.ndarray,
    origin,
    e1,
    e2,
    s: float,
    colour: np.ndarray,
    wire: bool,
    name: str,
    key: np.ndarray = _TOWARDS_PANEL,
):
    """A carabiner lying flat, drawn in the plane (origin, e1, e2), ``s`` px a centimetre: its frame (0.45 cm
    thick), a solid straight gate or a wire gate, its spine etched: a layer."""
    shape = px.shape
    frame, nx, ny, nz = _rod(shape, _to_px(_spline(_FRAME, 14), origin, e1, e2), 0.45 * s)
    if colour is None:
        albedo = _solid(_rgb(150, 152, 156), shape)
        tint = np.array([0.7, 0.71, 0.73], dtype=np.float32)
    else:
        albedo = _solid(colour, shape)
        tint = 0.45 * colour + 0.3
    layer = _put(_layer(shape), _metal(albedo, tint, nx, ny, nz, key, frame))
    along = (_NOSE - _HINGE) / float(np.linalg.norm(_NOSE - _HINGE))
    across = np.array([along[1], -along[0]])
    if wire:
        # a 1.6 mm wire bent into a long loop, its bend hooked round the nose, its ends in the frame
        inner, outer = _HINGE - 0.22 * across, _HINGE + 0.22 * across
        tip = _NOSE + 0.05 * along
        loop = [
            inner + 0.15 * along,
            tip - 0.22 * across,
            tip + 0.3 * along,
            tip + 0.22 * across,
            outer + 0.15 * along,
        ]
        gate, g_nx, g_ny, g_nz = _rod(shape, _to_px(_spline(loop, 10), origin, e1, e2), 0.085 * s)
        layer = _put(
            layer,
            _metal(
                _solid(_rgb(160, 162, 166), shape),
                np.array([0.7, 0.7, 0.72], np.float32),
                g_nx,
                g_ny,
                g_nz,
                key,
                gate,
            ),
        )
    else:
        # a solid straight gate, its end short of the nose (the notch), riveted at the hinge
        gate, g_nx, g_ny, g_nz = _rod(shape, _to_px([_HINGE, _NOSE - 0.3 * along], origin, e1, e2), 0.3 * s)
        layer = _put(layer, _metal(albedo, tint, g_nx, g_ny, g_nz, key, gate))
        pin = _ellipse(px, py, *_to_px([_HINGE + 0.2 * along], origin, e1, e2)[0], 0.13 * s, 0.13 * s)
        layer = _put(
            layer,
            _paint(
                _solid(_rgb(200, 200, 204), shape),
                np.full(shape, 0.8, np.float32),
                np.full(shape, 0.8, np.float32),
                np.zeros(shape, np.float32),
                pin,
            ),
        )
    # the spine's etching: the brand and the strengths, silver where the anodising is cut away
    X, Y = _plane(px, py, origin, e1, e2)
    res = 40.0
    art = _text_art(
        (int(10 * res), int(6 * res)),
        [
            (5.0 * res - 1.4 * res, 0.5 * res, "CRUXWORKS", 0.3 * res),
            (5.0 * res + 1.9 * res, 0.5 * res, "22kN  8kN  8kN", 0.25 * res),
        ],
    )
    # (the text reads from left to right whichever way the carabiner lies)
    flip = -1.0 if e1[0] * e2[1] - e1[1] * e2[0] < 0 else 1.0
    etch = _sample(art, (Y + 3.0) * res, (flip * X + 5.0) * res) * frame * np.clip(nz - 0.5, 0, 1) * 2.0
    lit, amb, glow, mask = layer
    etched = np.array([0.78, 0.79, 0.8], dtype=np.float32) * (0.9 if colour is not None else 0.35)
    layer = (_over(lit, etched, etch * 0.85), _over(amb, etched, etch * 0.85), glow, mask)
    return layer


def _quickdraw(
    px: np.ndarray,
    py: np.ndarray,
    cx: float,
    cy: float,
    s: float,
    degrees: float,
    sin_e: float,
    name: str,
    key: np.ndarray = _TOWARDS_PANEL,
):
    """A quickdraw lying flat, its middle at (``cx``, ``cy``), ``s`` px a centimetre (31 cm long), turned
    ``degrees``, seen from an elevation of sine ``sin_e``: a layer and its contact band."""
    shape = px.shape
    a = np.deg2rad(degrees)
    e1 = (s * np.cos(a), s * np.sin(a) * sin_e)
    e2 = (-s * np.sin(a), s * np.cos(a) * sin_e)
    # the bolt end: a blue straight-gate carabiner; the rope end: a silver wire gate, turned the other way
    left_o = (cx - 11.5 * e1[0], cy - 11.5 * e1[1])
    right_o = (cx + 11.5 * e1[0], cy + 11.5 * e1[1])
    blue = _carabiner(px, py, left_o, e1, e2, s, _rgb(40, 98, 200), False, name + "/bolt", key)
    silver = _carabiner(px, py, right_o, (-e1[0], -e1[1]), e2, s, None, True, name + "/rope", key)
    layer = _put(blue, silver)
    # the dogbone: black polyester webbing 2.2 cm wide, its ends wrapped round the carabiners
    X, Y = _plane(px, py, (cx, cy), e1, e2)
    sling = _box(X * s, Y * s, -7.3 * s, -1.1 * s, 7.3 * s, 1.1 * s, 0.45 * s)
    twill = 0.9 + 0.08 * np.cos(2 * np.pi * (X + 0.7 * Y) / 0.09)
    selvedge = np.clip((np.abs(Y) - 0.95) / 0.1, 0, 1)
    webbing = _solid(_rgb(12, 12, 13), shape) * (twill + 0.6 * selvedge)[..., None]
    res = 40.0
    art = _text_art(
        (int(16 * res), int(3 * res)),
        [
            (8.0 * res - 1.6 * res, 1.5 * res, "CRUXWORKS", 0.78 * res),
            (8.0 * res + 2.9 * res, 1.5 * res, "22 kN", 0.78 * res),
        ],
    )
    ink = _sample(art, (Y + 1.5) * res, (X + 8.0) * res) * 0.95
    webbing = _over(webbing, _rgb(236, 236, 232), ink)
    tacks = np.zeros(shape, np.float32)
    for x_t in (-5.4, -4.5, 4.5, 5.4):
        tacks = np.maximum(
            tacks, _box(X * s, Y * s, (x_t - 0.2) * s, -0.88 * s, (x_t + 0.2) * s, 0.88 * s, 0.05 * s)
        )
    zigzag = np.abs(np.mod(Y / 0.05 + 4.0 * np.abs(np.mod(X / 0.4, 1.0) - 0.5), 1.0) - 0.5) * 2.0
    webbing = _over(webbing, _rgb(128, 128, 126) * (0.7 + 0.3 * zigzag)[..., None], tacks * 0.85)
    # the ends curl down over the carabiners' rods; the edges round off a little
    fold = np.clip((np.abs(X) - 6.6) / 0.7, 0, 1)
    w_nx = np.sign(X) * fold * 1.2
    w_ny = np.clip((np.abs(Y) - 0.8) / 0.3, 0, 1) * np.sign(Y) * 0.5
    n = _unit(
        w_nx * e1[0] / s + w_ny * e2[0] / s, w_nx * e1[1] / s + w_ny * e2[1] / s, np.ones(shape, np.float32)
    )
    lambert, gloss = _shading(*n, key, _VIEW, 14.0)
    layer = _put(layer, _paint(webbing, 0.3 + 0.7 * lambert, 0.6 + 0.4 * n[2], 0.04 * gloss, sling))
    # the clear blue rubber keeper holding the rope carabiner
    keeper = _box(X * s, Y * s, 5.65 * s, -1.32 * s, 6.55 * s, 1.32 * s, 0.3 * s)
    k_u = np.clip((X - 6.1) / 0.45, -0.999, 0.999)
    k_n = _unit(k_u * e1[0] / s, k_u * e1[1] / s, np.sqrt(1 - k_u**2))
    k_lambert, k_gloss = _shading(*k_n, key, _VIEW, 60.0)
    lit, amb, glow, mask = layer
    rubber = np.array([0.3, 0.55, 0.85], dtype=np.float32)
    under = lit * rubber * 0.75 + (0.9 * k_gloss)[..., None] + (rubber * 0.15 * k_lambert[..., None])
    alpha = keeper * 0.85
    layer = (
        _over(lit, under, alpha),
        _over(amb, amb * rubber + 0.1 * rubber, alpha),
        glow,
        np.maximum(mask, keeper),
    )
    contact = np.clip(_blur(layer[3], 0.1 * s) * 1.3, 0, 1) * (1.0 - layer[3])
    return layer, contact


def quickdraw_packshot() -> Image.Image:
    """A quickdraw lying flat along the vinyl, a 1980 x 440 strip (shrunk by the marketplace to 1600 x
    356)."""
    return _packshot(
        "quickdraw",
        (1980, 440),
        lambda px, py: _quickdraw(px, py, 985.0, 222.0, 51.0, -1.4, 0.985, "quickdraw"),
        None,
        (-16.0, 18.0, 9.0),
        _flat_blur(222.0, 440, 0.9),
    )


# ---- a block of chalk -----------------------------------------------------------------------------------


def _chalk_block(
    px: np.ndarray,
    py: np.ndarray,
    cx: float,
    cy: float,
    s: float,
    degrees: float,
    elev: float,
    name: str,
    light=(0.5, 0.45, 0.74),
):
    """A 56 g block of climbing chalk (8 x 5.5 x 2.6 cm) lying flat, its middle at (``cx``, ``cy``), ``s``
    px a centimetre, turned ``degrees``, seen ``elev`` degrees from above, half in its torn paper wrapper: a
    layer and its contact band. ``light`` is the key's direction (right, towards the camera, up)."""
    shape = px.shape
    th = np.deg2rad(degrees)
    se, ce = float(np.sin(np.deg2rad(elev))), float(np.cos(np.deg2rad(elev)))
    ct, st = float(np.cos(th)), float(np.sin(th))

    def at(x: float, y: float, z: float) -> tuple[float, float]:
        return cx + s * (x * ct - y * st), cy + s * se * (x * st + y * ct) - s * ce * z

    def vec(x: float, y: float, z: float) -> tuple[float, float]:
        a, b = at(x, y, z)
        return a - cx, b - cy

    light_v = np.asarray(light, dtype=np.float64) / float(np.linalg.norm(light))

    def lambert(normal) -> float:
        n = np.asarray(normal, dtype=np.float64)
        return float(np.clip(light_v @ n, 0, 1))

    hl, hw, hz = 4.0, 2.75, 2.6
    top_pts = [at(-hl, -hw, hz), at(hl, -hw, hz), at(hl, hw, hz), at(-3.1, hw, hz), at(-hl, 1.9, hz)]
    front_pts = [
        at(-hl, hw, 0),
        at(hl, hw, 0),
        at(hl, hw, hz),
        at(-3.1, hw, hz),
        at(-3.5, hw, 1.9),
        at(-hl, hw, 1.6),
    ]
    right_pts = [at(hl, hw, 0), at(hl, -hw, 0), at(hl, -hw, hz), at(hl, hw, hz)]
    chip_pts = [at(-hl, 1.9, hz), at(-3.1, hw, hz), at(-3.5, hw, 1.9), at(-hl, hw, 1.6)]
    faces = {
        "top": (
            _poly(shape, top_pts),
            _plane(px, py, at(0, 0, hz), vec(1, 0, 0), vec(0, 1, 0)),
            lambert((0, 0, 1)),
        ),
        "front": (
            _poly(shape, front_pts),
            _plane(px, py, at(0, hw, 0), vec(1, 0, 0), vec(0, 0, 1)),
            lambert((-st, ct, 0)),
        ),
        "right": (
            _poly(shape, right_pts),
            _plane(px, py, at(hl, 0, 0), vec(0, 1, 0), vec(0, 0, 1)),
            lambert((ct, st, 0)),
        ),
    }
    # the chalk: bright white, powdery and pitted, a couple of scrape marks on the top
    powder = (
        1.0
        + 0.025 * _fine("h53/" + name + "/powder", shape, 0.7)
        + 0.015 * _fine("h53/" + name + "/cloud", shape, 0.6 * s)
    )
    pits = np.clip(_fine("h53/" + name + "/pits", shape, 0.6) - 2.6, 0, 1)
    chalk = _solid(_rgb(246, 246, 243), shape) * (powder - 0.25 * pits)[..., None]
    # the wrapper's art on each face, in its own coordinates (cm, 40 px a cm)
    res = 40.0
    top_art = Image.new("RGB", (int(8 * res), int(5.5 * res)), (238, 238, 234))
    d = ImageDraw.Draw(top_art)
    d.rectangle((0, 1.15 * res, 8 * res, 4.35 * res), fill=(24, 70, 160))
    d.rectangle((0, 1.0 * res, 8 * res, 1.08 * res), fill=(200, 36, 40))
    d.rectangle((0, 4.42 * res, 8 * res, 4.5 * res), fill=(200, 36, 40))
    d.text((5.9 * res, 2.35 * res), "CRUXWORKS", fill=(246, 246, 240), font=_font(0.6 * res), anchor="mm")
    d.text((5.9 * res, 3.4 * res), "PURE CHALK", fill=(246, 246, 240), font=_font(0.46 * res), anchor="mm")
    front_art = Image.new("RGB", (int(8 * res), int(2.6 * res)), (238, 238, 234))
    d = ImageDraw.Draw(front_art)
    d.text(
        (5.9 * res, 0.95 * res), "MAGNESIUM CARBONATE", fill=(24, 70, 160), font=_font(0.3 * res), anchor="mm"
    )
    d.text((5.9 * res, 1.7 * res), "56 g  /  2 oz", fill=(24, 70, 160), font=_font(0.4 * res), anchor="mm")
    right_art = Image.new("RGB", (int(5.5 * res), int(2.6 * res)), (238, 238, 234))
    d = ImageDraw.Draw(right_art)
    # the wrapper's end folded like an envelope: two creases meeting in the middle
    d.line([(0, 0), (2.75 * res, 1.3 * res), (5.5 * res, 0)], fill=(206, 206, 200), width=3)
    d.line([(0, 2.6 * res), (2.75 * res, 1.3 * res), (5.5 * res, 2.6 * res)], fill=(206, 206, 200), width=3)
    arts = {
        "top": (top_art, 4.0, 2.75, 1),
        "front": (front_art, 4.0, 0.0, -1),
        "right": (right_art, 2.75, 0.0, -1),
    }
    torn = (
        -0.95
        + 0.22 * _fine("h53/" + name + "/torn", shape, 0.25 * s)
        + 0.06 * _fine("h53/" + name + "/fibre", shape, 1.0)
    )
    layer = _layer(shape)
    crinkle = 1.0 + 0.035 * _fine("h53/" + name + "/crinkle", shape, 0.5 * s)
    for face, (mask, (u, v), light_k) in faces.items():
        art, ou, ov, sign = arts[face]
        a = np.asarray(art, dtype=np.float32) / 255.0
        rows = (ov + v) * res if sign > 0 else (2.6 - v) * res
        printed = _sample(a, rows, (u + ou) * res)
        x_along = u if face != "right" else np.full(shape, 4.0, np.float32)
        paper = np.clip((x_along - torn) * s * 0.7 + 0.5, 0, 1)
        albedo = _over(chalk, printed * crinkle[..., None], paper)
        shade = np.full(shape, 0.2 + 0.8 * light_k, np.float32) * (
            1.0 + 0.04 * (crinkle - 1.0) / 0.035 * paper
        )
        layer = _put(
            layer, _paint(albedo, shade, np.full(shape, 0.75, np.float32), np.zeros(shape, np.float32), mask)
        )
    chip = _poly(shape, chip_pts)
    rough = 0.85 + 0.1 * _fine("h53/" + name + "/chip", shape, 1.5)
    layer = _put(
        layer,
        _paint(
            chalk,
            0.2 + 0.8 * lambert((-0.5, 0.6, 0.6)) * rough,
            np.full(shape, 0.7, np.float32),
            np.zeros(shape, np.float32),
            chip,
        ),
    )
    # scrape marks across the bare top
    tu, tv = faces["top"][1]
    scrape = np.exp(-(((tv - 0.45 * tu - 0.4) / 0.05) ** 2)) * (tu < -1.2) + np.exp(
        -(((tv - 0.5 * tu + 0.5) / 0.04) ** 2)
    ) * (tu < -1.0)
    lit, amb, glow, mask = layer
    groove = (scrape * faces["top"][0] * 0.12)[..., None]
    layer = (lit * (1.0 - groove), amb * (1.0 - groove), glow, mask)
    foot = _poly(shape, [at(-hl, -hw, 0), at(hl, -hw, 0), at(hl, hw, 0), at(-hl, hw, 0)])
    contact = np.clip(_blur(foot, 0.15 * s) * 1.4, 0, 1) * (1.0 - layer[3])
    return layer, contact


def chalk_block_packshot() -> Image.Image:
    """A block of chalk lying flat, small on the vinyl in a 1400 x 1200 landscape (kept at 1400 x 1200)."""
    return _packshot(
        "chalk_block",
        (1400, 1200),
        lambda px, py: _chalk_block(px, py, 690.0, 640.0, 30.0, 14.0, 52.0, "block"),
        None,
        (-26.0, -22.0, 12.0),
        _flat_blur(640.0, 1200, 2.6),
    )


# ---- the bouldering wall --------------------------------------------------------------------------------

_BAYS = np.array([0.93, 0.975, 1.0], dtype=np.float32)
_HOLD_COLOURS = (
    (240, 200, 30),
    (232, 80, 150),
    (56, 168, 72),
    (40, 92, 204),
    (242, 122, 28),
    (122, 62, 172),
    (34, 34, 36),
    (232, 232, 226),
)


def _hold(shape: tuple[int, int], cx: float, cy: float, r0: float, seed: str):
    """A resin hold bolted to the wall: an irregular lump about ``r0`` px across each way, its mask and
    height (px), worked out only round it."""
    rng = _rng(seed)
    h, w = shape
    x0, x1 = max(int(cx - 1.8 * r0), 0), min(int(cx + 1.8 * r0) + 1, w)
    y0, y1 = max(int(cy - 1.8 * r0), 0), min(int(cy + 1.8 * r0) + 1, h)
    mask, height = np.zeros(shape, np.float32), np.zeros(shape, np.float32)
    if x1 <= x0 or y1 <= y0:
        return mask, height
    gy, gx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    ang = np.arctan2(gy - cy, gx - cx)
    radius = np.full_like(gx, r0)
    squash = float(rng.uniform(0.55, 1.0))
    turn = float(rng.uniform(0, np.pi))
    for k in (2, 3, 5):
        radius = radius + r0 * float(rng.uniform(0.03, 0.16)) * np.cos(
            k * ang + float(rng.uniform(0, 2 * np.pi))
        )
    ex, ey = gx - cx, gy - cy
    ru = ex * np.cos(turn) + ey * np.sin(turn)
    rv = (-ex * np.sin(turn) + ey * np.cos(turn)) / squash
    d = np.hypot(ru, rv)
    mask[y0:y1, x0:x1] = np.clip(radius - d + 0.5, 0, 1)
    height[y0:y1, x0:x1] = np.sqrt(np.clip(1.0 - (d / radius) ** 2, 0, 1)) * r0 * 0.7
    return mask, height


def bouldering_scene() -> Image.Image:
    """The chalk bag, the shoe, the quickdraw and the chalk block on a crash mat at the foot of the bouldering
    wall, a 1500 x 1200 landscape (kept at 1500 x 1200)."""
    w, h = 1500, 1200
    px, py = _grid(w, h)
    shape = px.shape
    kicker_y, mat_y = 540.0, 610.0
    # the wall: grey plywood panels in a sand-textured paint, their seams, a grid of T-nut holes
    grit = 0.03 * _fine("h53/scene/grit", shape, 0.7) + 0.02 * _fine("h53/scene/paint", shape, 40.0)
    wall = _solid(_rgb(132, 134, 133), shape) * (1.0 + grit)[..., None]
    for sx in (130.0, 640.0, 1150.0):
        wall = (
            wall * (1.0 - 0.35 * np.exp(-(((px - sx - 0.03 * py) / 1.6) ** 2)) * (py < kicker_y))[..., None]
        )
    wall = wall * (1.0 - 0.35 * np.exp(-(((py - 190.0) / 1.6) ** 2)))[..., None]
    tnut = np.zeros(shape, np.float32)
    for row, ny_ in enumerate(np.arange(30.0, kicker_y - 20, 72.0)):
        for nx_ in np.arange(20.0 + 40.0 * (row % 2), w, 80.0):
            tnut = np.maximum(tnut, _ellipse(px, py, nx_ + 0.03 * ny_, ny_, 4.2, 3.8))
    wall = _over(wall, _rgb(40, 40, 42), tnut * 0.85)
    # the kicker board: bare birch plywood scuffed by shoes
    birch = (
        _solid(_rgb(214, 188, 146), shape)
        * (0.94 + 0.05 * _brushed("h53/scene/birch", shape, 80.0))[..., None]
    )
    scuff = np.clip(_brushed("h53/scene/scuff", shape, 14.0) - 1.8, 0, 1) * np.clip(
        _fine("h53/scene/scuffs", shape, 30.0), 0, 1
    )
    birch = _over(birch, _rgb(40, 38, 38), 0.7 * np.clip(scuff, 0, 1))
    wall = _over(wall, birch, np.clip(py - kicker_y + 0.5, 0, 1))
    # the mat: blue vinyl, a velcro seam strip across it, chalk dust and shoe marks
    mat = _solid(_rgb(24, 44, 104), shape) * (1.0 + 0.03 * _fine("h53/scene/vinyl", shape, 1.0))[..., None]
    seam = _box(px, py, -10, 800.0, w + 10, 838.0, 3)
    mat = _over(mat, _rgb(20, 36, 86) * (1.0 + 0.1 * _fine("h53/scene/velcro", shape, 0.6))[..., None], seam)
    joint = np.exp(-(((px - 980.0 - 0.46 * (py - mat_y)) / 2.0) ** 2)) * (py > mat_y)
    mat = mat * (1.0 - 0.5 * joint)[..., None]
    # chalk dust: thickest along the wall's foot, in patches and footprints further out
    patches = np.clip(_fine("h53/scene/dust", shape, 18.0) - 0.6, 0, 1) * 0.5
    near_wall = np.exp(-(py - mat_y) / 90.0)
    dust = np.clip(patches * (0.3 + 0.7 * near_wall) + 0.25 * near_wall, 0, 1) * (
        0.7 + 0.3 * _fine("h53/scene/dust2", shape, 1.5)
    )
    mat = _over(mat, _rgb(208, 214, 222), 0.3 * np.clip(dust, 0, 1))
    on_mat = np.clip(py - mat_y + 0.5, 0, 1)
    ground = _over(wall, mat, on_mat)
    # the mat's front edge against the kicker: a dark gap
    ground = ground * (1.0 - 0.6 * np.exp(-(((py - mat_y) / 5.0) ** 2)))[..., None]
    layer = (ground, ground, np.zeros_like(ground), np.zeros(shape, np.float32))
    # the holds, each with its bolt and some chalk on its top
    rng = _rng("scene/holds")
    holds = [
        (150, 90, 30),
        (330, 150, 22),
        (520, 70, 40),
        (760, 120, 26),
        (960, 60, 34),
        (1240, 110, 44),
        (1420, 200, 24),
        (90, 300, 38),
        (290, 380, 28),
        (460, 270, 46),
        (700, 330, 20),
        (880, 420, 36),
        (1060, 300, 28),
        (1300, 380, 34),
        (580, 470, 24),
        (1190, 480, 22),
    ]
    shadows = np.zeros(shape, np.float32)
    for i, (hx, hy, r0) in enumerate(holds):
        hmask, hheight = _hold(shape, float(hx), float(hy), float(r0), f"scene/hold{i}")
        colour = _rgb(*_HOLD_COLOURS[int(rng.integers(0, len(_HOLD_COLOURS)))])
        nx, ny, nz = _from_height(_blur(hheight, 1.5))
        lambert, gloss = _shading(nx, ny, nz, _TOWARDS_BAYS, _VIEW, 10.0)
        sand = 1.0 + 0.07 * _fine(f"h53/scene/sand{i}", shape, 0.6)
        chalked = np.clip(-ny * 2.0, 0, 1) * float(rng.uniform(0.1, 0.5))
        albedo = _over(_solid(colour, shape) * sand[..., None], _rgb(226, 228, 226), chalked * hmask)
        bolt = _ellipse(px, py, hx + 0.1 * r0, hy - 0.05 * r0, 3.6, 3.6)
        albedo = _over(albedo, _rgb(30, 30, 30), bolt)
        layer = _put(layer, _paint(albedo, 0.3 + 0.7 * lambert, 0.6 + 0.4 * nz, 0.05 * gloss, hmask))
        shadows = np.maximum(shadows, _shifted(hmask, 2, int(0.35 * r0)))
    # a strip of route tape by the start hold, its grade written on it
    tape = _box(px, py, 538.0, 505.0, 590.0, 530.0, 1)
    note = _text_art((w, h), [(564.0, 517.5, "V3", 17.0)])
    taped = _over(_solid(_rgb(236, 236, 230), shape), _rgb(20, 20, 24), note)
    layer = _put(
        layer,
        _paint(
            taped,
            np.full(shape, 0.85, np.float32),
            np.full(shape, 0.8, np.float32),
            np.zeros(shape, np.float32),
            tape,
        ),
    )
    # the gear on the mat (seen at about 35 degrees)
    sin35 = float(np.sin(np.deg2rad(35.0)))
    bag, bag_c = _chalk_bag(px, py, 600.0, 905.0, 13.0, "scene/bag", _TOWARDS_BAYS, 35.0)
    shoe, shoe_c = _shoe(px, py, 760.0, 985.0, 12.5, "scene/shoe", _TOWARDS_BAYS, 35.0)
    draw, draw_c = _quickdraw(px, py, 1150.0, 1060.0, 11.5, -18.0, sin35, "scene/quickdraw", _TOWARDS_BAYS)
    block, block_c = _chalk_block(px, py, 340.0, 1050.0, 13.0, -12.0, 35.0, "scene/block", (0.05, 0.35, 0.94))
    items = (bag, shoe, draw, block)
    contact = np.maximum.reduce([bag_c, shoe_c, draw_c, block_c])
    for item in items:
        shadows = np.maximum(shadows, np.clip(_blur(_shifted(item[3], -4, 10), 9.0) * 1.3, 0, 1))
        layer = _put(layer, item)
    covered = np.clip(sum(item[3] for item in items), 0, 1)
    shade = np.clip(_blur(shadows, 4.0), 0, 1) * (1.0 - covered)
    # the high-bays: the wall a little brighter higher up, the mat evenly lit
    keymap = (1.0 + 0.1 * (1.0 - py / h)) * (1.0 - 0.45 * shade) * (1.0 - 0.4 * contact * (1.0 - covered))
    linear = _lighting(layer, keymap, 1.0 - 0.5 * contact, _BAYS, _HIGH_BAYS * 0.8)
    sigma = (
        0.2 + 2.4 * np.clip((800.0 - py) / 800.0, 0, 1) ** 1.4 + 0.9 * np.clip((py - 1000.0) / 200.0, 0, 1)
    )
    frame = _dslr(linear * 0.92, "scene", sigma)
    return _lightroom(frame, None, None, "bouldering_gym")
