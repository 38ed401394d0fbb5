"""How well the pixel checks catch degraded listing photos, and how often they blame clean ones.

Runs ``measure_pixels`` (without OCR) and ``judge_pixels`` with the default policy's thresholds on
every case of ``bench/photo_eval_set.py`` and prints, for each split side by side:

- per defect and value: how many cases got the defect's reason code (any severity, and as
  ``reject``), and how many got a *wrong* finding (blurry / dark / overexposed / too_small /
  not_white_background that the clean version of the same picture does not have);
- clean pictures: how many clean photos on white (packshots, and every photo padded onto
  white) were flagged at all, and full-frame photos flagged for anything but ``not_white_background``;
- monotonicity: for every source, composition and sweep, whether the check's metric and its
  verdict (none < review < reject) never move back as the defect grows.

    PYTHONPATH=. python -m bench.photo_checks [--split tuning|held_out|heldout2|...|heldoutN|all] \
        [--json out.json] [--metrics cases.json]

It prints the table, the problem lines, then one ``BENCH_JSON {...}`` line. By default it scores the
development data: the tuning split and every held-out split but the one written last (whose misses were read
case by case, or whose score was published). The split written last, ``SCORED_ONLY``, is only scored
(``--split all`` prints it beside the others; see the module docstring of ``bench/photo_eval_set.py``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import platform
import sys
import time
from collections import defaultdict
from functools import cache
from pathlib import Path
from typing import Any, get_args

import numpy as np
from PIL import Image

from bench.photo_eval_set import (
    SOURCES,
    SWEEPS,
    Case,
    Split,
    cases,
    product_pixels,
    severity_order,
    source_image,
)
from tasks.listing_qc.pixel_checks import (
    NEAR_WHITE,
    PixelThresholds,
    _background_cells,
    _cells_to_pixels,
    _dilate,
    judge_pixels,
    measure_pixels,
)
from tasks.listing_qc.policy import load_policy_file

SCORED_ONLY = "heldout57"  # the split written last, only scored (``--split all`` adds it)
# the development data (scored by default): every other split
DEVELOPMENT = [split for split in get_args(Split) if split != SCORED_ONLY]
BLAMING_CODES = ("blurry", "dark", "overexposed", "too_small", "not_white_background")
# the metric each defect moves, and the way it moves as the defect grows
METRIC_OF = {
    "blurry": ("edge_width", +1),
    "dark": ("exposure_level", -1),
    "overexposed": ("clipped_share", +1),
}
LEVEL = {None: 0, "review": 1, "reject": 2}
# The severities from which README's "Pixel checks: what is guaranteed" promises a catch, for uploads
# of at least GUARANTEE_MIN_SIDE px (smaller ones are too_small, and measured at their own size):
# defect -> (the mildest value guaranteed, the compositions it is guaranteed for)
GUARANTEES: dict[str, tuple[float, tuple[str, ...]]] = {
    "gaussian_blur": (1.5, ("whole", "padded")),
    "motion_blur": (12.0, ("whole", "padded")),
    "upscale": (4.0, ("whole", "padded")),
    "brightness": (0.55, ("whole", "padded")),
    "overexposure": (2.5, ("whole",)),
}
GUARANTEE_MIN_SIDE = 512
# Over-exposure is clipped highlights: it is guaranteed where the gain drives at least this share of
# the product (a packshot's drawn product where its module records it -- not its contact shadow or
# backdrop --, else its non-white pixels; a photo's every pixel) to clipping (any channel >= 250).
# A matte black product brightened x3 clips nothing and reads as a lighter product exposed right.
CLIPPING_SCOPE = 0.25
# A part of a packshot's product that the gain turns near-white where it meets the white backdrop (a
# smoked hopper showing the backdrop through it) is backdrop to the checks, and to this share too --
# unless the gain blows more than this share of the product into the backdrop: what is left is then its
# clipped rim, and the product counts whole.
BLOWN_INTO_BACKDROP = 0.5


@cache
def clipped_by_gain(source: str, gain: float) -> float:
    """Share of the clean picture's product that a gain drives to clipping, measured at 512 px (a packshot's
    product less what the gain blows into its white backdrop, see ``BLOWN_INTO_BACKDROP``)."""
    picture = source_image(source).copy()
    picture.thumbnail((512, 512))
    pixels = np.asarray(picture.convert("RGB"))
    kind = next(s.kind for s in SOURCES if s.name == source)
    drawn = product_pixels(source) if kind == "packshot" else None
    if drawn is not None:
        shrunk = Image.fromarray(drawn).resize(picture.size, Image.Resampling.NEAREST)
        product = np.asarray(shrunk, dtype=bool)
    elif kind == "packshot":
        product = pixels.min(axis=2) < 250
    else:
        product = np.ones(pixels.shape[:2], dtype=bool)
    clipped = pixels.max(axis=2).astype(np.float32) * gain >= 250
    if kind == "packshot":
        # as measure_pixels finds a backdrop: near-white cells reached from the border, and their neighbours
        white = pixels.min(axis=2).astype(np.float32) * gain >= NEAR_WHITE
        h, w = white.shape
        merged = product & white & _cells_to_pixels(_dilate(_background_cells(white)), h, w)
        if merged.sum() <= BLOWN_INTO_BACKDROP * product.sum():
            product = product & ~merged
    return float(clipped[product].mean()) if product.any() else 0.0


def guaranteed(row: dict[str, Any]) -> bool:
    if row["defect"] not in GUARANTEES or row["metrics"]["longest_side"] < GUARANTEE_MIN_SIDE:
        return False
    if row["defect"] == "overexposure" and clipped_by_gain(row["source"], row["value"]) < CLIPPING_SCOPE:
        return False
    mildest, compositions = GUARANTEES[row["defect"]]
    return row["composition"] in compositions and severity_order(
        row["defect"], row["value"]
    ) >= severity_order(row["defect"], mildest)


# estimator noise allowed between two neighbouring sweep values (the verdict itself may never fall back)
METRIC_TOLERANCE = {"edge_width": 0.2, "exposure_level": 0.5, "clipped_share": 0.002}


def evaluate(case: Case, thresholds: PixelThresholds) -> dict[str, Any]:
    metrics = measure_pixels(case.image(), detect_overlay_text=False)
    findings = judge_pixels(metrics, thresholds, require_white_background=True)
    return {
        "case": case.name,
        "source": case.source.name,
        "kind": case.source.kind,
        "composition": case.composition,
        "defect": case.defect,
        "value": case.value,
        "split": case.split,
        "expected": case.expected,
        "codes": {f.code: f.severity for f in findings},
        "metrics": {k: v for k, v in metrics.as_dict().items() if k != "overlay_text"},
    }


def summarise(rows: list[dict[str, Any]]) -> dict[str, Any]:
    clean = {(r["source"], r["composition"]): r for r in rows if r["defect"] == "clean"}
    per_value: dict[tuple[str, float], dict[str, Any]] = defaultdict(
        lambda: {"n": 0, "caught": 0, "caught_reject": 0, "wrong": 0, "missed": [], "wrongly": []}
    )
    for row in rows:
        if row["defect"] == "clean":
            continue
        baseline = clean[(row["source"], row["composition"])]["codes"]
        cell = per_value[(row["defect"], row["value"])]
        cell["n"] += 1
        expected = row["expected"]
        if expected is not None:
            severity = row["codes"].get(expected)
            cell["caught"] += severity is not None
            cell["caught_reject"] += severity == "reject"
            if severity is None:
                cell["missed"].append(row["case"])
        wrong = [c for c in row["codes"] if c in BLAMING_CODES and c != expected and c not in baseline]
        if row["defect"] in ("brightness", "gamma", "overexposure", "tilt") and row["kind"] == "packshot":
            # a dimmed, brightened or tilted packshot's white background changes with it: that is right
            wrong = [c for c in wrong if c != "not_white_background"]
        if wrong:
            cell["wrong"] += 1
            cell["wrongly"].append(f"{row['case']}: {','.join(wrong)}")
    on_white = [
        r
        for r in rows
        if r["defect"] == "clean" and (r["kind"] == "packshot" or r["composition"] == "padded")
    ]
    full_frame = [r for r in rows if r["defect"] == "clean" and r not in on_white]
    clean_flagged = [f"{r['case']}: {','.join(r['codes'])}" for r in on_white if r["codes"]]
    frame_flagged = [
        f"{r['case']}: {','.join(c for c in r['codes'] if c not in ('not_white_background', 'too_small'))}"
        for r in full_frame
        if set(r["codes"]) - {"not_white_background", "too_small"}
    ]
    in_scope = [r for r in rows if guaranteed(r)]
    return {
        "guaranteed": {
            "n": len(in_scope),
            "caught": sum(r["expected"] in r["codes"] for r in in_scope),
            "missed": [r["case"] for r in in_scope if r["expected"] not in r["codes"]],
        },
        "defects": {
            f"{defect}={value:g}": cell
            for (defect, value), cell in sorted(
                per_value.items(), key=lambda kv: (list(SWEEPS).index(kv[0][0]), severity_order(*kv[0]))
            )
        },
        "clean_on_white": {"n": len(on_white), "flagged": clean_flagged},
        "clean_full_frame": {"n": len(full_frame), "flagged_other_than_white_or_size": frame_flagged},
        "monotonicity_breaks": monotonicity_breaks(rows),
    }


def monotonicity_breaks(rows: list[dict[str, Any]]) -> list[str]:
    """Every place where a more severe defect reads as less of that defect than a milder one."""
    chains: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    clean = {}
    for row in rows:
        if row["defect"] == "clean":
            clean[(row["source"], row["composition"])] = row
        elif row["expected"] is not None:
            chains[(row["source"], row["composition"], row["defect"])].append(row)
    breaks = []
    for (source, composition, defect), chain in chains.items():
        chain = [
            clean[(source, composition)],
            *sorted(chain, key=lambda r: severity_order(defect, r["value"])),
        ]
        code = SWEEPS[defect][0]
        metric, direction = METRIC_OF[code]
        tolerance = METRIC_TOLERANCE[metric]
        for milder, worse in itertools.pairwise(chain):
            a, b = milder["metrics"].get(metric), worse["metrics"].get(metric)
            if a is not None and b is not None and (b - a) * direction < -tolerance:
                breaks.append(f"{worse['case']}: {metric} {a} -> {b}")
            if LEVEL[worse["codes"].get(code)] < LEVEL[milder["codes"].get(code)]:
                breaks.append(
                    f"{worse['case']}: {code} {milder['codes'].get(code)} -> {worse['codes'].get(code)}"
                )
    return breaks


def table(summaries: dict[str, dict[str, Any]]) -> str:
    splits = list(summaries)
    lines = ["| defect=value | " + " | ".join(f"{s}: caught (reject) / n, wrong" for s in splits) + " |"]
    lines.append("|---|" + "---|" * len(splits))
    keys: list[str] = []
    for s in splits:
        keys += [k for k in summaries[s]["defects"] if k not in keys]
    keys.sort(
        key=lambda k: (
            list(SWEEPS).index(k.split("=")[0]),
            severity_order(k.split("=")[0], float(k.split("=")[1])),
        )
    )
    for key in keys:
        cells = []
        for s in splits:
            cell = summaries[s]["defects"].get(key)
            if cell is None:
                cells.append("")
            elif SWEEPS[key.split("=")[0]][0] is None:
                cells.append(f"— / {cell['n']}, {cell['wrong']}")
            else:
                cells.append(f"{cell['caught']} ({cell['caught_reject']}) / {cell['n']}, {cell['wrong']}")
        lines.append(f"| {key} | " + " | ".join(cells) + " |")
    for label, field, inner in (
        ("clean photos on white flagged", "clean_on_white", "flagged"),
        (
            "clean full-frame photos flagged (not for white/size)",
            "clean_full_frame",
            "flagged_other_than_white_or_size",
        ),
    ):
        lines.append(
            f"| {label} | "
            + " | ".join(f"{len(summaries[s][field][inner])} / {summaries[s][field]['n']}" for s in splits)
            + " |"
        )
    lines.append(
        "| defects at or beyond the README's guaranteed severity, caught | "
        + " | ".join(
            f"{summaries[s]['guaranteed']['caught']} / {summaries[s]['guaranteed']['n']}" for s in splits
        )
        + " |"
    )
    lines.append(
        "| monotonicity breaks | "
        + " | ".join(str(len(summaries[s]["monotonicity_breaks"])) for s in splits)
        + " |"
    )
    return "\n".join(lines)


def timing(reference: str, rounds: int = 3) -> dict[str, Any]:
    """CPU time of ``measure_pixels`` (no OCR) per photo, this tree's and ``reference``'s, interleaved."""
    import importlib.util
    import subprocess
    import tempfile

    def load(name: str, path: str) -> Any:
        shown = subprocess.run(["git", "show", f"{reference}:{path}"], capture_output=True, text=True)
        if shown.returncode != 0:
            return None
        with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as handle:
            handle.write(shown.stdout)
        spec = importlib.util.spec_from_file_location(name, handle.name)
        assert spec and spec.loader
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
        return module

    # the reference's pixel checks import the reference's own sharpness measure, where it had one
    sharpness = load("reference_sharpness", "tasks/listing_qc/sharpness.py")
    ours = sys.modules.get("tasks.listing_qc.sharpness")
    if sharpness is not None:
        sys.modules["tasks.listing_qc.sharpness"] = sharpness
    try:
        reference_module = next(
            filter(
                None,
                (
                    load("reference_pixel_checks", path)
                    for path in ("tasks/listing_qc/pixel_checks.py", "tasks/pixel_checks.py")
                ),
            ),
            None,
        )  # where it lived before the split
    finally:
        if ours is not None:
            sys.modules["tasks.listing_qc.sharpness"] = ours
        else:
            sys.modules.pop("tasks.listing_qc.sharpness", None)
    if reference_module is None:
        raise SystemExit(f"{reference} has no pixel checks")
    images = [case.image() for case in cases("tuning") if case.defect in ("clean", "gaussian_blur")]
    spent = {"this tree": 0.0, reference: 0.0}
    for _ in range(rounds):
        for label, measure in (("this tree", measure_pixels), (reference, reference_module.measure_pixels)):
            started = time.process_time()
            for image in images:
                measure(image, detect_overlay_text=False)
            spent[label] += time.process_time() - started
    per_photo = {label: round(1000 * total / (rounds * len(images)), 2) for label, total in spent.items()}
    return {
        "photos": len(images),
        "rounds": rounds,
        "cpu_ms_per_photo": per_photo,
        "ratio": round(per_photo["this tree"] / per_photo[reference], 2),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--split",
        choices=[*DEVELOPMENT, SCORED_ONLY, "all"],
        help="one split, or all of them (default: every development split, all but the one scored only)",
    )
    parser.add_argument("--policy", default="tasks/policies/default.toml", help="the policy file to judge by")
    parser.add_argument("--json", help="write the summary as JSON here")
    parser.add_argument("--metrics", help="write every case's metrics and findings as JSON here")
    parser.add_argument("--timing", metavar="GIT_REF", help="only time measure_pixels against GIT_REF's")
    args = parser.parse_args(argv)
    if args.timing:
        result = timing(args.timing)
        print(
            f"| measure_pixels CPU ms/photo | {' | '.join(f'{k}: {v}' for k, v in result['cpu_ms_per_photo'].items())}"
            f" | ratio {result['ratio']} |"
        )
        print("BENCH_JSON " + json.dumps(result))
        return 0
    thresholds = load_policy_file(Path(args.policy)).pixel
    splits = {None: DEVELOPMENT, "all": [*DEVELOPMENT, SCORED_ONLY]}.get(args.split, [args.split])
    rows: dict[str, list[dict[str, Any]]] = {}
    started = time.perf_counter()
    count = 0
    for split in splits:
        rows[split] = [evaluate(case, thresholds) for case in cases(split)]
        count += len(rows[split])
    elapsed = time.perf_counter() - started
    summaries = {split: summarise(r) for split, r in rows.items()}
    print(table(summaries))
    for split, summary in summaries.items():
        problems = [
            *(f"missed {m}" for cell in summary["defects"].values() for m in cell["missed"]),
            *(f"wrong {w}" for cell in summary["defects"].values() for w in cell["wrongly"]),
            *(f"clean flagged {c}" for c in summary["clean_on_white"]["flagged"]),
            *(
                f"full frame flagged {c}"
                for c in summary["clean_full_frame"]["flagged_other_than_white_or_size"]
            ),
            *(f"not monotonic {b}" for b in summary["monotonicity_breaks"]),
            *(f"GUARANTEE MISSED {m}" for m in summary["guaranteed"]["missed"]),
        ]
        print(f"\n{split}: {len(problems)} problem line(s)")
        for line in problems:
            print("  " + line)
    report = {
        "machine": platform.processor() or platform.machine(),
        "cases": count,
        "seconds": round(elapsed, 1),
        "policy": args.policy,
        "thresholds": thresholds.model_dump(),
        "splits": summaries,
    }
    print(
        "\nBENCH_JSON "
        + json.dumps(
            {
                "cases": count,
                "seconds": report["seconds"],
                "splits": {
                    s: {k: v for k, v in summ.items() if k != "defects"}
                    | {
                        "defects": {
                            d: {k: c[k] for k in ("n", "caught", "caught_reject", "wrong")}
                            for d, c in summ["defects"].items()
                        }
                    }
                    for s, summ in summaries.items()
                },
            },
            indent=None,
        )
    )
    if args.json:
        with open(args.json, "w") as handle:
            json.dump(report, handle, indent=1)
    if args.metrics:
        with open(args.metrics, "w") as handle:
            json.dump(rows, handle)
    return 0


if __name__ == "__main__":
    sys.exit(main())
