"""``heldout35``'s pictures: four products a kitchen-appliance shop, furniture shop and electronics shop list,
and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 3:2 landscape of 1500 x 1000 (toaster), a 15:8 landscape of 1800 x 960 (sofa),
  a 2:3 portrait of 1000 x 1500 (bar stool), a 5:4 landscape of 1250 x 1000 (earbuds case, small in its
  frame); the scene is a 16:9 landscape of 1920 x 1080;
- the canvases they are padded onto (``PADDING``): a 1:0.8 landscape with a moderate margin round the toaster,
  a 1:0.62 banner about twice as wide as a small picture of the sofa (and the scene), a 1:1.05 near-square
  about two and a half times the height of the stool's tall picture, and a 1:1.3 portrait with broad white round a
  small picture of the earbuds case; every padded picture covers at least 5 % of its canvas;
- a two-slice toaster in glossy cream enamel, seen from the front a little from above: large softly shaded
  rounded faces, a broad soft reflection of the key light, a chrome base band, two dark bread slots in the top,
  a chrome browning dial and a black lever; a two-seat sofa in an oatmeal woven fabric (a fine weave and slub),
  plump seat and back cushions with soft creases darkened where they meet, rounded arms and short tapered oak
  legs; a bar stool with a round walnut seat on four thin black powder-coated steel legs splayed to the floor
  and a thin footrest ring between them (the white sweep seen through every gap); a small graphite earbuds
  charging case, a glossy pebble with a lid seam, a tiny status light and a chrome hinge pin (a small dark
  product in a big white frame);
- every picture is a 3D render, the way furniture, appliance and homeware sellers upload catalogue images: the
  shapes' silhouettes exactly antialiased, smooth shading from a large soft key light at the upper left and a
  white fill, ambient occlusion in creases and under parts that meet, a broad glossy reflection of the key
  light on shiny parts, a soft contact shadow on a pure white infinite sweep (the sweep itself clipped to
  white); a denoised path tracer's faint, slightly blotchy residual noise, the "standard" sRGB view transform,
  exported large and re-encoded by the seller as a JPEG at quality 88 with 4:2:0 chroma;
- one full-frame scene: the sofa rendered in a living room, an off-white wall with a framed print and the soft
  light of a window off to the left, a white skirting board, an oak plank floor in perspective and a woven rug,
  the same render finish.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image

# family -> (longest side the render is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "toaster": (900, 1.5, 0.8),
    "sofa": (620, 2.1, 0.62),
    "bar_stool": (1100, 2.5, 1.05),
    "earbuds_case": (420, 2.2, 1.3),
}

_MASKS: dict[str, np.ndarray] = {}
_QUALITY = 88  # the seller's re-encode of the exported render
_KEY = np.array([-0.42, -0.62, 0.66], dtype=np.float32)  # the key light's direction (x right, y down, z out)
_KEY = _KEY / np.linalg.norm(_KEY)


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout35/" + name).encode()))


def _blur(values: np.ndarray, radius: float | tuple[float, float]) -> np.ndarray:
    from scipy import ndimage

    return ndimage.gaussian_filter(values.astype(np.float32), radius, mode="nearest")


def _grid(width: int, height: int) -> tuple[np.ndarray, np.ndarray]:
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    return xs, ys


def _linear(r: float, g: float, b: float) -> np.ndarray:
    """An sRGB colour (0..255) as linear light."""
    return (np.array([r, g, b], dtype=np.float32) / 255.0) ** 2.2


def _over(under: np.ndarray, over: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    return over * alpha[..., None] + under * (1.0 - alpha[..., None])


def _box(px: np.ndarray, py: np.ndarray, x0: float, y0: float, x1: float, y1: float, r: float) -> np.ndarray:
    """An exactly antialiased rounded rectangle (corner radius ``r``)."""
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hx, hy = (x1 - x0) / 2 - r, (y1 - y0) / 2 - r
    dx, dy = np.abs(px - cx) - hx, np.abs(py - cy) - hy
    outside = np.hypot(np.clip(dx, 0, None), np.clip(dy, 0, None)) + np.minimum(np.maximum(dx, dy), 0.0)
    return np.clip(r - outside + 0.5, 0, 1)


def _ellipse(px: np.ndarray, py: np.ndarray, cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
    """An antialiased ellipse (its distance field scaled by the smaller radius)."""
    return np.clip((1.0 - np.hypot((px - cx) / rx, (py - cy) / ry)) * min(rx, ry) + 0.5, 0, 1)


def _segment(
    px: np.ndarray, py: np.ndarray, a: tuple[float, float], b: tuple[float, float]
) -> tuple[np.ndarray, ...]:
    """The distance of every pixel to the segment a-b, and where along it (0..1) it is nearest."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = max(dx * dx + dy * dy, 1e-6)
    t = np.clip(((px - a[0]) * dx + (py - a[1]) * dy) / length2, 0.0, 1.0)
    return np.hypot(px - a[0] - t * dx, py - a[1] - t * dy), t


def _fine(name: str, shape: tuple[int, int], radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance noise blurred by ``radius`` px (a pair: along y, along x)."""
    from scipy import ndimage

    pad = int(3 * float(np.max(radius))) + 1
    values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    return values / float(values.std())


def _normals(cover: np.ndarray, radius: float, bulge: float = 1.0) -> tuple[np.ndarray, ...]:
    """A rounded part's surface normals (nx, ny, nz): the part seen as a cushion of rounding ``radius`` px."""
    height = _blur(cover, radius)
    gy, gx = np.gradient(height)
    slope = 2.5 * radius * bulge
    nx, ny, nz = -slope * gx, -slope * gy, np.ones_like(gx)
    norm = np.sqrt(nx * nx + ny * ny + nz * nz)
    return nx / norm, ny / norm, nz / norm


def _shaded(
    cover: np.ndarray,
    albedo: np.ndarray,
    radius: float,
    gloss: float = 0.0,
    bulge: float = 1.0,
    texture: np.ndarray | None = None,
    occlusion: np.ndarray | None = None,
) -> np.ndarray:
    """A part's linear colour under the studio lights: the large soft key at the upper left (wrapped
    Lambert), a white fill, a sky-like ambient from above, ambient occlusion, and (``gloss``) the key's
    broad reflection, a softbox seen in a glossy coat, with a Fresnel rim."""
    nx, ny, nz = _normals(cover, radius, bulge)
    facing = nx * _KEY[0] + ny * _KEY[1] + nz * _KEY[2]
    key = np.clip((facing + 0.45) / 1.45, 0.0, 1.0) ** 1.3
    fill = np.clip(0.5 + 0.5 * (0.55 * nx + 0.2 * ny + 0.8 * nz), 0.0, 1.0)
    sky = 0.6 - 0.4 * ny
    light = 0.95 * key + 0.22 * fill + 0.16 * sky
    if occlusion is not None:
        light = light * occlusion
    shade = albedo[None, None, :] * light[..., None]
    if texture is not None:
        shade = shade * texture[..., None] if texture.ndim == 2 else shade * texture
    if gloss > 0.0:
        # the key's softbox mirrored: a broad bright patch where the normal halves view and key directions
        hx, hy, hz = _KEY[0], _KEY[1], _KEY[2] + 1.0
        hn = np.sqrt(hx * hx + hy * hy + hz * hz)
        along = (nx * hx + ny * hy + nz * hz) / hn
        softbox = np.clip((along - 0.86) / 0.12, 0.0, 1.0) ** 2
        fresnel = 0.04 + 0.96 * (1.0 - np.clip(nz, 0.0, 1.0)) ** 5
        reflection = gloss * (0.9 * softbox + 0.35 * fresnel)
        if occlusion is not None:
            reflection = reflection * occlusion
        shade = shade + reflection[..., None]
    return shade.astype(np.float32)


def _occlusion(near: np.ndarray, radius: float, depth: float) -> np.ndarray:
    """Ambient occlusion cast by ``near`` (what a surface meets or tucks under): 1 - depth x its blur."""
    return 1.0 - depth * np.clip(_blur(near, radius), 0.0, 1.0)


def _sweep(contact: np.ndarray, mask: np.ndarray, depth: float) -> np.ndarray:
    """The pure white infinite sweep in linear light (brighter than white, so that it clips to 255) with the
    product's soft contact shadow: a tight dark line where ``contact`` meets the floor and the broad
    occlusion of the whole product above it."""
    tight = np.clip(_blur(contact, 3.0) * 3.0, 0, 1)
    broad = np.clip(_blur(contact, (12.0, 50.0)) * 8.0, 0, 1)
    lifted = np.clip(_blur(mask, 40.0), 0, 1)
    shadow = 0.55 * tight + 0.5 * broad + 0.15 * lifted
    white = 1.07 * (1.0 - depth * np.clip(shadow, 0.0, 1.0))
    return np.repeat(white[..., None], 3, axis=2).astype(np.float32)


def _export(linear: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """The render's export: the denoiser's faint, blotchy residual noise, the standard sRGB view transform,
    8 bits, and the seller's re-encode as a JPEG at quality 88 with 4:2:0 chroma."""
    linear = np.clip(linear, 0.0, None)
    h, w = linear.shape[:2]
    residual = _fine(name + "/denoised", (h, w), 1.2)
    linear = linear * (1.0 + 0.006 * residual[..., None] * (1.0 - np.clip(linear, 0.0, 1.0)[..., :1]))
    linear = np.clip(linear, 0.0, 1.0)
    srgb = np.where(linear <= 0.0031308, 12.92 * linear, 1.055 * linear ** (1 / 2.4) - 0.055)
    dither = _rng(name + "/dither").uniform(-0.5, 0.5, srgb.shape).astype(np.float32)
    image = Image.fromarray(np.clip(srgb * 255.0 + 0.5 + dither, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=_QUALITY, subsampling=2)
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# ---- a two-slice toaster ---------------------------------------------------------------------------------


def toaster_packshot() -> Image.Image:
    """A glossy cream two-slice toaster, seen from the front a little from above, 3:2."""
    w, h = 1500, 1000
    px, py = _grid(w, h)
    front = _box(px, py, 330.0, 360.0, 1170.0, 800.0, 100.0)
    top = _box(px, py, 392.0, 306.0, 1108.0, 420.0, 50.0) * np.clip(430.0 - py + 0.5, 0, 1)
    feet = np.maximum(
        _box(px, py, 390.0, 780.0, 470.0, 818.0, 10.0), _box(px, py, 1030.0, 780.0, 1110.0, 818.0, 10.0)
    )
    lever_slot = _box(px, py, 1084.0, 470.0, 1104.0, 650.0, 10.0)
    lever = _box(px, py, 1060.0, 520.0, 1128.0, 552.0, 14.0)
    dial = _ellipse(px, py, 1094.0, 712.0, 30.0, 30.0)
    band = front * np.clip(py - 738.0 + 0.5, 0, 1)
    slots = np.maximum(
        _box(px, py, 430.0, 336.0, 740.0, 372.0, 18.0), _box(px, py, 760.0, 336.0, 1070.0, 372.0, 18.0)
    )
    cream = _linear(236, 226, 204)
    body_ao = _occlusion(np.maximum(lever, dial), 10.0, 0.35) * _occlusion(band, 3.0, 0.2)
    colour = np.zeros((h, w, 3), dtype=np.float32)
    colour = _over(colour, _shaded(feet, _linear(40, 40, 42), 4.0), feet)
    colour = _over(colour, _shaded(top, cream, 28.0, gloss=0.2, bulge=0.6) * 0.92, top)
    colour = _over(colour, _shaded(front, cream, 60.0, gloss=0.3, occlusion=body_ao) * 0.9, front)
    # the chrome band: a mirror of the bright studio above and the white floor below, dark in between
    chrome = 0.85 * np.exp(-(((py - 746.0) / 5.0) ** 2)) + 0.12 + 0.55 * np.clip((py - 775.0) / 22.0, 0, 1)
    chrome = chrome * (0.8 + 0.2 * np.clip((px - 330.0) / 300.0, 0, 1) * np.clip((1170.0 - px) / 300.0, 0, 1))
    colour = _over(colour, np.repeat(chrome[..., None], 3, axis=2) * _linear(225, 228, 232), band)
    # the bread slots: dark, occluded deeper inside, a lit far wall
    inside = np.clip((py - 340.0) / 30.0, 0, 1)
    slot_colour = _linear(30, 28, 26) * (0.35 + 0.8 * inside)[..., None]
    colour = _over(colour, slot_colour, slots)
    colour = _over(colour, _shaded(lever_slot, _linear(24, 24, 24), 3.0), lever_slot)
    colour = _over(colour, _shaded(lever, _linear(22, 22, 24), 8.0, gloss=0.3), lever)
    knurl = 1.0 + 0.12 * np.sin(np.arctan2(py - 712.0, px - 1094.0) * 36.0)
    colour = _over(colour, _shaded(dial, _linear(190, 192, 196), 12.0, gloss=0.9, texture=knurl), dial)
    mask = np.clip(np.maximum.reduce([front, top, feet, lever, dial]), 0, 1)
    contact = _box(px, py, 360.0, 810.0, 1140.0, 818.0, 4.0)
    picture = _over(_sweep(contact, mask, 0.5), colour, mask)
    return _export(picture, "toaster", mask)


# ---- a two-seat sofa ------------------------------------------------------------------------------------


def _sofa(px: np.ndarray, py: np.ndarray, ox: float, oy: float, s: float) -> tuple[np.ndarray, ...]:
    """(linear colour, product mask, floor contact) of the oatmeal two-seat sofa, 1460 x 560 px at ``s`` = 1,
    its top left at (``ox``, ``oy``)."""
    qx, qy = (px - ox) / s, (py - oy) / s

    def box(x0: float, y0: float, x1: float, y1: float, r: float) -> np.ndarray:
        return _box(qx * s, qy * s, x0 * s, y0 * s, x1 * s, y1 * s, r * s)

    shape = px.shape
    back = box(120.0, 0.0, 1340.0, 330.0, 70.0)
    back_cushions = [box(190.0, 36.0, 725.0, 350.0, 80.0), box(735.0, 36.0, 1270.0, 350.0, 80.0)]
    seat_cushions = [box(185.0, 300.0, 730.0, 420.0, 44.0), box(730.0, 300.0, 1275.0, 420.0, 44.0)]
    base = box(40.0, 380.0, 1420.0, 500.0, 26.0)
    arms = [box(0.0, 140.0, 215.0, 500.0, 70.0), box(1245.0, 140.0, 1460.0, 500.0, 70.0)]
    legs = np.zeros(shape, dtype=np.float32)
    for lx, top_w, bottom_w, y1 in (
        (80.0, 30.0, 18.0, 560.0),
        (1380.0, 30.0, 18.0, 560.0),
        (170.0, 24.0, 14.0, 532.0),
        (1290.0, 24.0, 14.0, 532.0),
    ):
        t = np.clip((qy - 500.0) / (y1 - 500.0), 0, 1)
        half = (top_w + (bottom_w - top_w) * t) / 2
        leg = np.clip((half - np.abs(qx - lx)) * s + 0.5, 0, 1) * np.clip(
            (np.minimum(qy - 496.0, y1 - qy)) * s + 0.5, 0, 1
        )
        legs = np.maximum(legs, leg)
    # the fabric: a fine basket weave and slub, in the oatmeal colour
    weave = 1.0 + 0.05 * np.sign(np.sin(qx * 2.1) * np.sin(qy * 2.1)) * 0.5
    slub = 1.0 + 0.07 * _fine("sofa/slub", shape, (0.6, 3.5 * s)) + 0.04 * _fine("sofa/fleck", shape, 0.7)
    fabric = (weave * slub).astype(np.float32)
    oatmeal = _linear(196, 184, 164)
    r = 34.0 * s
    colour = np.zeros((*shape, 3), dtype=np.float32)
    oak = _linear(150, 104, 62) * (1.0 + 0.08 * _fine("sofa/oak", shape, (6.0 * s, 0.8)))[..., None]
    colour = _over(colour, _shaded(legs, np.ones(3, dtype=np.float32), 5.0 * s) * oak, legs)
    colour = _over(colour, _shaded(back, oatmeal, r, texture=fabric) * 0.8, back)
    cushions = np.maximum.reduce([*back_cushions, *seat_cushions])
    colour = _over(
        colour,
        _shaded(base, oatmeal, 20.0 * s, texture=fabric, occlusion=_occlusion(cushions, 14 * s, 0.5)),
        base,
    )
    for i, cushion in enumerate(back_cushions):
        other = back_cushions[1 - i]
        ao = _occlusion(np.maximum.reduce([other, *seat_cushions, *arms]), 16.0 * s, 0.55)
        colour = _over(
            colour, _shaded(cushion, oatmeal, 1.4 * r, bulge=1.2, texture=fabric, occlusion=ao), cushion
        )
    for i, cushion in enumerate(seat_cushions):
        other = seat_cushions[1 - i]
        ao = _occlusion(np.maximum.reduce([other, *arms]), 12.0 * s, 0.5)
        colour = _over(colour, _shaded(cushion, oatmeal, r, bulge=1.1, texture=fabric, occlusion=ao), cushion)
    for arm in arms:
        ao = _occlusion(base * np.clip(qy - 470.0, 0, 1), 10.0 * s, 0.3)
        colour = _over(colour, _shaded(arm, oatmeal, 1.2 * r, texture=fabric, occlusion=ao), arm)
    mask = np.clip(np.maximum.reduce([back, base, legs, *back_cushions, *seat_cushions, *arms]), 0, 1)
    contact = legs * np.clip((qy - 548.0) / 12.0, 0, 1) + 0.15 * box(60.0, 552.0, 1400.0, 560.0, 4.0)
    return colour, mask, contact


def sofa_packshot() -> Image.Image:
    """An oatmeal two-seat sofa with plump cushions and short oak legs, from the front, 15:8."""
    w, h = 1800, 960
    px, py = _grid(w, h)
    colour, mask, contact = _sofa(px, py, 170.0, 170.0, 1.0)
    picture = _over(_sweep(contact, mask, 0.45), colour, mask)
    return _export(picture, "sofa", mask)


# ---- a bar stool -----------------------------------------------------------------------------------------


def bar_stool_packshot() -> Image.Image:
    """A bar stool: a round walnut seat on four thin black steel legs and a footrest ring, 2:3."""
    w, h = 1000, 1500
    px, py = _grid(w, h)
    seat_top = _ellipse(px, py, 500.0, 360.0, 270.0, 72.0)
    seat_side = np.maximum(
        _ellipse(px, py, 500.0, 398.0, 270.0, 72.0),
        np.clip(np.minimum(270.0 - np.abs(px - 500.0), np.minimum(py - 360.0, 398.0 - py)) + 0.5, 0, 1),
    )
    colour = np.zeros((h, w, 3), dtype=np.float32)
    steel = _linear(26, 26, 28)
    legs = np.zeros_like(px)
    feet = np.zeros_like(px)
    back_legs = (((430.0, 400.0), (360.0, 1330.0), 10.0), ((570.0, 400.0), (640.0, 1330.0), 10.0))
    front_legs = (((390.0, 430.0), (270.0, 1400.0), 13.0), ((610.0, 430.0), (730.0, 1400.0), 13.0))
    # the footrest ring: a thin steel torus seen from a little above
    ring_d = np.abs(np.hypot((px - 500.0) / 190.0, (py - 1010.0) / 44.0) - 1.0) * 44.0
    ring = np.clip(7.0 - ring_d + 0.5, 0, 1)
    ring_back = ring * (py < 1010.0)
    ring_front = ring * (py >= 1010.0)
    for group, ring_part in ((back_legs, ring_back), (front_legs, ring_front)):
        for a, b, half in group:
            dist, t = _segment(px, py, a, b)
            leg = np.clip(half - dist + 0.5, 0, 1)
            # a cylinder's shading across the tube: dark edges, a thin highlight of the key on the left
            across = ((px - (a[0] + (b[0] - a[0]) * t)) / half).clip(-1, 1)
            tube = (
                0.5
                + 0.6 * np.clip(-across * 0.8 + 0.3, 0, 1)
                + 2.5 * np.exp(-(((across + 0.45) / 0.14) ** 2))
            )
            colour = _over(colour, steel[None, None, :] * tube[..., None], leg)
            legs = np.maximum(legs, leg)
            feet = np.maximum(feet, _ellipse(px, py, b[0], b[1] - 2.0, half + 2.0, 5.0))
        across = np.clip(
            (
                (py - 1010.0)
                - 44.0 * np.sign(py - 1010.0) * np.sqrt(np.clip(1 - ((px - 500.0) / 190.0) ** 2, 0, 1))
            )
            / 7.0,
            -1,
            1,
        )
        tube = 0.5 + 0.6 * np.clip(-across * 0.8 + 0.3, 0, 1) + 2.2 * np.exp(-(((across + 0.5) / 0.16) ** 2))
        colour = _over(colour, steel[None, None, :] * tube[..., None], ring_part)
        legs = np.maximum(legs, ring_part)
    # the walnut seat: a grain of long streaks on the top, end grain on the edge, a satin lacquer
    grain = (
        1.0
        + 0.12 * _fine("stool/walnut", (h, w), (1.0, 40.0))
        + 0.06 * np.sin(px / 9.0 + 3.0 * _fine("stool/figure", (h, w), 30.0))
    )
    walnut = _linear(120, 78, 50)
    side_ao = _occlusion(seat_top, 4.0, 0.3)
    colour = _over(
        colour,
        _shaded(seat_side, walnut, 10.0, gloss=0.15, texture=grain, occlusion=side_ao) * 0.7,
        seat_side,
    )
    colour = _over(colour, _shaded(seat_top, walnut, 30.0, gloss=0.3, bulge=0.5, texture=grain), seat_top)
    mask = np.clip(np.maximum.reduce([seat_top, seat_side, legs]), 0, 1)
    picture = _over(_sweep(feet, mask, 0.55), colour, mask)
    return _export(picture, "bar_stool", mask)


# ---- an earbuds charging case ----------------------------------------------------------------------------


def earbuds_case_packshot() -> Image.Image:
    """A small glossy graphite earbuds charging case, a lid seam, a status light, 5:4 (small in the frame)."""
    w, h = 1250, 1000
    px, py = _grid(w, h)
    cx, cy = 640.0, 560.0
    body = _box(px, py, cx - 190.0, cy - 125.0, cx + 190.0, cy + 125.0, 110.0)
    seam = np.clip(1.6 - np.abs(py - (cy - 40.0 + 0.0004 * (px - cx) ** 2)) + 0.5, 0, 1) * body
    light = _ellipse(px, py, cx, cy + 40.0, 5.0, 5.0)
    hinge = _box(px, py, cx + 170.0, cy - 50.0, cx + 196.0, cy - 28.0, 8.0)
    graphite = _linear(42, 43, 47)
    satin = 1.0 + 0.015 * _fine("case/finish", (h, w), 1.5)
    colour = np.zeros((h, w, 3), dtype=np.float32)
    seam_ao = _occlusion(seam, 3.0, 0.6)
    colour = _over(
        colour, _shaded(body, graphite, 70.0, gloss=0.3, bulge=0.9, texture=satin, occlusion=seam_ao), body
    )
    colour = _over(colour, _linear(8, 8, 9)[None, None, :] * np.ones_like(px)[..., None], seam)
    colour = _over(colour, _shaded(hinge, _linear(170, 172, 176), 5.0, gloss=0.9), hinge)
    glow = _linear(255, 255, 255) * 1.0 + _linear(90, 255, 140) * 0.3
    colour = _over(colour, glow[None, None, :] * np.ones_like(px)[..., None], light)
    mask = np.clip(np.maximum(body, hinge), 0, 1)
    contact = _box(px, py, cx - 120.0, cy + 118.0, cx + 120.0, cy + 125.0, 3.0)
    picture = _over(_sweep(contact, mask, 0.55), colour, mask)
    return _export(picture, "earbuds_case", mask)


# ---- a sitting room -------------------------------------------------------------------------------------


def sitting_room_scene() -> Image.Image:
    """The sofa rendered in a living room: an off-white wall with a framed print and a window's soft light
    from the left, a skirting board, an oak plank floor in perspective and a woven rug, 16:9."""
    w, h = 1920, 1080
    px, py = _grid(w, h)
    horizon = 760.0
    # the wall: off-white, lit by a window off to the left, falling off to the right and into the corner
    window = (
        0.55 + 0.45 * np.exp(-(((px + 200.0) / 1300.0) ** 2)) + 0.08 * np.exp(-(((py - 200.0) / 500.0) ** 2))
    )
    wall = _linear(236, 232, 224)[None, None, :] * (0.92 * window)[..., None]
    # the floor: oak planks converging to a vanishing point above the frame's centre
    depth = np.clip(py - horizon, 1.0, None)
    u = (px - 960.0) / depth * 120.0
    v = 12000.0 / depth
    plank = np.floor(u / 34.0)
    stagger = np.floor(v / 60.0 + 7.0 * np.sin(plank * 12.9898))
    wood = (
        1.0
        + 0.1 * np.sin(plank * 7.3 + stagger * 3.1)
        + 0.05 * _fine("sitting_room/oak", (h, w), (10.0, 0.8))
    )
    seam_u = np.minimum(u % 34.0, 34.0 - u % 34.0) * depth / 120.0  # px from the nearest plank seam
    seams = np.exp(-((seam_u / 0.9) ** 2))
    floor = (
        _linear(176, 128, 84)[None, None, :] * (wood * (1.0 - 0.35 * seams) * (0.7 + 0.3 * window))[..., None]
    )
    room = _over(wall, floor, np.clip(py - horizon + 0.5, 0, 1))
    skirting = np.clip(np.minimum(py - (horizon - 46.0), horizon - py) + 0.5, 0, 1)
    room = _over(
        room,
        _linear(244, 242, 238)[None, None, :]
        * (0.85 * window)[..., None]
        * (0.9 + 0.1 * np.clip((py - horizon + 46.0) / 8.0, 0, 1))[..., None],
        skirting,
    )
    # the framed print: a thin black frame, a white mount, an abstract of soft shapes
    frame_outer = _box(px, py, 830.0, 40.0, 1090.0, 300.0, 2.0)
    mount = _box(px, py, 843.0, 53.0, 1077.0, 287.0, 1.0)
    art = _box(px, py, 880.0, 90.0, 1040.0, 250.0, 1.0)
    shapes = _over(
        _linear(214, 196, 170)[None, None, :] * np.ones_like(px)[..., None],
        _linear(160, 92, 64)[None, None, :] * np.ones_like(px)[..., None],
        _ellipse(px, py, 935.0, 200.0, 50.0, 50.0),
    )
    shapes = _over(
        shapes,
        _linear(70, 90, 96)[None, None, :] * np.ones_like(px)[..., None],
        _box(px, py, 970.0, 110.0, 1025.0, 225.0, 27.0),
    )
    room = _over(
        room, room * (1.0 - 0.35 * np.clip(_blur(frame_outer, 8.0), 0, 1))[..., None], np.ones_like(px)
    )
    room = _over(room, _linear(24, 24, 24)[None, None, :] * np.ones_like(px)[..., None], frame_outer)
    room = _over(room, _linear(246, 244, 240)[None, None, :] * (0.9 * window)[..., None], mount)
    room = _over(room, shapes * (0.9 * window)[..., None], art)
    # the rug: a pale woven rectangle in perspective under the sofa
    rug_near, rug_far = 1060.0, 820.0
    rug_half = 560.0 + (py - rug_far) * 0.9
    rug = np.clip(np.minimum(py - rug_far, rug_near - py) + 0.5, 0, 1) * np.clip(
        rug_half - np.abs(px - 960.0) + 0.5, 0, 1
    )
    knit = (
        1.0
        + 0.06 * np.sign(np.sin(px / 2.2) * np.sin(py / 2.2))
        + 0.05 * _fine("sitting_room/rug", (h, w), 0.8)
    )
    rug_colour = _linear(214, 206, 192)[None, None, :] * (knit * (0.75 + 0.25 * window))[..., None]
    # the sofa, with its occlusion on the wall behind and the rug under it
    colour, mask, contact = _sofa(px, py, 230.0, 330.0, 1.0)
    room = _over(room, rug_colour, rug)
    wall_ao = 1.0 - 0.3 * np.clip(_blur(mask, 40.0), 0, 1) * np.clip((horizon + 10.0 - py) / 60.0, 0, 1)
    floor_ao = (
        1.0
        - 0.6 * np.clip(_blur(contact, (6.0, 30.0)) * 1.5, 0, 1)
        - 0.35 * np.clip(_blur(mask, (20.0, 90.0)), 0, 1) * (py > horizon)
    )
    room = room * (wall_ao * floor_ao)[..., None]
    picture = _over(room, colour * 0.95, mask)
    return _export(picture, "sitting_room")
