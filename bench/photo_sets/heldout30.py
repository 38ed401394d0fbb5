"""``heldout30``'s pictures: four products a clock shop, computer shop, garden shop and sports shop list, and one
scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames, cropped from the camera's 4:3 sensor frame of 1640 x 1232: a 25:28 portrait of
  1100 x 1232 (alarm clock), an 82:31 banner of 1640 x 620 (keyboard), the whole 4:3 frame of 1640 x 1232
  (watering can), a 2:3 portrait of 820 x 1232 (table tennis bat); the scene is a 16:9 landscape of
  1640 x 922;
- the canvases they are padded onto (``PADDING``): a square with a moderate margin round the alarm clock (and
  the scene), a 1:0.62 landscape with narrow white either side of the keyboard and broad white above and below
  it, a 1:0.78 landscape about four times as wide as a small picture of the watering can, and a 1:1.45 tall
  portrait as wide as the bat's picture is tall; every padded picture covers at least 5 % of its canvas (none
  is as small on its canvas as ``heldout28``'s bell, a known bias);
- a retro twin-bell alarm clock seen from the front: a red lacquered drum, a chrome bezel, an ivory dial with
  fine minute ticks, hour bars, printed numerals and thin black hands, a red seconds hand, two chrome bells, a
  hammer, a carrying loop and splayed legs (a product of fine print and thin parts, mirrored chrome, and
  backdrop enclosed between its loop, bells and drum); a black compact keyboard seen from the front and above,
  in perspective, about sixty dark keycaps with small white legends and the black plate between them (a very
  dark product with a fine, regular white print); a saturated green plastic watering can from the side, an arched
  handle over its filler (backdrop enclosed under the arch), a long tapering spout and a rose with holes, a
  clipped highlight streak; a table tennis bat, tilted, its red pimples-out rubber a fine regular dot lattice,
  black edge tape and a flared laminated wooden handle (a saturated product with a fine regular texture);
- every picture is finished the way a raw frame from a small camera module looks once a plain script develops
  it (as a Raspberry Pi camera's raw capture is, with no camera app in between): the light falls on an RGGB
  Bayer mosaic with uncorrected lens shading (the corners 4 % darker), shot and read noise per photosite, the
  white sweep exposed past the sensor's saturation (clipped, kept white by clipping the white-balanced channels
  together), a bilinear demosaic (zipper and false-colour fringes along hard edges, colour moire on fine
  print), daylight white-balance gains, a saturating colour matrix that amplifies the noise, a plain 2.2 gamma
  with no sharpening and no noise reduction, saved as a JPEG at quality 85 with full 4:4:4 chroma;
- one full-frame scene: the alarm clock on a painted bedside table with a paperback beside it, before a
  bedroom far out of focus (a window blown to white on the left, a linen curtain, a bed with a white duvet
  and a dark headboard on the right), lit by the window from the left.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "alarm_clock": (560, 1.6, 1.0),
    "keyboard": (980, 1.18, 0.62),
    "watering_can": (300, 3.9, 0.78),
    "table_tennis_bat": (1040, 1.0, 1.45),
}

_MASKS: dict[str, np.ndarray] = {}
_SUPERSAMPLE = 4
# the development script's camera: a saturating colour matrix (rows sum to 1), daylight white-balance gains
_CCM = np.array([[1.62, -0.46, -0.16], [-0.28, 1.52, -0.24], [-0.06, -0.52, 1.58]], dtype=np.float32)
_WB = np.array([1.68, 1.0, 1.92], dtype=np.float32)
_EXPOSURE = 1.16


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout30/" + name).encode()))


def _demosaic(mosaic: np.ndarray) -> np.ndarray:
    """Bilinear demosaic of an RGGB mosaic: (h, w) -> (h, w, 3)."""
    from scipy import ndimage

    h, w = mosaic.shape
    red = np.zeros((h, w), dtype=np.float32)
    blue = np.zeros((h, w), dtype=np.float32)
    green = np.zeros((h, w), dtype=np.float32)
    red[0::2, 0::2] = mosaic[0::2, 0::2]
    blue[1::2, 1::2] = mosaic[1::2, 1::2]
    green[0::2, 1::2] = mosaic[0::2, 1::2]
    green[1::2, 0::2] = mosaic[1::2, 0::2]
    corners = np.array([[1, 2, 1], [2, 4, 2], [1, 2, 1]], dtype=np.float32) / 4.0
    cross = np.array([[0, 1, 0], [1, 4, 1], [0, 1, 0]], dtype=np.float32) / 4.0
    return np.stack(
        [
            ndimage.convolve(red, corners, mode="mirror"),
            ndimage.convolve(green, cross, mode="mirror"),
            ndimage.convolve(blue, corners, mode="mirror"),
        ],
        axis=2,
    )


def _as_raw(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A camera module's raw frame developed by a plain script: lens shading, an RGGB mosaic with shot and read
    noise, the sweep clipped at saturation, bilinear demosaic, white balance, a colour matrix, gamma 2.2, JPEG 85
    4:4:4."""
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    linear = (pixels / 255.0) ** 2.2
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    reach = np.hypot((xs - w / 2) / (w / 2), (ys - h / 2) / (h / 2)) / np.sqrt(2.0)
    shading = 1.0 - 0.04 * reach**2
    camera = np.clip(linear @ np.linalg.inv(_CCM).T.astype(np.float32), 0.0, None)
    raw = camera * (_EXPOSURE * shading)[..., None] / _WB
    mosaic = np.empty((h, w), dtype=np.float32)
    mosaic[0::2, 0::2] = raw[0::2, 0::2, 0]
    mosaic[0::2, 1::2] = raw[0::2, 1::2, 1]
    mosaic[1::2, 0::2] = raw[1::2, 0::2, 1]
    mosaic[1::2, 1::2] = raw[1::2, 1::2, 2]
    spread = np.sqrt(0.00012 * np.clip(mosaic, 0, None) + 0.0015**2)
    mosaic = mosaic + spread * _rng(name + "/sensor").normal(0.0, 1.0, (h, w)).astype(np.float32)
    mosaic = np.clip(mosaic, 0.0, 1.0)
    # the script: bilinear demosaic, white balance with the channels clipped together, the matrix, gamma 2.2
    developed = np.clip(_demosaic(mosaic) * _WB, 0.0, 1.0)
    developed = np.clip(developed @ _CCM.T, 0.0, 1.0) ** (1 / 2.2)
    buffer = io.BytesIO()
    Image.fromarray(np.clip(developed * 255.0 + 0.5, 0, 255).astype(np.uint8)).save(
        buffer, "JPEG", quality=85, subsampling=0
    )
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit from the upper left: a contact line and a soft shadow down-right."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(mask, 14.0, 9, 12) * outside, depth)
    return _as_raw(_over(backdrop, colour, mask), name, mask)


def _px(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    return frame.x * frame.width, frame.y * frame.height


def _fine(name: str, frame: Frame, radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance fine noise blurred by ``radius`` px (a pair: along y, along x)."""
    from scipy import ndimage

    values = _rng(name).normal(0, 1, (frame.height, frame.width)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="nearest")
    return values / float(values.std())


def _drawn(width: int, height: int, draw: Callable[[ImageDraw.ImageDraw, int], None]) -> np.ndarray:
    """An antialiased 0..1 mask drawn in pixel coordinates at 4x (``draw`` gets the factor), reduced."""
    big = Image.new("L", (width * _SUPERSAMPLE, height * _SUPERSAMPLE), 0)
    draw(ImageDraw.Draw(big), _SUPERSAMPLE)
    reduced = big.resize((width, height), Image.Resampling.BOX)
    return np.asarray(reduced, dtype=np.float32) / 255.0


def _font(size: float) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    return ImageFont.load_default(size=max(1.0, size))


def _grey(values: np.ndarray) -> np.ndarray:
    return np.repeat(values[..., None], 3, axis=2).astype(np.float32)


def _rgb(frame: Frame, r: float, g: float, b: float) -> np.ndarray:
    return np.ones((frame.height, frame.width, 1), dtype=np.float32) * np.array([r, g, b], dtype=np.float32)


def _sigmoid(values: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(values, -60, 60)))


# ---- a twin-bell alarm clock -----------------------------------------------------------------------------


def _clock(frame: Frame, cx: float, cy: float, s: float) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask) of a twin-bell alarm clock seen from the front, its dial 660 * ``s`` px across, centred
    at (cx, cy); lit from the upper left."""
    px, py = _px(frame)
    dx, dy = px - cx, py - cy
    r = np.hypot(dx, dy)
    colour = _white(frame)
    mask = np.zeros((frame.height, frame.width), dtype=np.float32)
    chrome = np.array([214, 218, 224], dtype=np.float32)
    # the carrying loop: a round steel bar arching over the bells
    loop_r = np.hypot(dx, py - (cy - 200.0 * s))
    loop = np.clip(9.0 * s - np.abs(loop_r - 292.0 * s) + 0.5, 0, 1) * (py < cy - 290.0 * s)
    across = np.clip((loop_r - 292.0 * s) / (9.0 * s), -1, 1)
    bar = 0.3 + 0.75 * np.exp(-(((across + 0.35) / 0.3) ** 2)) + 0.2 * np.clip(-dx / (300.0 * s), -1, 1)
    colour = _over(colour, chrome * bar[..., None], loop)
    mask = np.maximum(mask, loop)
    # the legs: two short splayed rods with ball feet
    for side in (-1.0, 1.0):
        angle = np.deg2rad(35.0)
        ux, uy = side * np.sin(angle), np.cos(angle)
        along = dx * ux + dy * uy
        off = -dx * uy + dy * ux
        rod = np.clip(8.0 * s - np.abs(off) + 0.5, 0, 1) * np.clip(along - 280.0 * s, 0, 1)
        rod = rod * np.clip(420.0 * s - along + 0.5, 0, 1)
        foot = np.clip(19.0 * s - np.hypot(dx - ux * 420.0 * s, dy - uy * 420.0 * s) + 0.5, 0, 1)
        leg = np.maximum(rod, foot)
        shine = 0.35 + 0.7 * np.exp(-(((off / (8.0 * s)) + side * 0.3) ** 2) / 0.2)
        colour = _over(colour, chrome * shine[..., None] * 0.9, leg)
        mask = np.maximum(mask, leg)
    # the bells: two chrome domes, a nut on each
    for side in (-1.0, 1.0):
        bx, by, br = cx + side * 249.0 * s, cy - 276.0 * s, 120.0 * s
        u, v = (px - bx) / br, (py - by) / br
        rb = np.hypot(u, v)
        dome = np.clip((1.0 - rb) * br + 0.5, 0, 1)
        nz = np.sqrt(np.clip(1 - rb**2, 0.0, 1.0))
        rise = 0.8 * nz - 0.45 * v - 0.15 * u
        mirror = 0.14 + 0.74 * _sigmoid((rise - 0.42) / 0.05)
        mirror = mirror + 0.95 * np.exp(-(((u + 0.34) / 0.14) ** 2) - ((v + 0.38) / 0.1) ** 2)
        mirror = mirror * (1 - 0.5 * np.clip((rb - 0.94) / 0.06, 0, 1))
        nut = np.clip(0.13 * br - np.hypot(u * br, v * br) + 0.5, 0, 1)
        bell = chrome * mirror[..., None]
        bell = _over(bell, chrome * (0.55 + 0.4 * np.clip(-(u + v) * 5.0, -1, 1))[..., None], nut)
        colour = _over(colour, bell, dome)
        mask = np.maximum(mask, dome)
    # the hammer between the bells
    rod = np.clip(np.minimum(5.0 * s - np.abs(dx), 1e9) + 0.5, 0, 1)
    rod = rod * np.clip(py - (cy - 420.0 * s), 0, 1) * np.clip(cy - 300.0 * s - py, 0, 1)
    head = (1.0 - np.hypot(dx / (22.0 * s), (py - (cy - 424.0 * s)) / (13.0 * s))) * 13.0 * s
    head = np.clip(head + 0.5, 0, 1)
    hammer = np.maximum(rod, head)
    colour = _over(
        colour, chrome * (0.45 + 0.5 * np.exp(-(((dx + 4.0 * s) / (5.0 * s)) ** 2)))[..., None], hammer
    )
    mask = np.maximum(mask, hammer)
    # the red lacquered drum, its side showing to the right of the face
    rr = 330.0 * s
    drum = np.clip(rr - np.hypot(dx - 44.0 * s, dy) + 0.5, 0, 1)
    side_across = np.clip((r - rr) / (44.0 * s * np.clip(dx / np.maximum(r, 1), 0.05, 1)), 0, 1)
    lacquer = np.array([172, 22, 30], dtype=np.float32)
    drum_shade = 0.5 + 0.28 * np.clip(-dy / rr, -1, 1) - 0.2 * side_across
    drum_colour = lacquer * drum_shade[..., None]
    drum_colour = (
        drum_colour
        + (150.0 * np.exp(-(((side_across - 0.4) / 0.12) ** 2)) * (dy < -0.2 * rr))[..., None]
        * np.clip(-dy / rr, 0, 1)[..., None]
    )
    colour = _over(colour, drum_colour, drum)
    mask = np.maximum(mask, drum)
    # the chrome bezel: a rounded ring mirroring a softbox above and the dark room below
    face = np.clip(rr - r + 0.5, 0, 1)
    a = np.clip((r - 296.0 * s) / (34.0 * s), 0, 1)
    ring_n = -np.cos(np.pi * a)
    nxs, nys, nzs = ring_n * dx / np.maximum(r, 1), ring_n * dy / np.maximum(r, 1), np.sin(np.pi * a)
    rise = 0.7 * nzs - 0.6 * nys - 0.2 * nxs
    bezel = 0.16 + 0.72 * _sigmoid((rise - 0.35) / 0.06)
    bezel = bezel + 0.8 * np.exp(-(((nxs + 0.5) / 0.18) ** 2) - ((nys + 0.55) / 0.18) ** 2)
    colour = _over(colour, chrome * bezel[..., None], face)
    mask = np.maximum(mask, face)
    # the ivory dial: minute ticks, hour bars, numerals, a maker's word, the hands and a glass reflection
    dial = np.clip(296.0 * s - r + 0.5, 0, 1)
    ivory = (
        np.array([224, 216, 196], dtype=np.float32) * (0.9 + 0.1 * np.clip(-(dx + dy) / rr, -1, 1))[..., None]
    )
    turn = np.mod(np.arctan2(dx, -dy), 2 * np.pi)
    minute = np.abs(turn * 60 / (2 * np.pi) - np.round(turn * 60 / (2 * np.pi))) * 2 * np.pi * r / 60
    hour = np.abs(turn * 12 / (2 * np.pi) - np.round(turn * 12 / (2 * np.pi))) * 2 * np.pi * r / 12
    ticks = np.clip(1.6 * s - minute + 0.5, 0, 1) * (r > 258.0 * s) * (r < 280.0 * s)
    bars = np.clip(5.0 * s - hour + 0.5, 0, 1) * (r > 236.0 * s) * (r < 280.0 * s)
    ink = np.maximum(ticks, bars)
    width, height = frame.width, frame.height

    def print_dial(d: ImageDraw.ImageDraw, k: int) -> None:
        font = _font(50.0 * s * k)
        for n in range(1, 13):
            t = n * 2 * np.pi / 12
            x, y = cx + 200.0 * s * np.sin(t), cy - 200.0 * s * np.cos(t)
            d.text((x * k, y * k), str(n), fill=255, font=font, anchor="mm")
        d.text((cx * k, (cy - 96.0 * s) * k), "TIKKA", fill=255, font=_font(26.0 * s * k), anchor="mm")
        d.text((cx * k, (cy + 100.0 * s) * k), "ALARM", fill=255, font=_font(17.0 * s * k), anchor="mm")

    def hands(d: ImageDraw.ImageDraw, k: int) -> None:
        for turns, length, root, tip in ((10.15 / 12, 150.0, 9.0, 3.5), (9.0 / 60, 240.0, 7.0, 2.5)):
            t = turns * 2 * np.pi
            ex, ey = np.sin(t), -np.cos(t)
            nx, ny = -ey, ex
            points = [
                (cx - ex * 32.0 * s + nx * root * s, cy - ey * 32.0 * s + ny * root * s),
                (cx + ex * length * s + nx * tip * s, cy + ey * length * s + ny * tip * s),
                (cx + ex * (length + 8.0) * s, cy + ey * (length + 8.0) * s),
                (cx + ex * length * s - nx * tip * s, cy + ey * length * s - ny * tip * s),
                (cx - ex * 32.0 * s - nx * root * s, cy - ey * 32.0 * s - ny * root * s),
            ]
            d.polygon([(x * k, y * k) for x, y in points], fill=255)
        d.ellipse(
            [(cx - 15.0 * s) * k, (cy - 15.0 * s) * k, (cx + 15.0 * s) * k, (cy + 15.0 * s) * k], fill=255
        )

    def seconds(d: ImageDraw.ImageDraw, k: int) -> None:
        t = 0.57 * 2 * np.pi
        ex, ey = np.sin(t), -np.cos(t)
        d.line(
            [
                ((cx - ex * 60.0 * s) * k, (cy - ey * 60.0 * s) * k),
                ((cx + ex * 266.0 * s) * k, (cy + ey * 266.0 * s) * k),
            ],
            fill=255,
            width=max(1, round(3.0 * s * k)),
        )
        d.ellipse([(cx - 7.0 * s) * k, (cy - 7.0 * s) * k, (cx + 7.0 * s) * k, (cy + 7.0 * s) * k], fill=255)

    ink = np.maximum(ink, _drawn(width, height, print_dial))
    dial_colour = _over(ivory, _grey(np.full_like(r, 24.0)), ink * 0.95)
    hand = _drawn(width, height, hands)
    dial_colour = (
        dial_colour * (1 - 0.25 * _soft(hand, 2.5, round(4 * s), round(5 * s)) * (1 - hand))[..., None]
    )
    dial_colour = _over(dial_colour, _grey(20.0 + 30.0 * np.exp(-(((dx + dy) / (40.0 * s)) ** 2))), hand)
    dial_colour = _over(dial_colour, _rgb(frame, 196, 30, 32), _drawn(width, height, seconds))
    glare = (
        np.exp(-(((r / (296.0 * s) - 0.8) / 0.07) ** 2))
        * np.clip(np.cos(turn - np.deg2rad(305.0)), 0, 1) ** 3
    )
    dial_colour = dial_colour + (70.0 * glare)[..., None]
    colour = _over(colour, dial_colour, dial)
    return colour, np.clip(mask, 0, 1)


def alarm_clock_packshot() -> Image.Image:
    """A red twin-bell alarm clock from the front, chrome bells and bezel, an ivory dial, 25:28 on white."""
    frame = Frame(1100, 1232)
    colour, mask = _clock(frame, 550.0, 680.0, 1.0)
    return _on_sweep(frame, colour, mask, "alarm_clock", 0.3)


def bedside_scene() -> Image.Image:
    """The alarm clock on a painted bedside table before a bedroom far out of focus, a window on the left."""
    frame = Frame(1640, 922)
    px, py = _px(frame)
    wall = _rgb(frame, 190, 184, 170) * (1.2 - 0.55 * frame.x)[..., None]
    wall = wall * (0.96 + 0.08 * frame.noise("bedside/wall", 4))[..., None]
    window = np.clip(360.0 - px + 0.5, 0, 1) * np.clip(560.0 - py + 0.5, 0, 1)
    trees = np.clip((frame.noise("bedside/trees", 7, octaves=2) - 0.58) / 0.08, 0, 1) * np.clip(
        (py - 330.0) / 80, 0, 1
    )
    outside = _over(_rgb(frame, 255, 255, 255), _rgb(frame, 150, 172, 138), trees * 0.7)
    bars = (np.abs(px - 180.0) < 9.0) + (np.abs(py - 280.0) < 9.0)
    outside = _over(outside, _rgb(frame, 236, 234, 228), np.clip(bars, 0, 1))
    room = _over(wall, outside, window)
    curtain = np.clip(px - 360.0 + 0.5, 0, 1) * np.clip(480.0 - px + 0.5, 0, 1) * (py < 700.0)
    folds = 0.82 + 0.16 * np.sin((px - 360.0) / 13.0) + 0.04 * frame.noise("bedside/linen", 20)
    room = _over(room, _rgb(frame, 228, 220, 202) * folds[..., None], curtain)
    headboard = np.clip(px - 1150.0 + 0.5, 0, 1) * np.clip(py - 250.0 + 0.5, 0, 1)
    room = _over(
        room, _rgb(frame, 92, 66, 50) * (0.9 + 0.2 * frame.noise("bedside/wood", 6))[..., None], headboard
    )
    duvet = np.clip(px - 1120.0 + 0.5, 0, 1) * np.clip(py - 470.0 + 0.5, 0, 1)
    crease = 0.86 + 0.16 * frame.noise("bedside/duvet", 9, octaves=2)
    room = _over(room, _rgb(frame, 234, 232, 226) * crease[..., None], duvet)
    pillow = np.clip(1.0 - np.hypot((px - 1420.0) / 230.0, (py - 470.0) / 70.0), 0, 1) * 40.0
    room = _over(room, _rgb(frame, 240, 238, 232) * (0.9 + 0.1 * frame.x)[..., None], np.clip(pillow, 0, 1))
    room = np.stack([_blurred(room[..., c], 8.0) for c in range(3)], axis=2)
    # the bedside table, in focus: a painted top lit from the window, its front with a drawer and a brass knob
    top = np.clip(py - 720.0 + 0.5, 0, 1) * np.clip(px - 540.0 + 0.5, 0, 1) * np.clip(1200.0 - px + 0.5, 0, 1)
    front = top * np.clip(py - 772.0 + 0.5, 0, 1)
    paint = _rgb(frame, 216, 211, 200) * (1.08 - 0.28 * np.clip((px - 540.0) / 660.0, 0, 1))[..., None]
    paint = paint * (1 + 0.015 * _fine("bedside/brush", frame, (6.0, 0.7)))[..., None]
    scene = _over(room, paint, top)
    groove = (np.abs(py - 790.0) < 1.5) * (px > 570.0) * (px < 1170.0)
    front_colour = _rgb(frame, 178, 172, 160) * (1.04 - 0.2 * np.clip((px - 540.0) / 660.0, 0, 1))[..., None]
    front_colour = front_colour * (1 - 0.3 * groove)[..., None]
    knob = np.clip(16.0 - np.hypot(px - 870.0, py - 850.0) + 0.5, 0, 1)
    brass = (
        _rgb(frame, 196, 150, 72)
        * (0.7 + 0.5 * np.exp(-(((px - 864.0) ** 2 + (py - 844.0) ** 2) / 40.0)))[..., None]
    )
    front_colour = _over(front_colour, brass, knob)
    scene = _over(scene, front_colour, front)
    # a paperback lying flat on the table, its page block facing us
    book = np.clip(np.minimum.reduce([px - 600.0, 780.0 - px, py - 712.0, 746.0 - py]) + 0.5, 0, 1)
    pages = (np.abs(py - 730.0) < 10.0) * (px > 606.0)
    book_colour = _over(
        _rgb(frame, 52, 72, 124),
        _rgb(frame, 226, 218, 198) * (1 - 0.06 * (np.mod(py, 3.0) < 1.0))[..., None],
        pages,
    )
    scene = _over(scene, book_colour, book)
    colour, mask = _clock(frame, 900.0, 745.0 - 362.0 * 0.52, 0.52)
    scene = scene * (1 - 0.38 * _soft(mask, 14.0, 34, 6) * (1 - mask) * top * (1 - front))[..., None]
    return _as_raw(_over(scene, colour, mask), "bedside")


# ---- a black compact keyboard ----------------------------------------------------------------------------

_ROWS: tuple[tuple[tuple[str, float], ...], ...] = (
    tuple((c, 1.0) for c in "`1234567890-=") + (("Back", 2.0),),
    (("Tab", 1.5),) + tuple((c, 1.0) for c in "QWERTYUIOP[]") + (("\\", 1.5),),
    (("Caps", 1.75),) + tuple((c, 1.0) for c in "ASDFGHJKL;'") + (("Enter", 2.25),),
    (("Shift", 2.25),) + tuple((c, 1.0) for c in "ZXCVBNM,./") + (("Shift", 2.75),),
    (
        ("Ctrl", 1.25),
        ("Win", 1.25),
        ("Alt", 1.25),
        ("", 6.25),
        ("Alt", 1.25),
        ("Fn", 1.25),
        ("Menu", 1.25),
        ("Ctrl", 1.25),
    ),
)


def _perspective(
    source: tuple[tuple[float, float], ...], target: tuple[tuple[float, float], ...]
) -> list[float]:
    """PIL's PERSPECTIVE coefficients that take each ``target`` point (output) to its ``source`` point."""
    rows, rhs = [], []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        rhs.extend([u, v])
    return [
        float(c) for c in np.linalg.solve(np.array(rows, dtype=np.float64), np.array(rhs, dtype=np.float64))
    ]


def keyboard_packshot() -> Image.Image:
    """A black compact keyboard from the front and above, in perspective, white legends, 82:31 on white."""
    frame = Frame(1640, 620)
    unit, pad = 92.0, 18.0
    plane_w, plane_h = 15 * unit + 2 * pad, 5 * unit + 2 * pad
    k = _SUPERSAMPLE
    corners = ((0.0, 0.0), (0.0, plane_h), (plane_w, plane_h), (plane_w, 0.0))
    quad = ((236.0, 92.0), (116.0, 508.0), (1524.0, 508.0), (1404.0, 92.0))
    coeffs = _perspective(tuple((x * k, y * k) for x, y in corners), tuple((x * k, y * k) for x, y in quad))

    def plane(draw: Callable[[ImageDraw.ImageDraw], None]) -> np.ndarray:
        big = Image.new("L", (round(plane_w * k), round(plane_h * k)), 0)
        draw(ImageDraw.Draw(big))
        warped = big.transform(
            (frame.width * k, frame.height * k),
            Image.Transform.PERSPECTIVE,
            coeffs,
            Image.Resampling.BILINEAR,
        )
        return (
            np.asarray(warped.resize((frame.width, frame.height), Image.Resampling.BOX), dtype=np.float32)
            / 255
        )

    def keys(inset: float, legends: bool = False) -> Callable[[ImageDraw.ImageDraw], None]:
        def draw(d: ImageDraw.ImageDraw) -> None:
            for row, caps in enumerate(_ROWS):
                x = pad
                y = pad + row * unit
                for label, size in caps:
                    box = [
                        (x + inset) * k,
                        (y + inset) * k,
                        (x + size * unit - inset) * k,
                        (y + unit - inset) * k,
                    ]
                    if not legends:
                        d.rounded_rectangle(box, radius=(10.0 - inset * 0.3) * k, fill=255)
                    elif label:
                        font = _font((27.0 if len(label) == 1 else 17.0) * k)
                        d.text(((x + 24.0) * k, (y + 20.0) * k), label, fill=255, font=font, anchor="la")
                    x += size * unit

        return draw

    case = plane(lambda d: d.rounded_rectangle([0, 0, plane_w * k, plane_h * k], radius=46.0 * k, fill=255))
    caps = plane(keys(4.0))
    tops = plane(keys(15.0))
    legends = plane(keys(0.0, legends=True))
    led = plane(lambda d: d.ellipse([(plane_w - 40.0) * k, 7 * k, (plane_w - 30.0) * k, 13 * k], fill=255))
    # the case's front face, 24 px deep below its top
    front = np.clip(np.roll(case, 24, axis=0) - case, 0, 1)
    grain = _fine("keyboard/pbt", frame, 0.7)
    px, py = _px(frame)
    colour = _grey(28.0 + 6.0 * np.clip(1 - (py - 92.0) / 420.0, 0, 1) + 1.5 * grain)
    # the case's top edge catches the light; the plate between the keys is black
    rim = np.clip(case - np.roll(np.roll(case, 4, axis=0), 3, axis=1), 0, 1)
    colour = colour + (30.0 * rim)[..., None]
    colour = _over(colour, _grey(11.0 + 1.5 * grain), _plate(caps, case))
    # keycaps: sides lit from above, dished tops a little lighter, a bevel highlight and shade
    side_lit = np.clip(caps - np.roll(caps, 6, axis=0), 0, 1)
    cap_colour = _grey(36.0 + 26.0 * side_lit + 2.0 * grain)
    colour = _over(colour, cap_colour, caps)
    bevel = np.clip(tops - np.roll(np.roll(tops, 3, axis=0), 2, axis=1), 0, 1)
    shade = np.clip(tops - np.roll(np.roll(tops, -3, axis=0), -2, axis=1), 0, 1)
    top_colour = _grey(46.0 + 3.0 * grain + 22.0 * bevel - 14.0 * shade)
    colour = _over(colour, top_colour, tops)
    colour = _over(colour, _grey(np.full_like(px, 226.0)), legends * 0.96)
    colour = _over(colour, _rgb(frame, 70, 230, 120), led)
    edge = np.clip(front - np.roll(front, -3, axis=0), 0, 1)
    colour = _over(colour, _grey(17.0 + 18.0 * edge + 1.5 * grain), front)
    mask = np.clip(np.maximum(case, front), 0, 1)
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "keyboard", 0.26)


def _plate(caps: np.ndarray, case: np.ndarray) -> np.ndarray:
    """The black plate: inside the case's keyed area, between the keycaps."""
    return np.clip(case - caps, 0, 1) * np.clip(_soft(caps, 6.0) * 3.0, 0, 1)


# ---- a green plastic watering can ------------------------------------------------------------------------


def watering_can_packshot() -> Image.Image:
    """A green plastic watering can from the side, an arched handle, a long spout with a rose, 4:3 on white."""
    frame = Frame(1640, 1232)
    px, py = _px(frame)
    green = np.array([30, 138, 60], dtype=np.float32)
    body = _drawn(
        frame.width,
        frame.height,
        lambda d, k: d.rounded_rectangle([360 * k, 560 * k, 940 * k, 1060 * k], radius=72 * k, fill=255),
    )
    n = np.clip((px - 650.0) / 290.0, -1, 1)
    shade = 0.5 + 0.42 * np.sqrt(1 - n**2) - 0.18 * n
    body_colour = green * shade[..., None]
    body_colour = (
        body_colour + (235.0 * np.exp(-(((n + 0.56) / 0.035) ** 2)) * (py > 600.0) * (py < 1020.0))[..., None]
    )
    body_colour = body_colour + (40.0 * np.exp(-(((n + 0.3) / 0.18) ** 2)))[..., None]
    ridge = np.exp(-(((py - 1000.0) / 2.0) ** 2))
    body_colour = (
        body_colour * (1 - 0.3 * ridge)[..., None] + (25.0 * np.exp(-(((py - 1004.0) / 2.0) ** 2)))[..., None]
    )
    body_colour = body_colour * (1 - 0.25 * np.clip((py - 1020.0) / 40.0, 0, 1))[..., None]
    # the arched handle over the top: a round bar, the backdrop showing under it
    e = np.hypot((px - 650.0) / 215.0, (py - 600.0) / 307.0)
    across = (
        (e - 1.0) * np.hypot(px - 650.0, py - 600.0) / np.maximum(e, 1e-3)
    )  # along the ray from the centre
    arch = np.clip(23.0 - np.abs(across) + 0.5, 0, 1) * np.clip(566.0 - py, 0, 1)
    an = np.clip(across / 23.0, -1, 1)
    arch_colour = green * (0.45 + 0.55 * np.exp(-(((an + 0.35) / 0.35) ** 2)))[..., None]
    arch_colour = arch_colour + (150.0 * np.exp(-(((an + 0.45) / 0.08) ** 2)) * (px < 700.0))[..., None]
    # the spout: a tapering tube rising to the upper right, a rose at its end
    sx, sy, ex, ey = 880.0, 930.0, 1420.0, 380.0
    length = float(np.hypot(ex - sx, ey - sy))
    ax, ay = (ex - sx) / length, (ey - sy) / length
    t = (px - sx) * ax + (py - sy) * ay
    off = -(px - sx) * ay + (py - sy) * ax
    radius = 44.0 - 24.0 * np.clip(t / length, 0, 1)
    spout = (
        np.clip(radius - np.abs(off) + 0.5, 0, 1) * np.clip(t + 0.5, 0, 1) * np.clip(length - t + 0.5, 0, 1)
    )
    sn = np.clip(off / np.maximum(radius, 1), -1, 1)
    spout_colour = green * (0.42 + 0.5 * np.sqrt(1 - sn**2) + 0.12 * sn)[..., None]
    spout_colour = spout_colour + (120.0 * np.exp(-(((sn - 0.55) / 0.1) ** 2)))[..., None]
    beyond = t - length
    cone_r = 20.0 + 44.0 * np.clip(beyond / 50.0, 0, 1)
    cone = (
        np.clip(cone_r - np.abs(off) + 0.5, 0, 1)
        * np.clip(beyond + 0.5, 0, 1)
        * np.clip(50.0 - beyond + 0.5, 0, 1)
    )
    fu, fv = (beyond - 50.0) / 16.0, off / 64.0
    rose_face = np.clip((1.0 - np.hypot(fu, fv)) * 16.0 + 0.5, 0, 1)
    rose = np.maximum(cone, rose_face)
    rose_colour = green * (0.5 + 0.3 * np.clip(-off / 64.0, -1, 1))[..., None] * 0.85
    holes = np.zeros_like(px)
    for j in range(-4, 5):
        for i in range(-1, 2):
            cu, cv = i * 0.42, j * 0.2
            if np.hypot(cu, cv) < 0.82:
                holes = np.maximum(
                    holes, np.clip(3.2 - np.hypot((fu - cu) * 16.0, (fv - cv) * 64.0) + 0.5, 0, 1)
                )
    face_colour = _over(green * 1.05 * np.ones_like(rose_colour), _grey(np.full_like(px, 18.0)), holes)
    rose_colour = _over(rose_colour, face_colour, rose_face)
    # the filler: an oval collar on top, dark inside
    collar = (
        np.clip(np.minimum(120.0 - np.abs(px - 610.0), 1e9) + 0.5, 0, 1)
        * np.clip(py - 524.0, 0, 1)
        * np.clip(566.0 - py, 0, 1)
    )
    lip = np.clip((1.0 - np.hypot((px - 610.0) / 120.0, (py - 524.0) / 30.0)) * 30.0 + 0.5, 0, 1)
    inside = np.clip((1.0 - np.hypot((px - 610.0) / 104.0, (py - 526.0) / 22.0)) * 22.0 + 0.5, 0, 1)
    cn = np.clip((px - 610.0) / 120.0, -1, 1)
    collar_colour = green * (0.5 + 0.4 * np.sqrt(1 - cn**2) - 0.15 * cn)[..., None]
    colour = _white(frame)
    colour = _over(colour, collar_colour, np.maximum(collar, lip))
    colour = _over(colour, green * 0.28 * np.ones_like(colour), inside)
    colour = _over(colour, spout_colour, spout)
    colour = _over(colour, rose_colour, rose)
    colour = _over(colour, arch_colour, arch)
    colour = _over(colour, body_colour, body)
    mask = np.clip(np.maximum.reduce([body, arch, spout, rose, collar, lip]), 0, 1)
    return _on_sweep(frame, colour, mask, "watering_can", 0.28)


# ---- a table tennis bat ----------------------------------------------------------------------------------


def table_tennis_bat_packshot() -> Image.Image:
    """A table tennis bat, tilted, red pimples-out rubber, black edge tape, a flared handle, 2:3 on white."""
    frame = Frame(820, 1232)
    px, py = _px(frame)
    angle = np.deg2rad(-8.0)
    qx = (px - 410.0) * np.cos(angle) - (py - 640.0) * np.sin(angle)
    qy = (px - 410.0) * np.sin(angle) + (py - 640.0) * np.cos(angle)
    # the blade: a rounded oval edged with black tape
    e = np.hypot(qx / 290.0, (qy + 150.0) / 318.0)
    depth = (1.0 - e) * 302.0
    blade = np.clip(depth + 0.5, 0, 1)
    rubber = np.clip(depth - 10.0 + 0.5, 0, 1)
    tape = _grey(22.0 + 40.0 * np.exp(-(((depth - 6.0) / 1.2) ** 2)) * np.clip(-(qx + qy) / 300.0, 0, 1))
    # the rubber: a hexagonal lattice of pimples 9 px apart, lit from the upper left
    pitch = 9.0
    row_h = pitch * np.sqrt(3.0) / 2
    best = np.full_like(px, 1e9)
    best_dx, best_dy = np.zeros_like(px), np.zeros_like(px)
    base_row = np.floor(qy / row_h)
    for dj in (0.0, 1.0):
        j = base_row + dj
        shift = np.mod(j, 2.0) * pitch / 2
        i = np.round((qx - shift) / pitch)
        ddx, ddy = qx - (i * pitch + shift), qy - j * row_h
        d = np.hypot(ddx, ddy)
        closer = d < best
        best = np.where(closer, d, best)
        best_dx, best_dy = np.where(closer, ddx, best_dx), np.where(closer, ddy, best_dy)
    pimple = np.clip(3.3 - best + 0.5, 0, 1)
    rim_light = np.clip(-(best_dx + best_dy) / 4.0, -1, 1)
    red = np.array([192, 26, 34], dtype=np.float32)
    rubber_colour = red * (0.72 - 0.12 * np.clip((best_dx + best_dy) / 6.0, 0, 1) * (1 - pimple))[..., None]
    rubber_colour = _over(rubber_colour, red * (0.9 + 0.22 * rim_light)[..., None], pimple)
    rubber_colour = rubber_colour * (0.92 + 0.12 * np.clip(-(qx + qy + 150.0) / 600.0, -1, 1))[..., None]
    logo = np.clip(np.minimum(60.0 - np.abs(qx), 16.0 - np.abs(qy - 110.0)) + 0.5, 0, 1)
    rubber_colour = _over(rubber_colour, _grey(np.full_like(px, 24.0)), logo * 0.95)
    letters = (np.abs(qy - 110.0) < 6.0) * (np.abs(qx) < 48.0) * (np.mod(qx, 12.0) < 7.0)
    rubber_colour = _over(rubber_colour, _rgb(frame, 210, 170, 80), letters * logo)
    blade_colour = _over(tape, rubber_colour, rubber)
    # the flared handle: laminated beech with walnut cheeks, a gold plate
    half = np.interp(qy, [150.0, 200.0, 270.0, 450.0, 520.0, 532.0], [70.0, 46.0, 43.0, 60.0, 66.0, 0.0])
    handle = (
        np.clip(half - np.abs(qx) + 0.5, 0, 1) * np.clip(qy - 150.0 + 0.5, 0, 1) * np.clip(532.0 - qy, 0, 1)
    )
    hn = np.clip(qx / np.maximum(half, 1), -1, 1)
    from scipy import ndimage

    streaks = ndimage.gaussian_filter(
        _rng("bat/grain").normal(0, 1, px.shape).astype(np.float32), (24.0, 0.9)
    )
    streaks = streaks / float(streaks.std())
    beech = np.array([214, 172, 116], dtype=np.float32) * (1 + 0.05 * streaks)[..., None]
    walnut = np.array([112, 72, 44], dtype=np.float32) * (1 + 0.07 * streaks)[..., None]
    wood = _over(beech, walnut, np.clip((np.abs(qx) - (half - 16.0)) + 0.5, 0, 1))
    wood = wood * (0.7 + 0.32 * np.sqrt(1 - hn**2) - 0.08 * hn)[..., None]
    plate = np.clip((1.0 - np.hypot(qx / 22.0, (qy - 250.0) / 12.0)) * 12.0 + 0.5, 0, 1)
    wood = _over(wood, _rgb(frame, 208, 170, 84) * (0.8 + 0.3 * np.clip(-qx / 22.0, -1, 1))[..., None], plate)
    colour = _over(_white(frame), blade_colour, blade)
    colour = colour * (1 - 0.3 * _soft(handle, 4.0, 0, 5) * (1 - handle) * blade)[..., None]
    colour = _over(colour, wood, handle)
    mask = np.clip(np.maximum(blade, handle), 0, 1)
    return _on_sweep(frame, colour, mask, "table_tennis_bat", 0.3)
