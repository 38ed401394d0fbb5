"""``heldout12``'s pictures: four products a home, fashion, fitness and gadget shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 4:5 portrait of 1120 x 1400 (carafe), a 13:10 landscape of 1300 x 1000
  (fur bag), a 1200 px square (kettlebell), a 4:3 landscape of 2000 x 1500 around a tiny product (USB
  stick); the scene is a 16:10 landscape of 1600 x 1000;
- the canvases they are padded onto (``PADDING``): a tall 1:1.45 portrait (820 x 1189) as wide as the
  carafe's picture is tall, a 4:3 landscape with a wide margin (1020 x 765), a landscape 1.5 times as wide
  as the kettlebell's picture and flush with its height (720 x 482; the scene's wider picture gets a 16:9
  one), a 4:3 landscape (1400 x 1050) seven times as wide as a very small 200 px picture of the USB stick;
- a clear glass water carafe with an oak stopper (mostly the white backdrop seen through the glass,
  drawn by dark refraction lines, a softbox's stripes and the water line); a lilac faux-fur clutch with a
  gold frame and chain strap (hundreds of soft hairs, fuzzy outline, low micro-contrast even where sharp);
  a matte black rubber kettlebell with an embossed weight (almost no texture, a broad soft sheen, a
  handle enclosing the backdrop); a small USB stick in saturated orange plastic with a metal connector
  and a lanyard hole, lying askew;
- every picture is finished the way a flagship phone's default camera finishes it: a warm white balance,
  strong sharpening with bright and dark halos along edges (the sensor's faint luma noise sharpened with
  it), saved as a JPEG at quality 84 with full 4:4:4 chroma (pure white stays white); the scene also gets
  the lens's warm vignette;
- one full-frame scene: the kettlebell on a light-grey seamless paper sweep in a studio (no pure white
  anywhere), with a smaller one behind it and their soft shadows.

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
    "carafe": (820, 1.0, 1.45),
    "fur_bag": (600, 1.7, 0.75),
    "kettlebell": (480, 1.5, 0.5625),
    "usb_stick": (200, 7.0, 0.75),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout12/" + name).encode()))


def _as_photo(
    pixels: np.ndarray, name: str, mask: np.ndarray | None = None, vignette: bool = False
) -> Image.Image:
    """A flagship phone's finish: warm white balance, faint luma noise, strong sharpening with halos, an
    optional warm vignette, JPEG quality 84 with 4:4:4 chroma; pure white stays white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    h, w = pixels.shape[:2]
    pixels = np.clip(pixels, 0.0, 255.0)
    white = pixels.min(axis=2) >= 254.5
    luma = pixels.mean(axis=2)
    # the warm balance leans on the midtones: white and black stay neutral
    mid = np.sin(np.pi * luma / 255.0)[..., None]
    pixels = pixels * (1.0 + mid * np.array([0.045, 0.01, -0.06], dtype=np.float32))
    pixels = pixels + _rng(name + "/noise").normal(0.0, 1.4, (h, w))[..., None]
    if vignette:
        ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
        r2 = ((xs - w / 2) / (w / 2)) ** 2 + ((ys - h / 2) / (h / 2)) ** 2
        fall = 1.0 - 0.22 * np.clip(r2 / 2.0, 0, 1) ** 1.3
        pixels = pixels * fall[..., None] * (1.0 - (1.0 - fall)[..., None] * np.array([0.0, 0.15, 0.45]))
    luma = pixels.mean(axis=2)
    halo = 1.1 * (luma - _blurred(luma, 1.8)) + 0.35 * (luma - _blurred(luma, 6.0))
    out = pixels + halo[..., None]
    out[white] = 255.0
    image = Image.fromarray(np.clip(out + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=84, subsampling=0)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# ---- a clear glass water carafe with an oak stopper ------------------------------------------------------


def _carafe_radius(y: np.ndarray, top: float, bottom: float, neck: float, belly: float) -> np.ndarray:
    """The carafe's half width (px) at height ``y`` (px): a straight neck flaring into a round belly and a
    slightly narrower foot; 0 outside it."""
    u = (y - top) / (bottom - top)
    flare = _smooth(0.22, 0.62, u)
    r = neck + (belly - neck) * np.sqrt(np.clip(flare, 0, 1))
    foot = np.sqrt(np.clip(1.0 - ((u - 0.80) / 0.20).clip(0, 1) ** 2 * 0.45, 0, 1))
    lip = 0.08 * neck * np.exp(-(((u - 0.01) / 0.012) ** 2))
    return np.where((u >= 0) & (u <= 1), r * foot + lip, 0.0)


def carafe_packshot() -> Image.Image:
    """A clear glass water carafe a third full, an oak stopper in its neck, on white in a 4:5 portrait."""
    frame = Frame(1120, 1400)
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    cx, top, bottom = 0.5 * w, 0.21 * h, 0.90 * h
    neck, belly = 0.075 * w, 0.27 * w
    radius = _carafe_radius(py, top, bottom, neck, belly)
    glass = np.clip(radius - np.abs(px - cx) + 0.5, 0, 1) * np.clip(bottom - py + 0.5, 0, 1)
    a = np.clip((px - cx) / np.maximum(radius, 1.0), -1.0, 1.0)
    edge = 1.0 - np.abs(a)
    # the studio's black flags seen in the glass's walls: a dark line at the outline, a fainter inner one
    tone = 1.0 - 0.62 * np.exp(-((edge / 0.035) ** 2)) - 0.22 * np.exp(-(((edge - 0.085) / 0.02) ** 2))
    tone -= 0.10 * np.exp(-((edge / 0.25) ** 2))
    u = (py - top) / (bottom - top)
    tone -= 0.25 * np.exp(-(((u - 0.24) / 0.05) ** 2)) * np.exp(-((edge / 0.3) ** 2))  # the shoulder's bend
    # the water: a faint blue-green, the walls magnified, the meniscus a dark and a bright line
    water_line = 0.64
    water = _smooth(water_line - 0.002, water_line + 0.002, u)
    tint = 1.0 - water[..., None] * np.array([0.07, 0.025, 0.01], dtype=np.float32)
    tone -= water * 0.28 * np.exp(-(((edge - 0.16) / 0.06) ** 2))
    ellipse = (u - water_line) * (bottom - top) / (0.05 * belly) - np.sqrt(np.clip(1 - a**2, 0, 1))
    tone -= 0.55 * np.exp(-((ellipse / 0.09) ** 2)) * (u > water_line - 0.06)
    tone += 0.35 * np.exp(-(((ellipse + 0.12) / 0.05) ** 2)) * (u > water_line - 0.06)
    # the thick base: a darker band with bright caustic crescents
    base = _smooth(0.955, 0.975, u)
    tone -= base * (0.3 + 0.15 * np.cos(6 * np.pi * a))
    # the softbox's reflections: a broad stripe at the left, a thin one at the right, both clipping
    stripes = np.exp(-(((a + 0.55) / 0.07) ** 2)) + 0.8 * np.exp(-(((a - 0.72) / 0.025) ** 2))
    stripes = stripes * _smooth(0.05, 0.3, u) * _smooth(0.97, 0.9, u)
    tone += 0.9 * stripes
    # volume marks etched on the belly: short ticks at the right
    ticks = np.zeros_like(px)
    for k, mark in enumerate((0.46, 0.56, 0.66, 0.76)):
        long = 0.12 if k % 2 else 0.07
        ticks += np.exp(-(((u - mark) / 0.0018) ** 2)) * (a > 0.38) * (a < 0.38 + long)
    tone -= 0.3 * np.clip(ticks, 0, 1)
    colour = (255.0 * np.clip(tone, 0.05, 1.3))[..., None] * tint * np.array([0.985, 0.995, 1.0])
    # the oak stopper: a tapered plug with a round knob, its grain running up
    stopper = frame.mask(
        lambda d, at: [
            d.polygon(
                [
                    tuple(at(0.5 - 0.058, 0.19)),
                    tuple(at(0.5 + 0.058, 0.19)),
                    tuple(at(0.5 + 0.052, 0.265)),
                    tuple(at(0.5 - 0.052, 0.265)),
                ],
                fill=255,
            ),
            d.ellipse(at(0.5 - 0.085, 0.095, 0.5 + 0.085, 0.20), fill=255),
        ]
    )
    grain = np.sin(2 * np.pi * (px / 9.0 + 6.0 * frame.noise("carafe/oak", 14, octaves=3))) * 0.5 + 0.5
    pores = (frame.noise("carafe/pores", 300) < 0.12).astype(np.float32)
    shade = 0.7 + 0.45 * np.clip(1.0 - np.abs((px - (cx - 0.02 * w)) / (0.085 * w)), 0, 1)
    oak = ((150.0 + 40.0 * grain - 30.0 * pores) * shade)[..., None] * np.array(
        [1.0, 0.78, 0.55], dtype=np.float32
    )
    inside_neck = stopper * (py > 0.2 * h)  # the plug seen through the glass: greyer
    oak = oak * (1 - 0.25 * inside_neck[..., None])
    colour = colour * (1 - stopper[..., None]) + oak * stopper[..., None]
    mask = np.maximum(glass, stopper)
    backdrop = _shade(_white(frame), _blurred(frame.blob(0.5, 0.902, 0.3, 0.012), 3.0), 0.45)
    caustic = _blurred(frame.blob(0.56, 0.915, 0.12, 0.008), 2.0)
    backdrop = np.minimum(backdrop + (caustic[..., None] * np.array([40.0, 40.0, 20.0])), 255.0)
    return _as_photo(_over(backdrop, colour, mask), "carafe", mask)


# ---- a lilac faux-fur clutch with a gold frame and chain strap -------------------------------------------


def fur_bag_packshot() -> Image.Image:
    """A lilac faux-fur clutch on white, its gold clasp frame on top and a gold chain strap in an arch."""
    frame = Frame(1300, 1000)
    w, h = frame.width, frame.height
    rng = _rng("fur_bag")
    body = frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.24, 0.44, 0.76, 0.86), radius=150 * SUPERSAMPLE, fill=255)
    )
    nx, ny, nz = _rounded(body, 140.0)
    light = np.clip(-0.45 * nx + 0.6 * ny + 0.75 * nz, 0, 1)
    clumps = frame.noise("fur_bag/clumps", 40, octaves=3)
    base = (0.78 + 0.22 * light + 0.08 * (clumps - 0.5))[..., None] * np.array(
        [212, 188, 214], dtype=np.float32
    )
    # the hairs: short strokes combed down and to the right, more of them sticking out at the outline
    ys, xs = np.nonzero(body > 0.3)
    picks = rng.integers(0, len(ys), 26000)
    outline = np.nonzero((body > 0.05) & (body < 0.95))
    rim = rng.integers(0, len(outline[0]), 5000)
    roots = np.concatenate(
        [np.stack([xs[picks], ys[picks]], 1), np.stack([outline[1][rim], outline[0][rim]], 1)]
    )
    roots = roots.astype(np.float64) + rng.uniform(-0.5, 0.5, roots.shape)
    flow = frame.noise("fur_bag/flow", 8, octaves=2)
    angles = (
        1.2
        + 1.3 * (flow[roots[:, 1].astype(int), roots[:, 0].astype(int)] - 0.5)
        + rng.normal(0, 0.25, len(roots))
    )
    centre = np.array([0.5 * w, 0.65 * h])
    out_dir = roots - centre
    out_angle = np.arctan2(out_dir[:, 1] * 1.6, out_dir[:, 0])
    is_rim = np.arange(len(roots)) >= len(picks)
    angles = np.where(is_rim, out_angle + rng.normal(0, 0.35, len(roots)), angles)
    lengths = rng.uniform(10, 24, len(roots)) * np.where(is_rim, rng.uniform(0.4, 1.0, len(roots)), 1.0)
    shades = rng.uniform(0.86, 1.12, len(roots))

    def hairs(d: ImageDraw.ImageDraw, at, paint: bool) -> None:
        k = at(1.0 / w)[0]
        for (x0, y0), angle, length, s in zip(roots, angles, lengths, shades, strict=True):
            x1, y1 = x0 + length * np.cos(angle), y0 + length * np.sin(angle)
            ref = base[min(h - 1, int(y0)), min(w - 1, int(x0))] * s
            fill = tuple(int(v) for v in np.clip(ref, 0, 255)) if paint else 150
            d.line([x0 * k, y0 * k, x1 * k, y1 * k], fill=fill, width=max(1, round(1.1 * k)))

    hair_mask = frame.mask(lambda d, at: hairs(d, at, False))
    hair_paint = frame.painting(lambda d, at: hairs(d, at, True))
    cover = np.clip(hair_mask / (150.0 / 255.0), 0, 1)
    hair_colour = hair_paint / np.maximum(cover[..., None], 1e-3)
    hair_colour = np.where(cover[..., None] > 1e-3, hair_colour, base)
    fur = np.clip(0.55 * cover + 0.0, 0, 1)[..., None]
    colour = (
        base * (1 - fur)
        + _blurred(hair_colour.mean(axis=2), 0.5)[..., None]
        / np.maximum(hair_colour.mean(axis=2, keepdims=True), 1.0)
        * hair_colour
        * fur
    )
    colour = colour * (1.0 - 0.07 * _blurred(frame.noise("fur_bag/partings", 60) ** 3, 1.5))[..., None]
    # the fur has no sharp outline: the body's edge melts into the hairs standing out of it
    soft_body = _blurred(body, 3.0) * body + (1 - body) * _blurred(body, 6.0) * 0.6
    soft_edge = np.clip(np.maximum(soft_body, 0.8 * hair_mask / (150.0 / 255.0)), 0, 1)
    # the gold clasp frame along the top and its two kiss-lock balls
    clasp = frame.mask(
        lambda d, at: [
            d.rounded_rectangle(at(0.255, 0.425, 0.745, 0.452), radius=6 * SUPERSAMPLE, fill=255),
            d.ellipse(at(0.470, 0.385, 0.496, 0.43), fill=255),
            d.ellipse(at(0.504, 0.385, 0.530, 0.43), fill=255),
        ]
    )
    gx, gy, gz = _rounded(clasp, 8.0)
    spec = np.clip(-0.3 * gx + 0.7 * gy + 0.65 * gz, 0, 1) ** 12
    gold = (120.0 + 70.0 * np.clip(gy + 0.5, 0, 1) + 180.0 * spec)[..., None] * np.array([1.0, 0.8, 0.42])
    # the chain strap: an arch of oval links from one end of the frame to the other
    t = np.linspace(0, 1, 44)
    lx, ly = w * (0.29 + 0.42 * t), h * (0.43 - 0.37 * np.sin(np.pi * t) ** 0.9)

    def links(d: ImageDraw.ImageDraw, at) -> None:
        k = at(1.0 / w)[0]
        for i in range(len(t) - 1):
            mx, my = (lx[i] + lx[i + 1]) / 2, (ly[i] + ly[i + 1]) / 2
            dx, dy = lx[i + 1] - lx[i], ly[i + 1] - ly[i]
            r = np.hypot(dx, dy) * 0.72
            wide = 5.0 if i % 2 else 3.0
            qx, qy = -dy / np.hypot(dx, dy) * wide, dx / np.hypot(dx, dy) * wide
            ux, uy = dx / np.hypot(dx, dy) * r, dy / np.hypot(dx, dy) * r
            ring = [
                (mx + ux * np.cos(s) + qx * np.sin(s), my + uy * np.cos(s) + qy * np.sin(s))
                for s in np.linspace(0, 2 * np.pi, 20)
            ]
            d.line([(x * k, y * k) for x, y in ring], fill=255, width=round(2.6 * k), joint="curve")

    chain = frame.mask(links) * (1 - body)
    cx_, cy_, cz_ = _rounded(chain, 1.5)
    chain_tone = 110.0 + 90.0 * np.clip(cy_ + 0.4, 0, 1) + 120.0 * np.clip(cz_ - 0.6, 0, 1) ** 2
    chain_colour = chain_tone[..., None] * np.array([1.0, 0.82, 0.45])
    colour = colour * (1 - clasp[..., None]) + gold * clasp[..., None]
    colour = colour * (1 - chain[..., None]) + chain_colour * chain[..., None]
    mask = np.maximum.reduce([soft_edge, clasp, chain])
    backdrop = _shade(_white(frame), _soft(body, 22, 10, 16) * (1 - body), 0.22)
    backdrop = _shade(backdrop, _soft(chain, 2.5, 4, 6) * (1 - chain), 0.2)
    return _as_photo(_over(backdrop, colour, mask), "fur_bag", mask)


# ---- a matte black rubber kettlebell ----------------------------------------------------------------------


def _smoothed(points: list[tuple[float, float]], rounds: int = 3) -> list[tuple[float, float]]:
    """An open path's corners cut ``rounds`` times (its ends kept): a smooth bend through the drawn one."""
    pts = np.asarray(points, dtype=np.float64)
    for _ in range(rounds):
        cut = np.stack([0.75 * pts[:-1] + 0.25 * pts[1:], 0.25 * pts[:-1] + 0.75 * pts[1:]], axis=1).reshape(
            -1, 2
        )
        pts = np.concatenate([pts[:1], cut, pts[-1:]])
    return [(float(x), float(y)) for x, y in pts]


def _tube_normals(mask: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normals (nx right, ny up, nz to the camera) of a round tube of ``radius`` px over ``mask``: smoothed
    more than a moulded edge's, so a thick drawn stroke does not ripple."""
    from scipy import ndimage

    inside = ndimage.distance_transform_edt(mask > 0.5).astype(np.float32)
    height = np.sqrt(np.clip(radius**2 - (radius - np.clip(inside, 0, radius)) ** 2, 0, None))
    height = _blurred(height, radius / 6.0) * (mask > 0.5)
    gy, gx = np.gradient(height)
    norm = np.sqrt(gx**2 + gy**2 + 1.0)
    return -gx / norm, gy / norm, 1.0 / norm


def _kettlebell(
    frame: Frame, cx: float, base: float, size: float, weight: str, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a matte black rubber kettlebell, ``cx`` and ``base`` (its foot) in px, ``size`` its
    height in px; its weight embossed on the front."""
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    radius = 0.40 * size
    by = base - 0.37 * size
    dx, dy = (px - cx) / radius, (py - by) / radius
    inside = np.clip((1.0 - np.hypot(dx, dy)) * radius + 0.5, 0, 1) * np.clip(base - py + 0.5, 0, 1)
    nz = np.sqrt(np.clip(1 - dx**2 - dy**2, 0, 1))
    # the handle: a thick tube from each shoulder up over the top
    top = base - size
    tube = 0.07 * size
    path = [
        (cx - 0.27 * size, by - 0.20 * size),
        (cx - 0.31 * size, top + 0.20 * size),
        (cx - 0.25 * size, top + 0.06 * size),
        (cx - 0.12 * size, top + tube),
        (cx + 0.12 * size, top + tube),
        (cx + 0.25 * size, top + 0.06 * size),
        (cx + 0.31 * size, top + 0.20 * size),
        (cx + 0.27 * size, by - 0.20 * size),
    ]
    path = _smoothed(path)
    handle = frame.mask(
        lambda d, at: [
            d.line(
                [(x * at(1.0 / w)[0], y * at(1.0 / w)[0]) for x, y in path],
                fill=255,
                width=round(2 * tube * at(1.0 / w)[0]),
                joint="curve",
            ),
            *[
                d.ellipse(at((x - tube) / w, (y - tube) / h, (x + tube) / w, (y + tube) / h), fill=255)
                for x, y in [*path[::4], path[-1]]
            ],
        ]
    )
    handle = handle * (1 - inside)
    hx, hy, hz = _tube_normals(handle, tube)
    key = (-0.5, 0.65, 0.58)
    ball_light = np.clip(dx * key[0] - dy * key[1] + nz * key[2], 0, 1)
    handle_light = np.clip(hx * key[0] + hy * key[1] + hz * key[2], 0, 1)
    ball_sheen = np.exp((ball_light - 1.0) / 0.09)
    handle_sheen = np.exp((handle_light - 1.0) / 0.05)
    rim = np.clip(dx * 0.8 + 0.3 - nz, 0, 1) ** 2  # a faint rim light from behind at the right
    speck = _blurred(_rng(name + "/rubber").normal(0, 1, (h, w)), 0.7)
    dust = (_rng(name + "/dust").random((h, w)) < 0.00025).astype(np.float32)
    ball = (
        13.0 + 30.0 * ball_light + 46.0 * ball_sheen + 22.0 * rim + 1.6 * speck + 35.0 * _blurred(dust, 0.6)
    )
    grip = 9.0 + 22.0 * handle_light + 48.0 * handle_sheen + 1.2 * speck
    # the weight embossed on the front: a lit upper-left edge and a shaded lower-right one
    letters = frame.mask(
        lambda d, at: d.text(
            at(cx / w, (by + 0.06 * size) / h),
            weight,
            fill=255,
            font=_font(round(0.16 * size * SUPERSAMPLE)),
            anchor="mm",
        )
    )
    emboss = np.roll(letters, (2, 2), axis=(0, 1)) - letters
    ball = ball + 3.0 * letters - 9.0 * np.clip(emboss, 0, 1) + 10.0 * np.clip(-emboss, 0, 1)
    tone = ball * inside + grip * handle
    mask = np.maximum(inside, handle)
    colour = tone[..., None] * np.array([1.0, 1.0, 1.04], dtype=np.float32)
    return colour, mask


def kettlebell_packshot() -> Image.Image:
    """The kettlebell on white in a 1200 px square, a soft contact shadow under its flat foot."""
    frame = Frame(1200, 1200)
    colour, mask = _kettlebell(frame, 590.0, 1010.0, 860.0, "16 KG", "kettlebell")
    backdrop = _shade(_white(frame), _blurred(frame.blob(0.5, 0.843, 0.16, 0.01), 3.0), 0.7)
    backdrop = _shade(backdrop, _soft(mask, 30, 26, 10) * (1 - mask), 0.14)
    return _as_photo(_over(backdrop, colour, mask), "kettlebell", mask)


def sweep_scene() -> Image.Image:
    """Two kettlebells on a light-grey seamless paper sweep in a studio: a full-frame photo, no white."""
    frame = Frame(1600, 1000)
    x, y = frame.x, frame.y
    # the sweep: a wall curving into the floor, lit from the left, darker towards the front
    curve = _smooth(0.45, 0.8, y)
    level = (
        212.0 - 16.0 * curve - 22.0 * x + 14.0 * frame.blob(0.2, 0.3, 0.6, 0.6) - 10.0 * _smooth(0.85, 1.0, y)
    )
    paper = (
        level + 2.2 * (frame.noise("sweep/paper", 500) - 0.5) + 1.5 * (frame.noise("sweep/fibre", 120) - 0.5)
    )
    scene = np.repeat(paper[..., None], 3, axis=2) * np.array([0.975, 0.99, 1.0], dtype=np.float32)
    small_colour, small_mask = _kettlebell(frame, 1080.0, 700.0, 300.0, "8", "sweep/small")
    scene = _shade(scene, _blurred(frame.blob(0.71, 0.69, 0.10, 0.022), 6.0), 0.3)
    scene = _shade(scene, _blurred(frame.blob(0.675, 0.701, 0.07, 0.006), 2.0), 0.5)
    scene = _over(scene, small_colour, small_mask)
    colour, mask = _kettlebell(frame, 640.0, 880.0, 600.0, "16 KG", "sweep/large")
    scene = _shade(scene, _blurred(frame.blob(0.46, 0.865, 0.2, 0.04), 8.0), 0.35)
    scene = _shade(scene, _blurred(frame.blob(0.4, 0.881, 0.16, 0.008), 2.5), 0.6)
    return _as_photo(_over(scene, colour, mask), "sweep", vignette=True)


# ---- a small USB stick in saturated orange plastic ------------------------------------------------------------


def usb_stick_packshot() -> Image.Image:
    """A small orange USB stick lying askew on white, in a big 4:3 frame: plastic, connector, lanyard hole."""
    local = Frame(380, 140)
    w, h = local.width, local.height
    px, py = local.x * w, local.y * h
    body = local.mask(
        lambda d, at: d.rounded_rectangle(at(0.02, 0.08, 0.72, 0.92), radius=22 * SUPERSAMPLE, fill=255)
    )
    hole = local.mask(lambda d, at: d.ellipse(at(0.055, 0.37, 0.125, 0.63), fill=255))
    body = body * (1 - hole)
    shell = local.mask(lambda d, at: d.rectangle(at(0.70, 0.18, 0.985, 0.82), fill=255))
    windows = local.mask(
        lambda d, at: [d.rectangle(at(0.80, ty, 0.86, ty + 0.11), fill=255) for ty in (0.3, 0.59)]
    )
    nx, ny, nz = _rounded(body, 16.0)
    light = np.clip(-0.4 * nx + 0.7 * ny + 0.6 * nz, 0, 1)
    gloss = (
        np.exp(-(((py - 0.27 * h) / 3.0) ** 2))
        * _smooth(0.06 * w, 0.12 * w, px)
        * _smooth(0.68 * w, 0.6 * w, px)
    )
    stipple = _rng("usb_stick/stipple").normal(0, 1, (h, w))
    plastic = (0.72 + 0.3 * light + 0.03 * stipple)[..., None] * np.array([252, 98, 6], dtype=np.float32)
    plastic = plastic + (150.0 * gloss)[..., None]
    # the capacity printed in white on the plastic
    print_mask = local.mask(
        lambda d, at: d.text(at(0.42, 0.52), "32GB", fill=255, font=_font(30 * SUPERSAMPLE), anchor="mm")
    )
    plastic = plastic * (1 - print_mask[..., None]) + 238.0 * print_mask[..., None]
    lines = np.repeat(_rng("usb_stick/brushed").normal(0, 1, (1, w)), h, axis=0)
    sy = (py - 0.5 * h) / (0.32 * h)
    metal = (
        175.0
        + 45.0 * np.cos(np.clip(sy, -1, 1) * 1.4)
        + 9.0 * lines
        - 60.0 * np.clip(np.abs(sy) - 0.85, 0, 1) * 6
    )
    metal = metal - 120.0 * windows
    metal_colour = metal[..., None] * np.array([0.98, 0.99, 1.0])
    colour = plastic * body[..., None] + metal_colour * shell[..., None] * (1 - body[..., None])
    mask = np.clip(body + shell * (1 - body), 0, 1)
    # lying askew: turned on the table, then placed off centre in the big frame
    turned_colour = Image.fromarray(np.clip(colour + 0.5, 0, 255).astype(np.uint8)).rotate(
        -17, Image.Resampling.BICUBIC, expand=True
    )
    turned_mask = Image.fromarray(np.clip(mask * 255 + 0.5, 0, 255).astype(np.uint8)).rotate(
        -17, Image.Resampling.BICUBIC, expand=True
    )
    frame = Frame(2000, 1500)
    full_colour = np.zeros((frame.height, frame.width, 3), dtype=np.float32)
    full_mask = np.zeros((frame.height, frame.width), dtype=np.float32)
    ox, oy = 880, 700
    tw, th = turned_mask.size
    full_colour[oy : oy + th, ox : ox + tw] = np.asarray(turned_colour, dtype=np.float32)
    full_mask[oy : oy + th, ox : ox + tw] = np.asarray(turned_mask, dtype=np.float32) / 255.0
    backdrop = _shade(_white(frame), _soft(full_mask, 5, 6, 9) * (1 - full_mask), 0.3)
    backdrop = _shade(backdrop, _soft(full_mask, 1.2, 1, 2) * (1 - full_mask), 0.25)
    return _as_photo(_over(backdrop, full_colour, full_mask), "usb_stick", full_mask)
