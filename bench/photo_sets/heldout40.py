"""``heldout40``'s pictures: four products a ceramics studio, toy maker, cosmetics brand and hardware shop list,
and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 2:3 portrait of 1200 x 1800 (glazed vase), a 4:3 landscape of 1800 x 1350
  (wooden toy car), a 5:4 landscape of 1800 x 1440 (powder compact, small in its frame), a 16:9 landscape of
  1800 x 1013 (claw hammer); the scene is a 4:3 landscape of 1800 x 1350;
- the canvases they are padded onto (``PADDING``): a 1:0.8 landscape beside the vase's tall picture (and the
  scene), a 1:1.25 portrait about one and two thirds as wide as the toy car, a 1:1.05 square-ish canvas nearly
  three times as wide as a small picture of the compact (the picture covers about 9 % of it), and a 1:0.62
  landscape with a modest margin round the hammer's wide picture; every padded picture covers at least 8 % of
  its canvas;
- a glazed stoneware vase: a bulbous body, a narrow neck and a flared lip, a glossy cobalt glaze running down
  in drips over the unglazed buff clay of its foot; a push-along toy car of matte beech: a rounded body, a cab
  with a window cut through it, red painted wheels with pale axle pegs; an open powder compact: a pale
  rose-gold case, its lid raised with a mirror in it, pale pressed powder embossed with rings; a claw hammer
  lying flat: a dark forged steel head with a polished striking face and a split claw, a dark steel shaft and
  a black ribbed rubber grip;
- every picture is a seller's compact-camera photo in a tabletop photo tent of white nylon lit from both sides
  by two warm tungsten clamp lamps: the tent's walls brighter towards the lamps, its curved sweep where the
  back wall meets the floor, two soft crossed shadows under the item, a catch light from each lamp in its
  glossy parts; a white-balance correction afterwards that neutralises the whites but leaves a warm cast in the
  shadows and amplifies the blue channel's noise, a slight lens vignette, the camera's sharpening, exported as
  a lossless PNG at 1800 px on the long side;
- one full-frame scene: the vase on a walnut sideboard against a terracotta wall with a framed print, a table
  lamp's warm glow on the wall, the same camera-and-correction finish.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the tent or the
shadows), for the bench's clipping scope.
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
    "glazed_vase": (840, 1.5, 0.8),
    "wooden_toy_car": (760, 1.65, 1.25),
    "powder_compact": (480, 2.9, 1.05),
    "claw_hammer": (880, 1.4, 0.62),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout40/" + name).encode()))


def _fine(name: str, shape: tuple[int, int], radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance noise blurred by ``radius`` px."""
    from scipy import ndimage

    pad = int(3 * float(np.max(radius))) + 1
    values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    return values / float(values.std())


# ---- the photo tent, the tungsten lamps, the white-balance correction and the export -----------------------


def _tent(shape: tuple[int, int], name: str, sweep: float) -> np.ndarray:
    """The photo tent's white nylon: brighter towards the lamps at the left and right, a little dimmer in the
    middle, the curved sweep at ``sweep`` (a fraction of the height) where the back wall meets the floor, the
    nylon's fine weave."""
    h, w = shape
    xs, ys = _grid(w, h)
    u, v = xs / w, ys / h
    level = 0.965 + 0.05 * (2.0 * u - 1.0) ** 2 - 0.012 * v
    level = level - 0.018 * np.exp(-(((v - sweep) / 0.07) ** 2)) + 0.01 * np.clip((v - sweep) / 0.3, 0, 1)
    level = level + 0.003 * _fine(name + "/weave", shape, 1.0) + 0.004 * _fine(name + "/fold", shape, 90.0)
    return level[..., None] * np.array([1.0, 1.0, 1.0], dtype=np.float32)


def _lamps(mask: np.ndarray, spread: float, radius: float, depth: float) -> np.ndarray:
    """The two lamps' shadows: one cast to the right by the left lamp, one to the left by the right lamp, both a
    little below the item and soft, darkest where they cross: 1 where lit."""
    shadows = np.zeros(mask.shape, dtype=np.float32)
    for dx in (-spread, spread):
        moved = np.roll(np.roll(mask, int(dx), axis=1), int(spread * 0.3), axis=0)
        shadows = shadows + np.clip(_blur(moved, radius) * 1.2, 0, 1)
    contact = np.clip(_blur(np.roll(mask, 2, axis=0), 3.0) * 1.4, 0, 1) * (1.0 - mask)
    return 1.0 - depth * shadows - 0.15 * contact


def _catch(px: np.ndarray, py: np.ndarray, x: float, y: float, rx: float, ry: float) -> np.ndarray:
    """A lamp's catch light in a glossy surface: a soft oval."""
    return np.clip(1.0 - np.hypot((px - x) / rx, (py - y) / ry), 0, 1) ** 0.7


def _export(scene: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """The compact camera's photo of ``scene`` (its colours as corrected, 0..1, already at the 1800 px of the
    export), lit warm by the lamps: sensor noise, the white-balance correction (the whites made neutral, which
    lifts the blue channel and its noise; a warm cast stays in the shadows), a slight vignette, the camera's
    sharpening, a lossless PNG."""
    warm = np.array([1.0, 0.9, 0.72], dtype=np.float32)  # what the tungsten lamps give the sensor
    out = scene.astype(np.float32) * warm
    h, w = out.shape[:2]
    rng = _rng(name + "/sensor")
    lum = out.mean(axis=2, keepdims=True)
    out = out + rng.normal(0, 1, out.shape).astype(np.float32) * (0.0035 + 0.004 * lum)
    # the correction: the tent's white back to neutral, blue gained most
    out = out / warm
    lum = out.mean(axis=2, keepdims=True)
    out = out + (0.03 * (1.0 - lum) ** 2 * np.array([0.7, 0.15, -0.85], dtype=np.float32)).astype(np.float32)
    xs, ys = _grid(w, h)
    r2 = ((xs - w / 2) / (w / 2)) ** 2 + ((ys - h / 2) / (h / 2)) ** 2
    out = out * (1.0 - 0.035 * r2 / 2.0)[..., None]
    out = out + 0.4 * (out - _blur(out, (1.2, 1.2, 0)))
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "PNG", compress_level=1)
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# ---- a glazed vase -----------------------------------------------------------------------------------------


def _vase(
    px: np.ndarray, py: np.ndarray, backdrop: np.ndarray, cx: float, bottom: float, s: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """The vase standing at ``bottom``, ``s`` times its packshot size, over ``backdrop``: its colour, mask."""
    from scipy import ndimage

    height = 1300.0 * s
    top = bottom - height
    t = np.clip((py[:, 0] - top) / height, 0, 1)
    knots_t = [0.0, 0.03, 0.12, 0.22, 0.4, 0.62, 0.85, 0.97, 1.0]
    knots_r = [128.0, 112.0, 86.0, 100.0, 232.0, 330.0, 282.0, 206.0, 196.0]
    radius = ndimage.gaussian_filter1d(np.interp(t, knots_t, knots_r).astype(np.float32), 18.0 * s) * s
    radius = radius * ((py[:, 0] >= top) & (py[:, 0] <= bottom))
    r = np.maximum(radius[:, None], 1.0)
    mask = np.clip(radius[:, None] - np.abs(px - cx) + 0.5, 0, 1) * np.clip(bottom - py + 0.5, 0, 1)
    mask = mask * np.clip(py - top + 0.5, 0, 1)
    across = np.clip((px - cx) / r, -1, 1)
    rounded = (0.5 + 0.5 * np.sqrt(1.0 - across**2) - 0.06 * across)[..., None]
    shape = px.shape
    # the glaze's lower edge: drips over the clay
    drip = top + height * (
        0.8 + 0.035 * np.sin((px - cx) / (31.0 * s)) + 0.03 * _fine(name + "/drip", shape, 9)
    )
    drip = drip + 60.0 * s * np.clip(np.sin((px - cx) / (53.0 * s)), 0, 1) ** 6
    glazed = np.clip(drip - py + 0.5, 0, 1)
    cobalt = _rgb(32, 62, 142)[None, None, :] * (1.0 + 0.05 * _fine(name + "/pool", shape, 14.0))[..., None]
    cobalt = _over(cobalt, _rgb(70, 104, 170), np.clip(1.0 - np.abs(py - drip) / (28.0 * s), 0, 1) * 0.7)
    clay = _rgb(198, 170, 134)[None, None, :] * (1.0 + 0.06 * _fine(name + "/clay", shape, 1.3))[..., None]
    colour = _over(clay, cobalt, glazed) * rounded
    # the two lamps in the glaze: tall soft streaks near each side, the left one brighter
    for side, strength in ((-0.62, 0.75), (0.58, 0.5)):
        streak = np.clip(1.0 - np.abs(across - side) / 0.07, 0, 1) ** 1.5
        streak = streak * np.clip((py - top - 0.3 * height) / (40.0 * s), 0, 1) * glazed
        colour = colour + strength * streak[..., None]
    # the opening: the dark inside of the neck seen over the lip
    opening = _ellipse(px, py, cx, top + 10.0 * s, 104.0 * s, 20.0 * s)
    colour = _over(colour, _rgb(18, 24, 44), opening)
    colour = _over(backdrop, colour, mask)
    return colour, mask


def glazed_vase_packshot() -> Image.Image:
    """A cobalt-glazed stoneware vase over a buff clay foot, 2:3."""
    w, h = 1200, 1800
    px, py = _grid(w, h)
    backdrop = _tent((h, w), "glazed_vase", 0.74)
    vase, mask = _vase(px, py, backdrop, 600.0, 1560.0, 1.0, "vase")
    lit = backdrop * _lamps(mask, 60.0, 45.0, 0.09)[..., None]
    return _export(np.clip(_over(lit, vase, mask), 0, 1), "glazed_vase", mask)


# ---- a wooden toy car ------------------------------------------------------------------------------------


def wooden_toy_car_packshot() -> Image.Image:
    """A push-along toy car of matte beech with a cab, a window through it and red wheels, 4:3."""
    w, h = 1800, 1350
    px, py = _grid(w, h)
    colour = _tent((h, w), "wooden_toy_car", 0.62)
    body = _box(px, py, 420.0, 600.0, 1380.0, 860.0, 46.0)
    cab = _box(px, py, 760.0, 400.0, 1180.0, 640.0, 60.0)
    window = _box(px, py, 830.0, 450.0, 1110.0, 580.0, 24.0)
    wood = np.clip(np.maximum(body, cab) - window, 0, 1)
    wheels = np.zeros((h, w), dtype=np.float32)
    for wx in (620.0, 1180.0):
        wheels = np.maximum(wheels, _ellipse(px, py, wx, 880.0, 122.0, 122.0))
    mask = np.clip(np.maximum(wood, wheels), 0, 1)
    colour = colour * _lamps(mask, 48.0, 34.0, 0.11)[..., None]
    grain = 1.0 + 0.07 * np.sin(py / 5.5 + 6.0 * _fine("toy/grain", (h, w), (3.0, 45.0)))
    beech = _rgb(214, 178, 128)[None, None, :] * (grain + 0.03 * _fine("toy/pores", (h, w), 1.0))[..., None]
    # matte wood: lit from above and both sides evenly, darker along its rounded edges
    edge = np.clip(_blur(wood, 14.0) * 1.6, 0, 1)
    beech = (
        beech * (0.8 + 0.2 * edge)[..., None] * (1.04 - 0.08 * np.clip((py - 400.0) / 460.0, 0, 1))[..., None]
    )
    colour = _over(colour, beech, wood)
    # the seam where the cab is glued onto the body
    seam = wood * np.clip(2.0 - np.abs(py - 630.0) + 0.5, 0, 1) * (px > 770.0) * (px < 1170.0)
    colour = colour * (1.0 - 0.35 * seam)[..., None]
    paint = _rgb(188, 38, 36)[None, None, :] * (1.0 + 0.02 * _fine("toy/paint", (h, w), 2.0))[..., None]
    colour = _over(colour, paint, wheels)
    for wx in (620.0, 1180.0):
        tread = np.clip(5.0 - np.abs(np.hypot(px - wx, py - 880.0) - 98.0) + 0.5, 0, 1) * wheels
        colour = colour * (1.0 - 0.25 * tread)[..., None]
        colour = _over(colour, _rgb(226, 200, 160), _ellipse(px, py, wx, 880.0, 30.0, 30.0))
        colour = _over(colour, _rgb(150, 118, 80), _ellipse(px, py, wx, 880.0, 8.0, 8.0))
    return _export(np.clip(colour, 0, 1), "wooden_toy_car", mask)


# ---- an open powder compact --------------------------------------------------------------------------------


def powder_compact_packshot() -> Image.Image:
    """An open powder compact, a pale rose-gold case, a mirror in its raised lid, small in a 5:4 frame."""
    w, h = 1800, 1440
    px, py = _grid(w, h)
    colour = _tent((h, w), "powder_compact", 0.5)
    cx = 900.0
    base = _ellipse(px, py, cx, 880.0, 300.0, 130.0)
    side = np.clip(np.minimum(300.0 - np.abs(px - cx), np.minimum(py - 880.0, 916.0 - py)) + 0.5, 0, 1)
    underside = _ellipse(px, py, cx, 916.0, 300.0, 130.0) * (py > 880.0)
    case = np.clip(np.maximum.reduce([base, side, underside]), 0, 1)
    lid = _ellipse(px, py, cx, 600.0, 300.0, 270.0) * (py < 840.0)
    mask = np.clip(np.maximum(case, lid), 0, 1)
    colour = colour * _lamps(mask, 40.0, 28.0, 0.1)[..., None]
    across = np.clip((px - cx) / 300.0, -1, 1)
    rose = _rgb(228, 192, 174)[None, None, :] * (0.92 + 0.1 * np.sqrt(1.0 - across**2))[..., None]
    colour = _over(colour, rose * 0.86, np.clip(side + underside, 0, 1))
    colour = _over(colour, rose, base)
    colour = _over(colour, rose * 1.02, lid)
    # the mirror: the tent seen in it, paler towards the top, and a streak of each lamp
    mirror = _ellipse(px, py, cx, 600.0, 268.0, 240.0)
    glass = (
        _rgb(214, 210, 206)[None, None, :] * (1.05 - 0.15 * np.clip((py - 360.0) / 480.0, 0, 1))[..., None]
    )
    glass = glass + 0.12 * _catch(px, py, cx - 150.0, 520.0, 50.0, 150.0)[..., None]
    colour = _over(colour, glass, mirror)
    # the pressed powder: pale beige, embossed with rings
    powder = _ellipse(px, py, cx, 876.0, 262.0, 110.0)
    rings = np.hypot((px - cx) / 262.0, (py - 876.0) / 110.0)
    emboss = 1.0 + 0.04 * np.sin(rings * 2 * np.pi * 6.0) * (rings < 0.8)
    beige = (
        _rgb(232, 204, 184)[None, None, :]
        * (emboss + 0.015 * _fine("compact/powder", (h, w), 1.0))[..., None]
    )
    colour = _over(colour, beige, powder)
    # the metal's catch lights from both lamps, on the rim and the lid's edge
    shine = _catch(px, py, cx - 230.0, 830.0, 40.0, 16.0) + _catch(px, py, cx + 240.0, 840.0, 34.0, 14.0)
    shine = shine * np.clip(case - powder, 0, 1) + _catch(px, py, cx - 250.0, 470.0, 18.0, 60.0) * (
        lid - mirror
    ).clip(0, 1)
    colour = colour + 0.3 * shine[..., None]
    return _export(np.clip(colour, 0, 1), "powder_compact", mask)


# ---- a claw hammer ------------------------------------------------------------------------------------------


def claw_hammer_packshot() -> Image.Image:
    """A claw hammer lying flat: a dark forged head, a dark steel shaft and a black rubber grip, 16:9."""
    w, h = 1800, 1013
    px, py = _grid(w, h)
    colour = _tent((h, w), "claw_hammer", 0.45)
    axis = 510.0
    half = 30.0 + 12.0 * np.clip((px - 440.0) / 1120.0, 0, 1)
    handle = np.clip(half - np.abs(py - axis) + 0.5, 0, 1) * np.clip(px - 400.0 + 0.5, 0, 1)
    handle = handle * np.clip(1560.0 - px + 0.5, 0, 1)
    handle = np.maximum(handle, _ellipse(px, py, 1560.0, axis, 22.0, 42.0))
    head = _box(px, py, 300.0, 330.0, 440.0, 600.0, 14.0)
    face = _box(px, py, 286.0, 236.0, 454.0, 340.0, 22.0)
    neck = _box(px, py, 322.0, 320.0, 418.0, 350.0, 4.0)
    # the claw: a tapering band curving back from the head, split by a V slot
    centre = 370.0 - 0.0022 * np.clip(py - 600.0, 0, None) ** 2
    width = 62.0 - 40.0 * np.clip((py - 600.0) / 210.0, 0, 1)
    claw = np.clip(width / 2.0 - np.abs(px - centre) + 0.5, 0, 1) * np.clip(py - 590.0, 0, 1)
    claw = claw * np.clip(810.0 - py + 0.5, 0, 1)
    slot = np.clip(3.0 + 10.0 * np.clip((py - 660.0) / 150.0, 0, 1) - np.abs(px - centre) + 0.5, 0, 1)
    claw = np.clip(claw - slot * (py > 660.0), 0, 1)
    steel = np.clip(np.maximum.reduce([head, face, neck, claw]), 0, 1)
    mask = np.clip(np.maximum(steel, handle), 0, 1)
    colour = colour * _lamps(mask, 36.0, 26.0, 0.12)[..., None]
    forged = _rgb(52, 54, 58)[None, None, :] * (1.0 + 0.08 * _fine("hammer/scale", (h, w), 2.5))[..., None]
    across = np.clip((px - 370.0) / 80.0, -1, 1)
    forged = forged * (0.8 + 0.3 * np.sqrt(1.0 - across**2))[..., None]
    colour = _over(colour, forged, steel)
    # the polished striking face and the lamps' catch lights along the head's edges
    polished = _rgb(170, 168, 166)[None, None, :] * (1.0 - 0.2 * np.abs(across))[..., None]
    colour = _over(colour, polished, face * np.clip(py - 236.0, 0, 40.0) / 40.0 * (py < 300.0))
    colour = colour + 0.35 * (steel * np.clip(1.0 - np.abs(px - 306.0) / 5.0, 0, 1))[..., None]
    colour = colour + 0.2 * (steel * np.clip(1.0 - np.abs(px - 432.0) / 4.0, 0, 1))[..., None]
    # the shaft: dark steel with a long bright line; then the black ribbed grip
    round_ = np.clip(np.abs(py - axis) / half, 0, 1)
    shaft = _rgb(64, 66, 70)[None, None, :] * (1.0 - 0.4 * round_**2)[..., None]
    shaft = shaft + 0.3 * np.clip(1.0 - np.abs(py - axis + 0.45 * half) / 4.0, 0, 1)[..., None]
    grip_zone = np.clip(px - 1000.0 + 0.5, 0, 1)
    ribs = 1.0 + 0.18 * (np.sin(px / 9.0) > 0.6)
    rubber = _rgb(26, 26, 28)[None, None, :] * (ribs * (1.0 - 0.3 * round_**2))[..., None]
    colour = _over(colour, _over(shaft, rubber, grip_zone), handle)
    return _export(np.clip(colour, 0, 1), "claw_hammer", mask)


# ---- a sideboard -------------------------------------------------------------------------------------------


def walnut_sideboard_scene() -> Image.Image:
    """The vase on a walnut sideboard against a terracotta wall with a framed print, a lamp's glow, 4:3."""
    w, h = 1800, 1350
    px, py = _grid(w, h)
    top = 900.0  # the sideboard's top edge
    glow = np.exp(-(((px - 1650.0) / 700.0) ** 2 + ((py - 350.0) / 600.0) ** 2))
    wall = (
        _rgb(176, 96, 70)[None, None, :]
        * (0.7 + 0.45 * glow + 0.02 * _fine("room/plaster", (h, w), 5.0))[..., None]
    )
    colour = wall
    frame = _box(px, py, 160.0, 150.0, 700.0, 760.0, 4.0)
    colour = _over(colour, _rgb(40, 32, 26), frame)
    colour = _over(colour, _rgb(236, 228, 212), _box(px, py, 190.0, 180.0, 670.0, 730.0, 2.0))
    art = _box(px, py, 260.0, 260.0, 600.0, 650.0, 2.0)
    print_ = _over(
        np.broadcast_to(_rgb(96, 120, 110), (h, w, 3)), _rgb(200, 150, 70), (py > 480.0).astype(np.float32)
    )
    print_ = _over(print_, _rgb(210, 200, 180), _ellipse(px, py, 470.0, 400.0, 60.0, 60.0))
    colour = _over(colour, print_, art)
    # the sideboard: walnut, its top's front edge, the doors' gaps below
    depth = np.clip((py - top) / 120.0, 0, 1)
    grain = 0.9 + 0.1 * np.sin(px / 17.0 + 5.0 * _fine("room/walnut", (h, w), (3.0, 50.0)))
    walnut = _rgb(112, 70, 44)[None, None, :] * (grain * (1.05 - 0.2 * depth))[..., None]
    board = np.clip(py - top + 0.5, 0, 1)
    colour = _over(colour, walnut, board)
    lip = np.clip(3.0 - np.abs(py - 1030.0) + 0.5, 0, 1)
    colour = colour * (1.0 - 0.4 * lip)[..., None]
    gap = np.clip(2.5 - np.abs(px - 900.0) + 0.5, 0, 1) * (py > 1040.0)
    colour = colour * (1.0 - 0.6 * gap)[..., None]
    vase, mask = _vase(px, py, colour, 1050.0, 990.0, 0.62, "room/vase")
    shadow = np.clip(_blur(np.roll(mask, 40, axis=1), 30.0) * 1.2, 0, 1) * (py > top)
    colour = colour * (1.0 - 0.3 * shadow)[..., None]
    colour = _over(colour, vase, mask)
    return _export(np.clip(colour, 0, 1), "walnut_sideboard", None)
