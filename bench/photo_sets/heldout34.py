"""``heldout34``'s pictures: four products a stationery shop, hat shop, luggage shop and shoe shop list, and one
scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 20:9 landscape of 1400 x 630 (stapler), a 14:11 landscape of 1260 x 990
  (baseball cap), an 11:15 portrait of 880 x 1200 (cabin suitcase), a 13:16 portrait of 910 x 1120
  (flip-flops); the scene is an 18:11 landscape of 1440 x 880;
- the canvases they are padded onto (``PADDING``): a 1:0.72 landscape about three times as wide as a small
  picture of the stapler (and the scene), a 1:1.25 portrait with a moderate margin round the cap, a 1:0.83
  landscape about twice as wide as the suitcase's tall picture, and a 1:1.42 portrait with broad white round
  a small picture of the flip-flops (and the scene); every padded picture covers at least 5 % of its canvas;
- a desktop stapler from the side: a matte black top arm with a brushed chrome strip and a chrome front cap, a
  black base with a chrome anvil plate, a hinge block at the back and a narrow gap between arm and base (the
  backdrop seen through it, made white by the remover); a navy baseball cap in three-quarter view: a six-panel
  crown with seams and a top button, a curved peak with rows of stitching, a white embroidered logo, the back
  opening above the strap (the backdrop seen through it, made white by the remover); a teal hard-shell cabin
  suitcase from the front: vertical ribs, a zip line round it, an extended telescopic handle of two thin
  aluminium tubes (the backdrop seen between them), a top carry handle and four small black spinner wheels; a
  pair of yellow flip-flops seen from above: textured foam soles with a worn heel imprint, thin navy Y straps and
  toe posts;
- every packshot is finished the way a marketplace's automatic background removal finishes a phone photo taken
  at home: the phone's shot and read noise, tone curve, sharpening and a JPEG at quality 90 of the product on
  a home backdrop (a grey laminate desk, a beige bedsheet, a pale painted wall with a skirting board, an oak
  floor) with its real contact shadow; then the remover's matte, estimated at an eighth of the resolution with a
  ragged, wandering edge, enlarged bilinear and feathered 1.8 px, so that thin parts (straps, handle tubes)
  come out partly transparent and small enclosed gaps keep the home backdrop, without colour decontamination
  (a fringe of the backdrop's colour round the product); composited on pure white in sRGB, a synthetic
  elliptical drop shadow under the product, an automatic levels stretch and a saturation lift of 8 %, and a
  JPEG at quality 84 with 4:2:0 chroma;
- one full-frame scene: the flip-flops on a sandstone pool deck beside the blue water of a pool, in hard sun
  from the upper right; the remover found no single subject in it and left the frame whole (the phone's
  capture, the levels stretch, the saturation lift and the re-encode only).

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.photo_sets.heldout30 import _drawn
from bench.photo_sets.heldout31 import _turned
from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "stapler": (460, 3.0, 0.72),
    "baseball_cap": (820, 1.45, 1.25),
    "suitcase": (1000, 1.7, 0.83),
    "flip_flops": (520, 1.9, 1.42),
}

_MASKS: dict[str, np.ndarray] = {}
_MATTE_REDUCTION = 8  # the remover's matte resolution, a fraction of the picture's
_FEATHER = 1.8  # the remover's edge feather, px


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout34/" + name).encode()))


def _blur(values: np.ndarray, radius: float) -> np.ndarray:
    from scipy import ndimage

    return ndimage.gaussian_filter(values.astype(np.float32), radius, mode="nearest")


def _phone(pixels: np.ndarray, name: str) -> np.ndarray:
    """The seller's phone: shot and read noise, a tone curve, a light sharpening, JPEG 90; float 0..255."""
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    light = (pixels / 255.0) ** 2.2
    spread = np.sqrt(0.00015 * np.clip(light, 0, None) + 0.002**2)
    light = light + spread * _rng(name + "/sensor").normal(0.0, 1.0, light.shape).astype(np.float32)
    toned = np.clip(light, 0.0, 1.0) ** (1 / 2.2)
    toned = np.clip(toned - 0.03 * np.sin(2 * np.pi * toned), 0.0, 1.0) * 255.0
    image = Image.fromarray(np.clip(toned + 0.5, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.UnsharpMask(radius=1.0, percent=70, threshold=2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, subsampling=2)
    return np.asarray(Image.open(io.BytesIO(buffer.getvalue())).convert("RGB"), dtype=np.float32)


def _marketplace(pixels: np.ndarray) -> Image.Image:
    """The marketplace's re-save: an automatic levels stretch, a saturation lift of 8 %, JPEG 84 4:2:0."""
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    low, high = np.percentile(luma, [0.3, 99.7])
    high = max(float(high), float(low) + 40.0)
    stretched = (pixels - low) * (255.0 / (high - low))
    grey = (stretched @ np.array([0.299, 0.587, 0.114], dtype=np.float32))[..., None]
    lifted = grey + (stretched - grey) * 1.08
    image = Image.fromarray(np.clip(lifted + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=84, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _cutout(pixels: np.ndarray, name: str, subject: np.ndarray) -> Image.Image:
    """The home photo through the marketplace's background removal: the phone's capture; a coarse, ragged matte
    of ``subject`` enlarged and feathered; composited on white without decontamination; a synthetic drop shadow
    under the product; the marketplace's levels, saturation and JPEG 84."""
    photo = _phone(pixels, name)
    h, w = photo.shape[:2]
    # the remover's matte: an eighth of the resolution, a wandering edge, enlarged bilinear, feathered
    small = (max(1, w // _MATTE_REDUCTION), max(1, h // _MATTE_REDUCTION))
    coarse = Image.fromarray(np.clip(subject, 0, 1).astype(np.float32), "F").resize(small, Image.Resampling.BOX)
    coarse = np.asarray(coarse, dtype=np.float32)
    wander = _blur(_rng(name + "/matte").normal(0.0, 1.0, coarse.shape).astype(np.float32), 1.5)
    wander = wander / max(float(wander.std()), 1e-6)
    confidence = np.clip((coarse - 0.42 + 0.1 * wander) / 0.3, 0.0, 1.0)
    matte = Image.fromarray(confidence.astype(np.float32), "F").resize((w, h), Image.Resampling.BILINEAR)
    matte = np.clip(_blur(np.asarray(matte, dtype=np.float32), _FEATHER), 0.0, 1.0)
    # composited on white in sRGB, the backdrop's colour left in the soft edge
    composite = photo * matte[..., None] + 255.0 * (1.0 - matte[..., None])
    # the synthetic drop shadow: a soft grey ellipse under the product's lowest part
    rows = np.nonzero(subject.max(axis=1) > 0.5)[0]
    cols = np.nonzero(subject.max(axis=0) > 0.5)[0]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, rx = (cols[0] + cols[-1]) / 2.0, (cols[-1] - cols[0]) * 0.46
    cy, ry = float(rows[-1]) - 4.0, max(12.0, (rows[-1] - rows[0]) * 0.05)
    ellipse = np.clip(1.0 - np.hypot((xs - cx) / rx, (ys - cy) / ry), 0.0, 1.0) ** 0.8
    composite = composite * (1.0 - 0.22 * ellipse * (1.0 - matte))[..., None]
    _MASKS[name] = subject > 0.5
    return _marketplace(composite)


def _whole(pixels: np.ndarray, name: str) -> Image.Image:
    """A picture the remover left whole: the phone's capture and the marketplace's re-save only."""
    return _marketplace(_phone(pixels, name))


def _px(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    return frame.x * frame.width, frame.y * frame.height


def _fine(name: str, frame: Frame, radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance fine noise blurred by ``radius`` px (a pair: along y, along x)."""
    from scipy import ndimage

    pad = int(3 * float(np.max(radius))) + 1
    values = _rng(name).normal(0, 1, (frame.height + 2 * pad, frame.width + 2 * pad)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    return values / float(values.std())


def _grey(values: np.ndarray) -> np.ndarray:
    return np.repeat(values[..., None], 3, axis=2).astype(np.float32)


def _rgb(frame: Frame, r: float, g: float, b: float) -> np.ndarray:
    return np.ones((frame.height, frame.width, 1), dtype=np.float32) * np.array([r, g, b], dtype=np.float32)


def _bezier(p0, p1, p2, n: int = 60) -> list[tuple[float, float]]:
    """Points along the quadratic Bezier curve p0-p1-p2."""
    t = np.linspace(0.0, 1.0, n)[:, None]
    points = (1 - t) ** 2 * np.array(p0) + 2 * (1 - t) * t * np.array(p1) + t**2 * np.array(p2)
    return [(float(x), float(y)) for x, y in points]


def _scaled(points: list[tuple[float, float]], k: int) -> list[tuple[float, float]]:
    return [(x * k, y * k) for x, y in points]


def _segment(px: np.ndarray, py: np.ndarray, a: tuple[float, float], b: tuple[float, float]) -> np.ndarray:
    """The distance of every pixel to the segment a-b."""
    dx, dy = b[0] - a[0], b[1] - a[1]
    length2 = max(dx * dx + dy * dy, 1e-6)
    t = np.clip(((px - a[0]) * dx + (py - a[1]) * dy) / length2, 0.0, 1.0)
    return np.hypot(px - a[0] - t * dx, py - a[1] - t * dy)


def _box(px: np.ndarray, py: np.ndarray, x0: float, y0: float, x1: float, y1: float, r: float) -> np.ndarray:
    """An antialiased rounded rectangle (corner radius ``r``)."""
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    hx, hy = (x1 - x0) / 2 - r, (y1 - y0) / 2 - r
    dx, dy = np.abs(px - cx) - hx, np.abs(py - cy) - hy
    outside = np.hypot(np.clip(dx, 0, None), np.clip(dy, 0, None)) + np.minimum(np.maximum(dx, dy), 0.0)
    return np.clip(r - outside + 0.5, 0, 1)


def _contact(backdrop: np.ndarray, mask: np.ndarray, depth: float) -> np.ndarray:
    """The home backdrop with the product's real contact line and soft shadow (room light from the upper left)."""
    outside = 1 - mask
    backdrop = _shade(backdrop, _soft(mask, 1.5, 0, 1) * outside, 0.35)
    return _shade(backdrop, _soft(mask, 16.0, 10, 14) * outside, depth)


# ---- a desktop stapler -----------------------------------------------------------------------------------


def stapler_packshot() -> Image.Image:
    """A black desktop stapler from the side, a chrome strip, cap and anvil, a gap under the arm, 20:9."""
    frame = Frame(1400, 630)
    px, py = _px(frame)
    # the home backdrop: a light grey laminate desk against a darker wall far behind
    desk = _rgb(frame, 196, 198, 200) * (0.9 + 0.1 * frame.y + 0.02 * _fine("stapler/laminate", frame, 2.0))[..., None]
    backdrop = _over(_rgb(frame, 150, 150, 146), desk, np.clip((py - 180.0) / 40.0, 0, 1))
    # the base: black, rounded, the anvil plate at the front, rubber foot line
    base = _box(px, py, 170.0, 468.0, 1270.0, 545.0, 22.0)
    base_lit = 0.55 + 0.45 * np.clip((520.0 - py) / 50.0, 0, 1)
    base_colour = _grey(32.0 * base_lit + 4.0 * _fine("stapler/base", frame, 1.0))
    anvil = _box(px, py, 185.0, 458.0, 430.0, 476.0, 5.0)
    chrome = _grey(150.0 + 90.0 * np.exp(-(((py - 462.0) / 3.0) ** 2)) + 20.0 * np.sin(px / 11.0))
    # the hinge block at the back
    hinge = _box(px, py, 1120.0, 300.0, 1275.0, 500.0, 30.0)
    hinge_colour = _grey(28.0 + 26.0 * np.clip((1200.0 - px) / 80.0, -1, 1) ** 2)
    # the top arm: thick at the hinge, tapering to the nose, a little curved
    top_edge = 298.0 + 0.02 * (px - 1200.0) + 0.00003 * (px - 700.0) ** 2
    bottom_edge = 418.0 - 0.018 * (1200.0 - px)
    arm = np.clip(np.minimum(py - top_edge, bottom_edge - py) + 0.5, 0, 1) * np.clip(
        np.minimum(px - 160.0, 1240.0 - px) + 0.5, 0, 1
    )
    depth = np.clip((py - top_edge) / np.maximum(bottom_edge - top_edge, 1.0), 0, 1)
    arm_colour = _grey(22.0 + 38.0 * np.exp(-(((depth - 0.08) / 0.07) ** 2)) + 14.0 * (1 - depth))
    strip = np.clip(np.minimum(py - top_edge - 28.0, top_edge + 52.0 - py) + 0.5, 0, 1)
    strip = strip * np.clip(np.minimum(px - 260.0, 1080.0 - px) + 0.5, 0, 1)
    brushed = 1 + 0.06 * _fine("stapler/brushed", frame, (0.5, 18.0))
    strip_colour = _grey((170.0 + 60.0 * np.exp(-(((py - top_edge - 34.0) / 4.0) ** 2))) * brushed)
    cap = _box(px, py, 160.0, 290.0, 262.0, 430.0, 26.0) * np.clip(py - top_edge + 20.0, 0, 1)
    cap_colour = _grey(140.0 + 100.0 * np.clip((230.0 - px) / 60.0, 0, 1) ** 2 - 40.0 * np.clip((py - 330) / 100, 0, 1))
    colour = _over(backdrop, base_colour, base)
    colour = _over(colour, chrome, anvil)
    colour = _over(colour, hinge_colour, hinge)
    colour = _over(colour, arm_colour, arm)
    colour = _over(colour, strip_colour, strip)
    colour = _over(colour, cap_colour, cap)
    mask = np.clip(np.maximum.reduce([base, anvil, hinge, arm, cap]), 0, 1)
    picture = _over(_contact(backdrop, mask, 0.3), colour, mask)
    return _cutout(picture, "stapler", mask)


# ---- a baseball cap --------------------------------------------------------------------------------------


def baseball_cap_packshot() -> Image.Image:
    """A navy six-panel baseball cap in three-quarter view, a curved peak, a white logo, 14:11."""
    frame = Frame(1260, 990)
    px, py = _px(frame)
    # the home backdrop: a beige bedsheet with soft folds
    folds = np.sin(px / 140.0 + 0.8 * frame.noise("cap/folds", 3, octaves=2) * 6.0)
    backdrop = _rgb(frame, 222, 206, 180) * (0.92 + 0.05 * folds + 0.015 * _fine("cap/weave", frame, 0.7))[..., None]
    cx, cy, rx, ry = 560.0, 640.0, 400.0, 420.0
    u, v = (px - cx) / rx, (py - cy) / ry
    dome = np.clip((1.0 - np.hypot(u, v)) * rx + 0.5, 0, 1) * np.clip(700.0 - py + 0.5, 0, 1)
    # the back opening above the strap: the backdrop seen through it
    opening = np.clip((1.0 - np.hypot((px - 230.0) / 70.0, (py - 690.0) / 46.0)) * 50.0 + 0.5, 0, 1)
    strap = np.clip(np.minimum(10.0 - np.abs(py - 728.0 + 0.1 * (px - 230.0)), 80.0 - np.abs(px - 230.0)) + 0.5, 0, 1)
    crown = np.clip(dome - opening, 0, 1)
    nz = np.sqrt(np.clip(1 - u**2 - v**2, 0, 1))
    lit = 0.5 + 0.5 * np.clip(-0.5 * u - 0.55 * v + 0.65 * nz, 0, 1)
    twill = 1 + 0.05 * _fine("cap/twill", frame, (0.6, 1.6))
    navy = np.array([34, 46, 86], dtype=np.float32)
    cloth = navy * (lit * twill)[..., None]
    # the panel seams, converging on the top button
    top = (520.0, 232.0)
    seams = np.zeros_like(px)
    for end in ((170.0, 660.0), (380.0, 700.0), (700.0, 700.0), (900.0, 600.0)):
        seam = _segment(px, py, top, end)
        seams = np.maximum(seams, np.clip(2.0 - seam + 0.5, 0, 1))
    cloth = cloth * (1 - 0.45 * seams)[..., None]
    button = np.clip(18.0 - np.hypot(px - top[0], py - top[1]) + 0.5, 0, 1)
    cloth = _over(cloth, navy * 1.3 * (0.7 + 0.3 * np.clip((top[1] - py) / 18.0 + 0.5, 0, 1))[..., None], button)
    # the embroidered logo on the front panel: a white arc and a bar
    logo_r = np.hypot(px - 690.0, py - 470.0)
    logo = np.clip(9.0 - np.abs(logo_r - 52.0) + 0.5, 0, 1) * (py < 500.0)
    logo = np.maximum(logo, np.clip(np.minimum(9.0 - np.abs(py - 520.0), 64.0 - np.abs(px - 690.0)) + 0.5, 0, 1))
    stitches = 0.85 + 0.15 * (np.sin((px - py) / 1.6) > 0)
    cloth = _over(cloth, _grey(236.0 * stitches), logo)

    # the peak: curving out to the front right
    def peak(d: ImageDraw.ImageDraw, k: int) -> None:
        outline = _bezier((560.0, 650.0), (1000.0, 560.0), (1210.0, 740.0), 50)
        outline += _bezier((1210.0, 740.0), (1000.0, 860.0), (620.0, 760.0), 50)
        d.polygon(_scaled(outline, k), fill=255)

    brim = _drawn(frame.width, frame.height, peak)
    along = np.clip((px - 560.0) / 650.0, 0, 1)
    brim_lit = 0.75 + 0.3 * (1 - along) - 0.25 * np.clip((py - 700.0) / 120.0, 0, 1)
    rows = np.sin(np.hypot(px - 560.0, py - 1400.0) / 3.2)
    brim_colour = navy * (brim_lit * (1 - 0.12 * (rows > 0.7)))[..., None]
    colour = _over(backdrop, cloth, crown)
    colour = _over(colour, _grey(np.full_like(px, 0.0)) + navy * 0.8, strap)
    colour = _over(colour, brim_colour, brim)
    mask = np.clip(np.maximum.reduce([crown, strap, brim]), 0, 1)
    picture = _over(_contact(backdrop, mask, 0.28), colour, mask)
    return _cutout(picture, "baseball_cap", mask)


# ---- a cabin suitcase ------------------------------------------------------------------------------------


def suitcase_packshot() -> Image.Image:
    """A teal hard-shell cabin suitcase from the front, an extended telescopic handle, four wheels, 11:15."""
    frame = Frame(880, 1200)
    px, py = _px(frame)
    # the home backdrop: a pale painted wall, a white skirting board, an oak floor
    wall = _rgb(frame, 214, 218, 222) * (0.95 + 0.05 * frame.x + 0.01 * _fine("suitcase/paint", frame, 1.5))[..., None]
    skirting = _rgb(frame, 236, 236, 232)
    floor = _rgb(frame, 176, 132, 90) * (1 + 0.07 * _fine("suitcase/oak", frame, (0.8, 30.0)))[..., None]
    backdrop = _over(wall, skirting, np.clip(py - 1010.0 + 0.5, 0, 1))
    backdrop = _over(backdrop, floor, np.clip(py - 1070.0 + 0.5, 0, 1))
    body = _box(px, py, 170.0, 300.0, 710.0, 1090.0, 52.0)
    teal = np.array([28, 128, 132], dtype=np.float32)
    ribs = np.cos((px - 170.0) / 540.0 * 2 * np.pi * 6.0)
    side = np.clip((px - 440.0) / 270.0, -1, 1)
    shell = teal * (0.78 + 0.1 * ribs - 0.14 * side + 0.06 * (1 - frame.y))[..., None]
    shell = shell + (90.0 * np.exp(-(((px - 260.0) / 14.0) ** 2)) * (ribs > 0.2))[..., None]
    inner = _box(px, py, 188.0, 318.0, 692.0, 1072.0, 40.0)
    zip_band = np.clip(inner - _box(px, py, 192.0, 322.0, 688.0, 1068.0, 36.0), 0, 1)
    shell = _over(shell, _grey(np.full_like(px, 30.0)), zip_band)
    # the top carry handle and its mounts
    carry = np.clip(np.minimum(12.0 - np.abs(py - 284.0), 70.0 - np.abs(px - 440.0)) + 0.5, 0, 1)
    mounts = np.maximum(_box(px, py, 356.0, 278.0, 384.0, 304.0, 4.0), _box(px, py, 496.0, 278.0, 524.0, 304.0, 4.0))
    # the telescopic handle: two thin aluminium tubes and a grip bar
    tubes = np.maximum(_box(px, py, 300.0, 100.0, 318.0, 300.0, 3.0), _box(px, py, 562.0, 100.0, 580.0, 300.0, 3.0))
    grip = _box(px, py, 282.0, 70.0, 598.0, 112.0, 18.0)
    alu = _grey(150.0 + 70.0 * np.cos((px % 262.0 - 9.0) / 5.0) ** 2)
    grip_colour = _grey(40.0 + 30.0 * np.clip((92.0 - py) / 20.0, 0, 1))
    # four spinner wheels
    wheels = np.zeros_like(px)
    for wx, r in ((215.0, 30.0), (665.0, 30.0), (250.0, 24.0), (630.0, 24.0)):
        wheels = np.maximum(wheels, np.clip(r - np.hypot(px - wx, py - 1120.0 + (30.0 - r)) + 0.5, 0, 1))
        wheels = np.maximum(wheels, _box(px, py, wx - 22.0, 1080.0, wx + 22.0, 1110.0, 6.0))
    wheel_colour = _grey(24.0 + 20.0 * np.clip((1110.0 - py) / 30.0, 0, 1))
    colour = _over(backdrop, wheel_colour, wheels)
    colour = _over(colour, alu, tubes)
    colour = _over(colour, grip_colour, grip)
    colour = _over(colour, shell, body)
    colour = _over(colour, _grey(np.full_like(px, 36.0)), np.maximum(carry, mounts))
    mask = np.clip(np.maximum.reduce([body, carry, mounts, tubes, grip, wheels]), 0, 1)
    picture = _over(_contact(backdrop, mask, 0.3), colour, mask)
    return _cutout(picture, "suitcase", mask)


# ---- a pair of flip-flops --------------------------------------------------------------------------------


def _flip_flop(frame: Frame, backdrop: np.ndarray, cx: float, cy: float, s: float, angle: float, mirror: bool):
    """(picture, mask) of one yellow flip-flop seen from above, ``s`` times 820 px long, over ``backdrop``."""
    px, py = _px(frame)
    qx, qy = _turned(px, py, cx, cy, angle)
    qx, qy = qx / s, qy / s
    if mirror:
        qx = -qx
    t = np.clip((qy + 410.0) / 820.0, 0, 1)
    half = np.interp(t, [0.0, 0.06, 0.22, 0.45, 0.62, 0.85, 0.96, 1.0], [0.0, 80.0, 128.0, 108.0, 86.0, 102.0, 80.0, 0.0])
    offset = 22.0 * np.sin(np.pi * t) - 14.0
    sole = np.clip((half - np.abs(qx - offset)) * s + 0.5, 0, 1) * np.clip((410.0 - np.abs(qy)) * s + 0.5, 0, 1)
    edge = np.clip((half - np.abs(qx - offset)) / 12.0, 0, 1)
    texture = 1 + 0.05 * np.sin(qx / 6.0) * np.sin(qy / 6.0)
    foam = np.array([246, 206, 52], dtype=np.float32) * ((0.78 + 0.22 * edge) * texture)[..., None]
    # the heel's and the toes' worn imprint, a little darker
    imprint = np.exp(-(((qx - offset) / 60.0) ** 2 + ((qy - 290.0) / 80.0) ** 2))
    foam = foam * (1 - 0.1 * imprint)[..., None]
    post = (6.0, -270.0)
    straps = np.zeros_like(px)
    for end in ((-112.0, 10.0), (100.0, 30.0)):
        straps = np.maximum(straps, np.clip((11.0 - _segment(qx, qy, post, end)) * s + 0.5, 0, 1))
    knob = np.clip((15.0 - np.hypot(qx - post[0], qy - post[1])) * s + 0.5, 0, 1)
    strap_colour = _rgb(frame, 30, 44, 104) * (0.8 + 0.2 * np.sin(qy / 3.0) ** 2)[..., None]
    mask = np.clip(np.maximum.reduce([sole, straps, knob]), 0, 1)
    under = _over(backdrop, foam, sole)
    return _over(under, strap_colour, np.maximum(straps, knob)), mask


def _pair(frame: Frame, backdrop: np.ndarray, cx: float, cy: float, s: float) -> tuple[np.ndarray, np.ndarray]:
    left, left_mask = _flip_flop(frame, backdrop, cx - 155.0 * s, cy + 10.0 * s, s, 5.0, False)
    picture, right_mask = _flip_flop(frame, left, cx + 155.0 * s, cy - 10.0 * s, s, -4.0, True)
    return picture, np.maximum(left_mask, right_mask)


def flip_flops_packshot() -> Image.Image:
    """A pair of yellow flip-flops seen from above, thin navy straps, 13:16."""
    frame = Frame(910, 1120)
    px, py = _px(frame)
    # the home backdrop: an oak floor of long planks
    plank = np.floor(px / 150.0)
    grain = 1 + 0.08 * _fine("flip_flops/oak", frame, (30.0, 0.8)) + 0.05 * np.sin(plank * 2.3)
    seams = np.exp(-(((px % 150.0) / 1.5) ** 2))
    backdrop = _rgb(frame, 182, 138, 96) * (grain * (1 - 0.4 * seams))[..., None]
    _, mask = _pair(frame, backdrop, 455.0, 560.0, 1.0)
    picture, mask = _pair(frame, _contact(backdrop, mask, 0.26), 455.0, 560.0, 1.0)
    return _cutout(picture, "flip_flops", mask)


def pool_deck_scene() -> Image.Image:
    """The flip-flops on a sandstone pool deck beside the pool's blue water, hard sun from the upper right."""
    frame = Frame(1440, 880)
    px, py = _px(frame)
    # the water: blue with bright caustic ripples
    caustics = np.abs(_fine("pool/ripples", frame, (5.0, 9.0)))
    water = _rgb(frame, 40, 140, 190) * (0.85 + 0.2 * frame.y)[..., None]
    water = water + (120.0 * np.clip(1.0 - caustics * 4.0, 0, 1))[..., None]
    # the coping: white stone along the pool's edge, then the sandstone tiles in perspective
    edge = 250.0 + 0.02 * (px - 720.0)
    coping = _rgb(frame, 236, 232, 222) * (1 + 0.03 * _fine("pool/coping", frame, 1.2))[..., None]
    scene = _over(water, coping, np.clip(py - edge + 0.5, 0, 1))
    deck_top = edge + 48.0
    depth = np.clip((py - deck_top) / 600.0, 0, 1)
    pitch = 90.0 + 130.0 * depth
    rows = (py - deck_top) / pitch
    cols = (px - 720.0) / (pitch * 1.3)
    grout = np.maximum(np.exp(-(((rows % 1.0) * pitch / 2.0) ** 2)), np.exp(-(((cols % 1.0) * pitch * 1.3 / 2.0) ** 2)))
    stone = 1 + 0.06 * _fine("pool/sandstone", frame, 2.0) + 0.04 * np.sin(np.floor(rows) * 3.1 + np.floor(cols) * 1.7)
    tiles = _rgb(frame, 214, 184, 142) * (stone * (1 - 0.35 * grout))[..., None]
    scene = _over(scene, tiles, np.clip(py - deck_top + 0.5, 0, 1))
    scene = scene * (1.0 + 0.08 * frame.x)[..., None]
    # the pair, a hard shadow to the lower left
    _, mask = _pair(frame, scene, 760.0, 600.0, 0.42)
    shadow = _soft(mask, 2.0, -14, 10) * (1 - mask)
    scene = scene * (1 - 0.45 * shadow)[..., None]
    picture, _ = _pair(frame, scene, 760.0, 600.0, 0.42)
    return _whole(picture, "pool_deck")
