"""``heldout33``'s pictures: four products a fishing-tackle shop, party shop, baby shop and florist list, and
one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: an 11:6 landscape of 1430 x 780 (fishing lure), a 13:20 portrait of 910 x 1400
  (foil balloon), a 16:15 landscape of 1120 x 1050 (baby rattle), a 12:17 portrait of 840 x 1190 (tulips); the
  scene is a 17:10 landscape of 1360 x 800;
- the canvases they are padded onto (``PADDING``): a 1:0.75 landscape about two and a half times as wide as a
  small picture of the lure (and the scene), a 1:1.08 portrait about twice as wide as the balloon's tall
  picture with a moderate margin above and below it, a 1:0.66 landscape about three and a half times as wide
  as a small picture of the rattle, and a tall 1:1.62 portrait about twice as wide as the tulips' tall picture
  with broad white all round it; every padded picture covers at least 5 % of its canvas;
- a crankbait fishing lure lying on its side: a fish-shaped body shading from a chartreuse back to a pearl belly
  with a fine scale pattern, a large eye, a clear plastic diving lip (the backdrop seen through it), a split ring
  and two black-nickel treble hooks of thin wire hanging from it (thin dark lines mostly surrounded by
  backdrop); a red heart-shaped foil balloon: a mirror-like crinkled foil with clipped highlights and dark
  reflections, a crimped rim seam, a thin, tightly curled gold ribbon (4.5 px wide) running down to a small
  foil-wrapped weight;
  a beech-wood baby rattle: a wooden ring with a fine grain enclosing the backdrop, six pastel silicone beads
  and two wooden beads threaded round its lower half; three tulips (red, pink and yellow) on curving green
  stems with long leaves, tied with a twine bow;
- every picture is finished the way a phone's portrait mode finishes a picture: the sensor's shot and read
  noise, then the phone's depth estimate, made at a twelfth of the resolution and enlarged (bilinear), grown a
  little past the subject, so that thin parts of the product (hooks, ribbon, stems' tips) fall outside it and
  small enclosed gaps fall inside; everything outside it replaced by a synthetic lens blur (a disc of radius
  1.1 % of the long side, in linear light, highlights lifted into bokeh discs, the product's own colours
  smeared into the backdrop beside it), which leaves a halo of sharp, unblurred backdrop round the subject and
  the blurred background noiseless beside a grainy subject; then a mild tone curve, an unsharp mask of radius
  1.4 px, 90 % and threshold 2, and a JPEG at quality 87 with 4:2:0 chroma; the clipped white sweep kept white;
- one full-frame scene: the lure on a weathered jetty plank before a lake with sun glints on the water and a
  wooded far shore under a pale sky, drawn sharp and blurred by the portrait mode alone, more with distance (the
  jetty beyond the lure half, the lake and the shore fully), lit by low sun from the right.

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
from bench.photo_sets.heldout8 import _shade, _soft, _white

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "fishing_lure": (540, 2.5, 0.75),
    "foil_balloon": (880, 1.25, 1.08),
    "baby_rattle": (380, 3.6, 0.66),
    "tulips": (1150, 1.02, 1.62),
}

_MASKS: dict[str, np.ndarray] = {}
_DEPTH_REDUCTION = 12  # the depth estimate's resolution, a fraction of the picture's
_BOKEH = 0.011  # the synthetic blur's disc radius, relative to the long side


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout33/" + name).encode()))


def _disc_blur(values: np.ndarray, radius: float) -> np.ndarray:
    """A 2-D array convolved with a flat antialiased disc of ``radius`` px (a lens's out-of-focus blur)."""
    from scipy import signal

    r = int(np.ceil(radius)) + 1
    ys, xs = np.mgrid[-r : r + 1, -r : r + 1].astype(np.float32)
    kernel = np.clip(radius + 0.5 - np.hypot(xs, ys), 0.0, 1.0)
    kernel = kernel / kernel.sum()
    padded = np.pad(values, r, mode="reflect")
    return signal.fftconvolve(padded, kernel, mode="same")[r:-r, r:-r].astype(np.float32)


def _portrait(
    pixels: np.ndarray,
    name: str,
    subject: np.ndarray,
    far: np.ndarray | None = None,
    mask: np.ndarray | None = None,
) -> Image.Image:
    """The picture as a phone's portrait mode finishes it: sensor noise; a coarse depth matte of ``subject``
    grown past it; outside it a synthetic disc blur (``far``: 0 sharp .. 1 fully blurred; everything by
    default), bokeh-lifted highlights, a halo of sharp backdrop; a mild tone curve, an unsharp mask, JPEG 87."""
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    light = (pixels / 255.0) ** 2.2 * 1.12
    # the sensor: shot and read noise
    spread = np.sqrt(0.00012 * np.clip(light, 0, None) + 0.0018**2)
    light = light + spread * _rng(name + "/sensor").normal(0.0, 1.0, light.shape).astype(np.float32)
    # the depth estimate: a twelfth of the resolution, enlarged bilinear, thresholded low (grown past the subject)
    small = (max(1, w // _DEPTH_REDUCTION), max(1, h // _DEPTH_REDUCTION))
    coarse = Image.fromarray(np.clip(subject, 0, 1).astype(np.float32), "F").resize(small, Image.Resampling.BOX)
    coarse = np.asarray(coarse.resize((w, h), Image.Resampling.BILINEAR), dtype=np.float32)
    matte = np.clip((coarse - 0.15) / 0.25, 0.0, 1.0)
    # the synthetic lens blur: bright parts lifted so that they spread into bokeh discs
    luma = light @ np.array([0.3, 0.59, 0.11], dtype=np.float32)
    lifted = light * (1.0 + 2.5 * np.clip((luma - 0.95) / 0.3, 0.0, 1.0))[..., None]
    radius = _BOKEH * max(h, w)
    full = np.stack([_disc_blur(lifted[..., c], radius) for c in range(3)], axis=2)
    if far is None:
        background = full
    else:
        half = np.stack([_disc_blur(lifted[..., c], radius * 0.45) for c in range(3)], axis=2)
        near_share = np.clip(1.0 - 2.0 * far, 0.0, 1.0)[..., None]
        mid_share = (1.0 - np.abs(2.0 * far - 1.0))[..., None]
        far_share = np.clip(2.0 * far - 1.0, 0.0, 1.0)[..., None]
        background = light * near_share + half * mid_share + full * far_share
    light = light * matte[..., None] + background * (1.0 - matte[..., None])
    # the phone's processing: a mild tone curve, an unsharp mask, JPEG 87 4:2:0
    toned = np.clip(light, 0.0, 1.0) ** (1 / 2.2)
    toned = np.clip(toned - 0.025 * np.sin(2 * np.pi * toned), 0.0, 1.0) * 255.0
    image = Image.fromarray(np.clip(toned + 0.5, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.UnsharpMask(radius=1.4, percent=90, threshold=2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=87, subsampling=2)
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _sweep(frame: Frame, mask: np.ndarray, depth: float) -> np.ndarray:
    """A white sweep lit from the upper left with a contact line and a soft shadow down-right of ``mask``."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.3)
    return _shade(backdrop, _soft(mask, 14.0, 9, 12) * outside, depth)


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep, finished by the portrait mode with the product as its subject."""
    return _portrait(_over(_sweep(frame, mask, depth), colour, mask), name, mask, mask=mask)


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


# ---- a crankbait fishing lure ----------------------------------------------------------------------------


def _treble(d: ImageDraw.ImageDraw, k: int, x: float, y: float, size: float) -> None:
    """A treble hook hanging from (x, y), seen from the side: an eye, a shank and three curved points."""
    wire = max(1, round(3.2 * k))
    d.ellipse([(x - 7) * k, (y - 7) * k, (x + 7) * k, (y + 7) * k], outline=255, width=wire)
    bottom = y + 7 + size
    d.line([(x * k, (y + 7) * k), (x * k, bottom * k)], fill=255, width=wire)
    for side in (-1.0, 1.0):
        # a bend at the bottom, then up to a barbed point
        bend = _bezier(
            (x, bottom), (x + side * size * 0.55, bottom + size * 0.35), (x + side * size * 0.5, bottom - size * 0.45)
        )
        d.line(_scaled(bend, k), fill=255, width=wire, joint="curve")
        tip = bend[-1]
        barb = [(tip[0], tip[1]), (tip[0] - side * 6, tip[1] + 12), (tip[0] - side * 1.5, tip[1] + 9)]
        d.polygon(_scaled(barb, k), fill=255)
    # the third point, towards the camera: a short curve seen nearly end-on
    front = _bezier((x, bottom), (x - size * 0.1, bottom + size * 0.3), (x + size * 0.12, bottom - size * 0.2), 30)
    d.line(_scaled(front, k), fill=255, width=wire, joint="curve")


def _lure(frame: Frame, backdrop: np.ndarray, cx: float, cy: float, s: float, angle: float, name: str):
    """(picture, mask) of a crankbait ``s`` times 1100 px long laid over ``backdrop`` (seen through its lip)."""
    px, py = _px(frame)
    qx, qy = _turned(px, py, cx, cy, angle)
    qx, qy = qx / s, qy / s
    # the body: a fish shape, deepest a third of the way back, a blunt head on the left and a tapering tail
    t = np.clip((qx + 420.0) / 840.0, 0.0, 1.0)
    half = 346.0 * t**0.55 * (1.0 - t) ** 0.9
    body = np.clip((half - np.abs(qy + 0.08 * qx)) * s + 0.5, 0, 1) * np.clip((420.0 - np.abs(qx)) * s, 0, 1)
    rel = np.clip((qy + 0.08 * qx) / np.maximum(half, 1.0), -1, 1)
    back = np.array([160, 200, 30], dtype=np.float32)
    belly = np.array([236, 232, 222], dtype=np.float32)
    share = np.clip((rel + 0.1) / 0.7, 0, 1)[..., None]
    paint = back * (1 - share) + belly * share
    scales = np.sin((qx + qy) / 7.0 * s) * np.sin((qx - qy) / 7.0 * s)
    paint = paint * (1.0 - 0.1 * (scales > 0.55)[..., None] * (1 - share))
    bars = np.clip(np.sin(qx / 46.0) - 0.6, 0, 1) * np.clip(-rel, 0, 1) * 1.6
    paint = _over(paint, _rgb(frame, 40, 80, 30), np.clip(bars, 0, 0.8))
    shade = 0.55 + 0.45 * np.sqrt(np.clip(1 - rel**2, 0, 1)) + 0.1 * np.clip(-rel, 0, 1)
    paint = paint * shade[..., None] * (1 + 0.02 * _fine(name + "/paint", frame, 1.0))[..., None]
    gloss = np.exp(-(((rel + 0.5) / 0.1) ** 2)) * np.clip((qx + 300.0) / 200.0, 0, 1)
    gloss = gloss * np.clip((250.0 - qx) / 100.0, 0, 1)
    paint = paint + (230.0 * gloss)[..., None]
    gills = np.clip(1.5 - np.abs(qx + 250.0 + 25.0 * rel**2) * s, 0, 1) * np.clip(0.8 - np.abs(rel), 0, 1)
    paint = _over(paint, _rgb(frame, 200, 40, 40), gills * 0.9)
    # the eye: a yellow iris, a black pupil, a catchlight
    er = np.hypot(qx + 320.0, qy + 20.0)
    paint = _over(paint, _rgb(frame, 236, 196, 40), np.clip((28.0 - er) * s + 0.5, 0, 1))
    paint = _over(paint, _grey(np.full_like(px, 15.0)), np.clip((14.0 - er) * s + 0.5, 0, 1))
    catchlight = np.clip((4.0 - np.hypot(qx + 326.0, qy + 26.0)) * s + 0.5, 0, 1)
    paint = _over(paint, _grey(np.full_like(px, 255.0)), catchlight)
    picture = _over(backdrop, paint, body)
    # the clear diving lip in front of the head, pointing down and forwards: the backdrop seen through it
    lx, ly = _turned(qx, qy, -400.0, 40.0, 35.0)
    lip = np.clip(np.minimum(np.minimum(60.0 - np.abs(lx + 0.15 * ly), ly + 10.0), 170.0 - ly) * s + 0.5, 0, 1)
    lip = lip * (1 - body)
    through = backdrop * np.array([0.88, 0.9, 0.9], dtype=np.float32)
    rim = np.clip(1.0 - np.minimum(np.minimum(60.0 - np.abs(lx + 0.15 * ly), ly + 10.0), 170.0 - ly) / 5.0, 0, 1)
    through = through * (1 - 0.5 * rim)[..., None] + (30.0 * np.exp(-(((lx - 20.0) / 8.0) ** 2)))[..., None]
    picture = _over(picture, through, lip)
    mask = np.maximum(body, lip)
    # the split ring on the lip, two hook hangers under the belly and the treble hooks, black nickel
    frame_w, frame_h = frame.width, frame.height

    def hooks(d: ImageDraw.ImageDraw, k: int) -> None:
        def at(x: float, y: float) -> tuple[float, float]:
            a = np.deg2rad(angle)
            return cx + s * (x * np.cos(a) - y * np.sin(a)), cy + s * (x * np.sin(a) + y * np.cos(a))

        ring = at(-470.0, 150.0)
        d.ellipse([(ring[0] - 13 * s) * k, (ring[1] - 13 * s) * k, (ring[0] + 13 * s) * k, (ring[1] + 13 * s) * k],
                  outline=255, width=max(1, round(3 * k * s)))
        for hx in (-130.0, 190.0):
            tx = (hx + 420.0) / 840.0
            top = at(hx, 346.0 * tx**0.55 * (1.0 - tx) ** 0.9 - 0.08 * hx - 4.0)
            _treble(d, k, top[0], top[1] + 6 * s, 95.0 * s)

    metal = _drawn(frame_w, frame_h, hooks) * (1 - body)
    steel = _grey(40.0 + 90.0 * np.clip(np.sin(px / 4.0 + py / 5.0), 0, 1) ** 8 + 10.0 * frame.x)
    picture = _over(picture, steel, metal)
    mask = np.clip(np.maximum(mask, metal), 0, 1)
    return picture, mask


def fishing_lure_packshot() -> Image.Image:
    """A crankbait fishing lure on its side, a clear diving lip and two treble hooks, 11:6 on white."""
    frame = Frame(1430, 780)
    _, mask = _lure(frame, _white(frame), 740.0, 300.0, 1.0, -4.0, "fishing_lure")
    picture, mask = _lure(frame, _sweep(frame, mask, 0.22), 740.0, 300.0, 1.0, -4.0, "fishing_lure")
    return _portrait(picture, "fishing_lure", mask, mask=mask)


def jetty_scene() -> Image.Image:
    """The lure on a weathered jetty plank before a lake, sun glints, a wooded far shore, low sun from the right."""
    frame = Frame(1360, 800)
    px, py = _px(frame)
    # a pale sky, a wooded far shore, the lake with sun glints
    sky = _rgb(frame, 214, 226, 236) * (0.94 + 0.08 * frame.x)[..., None]
    shore_line = 250.0 + 30.0 * frame.noise("jetty/shore", 6, octaves=2)
    canopy = frame.noise("jetty/canopy", 40, octaves=3)
    trees = _rgb(frame, 44, 74, 42) * (0.6 + 0.7 * canopy)[..., None]
    scene = _over(sky, trees, np.clip((py - shore_line + 60.0 * canopy) / 2.0, 0, 1))
    water_top = 300.0
    ripples = _fine("jetty/ripples", frame, (1.2, 9.0))
    water = _rgb(frame, 70, 104, 124) * (0.85 + 0.1 * ripples + 0.15 * (py - water_top) / 500.0)[..., None]
    glints = np.clip(ripples - 2.2, 0, 1) * np.clip(px / frame.width - 0.35, 0, 1) * 3.0
    water = water + (400.0 * np.clip(glints, 0, 1))[..., None]
    scene = _over(scene, water, np.clip(py - water_top + 0.5, 0, 1))
    # the jetty: grey weathered planks across, coming towards the camera from y 430
    jetty_top = 430.0 + 0.03 * (px - 680.0)
    on_jetty = np.clip(py - jetty_top + 0.5, 0, 1)
    plank_pitch = 30.0 + (py - jetty_top) * 0.35
    along = (py - jetty_top) / np.maximum(plank_pitch, 1.0)
    gaps = np.exp(-(((along % 1.0) - 0.0) / 0.05) ** 2)
    grain = 1 + 0.08 * _fine("jetty/grain", frame, (0.7, 22.0))
    wood = _rgb(frame, 150, 140, 126) * (grain * (1 - 0.6 * gaps) * (0.82 + 0.2 * frame.x))[..., None]
    scene = _over(scene, wood, on_jetty)
    # the lure on the plank, its shadow to the lower left (sun from the right)
    cx, cy, s, angle = 640.0, 560.0, 0.55, 8.0
    _, mask = _lure(frame, scene, cx, cy, s, angle, "jetty")
    shadow = _soft(mask, 6.0, -8, 6) * (1 - mask)
    scene = scene * (1 - 0.4 * shadow)[..., None]
    picture, mask = _lure(frame, scene, cx, cy, s, angle, "jetty")
    # distance: the plank under the lure sharp, the jetty beyond it half blurred, the lake and shore fully
    far = np.where(py > jetty_top, np.clip((600.0 - py) / 340.0, 0, 0.5), 1.0).astype(np.float32)
    far = np.maximum(far, np.clip((jetty_top - py + 0.5), 0, 1))
    return _portrait(picture, "jetty", mask, far=far)


# ---- a heart-shaped foil balloon -------------------------------------------------------------------------


def foil_balloon_packshot() -> Image.Image:
    """A red heart foil balloon on a thin curled gold ribbon with a small weight, 13:20 on white."""
    frame = Frame(910, 1400)
    px, py = _px(frame)
    cx, cy, size = 455.0, 430.0, 330.0
    u, v = (px - cx) / size, -(py - cy) / size
    # the heart: (u^2 + v^2 - 1)^3 - u^2 v^3 <= 0, a soft edge over about a pixel
    field = (u**2 + v**2 - 1.0) ** 3 - u**2 * v**3
    grad = np.hypot(np.gradient(field, axis=1), np.gradient(field, axis=0)) + 1e-6
    heart = np.clip(-field / grad + 0.5, 0, 1)
    inside = np.clip(-field, 0, None) ** 0.33
    # the foil: mirror-like, dark reflections and clipped highlights, crinkled toward the seam
    crinkle = _fine("foil_balloon/crinkle", frame, 3.0) * np.clip(1.0 - inside * 1.6, 0, 1)
    swirl = np.sin(u * 5.0 + v * 2.0 + 0.8 * crinkle) * np.cos(v * 3.5 - u * 1.5)
    tone = 0.42 + 0.35 * swirl + 0.2 * inside
    red = np.array([214, 22, 40], dtype=np.float32)
    foil = red * np.clip(tone, 0.08, 1.2)[..., None]
    highlight = np.exp(-(((u + 0.45) / 0.16) ** 2 + ((v - 0.35) / 0.28) ** 2)) + 0.6 * np.clip(crinkle - 1.2, 0, 1)
    foil = foil + (300.0 * np.clip(highlight, 0, 1.2))[..., None] * np.array([1.0, 0.85, 0.85], dtype=np.float32)
    seam = np.clip(1.0 - inside / 0.12, 0, 1)
    foil = foil * (1 - 0.3 * seam * (np.sin((np.arctan2(v, u)) * 90.0) > 0))[..., None]
    colour = _over(_white(frame), foil, heart)
    # the sealing tab at the bottom tip
    tip_y = cy + size * 1.0
    tab = np.clip(np.minimum(10.0 - np.abs(px - cx), np.minimum(py - tip_y + 16.0, tip_y + 34.0 - py)) + 0.5, 0, 1)
    colour = _over(colour, _rgb(frame, 170, 20, 32), tab)
    # the curled ribbon down to the weight, 2 px thick, and the weight
    weight_y = 1230.0

    def ribbon(d: ImageDraw.ImageDraw, k: int) -> None:
        points = []
        for t in np.linspace(0.0, 1.0, 1400):
            y = tip_y + 34.0 + t * (weight_y - tip_y - 60.0)
            x = cx + 24.0 * np.sin(t * 70.0) * (0.5 + 0.5 * t) + 40.0 * np.sin(t * 3.0)
            points.append((x, y))
        d.line(_scaled(points, k), fill=255, width=round(4.5 * k), joint="curve")

    cord = _drawn(frame.width, frame.height, ribbon)
    gold = _rgb(frame, 190, 140, 40) * (0.75 + 0.35 * np.clip(np.sin(py / 6.0), -1, 1) ** 2)[..., None]
    colour = _over(colour, gold, cord)
    wx = cx + 24.0 * np.sin(70.0) + 40.0 * np.sin(3.0)  # where the ribbon ends
    wu, wv = (px - wx) / 40.0, (py - weight_y) / 50.0
    weight = np.clip((1.0 - np.hypot(wu, wv * np.where(wv < 0, 1.6, 1.0))) * 40.0 + 0.5, 0, 1)
    crumple = 1 + 0.15 * _fine("foil_balloon/wrap", frame, 1.2)
    wrap = _rgb(frame, 222, 184, 70) * (0.6 + 0.5 * np.clip(1 - wu - wv, 0, 1.3) * crumple)[..., None]
    colour = _over(colour, wrap, weight)
    mask = np.clip(np.maximum.reduce([heart, tab, cord, weight]), 0, 1)
    return _on_sweep(frame, colour, mask, "foil_balloon", 0.2)


# ---- a beech-wood baby rattle ----------------------------------------------------------------------------


def baby_rattle_packshot() -> Image.Image:
    """A beech-wood ring rattle with six pastel silicone beads and two wooden beads, 16:15 on white."""
    frame = Frame(1120, 1050)
    px, py = _px(frame)
    cx, cy = 560.0, 500.0
    r = np.hypot(px - cx, py - cy)
    theta = np.arctan2(py - cy, px - cx)
    # the wooden ring: a torus seen from the front, a fine grain, lit from the upper left
    ring = np.clip(np.minimum(r - 250.0, 370.0 - r) + 0.5, 0, 1)
    tube = np.clip((r - 310.0) / 60.0, -1, 1)
    lit = 0.68 + 0.32 * np.sqrt(np.clip(1 - tube**2, 0, 1)) - 0.14 * tube * np.sin(theta + 0.8)
    grain = 1 + 0.06 * np.sin(r / 2.4 + 5.0 * _fine("baby_rattle/grain", frame, 14.0)) + 0.03 * _fine(
        "baby_rattle/fibre", frame, (0.6, 0.6)
    )
    wood = np.array([224, 192, 148], dtype=np.float32) * (lit * grain)[..., None]
    colour = _over(_white(frame), wood, ring)
    mask = ring.copy()
    # the beads round the lower half: silicone spheres in pastel colours and two wooden ones
    tints = [(170, 220, 200), (246, 190, 160), (200, 186, 230), (240, 226, 180), (180, 210, 236), (246, 200, 210)]
    beads = [(np.deg2rad(a), 62.0) for a in (25.0, 47.0, 69.0, 90.0, 111.0, 133.0, 155.0)]
    wooden = {0, 6}
    for i, (a, br) in enumerate(beads):
        bx, by = cx + 310.0 * np.cos(a), cy + 310.0 * np.sin(a)
        d = np.hypot(px - bx, py - by)
        bead = np.clip(br - d + 0.5, 0, 1)
        nz = np.sqrt(np.clip(1 - (d / br) ** 2, 0, 1))
        shade = 0.55 + 0.45 * np.clip(-0.45 * (px - bx) / br - 0.55 * (py - by) / br + 0.7 * nz, 0, 1)
        if i in wooden:
            tint = np.array([196, 150, 100], dtype=np.float32) * (1 + 0.05 * np.sin((px - bx) / 3.0))[..., None]
        else:
            tint = np.array(tints[i % len(tints)], dtype=np.float32)
        bead_colour = tint * shade[..., None]
        soft_sheen = np.exp(-(((px - bx + 0.35 * br) ** 2 + (py - by + 0.4 * br) ** 2) / (0.18 * br) ** 2))
        bead_colour = bead_colour + (90.0 * soft_sheen)[..., None]
        colour = _over(colour, bead_colour, bead)
        mask = np.maximum(mask, bead)
    return _on_sweep(frame, colour, np.clip(mask, 0, 1), "baby_rattle", 0.26)


# ---- three tulips ----------------------------------------------------------------------------------------


def tulips_packshot() -> Image.Image:
    """Three tulips, red, pink and yellow, on curving stems with long leaves, tied with twine, 12:17 on white."""
    frame = Frame(840, 1190)
    px, py = _px(frame)
    colour = _white(frame)
    mask = np.zeros_like(px)
    tie = (420.0, 820.0)
    heads = [((260.0, 260.0), (206, 24, 40)), ((430.0, 170.0), (236, 120, 160)), ((600.0, 290.0), (246, 206, 40))]
    green = np.array([66, 130, 60], dtype=np.float32)
    # the stems: from each head through the tie to the cut ends
    for n, ((hx, hy), _) in enumerate(heads):
        end = (tie[0] + (n - 1) * 26.0, 1130.0 + 8.0 * n)

        def stem(d: ImageDraw.ImageDraw, k: int, hx: float = hx, hy: float = hy, end: tuple = end) -> None:
            upper = _bezier((hx, hy + 90.0), ((hx + tie[0]) / 2 + 30.0, (hy + tie[1]) / 2), tie)
            lower = _bezier(tie, (tie[0] + (end[0] - tie[0]) * 0.5, (tie[1] + end[1]) / 2), end, 20)
            d.line(_scaled(upper + lower, k), fill=255, width=round(13 * k), joint="curve")

        stalk = _drawn(frame.width, frame.height, stem)
        stalk_colour = green * (0.75 + 0.25 * np.sin(px / 7.0 + n) ** 2)[..., None]
        colour = _over(colour, stalk_colour, stalk)
        mask = np.maximum(mask, stalk)
    # the leaves: long, lanceolate, curving out from low on the stems
    for n, (base, tip, bend) in enumerate(
        [((410.0, 760.0), (170.0, 420.0), (230.0, 640.0)), ((430.0, 770.0), (700.0, 470.0), (650.0, 680.0)),
         ((420.0, 800.0), (300.0, 560.0), (330.0, 720.0))]
    ):

        def leaf(d: ImageDraw.ImageDraw, k: int, base: tuple = base, tip: tuple = tip, bend: tuple = bend) -> None:
            spine = _bezier(base, bend, tip, 50)
            left, right = [], []
            for i, (x, y) in enumerate(spine):
                t = i / (len(spine) - 1)
                width = 34.0 * np.sin(np.pi * min(1.0, 0.15 + t)) * (1 - t) ** 0.4
                j = max(i - 1, 0)
                dx, dy = x - spine[j][0] + 1e-6 * (i == 0), y - spine[j][1] + 1e-6
                norm = float(np.hypot(dx, dy))
                left.append((x - dy / norm * width, y + dx / norm * width))
                right.append((x + dy / norm * width, y - dx / norm * width))
            d.polygon(_scaled(left + right[::-1], k), fill=255)

        blade = _drawn(frame.width, frame.height, leaf)
        blade_colour = _rgb(frame, 96, 150, 96) * (0.8 + 0.15 * np.sin((px + py) / 30.0 + n))[..., None]
        colour = _over(colour, blade_colour, blade * 0.97)
        mask = np.maximum(mask, blade)
    # the heads: a cup of overlapping petals, pointed tips, lit from the upper left
    for n, ((hx, hy), tint) in enumerate(heads):

        def cup(d: ImageDraw.ImageDraw, k: int, hx: float = hx, hy: float = hy) -> None:
            outline = [(hx - 70.0, hy - 60.0), (hx - 40.0, hy - 10.0), (hx - 10.0, hy - 95.0), (hx + 20.0, hy - 10.0),
                       (hx + 68.0, hy - 70.0), (hx + 78.0, hy + 10.0)]
            outline += _bezier((hx + 78.0, hy + 10.0), (hx + 60.0, hy + 110.0), (hx, hy + 110.0), 20)
            outline += _bezier((hx, hy + 110.0), (hx - 75.0, hy + 105.0), (hx - 70.0, hy - 60.0), 20)
            d.polygon(_scaled(outline, k), fill=255)

        petals = _drawn(frame.width, frame.height, cup)
        u, v = (px - hx) / 80.0, (py - hy) / 100.0
        lit = 0.6 + 0.4 * np.clip(1.0 - np.hypot(u + 0.3, v + 0.2), 0, 1)
        veins = 1 + 0.06 * _fine(f"tulips/petal{n}", frame, (6.0, 1.0))
        folds = 1 - 0.18 * np.exp(-(((px - hx + 12.0 - 0.2 * (py - hy)) / 5.0) ** 2)) * (py > hy - 20)
        petal_colour = np.array(tint, dtype=np.float32) * (lit * veins * folds)[..., None]
        colour = _over(colour, petal_colour, petals)
        mask = np.maximum(mask, petals)
    # the twine bow round the stems
    band = np.clip(np.minimum(9.0 - np.abs(py - tie[1] - 0.1 * (px - tie[0])), 40.0 - np.abs(px - tie[0])) + 0.5, 0, 1)

    def bow(d: ImageDraw.ImageDraw, k: int) -> None:
        for side in (-1.0, 1.0):
            loop = [(tie[0], tie[1]), (tie[0] + side * 60.0, tie[1] - 30.0), (tie[0] + side * 70.0, tie[1] + 10.0)]
            d.line(_scaled(loop + [tie], k), fill=255, width=round(4 * k), joint="curve")
            end = _bezier(tie, (tie[0] + side * 20.0, tie[1] + 50.0), (tie[0] + side * 45.0, tie[1] + 90.0), 20)
            d.line(_scaled(end, k), fill=255, width=round(3.5 * k), joint="curve")

    twine = np.maximum(band, _drawn(frame.width, frame.height, bow))
    twine_colour = _rgb(frame, 190, 160, 112) * (0.8 + 0.2 * np.sin(px / 2.5 + py / 3.0))[..., None]
    colour = _over(colour, twine_colour, twine)
    mask = np.clip(np.maximum(mask, twine), 0, 1)
    return _on_sweep(frame, colour, mask, "tulips", 0.24)
