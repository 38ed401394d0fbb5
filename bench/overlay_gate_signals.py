"""Cheap text-likelihood signals against what Tesseract reads: could one of them skip reads with a margin?

A gate before the overlay-text read may skip a photo only where the read cannot change a verdict, that
is where Tesseract records no word. For every photo the current sharpness gate passes, this reads the
512-px copy with Tesseract (as the listing checks do, cascade off), and computes candidate signals on
the same copy's brightest channel (Tesseract's input), each in well under a few ms:

- ``line_edges``: today's gate statistic, the most sharp steps (>= 24 grey levels between neighbours)
  any 8-row band holds;
- ``band_excess``: the same band count less 8x the median per-row count of the 129 rows around it (a
  line of writing stands out of what surrounds it; texture is as busy above and below);
- ``band_ratio``: the band count over that surrounding count plus 48 (bands of at least 96 steps);
- ``otsu_excess``: ``band_excess`` on changes across a global Otsu threshold (Tesseract binarises
  the page that way), instead of steps of 24 levels;
- ``line_chain``: the longest horizontal chain of letter-sized connected components (5-64 px high, at
  most 1.5x as wide, similar heights, centres aligned, gaps under 0.6 heights) in either polarity of
  the Otsu-binarised copy.

Photos: the drawn overlays of ``bench/overlay_text_eval.py`` (both splits: 180), the realistic uploads
and the format mix of ``bench/upload_photos.py`` (14), and with ``--photo-eval`` every case of
``bench/photo_eval_set.py`` (the splits of ``bench.photo_checks --split all``; slow: a read per case).
A signal would make a gate with a margin if every photo with a recorded word sits clearly above every
wordless photo it is meant to skip; the summary prints, per signal, the least value over photos with a
``watermark`` finding (default policy) and with any recorded word, the values of the realistic
uploads, and how many wordless photos sit below the least finding.

    PYTHONPATH=. .venv/bin/python -m bench.overlay_gate_signals [--photo-eval] [--out signals.json]
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from workers.engines.text_detect import LINE_BAND as BAND
from workers.engines.text_detect import SHARP_STEP, line_edges

AROUND = 64  # rows each side whose median count stands for the photo's texture at a band
RATIO_FLOOR = 48  # steps added to the surrounding count, so a band on a blank backdrop is not infinite
LETTER_HEIGHTS = (5, 64)  # px at 512


def otsu_level(channel: np.ndarray) -> int:
    """Otsu's threshold of a uint8 channel (between-class variance at its largest)."""
    p = np.bincount(channel.ravel(), minlength=256) / channel.size
    w, mu = np.cumsum(p), np.cumsum(p * np.arange(256))
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (mu[-1] * w - mu) ** 2 / (w * (1 - w))
    return int(np.nanargmax(between))


def _bands(per_row: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per band of ``BAND`` rows: its count, and ``BAND`` x the median row count around it."""
    from scipy import ndimage

    running = np.concatenate(([0], np.cumsum(per_row)))
    band = running[BAND:] - running[:-BAND]
    around = ndimage.median_filter(per_row, size=2 * AROUND + 1, mode="nearest")
    return band, BAND * around[BAND // 2 : BAND // 2 + band.size]


def _sharp_rows(channel: np.ndarray) -> np.ndarray:
    left, right = channel[:, :-1], channel[:, 1:]
    return np.count_nonzero(np.maximum(left, right) - np.minimum(left, right) >= SHARP_STEP, axis=1).astype(np.float32)


def band_excess(channel: np.ndarray) -> float:
    band, around = _bands(_sharp_rows(channel))
    return float((band - around).max())


def band_ratio(channel: np.ndarray) -> float:
    band, around = _bands(_sharp_rows(channel))
    enough = band >= 96
    return float((band / (around + RATIO_FLOOR))[enough].max()) if enough.any() else 0.0


def otsu_excess(channel: np.ndarray) -> float:
    ink = channel > otsu_level(channel)
    band, around = _bands(np.count_nonzero(ink[:, 1:] != ink[:, :-1], axis=1).astype(np.float32))
    return float((band - around).max())


def line_chain(channel: np.ndarray) -> float:
    from scipy import ndimage
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    level = otsu_level(channel)
    best = 0
    for ink in (channel <= level, channel > level):
        labels, n = ndimage.label(ink)
        if n < 3:
            continue
        boxes = np.array([(s[0].start, s[0].stop, s[1].start, s[1].stop) for s in ndimage.find_objects(labels)])
        y0, y1, x0, x1 = boxes.T
        h, w = y1 - y0, x1 - x0
        letter = (h >= LETTER_HEIGHTS[0]) & (h <= LETTER_HEIGHTS[1]) & (w <= 1.5 * h)
        if letter.sum() < 3:
            continue
        order = np.flatnonzero(letter)[np.argsort(x0[letter], kind="stable")]
        y0, y1, x0, x1, h = y0[order], y1[order], x0[order], x1[order], h[order]
        lo = np.searchsorted(x0, x0, side="right")
        hi = np.searchsorted(x0, x1 + 0.6 * h, side="right")
        count = np.maximum(hi - lo, 0)
        if count.sum() == 0:
            continue
        i = np.repeat(np.arange(x0.size), count)
        j = np.concatenate([np.arange(a, b) for a, b in zip(lo, hi, strict=True) if b > a])
        ratio = h[j] / h[i]
        linked = ((ratio >= 0.6) & (ratio <= 1.67) & (np.abs((y0[j] + y1[j]) - (y0[i] + y1[i])) <= 0.6 * h[i])
                  & (x0[j] >= x1[i] - 1))
        if not linked.any():
            continue
        graph = coo_matrix((np.ones(linked.sum()), (i[linked], j[linked])), shape=(x0.size, x0.size))
        _, groups = connected_components(graph, directed=False)
        best = max(best, int(np.bincount(groups).max()))
    return float(best)


SIGNALS: dict[str, Callable[[np.ndarray], float]] = {
    "line_edges": lambda channel: float(line_edges(channel)), "band_excess": band_excess, "band_ratio": band_ratio,
    "otsu_excess": otsu_excess, "line_chain": line_chain,
}


def photos(photo_eval: bool) -> Iterator[tuple[str, str, Image.Image]]:
    """(set, name, image as the listing checks get it) for every photo measured."""
    from bench.overlay_text_eval import cases as overlay_cases
    from bench.overlay_text_eval import jpeg_uploads
    from bench.upload_photos import format_mix, realistic_uploads
    from workers.images import DecodeTarget, decode_image
    from workers.settings import Settings

    settings = Settings()
    for upload in [*realistic_uploads(), *format_mix()]:
        yield "uploads", upload.name, decode_image(upload.data, settings, target=DecodeTarget(512, 224))
    for case, data, _ in jpeg_uploads(overlay_cases()):
        yield f"overlay_{case.split}", case.name, decode_image(data, settings, target=DecodeTarget(512, 224))
    if photo_eval:
        from bench.photo_eval_set import cases as eval_cases

        for split in ("tuning", "held_out", "heldout2", "heldout3", "heldout4", "heldout5"):
            for case in eval_cases(split):
                yield f"photo_eval_{split}", case.name, case.image()


def measure(photo_eval: bool) -> list[dict[str, Any]]:
    from tasks.listing_qc.pixel_checks import PixelThresholds, judge_pixels, measure_pixels, normalised_copy
    from workers.engines.text_detect import may_hold_text

    thresholds = PixelThresholds()
    rows = []
    for group, name, image in photos(photo_eval):
        pixels = np.asarray(normalised_copy(image))
        brightest = np.maximum(np.maximum(pixels[:, :, 0], pixels[:, :, 1]), pixels[:, :, 2])
        row: dict[str, Any] = {"set": group, "name": name, "gate": may_hold_text(brightest)}
        if not row["gate"]:
            rows.append(row)  # not read today, and a further gate cannot change that
            continue
        started = time.process_time()
        metrics = measure_pixels(image, overlay_text_cascade=False)
        row["read_ms"] = round((time.process_time() - started) * 1000, 1)
        row["words"] = [(w.text, w.conf) for w in metrics.overlay_text or ()]
        row["watermark"] = next(
            (f.severity for f in judge_pixels(metrics, thresholds, require_white_background=True)
             if f.code == "watermark"), None)
        for signal, function in SIGNALS.items():
            started = time.process_time()
            row[signal] = round(function(brightest), 3)
            row[f"{signal}_ms"] = round((time.process_time() - started) * 1000, 3)
        rows.append(row)
    return rows


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    read = [r for r in rows if r["gate"]]
    found = [r for r in read if r["watermark"]]
    worded = [r for r in read if r["words"]]
    wordless = [r for r in read if not r["words"]]
    out: dict[str, Any] = {
        "photos": len(rows), "read_today": len(read), "with_finding": len(found), "with_word": len(worded),
    }
    for signal in SIGNALS:
        least_finding = min((r[signal] for r in found), default=None)
        out[signal] = {
            "cpu_ms_mean": round(float(np.mean([r[f"{signal}_ms"] for r in read])), 3),
            "least_with_finding": least_finding,
            "least_findings": sorted((r[signal], r["name"]) for r in found)[:3],
            "least_with_word": min((r[signal] for r in worded), default=None),
            "wordless_below_least_finding": sum(r[signal] < least_finding for r in wordless)
            if least_finding is not None else None,
            "wordless": len(wordless),
            "most_wordless": sorted((r[signal], r["name"]) for r in wordless)[-3:],
            "realistic_uploads": {r["name"]: r[signal] for r in read if r["set"] == "uploads"},
        }
    return out


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--photo-eval", action="store_true", help="also every case of bench/photo_eval_set.py")
    parser.add_argument("--out", type=Path, default=None, help="every photo's row as JSON")
    args = parser.parse_args(argv)
    rows = measure(args.photo_eval)
    summary = summarise(rows)
    if args.out is not None:
        args.out.write_text(json.dumps({"summary": summary, "rows": rows}, indent=1))
    print(json.dumps(summary, indent=1))
    return summary


if __name__ == "__main__":
    main()
