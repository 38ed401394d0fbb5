"""``heldout52``'s pictures: four products a beekeeping supplier lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop of a phone's photo taken straight down: a 15:8 landscape
  of 1800 x 960 (hive frame; shrunk by the marketplace to 1440 x 768), a 4:5 portrait of 1200 x 1500 (bee
  smoker; shrunk to 1152 x 1440), a 23:4 strip of 2300 x 400 (hive tool, thin in it; shrunk to 1440 x 250)
  and a 10:9 landscape of 1400 x 1260 (queen cage, small in it; kept at 1400 x 1260); the scene is a 3:4
  portrait of 1200 x 1600 (shrunk to 1080 x 1440);
- the canvases they are padded onto (``PADDING``): a 1:0.66 landscape with a moderate margin round the hive
  frame's wide picture, a 1:1.32 portrait round the smoker's tall picture (and round the scene), a 1:0.28
  banner a little wider than the hive tool's long picture, and a 1:0.9 canvas whose width is 2.6 times the
  width of the queen cage's small picture (which covers about 11 % of it); every padded picture covers at
  least 8 % of its canvas;
- a wooden hive frame lying flat: pale pine top bar with its lugs, side bars and bottom bar, nail heads at
  the corners, a sheet of natural beeswax foundation in it (the embossed hexagonal cells, three stainless
  wires across it, the light pad glowing amber through the wax, a strip of pad showing between the sheet and
  the bottom bar) (a translucent product with a fine regular pattern); a bee smoker lying on its side: a
  brushed stainless fire chamber, a perforated heat shield round it with a yellow printed label on it
  ("HONEYFIELD", "BEE SMOKER" and small print), a conical lid with a bent spout, a wedge of pleated brown
  leatherette bellows between two stained boards (a shiny metal product with printed text); a J-hook hive tool lying along the pad, thin in
  its strip: a flat bar of brushed steel with a red powder-coated middle, the hook at one end, a bevelled
  blade at the other and a nail slot that shows the pad (a thin metal product); a wooden queen cage lying
  flat, small in its frame: a pale block with three round chambers under stapled wire mesh (the pad showing
  through two of them, white queen candy filling the one at the end) and a cork in the other end (a small
  product with white inside it);
- every packshot is the shop's mid-range phone on a gooseneck clamp over the workbench, looking straight
  down at the item on an A3 LED light pad (a tracing light box) at full brightness: the pad glows white
  from below (a little brighter along the long edge where its LED strip is, a little cool), so nothing
  casts a shadow on it, and the item is lit from above by the warm ceiling downlight and along its edges by
  the pad's own light (a pale rim where a face turns down to the pad); the phone's auto white balance
  leaves the item a little warm; the gooseneck holds the phone a degree or two off square (a faint keystone:
  the frame's top a little wider than its bottom); the phone's main camera: slight vignetting, its local
  tone mapping (the dark item lifted against the bright pad), luma and chroma noise, moderate noise
  reduction and sharpening, a JPEG at quality 91 with 4:2:0 chroma; the seller's edit in Snapseed on the
  phone: Tune Image at Brightness +20, then the Brush tool's Exposure +0.7 painted with a finger over the
  pad (zoomed out: strokes stop a few pixels short of the item in most places, leaving a thin band of the
  pad's own light grey round it, and run a little onto its edge in others), exported as a JPEG at quality
  95 without chroma subsampling; the marketplace shrinks what is longer than 1440 px to 1440 px and
  re-encodes it as a JPEG at quality 85 with 4:2:0 chroma;
- one full-frame scene: the smoker standing, the hive frame, the hive tool and the queen cage on the shop's
  pine counter, a wall of shelves behind with stacked white-painted hive boxes, a roll of foundation sheets
  and a yellow poster, under the shop's ceiling LED panels and a window's daylight (an ordinary shop photo,
  the phone held upright by hand), not edited, the phone's JPEG re-encoded by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the pad, the
band the brush left or the pad seen through the nail slot or under the foundation), for the bench's
clipping scope.
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
from bench.photo_sets.heldout44 import _turn
from bench.photo_sets.heldout48 import _brushed, _fine
from bench.photo_sets.heldout49 import _layer, _paint, _put, _shading, _unit
from bench.photo_sets.heldout51 import _from_height

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "hive_frame": (940, 1.3, 0.66),
    "bee_smoker": (860, 1.24, 1.32),
    "hive_tool": (1010, 1.08, 0.28),
    "queen_cage": (300, 2.3, 0.9),
}

_MASKS: dict[str, np.ndarray] = {}

# the warm ceiling downlight (the key, from above and a little towards the frame's top) and the room's fill
_KEY = np.array([1.0, 0.93, 0.8], dtype=np.float32)
_FILL = np.array([0.2, 0.2, 0.2], dtype=np.float32)
# the light pad's own light (cool), as the phone balanced it
_PAD = np.array([0.96, 0.985, 1.0], dtype=np.float32)
_EXPOSURE = 0.8
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
# the downlight's direction in the picture (x right, y down, z towards the camera, which looks straight down)
_TOWARDS_KEY = np.array([0.12, -0.3, 0.95], dtype=np.float32) / float(np.linalg.norm([0.12, -0.3, 0.95]))
_VIEW = np.array([0.0, 0.0, 1.0], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout52/" + name).encode()))


def _font(size: float) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _solid(colour: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    return colour[None, None, :] * np.ones(shape + (1,), np.float32)


def _rim(nz: np.ndarray) -> np.ndarray:
    """The pad's light on faces turning down towards it (0 on a face square to the camera)."""
    return np.clip(1.0 - nz, 0, 1) ** 1.5


# ---- the light pad, the phone, Snapseed and the marketplace ---------------------------------------------


def _pad_light(name: str, w: int, h: int) -> np.ndarray:
    """The light pad's glow over the frame: brighter along its LED edge (the frame's top), a faint mottle."""
    px, py = _grid(w, h)
    edge = 1.0 + 0.06 * np.exp(-py / (0.35 * h))
    mottle = 1.0 + 0.006 * _fine("h52/" + name + "/pad", px.shape, 80.0)
    return (edge * mottle).astype(np.float32)


def _keystone(values: np.ndarray, k: float = 0.012) -> np.ndarray:
    """The gooseneck's phone a degree or two off square: the frame's top a little wider than its bottom."""
    from scipy import ndimage

    h, w = values.shape[:2]
    px, py = _grid(w, h)
    f = 1.0 - k * (0.5 - py / h)
    sx = w / 2 + (px - w / 2) * f
    if values.ndim == 2:
        return ndimage.map_coordinates(values, [py, sx], order=1, mode="nearest").astype(np.float32)
    return np.stack(
        [ndimage.map_coordinates(values[..., c], [py, sx], order=1, mode="nearest") for c in range(3)], axis=-1
    ).astype(np.float32)


def _lighting(layer, keymap: np.ndarray | float = 1.0, backlight: np.ndarray | float = 0.0) -> np.ndarray:
    """The linear light the phone sees off ``layer``: the key and fill on its faces, ``backlight`` (the pad)
    glowing through it where it is translucent and round it."""
    lit, amb, glow, _ = layer
    key = keymap if np.isscalar(keymap) else np.asarray(keymap)[..., None]
    back = backlight if np.isscalar(backlight) else np.asarray(backlight)[..., None]
    light = lit * _KEY * key + amb * _FILL + glow * _PAD * back
    return light * _EXPOSURE


def _phone(linear: np.ndarray, name: str, keystone: bool = True) -> np.ndarray:
    """The phone's JPEG of ``linear`` light: a faint keystone, slight vignetting, local tone mapping, noise,
    noise reduction and sharpening, a JPEG at quality 91 with 4:2:0 chroma. Its levels, 0..255."""
    h, w = linear.shape[:2]
    if keystone:
        linear = _keystone(linear)
    px, py = _grid(w, h)
    r2 = ((px - w / 2) ** 2 + (py - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    linear = _blur(linear, (0.7, 0.7, 0)) * (1.0 - 0.12 * r2)[..., None]
    # local tone mapping: what is darker than its surroundings is lifted a little
    luma = linear @ _LUMA
    local = _blur(luma, max(w, h) / 40.0)
    lift = 1.0 + 0.3 * np.clip(local - luma, 0, 0.6) / (luma + 0.1)
    linear = linear * np.clip(lift, 1.0, 1.6)[..., None]
    # the phone's tone curve: a soft shoulder, a little more contrast in the middle
    linear = np.where(linear < 0.88, linear, 0.88 + 0.12 * np.tanh((linear - 0.88) / 0.12))
    values = np.power(np.clip(linear, 0, None), 0.92)
    values = values + 0.1 * (values - 0.5) * (1 - np.abs(2 * values - 1))
    sigma = np.sqrt(0.00002 + 0.00008 * np.clip(values, 0, 1))
    rng = _rng(name + "/sensor")
    noisy = values + rng.normal(0, 1, values.shape[:2]).astype(np.float32)[..., None] * sigma
    noisy = noisy + _blur(rng.normal(0, 1, values.shape).astype(np.float32), (1.2, 1.2, 0)) * sigma * 1.4
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (1.4, 1.4, 0))
    y = 0.5 * y + 0.5 * _blur(y, 0.8)
    y = y + 0.7 * (y - _blur(y, 1.3))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=91, subsampling=2)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: what is longer than 1440 px shrunk to 1440 px, a JPEG at quality 85 with 4:2:0
    chroma."""
    if max(image.size) > 1440:
        ratio = 1440 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _snapseed(frame: np.ndarray, mask: np.ndarray, name: str) -> Image.Image:
    """The seller's edit in Snapseed: Tune Image at Brightness +20, the Brush tool's Exposure +0.7 painted
    over the pad (a few pixels short of the item in most places, a little onto its edge in others), exported
    as a JPEG at quality 95 without chroma subsampling; then the marketplace's re-encode."""
    from scipy import ndimage

    x = frame / 255.0
    x = 1.0 - np.power(np.clip(1.0 - x, 0, 1), 1.12)  # Brightness +20: the middle tones lifted
    item = mask > 0.5
    outside = ndimage.distance_transform_edt(~item)
    inside = ndimage.distance_transform_edt(item)
    signed = np.where(item, -inside, outside).astype(np.float32)
    # the strokes' inner edge: mostly 3-14 px off the item, in a few places 2-3 px onto it
    stop = 7.0 + 5.0 * _fine("h52/" + name + "/strokes", mask.shape, 45.0)
    stop = np.where(stop < 2.0, stop - 3.0, stop)
    brushed = np.clip((signed - stop) / 5.0 + 0.5, 0, 1)
    brushed = _blur(brushed, 2.0)
    linear = np.where(x <= 0.04045, x / 12.92, np.power((x + 0.055) / 1.055, 2.4))
    linear = linear * np.power(2.0, 0.7 * brushed)[..., None]
    x = np.where(linear <= 0.0031308, 12.92 * linear, 1.055 * np.power(np.clip(linear, 0.0031308, None), 1 / 2.4) - 0.055)
    image = Image.fromarray(np.clip(x * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, subsampling=0)
    image = _market(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    drawn = Image.fromarray((np.clip(mask, 0, 1) * 255.0).astype(np.uint8))
    if drawn.size != image.size:
        drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
    _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _packshot(name: str, size: tuple[int, int], draw) -> Image.Image:
    """A packshot of the item ``draw(px, py, pad)`` gives (a layer) on the light pad, seen from above."""
    w, h = size
    px, py = _grid(w, h)
    pad = _pad_light(name, w, h)
    item = draw(px, py, pad)
    lit, amb, glow, mask = item
    # the pad glows wherever the item is not (its light through a translucent item is the item's glow)
    layer = (lit, amb, glow + (1.1 * pad * (1.0 - mask))[..., None], mask)
    linear = _lighting(layer, 1.0, 1.0)
    frame = _phone(linear, name)
    return _snapseed(frame, _keystone(mask), name)


# ---- a hive frame with wax foundation -------------------------------------------------------------------


def _hex_walls(px: np.ndarray, py: np.ndarray, a: float) -> np.ndarray:
    """0 in the middle of each hexagonal cell (``a`` px from cell to cell), 1 on its walls."""
    r3 = np.sqrt(3.0)
    best = None
    for ox, oy in ((0.0, 0.0), (a / 2, a * r3 / 2)):
        qx = np.mod(px - ox + a / 2, a) - a / 2
        qy = np.mod(py - oy + a * r3 / 2, a * r3) - a * r3 / 2
        d = qx * qx + qy * qy
        if best is None:
            best, bx, by = d, qx, qy
        else:
            closer = d < best
            best, bx, by = np.where(closer, d, best), np.where(closer, qx, bx), np.where(closer, qy, by)
    hexnorm = np.maximum(np.abs(bx), np.abs(bx) / 2 + np.abs(by) * r3 / 2) / (a / 2)
    return np.clip(hexnorm, 0, 1).astype(np.float32)


def _hive_frame(px: np.ndarray, py: np.ndarray, backlight, x0: float, y0: float, s: float, name: str):
    """A hive frame lying flat, its top bar's left lug at ``x0``, its top edge at ``y0``, ``s`` px a
    centimetre (the top bar 46 cm with its lugs): a layer. ``backlight`` is what shines up through the wax."""
    shape = px.shape
    top = (x0, y0, x0 + 46 * s, y0 + 2.4 * s)
    left_side = (x0 + 4.5 * s, y0 + 2.4 * s, x0 + 6.0 * s, y0 + 21.5 * s)
    right_side = (x0 + 40.0 * s, y0 + 2.4 * s, x0 + 41.5 * s, y0 + 21.5 * s)
    bottom = (x0 + 6.0 * s, y0 + 20.5 * s, x0 + 40.0 * s, y0 + 21.5 * s)
    wax_box = (x0 + 6.0 * s, y0 + 2.4 * s, x0 + 40.0 * s, y0 + 19.6 * s)
    # the lugs are thinner than the bar between the side bars
    lug_cut = np.maximum(
        _box(px, py, x0 - 5, y0 - 5, x0 + 4.5 * s, y0 + 0.5 * s, 0),
        _box(px, py, x0 + 41.5 * s, y0 - 5, x0 + 46 * s + 5, y0 + 0.5 * s, 0),
    )
    top_bar = np.clip(_box(px, py, *top, 0.25 * s) - lug_cut, 0, 1)
    sides = np.maximum(_box(px, py, *left_side, 0.1 * s), _box(px, py, *right_side, 0.1 * s))
    bottom_bar = _box(px, py, *bottom, 0.1 * s)
    wood = np.maximum.reduce([top_bar, sides, bottom_bar])
    grain_rows = _brushed("h52/" + name + "/pine_rows", shape, 40.0)
    grain_cols = _brushed("h52/" + name + "/pine_cols", (shape[1], shape[0]), 40.0).T
    grain = np.where(sides > 0.5, grain_cols, grain_rows)
    knots = np.clip(_fine("h52/" + name + "/knots", shape, 6.0) - 2.2, 0, 1)
    pine = _solid(_rgb(226, 196, 146), shape) * (0.93 + 0.05 * grain - 0.25 * knots)[..., None]
    # nail heads where the side bars meet the top and bottom bars
    for nx_ in (x0 + 5.25 * s, x0 + 40.75 * s):
        for ny_ in (y0 + 1.2 * s, y0 + 21.0 * s):
            nail = _ellipse(px, py, nx_, ny_, 0.22 * s, 0.22 * s)
            pine = _over(pine, _rgb(120, 120, 118), nail)
    # the bars' edges are eased: their faces turn down towards the pad at the edges
    height = _blur(wood, 0.25 * s)
    nx, ny, nz = _from_height(height * 0.6 * s)
    lambert, gloss = _shading(nx, ny, nz, _TOWARDS_KEY, _VIEW, 10.0)
    wood_layer = _paint(pine, 0.25 + 0.75 * lambert, 0.6 + 0.4 * _rim(nz), 0.03 * gloss, wood)
    # the foundation sheet: embossed hexagonal cells, translucent amber wax, three wires across it
    wax = _box(px, py, *wax_box, 0.05 * s) * (1.0 - wood)
    walls = _hex_walls(px, py, 0.54 * s)
    relief = 0.15 * s * np.clip((walls - 0.55) / 0.45, 0, 1) ** 2
    w_nx, w_ny, w_nz = _from_height(_blur(relief, 0.6))
    w_lambert, w_gloss = _shading(w_nx, w_ny, w_nz, _TOWARDS_KEY, _VIEW, 40.0)
    tone = 1.0 + 0.04 * _fine("h52/" + name + "/wax", shape, 30.0)
    yellow = _rgb(226, 178, 74)[None, None, :] * tone[..., None]
    lit = yellow * 0.55 * w_lambert[..., None] + 0.1 * w_gloss[..., None]
    through = np.array([0.95, 0.6, 0.16], dtype=np.float32)[None, None, :] * (
        0.6 - 0.32 * np.clip((walls - 0.6) / 0.4, 0, 1)
    )[..., None] * tone[..., None]
    back = backlight if np.isscalar(backlight) else np.asarray(backlight)[..., None]
    glow = through * back
    wax_layer = (lit, yellow * 0.3, glow, wax)
    layer = _put(_put(_layer(shape), wax_layer), wood_layer)
    lit, amb, glow, mask = layer
    for k in range(3):
        yw = y0 + (6.5 + 4.6 * k) * s
        wire = np.exp(-(((py - yw) / (0.05 * s)) ** 2)) * _box(px, py, x0 + 5.6 * s, yw - 5, x0 + 40.4 * s, yw + 5, 0)
        wire = wire * (1.0 - _box(px, py, *top, 0))
        lit = _over(lit, _rgb(130, 126, 118) + 0.15 * np.exp(-(((py - yw + 0.02 * s) / (0.02 * s)) ** 2))[..., None], wire)
        amb = _over(amb, _rgb(60, 60, 60), wire)
        glow = glow * (1.0 - wire)[..., None]
    # the brand stamped on the top bar
    stamp = Image.new("L", (shape[1], shape[0]), 0)
    ImageDraw.Draw(stamp).text(
        (x0 + 23 * s, y0 + 1.2 * s), "HONEYFIELD  NATIONAL DEEP", fill=255, font=_font(1.0 * s), anchor="mm"
    )
    ink = np.asarray(stamp, dtype=np.float32) / 255.0 * top_bar * 0.7
    lit = _over(lit, _rgb(70, 44, 24) * 0.9, ink)
    amb = _over(amb, _rgb(70, 44, 24), ink)
    return lit, amb, glow, mask


def hive_frame_packshot() -> Image.Image:
    """A hive frame with a sheet of beeswax foundation lying flat on the pad, an 1800 x 960 landscape (shrunk
    by the marketplace to 1440 x 768)."""
    return _packshot(
        "hive_frame",
        (1800, 960),
        lambda px, py, pad: _hive_frame(*_turn(px, py, 900.0, 480.0, -1.2), pad, 95.0, 95.0, 35.0, "frame"),
    )


# ---- a bee smoker ---------------------------------------------------------------------------------------


def _bee_smoker(px: np.ndarray, py: np.ndarray, cx: float, base: float, s: float, name: str):
    """A bee smoker on its side (or standing), its fire chamber's axis along y, its foot at ``base``, ``s`` px
    a centimetre (the chamber 10 cm across): a layer."""
    shape = px.shape
    half = 5.0 * s
    chamber = _box(px, py, cx - half, base - 18 * s, cx + half, base, 0.3 * s)
    shield_half = 5.6 * s
    shield = _box(px, py, cx - shield_half, base - 16 * s, cx + shield_half, base - 1.6 * s, 0.2 * s)
    # the lid: a cone from the chamber's rim to the spout, the spout bent towards the left
    t = np.clip((base - 18 * s - py) / (6 * s), 0, 1)
    cone_half = half * (1.0 - 0.62 * t)
    cone = np.clip(cone_half - np.abs(px - cx - 0.0) + 0.5, 0, 1) * np.clip(
        (base - 17.8 * s - py) + 0.5, 0, 1
    ) * np.clip((py - (base - 24 * s)) + 0.5, 0, 1)
    su, sv = _turn(px, py, cx, base - 23.6 * s, -32.0)
    spout = _box(su, sv, cx - 0.95 * s, base - 27.6 * s, cx + 0.95 * s, base - 23.0 * s, 0.45 * s)
    rim = _box(px, py, cx - half - 0.3 * s, base - 18.4 * s, cx + half + 0.3 * s, base - 17.6 * s, 0.2 * s)
    metal = np.maximum.reduce([chamber, cone, spout, rim])
    # brushed stainless, a cylinder across x (the cone shaded as one too)
    c_half = np.where(py < base - 18 * s, np.maximum(cone_half, 1.0), half)
    u = np.clip((px - cx) / c_half, -0.999, 0.999)
    nx, ny, nz = _unit(u, np.where(py < base - 18 * s, -0.35, 0.0), np.sqrt(1 - u**2))
    lambert, gloss = _shading(nx, ny, nz, _TOWARDS_KEY, _VIEW, 60.0)
    brushed = _brushed("h52/" + name + "/steel", (shape[1], shape[0]), 30.0).T
    steel = _solid(_rgb(172, 174, 178), shape) * (0.95 + 0.04 * brushed)[..., None]
    # a stainless cylinder mirrors the room: the ceiling bright along one line, the floor dark elsewhere
    mirror = 0.4 + 1.0 * np.exp(-(((u + 0.25) / 0.16) ** 2)) + 0.3 * np.exp(-(((u - 0.55) / 0.12) ** 2))
    layer = _put(
        _layer(shape),
        (steel * (0.22 + 0.7 * lambert * mirror)[..., None] + 0.7 * gloss[..., None],
         steel * (0.4 + 0.6 * _rim(nz))[..., None], np.zeros(shape + (3,), np.float32), metal),
    )
    # the perforated heat shield: rows of round holes through which the darker chamber shows
    su2 = np.clip((px - cx) / shield_half, -0.999, 0.999)
    arc = np.arcsin(su2) * shield_half
    pitch = 0.9 * s
    row = np.floor((py - (base - 16 * s)) / pitch)
    hx = np.mod(arc + 0.5 * pitch * np.mod(row, 2), pitch) - pitch / 2
    hy = np.mod(py - (base - 16 * s), pitch) - pitch / 2
    hole = np.clip(0.28 * s - np.hypot(hx, hy) * (1 + 0 * su2) + 0.5, 0, 1) * (np.abs(su2) < 0.93)
    band = np.maximum(
        _box(px, py, cx - shield_half, base - 16 * s, cx + shield_half, base - 14.8 * s, 0.1 * s),
        _box(px, py, cx - shield_half, base - 2.8 * s, cx + shield_half, base - 1.6 * s, 0.1 * s),
    )
    hole = hole * (1.0 - band)
    s_nx, s_ny, s_nz = _unit(su2, np.zeros_like(su2), np.sqrt(1 - su2**2))
    s_lambert, s_gloss = _shading(s_nx, s_ny, s_nz, _TOWARDS_KEY, _VIEW, 50.0)
    s_mirror = 0.4 + 1.0 * np.exp(-(((su2 + 0.2) / 0.15) ** 2))
    shield_lit = steel * (0.24 + 0.7 * s_lambert * s_mirror)[..., None] + 0.6 * s_gloss[..., None]
    shield_lit = shield_lit * (1.0 - 0.75 * hole)[..., None]
    layer = _put(layer, (shield_lit, steel * (0.4 + 0.6 * _rim(s_nz) - 0.3 * hole)[..., None],
                         np.zeros(shape + (3,), np.float32), shield))
    # the bellows beside it: two stained boards hinged at the bottom, brown leatherette pleated between
    inner_x = cx + shield_half + 0.6 * s
    bottom_y, top_y = base - 1.0 * s, base - 17.0 * s
    spread = 7.0 * s
    fy = np.clip((bottom_y - py) / (bottom_y - top_y), 0, 1)
    within = np.clip(py - top_y + 0.5, 0, 1) * np.clip(bottom_y - py + 0.5, 0, 1)
    outer_x = inner_x + 1.2 * s + spread * fy
    inner_board = _box(px, py, inner_x, top_y, inner_x + 1.0 * s, bottom_y, 0.15 * s)
    outer_board = np.clip(0.5 * s - np.abs(px - (outer_x + 0.5 * s)) + 0.5, 0, 1) * within
    leather = np.clip(px - (inner_x + 1.0 * s) + 0.5, 0, 1) * np.clip(outer_x - px + 0.5, 0, 1) * within
    pleat_phase = (px - inner_x - 1.0 * s) / np.maximum(outer_x - inner_x - 1.0 * s, 1.0)
    pleats = np.cos(2 * np.pi * pleat_phase * 4.0)
    hide = _solid(_rgb(88, 52, 30), shape) * (0.8 + 0.2 * pleats + 0.05 * _fine("h52/" + name + "/hide", shape, 1.2))[..., None]
    l_nx, _, l_nz = _unit(0.5 * np.sin(2 * np.pi * pleat_phase * 4.0), np.zeros(shape, np.float32), np.ones(shape, np.float32))
    l_lambert, l_gloss = _shading(l_nx, np.zeros(shape, np.float32), l_nz, _TOWARDS_KEY, _VIEW, 20.0)
    layer = _put(layer, _paint(hide, 0.3 + 0.7 * l_lambert, np.full(shape, 0.6, np.float32), 0.06 * l_gloss, leather))
    boards = np.maximum(inner_board, outer_board)
    stain = _solid(_rgb(136, 88, 48), shape) * (0.92 + 0.06 * _brushed("h52/" + name + "/board", (shape[1], shape[0]), 30.0).T)[..., None]
    layer = _put(layer, _paint(stain, np.full(shape, 0.85, np.float32), np.full(shape, 0.7, np.float32),
                               np.zeros(shape, np.float32), boards))
    # the hinge strap at the bottom and the label on the outer board's edge face (printed along it)
    hinge = np.maximum(
        _box(px, py, inner_x - 0.2 * s, bottom_y - 0.6 * s, inner_x + 2.6 * s, bottom_y + 0.3 * s, 0.15 * s),
        # the air tube from the bellows into the chamber, low down
        _box(px, py, cx + shield_half - 2.0, base - 4.4 * s, inner_x + 2.0, base - 3.4 * s, 0.2 * s),
    )
    layer = _put(layer, _paint(_solid(_rgb(110, 110, 112), shape), np.full(shape, 0.8, np.float32),
                               np.full(shape, 0.6, np.float32), np.zeros(shape, np.float32), hinge))
    label_box = (cx - 3.6 * s, base - 13.6 * s, cx + 3.6 * s, base - 5.0 * s)
    label = _box(px, py, *label_box, 0.3 * s)
    art = Image.new("RGB", (shape[1], shape[0]), (238, 206, 68))
    d = ImageDraw.Draw(art)
    lx = cx
    d.text((lx, base - 11.8 * s), "HONEYFIELD", fill=(30, 24, 16), font=_font(1.05 * s), anchor="mm")
    d.text((lx, base - 10.0 * s), "BEE SMOKER", fill=(30, 24, 16), font=_font(1.1 * s), anchor="mm")
    d.text((lx, base - 8.2 * s), "stainless steel", fill=(60, 50, 30), font=_font(0.75 * s), anchor="mm")
    d.text((lx, base - 6.6 * s), "with heat guard", fill=(60, 50, 30), font=_font(0.75 * s), anchor="mm")
    # the label is riveted on the heat shield, between its bands (no holes under it)
    printed = np.asarray(art, dtype=np.float32) / 255.0
    label_lambert = 0.35 + 0.65 * s_lambert
    layer = _put(layer, _paint(printed, label_lambert, 0.5 + 0.5 * s_nz, 0.25 * s_gloss, label))
    return layer


def bee_smoker_packshot() -> Image.Image:
    """A bee smoker lying on its side on the pad, a 1200 x 1500 portrait (shrunk by the marketplace to
    1152 x 1440)."""
    return _packshot(
        "bee_smoker",
        (1200, 1500),
        lambda px, py, pad: _bee_smoker(*_turn(px, py, 600.0, 750.0, 2.0), 470.0, 1330.0, 40.0, "smoker"),
    )


# ---- a hive tool ----------------------------------------------------------------------------------------


def _hive_tool(px: np.ndarray, py: np.ndarray, x0: float, x1: float, yc: float, w: float, degrees: float, name: str):
    """A J-hook hive tool from its hook at ``x0`` to its blade at ``x1`` along ``yc``, the bar ``w`` px
    either side of its middle, turned ``degrees``: a layer."""
    shape = px.shape
    u, v = _turn(px, py, (x0 + x1) / 2.0, yc, degrees)
    length = x1 - x0
    a = (u - x0) / length
    # the blade widens a little and is bevelled to a straight edge
    half = w * np.interp(a, [0.0, 0.8, 0.95, 1.0], [1.0, 1.0, 1.18, 1.22])
    bar = np.clip(half - np.abs(v - yc) + 0.5, 0, 1) * np.clip(u - x0 + 0.5, 0, 1) * np.clip(x1 - u + 0.5, 0, 1)
    # the J hook: a curled claw at the left end, curving down and back under the bar
    r = np.hypot(u - x0, v - (yc + 0.9 * w))
    hook = np.clip(1.9 * w - r + 0.5, 0, 1) * np.clip(r - 0.75 * w + 0.5, 0, 1) * np.clip(x0 - u + 0.5, 0, 1)
    tip = _box(u, v, x0 - 0.2 * w, yc + 1.6 * w, x0 + 1.0 * w, yc + 2.8 * w, 0.5 * w)
    tip = tip * np.clip(x0 + 1.0 * w - u + 0.5, 0, 1)
    steel_mask = np.clip(np.maximum.reduce([bar, hook, tip]), 0, 1)
    # the nail slot near the hook: a hole through the bar
    slot = _box(u, v, x0 + 0.07 * length, yc - 0.22 * w, x0 + 0.16 * length, yc + 0.22 * w, 0.22 * w)
    mask = np.clip(steel_mask - slot, 0, 1)
    # flat steel: its normal is up, the edges and bevel turn down a little
    bevel = np.clip((a - 0.9) / 0.1, 0, 1)
    edge = np.clip(1.0 - (half - np.abs(v - yc)) / (0.12 * w), 0, 1) * bar
    tilt_v = 0.6 * edge * np.sign(v - yc)
    bx, by = np.cos(np.deg2rad(degrees)), np.sin(np.deg2rad(degrees))
    nx, ny, nz = _unit(0.4 * bevel * bx - tilt_v * by, 0.4 * bevel * by + tilt_v * bx, np.ones(shape, np.float32))
    lambert, gloss = _shading(nx, ny, nz, _TOWARDS_KEY, _VIEW, 30.0)
    brushed = _brushed("h52/" + name + "/steel", shape, 50.0)
    steel = _solid(_rgb(160, 162, 166), shape) * (0.93 + 0.05 * brushed)[..., None]
    red_zone = np.clip((a - 0.3) * length + 0.5, 0, 1) * np.clip((0.78 - a) * length + 0.5, 0, 1)
    red = _solid(_rgb(196, 32, 28), shape) * (1.0 + 0.03 * _fine("h52/" + name + "/coat", shape, 1.5))[..., None]
    albedo = _over(steel, red, red_zone)
    # the steel mirrors the ceiling as a soft band along the bar; the powder coat only has a sheen
    mirror = 0.4 + 0.8 * np.exp(-(((v - yc + 0.3 * w) / (0.45 * w)) ** 2))
    shine = np.where(red_zone > 0.5, 0.35 + 0.65 * lambert, (0.3 + 0.5 * lambert) * mirror)
    lit = albedo * shine[..., None] + (0.5 * (1 - red_zone) + 0.12 * red_zone)[..., None] * gloss[..., None]
    amb = albedo * (0.5 + 0.5 * _rim(nz))[..., None]
    # the brand printed white on the powder coat
    art = Image.new("L", (shape[1], shape[0]), 0)
    ImageDraw.Draw(art).text(((x0 + x1) / 2.0 - 0.02 * length, yc), "HONEYFIELD", fill=255, font=_font(1.1 * w), anchor="mm")
    from scipy import ndimage

    printed = ndimage.map_coordinates(np.asarray(art, dtype=np.float32) / 255.0, [v, u], order=1, mode="constant")
    printed = printed * red_zone * 0.9
    lit = _over(lit, _rgb(230, 230, 226) * 0.85, printed)
    amb = _over(amb, _rgb(230, 230, 226), printed)
    return lit, amb, np.zeros_like(lit), mask


def hive_tool_packshot() -> Image.Image:
    """A J-hook hive tool lying along the pad, thin in a 2300 x 400 strip (shrunk by the marketplace to
    1440 x 250)."""
    return _packshot(
        "hive_tool",
        (2300, 400),
        lambda px, py, pad: _hive_tool(px, py, 260.0, 2010.0, 185.0, 52.0, -1.3, "tool"),
    )


# ---- a queen cage ---------------------------------------------------------------------------------------


def _queen_cage(px: np.ndarray, py: np.ndarray, backlight, cx: float, cy: float, s: float, degrees: float, name: str):
    """A wooden three-hole queen cage lying flat, mesh up, round (cx, cy), ``s`` px a centimetre (9 x 3.2 cm),
    turned ``degrees``: a layer. ``backlight`` shines up through the mesh."""
    shape = px.shape
    u, v = _turn(px, py, cx, cy, degrees)
    block = _box(u, v, cx - 4.5 * s, cy - 1.6 * s, cx + 4.5 * s, cy + 1.6 * s, 0.15 * s)
    # the cork, a little proud of the right end; the candy end on the left
    cork = _box(u, v, cx + 4.3 * s, cy - 0.45 * s, cx + 4.85 * s, cy + 0.45 * s, 0.12 * s)
    mask = np.maximum(block, cork)
    grain = _brushed("h52/" + name + "/grain", shape, 25.0)
    wood = _solid(_rgb(222, 200, 160), shape) * (0.94 + 0.05 * grain)[..., None]
    height = _blur(block, 0.15 * s)
    nx, ny, nz = _from_height(height * 0.3 * s)
    lambert, gloss = _shading(nx, ny, nz, _TOWARDS_KEY, _VIEW, 10.0)
    lit = wood * (0.25 + 0.75 * lambert)[..., None]
    amb = wood * (0.6 + 0.4 * _rim(nz))[..., None]
    glow = np.zeros_like(lit)
    # the three chambers, round holes through the block, under the mesh
    chambers = np.zeros(shape, np.float32)
    for k in (-2.55, 0.0, 2.55):
        chambers = np.maximum(chambers, _ellipse(u, v, cx + k * s, cy, 1.12 * s, 1.12 * s))
    weave = np.maximum(
        np.exp(-(((np.mod(u - cx, 0.32 * s) - 0.16 * s) / (0.035 * s)) ** 2)),
        np.exp(-(((np.mod(v - cy, 0.32 * s) - 0.16 * s) / (0.035 * s)) ** 2)),
    )
    back = backlight if np.isscalar(backlight) else np.asarray(backlight)[..., None]
    # through a chamber: the pad's light where no wire is
    open_light = (1.0 - weave) * 0.85
    lit = _over(lit, _rgb(150, 150, 150) * 0.5 * (0.3 + 0.7 * lambert)[..., None], chambers * weave)
    lit = lit * (1.0 - chambers * (1.0 - weave))[..., None]
    amb = _over(amb, _rgb(90, 90, 90), chambers)
    glow = glow + (chambers * open_light)[..., None] * back
    # the mesh's folded edge and its staples
    mesh_edge = np.clip(
        _box(u, v, cx - 4.0 * s, cy - 1.42 * s, cx + 4.0 * s, cy + 1.42 * s, 0.1 * s)
        - _box(u, v, cx - 3.85 * s, cy - 1.3 * s, cx + 3.85 * s, cy + 1.3 * s, 0.1 * s),
        0,
        1,
    )
    lit = _over(lit, _rgb(168, 168, 166), mesh_edge * 0.8)
    for sx in (-3.9, -1.27, 1.27, 3.9):
        for sy in (-1.36, 1.36):
            staple = _box(u, v, cx + sx * s - 0.07 * s, cy + sy * s - 0.3 * s, cx + sx * s + 0.07 * s, cy + sy * s + 0.3 * s, 0.05 * s)
            lit = _over(lit, _rgb(200, 200, 204) + 0.2, staple)
    # white queen candy filling the left chamber under the mesh (no light through it), the cork at the right
    candy = _ellipse(u, v, cx - 2.55 * s, cy, 1.1 * s, 1.1 * s)
    fondant = _rgb(244, 240, 228) * (0.9 + 0.05 * _fine("h52/" + name + "/candy", shape, 2.0))[..., None]
    lit = _over(lit, _over(fondant * 0.85, _rgb(150, 150, 150) * 0.5, weave), candy)
    amb = _over(amb, _rgb(200, 198, 190), candy)
    glow = glow * (1.0 - candy)[..., None]
    cork_col = _solid(_rgb(176, 128, 84), shape) * (0.85 + 0.25 * np.clip(_fine("h52/" + name + "/cork", shape, 0.8), -1, 1))[..., None]
    lit = _over(lit, cork_col * 0.85, cork)
    amb = _over(amb, cork_col, cork)
    # a stamped date and a pencilled colour code on the wood
    art = Image.new("L", (shape[1], shape[0]), 0)
    ImageDraw.Draw(art).text((cx, cy + 1.5 * s), "2024  blue", fill=255, font=_font(0.38 * s), anchor="mm")
    from scipy import ndimage

    pencil = ndimage.map_coordinates(np.asarray(art, dtype=np.float32) / 255.0, [v, u], order=1, mode="constant")
    pencil = pencil * block * (1.0 - chambers) * 0.6
    lit = _over(lit, _rgb(70, 70, 76) * 0.7, pencil)
    return lit, amb, glow, mask


def queen_cage_packshot() -> Image.Image:
    """A wooden queen cage lying flat, small on the pad in a 1400 x 1260 landscape."""
    return _packshot(
        "queen_cage",
        (1400, 1260),
        lambda px, py, pad: _queen_cage(px, py, pad, 680.0, 650.0, 37.0, -8.0, "cage"),
    )


# ---- the shop's counter ---------------------------------------------------------------------------------


def beekeeping_scene() -> Image.Image:
    """The smoker standing, the hive frame, the hive tool and the queen cage on the shop's pine counter, the
    shelves of hive boxes behind, a 1200 x 1600 portrait (shrunk by the marketplace to 1080 x 1440)."""
    w, h = 1200, 1600
    px, py = _grid(w, h)
    shape = px.shape
    ledge = 780.0
    # the wall: cream paint, a yellow poster, shelves of stacked white-painted hive boxes, a roll of foundation
    wall = _solid(_rgb(228, 218, 196), shape) * (0.97 + 0.02 * _fine("h52/scene/wall", shape, 40.0))[..., None]
    poster = _box(px, py, 80, 90, 380, 480, 4)
    wall = _over(wall, _rgb(240, 196, 50), poster)
    art = Image.new("RGB", (w, h), (0, 0, 0))
    d = ImageDraw.Draw(art)
    d.text((230, 160), "HONEYFIELD", fill=(255, 255, 255), font=_font(40), anchor="mm")
    d.text((230, 220), "BEEKEEPING", fill=(255, 255, 255), font=_font(34), anchor="mm")
    d.text((230, 270), "SUPPLIES", fill=(255, 255, 255), font=_font(34), anchor="mm")
    ink = (np.asarray(art, dtype=np.float32)[..., 0] / 255.0) * poster
    wall = _over(wall, _rgb(60, 40, 16), ink)
    for hy in (330.0, 400.0, 440.0):
        wall = _over(wall, _rgb(60, 40, 16), _box(px, py, 130, hy, 330, hy + 8, 3) * poster)
    for shelf_y in (300.0, 640.0):
        board = _box(px, py, 440, shelf_y, 1200, shelf_y + 26, 2)
        wall = _over(wall, _rgb(184, 150, 108), board)
        wall = wall * (1.0 - 0.25 * np.exp(-np.clip(py - shelf_y - 26, 0, None) / 12.0) * (px > 440) * (py > shelf_y + 26))[..., None]
        for k, bx in enumerate((470.0, 720.0, 970.0)):
            box_h = 110.0 if k != 1 else 150.0
            for level in range(2):
                top_y = shelf_y - box_h * (level + 1)
                if top_y < 0 and shelf_y < 400:
                    continue
                hive = _box(px, py, bx, top_y + 3, bx + 220, top_y + box_h, 2)
                shade = 0.92 - 0.08 * level + 0.012 * _fine("h52/scene/paint", shape, 20.0)
                wall = _over(wall, _rgb(236, 236, 230) * shade[..., None], hive)
                hand = _box(px, py, bx + 80, top_y + 0.35 * box_h, bx + 140, top_y + 0.35 * box_h + 14, 6)
                wall = _over(wall, _rgb(150, 148, 140), hand * hive)
    roll = _box(px, py, 1140, 90, 1200, 290, 20)
    wall = _over(wall, _rgb(214, 168, 72) * (0.85 + 0.15 * np.cos((px - 1170) / 30.0))[..., None], roll)
    back = (wall, wall, np.zeros_like(wall), np.zeros(shape, np.float32))
    # the counter: pale pine boards running away from the camera, seen from above at an angle
    grain = _brushed("h52/scene/counter", (shape[1], shape[0]), 120.0).T
    seams = np.exp(-(((np.mod(px - 40 + 0.18 * (py - ledge), 210.0)) / 2.0) ** 2))
    pine = _solid(_rgb(206, 168, 116), shape) * (0.93 + 0.05 * grain - 0.4 * seams)[..., None]
    edge = _box(px, py, -10, ledge - 6, w + 10, ledge + 6, 2)
    pine = _over(pine, _rgb(150, 110, 70), edge)
    on_counter = np.clip(py - ledge + 6.5, 0, 1)
    layer = _put(back, (pine, pine, np.zeros_like(pine), on_counter))
    # the items: lying ones foreshortened (seen at about 40 degrees)
    k = 1.0 / 0.62
    frame_y0 = 900.0
    frame = _hive_frame(px, frame_y0 + (py - frame_y0) * k, 0.12, 80.0, frame_y0, 14.0, "scene/frame")
    tool = _hive_tool(px, 1330 + (py - 1330) * k, 180.0, 900.0, 1330.0, 22.0, 8.0, "scene/tool")
    cage = _queen_cage(px, 1450 + (py - 1450) * k, 0.1, 930.0, 1450.0, 24.0, -20.0, "scene/cage")
    smoker = _bee_smoker(px, py, 860.0, 1060.0, 17.0, "scene/smoker")
    items = (frame, tool, cage, smoker)
    contact = np.zeros(shape, np.float32)
    for item in items:
        from scipy import ndimage

        shifted = ndimage.shift(item[3], (14, -6), order=0, mode="constant")
        contact = np.maximum(contact, _blur(shifted, 9.0))
    for item in items:
        layer = _put(layer, item)
    covered = np.clip(sum(item[3] for item in items), 0, 1)
    # the ceiling panels light the counter evenly; the window to the left brightens it a little that side
    keymap = (0.95 + 0.12 * (1.0 - px / w)) * (1.0 - 0.45 * contact * (1.0 - covered))
    keymap = np.where(py < ledge, 0.82 + 0.1 * (py / ledge), keymap)
    linear = _lighting(layer, keymap, 0.0)
    frame_px = _phone(linear * 1.05, "scene", keystone=False)
    return _market(Image.fromarray(np.clip(frame_px + 0.5, 0, 255).astype(np.uint8)))
