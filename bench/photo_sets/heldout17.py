"""``heldout17``'s pictures: four products a chocolatier, jeweller, barber and umbrella shop list, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 9:7 landscape of 1260 x 980 (chocolate bar), a 5:7 portrait of 1000 x 1400
  (pearl necklace), a 13:5 landscape of 1820 x 700 (comb), a 4:9 portrait of 800 x 1800 (umbrella); the
  scene is an 11:8 landscape of 1650 x 1200;
- the canvases they are padded onto (``PADDING``): a 9:7 landscape many times as wide as a very small
  picture of the chocolate, a 1:1.36 portrait with a moderate margin around the necklace (and the scene), a
  2.2:1 banner a little longer than the comb's picture, a 1.47:1 landscape with broad margins beside
  the umbrella;
- a dark chocolate bar of 6 x 3 bevelled squares with a tempered gloss, half in a printed kraft sleeve (a
  very dark product on white); a necklace of graduated white pearls laid in a loop with a silver clasp
  (glossy spheres with soft reflections, pale on white: a bright, low-contrast product); a boxwood barber's
  comb with coarse teeth at one end and fine teeth 2.5 px wide at a 6 px pitch at the other (a thin, finely
  repetitive product); a furled bottle-green umbrella with a wooden crook handle, a strap and a brass
  ferrule, lying along the frame;
- every picture is finished the way a 35 mm colour negative film photo comes back from a minilab's scanner:
  a light tent's soft contact shadows; halation (a reddish glow spreading from bright areas into the dark
  ones beside them), dye-cloud colour grain strongest in the shadows and mid-tones and gone in clipped
  white, a faint green-cyan cast in the deep shadows, a few specks of dust on the negative (pale dots), the
  scanner's unsharp mask, a JPEG at quality 89 with 4:2:0 chroma (the paper sweep is clipped to the scan's
  white point: it stays white);
- one full-frame scene: the necklace on a navy velvet jewellery pad that fills the frame.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
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
from bench.photo_sets.heldout11 import _lit

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "chocolate": (230, 5.6, 0.78),
    "pearls": (720, 1.12, 1.36),
    "comb": (940, 1.1, 0.455),
    "umbrella": (880, 1.9, 0.68),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout17/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A colour negative scanned by a minilab: halation, dye-cloud grain, green-cyan deep shadows, dust,
    the scanner's sharpening, JPEG 89 4:2:0; the clipped white stays white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    # halation: light from bright areas scattered back through the film base, mostly into the red layer
    glow = _blurred(np.clip(luma - 190.0, 0.0, None), 7.0)
    room = 1.0 - luma / 255.0
    pixels = pixels + (glow * room)[..., None] * np.array([0.55, 0.22, 0.1], dtype=np.float32)
    # the film's toe: a faint green-cyan cast where the scene was darkest
    deep = (1.0 - np.clip(luma / 110.0, 0.0, 1.0)) ** 2
    pixels = pixels + deep[..., None] * np.array([-2.0, 3.0, 2.5], dtype=np.float32)
    # dye clouds: grain clumped over a pixel or two, in each dye layer, most visible in the thin shadows
    rng = _rng(name + "/grain")
    strength = 1.5 + 6.5 * (1.0 - np.clip(luma / 240.0, 0.0, 1.0)) ** 0.8
    clouds = _blurred(rng.normal(0.0, 1.0, (h, w)), 0.9) * 2.2
    dyes = np.stack([_blurred(rng.normal(0.0, 1.0, (h, w)), 1.1) * 1.4 for _ in range(3)], axis=2)
    pixels = pixels + (clouds[..., None] + 0.6 * dyes) * strength[..., None]
    # dust on the negative prints as pale specks
    for _ in range(14):
        y, x = int(rng.integers(2, h - 3)), int(rng.integers(2, w - 3))
        size = int(rng.integers(1, 3))
        pixels[y : y + size, x : x + size] = np.maximum(pixels[y : y + size, x : x + size], 235.0)
    # the scanner's white point sits on the paper sweep
    pixels[white] = 255.0
    scan = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    scan = scan.filter(ImageFilter.UnsharpMask(radius=1.6, percent=60, threshold=2))
    stored = io.BytesIO()
    scan.save(stored, "JPEG", quality=89, subsampling=2)
    return Image.open(io.BytesIO(stored.getvalue())).convert("RGB")


def _in_tent(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a light tent's white paper: a thin contact line and a soft shadow a little below it."""
    backdrop = _white(frame)
    outside = 1 - mask
    backdrop = _shade(backdrop, _soft(mask, 2.0, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(mask, 14.0, 3, 8) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


def _along(
    frame: Frame, cx: float, cy: float, degrees: float, length: float
) -> tuple[np.ndarray, np.ndarray]:
    """(u, v) px: along a product centred at (cx, cy) (shares) from its start, and across it, turned."""
    angle = np.deg2rad(degrees)
    dx, dy = frame.x * frame.width - cx * frame.width, frame.y * frame.height - cy * frame.height
    u = dx * np.cos(angle) + dy * np.sin(angle) + length / 2
    v = -dx * np.sin(angle) + dy * np.cos(angle)
    return u, v


# ---- a dark chocolate bar, half in its kraft sleeve ---------------------------------------------------------


def chocolate_packshot() -> Image.Image:
    """A 6 x 3 dark chocolate bar with a tempered gloss, its right part in a printed kraft sleeve, 9:7."""
    frame = Frame(1260, 980)
    length, height = 0.78 * frame.width, 0.5 * frame.height
    u, v = _along(frame, 0.5, 0.5, -4.0, length)
    v = v + height / 2
    bar = np.clip(u + 0.5, 0, 1) * np.clip(length - u + 0.5, 0, 1) * np.clip(v + 0.5, 0, 1)
    bar = bar * np.clip(height - v + 0.5, 0, 1)
    cell = length / 6
    cu, cv = u % cell, v % (height / 3)
    # each square: a flat top and a bevel 18 px wide down to a groove; normals point out over the bevel
    bevel = 18.0
    nu = np.where(cu < bevel, -1.0, 0.0) + np.where(cu > cell - bevel, 1.0, 0.0)
    nv = np.where(cv < bevel, -1.0, 0.0) + np.where(cv > height / 3 - bevel, 1.0, 0.0)
    nz = np.where((nu == 0) & (nv == 0), 1.0, 0.75)
    nx, ny = 0.66 * nu, -0.66 * nv
    lit = _lit(nx, ny, nz, (-0.5, 0.6, 0.8))
    groove = np.exp(-((np.minimum(cu, cell - cu) / 2.0) ** 2)) + np.exp(
        -((np.minimum(cv, height / 3 - cv) / 2.0) ** 2)
    )
    bloom = 1.0 + 0.06 * (frame.noise("chocolate/bloom", 30, octaves=2) - 0.5)
    cocoa = (
        np.array([62, 36, 26], dtype=np.float32)
        * ((0.55 + 0.6 * lit) * bloom * (1 - 0.4 * groove))[..., None]
    )
    # a softbox over the tent reflects in the tempered tops as a broad soft sheen
    sheen = 45.0 * frame.blob(0.36, 0.36, 0.2, 0.16) * (nz > 0.9) + 40.0 * (nv < 0) * (nu == 0)
    cocoa = cocoa + sheen[..., None] * np.array([1.0, 0.95, 0.92])
    # the sleeve: kraft paper over the right 40 %, a little taller than the bar, with printed words
    sleeve = _smooth(0.6 * length - 0.6, 0.6 * length + 0.6, u) * np.clip(length + 0.5 - u, 0, 1)
    sleeve = sleeve * np.clip(v + 8.5, 0, 1) * np.clip(height + 8.5 - v, 0, 1)
    fibres = 1.0 + 0.08 * (frame.noise("chocolate/kraft", 160) - 0.5)
    paper = np.array([192, 152, 104], dtype=np.float32) * (fibres * (0.86 + 0.14 * frame.x))[..., None]
    words = (
        ("MAISON CAVE", 0.735, 0.36, 0.045),
        ("72 % CACAO", 0.735, 0.46, 0.07),
        ("single origin  Ecuador", 0.735, 0.56, 0.032),
        ("net 80 g", 0.735, 0.64, 0.03),
    )
    ink = frame.mask(
        lambda d, at: [
            d.text(
                at(x0, y0), text, fill=255, font=_font(round(size * frame.height * SUPERSAMPLE)), anchor="mm"
            )
            for text, x0, y0, size in words
        ]
    )
    paper = _over(paper, np.array([58, 34, 30], dtype=np.float32) * np.ones_like(paper), 0.9 * ink)
    # the sleeve's edge casts a thin shade onto the chocolate
    edge_shade = _soft(sleeve, 3.0, -3, 0) * (1 - sleeve)
    cocoa = cocoa * (1 - 0.5 * edge_shade)[..., None]
    colour = _over(cocoa, paper, sleeve)
    mask = np.maximum(bar, sleeve)
    return _in_tent(frame, colour, mask, "chocolate", 0.3)


# ---- a necklace of graduated white pearls ---------------------------------------------------------------


def _necklace(
    frame: Frame, backdrop: np.ndarray, cx: float, top: float, span: float, tall: float
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, coverage) of pearls in a loop hanging from a clasp at (cx, top) (shares), ``span`` and
    ``tall`` px across and down, over ``backdrop`` (each pearl shades the backdrop beside it)."""
    w, h = frame.width, frame.height
    t = np.linspace(0.0, 2 * np.pi, 4000)
    pinch = 0.35 + 0.65 * np.sin(t / 2) ** 0.7
    xs = cx * w + 0.5 * span * np.sin(t) * pinch
    ys = top * h + tall * (1 - np.cos(t)) / 2
    arc = np.concatenate([[0.0], np.cumsum(np.hypot(np.diff(xs), np.diff(ys)))])
    colour = backdrop.copy()
    coverage = np.zeros((h, w), dtype=np.float32)
    tint = _rng("pearls/orient").random(200)
    at, k = 22.0, 0
    while at < arc[-1] - 22.0:
        i = int(np.searchsorted(arc, at))
        # graduated: the largest at the bottom of the loop
        radius = 10.5 + 5.5 * np.sin(t[i] / 2) ** 2
        px, py = xs[i], ys[i]
        x0, x1 = max(0, int(px - radius - 4)), min(w, int(px + radius + 5))
        y0, y1 = max(0, int(py - radius - 4)), min(h, int(py + radius + 5))
        gy, gx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        dx, dy = (gx - px) / radius, (gy - py) / radius
        d = np.hypot(dx, dy)
        cover = np.clip(radius * (1 - d) + 0.5, 0, 1)
        nz = np.sqrt(np.clip(1 - d**2, 0, 1))
        lit = np.clip(-0.45 * dx - 0.5 * dy + 0.74 * nz, 0, 1)
        # a soft window-like highlight, a faint rosy or green orient near the rim, a shaded lower edge
        spec = np.exp(-(((dx + 0.3) ** 2 + (dy + 0.35) ** 2) / 0.05))
        rim = np.clip(d - 0.55, 0, 1)
        orient = np.array([1.02, 0.98, 0.99]) if tint[k % 200] < 0.5 else np.array([0.99, 1.01, 0.98])
        pearl = np.array([232, 226, 216], dtype=np.float32) * (0.62 + 0.38 * lit)[..., None]
        pearl = pearl * (1 + 0.06 * rim[..., None] * (orient - 1) * 10) + 60.0 * spec[..., None]
        patch = colour[y0:y1, x0:x1]
        shadow = np.clip(1.0 - np.hypot(dx - 0.25, dy - 0.35), 0, 1) * (1 - cover)
        patch = patch * (1 - 0.3 * shadow)[..., None]
        colour[y0:y1, x0:x1] = _over(patch, pearl.astype(np.float32), cover)
        coverage[y0:y1, x0:x1] = np.maximum(coverage[y0:y1, x0:x1], cover)
        at += 2 * radius + 1.5
        k += 1
    # the clasp: a small silver box with a tongue, where the two ends meet
    clasp = frame.mask(
        lambda d, a: d.rounded_rectangle(
            a(cx - 14 / w, top - 8 / h, cx + 14 / w, top + 22 / h), radius=5 * SUPERSAMPLE, fill=255
        )
    )
    silver = (150.0 + 80.0 * frame.blob(cx - 4 / w, top, 8 / w, 6 / h))[..., None] * np.array(
        [1.0, 1.0, 1.04]
    )
    colour = _over(colour, silver.astype(np.float32), clasp)
    return colour.astype(np.float32), np.maximum(coverage, clasp)


def pearls_packshot() -> Image.Image:
    """A necklace of graduated white pearls in a loop with a silver clasp, seen from above, 5:7 on white."""
    frame = Frame(1000, 1400)
    backdrop = _white(frame)
    colour, coverage = _necklace(frame, backdrop, 0.5, 0.1, 0.62 * frame.width, 0.8 * frame.height)
    # the shadows each pearl drew on the paper are the tent's contact shadows; add the soft one below
    backdrop = _shade(colour, _soft(coverage, 10.0, 2, 6) * (1 - coverage), 0.18)
    return _as_photo(_over(backdrop, colour, coverage), "pearls", coverage)


def velvet_scene() -> Image.Image:
    """The necklace on a navy velvet jewellery pad that fills the frame, lit from the upper left."""
    frame = Frame(1650, 1200)
    h, w = frame.height, frame.width
    pile = _blurred(_rng("velvet/pile").normal(0.0, 1.0, (h, w)), 0.7) * 5.0
    crush = frame.noise("velvet/crush", 12, octaves=3) - 0.5
    light = 0.75 + 0.45 * frame.blob(0.25, 0.2, 0.8, 0.9)
    velvet = ((1.0 + 0.35 * crush) * light + pile / 60.0)[..., None] * np.array(
        [30, 38, 74], dtype=np.float32
    )
    colour, coverage = _necklace(frame, velvet.astype(np.float32), 0.52, 0.1, 0.42 * w, 0.8 * h)
    return _as_photo(colour, "velvet")


# ---- a boxwood barber's comb ------------------------------------------------------------------------------


def comb_packshot() -> Image.Image:
    """A boxwood barber's comb, coarse teeth at one end and fine ones at the other, flat, 13:5 on white."""
    frame = Frame(1820, 700)
    length = 0.84 * frame.width
    u, v = _along(frame, 0.5, 0.52, -1.5, length)
    spine_top, spine_bottom, tip = -0.26 * frame.height, -0.08 * frame.height, 0.3 * frame.height
    inside = np.clip(u + 0.5, 0, 1) * np.clip(length - u + 0.5, 0, 1)
    spine = inside * np.clip(v - spine_top + 0.5, 0, 1) * np.clip(spine_bottom - v + 0.5, 0, 1)
    # coarse teeth 7 px wide at a 16 px pitch over the first 38 %, then fine teeth 2.5 px wide at 6 px
    coarse = u < 0.38 * length
    pitch = np.where(coarse, 16.0, 6.0)
    width = np.where(coarse, 7.0, 2.5)
    offset = np.where(coarse, u, u - 0.38 * length)
    across = np.abs((offset % pitch) - pitch / 2)
    # each tooth tapers a little to its rounded tip
    taper = 1.0 - 0.35 * np.clip((v - spine_bottom) / (tip - spine_bottom), 0, 1)
    teeth = np.clip(width * taper / 2 + 0.5 - across, 0, 1)
    teeth = teeth * np.clip(tip - v + 0.5, 0, 1) * np.clip(v - spine_bottom + 1.5, 0, 1)
    teeth = teeth * np.clip(u - 8.0, 0, 1) * np.clip(length - 8.0 - u, 0, 1)
    mask = np.clip(spine + teeth, 0, 1)
    # boxwood: pale yellow with fine grain along the comb and a rounded, lighter back edge
    grain = frame.noise("comb/grain", 6, octaves=3)
    streaks = 0.04 * np.sin((v + 30.0 * grain) * 2 * np.pi / 9.0)
    back = np.exp(-(((v - spine_top - 6.0) / 5.0) ** 2))
    tone = (0.9 + streaks + 0.12 * (grain - 0.5)) * (1.0 + 0.12 * back) * (1.0 - 0.08 * (v > spine_bottom))
    colour = np.array([214, 176, 108], dtype=np.float32) * tone[..., None]
    # a maker's stamp burned into the spine
    stamp = frame.mask(
        lambda d, at: d.text(
            at(0.7, 0.33), "KENT  HANDMADE", fill=255, font=_font(round(26 * SUPERSAMPLE)), anchor="mm"
        )
    )
    colour = _over(
        colour, np.array([120, 84, 44], dtype=np.float32) * np.ones_like(colour), 0.8 * stamp * spine
    )
    return _in_tent(frame, colour.astype(np.float32), mask, "comb", 0.25)


# ---- a furled bottle-green umbrella ----------------------------------------------------------------------


def umbrella_packshot() -> Image.Image:
    """A furled bottle-green stick umbrella with a wooden crook, a strap and a brass ferrule, 4:9 on white."""
    frame = Frame(800, 1800)
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    shaft_x = 0.46 * w + 0.015 * w * (py / h)
    # the canopy: a long spindle, widest a third of the way down from the collar, to a point at the ferrule
    t = (py - 0.3 * h) / (0.64 * h)
    half = 62.0 * np.interp(t, (0.0, 0.04, 0.3, 0.8, 1.0), (0.25, 0.8, 1.0, 0.45, 0.12))
    inside = (t >= 0) & (t <= 1)
    canopy = np.clip(half - np.abs(px - shaft_x) + 0.5, 0, 1) * inside
    across = np.clip((px - shaft_x) / np.maximum(half, 1.0), -1, 1)
    nz = np.sqrt(1 - across**2)
    diffuse = np.clip(-0.5 * across + 0.86 * nz, 0, 1)
    # the folds wind round it: diagonal pleats, each with a lit and a shaded face
    pleat = np.sin((py * 0.5 + across * 90.0) * 2 * np.pi / 70.0)
    fabric = 0.42 + 0.6 * diffuse + 0.1 * pleat
    green = np.array([28, 78, 54], dtype=np.float32) * fabric[..., None]
    green = green + (40.0 * np.exp(-(((across + 0.35) / 0.15) ** 2)))[..., None] * np.array([0.8, 1.0, 0.95])
    # the strap with a press stud around the middle
    strap = canopy * _smooth(0.52 * h - 1, 0.52 * h + 1, py) * _smooth(0.565 * h + 1, 0.565 * h - 1, py)
    green = green * (1 - 0.3 * strap)[..., None]
    stud = np.clip(10.0 - np.hypot(px - shaft_x + 12.0, py - 0.5425 * h) + 0.5, 0, 1)
    # the shaft above the canopy and the crook handle (a half ring of wood)
    shaft = np.clip(7.0 - np.abs(px - shaft_x) + 0.5, 0, 1) * (py > 0.2 * h) * (py < 0.31 * h)
    ring_r = np.hypot(px - (shaft_x - 70.0), py - 0.2 * h)
    crook = np.clip(16.0 - np.abs(ring_r - 70.0) + 0.5, 0, 1) * (py <= 0.2 * h)
    stem = np.clip(16.0 - np.abs(px - (shaft_x - 140.0)) + 0.5, 0, 1) * (py > 0.2 * h) * (py < 0.235 * h)
    cap = np.clip(16.0 - np.hypot(px - (shaft_x - 140.0), py - 0.235 * h) + 0.5, 0, 1)
    handle = np.clip(crook + stem + cap, 0, 1)
    hx, hy, hz = _rounded(handle, 12.0)
    wood_grain = 1.0 + 0.1 * np.sin(ring_r * 2 * np.pi / 11.0 + 4.0 * frame.noise("umbrella/wood", 20))
    wood = (
        np.array([128, 72, 38], dtype=np.float32)
        * ((0.5 + 0.65 * _lit(hx, hy, hz, (-0.5, 0.6, 0.7))) * wood_grain)[..., None]
    )
    steel = (110.0 + 90.0 * np.exp(-(((px - shaft_x + 2.0) / 2.5) ** 2)))[..., None] * np.ones(3)
    # the ferrule: a brass tip below the canopy's point
    ferrule = np.clip(5.0 - np.abs(px - shaft_x) + 0.5, 0, 1) * (py > 0.935 * h) * (py < 0.975 * h)
    brass = (120.0 + 90.0 * np.exp(-(((px - shaft_x + 1.5) / 2.0) ** 2)))[..., None] * np.array(
        [1.0, 0.82, 0.5]
    )
    colour = _over(_white(frame), steel.astype(np.float32), np.maximum(shaft, ferrule))
    colour = _over(colour, brass.astype(np.float32), ferrule)
    colour = _over(colour, green.astype(np.float32), canopy)
    colour = _over(colour, np.array([190, 178, 150], dtype=np.float32) * np.ones_like(colour), stud)
    colour = _over(colour, wood, handle)
    mask = np.clip(np.maximum.reduce([canopy, shaft, ferrule, handle, stud]), 0, 1)
    return _in_tent(frame, colour.astype(np.float32), mask, "umbrella", 0.3)
