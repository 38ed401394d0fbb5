"""``heldout57``'s pictures: four products a hardware store lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, each the seller's crop of the phone's JPEG: a 19:13 landscape of 1900 x 1300
  (extension lead, shot from above; kept), a 15:17 portrait of 1500 x 1700 (hard hat; kept), a 9:1 strip of
  2700 x 300 (spirit level, shot from above, thin in it; shrunk by the marketplace to 2048 x 228) and an 8:5
  landscape of 1600 x 1000 (box of screws, small in it; kept); the scene is a 3:4 portrait of 1536 x 2048
  (kept);
- the canvases they are padded onto (``PADDING``): a 1:0.8 landscape with a moderate margin round the
  extension lead's picture, a 1:1.15 portrait with broad white round the hard hat's picture (and round the
  scene), a 1:0.16 banner a little wider than the level's long picture, and a 1:0.85 canvas whose width is
  2.5 times the longest side of the screw box's small picture (which covers about 15 % of it); every padded
  picture covers at least 8 % of its canvas;
- a white 4-gang extension lead lying on the box's floor, seen from straight above: a white gloss plastic
  body with four UK socket faces (each a faint square groove and three small black slots), a white rocker
  switch with a small red neon window glowing beside it, "HALDEN 4 GANG 13A 250V~" printed in light grey
  along its edge, and a white cable leaving one end in a loose loop to a white plug printed "13A" (a mostly
  white product with only small dark parts); a black gloss ABS safety helmet standing on its brim, seen from
  the front and a little above: its dome with a raised ridge from front to back, a peak and a brim round
  it, the light box mirrored in it (the two LED strips as two bright bands across the top of the dome, the
  white walls as a bright rim round its outline, the box's dark front opening with the phone in it as the
  dark middle of its front), "HALDEN" and "EN 397" printed in white on its front (a dark, glossy product); a
  600 mm yellow powder-coated aluminium spirit level lying on its side, seen from above: milled silver
  working edges along both sides, black rubber end caps, a centre vial in a window (green fluid, a bubble
  between two black lines), two plumb vials in round windows near its ends, a rounded hand hole through it
  (the backdrop seen through it), a scale of black ticks along one edge and "HALDEN" and "600 mm" printed in
  black (a thin, long product); a small box of wood screws standing, seen from the front and a little above,
  small in its frame: a kraft card box with a white label on its front printed "HALDEN" in red, "WOOD
  SCREWS", "4.0 x 40 mm", "200 pcs" and "TX20" in black beside a drawn screw, a barcode on its side (a small
  product with printed text);
- every packshot is the shop's budget Android phone (a 50 MP sensor binned to 12.5 MP, its main camera, ISO
  100), handheld, in a 60 cm folding LED light box on the trade counter: a white PVC backdrop sheet hung from
  the box's back top edge and curved onto its floor, translucent white side walls, two LED strips inside
  its top, one along the front edge and one along the back (a flat, enveloping light from above: the
  backdrop brightest near the top of the back and under the strips, a little darker at the bend and towards
  the corners, the box's corner seams as faint grey lines at the edges of a wide frame; a standing item's
  soft shadow pooled round its foot, a little longer behind it than in front, a flat item's soft halo of
  shadow all round it, a contact line under each; a faint cool cast from the 6500 K strips that the phone's
  auto white balance leaves); the standing items shot through the box's front opening, the flat ones
  straight down through its top port; the seller pinches the zoom to 1.3x to fill the frame (the phone's
  digital zoom: the sensor's crop enlarged bicubic), its HDR's local tone mapping (highlights held below
  white, dark areas lifted), its "AI scene" colour boost (saturation +12 %), ISO 100 noise and a strong
  noise reduction that cores away fine low-contrast texture, a strong sharpening with halos after the zoom,
  and a JPEG at quality 90 with 4:2:0 chroma; the seller edits it in Paint.NET on the shop's PC
  (Adjustments > Auto-Level, which stretches the luma between its 0.1st and 99.8th percentiles, then Curves
  in Luminosity mode with the white point pulled in to 226 and the mid-tones lifted, which adds the same
  amount to each channel, so that the backdrop's cool cast leaves it a faint cyan white (its red channel a
  few levels short of 255); then the Paintbrush in white at 60 px with antialiasing, painted round the item at
  a wandering distance of about 12 to 45 px from it and its shadow, which leaves a band of the curved
  backdrop round the item with the shadow's core in it; saved as a JPEG at quality 93 with 4:2:0 chroma);
  the marketplace strips the metadata, shrinks what is longer than 2048 px to 2048 px (bicubic) and
  re-encodes it as a baseline JPEG at quality 84 with 4:2:2 chroma;
- one full-frame scene: the hard hat and the box of screws standing on the shop's grey laminate trade
  counter with the spirit level lying along it behind them, a brown pegboard wall behind with hooks holding
  blister-packed goods, under the shop's cool LED ceiling panels (light from above and a little in front,
  soft shadows pooled under the items, the pegboard darker towards its top); one handheld frame of the same
  phone at 1x and ISO 400, not edited, re-encoded by the marketplace.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the backdrop, a
shadow, or the backdrop seen through the level's hand hole), for the bench's clipping scope.
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
from bench.photo_sets.heldout44 import _turn
from bench.photo_sets.heldout48 import _brushed, _fine
from bench.photo_sets.heldout49 import _put, _shading, _unit
from bench.photo_sets.heldout53 import _poly, _rod, _spline
from bench.photo_sets.heldout56 import _cushion, _printed, _soft_cast, _solid

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "extension_lead": (900, 1.25, 0.8),
    "hard_hat": (780, 1.5, 1.15),
    "spirit_level": (1200, 1.05, 0.16),
    "screw_box": (300, 2.5, 0.85),
}

_MASKS: dict[str, np.ndarray] = {}

_ZOOM = 1.3  # the seller's pinch: the phone's digital zoom
# the 6500 K strips as the phone's auto white balance left them: a faint coolness
_STRIPS = np.array([0.955, 0.985, 1.03], dtype=np.float32)
# the box's translucent walls, lit by the strips: a broad fill from every side
_WALLS = np.array([0.3, 0.31, 0.325], dtype=np.float32)
_EXPOSURE = 0.8
_LUMA = np.array([0.299, 0.587, 0.114], dtype=np.float32)
_VIEW = np.array([0.0, 0.0, 1.0], dtype=np.float32)


def _direction(x: float, y: float, z: float) -> np.ndarray:
    return np.array([x, y, z], dtype=np.float32) / float(np.linalg.norm([x, y, z]))


# the strips seen from the box's front opening (x right, y down, z towards the camera): above and in front,
# above and behind
_IN_BOX = ((_direction(0.0, -0.6, 0.8), 0.55), (_direction(0.0, -0.9, -0.44), 0.45))
# seen from the top port, looking down: towards the frame's bottom and its top
_FROM_TOP = ((_direction(0.0, 0.5, 0.87), 0.5), (_direction(0.0, -0.5, 0.87), 0.5))
# the shop's LED ceiling panels: from above and a little in front
_IN_SHOP = ((_direction(0.1, -0.75, 0.65), 1.0),)
_PANELS = np.array([0.96, 0.99, 1.03], dtype=np.float32)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout57/" + name).encode()))


def _mirror(nx, ny, nz, where: str) -> np.ndarray:
    """What a mirror-like face of normal (nx, ny, nz) reflects towards the camera: the light box seen from
    its front opening (``"box"``) or the shop (``"shop"``); linear light."""
    rx, ry, rz = 2 * nz * nx, 2 * nz * ny, 2 * nz * nz - 1.0
    if where == "box":
        walls = 0.78 * np.ones_like(rx)
        opening = np.clip((rz - 0.25) / 0.2, 0, 1) * np.clip((0.75 - np.abs(rx)) / 0.15, 0, 1)
        opening = opening * np.clip((ry + 0.45) / 0.15, 0, 1)
        phone = np.exp(-((rx / 0.18) ** 2) - ((ry - 0.05) / 0.22) ** 2) * np.clip(rz, 0, 1)
        room = 0.07 - 0.05 * phone
        strips = 3.2 * np.exp(-(((ry + 0.6) / 0.07) ** 2)) * (rz > 0) + 3.0 * np.exp(
            -(((ry + 0.9) / 0.06) ** 2)
        ) * (rz <= 0)
        strips = strips * np.clip((0.8 - np.abs(rx)) / 0.1, 0, 1)
        return (walls * (1.0 - opening) + room * opening + strips).astype(np.float32)
    panels = 2.6 * np.clip((-ry - 0.62) / 0.08, 0, 1) * (np.sin(rx * 9.0) > -0.3)
    counter = 0.22 * np.clip((ry - 0.1) / 0.2, 0, 1)
    return (0.12 + panels + counter).astype(np.float32)


def _surface(
    albedo, nx, ny, nz, mask, spec: float, power: float, lights=_IN_BOX, env: float = 0.0, where="box"
):
    """A dielectric layer (plastic, powder coat, card, rubber) under the two strips ``lights``: Lambert,
    their highlights, the walls' wrap-round fill, and the surroundings mirrored (``env``, more at grazing
    angles)."""
    lambert = np.zeros_like(nx)
    highlight = np.zeros_like(nx)
    for direction, weight in lights:
        lam, hi = _shading(nx, ny, nz, direction, _VIEW, power)
        lambert = lambert + weight * lam
        highlight = highlight + weight * hi
    lit = albedo * (0.12 + 0.88 * lambert)[..., None] + (spec * highlight)[..., None]
    amb = albedo * (0.55 + 0.45 * np.clip(nz, 0, 1))[..., None]
    glow = np.zeros_like(lit)
    if env:
        fresnel = env + (1.0 - env) * np.clip(1.0 - nz, 0, 1) ** 5
        glow = (fresnel * _mirror(nx, ny, nz, where))[..., None] * np.ones(3, np.float32)
    return lit.astype(np.float32), amb.astype(np.float32), glow.astype(np.float32), mask


def _flat(shape):
    zeros = np.zeros(shape, np.float32)
    return zeros, zeros, np.ones(shape, np.float32)


# ---- the light box, the phone, Paint.NET and the marketplace -------------------------------------------


def _backdrop(name: str, w: int, h: int, bend: float | None, seams: bool):
    """The white PVC backdrop in the box: the back sheet curving onto the floor about row ``bend`` (None:
    only the floor, seen from the top port), its grid, layer and light over it."""
    px, py = _grid(w, h)
    shape = px.shape
    pvc = (
        0.93
        + 0.004 * _fine("h57/" + name + "/pvc", shape, 1.4)
        + 0.004 * _fine("h57/" + name + "/sag", shape, 90.0)
    )
    albedo = pvc[..., None] * np.array([1.0, 0.998, 0.995], dtype=np.float32) * np.ones(shape + (1,))
    side = ((px - 0.5 * w) / (0.5 * w)) ** 2
    if bend is None:
        light = 0.97 - 0.05 * side - 0.04 * ((py - 0.5 * h) / (0.5 * h)) ** 2
    else:
        upper = np.clip((bend - py) / max(bend, 1.0), 0, 1)
        along = np.clip((py - bend) / max(h - bend, 1.0), 0, 1)
        curve = np.exp(-(((py - bend) / (0.08 * h)) ** 2))
        light = 0.93 + 0.07 * upper**1.5 + 0.03 * along - 0.05 * curve - 0.09 * side
    if seams:
        # the box's corners, where the back sheet meets the side walls: faint grey lines and the walls beyond
        for x in (0.035 * w, 0.965 * w):
            light = light * (1.0 - 0.12 * np.exp(-(((px - x) / 2.5) ** 2)))
        beyond = np.clip((0.035 * w - px) / 6.0, 0, 1) + np.clip((px - 0.965 * w) / 6.0, 0, 1)
        light = light * (1.0 - 0.08 * beyond)
    layer = (
        albedo.astype(np.float32),
        albedo.astype(np.float32),
        np.zeros_like(albedo),
        np.zeros(shape, np.float32),
    )
    return px, py, layer, light.astype(np.float32)


def _lighting(layer, keymap, fill, key=_STRIPS, fill_colour=_WALLS, exposure=_EXPOSURE) -> np.ndarray:
    """The linear light the camera sees off ``layer``."""
    lit, amb, glow, _ = layer
    k = np.asarray(keymap)[..., None]
    f = np.asarray(fill)[..., None]
    return (lit * key * k + amb * fill_colour * f + glow) * exposure


def _phone(linear: np.ndarray, size: tuple[int, int], name: str, iso: int = 100) -> np.ndarray:
    """The budget phone: a faint vignette, its HDR's local tone mapping, the "AI scene" colour boost, ISO
    noise and a strong noise reduction, the digital zoom up to ``size`` (bicubic), a strong sharpening and
    a JPEG at quality 90 with 4:2:0 chroma (returned decoded, 0..255)."""
    h, w = linear.shape[:2]
    px, py = _grid(w, h)
    r2 = ((px - w / 2) / (w / 2)) ** 2 + ((py - h / 2) / (h / 2)) ** 2
    linear = linear * (1.0 - 0.035 * r2)[..., None]
    # local tone mapping: highlights held below white, large dark areas lifted
    y = np.clip(linear @ _LUMA, 1e-4, None)
    local = _blur(y, 0.05 * max(w, h))
    gain = np.clip((0.42 / np.clip(local, 0.03, None)) ** 0.22, 0.9, 1.3)
    linear = linear * gain[..., None]
    values = np.power(np.clip(linear, 0, None), 1 / 2.2)
    values = values / (1.0 + 0.06 * values) * 1.06
    # the colour boost
    grey = (values @ _LUMA)[..., None]
    values = grey + 1.12 * (values - grey)
    rng = _rng(name + "/sensor")
    sigma_n = np.sqrt(0.00002 + 0.00008 * np.clip(values, 0, 1) * (1.1 - np.clip(values, 0, 1))) * np.sqrt(
        iso / 100.0
    )
    noisy = values + rng.normal(0, 1, (h, w)).astype(np.float32)[..., None] * sigma_n
    noisy = noisy + rng.normal(0, 1, values.shape).astype(np.float32) * sigma_n * 0.7
    # the noise reduction: chroma smoothed, luma detail below a threshold cored away
    y = noisy @ _LUMA
    chroma = _blur(noisy - y[..., None], (2.0, 2.0, 0))
    base = _blur(y, 1.1)
    detail = y - base
    detail = detail * np.clip((np.abs(detail) - 0.006) / 0.01, 0, 1)
    out = np.clip((base + detail)[..., None] + chroma, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    if image.size != size:
        image = image.resize(size, Image.Resampling.BICUBIC)
    x = np.asarray(image, dtype=np.float32) / 255.0
    y = x @ _LUMA
    sharp = 0.95 * (y - _blur(y, 1.5))
    x = np.clip(x + sharp[..., None], 0, 1)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(x * 255.0 + 0.5, 0, 255).astype(np.uint8)).save(
        buffer, "JPEG", quality=90, subsampling=2
    )
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _market(image: Image.Image) -> Image.Image:
    """The marketplace: the metadata stripped, what is longer than 2048 px shrunk to 2048 px (bicubic), a
    baseline JPEG at quality 84 with 4:2:2 chroma."""
    if max(image.size) > 2048:
        ratio = 2048 / max(image.size)
        size = (round(image.width * ratio), round(image.height * ratio))
        image = image.resize(size, Image.Resampling.BICUBIC)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=84, subsampling=1)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _enlarged(values: np.ndarray, size: tuple[int, int]) -> np.ndarray:
    image = Image.fromarray((np.clip(values, 0, 1) * 255.0).astype(np.uint8))
    return np.asarray(image.resize(size, Image.Resampling.BILINEAR), dtype=np.float32) / 255.0


def _paint_net(frame: np.ndarray, mask: np.ndarray, keep: np.ndarray, name: str) -> Image.Image:
    """The seller's edit in Paint.NET: Auto-Level, Curves in Luminosity mode (white point 226, the
    mid-tones lifted), the white Paintbrush round ``keep`` (the item and its shadow's core) at a wandering
    distance; a JPEG at quality 93 with 4:2:0 chroma; then the marketplace's re-encode."""
    from scipy import ndimage
    from scipy.interpolate import PchipInterpolator

    h, w = mask.shape
    y = frame @ _LUMA
    lo, hi = np.percentile(y, 0.1), np.percentile(y, 99.8)
    x = np.clip((frame - lo) * (255.0 / max(hi - lo, 1.0)), 0, 255)
    y = x @ _LUMA
    curve = PchipInterpolator(
        [0.0, 64.0, 128.0, 190.0, 226.0, 255.0], [0.0, 70.0, 140.0, 206.0, 255.0, 255.0]
    )
    x = np.clip(x + (np.clip(curve(y), 0, 255) - y)[..., None], 0, 255)
    # the brush: everything farther from the item and its shadow than a wandering reach painted white
    distance = ndimage.distance_transform_edt(keep < 0.5)
    reach = 28.0 + 16.0 * np.clip(_fine("h57/" + name + "/reach", (h, w), 70.0), -1.0, 1.0)
    paint = np.clip((distance - reach) / 2.0 + 0.5, 0, 1)
    x = x * (1.0 - paint[..., None]) + 255.0 * paint[..., None]
    image = Image.fromarray(np.clip(x + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=93, subsampling=2)
    image = _market(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"))
    drawn = Image.fromarray((np.clip(mask, 0, 1) * 255.0).astype(np.uint8))
    if drawn.size != image.size:
        drawn = drawn.resize(image.size, Image.Resampling.BILINEAR)
    _MASKS[name] = np.asarray(drawn, dtype=np.float32) / 255.0 > 0.5
    return image


def _packshot(name: str, size: tuple[int, int], draw, footprint, bend: float | None, casts, seams=False):
    """A packshot of the item ``draw(px, py)`` gives (a layer, drawn on the sensor's crop, ``size`` / 1.3)
    in the light box, shot, zoomed, edited and re-encoded; ``footprint(px, py)`` is where it rests,
    ``casts`` its shadow's reaches (dx, dy, softness, strength)."""
    w, h = round(size[0] / _ZOOM), round(size[1] / _ZOOM)
    px, py, backdrop, light = _backdrop(name, w, h, bend, seams)
    item = draw(px, py)
    mask = item[3]
    foot = footprint(px, py)
    solid = np.maximum(mask, foot)
    if bend is not None:
        # a standing item casts its shadow on the floor: only its part near the floor shows one
        solid = solid * np.clip((py - bend - 20.0) / 10.0, 0, 1)
    shadow = np.zeros_like(mask)
    for dx, dy, soft, strength in casts:
        shadow = np.maximum(shadow, _soft_cast(solid, dx, dy, soft) * strength)
    shadow = np.clip(shadow + _blur(foot, 1.5) * 0.6, 0, 0.85) * (1.0 - mask)
    keymap = light * (1.0 - shadow)
    fill = 1.0 - 0.6 * shadow
    linear = _lighting(_put(backdrop, item), keymap, fill)
    frame = _phone(linear, size, name)
    keep = _enlarged(np.maximum(mask, (shadow > 0.3).astype(np.float32)), size)
    return _paint_net(frame, _enlarged(mask, size), keep, name)


# ---- an extension lead ----------------------------------------------------------------------------------


def _extension_lead(px, py, cx: float, cy: float, s: float, degrees: float, name: str, lights=_FROM_TOP):
    """A white 4-gang extension lead lying flat, seen from above, its body's middle at (``cx``, ``cy``)
    turned by ``degrees``, ``s`` px a millimetre (330 mm long), its cable looping to a plug: a layer."""
    shape = px.shape
    zeros, _, ones = _flat(shape)
    u, v = _turn(px, py, cx, cy, degrees)
    X, V = (u - cx) / s, (v - cy) / s
    body = _box(u, v, cx - 165.0 * s, cy - 29.0 * s, cx + 165.0 * s, cy + 29.0 * s, 9.0 * s)
    nx, ny, nz = _cushion(body, 5.0 * s, 7.0 * s)
    plastic = (
        _solid(_rgb(238, 238, 234), shape)
        * (1.0 + 0.004 * _fine("h57/" + name + "/abs", shape, 1.2))[..., None]
    )
    albedo = plastic
    slots = np.zeros(shape, np.float32)
    groove = np.zeros(shape, np.float32)

    def mm(x0: float, y0: float, x1: float, y1: float, r: float) -> np.ndarray:
        return _box(X * s, V * s, x0 * s, y0 * s, x1 * s, y1 * s, r * s)

    for sx in (-118.0, -62.0, -6.0, 50.0):
        face = mm(sx - 21.0, -21.0, sx + 21.0, 21.0, 3.0)
        inner = mm(sx - 20.0, -20.0, sx + 20.0, 20.0, 2.5)
        groove = np.maximum(groove, np.clip(face - inner, 0, 1))
        for x0, y0, x1, y1 in (
            (sx - 2.4, -15.0, sx + 2.4, -5.0),
            (sx - 14.0, 5.0, sx - 5.0, 9.5),
            (sx + 5.0, 5.0, sx + 14.0, 9.5),
        ):
            slots = np.maximum(slots, mm(x0, y0, x1, y1, 0.6))
    albedo = _over(albedo, _rgb(150, 150, 148), groove * 0.6)
    albedo = _over(albedo, _rgb(18, 18, 20), slots)
    # the rocker switch and the neon window beside it
    rocker = mm(92.0, -12.0, 122.0, 12.0, 3.0)
    r_nx = np.where(X > 107.0, 0.25, -0.1).astype(np.float32) * rocker
    lamp = mm(132.0, -5.0, 150.0, 5.0, 2.0)
    print_ = _printed(shape, cx, cy, degrees, [(-20.0 * s, 24.5 * s, "HALDEN  4 GANG  13A 250V~", 3.6 * s)])
    albedo = _over(albedo, _rgb(168, 168, 166), np.clip(print_ * 1.2, 0, 1) * body * (1.0 - rocker))
    layer = _surface(albedo, nx + r_nx, ny, nz, body, 0.3, 30.0, lights, env=0.02)
    edge = mm(91.0, -13.0, 123.0, 13.0, 3.5) - rocker
    layer = (_over(layer[0], _rgb(120, 120, 118) * 0.5, np.clip(edge, 0, 1)), layer[1], layer[2], layer[3])
    neon = _solid(_rgb(255, 40, 30), shape) * 1.3
    layer = _put(layer, (neon, neon * 0.3, neon * 0.4, lamp))
    # the cable from the body's left end in a loose loop to the plug
    path = [
        (-165.0, 0.0),
        (-200.0, 4.0),
        (-236.0, 30.0),
        (-236.0, 70.0),
        (-190.0, 88.0),
        (-120.0, 84.0),
        (-70.0, 64.0),
    ]
    ca, sa = np.cos(np.deg2rad(degrees)), np.sin(np.deg2rad(degrees))
    pts = [(cx + (x * ca - y * sa) * s, cy + (x * sa + y * ca) * s) for x, y in _spline(path, 10)]
    cable, c_nx, c_ny, c_nz = _rod(shape, pts, 3.6 * s)
    cable = cable * (1.0 - body)
    layer = _put(layer, _surface(plastic, c_nx, c_ny, c_nz, cable, 0.35, 30.0, lights, env=0.02))
    # the plug: a white moulded UK plug lying face up, its grip ridges and "13A"
    px0, py0 = -40.0, 64.0
    plug = mm(px0 - 30.0, py0 - 24.0, px0 + 26.0, py0 + 24.0, 6.0)
    p_nx, p_ny, p_nz = _cushion(plug, 4.0 * s, 6.0 * s)
    ridges = (np.sin((X - px0) * 2.2) > 0.4) * (np.abs(V - py0) < 18.0) * (X < px0 - 16.0) * plug
    p_albedo = _over(plastic, _rgb(205, 205, 200), ridges.astype(np.float32))
    label = _printed(shape, cx, cy, degrees, [(px0 * s + 6.0 * s, py0 * s, "13A", 7.0 * s)])
    p_albedo = _over(p_albedo, _rgb(120, 120, 120), np.clip(label * 1.2, 0, 1) * plug)
    layer = _put(layer, _surface(p_albedo, p_nx, p_ny, p_nz, plug, 0.3, 25.0, lights, env=0.02))
    mask = np.maximum.reduce([body, cable, plug])
    return layer[0], layer[1], layer[2], mask


def extension_lead_packshot() -> Image.Image:
    """A white 4-gang extension lead lying in the light box, shot from its top port, a 1900 x 1300
    landscape."""
    cx, cy, s, degrees = 800.0, 430.0, 2.6, -7.0
    return _packshot(
        "extension_lead",
        (1900, 1300),
        lambda px, py: _extension_lead(px, py, cx, cy, s, degrees, "lead"),
        lambda px, py: np.zeros_like(px),
        None,
        [(0.0, 12.0, 10.0, 0.28), (0.0, -12.0, 10.0, 0.28), (0.0, 0.0, 4.0, 0.35)],
        seams=True,
    )


# ---- a hard hat -----------------------------------------------------------------------------------------


def _hard_hat(px, py, cx: float, base: float, s: float, name: str, lights=_IN_BOX, where="box"):
    """A black gloss safety helmet standing on its brim, seen from the front and a little above, its brim's
    front at row ``base``, ``s`` px a millimetre (about 250 mm across the brim): a layer."""
    shape = px.shape
    zeros, _, ones = _flat(shape)
    eq = base - 28.0 * s  # the dome's equator, where it meets the brim
    # the brim: a narrow flattened ring seen from a little above, its peak jutting out at the front
    brim = _ellipse(px, py, cx, eq + 3.0 * s, 126.0 * s, 14.0 * s)
    peak = _ellipse(px, py, cx, eq + 8.0 * s, 96.0 * s, 20.0 * s) * np.clip(py - eq + 0.5, 0, 1)
    brim = np.maximum(brim, peak)
    rim = np.clip((py - eq - 1.0 * s) / (5.0 * s), 0, 1)  # its rolled edge turning towards the camera
    b_nx = (px - cx) / (126.0 * s) * 0.3
    b_ny = -0.85 * (1.0 - rim) + 0.1 * rim
    b_nx, b_ny, b_nz = _unit(b_nx, b_ny, 0.45 + 0.55 * rim)
    black = _solid(_rgb(9, 9, 10), shape)
    layer = _surface(black, b_nx, b_ny, b_nz, brim, 0.5, 80.0, lights, env=0.05, where=where)
    # the dome
    rx, ry = 108.0 * s, 150.0 * s
    dome = _ellipse(px, py, cx, eq, rx, ry) * np.clip(eq + 2.0 * s - py, 0, 1)
    dx, dy = (px - cx) / rx, (py - eq) / ry
    d_nz = np.sqrt(np.clip(1.0 - dx**2 - dy**2, 0.0, 1.0))
    d_nx, d_ny = dx, dy - 0.15 * d_nz
    # the ridge from front to back: a raised band over the middle
    ridge = np.exp(-(((px - cx) / (10.0 * s)) ** 2))
    shoulder = (px - cx) / (10.0 * s) * ridge
    d_nx = d_nx + 0.45 * shoulder * (py < eq - 20.0 * s)
    d_nx, d_ny, d_nz = _unit(d_nx, d_ny, d_nz + 0.02)
    # the logo and the standard printed in white on the front
    ink = _printed(
        shape, cx, eq - 62.0 * s, 0.0, [(0, 0, "HALDEN", 17.0 * s), (0, 26.0 * s, "EN 397", 7.0 * s)]
    )
    shell = _over(black, _rgb(236, 236, 232), np.clip(ink * 1.2, 0, 1) * dome)
    printed = np.clip(ink * 1.2, 0, 1) * dome
    dome_layer = _surface(shell, d_nx, d_ny, d_nz, dome, 0.6, 90.0, lights, env=0.05, where=where)
    dome_layer = (dome_layer[0], dome_layer[1], dome_layer[2] * (1.0 - 0.7 * printed)[..., None], dome)
    layer = _put(layer, dome_layer)
    mask = np.maximum(brim, dome)
    return layer[0], layer[1], layer[2], mask


def _hat_footprint(px, py, cx: float, base: float, s: float) -> np.ndarray:
    """Where the hat stands on the floor: under its brim's front."""
    return _ellipse(px, py, cx, base - 2.0 * s, 100.0 * s, 3.0 * s)


def hard_hat_packshot() -> Image.Image:
    """A black gloss safety helmet standing in the light box, shot through its front opening, a 1500 x 1700
    portrait."""
    cx, base, s = 575.0, 930.0, 3.3
    return _packshot(
        "hard_hat",
        (1500, 1700),
        lambda px, py: _hard_hat(px, py, cx, base, s, "hat"),
        lambda px, py: _hat_footprint(px, py, cx, base, s),
        760.0,
        [(0.0, -60.0, 22.0, 0.45), (0.0, 18.0, 14.0, 0.3)],
    )


# ---- a spirit level -------------------------------------------------------------------------------------


def _level(px, py, x0: float, yc: float, s: float, degrees: float, name: str, lights=_FROM_TOP, squash=1.0):
    """A 600 mm yellow aluminium spirit level lying on its side, seen from above, its left end at
    (``x0``, ``yc``), turned by ``degrees``, ``s`` px a millimetre (``squash``: its height foreshortened):
    a layer whose mask leaves out its hand hole."""
    shape = px.shape
    zeros, _, ones = _flat(shape)
    u, v = _turn(px, py, x0, yc, degrees)
    X, V = (u - x0) / s, (v - yc) / (s * squash)
    t = s * squash
    body = _box(X * s, V * t, 0.0, -28.0 * t, 600.0 * s, 28.0 * t, 2.0 * t)
    hole = _box(X * s, V * t, 420.0 * s, -10.0 * t, 500.0 * s, 10.0 * t, 9.5 * t)
    body = np.clip(body - hole, 0, 1)
    coat = (
        _solid(_rgb(232, 182, 26), shape)
        * (1.0 + 0.02 * _fine("h57/" + name + "/coat", shape, 1.3))[..., None]
    )
    # the milled working edges along both sides: bare aluminium, brushed along the level
    milled = ((np.abs(V) > 25.5) & (np.abs(V) <= 28.0)).astype(np.float32)
    alu = (
        _solid(_rgb(206, 208, 212), shape)
        * (1.0 + 0.05 * _brushed("h57/" + name + "/alu", shape, 20.0))[..., None]
    )
    albedo = _over(coat, alu, milled)
    # the scale: ticks every 10 mm along the upper edge, longer every 50 mm
    tick = (np.abs(np.mod(X + 5.0, 10.0) - 5.0) < 0.35) * (X > 20.0) * (X < 410.0)
    long_tick = (np.abs(np.mod(X + 25.0, 50.0) - 25.0) < 0.4) * (X > 20.0) * (X < 410.0)
    ticks = (tick * (V > -25.5) * (V < -21.0) + long_tick * (V > -25.5) * (V < -17.0)).clip(0, 1)
    ink = _printed(
        shape,
        x0,
        yc,
        degrees,
        [(120.0 * s, 6.0 * t, "HALDEN", 13.0 * t), (205.0 * s, 6.0 * t, "600 mm", 8.0 * t)],
    )
    ink = np.clip(np.maximum(ink * 1.2, ticks.astype(np.float32)), 0, 1)
    albedo = _over(albedo, _rgb(20, 20, 20), ink)
    t_v = np.clip(V / 28.0, -1, 1)
    nx, ny, nz = _unit(zeros, 0.25 * t_v**9 * ones, ones)
    layer = _surface(albedo, nx, ny, nz, body, 0.25, 20.0, lights)
    # the hand hole's wall, seen along its lower edge
    wall = _box(X * s, V * t, 418.0 * s, -12.0 * t, 502.0 * s, 12.0 * t, 11.0 * t) * (1.0 - hole) * (V > 0)
    layer = (_over(layer[0], _rgb(120, 94, 20) * 0.6, wall * 0.8), layer[1], layer[2], layer[3])
    # the end caps: black rubber, rounded
    caps = np.maximum(
        _box(X * s, V * t, -2.0 * s, -29.0 * t, 14.0 * s, 29.0 * t, 5.0 * t),
        _box(X * s, V * t, 586.0 * s, -29.0 * t, 602.0 * s, 29.0 * t, 5.0 * t),
    )
    k_nx, k_ny, k_nz = _cushion(caps, 3.0 * s, 4.0 * s)
    rubber = (
        _solid(_rgb(28, 28, 30), shape)
        * (1.0 + 0.08 * _fine("h57/" + name + "/rubber", shape, 0.9))[..., None]
    )
    layer = _put(layer, _surface(rubber, k_nx, k_ny, k_nz, caps, 0.08, 10.0, lights))
    # the centre vial in its window: a black surround, a white backing, the green fluid, a bubble between two lines
    frame = _box(X * s, V * t, 262.0 * s, -15.0 * t, 338.0 * s, 15.0 * t, 3.0 * t)
    window = _box(X * s, V * t, 266.0 * s, -11.0 * t, 334.0 * s, 11.0 * t, 2.0 * t)
    vials = [(frame, window, 300.0, 0.0, "line")]
    for ex in (60.0, 540.0):
        ring = _ellipse(X * s, V * t, ex * s, 0.0, 17.0 * s, 17.0 * t)
        disc = _ellipse(X * s, V * t, ex * s, 0.0, 13.0 * s, 13.0 * t)
        vials.append((ring, disc, ex, 0.0, "plumb"))
    for outer, inner, vx, vy, kind in vials:
        layer = _put(
            layer, _surface(_solid(_rgb(24, 24, 26), shape), zeros, zeros, ones, outer, 0.5, 60.0, lights)
        )
        fluid_band = (
            (np.abs(V - vy) < 4.5).astype(np.float32)
            if kind == "line"
            else (np.abs(X - vx) < 4.5).astype(np.float32)
        )
        fluid_band = fluid_band * inner
        glass = _over(_solid(_rgb(236, 238, 232), shape), _rgb(168, 212, 58), fluid_band)
        bubble = (
            _ellipse(X * s, V * t, (vx + 2.0) * s, vy * t, 6.5 * s, 3.6 * t)
            if kind == "line"
            else _ellipse(X * s, V * t, vx * s, (vy - 3.0) * t, 3.6 * s, 6.5 * t)
        ) * fluid_band
        glass = _over(glass, _rgb(236, 246, 190), bubble)
        if kind == "line":
            lines = ((np.abs(X - (vx - 9.0)) < 0.5) | (np.abs(X - (vx + 9.0)) < 0.5)) * (np.abs(V) < 8.0)
        else:
            lines = ((np.abs(V - 9.0) < 0.5) | (np.abs(V + 9.0) < 0.5)) * (np.abs(X - vx) < 8.0)
        glass = _over(glass, _rgb(16, 16, 16), lines.astype(np.float32) * inner)
        layer = _put(layer, _surface(glass, zeros, zeros, ones, inner, 0.9, 120.0, lights))
    mask = np.maximum(body, caps)
    return layer[0], layer[1], layer[2], mask


def spirit_level_packshot() -> Image.Image:
    """A 600 mm spirit level lying in the light box, shot from its top port, thin in a 2700 x 300 strip
    (shrunk by the marketplace to 2048 x 228)."""
    x0, yc, s, degrees = 158.0, 117.0, 2.9, -0.35
    return _packshot(
        "spirit_level",
        (2700, 300),
        lambda px, py: _level(px, py, x0, yc, s, degrees, "level"),
        lambda px, py: np.zeros_like(px),
        None,
        [(0.0, 7.0, 6.0, 0.3), (0.0, -7.0, 6.0, 0.3), (0.0, 0.0, 2.5, 0.35)],
    )


# ---- a box of screws ------------------------------------------------------------------------------------


def _screw_box(px, py, cx: float, base: float, s: float, name: str, lights=_IN_BOX):
    """A small kraft card box of wood screws (90 x 55 x 45 mm) standing, seen from the front and a little
    above, its front's foot's middle at (``cx``, ``base``), ``s`` px a millimetre: a layer."""
    shape = px.shape
    zeros, _, ones = _flat(shape)
    fl, fr, ft = cx - 45.0 * s, cx + 45.0 * s, base - 55.0 * s
    dx, dy = 17.0 * s, -13.0 * s
    front = _poly(shape, [(fl, ft), (fr, ft), (fr, base), (fl, base)])
    side = _poly(shape, [(fr, ft), (fr + dx, ft + dy), (fr + dx, base + dy), (fr, base)]) * (1.0 - front)
    lid = (
        _poly(shape, [(fl, ft), (fr, ft), (fr + dx, ft + dy), (fl + dx, ft + dy)])
        * (1.0 - front)
        * (1.0 - side)
    )
    kraft = (
        _solid(_rgb(186, 146, 100), shape)
        * (1.0 + 0.03 * _fine("h57/" + name + "/kraft", shape, 1.0))[..., None]
    )
    # the white label on the front, its red band and its print
    label = _box(px, py, fl + 4.0 * s, ft + 4.0 * s, fr - 4.0 * s, base - 4.0 * s, 1.0 * s) * front
    band = label * np.clip((ft + 15.0 * s) - py, 0, 1)
    albedo = _over(kraft, _rgb(246, 246, 242), label)
    albedo = _over(albedo, _rgb(200, 32, 36), band)
    white = _printed(shape, cx - 10.0 * s, ft + 9.5 * s, 0.0, [(0, 0, "HALDEN", 7.5 * s)]) * band
    black = (
        _printed(
            shape,
            cx - 12.0 * s,
            ft + 30.0 * s,
            0.0,
            [
                (0, -6.0 * s, "WOOD SCREWS", 6.0 * s),
                (0, 3.0 * s, "4.0 x 40 mm", 5.5 * s),
                (0, 12.0 * s, "200 pcs  TX20", 4.2 * s),
            ],
        )
        * label
        * (1.0 - band)
    )
    albedo = _over(albedo, _rgb(250, 250, 250), np.clip(white * 1.3, 0, 1))
    albedo = _over(albedo, _rgb(22, 22, 24), np.clip(black * 1.2, 0, 1))
    # the drawn screw on the label's right: a grey shank with its thread, a countersunk head
    sx = fr - 14.0 * s
    shank = _box(px, py, sx - 1.6 * s, ft + 22.0 * s, sx + 1.6 * s, base - 10.0 * s, 1.0 * s)
    head = _poly(
        shape,
        [
            (sx - 5.0 * s, ft + 19.0 * s),
            (sx + 5.0 * s, ft + 19.0 * s),
            (sx + 1.6 * s, ft + 23.0 * s),
            (sx - 1.6 * s, ft + 23.0 * s),
        ],
    )
    thread = (
        (np.sin((py - ft) / s * 2.6) > 0.2)
        * np.clip(2.4 * s - np.abs(px - sx), 0, 1)
        * (py > ft + 25.0 * s)
        * (py < base - 10.0 * s)
    )
    screw = np.clip(np.maximum.reduce([shank, head, thread.astype(np.float32)]), 0, 1) * label
    albedo = _over(albedo, _rgb(110, 112, 118), screw)
    # the barcode on the side
    u = (px - fr) / dx
    bars = (np.sin(u * 90.0 + np.sin(u * 23.0) * 3.0) > 0.1) * (u > 0.2) * (u < 0.8)
    bars = bars * (py > base - 30.0 * s + (px - fr) * dy / dx) * (py < base - 14.0 * s + (px - fr) * dy / dx)
    patch = (
        (u > 0.12)
        * (u < 0.88)
        * (py > base - 33.0 * s + (px - fr) * dy / dx)
        * (py < base - 11.0 * s + (px - fr) * dy / dx)
    )
    side_albedo = _over(kraft * 0.95, _rgb(244, 244, 240), patch.astype(np.float32))
    side_albedo = _over(side_albedo, _rgb(20, 20, 20), bars.astype(np.float32))
    layer = _surface(albedo, zeros, zeros, ones, front, 0.05, 10.0, lights)
    layer = _put(layer, _surface(kraft, zeros, zeros - 0.8, ones * 0.6, lid, 0.05, 10.0, lights))
    layer = _put(layer, _surface(side_albedo, ones * 0.75, zeros, ones * 0.66, side, 0.05, 10.0, lights))
    # the lid's flap: a fine line across it
    flap = np.clip(1.0 - np.abs(py - (ft + 0.5 * dy + (px - cx) * 0.0)) / (0.5 * s), 0, 1) * lid
    layer = (_over(layer[0], _rgb(90, 70, 48), flap * 0.6), layer[1], layer[2], layer[3])
    mask = np.maximum.reduce([front, side, lid])
    return layer[0], layer[1], layer[2], mask


def _screw_footprint(px, py, cx: float, base: float, s: float) -> np.ndarray:
    return _box(px, py, cx - 45.0 * s, base - 1.2 * s, cx + 45.0 * s, base + 1.0 * s, 0.8 * s)


def screw_box_packshot() -> Image.Image:
    """A small box of wood screws standing in the light box, small in a 1600 x 1000 landscape."""
    cx, base, s = 590.0, 505.0, 2.3
    return _packshot(
        "screw_box",
        (1600, 1000),
        lambda px, py: _screw_box(px, py, cx, base, s, "screws"),
        lambda px, py: _screw_footprint(px, py, cx, base, s),
        330.0,
        [(0.0, -26.0, 12.0, 0.45), (0.0, 10.0, 8.0, 0.3)],
    )


# ---- the trade counter ----------------------------------------------------------------------------------


def trade_counter_scene() -> Image.Image:
    """The hard hat and the box of screws standing on the shop's grey laminate trade counter, the spirit
    level lying along it behind them, a brown pegboard wall with hooks of blister-packed goods behind, under
    cool LED ceiling panels: one handheld frame of the phone at 1x and ISO 400, not edited, re-encoded by the
    marketplace; a 1536 x 2048 portrait."""
    w, h = 1536, 2048
    px, py = _grid(w, h)
    shape = px.shape
    zeros, _, ones = _flat(shape)
    horizon = 1010.0  # the counter's back edge against the pegboard
    wall = np.clip(horizon - py + 0.5, 0, 1)
    # the pegboard: brown hardboard, a grid of holes every 25 mm
    board = _solid(_rgb(150, 112, 76), shape) * (1.0 + 0.04 * _fine("h57/scene/board", shape, 2.0))[..., None]
    pitch = 38.0
    hx = np.mod(px - 11.0, pitch) - pitch / 2
    hy = np.mod(py - 17.0, pitch) - pitch / 2
    holes = np.clip(5.5 - np.hypot(hx, hy) + 0.5, 0, 1)
    board = _over(board, _rgb(34, 24, 18), holes)
    # hooks with blister cards hanging from them
    rng = _rng("scene/cards")
    cards = np.zeros(shape, np.float32)
    card_col = board.copy()
    for k in range(9):
        col, row = k % 3, k // 3
        x = 150.0 + col * 480.0 + rng.uniform(-40, 40)
        y = 90.0 + row * 300.0 + rng.uniform(-20, 20)
        if row == 2 and col == 1:
            continue
        hook = _rod(shape, [(x, y - 30.0), (x, y + 10.0)], 3.0)[0]
        card = _box(px, py, x - 85.0, y, x + 85.0, y + 230.0, 6.0)
        tint = [_rgb(200, 40, 40), _rgb(36, 80, 170), _rgb(240, 196, 40)][(k + row) % 3]
        face = _over(
            _solid(_rgb(236, 236, 232), shape), tint, _box(px, py, x - 85.0, y, x + 85.0, y + 60.0, 6.0)
        )
        blister = _box(px, py, x - 55.0, y + 80.0, x + 55.0, y + 205.0, 14.0)
        face = _over(face, _rgb(120, 124, 130), blister * 0.55)
        card_col = _over(card_col, face, card)
        card_col = _over(card_col, _rgb(190, 190, 196), hook)
        cards = np.maximum(cards, np.maximum(card, hook))
    # the counter: grey laminate in perspective, its front edge an aluminium strip
    depth = np.clip((py - horizon) / (h - horizon), 0, 1)
    fleck = _fine("h57/scene/fleck", shape, 0.8) * (0.6 + 0.4 * depth)
    laminate = _solid(_rgb(172, 174, 172), shape) * (1.0 + 0.05 * fleck)[..., None]
    colour = _over(laminate, card_col, wall)
    layer = (colour.astype(np.float32), colour.astype(np.float32), np.zeros(shape + (3,), np.float32), zeros)
    # the items
    level = _level(px, py, 180.0, 1170.0, 1.9, -1.2, "scene/level", _IN_SHOP, squash=0.4)
    hat = _hard_hat(px, py, 560.0, 1700.0, 2.7, "scene/hat", _IN_SHOP, where="shop")
    box = _screw_box(px, py, 1180.0, 1790.0, 2.6, "scene/screws", _IN_SHOP)
    for item in (level, hat, box):
        layer = _put(layer, item)
    # the panels' light: from above, the pegboard darker towards its top, shadows pooled under the items
    light = np.where(wall > 0.5, 0.75 + 0.2 * (py / horizon), 1.0 - 0.12 * depth).astype(np.float32)
    shadow = np.zeros(shape, np.float32)
    for item, base, reach in ((level, 1190.0, 8.0), (hat, 1700.0, 30.0), (box, 1790.0, 22.0)):
        cast = _soft_cast(item[3] * (py > base - 200.0), 0.0, reach, 12.0)
        shadow = np.maximum(shadow, np.clip(cast * 0.55, 0, 0.7) * (py > base - 40.0))
    card_shadow = _soft_cast(cards, 6.0, 14.0, 6.0) * 0.35 * wall
    items = np.maximum.reduce([level[3], hat[3], box[3]])
    keymap = light * (1.0 - np.maximum(shadow, card_shadow) * (1.0 - items) * (1.0 - cards * wall))
    lit, amb, glow, _ = layer
    linear = (lit * _PANELS * keymap[..., None] + amb * np.array([0.16, 0.16, 0.17], np.float32) + glow) * 0.7
    frame = _phone(linear, (w, h), "scene", iso=400)
    return _market(Image.fromarray(np.clip(frame + 0.5, 0, 255).astype(np.uint8)))
