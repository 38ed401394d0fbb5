"""``heldout56``'s pictures: four products a bridal boutique lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop of the camera's JPEG, exported from Affinity Photo: a 5:4
  landscape of 1750 x 1400 (bridal shoe; shrunk by the marketplace to 1600 x 1280), a 1:1 square of
  1400 x 1400 (ring box; kept), a 15:2 strip of 2250 x 300 (cake knife, thin in it; shrunk to 1600 x 213)
  and a 3:2 landscape of 1500 x 1000 (favour box, small in it; kept); the scene is a 4:5 portrait of
  1200 x 1500 (kept);
- the canvases they are padded onto (``PADDING``): a 1:0.9 landscape with a moderate margin round the
  shoe's picture, a 1:1.06 portrait with broad white round the ring box's picture (and round the scene), a
  1:0.19 banner a little wider than the knife's long picture, and a 1:0.78 canvas whose width is 2.6 times
  the width of the favour box's small picture (which covers about 13 % of it); every padded picture covers
  at least 8 % of its canvas;
- a white satin court shoe standing in profile, its toe to the left: an ivory-white satin upper with its
  sheen and fine weave, a satin-covered stiletto heel with a small black top lift, a thin tan leather sole
  edge, the pale lining and the insole's heel seen through the opening with "MAISON ELODIE" and "38"
  printed on it in dark grey, and a rhinestone brooch on the vamp in a gunmetal setting with one pearl (a
  mostly white product with only small dark parts); a black piano-lacquer ring box standing open, seen
  from the front and a little above: the bounced flash mirrored in its front as a broad soft glow with the
  camera's dark shape in it, the plinth mirrored along its foot, a lid lined with ivory satin printed
  "MAISON ELODIE" in gold, a navy velvet cushion with a slit holding a gold ring with a round solitaire and
  its four claws (a dark, glossy product); a cake knife lying along the strip: a pearly white resin handle
  with a silver bolster, an ivory satin ribbon tied in a bow at the bolster with its two tails lying on the
  plinth, a polished stainless blade mirroring the ceiling and, darker, the camera above, serrated along
  its lower edge and etched "STAINLESS 18/10" (a thin, long product); a small white card favour box, a
  5 cm cube seen from the front and a little above, small in its frame: a sage green satin ribbon round it
  tied in a bow on the lid, the front printed "Anna & Tom", "thank you" and "14.06.2025" in dark grey (a
  small product with printed text);
- every packshot is the shop's premium compact camera with a one-inch sensor (its zoom at 50 mm equivalent,
  f/5.6, ISO 200) on a tabletop tripod, on the boutique's white gloss-lacquered display plinth pushed
  against the white painted wall behind it (the lacquer's faint orange peel and a soft mirror image of a
  standing item under its foot, the wall's roller stipple, a fine grey line where they meet); one speedlight
  on the camera's hot shoe tilted up and bounced off the warm white ceiling and the wall behind the camera
  (a broad soft light from above and in front: the plinth brightest towards the front and falling off
  towards the wall, the wall greyer than the plinth, one soft shadow falling behind and a little to the
  right of a standing item, a contact line under it, a faint warm cast from the ceiling's paint that the
  camera's flash white balance leaves); its in-camera lens correction leaving a faint vignette, its
  Standard creative style with contrast +1 (a firm S-curve that clips highlights hard), DRO at auto (the
  shadows of large dark areas lifted locally), ISO 200 luma and blotchy chroma noise, standard sharpening
  and its Extra Fine JPEG at quality 95 with 4:2:2 chroma; the seller edits it in Affinity Photo on the
  shop's iMac (a Levels adjustment: black level 2 %, white level 88 %; then the Flood Select tool at
  tolerance 6 % clicked twice on the wall and shift-clicked twice on the plinth, the selection grown by 2 px,
  feathered by 3 px and filled with white: the backdrop within tolerance of the clicked colours turns
  white, the shadow's core, the contact line and the wall's dim corners beyond it stay grey, and where a
  white part of the item touches the backdrop within tolerance it is filled white with it; exported as a
  JPEG at quality 88 with 4:2:0 chroma); the marketplace strips the metadata, shrinks what is longer than
  1600 px to 1600 px (Lanczos), does not sharpen it and re-encodes it as a progressive JPEG at quality 82
  with 4:4:4 chroma;
- one full-frame scene: the bridal shoe standing on the boutique's chevron oak parquet with the ring box
  open on the floor before it and the hem of a white satin gown on a mannequin pooling on the floor at the
  right, a greige wall with a white skirting board behind, under the shop's warm LED downlights (a pool of
  light on the wall, soft shadows down to the right), one handheld frame of the same camera at ISO 800 with
  no flash, not edited, re-encoded by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the plinth, the
wall, a shadow, a reflection or the tails of the knife's ribbon lying beside it), for the bench's clipping
scope.
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
from bench.photo_sets.heldout49 import _put, _shading, _unit
from bench.photo_sets.heldout51 import _from_height
from bench.photo_sets.heldout53 import _poly, _rod, _sample, _spline, _text_art

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "bridal_shoe": (860, 1.3, 0.9),
    "ring_box": (760, 1.42, 1.06),
    "cake_knife": (1100, 1.04, 0.19),
    "favour_box": (280, 2.6, 0.78),
}

_MASKS: dict[str, np.ndarray] = {}

# the speedlight bounced off the warm white ceiling, as the camera's flash white balance left it: a faint warmth
_BOUNCE = np.array([1.0, 0.985, 0.955], dtype=np.float32)
# the boutique's daylight through the shop window behind the camera, a weak fill
_ROOM = np.array([0.12, 0.123, 0.13], dtype=np.float32)
_EXPOSURE = 0.74
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
# the bounce's direction in the picture (x right, y down, z towards the camera): from above and in front
_TOWARDS_BOUNCE = np.array([0.06, -0.8, 0.6], dtype=np.float32) / float(np.linalg.norm([0.06, -0.8, 0.6]))
# for an item lying on the plinth, seen from above: the bounce comes from the camera's side, the frame's bottom
_TOWARDS_BOUNCE_FLAT = np.array([0.05, 0.42, 0.9], dtype=np.float32) / float(
    np.linalg.norm([0.05, 0.42, 0.9])
)
# the scene's warm LED downlights: from above and a little to the left
_TOWARDS_LAMP = np.array([-0.35, -0.7, 0.62], dtype=np.float32) / float(np.linalg.norm([-0.35, -0.7, 0.62]))
_LAMP = np.array([1.0, 0.9, 0.74], dtype=np.float32)
_VIEW = np.array([0.0, 0.0, 1.0], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout56/" + name).encode()))


def _solid(colour: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
    return colour[None, None, :] * np.ones(shape + (1,), np.float32)


def _surface(albedo, nx, ny, nz, mask, spec: float, power: float, light=_TOWARDS_BOUNCE, env: float = 0.0):
    """A dielectric layer (satin, lacquer, card, resin) lit by ``light``: Lambert, its highlight, ``env`` of
    the bright room mirrored where it faces the camera."""
    lambert, highlight = _shading(nx, ny, nz, light, _VIEW, power)
    lit = albedo * (0.14 + 0.86 * lambert)[..., None] + (spec * highlight)[..., None]
    amb = albedo * (0.5 + 0.5 * nz)[..., None]
    glow = (env * (0.3 + 0.7 * np.clip(nz, 0, 1)))[..., None] * np.ones(3, np.float32)
    return lit.astype(np.float32), amb.astype(np.float32), glow.astype(np.float32), mask


def _metal(tint, nx, ny, nz, mask, power: float = 30.0, light=_TOWARDS_BOUNCE):
    """Polished metal: the bounce mirrored where it faces it, the room's dimness elsewhere."""
    lambert, highlight = _shading(nx, ny, nz, light, _VIEW, power)
    tint = np.asarray(tint, np.float32)
    lit = tint * (0.2 + 0.3 * lambert)[..., None] + tint * (1.3 * highlight)[..., None]
    amb = tint * (0.35 + 0.4 * np.clip(-ny, 0, 1))[..., None]
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


# ---- the plinth and the wall, the bounced flash, the camera, Affinity Photo and the marketplace -----------


def _plinth(name: str, w: int, h: int, edge: float | None):
    """The white gloss-lacquered plinth filling the frame up to the wall at row ``edge`` (None: only the
    plinth, seen from above); its grid, layer and whether a pixel is the wall."""
    px, py = _grid(w, h)
    shape = px.shape
    # the lacquer: a faint orange peel, nearly flat
    peel = _fine("h56/" + name + "/peel", shape, 2.2)
    nx, ny, nz = _from_height(0.6 * _blur(peel, 1.5))
    lacquer = 0.925 + 0.003 * _fine("h56/" + name + "/cloud", shape, 60.0)
    albedo = lacquer[..., None] * np.array([1.0, 0.997, 0.99], dtype=np.float32) * np.ones(shape + (1,))
    lambert, _ = _shading(nx, ny, nz, _TOWARDS_BOUNCE_FLAT, _VIEW, 4.0)
    relief = np.clip(lambert / float(_TOWARDS_BOUNCE_FLAT[2]), 0.9, 1.08).astype(np.float32)
    lit = albedo * relief[..., None]
    wall = np.zeros(shape, np.float32)
    if edge is not None:
        # the wall: matte white paint, a little warm, with its roller's stipple
        wall = np.clip(edge - py + 0.5, 0, 1).astype(np.float32)
        stipple = (
            0.9
            + 0.008 * _fine("h56/" + name + "/stipple", shape, 1.8)
            + 0.004 * _fine("h56/" + name + "/roller", shape, 40.0)
        )
        paint = stipple[..., None] * np.array([1.0, 0.99, 0.972], dtype=np.float32)
        lit = _over(lit, paint, wall)
        albedo = _over(albedo, paint, wall)
        # the fine grey line where the plinth meets the wall
        seam = np.exp(-(((py - edge) / 1.3) ** 2)).astype(np.float32)
        lit = lit * (1.0 - 0.35 * seam)[..., None]
    layer = (
        lit.astype(np.float32),
        albedo.astype(np.float32),
        np.zeros_like(lit),
        np.zeros(shape, np.float32),
    )
    return px, py, layer, wall


def _flash(
    px: np.ndarray, py: np.ndarray, w: int, h: int, edge: float | None, wall: np.ndarray
) -> np.ndarray:
    """The bounced flash over the frame: the plinth brightest towards the front (the frame's bottom) and
    falling off towards the wall, the wall greyer, a little darker towards its top corners."""
    if edge is None:
        plinth = 0.9 + 0.1 * py / h - 0.05 * ((px - 0.5 * w) / w) ** 2
        return plinth.astype(np.float32)
    depth = np.clip((py - edge) / max(h - edge, 1.0), 0, 1)
    plinth = 0.86 + 0.14 * depth - 0.06 * ((px - 0.5 * w) / w) ** 2
    upper = np.clip((edge - py) / max(edge, 1.0), 0, 1)
    on_wall = 0.8 - 0.05 * upper - 0.1 * ((px - 0.5 * w) / w) ** 2
    return (plinth * (1.0 - wall) + on_wall * wall).astype(np.float32)


def _soft_cast(mask: np.ndarray, dx: float, dy: float, soft: float) -> np.ndarray:
    """The soft shadow the bounce makes an item of ``mask`` cast up to ``dx``, ``dy`` px away: 0 .. 1."""
    shadow = np.zeros_like(mask)
    for t in np.linspace(0.08, 1.0, 8):
        shadow = np.maximum(shadow, _shifted(mask, round(t * dx), round(t * dy)) * (1.0 - 0.55 * t))
    return np.clip(_blur(shadow, soft), 0, 1)


def _lighting(
    layer, keymap: np.ndarray | float, fill: np.ndarray | float = 1.0, key=_BOUNCE, fill_colour=_ROOM
):
    """The linear light the camera sees off ``layer``."""
    lit, amb, glow, _ = layer
    k = keymap if np.isscalar(keymap) else np.asarray(keymap)[..., None]
    f = fill if np.isscalar(fill) else np.asarray(fill)[..., None]
    return (lit * key * k + amb * fill_colour * f + glow) * _EXPOSURE


def _mirrored(linear: np.ndarray, mask: np.ndarray, base: float, reach: float, soft: float) -> tuple:
    """The item's soft mirror image in the lacquer under its foot at row ``base``: its light and coverage,
    fading over ``reach`` px."""
    h = mask.shape[0]
    rows = np.arange(h, dtype=np.float32)
    src = np.clip(np.round(2.0 * base - rows), 0, h - 1).astype(int)
    below = (rows > base).astype(np.float32)
    fade = np.exp(-np.clip(rows - base, 0, None) / reach) * below
    cover = mask[src, :] * fade[:, None]
    image = linear[src, :, :] * cover[..., None]
    return _blur(image, (soft, soft, 0)), _blur(cover, soft)


def _camera(linear: np.ndarray, name: str, iso: int = 200) -> np.ndarray:
    """The premium compact: its lens correction's faint vignette, DRO at auto, the Standard creative style
    with contrast +1, ISO luma and chroma noise, its sharpening and an Extra Fine JPEG at quality 95 with
    4:2:2 chroma (returned decoded, 0..255)."""
    h, w = linear.shape[:2]
    px, py = _grid(w, h)
    r2 = ((px - w / 2) / (w / 2)) ** 2 + ((py - h / 2) / (h / 2)) ** 2
    linear = linear * (1.0 - 0.03 * r2)[..., None]
    # DRO: the shadows of large dark areas lifted locally
    y = np.clip(linear @ _LUMA, 1e-4, None)
    local = _blur(y, 0.04 * max(w, h))
    lift = np.clip((0.18 / np.clip(local, 0.02, None)) ** 0.3, 1.0, 1.35)
    linear = linear * lift[..., None]
    values = np.power(np.clip(linear, 0, None), 1 / 2.2)
    # Standard, contrast +1: a firm S-curve, highlights clipped hard
    smooth = values * values * (3.0 - 2.0 * values)
    values = np.clip(
        0.78 * values + 0.22 * np.clip(smooth, 0, 1) + 0.02 * (values - 1.0) * (values > 1), 0, 1
    )
    rng = _rng(name + "/sensor")
    gain = iso / 200.0
    sigma_n = np.sqrt(0.000018 + 0.00009 * values * (1.1 - values)) * np.sqrt(gain)
    noisy = values + rng.normal(0, 1, values.shape[:2]).astype(np.float32)[..., None] * sigma_n
    # the blotchy chroma noise of a small sensor, its noise reduction leaving it soft
    blotch = _blur(rng.normal(0, 1, values.shape).astype(np.float32), (2.2, 2.2, 0)) * 2.2
    noisy = noisy + blotch * sigma_n * 0.8
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (1.0, 1.0, 0))
    y = y + 0.7 * (y - _blur(y, 0.9))
    out = np.clip(y[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=95, subsampling=1)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: the metadata stripped, what is longer than 1600 px shrunk to 1600 px (Lanczos), no
    sharpening, a progressive JPEG at quality 82 with 4:4:4 chroma."""
    if max(image.size) > 1600:
        ratio = 1600 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=82, subsampling=0, progressive=True)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _affinity(frame: np.ndarray, mask: np.ndarray, name: str, clicks) -> Image.Image:
    """The seller's edit in Affinity Photo: Levels (black 2 %, white 88 %), the Flood Select tool at tolerance
    6 % at ``clicks`` (fractions of the frame), grown 2 px, feathered 3 px and filled with white; a JPEG at
    quality 88 with 4:2:0 chroma; then the marketplace's re-encode."""
    from scipy import ndimage

    h, w = mask.shape
    x = np.clip((frame - 0.02 * 255.0) * (1.0 / (0.88 - 0.02)), 0, 255)
    selected = np.zeros((h, w), bool)
    for fx, fy in clicks:
        cx, cy = int(fx * (w - 1)), int(fy * (h - 1))
        seed = x[cy, cx]
        near = np.max(np.abs(x - seed[None, None, :]), axis=2) <= 0.06 * 255.0
        labels, _ = ndimage.label(near)
        if labels[cy, cx]:
            selected |= labels == labels[cy, cx]
    grown = ndimage.binary_dilation(selected, iterations=2)
    fill = np.clip(_blur(grown.astype(np.float32), 3.0 / 2.0) * 1.0, 0, 1)
    fill = np.maximum(fill, grown * (_blur(grown.astype(np.float32), 1.5) > 0.5))
    x = x * (1.0 - fill[..., None]) + 255.0 * fill[..., None]
    image = Image.fromarray(np.clip(x + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88, subsampling=2)
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
    footprint,
    edge: float | None,
    cast: tuple[float, float, float],
    clicks,
    base: float | None = None,
    beside=None,
) -> Image.Image:
    """A packshot of the item ``draw(px, py)`` gives (a layer) on the plinth under the bounced flash, shot,
    edited and re-encoded; ``footprint(px, py)`` is where it rests, ``cast`` its shadow's reach (dx, dy) and
    softness, ``base`` the row of a standing item's foot (its mirror image in the lacquer under it),
    ``beside`` a layer lying on the plinth that is not the product (a ribbon's tails)."""
    w, h = size
    px, py, backdrop, wall = _plinth(name, w, h, edge)
    item = draw(px, py)
    mask = item[3]
    scene = backdrop
    solid = mask
    if beside is not None:
        extra = beside(px, py)
        scene = _put(scene, extra)
        solid = np.maximum(mask, extra[3])
    foot = footprint(px, py)
    shadow = np.clip(_soft_cast(np.maximum(solid, foot), *cast) * 0.7 + _blur(foot, 2.0) * 0.65, 0, 0.85)
    shadow = shadow * (1.0 - solid)
    keymap = _flash(px, py, w, h, edge, wall) * (1.0 - shadow)
    fill = 1.0 - 0.7 * _blur(foot, 2.0) * (1.0 - solid)
    linear = _lighting(_put(scene, item), keymap, fill)
    if base is not None:
        own = _lighting(item, _flash(px, py, w, h, edge, wall), 1.0)
        image, cover = _mirrored(own, mask, base, 0.05 * h, 2.5)
        cover = cover * 0.14 * (1.0 - solid) * (1.0 - wall)
        linear = (
            linear * (1.0 - cover[..., None])
            + image * 0.14 * (1.0 - solid)[..., None] * (1.0 - wall)[..., None]
        )
    return _affinity(_camera(linear, name), mask, name, clicks)


# ---- a bridal shoe --------------------------------------------------------------------------------------

# its profile in mm, the toe (x 0) to the back of the heel counter, the floor at y 0: the upper and the sole
_SHOE = [
    (0.0, 7.0),
    (3.0, 17.0),
    (14.0, 29.0),
    (40.0, 39.0),
    (72.0, 46.0),
    (100.0, 51.0),
    (138.0, 53.0),
    (176.0, 63.0),
    (210.0, 81.0),
    (234.0, 100.0),
    (244.0, 97.0),
    (247.0, 88.0),
    (244.0, 80.0),
    (210.0, 77.0),
    (170.0, 60.0),
    (128.0, 34.0),
    (96.0, 12.0),
    (74.0, 2.0),
    (55.0, 0.0),
    (16.0, 0.0),
    (5.0, 2.0),
]
# the top line of the near side, from the throat's front to the back of the heel counter
_TOPLINE = [(100.0, 51.0), (138.0, 53.0), (176.0, 63.0), (210.0, 81.0), (234.0, 100.0)]
_HEEL = [
    (214.0, 79.0),
    (222.0, 50.0),
    (228.0, 18.0),
    (230.0, 0.0),
    (237.0, 0.0),
    (238.0, 20.0),
    (241.0, 55.0),
    (245.0, 82.0),
]


def _shoe(px, py, x0: float, base: float, s: float, name: str, light=_TOWARDS_BOUNCE):
    """A white satin court shoe standing in profile, its toe at ``x0``, its sole on row ``base``, ``s`` px a
    millimetre (247 mm long): a layer."""
    shape = px.shape

    def at(points):
        return [(x0 + x * s, base - y * s) for x, y in points]

    Y = (base - py) / s
    upper = _poly(shape, at(_spline(_SHOE, 6, closed=True)))
    heel = _poly(shape, at(_spline(_HEEL, 6)))
    body = np.maximum(upper, heel)
    # the satin: ivory-white, a fine weave along the shoe, a broad sheen
    nx, ny, nz = _cushion(upper, 10.0 * s, 14.0 * s)
    weave = 1.0 + 0.012 * _brushed("h56/" + name + "/satin", shape, 3.0 * s)
    satin = _solid(_rgb(200, 194, 182), shape) * weave[..., None]
    layer = _surface(satin, nx, ny, nz, upper, 0.1, 7.0, light, env=0.01)
    # the heel, satin-covered, round, with its black top lift
    h_nx, h_ny, h_nz = _cushion(heel, 3.0 * s, 5.0 * s)
    lift = heel * np.clip((6.0 - Y) * s * 0.5 + 0.5, 0, 1)
    heel_albedo = _over(satin, _rgb(14, 13, 13), lift)
    layer = _put(
        layer, _surface(heel_albedo, h_nx, h_ny, h_nz, heel, 0.2 * (1.0 - lift) + 0.3 * lift, 9.0, light)
    )
    # the tan leather sole's thin edge along the bottom of the forepart and the waist
    sole_line = at(
        _spline(
            [(6.0, 1.0), (40.0, 0.8), (74.0, 2.6), (96.0, 12.6), (128.0, 34.6), (170.0, 60.6), (212.0, 77.6)],
            8,
        )
    )
    edge, _, _, _ = _rod(shape, sole_line, 1.4 * s)
    edge = edge * upper
    lit, amb, glow, m = layer
    tan = _rgb(196, 160, 118)
    lit = _over(lit, tan * 0.8, edge)
    amb = _over(amb, tan, edge)
    layer = (lit, amb, glow, m)
    # the opening: the far side's lining and the insole's heel seen above the near top line
    top = _spline(_TOPLINE, 8)
    far = [(x, y + 7.0 * np.sin(np.pi * (x - 100.0) / 134.0) ** 0.7) for x, y in top]
    opening = _poly(shape, at(list(top) + far[::-1])) * (1.0 - upper)
    lining = _solid(_rgb(226, 214, 196), shape)
    print_ = _printed(shape, x0 + 200.0 * s, base - 76.0 * s, -22.0, [(0, 0, "MAISON ELODIE  38", 3.2 * s)])
    lining = _over(lining, _rgb(58, 56, 58), np.clip(print_ * 1.2, 0, 1) * opening)
    o_nx, o_ny, o_nz = _unit(
        np.zeros(shape, np.float32), np.full(shape, -0.45, np.float32), np.ones(shape, np.float32)
    )
    layer = _put(layer, _surface(lining * 0.8, o_nx, o_ny, o_nz, opening, 0.03, 8.0, light))
    # the near top line's piping: a thin rounded edge
    piping, p_nx, p_ny, p_nz = _rod(shape, at(top), 1.3 * s)
    layer = _put(layer, _surface(satin, p_nx, p_ny, p_nz, piping, 0.3, 12.0, light))
    # the brooch on the vamp: a gunmetal setting, rhinestones and one pearl
    bx, by = x0 + 86.0 * s, base - 50.0 * s
    setting = _ellipse(px, py, bx, by, 11.0 * s, 6.5 * s)
    g_nx, g_ny, g_nz = _cushion(setting, 2.0 * s, 3.0 * s)
    layer = _put(layer, _metal(_rgb(70, 72, 78), g_nx, g_ny, g_nz, setting, 40.0, light))
    rng = _rng(name + "/stones")
    for k in range(9):
        sx = bx + rng.uniform(-8.0, 8.0) * s
        sy = by + rng.uniform(-4.0, 4.0) * s
        stone = _ellipse(px, py, sx, sy, 1.7 * s, 1.7 * s) * setting
        sparkle = 0.6 + 1.2 * rng.random()
        st_lit = _solid(_rgb(236, 238, 245) * sparkle, shape)
        layer = _put(layer, (st_lit, st_lit * 0.5, np.zeros_like(st_lit), stone))
    pearl = _ellipse(px, py, bx + 1.0 * s, by - 0.5 * s, 3.2 * s, 3.2 * s)
    q_nx, q_ny = (px - bx - 1.0 * s) / (3.2 * s), (py - by + 0.5 * s) / (3.2 * s)
    q_nz = np.sqrt(np.clip(1.0 - q_nx**2 - q_ny**2, 0.05, 1))
    layer = _put(
        layer, _surface(_solid(_rgb(236, 230, 220), shape), q_nx, q_ny, q_nz, pearl, 0.5, 40.0, light)
    )
    mask = np.maximum.reduce([body, opening, piping, layer[3]])
    return layer[0], layer[1], layer[2], mask


def _shoe_footprint(px, py, x0: float, base: float, s: float) -> np.ndarray:
    """Where the shoe stands on the plinth: under the forepart and the heel's tip."""
    fore = _box(px, py, x0 + 8.0 * s, base - 1.5 * s, x0 + 72.0 * s, base + 1.0 * s, 0.8 * s)
    tip = _box(px, py, x0 + 229.0 * s, base - 1.5 * s, x0 + 238.0 * s, base + 1.0 * s, 0.8 * s)
    return np.maximum(fore, tip)


def bridal_shoe_packshot() -> Image.Image:
    """A white satin court shoe standing in profile on the plinth, a 1750 x 1400 landscape (shrunk by the
    marketplace to 1600 x 1280)."""
    x0, base, s = 300.0, 1080.0, 4.6
    return _packshot(
        "bridal_shoe",
        (1750, 1400),
        lambda px, py: _shoe(px, py, x0, base, s, "shoe"),
        lambda px, py: _shoe_footprint(px, py, x0, base, s),
        560.0,
        (26.0, -110.0, 26.0),
        [(0.04, 0.05), (0.5, 0.12), (0.5, 0.95), (0.95, 0.6)],
        base,
    )


# ---- a ring box -----------------------------------------------------------------------------------------


def _ring_box(px, py, cx: float, base: float, s: float, name: str, light=_TOWARDS_BOUNCE):
    """A black piano-lacquer ring box standing open, seen from the front and a little above, its front's
    middle at ``cx``, its foot on row ``base``, ``s`` px a millimetre (64 mm wide): a layer."""
    shape = px.shape
    zeros = np.zeros(shape, np.float32)
    ones = np.ones(shape, np.float32)
    half = 32.0 * s
    front_top = base - 30.0 * s
    back = front_top - 14.0 * s
    # the front: a vertical face of black lacquer, its edges rounded
    front = _box(px, py, cx - half, front_top, cx + half, base, 3.0 * s)
    f_nx, f_ny, f_nz = _cushion(front, 3.0 * s, 4.0 * s)
    # what the lacquer mirrors: the bright wall and ceiling behind the camera as a broad glow over its upper
    # part, the camera's dark shape in it, the white plinth along its foot
    u = (px - cx) / half
    v = (py - front_top) / (base - front_top)
    glow = 0.07 * np.exp(-(((v - 0.25) / 0.45) ** 2)) * (1.0 - 0.25 * u**2)
    camera = np.exp(-((u / 0.16) ** 2) - ((v - 0.4) / 0.18) ** 2)
    floor = np.clip((v - 0.86) / 0.1, 0, 1) * 0.06
    mirror = np.clip(glow * (1.0 - 0.85 * camera) + floor, 0, None) * front
    lacquer = _solid(_rgb(6, 6, 7), shape)
    layer = _surface(lacquer, f_nx, f_ny, f_nz, front, 0.3, 60.0, light)
    layer = (
        layer[0],
        layer[1],
        (mirror[..., None] * np.array([0.98, 0.97, 0.95], np.float32)).astype(np.float32),
        front,
    )
    # the top of the base seen from above: a lacquer rim round the navy velvet cushion
    top = _poly(
        shape,
        [
            (cx - half, front_top + 1.0 * s),
            (cx + half, front_top + 1.0 * s),
            (cx + half - 3.0 * s, back),
            (cx - half + 3.0 * s, back),
        ],
    )
    rim_nz = ones
    layer = _put(layer, _surface(lacquer, zeros, zeros - 0.6, rim_nz, top, 0.5, 30.0, light, env=0.04))
    cushion = _poly(
        shape,
        [
            (cx - half + 5.0 * s, front_top - 2.0 * s),
            (cx + half - 5.0 * s, front_top - 2.0 * s),
            (cx + half - 7.0 * s, back + 2.0 * s),
            (cx - half + 7.0 * s, back + 2.0 * s),
        ],
    )
    c_nx, c_ny, c_nz = _cushion(cushion, 3.0 * s, 4.0 * s)
    velvet = (
        _solid(_rgb(18, 24, 58), shape)
        * (1.0 + 0.12 * _fine("h56/" + name + "/velvet", shape, 0.8))[..., None]
    )
    slit_y = (front_top + back) / 2.0
    slit = np.clip(1.0 - np.abs(py - slit_y) / (0.7 * s), 0, 1) * cushion
    velvet = velvet * (1.0 - 0.8 * slit)[..., None]
    layer = _put(layer, _surface(velvet, c_nx, c_ny, c_nz, cushion, 0.02, 6.0, light))
    # the lid standing open behind, its inside facing the camera: a lacquer frame round ivory satin
    lid_top = back - 46.0 * s
    lid = _box(px, py, cx - half + 1.0 * s, lid_top, cx + half - 1.0 * s, back + 1.0 * s, 4.0 * s)
    l_nx, l_ny, l_nz = _cushion(lid, 2.5 * s, 3.0 * s)
    layer_lid = _surface(lacquer, l_nx, l_ny, l_nz, lid, 0.25, 40.0, light, env=0.015)
    lining = _box(
        px, py, cx - half + 5.0 * s, lid_top + 4.0 * s, cx + half - 5.0 * s, back - 3.0 * s, 2.5 * s
    )
    puff = _blur(lining, 5.0 * s)
    s_nx, s_ny, s_nz = _from_height(puff * 6.0 * s)
    ivory = (
        _solid(_rgb(238, 232, 218), shape)
        * (1.0 + 0.015 * _brushed("h56/" + name + "/lining", shape, 2.0 * s))[..., None]
    )
    gold = _printed(shape, cx, lid_top + 20.0 * s, 0.0, [(0, 0, "MAISON ELODIE", 5.0 * s)])
    line = np.clip(1.0 - np.abs(py - (lid_top + 26.0 * s)) / (0.35 * s), 0, 1) * (np.abs(px - cx) < 14.0 * s)
    ivory = _over(ivory, _rgb(176, 138, 62), np.clip(gold + line, 0, 1) * lining)
    layer_lid = _put(layer_lid, _surface(ivory, s_nx, s_ny, s_nz, lining, 0.18, 10.0, light))
    layer = _put(layer_lid, layer)
    # the ring standing in the slit: a gold band seen from the front, its lower part hidden in the velvet
    rx, ry = cx, slit_y - 9.0 * s
    outer = _ellipse(px, py, rx, ry, 10.5 * s, 10.0 * s)
    inner = _ellipse(px, py, rx, ry, 8.6 * s, 8.2 * s)
    band = np.clip(outer - inner, 0, 1) * np.clip(slit_y - py + 0.5, 0, 1)
    a = np.arctan2(py - ry, px - rx)
    b_nx, b_ny = np.cos(a) * 0.7, np.sin(a) * 0.7
    layer = _put(layer, _metal(_rgb(222, 178, 92), *_unit(b_nx, b_ny, ones), band, 35.0, light))
    # the solitaire on its four claws at the band's top
    gx, gy = rx, ry - 11.5 * s
    claws = np.zeros(shape, np.float32)
    for dx in (-2.6, -0.9, 0.9, 2.6):
        claws = np.maximum(
            claws,
            _box(px, py, gx + dx * s - 0.45 * s, gy - 1.0 * s, gx + dx * s + 0.45 * s, gy + 3.6 * s, 0.3 * s),
        )
    layer = _put(layer, _metal(_rgb(226, 226, 230), zeros, zeros - 0.3, ones, claws, 30.0, light))
    stone = _ellipse(px, py, gx, gy, 3.4 * s, 2.6 * s) * (1.0 - claws * 0.7)
    facets = 0.5 + 0.5 * np.sign(np.sin(np.arctan2(py - gy, px - gx) * 8.0))
    gem = _solid(_rgb(200, 206, 220), shape) * (0.55 + 0.8 * facets)[..., None]
    layer = _put(layer, (gem, gem * 0.6, np.zeros_like(gem), stone))
    mask = np.maximum.reduce([front, top, lid, layer[3]])
    return layer[0], layer[1], layer[2], mask


def _ring_box_footprint(px, py, cx: float, base: float, s: float) -> np.ndarray:
    """Where the box stands on the plinth: its front's foot."""
    return _box(px, py, cx - 31.0 * s, base - 1.5 * s, cx + 31.0 * s, base + 1.2 * s, 1.0 * s)


def ring_box_packshot() -> Image.Image:
    """A black lacquered ring box standing open on the plinth, a 1400 x 1400 square."""
    cx, base, s = 690.0, 1060.0, 8.0
    return _packshot(
        "ring_box",
        (1400, 1400),
        lambda px, py: _ring_box(px, py, cx, base, s, "ring_box"),
        lambda px, py: _ring_box_footprint(px, py, cx, base, s),
        520.0,
        (30.0, -120.0, 30.0),
        [(0.05, 0.05), (0.5, 0.1), (0.5, 0.96), (0.06, 0.6)],
        base,
    )


# ---- a cake knife ---------------------------------------------------------------------------------------


def _knife(px, py, x0: float, yc: float, s: float, degrees: float, name: str, light=_TOWARDS_BOUNCE_FLAT):
    """A cake knife lying flat, its handle's end at (``x0``, ``yc``), turned by ``degrees``, ``s`` px a
    millimetre (320 mm long): a layer (the bow at the bolster included, its tails not)."""
    shape = px.shape
    ones = np.ones(shape, np.float32)
    u, v = _turn(px, py, x0, yc, degrees)
    X, V = (u - x0) / s, (v - yc) / s
    a = np.deg2rad(degrees)
    ax_, ay_ = -np.sin(a), np.cos(a)
    # the handle: pearly white resin, 120 mm, rounded, swelling a little towards its end
    half_h = 9.0 + 2.0 * np.exp(-(((X - 18.0) / 22.0) ** 2)) - 1.5 * np.clip((X - 90.0) / 30.0, 0, 1)
    handle = (
        np.clip((half_h - np.abs(V)) * s + 0.5, 0, 1)
        * np.clip(X * s + 0.5, 0, 1)
        * np.clip((118.0 - X) * s + 0.5, 0, 1)
    )
    handle = handle * np.clip(
        (np.hypot(np.clip(6.0 - X, 0, None), V) < half_h + 0.1).astype(np.float32) + (X >= 6.0), 0, 1
    )
    t = np.clip(V / half_h, -0.96, 0.96)
    h_nx, h_ny, h_nz = _unit(t * ax_, t * ay_, np.sqrt(1.0 - t**2))
    pearl = (
        1.0 + 0.03 * _brushed("h56/" + name + "/pearl", shape, 12.0 * s) + 0.02 * np.sin(X * 0.7 + 3.0 * V)
    )
    resin = _solid(_rgb(242, 238, 230), shape) * pearl[..., None]
    layer = _surface(resin, h_nx, h_ny, h_nz, handle, 0.45, 25.0, light, env=0.03)
    # the silver bolster
    bolster = (
        np.clip((10.0 - np.abs(V)) * s + 0.5, 0, 1)
        * np.clip((X - 116.0) * s + 0.5, 0, 1)
        * np.clip((128.0 - X) * s + 0.5, 0, 1)
    )
    tb = np.clip(V / 10.0, -0.9, 0.9)
    layer = _put(
        layer,
        _metal(_rgb(214, 216, 220), *_unit(tb * ax_, tb * ay_, np.sqrt(1.0 - tb**2)), bolster, 20.0, light),
    )
    # the blade: polished stainless, 32 mm deep at the heel tapering to a rounded tip, its spine on top,
    # a serrated lower edge
    depth = 32.0 - 12.0 * np.clip((X - 128.0) / 192.0, 0, 1) ** 1.6
    serr = 0.7 * np.abs(np.sin(np.pi * (X - 128.0) / 3.2)) * (X > 150.0) * (X < 300.0)
    round_tip = np.clip((X - 285.0) / 35.0, 0, 1)
    upper_edge = 16.0 - depth + 16.0 * round_tip**2
    lower = 16.0 - serr - 10.0 * np.clip((X - 302.0) / 18.0, 0, 1) ** 2
    blade = (
        np.clip((V - upper_edge) * s + 0.5, 0, 1)
        * np.clip((lower - V) * s + 0.5, 0, 1)
        * np.clip((X - 127.0) * s + 0.5, 0, 1)
        * np.clip((320.0 - X) * s + 0.5, 0, 1)
    )
    # the blade mirrors the ceiling: bright, with the camera's dark shape over its middle, a bevel along the
    # edge
    mirror = (
        0.9
        - 0.55 * np.exp(-(((X - 210.0) / 38.0) ** 2))
        + 0.06 * _brushed("h56/" + name + "/steel", shape, 30.0 * s)
    )
    bevel = np.clip((V - (lower - 3.0)) / 3.0, 0, 1)
    mirror = mirror * (1.0 - 0.35 * bevel)
    etch = _printed(shape, x0 + 160.0 * s, yc + 2.0 * s, 0.0, [(0, 0, "STAINLESS 18/10", 3.0 * s)])
    etch = _sample(etch, v, u) if degrees else etch
    mirror = mirror * (1.0 - 0.3 * np.clip(etch, 0, 1))
    steel = (mirror[..., None] * _rgb(200, 204, 210)[None, None, :] * 0.75).astype(np.float32)
    layer = _put(layer, (steel * 0.2, steel * 0.3, steel, blade))
    # the ribbon's bow at the bolster: two loops and a knot of ivory satin
    bow = np.zeros(shape, np.float32)
    nx_b = np.zeros(shape, np.float32)
    ny_b = np.zeros(shape, np.float32)
    for side in (-1.0, 1.0):
        lx = x0 + (122.0 + side * 13.0) * s
        loop = _ellipse(u, v, lx, yc - 1.0 * s, 12.0 * s, 8.0 * s)
        hole = _ellipse(u, v, lx + side * 2.0 * s, yc - 1.0 * s, 5.0 * s, 2.6 * s)
        part = np.clip(loop - hole, 0, 1)
        bow = np.maximum(bow, part)
        nx_b = nx_b + part * (u - lx) / (12.0 * s) * 0.6
        ny_b = ny_b + part * (v - yc) / (8.0 * s) * 0.6
    knot = _ellipse(u, v, x0 + 122.0 * s, yc - 1.0 * s, 4.5 * s, 5.5 * s)
    bow = np.maximum(bow, knot)
    ribbon = (
        _solid(_rgb(240, 234, 220), shape)
        * (1.0 + 0.03 * _brushed("h56/" + name + "/ribbon", shape, 2.0 * s))[..., None]
    )
    layer = _put(layer, _surface(ribbon, nx_b, ny_b, ones, bow, 0.3, 10.0, light))
    return layer


def _tails(px, py, x0: float, yc: float, s: float, degrees: float, name: str, light=_TOWARDS_BOUNCE_FLAT):
    """The ribbon's two tails lying on the plinth from the bow: a layer (not the product)."""
    shape = px.shape
    ca, sa = np.cos(np.deg2rad(degrees)), np.sin(np.deg2rad(degrees))
    mask = np.zeros(shape, np.float32)
    for path in (
        [(122.0, 2.0), (112.0, 14.0), (96.0, 22.0), (80.0, 24.0)],
        [(124.0, 2.0), (136.0, 14.0), (150.0, 20.0), (168.0, 22.0)],
    ):
        pts = [(x0 + (x * ca - y * sa) * s, yc + (x * sa + y * ca) * s) for x, y in _spline(path, 8)]
        tail, _, _, _ = _rod(shape, pts, 3.2 * s)
        mask = np.maximum(mask, tail)
    zeros = np.zeros(shape, np.float32)
    ribbon = (
        _solid(_rgb(240, 234, 220), shape)
        * (1.0 + 0.03 * _brushed("h56/" + name + "/tails", shape, 2.0 * s))[..., None]
    )
    return _surface(ribbon, zeros, zeros, np.ones(shape, np.float32), mask, 0.25, 10.0, light)


def _knife_footprint(px, py, x0: float, yc: float, s: float, degrees: float) -> np.ndarray:
    """Where the knife touches the plinth: along the handle's underside and the blade's lower edge."""
    u, v = _turn(px, py, x0, yc, degrees)
    return _box(u, v, x0 + 4.0 * s, yc + 6.0 * s, x0 + 316.0 * s, yc + 10.0 * s, 1.5 * s)


def cake_knife_packshot() -> Image.Image:
    """A cake knife lying along the plinth, thin in a 2250 x 300 strip (shrunk by the marketplace to
    1600 x 213)."""
    x0, yc, s, degrees = 270.0, 148.0, 5.6, 0.4
    return _packshot(
        "cake_knife",
        (2250, 300),
        lambda px, py: _knife(px, py, x0, yc, s, degrees, "knife"),
        lambda px, py: _knife_footprint(px, py, x0, yc, s, degrees),
        None,
        (5.0, -12.0, 6.0),
        [(0.03, 0.1), (0.97, 0.9), (0.5, 0.92)],
        beside=lambda px, py: _tails(px, py, x0, yc, s, degrees, "knife"),
    )


# ---- a favour box ---------------------------------------------------------------------------------------


def _favour_box(px, py, cx: float, base: float, s: float, name: str, light=_TOWARDS_BOUNCE):
    """A 5 cm white card favour box seen from the front and a little above, a little turned, its front's
    foot's middle at (``cx``, ``base``), ``s`` px a millimetre: a layer."""
    shape = px.shape
    zeros = np.zeros(shape, np.float32)
    ones = np.ones(shape, np.float32)
    # the corners: the front face, the right side receding, the lid seen from above
    fl, fr = cx - 22.0 * s, cx + 20.0 * s
    ft = base - 44.0 * s
    dx, dy = 14.0 * s, -12.0 * s
    front = _poly(shape, [(fl, ft), (fr, ft), (fr, base), (fl, base)])
    side = _poly(shape, [(fr, ft), (fr + dx, ft + dy), (fr + dx, base + dy), (fr, base)]) * (1.0 - front)
    lid = (
        _poly(shape, [(fl, ft), (fr, ft), (fr + dx, ft + dy), (fl + dx, ft + dy)])
        * (1.0 - front)
        * (1.0 - side)
    )
    card = (
        _solid(_rgb(244, 243, 240), shape)
        * (1.0 + 0.006 * _fine("h56/" + name + "/card", shape, 1.2))[..., None]
    )
    # the print on the front: dark grey
    ink = (
        _printed(
            shape,
            cx - 1.0 * s,
            base - 27.0 * s,
            0.0,
            [
                (0, -7.0 * s, "Anna & Tom", 6.0 * s),
                (0, 2.0 * s, "thank you", 3.8 * s),
                (0, 9.0 * s, "14.06.2025", 3.0 * s),
            ],
        )
        * front
    )
    # the sage ribbon: a band round the box near its foot, across the front and along the side
    rib_front = np.clip(2.6 * s - np.abs(py - (base - 7.0 * s)) + 0.5, 0, 1) * front
    rib_side = np.clip(2.6 * s - np.abs(py - (base - 7.0 * s) - (px - fr) * (dy / dx)) + 0.5, 0, 1) * side
    ink = ink * (1.0 - rib_front)
    sage = _rgb(132, 152, 124)
    albedo = _over(card, _rgb(62, 62, 64), np.clip(ink * 1.1, 0, 1))
    albedo = _over(albedo, sage, np.clip(rib_front + rib_side, 0, 1))
    # the faces' shading: the lid faces the bounce, the front faces the camera, the side turned away
    layer = _surface(albedo, zeros, zeros, ones, front, 0.05, 10.0, light)
    layer = _put(layer, _surface(albedo, zeros, zeros - 0.75, ones * 0.66, lid, 0.08, 10.0, light))
    layer = _put(layer, _surface(albedo * 0.92, ones * 0.7, zeros, ones * 0.71, side, 0.05, 10.0, light))
    # the bow on the lid: two loops and a knot, sage satin with a sheen
    kx, ky = cx + 0.5 * dx - 1.0 * s, ft + 0.5 * dy
    bow = zeros.copy()
    nx_b, ny_b = zeros.copy(), zeros.copy()
    for sx in (-1.0, 1.0):
        lx = kx + sx * 8.0 * s
        loop = _ellipse(px, py, lx, ky - 2.0 * s, 8.5 * s, 5.0 * s)
        hole = _ellipse(px, py, lx + sx * 1.5 * s, ky - 2.0 * s, 3.5 * s, 1.6 * s)
        part = np.clip(loop - hole, 0, 1)
        bow = np.maximum(bow, part)
        nx_b = nx_b + part * (px - lx) / (8.5 * s) * 0.6
        ny_b = ny_b + part * (py - ky) / (5.0 * s) * 0.6
    tails = np.zeros(shape, np.float32)
    for sx in (-1.0, 1.0):
        pts = [(kx + sx * t * 7.0 * s, ky + t * 9.0 * s) for t in np.linspace(0, 1, 8)]
        tail, _, _, _ = _rod(shape, pts, 1.8 * s)
        tails = np.maximum(tails, tail)
    knot = _ellipse(px, py, kx, ky - 1.5 * s, 2.8 * s, 3.2 * s)
    bow = np.maximum.reduce([bow, tails, knot])
    satin = (
        _solid(sage, shape) * (1.0 + 0.04 * _brushed("h56/" + name + "/ribbon", shape, 1.5 * s))[..., None]
    )
    layer = _put(layer, _surface(satin, nx_b, ny_b, ones, bow, 0.35, 10.0, light))
    mask = np.maximum.reduce([front, side, lid, bow])
    return layer[0], layer[1], layer[2], mask


def _favour_footprint(px, py, cx: float, base: float, s: float) -> np.ndarray:
    """Where the box stands on the plinth: its front's foot."""
    return _box(px, py, cx - 22.0 * s, base - 1.2 * s, cx + 20.0 * s, base + 1.0 * s, 0.8 * s)


def favour_box_packshot() -> Image.Image:
    """A small white favour box tied with a sage ribbon, small on the plinth in a 1500 x 1000 landscape."""
    cx, base, s = 760.0, 640.0, 4.4
    return _packshot(
        "favour_box",
        (1500, 1000),
        lambda px, py: _favour_box(px, py, cx, base, s, "favour"),
        lambda px, py: _favour_footprint(px, py, cx, base, s),
        360.0,
        (18.0, -70.0, 18.0),
        [(0.05, 0.08), (0.5, 0.1), (0.5, 0.95), (0.93, 0.55)],
        base,
    )


# ---- the boutique's floor -------------------------------------------------------------------------------


def _parquet(px, py, horizon: float, w: int, h: int, name: str):
    """The chevron oak parquet in perspective from row ``horizon`` (the wall's foot) down: its colour."""
    f = 1.15 * h
    cam = 900.0  # the camera's height above the floor, mm
    z = f * cam / np.clip(py - horizon + 260.0, 1.0, None)  # mm into the room (the floor is seen from above)
    xw = (px - 0.5 * w) * z / f  # mm across
    L = 420.0
    half = L * 0.5 * np.sqrt(0.5)
    col = np.floor(xw / (2 * half))
    within = xw - col * 2 * half - half  # -half .. half across the chevron row
    sign = np.where(within < 0, 1.0, -1.0)
    along = z + sign * within  # the planks run at 45 degrees, mirrored each side of the row's middle
    plank = np.floor(along / (L * 0.2 / np.sqrt(0.5)))
    key = (col * 131.0 + plank * 7.0 + (within < 0) * 3.0).astype(np.int64)
    tone = 0.84 + 0.16 * ((np.sin(key * 12.9898) * 43758.5453) % 1.0)
    grain = 1.0 + 0.06 * np.sin((z - sign * within) * 0.11 + np.sin(key * 1.7) * 3.0)
    gap = np.minimum(np.abs(within) / 2.0, np.abs(np.mod(along, L * 0.2 / np.sqrt(0.5))) / 2.0)
    gap = np.minimum(gap, (half - np.abs(within)) / 2.0)
    seam = np.clip(gap / np.clip(z / f * 0.8, 0.2, None), 0, 1)
    oak = _rgb(176, 136, 92)[None, None, :] * (tone * grain * (0.55 + 0.45 * seam))[..., None]
    return oak.astype(np.float32), z


def boutique_scene() -> Image.Image:
    """The bridal shoe standing on the boutique's chevron oak parquet, the ring box open before it and the hem
    of a white gown pooling on the floor at the right, a greige wall and a white skirting board behind, under
    warm LED downlights: one handheld frame at ISO 800, not edited, re-encoded by the marketplace; a
    1200 x 1500 portrait."""
    w, h = 1200, 1500
    px, py = _grid(w, h)
    shape = px.shape
    zeros = np.zeros(shape, np.float32)
    ones = np.ones(shape, np.float32)
    horizon = 610.0
    # the wall: greige paint, the downlight's pool on it above the shoe, a white skirting board at its foot
    wall = np.clip(horizon - py + 0.5, 0, 1)
    greige = (
        _solid(_rgb(206, 198, 186), shape) * (1.0 + 0.01 * _fine("h56/scene/wall", shape, 2.0))[..., None]
    )
    skirting = np.clip(py - (horizon - 95.0) + 0.5, 0, 1) * wall
    board = _solid(_rgb(238, 236, 230), shape)
    moulding = np.exp(-(((py - (horizon - 90.0)) / 3.0) ** 2))
    wall_col = _over(greige, board, skirting) * (1.0 - 0.25 * moulding * wall)[..., None]
    floor, _ = _parquet(px, py, horizon, w, h, "scene")
    layer = (
        _over(floor, wall_col, wall),
        _over(floor, wall_col, wall),
        zeros[..., None] * ones[..., None],
        zeros,
    )
    layer = (layer[0], layer[1], np.zeros(shape + (3,), np.float32), zeros)
    # the gown's hem: white satin falling in folds at the right and pooling on the floor in a curve
    hem_edge = 760.0 + 420.0 * ((py - 700.0) / 800.0).clip(0, 1) ** 1.6
    hem_line = 1230.0 + 40.0 * np.sin(px / 90.0) + 0.25 * (px - 1200.0)
    gown = np.clip(px - hem_edge + 0.5, 0, 1) * np.clip(hem_line - py + 0.5, 0, 1)
    folds = np.sin(px / 34.0 + 2.0 * np.sin(py / 300.0)) * 0.5 + 0.4 * np.sin(px / 13.0 + py / 210.0)
    g_nx = 0.55 * folds
    g_ny = -0.2 + 0.5 * np.clip((py - 1000.0) / 300.0, 0, 1)
    g_nx, g_ny, g_nz = _unit(g_nx, g_ny, ones)
    satin = (
        _solid(_rgb(244, 240, 232), shape) * (1.0 + 0.01 * _brushed("h56/scene/gown", shape, 3.0))[..., None]
    )
    layer = _put(layer, _surface(satin, g_nx, g_ny, g_nz, gown, 0.25, 10.0, _TOWARDS_LAMP))
    # the shoe standing on the floor, the ring box before it at the right
    shoe = _shoe(px, py, 150.0, 1150.0, 2.35, "scene/shoe", _TOWARDS_LAMP)
    box = _ring_box(px, py, 650.0, 1360.0, 3.6, "scene/box", _TOWARDS_LAMP)
    for item in (shoe, box):
        layer = _put(layer, item)
    # the downlights' pool on the wall and the floor, soft shadows down to the right
    pool = 0.55 + 0.6 * np.exp(-(((px - 430.0) / 520.0) ** 2) - ((py - 520.0) / 620.0) ** 2)
    shadow = np.zeros(shape, np.float32)
    for item, base, reach in ((shoe, 1150.0, 60.0), (box, 1360.0, 40.0)):
        cast = _soft_cast(item[3] * (py > base - 260.0), reach, 18.0, 14.0)
        contact = _blur(_box(px, py, 0, base - 4.0, w, base + 4.0, 2.0) * _blur(item[3], 6.0), 6.0)
        shadow = np.maximum(shadow, np.clip(cast * 0.6 + contact * 1.5, 0, 0.85) * (py > base - 30.0))
    gown_shadow = _soft_cast(gown, -30.0, 12.0, 20.0) * 0.4
    items = np.maximum.reduce([shoe[3], box[3], gown])
    keymap = pool * (1.0 - np.maximum(shadow, gown_shadow) * (1.0 - items))
    lit, amb, glow, _ = layer
    linear = (lit * _LAMP * keymap[..., None] + amb * np.array([0.1, 0.095, 0.09], np.float32) + glow) * 0.78
    frame = _camera(linear, "scene", iso=800)
    return _market(Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8)))
