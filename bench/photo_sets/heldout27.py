"""``heldout27``'s pictures: four products a bakery, cutlery shop, beauty shop and menswear shop list, and one
scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 59:50 landscape of 1180 x 1000 (sourdough loaf), a 65:28 banner of 1300 x 560
  (fork), a 30:61 portrait of 600 x 1220 (hairbrush), a 27:28 portrait of 1080 x 1120 (denim shirt); the scene
  is a 63:47 landscape of 1260 x 940;
- the canvases they are padded onto (``PADDING``): a 1:0.69 landscape with a moderate margin round the loaf
  (and the scene), a 2.78:1 banner barely wider than the fork's picture, a 1:1.05 portrait three times as wide
  as a small picture of the hairbrush is tall, and a 1:1.38 portrait with modest margins either side of the
  shirt and broad white above and below it;
- a round sourdough loaf, its dark crust cracked into a fine crackle and dusted with flour in pale patches,
  one curved score opened into a lighter ear (a dark, rough product with pale, near-white dusting); a polished
  silver table fork lying askew, four tines 12 px wide with gaps of the backdrop between them (a thin
  metallic product mirroring a softbox and the room); a beech paddle hairbrush seen from above, a grid of
  about 400 black ball-tipped pins on a dark grey cushion, each tip with a tiny glint (a fine, regular dotted
  texture inside a pale wooden rim); a folded indigo denim shirt, a 4 px diagonal twill with slub, orange
  topstitching, pearl buttons, two chest pockets and a collar (a dark, finely textured fabric);
- every picture is finished the way it looks after a web shop's image optimiser re-saved a camera JPEG as a
  lossy PNG (the camera: a little luma noise, mild sharpening, JPEG quality 90 with 4:2:0 chroma; the
  optimiser, in the manner of pngquant or TinyPNG: a 256-colour palette chosen by median cut, the picture
  mapped onto it with Floyd-Steinberg error diffusion, so that smooth tones turn into a fine dither of
  neighbouring palette colours and faint grain into a few levels; saved as an 8-bit palette PNG); the clipped
  white sweep is kept white (pure white is in the palette);
- one full-frame scene: the loaf on a flour-dusted dark walnut worktop before a blue-grey painted kitchen
  cabinet, lit by a window on the right.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw

from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout11 import _lit

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "sourdough": (880, 1.3, 0.69),
    "fork": (1240, 1.04, 0.36),
    "hairbrush": (420, 3.1, 1.05),
    "denim_shirt": (1000, 1.08, 1.38),
}

_MASKS: dict[str, np.ndarray] = {}
_SUPERSAMPLE = 4


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout27/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A camera JPEG (luma noise, mild sharpening, quality 90 4:2:0) re-saved by a web shop's optimiser as a
    256-colour palette PNG with Floyd-Steinberg dithering; white kept white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    # the camera: a little luma noise, mild sharpening, JPEG 90 with 4:2:0 chroma
    pixels = pixels + _rng(name + "/sensor").normal(0.0, 1.4, (h, w, 1)).astype(np.float32)
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    pixels = pixels + (0.4 * (luma - _blurred(luma, 1.0)))[..., None]
    pixels[white] = 255.0
    camera = io.BytesIO()
    Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8)).save(
        camera, "JPEG", quality=90, subsampling=2
    )
    photo = Image.open(io.BytesIO(camera.getvalue())).convert("RGB")
    # the optimiser: a 256-colour median-cut palette (pure white in it), Floyd-Steinberg dithering, PNG-8
    palette = photo.quantize(256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE)
    entries = np.asarray(palette.getpalette()[: 256 * 3], dtype=np.int32).reshape(-1, 3)
    if white.any():  # the entry nearest to the clipped backdrop made exactly white
        entries[int(np.argmax(entries.min(axis=1)))] = 255
    palette.putpalette(entries.astype(np.uint8).ravel().tolist())
    indexed = photo.quantize(palette=palette, dither=Image.Dither.FLOYDSTEINBERG)
    stored = io.BytesIO()
    indexed.save(stored, "PNG", optimize=True)
    decoded = np.asarray(Image.open(io.BytesIO(stored.getvalue())).convert("RGB"), dtype=np.float32)
    decoded[white & (decoded.min(axis=2) >= 240.0)] = 255.0
    return Image.fromarray(decoded.astype(np.uint8))


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit from the upper left: a contact line and a soft shadow down-right."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(mask, 12.0, 8, 10) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


def _drawn(frame: Frame, draw: Callable[[ImageDraw.ImageDraw, int], None]) -> np.ndarray:
    """An antialiased 0..1 mask drawn in pixel coordinates at 4x (``draw`` gets the factor), reduced."""
    big = Image.new("L", (frame.width * _SUPERSAMPLE, frame.height * _SUPERSAMPLE), 0)
    draw(ImageDraw.Draw(big), _SUPERSAMPLE)
    reduced = big.resize((frame.width, frame.height), Image.Resampling.BOX)
    return np.asarray(reduced, dtype=np.float32) / 255.0


def _fine(name: str, frame: Frame, radius: float) -> np.ndarray:
    """Unit-variance fine noise blurred by ``radius`` px."""
    values = _blurred(_rng(name).normal(0, 1, (frame.height, frame.width)).astype(np.float32), radius)
    return values / float(values.std())


# ---- a sourdough loaf ------------------------------------------------------------------------------------


def _loaf(
    frame: Frame, cx: float, cy: float, rx: float, ry: float, light: tuple[float, float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask) of a round sourdough loaf seen a little from above, a curved score across its top."""
    px, py = frame.x * frame.width, frame.y * frame.height
    wobble = 1.0 + 0.025 * (frame.noise("loaf/outline", 5) - 0.5) * 2
    u, v = (px - cx) / (rx * wobble), (py - cy) / (ry * wobble)
    r = np.hypot(u, v)
    mask = np.clip((1.0 - r) * ry + 0.5, 0, 1)
    nz = np.sqrt(np.clip(1.0 - r**2, 0.0, 1.0))
    # the dome: steep near the rim, a flat-ish top
    lit = _lit(u * 1.2, v * 1.2, nz + 0.15, light)
    crust = np.array([150, 92, 48], dtype=np.float32)
    bloom = frame.noise("loaf/bloom", 6, octaves=3)
    tone = (0.45 + 0.7 * lit) * (0.8 + 0.35 * bloom)
    colour = crust * tone[..., None]
    # darker, caramelised rim towards the base
    colour = colour * (1 - 0.35 * np.clip((v - 0.35) / 0.6, 0, 1) * (r > 0.6))[..., None]
    # the crackle: a fine net of dark cracks (level lines of two noise fields)
    crack_a = frame.noise("loaf/crack_a", 40, octaves=2)
    crack_b = frame.noise("loaf/crack_b", 28, octaves=2)
    cracks = np.clip(
        np.exp(-(((crack_a - 0.5) / 0.012) ** 2)) + 0.7 * np.exp(-(((crack_b - 0.5) / 0.01) ** 2)), 0, 1
    )
    colour = colour * (1 - 0.45 * cracks * (r < 0.9))[..., None]
    # the score: a curved opening across the top, paler crumb inside, a dark burnt ear on its upper lip
    arc = cy - 0.25 * ry + 0.0011 * (px - cx) ** 2 / (rx / 400.0) - 0.2 * (px - cx)
    along = np.clip(1.0 - ((px - cx + 40.0) / (0.72 * rx)) ** 2, 0, 1)
    half_open = 26.0 * along
    gap = py - arc
    score = np.clip(half_open - np.abs(gap) + 0.5, 0, 1) * mask
    crumb = (
        np.array([214, 176, 122], dtype=np.float32)
        * (0.75 + 0.3 * np.clip(gap / np.maximum(half_open, 1) + 0.5, 0, 1))[..., None]
    )
    crumb = crumb * (0.95 + 0.05 * _fine("loaf/crumb", frame, 1.2))[..., None]
    colour = _over(colour, crumb, score)
    ear = np.clip(3.5 * along - np.abs(gap + half_open + 2.0) + 0.5, 0, 1) * (along > 0.05) * mask
    colour = _over(colour, np.full_like(colour, 1.0) * np.array([64, 34, 18], dtype=np.float32), ear)
    # flour dusting: pale patches, thickest on the top, a fine powdery grain at their edges
    dust = frame.noise("loaf/flour", 9, octaves=4) + 0.12 * _fine("loaf/grain", frame, 0.8)
    flour = np.clip((dust - 0.52) / 0.12, 0, 1) * np.clip(1.2 - r, 0, 1) * (1 - score)
    flour_colour = np.array([236, 230, 220], dtype=np.float32) * (0.82 + 0.14 * lit)[..., None]
    colour = _over(colour, flour_colour, flour * 0.9)
    return colour, mask


def sourdough_packshot() -> Image.Image:
    """A round sourdough loaf, flour-dusted, one curved score, 59:50 on white."""
    frame = Frame(1180, 1000)
    colour, mask = _loaf(frame, 580.0, 500.0, 420.0, 330.0, (-0.5, -0.6, 0.65))
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "sourdough", 0.32)


def walnut_worktop_scene() -> Image.Image:
    """The loaf on a flour-dusted dark walnut worktop before a blue-grey painted cabinet, window light right."""
    frame = Frame(1260, 940)
    px, py = frame.x * frame.width, frame.y * frame.height
    # the cabinet: blue-grey painted doors with grooves, brighter towards the window on the right
    wall = np.array([96, 112, 126], dtype=np.float32) * (0.7 + 0.45 * frame.x)[..., None]
    wall = wall * (0.96 + 0.04 * frame.noise("kitchen/paint", 30))[..., None]
    for groove in (140.0, 520.0, 900.0):
        wall = wall * (1 - 0.45 * np.exp(-(((px - groove) / 2.0) ** 2)))[..., None]
        wall = wall * (1 + 0.25 * np.exp(-(((px - groove - 4.0) / 1.5) ** 2)))[..., None]
    wall = wall * (1 - 0.4 * np.exp(-(((py - 120.0) / 2.0) ** 2)))[..., None]
    knob_d = np.hypot(px - 480.0, py - 300.0)
    wall = _over(
        wall,
        np.full_like(wall, 1.0) * np.array([170, 150, 110], dtype=np.float32),
        np.clip(9.0 - knob_d, 0, 1),
    )
    # the worktop: dark walnut, grain running across, flour dusted in patches
    horizon = 470.0
    depth = np.clip((py - horizon) / (940.0 - horizon), 0, 1)
    grain = np.sin(py * 0.35 + 6.0 * frame.noise("kitchen/grain", 8, octaves=3) + 3.0 * frame.x)
    walnut = np.array([98, 64, 42], dtype=np.float32) * (0.85 + 0.12 * grain)[..., None]
    walnut = walnut * (0.65 + 0.35 * depth)[..., None] * (0.75 + 0.45 * frame.x)[..., None]
    dust = frame.noise("kitchen/flour", 10, octaves=4) + 0.15 * _fine("kitchen/dust", frame, 0.7)
    flour = np.clip((dust - 0.6) / 0.15, 0, 1) * np.clip(1.0 - np.abs(frame.x - 0.5) * 1.6, 0, 1)
    walnut = _over(
        walnut, np.full_like(walnut, 1.0) * np.array([206, 198, 186], dtype=np.float32), flour * 0.45
    )
    scene = _over(wall, walnut, np.clip((py - horizon) + 0.5, 0, 1))
    # the front edge of the worktop catches the window light
    scene = scene * (1 + 0.25 * np.exp(-(((py - horizon - 3.0) / 2.0) ** 2)))[..., None]
    # the loaf's shadow, thrown to the left by the window
    shadow = np.exp(-(((px - 540.0) / 380.0) ** 2 + ((py - 855.0) / 40.0) ** 2))
    contact = np.exp(-(((px - 610.0) / 300.0) ** 2 + ((py - 868.0) / 10.0) ** 2))
    scene = scene * (1 - 0.55 * shadow - 0.35 * contact)[..., None]
    colour, mask = _loaf(frame, 620.0, 620.0, 360.0, 250.0, (0.65, -0.5, 0.55))
    return _as_photo(_over(scene, colour, mask), "walnut_worktop")


# ---- a silver fork ---------------------------------------------------------------------------------------


def fork_packshot() -> Image.Image:
    """A polished silver table fork lying askew, tines to the right, 65:28 on white."""
    frame = Frame(1300, 560)
    px, py = frame.x * frame.width, frame.y * frame.height
    x0, y0, angle = 120.0, 330.0, np.deg2rad(-8.0)
    s = (px - x0) * np.cos(angle) + (py - y0) * np.sin(angle)
    t = -(px - x0) * np.sin(angle) + (py - y0) * np.cos(angle)
    length = 1060.0
    half = np.interp(s, [0, 60, 560, 700, 790, 880], [24.0, 27.0, 19.0, 10.0, 12.0, 34.0])
    body = np.clip(half - np.abs(t) + 0.5, 0, 1) * (s >= 26.0) * (s <= 900.0)
    body = np.maximum(body, np.clip(27.0 - np.hypot(s - 27.0, t) + 0.5, 0, 1) * (s < 27.0))
    # four tines out of the head, tapering to rounded tips
    pitch = 68.0 / 4
    centre = -34.0 + pitch * (np.clip(np.floor((t + 34.0) / pitch), 0, 3) + 0.5)
    tine_half = 6.2 - 2.2 * np.clip((s - 960.0) / 90.0, 0, 1)
    tip = length - tine_half
    across = np.abs(t - centre)
    beyond = np.maximum(s - tip, 0.0)
    tines = np.clip(tine_half - np.hypot(across, beyond) + 0.5, 0, 1) * (s >= 880.0)
    # the head's base joins the tines: the gaps start at 905
    gaps_from = 905.0 + 8.0 * np.clip(1 - across / tine_half, 0, 1)
    base = np.clip(34.0 - np.abs(t) + 0.5, 0, 1) * (s > 880.0) * np.clip(gaps_from - s + 0.5, 0, 1)
    mask = np.clip(np.maximum.reduce([body, tines, base]), 0, 1)
    # a polished metal mirrors its surroundings: a bright softbox streak, a dark band of the room, the
    # white sweep at its edges; the bowl of the handle curves it across
    n = np.clip(t / np.maximum(np.where(s > 880.0, 34.0, half), 1), -1, 1)
    tine_n = np.clip((t - centre) / np.maximum(tine_half, 1), -1, 1)
    n = np.where(s > 905.0, tine_n, n)
    mirror = (
        0.7
        + 0.36 * np.exp(-(((n + 0.35) / 0.16) ** 2))
        - 0.34 * np.exp(-(((n - 0.3) / 0.22) ** 2))
        + 0.16 * np.clip((np.abs(n) - 0.75) / 0.25, 0, 1)
    )
    mirror = mirror * (0.94 + 0.06 * np.sin(s / 140.0))
    silver = np.array([214, 218, 224], dtype=np.float32)
    colour = silver * mirror[..., None]
    # a thin darker line along the outline (the bevelled edge turned to the room), and an engraved line
    edge = np.clip(
        1.0 - (np.where(s > 905.0, tine_half, half) - np.abs(np.where(s > 905.0, t - centre, t))) / 2.5, 0, 1
    )
    colour = colour * (1 - 0.35 * edge * (mask > 0))[..., None]
    engraved = np.exp(-(((np.abs(t) - 0.6 * half) / 0.9) ** 2)) * (s > 70.0) * (s < 480.0)
    colour = colour * (1 - 0.3 * engraved)[..., None]
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "fork", 0.28)


# ---- a beech paddle hairbrush ----------------------------------------------------------------------------


def hairbrush_packshot() -> Image.Image:
    """A beech paddle hairbrush from above, black ball-tipped pins on a grey cushion, 30:61 on white."""
    frame = Frame(600, 1220)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx, cy, rx, ry = 300.0, 430.0, 230.0, 330.0

    def outline(draw: ImageDraw.ImageDraw, k: int) -> None:
        draw.ellipse([(cx - rx) * k, (cy - ry) * k, (cx + rx) * k, (cy + ry) * k], fill=255)
        draw.polygon(
            [(250 * k, 700 * k), (350 * k, 700 * k), (338 * k, 1140 * k), (262 * k, 1140 * k)], fill=255
        )
        draw.ellipse([262 * k, 1102 * k, 338 * k, 1178 * k], fill=255)

    mask = _drawn(frame, outline)
    hole = np.clip(11.0 - np.hypot(px - cx, py - 1120.0) + 0.5, 0, 1)
    mask = mask * (1 - hole)
    grain = np.sin(
        px * 0.5 + 9.0 * frame.noise("brush/grain", 4, octaves=3) + 0.8 * _fine("brush/fibre", frame, 1.0)
    )
    beech = np.array([226, 196, 156], dtype=np.float32) * (0.92 + 0.05 * grain)[..., None]
    # the handle and rim are rounded: lit on the upper left, shaded on the lower right
    from scipy import ndimage

    inside = ndimage.distance_transform_edt(mask > 0.5).astype(np.float32)
    roll = np.clip(inside / 14.0, 0, 1)
    dx, dy = ndimage.sobel(roll, axis=1), ndimage.sobel(roll, axis=0)
    shade = 0.88 + 0.12 * np.tanh(0.4 * (dx + dy)) * (roll < 1) - 0.08 * (1 - roll)
    colour = beech * shade[..., None]
    # the cushion: dark grey rubber inside the rim, a soft broad sheen
    cushion_e = np.hypot((px - cx) / (rx - 18.0), (py - cy) / (ry - 18.0))
    cushion = np.clip((1.0 - cushion_e) * (ry - 18.0) + 0.5, 0, 1)
    rubber = 58.0 + 22.0 * np.exp(-(((px - 230.0) / 120.0) ** 2 + ((py - 300.0) / 180.0) ** 2))
    colour = _over(colour, np.repeat(rubber[..., None], 3, axis=2) * np.array([1.0, 1.0, 1.04]), cushion)
    # a groove where the cushion meets the rim
    colour = colour * (1 - 0.4 * np.exp(-(((cushion_e - 1.0) * (ry - 18.0) / 1.5) ** 2)))[..., None]
    # the pins: a staggered grid 22 px apart, each a black ball tip with a glint and a shadow down-right
    spacing = 22.0
    row = np.round((py - cy) / (spacing * 0.87))
    offset = (row % 2) * spacing / 2
    col = np.round((px - cx - offset) / spacing)
    pin_x, pin_y = cx + offset + col * spacing, cy + row * spacing * 0.87
    present = np.hypot((pin_x - cx) / (rx - 40.0), (pin_y - cy) / (ry - 40.0)) <= 1.0
    d = np.hypot(px - pin_x, py - pin_y)
    d_shadow = np.hypot(px - pin_x - 2.5, py - pin_y - 3.0)
    colour = colour * (1 - 0.45 * np.clip(6.0 - d_shadow, 0, 1) * present)[..., None]
    ball = np.clip(5.0 - d + 0.5, 0, 1) * present
    glint = np.clip(1.6 - np.hypot(px - pin_x + 1.6, py - pin_y + 1.8) + 0.5, 0, 1) * present
    ball_colour = np.full_like(colour, 22.0) + (18.0 * np.clip(1 - d / 5.0, 0, 1))[..., None]
    colour = _over(colour, ball_colour, ball)
    colour = _over(colour, np.full_like(colour, 205.0), glint * 0.9)
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "hairbrush", 0.26)


# ---- a folded denim shirt --------------------------------------------------------------------------------


def _stitches(draw: ImageDraw.ImageDraw, k: int, points: list[tuple[float, float]]) -> None:
    """A dashed line of stitches (6 px on, 4 px off) along a polyline."""
    for (ax, ay), (bx, by) in zip(points, points[1:], strict=False):
        length = float(np.hypot(bx - ax, by - ay))
        for start in np.arange(0.0, length - 6.0, 10.0):
            f0, f1 = start / length, (start + 6.0) / length
            draw.line(
                [
                    ((ax + (bx - ax) * f0) * k, (ay + (by - ay) * f0) * k),
                    ((ax + (bx - ax) * f1) * k, (ay + (by - ay) * f1) * k),
                ],
                fill=255,
                width=2 * k,
            )


def denim_shirt_packshot() -> Image.Image:
    """A folded indigo denim shirt from above, collar, placket, two chest pockets, 27:28 on white."""
    frame = Frame(1080, 1120)
    px, py = frame.x * frame.width, frame.y * frame.height
    from scipy import ndimage

    def body(draw: ImageDraw.ImageDraw, k: int) -> None:
        draw.rounded_rectangle([232 * k, 262 * k, 848 * k, 1000 * k], radius=34 * k, fill=255)
        draw.polygon(
            [(232 * k, 300 * k), (420 * k, 236 * k), (660 * k, 236 * k), (848 * k, 300 * k)], fill=255
        )

    def collar(draw: ImageDraw.ImageDraw, k: int) -> None:
        draw.rounded_rectangle([412 * k, 206 * k, 668 * k, 262 * k], radius=24 * k, fill=255)
        draw.polygon(
            [(412 * k, 230 * k), (540 * k, 300 * k), (478 * k, 392 * k), (388 * k, 292 * k)], fill=255
        )
        draw.polygon(
            [(668 * k, 230 * k), (540 * k, 300 * k), (602 * k, 392 * k), (692 * k, 292 * k)], fill=255
        )

    def inner(draw: ImageDraw.ImageDraw, k: int) -> None:
        draw.polygon([(440 * k, 244 * k), (640 * k, 244 * k), (540 * k, 300 * k)], fill=255)

    def pockets(draw: ImageDraw.ImageDraw, k: int) -> None:
        for x in (330.0, 618.0):
            draw.polygon(
                [
                    (x * k, 420 * k),
                    ((x + 132) * k, 420 * k),
                    ((x + 132) * k, 560 * k),
                    ((x + 66) * k, 584 * k),
                    (x * k, 560 * k),
                ],
                fill=255,
            )

    def flaps(draw: ImageDraw.ImageDraw, k: int) -> None:
        for x in (326.0, 614.0):
            draw.polygon(
                [
                    (x * k, 408 * k),
                    ((x + 140) * k, 408 * k),
                    ((x + 140) * k, 446 * k),
                    ((x + 70) * k, 466 * k),
                    (x * k, 446 * k),
                ],
                fill=255,
            )

    def seams(draw: ImageDraw.ImageDraw, k: int) -> None:
        _stitches(draw, k, [(528, 300), (528, 992)])
        _stitches(draw, k, [(552, 300), (552, 992)])
        _stitches(draw, k, [(244, 986), (836, 986)])
        _stitches(draw, k, [(420, 216), (660, 216)])
        _stitches(draw, k, [(400, 292), (478, 380), (532, 302)])
        _stitches(draw, k, [(680, 292), (602, 380), (548, 302)])
        for x in (330.0, 618.0):
            _stitches(draw, k, [(x + 5, 448), (x + 5, 556), (x + 66, 577), (x + 127, 556), (x + 127, 448)])
            _stitches(draw, k, [(x + 2, 440), (x + 66, 458), (x + 130, 440)])
        _stitches(draw, k, [(286, 300), (286, 992)])
        _stitches(draw, k, [(794, 300), (794, 992)])

    shirt = _drawn(frame, body)
    collar_mask = _drawn(frame, collar)
    mask = np.clip(np.maximum(shirt, collar_mask), 0, 1)
    # the denim: an indigo 4 px right-hand twill, slub along the weft, faded in broad patches
    twill = 0.88 + 0.12 * np.sin(2 * np.pi * (px + py) / 4.0)
    slub = _blurred(
        _rng("shirt/slub").normal(0, 1, (frame.height, frame.width)).astype(np.float32), (0.6, 5.0)
    )
    slub = slub / float(slub.std())
    fade = frame.noise("shirt/fade", 5, octaves=3)
    indigo = np.array([46, 70, 118], dtype=np.float32) * (0.85 + 0.35 * fade)[..., None]
    colour = indigo * (twill * (1 + 0.06 * slub))[..., None]
    colour = colour + (18.0 * (1 - twill) * fade)[..., None]  # the white weft shows in the faded parts
    # soft folds: the sleeves folded under at the sides, a crease along each
    shading = 0.9 + 0.12 * frame.noise("shirt/folds", 3, octaves=2)
    for crease in (274.0, 806.0):
        shading = shading - 0.28 * np.exp(-(((px - crease) / 3.0) ** 2)) * (py > 280)
    side = np.minimum(px - 232.0, 848.0 - px)
    shading = shading * (0.85 + 0.15 * np.clip(side / 40.0, 0, 1))
    inside = ndimage.distance_transform_edt(mask > 0.5).astype(np.float32)
    shading = shading * (0.78 + 0.22 * np.clip(inside / 10.0, 0, 1))
    colour = colour * shading[..., None]
    # the inside of the collar, in shadow; the collar raised a little over the body (its own shadow)
    colour = _over(colour, colour * 0.45, _drawn(frame, inner))
    collar_shadow = _soft(collar_mask, 3.0, 3, 5) * (1 - collar_mask)
    colour = colour * (1 - 0.35 * collar_shadow)[..., None]
    colour = colour * (1 + 0.06 * collar_mask)[..., None]
    # pockets and flaps: a slightly darker, raised cloth with a shadow under the flap's edge
    pocket = _drawn(frame, pockets)
    flap = _drawn(frame, flaps)
    colour = colour * (1 - 0.08 * pocket)[..., None]
    colour = colour * (1 - 0.35 * _soft(flap, 2.0, 0, 4) * (1 - flap))[..., None]
    # the placket's edges, the orange topstitching and the buttons
    placket_edge = np.exp(-(((px - 540.0) / 1.2) ** 2)) * (py > 300) * (py < 998)
    colour = colour * (1 - 0.4 * placket_edge)[..., None]
    thread = _drawn(frame, seams)
    colour = _over(
        colour, np.full_like(colour, 1.0) * np.array([204, 138, 62], dtype=np.float32), thread * 0.9
    )
    for bx, by in [(540.0, y) for y in (330.0, 450.0, 570.0, 690.0, 810.0, 930.0)] + [
        (396.0, 448.0),
        (684.0, 448.0),
    ]:
        d = np.hypot(px - bx, py - by)
        button = np.clip(9.5 - d + 0.5, 0, 1)
        pearl = (
            214.0
            + 22.0 * np.clip(1 - np.hypot(px - bx + 3, py - by + 3) / 9.0, 0, 1)
            - 30.0 * np.clip((d - 7.0) / 2.5, 0, 1)
        )
        holes = sum(
            np.clip(1.6 - np.hypot(px - bx - hx, py - by - hy) + 0.5, 0, 1)
            for hx, hy in ((-2.5, -2.5), (2.5, -2.5), (-2.5, 2.5), (2.5, 2.5))
        )
        pearl = pearl * (1 - 0.6 * np.clip(holes, 0, 1))
        colour = (
            colour
            * (1 - 0.3 * np.clip(11.5 - np.hypot(px - bx - 1.5, py - by - 2.0), 0, 1) * (1 - button))[
                ..., None
            ]
        )
        colour = _over(colour, np.stack([pearl, pearl * 0.98, pearl * 0.94], axis=2), button)
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "denim_shirt", 0.22)
