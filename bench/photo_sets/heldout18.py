"""``heldout18``'s pictures: four products a tea merchant, pet shop, music shop and phone-accessory shop list,
and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 6:7 portrait of 1080 x 1260 (tea tin), a 3:7 portrait of 720 x 1680
  (cat scratcher), a 2.2:1 landscape of 1760 x 800 (harmonica), an 11:10 landscape of 1320 x 1200 (charging
  cable); the scene is a 16:11 landscape of 1760 x 1210;
- the canvases they are padded onto (``PADDING``): a 10:9 landscape many times as wide as a very small
  picture of the tea tin (and the scene), a 1:1.62 portrait with broad margins around the scratcher, a 2:1
  banner barely longer than the harmonica's picture, a 1.22:1 landscape with a moderate margin around the
  cable;
- a matte black cylindrical tea tin with a slip lid and a gold printed label band (a very dark product on
  white); a corrugated-cardboard cat scratcher seen from above, its flutes edge-on at a 4.5 px pitch, a printed
  paper band round its middle and a few catnip flecks (a fine, repetitive texture); a chromed ten-hole
  harmonica with a pearwood comb (smooth chrome with broad soft reflections and little fine texture); a white
  USB charging cable 7 px thick coiled loosely on white, with its two plugs (a thin, pale, low-contrast
  product);
- every picture is finished the way a tablet's rear camera finishes a picture shot under LED ceiling panels:
  faint horizontal flicker bands from the rolling shutter, lens colour shading (magenta towards the corners,
  a little green in the middle), a little luma noise, chroma noise smeared by chroma noise reduction (colour
  bleeding a few pixels over edges), JPEG quality 83 with 4:2:0 chroma; the clipped white sweep is kept white;
- one full-frame scene: the tea tin on a bamboo tea tray before a warm grey plaster wall.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its shadow or
backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image

from bench.photo_sets.heldout4 import SUPERSAMPLE, Frame, _font, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred
from bench.photo_sets.heldout10 import _rounded, _smooth
from bench.photo_sets.heldout11 import _lit
from bench.photo_sets.heldout17 import _along

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "tea_tin": (270, 4.8, 0.9),
    "scratcher": (820, 1.55, 1.62),
    "harmonica": (980, 1.04, 0.5),
    "cable": (660, 1.3, 0.82),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout18/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A tablet's camera under LED panels: flicker bands, lens colour shading, luma noise, smeared chroma
    noise, JPEG 83 4:2:0; the clipped white stays white."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    rng = _rng(name + "/sensor")
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xs - w / 2) ** 2 + (ys - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    # the lens shading table fits the grey card only roughly: magenta corners, a faint green centre
    shading = 1.0 + np.array([0.05, -0.045, 0.04], dtype=np.float32) * (r2[..., None] - 0.3)
    pixels = pixels * shading * (1.0 - 0.05 * r2)[..., None]
    # the LED panels flicker at twice the mains frequency: the rolling shutter records slow bands
    phase = rng.uniform(0.0, 2 * np.pi)
    pixels = pixels * (1.0 + 0.022 * np.sin(2 * np.pi * ys / (h / 3.4) + phase))[..., None]
    # sensor noise, then the pipeline's chroma noise reduction smears the colour a few pixels wide
    luma_noise = rng.normal(0.0, 1.6, (h, w)).astype(np.float32)
    chroma_noise = rng.normal(0.0, 3.0, (h, w, 2)).astype(np.float32)
    luma = pixels @ np.array([0.299, 0.587, 0.114], dtype=np.float32) + luma_noise
    cb = (pixels[..., 2] - luma) * 0.564 + chroma_noise[..., 0]
    cr = (pixels[..., 0] - luma) * 0.713 + chroma_noise[..., 1]
    cb, cr = _blurred(cb, 2.6), _blurred(cr, 2.6)
    red = luma + 1.403 * cr
    blue = luma + 1.773 * cb
    green = (luma - 0.299 * red - 0.114 * blue) / 0.587
    pixels = np.stack([red, green, blue], axis=2)
    pixels[white] = 255.0
    image = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    stored = io.BytesIO()
    image.save(stored, "JPEG", quality=83, subsampling=2)
    return Image.open(io.BytesIO(stored.getvalue())).convert("RGB")


def _on_sweep(frame: Frame, colour: np.ndarray, mask: np.ndarray, name: str, depth: float) -> Image.Image:
    """The product on a white sweep under ceiling panels: a contact line and a soft shadow just below it."""
    outside = 1 - mask
    backdrop = _shade(_white(frame), _soft(mask, 1.5, 0, 1) * outside, 0.35)
    backdrop = _shade(backdrop, _soft(mask, 18.0, 0, 10) * outside, depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


def _words(frame: Frame, rows: tuple[tuple[str, float, float, float], ...]) -> np.ndarray:
    """A mask of centred printed words: (text, x share, y share, size as a share of the height)."""
    return frame.mask(
        lambda d, at: [
            d.text(
                at(x, y), text, fill=255, font=_font(round(size * frame.height * SUPERSAMPLE)), anchor="mm"
            )
            for text, x, y, size in rows
        ]
    )


# ---- a matte black tea tin with a gold label --------------------------------------------------------------


def _tin(
    frame: Frame, backdrop: np.ndarray, cx: float, base: float, radius: float, tall: float
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, coverage) of the tin standing at (cx share, base share), ``radius`` and ``tall`` px, seen a
    little from above, over ``backdrop``."""
    px, py = frame.x * frame.width, frame.y * frame.height
    centre, bottom = cx * frame.width, base * frame.height
    ellipse = 0.16 * radius
    across = (px - centre) / radius
    round_off = ellipse * np.sqrt(np.clip(1 - across**2, 0, 1))
    top = bottom - tall
    lid_r, lid_bottom = radius * 1.025, top + 0.2 * tall
    body = np.clip(radius - np.abs(px - centre) + 0.5, 0, 1)
    body = body * np.clip(py - (top + 0.1 * tall) + 0.5, 0, 1) * np.clip(bottom + round_off - py + 0.5, 0, 1)
    lid_across = (px - centre) / lid_r
    lid_round = ellipse * np.sqrt(np.clip(1 - lid_across**2, 0, 1))
    lid_side = np.clip(lid_r - np.abs(px - centre) + 0.5, 0, 1) * np.clip(py - top + 0.5, 0, 1)
    lid_side = lid_side * np.clip(lid_bottom + lid_round - py + 0.5, 0, 1)
    lid_top = np.clip((1 - np.hypot(lid_across, (py - top) / (ellipse * 1.02))) * lid_r + 0.5, 0, 1)
    coverage = np.clip(np.maximum.reduce([body, lid_side, lid_top]), 0, 1)
    a = np.clip(across, -1, 1)
    nz = np.sqrt(1 - a**2)
    lit = _lit(a, np.zeros_like(a), nz, (-0.45, 0.2, 0.85))
    # matte black powder coat: a broad soft sheen, no crisp highlight
    sheen = 26.0 * np.exp(-(((a + 0.42) / 0.22) ** 2))
    tone = (0.45 + 0.75 * lit) * (1.0 + 0.05 * (frame.noise("tin/coat", 90) - 0.5))
    black = np.array([24, 24, 27], dtype=np.float32) * tone[..., None] + sheen[..., None]
    # the lid's top face catches the ceiling light; its lower rim throws a thin shade on the body
    black = np.where((lid_top > 0.5)[..., None], black * 1.5 + 14.0, black)
    rim = np.exp(-(((py - lid_bottom - lid_round - 2.0) / 2.5) ** 2)) * (lid_side < 0.5)
    black = black * (1 - 0.5 * rim)[..., None]
    # the gold label band with printed words
    band = _smooth(top + 0.42 * tall - 1, top + 0.42 * tall + 1, py + 0 * px) * _smooth(
        top + 0.78 * tall + 1, top + 0.78 * tall - 1, py - round_off
    )
    gold = np.array([176, 138, 66], dtype=np.float32) * (0.55 + 0.6 * lit)[..., None]
    gold = gold + (40.0 * np.exp(-(((a + 0.4) / 0.3) ** 2)))[..., None] * np.array([1.0, 0.9, 0.6])
    label_y = (top + 0.6 * tall) / frame.height
    unit = tall / frame.height
    rows = (
        ("HOUSE OF LEAVES", cx, label_y - 0.1 * unit, 0.035 * unit),
        ("ASSAM", cx, label_y, 0.12 * unit),
        ("loose leaf tea  100 g", cx, label_y + 0.1 * unit, 0.032 * unit),
    )
    ink = _words(frame, rows)
    gold = _over(gold, np.array([30, 24, 20], dtype=np.float32) * np.ones_like(gold), 0.9 * ink)
    colour = _over(black, gold, band * body)
    return _over(backdrop, colour, coverage), coverage


def tea_tin_packshot() -> Image.Image:
    """A matte black tea tin with a slip lid and a gold label band, standing, 6:7 on white."""
    frame = Frame(1080, 1260)
    colour, coverage = _tin(frame, _white(frame), 0.5, 0.86, 0.23 * frame.width, 0.66 * frame.height)
    return _on_sweep(frame, colour, coverage, "tea_tin", 0.32)


def tray_scene() -> Image.Image:
    """The tea tin on a bamboo tea tray before a warm grey plaster wall lit from the left."""
    frame = Frame(1760, 1210)
    h, w = frame.height, frame.width
    py = frame.y * h
    plaster = 0.8 + 0.2 * frame.noise("tray/plaster", 40, octaves=3)
    wall = (
        np.array([168, 158, 146], dtype=np.float32)
        * (plaster * (0.7 + 0.45 * frame.blob(0.15, 0.2, 0.9, 1.1)))[..., None]
    )
    edge = 0.62 * h
    # bamboo slats running across the frame, 26 px wide, with nodes and a dark gap between them
    slat = (py - edge) % 26.0
    gap = np.exp(-((np.minimum(slat, 26.0 - slat) / 1.4) ** 2))
    nodes = np.exp(-((((frame.x * w + 37.0 * np.floor((py - edge) / 26.0)) % 210.0 - 105.0) / 5.0) ** 2))
    fibre = 1.0 + 0.06 * (frame.noise("tray/fibre", 300) - 0.5)
    bamboo = (
        np.array([196, 160, 104], dtype=np.float32)
        * (fibre * (1 - 0.55 * gap) * (1 - 0.1 * nodes) * (0.8 + 0.25 * frame.blob(0.2, 0.7, 0.9, 0.6)))[
            ..., None
        ]
    )
    lip = _smooth(edge - 2, edge + 2, py)
    scene = _over(wall, bamboo, lip)
    # the tray's front lip darker where it turns down, and the tin's shadow falling to the right
    scene = scene * (1 - 0.35 * np.exp(-(((py - edge) / 6.0) ** 2)))[..., None]
    footprint = frame.blob(0.56, 0.86, 0.13, 0.035)
    scene = _shade(scene, footprint, 0.5)
    colour, _ = _tin(frame, scene, 0.5, 0.84, 0.1 * w, 0.5 * h)
    return _as_photo(colour, "tray")


# ---- a corrugated cardboard cat scratcher -----------------------------------------------------------------


def scratcher_packshot() -> Image.Image:
    """A corrugated-cardboard cat scratcher seen from above, flutes edge-on, a printed band, 3:7 on white."""
    frame = Frame(720, 1680)
    length, width = 0.88 * frame.height, 0.66 * frame.width
    u, v = _along(frame, 0.5, 0.5, 91.5, length)
    v = v + width / 2
    pad = np.clip(u + 0.5, 0, 1) * np.clip(length - u + 0.5, 0, 1) * np.clip(v + 0.5, 0, 1)
    pad = pad * np.clip(width - v + 0.5, 0, 1)
    # flutes edge-on: the liner lines every 4.5 px, the wave between them lighter and darker
    pitch = 4.5
    phase = (u % pitch) / pitch
    liner = np.exp(-((np.minimum(phase, 1 - phase) * pitch / 0.7) ** 2))
    wave = 0.5 + 0.5 * np.cos(2 * np.pi * (phase * 2 + 0.25 * np.sin(v / 9.0)))
    rng = _rng("scratcher/wear")
    wear = frame.noise("scratcher/wear", 14, octaves=3)
    fuzz = _blurred(rng.normal(0.0, 1.0, u.shape), 0.8) * (wear > 0.55)
    tone = (0.78 + 0.16 * wave - 0.28 * liner) * (1.0 + 0.1 * (wear - 0.5)) + 0.05 * fuzz
    kraft = np.array([184, 140, 92], dtype=np.float32) * tone[..., None]
    # a darker outer wrapper along the long sides
    side = np.exp(-((np.minimum(v, width - v) / 7.0) ** 2))
    kraft = kraft * (1 - 0.3 * side)[..., None]
    # a printed paper band round the middle
    band = _smooth(0.43 * length - 1, 0.43 * length + 1, u) * _smooth(0.57 * length + 1, 0.57 * length - 1, u)
    paper = np.array([206, 224, 196], dtype=np.float32) * (0.94 + 0.06 * frame.x)[..., None]
    ink = _words(frame, (("PURR PAD", 0.5, 0.485, 0.022), ("with catnip", 0.5, 0.515, 0.014)))
    paper = _over(paper, np.array([40, 88, 60], dtype=np.float32) * np.ones_like(paper), 0.9 * ink)
    colour = _over(kraft, paper, band)
    # dried catnip flecks caught in the flutes
    for k in range(60):
        y = int(rng.uniform(0.1, 0.9) * frame.height)
        x = int(rng.uniform(0.22, 0.78) * frame.width)
        if 0.42 * frame.height < y < 0.58 * frame.height:
            continue
        size = 2 + k % 3
        colour[y : y + size, x : x + size] = np.array([92, 104, 58], dtype=np.float32)
    return _on_sweep(frame, colour.astype(np.float32), pad, "scratcher", 0.25)


# ---- a chromed ten-hole harmonica -------------------------------------------------------------------------


def harmonica_packshot() -> Image.Image:
    """A ten-hole harmonica from the front: chrome cover plates round a pearwood comb, 2.2:1 on white."""
    frame = Frame(1760, 800)
    length, height = 0.8 * frame.width, 0.4 * frame.height
    u, v = _along(frame, 0.5, 0.5, 1.2, length)
    s = (v + height / 2) / height  # 0 at the top plate's edge, 1 at the bottom's
    inside = np.clip(u + 0.5, 0, 1) * np.clip(length - u + 0.5, 0, 1)
    # the plates' ends are rounded: 28 px corner radius
    corner = 28.0
    cu = np.clip(np.maximum(corner - u, u - (length - corner)), 0, None)
    cv = np.clip(np.maximum(corner - s * height, s * height - (height - corner)), 0, None)
    shape = inside * np.clip(corner - np.hypot(cu, cv) + 0.5, 0, 1) * (s > -0.1) * (s < 1.1)
    shape = shape * np.clip(s * height + 0.5, 0, 1) * np.clip(height - s * height + 0.5, 0, 1)
    comb = (s > 0.41) & (s < 0.59)
    # chrome: the cover plates curve away at their outer edges; broad soft studio reflections
    curve = np.where(s < 0.5, np.clip((0.2 - s) / 0.2, 0, 1), np.clip((s - 0.8) / 0.2, 0, 1))
    mirror = (
        92.0
        + 120.0 * np.exp(-(((s - 0.2) / 0.1) ** 2))
        + 90.0 * np.exp(-(((s - 0.74) / 0.08) ** 2))
        + 50.0 * np.exp(-(((u / length - 0.3) / 0.25) ** 2))
        - 60.0 * curve
    )
    chrome = mirror[..., None] * np.array([0.97, 0.99, 1.03], dtype=np.float32)
    # pearwood comb with ten holes
    hole_pitch = length / 10.6
    hu = (u - 0.3 * hole_pitch) % hole_pitch
    holes = (hu > 0.22 * hole_pitch) & (hu < 0.78 * hole_pitch) & (s > 0.44) & (s < 0.56)
    holes = holes & (u > 0.3 * hole_pitch) & (u < length - 0.3 * hole_pitch)
    grain = 1.0 + 0.12 * np.sin(u / 5.0 + 6.0 * frame.noise("harmonica/grain", 20))
    wood = np.array([156, 104, 62], dtype=np.float32) * grain[..., None]
    wood = np.where(holes[..., None], np.array([26, 18, 14], dtype=np.float32), wood)
    colour = np.where(comb[..., None], wood, chrome)
    # the maker's name and the hole numbers stamped into the top plate
    rows = [("SONORA  BLUES  C", 0.36, 0.38, 0.035)]
    rows += [(str(k + 1), 0.1 + (0.5 + k) * hole_pitch / frame.width + 0.02, 0.415, 0.028) for k in range(10)]
    stamp = _words(frame, tuple(rows))
    colour = _over(colour, np.array([40, 42, 46], dtype=np.float32) * np.ones_like(colour), 0.85 * stamp)
    return _on_sweep(frame, colour.astype(np.float32), shape, "harmonica", 0.3)


# ---- a white charging cable, coiled -----------------------------------------------------------------------


def cable_packshot() -> Image.Image:
    """A white USB charging cable, 7 px thick, coiled loosely with its two plugs, 11:10 on white."""
    frame = Frame(1320, 1200)
    t = np.linspace(0.5 * np.pi, 6.5 * np.pi, 1400)
    wobble = 1.0 + 0.025 * np.sin(2.0 * t + 1.0) + 0.012 * np.sin(5.0 * t)
    rx, ry = 0.27 * wobble * (1 + 0.05 * t / t[-1]), 0.28 * wobble * (1 - 0.06 * t / t[-1])
    xs = 0.5 + rx * np.cos(t) + 0.012 * np.sin(t / 3.0) + 0.006 * np.sin(11.0 * t / 6.0)
    ys = 0.47 + ry * np.sin(t)
    # the two ends leave the coil: one to the lower left, one to the lower right
    start = [(0.175, 0.9), (0.3, 0.86)]
    end = [(0.66, 0.86), (0.85, 0.9)]
    points = [*start, *zip(xs.tolist(), ys.tolist(), strict=True), *end]

    def cord(d, at) -> None:
        d.line([tuple(at(x, y)) for x, y in points], fill=255, width=7 * SUPERSAMPLE, joint="curve")

    line = frame.mask(cord)
    plug_a = frame.mask(lambda d, at: d.rounded_rectangle(at(0.1, 0.88, 0.175, 0.92), radius=12, fill=255))
    shell = frame.mask(lambda d, at: d.rectangle(at(0.06, 0.886, 0.1, 0.914), fill=255))
    plug_c = frame.mask(lambda d, at: d.rounded_rectangle(at(0.85, 0.885, 0.905, 0.915), radius=14, fill=255))
    tip = frame.mask(lambda d, at: d.rounded_rectangle(at(0.905, 0.893, 0.925, 0.907), radius=8, fill=255))
    housing = np.clip(plug_a + plug_c, 0, 1)
    body = np.clip(np.maximum(line, housing), 0, 1)
    nx, ny, nz = _rounded(body, 3.5)
    plastic = (200.0 + 52.0 * _lit(nx, ny, nz, (-0.4, 0.5, 0.77)))[..., None] * np.array(
        [0.99, 0.99, 0.97], dtype=np.float32
    )
    metal = np.clip(frame.mask(lambda d, at: d.rectangle(at(0.06, 0.895, 0.1, 0.905), fill=255)), 0, 1)
    steel = (150.0 + 70.0 * metal)[..., None] * np.array([1.0, 1.0, 1.04], dtype=np.float32)
    colour = _over(_white(frame), plastic, body)
    colour = _over(colour, steel * np.ones_like(colour), np.clip(shell + tip, 0, 1))
    mask = np.clip(np.maximum.reduce([body, shell, tip]), 0, 1)
    return _on_sweep(frame, colour.astype(np.float32), mask, "cable", 0.2)
