"""Evaluation set for overlay-text (watermark) reading: real photographs with and without overlaid text.

Ground truth is what the set draws, not what a reader reads: a photo that got an overlay should
get a ``watermark`` finding under the default policy, a bare photo should not. An overlay counts
as *readable* when it changed the luma of the pixels it covers by ``READABLE_CONTRAST`` grey
levels on average (white on a white backdrop is drawn yet invisible). Each reader is scored on
both (recall on overlaid and on readable photos, findings on bare ones) with the CPU its reading
cost per photo, side by side: ``tesseract`` (the sharpness gate, then Tesseract on the whole
photo) and ``detector`` (the gate, then PP-OCRv4's detector finds lines and its recogniser reads
them); ``detector_only`` is the gate and the detector alone (a wide text region is a finding).

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
# Fixed before any reader was scored: an overlay changes the luma of the pixels it covers by at
# least this much on average to count as readable (a white text on a white backdrop does not).
READABLE_CONTRAST = 40.0


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


def jpeg_uploads(selected: list[Case]) -> Iterator[tuple[Case, bytes, float]]:
    """Each case as a seller would upload it (sensor grain, JPEG quality 90), and its overlay's contrast.

    The contrast is the mean change the overlay made to the luma of the pixels it touched (0 for
    a bare photo): white text on a white backdrop is drawn, yet there is nothing to read.
    """
    bases: dict[str, Image.Image] = {}
    for i, case in enumerate(selected):
        if case.base not in bases:
            bases[case.base] = base_photo(case.base)
        picture = bases[case.base] if case.text is None else overlay(bases[case.base], case)
        contrast = 0.0
        if case.text is not None:
            change = np.abs(np.asarray(picture.convert("L"), dtype=np.int16)
                            - np.asarray(bases[case.base].convert("L"), dtype=np.int16))
            touched = _touched(bases[case.base].size, case)
            contrast = float(change[touched].mean()) if touched.any() else 0.0
        buffer = io.BytesIO()
        grain(picture, seed=i).save(buffer, format="JPEG", quality=90)
        yield case, buffer.getvalue(), contrast


def _touched(size: tuple[int, int], case: Case) -> np.ndarray:
    """The pixels the case's overlay covers (its glyphs, at full opacity)."""
    solid = Case(case.name, case.base, case.text, case.font, case.size, "white", case.place)
    return np.asarray(overlay(Image.new("RGB", size, (0, 0, 0)), solid).convert("L")) > 127


READERS = ("tesseract", "detector")


def evaluate(split: str, *, out: Path | None = None) -> dict[str, Any]:
    """Per photo: the drawn truth, and for each reader its findings and the CPU its checks cost."""
    from tasks.listing_qc.pixel_checks import PixelThresholds, judge_pixels, measure_pixels, normalised_copy
    from workers.engines.line_reader import shared_line_reader
    from workers.engines.text_detect import line_edges, may_hold_text, shared_text_detector, text_regions
    from workers.images import DecodeTarget, decode_image
    from workers.settings import Settings

    settings = Settings()
    thresholds = PixelThresholds()
    detector, reader = shared_text_detector(), shared_line_reader()
    assert detector is not None and reader is not None, "the detector route needs rapidocr-onnxruntime installed"
    rows = []
    for case, data, contrast in jpeg_uploads([c for c in cases() if split in ("all", c.split)]):
        image = normalised_copy(decode_image(data, settings, target=DecodeTarget(512, 224)))
        started = time.process_time()
        measure_pixels(image, detect_overlay_text=False)
        base_ms = (time.process_time() - started) * 1000
        row: dict[str, Any] = {
            "name": case.name, "split": case.split, "base": case.base, "text": case.text, "font": case.font,
            "size": case.size, "colour": case.colour, "place": case.place, "overlaid": case.text is not None,
            "contrast": round(contrast, 1), "readable": contrast >= READABLE_CONTRAST,
        }
        for name in READERS:
            started = time.process_time()
            metrics = measure_pixels(image, detect_overlay_text=True, overlay_text_reader=name)
            row[f"{name}_ocr_ms"] = round((time.process_time() - started) * 1000 - base_ms, 1)
            findings = judge_pixels(metrics, thresholds, require_white_background=True)
            row[f"{name}_words"] = [w.text for w in metrics.overlay_text or ()]
            row[f"{name}_watermark"] = next((f.severity for f in findings if f.code == "watermark"), None)
            row[f"{name}_findings"] = sorted((f.code, f.severity) for f in findings)
        pixels = np.asarray(image)
        brightest = np.maximum(np.maximum(pixels[:, :, 0], pixels[:, :, 1]), pixels[:, :, 2])
        row["line_edges"] = line_edges(brightest)
        row["gate_passes"] = may_hold_text(brightest)
        row["text_regions"] = text_regions(detector.probabilities([pixels])[0])
        row["detector_only_flags"] = row["gate_passes"] and row["text_regions"] > 0
        rows.append(row)
    summary = summarise(rows)
    result = {"split": split, "summary": summary, "rows": rows}
    if out is not None:
        out.write_text(json.dumps(result, indent=1))
    return result


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Per split and reader: recall on overlaid (and on readable) photos, findings on bare ones, CPU."""
    by_split: dict[str, Any] = {}
    for split in sorted({r["split"] for r in rows}):
        part = [r for r in rows if r["split"] == split]
        overlaid = [r for r in part if r["overlaid"]]
        readable = [r for r in overlaid if r["readable"]]
        bare = [r for r in part if not r["overlaid"]]
        entry: dict[str, Any] = {"photos": len(part), "overlaid": len(overlaid), "readable": len(readable),
                                 "bare": len(bare), "gate_recall_on_readable": _share([r["gate_passes"] for r in readable])}
        for name in READERS:
            found = [bool(r[f"{name}_watermark"]) for r in part]
            entry[name] = {
                "recall_on_overlaid": _share([f for f, r in zip(found, part, strict=True) if r["overlaid"]]),
                "recall_on_readable": _share([f for f, r in zip(found, part, strict=True) if r["readable"]]),
                "bare_flagged": sum(f for f, r in zip(found, part, strict=True) if not r["overlaid"]),
                "ocr_ms_median": _median([r[f"{name}_ocr_ms"] for r in part]),
                "ocr_ms_mean": round(sum(r[f"{name}_ocr_ms"] for r in part) / len(part), 1),
                "missed_readable": [r["name"] for f, r in zip(found, part, strict=True) if r["readable"] and not f],
            }
        entry["detector_only"] = {
            "recall_on_overlaid": _share([r["detector_only_flags"] for r in overlaid]),
            "recall_on_readable": _share([r["detector_only_flags"] for r in readable]),
            "bare_flagged": sum(r["detector_only_flags"] for r in bare),
        }
        # a finding that moves between readers: right or wrong against the drawn truth
        entry["verdict_changes"] = [
            {"name": r["name"], "overlaid": r["overlaid"], "readable": r["readable"],
             "tesseract": r["tesseract_findings"], "detector": r["detector_findings"]}
            for r in part if r["tesseract_findings"] != r["detector_findings"]
        ]
        by_split[split] = entry
    return by_split


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


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
