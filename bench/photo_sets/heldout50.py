"""``heldout50``'s pictures: four products a high-street pharmacy lists from its counter, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop of a phone's photo: a 7:4 landscape of 1400 x 800
  (pill organiser; shrunk by the marketplace to 1200 x 686), a 3:4 portrait of 1050 x 1400 (hot-water
  bottle; shrunk to 900 x 1200), a 5:1 strip of 2200 x 440 (digital thermometer, thin in it; shrunk to
  1200 x 240) and a 4:3 landscape of 1400 x 1050 (dropper bottle, small in it; shrunk to 1200 x 900); the
  scene is a 4:3 landscape of 1600 x 1200 (shrunk to 1200 x 900);
- the canvases they are padded onto (``PADDING``): a 1:0.7 landscape with a moderate margin round the pill
  organiser's wide picture, a 1:1.3 portrait round the hot-water bottle's tall picture (and round the scene),
  a 1:0.28 banner a little wider than the thermometer's long picture, and a 1:1.06 canvas whose width is 2.3
  times the height of the dropper bottle's small picture; every padded picture covers at least 8 % of its
  canvas;
- a weekly pill organiser lying on the card, seen from above and a little from the front: seven hinged
  lids of translucent rainbow-coloured plastic (red to violet), each with a raised white day letter (M T W T
  F S S) and a lip at the front, the pills inside showing through as darker blots, on a white base whose
  front face shows below them, the window mirrored as a broad sheen across the lids (a saturated product);
  a deep red rubber hot-water bottle lying flat: a puffy body with fine horizontal ribs inside a plain
  border, shoulders narrowing to a ribbed neck with a white screw stopper, and a hanging tab at its foot with
  a round hole the card shows through (a product with an opening); a digital clinical thermometer lying
  along the card: a white body with an aqua end, a round blue button, a grey-green LCD window reading 36.8
  in seven-segment digits and a degree sign, a tapered flexible tip and a steel probe cap (a thin product);
  a 30 ml amber glass dropper bottle standing small on the card: the glass's transmitted amber darker at its
  sides, a white pharmacy label with a green cross and printed lines, the glass pipette dark through the
  glass, a ribbed black screw collar and a black rubber bulb, the window mirrored as a tall soft highlight
  and the ceiling panel as a small hot one, its shadow tinted amber in the middle (a small, glossy product);
- every packshot is the pharmacy's phone's photo in portrait mode (its 2x camera): the item on a sweep of
  white A3 card on the dispensary counter by the window (the window's daylight from the left as the key,
  soft shadows falling to the right, a contact shadow under the item; the ceiling's LED panels as a
  neutral fill; the card a little darker towards the top right); the portrait mode's synthetic background
  blur (the card behind the item blurred the more the farther up the frame it is, cut by a coarse depth
  mask a few pixels round the item, so the item's colour bleeds into the blurred card above it as a soft
  halo); the phone's multi-frame noise reduction (very little noise, fine texture smoothed), its local tone
  mapping (shadows lifted, a faint halo round dark items) and strong sharpening, its colours stored in
  Display P3, a JPEG at quality 92 with 4:2:0 chroma; the seller's edit in the phone's gallery editor: the
  exposure, highlights and whites sliders pushed up until the card turns white (each channel through the
  same curve, the palest parts of an item clipped with it, the soft shadows next to the item left light
  grey), a little vibrance, saved as a JPEG at quality 90 with 4:2:0 chroma; the marketplace strips the
  Display P3 profile (so the colours read a little muted as sRGB), shrinks what is longer than 1200 px to
  1200 px and re-encodes it as a JPEG at quality 82 with 4:2:0 chroma;
- one full-frame scene: the hot-water bottle, the pill organiser, the thermometer and the dropper bottle on
  the pharmacy's pale beech laminate counter, the shelves of medicine boxes and the green cross sign behind
  blurred by the portrait mode, under the same window and ceiling light, not edited, the phone's JPEG
  re-encoded by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the card, a
shadow or the portrait mode's halo), for the bench's clipping scope.
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
    "pill_organiser": (880, 1.26, 0.7),
    "hot_water_bottle": (860, 1.2, 1.3),
    "thermometer": (1000, 1.07, 0.28),
    "dropper_bottle": (300, 2.3, 1.06),
}

_MASKS: dict[str, np.ndarray] = {}

# the window's daylight (the key) and the ceiling's LED panels (the fill), before the phone's white balance
_KEY = np.array([1.0, 0.97, 0.92], dtype=np.float32)
_FILL = np.array([0.36, 0.37, 0.385], dtype=np.float32)
_BALANCE = np.array([0.97, 1.0, 1.04], dtype=np.float32)
_EXPOSURE = 0.68
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
# the key's direction in the picture (x right, y down, z towards the camera) and the view
_TOWARDS_KEY = np.array([-0.6, -0.3, 0.74], dtype=np.float32) / float(np.linalg.norm([-0.6, -0.3, 0.74]))
_VIEW = np.array([0.0, 0.0, 1.0], dtype=np.float32)
# linear sRGB to linear Display P3 (the phone stores P3; the marketplace drops the profile)
_TO_P3 = np.array(
    [[0.8225, 0.1774, 0.0001], [0.0332, 0.9669, -0.0001], [0.0171, 0.0724, 0.9105]], dtype=np.float32
)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout50/" + name).encode()))


def _text(
    shape: tuple[int, int], x: float, y: float, text: str, size: float, anchor: str = "mm"
) -> np.ndarray:
    """Antialiased text of ``size`` px at (x, y) (drawn 3x and shrunk): a 0..1 mask."""
    h, w = shape
    f = 3
    canvas = Image.new("L", (w * f, h * f), 0)
    ImageDraw.Draw(canvas).text(
        (x * f, y * f), text, fill=255, font=ImageFont.load_default(size=size * f), anchor=anchor
    )
    return np.asarray(canvas.resize((w, h), Image.Resampling.BOX), dtype=np.float32) / 255.0


def _bevel(inside: np.ndarray, width: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normals of a flat top rounded over its edges ``width`` px wide, for a 0..1 ``inside`` mask."""
    from scipy import ndimage

    depth = ndimage.distance_transform_edt(inside > 0.5).astype(np.float32)
    height = np.sqrt(np.clip(1.0 - (1.0 - np.clip(depth / width, 0, 1)) ** 2, 0, 1)) * width
    height = _blur(height, 1.0)
    gy, gx = np.gradient(height)
    return _unit(-gx, -gy, np.ones_like(height))


# ---- the card, the window, the phone, the gallery editor and the marketplace -------------------------------


def _card(name: str, w: int, h: int):
    """The sweep of white A3 card filling the frame: its grid and layer (a faint tooth)."""
    px, py = _grid(w, h)
    shape = px.shape
    tone = 0.9 + 0.004 * _fine(name + "/tooth", shape, 1.0) + 0.004 * _fine(name + "/wave", shape, 80.0)
    albedo = tone[..., None] * np.array([1.0, 0.997, 0.99], dtype=np.float32)
    return px, py, (albedo, albedo.copy(), np.zeros_like(albedo), np.zeros(shape, dtype=np.float32))


def _window(px: np.ndarray, py: np.ndarray, w: int, h: int) -> np.ndarray:
    """The window's light over the card: brightest at the left, a little dimmer towards the top right."""
    return 0.95 - 0.08 * (px / w) - 0.04 * (1.0 - py / h) * (px / w)


def _lighting(layer, keymap: np.ndarray, fillmap: np.ndarray | float = 1.0) -> np.ndarray:
    """The linear light the phone sees off ``layer``, white balanced and exposed."""
    lit, amb, glow, _ = layer
    fill = fillmap if np.isscalar(fillmap) else np.asarray(fillmap)[..., None]
    light = lit * _KEY * keymap[..., None] + amb * _FILL * fill + glow
    return light * _BALANCE * _EXPOSURE


def _disc(values: np.ndarray, radius: float) -> np.ndarray:
    """A lens's disc blur of ``radius`` px (the portrait mode's bokeh)."""
    from scipy import signal

    r = int(np.ceil(radius))
    ys, xs = np.mgrid[-r : r + 1, -r : r + 1].astype(np.float32)
    kernel = np.clip(radius + 0.5 - np.hypot(xs, ys), 0, 1)
    kernel /= kernel.sum()
    padded = np.pad(values, ((r, r), (r, r), (0, 0)), mode="edge")
    return np.stack(
        [signal.fftconvolve(padded[..., c], kernel, mode="valid") for c in range(values.shape[2])], axis=-1
    ).astype(np.float32)


def _portrait(values: np.ndarray, mask: np.ndarray, far: np.ndarray, radius: float) -> np.ndarray:
    """The portrait mode: what the coarse depth mask (``mask`` grown a few px, found at 1/12 size) leaves is
    blurred by a disc as large as ``far`` (0..1) says; the blurred copy holds the item too, so its colour
    bleeds into the blurred card round the mask."""
    h, w = mask.shape
    grown = _blur((_blur(mask, 2.0) > 0.05).astype(np.float32), 1.5)
    small = Image.fromarray((np.clip(grown, 0, 1) * 255).astype(np.uint8)).resize(
        (max(2, w // 12), max(2, h // 12)), Image.Resampling.BOX
    )
    coarse = np.asarray(small.resize((w, h), Image.Resampling.BILINEAR), dtype=np.float32) / 255.0
    keep = np.clip(np.maximum(coarse * 1.6 - 0.2, mask), 0, 1)
    blurred = _disc(values, radius)
    weight = np.clip(far, 0, 1) * (1.0 - keep)
    return values * (1.0 - weight[..., None]) + blurred * weight[..., None]


def _phone(linear: np.ndarray, name: str) -> np.ndarray:
    """The phone's JPEG of ``linear`` light: a little vignetting, its multi-frame noise reduction, local tone
    mapping, P3 colours, strong sharpening, a JPEG at quality 92 with 4:2:0 chroma. Its levels, 0..255."""
    h, w = linear.shape[:2]
    px, py = _grid(w, h)
    r2 = ((px - w / 2) ** 2 + (py - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    linear = _blur(linear * (1.0 - 0.04 * r2)[..., None], (0.7, 0.7, 0))
    linear = np.clip(linear @ _TO_P3.T, 0, None)
    # local tone mapping: the shadows lifted against a wide blur of the luma (a faint halo round dark items)
    luma = np.clip(linear @ _LUMA, 1e-4, None)
    base = _blur(luma, 30.0)
    lift = np.clip((0.3 / np.clip(base, 0.05, None)) ** 0.18, 1.0, 1.35)
    linear = linear * lift[..., None]
    # the tone curve's gentle shoulder for glints
    linear = np.where(linear < 0.8, linear, 0.8 + 0.2 * np.tanh((linear - 0.8) / 0.2))
    values = np.power(np.clip(linear, 0, None), 0.92)
    sigma = np.sqrt(0.00001 + 0.00006 * np.clip(values, 0, 1))
    noisy = values + _rng(name + "/sensor").normal(0, 1, values.shape).astype(np.float32) * sigma
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (1.5, 1.5, 0))
    smooth = _blur(y, 1.0)
    detail = y - smooth
    y = smooth + detail * (detail**2 / (detail**2 + 0.006**2))
    y = y + 0.9 * (y - _blur(y, 1.2))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92, subsampling=2)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: the P3 profile dropped (the levels read as sRGB), what is longer than 1200 px shrunk
    to 1200 px, a JPEG at quality 82 with 4:2:0 chroma."""
    if max(image.size) > 1200:
        ratio = 1200 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _gallery(frame: np.ndarray, mask: np.ndarray, name: str) -> Image.Image:
    """The seller's edit in the phone's gallery editor: exposure, highlights and whites pushed up until the
    card is white (each channel through one curve), a little vibrance, a JPEG at quality 90 with 4:2:0
    chroma; then the marketplace's copy."""
    x = frame / 255.0 * 1.1
    knee = 0.5
    x = np.where(x < knee, x * (1.0 + 0.12 * x / knee), knee * 1.12 + (x - knee) * 1.75)
    x = np.clip(x, 0, 1)
    grey = (x @ _LUMA)[..., None]
    spread = np.abs(x - grey).max(axis=-1, keepdims=True)
    x = np.clip(grey + (x - grey) * (1.0 + 0.18 * (1.0 - np.clip(spread * 3, 0, 1))), 0, 1)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(x * 255.0 + 0.5, 0, 255).astype(np.uint8)).save(
        buffer, "JPEG", quality=90, subsampling=2
    )
    image = _market(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    drawn = Image.fromarray((np.clip(mask, 0, 1) * 255.0).astype(np.uint8))
    if drawn.size != image.size:
        drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
    _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _packshot(name: str, size: tuple[int, int], draw, drop: tuple[float, float], tint=None):
    """A packshot of the item ``draw(px, py)`` gives (a layer) on the card by the window, in portrait mode."""
    w, h = size
    px, py, card = _card(name, w, h)
    item = draw(px, py)
    mask = item[3]
    cast = _cast(mask, drop[0], drop[1], 9.0)
    cast = _blur(cast, 6.0)
    contact = np.clip(_blur(mask, 4.0) * 1.5, 0, 1) * (1.0 - mask)
    keymap = _window(px, py, w, h) * (1.0 - 0.5 * cast * (1.0 - mask))
    fillmap = 1.0 - 0.55 * contact
    layer = _put(card, item)
    linear = _lighting(layer, keymap, fillmap)
    if tint is not None:
        # light through coloured glass: a tinted glow in the middle of the shadow
        linear = linear + tint(px, py, cast) * (1.0 - mask)[..., None]
    ys = np.nonzero(mask.max(axis=1) > 0.5)[0]
    middle = float(ys.mean()) if len(ys) else h / 2
    far = np.clip((middle - py) / max(middle, 1.0), 0, 1) ** 1.3
    linear = _portrait(linear, mask, far, 0.012 * max(w, h))
    frame = _phone(linear, name)
    return _gallery(frame, mask, name)


# ---- a weekly pill organiser ------------------------------------------------------------------------------

_LIDS = (
    _rgb(226, 34, 52),
    _rgb(246, 122, 26),
    _rgb(250, 206, 34),
    _rgb(52, 176, 82),
    _rgb(34, 128, 222),
    _rgb(84, 70, 196),
    _rgb(172, 64, 186),
)


def _organiser(px: np.ndarray, py: np.ndarray, x0: float, y0: float, lid: float, gap: float, name: str):
    """A weekly pill organiser, its top left at (x0, y0), seven lids ``lid`` px across (seen a little from
    the front, so ``0.82 * lid`` deep) with ``gap`` px of base between them: a layer."""
    shape = px.shape
    deep = 0.82 * lid
    front = 0.3 * lid
    width = 7 * lid + 8 * gap
    layer = _layer(shape)
    # the white base: its top a frame round the lids, its front face below
    base_top = _box(px, py, x0, y0, x0 + width, y0 + deep + 2 * gap, 0.18 * lid)
    base_front = _box(px, py, x0, y0 + 0.5 * deep, x0 + width, y0 + deep + 2 * gap + front, 0.18 * lid)
    base = np.maximum(base_top, base_front)
    white = _rgb(238, 238, 234)[None, None, :] * (1.0 + 0.01 * _fine(name + "/base", shape, 1.5))[..., None]
    on_front = np.clip(py - (y0 + deep + 2 * gap) + 0.5, 0, 1)
    nx, ny, nz = _bevel(base_top, 0.06 * lid)
    fny = 0.75 + 0.2 * np.clip((py - (y0 + deep + 2 * gap)) / front, 0, 1)
    nx, ny, nz = _unit(
        nx * (1 - on_front), ny * (1 - on_front) + fny * on_front, nz * (1 - on_front) + 0.6 * on_front
    )
    lambert, gloss = _shading(nx, ny, nz, _TOWARDS_KEY, _VIEW, 30.0)
    layer = _put(layer, _paint(white, 0.35 + 0.65 * lambert, 0.5 + 0.5 * nz, 0.06 * gloss, base))
    letters = "MTWTFSS"
    rng = _rng(name + "/pills")
    for k in range(7):
        lx = x0 + gap + k * (lid + gap)
        ly = y0 + gap
        cover = _box(px, py, lx, ly, lx + lid, ly + deep, 0.1 * lid)
        tab = _box(
            px,
            py,
            lx + 0.34 * lid,
            ly + deep - 0.06 * lid,
            lx + 0.66 * lid,
            ly + deep + 0.13 * lid,
            0.05 * lid,
        )
        shape_k = np.maximum(cover, tab)
        tint = _LIDS[k]
        # the pills inside, seen through the lid as darker blots
        pills = np.zeros(shape, dtype=np.float32)
        for _ in range(int(rng.integers(2, 5))):
            qx = lx + rng.uniform(0.22, 0.78) * lid
            qy = ly + rng.uniform(0.25, 0.75) * deep
            r = rng.uniform(0.08, 0.12) * lid
            pills = np.maximum(pills, _ellipse(px, py, qx, qy, r * rng.uniform(1.0, 1.6), r))
        pills = _blur(pills, 1.5) * cover
        inside = 0.92 - 0.3 * pills
        albedo = tint[None, None, :] * inside[..., None]
        albedo = albedo * (0.85 + 0.15 * tint[None, None, :])
        # the raised day letter, pale and a little tinted
        letter = _text(shape, lx + 0.5 * lid, ly + 0.46 * deep, letters[k], 0.46 * lid)
        albedo = _over(albedo, 0.35 * tint + 0.62, letter * cover)
        nx, ny, nz = _bevel(shape_k, 0.08 * lid)
        lgy, lgx = np.gradient(_blur(letter, 1.0) * 3.0)
        nx, ny, nz = _unit(nx - lgx, ny - lgy, nz)
        lambert, gloss = _shading(nx, ny, nz, _TOWARDS_KEY, _VIEW, 60.0)
        layer = _put(layer, _paint(albedo, 0.45 + 0.55 * lambert, 0.5 + 0.5 * nz, 0.25 * gloss, shape_k))
    # the window mirrored in the row of lids: a broad soft sheen towards the left
    sheen = np.exp(-(((px - x0 - 0.3 * width + 0.6 * (py - y0)) / (0.22 * width)) ** 2))
    lids = layer[3] * np.clip(y0 + deep + gap - py, 0, 1)
    glow = layer[2] + (0.16 * sheen * lids)[..., None] * np.array([1.0, 1.0, 1.0], dtype=np.float32)
    return layer[0], layer[1], glow, layer[3]


def pill_organiser_packshot() -> Image.Image:
    """A weekly pill organiser lying on the card, seen a little from the front, a 1400 x 800 landscape
    (shrunk by the marketplace to 1200 x 686)."""
    return _packshot(
        "pill_organiser",
        (1400, 800),
        lambda px, py: _organiser(px, py, 150.0, 250.0, 144.0, 12.0, "organiser"),
        (22.0, 14.0),
    )


# ---- a red rubber hot-water bottle -----------------------------------------------------------------------


def _bottle_outline(px, py, cx: float, top: float, s: float) -> tuple[np.ndarray, np.ndarray]:
    """The hot-water bottle's outline (the tab's hole cut out) and its ribbed field, ``s`` px a unit."""
    body = _box(px, py, cx - 2.9 * s, top + 2.3 * s, cx + 2.9 * s, top + 8.0 * s, 0.9 * s)
    shoulder = _ellipse(px, py, cx, top + 2.75 * s, 2.62 * s, 1.15 * s) * (py < top + 2.75 * s)
    neck = _box(px, py, cx - 0.82 * s, top + 0.35 * s, cx + 0.82 * s, top + 1.9 * s, 0.15 * s)
    tab = _box(px, py, cx - 1.0 * s, top + 7.6 * s, cx + 1.0 * s, top + 8.85 * s, 0.4 * s)
    hole = _ellipse(px, py, cx, top + 8.25 * s, 0.3 * s, 0.3 * s)
    outline = np.clip(np.maximum.reduce([body, shoulder, neck, tab]) - hole, 0, 1)
    field = _box(px, py, cx - 2.35 * s, top + 2.4 * s, cx + 2.35 * s, top + 7.45 * s, 0.55 * s)
    return outline, field


def _hot_water_bottle(px: np.ndarray, py: np.ndarray, cx: float, top: float, s: float, name: str):
    """A deep red rubber hot-water bottle lying flat, its stopper's top at ``top``: a layer."""
    from scipy import ndimage

    shape = px.shape
    outline, field = _bottle_outline(px, py, cx, top, s)
    # the body is puffy: its height rises from the edge, the tab and neck flat
    depth = ndimage.distance_transform_edt(outline > 0.5).astype(np.float32)
    puff = _blur(np.sqrt(np.clip(depth / (1.4 * s), 0, 1)), 0.35 * s) * 0.5 * s
    flat = np.maximum(
        _box(px, py, cx - 1.1 * s, top + 7.9 * s, cx + 1.1 * s, top + 9.0 * s, 0.3 * s),
        _box(px, py, cx - 0.9 * s, top + 0.2 * s, cx + 0.9 * s, top + 1.75 * s, 0.1 * s),
    )
    height = puff * (1.0 - 0.8 * _blur(flat, 0.2 * s))
    # the fine horizontal ribs in the field, the neck's rings
    ribs = 0.5 + 0.5 * np.cos(2 * np.pi * (py - top) / (0.16 * s))
    rings = 0.5 + 0.5 * np.cos(2 * np.pi * (py - top) / (0.2 * s))
    in_neck = _box(px, py, cx - 0.82 * s, top + 0.55 * s, cx + 0.82 * s, top + 1.6 * s, 0.1 * s)
    height = height + 0.04 * s * ribs * _blur(field, 2.0) + 0.05 * s * rings * in_neck
    height = _blur(height, 1.0)
    gy, gx = np.gradient(height)
    nx, ny, nz = _unit(-gx, -gy, np.ones_like(height))
    lambert, gloss = _shading(nx, ny, nz, _TOWARDS_KEY, _VIEW, 18.0)
    red = _rgb(158, 20, 32)[None, None, :] * (1.0 + 0.02 * _fine(name + "/rubber", shape, 2.0))[..., None]
    # a moulded panel at the top of the field: embossed lines
    panel = _box(px, py, cx - 1.6 * s, top + 2.55 * s, cx + 1.6 * s, top + 3.35 * s, 0.2 * s)
    red = red * (1.0 - 0.1 * panel)[..., None]
    body = _paint(red, 0.25 + 0.75 * lambert, 0.45 + 0.55 * nz, 0.12 * gloss, outline)
    layer = _put(_layer(shape), body)
    emboss = _text(shape, cx, top + 2.95 * s, "2 LITRE  BS 1970:2012", 0.24 * s)
    layer = _put(layer, _paint(red * 0.82, 0.3 + 0.6 * lambert, 0.5 + 0.4 * nz, 0.0 * gloss, emboss * panel))
    # the white screw stopper on the neck: a ribbed cap seen from the side
    cap = _box(px, py, cx - 0.72 * s, top, cx + 0.72 * s, top + 0.62 * s, 0.12 * s)
    u = np.clip((px - cx) / (0.72 * s), -1, 1)
    knurl = 0.5 + 0.5 * np.cos(np.arcsin(u) * 18.0)
    cnx, cny, cnz = _unit(u + 0.12 * (knurl - 0.5), np.zeros_like(u), np.sqrt(np.clip(1 - u**2, 0.02, 1)))
    c_lambert, c_gloss = _shading(cnx, cny, cnz, _TOWARDS_KEY, _VIEW, 40.0)
    white = _rgb(214, 212, 206)[None, None, :] * (0.84 + 0.16 * knurl)[..., None]
    layer = _put(layer, _paint(white, 0.3 + 0.7 * c_lambert, 0.55 + 0.45 * cnz, 0.15 * c_gloss, cap))
    return layer


def hot_water_bottle_packshot() -> Image.Image:
    """A deep red rubber hot-water bottle lying flat on the card, a 1050 x 1400 portrait (shrunk by the
    marketplace to 900 x 1200)."""
    return _packshot(
        "hot_water_bottle",
        (1050, 1400),
        lambda px, py: _hot_water_bottle(px, py, 520.0, 170.0, 125.0, "bottle"),
        (26.0, 16.0),
    )


# ---- a digital clinical thermometer ----------------------------------------------------------------------

# the seven segments (a to g) as boxes in a digit's unit cell (0..1 across, 0..2 down)
_SEGMENTS = {
    "a": (0.12, 0.0, 0.88, 0.16),
    "b": (0.84, 0.08, 1.0, 0.96),
    "c": (0.84, 1.04, 1.0, 1.92),
    "d": (0.12, 1.84, 0.88, 2.0),
    "e": (0.0, 1.04, 0.16, 1.92),
    "f": (0.0, 0.08, 0.16, 0.96),
    "g": (0.12, 0.92, 0.88, 1.08),
}
_DIGITS = {"3": "abcdg", "6": "acdefg", "8": "abcdefg"}


def _seven(u: np.ndarray, v: np.ndarray, x: float, y: float, size: float, digit: str) -> np.ndarray:
    """A seven-segment digit ``size`` px wide, its top left at (x, y), in the frame (u, v)."""
    out = np.zeros(u.shape, dtype=np.float32)
    for seg in _DIGITS[digit]:
        a0, b0, a1, b1 = _SEGMENTS[seg]
        out = np.maximum(
            out, _box(u, v, x + a0 * size, y + b0 * size, x + a1 * size, y + b1 * size, 0.05 * size)
        )
    return out


def _thermometer(
    px: np.ndarray, py: np.ndarray, x0: float, x1: float, yc: float, half: float, degrees: float, name: str
):
    """A digital clinical thermometer from its end cap at ``x0`` to its probe at ``x1`` along ``yc``,
    ``half`` px thick each side at its widest, turned ``degrees``: a layer."""
    shape = px.shape
    cx = (x0 + x1) / 2.0
    u, v = _turn(px, py, cx, yc, degrees)
    length = x1 - x0
    a = (u - x0) / length
    knots = [0.0, 0.015, 0.04, 0.5, 0.6, 0.74, 0.8, 0.95, 0.955, 0.995, 1.0]
    widths = [0.55, 0.88, 1.0, 1.0, 0.82, 0.42, 0.34, 0.3, 0.29, 0.26, 0.12]
    w = np.interp(a, knots, widths) * half
    end = np.clip((0.015 - a) / 0.015, 0, 1)
    w = w * np.sqrt(np.clip(1.0 - end**2, 0, 1))
    tipr = np.clip((a - 0.985) / 0.015, 0, 1)
    w = w * np.sqrt(np.clip(1.0 - tipr**2, 0, 1))
    mask = np.clip(w - np.abs(v - yc) + 0.5, 0, 1) * np.clip(a * length + 0.5, 0, 1)
    mask = mask * np.clip((1 - a) * length + 0.5, 0, 1)
    c = np.clip((v - yc) / np.maximum(w, 1.0), -1, 1)
    # a flattened oval section: flat on top, rounded at the sides
    ny = np.sign(c) * np.abs(c) ** 2.2
    nz = np.sqrt(np.clip(1.0 - ny**2, 0.02, 1))
    bx, by = np.cos(np.deg2rad(degrees)), np.sin(np.deg2rad(degrees))
    nxi, nyi, nz = _unit(-ny * by, ny * bx, nz)
    lambert, gloss = _shading(nxi, nyi, nz, _TOWARDS_KEY, _VIEW, 50.0)
    white = _rgb(240, 240, 236)
    aqua = _rgb(62, 172, 204)
    clear = _rgb(224, 228, 226)
    albedo = white[None, None, :] * np.ones(shape + (1,), dtype=np.float32)
    end_cap = np.clip((0.2 - a) * length + 0.5, 0, 1)
    albedo = _over(albedo, aqua, end_cap)
    flexible = np.clip((a - 0.74) * length + 0.5, 0, 1) * np.clip((0.955 - a) * length + 0.5, 0, 1)
    albedo = _over(albedo, clear, flexible)
    bands = 0.5 + 0.5 * np.cos(2 * np.pi * (u - x0) / (0.012 * length))
    albedo = albedo * (1.0 - 0.06 * flexible * bands)[..., None]
    probe = np.clip((a - 0.955) * length + 0.5, 0, 1)
    # the round blue button on the aqua end
    button = _ellipse(u, v, x0 + 0.11 * length, yc, 0.42 * half, 0.42 * half)
    albedo = _over(albedo, _rgb(28, 70, 150), button)
    # the LCD window and its digits
    lcd = _box(u, v, x0 + 0.24 * length, yc - 0.58 * half, x0 + 0.47 * length, yc + 0.58 * half, 0.1 * half)
    rim = np.clip(
        _box(u, v, x0 + 0.235 * length, yc - 0.66 * half, x0 + 0.475 * length, yc + 0.66 * half, 0.14 * half)
        - lcd,
        0,
        1,
    )
    albedo = _over(albedo, _rgb(150, 156, 160), rim)
    glass = _rgb(176, 186, 168)[None, None, :] * (1.0 + 0.03 * (v - yc) / half)[..., None]
    albedo = _over(albedo, glass, lcd)
    size = 0.46 * half
    dx0 = x0 + 0.28 * length
    digits = np.zeros(shape, dtype=np.float32)
    for k, d in enumerate("368"):
        gapx = 0.35 * size if k == 2 else 0.0
        digits = np.maximum(digits, _seven(u, v, dx0 + k * 1.45 * size + gapx, yc - size, size, d))
    point = _box(u, v, dx0 + 2.55 * size, yc + 0.82 * size, dx0 + 2.73 * size, yc + 1.0 * size, 0.04 * size)
    degree = np.clip(
        _ellipse(u, v, dx0 + 4.75 * size, yc - 0.72 * size, 0.2 * size, 0.2 * size)
        - _ellipse(u, v, dx0 + 4.75 * size, yc - 0.72 * size, 0.1 * size, 0.1 * size),
        0,
        1,
    )
    ink = np.maximum.reduce([digits, point, degree]) * lcd
    albedo = _over(albedo, _rgb(34, 38, 36), ink)
    # the steel probe cap: the window and the card mirrored
    steel = probe * mask
    glint = np.clip(nyi * _TOWARDS_KEY[1] + nz * _TOWARDS_KEY[2] + nxi * _TOWARDS_KEY[0], 0, 1)
    lit = albedo * (0.4 + 0.6 * lambert)[..., None] + (0.2 * gloss)[..., None]
    lit = lit * (1 - steel)[..., None] + (steel * (0.15 + 1.6 * glint**30))[..., None] * np.ones(
        3, np.float32
    )
    amb = albedo * (0.55 + 0.45 * nz)[..., None]
    amb = amb * (1 - steel)[..., None] + (steel * 0.55 * (0.4 + 0.6 * nz))[..., None] * np.ones(3, np.float32)
    # the LCD's flat glass mirrors the window as a soft band
    glow = (0.05 * lcd * np.exp(-(((u - x0 - 0.3 * length) / (0.05 * length)) ** 2)))[..., None] * np.ones(
        3, np.float32
    )
    return lit, amb, glow, mask


def thermometer_packshot() -> Image.Image:
    """A digital clinical thermometer lying along the card, thin in a 2200 x 440 strip (shrunk by the
    marketplace to 1200 x 240)."""
    return _packshot(
        "thermometer",
        (2200, 440),
        lambda px, py: _thermometer(px, py, 240.0, 1960.0, 215.0, 60.0, -1.4, "thermometer"),
        (12.0, 9.0),
    )


# ---- an amber glass dropper bottle -----------------------------------------------------------------------


def _dropper(px: np.ndarray, py: np.ndarray, cx: float, base: float, s: float, name: str):
    """A 30 ml amber glass dropper bottle standing with its foot at ``base``, ``s`` px a unit (the body 2
    units wide): a layer."""
    shape = px.shape
    body = _box(px, py, cx - s, base - 2.9 * s, cx + s, base, 0.16 * s)
    shoulder = _ellipse(px, py, cx, base - 2.85 * s, s, 0.42 * s) * (py < base - 2.85 * s)
    neck = _box(px, py, cx - 0.45 * s, base - 3.45 * s, cx + 0.45 * s, base - 2.9 * s, 0.05 * s)
    glass = np.clip(np.maximum.reduce([body, shoulder, neck]), 0, 1)
    collar = _box(px, py, cx - 0.62 * s, base - 4.2 * s, cx + 0.62 * s, base - 3.3 * s, 0.08 * s)
    bulb = np.maximum(
        _box(px, py, cx - 0.42 * s, base - 5.1 * s, cx + 0.42 * s, base - 4.1 * s, 0.12 * s),
        _ellipse(px, py, cx, base - 5.05 * s, 0.42 * s, 0.42 * s),
    )
    neck_bulb = _box(px, py, cx - 0.3 * s, base - 4.3 * s, cx + 0.3 * s, base - 4.05 * s, 0.05 * s)
    bulb = np.maximum(bulb, neck_bulb)
    u = np.clip((px - cx) / s, -0.999, 0.999)
    # the glass: its transmitted amber darker at the sides (a longer path), the liquid's level
    path = 1.0 / np.sqrt(np.clip(1.0 - u**2, 0.05, 1))
    amber = np.array([0.72, 0.34, 0.07], dtype=np.float32)
    liquid = np.clip(py - (base - 3.05 * s) + 0.5, 0, 1)
    transmit = amber[None, None, :] ** (1.0 + 0.6 * path[..., None] + 1.2 * liquid[..., None])
    pipette = (
        np.exp(-(((px - cx) / (0.07 * s)) ** 2))
        * np.clip(py - (base - 3.4 * s), 0, 1)
        * np.clip(base - 0.45 * s - py, 0, 1)
    )
    transmit = transmit * (1.0 - 0.5 * pipette)[..., None]
    nx = u
    nz = np.sqrt(np.clip(1.0 - u**2, 0.02, 1))
    # the window mirrored as a tall soft highlight at the left, the ceiling panel as a small hot one
    window = np.exp(-(((u + 0.52) / 0.13) ** 2)) * np.clip((py - (base - 3.2 * s)) / (0.3 * s), 0, 1)
    window = window * np.clip((base - 0.15 * s - py) / (0.3 * s), 0, 1)
    ceiling = np.exp(-(((u - 0.1) / 0.18) ** 2) - (((py - (base - 2.95 * s)) / (0.09 * s)) ** 2))
    rim = np.clip(np.abs(u) - 0.85, 0, 1) * 4.0
    # the label: white paper wrapped round the middle, a green cross and printed lines
    label = _box(px, py, cx - s - 1, base - 2.3 * s, cx + s + 1, base - 0.6 * s, 0.02 * s) * body
    lx = cx + np.arcsin(u) / (np.pi / 2) * s  # the label's own across, wrapped
    cross = np.maximum(
        _box(lx, py, cx - 0.62 * s, base - 2.08 * s, cx - 0.38 * s, base - 1.6 * s, 0.02 * s),
        _box(lx, py, cx - 0.74 * s, base - 1.96 * s, cx - 0.26 * s, base - 1.72 * s, 0.02 * s),
    )
    lines = np.zeros(shape, dtype=np.float32)
    for k, (start, end, y) in enumerate(
        ((-0.15, 0.7, 2.0), (-0.15, 0.55, 1.75), (-0.7, 0.7, 1.35), (-0.7, 0.4, 1.12), (-0.7, 0.6, 0.9))
    ):
        thick = 0.085 * s if k < 1 else 0.05 * s
        words = 0.5 + 0.5 * np.sign(np.sin((lx - cx) / (0.09 * s) * (1.3 + 0.2 * k) + k))
        lines = np.maximum(
            lines,
            _box(lx, py, cx + start * s, base - y * s - thick, cx + end * s, base - y * s + thick, 0.02 * s)
            * (0.6 + 0.4 * words),
        )
    paper = _rgb(246, 246, 240)[None, None, :] * np.ones(shape + (1,), np.float32)
    paper = _over(paper, _rgb(20, 150, 80), cross)
    paper = _over(paper, _rgb(40, 44, 48), lines * (1 - cross))
    lambert, gloss = _shading(*_unit(nx, np.zeros_like(nx), nz), _TOWARDS_KEY, _VIEW, 25.0)
    # the layers: the glass glows with what it passes, the label and the black parts are lit
    glass_only = glass * (1.0 - label)
    glow = transmit * (0.55 + 0.25 * lambert)[..., None] * 1.4
    glow = glow + (1.8 * window + 2.2 * ceiling + 0.15 * rim)[..., None] * np.ones(3, np.float32)
    lit = np.zeros(shape + (3,), np.float32)
    amb = transmit * 0.25
    layer = (lit, amb, glow, glass_only)
    layer = _put(layer, _paint(paper, 0.35 + 0.65 * lambert, 0.6 + 0.4 * nz, 0.05 * gloss, label))
    layer = (layer[0], layer[1], layer[2] + (0.4 * window * label)[..., None], np.maximum(layer[3], glass))
    black = _rgb(22, 22, 24)
    cu = np.clip((px - cx) / (0.62 * s), -0.999, 0.999)
    ribs = 0.5 + 0.5 * np.cos(np.arcsin(cu) * 22)
    c_lambert, c_gloss = _shading(
        *_unit(cu + 0.1 * (ribs - 0.5), np.zeros_like(cu), np.sqrt(np.clip(1 - cu**2, 0.02, 1))),
        _TOWARDS_KEY,
        _VIEW,
        60.0,
    )
    collar_layer = _paint(
        black[None, None, :] * (0.8 + 0.2 * ribs)[..., None],
        0.4 + 0.6 * c_lambert,
        0.6 + 0.4 * np.sqrt(np.clip(1 - cu**2, 0, 1)),
        0.9 * c_gloss,
        collar,
    )
    layer = _put(layer, collar_layer)
    bu = np.clip((px - cx) / (0.42 * s), -0.999, 0.999)
    bv = np.clip((base - 4.9 * s - py) / (0.6 * s), 0, 0.999)
    b_n = _unit(bu, -bv, np.sqrt(np.clip(1 - bu**2, 0.02, 1)) * np.sqrt(np.clip(1 - bv**2, 0.02, 1)))
    b_lambert, b_gloss = _shading(*b_n, _TOWARDS_KEY, _VIEW, 10.0)
    rubber = _rgb(18, 17, 17)[None, None, :] * (1.0 + 0.04 * _fine(name + "/bulb", shape, 1.5))[..., None]
    layer = _put(layer, _paint(rubber, 0.4 + 0.6 * b_lambert, 0.6 + 0.4 * b_n[2], 0.05 * b_gloss, bulb))
    return layer


def _amber_caustic(cx: float, base: float, s: float):
    """The light the amber glass passes, falling amber into the middle of its shadow."""

    def tint(px: np.ndarray, py: np.ndarray, cast: np.ndarray) -> np.ndarray:
        spot = np.exp(-(((px - cx - 1.6 * s) / (0.5 * s)) ** 2) - (((py - base + 0.2 * s) / (0.28 * s)) ** 2))
        return (0.09 * spot * cast)[..., None] * np.array([1.0, 0.55, 0.12], dtype=np.float32)

    return tint


def dropper_bottle_packshot() -> Image.Image:
    """A 30 ml amber glass dropper bottle standing small on the card, a 1400 x 1050 landscape (shrunk by the
    marketplace to 1200 x 900)."""
    return _packshot(
        "dropper_bottle",
        (1400, 1050),
        lambda px, py: _dropper(px, py, 690.0, 720.0, 62.0, "dropper"),
        (30.0, 6.0),
        _amber_caustic(690.0, 720.0, 62.0),
    )


# ---- the pharmacy counter -----------------------------------------------------------------------------


def pharmacy_scene() -> Image.Image:
    """The hot-water bottle, the pill organiser, the thermometer and the dropper bottle on the pharmacy's
    beech laminate counter, the shelves behind blurred by the portrait mode, not edited, a 1600 x 1200
    landscape (shrunk by the marketplace to 1200 x 900)."""
    w, h = 1600, 1200
    px, py = _grid(w, h)
    shape = px.shape
    ledge = 470.0
    rng = _rng("scene/boxes")
    # the shelves: rows of medicine boxes (white with coloured bands) on white shelf edges
    shelves = np.full(shape + (3,), 0.82, dtype=np.float32) * _rgb(235, 236, 232)
    for row, (y0, y1) in enumerate(((20.0, 200.0), (230.0, 420.0))):
        x = -20.0 + 30.0 * row
        while x < w:
            bw = float(rng.uniform(60, 150))
            bh = float(rng.uniform(0.55, 0.95)) * (y1 - y0)
            box = _box(px, py, x, y1 - bh, x + bw - 6, y1, 2.0)
            colour = _rgb(
                *rng.choice(
                    [
                        [44, 110, 200],
                        [210, 50, 60],
                        [40, 160, 90],
                        [240, 170, 30],
                        [120, 60, 160],
                        [30, 170, 190],
                    ]
                )
            )
            face = _rgb(244, 244, 240)[None, None, :] * np.ones(shape + (1,), np.float32)
            band = _box(px, py, x, y1 - bh + 0.25 * bh, x + bw - 6, y1 - bh + 0.45 * bh, 0.0)
            face = _over(face, colour, band)
            shelves = _over(shelves, face * (0.9 + 0.1 * float(rng.uniform())), box)
            x += bw
        edge = _box(px, py, -10, y1, w + 10, y1 + 22.0, 0.0)
        shelves = _over(shelves, _rgb(250, 250, 248), edge)
        shelves = shelves * (1.0 - 0.35 * np.exp(-(((py - y1 - 24.0) / 6.0) ** 2)))[..., None]
    cross = np.maximum(_box(px, py, 95, 40, 135, 150, 4), _box(px, py, 60, 75, 170, 115, 4))
    shelves = _over(shelves, _rgb(30, 200, 90), cross)
    wall = (
        shelves,
        shelves,
        (0.35 * cross)[..., None] * np.array([0.2, 1.0, 0.45], np.float32),
        np.zeros(shape, np.float32),
    )
    # the counter: pale beech laminate, its grain along the rows, the window's glare on it
    grain = _brushed("scene/beech", shape, 80.0)
    beech = (
        _rgb(222, 190, 146)[None, None, :]
        * (0.95 + 0.03 * grain + 0.02 * _fine("scene/fleck", shape, 1.2))[..., None]
    )
    on_counter = np.clip(py - ledge + 0.5, 0, 1)
    glare = 0.12 * np.exp(-(((px - 260.0) / 420.0) ** 2) - (((py - 620.0) / 140.0) ** 2))
    counter = (beech, beech * 0.95, (glare * on_counter)[..., None] * _KEY, on_counter)
    layer = _put(wall, counter)
    # the items
    bottle = _hot_water_bottle(px, py, 470.0, 520.0, 62.0, "scene/bottle")
    organiser = _organiser(px, py, 690.0, 760.0, 88.0, 7.0, "scene/organiser")
    thermo = _thermometer(px, py, 180.0, 980.0, 1090.0, 27.0, -6.0, "scene/thermometer")
    dropper = _dropper(px, py, 1485.0, 720.0, 36.0, "scene/dropper")
    shadows = np.zeros(shape, dtype=np.float32)
    for item, (dx, dy, soft) in (
        (bottle, (16.0, 10.0, 8.0)),
        (organiser, (20.0, 12.0, 8.0)),
        (thermo, (10.0, 7.0, 5.0)),
        (dropper, (34.0, 6.0, 7.0)),
    ):
        shadows = np.maximum(shadows, _blur(_cast(item[3], dx, dy, soft), soft))
    for item in (bottle, organiser, thermo, dropper):
        layer = _put(layer, item)
    items = np.clip(sum(item[3] for item in (bottle, organiser, thermo, dropper)), 0, 1)
    window = 1.0 - 0.25 * (px / w)
    keymap = window * (1.0 - 0.75 * shadows * (1.0 - items)) * np.where(py < ledge, 0.75, 1.0)
    linear = _lighting(layer, keymap)
    # the portrait mode: the shelves far behind blurred, the counter more the farther back it is
    far = np.clip((780.0 - py) / 330.0, 0, 1) ** 1.2
    linear = _portrait(linear, items, far, 16.0)
    frame = _phone(linear, "scene")
    return _market(Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8)))
