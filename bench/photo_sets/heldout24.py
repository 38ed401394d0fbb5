"""``heldout24``'s pictures: four products a sports shop, glassware shop, hardware shop and grocer list, and
one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 27:25 landscape of 1080 x 1000 (tennis ball), a 7:12 portrait of 700 x 1200
  (wine glass), a 9:10 portrait of 900 x 1000 (padlock), a 4:3 landscape of 1200 x 900 (sugar cubes); the
  scene is a 27:20 landscape of 1350 x 1000;
- the canvases they are padded onto (``PADDING``): a 2.4:1 banner a little over twice as wide as the ball's
  picture (and the scene's), a tall 1:1.9 portrait with broad white either side of the glass, a 10:13
  portrait many times as wide as a very small picture of the padlock, and a landscape barely larger than
  the sugar cubes' picture (a 1 % margin);
- a fuzzy optic-yellow tennis ball with its white S-shaped seam (a saturated product with a soft, hairy
  outline and a fine felt texture); an empty clear wine glass, a tulip bowl on a 9 px stem (a transparent
  product: the white sweep seen through the glass, dark refracting edges, a clipped highlight, almost
  nothing of its own); a brass padlock with a steel shackle enclosing the backdrop and a keyhole (a small,
  metallic product); a heap of seven white sugar cubes with a few loose crystals (a white product on white:
  three faces told apart only by a few levels of shading and a fine crystalline grain);
- every picture is finished the way a phone's computational photography finishes it, saved as HEIC and
  converted to JPEG for the upload: strong local tone mapping (the broad contrast flattened, the shadows
  lifted), noise reduction that smears fine texture in flat areas, sharpening with bright and dark halos, the
  HEIC's half-size chroma upsampled by repeating each sample over 2 x 2 pixels, then a JPEG at quality 91 with
  4:2:0 chroma; the clipped white sweep is kept white;
- one full-frame scene: the tennis ball on a red clay court beside a white painted line in late sun, the
  ball's long shadow across the grit.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageDraw

from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout11 import _lit

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "tennis_ball": (420, 2.2, 0.42),
    "wine_glass": (1100, 1.3, 1.9),
    "padlock": (150, 5.8, 1.3),
    "sugar_cubes": (900, 1.012, 0.78),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout24/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A phone's computational photo saved as HEIC, then converted to JPEG: local tone mapping, smeared noise
    reduction, haloed sharpening, the HEIC's half-size chroma upsampled by repetition, JPEG 91 4:2:0; white
    kept white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    # a little sensor noise first, for the noise reduction to smear
    pixels = pixels + _rng(name + "/sensor").normal(0.0, 2.2, (h, w, 1)).astype(np.float32)
    weights = np.array([0.299, 0.587, 0.114], dtype=np.float32)
    # local tone mapping: the broad luma pulled towards the middle, shadows lifted most
    luma = pixels @ weights
    broad = _blurred(luma, max(h, w) / 24.0)
    lift = 0.32 * (150.0 - broad) * np.clip(1.0 - broad / 255.0, 0.0, 1.0) ** 0.5
    pixels = pixels + lift[..., None] * (1.0 - np.clip(luma / 255.0, 0.0, 1.0) ** 4)[..., None]
    # noise reduction: flat areas replaced by a blur of themselves, edges kept
    luma = pixels @ weights
    smooth = np.stack([_blurred(pixels[..., c], 1.6) for c in range(3)], axis=2)
    gy, gx = np.gradient(_blurred(luma, 1.0))
    flat = np.exp(-np.hypot(gx, gy) / 3.0)
    pixels = pixels + (smooth - pixels) * (0.85 * flat)[..., None]
    # sharpening: a strong unsharp mask with bright and dark halos
    luma = pixels @ weights
    pixels = pixels + (1.1 * (luma - _blurred(luma, 1.8)))[..., None]
    pixels[white] = 255.0
    # the HEIC: chroma kept at half size, and the converter repeats each chroma sample over 2 x 2 pixels
    image = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8)).convert("YCbCr")
    luma_plane, cb, cr = image.split()
    half = ((w + 1) // 2, (h + 1) // 2)
    cb, cr = (
        plane.resize(half, Image.Resampling.BOX).resize((w, h), Image.Resampling.NEAREST)
        for plane in (cb, cr)
    )
    stored = io.BytesIO()
    Image.merge("YCbCr", (luma_plane, cb, cr)).convert("RGB").save(stored, "JPEG", quality=91, subsampling=2)
    decoded = np.asarray(Image.open(io.BytesIO(stored.getvalue())).convert("RGB"), dtype=np.float32)
    decoded[white & (decoded.min(axis=2) >= 246.0)] = 255.0
    return Image.fromarray(np.clip(decoded + 0.5, 0, 255).astype(np.uint8))


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit from the upper left: a contact line and a soft shadow down-right."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.32)
    backdrop = _shade(backdrop, _soft(mask, 12.0, 8, 10) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


# ---- a tennis ball ---------------------------------------------------------------------------------------


def _ball(frame: Frame, cx: float, cy: float, radius: float, light: tuple[float, float, float]) -> tuple:
    """(colour, mask) of a fuzzy optic-yellow tennis ball with a white S-shaped seam."""
    px, py = frame.x * frame.width, frame.y * frame.height
    u, v = (px - cx) / radius, (py - cy) / radius
    fuzz = _blurred(_rng("ball/fuzz").normal(0.0, 1.0, (frame.height, frame.width)).astype(np.float32), 0.7)
    fuzz = fuzz / float(fuzz.std())
    hairs = _blurred(_rng("ball/hairs").normal(0.0, 1.0, (frame.height, frame.width)).astype(np.float32), 1.4)
    hairs = hairs / float(hairs.std())
    r = np.hypot(u, v)
    # a hairy outline: the felt's fibres break the silhouette by a few pixels
    cover = np.clip((1.0 - r) * radius + 1.6 * hairs + 0.5, 0, 1)
    nz = np.sqrt(np.clip(1.0 - r**2, 0, 1))
    lit = _lit(u, v, nz + 0.05, light)
    felt = np.array([204, 224, 58], dtype=np.float32)
    tone = (0.42 + 0.68 * lit) * (1.0 + 0.1 * fuzz)
    body = felt * tone[..., None]
    # the seam: an S-curve across the visible face, a smooth white rubber band 2.4 % of the radius wide
    seam_u = 0.55 * np.sin(2.3 * v + 0.4) * (0.6 + 0.4 * nz)
    seam = np.clip((0.045 - np.abs(u - seam_u)) * radius * 0.8 + 0.5, 0, 1) * (r < 0.97)
    rubber = np.full_like(body, 238.0) * (0.6 + 0.42 * lit)[..., None]
    body = _over(body, rubber, seam)
    # the rim darkens where the felt turns away
    body = body * (0.75 + 0.25 * np.clip(nz * 3.0, 0, 1))[..., None]
    return body, cover


def tennis_ball_packshot() -> Image.Image:
    """An optic-yellow tennis ball with its white seam, 27:25 on white."""
    frame = Frame(1080, 1000)
    body, cover = _ball(frame, 540.0, 480.0, 330.0, (-0.45, -0.55, 0.7))
    return _on_sweep(frame, _over(_white(frame), body, cover), cover, "tennis_ball", 0.28)


def clay_court_scene() -> Image.Image:
    """The tennis ball on a red clay court beside a white painted line in late sun, its long shadow."""
    frame = Frame(1350, 1000)
    px, py = frame.x * frame.width, frame.y * frame.height
    grit = _rng("clay/grit").normal(0.0, 1.0, (frame.height, frame.width)).astype(np.float32)
    mottle = frame.noise("clay/mottle", 14, octaves=3)
    clay = np.array([184, 92, 58], dtype=np.float32) * (0.86 + 0.2 * mottle + 0.05 * grit)[..., None]
    # brush marks of the court's drag mat: faint arcs across
    arcs = 0.04 * np.sin((py + 0.0004 * (px - 700.0) ** 2) / 9.0)
    clay = clay * (1.0 + arcs)[..., None]
    # the painted line, a little dusted with clay, in perspective
    line_x = 930.0 + 0.18 * (py - 500.0)
    line = np.clip((26.0 + 0.02 * py - np.abs(px - line_x)) + 0.5, 0, 1)
    paint = np.array([236, 228, 218], dtype=np.float32) * (0.9 + 0.06 * grit + 0.05 * mottle)[..., None]
    court = _over(clay, paint, line * (0.92 + 0.08 * mottle))
    # late sun from the right: brighter towards it, the ball's long shadow stretched to the left
    court = court * (0.78 + 0.32 * np.clip(frame.x, 0, 1))[..., None]
    cx, cy, radius = 620.0, 560.0, 120.0
    shadow = np.exp(-(((px - cx + 230.0) / 250.0) ** 2 + ((py - cy - 95.0) / 70.0) ** 2))
    shadow = shadow * (px < cx + 40.0)
    court = court * (1 - 0.5 * np.clip(_blurred(shadow.astype(np.float32), 6.0), 0, 1))[..., None]
    body, cover = _ball(frame, cx, cy, radius, (0.7, -0.4, 0.6))
    return _as_photo(_over(court, body, cover), "clay_court")


# ---- an empty wine glass ---------------------------------------------------------------------------------


def wine_glass_packshot() -> Image.Image:
    """An empty clear wine glass, a tulip bowl on a thin stem and a round foot, 7:12 on white."""
    frame = Frame(700, 1200)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx = 350.0
    u = px - cx
    behind = _white(frame)
    # the bowl: a tulip from the rim (y 150) widest at y 420 to its base at y 620
    top, widest, base = 150.0, 430.0, 640.0
    t = np.clip((py - top) / (base - top), 0, 1)
    half = np.where(
        py < widest,
        190.0 + 40.0 * np.sin(np.clip((py - top) / (widest - top), 0, 1) * np.pi / 2),
        230.0 * np.sqrt(np.clip(1.0 - ((py - widest) / (base - widest + 8.0)) ** 2, 0, 1)),
    )
    bowl = np.clip((half - np.abs(u)) + 0.5, 0, 1) * np.clip((py - top) + 0.5, 0, 1)
    bowl = bowl * np.clip((base + 12.0 - py) + 0.5, 0, 1)
    stem = np.clip((4.5 + 3.0 * np.exp(-(((py - base - 14.0) / 10.0) ** 2)) - np.abs(u)) + 0.5, 0, 1)
    stem = stem * (py > base - 4.0) * (py < 1090.0)
    fu, fv = u / 190.0, (py - 1094.0) / 16.0
    foot = np.clip((1.0 - (fu**2 + fv**2)) * 30.0, 0, 1)
    # what the glass does to the backdrop: dark refracting walls, a darker rim line, a clipped highlight
    rel = np.clip(np.abs(u) / np.maximum(half, 1.0), 0, 1)
    walls = np.clip((rel - 0.88) / 0.12, 0, 1) ** 1.4
    seen = behind * (0.975 - 0.5 * walls - 0.04 * t)[..., None]
    rim = np.exp(-(((py - top) / 3.0) ** 2)) * (np.abs(u) < half + 1)
    rim_back = np.exp(-(((py - top - 26.0 * np.sqrt(np.clip(1 - (u / 190.0) ** 2, 0, 1))) / 2.0) ** 2))
    seen = seen * (1 - 0.35 * rim - 0.22 * rim_back * (np.abs(u) < 190.0))[..., None]
    highlight = np.exp(-(((u + 0.6 * half) / 9.0) ** 2)) * np.clip((py - 220.0) / 40.0, 0, 1)
    highlight = highlight * np.clip((560.0 - py) / 40.0, 0, 1)
    seen = seen + (300.0 * highlight)[..., None]
    glass_dark = behind * (0.72 - 0.25 * np.abs(u / 8.0).clip(0, 1))[..., None]
    foot_seen = behind * (0.9 - 0.35 * np.clip((np.hypot(fu, fv) - 0.8) / 0.2, 0, 1))[..., None]
    colour = _over(behind, seen, bowl)
    colour = _over(colour, glass_dark, stem)
    colour = _over(colour, foot_seen, foot)
    mask = np.clip(np.maximum.reduce([bowl, stem, foot]), 0, 1)
    return _on_sweep(frame, colour, mask, "wine_glass", 0.14)


# ---- a brass padlock -------------------------------------------------------------------------------------


def padlock_packshot() -> Image.Image:
    """A brass padlock with a steel shackle and a keyhole, 9:10 on white."""
    frame = Frame(900, 1000)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx = 450.0
    # the body: a rounded block 480 x 400, brushed brass, lit from the upper left
    bu, bv = (px - cx) / 240.0, (py - 660.0) / 200.0
    body = np.clip((1.0 - (np.abs(bu) ** 8 + np.abs(bv) ** 8) ** 0.125) * 200.0 + 0.5, 0, 1)
    brushed = np.interp(py, np.arange(frame.height), _rng("padlock/brush").normal(0, 1, frame.height))
    brass = np.array([198, 158, 72], dtype=np.float32)
    lit = _lit(bu * 0.5, bv * 0.3, np.ones_like(bu), (-0.5, -0.5, 0.7))
    tone = (0.5 + 0.6 * lit + 0.5 * np.exp(-(((bu + 0.45) / 0.1) ** 2))) * (1 + 0.04 * brushed)
    metal = brass * tone[..., None]
    # the keyhole: a round hole over a slot, dark inside
    hole = np.clip((26.0 - np.hypot(px - cx, py - 700.0)) + 0.5, 0, 1)
    slot = np.clip((11.0 - np.abs(px - cx)) + 0.5, 0, 1) * (py > 700.0) * (py < 770.0)
    keyhole = np.maximum(hole, slot)
    metal = _over(metal, np.full_like(metal, 22.0), keyhole)
    # an engraved maker's line across the top
    engrave = (np.abs(py - 540.0) < 3.0) * (np.abs(px - cx) < 150.0) * (np.sin(px * 0.4) > -0.3)
    metal = metal * (1 - 0.35 * engrave)[..., None]
    # the shackle: a steel U 34 px thick whose inside shows the backdrop
    su, sv = px - cx, py - 300.0
    ring = np.hypot(su, np.minimum(sv, 0.0))
    arch = np.where(sv < 0, np.abs(ring - 150.0), np.abs(np.abs(su) - 150.0))
    shackle = np.clip((17.0 - arch) + 0.5, 0, 1) * (py < 480.0)
    across = np.where(sv < 0, (ring - 150.0) / 17.0, (np.abs(su) - 150.0) / 17.0)
    steel = (150.0 + 70.0 * (1 - np.abs(across)) + 80.0 * np.exp(-(((across + 0.35) / 0.18) ** 2)))[..., None]
    colour = _over(_white(frame), steel * np.ones((1, 1, 3), dtype=np.float32), shackle)
    colour = _over(colour, metal, body)
    mask = np.clip(np.maximum(body, shackle), 0, 1)
    return _on_sweep(frame, colour, mask, "padlock", 0.3)


# ---- white sugar cubes -----------------------------------------------------------------------------------


def sugar_cubes_packshot() -> Image.Image:
    """A heap of seven white sugar cubes and a few loose crystals, 4:3 on white."""
    frame = Frame(1200, 900)
    side = 4
    top_mask = Image.new("L", (frame.width * side, frame.height * side), 0)
    left_mask, right_mask = top_mask.copy(), top_mask.copy()
    draws = [ImageDraw.Draw(m) for m in (top_mask, left_mask, right_mask)]
    occlusion = Image.new("L", top_mask.size, 0)
    cover_draw = ImageDraw.Draw(occlusion)
    # cubes back to front: (x, y of the top face's front corner, edge length)
    cubes = (
        (600, 400, 150),
        (450, 470, 150),
        (750, 470, 150),
        (600, 540, 150),
        (380, 600, 150),
        (820, 610, 150),
        (600, 680, 150),
    )
    for x, y, edge in cubes:
        a, b = edge * 0.87, edge * 0.5
        top = [(x, y), (x - a, y - b), (x, y - 2 * b), (x + a, y - b)]
        left = [(x, y), (x - a, y - b), (x - a, y - b + edge), (x, y + edge)]
        right = [(x, y), (x + a, y - b), (x + a, y - b + edge), (x, y + edge)]
        for points, draw in zip((top, left, right), draws, strict=True):
            scaled = [(p * side, q * side) for p, q in points]
            for other in draws:
                other.polygon(scaled, fill=0)
            draw.polygon(scaled, fill=255)
            cover_draw.polygon(scaled, fill=255)
    size = (frame.width, frame.height)
    faces = [
        np.asarray(m.resize(size, Image.Resampling.BOX), dtype=np.float32) / 255.0
        for m in (top_mask, left_mask, right_mask)
    ]
    mask = np.asarray(occlusion.resize(size, Image.Resampling.BOX), dtype=np.float32) / 255.0
    # crystalline grain: bright specks and tiny pits on every face
    grain = _rng("sugar/grain").normal(0.0, 1.0, (frame.height, frame.width)).astype(np.float32)
    grain = 0.6 * grain + 0.4 * _blurred(grain, 1.0) / 0.3
    shade = 252.0 * faces[0] + 236.0 * faces[1] + 222.0 * faces[2]
    total = np.maximum(faces[0] + faces[1] + faces[2], 1e-3)
    tone = shade / total + 5.0 * grain
    sugar = np.stack([tone, tone, tone * 0.985], axis=2)
    # a few loose crystals scattered round the heap
    rng = _rng("sugar/loose")
    px, py = frame.x * frame.width, frame.y * frame.height
    loose = np.zeros_like(mask)
    for _ in range(14):
        lx, ly = rng.uniform(240, 960), rng.uniform(730, 800)
        loose = np.maximum(loose, np.clip(2.6 - np.hypot(px - lx, py - ly), 0, 1))
    colour = _over(_white(frame), sugar, mask)
    colour = _over(colour, np.full_like(colour, 226.0), loose)
    return _on_sweep(frame, colour, np.maximum(mask, loose), "sugar_cubes", 0.22)
