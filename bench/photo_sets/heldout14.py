"""``heldout14``'s pictures: four products a tableware, soap, phone-accessory and watch shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 6:5 landscape of 1320 x 1100 (plate), a 4:3 landscape of 1400 x 1050 (soap),
  a 3:5 portrait of 900 x 1500 (phone case), a 2:1 landscape of 1600 x 800 (watch strap); the scene is a 3:2
  landscape of 1500 x 1000;
- the canvases they are padded onto (``PADDING``): a 5:4 landscape with a moderate margin around the plate's
  picture (and the scene's), a 4:3 landscape six times as wide as a very small 210 px picture of the soap, a
  square barely taller than the phone case's picture (a 2 % margin), a 4:3 landscape with a moderate margin
  around the strap;
- a white porcelain dinner plate seen from above on white (white on white: a shallow well, a glazed rim with
  a glint, a thin grey shadow along the rim); a bar of handmade olive soap with embedded herbs and lavender
  buds, its rough-cut edges and a debossed stamp; a glossy bright-green smartphone case seen from the back, its
  camera cut-out showing the backdrop; a tan leather watch strap in its two pieces with pale stitching, a
  steel buckle and punched holes;
- every picture is finished the way an old compact camera finishes it: a soft lens with slight vignetting,
  lateral chromatic aberration (colour fringes growing towards the edges), mild barrel distortion, small-sensor
  luma noise, saved as a JPEG at quality 80 with 4:2:0 chroma (a clipped white backdrop stays white);
- one full-frame scene: the plate on a pale stone kitchen counter before a window whose daylight blows out to
  white behind it (backlight: the plate's near side in its own shade, its shadow falling towards the camera).

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline, bent by the lens as
the picture is: not its shadow or backdrop), for the bench's clipping scope.
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
from bench.photo_sets.heldout13 import _metal

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "plate": (600, 1.3, 0.8),
    "soap": (210, 6.0, 0.75),
    "phone_case": (780, 1.02, 1.0),
    "watch_strap": (640, 1.45, 0.75),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout14/" + name).encode()))


def _through_lens(values: np.ndarray, magnification: float) -> np.ndarray:
    """``values`` (h, w) seen through a lens with mild barrel distortion, magnified by ``magnification``
    about the centre (lateral chromatic aberration is a slightly different magnification per colour)."""
    from scipy import ndimage

    h, w = values.shape
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    cx, cy = (w - 1) / 2.0, (h - 1) / 2.0
    half_diagonal = float(np.hypot(cx, cy))
    dx, dy = (xs - cx) / half_diagonal, (ys - cy) / half_diagonal
    # barrel: a point at the corners is taken from 3.5 % further out, so straight lines bow outwards
    stretch = (1.0 + 0.035 * (dx * dx + dy * dy)) / magnification
    coordinates = [cy + dy * stretch * half_diagonal, cx + dx * stretch * half_diagonal]
    return ndimage.map_coordinates(values.astype(np.float32), coordinates, order=1, mode="nearest")


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """An old compact camera: a soft lens with slight vignetting, lateral chromatic aberration, mild
    barrel distortion, small-sensor luma noise, JPEG quality 80 with 4:2:0 chroma; clipped white stays white."""
    pixels = np.clip(pixels, 0.0, 255.0).astype(np.float32)
    # red is magnified a little more than green, blue a little less: fringes that grow towards the edges
    pixels = np.stack([_through_lens(pixels[..., c], m) for c, m in enumerate((1.0025, 1.0, 0.9975))], axis=2)
    if mask is not None:
        _MASKS[name] = _through_lens(mask, 1.0) > 0.5
    h, w = pixels.shape[:2]
    white = pixels.min(axis=2) >= 254.5
    pixels = np.stack([_blurred(pixels[..., c], 0.7) for c in range(3)], axis=2)
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xs - w / 2) ** 2 + (ys - h / 2) ** 2) / ((w / 2) ** 2 + (h / 2) ** 2)
    pixels = pixels * (1.0 - 0.07 * r2**1.5)[..., None]
    luma_noise = _rng(name + "/sensor").normal(0.0, 2.2, (h, w)).astype(np.float32)
    pixels = pixels + (luma_noise * (1.0 + 0.8 * (1.0 - pixels.mean(axis=2) / 255.0)))[..., None]
    # the backdrop was exposed well past white, so it stays clipped even in the darker corners
    pixels[white] = 255.0
    image = Image.fromarray(np.clip(pixels + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=80, subsampling=2)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _on_white(
    frame: Frame,
    colour: np.ndarray,
    mask: np.ndarray,
    name: str,
    contact: tuple[float, int, int, float],
    cast: tuple[float, int, int, float],
) -> Image.Image:
    """The product on the white sweep with a tight contact shadow and a broad cast one, each (blur radius,
    dx, dy, depth), finished by the camera."""
    backdrop = _white(frame)
    for radius, dx, dy, depth in (contact, cast):
        backdrop = _shade(backdrop, _soft(mask, radius, dx, dy) * (1 - mask), depth)
    return _as_photo(_over(backdrop, colour, mask), name, mask)


# ---- a white porcelain dinner plate seen from above -------------------------------------------------------


def _plate(
    frame: Frame, centre: tuple[float, float], radius: float, squash: float, light: float
) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a white porcelain plate of ``radius`` px at ``centre`` (px), foreshortened to
    ``squash`` of its height; ``light`` scales its brightness (1: lit like the white sweep)."""
    px, py = frame.x * frame.width, frame.y * frame.height
    cx, cy = centre
    u, v = (px - cx) / radius, (py - cy) / (radius * squash)
    r = np.hypot(u, v)
    k = SUPERSAMPLE
    mask = frame.mask(
        lambda d, at: d.ellipse(
            [(cx - radius) * k, (cy - radius * squash) * k, (cx + radius) * k, (cy + radius * squash) * k],
            fill=255,
        )
    )
    # the profile: a flat well, a slope up to the rim, the rim curling down at its edge
    well, slope_end, bead = 0.6, 0.7, 0.96
    towards_light = np.clip((-u - v) / np.maximum(r, 1e-3) * 0.707, -1, 1)
    slope = _smooth(well - 0.02, well + 0.02, r) * _smooth(slope_end + 0.02, slope_end - 0.02, r)
    edge = _smooth(bead, 1.0, r)
    tone = 247.0 - 5.0 * r**2
    tone = tone - 12.0 * slope * (1.0 + 0.9 * towards_light) - 18.0 * edge * (1.0 - 0.6 * towards_light)
    # the inner edge of the rim catches a thin line of light on the side towards the window
    crest = np.exp(-(((r - slope_end - 0.015) / 0.01) ** 2)) * np.clip(towards_light, 0, 1)
    glint = np.exp(-(((u + 0.55) / 0.09) ** 2 + ((v + 0.62) / 0.05) ** 2)) * _smooth(0.75, 0.8, r)
    tone = tone + 10.0 * crest + 40.0 * glint
    # the glaze is slightly blue-white, a faint pooling of glaze in the well warms it a little
    tint = np.stack([1.0 - 0.012 * (1 - r), 0.995 + 0 * r, 1.0 + 0.008 * r], axis=2)
    colour = (tone * light)[..., None] * tint
    return colour.astype(np.float32), mask


def plate_packshot() -> Image.Image:
    """A white porcelain dinner plate from above on white in a 6:5 landscape, a thin grey rim shadow."""
    frame = Frame(1320, 1100)
    colour, mask = _plate(frame, (660.0, 545.0), 430.0, 1.0, 1.03)
    return _on_white(frame, colour, mask, "plate", (5, 4, 7, 0.35), (24, 10, 16, 0.12))


def backlit_counter_scene() -> Image.Image:
    """The plate on a pale stone kitchen counter before a bright window: backlit, its shadow towards us."""
    frame = Frame(1500, 1000)
    w, h = frame.width, frame.height
    x, y = frame.x, frame.y
    horizon = 0.46
    # the window: daylight that blows out to white, a mullion and a transom, a dim wall around it
    glass = (x > 0.18) * (x < 0.82) * (y < horizon - 0.04)
    bars = (np.abs(x - 0.5) < 0.008) | (np.abs(y - 0.17) < 0.008)
    glass = _blurred((glass * ~bars).astype(np.float32), 1.2)
    wall = (150.0 + 30.0 * (frame.noise("counter/plaster", 20, octaves=3) - 0.5))[..., None] * np.array(
        [0.96, 0.92, 0.86], dtype=np.float32
    )
    frame_wood = np.array([205, 200, 192], dtype=np.float32)
    sill = (x > 0.16) * (x < 0.84) * (y < horizon - 0.02)
    scene = _over(wall, np.broadcast_to(frame_wood, wall.shape), _blurred(sill.astype(np.float32), 1.0))
    sky = np.full_like(scene, 300.0)
    scene = _over(scene, sky, glass)
    # the glare of the window spreads over the wall and the counter around it
    glare = _blurred(glass, 60.0)
    scene = scene + (glare * 90.0)[..., None]
    # the counter: pale grey stone with fine speckles, lit from behind, darker towards the camera
    depth = np.clip((y - horizon) / (1 - horizon), 0, 1)
    speckle = frame.noise("counter/speckle", 420) - 0.5
    veins = np.exp(-(((frame.noise("counter/veins", 5, octaves=3) - 0.5) / 0.012) ** 2))
    stone = (205.0 - 70.0 * depth + 22.0 * speckle - 9.0 * veins)[..., None] * np.array(
        [0.97, 0.97, 0.95], dtype=np.float32
    )
    # the window's reflection on the polished stone just in front of it
    sheen = np.exp(-(((x - 0.5) / 0.3) ** 2)) * np.exp(-depth / 0.18) * 70.0
    stone = stone + sheen[..., None]
    top = _smooth(horizon - 0.002, horizon + 0.002, y)
    scene = _over(scene, stone, top)
    # the plate, foreshortened, its near half in its own shade; its shadow falls towards the camera
    centre = (0.47 * w, 0.7 * h)
    colour, mask = _plate(frame, centre, 0.25 * w, 0.38, 0.82)
    near = np.clip((y * h - centre[1]) / (0.25 * w * 0.38), -1, 1)
    colour = colour * (0.95 - 0.12 * near)[..., None]
    # a rim of backlight along the plate's far edge
    rim_light = mask * (1 - _soft(mask, 3, 0, 7)) * (near < 0)
    colour = colour + (rim_light * 50.0)[..., None]
    shadow = _soft(mask, 14, 12, 40) * (1 - mask)
    scene = _shade(scene, shadow, 0.45)
    scene = _shade(scene, _soft(mask, 3, 0, 4) * (1 - mask), 0.35)
    scene = _over(scene, colour, mask)
    return _as_photo(scene, "backlit_counter")


# ---- a bar of handmade soap with embedded herbs ----------------------------------------------------------


def soap_packshot() -> Image.Image:
    """A bar of handmade olive soap with herbs and lavender buds, seen a little from above, 4:3 on white."""
    frame = Frame(1400, 1050)
    w, h = frame.width, frame.height
    rng = _rng("soap")
    k = SUPERSAMPLE
    # a rough-cut bar: the top face, then the front face below it, each corner nicked a little
    jitter = rng.uniform(-0.008, 0.008, (8, 2))
    top_face = [(0.22, 0.28), (0.78, 0.27), (0.8, 0.58), (0.2, 0.59)]
    front_face = [(0.2, 0.59), (0.8, 0.58), (0.795, 0.72), (0.205, 0.73)]
    top_face = [(a + j[0], b + j[1]) for (a, b), j in zip(top_face, jitter[:4], strict=True)]
    front_face = [
        top_face[3],
        top_face[2],
        *[(a + j[0], b + j[1]) for (a, b), j in zip(front_face[2:], jitter[4:6], strict=True)],
    ]
    top = frame.mask(lambda d, at: d.polygon([tuple(at(a, b)) for a, b in top_face], fill=255))
    front = frame.mask(lambda d, at: d.polygon([tuple(at(a, b)) for a, b in front_face], fill=255))
    front = front * (1 - top)
    mask = np.clip(top + front, 0, 1)
    # the soap: creamy olive with a faint marbling of green clay, its cut faces a little uneven
    marble = frame.noise("soap/marble", 7, octaves=4)
    base = np.array([224, 214, 172], dtype=np.float32)
    clay = np.array([150, 162, 108], dtype=np.float32)
    swirl = _smooth(0.55, 0.7, marble)[..., None]
    soap = base * (1 - 0.6 * swirl) + clay * 0.6 * swirl
    uneven = 1.0 + 0.05 * (frame.noise("soap/cut", 60, octaves=2) - 0.5)
    nx, ny, nz = _rounded(top, 10.0)
    lit = np.clip(-0.4 * nx + 0.55 * ny + 0.73 * nz, 0, 1)
    top_colour = soap * ((0.72 + 0.32 * lit) * uneven)[..., None]
    front_colour = soap * (0.66 * uneven)[..., None]
    colour = (top_colour * top[..., None] + front_colour * front[..., None]) / np.maximum(mask, 1e-3)[
        ..., None
    ]
    # the herbs: flecks of dried green leaf, a few darker seeds, and lavender buds, each a small ellipse
    specks = rng.uniform([0.22, 0.29], [0.78, 0.71], (260, 2))
    kinds = rng.uniform(0, 1, 260)
    angles = rng.uniform(0, np.pi, 260)
    sizes = rng.uniform(2.0, 7.0, 260)
    leaf = frame.mask(
        lambda d, at: [
            d.polygon(
                [
                    (
                        (sx * w + np.cos(a) * s * t - np.sin(a) * s * 0.35 * q) * k,
                        (sy * h + np.sin(a) * s * t + np.cos(a) * s * 0.35 * q) * k,
                    )
                    for t, q in ((-1, 0), (0, 1), (1, 0), (0, -1))
                ],
                fill=255,
            )
            for (sx, sy), kind, a, s in zip(specks, kinds, angles, sizes, strict=True)
            if kind < 0.75
        ]
    )
    bud = frame.mask(
        lambda d, at: [
            d.ellipse(
                [
                    (sx * w - s * 0.6) * k,
                    (sy * h - s * 0.4) * k,
                    (sx * w + s * 0.6) * k,
                    (sy * h + s * 0.4) * k,
                ],
                fill=255,
            )
            for (sx, sy), kind, s in zip(specks, kinds, sizes, strict=True)
            if kind >= 0.75
        ]
    )
    herbs = leaf * mask
    buds = bud * mask
    leaf_colour = (
        np.array([74, 88, 40], dtype=np.float32) * (0.7 + 0.6 * frame.noise("soap/leaf", 200))[..., None]
    )
    colour = colour * (1 - herbs[..., None]) + leaf_colour * herbs[..., None]
    colour = colour * (1 - buds[..., None]) + np.array([98, 74, 128], dtype=np.float32) * buds[..., None]
    # a debossed oval stamp on the top face: a groove that is dark below and light above
    stamp = (
        frame.painting(
            lambda d, at: [
                d.ellipse(at(0.38, 0.36, 0.62, 0.5), outline=(255, 255, 255), width=round(4 * k)),
                d.text(
                    at(0.5, 0.43),
                    "OLIVE  SAGE",
                    fill=(255, 255, 255),
                    font=_font(round(0.022 * w * k)),
                    anchor="mm",
                ),
            ]
        )[..., 0]
        / 255.0
    )
    groove = np.roll(stamp, -2, axis=0) - np.roll(stamp, 2, axis=0)
    colour = (
        colour
        * (1.0 - 0.22 * np.clip(-groove, 0, 1) + 0.12 * np.clip(groove, 0, 1) - 0.08 * stamp)[..., None]
    )
    return _on_white(frame, colour, mask, "soap", (4, 3, 5, 0.4), (22, 14, 18, 0.15))


# ---- a glossy bright-green smartphone case ---------------------------------------------------------------


def phone_case_packshot() -> Image.Image:
    """A glossy bright-green phone case from the back, its camera cut-out showing the white, 3:5 portrait."""
    frame = Frame(900, 1500)
    w, h = frame.width, frame.height
    x, y = frame.x, frame.y
    k = SUPERSAMPLE
    left, top, right, bottom = 0.17, 0.07, 0.83, 0.93
    shell = frame.mask(
        lambda d, at: d.rounded_rectangle(at(left, top, right, bottom), radius=70 * k, fill=255)
    )
    cutout = frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.23, 0.105, 0.5, 0.27), radius=34 * k, fill=255)
    )
    buttons = frame.mask(
        lambda d, at: [
            d.rounded_rectangle(at(0.826, 0.24, 0.845, 0.33), radius=4 * k, fill=255),
            d.rounded_rectangle(at(0.826, 0.36, 0.845, 0.41), radius=4 * k, fill=255),
        ]
    )
    mask = np.clip(shell + buttons, 0, 1) * (1 - cutout)
    nx, ny, nz = _rounded(mask, 26.0)
    diffuse = np.clip(-0.35 * nx + 0.55 * ny + 0.76 * nz, 0, 1)
    green = np.array([46, 196, 72], dtype=np.float32)
    colour = green * (0.55 + 0.5 * diffuse)[..., None]
    # the gloss: a softbox's long reflection across the back, clipping to white, and a bright edge rim
    band = np.exp(-(((x * w - 0.55 * y * h - 0.05 * w) / (0.07 * w)) ** 2)) * _smooth(0.85, 0.97, nz)
    rim = np.clip(1.0 - nz, 0, 1) * np.clip(-nx + ny, 0, 1)
    colour = colour + (band * 190.0 + rim * 120.0)[..., None]
    # the cut-out's raised lip, and an embossed logo below the middle
    lip = np.clip(_blurred(cutout, 3.0) - cutout, 0, 1) * 3.0 * (1 - cutout)
    colour = colour * (1.0 - 0.35 * np.clip(lip, 0, 1))[..., None]
    logo = frame.mask(lambda d, at: d.ellipse(at(0.44, 0.55, 0.56, 0.622), outline=255, width=round(5 * k)))
    colour = colour * (1.0 - 0.18 * logo)[..., None]
    backdrop = _shade(_white(frame), _soft(mask, 8, 8, 10) * (1 - mask), 0.28)
    # inside the cut-out the case's lip casts a thin shadow on the backdrop, along its upper left edges
    backdrop = _shade(backdrop, _soft(1 - cutout, 5, 4, 5) * cutout, 0.3)
    return _as_photo(_over(backdrop, colour, mask), "phone_case", mask)


# ---- a tan leather watch strap in two pieces -------------------------------------------------------------


def watch_strap_packshot() -> Image.Image:
    """A tan leather watch strap in two pieces, pale stitching, a steel buckle and holes, 2:1 on white."""
    frame = Frame(1600, 800)
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    k = SUPERSAMPLE
    # the buckle piece at the left (its end folded round the buckle), the hole piece at the right, tapering
    buckle_piece = frame.mask(
        lambda d, at: d.polygon(
            [tuple(at(*p)) for p in ((0.14, 0.37), (0.46, 0.39), (0.46, 0.61), (0.14, 0.63))], fill=255
        )
    )
    hole_piece = frame.mask(
        lambda d, at: [
            d.polygon(
                [tuple(at(*p)) for p in ((0.53, 0.39), (0.86, 0.405), (0.86, 0.595), (0.53, 0.61))], fill=255
            ),
            d.ellipse(at(0.83, 0.405, 0.89, 0.595), fill=255),
        ]
    )
    holes = frame.mask(
        lambda d, at: [
            d.ellipse(at(cx - 0.0045, 0.491, cx + 0.0045, 0.509), fill=255)
            for cx in np.arange(0.66, 0.82, 0.025)
        ]
    )
    leather_mask = np.clip(buckle_piece + hole_piece, 0, 1) * (1 - holes)
    grain = frame.noise("watch_strap/grain", 500) - 0.5
    mottle = frame.noise("watch_strap/mottle", 12, octaves=3) - 0.5
    tan = np.array([170, 104, 58], dtype=np.float32)
    nx, ny, nz = _rounded(leather_mask, 9.0)
    lit = np.clip(-0.4 * nx + 0.55 * ny + 0.73 * nz, 0, 1)
    colour = tan * (0.55 + 0.45 * lit + 0.12 * grain + 0.15 * mottle)[..., None]
    # the stitching: short pale dashes a few px in from each long edge
    stitch_rows = (0.4 + 0.018, 0.6 - 0.018)
    dashes = (np.sin(px * 2 * np.pi / 14.0) > 0.1).astype(np.float32)
    stitches = np.zeros((h, w), dtype=np.float32)
    for row in stitch_rows:
        stitches = np.maximum(stitches, np.exp(-(((py - row * h) / 1.6) ** 2)) * dashes)
    stitches = (
        stitches
        * _smooth(0.4, 0.8, leather_mask)
        * (np.abs(frame.x - 0.495) > 0.06)
        * (frame.x > 0.17)
        * (frame.x < 0.84)
    )
    colour = (
        colour * (1 - stitches[..., None]) + np.array([236, 226, 200], dtype=np.float32) * stitches[..., None]
    )
    # the spring bars at the two inner ends, the keeper loop on the buckle piece
    keeper = frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.3, 0.375, 0.33, 0.625), radius=3 * k, fill=255)
    )
    keeper_colour = tan * (0.45 + 0.4 * _rounded(keeper, 5.0)[2])[..., None]
    colour = colour * (1 - keeper[..., None]) + keeper_colour * keeper[..., None]
    bars = frame.mask(
        lambda d, at: [
            d.line([tuple(at(0.462, 0.4)), tuple(at(0.462, 0.6))], fill=255, width=round(5 * k)),
            d.line([tuple(at(0.526, 0.4)), tuple(at(0.526, 0.6))], fill=255, width=round(5 * k)),
        ]
    )
    buckle = frame.mask(
        lambda d, at: [
            d.rounded_rectangle(
                at(0.075, 0.33, 0.155, 0.67), radius=18 * k, outline=255, width=round(11 * k)
            ),
            d.line([tuple(at(0.08, 0.5)), tuple(at(0.2, 0.5))], fill=255, width=round(7 * k)),
        ]
    )
    steel = _metal(np.maximum(buckle, bars), 4.0, (0.95, 0.96, 1.0), 150.0)
    metal = np.maximum(buckle, bars)
    colour = colour * (1 - metal[..., None]) + steel * metal[..., None]
    mask = np.maximum.reduce([leather_mask, keeper, metal])
    return _on_white(frame, colour, mask, "watch_strap", (6, 5, 8, 0.32), (18, 12, 16, 0.12))
