"""``heldout49``'s pictures: four products a harbour-side boat chandlery lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop of a bridge camera's photo: a 3:2 landscape of
  1500 x 1000 (lifebuoy; shrunk by the marketplace to 1280 x 853), a 5:7 portrait of 1000 x 1400 (boat
  fender; shrunk to 914 x 1280), a 4:1 strip of 2000 x 500 (canoe paddle, thin in it; shrunk to 1280 x 320)
  and a 6:5 landscape of 1440 x 1200 (D-shackle, small in it; shrunk to 1280 x 1067); the scene is a 16:10
  landscape of 1600 x 1000 (shrunk to 1280 x 800);
- the canvases they are padded onto (``PADDING``): a 1:0.78 landscape with a moderate margin round the
  lifebuoy's picture, a 1:1.18 portrait round the fender's tall, narrow picture (and round the scene),
  a 1:0.34 banner a little wider than the paddle's long picture, and a 1:0.94 landscape whose width is 3.15
  times the height of the shackle's small picture (the picture covers about 10 % of it); every padded picture
  covers at least 8 % of its canvas;
- an orange lifebuoy ring lying flat, seen obliquely from above: a round tube of semi-gloss orange shell,
  four bands of silver-grey retro-reflective tape with a fine prism grid, a yellow three-strand grab line
  festooned round its outside between the bands and resting on the board (a saturated product); a navy
  blue PVC boat fender standing upright: a ribbed cylinder with domed ends, a moulded eye on top with a
  navy-and-white flecked braided line through it in a knot and its tail hanging down the front, the
  halogen spot mirrored as a hard upright streak and the door's daylight as a broad cool sheen (a dark,
  glossy product); a varnished wooden canoe paddle lying along the board: a pear grip, a round ash shaft
  with a glint along it, and a blade laminated of ash, cherry and walnut strips with a rounded tip (a thin
  product); a polished stainless steel D-shackle lying flat, small in its frame: a round bar bent into a
  bow, forged eyes at its ends, a screw pin with a flat eye head and its threads showing past the eye, the
  spot and the white board mirrored in the steel (a small, metallic product);
- every packshot is a bridge camera's photo on a small tripod at the end of the shop's counter: the item
  on a sheet of white foam board (a second sheet propped behind the tall fender) under the shop's warm
  halogen track spotlights (hard light from above and to the right: a pool of light brighter towards the
  top right, short hard-edged cast shadows to the left, a hot glint in glossy parts) with cool daylight
  from the open door as the fill (the shadows a little blue); the camera's auto white balance leaves the
  light a little warm; its long zoom's slight pincushion distortion and lateral chromatic aberration (red
  and blue about a pixel and a half apart at the corners), a soft lens, the small sensor's noise at ISO
  400, its strong noise reduction (fine texture smudged) and moderate sharpening, a JPEG at quality 95 with
  4:2:2 chroma; the seller's edit in a free browser photo editor: levels with the white point eyedropper
  clicked on the board in the spot's pool (each channel on its own, the pool clipped to white), the magic
  wand clicked on the board at two corners and shift-clicked in each patch of board the item encloses
  (tolerance 36, contiguous: the board selected up to the item's outline and into the lighter part of its
  shadows, the hard core of a shadow next to the item kept), the selection feathered a pixel and filled
  with white, saved as a JPEG at quality 92 without chroma subsampling; the marketplace shrinks what is
  longer than 1280 px to 1280 px and re-encodes it as a progressive JPEG at quality 85 with 4:2:0 chroma;
- one full-frame scene: the lifebuoy hanging on the shop's wall of pale green-grey painted tongue-and-groove
  boards, the paddle leaning against it, the fender and the shackle on the varnished oak counter below,
  under the same spotlights (a scallop of light from each on the wall) and the door's daylight, not
  edited, the camera's JPEG re-encoded by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the board, a
shadow or the kept core of one), for the bench's clipping scope.
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
from bench.photo_sets.heldout44 import _shifted, _turn
from bench.photo_sets.heldout48 import _brushed, _fine

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "lifebuoy": (860, 1.3, 0.78),
    "boat_fender": (900, 1.16, 1.18),
    "canoe_paddle": (1040, 1.06, 0.34),
    "d_shackle": (240, 3.15, 0.94),
}

_MASKS: dict[str, np.ndarray] = {}

# the halogen spots' warm key and the door's cool daylight fill, before the camera's white balance
_KEY = np.array([1.0, 0.84, 0.63], dtype=np.float32)
_FILL = np.array([0.39, 0.44, 0.5], dtype=np.float32)
_BALANCE = np.array([0.88, 0.97, 1.04], dtype=np.float32)
_EXPOSURE = 0.78
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
# the key's direction in the picture (x right, y down, z towards the camera) and the view
_TOWARDS_KEY = np.array([0.45, -0.35, 0.82], dtype=np.float32) / float(np.linalg.norm([0.45, -0.35, 0.82]))
_VIEW = np.array([0.0, 0.0, 1.0], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout49/" + name).encode()))


def _unit(x: np.ndarray, y: np.ndarray, z: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    norm = np.sqrt(x * x + y * y + z * z) + 1e-6
    return x / norm, y / norm, z / norm


def _shading(
    nx: np.ndarray, ny: np.ndarray, nz: np.ndarray, light: np.ndarray, view: np.ndarray, power: float
) -> tuple[np.ndarray, np.ndarray]:
    """Lambert and a Blinn highlight of ``power`` for normals (nx, ny, nz)."""
    half = light + view
    half = half / float(np.linalg.norm(half))
    lambert = np.clip(nx * light[0] + ny * light[1] + nz * light[2], 0, 1)
    highlight = np.clip(nx * half[0] + ny * half[1] + nz * half[2], 0, 1) ** power
    return lambert, highlight


# a layer: (lit by the key, lit by the fill, light of its own or mirrored, mask); the light is
# key x lit x (the pool and cast shadows) + fill x ambient + glow


def _layer(shape: tuple[int, int]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    zero = np.zeros(shape + (3,), dtype=np.float32)
    return zero, zero.copy(), zero.copy(), np.zeros(shape, dtype=np.float32)


def _put(under, over):
    """``over`` (a layer) laid on ``under``."""
    lit, amb, glow, mask = under
    o_lit, o_amb, o_glow, o_mask = over
    return (
        _over(lit, o_lit, o_mask),
        _over(amb, o_amb, o_mask),
        _over(glow, o_glow, o_mask),
        np.maximum(mask, o_mask),
    )


def _paint(albedo: np.ndarray, lambert: np.ndarray, ambient: np.ndarray, gloss: np.ndarray, mask: np.ndarray):
    """A dielectric layer: its albedo lit by the key's Lambert term and the fill, a white highlight."""
    lit = albedo * lambert[..., None] + gloss[..., None]
    return lit, albedo * ambient[..., None], np.zeros_like(albedo), mask


def _steel(nx: np.ndarray, ny: np.ndarray, nz: np.ndarray, mask: np.ndarray, board: float):
    """Polished stainless steel with normals (nx, ny, nz): the spot as a hot glint, the room dim above, the
    white board bright towards the horizon, the door's daylight at the left."""
    rx, ry, rz = 2 * nz * nx, 2 * nz * ny, 2 * nz * nz - 1
    towards = _TOWARDS_KEY
    glint = np.clip(rx * towards[0] + ry * towards[1] + rz * towards[2], 0, 1)
    horizon = np.clip((0.5 - rz) / 0.4, 0, 1) ** 1.5
    door = np.exp(-(((rx + 0.75) / 0.3) ** 2)) * np.exp(-(((rz - 0.35) / 0.3) ** 2))
    total = _KEY + _FILL
    glow = (0.62 * (0.42 + (board - 0.42) * horizon))[..., None] * total[None, None, :] + (0.35 * door)[
        ..., None
    ] * np.array([0.85, 0.95, 1.1], dtype=np.float32)
    lit = (2.2 * glint**120 + 0.5 * glint**12)[..., None] * np.ones(3, dtype=np.float32)
    lit = lit + 0.06 * np.clip(nx * towards[0] + ny * towards[1] + nz * towards[2], 0, 1)[..., None]
    amb = np.full(mask.shape + (3,), 0.04, dtype=np.float32)
    return lit, amb, glow, mask


def _strand(
    px: np.ndarray, py: np.ndarray, points: list[tuple[float, float]], radius: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """A round cord along the polyline ``points``: (coverage, across -1..1, length along, nx, ny) where
    (nx, ny) is the picture's direction of ``across``."""
    best = np.full(px.shape, np.inf, dtype=np.float32)
    across = np.zeros(px.shape, dtype=np.float32)
    along = np.zeros(px.shape, dtype=np.float32)
    dirx = np.zeros(px.shape, dtype=np.float32)
    diry = np.zeros(px.shape, dtype=np.float32)
    start = 0.0
    for (x0, y0), (x1, y1) in zip(points[:-1], points[1:]):
        dx, dy = x1 - x0, y1 - y0
        length = float(np.hypot(dx, dy))
        t = np.clip(((px - x0) * dx + (py - y0) * dy) / (length * length), 0, 1)
        ex, ey = px - (x0 + t * dx), py - (y0 + t * dy)
        dist = np.hypot(ex, ey)
        closer = dist < best
        best = np.where(closer, dist, best)
        normal = (-dy / length, dx / length)
        side = ex * normal[0] + ey * normal[1]
        across = np.where(closer, side / radius, across)
        along = np.where(closer, start + t * length, along)
        dirx = np.where(closer, normal[0], dirx)
        diry = np.where(closer, normal[1], diry)
        start += length
    coverage = np.clip(radius - best + 0.5, 0, 1)
    return coverage, np.clip(across, -1, 1), along, dirx, diry


def _cord(px, py, points, radius: float, colours: tuple[np.ndarray, np.ndarray], fleck: float, name: str):
    """A braided or laid cord along ``points``: a layer (the lay's diagonal grooves, flecks of the second
    colour)."""
    coverage, c, s, dx, dy = _strand(px, py, points, radius)
    nz = np.sqrt(np.clip(1 - c**2, 0, 1))
    nx, ny, nz = _unit(c * dx, c * dy, nz)
    lambert, gloss = _shading(nx, ny, nz, _TOWARDS_KEY, _VIEW, 12.0)
    lay = 0.5 + 0.5 * np.cos(2 * np.pi * (s / (1.6 * radius)) + 2.2 * np.arcsin(c))
    groove = 0.62 + 0.38 * lay**0.6
    flecks = np.clip(_fine(name + "/flecks", px.shape, 1.2) - (2.0 - 2.6 * fleck), 0, 1)
    albedo = _over(colours[0][None, None, :] * np.ones(px.shape + (1,), dtype=np.float32), colours[1], flecks)
    albedo = albedo * groove[..., None]
    return _paint(albedo, lambert * (0.6 + 0.4 * nz), 0.55 + 0.45 * nz, 0.1 * gloss * lay, coverage)


# ---- the foam board, the spots, the camera, the editor and the marketplace ---------------------------------


def _board(name: str, w: int, h: int) -> tuple[np.ndarray, np.ndarray, tuple]:
    """The white foam board filling the frame: its grid and layer (a faint paper grain and scuffs)."""
    px, py = _grid(w, h)
    shape = px.shape
    tone = 0.955 + 0.006 * _fine(name + "/paper", shape, 1.0) + 0.005 * _fine(name + "/cockle", shape, 70.0)
    albedo = tone[..., None] * np.array([1.0, 0.995, 0.985], dtype=np.float32)
    return px, py, (albedo, albedo.copy(), np.zeros_like(albedo), np.zeros(shape, dtype=np.float32))


def _pool(px: np.ndarray, py: np.ndarray, sx: float, sy: float, reach: float) -> np.ndarray:
    """The spot's pool of light round (sx, sy): 1 in its middle, about three quarters ``reach`` px away."""
    d2 = ((px - sx) ** 2 + (py - sy) ** 2) / reach**2
    return 0.72 + 0.28 * np.exp(-d2)


def _cast(mask: np.ndarray, dx: float, dy: float, soft: float) -> np.ndarray:
    """The hard shadow an item of ``mask`` casts ``dx``, ``dy`` px away at most (swept along the way)."""
    shadow = np.zeros_like(mask)
    for t in np.linspace(0.15, 1.0, 8):
        shadow = np.maximum(shadow, _shifted(mask, round(t * dx), round(t * dy)))
    return np.clip(_blur(shadow, soft), 0, 1)


def _lighting(layer, keymap: np.ndarray) -> np.ndarray:
    """The light the camera sees off ``layer`` (key modulated by ``keymap``), white balanced and exposed."""
    lit, amb, glow, _ = layer
    light = lit * _KEY * keymap[..., None] + amb * _FILL + glow
    return light * _BALANCE * _EXPOSURE


def _bridge(values: np.ndarray, name: str) -> np.ndarray:
    """A bridge camera's JPEG of ``values`` (0..1, over 1 for glints) at its zoom's long end: slight
    pincushion and lateral chromatic aberration, a soft lens, ISO 400 noise, strong noise reduction,
    moderate sharpening, a JPEG at quality 95 with 4:2:2 chroma. Its levels, 0..255."""
    from scipy import ndimage

    h, w = values.shape[:2]
    px, py = _grid(w, h)
    cx, cy = (w - 1) / 2.0, (h - 1) / 2.0
    r2 = ((px - cx) ** 2 + (py - cy) ** 2) / (cx**2 + cy**2)
    channels = []
    for c, spread in enumerate((1.0009, 1.0, 0.9991)):
        scale = (1.0 - 0.012 * r2) * spread
        coords = [cy + (py - cy) * scale, cx + (px - cx) * scale]
        channels.append(ndimage.map_coordinates(values[..., c], coords, order=1, mode="nearest"))
    values = np.stack(channels, axis=-1).astype(np.float32)
    values = _blur(values, (0.9, 0.9, 0))
    # the camera's tone curve: a gentle shoulder for the glints
    values = np.where(values < 0.85, values, 0.85 + 0.15 * np.tanh((values - 0.85) / 0.15))
    clipped = np.clip(values, 0, 1)
    sigma = np.sqrt(0.00009 + 0.0005 * clipped)
    noisy = clipped + _rng(name + "/sensor").normal(0, 1, clipped.shape).astype(np.float32) * sigma
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (2.2, 2.2, 0))
    smooth = _blur(y, 1.1)
    detail = y - smooth
    y = smooth + detail * (detail**2 / (detail**2 + 0.013**2))
    y = y + 0.6 * (y - _blur(y, 1.0))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, subsampling=1)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: what is longer than 1280 px shrunk to 1280 px, a progressive JPEG at quality 85 with
    4:2:0 chroma."""
    if max(image.size) > 1280:
        ratio = 1280 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, subsampling=2, progressive=True)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _edit(frame: np.ndarray, mask: np.ndarray, name: str, white: tuple[int, int], clicks) -> Image.Image:
    """The seller's edit: levels with the white point picked at ``white`` (x, y), the magic wand clicked at
    ``clicks`` (tolerance 36, contiguous), feathered a pixel and filled with white, a JPEG at quality 92
    without chroma subsampling; then the marketplace's copy."""
    from scipy import ndimage

    x, y = white
    picked = frame[y - 2 : y + 3, x - 2 : x + 3].reshape(-1, 3).mean(axis=0)
    values = np.clip(frame * (255.0 / picked), 0, 255)
    values = np.floor(values + 0.5)
    near = np.zeros(mask.shape, dtype=bool)
    for cx, cy in clicks:
        seed = values[cy, cx]
        near |= np.abs(values - seed).max(axis=-1) <= 36.0
    labels, count = ndimage.label(near)
    chosen = set(int(labels[cy, cx]) for cx, cy in clicks)
    # shift-clicked again in each patch of board the item encloses (a hole, a loop): every patch of a few
    # hundred pixels that is board, not the item
    sizes = ndimage.sum(np.ones_like(mask), labels, np.arange(1, count + 1))
    on_item = ndimage.mean(mask, labels, np.arange(1, count + 1))
    chosen |= {k + 1 for k in range(count) if sizes[k] >= 300 and on_item[k] < 0.2}
    chosen.discard(0)
    selected = np.isin(labels, sorted(chosen)).astype(np.float32)
    alpha = np.clip(_blur(selected, 0.7) * 1.15, 0, 1)
    values = values * (1.0 - alpha[..., None]) + 255.0 * alpha[..., None]
    buffer = io.BytesIO()
    Image.fromarray(np.clip(values + 0.5, 0, 255).astype(np.uint8)).save(
        buffer, "JPEG", quality=92, subsampling=0
    )
    image = _market(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    drawn = Image.fromarray((np.clip(mask, 0, 1) * 255.0).astype(np.uint8))
    if drawn.size != image.size:
        drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
    _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _packshot(name: str, size: tuple[int, int], draw, drop: tuple[float, float], spot: tuple[float, float]):
    """A packshot of the item ``draw(px, py)`` gives (a layer) on the foam board under the spot."""
    w, h = size
    px, py, board = _board(name, w, h)
    item = draw(px, py)
    mask = item[3]
    cast = _cast(mask, drop[0], drop[1], 2.2)
    contact = np.clip(_blur(mask, 2.5) * 1.4, 0, 1) * (1.0 - mask)
    keymap = _pool(px, py, spot[0], spot[1], 0.9 * max(w, h)) * (1.0 - 0.97 * cast * (1.0 - mask))
    board = (board[0], board[1] * (1.0 - 0.35 * contact)[..., None], board[2], board[3])
    layer = _put(board, item)
    frame = _bridge(_lighting(layer, keymap), name)
    white = (round(0.5 * w + 0.4 * (spot[0] - 0.5 * w)), round(max(8.0, spot[1] + 10.0)))
    clicks = [(w - 6, 6), (6, h - 6)]
    return _edit(frame, mask, name, white, clicks)


# ---- an orange lifebuoy ring ------------------------------------------------------------------------------


def _lifebuoy(
    px: np.ndarray,
    py: np.ndarray,
    cx: float,
    cy: float,
    radius: float,
    rise: float,
    light: np.ndarray,
    view: np.ndarray,
    name: str,
):
    """An orange lifebuoy ring centred at (cx, cy), ``radius`` px to its outer edge across, its plane seen
    squashed to ``rise`` (1 face on) and each unit of the tube's height lifted ``sqrt(1 - rise^2)``; ``light``
    and ``view`` in the ring's own frame (x, y in its plane, z along its axis): a layer."""
    shape = px.shape
    middle, tube = 0.795, 0.205
    lift = float(np.sqrt(max(0.0, 1.0 - rise**2)))
    # the grab line, resting on what the ring lies on, festooned between the four tapes
    angle = np.linspace(0, 2 * np.pi, 241)
    sag = 1.0 + 0.075 * np.abs(np.sin(2 * (angle - np.pi / 4))) ** 0.8
    points = [
        (cx + radius * float(s * np.cos(a)), cy + tube * radius * lift + radius * rise * float(s * np.sin(a)))
        for a, s in zip(angle, sag)
    ]
    line = _cord(
        px, py, points, 0.024 * radius, (_rgb(236, 196, 36), _rgb(196, 150, 20)), 0.3, name + "/line"
    )
    layer = _layer(shape)
    layer = _put(layer, line)
    # the tube, in slices from its underside up: each a flat annulus lifted by its height
    normal = np.zeros(shape + (3,), dtype=np.float32)
    where = np.zeros(shape, dtype=np.float32)
    phi = np.zeros(shape, dtype=np.float32)
    for z in np.linspace(-1.0, 1.0, 41):
        half = tube * float(np.sqrt(max(0.0, 1.0 - z**2)))
        if half <= 0:
            continue
        u = (px - cx) / radius
        v = (py - cy + z * tube * radius * lift) / (radius * rise)
        rho = np.hypot(u, v)
        cover = np.clip((half - np.abs(rho - middle)) * radius * (0.5 + 0.5 * rise) + 0.5, 0, 1)
        sr = np.clip((rho - middle) / tube, -1, 1)
        nx, ny, nz = _unit(sr * u / (rho + 1e-6), sr * v / (rho + 1e-6), np.full(shape, z, np.float32))
        normal = _over(normal, np.stack([nx, ny, nz], axis=-1), cover)
        phi = np.where(cover > 0.5, np.arctan2(v, u), phi)
        where = np.maximum(where, cover)
    nx, ny, nz = normal[..., 0], normal[..., 1], normal[..., 2]
    nx, ny, nz = _unit(nx, ny, nz)
    lambert, gloss = _shading(nx, ny, nz, light, view, 45.0)
    facing = np.clip(nx * view[0] + ny * view[1] + nz * view[2], 0, 1)
    orange = (
        _rgb(238, 86, 22)[None, None, :]
        * (1.0 + 0.035 * _fine(name + "/shell", shape, 6.0) + 0.02 * _fine(name + "/grain", shape, 1.0))[
            ..., None
        ]
    )
    # four bands of retro-reflective tape, a fine prism grid in them
    band = np.zeros(shape, dtype=np.float32)
    for centre in (np.pi / 4, 3 * np.pi / 4, -np.pi / 4, -3 * np.pi / 4):
        off = np.angle(np.exp(1j * (phi - centre)))
        band = np.maximum(band, np.clip((0.085 - np.abs(off)) * radius * 0.9 + 0.5, 0, 1))
    prisms = 0.9 + 0.1 * (np.cos(px / 1.7) * np.cos(py / 1.7))
    tape = _rgb(150, 152, 156)[None, None, :] * prisms[..., None]
    albedo = _over(orange, tape, band)
    shade = lambert * (0.75 + 0.25 * facing)
    gloss = gloss * (0.45 - 0.25 * band) + 0.12 * band * np.exp(-(((phi - 0.3) / 0.5) ** 2))
    tube_layer = _paint(albedo, shade, 0.45 + 0.55 * np.clip(nz * 0.5 + 0.5, 0, 1), gloss, where)
    return _put(layer, tube_layer)


def lifebuoy_packshot() -> Image.Image:
    """An orange lifebuoy ring lying flat on the foam board, seen obliquely from above, a 1500 x 1000
    landscape."""
    light = np.array([0.42, -0.3, 0.86], dtype=np.float32)
    light = light / float(np.linalg.norm(light))
    view = np.array([0.0, 0.68, 0.74], dtype=np.float32)
    return _packshot(
        "lifebuoy",
        (1500, 1000),
        lambda px, py: _lifebuoy(px, py, 752.0, 480.0, 450.0, 0.74, light, view, "lifebuoy"),
        (-16.0, 12.0),
        (1180.0, 120.0),
    )


# ---- a navy boat fender -----------------------------------------------------------------------------------


def _fender(px: np.ndarray, py: np.ndarray, cx: float, top: float, width: float, height: float, name: str):
    """A navy PVC boat fender standing upright, its body from ``top`` to ``top + height`` and ``width`` px
    wide, a moulded eye above with a braided line through it: a layer."""
    shape = px.shape
    a = width / 2.0
    end = 0.55 * a
    body = _box(px, py, cx - a, top, cx + a, top + height, end)
    # the moulded eye on top, its hole showing what lies behind
    eye_outer = _box(px, py, cx - 0.3 * a, top - 0.62 * a, cx + 0.3 * a, top + 0.2 * a, 0.28 * a)
    hole = _ellipse(px, py, cx, top - 0.26 * a, 0.13 * a, 0.16 * a)
    eye = np.clip(eye_outer - hole, 0, 1)
    mask = np.clip(np.maximum(body, eye), 0, 1)
    u = np.clip((px - cx) / a, -0.999, 0.999)
    angle = np.arcsin(u)
    ribs = 0.08 * np.sin(angle * 14.0)
    # the domed ends: normals tip up near the top and down near the bottom
    t_top = np.clip((top + end - py) / end, 0, 1)
    t_bottom = np.clip((py - (top + height - end)) / end, 0, 1)
    tip = t_top - t_bottom
    round_ = np.sqrt(np.clip(1.0 - tip**2, 0, 1))
    nx = (np.sin(angle + ribs)) * round_
    nz = np.cos(angle + ribs) * round_
    ny = -tip
    # the eye: a flat tab, rounded over its top edge
    eu = np.clip((px - cx) / (0.3 * a), -1, 1)
    ev = np.clip((top - 0.45 * a - py) / (0.17 * a), 0, 1)
    nx = np.where(eye > 0.5, 0.5 * eu * (1 - ev), nx)
    ny = np.where(eye > 0.5, -ev, ny)
    nz = np.where(eye > 0.5, np.sqrt(np.clip(1 - 0.25 * eu**2, 0, 1)) * np.sqrt(np.clip(1 - ev**2, 0, 1)), nz)
    nx, ny, nz = _unit(nx, ny, nz)
    lambert, _ = _shading(nx, ny, nz, _TOWARDS_KEY, _VIEW, 1.0)
    # the spot mirrored as a hard streak (a small source in a glossy cylinder), the door as a broad sheen
    half = _TOWARDS_KEY + _VIEW
    half = half / float(np.linalg.norm(half))
    flat = float(np.hypot(half[0], half[2]))
    hx = (nx * half[0] + nz * half[2]) / flat
    streak = np.clip(hx / np.sqrt(np.clip(nx**2 + nz**2, 1e-6, None)), 0, 1) ** 2500
    streak = streak * round_**6 * body
    domes = np.clip(nx * half[0] + ny * half[1] + nz * half[2], 0, 1) ** 120
    door = np.exp(-(((u + 0.62) / 0.16) ** 2)) * round_
    navy = _rgb(24, 38, 86)[None, None, :] * (1.0 + 0.02 * _fine(name + "/pvc", shape, 2.0))[..., None]
    seam = np.exp(-(((px - cx - 0.12 * a) / 1.2) ** 2)) * body
    navy = navy * (1.0 - 0.25 * seam)[..., None]
    lit = navy * lambert[..., None] + (1.15 * streak + 1.2 * domes)[..., None] * np.ones(3, dtype=np.float32)
    amb = navy * (0.5 + 0.5 * np.clip(nz, 0, 1))[..., None]
    glow = (0.22 * door)[..., None] * np.array([0.75, 0.85, 1.0], dtype=np.float32) + (
        0.05 * np.clip(ny, 0, 1) * body
    )[..., None] * (_KEY + _FILL)
    layer = (lit, amb, glow, mask)
    # the braided line through the eye: a knot over the eye, its tail hanging down the front
    line = _rgb(30, 44, 92), _rgb(232, 232, 226)
    radius = 0.085 * a
    loop = [
        (cx - 0.02 * a, top - 0.26 * a),
        (cx + 0.2 * a, top - 0.55 * a),
        (cx + 0.05 * a, top - 0.8 * a),
        (cx - 0.25 * a, top - 0.7 * a),
        (cx - 0.38 * a, top - 0.3 * a),
        (cx - 0.3 * a, top + 0.25 * a),
    ]
    tail = [
        (cx - 0.3 * a, top + 0.25 * a),
        (cx - 0.42 * a, top + 0.12 * height),
        (cx - 0.36 * a, top + 0.3 * height),
        (cx - 0.22 * a, top + 0.46 * height),
        (cx - 0.2 * a, top + 0.52 * height),
    ]
    knot = _ellipse(px, py, cx - 0.32 * a, top + 0.1 * a, 0.2 * a, 0.22 * a)
    layer = _put(layer, _cord(px, py, loop, radius, line, 0.45, name + "/loop"))
    layer = _put(layer, _cord(px, py, tail, radius, line, 0.45, name + "/tail"))
    kx, ky = (px - cx + 0.32 * a) / (0.2 * a), (py - top - 0.1 * a) / (0.22 * a)
    kn = _unit(kx, ky, np.sqrt(np.clip(1 - kx**2 - ky**2, 0.05, 1)))
    k_lambert, _ = _shading(*kn, _TOWARDS_KEY, _VIEW, 1.0)
    turns = 0.7 + 0.3 * np.abs(np.sin((px - cx) / (0.05 * a) + 1.8 * np.sin((py - top) / (0.07 * a))))
    flecks = np.clip(_fine(name + "/knot", shape, 1.2) - 0.9, 0, 1)
    knot_albedo = (
        _over(line[0][None, None, :] * np.ones(shape + (1,), np.float32), line[1], flecks) * turns[..., None]
    )
    layer = _put(layer, _paint(knot_albedo, k_lambert, np.full(shape, 0.8, np.float32), 0.0 * knot, knot))
    return layer


def boat_fender_packshot() -> Image.Image:
    """A navy boat fender standing upright on the foam board, a 1000 x 1400 portrait."""
    return _packshot(
        "boat_fender",
        (1000, 1400),
        lambda px, py: _fender(px, py, 505.0, 300.0, 330.0, 960.0, "fender"),
        (-24.0, -6.0),
        (820.0, 160.0),
    )


# ---- a varnished canoe paddle ------------------------------------------------------------------------------


def _paddle(
    px: np.ndarray,
    py: np.ndarray,
    x0: float,
    x1: float,
    yc: float,
    shaft: float,
    blade: float,
    degrees: float,
    name: str,
):
    """A varnished wooden canoe paddle from its grip at ``x0`` to its tip at ``x1`` along ``yc``, the shaft
    ``shaft`` px and the blade ``blade`` px thick each side, turned ``degrees``: a layer."""
    shape = px.shape
    cx = (x0 + x1) / 2.0
    u, v = _turn(px, py, cx, yc, degrees)
    length = x1 - x0
    a = (u - x0) / length
    # the outline: a pear grip, a straight shaft, the throat flaring into the blade, a rounded tip
    knots = [0.0, 0.012, 0.035, 0.06, 0.085, 0.1, 0.6, 0.64, 0.7, 0.76, 0.9, 0.955, 1.0]
    widths = [0.6, 1.25, 1.75, 1.6, 1.0, 1.0, 1.04, 1.22, 2.1, 3.0, 3.3, 3.05, 1.2]
    half = np.interp(a, knots, widths) * shaft
    half = np.where(
        a > 0.7, np.maximum(half, np.interp(a, [0.7, 0.76, 0.92], [2.1, 2.9, 3.28]) * shaft), half
    )
    half = np.minimum(half, np.where(a > 0.7, blade, half))
    tip = np.clip((a - 0.94) / 0.06, 0, 1)
    half = half * np.sqrt(np.clip(1.0 - tip**2, 0, 1)) ** 0.9
    grip_end = np.clip((0.012 - a) / 0.012, 0, 1)
    half = half * np.sqrt(np.clip(1.0 - grip_end**2, 0, 1))
    mask = np.clip(half - np.abs(v - yc) + 0.5, 0, 1) * np.clip(a * length + 0.5, 0, 1)
    mask = mask * np.clip((1 - a) * length + 0.5, 0, 1)
    c = np.clip((v - yc) / np.maximum(half, 1.0), -1, 1)
    in_blade = np.clip((a - 0.66) / 0.06, 0, 1)
    # round in the shaft and grip; in the blade nearly flat with a low spine along its middle
    round_ny = c
    flat_ny = 0.22 * np.tanh((v - yc) / (0.18 * blade)) * np.clip(1.0 - np.abs(c) ** 6, 0, 1) + 0.6 * c**9
    ny = round_ny * (1 - in_blade) + flat_ny * in_blade
    nz = np.sqrt(np.clip(1.0 - ny**2, 0.02, 1))
    bx, by = np.cos(np.deg2rad(degrees)), np.sin(np.deg2rad(degrees))
    nx_img, ny_img = -ny * by, ny * bx
    nx_img, ny_img, nz = _unit(nx_img, ny_img, nz)
    lambert, gloss = _shading(nx_img, ny_img, nz, _TOWARDS_KEY, _VIEW, 70.0)
    # the wood: ash with its grain along the paddle; the blade laminated of ash, cherry and walnut strips
    grain = 1.0 + 0.06 * _brushed(name + "/grain", shape, 45.0) + 0.03 * _fine(name + "/figure", shape, 20.0)
    ash = _rgb(222, 184, 128)
    cherry = _rgb(176, 102, 64)
    walnut = _rgb(102, 66, 42)
    strips = [walnut, ash, cherry, ash, walnut, ash, cherry, ash, walnut]
    lane = (v - yc) / (blade * 2.0 / len(strips)) + len(strips) / 2.0
    albedo = ash[None, None, :] * np.ones(shape + (1,), dtype=np.float32)
    for k, tone in enumerate(strips):
        if tone is ash:
            continue
        sharp = np.clip((np.minimum(lane - k, k + 1 - lane)) * blade / 5.0 + 0.5, 0, 1)
        taper = np.clip((a - 0.62 - 0.01 * abs(k - 4)) / 0.05, 0, 1)
        albedo = _over(albedo, tone, sharp * taper)
    centre_strip = np.clip((0.09 * shaft - np.abs(v - yc)) + 0.5, 0, 1) * (a > 0.1) * (a < 0.66)
    albedo = _over(albedo, walnut, centre_strip)
    albedo = albedo * grain[..., None]
    # the grip darker from hands, the varnish's glint and a little sheen along the edges
    worn = np.exp(-(((a - 0.04) / 0.04) ** 2))
    albedo = albedo * (1.0 - 0.18 * worn)[..., None]
    gloss = 0.85 * gloss + 0.1 * np.clip(np.abs(c) - 0.85, 0, 1) * 6.0 * (1 - in_blade)
    return _paint(albedo, lambert, 0.55 + 0.45 * nz, gloss, mask)


def canoe_paddle_packshot() -> Image.Image:
    """A varnished wooden canoe paddle lying along the foam board, thin in a 2000 x 500 strip (shrunk by the
    marketplace to 1280 x 320)."""
    return _packshot(
        "canoe_paddle",
        (2000, 500),
        lambda px, py: _paddle(px, py, 120.0, 1880.0, 250.0, 19.0, 92.0, -1.2, "paddle"),
        (-10.0, 8.0),
        (1500.0, 60.0),
    )


# ---- a stainless steel D-shackle ---------------------------------------------------------------------------


def _shackle(
    px: np.ndarray, py: np.ndarray, cx: float, top: float, bow: float, leg: float, r: float, name: str
):
    """A polished stainless D-shackle lying flat, its bow's inside ``bow`` px across each side, its top at
    ``top``, the legs ``leg`` px long and the bar ``r`` px thick each side, the pin across the eyes: a
    layer."""
    shape = px.shape
    centre_y = top + r + bow
    foot = centre_y + leg
    # the bow: a half circle over two straight legs
    dx, dy = px - cx, py - centre_y
    rho = np.hypot(dx, dy)
    upper = dy < 0
    across_arc = (rho - (bow + r)) / r
    side = np.where(dx < 0, -1.0, 1.0)
    across_leg = (np.abs(dx) - (bow + r)) / r
    across = np.where(upper, across_arc, across_leg)
    inside_legs = (py >= centre_y) & (py <= foot)
    bar = np.clip((1.0 - np.abs(across)) * r + 0.5, 0, 1) * (upper | inside_legs)
    dirx = np.where(upper, dx / (rho + 1e-6), side)
    diry = np.where(upper, dy / (rho + 1e-6), 0.0)
    c = np.clip(across, -1, 1)
    nz = np.sqrt(np.clip(1 - c**2, 0, 1))
    layer = _layer(shape)
    # the pin under the eyes: a round bar, its threads past the right eye, a flat eye head at the left
    pin_r = 0.78 * r
    left, right = cx - bow - r, cx + bow + r
    pin = _box(px, py, left - 1.6 * r, foot - pin_r, right + 2.2 * r, foot + pin_r, pin_r * 0.6)
    pc = np.clip((py - foot) / pin_r, -1, 1)
    threads = np.clip((px - right - 0.6 * r) / 2.0, 0, 1)
    pc_thread = pc * (1.0 - 0.12 * threads * (0.5 + 0.5 * np.cos(2 * np.pi * (px - pc * 2.0) / (0.32 * r))))
    pn = _unit(np.zeros(shape, np.float32), pc_thread, np.sqrt(np.clip(1 - pc_thread**2, 0, 1)))
    layer = _put(layer, _steel(*pn, pin, 0.9))
    head_x = left - 1.6 * r - 1.35 * r
    head = np.clip(
        _ellipse(px, py, head_x, foot, 1.5 * r, 1.5 * r)
        - _ellipse(px, py, head_x - 0.15 * r, foot, 0.6 * r, 0.6 * r),
        0,
        1,
    )
    neck = _box(px, py, head_x + 0.9 * r, foot - 1.05 * r, left - 1.2 * r, foot + 1.05 * r, 0.3 * r)
    head = np.maximum(head, neck)
    hr = np.hypot(px - head_x, py - foot) / (1.5 * r)
    rim = np.clip((hr - 0.75) / 0.25, 0, 1) * np.clip((1.0 - np.abs(px - head_x) / (1.5 * r)) * 4, 0, 1)
    hn = _unit(
        0.55 * rim * (px - head_x) / (hr * 1.5 * r + 1e-6),
        0.55 * rim * (py - foot) / (hr * 1.5 * r + 1e-6),
        np.ones(shape, np.float32),
    )
    brushed = 1.0 + 0.05 * _brushed(name + "/head", shape, 6.0)
    head_layer = _steel(*hn, head, 0.85)
    head_layer = (head_layer[0], head_layer[1], head_layer[2] * brushed[..., None], head_layer[3])
    layer = _put(layer, head_layer)
    # the bow
    bn = _unit(c * dirx, c * diry, nz)
    layer = _put(layer, _steel(*bn, bar, 0.9))
    # the forged eyes at the legs' feet, rounded about the pin's axis
    for ex in (cx - bow - r, cx + bow + r):
        eye = _box(px, py, ex - 1.25 * r, foot - 1.9 * r, ex + 1.25 * r, foot + 1.9 * r, 1.0 * r)
        ec = np.clip((py - foot) / (1.9 * r), -1, 1)
        exx = np.clip((px - ex) / (1.25 * r), -1, 1)
        en = _unit(0.5 * exx**5, ec, np.sqrt(np.clip(1 - ec**2, 0, 1)))
        layer = _put(layer, _steel(*en, eye, 0.9))
    return layer


def d_shackle_packshot() -> Image.Image:
    """A stainless steel D-shackle lying flat, small on the foam board, a 1440 x 1200 landscape (shrunk by the
    marketplace to 1280 x 1067)."""
    return _packshot(
        "d_shackle",
        (1440, 1200),
        lambda px, py: _shackle(px, py, 700.0, 470.0, 52.0, 120.0, 13.0, "shackle"),
        (-8.0, 5.0),
        (1050.0, 150.0),
    )


# ---- the chandlery ----------------------------------------------------------------------------------------


def chandlery_scene() -> Image.Image:
    """The lifebuoy on the shop's boarded wall, the paddle leaning against it, the fender and the shackle on
    the oak counter, not edited, a 1600 x 1000 landscape (shrunk by the marketplace to 1280 x 800)."""
    w, h = 1600, 1000
    px, py = _grid(w, h)
    shape = px.shape
    ledge = 600.0
    # the wall: pale green-grey painted tongue-and-groove boards, a V-groove between each
    pitch = 96.0
    across = (px + 30.0) % pitch
    groove = np.exp(-((across / 1.6) ** 2)) + np.exp(-(((across - pitch) / 1.6) ** 2))
    lip = np.exp(-(((across - 3.0) / 1.5) ** 2))
    paint = _rgb(184, 200, 192)[None, None, :] * (1.0 + 0.012 * _fine("scene/paint", shape, 2.0))[..., None]
    paint = paint * (1.0 - 0.35 * groove + 0.06 * lip)[..., None]
    wall = (paint, paint * 0.95, np.zeros_like(paint), np.zeros(shape, np.float32))
    # the counter: varnished oak, its grain along the rows, the spots' glare on the varnish, a dark front
    grain = _brushed("scene/oak", shape, 60.0)
    rings = 0.5 + 0.5 * np.cos(2 * np.pi * (py + 14.0 * _fine("scene/oakwarp", shape, 50.0)) / 17.0)
    oak = _rgb(170, 118, 70)[None, None, :] * (0.9 + 0.08 * rings**2 + 0.05 * grain)[..., None]
    on_counter = np.clip(py - ledge + 0.5, 0, 1)
    front = np.clip(py - 930.0 + 0.5, 0, 1)
    oak = _over(oak, oak * 0.55, front)
    glare = np.exp(-(((px - 1120.0) / 220.0) ** 2) - (((py - 700.0) / 60.0) ** 2)) * (1 - front)
    edge = np.exp(-(((py - 928.0) / 2.5) ** 2))
    counter = (oak, oak * 0.9, ((0.25 * glare + 0.35 * edge)[..., None]) * _KEY, on_counter)
    layer = _put(wall, counter)
    lip_shadow = np.exp(-(((py - ledge - 3.0) / 4.0) ** 2))
    # the items
    light = np.array([0.45, -0.35, 0.82], dtype=np.float32)
    light = light / float(np.linalg.norm(light))
    ring = _lifebuoy(px, py, 470.0, 300.0, 215.0, 1.0, light, _VIEW, "scene/lifebuoy")
    hook = _box(px, py, 462.0, 70.0, 478.0, 98.0, 4.0)
    paddle = _paddle(px, py, 1080.0, 1880.0, 425.0, 8.5, 41.0, 79.0, "scene/paddle")
    fender = _fender(px, py, 1000.0, 330.0, 150.0, 440.0, "scene/fender")
    shackle = _shackle(px, py, 1260.0, 800.0, 24.0, 56.0, 6.0, "scene/shackle")
    shadows = np.zeros(shape, dtype=np.float32)
    for item, (dx, dy, soft) in (
        (ring, (-12.0, 14.0, 3.0)),
        (paddle, (-10.0, 6.0, 2.5)),
        (fender, (-30.0, -8.0, 6.0)),
        (shackle, (-4.0, 3.0, 1.2)),
    ):
        shadows = np.maximum(shadows, _cast(item[3], dx, dy, soft))
    hook_layer = _steel(
        *_unit(np.zeros(shape, np.float32), np.clip((py - 84.0) / 14.0, -1, 1), np.ones(shape, np.float32)),
        hook,
        0.3,
    )
    for item in (hook_layer, paddle, ring, fender, shackle):
        layer = _put(layer, item)
    items = np.clip(sum(item[3] for item in (paddle, ring, fender, shackle)), 0, 1)
    pools = 0.5 + 0.5 * np.exp(-(((px - 470.0) / 330.0) ** 2) - (((py - 140.0) / 420.0) ** 2))
    pools = np.maximum(
        pools, 0.5 + 0.5 * np.exp(-(((px - 1120.0) / 330.0) ** 2) - (((py - 140.0) / 420.0) ** 2))
    )
    scallop = np.exp(-((py / 60.0) ** 2)) * 0.2
    keymap = (pools - scallop) * (1.0 - 0.9 * shadows * (1.0 - items)) * (1.0 - 0.3 * lip_shadow)
    values = _lighting(layer, keymap)
    frame = _bridge(values, "scene")
    return _market(Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8)))
