"""``heldout54``'s pictures: four products a model railway shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the camera's focus-stacked JPEG cropped by the seller: a 17:10 landscape of
  1700 x 1000 (tank locomotive; kept at 1700 x 1000), a 6:7 portrait of 1200 x 1400 (controller; kept), a
  7:1 strip of 2100 x 300 (length of track, thin in it; shrunk by the marketplace to 1800 x 257) and an 11:9
  landscape of 1320 x 1080 (tin of enamel paint, small in it; kept); the scene is a 7:5 landscape of
  1400 x 1000 (kept);
- the canvases they are padded onto (``PADDING``): a 1:0.86 landscape with broad white above and below the
  locomotive's low, long picture (and round the scene), a 1:1.08 portrait round the controller's picture, a
  1:0.22 banner a little wider than the track's long picture, and a 1:0.88 canvas whose width is 2.7 times
  the height of the paint tin's small picture (which covers about 14 % of it); every padded picture covers at
  least 8 % of its canvas;
- an OO gauge 0-6-0 tank locomotive standing in profile, its smokebox to the left: a gloss black boiler
  with the light bar's long highlight along its top, a matte black smokebox, a chimney, a dome, a brass
  safety valve and whistle, nickel handrails 3 px thick on knobs, side tanks lettered "LMS" in cream with
  red and cream lining, a cab whose side opening shows the backdrop through the cab, a bunker of coal
  numbered "7439", red buffer beams with sprung buffers, six black spoked wheels with nickel tyres and bright
  coupling rods (a dark, glossy product with printed text and thin parts); a train speed controller standing
  a little turned: a white ABS box with a sloped front panel, a black knurled knob over a printed dial
  scale "0" to "10", "SPEED", the brand "HOBBYLINE", "FWD" and "REV" round a red toggle, a green power lamp,
  "12 V DC  1 A" in small print and a grey cable curling away over the backdrop (a product with white and
  very bright parts); a length of OO flexible track lying along the strip: two nickel-silver rails with a
  bright head on brown plastic sleepers with moulded chairs, a wood grain and the thin web that joins them,
  the backdrop showing between the sleepers, a rail joiner on one end (a thin, long product); a 14 ml tin of
  gloss enamel paint seen from above and in front, small in its frame: a tinplate cylinder with its rolled
  rim, a lid daubed with the red paint, a white label printed "HOBBYCOL", "19", "GLOSS RED" and "14 ml"
  (a small product with printed text);
- every packshot is the shop's Micro Four Thirds camera with a 60 mm macro lens on a tripod at f/5.6 and
  ISO 200, on a sweep of white 3 mm foamex (expanded PVC) clamped to the layout bench: one 60 cm 5600 K LED
  light bar hung level above the item and a little in front as the key (the foamex brightest in a band
  under it, towards the frame's top, and darker towards the lower corners; a soft shadow pooled under the
  item and a contact line; the bar as a long narrow highlight along glossy tops; a faint magenta tint from
  its cheap LEDs) and the shop's ceiling lights a weak warm fill from behind the camera; the camera's
  in-camera focus stacking (eight frames at stepped focus merged into one: everything sharp, with a soft
  ghost of an edge's out-of-focus frames round the outline, a dusky halo two to a dozen pixels wide on the
  foamex beside dark parts), a little vignetting, its Natural picture mode, ISO 200 luma noise, standard
  noise filter and sharpening, and a JPEG at quality 95 with 4:2:2 chroma; the seller edits it in Photoshop
  Elements on the shop's computer (Levels with its white point on the foamex's brightest band; then Select >
  Color Range, shift-clicked on the foamex in the middle, in a darker corner and between them at a
  fuzziness of 40 -- every pixel near one of those colours selected, partly where it is a little farther, so
  that bright parts of an item near the foamex's colour are selected too -- and the item taken back out of
  the selection with the Selection Brush in subtract mode, painted roughly a few pixels inside the outline,
  which leaves a band along it where the colour range still holds; then Edit > Fill Selection with white,
  which whitens the foamex and the lighter part of the shadow and keeps its darker core as a grey; saved as
  a JPEG at quality 10 of 12, without chroma subsampling); the marketplace shrinks what is longer than
  1800 px to 1800 px and re-encodes it as a progressive JPEG at quality 81 with 4:2:0 chroma;
- one full-frame scene: the locomotive on the shop's demonstration layout (ballasted track across green
  static grass with a post-and-rail fence, a backscene of painted sky and hills, the layout's front fascia of
  dark green painted plywood), the controller and the paint tin on the bench's pale birch-ply front, under
  the shop's ceiling lights, one frame of the same camera at ISO 800 without stacking or editing,
  re-encoded by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the foamex, a
shadow or the backdrop seen through the cab or between the sleepers), for the bench's clipping scope.
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
    "tank_locomotive": (900, 1.22, 0.86),
    "speed_controller": (840, 1.3, 1.08),
    "flexible_track": (1000, 1.06, 0.22),
    "enamel_paint": (300, 2.7, 0.88),
}

_MASKS: dict[str, np.ndarray] = {}

# the 5600 K LED bar (the key), as the camera's auto white balance left it: a faint magenta from its LEDs
_BAR = np.array([1.0, 0.975, 0.995], dtype=np.float32)
# the shop's warm ceiling lights behind the camera (the fill)
_CEILING = np.array([0.22, 0.2, 0.17], dtype=np.float32)
_EXPOSURE = 0.86
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
# the bar's direction in the picture (x right, y down, z towards the camera): above, a little in front
_TOWARDS_BAR = np.array([0.0, -0.86, 0.5], dtype=np.float32) / float(np.linalg.norm([0.0, -0.86, 0.5]))
_VIEW = np.array([0.0, 0.0, 1.0], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout54/" + name).encode()))


def _font(size: float) -> ImageFont.ImageFont:
    return ImageFont.load_default(size=size)


def _solid(colour: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    return colour[None, None, :] * np.ones(shape + (1,), np.float32)


def _ink(shape: tuple[int, int], lines) -> np.ndarray:
    """Printed text's coverage (0..1) at picture coordinates, drawn twice as large and reduced: lines of
    (x, y, text, size)."""
    h, w = shape
    art = Image.new("L", (w * 2, h * 2), 0)
    d = ImageDraw.Draw(art)
    for x, y, text, size in lines:
        d.text((x * 2, y * 2), text, fill=255, font=_font(size * 2), anchor="mm")
    return np.asarray(art.resize((w, h), Image.Resampling.BOX), dtype=np.float32) / 255.0


def _glossy(albedo, nx, ny, nz, mask, spec: float, power: float, env: float = 0.0):
    """A glossy dielectric layer lit by the bar: Lambert, its highlight, ``env`` of the room mirrored."""
    lambert, highlight = _shading(nx, ny, nz, _TOWARDS_BAR, _VIEW, power)
    lit = albedo * lambert[..., None] + (spec * highlight)[..., None]
    amb = albedo * (0.55 + 0.45 * nz)[..., None]
    glow = (env * (0.3 + 0.5 * np.clip(-ny, 0, 1)))[..., None] * np.ones(3, np.float32)
    return lit, amb, glow.astype(np.float32), mask


def _metal(tint, nx, ny, nz, mask, power: float = 25.0):
    """Polished metal (nickel, brass): the bar mirrored along its tops, the room's dimness elsewhere."""
    lambert, highlight = _shading(nx, ny, nz, _TOWARDS_BAR, _VIEW, power)
    tint = np.asarray(tint, np.float32)
    lit = tint * (0.15 + 0.35 * lambert)[..., None] + tint * (1.3 * highlight)[..., None]
    amb = tint * (0.35 + 0.25 * np.clip(ny, 0, 1))[..., None]
    return lit.astype(np.float32), amb.astype(np.float32), np.zeros_like(lit), mask


# ---- the foamex sweep, the LED bar, the camera, Photoshop Elements and the marketplace --------------------


def _foamex(name: str, w: int, h: int):
    """The white foamex sweep filling the frame: a faint matte texture; its grid and layer."""
    px, py = _grid(w, h)
    shape = px.shape
    tone = (
        0.91
        + 0.004 * _fine("h54/" + name + "/grain", shape, 0.9)
        + 0.006 * _fine("h54/" + name + "/cloud", shape, 90.0)
    )
    albedo = tone[..., None] * np.array([1.0, 0.997, 0.994], dtype=np.float32)
    return px, py, (albedo, albedo.copy(), np.zeros_like(albedo), np.zeros(shape, dtype=np.float32))


def _bar_pool(px: np.ndarray, py: np.ndarray, w: int, h: int) -> np.ndarray:
    """The bar's light over the foamex: a band brightest towards the frame's top middle, darker towards the
    lower corners."""
    across = ((px - 0.5 * w) / (0.9 * max(w, h))) ** 2
    down = ((py - 0.2 * h) / (1.4 * max(h, 0.3 * w))) ** 2
    return (1.0 / (1.0 + 1.5 * across + 1.6 * down)).astype(np.float32)


def _pooled_shadow(footprint: np.ndarray, spread: float) -> np.ndarray:
    """The soft shadow the bar pools under an item (from its ``footprint`` on the foamex) and its contact
    line: 0 (none) .. 1."""
    soft = _blur(footprint, spread)
    core = _blur(footprint, max(spread / 6.0, 1.0))
    return np.clip(0.45 * soft / max(float(soft.max()), 1e-6) + 0.5 * core, 0, 0.9).astype(np.float32)


def _lighting(layer, keymap: np.ndarray | float, key=_BAR, fill_colour=_CEILING) -> np.ndarray:
    """The linear light the camera sees off ``layer``."""
    lit, amb, glow, _ = layer
    k = keymap if np.isscalar(keymap) else np.asarray(keymap)[..., None]
    return (lit * key * k + amb * fill_colour + glow) * _EXPOSURE


def _stack_halo(linear: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The focus stack's ghost round the outline: the out-of-focus edge of the frames focused nearer or
    farther, kept on the backdrop beside the item (darker beside dark parts), two to a dozen pixels wide."""
    soft = _blur(linear, (5.0, 5.0, 0))
    ring = np.clip(_blur(mask, 6.0) - mask, 0, 1)
    ring = np.clip(ring * 2.2, 0, 0.55)
    return linear * (1.0 - ring[..., None]) + soft * ring[..., None]


def _camera(linear: np.ndarray, name: str, iso: int = 200) -> np.ndarray:
    """The camera's JPEG of ``linear`` light: a little vignetting, the Natural picture mode's tone curve,
    ISO 200 (or ``iso``) luma and chroma noise, the standard noise filter and sharpening, a JPEG at quality
    95 with 4:2:2 chroma. Its levels, 0..255."""
    h, w = linear.shape[:2]
    linear = _blur(linear, (0.55, 0.55, 0))
    px, py = _grid(w, h)
    r2 = ((px - w / 2) ** 2 + (py - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    linear = linear * (1.0 - 0.07 * r2)[..., None]
    linear = np.where(linear < 0.86, linear, 0.86 + 0.14 * np.tanh((linear - 0.86) / 0.14))
    values = np.power(np.clip(linear, 0, None), 1 / 2.2)
    values = values + 0.05 * (values - 0.5) * (1 - np.abs(2 * values - 1))
    rng = _rng(name + "/sensor")
    v = np.clip(values, 0, 1)
    gain = iso / 200.0
    sigma_n = np.sqrt(0.00001 + 0.00005 * v * (1.1 - v)) * np.sqrt(gain)
    noisy = values + rng.normal(0, 1, v.shape[:2]).astype(np.float32)[..., None] * sigma_n
    noisy = noisy + _blur(rng.normal(0, 1, v.shape).astype(np.float32), (1.5, 1.5, 0)) * sigma_n * 1.2
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (1.2, 1.2, 0))
    y = 0.7 * y + 0.3 * _blur(y, 0.7)
    y = y + 0.55 * (y - _blur(y, 1.1))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, subsampling=1)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: what is longer than 1800 px shrunk to 1800 px, a progressive JPEG at quality 81 with
    4:2:0 chroma."""
    if max(image.size) > 1800:
        ratio = 1800 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=81, subsampling=2, progressive=True)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _elements(frame: np.ndarray, mask: np.ndarray, name: str) -> Image.Image:
    """The seller's edit in Photoshop Elements: Levels with the white point on the foamex's brightest band,
    Select > Color Range on three samples of the foamex at fuzziness 40, the item painted out of the selection
    roughly with the Selection Brush, the selection filled with white; a JPEG at quality 10 of 12 without
    chroma subsampling; then the marketplace's re-encode."""
    from scipy import ndimage

    h, w = mask.shape
    item = mask > 0.5
    far = ndimage.distance_transform_edt(~item) > 40
    luma = frame @ _LUMA
    white = float(np.percentile(luma[far], 99.0))
    x = np.clip(frame * (255.0 / white), 0, 255)
    # the samples: the foamex in the middle of its bright band and in its darker lower corner
    bright = np.median(
        x[: h // 4, int(0.4 * w) : int(0.6 * w)][far[: h // 4, int(0.4 * w) : int(0.6 * w)]], 0
    )
    corner = np.median(x[-h // 6 :, : w // 8][far[-h // 6 :, : w // 8]], 0)
    # and a third click half way between them, where the first two left a faint grey ring
    middle = np.median(x[h // 2 :, : w // 8][far[h // 2 :, : w // 8]], 0)
    near = np.minimum.reduce([np.sqrt(((x - c) ** 2).sum(-1) / 3.0) for c in (bright, corner, middle)])
    fuzziness = 40.0
    chosen = np.clip((fuzziness - near) / (0.5 * fuzziness), 0, 1)
    # the Selection Brush in subtract mode: a rough stroke inside the outline, 3-12 px short of it
    inside = ndimage.distance_transform_edt(item)
    short = 7.0 + 3.5 * _fine("h54/" + name + "/brush", mask.shape, 90.0)
    painted = _blur((inside > np.clip(short, 3.0, 12.0)).astype(np.float32), 2.5)
    chosen = chosen * (1.0 - painted)
    x = x + (255.0 - x) * chosen[..., None]
    image = Image.fromarray(np.clip(x + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92, subsampling=0)
    image = _market(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    drawn = Image.fromarray((np.clip(mask, 0, 1) * 255.0).astype(np.uint8))
    if drawn.size != image.size:
        drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
    _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _packshot(name: str, size: tuple[int, int], draw, footprint, spread: float) -> Image.Image:
    """A packshot of the item ``draw(px, py)`` gives (a layer) on the foamex under the bar, stacked, shot,
    edited and re-encoded; ``footprint(px, py)`` is where it rests on the foamex."""
    w, h = size
    px, py, backdrop = _foamex(name, w, h)
    item = draw(px, py)
    pool = _bar_pool(px, py, w, h)
    shadow = _pooled_shadow(footprint(px, py), spread)
    keymap = pool * (1.0 - shadow * (1.0 - item[3]))
    linear = _lighting(_put(backdrop, item), keymap)
    linear = _stack_halo(linear, item[3])
    return _elements(_camera(linear, name), item[3], name)


# ---- a tank locomotive ----------------------------------------------------------------------------------


def _wheel(px, py, cx: float, cy: float, r: float, crank: float, name: str):
    """A black spoked driving wheel with a nickel tyre, its crank at ``crank`` degrees: a layer."""
    shape = px.shape
    d = np.hypot(px - cx, py - cy)
    disc = np.clip(r - d + 0.5, 0, 1)
    tyre = disc * np.clip(d - (r - 0.13 * r) + 0.5, 0, 1)
    angle = np.arctan2(py - cy, px - cx)
    spokes = (np.cos(12 * (angle - np.deg2rad(crank))) > 0.55).astype(np.float32)
    spokes = _blur(spokes, 0.8) * np.clip(0.8 * r - d, 0, 1)
    hub = _ellipse(px, py, cx, cy, 0.2 * r, 0.2 * r)
    # the rim between tyre and spokes and the hub are solid; between the spokes the frames behind, dark
    solid = np.maximum.reduce([spokes, hub, np.clip(d - 0.78 * r + 0.5, 0, 1) * disc])
    black = _solid(_rgb(10, 10, 11), shape)
    recess = _solid(_rgb(4, 4, 4), shape)
    albedo = _over(recess, black, solid)
    hx, hy = (px - cx) / r, (py - cy) / r
    nx, ny, nz = _unit(0.35 * hx * solid, 0.35 * hy * solid, np.ones(shape, np.float32))
    layer = _glossy(albedo, nx, ny, nz, disc, 0.25, 30.0)
    tx, ty, tz = _unit(2.0 * hx, 2.0 * hy, np.ones(shape, np.float32))
    layer = _put(layer, _metal(_rgb(180, 182, 180), tx, ty, tz, tyre, 12.0))
    ca = np.deg2rad(crank)
    pin = _ellipse(px, py, cx + 0.45 * r * np.cos(ca), cy + 0.45 * r * np.sin(ca), 0.09 * r, 0.09 * r)
    layer = _put(
        layer,
        _metal(
            _rgb(190, 188, 180),
            *_unit(hx * 0, -np.ones(shape, np.float32) * 0.3, np.ones(shape, np.float32)),
            pin,
        ),
    )
    return layer


def _locomotive(px, py, x0: float, rail: float, s: float, name: str):
    """An OO gauge 0-6-0 tank locomotive in profile, its front buffer at ``x0``, its wheels on the line
    ``rail``, ``s`` px a millimetre of the model (about 150 mm over the buffers): a layer and its
    footprint row."""
    shape = px.shape
    ones = np.ones(shape, np.float32)
    zeros = np.zeros(shape, np.float32)
    r_wheel = 8.6 * s
    axle = rail - r_wheel
    foot = axle - 10.5 * s  # the running plate's top
    layer = _layer(shape)
    # the frames and the dark space under the running plate, behind the wheels
    frames = _box(px, py, x0 + 10 * s, foot, x0 + 140 * s, axle + 2.0 * s, 1.0)
    layer = _put(layer, _glossy(_solid(_rgb(6, 6, 7), shape), zeros, zeros, ones, frames, 0.05, 20.0))
    for k, wx in enumerate((34.0, 60.0, 86.0)):
        layer = _put(layer, _wheel(px, py, x0 + wx * s, axle, r_wheel, 40.0, f"{name}/wheel{k}"))
    # the coupling rod over the crank pins, bright steel
    rod_y = axle + 0.45 * r_wheel * np.sin(np.deg2rad(40.0))
    rod_x0 = x0 + 34.0 * s + 0.45 * r_wheel * np.cos(np.deg2rad(40.0))
    rod = _box(px, py, rod_x0 - 1.6 * s, rod_y - 1.1 * s, rod_x0 + 53.6 * s, rod_y + 1.1 * s, 0.9 * s)
    r_ny = np.clip((py - rod_y) / (1.1 * s), -1, 1)
    layer = _put(layer, _metal(_rgb(200, 198, 192), *_unit(zeros, 1.2 * r_ny, ones), rod, 18.0))
    # the running plate with its valance, and the red buffer beams at either end
    plate = _box(px, py, x0 + 6 * s, foot, x0 + 144 * s, foot + 3.2 * s, 0.4)
    p_ny = np.clip((py - foot - 0.6 * s) / (0.6 * s), -1, 0) * 0.9
    layer = _put(layer, _glossy(_solid(_rgb(8, 8, 9), shape), zeros, p_ny, ones, plate, 0.5, 40.0))
    for bx in (x0 + 3 * s, x0 + 141 * s):
        beam = _box(px, py, bx, foot - 1.0 * s, bx + 6 * s, foot + 8.5 * s, 0.5)
        layer = _put(layer, _glossy(_solid(_rgb(158, 22, 20), shape), zeros, zeros, ones, beam, 0.25, 30.0))
    for bx, sign in ((x0, -1.0), (x0 + 150 * s, 1.0)):
        shank = _box(
            px,
            py,
            min(bx, bx - sign * 4.5 * s),
            foot + 1.6 * s,
            max(bx, bx - sign * 4.5 * s),
            foot + 5.2 * s,
            0.5,
        )
        head_x = bx - sign * 0.8 * s
        head = _box(px, py, head_x - 1.0 * s, foot - 0.4 * s, head_x + 1.0 * s, foot + 7.2 * s, 0.8 * s)
        hny = np.clip((py - foot - 3.4 * s) / (3.8 * s), -1, 1)
        layer = _put(layer, _metal(_rgb(150, 150, 152), *_unit(zeros, hny, ones), np.maximum(shank, head)))
    # the boiler: a gloss black cylinder, the bar's long highlight along its top
    b_top, b_bot = foot - 27.0 * s, foot
    b_cy, b_r = (b_top + b_bot) / 2.0, (b_bot - b_top) / 2.0
    boiler = _box(px, py, x0 + 12 * s, b_top, x0 + 84 * s, b_bot, 1.0)
    b_ny = np.clip((py - b_cy) / b_r, -0.98, 0.98)
    bnx, bny, bnz = _unit(zeros, b_ny, np.sqrt(1 - b_ny**2))
    gloss_black = (
        _solid(_rgb(7, 7, 8), shape) * (1.0 + 0.04 * _fine("h54/" + name + "/paint", shape, 30))[..., None]
    )
    layer = _put(layer, _glossy(gloss_black, bnx, bny, bnz, boiler, 0.9, 60.0, env=0.012))
    # the smokebox, matte, and its door's rim
    smokebox = _box(px, py, x0 + 10 * s, b_top - 0.5 * s, x0 + 27 * s, b_bot, 1.5 * s)
    layer = _put(layer, _glossy(_solid(_rgb(26, 26, 26), shape), bnx, bny, bnz, smokebox, 0.12, 12.0))
    # the chimney (flared at its top), the dome and the brass safety valve and whistle
    chim = np.maximum(
        _box(px, py, x0 + 15 * s, b_top - 10 * s, x0 + 22 * s, b_top + 1 * s, 0.5 * s),
        _box(px, py, x0 + 13.8 * s, b_top - 12 * s, x0 + 23.2 * s, b_top - 9.5 * s, 0.6 * s),
    )
    c_nx = np.clip((px - x0 - 18.5 * s) / (4.5 * s), -0.95, 0.95)
    layer = _put(
        layer, _glossy(gloss_black, *_unit(c_nx, zeros - 0.2, np.sqrt(1 - c_nx**2)), chim, 0.7, 40.0)
    )
    dome = _ellipse(px, py, x0 + 52 * s, b_top, 6.5 * s, 6.0 * s) * (py < b_top + 2)
    dome = np.maximum(dome, _box(px, py, x0 + 45.5 * s, b_top - 2 * s, x0 + 58.5 * s, b_top + 1.5 * s, 0))
    d_nx, d_ny = (px - x0 - 52 * s) / (6.5 * s), (py - b_top) / (6.0 * s)
    d_nz = np.sqrt(np.clip(1 - d_nx**2 - d_ny**2, 0.05, 1))
    layer = _put(layer, _glossy(gloss_black, *_unit(d_nx, d_ny, d_nz), dome, 0.9, 60.0))
    brass = _rgb(214, 168, 72)
    valve = _box(px, py, x0 + 74 * s, b_top - 6 * s, x0 + 79 * s, b_top + 1 * s, 1.2 * s)
    whistle = _box(px, py, x0 + 87 * s, b_top - 9 * s, x0 + 89 * s, b_top - 1 * s, 0.6 * s)
    v_nx = np.clip((px - x0 - 76.5 * s) / (2.5 * s), -0.95, 0.95)
    layer = _put(
        layer, _metal(brass, *_unit(v_nx, zeros - 0.3, np.sqrt(1 - v_nx**2)), np.maximum(valve, whistle))
    )
    # the side tanks over the boiler's lower half, flat and facing the camera, lettered and lined
    tanks = _box(px, py, x0 + 27 * s, foot - 17 * s, x0 + 84 * s, foot, 1.2 * s)
    t_ny = -0.25 * np.clip((foot - 16 * s - py) / (1.0 * s) + 1, 0, 1)
    layer = _put(layer, _glossy(gloss_black, *_unit(zeros, t_ny, ones), tanks, 0.5, 50.0, env=0.02))
    lining = np.clip(
        _box(px, py, x0 + 29.5 * s, foot - 14.8 * s, x0 + 81.5 * s, foot - 2.2 * s, 1.5 * s)
        - _box(px, py, x0 + 30.0 * s, foot - 14.3 * s, x0 + 81.0 * s, foot - 2.7 * s, 1.2 * s),
        0,
        1,
    )
    red_line = np.clip(
        _box(px, py, x0 + 30.6 * s, foot - 13.7 * s, x0 + 80.4 * s, foot - 3.3 * s, 1.0 * s)
        - _box(px, py, x0 + 30.95 * s, foot - 13.35 * s, x0 + 80.05 * s, foot - 3.65 * s, 0.8 * s),
        0,
        1,
    )
    lettering = _ink(shape, [(x0 + 55.5 * s, foot - 8.5 * s, "L M S", 6.8 * s)])
    cream = _rgb(232, 214, 170)
    t_lit, t_amb, t_glow, t_mask = layer
    t_lit = _over(t_lit, cream * 0.5, np.maximum(lining, lettering) * tanks)
    t_amb = _over(t_amb, cream, np.maximum(lining, lettering) * tanks)
    t_lit = _over(t_lit, _rgb(170, 30, 26) * 0.5, red_line * tanks)
    t_amb = _over(t_amb, _rgb(170, 30, 26), red_line * tanks)
    layer = (t_lit, t_amb, t_glow, t_mask)
    # the handrail along the boiler above the tanks, nickel wire on knobs
    rail_y = foot - 20.5 * s
    hand = _box(px, py, x0 + 22 * s, rail_y - 0.55 * s, x0 + 84 * s, rail_y + 0.55 * s, 0.5 * s)
    knobs = np.zeros(shape, np.float32)
    for kx in (24.0, 40.0, 56.0, 72.0):
        knobs = np.maximum(knobs, _ellipse(px, py, x0 + kx * s, rail_y + 0.3 * s, 0.9 * s, 1.1 * s))
    h_ny = np.clip((py - rail_y) / (0.6 * s), -1, 1)
    layer = _put(layer, _metal(_rgb(196, 196, 192), *_unit(zeros, h_ny, ones), np.maximum(hand, knobs), 20.0))
    # the cab with a roof overhanging it and a side opening through which the backdrop shows
    cab_x0, cab_x1 = x0 + 84 * s, x0 + 112 * s
    cab = _box(px, py, cab_x0, b_top - 9.5 * s, cab_x1, foot, 0.8 * s)
    opening = _box(px, py, cab_x0 + 6.0 * s, b_top - 6.5 * s, cab_x1 - 5.0 * s, foot - 15.0 * s, 3.0 * s)
    see_through = _box(px, py, cab_x0 + 8.0 * s, b_top - 5.5 * s, cab_x1 - 7.0 * s, b_top + 1.0 * s, 2.0 * s)
    layer = _put(
        layer, _glossy(gloss_black, zeros, zeros - 0.05, ones, np.clip(cab - opening, 0, 1), 0.45, 50.0)
    )
    # inside the cab: the dark backhead and the far side's opening, where the foamex shows through
    interior = np.clip(opening - see_through, 0, 1)
    layer = _put(layer, _glossy(_solid(_rgb(30, 26, 24), shape), zeros, zeros, ones, interior, 0.05, 10.0))
    roof = _box(px, py, cab_x0 - 2.0 * s, b_top - 12.5 * s, cab_x1 + 2.0 * s, b_top - 9.0 * s, 1.2 * s)
    r_ny = np.clip((py - (b_top - 12.5 * s)) / (3.5 * s) * 2 - 1.6, -1, 0.6)
    layer = _put(layer, _glossy(gloss_black, *_unit(zeros, r_ny, ones), roof, 0.8, 40.0))
    # the bunker with its coal and number
    bunker = _box(px, py, cab_x1, foot - 19 * s, x0 + 144 * s, foot, 1.0 * s)
    layer = _put(layer, _glossy(gloss_black, zeros, zeros - 0.05, ones, bunker, 0.45, 50.0, env=0.02))
    coal_top = (
        foot
        - 19 * s
        - 3.5 * s * (0.6 + 0.4 * np.clip(_fine("h54/" + name + "/coalline", shape, 12.0), -1, 1))
    )
    coal = np.clip(py - coal_top + 0.5, 0, 1) * _box(
        px, py, cab_x1 + 1 * s, foot - 25 * s, x0 + 143 * s, foot - 18.5 * s, 0.5
    )
    lumps = _fine("h54/" + name + "/coal", shape, 0.35 * s)
    c_nx, c_ny, c_nz = _from_height(lumps * 0.25 * s)
    layer = _put(layer, _glossy(_solid(_rgb(6, 6, 7), shape), c_nx, c_ny, c_nz, coal, 0.35, 25.0))
    number = _ink(shape, [(x0 + 128 * s, foot - 9.5 * s, "7439", 5.6 * s)]) * bunker
    n_lit, n_amb, n_glow, n_mask = layer
    layer = (_over(n_lit, cream * 0.5, number), _over(n_amb, cream, number), n_glow, n_mask)
    mask = np.clip(layer[3] - see_through, 0, 1)
    footprint = _box(px, py, x0 + 20 * s, rail - 1.5 * s, x0 + 130 * s, rail + 1.0 * s, 1.0 * s)
    return (layer[0], layer[1], layer[2], mask), footprint


def tank_locomotive_packshot() -> Image.Image:
    """An OO gauge tank locomotive standing in profile on the foamex, a 1700 x 1000 landscape."""
    s = 9.2
    return _packshot(
        "tank_locomotive",
        (1700, 1000),
        lambda px, py: _locomotive(px, py, 160.0, 770.0, s, "loco")[0],
        lambda px, py: _locomotive_footprint(px, py, 160.0, 770.0, s),
        60.0,
    )


def _locomotive_footprint(px, py, x0: float, rail: float, s: float) -> np.ndarray:
    return _box(px, py, x0 + 14 * s, rail - 2.0 * s, x0 + 136 * s, rail + 1.5 * s, 1.5 * s)


# ---- a speed controller ---------------------------------------------------------------------------------


def _controller(px, py, cx: float, base: float, s: float, name: str):
    """A white train speed controller standing a little turned, its front panel's bottom edge along ``base``
    round ``cx``, ``s`` px a millimetre (a box 120 mm wide): a layer; the cable runs off to the right."""
    shape = px.shape
    ones = np.ones(shape, np.float32)
    zeros = np.zeros(shape, np.float32)
    u, v = _turn(px, py, cx, base, 2.0)
    half = 60.0 * s
    top_y, panel_y = base - 92 * s, base - 70 * s
    # the front panel (sloped back, facing up towards the camera) and the box's top beyond it, lighter
    front = _box(u, v, cx - half, panel_y, cx + half, base, 3.0 * s)
    top = np.clip(_poly_box(u, v, cx, half, top_y, panel_y), 0, 1)
    side = np.clip(_side(u, v, cx + half, top_y, panel_y, base, 10 * s), 0, 1)
    abs_white = _rgb(232, 232, 225) * (1.0 + 0.006 * _fine("h54/" + name + "/abs", shape, 1.2))[..., None]
    layer = _glossy(abs_white, zeros, zeros - 0.35, ones, front, 0.12, 20.0)
    layer = _put(layer, _glossy(abs_white, zeros, zeros - 0.9, ones * 0.45, top, 0.2, 20.0))
    layer = _put(layer, _glossy(abs_white * 0.96, ones * 0.85, zeros - 0.3, ones * 0.45, side, 0.1, 20.0))
    # the panel's print: the dial's scale round the knob, the brand, SPEED, FWD/REV, the rating
    kx, ky, kr = cx - 12 * s, panel_y + 36 * s, 17 * s
    lines = [
        (cx - 12 * s, panel_y + 7.5 * s, "HOBBYLINE", 6.5 * s),
        (cx - 12 * s, base - 6 * s, "SPEED", 4.6 * s),
    ]
    for k in range(11):
        a = np.deg2rad(225.0 - 27.0 * k)
        lines.append((kx + 25.5 * s * np.cos(a), ky - 25.5 * s * np.sin(a), str(k), 3.6 * s))
    lines += [
        (cx + 36 * s, panel_y + 22 * s, "FWD", 3.8 * s),
        (cx + 36 * s, panel_y + 48 * s, "REV", 3.8 * s),
        (cx + 36 * s, base - 6 * s, "12 V DC  1 A", 2.6 * s),
    ]
    printed = _ink(shape, [(x, y, t, z) for x, y, t, z in lines])
    ticks = np.zeros(shape, np.float32)
    ang = np.arctan2(-(v - ky), u - kx)
    rr = np.hypot(u - kx, v - ky)
    on_arc = (rr > 19.5 * s) & (rr < 21.5 * s)
    deg = np.rad2deg(ang) % 360.0
    sweep = (deg <= 225.0) | (deg >= 315.0)
    tick_phase = np.mod((225.0 - deg) % 360.0 + 1.0, 13.5)
    ticks = (on_arc & sweep & (tick_phase < 2.0)).astype(np.float32)
    ticks = np.maximum(ticks, (rr > 21.2 * s) & (rr < 21.9 * s) & sweep)
    ink = np.clip(np.maximum(printed, _blur(ticks.astype(np.float32), 0.6)), 0, 1) * front
    l_lit, l_amb, l_glow, l_mask = layer
    charcoal = _rgb(40, 42, 46)
    layer = (_over(l_lit, charcoal * 0.4, ink), _over(l_amb, charcoal, ink), l_glow, l_mask)
    # the knurled black knob: a cylinder standing out of the panel towards the camera, its pointer line
    knob = _ellipse(u, v, kx, ky, kr, kr)
    kd = np.hypot(u - kx, v - ky) / kr
    kang = np.arctan2(v - ky, u - kx)
    knurl = np.cos(kang * 60.0) * np.clip((kd - 0.82) / 0.18, 0, 1)
    k_nx = (u - kx) / kr * np.clip((kd - 0.8) / 0.2, 0, 1) + 0.25 * knurl * -np.sin(kang)
    k_ny = (v - ky) / kr * np.clip((kd - 0.8) / 0.2, 0, 1) + 0.25 * knurl * np.cos(kang)
    layer = _put(layer, _glossy(_solid(_rgb(20, 20, 22), shape), *_unit(k_nx, k_ny, ones), knob, 0.5, 35.0))
    pointer = _box(
        *_turn(u, v, kx, ky, -63.0), kx - 0.8 * s, ky - kr + 1.5 * s, kx + 0.8 * s, ky - 4 * s, 0.5 * s
    )
    p_lit, p_amb, p_glow, p_mask = layer
    layer = (
        _over(p_lit, _rgb(240, 240, 236) * 0.55, pointer * knob),
        _over(p_amb, _rgb(240, 240, 236), pointer * knob),
        p_glow,
        p_mask,
    )
    # the red direction toggle in a chrome bush, and the green power lamp glowing
    bush = _ellipse(u, v, cx + 36 * s, panel_y + 35 * s, 4.2 * s, 4.2 * s)
    bnx, bny = (u - cx - 36 * s) / (4.2 * s), (v - panel_y - 35 * s) / (4.2 * s)
    layer = _put(layer, _metal(_rgb(200, 200, 204), *_unit(bnx, bny, ones), bush, 18.0))
    lever = _box(u, v, cx + 34.6 * s, panel_y + 24.5 * s, cx + 37.4 * s, panel_y + 35 * s, 1.3 * s)
    lnx = np.clip((u - cx - 36 * s) / (1.4 * s), -0.95, 0.95)
    layer = _put(
        layer,
        _glossy(
            _solid(_rgb(196, 20, 24), shape), *_unit(lnx, zeros - 0.3, np.sqrt(1 - lnx**2)), lever, 0.6, 40.0
        ),
    )
    lamp = _ellipse(u, v, cx + 48 * s, panel_y + 10 * s, 2.6 * s, 2.6 * s)
    g_lit, g_amb, g_glow, g_mask = _glossy(
        _solid(_rgb(60, 200, 80), shape), zeros, zeros - 0.4, ones, lamp, 0.6, 50.0
    )
    g_glow = g_glow + _rgb(40, 210, 70)[None, None, :] * 0.3 * lamp[..., None]
    layer = _put(layer, (g_lit, g_amb, g_glow, g_mask))
    # the grey cable out of the box's lower right, curling away over the foamex towards the frame's edge
    path = [
        (cx + 50 * s, base - 2 * s),
        (cx + 62 * s, base + 14 * s),
        (cx + 40 * s, base + 30 * s),
        (cx + 70 * s, base + 40 * s),
        (cx + 150 * s, base + 28 * s),
    ]
    cable, c_nx, c_ny, c_nz = _tube(px, py, path, 2.2 * s)
    layer = _put(layer, _glossy(_solid(_rgb(96, 98, 100), shape), c_nx, c_ny, c_nz, cable, 0.3, 30.0))
    return layer


def _poly_box(u, v, cx: float, half: float, top_y: float, panel_y: float) -> np.ndarray:
    """The box's top seen beyond the sloped panel: a band narrowing a little away from the camera."""
    t = np.clip((panel_y - v) / max(panel_y - top_y, 1.0), 0, 1)
    w = half * (1.0 - 0.04 * t)
    return (
        np.clip(w - np.abs(u - cx) + 0.5, 0, 1)
        * np.clip(v - top_y + 0.5, 0, 1)
        * np.clip(panel_y - v + 1.5, 0, 1)
    )


def _side(u, v, x: float, top_y: float, panel_y: float, base: float, depth: float) -> np.ndarray:
    """The box's right side, seen edge-on a little: a thin band along the panel's right edge."""
    t = np.clip((base - v) / max(base - top_y, 1.0), 0, 1)
    right = x + depth * (0.35 + 0.65 * t)
    return (
        np.clip(u - x + 0.5, 0, 1)
        * np.clip(right - u + 0.5, 0, 1)
        * np.clip(v - top_y + 0.5, 0, 1)
        * np.clip(base - v + 0.5, 0, 1)
    )


def _tube(px, py, points, r: float):
    """A round cable ``r`` px each side of a smooth curve through ``points``: its mask and normals."""
    p = np.asarray(points, dtype=np.float64)
    t = np.linspace(0, 1, len(p))
    tt = np.linspace(0, 1, 24 * len(p))
    from scipy.interpolate import CubicSpline

    curve = np.stack([CubicSpline(t, p[:, 0])(tt), CubicSpline(t, p[:, 1])(tt)], -1).astype(np.float32)
    shape = px.shape
    pad = r + 3
    x0, y0 = max(int(curve[:, 0].min() - pad), 0), max(int(curve[:, 1].min() - pad), 0)
    x1, y1 = min(int(curve[:, 0].max() + pad) + 1, shape[1]), min(int(curve[:, 1].max() + pad) + 1, shape[0])
    mask = np.zeros(shape, np.float32)
    nx, ny, nz = np.zeros(shape, np.float32), np.zeros(shape, np.float32), np.ones(shape, np.float32)
    if x1 <= x0 or y1 <= y0:
        return mask, nx, ny, nz
    gy, gx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    best = np.full(gx.shape, np.inf, np.float32)
    vx, vy = np.zeros_like(gx), np.zeros_like(gx)
    for (ax, ay), (bx, by) in zip(curve[:-1], curve[1:]):
        dx, dy = bx - ax, by - ay
        tt_ = np.clip(((gx - ax) * dx + (gy - ay) * dy) / max(dx * dx + dy * dy, 1e-6), 0, 1)
        ox, oy = gx - (ax + tt_ * dx), gy - (ay + tt_ * dy)
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


def speed_controller_packshot() -> Image.Image:
    """A white speed controller standing a little turned on the foamex, a 1200 x 1400 portrait."""
    cx, base, s = 560.0, 960.0, 6.4

    def footprint(px, py):
        cable = _tube(
            px,
            py,
            [
                (cx + 50 * s, base - 2 * s),
                (cx + 62 * s, base + 14 * s),
                (cx + 40 * s, base + 30 * s),
                (cx + 70 * s, base + 40 * s),
                (cx + 150 * s, base + 28 * s),
            ],
            2.2 * s,
        )[0]
        return np.maximum(_box(px, py, cx - 60 * s, base - 8 * s, cx + 62 * s, base + 1.5 * s, 2 * s), cable)

    return _packshot(
        "speed_controller",
        (1200, 1400),
        lambda px, py: _controller(px, py, cx, base, s, "ctl"),
        footprint,
        45.0,
    )


# ---- a length of flexible track -------------------------------------------------------------------------


def _track(px, py, x0: float, x1: float, yc: float, s: float, degrees: float, name: str, depth: float = 0.55):
    """A length of OO flexible track lying flat from ``x0`` to ``x1`` along ``yc``, seen from in front and
    above (the sleepers foreshortened to ``depth``), ``s`` px a millimetre: a layer."""
    shape = px.shape
    ones = np.ones(shape, np.float32)
    zeros = np.zeros(shape, np.float32)
    u, v = _turn(px, py, (x0 + x1) / 2.0, yc, degrees)
    # the sleepers: 32 x 2.5 mm, 7 mm apart, brown plastic with a moulded wood grain; the web joining them
    k = depth
    pitch = 7.0 * s
    phase = np.mod(u - x0, pitch)
    sleeper = (
        np.clip(2.6 * s - np.abs(phase - 1.3 * s) + 0.5, 0, 1)
        * np.clip(16.0 * s * k - np.abs(v - yc) + 0.5, 0, 1)
        * np.clip(u - x0 + 0.5, 0, 1)
        * np.clip(x1 - 5 * s - u + 0.5, 0, 1)
    )
    web = _box(u, v, x0, yc - 0.9 * s * k, x1 - 5 * s, yc + 0.9 * s * k, 0.2 * s)
    grain = _brushed("h54/" + name + "/grain", shape, 6.0 * s)
    brown = _solid(_rgb(74, 52, 38), shape) * (0.9 + 0.08 * grain)[..., None]
    top_face = np.clip(1.0 - np.abs(phase - 1.3 * s) / (1.3 * s), 0, 1)
    s_nx = np.clip((phase - 1.3 * s) / (1.3 * s), -1, 1) * 0.6 * (1 - top_face)
    layer = _glossy(brown, *_unit(s_nx, zeros - 0.9, ones * 0.5), np.maximum(sleeper, web), 0.06, 15.0)
    # the rails: 16.5 mm apart, nickel silver; the head catches the bar, the web and foot below it darker;
    # a chair moulded either side of each rail on every sleeper
    for gauge in (-8.25, 8.25):
        ry = yc + gauge * s * k
        chairs = sleeper * _box(u, v, x0, ry - 1.6 * s * k - 1.2 * s, x1, ry + 1.6 * s * k + 0.2 * s, 0.4 * s)
        layer = _put(
            layer, _glossy(_solid(_rgb(60, 42, 30), shape), zeros, zeros - 0.7, ones, chairs, 0.12, 15.0)
        )
        head = _box(u, v, x0 - 1 * s, ry - 1.3 * s, x1 - 3.5 * s, ry - 0.1 * s, 0.2 * s)
        web_r = _box(u, v, x0 - 1 * s, ry - 0.1 * s, x1 - 3.5 * s, ry + 0.7 * s, 0.1 * s)
        hy = np.clip((v - ry + 0.7 * s) / (0.6 * s), -1, 1)
        layer = _put(layer, _metal(_rgb(196, 192, 180), *_unit(zeros, 0.6 * hy - 0.3, ones), head, 14.0))
        layer = _put(layer, _metal(_rgb(120, 116, 108), zeros, zeros + 0.5, ones, web_r, 10.0))
        # the rail joiner slid on the right-hand end, a little beyond it
        joiner = _box(u, v, x1 - 5.5 * s, ry - 1.0 * s, x1 + 2.5 * s, ry + 0.9 * s, 0.3 * s)
        layer = _put(layer, _metal(_rgb(176, 150, 96), zeros, zeros - 0.2, ones, joiner, 12.0))
    return layer


def flexible_track_packshot() -> Image.Image:
    """A length of OO flexible track lying along the foamex, thin in a 2100 x 300 strip (shrunk by the
    marketplace to 1800 x 257)."""
    s = 2.6

    def footprint(px, py):
        u, v = _turn(px, py, 1050.0, 160.0, -0.8)
        return _box(u, v, 130, 160 - 16 * s * 0.55, 1970, 160 + 16 * s * 0.55, 2)

    return _packshot(
        "flexible_track",
        (2100, 300),
        lambda px, py: _track(px, py, 130.0, 1970.0, 160.0, s, -0.8, "track"),
        footprint,
        10.0,
    )


# ---- a tin of enamel paint ------------------------------------------------------------------------------


def _paint_tin(px, py, cx: float, top: float, r: float, height: float, name: str):
    """A 14 ml tin of gloss enamel seen from in front and above: its lid an ellipse round (cx, top), ``r`` px
    in radius, its side ``height`` px tall: a layer."""
    shape = px.shape
    ones = np.ones(shape, np.float32)
    zeros = np.zeros(shape, np.float32)
    ry = 0.55 * r
    bottom = top + height
    side = np.maximum(
        _box(px, py, cx - r, top, cx + r, bottom, 0) * (np.abs(px - cx) < r),
        _ellipse(px, py, cx, bottom, r, ry),
    )
    side = np.clip(side, 0, 1)
    s_nx = np.clip((px - cx) / r, -0.97, 0.97)
    s_nz = np.sqrt(1 - s_nx**2)
    tin = _rgb(176, 178, 182)
    layer = _metal(tin, s_nx, zeros + 0.05, s_nz, side, 12.0)
    # the label round the side: white with the brand, the colour's number and name, and a red band
    lab_top, lab_bot = top + 0.22 * height, top + 0.92 * height
    curve = ry * np.sqrt(np.clip(1 - ((px - cx) / r) ** 2, 0, 1))
    label = np.clip(py - (lab_top + curve) + 0.5, 0, 1) * np.clip(lab_bot + curve - py + 0.5, 0, 1) * side
    art = _ink(
        shape,
        [
            (cx, lab_top + ry + 0.1 * height, "HOBBYCOL", 0.26 * r),
            (cx - 0.45 * r, lab_top + ry + 0.34 * height, "19", 0.36 * r),
            (cx + 0.22 * r, lab_top + ry + 0.3 * height, "GLOSS RED", 0.17 * r),
            (cx + 0.22 * r, lab_top + ry + 0.42 * height, "14 ml", 0.14 * r),
        ],
    )
    band = np.clip(py - (lab_bot + curve - 0.14 * height), 0, 1) * np.clip(
        lab_bot + curve - 0.02 * height - py, 0, 1
    )
    paper = _solid(_rgb(244, 242, 236), shape)
    paper = _over(paper, _rgb(196, 28, 30), band)
    paper = _over(paper, _rgb(20, 20, 22), art * (1 - band))
    paper = _over(paper, _rgb(250, 250, 250), art * band)
    layer = _put(layer, _glossy(paper, s_nx, zeros, s_nz, label, 0.15, 12.0))
    # the lid: a tinplate disc with its rolled rim and the red paint daubed on it
    lid = _ellipse(px, py, cx, top, r, ry)
    d = np.hypot((px - cx) / r, (py - top) / ry)
    rim = np.clip((d - 0.86) / 0.14, 0, 1)
    l_nx = (px - cx) / r * rim * 0.8
    l_ny = (py - top) / ry * rim * 0.8 - 0.75
    layer = _put(layer, _metal(tin * 1.05, *_unit(l_nx, l_ny, ones * 0.6), lid, 14.0))
    daub = _ellipse(px, py, cx + 0.1 * r, top + 0.05 * ry, 0.5 * r, 0.42 * ry) * (
        0.6 + 0.5 * _fine("h54/" + name + "/daub", shape, 6.0) > -0.3
    )
    daub = _blur(daub.astype(np.float32), 1.0)
    layer = _put(
        layer, _glossy(_solid(_rgb(190, 24, 26), shape), zeros, zeros - 0.8, ones * 0.6, daub, 0.9, 50.0)
    )
    return layer


def enamel_paint_packshot() -> Image.Image:
    """A 14 ml tin of gloss red enamel, small on the foamex in a 1320 x 1080 landscape."""
    cx, top, r, height = 700.0, 470.0, 140.0, 160.0
    return _packshot(
        "enamel_paint",
        (1320, 1080),
        lambda px, py: _paint_tin(px, py, cx, top, r, height, "tin"),
        lambda px, py: _ellipse(px, py, cx, top + height + 0.05 * r, r, 0.55 * r),
        24.0,
    )


# ---- the demonstration layout ---------------------------------------------------------------------------


def layout_scene() -> Image.Image:
    """The locomotive on the shop's demonstration layout, the controller and the paint tin on the bench's
    front, one frame of the same camera at ISO 800, a 1400 x 1000 landscape."""
    w, h = 1400, 1000
    px, py = _grid(w, h)
    shape = px.shape
    horizon = 330.0
    # the backscene: a painted sky with soft clouds over blue-green hills
    sky = _over(_solid(_rgb(150, 188, 222), shape), _rgb(214, 228, 238), np.clip(py / horizon, 0, 1))
    clouds = np.clip(_fine("h54/scene/clouds", shape, 60.0) - 0.6, 0, 1) * (py < horizon)
    sky = _over(sky, _rgb(246, 246, 244), _blur(clouds, 6.0) * 0.8)
    hills = horizon - 60 - 40 * np.sin(px / 230.0) - 20 * np.sin(px / 97.0 + 1.0)
    sky = _over(sky, _rgb(112, 140, 116), np.clip(py - hills + 0.5, 0, 1))
    layer = (sky, sky, np.zeros_like(sky), np.zeros(shape, np.float32))
    # the grass of static fibres and a post-and-rail fence at the back
    grass_mask = np.clip(py - horizon + 0.5, 0, 1)
    tuft = _fine("h54/scene/grass", shape, 1.2) * 0.06 + _fine("h54/scene/patch", shape, 40.0) * 0.06
    grass = _solid(_rgb(88, 118, 52), shape) * (0.9 + tuft)[..., None]
    layer = _put(
        layer,
        _paint(
            grass,
            np.full(shape, 0.85, np.float32),
            np.full(shape, 0.8, np.float32),
            np.zeros(shape, np.float32),
            grass_mask,
        ),
    )
    fence = np.zeros(shape, np.float32)
    for k in range(15):
        fence = np.maximum(fence, _box(px, py, 20 + 100 * k, horizon + 10, 28 + 100 * k, horizon + 62, 1))
    for ry_ in (horizon + 22, horizon + 42):
        fence = np.maximum(fence, _box(px, py, 0, ry_, w, ry_ + 5, 1))
    layer = _put(
        layer,
        _paint(
            _solid(_rgb(120, 100, 80), shape),
            np.full(shape, 0.8, np.float32),
            np.full(shape, 0.8, np.float32),
            np.zeros(shape, np.float32),
            fence,
        ),
    )
    # the ballast and the track across the layout, the locomotive on it
    ballast = _box(px, py, -10, 548, w + 10, 640, 8)
    stones = _fine("h54/scene/ballast", shape, 0.9)
    grey = _solid(_rgb(128, 124, 118), shape) * (0.86 + 0.1 * stones)[..., None]
    layer = _put(
        layer,
        _paint(
            grey,
            np.full(shape, 0.85, np.float32),
            np.full(shape, 0.8, np.float32),
            np.zeros(shape, np.float32),
            ballast,
        ),
    )
    layer = _put(layer, _track(px, py, -20.0, w + 40.0, 594.0, 1.45, 0.0, "scene/track", depth=1.3))
    loco, _ = _locomotive(px, py, 300.0, 582.0, 4.8, "scene/loco")
    layer = _put(layer, loco)
    # the layout's fascia, dark green painted ply, and the bench's pale birch-ply front below it
    fascia = _box(px, py, -10, 760, w + 10, 850, 0)
    layer = _put(
        layer,
        _paint(
            _solid(_rgb(38, 64, 48), shape),
            np.full(shape, 0.7, np.float32),
            np.full(shape, 0.7, np.float32),
            np.zeros(shape, np.float32),
            fascia,
        ),
    )
    bench = np.clip(py - 850 + 0.5, 0, 1)
    ply = (
        _solid(_rgb(214, 190, 150), shape) * (0.93 + 0.05 * _brushed("h54/scene/ply", shape, 90.0))[..., None]
    )
    layer = _put(
        layer,
        _paint(
            ply,
            np.full(shape, 0.9, np.float32),
            np.full(shape, 0.8, np.float32),
            np.zeros(shape, np.float32),
            bench,
        ),
    )
    ctl = _controller(px, py, 1080.0, 985.0, 1.9, "scene/ctl")
    tin = _paint_tin(px, py, 760.0, 920.0, 36.0, 42.0, "scene/tin")
    layer = _put(layer, ctl)
    layer = _put(layer, tin)
    # the ceiling lights: brighter in the middle of the layout, a soft shadow under the locomotive
    keymap = 0.85 + 0.15 * np.exp(-(((px - 0.5 * w) / (0.6 * w)) ** 2))
    shade = _blur(_locomotive_footprint(px, py, 300.0, 582.0, 4.8), 14.0)
    keymap = keymap * (1.0 - 0.5 * np.clip(shade * 2, 0, 1) * (1 - loco[3]))
    linear = _lighting(layer, keymap) * 0.95
    frame = _camera(linear, "scene", iso=800)
    return _market(Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8)))
