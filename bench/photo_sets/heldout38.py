"""``heldout38``'s pictures: four products a bag maker, accessories shop, pin designer and gift shop list, and
one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 3:4 portrait of 1200 x 1600 (canvas tote bag), a 1:1 square of 1280 x 1280 (claw
  clip, cropped on the phone below the messaging app's size), a 3:2 landscape of 1600 x 1067 (enamel pin, small
  in its frame), a 4:5 portrait of 1280 x 1600 (snow globe); the scene is a 16:10 landscape of 1600 x 1000;
- the canvases they are padded onto (``PADDING``): a 1:0.85 landscape with broad white beside the tote's tall
  picture, a 1:1.45 portrait about one and three quarter times as wide as the clip, a 1:0.7 landscape about
  twice as wide as a small picture of the pin, and a 1:1.2 portrait with a modest margin round
  the globe (and the scene); every padded picture covers at least 8 % of its canvas;
- a natural canvas tote bag: cream cotton canvas with a visible plain weave, two webbing handles, a stitched
  top hem and a screen print of a terracotta sun over navy waves; a tortoiseshell acetate hair claw clip:
  amber, honey and dark brown mottling, a curved glossy top bar, a hinge and a row of teeth; a hard-enamel pin
  of a toadstool: gold-tone metal lines round a glossy red cap with white spots and a cream stem; a snow globe:
  a glass sphere on a turned walnut base, a pine tree, a snow drift and flakes inside;
- every picture is a seller's phone photo in a cheap foldable light box lit by a ring light round the phone:
  a very even white that sits slightly off-white or slightly blue, the box's seams faint at the corners, a
  soft low shadow under the item and a ring-shaped catch light in its glossy parts; the phone app's
  auto-enhance (vibrance, local contrast 'clarity', a touch of sharpening), then the picture sent through a
  messaging app that downsizes it to 1600 px on its long side and recompresses it as a JPEG at quality 70 to
  80 with 4:2:0 chroma;
- one full-frame scene: the snow globe on a wooden wall shelf beside two books and a jar of pencils, a
  sage-green wall behind, the ring light's ring in the globe, the same phone-and-messaging finish.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the light box or
the shadow), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image

from bench.photo_sets.heldout34 import _box
from bench.photo_sets.heldout35 import _grid
from bench.photo_sets.heldout36 import _blur, _over, _rgb
from bench.photo_sets.heldout37 import _ellipse

# family -> (longest side the picture is shrunk to, canvas side / picture side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "canvas_tote": (940, 1.7, 0.85),
    "claw_clip": (660, 1.75, 1.45),
    "enamel_pin": (520, 2.1, 0.7),
    "snow_globe": (860, 1.3, 1.2),
}

_MASKS: dict[str, np.ndarray] = {}
_LONG_SIDE = 1600  # the messaging app's downsizing


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout38/" + name).encode()))


def _fine(name: str, shape: tuple[int, int], radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance noise blurred by ``radius`` px."""
    from scipy import ndimage

    pad = int(3 * float(np.max(radius))) + 1
    values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    return values / float(values.std())


def _ring(
    px: np.ndarray, py: np.ndarray, cx: float, cy: float, rx: float, ry: float, width: float
) -> np.ndarray:
    """An antialiased elliptical ring ``width`` px wide: the ring light's catch light."""
    d = (np.hypot((px - cx) / rx, (py - cy) / ry) - 1.0) * min(rx, ry)
    return np.clip(width / 2 - np.abs(d) + 0.5, 0, 1)


# ---- the light box, the phone and the messaging app -------------------------------------------------------


def _lightbox(shape: tuple[int, int], name: str, tint: tuple[float, float, float]) -> np.ndarray:
    """The inside of a foldable light box seen from its open front: a very even white (``tint`` sets how it is
    off-white or blue), the back panel a touch brighter than the floor and side panels, and the seams where
    they fold faint towards the corners."""
    h, w = shape
    xs, ys = _grid(w, h)
    u, v = xs / w, ys / h
    # the back panel is the middle of the frame; the side panels and the floor run out to the frame's corners
    bx0, by0, bx1, by1 = 0.16, 0.12, 0.84, 0.74
    panel = np.ones(shape, dtype=np.float32)
    side = np.clip(np.maximum.reduce([bx0 - u, u - bx1, (v - by1) * 0.8, by0 - v]) * 30.0, 0, 1)
    panel = panel - 0.012 * side
    seams = np.zeros(shape, dtype=np.float32)
    for (cu, cv), (ku, kv) in (
        ((0.0, 0.0), (bx0, by0)),
        ((1.0, 0.0), (bx1, by0)),
        ((0.0, 1.0), (bx0, by1)),
        ((1.0, 1.0), (bx1, by1)),
    ):
        # the fold from the frame's corner to the back panel's, fading away from the corner
        dx, dy = (ku - cu) * w, (kv - cv) * h
        t = np.clip(((xs - cu * w) * dx + (ys - cv * h) * dy) / (dx * dx + dy * dy), 0, 1)
        dist = np.hypot(xs - cu * w - t * dx, ys - cv * h - t * dy)
        seams = np.maximum(seams, np.exp(-((dist / 2.2) ** 2)) * (1.0 - t) ** 1.5)
    white = 0.972 * panel * (1.0 - 0.035 * seams) + 0.004 * _fine(name + "/nylon", shape, (2.0, 6.0))
    white = white * (1.0 - 0.02 * ((u - 0.5) ** 2 + (v - 0.45) ** 2))
    return white[..., None] * np.array(tint, dtype=np.float32)


def _under(mask: np.ndarray, drop: int, radius: float, depth: float = 0.16) -> np.ndarray:
    """The soft low shadow under the item (the ring light is in front, the box's walls fill it): 1 where lit."""
    moved = np.roll(mask, drop, axis=0)
    return 1.0 - depth * np.clip(_blur(moved, radius) * 1.3, 0, 1)


def _send(
    scene: np.ndarray, name: str, quality: int, mask: np.ndarray | None = None, contrast: float = 0.3
) -> Image.Image:
    """The phone's photo of ``scene`` (sRGB 0..1 at the phone's resolution), its app's auto-enhance, and the
    messaging app's copy: shrunk to 1600 px on the long side (never enlarged), a JPEG at ``quality``.

    Mild sensor noise in good light; vibrance (muted colours lifted more than vivid ones); local contrast
    ('clarity', strongest in the mid-tones, with a soft halo where it meets an edge); a touch of sharpening;
    the whites pushed up; 8 bits, the downsizing, and the JPEG with 4:2:0 chroma."""
    h, w = scene.shape[:2]
    rng = _rng(name + "/sensor")
    out = scene.astype(np.float32)
    out = out + rng.normal(0, 1, out.shape).astype(np.float32) * (0.004 + 0.006 * out)
    # vibrance
    grey = out.mean(axis=2, keepdims=True)
    saturation = out.max(axis=2, keepdims=True) - out.min(axis=2, keepdims=True)
    out = grey + (out - grey) * (1.0 + 0.35 * (1.0 - np.clip(saturation / 0.5, 0, 1)))
    # clarity: local contrast on a wide radius, in the mid-tones
    lum = np.clip(out.mean(axis=2), 0, 1)
    detail = lum - _blur(lum, 0.018 * max(h, w))
    midtones = np.clip(4.0 * lum * (1.0 - lum), 0, 1)
    out = out + (contrast * detail * midtones)[..., None]
    # sharpening and the whites
    out = out + 0.45 * (out - _blur(out, (1.2, 1.2, 0)))
    out = np.clip(out * 1.022, 0, 1)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    ratio = min(1.0, _LONG_SIDE / max(w, h))
    size = (round(w * ratio), round(h * ratio))
    if ratio < 1.0:
        image = image.resize(size, Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, subsampling=2)
    if mask is not None:
        small = Image.fromarray(mask.astype(np.float32), "F")
        if ratio < 1.0:
            small = small.resize(size, Image.Resampling.BILINEAR)
        _MASKS[name] = np.asarray(small) > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


# ---- a canvas tote bag -----------------------------------------------------------------------------------


def canvas_tote_packshot() -> Image.Image:
    """A natural canvas tote bag: plain weave, webbing handles, a stitched hem, a printed sun over waves, 3:4."""
    w, h = 1500, 2000
    px, py = _grid(w, h)
    cx, top, bottom = 750.0, 760.0, 1800.0
    half = 470.0 + 12.0 * (py - top) / (bottom - top)  # a little wider at the bottom, where it sags
    body = np.clip(np.minimum(half - np.abs(px - cx), np.minimum(py - top, bottom - py)) + 0.5, 0, 1)
    handles = np.zeros_like(px)
    for hx in (cx - 230.0, cx + 230.0):
        d = np.abs(np.hypot((px - hx) / 150.0, (py - top - 20.0) / 420.0) - 1.0) * 150.0
        handles = np.maximum(handles, np.clip(17.0 - d + 0.5, 0, 1) * (py < top + 40.0))
    weave = (
        1.0
        + 0.045 * np.sin(px * 2.1) * np.sin(py * 2.1 + 0.4)
        + 0.03 * _fine("tote/slub", (h, w), (0.6, 3.0))
        + 0.02 * _fine("tote/slub2", (h, w), (3.0, 0.6))
    )
    folds = (
        1.0 + 0.035 * _fine("tote/folds", (h, w), (80.0, 40.0)) - 0.05 * np.clip((py - 1650.0) / 150.0, 0, 1)
    )
    cream = _rgb(228, 216, 190)[None, None, :] * (weave * folds)[..., None]
    colour = _lightbox((h, w), "canvas_tote", (0.975, 0.987, 1.0))
    colour = colour * _under(np.maximum(body, handles), 14, 30.0)[..., None]
    webbing = _rgb(206, 190, 158)[None, None, :] * (1.0 + 0.08 * np.sin(py * 1.4 + px * 0.2))[..., None]
    colour = _over(colour, webbing, handles * (1.0 - body))
    colour = _over(colour, cream, body)
    # the hem: a folded band at the top, a row of stitches, the handles sewn on in boxes
    hem = body * np.clip(np.minimum(py - top, top + 70.0 - py) + 0.5, 0, 1)
    colour = colour * (1.0 - 0.07 * hem * np.clip((py - top - 60.0) / 10.0, 0, 1))[..., None]
    stitches = body * np.clip(1.6 - np.abs(py - top - 58.0), 0, 1) * ((px % 12.0) < 7.0)
    colour = _over(colour, _rgb(196, 182, 152), stitches)
    for hx in (cx - 230.0 - 150.0, cx - 230.0 + 150.0, cx + 230.0 - 150.0, cx + 230.0 + 150.0):
        strap = body * _box(px, py, hx - 17, top, hx + 17, top + 110.0, 2.0)
        colour = _over(colour, webbing, strap)
        square = _box(px, py, hx - 12, top + 20, hx + 12, top + 100, 1.0) - _box(
            px, py, hx - 10, top + 22, hx + 10, top + 98, 1.0
        )
        colour = _over(colour, _rgb(176, 160, 128), np.clip(square, 0, 1) * 0.8)
    # the screen print: a terracotta sun over three navy waves, the ink taking the weave
    ink = np.clip(0.85 + 0.6 * (weave - 1.0), 0.5, 1.0)
    sun = _ellipse(px, py, cx, 1150.0, 170.0, 170.0) * (py < 1245.0)
    colour = _over(colour, _rgb(204, 98, 62), sun * ink)
    for i, wy in enumerate((1270.0, 1345.0, 1420.0)):
        crest = wy + 22.0 * np.sin((px - cx) / 46.0 + i * 1.3)
        wave = np.clip(9.0 - np.abs(py - crest) + 0.5, 0, 1) * np.clip(300.0 - np.abs(px - cx) + 0.5, 0, 1)
        colour = _over(colour, _rgb(36, 54, 96), wave * ink)
    mask = np.maximum(body, handles)
    return _send(colour, "canvas_tote", 76, mask)


# ---- a tortoiseshell claw clip ---------------------------------------------------------------------------


def claw_clip_packshot() -> Image.Image:
    """A tortoiseshell acetate hair claw clip, a curved glossy top bar, a hinge, teeth, 1:1 (cropped)."""
    w, h = 1280, 1280
    px, py = _grid(w, h)
    cx = 640.0
    # the top bar: an arch, thick, seen from the front
    arch = np.abs(np.hypot((px - cx) / 420.0, (py - 760.0) / 330.0) - 1.0) * 330.0
    bar = np.clip(60.0 - arch + 0.5, 0, 1) * (py < 790.0)
    # the teeth: tapered fingers hanging from the bar's ends and middle
    teeth = np.zeros_like(px)
    for tx in np.linspace(cx - 330.0, cx + 330.0, 9):
        root = 760.0 - 330.0 * np.sqrt(max(0.0, 1.0 - ((tx - cx) / 420.0) ** 2)) + 40.0
        length = 300.0 + 40.0 * np.cos((tx - cx) / 200.0)
        t = np.clip((py - root) / length, 0, 1)
        halfw = 24.0 * (1.0 - 0.6 * t)
        finger = np.clip(halfw - np.abs(px - tx) + 0.5, 0, 1) * np.clip(
            np.minimum(py - root, root + length - py) + 0.5, 0, 1
        )
        tip = _ellipse(px, py, tx, root + length, 10.0, 10.0)
        teeth = np.maximum(teeth, np.maximum(finger, tip))
    hinge = _box(px, py, cx - 70.0, 395.0, cx + 70.0, 470.0, 18.0)
    mask = np.clip(np.maximum.reduce([bar, teeth, hinge]), 0, 1)
    # tortoiseshell: amber with honey and dark brown blotches, translucent (it takes the box's white)
    mottle = _fine("clip/mottle", (h, w), 18.0) + 0.5 * _fine("clip/mottle_fine", (h, w), 5.0)
    dark = np.clip((mottle - 0.2) * 1.5, 0, 1)
    honey = np.clip((-mottle - 0.6) * 1.5, 0, 1)
    shell = _over(np.broadcast_to(_rgb(176, 96, 36), (h, w, 3)), _rgb(58, 28, 14), dark)
    shell = _over(shell, _rgb(226, 164, 80), honey)
    # the bar is rounded: darker where it turns away, the teeth a little lighter (thinner, more light through)
    across = np.clip(arch / 60.0, 0, 1)
    shell = shell * (1.0 - 0.35 * across**2)[..., None] * (1.0 + 0.12 * teeth * (1.0 - bar))[..., None]
    colour = _lightbox((h, w), "claw_clip", (0.978, 0.986, 1.0))
    colour = colour * _under(mask, 18, 24.0, 0.2)[..., None]
    colour = _over(colour, shell, mask)
    colour = _over(colour, _rgb(40, 22, 12), hinge * 0.6)
    # the ring light's ring in the glossy bar, and a softer second one lower on the curve
    glint = _ring(px, py, cx - 150.0, 470.0, 70.0, 34.0, 9.0) * bar
    glint = np.maximum(glint, 0.5 * _ring(px, py, cx + 250.0, 520.0, 44.0, 24.0, 6.0) * bar)
    colour = colour + 0.95 * glint[..., None]
    return _send(np.clip(colour, 0, 1.2), "claw_clip", 78, mask, contrast=0.35)


# ---- a hard-enamel pin -----------------------------------------------------------------------------------


def enamel_pin_packshot() -> Image.Image:
    """A hard-enamel toadstool pin: gold lines, a glossy red cap with white spots, a cream stem, 3:2 (small)."""
    w, h = 2000, 1333
    px, py = _grid(w, h)
    cx, cy = 1010.0, 640.0
    cap = _ellipse(px, py, cx, cy, 190.0, 150.0) * (py < cy + 10.0)
    stem = _box(px, py, cx - 70.0, cy - 5.0, cx + 70.0, cy + 190.0, 40.0)
    rim = np.maximum(
        _ellipse(px, py, cx, cy, 202.0, 162.0) * (py < cy + 22.0),
        _box(px, py, cx - 82.0, cy - 10.0, cx + 82.0, cy + 202.0, 50.0),
    )
    rim = np.maximum(rim, _box(px, py, cx - 205.0, cy, cx + 205.0, cy + 22.0, 8.0))
    mask = np.clip(rim, 0, 1)
    gold = (
        _rgb(212, 170, 70)[None, None, :] * (0.8 + 0.35 * np.clip((cy + 120.0 - py) / 300.0, 0, 1))[..., None]
    )
    red = _rgb(196, 30, 36)[None, None, :] * (0.9 + 0.1 * np.clip((px - cx) / 190.0, -1, 1))[..., None]
    colour = _lightbox((h, w), "enamel_pin", (1.0, 0.99, 0.962))
    colour = colour * _under(mask, 8, 12.0, 0.22)[..., None]
    colour = _over(colour, gold, mask)
    colour = _over(colour, red, cap * (1.0 - _box(px, py, cx - 220, cy - 4, cx + 220, cy + 30, 4.0)))
    colour = _over(colour, _rgb(240, 226, 196), stem * (py > cy + 26.0))
    spots = np.zeros_like(px)
    lines = np.zeros_like(px)
    for sx, sy, r in ((-90.0, -70.0, 30.0), (40.0, -100.0, 24.0), (110.0, -30.0, 26.0), (-20.0, -20.0, 18.0)):
        spots = np.maximum(spots, _ellipse(px, py, cx + sx, cy + sy, r, r * 0.9))
        lines = np.maximum(lines, _ellipse(px, py, cx + sx, cy + sy, r + 6.0, r * 0.9 + 6.0))
    colour = _over(colour, gold, lines * cap)
    colour = _over(colour, _rgb(250, 246, 236), spots * cap)
    # the ring light's ring in the domed enamel
    glint = _ring(px, py, cx + 60.0, cy - 85.0, 34.0, 26.0, 5.0) * cap
    colour = colour + 0.9 * glint[..., None]
    return _send(np.clip(colour, 0, 1.2), "enamel_pin", 72, mask)


# ---- a snow globe ----------------------------------------------------------------------------------------


def _globe(px: np.ndarray, py: np.ndarray, backdrop: np.ndarray, cx: float, cy: float, s: float, name: str):
    """(colour, mask) of a snow globe whose sphere of 330 * ``s`` px radius is centred on (cx, cy), seen against
    ``backdrop`` (refracted through the glass)."""
    shape = px.shape
    r = 330.0 * s
    sphere = _ellipse(px, py, cx, cy, r, r)
    d = np.clip(np.hypot(px - cx, py - cy) / r, 0, 1)
    # what lies behind, seen through the glass: shrunk towards the centre and a touch darker at the rim
    from scipy import ndimage

    k = 0.7
    sy, sx = cy + (py - cy) * k, cx + (px - cx) * k
    behind = np.stack(
        [ndimage.map_coordinates(backdrop[..., c], [sy, sx], order=1, mode="nearest") for c in range(3)],
        axis=2,
    )
    glass = behind * (0.93 - 0.3 * d**6)[..., None] + np.array([0.0, 0.01, 0.012], dtype=np.float32)
    # inside: a snow drift, a pine tree, flakes floating
    drift = np.clip(cy + 0.45 * r + 18.0 * s * np.sin((px - cx) / (40.0 * s)) - py + 0.5, -1, 0) + 1.0
    drift = (1.0 - drift) * sphere
    pine = np.zeros(shape, dtype=np.float32)
    for i, (tw, ty) in enumerate(((150.0, 0.35), (120.0, 0.1), (90.0, -0.15), (60.0, -0.38))):
        top = cy + (ty - 0.22) * r
        tier = np.clip((py - top) * 1.0 - np.abs(px - cx) * (130.0 * s) / (tw * s) + 0.5, 0, 1)
        tier *= np.clip(top + 130.0 * s - py + 0.5, 0, 1)
        pine = np.maximum(pine, tier)
    trunk = _box(px, py, cx - 14 * s, cy + 0.2 * r, cx + 14 * s, cy + 0.5 * r, 3.0)
    inside = _over(glass, _rgb(96, 62, 40), trunk * sphere)
    greens = _rgb(40, 104, 64)[None, None, :] * (0.85 + 0.1 * _fine(name + "/needles", shape, 2.0))[..., None]
    inside = _over(inside, greens, pine * sphere)
    inside = _over(inside, _rgb(246, 248, 252), drift)
    rng = _rng(name + "/flakes")
    flakes = np.zeros(shape, dtype=np.float32)
    for _ in range(40):
        a, rr = rng.uniform(0, 2 * np.pi), r * np.sqrt(rng.uniform(0, 0.8))
        flakes = np.maximum(
            flakes, _ellipse(px, py, cx + rr * np.cos(a), cy + rr * np.sin(a) - 0.1 * r, 5 * s, 5 * s)
        )
    inside = _over(inside, _rgb(250, 250, 252), flakes * sphere * 0.9)
    # the walnut base: a turned cylinder, wider at the bottom, a darker groove
    bt = cy + 0.86 * r
    base = np.clip(
        np.minimum((0.72 * r + 0.12 * (py - bt)) - np.abs(px - cx), np.minimum(py - bt, bt + 0.48 * r - py))
        + 0.5,
        0,
        1,
    )
    u = np.clip((px - cx) / (0.8 * r), -1, 1)
    grain = 0.85 + 0.1 * np.sin(py / (4.0 * s) + 4.0 * _fine(name + "/walnut", shape, (2.0, 20.0)))
    walnut = _rgb(104, 66, 40)[None, None, :] * ((1.0 - 0.45 * u**2) * grain)[..., None]
    groove = np.clip(3.0 * s - np.abs(py - bt - 0.24 * r) + 0.5, 0, 1) * base
    colour = _over(inside, walnut, base * (1.0 - sphere * (py < bt)))
    colour = colour * (1.0 - 0.4 * groove)[..., None]
    mask = np.maximum(sphere, base)
    # the glass's ring light catch light, the box's bright back panel mirrored faintly beside it
    glint = _ring(px, py, cx - 0.38 * r, cy - 0.4 * r, 0.16 * r, 0.14 * r, 7.0 * s) * sphere
    window = _box(px, py, cx + 0.25 * r, cy - 0.62 * r, cx + 0.55 * r, cy - 0.36 * r, 20.0 * s) * sphere
    colour = colour + (1.0 * glint + 0.12 * window)[..., None]
    return colour, mask


def snow_globe_packshot() -> Image.Image:
    """A snow globe: a glass sphere on a turned walnut base, a pine tree and snow inside, 4:5."""
    w, h = 1600, 2000
    px, py = _grid(w, h)
    backdrop = _lightbox((h, w), "snow_globe", (0.982, 0.99, 1.0))
    cx, cy = 800.0, 940.0
    colour, mask = _globe(px, py, backdrop, cx, cy, 1.45, "globe")
    lit = backdrop * _under(mask, 16, 34.0, 0.18)[..., None]
    picture = _over(lit, colour, mask)
    return _send(np.clip(picture, 0, 1.2), "snow_globe", 74, mask)


# ---- a wall shelf --------------------------------------------------------------------------------------


def craft_shelf_scene() -> Image.Image:
    """The snow globe on a wooden wall shelf beside two books and a jar of pencils, a sage wall, 16:10."""
    w, h = 2000, 1250
    px, py = _grid(w, h)
    light = 1.0 - 0.25 * np.hypot((px - 900.0) / w, (py - 400.0) / h)
    wall = (
        _rgb(168, 184, 160)[None, None, :]
        * (light + 0.015 * _fine("shelf/plaster", (h, w), 5.0) + 0.01 * _fine("shelf/roll", (h, w), 40.0))[
            ..., None
        ]
    )
    top = 930.0
    plank = np.clip(np.minimum(py - top, top + 70.0 - py) + 0.5, 0, 1)
    grain = 0.85 + 0.1 * np.sin(px / 9.0 + 3.0 * _fine("shelf/oak", (h, w), (3.0, 40.0)))
    oak = _rgb(176, 128, 82)[None, None, :] * grain[..., None]
    shadow = 1.0 - 0.35 * np.clip((py - top - 70.0) / 10.0, 0, 1) * np.exp(-(((py - top - 70.0) / 90.0) ** 2))
    colour = wall * shadow[..., None]
    colour = _over(colour, oak, plank)
    colour = _over(colour, oak * 1.12, np.clip(np.minimum(py - top, top + 14.0 - py) + 0.5, 0, 1))
    brackets = sum(_box(px, py, bx - 14, top + 70, bx + 14, top + 230, 4.0) for bx in (380.0, 1620.0))
    colour = _over(colour, _rgb(40, 40, 42), np.clip(brackets, 0, 1))
    # two books lying flat, a jar of pencils
    for x0, x1, y0, y1, tone in (
        (1180.0, 1560.0, 860.0, top, _rgb(46, 70, 120)),
        (1210.0, 1530.0, 800.0, 860.0, _rgb(170, 60, 46)),
    ):
        colour = _over(colour, tone, _box(px, py, x0, y0, x1, y1, 4.0))
        colour = _over(
            colour, _rgb(236, 228, 208), _box(px, py, x1 - 12.0, y0 + 8.0, x1 - 2.0, y1 - 8.0, 2.0)
        )
    jar = _box(px, py, 300.0, 700.0, 460.0, top, 20.0)
    for i, (dx, tone) in enumerate(
        ((-40.0, _rgb(220, 180, 40)), (0.0, _rgb(60, 130, 80)), (40.0, _rgb(200, 70, 60)))
    ):
        pencil = _box(px, py, 380.0 + dx - 10, 560.0 + 30 * i, 380.0 + dx + 10, top - 10, 3.0)
        colour = _over(colour, tone, pencil)
    glass = jar - _box(px, py, 306.0, 706.0, 454.0, top - 6.0, 16.0)
    colour = _over(colour, colour * 0.8 + 0.12, jar * 0.8)
    colour = _over(colour, _rgb(210, 222, 214), np.clip(glass, 0, 1) * 0.7)
    colour = colour + 0.5 * (_ring(px, py, 340.0, 760.0, 14.0, 40.0, 5.0) * jar)[..., None]
    # the snow globe, seen against what is behind it
    s = 0.95
    globe, mask = _globe(px, py, colour, 860.0, top - (0.86 + 0.48) * 330.0 * s, s, "shelf/globe")
    colour = _over(colour, globe, mask)
    return _send(np.clip(colour, 0, 1.2), "craft_shelf", 80, None, contrast=0.4)
