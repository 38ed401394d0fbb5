"""``heldout47``'s pictures: four products a second-hand shop lists from its glass display cabinet, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop of a phone photo: a 4:3 landscape of 1600 x 1200
  (rangefinder camera; shrunk by the marketplace to 1500 x 1125), a 2:3 portrait of 1000 x 1500
  (wristwatch), a 3:1 strip of 1800 x 600 (pocket knife, thin in it; shrunk to 1500 x 500) and a square of
  1200 x 1200 (cameo brooch, small in it); the scene is a 16:9 landscape of 1600 x 900 (shrunk to 1500 x 844);
- the canvases they are padded onto (``PADDING``): a 1:0.8 landscape with a moderate margin round the camera's
  picture (and round the scene), a 1:0.95 canvas with a close margin above and below the watch's tall, narrow
  picture, a 1:0.38 banner a little wider than the knife's long picture, and a square whose side is 2.9 times
  the height of the brooch's small picture (the picture covers about 10 % of it); every padded picture covers
  at least 8 % of its canvas;
- a rangefinder film camera seen from the front: black pebbled leatherette between a brushed chrome top
  and bottom plate, a knurled shutter-speed dial and a rewind knob on top, the rangefinder's two windows
  and the frosted frame-line window, a lens of chrome and black rings with a white distance scale round a
  blue-coated front glass (a mid-grey and black product with glossy parts); a man's wristwatch with a black
  dial on a black leather strap lying straight, the buckle above and the holed end below, pale edge
  stitching, a steel case, crown and bezel, white baton markers and hands (a dark product); an open
  folding pocket knife with staghorn scales, nickel bolsters and a steel clip-point blade, its ground bevel
  and nail nick (a thin product); an oval shell cameo brooch, a pale carved profile of a woman with her hair
  in a bun on a salmon ground, in a gilt rope-twist frame (a small product);
- every packshot is a phone photo taken through the front glass of a shop's display cabinet: the item on
  the cabinet's white laminate shelf under the warm LED strip along the cabinet's top (brighter towards the
  top of the frame, a soft shadow below each item and a contact line), the glass tinting a little green and
  laying a faint veil and the reflection of the shop's ceiling tube as a pale soft streak across the frame;
  the phone's noise, noise reduction and sharpening, and its JPEG at quality 93 with 4:2:0 chroma; then the
  seller's photo app cuts the item onto white with its "white background" tool: a lasso the seller draws
  a few pixels round the item with a finger (wobbly, keeping a thin band of shelf and shadow round it),
  feathered 2 px and filled outside with white, and levels with the white point on the brightest shelf kept
  inside the lasso; a JPEG at quality 88 without chroma subsampling; the marketplace shrinks what is longer
  than 1500 px to 1500 px and re-encodes it at quality 84 with 4:2:0 chroma;
- one full-frame scene: the camera, the brooch on a small black velvet pad and a handwritten price tag on
  the cabinet's shelf before its oatmeal felt back panel, seen through the front glass (the shop's window
  and its ceiling tube reflected in it, the glass shelf's green front edge below), not edited, the phone's
  JPEG re-encoded by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the shelf, a
shadow or the lasso's band), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image

from bench.photo_sets.heldout34 import _box
from bench.photo_sets.heldout35 import _grid
from bench.photo_sets.heldout36 import _blur, _over, _rgb
from bench.photo_sets.heldout37 import _ellipse
from bench.photo_sets.heldout43 import _poly
from bench.photo_sets.heldout44 import _lettering, _shifted, _stroke, _turn, _wide
from bench.photo_sets.heldout45 import _capsule

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "film_camera": (820, 1.25, 0.8),
    "wristwatch": (900, 1.12, 0.95),
    "pocket_knife": (1020, 1.06, 0.38),
    "cameo_brooch": (260, 2.9, 1.0),
}

_MASKS: dict[str, np.ndarray] = {}

# the cabinet's warm LED strip as the phone's white balance leaves it, and the glass's green
_WARM = np.array([1.0, 0.985, 0.955], dtype=np.float32)
_GLASS = np.array([0.975, 1.0, 0.978], dtype=np.float32)
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout47/" + name).encode()))


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


# ---- the cabinet, the glass, the phone and the app -----------------------------------------------------


def _shelf(name: str, w: int, h: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The white laminate shelf as the phone frames it: its grid and albedo (a faint sheen and grain)."""
    px, py = _grid(w, h)
    shape = px.shape
    level = 0.93 + 0.004 * _fine(name + "/laminate", shape, 1.0) + 0.006 * _fine(name + "/sheen", shape, 60.0)
    return px, py, level[..., None] * np.ones(3, dtype=np.float32)


def _shadow(mask: np.ndarray, reach: float, soft: float, depth: float) -> np.ndarray:
    """How much light the shelf keeps (1 = all) round an item of ``mask`` lit from the cabinet's top front:
    a soft shadow thrown ``reach`` px down the frame and blurred ``soft`` px, and a contact line."""
    cast = _wide(_shifted(mask, round(0.15 * reach), round(reach)), soft)
    contact = np.clip(_blur(mask, 1.5) * 1.6, 0, 1)
    return 1.0 - (depth * np.clip(cast, 0, 1) + 0.35 * contact) * (1.0 - mask)


def _glass(colour: np.ndarray, name: str, streak: tuple[float, float, float]) -> np.ndarray:
    """The cabinet's LED light (brighter towards the top) and what its front glass adds: a green tint, a faint
    veil and the ceiling tube's reflection, a pale soft streak through (x, y) at ``streak``'s angle."""
    h, w = colour.shape[:2]
    px, py = _grid(w, h)
    light = 1.0 - 0.1 * py / h + 0.015 * _fine(name + "/light", (h, w), 200.0)
    values = colour * light[..., None] * _WARM * _GLASS
    x0, y0, degrees = streak
    a = np.deg2rad(degrees)
    across = (px - x0) * np.sin(a) - (py - y0) * np.cos(a)
    along = (px - x0) * np.cos(a) + (py - y0) * np.sin(a)
    band = np.exp(-((across / (0.018 * w)) ** 2)) * (0.75 + 0.25 * np.cos(along / w * 2.2))
    veil = 0.018 + 0.06 * band + 0.01 * _fine(name + "/smudge", (h, w), 90.0).clip(-1, 2)
    return values * (1.0 - 0.5 * veil[..., None]) + veil[..., None] * np.array([0.95, 0.97, 1.0])


def _phone(values: np.ndarray, name: str, exposure: float) -> np.ndarray:
    """The phone's still of ``values`` (0..1, over 1 for glints): the lens's slight softness, shot and read
    noise, noise reduction, sharpening, 8 bits, a JPEG at quality 93 with 4:2:0 chroma. Its levels, 0..255."""
    values = _blur(values * exposure, (0.7, 0.7, 0))
    clipped = np.clip(values, 0, 1)
    sigma = np.sqrt(0.00003 + 0.00016 * clipped)
    noisy = clipped + _rng(name + "/sensor").normal(0, 1, clipped.shape).astype(np.float32) * sigma
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (2.5, 2.5, 0))
    smooth = _blur(y, 0.9)
    detail = y - smooth
    y = smooth + detail * (detail**2 / (detail**2 + 0.011**2))
    y = y + 0.6 * (y - _blur(y, 1.4))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=93, subsampling=2)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: what is longer than 1500 px shrunk to 1500 px, a JPEG at quality 84 with 4:2:0 chroma."""
    if max(image.size) > 1500:
        ratio = 1500 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=84, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _lasso(mask: np.ndarray, name: str, gap: float) -> np.ndarray:
    """The seller's finger-drawn lasso round ``mask``: about ``gap`` px outside it, wobbling between about half
    and one and a half times that, feathered 2 px by the app (1 inside, 0 outside)."""
    from scipy import ndimage

    distance = ndimage.distance_transform_edt(mask < 0.5).astype(np.float32)
    wobble = np.clip(_fine(name + "/lasso", mask.shape, 4.0 * gap), -1.5, 1.5) / 3.0
    inside = np.clip(gap * (1.0 + wobble) - distance + 0.5, 0, 1)
    return np.clip(_blur(np.maximum(inside, mask), 2.0), 0, 1)


def _brushed(name: str, shape: tuple[int, int], length: float) -> np.ndarray:
    """Unit-variance streaks ``length`` px long along the rows (brushed metal)."""
    values = _blur(_rng(name).normal(0, 1, shape).astype(np.float32), (0.6, length))
    return (values - float(values.mean())) / float(values.std())


def _upload(frame: np.ndarray, mask: np.ndarray, name: str, gap: float) -> Image.Image:
    """The photo app's "white background" tool on the phone's still: the lasso filled outside with white,
    levels with the white point on the brightest shelf inside it (each channel) and the black point at 4, a
    JPEG at quality 88 without chroma subsampling; then the marketplace's copy."""
    keep = _lasso(mask, name, gap)
    band = (keep > 0.9) & (_wide(mask, 3.0) < 0.02)
    white = np.percentile(frame[band], 96.0, axis=0) if band.any() else np.full(3, 235.0)
    values = np.clip((frame - 4.0) / (white - 4.0), 0, 1) * 255.0
    values = values * keep[..., None] + 255.0 * (1.0 - keep[..., None])
    image = Image.fromarray(np.clip(values + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88, subsampling=0)
    image = _market(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    drawn = Image.fromarray((np.clip(mask, 0, 1) * 255.0).astype(np.uint8))
    if drawn.size != image.size:
        drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
    _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _packshot(
    name: str,
    size: tuple[int, int],
    draw,
    shadow: tuple[float, float, float],
    streak: tuple[float, float, float],
    gap: float,
    exposure: float = 1.0,
) -> Image.Image:
    """A packshot of the item ``draw(px, py)`` gives (colour, mask) on the shelf, through the glass."""
    px, py, colour = _shelf(name, *size)
    item, mask = draw(px, py)
    colour = colour * _shadow(mask, *shadow)[..., None]
    colour = _over(colour, item, mask)
    frame = _phone(_glass(colour, name, streak), name, exposure)
    return _upload(frame, mask, name, gap)


# ---- a rangefinder film camera ---------------------------------------------------------------------------


def _knurl(px: np.ndarray, py: np.ndarray, cx: float, cy: float, count: int) -> np.ndarray:
    """Fine ridges round a centre (a knurled ring seen face on), 0..1."""
    angle = np.arctan2(py - cy, px - cx)
    return 0.5 + 0.5 * np.cos(angle * count)


def _camera(
    px: np.ndarray, py: np.ndarray, x0: float, y0: float, width: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """A rangefinder film camera seen from the front, its body's top left at (x0, y0), ``width`` px wide: its
    colour (glints over 1) and mask."""
    shape = px.shape
    s = width / 1000.0
    x1, top, plate, bottom = x0 + width, y0 + 60 * s, y0 + 150 * s, y0 + 520 * s
    body = _box(px, py, x0, top, x1, bottom, 30 * s)
    # brushed chrome: a vertical gradient and fine horizontal streaks
    streaks = 0.05 * _brushed(name + "/brushed", shape, 14.0 * s) + 0.02 * _fine(name + "/brush2", shape, 3.0)
    chrome_tone = (
        0.62 + 0.25 * np.clip((py - top) / (90 * s), 0, 1) - 0.18 * np.clip((py - plate) / (20 * s), 0, 1)
    )
    chrome = _rgb(214, 216, 220)[None, None, :] * (chrome_tone + streaks)[..., None]
    pebbles = 0.3 * _fine(name + "/pebbles", shape, 1.6 * s) + 0.15 * _fine(name + "/pebble2", shape, 4.0 * s)
    leather = _rgb(30, 30, 32)[None, None, :] * (1.0 + pebbles)[..., None]
    in_leather = np.clip((py - plate) + 0.5, 0, 1) * np.clip((bottom - 40 * s - py) + 0.5, 0, 1)
    colour = _over(chrome, leather, in_leather)
    # the rangefinder's windows and the frosted frame-line window in the top plate
    for wx0, wx1, tone in ((70, 190, "dark"), (430, 510, "frost"), (800, 930, "dark")):
        win = _box(px, py, x0 + wx0 * s, top + 20 * s, x0 + wx1 * s, plate - 16 * s, 6 * s)
        if tone == "dark":
            glass = (
                _rgb(36, 44, 52)[None, None, :]
                * (1.0 + 0.6 * np.clip((px - x0 - wx0 * s) / (120 * s), 0, 1))[..., None]
            )
        else:
            glass = (
                _rgb(226, 228, 224)[None, None, :]
                * (0.9 + 0.05 * _fine(name + "/frost", shape, 1.0))[..., None]
            )
        rim = np.clip(
            _box(px, py, x0 + (wx0 - 5) * s, top + 15 * s, x0 + (wx1 + 5) * s, plate - 11 * s, 8 * s) - win,
            0,
            1,
        )
        colour = _over(colour, _rgb(120, 122, 126), rim)
        colour = _over(colour, glass, win)
    # the shutter-speed dial, the rewind knob and the shutter button on top
    dial = _box(px, py, x0 + 700 * s, y0, x0 + 860 * s, top + 4 * s, 8 * s)
    ridges = 0.5 + 0.5 * np.cos((px - x0) / (5.0 * s))
    dial_tone = (0.55 + 0.35 * ridges) * (0.8 + 0.2 * np.clip((py - y0) / (60 * s), 0, 1))
    colour = _over(colour, _rgb(210, 212, 216)[None, None, :] * dial_tone[..., None], dial)
    knob = _box(px, py, x0 + 90 * s, y0 + 18 * s, x0 + 200 * s, top + 4 * s, 6 * s)
    colour = _over(colour, _rgb(200, 202, 206)[None, None, :] * (0.6 + 0.3 * ridges)[..., None], knob)
    button = _box(px, py, x0 + 600 * s, y0 + 32 * s, x0 + 650 * s, top + 4 * s, 10 * s)
    colour = _over(colour, _rgb(235, 236, 238), button)
    lettering = _lettering("LEONAR  M3", 22 * s, px, py, x0 + 260 * s, top + 40 * s, 1.0)
    colour = _over(colour, _rgb(40, 40, 42), 0.9 * np.clip(lettering, 0, 1))
    # the lens: a knurled chrome barrel, a black focusing ring with a white scale, a chrome ring, the glass
    cx, cy = x0 + 0.5 * width, y0 + 345 * s
    rr = np.hypot(px - cx, py - cy) / s
    barrel = np.clip((215 - rr) * s + 0.5, 0, 1)
    ring = np.clip((rr - 160) * s + 0.5, 0, 1) * barrel
    knurl = _knurl(px, py, cx, cy, 240)
    colour = _over(colour, _rgb(200, 202, 206)[None, None, :] * (0.55 + 0.35 * knurl)[..., None], ring)
    focus = np.clip((160 - rr) * s + 0.5, 0, 1) * np.clip((rr - 120) * s + 0.5, 0, 1)
    angle = np.arctan2(py - cy, px - cx)
    ticks = (np.cos(angle * 36) > 0.92) * np.clip((rr - 146) * s, 0, 1) * (np.sin(angle) < 0.2)
    colour = _over(colour, _rgb(22, 22, 24), focus)
    colour = _over(colour, _rgb(236, 236, 232), 0.9 * ticks * focus)
    inner = np.clip((120 - rr) * s + 0.5, 0, 1)
    colour = _over(
        colour, _rgb(190, 192, 196)[None, None, :] * (0.7 + 0.25 * np.cos(angle - 2.3))[..., None], inner
    )
    name_ring = _lettering(
        "SUMMAR 1:2 f=5cm", 14 * s, (angle + np.pi / 2) * 105 * s, (117 - rr) * s, -75 * s, 0, 1.0
    )
    colour = _over(colour, _rgb(245, 245, 245), np.clip(name_ring, 0, 1) * inner * (np.sin(angle) < 0))
    front = np.clip((88 - rr) * s + 0.5, 0, 1)
    coat = _rgb(22, 24, 40)[None, None, :] * (1.0 + 0.8 * np.clip(1.0 - rr / 88.0, 0, 1))[..., None]
    tint = np.exp(-(((rr - 55) / 12.0) ** 2)) * np.clip(np.cos(angle + 2.0), 0, 1)
    coat = coat + (0.35 * tint)[..., None] * _rgb(120, 90, 220)[None, None, :]
    glint = np.exp(-(((px - cx + 30 * s) / (14 * s)) ** 2) - ((py - cy + 34 * s) / (9 * s)) ** 2)
    coat = coat + (1.3 * glint)[..., None]
    colour = _over(colour, coat, front)
    # the strap lugs
    lugs = np.zeros(shape, dtype=np.float32)
    for lx in (x0 - 8 * s, x1 + 8 * s):
        lug, _, _ = _capsule(px, py, lx, top + 40 * s, lx, top + 80 * s, 8 * s, 8 * s)
        lugs = np.maximum(lugs, lug)
    colour = _over(colour, _rgb(196, 198, 202), lugs)
    mask = np.clip(np.maximum.reduce([body, dial, knob, button, barrel, lugs]), 0, 1)
    return colour, mask


def film_camera_packshot() -> Image.Image:
    """A rangefinder film camera on the cabinet's shelf, a 1600 x 1200 landscape (shrunk by the marketplace to
    1500 x 1125)."""
    return _packshot(
        "film_camera",
        (1600, 1200),
        lambda px, py: _camera(px, py, 330.0, 300.0, 940.0, "camera"),
        (26.0, 22.0, 0.3),
        (300.0, 380.0, 14.0),
        9.0,
    )


# ---- a man's wristwatch on a black leather strap ---------------------------------------------------------


def _watch(
    px: np.ndarray, py: np.ndarray, cx: float, cy: float, s: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """A wristwatch lying with its strap straight up and down the frame, its dial's middle at (cx, cy), ``s``
    px per mm: colour (glints over 1) and mask."""
    shape = px.shape
    # the strap: 20 mm at the lugs tapering to 16, the buckle end above and the holed end below
    top_end, bottom_end = cy - 100 * s, cy + 125 * s
    t = np.clip(np.abs(py - cy) / (110 * s), 0, 1)
    half = (10.0 - 2.0 * t) * s
    strap = np.clip((half - np.abs(px - cx)) + 0.5, 0, 1)
    strap = strap * np.clip((py - top_end) + 0.5, 0, 1) * np.clip((bottom_end - 8 * s - py) + 0.5, 0, 1)
    tip = _ellipse(px, py, cx, bottom_end - 8 * s, 8.0 * s, 8.0 * s) * (py > bottom_end - 8 * s)
    strap = np.maximum(strap, tip)
    grain = 0.22 * _fine(name + "/grain", shape, 1.0 * s) + 0.12 * _fine(name + "/crease", shape, 6 * s)
    across = np.clip((px - cx) / np.maximum(half, 1.0), -1, 1)
    leather = (
        _rgb(26, 24, 24)[None, None, :]
        * (1.0 + grain + 0.35 * np.exp(-(((across + 0.3) / 0.3) ** 2)))[..., None]
    )
    colour = leather
    # the edge stitching: short pale dashes 1.2 mm in from each side
    stitch = np.clip(np.cos((py / s) * 2 * np.pi / 3.0) * 3.0 - 1.0, 0, 1)
    lines = np.exp(-(((np.abs(px - cx) - (half - 1.3 * s)) / (0.35 * s)) ** 2))
    colour = _over(
        colour, _rgb(200, 192, 176), np.clip(stitch * lines, 0, 1) * strap * (np.abs(py - cy) > 24 * s)
    )
    # the holes in the lower end and the steel buckle at the upper end
    for j in range(5):
        hole = _ellipse(px, py, cx, cy + (68 + 8 * j) * s, 1.3 * s, 1.3 * s)
        colour = _over(colour, _rgb(8, 8, 8), hole)
    buckle_outer = _box(px, py, cx - 12 * s, top_end - 4 * s, cx + 12 * s, top_end + 14 * s, 4 * s)
    buckle_inner = _box(px, py, cx - 9.5 * s, top_end - 1.5 * s, cx + 9.5 * s, top_end + 11.5 * s, 2.5 * s)
    frame = np.clip(buckle_outer - buckle_inner, 0, 1)
    steel = (
        _rgb(196, 200, 206)[None, None, :]
        * (0.6 + 0.4 * np.clip((px - cx + 12 * s) / (24 * s), 0, 1))[..., None]
    )
    colour = _over(colour, steel, frame)
    prong = _box(px, py, cx - 1.2 * s, top_end + 4 * s, cx + 1.2 * s, top_end + 16 * s, 1.0 * s)
    colour = _over(colour, steel, prong)
    # the case, its lugs, crown and bezel
    rr = np.hypot(px - cx, py - cy) / s
    case = np.clip((20.0 - rr) * s + 0.5, 0, 1)
    lugs = np.zeros(shape, dtype=np.float32)
    for sy in (-1.0, 1.0):
        for sx in (-1.0, 1.0):
            lug, _, _ = _capsule(
                px,
                py,
                cx + sx * 8.5 * s,
                cy + sy * 14 * s,
                cx + sx * 9 * s,
                cy + sy * 24 * s,
                2.2 * s,
                2.0 * s,
            )
            lugs = np.maximum(lugs, lug)
    crown, _, _ = _capsule(px, py, cx + 19 * s, cy, cx + 23.5 * s, cy, 2.6 * s, 2.6 * s)
    angle = np.arctan2(py - cy, px - cx)
    polish = (
        0.5
        + 0.35 * np.cos(angle + 2.4)
        + 0.5 * np.exp(-(((rr - 18.5) / 0.5) ** 2)) * np.clip(np.cos(angle + 2.2), 0, 1)
    )
    metal = np.maximum.reduce([case, lugs, crown])
    colour = _over(colour, steel * 0 + _rgb(205, 208, 214)[None, None, :] * polish[..., None], metal)
    crown_ridges = 0.6 + 0.4 * np.cos((py - cy) / (0.5 * s))
    colour = _over(colour, _rgb(205, 208, 214)[None, None, :] * crown_ridges[..., None], crown)
    # the black dial, its white batons and hands, the date window
    dial = np.clip((16.5 - rr) * s + 0.5, 0, 1)
    sunburst = 1.0 + 0.25 * np.cos(angle * 2 + 0.8)
    colour = _over(colour, _rgb(16, 17, 20)[None, None, :] * sunburst[..., None], dial)
    batons = np.zeros(shape, dtype=np.float32)
    for j in range(12):
        a = 2 * np.pi * j / 12.0
        length = 3.6 if j % 3 == 0 else 2.4
        bx0, by0 = cx + 14.5 * s * np.sin(a), cy - 14.5 * s * np.cos(a)
        bx1, by1 = cx + (14.5 - length) * s * np.sin(a), cy - (14.5 - length) * s * np.cos(a)
        baton, _, _ = _capsule(px, py, bx0, by0, bx1, by1, 0.55 * s, 0.55 * s)
        batons = np.maximum(batons, baton)
    colour = _over(colour, _rgb(236, 236, 232), batons)
    for a, length, width in ((np.deg2rad(305.0), 9.0, 0.7), (np.deg2rad(55.0), 13.0, 0.55)):
        hand, _, _ = _capsule(
            px, py, cx, cy, cx + length * s * np.sin(a), cy - length * s * np.cos(a), width * s, 0.35 * s
        )
        colour = _over(colour, _rgb(236, 236, 232), hand)
    second, _, _ = _capsule(
        px,
        py,
        cx - 3 * s * np.sin(2.1),
        cy + 3 * s * np.cos(2.1),
        cx + 14 * s * np.sin(2.1),
        cy - 14 * s * np.cos(2.1),
        0.18 * s,
        0.18 * s,
    )
    colour = _over(colour, _rgb(200, 40, 34), second)
    colour = _over(colour, _rgb(200, 202, 206), _ellipse(px, py, cx, cy, 1.0 * s, 1.0 * s))
    date = _box(px, py, cx + 8.5 * s, cy - 1.6 * s, cx + 12 * s, cy + 1.6 * s, 0.3 * s)
    colour = _over(colour, _rgb(236, 236, 232), date)
    colour = _over(
        colour,
        _rgb(20, 20, 20),
        np.clip(_lettering("14", 2.4 * s, px, py, cx + 8.9 * s, cy - 1.2 * s, 1.0), 0, 1) * date,
    )
    # the crystal's glare: a soft pale arc over the dial
    glare = np.exp(-(((rr - 11) / 3.0) ** 2)) * np.clip(np.cos(angle + 2.3), 0, 1) ** 3
    colour = colour + (0.16 * glare * dial)[..., None]
    mask = np.clip(np.maximum.reduce([strap, frame, prong, metal]), 0, 1)
    return colour, mask


def wristwatch_packshot() -> Image.Image:
    """A man's wristwatch with a black dial on a black leather strap on the cabinet's shelf, a 1000 x 1500
    portrait."""
    return _packshot(
        "wristwatch",
        (1000, 1500),
        lambda px, py: _watch(px, py, 505.0, 690.0, 5.6, "watch"),
        (18.0, 16.0, 0.32),
        (620.0, 560.0, -28.0),
        8.0,
        1.02,
    )


# ---- an open folding pocket knife ------------------------------------------------------------------------


def _knife(
    px: np.ndarray, py: np.ndarray, pivot: tuple[float, float], degrees: float, s: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """An open pocket knife, its pivot at ``pivot``, the blade to the right turned ``degrees``, ``s`` px per
    mm: colour (glints over 1) and mask."""
    cx, cy = pivot
    u, v = _turn(px, py, cx, cy, degrees)
    a, b = (u - cx) / s, (v - cy) / s
    shape = px.shape
    # the handle: 95 mm to the left of the pivot, 17 mm deep, its back a little curved
    handle = _poly(
        u,
        v,
        [
            (cx - 95 * s, cy - 7 * s),
            (cx + 4 * s, cy - 8.5 * s),
            (cx + 4 * s, cy + 8.5 * s),
            (cx - 95 * s, cy + 7.5 * s),
        ],
    )
    ends = _ellipse(u, v, cx - 95 * s, cy, 4 * s, 7.3 * s)
    handle = np.maximum(handle, ends)
    # staghorn scales between the bolsters: knobbly, brown with pale ridges
    knobs = _fine(name + "/stag", shape, 1.1 * s) + 0.6 * _fine(name + "/stag2", shape, 0.35 * s)
    stag = _rgb(112, 80, 52)[None, None, :] * (0.85 + 0.3 * np.clip(knobs, -1.5, 2))[..., None]
    stag = _over(stag, _rgb(214, 196, 164), np.clip(knobs - 1.0, 0, 1) * 0.8)
    colour = stag * (1.0 - 0.3 * np.clip(np.abs(b) / 8.0, 0, 1) ** 2)[..., None]
    bolster = ((a > -14) | (a < -84)) * handle
    nickel = (
        _rgb(200, 200, 196)[None, None, :]
        * (0.6 + 0.35 * np.exp(-(((b + 2.5) / 2.0) ** 2)) + 0.015 * _fine(name + "/nickel", shape, 0.7))[
            ..., None
        ]
    )
    colour = _over(colour, nickel, np.clip(bolster, 0, 1))
    pin = _ellipse(u, v, cx - 2 * s, cy, 1.4 * s, 1.4 * s)
    colour = _over(colour, _rgb(150, 150, 148), pin)
    # the blade: 80 mm, a clip point, its ground bevel, the nail nick
    tip = 82.0
    spine = -7.0 + np.clip((a - 52.0) / (tip - 52.0), 0, 1) ** 1.4 * 5.5
    edge = 6.5 - np.clip((a - 40.0) / (tip - 40.0), 0, 1) ** 2.2 * 7.2
    blade = np.clip((b - spine) * s + 0.5, 0, 1) * np.clip((edge - b) * s + 0.5, 0, 1)
    blade = blade * np.clip((a - 2.0) * s + 0.5, 0, 1) * np.clip((tip - a) * s + 0.5, 0, 1)
    bevel = b > 1.5 - 0.02 * a
    steel = 0.62 + 0.03 * _brushed(name + "/satin", shape, 3.0 * s) + 0.15 * np.clip((a - 10) / 70.0, 0, 1)
    steel = np.where(bevel, 0.8 + 0.2 * np.exp(-(((b - 3.0) / 1.5) ** 2)), steel)
    colour = _over(colour, _rgb(206, 210, 214)[None, None, :] * steel[..., None], blade)
    nick = _ellipse(u, v, cx + 16 * s, cy - 4.8 * s, 4.0 * s, 0.9 * s)
    colour = _over(colour, _rgb(96, 98, 102), 0.8 * nick * blade)
    colour = _over(
        colour, _rgb(70, 72, 76), np.exp(-(((b - 6.3 + 0.0) / 0.25) ** 2)) * blade * (a < 40) * 0.5
    )
    mask = np.clip(np.maximum(handle, blade), 0, 1)
    return colour, mask


def pocket_knife_packshot() -> Image.Image:
    """An open pocket knife with staghorn scales on the cabinet's shelf, in an 1800 x 600 strip (shrunk by the
    marketplace to 1500 x 500)."""
    return _packshot(
        "pocket_knife",
        (1800, 600),
        lambda px, py: _knife(px, py, (1010.0, 300.0), -3.0, 8.8, "knife"),
        (12.0, 12.0, 0.3),
        (1300.0, 200.0, 62.0),
        7.0,
    )


# ---- an oval shell cameo brooch --------------------------------------------------------------------------


def _cameo(
    px: np.ndarray, py: np.ndarray, cx: float, cy: float, ry: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """An oval shell cameo in a gilt rope-twist frame, its middle at (cx, cy), ``ry`` px tall each side: its
    colour and mask."""
    shape = px.shape
    rx = 0.78 * ry
    d = np.hypot((px - cx) / rx, (py - cy) / ry)
    outer = np.clip((1.0 - d) * ry + 0.5, 0, 1)
    ground = np.clip((0.86 - d) * ry + 0.5, 0, 1)
    angle = np.arctan2((py - cy) / ry, (px - cx) / rx)
    rope = 0.55 + 0.45 * np.cos(angle * 46 + (d - 0.93) * 40.0)
    gold = _rgb(214, 172, 86)[None, None, :] * (rope * (0.8 + 0.3 * np.cos(angle + 2.3)))[..., None]
    colour = gold
    shell = (
        _rgb(206, 128, 98)[None, None, :]
        * (0.92 + 0.1 * (1.0 - d) + 0.03 * _fine(name + "/shell", shape, 1.2))[..., None]
    )
    colour = _over(colour, shell, ground)
    # the carved profile, facing left: the face, a bun of hair, the neck and a draped shoulder
    k = ry / 100.0
    parts = [
        _ellipse(px, py, cx - 4 * k, cy - 18 * k, 24 * k, 30 * k),
        _ellipse(px, py, cx + 20 * k, cy - 30 * k, 17 * k, 16 * k),
        _ellipse(px, py, cx - 26 * k, cy - 14 * k, 5 * k, 6 * k),
        _poly(
            px,
            py,
            [
                (cx - 8 * k, cy + 2 * k),
                (cx + 12 * k, cy + 4 * k),
                (cx + 16 * k, cy + 42 * k),
                (cx - 14 * k, cy + 42 * k),
            ],
        ),
        _ellipse(px, py, cx + 2 * k, cy + 64 * k, 44 * k, 26 * k),
    ]
    carving = np.clip(np.maximum.reduce(parts), 0, 1) * ground
    relief = _blur(carving, 5.0 * k)
    gy, gx = np.gradient(relief)
    lit = np.clip(0.9 - 9.0 * (gx * 0.6 + gy * 0.8) / max(k, 0.5), 0.5, 1.2)
    cream = _rgb(244, 232, 214)[None, None, :] * lit[..., None]
    colour = _over(colour, cream, carving)
    hair = _ellipse(px, py, cx + 20 * k, cy - 30 * k, 17 * k, 16 * k) * (
        0.5 + 0.5 * np.cos((px - cx) / (1.6 * k) + (py - cy) / (2.5 * k))
    )
    colour = colour * (1.0 - 0.18 * hair)[..., None]
    rim = np.exp(-(((d - 0.865) * ry / 1.2) ** 2))
    colour = colour * (1.0 - 0.35 * rim)[..., None]
    return colour, outer


def cameo_brooch_packshot() -> Image.Image:
    """An oval shell cameo brooch small on the cabinet's shelf, a 1200 x 1200 square."""
    return _packshot(
        "cameo_brooch",
        (1200, 1200),
        lambda px, py: _cameo(px, py, 585.0, 610.0, 140.0, "cameo"),
        (14.0, 12.0, 0.3),
        (900.0, 500.0, 40.0),
        8.0,
    )


# ---- the shelf inside the cabinet ------------------------------------------------------------------------


def cabinet_scene() -> Image.Image:
    """The camera, the brooch on a black velvet pad and a price tag on the cabinet's shelf before its felt back
    panel, through the front glass and not edited, a 1600 x 900 landscape (shrunk to 1500 x 844)."""
    w, h = 1600, 900
    px, py = _grid(w, h)
    shape = px.shape
    felt = (
        _rgb(196, 184, 160)[None, None, :]
        * (1.0 + 0.06 * _fine("cabinet/felt", shape, 0.9) + 0.04 * _fine("cabinet/nap", shape, 30.0))[
            ..., None
        ]
    )
    shelf_line = 430.0 + 0.02 * px
    shelf = np.clip((py - shelf_line) + 0.5, 0, 1)
    laminate = (
        _rgb(232, 230, 224)[None, None, :] * (1.0 - 0.1 * np.clip((py - shelf_line) / 400.0, 0, 1))[..., None]
    )
    colour = _over(felt * (1.0 - 0.15 * np.clip((shelf_line - py) / 400.0, 0, 1))[..., None], laminate, shelf)
    # the glass shelf's green front edge along the bottom
    edge = np.clip((py - 860.0) + 0.5, 0, 1)
    colour = _over(
        colour,
        _rgb(120, 170, 150)[None, None, :] * (0.8 + 0.3 * np.exp(-(((py - 868) / 4.0) ** 2)))[..., None],
        edge,
    )
    items = []
    cam, cam_mask = _camera(px, py, 140.0, 330.0, 720.0, "cabinet/camera")
    items.append((cam, cam_mask))
    pad = _box(px, py, 1020.0, 560.0, 1330.0, 790.0, 14.0)
    velvet = _rgb(20, 18, 22)[None, None, :] * (1.0 + 0.2 * _fine("cabinet/velvet", shape, 1.2))[..., None]
    items.append((velvet, pad))
    brooch, brooch_mask = _cameo(px, py, 1175.0, 670.0, 88.0, "cabinet/cameo")
    items.append((brooch, brooch_mask))
    u, v = _turn(px, py, 1420.0, 720.0, -8.0)
    tag = _box(u, v, 1370.0, 690.0, 1490.0, 750.0, 4.0)
    card = _rgb(246, 242, 230)[None, None, :] * np.ones(shape + (1,), dtype=np.float32)
    card = _over(card, _rgb(30, 40, 110), np.clip(_lettering("45.00", 26.0, u, v, 1384.0, 706.0, 1.0), 0, 1))
    string = _stroke(px, py, [(1372.0, 716.0), (1330.0, 700.0), (1290.0, 690.0)], 2.0, 2.0)
    items.append((card, tag))
    items.append((_rgb(236, 232, 220), string))
    for _, mask in items:
        colour = colour * _shadow(mask * shelf, 20.0, 18.0, 0.3)[..., None]
    for item, mask in items:
        colour = _over(colour, item, mask)
    values = _glass(colour, "cabinet", (1150.0, 150.0, 20.0))
    # the shop's window reflected in the glass: a pale soft rectangle towards the top right
    window = _wide(_box(px, py, 1180.0, -40.0, 1640.0, 300.0, 20.0), 30.0)
    values = values + (0.12 * window)[..., None] * np.array([0.92, 0.96, 1.0], dtype=np.float32)
    frame = _phone(values, "cabinet", 1.0)
    picture = Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8))
    return _market(picture)
