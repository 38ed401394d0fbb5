"""Sum a worker's yappi profile (``bench/profile_hook``) by component: CPU-ms per job and share.

    python -m bench.yappi_summary /tmp/w.pstat 200

A function's own time goes to the first component whose path it is in; a C function (builtin) goes
to the component of its costliest caller. yappi's own overhead inflates Python-heavy components
(Redis/kombu, SQLAlchemy) several times over against C-heavy ones (Tesseract, Pillow's decoder):
read the shares as where to look, and the end-to-end CPU per job as what it costs.
"""

from __future__ import annotations

import argparse
import pstats
from collections import Counter

COMPONENTS = [
    ("overlay text: Tesseract (libtesseract via ctypes)", ("tesseract_lib", "engines/ocr.py", "text_detect")),
    ("JPEG decode (PIL ImageFile.load)", ("ImageFile.py",)),
    ("sharpness", ("sharpness.py",)),
    ("pixel checks (numpy)", ("pixel_checks",)),
    ("PIL other (resize, convert, split)", ("PIL/",)),
    ("postgres (psycopg/sqlalchemy)", ("psycopg", "sqlalchemy")),
    ("redis/kombu", ("kombu", "redis/")),
    ("celery", ("celery/", "billiard")),
    ("logging + job log", ("logging/", "joblog", "json/")),
    ("pydantic", ("pydantic",)),
    ("batcher, futures, threading", ("engines/base.py", "concurrent/futures", "threading.py", "queue.py")),
    ("numpy", ("numpy/",)),
    ("other mmjobs code", ("/tasks/", "/workers/", "/models/")),
]


def _component(path: str) -> str | None:
    return next((name for name, keys in COMPONENTS if any(k in path for k in keys)), None)


def summarise(path: str, jobs: int, top: int = 15) -> str:
    stats = pstats.Stats(path).stats  # type: ignore[attr-defined]
    total = 0.0
    by_component: Counter[str] = Counter()
    by_function: Counter[str] = Counter()
    for (file, line, name), (_, _, own, _, callers) in stats.items():
        total += own
        component = _component(file)
        if component is None:
            costliest = max(callers.items(), key=lambda c: c[1][2], default=None)
            component = (_component(costliest[0][0]) if costliest else None) or "other"
        by_component[component] += own
        by_function[f"{name} ({file.split('site-packages/')[-1]}:{line})"] += own
    total = total or 1.0
    lines = [f"yappi CPU clock, {jobs} jobs: {total * 1000 / jobs:.1f} CPU-ms/job under the profiler"]
    lines += [f"  {v / total:6.1%}  {v * 1000 / jobs:6.2f} ms/job  {k}" for k, v in by_component.most_common()]
    lines.append("top functions by own time:")
    lines += [f"  {v / total:6.1%}  {k[:110]}" for k, v in by_function.most_common(top)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("pstat")
    parser.add_argument("jobs", type=int, help="jobs finished while the profile ran")
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    print(summarise(args.pstat, args.jobs, args.top))


if __name__ == "__main__":
    main()
