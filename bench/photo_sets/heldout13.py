"""``heldout13``'s pictures: four products an optician's, book, hardware and knitwear shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 16:9 landscape of 1600 x 900 (eyeglasses), a 7:10 portrait of 1050 x 1500
  (paperback), a 1300 px square around a small bunch (keys), a 5:4 landscape of 1400 x 1120 (wool scarf); the
  scene is a 4:5 portrait of 1200 x 1500;
- the canvases they are padded onto (``PADDING``): a 2:1 landscape barely wider than the eyeglasses'
  picture (a 3 % margin), a 5:4 portrait with a moderate margin around the paperback's picture (and the
  scene's), a 5:4 landscape five times as wide as a very small 240 px picture of the keys, a square with a
  moderate margin around the scarf;
- thin-rimmed metal eyeglasses seen from the front, their temples folded behind the clear lenses (the
  backdrop seen through the glass, a faint green anti-reflective sheen); a paperback novel face-on with
  printed cover art (a dusk sky, layered hills, a title and an author's name) and the page block showing at
  its edge; a bunch of five brass and nickel keys on a steel split ring, one with a blue rubber head; a
  moss-green wool scarf folded in three, its fine stockinette knit (rows of small Vs) and a fringe;
- every picture is finished the way a mid-range phone's night mode finishes it: sensor luma noise and
  blotchy chroma noise, noise reduction that smears fine texture a little, lifted shadows, saved as a JPEG
  at quality 88 with 4:2:0 chroma (pure white stays white);
- one full-frame scene: the paperback standing on an oak wall shelf beside a small stack of books, before a
  dark slate-blue wall lit from the upper left by a lamp (no white anywhere).

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its
shadow or backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageDraw

from bench.photo_sets.heldout4 import SUPERSAMPLE, Frame, _font, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout10 import _rounded, _smooth

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "eyeglasses": (760, 1.03, 0.5),
    "paperback": (660, 1.3, 1.25),
    "keys": (240, 5.0, 0.8),
    "wool_scarf": (580, 1.4, 1.0),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout13/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A mid-range phone's night mode: luma and blotchy chroma noise, noise reduction that smears fine
    texture a little, lifted shadows, JPEG quality 88 with 4:2:0 chroma; pure white stays white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    h, w = pixels.shape[:2]
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    white = pixels.min(axis=2) >= 254.5
    rng = _rng(name + "/sensor")
    luma = pixels.mean(axis=2)
    # the sensor's noise grows in the shadows, where the night mode's gain is highest
    gain = 1.0 + 1.2 * (1.0 - luma / 255.0)
    pixels = pixels + (rng.normal(0.0, 2.6, (h, w)) * gain)[..., None]
    chroma = np.stack([_blurred(rng.normal(0.0, 1.0, (h, w)), 2.5) for _ in range(3)], axis=2)
    chroma -= chroma.mean(axis=2, keepdims=True)
    chroma *= 2.2 / max(float(chroma.std()), 1e-6)
    pixels = pixels + chroma * gain[..., None]
    # noise reduction: small luma detail is cored away (fine texture smears), edges are kept
    luma = pixels.mean(axis=2)
    smooth = _blurred(luma, 1.4)
    detail = luma - smooth
    kept = detail * detail**2 / (detail**2 + 6.0**2)
    pixels = pixels - (detail - kept)[..., None]
    # chroma noise reduction leaves the colour a little soft, the blotches a little larger
    luma = pixels.mean(axis=2, keepdims=True)
    colour = pixels - luma
    pixels = luma + np.stack([_blurred(colour[..., c], 1.2) for c in range(3)], axis=2)
    # the night mode's tone curve lifts the shadows
    x = np.clip(pixels.mean(axis=2) / 255.0, 0.0, 1.0)
    pixels = pixels + (70.0 * x * (1.0 - x) ** 2)[..., None]
    pixels[white] = 255.0
    image = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=88, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _metal(mask: np.ndarray, radius: float, tint: tuple[float, float, float], base: float) -> np.ndarray:
    """A polished metal stroke over ``mask``: dark flanks, a bright ridge lit from the upper left."""
    nx, ny, nz = _rounded(mask, radius)
    light = np.clip(-0.45 * nx + 0.6 * ny + 0.66 * nz, 0, 1)
    tone = base * (0.45 + 0.75 * light) + 150.0 * light**14
    return tone[..., None] * np.array(tint, dtype=np.float32)


# ---- thin-rimmed metal eyeglasses ---------------------------------------------------------------------------


def eyeglasses_packshot() -> Image.Image:
    """Thin gunmetal eyeglasses from the front, temples folded behind clear lenses, on white in 16:9."""
    frame = Frame(1600, 900)
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    k = SUPERSAMPLE
    lenses = ((0.33, 0.5), (0.67, 0.5))
    rx, ry = 0.125, 0.2

    def lens_boxes(grow: float) -> list[list[float]]:
        return [
            [cx - rx - grow, cy - ry - grow * w / h, cx + rx + grow, cy + ry + grow * w / h]
            for cx, cy in lenses
        ]

    glass = frame.mask(lambda d, at: [d.ellipse(at(*box), fill=255) for box in lens_boxes(0.0)])
    rim = frame.mask(
        lambda d, at: [
            *[d.ellipse(at(*box), outline=255, width=round(5.5 * k)) for box in lens_boxes(0.0015)],
            # the bridge: a thin arch between the lenses, and the brow bar above it
            d.arc(at(0.45, 0.36, 0.55, 0.56), 200, 340, fill=255, width=round(5 * k)),
            d.line([tuple(at(0.409, 0.345)), tuple(at(0.591, 0.345))], fill=255, width=round(3.5 * k)),
            # the end pieces and hinges at the lenses' outer edges
            d.rounded_rectangle(at(0.198, 0.405, 0.222, 0.437), radius=2 * k, fill=255),
            d.rounded_rectangle(at(0.778, 0.405, 0.802, 0.437), radius=2 * k, fill=255),
        ]
    )
    # the temples folded behind the lenses: thin wires from each hinge across, ending in acetate tips
    temples = frame.mask(
        lambda d, at: [
            d.line([tuple(at(0.205, 0.425)), tuple(at(0.62, 0.44))], fill=255, width=round(4 * k)),
            d.line([tuple(at(0.795, 0.43)), tuple(at(0.38, 0.455))], fill=255, width=round(4 * k)),
        ]
    )
    # each temple's acetate tip, curving down at its end
    tip_paths = (
        ((0.60, 0.4393), (0.68, 0.443), (0.705, 0.455), (0.72, 0.49)),
        ((0.40, 0.454), (0.32, 0.459), (0.295, 0.472), (0.28, 0.51)),
    )
    tips = frame.mask(
        lambda d, at: [
            d.line([tuple(at(*point)) for point in path], fill=255, width=round(8 * k), joint="curve")
            for path in tip_paths
        ]
    )
    pads = frame.mask(
        lambda d, at: [d.ellipse(at(x - 0.009, 0.53, x + 0.009, 0.61), fill=255) for x in (0.463, 0.537)]
    )
    temples = np.clip(temples - tips, 0, 1)
    gunmetal = _metal(np.maximum(rim, temples), 3.0, (0.93, 0.95, 1.0), 120.0)
    acetate = _metal(tips, 4.0, (0.55, 0.42, 0.36), 70.0)
    # the lenses: the white backdrop through clear glass, a slightly darker thick edge, a faint green sheen
    d_edge = np.zeros_like(px)
    for cx, cy in lenses:
        r = np.hypot((px - cx * w) / (rx * w), (py - cy * h) / (ry * h))
        d_edge = np.maximum(d_edge, np.where(r < 1.0, 1.0 - r, 0.0))
    band = 0.5 * np.exp(-(((px - 1.15 * py - 0.05 * w) / (0.04 * w)) ** 2))
    lens = 253.0 - 26.0 * np.exp(-((d_edge / 0.035) ** 2)) - 6.0 * np.exp(-((d_edge / 0.2) ** 2))
    lens_colour = lens[..., None] * np.array([0.985, 0.992, 0.99], dtype=np.float32)
    lens_colour = lens_colour * (1.0 - band[..., None] * np.array([0.06, 0.015, 0.07]))
    # the table's shadow under the frame, seen through the lenses too
    shadow = _soft(np.maximum(rim, tips), 10, 6, 48)
    backdrop = _shade(_white(frame), shadow, 0.25)
    backdrop = _shade(backdrop, _blurred(frame.blob(0.5, 0.74, 0.28, 0.02), 10.0), 0.13)
    lens_colour = lens_colour * (1.0 - 0.2 * shadow)[..., None]
    pad_colour = (205.0 + 30.0 * _rounded(pads, 5.0)[1])[..., None] * np.array([1.0, 0.98, 0.94])
    colour = lens_colour
    colour = colour * (1 - pads[..., None]) + pad_colour * pads[..., None]
    colour = colour * (1 - temples[..., None]) + gunmetal * temples[..., None]
    colour = colour * (1 - tips[..., None]) + acetate * tips[..., None]
    colour = colour * (1 - rim[..., None]) + gunmetal * rim[..., None]
    mask = np.maximum.reduce([glass, rim, temples, tips, pads])
    return _as_photo(_over(backdrop, colour, mask), "eyeglasses", mask)


# ---- a paperback novel face-on ------------------------------------------------------------------------------


def _paperback(
    frame: Frame, box: tuple[float, float, float, float], name: str
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a paperback's printed cover in ``box`` (shares of the frame), its page block at the
    right and bottom edges."""
    w, h = frame.width, frame.height
    x0, y0, x1, y1 = box
    u, v = (frame.x - x0) / (x1 - x0), (frame.y - y0) / (y1 - y0)
    cover = frame.mask(
        lambda d, at: d.rounded_rectangle(at(x0, y0, x1, y1), radius=5 * SUPERSAMPLE, fill=255)
    )
    depth_x, depth_y = 0.012, 0.006
    pages = frame.mask(
        lambda d, at: d.polygon(
            [
                tuple(at(x1, y0 + 0.004)),
                tuple(at(x1 + depth_x, y0 + 0.004 + depth_y)),
                tuple(at(x1 + depth_x, y1 + depth_y)),
                tuple(at(x0 + depth_x, y1 + depth_y)),
                tuple(at(x0 + 0.004, y1)),
            ],
            fill=255,
        )
    ) * (1 - cover)
    # the art: a dusk sky from violet to apricot, a low sun, three ridges of hills, a lake's reflections
    sky = np.stack(
        [
            np.interp(v, [0.0, 0.35, 0.6], [58, 176, 246]),
            np.interp(v, [0.0, 0.35, 0.6], [44, 96, 172]),
            np.interp(v, [0.0, 0.35, 0.6], [96, 128, 112]),
        ],
        axis=2,
    ).astype(np.float32)
    sun = np.clip(
        1.0 - np.hypot((u - 0.62) / 0.11, (v - 0.52) / (0.11 * (x1 - x0) * w / ((y1 - y0) * h))), 0, 1
    )
    sky = sky + (np.clip(sun * 6, 0, 1) * 50.0 + 30.0 * sun)[..., None] * np.array([1.0, 0.85, 0.55])
    art = sky
    ridges = ((0.56, 0.05, (112, 70, 98), 3), (0.63, 0.04, (70, 46, 78), 7), (0.70, 0.03, (36, 28, 52), 11))
    for base, height, tone, cells in ridges:
        line = frame.noise(f"{name}/ridge{cells}", cells, octaves=3)[0]
        crest = base - height * line[np.clip((frame.x[0] * w).astype(int), 0, w - 1)]
        hill = _smooth(-0.002, 0.002, v - crest[None, :])
        art = art * (1 - hill[..., None]) + np.array(tone, dtype=np.float32) * hill[..., None]
    lake = _smooth(0.76, 0.765, v)
    ripple = 0.5 + 0.5 * np.sin(v * 900.0 + 3.0 * frame.noise(f"{name}/ripple", 30))
    glint = np.exp(-(((u - 0.62) / 0.05) ** 2)) * ripple
    water = np.array([44, 40, 70], dtype=np.float32) + (glint * 120.0)[..., None] * np.array(
        [1.0, 0.75, 0.45]
    )
    art = art * (1 - lake[..., None]) + water * lake[..., None]
    # the print: a halftone-free offset print with a fine paper grain and a matte laminate
    art = art * (1.0 + 0.035 * (frame.noise(f"{name}/paper", 260) - 0.5))[..., None]
    # the cover's print: (words, across, down, size as a share of the cover's width, colour, anchor)
    lines = (
        ("THE SALT", 0.5, 0.16, 0.135, (250, 236, 205), "mm"),
        ("ROAD", 0.5, 0.25, 0.135, (250, 236, 205), "mm"),
        ("a novel", 0.5, 0.34, 0.045, (240, 200, 160), "mm"),
        ("MARA ELLISON", 0.5, 0.88, 0.07, (235, 226, 210), "mm"),
        ("Kestrel", 0.08, 0.955, 0.03, (200, 190, 175), "lm"),
    )
    text = frame.painting(
        lambda d, at: [
            d.text(
                at(x0 + across * (x1 - x0), y0 + down * (y1 - y0)),
                words,
                fill=fill,
                font=_font(round(size * (x1 - x0) * w * SUPERSAMPLE)),
                anchor=anchor,
            )
            for words, across, down, size, fill, anchor in lines
        ]
    )
    ink = np.clip(text.max(axis=2) / 180.0, 0, 1)[..., None]
    art = art * (1 - ink) + np.where(ink > 0, text / np.maximum(ink, 1e-3), 0) * ink
    # the hinge crease near the spine, and the cover bowing a little away from the light at the right
    crease = np.exp(-(((u - 0.055) / 0.004) ** 2))
    art = art * (1.0 + 0.18 * crease - 0.07 * _smooth(0.5, 1.0, u))[..., None]
    worn = (frame.noise(f"{name}/wear", 400) > 0.86) * _smooth(
        0.985, 1.0, np.maximum.reduce([u, v, 1 - u, 1 - v])
    )
    art = art + (worn * 90.0)[..., None]
    leaves = 232.0 + 10.0 * np.sin((frame.x * w + frame.y * h) * 2.1) * (
        frame.noise(f"{name}/leaves", 80) - 0.3
    )
    page_colour = leaves[..., None] * np.array([1.0, 0.96, 0.86], dtype=np.float32)
    colour = art * cover[..., None] + page_colour * pages[..., None]
    return colour, np.clip(cover + pages, 0, 1)


def paperback_packshot() -> Image.Image:
    """A paperback novel face-on on white in a 7:10 portrait, its printed cover and title, a soft shadow."""
    frame = Frame(1050, 1500)
    colour, mask = _paperback(frame, (0.16, 0.1, 0.83, 0.9), "paperback")
    backdrop = _shade(_white(frame), _soft(mask, 18, 14, 16) * (1 - mask), 0.22)
    return _as_photo(_over(backdrop, colour, mask), "paperback", mask)


def shelf_scene() -> Image.Image:
    """The paperback on an oak wall shelf beside a stack of books, before a dark wall lit by a lamp."""
    frame = Frame(1200, 1500)
    h = frame.height
    x, y = frame.x, frame.y
    # the wall: slate blue plaster, a warm pool of lamp light from the upper left, darker below the shelf
    pool = np.exp(-(((x - 0.15) / 0.55) ** 2 + ((y - 0.05) / 0.55) ** 2))
    plaster = 1.0 + 0.05 * (frame.noise("shelf/plaster", 30, octaves=4) - 0.5)
    wall = (plaster * (0.35 + 0.9 * pool))[..., None] * np.array([44, 54, 66], dtype=np.float32)
    wall = wall + (pool**2 * 40.0)[..., None] * np.array([1.0, 0.7, 0.35])
    # the shelf: an oak plank's top seen a little from above, then its front edge
    top, front, bottom = 0.71, 0.745, 0.79
    grain = 0.5 + 0.5 * np.sin(2 * np.pi * (y * h / 5.0 + 9.0 * frame.noise("shelf/oak", 6, octaves=3)))
    oak = (130.0 + 35.0 * grain + 25.0 * (frame.noise("shelf/knots", 20) - 0.5))[..., None] * np.array(
        [1.0, 0.72, 0.46], dtype=np.float32
    )
    lit = (0.55 + 0.6 * np.exp(-(((x - 0.2) / 0.7) ** 2)))[..., None]
    plank_top = _smooth(top - 0.001, top + 0.001, y) * _smooth(front + 0.001, front - 0.001, y)
    plank_front = _smooth(front - 0.001, front + 0.001, y) * _smooth(bottom + 0.001, bottom - 0.001, y)
    scene = wall * (1 - _blurred(_smooth(bottom - 0.01, bottom + 0.06, y), 2)[..., None] * 0.55)
    scene = _shade(scene, _blurred((y > bottom).astype(np.float32) * np.exp(-((y - bottom) / 0.04)), 6), 0.5)
    scene = _over(scene, oak * lit * 1.05, plank_top)
    scene = _over(scene, oak * lit * 0.62, plank_front)
    # a stack of three books lying flat at the right, their spines towards the camera
    stack = (
        (0.64, 0.97, 0.66, (120, 36, 34)),
        (0.66, 0.95, 0.615, (38, 64, 58)),
        (0.65, 0.96, 0.575, (178, 150, 96)),
    )
    below = top + 0.012
    for i, (bx0, bx1, spine_top, tone) in enumerate(stack):
        spine = frame.mask(
            lambda d, at, a=bx0, b=bx1, t=spine_top, u=below: d.rounded_rectangle(
                at(a, t, b, u), radius=4 * SUPERSAMPLE, fill=255
            )
        )
        sx, sy, sz = _rounded(spine, 14.0)
        shade = (0.55 + 0.5 * np.clip(-0.5 * sx + 0.5 * sy + 0.7 * sz, 0, 1))[..., None]
        cloth = 1.0 + 0.06 * (frame.noise(f"shelf/cloth{i}", 300) - 0.5)
        band = np.exp(-(((y - (spine_top + 0.012)) / 0.004) ** 2)) * 0.5
        book = np.array(tone, dtype=np.float32) * shade * lit * cloth[..., None] + (band * 80.0)[..., None]
        scene = _shade(scene, _soft(spine, 10, -12, 4) * (1 - spine), 0.35)
        scene = _over(scene, book, spine)
        below = spine_top
    # the paperback standing on the shelf against the wall, its shadow falling to the lower right
    box = (0.15, 0.30, 0.55, top + 0.005)
    colour, mask = _paperback(frame, box, "shelf/paperback")
    scene = _shade(scene, _soft(mask, 16, 34, 18) * (1 - mask), 0.6)
    colour = colour * (0.82 + 0.3 * np.exp(-(((x - 0.2) / 0.5) ** 2)))[..., None]
    return _as_photo(_over(scene, colour, mask), "shelf")


# ---- a bunch of keys on a split ring --------------------------------------------------------------------------


def _key_outline(length: float, bow: float, teeth: list[float]) -> list[tuple[float, float]]:
    """A key's blade in local px (the bow's centre at the origin, the blade along +x): shoulder, teeth, tip."""
    half = 0.09 * length
    start = 0.42 * bow
    points = [(start, -half * 1.5), (start + 0.06 * length, -half * 1.5), (start + 0.07 * length, -half)]
    span = length - start - 0.14 * length
    for i, cut in enumerate(teeth):
        xa = start + 0.1 * length + span * i / len(teeth)
        points += [
            (xa, -half),
            (xa + 0.25 * span / len(teeth), -half + cut * half),
            (xa + 0.55 * span / len(teeth), -half),
        ]
    points += [(length - 0.04 * length, -half * 0.3), (length, 0.2 * half), (length - 0.05 * length, half)]
    points += [(start + 0.07 * length, half), (start + 0.06 * length, half * 1.5), (start, half * 1.5)]
    return points


def _keys(frame: Frame, centre: tuple[float, float], name: str) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): five keys fanned out below a steel split ring centred at ``centre`` (px)."""
    rng = _rng(name)
    px, py = frame.x * frame.width, frame.y * frame.height
    rcx, rcy = centre
    ring_r = 62.0
    # (angle from straight down, length, bow diameter, tint, base tone, rubber head)
    specs = (
        (-0.95, 300.0, 118.0, (1.0, 0.8, 0.48), 160.0, False),
        (-0.3, 270.0, 104.0, (0.96, 0.97, 1.0), 175.0, False),
        (0.3, 330.0, 112.0, (1.0, 0.8, 0.46), 150.0, True),
        (0.9, 250.0, 100.0, (0.95, 0.96, 1.0), 170.0, False),
        (1.5, 285.0, 114.0, (1.0, 0.84, 0.52), 160.0, False),
    )
    colour = np.zeros((frame.height, frame.width, 3), dtype=np.float32)
    mask = np.zeros((frame.height, frame.width), dtype=np.float32)
    k = SUPERSAMPLE
    for angle, length, bow, tint, base, rubber in specs:
        a = np.pi / 2 - angle
        ca, sa = np.cos(a), np.sin(a)
        # the key hangs from the ring: the hole in its bow sits on the ring's wire
        hx, hy = rcx + ring_r * ca, rcy + ring_r * sa
        bx, by = hx + 0.3 * bow * ca, hy + 0.3 * bow * sa
        teeth = list(rng.uniform(0.2, 0.8, 5))
        outline = [
            (bx + ca * ux - sa * uy, by + sa * ux + ca * uy) for ux, uy in _key_outline(length, bow, teeth)
        ]
        hole = (hx + 0.05 * bow * ca, hy + 0.05 * bow * sa)
        r_bow = 0.5 * bow if not rubber else 0.45 * bow

        def draw(d: ImageDraw.ImageDraw, at, outline=outline, bx=bx, by=by, r_bow=r_bow, hole=hole) -> None:
            d.polygon([(x * k, y * k) for x, y in outline], fill=255)
            d.ellipse([(bx - r_bow) * k, (by - r_bow) * k, (bx + r_bow) * k, (by + r_bow) * k], fill=255)
            d.ellipse(
                [(hole[0] - 11) * k, (hole[1] - 11) * k, (hole[0] + 11) * k, (hole[1] + 11) * k], fill=0
            )

        key = frame.mask(draw) * (1 - mask)
        nx, ny, nz = _rounded(key, 6.0)
        light = np.clip(-0.45 * nx + 0.6 * ny + 0.66 * nz, 0, 1)
        # brushed along the key, and a broad sheen from the light across its length
        along = (px - bx) * ca + (py - by) * sa
        across = -(px - bx) * sa + (py - by) * ca
        lines = rng.normal(0, 1, 512)
        brushed = np.interp(across + 256.0, np.arange(512), lines) * 6.0
        sheen = np.exp(-(((along - 0.55 * length) / (0.22 * length)) ** 2))
        tone = base * (0.45 + 0.55 * light + 0.35 * sheen) + 120.0 * light**16 + brushed
        metal = tone[..., None] * np.array(tint, dtype=np.float32)
        groove = np.exp(-((across / 3.0) ** 2)) * (along > 0.6 * bow) * (along < 0.92 * length)
        metal = metal * (1 - 0.4 * groove)[..., None]
        if rubber:
            head = frame.mask(
                lambda d, at, bx=bx, by=by, bow=bow, hole=hole: [
                    d.ellipse(
                        [
                            (bx - 0.58 * bow) * k,
                            (by - 0.58 * bow) * k,
                            (bx + 0.58 * bow) * k,
                            (by + 0.58 * bow) * k,
                        ],
                        fill=255,
                    ),
                    d.ellipse(
                        [(hole[0] - 11) * k, (hole[1] - 11) * k, (hole[0] + 11) * k, (hole[1] + 11) * k],
                        fill=0,
                    ),
                ]
            ) * (1 - mask)
            rx_, ry_, rz_ = _rounded(head, 14.0)
            soft = np.clip(-0.45 * rx_ + 0.6 * ry_ + 0.66 * rz_, 0, 1)
            rubber_colour = (40.0 + 110.0 * soft + 40.0 * soft**8)[..., None] * np.array([0.3, 0.55, 1.0])
            metal = metal * (1 - head[..., None]) + rubber_colour * head[..., None]
            key = np.maximum(key, head)
        colour = colour + metal * key[..., None]
        mask = np.clip(mask + key, 0, 1)
    # the keys' colours were summed weighted by their coverage: back to the colour under each pixel
    colour = colour / np.maximum(mask, 1e-3)[..., None]
    ring = frame.mask(
        lambda d, at: [
            d.ellipse(
                [(rcx - ring_r) * k, (rcy - ring_r) * k, (rcx + ring_r) * k, (rcy + ring_r) * k],
                outline=255,
                width=round(4 * k),
            ),
            d.ellipse(
                [
                    (rcx - ring_r + 4) * k,
                    (rcy - ring_r + 4) * k,
                    (rcx + ring_r - 4) * k,
                    (rcy + ring_r - 4) * k,
                ],
                outline=255,
                width=round(3.5 * k),
            ),
        ]
    )
    steel = _metal(ring, 3.0, (0.95, 0.96, 1.0), 150.0)
    colour = colour * (1 - ring[..., None]) + steel * ring[..., None]
    mask = np.maximum(mask, ring)
    return colour, mask


def keys_packshot() -> Image.Image:
    """A bunch of five keys on a split ring, lying flat, small in the middle of a 1300 px white square."""
    frame = Frame(1300, 1300)
    colour, mask = _keys(frame, (640.0, 470.0), "keys")
    backdrop = _shade(_white(frame), _soft(mask, 6, 8, 10) * (1 - mask), 0.3)
    backdrop = _shade(backdrop, _soft(mask, 1.5, 2, 2) * (1 - mask), 0.25)
    return _as_photo(_over(backdrop, colour, mask), "keys", mask)


# ---- a folded moss-green wool scarf -------------------------------------------------------------------------


def _stockinette(frame: Frame, stitch: float, name: str) -> np.ndarray:
    """0..1 relief of a stockinette knit: rows of small Vs lying on their side (the knit's columns run along
    the scarf, left to right), ``stitch`` px wide, two legs per stitch."""
    py, px = frame.x * frame.width, frame.y * frame.height
    wobble = 1.5 * (frame.noise(name + "/wobble", 25) - 0.5)
    u = ((px + wobble) / stitch) % 1.0
    v = ((py + 0.5 * wobble) / (0.8 * stitch)) % 1.0
    relief = np.zeros_like(px)
    for centre, slant in ((0.27, 1.0), (0.73, -1.0)):
        du, dv = u - centre, v - 0.5
        along = dv * 0.87 + slant * du * 0.5
        across = du * 0.87 - slant * dv * 0.5
        relief = np.maximum(relief, np.exp(-((across / 0.17) ** 2) - ((along / 0.5) ** 2)))
    return relief


def wool_scarf_packshot() -> Image.Image:
    """A moss-green wool scarf folded in three on white in a 5:4 landscape, its fine knit and a fringe."""
    frame = Frame(1400, 1120)
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    k = SUPERSAMPLE
    # the folded panel: soft, slightly uneven long edges top and bottom, folds rolling over at each side
    left, right, top, bottom = 0.13 * w, 0.79 * w, 0.31 * h, 0.66 * h
    sway = 10.0 * (frame.noise("wool_scarf/sway", 4, octaves=2) - 0.5)
    panel = (
        np.clip(px - left + 0.5 + 0.4 * sway, 0, 1)
        * np.clip(right - px + 0.5 - 0.4 * sway, 0, 1)
        * np.clip(py - top + 0.5 + sway, 0, 1)
        * np.clip(bottom - py + 0.5 - sway, 0, 1)
    )
    panel = _blurred(panel, 0.7)
    # the layers under it show at the left fold and along the bottom, a little lower and to the left
    under = np.maximum(
        np.roll(np.roll(panel, 12, axis=0), -14, axis=1), np.roll(np.roll(panel, 22, axis=0), -6, axis=1)
    )
    rng = _rng("wool_scarf/fringe")
    # the fringe: twisted tassels out of the scarf's end at the right, lying loose
    tassels = [
        (
            0.33 + 0.32 * i / 12 + rng.uniform(-0.004, 0.004),
            rng.uniform(0.07, 0.095),
            rng.uniform(-0.03, 0.03),
            rng.uniform(-0.012, 0.012),
        )
        for i in range(13)
    ]
    fringe = frame.mask(
        lambda d, at: [
            d.line(
                [
                    tuple(at(0.785, y)),
                    tuple(at(0.785 + 0.5 * length, y + 0.4 * drift + kink)),
                    tuple(at(0.785 + length, y + drift)),
                ],
                fill=255,
                width=round(8 * k),
                joint="curve",
            )
            for y, length, drift, kink in tassels
        ]
    )
    relief = _stockinette(frame, 11.0, "wool_scarf")
    fuzz = frame.noise("wool_scarf/fuzz", 350) - 0.5
    heather = frame.noise("wool_scarf/heather", 140, octaves=2) - 0.5
    wool = np.array([86, 110, 60], dtype=np.float32)
    # the folds: the fabric rolls over at the sides (dark underneath), with soft creases across the panel
    roll = np.clip((px - left) / 45.0, 0, 1)
    fold_light = 0.62 + 0.38 * np.sqrt(roll) + 0.08 * (px < left + 45) * (1 - roll)
    creases = 0.08 * np.sin(2 * np.pi * (px * 0.6 + py) / 380.0 + 4 * frame.noise("wool_scarf/creases", 5))
    edge = np.clip(np.minimum(py - top, bottom - py) / 14.0, 0, 1)
    lit = (fold_light + creases) * (0.75 + 0.25 * edge)
    knit = 0.58 + 0.55 * relief + 0.1 * fuzz + 0.14 * heather
    colour = (lit * knit)[..., None] * wool
    under_colour = ((0.6 + 0.5 * relief + 0.1 * fuzz) * 0.62)[..., None] * wool
    twist = 0.5 + 0.5 * np.sin((py * 0.9 - px * 1.3) * 0.9)
    fringe_colour = (0.62 + 0.35 * twist + 0.1 * fuzz)[..., None] * wool
    lower = np.clip(under + fringe * (1 - under), 0, 1) * (1 - panel)
    lower_colour = under_colour * under[..., None] + fringe_colour * (1 - under[..., None])
    shade = 1.0 - 0.4 * _soft(panel, 7, -4, 8) * (1 - panel)
    colour = colour * panel[..., None] + lower_colour * shade[..., None] * lower[..., None]
    mask = np.clip(panel + lower, 0, 1)
    colour = colour / np.maximum(mask, 1e-3)[..., None]
    # stray fibres standing out of the outline make the edge a little fuzzy
    halo = np.clip(_blurred(mask, 1.5) - mask, 0, 1) * (frame.noise("wool_scarf/halo", 500) > 0.6)
    colour = np.where(mask[..., None] > 0.01, colour, wool * 0.8)
    mask = np.clip(mask + 0.6 * halo, 0, 1)
    backdrop = _shade(_white(frame), _soft(mask, 20, 10, 18) * (1 - mask), 0.22)
    return _as_photo(_over(backdrop, colour, mask), "wool_scarf", mask)
