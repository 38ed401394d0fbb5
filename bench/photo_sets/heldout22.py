"""``heldout22``'s pictures: four products a haberdasher, beach shop, bath shop and sweet shop list, and one
scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 10:17 portrait of 700 x 1190 (scissors), a 13:11 landscape of 1300 x 1100
  (beach ball), a 25:19 landscape of 1250 x 950 (sea sponge), a 15:8 landscape of 1500 x 800 (gummy bears);
  the scene is a 27:20 landscape of 1350 x 1000;
- the canvases they are padded onto (``PADDING``): a tall 1:1.7 portrait a little taller than the scissors'
  picture (broad white either side of them), a 25:18 landscape with broad margins either side of the ball (and
  the scene), a 32:25 landscape barely larger than the sponge's picture (a 3 % margin), and a 25:14 landscape
  many times as wide as a very small picture of the gummy bears;
- a pair of black-coated steel tailor's scissors standing a little open, blades up (a very dark, thin
  product: tapering blades 3 px wide at their tips with a polished bevel along each cutting edge, two black
  plastic finger loops that enclose the backdrop); an inflatable beach ball of six glossy vinyl gores in
  saturated red, yellow, blue, white, green and orange (very bright colours that clip a channel of sRGB
  where lit, a clipped specular highlight, thin seams); a pale natural sea sponge (a fine porous texture of
  small brown pores and a few deep oscula on a pale tan, an irregular ragged outline with holes through it
  near its rim: a pale, finely textured product); a loose pile of translucent gummy bears in red, orange,
  yellow, green and clear (the white sweep glowing through them, brighter and paler at their thin edges,
  tinted shadows, small glossy glints);
- every picture is finished the way a phone's picture looks after a messaging app forwarded it: the phone's
  own finish (a slightly cool white balance, a little luma noise, mild sharpening, JPEG 93 with 4:4:4
  chroma), then the app's re-encoding of a copy it cropped by a few pixels at the top left (JPEG 70 with
  4:2:0 chroma on an 8 x 8 block grid that does not line up with the first one: double, misaligned
  blocking); the clipped white sweep is kept white through both;
- one full-frame scene: the beach ball on a sunlit lawn of fine grass blades before an out-of-focus dark
  hedge, its hard shadow falling to the right.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image

from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout11 import _lit

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "scissors": (1000, 0.64, 1.7),
    "beach_ball": (500, 1.75, 0.72),
    "sea_sponge": (900, 1.03, 0.78),
    "gummy_bears": (240, 4.4, 0.56),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout22/" + name).encode()))


def _jpeg(pixels: np.ndarray, quality: int, subsampling: int) -> np.ndarray:
    stored = io.BytesIO()
    Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8)).save(
        stored, "JPEG", quality=quality, subsampling=subsampling
    )
    return np.asarray(Image.open(io.BytesIO(stored.getvalue())).convert("RGB"), dtype=np.float32)


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A phone's still as a messaging app forwards it: a cool white balance, a little luma noise, mild
    sharpening, JPEG 93 4:4:4; then re-encoded at JPEG 70 4:2:0 on a block grid shifted by (5, 3) px; the
    clipped white stays white through both."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    pixels = np.stack([_blurred(pixels[..., c], 0.5) for c in range(3)], axis=2)
    # the phone's slightly cool auto white balance, strongest in the shadows (white kept white)
    depth = np.clip(2.5 * (1.0 - pixels.mean(axis=2) / 255.0), 0.0, 1.0)[..., None]
    pixels = pixels * (1.0 + depth * np.array([-0.04, 0.0, 0.05], dtype=np.float32))
    rng = _rng(name + "/sensor")
    luma_noise = rng.normal(0.0, 1.6, (h, w)).astype(np.float32)
    pixels = pixels + luma_noise[..., None]
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32)
    pixels = pixels + (0.7 * (luma - _blurred(luma, 1.0)))[..., None]
    pixels[white] = 255.0
    pixels = _jpeg(pixels, 93, 0)
    # the messaging app: a copy cropped by a few pixels at the top left, so its 8 x 8 blocks do not line up
    # with the phone's (here: padded there and cut back, to keep the picture's frame)
    dy, dx = 3, 5
    pixels[white] = 255.0
    shifted = np.pad(pixels, ((dy, 0), (dx, 0), (0, 0)), mode="edge")
    pixels = _jpeg(shifted, 70, 2)[dy:, dx:]
    pixels[white & (pixels.min(axis=2) >= 248.0)] = 255.0
    return Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))


def _on_sweep(
    frame: Frame,
    colour: np.ndarray,
    mask: np.ndarray,
    name: str,
    depth: float,
    shadow: np.ndarray | None = None,
) -> Image.Image:
    """The product on a white sweep lit by a softbox from the upper left: a contact line and a shadow
    falling a little down and to the right."""
    cast = mask if shadow is None else shadow
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(cast, 1.2, 0, 1) * outside, 0.28)
    backdrop = _shade(backdrop, _soft(cast, 12.0, 8, 8) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


# ---- black-coated steel tailor's scissors -----------------------------------------------------------------


def _blade(
    px: np.ndarray,
    py: np.ndarray,
    base: tuple[float, float],
    tip: tuple[float, float],
    width: float,
    side: float,
) -> tuple[np.ndarray, np.ndarray]:
    """(coverage, bevel) of a blade tapering from ``width`` px at ``base`` to 3 px at ``tip``; its cutting
    edge is on ``side`` (+1 / -1) of the axis, where a polished bevel runs."""
    bx, by = base
    ax, ay = tip[0] - bx, tip[1] - by
    length = float(np.hypot(ax, ay))
    ux, uy = ax / length, ay / length
    along = (px - bx) * ux + (py - by) * uy
    across = -(px - bx) * uy + (py - by) * ux
    t = np.clip(along / length, 0.0, 1.0)
    half = 0.5 * (width + (3.0 - width) * t**0.8)
    # the back of the blade straight, the cutting edge curving in to the tip
    offset = side * 0.25 * width * (1 - t) * t
    inside = np.clip(half - np.abs(across - offset) + 0.5, 0, 1)
    ends = np.clip(along + 0.5, 0, 1) * np.clip(length - along + 0.5, 0, 1)
    edge = side * (across - offset) - half
    bevel = np.exp(-(((edge + 2.2) / 1.3) ** 2))
    return inside * ends, bevel


def _loop(
    px: np.ndarray, py: np.ndarray, cx: float, cy: float, rx: float, ry: float, thick: float
) -> tuple[np.ndarray, np.ndarray]:
    """(coverage, across) of an elliptical finger loop ``thick`` px thick; across runs -1..1 over the tube."""
    r = np.hypot((px - cx) / rx, (py - cy) / ry)
    mean = 0.5 * (rx + ry)
    across = (r - 1.0) * mean / (thick / 2)
    return np.clip((1 - np.abs(across)) * thick / 2 + 0.5, 0, 1), np.clip(across, -1, 1)


def scissors_packshot() -> Image.Image:
    """Black-coated steel tailor's scissors standing a little open, blades up, 10:17 on white."""
    frame = Frame(700, 1190)
    px, py = frame.x * frame.width, frame.y * frame.height
    pivot = (350.0, 700.0)
    blade_a, bevel_a = _blade(px, py, (338.0, 760.0), (292.0, 70.0), 44.0, 1.0)
    blade_b, bevel_b = _blade(px, py, (362.0, 760.0), (410.0, 66.0), 44.0, -1.0)
    sheen_a = np.exp(-((((px - 318.0) + 0.066 * (py - 400.0)) / 6.0) ** 2))
    sheen_b = np.exp(-((((px - 386.0) - 0.07 * (py - 400.0)) / 6.0) ** 2))
    coat = np.array([30, 31, 34], dtype=np.float32)
    tone_a = coat + (np.clip(120.0 * sheen_a + 235.0 * bevel_a, 0, 235))[..., None]
    tone_b = coat * 0.85 + (np.clip(80.0 * sheen_b + 215.0 * bevel_b, 0, 215))[..., None]
    # the shanks down to the loops
    shank_a, _ = _blade(px, py, (346.0, 720.0), (262.0, 820.0), 30.0, 1.0)
    shank_b, _ = _blade(px, py, (354.0, 720.0), (452.0, 850.0), 30.0, -1.0)
    loop_a, across_a = _loop(px, py, 238.0, 950.0, 92.0, 132.0, 24.0)
    loop_b, across_b = _loop(px, py, 468.0, 975.0, 82.0, 108.0, 22.0)
    plastic = np.zeros((frame.height, frame.width, 3), dtype=np.float32)
    for loop, across in ((loop_a, across_a), (loop_b, across_b)):
        nz = np.sqrt(np.clip(1 - across**2, 0, 1))
        lit = _lit(-across * 0.7, -across * 0.7, nz, (-0.45, -0.45, 0.77))
        tone = 14.0 + 38.0 * lit + 120.0 * lit**24
        plastic = _over(plastic, np.repeat(tone[..., None], 3, axis=2), loop)
    handles = np.maximum.reduce([shank_a, shank_b, loop_a, loop_b])
    colour = _over(_white(frame), np.full_like(plastic, 26.0), np.maximum(shank_a, shank_b))
    colour = _over(colour, plastic, np.maximum(loop_a, loop_b))
    colour = _over(colour, tone_b, blade_b)
    colour = _over(colour, tone_a, blade_a)
    # the pivot screw: a small polished steel dome
    r = np.hypot(px - pivot[0], py - pivot[1])
    screw = np.clip(11.0 - r + 0.5, 0, 1)
    dome = 90.0 + 150.0 * np.exp(-((px - pivot[0] + 3) ** 2 + (py - pivot[1] + 3) ** 2) / 12.0)
    colour = _over(colour, np.repeat(dome[..., None], 3, axis=2), screw)
    mask = np.clip(np.maximum.reduce([blade_a, blade_b, handles, screw]), 0, 1)
    return _on_sweep(frame, colour, mask, "scissors", 0.22)


# ---- an inflatable beach ball ------------------------------------------------------------------------------

_GORES = np.array(
    [[232, 22, 30], [255, 214, 0], [0, 86, 226], [246, 246, 244], [22, 176, 64], [255, 118, 0]],
    dtype=np.float32,
)


def _ball(
    px: np.ndarray, py: np.ndarray, cx: float, cy: float, radius: float, light: tuple[float, float, float]
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, coverage) of a glossy six-gore beach ball of ``radius`` px at (cx, cy), its pole tipped
    towards the viewer, lit from ``light``."""
    x, y = (px - cx) / radius, (py - cy) / radius
    d = np.hypot(x, y)
    cover = np.clip((1 - d) * radius + 0.5, 0, 1)
    nz = np.sqrt(np.clip(1 - d**2, 0, 1))
    # the ball's own axes: its pole tipped 35 degrees towards the viewer and turned a little
    tip, turn = np.deg2rad(35.0), 0.4
    by = y * np.cos(tip) - nz * np.sin(tip)
    bz = y * np.sin(tip) + nz * np.cos(tip)
    longitude = np.arctan2(bz, x) + turn
    gore = np.floor((longitude % (2 * np.pi)) / (np.pi / 3)).astype(np.int64) % 6
    base = _GORES[gore]
    # thin welded seams between gores and a white cap with a valve round the pole
    frac = (longitude % (np.pi / 3)) / (np.pi / 3)
    seam = np.exp(
        -((np.minimum(frac, 1 - frac) * np.sqrt(np.clip(1 - by**2, 0, 1)) * radius * np.pi / 3 / 1.2) ** 2)
    )
    cap = np.clip((-by - 0.93) * radius * 0.6 + 0.5, 0, 1)
    base = base * (1 - 0.35 * seam)[..., None]
    base = _over(base, np.full_like(base, 240.0), cap)
    valve = np.clip(0.04 * radius - np.hypot(x, y + np.sin(tip)) * radius + 0.5, 0, 1)
    base = _over(base, np.full_like(base, 205.0), valve)
    lit = _lit(x, y, nz, light)
    shade = 0.42 + 0.78 * lit
    lx, ly, lz = light
    hx, hy, hz = lx, ly, lz + 1.0
    hn = np.sqrt(hx * hx + hy * hy + hz * hz)
    spec = np.clip((x * hx + y * hy + nz * hz) / hn, 0, 1) ** 160
    rim = 0.25 * np.clip(1 - nz, 0, 1) ** 3  # the white sweep mirrored round its rim
    colour = base * shade[..., None] + (330.0 * spec + 255.0 * rim)[..., None]
    return colour, cover


def beach_ball_packshot() -> Image.Image:
    """An inflatable beach ball of six glossy saturated gores, 13:11 on white."""
    frame = Frame(1300, 1100)
    px, py = frame.x * frame.width, frame.y * frame.height
    colour, cover = _ball(px, py, 650.0, 540.0, 470.0, (-0.45, -0.5, 0.74))
    colour = _over(_white(frame), colour, cover)
    return _on_sweep(frame, colour, cover, "beach_ball", 0.32)


def lawn_scene() -> Image.Image:
    """The beach ball on a sunlit lawn of fine grass blades before an out-of-focus dark hedge."""
    frame = Frame(1350, 1000)
    px, py = frame.x * frame.width, frame.y * frame.height
    rng = _rng("lawn/blades")
    blades = rng.normal(0.0, 1.0, (frame.height, frame.width)).astype(np.float32)
    # grass blades: noise smeared upwards (a few px), finer and denser towards the back
    smear = blades.copy()
    for k in range(1, 7):
        smear[:-k] += blades[k:] * (1 - k / 7)
    smear = smear / 2.2
    clumps = frame.noise("lawn/clumps", 14, octaves=3)
    grass = np.array([70, 128, 42], dtype=np.float32) * (0.78 + 0.16 * smear + 0.3 * clumps)[..., None]
    grass = grass * (1.05 + 0.1 * frame.x)[..., None]
    horizon = 0.27 * frame.height
    hedge_tone = frame.noise("lawn/hedge", 10, octaves=3)
    hedge = np.array([26, 48, 24], dtype=np.float32) * (0.7 + 0.7 * hedge_tone)[..., None]
    hedge = np.stack([_blurred(hedge[..., c], 6.0) for c in range(3)], axis=2)
    into = np.clip((py - horizon) / 18.0 + 0.5, 0, 1)[..., None]
    # the lawn further back goes soft too (shallow depth of field)
    far = np.clip(1 - (py - horizon) / (0.25 * frame.height), 0, 1)[..., None]
    soft_grass = np.stack([_blurred(grass[..., c], 3.0) for c in range(3)], axis=2)
    grass = far * soft_grass + (1 - far) * grass
    scene = into * grass + (1 - into) * hedge
    cx, cy, radius = 0.46 * frame.width, 0.62 * frame.height, 250.0
    ball_shadow = np.exp(-(((px - cx - 190.0) / 260.0) ** 2 + ((py - cy - 220.0) / 55.0) ** 2) * 3.0)
    ball_shadow = np.clip(ball_shadow * 1.6, 0, 1) * (py > cy + 120)
    scene = scene * (1 - 0.55 * ball_shadow)[..., None]
    colour, cover = _ball(px, py, cx, cy, radius, (-0.5, -0.55, 0.67))
    # the lawn's green bounced onto the ball's underside
    bounce = 0.3 * np.clip((py - cy) / radius, 0, 1) ** 2
    colour = colour * (1 - bounce[..., None] * np.array([0.5, 0.0, 0.5], dtype=np.float32))
    scene = _over(scene, colour, cover)
    # a few blades standing in front of the ball's lower edge
    front = (np.abs(smear) > 1.9) * (py > cy + 0.85 * radius) * (py < cy + radius + 10)
    scene = _over(scene, grass, front.astype(np.float32) * 0.8)
    return _as_photo(scene, "lawn")


# ---- a natural sea sponge ----------------------------------------------------------------------------------


def sea_sponge_packshot() -> Image.Image:
    """A pale natural sea sponge, porous, with a ragged outline, 25:19 on white."""
    frame = Frame(1250, 950)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx, cy = 0.5 * frame.width, 0.53 * frame.height
    dx, dy = (px - cx) / 470.0, (py - cy) / 350.0
    angle = np.arctan2(dy, dx)
    rng = _rng("sea_sponge/outline")
    wobble = sum(
        rng.uniform(0.02, 0.07) / (1 + 0.3 * k) * np.sin(k * angle + rng.uniform(0, 2 * np.pi))
        for k in range(2, 9)
    )
    ragged = frame.noise("sea_sponge/ragged", 70, octaves=2) - 0.5
    reach = 1.0 + wobble + 0.07 * ragged
    d = np.hypot(dx, dy)
    body = np.clip((reach - d) * 380.0 + 0.5, 0, 1)
    # pores: fine blurred noise thresholded into small dark pits, a few big oscula
    pores_rng = _rng("sea_sponge/pores")
    fine = _blurred(pores_rng.normal(0.0, 1.0, (frame.height, frame.width)).astype(np.float32), 2.2)
    fine = fine / float(fine.std())
    pits = np.clip((fine - 0.3) / 1.6, 0, 1) ** 1.5
    holes = np.zeros_like(pits)
    for _ in range(9):
        a, r = pores_rng.uniform(0, 2 * np.pi), np.sqrt(pores_rng.uniform(0.0, 0.8))
        hx, hy = cx + 470.0 * r * np.cos(a), cy + 350.0 * r * np.sin(a)
        size = pores_rng.uniform(9.0, 24.0)
        holes = np.maximum(holes, np.clip((size - np.hypot(px - hx, (py - hy) * 1.3)) / 6.0, 0, 1))
    # near the rim the pores go right through: the backdrop shows in them
    rim = np.clip((d - (reach - 0.12)) / 0.1, 0, 1)
    through = np.clip(pits * 1.6 - 0.8, 0, 1) * rim
    mask = body * (1 - through)
    dome = np.sqrt(np.clip(1 - (d / np.maximum(reach, 0.5)) ** 2, 0, 1))
    lit = _lit(-dx * 0.8, -dy * 0.8, dome + 0.2, (-0.4, -0.5, 0.77))
    tan = np.array([226, 202, 150], dtype=np.float32)
    lumps = frame.noise("sea_sponge/lumps", 20, octaves=3)
    light = (0.62 + 0.38 * lit) * (0.9 + 0.2 * lumps) * (1 - 0.45 * pits) * (1 - 0.7 * holes)
    colour = tan * light[..., None] * (1 - np.array([0.0, 0.08, 0.2], dtype=np.float32) * pits[..., None])
    colour = _over(_white(frame), colour, mask)
    return _on_sweep(frame, colour.astype(np.float32), mask, "sea_sponge", 0.16)


# ---- a pile of gummy bears ---------------------------------------------------------------------------------

_CANDY = np.array(
    [[214, 18, 40], [255, 120, 10], [255, 200, 20], [60, 190, 40], [236, 232, 214]], dtype=np.float32
)
# a bear's parts as (along, across, half length, half width) shares of its height, head at the top
_PARTS = (
    (0.0, 0.0, 0.22, 0.2),  # body
    (-0.31, 0.0, 0.15, 0.15),  # head
    (-0.43, -0.11, 0.055, 0.055),  # ears
    (-0.43, 0.11, 0.055, 0.055),
    (-0.06, -0.2, 0.07, 0.1),  # arms
    (-0.06, 0.2, 0.07, 0.1),
    (0.22, -0.12, 0.09, 0.08),  # legs
    (0.22, 0.12, 0.09, 0.08),
)


def gummy_bears_packshot() -> Image.Image:
    """A loose pile of translucent gummy bears in five colours, 15:8 on white."""
    frame = Frame(1500, 800)
    colour = _white(frame).astype(np.float32)
    coverage = np.zeros((frame.height, frame.width), dtype=np.float32)
    shadow = np.zeros_like(coverage)
    tint_shadow = np.ones_like(colour)
    rng = _rng("gummy_bears/pile")
    n = 18
    xs = 0.5 * frame.width + rng.normal(0.0, 0.13, n) * frame.width
    ys = 0.55 * frame.height + rng.normal(0.0, 0.09, n) * frame.height
    for i in np.argsort(ys):
        bx, by = float(np.clip(xs[i], 200, frame.width - 200)), float(np.clip(ys[i], 200, frame.height - 200))
        tall = rng.uniform(250.0, 290.0)
        turn = rng.uniform(-0.9, 0.9) + (np.pi if rng.random() < 0.25 else 0.0)
        candy = _CANDY[rng.integers(0, len(_CANDY))]
        r = int(0.62 * tall)
        x0, x1, y0, y1 = int(bx) - r, int(bx) + r, int(by) - r, int(by) + r
        ys_, xs_ = np.mgrid[y0:y1, x0:x1].astype(np.float32)
        du, dv = xs_ - bx, ys_ - by
        along = (du * np.sin(turn) + dv * np.cos(turn)) / tall
        across = (du * np.cos(turn) - dv * np.sin(turn)) / tall
        # thickness: a soft union of the parts' domes (0 at the outline, ~1 in the middle of the body)
        thick = np.zeros_like(along)
        for pa, pc, ha, hc in _PARTS:
            q = 1 - ((along - pa) / ha) ** 2 - ((across - pc) / hc) ** 2
            thick = np.maximum(thick, np.clip(q, 0, 1) * min(ha, hc) / 0.2)
        outline = np.clip(thick * tall * 0.12, 0, 1)
        depth = np.sqrt(np.clip(thick, 0, 1))
        # translucent: the backdrop (and bears under it) seen through, tinted and dimmed with the thickness
        under = colour[y0:y1, x0:x1]
        absorb = 0.3 + 0.65 * depth
        tinted = under * (1 - absorb[..., None]) + (under * candy / 255.0) * absorb[..., None]
        tinted = tinted * (1 - 0.35 * depth)[..., None]
        # glossy gelatine: a small glint where the light meets each dome, a brighter rim on the
        # far side where light comes through
        gy, gx = np.gradient(thick)
        glint = np.exp(-(((gx * tall + 0.8) ** 2 + (gy * tall + 0.8) ** 2) / 0.15)) * (thick > 0.15)
        tinted = tinted + (230.0 * glint)[..., None]
        colour[y0:y1, x0:x1] = _over(under, tinted, outline)
        coverage[y0:y1, x0:x1] = np.maximum(coverage[y0:y1, x0:x1], outline)
        # a tinted, light shadow cast down and to the right
        sy0, sx0 = y0 + 10, x0 + 12
        sy1, sx1 = min(frame.height, sy0 + 2 * r), min(frame.width, sx0 + 2 * r)
        part = outline[: sy1 - sy0, : sx1 - sx0]
        shadow[sy0:sy1, sx0:sx1] = np.maximum(shadow[sy0:sy1, sx0:sx1], part)
        tint_shadow[sy0:sy1, sx0:sx1] = np.minimum(
            tint_shadow[sy0:sy1, sx0:sx1], 1 - part[..., None] * (1 - 0.75 * candy / 255.0) * 0.45
        )
    colour = colour * np.where(coverage[..., None] > 0.5, 1.0, tint_shadow)
    return _on_sweep(frame, colour, coverage, "gummy_bears", 0.12, shadow=shadow * 0.6)
