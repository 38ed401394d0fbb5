"""``heldout39``'s pictures: four products a pet shop, kitchenware shop, jewellery maker and outdoor shop list,
and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 3:2 landscape of 2000 x 1333 (dog collar, the phone's frame uncropped), a 1:1
  square of 2000 x 2000 (bento box, cropped to the marketplace's square), a 1:1 square of 2000 x 2000 (beaded
  bracelet, cropped close), a 3:4 portrait of 1500 x 2000 (camping lantern); the scene is a 3:2 landscape of
  2000 x 1333;
- the canvases they are padded onto (``PADDING``): a 1:1.1 portrait round the collar's wide picture, a 1:0.75
  landscape about one and a half times as wide as the bento box, a 1:1 square more than twice as wide as a
  small picture of the bracelet, and a 1:0.72 landscape with broad white beside the lantern's tall picture
  (and the scene); every padded picture covers at least 8 % of its canvas;
- a leather dog collar: tan leather curled into a loop, stitched along both edges, punched holes, a brass
  roller buckle with its prong and a leather keeper, a brass D-ring; a two-tier lacquered bento box: a red
  upper tier and lid, a black lower tier, a cream elastic band with a printed dot pattern; a stretch bracelet
  of wooden and turquoise beads with gold spacers; a camping lantern: a dark green enamelled base and cap, a
  glass globe, wire guards and a wire handle;
- every picture is a seller's phone photo taken outdoors in open shade on a white foam board: cool daylight
  from the open sky (brighter towards the top, a gentle gradient across the board), a faint blue cast deepest
  in the shade, a broad soft shadow and a darker contact line under the item; the bento box, the lantern and the
  scene with the phone's portrait mode (a synthetic background blur whose depth matte errs round the edges:
  a sharp fringe of background here, a softened bite of the product's edge there); the phone's noise
  reduction and sharpening, a gentle tone curve, exported as a JPEG at quality 85 to 92 with 4:2:0 chroma
  at 2000 px on the long side;
- one full-frame scene: the lantern on a café terrace's slatted wooden table, the café's cream front, a dark
  window and a striped awning behind it blurred by portrait mode, the same finish.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not the board or the
shadow), for the bench's clipping scope.
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
    "dog_collar": (720, 1.55, 1.1),
    "bento_box": (800, 1.45, 0.75),
    "beaded_bracelet": (480, 2.3, 1.0),
    "camping_lantern": (900, 1.6, 0.72),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout39/" + name).encode()))


def _fine(name: str, shape: tuple[int, int], radius: float | tuple[float, float]) -> np.ndarray:
    """Unit-variance noise blurred by ``radius`` px."""
    from scipy import ndimage

    pad = int(3 * float(np.max(radius))) + 1
    values = _rng(name).normal(0, 1, (shape[0] + 2 * pad, shape[1] + 2 * pad)).astype(np.float32)
    values = ndimage.gaussian_filter(values, radius, mode="wrap")[pad:-pad, pad:-pad]
    return values / float(values.std())


# ---- open shade, the foam board, portrait mode and the export ----------------------------------------------


def _board(shape: tuple[int, int], name: str, slope: float = 0.0) -> np.ndarray:
    """A white foam board in open shade: lit by the open sky above (brighter towards the top of the frame, a
    gentle slope across it), a faint blue cast, the foam's fine grain."""
    h, w = shape
    xs, ys = _grid(w, h)
    u, v = xs / w, ys / h
    level = 0.99 - 0.04 * v - slope * (u - 0.5) + 0.0035 * _fine(name + "/foam", shape, 1.5)
    level = level + 0.004 * _fine(name + "/sheet", shape, 120.0)
    return level[..., None] * np.array([0.962, 0.98, 1.0], dtype=np.float32)


def _shade(mask: np.ndarray, drop: float, radius: float, depth: float) -> np.ndarray:
    """Open shade's shadow: broad and soft (the sky lights the item from everywhere above), a little below it,
    and a darker contact line where it meets the board: 1 where lit."""
    moved = np.roll(mask, int(drop), axis=0)
    broad = np.clip(_blur(moved, radius) * 1.25, 0, 1)
    contact = np.clip(_blur(np.roll(mask, 3, axis=0), 4.0) * 1.5, 0, 1) * (1.0 - mask)
    return 1.0 - depth * broad - 0.22 * contact


def _portrait(colour: np.ndarray, mask: np.ndarray, name: str, radius: float) -> np.ndarray:
    """The phone's portrait mode: what lies outside the depth matte blurred by ``radius`` px; the matte is the
    product's outline grown a little, and it errs in places along it (a sharp fringe of background where it
    reaches too far, a softened bite of the product's edge where it falls short)."""
    distance = np.clip(1.0 - 2.5 * _blur(mask, 60.0), 0, 1)  # the board further from the item, more blurred
    weight = (1.0 - _matte(mask, name)) * (0.45 + 0.55 * distance)
    return _over(colour, _blur(colour, (radius, radius, 0)), weight)


def _matte(mask: np.ndarray, name: str) -> np.ndarray:
    """Portrait mode's depth matte round ``mask``: grown a little, wandering in and out along the outline."""
    wobble = _fine(name + "/matte", mask.shape, 28.0)
    return _blur(np.clip((_blur(mask, 5.0) - 0.3 + 0.12 * wobble) * 4.0, 0, 1), 1.5)


def _export(
    scene: np.ndarray, name: str, quality: int, mask: np.ndarray | None = None, portrait: float = 0.0
) -> Image.Image:
    """The phone's photo of ``scene`` (sRGB 0..1, already at the 2000 px of the export): portrait mode where
    ``portrait`` is a blur radius (on ``mask``), daylight sensor noise, the phone's noise reduction and
    sharpening, a gentle tone curve, and a JPEG at ``quality`` with 4:2:0 chroma."""
    out = scene.astype(np.float32)
    if portrait > 0.0 and mask is not None:
        out = _portrait(out, mask, name, portrait)
    rng = _rng(name + "/sensor")
    lum = out.mean(axis=2, keepdims=True)
    # the blue cast of open shade, strongest in the shadows and mid-tones
    out = out + (0.018 * (1.0 - lum) * np.array([-0.6, -0.1, 0.8], dtype=np.float32)).astype(np.float32)
    grain = rng.normal(0, 1, out.shape[:2]).astype(np.float32)[..., None] * (0.006 + 0.006 * lum)
    chroma = rng.normal(0, 1, out.shape).astype(np.float32) * 0.004
    out = out + grain + chroma
    # noise reduction (chroma more than luma), then the sharpening
    lum = out.mean(axis=2, keepdims=True)
    out = _blur(lum, (0.7, 0.7, 0)) + _blur(out - lum, (2.0, 2.0, 0))
    out = out + 0.55 * (out - _blur(out, (1.6, 1.6, 0)))
    # a gentle S-curve round the mid-tones, the whites lifted a touch
    out = np.clip(out * 1.015, 0, 1)
    out = out + 0.06 * np.sin(2 * np.pi * out) * 0.5 * (1.0 - out)
    image = Image.fromarray(np.clip(out * 255.0 + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=quality, subsampling=2)
    if mask is not None:
        _MASKS[name] = mask > 0.5
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _brass(py: np.ndarray, top: float, height: float) -> np.ndarray:
    """Polished brass lit by the sky: paler towards the top."""
    t = np.clip((py - top) / height, 0, 1)
    return _rgb(214, 176, 92)[None, None, :] * (1.12 - 0.45 * t)[..., None]


# ---- a leather dog collar --------------------------------------------------------------------------------


def dog_collar_packshot() -> Image.Image:
    """A tan leather dog collar curled into a loop: stitching, holes, a brass buckle and D-ring, 3:2."""
    w, h = 2000, 1333
    px, py = _grid(w, h)
    cx, cy, rx, ry = 1000.0, 640.0, 640.0, 380.0
    d = (np.hypot((px - cx) / rx, (py - cy) / ry) - 1.0) * min(rx, ry)
    angle = np.arctan2((py - cy) / ry, (px - cx) / rx)
    band = np.clip(38.0 - np.abs(d) + 0.5, 0, 1)
    grain = 1.0 + 0.05 * _fine("collar/grain", (h, w), 1.2) + 0.04 * _fine("collar/hide", (h, w), 12.0)
    # the leather rounds over its edges: darker along them, lit from the sky on its upper side
    leather = _rgb(156, 92, 48)[None, None, :] * (grain * (1.0 - 0.25 * (np.abs(d) / 38.0) ** 4))[..., None]
    leather = leather * (1.0 + 0.1 * np.clip(-(py - cy) / ry, -1, 1))[..., None]
    colour = _board((h, w), "dog_collar", 0.02)
    bx, by = cx - 120.0, cy + ry  # the buckle sits low on the loop, a little to the left
    frame = np.clip(
        _box(px, py, bx - 46.0, by - 60.0, bx + 46.0, by + 60.0, 14.0)
        - _box(px, py, bx - 32.0, by - 46.0, bx + 32.0, by + 46.0, 8.0),
        0,
        1,
    )
    dring = np.abs(np.hypot(px - cx - 90.0, py - (cy - ry) + 10.0) - 58.0)
    dring = np.clip(7.0 - dring + 0.5, 0, 1) * (py < cy - ry - 22.0)
    prong = _box(px, py, bx - 38.0, by - 5.0, bx + 70.0, by + 5.0, 4.0)
    keeper = _box(px, py, bx + 78.0, by - 46.0, bx + 104.0, by + 46.0, 6.0)
    mask = np.clip(np.maximum.reduce([band, frame, dring, prong, keeper]), 0, 1)
    colour = colour * _shade(mask, 14, 26.0, 0.13)[..., None]
    colour = _over(colour, leather, band)
    # stitching along both edges, a row of punched holes to the right of the buckle
    dashes = (np.sin(angle * 260.0) > 0.1).astype(np.float32)
    for edge in (-27.0, 27.0):
        stitch = np.clip(2.2 - np.abs(d - edge) + 0.5, 0, 1) * dashes * band
        colour = _over(colour, _rgb(232, 214, 178), stitch * 0.9)
    for i in range(5):
        a = np.pi / 2 - 0.36 - 0.13 * i
        hx, hy = cx + rx * np.cos(a), cy + ry * np.sin(a)
        hole = _ellipse(px, py, hx, hy, 9.0, 9.0)
        colour = _over(colour, _rgb(70, 40, 22), hole)
    colour = _over(colour, leather * 0.82, keeper)
    colour = _over(colour, _brass(py, by - 60.0, 120.0), frame)
    colour = _over(colour, _brass(py, by - 8.0, 16.0), prong)
    colour = _over(colour, _brass(py, cy - ry - 80.0, 60.0), dring)
    # the sky's soft highlight along the top of the brass
    shine = frame * np.clip(1.0 - np.abs(py - (by - 52.0)) / 6.0, 0, 1)
    colour = colour + 0.25 * shine[..., None]
    return _export(np.clip(colour, 0, 1), "dog_collar", 88, mask)


# ---- a two-tier bento box --------------------------------------------------------------------------------


def bento_box_packshot() -> Image.Image:
    """A two-tier lacquered bento box, a red upper tier and lid, a black lower tier, an elastic band, 1:1."""
    w, h = 2000, 2000
    px, py = _grid(w, h)
    x0, x1 = 520.0, 1480.0
    lid_top, lid_front, split, bottom = 560.0, 800.0, 1120.0, 1440.0
    # the lid's top face, seen from above at an angle (narrower at the back), and the front faces of the tiers
    taper = 40.0 * np.clip((lid_front - py) / (lid_front - lid_top), 0, 1)
    top = np.clip(
        np.minimum(np.minimum(px - x0 - taper, x1 - taper - px), np.minimum(py - lid_top, lid_front - py))
        + 0.5,
        0,
        1,
    )
    front = _box(px, py, x0, lid_front - 2.0, x1, bottom, 18.0)
    mask = np.clip(np.maximum(top, front), 0, 1)
    sheen = 1.0 + 0.012 * _fine("bento/lacquer", (h, w), 30.0)
    red = _rgb(164, 30, 34)[None, None, :] * sheen[..., None]
    black = _rgb(30, 28, 30)[None, None, :] * sheen[..., None]
    colour = _board((h, w), "bento_box", -0.015)
    colour = colour * _shade(mask, 22, 40.0, 0.16)[..., None]
    # the top face catches the sky: brighter, a broad soft reflection towards its back
    lit = red * (1.25 + 0.25 * np.clip((lid_front - py) / 240.0, 0, 1))[..., None]
    colour = _over(colour, lit, top)
    side = np.clip(np.abs(px - 1000.0) / 480.0, 0, 1)
    colour = _over(colour, red * (1.0 - 0.18 * side**4)[..., None], front * (py < split))
    colour = _over(colour, black * (1.0 - 0.18 * side**4)[..., None], front * (py >= split))
    # the seams between lid and tiers, a lighter lip along the lid's front edge
    for seam in (lid_front + 70.0, split):
        colour = colour * (1.0 - 0.5 * front * np.clip(2.5 - np.abs(py - seam) + 0.5, 0, 1))[..., None]
    lip = mask * np.clip(3.0 - np.abs(py - lid_front) + 0.5, 0, 1)
    colour = colour + 0.12 * lip[..., None]
    reflection = _box(px, py, 700.0, 590.0, 1300.0, 660.0, 30.0) * top
    colour = colour + 0.1 * _blur(reflection, 12.0)[..., None]
    # the elastic band round it: cream, a printed dot pattern, over the top and down the front
    band = np.clip(np.minimum(px - 940.0, 1060.0 - px) + 0.5, 0, 1) * mask
    cream = _rgb(236, 226, 204)[None, None, :] * (1.0 + 0.06 * np.sin(py * 1.1))[..., None]
    cream = cream * (1.0 + 0.12 * top)[..., None]
    colour = _over(colour, cream, band)
    dots = (np.hypot((px - 1000.0) % 40.0 - 20.0, (py - 560.0) % 40.0 - 20.0) < 7.0).astype(np.float32)
    colour = _over(colour, _rgb(40, 70, 130), _blur(dots, 0.8) * band * 0.9)
    colour = colour * (1.0 - 0.3 * (band * np.clip(3.0 - np.abs(px - 942.0), 0, 1)))[..., None]
    return _export(np.clip(colour, 0, 1), "bento_box", 91, mask, portrait=7.0)


# ---- a beaded bracelet -----------------------------------------------------------------------------------


def beaded_bracelet_packshot() -> Image.Image:
    """A stretch bracelet of wooden and turquoise beads with gold spacers, close in a 1:1 square."""
    w, h = 2000, 2000
    px, py = _grid(w, h)
    cx, cy, rx, ry = 1000.0, 980.0, 610.0, 540.0
    colour = _board((h, w), "beaded_bracelet", 0.025)
    n = 22
    beads = []
    for i in range(n):
        a = 2 * np.pi * i / n
        beads.append((cx + rx * np.cos(a), cy + ry * np.sin(a), 68.0 if i % 2 == 0 else 62.0, i % 2))
    spacers = [
        (cx + rx * np.cos(2 * np.pi * (i + 0.5) / n), cy + ry * np.sin(2 * np.pi * (i + 0.5) / n), 24.0, 2)
        for i in range(n)
    ]
    mask = np.zeros((h, w), dtype=np.float32)
    for bx, by, r, _ in beads + spacers:
        mask = np.maximum(mask, _ellipse(px, py, bx, by, r, r))
    colour = colour * _shade(mask, 12, 22.0, 0.14)[..., None]
    wood = (
        _rgb(150, 100, 60)[None, None, :]
        * (1.0 + 0.12 * np.sin(px / 5.0 + 5.0 * _fine("bracelet/wood", (h, w), (18.0, 4.0))))[..., None]
    )
    turquoise = _over(
        np.broadcast_to(_rgb(64, 178, 170), (h, w, 3)),
        _rgb(70, 62, 52),
        np.clip((np.abs(_fine("bracelet/matrix", (h, w), 6.0)) < 0.12) * 0.8, 0, 1),
    )
    for bx, by, r, kind in spacers + beads:
        win = np.s_[int(by - r - 12) : int(by + r + 12), int(bx - r - 12) : int(bx + r + 12)]
        wx, wy = px[win], py[win]
        disc = _ellipse(wx, wy, bx, by, r, r)
        # a sphere lit by the sky from above: brighter on its upper side, darker towards its rim
        dx, dy = (wx - bx) / r, (wy - by) / r
        rr = np.clip(dx * dx + dy * dy, 0, 1)
        shading = (0.82 + 0.28 * np.clip(-dy, -1, 1) - 0.3 * rr**2)[..., None]
        base = (wood[win], turquoise[win], _brass(wy, by - r, 2 * r))[kind] * shading
        colour[win] = _over(colour[win], base, disc)
        glint = _ellipse(wx, wy, bx - 0.3 * r, by - 0.45 * r, 0.22 * r, 0.14 * r) * disc
        colour[win] = colour[win] + (0.18 if kind < 2 else 0.35) * _blur(glint, 3.0)[..., None]
    return _export(np.clip(colour, 0, 1), "beaded_bracelet", 86, mask)


# ---- a camping lantern -----------------------------------------------------------------------------------


def _lantern(
    px: np.ndarray, py: np.ndarray, backdrop: np.ndarray, cx: float, floor: float, s: float, name: str
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask) of a camping lantern standing on ``floor``, ``s`` times its packshot size, its glass
    showing ``backdrop`` through it."""
    shape = px.shape
    green = _rgb(38, 78, 56)
    base_top = floor - 220.0 * s
    base = _box(px, py, cx - 270.0 * s, base_top, cx + 270.0 * s, floor, 24.0 * s)
    gcy, grx, gry = base_top - 330.0 * s, 240.0 * s, 340.0 * s
    globe = _ellipse(px, py, cx, gcy, grx, gry) * (py < base_top + 5.0)
    cap_bottom = gcy - 0.86 * gry
    t = np.clip((cap_bottom - py) / (150.0 * s), 0, 1)
    cap = np.clip(
        np.minimum((190.0 - 110.0 * t) * s - np.abs(px - cx), py - (cap_bottom - 150.0 * s)) + 0.5, 0, 1
    )
    cap = cap * np.clip(cap_bottom + 10.0 * s - py + 0.5, 0, 1)
    knob = _ellipse(px, py, cx, cap_bottom - 160.0 * s, 34.0 * s, 24.0 * s)
    handle = (
        np.abs(np.hypot((px - cx) / (270.0 * s), (py - cap_bottom + 20.0 * s) / (330.0 * s)) - 1.0)
        * 250.0
        * s
    )
    handle = np.clip(7.0 * s - handle + 0.5, 0, 1) * (py < cap_bottom - 20.0 * s)
    guards = np.zeros(shape, dtype=np.float32)
    for gx in (-270.0, -120.0, 120.0, 270.0):
        top_y = cap_bottom - (10.0 if abs(gx) > 200 else 40.0) * s
        guards = np.maximum(
            guards, _box(px, py, cx + (gx - 6.0) * s, top_y, cx + (gx + 6.0) * s, base_top + 6.0, 5.0 * s)
        )
    # the glass: the backdrop seen through it, a faint green tint, darker at its rim; a burner and wick inside
    d = np.clip(np.hypot((px - cx) / grx, (py - gcy) / gry), 0, 1)
    glass = backdrop * (0.9 - 0.25 * d**6)[..., None] * np.array([0.96, 1.0, 0.97], dtype=np.float32)
    burner = _box(px, py, cx - 70.0 * s, base_top - 120.0 * s, cx + 70.0 * s, base_top + 4.0, 10.0 * s)
    wick = _box(px, py, cx - 9.0 * s, base_top - 170.0 * s, cx + 9.0 * s, base_top - 118.0 * s, 4.0 * s)
    inside = _over(glass, _rgb(150, 140, 120), burner * globe)
    inside = _over(inside, _rgb(60, 52, 44), wick * globe)
    # the sky in the glass: a tall soft streak on its left, a smaller one on its right
    streak = (
        _box(px, py, cx - 0.62 * grx, gcy - 0.6 * gry, cx - 0.45 * grx, gcy + 0.35 * gry, 12.0 * s) * globe
    )
    streak = np.maximum(
        streak, 0.5 * _box(px, py, cx + 0.5 * grx, gcy - 0.4 * gry, cx + 0.58 * grx, gcy, 6.0 * s) * globe
    )
    colour = inside + 0.45 * _blur(streak, 4.0 * s)[..., None]
    mask = np.clip(np.maximum.reduce([base, globe, cap, knob, handle, guards]), 0, 1)
    enamel = green[None, None, :] * (1.0 + 0.03 * _fine(name + "/enamel", shape, 3.0))[..., None]
    across = np.clip((px - cx) / (270.0 * s), -1, 1)
    rounded = (1.0 - 0.35 * across**2 - 0.1 * across)[..., None]
    colour = _over(colour, enamel * rounded, base)
    band = base * np.clip(4.0 * s - np.abs(py - base_top - 40.0 * s) + 0.5, 0, 1)
    colour = colour * (1.0 - 0.35 * band)[..., None]
    colour = _over(colour, enamel * rounded * 1.15, np.clip(cap + knob, 0, 1))
    wire = _rgb(70, 72, 74)[None, None, :] * (1.0 + 0.3 * np.clip(-(py - gcy) / gry, -1, 1))[..., None]
    colour = _over(colour, wire, np.clip(guards + handle, 0, 1))
    return colour, mask


def camping_lantern_packshot() -> Image.Image:
    """A camping lantern: a green enamelled base and cap, a glass globe, wire guards and handle, 3:4."""
    w, h = 1500, 2000
    px, py = _grid(w, h)
    backdrop = _board((h, w), "camping_lantern", -0.02)
    colour, mask = _lantern(px, py, backdrop, 750.0, 1700.0, 1.0, "lantern")
    lit = backdrop * _shade(mask, 16, 36.0, 0.15)[..., None]
    picture = _over(lit, colour, mask)
    return _export(np.clip(picture, 0, 1), "camping_lantern", 92, mask, portrait=11.0)


# ---- a café terrace ----------------------------------------------------------------------------------------


def cafe_table_scene() -> Image.Image:
    """The lantern on a café terrace's slatted table, the café's front blurred behind it, 3:2."""
    w, h = 2000, 1333
    px, py = _grid(w, h)
    edge = 760.0  # the table's back edge
    # the café front: cream stucco, a dark window with a frame, a striped awning, a potted bay tree
    stucco = (
        _rgb(222, 210, 184)[None, None, :]
        * (0.97 + 0.02 * _fine("cafe/stucco", (h, w), 6.0) + 0.03 * np.clip((edge - py) / edge, 0, 1))[
            ..., None
        ]
    )
    colour = stucco * np.array([0.95, 0.975, 1.0], dtype=np.float32)
    window = _box(px, py, 180.0, 260.0, 980.0, 900.0, 6.0)
    colour = _over(colour, _rgb(62, 70, 78), window)
    colour = _over(colour, _rgb(100, 112, 118), _box(px, py, 240.0, 320.0, 560.0, 900.0, 4.0) * 0.35)
    colour = _over(
        colour, _rgb(244, 240, 230), np.clip(window - _box(px, py, 196.0, 276.0, 964.0, 900.0, 4.0), 0, 1)
    )
    stripes = (np.floor(px / 90.0) % 2).astype(np.float32)
    awning_colour = _over(np.broadcast_to(_rgb(238, 234, 222), (h, w, 3)), _rgb(36, 92, 70), stripes)
    awning = _box(px, py, -40.0, 60.0, 2040.0, 230.0, 4.0)
    scallop = np.clip(230.0 + 24.0 * np.abs(np.sin(px * np.pi / 90.0)) - py + 0.5, 0, 1) * (py > 200.0)
    colour = _over(colour, awning_colour, np.clip(awning + scallop, 0, 1))
    colour = _over(colour, _rgb(150, 90, 60), _box(px, py, 1520.0, 560.0, 1700.0, 780.0, 16.0))
    leaves = np.clip(
        _ellipse(px, py, 1610.0, 430.0, 170.0, 170.0)
        * (0.6 + 0.8 * (_fine("cafe/bay", (h, w), 10.0) > -0.3)),
        0,
        1,
    )
    colour = _over(colour, _rgb(58, 96, 52), leaves)
    # the table: slats running across, gaps between them, wider towards the front (seen at an angle)
    depth = np.clip((py - edge) / (h - edge), 0, 1)
    pitch = 52.0 + 70.0 * depth
    phase = (py - edge) / pitch
    slat = np.clip((0.5 - np.abs((phase % 1.0) - 0.5)) * pitch - 3.0, 0, 1)
    grain = 0.9 + 0.08 * np.sin(px / 13.0 + 4.0 * _fine("cafe/teak", (h, w), (2.0, 40.0)))
    teak = (
        _rgb(168, 118, 78)[None, None, :] * (grain * (0.72 + 0.28 * slat) * (0.92 + 0.1 * depth))[..., None]
    )
    table = np.clip(py - edge + 0.5, 0, 1)
    colour = _over(colour, teak * np.array([0.96, 0.98, 1.0], dtype=np.float32), table)
    # portrait mode: the café behind blurred; the table sharper towards the front
    far = _blur(colour, (14.0, 14.0, 0))
    focus = np.clip((py - edge) / 300.0, 0, 1)[..., None]
    colour = far * (1.0 - focus) + colour * focus
    lantern, mask = _lantern(px, py, colour, 1180.0, 1150.0, 0.55, "cafe/lantern")
    colour = colour * _shade(mask, 10, 24.0, 0.22)[..., None]
    colour = _over(colour, lantern, mask)
    # the matte's errors round the lantern: where it reaches too far the table's blur stays sharp, where it
    # falls short the lantern's edge is softened
    near = np.clip(_blur(mask, 30.0) * 4.0, 0, 1)
    colour = _over(colour, _blur(colour, (6.0, 6.0, 0)), near * (1.0 - _matte(mask, "cafe_table")))
    return _export(np.clip(colour, 0, 1), "cafe_table", 89, None)
