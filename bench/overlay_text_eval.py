"""Evaluation set for the overlay-text cascade: real photographs with and without overlaid text.

The cascade: a sharpness gate; then, where Tesseract runs as a command or the detector on a
device, the text detector; then Tesseract. Ground truth is what the checks did before it:
Tesseract read every photo, and its words (and the ``watermark`` finding they give under the
default policy) are the answer the cascade must keep. A cascade that skips Tesseract on a photo
where Tesseract would have read a word is a miss; one that runs it on a photo without words only
costs CPU. Both routes are scored: the one this machine takes, and the command's.

The split is fixed here, before any tuning: a photo is held out when its base photograph's family
is in ``HELD_OUT_BASES`` *or* its overlay uses a font size or a font in ``HELD_OUT_SIZES`` /
``HELD_OUT_FONTS``; the tuning split is everything else. Tune on ``tuning``; score ``held_out`` once.

    PYTHONPATH=. .venv/bin/python -m bench.overlay_text_eval --out overlay_eval.json
"""

from __future__ import annotations

import argparse
import io
import json
import random
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from bench.upload_photos import full_frame_scene, grain
from tests.fixtures.photos import cluttered, product_on_white, sample_photo

FONT_DIR = Path("/usr/share/fonts/truetype")
FONTS = {
    "sans_bold": FONT_DIR / "dejavu/DejaVuSans-Bold.ttf",
    "sans": FONT_DIR / "dejavu/DejaVuSans.ttf",
    "serif": FONT_DIR / "dejavu/DejaVuSerif.ttf",
    "mono": FONT_DIR / "dejavu/DejaVuSansMono.ttf",
    "condensed": FONT_DIR / "dejavu/DejaVuSansCondensed-Bold.ttf",
    "sans_light": FONT_DIR / "dejavu/DejaVuSans-ExtraLight.ttf",
}
TEXTS = ("SAMPLE WATERMARK", "www.shopnow.com", "SALE 50% OFF", "Call 9876543210", "© Studio Lumen",
         "FREE SHIPPING", "original brand", "Best Price")
# Font size as a share of the photo's width: 1/40 (small corner credit) .. 1/9 (a banner).
SIZES = (1 / 40, 1 / 28, 1 / 20, 1 / 14, 1 / 9)
COLOURS = {
    "grey_semi": (80, 80, 80, 150),
    "white": (255, 255, 255, 255),
    "black": (0, 0, 0, 255),
    "red": (200, 20, 30, 255),
    "white_semi": (255, 255, 255, 130),
    "black_semi": (0, 0, 0, 110),
}
PLACES = ("lower_centre", "top_left", "bottom_right", "middle")
BASES = ("packshot", "packshot_cluttered", "scene", "chelsea", "astronaut", "coffee", "rocket", "hubble",
         "retina", "immunohistochemistry", "camera", "sign")

HELD_OUT_BASES = frozenset({"rocket", "hubble", "sign"})
HELD_OUT_SIZES = frozenset({1 / 20})
HELD_OUT_FONTS = frozenset({"serif"})
OVERLAYS_PER_BASE = 14
SIDE = 1400


@dataclass(frozen=True)
class Case:
    name: str
    base: str
    text: str | None
    font: str | None
    size: float | None
    colour: str | None
    place: str | None

    @property
    def split(self) -> str:
        held = (self.base in HELD_OUT_BASES or self.size in HELD_OUT_SIZES or self.font in HELD_OUT_FONTS)
        return "held_out" if held else "tuning"


def base_photo(name: str, side: int = SIDE) -> Image.Image:
    """A base photograph at ``side`` px on its longest side."""
    if name == "packshot":
        return product_on_white(side)
    if name == "packshot_cluttered":
        return cluttered(product_on_white(side))
    if name == "scene":
        return full_frame_scene(side)
    skimage_name = {"hubble": "hubble_deep_field", "sign": "text"}.get(name, name)
    photo = sample_photo(skimage_name)
    scale = side / max(photo.size)
    return photo.resize((round(photo.width * scale), round(photo.height * scale)), Image.Resampling.LANCZOS)


def overlay(image: Image.Image, case: Case) -> Image.Image:
    """Draw the case's text over the photo, as a seller's watermark, banner or corner credit."""
    assert case.text and case.font and case.size and case.colour and case.place
    font = ImageFont.truetype(str(FONTS[case.font]), size=max(8, round(image.width * case.size)))
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    left, top, right, bottom = draw.textbbox((0, 0), case.text, font=font)
    tw, th = right - left, bottom - top
    margin = round(0.03 * image.width)
    x, y = {
        "lower_centre": ((image.width - tw) // 2, round(0.72 * image.height - th / 2)),
        "top_left": (margin, margin),
        "bottom_right": (image.width - tw - margin, image.height - th - margin - top),
        "middle": ((image.width - tw) // 2, (image.height - th) // 2 - top),
    }[case.place]
    draw.text((max(0, x), max(0, y)), case.text, font=font, fill=COLOURS[case.colour])
    return Image.alpha_composite(image.convert("RGBA"), layer).convert("RGB")


def cases(seed: int = 14) -> list[Case]:
    """Every case of the set: each base bare, and with ``OVERLAYS_PER_BASE`` seeded overlays."""
    rng = random.Random(seed)
    out = []
    for base in BASES:
        out.append(Case(f"{base}-bare", base, None, None, None, None, None))
        for i in range(OVERLAYS_PER_BASE):
            text, font = rng.choice(TEXTS), rng.choice(sorted(FONTS))
            size, colour, place = rng.choice(SIZES), rng.choice(sorted(COLOURS)), rng.choice(PLACES)
            out.append(Case(f"{base}-{i:02d}", base, text, font, size, colour, place))
    return out


def jpeg_uploads(selected: list[Case]) -> Iterator[tuple[Case, bytes]]:
    """Each case as a seller would upload it: with sensor grain, JPEG quality 90."""
    bases: dict[str, Image.Image] = {}
    for i, case in enumerate(selected):
        if case.base not in bases:
            bases[case.base] = base_photo(case.base)
        picture = bases[case.base] if case.text is None else overlay(bases[case.base], case)
        buffer = io.BytesIO()
        grain(picture, seed=i).save(buffer, format="JPEG", quality=90)
        yield case, buffer.getvalue()


def evaluate(split: str, *, out: Path | None = None) -> dict[str, Any]:
    """Per photo: the words Tesseract reads (the old answer), whether the cascade runs it, and the verdicts."""
    from tasks.listing_qc.pixel_checks import (PixelThresholds, judge_pixels, measure_pixels, normalised_copy,
                                               worth_reading)
    from workers.engines.text_detect import line_edges, may_hold_text, shared_text_detector, text_regions
    from workers.images import DecodeTarget, decode_image
    from workers.settings import Settings

    settings = Settings()
    thresholds = PixelThresholds()
    rows = []
    for case, data in jpeg_uploads([c for c in cases() if split in ("all", c.split)]):
        image = normalised_copy(decode_image(data, settings, target=DecodeTarget(512, 224)))
        started = time.process_time()
        always = measure_pixels(image, detect_overlay_text=True, overlay_text_cascade=False)
        cascade = measure_pixels(image, detect_overlay_text=True)
        detector = shared_text_detector()
        assert detector is not None, "the cascade needs rapidocr-onnxruntime installed"
        pixels = np.asarray(image)
        brightest = np.maximum(np.maximum(pixels[:, :, 0], pixels[:, :, 1]), pixels[:, :, 2])
        gate = may_hold_text(brightest)
        regions = text_regions(detector.probabilities([pixels])[0])
        old = judge_pixels(always, thresholds, require_white_background=True)
        new = judge_pixels(cascade, thresholds, require_white_background=True)
        rows.append({
            "name": case.name, "split": case.split, "base": case.base, "text": case.text, "font": case.font,
            "size": case.size, "colour": case.colour, "place": case.place,
            "tesseract_words": [w.text for w in always.overlay_text or ()],
            "watermark_before": next((f.severity for f in old if f.code == "watermark"), None),
            "watermark_after": next((f.severity for f in new if f.code == "watermark"), None),
            "findings_before": sorted((f.code, f.severity) for f in old),
            "findings_after": sorted((f.code, f.severity) for f in new),
            "line_edges": line_edges(brightest), "gate_passes": gate, "text_regions": regions,
            "ran_tesseract": worth_reading(image, brightest), "command_route_reads": gate and regions > 0,
            "cpu_ms": round((time.process_time() - started) * 1000, 1),
        })
    summary = summarise(rows)
    result = {"split": split, "summary": summary, "rows": rows}
    if out is not None:
        out.write_text(json.dumps(result, indent=1))
    return result


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    by_split: dict[str, Any] = {}
    for split in sorted({r["split"] for r in rows}):
        part = [r for r in rows if r["split"] == split]
        worded = [r for r in part if r["tesseract_words"]]
        flagged = [r for r in part if r["watermark_before"]]
        wordless = [r for r in part if not r["tesseract_words"]]
        by_split[split] = {
            "photos": len(part),
            "with_tesseract_words": len(worded),
            "with_watermark_finding": len(flagged),
            "gate_recall_on_watermark_findings": _share([r["gate_passes"] for r in flagged]),
            "gate_passes_on": _share([r["gate_passes"] for r in part]),
            "cascade_recall_on_watermark_findings": _share([r["ran_tesseract"] for r in flagged]),
            "cascade_recall_on_any_word": _share([r["ran_tesseract"] for r in worded]),
            "tesseract_runs_on_wordless_photos": _share([r["ran_tesseract"] for r in wordless]),
            # with Tesseract as a command, the detector looks before it reads
            "command_route_recall_on_watermark_findings": _share([r["command_route_reads"] for r in flagged]),
            "command_route_recall_on_any_word": _share([r["command_route_reads"] for r in worded]),
            "command_route_reads_wordless_photos": _share([r["command_route_reads"] for r in wordless]),
            "verdict_changes": [r["name"] for r in part if r["findings_before"] != r["findings_after"]],
        }
    return by_split


def _share(flags: list[bool]) -> float | None:
    return round(sum(flags) / len(flags), 4) if flags else None


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=("tuning", "held_out", "all"), default="tuning")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    result = evaluate(args.split, out=args.out)
    print(json.dumps(result["summary"], indent=1))
    return result


if __name__ == "__main__":
    main()
