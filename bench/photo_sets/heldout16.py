"""``heldout16``'s pictures: four products a record, haberdashery, pen and menswear shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: an 8:7 landscape of 1280 x 1120 (vinyl record), a 10:11 portrait of 1100 x 1210
  (crochet doily), an 11:4 landscape of 1760 x 640 (fountain pen), a 3:8 portrait of 600 x 1600 (necktie);
  the scene is a US-letter portrait of 1275 x 1650 (a page scanned at 150 dpi);
- the canvases they are padded onto (``PADDING``): a 10:7 landscape many times as wide as a very small picture
  of the record, a 10:11 portrait with a wide margin around the doily (and around the scene), a long banner
  barely longer than the pen's picture, a tall 1:1.85 portrait around the tie;
- a black vinyl LP (fine concentric grooves in five tracks, the scanner lamp's sheen across them, a red
  printed centre label, the spindle hole showing the backdrop, warped a little so one side lifts off the
  glass); an ecru cotton crochet doily (a rosette, fans of arches, a fine filet mesh and a scalloped border
  of thread about 2.5 px wide, most of it the backdrop seen through its holes: a pale, finely repetitive
  product); a glossy burgundy lacquered fountain pen with gold trim and a clip, lying on its side (soft
  reflections on a smooth barrel, its flanks curving up off the glass); a navy silk necktie with regimental
  stripes on a fine twill, folded in half, its narrow end showing beside the blade;
- every picture is finished the way a flatbed scanner finishes a scan: the product lies on the glass under
  the white lid, lit by the carriage's lamp; what stands off the glass falls out of the lamp's light and
  the shallow focus (darker and softer), and holds the lid up, which leaves a grey halo around a thick
  object; the red and blue CCD lines are misregistered along the scan by a fraction of a pixel (colour
  fringes on edges across the scan), each sensor element's gain differs a little (faint streaks along the
  scan), almost no noise, the driver's unsharp mask, saved as a JPEG at quality 94 with 4:2:0 chroma (the
  lid's white is the scanner's white point: it stays clipped white);
- one full-frame scene: the doily scanned with the lid open under a dark green wool felt, which fills the
  page around it and shows through its mesh.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop; the doily's threads, not its holes), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageFilter

from bench.photo_sets.heldout4 import SUPERSAMPLE, Frame, _font, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout10 import _rounded, _smooth
from bench.photo_sets.heldout11 import _shape

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "record": (190, 6.5, 0.7),
    "doily": (650, 1.62, 1.1),
    "pen": (900, 1.06, 0.35),
    "tie": (860, 1.24, 1.85),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout16/" + name).encode()))


def _along_scan(plane: np.ndarray, shift: float) -> np.ndarray:
    """A channel read ``shift`` px later along the scan (down the picture), linearly interpolated."""
    from scipy import ndimage

    return ndimage.shift(plane, (shift, 0.0), order=1, mode="nearest")


def _as_photo(
    pixels: np.ndarray, name: str, mask: np.ndarray | None = None, lift: np.ndarray | None = None
) -> Image.Image:
    """A flatbed scanner: what is lifted off the glass (``lift`` 0..1) darker and softer, red and blue
    misregistered along the scan, per-column gain streaks, faint noise, an unsharp mask, JPEG 94 4:2:0;
    the lid's clipped white stays white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    if lift is not None:
        up = np.clip(lift, 0.0, 1.0)[..., None]
        soft = np.stack([_blurred(pixels[..., c], 2.4) for c in range(3)], axis=2)
        pixels = (pixels * (1.0 - up) + soft * up) * (1.0 - 0.3 * up)
    # the red, green and blue lines of the CCD sit side by side: red and blue read a row a little off
    pixels[..., 0] = _along_scan(pixels[..., 0], 0.55)
    pixels[..., 2] = _along_scan(pixels[..., 2], -0.45)
    white = pixels.min(axis=2) >= 254.5
    rng = _rng(name + "/ccd")
    gain = 1.0 + rng.normal(0.0, 0.004, w).astype(np.float32)
    pixels = pixels * gain[None, :, None] + rng.normal(0.0, 0.8, (h, w)).astype(np.float32)[..., None]
    # calibrated on the lid: its white is the white point
    pixels[white] = 255.0
    scan = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    # the driver sharpens the scan before it saves it
    scan = scan.filter(ImageFilter.UnsharpMask(radius=1.2, percent=55, threshold=3))
    stored = io.BytesIO()
    scan.save(stored, "JPEG", quality=94, subsampling=2)
    return Image.open(io.BytesIO(stored.getvalue())).convert("RGB")


def _under_lid(
    frame: Frame,
    colour: np.ndarray,
    mask: np.ndarray,
    name: str,
    thickness: float,
    lift: np.ndarray | None = None,
) -> Image.Image:
    """The product under the white lid: a thin dark line where it meets the glass, and a grey halo where the
    lid is held up by its ``thickness`` (0..1), a little deeper on the side away from the lamp; scanned."""
    backdrop = _white(frame)
    outside = 1 - mask
    backdrop = _shade(backdrop, _soft(mask, 2.5, 0, 2) * outside, 0.25 + 0.2 * thickness)
    backdrop = _shade(
        backdrop, _soft(mask, 8 + 30 * thickness, 0, round(2 + 8 * thickness)) * outside, 0.2 * thickness
    )
    return _as_photo(_over(backdrop, colour, mask), name, mask, lift)


# ---- a black vinyl LP ----------------------------------------------------------------------------------------


def record_packshot() -> Image.Image:
    """A black vinyl LP with a red centre label, grooves in five tracks, scanned flat, 8:7 on white."""
    frame = Frame(1280, 1120)
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    cx, cy, outer = 0.5 * w, 0.5 * h, 0.44 * h
    r = np.hypot(px - cx, py - cy)
    theta = np.arctan2(py - cy, px - cx)
    s = r / outer
    hole = np.clip(0.024 * outer - r + 0.5, 0, 1)
    mask = np.clip(outer - r + 0.5, 0, 1) * (1 - hole)
    # five tracks between the lead-in and the run-out, each with its own loudness; smooth bands between them
    edges = np.array([0.965, 0.86, 0.76, 0.655, 0.53, 0.4])
    grooved = np.zeros_like(s)
    for outer_edge, inner_edge in zip(edges[:-1], edges[1:], strict=True):
        grooved += _smooth(inner_edge, inner_edge + 0.004, s) * _smooth(outer_edge, outer_edge - 0.004, s)
    loudness = 0.55 + 0.45 * np.interp(s, np.linspace(0, 1, 90), _rng("record/loudness").random(90))
    grooves = 0.5 + 0.5 * np.sin(r * 2 * np.pi / 2.6)
    # the lamp is a line across the scan: grooves that run along it (top and bottom) send its light back
    along = np.abs(np.sin(theta)) ** 6
    sheen = along * (0.35 + 0.65 * grooved * loudness) + 0.12 * grooved * loudness
    tone = 17.0 + 46.0 * sheen + 4.0 * grooved * (grooves - 0.5)
    # the lead-in rim is rounded: a brighter bevel at the very edge
    tone = tone + 26.0 * _smooth(0.975, 0.995, s) * _smooth(1.0, 0.996, s) * (0.5 + along)
    vinyl = tone[..., None] * np.array([1.0, 1.0, 1.05], dtype=np.float32)
    # the label: red paper with printed words, a thin printed ring
    label = np.clip(outer / 3 - r + 0.5, 0, 1)
    paper = 1.0 + 0.04 * (frame.noise("record/paper", 220) - 0.5)
    red = np.array([188, 30, 42], dtype=np.float32) * paper[..., None]
    ring = np.exp(-(((s - 0.318) / 0.0025) ** 2))
    words = (
        ("THE LANTERN HOURS", 0.5, 0.5 - 0.17 * 0.44, 0.022),
        ("Northern Lights", 0.5, 0.5 - 0.115 * 0.44, 0.018),
        ("SIDE A", 0.5 - 0.19 * 0.44 * h / w, 0.5, 0.022),
        ("33 1/3 RPM", 0.5 + 0.19 * 0.44 * h / w, 0.5, 0.02),
        ("1. Harbour  2. Glasswork  3. Tide Clock", 0.5, 0.5 + 0.13 * 0.44, 0.015),
        ("4. Paper Moon  5. Long Way Round", 0.5, 0.5 + 0.165 * 0.44, 0.015),
        ("STEREO  LH-2041", 0.5, 0.5 + 0.22 * 0.44, 0.015),
    )
    ink = frame.mask(
        lambda d, at: [
            d.text(at(x0, y0), text, fill=255, font=_font(round(size * h * SUPERSAMPLE)), anchor="mm")
            for text, x0, y0, size in words
        ]
    )
    ink = np.clip(ink + ring, 0, 1)
    label_colour = _over(red, np.array([246, 232, 214], dtype=np.float32) * np.ones_like(red), ink)
    colour = _over(vinyl, label_colour, label)
    # warped a little: its right side rises off the glass
    lift = 0.35 * _smooth(0.6, 0.95, frame.x) * mask
    return _under_lid(frame, colour, mask, "record", 0.25, lift)


# ---- an ecru cotton crochet doily ------------------------------------------------------------------------


def _thread(distance: np.ndarray, width: float = 2.6) -> np.ndarray:
    """Coverage of a thread ``width`` px wide at ``distance`` px from its centre line (antialiased)."""
    return np.clip(width / 2 + 0.5 - np.abs(distance), 0, 1)


def _spokes(r: np.ndarray, theta: np.ndarray, count: int, phase: float = 0.0) -> np.ndarray:
    """Distance in px to the nearest of ``count`` radial threads."""
    turn = (theta / (2 * np.pi) * count + phase) % 1.0
    return r * np.abs(turn - 0.5) * 2 * np.pi / count


def _doily(frame: Frame, cx: float, cy: float, radius: float, name: str) -> tuple[np.ndarray, np.ndarray]:
    """(colour, coverage) of a round crochet doily centred at (cx, cy) (shares), ``radius`` px across."""
    w, h = frame.width, frame.height
    px, py = frame.x * w - cx * w, frame.y * h - cy * h
    r = np.hypot(px, py)
    theta = np.arctan2(py, px)
    s = r / radius

    def zone(inner: float, outer: float) -> np.ndarray:
        return _smooth(inner - 0.004, inner, s) * _smooth(outer + 0.004, outer, s)

    rings = [np.full_like(s, 1e3)]
    # the rosette: close rings crossed by twelve spokes
    rosette = np.abs(((r + 3.5) % 7.0) - 3.5)
    rings.append(np.where(s < 0.12, np.minimum(rosette, _spokes(r, theta, 12)), 1e3))
    for band in (0.125, 0.135, 0.425, 0.435, 0.705, 0.715, 0.725):
        rings.append(np.abs(r - band * radius))
    # fans of arches: 24 spokes and nested arches between them
    fans = np.minimum.reduce(
        [_spokes(r, theta, 24)]
        + [np.abs(r - radius * (0.16 + 0.065 * k) - 14.0 * np.abs(np.sin(12 * theta))) for k in range(4)]
    )
    rings.append(np.where(zone(0.135, 0.425) > 0.5, fans, 1e3))
    # the filet mesh: a polar grid about 8 px apart, with blocks worked densely in a ring of diamonds
    mesh = np.minimum(np.abs(((r + 4.0) % 8.0) - 4.0), _spokes(r, theta, 216))
    dense = np.minimum(np.abs(((r + 2.0) % 4.0) - 2.0), _spokes(r, theta, 432))
    diamond = np.abs(((theta / (2 * np.pi) * 16) % 1.0) - 0.5) * 2.0 + np.abs((s - 0.57) / 0.11)
    rings.append(np.where(zone(0.435, 0.705) > 0.5, np.where(diamond < 0.75, dense, mesh), 1e3))
    # the border: three rows of chain loops, each offset by half a loop and caught on the row inside it,
    # and a picot on top of each outer loop
    arch = 0.08 * radius
    rings += [
        np.where(
            zone(0.725, 1.0) > 0.5,
            np.abs(r - radius * (0.725 + 0.075 * k) - arch * np.abs(np.sin(18 * theta + k * np.pi / 2))),
            1e3,
        )
        for k in range(3)
    ]
    peak = radius * (0.875 + 0.08) + 5.0
    turn = ((18 * theta + np.pi / 2) / np.pi) % 1.0
    picots = np.hypot(np.minimum(turn, 1.0 - turn) * np.pi / 18 * r, r - peak)
    rings.append(np.abs(picots - 5.0))
    coverage = np.max([_thread(d) for d in rings], axis=0) * (s < 1.0)
    # round cotton threads: lighter along their middles, a twist every few px, knots where they cross
    twist = 0.94 + 0.06 * frame.noise(f"{name}/twist", 220)
    crossing = np.clip(sum(_thread(d, 3.4) for d in rings) - 1.0, 0, 1)
    tone = (0.8 + 0.2 * coverage) * twist * (1.0 - 0.12 * crossing)
    colour = np.array([238, 228, 204], dtype=np.float32) * tone[..., None]
    return colour.astype(np.float32), coverage.astype(np.float32)


def doily_packshot() -> Image.Image:
    """An ecru cotton crochet doily, round, with a fine filet mesh and a scalloped border, 10:11 on white."""
    frame = Frame(1100, 1210)
    colour, coverage = _doily(frame, 0.5, 0.5, 0.46 * frame.width, "doily")
    return _under_lid(frame, colour, coverage, "doily", 0.05)


def felt_scene() -> Image.Image:
    """The doily scanned with the lid open under a dark green wool felt that fills the page."""
    frame = Frame(1275, 1650)
    h, w = frame.height, frame.width
    rng = _rng("felt/fibres")
    fibres = _blurred(rng.normal(0.0, 1.0, (h, w)), 0.8) * 14.0
    lumps = frame.noise("felt/lumps", 40, octaves=3) - 0.5
    felt = (1.0 + 0.2 * lumps + fibres / 60.0)[..., None] * np.array([34, 74, 52], dtype=np.float32)
    # the felt is pressed flat by the lid in the middle and curls up a little off the glass at the bottom
    felt = felt * (1.0 - 0.18 * _smooth(0.85, 1.0, frame.y))[..., None]
    colour, coverage = _doily(frame, 0.47, 0.5, 0.44 * w, "felt")
    scene = _shade(felt, _soft(coverage, 1.5, 1, 2) * (1 - coverage), 0.45)
    scene = _over(scene, colour, coverage)
    return _as_photo(scene, "felt", lift=0.5 * _smooth(0.88, 1.0, frame.y))


# ---- a burgundy lacquered fountain pen ---------------------------------------------------------------------


def pen_packshot() -> Image.Image:
    """A glossy burgundy fountain pen with gold trim, capped, on its side, a little askew, 11:4 on white."""
    frame = Frame(1760, 640)
    w, h = frame.width, frame.height
    angle = np.deg2rad(-2.5)
    dx, dy = frame.x * w - 0.5 * w, frame.y * h - 0.5 * h
    length = 0.86 * w
    u = dx * np.cos(angle) + dy * np.sin(angle) + length / 2  # along the pen from the cap's end
    v = -dx * np.sin(angle) + dy * np.cos(angle)  # across it, down positive
    t = u / length
    widest = 62.0
    knots = (0.0, 0.006, 0.018, 0.03, 0.031, 0.38, 0.385, 0.4, 0.405, 0.43, 0.44, 0.9, 0.92, 0.96, 0.985, 1.0)
    radii = (0.45, 0.75, 0.9, 0.92, 1.0, 0.98, 1.02, 1.02, 0.93, 0.93, 0.95, 0.8, 0.78, 0.74, 0.6, 0.4)
    profile = widest * np.interp(t, knots, radii)
    mask = np.clip(profile - np.abs(v) + 0.5, 0, 1) * np.clip(u + 0.5, 0, 1) * np.clip(length - u + 0.5, 0, 1)
    across = np.clip(v / profile, -1, 1)
    nz = np.sqrt(1 - across**2)
    # the lamp from above the scan, a second soft reflection of the lid below
    diffuse = np.clip(-0.45 * across + 0.89 * nz, 0, 1)
    gloss = np.exp(-(((across + 0.42) / 0.12) ** 2)) + 0.35 * np.exp(-(((across - 0.62) / 0.1) ** 2))
    swirl = 1.0 + 0.1 * (frame.noise("pen/swirl", 18, octaves=3) - 0.5)
    lacquer = np.array([124, 20, 38], dtype=np.float32) * ((0.3 + 0.75 * diffuse) * swirl)[..., None]
    gold = np.array([1.0, 0.8, 0.45], dtype=np.float32) * (70.0 + 150.0 * diffuse + 60.0 * gloss)[..., None]
    black = np.array([22, 20, 24], dtype=np.float32) * (0.6 + 0.8 * diffuse)[..., None]
    part = np.digitize(t, (0.031, 0.383, 0.402, 0.9))  # finial, cap, band, barrel, end
    colour = np.where((part == 0)[..., None] | (part == 4)[..., None], black, lacquer)
    colour = np.where((part == 2)[..., None], gold, colour)
    colour = colour + (gloss * np.where(part == 2, 0.0, 150.0))[..., None] * np.array([1.0, 0.96, 0.95])
    # the clip: a gold strip on the cap's upper flank with a ball at its end, standing off the barrel
    clip = (
        np.clip(7.0 - np.abs(v + 0.5 * widest) + 0.5, 0, 1) * _smooth(0.05, 0.06, t) * _smooth(0.33, 0.32, t)
    )
    ball = np.clip(11.0 - np.hypot(u - 0.33 * length, v + 0.5 * widest) + 0.5, 0, 1)
    clip = np.maximum(clip, ball)
    clip_tone = 90.0 + 130.0 * np.exp(-(((v + 0.5 * widest + 2.0) / 3.0) ** 2))
    clip_colour = np.array([1.0, 0.82, 0.48], dtype=np.float32) * clip_tone[..., None]
    clip_shadow = _soft(clip, 2.0, 0, 3) * (1 - clip)
    colour = _over(colour * (1.0 - 0.35 * clip_shadow)[..., None], clip_colour, clip)
    # the pen touches the glass along one line: its flanks curve up off it, the clip stands further off
    lift = np.maximum(0.8 * (1 - nz), 0.45 * clip) * mask
    return _under_lid(frame, colour.astype(np.float32), mask, "pen", 0.7, lift)


# ---- a navy silk necktie with regimental stripes -----------------------------------------------------------


def _tie_stripes(frame: Frame, direction: float) -> np.ndarray:
    """Navy silk twill with gold and burgundy stripes at 45 degrees (``direction`` +1 or -1)."""
    px, py = frame.x * frame.width, frame.y * frame.height
    d = (px * direction + py) / np.sqrt(2.0)
    phase = d % 58.0
    navy = np.array([24, 34, 76], dtype=np.float32)
    colour = navy * np.ones_like(px)[..., None]
    for start, width, stripe in ((6.0, 7.0, (196, 158, 72)), (24.0, 12.0, (128, 26, 44))):
        band = np.clip(width / 2 + 0.5 - np.abs(phase - start - width / 2), 0, 1)
        colour = _over(colour, np.array(stripe, dtype=np.float32) * np.ones_like(colour), band)
    # the twill: fine ribs on the other diagonal, 3 px apart
    ribs = 1.0 + 0.07 * np.sin((px * -direction + py) / np.sqrt(2.0) * 2 * np.pi / 3.0)
    return colour * ribs[..., None]


def tie_packshot() -> Image.Image:
    """A navy silk necktie with regimental stripes, folded in half, its narrow end beside the blade, 3:8."""
    frame = Frame(600, 1600)
    # the blade (its fold rounded off at the top) lies over the narrow end, which shows to its right
    top = frame.mask(lambda d, at: d.ellipse(at(0.385, 0.035, 0.535, 0.065), fill=255))
    blade = np.maximum(
        _shape(frame, [(0.385, 0.05), (0.535, 0.05), (0.6, 0.86), (0.46, 0.915), (0.32, 0.86)], False), top
    )
    tail = _shape(frame, [(0.4, 0.06), (0.53, 0.06), (0.7, 0.8), (0.64, 0.835), (0.6, 0.8)], False)
    tail = tail * (1 - blade)
    mask = np.clip(blade + tail, 0, 1)
    nx, ny, nz = _rounded(blade, 10.0)
    tx, ty, tz = _rounded(np.clip(tail + blade, 0, 1), 8.0)
    lit_blade = np.clip(-0.2 * nx + 0.5 * ny + 0.84 * nz, 0, 1)
    lit_tail = np.clip(-0.2 * tx + 0.5 * ty + 0.84 * tz, 0, 1)
    # silk's sheen: a soft broad highlight down the blade, brighter towards the wide end
    sheen = 0.22 * np.exp(-(((frame.x - 0.44) / 0.07) ** 2)) * _smooth(0.2, 0.8, frame.y)
    blade_colour = _tie_stripes(frame, 1.0) * (0.62 + 0.45 * lit_blade + sheen)[..., None]
    tail_colour = _tie_stripes(frame, -1.0) * (0.55 + 0.4 * lit_tail)[..., None]
    # the blade lies on the narrow end: a thin shade along its edge
    tail_colour = tail_colour * (1.0 - 0.45 * _soft(blade, 3.0, 2, 2) * (1 - blade))[..., None]
    colour = _over(tail_colour, blade_colour, blade)
    lift = 0.3 * (1 - nz) * blade + 0.15 * tail
    return _under_lid(frame, colour, mask, "tie", 0.2, lift)
