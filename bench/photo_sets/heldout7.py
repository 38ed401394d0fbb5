"""``heldout7``'s pictures: three products a small shop lists, and one scene.

Written before the checks were changed for it, and only scored (see ``bench/photo_eval_set.py``). What
differs from the other splits, besides the products:

- the canvases: a square with a 14 % margin, a 2:3 portrait and a 1:2 banner (``PADDING``);
- a pale, finely textured product on white (a heather-grey knitted beanie with a pompom), a thin
  product with a lot of backdrop around it (a brass desk lamp: a long arm, a shade, a round foot), a
  translucent amber product with a printed paper label and a gingham lid cover (a honey jar);
- the backdrop: a white sweep lit from one side, so it falls from 255 to about 246 across the picture;
- every picture is finished the way a budget phone finishes it: a slight vignette, a little luma and
  chroma noise, stored as a JPEG at quality 86;
- one full-frame scene: the beanie on a weathered grey garden bench, a green hedge behind, overcast.

``product_mask(name)`` gives the product's own pixels of a packshot (its drawn outline: not its
shadow or backdrop), for the bench's clipping scope.
"""

from __future__ import annotations

import io
import zlib

import numpy as np
from PIL import Image

from bench.photo_sets.heldout4 import Frame, _font, _over

# family -> (longest side the photo is shrunk to before pasting, canvas side / photo side, canvas h / w)
PADDING: dict[str, tuple[int, float, float]] = {
    "beanie": (640, 1.28, 1.0),
    "lamp": (500, 1.75, 1.5),
    "jar": (740, 1.38, 0.5),
}

_MASKS: dict[str, np.ndarray] = {}


def product_mask(name: str) -> np.ndarray | None:
    """The drawn product's pixels (mask > 0.5) of the packshot ``name`` once it was made, else None."""
    return _MASKS.get(name)


def _rng(name: str) -> np.random.Generator:
    return np.random.default_rng(zlib.crc32(("heldout7/" + name).encode()))


def _as_photo(pixels: np.ndarray, name: str, mask: np.ndarray | None = None) -> Image.Image:
    """A budget phone's finish: a slight vignette, luma and chroma noise, JPEG at quality 86."""
    if mask is not None:
        _MASKS[name] = mask > 0.5
    h, w = pixels.shape[:2]
    ys, xs = np.mgrid[0:h, 0:w].astype(np.float32)
    r2 = ((xs / w - 0.5) ** 2 + (ys / h - 0.5) ** 2) / 0.5
    vignetted = pixels * (1.0 - 0.05 * r2)[..., None]
    rng = _rng(name + "/sensor")
    luma = rng.normal(0.0, 1.2, (h, w)).astype(np.float32)
    chroma = rng.normal(0.0, 0.8, (h, w, 3)).astype(np.float32)
    dim = (1.0 - 0.5 * (vignetted.mean(axis=2) / 255.0)).clip(0.0, 1.0)[..., None]
    noisy = vignetted + (luma[..., None] + chroma) * dim
    image = Image.fromarray(np.clip(noisy + 0.5, 0, 255).astype(np.uint8))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=86)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def _sweep(frame: Frame) -> np.ndarray:
    """A white sweep lit from the left: 255 there, about 246 at the right edge."""
    level = 255.0 - 9.0 * frame.x**1.5
    return np.repeat(level[..., None], 3, axis=2)


# ---- a knitted beanie ----------------------------------------------------------------------------------


def _beanie(frame: Frame) -> tuple[np.ndarray, np.ndarray]:
    """(colour, mask): a heather-grey rib-knit beanie with a turned-up cuff and a pompom."""
    crown = frame.mask(lambda d, at: d.chord(at(0.25, 0.22, 0.75, 0.92), 180, 360, fill=255))
    body = frame.mask(lambda d, at: d.rectangle(at(0.25, 0.56, 0.75, 0.72), fill=255))
    cuff = frame.mask(lambda d, at: d.rounded_rectangle(at(0.23, 0.68, 0.77, 0.84), radius=at(0.02)[0], fill=255))
    pompom = frame.mask(lambda d, at: d.ellipse(at(0.42, 0.10, 0.58, 0.28), fill=255))
    px, py = frame.x * frame.width, frame.y * frame.height
    rib = 0.5 + 0.5 * np.cos(2 * np.pi * px / 11.0)  # knit ribs 11 px apart
    stitch = 0.5 + 0.5 * np.cos(2 * np.pi * py / 7.0)  # rows of stitches 7 px apart
    heather = frame.noise("beanie/heather", 260, octaves=2)
    knit = 0.72 + 0.14 * rib + 0.06 * stitch * rib + 0.12 * (heather - 0.5)
    knit *= 0.85 + 0.2 * frame.blob(0.4, 0.45, 0.3, 0.3)
    colour = knit[..., None] * np.array([190, 190, 194], dtype=np.float32)
    fluff = 0.7 + 0.3 * frame.noise("beanie/fluff", 400)
    pom = fluff[..., None] * np.array([205, 200, 200], dtype=np.float32)
    colour = colour * (1 - pompom[..., None]) + pom * pompom[..., None]
    # the cuff's ribs are deeper: a turned-up double layer
    cuff_only = cuff * (1 - pompom)
    deeper = (0.62 + 0.3 * rib)[..., None] * np.array([184, 184, 190], dtype=np.float32)
    colour = colour * (1 - cuff_only[..., None]) + deeper * cuff_only[..., None]
    return colour, np.maximum.reduce([crown, body, cuff, pompom])


def beanie_packshot() -> Image.Image:
    frame = Frame(1100, 1100)
    colour, mask = _beanie(frame)
    backdrop = _sweep(frame) * (1.0 - 0.25 * frame.blob(0.52, 0.85, 0.26, 0.015))[..., None]
    return _as_photo(_over(backdrop, colour, mask), "beanie", mask)


def bench_scene() -> Image.Image:
    """The beanie on a weathered grey garden bench, a green hedge behind, an overcast sky's soft light."""
    frame = Frame(1100, 1100)
    x, y = frame.x, frame.y
    hedge = (70.0 + 40.0 * frame.noise("bench/leaves", 60, octaves=4))[..., None] * np.array(
        [0.75, 1.0, 0.6], dtype=np.float32
    )
    slats = (np.abs(((y - 0.55) * 12) % 1 - 0.5) > 0.46) & (y > 0.55)
    wood = (150.0 + 30.0 * frame.noise("bench/grain", 8, octaves=3) + 6.0 * np.sin(x * 220.0))[..., None]
    wood = wood * np.array([1.0, 0.98, 0.95], dtype=np.float32)
    wood[slats] *= 0.35
    backdrop = np.where((y > 0.55)[..., None], wood, hedge)
    colour, mask = _beanie(frame)
    return _as_photo(_over(backdrop, colour, mask), "bench")


# ---- a brass desk lamp ---------------------------------------------------------------------------------


def lamp_packshot() -> Image.Image:
    """A brass desk lamp in profile: a round foot, a thin jointed arm, a conical shade, a white bulb."""
    frame = Frame(800, 1200)
    x = frame.x
    foot = frame.mask(lambda d, at: d.ellipse(at(0.22, 0.88, 0.62, 0.94), fill=255))
    arm = frame.mask(
        lambda d, at: d.line(at(0.42, 0.90, 0.30, 0.52, 0.62, 0.26), fill=255, width=int(at(0.018)[0]), joint="curve")
    )
    joints = frame.mask(
        lambda d, at: [d.ellipse(at(cx - 0.02, cy - 0.013, cx + 0.02, cy + 0.013), fill=255)
                       for cx, cy in ((0.30, 0.52), (0.62, 0.26))]
    )
    shade = frame.mask(lambda d, at: d.polygon(at(0.56, 0.20, 0.70, 0.20, 0.86, 0.40, 0.48, 0.40), fill=255))
    bulb = frame.mask(lambda d, at: d.chord(at(0.58, 0.34, 0.76, 0.46), 0, 180, fill=255)) * (1 - shade)
    brass = np.array([196, 160, 80], dtype=np.float32)
    sheen = 0.65 + 0.45 * np.exp(-(((x - 0.36) / 0.05) ** 2)) + 0.08 * frame.noise("lamp/brush", 300)
    colour = sheen[..., None] * brass
    shade_tone = (0.55 + 0.5 * np.clip((x - 0.5) / 0.35, 0, 1))[..., None] * brass
    colour = colour * (1 - shade[..., None]) + shade_tone * shade[..., None]
    colour = colour * (1 - bulb[..., None]) + np.array([238, 236, 228], np.float32) * bulb[..., None]
    mask = np.maximum.reduce([foot, arm, joints, shade, bulb])
    backdrop = _sweep(frame) * (1.0 - 0.3 * frame.blob(0.44, 0.935, 0.24, 0.012))[..., None]
    return _as_photo(_over(backdrop, colour, mask), "lamp", mask)


# ---- an amber honey jar --------------------------------------------------------------------------------


def jar_packshot() -> Image.Image:
    """A hexagonal-shouldered glass jar of amber honey, a printed paper label, a gingham cloth lid cover."""
    frame = Frame(1400, 700)
    x, y = frame.x, frame.y
    glass = frame.mask(lambda d, at: d.rounded_rectangle(at(0.40, 0.22, 0.60, 0.92), radius=at(0.02)[0], fill=255))
    cloth = frame.mask(
        lambda d, at: d.polygon(at(0.37, 0.10, 0.63, 0.10, 0.65, 0.30, 0.58, 0.26, 0.50, 0.31, 0.42, 0.26, 0.35, 0.30),
                                fill=255)
    )
    honey = np.array([210, 130, 30], dtype=np.float32) * (
        0.55 + 0.45 * np.exp(-(((x - 0.47) / 0.06) ** 2)) + 0.05 * frame.noise("jar/honey", 30)
    )[..., None]
    glint = np.exp(-(((x - 0.43) / 0.006) ** 2)) * (np.abs(y - 0.6) < 0.25)
    colour = honey + (200.0 * glint)[..., None]
    label = frame.mask(lambda d, at: d.rectangle(at(0.41, 0.48, 0.59, 0.74), fill=255)) * glass

    def print_(d, at) -> None:
        d.text(at(0.435, 0.52), "WILDFLOWER", fill=(60, 40, 20), font=_font(int(at(0, 0.05)[1])))
        d.text(at(0.46, 0.60), "HONEY", fill=(60, 40, 20), font=_font(int(at(0, 0.08)[1])))
        d.line(at(0.43, 0.70, 0.57, 0.70), fill=(60, 40, 20), width=2)

    ink = frame.painting(print_)
    inked = (ink.max(axis=2) > 0)[..., None]
    paper = np.array([240, 232, 212], dtype=np.float32) * (0.95 + 0.05 * frame.noise("jar/paper", 200))[..., None]
    paper = paper * (1 - inked) + ink * inked
    colour = colour * (1 - label[..., None]) + paper * label[..., None]
    px, py = x * frame.width, y * frame.height
    check = ((np.floor(px / 9) % 2) + (np.floor(py / 9) % 2)) / 2.0
    gingham = np.array([255, 255, 255], np.float32) * (1 - check[..., None]) + np.array(
        [200, 40, 40], np.float32
    ) * check[..., None]
    gingham *= (0.88 + 0.12 * frame.noise("jar/folds", 14))[..., None]
    colour = colour * (1 - cloth[..., None]) + gingham * cloth[..., None]
    mask = np.maximum(glass, cloth)
    backdrop = _sweep(frame) * (1.0 - 0.3 * frame.blob(0.5, 0.92, 0.12, 0.02))[..., None]
    return _as_photo(_over(backdrop, colour, mask), "jar", mask)
