"""``heldout4``'s pictures: packshots and scenes drawn the way seller photos come out of a camera.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the canvases are not 1000 px squares: 4:3 landscape, 3:4 and 4:5 portrait, 1400 and 1600 px squares;
- a product on white stands on a soft contact shadow, as in a studio packshot;
- every picture carries a little sensor noise and is stored as a JPEG at quality 92, as a camera or a
  phone saves it (the white backdrop stays clipped white, as a studio exposes it);
- glass is transparent: what is behind it shows through, tinted and refracted darker at its walls;
- a photo is padded onto white with its own margins and canvas shapes (``PADDING``).

Products: glossy black over-ear headphones, a transparent glass perfume bottle with amber liquid and a
gold cap, a pastel cosmetics carton with printed text, folded jeans in fine twill with orange stitching,
a small silver ring with a faceted blue stone; and two full-frame scenes (the headphones on a walnut desk
against a dim wall, the perfume on a marble vanity shelf).
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable

import numpy as np
from PIL import Image, ImageDraw, ImageFont

SUPERSAMPLE = 4
Draw = Callable[[ImageDraw.ImageDraw, Callable[..., list[float]]], None]

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "headphones": (700, 1.22, 0.75),
    "perfume": (480, 1.7, 1.25),
    "cosmetics_box": (620, 1.3, 1.0),
    "denim": (540, 1.45, 1.25),
    "ring": (600, 1.25, 1.0),
}


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout4/" + name).encode()))


class Frame:
    """A ``width`` x ``height`` picture; shapes are given in shares of the width (x) and height (y)."""

    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width, height
        ys, xs = np.mgrid[0:height, 0:width].astype(np.float32)
        self.x, self.y = xs / width, ys / height

    def _scaler(self, factor: float) -> Callable[..., list[float]]:
        def at(*shares: float) -> list[float]:
            return [s * (self.width if i % 2 == 0 else self.height) * factor for i, s in enumerate(shares)]

        return at

    def mask(self, draw: Draw) -> np.ndarray:
        """An antialiased 0..1 mask: drawn at 4x, reduced."""
        big = Image.new("L", (self.width * SUPERSAMPLE, self.height * SUPERSAMPLE), 0)
        draw(ImageDraw.Draw(big), self._scaler(SUPERSAMPLE))
        reduced = big.resize((self.width, self.height), Image.Resampling.BOX)
        return np.asarray(reduced, dtype=np.float32) / 255.0

    def painting(self, draw: Draw, base: tuple[int, int, int] = (0, 0, 0)) -> np.ndarray:
        """Colours (print, facets) drawn at 4x and reduced: (h, w, 3) floats."""
        big = Image.new("RGB", (self.width * SUPERSAMPLE, self.height * SUPERSAMPLE), base)
        draw(ImageDraw.Draw(big), self._scaler(SUPERSAMPLE))
        reduced = big.resize((self.width, self.height), Image.Resampling.BOX)
        return np.asarray(reduced, dtype=np.float32)

    def noise(self, name: str, cells_x: int, octaves: int = 1) -> np.ndarray:
        """Smooth 0..1 noise with ``cells_x`` lumps across the width (finer octaves added)."""
        rng = _rng(name)
        total = np.zeros((self.height, self.width), dtype=np.float32)
        weight = 0.0
        for octave in range(octaves):
            nx = cells_x * 2**octave
            ny = max(2, round(nx * self.height / self.width))
            grid = Image.fromarray(rng.uniform(0.0, 1.0, (ny, nx)).astype(np.float32), mode="F")
            total += (
                np.asarray(grid.resize((self.width, self.height), Image.Resampling.BICUBIC)) * 0.5**octave
            )
            weight += 0.5**octave
        return np.clip(total / weight, 0.0, 1.0)

    def blob(self, cx: float, cy: float, rx: float, ry: float) -> np.ndarray:
        """A soft elliptic light or shadow: 1 at the centre, falling off like a Gaussian."""
        return np.exp(-(((self.x - cx) / rx) ** 2) - ((self.y - cy) / ry) ** 2)


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    return ImageFont.load_default(size=size)


_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A camera's finish: a little sensor noise, clipped to 0..255, saved as a JPEG at quality 92."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    grain = _rng(name + "/sensor").normal(0.0, 1.4, pixels.shape).astype(np.float32)
    noisy = pixels + grain * (pixels < 254.5)  # a clipped white backdrop has no grain left
    image = Image.fromarray(np.clip(noisy + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=92)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _studio_white(frame: Frame, cx: float, cy: float, rx: float, ry: float, depth: float) -> np.ndarray:
    """A white sweep, clipped white, with a product's soft contact shadow on it."""
    shade = 1.0 - depth * frame.blob(cx, cy, rx, ry)
    return np.repeat((255.0 * shade)[..., None], 3, axis=2)


def _over(backdrop: np.ndarray, colour: np.ndarray, mask: np.ndarray) -> np.ndarray:
    alpha = mask[..., None]
    return colour * alpha + backdrop * (1.0 - alpha)


# ---- glossy black over-ear headphones ----------------------------------------------------------------


def _headphones(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a glossy black headband and ear cups, matte cushions, silver sliders, a grey logo."""
    band = frame.mask(
        lambda d, at: d.arc(at(0.30, 0.10, 0.70, 0.86), 180, 360, fill=255, width=int(at(0.032)[0]))
    )
    cups = frame.mask(
        lambda d, at: (
            d.ellipse(at(0.25, 0.44, 0.41, 0.82), fill=255),
            d.ellipse(at(0.59, 0.44, 0.75, 0.82), fill=255),
        )
    )
    cushions = frame.mask(
        lambda d, at: (
            d.ellipse(at(0.30, 0.47, 0.41, 0.79), fill=255),
            d.ellipse(at(0.59, 0.47, 0.70, 0.79), fill=255),
        )
    )
    sliders = frame.mask(
        lambda d, at: (
            d.rectangle(at(0.315, 0.36, 0.335, 0.47), fill=255),
            d.rectangle(at(0.665, 0.36, 0.685, 0.47), fill=255),
        )
    )
    x, y = frame.x, frame.y
    # glossy plastic: near black, a broad soft reflection of the softbox, a thin sharp one along the band
    plastic = 20.0 + 90.0 * frame.blob(0.36, 0.22, 0.10, 0.10) + 70.0 * frame.blob(0.30, 0.55, 0.025, 0.08)
    plastic += 60.0 * frame.blob(0.64, 0.55, 0.02, 0.07)
    r = np.sqrt(((x - 0.5) / 0.2) ** 2 + ((y - 0.48) / 0.38) ** 2)
    plastic += 200.0 * np.exp(-(((r - 0.985) / 0.012) ** 2)) * (x < 0.52)
    leather = 38.0 + 14.0 * (frame.noise("headphones/leather", 90, octaves=3) - 0.5)
    leather *= 1.0 + 0.5 * frame.blob(0.34, 0.55, 0.03, 0.12)
    metal = 150.0 + 80.0 * np.exp(-(((x % 0.35 - 0.322) / 0.006) ** 2))
    colour = plastic * (1 - cushions) + leather * cushions
    colour = colour * (1 - sliders) + metal * sliders
    colour = np.repeat(colour[..., None], 3, axis=2) * np.array([1.0, 1.0, 1.05], dtype=np.float32)
    logo = frame.painting(
        lambda d, at: (
            d.text(at(0.282, 0.60), "SONIQ", fill=(150, 150, 155), font=_font(int(at(0.022)[0]))),
            d.text(at(0.622, 0.60), "SONIQ", fill=(150, 150, 155), font=_font(int(at(0.022)[0]))),
        )
    )
    printed = (logo.max(axis=2) > 8)[..., None] * (1 - cushions[..., None])
    colour = colour * (1 - printed) + logo * printed
    return colour, np.maximum.reduce([band, cups, sliders])


def headphones_packshot() -> Image.Image:
    frame = Frame(1200, 900)
    colour, mask = _headphones(frame)
    backdrop = _studio_white(frame, 0.5, 0.84, 0.18, 0.035, 0.22)
    return _as_photo(_over(backdrop, colour, mask), "headphones", mask)


def desk_scene() -> Image.Image:
    """The headphones on a walnut desk against a dim painted wall, a lamp's pool of light: full frame."""
    frame = Frame(1200, 900)
    x, y = frame.x, frame.y
    wall = (
        np.array([128, 124, 116], dtype=np.float32)
        * (0.75 + 0.35 * frame.blob(0.7, 0.2, 0.5, 0.6))[..., None]
    )
    warp = frame.noise("desk/warp", 5, octaves=2)
    grain = 0.5 + 0.5 * np.sin(2 * np.pi * (y * 55 + 6.0 * warp + 0.3 * x))
    walnut = (0.55 + 0.3 * grain + 0.15 * frame.noise("desk/pores", 300))[..., None] * np.array(
        [112, 72, 44], dtype=np.float32
    )
    walnut *= (0.8 + 0.4 * frame.blob(0.5, 0.75, 0.5, 0.3))[..., None]
    backdrop = np.where((y > 0.58)[..., None], walnut, wall)
    backdrop *= (1.0 - 0.45 * frame.blob(0.5, 0.84, 0.28, 0.03))[..., None]
    colour, mask = _headphones(frame)
    return _as_photo(_over(backdrop, colour, mask), "desk")


# ---- a transparent glass perfume bottle ----------------------------------------------------------------


def _perfume(frame: Frame, behind: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(The bottle over ``behind``, its mask): clear glass, amber liquid, dark walls, a gold cap, a label."""
    glass = frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.28, 0.40, 0.72, 0.86), radius=at(0.05)[0], fill=255)
    )
    neck = frame.mask(lambda d, at: d.rectangle(at(0.45, 0.33, 0.55, 0.41), fill=255))
    cap = frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.39, 0.17, 0.61, 0.335), radius=at(0.01)[0], fill=255)
    )
    inside = frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.31, 0.52, 0.69, 0.82), radius=at(0.03)[0], fill=255)
    )
    x, y = frame.x, frame.y
    # clear glass shows what is behind it, a little darker and greener; thick walls refract it dark
    wall = (
        np.exp(-(((x - 0.29) / 0.018) ** 2))
        + np.exp(-(((x - 0.71) / 0.018) ** 2))
        + np.exp(-(((y - 0.85) / 0.02) ** 2))
    )
    clear = (
        behind
        * np.array([0.90, 0.95, 0.93], dtype=np.float32)
        * (1.0 - 0.55 * np.clip(wall, 0, 1))[..., None]
    )
    liquid = (
        behind * np.array([0.86, 0.55, 0.20], dtype=np.float32) * (0.75 + 0.25 * (y - 0.52) / 0.3)[..., None]
    )
    liquid[(np.abs(y - 0.522) < 0.003)] *= 0.6  # the meniscus
    body = clear * (1 - inside[..., None]) + liquid * inside[..., None]
    shine = 255.0 * np.exp(-(((x - 0.345) / 0.007) ** 2)) * (y > 0.43) * (y < 0.82)
    shine += 120.0 * np.exp(-(((x - 0.66) / 0.012) ** 2)) * (y > 0.45) * (y < 0.80)
    body = body + shine[..., None]
    brushed = 0.5 + 0.5 * np.sin(2 * np.pi * x * 260 + 3 * frame.noise("perfume/brush", 40))
    gold = (130.0 + 110.0 * np.exp(-(((x - 0.45) / 0.04) ** 2)) + 12.0 * brushed)[..., None] * np.array(
        [1.0, 0.82, 0.45], dtype=np.float32
    )
    label = frame.painting(
        lambda d, at: (
            d.text(at(0.40, 0.60), "NOIR", fill=(40, 30, 20), font=_font(int(at(0.07)[0]))),
            d.text(at(0.42, 0.70), "EAU DE PARFUM  50 ml", fill=(40, 30, 20), font=_font(int(at(0.022)[0]))),
        ),
        base=(255, 255, 255),
    )
    printed = (label.min(axis=2) < 200)[..., None]
    body = body * (1 - printed) + label * printed
    colour = body * (1 - cap[..., None]) + gold * cap[..., None]
    colour = colour * (1 - neck[..., None]) + behind * 0.7 * neck[..., None]
    mask = np.maximum.reduce([glass, neck, cap])
    return _over(behind, colour, mask), mask


def perfume_packshot() -> Image.Image:
    frame = Frame(900, 1200)
    backdrop = _studio_white(frame, 0.5, 0.865, 0.16, 0.02, 0.25)
    pixels, mask = _perfume(frame, backdrop)
    return _as_photo(pixels, "perfume", mask)


def vanity_scene() -> Image.Image:
    """The perfume on a white-grey marble shelf, a warm blurred bathroom behind: full frame."""
    frame = Frame(900, 1200)
    x, y = frame.x, frame.y
    room = (
        np.array([205, 192, 174], dtype=np.float32)
        * (0.65 + 0.45 * frame.blob(0.8, 0.2, 0.6, 0.5))[..., None]
    )
    room *= (0.9 + 0.1 * frame.noise("vanity/room", 4))[..., None]
    vein = np.abs(np.sin(2 * np.pi * (x * 3 + y * 5 + 2.5 * frame.noise("vanity/vein", 6, octaves=3))))
    marble = 228.0 - 70.0 * np.exp(-((vein / 0.04) ** 2)) - 12.0 * frame.noise("vanity/cloud", 20, octaves=3)
    marble = np.repeat(marble[..., None], 3, axis=2)
    backdrop = np.where((y > 0.80)[..., None], marble, room)
    backdrop *= (1.0 - 0.4 * frame.blob(0.5, 0.865, 0.24, 0.02))[..., None]
    return _as_photo(_perfume(frame, backdrop)[0], "vanity")


# ---- a printed cosmetics carton --------------------------------------------------------------------------

_FRONT = (0.27, 0.30, 0.57, 0.36, 0.57, 0.86, 0.27, 0.80)
_SIDE = (0.57, 0.36, 0.74, 0.28, 0.74, 0.76, 0.57, 0.86)
_TOP = (0.27, 0.30, 0.44, 0.22, 0.74, 0.28, 0.57, 0.36)


def cosmetics_box_packshot() -> Image.Image:
    """A pastel pink carton in three-quarter view: brand, a gold band, small print on the side."""
    frame = Frame(1400, 1400)

    def faces(d: ImageDraw.ImageDraw, at: Callable[..., list[float]]) -> None:
        d.polygon(at(*_FRONT), fill=(236, 188, 198))
        d.polygon(at(*_SIDE), fill=(196, 150, 160))
        d.polygon(at(*_TOP), fill=(246, 210, 218))
        d.polygon(at(0.27, 0.66, 0.57, 0.72, 0.57, 0.75, 0.27, 0.69), fill=(200, 160, 80))
        d.text(at(0.31, 0.46), "LUMIERE", fill=(90, 40, 60), font=_font(int(at(0.045)[0])))
        d.text(at(0.31, 0.55), "HYDRATING NIGHT CREAM", fill=(90, 40, 60), font=_font(int(at(0.016)[0])))
        d.text(at(0.31, 0.585), "50 ml  1.7 fl oz", fill=(90, 40, 60), font=_font(int(at(0.014)[0])))
        for row in range(9):
            d.text(
                at(0.59, 0.42 + 0.025 * row),
                "AQUA, GLYCERIN, SQUALANE",
                fill=(110, 70, 80),
                font=_font(int(at(0.008)[0])),
            )

    printed = frame.painting(faces)
    mask = frame.mask(
        lambda d, at: (
            d.polygon(at(*_FRONT), fill=255),
            d.polygon(at(*_SIDE), fill=255),
            d.polygon(at(*_TOP), fill=255),
        )
    )
    light = (0.9 + 0.12 * frame.blob(0.35, 0.35, 0.4, 0.4) + 0.03 * (frame.noise("box/card", 200) - 0.5))[
        ..., None
    ]
    backdrop = _studio_white(frame, 0.52, 0.84, 0.17, 0.03, 0.2)
    return _as_photo(_over(backdrop, printed * light, mask), "cosmetics_box", mask)


# ---- folded jeans ------------------------------------------------------------------------------------------


def denim_packshot() -> Image.Image:
    """Folded jeans: indigo twill (fine diagonal ribs), slubs, faded creases, orange stitching, a copper button."""
    frame = Frame(1000, 1250)
    x, y = frame.x, frame.y
    mask = frame.mask(
        lambda d, at: d.rounded_rectangle(at(0.16, 0.28, 0.84, 0.74), radius=at(0.03)[0], fill=255)
    )
    twill = 0.5 + 0.5 * np.sin(2 * np.pi * (x * frame.width + y * frame.height) / 5.5)
    slub = frame.noise("denim/slub", 600, octaves=1)
    slub = np.asarray(
        Image.fromarray(slub, mode="F")
        .resize((frame.width // 30, frame.height))
        .resize((frame.width, frame.height))
    )
    fade = 0.35 * frame.blob(0.5, 0.52, 0.40, 0.012) + 0.2 * frame.noise("denim/wear", 8, octaves=2)
    level = 0.72 + 0.16 * twill + 0.12 * slub + fade
    colour = level[..., None] * np.array([52, 72, 118], dtype=np.float32)
    colour *= (1.0 - 0.45 * frame.blob(0.5, 0.535, 0.5, 0.006))[..., None]  # the fold's shadow
    colour *= (0.85 + 0.25 * frame.blob(0.4, 0.35, 0.5, 0.5))[..., None]

    def seams(d: ImageDraw.ImageDraw, at: Callable[..., list[float]]) -> None:
        d.rectangle(at(0.16, 0.28, 0.84, 0.345), outline=(30, 42, 70), width=int(at(0.004)[0]))
        for x0 in np.arange(0.18, 0.82, 0.018):  # stitching: dashes along the waistband
            d.line(at(x0, 0.292, x0 + 0.010, 0.292), fill=(214, 130, 50), width=int(at(0.003)[0]))
            d.line(at(x0, 0.333, x0 + 0.010, 0.333), fill=(214, 130, 50), width=int(at(0.003)[0]))
        for x0 in (0.26, 0.44, 0.62, 0.78):  # belt loops
            d.rectangle(at(x0, 0.275, x0 + 0.02, 0.355), fill=(45, 62, 102))
        d.arc(at(0.20, 0.30, 0.46, 0.56), 0, 90, fill=(214, 130, 50), width=int(at(0.003)[0]))
        d.ellipse(at(0.695, 0.295, 0.745, 0.335), fill=(170, 110, 60))
        d.ellipse(at(0.705, 0.302, 0.725, 0.318), fill=(230, 180, 120))

    details = frame.painting(seams)
    drawn = (details.max(axis=2) > 0)[..., None]
    colour = colour * (1 - drawn) + details * drawn
    backdrop = _studio_white(frame, 0.5, 0.74, 0.24, 0.02, 0.22)
    return _as_photo(_over(backdrop, colour, mask), "denim", mask)


# ---- a small silver ring with a stone ------------------------------------------------------------------


def ring_packshot() -> Image.Image:
    """A silver ring seen at an angle, a faceted blue stone in four prongs, glints: ~16 % of the frame."""
    frame = Frame(1600, 1600)
    x, y = frame.x, frame.y
    band = frame.mask(
        lambda d, at: (
            d.ellipse(at(0.42, 0.50, 0.58, 0.63), fill=255),
            d.ellipse(at(0.436, 0.512, 0.564, 0.603), fill=0),
        )
    )
    angle = np.arctan2((y - 0.565) / 0.065, (x - 0.5) / 0.08)
    # polished silver mirrors the studio: dark and bright bands round the ring, a grey fill
    silver = 150.0 + 80.0 * np.sin(3 * angle + 0.8) + 25.0 * np.sin(11 * angle)
    silver = np.repeat(silver[..., None], 3, axis=2) * np.array([1.0, 1.0, 1.03], dtype=np.float32)

    def stone(d: ImageDraw.ImageDraw, at: Callable[..., list[float]]) -> None:
        for px, py in ((0.478, 0.455), (0.522, 0.455), (0.478, 0.505), (0.522, 0.505)):
            d.ellipse(at(px - 0.004, py - 0.004, px + 0.004, py + 0.004), fill=(215, 215, 220))
        c = (0.5, 0.48)
        rim = [(0.5 + 0.025 * np.cos(t), 0.48 + 0.025 * np.sin(t)) for t in np.linspace(0, 2 * np.pi, 9)[:-1]]
        shades = (
            (20, 50, 150),
            (60, 120, 220),
            (30, 80, 190),
            (140, 190, 250),
            (25, 60, 170),
            (70, 130, 230),
            (15, 40, 120),
            (100, 160, 240),
        )
        for i, shade in enumerate(shades):
            a, b = rim[i], rim[(i + 1) % 8]
            d.polygon(at(*c, *a, *b), fill=shade)
        d.polygon(at(0.494, 0.472, 0.5, 0.462, 0.506, 0.472, 0.5, 0.476), fill=(250, 252, 255))

    gem = frame.painting(stone)
    gem_mask = frame.mask(
        lambda d, at: (
            d.ellipse(at(0.475, 0.455, 0.525, 0.505), fill=255),
            *(
                d.ellipse(at(px - 0.004, py - 0.004, px + 0.004, py + 0.004), fill=255)
                for px, py in ((0.478, 0.455), (0.522, 0.455), (0.478, 0.505), (0.522, 0.505))
            ),
            d.rectangle(at(0.488, 0.50, 0.512, 0.515), fill=255),
        )
    )
    seat = np.full_like(silver, 185.0)
    gem = np.where((gem.max(axis=2) > 0)[..., None], gem, seat)
    glints = np.zeros_like(x)
    for gx, gy in _rng("ring/glints").uniform((0.43, 0.52), (0.57, 0.62), (7, 2)):
        glints += np.exp(-(((x - gx) / 0.002) ** 2) - ((y - gy) / 0.002) ** 2)
    colour = (
        silver * (1 - gem_mask[..., None])
        + gem * gem_mask[..., None]
        + 255.0 * np.clip(glints, 0, 1)[..., None]
    )
    backdrop = _studio_white(frame, 0.5, 0.63, 0.06, 0.012, 0.25)
    return _as_photo(_over(backdrop, colour, np.maximum(band, gem_mask)), "ring", np.maximum(band, gem_mask))
