"""``heldout42``'s pictures: four products a homeware shop, cutler, jeweller and cycle shop list, and one
scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 7:5 landscape of 1536 x 1097 (porcelain cake stand), a 5:2 landscape of
  1536 x 614 (chef's knife, thin in its frame), a 6:5 landscape of 1536 x 1280 (silver cufflinks, small in
  it), a 16:10 landscape of 1536 x 960 (leather bicycle saddle); the scene is a 3:4 portrait of 1152 x 1536;
- the canvases they are padded onto (``PADDING``): a 1:0.9 landscape about one and a half times as wide as
  the cake stand's picture (and the scene), a 1:0.45 banner with a thin margin round the knife's long
  picture, a 1:1.15 portrait about two and a third times as wide as a small picture of the cufflinks (the
  picture covers about 9 % of it), and a 1:1.1 portrait round the saddle's wide picture; every padded
  picture covers at least 8 % of its canvas;
- a white porcelain cake stand seen from the side a little from above: a wide glazed plate with a beaded rim
  and a thin gold line round its edge, a trumpet pedestal flaring to a round foot (a pale, glossy product on
  white); a chef's knife lying flat: a brushed-steel blade with a polished bevel along its edge, a steel
  bolster, a black handle with three steel rivets (a thin product); a pair of silver cufflinks, one lying
  face up with a navy enamel face, one on its side showing its post and toggle (a small, glossy product); a
  brown leather bicycle saddle seen from the side: copper rivets along its cantle, a steel cantle plate, two
  chrome rails and two coil springs beneath it (white between the wires);
- every picture is a small product studio's photo on a sweep of mid-grey seamless paper under one studio
  strobe in a large octabox above and to the right, a white reflector filling from the left: one soft shadow
  cast to the lower left and a contact line under the item, the octabox's octagon reflected in glossy parts;
  a mirrorless camera's raw file at ISO 100 (very little noise) developed in Adobe RGB, then made white in a
  photo editor: a levels adjustment on the 8-bit picture whose white point takes the lit grey paper to
  white (clipped behind and above the item, a very pale grey left on the floor in front, darkest towards the
  lower left corner, the shadow kept), which stretches the levels and leaves every few of them empty; exported
  without converting its Adobe RGB to sRGB (the colours a little muted when read as sRGB), the editor's
  light output sharpening, a progressive JPEG at quality 92 with 4:2:0 chroma at 1536 px on the long side;
- one full-frame scene: the cake stand with a lemon cake on it on a bleached-oak table against a dusty-pink
  painted studio flat, a folded linen napkin beside it, the same strobe and finish (the levels lifting the
  pink wall towards pastel).

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the paper or the
shadow), for the bench's clipping scope.
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

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "porcelain_cake_stand": (780, 1.55, 0.9),
    "chef_knife": (940, 1.12, 0.45),
    "silver_cufflinks": (480, 2.35, 1.15),
    "leather_saddle": (820, 1.45, 1.1),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout42/" + name).encode()))


def _fine(name: str, shape: tuple[int, int], radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance noise blurred by ``radius`` px."""
    from scipy import ndimage

    pad = int(3 * float(np.max(radius))) + 1
    values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    return values / float(values.std())


# ---- the grey seamless, the strobe, the editor's levels and the Adobe RGB export ---------------------------

# the camera's level of the lit paper and of black, which the editor's levels take to white and black
_WHITE_POINT, _BLACK_POINT = 0.8, 0.02
# linear sRGB -> linear Adobe RGB (1998), both D65
_SRGB_TO_XYZ = np.array(
    [[0.4124564, 0.3575761, 0.1804375], [0.2126729, 0.7151522, 0.0721750], [0.0193339, 0.1191920, 0.9503041]]
)
_XYZ_TO_ADOBE = np.array(
    [
        [2.0413690, -0.5649464, -0.3446944],
        [-0.9692660, 1.8760108, 0.0415560],
        [0.0134474, -0.1183897, 1.0154096],
    ]
)
_SRGB_TO_ADOBE = (_XYZ_TO_ADOBE @ _SRGB_TO_XYZ).astype(np.float32)


def _seamless(shape: tuple[int, int], name: str, horizon: float) -> np.ndarray:
    """The grey seamless paper as the editor's levels leave it (1 is the white point; above, it clips): the
    part rising behind the item, lit by the octabox, well past white and brightest at the upper right; the
    floor in front of it, lit less the nearer it is, a very pale grey at the bottom, darkest towards the lower
    left corner (away from the strobe); the paper's faint tooth."""
    h, w = shape
    xs, ys = _grid(w, h)
    u, v = xs / w, ys / h
    front = np.clip((v - horizon) / (1.0 - horizon), 0, 1)
    level = 1.05 + 0.03 * u - 0.02 * v - 0.058 * front**1.4 - 0.03 * (1.0 - u) * front
    level = level + 0.003 * _fine(name + "/tooth", shape, 0.9) + 0.004 * _fine(name + "/wave", shape, 120.0)
    return level[..., None] * np.ones(3, dtype=np.float32)


def _strobe_shadow(mask: np.ndarray, reach: float, radius: float, depth: float) -> np.ndarray:
    """The octabox's shadow: one, cast to the lower left, broad and soft, and a contact line under the item:
    1 where lit."""
    moved = np.roll(np.roll(mask, -int(reach), axis=1), int(reach * 0.4), axis=0)
    cast = np.clip(_blur(moved, radius) * 1.25, 0, 1)
    contact = np.clip(_blur(np.roll(mask, 2, axis=0), 2.0) * 1.5, 0, 1) * (1.0 - mask)
    return 1.0 - depth * cast - 0.2 * contact


def _octabox(
    px: np.ndarray, py: np.ndarray, x: float, y: float, rx: float, ry: float, soft: float = 2.0
) -> np.ndarray:
    """The octabox reflected in a glossy surface: a soft octagon, ``rx`` by ``ry`` px across its flats."""
    dx, dy = np.abs(px - x) / rx, np.abs(py - y) / ry
    d = np.maximum(np.maximum(dx, dy), (dx + dy) / np.sqrt(2.0))
    return np.clip((1.0 - d) * min(rx, ry) / soft + 0.5, 0, 1)


def _export(scene: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """The studio's photo of ``scene`` (its colours as meant, sRGB, 1 = the editor's white point, already at
    the 1536 px of the export): the raw file developed in Adobe RGB at the camera's exposure, ISO 100 noise,
    8 bits; the editor's levels (black and white points stretched to 0 and 255, in whole levels, so that every
    few levels stay empty); the Adobe RGB numbers written out as they are, to be read as sRGB; light output
    sharpening; a progressive JPEG at quality 92 with 4:2:0 chroma."""
    colour = np.maximum(scene.astype(np.float32), 0.0)
    linear = np.where(colour <= 0.04045, colour / 12.92, ((colour + 0.055) / 1.055) ** 2.4)
    adobe = np.maximum(linear @ _SRGB_TO_ADOBE.T, 0.0) ** (1.0 / 2.19921875)
    camera = _BLACK_POINT + adobe * (_WHITE_POINT - _BLACK_POINT)
    rng = _rng(name + "/sensor")
    camera = camera + rng.normal(0, 1, camera.shape).astype(np.float32) * (0.0012 + 0.0022 * camera)
    raw8 = np.clip(np.round(camera * 255.0), 0, 255)
    black8, white8 = round(_BLACK_POINT * 255.0), round(_WHITE_POINT * 255.0)
    out = np.clip(np.round((raw8 - black8) * 255.0 / (white8 - black8)), 0, 255) / 255.0
    out = out + 0.3 * (out - _blur(out, (0.7, 0.7, 0)))
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92, subsampling=2, progressive=True)
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# ---- a porcelain cake stand --------------------------------------------------------------------------------


def _cake_stand(
    px: np.ndarray, py: np.ndarray, backdrop: np.ndarray, cx: float, bottom: float, s: float, name: str
) -> tuple[np.ndarray, np.ndarray, float]:
    """The cake stand standing at ``bottom``, ``s`` times its packshot size, over ``backdrop``: its colour,
    its mask and the height of its plate's top (the centre of the plate's ellipse)."""
    shape = px.shape
    plate_y = bottom - 480.0 * s
    rx, ry, rim = 560.0 * s, 95.0 * s, 22.0 * s
    top = _ellipse(px, py, cx, plate_y, rx, ry)
    edge = _ellipse(px, py, cx, plate_y + rim, rx, ry)
    band = np.clip(rx - np.abs(px - cx) + 0.5, 0, 1) * np.clip(py - plate_y + 0.5, 0, 1)
    band = band * np.clip(plate_y + rim - py + 0.5, 0, 1)
    plate = np.clip(np.maximum.reduce([top, edge, band]), 0, 1)
    # the pedestal: a narrow stem under the plate, flaring like a trumpet to its foot
    stem_top, waist, flare = plate_y + 110.0 * s, plate_y + 215.0 * s, bottom - 55.0 * s
    t = np.clip((py - waist) / (flare - waist), 0, 1)
    half = np.where(
        py < waist,
        (48.0 - 10.0 * np.clip((py - stem_top) / (waist - stem_top), 0, 1)) * s,
        (38.0 + 150.0 * t**2.2) * s,
    )
    stem = np.clip(half - np.abs(px - cx) + 0.5, 0, 1) * np.clip(py - plate_y + 0.5, 0, 1)
    stem = stem * np.clip(flare + 4.0 * s - py + 0.5, 0, 1)
    foot_top = _ellipse(px, py, cx, flare, 196.0 * s, 30.0 * s)
    foot_edge = _ellipse(px, py, cx, bottom - 30.0 * s, 196.0 * s, 30.0 * s)
    foot_band = np.clip(196.0 * s - np.abs(px - cx) + 0.5, 0, 1) * np.clip(py - flare + 0.5, 0, 1)
    foot_band = foot_band * np.clip(bottom - 30.0 * s - py + 0.5, 0, 1)
    foot = np.clip(np.maximum.reduce([foot_top, foot_edge, foot_band]), 0, 1)
    mask = np.clip(np.maximum.reduce([plate, stem, foot]), 0, 1)
    porcelain = _rgb(247, 245, 240)
    glaze = 1.0 + 0.006 * _fine(name + "/glaze", shape, 2.0)
    # the foot and the pedestal, rounded, lit from the right, the reflector lifting the left
    colour = backdrop
    across = np.clip((px - cx) / np.maximum(np.maximum(half, 196.0 * s * foot), 1.0), -1, 1)
    rounded = 0.8 + 0.14 * np.sqrt(1.0 - across**2) + 0.06 * across
    body = porcelain[None, None, :] * (rounded * glaze)[..., None]
    colour = _over(colour, body * 0.97, foot)
    colour = colour * (1.0 - 0.12 * np.clip(1.5 - np.abs(py - bottom + 30.0 * s), 0, 1) * foot)[..., None]
    colour = _over(colour, body, stem)
    colour = (
        colour
        * (1.0 - 0.2 * np.clip((plate_y + rim + ry + 30.0 * s - py) / (30.0 * s), 0, 1) * stem)[..., None]
    )
    # the plate: its front edge in shade with a row of beads, its top glazed and lit
    beads = 0.94 + 0.06 * np.sin(np.arcsin(np.clip((px - cx) / rx, -1, 1)) * 120.0)
    edge_shade = (0.84 + 0.06 * np.clip((px - cx) / rx, -1, 1)) * beads
    colour = _over(
        colour, porcelain[None, None, :] * (edge_shade * glaze)[..., None], np.clip(edge + band, 0, 1)
    )
    top_shade = 0.95 + 0.04 * np.clip((px - cx) / rx, -1, 1) - 0.03 * np.clip((py - plate_y) / ry, -1, 1)
    colour = _over(colour, porcelain[None, None, :] * (top_shade * glaze)[..., None], top)
    ring = np.hypot((px - cx) / rx, (py - plate_y) / ry)
    gold = np.clip(1.0 - np.abs(ring - 0.985) * rx / (3.0 * max(s, 0.5)), 0, 1) * top
    colour = _over(colour, _rgb(196, 158, 82), 0.85 * gold)
    # the octabox in the glaze: a squashed octagon on the plate's top, a tall one on the pedestal, one on
    # the foot
    shine = _octabox(px, py, cx + 290.0 * s, plate_y - 20.0 * s, 70.0 * s, 22.0 * s) * top
    shine = shine + _octabox(px, py, cx + 18.0 * s, waist + 110.0 * s, 9.0 * s, 60.0 * s) * stem
    shine = shine + _octabox(px, py, cx + 120.0 * s, flare + 2.0 * s, 30.0 * s, 9.0 * s) * foot
    colour = colour + 0.07 * np.clip(shine, 0, 1)[..., None]
    return colour, mask, plate_y


def porcelain_cake_stand_packshot() -> Image.Image:
    """A white porcelain cake stand with a beaded rim and a gold line, on a trumpet pedestal, 7:5."""
    w, h = 1536, 1097
    px, py = _grid(w, h)
    backdrop = _seamless((h, w), "porcelain_cake_stand", 0.45)
    _, mask, _ = _cake_stand(px, py, backdrop, 768.0, 930.0, 1.0, "stand")
    lit = backdrop * _strobe_shadow(mask, 46.0, 40.0, 0.11)[..., None]
    colour, mask, _ = _cake_stand(px, py, lit, 768.0, 930.0, 1.0, "stand")
    return _export(colour, "porcelain_cake_stand", mask)


# ---- a chef's knife ----------------------------------------------------------------------------------------


def chef_knife_packshot() -> Image.Image:
    """A chef's knife lying flat, its blade to the right: brushed steel, a black riveted handle, 5:2."""
    w, h = 1536, 614
    px, py = _grid(w, h)
    colour = _seamless((h, w), "chef_knife", 0.2)
    spine = 258.0 + 42.0 * np.clip((px - 1130.0) / 290.0, 0, 1) ** 2
    edge_line = 366.0 - 96.0 * np.clip((px - 980.0) / 440.0, 0, 1) ** 1.7
    blade = np.clip(py - spine + 0.5, 0, 1) * np.clip(edge_line - py + 0.5, 0, 1)
    blade = blade * np.clip(px - 600.0 + 0.5, 0, 1) * np.clip(1430.0 - px + 0.5, 0, 1)
    bolster = _box(px, py, 572.0, 252.0, 612.0, 352.0, 10.0)
    handle = _box(px, py, 170.0, 266.0, 586.0, 340.0, 34.0)
    steel = np.clip(np.maximum(blade, bolster), 0, 1)
    mask = np.clip(np.maximum(steel, handle), 0, 1)
    colour = colour * _strobe_shadow(mask, 18.0, 14.0, 0.14)[..., None]
    # the blade: brushed lengthwise, the octabox's broad light along it, the polished bevel and the edge
    brushed = 1.0 + 0.035 * _fine("knife/brush", (h, w), (0.6, 40.0))
    light = _octabox(px, py, 1040.0, 292.0, 330.0, 20.0, soft=14.0)
    blade_shade = (0.74 + 0.1 * np.clip((px - 600.0) / 800.0, 0, 1)) * brushed + 0.22 * light
    colour = _over(colour, _rgb(182, 186, 190)[None, None, :] * blade_shade[..., None], blade)
    bevel = blade * np.clip((py - edge_line + 20.0) / 2.0, 0, 1)
    colour = _over(colour, _rgb(214, 216, 220)[None, None, :] * (0.95 + 0.1 * light)[..., None], bevel)
    colour = colour * (1.0 - 0.25 * np.clip(1.2 - np.abs(py - edge_line + 20.0), 0, 1) * blade)[..., None]
    colour = colour + 0.12 * (np.clip(1.5 - np.abs(py - edge_line + 1.5), 0, 1) * blade)[..., None]
    colour = colour * (1.0 - 0.2 * np.clip(1.5 - np.abs(py - spine - 1.5), 0, 1) * blade)[..., None]
    # the bolster: polished, rounded across
    round_b = np.clip((py - 302.0) / 50.0, -1, 1)
    colour = _over(
        colour, _rgb(196, 198, 202)[None, None, :] * (0.82 + 0.18 * (1.0 - round_b**2))[..., None], bolster
    )
    # the handle: black, rounded, a line of the octabox along its top, three steel rivets
    round_h = np.clip((py - 303.0) / 37.0, -1, 1)
    colour = _over(colour, _rgb(26, 26, 28)[None, None, :] * (1.0 - 0.3 * round_h**2)[..., None], handle)
    colour = colour + 0.32 * (_octabox(px, py, 380.0, 280.0, 190.0, 3.0, soft=1.5) * handle)[..., None]
    for rx_ in (250.0, 370.0, 490.0):
        rivet = _ellipse(px, py, rx_, 303.0, 9.0, 9.0)
        shade = 0.7 + 0.3 * np.clip((px - rx_ + py - 303.0) / -12.0, 0, 1)
        colour = _over(colour, _rgb(200, 202, 206)[None, None, :] * shade[..., None], rivet)
    return _export(colour, "chef_knife", mask)


# ---- a pair of silver cufflinks ----------------------------------------------------------------------------


def silver_cufflinks_packshot() -> Image.Image:
    """A pair of silver cufflinks with navy enamel faces, one face up, one on its side, small in 6:5."""
    w, h = 1536, 1280
    px, py = _grid(w, h)
    colour = _seamless((h, w), "silver_cufflinks", 0.35)
    ax, ay = 680.0, 660.0  # the one lying face up
    face = _ellipse(px, py, ax, ay, 78.0, 74.0)
    side_a = _ellipse(px, py, ax, ay + 8.0, 78.0, 74.0)
    bx = 900.0  # the one on its side: its face edge-on, its post, its toggle
    b_face = _ellipse(px, py, bx, 600.0, 76.0, 17.0)
    post = _box(px, py, bx - 7.0, 604.0, bx + 7.0, 684.0, 3.0)
    toggle = _box(px, py, bx - 54.0, 678.0, bx + 54.0, 700.0, 11.0)
    link_b = np.clip(np.maximum.reduce([b_face, post, toggle]), 0, 1)
    mask = np.clip(np.maximum.reduce([face, side_a, link_b]), 0, 1)
    colour = colour * _strobe_shadow(mask, 12.0, 10.0, 0.16)[..., None]
    silver = _rgb(206, 208, 212)
    # the face-up link: its rim (polished, the octabox's light at the upper right), the navy enamel inside
    colour = _over(colour, silver * 0.62, np.clip(side_a - face, 0, 1))
    ring = np.hypot((px - ax) / 78.0, (py - ay) / 74.0)
    rim_light = 0.72 + 0.24 * np.clip(((px - ax) - (py - ay)) / 110.0, -1, 1)
    colour = _over(colour, silver[None, None, :] * rim_light[..., None], face)
    colour = colour * (1.0 - 0.3 * np.clip(1.5 - np.abs(ring - 0.82) * 78.0, 0, 1) * face)[..., None]
    enamel = _ellipse(px, py, ax, ay, 62.0, 59.0)
    navy = _rgb(30, 46, 108)[None, None, :] * (0.9 + 0.1 * np.clip((px - ax) / 60.0, -1, 1))[..., None]
    colour = _over(colour, navy, enamel)
    colour = colour + 0.6 * (_octabox(px, py, ax + 26.0, ay - 28.0, 12.0, 11.0, soft=1.5) * enamel)[..., None]
    colour = (
        colour
        + 0.22 * (_octabox(px, py, ax + 50.0, ay - 52.0, 20.0, 8.0) * np.clip(face - enamel, 0, 1))[..., None]
    )
    # the link on its side: the face's edge, the post and the bullet toggle, rounded and polished
    across = np.clip((py - 689.0) / 11.0, -1, 1)
    metal = silver[None, None, :] * (0.7 + 0.3 * (1.0 - across**2))[..., None]
    colour = _over(colour, metal, toggle)
    colour = _over(
        colour, silver[None, None, :] * (0.6 + 0.4 * np.clip((px - bx + 7.0) / 14.0, 0, 1))[..., None], post
    )
    colour = _over(
        colour, silver[None, None, :] * (0.72 + 0.25 * np.clip((600.0 - py) / 17.0, -1, 1))[..., None], b_face
    )
    colour = colour + 0.4 * (_octabox(px, py, bx + 30.0, 594.0, 22.0, 4.0, soft=1.2) * b_face)[..., None]
    colour = colour + 0.35 * (_octabox(px, py, bx + 20.0, 684.0, 22.0, 3.0, soft=1.2) * toggle)[..., None]
    return _export(colour, "silver_cufflinks", mask)


# ---- a leather bicycle saddle ------------------------------------------------------------------------------


def leather_saddle_packshot() -> Image.Image:
    """A brown leather bicycle saddle from the side, its nose to the left: copper rivets, rails and springs,
    16:10."""
    w, h = 1536, 960
    px, py = _grid(w, h)
    colour = _seamless((h, w), "leather_saddle", 0.4)
    row = px[0]
    top = np.interp(
        row, [250.0, 330.0, 700.0, 1100.0, 1235.0, 1275.0], [402.0, 384.0, 372.0, 352.0, 356.0, 410.0]
    )
    low = np.interp(
        row,
        [250.0, 330.0, 560.0, 800.0, 1000.0, 1160.0, 1240.0, 1275.0],
        [440.0, 450.0, 462.0, 500.0, 530.0, 548.0, 546.0, 520.0],
    )
    leather = np.clip(py - top[None, :] + 0.5, 0, 1) * np.clip(low[None, :] - py + 0.5, 0, 1)
    leather = leather * np.clip(px - 250.0 + 0.5, 0, 1) * np.clip(1275.0 - px + 0.5, 0, 1)
    leather = np.maximum(leather, _ellipse(px, py, 262.0, 421.0, 18.0, 20.0))
    plate = _box(px, py, 1196.0, 470.0, 1262.0, 560.0, 6.0)
    # the chrome rails: from the nose's clamp back and down to the springs' seats, thin round rods
    rails = np.zeros((h, w), dtype=np.float32)
    for (x0, y0), (x1, y1), thick in (
        ((330.0, 456.0), (1070.0, 640.0), 5.0),
        ((360.0, 460.0), (1170.0, 650.0), 4.0),
    ):
        t = np.clip(((px - x0) * (x1 - x0) + (py - y0) * (y1 - y0)) / ((x1 - x0) ** 2 + (y1 - y0) ** 2), 0, 1)
        dist = np.hypot(px - x0 - t * (x1 - x0), py - y0 - t * (y1 - y0))
        rails = np.maximum(rails, np.clip(thick - dist + 0.5, 0, 1))
    clamp = _box(px, py, 640.0, 520.0, 760.0, 585.0, 8.0)
    # the coil springs: loops of thin wire seen a little from above, white between them
    springs = np.zeros((h, w), dtype=np.float32)
    for sx, sy0, sy1 in ((1080.0, 540.0, 640.0), (1180.0, 560.0, 650.0)):
        for y in np.arange(sy0, sy1, 13.0):
            ring = np.hypot((px - sx) / 26.0, (py - y) / 6.0)
            springs = np.maximum(
                springs, np.clip(1.0 - np.abs(ring - 1.0) * 26.0 / 4.5, 0, 1) * (py > y - 2.0)
            )
        springs = np.maximum(springs, _box(px, py, sx - 30.0, sy1 - 4.0, sx + 30.0, sy1 + 6.0, 3.0))
    metal = np.clip(np.maximum.reduce([plate, rails, clamp, springs]), 0, 1)
    mask = np.clip(np.maximum(leather, metal), 0, 1)
    colour = colour * _strobe_shadow(mask, 30.0, 30.0, 0.12)[..., None]
    chrome = _rgb(150, 154, 160)[None, None, :] * (0.8 + 0.45 * np.sin(py / 2.3) ** 2)[..., None]
    colour = _over(colour, chrome, np.clip(rails + springs, 0, 1))
    colour = _over(colour, _rgb(40, 40, 44), clamp)
    colour = colour + 0.25 * (_octabox(px, py, 700.0, 528.0, 50.0, 3.0, soft=1.2) * clamp)[..., None]
    colour = _over(colour, _rgb(150, 152, 156), plate)
    # the leather: a fine grain, the octabox's light along the top, the skirt darker below, a stitched line
    depth = np.clip((py - top[None, :]) / np.maximum(low[None, :] - top[None, :], 1.0), 0, 1)
    grain = 1.0 + 0.05 * _fine("saddle/grain", (h, w), 1.1) + 0.03 * _fine("saddle/patina", (h, w), 25.0)
    shade = (1.08 - 0.4 * depth**0.8) * grain + 0.4 * np.clip(1.0 - depth / 0.22, 0, 1) ** 1.5 * (
        0.3 + 0.7 * np.clip((px - 400.0) / 700.0, 0, 1)
    )
    colour = _over(colour, _rgb(124, 74, 42)[None, None, :] * shade[..., None], leather)
    stitch = np.clip(1.2 - np.abs(py - top[None, :] - 12.0), 0, 1) * (np.sin(px / 3.2) > 0.0) * leather
    colour = colour * (1.0 - 0.3 * stitch)[..., None]
    mark = np.hypot((px - 720.0) / 70.0, (py - 446.0) / 22.0)
    colour = colour * (1.0 - 0.22 * np.clip(1.4 - np.abs(mark - 1.0) * 22.0, 0, 1) * leather)[..., None]
    copper = _rgb(190, 112, 70)
    for y in np.arange(378.0, 540.0, 27.0):
        x = 1232.0 + 0.16 * (y - 378.0)
        colour = _over(colour, copper, _ellipse(px, py, x, y, 8.0, 8.0))
        colour = colour + 0.35 * (_ellipse(px, py, x + 2.5, y - 2.5, 2.5, 2.5))[..., None]
    colour = _over(colour, copper * 1.05, _ellipse(px, py, 282.0, 414.0, 12.0, 12.0))
    return _export(colour, "leather_saddle", mask)


# ---- a cake on the stand -----------------------------------------------------------------------------------


def bleached_oak_table_scene() -> Image.Image:
    """The cake stand with a lemon cake on a bleached-oak table before a dusty-pink studio flat, 3:4."""
    w, h = 1152, 1536
    px, py = _grid(w, h)
    edge = 1000.0  # where the table top meets the flat
    glow = np.exp(-(((px - 1100.0) / 900.0) ** 2 + ((py - 100.0) / 900.0) ** 2))
    flat = (
        _rgb(206, 168, 160)[None, None, :]
        * (0.86 + 0.16 * glow + 0.005 * _fine("set/paint", (h, w), 4.0))[..., None]
    )
    depth = np.clip((py - edge) / (h - edge), 0, 1)
    # the oak's grain runs across the frame, along the planks, finer towards the back; the planks' joints
    grain = 0.975 + 0.025 * np.sin(py / (2.0 + 4.0 * depth) + 2.5 * _fine("set/oak", (h, w), (10.0, 90.0)))
    plank = np.maximum(py - edge, 0.0) ** 0.8
    joints = np.clip(1.2 - np.abs((plank + 20.0) % 62.0 - 31.0), 0, 1) * (py > edge + 20.0)
    oak = (
        _rgb(226, 212, 190)[None, None, :]
        * (grain * (0.96 + 0.06 * depth) * (1.0 - 0.12 * joints))[..., None]
    )
    colour = _over(flat, oak, np.clip(py - edge + 0.5, 0, 1))
    colour = colour * (1.0 - 0.12 * np.clip(2.0 - np.abs(py - edge) + 0.5, 0, 1))[..., None]
    # a folded linen napkin at the lower left
    napkin = _box(px, py, 40.0, 1300.0, 330.0, 1480.0, 6.0)
    weave = 1.0 + 0.03 * np.sin(px / 1.7) * np.sin(py / 1.7) + 0.02 * _fine("set/linen", (h, w), 1.0)
    colour = colour * (1.0 - 0.18 * np.clip(_blur(np.roll(napkin, -14, axis=1), 10.0), 0, 1))[..., None]
    colour = _over(colour, _rgb(214, 210, 198)[None, None, :] * weave[..., None], napkin)
    colour = colour * (1.0 - 0.2 * np.clip(1.5 - np.abs(py - 1350.0), 0, 1) * napkin)[..., None]
    # the stand and the cake on it, their shadow on the table and the flat to the left
    cx, bottom, s = 640.0, 1250.0, 0.62
    _, stand_mask, plate_y = _cake_stand(px, py, colour, cx, bottom, s, "set/stand")
    cake_top = plate_y - 150.0
    cake = _box(px, py, cx - 230.0, cake_top, cx + 230.0, plate_y + 6.0, 4.0)
    cake = np.maximum(cake, _ellipse(px, py, cx, cake_top, 230.0, 38.0))
    cake = np.maximum(cake, _ellipse(px, py, cx, plate_y + 6.0, 230.0, 38.0))
    both = np.clip(np.maximum(stand_mask, cake), 0, 1)
    colour = (
        colour
        * (1.0 - 0.22 * np.clip(_blur(np.roll(np.roll(both, -60, axis=1), 30, axis=0), 34.0), 0, 1))[
            ..., None
        ]
    )
    colour, stand_mask, _ = _cake_stand(px, py, colour, cx, bottom, s, "set/stand")
    across = np.clip((px - cx) / 230.0, -1, 1)
    sponge = (
        _rgb(226, 186, 104)[None, None, :]
        * (
            (0.86 + 0.1 * np.sqrt(1.0 - across**2) + 0.05 * across)
            * (1.0 + 0.025 * _fine("set/crumb", (h, w), 1.2))
        )[..., None]
    )
    colour = _over(colour, sponge, cake)
    filling = cake * np.clip(
        7.0 - np.abs(py - plate_y + 66.0 - 8.0 * np.sqrt(np.clip(1.0 - across**2, 0, 1))), 0, 1
    )
    colour = _over(colour, _rgb(246, 236, 200), filling)
    # the icing: a pale lemon glaze over the top, running down the sides in drips
    drip = cake_top + 38.0 * np.sqrt(np.clip(1.0 - across**2, 0, 1)) + 26.0
    drip = (
        drip
        + 40.0 * np.clip(np.sin((px - cx) / 23.0), 0, 1) ** 4
        + 3.0 * _fine("set/drip", (h, w), (40.0, 4.0))
    )
    icing = np.maximum(_ellipse(px, py, cx, cake_top, 230.0, 38.0), cake * np.clip(drip - py + 0.5, 0, 1))
    glaze = _rgb(248, 242, 212)[None, None, :] * (0.95 + 0.05 * across)[..., None]
    colour = _over(colour, glaze, icing)
    colour = (
        colour
        + 0.06 * (_octabox(px, py, cx + 110.0, cake_top - 6.0, 60.0, 12.0, soft=6.0) * icing)[..., None]
    )
    zest = np.zeros((h, w), dtype=np.float32)
    for k in range(7):
        zx = cx - 150.0 + 50.0 * k + 12.0 * np.sin(k * 2.1)
        zy = cake_top - 12.0 + 14.0 * np.sin(k * 1.3)
        zest = np.maximum(zest, _box(px, py, zx - 9.0, zy - 2.0, zx + 9.0, zy + 2.0, 2.0))
    colour = _over(colour, _rgb(232, 196, 40), zest)
    return _export(colour, "bleached_oak_table", None)
