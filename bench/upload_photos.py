"""Realistic seller uploads for the CPU benchmarks: 1200–2400 px JPEG (q90), PNG and WebP of real photographs.

The pictures are scikit-image's bundled photographs (no download), made into what sellers send:
the espresso-cup packshot on white at full upload size, full-frame shots composited from several
photographs, and degraded copies (blurred, dark, watermarked, cluttered). Every upscaled picture
gets a fixed, seeded sensor grain, so its JPEG weighs what a phone photo of that size weighs
(a 1600-px q90 full-frame shot ≈ 300–400 KB) instead of compressing like a smooth upscale.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from PIL import Image

from tests.fixtures.photos import (blurred, cluttered, darkened, overexposed, product_on_white, sample_photo, tiny,
                                   watermarked)

GRAIN_SIGMA = 4.0  # grey levels; a phone sensor's noise at ISO 100–400 after its own denoising


@dataclass(frozen=True)
class Upload:
    name: str
    data: bytes
    format: str  # JPEG | PNG | WEBP
    size: tuple[int, int]


def grain(image: Image.Image, seed: int, sigma: float = GRAIN_SIGMA) -> Image.Image:
    """Add seeded Gaussian sensor noise; pure white stays white (a white sweep clips in the camera too)."""
    pixels = np.asarray(image.convert("RGB"), dtype=np.float32)
    noise = np.random.default_rng(seed).normal(0.0, sigma, pixels.shape[:2])[..., None].astype(np.float32)
    noisy = np.where(pixels >= 250, pixels, pixels + noise)
    return Image.fromarray(np.clip(noisy, 0, 255).round().astype(np.uint8))


def full_frame_scene(side: int) -> Image.Image:
    """A full-frame photograph at ``side`` px: four real photographs upscaled into a 2x2 mosaic."""
    names = ("chelsea", "coffee", "astronaut", "rocket")
    half = side // 2
    canvas = Image.new("RGB", (side, side))
    for i, name in enumerate(names):
        photo = sample_photo(name)
        # Crop to a square around the centre, then upscale: what a phone's 12 MP frame would hold.
        s = min(photo.size)
        left, top = (photo.width - s) // 2, (photo.height - s) // 2
        tile = photo.crop((left, top, left + s, top + s)).resize((half, half), Image.Resampling.LANCZOS)
        canvas.paste(tile, ((i % 2) * half, (i // 2) * half))
    return canvas


def encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    if fmt == "JPEG":
        image.save(buffer, format="JPEG", quality=90)
    elif fmt == "WEBP":
        image.save(buffer, format="WEBP", quality=90)
    else:
        image.save(buffer, format="PNG", compress_level=6)
    return buffer.getvalue()


def realistic_uploads(side: int = 1600) -> list[Upload]:
    """The benchmark's main mix at ``side`` px: JPEG q90, one photo per kind a marketplace sees."""
    packshot = product_on_white(side)
    scene = full_frame_scene(side)
    pictures = {
        "packshot": packshot,
        "full_frame": scene,
        "packshot_blurred": blurred(packshot, radius=6.0 * side / 1200),
        "packshot_dark": darkened(packshot),
        "packshot_overexposed": overexposed(packshot),
        "packshot_cluttered": cluttered(packshot),
        "packshot_watermarked": watermarked(packshot),
        "full_frame_watermarked": watermarked(scene),
    }
    out = []
    for i, (name, picture) in enumerate(pictures.items()):
        noisy = grain(picture, seed=i)
        out.append(Upload(f"{name}_{side}.jpg", encode(noisy, "JPEG"), "JPEG", noisy.size))
    return out


def format_mix() -> list[Upload]:
    """Other formats and sizes sellers send: PNG and WebP from 1200 to 2400 px, and a thumbnail."""
    out = []
    for i, (side, fmt) in enumerate(((1200, "PNG"), (2400, "JPEG"), (2000, "WEBP"), (1200, "WEBP"), (2400, "PNG"))):
        kind = "full_frame" if i % 2 else "packshot"  # every other one a full-frame shot
        picture = grain(full_frame_scene(side) if i % 2 else product_on_white(side), seed=side + i)
        ext = {"JPEG": "jpg", "PNG": "png", "WEBP": "webp"}[fmt]
        out.append(Upload(f"mix_{kind}_{side}.{ext}", encode(picture, fmt), fmt, picture.size))
    thumb = tiny(product_on_white(), longest_side=400)
    out.append(Upload("thumbnail_400.jpg", encode(thumb, "JPEG"), "JPEG", thumb.size))
    return out


def small_uploads(side: int = 256) -> list[Upload]:
    """The old benchmarks' small photos, for comparison with earlier numbers."""
    picture = product_on_white(side)
    return [Upload(f"packshot_{side}.jpg", encode(picture, "JPEG"), "JPEG", picture.size)]
