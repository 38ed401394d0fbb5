"""``heldout26``'s pictures: four products a kitchenware shop, homeware shop, pet shop and bathroom shop list,
and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 19:17 landscape of 1140 x 1020 (copper mug), a 41:31 landscape of 1230 x 930
  (marble mortar), a 21:10 banner of 1260 x 600 (rope toy), a 27:62 portrait of 540 x 1240 (toothbrush); the
  scene is a 15:13 landscape of 1200 x 1040;
- the canvases they are padded onto (``PADDING``): a 1:0.88 landscape with broad white all round the mug
  (and the scene), a 1:1.14 portrait eight times as wide as a very small picture of the mortar, a 2.2:1 banner
  barely wider than the rope toy's picture and a tall 1:1.74 portrait with broad white either side of the
  toothbrush;
- a hammered copper mug with a brass handle that encloses the backdrop (a metallic product of hundreds of
  small facets, each catching the light differently, a bright softbox streak broken up by them); a white
  marble mortar with its pestle leaning in it (a pale product on white with a few faint grey veins, its
  shaded side and grey inside the only contrast); a jute and navy cotton rope dog toy, a thick three-strand
  twist knotted at each end with frayed tassels of fine fibres (a coarse helical texture with a ragged, hairy
  outline); a bamboo toothbrush standing upright in profile, with charcoal-black bristles (a thin, pale
  product whose head carries a block of fine dark fibres with ragged tips);
- every picture is finished the way a still looks when a seller films the product with a phone in 4K and
  grabs a frame with a desktop video player's snapshot (saved as PNG, cropped to the product): the camera's
  video sharpening, the video's limited-range (16-235) luma expanded back to full range by the player (the
  tones step, some codes never occur), the codec's coarse quantisation of each 16 x 16 block's fine
  detail (flat areas lose their faint texture, a little ringing beside strong edges) with a deblocking
  filter across the block borders, and 4:2:0 chroma upsampled bilinearly; the clipped white sweep is kept
  white;
- one full-frame scene: the copper mug on a weathered dark-green painted plank table in a dim bar, the back
  wall's warm lights melted into out-of-focus discs, lit from the left.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import zlib

import numpy as np
from PIL import Image, ImageDraw

from bench.photo_sets.heldout4 import Frame, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout11 import _lit

# family -> (longest side the photo is shrunk to, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "copper_mug": (760, 1.65, 0.88),
    "mortar": (130, 8.0, 1.14),
    "rope_toy": (1150, 1.025, 0.455),
    "toothbrush": (1000, 0.62, 1.74),
}

_MASKS: dict[str, np.ndarray] = {}
_BLOCK = 16


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout26/" + name).encode()))


def _codec(plane: np.ndarray) -> np.ndarray:
    """A video codec's intra coding of one plane: a 16 x 16 block DCT whose fine frequencies are quantised
    coarsely, then a deblocking filter that smooths across the block borders."""
    from scipy import fft

    h, w = plane.shape
    ph, pw = -h % _BLOCK, -w % _BLOCK
    padded = np.pad(plane, ((0, ph), (0, pw)), mode="edge")
    blocks = padded.reshape(padded.shape[0] // _BLOCK, _BLOCK, padded.shape[1] // _BLOCK, _BLOCK)
    coefficients = fft.dctn(blocks, axes=(1, 3), norm="ortho")
    k = np.arange(_BLOCK, dtype=np.float32)
    step = (2.0 + 0.55 * (k[:, None] + k[None, :]))[None, :, None, :]
    # a dead zone: small fine-frequency coefficients (faint texture) are dropped, larger ones rounded
    quantised = np.sign(coefficients) * np.floor(np.abs(coefficients) / step + 0.35) * step
    decoded = fft.idctn(quantised, axes=(1, 3), norm="ortho").reshape(padded.shape)[:h, :w]
    # deblocking: the two pixels either side of each block border are averaged with their neighbours
    smooth = _blurred(decoded, 0.9)
    border = np.zeros((h, w), dtype=np.float32)
    for offset in (-1, 0):
        border[(np.arange(h) % _BLOCK) == (offset % _BLOCK), :] = 0.6
        border[:, (np.arange(w) % _BLOCK) == (offset % _BLOCK)] = 0.6
    return decoded + (smooth - decoded) * border


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A frame grabbed from a phone's 4K video with a desktop player's snapshot (PNG): video sharpening,
    limited-range luma expanded back to full range, the codec's block quantisation and deblocking, 4:2:0 chroma
    upsampled bilinearly; white kept white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    # the video sensor's noise, a little, then the camera's video sharpening
    pixels = pixels + _rng(name + "/sensor").normal(0.0, 1.3, (h, w, 1)).astype(np.float32)
    weights = np.array([0.2126, 0.7152, 0.0722], dtype=np.float32)  # BT.709
    luma = pixels @ weights
    pixels = pixels + (0.55 * (luma - _blurred(luma, 1.2)))[..., None]
    pixels[white] = 255.0
    pixels = np.clip(pixels, 0.0, 255.0)
    # BT.709 Y'CbCr in limited range: luma codes 16..235, chroma 16..240 around 128
    luma = pixels @ weights
    cb = (pixels[..., 2] - luma) / 1.8556
    cr = (pixels[..., 0] - luma) / 1.5748
    y_code = np.round(16.0 + 219.0 * luma / 255.0)
    # 4:2:0: chroma kept at half size
    half = ((w + 1) // 2, (h + 1) // 2)
    small = [
        np.asarray(Image.fromarray(plane.astype(np.float32), mode="F").resize(half, Image.Resampling.BOX))
        for plane in (cb * 224.0 / 255.0, cr * 224.0 / 255.0)
    ]
    y_code = np.clip(np.round(_codec(y_code)), 16.0, 235.0)
    chroma = [np.round(_codec(plane)) for plane in small]
    # the player: chroma upsampled bilinearly, limited range expanded to full, rounded to 8 bits
    cb, cr = (
        np.asarray(
            Image.fromarray(plane.astype(np.float32), mode="F").resize((w, h), Image.Resampling.BILINEAR)
        )
        * 255.0
        / 224.0
        for plane in chroma
    )
    luma = (y_code - 16.0) * 255.0 / 219.0
    red = luma + 1.5748 * cr
    blue = luma + 1.8556 * cb
    green = (luma - weights[0] * red - weights[2] * blue) / weights[1]
    decoded = np.stack([red, green, blue], axis=2)
    decoded[white & (decoded.min(axis=2) >= 246.0)] = 255.0
    return Image.fromarray(np.clip(np.round(decoded), 0, 255).astype(np.uint8))


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep lit from the upper left: a contact line and a soft shadow down-right."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.3)
    backdrop = _shade(backdrop, _soft(mask, 13.0, 8, 11) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


# ---- a hammered copper mug -------------------------------------------------------------------------------


def _mug(frame: Frame, cx: float, top: float, size: float, light: tuple[float, float, float]) -> tuple:
    """(colour, mask) of a hammered copper mug with a brass handle on its right, seen a little from above.

    ``size`` is the mug's height; the handle's loop encloses whatever is behind it."""
    from scipy.spatial import cKDTree

    px, py = frame.x * frame.width, frame.y * frame.height
    bottom = top + size
    t = np.clip((py - top) / size, 0, 1)
    half = size * (0.47 + 0.035 * np.sin(np.pi * t) - 0.02 * t)
    rim_b = 0.075 * size  # the rim ellipse's half height
    bottom_b = 0.06 * size
    rim_a = size * 0.47
    # the body: between the rim ellipse's middle and the foot's front edge
    inside_x = np.clip((half - np.abs(px - cx)) + 0.5, 0, 1)
    foot_edge = bottom + bottom_b * np.sqrt(np.clip(1 - ((px - cx) / np.maximum(half, 1)) ** 2, 0, 1))
    body = inside_x * np.clip((py - top) + 0.5, 0, 1) * np.clip((foot_edge - py) + 0.5, 0, 1)
    rim_e = ((px - cx) / rim_a) ** 2 + ((py - top) / rim_b) ** 2
    opening = np.clip((1.0 - rim_e) * rim_b * 0.9 + 0.5, 0, 1)
    body = np.maximum(body, opening)
    # the hammered facets: cells of a jittered lattice laid round the cylinder, each a shallow cup
    n = np.clip((px - cx) / np.maximum(half, 1), -1, 1)
    theta = np.arcsin(n)
    rng = _rng("mug/facets")
    pitch = size * 0.055
    grid_t, grid_v = np.meshgrid(
        np.arange(-np.pi / 2, np.pi / 2, pitch / (size * 0.48)), np.arange(top - pitch, bottom + pitch, pitch)
    )
    seeds = np.stack([grid_t.ravel() * size * 0.48, grid_v.ravel()], axis=1)
    seeds = seeds + rng.uniform(-0.35, 0.35, seeds.shape) * pitch
    surface = np.stack([(theta * size * 0.48).ravel(), py.ravel()], axis=1)
    _, nearest = cKDTree(seeds).query(surface)
    offset = (surface - seeds[nearest]).reshape(frame.height, frame.width, 2) / pitch
    tilt = rng.normal(0.0, 0.12, (len(seeds), 2))[nearest].reshape(frame.height, frame.width, 2)
    fu = n + 0.55 * offset[..., 0] + tilt[..., 0]
    fv = -0.15 + 0.45 * offset[..., 1] + tilt[..., 1]
    fz = np.sqrt(np.clip(1 - n**2, 0.02, 1))
    lit = _lit(fu, fv, fz, light)
    copper = np.array([196, 110, 70], dtype=np.float32)
    # a metal mirrors its surroundings: a dark band of the room, a bright softbox streak, the white sweep at
    # the rim, all broken up by the facets
    mirror = (
        0.28
        + 0.55 * lit
        + 0.5 * np.exp(-(((fu + 0.55) / 0.12) ** 2))
        - 0.18 * np.exp(-(((fu - 0.3) / 0.2) ** 2))
    )
    mirror = mirror + 0.35 * np.clip((np.abs(fu) - 0.8) / 0.2, 0, 1)
    colour = copper * mirror[..., None] + (90.0 * np.clip(mirror - 1.05, 0, 1))[..., None]
    # the inside seen through the opening: darker copper, lit on the far wall
    inner_e = ((px - cx) / (rim_a - 9.0)) ** 2 + ((py - top) / (rim_b - 5.0)) ** 2
    inner = np.clip((1.0 - inner_e) * rim_b * 0.9 + 0.5, 0, 1)
    depth = np.clip((py - (top - rim_b)) / (2 * rim_b), 0, 1)
    inside = copper * (0.25 + 0.55 * depth * np.clip(0.5 - n, 0, 1))[..., None]
    colour = _over(colour, inside, inner)
    # the rolled rim: a thin bright line round the opening
    rim_line = np.clip(1.0 - np.abs(np.sqrt(rim_e) - 0.985) * rim_a / 4.0, 0, 1) * (rim_e < 1.2)
    colour = _over(colour, copper * (1.1 + 0.3 * (n < 0))[..., None] + 30.0, rim_line)
    # the brass handle: a D-shaped loop 0.065 x size thick on the right, behind the body's edge
    hx, hy = cx + half.max() * 0.9, top + 0.45 * size
    ha, hb = 0.26 * size, 0.3 * size
    ring = np.hypot((px - hx) / ha, (py - hy) / hb)
    across = (ring - 1.0) * 0.28 * size / (0.035 * size)
    handle = np.clip((1.0 - np.abs(across)) * 0.035 * size + 0.5, 0, 1) * (px > hx - 0.1 * size)
    brass = np.array([214, 176, 96], dtype=np.float32)
    hn = np.clip(across, -1, 1)
    hlit = _lit(
        (px - hx) / ha * 0.5 + 0.4 * hn, (py - hy) / hb * 0.5, np.sqrt(np.clip(1 - hn**2, 0.05, 1)), light
    )
    brass_colour = brass * (0.35 + 0.75 * hlit)[..., None] + (70.0 * hlit**8)[..., None]
    colour = _over(brass_colour, colour, body)
    mask = np.maximum(body, handle)
    return colour, mask


def copper_mug_packshot() -> Image.Image:
    """A hammered copper mug with a brass handle, 19:17 on white."""
    frame = Frame(1140, 1020)
    colour, mask = _mug(frame, 500.0, 250.0, 600.0, (-0.55, -0.5, 0.7))
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "copper_mug", 0.3)


def bar_scene() -> Image.Image:
    """The copper mug on a weathered dark-green plank table in a dim bar, warm lights melted into discs."""
    frame = Frame(1200, 1040)
    px, py = frame.x * frame.width, frame.y * frame.height
    rng = _rng("bar/lights")
    # the back wall, far out of focus: dark brown, with warm discs of light
    wall = np.array([58, 40, 30], dtype=np.float32) * (0.8 + 0.4 * frame.noise("bar/wall", 4))[..., None]
    for _ in range(16):
        lx, ly, r = rng.uniform(0, 1200), rng.uniform(30, 520), rng.uniform(22, 55)
        disc = np.clip((r - np.hypot(px - lx, py - ly)) / 3.0, 0, 1) * rng.uniform(0.35, 0.9)
        wall = _over(wall, np.array([255, 196, 120], dtype=np.float32) * np.ones_like(wall), disc)
    # the table: planks across, painted dark green, worn to the wood along their edges
    horizon = 560.0
    depth = np.clip((py - horizon) / (1040.0 - horizon), 0, 1)
    plank = np.floor((px - 600.0) / (150.0 + 60.0 * depth) * (0.6 + 0.4 * depth) + 40.0)
    seam_x = ((px - 600.0) / (150.0 + 60.0 * depth) * (0.6 + 0.4 * depth)) % 1.0
    wear = np.clip(
        frame.noise("bar/wear", 30, octaves=3) * 2.2 - 1.1 + 0.8 * np.exp(-(((seam_x - 0.5) / 0.06) ** 2)),
        0,
        1,
    )
    grain = 0.85 + 0.15 * np.sin(seam_x * 40.0 + 5.0 * frame.noise("bar/grain", 12) + plank)
    paint = np.array([44, 78, 58], dtype=np.float32) * (0.9 + 0.1 * grain)[..., None]
    wood = np.array([126, 92, 62], dtype=np.float32) * grain[..., None]
    table = _over(paint, wood, wear * 0.7)
    table = (
        table
        * (
            1
            - 0.6 * np.exp(-(((seam_x - 0.0) / 0.015) ** 2))
            - 0.6 * np.exp(-(((seam_x - 1.0) / 0.015) ** 2))
        )[..., None]
    )
    table = table * (0.55 + 0.5 * depth)[..., None] * (1.1 - 0.35 * frame.x)[..., None]
    scene = _over(wall, table, np.clip((py - horizon) + 0.5, 0, 1))
    # the mug's shadow on the table, to the right
    shadow = np.exp(-(((px - 700.0) / 260.0) ** 2 + ((py - 900.0) / 60.0) ** 2))
    scene = scene * (1 - 0.55 * shadow)[..., None]
    colour, mask = _mug(frame, 560.0, 330.0, 560.0, (-0.8, -0.35, 0.5))
    return _as_photo(_over(scene, colour, mask), "bar")


# ---- a white marble mortar and pestle --------------------------------------------------------------------


def mortar_packshot() -> Image.Image:
    """A white marble mortar with its pestle leaning in it, 41:31 on white."""
    frame = Frame(1230, 930)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx, rim_y, foot_y = 600.0, 330.0, 780.0
    rim_a, rim_b = 340.0, 78.0
    # a few meandering grey veins (two level lines of a warped noise) over a faint cloudy mottle
    veins = frame.noise("mortar/veins", 4, octaves=4) + 0.25 * frame.noise("mortar/warp", 12, octaves=2)
    vein = 0.8 * np.exp(-(((veins - 0.52) / 0.006) ** 2)) + 0.45 * np.exp(-(((veins - 0.41) / 0.004) ** 2))
    vein = _blurred(vein, 1.2) + 0.12 * frame.noise("mortar/cloud", 9, octaves=3)
    fine = _blurred(_rng("mortar/fine").normal(0, 1, (frame.height, frame.width)).astype(np.float32), 0.8)
    marble = np.array([242, 240, 236], dtype=np.float32) - (60.0 * vein)[..., None] * np.array(
        [1.0, 0.98, 0.92], dtype=np.float32
    )
    marble = marble + (2.0 * fine / float(fine.std()))[..., None]
    # the outer wall: a bowl from the rim's front edge down to a low foot
    t = np.clip((py - rim_y) / (foot_y - rim_y), 0, 1)
    half = rim_a * np.sqrt(np.clip(1 - (t * 0.78) ** 2, 0, 1))
    half = np.where(py > foot_y - 50.0, 230.0, half)
    front = rim_y + rim_b * np.sqrt(np.clip(1 - ((px - cx) / rim_a) ** 2, 0, 1))
    wall = np.clip((half - np.abs(px - cx)) + 0.5, 0, 1) * np.clip((py - front) + 0.5, 0, 1)
    foot_front = foot_y + 22.0 * np.sqrt(np.clip(1 - ((px - cx) / 230.0) ** 2, 0, 1))
    wall = wall * np.clip((foot_front - py) + 0.5, 0, 1)
    n = np.clip((px - cx) / np.maximum(half, 1), -1, 1)
    wall_lit = _lit(n, -0.2 + 0.8 * t, np.sqrt(np.clip(1 - n**2, 0.02, 1)), (-0.6, -0.55, 0.6))
    wall_colour = marble * (0.68 + 0.34 * wall_lit)[..., None]
    wall_colour = wall_colour * (1 - 0.08 * (py > foot_y - 50.0))[..., None]
    # the opening: the rim band, then the inside (shaded on the left, lit on the far right wall)
    rim_e = ((px - cx) / rim_a) ** 2 + ((py - rim_y) / rim_b) ** 2
    opening = np.clip((1.0 - np.sqrt(rim_e)) * rim_b + 0.5, 0, 1)
    inner_e = ((px - cx) / (rim_a - 24.0)) ** 2 + ((py - rim_y) / (rim_b - 8.0)) ** 2
    inner = np.clip((1.0 - np.sqrt(inner_e)) * rim_b + 0.5, 0, 1)
    rim_colour = marble * 0.99
    inside = (
        marble
        * (0.5 + 0.3 * np.clip((px - cx) / rim_a + 0.3, 0, 1) + 0.1 * np.clip((py - rim_y) / rim_b, 0, 1))[
            ..., None
        ]
    )
    # the pestle: a rounded marble rod leaning from the bowl's inside up to the upper right
    a0, a1 = np.array([690.0, 360.0]), np.array([940.0, 110.0])
    axis = (a1 - a0) / np.linalg.norm(a1 - a0)
    rel_x, rel_y = px - a0[0], py - a0[1]
    along = np.clip(rel_x * axis[0] + rel_y * axis[1], 0, np.linalg.norm(a1 - a0))
    dx, dy = rel_x - along * axis[0], rel_y - along * axis[1]
    radius = 46.0 - 12.0 * along / np.linalg.norm(a1 - a0)
    dist = np.hypot(dx, dy)
    pestle = np.clip((radius - dist) + 0.5, 0, 1)
    across = np.clip((dx * -axis[1] + dy * axis[0]) / np.maximum(radius, 1), -1, 1)
    pestle_lit = (
        0.62 + 0.35 * np.clip(-across * 0.8 + 0.4, 0, 1) + 0.04 * np.sqrt(np.clip(1 - across**2, 0, 1))
    )
    pestle_colour = marble * pestle_lit[..., None]
    colour = _over(_white(frame), rim_colour, opening)
    colour = _over(colour, inside, inner)
    colour = _over(
        colour,
        pestle_colour,
        pestle * np.clip((rim_y + 40.0 - py) / 40.0 + (pestle > 0) * (inner > 0.5), 0, 1),
    )
    # the rim's front, in front of the pestle
    rim_front = opening * (1 - inner) * (py > rim_y)
    colour = _over(colour, rim_colour, rim_front)
    colour = _over(colour, wall_colour, wall)
    # a faint grey line where the rim meets the inside
    colour = (
        colour
        * (1 - 0.12 * np.clip(1 - np.abs(np.sqrt(inner_e) - 1.0) * rim_b / 2.0, 0, 1) * (py > rim_y - rim_b))[
            ..., None
        ]
    )
    mask = np.clip(np.maximum.reduce([wall, opening, pestle]), 0, 1)
    return _on_sweep(frame, colour, mask, "mortar", 0.2)


# ---- a jute rope dog toy ---------------------------------------------------------------------------------


def _strands(along: np.ndarray, angle: np.ndarray, pitch: float) -> tuple[np.ndarray, np.ndarray]:
    """(strand index 0..2, 0..1 shading across the strand) of a three-strand twist."""
    phase = (along / pitch + 3.0 * angle / (2 * np.pi)) % 3.0
    index = np.floor(phase)
    within = phase - index
    return index, np.sqrt(np.clip(np.sin(np.pi * within), 0, 1))


def rope_toy_packshot() -> Image.Image:
    """A jute and navy cotton rope dog toy, knotted at each end with frayed tassels, 21:10 on white."""
    frame = Frame(1260, 600)
    px, py = frame.x * frame.width, frame.y * frame.height
    centre = 300.0 + 22.0 * np.sin((px - 630.0) / 260.0)
    slope = 22.0 / 260.0 * np.cos((px - 630.0) / 260.0)
    radius = 52.0
    across = (py - centre) / np.sqrt(1 + slope**2)
    a = np.clip(across / radius, -1, 1)
    rope = np.clip((radius - np.abs(across)) + 0.5, 0, 1) * (px > 250.0) * (px < 1010.0)
    index, groove = _strands(px, np.arcsin(a), 64.0)
    fibres = _blurred(_rng("rope/fibres").normal(0, 1, (frame.height, frame.width)).astype(np.float32), 0.7)
    fibres = fibres / float(fibres.std())
    jute = np.array([190, 154, 104], dtype=np.float32)
    navy = np.array([40, 52, 92], dtype=np.float32)
    strand_colour = np.where((index == 1)[..., None], navy, jute)
    shade = (0.45 + 0.55 * _lit(a * 0.3, a, np.sqrt(np.clip(1 - a**2, 0.02, 1)), (-0.4, -0.6, 0.7))) * (
        0.55 + 0.45 * groove
    )
    colour = strand_colour * (shade * (1 + 0.1 * fibres))[..., None]
    mask = rope
    rng = _rng("rope/tassels")
    for kx, side in ((235.0, -1.0), (1025.0, 1.0)):
        ky = 300.0 + 22.0 * np.sin((kx - 630.0) / 260.0)
        r = np.hypot(px - kx, py - ky)
        knot = np.clip((88.0 - r) + 0.5, 0, 1)
        ang = np.arctan2(py - ky, px - kx)
        ka = np.clip(r / 88.0, 0, 1)
        # the knot's turns wrap round the rope across its axis: the same twist turned a quarter
        k_index, k_groove = _strands(
            py - ky + 12.0 * np.cos(ang), np.arcsin(np.clip((px - kx) / 88.0, -1, 1)), 38.0
        )
        k_colour = np.where((k_index == 1)[..., None], navy, jute)
        k_shade = (
            0.4
            + 0.6
            * _lit(
                (px - kx) / 88.0, (py - ky) / 88.0, np.sqrt(np.clip(1 - ka**2, 0.02, 1)), (-0.5, -0.6, 0.65)
            )
        ) * (0.55 + 0.45 * k_groove)
        colour = _over(colour, k_colour * (k_shade * (1 + 0.1 * fibres))[..., None], knot)
        mask = np.maximum(mask, knot)
        # the frayed tassel: a spray of fine fibres out of the knot, drawn at 4x
        side_scale = 4
        big = Image.new("L", (frame.width * side_scale, frame.height * side_scale), 0)
        tint = Image.new("L", big.size, 0)
        draw, draw_tint = ImageDraw.Draw(big), ImageDraw.Draw(tint)
        for _ in range(260):
            start_a = rng.normal(0.0, 0.45)
            sx = kx + side * 70.0 * np.cos(start_a)
            sy = ky + 70.0 * np.sin(start_a)
            heading = start_a * 0.8 + rng.normal(0.0, 0.18)
            length = rng.uniform(70.0, 150.0)
            bend = rng.normal(0.0, 0.25)
            points = []
            for step in np.linspace(0, 1, 12):
                h = heading + bend * step
                points.append(
                    (
                        (sx + side * length * step * np.cos(h)) * side_scale,
                        (sy + length * step * np.sin(h)) * side_scale,
                    )
                )
            width = int(round(rng.uniform(1.2, 2.4) * side_scale))
            draw.line(points, fill=255, width=width)
            draw_tint.line(points, fill=int(255 * (rng.random() < 0.3)), width=width)
        fray = (
            np.asarray(big.resize((frame.width, frame.height), Image.Resampling.BOX), dtype=np.float32)
            / 255.0
        )
        blue = (
            np.asarray(tint.resize((frame.width, frame.height), Image.Resampling.BOX), dtype=np.float32)
            / 255.0
        )
        blue = blue / np.maximum(fray, 1e-3)
        fibre_colour = (jute * 1.02 * (1 - blue)[..., None] + navy * 1.3 * blue[..., None]) * (
            0.85 + 0.1 * fibres
        )[..., None]
        fray = fray * (1 - knot)
        colour = _over(colour, fibre_colour, fray)
        mask = np.maximum(mask, fray)
    return _on_sweep(frame, _over(_white(frame), colour, mask), mask, "rope_toy", 0.26)


# ---- a bamboo toothbrush ---------------------------------------------------------------------------------


def toothbrush_packshot() -> Image.Image:
    """A bamboo toothbrush in profile, standing upright, charcoal-black bristles to the left, 27:62 on white."""
    frame = Frame(540, 1240)
    px, py = frame.x * frame.width, frame.y * frame.height
    cx = 300.0
    # the handle: 18 px thick in profile at the head, 30 px at the grip, rounded ends
    top, bottom = 110.0, 1160.0
    t = np.clip((py - top) / (bottom - top), 0, 1)
    half = 9.0 + 8.0 * np.clip((t - 0.22) / 0.25, 0, 1) - 2.5 * np.clip((t - 0.8) / 0.2, 0, 1) ** 2
    ends = np.clip(np.minimum(py - top, bottom - py) + 0.5, 0, 1)
    cap_top = np.hypot(px - cx, np.minimum(py - top - 9.0, 0)) <= 9.0
    handle = np.clip((half - np.abs(px - cx)) + 0.5, 0, 1) * ends * np.where(py < top + 9.0, cap_top, 1.0)
    handle = np.maximum(
        handle, np.clip((14.0 - np.hypot(px - cx, py - bottom + 14.0)) + 0.5, 0, 1) * (py > bottom - 14.0)
    )
    n = np.clip((px - cx) / np.maximum(half, 1), -1, 1)
    grain = _blurred(
        np.repeat(_rng("brush/grain").normal(0, 1, (1, frame.width)), frame.height, axis=0).astype(
            np.float32
        ),
        0.6,
    )
    grain = grain + 0.4 * _blurred(
        _rng("brush/grain2").normal(0, 1, (frame.height, frame.width)).astype(np.float32), 1.5
    )
    bamboo = np.array([214, 178, 124], dtype=np.float32) * (1 + 0.05 * grain / float(grain.std()))[..., None]
    shade = 0.62 + 0.42 * _lit(n, np.zeros_like(n), np.sqrt(np.clip(1 - n**2, 0.02, 1)), (-0.7, -0.2, 0.6))
    handle_colour = bamboo * shade[..., None]
    # bamboo nodes: two darker rings, and a small engraved mark
    for node in (640.0, 930.0):
        handle_colour = handle_colour * (1 - 0.3 * np.exp(-(((py - node) / 2.2) ** 2)))[..., None]
    engraved = (np.abs(px - cx) < 4.0) * (py > 760.0) * (py < 860.0) * (np.sin(py * 0.9) > 0.2)
    handle_colour = handle_colour * (1 - 0.38 * engraved)[..., None]
    # the bristles: tufts pointing left from the head, fibres 1.5 px, ragged tips, seen side-on
    rng = _rng("brush/bristles")
    side = 4
    big = Image.new("L", (frame.width * side, frame.height * side), 0)
    draw = ImageDraw.Draw(big)
    tufts = 9
    for i in range(tufts):
        y0 = 140.0 + i * 20.0
        for _ in range(16):
            y = y0 + rng.uniform(-6.5, 6.5)
            length = 118.0 + 6.0 * np.sin(i / (tufts - 1) * np.pi) + rng.uniform(-5, 3)
            tilt = rng.normal(0.0, 1.2)
            draw.line(
                [((cx - 8.0) * side, y * side), ((cx - 8.0 - length) * side, (y + tilt) * side)],
                fill=255,
                width=int(round(1.5 * side)),
            )
    bristles = (
        np.asarray(big.resize((frame.width, frame.height), Image.Resampling.BOX), dtype=np.float32) / 255.0
    )
    sheen = _blurred(_rng("brush/sheen").normal(0, 1, (frame.height, frame.width)).astype(np.float32), 0.5)
    bristle_colour = (
        np.full((frame.height, frame.width, 3), 30.0, dtype=np.float32)
        + (10.0 * sheen / float(sheen.std()) + 28.0 * np.exp(-(((py - 150.0) / 25.0) ** 2)))[..., None]
    )
    colour = _over(_white(frame), bristle_colour, bristles)
    colour = _over(colour, handle_colour, handle)
    mask = np.clip(np.maximum(handle, bristles), 0, 1)
    return _on_sweep(frame, colour, mask, "toothbrush", 0.24)
