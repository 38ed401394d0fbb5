"""``heldout9``'s pictures: three products a home, craft and toy shop lists, and two scenes.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 3:4 portrait with the product well off centre (grinder), a 16:10
  landscape (yarn), a big square with a very small product and a huge white margin (truck);
- the canvases they are padded onto (``PADDING``): a tight 3:4 portrait, a 16:10 landscape with a wide
  margin, and a 3:1 banner around a very small picture;
- a matte black product with a smoked translucent hopper (a coffee grinder), a soft pale product with
  almost no contrast (a pale-pink wool skein with a paper band), a tiny glossy toy in saturated primary
  colours (a plastic dump truck);
- every picture is finished the way a phone's HDR mode and an editing app finish it: shadows lifted
  (no true black), local contrast boosted, colours a little more saturated, the sensor noise smeared
  by noise reduction, exported losslessly as a PNG (no JPEG blocks at all);
- two full-frame scenes: the skein on a grey-blue linen sofa beside a mustard cushion in a living room
  lit by a window on the left, and the truck on concrete paving before a red brick wall outdoors under
  an overcast sky (a 9:16 phone portrait).

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its
shadow or backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageFilter

from bench.photo_sets.heldout4 import SUPERSAMPLE, Frame, _font, _over
from bench.photo_sets.heldout8 import _shade, _white

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "grinder": (720, 1.08, 1.3333),
    "yarn": (560, 1.66, 0.625),
    "truck": (300, 3.2, 0.3333),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout9/" + name).encode()))


def _blurred(values: np.ndarray, radius: float) -> np.ndarray:
    from scipy import ndimage

    return ndimage.gaussian_filter(values.astype(np.float32), radius, mode="nearest")


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A phone's HDR finish: lifted shadows, local contrast, a little more saturation, denoised grain, PNG."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0)
    backdrop = pixels.min(axis=2) >= 254.5  # a clipped white backdrop stays clipped white
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    base = _blurred(luma, max(pixels.shape[:2]) / 60.0) / 255.0
    gain = 1.0 + 0.32 * (1.0 - base) ** 2  # the tone mapper lifts what lies in a dark region
    lifted = pixels * gain[..., None] + 14.0 * (1.0 - pixels / 255.0) ** 6
    lifted = np.minimum(lifted, np.maximum(pixels, 253.0))  # it does not push a mid-tone into clipping
    luma2 = lifted @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    clarity = 0.22 * (luma2 - _blurred(luma2, 12.0))
    grey = luma2[..., None]
    toned = grey + 1.12 * (lifted - grey) + clarity[..., None]
    grain = _rng(name + "/sensor").normal(0.0, 1.6, pixels.shape[:2]).astype(np.float32)
    toned = toned + grain[..., None]
    toned[backdrop] = 255.0
    image = Image.fromarray(np.clip(toned + 0.5, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.MedianFilter(3))  # the noise reduction smears grain and fine fibre
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _soft(mask: np.ndarray, radius: float, dx: int = 0, dy: int = 0) -> np.ndarray:
    shifted = np.roll(np.roll(mask, dy, axis=0), dx, axis=1)
    return np.clip(_blurred(shifted, radius), 0.0, 1.0)


# ---- a matte black burr coffee grinder ----------------------------------------------------------------


def _grinder(
    frame: Frame, cx: float, top: float, bottom: float, behind: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a matte black grinder, a smoked hopper with beans, a dial, a grounds bin, a button.

    ``cx`` in shares of the width, ``top``/``bottom`` in shares of the height; its proportions hold in px."""
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    height = (bottom - top) * h
    ox, oy = cx * w, top * h

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        """grinder units (x from the axis, y from the top, both in heights) -> frame shares"""
        return (
            (ox + x0 * height) / w, (oy + y0 * height) / h, (ox + x1 * height) / w, (oy + y1 * height) / h
        )

    def rad(units: float) -> float:
        return units * height * SUPERSAMPLE

    u = (px - ox) / height  # across, in heights
    v = (py - oy) / height  # down, 0 at the lid's top
    hopper_r = 0.15 - 0.06 * np.clip((v - 0.04) / 0.36, 0, 1)
    lid = frame.mask(lambda d, at: d.rounded_rectangle(at(*box(-0.16, 0.0, 0.16, 0.045)), radius=rad(0.012),
                                                       fill=255))
    hopper = (np.clip(hopper_r - np.abs(u) + 0.002, 0, 0.002) / 0.002) * ((v > 0.04) & (v < 0.40))
    hopper = _blurred(hopper.astype(np.float32), 1.0)
    body = frame.mask(lambda d, at: d.rounded_rectangle(at(*box(-0.125, 0.39, 0.125, 0.90)), radius=rad(0.02),
                                                        fill=255))
    foot = frame.mask(lambda d, at: d.rounded_rectangle(at(*box(-0.17, 0.86, 0.17, 1.0)), radius=rad(0.015),
                                                        fill=255))
    dial = frame.mask(lambda d, at: d.rectangle(at(*box(-0.132, 0.40, 0.132, 0.46)), fill=255))
    recess = frame.mask(lambda d, at: d.rounded_rectangle(at(*box(-0.085, 0.64, 0.085, 0.85)),
                                                          radius=rad(0.01), fill=255))
    bin_ = frame.mask(lambda d, at: d.rounded_rectangle(at(*box(-0.07, 0.72, 0.07, 0.85)), radius=rad(0.008),
                                                        fill=255))
    button = frame.mask(lambda d, at: d.ellipse(at(*box(-0.022, 0.52, 0.022, 0.564)), fill=255))
    nx = np.clip(u / 0.125, -1.0, 1.0)
    nz = np.sqrt(np.clip(1.0 - nx**2, 0.0, 1.0))
    # matte black: a broad soft sheen from a softbox on the left, no sharp highlight
    matte = 24.0 + 16.0 * nz + 22.0 * np.exp(-(((nx + 0.45) / 0.35) ** 2)) - 8.0 * np.clip(nx, 0, 1)
    matte = matte * (0.97 + 0.06 * frame.noise("grinder/powder", 300))
    colour = np.repeat(matte[..., None], 3, axis=2) * np.array([1.0, 1.0, 1.03], dtype=np.float32)
    knurl = 0.5 + 0.5 * np.sin(2 * np.pi * u / 0.008)
    ring = (48.0 + 30.0 * nz + 18.0 * knurl)[..., None] * np.array([1.0, 1.0, 1.02], dtype=np.float32)
    colour = colour * (1 - dial[..., None]) + ring * dial[..., None]
    ticks = ((np.abs((u + 0.11) % 0.022 - 0.011) < 0.0016) & (v > 0.463) & (v < 0.478) & (np.abs(u) < 0.11))
    colour[ticks] = 205.0
    colour = colour * (1 - recess[..., None]) + 12.0 * recess[..., None]
    # the grounds bin: smoked plastic with ground coffee at its bottom
    grounds = np.clip((v - 0.80) / 0.004, 0, 1)[..., None] * np.array([62, 40, 26], dtype=np.float32)
    smoked = 30.0 + 14.0 * np.exp(-(((u + 0.04) / 0.012) ** 2))
    bin_colour = np.where(((v > 0.80) & (bin_ > 0.5))[..., None], grounds, smoked[..., None])
    colour = colour * (1 - bin_[..., None]) + bin_colour * bin_[..., None]
    led = np.clip(1.0 - np.abs(np.hypot(u, v - 0.542) - 0.017) / 0.004, 0, 1)
    colour = colour * (1 - button[..., None]) + 30.0 * button[..., None]
    colour += (190.0 * led * button)[..., None] * np.array([1.0, 1.0, 1.0], dtype=np.float32)
    # the hopper: smoked translucent plastic over the backdrop, half full of beans
    beans_level = 0.25
    beans = frame.noise("grinder/beans", 90, octaves=2)
    bean = (0.35 + 0.9 * np.clip((beans - 0.35) / 0.3, 0, 1) ** 2)[..., None] * np.array(
        [92, 54, 30], dtype=np.float32
    )
    bean *= (0.8 + 0.3 * (1 - np.abs(u) / 0.12))[..., None]
    inside = np.where((v > beans_level)[..., None], bean, behind)
    glass = inside * 0.42 + np.array([52, 44, 38], dtype=np.float32) * 0.58
    glint = np.exp(-(((u + 0.6 * hopper_r) / 0.008) ** 2)) * ((v > 0.07) & (v < 0.36))
    glass += (120.0 * glint)[..., None]
    glass += (45.0 * np.exp(-(((np.abs(u) - hopper_r + 0.004) / 0.003) ** 2)))[..., None]  # its walls' edges
    colour = colour * (1 - hopper[..., None]) + glass * hopper[..., None]
    lid_colour = (30.0 + 20.0 * np.exp(-(((u + 0.06) / 0.05) ** 2)))[..., None] * np.ones(3, np.float32)
    colour = colour * (1 - lid[..., None]) + lid_colour * lid[..., None]
    mask = np.maximum.reduce([lid, hopper, body, foot, dial])
    size = SUPERSAMPLE * max(8, int(0.026 * height))
    at_logo = box(-0.05, 0.60, 0, 0)[:2]
    grey = (120, 120, 124)
    logo = frame.painting(lambda d, at: d.text(at(*at_logo), "BURR 40", fill=grey, font=_font(size)))
    inked = (logo.max(axis=2) > 10)[..., None] & (body > 0.5)[..., None]
    colour = np.where(inked, logo, colour)
    return colour, mask


def grinder_packshot() -> Image.Image:
    """The grinder on white in a 3:4 portrait, well left of and below the centre, a soft contact shadow."""
    frame = Frame(1200, 1600)
    behind = _white(frame)
    colour, mask = _grinder(frame, 0.36, 0.26, 0.86, behind)
    backdrop = _shade(behind, frame.blob(0.37, 0.862, 0.22, 0.012), 0.5)
    backdrop = _shade(backdrop, _soft(mask, 22, 14, 10) * (frame.y > 0.5), 0.12)
    return _as_photo(_over(backdrop, colour, mask), "grinder", mask)


# ---- a pale-pink wool skein -------------------------------------------------------------------------------


def _skein(
    frame: Frame, x0: float, x1: float, cy: float, thickness: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a twisted hank of pale-pink wool lying along x, a cream paper band round its middle.

    ``x0``/``x1`` in shares of the width, ``cy`` of the height, ``thickness`` in px."""
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    length = (x1 - x0) * w
    t = (px - x0 * w) / length
    twists = 5.0
    phase = 2 * np.pi * twists * t
    radius = 0.5 * thickness * (0.86 + 0.14 * np.abs(np.cos(phase)))
    ends = np.sqrt(np.clip(1.0 - ((2 * t - 1) ** 2) ** 6, 0.0, 1.0))  # the folded loops round off the ends
    radius = radius * ends
    dy = py - cy * h
    fuzz = 0.5 * (frame.noise(name + "/fuzz", 160) - 0.5) * thickness * 0.08
    mask = np.clip(radius - np.abs(dy) + fuzz + 0.5, 0, 1) * ((t > 0) & (t < 1))
    ny = np.clip(dy / np.maximum(radius, 1.0), -1.0, 1.0)
    nz = np.sqrt(1.0 - ny**2)
    # the plied strands run diagonally and change direction at every half twist
    direction = np.sign(np.sin(phase) + 1e-6)
    strands = 0.5 + 0.5 * np.sin(2 * np.pi * (px * 0.9 + direction * dy * 1.6) / (thickness * 0.09))
    fibre = frame.noise(name + "/fibre", 700)
    light = 0.80 + 0.18 * nz - 0.08 * ny - 0.06 * np.abs(np.sin(phase)) ** 8
    tone = light * (0.955 + 0.04 * strands + 0.03 * (fibre - 0.5))
    colour = tone[..., None] * np.array([238, 200, 205], dtype=np.float32)
    band = np.abs(t - 0.5) < 0.07
    band_mask = band & (np.abs(dy) < 0.5 * thickness * 0.95)
    paper = (0.86 + 0.12 * nz)[..., None] * np.array([240, 230, 210], dtype=np.float32)
    colour = np.where(band_mask[..., None], paper, colour)
    ink = frame.painting(
        lambda d, at: d.text(at(x0 + 0.448 * (x1 - x0), cy - 0.30 * thickness / h), "MERINO",
                             fill=(90, 70, 74), font=_font(SUPERSAMPLE * max(8, int(0.15 * thickness))))
    )
    ink2 = frame.painting(
        lambda d, at: d.text(at(x0 + 0.45 * (x1 - x0), cy + 0.06 * thickness / h), "100 g",
                             fill=(90, 70, 74), font=_font(SUPERSAMPLE * max(8, int(0.11 * thickness))))
    )
    ink = np.maximum(ink, ink2)
    inked = ((ink.max(axis=2) > 10) & band_mask)[..., None]
    colour = np.where(inked, ink, colour)
    mask = np.maximum(mask, band_mask.astype(np.float32))
    return colour, mask


def yarn_packshot() -> Image.Image:
    """The skein on white in a 16:10 landscape, lying a little aslant, a soft shadow under it."""
    frame = Frame(1600, 1000)
    colour, mask = _skein(frame, 0.16, 0.84, 0.5, 230.0, "yarn")
    colour_img = Image.fromarray(np.clip(colour + 0.5, 0, 255).astype(np.uint8)).rotate(
        -7.0, Image.Resampling.BICUBIC, fillcolor=(255, 255, 255)
    )
    mask_img = Image.fromarray(np.clip(mask * 255 + 0.5, 0, 255).astype(np.uint8))
    mask = np.asarray(mask_img.rotate(-7.0, Image.Resampling.BICUBIC), dtype=np.float32) / 255.0
    colour = np.asarray(colour_img, dtype=np.float32)
    backdrop = _shade(_white(frame), _soft(mask, 16, 6, 18), 0.2)
    return _as_photo(_over(backdrop, colour, mask), "yarn", mask)


def living_room_scene() -> Image.Image:
    """The skein on a grey-blue linen sofa beside a mustard cushion, a window on the left, a plank floor."""
    frame = Frame(1800, 1350)
    x, y = frame.x, frame.y
    px, py = x * frame.width, y * frame.height
    window = (0.55 + 0.6 * np.exp(-((x / 0.45) ** 2)) + 0.1 * frame.blob(0.0, 0.3, 0.3, 0.5))[..., None]
    wall = np.array([214, 204, 188], dtype=np.float32) * window
    wall *= (0.98 + 0.04 * frame.noise("room/plaster", 80))[..., None]
    frame_edge = x < 0.045
    wall[frame_edge] = np.array([246, 246, 244], dtype=np.float32)  # the window's frame, near white
    wall[(x > 0.045) & (x < 0.055)] *= 0.8
    weave = 0.5 + 0.25 * np.sin(2 * np.pi * px / 3.2) + 0.25 * np.sin(2 * np.pi * py / 3.4)
    linen = (0.88 + 0.05 * weave + 0.07 * frame.noise("room/slub", 400))[..., None] * np.array(
        [112, 128, 146], dtype=np.float32
    )
    back = (y > 0.30) & (y < 0.58) & (x > 0.02) & (x < 0.98)
    seat = (y >= 0.58) & (y < 0.86) & (x > 0.02) & (x < 0.98)
    sofa_light = (0.62 + 0.55 * np.exp(-((x / 0.55) ** 2)))[..., None]
    scene = wall.copy()
    scene = np.where(back[..., None], linen * sofa_light * (0.9 + 0.1 * (y - 0.3) / 0.28)[..., None], scene)
    scene = np.where(seat[..., None], linen * sofa_light * 1.08, scene)
    scene[(np.abs(y - 0.58) < 0.006) & (x > 0.02) & (x < 0.98)] *= 0.62  # the seat cushion's seam
    scene[(np.abs(x - 0.5) < 0.002) & seat] *= 0.7  # between the two seat cushions
    floor = (y >= 0.86)
    planks = 0.5 + 0.5 * np.sin(2 * np.pi * (x * 9 + 0.8 * frame.noise("room/warp", 4)))
    oak = (0.7 + 0.2 * planks + 0.1 * frame.noise("room/floor", 200))[..., None] * np.array(
        [170, 130, 92], dtype=np.float32
    )
    scene = np.where(floor[..., None], oak * sofa_light, scene)
    scene[(y >= 0.86) & (y < 0.875)] *= 0.35  # under the sofa
    # a mustard cushion leaning on the back, right of centre
    cushion = frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.60, 0.30, 0.86, 0.68), radius=at(0.04)[0], fill=255)
    )
    puff = np.clip(1.0 - np.hypot((x - 0.73) / 0.16, (y - 0.49) / 0.25), 0, 1) ** 0.5
    mustard = ((0.55 + 0.45 * puff) * (0.94 + 0.06 * weave))[..., None]
    mustard = mustard * np.array([206, 158, 48], dtype=np.float32)
    scene = _shade(scene, _soft(cushion, 20, -18, 16) * (1 - cushion), 0.35)
    scene = _over(scene, mustard * sofa_light, cushion)
    colour, mask = _skein(frame, 0.16, 0.54, 0.70, 150.0, "room/skein")
    scene = _shade(scene, _soft(mask, 14, 10, 14) * (1 - mask), 0.4)
    colour = colour * (0.78 + 0.3 * np.exp(-((x / 0.5) ** 2)))[..., None]
    return _as_photo(_over(scene, colour, mask), "living_room")


# ---- a kids' plastic dump truck ---------------------------------------------------------------------------


def _truck(frame: Frame, x0: float, y0: float, length: float) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a toy dump truck seen from the side, facing left: a red cab, a yellow tipper,
    a blue chassis, four black tyres with yellow hubs, glossy highlights. ``x0``/``y0`` (its top left)
    in shares of the width/height, ``length`` in px."""
    w, h = frame.width, frame.height

    def at_units(at, *points: float) -> list[float]:
        shares = [((x0 * w + p * length) / w) if i % 2 == 0 else ((y0 * h + p * length) / h)
                  for i, p in enumerate(points)]
        return at(*shares)

    u = (frame.x * w - x0 * w) / length
    v = (frame.y * h - y0 * h) / length
    parts: list[tuple[np.ndarray, np.ndarray]] = []

    def part(draw, colour: tuple[int, int, int], shade_top: float = 0.0) -> np.ndarray:
        m = frame.mask(draw)
        base = np.array(colour, dtype=np.float32)
        lit = (1.0 + shade_top * np.clip(0.5 - v, -0.5, 0.5))[..., None] * base
        parts.append((m, lit))
        return m

    corner = 0.012 * length / w
    part(
        lambda d, at: d.rounded_rectangle(
            at_units(at, 0.04, 0.40, 0.98, 0.52), radius=at(corner)[0], fill=255
        ),
        (28, 70, 170),
        0.3,
    )
    cab = part(
        lambda d, at: d.polygon(
            at_units(at, 0.02, 0.42, 0.02, 0.22, 0.08, 0.10, 0.30, 0.10, 0.30, 0.42), fill=255
        ),
        (214, 28, 30),
        0.5,
    )
    part(lambda d, at: d.polygon(at_units(at, 0.34, 0.40, 0.30, 0.12, 0.98, 0.06, 0.98, 0.40), fill=255),
         (250, 196, 0), 0.35)
    part(lambda d, at: d.polygon(at_units(at, 0.085, 0.21, 0.115, 0.14, 0.26, 0.14, 0.26, 0.21), fill=255),
         (150, 200, 230), 0.8)
    for cxw in (0.18, 0.78):
        for r, shade in ((0.11, (22, 22, 24)), (0.05, (240, 190, 0)), (0.015, (40, 40, 44))):
            part(
                lambda d, at, c=cxw, r=r: d.ellipse(at_units(at, c - r, 0.47 - r, c + r, 0.47 + r), fill=255),
                shade,
            )
    colour = np.zeros((h, w, 3), dtype=np.float32)
    mask = np.zeros((h, w), dtype=np.float32)
    for m, lit in parts:
        colour = colour * (1 - m[..., None]) + lit * m[..., None]
        mask = np.maximum(mask, m)
    # the tipper's ribs and the grille: darker lines
    ribs = (np.abs((u - 0.40) % 0.12 - 0.06) < 0.006) & (v > 0.10) & (v < 0.38) & (u > 0.38) & (u < 0.96)
    colour[ribs] *= 0.78
    grille = (np.abs((v - 0.30) % 0.03 - 0.015) < 0.004) & (u > 0.02) & (u < 0.05) & (v > 0.26) & (v < 0.40)
    colour[grille] *= 0.5
    # glossy plastic: soft specular streaks along the top edges (an HDR phone keeps them below clipping)
    gloss = np.exp(-(((v - 0.135) / 0.012) ** 2)) * (u > 0.10) * (u < 0.29) * (cab > 0.5)
    gloss += np.exp(-(((v - 0.09) / 0.01) ** 2) - (((u - 0.65) / 0.2) ** 2)) * (v > 0.07) * (u > 0.33)
    colour += (np.clip(gloss, 0, 1) * 110.0)[..., None]
    colour = np.minimum(colour, 243.0)
    return colour, mask


def truck_packshot() -> Image.Image:
    """The truck, small, on a big white square: about a fifth of its width, a little right of centre."""
    frame = Frame(1700, 1700)
    colour, mask = _truck(frame, 0.44, 0.47, 360.0)
    backdrop = _shade(_white(frame), frame.blob(0.546, 0.47 + 0.56 * 360 / 1700, 0.11, 0.006), 0.45)
    return _as_photo(_over(backdrop, colour, mask), "truck", mask)


def brick_wall_scene() -> Image.Image:
    """The truck on concrete paving before a red brick wall, overcast daylight, a 9:16 phone portrait."""
    frame = Frame(1080, 1920)
    x, y = frame.x, frame.y
    px, py = x * frame.width, y * frame.height
    course = 64.0
    row = np.floor(py / course)
    along = (px + (row % 2) * 95.0) / 190.0
    brick_id = (row * 97 + np.floor(along)).astype(np.int64) % 1024
    tones = _rng("bricks/tones").uniform(0.78, 1.12, 1024).astype(np.float32)[brick_id]
    mortar = (np.abs(py % course - course / 2) > course / 2 - 5) | (np.abs(along % 1.0 - 0.5) > 0.5 - 5 / 190)
    brick = (tones * (0.9 + 0.2 * frame.noise("bricks/sand", 300, octaves=2)))[..., None] * np.array(
        [150, 66, 48], dtype=np.float32
    )
    grey = (0.92 + 0.1 * frame.noise("bricks/mortar", 200))[..., None]
    grey = grey * np.array([176, 170, 160], dtype=np.float32)
    wall = np.where(mortar[..., None], grey, brick)
    sky = (0.95 + 0.1 * (1 - y))[..., None]  # overcast: soft, a little brighter at the top
    wall *= sky
    ground = y > 0.62
    depth = np.clip((y - 0.62) / 0.38, 1e-3, 1)
    slab_row = np.floor(np.sqrt(depth) * 7.0)
    joint = (np.abs(np.sqrt(depth) * 7.0 - slab_row - 0.5) > 0.48) | (
        np.abs(((x - 0.5) / (0.3 + 0.7 * depth) * 3.0) % 1.0 - 0.5) > 0.485
    )
    concrete = (0.85 + 0.15 * frame.noise("paving/concrete", 60, octaves=4))[..., None] * np.array(
        [168, 166, 160], dtype=np.float32
    )
    concrete = np.where(joint[..., None], concrete * 0.7, concrete)
    scene = np.where(ground[..., None], concrete, wall)
    scene[(y > 0.615) & (y < 0.625)] *= 0.55  # the wall's foot in shadow
    colour, mask = _truck(frame, 0.10, 0.52, 860.0)
    scene = _shade(scene, frame.blob(0.5, 0.52 + 0.56 * 860 / 1920, 0.45, 0.012), 0.55)
    scene = _shade(scene, _soft(mask, 24, 0, 18) * (1 - mask), 0.25)
    return _as_photo(_over(scene, colour * 0.92, mask), "brick_wall")
