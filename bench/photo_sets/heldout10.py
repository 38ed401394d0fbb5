"""``heldout10``'s pictures: four products a kitchen, home and gadget shop lists, and two scenes.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the packshots' own frames: a 1200 px square (kettle), a tall 2:3 portrait of 1024 x 1536 (lavender), a
  5:4 landscape of 1280 x 1024 that a dark product almost fills (skillet), a 3:2 landscape of 1920 x 1280
  around a very small product (earbuds); the scenes are a 3:2 landscape of 1728 x 1152 and a 4:5 portrait
  of 1152 x 1440;
- the canvases they are padded onto (``PADDING``): a 6:5 landscape, a tall 5:8 portrait with a thin
  margin, a 5:4 landscape with an almost flush 3 % margin, a 10:9 landscape around a very small picture;
- a mirror-polished chrome product that reflects the studio (softboxes that clip to white, a dark
  ceiling, the white sweep at its edges and foot, a black flag where the camera stands): a stovetop
  kettle with a black handle; a spindly product that covers almost none of its frame (a bunch of dried
  lavender: stems 2-3 px wide, small buds, a jute tie); a mostly black product that fills its frame
  (a cast-iron skillet seen from above, its hanging hole showing the backdrop); a very small, mostly
  white product on a big white frame (glossy white wireless earbuds beside their charging case);
- every picture is finished the way an older DSLR finishes a JPEG out of the camera: a kit lens's
  vignette (the clipped white backdrop stays clipped), fine luma noise and blotchy low-frequency chroma
  noise at ISO 400, the camera's mild sharpening, saved at its "fine" setting (JPEG quality 90 with 4:2:2
  chroma subsampling);
- two full-frame scenes: the kettle on a black glass hob before a kitchen window that blows out to white,
  shot with a fast lens whose shallow depth of field melts the window and the wall into a lens blur
  (bokeh) while the kettle stays sharp; and the lavender laid flat on whitewashed, worn floorboards with a
  linen napkin (a pale full-frame photo that is not a white backdrop).

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its
shadow, reflection or backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from bench.photo_sets.heldout4 import SUPERSAMPLE, Frame, _font, _over
from bench.photo_sets.heldout8 import _shade, _soft, _white
from bench.photo_sets.heldout9 import _blurred

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "kettle": (680, 1.4, 0.8333),
    "lavender": (840, 1.12, 1.6),
    "skillet": (730, 1.03, 0.8),
    "earbuds": (260, 3.8, 0.9),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout10/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """An older DSLR's out-of-camera JPEG: vignette, ISO 400 luma and blotchy chroma noise, mild
    sharpening, quality 90 with 4:2:2 chroma."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    h, w = pixels.shape[:2]
    backdrop = pixels.min(axis=2) >= 254.5  # exposed over white: the backdrop clips even in the corners
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xs / w - 0.5) ** 2 + (ys / h - 0.5) ** 2) / 0.5  # 1 in the corners
    lit = pixels * (1.0 - 0.075 * r2 - 0.035 * r2**2)[..., None]
    rng = _rng(name + "/sensor")
    luma = rng.normal(0.0, 1.3, (h, w)).astype(np.float32)
    coarse = rng.normal(0.0, 2.2, (max(2, h // 6), max(2, w // 6), 2)).astype(np.float32)
    chroma = np.stack(
        [np.asarray(Image.fromarray(coarse[..., i], mode="F").resize((w, h), Image.Resampling.BICUBIC))
         for i in range(2)],
        axis=2,
    )
    dim = (1.0 - 0.65 * (lit.mean(axis=2) / 255.0)).clip(0.0, 1.0)
    # chroma noise as a red-green and a blue-yellow swing that leaves luma about where it was
    swing = np.stack([chroma[..., 0], -0.6 * chroma[..., 0] - 0.2 * chroma[..., 1], chroma[..., 1]], axis=2)
    noisy = lit + (luma[..., None] + swing) * dim[..., None]
    noisy[backdrop] = 255.0
    image = Image.fromarray(np.clip(noisy + 0.5, 0, 255).astype(np.uint8))
    image = image.filter(ImageFilter.UnsharpMask(radius=1.0, percent=45, threshold=2))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90, subsampling=1)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _smooth(edge0: float, edge1: float, values: np.ndarray) -> np.ndarray:
    t = np.clip((values - edge0) / (edge1 - edge0), 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


def _rounded(mask: np.ndarray, radius: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Normals (nx right, ny up, nz to the camera) of a soft moulded shape over ``mask``: flat inside,
    rounding over at its outline within ``radius`` px."""
    from scipy import ndimage

    inside = ndimage.distance_transform_edt(mask > 0.5).astype(np.float32)
    height = np.sqrt(np.clip(1.0 - (1.0 - np.clip(inside / radius, 0, 1)) ** 2, 0, 1)) * radius
    height = _blurred(height, 1.0)
    gy, gx = np.gradient(height)
    norm = np.sqrt(gx**2 + gy**2 + 1.0)
    return -gx / norm, gy / norm, 1.0 / norm


# ---- a mirror-polished chrome stovetop kettle ----------------------------------------------------------


def _environment(rx: np.ndarray, ry: np.ndarray, rz: np.ndarray, room: str) -> np.ndarray:
    """What a mirror sees in direction (rx right, ry up, rz to the camera): luma, unclipped."""
    elevation = np.arcsin(np.clip(ry, -1.0, 1.0))
    azimuth = np.arctan2(rx, rz)  # 0: towards the camera, +-pi: the backdrop behind the product
    behind = _smooth(1.9, 2.4, np.abs(azimuth))
    below = _smooth(0.02, -0.12, elevation)
    above = _smooth(0.50, 0.80, elevation)
    if room == "studio":
        horizon = 70.0 + 360.0 * np.exp(-(((azimuth + 1.05) / 0.22) ** 4)) + 270.0 * np.exp(
            -(((azimuth - 1.25) / 0.16) ** 4)
        )
        horizon = horizon * (1.0 - 0.8 * np.exp(-((azimuth / 0.3) ** 2)))  # the black flag by the camera
        horizon = horizon * (1 - behind) + 250.0 * behind  # the white sweep behind
        floor = 246.0
        ceiling = 44.0 + 290.0 * _smooth(0.85, 1.15, elevation)  # a scrim overhead
    else:  # a kitchen lit by the window behind the kettle
        horizon = 100.0 + 90.0 * np.exp(-(((azimuth - 0.9) / 0.25) ** 4))  # a bright doorway
        horizon -= 60.0 * np.exp(-(((azimuth + 0.7) / 0.35) ** 2))  # dark wall cupboards
        horizon *= 1.0 - 0.6 * np.exp(-((azimuth / 0.25) ** 2))  # the photographer
        horizon = horizon * (1 - behind) + 420.0 * behind
        floor = 30.0
        ceiling = 120.0 + 260.0 * np.exp(-(((elevation - 1.0) / 0.12) ** 2))  # a ceiling light
    seen = horizon * (1 - below) + floor * below
    return seen * (1 - above) + ceiling * above


def _chrome(nx: np.ndarray, ny: np.ndarray, nz: np.ndarray, room: str) -> np.ndarray:
    """A mirror's colour for the given normals (the camera looks along -z)."""
    rx, ry, rz = 2 * nz * nx, 2 * nz * ny, 2 * nz * nz - 1
    seen = _environment(rx, ry, rz, room)
    return (0.86 * seen)[..., None] * np.array([0.95, 0.975, 1.0], dtype=np.float32)


def _kettle(frame: Frame, cx: float, base: float, size: float, room: str) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a squat chrome stovetop kettle, a spout to the right with a black whistle cap, a
    black arched handle and lid knob. ``cx`` in shares of the width, ``base`` of the height, ``size`` (its
    height to the handle's top) in px."""
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    ox, oy = cx * w, base * h
    big_r, body_h = 0.60 * size, 0.52 * size
    t = (oy - py) / body_h  # 0 at the foot, 1 at the shoulder
    radius = big_r * (1.0 - 0.48 * np.clip(t, 0, 1) ** 1.8) * (0.93 + 0.07 * np.sqrt(np.clip(t / 0.05, 0, 1)))
    slope = -big_r * 0.48 * 1.8 * np.clip(t, 1e-3, 1) ** 0.8 / body_h  # dr per px upwards
    u = (px - ox) / np.maximum(radius, 1.0)
    body = np.clip(radius - np.abs(px - ox) + 0.5, 0, 1) * np.clip(t * body_h + 0.5, 0, 1)
    body *= np.clip((1 - t) * body_h + 0.5, 0, 1)
    horizontal = 1.0 / np.sqrt(1.0 + slope**2)
    uu = np.clip(u, -1.0, 1.0)
    nx, ny, nz = uu * horizontal, -slope * horizontal, np.sqrt(np.clip(1 - uu**2, 0, 1)) * horizontal
    colour = _chrome(nx, ny, nz, room) * body[..., None]
    # a thin dark seam where the base ring meets the body
    seam = np.exp(-(((t - 0.09) * body_h / 1.6) ** 2)) * body
    colour *= (1.0 - 0.55 * seam)[..., None]
    # the lid: a shallow dome on the shoulder
    lid_r = 0.5 * big_r
    lt = (oy - body_h - py) / (0.07 * size)
    lid_radius = lid_r * np.sqrt(np.clip(1.0 - lt**2, 0, 1))
    lid = np.clip(lid_radius - np.abs(px - ox) + 0.5, 0, 1) * (lt > -0.2) * (lt < 1.0)
    lu = np.clip((px - ox) / np.maximum(lid_radius, 1.0), -1, 1)
    lid_colour = _chrome(0.8 * lu, 0.55 + 0.4 * np.clip(lt, 0, 1), 0.55 * np.sqrt(1 - lu**2) + 0.1, room)
    colour = colour * (1 - lid[..., None]) + lid_colour * lid[..., None]
    knob_top = body_h + 0.07 * size
    knob = frame.mask(lambda d, at: d.ellipse(
        at((ox - 0.07 * size) / w, (oy - knob_top - 0.09 * size) / h, (ox + 0.07 * size) / w,
           (oy - knob_top + 0.03 * size) / h), fill=255))
    # the spout: a tapering tube leaving the body's right side upwards at 40 degrees
    angle = np.deg2rad(40.0)
    sx, sy = ox + 0.62 * big_r, oy - 0.42 * body_h
    along = (px - sx) * np.cos(angle) + (sy - py) * np.sin(angle)
    across = -(px - sx) * np.sin(angle) + (sy - py) * np.cos(angle)
    length = 0.52 * size
    half = (0.075 - 0.035 * np.clip(along / length, 0, 1)) * size
    spout = np.clip(half - np.abs(across) + 0.5, 0, 1) * np.clip(along + 0.5, 0, 1)
    spout *= np.clip(length - along + 0.5, 0, 1) * (1 - body)  # its root hides behind the body's side
    su = np.clip(across / np.maximum(half, 1.0), -1, 1)
    spout_n = (-su * np.sin(angle), su * np.cos(angle), np.sqrt(1 - su**2))
    colour = colour * (1 - spout[..., None]) + _chrome(*spout_n, room) * spout[..., None]
    cap = spout * (along > length - 0.1 * size)
    # the handle: a black arch from the shoulder's left to its right, on two chrome posts
    top = oy - size
    handle = frame.mask(lambda d, at: d.arc(
        at((ox - 0.36 * size) / w, top / h, (ox + 0.36 * size) / w, (oy - 0.55 * size) / h),
        180, 360, fill=255, width=round(0.075 * size * SUPERSAMPLE)))
    posts = frame.mask(lambda d, at: [
        d.rectangle(at((ox + dx - 0.022 * size) / w, (oy - 0.80 * size) / h, (ox + dx + 0.022 * size) / w,
                       (oy - 0.5 * size) / h), fill=255)
        for dx in (-0.32 * size, 0.32 * size)
    ])
    posts *= 1 - body
    post_colour = _chrome(np.full_like(px, 0.3), np.full_like(px, 0.1), np.full_like(px, 0.95), room)
    colour = colour * (1 - posts[..., None]) + post_colour * posts[..., None]
    black = np.maximum.reduce([handle, knob, cap])
    sheen = 22.0 + 40.0 * np.exp(-(((py - (top + 0.03 * size)) / (0.018 * size)) ** 2))
    sheen = sheen + 30.0 * np.exp(-(((px - (ox - 0.025 * size)) / (0.03 * size)) ** 2)) * knob
    colour = colour * (1 - black[..., None]) + sheen[..., None] * black[..., None]
    mask = np.maximum.reduce([body, lid, knob, spout, handle, posts])
    return colour, mask


def kettle_packshot() -> Image.Image:
    """The kettle on white in a 1200 px square, a dark contact shadow at its foot."""
    frame = Frame(1200, 1200)
    colour, mask = _kettle(frame, 0.46, 0.80, 640.0, "studio")
    foot = np.clip(1.0 - np.hypot((frame.x - 0.46) / 0.33, (frame.y - 0.80) / 0.014), 0, 1) ** 0.7
    backdrop = _shade(_white(frame), _blurred(foot, 3.0), 0.65)
    backdrop = _shade(backdrop, _soft(mask, 14, 0, 8) * (1 - mask), 0.18)
    return _as_photo(_over(backdrop, colour, mask), "kettle", mask)


def _disc(radius: float) -> np.ndarray:
    r = int(np.ceil(radius))
    ys, xs = np.mgrid[-r : r + 1, -r : r + 1].astype(np.float32)
    disc = np.clip(radius + 0.5 - np.hypot(xs, ys), 0, 1)
    return disc / disc.sum()


def _lens_blur(pixels: np.ndarray, radius: float) -> np.ndarray:
    """A fast lens's out-of-focus blur: a disc, on unclipped light, so highlights bloom into bokeh."""
    from scipy.signal import fftconvolve

    kernel = _disc(radius)
    r = kernel.shape[0] // 2
    padded = np.pad(pixels, ((r, r), (r, r), (0, 0)), mode="edge")
    return np.stack([fftconvolve(padded[..., c], kernel, mode="valid") for c in range(3)], axis=2)


def hob_scene() -> Image.Image:
    """The kettle on a black glass hob before a kitchen window that blows out, shallow depth of field."""
    frame = Frame(1728, 1152)
    x, y = frame.x, frame.y
    counter_top = 0.63
    # the background: a window (a bright garden under an overcast sky), white frames, a tiled wall
    sky = 330.0 + 80.0 * (1 - y)
    garden = 70.0 + 110.0 * frame.noise("hob/leaves", 40, octaves=3)
    glints = (_rng("hob/glints").random(garden.shape) < 0.0008) * 2500.0
    garden = garden + glints * (frame.noise("hob/sunlit", 8) > 0.5)
    outside = np.where((y > 0.30 + 0.05 * frame.noise("hob/treeline", 6))[..., None],
                       garden[..., None] * np.array([0.82, 1.0, 0.66], dtype=np.float32),
                       sky[..., None] * np.array([0.98, 1.0, 1.02], dtype=np.float32))
    window = (x > 0.18) & (x < 0.80) & (y < 0.58)
    bars = window & ((np.abs(x - 0.49) < 0.012) | (np.abs(y - 0.27) < 0.010))
    frame_wood = ((x > 0.16) & (x < 0.82) & (y < 0.60)) & ~window
    tiles = 0.93 + 0.07 * frame.noise("hob/tiles", 160)
    grout = (np.abs((x * 1728) % 96 - 48) > 46) | (np.abs((y * 1152) % 48 - 24) > 22.5)
    wall = (tiles * np.where(grout, 0.82, 1.0))[..., None] * np.array([150, 146, 138], dtype=np.float32)
    wall *= (0.7 + 0.35 * frame.blob(0.49, 0.3, 0.5, 0.6))[..., None]
    scene = np.where(window[..., None], outside, wall)
    scene = np.where(frame_wood[..., None], np.array([238, 236, 230], dtype=np.float32) * 1.05, scene)
    scene[bars] = np.array([250, 248, 242], dtype=np.float32)
    sill = (y > 0.58) & (y < counter_top) & (x > 0.15) & (x < 0.83)
    scene[sill] = np.array([228, 226, 220], dtype=np.float32)
    # the worktop: dark grey stone that mirrors the window faintly near its back edge
    stone = (0.85 + 0.3 * frame.noise("hob/stone", 90, octaves=3))[..., None] * np.array(
        [70, 70, 72], dtype=np.float32)
    stone += (120.0 * np.exp(-((y - counter_top) / 0.05)) * ((x > 0.2) & (x < 0.78)))[..., None]
    counter = y >= counter_top
    scene = np.where(counter[..., None], stone, scene)
    hob = (x > 0.22) & (x < 0.74) & (y > 0.69) & (y < 0.97)
    glass = 18.0 + 30.0 * np.exp(-((y - 0.69) / 0.06)) * window.any(axis=0)[None, :]
    scene[hob] = np.array([1.0, 1.0, 1.05], dtype=np.float32) * glass[hob][..., None]
    for ring_x, ring_y, ring_r in ((0.33, 0.80, 0.06), (0.62, 0.90, 0.05)):
        ring = np.abs(np.hypot((x - ring_x) * 1.5, (y - ring_y) * 3.2) - ring_r) < 0.0025
        scene[ring & hob] = np.array([120, 120, 120], dtype=np.float32)
    # depth of field: the background far behind, the worktop sharpening towards the kettle's foot
    far = _lens_blur(scene, 14.0)
    mid = _lens_blur(scene, 6.0)
    near_weight = _smooth(counter_top + 0.02, 0.86, y)[..., None]
    sharp_counter = mid * (1 - near_weight) + scene * near_weight
    scene = np.where(counter[..., None], sharp_counter, far)
    colour, mask = _kettle(frame, 0.50, 0.88, 560.0, "kitchen")
    scene = _shade(scene, frame.blob(0.50, 0.88, 0.15, 0.012), 0.7)
    return _as_photo(_over(scene, colour, mask), "hob")


# ---- a bunch of dried lavender ------------------------------------------------------------------------


def _lavender(frame: Frame, tie: tuple[float, float], length: float, tilt: float, name: str,
              stems: int = 34) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): dried lavender stems fanned from a jute tie at ``tie`` (shares), buds on their
    upper quarter; ``length`` in px, ``tilt`` the bunch's lean in degrees (0: flowers up)."""
    w, h = frame.width, frame.height
    rng = _rng(name)
    lean = np.deg2rad(tilt)
    tx, ty = tie[0] * w, tie[1] * h
    shapes: list[tuple[str, list[float], tuple[int, int, int], float]] = []

    def point(dist: float, angle: float, bend: float) -> tuple[float, float]:
        """a point ``dist`` px along a stem leaving the tie at ``angle`` (0 up), curving by ``bend``."""
        a = angle + bend * (dist / length) ** 2
        return tx + dist * np.sin(a), ty - dist * np.cos(a)

    for _ in range(stems):
        angle = lean + rng.normal(0.0, 0.10)
        bend = rng.normal(0.0, 0.12)
        reach = length * rng.uniform(0.72, 1.0)
        tail = length * rng.uniform(0.30, 0.36)
        stem_colour = tuple(int(v) for v in np.array([104, 116, 78]) * rng.uniform(0.8, 1.15))
        line = [point(d, angle, bend) for d in np.linspace(-tail, reach, 24)]
        shapes.append(("line", [c for p in line for c in p], stem_colour, rng.uniform(2.0, 3.0)))
        for d in np.linspace(reach * 0.74, reach, 16):
            for side in (-1, 1):
                bx, by = point(d, angle, bend)
                off = side * rng.uniform(1.5, 3.5)
                size = rng.uniform(2.4, 4.2) * (1.0 - 0.35 * (d - reach * 0.74) / (reach * 0.26))
                tone = rng.uniform(0.72, 1.12)
                bud = tuple(int(min(255, v * tone)) for v in (114, 96, 142))
                cxb, cyb = bx + off * np.cos(angle), by + off * np.sin(angle)
                shapes.append(("ellipse", [cxb - size, cyb - size * 1.3, cxb + size, cyb + size * 1.3], bud, 0))
    # the jute tie: a wrapped band and a bow's two loops and tails
    for k in range(7):
        a0, b0 = point(-6.0 - 4.0 * k, lean, 0.0)
        across = 0.085 * length
        shapes.append(("line", [a0 - across * np.cos(lean), b0 - across * np.sin(lean),
                                a0 + across * np.cos(lean), b0 + across * np.sin(lean)],
                       (176 - 6 * (k % 2), 142, 96), 4.5))
    for side in (-1, 1):
        bx, by = point(-20.0, lean, 0.0)
        shapes.append(("ellipse", [bx + side * 0.12 * length - 0.07 * length, by - 0.035 * length,
                                   bx + side * 0.12 * length + 0.07 * length, by + 0.035 * length],
                       (170, 136, 92), -4.0))
        shapes.append(("line", [bx, by, bx + side * 0.09 * length, by + 0.16 * length], (166, 132, 88), 3.5))

    def draw(d: ImageDraw.ImageDraw, at, paint: bool) -> None:
        k = at(1.0 / w)[0]  # px -> supersampled px
        for kind, coords, colour, width in shapes:
            fill = colour if paint else 255
            scaled = [c * k for c in coords]
            if kind == "line":
                d.line(scaled, fill=fill, width=max(1, round(width * k)), joint="curve")
            elif width < 0:  # an open loop of twine
                d.ellipse(scaled, outline=fill, width=round(-width * k))
            else:
                d.ellipse(scaled, fill=fill)

    mask = frame.mask(lambda d, at: draw(d, at, False))
    colour = frame.painting(lambda d, at: draw(d, at, True))
    colour = colour / np.maximum(mask[..., None], 1e-3)  # undo the antialiasing's blend with black
    fibre = (0.9 + 0.2 * frame.noise(name + "/fibre", 500))[..., None]
    return np.clip(colour * fibre, 0, 255), mask


def lavender_packshot() -> Image.Image:
    """The bunch on white in a tall 2:3 portrait, flowers up and leaning a little, a faint shadow."""
    frame = Frame(1024, 1536)
    colour, mask = _lavender(frame, (0.52, 0.68), 880.0, -6.0, "lavender")
    backdrop = _shade(_white(frame), _soft(mask, 5, 7, 9), 0.22)
    return _as_photo(_over(backdrop, colour, mask), "lavender", mask)


def floorboards_scene() -> Image.Image:
    """The bunch laid flat on whitewashed, worn floorboards beside a folded linen napkin, from above."""
    frame = Frame(1152, 1440)
    x, y = frame.x, frame.y
    px = x * frame.width
    plank = np.floor(px / 196.0)
    offset = _rng("boards/offset").uniform(0, 10, 16).astype(np.float32)[plank.astype(np.int64) % 16]
    grain = 0.5 + 0.5 * np.sin(2 * np.pi * (px / 9.0 + 4.0 * frame.noise("boards/warp", 5, octaves=2)
                                             + offset))
    wood = (0.55 + 0.25 * grain + 0.2 * frame.noise("boards/knots", 30))[..., None] * np.array(
        [168, 136, 104], dtype=np.float32)
    streaks = _rng("boards/streaks").uniform(0, 1, frame.width // 3 + 2).astype(np.float32)
    streak = np.interp(px / 3.0, np.arange(streaks.size), streaks)
    patches = Image.fromarray(_rng("boards/patches").uniform(0, 1, (9, 40)).astype(np.float32), mode="F")
    patch = np.asarray(patches.resize((frame.width, frame.height), Image.Resampling.BICUBIC))
    worn = _smooth(0.72, 0.9, 0.55 * streak + 0.65 * patch)
    paint = (0.93 + 0.05 * frame.noise("boards/brush", 300))[..., None] * np.array(
        [236, 234, 228], dtype=np.float32)
    boards = paint * (1 - worn[..., None]) + wood * worn[..., None]
    gap = np.abs(px % 196.0 - 98.0) > 96.5
    boards[gap] = np.array([74, 64, 56], dtype=np.float32)
    boards *= (0.86 + 0.16 * frame.blob(0.0, 0.0, 1.2, 1.2))[..., None]  # a window at the top left
    # the linen napkin: folded to a square, lower right, a hem stitched round it
    napkin = frame.mask(lambda d, at: d.polygon(at(0.50, 0.66, 0.97, 0.62, 1.02, 1.02, 0.55, 1.02), fill=255))
    weave = 0.5 + 0.25 * np.sin(2 * np.pi * px / 3.1) + 0.25 * np.sin(2 * np.pi * y * 1440 / 3.3)
    linen = (0.86 + 0.06 * weave + 0.08 * frame.noise("boards/slub", 260))[..., None] * np.array(
        [214, 200, 178], dtype=np.float32)
    fold = np.exp(-(((y - 0.80 - 0.05 * (x - 0.5)) / 0.004) ** 2)) * napkin
    linen *= (1.0 - 0.25 * fold)[..., None]
    scene = _shade(boards, _soft(napkin, 10, -8, -6) * (1 - napkin), 0.3)
    scene = _over(scene, linen, napkin)
    colour, mask = _lavender(frame, (0.46, 0.72), 820.0, 28.0, "boards/lavender", stems=26)
    scene = _shade(scene, _soft(mask, 4, 6, 7) * (1 - mask), 0.3)
    return _as_photo(_over(scene, colour, mask), "floorboards")


# ---- a cast-iron skillet seen from above ------------------------------------------------------------------


def skillet_packshot() -> Image.Image:
    """A cast-iron skillet from above almost filling a 5:4 frame: a pitted black cooking surface with a
    seasoned sheen, a rim, two pour lips, a long handle with a hanging hole and a helper lug."""
    frame = Frame(1280, 1024)
    w, h = frame.width, frame.height
    px, py = frame.x * w, frame.y * h
    cx, cy, outer = 0.41 * w, 0.5 * h, 0.44 * h
    r = np.hypot(px - cx, py - cy)
    pan = np.clip(outer - r + 0.5, 0, 1)
    lips = frame.mask(lambda d, at: [
        d.ellipse(at((cx + (outer - 8) * np.cos(a) - 30) / w, (cy + (outer - 8) * np.sin(a) - 22) / h,
                     (cx + (outer - 8) * np.cos(a) + 30) / w, (cy + (outer - 8) * np.sin(a) + 22) / h),
                  fill=255)
        for a in (np.deg2rad(-100), np.deg2rad(100))
    ])
    handle = frame.mask(lambda d, at: d.polygon(
        at((cx + outer - 20) / w, (cy - 50) / h, 0.945, (cy - 38) / h, 0.945, (cy + 38) / h,
           (cx + outer - 20) / w, (cy + 50) / h), fill=255))
    handle_tip = frame.mask(lambda d, at: d.ellipse(at(0.915, (cy - 38) / h, 0.965, (cy + 38) / h), fill=255))
    hole = frame.mask(lambda d, at: d.ellipse(at(0.895, (cy - 15) / h, 0.932, (cy + 15) / h), fill=255))
    lug = frame.mask(lambda d, at: d.ellipse(at((cx - outer - 50) / w, (cy - 60) / h, (cx - outer + 40) / w,
                                                (cy + 60) / h), fill=255))
    mask = np.maximum.reduce([pan, lips, handle, handle_tip, lug]) * (1 - hole)
    pits = frame.noise("skillet/pits", 420) - 0.5 + 0.6 * (frame.noise("skillet/casting", 90, octaves=2) - 0.5)
    iron = 30.0 + 10.0 * pits
    inner = 0.40 * h
    # the cooking surface: a broad seasoned sheen from a window at the top left
    floor_sheen = 46.0 * np.exp(-(((px - (cx - 0.35 * inner)) / (0.45 * inner)) ** 2)
                                - ((py - (cy - 0.3 * inner)) / (0.35 * inner)) ** 2)
    colour = iron + floor_sheen
    # the rim's inner wall: lit on the far (lower right) side, in shade on the near side
    wall = (r > inner) & (r < outer - 12)
    facing = ((px - cx) * 0.6 + (py - cy) * 0.8) / np.maximum(r, 1.0)
    colour = np.where(wall, 26.0 + 34.0 * np.clip(facing, 0, 1) + 8.0 * pits, colour)
    colour = colour - 10.0 * np.exp(-(((r - inner) / 5.0) ** 2))  # grease in the corner of the floor
    top_edge = np.exp(-(((r - (outer - 6)) / 4.0) ** 2))
    colour = colour + 60.0 * top_edge * np.clip(-facing + 0.3, 0, 1)
    # the handle and lug: raised, a line of light along their ridge
    nx, ny, nz = _rounded(np.maximum.reduce([handle, handle_tip, lug, lips]), 22.0)
    raised = 28.0 + 8.0 * pits + 40.0 * np.clip(-0.6 * nx + 0.5 * ny + 0.3 * nz - 0.25, 0, 1)
    arms = np.maximum.reduce([handle, handle_tip, lug]) * (r > outer - 2)
    colour = colour * (1 - arms) + raised * arms
    colour = np.repeat(colour[..., None], 3, axis=2) * np.array([1.0, 0.98, 0.96], dtype=np.float32)
    backdrop = _shade(_white(frame), _soft(mask, 10, 12, 16) * (1 - mask), 0.3)
    return _as_photo(_over(backdrop, colour, mask), "skillet", mask)


# ---- glossy white wireless earbuds and their case ------------------------------------------------------


def earbuds_packshot() -> Image.Image:
    """Two glossy white earbuds lying beside their closed charging case, small on a big 3:2 frame."""
    frame = Frame(1920, 1280)
    w, h = frame.width, frame.height

    def px_box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        return x0 / w, y0 / h, x1 / w, y1 / h

    case = frame.mask(lambda d, at: d.rounded_rectangle(at(*px_box(790, 560, 1010, 730)),
                                                        radius=70 * SUPERSAMPLE, fill=255))
    buds: list[np.ndarray] = []
    meshes: list[np.ndarray] = []
    tips: list[np.ndarray] = []
    for hx, hy, angle in ((1075, 575, 24.0), (1150, 600, -18.0)):
        stem = Image.new("L", (w * SUPERSAMPLE, h * SUPERSAMPLE), 0)
        d = ImageDraw.Draw(stem)
        s = SUPERSAMPLE
        d.ellipse([(hx - 30) * s, (hy - 30) * s, (hx + 30) * s, (hy + 30) * s], fill=255)
        d.rounded_rectangle([(hx - 11) * s, hy * s, (hx + 11) * s, (hy + 120) * s], radius=11 * s, fill=255)
        stem = stem.rotate(angle, Image.Resampling.BICUBIC, center=(hx * s, hy * s))
        buds.append(np.asarray(stem.resize((w, h), Image.Resampling.BOX), dtype=np.float32) / 255.0)
        mesh = frame.mask(lambda d, at, hx=hx, hy=hy: d.ellipse(at(*px_box(hx - 12, hy - 16, hx + 6, hy - 2)),
                                                                fill=255))
        meshes.append(mesh)
        a = np.deg2rad(angle)
        ex, ey = hx + 112 * np.sin(a), hy + 112 * np.cos(a)
        tips.append(frame.mask(lambda d, at, ex=ex, ey=ey: d.ellipse(at(*px_box(ex - 10, ey - 9, ex + 10,
                                                                                  ey + 9)), fill=255)))
    mask = np.maximum.reduce([case, *buds])
    colour = np.zeros((h, w, 3), dtype=np.float32)
    for part in (case, *buds):
        nx, ny, nz = _rounded(part, 26.0 if part is case else 14.0)
        diffuse = 0.84 + 0.13 * np.clip(-0.5 * nx + 0.6 * ny + 0.62 * nz, 0, 1)
        spec = np.clip(-0.45 * nx + 0.55 * ny + 0.70 * nz, 0, 1) ** 60
        plastic = (244.0 * diffuse + 40.0 * spec)[..., None] * np.array([0.99, 0.995, 1.0], dtype=np.float32)
        colour = colour * (1 - part[..., None]) + plastic * part[..., None]
    # the case's lid line, hinge and status light
    lid_line = (np.abs(frame.y * h - 612) < 1.2) & (case > 0.9)
    colour[lid_line] *= 0.72
    led = frame.blob(900 / w, 700 / h, 3.5 / w, 3.5 / h)[..., None]
    colour = colour * (1 - led) + np.array([80, 200, 90], dtype=np.float32) * led
    for mesh, tip in zip(meshes, tips, strict=True):
        colour = colour * (1 - mesh[..., None]) + np.array([46, 46, 50], dtype=np.float32) * mesh[..., None]
        colour = colour * (1 - tip[..., None]) + np.array([150, 152, 158], dtype=np.float32) * tip[..., None]
    mark = frame.painting(lambda d, at: d.text(at(*px_box(872, 660, 0, 0))[:2], "PODS",
                                               fill=(255, 255, 255), font=_font(11 * SUPERSAMPLE)))
    colour = colour - 0.12 * mark * (case[..., None] > 0.9)
    backdrop = _shade(_white(frame), _soft(mask, 9, 5, 10) * (1 - mask), 0.3)
    backdrop = _shade(backdrop, _soft(mask, 2, 0, 3) * (1 - mask), 0.35)
    return _as_photo(_over(backdrop, colour, mask), "earbuds", mask)
