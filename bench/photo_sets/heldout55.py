"""``heldout55``'s pictures: four products a ski shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop of the camera's JPEG, exported from GIMP: a 19:10
  landscape of 1900 x 1000 (ski goggles; kept at 1900 x 1000), a 15:14 landscape of 1500 x 1400 (ski boot;
  kept), a 26:3 strip of 2600 x 300 (ski pole, thin in it; shrunk by the marketplace to 2000 x 231) and a
  4:3 landscape of 1600 x 1200 (stick of lip balm, small in it; kept); the scene is a 3:2 landscape of
  1800 x 1200 (kept);
- the canvases they are padded onto (``PADDING``): a 1:0.82 landscape with a moderate margin round the
  goggles' wide picture, broader above and below it, a 1:1.12 portrait with broad white round the ski boot's
  picture (and round the scene), a 1:0.24 banner a little wider than the pole's long picture, and a 1:0.9
  canvas whose width is 2.4 times the width of the lip balm's small picture (which covers about 12 % of it);
  every padded picture covers at least 8 % of its canvas;
- a pair of ski goggles standing on their frame, seen from the front and a little above: a spherical lens
  with a blue mirror coating (the softbox mirrored in it as a bright soft patch at its upper left, the dim
  room above its horizon and the white muslin below it, all tinted blue), a black TPU frame round it with a
  band of vent foam along its top and a notch for the nose, an outrigger at each end and a black elastic
  strap looping away behind, seen from inside above the frame (two wavy silicone grip lines, the woven brand
  "ALPVERK" read mirrored) with the muslin showing between it and the frame (a dark, glossy product); a white
  ski boot standing in profile, its toe to the left: a glossy white polyurethane shell and cuff, a black
  spoiler at the back of the cuff printed "FLEX 110", four aluminium buckles on black toothed ladders, a
  black power strap printed "ALPVERK" round the cuff's top, the liner's grey collar with a black pull loop
  that the muslin shows through, a silver rivet at the ankle, a grey rubber sole with its toe and heel lugs
  and "MONDO 26.5" printed small on the heel (a product with white and very bright parts); a ski pole lying
  along the strip: a black rubber grip with finger ribs and a grey band, a red wrist strap lying in a loop
  beside it (the muslin inside the loop), a matte graphite aluminium shaft tapering towards its tip with an
  orange band between two white stripes printed "ALPVERK" and "120 cm" printed below it, a small black piste
  basket seen edge-on and a steel carbide tip (a thin, long product); a 4.8 g stick of lip balm lying
  askew, small in its frame: a navy glossy tube printed "PISTE", "LIP BALM", "SPF 30" on an orange band and
  "4.8 g", and a white ridged cap (a small product with printed text);
- every packshot is the shop's APS-C mirrorless camera with a 35 mm f/2 lens at f/8 and ISO 640 on a tripod
  in the shop's back room, on a white cotton muslin backdrop hung from a stand and pulled forward over a
  table into a sweep (a fine plain weave with slubs, soft wrinkles and the creases of its folds from the
  bag): one CFL softbox (four 5500 K spiral lamps) at the front left, a little above the item, as the key
  (the muslin brighter towards the left, one soft shadow cast to the right and a little back, a contact line
  under the item, a faint green cast from the lamps that the camera's auto white balance leaves), a second,
  smaller CFL softbox low behind the item aimed at the muslin as a background light (a broad brighter patch
  on the muslin behind the item) and the room's ceiling light a weak fill; the camera's Classic Chrome film
  simulation (colours about a fifth less saturated, firm shadows a little cool, a soft highlight shoulder),
  its Grain Effect at weak (a film-like luma grain, strongest in the mid-tones), ISO 640 luma noise, its
  noise reduction at -2 and sharpness at +1, and its Fine JPEG at quality 93 with 4:2:2 chroma; the seller
  edits it in GIMP on the shop's laptop (Colors > Auto > White Balance, which stretches each channel between
  its darkest and brightest 0.05 %; then the Dodge tool in its Highlights range at exposure 50 -- each pass
  multiplies the levels under the brush by about 1.17 -- brushed four times over the muslin with a big soft
  brush kept clear of the item by a wandering margin, and twice along the outline with a small soft brush
  whose soft edge runs a few pixels onto the item in places: the muslin clipped to white, the soft shadow
  lightened, its core and the contact line kept light grey, and the item's rim brightened where the brush
  ran onto it; exported as a JPEG at quality 90 with 4:2:0 chroma); the marketplace shrinks what is longer
  than 2000 px to 2000 px (bicubic), sharpens it lightly (an unsharp mask of radius 1 px at 40 %) and
  re-encodes it as a baseline JPEG at quality 78 with 4:2:0 chroma;
- one full-frame scene: the ski boot standing in the snow on the shop's terrace, the goggles standing on the
  snow before it and the pole stuck in the snow behind them, snow-laden spruces along the slope beyond and a
  deep blue sky, in low winter sun from the left (long blue shadows across the snow to the right, its crust
  sparkling), one frame of the same camera at ISO 160 with the same film simulation, not edited, re-encoded
  by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the muslin, a
shadow, or the muslin seen between the strap and the frame, through the pull loop or inside the wrist
strap), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageFilter

from bench.photo_sets.heldout34 import _box
from bench.photo_sets.heldout35 import _grid
from bench.photo_sets.heldout36 import _blur, _over, _rgb
from bench.photo_sets.heldout37 import _ellipse
from bench.photo_sets.heldout44 import _shifted, _turn
from bench.photo_sets.heldout48 import _brushed, _fine
from bench.photo_sets.heldout49 import _put, _shading, _unit
from bench.photo_sets.heldout51 import _from_height
from bench.photo_sets.heldout53 import _poly, _rod, _sample, _spline, _text_art

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "ski_goggles": (880, 1.28, 0.82),
    "ski_boot": (820, 1.32, 1.12),
    "ski_pole": (1000, 1.05, 0.24),
    "lip_balm": (300, 2.4, 0.9),
}

_MASKS: dict[str, np.ndarray] = {}

# the CFL softboxes (the key and the background light) as the camera's auto white balance left them: a faint
# green from their spiral lamps
_CFL = np.array([0.985, 1.0, 0.972], dtype=np.float32)
# the back room's ceiling light (a weak fill)
_ROOM = np.array([0.16, 0.162, 0.165], dtype=np.float32)
_EXPOSURE = 0.88
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
# the key's direction in the picture (x right, y down, z towards the camera): front left, a little above
_TOWARDS_KEY = np.array([-0.52, -0.36, 0.78], dtype=np.float32) / float(np.linalg.norm([-0.52, -0.36, 0.78]))
# the low winter sun in the scene: from the left, low, a little behind the camera
_TOWARDS_SUN = np.array([-0.82, -0.34, 0.46], dtype=np.float32) / float(np.linalg.norm([-0.82, -0.34, 0.46]))
_SUN = np.array([1.0, 0.975, 0.93], dtype=np.float32)
_SKY = np.array([0.3, 0.38, 0.55], dtype=np.float32)
_VIEW = np.array([0.0, 0.0, 1.0], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout55/" + name).encode()))


def _solid(colour: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    return colour[None, None, :] * np.ones(shape + (1,), np.float32)


def _surface(albedo, nx, ny, nz, mask, spec: float, power: float, light=_TOWARDS_KEY, env: float = 0.0):
    """A dielectric layer (plastic, rubber, fabric) lit by ``light``: Lambert, its soft highlight, ``env`` of
    a dim room mirrored above its horizon."""
    lambert, highlight = _shading(nx, ny, nz, light, _VIEW, power)
    lit = albedo * (0.12 + 0.88 * lambert)[..., None] + (spec * highlight)[..., None]
    amb = albedo * (0.5 + 0.5 * nz)[..., None]
    glow = (env * (0.25 + 0.5 * np.clip(ny, 0, 1)))[..., None] * np.ones(3, np.float32)
    return lit.astype(np.float32), amb.astype(np.float32), glow.astype(np.float32), mask


def _metal(tint, nx, ny, nz, mask, power: float = 30.0, light=_TOWARDS_KEY):
    """Polished or brushed metal: the light mirrored where it faces it, the room's dimness elsewhere and the
    white floor below its horizon."""
    lambert, highlight = _shading(nx, ny, nz, light, _VIEW, power)
    tint = np.asarray(tint, np.float32)
    lit = tint * (0.18 + 0.3 * lambert)[..., None] + tint * (1.4 * highlight)[..., None]
    amb = tint * (0.35 + 0.45 * np.clip(ny, 0, 1))[..., None]
    return lit.astype(np.float32), amb.astype(np.float32), np.zeros_like(lit), mask


def _cushion(mask: np.ndarray, radius: float, depth: float):
    """Normals of a rounded part: the part seen as a cushion of its mask blurred by ``radius`` px."""
    return _from_height(_blur(mask, radius) * depth)


def _printed(shape: tuple[int, int], cx: float, cy: float, degrees: float, lines) -> np.ndarray:
    """Print (0..1) at picture coordinates, its lines (dx, dy, text, size) about (cx, cy) turned by
    ``degrees`` (clockwise)."""
    art = _text_art((shape[1], shape[0]), [(cx + dx, cy + dy, t, z) for dx, dy, t, z in lines])
    px, py = _grid(shape[1], shape[0])
    u, v = _turn(px, py, cx, cy, degrees)
    return _sample(art, v, u)


# ---- the muslin, the CFL softboxes, the camera, GIMP and the marketplace ---------------------------------


def _muslin(name: str, w: int, h: int, bend: float | None):
    """The white cotton muslin filling the frame: a fine plain weave, soft wrinkles and the creases of its
    folds; its grid, layer and the shading its relief gives under the key. ``bend`` is the row where the
    sweep curves up from the table to the stand behind a standing item (None: only the table)."""
    px, py = _grid(w, h)
    shape = px.shape
    # the weave: threads about 2.4 px apart, a little uneven, with slubs along them
    warp = np.cos(2 * np.pi * px / 2.4 + 0.6 * _fine("h55/" + name + "/warp", shape, 3.0))
    weft = np.cos(2 * np.pi * py / 2.4 + 0.6 * _fine("h55/" + name + "/weft", shape, 3.0))
    slubs = 0.5 * _brushed("h55/" + name + "/slub_x", shape, 14.0) + 0.5 * _blur(
        _fine("h55/" + name + "/slub_y", shape, 0.8), (10.0, 0.7)
    )
    tone = 0.9 + 0.006 * warp * weft + 0.004 * slubs + 0.004 * _fine("h55/" + name + "/cloud", shape, 80.0)
    # the relief: broad soft wrinkles, smaller ripples, and the creases of its folds: two down it, one across
    relief = 0.11 * max(w, h) * _fine("h55/" + name + "/wrinkles", shape, 0.09 * max(w, h))
    relief = relief + 0.02 * max(w, h) * _fine("h55/" + name + "/ripples", shape, 0.025 * max(w, h))
    rng = _rng(name + "/folds")
    for k in range(2):
        x = (0.28 + 0.36 * k + rng.uniform(-0.06, 0.06)) * w
        slant = rng.uniform(-0.05, 0.05)
        d = px - x - slant * (py - h / 2)
        relief = relief + rng.choice([-1.0, 1.0]) * 5.0 * np.exp(-np.abs(d) / 7.0)
    y = (0.55 + rng.uniform(-0.1, 0.1)) * h
    relief = relief + rng.choice([-1.0, 1.0]) * 4.0 * np.exp(-np.abs(py - y) / 6.0)
    nx, ny, nz = _from_height(relief * 0.12)
    lambert, _ = _shading(nx, ny, nz, _TOWARDS_KEY, _VIEW, 4.0)
    flat = float(_TOWARDS_KEY[2])
    relief_light = np.clip(lambert / flat, 0.75, 1.2).astype(np.float32)
    if bend is not None:
        # where the sweep curves up to the stand it faces the key a little less squarely
        tone = tone * (1.0 - 0.035 * np.exp(-(((py - bend) / (0.06 * h)) ** 2)))
    albedo = tone[..., None] * np.array([1.0, 0.994, 0.982], dtype=np.float32)
    layer = (
        albedo * relief_light[..., None],
        albedo.copy(),
        np.zeros_like(albedo),
        np.zeros(shape, np.float32),
    )
    return px, py, layer


def _pool(px: np.ndarray, py: np.ndarray, w: int, h: int, bend: float | None) -> np.ndarray:
    """The softboxes' light over the frame: the key brighter towards the left, the background light a broad
    patch behind the item (on the rising muslin, or towards the frame's top for a flat item)."""
    key = 1.0 / (1.0 + 0.55 * ((px - (-0.2 * w)) / (1.3 * max(w, h))) ** 2 + 0.25 * ((py - 0.3 * h) / h) ** 2)
    centre = 0.3 * h if bend is None else 0.55 * bend
    patch = np.exp(-(((px - 0.52 * w) / (0.45 * w)) ** 2) - ((py - centre) / (0.45 * h)) ** 2)
    return (0.78 * key + 0.17 * patch).astype(np.float32)


def _soft_cast(mask: np.ndarray, dx: float, dy: float, soft: float) -> np.ndarray:
    """The soft shadow the key makes an item of ``mask`` cast up to ``dx``, ``dy`` px away: 0 .. 1."""
    shadow = np.zeros_like(mask)
    for t in np.linspace(0.08, 1.0, 8):
        shadow = np.maximum(shadow, _shifted(mask, round(t * dx), round(t * dy)) * (1.0 - 0.5 * t))
    return np.clip(_blur(shadow, soft), 0, 1)


def _lighting(layer, keymap: np.ndarray | float, fill: np.ndarray | float = 1.0, key=_CFL, fill_colour=_ROOM):
    """The linear light the camera sees off ``layer``."""
    lit, amb, glow, _ = layer
    k = keymap if np.isscalar(keymap) else np.asarray(keymap)[..., None]
    f = fill if np.isscalar(fill) else np.asarray(fill)[..., None]
    return (lit * key * k + amb * fill_colour * f + glow) * _EXPOSURE


def _camera(linear: np.ndarray, name: str, iso: int = 640) -> np.ndarray:
    """The camera's JPEG of ``linear`` light: the 35 mm lens at f/8 (a little softening, faint vignetting),
    the Classic Chrome film simulation (muted colours, firm shadows, a soft highlight shoulder), the Grain
    Effect at weak, ISO 640 (or ``iso``) luma noise, noise reduction -2 and sharpness +1, a Fine JPEG at
    quality 93 with 4:2:2 chroma. Its levels, 0..255."""
    h, w = linear.shape[:2]
    linear = _blur(linear, (0.5, 0.5, 0))
    px, py = _grid(w, h)
    r2 = ((px - w / 2) ** 2 + (py - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    linear = linear * (1.0 - 0.05 * r2)[..., None]
    # Classic Chrome: a soft shoulder, firmer shadows, colours about a fifth less saturated, the shadows a
    # little cool
    linear = np.where(linear < 0.8, linear, 0.8 + 0.2 * np.tanh((linear - 0.8) / 0.2))
    values = np.power(np.clip(linear, 0, None), 1 / 2.2)
    values = values - 0.06 * values * (1.0 - values) ** 2
    y = values @ _LUMA
    values = y[..., None] + 0.8 * (values - y[..., None])
    values = values + (0.012 * np.clip(1.0 - y / 0.35, 0, 1))[..., None] * np.array(
        [-0.6, 0.1, 0.5], dtype=np.float32
    )
    rng = _rng(name + "/sensor")
    v = np.clip(values, 0, 1)
    gain = iso / 640.0
    sigma_n = np.sqrt(0.000012 + 0.00007 * v * (1.1 - v)) * np.sqrt(gain)
    noisy = values + rng.normal(0, 1, v.shape[:2]).astype(np.float32)[..., None] * sigma_n
    noisy = noisy + _blur(rng.normal(0, 1, v.shape).astype(np.float32), (1.4, 1.4, 0)) * sigma_n * 0.9
    # the Grain Effect (weak, small): a film-like luma grain a little coarser than a pixel, strongest in the
    # mid-tones and gone in white
    grain = _blur(rng.normal(0, 1, v.shape[:2]).astype(np.float32), 0.7)
    grain = grain / float(grain.std())
    yv = v @ _LUMA
    noisy = noisy + (0.011 * grain * 4.0 * yv * (1.0 - yv))[..., None]
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (1.3, 1.3, 0))
    y = 0.85 * y + 0.15 * _blur(y, 0.7)
    y = y + 0.65 * (y - _blur(y, 1.0))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=93, subsampling=1)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: what is longer than 2000 px shrunk to 2000 px, an unsharp mask of radius 1 px at
    40 %, a baseline JPEG at quality 78 with 4:2:0 chroma."""
    if max(image.size) > 2000:
        ratio = 2000 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.BICUBIC)
    image = image.filter(ImageFilter.UnsharpMask(radius=1, percent=40, threshold=2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=78, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _gimp(frame: np.ndarray, mask: np.ndarray, name: str) -> Image.Image:
    """The seller's edit in GIMP: Colors > Auto > White Balance, the Dodge tool (Highlights, exposure 50)
    brushed four times over the muslin with a big soft brush and twice along the outline with a small one;
    a JPEG at quality 90 with 4:2:0 chroma; then the marketplace's re-encode."""
    from scipy import ndimage

    h, w = mask.shape
    # Auto White Balance: each channel stretched between its darkest and brightest 0.05 %
    x = frame.copy()
    for c in range(3):
        lo, hi = np.percentile(frame[..., c], (0.05, 99.95))
        x[..., c] = (frame[..., c] - lo) * (255.0 / max(hi - lo, 1.0))
    x = np.clip(x, 0, 255)
    item = mask > 0.5
    away = ndimage.distance_transform_edt(~item).astype(np.float32)
    inside = ndimage.distance_transform_edt(item).astype(np.float32)
    signed = away - inside
    side = max(h, w)
    gain = np.ones((h, w), np.float32)
    # the big soft brush (about a tenth of the frame across), four passes, each kept clear of the item by
    # its own wandering margin
    for k in range(4):
        reach = 0.05 * side * (1.0 + 0.25 * k) + 0.02 * side * _fine(
            f"h55/{name}/big{k}", (h, w), 0.08 * side
        )
        cover = np.clip((signed - reach) / (0.045 * side) + 0.5, 0, 1)
        gain = gain * (1.0 + (0.5 / 3.0) * cover)
    # the small soft brush along the outline, twice: its soft edge a few pixels onto the item in places
    for k in range(2):
        edge = 2.0 + 3.5 * _fine(f"h55/{name}/small{k}", (h, w), 60.0)
        cover = np.clip((signed + 4.0 - edge) / 9.0, 0, 1)
        gain = gain * (1.0 + (0.5 / 3.0) * cover)
    x = np.clip(x * gain[..., None], 0, 255)
    image = Image.fromarray(np.clip(x + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, subsampling=2)
    image = _market(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    drawn = Image.fromarray((np.clip(mask, 0, 1) * 255.0).astype(np.uint8))
    if drawn.size != image.size:
        drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
    _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _packshot(
    name: str, size: tuple[int, int], draw, footprint, bend: float | None, cast: tuple[float, float, float]
) -> Image.Image:
    """A packshot of the item ``draw(px, py)`` gives (a layer) on the muslin under the softboxes, shot,
    edited and re-encoded; ``footprint(px, py)`` is where it rests on the muslin, ``cast`` its shadow's
    reach (dx, dy) and softness."""
    w, h = size
    px, py, backdrop = _muslin(name, w, h, bend)
    item = draw(px, py)
    mask = item[3]
    foot = footprint(px, py)
    shadow = np.clip(_soft_cast(np.maximum(mask, foot), *cast) * 0.6 + _blur(foot, 2.5) * 0.6, 0, 0.85)
    shadow = shadow * (1.0 - mask)
    keymap = _pool(px, py, w, h, bend) * (1.0 - shadow)
    fill = 1.0 - 0.7 * _blur(foot, 2.0) * (1.0 - mask)
    linear = _lighting(_put(backdrop, item), keymap, fill)
    return _gimp(_camera(linear, name), mask, name)


# ---- ski goggles ----------------------------------------------------------------------------------------


def _superellipse(px, py, cx: float, cy: float, a: float, b: float, n: float) -> np.ndarray:
    """An antialiased superellipse of half-axes ``a``, ``b`` px and exponent ``n``."""
    f = (np.abs((px - cx) / a) ** n + np.abs((py - cy) / b) ** n) ** (1.0 / n) - 1.0
    return np.clip(0.5 - f * min(a, b), 0, 1).astype(np.float32)


def _studio_env(rx: np.ndarray, ry: np.ndarray, rz: np.ndarray) -> np.ndarray:
    """What a mirror sees in the back room: the key softbox as a bright soft patch, the white muslin in front
    of the item below the horizon, the dim room and the camera on its tripod above it."""
    lx, ly = float(_TOWARDS_KEY[0]), float(_TOWARDS_KEY[1])
    softbox = np.exp(-(((rx - lx) / 0.2) ** 4) - ((ry - ly) / 0.16) ** 4) * (rz > 0.2)
    floor = np.clip((ry - 0.02) / 0.25, 0, 1)
    camera = np.exp(-((rx / 0.09) ** 2) - ((ry + 0.05) / 0.11) ** 2)
    level = 0.035 + 0.5 * floor + 1.7 * softbox - 0.03 * camera
    return np.clip(level, 0, None)[..., None] * np.ones(3, np.float32)


def _snow_env(rx: np.ndarray, ry: np.ndarray, rz: np.ndarray) -> np.ndarray:
    """What a mirror sees on the terrace: the deep blue sky above the horizon, the sunlit snow below it, the
    low sun as a hot spot."""
    lx, ly, lz = (float(c) for c in _TOWARDS_SUN)
    sky = _rgb(70, 120, 200)[None, None, :] * np.clip(1.0 + ry, 0.3, 1.0)[..., None]
    snow = _rgb(235, 238, 245)[None, None, :] * np.ones(rx.shape + (1,), np.float32)
    below = np.clip((ry + 0.02) / 0.12, 0, 1)
    sun = np.exp(-(((rx - lx) ** 2 + (ry - ly) ** 2 + (rz - lz) ** 2) / 0.004))
    return _over(sky, snow, below) * 0.9 + (3.0 * sun)[..., None]


def _goggles(px, py, cx: float, cy: float, s: float, name: str, light=_TOWARDS_KEY, env=_studio_env):
    """Ski goggles standing on their frame, seen from the front and a little above, the lens's middle at
    (cx, cy), ``s`` px a millimetre (190 mm across the frame): a layer."""
    shape = px.shape
    zeros = np.zeros(shape, np.float32)
    a, b = 88.0 * s, 46.0 * s
    # the strap: a black elastic band looping away behind the goggles, seen on its inner side above the frame
    rx_loop, depth, band = (a + 14.0 * s), 150.0 * s, 33.0 * s
    t = np.clip((px - cx) / rx_loop, -1, 1)
    y_bot = cy + 17.0 * s - 0.57 * depth * np.sqrt(1.0 - t**2)
    strap = (
        np.clip(y_bot - py + 0.5, 0, 1)
        * np.clip(py - (y_bot - band) + 0.5, 0, 1)
        * np.clip(rx_loop - np.abs(px - cx) + 0.5, 0, 1)
    )
    theta = np.arcsin(t)
    along = rx_loop * theta  # px along the strap from its middle
    across = (y_bot - py) / band  # 0 at its lower edge, 1 at its upper
    # the woven brand, white, read mirrored from the inside; two wavy silicone grip lines
    length = int(np.pi * rx_loop) + 8
    art = _text_art(
        (length, int(band) + 4),
        [(length / 2 + k * 60.0 * s, band / 2, "ALPVERK", 0.42 * band) for k in range(-3, 4)],
    )[:, ::-1]
    woven = _sample(art, band - across * band + 2.0, along + length / 2.0) * strap
    grip = np.zeros(shape, np.float32)
    for level in (0.22, 0.8):
        wave = level + 0.04 * np.sin(along / (6.0 * s))
        grip = np.maximum(grip, np.clip(1.0 - np.abs(across - wave) * band / (1.1 * s), 0, 1))
    grip = grip * strap
    fibre = 1.0 + 0.1 * _brushed("h55/" + name + "/strap", shape, 4.0 * s)
    webbing = _solid(_rgb(9, 9, 10), shape) * fibre[..., None]
    webbing = _over(webbing, _rgb(226, 226, 222), woven * 0.85)
    webbing = _over(webbing, _rgb(70, 70, 74), grip * 0.7)
    s_nx = -np.sin(theta) * 0.85
    s_nz = np.sqrt(np.clip(1.0 - s_nx**2, 0.05, 1))
    layer = _surface(webbing, s_nx, zeros + 0.15, s_nz, strap, 0.12 + 0.3 * grip, 25.0, light)
    # the outriggers at either end of the frame, where the strap is clipped on
    for sign in (-1.0, 1.0):
        ox = cx + sign * (a + 9.0 * s)
        rigger = _box(px, py, ox - 7.0 * s, cy - 16.0 * s, ox + 7.0 * s, cy + 16.0 * s, 4.0 * s)
        r_nx, r_ny, r_nz = _cushion(rigger, 3.0 * s, 3.0 * s)
        layer = _put(
            layer, _surface(_solid(_rgb(9, 9, 10), shape), r_nx, r_ny, r_nz, rigger, 0.16, 40.0, light)
        )
    # the frame: black TPU round the lens, a band of vent foam along its top, a notch round the nose
    outer = _superellipse(px, py, cx, cy, a + 6.0 * s, b + 6.0 * s, 2.7)
    outer = outer * (1.0 - _ellipse(px, py, cx, cy + b + 2.0 * s, 15.0 * s, 14.0 * s))
    lens = _superellipse(px, py, cx, cy, a, b, 2.7)
    lens = lens * (1.0 - _ellipse(px, py, cx, cy + b + 2.0 * s, 22.0 * s, 20.0 * s))
    f_nx, f_ny, f_nz = _cushion(outer, 4.0 * s, 5.0 * s)
    tpu = _solid(_rgb(7, 7, 8), shape) * (1.0 + 0.06 * _fine("h55/" + name + "/tpu", shape, 1.0))[..., None]
    foam_band = np.clip((cy - b - 1.0 * s - py) / (1.0 * s), 0, 1) * (np.abs(px - cx) < 0.8 * a)
    dots = 0.5 + 0.5 * np.cos(2 * np.pi * px / (1.6 * s)) * np.cos(2 * np.pi * py / (1.6 * s))
    tpu = _over(tpu, _rgb(30, 30, 33) * (0.7 + 0.5 * dots)[..., None], foam_band * 0.9)
    layer = _put(layer, _surface(tpu, f_nx, f_ny, f_nz, outer, 0.14 * (1.0 - foam_band), 40.0, light))
    # the lens: a blue mirror coating over a dark smoke lens, curved like a sphere
    l_nx = 0.6 * (px - cx) / a
    l_ny = 0.36 * (py - cy) / b
    l_nz = np.sqrt(np.clip(1.0 - l_nx**2 - l_ny**2, 0.05, 1))
    rx, ry, rz = 2 * l_nz * l_nx, 2 * l_nz * l_ny, 2 * l_nz * l_nz - 1
    mirrored = env(rx, ry, rz) * np.array([0.3, 0.45, 0.95], dtype=np.float32)
    rim = np.clip(1.0 - _blur(lens, 1.5 * s), 0, 1) * lens
    smoke = _solid(_rgb(8, 10, 18), shape)
    glow = (mirrored * (0.85 - 0.6 * rim)[..., None]).astype(np.float32)
    layer = _put(layer, (smoke * 0.2, smoke, glow, lens))
    mask = np.maximum.reduce([strap, outer, layer[3]])
    return layer[0], layer[1], layer[2], mask


def _goggles_footprint(px, py, cx: float, cy: float, s: float) -> np.ndarray:
    """Where the goggles' frame stands on the muslin: its lower edge either side of the nose notch."""
    a, b = 88.0 * s, 46.0 * s
    outer = _superellipse(px, py, cx, cy, a + 6.0 * s, b + 6.0 * s, 2.7)
    outer = outer * (1.0 - _ellipse(px, py, cx, cy + b + 2.0 * s, 15.0 * s, 14.0 * s))
    lower = np.clip(outer - _shifted(outer, 0, round(-3.0 * s)), 0, 1) * (py > cy + 0.6 * b)
    return lower


def ski_goggles_packshot() -> Image.Image:
    """A pair of ski goggles standing on the muslin, seen from the front, a 1900 x 1000 landscape."""
    cx, cy, s = 930.0, 610.0, 5.2
    return _packshot(
        "ski_goggles",
        (1900, 1000),
        lambda px, py: _goggles(px, py, cx, cy, s, "goggles"),
        lambda px, py: _goggles_footprint(px, py, cx, cy, s),
        730.0,
        (70.0, -28.0, 16.0),
    )


# ---- a ski boot -----------------------------------------------------------------------------------------

# its profile in mm, the toe lug's front (x 0) to the heel lug's back, the sole at y 0: the shell and cuff
_BOOT = [
    (0.0, 0.0),
    (0.0, 18.0),
    (10.0, 20.0),
    (9.0, 34.0),
    (13.0, 52.0),
    (25.0, 68.0),
    (46.0, 80.0),
    (78.0, 94.0),
    (108.0, 112.0),
    (130.0, 136.0),
    (143.0, 166.0),
    (151.0, 206.0),
    (157.0, 252.0),
    (163.0, 300.0),
    (167.0, 336.0),
    (222.0, 344.0),
    (279.0, 338.0),
    (283.0, 300.0),
    (289.0, 250.0),
    (295.0, 200.0),
    (301.0, 150.0),
    (307.0, 105.0),
    (311.0, 60.0),
    (311.0, 24.0),
    (320.0, 18.0),
    (320.0, 0.0),
]
_COLLAR = [(161.0, 328.0), (160.0, 352.0), (172.0, 363.0), (222.0, 368.0), (270.0, 362.0), (279.0, 334.0)]
_SEAM = [(137.0, 150.0), (170.0, 141.0), (205.0, 141.0), (245.0, 128.0), (280.0, 111.0), (312.0, 96.0)]
# the buckles: (ladder from, ladder to, lever to), mm
_BUCKLES = [
    ((46.0, 78.0), (80.0, 98.0), (118.0, 124.0)),
    ((142.0, 176.0), (172.0, 182.0), (222.0, 190.0)),
    ((150.0, 232.0), (182.0, 234.0), (232.0, 240.0)),
    ((155.0, 282.0), (187.0, 284.0), (236.0, 290.0)),
]


def _boot(px, py, x0: float, base: float, s: float, name: str, light=_TOWARDS_KEY):
    """A white ski boot standing in profile, its toe lug's front at ``x0``, its sole on row ``base``, ``s``
    px a millimetre (320 mm long): a layer."""
    shape = px.shape
    ones = np.ones(shape, np.float32)
    zeros = np.zeros(shape, np.float32)

    def at(points):
        return [(x0 + x * s, base - y * s) for x, y in points]

    X, Y = (px - x0) / s, (base - py) / s
    body = _poly(shape, at(_spline(_BOOT, 6, closed=False)))
    # the shell and cuff: glossy white polyurethane, rounded towards their edges
    nx, ny, nz = _cushion(body, 12.0 * s, 16.0 * s)
    shell = (
        _solid(_rgb(238, 238, 234), shape)
        * (1.0 + 0.004 * _fine("h55/" + name + "/pu", shape, 2.0))[..., None]
    )
    # the black spoiler at the back of the cuff, and the grey rubber sole with its lugs
    spoiler = (
        body
        * np.clip((X - (252.0 + 0.12 * (Y - 160.0))) * s * 0.5 + 0.5, 0, 1)
        * np.clip((Y - 152.0) * s * 0.5 + 0.5, 0, 1)
    )
    sole = body * np.clip((14.0 - Y) * s * 0.5 + 0.5, 0, 1)
    lugs = body * np.clip((20.0 - Y) * s * 0.5 + 0.5, 0, 1) * ((X < 11.0) | (X > 309.0))
    rubber = np.maximum(sole, lugs)
    tread = 1.0 + 0.1 * np.sign(np.sin(2 * np.pi * X / 9.0)) * np.clip((5.0 - Y) / 3.0, 0, 1)
    grey = (
        _solid(_rgb(40, 40, 43), shape)
        * (tread * (1.0 + 0.05 * _fine("h55/" + name + "/sole", shape, 1.2)))[..., None]
    )
    albedo = _over(_over(shell, _rgb(8, 8, 9), spoiler), grey, rubber)
    spec = 0.55 * (1.0 - rubber) * (1.0 - 0.3 * spoiler) + 0.05 * rubber
    layer = _surface(albedo, nx, ny, nz, body, 0.0, 30.0, light, env=0.02)
    lambert, highlight = _shading(nx, ny, nz, light, _VIEW, 30.0)
    lit = layer[0] + (spec * highlight)[..., None]
    # the cuff's lower edge over the lower shell: a thin shadow line under it
    seam, _, _, _ = _rod(shape, at(_spline(_SEAM, 8)), 0.7 * s)
    lit = lit * (1.0 - 0.5 * seam * body * (1.0 - rubber))[..., None]
    layer = (lit, layer[1] * (1.0 - 0.4 * seam * body)[..., None], layer[2], body)
    # the print: "FLEX 110" white on the spoiler, "MONDO 26.5" grey on the heel
    ink = _printed(shape, x0 + 268.0 * s, base - 230.0 * s, -84.0, [(0, 0, "FLEX 110", 9.0 * s)]) * spoiler
    small = (
        _printed(shape, x0 + 262.0 * s, base - 40.0 * s, 0.0, [(0, 0, "MONDO 26.5", 6.0 * s)])
        * body
        * (1 - rubber)
    )
    p_lit, p_amb, p_glow, p_mask = layer
    p_lit = _over(_over(p_lit, _rgb(225, 225, 222) * 0.6, ink), _rgb(96, 98, 102) * 0.6, small)
    p_amb = _over(_over(p_amb, _rgb(225, 225, 222), ink), _rgb(96, 98, 102), small)
    layer = (p_lit, p_amb, p_glow, p_mask)
    # the liner's grey collar above the cuff and the black pull loop at its back (the backdrop through it)
    collar = _poly(shape, at(_spline(_COLLAR, 6))) * (1.0 - body)
    c_nx, c_ny, c_nz = _cushion(collar, 4.0 * s, 5.0 * s)
    felt = (
        _solid(_rgb(44, 45, 50), shape)
        * (1.0 + 0.08 * _fine("h55/" + name + "/liner", shape, 0.9))[..., None]
    )
    layer = _put(layer, _surface(felt, c_nx, c_ny, c_nz, collar, 0.02, 8.0, light))
    loop_c = at(
        _spline(
            [(262.0, 358.0), (262.0, 378.0), (268.0, 392.0), (277.0, 390.0), (279.0, 373.0), (275.0, 352.0)],
            10,
        )
    )
    loop, l_nx, l_ny, l_nz = _rod(shape, loop_c, 3.6 * s)
    loop = loop * (1.0 - body)
    layer = _put(
        layer,
        _surface(
            _solid(_rgb(9, 9, 10), shape),
            l_nx * 0.4,
            l_ny * 0.4,
            np.maximum(l_nz, 0.6),
            loop,
            0.05,
            10.0,
            light,
        ),
    )
    # the power strap round the cuff's top: black velcro printed "ALPVERK"
    strap = _poly(shape, at([(163.0, 305.0), (281.0, 300.0), (279.0, 326.0), (166.0, 331.0)]))
    fuzz = 1.0 + 0.12 * _fine("h55/" + name + "/velcro", shape, 0.7)
    word = _printed(shape, x0 + 214.0 * s, base - 317.0 * s, 2.5, [(0, 0, "ALPVERK", 15.0 * s)]) * strap
    webbing = _over(_solid(_rgb(9, 9, 10), shape) * fuzz[..., None], _rgb(236, 236, 232), word * 0.95)
    layer = _put(layer, _surface(webbing, nx, ny, nz, strap, 0.05, 12.0, light))
    # the buckles: black toothed ladders, brushed aluminium levers with a polished edge
    for k, ((ax, ay), (bx, by), (cx_, cy_)) in enumerate(_BUCKLES):
        (pa, pb, pc) = at([(ax, ay), (bx, by), (cx_, cy_)])
        angle = float(np.degrees(np.arctan2(pb[1] - pa[1], pb[0] - pa[0])))
        u, v = _turn(px, py, pa[0], pa[1], angle)
        lad_len = float(np.hypot(pb[0] - pa[0], pb[1] - pa[1]))
        ladder = _box(u, v, pa[0], pa[1] - 5.5 * s, pa[0] + lad_len, pa[1] + 5.5 * s, 1.5 * s)
        teeth = np.clip(np.cos(2 * np.pi * (u - pa[0]) / (3.0 * s)) * 2.0, 0, 1) * (
            np.abs(v - pa[1]) < 3.0 * s
        )
        lad_albedo = _solid(_rgb(10, 10, 11), shape) * (1.0 + 0.35 * teeth)[..., None]
        layer = _put(layer, _surface(lad_albedo, nx, ny - 0.2 * teeth, nz, ladder, 0.25, 25.0, light))
        angle2 = float(np.degrees(np.arctan2(pc[1] - pb[1], pc[0] - pb[0])))
        u2, v2 = _turn(px, py, pb[0], pb[1], angle2)
        lev_len = float(np.hypot(pc[0] - pb[0], pc[1] - pb[1]))
        lever = _box(u2, v2, pb[0] - 4.0 * s, pb[1] - 6.5 * s, pb[0] + lev_len, pb[1] + 6.5 * s, 3.0 * s)
        across = np.clip((v2 - pb[1]) / (6.5 * s), -1, 1)
        a = np.deg2rad(angle2)
        l_nx2, l_ny2, l_nz2 = _unit(-np.sin(a) * across * 0.8, np.cos(a) * across * 0.8, ones)
        brushed = 1.0 + 0.08 * _brushed(f"h55/{name}/lever{k}", shape, 8.0 * s)
        layer = _put(
            layer, _metal(_rgb(200, 202, 206) * brushed[..., None], l_nx2, l_ny2, l_nz2, lever, 22.0, light)
        )
        catch = _ellipse(px, py, pc[0] - 4.0 * s * np.cos(a), pc[1] - 4.0 * s * np.sin(a), 2.6 * s, 2.6 * s)
        layer = _put(
            layer,
            _surface(
                _solid(_rgb(9, 9, 10), shape), zeros, zeros - 0.3, ones, catch * lever, 0.3, 30.0, light
            ),
        )
    # the rivet at the ankle, where the cuff pivots
    rx_, ry_ = x0 + 205.0 * s, base - 148.0 * s
    rivet = _ellipse(px, py, rx_, ry_, 7.0 * s, 7.0 * s)
    r_nx, r_ny = (px - rx_) / (7.0 * s) * 0.8, (py - ry_) / (7.0 * s) * 0.8
    layer = _put(layer, _metal(_rgb(208, 208, 212), *_unit(r_nx, r_ny, ones), rivet, 26.0, light))
    mask = np.maximum(layer[3], loop)
    return layer[0], layer[1], layer[2], mask


def _boot_footprint(px, py, x0: float, base: float, s: float) -> np.ndarray:
    """Where the boot's sole stands on the muslin."""
    return _box(px, py, x0 + 2.0 * s, base - 2.5 * s, x0 + 318.0 * s, base + 1.0 * s, 1.0 * s)


def ski_boot_packshot() -> Image.Image:
    """A white ski boot standing in profile on the muslin, a 1500 x 1400 landscape."""
    x0, base, s = 265.0, 1250.0, 2.95
    return _packshot(
        "ski_boot",
        (1500, 1400),
        lambda px, py: _boot(px, py, x0, base, s, "boot"),
        lambda px, py: _boot_footprint(px, py, x0, base, s),
        base - 60.0 * s,
        (90.0, -36.0, 18.0),
    )


# ---- a ski pole -----------------------------------------------------------------------------------------


def _pole(
    px,
    py,
    x0: float,
    yc: float,
    s: float,
    degrees: float,
    name: str,
    light=_TOWARDS_KEY,
    with_strap: bool = True,
):
    """A ski pole lying from its grip's top at (``x0``, ``yc``) along the row, turned by ``degrees``, ``s`` px
    a millimetre (1200 mm long), its wrist strap lying in a loop beside the grip (or tucked away): a layer."""
    shape = px.shape
    u, v = _turn(px, py, x0, yc, degrees)
    X, V = (u - x0) / s, (v - yc) / s  # mm along the pole from the grip's top, mm across it (down +)
    a = np.deg2rad(degrees)
    # the local across direction in the picture, for the normals of its round parts
    ax_, ay_ = -np.sin(a), np.cos(a)

    def round_normals(half: np.ndarray | float):
        t = np.clip(V / half, -0.97, 0.97)
        return _unit(t * ax_, t * ay_, np.sqrt(1.0 - t**2))

    # the wrist strap: red webbing out of the grip's top, lying in a loop to the left of it
    loop_mm = _spline(
        [
            (6.0, -4.0),
            (-18.0, -22.0),
            (-58.0, -34.0),
            (-92.0, -24.0),
            (-98.0, 2.0),
            (-78.0, 22.0),
            (-40.0, 24.0),
            (-8.0, 9.0),
            (6.0, 3.0),
        ],
        10,
    )
    ca, sa = np.cos(a), np.sin(a)
    loop_px = [(x0 + (x * ca - y * sa) * s, yc + (x * sa + y * ca) * s) for x, y in loop_mm]
    strap, st_nx, st_ny, st_nz = _rod(shape, loop_px, 10.0 * s)
    strap = strap if with_strap else np.zeros(shape, np.float32)
    weave = 1.0 + 0.08 * np.sin((px + py) * 1.9) * np.sin((px - py) * 1.9)
    red = _solid(_rgb(150, 12, 16), shape) * weave[..., None]
    layer = _surface(red, st_nx * 0.3, st_ny * 0.3, np.maximum(st_nz, 0.8), strap, 0.04, 10.0, light)
    # the grip: black rubber, four finger ribs on its lower side, a domed top cap, a grey brand band
    ribs = 2.5 * np.clip(np.sin(2 * np.pi * (X - 40.0) / 26.0), 0, 1) * (X > 40.0) * (X < 140.0)
    half_grip = 16.0 + 1.5 * np.clip(X / 20.0, 0, 1) - 4.0 * np.clip((X - 140.0) / 20.0, 0, 1)
    grip = (
        np.clip((half_grip - np.abs(V) + ribs * (V > 0)) * s + 0.5, 0, 1)
        * np.clip(X * s + 0.5, 0, 1)
        * np.clip((165.0 - X) * s + 0.5, 0, 1)
    )
    g_nx, g_ny, g_nz = round_normals(half_grip + ribs)
    texture = 1.0 + 0.08 * _fine("h55/" + name + "/grip", shape, 0.8)
    band = ((X > 118.0) & (X < 128.0)).astype(np.float32)
    rubber = _over(_solid(_rgb(9, 9, 10), shape) * texture[..., None], _rgb(70, 72, 76), band)
    layer = _put(layer, _surface(rubber, g_nx, g_ny, g_nz, grip, 0.12, 18.0, light))
    # the shaft: matte graphite anodised aluminium, 18 mm tapering to 11 mm, an orange printed band
    half = np.where(X < 640.0, 9.0, 9.0 - 3.5 * np.clip((X - 640.0) / 440.0, 0, 1))
    shaft = (
        np.clip((half - np.abs(V)) * s + 0.5, 0, 1)
        * np.clip((X - 160.0) * s + 0.5, 0, 1)
        * np.clip((1120.0 - X) * s + 0.5, 0, 1)
    )
    sh_nx, sh_ny, sh_nz = round_normals(half)
    graphite = (
        _solid(_rgb(30, 31, 35), shape)
        * (1.0 + 0.05 * _brushed("h55/" + name + "/shaft", shape, 40.0 * s))[..., None]
    )
    orange = ((X > 200.0) & (X < 420.0)).astype(np.float32)
    stripes = ((np.abs(X - 214.0) < 3.0) | (np.abs(X - 406.0) < 3.0)).astype(np.float32)
    paint = _over(_over(graphite, _rgb(232, 82, 8), orange), _rgb(240, 240, 236), stripes)
    text_x = x0 + 310.0 * s
    word = _printed(shape, text_x, yc, 0.0, [(0, 0, "ALPVERK", 12.0 * s)])
    size = _printed(shape, x0 + 470.0 * s, yc, 0.0, [(0, 0, "120 cm", 9.0 * s)])
    # the print follows the pole's turn: read it in the pole's own coordinates
    word = _sample(word, v, u) if degrees else word
    size = _sample(size, v, u) if degrees else size
    paint = _over(paint, _rgb(245, 245, 242), np.clip(word + size, 0, 1) * 0.95)
    layer = _put(layer, _metal(paint, sh_nx, sh_ny, sh_nz, shaft, 10.0, light))
    # the piste basket: a black plastic disc across the shaft, seen nearly edge-on, with its hub
    basket = _box(u, v, x0 + 1068.0 * s, yc - 27.0 * s, x0 + 1076.0 * s, yc + 27.0 * s, 3.0 * s)
    hub = _box(u, v, x0 + 1060.0 * s, yc - 9.0 * s, x0 + 1090.0 * s, yc + 9.0 * s, 4.0 * s)
    disc = np.maximum(basket, hub)
    b_nx, b_ny, b_nz = round_normals(np.where(np.abs(X - 1072.0) < 4.0, 27.0, 9.0))
    layer = _put(layer, _surface(_solid(_rgb(10, 10, 11), shape), b_nx, b_ny, b_nz, disc, 0.3, 25.0, light))
    # the ferrule tapering to the steel carbide tip
    tip_half = np.clip(5.5 - 4.5 * np.clip((X - 1120.0) / 30.0, 0, 1), 0.8, None)
    ferrule = (
        np.clip((tip_half - np.abs(V)) * s + 0.5, 0, 1)
        * np.clip((X - 1118.0) * s + 0.5, 0, 1)
        * np.clip((1152.0 - X) * s + 0.5, 0, 1)
    )
    t_nx, t_ny, t_nz = round_normals(tip_half)
    steel = (X > 1138.0).astype(np.float32)
    layer = _put(
        layer,
        _surface(
            _solid(_rgb(10, 10, 11), shape), t_nx, t_ny, t_nz, ferrule * (1.0 - steel), 0.3, 25.0, light
        ),
    )
    layer = _put(layer, _metal(_rgb(196, 198, 200), t_nx, t_ny, t_nz, ferrule * steel, 30.0, light))
    return layer


def _pole_footprint(px, py, x0: float, yc: float, s: float, degrees: float) -> np.ndarray:
    """Where the pole touches the muslin: a line under the grip and the shaft, the strap lying flat."""
    u, v = _turn(px, py, x0, yc, degrees)
    return _box(u, v, x0 + 10.0 * s, yc - 2.0 * s, x0 + 1150.0 * s, yc + 2.0 * s, 1.0 * s)


def ski_pole_packshot() -> Image.Image:
    """A ski pole lying along the muslin, thin in a 2600 x 300 strip (shrunk by the marketplace to
    2000 x 231)."""
    x0, yc, s, degrees = 250.0, 162.0, 1.9, -0.5
    return _packshot(
        "ski_pole",
        (2600, 300),
        lambda px, py: _pole(px, py, x0, yc, s, degrees, "pole"),
        lambda px, py: _pole_footprint(px, py, x0, yc, s, degrees),
        None,
        (16.0, -9.0, 5.0),
    )


# ---- a stick of lip balm --------------------------------------------------------------------------------


def _lip_balm(px, py, cx: float, cy: float, s: float, degrees: float, name: str, light=_TOWARDS_KEY):
    """A 4.8 g stick of lip balm lying on its side, its middle at (cx, cy), turned by ``degrees``, ``s`` px a
    millimetre (68 mm long, 15.5 mm across): a layer."""
    shape = px.shape
    u, v = _turn(px, py, cx, cy, degrees)
    X, V = (u - cx) / s, (v - cy) / s
    r = 7.75
    a = np.deg2rad(degrees)
    t = np.clip(V / r, -0.98, 0.98)
    nx, ny, nz = _unit(-np.sin(a) * t, np.cos(a) * t, np.sqrt(1.0 - t**2))
    body = _box(u, v, cx - 34.0 * s, cy - r * s, cx + 34.0 * s, cy + r * s, 2.2 * s)
    tube = body * np.clip((12.6 - X) * s + 0.5, 0, 1)
    cap = body * np.clip((X - 13.4) * s + 0.5, 0, 1)
    # the label round the navy tube, read unrolled: the print squeezed towards the tube's sides
    unrolled = cy + r * np.arcsin(t) * s
    art_lines = [
        (cx - 14.0 * s, cy - 2.2 * s, "PISTE", 7.2 * s),
        (cx - 14.0 * s, cy + 3.6 * s, "LIP BALM", 3.0 * s),
        (cx + 5.2 * s, cy - 0.2 * s, "SPF 30", 3.4 * s),
        (cx - 29.0 * s, cy + 0.2 * s, "4.8 g", 2.2 * s),
    ]
    art = _text_art((shape[1], shape[0]), art_lines)
    ink = _sample(art, unrolled, u) * tube
    band = np.clip((X + 1.0) * s + 0.5, 0, 1) * np.clip((11.0 - X) * s + 0.5, 0, 1) * tube
    navy = _solid(_rgb(10, 20, 62), shape)
    label = _over(navy, _rgb(240, 120, 30), band)
    label = _over(label, _rgb(248, 248, 246), ink * (1.0 - band))
    label = _over(label, _rgb(10, 20, 62), ink * band)
    layer = _surface(label, nx, ny, nz, tube, 0.7, 45.0, light, env=0.03)
    # the white cap: fine ridges along it, a glossy domed end
    ridges = 0.5 + 0.5 * np.cos(2 * np.pi * np.arcsin(t) * r / 0.9)
    c_nx, c_ny, c_nz = _unit(
        nx + 0.12 * (ridges - 0.5) * -np.sin(a), ny + 0.12 * (ridges - 0.5) * np.cos(a), nz
    )
    white = _solid(_rgb(240, 240, 236), shape) * (1.0 - 0.04 * ridges * (X < 31.0))[..., None]
    layer = _put(layer, _surface(white, c_nx, c_ny, c_nz, cap, 0.55, 35.0, light, env=0.02))
    # the gap between the cap and the tube
    gap = body * np.clip(1.0 - np.abs(X - 13.0) * s / (0.5 * s + 0.5), 0, 1)
    g_lit, g_amb, g_glow, g_mask = layer
    layer = (
        g_lit * (1.0 - 0.7 * gap)[..., None],
        g_amb * (1.0 - 0.7 * gap)[..., None],
        g_glow,
        np.maximum(g_mask, gap),
    )
    return layer


def _lip_balm_footprint(px, py, cx: float, cy: float, s: float, degrees: float) -> np.ndarray:
    """Where the stick lies on the muslin: a line along its lower side."""
    u, v = _turn(px, py, cx, cy, degrees)
    return _box(u, v, cx - 33.0 * s, cy + 3.5 * s, cx + 33.0 * s, cy + 7.5 * s, 1.5 * s)


def lip_balm_packshot() -> Image.Image:
    """A stick of lip balm lying askew, small on the muslin in a 1600 x 1200 landscape."""
    cx, cy, s, degrees = 800.0, 620.0, 4.6, -24.0
    return _packshot(
        "lip_balm",
        (1600, 1200),
        lambda px, py: _lip_balm(px, py, cx, cy, s, degrees, "balm"),
        lambda px, py: _lip_balm_footprint(px, py, cx, cy, s, degrees),
        None,
        (28.0, -14.0, 7.0),
    )


# ---- the terrace in the snow ----------------------------------------------------------------------------


def _spruces(px, py, w: int, skyline: float, foot: np.ndarray, name: str) -> tuple[np.ndarray, np.ndarray]:
    """The snow-laden spruces along the slope beyond the terrace: their coverage and the snow on them."""
    rng = _rng(name + "/spruces")
    cover = np.zeros(px.shape, np.float32)
    ragged = 3.0 * _fine("h55/" + name + "/branches", px.shape, 1.6)
    clumps = _fine("h55/" + name + "/clumps", px.shape, 2.2)
    x = -40.0
    base = float(np.max(foot))
    while x < w + 40:
        height = rng.uniform(0.55, 1.0) * (base - skyline)
        half = height * rng.uniform(0.18, 0.26)
        top = base - height
        rel = np.clip((py - top) / max(height, 1.0), 0, 1)
        # the branches' tiers droop in scallops down the crown
        tier = np.mod((py - top) / (7.0 + 5.0 * rel) + rng.uniform(0, 1), 1.0)
        edge = half * rel * (0.78 + 0.22 * tier) + ragged
        tree = np.clip(edge - np.abs(px - x) + 0.5, 0, 1) * (py > top)
        cover = np.maximum(cover, tree)
        x += rng.uniform(0.45, 0.95) * half * 2
    cover = cover * np.clip(foot + 4.0 - py, 0, 1)
    snow = cover * np.clip(clumps - 0.35, 0, 1) * 1.4
    return cover, np.clip(snow, 0, 0.9)


def _ground_shadow(mask: np.ndarray, base: float, run: float, back: float) -> np.ndarray:
    """The low sun's shadow of an item standing on the snow at row ``base``: each of its pixels ``d`` px above
    the base falls ``run * d`` px to the right and ``back * d`` px up the frame from its foot. 0 .. 1."""
    from scipy import ndimage

    ys, xs = np.nonzero(mask > 0.3)
    out = np.zeros_like(mask)
    if len(ys) == 0:
        return out
    d = np.clip(base - ys, 0, None)
    for step in (0.0, 0.5):
        tx = np.round(xs + run * (d + step)).astype(int)
        ty = np.round(base - back * (d + step)).astype(int)
        keep = (tx >= 0) & (tx < mask.shape[1]) & (ty >= 0) & (ty < mask.shape[0])
        out[ty[keep], tx[keep]] = 1.0
    # the holes between the splatted points closed
    out = ndimage.binary_closing(out > 0.5, iterations=2).astype(np.float32)
    return np.clip(_blur(out, 1.6) * 1.2, 0, 1)


def terrace_scene() -> Image.Image:
    """The ski boot standing in the snow on the shop's terrace, the goggles before it and the pole stuck in the
    snow behind, snow-laden spruces along the slope and a deep blue sky, low sun from the left: one frame of
    the same camera at ISO 160, not edited, re-encoded by the marketplace; an 1800 x 1200 landscape."""
    w, h = 1800, 1200
    px, py = _grid(w, h)
    shape = px.shape
    # the terrace's far edge against the slope, gently uneven
    horizon = 468.0 + 10.0 * np.sin(px / 310.0 + 0.4) + 5.0 * np.sin(px / 97.0)
    # the sky: deep blue overhead, paler towards the slope
    sky = _over(
        _solid(_rgb(38, 92, 178), shape), _solid(_rgb(150, 192, 232), shape), np.clip(py / 470.0, 0, 1) ** 1.6
    )
    sky_lin = np.power(sky, 2.2) * 1.05
    # the spruces along the far slope, in a faint haze, the snow on their branches lit from the left
    trees, tree_snow = _spruces(px, py, w, 250.0, horizon + 2.0, "scene")
    green = np.power(_solid(_rgb(30, 52, 46), shape), 2.2) * 1.6
    green = _over(green, np.power(_rgb(226, 232, 240), 2.2) * 1.25, tree_snow)
    green = _over(green, sky_lin, np.full(shape, 0.16, np.float32))
    distant = _over(sky_lin, green, trees)
    blank = np.zeros(shape + (3,), np.float32)
    layer = (blank, blank.copy(), distant, np.zeros(shape, np.float32))
    # the snow on the terrace: soft drifts, footprints, a crust that sparkles, finer with distance
    ground = np.clip(py - horizon + 0.5, 0, 1)
    near = np.clip((py - horizon) / (h - 470.0), 0, 1)
    drift = 22.0 * _fine("h55/scene/drift", shape, 90.0) + (0.4 + 1.6 * near) * _fine(
        "h55/scene/crust", shape, 5.0
    )
    rng = _rng("scene/steps")
    for k in range(9):
        fx, fy = rng.uniform(80, 1750), rng.uniform(560, 1180)
        scale = 0.5 + 0.5 * (fy - 470.0) / (h - 470.0)
        drift = drift - 12.0 * scale * _ellipse(px, py, fx, fy, 38.0 * scale, 13.0 * scale)
    drift = _blur(drift, 2.0)
    s_nx, s_ny, s_nz = _from_height(drift * 0.25)
    s_nx, s_ny, s_nz = _unit(s_nx, s_ny - 0.55, s_nz)
    sparkle = (_rng("scene/sparkle").random(shape) < 0.0012).astype(np.float32) * ground * (0.3 + 0.7 * near)
    snow = _surface(_solid(_rgb(236, 240, 246), shape), s_nx, s_ny, s_nz, ground, 0.0, 10.0, _TOWARDS_SUN)
    snow = (snow[0], snow[1], snow[2] + (1.5 * sparkle)[..., None] * np.ones(3, np.float32), ground)
    layer = _put(layer, snow)
    # the pole stuck in the snow behind, the boot standing in it, the goggles before it
    pole = _pole(px, py, 1455.0, 160.0, 0.62, 84.0, "scene/pole", _TOWARDS_SUN, with_strap=False)
    pole = (pole[0], pole[1], pole[2], pole[3] * np.clip(812.0 - py + 0.5, 0, 1))
    boot = _boot(px, py, 520.0, 1010.0, 1.75, "scene/boot", _TOWARDS_SUN)
    lip = 1003.0 + 4.0 * _fine("h55/scene/lip", shape, 30.0)
    boot = (boot[0], boot[1], boot[2], boot[3] * np.clip(lip - py + 0.5, 0, 1))
    goggles = _goggles(px, py, 1250.0, 975.0, 2.1, "scene/goggles", _TOWARDS_SUN, _snow_env)
    for item in (pole, boot, goggles):
        layer = _put(layer, item)
    # the sun's shadows across the snow to the right and a little away, the sky's blue in them
    shadow = np.zeros(shape, np.float32)
    for item, base in ((pole, 812.0), (boot, 1004.0), (goggles, 1083.0)):
        shadow = np.maximum(shadow, _ground_shadow(item[3], base, 0.78, 0.13))
    items = np.maximum.reduce([pole[3], boot[3], goggles[3]])
    keymap = 1.0 - 0.92 * shadow * (1.0 - items) * ground
    lit, amb, glow, _ = layer
    linear = (lit * (_SUN * 1.55) * keymap[..., None] + amb * _SKY * 1.1 + glow) * 0.62
    frame = _camera(linear, "scene", iso=160)
    return _market(Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8)))
