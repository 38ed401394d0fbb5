"""``heldout36``'s pictures: four products a comic shop, antiques dealer, patch maker and music shop list, and
one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames (the seller's crop of the scan): a 26:37 portrait of 1040 x 1480 (comic book), a
  40:19 landscape of 1600 x 760 (pocket watch and chain), a 12:11 near-square of 1200 x 1100 (embroidered
  patch), a 4:3 landscape of 1280 x 960 (cassette tape, small in its frame); the scene is a 1.41:1 landscape
  of 1754 x 1240 (the whole A4 glass);
- the canvases they are padded onto (``PADDING``): a 1:0.9 near-square with a broad margin beside the comic's
  tall picture, a 1:1.6 tall portrait about one and a third times as wide as the watch's wide picture, a 1:0.7
  landscape about three times as wide as a small picture of the patch (and the scene), and a 1:1.15 portrait
  with broad white round a small picture of the cassette; every padded picture covers at least 5 % of its
  canvas;
- a comic book's printed cover on yellowed newsprint: a red masthead with the title knocked out in white, a
  sky of cyan halftone, a yellow sunburst behind a grey robot drawn in black line, a speech balloon, a price
  box and a barcode, every colour a CMYK dot screen at its own angle (which the scanner's sampling turns into a
  faint moire), two staples in the spine and a corner curled up off the glass; a gold-tone pocket watch face
  down on the glass beside its chain: a white enamel dial with black markers and hands seen through the
  crystal, a small seconds dial, a reeded case that curves away from the glass, a crown and bow lifted off it
  (soft) and a curb chain lying flat (crisp) ending in a T-bar; a round embroidered patch: a navy twill
  ground, satin-stitched snowy mountains, an orange sun in fill stitch, a row of green pines, a thick
  merrowed border of diagonal stitches; a black cassette tape: a smoked shell with moulded ribs and five
  screws, a cream paper label with a red band and ruled lines, the window's two reels of brown tape lying
  deeper in the shell (soft);
- every picture is a flatbed-scanner capture, the way sellers of flat and small items list them: the item on
  the glass under the closed white lid (the lid's white slightly uneven, lifted and greyed near a thick item,
  mostly between 246 and 255), very even light from the scanner's lamp on one side (a thin shadow on the far
  side of raised edges, lifted parts a little darker), the scanner's shallow depth of field (what touches the
  glass crisp, what is lifted off it progressively softer), faint dust specks and a hair or two on the glass,
  the sensor's mild column and row noise and one faint streak of a dusty sensor element along the carriage,
  colours slightly off (a warm cast and a little crosstalk), the driver's light sharpening; cropped by the
  seller and saved as a JPEG at quality 82 to 92 with 4:2:0 chroma;
- one full-frame scene: a patchwork quilt block filling the whole glass, calico florals, gingham, polka dots
  and plain cotton squares joined by seams with a running quilting stitch, the embroidered patch sewn on, the
  batting puffing the squares up between the seams (the seams lie deeper, soft), the same scanner finish.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the lid or its
shadow), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from bench.photo_sets.heldout34 import _box

# family -> (longest side the scan is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "comic_book": (1000, 1.6, 0.9),
    "pocket_watch": (700, 1.3, 1.6),
    "embroidered_patch": (380, 3.2, 0.7),
    "cassette_tape": (540, 2.8, 1.15),
}

_MASKS: dict[str, np.ndarray] = {}
_DOF = 0.8  # the scanner's blur, px of sigma per mm an item's surface lies off the glass
_LEVELS = (0.0, 0.8, 1.6, 3.0, 5.0, 8.0)  # the blur levels the depth of field is blended from


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout36/" + name).encode()))


def _blur(values: np.ndarray, radius: float | tuple[float, ...]) -> np.ndarray:
    from scipy import ndimage

    return ndimage.gaussian_filter(values.astype(np.float32), radius, mode="nearest")


def _grid(width: int, height: int, step: float = 1.0) -> tuple[np.ndarray, np.ndarray]:
    ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
    return xs * step, ys * step


def _fine(name: str, shape: tuple[int, int], radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance noise blurred by ``radius`` px (a pair: along y, along x)."""
    from scipy import ndimage

    pad = int(3 * float(np.max(radius))) + 1
    values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    return values / float(values.std())


def _rgb(r: float, g: float, b: float) -> np.ndarray:
    return np.array([r, g, b], dtype=np.float32) / 255.0


def _over(under: np.ndarray, over: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    if over.ndim == 1:
        over = over[None, None, :]
    return over * alpha[..., None] + under * (1.0 - alpha[..., None])


def _disc(px: np.ndarray, py: np.ndarray, cx: float, cy: float, r: float) -> np.ndarray:
    return np.clip(r - np.hypot(px - cx, py - cy) + 0.5, 0, 1)


def _segment(px: np.ndarray, py: np.ndarray, a: tuple[float, float], b: tuple[float, float]) -> np.ndarray:
    """The distance of every pixel to the segment a-b."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    t = np.clip(((px - a[0]) * dx + (py - a[1]) * dy) / max(dx * dx + dy * dy, 1e-6), 0.0, 1.0)
    return np.hypot(px - a[0] - t * dx, py - a[1] - t * dy)


def _line(px: np.ndarray, py: np.ndarray, a: tuple[float, float], b: tuple[float, float], width: float):
    return np.clip(width / 2 - _segment(px, py, a, b) + 0.5, 0, 1)


def _lettering(
    width: int, height: int, rows: list[tuple[str, int, tuple[int, int]]], k: int = 1
) -> np.ndarray:
    """Type of ``(text, size, top-left)`` rows (scan px) as a 0..1 mask at ``k`` times the scan's resolution,
    set at twice that and reduced."""
    f = 2 * k
    big = Image.new("L", (width * f, height * f), 0)
    draw = ImageDraw.Draw(big)
    for text, points, (x, y) in rows:
        draw.text((x * f, y * f), text, fill=255, font=ImageFont.load_default(size=points * f))
    return np.asarray(big.resize((width * k, height * k), Image.Resampling.BOX), dtype=np.float32) / 255.0


# ---- the scanner -----------------------------------------------------------------------------------------


def _lid(shape: tuple[int, int], name: str) -> np.ndarray:
    """The white lid's foam seen through the glass: slightly uneven, a slow fall-off to one end."""
    h, w = shape
    xs, ys = _grid(w, h)
    slow = 0.012 * _fine(name + "/lid", shape, max(h, w) / 6.0)
    blotch = 0.005 * _fine(name + "/lid_blotch", shape, 9.0)
    fall = -0.018 * (ys / h) - 0.008 * np.abs(xs / w - 0.45)
    white = 0.985 + slow + blotch + fall
    return np.repeat(white[..., None], 3, axis=2).astype(np.float32)


def _specks(shape: tuple[int, int], name: str, hairs: int) -> np.ndarray:
    """Dust specks and ``hairs`` hairs on the glass: a 0..1 cover, crisp (they lie on the glass)."""
    h, w = shape
    rng = _rng(name + "/dust")
    cover = np.zeros(shape, dtype=np.float32)
    for count, sigma, weight in ((h * w // 30000, 0.7, 9.0), (h * w // 160000, 1.4, 25.0)):
        dots = np.zeros(shape, dtype=np.float32)
        ys, xs = rng.integers(0, h, count), rng.integers(0, w, count)
        dots[ys, xs] = rng.uniform(0.4, 1.0, count)
        cover = np.maximum(cover, np.clip(_blur(dots, sigma) * weight, 0, 1))
    big = Image.new("L", (w * 2, h * 2), 0)
    draw = ImageDraw.Draw(big)
    for _ in range(hairs):
        x, y = rng.uniform(0.1, 0.9) * w, rng.uniform(0.1, 0.9) * h
        heading = rng.uniform(0, 2 * np.pi)
        points = [(x * 2, y * 2)]
        for _ in range(int(rng.uniform(160, 420) / 4)):
            heading += rng.normal(0, 0.12)
            x, y = x + 4 * np.cos(heading), y + 4 * np.sin(heading)
            points.append((x * 2, y * 2))
        draw.line(points, fill=200, width=2)
    hair = np.asarray(big.resize((w, h), Image.Resampling.BOX), dtype=np.float32) / 255.0
    return np.maximum(cover, hair)


def _scan(
    albedo: np.ndarray,
    lift: np.ndarray,
    name: str,
    quality: int,
    mask: np.ndarray | None = None,
    hairs: int = 1,
    thickness: float = 0.0,
) -> Image.Image:
    """The flatbed's capture of ``albedo`` (sRGB reflectance 0..1, the lid already round the item) whose surface
    lies ``lift`` mm off the glass, and the seller's JPEG at ``quality``; an item ``thickness`` mm thick holds
    the lid up round it (``mask``).

    The lamp lights from the top of the frame: surfaces lifted off the glass get darker and softer, raised edges
    cast a thin shadow downwards; then dust and hairs on the glass, the sensor's colour crosstalk, column and
    row noise, the driver's calibration and light sharpening, 8 bits and the JPEG."""
    h, w = lift.shape
    if mask is not None:  # the lid rests on the item and is held up round it
        hold = min(thickness, 3.0) * np.clip(_blur(mask, 25.0) * 2.2, 0, 1)
        lift = lift * mask + hold * (1.0 - mask)
    gy, _ = np.gradient(_blur(lift, 2.0))
    facing = np.clip(1.0 - 0.35 * gy, 0.75, 1.15)  # faces turned up towards the lamp catch more of it
    falloff = np.exp(-lift / 14.0)
    ahead = np.zeros_like(lift)
    ahead[7:] = lift[:-7]
    shadow = 1.0 - 0.3 * np.clip(_blur(ahead - lift, (3.0, 2.0)) / 2.5, 0, 1)
    lit = albedo * (facing * falloff * shadow)[..., None]
    # the depth of field: blended between blurs of the whole frame by each pixel's lift
    sigma = np.clip(_DOF * lift, 0.0, _LEVELS[-1])
    out = np.zeros_like(lit)
    for i, level in enumerate(_LEVELS):
        weight = np.interp(sigma, _LEVELS, np.eye(len(_LEVELS))[i]).astype(np.float32)
        if not np.any(weight > 0):
            continue
        blurred = lit if level == 0.0 else _blur(lit, (level, level, 0))
        out += blurred * weight[..., None]
    out = _blur(out, (0.45, 0.45, 0))  # the lens's own softness at the glass
    # dust and hairs on the glass: grey on the lid, lighter than a dark item
    dust = _specks((h, w), name, hairs)
    out = _over(out, 0.28 + 0.38 * out, 0.85 * dust)
    # the sensor: crosstalk and a warm cast, column gains, a faint streak of a dusty element, row jitter, noise
    crosstalk = np.array([[0.93, 0.06, 0.01], [0.04, 0.92, 0.04], [0.01, 0.07, 0.92]], dtype=np.float32)
    out = out @ crosstalk.T * np.array([1.0, 0.99, 0.972], dtype=np.float32)
    rng = _rng(name + "/sensor")
    columns = 1.0 + 0.0035 * rng.normal(0, 1, w).astype(np.float32)
    streak = int(rng.uniform(0.2, 0.8) * w)
    columns[streak : streak + 2] *= 0.975
    rows = 0.004 * rng.normal(0, 1, h).astype(np.float32)
    out = out * columns[None, :, None] + rows[:, None, None]
    out = out + rng.normal(0, 0.006, out.shape).astype(np.float32) * (0.5 + 0.5 * out)
    # the driver: calibrated so that the lid reads near white, a touch of contrast, light sharpening
    out = np.clip(out * 1.025, 0, 1) ** 1.04
    soft = _blur(out, (1.2, 1.2, 0))
    out = out + 0.35 * (out - soft)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, subsampling=2)
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# ---- a comic book ----------------------------------------------------------------------------------------

_INKS = {  # what each process ink lets through (r, g, b) on newsprint
    "c": np.array([0.12, 0.62, 0.88], dtype=np.float32),
    "m": np.array([0.92, 0.18, 0.52], dtype=np.float32),
    "y": np.array([0.97, 0.9, 0.12], dtype=np.float32),
    "k": np.array([0.1, 0.1, 0.11], dtype=np.float32),
}
_SCREENS = {"c": 15.0, "m": 75.0, "y": 0.0, "k": 45.0}  # the screen angles, degrees


def _halftone(px: np.ndarray, py: np.ndarray, coverage: np.ndarray, ink: str, period: float) -> np.ndarray:
    """A round-dot screen of ``period`` px at the ink's angle: 1 where the ink prints."""
    angle = np.deg2rad(_SCREENS[ink])
    u = px * np.cos(angle) + py * np.sin(angle)
    v = -px * np.sin(angle) + py * np.cos(angle)
    spot = (np.cos(2 * np.pi * u / period) + np.cos(2 * np.pi * v / period)) / 2.0
    threshold = 1.0 - 2.0 * np.clip(coverage, 0.0, 1.0)
    return np.clip((spot - threshold) * 3.0 + 0.5, 0, 1) * (coverage > 0.01)


def comic_book_packshot() -> Image.Image:
    """A comic book's printed cover on newsprint, CMYK halftone, staples, a curled corner, scanned, 26:37."""
    w, h = 1040, 1480
    k = 2  # the print is drawn at twice the scan's resolution, its screen finer than the scanner's pixels
    px, py = _grid(w * k, h * k, 1.0 / k)
    x0, y0, x1, y1 = 62.0, 58.0, 982.0, 1428.0
    cover = _box(px, py, x0, y0, x1, y1, 4.0)
    cx, cy = (x0 + x1) / 2, 780.0
    # the inks' coverage, plate by plate
    c = np.full(px.shape, 0.62, dtype=np.float32) * (1.0 - 0.35 * (py - y0) / (y1 - y0))
    m = np.zeros_like(px)
    y = np.zeros_like(px)
    kk = np.zeros_like(px)
    rays = (np.cos(np.arctan2(py - cy, px - cx) * 14.0) > 0.2) * _disc(px, py, cx, cy, 520.0)
    burst = np.maximum(_disc(px, py, cx, cy, 250.0), rays)
    c = c * (1.0 - burst)
    y = np.maximum(y, 0.85 * burst)
    m = np.maximum(m, 0.12 * burst)
    # the robot: grey boxes (cyan, magenta and yellow together read grey) outlined in black line
    parts = [
        (cx - 120, 520, cx + 120, 700, 26.0),
        (cx - 170, 720, cx + 170, 1020, 20.0),
        (cx - 250, 740, cx - 185, 960, 18.0),
        (cx + 185, 740, cx + 250, 960, 18.0),
        (cx - 130, 1030, cx - 50, 1230, 10.0),
        (cx + 50, 1030, cx + 130, 1230, 10.0),
    ]
    for bx0, by0, bx1, by1, r in parts:
        part = _box(px, py, bx0, by0, bx1, by1, r)
        rim = _box(px, py, bx0 - 5, by0 - 5, bx1 + 5, by1 + 5, r + 5)
        kk = np.maximum(kk, rim)
        shade = 0.28 + 0.18 * (px - bx0) / max(bx1 - bx0, 1.0)
        for plate in (c, m, y):
            plate[:] = plate * (1 - rim) + shade * part
        kk = kk * (1 - part) + 0.08 * part
    eyes = np.maximum(_disc(px, py, cx - 50, 600, 26.0), _disc(px, py, cx + 50, 600, 26.0))
    for plate in (c, kk):
        plate[:] = plate * (1 - eyes)
    y = np.maximum(y, eyes)
    m = np.maximum(m, 0.6 * eyes)
    dial = _disc(px, py, cx, 860, 48.0)
    m = np.maximum(m, 0.9 * dial)
    y = np.maximum(y, 0.9 * dial)
    antenna = np.maximum(_line(px, py, (cx, 520), (cx, 462), 8.0), _disc(px, py, cx, 452, 18.0))
    kk = np.maximum(kk, antenna)
    # the masthead: a red band with the title knocked out, a price box, a speech balloon, a barcode
    band = _box(px, py, x0, y0, x1, 330.0, 0.0)
    title = _lettering(w, h, [("ROBOT", 150, (250, 100))], k)
    issue = _lettering(w, h, [("No. 27", 30, (820, 282)), ("25c", 34, (96, 280))], k)
    headline = _lettering(w, h, [("BEEP!", 58, (660, 380)), ("ATTACK!", 40, (652, 448))], k)
    for plate, level in ((m, 0.95), (y, 0.9)):
        plate[:] = np.maximum(plate * (1 - band), level * band * (1 - title))
    c = c * (1 - band)
    kk = np.maximum(kk, issue)
    balloon = np.maximum(
        np.clip(1.0 - np.hypot((px - 760) / 190.0, (py - 440) / 95.0), 0, 1) * 95.0,
        np.clip(6.0 - _segment(px, py, (690, 515), (640, 560)), 0, 1) * 6.0,
    )
    balloon = np.clip(balloon + 0.5, 0, 1)
    outline = np.clip(
        np.clip(1.0 - np.hypot((px - 760) / 196.0, (py - 440) / 101.0), 0, 1) * 101.0 + 0.5, 0, 1
    )
    kk = np.maximum(kk * (1 - outline), outline * (1 - balloon))
    for plate in (c, m, y):
        plate[:] = plate * (1 - outline)
    kk = np.maximum(kk, headline * balloon)
    barcode_box = _box(px, py, 90.0, 1250.0, 260.0, 1390.0, 0.0)
    bars = (np.sin(px * 1.7 + 3.0 * np.sin(px * 0.31)) > 0.1) * _box(
        px, py, 104.0, 1262.0, 246.0, 1350.0, 0.0
    )
    for plate in (c, m, y, kk):
        plate[:] = plate * (1 - barcode_box)
    kk = np.maximum(kk, bars)
    # the print: each plate screened at ~2.3 scan px, black line art printed solid
    period = 2.3 * k
    paper = _rgb(238, 228, 200) * (1.0 + 0.02 * _fine("comic/fibre", px.shape, 1.5))[..., None]
    colour = paper
    for ink, plate in (("y", y), ("m", m), ("c", c), ("k", kk)):
        dots = _halftone(px * k, py * k, plate, ink, period)
        if ink == "k":
            dots = np.maximum(dots, np.clip((plate - 0.9) * 10, 0, 1))
        colour = colour * (1.0 - dots[..., None] * (1.0 - _INKS[ink])[None, None, :])
    colour = colour.reshape(h, k, w, k, 3).mean(axis=(1, 3))
    cover = cover.reshape(h, k, w, k).mean(axis=(1, 3))
    px, py = px[::k, ::k], py[::k, ::k]
    # the staples in the spine and a crease near it
    staples = np.maximum(
        _box(px, py, x0 + 4, 420.0, x0 + 12, 520.0, 3.0), _box(px, py, x0 + 4, 980.0, x0 + 12, 1080.0, 3.0)
    )
    colour = _over(colour, _rgb(170, 172, 176) * (0.8 + 0.3 * np.sin(py / 7.0))[..., None], staples)
    crease = np.exp(-(((px - x0 - 26.0) / 2.0) ** 2)) * cover
    colour = colour * (1.0 - 0.12 * crease)[..., None]
    # the corner at the bottom right curls up off the glass
    corner = np.clip((px - x1 + 260.0) / 260.0 + (py - y1 + 260.0) / 260.0 - 1.0, 0, None)
    lift = (0.2 + 6.0 * corner**2) * cover
    picture = _over(_lid((h, w), "comic_book"), colour, cover)
    return _scan(picture, lift, "comic_book", 86, cover, hairs=1, thickness=0.6)


# ---- a pocket watch and its chain ------------------------------------------------------------------------


def pocket_watch_packshot() -> Image.Image:
    """A gold-tone pocket watch face down on the glass, its crown and bow lifted, its chain flat, 40:19."""
    w, h = 1600, 760
    px, py = _grid(w, h)
    cx, cy, radius = 410.0, 380.0, 270.0
    r = np.hypot(px - cx, py - cy)
    theta = np.arctan2(py - cy, px - cx)
    case = _disc(px, py, cx, cy, radius)
    gold = _rgb(196, 160, 86)
    # the case: reeded (fine radial ribs) and curving away from the glass towards its rim
    reeding = 1.0 + 0.1 * np.sin(theta * 240.0)
    curve = np.clip((r - 232.0) / 38.0, 0, 1)
    metal = gold[None, None, :] * ((1.05 - 0.55 * curve**1.5) * reeding)[..., None]
    colour = _lid((h, w), "pocket_watch")
    # the crown and the bow at three o'clock, lifted off the glass
    crown = _box(px, py, cx + radius - 6, cy - 34, cx + radius + 46, cy + 34, 10.0)
    knurl = 0.8 + 0.3 * np.sin(py * 1.4) ** 2
    bow_d = np.abs(np.hypot((px - cx - radius - 88.0) / 52.0, (py - cy) / 60.0) - 1.0) * 56.0
    bow = np.clip(9.0 - bow_d + 0.5, 0, 1) * (px > cx + radius + 40)
    colour = _over(
        colour, gold[None, None, :] * (knurl * (1.0 - 0.35 * np.abs(py - cy) / 34.0))[..., None], crown
    )
    colour = _over(
        colour, gold[None, None, :] * (0.75 + 0.4 * np.clip(1.0 - bow_d / 9.0, 0, 1))[..., None], bow
    )
    colour = _over(colour, metal, case)
    # the dial under the crystal: white enamel, markers, a small seconds dial, two hands
    dial = _disc(px, py, cx, cy, 232.0)
    enamel = _rgb(240, 236, 224) * (1.0 + 0.01 * _fine("watch/enamel", (h, w), 2.0))[..., None]
    ink = np.zeros_like(px)
    for hour in range(12):
        angle = hour * np.pi / 6
        inner = 176.0 if hour % 3 else 160.0
        a = (cx + inner * np.cos(angle), cy + inner * np.sin(angle))
        b = (cx + 205.0 * np.cos(angle), cy + 205.0 * np.sin(angle))
        ink = np.maximum(ink, _line(px, py, a, b, 9.0 if hour % 3 else 14.0))
    minutes = (np.abs(((theta * 30.0 / np.pi) + 0.5) % 1.0 - 0.5) < 0.06) * (np.abs(r - 214.0) < 7.0)
    ring = np.clip(1.6 - np.abs(r - 221.0) + 0.5, 0, 1)
    sub = np.clip(1.4 - np.abs(np.hypot(px - cx + 0, py - cy - 110.0) - 44.0) + 0.5, 0, 1)
    ink = np.maximum.reduce([ink, minutes.astype(np.float32), ring, sub])
    ink = np.maximum(ink, _line(px, py, (cx, cy), (cx - 95.0, cy - 70.0), 11.0))
    ink = np.maximum(ink, _line(px, py, (cx, cy), (cx + 40.0, cy - 170.0), 7.0))
    ink = np.maximum(ink, _line(px, py, (cx, cy + 110.0), (cx + 26.0, cy + 80.0), 3.0))
    ink = np.maximum(ink, _disc(px, py, cx, cy, 12.0))
    face = _over(enamel, _rgb(18, 18, 20), ink)
    # the crystal: a faint reflection of the lamp in a band across it
    glare = 0.06 * np.exp(-(((py - cy + 120.0) / 30.0) ** 2))
    colour = _over(colour, face + glare[..., None], dial)
    # the chain: curb links lying flat on the glass from the bow to a T-bar
    chain = np.zeros_like(px)
    shade = np.zeros_like(px)
    start = np.array([cx + radius + 140.0, cy])
    t_values = np.linspace(0.0, 1.0, 34)
    path = [start + np.array([t * 700.0, 120.0 * np.sin(t * 5.2) * t]) for t in t_values]
    for i, (pa, pb) in enumerate(zip(path[:-1], path[1:], strict=True)):
        mid = (pa + pb) / 2
        angle = np.arctan2(*(pb - pa)[::-1])
        xs0, xs1 = int(max(mid[0] - 40, 0)), int(min(mid[0] + 40, w))
        ys0, ys1 = int(max(mid[1] - 40, 0)), int(min(mid[1] + 40, h))
        lx, ly = px[ys0:ys1, xs0:xs1] - mid[0], py[ys0:ys1, xs0:xs1] - mid[1]
        u = lx * np.cos(angle) + ly * np.sin(angle)
        v = -lx * np.sin(angle) + ly * np.cos(angle)
        tilt = 0.25 if i % 2 else -0.25
        d = np.abs(np.hypot(u / 19.0, (v - tilt * u) / 11.0) - 1.0) * 11.0
        link = np.clip(3.6 - d + 0.5, 0, 1)
        chain[ys0:ys1, xs0:xs1] = np.maximum(chain[ys0:ys1, xs0:xs1], link)
        shade[ys0:ys1, xs0:xs1] = np.maximum(shade[ys0:ys1, xs0:xs1], link * np.clip(1.0 - d / 3.6, 0, 1))
    end = path[-1]
    tbar = _box(px, py, end[0] - 8, end[1] - 60, end[0] + 8, end[1] + 60, 8.0)
    chain = np.maximum(chain, tbar)
    colour = _over(
        colour, gold[None, None, :] * (0.6 + 0.6 * np.maximum(shade, 0.5 * tbar))[..., None], chain
    )
    # the lift: the crystal's dome touches the glass, the case curves away, crown and bow stand off it
    lift = case * (0.6 + 5.0 * curve**2) + dial * 1.6 * (r / 232.0) ** 2
    lift = np.maximum(lift, crown * 7.0)
    lift = np.maximum(lift, bow * 9.0)
    lift = np.maximum(lift, chain * 0.4)
    mask = np.clip(np.maximum.reduce([case, crown, bow, chain]), 0, 1)
    return _scan(colour, lift * mask, "pocket_watch", 90, mask, hairs=2, thickness=14.0)


# ---- a round embroidered patch ---------------------------------------------------------------------------


def _patch(
    px: np.ndarray, py: np.ndarray, cx: float, cy: float, s: float, name: str
) -> tuple[np.ndarray, ...]:
    """(colour, mask, lift) of the round embroidered patch, 460 * ``s`` px in radius, centred on (cx, cy)."""
    shape = px.shape
    qx, qy = (px - cx) / s, (py - cy) / s
    r = np.hypot(qx, qy)
    theta = np.arctan2(qy, qx)
    patch = np.clip((460.0 - r) * s + 0.5, 0, 1)
    border = patch * np.clip((r - 410.0) * s + 0.5, 0, 1)
    inside = patch * (1.0 - border)
    # the navy twill ground: diagonal wales
    twill = 1.0 + 0.12 * np.sin((qx + qy) * 1.6 / max(s, 0.5)) + 0.04 * _fine(name + "/twill", shape, 0.8)
    colour = _rgb(34, 44, 88)[None, None, :] * twill[..., None]

    # satin-stitched mountains: long stitches slanting across each slope, a thread sheen on every stitch
    def peak(tx: float, ty: float, half: float) -> np.ndarray:
        return np.clip((qy - ty - np.abs(qx - tx) * (260.0 / half)) * s * 0.5 + 0.5, 0, 1) * inside

    mountains = np.maximum(peak(-120.0, -120.0, 300.0), peak(150.0, -40.0, 260.0)) * np.clip(
        (150.0 - qy) * s + 0.5, 0, 1
    )
    snow = mountains * np.clip((-10.0 - qy + 18.0 * np.sin(qx / 23.0)) * s + 0.5, 0, 1)
    satin = 0.86 + 0.14 * np.abs(np.sin((qx * 0.5 - qy * 0.87) * 1.3 / max(s, 0.5)))
    rock = _rgb(120, 124, 136)[None, None, :] * satin[..., None]
    colour = _over(colour, rock, mountains)
    colour = _over(colour, _rgb(236, 238, 242)[None, None, :] * satin[..., None], snow)
    # the sun in fill stitch: short stitches in staggered rows
    sun = np.clip((75.0 - np.hypot(qx + 170.0, qy + 230.0)) * s + 0.5, 0, 1) * inside * (1.0 - mountains)
    row = np.floor(qy / 7.0)
    fill = 0.85 + 0.15 * np.abs(np.sin((qx + 5.0 * (row % 3)) * 0.42 / max(s, 0.5)))
    colour = _over(colour, _rgb(240, 136, 40)[None, None, :] * fill[..., None], sun)
    # a row of green pines along the bottom
    pines = np.zeros(shape, dtype=np.float32)
    for tx in np.arange(-300.0, 320.0, 70.0):
        base = 250.0 + 15.0 * np.sin(tx)
        tree = np.clip((qy - (base - 150.0) - np.abs(qx - tx) * 2.6) * s * 0.5 + 0.5, 0, 1)
        tree *= np.clip((base - qy) * s + 0.5, 0, 1)
        pines = np.maximum(pines, tree)
    pines *= inside
    green = (
        _rgb(44, 112, 60)[None, None, :]
        * (0.85 + 0.15 * np.abs(np.sin((qx * 0.8 + qy * 0.6) * 1.5 / max(s, 0.5))))[..., None]
    )
    colour = _over(colour, green, pines)
    # the merrowed border: thick diagonal overlock stitches round the edge
    stitch = 0.7 + 0.3 * np.abs(np.sin(theta * 230.0 + (r - 435.0) / 20.0))
    colour = _over(colour, _rgb(176, 40, 44)[None, None, :] * stitch[..., None], border)
    threads = np.maximum.reduce([mountains, sun, pines])
    lift = patch * (1.1 - 0.8 * threads - 1.0 * border)
    return colour, patch, np.clip(lift, 0.0, None)


def embroidered_patch_packshot() -> Image.Image:
    """A round embroidered patch: snowy mountains, a sun and pines on navy twill, a merrowed border, 12:11."""
    w, h = 1200, 1100
    px, py = _grid(w, h)
    colour, mask, lift = _patch(px, py, 590.0, 560.0, 1.0, "patch")
    picture = _over(_lid((h, w), "embroidered_patch"), colour, mask)
    return _scan(picture, lift, "embroidered_patch", 82, mask, hairs=1, thickness=2.5)


# ---- a cassette tape -------------------------------------------------------------------------------------


def cassette_tape_packshot() -> Image.Image:
    """A black cassette tape: a cream label, two reels of tape lying deep in the window, 4:3 (small in it)."""
    w, h = 1280, 960
    px, py = _grid(w, h)
    x0, y0, x1, y1 = 300.0, 250.0, 1000.0, 690.0
    shell = _box(px, py, x0, y0, x1, y1, 18.0)
    black = _rgb(20, 20, 22) * (1.0 + 0.08 * _fine("cassette/matte", (h, w), 1.0))[..., None]
    ribs = 1.0 + 0.25 * (np.sin(px * 0.6) > 0.6) * _box(px, py, x0 + 30, y1 - 60, x1 - 30, y1 - 12, 4.0)
    colour = _over(_lid((h, w), "cassette_tape"), black * ribs[..., None], shell)
    # the bottom: a trapezoid with the head openings
    lip = np.clip(np.minimum(py - (y1 - 95.0), (y1 - 8.0) - py) + 0.5, 0, 1) * np.clip(
        np.minimum(px - (x0 + 130.0) - (y1 - py) * 0.6, (x1 - 130.0) - px - (y1 - py) * 0.6) + 0.5, 0, 1
    )
    colour = colour * (1.0 - 0.35 * lip)[..., None]
    holes = sum(_box(px, py, hx - 14, y1 - 50, hx + 14, y1 - 22, 4.0) for hx in (520.0, 650.0, 780.0))
    colour = _over(colour, _rgb(8, 8, 8), holes)
    # the label: cream paper, a red band, ruled lines and the side letter
    label = _box(px, py, x0 + 40, y0 + 30, x1 - 40, y1 - 110, 10.0)
    paper = _rgb(232, 222, 196) * (1.0 + 0.02 * _fine("cassette/paper", (h, w), 1.2))[..., None]
    band = np.clip(np.minimum(py - 420.0, 470.0 - py) + 0.5, 0, 1)
    rules = sum(np.clip(1.0 - np.abs(py - ry) + 0.5, 0, 1) for ry in (320.0, 355.0, 390.0))
    rules = rules * _box(px, py, x0 + 110, 300.0, x1 - 70, 400.0, 0.0)
    letter = _lettering(w, h, [("A", 44, (int(x0) + 62, 292)), ("C90", 26, (int(x1) - 120, 432))])
    face = _over(paper, _rgb(196, 40, 40), band)
    face = _over(face, _rgb(120, 140, 170), rules)
    face = _over(face, _rgb(30, 30, 30), letter)
    # the window: smoked clear plastic over two reels of brown tape and white hubs, deeper in the shell
    window = _box(px, py, 500.0, 490.0, 800.0, 580.0, 12.0)
    reels = np.zeros_like(px)
    hubs = np.zeros_like(px)
    teeth = np.zeros_like(px)
    for rx, wound in ((560.0, 92.0), (740.0, 58.0)):
        d = np.hypot(px - rx, py - 535.0)
        reels = np.maximum(reels, np.clip(wound - d + 0.5, 0, 1))
        hubs = np.maximum(hubs, np.clip(26.0 - d + 0.5, 0, 1))
        spokes = (np.cos(np.arctan2(py - 535.0, px - rx) * 6.0) > 0.3) * np.clip(15.0 - d + 0.5, 0, 1)
        teeth = np.maximum(teeth, spokes)
    inner = _over(
        _rgb(50, 48, 46),
        _rgb(74, 44, 30) * (1.0 + 0.06 * np.sin(np.hypot(px - 560, py - 535) * 2.0))[..., None],
        reels,
    )
    inner = _over(inner, _rgb(226, 226, 220), hubs * (1.0 - teeth))
    inner = inner * 0.8
    label = label * (1.0 - window)
    colour = _over(colour, face, label)
    colour = _over(colour, inner, window)
    at = ((x0 + 22, y0 + 22), (x1 - 22, y0 + 22), (x0 + 22, y1 - 22), (x1 - 22, y1 - 22), (650.0, y1 - 70))
    screws = np.zeros_like(px)
    slots = np.zeros_like(px)
    for sx, sy in at:
        screws = np.maximum(screws, _disc(px, py, sx, sy, 11.0))
        slots = np.maximum.reduce(
            [
                slots,
                _line(px, py, (sx - 7, sy - 7), (sx + 7, sy + 7), 2.5),
                _line(px, py, (sx - 7, sy + 7), (sx + 7, sy - 7), 2.5),
            ]
        )
    steel = _rgb(150, 150, 156) * (0.75 + 0.35 * np.clip(1.0 - (py % 22.0) / 22.0, 0, 1))[..., None]
    colour = _over(colour, steel, screws)
    colour = _over(colour, _rgb(40, 40, 42), slots * screws)
    lift = shell * (0.15 + 0.5 * label + 0.8 * screws + 4.6 * window * (reels + 0.3))
    return _scan(colour, lift, "cassette_tape", 84, shell, hairs=1, thickness=12.0)


# ---- a quilt block ---------------------------------------------------------------------------------------


def quilt_block_scene() -> Image.Image:
    """A patchwork quilt block filling the glass, printed cotton squares, quilting seams, the patch, 1.41:1."""
    w, h = 1754, 1240
    px, py = _grid(w, h)
    cols, rows = 5, 4
    sw, sh = w / cols, h / rows
    ix, iy = np.floor(px / sw), np.floor(py / sh)
    lx, ly = px - ix * sw, py - iy * sh
    which = ((ix * 3 + iy * 2) % 4).astype(np.int32)
    weave = (
        1.0 + 0.05 * np.sign(np.sin(px * 2.4) * np.sin(py * 2.4)) + 0.03 * _fine("quilt/cotton", (h, w), 0.7)
    )
    palette = [_rgb(196, 70, 78), _rgb(62, 110, 150), _rgb(226, 196, 120), _rgb(110, 150, 104)]
    colour = np.zeros((h, w, 3), dtype=np.float32)
    cream = np.broadcast_to(_rgb(242, 234, 216), (h, w, 3))
    for kind in range(4):
        here = (which == kind).astype(np.float32)
        if kind == 0:  # calico: small red flowers and leaves on cream
            flower = np.clip((np.cos(lx / 9.0) * np.cos(ly / 9.0 + lx / 31.0) - 0.72) * 20.0, 0, 1)
            leaf = np.clip((np.cos(lx / 9.0 + 1.7) * np.cos(ly / 9.0 + lx / 31.0 + 1.9) - 0.85) * 20.0, 0, 1)
            tile = _over(_over(cream, palette[0], flower), palette[3], leaf)
        elif kind == 1:  # blue gingham
            bx = (np.floor(lx / 24.0) % 2).astype(np.float32)
            by = (np.floor(ly / 24.0) % 2).astype(np.float32)
            tile = _over(cream, palette[1], 0.45 * bx + 0.45 * by)
        elif kind == 2:  # white polka dots on mustard
            dots = np.clip(9.5 - np.hypot(lx % 46.0 - 23.0, ly % 46.0 - 23.0), 0, 1)
            tile = _over(np.broadcast_to(palette[2], (h, w, 3)), _rgb(250, 246, 236), dots)
        else:  # plain sage cotton
            tile = np.broadcast_to(palette[3], (h, w, 3))
        colour = colour + tile * here[..., None]
    colour = colour * weave[..., None]
    # the seams between squares and a running quilting stitch beside each one
    seam_d = np.minimum(np.minimum(lx, sw - lx), np.minimum(ly, sh - ly))
    seam = np.exp(-((seam_d / 2.5) ** 2))
    colour = colour * (1.0 - 0.35 * seam)[..., None]
    along = np.where(np.minimum(lx, sw - lx) < np.minimum(ly, sh - ly), ly, lx)
    stitch = (np.abs(seam_d - 9.0) < 1.4) * ((along % 16.0) < 10.0)
    colour = _over(colour, _rgb(244, 240, 230), stitch.astype(np.float32))
    # the embroidered patch sewn on, a little off centre
    patch_colour, patch, patch_lift = _patch(px, py, 1080.0, 560.0, 0.48, "quilt/patch")
    colour = _over(colour, patch_colour, patch)
    # the batting puffs each square up against the glass; the seams lie deeper
    puff = np.clip(seam_d / 60.0, 0, 1)
    lift = 2.6 * (1.0 - puff) ** 2 + 0.2
    lift = lift * (1.0 - patch) + patch_lift * 0.6 * patch
    return _scan(colour, lift, "quilt_block", 92, None, hairs=2)
