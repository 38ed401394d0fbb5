"""Tesseract variables on the overlay-text read: what each saves in CPU and what it changes in the words read.

The listing checks read a photo's 512-px brightest channel with Tesseract inside the worker
(``workers/engines/tesseract_lib.py``). This records those reads exactly as the checks make them
(every photo the sharpness gate passes, cascade on) and replays each under the default variables and
under each ``NAME=VALUE`` given, in one thread each, best of ``--repeat`` thread-CPU times. Per setting it
prints the mean CPU-ms per read (all photos, and the realistic uploads alone), how many photos have words
the checks keep (>= 3 letters or digits, confidence >= 50) and how many of those would move a verdict
(words at the policy's ``watermark_min_conf``), and the photos whose kept words differ from the default's.

Photos: the realistic uploads and format mix of ``bench/upload_photos.py`` and both splits of
``bench/overlay_text_eval.py`` (``bench.overlay_gate_signals.photos``).

    PYTHONPATH=. .venv/bin/python -m bench.overlay_tesseract_settings invert_threshold=0 [--repeat 2] [--out f.json]
"""

from __future__ import annotations

import argparse
import json
import threading
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.overlay_gate_signals import photos
from tasks.listing_qc import pixel_checks
from workers.engines import tesseract_lib

Read = tuple[bytes, int, int, dict[str, Any]]


def recorded_reads() -> tuple[list[str], list[Read]]:
    """Every Tesseract read the listing checks make on the photos, as (photo names, reads)."""
    reads: list[Read] = []
    original = tesseract_lib.read_grey_tsv

    def record(pixels: bytes, width: int, height: int, **kwargs: Any) -> str:
        reads.append((bytes(pixels), width, height, kwargs))
        return original(pixels, width, height, **kwargs)

    names = []
    tesseract_lib.read_grey_tsv = record  # type: ignore[assignment]
    try:
        for group, name, image in photos(photo_eval=False):
            before = len(reads)
            pixel_checks.measure_pixels(image)
            names += [f"{group}:{name}"] * (len(reads) - before)
    finally:
        tesseract_lib.read_grey_tsv = original  # type: ignore[assignment]
    return names, reads


def kept_words(tsv: str) -> list[tuple[str, float]]:
    """The words the checks keep from a TSV, with their confidences."""
    out = []
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5":
            continue
        core = pixel_checks._WORD_CHARS.sub("", cells[11])
        conf = float(cells[10])
        if conf >= pixel_checks.OCR_MIN_CONF and len(core) >= pixel_checks.OCR_MIN_LETTERS and len(set(core.lower())) >= 2:
            out.append((cells[11], conf))
    return out


def replay(reads: list[Read], variables: dict[str, str], repeat: int) -> list[tuple[float, list[tuple[str, float]]]]:
    """(best thread CPU-ms, kept words) per read, on a thread of its own whose API gets ``variables``."""
    result: list[tuple[float, list[tuple[str, float]]]] = []

    def run() -> None:
        libs = tesseract_lib.libraries()
        assert libs is not None, "libtesseract is not installed"
        api = tesseract_lib._api(libs[0], "eng")
        for name, value in variables.items():
            libs[0].TessBaseAPISetVariable(api, name.encode(), value.encode())
        for pixels, width, height, kwargs in reads:
            best, words = float("inf"), []
            for _ in range(repeat):
                started = time.thread_time()
                words = kept_words(tesseract_lib.read_grey_tsv(pixels, width, height, **kwargs))
                best = min(best, (time.thread_time() - started) * 1000)
            result.append((best, words))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return result


def main(argv: list[str] | None = None) -> dict[str, Any]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("settings", nargs="*", help="Tesseract variables to try, one NAME=VALUE each")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args(argv)
    names, reads = recorded_reads()
    verdict_conf = pixel_checks.PixelThresholds().watermark_min_conf
    settings = {"default": {}} | {s: dict([s.split("=", 1)]) for s in args.settings}
    runs = {label: replay(reads, variables, args.repeat) for label, variables in settings.items()}
    uploads = [i for i, name in enumerate(names) if name.startswith("uploads:")]
    summary: dict[str, Any] = {"reads": len(reads)}
    for label, rows in runs.items():
        summary[label] = {
            "cpu_ms_per_read": round(float(np.mean([ms for ms, _ in rows])), 1),
            "cpu_ms_per_upload_read": round(float(np.mean([rows[i][0] for i in uploads])), 1) if uploads else None,
            "photos_with_words": sum(bool(words) for _, words in rows),
            "photos_with_verdict_words": sum(any(c >= verdict_conf for _, c in words) for _, words in rows),
            "words_differ": [names[i] for i, (_, words) in enumerate(rows) if words != runs["default"][i][1]],
        }
    print(f"{'setting':28} {'CPU-ms/read':>11} {'uploads':>8} {'with words':>10} {'verdict words':>13} {'differ':>6}")
    for label in runs:
        row = summary[label]
        print(f"{label:28} {row['cpu_ms_per_read']:11.1f} {row['cpu_ms_per_upload_read'] or 0:8.1f} "
              f"{row['photos_with_words']:10d} {row['photos_with_verdict_words']:13d} {len(row['words_differ']):6d}")
    print("BENCH_JSON " + json.dumps(summary))
    if args.out is not None:
        args.out.write_text(json.dumps(summary, indent=1))
    return summary


if __name__ == "__main__":
    main()
