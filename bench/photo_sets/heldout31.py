"""``heldout31``'s pictures: four products a plant shop, music shop, garden shop and kitchen shop list, and
one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 3:4 portrait of 960 x 1280 (succulent), a 5:4 landscape of 1300 x 1040
  (ukulele), a 4:5 portrait of 1000 x 1250 (garden trowel), a 2:1 banner of 1600 x 800 (rolling pin); the
  scene is a 3:2 landscape of 1500 x 1000;
- the canvases they are padded onto (``PADDING``): a 1:1.3 portrait with a moderate margin round the succulent
  (and the scene), a 1:0.9 landscape with a narrow margin round the ukulele, a 1:0.7 landscape about three
  times as wide as a small picture of the trowel, and a 1:0.8 landscape barely wider than the rolling pin's
  picture with broad white above and below it; every padded picture covers at least 5 % of its canvas;
- a potted echeveria succulent from the side and a little above: a rosette of about thirty fleshy blue-green
  leaves with pink tips over a terracotta pot with a rolled rim (a pale, soft, low-contrast product of many
  overlapping outlines); a concert ukulele lying diagonally: a honey-coloured figure-eight body with a black
  sound hole and rosette, a dark bridge, a rosewood fretboard with thin silver frets, four thin pale strings
  and a headstock with four chrome tuners (a product of long thin lines and backdrop between its pegs); a
  garden trowel, tilted: a polished steel blade of mirrored bands with a clipped highlight, a steel neck and a
  varnished ash handle with a hanging hole (backdrop enclosed); a maple rolling pin, tilted a little: a long
  cylinder with a fine grain and two turned handles (a pale plain product whose only edges are its outline and
  two grooves);
- every picture is finished the way a listing photo looks when a seller photographs it off a laptop screen
  with a phone (the picture shown on an LCD whose RGB stripe sub-pixels and dark pixel gaps, 2.9 px apart in
  the capture and turned 0.6 degrees against the phone's sensor, beat into faint colour moire; the panel a
  little dimmer towards its bottom edge, seen off-axis, its black glowing; the phone exposing the screen's
  white past clipping, its lens softening 1.1 px, shot and read noise, a chroma noise reduction, an unsharp
  mask of radius 1.2 px, 110 % and threshold 2, saved as a JPEG at quality 90 with 4:2:0 chroma);
- one full-frame scene: the succulent on a pale oak shelf before a living room far out of focus (a sage
  wall, a framed print, a lamp glowing on the right), lit from the right.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.photo_sets.heldout30 import _drawn
from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "succulent": (640, 1.5, 1.3),
    "ukulele": (900, 1.15, 0.9),
    "garden_trowel": (340, 3.2, 0.7),
    "rolling_pin": (1100, 1.04, 0.8),
}

_MASKS: dict[str, np.ndarray] = {}
_PITCH = 2.9  # the screen's pixel pitch in the capture, px
_TURN = np.deg2rad(0.6)  # the screen's grid against the phone's sensor


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout31/" + name).encode()))


def _off_screen(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """The picture shown on a laptop's LCD and photographed with a phone: stripe sub-pixels and pixel gaps
    beating into moire, off-axis fall-off, black glow, white clipped, lens softening, noise, chroma noise
    reduction, an unsharp mask, JPEG 90 4:2:0."""
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    light = (pixels / 255.0) ** 2.2
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    u = xs * np.cos(_TURN) + ys * np.sin(_TURN)
    v = -xs * np.sin(_TURN) + ys * np.cos(_TURN)
    gaps = 1.0 - 0.3 * (0.5 + 0.5 * np.cos(2 * np.pi * v / _PITCH))
    emitted = np.empty_like(light)
    for c in range(3):
        stripe = 1.0 + 0.9 * np.cos(2 * np.pi * (u / _PITCH - c / 3.0))
        emitted[..., c] = light[..., c] * stripe * gaps / 0.85
    # the panel seen from a little above: dimmer towards its bottom edge; its black glows
    emitted = emitted * (1.0 - 0.06 * (ys / h))[..., None] + 0.006
    # the phone: its lens, an exposure that clips the screen's white, shot and read noise
    captured = np.stack([_blurred(emitted[..., c], 1.1) for c in range(3)], axis=2) * 1.22
    spread = np.sqrt(0.00015 * np.clip(captured, 0, None) + 0.002**2)
    captured = captured + spread * _rng(name + "/phone").normal(0.0, 1.0, captured.shape).astype(np.float32)
    toned = np.clip(captured, 0.0, 1.0) ** (1 / 2.2) * 255.0
    # its processing: chroma noise reduction, an unsharp mask, JPEG 90 4:2:0
    ycc = np.asarray(Image.fromarray(np.clip(toned + 0.5, 0, 255).astype(np.uint8)).convert("YCbCr"))
    ycc = ycc.astype(np.float32)
    for c in (1, 2):
        ycc[..., c] = _blurred(ycc[..., c], 1.6)
    image = Image.fromarray(np.clip(ycc + 0.5, 0, 255).astype(np.uint8), "YCbCr").convert("RGB")
    image = image.filter(ImageFilter.UnsharpMask(radius=1.2, percent=110, threshold=2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, subsampling=2)
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit from the upper left: a contact line and a soft shadow down-right."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(mask, 14.0, 9, 12) * outside, depth)
    return _off_screen(_over(backdrop, colour, mask), name, mask)


def _px(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    return frame.x * frame.width, frame.y * frame.height


def _fine(name: str, frame: Frame, radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance fine noise blurred by ``radius`` px (a pair: along y, along x)."""
    from scipy import ndimage

    values = _rng(name).normal(0, 1, (frame.height, frame.width)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="nearest")
    return values / float(values.std())


def _grey(values: np.ndarray) -> np.ndarray:
    return np.repeat(values[..., None], 3, axis=2).astype(np.float32)


def _rgb(frame: Frame, r: float, g: float, b: float) -> np.ndarray:
    return np.ones((frame.height, frame.width, 1), dtype=np.float32) * np.array([r, g, b], dtype=np.float32)


def _turned(px: np.ndarray, py: np.ndarray, cx: float, cy: float, degrees: float) -> tuple[np.ndarray, ...]:
    """Coordinates about (cx, cy) in a frame turned by ``degrees`` (clockwise on screen)."""
    a = np.deg2rad(degrees)
    qx = (px - cx) * np.cos(a) + (py - cy) * np.sin(a)
    qy = -(px - cx) * np.sin(a) + (py - cy) * np.cos(a)
    return qx, qy


# ---- a potted echeveria succulent ------------------------------------------------------------------------


def _succulent(frame: Frame, cx: float, base: float, s: float, name: str) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask) of a potted echeveria ``s`` times 1030 px tall, its pot standing on ``base``."""
    px, py = _px(frame)
    colour = _white(frame)
    # the terracotta pot: a tapering side, a rolled rim, lit from the upper left
    top, rim_h, height = base - 560.0 * s, 70.0 * s, 560.0 * s
    t = np.clip((py - top) / height, 0, 1)
    half = (250.0 - 60.0 * t) * s
    side = np.clip(half - np.abs(px - cx) + 0.5, 0, 1) * np.clip(py - top + 0.5, 0, 1)
    side = side * np.clip(base - py + 0.5, 0, 1)
    rim = np.clip(275.0 * s - np.abs(px - cx) + 0.5, 0, 1) * np.clip(py - top + 0.5, 0, 1)
    rim = rim * np.clip(top + rim_h - py + 0.5, 0, 1)
    n = np.clip((px - cx) / np.maximum(half, 1), -1, 1)
    clay = np.array([188, 96, 62], dtype=np.float32)
    speckle = 1 + 0.05 * _fine(name + "/clay", frame, 1.2)
    pot = clay * ((0.55 + 0.45 * np.sqrt(1 - n**2) - 0.2 * n) * speckle)[..., None]
    rn = np.clip((px - cx) / (275.0 * s), -1, 1)
    rim_colour = clay * ((0.62 + 0.42 * np.sqrt(1 - rn**2) - 0.2 * rn) * speckle)[..., None]
    rim_colour = rim_colour * (1.08 - 0.25 * np.clip((py - top) / rim_h, 0, 1))[..., None]
    colour = _over(colour, pot, side)
    under_rim = side * np.exp(-(((py - top - rim_h - 6.0 * s) / (5.0 * s)) ** 2))
    colour = _over(colour, pot * 0.7, under_rim)
    colour = _over(colour, rim_colour, rim)
    mask = np.maximum(side, rim)
    # the rosette: three rings of pointed fleshy leaves, seen a little from above, the back ones first
    ccx, ccy = cx, top - 10.0 * s
    leaves = []
    rings = ((13, 370.0, 96.0, 0.5), (9, 270.0, 82.0, 0.62), (6, 165.0, 62.0, 0.8))
    for ring, (count, length, width, lift) in enumerate(rings):
        for i in range(count):
            angle = 2 * np.pi * (i + 0.5 * ring) / count + 0.2 * ring
            leaves.append((np.sin(angle) * 0.55 - np.cos(angle) * lift, angle, length * s, width * s, lift))
    leaves.sort(key=lambda leaf: leaf[0])
    blue_green = np.array([128, 170, 150], dtype=np.float32)
    pink = np.array([206, 112, 134], dtype=np.float32)
    w, h = frame.width, frame.height
    for _, angle, length, width, lift in leaves:
        ex, ey = np.cos(angle), np.sin(angle) * 0.5 - lift * 0.5
        norm = float(np.hypot(ex, ey))
        ex, ey = ex / norm * min(1.0, norm + 0.3), ey / norm * min(1.0, norm + 0.3)
        nx, ny = -ey, ex

        def leaf(
            d: ImageDraw.ImageDraw, k: int, ex=ex, ey=ey, nx=nx, ny=ny, length=length, width=width
        ) -> None:
            points = []
            for j in range(13):
                f = j / 12
                half_w = width * np.sin(np.pi * min(1.0, f * 1.15)) ** 0.8 * (1 - 0.2 * f) / 2
                points.append((ccx + ex * length * f + nx * half_w, ccy + ey * length * f + ny * half_w))
            points.append((ccx + ex * length, ccy + ey * length))
            for j in range(12, -1, -1):
                f = j / 12
                half_w = width * np.sin(np.pi * min(1.0, f * 1.15)) ** 0.8 * (1 - 0.2 * f) / 2
                points.append((ccx + ex * length * f - nx * half_w, ccy + ey * length * f - ny * half_w))
            d.polygon([(x * k, y * k) for x, y in points], fill=255)

        shape = _drawn(w, h, leaf)
        along = np.clip(((px - ccx) * ex + (py - ccy) * ey) / (length * float(np.hypot(ex, ey)) ** 2), 0, 1)
        across = ((px - ccx) * nx + (py - ccy) * ny) / (width / 2)
        shade = 0.62 + 0.38 * np.sqrt(np.clip(1 - across**2, 0, 1)) - 0.12 * across + 0.15 * along
        shade = shade * (0.86 + 0.14 * np.clip(-ey * 2.0, -1, 1))
        bloom = blue_green * shade[..., None]
        bloom = _over(bloom, pink * shade[..., None], np.clip((along - 0.78) / 0.2, 0, 1))
        # a thin darker edge where the leaf lies over the one behind it
        edge = np.clip(shape - _soft(shape, 1.5), 0, 1) * 1.5
        bloom = bloom * (1 - 0.35 * np.clip(edge, 0, 1))[..., None]
        colour = _over(colour, bloom, shape)
        mask = np.maximum(mask, shape)
    return colour, np.clip(mask, 0, 1)


def succulent_packshot() -> Image.Image:
    """A potted echeveria from the side and a little above, a terracotta pot, 3:4 on white."""
    frame = Frame(960, 1280)
    colour, mask = _succulent(frame, 480.0, 1190.0, 1.0, "succulent")
    return _on_sweep(frame, colour, mask, "succulent", 0.3)


def plant_shelf_scene() -> Image.Image:
    """The succulent on a pale oak shelf before a living room far out of focus, lit from the right."""
    frame = Frame(1500, 1000)
    px, py = _px(frame)
    wall = _rgb(frame, 150, 170, 146) * (0.78 + 0.4 * frame.x)[..., None]
    wall = wall * (0.95 + 0.1 * frame.noise("plant_shelf/wall", 5))[..., None]
    frame_box = np.clip(np.minimum.reduce([px - 180.0, 560.0 - px, py - 120.0, 560.0 - py]) + 0.5, 0, 1)
    inner = np.clip(np.minimum.reduce([px - 214.0, 526.0 - px, py - 154.0, 526.0 - py]) + 0.5, 0, 1)
    room = _over(wall, _rgb(frame, 40, 34, 30), frame_box)
    art = _rgb(frame, 226, 214, 190) * (0.8 + 0.3 * frame.noise("plant_shelf/print", 4, octaves=2))[..., None]
    art = _over(art, _rgb(frame, 196, 90, 60), np.clip(90.0 - np.hypot(px - 370.0, py - 330.0) + 0.5, 0, 1))
    room = _over(room, art, inner)
    glow = np.exp(-(((px - 1320.0) ** 2 + (py - 260.0) ** 2) / (2 * 120.0**2)))
    shade_lamp = np.clip(np.minimum(110.0 - np.abs(px - 1320.0) + (py - 170.0) * 0.4, py - 170.0) + 0.5, 0, 1)
    shade_lamp = shade_lamp * np.clip(330.0 - py + 0.5, 0, 1)
    room = room + (110.0 * glow)[..., None]
    room = _over(room, _rgb(frame, 252, 240, 214), shade_lamp)
    room = np.stack([_blurred(room[..., c], 9.0) for c in range(3)], axis=2)
    # the shelf, in focus: a pale oak top lit from the right, its front edge a little darker
    shelf = np.clip(py - 800.0 + 0.5, 0, 1)
    front = np.clip(py - 880.0 + 0.5, 0, 1)
    figure = np.sin(py / 4.0 + 6.0 * frame.noise("plant_shelf/figure", 3))
    grain = 1 + 0.03 * _fine("plant_shelf/oak", frame, (0.8, 14.0)) + 0.03 * figure
    oak = _rgb(frame, 214, 184, 140) * (grain * (0.86 + 0.2 * frame.x))[..., None]
    scene = _over(room, oak, shelf)
    scene = _over(scene, oak * 0.72, front)
    colour, mask = _succulent(frame, 760.0, 850.0, 0.62, "plant_shelf")
    scene = scene * (1 - 0.4 * _soft(mask, 12.0, -30, 6) * (1 - mask) * shelf)[..., None]
    return _off_screen(_over(scene, colour, mask), "plant_shelf")


# ---- a concert ukulele -----------------------------------------------------------------------------------


def ukulele_packshot() -> Image.Image:
    """A concert ukulele lying diagonally, a honey body, a rosewood fretboard, four strings, 5:4 on white."""
    frame = Frame(1300, 1040)
    px, py = _px(frame)
    qx, qy = _turned(px, py, 650.0, 520.0, -28.0)
    # the body: two overlapping ovals, the lower bout to the left, the waist between them
    lower = np.hypot((qx + 300.0) / 215.0, qy / 200.0)
    upper = np.hypot((qx + 20.0) / 170.0, qy / 160.0)
    body = np.clip(np.maximum((1 - lower) * 200.0, (1 - upper) * 160.0) + 0.5, 0, 1)
    grain = 1 + 0.05 * _fine("ukulele/spruce", frame, (1.0, 20.0))
    honey = np.array([206, 148, 82], dtype=np.float32)
    lit = 0.82 + 0.22 * np.clip(-(qx + qy) / 500.0, -1, 1)
    wood = honey * (lit * grain)[..., None]
    edge = np.clip(1 - np.clip(np.minimum(lower, upper), 0, 2), 0, 1)
    binding = np.clip((0.06 - edge) / 0.02, 0, 1) * body
    wood = _over(wood, _rgb(frame, 244, 232, 206), binding * np.clip((edge - 0.02) / 0.01, 0, 1))
    wood = wood * (1 - 0.45 * np.clip((0.02 - edge) / 0.02, 0, 1))[..., None]
    colour = _over(_white(frame), wood, body)
    # the sound hole and its rosette, the bridge
    hole_r = np.hypot(qx + 60.0, qy)
    rosette = np.clip(64.0 - hole_r + 0.5, 0, 1) * np.clip(hole_r - 56.0 + 0.5, 0, 1)
    colour = _over(colour, _rgb(frame, 60, 36, 24), rosette)
    colour = _over(colour, _grey(np.full_like(px, 14.0)), np.clip(50.0 - hole_r + 0.5, 0, 1))
    bridge = np.clip(np.minimum(18.0 - np.abs(qx + 330.0), 70.0 - np.abs(qy)) + 0.5, 0, 1)
    saddle = 1 + 0.5 * np.exp(-(((qx + 336.0) / 4.0) ** 2))
    colour = _over(colour, _rgb(frame, 48, 30, 22) * saddle[..., None], bridge)
    # the neck and fretboard to the right, the headstock with four tuners
    neck = np.clip(np.minimum(qx - 100.0, 545.0 - qx) + 0.5, 0, 1) * np.clip(26.0 - np.abs(qy) + 0.5, 0, 1)
    frets = np.zeros_like(px)
    scale_len = 680.0
    for i in range(1, 16):
        fx = -30.0 + scale_len * (1 - 2 ** (-i / 12)) * -1 + 500.0
        frets = np.maximum(frets, np.clip(1.3 - np.abs(qx - fx) + 0.5, 0, 1))
    board = _rgb(frame, 58, 38, 30) * (1 + 0.06 * _fine("ukulele/rosewood", frame, (0.8, 8.0)))[..., None]
    board = _over(board, _grey(200.0 + 40.0 * np.clip(-qy / 26.0, 0, 1)), frets * neck)
    colour = _over(colour, board, neck)
    head = np.clip(np.minimum(qx - 545.0, 690.0 - qx) + 0.5, 0, 1)
    head = head * np.clip(38.0 - np.abs(qy) + (qx - 545.0) * 0.04 + 0.5, 0, 1)
    colour = _over(colour, _rgb(frame, 70, 44, 30) * lit[..., None], head)
    tuners = np.zeros_like(px)
    for tx in (585.0, 645.0):
        for side in (-1.0, 1.0):
            post = np.clip(np.minimum(6.0 - np.abs(qx - tx), 22.0 - np.abs(qy - side * 56.0)) + 0.5, 0, 1)
            knob = np.clip((1.0 - np.hypot((qx - tx) / 15.0, (qy - side * 84.0) / 9.0)) * 9.0 + 0.5, 0, 1)
            tuners = np.maximum(tuners, np.maximum(post, knob))
    chrome = _grey(150.0 + 95.0 * np.exp(-(((qx + qy) % 30.0 - 10.0) / 4.0) ** 2))
    colour = _over(colour, chrome, tuners)
    # four pale nylon strings from the bridge to the nut
    strings = np.zeros_like(px)
    for off in (-15.0, -5.0, 5.0, 15.0):
        string = np.clip(1.1 - np.abs(qy - off) + 0.5, 0, 1) * np.clip(qx + 330.0, 0, 1)
        strings = np.maximum(strings, string * np.clip(560.0 - qx, 0, 1))
    colour = _over(colour, _rgb(frame, 236, 232, 222), strings * 0.95)
    mask = np.clip(np.maximum.reduce([body, neck, head, tuners]), 0, 1)
    return _on_sweep(frame, colour, mask, "ukulele", 0.28)


# ---- a garden trowel -------------------------------------------------------------------------------------


def garden_trowel_packshot() -> Image.Image:
    """A garden trowel, tilted, a polished steel blade, an ash handle with a hanging hole, 4:5 on white."""
    frame = Frame(1000, 1250)
    px, py = _px(frame)
    qx, qy = _turned(px, py, 500.0, 625.0, 12.0)
    # the blade: a pointed scoop, widest near the neck, mirrored bands along it
    t = np.clip((qy + 80.0) / 470.0, 0, 1)
    half = 150.0 * np.sqrt(np.clip(1 - t, 0, 1)) * np.clip((qy + 80.0) / 40.0 + 0.6, 0, 1)
    blade = np.clip(half - np.abs(qx) + 0.5, 0, 1) * np.clip(qy + 80.0 + 0.5, 0, 1)
    blade = blade * np.clip(390.0 - qy, 0, 1)
    bn = np.clip(qx / np.maximum(half, 1), -1, 1)
    steel = 120.0 + 70.0 * np.sin(3.0 * bn + 0.6) + 60.0 * np.exp(-(((bn + 0.3) / 0.06) ** 2)) * 2.2
    steel = steel - 40.0 * np.exp(-((bn / 0.15) ** 2)) * t
    brushed = 1 + 0.03 * _fine("trowel/brushed", frame, (12.0, 0.6))
    blade_colour = _grey(steel * brushed) * np.array([0.96, 0.98, 1.02], dtype=np.float32)
    rim = np.clip(blade - np.clip(half - 4.0 - np.abs(qx) + 0.5, 0, 1), 0, 1)
    blade_colour = _over(blade_colour, _grey(np.full_like(px, 90.0)), rim)
    # the neck: a steel rod bent up to the handle
    neck = np.clip(np.minimum(11.0 - np.abs(qx), np.minimum(qy + 200.0, -70.0 - qy)) + 0.5, 0, 1)
    neck_colour = _grey(110.0 + 110.0 * np.exp(-(((qx + 4.0) / 3.0) ** 2)))
    # the handle: varnished ash, a ferrule, a hanging hole near the end
    hw = np.interp(qy, [-560.0, -540.0, -330.0, -230.0, -210.0], [0.0, 34.0, 42.0, 36.0, 30.0])
    handle = np.clip(hw - np.abs(qx) + 0.5, 0, 1) * np.clip(qy + 560.0, 0, 1)
    handle = handle * np.clip(-200.0 - qy + 0.5, 0, 1)
    hn = np.clip(qx / np.maximum(hw, 1), -1, 1)
    ash_grain = 1 + 0.06 * _fine("trowel/ash", frame, (16.0, 0.9))
    ash = np.array([212, 170, 112], dtype=np.float32) * ash_grain[..., None]
    ash = ash * (0.62 + 0.38 * np.sqrt(1 - hn**2) - 0.12 * hn)[..., None]
    ash = ash + (90.0 * np.exp(-(((hn + 0.45) / 0.08) ** 2)))[..., None]
    ferrule = np.clip(np.minimum(qy + 240.0, -200.0 - qy) + 0.5, 0, 1)
    ash = _over(ash, _grey(130.0 + 90.0 * np.exp(-(((hn + 0.4) / 0.12) ** 2))), ferrule)
    hole = np.clip(9.0 - np.hypot(qx, qy + 520.0) + 0.5, 0, 1)
    colour = _over(_white(frame), neck_colour, neck)
    colour = _over(colour, blade_colour, blade)
    colour = _over(colour, ash, handle)
    mask = np.clip(np.maximum.reduce([blade, neck, handle]), 0, 1) * (1 - hole)
    return _on_sweep(frame, colour, mask, "garden_trowel", 0.3)


# ---- a maple rolling pin ---------------------------------------------------------------------------------


def rolling_pin_packshot() -> Image.Image:
    """A maple rolling pin, tilted a little, a fine grain and two turned handles, 2:1 on white."""
    frame = Frame(1600, 800)
    px, py = _px(frame)
    qx, qy = _turned(px, py, 800.0, 400.0, -5.0)
    radius = np.interp(
        np.abs(qx),
        [0.0, 470.0, 480.0, 500.0, 530.0, 560.0, 690.0, 712.0, 715.0],
        [86.0, 86.0, 80.0, 26.0, 24.0, 34.0, 38.0, 30.0, 0.0],
    )
    pin = np.clip(radius - np.abs(qy) + 0.5, 0, 1) * np.clip(715.0 - np.abs(qx), 0, 1)
    n = np.clip(qy / np.maximum(radius, 1), -1, 1)
    grain = 1 + 0.035 * _fine("rolling_pin/maple", frame, (0.8, 22.0))
    maple = np.array([232, 206, 162], dtype=np.float32)
    wood = maple * ((0.58 + 0.42 * np.sqrt(1 - n**2) - 0.16 * n) * grain)[..., None]
    wood = wood + (40.0 * np.exp(-(((n + 0.5) / 0.12) ** 2)))[..., None]
    grooves = np.exp(-(((np.abs(qx) - 600.0) / 2.0) ** 2)) + np.exp(-(((np.abs(qx) - 476.0) / 2.5) ** 2))
    wood = wood * (1 - 0.35 * np.clip(grooves, 0, 1))[..., None]
    colour = _over(_white(frame), wood, pin)
    return _on_sweep(frame, colour, pin, "rolling_pin", 0.28)
