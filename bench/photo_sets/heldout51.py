"""``heldout51``'s pictures: four products a country saddlery and tack shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop of an old compact camera's photo: a 16:9 landscape of
  1600 x 900 (dandy brush; shrunk by the marketplace to 1400 x 788), a 2:3 portrait of 1000 x 1500 (fly
  spray; shrunk to 933 x 1400), a 6:1 strip of 2400 x 400 (riding crop, thin in it; shrunk to 1400 x 233)
  and a 1:1 square of 1200 x 1200 (curry comb, small in it; kept at 1200 x 1200); the scene is a 3:2
  landscape of 1500 x 1000 (shrunk to 1400 x 933);
- the canvases they are padded onto (``PADDING``): a 1:0.74 landscape with a moderate margin round the dandy
  brush's wide picture (and round the scene), a 1:1.36 portrait round the fly spray's tall picture, a 1:0.3
  banner a little wider than the riding crop's long picture, and a 1:1.12 canvas whose width is 2.55 times
  the width of the curry comb's small picture (which covers about 10 % of it); every padded picture covers
  at least 8 % of its canvas;
- a dandy brush lying on its side: a varnished beech stock with its grain, a finger groove along its side and
  the shop's brand burnt into it, a thick block of stiff straw-coloured union-fibre bristles set in tufts,
  each strand a fine line, their tips ragged and a little splayed (a product with fine texture); a 500 ml
  fly repellent spray standing upright: a white bottle with rounded shoulders, a glossy wrap-round label with
  a green band, a white horse's head logo in a ring, the brand, "FLY REPELLENT SPRAY", lines of small print
  and "500 ml", a dark green trigger sprayer with a white trigger (a product with printed text and a logo);
  a riding crop lying along the board, thin in its strip: a chromed end knob, a black rubber grip with fine
  diamond knurling, a tan leather keeper, a navy-black braided shaft tapering to a black leather popper (a
  thin product); a black rubber curry comb lying teeth up, small in its square: an oval plate with four
  concentric rings of serrated teeth and a fabric hand strap showing at its ends (a small, dark matte
  product);
- every packshot is the shop's old compact camera's photo (a ten-megapixel CCD point-and-shoot) with its
  built-in flash, in the tack room under warm tungsten bulbs: the item on a sheet of white mounting board
  on the feed bin's lid (a second sheet propped behind the spray), lit almost head-on by the flash just above
  and to the left of the lens (flat shading, the flash as a small hot spot where a glossy face looks back at
  the camera, a narrow hard shadow along the item's lower right edge, the board brightest in the middle of
  the frame and falling off by about a third towards the corners); the tungsten bulbs a weak warm fill (the
  camera balanced for the flash, so the shadows look orange); its zoom's slight barrel distortion, soft
  corners, purple fringing on bright edges, the CCD's luma and chroma noise at ISO 200, light noise
  reduction and strong sharpening with halos, a JPEG at quality 94 with 4:2:2 chroma; the seller's edit in
  PowerPoint on the shop's computer: Picture Corrections at Brightness +12 % and Contrast +20 %, then Remove
  Background (its outline a pixel or two off the item's, jagged, the hard shadow kept where it lies against
  the item, small patches of board the item encloses kept, larger ones marked for removal), saved with
  "Save as Picture" as a PNG with the background transparent; the marketplace flattens the PNG onto white,
  shrinks what is longer than 1400 px to 1400 px and re-encodes it as a JPEG at quality 83 with 4:2:0
  chroma;
- one full-frame scene: the dandy brush, the fly spray, the riding crop and the curry comb on the tack
  room's worn oak counter, the wall of dark stained boards behind with two saddles on their racks, a bridle
  on a hook and a red rosette falling off into the dark behind the flash's reach, lit by the same flash and
  bulbs, not edited, the camera's JPEG re-encoded by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the board, a
shadow or a patch Remove Background kept), for the bench's clipping scope.
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
from bench.photo_sets.heldout49 import _cast, _layer, _paint, _put, _shading, _unit

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "dandy_brush": (900, 1.28, 0.74),
    "fly_spray": (840, 1.22, 1.36),
    "riding_crop": (980, 1.09, 0.3),
    "curry_comb": (320, 2.55, 1.12),
}

_MASKS: dict[str, np.ndarray] = {}

# the camera's flash (the key) and the tack room's tungsten bulbs (the fill), as the camera balanced them
_FLASH = np.array([1.0, 0.985, 0.96], dtype=np.float32)
_BULBS = np.array([0.17, 0.11, 0.052], dtype=np.float32)
# the camera's auto white balance makes the board neutral under both (so what only the bulbs light is orange)
_BALANCE = (_FLASH + _BULBS)[1] / (_FLASH + _BULBS)
_EXPOSURE = 0.72
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
# the flash's direction in the picture (x right, y down, z towards the camera): just above left of the lens
_TOWARDS_FLASH = np.array([-0.1, -0.14, 0.985], dtype=np.float32) / float(
    np.linalg.norm([-0.1, -0.14, 0.985])
)
_VIEW = np.array([0.0, 0.0, 1.0], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout51/" + name).encode()))


def _font(size: float) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _cylinder(px: np.ndarray, cx: float, half: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normals of an upright cylinder ``half`` px wide each side of ``cx``."""
    u = np.clip((px - cx) / half, -0.999, 0.999)
    return _unit(u, np.zeros_like(u), np.sqrt(np.clip(1.0 - u**2, 0.0004, 1)))


def _from_height(height: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    gy, gx = np.gradient(height)
    return _unit(-gx, -gy, np.ones_like(height))


# ---- the board, the flash, the camera, PowerPoint and the marketplace -------------------------------------


def _board(name: str, w: int, h: int):
    """The sheet of white mounting board filling the frame: its grid and layer (a faint tooth)."""
    px, py = _grid(w, h)
    shape = px.shape
    tone = 0.88 + 0.005 * _fine(name + "/tooth", shape, 0.8) + 0.004 * _fine(name + "/cloud", shape, 60.0)
    albedo = tone[..., None] * np.array([1.0, 0.998, 0.992], dtype=np.float32)
    return px, py, (albedo, albedo.copy(), np.zeros_like(albedo), np.zeros(shape, dtype=np.float32))


def _flash_pool(px: np.ndarray, py: np.ndarray, w: int, h: int) -> np.ndarray:
    """The flash's light over the frame: brightest a little up and left of the middle, about a third darker
    in the corners."""
    r2 = ((px - 0.47 * w) ** 2 + (py - 0.46 * h) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    return 1.0 / (1.0 + 0.55 * r2)


def _lighting(layer, flashmap: np.ndarray, fillmap: np.ndarray | float = 1.0) -> np.ndarray:
    """The linear light the camera sees off ``layer``, exposed for the flash."""
    lit, amb, glow, _ = layer
    fill = fillmap if np.isscalar(fillmap) else np.asarray(fillmap)[..., None]
    light = lit * _FLASH * flashmap[..., None] + amb * _BULBS * fill + glow
    return light * _BALANCE * _EXPOSURE


def _barrel(values: np.ndarray, k: float = -0.018) -> np.ndarray:
    """The zoom's slight barrel distortion (the middle swollen, the corners pulled in)."""
    from scipy import ndimage

    h, w = values.shape[:2]
    px, py = _grid(w, h)
    nx, ny = (px - w / 2) / (w / 2), (py - h / 2) / (h / 2)
    r2 = (nx**2 + ny**2) / 2.0
    f = 1.0 + k * r2
    sx, sy = w / 2 + nx * f * (w / 2), h / 2 + ny * f * (h / 2)
    if values.ndim == 2:
        return ndimage.map_coordinates(values, [sy, sx], order=1, mode="nearest").astype(np.float32)
    return np.stack(
        [ndimage.map_coordinates(values[..., c], [sy, sx], order=1, mode="nearest") for c in range(3)],
        axis=-1,
    ).astype(np.float32)


def _camera(linear: np.ndarray, name: str) -> np.ndarray:
    """The compact's JPEG of ``linear`` light: barrel distortion, soft corners, purple fringes on bright
    edges, CCD noise at ISO 200, light noise reduction, strong sharpening, a JPEG at quality 94 with 4:2:2
    chroma. Its levels, 0..255."""
    h, w = linear.shape[:2]
    px, py = _grid(w, h)
    r2 = ((px - w / 2) ** 2 + (py - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    linear = _barrel(linear)
    soft = _blur(linear, (1.8, 1.8, 0))
    linear = _blur(linear, (0.75, 0.75, 0))
    corner = np.clip(r2 - 0.3, 0, 1)[..., None]
    linear = linear * (1.0 - corner) + soft * corner
    # purple fringing: bright parts bleed violet into the dark side of their edges
    luma = linear @ _LUMA
    bright = _blur(np.clip(luma - 0.55, 0, None), 2.5)
    dark = np.clip(1.0 - luma / 0.35, 0, 1)
    linear = linear + (0.5 * bright * dark)[..., None] * np.array([0.45, 0.05, 0.8], dtype=np.float32)
    # the camera's tone curve: sRGB-like with a little more contrast and a soft shoulder
    linear = np.where(linear < 0.85, linear, 0.85 + 0.15 * np.tanh((linear - 0.85) / 0.15))
    values = np.power(np.clip(linear, 0, None), 0.9)
    values = values + 0.08 * (values - 0.5) * (1 - np.abs(2 * values - 1))
    sigma = np.sqrt(0.00003 + 0.00012 * np.clip(values, 0, 1))
    rng = _rng(name + "/ccd")
    noisy = values + rng.normal(0, 1, values.shape[:2]).astype(np.float32)[..., None] * sigma
    noisy = noisy + rng.normal(0, 1, values.shape).astype(np.float32) * sigma * 0.8
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (1.1, 1.1, 0))
    y = 0.6 * y + 0.4 * _blur(y, 0.7)
    y = y + 1.1 * (y - _blur(y, 1.6))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=94, subsampling=1)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: what is longer than 1400 px shrunk to 1400 px, a JPEG at quality 83 with 4:2:0
    chroma."""
    if max(image.size) > 1400:
        ratio = 1400 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=83, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _powerpoint(frame: np.ndarray, mask: np.ndarray, shadow: np.ndarray, name: str) -> Image.Image:
    """The seller's edit in PowerPoint: Picture Corrections (Brightness +12 %, Contrast +20 %), Remove
    Background (a jagged outline a pixel or two off the item's, the hard shadow kept where it lies against
    the item, small enclosed patches of board kept), Save as Picture as a PNG with the background transparent;
    the marketplace flattens it onto white and re-encodes it."""
    from scipy import ndimage

    x = frame / 255.0
    x = np.clip((x + 0.12 - 0.5) * 1.2 + 0.5, 0, 1)
    item = mask > 0.5
    near = ndimage.binary_dilation(item, iterations=7)
    kept = item | (near & (shadow > 0.55))
    # small patches of board the item encloses stay (the seller marked only the large ones for removal)
    holes = ndimage.binary_fill_holes(kept) & ~kept
    labels, count = ndimage.label(holes)
    if count:
        sizes = ndimage.sum(holes, labels, index=np.arange(1, count + 1))
        small = np.isin(labels, np.nonzero(sizes < 2500)[0] + 1)
        kept = kept | small
    # its outline: the segmentation's, a pixel or two off the item's and jagged
    wobble = _fine(name + "/outline", kept.shape, 3.0)
    soft = _blur(kept.astype(np.float32), 1.6) + 0.11 * wobble
    kept = soft > 0.5
    alpha = np.clip(_blur(kept.astype(np.float32), 0.6), 0, 1)[..., None]
    flat = x * alpha + (1.0 - alpha)
    image = Image.fromarray(np.clip(flat * 255.0 + 0.5, 0, 255).astype(np.uint8))
    image = _market(image)
    drawn = Image.fromarray((np.clip(mask, 0, 1) * 255.0).astype(np.uint8))
    if drawn.size != image.size:
        drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
    _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _packshot(name: str, size: tuple[int, int], draw, drop: tuple[float, float]) -> Image.Image:
    """A packshot of the item ``draw(px, py)`` gives (a layer) on the board, with the flash."""
    w, h = size
    px, py, board = _board(name, w, h)
    item = draw(px, py)
    mask = item[3]
    cast = _cast(mask, drop[0], drop[1], 1.2) * (1.0 - mask)
    flashmap = _flash_pool(px, py, w, h) * (1.0 - 0.82 * cast)
    # the bulbs light the board from above: a little more towards the top
    fillmap = 0.8 + 0.4 * (1.0 - py / h)
    layer = _put(board, item)
    linear = _lighting(layer, flashmap, fillmap)
    frame = _camera(linear, name)
    shadow = _barrel(cast)
    return _powerpoint(frame, _barrel(mask), shadow, name)


# ---- a dandy brush --------------------------------------------------------------------------------------


def _dandy_brush(px: np.ndarray, py: np.ndarray, x0: float, x1: float, top: float, s: float, name: str):
    """A dandy brush lying on its side, its stock from ``x0`` to ``x1`` with its back at ``top``, ``s`` px a
    unit (the stock 1 unit deep, the bristles 1.05 units long): a layer."""
    shape = px.shape
    length = x1 - x0
    stock_bottom = top + s
    stock = _box(px, py, x0, top, x1, stock_bottom, 0.32 * s)
    # the stock's side is rounded over its back and front edges: a cylinder across y
    v = np.clip((py - (top + 0.5 * s)) / (0.5 * s), -0.999, 0.999)
    groove = np.exp(-(((py - (top + 0.52 * s)) / (0.09 * s)) ** 2)) * _box(
        px, py, x0 + 0.07 * length, top, x1 - 0.07 * length, stock_bottom, 0.05 * s
    )
    ny = 0.75 * v + 0.5 * np.gradient(groove, axis=0) * s / 4
    nx, ny, nz = _unit(
        0.3
        * np.clip((np.abs(px - (x0 + x1) / 2) - 0.46 * length) / (0.04 * length), 0, 1)
        * np.sign(px - (x0 + x1) / 2),
        ny,
        np.sqrt(np.clip(1 - (0.75 * v) ** 2, 0.05, 1)),
    )
    grain = _brushed(name + "/grain", shape, 70.0)
    fleck = _fine(name + "/fleck", shape, 1.2)
    beech = _rgb(190, 132, 80)[None, None, :] * (0.93 + 0.05 * grain + 0.025 * fleck)[..., None]
    beech = beech * (1.0 - 0.35 * groove)[..., None]
    # the brand burnt into the side
    brand = _text_mask(shape, (x0 + x1) / 2, top + 0.28 * s, "SADDLERS' OWN", 0.26 * s)
    brand = np.maximum(brand, _text_mask(shape, (x0 + x1) / 2, top + 0.78 * s, "DANDY  No 3", 0.2 * s))
    beech = _over(beech, _rgb(70, 38, 20), 0.85 * _blur(brand, 0.6))
    lambert, gloss = _shading(nx, ny, nz, _TOWARDS_FLASH, _VIEW, 70.0)
    wood = _paint(beech, 0.3 + 0.7 * lambert, 0.5 + 0.5 * nz, 0.55 * gloss, stock)
    # the bristles: tufts set in the stock's front edge, splayed a little towards ragged tips
    rng = _rng(name + "/tips")
    cols = np.arange(shape[1], dtype=np.float32)
    ragged = np.interp(cols, np.arange(0, shape[1], 6), rng.normal(0, 1, len(range(0, shape[1], 6))))
    ragged = ragged + 0.6 * rng.normal(0, 1, shape[1])
    tip = stock_bottom + 1.05 * s + 0.045 * s * ragged[None, :]
    t = np.clip((py - stock_bottom) / (1.05 * s), 0, 1)
    left = x0 + 0.05 * length - 0.035 * length * t
    right = x1 - 0.05 * length + 0.035 * length * t
    field = (
        np.clip(py - stock_bottom + 0.3 * s + 0.5, 0, 1)
        * np.clip(tip - py + 0.5, 0, 1)
        * np.clip(px - left + 0.5, 0, 1)
        * np.clip(right - px + 0.5, 0, 1)
    )
    # strands: each a fine line along the bristle's splay, of its own shade
    splay = (px - (x0 + x1) / 2) / (0.5 * length)
    along = px - 0.035 * length * splay * t  # where the strand is rooted
    strands = _brushed(name + "/strands", (shape[1], shape[0]), 40.0).T
    strands = 0.6 * strands + 0.4 * np.interp(along, cols, _fine(name + "/hair", (1, shape[1]), 0.7)[0])
    tufts = 0.5 + 0.5 * np.cos(2 * np.pi * (along - x0) / (0.16 * s))
    gaps = np.exp(-t * 6.0) * (1.0 - tufts)  # the gaps between tufts near the stock
    straw = _rgb(214, 186, 128)
    dark = _rgb(120, 92, 58)
    # each strand's own shade: a value per root, drifting a little along the strand
    shade = np.interp(along, cols, _fine(name + "/dark", (1, shape[1]), 1.2)[0])
    shade = shade + 0.25 * _fine(name + "/drift", shape, 6.0)
    mix = np.clip(0.55 + 0.4 * shade + 0.25 * strands, 0, 1)
    hair = _over(dark[None, None, :] * np.ones(shape + (1,), np.float32), straw, mix)
    hair = hair * (0.78 + 0.13 * strands - 0.35 * gaps)[..., None] * (0.9 + 0.1 * t)[..., None]
    # the strands' own round sections shine a little across them
    shine = np.clip(strands, 0, None) ** 2 * 0.05
    bristle = (
        hair * (0.85 + 0.15 * np.clip(strands, -1, 1))[..., None] + shine[..., None],
        hair * 0.8,
        np.zeros_like(hair),
        field * (1.0 - stock),
    )
    layer = _put(_layer(shape), bristle)
    return _put(layer, wood)


def _text_mask(shape: tuple[int, int], x: float, y: float, text: str, size: float) -> np.ndarray:
    """Antialiased text of ``size`` px centred at (x, y) (drawn 3x and shrunk): a 0..1 mask."""
    h, w = shape
    f = 3
    canvas = Image.new("L", (w * f, h * f), 0)
    ImageDraw.Draw(canvas).text((x * f, y * f), text, fill=255, font=_font(size * f), anchor="mm")
    return np.asarray(canvas.resize((w, h), Image.Resampling.BOX), dtype=np.float32) / 255.0


def dandy_brush_packshot() -> Image.Image:
    """A dandy brush lying on its side on the board, a 1600 x 900 landscape (shrunk by the marketplace to
    1400 x 788)."""
    return _packshot(
        "dandy_brush",
        (1600, 900),
        lambda px, py: _dandy_brush(px, py, 330.0, 1270.0, 230.0, 200.0, "brush"),
        (9.0, 12.0),
    )


# ---- a fly repellent spray -----------------------------------------------------------------------------


def _label_art(width: int, height: int) -> np.ndarray:
    """The spray's label laid flat: a green band with the horse's head logo and the brand, small print, the
    volume. RGB 0..1."""
    f = 2
    art = Image.new("RGB", (width * f, height * f), (246, 246, 242))
    d = ImageDraw.Draw(art)
    band = int(0.42 * height * f)
    d.rectangle((0, 0, width * f, band), fill=(22, 112, 64))
    d.rectangle((0, band, width * f, band + 8 * f), fill=(240, 190, 40))
    cx, cy, r = width * f / 2, band * 0.36, band * 0.27
    d.ellipse((cx - r, cy - r, cx + r, cy + r), outline=(250, 250, 246), width=5 * f)
    # the horse's head in profile, facing left, inside the ring
    head = [
        (0.32, -0.62),
        (0.22, -0.88),
        (0.12, -0.56),
        (-0.06, -0.5),
        (-0.3, -0.3),
        (-0.58, 0.02),
        (-0.66, 0.18),
        (-0.58, 0.3),
        (-0.36, 0.26),
        (-0.1, 0.16),
        (0.0, 0.36),
        (0.18, 0.7),
        (0.5, 0.7),
        (0.46, 0.2),
        (0.5, -0.2),
        (0.42, -0.52),
    ]
    d.polygon([(cx + 0.8 * r * a, cy + 0.8 * r * b) for a, b in head], fill=(250, 250, 246))
    d.ellipse((cx - 0.16 * r, cy - 0.3 * r, cx - 0.06 * r, cy - 0.2 * r), fill=(22, 112, 64))
    d.text((cx, band * 0.8), "EQUI-SHIELD", fill=(250, 250, 246), font=_font(0.075 * width * f), anchor="mm")
    y = band + 0.07 * height * f
    d.text((cx, y), "FLY REPELLENT SPRAY", fill=(22, 112, 64), font=_font(0.052 * width * f), anchor="mm")
    y += 0.07 * height * f
    d.text((cx, y), "for horses & ponies", fill=(60, 60, 60), font=_font(0.036 * width * f), anchor="mm")
    rng = _rng("spray/print")
    y += 0.07 * height * f
    for _ in range(5):
        x = cx - 0.3 * width * f
        while x < cx + 0.3 * width * f:
            wlen = float(rng.uniform(0.02, 0.07)) * width * f
            d.rectangle((x, y - 1.5 * f, min(x + wlen, cx + 0.3 * width * f), y + 1.5 * f), fill=(70, 70, 70))
            x += wlen + 0.012 * width * f
        y += 0.045 * height * f
    d.text((cx, 0.93 * height * f), "500 ml", fill=(22, 112, 64), font=_font(0.06 * width * f), anchor="mm")
    art = art.resize((width, height), Image.Resampling.LANCZOS)
    return np.asarray(art, dtype=np.float32) / 255.0


def _fly_spray(px: np.ndarray, py: np.ndarray, cx: float, base: float, s: float, name: str):
    """A 500 ml fly repellent spray standing with its foot at ``base``, ``s`` px a unit (the bottle 2 units
    wide): a layer."""
    from scipy import ndimage

    shape = px.shape
    body = _box(px, py, cx - s, base - 4.3 * s, cx + s, base, 0.2 * s)
    shoulder = _ellipse(px, py, cx, base - 4.25 * s, s, 0.55 * s) * (py < base - 4.25 * s)
    neck = _box(px, py, cx - 0.36 * s, base - 5.2 * s, cx + 0.36 * s, base - 4.5 * s, 0.05 * s)
    bottle = np.clip(np.maximum.reduce([body, shoulder, neck]), 0, 1)
    nx, ny, nz = _cylinder(px, cx, s)
    up = np.clip((base - 4.25 * s - py) / (0.55 * s), 0, 0.999) * (py < base - 4.25 * s)
    nx, ny, nz = _unit(nx, -up * 1.2, nz * np.sqrt(1 - up**2))
    lambert, gloss = _shading(nx, ny, nz, _TOWARDS_FLASH, _VIEW, 40.0)
    hdpe = _rgb(236, 236, 230)[None, None, :] * np.ones(shape + (1,), np.float32)
    layer = _put(_layer(shape), _paint(hdpe, 0.3 + 0.7 * lambert, 0.5 + 0.5 * nz, 0.18 * gloss, bottle))
    # the label, wrapped round the body: sampled at its arc length
    top, bottom = base - 3.7 * s, base - 0.35 * s
    label = _box(px, py, cx - s - 1, top, cx + s + 1, bottom, 0.02 * s) * body
    art_w, art_h = int(np.pi * s), int(bottom - top)
    art = _label_art(art_w, art_h)
    u = np.clip((px - cx) / s, -0.999, 0.999)
    ax = (np.arcsin(u) / np.pi + 0.5) * (art_w - 1)
    ay = np.clip(py - top, 0, art_h - 1)
    printed = np.stack(
        [ndimage.map_coordinates(art[..., c], [ay, ax], order=1, mode="nearest") for c in range(3)], axis=-1
    )
    l_lambert, l_gloss = _shading(nx, ny, nz, _TOWARDS_FLASH, _VIEW, 320.0)
    layer = _put(layer, _paint(printed, 0.3 + 0.7 * l_lambert, 0.5 + 0.5 * nz, 0.6 * l_gloss, label))
    # the trigger sprayer: a dark green shroud, its nozzle to the left, a white trigger below it
    green = _rgb(24, 78, 46)
    shroud = np.maximum(
        _box(px, py, cx - 0.62 * s, base - 6.55 * s, cx + 0.55 * s, base - 5.15 * s, 0.22 * s),
        _box(px, py, cx - 1.25 * s, base - 6.5 * s, cx - 0.3 * s, base - 6.02 * s, 0.12 * s),
    )
    collar = _box(px, py, cx - 0.48 * s, base - 5.45 * s, cx + 0.48 * s, base - 4.95 * s, 0.06 * s)
    nozzle = _box(px, py, cx - 1.4 * s, base - 6.42 * s, cx - 1.15 * s, base - 6.1 * s, 0.05 * s)
    trigger_u, trigger_v = _turn(px, py, cx - 0.72 * s, base - 5.95 * s, -14.0)
    trigger = _box(
        trigger_u, trigger_v, cx - 0.92 * s, base - 6.0 * s, cx - 0.6 * s, base - 4.7 * s, 0.14 * s
    )
    s_nx, s_ny, s_nz = _cylinder(px, cx - 0.05 * s, 0.62 * s)
    s_lambert, s_gloss = _shading(s_nx, s_ny, s_nz, _TOWARDS_FLASH, _VIEW, 30.0)
    ribs = 0.5 + 0.5 * np.cos(2 * np.pi * (py - base) / (0.09 * s))
    layer = _put(
        layer,
        _paint(
            green[None, None, :]
            * (1.0 - 0.15 * ribs * collar)[..., None]
            * np.ones(shape + (1,), np.float32),
            0.3 + 0.7 * s_lambert,
            0.55 + 0.45 * s_nz,
            0.3 * s_gloss,
            np.maximum.reduce([shroud, collar, nozzle]),
        ),
    )
    white = _rgb(214, 216, 210)[None, None, :] * np.ones(shape + (1,), np.float32)
    t_lambert, t_gloss = _shading(*_cylinder(px, cx - 0.76 * s, 0.2 * s), _TOWARDS_FLASH, _VIEW, 30.0)
    t_lambert = t_lambert * (0.75 + 0.25 * np.clip((trigger_v - (base - 6.0 * s)) / (1.3 * s), 0, 1))
    layer = _put(
        layer, _paint(white, 0.35 + 0.65 * t_lambert, np.full(shape, 0.8, np.float32), 0.2 * t_gloss, trigger)
    )
    return layer


def fly_spray_packshot() -> Image.Image:
    """A 500 ml fly repellent spray standing on the board, a 1000 x 1500 portrait (shrunk by the marketplace
    to 933 x 1400)."""
    return _packshot(
        "fly_spray",
        (1000, 1500),
        lambda px, py: _fly_spray(px, py, 540.0, 1310.0, 165.0, "spray"),
        (14.0, 10.0),
    )


# ---- a riding crop --------------------------------------------------------------------------------------


def _riding_crop(
    px: np.ndarray, py: np.ndarray, x0: float, x1: float, yc: float, half: float, degrees: float, name: str
):
    """A riding crop from its end knob at ``x0`` to its popper at ``x1`` along ``yc``, its grip ``half`` px
    thick each side, turned ``degrees``: a layer."""
    shape = px.shape
    u, v = _turn(px, py, (x0 + x1) / 2.0, yc, degrees)
    length = x1 - x0
    a = (u - x0) / length
    knots = [0.0, 0.012, 0.02, 0.17, 0.19, 0.2, 0.215, 0.25, 0.93, 0.935, 0.945, 0.999, 1.0]
    widths = [0.9, 1.05, 0.92, 0.95, 0.9, 0.78, 0.78, 0.6, 0.3, 0.3, 0.95, 0.95, 0.9]
    w = np.interp(a, knots, widths) * half
    inside = np.clip(a * length + 0.5, 0, 1) * np.clip((1 - a) * length + 0.5, 0, 1)
    mask = np.clip(w - np.abs(v - yc) + 0.5, 0, 1) * inside
    # a round section (the popper flat)
    c = np.clip((v - yc) / np.maximum(w, 1.0), -0.999, 0.999)
    popper = np.clip((a - 0.935) * length + 0.5, 0, 1)
    ny = c * (1.0 - 0.7 * popper)
    nz = np.sqrt(np.clip(1.0 - ny**2, 0.02, 1))
    bx, by = np.cos(np.deg2rad(degrees)), np.sin(np.deg2rad(degrees))
    nxi, nyi, nzi = _unit(-ny * by, ny * bx, nz)
    knob = np.clip((0.02 - a) * length + 0.5, 0, 1)
    grip = np.clip((a - 0.02) * length + 0.5, 0, 1) * np.clip((0.19 - a) * length + 0.5, 0, 1)
    keeper = np.clip((a - 0.19) * length + 0.5, 0, 1) * np.clip((0.215 - a) * length + 0.5, 0, 1)
    # the grip's fine diamond knurling and the shaft's braid
    arc = np.arcsin(c) * w  # the distance round the section
    knurl = (0.5 + 0.5 * np.cos(2 * np.pi * (u + arc) / 7.0)) * (
        0.5 + 0.5 * np.cos(2 * np.pi * (u - arc) / 7.0)
    )
    braid_a = np.mod((u + 1.6 * arc) / 11.0, 1.0)
    braid_b = np.mod((u - 1.6 * arc) / 11.0, 1.0)
    over = np.where(
        np.mod(np.floor((u + 1.6 * arc) / 11.0) + np.floor((u - 1.6 * arc) / 11.0), 2) < 1,
        np.sin(np.pi * braid_a),
        np.sin(np.pi * braid_b),
    )
    rubber = _rgb(22, 22, 23)[None, None, :] * (0.75 + 0.5 * knurl)[..., None]
    braid = _rgb(26, 28, 44)[None, None, :] * (0.55 + 0.7 * over)[..., None]
    leather = (
        _rgb(176, 118, 66)[None, None, :] * (1.0 + 0.05 * _fine(name + "/keeper", shape, 1.5))[..., None]
    )
    black_hide = _rgb(24, 20, 18)[None, None, :] * (1.0 + 0.08 * _fine(name + "/hide", shape, 1.2))[..., None]
    chrome = _rgb(200, 202, 206)[None, None, :] * np.ones(shape + (1,), np.float32)
    albedo = _over(
        _over(_over(_over(braid, rubber, grip), leather, keeper), black_hide, popper), chrome, knob
    )
    # stitching round the popper's edge
    stitch = (
        np.exp(-(((np.abs(v - yc) - 0.7 * w) / 1.1) ** 2))
        * (np.mod(u, 9.0) < 5.0)
        * np.clip((a - 0.945) * length, 0, 1)
        * np.clip((0.994 - a) * length, 0, 1)
    )
    albedo = _over(albedo, _rgb(96, 90, 80), stitch)
    lambert, gloss = _shading(nxi, nyi, nzi, _TOWARDS_FLASH, _VIEW, 12.0)
    _, c_gloss = _shading(nxi, nyi, nzi, _TOWARDS_FLASH, _VIEW, 90.0)
    sheen = 0.05 * gloss * (1 - knob) + 0.12 * gloss * keeper + 1.6 * c_gloss * knob
    lit = albedo * (0.35 + 0.65 * lambert)[..., None] + sheen[..., None]
    amb = albedo * (0.5 + 0.5 * nzi)[..., None]
    return lit, amb, np.zeros_like(lit), mask


def riding_crop_packshot() -> Image.Image:
    """A riding crop lying along the board, thin in a 2400 x 400 strip (shrunk by the marketplace to
    1400 x 233)."""
    return _packshot(
        "riding_crop",
        (2400, 400),
        lambda px, py: _riding_crop(px, py, 170.0, 2230.0, 196.0, 26.0, 1.1, "crop"),
        (5.0, 7.0),
    )


# ---- a rubber curry comb --------------------------------------------------------------------------------


def _curry_comb(px: np.ndarray, py: np.ndarray, cx: float, cy: float, rx: float, ry: float, name: str):
    """A black rubber curry comb lying teeth up, an oval ``rx`` by ``ry`` px round (cx, cy): a layer."""
    shape = px.shape
    plate = _ellipse(px, py, cx, cy, rx, ry)
    # the fabric hand strap showing at the plate's ends
    strap = np.maximum(
        _box(px, py, cx - rx - 0.09 * rx, cy - 0.28 * ry, cx - 0.8 * rx, cy + 0.28 * ry, 0.05 * rx),
        _box(px, py, cx + 0.8 * rx, cy - 0.28 * ry, cx + rx + 0.09 * rx, cy + 0.28 * ry, 0.05 * rx),
    ) * (1.0 - plate)
    r = np.hypot((px - cx) / rx, (py - cy) / ry)
    angle = np.arctan2((py - cy) / ry, (px - cx) / rx)
    # the plate's height: a rim, four rings of serrated teeth, a flat middle
    height = 0.05 * rx * np.clip((1.0 - r) / 0.05, 0, 1)
    for k, ring in enumerate((0.3, 0.5, 0.7, 0.9)):
        teeth = 0.5 + 0.5 * np.cos(angle * (14 + 10 * k))
        ridge = np.exp(-(((r - ring) / 0.045) ** 2))
        height = height + 0.09 * rx * ridge * (0.45 + 0.55 * teeth**0.6)
    height = _blur(height, 0.7)
    nx, ny, nz = _from_height(height)
    lambert, gloss = _shading(nx, ny, nz, _TOWARDS_FLASH, _VIEW, 8.0)
    rubber = _rgb(16, 16, 17)[None, None, :] * (1.0 + 0.1 * _fine(name + "/rubber", shape, 1.2))[..., None]
    # the ridges' tops catch the light and the grooves hold grey dust
    dust = np.clip(0.03 - height / rx, 0, 1) / 0.03 * plate * (r < 0.96)
    rubber = _over(rubber, _rgb(70, 68, 64), 0.25 * dust * (0.5 + 0.5 * _fine(name + "/dust", shape, 3.0)))
    layer = _put(_layer(shape), _paint(rubber, 0.35 + 0.65 * lambert, 0.5 + 0.5 * nz, 0.09 * gloss, plate))
    weave = 0.5 + 0.5 * np.cos(2 * np.pi * (py - cy) / 3.2) * np.cos(2 * np.pi * (px - cx) / 3.2)
    webbing = _rgb(40, 52, 96)[None, None, :] * (0.75 + 0.35 * weave)[..., None]
    layer = _put(
        layer,
        _paint(
            webbing,
            np.full(shape, 0.9, np.float32),
            np.full(shape, 0.9, np.float32),
            np.zeros(shape, np.float32),
            strap,
        ),
    )
    return layer


def curry_comb_packshot() -> Image.Image:
    """A black rubber curry comb lying teeth up, small on the board in a 1200 x 1200 square."""
    return _packshot(
        "curry_comb",
        (1200, 1200),
        lambda px, py: _curry_comb(px, py, 590.0, 620.0, 148.0, 108.0, "comb"),
        (7.0, 9.0),
    )


# ---- the tack room counter -------------------------------------------------------------------------------


def tack_room_scene() -> Image.Image:
    """The dandy brush, the fly spray, the riding crop and the curry comb on the tack room's oak counter, the
    saddles, a bridle and a rosette on the wall behind falling off into the dark, a 1500 x 1000 landscape
    (shrunk by the marketplace to 1400 x 933)."""
    w, h = 1500, 1000
    px, py = _grid(w, h)
    shape = px.shape
    ledge = 420.0
    # the wall: dark stained boards, two saddles on racks, a bridle on a hook, a red rosette
    boards = _brushed("scene/boards", (shape[1], shape[0]), 90.0).T
    seams = np.exp(-(((np.mod(px, 150.0) - 2.0) / 2.0) ** 2))
    wall = _rgb(92, 64, 42)[None, None, :] * (0.9 + 0.06 * boards - 0.45 * seams)[..., None]
    for sx in (260.0, 760.0):
        seat = np.maximum(
            _ellipse(px, py, sx, 250.0, 170.0, 95.0),
            _box(px, py, sx - 60, 230, sx + 230, 300, 40),
        )
        flap = _box(px, py, sx - 40, 280, sx + 120, 400, 30)
        tan = _rgb(150, 86, 40)[None, None, :] * (0.95 + 0.05 * _fine("scene/saddle", shape, 6.0))[..., None]
        dome = np.clip(1.0 - np.hypot((px - sx) / 170.0, (py - 250.0) / 95.0), 0, 1)
        tan = tan * (0.7 + 0.45 * np.sqrt(dome))[..., None]
        wall = _over(wall, tan * (0.8 + 0.2 * np.clip((300 - py) / 120, 0, 1))[..., None], seat)
        wall = _over(wall, tan * 0.8, flap)
        wall = _over(wall, _rgb(120, 120, 124), _box(px, py, sx - 140, 330, sx + 200, 345, 4) * (1 - flap))
    bridle = np.clip(
        _ellipse(px, py, 1130.0, 230.0, 70.0, 150.0) - _ellipse(px, py, 1130.0, 230.0, 60.0, 140.0), 0, 1
    )
    bridle = np.maximum(bridle, _box(px, py, 1060, 250, 1200, 262, 3))
    wall = _over(wall, _rgb(50, 30, 20), bridle)
    rosette = _ellipse(px, py, 1340.0, 140.0, 50.0, 50.0)
    petals = 0.5 + 0.5 * np.cos(np.arctan2(py - 140.0, px - 1340.0) * 24)
    wall = _over(wall, _rgb(190, 30, 40) * 1.0, rosette)
    wall = wall * (1.0 - 0.2 * petals * rosette)[..., None]
    wall = _over(wall, _rgb(230, 200, 80), _ellipse(px, py, 1340.0, 140.0, 18.0, 18.0))
    tails = np.maximum(_box(px, py, 1312, 180, 1334, 300, 2), _box(px, py, 1346, 180, 1368, 290, 2))
    wall = _over(wall, _rgb(190, 30, 40), tails)
    back = (wall, wall, np.zeros_like(wall), np.zeros(shape, np.float32))
    # the counter: worn oak planks along the rows
    grain = _brushed("scene/oak", shape, 110.0)
    plank = np.mod(py - ledge, 140.0)
    oak = (
        _rgb(168, 126, 80)[None, None, :]
        * (0.92 + 0.06 * grain + 0.03 * _fine("scene/wear", shape, 25))[..., None]
    )
    oak = oak * (1.0 - 0.5 * np.exp(-((plank / 2.0) ** 2)))[..., None]
    on_counter = np.clip(py - ledge + 0.5, 0, 1)
    layer = _put(back, (oak, oak, np.zeros_like(oak), on_counter))
    # the items
    brush = _dandy_brush(px, py, 170.0, 560.0, 500.0, 84.0, "scene/brush")
    spray = _fly_spray(px, py, 1180.0, 760.0, 68.0, "scene/spray")
    crop = _riding_crop(px, py, 120.0, 1250.0, 900.0, 15.0, -3.5, "scene/crop")
    comb = _curry_comb(px, py, 790.0, 640.0, 96.0, 70.0, "scene/comb")
    items = (brush, spray, crop, comb)
    shadows = np.zeros(shape, dtype=np.float32)
    for item, (dx, dy) in zip(items, ((8.0, 10.0), (14.0, 8.0), (4.0, 6.0), (6.0, 8.0))):
        shadows = np.maximum(shadows, _cast(item[3], dx, dy, 1.5))
    for item in items:
        layer = _put(layer, item)
    covered = np.clip(sum(item[3] for item in items), 0, 1)
    # the flash falls off with distance: the counter's front brightest, the wall far behind dim
    distance = np.where(py < ledge, 2.1, 1.0 + 0.55 * np.clip((h - py) / (h - ledge), 0, 1))
    flashmap = 1.3 / distance**2 * (1.0 - 0.8 * shadows * (1.0 - covered))
    flashmap = flashmap * _flash_pool(px, py, w, h)
    fillmap = np.where(py < ledge, 1.6, 1.0)
    linear = _lighting(layer, flashmap, fillmap)
    frame = _camera(linear, "scene")
    return _market(Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8)))
